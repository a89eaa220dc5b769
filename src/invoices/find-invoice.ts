import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';
import { upstreamInvoiceAmount } from './invoice-amount';

/** Where one invoice stands with QuickBooks, as a bookkeeper asks it ("where is INV-1042?"). */
export type FoundInvoiceState =
  /** Its customer is not linked to a QuickBooks customer yet (`detail` says why). */
  | 'waiting-customer'
  /** Waiting for something else (an inactive QuickBooks customer, a reconnect...): `detail`. */
  | 'waiting'
  /** Issued before the date invoices are sent from: never sent. */
  | 'before-start'
  /** Goes out in the next run (new, or a change of an invoice already in QuickBooks). */
  | 'pending'
  /** In a run right now. */
  | 'sending'
  /** In QuickBooks at its latest version. */
  | 'sent'
  /** QuickBooks refused it: `detail` has the reason. */
  | 'failed'
  /** Voided upstream (and in QuickBooks when it was there). */
  | 'voided';

export interface FoundInvoice {
  invoiceId: string;
  number: string | null;
  customerName: string | null;
  amount: string | null;
  currency: string | null;
  issueDate: string | null;
  state: FoundInvoiceState;
  detail: string | null;
  failureCode: string | null;
  conflictQboInvoiceId: string | null;
  qboInvoiceId: string | null;
  qboDocNumber: string | null;
  sentAt: Date | null;
  paidState: 'unpaid' | 'partly-paid' | 'paid' | null;
  qboBalance: string | null;
  qboTotal: string | null;
}

const MAX_FOUND = 10;

/**
 * An invoice by its number (trimmed, any case; its upstream id also matches), at most ten,
 * newest first, each with its state: waiting for its customer, pending, sent with QuickBooks'
 * number and payments, failed with the reason.
 */
@injectable()
export class FindInvoice {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async run(tenantId: string, numberOrId: string): Promise<FoundInvoice[]> {
    const wanted = numberOrId.trim();
    if (wanted === '' || wanted.includes('\u0000')) return []; // Postgres text cannot hold NUL: nothing has it
    const rows = (await this.db.query(
      `SELECT i.id, i.number, i.version, i.voided, i.sync_state, COALESCE(i.currency, cl.home_currency) AS currency, i.issue_date::text AS issue_date, i.lines, i.data,
              COALESCE(c.display_name, c.company_name, NULLIF(concat_ws(' ', c.given_name, c.family_name), '')) AS customer_name,
              c.id AS known_customer, l.status AS link_status, l.status_reason AS link_reason,
              s.batch_id, s.qbo_invoice_id, s.qbo_doc_number, s.pushed_version, s.pushed_at, s.voided_in_qbo, s.failed_version,
              s.failure_code, s.failure_reason, s.conflict_qbo_invoice_id, s.waiting_reason, s.blocked_qbo_customer_id,
              s.paid_state, s.qbo_balance::text AS qbo_balance, s.qbo_total::text AS qbo_total, l.qbo_customer_id AS link_qbo
         FROM invoices i
         LEFT JOIN invoice_sync s ON s.tenant_id = i.tenant_id AND s.invoice_id = i.id
         LEFT JOIN customers c ON c.tenant_id = i.tenant_id AND c.id = i.customer_id
         LEFT JOIN qbo_company_lists cl ON cl.tenant_id = i.tenant_id
         LEFT JOIN customer_links l ON l.tenant_id = i.tenant_id AND l.customer_id = i.customer_id
        WHERE i.tenant_id = $1 AND (lower(btrim(i.number)) = lower($2) OR i.id = $2)
        ORDER BY i.updated_at DESC, i.id LIMIT ${MAX_FOUND}`,
      [tenantId, wanted],
    )) as Row[];
    return rows.map(toFound);
  }
}

interface Row {
  id: string;
  number: string | null;
  version: string;
  voided: boolean;
  sync_state: string;
  currency: string | null;
  issue_date: string | null;
  lines: unknown;
  data: unknown;
  customer_name: string | null;
  known_customer: string | null;
  link_status: string | null;
  link_reason: string | null;
  link_qbo: string | null;
  batch_id: string | null;
  qbo_invoice_id: string | null;
  qbo_doc_number: string | null;
  pushed_version: string | null;
  pushed_at: Date | null;
  voided_in_qbo: boolean | null;
  failed_version: string | null;
  failure_code: string | null;
  failure_reason: string | null;
  conflict_qbo_invoice_id: string | null;
  waiting_reason: string | null;
  blocked_qbo_customer_id: string | null;
  paid_state: 'unpaid' | 'partly-paid' | 'paid' | null;
  qbo_balance: string | null;
  qbo_total: string | null;
}

function stateOf(r: Row): { state: FoundInvoiceState; detail: string | null } {
  const version = Number(r.version);
  if (r.voided) {
    return r.qbo_invoice_id === null || r.voided_in_qbo === true
      ? { state: 'voided', detail: r.qbo_invoice_id === null ? 'voided before it was sent' : 'voided in QuickBooks too' }
      : { state: r.batch_id !== null ? 'sending' : 'pending', detail: 'its void is sent to QuickBooks in the next run' };
  }
  if (r.failed_version !== null && Number(r.failed_version) >= version) return { state: 'failed', detail: r.failure_reason };
  if (r.batch_id !== null) return { state: 'sending', detail: null };
  if (r.pushed_version !== null && Number(r.pushed_version) >= version) return { state: 'sent', detail: null };
  if (r.sync_state === 'parked') return { state: 'before-start', detail: null };
  if (r.known_customer === null) return { state: 'waiting-customer', detail: 'its customer has not been received yet' };
  if (r.link_status === null || r.link_status === 'pending') return { state: 'waiting-customer', detail: 'its customer is being matched to a QuickBooks customer' };
  if (r.link_status === 'review') return { state: 'waiting-customer', detail: 'its customer is held for your review (see “Customers held for review”)' };
  if (r.link_status !== 'linked') return { state: 'waiting-customer', detail: r.link_reason ?? 'its customer could not be linked' };
  if (r.blocked_qbo_customer_id !== null && r.blocked_qbo_customer_id === r.link_qbo) return { state: 'waiting', detail: r.waiting_reason ?? 'its QuickBooks customer is inactive' };
  return { state: 'pending', detail: r.qbo_invoice_id !== null ? 'a change of it goes to QuickBooks in the next run' : null };
}

function toFound(r: Row): FoundInvoice {
  const { state, detail } = stateOf(r);
  return {
    invoiceId: r.id,
    number: r.number,
    customerName: r.customer_name,
    amount: upstreamInvoiceAmount(r.lines, r.data),
    currency: r.currency,
    issueDate: r.issue_date,
    state,
    detail,
    failureCode: state === 'failed' ? r.failure_code : null,
    conflictQboInvoiceId: state === 'failed' ? r.conflict_qbo_invoice_id : null,
    qboInvoiceId: r.qbo_invoice_id,
    qboDocNumber: r.qbo_doc_number,
    sentAt: r.pushed_at,
    paidState: r.paid_state,
    qboBalance: r.qbo_balance,
    qboTotal: r.qbo_total,
  };
}
