import type { QboInvoiceBody } from '../domain/invoice-payload';
import type { UpstreamFigures } from '../domain/invoice-tax';

/** What one item of a persisted batch request does. */
export type InvoiceOperation = 'create' | 'update' | 'void';

/** One item of a batch as persisted before sending: enough to resend it byte for byte and to record its result. */
export interface PlannedItem {
  bId: string;
  invoiceId: string;
  /** The invoice number (DocNumber), for reports. */
  number: string | null;
  /** The upstream version this item brings to QBO. */
  version: number;
  operation: InvoiceOperation;
  qboCustomerId: string | null;
  /** The full body QBO will hold after this item (create/update), kept for the next sparse diff. */
  payload: QboInvoiceBody | null;
  /** The `Invoice` of the batch item exactly as sent. */
  invoice: Record<string, unknown>;
  /** What upstream said the invoice comes to, compared with QuickBooks' figures when applied (absent in batches persisted before). */
  upstream?: UpstreamFigures;
}

/** What QuickBooks answered about an applied create or update: its figures, as decimal text. */
export interface QboFigures {
  total: string | null;
  tax: string | null;
  balance: string | null;
  currency: string | null;
  /** The differences with upstream's figures in words, or null. */
  difference: string | null;
}

/** A batch request as persisted: its requestid is derived from its id and never changes. */
export interface PersistedBatch {
  id: string;
  tenantId: string;
  /** The company it was planned for (its CustomerRefs and invoice Ids are that company's): it is sent nowhere else. */
  realmId: string;
  windowId: string | null;
  requestId: string;
  items: PlannedItem[];
  attempts: number;
  createdAt: Date;
}

/** The result of one batch item, as written to invoice_sync. */
export type ItemOutcome =
  | { kind: 'applied'; item: PlannedItem; qboId: string; syncToken: string; docNumber: string | null; figures?: QboFigures }
  | { kind: 'failed'; item: PlannedItem; code: string; reason: string }
  | { kind: 'waiting'; item: PlannedItem; reason: string; blockedQboCustomerId: string | null }
  | { kind: 'check'; item: PlannedItem; check: 'lookup' | 'reread'; error: string }
  | { kind: 'retry'; item: PlannedItem; error: string };
