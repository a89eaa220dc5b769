import { escapeHtml as escapeAttr } from './html-escape';
import { dateTimePhrase, zoneName } from './status-wording';

/**
 * A date and time as the page shows it: the server's words in the tenant's zone inside a
 * <time datetime="ISO">, which the page's script rewrites in the browser's locale (still in the
 * tenant's zone, named). `style`: 'datetime' (date and time) or 'time' (the clock, with the date
 * only when it is not today).
 */
export function timeTag(at: Date, timeZone: string, style: 'datetime' | 'time' = 'datetime', now = new Date()): string {
  const text = style === 'datetime' ? dateTimePhrase(at, timeZone) : clockPhrase(at, timeZone, now);
  return `<time datetime="${at.toISOString()}" data-tz="${escapeAttr(timeZone)}" data-style="${style}">${escapeAttr(text)}</time>`;
}

/** "02:30 UTC", or "21 November, 02:30 UTC" when not on the day of `now` in the zone. */
export function clockPhrase(at: Date, timeZone: string, now: Date): string {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const date = day(at) === day(now) ? '' : `${new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long' }).format(at)}, `;
  return `${date}${clock} ${zoneName(timeZone, at)}`;
}

/** "4 s", "2 min 5 s", "1 h 3 min". */
export function durationPhrase(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min${s % 60 > 0 ? ` ${s % 60} s` : ''}`;
  return `${Math.floor(m / 60)} h${m % 60 > 0 ? ` ${m % 60} min` : ''}`;
}
