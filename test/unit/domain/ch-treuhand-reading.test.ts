import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { nicknameRelated } from '../../../src/domain/given-name-nicknames';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string): CustomerContact => ({ displayName: name, companyName: name });

describe("Switzerland's firms, condominium communities, heirs and names (ch-treuhand read)", () => {
  it('reads an enterprise number (UID CHE-…) in a name as no word of it', () => {
    for (const written of ['SOMMER METZGEREI GMBH, CHE-978.815.286 MWST', 'Sommer Metzgerei GmbH UID CHE-978.815.286', 'Sommer Metzgerei GmbH (CHE-978.815.286 TVA)']) expect(comparison(org(written), org('Sommer Metzgerei GmbH'), 'name')?.level).toBe('exact');
  });

  it("reads French- and Italian-speaking Switzerland's forms written out or dotted as forms", () => {
    expect(comparison(org('Stockhorn Services société à responsabilité limitée'), org('Stockhorn Services GmbH'), 'name')?.level).toBe('exact');
    expect(comparison(org('Bettelini Pittura società a garanzia limitata'), org('Bettelini Pittura Sagl'), 'name')?.level).toBe('exact');
    expect(comparison(org('TIPOGRAFIA RUSCONI S.A.G.L.'), org('Tipografia Rusconi Sagl'), 'name')?.level).toBe('exact');
  });

  it("reads a condominium owners' community however its kind is written (StWEG, PPE, Stockwerkeigentümergemeinschaft)", () => {
    for (const written of ['PPE Niesenweg 128, Neuenegg', 'StWEG Niesenweg 128, Neuenegg', 'Stockwerkeigentümergemeinschaft Niesenweg 128, Neuenegg']) {
      const r = linkageRecord(org(written));
      expect([r.form, r.nameTokens]).toEqual(['owners', ['condominio', 'niesenweg', '128', 'neuenegg']]);
    }
  });

  it("reads a firm's name translated into another of its country's languages as one name, not another trade's", () => {
    expect(comparison(org('Metzgerei Hirschi'), org('Macelleria Hirschi'), 'name')?.level).toBe('typo');
    expect(comparison(org('Pahud Bäckerei-Konditorei'), org('Pahud Boulangerie-Pâtisserie Sàrl'), 'name')?.level).toBe('typo');
    // Read before the clash of two trades' or a group's companies (the owner's word beside two trades' words, translated).
    expect(comparison(org('Piastrelle Zbinden Sagl'), org('Plattenbeläge Zbinden GmbH'), 'name')?.level).toBe('typo');
    // A bakery and a butcher's of one family are two firms.
    expect(comparison(org('Metzgerei Hirschi'), org('Boulangerie Hirschi'), 'name')?.level).not.toBe('typo');
  });

  it("reads an heirs' community as the deceased's estate, and Swiss German short forms of given names", () => {
    for (const written of ['Erbengemeinschaft Margrit Schläfli', 'Hoirie de Jean Favre', 'Eredi fu Bruno Zanini']) expect(linkageRecord({ displayName: written }).estate).toBe('estate');
    // "Succession" only before "de": a firm's word otherwise.
    expect(linkageRecord(org('Succession Planning Partners')).estate).toBeNull();
    for (const [name, short] of [['jakob', 'kobi'], ['ulrich', 'ueli'], ['thomas', 'thomi'], ['margrit', 'gritli']] as const) expect(nicknameRelated(name, short)).toBe(true);
  });
});
