import { Kafka, Message } from 'kafkajs';
import { expectedState, generateEvents, SampleEvent } from '../../src/sample/sample-events';
import { Worker } from '../../src/worker';
import { groupCaughtUp, produce, testKafka } from '../support/kafka';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings, spawnWorkerProcess, startInProcessWorker, WorkerSettings } from '../support/worker-harness';

/** Crashes and outages: nothing lost, nothing twice. */

let kafka: Kafka;
let db: TestDatabase;

beforeAll(async () => {
  kafka = testKafka();
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

const freshTopics = (databaseUrl: string): Promise<WorkerSettings> => freshWorkerSettings(kafka, databaseUrl);

const toMessages = (events: SampleEvent[], topic: SampleEvent['topic']): Message[] =>
  events.filter((e) => e.topic === topic).map((e) => ({ key: e.key, value: JSON.stringify(e.value) }));

async function inboxCount(tenantPrefix: string): Promise<number> {
  const [r] = await db.dataSource.query(`SELECT count(*) n FROM processed_events WHERE tenant_id LIKE $1`, [`${tenantPrefix}%`]);
  return Number(r.n);
}

async function assertExactlyOnce(events: SampleEvent[], tenantPrefix: string): Promise<void> {
  const ids = events.map((e) => String(e.value.eventId));
  const inbox: Array<{ n: string; distinct_n: string }> = await db.dataSource.query(
    `SELECT count(*) n, count(DISTINCT event_id) distinct_n FROM processed_events WHERE event_id = ANY($1::text[])`,
    [ids],
  );
  expect(Number(inbox[0]?.n)).toBe(events.length);
  expect(Number(inbox[0]?.distinct_n)).toBe(events.length);
  const rows: Array<{ k: string; version: string }> = await db.dataSource.query(
    `SELECT 'customer|' || tenant_id || '|' || id AS k, version FROM customers WHERE tenant_id LIKE $1
     UNION ALL SELECT 'invoice|' || tenant_id || '|' || id AS k, version FROM invoices WHERE tenant_id LIKE $1`,
    [`${tenantPrefix}%`],
  );
  const actual = new Map(rows.map((r) => [r.k, Number(r.version)]));
  const expected = expectedState(events);
  expect(actual.size).toBe(expected.size);
  for (const [k, v] of expected) expect([k, actual.get(k)]).toEqual([k, v.version]);
}

describe('ingest recovery', () => {
  it('a worker killed with SIGKILL mid-stream and restarted records every event exactly once', async () => {
    // A short session timeout: the group reassigns a killed member's partitions sooner.
    const s = { ...(await freshTopics(db.url)), extraEnv: { KAFKA_SESSION_TIMEOUT_MS: '6000' } };
    const tenantPrefix = uniqueName('t');
    const events = generateEvents({ count: 30_000, tenants: 9, seed: 11, tenantPrefix });
    await produce(kafka, s.customersTopic, toMessages(events, 'customers'));
    await produce(kafka, s.invoicesTopic, toMessages(events, 'invoices'));

    // Kill it twice, each time once part of the stream is in.
    for (const threshold of [3_000, 15_000]) {
      const proc = spawnWorkerProcess(s);
      await waitFor(async () => (await inboxCount(tenantPrefix)) >= threshold, {
        timeoutMs: 90_000,
        description: () => `${threshold} events in (worker output: ${proc.output().slice(-500)})`,
      });
      proc.child.kill('SIGKILL');
      await proc.exited;
      expect(await inboxCount(tenantPrefix)).toBeLessThan(events.length);
    }
    const last = spawnWorkerProcess(s);
    try {
      await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), {
        timeoutMs: 120_000,
        description: 'restarted worker caught up',
      });
      await assertExactlyOnce(events, tenantPrefix);
    } finally {
      last.child.kill('SIGTERM');
      expect(await last.exited).toBe(0);
    }
  });

  it('recovers by itself when Postgres is unreachable for a few seconds mid-stream, losing nothing', async () => {
    const pg = new URL(db.url);
    const proxy = new TcpProxy(pg.hostname, Number(pg.port || 5432));
    await proxy.start();
    const viaProxy = new URL(db.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const s = await freshTopics(viaProxy.toString());
    const tenantPrefix = uniqueName('t');
    const events = generateEvents({ count: 20_000, tenants: 5, seed: 13, tenantPrefix });
    const firstHalf = events.slice(0, 10_000);
    const secondHalf = events.slice(10_000);

    const worker: Worker = await startInProcessWorker(s);
    try {
      await produce(kafka, s.customersTopic, toMessages(firstHalf, 'customers'));
      await produce(kafka, s.invoicesTopic, toMessages(firstHalf, 'invoices'));
      await waitFor(async () => (await inboxCount(tenantPrefix)) > 0, { description: 'first events in' });

      proxy.cut();
      const cutAt = Date.now();
      await produce(kafka, s.customersTopic, toMessages(secondHalf, 'customers'));
      await produce(kafka, s.invoicesTopic, toMessages(secondHalf, 'invoices'));
      // The worker keeps retrying while Postgres is away, and commits no offset past what it wrote.
      await waitFor(() => (worker.consumer?.counters.dbRetries ?? 0) > 0, { description: 'a failed write being retried' });
      const duringOutage = await inboxCount(tenantPrefix);
      expect(await groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic])).toBe(false);
      await new Promise((r) => setTimeout(r, Math.max(0, 3000 - (Date.now() - cutAt))));
      proxy.restore();

      await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), {
        timeoutMs: 120_000,
        description: 'caught up after the outage',
      });
      expect(await inboxCount(tenantPrefix)).toBeGreaterThan(duringOutage);
      await assertExactlyOnce(events, tenantPrefix);
    } finally {
      await worker.stop();
      await proxy.stop();
    }
  });
});
