import { createTopics, readMessages, topicSize } from '../support/kafka';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { syncEventSchema, SyncEvent } from '../../src/outbox/sync-event-schemas';
import { writeSyncEvent } from '../../src/outbox/write-sync-event';
import { CustomerHarness } from '../customers/customer-harness';

/**
 * The worker as a process (dist/src/main.js), killed with SIGKILL: an event committed with its
 * state change is published after the restart, with the same eventId, never lost.
 */
jest.setTimeout(240_000);

let h: CustomerHarness;
beforeAll(async () => {
  h = await CustomerHarness.start();
});
afterAll(async () => {
  await h.close();
});

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => h.db.dataSource.query(sql, params);

async function count(tenantId: string, publishedOnly: boolean): Promise<number> {
  const [r] = await q<{ n: string }>(`SELECT count(*) AS n FROM sync_event_outbox WHERE tenant_id = $1 ${publishedOnly ? 'AND published_at IS NOT NULL' : ''}`, [tenantId]);
  return Number(r?.n);
}

async function messages(topic: string, atLeast: number): Promise<SyncEvent[]> {
  const read = await readMessages(h.kafka, topic, Math.max(atLeast, await topicSize(h.kafka, topic)));
  return read.map((m) => syncEventSchema.parse(JSON.parse(m.value?.toString() ?? 'null')));
}

it('killed between the commit of a customer link and its publish: published after the restart, same eventId', async () => {
  const topic = uniqueName('sync-events');
  await createTopics(h.kafka, [topic], 3);
  // The relay off in the first process: whatever it commits is not published before the kill.
  const first = h.spawnWorker({ KAFKA_TOPIC_SYNC_EVENTS: topic, OUTBOX_RELAY_ENABLED: 'false' });
  const { tenantId } = await h.tenant({ customers: [{ DisplayName: "Ann O'Neil", GivenName: 'Ann', FamilyName: "O'Neil", PrimaryEmailAddr: { Address: 'ann@oneil.example' } }] });
  await h.send(tenantId, { id: 'cus_ann', givenName: 'Ann', familyName: "O'Neil", email: 'ann@oneil.example' });
  await h.send(tenantId, { id: 'cus_zed', displayName: 'Zed Newcomer', email: 'zed@newcomer.example' });
  await h.resolved(tenantId, 'cus_ann');
  await h.resolved(tenantId, 'cus_zed');
  const committed = await q<{ event_id: string; type: string; entity_id: string; data: { method: string } }>(
    `SELECT event_id, type, entity_id, data FROM sync_event_outbox WHERE tenant_id = $1 AND published_at IS NULL ORDER BY entity_id`,
    [tenantId],
  );
  expect(committed.map((r) => [r.type, r.entity_id, r.data.method])).toEqual([
    ['customer.linked', 'cus_ann', 'matched'],
    ['customer.linked', 'cus_zed', 'created'],
  ]);
  first.child.kill('SIGKILL');
  await first.exited;

  const second = h.spawnWorker({ KAFKA_TOPIC_SYNC_EVENTS: topic });
  await waitFor(async () => (await count(tenantId, true)) === committed.length, { description: 'published by the restarted worker', timeoutMs: 60_000 });
  const got = await messages(topic, committed.length);
  expect(got.map((e) => e.eventId).sort()).toEqual(committed.map((r) => r.event_id).sort());
  expect(got.every((e) => e.tenantId === tenantId && e.type === 'customer.linked' && e.version === 1)).toBe(true);
  second.child.kill('SIGKILL');
  await second.exited;
});

it('killed while the relay publishes: every event is published after the restart, at least once, with its eventId', async () => {
  const topic = uniqueName('sync-events');
  await createTopics(h.kafka, [topic], 3);
  const tenants = Array.from({ length: 8 }, () => uniqueName('t'));
  const total = 3000;
  await h.db.dataSource.transaction(async (tx) => {
    for (let n = 0; n < total; n++) {
      await writeSyncEvent(tx, tenants[n % tenants.length] as string, 'invoice.failed', { invoiceId: `inv_${n % 50}`, invoiceVersion: n + 1, code: 'INVALID', reason: `reason ${n}` });
    }
  });
  const published = async () => (await Promise.all(tenants.map((t) => count(t, true)))).reduce((a, b) => a + b, 0);
  const env = { KAFKA_TOPIC_SYNC_EVENTS: topic, OUTBOX_RELAY_BATCH_SIZE: '10' };
  const first = h.spawnWorker(env);
  await waitFor(async () => (await published()) > 0, { description: 'the relay publishing', timeoutMs: 60_000, intervalMs: 20 });
  first.child.kill('SIGKILL');
  await first.exited;
  const left = total - (await published());
  expect(left).toBeGreaterThan(0); // killed with work in hand

  const second = h.spawnWorker(env);
  await waitFor(async () => (await published()) === total, { description: 'everything published after the restart', timeoutMs: 120_000 });
  const rows = await q<{ event_id: string }>(`SELECT event_id FROM sync_event_outbox WHERE tenant_id = ANY($1)`, [tenants]);
  const got = await messages(topic, total);
  expect(new Set(got.map((e) => e.eventId))).toEqual(new Set(rows.map((r) => r.event_id)));
  // Repeats (a batch acknowledged by Kafka but not yet marked when the process died) carry their eventId.
  expect(got.length - total).toBeLessThanOrEqual(10);
  second.child.kill('SIGKILL');
  await second.exited;
});
