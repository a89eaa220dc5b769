import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { nicknameRelated } from '../../../src/domain/given-name-nicknames';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string, address?: CustomerContact['address']): CustomerContact => ({ displayName: name, companyName: name, address });
const at = (line1: string, line2: string | null = null, country: string | null = 'HU'): CustomerContact => ({ displayName: 'Kiss Anna', givenName: 'Anna', familyName: 'Kiss', address: { line1, line2, city: 'Budapest', postalCode: '1132', country } });

describe("Hungary's names, forms and addresses (hu-kazanszerviz read)", () => {
  it("reads a country written in any language i18n-iso-countries ships as its code", () => {
    for (const written of ['Magyarország', 'Magyarorszag', 'MagyarorszÃ¡g', 'Hungary', 'HU']) expect(comparison(at('Visegrádi utca 47.', null, written), at('Visegrádi utca 47.', null, 'HU'), 'country')?.level).toBe('exact');
    expect(comparison(at('Visegrádi utca 47.', null, 'Česko'), at('Visegrádi utca 47.', null, 'CZ'), 'country')?.level).toBe('exact');
    // The readings change mirrors' keys: a mirror keyed before is keyed again.
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(48);
  });

  it("reads a married woman's '-né' names as hers: her husband's full name, or his surname before her own", () => {
    const byHusband = linkageRecord({ displayName: 'Benkő Lászlóné', givenName: 'Lászlóné', familyName: 'Benkő' });
    expect([byHusband.given, byHusband.family]).toEqual([null, 'benko']);
    const own = linkageRecord({ displayName: 'Benkőné Molnár Noémi', givenName: 'Noémi', familyName: 'Benkőné Molnár' });
    expect([own.given, own.family]).toEqual(['noemi', 'benko molnar']);
    // Without its accent, only in a record of Hungary, and only before a given name the lists know: "Irene" is a name.
    const accentless = linkageRecord({ displayName: 'Takacsne Pap Renata', givenName: 'Renata', familyName: 'Takacsne Pap', phone: '+36 20 111 2222' });
    expect(accentless.family).toBe('takacs pap');
    expect(linkageRecord({ displayName: 'Irene Browne', givenName: 'Irene', familyName: 'Browne', phone: '+36 20 111 2222' }).given).toBe('irene');
    // Nor a given name ending so, nor a German or Austrian number written as a Hungarian one (a review's findings).
    const marianne = linkageRecord({ displayName: 'Marianne Schmidt', givenName: 'Marianne', familyName: 'Schmidt', phone: '069 12345678', address: { line1: 'Zeil 5', city: 'Frankfurt', country: 'DE' } });
    expect([marianne.given, marianne.family]).toEqual(['marianne', 'schmidt']);
    expect(linkageRecord({ displayName: 'Catherine Anne Weber', email: 'cw@freemail.hu' }).nameTokens).toEqual(['katherine', 'anne', 'weber']);
    expect(linkageRecord({ displayName: 'Takacsne Pap Renata', givenName: 'Renata', familyName: 'Takacsne Pap', phone: '+1 312 555 0100' }).family).toBe('takacsne pap');
  });

  it("reads a husband's household ('és neje', his name and hers as his wife's) as his, and 'és' between two persons as '&'", () => {
    expect(linkageRecord({ displayName: 'Kovács István és neje', givenName: 'István', familyName: 'Kovács' }).nameTokens).toEqual(['kovacs', 'istvan']);
    expect(linkageRecord({ displayName: 'Magyar Gábor és Magyar Gáborné', givenName: 'Gábor', familyName: 'Magyar' }).nameTokens).toEqual(['magyar', 'gabor']);
  });

  it("reads 'ifj.' and 'id.' as a generation's marks, and Hungarian short forms of given names", () => {
    expect(linkageRecord({ displayName: 'ifj. Lukács Dániel', givenName: 'Dániel', familyName: 'Lukács', phone: '+36 30 870 0999' }).generation).toBe('jr');
    expect(linkageRecord({ displayName: 'ID. ORDOG ZSOLT', givenName: 'ZSOLT', familyName: 'ORDOG', phone: '+36 30 870 0999' }).generation).toBe('sr');
    for (const [name, short] of [['istvan', 'pisti'], ['tamas', 'tomi'], ['agnes', 'agi'], ['laszlo', 'lali'], ['karoly', 'karcsi']] as const) expect(nicknameRelated(name, short)).toBe(true);
    expect(nicknameRelated('gabriella', 'gabor')).toBe(false);
  });

  it("reads Hungary's company forms as forms and a sole trader apart from the company its owner founded", () => {
    expect(comparison(org('Búzavirág Ingatlanüzemeltető Korlátolt Felelősségű Társaság'), org('Búzavirág Ingatlanüzemeltető Kft.'), 'name')?.level).toBe('exact');
    expect(comparison(org('Mészáros Viktória E.V.'), org('Mészáros Viktória e.v.'), 'name')?.level).toBe('exact');
    // "EV" and "BT" undotted are words of English firms' names ("Green EV"), no forms (a review's finding).
    expect(linkageRecord(org('Green EV')).nameTokens).toEqual(['green', 'ev']);
    expect(linkageRecord(org('Jones Plumbing BT')).registers).toEqual([]);
    // Hungary's "Bt." however written in a Hungarian name is a form: the name with it dropped is the same name.
    for (const written of ['Szakács Kozmetikai Bt.', 'SZAKÁCS KOZMETIKAI BT', 'Szakács Kozmetikai bt.', 'Szakács Kozmetikai Bt. - 11486715-2-13']) expect(comparison(org(written), org('Szakács Kozmetikai'), 'name')?.level).toBe('exact');
    const soleTrader: CustomerContact = { displayName: 'Máté Eszter e.v.', companyName: 'Máté Eszter e.v.', givenName: 'Eszter', familyName: 'Máté', phone: '+36 20 587 7910' };
    const company: CustomerContact = { displayName: 'Máté-Line Épületgépészeti Kft.', companyName: 'Máté-Line Épületgépészeti Kft.', givenName: 'Eszter', familyName: 'Máté', phone: '+36 20 587 7910' };
    expect(comparison(soleTrader, company, 'company')?.clash).toBe('form');
    // A renamed company's former name after "volt" (after a comma) or "korábban" is kept apart; "Volt Electric" is a name.
    expect(comparison(org('Bükk-Consult Festő-mázoló Kft., volt Rózsakert Logisztikai Kft.'), org('Rózsakert Logisztikai Kft.'), 'name')?.level).toBe('typo');
    expect(comparison(org('Takács-Virág Könyvelő Bt (korábban: Kovács és Társa Biztonságtechnikai Bt.)'), org('Kovács és Társa Biztonságtechnikai Bt.'), 'name')?.level).toBe('typo');
    expect(linkageRecord(org('Volt Electric LLC')).nameTokens).toEqual(['volt', 'elec']);
    expect(linkageRecord(org('Apex Ltd (Volt Electrical)')).formerTokens).toEqual([]);
    // A tax number (adószám) in a name is no word of it.
    expect(linkageRecord(org('Halász Gyula e.v. - 25986477-1-13')).nameTokens).toEqual(linkageRecord(org('Halász Gyula e.v.')).nameTokens);
  });

  it("reads a condominium's name by its street and number, its town and district, 'sz.' and 'TH' aside", () => {
    const place = { line1: 'Visegrádi u. 41.', line2: null, city: 'Budapest', postalCode: '1132', country: 'HU' };
    const names = ['Budapest XIII., Visegrádi u. 41. Társasház', 'Visegrádi utca 41. sz. Társasház', 'Visegrádi u. 41. TH'].map((n) => linkageRecord(org(n, place)));
    for (const r of names) expect([r.form, r.nameTokens]).toEqual(['owners', ['visegradi', 'utca', '41', 'tarsashaz']]);
    // "TH" only in a record of Hungary: a townhouse's elsewhere.
    expect(linkageRecord(org('Ellen Page 5 T.H.', { line1: '5 Page St', line2: null, city: 'Dallas', postalCode: '75201', country: 'US' })).form).not.toBe('owners');
    // Another number on the street is another building.
    expect(comparison(org('Visegrádi utca 41. Társasház', place), org('Visegrádi utca 43. Társasház', place), 'name')?.level).not.toBe('exact');
  });

  it("reads a Hungarian street line's kinds written short and its floor and door as a flat's", () => {
    const street = (r: CustomerContact) => linkageRecord(r);
    for (const [l1, l2] of [['Visegrádi u. 47', '4. em. 3.'], ['Visegrádi utca 47. 4. em. 3.', null], ['Visegrádi utca 47.', 'IV/3']] as const) {
      const r = street(at(l1, l2));
      expect([r.street, r.houseNumber]).toEqual(['visegradiutca', '47']);
    }
    expect(street(at('SAMSONI UT 9. FSZT. 2.', null, null)).street).toBe(street(at('Sámsoni út 9.', 'fszt. 2.')).street);
    // "utca" and "út" of one name are two streets.
    expect(street(at('Rákóczi utca 9.')).street).not.toBe(street(at('Rákóczi út 9.')).street);
  });
});
