import { CustomerContact } from '../../../src/domain/customer-contact';
import { czechRegistryId, czechSigns, czechSurnamePair, withCzechRead } from '../../../src/domain/linkage/czech-reading';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { withoutMojibake } from '../../../src/domain/name-normalisation';
import { nicknameRelated } from '../../../src/domain/given-name-nicknames';

const CZ = { line1: null, line2: null, city: null, region: null, postalCode: null, country: 'CZ' };
const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const czOrg = (name: string, extra: Partial<CustomerContact> = {}): CustomerContact => ({ displayName: name, companyName: name, address: CZ, ...extra });
const czPerson = (displayName: string, givenName: string | null, familyName: string | null, extra: Partial<CustomerContact> = {}): CustomerContact => ({ displayName, givenName, familyName, address: CZ, ...extra });

describe("A Czech wholesaler's records (cz-stavebniny read)", () => {
  it('spells again UTF-8 read as Windows-1250, and Windows-1250 read as Windows-1252 in a record of Czechia', () => {
    expect(withoutMojibake('DvoĹ™Ăˇk')).toBe('Dvořák');
    expect(withoutMojibake('KuÄŤera')).toBe('Kučera');
    // German's "Ä" before a letter of its own, Swedish's "Å": as written.
    expect(withoutMojibake('Ärger')).toBe('Ärger');
    expect(withoutMojibake('Åsa Lind')).toBe('Åsa Lind');
    const read = withCzechRead({ displayName: 'Jiøí Hájek', givenName: 'Jiøí', familyName: 'Hájek', phone: '00420774497143', address: { ...CZ, city: 'Pohoøelice', country: 'Èeská republika' } });
    expect([read.displayName, read.address?.city, read.address?.country]).toEqual(['Jiří Hájek', 'Pohořelice', 'Česká republika']);
    // Elsewhere as written: a Catalan's "Solà", a Dane's "Søren".
    expect(withCzechRead({ displayName: 'Søren Solà', phone: '+45 20 12 34 56', address: { ...CZ, country: 'DK' } }).displayName).toBe('Søren Solà');
  });

  it("tells a record of Czechia by its country, phone, mailbox, region or letters, and a till's by its numbers' shapes", () => {
    expect(czechSigns({ displayName: 'Jan Novák', phone: '+420 603 123 456' })).toBe('strong');
    expect(czechSigns({ displayName: 'NOVAK JAN', phone: '603123456', address: { ...CZ, country: null, postalCode: '60200' } })).toBe('weak');
    expect(czechSigns({ displayName: 'John Smith', phone: '(312) 555-0188', address: { ...CZ, country: null, postalCode: '60601' } })).toBeNull();
    // A labelled IČO whose check digit is right says so too, at a till that wrote nothing else.
    expect(czechSigns({ displayName: 'KONECNY JIRI, VODA - TOPENI - PLYN IC 02865301', phone: '793 604 471' })).toBe('strong');
    expect(czechSigns({ displayName: 'KONECNY JIRI, VODA - TOPENI - PLYN IC 02865302', phone: '793 604 471' })).toBeNull();
  });

  it("reads the registration number (IČO, its check digit right) beside a name or in an address line, and no word of the name", () => {
    const osvc = czPerson('Martin Kadlec - Stavební a zednické práce, IČ: 74212800', 'Martin', 'Kadlec', { companyName: 'Martin Kadlec - Stavební a zednické práce, IČ: 74212800' });
    expect(czechRegistryId(osvc)).toBe('74212800');
    expect(linkageRecord(osvc).nameTokens).not.toContain('74212800');
    expect(czechRegistryId(czOrg('Sádrokartony Kučera', { address: { ...CZ, line2: 'IÄŚO 76083209, DIÄŚ CZ76083209' } }))).toBe('76083209');
    // A wrong check digit is no IČO.
    expect(czechRegistryId(czOrg('Stavby Horák SRO IC 12345678'))).toBeNull();
    // One number, one customer, however renamed; two numbers, two sole traders of one name and trade.
    expect(comparison(czOrg('Stavitelství Svoboda, s.r.o. IČ 03631711'), czOrg('Stavby Svoboda Brno IČ 03631711'), 'name')?.level).toBe('exact');
    const namesake = czPerson('František Malý - Malířství, IČ: 12716880', 'František', 'Malý', { companyName: 'František Malý - Malířství, IČ: 12716880' });
    const other = czPerson('František Malý - Malířství, IČ: 74212800', 'František', 'Malý', { companyName: 'František Malý - Malířství, IČ: 74212800' });
    expect(comparison(namesake, other, 'name')?.clash).toBe('form');
  });

  it("holds a sole trader's record against the person's own record (two customers to a Czech firm), not elsewhere", () => {
    const osvc = czPerson('Martin Jelínek - Zemní práce', 'Martin', 'Jelínek', { companyName: 'Martin Jelínek - Zemní práce', phone: '+420 728 906 797' });
    expect(comparison(czPerson('Jelínek Martin', 'Martin', 'Jelínek', { phone: '+420 778 809 992' }), osvc, 'company')?.clash).toBe('contact');
    const qc = { line1: null, line2: null, city: 'Laval', region: 'QC', postalCode: 'H7T 1A1', country: 'CA' };
    // Its IČO alone marks it, and so at the person's own phone and home; the s.r.o. the trader founded is another register.
    const registered = czPerson('Stanislav Soukup - IČ 22051821', 'Stanislav', 'Soukup', { companyName: 'Stanislav Soukup - IČ 22051821', phone: '601 61 01 68' });
    expect(comparison(czPerson('Stanislav Soukup', 'Stanislav', 'Soukup', { phone: '+420601610168' }), registered, 'company')?.clash).toBe('contact');
    const founded = comparison(czOrg('Stavby Štěpánek s.r.o', { email: 'stepanek.zemni@volny.cz' }), czPerson('Štěpánek Pavel, zemní práce', 'Pavel', 'Štěpánek', { companyName: 'Štěpánek Pavel, zemní práce', email: 'stepanek.zemni@volny.cz' }), 'name');
    expect(founded?.clash).toBe('form');
    expect(comparison({ displayName: 'Isabelle Ouellet', givenName: 'Isabelle', familyName: 'Ouellet', address: qc }, { displayName: 'Isabelle Ouellet - Entretien ménager', givenName: 'Isabelle', familyName: 'Ouellet', companyName: 'Isabelle Ouellet - Entretien ménager', address: qc }, 'company')?.clash).toBeUndefined();
  });

  it("reads titles, salutations, ml. and st., and both names in the family name's field", () => {
    expect(linkageRecord(czPerson('Mgr. Tomáš Hložek, Ph.D.', 'Tomáš', 'Hložek')).nameTokens).toEqual(['tomas', 'hlozek']);
    expect(linkageRecord(czPerson('pan Petr Matoušek ml.', 'Petr', 'Matoušek')).generation).toBe('jr');
    expect(comparison(czPerson('CERNY JAROSLAV ML.', 'JAROSLAV', 'CERNY'), czPerson('Černý Jaroslav st.', 'Jaroslav', 'Černý'), 'given')?.level).toBe('different');
    const split = linkageRecord(czPerson('HLOZEK Vladimir', null, 'Hlozek Vladimir'));
    expect([split.given, split.family]).toEqual(['vladimir', 'hlozek']);
  });

  it("reads a woman's and a man's surname of one family as two persons' ('Nováková' / 'Novák', 'Černá' / 'Černý')", () => {
    expect(czechSurnamePair('novakova', 'novak')).toBe(true);
    expect(czechSurnamePair('hlozkova', 'hlozek')).toBe(true);
    expect(czechSurnamePair('cerna', 'cerny')).toBe(true);
    expect(czechSurnamePair('svobodova', 'svoboda')).toBe(true);
    expect(czechSurnamePair('novakova', 'novakova')).toBe(false);
    expect(comparison(czPerson('Doležalová Jana', null, 'Doležalová Jana'), czPerson('Doležal Zdeněk', 'Zdeněk', 'Doležal'), 'family')?.level).toBe('different');
  });

  it("writes Czech legal forms and organisations' kinds in one spelling, a PSČ in the town's field and a house's two numbers", () => {
    expect(comparison(czOrg('INSTASERVIS spol.s r.o.'), czOrg('INSTASERVIS, s. r. o.'), 'name')?.level).toBe('exact');
    expect(comparison(czOrg('Společenství vlastníků jednotek Tuřanka 43'), czOrg('SVJ Tuřanka 43'), 'name')?.level).toBe('exact');
    expect(comparison(czOrg('Bytové družstvo Okružní 47'), czOrg('BD Okružní 47'), 'name')?.level).toBe('exact');
    expect(comparison(czOrg('Sbor dobrovolných hasičů Lelekovice'), czOrg('SDH Lelekovice'), 'name')?.level).toBe('exact');
    const street = comparison(czOrg('SVJ Tuřanka 43', { address: { ...CZ, line1: 'Tuřanka 43', city: '627 00 Brno' } }), czOrg('SVJ Tuřanka 43', { address: { ...CZ, line1: 'Tuřanka 2119/43', city: 'Brno-Slatina', postalCode: '627 00' } }), 'street');
    expect(street?.level).toBe('exact');
    const phone = linkageRecord(czOrg('SVJ Tuřanka 43', { phone: '733432706 nebo 776639784' }));
    expect(phone.otherPhones).toHaveLength(1);
    expect(linkageRecord(czOrg('SVJ Tuřanka 43', { phone: '+420 547 88 13 77 kl. 69' })).phoneExtension).toBe('69');
  });

  it('relates Czech short forms of given names to their names', () => {
    for (const [name, short] of [['jan', 'honza'], ['jaroslav', 'jarda'], ['veronika', 'verca'], ['josef', 'pepa'], ['tereza', 'terka']] as const) expect(nicknameRelated(name, short)).toBe(true);
  });
  it("leaves other countries' names and a person's initials as written (an independent review's findings)", () => {
    // The Dutch surname Vos, Romania's capitals "ĂŞ", a Valencian's and an Italian's letters in a record of no country.
    const vos = linkageRecord({ displayName: 'Marianne Vos', givenName: 'Marianne', familyName: 'Vos', address: { ...CZ, country: 'NL' } });
    expect([vos.isPerson, vos.family]).toEqual([true, 'vos']);
    expect(withoutMojibake('ORĂŞTIE')).toBe('ORĂŞTIE');
    const es = { line1: null, line2: null, city: 'València', region: null, postalCode: '46001', country: null };
    expect(withCzechRead({ displayName: 'Lluïsa Sòria', phone: '612 345 678', address: es }).displayName).toBe('Lluïsa Sòria');
    // Initials in capitals, spaced, are no form; a saint's "St." opening a surname no generation; Czech's own quotes and a ® no letters.
    expect(withCzechRead(czPerson('Novák A. S.', null, null)).displayName).toBe('Novák A. S.');
    expect(withCzechRead(czPerson('Z. S. Horák', null, null)).displayName).toBe('Z. S. Horák');
    expect(withCzechRead(czPerson("Mrs. R. O'Neil", null, null)).displayName).toBe("Mrs. R. O'Neil");
    expect(withCzechRead(czPerson('John St. John', 'John', 'St. John')).familyName).toBe('St. John');
    expect(withCzechRead(czOrg('Družstvo »Obnova«')).displayName).toBe('Družstvo »Obnova«');
    expect(withCzechRead(czOrg('Institut Krystal, z. ú.')).displayName).toBe('Institut Krystal');
    // One woman's surname keyed in the man's form beside her given name: one name mistyped, not two persons.
    expect(comparison(czPerson('Jana Novák', 'Jana', 'Novák'), czPerson('Jana Nováková', 'Jana', 'Nováková'), 'family')?.level).not.toBe('different');
    // Two houses' pairs of numbers agree only as written.
    const at = (line1: string) => czOrg('SVJ Tuřanka', { address: { ...CZ, line1, city: 'Brno' } });
    expect(comparison(at('Tuřanka 12/43'), at('Tuřanka 43/7'), 'street')?.level).not.toBe('exact');
    expect(comparison(at('Tuřanka 2119/43'), at('Tuřanka 2120/43'), 'street')?.level).not.toBe('exact');
  });
  it("reads a firm named for its contact person with a short form of the given name as one name written two ways", () => {
    const short = czPerson('Kolář Standa, kamenictví', 'Standa', 'Kolář', { companyName: 'Kolář Standa, kamenictví' });
    const whole = czPerson('Kolář Stanislav, kamenictví', 'Stanislav', 'Kolář', { companyName: 'Kolář Stanislav, kamenictví' });
    expect(comparison(short, whole, 'name')?.level).toBe('typo');
    // Without a contact written, the person's names opening the firm's name.
    expect(comparison(czOrg('TERKA NOVAKOVA - ZEMNI PRACE'), czOrg('Tereza Nováková - Zemní práce'), 'name')?.level).toBe('typo');
    // Another given name is another person's firm.
    const other = czPerson('Kolář Petr, kamenictví', 'Petr', 'Kolář', { companyName: 'Kolář Petr, kamenictví' });
    expect(comparison(short, other, 'name')?.level).not.toBe('typo');
  });
});
