import { cronProblem, isValidDate, isValidTimeZone, validateSettingsChange } from '../../src/connections/tenant-settings';

describe('tenant settings validation', () => {
  it('knows IANA zones, real dates and five-field cron schedules', () => {
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Pacific')).toBe(false);
    expect(isValidTimeZone(' UTC')).toBe(false);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-1-05')).toBe(false);
    expect(cronProblem('0 2 * * *')).toBeNull();
    expect(cronProblem('30 18 * * 1-5')).toBeNull();
    expect(cronProblem('0 0 2 * * *')).toMatch(/5 fields/);
    expect(cronProblem('0 25 * * *')).toMatch(/not a valid schedule/);
  });

  it('names every bad field and applies nothing; accepts a good partial change', () => {
    const bad = validateSettingsChange({ enabled: 'yes', timeZone: 'Nowhere/Else', defaultItemId: 'SERVICES', extra: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.field).sort()).toEqual(['defaultItemId', 'enabled', 'extra', 'timeZone']);
    expect(validateSettingsChange([])).toEqual({ ok: false, problems: [{ field: '(body)', message: expect.any(String) }] });
    expect(validateSettingsChange({ batchCron: ' 0  3 * * * ', invoicesFrom: '', defaultItemId: null })).toEqual({
      ok: true,
      change: { batchCron: '0 3 * * *', invoicesFrom: null, defaultItemId: null },
    });
  });
});
