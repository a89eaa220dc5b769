import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const office = { email: 'geral@lisboa-condominios.pt', phone: '214 985 987', address: { line1: 'Avenida do Uruguai, 62', city: 'Lisboa', postalCode: '1500-277', country: 'Portugal' } };
const firm = (name: string, more: CustomerContact = {}): CustomerContact => ({ ...office, displayName: name, companyName: name, ...more });

describe("Portugal's firms, condomínios and estates (pt-contabilidade read)", () => {
  it("reads Portugal's company forms as forms, not as a surname before a comma", () => {
    const read = (name: string) => {
      const r = linkageRecord(firm(name));
      return `${r.nameTokens.join(' ')} | ${r.form ?? '-'}`;
    };
    expect(read('VALE DO CÁVADO ENERGIA, LDA')).toBe('vale do cavado energia | company');
    expect(read('Vale do Cávado Têxteis, Sociedade Anónima')).toBe('vale do cavado texteis | company');
    expect(read('Maria Costa - Jardinagem, Unipessoal Lda')).toBe('maria costa jardinagem | company');
  });

  it("tells a group's companies of other trades apart", () => {
    expect(comparison(firm('Vale do Cávado Têxteis, S.A.'), firm('Vale do Cávado Energia, Lda'), 'name')?.clash).toBe('trade');
  });

  it("reads a condomínio as an owners' association however its word is written, ", () => {
    for (const name of ['Condomínio do Edifício Terraços do Rio', 'Condominio Rua Ferreira Borges, 524', 'Cond. Edif. Atlântico', 'CONDOM?NIO DO EDIF?CIO ATL?NTICO']) expect(linkageRecord(firm(name)).form).toBe('owners');
    // Italy's "Condominio Via …" is read as before (its own reading, `withTradingMarkersSpelt`).
    expect(linkageRecord(firm('Condominio Via Aldo Moro 215', { address: { city: 'Bologna', country: 'IT' } })).form).toBeNull();
  });

  it("reads a herança as the deceased's estate, and holds it apart from the living spouse's own record", () => {
    const estate = linkageRecord({ ...office, displayName: 'Herança de Maria Pestana Correia Oliveira' });
    expect([estate.given, estate.family, estate.estate]).toEqual(['maria', 'oliveira', 'estate']);
    expect(linkageRecord({ displayName: 'Cabeça de Casal da Herança de Rui Rocha' }).estate).toBe('estate');
    expect(linkageRecord({ displayName: 'Sucesión de Juan Pérez' }).estate).toBe('estate');
    const spouse: CustomerContact = { ...office, displayName: 'Miguel Freitas Pinto Oliveira', givenName: 'Miguel', familyName: 'Freitas Pinto Oliveira' };
    expect(comparison({ ...office, displayName: 'Herança de Maria Pestana Correia Oliveira' }, spouse, 'name')?.clash).toBe('form');
    // Against the deceased's own record it is held for a person, as an estate was.
    expect(comparison({ ...office, displayName: 'Herança de Maria Pestana Correia Oliveira' }, { ...office, displayName: 'Maria Pestana Correia Oliveira' }, 'name')?.clash).toBe('decedent');
  });

  it("reads a person's last surnames as the ones Portugal goes by, where one list drops the earlier ones", () => {
    const person = (given: string, family: string, country = 'Portugal'): CustomerContact => ({ displayName: `${given} ${family}`, givenName: given, familyName: family, address: { country } });
    const level = (a: CustomerContact, b: CustomerContact) => comparison(a, b, 'family')?.level;
    expect(level(person('Camila', 'Moura Santos da Costa'), person('Camila', 'Santos da Costa'))).toBe('phonetic');
    expect(level(person('Maria', 'Eduarda Batista Lima'), person('Maria', 'Lima'))).toBe('phonetic');
    expect(level(person('Manuel', 'L. Costa'), person('Manuel', 'Lopes Costa'))).toBe('phonetic');
    // Spain's first surname is the one a person goes by: its second alone agrees no more than before.
    expect(level(person('María', 'García López', 'Spain'), person('María', 'López', 'Spain'))).toBe('different');
    // Nor another last surname.
    expect(level(person('Camila', 'Moura Santos da Costa'), person('Camila', 'Santos da Silva'))).toBe('different');
  });

  it("holds a single-member company against the sole trader's record it grew from, not against itself with its form dropped", () => {
    const firmOf = (name: string): CustomerContact => ({ displayName: name, companyName: name, email: 'maria88@live.com.pt' });
    expect(comparison(firmOf('Maria Costa - Jardinagem, Unipessoal Lda'), firmOf('Maria Helena Gomes Costa - Jardinagem'), 'name')?.clash).toBe('contact');
    expect(comparison(firmOf('Ilídio Coelho - Papelaria, Unipessoal Lda'), firmOf('Ilídio Coelho - Papelaria'), 'name')?.clash).toBeUndefined();
  });
});
