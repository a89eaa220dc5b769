import { Kafka } from 'kafkajs';
import { PruneHistory, RetentionOptions } from '../../src/retention/prune-history';
import { Worker } from '../../src/worker';
import { aCustomerEvent, anInvoiceEvent, asMessage } from '../support/builders';
import { groupCaughtUp, produce, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings, startInProcessWorker } from '../support/worker-harness';

/** Issue 11, item 16: the tables that only grew are pruned, safely on any replica, and replays stay harmless. */

let kafka: Kafka;
let db: TestDatabase;

beforeAll(async () => {
  kafka = testKafka();
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('retention', () => {
  it('prunes what is past retention in bounded batches, on two replicas at once, keeping each customer’s latest decision', async () => {
    const tenantId = uniqueName('t');
    const realmId = uniqueName('realm');
    // The inbox: 23 old event ids, 3 recent.
    for (let n = 0; n < 26; n++) {
      await q(`INSERT INTO processed_events (event_id, tenant_id, type, topic, kafka_partition, kafka_offset, processed_at) VALUES ($1, $2, 'customer.upserted', 't', 0, $3, $4)`, [
        `${tenantId}-e${n}`,
        tenantId,
        n,
        n < 23 ? ago(40) : ago(1),
      ]);
    }
    // Webhook rows: an old processed Customer one, a recent pending Customer one, and Vendor rows nothing consumes.
    const hook = (entity: string, receivedDaysAgo: number, processed: boolean) =>
      q(`INSERT INTO qbo_webhook_notifications (realm_id, entity, entity_id, operation, received_at, processed_at) VALUES ($1, $2, '1', 'Update', $3, $4)`, [
        realmId,
        entity,
        ago(receivedDaysAgo),
        processed ? ago(receivedDaysAgo) : null,
      ]);
    await hook('Customer', 20, true);
    await hook('Customer', 1, false);
    await hook('Vendor', 1, false);
    await hook('Vendor', 30, false);
    // Decisions: cus_a has three old ones (its latest stays), cus_b one old one (it stays), cus_c an old and a recent one.
    const decision = (customerId: string, daysAgo: number, reason: string) =>
      q(`INSERT INTO customer_decisions (tenant_id, customer_id, outcome, method, reason, created_at) VALUES ($1, $2, 'create', 'none', $3, $4)`, [
        tenantId,
        customerId,
        reason,
        ago(daysAgo),
      ]);
    await decision('cus_a', 500, 'a1');
    await decision('cus_a', 450, 'a2');
    await decision('cus_a', 400, 'a3');
    await decision('cus_b', 900, 'b1');
    await decision('cus_c', 400, 'c1');
    await decision('cus_c', 2, 'c2');
    await q(`INSERT INTO customer_link_notices (tenant_id, kind, message, created_at) VALUES ($1, 'k', 'old', $2), ($1, 'k', 'recent', $3)`, [tenantId, ago(200), ago(3)]);
    // QuickBooks call counts: 7 old days, this month's today.
    for (const days of [500, 480, 460, 450, 440, 420, 410, 0]) {
      await q(`INSERT INTO qbo_call_counts (tenant_id, day, realm_id, purpose, core, core_plus) VALUES ($1, (now() AT TIME ZONE 'UTC')::date - $2::int, $3, 'webhook', 1, 2)`, [
        tenantId,
        days,
        realmId,
      ]);
    }

    // Sync events: 7 published 10 days ago, one published yesterday, one committed 10 days ago and never published (Kafka away).
    const syncEvent = (n: number, publishedDaysAgo: number | null) =>
      q(
        `INSERT INTO sync_event_outbox (event_id, tenant_id, type, entity_type, entity_id, version, occurred_at, data, published_at)
         VALUES (gen_random_uuid(), $1, 'invoice.voided', 'invoice', $2, 1, $3, '{}'::jsonb, $4)`,
        [tenantId, `inv_${n}`, ago(10), publishedDaysAgo === null ? null : ago(publishedDaysAgo)],
      );
    for (let n = 0; n < 7; n++) await syncEvent(n, 10);
    await syncEvent(7, 1);
    await syncEvent(8, null);

    // Dead letters (keyed by where the message was): 6 dead-lettered 40 days ago (one of them redriven since), 2 yesterday.
    const letterTopic = uniqueName('topic');
    const letter = (offset: number, failedDaysAgo: number, redrivenDaysAgo: number | null = null) =>
      q(`INSERT INTO dead_letters (original_topic, original_partition, original_offset, code, tenant_id, failed_at, redriven_at) VALUES ($1, 0, $2, 'SCHEMA', $3, $4, $5)`, [
        letterTopic,
        offset,
        tenantId,
        ago(failedDaysAgo),
        redrivenDaysAgo === null ? null : ago(redrivenDaysAgo),
      ]);
    for (let n = 0; n < 6; n++) await letter(n, 40, n === 0 ? 2 : null);
    await letter(6, 1);
    await letter(7, 1);

    const options: RetentionOptions = {
      processedEventsDays: 30,
      webhookNotificationsDays: 14,
      customerDecisionsDays: 365,
      noticesDays: 180,
      syncEventsDays: 7,
      deadLettersDays: 30,
      callCountsDays: 400,
      batchSize: 5,
    };
    const replicas = [new PruneHistory(db.dataSource, options), new PruneHistory(db.dataSource, options)];
    const rounds = await Promise.all(
      replicas.map(async (p) => {
        let n = 0;
        for (;;) {
          const counts = await p.run();
          n++;
          expect(Math.max(...Object.values(counts))).toBeLessThanOrEqual(5); // bounded deletes
          if (!p.isFull(counts)) return n;
        }
      }),
    );
    expect(rounds.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(4); // 23 old ids in batches of at most 5

    const inbox = await q<{ event_id: string }>(`SELECT event_id FROM processed_events WHERE tenant_id = $1 ORDER BY event_id`, [tenantId]);
    expect(inbox.map((r) => r.event_id)).toEqual([`${tenantId}-e23`, `${tenantId}-e24`, `${tenantId}-e25`]);
    const hooks = await q(`SELECT entity, processed_at IS NOT NULL AS processed FROM qbo_webhook_notifications WHERE realm_id = $1`, [realmId]);
    expect(hooks).toEqual([{ entity: 'Customer', processed: false }]);
    const decisions = await q<{ reason: string }>(`SELECT reason FROM customer_decisions WHERE tenant_id = $1 ORDER BY reason`, [tenantId]);
    expect(decisions.map((d) => d.reason)).toEqual(['a3', 'b1', 'c2']);
    const notices = await q<{ message: string }>(`SELECT message FROM customer_link_notices WHERE tenant_id = $1`, [tenantId]);
    expect(notices.map((n) => n.message)).toEqual(['recent']);
    const outbox = await q<{ entity_id: string }>(`SELECT entity_id FROM sync_event_outbox WHERE tenant_id = $1 ORDER BY entity_id`, [tenantId]);
    expect(outbox.map((r) => r.entity_id)).toEqual(['inv_7', 'inv_8']);
    const letters = await q<{ original_offset: string }>(`SELECT original_offset FROM dead_letters WHERE original_topic = $1 ORDER BY original_offset`, [letterTopic]);
    expect(letters.map((r) => r.original_offset)).toEqual(['6', '7']);
    const counts = await q<{ n: number }>(`SELECT count(*)::int AS n FROM qbo_call_counts WHERE tenant_id = $1`, [tenantId]);
    expect(counts[0]?.n).toBe(1);
  });

  it('runs in the worker, and replaying events whose ids were pruned from the inbox changes nothing', async () => {
    const s = await freshWorkerSettings(kafka, db.url);
    const settings = { ...s, extraEnv: { RETENTION_INTERVAL_MS: '1000', RETENTION_PROCESSED_EVENTS_DAYS: '30' } };
    const tenantId = uniqueName('t');
    const events = [
      ...[1, 2, 3].map((v) => aCustomerEvent({ id: 'cus_r', displayName: `Name v${v}` }, { tenantId, version: v })),
      ...[1, 2].map((v) => anInvoiceEvent({ id: 'inv_r', customerId: 'cus_r', number: `INV-v${v}` }, { tenantId, version: v })),
      { ...anInvoiceEvent({}, { tenantId, version: 3 }), type: 'invoice.voided', data: { id: 'inv_r' } },
    ];
    await produce(kafka, s.customersTopic, events.slice(0, 3).map((e) => asMessage(e)));
    await produce(kafka, s.invoicesTopic, events.slice(3).map((e) => asMessage(e)));

    let worker: Worker = await startInProcessWorker(settings);
    const snapshot = () =>
      q(
        `SELECT 'c' k, id, version, updated_at, display_name AS v, deleted AS flag FROM customers WHERE tenant_id = $1
         UNION ALL SELECT 'i', id, version, updated_at, number, voided FROM invoices WHERE tenant_id = $1 ORDER BY 1`,
        [tenantId],
      );
    try {
      await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), { description: 'caught up' });
      const before = await snapshot();
      expect(before.map((r) => [r.k, r.version, r.v, r.flag])).toEqual([
        ['c', '3', 'Name v3', false],
        ['i', '3', 'INV-v2', true],
      ]);
      // A month and more later: the retention task forgets the event ids.
      await q(`UPDATE processed_events SET processed_at = now() - interval '40 days' WHERE tenant_id = $1`, [tenantId]);
      await waitFor(async () => (await q(`SELECT 1 FROM processed_events WHERE tenant_id = $1`, [tenantId])).length === 0, {
        timeoutMs: 30_000,
        description: 'the inbox pruned by the worker',
      });

      // Every event delivered again (a new group from the beginning): recorded afresh in the inbox, nothing changed.
      await worker.stop();
      const replay = { ...settings, groupId: uniqueName('replay') };
      worker = await startInProcessWorker(replay);
      await waitFor(() => groupCaughtUp(kafka, replay.groupId, [s.customersTopic, s.invoicesTopic]), { description: 'replay caught up' });
      expect(await q(`SELECT 1 FROM processed_events WHERE tenant_id = $1`, [tenantId])).toHaveLength(events.length);
      expect(await snapshot()).toEqual(before);
    } finally {
      await worker.stop();
    }
  });
});
