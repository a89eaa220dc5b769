import { WindowSchedule } from '../../../src/domain/window-schedule';
import { shortestGapMs, windowOffsetMs } from '../../../src/domain/window-spread';

const nightly = WindowSchedule.parse('0 2 * * *', 'Europe/Paris');
const SPREAD = 30 * 60_000;

it('gives each tenant a deterministic offset in whole seconds within the spread', () => {
  const offsets = Array.from({ length: 2000 }, (_, i) => windowOffsetMs(`tenant_${i}`, SPREAD, nightly));
  for (const o of offsets) {
    expect(o).toBeGreaterThanOrEqual(0);
    expect(o).toBeLessThan(SPREAD);
    expect(o % 1000).toBe(0);
  }
  // the same tenant always gets the same offset
  expect(windowOffsetMs('tenant_7', SPREAD, nightly)).toBe(offsets[7]);
  // spread over the whole span: every 3-minute slice of the 30 minutes holds some of 2,000 tenants
  const slices = new Set(offsets.map((o) => Math.floor(o / 180_000)));
  expect(slices.size).toBe(10);
  // no minute holds much more than its share (2000 / 30 ≈ 67)
  const perMinute = new Map<number, number>();
  for (const o of offsets) perMinute.set(Math.floor(o / 60_000), (perMinute.get(Math.floor(o / 60_000)) ?? 0) + 1);
  expect(Math.max(...perMinute.values())).toBeLessThan(110);
});

it('never spreads past half of the gap between two occurrences of the schedule, and 0 turns it off', () => {
  const everyMinute = WindowSchedule.parse('* * * * *', 'UTC');
  expect(shortestGapMs(everyMinute)).toBe(60_000);
  for (let i = 0; i < 200; i++) expect(windowOffsetMs(`t${i}`, SPREAD, everyMinute)).toBeLessThan(30_000);
  const twiceAtTwo = WindowSchedule.parse('0,10 2 * * *', 'UTC');
  expect(shortestGapMs(twiceAtTwo)).toBe(600_000);
  for (let i = 0; i < 200; i++) expect(windowOffsetMs(`t${i}`, SPREAD, twiceAtTwo)).toBeLessThan(300_000);
  const everyTwoSeconds = WindowSchedule.parse('*/2 * * * * *', 'UTC');
  expect(windowOffsetMs('t1', SPREAD, everyTwoSeconds)).toBe(0);
  expect(windowOffsetMs('t1', 0, nightly)).toBe(0);
});
