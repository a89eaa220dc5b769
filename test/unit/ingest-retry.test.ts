import { blamesTheEvents, sqlState } from '../../src/ingest/retry';

/** Which failed writes are the events' fault (isolated and dead-lettered) and which are retried until they pass. */
describe('blamesTheEvents', () => {
  it.each([
    ['a RangeError from JSON.stringify', new RangeError('Maximum call stack size exceeded')],
    ['a TypeError of our code', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['22P02 invalid text', Object.assign(new Error('invalid input syntax'), { code: '22P02' })],
    ['23505 unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['54001 jsonb too deep', Object.assign(new Error('stack depth limit exceeded'), { code: '54001' })],
    ['a typeorm wrapper of 22008', Object.assign(new Error('QueryFailedError'), { driverError: { code: '22008' } })],
  ])('blames the events for %s', (_what, error) => {
    expect(blamesTheEvents(error)).toBe(true);
  });

  it.each([
    ['ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['08006 connection failure', Object.assign(new Error('x'), { code: '08006' })],
    ['57P01 admin shutdown', Object.assign(new Error('x'), { code: '57P01' })],
    ['40P01 deadlock', Object.assign(new Error('x'), { code: '40P01' })],
    ['42P01 a missing table (a deployment to fix)', Object.assign(new Error('relation does not exist'), { code: '42P01' })],
    ['28P01 a refused password', Object.assign(new Error('x'), { code: '28P01' })],
    ['a terminated connection', new Error('Connection terminated unexpectedly')],
  ])('retries %s', (_what, error) => {
    expect(blamesTheEvents(error)).toBe(false);
  });

  it('reads the SQLSTATE through wrappers', () => {
    expect(sqlState({ driverError: { code: '54001' } })).toBe('54001');
    expect(sqlState(new RangeError('x'))).toBeNull();
  });
});
