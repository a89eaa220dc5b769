import { Container } from 'inversify';
import 'reflect-metadata';
import { Kafka, Partitioners } from 'kafkajs';
import { createTopicsWithLeaders } from './kafka-topics';
import { Config } from './config';
import { buildContainer } from './container';
import { createDataSource, runMigrationsLocked } from './db/data-source';
import { AdminServer } from './http/admin-server';
import { IngestConsumer } from './ingest/ingest-consumer';
import { kafkaLogCreator, kafkaLogLevel } from './ingest/kafka-log';
import { backoffDelay, isRetriableDbError, sleep } from './ingest/retry';
import { Logger } from './logger';
import { MetricsServer } from './metrics/metrics-server';
import { BACKGROUND_TASK, BackgroundTask } from './background-task';
import { DATA_SOURCE, KAFKA_ADMIN, KAFKA_PRODUCER, QBO_DATA_SOURCE } from './tokens';

/** The share of SHUTDOWN_TIMEOUT_MS the background tasks get to stop, after the consumer has left its group. */
const TASKS_SHARE = 0.5;
/** The share kept for closing HTTP, Kafka and Postgres. */
const RESERVE_SHARE = 0.2;

export interface WorkerOptions {
  /** Tests: rebinds what a test replaces (a slow task, a fragile store) before anything starts. */
  customize?: (container: Container) => void;
}

/**
 * The worker's lifecycle: connect Postgres (waiting for it if it is not up yet), apply
 * migrations under a lock, connect Kafka, make sure the topics exist, serve HTTP, consume.
 * `stop()` stops fetching, lets the batch in hand commit and leaves the group, then stops the
 * background tasks within a bounded share of SHUTDOWN_TIMEOUT_MS, and disconnects everything.
 */
export class Worker {
  private container?: Container;
  private stopping?: Promise<void>;
  private reportDeath: (cause: Error) => void = () => undefined;
  /** Resolves when a part the worker cannot live without (the consumer) has died for good: main.ts then exits 1. */
  readonly died: Promise<Error> = new Promise((resolve) => (this.reportDeath = resolve));
  httpPort?: number;
  /** Where Prometheus scrapes (METRICS_PORT; the port chosen when it is 0). */
  metricsPort?: number;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly options: WorkerOptions = {},
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
    this.options.customize?.(this.container);
    const server = this.container.get(AdminServer);
    this.httpPort = await server.listen(config.http.host, config.http.port);
    this.metricsPort = await this.container.get(MetricsServer).listen();
    const consumer = this.container.get(IngestConsumer);
    consumer.onDeath((cause) => this.reportDeath(cause));
    await consumer.start();
    for (const task of this.tasks()) {
      await task.start();
      logger.info({ task: task.name }, 'background task started');
    }
    logger.info(
      { topics: config.kafka.topics, groupId: config.kafka.groupId, httpPort: this.httpPort, metricsPort: this.metricsPort },
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

  /**
   * The order matters: ingest first (stop fetching, let the batch in hand commit, leave the
   * group, so its partitions move at once instead of after the session timeout), then the
   * background tasks (QuickBooks calls may be in flight) within a bounded share of
   * SHUTDOWN_TIMEOUT_MS, then HTTP, Kafka and Postgres. A task that does not stop within its
   * share is left behind: its work is safe to abandon (leases expire, batches are re-sent with
   * their requestid), and a slow QuickBooks call can no longer keep the consumer in its group.
   */
  private async doStop(): Promise<void> {
    const c = this.container;
    if (c === undefined) return;
    const log = this.logger;
    const startedAt = Date.now();
    const step = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (e) {
        log.warn({ err: e, step: name }, 'shutdown step failed');
      }
    };
    await step('consumer', () => c.get(IngestConsumer).stop());
    const timeoutMs = this.config.shutdownTimeoutMs;
    const share = Math.max(0, Math.min(timeoutMs * TASKS_SHARE, startedAt + timeoutMs * (1 - RESERVE_SHARE) - Date.now()));
    await step('background tasks', () => this.stopTasks(share));
    await step('http', () => c.get(AdminServer).close());
    await step('metrics', () => c.get(MetricsServer).close());
    await step('producer', () => c.get(KAFKA_PRODUCER).disconnect());
    await step('kafka admin', () => c.get(KAFKA_ADMIN).disconnect());
    await step('postgres', () => c.get(DATA_SOURCE).destroy());
    await step('postgres (qbo pool)', () => c.get(QBO_DATA_SOURCE).destroy());
    log.info({ ms: Date.now() - startedAt }, 'worker stopped');
  }

  /** Stops every background task at once, waiting at most `budgetMs` for them. */
  private async stopTasks(budgetMs: number): Promise<void> {
    const pending = new Set<string>();
    const stops = this.tasks().map(async (task) => {
      pending.add(task.name);
      try {
        await task.stop();
      } catch (e) {
        this.logger.warn({ err: e, task: task.name }, 'background task failed to stop');
      } finally {
        pending.delete(task.name);
      }
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), budgetMs);
    });
    try {
      if ((await Promise.race([Promise.all(stops), timedOut])) === 'late') {
        this.logger.warn({ tasks: [...pending], budgetMs }, 'background tasks did not stop in their share of the shutdown time; leaving them');
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** Creates any missing topic (broker defaults for partitions and replication). */
  private async ensureTopics(admin: import('kafkajs').Admin): Promise<void> {
    const { topics } = this.config.kafka;
    const wanted = [topics.customers, topics.invoices, topics.deadLetter, topics.syncEvents];
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    await createTopicsWithLeaders(admin, missing.map((topic) => ({ topic })));
    this.logger.info({ topics: missing }, 'created missing topics');
  }
}
