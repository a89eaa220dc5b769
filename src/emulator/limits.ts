import type { EmulatorConfig } from './emulator-config';

interface Windows {
  minute: number[];
  second: number[];
  batchMinute: number[];
}

export type LimitDecision = { allowed: true } | { allowed: false; rule: string };

/**
 * Sliding-window request limits per company and app (`key` is realm and app). Throttled requests do
 * not count against the windows. `minuteWeight` is what the request counts toward the per-minute
 * limit (a batch's item count when `limits.batchItemsCountTowardMinute` is on).
 */
export class RateLimiter {
  private readonly realms = new Map<string, Windows>();

  check(realmId: string, isBatch: boolean, config: EmulatorConfig, now = Date.now(), minuteWeight = 1): LimitDecision {
    const limits = config.limits;
    let windows = this.realms.get(realmId);
    if (!windows) {
      windows = { minute: [], second: [], batchMinute: [] };
      this.realms.set(realmId, windows);
    }
    windows.minute = windows.minute.filter((t) => t > now - limits.minuteWindowMs);
    windows.second = windows.second.filter((t) => t > now - limits.secondWindowMs);
    windows.batchMinute = windows.batchMinute.filter((t) => t > now - limits.minuteWindowMs);
    if (windows.second.length >= limits.requestsPerSecond) return { allowed: false, rule: `${limits.requestsPerSecond} requests per ${limits.secondWindowMs} ms` };
    if (windows.minute.length + minuteWeight > limits.requestsPerMinute) return { allowed: false, rule: `${limits.requestsPerMinute} requests per ${limits.minuteWindowMs} ms` };
    if (isBatch && windows.batchMinute.length >= limits.batchRequestsPerMinute) {
      return { allowed: false, rule: `${limits.batchRequestsPerMinute} batch requests per ${limits.minuteWindowMs} ms` };
    }
    for (let i = 0; i < minuteWeight; i += 1) windows.minute.push(now);
    windows.second.push(now);
    if (isBatch) windows.batchMinute.push(now);
    return { allowed: true };
  }

  clear(): void {
    this.realms.clear();
  }
}
