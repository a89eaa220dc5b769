import { inject, injectable, optional, ServiceIdentifier } from 'inversify';
import { Metrics } from '../metrics/metrics';
import { KAFKA, LOGGER } from '../tokens';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { Logger } from '../logger';
import { DeadLetter, DeadLetterPublisher } from './dead-letter-publisher';
import { parseEvent } from './event-schemas';
import { EventStore, SourcedEvent, WriteOutcome } from './event-store';
import { backoffDelay, blamesTheEvents, isRetriableDbError, sleep, sqlState } from './retry';

export interface IngestConsumerOptions {
  groupId: string;
  topics: string[];
  fromBeginning: boolean;
  partitionsConsumedConcurrently: number;
  maxBytesPerPartition: number;
  /** How long the group waits for a silent member (a killed pod) before reassigning its partitions. */
  sessionTimeoutMs?: number;
  /** Events written per Postgres transaction; a fetched batch larger than this is split. */
  chunkSize?: number;
}

export const INGEST_CONSUMER_OPTIONS: ServiceIdentifier<IngestConsumerOptions> = Symbol.for('IngestConsumerOptions');

export interface IngestCounters {
  batches: number;
  accepted: number;
  duplicates: number;
  deadLettered: number;
  dbRetries: number;
}

/** Raised when the consumer is stopping while a write could not complete: nothing is committed. */
class StoppingError extends Error {
  readonly retriable = true;
  constructor() {
    super('ingest is stopping: batch abandoned before commit; it will be redelivered');
  }
}

/**
 * The Kafka side of ingest: a consumer group on both topics, one `eachBatch` per
 * partition fetch. For each batch: validate every message; send the bad ones to the
 * dead-letter topic; record the good ones in one Postgres transaction per chunk; only
 * then resolve and commit the offsets. A Postgres outage is retried with backoff (with
 * heartbeats) for as long as the consumer runs, and never dead-lettered.
 */
@injectable()
export class IngestConsumer {
  private readonly logger: Logger;
  private readonly consumer: Consumer;
  private joined = false;
  private running = false;
  private death: Error | null = null;
  private readonly deathListeners: Array<(cause: Error) => void> = [];
  private readonly chunkSize: number;
  readonly counters: IngestCounters = { batches: 0, accepted: 0, duplicates: 0, deadLettered: 0, dbRetries: 0 };

  constructor(
    @inject(KAFKA) kafka: Kafka,
    @inject(EventStore) private readonly store: EventStore,
    @inject(DeadLetterPublisher) private readonly deadLetters: DeadLetterPublisher,
    @inject(INGEST_CONSUMER_OPTIONS) private readonly options: IngestConsumerOptions,
    @inject(LOGGER) logger: Logger,
    @inject(Metrics) @optional() private readonly metrics?: Metrics,
  ) {
    this.logger = logger.child({ component: 'ingest' });
    this.chunkSize = options.chunkSize ?? 5000;
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: options.sessionTimeoutMs ?? 30_000,
      rebalanceTimeout: 60_000,
      heartbeatInterval: Math.min(3_000, Math.floor((options.sessionTimeoutMs ?? 30_000) / 3)),
      maxBytesPerPartition: options.maxBytesPerPartition,
      maxBytes: options.maxBytesPerPartition * Math.max(2, options.partitionsConsumedConcurrently) * 2,
      maxWaitTimeInMs: 250,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
    const { GROUP_JOIN, CRASH, STOP, DISCONNECT, REBALANCING } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, (e) => {
      this.joined = true;
      this.logger.info({ memberId: e.payload.memberId, assignment: e.payload.memberAssignment }, 'consumer joined the group');
    });
    this.consumer.on(REBALANCING, () => {
      this.joined = false;
    });
    this.consumer.on(CRASH, (e) => {
      this.joined = false;
      const { error, restart } = e.payload;
      if (restart || !this.running) {
        this.logger.error({ err: error, restart }, 'consumer crashed');
        return;
      }
      // kafkajs does not restart after a non-retriable error: the process must not live on without its consumer.
      this.death = error;
      this.logger.fatal({ err: error }, 'consumer crashed and will not restart: ingest has stopped');
      for (const listener of this.deathListeners) listener(error);
    });
    this.consumer.on(STOP, () => {
      this.joined = false;
    });
    this.consumer.on(DISCONNECT, () => {
      this.joined = false;
    });
  }

  /** Why the consumer died for good (kafkajs will not restart it), or null: /healthz fails and the process exits. */
  deathCause(): string | null {
    return this.death === null ? null : `the consumer crashed and will not restart: ${this.death.message}`;
  }

  /** Calls `listener` once the consumer has died for good. */
  onDeath(listener: (cause: Error) => void): void {
    if (this.death !== null) listener(this.death);
    else this.deathListeners.push(listener);
  }

  /** Joined the group and consuming (for /readyz). */
  isJoined(): boolean {
    return this.running && this.joined;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning });
    this.running = true;
    await this.consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** Stops fetching, lets the batch in hand finish and commit, then leaves the group. */
  async stop(): Promise<void> {
    this.running = false;
    await this.consumer.disconnect();
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const messages = batch.messages;
    for (let start = 0; start < messages.length; start += this.chunkSize) {
      if (!isRunning() || isStale()) return;
      const endTimer = this.metrics?.ingestBatchSeconds.startTimer({ topic: batch.topic });
      const chunk = messages.slice(start, start + this.chunkSize);
      const good: SourcedEvent[] = [];
      const bad: DeadLetter[] = [];
      for (const m of chunk) this.classify(batch.topic, batch.partition, m, good, bad);

      if (bad.length > 0) {
        await this.deadLetters.publish(bad);
        this.counters.deadLettered += bad.length;
        for (const b of bad) {
          this.logger.warn(
            { topic: b.originalTopic, partition: b.originalPartition, offset: b.originalOffset, code: b.code, reason: b.message },
            'event dead-lettered',
          );
        }
      }
      const outcome = await this.writeWithRetry(good, heartbeat, () => isRunning() && !isStale());
      this.counters.batches += 1;
      this.counters.accepted += outcome.accepted;
      this.counters.duplicates += outcome.duplicates;
      this.metrics?.eventsRecorded.inc({ topic: batch.topic, outcome: 'accepted' }, outcome.accepted);
      this.metrics?.eventsRecorded.inc({ topic: batch.topic, outcome: 'duplicate' }, outcome.duplicates);

      const last = chunk[chunk.length - 1];
      if (last !== undefined) resolveOffset(last.offset);
      endTimer?.();
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  private classify(topic: string, partition: number, m: KafkaMessage, good: SourcedEvent[], bad: DeadLetter[]): void {
    const parsed = parseEvent(m.value);
    if (parsed.ok) {
      good.push({ ...parsed.event, source: { topic, partition, offset: m.offset, key: m.key, value: m.value } });
    } else {
      bad.push({
        key: m.key,
        value: m.value,
        code: parsed.code,
        message: parsed.message,
        originalTopic: topic,
        originalPartition: partition,
        originalOffset: m.offset,
      });
    }
  }

  /**
   * Writes until it succeeds. A failure nothing in the events causes (Postgres down, a
   * deadlock, a missing table) backs off and retries for as long as the consumer runs,
   * heartbeating so the group keeps this member. A failure the events may cause (Postgres
   * refusing their data, SQLSTATE 22/23/54, or our code throwing on them) is isolated: the
   * chunk is written one event at a time and the events that fail alone are dead-lettered
   * with the reason, so their neighbours land and the partition keeps moving.
   */
  private async writeWithRetry(
    events: SourcedEvent[],
    heartbeat: () => Promise<void>,
    keepGoing: () => boolean,
  ): Promise<WriteOutcome> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.store.write(events);
      } catch (error) {
        if (blamesTheEvents(error)) return this.writeIsolated(events, heartbeat, keepGoing, error);
        if (!keepGoing()) throw new StoppingError();
        const delay = backoffDelay(attempt);
        this.counters.dbRetries += 1;
        const level = isRetriableDbError(error) ? 'warn' : 'error';
        this.logger[level]({ err: error, attempt: attempt + 1, retryInMs: delay, events: events.length }, 'postgres write failed; retrying');
        await this.pause(delay, heartbeat, keepGoing);
      }
    }
  }

  private async writeIsolated(
    events: SourcedEvent[],
    heartbeat: () => Promise<void>,
    keepGoing: () => boolean,
    cause: unknown,
  ): Promise<WriteOutcome> {
    this.logger.error({ err: cause, events: events.length }, 'a batch could not be written; writing its events one by one');
    const total: WriteOutcome = { accepted: 0, duplicates: 0, customersChanged: 0, invoicesChanged: 0 };
    for (const event of events) {
      for (let attempt = 0; ; attempt++) {
        try {
          const o = await this.store.write([event]);
          total.accepted += o.accepted;
          total.duplicates += o.duplicates;
          total.customersChanged += o.customersChanged;
          total.invoicesChanged += o.invoicesChanged;
          break;
        } catch (error) {
          if (!blamesTheEvents(error)) {
            if (!keepGoing()) throw new StoppingError();
            this.counters.dbRetries += 1;
            await this.pause(backoffDelay(attempt), heartbeat, keepGoing);
            continue;
          }
          await this.deadLetterUnwritable(event, error);
          break;
        }
      }
    }
    return total;
  }

  /** Dead-letters one event its write failed on: `rejected_by_database` with the SQLSTATE, or `unprocessable`. */
  private async deadLetterUnwritable(event: SourcedEvent, error: unknown): Promise<void> {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const state = sqlState(error);
    const { source } = event;
    const letter: DeadLetter = {
      key: source.key,
      value: source.value,
      code: state === null ? 'unprocessable' : 'rejected_by_database',
      message: state === null ? `the worker could not process this event: ${reason}` : `the database refused this event (SQLSTATE ${state}): ${reason}`,
      originalTopic: source.topic,
      originalPartition: source.partition,
      originalOffset: source.offset,
    };
    await this.deadLetters.publish([letter]);
    this.counters.deadLettered += 1;
    this.logger.warn(
      { topic: source.topic, partition: source.partition, offset: source.offset, eventId: event.eventId, code: letter.code, reason: letter.message },
      'event dead-lettered',
    );
  }

  private async pause(ms: number, heartbeat: () => Promise<void>, keepGoing: () => boolean): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (!keepGoing()) throw new StoppingError();
      await sleep(Math.min(1000, until - Date.now()));
      await heartbeat().catch(() => undefined);
    }
  }
}
