import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { greekKey, greekLatin, greekMojibakeRepaired, greekRegistryId, greekSigns, withGreekRead } from '../../../src/domain/linkage/greek-reading';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const GR = { line1: null, line2: null, city: null, region: null, postalCode: null, country: 'GR' };
const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const key = (w: string): string => greekKey(greekLatin(w).normalize('NFKD').replace(/\p{M}+/gu, ''));

describe("A Greek wholesaler's records (gr-ydravlika read)", () => {
  it('reads one word in Greek letters and in Latin ones, by ELOT 743 or greeklish, by one key', () => {
    expect(new Set(['Χρήστος', 'Christos', 'Xristos', 'Hristos'].map(key)).size).toBe(1);
    expect(new Set(['Ευθυμίου', 'Efthymiou', 'Euthymiou', 'Evthimiou'].map(key)).size).toBe(1);
    expect(new Set(['Γιώργος', 'Giorgos', 'Yiorgos'].map(key)).size).toBe(1);
    expect(new Set(['Θεσσαλονίκη', 'Thessaloniki', 'THESSALONIKI'].map(key)).size).toBe(1);
    expect(key('Παπαδόπουλος')).not.toBe(key('Παπαδοπούλου'));
    const greek = { displayName: 'Ραπτόπουλος Ανδρέας', givenName: 'Ανδρέας', familyName: 'Ραπτόπουλος', address: GR };
    const latin = { displayName: 'Raptopoulos Antreas', givenName: 'Antreas', familyName: 'Raptopoulos', email: 'raptopoulosthermo@otenet.gr' };
    expect(comparison(greek, latin, 'family')?.level).toBe('exact');
    // A short form and its name: the nickname table's, by their keys.
    expect(comparison({ ...greek, givenName: 'Γιώργος', familyName: 'Κατσαρός' }, { ...latin, givenName: 'Georgios', familyName: 'Katsaros' }, 'given')?.level).not.toBe('different');
  });

  it('spells again Greek text read as Windows-1252, from UTF-8 or Windows-1253', () => {
    expect(greekMojibakeRepaired('ÐÁÐÁÄÏÐÏÕËÏÓ')).toBe('ΠΑΠΑΔΟΠΟΥΛΟΣ');
    expect(greekMojibakeRepaired('Î‘Î›Î•ÎžÎŸÎ ÎŸÎ¥Î›ÎŸÎ£')).toBe('ΑΛΕΞΟΠΟΥΛΟΣ');
    expect(greekMojibakeRepaired('Müller')).toBe('Müller');
  });

  it("tells a record of Greece, and a Greek person's names in Latin letters abroad, read without the record's other fields", () => {
    expect(greekSigns({ displayName: 'Μακρής Χάρης' })).toBe('strong');
    expect(greekSigns({ displayName: 'Giorgos Dallas', phone: '+30 6954 566312' })).toBe('strong');
    expect(greekSigns({ displayName: 'CHATZIGEORGIOU ILIAS', givenName: 'ILIAS', familyName: 'CHATZIGEORGIOU' })).toBe('names');
    // Not a Hungarian's "Lakatos", a Czech's "Kateřina", a US firm's name.
    expect(greekSigns({ displayName: 'Lakatos András', givenName: 'András', familyName: 'Lakatos' })).toBeNull();
    expect(greekSigns({ displayName: 'Moravcová Kateřina', givenName: 'Kateřina', familyName: 'Moravcová' })).toBeNull();
    // A Greek family abroad: its Greek names read so, the others as written ("Ted" / "Edward" a nickname pair still).
    expect(comparison({ displayName: 'KOSTAS TED', givenName: 'TED', familyName: 'KOSTAS' }, { displayName: 'Edward Kostas', givenName: 'Edward', familyName: 'Kostas' }, 'given')?.level).toBe('nickname');
    // Another people's surname beside a Greek given name as written ("Yates" is no Greek word to read as "Gates").
    expect(comparison({ displayName: 'Theodora Yates', givenName: 'Theodora', familyName: 'Yates' }, { displayName: 'T. Yates', givenName: 'T.', familyName: 'Yates' }, 'family')?.level).toBe('exact');
  });

  it('reads the ΑΦΜ (check digit right) as the registration number, no word of a line, and a legal form as no word of a name', () => {
    const erp = { displayName: 'ΘΕΡΜΟΤΕΧΝΙΚΗ ΝΤΑΛΛΑ Ο.Ε.', companyName: 'ΘΕΡΜΟΤΕΧΝΙΚΗ ΝΤΑΛΛΑ Ο.Ε.', address: { ...GR, line1: 'Τσιμισκή 31', line2: 'ΑΦΜ: 997711146, ΔΟΥ Καλαμαριάς', city: 'Θεσσαλονίκη' } };
    expect(greekRegistryId(erp)).toBe('997711146');
    expect(greekRegistryId({ ...erp, address: { ...erp.address, line2: 'ΑΦΜ: 997711147' } })).toBeNull();
    const eshop = { displayName: 'thermotechniki dalla o.e.', companyName: 'thermotechniki dalla oe', address: { ...GR, line1: 'Tsimiski str. 31', city: 'Thessaloniki', country: 'Greece' } };
    expect(comparison(erp, eshop, 'name')?.level).toBe('exact');
    expect(linkageRecord(erp).otherLine ?? '').not.toContain('997711146');
  });

  it("holds a company of a legal form apart from its owner's own record (a sole proprietor's new Ι.Κ.Ε.)", () => {
    const ike = { displayName: 'ΤΣΟΛΑΚΗΣ ΣΩΛΗΝΩΣΕΙΣ Ι.Κ.Ε.', givenName: 'ΒΑΣΙΛΕΙΟΣ', familyName: 'ΤΣΟΛΑΚΗΣ', companyName: 'ΤΣΟΛΑΚΗΣ ΣΩΛΗΝΩΣΕΙΣ Ι.Κ.Ε.', email: 'tsolakis.vasilios95@gmail.com', address: { ...GR, line1: 'ΡΗΓΑ ΦΕΡΑΙΟΥ 39', city: 'ΘΕΣΣΑΛΟΝΙΚΗ' } };
    const owner = { displayName: 'TSOLAKIS VASILIS G.', givenName: 'VASILIS', familyName: 'TSOLAKIS', email: 'tsolakis.vasilios95@gmail.com', address: { ...GR, line1: 'RIGA FERAIOU 39', city: 'PANORAMA' } };
    expect(comparison(ike, owner, 'company')?.clash).toBe('form');
    // A sole proprietor's trade name (no form) is the person's own.
    expect(comparison({ ...ike, displayName: 'ΤΣΟΛΑΚΗΣ ΣΩΛΗΝΩΣΕΙΣ', companyName: 'ΤΣΟΛΑΚΗΣ ΣΩΛΗΝΩΣΕΙΣ' }, owner, 'company')?.clash).not.toBe('form');
  });

  it("keeps what is no Greek reading's as written (an independent review's findings)", () => {
    // A chain's branches share the company's ΑΦΜ: no registration number of one customer.
    const branch = (name: string, town: string) => ({ displayName: name, companyName: 'AFI BEKA A.V.E.E.', address: { ...GR, line2: 'AFM: 993598178', city: town } });
    expect(linkageRecord(branch('BEKAS SUPER MARKET TRIKALA #04', 'Trikala')).registryId).toBeNull();
    expect(comparison(branch('BEKAS SUPER MARKET TRIKALA #04', 'Trikala'), branch('ΜΠΕΚΑΣ SUPER MARKET ΤΥΡΝΑΒΟΣ #10', 'Τύρναβος'), 'name')?.level).not.toBe('exact');
    // "Doykas" is no tax office; "Mike" no Μ.Ι.Κ.Ε.; a Latin "K." an initial.
    expect(withGreekRead({ displayName: 'Doykas O.E.', companyName: 'Doykas O.E.', address: GR }).companyName).toBe('dukas');
    expect(linkageRecord({ displayName: 'Souvlaki Mike', companyName: 'Souvlaki Mike', address: GR }).registers).not.toContain('GR-COMPANY');
    expect(withGreekRead({ displayName: 'K. Papadopoulos', givenName: 'K.', familyName: 'Papadopoulos', address: GR }).displayName).toMatch(/^k\. /i);
    // A US fraternity's letters and Athens, Alabama are no signs of Greece.
    expect(greekSigns({ displayName: 'ΣΑΕ Alabama Beta', address: { ...GR, country: null, city: 'Tuscaloosa', region: 'AL' } })).toBeNull();
    expect(greekSigns({ displayName: 'Christopher Whitfield', phone: '256-233-4455', address: { ...GR, country: null, city: 'Athens', region: 'AL' } })).toBeNull();
    // An initial finds its name's opening letter.
    expect(comparison({ displayName: 'C. Anthopoulos', givenName: 'C.', familyName: 'Anthopoulos', phone: '+30 6948 033025' }, { displayName: 'Christos Anthopoulos', givenName: 'Christos', familyName: 'Anthopoulos', phone: '+30 6948 033025' }, 'given')?.level).toBe('initial');
  });

  it("holds two ΑΦΜ apart (a hotel's new operating company), where one ΑΦΜ is no proof of one customer", () => {
    const hotel = (company: string, afm: string) => ({ displayName: 'Armonia Boutique Hotel', companyName: company, phone: '23740 61420', address: { ...GR, line1: 'Αγίου Δημητρίου 18Β', line2: `ΑΦΜ: ${afm}`, city: 'Πευκοχώρι' } });
    expect(comparison(hotel('ΝΕΑ ΚΑΡΡΑ ΤΟΥΡΙΣΤΙΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ Ι.Κ.Ε.', '800885278'), hotel('ΚΑΡΡΑ ΤΟΥΡΙΣΤΙΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ Ε.Π.Ε.', '800379671'), 'name')?.clash).toBe('form');
    expect(comparison(hotel('ΚΑΡΡΑ ΤΟΥΡΙΣΤΙΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ Ε.Π.Ε.', '800379671'), hotel('ΚΑΡΡΑ ΤΟΥΡΙΣΤΙΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ ΕΠΕ', '800379671'), 'name')?.clash).toBeUndefined();
  });
});
