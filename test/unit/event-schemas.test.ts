import { parseEvent } from '../../src/ingest/event-schemas';
import { aCustomerEvent, anEnvelope, anInvoiceEvent } from '../support/builders';

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
});
