import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { WindowSchedule } from '../domain/window-schedule';
import { ConnectionStatus } from '../qbo/qbo-connection-repository';
import { TenantRepository } from './tenant-repository';
import { TenantSettings } from './tenant-settings';

/** The connection as people see it; `not_connected` when the tenant never connected a company. */
export interface ConnectionSummary {
  status: ConnectionStatus | 'not_connected';
  realmId: string | null;
  companyName: string | null;
  reason: string | null;
  connectedAt: Date | null;
  updatedAt: Date | null;
}

export interface TenantOverview {
  settings: TenantSettings;
  connection: ConnectionSummary;
  /** The next batch window by the tenant's schedule, or null if the schedule never fires. */
  nextWindow: Date | null;
  /** Set when the next window's local time does not exist that day (clocks go forward): when it runs instead. */
  nextWindowClockChange: string | null;
}

/** The next time `cron` fires in `timeZone` after `now`, or null (see WindowSchedule for clock changes). */
function nextOccurrence(cron: string, timeZone: string, now: Date): { at: Date; clockChange: string | null } | null {
  try {
    const schedule = WindowSchedule.parse(cron, timeZone);
    const next = schedule.next(now);
    return next === null ? null : { at: next.at, clockChange: schedule.clockChange(next) };
  } catch {
    return null;
  }
}

/**
 * A tenant's settings, its connection (from qbo_connections, without tokens) and its next
 * window: the part of the status that belongs to connecting. Null for an unknown tenant.
 */
@injectable()
export class ReadTenantOverview {
  constructor(
    @inject(TenantRepository) private readonly tenants: TenantRepository,
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async run(tenantId: string, now = new Date()): Promise<TenantOverview | null> {
    const settings = await this.tenants.find(tenantId);
    if (settings === null) return null;
    const rows = (await this.dataSource.query(
      `SELECT status, realm_id, company_name, status_reason, created_at, updated_at FROM qbo_connections WHERE tenant_id = $1`,
      [tenantId],
    )) as Array<{ status: ConnectionStatus; realm_id: string; company_name: string | null; status_reason: string | null; created_at: Date; updated_at: Date }>;
    const row = rows[0];
    const connection: ConnectionSummary = row
      ? {
          status: row.status,
          realmId: row.realm_id,
          companyName: row.company_name,
          reason: row.status_reason,
          connectedAt: new Date(row.created_at),
          updatedAt: new Date(row.updated_at),
        }
      : { status: 'not_connected', realmId: null, companyName: null, reason: null, connectedAt: null, updatedAt: null };
    const next = nextOccurrence(settings.batchCron, settings.timeZone, now);
    return { settings, connection, nextWindow: next?.at ?? null, nextWindowClockChange: next?.clockChange ?? null };
  }
}
