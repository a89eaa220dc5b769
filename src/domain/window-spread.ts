import { createHash } from 'node:crypto';
import type { WindowSchedule } from './window-schedule';

/** Occurrences looked at to find a schedule's shortest gap (from a fixed instant, so the answer never changes). */
const GAP_SAMPLES = 8;
const GAP_REFERENCE = new Date('2026-01-05T00:00:00Z');

/**
 * How long after each of its occurrences a tenant's window starts: windows of thousands of
 * tenants that share one time ("0 2 * * *") are spread over the minutes after it instead of all
 * starting in the same second.
 *
 * The offset is deterministic: the first 32 bits of SHA-256(tenantId) as a fraction of the spread,
 * rounded down to whole seconds. The spread is `spreadMs` (INVOICE_WINDOW_SPREAD_MS), but at most
 * half of the schedule's shortest gap between two occurrences, so a window always starts before
 * the next occurrence of its own schedule (a per-minute schedule spreads over 30 s at most).
 * The same tenant, schedule and setting always give the same offset, on every replica.
 */
export function windowOffsetMs(tenantId: string, spreadMs: number, schedule: WindowSchedule): number {
  if (spreadMs <= 0) return 0;
  const span = Math.min(spreadMs, Math.floor(shortestGapMs(schedule) / 2));
  if (span < 1000) return 0;
  const fraction = createHash('sha256').update(tenantId).digest().readUInt32BE(0) / 2 ** 32;
  return Math.floor((fraction * span) / 1000) * 1000;
}

const gaps = new Map<string, number>();

/** The shortest gap between consecutive occurrences of the schedule (Infinity when it fires at most once); memoised. */
export function shortestGapMs(schedule: WindowSchedule): number {
  const key = `${schedule.cron}\n${schedule.timeZone}`;
  const known = gaps.get(key);
  if (known !== undefined) return known;
  let shortest = Infinity;
  let prev = schedule.next(GAP_REFERENCE);
  for (let i = 0; i < GAP_SAMPLES && prev !== null; i++) {
    const o = schedule.next(prev.at);
    if (o === null) break;
    shortest = Math.min(shortest, o.at.getTime() - prev.at.getTime());
    prev = o;
  }
  if (gaps.size > 10_000) gaps.clear();
  gaps.set(key, shortest);
  return shortest;
}
