import { Kafka, Message } from 'kafkajs';
import { expectedState, generateEvents } from '../../src/sample/sample-events';
import { Worker } from '../../src/worker';
import { aCustomerEvent, anInvoiceEvent, asMessage, withDeepExtra } from '../support/builders';
import { groupCaughtUp, produce, readMessages, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings, startInProcessWorker, WorkerSettings } from '../support/worker-harness';

/** Ingest against the real broker and database: each test has its own topics, group and database. */

let kafka: Kafka;
let db: TestDatabase;
const workers: Worker[] = [];

beforeAll(async () => {
  kafka = testKafka();
  db = await createTestDatabase();
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

afterAll(async () => {
  await db.drop();
});

const freshTopics = (): Promise<WorkerSettings> => freshWorkerSettings(kafka, db.url);

async function start(s: WorkerSettings): Promise<Worker> {
  const w = await startInProcessWorker(s);
  workers.push(w);
  return w;
}

const count = async (sql: string, params: unknown[] = []): Promise<number> => {
  const rows: Array<{ n: string }> = await db.dataSource.query(sql, params);
  return Number(rows[0]?.n ?? 0);
};

async function entityVersions(tenantPrefix: string): Promise<Map<string, number>> {
  const rows: Array<{ k: string; version: string }> = await db.dataSource.query(
    `SELECT 'customer|' || tenant_id || '|' || id AS k, version FROM customers WHERE tenant_id LIKE $1
     UNION ALL
     SELECT 'invoice|' || tenant_id || '|' || id AS k, version FROM invoices WHERE tenant_id LIKE $1`,
    [`${tenantPrefix}%`],
  );
  return new Map(rows.map((r) => [r.k, Number(r.version)]));
}

function toMessages(events: ReturnType<typeof generateEvents>, topic: 'customers' | 'invoices'): Message[] {
  return events.filter((e) => e.topic === topic).map((e) => ({ key: e.key, value: JSON.stringify(e.value) }));
}

describe('ingest', () => {
  it('records 10,000 mixed events exactly once, and a replay from the beginning changes nothing', async () => {
    const s = await freshTopics();
    const tenantPrefix = uniqueName('t');
    const events = generateEvents({ count: 10_000, tenants: 7, seed: 7, tenantPrefix });
    await produce(kafka, s.customersTopic, toMessages(events, 'customers'));
    await produce(kafka, s.invoicesTopic, toMessages(events, 'invoices'));

    await start(s);
    const ids = events.map((e) => String(e.value.eventId));
    await waitFor(async () => (await count(`SELECT count(*) n FROM processed_events WHERE tenant_id LIKE $1`, [`${tenantPrefix}%`])) === 10_000, {
      timeoutMs: 90_000,
      description: '10,000 events in the inbox',
    });
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), {
      description: 'offsets committed to the end',
    });

    // Each event exactly once in the inbox; each entity at its newest version.
    const inbox: Array<{ event_id: string }> = await db.dataSource.query(
      `SELECT event_id FROM processed_events WHERE event_id = ANY($1::text[])`,
      [ids],
    );
    expect(new Set(inbox.map((r) => r.event_id)).size).toBe(10_000);
    const expected = expectedState(events);
    const actual = await entityVersions(tenantPrefix);
    expect(actual.size).toBe(expected.size);
    for (const [k, v] of expected) expect([k, actual.get(k)]).toEqual([k, v.version]);
    const voided = [...expected.values()].filter((v) => v.type === 'invoice.voided').length;
    expect(await count(`SELECT count(*) n FROM invoices WHERE tenant_id LIKE $1 AND voided`, [`${tenantPrefix}%`])).toBe(voided);

    const snapshot = async () =>
      (await db.dataSource.query(
        `SELECT md5(string_agg(tenant_id || id || version || updated_at::text, ',' ORDER BY tenant_id, id)) h FROM
         (SELECT tenant_id, id, version, updated_at FROM customers UNION ALL SELECT tenant_id, id, version, updated_at FROM invoices) x
         WHERE tenant_id LIKE $1`,
        [`${tenantPrefix}%`],
      ))[0].h as string;
    const before = await snapshot();

    // Replay: a new consumer group reads both topics from the beginning, and the same
    // events are published a second time on top.
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    const replay = { ...s, groupId: uniqueName('replay') };
    await produce(kafka, s.customersTopic, toMessages(events, 'customers'));
    await produce(kafka, s.invoicesTopic, toMessages(events, 'invoices'));
    await start(replay);
    await waitFor(() => groupCaughtUp(kafka, replay.groupId, [s.customersTopic, s.invoicesTopic]), {
      timeoutMs: 90_000,
      description: 'replay group caught up',
    });
    expect(await count(`SELECT count(*) n FROM processed_events WHERE tenant_id LIKE $1`, [`${tenantPrefix}%`])).toBe(10_000);
    expect(await snapshot()).toBe(before);
  });

  it('keeps the newest version when versions arrive out of order', async () => {
    const s = await freshTopics();
    const tenantId = uniqueName('t');
    const customer = (version: number) =>
      aCustomerEvent({ id: 'cus_ooo', displayName: `Name v${version}` }, { tenantId, version });
    const invoice = (version: number) =>
      anInvoiceEvent({ id: 'inv_ooo', customerId: 'cus_ooo', number: `INV-v${version}` }, { tenantId, version });
    const voided = (version: number) => ({ ...invoice(version), type: 'invoice.voided', data: { id: 'inv_ooo' } });
    await produce(kafka, s.customersTopic, [3, 1, 5, 2, 4, 5].map((v) => asMessage(customer(v))));
    // The void (v4) is newer than upserts 1-3 but older than the upsert v6 that follows.
    await produce(kafka, s.invoicesTopic, [2, 1, 3].map((v) => asMessage(invoice(v))));
    await produce(kafka, s.invoicesTopic, [asMessage(voided(4))]);
    await start(s);
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), { description: 'caught up' });

    const [c] = await db.dataSource.query(`SELECT version, display_name FROM customers WHERE tenant_id = $1`, [tenantId]);
    expect(c).toEqual({ version: '5', display_name: 'Name v5' });
    let [i] = await db.dataSource.query(`SELECT version, voided, number FROM invoices WHERE tenant_id = $1`, [tenantId]);
    expect(i).toEqual({ version: '4', voided: true, number: 'INV-v3' });

    await produce(kafka, s.invoicesTopic, [asMessage(invoice(6)), asMessage(voided(5))]);
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), { description: 'caught up' });
    [i] = await db.dataSource.query(`SELECT version, voided, number FROM invoices WHERE tenant_id = $1`, [tenantId]);
    expect(i).toEqual({ version: '6', voided: false, number: 'INV-v6' });
  });

  it('keeps fields the contract does not know yet, and stores every mapped field', async () => {
    const s = await freshTopics();
    const tenantId = uniqueName('t');
    await produce(kafka, s.customersTopic, [
      asMessage(
        aCustomerEvent(
          {
            id: 'cus_x',
            companyName: "O'Neil Plumbing LLC",
            phone: '+1 415 555 0100',
            billingAddress: { line1: '12 Main St', line2: null, city: 'Springfield', region: 'CA', postalCode: '94110', country: 'US' },
            notes: 'Gate code 1234',
            loyaltyTier: 'gold',
          },
          { tenantId },
        ),
      ),
    ]);
    await produce(kafka, s.invoicesTopic, [
      asMessage(anInvoiceEvent({ id: 'inv_x', customerId: 'cus_x', dueDate: '2026-12-20', currency: 'USD', memo: 'Thanks', poNumber: 'PO-7' }, { tenantId })),
    ]);
    await start(s);
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), { description: 'caught up' });
    const [c] = await db.dataSource.query(
      `SELECT display_name, given_name, family_name, company_name, email, phone, billing_address, notes, data FROM customers WHERE tenant_id = $1`,
      [tenantId],
    );
    expect(c).toEqual({
      display_name: "Ann O'Neil",
      given_name: 'Ann',
      family_name: "O'Neil",
      company_name: "O'Neil Plumbing LLC",
      email: 'ann@oneil.example',
      phone: '+1 415 555 0100',
      billing_address: { line1: '12 Main St', line2: null, city: 'Springfield', region: 'CA', postalCode: '94110', country: 'US' },
      notes: 'Gate code 1234',
      data: { loyaltyTier: 'gold' },
    });
    const [i] = await db.dataSource.query(
      `SELECT customer_id, number, issue_date::text, due_date::text, currency, memo, lines, data FROM invoices WHERE tenant_id = $1`,
      [tenantId],
    );
    expect(i).toEqual({
      customer_id: 'cus_x',
      number: 'INV-1042',
      issue_date: '2026-11-20',
      due_date: '2026-12-20',
      currency: 'USD',
      memo: 'Thanks',
      lines: [{ description: 'Drain cleaning', quantity: '2', unitPrice: '75.00' }],
      data: { poNumber: 'PO-7' },
    });
    const [t] = await db.dataSource.query(`SELECT enabled FROM tenants WHERE tenant_id = $1`, [tenantId]);
    expect(t).toEqual({ enabled: false });
  });

  it('dead-letters each kind of bad input with its reason, and records its neighbours', async () => {
    const s = await freshTopics();
    const tenantId = uniqueName('t');
    const good = (n: number) => aCustomerEvent({ id: `cus_${n}` }, { tenantId });
    const bad: Array<{ value: Buffer | string | null; code: string; mentions: string }> = [
      { value: '{"eventId": "x", not json', code: 'invalid_json', mentions: 'JSON' },
      { value: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), code: 'invalid_json', mentions: 'UTF-8' },
      { value: null, code: 'empty_message', mentions: 'no value' },
      { value: '[1,2,3]', code: 'schema_violation', mentions: 'object' },
      { value: JSON.stringify({ ...good(90), version: 0 }), code: 'schema_violation', mentions: 'version' },
      { value: JSON.stringify({ ...good(91), tenantId: '' }), code: 'schema_violation', mentions: 'tenantId' },
      { value: JSON.stringify({ ...good(92), occurredAt: 'yesterday' }), code: 'schema_violation', mentions: 'occurredAt' },
      { value: JSON.stringify(aCustomerEvent({ displayName: null, givenName: null, familyName: null }, { tenantId })), code: 'schema_violation', mentions: 'displayName' },
      { value: JSON.stringify(anInvoiceEvent({ lines: [] }, { tenantId })), code: 'schema_violation', mentions: 'lines' },
      { value: JSON.stringify(anInvoiceEvent({ lines: [{ description: 'x', quantity: 'two', unitPrice: '1' }] }, { tenantId })), code: 'schema_violation', mentions: 'quantity' },
      { value: JSON.stringify(anInvoiceEvent({ issueDate: '2026-02-30' }, { tenantId })), code: 'schema_violation', mentions: 'issueDate' },
      { value: JSON.stringify(aCustomerEvent({ notes: 'a\u0000b' }, { tenantId })), code: 'schema_violation', mentions: 'NUL' },
      { value: JSON.stringify({ ...good(93), type: 'customer.merged' }), code: 'unknown_type', mentions: 'customer.merged' },
      // Issue 11: each of these used to stop the partition (retried forever) or make Postgres refuse the chunk.
      { value: withDeepExtra(good(94), 5000), code: 'too_deep', mentions: 'nested more than 32' },
      { value: JSON.stringify({ ...good(95), occurredAt: '2026-02-30T10:15:00Z' }), code: 'schema_violation', mentions: 'occurredAt:' },
      { value: JSON.stringify(aCustomerEvent({ id: 'cus_96', displayName: 'Ann \ud800 Lee' }, { tenantId })), code: 'schema_violation', mentions: 'data.displayName: holds a lone UTF-16 surrogate' },
    ];
    const messages: Message[] = [];
    bad.forEach((b, n) => {
      messages.push(asMessage(good(n)));
      messages.push({ key: tenantId, value: b.value as Buffer | string | null });
    });
    messages.push(asMessage(good(1000)));
    // One partition, so the bad messages sit between good ones in the same stream.
    await produce(kafka, s.customersTopic, messages.map((m) => ({ ...m, partition: 0 })));
    await start(s);

    const letters = await readMessages(kafka, s.deadLetterTopic, bad.length);
    expect(letters).toHaveLength(bad.length);
    letters.sort((a, b) => Number(a.headers['x-original-offset']) - Number(b.headers['x-original-offset']));
    letters.forEach((l, n) => {
      const b = bad[n]!;
      expect(l.headers['x-error-code']).toBe(b.code);
      expect(l.headers['x-error-message']).toContain(b.mentions);
      expect(l.headers['x-original-topic']).toBe(s.customersTopic);
      expect(l.headers['x-original-partition']).toBe('0');
      expect(l.headers['x-original-offset']).toBe(String(2 * n + 1));
      expect(Number.isNaN(Date.parse(l.headers['x-failed-at'] ?? ''))).toBe(false);
      expect(l.key).toBe(tenantId);
      const original = b.value === null ? null : Buffer.from(b.value);
      expect(l.value === null || l.value.length === 0 ? null : l.value).toEqual(original);
    });
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic]), { description: 'partition moved past the bad messages' });
    const ids: Array<{ id: string }> = await db.dataSource.query(`SELECT id FROM customers WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
    expect(ids.map((r) => r.id).sort()).toEqual([...bad.map((_, n) => `cus_${n}`), 'cus_1000'].sort());
  });
});
