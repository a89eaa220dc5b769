import 'reflect-metadata';
import { Container } from 'inversify';
import { Admin, Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Config } from './config';
import { AdminServer, RouteModule } from './http/admin-server';
import { DeadLetterPublisher } from './ingest/dead-letter-publisher';
import { EventStore } from './ingest/event-store';
import { IngestConsumer } from './ingest/ingest-consumer';
import { Logger } from './logger';
import { TOKENS } from './tokens';

/** What main.ts initialises before the container is built. */
export interface Infrastructure {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  kafka: Kafka;
  producer: Producer;
  admin: Admin;
}

/**
 * The composition root: the only place that binds concrete classes. Infrastructure is
 * bound as constants, already connected; tests build the same container and may rebind.
 */
export function buildContainer(infra: Infrastructure): Container {
  const c = new Container({ defaultScope: 'Singleton' });
  c.bind<Config>(TOKENS.Config).toConstantValue(infra.config);
  c.bind<Logger>(TOKENS.Logger).toConstantValue(infra.logger);
  c.bind<DataSource>(TOKENS.DataSource).toConstantValue(infra.dataSource);
  c.bind<Kafka>(TOKENS.Kafka).toConstantValue(infra.kafka);
  c.bind<Producer>(TOKENS.Producer).toConstantValue(infra.producer);
  c.bind<Admin>(TOKENS.KafkaAdmin).toConstantValue(infra.admin);

  c.bind<EventStore>(TOKENS.EventStore).toDynamicValue((ctx) => new EventStore(ctx.get<DataSource>(TOKENS.DataSource)));
  c.bind<DeadLetterPublisher>(TOKENS.DeadLetterPublisher).toDynamicValue(
    (ctx) => new DeadLetterPublisher(ctx.get<Producer>(TOKENS.Producer), ctx.get<Config>(TOKENS.Config).kafka.topics.deadLetter),
  );
  c.bind<IngestConsumer>(TOKENS.IngestConsumer).toDynamicValue((ctx) => {
    const config = ctx.get<Config>(TOKENS.Config);
    return new IngestConsumer(
      ctx.get<Kafka>(TOKENS.Kafka),
      ctx.get<EventStore>(TOKENS.EventStore),
      ctx.get<DeadLetterPublisher>(TOKENS.DeadLetterPublisher),
      {
        groupId: config.kafka.groupId,
        topics: [config.kafka.topics.customers, config.kafka.topics.invoices],
        fromBeginning: config.kafka.fromBeginning,
        sessionTimeoutMs: config.kafka.sessionTimeoutMs,
        partitionsConsumedConcurrently: config.kafka.partitionsConsumedConcurrently,
        maxBytesPerPartition: config.kafka.maxBytesPerPartition,
      },
      ctx.get<Logger>(TOKENS.Logger).child({ component: 'ingest' }),
    );
  });
  c.bind<AdminServer>(TOKENS.AdminServer).toDynamicValue((ctx) => {
    const ds = ctx.get<DataSource>(TOKENS.DataSource);
    const admin = ctx.get<Admin>(TOKENS.KafkaAdmin);
    const consumer = ctx.get<IngestConsumer>(TOKENS.IngestConsumer);
    return new AdminServer(
      [
        { name: 'postgres', check: async () => void (await ds.query('SELECT 1')) },
        { name: 'kafka', check: async () => void (await admin.describeCluster()) },
        {
          name: 'consumer',
          check: async () => {
            if (!consumer.isJoined()) throw new Error('the consumer has not joined its group');
          },
        },
      ],
      ctx.get<Logger>(TOKENS.Logger).child({ component: 'http' }),
      c.isBound(TOKENS.RouteModule) ? ctx.getAll<RouteModule>(TOKENS.RouteModule) : [],
    );
  });
  return c;
}
