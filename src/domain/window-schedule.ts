import { CronExpressionParser } from 'cron-parser';

/** One occurrence of a schedule: the instant it runs and the local time the cron named. */
export interface Occurrence {
  /** When the window runs. */
  at: Date;
  /** The local wall time the cron expression named, `2026-03-08T02:00:00`. */
  wall: string;
  /** True when that wall time does not exist that day (clocks go forward): `at` is the first instant after the gap. */
  shifted: boolean;
}

/** No cron of 5 or 6 fields needs more steps than this to cross a repeated hour of seconds. */
const MAX_STEPS = 10_000;
const HOUR = 3_600_000;

/**
 * A tenant's window schedule: a cron expression (5 fields, or 6 with seconds first) read as
 * wall-clock time in the tenant's IANA time zone. Default in the tenants table: `0 2 * * *`.
 *
 * Occurrences are computed on the wall clock (the cron evaluated in floating local time) and
 * each wall time is then placed on the time line:
 * - a wall time that exists once is that instant;
 * - a wall time that exists twice (clocks go back) is its first instant: it runs once;
 * - a wall time that does not exist (clocks go forward) runs at the first instant after the
 *   gap (02:00 or 02:30 on a day that jumps from 02:00 to 03:00 runs at 03:00).
 * Occurrences that land on the same instant are one occurrence. Due windows are derived
 * forward from the last occurrence run (`latestBetween`), never by stepping back from now.
 */
export class WindowSchedule {
  private readonly zone: ZoneClock;

  private constructor(
    readonly cron: string,
    readonly timeZone: string,
  ) {
    this.zone = ZoneClock.of(timeZone);
  }

  private static readonly parsed = new Map<string, WindowSchedule>();

  /** Throws an error naming the tenant's bad setting. Schedules are immutable: parsed ones are memoised. */
  static parse(cron: string, timeZone: string): WindowSchedule {
    const key = `${cron}\n${timeZone}`;
    const known = WindowSchedule.parsed.get(key);
    if (known !== undefined) return known;
    const schedule = WindowSchedule.check(cron, timeZone);
    if (WindowSchedule.parsed.size >= 10_000) WindowSchedule.parsed.clear();
    WindowSchedule.parsed.set(key, schedule);
    return schedule;
  }

  private static check(cron: string, timeZone: string): WindowSchedule {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    } catch {
      throw new Error(`time_zone "${timeZone}" is not an IANA time zone (e.g. "Europe/Paris")`);
    }
    try {
      CronExpressionParser.parse(cron, { tz: 'UTC', strict: false });
    } catch (e) {
      throw new Error(`batch_cron "${cron}" is not a cron expression: ${e instanceof Error ? e.message : String(e)}`);
    }
    return new WindowSchedule(cron, timeZone);
  }

  /** The first occurrence strictly after `after`; null when the cron never fires again. */
  next(after: Date): Occurrence | null {
    const from = after.getTime();
    const walls = this.wallsFrom(this.zone.wallMs(from));
    for (let i = 0; i < MAX_STEPS; i++) {
      const w = walls();
      if (w === null) return null;
      const o = this.place(w);
      if (o.at.getTime() > from) return o;
    }
    return null;
  }

  /**
   * The latest occurrence in (`since`, `now`]: the window that is due when the last one run
   * (or the tenant's connection) is `since`. Null when none fell in that span. Several missed
   * occurrences (every pod down) give one: the latest.
   */
  latestBetween(since: Date, now: Date): Occurrence | null {
    const first = this.next(since);
    if (first === null || first.at.getTime() > now.getTime()) return null;
    let best = first;
    // Jump close to now: the last wall time at or before now's wall time is at or before now.
    const jump = this.previousWall(this.zone.wallMs(now.getTime()));
    if (jump !== null) {
      const o = this.place(jump);
      if (o.at.getTime() > best.at.getTime() && o.at.getTime() <= now.getTime()) best = o;
    }
    // Then walk forward: after clocks went back, later wall times may still lie before now.
    const walls = this.wallsFrom(this.zone.wallMs(best.at.getTime()));
    for (let i = 0; i < MAX_STEPS; i++) {
      const w = walls();
      if (w === null) break;
      const o = this.place(w);
      if (o.at.getTime() > now.getTime()) break;
      if (o.at.getTime() > best.at.getTime()) best = o;
    }
    return best;
  }

  /** `2026-11-22T02:00:00 Europe/Paris`: a time as people in the tenant's zone read it. */
  local(at: Date): string {
    return `${isoWall(this.zone.wallMs(at.getTime()))} ${this.timeZone}`;
  }

  /** Why an occurrence runs at another time than its cron says, or null. */
  clockChange(o: Occurrence): string | null {
    if (!o.shifted) return null;
    const [day, time] = o.wall.split('T');
    const ran = this.local(o.at).split('T')[1]?.slice(0, 5);
    return `${time?.slice(0, 5)} does not exist on ${day} in ${this.timeZone} (the clocks go forward): that window runs at ${ran}`;
  }

  /** The wall times the cron names after `wallMs` (floating local time, as UTC milliseconds). */
  private wallsFrom(wallMs: number): () => number | null {
    let it: ReturnType<typeof CronExpressionParser.parse>;
    try {
      it = CronExpressionParser.parse(this.cron, { tz: 'UTC', strict: false, currentDate: new Date(wallMs) });
    } catch {
      return () => null;
    }
    return () => {
      try {
        return it.next().getTime();
      } catch {
        return null;
      }
    };
  }

  private previousWall(wallMs: number): number | null {
    try {
      return CronExpressionParser.parse(this.cron, { tz: 'UTC', strict: false, currentDate: new Date(wallMs + 1) })
        .prev()
        .getTime();
    } catch {
      return null;
    }
  }

  private place(wallMs: number): Occurrence {
    const { at, shifted } = this.zone.instantOf(wallMs);
    return { at: new Date(at), wall: isoWall(wallMs), shifted };
  }
}

function isoWall(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 19);
}

/** Wall clock ⇄ time line in one IANA zone. */
class ZoneClock {
  private static readonly cache = new Map<string, ZoneClock>();
  private readonly format: Intl.DateTimeFormat;

  private constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
  }

  static of(timeZone: string): ZoneClock {
    let z = ZoneClock.cache.get(timeZone);
    if (!z) {
      z = new ZoneClock(timeZone);
      ZoneClock.cache.set(timeZone, z);
    }
    return z;
  }

  /** The wall time at `instant`, as the UTC milliseconds of the same calendar reading. */
  wallMs(instant: number): number {
    const p: Record<string, string> = {};
    for (const part of this.format.formatToParts(new Date(instant))) p[part.type] = part.value;
    const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
    const d = new Date(0);
    d.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
    d.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), ((instant % 1000) + 1000) % 1000);
    return d.getTime();
  }

  private offset(instant: number): number {
    return this.wallMs(instant) - instant;
  }

  /** The earliest instant showing `wallMs`, or the first instant after the gap that swallowed it. */
  instantOf(wallMs: number): { at: number; shifted: boolean } {
    const offsets = new Set<number>();
    for (let h = -15; h <= 15; h += 3) offsets.add(this.offset(wallMs + h * HOUR));
    for (const o of [...offsets]) offsets.add(this.offset(wallMs - o));
    let earliest: number | null = null;
    let bracket: [number, number] | null = null;
    for (const o of offsets) {
      const t = wallMs - o;
      const actual = this.offset(t);
      if (actual === o) earliest = earliest === null ? t : Math.min(earliest, t);
      else if (actual > o) bracket = [wallMs - actual, t];
    }
    if (earliest !== null) return { at: earliest, shifted: false };
    if (bracket === null) return { at: wallMs - this.offset(wallMs), shifted: false };
    // In a gap: the offset changes between lo (old offset) and hi (new offset); find the change.
    let [lo, hi] = bracket;
    const after = this.offset(hi);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.offset(mid) === after) hi = mid;
      else lo = mid;
    }
    return { at: hi, shifted: true };
  }
}
