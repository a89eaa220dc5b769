import { parseEvent } from '../../src/ingest/event-schemas';
import { aCustomerEvent, anEnvelope, anInvoiceEvent, withDeepExtra } from '../support/builders';

const parse = (v: unknown) => parseEvent(Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)));

describe('parseEvent', () => {
  it('accepts each event type of the contract', () => {
    for (const e of [
      aCustomerEvent(),
      anInvoiceEvent(),
      anEnvelope('customer.deleted', { id: 'cus_1' }),
      anEnvelope('invoice.voided', { id: 'inv_1' }),
    ]) {
      const r = parse(e);
      expect(r.ok).toBe(true);
    }
  });

  it('turns JSON numbers for money into decimal strings', () => {
    const r = parse(anInvoiceEvent({ lines: [{ description: 'x', quantity: 2, unitPrice: 75.5 }] }));
    expect(r.ok && r.event.type === 'invoice.upserted' && r.event.data.lines[0]).toMatchObject({ quantity: '2', unitPrice: '75.5' });
  });

  it('keeps what QBO would reject, for repair later, rather than dropping the customer', () => {
    const r = parse(aCustomerEvent({ displayName: 'A: B\tC', email: 'not-an-email' }));
    expect(r.ok).toBe(true);
  });

  it('keeps unknown fields (the contract may grow)', () => {
    const r = parse(aCustomerEvent({ loyaltyTier: 'gold' }, { source: 'crm' }));
    expect(r.ok && (r.event.data as Record<string, unknown>).loyaltyTier).toBe('gold');
  });

  it.each([
    ['not JSON', '{nope', 'invalid_json'],
    ['an array', '[1]', 'schema_violation'],
    ['a missing eventId', { ...aCustomerEvent(), eventId: undefined }, 'schema_violation'],
    ['an eventId of 201 characters', aCustomerEvent({}, { eventId: 'x'.repeat(201) }), 'schema_violation'],
    ['a tenantId of 101 characters', aCustomerEvent({}, { tenantId: 'x'.repeat(101) }), 'schema_violation'],
    ['a fractional version', aCustomerEvent({}, { version: 1.5 }), 'schema_violation'],
    ['a time without zone', aCustomerEvent({}, { occurredAt: '2026-11-21T10:15:00' }), 'schema_violation'],
    ['an invoice without customerId', anInvoiceEvent({ customerId: undefined }), 'schema_violation'],
    ['a line without description', anInvoiceEvent({ lines: [{ quantity: '1', unitPrice: '1' }] }), 'schema_violation'],
    ['a price in words', anInvoiceEvent({ lines: [{ description: 'x', quantity: '1', unitPrice: 'ten' }] }), 'schema_violation'],
    ['a lowercase currency', anInvoiceEvent({ currency: 'usd' }), 'schema_violation'],
    ['a void without id', anEnvelope('invoice.voided', {}), 'schema_violation'],
    ['an unknown type', anEnvelope('invoice.paid', { id: 'x' }), 'unknown_type'],
  ])('rejects %s', (_what, value, code) => {
    const r = parse(value);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message.length).toBeGreaterThan(0);
    }
  });

  it('rejects a message without value', () => {
    expect(parseEvent(null)).toMatchObject({ ok: false, code: 'empty_message' });
  });

  it('names the offending field in its message', () => {
    const r = parse(anInvoiceEvent({ lines: [{ description: 'x', quantity: '1', unitPrice: 'ten' }] }));
    expect(!r.ok && r.message).toContain('data.lines.0.unitPrice');
  });

  it('rejects a field nested 5,000 levels deep as too_deep, without a stack overflow', () => {
    const r = parse(withDeepExtra(aCustomerEvent(), 5000));
    expect(r).toMatchObject({ ok: false, code: 'too_deep' });
  });

  it('accepts nesting up to the bound, and counts brackets inside strings as text', () => {
    expect(parse(withDeepExtra(aCustomerEvent(), 30)).ok).toBe(true);
    expect(parse(withDeepExtra(aCustomerEvent(), 31))).toMatchObject({ ok: false, code: 'too_deep' });
    expect(parse(aCustomerEvent({ notes: '[[[[{{{{'.repeat(100) + '"\\' })).ok).toBe(true);
  });

  it('rejects an event larger than 512 KiB as too_large', () => {
    const r = parse(aCustomerEvent({ notes: 'x', blob: 'y'.repeat(600_000) }));
    expect(r).toMatchObject({ ok: false, code: 'too_large' });
  });

  it.each([
    ['occurredAt', aCustomerEvent({}, { occurredAt: '2026-02-30T10:00:00Z' })],
    ['occurredAt', aCustomerEvent({}, { occurredAt: '2025-02-29T10:00:00+01:00' })],
    ['occurredAt', aCustomerEvent({}, { occurredAt: '2026-04-31T10:00:00Z' })],
    ['occurredAt', aCustomerEvent({}, { occurredAt: '2026-01-01T24:00:00Z' })],
    ['occurredAt', aCustomerEvent({}, { occurredAt: '2026-01-01T10:00:00+16:00' })],
    ['occurredAt', aCustomerEvent({}, { occurredAt: '0000-01-01T10:00:00Z' })],
    ['data.issueDate', anInvoiceEvent({ issueDate: '2026-02-30' })],
    ['data.dueDate', anInvoiceEvent({ dueDate: '0000-12-01' })],
  ])('rejects the impossible date in %s, naming the field', (field, event) => {
    const r = parse(event);
    expect(r).toMatchObject({ ok: false, code: 'schema_violation' });
    expect(!r.ok && r.message).toContain(`${field}:`);
  });

  it('accepts real dates: 29 February of a leap year, offsets up to ±15:59', () => {
    expect(parse(aCustomerEvent({}, { occurredAt: '2028-02-29T23:59:59.999+14:00' })).ok).toBe(true);
    expect(parse(aCustomerEvent({}, { occurredAt: '2000-02-29T00:00:00-1200' })).ok).toBe(true);
    expect(parse(anInvoiceEvent({ issueDate: '2028-02-29', dueDate: '0001-01-01' })).ok).toBe(true);
  });

  it('rejects a lone UTF-16 surrogate, naming the field, and keeps paired ones (emoji)', () => {
    const lone = parse(aCustomerEvent({ displayName: 'Ann \ud800 Lee' }));
    expect(lone).toMatchObject({ ok: false, code: 'schema_violation' });
    expect(!lone.ok && lone.message).toContain('data.displayName: holds a lone UTF-16 surrogate');
    const low = parse(anInvoiceEvent({ lines: [{ description: 'x\udc00', quantity: '1', unitPrice: '1' }] }));
    expect(!low.ok && low.message).toContain('data.lines.0.description');
    expect(parse(aCustomerEvent({ displayName: 'Ann 😀 Lee' })).ok).toBe(true);
    expect(parse(JSON.stringify(aCustomerEvent({ displayName: 'Ann Lee' })).replace('Ann', 'Ann \\\\ud800')).ok).toBe(true); // an escaped backslash, then text
  });
});
