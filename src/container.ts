import { Container } from 'inversify';
import 'reflect-metadata';
import { Admin, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Config } from './config';
import { connectionsModule } from './connections/connections-module';
import { customersModule } from './customers/customers-module';
import { httpModule } from './http/http-module';
import { ingestModule } from './ingest/ingest-module';
import { invoicesModule } from './invoices/invoices-module';
import { Logger } from './logger';
import { outboxModule } from './outbox/outbox-module';
import { metricsModule } from './metrics/metrics-module';
import { qboModule } from './qbo/qbo-module';
import { retentionModule } from './retention/retention-module';
import { CONFIG, DATA_SOURCE, DATABASE_URL, KAFKA, KAFKA_ADMIN, KAFKA_PRODUCER, LOGGER, QBO_DATA_SOURCE } from './tokens';

/** What main.ts (or a CLI entry point) initialises before the container is built. */
export interface Infrastructure {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  /** The pool for QuickBooks-bound work (QBO_DATA_SOURCE); the main one when absent. */
  qboDataSource?: DataSource;
  kafka: Kafka;
  producer: Producer;
  admin: Admin;
}

/** Every part's module, in the direction of their dependencies. */
export const PART_MODULES = [metricsModule, qboModule, outboxModule, ingestModule, customersModule, invoicesModule, connectionsModule, retentionModule, httpModule] as const;

/**
 * The composition root: binds the infrastructure main.ts initialised as constants and loads
 * each part's ContainerModule, whose classes declare what they need by constructor injection.
 * Everything is a singleton. Tests build the same container and rebind what they replace.
 */
export function buildContainer(infra: Infrastructure): Container {
  const c = new Container({ defaultScope: 'Singleton' });
  c.bind(CONFIG).toConstantValue(infra.config);
  c.bind(LOGGER).toConstantValue(infra.logger);
  c.bind(DATA_SOURCE).toConstantValue(infra.dataSource);
  c.bind(QBO_DATA_SOURCE).toConstantValue(infra.qboDataSource ?? infra.dataSource);
  c.bind(DATABASE_URL).toConstantValue(infra.config.databaseUrl);
  c.bind(KAFKA).toConstantValue(infra.kafka);
  c.bind(KAFKA_PRODUCER).toConstantValue(infra.producer);
  c.bind(KAFKA_ADMIN).toConstantValue(infra.admin);
  c.loadSync(...PART_MODULES);
  return c;
}

/**
 * The same container for processes that work on Postgres and QBO but never consume (the CLI,
 * benchmarks): the Kafka clients exist, unconnected.
 */
export function buildOfflineContainer(infra: Omit<Infrastructure, 'kafka' | 'producer' | 'admin'>, clientId: string): Container {
  const kafka = new Kafka({ clientId, brokers: infra.config.kafka.brokers, logLevel: logLevel.NOTHING });
  return buildContainer({
    ...infra,
    kafka,
    producer: kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner }),
    admin: kafka.admin(),
  });
}
