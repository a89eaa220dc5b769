import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { DEFAULT_THRESHOLDS, linkageDecision } from '../../../src/domain/linkage/linkage-decision';
import { DEFAULT_LINKAGE_PARAMETERS } from '../../../src/domain/linkage/linkage-parameters';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const at = (line1: string): CustomerContact => ({ displayName: 'Opal Brown', givenName: 'Opal', familyName: 'Brown', address: { line1, city: 'Ava', region: 'MO', postalCode: '65608', country: 'US' } });
const street = (line1: string) => {
  const r = linkageRecord(at(line1));
  return `${r.houseNumber ?? '-'} ${r.street ?? '-'}`;
};

describe("A US rural co-op's records (us-utility read)", () => {
  it("reads a rural route's, a highway contract route's and a military post's box as the house's number on the route", () => {
    for (const line of ['RR 2 Box 145', 'Rural Route 2, Box 145', 'R.R. 2 Box 145', 'Rt 2 Box 145', 'Rte 2, Box 145', 'RR2 Box 145', 'Route 2 Box 145']) expect(street(line)).toBe('145 rr2');
    for (const line of ['HC 61 Box 296', 'HCR 61 Box 296', 'H.C. 61 Box 296']) expect(street(line)).toBe('296 hc61');
    expect(street('PSC 2815, Box 6936')).toBe('6936 psc2815');
    expect(comparison(at('RR 2, Box 296'), at('Rural Route 2 Box 296'), 'street')?.level).toBe('exact');
    // Another box on the route is a neighbour's: the route agrees, the box does not.
    expect(comparison(at('RR 2 Box 296'), at('RR 2 Box 145'), 'street')?.level).toBe('same-street');
  });

  it('reads a county road and a highway in one form each, however written', () => {
    for (const line of ['18452 County Road 412', '18452 CR 412', '18452 Co Rd 412', '18452 Co. Rd. 412', '18452 c.r. 412', '18452 CR412']) expect(street(line)).toBe('18452 cr412');
    for (const line of ['1200 Hwy 60', '1200 State Highway 60', '1200 MO-60', '1200 Highway 60', '1200 SH 60', '1200 SH60']) expect(street(line)).toBe('1200 hwy60');
    for (const line of ['5431 US Hwy 160', '5431 US-160', '5431 U.S. HIGHHWAY 160', '5431 U.S. 160']) expect(street(line)).toBe('5431 hwy160');
    expect(street('1200 Route JJ')).toBe(street('1200 Hwy JJ'));
    // A street named with such words stays a street: a French "route", an avenue named Highway.
    expect(street('12 Route de Lyon')).toBe('12 routedelyon');
    expect(street('10 Highway Ave')).toBe('10 highway');
  });

  it('reads "POB", "Box" and "Drawer" with a number as a post office box, and "Box Elder Rd" as a street', () => {
    for (const line of ['POB 887', 'P.O.B. 887', 'Box 887', 'BOX 887', 'PO Drawer 887', 'P O Box 887', 'Post Office Box 887']) expect(street(line)).toBe('887 pobox');
    expect(street('Box Elder Rd')).toBe('- boxelder');
    expect(comparison(at('POB 887'), at('PO Box 1942'), 'street')?.level).toBe('different');
    // One box at one postcode's post office, whichever town each record names (a hamlet's, the mailing town's).
    const spavinaw: CustomerContact = { ...at('POB 973'), address: { line1: 'POB 973', city: 'Spavinaw', region: 'OK', postalCode: '74365-0973', country: null } };
    const salina: CustomerContact = { ...at('P.O. Box 973'), address: { line1: 'P.O. Box 973', city: 'Salina', region: 'OK', postalCode: '74365-0973', country: null } };
    expect(comparison(spavinaw, salina, 'street')?.level).toBe('exact');
  });

  it("parts a phone field's numbers at a home's, a cell's or a work's one-letter mark", () => {
    const r = linkageRecord({ ...at('RR 2 Box 169'), phone: 'H 417-555-8052 C 417-555-6530' });
    expect(r.phone).toBe('+14175558052');
    expect(r.otherPhones).toEqual(['4175556530']);
    expect(comparison({ ...at('RR 2 Box 169'), phone: '555-6530' }, { ...at('RR 2 Box 169'), phone: 'H 417-555-8052 C 417-555-6530' }, 'phone')?.level).toBe('local7');
  });

  it('reads an old billing system\'s "LAST FIRST MI" display for its names, with or without the fields', () => {
    const read = (displayName: string, familyName: string | null = null) => {
      const r = linkageRecord({ displayName, givenName: null, familyName });
      return `${r.given ?? '-'} ${r.family ?? '-'}`;
    };
    expect(read('LUNSFORD THOMAS E')).toBe('thomas lunsford');
    expect(read('JEFFERSON LLOYD R JR')).toBe('lloyd jefferson');
    expect(read('ortiz veronica r')).toBe('veronica ortiz');
    expect(read('BILYEU CYNTHAI J', 'BILYEU')).toBe('cynthai bilyeu');
    expect(read('KUHN JHON A')).toBe('jhon kuhn');
    // An organisation's words are no names: "The Barn B" is no person's.
    expect(linkageRecord({ displayName: 'The Barn B' }).isPerson).toBe(false);
    // A surname's initial after a given name, and two given names in ordinary writing, stay as written.
    expect(read('Mary B.')).toBe('mary b');
    expect(read('Mary Ann B')).toBe('mary b');
  });

  it("reads a body's building or office as another of its accounts: a church's parsonage, a district's buildings, a county's offices", () => {
    const org = (name: string): CustomerContact => ({ displayName: name, companyName: name, phone: '(417) 555-0732' });
    expect(comparison(org('Pine Ridge Church of Christ Parsonage'), org('Pine Ridge Church of Christ'), 'name')?.clash).toBe('unit');
    expect(comparison(org('LIBERTY ASSEMBLY OF GOD (PARSONAGE)'), org('Liberty Assembly of God'), 'name')?.clash).toBe('unit');
    expect(comparison(org('USD 486 Oswego Cafeteria'), org('USD 486 Oswego Bus Barn'), 'name')?.clash).toBe('unit');
    expect(comparison(org('Delaware County Landfill'), org('Delaware County Commission'), 'name')?.clash).toBe('unit');
    expect(comparison({ displayName: 'dennis ogden', givenName: 'dennis', familyName: 'ogden', companyName: 'First Baptist Church of Columbus (Parsonage)', phone: '620-555-9652' }, org('First Baptist Church of Columbus'), 'name')?.clash).toBe('unit');
    // One parsonage written two ways, and a gym that is no body's building, are one customer's.
    expect(comparison(org('Pine Ridge Church of Christ - Parsonage'), org('Pine Ridge Ch of Christ Parsonage'), 'name')?.clash).toBeUndefined();
    expect(comparison(org('CrossFit Ozark Gym'), org('CrossFit Ozark'), 'name')?.clash).toBeUndefined();
  });

  it("reads a farm's trades, a person's other firm and a person's trust as other customers", () => {
    const farm = (name: string): CustomerContact => ({ displayName: name, companyName: name, givenName: 'Yia', familyName: 'Xiong', email: 'yia.xiong@flatrocktel.net' });
    expect(comparison(farm('Xiong Hay & Cattle'), farm('Xiong Dairy'), 'name')?.clash).toBe('trade');
    expect(comparison(farm('Xiong Dairy Farm'), farm('Xiong Dairy'), 'name')?.clash).toBeUndefined();
    const manager: CustomerContact = { displayName: 'Dwayne Blankenship', givenName: 'Dwayne', familyName: 'Blankenship', companyName: 'Thomas Real Estate', email: 'pm@hilltoprealty.net' };
    expect(comparison(manager, { displayName: 'RJ Properties', companyName: 'RJ Properties', givenName: 'Dwayne', familyName: 'Blankenship', email: 'pm@hilltoprealty.net' }, 'company')).toMatchObject({ level: 'different', clash: 'contact' });
    expect(comparison(manager, { displayName: 'Thomas Real Estate', companyName: 'Thomas Real Estate', givenName: 'Dwayne', familyName: 'Blankenship', email: 'pm@hilltoprealty.net' }, 'company')?.clash).toBeUndefined();
    const person: CustomerContact = { displayName: 'Leticia Mendoza', givenName: 'Leticia', familyName: 'Mendoza', phone: '417-555-9594' };
    expect(comparison({ ...person, companyName: 'Mendoza Living Trust' }, person, 'company')).toMatchObject({ level: 'different', clash: 'form' });
  });

  it('does not link a namesake on the same road at another house and phone (a father and son on neighbouring farms)', () => {
    const tiller = (line1: string, phone: string): CustomerContact => ({ displayName: 'Timothy Tiller', givenName: 'Timothy', familyName: 'Tiller', phone, address: { line1, city: 'Wilderness', region: 'MO', postalCode: '65606', country: 'US' } });
    const frequencies = { counts: new Map<string, number>(), mirrorSize: 1500 };
    const decide = (a: CustomerContact, b: CustomerContact) =>
      linkageDecision(linkageRecord(a), [{ qboCustomerId: '1', displayName: b.displayName ?? '', active: true, record: linkageRecord(b) }], { params: DEFAULT_LINKAGE_PARAMETERS, frequencies });
    const son = decide(tiller('18737 Blue Springs Drive', '417-555-6308'), tiller('18887 Blue Springs Dr', '(417) 555-9322'));
    expect(son.outcome).not.toBe('link');
    expect(son.score).toBeLessThan(DEFAULT_THRESHOLDS.link);
    // The same man at his own house (its number one slip off) with another phone is linked still.
    expect(decide(tiller('18737 Blue Springs Drive', '417-555-6308'), tiller('18739 Blue Springs Dr', '(417) 555-9322')).outcome).toBe('link');
  });

  it("weighs a whole name no more than its frequency in the tenant allows: four David Joneses' namesakes in one town", () => {
    const jones = (line1: string, phone: string): CustomerContact => ({ displayName: 'David Jones', givenName: 'David', familyName: 'Jones', phone, address: { line1, city: 'Galena', region: 'KS', postalCode: '66739', country: 'US' } });
    const decide = (counts: Map<string, number>) =>
      linkageDecision(linkageRecord(jones('P O Box 150', '620-555-0430')), [{ qboCustomerId: '1', displayName: 'David Jones', active: true, record: linkageRecord(jones('10715 County Road 642', '(620) 555-0942')) }], {
        params: DEFAULT_LINKAGE_PARAMETERS,
        frequencies: { mirrorSize: 1500, counts },
      });
    const apart = new Map([['g:david', 13], ['f:jones', 13], ['z:66739', 23]]);
    const many = decide(new Map([...apart, ['n:david jones', 4]]));
    expect(many.outcome).not.toBe('link');
    const given = many.candidates[0]?.fields.find((f) => f.field === 'given');
    expect(given?.fullNameSharedBy).toBe(4);
    expect(many.candidates[0]?.evidence.join(' ')).toContain('the whole name shared by 4 customers here');
    // Borne once, the names weigh as their frequencies apart say.
    expect(decide(new Map([...apart, ['n:david jones', 1]])).candidates[0]?.weight).toBeGreaterThan(many.candidates[0]?.weight ?? 0);
  });

  it("reads a deceased's estate as the person's own record, its executor in the fields no name of it", () => {
    const read = (c: CustomerContact) => {
      const r = linkageRecord(c);
      return `${r.given ?? '-'} ${r.family ?? '-'} ${r.isPerson}`;
    };
    expect(read({ displayName: 'Estate of Mary Ann Holloway' })).toBe('mary holloway true');
    expect(read({ displayName: 'Mar Ann Holloway, deceased', givenName: 'Mar Ann', familyName: 'Holloway' })).toBe('mar holloway true');
    expect(read({ displayName: 'Exors of the late Amina Nur', givenName: 'Farah', familyName: 'Ismail' })).toBe('amina nur true');
    expect(read({ displayName: 'Chris Soap Estate' })).toBe('christopher soap true');
    // A firm's estate words are no deceased's: "Smith Real Estate", "Oakwood Estate Agents".
    expect(linkageRecord({ displayName: 'Smith Real Estate' }).organisationNamed).toBe(true);
    // A name ending in the letters of one is no estate: "Julie N West", "Ernest Best".
    expect(read({ displayName: 'Julie N West', givenName: 'Julie', familyName: 'West' })).toBe('julie west true');
    expect(read({ displayName: 'Ernest Best' })).toBe('ernest best true');
    // QuickBooks' record of the estate, its CompanyName the display and its fields a relative executor's, read alike.
    expect(read({ displayName: 'Estate of Maribel Navarro Martínez', companyName: 'Estate of Maribel Navarro Martínez', givenName: 'Esmeralda', familyName: 'Navarro Martínez' })).toBe(read({ displayName: 'ESTATE OF MARIBEL NAVARRO MARTÍNEZ' }));
    // An executor's record in the forms a letting agency's systems write it (gb-lettings): the deceased's name read.
    expect(read({ displayName: 'Ioana Moldovan (executor of the late Larisa Bălan)', givenName: 'Ioana', familyName: 'Moldovan' })).toBe('larisa balan true');
    expect(read({ displayName: 'Hina Raja (deceased) - Executors', givenName: 'Imran', familyName: 'Raja' })).toBe('hina raja true');
    expect(read({ displayName: 'Est late C Ogunleye', givenName: 'Funmilayo', familyName: 'Ogunleye' })).toBe('c ogunleye true');
    expect(read({ displayName: 'EXORS OF G BRIMBLE DECD' })).toBe('g brimble true');
    const phone = '417-555-5009';
    expect(comparison({ displayName: 'Estate of Mary Ann Holloway', phone }, { displayName: 'Mary Ann Holloway', givenName: 'Mary Ann', familyName: 'Holloway', phone }, 'given')?.level).toBe('exact');
  });

  it('keys version 39 reads these', () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(39);
  });
});
