import { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { createDataSource, runMigrationsLocked } from '../../src/db/data-source';
import { aCustomerEvent, asMessage } from '../support/builders';
import { groupCaughtUp, produce, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings, spawnWorkerProcess, WorkerSettings } from '../support/worker-harness';

let kafka: Kafka;
let db: TestDatabase;

beforeAll(async () => {
  kafka = testKafka();
  db = await createTestDatabase({ migrate: false });
});

afterAll(async () => {
  await db.drop();
});

describe('worker lifecycle', () => {
  it('replicas booting together apply the migrations once, under a lock', async () => {
    const sources = [0, 1, 2].map(() => createDataSource({ url: db.url, poolSize: 2 }));
    await Promise.all(sources.map((s) => s.initialize()));
    const applied = await Promise.all(sources.map((s) => runMigrationsLocked(s)));
    await Promise.all(sources.map((s) => s.destroy()));
    const all = applied.flat();
    expect(new Set(all).size).toBe(all.length); // no migration applied twice
    const [row] = await db.dataSource.query(`SELECT count(*) n FROM migrations`);
    expect(Number(row.n)).toBe(all.length);
    expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
  });

  it('serves /healthz and /readyz, and on SIGTERM commits what it consumed and exits 0', async () => {
    const s: WorkerSettings = {
      ...(await freshWorkerSettings(kafka, db.url)),
      extraEnv: { HTTP_PORT: '0', LOG_LEVEL: 'info' },
    };
    const tenantId = uniqueName('t');
    await produce(kafka, s.customersTopic, Array.from({ length: 50 }, (_, n) => asMessage(aCustomerEvent({ id: `cus_${n}` }, { tenantId }))));
    const proc = spawnWorkerProcess(s);
    try {
      const port = await proc.httpPort();
      const ready = await waitFor(
        async () => {
          const r = await fetch(`http://127.0.0.1:${port}/readyz`);
          return r.status === 200 ? ((await r.json()) as { checks: Array<{ name: string; ok: boolean }> }) : null;
        },
        { timeoutMs: 60_000, description: () => `/readyz 200 (worker output: ${proc.output().slice(-3000)})` },
      );
      expect(ready.checks.map((c) => [c.name, c.ok])).toEqual([
        ['postgres', true],
        ['kafka', true],
        ['consumer', true],
      ]);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic]), { description: 'consumed' });
    } finally {
      proc.child.kill('SIGTERM');
    }
    expect(await proc.exited).toBe(0);
    const c = new Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query(`SELECT count(*) n FROM customers WHERE tenant_id = $1`, [tenantId]);
    await c.end();
    expect(Number(rows[0].n)).toBe(50);
  });

  it.each([
    ['without the token encryption key', { QBO_TOKEN_ENCRYPTION_KEY: '' }, 'QBO_TOKEN_ENCRYPTION_KEY is required'],
    ['on a bad setting', { HTTP_PORT: 'eighty' }, 'HTTP_PORT must be an integer'],
  ])('refuses to boot %s (exit 2), naming the variable', async (_what, extraEnv, message) => {
    const proc = spawnWorkerProcess({ databaseUrl: db.url, groupId: 'g', customersTopic: 'c', invoicesTopic: 'i', deadLetterTopic: 'd', extraEnv });
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toContain(message);
  });
});
