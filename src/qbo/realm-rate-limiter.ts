import { inject, injectable, optional, ServiceIdentifier } from 'inversify';

/** Time source, injectable so tests can drive the limiter without waiting. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Per-company limits (QBO_RATE_LIMIT_*). */
export const RATE_LIMITS: ServiceIdentifier<RateLimits> = Symbol.for('RateLimits');
/** The limiter's clock; tests bind a fake one. */
export const RATE_LIMITER_CLOCK: ServiceIdentifier<Clock> = Symbol.for('RateLimiterClock');

export interface RateLimits {
  perMinute: number;
  perSecond: number;
  batchesPerMinute: number;
  maxConcurrent: number;
  /**
   * Added to each window, so requests that leave together but arrive a little apart still
   * fit the server's window. Defaults: 100 ms on the second, 1000 ms on the minute.
   */
  secondSlackMs?: number;
  minuteSlackMs?: number;
}

export type RequestKind = 'request' | 'batch';

interface RealmState {
  second: number[];
  minute: number[];
  batchMinute: number[];
  inFlight: number;
  pausedUntil: number;
  released: Array<() => void>;
}

/**
 * Per-realm, in-process sliding-window limiter: at most `perSecond` requests in any second,
 * `perMinute` in any minute, `batchesPerMinute` batch requests in any minute (a batch is also a
 * request), and `maxConcurrent` in flight. `pause(realm)` holds a realm back after a 429 while
 * other realms carry on. `acquire` resolves with a release function to call when the response arrived.
 */
@injectable()
export class RealmRateLimiter {
  private readonly realms = new Map<string, RealmState>();
  private readonly secondMs: number;
  private readonly minuteMs: number;

  constructor(
    @inject(RATE_LIMITS) private readonly limits: RateLimits,
    @inject(RATE_LIMITER_CLOCK) @optional() private readonly clock: Clock = systemClock,
  ) {
    this.secondMs = 1000 + (limits.secondSlackMs ?? 100);
    this.minuteMs = 60_000 + (limits.minuteSlackMs ?? 1000);
  }

  async acquire(realmId: string, kind: RequestKind = 'request'): Promise<() => void> {
    for (;;) {
      const s = this.state(realmId);
      const now = this.clock.now();
      this.prune(s, now);
      let wait = Math.max(0, s.pausedUntil - now);
      if (s.second.length >= this.limits.perSecond) wait = Math.max(wait, (s.second[0] ?? now) + this.secondMs - now);
      if (s.minute.length >= this.limits.perMinute) wait = Math.max(wait, (s.minute[0] ?? now) + this.minuteMs - now);
      if (kind === 'batch' && s.batchMinute.length >= this.limits.batchesPerMinute) {
        wait = Math.max(wait, (s.batchMinute[0] ?? now) + this.minuteMs - now);
      }
      if (wait > 0) {
        await this.clock.sleep(wait);
        continue;
      }
      if (s.inFlight >= this.limits.maxConcurrent) {
        await new Promise<void>((resolve) => s.released.push(resolve));
        continue;
      }
      s.second.push(now);
      s.minute.push(now);
      if (kind === 'batch') s.batchMinute.push(now);
      s.inFlight += 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        s.inFlight -= 1;
        const waiters = s.released.splice(0);
        for (const w of waiters) w();
      };
    }
  }

  /** Holds every call for this realm back for `ms` (e.g. 60 s after a 429). Other realms are unaffected. */
  pause(realmId: string, ms: number): void {
    const s = this.state(realmId);
    s.pausedUntil = Math.max(s.pausedUntil, this.clock.now() + ms);
  }

  /** Epoch ms until which the realm is paused (0 when it is not). */
  pausedUntil(realmId: string): number {
    const s = this.realms.get(realmId);
    return s && s.pausedUntil > this.clock.now() ? s.pausedUntil : 0;
  }

  private state(realmId: string): RealmState {
    let s = this.realms.get(realmId);
    if (!s) {
      s = { second: [], minute: [], batchMinute: [], inFlight: 0, pausedUntil: 0, released: [] };
      this.realms.set(realmId, s);
    }
    return s;
  }

  private prune(s: RealmState, now: number): void {
    while (s.second.length > 0 && (s.second[0] ?? 0) + this.secondMs <= now) s.second.shift();
    while (s.minute.length > 0 && (s.minute[0] ?? 0) + this.minuteMs <= now) s.minute.shift();
    while (s.batchMinute.length > 0 && (s.batchMinute[0] ?? 0) + this.minuteMs <= now) s.batchMinute.shift();
  }
}
