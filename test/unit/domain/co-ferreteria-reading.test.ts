import { CustomerContact } from '../../../src/domain/customer-contact';
import { colombianAddress, colombianSigns, withPropertyFormWritten } from '../../../src/domain/linkage/colombian-address';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { withoutIdentityNumber } from '../../../src/domain/linkage/payee-reading';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const at = (line1: string, line2: string | null = null) => ({ displayName: 'Luz Arboleda', givenName: 'Luz', familyName: 'Arboleda', address: { line1, line2, city: 'Itagüí', region: 'Antioquia', postalCode: null, country: 'CO' } });

describe("A Colombian hardware distributor's records (co-ferreteria read)", () => {
  it("reads Colombia's street addresses in one form, whichever way they are written", () => {
    const one = new Set(['Cll 57AA # 33-98 Apto 106', 'cl 57aa #33-98 apto 106', 'CL 57 AA 33 98', 'Calle 57AA No. 33-98'].map((l) => colombianAddress(l)?.line1));
    expect([...one]).toEqual(['0330000098 CL57AA']);
    // The crossing's letters and number and the house's apart ("42A-76", "42B-76", "42-76"; "1-120" / "11-20").
    expect(new Set(['Calle 10 # 42A-76', 'Calle 10 # 42B-76', 'Calle 10 # 42-76'].map((l) => colombianAddress(l)?.line1)).size).toBe(3);
    expect(colombianAddress('Carrera 50 # 1-120')?.line1).not.toBe(colombianAddress('Carrera 50 # 11-20')?.line1);
    expect(colombianAddress('Transversal 37A # 42A Sur-76')?.line1).toBe(colombianAddress('TV 37A 42A SUR 76')?.line1);
    expect(colombianAddress('Carrera 26A No. 20-2')?.line1).toBe('0200000002 KR26A');
    // A dash between the crossing and the house is Colombia's form, read whatever the record's other signs.
    expect(colombianAddress('Calle 57AA 33-98')?.marked).toBe(true);
    expect(colombianAddress('Cll 57AA # 33-98 Apto 106')?.rest).toBe('apto 106');
    // A calle and a carrera of one number are two ways; a line of no numbered way is left as written.
    expect(colombianAddress('Calle 20 # 17-99')?.line1).not.toBe(colombianAddress('Carrera 20 # 17-99')?.line1);
    expect(colombianAddress('Km 5 vía Las Palmas')).toBeNull();
    expect(colombianAddress('123 Main St')).toBeNull();
    expect(comparison(at('cra 51b #65a-35', 'edificio acacias apto 1901'), at('Cr 51B # 65A-35', 'Edificio Acacias Apto 1901 Barrio Suramérica'), 'street')?.level).toBe('exact');
    // Unmarked ("CRA 20 17 99") only in a record of Colombia.
    expect(colombianSigns(null, '+57 300 423 9996', null, null)).toBe(true);
    expect(colombianSigns('US', null, null, null)).toBe(false);
  });

  it('reads two units of one building, both written, as one building, no more', () => {
    expect(comparison(at('Carrera 40 # 76B Sur-95', 'Apto 104'), at('Cra 40 # 76B Sur-95', 'Apto 2003'), 'street')?.level).toBe('same-street');
    expect(comparison(at('Carrera 40 # 76B Sur-95', 'Apto 104'), at('Cra 40 # 76B Sur-95', null), 'street')?.level).toBe('exact');
    // A storage unit after a flat's, a house's number after "#": the flat agrees still.
    const us = (line1: string, line2: string | null) => ({ displayName: 'Cade Edwards', address: { line1, line2, city: 'Lafayette', region: 'LA', postalCode: null, country: 'US' } });
    expect(comparison(us('966 Sugar Mill Dr', 'APT 26 UNIT 3080'), us('966 Sugar Mill Dr', 'Apt 26'), 'street')?.level).toBe('exact');
    expect(comparison(us('1234 Main St', 'Apt 5'), us('1234 Main St #7', null), 'street')?.level).toBe('same-street');
    // One flat written two ways; a house's number after "#" no unit.
    expect(comparison(us('123 Main St Apt 12B', null), us('123 Main St', 'Apt 12 B'), 'street')?.level).toBe('exact');
    const india = (line2: string) => ({ displayName: 'Anil Kumar', address: { line1: '#45, 3rd Main', line2, city: 'Bangalore', region: null, postalCode: null, country: 'IN' } });
    expect(comparison(india('Flat 201'), india('Flat 202'), 'street')?.level).toBe('same-street');
  });

  it('reads a tax or identity number in a name as no word of it', () => {
    const off = (displayName: string) => withoutIdentityNumber({ displayName }, true).displayName;
    expect(off('NIT 900714419-1 - IMPERMEABILIZACIONES NOGAL SAS')).toBe('IMPERMEABILIZACIONES NOGAL SAS');
    expect(off('NIT 800201440 2 - SEVILLS PH')).toBe('SEVILLS PH');
    expect(off('Ramiro Sarmiento CC 79.178.489')).toBe('Ramiro Sarmiento');
    expect(off('71738194 JUAN MANUEL SEPULVEDA')).toBe('JUAN MANUEL SEPULVEDA');
    // A numbered company's name is its number; Sweden's organisation number is read by its own reading.
    expect(off('2608469 Ontario Ltd.')).toBe('2608469 Ontario Ltd.');
    expect(off('556215-1422 Sjöviken VVS AB')).toBe('556215-1422 Sjöviken VVS AB');
    expect(off('Store 123456')).toBe('Store 123456');
    // A bare number only in a record of Colombia; a label only a word of its own ("Justin 3105551234" is no "TIN").
    expect(withoutIdentityNumber({ displayName: '1234567 Ontario Corporation' }).displayName).toBe('1234567 Ontario Corporation');
    expect(withoutIdentityNumber({ displayName: '71738194 JUAN MANUEL SEPULVEDA' }).displayName).toBe('71738194 JUAN MANUEL SEPULVEDA');
    expect(withoutIdentityNumber({ displayName: 'Justin 3105551234' }).displayName).toBe('Justin 3105551234');
    expect(withoutIdentityNumber({ displayName: 'John Martin 5551234567' }).displayName).toBe('John Martin 5551234567');
  });

  it("reads a building's owners (P.H.) by their name, their kind and form in one spelling, and another stage apart", () => {
    expect(withPropertyFormWritten({ displayName: 'Conjunto Residencial Los Almendros P.H.' }).displayName).toBe('Los Almendros Propiedad Horizontal');
    // Elsewhere "PH" after a name is no owners' form ("BOTHA PH", "Torres, P.H.").
    expect(linkageRecord({ displayName: 'BOTHA PH' }).form).toBeNull();
    expect(linkageRecord({ displayName: 'Torres, P.H.' }).form).toBeNull();
    expect(linkageRecord({ displayName: 'SEVILLS PH', address: { country: 'CO' } }).form).toBe('owners');
    expect(withPropertyFormWritten({ displayName: 'Ramesh P.H.' }).displayName).toBe('Ramesh P.H.');
    expect(linkageRecord({ displayName: 'Edificio Bambú P.H.' }).isPerson).toBe(false);
    expect(linkageRecord({ displayName: 'Edificio Bambú P.H.' }).form).toBe('owners');
    const co = { line1: null, line2: null, city: 'Medellín', region: null, postalCode: null, country: 'CO' };
    expect(comparison({ displayName: 'SEVILLS PH', address: co }, { displayName: 'Conjunto Residencial Sevilla PH', address: co }, 'name')?.level).toBe('typo');
    expect(comparison({ displayName: 'conjunto residencial quintas de san felipe' }, { displayName: 'Conjunto Residencial Quintas de San Felipe - Propiedad Horizontal' }, 'name')?.level).toBe('exact');
    expect(comparison({ displayName: 'EDIFICIO BAMBÚ ETAPA II P.H.' }, { displayName: 'Edificio Bambú P.H.' }, 'name')?.clash).toBe('number-slip');
  });

  it('reads a mark after a mailbox made of the names as no slip, and a typing slip as one', () => {
    const maria = { displayName: 'Maria Lucia Garcia Rodriguez', givenName: 'Maria Lucia', familyName: 'Garcia Rodriguez' };
    expect(comparison({ ...maria, email: 'mariagarcia7@gmail.com' }, { displayName: 'María García', givenName: 'María', familyName: 'García', email: 'mariagarciag@gmail.com' }, 'email')?.level).toBe('same-local');
    const orlando = { displayName: 'Orlando Mesa Romero', givenName: 'Orlando', familyName: 'Mesa Romero' };
    expect(comparison({ ...orlando, email: 'orlandomesar@gmail.com' }, { ...orlando, email: 'orlando.mesa@gmail.com' }, 'email')?.level).toBe('same-local');
    const isa = { displayName: 'Isa Mustapha', givenName: 'Isa', familyName: 'Mustapha' };
    expect(comparison({ ...isa, email: 'mustapha.ias@gmail.com' }, { ...isa, email: 'mustapha.isa@gmail.com' }, 'email')?.level).toBe('typo');
    const paola = { displayName: 'Paola Trujillo', givenName: 'Paola', familyName: 'Trujillo' };
    expect(comparison({ ...paola, email: 'trujilloo9@hotmail.com' }, { ...paola, email: 'trujillop9@hotmail.com' }, 'email')?.level).toBe('typo');
  });
});
