import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { WeighedCandidate } from '../domain/linkage/linkage-decision';

export interface CustomerForReview {
  customerId: string;
  displayName: string | null;
  email: string | null;
  reason: string | null;
  /** The QBO customer it is (still) linked to, when held because that customer went inactive. */
  qboCustomerId: string | null;
  candidates: WeighedCandidate[];
  waitingInvoices: number;
  since: string;
}

export interface Notice {
  id: string;
  customerId: string | null;
  qboCustomerId: string | null;
  kind: string;
  message: string;
  createdAt: string;
}

/** How many customers held for review one read lists at most (the total is always exact). */
export const MAX_REVIEW_LIST = 200;

/**
 * Customers held for an operator (ambiguous under the 'review' policy, or linked to an inactive
 * QBO customer), oldest first, at most `limit` of them with the exact total, each with the
 * candidates of its latest decision; and open notices. A fixed number of queries, whatever the
 * number of customers.
 */
@injectable()
export class ListCustomersForReview {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async run(tenantId: string, { limit = MAX_REVIEW_LIST, customerId }: { limit?: number; customerId?: string } = {}): Promise<{ tenantId: string; total: number; customers: CustomerForReview[]; notices: Notice[] }> {
    const rows: Array<{
      customer_id: string;
      display_name: string | null;
      email: string | null;
      status_reason: string | null;
      qbo_customer_id: string | null;
      updated_at: Date;
      waiting: string;
      candidates: WeighedCandidate[] | null;
    }> = await this.db.query(
      `SELECT l.customer_id, c.display_name, c.email, l.status_reason, l.qbo_customer_id, l.updated_at,
              (SELECT count(*) FROM invoices i WHERE i.tenant_id = l.tenant_id AND i.customer_id = l.customer_id AND NOT i.voided) AS waiting,
              (SELECT d.candidates FROM customer_decisions d WHERE d.tenant_id = l.tenant_id AND d.customer_id = l.customer_id
                ORDER BY d.id DESC LIMIT 1) AS candidates
         FROM (SELECT * FROM customer_links WHERE tenant_id = $1 AND status = 'review' AND ($3::text IS NULL OR customer_id = $3)
                ORDER BY updated_at, customer_id LIMIT $2) l
         LEFT JOIN customers c ON c.tenant_id = l.tenant_id AND c.id = l.customer_id
        ORDER BY l.updated_at, l.customer_id`,
      [tenantId, limit, customerId ?? null],
    );
    const total: Array<{ n: number }> = await this.db.query(
      `SELECT count(*)::int AS n FROM customer_links WHERE tenant_id = $1 AND status = 'review'`,
      [tenantId],
    );
    const customers: CustomerForReview[] = rows.map((r) => ({
      customerId: r.customer_id,
      displayName: r.display_name,
      email: r.email,
      reason: r.status_reason,
      qboCustomerId: r.qbo_customer_id,
      candidates: r.candidates ?? [],
      waitingInvoices: Number(r.waiting),
      since: r.updated_at.toISOString(),
    }));
    const notices: Array<{ id: string; customer_id: string | null; qbo_customer_id: string | null; kind: string; message: string; created_at: Date }> = await this.db.query(
      `SELECT id, customer_id, qbo_customer_id, kind, message, created_at FROM customer_link_notices
       WHERE tenant_id = $1 AND acknowledged_at IS NULL ORDER BY id DESC LIMIT 200`,
      [tenantId],
    );
    return {
      tenantId,
      total: total[0]?.n ?? customers.length,
      customers,
      notices: notices.map((n) => ({
        id: n.id,
        customerId: n.customer_id,
        qboCustomerId: n.qbo_customer_id,
        kind: n.kind,
        message: n.message,
        createdAt: n.created_at.toISOString(),
      })),
    };
  }
}
