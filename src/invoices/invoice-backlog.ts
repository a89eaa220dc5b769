import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';

export interface ReasonCount {
  reason: string;
  count: number;
  /** A few of the invoices concerned: upstream id and number. */
  examples: Array<{ invoiceId: string; number: string | null }>;
}

export interface FailedInvoice {
  invoiceId: string;
  number: string | null;
  version: number;
  code: string | null;
  reason: string;
  since: Date;
}

export interface Backlog {
  /** Invoices whose latest version is not yet in QBO (ready, in flight, or waiting), failures excluded. */
  pending: number;
  /** When the oldest of them last changed upstream. */
  oldestPendingSince: Date | null;
  /** Ready for the next window. */
  ready: number;
  /** In a batch sent (or about to be) and not yet recorded. */
  inFlight: number;
  /** Waiting for something other than the window, with the reason. */
  waiting: ReasonCount[];
  waitingTotal: number;
  failed: FailedInvoice[];
  failedTotal: number;
  /** Issued before the sync start date: never sent unless already in QBO. */
  beforeStartDate: number;
  /** The date invoices are synced from (tenant setting, else the day the tenant connected). */
  syncFrom: string | null;
}

const READY = 'ready';
const IN_FLIGHT = 'in flight';
const BEFORE_START = 'before start';
const EXAMPLES = 5;

/**
 * Where every invoice of a tenant stands, in the words the status shows: one pass in SQL
 * classifying each pending invoice (invoices.sync_state, see the invoice-sync-state migration)
 * that is not yet in QBO at its latest version; failed and parked ones are counted through
 * their partial indexes. The cost follows what is waiting, not the tenant's history.
 */
@injectable()
export class InvoiceBacklog {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async read(tenantId: string, opts: { failedLimit?: number } = {}): Promise<Backlog> {
    const rows = (await this.dataSource.query(
      `WITH x AS (
         SELECT i.id, i.number, i.version, i.voided, i.updated_at, s.batch_id, s.qbo_invoice_id, s.waiting_reason,
                s.blocked_qbo_customer_id, s.failed_version, s.failure_code, s.failure_reason, s.updated_at AS sync_updated_at,
                l.status AS link_status, l.status_reason AS link_reason, l.qbo_customer_id AS link_qbo, c.deleted AS customer_deleted,
                i.customer_id, c.id AS known_customer,
                COALESCE(t.invoices_from, (qc.created_at AT TIME ZONE t.time_zone)::date) AS sync_from,
                i.issue_date
           FROM invoices i
           LEFT JOIN tenants t ON t.tenant_id = i.tenant_id
           LEFT JOIN qbo_connections qc ON qc.tenant_id = i.tenant_id
           LEFT JOIN invoice_sync s ON s.tenant_id = i.tenant_id AND s.invoice_id = i.id
           LEFT JOIN customer_links l ON l.tenant_id = i.tenant_id AND l.customer_id = i.customer_id
           LEFT JOIN customers c ON c.tenant_id = i.tenant_id AND c.id = i.customer_id
          WHERE i.tenant_id = $1 AND i.sync_state = 'pending'
            AND ((NOT i.voided AND (s.pushed_version IS NULL OR s.pushed_version < i.version))
                 OR (i.voided AND s.qbo_invoice_id IS NOT NULL AND NOT s.voided_in_qbo))
       ), classified AS (
         SELECT x.*,
           CASE
             WHEN failed_version IS NOT NULL AND failed_version >= version THEN 'failed'
             WHEN batch_id IS NOT NULL THEN '${IN_FLIGHT}'
             WHEN voided THEN '${READY}'
             WHEN qbo_invoice_id IS NULL AND sync_from IS NULL THEN 'no QuickBooks company connected yet'
             WHEN qbo_invoice_id IS NULL AND (issue_date IS NULL OR issue_date < sync_from) THEN '${BEFORE_START}'
             WHEN link_status IS NULL OR link_status = 'pending' THEN
               CASE WHEN known_customer IS NULL THEN 'customer not yet received (the invoice arrived before its customer)'
                    ELSE 'customer not yet matched' END
             WHEN link_status = 'review' THEN 'customer held for review' || COALESCE(': ' || link_reason, '')
             WHEN link_status = 'failed' THEN 'customer could not be linked' || COALESCE(': ' || link_reason, '')
             WHEN qbo_invoice_id IS NULL AND customer_deleted THEN 'customer deleted upstream: new invoices are not sent'
             WHEN blocked_qbo_customer_id IS NOT NULL AND blocked_qbo_customer_id = link_qbo THEN COALESCE(waiting_reason, 'customer inactive in QuickBooks')
             ELSE '${READY}'
           END AS state
         FROM x
       )
       SELECT state, count(*)::int AS n, min(updated_at) AS oldest,
              (array_agg(json_build_object('invoiceId', id, 'number', number) ORDER BY updated_at, id))[1:${EXAMPLES}] AS examples,
              max(sync_from)::text AS sync_from
         FROM classified GROUP BY state`,
      [tenantId],
    )) as Array<{ state: string; n: number; oldest: Date; examples: Array<{ invoiceId: string; number: string | null }>; sync_from: string | null }>;

    const failedRows = (await this.dataSource.query(
      `SELECT i.id, i.number, i.version, s.failure_code, s.failure_reason, s.updated_at
         FROM invoices i JOIN invoice_sync s ON s.tenant_id = i.tenant_id AND s.invoice_id = i.id
        WHERE i.tenant_id = $1 AND s.failed_version IS NOT NULL AND s.failed_version >= i.version
        ORDER BY s.updated_at DESC, i.id LIMIT $2`,
      [tenantId, opts.failedLimit ?? 50],
    )) as Array<{ id: string; number: string | null; version: string; failure_code: string | null; failure_reason: string | null; updated_at: Date }>;
    // Settled and parked invoices are counted through their partial indexes, never walked.
    const counts = (await this.dataSource.query(
      `SELECT COALESCE(t.invoices_from, (qc.created_at AT TIME ZONE t.time_zone)::date)::text AS d,
              (SELECT count(*)::int FROM invoices p WHERE p.tenant_id = t.tenant_id AND p.sync_state = 'parked') AS parked,
              (SELECT count(*)::int FROM invoice_sync s JOIN invoices i ON i.tenant_id = s.tenant_id AND i.id = s.invoice_id
                WHERE s.tenant_id = t.tenant_id AND s.failed_version IS NOT NULL AND s.failed_version >= i.version) AS failed
         FROM tenants t LEFT JOIN qbo_connections qc ON qc.tenant_id = t.tenant_id WHERE t.tenant_id = $1`,
      [tenantId],
    )) as Array<{ d: string | null; parked: number; failed: number }>;

    const b: Backlog = {
      pending: 0,
      oldestPendingSince: null,
      ready: 0,
      inFlight: 0,
      waiting: [],
      waitingTotal: 0,
      failed: failedRows.map((r) => ({
        invoiceId: r.id,
        number: r.number,
        version: Number(r.version),
        code: r.failure_code,
        reason: r.failure_reason ?? 'failed',
        since: new Date(r.updated_at),
      })),
      failedTotal: counts[0]?.failed ?? 0,
      beforeStartDate: counts[0]?.parked ?? 0,
      syncFrom: counts[0]?.d ?? null,
    };
    for (const r of rows) {
      if (r.state === 'failed') continue; // counted above, with those already settled
      if (r.state === BEFORE_START) {
        b.beforeStartDate += r.n; // not yet parked by a window
        continue;
      }
      b.pending += r.n;
      const oldest = new Date(r.oldest);
      if (b.oldestPendingSince === null || oldest < b.oldestPendingSince) b.oldestPendingSince = oldest;
      if (r.state === READY) b.ready = r.n;
      else if (r.state === IN_FLIGHT) b.inFlight = r.n;
      else {
        b.waiting.push({ reason: r.state, count: r.n, examples: r.examples });
        b.waitingTotal += r.n;
      }
    }
    b.waiting.sort((a, c) => c.count - a.count);
    return b;
  }
}
