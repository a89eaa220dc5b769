import { Kafka } from 'kafkajs';
import { EventStore, SourcedEvent, WriteOutcome } from '../../src/ingest/event-store';
import { aCustomerEvent, asMessage } from '../support/builders';
import { startIngestConsumer, RunningConsumer } from '../support/consumer-harness';
import { groupCaughtUp, produce, readMessages, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings } from '../support/worker-harness';

/**
 * Issue 11, item 1: an event the code cannot take (here a RangeError, as JSON.stringify
 * throws on a deep value) is isolated and dead-lettered with its reason; it no longer stops
 * the partition (it used to be retried forever as if Postgres were down).
 */

let kafka: Kafka;
let db: TestDatabase;
const running: RunningConsumer[] = [];

beforeAll(async () => {
  kafka = testKafka();
  db = await createTestDatabase();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
});

afterAll(async () => {
  await db.drop();
});

/** The real store, except that it throws what JSON.stringify throws on a 5,000-level value for events marked `explode`. */
class FragileEventStore extends EventStore {
  override async write(events: readonly SourcedEvent[]): Promise<WriteOutcome> {
    if (events.some((e) => (e.data as Record<string, unknown>).explode === true)) {
      throw new RangeError('Maximum call stack size exceeded');
    }
    return super.write(events);
  }
}

describe('ingest: an event the worker cannot write', () => {
  it('is dead-lettered as unprocessable with its reason, and its neighbours are recorded', async () => {
    const s = await freshWorkerSettings(kafka, db.url, 1);
    const tenantId = uniqueName('t');
    const messages = [
      asMessage(aCustomerEvent({ id: 'cus_before' }, { tenantId })),
      asMessage(aCustomerEvent({ id: 'cus_bad', explode: true }, { tenantId })),
      asMessage(aCustomerEvent({ id: 'cus_after' }, { tenantId })),
    ];
    await produce(kafka, s.customersTopic, messages);
    running.push(
      await startIngestConsumer(s, db.dataSource, (c) => {
        c.rebindSync(EventStore).toConstantValue(new FragileEventStore(db.dataSource));
      }),
    );

    const [letter] = await readMessages(kafka, s.deadLetterTopic, 1);
    expect(letter?.headers['x-error-code']).toBe('unprocessable');
    expect(letter?.headers['x-error-message']).toContain('RangeError: Maximum call stack size exceeded');
    expect(letter?.headers['x-original-offset']).toBe('1');
    expect(letter?.value?.toString()).toBe(messages[1]?.value);
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic]), { description: 'the partition moved past it' });
    const rows: Array<{ id: string }> = await db.dataSource.query(`SELECT id FROM customers WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
    expect(rows.map((r) => r.id)).toEqual(['cus_after', 'cus_before']);
  });
});
