import { CronExpressionParser } from 'cron-parser';

/**
 * A tenant's window schedule: a cron expression (5 fields, or 6 with seconds first) read in
 * the tenant's IANA time zone. Default in the tenants table: `0 2 * * *`, i.e. 02:00 local.
 */
export class WindowSchedule {
  private constructor(
    readonly cron: string,
    readonly timeZone: string,
  ) {}

  /** Throws an error naming the tenant's bad setting. */
  static parse(cron: string, timeZone: string): WindowSchedule {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    } catch {
      throw new Error(`time_zone "${timeZone}" is not an IANA time zone (e.g. "Europe/Paris")`);
    }
    try {
      CronExpressionParser.parse(cron, { tz: timeZone, strict: false });
    } catch (e) {
      throw new Error(`batch_cron "${cron}" is not a cron expression: ${e instanceof Error ? e.message : String(e)}`);
    }
    return new WindowSchedule(cron, timeZone);
  }

  /** The latest occurrence at or before `now`. */
  previous(now: Date): Date {
    const probe = new Date(now.getTime() + 1);
    return CronExpressionParser.parse(this.cron, { tz: this.timeZone, currentDate: probe }).prev().toDate();
  }

  /** The first occurrence after `now`. */
  next(now: Date): Date {
    return CronExpressionParser.parse(this.cron, { tz: this.timeZone, currentDate: now }).next().toDate();
  }

  /** `2026-11-22 02:00 (Europe/Paris)`: a time as people in the tenant's zone read it. */
  local(at: Date): string {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: this.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(at);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')} ${this.timeZone}`;
  }
}
