import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';

export interface TenantHealth {
  tenantId: string;
  enabled: boolean;
  connection: string;
  /** Invoices not yet in QuickBooks at their latest version (failures included). */
  pending: number;
  failed: number;
  oldestPendingSince: string | null;
  lastWindow: { id: string; status: string; startedAt: string; finishedAt: string | null } | null;
  deadLettersOpen: number;
  /** ok, or what needs an operator (needs_reconnect, failed invoices, last window incomplete, dead letters). */
  health: 'ok' | 'attention' | 'disabled';
  problems: string[];
}

interface Row {
  tenant_id: string;
  enabled: boolean;
  connection: string | null;
  pending: number;
  failed: number;
  oldest: Date | null;
  w_id: string | null;
  w_status: string | null;
  w_started: Date | null;
  w_finished: Date | null;
  dead: number;
}

/**
 * Every tenant with its backlog and health, a page at a time by tenant id: one statement per
 * page (counts through the partial indexes on pending and failed invoices, the newest window by
 * its index), for `GET /api/tenants/health`.
 */
@injectable()
export class ListTenantHealth {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async run(limit: number, after: string | null): Promise<TenantHealth[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.tenant_id, t.enabled, c.status AS connection,
              (SELECT count(*)::int FROM invoices i WHERE i.tenant_id = t.tenant_id AND i.sync_state = 'pending') AS pending,
              (SELECT count(*)::int FROM invoice_sync s JOIN invoices i ON i.tenant_id = s.tenant_id AND i.id = s.invoice_id
                WHERE s.tenant_id = t.tenant_id AND s.failed_version IS NOT NULL AND s.failed_version >= i.version) AS failed,
              (SELECT min(i.updated_at) FROM invoices i WHERE i.tenant_id = t.tenant_id AND i.sync_state = 'pending') AS oldest,
              w.id::text AS w_id, w.status AS w_status, w.started_at AS w_started, w.finished_at AS w_finished,
              (SELECT count(*)::int FROM dead_letters d WHERE d.tenant_id = t.tenant_id AND d.redriven_at IS NULL) AS dead
         FROM tenants t
         LEFT JOIN qbo_connections c ON c.tenant_id = t.tenant_id
         LEFT JOIN LATERAL (SELECT id, status, started_at, finished_at FROM invoice_windows w
                             WHERE w.tenant_id = t.tenant_id ORDER BY started_at DESC, id DESC LIMIT 1) w ON true
        WHERE ($2::text IS NULL OR t.tenant_id > $2)
        ORDER BY t.tenant_id LIMIT $1`,
      [limit, after],
    )) as Row[];
    return rows.map(toHealth);
  }
}

function toHealth(r: Row): TenantHealth {
  const connection = r.connection ?? 'not_connected';
  const problems: string[] = [];
  if (r.enabled) {
    if (connection !== 'connected') problems.push(`QuickBooks connection: ${connection}`);
    if (r.failed > 0) problems.push(`${r.failed} invoice(s) failed`);
    if (r.w_status === 'incomplete') problems.push('the last window was incomplete');
  }
  if (r.dead > 0) problems.push(`${r.dead} dead letter(s) not redriven`);
  return {
    tenantId: r.tenant_id,
    enabled: r.enabled,
    connection,
    pending: r.pending,
    failed: r.failed,
    oldestPendingSince: r.oldest ? new Date(r.oldest).toISOString() : null,
    lastWindow:
      r.w_id === null || r.w_status === null || r.w_started === null
        ? null
        : { id: r.w_id, status: r.w_status, startedAt: new Date(r.w_started).toISOString(), finishedAt: r.w_finished ? new Date(r.w_finished).toISOString() : null },
    deadLettersOpen: r.dead,
    health: !r.enabled ? 'disabled' : problems.length > 0 ? 'attention' : 'ok',
    problems,
  };
}
