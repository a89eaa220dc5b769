import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { eventContractJsonSchema } from '../../src/ingest/contract-schema';
import { syncEventsJsonSchema } from '../../src/outbox/sync-event-contract-schema';
import { SYNC_EVENT_TYPES, syncEventSchema } from '../../src/outbox/sync-event-schemas';

describe('published event contract schema', () => {
  it('is the one generated from the validation schemas (run `npm run schema` after changing them)', () => {
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../docs/event-contract.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(eventContractJsonSchema())));
  });

  it('names the four event types', () => {
    const text = JSON.stringify(eventContractJsonSchema());
    for (const t of ['customer.upserted', 'customer.deleted', 'invoice.upserted', 'invoice.voided']) expect(text).toContain(`"${t}"`);
  });
});

describe('published sync events schema', () => {
  it('is the one generated from the schemas the worker validates its own events with (run `npm run schema` after changing them)', () => {
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../docs/sync-events.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(syncEventsJsonSchema())));
  });

  it('names the six event types and accepts what the contract shows', () => {
    const text = JSON.stringify(syncEventsJsonSchema());
    for (const t of SYNC_EVENT_TYPES) expect(text).toContain(`"${t}"`);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(syncEventsJsonSchema());
    const envelope = { eventId: '5f0c6d1e-2f1b-4b4e-9a57-1f6f3b1f2a10', tenantId: 'acct_42', occurredAt: '2026-11-21T10:15:00.000Z', version: 3 };
    const good = [
      { ...envelope, type: 'customer.linked', data: { customerId: 'cus_981', qboCustomerId: '58', method: 'matched', createdInQuickBooks: false, reason: 'same e-mail' } },
      { ...envelope, type: 'customer.held', data: { customerId: 'cus_981', reason: 'ambiguous', candidates: ['58', '61'], qboCustomerId: null } },
      {
        ...envelope,
        type: 'invoice.synced',
        data: { invoiceId: 'inv_5531', invoiceVersion: 2, operation: 'created', qboInvoiceId: '1042', docNumber: 'INV-1042', total: '150.00', qboTotal: '162.38', qboTax: '12.38' },
      },
      { ...envelope, type: 'invoice.failed', data: { invoiceId: 'inv_5531', invoiceVersion: 2, code: '6140', reason: 'its number is taken' } },
      { ...envelope, type: 'invoice.voided', data: { invoiceId: 'inv_5531', invoiceVersion: 3, qboInvoiceId: '1042' } },
      {
        ...envelope,
        type: 'invoice.payment_changed',
        data: { invoiceId: 'inv_5531', qboInvoiceId: '1042', balance: '0.00', amountPaid: '162.38', paidInFull: true, previousBalance: '62.38', total: '162.38' },
      },
    ];
    for (const e of good) {
      expect({ type: e.type, valid: validate(e), errors: validate.errors ?? null }).toEqual({ type: e.type, valid: true, errors: null });
      expect(syncEventSchema.safeParse(e).success).toBe(true);
    }
    expect(validate({ ...envelope, type: 'invoice.paid', data: {} })).toBe(false);
    expect(validate({ ...envelope, version: 0, type: 'invoice.voided', data: { invoiceId: 'i', invoiceVersion: 1, qboInvoiceId: '1' } })).toBe(false);
  });
});
