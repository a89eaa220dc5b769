import { CustomerContact } from '../../../src/domain/customer-contact';
import { MatchCandidate, matchDecision } from '../../../src/domain/match-decision';
import { matchKeys } from '../../../src/domain/match-keys';
import { matchScoring } from '../../../src/domain/match-scoring';

const candidate = (id: string, c: CustomerContact, active = true): MatchCandidate => ({
  qboCustomerId: id,
  displayName: c.displayName ?? '',
  active,
  keys: matchKeys(c),
});

describe('match decision', () => {
  const ann: CustomerContact = { displayName: "Ann O'Neil", givenName: 'Ann', familyName: "O'Neil", email: 'ann@oneil.example', phone: '415 555 0100' };

  it('rule 2: one active customer with the email → link by email', () => {
    const d = matchDecision(matchKeys({ displayName: 'Annie ONeil', email: 'ANN@oneil.example' }), [candidate('1', ann), candidate('2', { displayName: 'Bob' })]);
    expect(d).toMatchObject({ outcome: 'link', method: 'email', qboCustomerId: '1' });
  });

  it('rule 2 does not link a household member sharing the email', () => {
    const d = matchDecision(matchKeys({ displayName: "Mark O'Neil", givenName: 'Mark', familyName: "O'Neil", email: 'ann@oneil.example' }), [candidate('1', ann)]);
    expect(d.outcome).toBe('ambiguous');
  });

  it('rule 3: normalised name, "Last, First" and legal suffixes', () => {
    expect(matchDecision(matchKeys({ displayName: "O'NEIL, ann" }), [candidate('1', ann)])).toMatchObject({ outcome: 'link', method: 'name' });
    const acme = candidate('7', { displayName: 'Acme Widgets, Inc.', companyName: 'Acme Widgets, Inc.' });
    expect(matchDecision(matchKeys({ displayName: 'ACME widgets LLC' }), [acme])).toMatchObject({ outcome: 'link', method: 'name', qboCustomerId: '7' });
  });

  it('rule 3: two active namesakes → ambiguous unless one shares email or phone', () => {
    const twin = candidate('2', { displayName: "Ann O'Neil (2)", givenName: 'Ann', familyName: "O'Neil" });
    const other = candidate('3', { displayName: "Ann O'Neil", givenName: 'Ann', familyName: "O'Neil", companyName: 'Other' });
    expect(matchDecision(matchKeys({ displayName: "Ann O'Neil" }), [candidate('1', { displayName: "Ann O'Neil" }), other]).outcome).toBe('ambiguous');
    expect(matchDecision(matchKeys({ displayName: "Ann O'Neil", phone: '(415) 555-0100' }), [candidate('1', ann), other, twin])).toMatchObject({
      outcome: 'link',
      qboCustomerId: '1',
    });
  });

  it('rule 4: phone together with a similar name (typo)', () => {
    const d = matchDecision(matchKeys({ displayName: 'Ann ONiel', phone: '+1 415-555-0100' }), [candidate('1', { ...ann, email: null })]);
    expect(d).toMatchObject({ outcome: 'link', method: 'phone-name' });
  });

  it('rule 5: scored comparison on name, address and phone', () => {
    const site = candidate('9', { displayName: 'Erie Neighborhood House Erie Community Center', phone: '5635800', address: { line1: '1701 W Superior St', postalCode: '60622' } });
    const d = matchDecision(matchKeys({ displayName: 'Erie House', phone: '563 5800', address: { line1: '1701 West Superior Street' } }), [site]);
    expect(d.outcome).toBe('link');
  });

  it('never links an inactive customer; a lone weak candidate is ambiguous; nothing → create', () => {
    expect(matchDecision(matchKeys(ann), [candidate('1', ann, false)]).outcome).not.toBe('link');
    expect(matchDecision(matchKeys({ displayName: "Ann O'Neill Plumbing" }), [candidate('1', ann)]).outcome).toBe('ambiguous');
    expect(matchDecision(matchKeys({ displayName: 'Zed Zulu' }), [])).toMatchObject({ outcome: 'create', reason: 'no candidate' });
  });

  it('different street numbers count against a match', () => {
    const a = matchKeys({ displayName: 'Henry Booth House - Tots Express', address: { line1: '8939 S Cottage Grove Ave' } });
    const b = matchKeys({ displayName: 'Chicago Youth Centers - Tots Express', address: { line1: '8938 S Cottage Grove' } });
    const s = matchScoring(a, b);
    expect(s.streetConflict).toBe(true);
    expect(s.score).toBeLessThan(0.5);
  });

  it('does not link on a shared company name alone (colleagues are different customers)', () => {
    const d = matchDecision(matchKeys({ displayName: 'Jane Roe', companyName: 'Acme' }), [candidate('1', { displayName: 'John Doe', companyName: 'Acme Inc' })]);
    expect(d.outcome).not.toBe('link');
  });
});
