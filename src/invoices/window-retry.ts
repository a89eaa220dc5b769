import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DataSource } from 'typeorm';
import { WindowSchedule } from '../domain/window-schedule';
import { DATA_SOURCE } from '../tokens';
import type { WindowTrigger } from './invoice-window-repository';

/** INVOICE_WINDOW_RETRY_BASE_MS / INVOICE_WINDOW_RETRIES. */
export interface WindowRetryOptions {
  /** The first retry comes this long after the failed window; each next one twice as long after the previous. */
  baseMs: number;
  /** Retries of one night's window at most (0: none). */
  maxRetries: number;
}

export const WINDOW_RETRY_OPTIONS: ServiceIdentifier<WindowRetryOptions> = Symbol.for('WindowRetryOptions');

/** How a window of the schedule (or a retry) ended, for the retry plan. */
export type WindowEnd = 'finished' | 'incomplete' | 'skipped' | 'error';

interface TenantRow {
  batch_cron: string;
  time_zone: string;
  window_offset_ms: number;
  window_retries: number;
}

/**
 * Retries of incomplete windows, the same night, with backoff (issue 14): a window of the
 * schedule that ended incomplete (QuickBooks did not answer, an error) plans a retry at
 * base × 2^(n-1) after it, up to `maxRetries` times, and never at or after the tenant's next
 * regular window (that one sends the rest). The plan lives in tenants.window_retry_at, so any
 * replica's scheduler runs it; claimDue takes it with a conditional UPDATE (FOR UPDATE SKIP
 * LOCKED), so each retry runs once. A window that finishes, or is skipped (sync off, reconnect
 * needed: retrying would not help), clears the plan.
 */
@injectable()
export class WindowRetries {
  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(WINDOW_RETRY_OPTIONS) private readonly options: WindowRetryOptions,
  ) {}

  /** Takes the retries due at `now` (their time is cleared: no other replica runs them). */
  async claimDue(now: Date, limit = 500): Promise<Array<{ tenantId: string; attempt: number }>> {
    const rows = (await this.dataSource.query(
      `UPDATE tenants t SET window_retry_at = NULL
         FROM (SELECT tenant_id FROM tenants WHERE window_retry_at <= $1 AND enabled
                ORDER BY window_retry_at LIMIT $2 FOR UPDATE SKIP LOCKED) due
        WHERE t.tenant_id = due.tenant_id
        RETURNING t.tenant_id, t.window_retries`,
      [now, limit],
    )) as [Array<{ tenant_id: string; window_retries: number }>, number];
    return rows[0].map((r) => ({ tenantId: r.tenant_id, attempt: r.window_retries }));
  }

  /** A claimed retry that could not start (another window held the tenant): planned again shortly. */
  async putBack(tenantId: string, now: Date): Promise<void> {
    await this.dataSource.query(`UPDATE tenants SET window_retry_at = $2 WHERE tenant_id = $1 AND window_retry_at IS NULL`, [
      tenantId,
      new Date(now.getTime() + Math.min(60_000, this.options.baseMs)),
    ]);
  }

  /**
   * After a window of the schedule or a retry: plans the next try (returned) or clears the plan.
   * `now` is the scheduler's clock.
   */
  async afterWindow(tenantId: string, trigger: WindowTrigger, end: WindowEnd, now: Date): Promise<Date | null> {
    if (end === 'finished' || end === 'skipped') {
      await this.dataSource.query(`UPDATE tenants SET window_retry_at = NULL, window_retries = 0 WHERE tenant_id = $1`, [tenantId]);
      return null;
    }
    const rows = (await this.dataSource.query(`SELECT batch_cron, time_zone, window_offset_ms, window_retries FROM tenants WHERE tenant_id = $1`, [
      tenantId,
    ])) as TenantRow[];
    const t = rows[0];
    if (t === undefined) return null;
    const attempt = trigger === 'schedule' ? 1 : t.window_retries + 1;
    const at = attempt > this.options.maxRetries ? null : this.retryTime(t, attempt, now);
    await this.dataSource.query(`UPDATE tenants SET window_retry_at = $2, window_retries = $3 WHERE tenant_id = $1`, [
      tenantId,
      at,
      at === null ? 0 : attempt,
    ]);
    return at;
  }

  /** When try `attempt` (1-based) goes: null when that is not before the next regular window. */
  retryTime(t: Pick<TenantRow, 'batch_cron' | 'time_zone' | 'window_offset_ms'>, attempt: number, now: Date): Date | null {
    const at = new Date(now.getTime() + this.options.baseMs * 2 ** (attempt - 1));
    let next: Date | null = null;
    try {
      const o = WindowSchedule.parse(t.batch_cron, t.time_zone).next(now);
      next = o === null ? null : new Date(o.at.getTime() + t.window_offset_ms);
    } catch {
      next = null; // an unusable schedule: no regular window to wait for
    }
    return next !== null && at.getTime() >= next.getTime() ? null : at;
  }
}
