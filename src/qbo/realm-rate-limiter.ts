import { inject, injectable, ServiceIdentifier } from 'inversify';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';

/** Per-company limits (QBO_RATE_LIMIT_*). */
export const RATE_LIMITS: ServiceIdentifier<RateLimits> = Symbol.for('RateLimits');

export interface RateLimits {
  perMinute: number;
  perSecond: number;
  batchesPerMinute: number;
  /** Requests of one company in flight at once, across every process (shared like the rates). */
  maxConcurrent: number;
  /**
   * Added to each window, counted from the moment the answer came back: requests that leave
   * together but arrive a little apart still fit the server's window. Defaults: 100 ms on the
   * second, 1000 ms on the minute.
   */
  secondSlackMs?: number;
  minuteSlackMs?: number;
  /** An unanswered request (its process died) stops counting after this long. Default 130 s (QBO gives up at 120 s). */
  inFlightLeaseMs?: number;
  /** How often a caller blocked by an unanswered request of another process looks again. Default 25 ms. */
  pollMs?: number;
}

export type RequestKind = 'request' | 'batch';

/** Call it when the answer arrived (or the attempt failed): the request then leaves the windows a window later. */
export type ReleaseSlot = () => Promise<void>;

interface ClaimRow {
  request_id: string | null;
  wait_ms: number | string;
}

/**
 * One budget per company for every process: the per-realm sliding-window limiter whose state lives
 * in Postgres (migration 1763711000000-realm-rate-limits.ts). At most `perSecond` requests in any
 * second, `perMinute` in any minute, `batchesPerMinute` batch requests in any minute (a batch is
 * also a request) and `maxConcurrent` in flight, for all replicas and the CLI together. A request
 * occupies the windows from its claim until a window after its answer came back, so event-loop
 * lag between the claim and the send (or between the server and us) can never squeeze an 11th
 * request into QuickBooks' rolling second. `pause(realm)` after a 429 holds the company back for
 * every process; other companies carry on.
 */
@injectable()
export class RealmRateLimiter {
  private readonly secondMs: number;
  private readonly minuteMs: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  /** Callers of this process waiting for one of the realm's requests to be answered. */
  private readonly waiters = new Map<string, Array<() => void>>();

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(RATE_LIMITS) private readonly limits: RateLimits,
  ) {
    this.secondMs = 1000 + (limits.secondSlackMs ?? 100);
    this.minuteMs = 60_000 + (limits.minuteSlackMs ?? 1000);
    this.leaseMs = limits.inFlightLeaseMs ?? 130_000;
    this.pollMs = limits.pollMs ?? 25;
  }

  /** Waits until the realm has room, records the request, and resolves with its release. */
  async acquire(realmId: string, kind: RequestKind = 'request'): Promise<ReleaseSlot> {
    for (;;) {
      const rows: ClaimRow[] = await this.db.query(`SELECT request_id, wait_ms FROM qbo_claim_request($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        realmId,
        kind === 'batch',
        this.limits.perSecond,
        this.limits.perMinute,
        this.limits.batchesPerMinute,
        this.limits.maxConcurrent,
        this.secondMs,
        this.minuteMs,
        this.leaseMs,
      ]);
      const row = rows[0];
      if (row && row.request_id !== null) return this.releaser(realmId, row.request_id);
      const wait = Number(row?.wait_ms ?? this.pollMs);
      if (wait < 0) await this.nextRelease(realmId, this.pollMs);
      else await sleep(Math.ceil(wait));
    }
  }

  /** Holds every call for this realm back for `ms`, in every process (e.g. 60 s after a 429, or the Retry-After). */
  async pause(realmId: string, ms: number): Promise<void> {
    await this.db.query(
      `INSERT INTO qbo_realm_budgets (realm_id, paused_until) VALUES ($1, clock_timestamp() + make_interval(secs => $2::double precision / 1000))
       ON CONFLICT (realm_id) DO UPDATE SET paused_until = greatest(qbo_realm_budgets.paused_until, EXCLUDED.paused_until)`,
      [realmId, ms],
    );
  }

  /** Epoch ms until which the realm is paused (0 when it is not). */
  async pausedUntil(realmId: string): Promise<number> {
    const rows: Array<{ until: string | null }> = await this.db.query(
      `SELECT (extract(epoch FROM paused_until) * 1000)::bigint::text AS until FROM qbo_realm_budgets WHERE realm_id = $1 AND paused_until > clock_timestamp()`,
      [realmId],
    );
    return rows[0]?.until ? Number(rows[0].until) : 0;
  }

  private releaser(realmId: string, requestId: string): ReleaseSlot {
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      try {
        await this.db.query(`UPDATE qbo_realm_requests SET done_at = clock_timestamp() WHERE id = $1`, [requestId]);
      } finally {
        const waiting = this.waiters.get(realmId) ?? [];
        this.waiters.delete(realmId);
        for (const wake of waiting) wake();
      }
    };
  }

  /** Resolves when a request of this realm is released in this process, or after `ms` (another process may release one). */
  private nextRelease(realmId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      const list = this.waiters.get(realmId) ?? [];
      list.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.waiters.set(realmId, list);
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
