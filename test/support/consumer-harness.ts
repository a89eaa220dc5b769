import { Container } from 'inversify';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { buildContainer } from '../../src/container';
import { IngestConsumer } from '../../src/ingest/ingest-consumer';
import { createLogger } from '../../src/logger';
import { brokers } from './kafka';
import { workerEnv, WorkerSettings } from './worker-harness';

export interface RunningConsumer {
  consumer: IngestConsumer;
  container: Container;
  stop(): Promise<void>;
}

/**
 * The worker's ingest consumer alone, built by the real container on `dataSource`, after
 * `replace` has rebound what a test swaps (a fragile EventStore, a smaller producer limit).
 */
export async function startIngestConsumer(
  s: WorkerSettings,
  dataSource: DataSource,
  replace: (c: Container) => void = () => undefined,
): Promise<RunningConsumer> {
  const config = loadConfig(workerEnv(s));
  const kafka = new Kafka({ clientId: 'qbo-sync-test-consumer', brokers: brokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  const admin = kafka.admin();
  await Promise.all([producer.connect(), admin.connect()]);
  const container = buildContainer({ config, logger: createLogger(config.logLevel), dataSource, kafka, producer, admin });
  replace(container);
  const consumer = container.get(IngestConsumer);
  await consumer.start();
  return {
    consumer,
    container,
    async stop() {
      await consumer.stop();
      await Promise.all([producer.disconnect(), admin.disconnect()]);
    },
  };
}
