import { z } from 'zod';

/**
 * What the worker publishes on the sync-events topic (../shared/event-contract.md, "What the
 * worker publishes"): the same envelope as the inbound events, one `data` shape per type. Every
 * event is validated with these schemas when it is written to the outbox, and the published JSON
 * Schema (docs/sync-events.schema.json, `npm run schema`) is generated from them, so the two
 * cannot drift. Consumers must ignore fields they do not know: new optional fields may appear.
 */

export const SYNC_EVENT_TYPES = ['customer.linked', 'customer.held', 'invoice.synced', 'invoice.failed', 'invoice.voided', 'invoice.payment_changed'] as const;
export type SyncEventType = (typeof SYNC_EVENT_TYPES)[number];

const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const id = (what: string) => z.string().min(1).max(200).describe(what);
const customerId = id('The upstream customer id (data.id of customer.upserted)');
const invoiceId = id('The upstream invoice id (data.id of invoice.upserted)');
const qboCustomerId = z.string().min(1).max(50).describe("The QuickBooks customer's Id in the tenant's company");
const qboInvoiceId = z.string().min(1).max(50).describe("The QuickBooks invoice's Id in the tenant's company");
const invoiceVersion = z.number().int().min(1).describe('The upstream version of the invoice (the `version` of its invoice.upserted or invoice.voided)');
const money = (what: string) => z.string().regex(DECIMAL, 'must be a decimal string such as "150.00"').describe(what);
const reason = z.string().min(1).max(4000).describe('Why, in plain words, for people');

export const customerLinkedData = z.object({
  customerId,
  qboCustomerId,
  method: z
    .enum(['matched', 'created', 'operator', 'merge'])
    .describe(
      'matched: linked automatically to a customer QuickBooks already held; created: a new QuickBooks customer was created for it; operator: a person linked it (or had one created); merge: it followed a merge made in QuickBooks',
    ),
  createdInQuickBooks: z.boolean().describe('The QuickBooks customer was created by the sync for this customer'),
  reason,
});

export const customerHeldData = z.object({
  customerId,
  reason,
  candidates: z.array(qboCustomerId).describe('QuickBooks customers it may be (most likely first); empty when held for another reason'),
  qboCustomerId: qboCustomerId.nullable().describe('Set when it is held because its linked QuickBooks customer is inactive'),
});

export const invoiceSyncedData = z.object({
  invoiceId,
  invoiceVersion,
  operation: z.enum(['created', 'updated']),
  qboInvoiceId,
  docNumber: z.string().max(21).nullable().describe('The invoice number in QuickBooks (null: QuickBooks holds none)'),
  total: money('The total the sync sent: the sum of quantity × unit price of its lines, rounded half-up to cents'),
  qboTotal: money('TotalAmt in QuickBooks, tax included').nullable().describe('TotalAmt in QuickBooks, tax included (null when QuickBooks did not say)'),
  qboTax: money('The tax QuickBooks computed').nullable().describe('The tax QuickBooks computed (null when QuickBooks did not say)'),
});

export const invoiceFailedData = z.object({
  invoiceId,
  invoiceVersion,
  code: z.string().min(1).max(100).describe("QuickBooks' error code or the sync's own (INVALID, VOIDED, 6140, ...)"),
  reason: reason.describe('What is wrong and what to change, in plain words; this version is not sent again (a newer one is)'),
});

export const invoiceVoidedData = z.object({
  invoiceId,
  invoiceVersion: invoiceVersion.describe('The upstream version whose void was applied'),
  qboInvoiceId,
});

export const invoicePaymentChangedData = z.object({
  invoiceId,
  qboInvoiceId,
  balance: money('What is still owed (QuickBooks Balance)'),
  amountPaid: money('What has been paid: total minus balance'),
  paidInFull: z.boolean().describe('balance is zero'),
  previousBalance: money('The balance before this change').nullable().describe('The balance before this change (null: not known before)'),
  total: money('TotalAmt in QuickBooks').nullable().describe('TotalAmt in QuickBooks (null: not known)'),
});

/** The data schema of each type. */
export const SYNC_EVENT_DATA = {
  'customer.linked': customerLinkedData,
  'customer.held': customerHeldData,
  'invoice.synced': invoiceSyncedData,
  'invoice.failed': invoiceFailedData,
  'invoice.voided': invoiceVoidedData,
  'invoice.payment_changed': invoicePaymentChangedData,
} as const satisfies Record<SyncEventType, z.ZodType>;

export type SyncEventData<T extends SyncEventType> = z.output<(typeof SYNC_EVENT_DATA)[T]>;

const envelope = {
  eventId: z.string().min(1).max(200).describe('Unique per event; a repeat (at least once delivery) carries the same eventId: drop it'),
  tenantId: z.string().min(1).max(100).describe('The upstream account; also the message key'),
  occurredAt: z.string().regex(ISO_INSTANT, 'must be an ISO-8601 instant with a zone').describe('When the state change was committed (ISO-8601, UTC)'),
  version: z
    .number()
    .int()
    .min(1)
    .describe('Grows by one with every event about the entity (the customer or the invoice, across types): ignore an event whose version is not above the last one applied'),
};

function variant<T extends SyncEventType>(type: T) {
  return z.object({ ...envelope, type: z.literal(type), data: SYNC_EVENT_DATA[type] }).describe(`${type}: see the contract`);
}

/** A message value on the sync-events topic. */
export const syncEventSchema = z.discriminatedUnion('type', [
  variant('customer.linked'),
  variant('customer.held'),
  variant('invoice.synced'),
  variant('invoice.failed'),
  variant('invoice.voided'),
  variant('invoice.payment_changed'),
]);

export type SyncEvent = z.output<typeof syncEventSchema>;

/** The entity an event is about: its version counts events about that entity. */
export function entityOf<T extends SyncEventType>(type: T, data: SyncEventData<T>): { entityType: 'customer' | 'invoice'; entityId: string } {
  if ('customerId' in data) return { entityType: 'customer', entityId: data.customerId };
  if ('invoiceId' in data) return { entityType: 'invoice', entityId: data.invoiceId };
  throw new Error(`${type}: no entity id`);
}
