import { WindowSchedule } from '../../../src/domain/window-schedule';

const at = (iso: string) => new Date(iso);
const nextAt = (s: WindowSchedule, after: string) => s.next(at(after))?.at.toISOString();
/** The occurrences after `from`, until `until`, as ISO instants. */
function occurrences(s: WindowSchedule, from: string, until: string): string[] {
  const out: string[] = [];
  for (let o = s.next(at(from)); o !== null && o.at <= at(until); o = s.next(o.at)) out.push(o.at.toISOString());
  return out;
}

describe('spring forward: a local time that does not exist runs at the first instant after the gap', () => {
  it.each([
    // zone, cron, last window run, now, expected due window
    ['America/Los_Angeles', '0 2 * * *', '2026-03-07T10:00:00Z', '2026-03-08T12:00:00Z', '2026-03-08T10:00:00.000Z'], // 03:00 PDT
    ['America/Los_Angeles', '30 2 * * *', '2026-03-07T10:30:00Z', '2026-03-08T12:00:00Z', '2026-03-08T10:00:00.000Z'],
    ['Europe/Paris', '0 2 * * *', '2026-03-28T01:00:00Z', '2026-03-29T06:00:00Z', '2026-03-29T01:00:00.000Z'], // 03:00 CEST
    ['Europe/Paris', '30 2 * * *', '2026-03-28T01:30:00Z', '2026-03-29T06:00:00Z', '2026-03-29T01:00:00.000Z'],
    ['Australia/Sydney', '0 2 * * *', '2026-10-02T16:00:00Z', '2026-10-04T00:00:00Z', '2026-10-03T16:00:00.000Z'], // 03:00 AEDT
    ['America/Santiago', '0 0 * * *', '2026-09-05T04:00:00Z', '2026-09-06T12:00:00Z', '2026-09-06T04:00:00.000Z'], // 00:00 → 01:00 -03
    ['Australia/Lord_Howe', '15 2 * * *', '2026-10-02T15:45:00Z', '2026-10-04T00:00:00Z', '2026-10-03T15:30:00.000Z'], // a half-hour jump: 02:30 +11
  ])('%s %s: the window of the day the clocks jump is due', (zone, cron, last, now, due) => {
    const s = WindowSchedule.parse(cron, zone);
    const o = s.latestBetween(at(last), at(now));
    expect(o?.at.toISOString()).toBe(due);
    expect(o?.shifted).toBe(true);
    // It runs once: once it ran, nothing is due until the next day's window.
    expect(s.latestBetween(o?.at ?? at(now), at(now))).toBeNull();
  });

  it('the page and the status say when the window runs instead', () => {
    const s = WindowSchedule.parse('0 2 * * *', 'America/Los_Angeles');
    const o = s.next(at('2026-03-07T12:00:00Z'));
    expect(o).toMatchObject({ wall: '2026-03-08T02:00:00', shifted: true });
    expect(s.local(o?.at ?? at('2000-01-01'))).toBe('2026-03-08T03:00:00 America/Los_Angeles');
    expect(o && s.clockChange(o)).toBe('02:00 does not exist on 2026-03-08 in America/Los_Angeles (the clocks go forward): that window runs at 03:00');
    const ordinary = s.next(at('2026-03-08T12:00:00Z'));
    expect(ordinary?.at.toISOString()).toBe('2026-03-09T09:00:00.000Z');
    expect(ordinary && s.clockChange(ordinary)).toBeNull();
  });

  it('a cron whose every time falls in the gap runs once that day; an hourly cron loses no hour it can run', () => {
    const quarter = WindowSchedule.parse('*/15 2 * * *', 'America/Los_Angeles');
    expect(occurrences(quarter, '2026-03-08T00:00:00Z', '2026-03-09T12:00:00Z')).toEqual([
      '2026-03-08T10:00:00.000Z', // 02:00, 02:15, 02:30, 02:45 do not exist: one window at 03:00 PDT
      '2026-03-09T09:00:00.000Z',
      '2026-03-09T09:15:00.000Z',
      '2026-03-09T09:30:00.000Z',
      '2026-03-09T09:45:00.000Z',
    ]);
    const hourly = WindowSchedule.parse('0 * * * *', 'Europe/Paris');
    expect(occurrences(hourly, '2026-03-28T23:30:00Z', '2026-03-29T02:00:00Z')).toEqual([
      '2026-03-29T00:00:00.000Z', // 01:00 CET
      '2026-03-29T01:00:00.000Z', // 02:00 does not exist; 03:00 CEST (one window for both)
      '2026-03-29T02:00:00.000Z', // 04:00 CEST
    ]);
  });
});

describe('fall back: a local time that exists twice runs once, at its first instant', () => {
  it.each([
    ['America/Los_Angeles', '30 1 * * *', '2026-10-31T12:00:00Z', ['2026-11-01T08:30:00.000Z', '2026-11-02T09:30:00.000Z']],
    ['Europe/Paris', '30 2 * * *', '2026-10-24T12:00:00Z', ['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']],
    ['Australia/Sydney', '30 2 * * *', '2026-04-04T00:00:00Z', ['2026-04-04T15:30:00.000Z', '2026-04-05T16:30:00.000Z']],
    ['America/Santiago', '30 23 * * *', '2026-04-04T12:00:00Z', ['2026-04-05T02:30:00.000Z', '2026-04-06T03:30:00.000Z']],
    ['Australia/Lord_Howe', '45 1 * * *', '2026-04-04T00:00:00Z', ['2026-04-04T14:45:00.000Z', '2026-04-05T15:15:00.000Z']],
  ])('%s %s', (zone, cron, from, expected) => {
    const s = WindowSchedule.parse(cron, zone);
    const [first, second] = expected as [string, string];
    expect(occurrences(s, from, second)).toEqual([first, second]);
    // During the repeated hour, after the window ran, nothing is due again.
    expect(s.latestBetween(at(first), new Date(at(first).getTime() + 90 * 60_000))).toBeNull();
  });

  it('after the clocks went back, windows named later in the repeated hour are found', () => {
    const s = WindowSchedule.parse('*/10 * * * *', 'America/Los_Angeles');
    // 01:00–01:59 PDT runs; at 01:15 PST (the second pass) the latest window is 01:50 PDT.
    expect(s.latestBetween(at('2026-11-01T08:30:00Z'), at('2026-11-01T09:15:00Z'))?.at.toISOString()).toBe('2026-11-01T08:50:00.000Z');
    expect(s.latestBetween(at('2026-11-01T08:50:00Z'), at('2026-11-01T09:55:00Z'))).toBeNull();
    expect(s.latestBetween(at('2026-11-01T08:50:00Z'), at('2026-11-01T10:00:00Z'))?.at.toISOString()).toBe('2026-11-01T10:00:00.000Z'); // 02:00 PST
  });
});

describe('ordinary days', () => {
  it('windows missed for days run once: the latest', () => {
    const s = WindowSchedule.parse('0 2 * * *', 'Europe/Paris');
    expect(s.latestBetween(at('2026-11-18T01:00:00Z'), at('2026-11-21T05:30:00Z'))?.at.toISOString()).toBe('2026-11-21T01:00:00.000Z');
    expect(s.latestBetween(at('2026-11-21T01:00:00Z'), at('2026-11-21T05:30:00Z'))).toBeNull();
    // A window at exactly now is due.
    expect(s.latestBetween(at('2026-11-20T01:00:00Z'), at('2026-11-21T01:00:00Z'))?.at.toISOString()).toBe('2026-11-21T01:00:00.000Z');
  });

  it('seconds and UTC', () => {
    expect(nextAt(WindowSchedule.parse('*/20 * * * * *', 'UTC'), '2026-01-01T00:00:05Z')).toBe('2026-01-01T00:00:20.000Z');
    expect(nextAt(WindowSchedule.parse('0 2 * * *', 'UTC'), '2026-03-29T01:00:00Z')).toBe('2026-03-29T02:00:00.000Z');
  });

  it('a bad zone or cron names the setting', () => {
    expect(() => WindowSchedule.parse('0 2 * * *', 'Mars/Olympus')).toThrow(/time_zone "Mars\/Olympus"/);
    expect(() => WindowSchedule.parse('not a cron', 'UTC')).toThrow(/batch_cron "not a cron"/);
    expect(() => WindowSchedule.parse('0 0 31 2 *', 'UTC')).toThrow(/batch_cron/); // never fires
  });
});
