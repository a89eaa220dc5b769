import type { EmulatorConfig } from './emulator-config';

/**
 * Since 2025-10-31 a company also takes at most `limits.batchRequestsPerMinuteAllApps` (120) batch
 * requests per minute from all apps together, beside each app's own 40. Sliding window; a
 * refused request does not count.
 */
export class BatchAcrossApps {
  private readonly realms = new Map<string, number[]>();

  /** Room for one more batch request of this company, from any app. */
  hasRoom(realmId: string, config: EmulatorConfig, now = Date.now()): boolean {
    const kept = (this.realms.get(realmId) ?? []).filter((t) => t > now - config.limits.minuteWindowMs);
    this.realms.set(realmId, kept);
    return kept.length < config.limits.batchRequestsPerMinuteAllApps;
  }

  record(realmId: string, now = Date.now()): void {
    const list = this.realms.get(realmId) ?? [];
    list.push(now);
    this.realms.set(realmId, list);
  }

  clear(): void {
    this.realms.clear();
  }
}
