import { randomBytes } from 'crypto';
import { Admin, Consumer, Kafka, logLevel, Producer } from 'kafkajs';
import { Client } from 'pg';
import { delay } from './proc';

/**
 * Readiness by real round trips: `SELECT 1` on Postgres, and a message produced to a
 * scratch topic and consumed back on Kafka. Polled with short intervals until a deadline.
 */

export interface ReadyTarget {
  databaseUrl: string;
  kafkaBrokers: string;
}

export interface ReadyHooks {
  /** Called between attempts; a non-null answer stops waiting (e.g. "the broker process exited"). */
  abortIf?: () => string | null;
  /** Appended to the error, e.g. "see the log at ...". */
  hint?: { postgres?: string; kafka?: string };
}

export const READINESS_TOPIC = 'qbo-sync.dev-services.readiness';

export class NotReadyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotReadyError';
  }
}

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function attemptPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function attemptKafka(brokers: string[], timeoutMs: number): Promise<void> {
  const kafka = new Kafka({
    clientId: 'qbo-sync-dev-services',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    requestTimeout: 10000,
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
  });
  const nonce = randomBytes(8).toString('hex');
  const groupId = `qbo-sync-dev-services-ready-${nonce}`;
  const admin: Admin = kafka.admin();
  const producer: Producer = kafka.producer({ allowAutoTopicCreation: true });
  let consumer: Consumer | null = null;
  try {
    await admin.connect();
    const existing = await admin.listTopics();
    if (!existing.includes(READINESS_TOPIC)) {
      await admin
        .createTopics({
          topics: [{ topic: READINESS_TOPIC, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '3600000' }] }],
          waitForLeaders: true,
        })
        .catch((e: unknown) => {
          // Two checks racing both try to create it; the loser's "already exists" is fine.
          if (!/already exists/i.test(errText(e))) throw e;
        });
    }
    await producer.connect();
    const [meta] = await producer.send({ topic: READINESS_TOPIC, messages: [{ value: nonce }] });
    if (meta === undefined) throw new Error('produce returned no record metadata');
    const offset = meta.baseOffset ?? meta.offset;
    if (offset === undefined) throw new Error('produce returned no offset');

    const c = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 1000, retry: { retries: 2 } });
    consumer = c;
    await c.connect();
    await c.subscribe({ topic: READINESS_TOPIC, fromBeginning: false });
    const received = new Promise<void>((resolveReceived) => {
      void c.run({
        eachMessage: async ({ message }) => {
          if (message.value?.toString() === nonce) resolveReceived();
        },
      });
    });
    c.seek({ topic: READINESS_TOPIC, partition: meta.partition, offset });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`produced a message but did not consume it back within ${timeoutMs}ms`)), timeoutMs);
    });
    try {
      await Promise.race([received, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    if (consumer) await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    if (consumer) await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

async function pollReady(
  what: string,
  attempt: (remainingMs: number) => Promise<void>,
  deadline: number,
  hooks: ReadyHooks,
  hint: string | undefined,
  stop: { failed: boolean },
): Promise<void> {
  let lastError = 'no attempt made';
  for (;;) {
    if (stop.failed) return; // the other service already failed; the caller reports that
    const aborted = hooks.abortIf?.() ?? null;
    if (aborted !== null) throw new NotReadyError(`stopped waiting for ${what}: ${aborted}`);
    const remaining = deadline - Date.now();
    try {
      await attempt(Math.max(remaining, 1000));
      return;
    } catch (e) {
      lastError = errText(e);
    }
    if (Date.now() >= deadline) {
      throw new NotReadyError(`${what} not ready before the deadline; last error: ${lastError}${hint ? `\n${hint}` : ''}`);
    }
    await delay(250);
  }
}

/** Waits until both services answer a real round trip, or throws a NotReadyError. */
export async function waitUntilReady(target: ReadyTarget, timeoutMs: number, hooks: ReadyHooks = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const brokers = target.kafkaBrokers.split(',').map((b) => b.trim()).filter((b) => b.length > 0);
  if (brokers.length === 0) throw new NotReadyError('no Kafka brokers given');
  const stop = { failed: false };
  const failFast = (e: unknown): never => {
    stop.failed = true;
    throw e;
  };
  await Promise.all([
    pollReady(`Postgres (${redactUrl(target.databaseUrl)})`, () => attemptPostgres(target.databaseUrl), deadline, hooks, hooks.hint?.postgres, stop).catch(failFast),
    pollReady(`Kafka (${brokers.join(',')})`, (remaining) => attemptKafka(brokers, Math.min(remaining, 30000)), deadline, hooks, hooks.hint?.kafka, stop).catch(
      failFast,
    ),
  ]);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
