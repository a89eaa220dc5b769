import 'reflect-metadata';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { loadConfig } from '../config';
import { servicesUp } from '../dev-services';
import { createLogger } from '../logger';
import { generateEvents } from '../sample/sample-events';
import { Worker } from '../worker';

/**
 * The main job end to end on the local defaults: start Postgres and Kafka, publish a
 * realistic sample of customer and invoice events (some invalid), run the worker until it
 * has consumed them, and print what it recorded and what it dead-lettered.
 */

const SAMPLE_SIZE = 400;
const TENANT_PREFIX = 'demo';

function invalidSamples(): Array<{ topic: 'customers' | 'invoices'; key: string; value: string | null; why: string }> {
  const base = { eventId: 'demo-bad-', tenantId: 'demo_1', occurredAt: '2026-11-21T10:15:00Z', version: 1 };
  return [
    { topic: 'customers', key: 'demo_1', value: '{"eventId": "demo-bad-1", "type": "customer.upserted", oops', why: 'not JSON' },
    {
      topic: 'customers',
      key: 'demo_1',
      value: JSON.stringify({ ...base, eventId: 'demo-bad-2', type: 'customer.upserted', data: { id: 'cus_x', email: 'x@y.z' } }),
      why: 'a customer without any name',
    },
    {
      topic: 'invoices',
      key: 'demo_1',
      value: JSON.stringify({ ...base, eventId: 'demo-bad-3', type: 'invoice.upserted', data: { id: 'inv_x', customerId: 'cus_1', issueDate: '2026-11-20', lines: [] } }),
      why: 'an invoice without lines',
    },
    {
      topic: 'invoices',
      key: 'demo_1',
      value: JSON.stringify({ ...base, eventId: 'demo-bad-4', type: 'invoice.paid', data: { id: 'inv_1' } }),
      why: 'an unknown event type',
    },
    { topic: 'invoices', key: 'demo_1', value: null, why: 'an empty message' },
  ];
}

async function main(): Promise<void> {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out('1. Starting Postgres and Kafka (npm run services -- up) ...');
  const ep = await servicesUp({ log: (l) => process.stderr.write(`   ${l}\n`) });
  out(`   ${ep.mode} services: Kafka at ${ep.kafkaBrokers}`);

  const config = loadConfig({ ...process.env, DATABASE_URL: ep.databaseUrl, KAFKA_BROKERS: ep.kafkaBrokers, LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  const kafka = new Kafka({ clientId: 'qbo-sync-demo', brokers: config.kafka.brokers, logLevel: logLevel.NOTHING });
  const topics = config.kafka.topics;

  const admin = kafka.admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  const missing = [topics.customers, topics.invoices, topics.deadLetter].filter((t) => !existing.has(t));
  if (missing.length > 0) await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic })) });
  const dlqStart = new Map((await admin.fetchTopicOffsets(topics.deadLetter)).map((p) => [p.partition, BigInt(p.high)]));

  const events = generateEvents({ count: SAMPLE_SIZE, tenants: 3, seed: 2026, tenantPrefix: TENANT_PREFIX });
  const bad = invalidSamples();
  out(`2. Publishing ${events.length} customer and invoice events for 3 tenants, and ${bad.length} invalid ones ...`);
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  for (const kind of ['customers', 'invoices'] as const) {
    await producer.send({
      topic: topics[kind],
      acks: -1,
      messages: [
        ...events.filter((e) => e.topic === kind).map((e) => ({ key: e.key, value: JSON.stringify(e.value) })),
        ...bad.filter((b) => b.topic === kind).map((b) => ({ key: b.key, value: b.value })),
      ],
    });
  }
  await producer.disconnect();

  out('3. Running the worker until it has consumed everything ...');
  const worker = new Worker(config, createLogger(config.logLevel));
  await worker.start();
  const deadline = Date.now() + 120_000;
  for (;;) {
    const committed = await admin.fetchOffsets({ groupId: config.kafka.groupId, topics: [topics.customers, topics.invoices] });
    let behind = 0n;
    for (const t of committed) {
      for (const end of await admin.fetchTopicOffsets(t.topic)) {
        const c = t.partitions.find((p) => p.partition === end.partition);
        const at = c === undefined || c.offset === '-1' ? 0n : BigInt(c.offset);
        behind += BigInt(end.high) - at;
      }
    }
    if (behind === 0n) break;
    if (Date.now() > deadline) throw new Error(`the worker is still ${behind} messages behind after 120 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const counters = worker.consumer?.counters;

  out('4. What the worker recorded in Postgres:');
  const { Client } = await import('pg');
  const pg = new Client({ connectionString: config.databaseUrl });
  await pg.connect();
  const perTenant = await pg.query<{ tenant_id: string; customers: string; deleted: string; invoices: string; voided: string }>(
    `SELECT t.tenant_id,
            (SELECT count(*) FROM customers c WHERE c.tenant_id = t.tenant_id) customers,
            (SELECT count(*) FROM customers c WHERE c.tenant_id = t.tenant_id AND c.deleted) deleted,
            (SELECT count(*) FROM invoices i WHERE i.tenant_id = t.tenant_id) invoices,
            (SELECT count(*) FROM invoices i WHERE i.tenant_id = t.tenant_id AND i.voided) voided
       FROM (SELECT DISTINCT tenant_id FROM processed_events WHERE tenant_id LIKE $1) t ORDER BY 1`,
    [`${TENANT_PREFIX}%`],
  );
  for (const r of perTenant.rows) {
    out(`   ${r.tenant_id}: ${r.customers} customers (${r.deleted} deleted), ${r.invoices} invoices (${r.voided} voided)`);
  }
  const sample = await pg.query<{ tenant_id: string; id: string; number: string; customer_id: string; version: string; total: string }>(
    `SELECT tenant_id, id, number, customer_id, version,
            (SELECT sum(round((l->>'quantity')::numeric * (l->>'unitPrice')::numeric, 2)) FROM jsonb_array_elements(lines) l) total
       FROM invoices WHERE tenant_id LIKE $1 AND NOT voided ORDER BY updated_at DESC, id LIMIT 3`,
    [`${TENANT_PREFIX}%`],
  );
  for (const r of sample.rows) out(`   e.g. ${r.tenant_id} ${r.number} for ${r.customer_id}: ${r.total} USD (version ${r.version})`);
  await pg.end();
  out(
    `   this run: ${counters?.accepted ?? 0} events applied, ${counters?.duplicates ?? 0} already seen (a rerun of the demo is a replay: nothing changes)`,
  );

  out('5. What it dead-lettered (topic ' + topics.deadLetter + '):');
  const reader = kafka.consumer({ groupId: `qbo-sync-demo-reader-${Date.now()}`, maxWaitTimeInMs: 100 });
  await reader.connect();
  await reader.subscribe({ topic: topics.deadLetter, fromBeginning: true });
  const letters: string[] = [];
  const expected = counters?.deadLettered ?? 0;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    void reader.run({
      eachMessage: async ({ partition, message }) => {
        if (BigInt(message.offset) < (dlqStart.get(partition) ?? 0n)) return;
        const h = (k: string) => message.headers?.[k]?.toString() ?? '';
        letters.push(`   ${h('x-error-code')} at ${h('x-original-topic')}/${h('x-original-partition')}@${h('x-original-offset')}: ${h('x-error-message')}`);
        if (letters.length >= expected) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await reader.disconnect();
  for (const l of letters) out(l);
  if (letters.length === 0) out('   (none new: these messages were dead-lettered by an earlier run)');

  await worker.stop();
  await admin.disconnect();
  out();
  out('Done. Services keep running for the next command; stop them with: npm run services -- down');
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`demo failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
