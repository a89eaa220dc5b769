import type { Kafka } from 'kafkajs';
import type { Worker } from '../../src/worker';
import { aCustomerEvent, asMessage } from '../support/builders';
import { groupCaughtUp, produce, testKafka } from '../support/kafka';
import { runCli } from '../support/run-cli';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings, startInProcessWorker, workerEnv, WorkerSettings } from '../support/worker-harness';

interface Plan {
  ok: boolean;
  applied?: boolean;
  moves: Array<{ topic: string; partition: number; from: string | null; to: string; end: string; reread: number }>;
}

/**
 * `qbo-sync replay` against the real broker: refused while the worker is in its group; with the
 * worker stopped, the group moved to a time and to the beginning; the worker started again reads
 * every event again and nothing changes (inbox and version guards).
 */
describe('qbo-sync replay', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let s: WorkerSettings;
  let worker: Worker | undefined;
  const tenantId = uniqueName('acct');

  beforeAll(async () => {
    db = await createTestDatabase();
    kafka = testKafka();
    s = await freshWorkerSettings(kafka, db.url, 2);
    s.extraEnv = { INVOICE_SCHEDULER_ENABLED: 'false' };
  });
  afterAll(async () => {
    await worker?.stop();
    await db.drop();
  });

  const snapshot = async () =>
    (await db.dataSource.query(`SELECT id, version, updated_at FROM customers WHERE tenant_id = $1 ORDER BY id`, [tenantId])) as unknown[];

  it('refuses while the group has live members, then moves it and the worker re-reads harmlessly', async () => {
    await produce(kafka, s.customersTopic, [1, 2, 3].map((n) => asMessage(aCustomerEvent({ id: `cus_${n}` }, { tenantId }))));
    const between = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await produce(kafka, s.customersTopic, [4, 5].map((n) => asMessage(aCustomerEvent({ id: `cus_${n}` }, { tenantId }))));
    worker = await startInProcessWorker(s);
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), { description: 'caught up' });
    const before = await snapshot();
    expect(before).toHaveLength(5);
    const env = workerEnv(s);

    const refused = await runCli(['replay', '--to-beginning'], env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('live member(s)');

    await worker.stop();
    worker = undefined;
    const byTime = await runCli(['replay', '--to', between.toISOString(), '--dry-run', '--json'], env);
    const timePlan = JSON.parse(byTime.stdout) as Plan;
    expect(timePlan).toMatchObject({ ok: true, applied: false });
    expect(timePlan.moves.filter((m) => m.topic === s.customersTopic).reduce((t, m) => t + m.reread, 0)).toBe(2);

    const moved = await runCli(['replay', '--to-beginning'], env);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('Ingest records only what is new');
    expect(moved.stdout).toContain('5 events will be read again');
    const admin = kafka.admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchOffsets({ groupId: s.groupId, topics: [s.customersTopic] });
      expect(offsets?.partitions.map((p) => p.offset)).toEqual(['0', '0']);
    } finally {
      await admin.disconnect();
    }

    worker = await startInProcessWorker(s);
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), { description: 'caught up again' });
    expect(await snapshot()).toEqual(before);
    const c = worker.consumer?.counters;
    expect({ accepted: c?.accepted, duplicates: c?.duplicates }).toEqual({ accepted: 0, duplicates: 5 });
  });
});
