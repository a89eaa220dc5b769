import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);

describe("A Bangladeshi distributor's pharmacies (bd-aushadh read) and a UK group's companies (gb-lettings)", () => {
  const shop = { phone: '01856004765', address: { line1: 'Shop No. 2, Nischintapur Bazar', line2: 'Upazilla: Singair', city: 'Manikganj', postalCode: '1830', country: 'BD' } };

  it("reads a proprietor's mark off a firm's name: the firm's record, its owner its contact", () => {
    const madina = linkageRecord({ displayName: 'Madina Pharmacy (Prop. Md. Obaidul Kabir), Manikganj', companyName: 'Madina Pharmacy (Prop. Md. Obaidul Kabir)', givenName: 'Obaidul', familyName: 'Kabir', ...shop });
    expect(madina.isPerson).toBe(false);
    expect(madina.nameTokens).toEqual(['madina', 'pharmacy']);
    expect(madina.contact?.family).toBe('kabir');
    const dash = linkageRecord({ displayName: 'New Ruposhi Medical Store - Prop. Md. Helal Uddin', companyName: 'New Ruposhi Medical Store - Prop. Md. Helal Uddin', ...shop });
    expect(dash.nameTokens).toEqual(['new', 'ruposhi', 'medical', 'store']);
    expect(linkageRecord({ displayName: 'M/S MAA DURGA PHCY. (PROP: SUDIPTO DUTTA)', companyName: 'M/S MAA DURGA PHCY. (PROP: SUDIPTO DUTTA)' }).nameTokens).toEqual(['maa', 'durga', 'pharmacy']);
    // Against the owner's own record: the firm's, not his ('contact').
    expect(comparison({ displayName: 'Madina Pharmacy (Prop. Md. Obaidul Kabir)', companyName: 'Madina Pharmacy (Prop. Md. Obaidul Kabir)', givenName: 'Obaidul', familyName: 'Kabir', ...shop }, { displayName: 'Md. Obaidul Kabir', givenName: 'Md. Obaidul', familyName: 'Kabir', ...shop }, 'company')?.clash).toBe('contact');
    // "Prop" alone is a property's word.
    expect(linkageRecord({ displayName: 'MN Commercial Prop Limited', companyName: 'MN Commercial Prop Limited' }).nameTokens).toEqual(['mn', 'commercial', 'ppty']);
  });

  it('reads a later given name half a community bears as no evidence ("Mithun Kumar" / "Rajib Kumar": a father and son at one shop)', () => {
    const person = (given: string): CustomerContact => ({ displayName: `${given} Majumder`, givenName: given, familyName: 'Majumder', ...shop });
    expect(comparison(person('Mithun Kumar'), person('Rajib Kumar'), 'given')?.level).toBe('different');
    // A later name of one's own shared still weighs as before.
    expect(comparison(person('Mithun Anirban'), person('Rajib Anirban'), 'given')?.level).toBe('phonetic');
  });

  it("reads a group's companies at its one office as two where one name's display omits its form", () => {
    const office = { phone: '0117 496 6958', address: { line1: 'Suite 7, Temple Gate House', line2: '28 Sefton Park Road', city: 'Bristol', postalCode: 'BS5 5LJ' } };
    const dyson: CustomerContact = { displayName: 'Dyson Lettings', companyName: 'Dyson Lettings Ltd', ...office };
    expect(comparison({ displayName: 'DYSON STUDENT LETS LTD', companyName: 'DYSON STUDENT LETS LTD', ...office }, dyson, 'name')?.clash).toBe('group');
    // The same company's name written short, or a trade's word more, is no other company.
    expect(comparison({ displayName: 'Dyson Lets Ltd', companyName: 'Dyson Lets Ltd', ...office }, dyson, 'name')?.clash).toBeUndefined();
    expect(comparison({ displayName: 'Kremer & Fuchs Elektro GmbH', companyName: 'Kremer & Fuchs Elektro GmbH', ...office }, { displayName: 'Kremer & Fuchs', companyName: 'Kremer & Fuchs GmbH', ...office }, 'name')?.clash).toBeUndefined();
  });
});
