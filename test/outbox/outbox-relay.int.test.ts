import { Kafka } from 'kafkajs';
import { createLogger } from '../../src/logger';
import { OutboxLanes } from '../../src/outbox/outbox-lanes';
import { OutboxRelay } from '../../src/outbox/outbox-relay';
import { OutboxRelayOptions, syncEventsProducer } from '../../src/outbox/outbox-settings';
import { ReadOutboxLag } from '../../src/outbox/read-outbox-lag';
import { SyncEvent, syncEventSchema } from '../../src/outbox/sync-event-schemas';
import { writePaymentChanged } from '../../src/outbox/write-payment-changed';
import { writeSyncEvent } from '../../src/outbox/write-sync-event';
import { createTopics, readMessages, testKafka, topicSize } from '../support/kafka';
import { KafkaGate } from '../support/kafka-gate';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';

/**
 * The outbox and its relay against the real Postgres and Kafka: events written in the caller's
 * transaction (or not at all), versions per entity, published keyed by tenant in order per entity,
 * none lost while the broker is away, each published once by two relays.
 */
jest.setTimeout(120_000);

const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', 'outbox-test');
let db: TestDatabase;
let kafka: Kafka;
const stops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  db = await createTestDatabase();
  kafka = testKafka();
});
afterEach(async () => {
  // Relays of a test stop with it (they would publish the next test's events to their own topics).
  for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  // Nothing a test leaves unpublished is seen by the next one.
  await db.dataSource.query(`DELETE FROM sync_event_outbox WHERE published_at IS NULL`);
});
afterAll(async () => {
  await db.drop();
});

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);

async function startRelay(topic: string, k: Kafka = kafka, options: Partial<OutboxRelayOptions> = {}): Promise<OutboxRelay> {
  const relay = new OutboxRelay(
    db.dataSource,
    () => syncEventsProducer(k),
    new OutboxLanes(db.url, logger),
    { enabled: true, topic, pollMs: 100, batchSize: 50, retryMaxMs: 400, ...options },
    logger,
  );
  await relay.start();
  stops.push(() => relay.stop());
  return relay;
}

async function freshTopic(): Promise<string> {
  const topic = uniqueName('sync-events');
  await createTopics(kafka, [topic], 3);
  return topic;
}

const messagesOn = (topic: string) => topicSize(kafka, topic);

/** Every message of the topic (at least `atLeast`; repeats included), parsed with the published schema. */
async function published(topic: string, atLeast: number): Promise<Array<{ key: string | null; event: SyncEvent }>> {
  const read = await readMessages(kafka, topic, Math.max(atLeast, await messagesOn(topic)));
  return read.map((m) => ({ key: m.key, event: syncEventSchema.parse(JSON.parse(m.value?.toString() ?? 'null')) }));
}

/** One failed invoice event per call, each in its own transaction: invoice `inv_<n % entities>` of tenant `tenants[n % tenants.length]`. */
async function writeEvents(tenants: string[], from: number, count: number, entities = 5): Promise<void> {
  for (let n = from; n < from + count; n++) {
    await db.dataSource.transaction((tx) =>
      writeSyncEvent(tx, tenants[n % tenants.length] as string, 'invoice.failed', { invoiceId: `inv_${n % entities}`, invoiceVersion: n + 1, code: 'INVALID', reason: `failure ${n}` }),
    );
  }
}

async function unpublished(): Promise<number> {
  const [r] = await q<{ n: string }>(`SELECT count(*) AS n FROM sync_event_outbox WHERE published_at IS NULL`);
  return Number(r?.n);
}

describe('the outbox', () => {
  it('writes an event only with the transaction that commits it, versions growing per entity', async () => {
    const tenantId = uniqueName('t');
    await expect(
      db.dataSource.transaction(async (tx) => {
        await writeSyncEvent(tx, tenantId, 'invoice.voided', { invoiceId: 'inv_1', invoiceVersion: 2, qboInvoiceId: '17' });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await q(`SELECT 1 FROM sync_event_outbox WHERE tenant_id = $1`, [tenantId])).toHaveLength(0);

    for (const invoiceId of ['inv_1', 'inv_2', 'inv_1']) {
      await db.dataSource.transaction((tx) => writeSyncEvent(tx, tenantId, 'invoice.failed', { invoiceId, invoiceVersion: 1, code: 'X', reason: 'r' }));
    }
    await db.dataSource.transaction((tx) =>
      writeSyncEvent(tx, tenantId, 'customer.linked', { customerId: 'inv_1', qboCustomerId: '5', method: 'matched', createdInQuickBooks: false, reason: 'same e-mail' }),
    );
    const rows = await q<{ entity_type: string; entity_id: string; version: string }>(
      `SELECT entity_type, entity_id, version FROM sync_event_outbox WHERE tenant_id = $1 ORDER BY id`,
      [tenantId],
    );
    expect(rows.map((r) => `${r.entity_type}/${r.entity_id}@${r.version}`)).toEqual(['invoice/inv_1@1', 'invoice/inv_2@1', 'invoice/inv_1@2', 'customer/inv_1@1']);

    // A defect (data not of the contract) throws and rolls the change back.
    await expect(
      db.dataSource.transaction((tx) =>
        writeSyncEvent(tx, tenantId, 'invoice.synced', { invoiceId: 'inv_3', invoiceVersion: 0, operation: 'created', qboInvoiceId: '1', docNumber: null, total: '1', qboTotal: null, qboTax: null }),
      ),
    ).rejects.toThrow(/does not match its schema/);
  });

  it('writes invoice.payment_changed only when what is owed changes', async () => {
    const tenantId = uniqueName('t');
    const change = { tenantId, invoiceId: 'inv_p', qboInvoiceId: '42', total: '150.00' };
    const write = (previousBalance: string | null, balance: string | number, total: string | null = change.total) =>
      db.dataSource.transaction((tx) => writePaymentChanged(tx, { ...change, previousBalance, balance, total }));
    expect(await write(null, '150.00')).toBeNull(); // first sight, nothing paid
    expect(await write('150.00', 150)).toBeNull(); // the same balance read again (webhook and CDC)
    expect(await write('150.00', '100')).toMatchObject({ version: 1 });
    expect(await write('100.00', 0)).toMatchObject({ version: 2 });
    expect(await write(null, '25.5', '30')).toMatchObject({ version: 3 }); // first sight, partly paid
    expect(await write('0', '150.00')).toMatchObject({ version: 4 }); // a payment removed
    const data = (await q<{ data: unknown }>(`SELECT data FROM sync_event_outbox WHERE tenant_id = $1 ORDER BY id`, [tenantId])).map((r) => r.data);
    expect(data).toEqual([
      { invoiceId: 'inv_p', qboInvoiceId: '42', balance: '100.00', amountPaid: '50.00', paidInFull: false, previousBalance: '150.00', total: '150.00' },
      { invoiceId: 'inv_p', qboInvoiceId: '42', balance: '0.00', amountPaid: '150.00', paidInFull: true, previousBalance: '100.00', total: '150.00' },
      { invoiceId: 'inv_p', qboInvoiceId: '42', balance: '25.50', amountPaid: '4.50', paidInFull: false, previousBalance: null, total: '30.00' },
      { invoiceId: 'inv_p', qboInvoiceId: '42', balance: '150.00', amountPaid: '0.00', paidInFull: false, previousBalance: '0.00', total: '150.00' },
    ]);
  });

  it('publishes keyed by tenant, in order of versions per entity, the envelope of the contract', async () => {
    const topic = await freshTopic();
    const tenants = [uniqueName('ta'), uniqueName('tb'), uniqueName('tc')];
    await writeEvents(tenants, 0, 60);
    const relay = await startRelay(topic);
    await writeEvents(tenants, 60, 30); // while it runs: woken by NOTIFY
    await waitFor(async () => (await unpublished()) === 0, { description: 'every event published' });
    const got = await published(topic, 90);
    expect(got).toHaveLength(90);
    const rows = await q<{ event_id: string; tenant_id: string }>(`SELECT event_id, tenant_id FROM sync_event_outbox WHERE tenant_id = ANY($1)`, [tenants]);
    expect(new Set(got.map((g) => g.event.eventId))).toEqual(new Set(rows.map((r) => r.event_id)));
    for (const g of got) expect(g.key).toBe(g.event.tenantId);
    // Per entity, the versions arrive in order (one tenant, one partition).
    const byEntity = new Map<string, number[]>();
    for (const { event } of got) {
      const k = `${event.tenantId}/${'invoiceId' in event.data ? event.data.invoiceId : ''}`;
      byEntity.set(k, [...(byEntity.get(k) ?? []), event.version]);
    }
    for (const versions of byEntity.values()) expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(relay.counters.published).toBeGreaterThanOrEqual(90);
  });

  it('holds every event while the broker is unreachable and publishes them when it returns; the lag shows it', async () => {
    const topic = await freshTopic();
    const tenants = [uniqueName('ta'), uniqueName('tb')];
    const gate = new KafkaGate();
    const relay = await startRelay(topic, gate.kafka('outbox-gated'));
    await writeEvents(tenants, 0, 10);
    await waitFor(async () => (await unpublished()) === 0, { description: 'the first events published' });

    gate.close();
    const failuresBefore = relay.counters.failures;
    await writeEvents(tenants, 10, 40);
    await waitFor(() => relay.counters.failures >= failuresBefore + 3, { description: 'three failed rounds while the broker is away' });
    expect(await unpublished()).toBe(40);
    const lag = await new ReadOutboxLag(db.dataSource).run();
    expect(lag.unpublished).toBe(40);
    expect(lag.oldestUnpublishedAt).not.toBeNull();
    expect((await new ReadOutboxLag(db.dataSource).run(tenants[0] as string)).unpublished).toBe(20);

    gate.open();
    await waitFor(async () => (await unpublished()) === 0, { description: `published once the broker is back (${relay.counters.lastError})`, timeoutMs: 30_000 });
    expect(await new ReadOutboxLag(db.dataSource).run()).toEqual({ unpublished: 0, oldestUnpublishedAt: null, oldestUnpublishedAgeSeconds: null });
    const rows = await q<{ event_id: string }>(`SELECT event_id FROM sync_event_outbox WHERE tenant_id = ANY($1)`, [tenants]);
    expect(rows).toHaveLength(50);
    const got = await published(topic, 50);
    expect(new Set(got.map((g) => g.event.eventId))).toEqual(new Set(rows.map((r) => r.event_id)));
  });

  it('two relays share the lanes and publish each event once', async () => {
    const topic = await freshTopic();
    const tenants = Array.from({ length: 40 }, () => uniqueName('t'));
    const a = await startRelay(topic);
    const b = await startRelay(topic);
    for (let round = 0; round < 6; round++) await writeEvents(tenants, round * 50, 50, 7);
    await waitFor(async () => (await unpublished()) === 0, { description: 'every event published' });
    const rows = await q<{ event_id: string }>(`SELECT event_id FROM sync_event_outbox WHERE tenant_id = ANY($1)`, [tenants]);
    expect(rows).toHaveLength(300);
    expect(await messagesOn(topic)).toBe(300); // none twice
    const got = await published(topic, 300);
    expect(new Set(got.map((g) => g.event.eventId)).size).toBe(300);
    // Both took part: the lanes were shared.
    expect(a.counters.published).toBeGreaterThan(0);
    expect(b.counters.published).toBeGreaterThan(0);
  });
});
