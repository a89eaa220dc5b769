import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';

export interface OpenNotice {
  id: string;
  /** 'company-changed', 'merge-followed', ... */
  kind: string;
  message: string;
  customerId: string | null;
  createdAt: Date;
}

/**
 * A tenant's notices (customer_link_notices: the company switched, QuickBooks merges followed,
 * a customer made inactive...) as the bookkeeper's page shows them: the open ones, newest first,
 * and their dismissal (acknowledged_at, kept in Postgres so every replica and every visit agree).
 */
@injectable()
export class TenantNotices {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async open(tenantId: string, limit = 20): Promise<{ notices: OpenNotice[]; total: number }> {
    const rows = (await this.dataSource.query(
      `SELECT id, kind, message, customer_id, created_at, count(*) OVER () AS total FROM customer_link_notices
        WHERE tenant_id = $1 AND acknowledged_at IS NULL ORDER BY id DESC LIMIT $2`,
      [tenantId, limit],
    )) as Array<{ id: string; kind: string; message: string; customer_id: string | null; created_at: Date; total: string }>;
    return {
      notices: rows.map((r) => ({ id: String(r.id), kind: r.kind, message: r.message, customerId: r.customer_id, createdAt: new Date(r.created_at) })),
      total: rows[0] ? Number(rows[0].total) : 0,
    };
  }

  /** Dismisses one open notice of the tenant; false when there is none with that id (or it was dismissed already). */
  async dismiss(tenantId: string, id: string): Promise<boolean> {
    if (!/^\d{1,18}$/.test(id)) return false;
    const res = (await this.dataSource.query(
      `UPDATE customer_link_notices SET acknowledged_at = now() WHERE tenant_id = $1 AND id = $2 AND acknowledged_at IS NULL`,
      [tenantId, id],
    )) as [unknown[], number];
    return res[1] === 1;
  }
}
