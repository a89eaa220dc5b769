import { cdcContinuation } from '../../src/invoices/cdc-continuation';

const at = (iso: string, n: number) => Array.from({ length: n }, (_, i) => ({ Id: String(i + 1), MetaData: { LastUpdatedTime: iso } }));
const empty = { customers: [], items: [], accounts: [], taxCodes: [], invoices: [], payments: [] };
const since = new Date('2026-12-01T10:00:00.000Z');

describe('cdcContinuation: where reading goes on after a CDC answer, never skipping an object', () => {
  it('an answer under the cap is complete', () => {
    expect(cdcContinuation({ ...empty, customers: at('2026-12-01T10:00:05Z', 3) as never }, since, 5)).toEqual({ kind: 'done' });
  });

  it('an answer at the cap across entities goes on AT its newest instant (not after it)', () => {
    const res = { ...empty, customers: at('2026-12-01T10:00:01Z', 2) as never, invoices: at('2026-12-01T10:00:02-00:00', 3) as never };
    expect(cdcContinuation(res, since, 5)).toEqual({ kind: 'next', since: new Date('2026-12-01T10:00:02.000Z') });
  });

  it('an entity at its own cap goes on at ITS newest, not at a newer object of a complete entity', () => {
    const res = { ...empty, customers: at('2026-12-01T10:00:01Z', 5) as never, items: at('2026-12-01T10:00:09Z', 1) as never };
    expect(cdcContinuation(res, since, 5)).toEqual({ kind: 'next', since: new Date('2026-12-01T10:00:01.000Z') });
  });

  it('instants are compared as times, whatever their offsets', () => {
    const res = { ...empty, customers: [...at('2026-12-01T02:00:03-08:00', 2), ...at('2026-12-01T10:00:02Z', 3)] as never };
    expect(cdcContinuation(res, since, 5)).toEqual({ kind: 'next', since: new Date('2026-12-01T10:00:03.000Z') });
  });

  it('a full answer whose objects all share the instant asked from is stuck: that instant must be read by query', () => {
    expect(cdcContinuation({ ...empty, customers: at(since.toISOString(), 5) as never }, since, 5)).toEqual({ kind: 'stuck' });
  });
});
