import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

/**
 * The baseline for `bench:ingest`: a bare kafkajs consumer that parses each message and
 * COPYs it into a scratch table, committing offsets after each batch. No validation, no
 * inbox, no version guard: the floor of what consuming into Postgres costs here.
 */

const env = (k: string): string => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is required`);
  return v;
};

function csvField(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: env('DATABASE_URL'), max: 4 });
  await pool.query(
    `CREATE TABLE IF NOT EXISTS bench_baseline (event_id text, tenant_id text, type text, version bigint, payload jsonb)`,
  );
  const kafka = new Kafka({ clientId: 'bench-baseline', brokers: env('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: env('KAFKA_GROUP_ID'), maxBytesPerPartition: 2 * 1024 * 1024, maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topics: env('TOPICS').split(','), fromBeginning: true });
  await consumer.run({
    autoCommit: true,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
      const lines: string[] = [];
      for (const m of batch.messages) {
        if (m.value === null) continue;
        const text = m.value.toString('utf8');
        const e = JSON.parse(text) as { eventId: string; tenantId: string; type: string; version: number; data: unknown };
        lines.push(
          `${csvField(e.eventId)},${csvField(e.tenantId)},${csvField(e.type)},${e.version},${csvField(JSON.stringify(e.data))}\n`,
        );
      }
      const client = await pool.connect();
      try {
        await pipeline(
          Readable.from([lines.join('')]),
          client.query(copyFrom(`COPY bench_baseline (event_id, tenant_id, type, version, payload) FROM STDIN WITH (FORMAT csv)`)),
        );
      } finally {
        client.release();
      }
      const last = batch.messages[batch.messages.length - 1];
      if (last) resolveOffset(last.offset);
      await commitOffsetsIfNecessary();
    },
  });
  const stop = async () => {
    await consumer.disconnect();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.send?.('ready');
}

void main();
