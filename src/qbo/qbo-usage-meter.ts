import { inject, injectable } from 'inversify';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';
import type { CallPurpose } from './qbo-call-purpose';

/** Intuit's two classes of Accounting API calls: Core (data in: writes, unmetered) and CorePlus (data out: reads, metered). */
export interface CallCost {
  core: number;
  corePlus: number;
}

export const CORE_CALL: CallCost = { core: 1, corePlus: 0 };
export const COREPLUS_CALL: CallCost = { core: 0, corePlus: 1 };

export interface UsageCounts {
  core: number;
  corePlus: number;
}

export interface TenantMonthUsage extends UsageCounts {
  /** The UTC month, `2026-11`. */
  month: string;
  byPurpose: Array<{ purpose: string } & UsageCounts>;
  today: UsageCounts;
}

/** `2026-11` for the UTC month of `at`. */
export function utcMonth(at = new Date()): string {
  return at.toISOString().slice(0, 7);
}

function monthBounds(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return [`${month}-01`, `${next}-01`];
}

/**
 * Counts every QuickBooks call the worker makes, per tenant, company, UTC day and purpose, as Core
 * or CorePlus, in Postgres (qbo_call_counts, migration 1763730100000): one upsert per call, into
 * the row of that tenant's day, so any number of processes count into the same rows. A batch
 * counts each of its items (a query item is CorePlus), as Intuit meters it.
 */
@injectable()
export class QboUsageMeter {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async record(tenantId: string, realmId: string, cost: CallCost, purpose: CallPurpose): Promise<void> {
    if (cost.core === 0 && cost.corePlus === 0) return;
    await this.db.query(
      `INSERT INTO qbo_call_counts (tenant_id, day, realm_id, purpose, core, core_plus)
       VALUES ($1, (now() AT TIME ZONE 'UTC')::date, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, day, realm_id, purpose)
       DO UPDATE SET core = qbo_call_counts.core + EXCLUDED.core, core_plus = qbo_call_counts.core_plus + EXCLUDED.core_plus`,
      [tenantId, realmId, purpose, cost.core, cost.corePlus],
    );
  }

  /** The app's calls this UTC month, every tenant together. */
  async appMonth(month = utcMonth()): Promise<UsageCounts> {
    const [from, to] = monthBounds(month);
    const rows = (await this.db.query(
      `SELECT COALESCE(sum(core), 0)::bigint::text AS core, COALESCE(sum(core_plus), 0)::bigint::text AS core_plus
         FROM qbo_call_counts WHERE day >= $1::date AND day < $2::date`,
      [from, to],
    )) as Array<{ core: string; core_plus: string }>;
    return { core: Number(rows[0]?.core ?? 0), corePlus: Number(rows[0]?.core_plus ?? 0) };
  }

  /** One tenant's calls this UTC month (every company it was connected to), by purpose, and today's. */
  async tenantMonth(tenantId: string, month = utcMonth()): Promise<TenantMonthUsage> {
    const [from, to] = monthBounds(month);
    const rows = (await this.db.query(
      `SELECT purpose, sum(core)::int AS core, sum(core_plus)::int AS core_plus,
              sum(core) FILTER (WHERE day = (now() AT TIME ZONE 'UTC')::date)::int AS core_today,
              sum(core_plus) FILTER (WHERE day = (now() AT TIME ZONE 'UTC')::date)::int AS core_plus_today
         FROM qbo_call_counts WHERE tenant_id = $1 AND day >= $2::date AND day < $3::date
        GROUP BY purpose ORDER BY purpose`,
      [tenantId, from, to],
    )) as Array<{ purpose: string; core: number; core_plus: number; core_today: number | null; core_plus_today: number | null }>;
    const out: TenantMonthUsage = { month, core: 0, corePlus: 0, byPurpose: [], today: { core: 0, corePlus: 0 } };
    for (const r of rows) {
      out.core += r.core;
      out.corePlus += r.core_plus;
      out.today.core += r.core_today ?? 0;
      out.today.corePlus += r.core_plus_today ?? 0;
      out.byPurpose.push({ purpose: r.purpose, core: r.core, corePlus: r.core_plus });
    }
    return out;
  }
}
