import { inject, injectable, optional, ServiceIdentifier } from 'inversify';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { RunInvoiceWindow, WindowRunResult } from './run-invoice-window';
import { WindowSchedule } from '../domain/window-schedule';
import { windowOffsetMs } from '../domain/window-spread';
import { WindowEnd, WindowRetries } from './window-retry';
import { ChangeReadSchedule } from './change-read-schedule';

export interface DueWindow {
  tenantId: string;
  /** The cron occurrence this window stands for; null when only an interrupted window is resumed. */
  scheduledFor: Date | null;
  /** Set for a retry of an incomplete window (WindowRetries): its try number. */
  retry?: number;
}

interface DueRow {
  tenant_id: string;
  batch_cron: string;
  time_zone: string;
  window_offset_ms: number;
  connected_at: Date;
  last_scheduled: Date | null;
}

interface DirtyRow {
  tenant_id: string;
  batch_cron: string;
  time_zone: string;
  schedule_rev: string;
  schedulable: boolean;
  connected_at: Date | null;
  last_scheduled: Date | null;
}

/** Tenants' windows run at once by one replica (INVOICE_WINDOW_CONCURRENCY). */
export const WINDOW_CONCURRENCY: ServiceIdentifier<number> = Symbol.for('WindowConcurrency');
/** INVOICE_WINDOW_SPREAD_MS: windows sharing one time start over this span (see windowOffsetMs). */
export const WINDOW_SPREAD_MS: ServiceIdentifier<number> = Symbol.for('WindowSpreadMs');

/** Tenants whose next window time is recomputed per statement. */
const RECOMPUTE_CHUNK = 500;
/** At most this many chunks per tick (the rest in the next tick). */
const MAX_RECOMPUTE_CHUNKS = 100;
/** Due tenants read per tick (the rest are read by the next tick: they stay due). */
const MAX_DUE_PER_TICK = 2000;

/**
 * One scheduler pass. Each tenant's next window time is stored in Postgres (tenants.next_window_at,
 * indexed; migration 1763730000000): the tick reads only the tenants whose time has come, and the
 * running windows to resume, so its cost does not grow with tenants that are not due.
 *
 * The time is recomputed for tenants marked dirty by the database (their cron, time zone, enabled
 * switch or connection changed, or a scheduled window was recorded): the first occurrence after
 * the last scheduled window (or after the tenant connected), read in the tenant's zone with the
 * clock changes of WindowSchedule, plus the tenant's spread offset (windowOffsetMs). A recomputed
 * time is written only while the row's schedule_rev is still the one read, so with several
 * replicas a change made meanwhile is never overwritten.
 *
 * A due tenant runs the latest occurrence whose start (occurrence + offset) is at or before `now`
 * (a window missed while every pod was down runs now, once). A window left running by a dead
 * runner is resumed. Due windows run with bounded concurrency; the tenant lock and the unique
 * occurrence row make each window run once across replicas.
 */
@injectable()
export class RunDueWindows {
  private readonly logger: Logger;
  private readonly badSchedules = new Map<string, string>();

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(RunInvoiceWindow) private readonly runWindow: RunInvoiceWindow,
    @inject(WINDOW_CONCURRENCY) private readonly concurrency: number,
    @inject(LOGGER) logger: Logger,
    @inject(WINDOW_SPREAD_MS) private readonly spreadMs: number = 0,
    /** Retries of incomplete windows the same night (absent: none). */
    @inject(WindowRetries) @optional() private readonly retries: WindowRetries | null = null,
    /** The company changes' due times follow the windows (absent: they keep the ones they had). */
    @inject(ChangeReadSchedule) @optional() private readonly changeReads: ChangeReadSchedule | null = null,
  ) {
    this.logger = logger.child({ component: 'invoice-scheduler' });
  }

  /** The windows due at `now` (after recomputing the next window time of tenants marked dirty). */
  async due(now: Date): Promise<DueWindow[]> {
    await this.recomputeDirty();
    // The tenants' index range first (MATERIALIZED: whatever the statistics, the plan never walks every connection).
    const rows = (await this.dataSource.query(
      `WITH due AS MATERIALIZED (
         SELECT tenant_id, batch_cron, time_zone, window_offset_ms, next_window_at FROM tenants
          WHERE next_window_at <= $1 AND NOT schedule_dirty AND enabled
          ORDER BY next_window_at LIMIT $2)
       SELECT d.tenant_id, d.batch_cron, d.time_zone, d.window_offset_ms, qc.created_at AS connected_at,
              (SELECT max(w.scheduled_for) FROM invoice_windows w WHERE w.tenant_id = d.tenant_id AND w.trigger = 'schedule') AS last_scheduled
         FROM due d JOIN qbo_connections qc ON qc.tenant_id = d.tenant_id AND qc.status IN ('connected', 'needs_reconnect')
        ORDER BY d.next_window_at`,
      [now, MAX_DUE_PER_TICK],
    )) as DueRow[];
    const running = (await this.dataSource.query(
      `SELECT DISTINCT w.tenant_id FROM invoice_windows w
         JOIN tenants t ON t.tenant_id = w.tenant_id AND t.enabled
         JOIN qbo_connections qc ON qc.tenant_id = w.tenant_id AND qc.status IN ('connected', 'needs_reconnect')
        WHERE w.status = 'running'`,
    )) as Array<{ tenant_id: string }>;
    const out: DueWindow[] = [];
    const stale: string[] = [];
    for (const r of rows) {
      const schedule = this.parse(r.tenant_id, r.batch_cron, r.time_zone);
      const offset = schedule === null ? 0 : windowOffsetMs(r.tenant_id, this.spreadMs, schedule);
      if (schedule === null || offset !== r.window_offset_ms) {
        stale.push(r.tenant_id);
        continue;
      }
      const since = r.last_scheduled ? new Date(r.last_scheduled) : new Date(r.connected_at);
      const due = schedule.latestBetween(since, new Date(now.getTime() - offset));
      if (due !== null) out.push({ tenantId: r.tenant_id, scheduledFor: due.at });
      else stale.push(r.tenant_id);
    }
    const dueIds = new Set(out.map((d) => d.tenantId));
    for (const r of running) if (!dueIds.has(r.tenant_id)) out.push({ tenantId: r.tenant_id, scheduledFor: null });
    // A stored time that no longer holds (the spread setting changed, a window recorded elsewhere): recomputed next tick.
    if (stale.length > 0) await this.markDirty(stale);
    return out.sort((a, b) => (a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0));
  }

  async run(now: Date, signal?: AbortSignal): Promise<Array<{ due: DueWindow; result: WindowRunResult | { outcome: 'error'; error: string } }>> {
    const queue = await this.due(now);
    if (this.retries !== null) {
      const queued = new Set(queue.map((d) => d.tenantId));
      // A tenant due for its regular window too runs that one (its end plans any further retry).
      for (const r of await this.retries.claimDue(now)) if (!queued.has(r.tenantId)) queue.push({ tenantId: r.tenantId, scheduledFor: null, retry: r.attempt });
    }
    const results: Array<{ due: DueWindow; result: WindowRunResult | { outcome: 'error'; error: string } }> = [];
    const worker = async () => {
      for (let d = queue.shift(); d !== undefined; d = queue.shift()) {
        if (signal?.aborted) return;
        try {
          const result = await this.runWindow.run(
            d.retry !== undefined
              ? { tenantId: d.tenantId, trigger: 'retry', requestedBy: `retry ${d.retry} of the scheduler`, signal }
              : d.scheduledFor === null
                ? { tenantId: d.tenantId, trigger: 'resume', signal }
                : { tenantId: d.tenantId, trigger: 'schedule', scheduledFor: d.scheduledFor, signal },
          );
          results.push({ due: d, result });
          if (result.outcome === 'already-ran') await this.markDirty([d.tenantId]);
          if (result.outcome === 'ran') await this.planRetry(d, result.status, now);
          if (result.outcome === 'busy' && d.retry !== undefined) await this.retries?.putBack(d.tenantId, now);
        } catch (e) {
          this.logger.error({ err: e, tenantId: d.tenantId }, 'invoice window failed; retried at the next tick');
          results.push({ due: d, result: { outcome: 'error', error: e instanceof Error ? e.message : String(e) } });
          await this.planRetry(d, 'error', now).catch((err: unknown) => this.logger.warn({ err, tenantId: d.tenantId }, 'could not plan the retry of a failed window'));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, worker));
    return results;
  }

  /** After a window of the schedule or a retry: the next try the same night, or none. */
  private async planRetry(d: DueWindow, end: WindowEnd, now: Date): Promise<void> {
    if (this.retries === null || (d.retry === undefined && d.scheduledFor === null)) return;
    const at = await this.retries.afterWindow(d.tenantId, d.retry !== undefined ? 'retry' : 'schedule', end, now);
    if (at !== null) this.logger.warn({ tenantId: d.tenantId, end, retryAt: at.toISOString() }, 'window incomplete; tried again with backoff');
  }

  /** Recomputes the next window time of every tenant marked dirty, a chunk at a time. Returns how many were written. */
  async recomputeDirty(): Promise<number> {
    let written = 0;
    for (let chunk = 0; chunk < MAX_RECOMPUTE_CHUNKS; chunk++) {
      const rows = (await this.dataSource.query(
        `SELECT t.tenant_id, t.batch_cron, t.time_zone, t.schedule_rev::text AS schedule_rev,
                (t.enabled AND qc.status IN ('connected', 'needs_reconnect')) IS TRUE AS schedulable, qc.created_at AS connected_at,
                (SELECT max(w.scheduled_for) FROM invoice_windows w WHERE w.tenant_id = t.tenant_id AND w.trigger = 'schedule') AS last_scheduled
           FROM tenants t LEFT JOIN qbo_connections qc ON qc.tenant_id = t.tenant_id
          WHERE t.schedule_dirty
          ORDER BY t.tenant_id LIMIT $1`,
        [RECOMPUTE_CHUNK],
      )) as DirtyRow[];
      if (rows.length === 0) return written;
      const ids: string[] = [];
      const revs: string[] = [];
      const times: Array<string | null> = [];
      const offsets: number[] = [];
      for (const r of rows) {
        let next: Date | null = null;
        let offset = 0;
        const schedule = r.schedulable ? this.parse(r.tenant_id, r.batch_cron, r.time_zone) : null;
        if (schedule !== null && r.connected_at !== null) {
          offset = windowOffsetMs(r.tenant_id, this.spreadMs, schedule);
          const since = r.last_scheduled ? new Date(r.last_scheduled) : new Date(r.connected_at);
          const o = schedule.next(since);
          next = o === null ? null : new Date(o.at.getTime() + offset);
        }
        ids.push(r.tenant_id);
        revs.push(r.schedule_rev);
        times.push(next === null ? null : next.toISOString());
        offsets.push(offset);
      }
      const res = (await this.dataSource.query(
        `UPDATE tenants t SET next_window_at = x.at, window_offset_ms = x.offset_ms, schedule_dirty = false
           FROM unnest($1::text[], $2::bigint[], $3::timestamptz[], $4::int[]) AS x(tenant_id, rev, at, offset_ms)
          WHERE t.tenant_id = x.tenant_id AND t.schedule_rev = x.rev AND t.schedule_dirty`,
        [ids, revs, times, offsets],
      )) as [unknown[], number];
      written += res[1];
      await this.changeReads?.windowsMoved(ids).catch((e: unknown) => this.logger.warn({ err: e }, 'company changes not brought forward to the new window times'));
      // Rows changed meanwhile keep their mark (with a new rev) and come back in the next chunk.
      if (rows.length < RECOMPUTE_CHUNK) return written;
    }
    return written;
  }

  private async markDirty(tenantIds: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE tenants SET schedule_dirty = true, schedule_rev = schedule_rev + 1 WHERE tenant_id = ANY($1::text[])`, [tenantIds]);
  }

  private parse(tenantId: string, cron: string, timeZone: string): WindowSchedule | null {
    try {
      const s = WindowSchedule.parse(cron, timeZone);
      this.badSchedules.delete(tenantId);
      return s;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (this.badSchedules.get(tenantId) !== why) this.logger.warn({ tenantId, reason: why }, 'tenant schedule unusable; no window runs');
      this.badSchedules.set(tenantId, why);
      return null;
    }
  }
}
