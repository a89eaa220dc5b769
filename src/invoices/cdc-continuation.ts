import type { CdcResult } from '../qbo/qbo-client';

/** What to do after one CDC answer: done (complete), ask again from `since`, or read the instant `since` by query (stuck). */
export type CdcContinuation = { kind: 'done' } | { kind: 'next'; since: Date } | { kind: 'stuck' };

type EntityLists = Pick<CdcResult, 'customers' | 'items' | 'accounts' | 'taxCodes' | 'invoices' | 'payments'>;

function newestMs(objects: readonly unknown[]): number | null {
  let newest: number | null = null;
  for (const o of objects) {
    const meta = (o as { MetaData?: { LastUpdatedTime?: unknown } }).MetaData;
    const ms = typeof meta?.LastUpdatedTime === 'string' ? Date.parse(meta.LastUpdatedTime) : NaN;
    if (!Number.isNaN(ms) && (newest === null || ms > newest)) newest = ms;
  }
  return newest;
}

/**
 * Where reading goes on after a CDC answer asked `since`, never skipping an object. QuickBooks caps
 * an answer at `cap` objects, oldest first; whether the cap is per request or per entity is not
 * documented, so both are handled:
 * - an entity's list at the cap: that entity may have more after its newest object; the next call
 *   starts at the oldest such newest (the other entities are complete up to the answer: read again,
 *   harmlessly);
 * - the whole answer at the cap (no single entity at it): every entity is complete up to the
 *   answer's newest object; the next call starts there.
 * Either way the next call starts AT that instant (CDC reads from `changedSince` inclusive), never
 * after it, since its objects may not all have been returned. When that instant is `since` itself
 * (a full answer whose objects all share the instant asked from), asking again cannot move on: the
 * caller reads that instant by query (`stuck`) and then goes on from just after it.
 */
export function cdcContinuation(res: EntityLists, since: Date, cap: number): CdcContinuation {
  const lists = [res.customers, res.items, res.accounts, res.taxCodes, res.invoices, res.payments];
  const total = lists.reduce((n, l) => n + l.length, 0);
  const full = lists.filter((l) => l.length >= cap);
  let next: number | null;
  if (full.length > 0) {
    const newest = full.map(newestMs).filter((t): t is number => t !== null);
    next = newest.length === full.length ? Math.min(...newest) : null;
  } else if (total >= cap) {
    next = newestMs(lists.flat());
  } else {
    return { kind: 'done' };
  }
  if (next === null || next <= since.getTime()) return { kind: 'stuck' };
  return { kind: 'next', since: new Date(next) };
}
