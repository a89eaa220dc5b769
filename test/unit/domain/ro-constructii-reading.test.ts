import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const firm = (name: string, more: CustomerContact = {}): CustomerContact => ({ displayName: name, companyName: name, phone: '0744 394 297', address: { line1: 'Str. Memorandumului nr. 28', city: 'Cluj-Napoca', country: 'RO' }, ...more });

describe("Romania's firms (ro-constructii read)", () => {
  it("reads a sole trader's registration however written as a form after the name", () => {
    const read = (name: string) => {
      const r = linkageRecord(firm(name));
      return `${r.nameTokens.join(' ')} ${r.form ?? '-'} ${r.organisationNamed}`;
    };
    for (const name of ['P.F.A. Ghiurca Rodica', 'Ghiurca Rodica PFA', 'Ghiurca Rodica - P.F.A.', 'Persoană Fizică Autorizată Ghiurca Rodica', 'GHIURCA RODICA P.F.A']) expect(read(name)).toBe('ghiurca rodica company true');
    expect(read('Î.I. Ghiurca Rodica')).toBe('ghiurca rodica company true');
    // "S.C." before a company's name is no word of it.
    expect(linkageRecord(firm('S.C. Edilcom Serv S.R.L.')).nameTokens).toEqual(linkageRecord(firm('Edilcom Serv SRL')).nameTokens);
  });

  it("holds a company registered in a person's own name against the person's own record, for a person to say", () => {
    const person: CustomerContact = { displayName: 'AVRAM LOREDANA', givenName: 'LOREDANA', familyName: 'AVRAM', phone: '0744394297' };
    expect(comparison(firm('Avram Loredana PFA'), person, 'name')?.clash).toBe('contact');
    expect(comparison(firm('Silvia Perez LLC', { address: null }), { displayName: 'Silvia Perez', phone: '0744394297' }, 'name')?.clash).toBe('contact');
    // Not a trade's name read as a person's.
    expect(comparison(firm('Ng Signs Ltd.', { address: null }), { displayName: 'Ng Signs', phone: '0744394297' }, 'name')?.clash).toBeUndefined();
    // The registration against itself, however written, is one.
    expect(comparison(firm('P.F.A. Avram Loredana'), firm('AVRAM LOREDANA - PFA'), 'name')?.level).toBe('exact');
  });

  it("reads an owners' association written short as one", () => {
    expect(linkageRecord(firm('ASOC. PROP. Bloc E8')).form).toBe('owners');
    expect(linkageRecord(firm('Asociația de Proprietari Bloc M12')).form).toBe('owners');
  });

  it("reads a record as Romania's by Romanian's own letters, not by those French shares", () => {
    // "I.F." after a French name with "â" and no country is no Romanian family business's mark.
    expect(linkageRecord({ displayName: 'Château Bellevue I.F.', companyName: 'Château Bellevue I.F.' }).nameTokens).toContain('f');
    expect(linkageRecord({ displayName: 'Ștefănescu Ana I.F.', companyName: 'Ștefănescu Ana I.F.' }).nameTokens).toEqual(['stefanescu', 'ana']);
  });
});
