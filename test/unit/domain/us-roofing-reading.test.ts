import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { isLenderName, withoutLossPayee, withoutPlaceholderName } from '../../../src/domain/linkage/payee-reading';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);

describe("A roofing contractor's records (us-roofing read)", () => {
  it("reads a claim check's loss payee off the insured's name", () => {
    const payee = (displayName: string, more: CustomerContact = {}) => withoutLossPayee({ displayName, ...more }).displayName;
    expect(payee('SAMANTHA SIMMONS AND EVERGREEN PLAINS BANK', { givenName: 'SAMANTHA', familyName: 'SIMMONS' })).toBe('SAMANTHA SIMMONS');
    expect(payee('IBANEZ, JOAQUIN AND BLUE SPRUCE MORTGAGE SERVICING')).toBe('IBANEZ, JOAQUIN');
    expect(payee('ADRIANA M SANDOVAL AND CENTENNIAL TRUST MORTGAGE ISAOA ATIMA')).toBe('ADRIANA M SANDOVAL');
    expect(payee('C. FORD AND COLUMBINE FEDERAL CREDIT UNION ITS SUCCESSORS AND/OR ASSIGNS')).toBe('C. FORD');
    expect(payee('BELL, JÜRGEN AN PINNACLE CREST HOME LOANS ITS SUCCESSORS AND/OR ASSIGNS')).toBe('BELL, JÜRGEN');
    expect(payee('STEPHANIE FAIRBANKS AND BEATRIZ FAIRBANKS AND SUMMIT PEAK MORTGAGE CO ISAOA')).toBe('STEPHANIE FAIRBANKS AND BEATRIZ FAIRBANKS');
    // A firm's own name is no insured and payee: no clause, no person's name before the connector.
    expect(payee('Farmers and Merchants Bank')).toBe('Farmers and Merchants Bank');
    expect(payee('Smith & Jones Lending')).toBe('Smith & Jones Lending');
    expect(payee('Evergreen Plains Bank')).toBe('Evergreen Plains Bank');
    expect(payee('Mike Jones & Associates Mortgage')).toBe('Mike Jones & Associates Mortgage');
    expect(payee('Bernard Johnson and Associates Financial')).toBe('Bernard Johnson and Associates Financial');
    expect(payee('Tom Atima', { givenName: 'Tom', familyName: 'Atima' })).toBe('Tom Atima');
    expect(payee('John & Mary Smith')).toBe('John & Mary Smith');
    // A lender in CompanyName beside a person's own names is the claim's mortgagee; a lender's own record keeps it.
    expect(withoutLossPayee({ displayName: 'PIOTR L ROMANO & AMY ROMANO', givenName: 'PIOTR', familyName: 'ROMANO', companyName: 'PRAIRIE STAR MORTGAGE LLC' }).companyName).toBeNull();
    expect(withoutLossPayee({ displayName: 'Prairie Star Mortgage LLC', givenName: 'Dana', familyName: 'Reyes', companyName: 'Prairie Star Mortgage LLC' }).companyName).toBe('Prairie Star Mortgage LLC');
    // A bank's or a "… Financial" firm's name beside a person's is an employer's or the person's own firm as often.
    expect(withoutLossPayee({ displayName: 'John Smith', givenName: 'John', familyName: 'Smith', companyName: 'Smith Financial LLC' }).companyName).toBe('Smith Financial LLC');
    expect(withoutLossPayee({ displayName: 'John Smith', givenName: 'John', familyName: 'Smith', companyName: 'First National Bank' }).companyName).toBe('First National Bank');
    expect(isLenderName('Columbine Federal Credit Union')).toBe(true);
    expect(isLenderName('Bank')).toBe(false);
    // Read so, the insured's record and the owner's own are one person's names.
    const insured = { displayName: 'SAMANTHA SIMMONS AND EVERGREEN PLAINS BANK', givenName: 'SAMANTHA', familyName: 'SIMMONS', phone: '(970)459-4374' };
    const own = { displayName: 'Samantha Simmons', givenName: 'Samantha', familyName: 'Simmons', phone: '(970) 459-4374' };
    expect(comparison(insured, own, 'company')?.clash).toBeUndefined();
    expect(linkageRecord(insured).organisationNamed).toBe(false);
  });

  it("reads a form's word for no one as no name", () => {
    expect(withoutPlaceholderName({ displayName: 'homeowner' }).displayName).toBeNull();
    expect(withoutPlaceholderName({ displayName: 'Current Resident' }).displayName).toBeNull();
    expect(withoutPlaceholderName({ displayName: 'John Smith', companyName: 'Homeowner' }).companyName).toBeNull();
    // A surname that is such a word too stays a surname ("Johnny Cash", "Mary Guest").
    expect(withoutPlaceholderName({ displayName: 'Johnny Cash', givenName: 'Johnny', familyName: 'Cash' }).familyName).toBe('Cash');
    expect(withoutPlaceholderName({ displayName: 'Mary Guest', givenName: 'Mary', familyName: 'Guest' }).familyName).toBe('Guest');
    const door = { displayName: 'homeowner', address: { line1: '3671 bonanza drive', city: 'castle rock', region: 'CO' } };
    const owner = { displayName: 'Valdez, Linda and Bradley', givenName: 'Linda', familyName: 'Valdez', address: { line1: '3671 Bonanza Dr', city: 'Castle Rock', region: 'CO' } };
    expect(comparison(door, owner, 'name')).toEqual({ field: 'name', level: 'missing' });
  });

  it('reads a surname written as its initial as weak evidence for, not another surname', () => {
    const couple = { displayName: 'Jeffrey and Emily Weber', givenName: 'Jeffrey', familyName: 'Weber' };
    expect(comparison({ displayName: 'emily w', givenName: 'emily', familyName: 'w' }, couple, 'family')?.level).toBe('phonetic');
    expect(comparison({ displayName: 'Emily W.', givenName: 'Emily', familyName: 'W.' }, couple, 'family')?.level).toBe('phonetic');
    expect(comparison({ displayName: 'emily k', givenName: 'emily', familyName: 'k' }, couple, 'family')?.level).toBe('different');
  });

  it("compares a record of a given name alone with a person's given name, no firm against its contact", () => {
    const couple = { displayName: 'Jeffrey and Emily Weber', givenName: 'Jeffrey', familyName: 'Weber' };
    expect(comparison({ displayName: 'emily', givenName: 'emily' }, couple, 'given')?.level).toBe('exact');
    // A lone initial agreeing is no evidence (one name in a dozen opens with it); another initial is evidence against.
    expect(comparison({ displayName: 'Mr J', givenName: 'J' }, couple, 'given')?.level).toBe('missing');
    expect(comparison({ displayName: 'Mr K', givenName: 'K' }, couple, 'given')?.level).toBe('different');
    expect(comparison({ displayName: 'Mr J', givenName: 'J' }, couple, 'name')?.level).toBe('missing');
    expect(comparison({ displayName: 'julie', givenName: 'julie' }, { displayName: 'Gregory Davis', givenName: 'Gregory', familyName: 'Davis' }, 'given')?.level).toBe('different');
    // A partner a couple's display names, or another name its display holds.
    expect(comparison({ displayName: 'Janet', givenName: 'Janet' }, { displayName: 'Daniel Fisher & Janet Stone', givenName: 'Daniel', familyName: 'Fisher' }, 'given')?.level).toBe('exact');
    expect(comparison({ displayName: 'Emma', givenName: 'Emma' }, { displayName: 'Juan & Emma Kate Martinez', givenName: 'Juan', familyName: 'Martinez' }, 'given')?.level).toBe('alias');
    // A word that is the person's surname is read as a name, as before ("sheldon" / Helen Sheldon: a surname alone).
    expect(comparison({ displayName: 'sheldon', givenName: 'sheldon' }, { displayName: 'Helen Sheldon', givenName: 'Helen', familyName: 'Sheldon' }, 'given')?.level).toBe('missing');
    expect(comparison({ displayName: 'sheldon', givenName: 'sheldon' }, { displayName: 'Helen Sheldon', givenName: 'Helen', familyName: 'Sheldon' }, 'name')?.level).not.toBe('missing');
    // A word no birth list holds is no given name alone ("Rohmat": read as a name, as before), nor is a firm's word.
    expect(comparison({ displayName: 'Acme' }, { displayName: 'Acme Jones', givenName: 'Acme', familyName: 'Jones' }, 'given')?.level).toBe('missing');
  });

  it('reads an estate written after a person\'s "Surname, Given" as a claim writes it', () => {
    const r = linkageRecord({ displayName: 'BERGSTROM, RAJESH EST', phone: '+1 720-423-2125' });
    expect(r.estate).toBe('estate');
    expect(r.family).toBe('bergstrom');
    expect(linkageRecord({ displayName: 'Gulf Star Trading Est.' }).estate).toBeNull();
  });

  it("reads a manager's payment on behalf of an organisation whose record it is as the organisation's, care of the manager", () => {
    const paid = { displayName: 'Colfax Residential obo Prairie Hollow Commons', companyName: 'Prairie Hollow Commons, LLC', email: 'maintenance@colfaxresidentialinc.com' };
    const manager = { displayName: 'Colfax Residential, Inc.', givenName: 'Jessica', familyName: 'Hill', companyName: 'Colfax Residential', email: 'maintenance@colfaxresidentialinc.com' };
    expect(comparison(paid, manager, 'name')?.level).toBe('different');
    expect(comparison(paid, { displayName: 'Prairie Hollow Commons LLC', companyName: 'Prairie Hollow Commons LLC' }, 'name')?.level).toBe('exact');
  });
});
