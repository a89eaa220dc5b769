import { TenantLinkSigner } from '../../src/http/tenant-link-signer';
import { incompleteReason } from '../../src/http/tenant-page-history';
import { cronOf, scheduleFromForm, simpleSchedule } from '../../src/http/tenant-page-schedule-fields';
import { durationPhrase } from '../../src/http/tenant-page-time';

describe('send time and days ↔ cron', () => {
  it.each([
    ['0 2 * * *', { time: '02:00', days: [0, 1, 2, 3, 4, 5, 6] }],
    ['30 18 * * 1-5', { time: '18:30', days: [1, 2, 3, 4, 5] }],
    ['5 7 * * 0,6', { time: '07:05', days: [0, 6] }],
    ['0 9 * * 1,3,5', { time: '09:00', days: [1, 3, 5] }],
    ['0 9 * * 7', { time: '09:00', days: [0] }],
  ])('%s reads as a time and days and back', (cron, simple) => {
    expect(simpleSchedule(cron)).toEqual(simple);
    expect(simpleSchedule(cronOf(simple))).toEqual(simple);
  });

  it('writes the shortest cron for the days', () => {
    expect(cronOf({ time: '18:30', days: [5, 1, 2, 3, 4] })).toBe('30 18 * * 1-5');
    expect(cronOf({ time: '00:00', days: [0, 1, 2, 3, 4, 5, 6] })).toBe('0 0 * * *');
    expect(cronOf({ time: '06:15', days: [0, 1, 6] })).toBe('15 6 * * 0,1,6');
  });

  it.each(['*/15 * * * *', '0 2 1 * *', '0 2-4 * * *', '0 2 * 1 *'])('%s is more than a time and days', (cron) => {
    expect(simpleSchedule(cron)).toBeNull();
  });

  it('the form: time and days win unless the advanced cron was edited; problems are named', () => {
    const base = { batchCron: '0 2 * * *', batchCronShown: '0 2 * * *' };
    expect(scheduleFromForm({ ...base, sendTime: '18:30', sendDays: ['1', '2', '3', '4', '5'] }).cron).toBe('30 18 * * 1-5');
    expect(scheduleFromForm({ batchCron: '15 3 * * *', batchCronShown: '0 2 * * *', sendTime: '02:00', sendDays: ['1'] })).toEqual({
      problems: [],
      typed: { time: '02:00', days: [1] },
    });
    expect(scheduleFromForm({ ...base, sendTime: '25:00', sendDays: [] }).problems).toEqual([
      { field: 'sendTime', message: 'must be a time of day such as 02:00 or 18:30' },
      { field: 'sendDays', message: 'needs at least one day' },
    ]);
    // a detailed schedule shown without a time is kept as it is
    expect(scheduleFromForm({ batchCron: '*/15 * * * *', batchCronShown: '*/15 * * * *', sendTime: '' }).cron).toBeUndefined();
    expect(scheduleFromForm({ batchCron: '*/15 * * * *', batchCronShown: '*/15 * * * *', sendTime: '' }).problems).toEqual([]);
    // a form without these fields (an older page) leaves the cron field alone
    expect(scheduleFromForm({ batchCron: '0 2 * * *' })).toEqual({ problems: [] });
  });
});

describe('revoked tenant links', () => {
  const signer = new TenantLinkSigner('a-secret-of-at-least-thirty-two-characters');
  const later = new Date(Date.now() + 3_600_000);

  it('a link of an older generation is refused as revoked; links of the current one work', () => {
    const first = signer.sign('acct_42', later); // generation 0: the format of links issued before revocation existed
    expect(first).toMatch(/^\d+\.[\w-]{43}$/);
    expect(signer.verify('acct_42', first, new Date(), 0).ok).toBe(true);
    expect(signer.verify('acct_42', first, new Date(), 1)).toEqual({ ok: false, reason: 'revoked' });
    const second = signer.sign('acct_42', later, 1);
    expect(second).toMatch(/^\d+\.g1\.[\w-]{43}$/);
    expect(signer.verify('acct_42', second, new Date(), 1).ok).toBe(true);
    expect(signer.verify('acct_42', second, new Date(), 2)).toEqual({ ok: false, reason: 'revoked' });
    // the generation is signed: it cannot be edited into a newer one
    expect(signer.verify('acct_42', second.replace('.g1.', '.g2.'), new Date(), 2)).toEqual({ ok: false, reason: 'bad_signature' });
  });
});

describe('history wording', () => {
  it('says why a window did not finish', () => {
    expect(incompleteReason('QuickBooks did not answer for 7 invoice(s) (passing errors, tried again and again); they are carried to the next run')).toBe('QuickBooks did not answer');
    expect(incompleteReason('stopped by an error: boom; the next run continues')).toBe('Stopped by an error');
    expect(incompleteReason(null)).toBe('Incomplete');
    expect(durationPhrase(4_200)).toBe('4 s');
    expect(durationPhrase(125_000)).toBe('2 min 5 s');
    expect(durationPhrase(3_780_000)).toBe('1 h 3 min');
  });
});
