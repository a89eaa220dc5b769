import { createHash } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { Worker } from '../../src/worker';
import { aCustomerEvent, asMessage } from '../support/builders';
import { groupCaughtUp, produce, readMessages, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { spawnWorkerProcess, startInProcessWorker, WorkerSettings } from '../support/worker-harness';
import { createTopicsWithLeaders } from '../../src/kafka-topics';

/**
 * Issue 11, item 2: a bad message that fits its source topic but not the dead-letter topic
 * once the headers are added used to crash the consumer for good while /healthz said 200.
 */

let kafka: Kafka;
let db: TestDatabase;

beforeAll(async () => {
  kafka = testKafka();
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

/** Topics of their own, one partition each; the dead-letter topic with `deadLetterMaxBytes` when given. */
async function topics(deadLetterMaxBytes?: number): Promise<WorkerSettings> {
  const s: WorkerSettings = {
    databaseUrl: db.url,
    groupId: uniqueName('group'),
    customersTopic: uniqueName('customers'),
    invoicesTopic: uniqueName('invoices'),
    deadLetterTopic: uniqueName('dead'),
  };
  const admin = kafka.admin();
  await admin.connect();
  try {
    await createTopicsWithLeaders(admin, [
        { topic: s.customersTopic, numPartitions: 1 },
        { topic: s.invoicesTopic, numPartitions: 1 },
        {
          topic: s.deadLetterTopic,
          numPartitions: 1,
          configEntries: deadLetterMaxBytes === undefined ? [] : [{ name: 'max.message.bytes', value: String(deadLetterMaxBytes) }],
        },
    ]);
  } finally {
    await admin.disconnect();
  }
  return s;
}

/** `p`'s value, or `fallback` after `ms` (the timer cleared either way). */
async function within<T, F>(p: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<F>((r) => (timer = setTimeout(() => r(fallback), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

describe('dead letters that do not fit', () => {
  it('a 1,048,300-byte bad message is dead-lettered cut, with its size and SHA-256, and the partition moves on', async () => {
    const s = await topics();
    const tenantId = uniqueName('t');
    const huge = Buffer.alloc(1_048_300, 'x');
    await produce(kafka, s.customersTopic, [
      asMessage(aCustomerEvent({ id: 'cus_before' }, { tenantId })),
      { key: tenantId, value: huge },
      asMessage(aCustomerEvent({ id: 'cus_after' }, { tenantId })),
    ], 1);
    const proc = spawnWorkerProcess({ ...s, extraEnv: { HTTP_PORT: '0', LOG_LEVEL: 'info' } });
    try {
      const port = await proc.httpPort();
      const [letter] = await readMessages(kafka, s.deadLetterTopic, 1, 60_000);
      // A rehearsal once saw no letter within the minute: say what the worker was doing.
      if (letter === undefined) throw new Error(`no dead letter within 60 s (worker output: ${proc.output().slice(-3000)})`);
      expect(letter?.headers['x-error-code']).toBe('too_large');
      expect(letter?.headers['x-original-offset']).toBe('1');
      expect(letter?.headers['x-truncated']).toBe('value');
      expect(letter?.headers['x-original-size']).toBe('1048300');
      expect(letter?.headers['x-original-sha256']).toBe(createHash('sha256').update(huge).digest('hex'));
      const cut = letter?.value ?? Buffer.alloc(0);
      expect(cut.length).toBeGreaterThan(1_000_000);
      expect(cut.length).toBeLessThan(huge.length);
      expect(huge.subarray(0, cut.length).equals(cut)).toBe(true);
      await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic]), {
        timeoutMs: 60_000,
        description: () => `the partition moved past it (worker output: ${proc.output().slice(-3000)})`,
      });
      const rows: Array<{ id: string }> = await db.dataSource.query(`SELECT id FROM customers WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
      expect(rows.map((r) => r.id)).toEqual(['cus_after', 'cus_before']);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect(proc.child.exitCode).toBeNull();
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
    }
  });

  it('a consumer that dies for good fails /healthz, and the worker process exits 1 instead of living on', async () => {
    // A dead-letter topic nothing fits in (not even the headers): publishing fails non-retriably.
    const s = await topics(100);
    const bad = { key: 'k', value: '{"not": "an event"}' };
    await produce(kafka, s.customersTopic, [bad]);

    const worker: Worker = await startInProcessWorker(s);
    try {
      const cause = await within(worker.died, 60_000, null);
      expect(cause).not.toBeNull();
      const health = await fetch(`http://127.0.0.1:${worker.httpPort}/healthz`);
      expect(health.status).toBe(503);
      expect(JSON.stringify(await health.json())).toContain('the consumer crashed and will not restart');
    } finally {
      await worker.stop();
    }

    const proc = spawnWorkerProcess({ ...s, groupId: uniqueName('group') });
    const code = await within(proc.exited, 60_000, 'alive' as const);
    if (code === 'alive') proc.child.kill('SIGKILL');
    expect(code).toBe(1);
    expect(proc.output()).toContain('the consumer died; exiting');
  });
});
