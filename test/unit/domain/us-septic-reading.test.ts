import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string): CustomerContact => ({ displayName: name, companyName: name });
const person = (displayName: string, givenName: string | null, familyName: string | null): CustomerContact => ({ displayName, givenName, familyName });

describe("Rural Pennsylvania's households, Plain families and townships' bodies (us-septic read)", () => {
  it("reads two couples of one partner's name, each naming another partner, as two households", () => {
    expect(comparison(person('Harvey & Ida Zook', 'Harvey', 'Zook'), person('ZOOK HARVEY & FANNIE', 'HARVEY', 'ZOOK'), 'given')?.level).toBe('different');
    expect(comparison(person('Elvin & Susie Hoover', 'Elvin', 'Hoover'), person('Elvin & Martha Hoover', 'Elvin', 'Hoover'), 'given')?.level).toBe('different');
    // A partner's name written another way, or the partners in the other order, is one household.
    expect(comparison(person('Jeffrey & Mildred Shumaker', 'Jeffrey', 'Shumaker'), person('Jeffrey & Millie Shumaker', 'Jeffrey', 'Shumaker'), 'given')?.level).not.toBe('different');
    expect(comparison(person('Harvey & Ida Zook', 'Harvey', 'Zook'), person('Ida & Harvey Zook', 'Ida', 'Zook'), 'given')?.level).not.toBe('different');
    expect(comparison(person('Harvey & Ida Zook', 'Harvey', 'Zook'), person('Harvey & Idda Zook', 'Harvey', 'Zook'), 'given')?.level).toBe('exact');
  });

  it('reads two middle initials that differ beside one given name as weak evidence only', () => {
    expect(comparison(person('LAPP, AARON J.', 'AARON', 'LAPP'), person('Aaron H. Lapp', 'Aaron', 'Lapp'), 'given')?.level).toBe('phonetic');
    expect(comparison(person('LAPP, AARON J.', 'AARON', 'LAPP'), { displayName: 'Aaron H. Lapp' }, 'given')?.level).toBe('phonetic');
    // One initial, or the same, is the name's.
    expect(comparison(person('Aaron J. Lapp', 'Aaron', 'Lapp'), person('Aaron Lapp', 'Aaron', 'Lapp'), 'given')?.level).toBe('exact');
    expect(comparison(person('LAPP, AARON J', 'AARON', 'LAPP'), person('Aaron J. Lapp', 'Aaron', 'Lapp'), 'given')?.level).toBe('exact');
  });

  it('reads "& Family" after a person\'s names as their household, and HTML\'s character references as their characters', () => {
    const r = linkageRecord(person('SHUMAKER, SHANE & CHARLOTTE & FAMILY', 'SHANE', 'SHUMAKER'));
    expect([r.couple, r.givenShown, r.nameTokens]).toEqual([true, ['charlotte'], ['shane', 'charlotte', 'shumaker']]);
    expect(linkageRecord(person('Allen Glick & Family', 'Allen', 'Glick')).nameTokens).toEqual(['allen', 'glick']);
    // A firm's "& Family" stays its name's.
    expect(linkageRecord(org('Glick & Family Excavating')).nameTokens).toContain('family');
    expect(comparison(person('KUHNS KATHY &amp; LAWRENCE', 'KATHY', 'KUHNS'), person('Kathy & Lawrence Kuhns', 'Kathy', 'Kuhns'), 'given')?.level).toBe('exact');
    expect(comparison(person('Yolanda O&#39;Brien', 'Yolanda', 'O&#39;Brien'), person("Yolanda O'Brien", 'Yolanda', "O'Brien"), 'family')?.level).toBe('exact');
  });

  it("reads a township's or borough's authority, fire company or hose company as a body of its own", () => {
    for (const [body, government] of [
      ['Fermanagh Township Municipal Authority', 'Fermanagh Township'],
      ['Carroll Area Joint Municipal Auth.', 'Carroll Township'],
      ['Alexandria Volunteer Fire Co', 'Borough of Alexandria'],
      ['PORTER TOWNSHIP HOSE COMPANY', 'Porter Township'],
      ['Union Twp VFC', 'Union Township'],
    ]) {
      expect(comparison(org(body ?? ''), org(government ?? ''), 'name')?.clash).toBe('public-body');
    }
    // The body's own name written two ways, a fire district against its fire company, or a township alone: no clash.
    expect(comparison(org('TOBOYNE TOWNSHIP MUNICIPAL AUTHROITY'), org('Toboyne Township Municipal Authority'), 'name')?.clash).toBeUndefined();
    expect(comparison(org('PLEASATN GROVE FIRE'), org('Pleasant Grove Fire Protection District'), 'name')?.clash).toBeUndefined();
    expect(comparison(org('Fermanagh Twp'), org('Fermanagh Township'), 'name')?.clash).toBeUndefined();
  });

  it("keeps each reading to its own records (an independent review's findings)", () => {
    // A public body only against a government's name and no more: an authority's own name written short, or firms, clash nothing.
    for (const [x, y] of [['Cambria County Transit Authority', 'Cambria County Transit'], ['City Electric VFD Services', 'City Electric Supply'], ['Village Pizza EMS', 'Village Pizza'], ['Erie County Water Authority', 'Erie County Water']]) {
      expect(comparison(org(x ?? ''), org(y ?? ''), 'name')?.clash).toBeUndefined();
    }
    // Two couples apart only by partners' names of the birth lists, of one sex: no relation word, no spelling the lists lack.
    expect(comparison(person('Harvey & Wife Zook', 'Harvey', 'Zook'), person('Harvey & Ida Zook', 'Harvey', 'Zook'), 'given')?.level).toBe('exact');
    expect(comparison(person('Ravi & Laxmi Rao', 'Ravi', 'Rao'), person('Ravi & Lakshmi Rao', 'Ravi', 'Rao'), 'given')?.level).toBe('exact');
    // A note's words only as a note's phrase: Italy's "Due" and a surname "Lien" stay the name's.
    expect(linkageRecord(org('Ristorante Rossi - Due')).branch).toEqual(['due']);
    expect(linkageRecord(person('Kari Hansen (Lien)', 'Kari', 'Hansen')).nameTokens).toContain('lien');
    expect(linkageRecord(person('Joe Smith - DO NOT RENT', 'Joe', 'Smith')).nameTokens).toEqual(['joseph', 'smith']);
    // Numeric and named character references; "v." is a particle, no initial; a household's mark in other languages.
    expect(comparison(person('Ren&eacute;e M&uuml;ller', 'Ren&eacute;e', 'M&uuml;ller'), person('Renée Müller', 'Renée', 'Müller'), 'family')?.level).toBe('exact');
    expect(comparison(person('Siobhan O&#8217;Brien', 'Siobhan', 'O&#8217;Brien'), person("Siobhan O'Brien", 'Siobhan', "O'Brien"), 'family')?.level).toBe('exact');
    const dutch = (c: CustomerContact): CustomerContact => ({ ...c, address: { line1: null, line2: null, city: 'Utrecht', region: null, postalCode: null, country: 'NL' } });
    expect(comparison(dutch(person('Jan v. Dijk', 'Jan', 'Dijk')), dutch(person('Jan J. Dijk', 'Jan', 'Dijk')), 'given')?.level).toBe('exact');
    expect(linkageRecord(person('José Pérez y Familia', 'José', 'Pérez')).nameTokens).toEqual(['jose', 'perez']);
  });
});
