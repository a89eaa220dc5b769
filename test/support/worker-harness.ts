import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Kafka } from 'kafkajs';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { Worker, WorkerOptions } from '../../src/worker';
import { createTopics } from './kafka';
import { uniqueName } from './unique';

export interface WorkerSettings {
  databaseUrl: string;
  groupId: string;
  customersTopic: string;
  invoicesTopic: string;
  deadLetterTopic: string;
  extraEnv?: Record<string, string>;
}

/** Settings for a worker on `databaseUrl` with a consumer group and three topics of its own (created here). */
export async function freshWorkerSettings(kafka: Kafka, databaseUrl: string, numPartitions = 3): Promise<WorkerSettings> {
  const s: WorkerSettings = {
    databaseUrl,
    groupId: uniqueName('group'),
    customersTopic: uniqueName('customers'),
    invoicesTopic: uniqueName('invoices'),
    deadLetterTopic: uniqueName('dead'),
  };
  await createTopics(kafka, [s.customersTopic, s.invoicesTopic, s.deadLetterTopic], numPartitions);
  return s;
}

/** One token key per test process, so a restarted worker reads the tokens its predecessor stored. */
const TEST_TOKEN_KEY = randomBytes(32).toString('base64');

export function workerEnv(s: WorkerSettings): Record<string, string> {
  return {
    DATABASE_URL: s.databaseUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
    KAFKA_GROUP_ID: s.groupId,
    KAFKA_TOPIC_CUSTOMERS: s.customersTopic,
    KAFKA_TOPIC_INVOICES: s.invoicesTopic,
    KAFKA_TOPIC_DEAD_LETTER: s.deadLetterTopic,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    METRICS_PORT: '0',
    METRICS_HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    QBO_TOKEN_ENCRYPTION_KEY: TEST_TOKEN_KEY,
    ...s.extraEnv,
  };
}

/** The worker running inside the test process, exactly as main.ts builds it. */
export async function startInProcessWorker(s: WorkerSettings, options: WorkerOptions = {}): Promise<Worker> {
  const env = workerEnv(s);
  const config = loadConfig(env);
  const worker = new Worker(config, createLogger(config.logLevel), options);
  await worker.start();
  return worker;
}

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/src/main.js');

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /**
   * The port the worker's HTTP server bound, read from its own "http server listening" line.
   * Spawn it with HTTP_PORT 0 and LOG_LEVEL info: a port picked by the test can be taken by
   * another test's server in the meantime (a CI run once polled a stranger's /readyz for a minute).
   */
  httpPort: (timeoutMs?: number) => Promise<number>;
}

const LISTENING = /"port":(\d+)[^\n]*"msg":"http server listening"/;

/** The compiled worker (`npm test` builds it first) as a child process: for kill -9 tests. */
export function spawnWorkerProcess(s: WorkerSettings): WorkerProcess {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` (npm test does it)`);
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...workerEnv(s) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (b: Buffer) => {
    out += b.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let firstLines = '';
  child.stdout?.on('data', (b: Buffer) => {
    if (firstLines.length < 200_000) firstLines += b.toString();
  });
  const httpPort = async (timeoutMs = 60_000): Promise<number> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = LISTENING.exec(firstLines);
      if (m) return Number(m[1]);
      if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode}) before it listened: ${out.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`no "http server listening" line within ${timeoutMs} ms (LOG_LEVEL info?): ${out.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, output: () => out, exited, httpPort };
}
