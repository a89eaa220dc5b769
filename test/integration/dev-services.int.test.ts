import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { loadSettings, servicesEnv, servicesUp, ServiceEndpoints } from '../../src/dev-services';

/** The services the jest global setup provided (test/support/global-setup.ts). */
function current(): ServiceEndpoints {
  const databaseUrl = process.env.DATABASE_URL;
  const kafkaBrokers = process.env.KAFKA_BROKERS;
  if (!databaseUrl || !kafkaBrokers) throw new Error('DATABASE_URL / KAFKA_BROKERS not set: the jest global setup starts the services');
  const mode = process.env.QBO_SYNC_SERVICES_MODE_IN_USE;
  return { mode: mode === 'docker' || mode === 'local' ? mode : 'env', databaseUrl, kafkaBrokers };
}

const kafkaOf = (ep: ServiceEndpoints): Kafka =>
  new Kafka({ clientId: 'dev-services-test', brokers: ep.kafkaBrokers.split(','), logLevel: logLevel.NOTHING });

async function postmasterStart(url: string): Promise<string> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ t: Date }>('SELECT pg_postmaster_start_time() AS t');
    return r.rows[0]?.t.toISOString() ?? 'none';
  } finally {
    await c.end();
  }
}

async function clusterId(ep: ServiceEndpoints): Promise<string> {
  const admin = kafkaOf(ep).admin();
  await admin.connect();
  try {
    return (await admin.describeCluster()).clusterId;
  } finally {
    await admin.disconnect();
  }
}

function localKafkaPid(): string | null {
  try {
    return readFileSync(join(loadSettings().stateDir, 'kafka', 'kafka.pid'), 'utf8');
  } catch {
    return null;
  }
}

/**
 * Runs fn the way a fresh process would see things: without the env vars the global setup
 * exported (unless they came from the environment in the first place, mode "env").
 */
async function withoutInheritedEnv<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, KAFKA_BROKERS: process.env.KAFKA_BROKERS };
  if (current().mode !== 'env') {
    delete process.env.DATABASE_URL;
    delete process.env.KAFKA_BROKERS;
  }
  try {
    return await fn();
  } finally {
    process.env.DATABASE_URL = saved.DATABASE_URL;
    process.env.KAFKA_BROKERS = saved.KAFKA_BROKERS;
  }
}

describe('dev services', () => {
  it('a second servicesUp() reuses the running services instead of starting new ones', async () => {
    const ep = current();
    const before = { pg: await postmasterStart(ep.databaseUrl), cluster: await clusterId(ep), kafkaPid: localKafkaPid() };

    const again = await withoutInheritedEnv(() => servicesUp());

    expect(again).toEqual(ep);
    expect(await postmasterStart(again.databaseUrl)).toBe(before.pg);
    expect(await clusterId(again)).toBe(before.cluster);
    if (ep.mode === 'local') {
      expect(before.kafkaPid).not.toBeNull();
      expect(localKafkaPid()).toBe(before.kafkaPid);
    }
  });

  it('servicesEnv() reports the running services', async () => {
    expect(await withoutInheritedEnv(() => servicesEnv())).toEqual(current());
  });

  it('a produced message is consumed back', async () => {
    const kafka = kafkaOf(current());
    const topic = `dev-services-test-${randomBytes(6).toString('hex')}`;
    const value = randomBytes(8).toString('hex');
    const producer = kafka.producer();
    const consumer = kafka.consumer({ groupId: `${topic}-group` });
    await producer.connect();
    await consumer.connect();
    try {
      await producer.send({ topic, messages: [{ key: 'k', value }] });
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = await new Promise<string>((resolve) => {
        void consumer.run({ eachMessage: async ({ message }) => resolve(message.value?.toString() ?? '') });
      });
      expect(received).toBe(value);
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
    }
  });
});
