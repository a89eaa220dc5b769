import { Kafka } from 'kafkajs';
import { BACKGROUND_TASK, BackgroundTask } from '../../src/background-task';
import { Worker } from '../../src/worker';
import { aCustomerEvent, asMessage } from '../support/builders';
import { groupCaughtUp, produce, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings, startInProcessWorker } from '../support/worker-harness';

/**
 * Issue 11, item 8: the shutdown order. A QuickBooks task whose call hangs used to be
 * stopped before the consumer and use up SHUTDOWN_TIMEOUT_MS, so the process exited 1
 * before the consumer left its group (its partitions then waited for the session timeout).
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

/** A background task stuck in a QuickBooks call that never answers: its stop() never resolves. */
class HungQboTask implements BackgroundTask {
  readonly name = 'hung-qbo-call';
  consumerJoinedWhenAskedToStop: boolean | null = null;
  constructor(private readonly worker: () => Worker | undefined) {}
  async start(): Promise<void> {}
  stop(): Promise<void> {
    this.consumerJoinedWhenAskedToStop = this.worker()?.consumer?.isJoined() ?? null;
    return new Promise<void>(() => undefined);
  }
}

describe('worker shutdown', () => {
  it('a hung QuickBooks task cannot keep the consumer from committing and leaving its group', async () => {
    const s = { ...(await freshWorkerSettings(kafka, db.url)), extraEnv: { SHUTDOWN_TIMEOUT_MS: '4000', KAFKA_SESSION_TIMEOUT_MS: '60000' } };
    const tenantId = uniqueName('t');
    await produce(kafka, s.customersTopic, Array.from({ length: 20 }, (_, n) => asMessage(aCustomerEvent({ id: `cus_${n}` }, { tenantId }))));
    const started: { worker?: Worker } = {};
    const hung = new HungQboTask(() => started.worker);
    const worker = await startInProcessWorker(s, { customize: (c) => c.bind(BACKGROUND_TASK).toConstantValue(hung) });
    started.worker = worker;
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic]), { description: 'consumed and committed' });

    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      worker.stop().then(() => 'stopped' as const),
      new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), 15_000))),
    ]);
    clearTimeout(timer);
    expect(outcome).toBe('stopped');
    // The task was asked to stop only once the consumer had left, and the group is empty at once
    // (not after the 60 s session timeout): its partitions can move to another replica now.
    expect(hung.consumerJoinedWhenAskedToStop).toBe(false);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([s.groupId]);
      expect(groups[0]?.members).toEqual([]);
      expect(groups[0]?.state).toBe('Empty');
    } finally {
      await admin.disconnect();
    }
    const [n] = await db.dataSource.query(`SELECT count(*)::int n FROM customers WHERE tenant_id = $1`, [tenantId]);
    expect(n).toEqual({ n: 20 });
  });
});
