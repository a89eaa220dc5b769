import { Container } from 'inversify';
import 'reflect-metadata';
import { Kafka, Partitioners } from 'kafkajs';
import { Config } from './config';
import { buildContainer } from './container';
import { createDataSource, runMigrationsLocked } from './db/data-source';
import { AdminServer } from './http/admin-server';
import { IngestConsumer } from './ingest/ingest-consumer';
import { kafkaLogCreator, kafkaLogLevel } from './ingest/kafka-log';
import { backoffDelay, isRetriableDbError, sleep } from './ingest/retry';
import { Logger } from './logger';
import { BACKGROUND_TASK, BackgroundTask } from './background-task';
import { DATA_SOURCE, KAFKA_ADMIN, KAFKA_PRODUCER, QBO_DATA_SOURCE } from './tokens';

/**
 * The worker's lifecycle: connect Postgres (waiting for it if it is not up yet), apply
 * migrations under a lock, connect Kafka, make sure the topics exist, serve HTTP, consume.
 * `stop()` stops fetching, lets the batch in hand commit, and disconnects everything.
 */
export class Worker {
  private container?: Container;
  private stopping?: Promise<void>;
  httpPort?: number;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const { config, logger } = this;
    const dataSource = createDataSource({ url: config.databaseUrl, poolSize: config.dbPoolSize });
    for (let attempt = 0; ; attempt++) {
      try {
        await dataSource.initialize();
        break;
      } catch (e) {
        if (!isRetriableDbError(e) || attempt >= 30) throw e;
        const delay = backoffDelay(attempt);
        logger.warn({ err: e, retryInMs: delay }, 'postgres not reachable yet; retrying');
        await sleep(delay);
      }
    }
    if (config.migrationsRunAtBoot) {
      const applied = await runMigrationsLocked(dataSource);
      logger.info({ applied }, applied.length > 0 ? 'migrations applied' : 'schema up to date');
    }

    const kafka = new Kafka({
      clientId: config.kafka.clientId,
      brokers: config.kafka.brokers,
      logLevel: kafkaLogLevel(config.logLevel),
      logCreator: kafkaLogCreator(logger),
      retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await this.ensureTopics(admin);
    const producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();

    // QuickBooks-bound work holds connections of its own small pool, never ingest's.
    const qboDataSource = createDataSource({ url: config.databaseUrl, poolSize: config.dbQboPoolSize, applicationName: 'qbo-sync-qbo' });
    await qboDataSource.initialize();
    this.container = buildContainer({ config, logger, dataSource, qboDataSource, kafka, producer, admin });
    const server = this.container.get(AdminServer);
    this.httpPort = await server.listen(config.http.host, config.http.port);
    await this.container.get(IngestConsumer).start();
    for (const task of this.tasks()) {
      await task.start();
      logger.info({ task: task.name }, 'background task started');
    }
    logger.info(
      { topics: config.kafka.topics, groupId: config.kafka.groupId, httpPort: this.httpPort },
      'worker started',
    );
  }

  private tasks(): BackgroundTask[] {
    const c = this.container;
    return c !== undefined && c.isBound(BACKGROUND_TASK) ? c.getAll(BACKGROUND_TASK) : [];
  }

  /** The composition root, for tests and CLIs that need a part of the running worker. */
  get services(): Container | undefined {
    return this.container;
  }

  get consumer(): IngestConsumer | undefined {
    return this.container?.get(IngestConsumer);
  }

  stop(): Promise<void> {
    this.stopping ??= this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    const c = this.container;
    if (c === undefined) return;
    const log = this.logger;
    const step = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (e) {
        log.warn({ err: e, step: name }, 'shutdown step failed');
      }
    };
    for (const task of this.tasks().reverse()) await step(task.name, () => task.stop());
    await step('consumer', () => c.get(IngestConsumer).stop());
    await step('http', () => c.get(AdminServer).close());
    await step('producer', () => c.get(KAFKA_PRODUCER).disconnect());
    await step('kafka admin', () => c.get(KAFKA_ADMIN).disconnect());
    await step('postgres', () => c.get(DATA_SOURCE).destroy());
    await step('postgres (qbo pool)', () => c.get(QBO_DATA_SOURCE).destroy());
    log.info('worker stopped');
  }

  /** Creates any missing topic (broker defaults for partitions and replication). */
  private async ensureTopics(admin: import('kafkajs').Admin): Promise<void> {
    const { topics } = this.config.kafka;
    const wanted = [topics.customers, topics.invoices, topics.deadLetter];
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic })) });
    this.logger.info({ topics: missing }, 'created missing topics');
  }
}
