import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { spanishAddressLines } from '../../../src/domain/linkage/spanish-address';

const at = (line1: string, line2: string | null, city: string, country: string | null = 'ES'): CustomerContact => ({ displayName: 'Laura Vázquez Delgado', givenName: 'Laura', familyName: 'Vázquez Delgado', address: { line1, line2, city, region: null, postalCode: null, country } });
const street = (line1: string, line2: string | null = null, city = 'Sevilla', country: string | null = 'ES') => {
  const r = linkageRecord(at(line1, line2, city, country));
  return `${r.houseNumber ?? '-'} ${r.street ?? '-'}`;
};
const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);

describe("Spain's addresses (es-fisio read)", () => {
  it("reads the house's number after the street's name, however marked, and leaves the block, floor and door off", () => {
    for (const line of ['Av. Sabino Arana, nº 17, Bl. 1, 1° izda.', 'AVENIDA SABINO ARANA 17 BLQ. 1, PLANTA 1 IZQ', 'Avda. Sabino Arana n.º 17', 'Sabino Arana etorbidea, 17 1º izq']) expect(street(line)).toBe('17 sabinoarana');
    for (const line of ['Calle Cervantes Nº23', 'C/Cervantes, 23', 'c/ cervantes nº 23, 8º izq.', 'CALLE CERVANTES N 23, BAJO, B', 'Cervantes, 23']) expect(street(line)).toBe('23 cervantes');
    // A floor and door on the other line are no street's.
    expect(street('C/Cervantes, 23', '8º izq.')).toBe('23 cervantes');
    expect(street('Calle Héroe de Sostoa 42', '2ºdcha')).toBe(street('C/ Héroe de Sostoa 42'));
    expect(street('Calle Pacífico, n.º 1 Bl. 5, 2º D')).toBe(street('C/PACIFICO, 1, BLQ. 5, 2º, PUERTA D'));
  });

  it("reads a street's type in one spelling, Catalan's, Valencian's and Basque's with Spanish's, and an article after it off", () => {
    expect(street('Avd. República Argentina 36', 'Bajo')).toBe(street('avenida republica argentina 36', 'bajo'));
    expect(street("Avinguda d'Aragó nº 40", null, 'Valencia')).toBe('40 arago');
    expect(street('AV. DE ARAGON 40', null, 'VALENCIA')).toBe('40 aragon');
    expect(comparison(at("Avinguda d'Aragó nº 40", null, 'Valencia'), at('AV. DE ARAGON 40', null, 'VALENCIA'), 'street')?.level).toBe('typo');
    expect(street('Santutxu kalea, 43 4º centro', null, 'Bilbo')).toBe(street('C/ Santutxu 43', null, 'Bilbao'));
    expect(street('Cl. San Vicente Mártir 19 6ª pta 6', null, 'Valencia')).toBe(street('san vicente martir, 19 - 6º-6', null, 'valencia'));
  });

  it("reads the street's line wherever it is, a sports ground's name the other line, and 's/n' as no number", () => {
    expect(spanishAddressLines('Polideportivo Municipal La Rosaleda Norte', 'Calle Tomás Echeverría, 1')).toEqual({ line1: '1 Calle Tomás Echeverría', line2: 'Polideportivo Municipal La Rosaleda Norte' });
    expect(spanishAddressLines('C/ de Sagunto, 16', 'Ciudad Deportiva Benimaclet')).toEqual({ line1: '16 Calle Sagunto', line2: 'Ciudad Deportiva Benimaclet' });
    expect(spanishAddressLines('C/CARRETERIA S/N', null)).toEqual({ line1: 'Calle CARRETERIA', line2: null });
  });

  it("reads so only an address of Spain: by its country, or with none, by Spain's marks or phone", () => {
    expect(street('C/Cervantes, 23', '8º izq.', 'Marbella', null)).toBe('23 cervantes');
    // Mexico's and Italy's addresses are their own readings' ("Calle Morelos #45", "Via Roma, 75").
    expect(linkageRecord({ displayName: 'Ana Gil', address: { line1: 'Via Roma, 75', city: 'Bologna', country: 'IT' } }).street).toBe(linkageRecord({ displayName: 'Ana Gil', address: { line1: 'Via Roma 75', city: 'Bologna', country: 'IT' } }).street);
  });

  it("reads a sports club's kind written by its initials or short as written out, and 'Sección' before its sport as no word of it", () => {
    const club = (name: string, country: string | null = 'ES'): CustomerContact => ({ displayName: name, companyName: name, phone: '961589917', address: { line1: null, city: 'Paterna', country } });
    expect(comparison(club('CLUB POLID. PATERNA – SECCION HOCKEY'), club('Club Polideportivo Paterna – Sección Hockey'), 'name')?.level).toBe('exact');
    expect(comparison(club('Soc. Dep. Torremolinos (Pádel)', null), club('Sociedad Deportiva Torremolinos – Sección Pádel'), 'name')?.level).toBe('exact');
    expect(comparison(club('C.D. Los Remedios – Secc. Remo'), club('Club Deportivo Los Remedios – Sección Remo'), 'name')?.level).toBe('exact');
    expect(comparison(club('Basurto Este K.E. - Waterpolo'), club('Basurto Este Kirol Elkartea – Sección Waterpolo'), 'name')?.level).toBe('exact');
    // Another sport is another section.
    expect(comparison(club('Club Deportivo Benimaclet – Sección Fútbol'), club('Club Deportivo Benimaclet – Sección Fútbol Sala'), 'name')?.level).not.toBe('exact');
    // Two letters are a club's initials only in a record of Spain ("CD Warehouse" is no club).
    expect(linkageRecord(club('CD Warehouse', 'US')).nameTokens).not.toContain('deportivo');
  });

  it("reads a person's two surnames, compound ones too, and tells a father's and son's second surnames apart", () => {
    const person = (displayName: string, more: CustomerContact = {}): CustomerContact => ({ displayName, address: { line1: null, city: 'Sevilla', country: 'ES' }, ...more });
    const family = (displayName: string) => linkageRecord(person(displayName)).family;
    expect(family('Susana Cruz Calvo')).toBe('cruz calvo');
    expect(family('Juan José Gómez Aguilar')).toBe('gomez aguilar');
    expect(family('Joaquín Díaz de Mera García')).toBe('diaz de mera garcia');
    expect(family('María José Sánchez-Arjona Moreno')).toBe('sanchez arjona moreno');
    expect(family('José Manuel de la Fuente Velasco')).toBe('de la fuente velasco');
    // "del", "de los" after María open her given name; "Mª" is María.
    expect(family('María del Carmen Ruiz')).toBe('ruiz');
    expect(linkageRecord(person('Mª Ángeles Ruiz de Alda')).given).toBe('maria');
    // A compound given name of three words keeps its one surname.
    expect(family('Mari Carmen Martínez')).toBe('martinez');
    // Outside Spain a display's last word is the surname, as before.
    expect(linkageRecord({ displayName: 'Susana Cruz Calvo', address: { country: 'US' } }).family).toBe('calvo');
    const compared = (a: string, b: string) => comparison(person(`Rubén ${a}`, { givenName: 'Rubén', familyName: a }), person(`Rubén ${b}`, { givenName: 'Rubén', familyName: b }), 'family')?.level;
    expect(compared('Díaz de Mera Moreno', 'Díaz de Mera García')).toBe('different');
    expect(compared('Martínez Gil', 'Martínez Ruiz de Alda')).toBe('different');
    // The second surname dropped is no other surname.
    expect(compared('Díaz de Mera', 'Díaz de Mera García')).not.toBe('different');
    expect(compared('Cruz', 'Cruz Calvo')).toBe('phonetic');
  });
});
