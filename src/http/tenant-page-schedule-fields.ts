import { FieldProblem } from '../connections/tenant-settings';

/** Days in the order a week is read (Monday first), with their cron numbers. */
const DAYS: Array<{ value: number; name: string }> = [
  { value: 1, name: 'Monday' },
  { value: 2, name: 'Tuesday' },
  { value: 3, name: 'Wednesday' },
  { value: 4, name: 'Thursday' },
  { value: 5, name: 'Friday' },
  { value: 6, name: 'Saturday' },
  { value: 0, name: 'Sunday' },
];

/** The schedule as a time of day and days of the week. */
export interface SimpleSchedule {
  /** "HH:MM" */
  time: string;
  /** Cron day numbers (0 = Sunday), ascending. */
  days: number[];
}

/** A cron that says "at HH:MM on these days" (every month, every day of the month); null for anything else. */
export function simpleSchedule(cron: string): SimpleSchedule | null {
  const m = /^(\d{1,2})\s+(\d{1,2})\s+\*\s+\*\s+(\S+)$/.exec(cron.trim());
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  const minute = Number(m[1]);
  const hour = Number(m[2]);
  if (minute > 59 || hour > 23) return null;
  const days = new Set<number>();
  if (m[3] === '*') for (let d = 0; d < 7; d++) days.add(d);
  else {
    for (const part of m[3].split(',')) {
      const r = /^(\d)(?:-(\d))?$/.exec(part);
      if (!r || r[1] === undefined) return null;
      const from = Number(r[1]);
      const to = r[2] === undefined ? from : Number(r[2]);
      if (from > 7 || to > 7 || to < from) return null;
      for (let d = from; d <= to; d++) days.add(d % 7);
    }
  }
  return { time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, days: [...days].sort((a, b) => a - b) };
}

/** The cron of a time and days: "30 18 * * 1-5"; every day is "*". */
export function cronOf(s: SimpleSchedule): string {
  const [h, m] = s.time.split(':').map(Number);
  const days = [...new Set(s.days)].sort((a, b) => a - b);
  let dow = '*';
  if (days.length < 7) {
    const runs: string[] = [];
    for (let i = 0; i < days.length; ) {
      let j = i;
      while (j + 1 < days.length && days[j + 1] === (days[j] ?? 0) + 1) j++;
      runs.push(j - i >= 2 ? `${days[i]}-${days[j]}` : days.slice(i, j + 1).join(','));
      i = j + 1;
    }
    dow = runs.join(',');
  }
  return `${m ?? 0} ${h ?? 0} * * ${dow}`;
}

type Body = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const many = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * The cron a settings form asks for: the advanced cron when it was edited (it differs from the
 * one the page showed), else the time of day and days (nothing when the form has no time, as a
 * schedule more detailed than a time and days is shown without one). Problems name the field.
 */
export function scheduleFromForm(body: Body): { cron?: string; problems: FieldProblem[]; typed?: { time: string; days: number[] } } {
  const raw = one(body.batchCron)?.trim();
  const shown = one(body.batchCronShown)?.trim();
  const time = one(body.sendTime)?.trim();
  if (time === undefined) return { problems: [] };
  const days = many(body.sendDays).map(Number).filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  const typed = { time, days };
  if (raw !== undefined && shown !== undefined && raw.split(/\s+/).join(' ') !== shown) return { problems: [], typed };
  if (time === '' && shown !== undefined && simpleSchedule(shown) === null && days.length === 0) return { problems: [], typed };
  const problems: FieldProblem[] = [];
  const t = /^([01]\d|2[0-3]):([0-5]\d)(?::00)?$/.exec(time);
  if (!t) problems.push({ field: 'sendTime', message: time === '' ? 'is needed: the time of day invoices are sent, such as 02:00' : 'must be a time of day such as 02:00 or 18:30' });
  if (days.length === 0) problems.push({ field: 'sendDays', message: 'needs at least one day' });
  if (problems.length > 0 || !t) return { problems, typed };
  return { cron: cronOf({ time: `${t[1]}:${t[2]}`, days }), problems: [], typed };
}

export interface ScheduleFieldHelpers {
  describedBy: (field: string, hint: boolean) => string;
  invalid: (field: string) => string;
  fieldError: (field: string) => string;
  escape: (text: string) => string;
}

/**
 * "When invoices are sent" in a bookkeeper's words: a time of day and days of the week, the time
 * zone (grouped by region, proposed from the browser while the tenant never saved one), and the
 * raw cron under "Advanced" (both map to the stored cron; see scheduleFromForm).
 */
export function scheduleFields(
  form: { batchCron: string; timeZone: string; schedule?: { time: string; days: number[] } },
  h: ScheduleFieldHelpers,
  opts: { proposeTimeZone: boolean; cronProblem: boolean },
): string {
  const e = h.escape;
  // Proposed only over the default zone (a draft brought back from Connect keeps its choice).
  const propose = opts.proposeTimeZone && form.timeZone === 'UTC';
  const simple = simpleSchedule(form.batchCron);
  const shownTime = form.schedule?.time ?? simple?.time ?? '';
  const shownDays = new Set(form.schedule?.days ?? simple?.days ?? []);
  const openAdvanced = simple === null || opts.cronProblem;
  const dayBoxes = DAYS.map(
    (d) =>
      `<div class="checkbox"><input type="checkbox" id="sendDays-${d.value}" name="sendDays" value="${d.value}"${shownDays.has(d.value) ? ' checked' : ''}><label for="sendDays-${d.value}">${d.name}</label></div>`,
  ).join('');
  return `<fieldset>
    <legend>When invoices are sent</legend>
    <div class="field">
      <label for="sendTime">Send time</label>
      <input type="time" id="sendTime" name="sendTime" value="${e(shownTime)}" class="input-time" aria-describedby="${h.describedBy('sendTime', true)}"${h.invalid('sendTime')}>
      <p class="hint" id="sendTime-hint">${simple === null && form.schedule === undefined ? 'Your schedule is more detailed than a time and days: it is kept under “Advanced” below. Set a time and days here to replace it.' : 'The time of day, in the time zone below.'}</p>
      ${h.fieldError('sendTime')}
    </div>
    <fieldset class="days" id="sendDays"${h.describedBy('sendDays', false) ? ` aria-describedby="${h.describedBy('sendDays', false)}"` : ''}>
      <legend>Days</legend>
      <div class="day-list">${dayBoxes}</div>
      ${h.fieldError('sendDays')}
    </fieldset>
    <div class="field">
      <label for="timeZone">Time zone</label>
      <select id="timeZone" name="timeZone" aria-describedby="${h.describedBy('timeZone', true)}"${h.invalid('timeZone')}${propose ? ' data-propose-zone="1"' : ''}>${timeZoneOptions(form.timeZone, e)}</select>
      <p class="hint" id="timeZone-hint">The send time and the dates on this page are in this zone.</p>
      ${h.fieldError('timeZone')}
    </div>
    <details class="advanced"${openAdvanced ? ' open' : ''}>
      <summary>Advanced: the schedule as a cron expression</summary>
      <div class="field">
        <label for="batchCron">Schedule</label>
        <input type="text" id="batchCron" name="batchCron" value="${e(form.batchCron)}" spellcheck="false" autocomplete="off" aria-describedby="${h.describedBy('batchCron', true)}"${h.invalid('batchCron')}>
        <input type="hidden" name="batchCronShown" value="${e(form.batchCron.trim().split(/\s+/).join(' '))}">
        <p class="hint" id="batchCron-hint">Changing it replaces the time and days above. Five fields: minute, hour, day of month, month, day of week. "0 2 * * *" sends every night at 02:00; "30 18 * * 1-5" at 18:30 on weekdays.</p>
        ${h.fieldError('batchCron')}
      </div>
    </details>
  </fieldset>`;
}

let zoneCache: string[] | undefined;

/** The IANA zones grouped by region ("America", "Europe"...), each named by its place; UTC first. */
export function timeZoneOptions(selected: string, e: (t: string) => string): string {
  zoneCache ??= Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC');
  const option = (value: string, label: string) => `<option value="${e(value)}"${value === selected ? ' selected' : ''}>${e(label)}</option>`;
  const groups = new Map<string, string[]>();
  for (const z of zoneCache) {
    const slash = z.indexOf('/');
    const region = slash < 0 ? 'Other' : z.slice(0, slash);
    const list = groups.get(region) ?? [];
    list.push(z);
    groups.set(region, list);
  }
  const head = [option('UTC', 'UTC (Coordinated Universal Time)')];
  if (selected !== '' && selected !== 'UTC' && !zoneCache.includes(selected)) head.push(option(selected, selected.replace(/_/g, ' ')));
  const body = [...groups.entries()]
    .sort(([a], [b]) => (a === 'Other' ? 1 : b === 'Other' ? -1 : a.localeCompare(b)))
    .map(
      ([region, zones]) =>
        `<optgroup label="${e(region)}">${zones
          .map((z) => option(z, region === 'Other' ? z : z.slice(region.length + 1).replace(/_/g, ' ').replace(/\//g, ' – ')))
          .join('')}</optgroup>`,
    );
  return [...head, ...body].join('');
}
