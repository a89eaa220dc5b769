import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords } from '../../../src/domain/linkage/field-comparisons';
import { indicSpellingKey, indicSpellingsAlike, townAsNamedNow, withIndianUnitMarks } from '../../../src/domain/linkage/indic-reading';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { skeleton } from '../../../src/domain/linkage/arabic-reading';
import { normaliseText } from '../../../src/domain/name-normalisation';

const compared = (a: CustomerContact, b: CustomerContact, field: string) => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const level = (a: CustomerContact, b: CustomerContact, field: string) => compared(a, b, field)?.level;
const clash = (a: CustomerContact, b: CustomerContact) => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.clash !== undefined)?.clash;
const org = (name: string, extra: Partial<CustomerContact> = {}): CustomerContact => ({ displayName: name, companyName: name, ...extra });

describe("India's records (in-traders read)", () => {
  it('keys one Indian word spelt two ways alike, and no word of fewer than three letters', () => {
    expect(indicSpellingKey('bhawani')).toBe(indicSpellingKey('bhavani'));
    expect(indicSpellingKey('lakshmi')).toBe(indicSpellingKey('laxmi'));
    expect(indicSpellingKey('jay')).toBe(indicSpellingKey('jai'));
    expect(indicSpellingKey('vitthal')).toBe(indicSpellingKey('vithal'));
    expect(indicSpellingKey('heena')).toBe(indicSpellingKey('hina'));
    expect(indicSpellingsAlike('jay', 'jai')).toBe(true);
    expect(indicSpellingsAlike('ganesh', 'ramesh')).toBe(false);
    expect(indicSpellingsAlike('jai', 'jai')).toBe(false);
    expect(indicSpellingKey('ab')).toBe('ab');
  });

  it('reads a firm\'s name spelt two ways as one name, and "Shree" before it or not as no word of its own', () => {
    const a = org('Jay Bhawani Electric Corporation Pvt. Ltd.', { email: 'info@jaibhavanielectric.in' });
    const b = org('Jai Bhavani Electric Corporation Pvt. Ltd.', { email: 'info@jaibhavanielectric.in' });
    expect(level(a, b, 'name')).toBe('typo');
    expect(clash(a, b)).toBeUndefined();
    const shree = org('Shree Hanuman Marketing Pvt. Ltd.', { phone: '02112-659235' });
    const bare = org('hanuman marketing pvt. ltd.', { phone: '02112-659235' });
    expect(level(shree, bare, 'name')).toBe('contained');
    expect(clash(shree, bare)).toBeUndefined();
    // Two trades still clash: a group's two companies.
    expect(clash(org('Joshi Solar Systems LLP', { email: 'a@joshi.in' }), org('Joshi Engineering Works LLP', { email: 'b@joshi.in' }))).toBe('group');
    // Two words of business in general do not.
    expect(clash(org('Nikam Solar Systems Pvt. Ltd.', { email: 'a@nikam.in' }), org('Nikam Solar Solutions Pvt. Ltd.', { email: 'b@nikam.in' }))).toBeUndefined();
    // A group's trading company against its services company still does (uk-accounts).
    expect(clash(org('Vantage Services Limited'), org('Vantage (Trading) Limited'))).toBe('group');
  });

  it("reads a word's singular and plural as one word, a space lost beside a slip as a typo, and a builder's project and site as no trades", () => {
    expect(level(org('jai meta di electric agency'), org('Jai Mata Di Electric Agencies'), 'name')).toBe('typo');
    expect(level(org('COCHIN STAR ELECTRO MECHANICAL LLC'), org('COCHIN STAR ELECTROMECHANICAL LLC'), 'name')).toBe('typo');
    expect(level(org('Daycare 12'), org('Daycare 1 2'), 'name')).not.toBe('typo');
    expect(clash(org('Sthapatya Build Con Pvt. Ltd. - Sthapatya Elite Project', { email: 'a@s.in' }), org('Sthapatya Build Con Pvt. Ltd. (Sthapatya Elite Site)', { email: 'b@s.in' }))).toBeUndefined();
  });

  it('reads "Messrs." before a firm\'s name as no word of it', () => {
    expect(level(org('Messrs. Ampere Industries LLP.'), org('Ampere Industries LLP'), 'name')).toBe('exact');
    expect(level(org('MESSRS. PIMPRI CHINCHWAD MUNICIPAL CORPORATION'), org('Pimpri Chinchwad Municipal Corporation'), 'name')).toBe('exact');
  });

  it("reads a company's display with its contact in brackets as the company's record", () => {
    const r = linkageRecord({ displayName: 'Shree Tulja Bhavani Elect. (Balasaheb Gokhale)', givenName: 'Balasaheb', familyName: 'Gokhale', companyName: 'Shree Tulja Bhavani Elect.' });
    expect(r.isPerson).toBe(false);
    expect(r.nameTokens).toEqual(linkageRecord(org('Shree Tulja Bhavani Elect.')).nameTokens);
    expect(r.contact?.family).toBe('gokhale');
    // Brackets holding more than the contact's names are read as before: a payer's for a recipient (us-nonprofit), a site's.
    expect(linkageRecord({ displayName: 'Vanguard Charitable (for Pilar Rodríguez)', givenName: 'Pilar', familyName: 'Rodríguez', companyName: 'Vanguard Charitable' }).displayWords).toContain('for');
    // Brackets holding no word of the contact's names are read as before (a site's, a branch's).
    expect(linkageRecord({ displayName: 'Om Sai Electricals (Sangli)', givenName: 'Dilip', familyName: 'Dixit', companyName: 'Om Sai Electricals' }).isPerson).toBe(true);
  });

  it("reads a person's record whose company field names a firm with \"&\" in its name as the firm's, not its owner's own", () => {
    const person = { displayName: 'Santosh Pingale', givenName: 'Santosh', familyName: 'Pingale', companyName: 'Deep Electric Company & Company', phone: '981-907-5198' };
    const firm = { displayName: 'Deep Electric Company & Company', givenName: 'Santosh', familyName: 'Pingale', companyName: 'Deep Electric Company & Company', phone: '09819075198' };
    expect(clash(person, firm)).toBeUndefined();
    expect(clash(firm, person)).toBeUndefined();
    // A partner's own record, naming no company, is still the firm's or the partner's own.
    expect(clash({ displayName: 'Zainab Anwar', givenName: 'Zainab', familyName: 'Anwar' }, org('Anwar & Lewis Cleaning Services', { givenName: 'Zainab', familyName: 'Anwar' }))).toBe('contact');
  });

  it("reads a person's record whose CompanyName is an organisation's display as the organisation's own, the person its contact", () => {
    const person = { displayName: 'Prajakta Bhide', givenName: 'Prajakta', familyName: 'Bhide', companyName: 'Sahyog Hospiital & Research Centre', email: 'SALES@SAHYOGHOSPITAL.COM' };
    const hospital = { displayName: 'Sahyog Hospital & Research Centre', givenName: 'Mangesh', familyName: 'Kamble', companyName: 'Sahyog Hospital & Research Centre', email: 'sales@sahyoghospital.com' };
    expect(level(person, hospital, 'name')).toBe('typo');
    expect(level(person, hospital, 'contact')).toBe('different');
    expect(level(person, hospital, 'given')).toBe('missing');
    // Keyed by the CompanyName: an organisation many customers name is an agent's, its clients' own records apart.
    expect(compared(hospital, person, 'name')?.companyOf).toBe('n:ctr hospiital research sahyog');
    // Not a branch's record whose display is the branch's, nor a person naming no company.
    expect(level({ ...person, companyName: null }, hospital, 'given')).toBe('different');
  });

  it("reads pet forms of given names the table lacks as a diminutive, the table's pairs by the table, and no name three letters short of another", () => {
    const as = (a: string, b: string) => level({ displayName: `${a} Walunj`, givenName: a, familyName: 'Walunj' }, { displayName: `${b} Walunj`, givenName: b, familyName: 'Walunj' }, 'given');
    expect(as('Sandy', 'Sandeep')).toBe('nickname');
    expect(as('Santu', 'Santosh')).toBe('nickname');
    expect(as('Rizu', 'Rizwan')).toBe('nickname');
    expect(as('Supi', 'Supriya')).toBe('nickname');
    expect(as('Andi', 'Andreas')).toBe('alias');
    expect(as('Mary', 'Maria')).not.toBe('alias');
    expect(as('Tony', 'Tonya')).not.toBe('alias');
  });

  it('reads a given name without the word of respect joined to it ("Hiteshbhai", "Hansaben"), and no name the lists hold', () => {
    expect(linkageRecord({ displayName: 'Shri. Hiteshbhai Sutariya', givenName: 'Hiteshbhai', familyName: 'Sutariya' }).given).toBe('hitesh');
    expect(linkageRecord({ displayName: 'Hansaben Patel' }).given).toBe('hansa');
    expect(linkageRecord({ displayName: 'Reuben Smith', givenName: 'Reuben', familyName: 'Smith' }).given).toBe('reuben');
    expect(level({ displayName: 'Shri. Sutariya Hietsh', givenName: 'Hietsh', familyName: 'Sutariya' }, { displayName: 'Shri. Hiteshbhai Sutariya', givenName: 'Hiteshbhai', familyName: 'Sutariya' }, 'given')).toBe('typo');
  });

  it('reads towns by the names they go by now (keys version 35)', () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(36);
    expect(townAsNamedNow('poona')).toBe('pune');
    expect(townAsNamedNow('bombay')).toBe('mumbai');
    expect(townAsNamedNow('springfield')).toBe('springfield');
    expect(level({ displayName: 'A B', address: { line1: '5 MG Road', city: 'Poona' } }, { displayName: 'A B', address: { line1: '5 MG Road', city: 'Pune' } }, 'city')).toBe('exact');
  });

  it("reads India's unit marks: house, gala, survey numbers, a block's letter glued, and a number alone before its street's line", () => {
    expect(withIndianUnitMarks('H.No.1605')).toBe('House No. 1605');
    expect(withIndianUnitMarks('Gala No. 6')).toBe('Unit No. 6');
    expect(withIndianUnitMarks('Sr. No. 298/2, Mayur Kunj Complex')).toBe('Plot No. 298/2, Mayur Kunj Complex');
    expect(withIndianUnitMarks('Plot No.D-178, Sonawala Industrial Estate')).toBe('Plot No. D178, Sonawala Industrial Estate');
    expect(withIndianUnitMarks('Galaxy Tower')).toBe('Galaxy Tower');
    const at = (line1: string, line2: string | null) => linkageRecord({ displayName: 'A B', address: { line1, line2, city: 'Pune' } });
    expect(at('H.No.1605', 'Alandi Road, Bhosari')).toMatchObject({ houseNumber: '1605', street: 'alandi' });
    expect(at('H. No. 1212', 'Behind Municipal School, Ambedkar Road, Naupada').street).toBe(at('House 1212', 'Behind Municipal School, Ambedkar Road, Naupada').street);
    expect(at('Plot No.D-178, Sonawala Industrial Estate', null).street).toBe(at('Plot No. D-178, Sonawala Industrial Estate', null).street);
    // A unit's number before a line with a numbered street anywhere stays the unit's (uk-accounts, ph-retail: a review of this stop's change).
    expect(linkageRecord({ displayName: 'A B', address: { line1: 'Unit 23', line2: 'Centurion Business Centre, 90 Whiteladies Road', city: 'Thornbury', country: 'UK' } }).houseNumber).toBe('90');
    // A flat's number before a numbered street stays the flat's.
    expect(linkageRecord({ displayName: 'A B', address: { line1: 'Flat 5', line2: '12 High Street', city: 'London', country: 'GB' } })).toMatchObject({ houseNumber: '12', street: 'high' });
  });

  it("reads an outlet named by the street its own address writes as a site, and two outlets' streets as two sites", () => {
    const main = org('Prakash Lighting Studio, Main Road, Ravivar Karanja', { address: { line1: 'Shop No. 10, Kasturi Bhavan', line2: 'Nr. Post Office, Main Road, Ravivar Karanja', city: 'Nashik' } });
    const road = org('Prakash Lighting Studio - Nashik Road', { address: { line1: 'Shop No. 44, Indrayani Apt.', line2: 'Lane No. 5, Nashik Road', city: 'Nashik' } });
    expect(linkageRecord(main).branch).toEqual(['main', 'road', 'ravivar', 'karanja']);
    expect(clash(main, road)).toBe('site');
    // Partners after a comma are no site: no address writes them.
    expect(linkageRecord(org('Smith, Jones & Co', { address: { line1: '1 High St', city: 'Leeds' } })).branch).toEqual([]);
  });

  it("reads \"Apt.\" in an owners' association's name as apartments: a wing's society is another of the estate", () => {
    const wing = org('mayur kunj b wing apartment owners association', { address: { line1: 'Sr. No. 298/2, Mayur Kunj Complex B Wing', city: 'Bengaluru' } });
    const whole = org('Mayur Kunj Apt. Owners Assn.', { address: { line1: 'Sr. No. 298/2, Mayur Kunj Complex', city: 'Bengaluru' } });
    expect(compared(wing, whole, 'name')).toMatchObject({ level: 'contained', clash: 'estate' });
  });
});

describe("Urdu records (pk-tijarat read)", () => {
  const sk = (w: string) => normaliseText(w).split(' ').map(skeleton).join(' ');
  it("reads Urdu's letters as Arabic's sounds and its retroflex letters as Latin's, against English words written in Urdu", () => {
    expect(sk('مسیرز انور سرجیکل ٹریڈرز')).toBe(sk('Messrs Anwar Surgical Traders'));
    expect(sk('شیخوپورہ')).toBe(sk('Sheikhupura'));
    expect(sk('آفیسرز کالونی')).toBe(sk('Officers Colony'));
    expect(sk('میڈیکل اسٹور')).toBe(sk('Medical Store'));
    expect(sk('ڈاکٹر')).toBe(sk('Doctor'));
    expect(sk('بھائی')).toBe(sk('Bhai'));
    // Urdu's address words ("مکان نمبر", "گلی نمبر", "دکان نمبر", "روڈ") and "H#" read as English writes them.
    const at = (line1: string, line2: string | null, city: string) => linkageRecord({ displayName: 'A B', address: { line1, line2, city } });
    expect(at('مکان نمبر 403، گلی نمبر 22', 'باغبانپورہ', 'لاہور')).toMatchObject({ houseNumber: '403', street: at('H.No. 403, Street 22', 'Baghbanpura', 'Lahore').street });
    expect(at('دکان نمبر ۳۵، بسم اللہ پلازہ', '۱۷۳ علامہ اقبال روڈ، کھارادر', 'کراچی')).toMatchObject({ houseNumber: '173', streetType: 'road' });
    expect(at('H# 510, ST. 45', 'OFFICERS COLONY', 'SHEIKHUPURA').houseNumber).toBe('510');
    // "Muhammad" opening two men's given names: the names they go by are the next.
    const man = (given: string) => ({ displayName: `${given} Butt`, givenName: given, familyName: 'Butt' });
    expect(level(man('Mohammad Rasheed'), man('Muhammad Bilal'), 'given')).toBe('different');
    expect(level(man('Muhammad Akhtar'), man('Mohammad Akhtar'), 'given')).not.toBe('different');
    expect(level(man('Muhammad'), man('Muhammad Bilal'), 'given')).not.toBe('different');
    // "Muhammad" alone in the given name's field before two words: the first of them the name he goes by; not in an Arab country's record.
    expect(linkageRecord({ displayName: 'Mohammad Sajid Qureishi', givenName: 'Mohammad', familyName: 'Sajid Qureishi' })).toMatchObject({ given: 'sajid', family: 'qureishi' });
    expect(linkageRecord({ displayName: 'Mohamed Ahmed Ali', givenName: 'Mohamed', familyName: 'Ahmed Ali', address: { country: 'EG' } })).toMatchObject({ given: 'muhammad', family: 'ahmed ali' });
    // Arabic's own words as before: an opening alif before "s" and another letter is a vowel ("اسلم" Aslam).
    expect(sk('اسلم')).toBe(sk('Aslam'));
  });
});
