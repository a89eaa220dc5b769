import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { nicknameRelated } from '../../../src/domain/given-name-nicknames';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string): CustomerContact => ({ displayName: name, companyName: name });

describe("Finland's housing and property companies, forms and business IDs (fi-isannointi read)", () => {
  it("reads a housing company's form however written as one kind's word, and its name by the words after it", () => {
    for (const written of ['Asunto Oy Kielomäki', 'As. Oy Kielomäki', 'AS OY KIELOMÄKI', 'Asoy Kielomäki', 'Asunto-osakeyhtiö Kielomäki', 'Bostads Ab Kielomäki']) {
      const r = linkageRecord(org(written));
      expect([r.form, r.nameTokens]).toEqual(['owners', ['asoy', 'kielomaki']]);
    }
    // Two housing companies share only their kind's word.
    expect(comparison(org('As Oy Tampereen Koivulehto'), org('As Oy Kaukajärven Kaari'), 'name')?.common).toEqual(['t:asoy']);
    // Tampere's genitive written short.
    expect(comparison(org('As Oy Tre Honkaharju'), org('Asunto Oy Tampereen Honkaharju'), 'name')?.level).toBe('exact');
  });

  it("reads a property company's second building's letter, and a housing company's number, as another company's", () => {
    expect(comparison(org('Kiint. Oy Espoon Pysäköintitalo B'), org('Kiinteistö Oy Espoon Pysäköintitalo'), 'name')?.clash).toBe('number-slip');
    expect(comparison(org('Kiint. Oy Espoon Pysäköintitalo B'), org('Espoon Pysäköintitalo'), 'name')?.clash).toBe('number-slip');
    expect(comparison(org('Koy Kampus C'), org('Koy Kampus B'), 'name')?.clash).toBe('numbering');
    expect(comparison(org('As Oy Turun Pihlajaharju 2'), org('As Oy Turun Pihlajaharju'), 'name')?.clash).toBe('number-slip');
    // A Mexican civil association's form written with its dots and a space is no building's letter.
    expect(comparison(org('Instituto La Bahía Express, A.C.'), { displayName: 'INSTITUTO LA BAHÍA EXPRESS A. C.', companyName: 'Instituto La Bahía Express A. C.' }, 'name')?.clash).toBeUndefined();
  });

  it("reads a sole trader's firm and the company its owner founded as two companies", () => {
    const tmi = linkageRecord(org('Tmi Valokuvaamo J. Taskinen'));
    expect([tmi.nameTokens, tmi.registers]).toEqual([['valokuvaamo', 'j', 'taskinen'], ['FI-TMI']]);
    expect(comparison(org('Tmi Valokuvaamo J. Taskinen'), org('Valokuvaamo Taskinen Oy'), 'name')?.clash).toBe('form');
    expect(comparison(org('Tmi Fysioterapia J. Niskanen'), org('Fysioterapia Niskanen Osakeyhtiö'), 'name')?.clash).toBe('form');
    // "Oy Ab" and "Ab" are one Finnish company's forms.
    expect(comparison(org('Metsäpalvelu Salo Oy Ab'), org('Metsäpalvelu Salo Oy'), 'name')?.level).toBe('exact');
    expect(comparison(org('Metsäpalvelu Salo Ab'), org('Metsäpalvelu Salo Oy'), 'name')?.clash).toBeUndefined();
    // Kentucky's "KY" after a US firm's name and town is no Finnish partnership's register apart from its LLC's.
    expect(comparison(org('Bluegrass Plumbing Lexington KY'), org('Bluegrass Plumbing Lexington LLC'), 'name')?.clash).toBeUndefined();
    // A Turkish surname "Ay" and a Vietnamese name's "Kỷ" are no forms.
    expect(linkageRecord({ displayName: 'Bülent Ay', givenName: 'Bülent', familyName: 'Ay' }).isPerson).toBe(true);
  });

  it("reads a group's holding company written with \"oe\" for \"ö\" as another company of the group", () => {
    expect(comparison(org('KOTIKIINTEISTOET VUORI HOLDING OSAKEYHTIOE'), org('Kotikiinteistöt Vuori Oy'), 'name')?.clash).toBe('group');
  });

  it('reads a business ID in a name as no word of it', () => {
    for (const written of ['Lönnlunden / 0784850-6', '0784850-6 Lönnlunden', 'Lönnlunden, Y-tunnus 0784850-6', 'Lönnlunden (0784850-6)']) expect(linkageRecord(org(written)).nameTokens).toEqual(['lonnlunden']);
  });
});

describe("Finland's persons, estates and addresses (fi-isannointi read)", () => {
  it('reads a couple joined by a Nordic "and" as one joined by "&"', () => {
    expect(comparison({ displayName: 'Pertti ja Aada Kuivalainen' }, { displayName: 'Pertti & Aada Kuivalainen' }, 'name')?.level).toBe('exact');
    expect(linkageRecord({ displayName: 'Lars och Eva Berg' }).nameTokens).toEqual(linkageRecord({ displayName: 'Lars & Eva Berg' }).nameTokens);
    // A Korean name's syllable, written with its capital, is no "and".
    expect(linkageRecord({ displayName: 'Kim Ja Young' }).nameTokens).toContain('ja');
  });

  it("reads Finnish short forms and a bilingual person's two names as one given name", () => {
    expect(nicknameRelated('jussi', 'juha')).toBe(true);
    expect(nicknameRelated('hessu', 'heikki')).toBe(true);
    expect(nicknameRelated('antti', 'anders')).toBe(true);
    expect(comparison({ displayName: 'jussi peltonen', givenName: 'jussi', familyName: 'peltonen' }, { displayName: 'Juha Peltonen', givenName: 'Juha', familyName: 'Peltonen' }, 'given')?.level).toBe('alias');
  });

  it("reads an estate (kuolinpesä) before or after the deceased's name", () => {
    for (const written of ['Kuolinpesä Toivo Aalto', 'KUOLINPESAE TOIVO AALTO', 'KuolinpesÃ¤ Toivo Aalto', 'Toivo Aalto kuolinpesä', 'Toivo Aalto kp']) {
      const r = linkageRecord({ displayName: written });
      expect([r.estate, r.given, r.family]).toEqual(['estate', 'toivo', 'aalto']);
    }
  });

  it("reads a post box (PL, PB), a first line sent care of a manager, and a bilingual town's Swedish name", () => {
    expect(linkageRecord({ displayName: 'x', address: { line1: 'PL 795', city: 'Ylöjärvi' } })).toMatchObject({ street: 'pobox', houseNumber: '795' });
    const managed = linkageRecord({ displayName: 'x', address: { line1: 'c/o Kotikulma Isännöinti Oy', line2: 'Tuuliraitti 48', city: 'Tampere', country: 'Finland' } });
    expect([managed.street, managed.houseNumber]).toEqual(['tuuliraitti', '48']);
    // As the same street written first, the care after it.
    expect(comparison({ displayName: 'x', address: { line1: 'c/o Kotikulma Isännöinti Oy', line2: 'Tuuliraitti 48', city: 'Tampere', country: 'Finland' } }, { displayName: 'x', address: { line1: 'Tuuliraitti 48, c/o Kotikulma Isännöinti Oy', city: 'Tampere' } }, 'street')?.level).toBe('exact');
    expect(comparison({ displayName: 'x', address: { line1: 'PB 881', city: 'Åbo' } }, { displayName: 'x', address: { line1: 'PL 881', city: 'Turku' } }, 'city')?.level).toBe('exact');
  });
});

describe("a company's former name after its name (fi-isannointi read)", () => {
  it('reads the record against its record under either name', () => {
    expect(comparison(org('Tampereen Kiinteistöt Oy, ent. Tampereen Vuokratalot Oy'), org('Tampereen Vuokratalot Oy'), 'name')?.level).toBe('typo');
    expect(comparison(org('Codelicht GmbH (vormals Glueckfeld GmbH)'), org('Glueckfeld GmbH'), 'name')?.level).toBe('typo');
    expect(comparison(org('Green-Shaffer Funeral Home - formerly Shaffer Family Funeral Chapel'), org('Shaffer Family Funeral Chapel'), 'name')?.level).toBe('typo');
    expect(comparison(org('MAGIC CITY REALTY GROUP (FORMERLY HOMETOWN REAL ESTATE COMPANY), LLC'), org('Magic City Realty Group LLC'), 'name')?.level).toBe('exact');
    expect(linkageRecord(org('Kiinteistö Oy Tampereen Kampus ent. Koy Tampereen Yritysp.')).formerTokens).toEqual(['koy', 'tampereen', 'yritysp']);
  });

  it('reads "Ent." as "Enterprise(s)" where it marks no former name', () => {
    for (const name of ['Akpan Brothers Ent. Nig. Ltd', 'Les Ent. Jacinthe Rheault inc.', 'TAI CHUN ENG. ENT. CO.', 'BGJ Ent. Corp.']) expect(linkageRecord(org(name)).formerTokens).toEqual([]);
  });
});
