import { ConfigError, loadConfig } from '../../src/config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', KAFKA_BROKERS: 'localhost:9092' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig(base);
    expect(c.kafka.topics).toEqual({ customers: 'customer-events', invoices: 'invoice-events', deadLetter: 'qbo-sync.dead-letter' });
    expect(c.kafka.brokers).toEqual(['localhost:9092']);
    expect(c.kafka.groupId).toBe('qbo-sync');
    expect(c.http.port).toBe(8080);
  });

  it('names each missing or bad variable', () => {
    expect(problemsOf({})).toEqual(expect.arrayContaining([expect.stringContaining('DATABASE_URL'), expect.stringContaining('KAFKA_BROKERS')]));
    expect(problemsOf({ ...base, HTTP_PORT: 'eighty' })).toEqual([expect.stringMatching(/^HTTP_PORT must be an integer/)]);
    expect(problemsOf({ ...base, HTTP_PORT: '70000' })).toEqual([expect.stringMatching(/^HTTP_PORT must be between/)]);
    expect(problemsOf({ ...base, KAFKA_BROKERS: 'localhost' })).toEqual([expect.stringMatching(/^KAFKA_BROKERS must be/)]);
    expect(problemsOf({ ...base, DATABASE_URL: 'mysql://x' })).toEqual([expect.stringContaining('DATABASE_URL')]);
    expect(problemsOf({ ...base, KAFKA_FROM_BEGINNING: 'maybe' })).toEqual([expect.stringMatching(/^KAFKA_FROM_BEGINNING must be true or false/)]);
    expect(problemsOf({ ...base, KAFKA_TOPIC_INVOICES: 'bad topic!' })).toEqual([expect.stringContaining('KAFKA_TOPIC_INVOICES')]);
    expect(problemsOf({ ...base, LOG_LEVEL: 'loud' })).toEqual([expect.stringContaining('LOG_LEVEL')]);
  });

  it('parses lists and booleans', () => {
    const c = loadConfig({ ...base, KAFKA_BROKERS: 'a:1, b:2', KAFKA_FROM_BEGINNING: 'false' });
    expect(c.kafka.brokers).toEqual(['a:1', 'b:2']);
    expect(c.kafka.fromBeginning).toBe(false);
  });
});
