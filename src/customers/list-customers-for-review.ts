import { DataSource } from 'typeorm';
import { CustomerDecisionLog } from './customer-decision-log';
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

/** Customers held for an operator (ambiguous under the 'review' policy, or linked to an inactive QBO customer), and open notices. */
export class ListCustomersForReview {
  constructor(
    private readonly db: DataSource,
    private readonly decisions: CustomerDecisionLog,
  ) {}

  async run(tenantId: string): Promise<{ tenantId: string; customers: CustomerForReview[]; notices: Notice[] }> {
    const rows: Array<{
      customer_id: string;
      display_name: string | null;
      email: string | null;
      status_reason: string | null;
      qbo_customer_id: string | null;
      updated_at: Date;
      waiting: string;
    }> = await this.db.query(
      `SELECT l.customer_id, c.display_name, c.email, l.status_reason, l.qbo_customer_id, l.updated_at,
              (SELECT count(*) FROM invoices i WHERE i.tenant_id = l.tenant_id AND i.customer_id = l.customer_id AND NOT i.voided) AS waiting
       FROM customer_links l LEFT JOIN customers c ON c.tenant_id = l.tenant_id AND c.id = l.customer_id
       WHERE l.tenant_id = $1 AND l.status = 'review' ORDER BY l.updated_at, l.customer_id`,
      [tenantId],
    );
    const customers: CustomerForReview[] = [];
    for (const r of rows) {
      const latest = await this.decisions.latest(tenantId, r.customer_id);
      customers.push({
        customerId: r.customer_id,
        displayName: r.display_name,
        email: r.email,
        reason: r.status_reason,
        qboCustomerId: r.qbo_customer_id,
        candidates: latest?.candidates ?? [],
        waitingInvoices: Number(r.waiting),
        since: r.updated_at.toISOString(),
      });
    }
    const notices: Array<{ id: string; customer_id: string | null; qbo_customer_id: string | null; kind: string; message: string; created_at: Date }> = await this.db.query(
      `SELECT id, customer_id, qbo_customer_id, kind, message, created_at FROM customer_link_notices
       WHERE tenant_id = $1 AND acknowledged_at IS NULL ORDER BY id DESC LIMIT 200`,
      [tenantId],
    );
    return {
      tenantId,
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
