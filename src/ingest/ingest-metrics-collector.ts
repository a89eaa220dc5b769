import { inject, injectable } from 'inversify';
import type { Admin } from 'kafkajs';
import { Metrics, ScrapeCollector } from '../metrics/metrics';
import { KAFKA_ADMIN } from '../tokens';
import { CountDeadLetters } from './dead-letter-counts';
import { INGEST_CONSUMER_OPTIONS, IngestConsumerOptions } from './ingest-consumer';

/**
 * Ingest's figures read at scrape time: the consumer group's lag per topic and partition (the
 * log-end offsets minus the group's committed offsets, both from the admin client: two requests
 * per scrape whatever the number of partitions), and the open dead letters by reason. A scrape
 * that arrives while one is running shares it.
 */
@injectable()
export class IngestMetricsCollector implements ScrapeCollector {
  readonly name = 'ingest';
  private running?: Promise<void>;

  constructor(
    @inject(KAFKA_ADMIN) private readonly admin: Admin,
    @inject(INGEST_CONSUMER_OPTIONS) private readonly options: IngestConsumerOptions,
    @inject(CountDeadLetters) private readonly deadLetters: CountDeadLetters,
    @inject(Metrics) private readonly metrics: Metrics,
  ) {}

  collect(): Promise<void> {
    this.running ??= Promise.all([this.lag(), this.letters()])
      .then(() => undefined)
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async lag(): Promise<void> {
    try {
      const lags = await consumerLag(this.admin, this.options.groupId, this.options.topics);
      this.metrics.consumerLag.reset();
      for (const l of lags) this.metrics.consumerLag.set({ topic: l.topic, partition: String(l.partition) }, l.lag);
    } catch (e) {
      this.metrics.consumerLagScrapeErrors.inc();
      throw e;
    }
  }

  private async letters(): Promise<void> {
    const counts = await this.deadLetters.run();
    this.metrics.deadLettersOpen.reset();
    for (const r of counts.byReason) this.metrics.deadLettersOpen.set({ reason: r.code }, r.open);
  }
}

export interface PartitionLag {
  topic: string;
  partition: number;
  /** The log-end offset (high watermark). */
  end: number;
  /** The group's committed offset, or null when it has none (it would start at `start`). */
  committed: number | null;
  lag: number;
}

/** The group's lag on each partition of `topics`: log end minus committed (or minus the log start when nothing is committed). */
export async function consumerLag(admin: Admin, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const [committed, ...ends] = await Promise.all([
    admin.fetchOffsets({ groupId, topics }),
    ...topics.map((t) => admin.fetchTopicOffsets(t)),
  ]);
  const out: PartitionLag[] = [];
  topics.forEach((topic, i) => {
    const group = committed.find((c) => c.topic === topic)?.partitions ?? [];
    for (const p of ends[i] ?? []) {
      const end = Number(p.high);
      const c = Number(group.find((g) => g.partition === p.partition)?.offset ?? -1);
      const has = c >= 0;
      out.push({ topic, partition: p.partition, end, committed: has ? c : null, lag: Math.max(0, end - (has ? c : Number(p.low))) });
    }
  });
  return out;
}
