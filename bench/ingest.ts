import 'reflect-metadata';
import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel, Message, Partitioners } from 'kafkajs';
import { Client } from 'pg';
import { servicesUp } from '../src/dev-services';
import { kafkaGroupCaughtUp } from '../src/dev-services/kafka-progress';
import { generateEvents } from '../src/sample/sample-events';
import { createBenchDatabase } from './bench-database';

/**
 * `npm run bench:ingest [-- N]`: publishes N mixed events (default 200,000) and measures
 * the worker's end-to-end rate, from the first publish to the last event committed in
 * Postgres with its offset committed; then the same for a bare kafkajs + COPY baseline.
 * Prints both rates, their ratio and the worker's peak RSS; the last line is JSON.
 */

/** Heap settings the worker runs with in its container image (see Dockerfile). */
const WORKER_NODE_OPTIONS = '--max-old-space-size=128';

const N = Number(process.argv[2] ?? process.env.BENCH_EVENTS ?? 200_000);
const ROOT = path.resolve(__dirname, '../..');
const stamp = `${Date.now().toString(36)}`;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function sql<T extends Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

async function until(pred: () => Promise<boolean>, what: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function publish(kafka: Kafka, byTopic: Array<[string, Message[]]>): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  // Record batches stay under the broker's 1 MB message limit; a few requests in flight per topic.
  const CHUNK = 1200;
  const IN_FLIGHT = 3;
  await Promise.all(
    byTopic.flatMap(([topic, messages]) =>
      Array.from({ length: IN_FLIGHT }, async (_, lane) => {
        for (let i = lane * CHUNK; i < messages.length; i += CHUNK * IN_FLIGHT) {
          await producer.send({ topic, acks: -1, messages: messages.slice(i, i + CHUNK) });
        }
      }),
    ),
  );
  await producer.disconnect();
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function freeTopics(kafka: Kafka, names: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: names.map((topic) => ({ topic, numPartitions: 3 })) });
  await admin.disconnect();
}

async function main(): Promise<void> {
  log(`bench:ingest — ${N} events`);
  const ep = await servicesUp({ log: (l) => process.stderr.write(`${l}\n`) });
  const kafka = new Kafka({ clientId: 'bench', brokers: ep.kafkaBrokers.split(','), logLevel: logLevel.NOTHING });

  const db = await createBenchDatabase(ep.databaseUrl, `qbo_bench_${stamp}`);
  const dbUrl = db.url;

  const events = generateEvents({ count: N, tenants: 50, seed: 99, tenantPrefix: `bench_${stamp}` });
  const messages = (topic: 'customers' | 'invoices'): Message[] =>
    events.filter((e) => e.topic === topic).map((e) => ({ key: e.key, value: JSON.stringify(e.value) }));
  const customerMessages = messages('customers');
  const invoiceMessages = messages('invoices');
  const bytes = [...customerMessages, ...invoiceMessages].reduce((s, m) => s + Buffer.byteLength(String(m.value)), 0);
  log(`events: ${customerMessages.length} customer, ${invoiceMessages.length} invoice; mean size ${Math.round(bytes / N)} bytes`);

  // Baseline: bare consumer + COPY.
  const bTopics = [`bench-b-cus-${stamp}`, `bench-b-inv-${stamp}`];
  await freeTopics(kafka, bTopics);
  const bGroup = `bench-baseline-${stamp}`;
  const baseline: ChildProcess = fork(path.join(__dirname, 'baseline-consumer.js'), [], {
    env: { ...process.env, DATABASE_URL: dbUrl, KAFKA_BROKERS: ep.kafkaBrokers, KAFKA_GROUP_ID: bGroup, TOPICS: bTopics.join(',') },
  });
  await new Promise<void>((resolve) => baseline.once('message', () => resolve()));
  const b0 = Date.now();
  await publish(kafka, [
    [bTopics[0]!, customerMessages],
    [bTopics[1]!, invoiceMessages],
  ]);
  await until(
    async () => Number((await sql<{ n: string }>(dbUrl, 'SELECT count(*) n FROM bench_baseline'))[0]?.n) >= N,
    'baseline rows',
  );
  await until(() => kafkaGroupCaughtUp(kafka, bGroup, bTopics), 'baseline offsets');
  const baselineSeconds = (Date.now() - b0) / 1000;
  baseline.kill('SIGTERM');
  const baselineEps = Math.round(N / baselineSeconds);
  log(`baseline (kafkajs + COPY): ${baselineEps} events/s (${baselineSeconds.toFixed(1)} s)`);

  // The worker, as a separate process, exactly as deployed.
  const wTopics = [`bench-w-cus-${stamp}`, `bench-w-inv-${stamp}`, `bench-w-dead-${stamp}`];
  await freeTopics(kafka, wTopics);
  const wGroup = `bench-worker-${stamp}`;
  const port = 18000 + Math.floor(Math.random() * 1000);
  const worker = spawn(process.execPath, [path.join(ROOT, 'dist/src/main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: dbUrl,
      KAFKA_BROKERS: ep.kafkaBrokers,
      KAFKA_GROUP_ID: wGroup,
      KAFKA_TOPIC_CUSTOMERS: wTopics[0]!,
      KAFKA_TOPIC_INVOICES: wTopics[1]!,
      KAFKA_TOPIC_DEAD_LETTER: wTopics[2]!,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      METRICS_PORT: '0',
      LOG_LEVEL: 'warn',
      QBO_TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      // The same heap settings as the container image (Dockerfile), unless overridden.
      NODE_OPTIONS: process.env.WORKER_NODE_OPTIONS ?? WORKER_NODE_OPTIONS,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await until(async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
    } catch {
      return false;
    }
  }, 'worker ready', 120_000);
  const w0 = Date.now();
  await publish(kafka, [
    [wTopics[0]!, customerMessages],
    [wTopics[1]!, invoiceMessages],
  ]);
  const publishSeconds = (Date.now() - w0) / 1000;
  await until(
    async () => Number((await sql<{ n: string }>(dbUrl, 'SELECT count(*) n FROM processed_events'))[0]?.n) >= N,
    'worker inbox',
  );
  await until(() => kafkaGroupCaughtUp(kafka, wGroup, wTopics.slice(0, 2)), 'worker offsets');
  const workerSeconds = (Date.now() - w0) / 1000;
  const rss = worker.pid === undefined ? NaN : peakRssMb(worker.pid);
  worker.kill('SIGTERM');
  await new Promise((r) => worker.once('exit', r));
  const workerEps = Math.round(N / workerSeconds);
  log(`worker (validate, inbox, version-guarded upserts): ${workerEps} events/s (${workerSeconds.toFixed(1)} s), peak RSS ${rss} MB`);
  log(`  (publishing alone took ${publishSeconds.toFixed(1)} s: ${Math.round(N / publishSeconds)} events/s; the end-to-end rate cannot exceed it)`);

  await db.drop();
  const ratio = Math.round((workerEps / baselineEps) * 100) / 100;
  log(`ratio worker/baseline: ${ratio} (targets: ≥ 15000 events/s, ratio ≥ 0.6, peak RSS ≤ 256 MB)`);
  log(
    JSON.stringify({
      bench: 'ingest',
      events: N,
      worker_eps: workerEps,
      baseline_eps: baselineEps,
      ratio,
      peak_rss_mb: rss,
      publish_eps: Math.round(N / publishSeconds),
    }),
  );
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
