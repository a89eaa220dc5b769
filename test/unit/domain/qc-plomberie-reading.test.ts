import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const names = (a: CustomerContact, b: CustomerContact): string[] => [comparison(a, b, 'given')?.level ?? 'none', comparison(a, b, 'family')?.level ?? 'none'];

const home = { email: 'famille.lavoie@videotron.ca', phone: '819 893-9571', address: { line1: '488, rue Belvédère Nord', city: 'Sherbrooke', region: 'QC', postalCode: 'J1N 0X1' } };

describe("a couple's display in French, either written surname first (qc-plomberie read)", () => {
  it('reads "X et Y" as a couple, as "X & Y" is', () => {
    const couple = { displayName: 'Neil et Judith Morrison', givenName: 'Neil', familyName: 'Morrison', ...home };
    expect(names({ displayName: 'Judith Morrison', givenName: 'Judith', familyName: 'Morrison', ...home }, couple)).toEqual(['exact', 'exact']);
    // Given and family written into each other's fields, the couple surname first.
    expect(names({ displayName: 'morrison neil & judith morrison', givenName: 'morrison', familyName: 'neil', ...home }, couple)[1]).toBe('exact');
    // A given name of two words before the surname ("Maude et Jean-Robert Noël"): both given names read.
    expect(linkageRecord({ displayName: 'Madame Maude et Jean-Robert Noël', givenName: 'Maude', familyName: 'Noël' }).givenShown).toEqual(['jean']);
    // A middle initial after the first one's given name ("Richard P. & Sharon Myers").
    expect(names({ displayName: 'Sharon Myers', givenName: 'Sharon', familyName: 'Myers' }, { displayName: 'Richard P. & Sharon Myers', givenName: 'Richard', familyName: 'Myers' })).toEqual(['exact', 'exact']);
  });

  it("compares the other person's own record with a couple of two surnames at the household's details", () => {
    const couple = { displayName: 'Jean-François Lavoie et Martine Perron', givenName: 'Jean-François', familyName: 'Lavoie', ...home };
    expect(names({ displayName: 'Martine Perron', givenName: 'Martine', familyName: 'Perron', ...home }, couple)).toEqual(['exact', 'exact']);
    // Written surname first, each person: "GAGNE ANNIE & TURCOTTE PIERRE-OLIVIER".
    const reversed = { displayName: 'GAGNE ANNIE & TURCOTTE PIERRE-OLIVIER', givenName: 'ANNIE', familyName: 'GAGNE', ...home };
    expect(names({ displayName: 'PIERRE-OLIVIER TURCOTTE', givenName: 'PIERRE-OLIVIER', familyName: 'TURCOTTE', email: home.email, address: home.address }, reversed)).toEqual(['exact', 'exact']);
    // Both records naming both persons, one of them under the other's surname: the couple, whatever the details.
    expect(
      names({ displayName: 'Linda et Bruno Thibault-Bouchard', givenName: 'Linda', familyName: 'Thibault-Bouchard' }, { displayName: "Linda L'Heureux & Bruno Thibault-Bouchard", givenName: 'Linda', familyName: "L'Heureux" }),
    ).toEqual(['exact', 'exact']);
  });

  it('keeps a partner billed apart at another home, or sharing nothing, a person of their own', () => {
    const couple = { displayName: 'Nathalie Boudreau et Gabriel Vachon', givenName: 'Nathalie', familyName: 'Boudreau', email: 'nathalie.boudreau@gmail.com', address: { line1: '23 rue Turmel', city: 'Québec', postalCode: 'G1M 2K4' } };
    // The old joint mailbox kept, at another home.
    expect(names({ displayName: 'GABRIEL VACHON', givenName: 'GABRIEL', familyName: 'VACHON', email: 'nathalie.boudreau@gmail.com', address: { line1: '421 RUE JEAN-JUNEAU', city: 'Québec' } }, couple)).toEqual(['different', 'different']);
    // Nothing shared but the town.
    expect(names({ displayName: 'Rousseau, Claude', givenName: 'Claude', familyName: 'Rousseau', email: 'rousseauc@gmail.com', address: { line1: '3093, Boul. des Prairies', city: 'Laval' } }, { displayName: 'France Fortin & Claude Rousseau', givenName: 'France', familyName: 'Fortin', email: 'france.fortin51@gmail.com', address: { line1: '567, boul. Le Corbusier', city: 'Laval' } })).toEqual(['different', 'different']);
  });

  it("reads two names joined by a firm's word, or a surname, as before", () => {
    // A father's firm and his sons' ("Dupont et Fils"), a partnership of two surnames: no couple.
    expect(linkageRecord({ displayName: 'Dupont et Fils inc.', companyName: 'Dupont et Fils inc.' }).partnerContact).toBeNull();
    expect(linkageRecord({ displayName: 'Ernst & Young', companyName: 'Ernst & Young' }).partnerContact).toBeNull();
  });
});

describe("Québec's bodies by their initials, a pharmacy written short, a numbered company's number (qc-plomberie read)", () => {
  const org = (name: string): CustomerContact => ({ displayName: name, companyName: name });
  it('reads CPE, CSS and S.D.C. as the names written out', () => {
    expect(comparison(org('C.S.S. DE LAVAL'), org('Centre de services scolaire de Laval'), 'name')?.level).toBe('exact');
    expect(comparison(org('CSS des Affluents'), org('Centre de services scolaire des Affluents'), 'name')?.level).toBe('exact');
    expect(comparison(org('CPE Les Écureuils'), org('Centre de la petite enfance Les Écureuils'), 'name')?.level).toBe('exact');
    expect(comparison(org('S.D.C. Les Floralies'), org('Syndicat de copropriété Les Floralies'), 'name')?.level).toBe('exact');
    // Two school service centres of two regions stay two.
    expect(comparison(org('CSS de Laval'), org('Centre de services scolaire des Affluents'), 'name')?.level).not.toBe('exact');
    expect(comparison(org('PHARM. ANDREE-ANNE ARSENAULT INC.'), org('Pharmacie Andrée-Anne Arsenault inc.'), 'name')?.level).toBe('exact');
  });

  it("agrees a numbered company's names by its number, and keeps two numbers two companies", () => {
    expect(comparison(org('9405-0847 QU?BEC INC F.A.S.O. IMMEUBLES TARDIF'), org('9405-0847 Québec inc. f.a.s.o. Immeubles Tardif'), 'name')?.level).toBe('exact');
    expect(comparison(org('9620-9839 QU?BEC INC.'), org('Boulangerie La Mie Dorée (9620-9839 Québec inc.)'), 'name')?.level).toBe('exact');
    expect(comparison(org('9620-9839 Québec inc.'), org('9620-9840 Québec inc.'), 'name')?.clash).toBe('numbering');
    // Two stores of one numbered company, each numbered: two.
    expect(comparison({ displayName: 'Wings Nation #259 (6751247 Canada Inc.)', companyName: '6751247 Canada Inc.' }, { displayName: 'Wings Nation #170 (6751247 Canada Inc.)', companyName: '6751247 Canada Inc.' }, 'name')?.level).toBe('different');
  });
});
