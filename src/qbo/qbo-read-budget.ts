// Longer than the house's ~300 lines on purpose: the budget (admit, warn) and the refusal state
// (judge, record, probe, clear) read and write the same two tables and one cached state; split,
// each half would need the other's cache invalidation.
import { inject, injectable, ServiceIdentifier } from 'inversify';
import type { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { DATA_SOURCE, LOGGER } from '../tokens';
import type { CallLabel, CallPurpose } from './qbo-call-purpose';
import { QboError } from './qbo-error';
import { CallCost, QboUsageMeter, UsageCounts, utcMonth } from './qbo-usage-meter';

/** The app's monthly read budget (QBO_COREPLUS_*). */
export interface ReadBudgetSettings {
  /** CorePlus calls the app may spend per UTC month across every company (Intuit's free tier: 500,000). */
  monthlyCorePlusBudget: number;
  /** Past this share (percent) of the budget, backstop reads wait and operators are warned. */
  warnPercent: number;
  /** While QuickBooks refuses reads, one read is let through this often to see whether it answers again. */
  probeIntervalMs: number;
  /** How long a process trusts the month's total it read (default 30 s). */
  totalCacheMs?: number;
  /** How long a process trusts the refusal state it read (default 2 s). */
  stateCacheMs?: number;
}

export const READ_BUDGET_SETTINGS: ServiceIdentifier<ReadBudgetSettings> = Symbol.for('ReadBudgetSettings');

/** What the policy learns from a 403 / 3100 to a read. */
export interface RefusalVerdict {
  /** app: QuickBooks refuses the app's reads (its monthly cap); company: this company's reads, cause unknown yet; rights: the company's rights are gone. */
  scope: 'app' | 'company' | 'rights';
  reason: string;
}

/** One read of another tenant's company, to tell the app's cap from one company's rights: 'ok', 'refused' (403 / 3100) or 'unknown'. */
export type ProbeRead = (tenantId: string) => Promise<'ok' | 'refused' | 'unknown'>;

export interface ReadsRefused {
  scope: 'app' | 'company';
  since: string;
  reason: string;
  nextProbeAt: string;
}

export interface ReadBudgetStatus {
  month: string;
  app: UsageCounts;
  budget: number;
  warnPercent: number;
  /** CorePlus spent this month as a share of the budget, in percent (one decimal). */
  sharePercent: number;
  /** True while backstop reads wait (past the warning share). */
  backstopDeferred: boolean;
  /** Set while QuickBooks refuses reads: app-wide, or of the given company. */
  readsRefused: ReadsRefused | null;
}

interface AppRow {
  refused_month: string | null;
  refused_since: Date | null;
  refused_reason: string | null;
  probe_at: Date | null;
}

interface RealmRow {
  realm_id: string;
  tenant_id: string;
  month: string;
  refused_at: Date;
  probe_at: Date;
}

interface State {
  at: number;
  app: AppRow;
  realms: Map<string, RealmRow>;
}

/** How recently another company's reads must have been refused for two refusals to mean the app. */
const SAME_CAUSE_MS = 3_600_000;

/**
 * Spends the app's reads like money. Every call the policy makes is counted (QboUsageMeter) and
 * every read asks first (`admit`):
 * - past `warnPercent` of the monthly CorePlus budget, reads labelled deferrable (the CDC backstop,
 *   periodic re-reads: withCallPurpose) wait, and one warning is logged per crossing (a month, a
 *   budget), by whichever replica crosses first;
 * - while QuickBooks refuses the app's reads (its monthly cap: the emulator answers 403 / 3100 by
 *   default, or 429), every read waits, and one read per `probeIntervalMs` is let through to see
 *   whether they are answered again; the refusal ends by itself with the UTC month.
 * Writes are never held back here. A 403 / 3100 to a read is not taken for lost rights: it is the
 * app's cap when the app's count has reached the budget, when another company's reads were refused
 * within the hour, or when one read of another company is refused too; it is this company's rights
 * when that read of another company is answered; with no other company to ask, only this company's
 * reads wait (a write of it, refused too, then shows lost rights). The state lives in Postgres, so
 * every replica and the CLI share it.
 */
@injectable()
export class QboReadBudget {
  private readonly logger: Logger;
  private state: State | null = null;
  private total: { at: number; month: string; counts: UsageCounts } | null = null;
  private readonly totalCacheMs: number;
  private readonly stateCacheMs: number;

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(QboUsageMeter) private readonly meter: QboUsageMeter,
    @inject(READ_BUDGET_SETTINGS) private readonly settings: ReadBudgetSettings,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'qbo-budget' });
    this.totalCacheMs = settings.totalCacheMs ?? 30_000;
    this.stateCacheMs = settings.stateCacheMs ?? 2_000;
  }

  /** Counts one call (after it was answered, or after its outcome became unknown). */
  async record(tenantId: string, realmId: string, cost: CallCost, purpose: CallPurpose): Promise<void> {
    await this.meter.record(tenantId, realmId, cost, purpose);
    if (cost.corePlus > 0) await this.monthTotal(); // refreshes at most every totalCacheMs, warning on a crossing
  }

  /** Before a read of `realmId`: resolves when it may be sent, throws a QboError 'deferred' when it must wait. */
  async admit(realmId: string, label: CallLabel): Promise<void> {
    const month = utcMonth();
    const st = await this.current();
    if (st.app.refused_month === month && !(await this.claimAppProbe(st.app))) {
      throw deferredError('READS_REFUSED', `QuickBooks refuses this app's reads (${st.app.refused_reason ?? 'its monthly read budget is spent'}); reads wait, writes go on.`);
    }
    const realm = st.realms.get(realmId);
    if (realm !== undefined && realm.month === month && !(await this.claimRealmProbe(realm))) {
      throw deferredError(
        'READS_REFUSED',
        'QuickBooks refuses reads of this company (403 / 3100): the app\'s monthly read budget may be spent, or its rights withdrawn; reads wait, writes go on (a refused write means a reconnect is needed).',
      );
    }
    if (label.deferrable) {
      const total = await this.monthTotal();
      if (total.corePlus >= this.warnAt()) {
        throw deferredError(
          'READS_DEFERRED',
          `The app has spent ${total.corePlus} of its ${this.settings.monthlyCorePlusBudget} QuickBooks reads this month (past ${this.settings.warnPercent}%): backstop reads wait until next month or a higher QBO_COREPLUS_MONTHLY_BUDGET.`,
        );
      }
    }
  }

  /** A read of `realmId` was answered: whatever refusal was recorded is over. */
  async readAnswered(realmId: string): Promise<void> {
    const st = await this.current();
    const appRefused = st.app.refused_month !== null;
    const realmRefused = st.realms.has(realmId);
    if (!appRefused && !realmRefused) return;
    if (appRefused) {
      const res = (await this.db.query(
        `UPDATE qbo_app_reads SET refused_month = NULL, refused_since = NULL, refused_reason = NULL, probe_at = NULL WHERE refused_month IS NOT NULL RETURNING 1`,
      )) as [unknown[], number];
      if (res[1] > 0) this.logger.warn({ event: 'qbo_reads_answered_again', realmId }, 'QuickBooks answers this app\'s reads again');
    }
    await this.db.query(`DELETE FROM qbo_realm_read_refusals WHERE realm_id = $1`, [realmId]);
    this.state = null;
  }

  /** A write to `realmId` was refused with 403 / 3100: its rights are gone (the connection is marked by the caller). */
  async rightsLost(realmId: string): Promise<void> {
    await this.db.query(`DELETE FROM qbo_realm_read_refusals WHERE realm_id = $1`, [realmId]);
    this.state = null;
  }

  /** A read of `realmId` (tenant `tenantId`) was refused with 403 / 3100: decides why, and records it. */
  async readRefused(tenantId: string, realmId: string, probe: ProbeRead): Promise<RefusalVerdict> {
    const month = utcMonth();
    this.state = null;
    const st = await this.current();
    const total = await this.monthTotal(true);
    let verdict: RefusalVerdict;
    if (st.app.refused_month === month) {
      verdict = { scope: 'app', reason: st.app.refused_reason ?? 'the monthly read budget is spent' };
    } else if (total.corePlus >= this.settings.monthlyCorePlusBudget) {
      verdict = { scope: 'app', reason: `the app has made ${total.corePlus} reads this month, its budget is ${this.settings.monthlyCorePlusBudget}` };
    } else if ([...st.realms.values()].some((r) => r.realm_id !== realmId && r.month === month && Date.now() - r.refused_at.getTime() < SAME_CAUSE_MS)) {
      verdict = { scope: 'app', reason: 'QuickBooks refuses the reads of several companies: the app\'s monthly read budget is spent' };
    } else {
      const other = await this.otherTenant(realmId);
      const answer = other === null ? 'unknown' : await probe(other);
      verdict =
        answer === 'refused'
          ? { scope: 'app', reason: 'QuickBooks refuses the reads of other companies too: the app\'s monthly read budget is spent' }
          : answer === 'ok'
            ? { scope: 'rights', reason: 'QuickBooks answers other companies\' reads: this company withdrew the app\'s rights' }
            : { scope: 'company', reason: 'QuickBooks refuses this company\'s reads; with no other company to compare, the cause is not known yet' };
    }
    if (verdict.scope === 'app') await this.recordAppRefusal(month, verdict.reason, total);
    else if (verdict.scope === 'company') {
      await this.db.query(
        `INSERT INTO qbo_realm_read_refusals (realm_id, tenant_id, month, refused_at, probe_at)
         VALUES ($1, $2, $3, now(), now() + $4 * interval '1 millisecond')
         ON CONFLICT (realm_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, probe_at = EXCLUDED.probe_at,
           refused_at = CASE WHEN qbo_realm_read_refusals.month = EXCLUDED.month THEN qbo_realm_read_refusals.refused_at ELSE now() END,
           month = EXCLUDED.month`,
        [realmId, tenantId, month, this.settings.probeIntervalMs],
      );
      this.logger.warn({ event: 'qbo_company_reads_refused', tenantId, realmId }, 'QuickBooks refused a read of this company (403 / 3100); its reads wait, its writes go on');
    } else {
      await this.rightsLost(realmId);
    }
    this.state = null;
    return verdict;
  }

  /**
   * A read was throttled (429). QuickBooks may answer its monthly cap that way too (the emulator's
   * `usage.overCapAnswer: "throttle"`): when the app has already reached its budget (or its reads
   * are refused), it is taken for the cap (true: the read waits, the company is not paused); otherwise
   * it is plain throttling (false).
   */
  async readThrottled(): Promise<boolean> {
    const month = utcMonth();
    this.state = null;
    const st = await this.current();
    const total = await this.monthTotal(true);
    if (st.app.refused_month !== month && total.corePlus < this.settings.monthlyCorePlusBudget) return false;
    await this.recordAppRefusal(month, st.app.refused_reason ?? `the app has made ${total.corePlus} reads this month, its budget is ${this.settings.monthlyCorePlusBudget}`, total);
    this.state = null;
    return true;
  }

  /** For the status: the month's spending and whether reads wait. */
  async status(realmId: string | null): Promise<ReadBudgetStatus> {
    const month = utcMonth();
    const [st, total] = await Promise.all([this.current(true), this.monthTotal(true)]);
    const budget = this.settings.monthlyCorePlusBudget;
    let readsRefused: ReadsRefused | null = null;
    if (st.app.refused_month === month && st.app.refused_since !== null) {
      readsRefused = {
        scope: 'app',
        since: st.app.refused_since.toISOString(),
        reason: st.app.refused_reason ?? 'the monthly read budget is spent',
        nextProbeAt: (st.app.probe_at ?? st.app.refused_since).toISOString(),
      };
    } else {
      const r = realmId === null ? undefined : st.realms.get(realmId);
      if (r !== undefined && r.month === month) {
        readsRefused = { scope: 'company', since: r.refused_at.toISOString(), reason: 'QuickBooks refuses this company\'s reads (403 / 3100)', nextProbeAt: r.probe_at.toISOString() };
      }
    }
    return {
      month,
      app: total,
      budget,
      warnPercent: this.settings.warnPercent,
      sharePercent: budget === 0 ? 100 : Math.round((total.corePlus / budget) * 1000) / 10,
      backstopDeferred: total.corePlus >= this.warnAt(),
      readsRefused,
    };
  }

  private warnAt(): number {
    return (this.settings.monthlyCorePlusBudget * this.settings.warnPercent) / 100;
  }

  /** The app's calls this month (cached); a crossing of the warning share is logged once, by one replica. */
  private async monthTotal(fresh = false): Promise<UsageCounts> {
    const month = utcMonth();
    const c = this.total;
    if (!fresh && c !== null && c.month === month && Date.now() - c.at < this.totalCacheMs) return c.counts;
    const counts = await this.meter.appMonth(month);
    this.total = { at: Date.now(), month, counts };
    if (counts.corePlus >= this.warnAt()) await this.warnOnce(month, counts);
    return counts;
  }

  private async warnOnce(month: string, counts: UsageCounts): Promise<void> {
    const key = `${month}:${this.settings.monthlyCorePlusBudget}:${this.settings.warnPercent}`;
    const res = (await this.db.query(`UPDATE qbo_app_reads SET warned_key = $1, warned_at = now() WHERE warned_key IS DISTINCT FROM $1 RETURNING 1`, [key])) as [
      unknown[],
      number,
    ];
    if (res[1] === 0) return;
    this.logger.warn(
      {
        event: 'qbo_read_budget_warning',
        month,
        corePlus: counts.corePlus,
        budget: this.settings.monthlyCorePlusBudget,
        warnPercent: this.settings.warnPercent,
        sharePercent: Math.round((counts.corePlus / Math.max(1, this.settings.monthlyCorePlusBudget)) * 1000) / 10,
      },
      'QuickBooks read budget: past the warning share this month; backstop reads (CDC catch-ups, periodic re-reads) wait, writes go on',
    );
  }

  private async recordAppRefusal(month: string, reason: string, total: UsageCounts): Promise<void> {
    const rows = (await this.db.query(
      `UPDATE qbo_app_reads SET
         refused_since = CASE WHEN refused_month IS NOT DISTINCT FROM $1 THEN refused_since ELSE now() END,
         refused_reason = CASE WHEN refused_month IS NOT DISTINCT FROM $1 THEN refused_reason ELSE $2 END,
         probe_at = now() + $3 * interval '1 millisecond',
         refused_month = $1
       RETURNING (refused_since = now()) AS started`,
      [month, reason, this.settings.probeIntervalMs],
    )) as [Array<{ started: boolean }>, number];
    if (rows[0]?.[0]?.started === true) {
      this.logger.warn(
        { event: 'qbo_app_reads_refused', month, corePlus: total.corePlus, budget: this.settings.monthlyCorePlusBudget, reason },
        'QuickBooks refuses this app\'s reads (monthly read budget exhausted): every read waits, writes go on; one read is tried again every probe interval',
      );
    }
  }

  /** True when this caller may send the one probe read now (claimed in Postgres across replicas). */
  private async claimAppProbe(app: AppRow): Promise<boolean> {
    if (app.probe_at !== null && app.probe_at.getTime() > Date.now()) return false;
    const res = (await this.db.query(
      `UPDATE qbo_app_reads SET probe_at = now() + $1 * interval '1 millisecond' WHERE refused_month IS NOT NULL AND (probe_at IS NULL OR probe_at <= now()) RETURNING 1`,
      [this.settings.probeIntervalMs],
    )) as [unknown[], number];
    this.state = null;
    return res[1] > 0;
  }

  private async claimRealmProbe(realm: RealmRow): Promise<boolean> {
    if (realm.probe_at.getTime() > Date.now()) return false;
    const res = (await this.db.query(
      `UPDATE qbo_realm_read_refusals SET probe_at = now() + $2 * interval '1 millisecond' WHERE realm_id = $1 AND probe_at <= now() RETURNING 1`,
      [realm.realm_id, this.settings.probeIntervalMs],
    )) as [unknown[], number];
    this.state = null;
    return res[1] > 0;
  }

  /** A connected tenant of another company whose reads are not known to be refused: the one to probe. */
  private async otherTenant(realmId: string): Promise<string | null> {
    const rows = (await this.db.query(
      `SELECT q.tenant_id FROM qbo_connections q
        WHERE q.status = 'connected' AND q.realm_id <> $1
          AND NOT EXISTS (SELECT 1 FROM qbo_realm_read_refusals r WHERE r.realm_id = q.realm_id)
        ORDER BY (SELECT max(c.day) FROM qbo_call_counts c WHERE c.tenant_id = q.tenant_id AND c.core_plus > 0) DESC NULLS LAST, q.tenant_id
        LIMIT 1`,
      [realmId],
    )) as Array<{ tenant_id: string }>;
    return rows[0]?.tenant_id ?? null;
  }

  private async current(fresh = false): Promise<State> {
    const s = this.state;
    if (!fresh && s !== null && Date.now() - s.at < this.stateCacheMs) return s;
    const [apps, realms] = await Promise.all([
      this.db.query(`SELECT refused_month, refused_since, refused_reason, probe_at FROM qbo_app_reads LIMIT 1`) as Promise<AppRow[]>,
      this.db.query(`SELECT realm_id, tenant_id, month, refused_at, probe_at FROM qbo_realm_read_refusals`) as Promise<RealmRow[]>,
    ]);
    const app = apps[0] ?? { refused_month: null, refused_since: null, refused_reason: null, probe_at: null };
    const state: State = { at: Date.now(), app, realms: new Map(realms.map((r) => [r.realm_id, r])) };
    this.state = state;
    return state;
  }
}

function deferredError(code: 'READS_REFUSED' | 'READS_DEFERRED', explanation: string): QboError {
  return new QboError({ kind: 'deferred', code, message: explanation, explanation });
}
