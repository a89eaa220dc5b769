import { ContainerModule } from 'inversify';
import { CONFIG } from '../tokens';
import { DEAD_LETTER_TOPIC, DeadLetterPublisher } from './dead-letter-publisher';
import { CountDeadLetters } from './dead-letter-counts';
import { DeadLetterReader } from './dead-letter-reader';
import { EventStore } from './event-store';
import { IngestMetricsCollector } from './ingest-metrics-collector';
import { SCRAPE_COLLECTOR } from '../metrics/metrics';
import { RedriveDeadLetters } from './redrive-dead-letters';
import { ReplayConsumerGroup } from './replay-consumer-group';
import { INGEST_CONSUMER_OPTIONS, IngestConsumer } from './ingest-consumer';

/** Ingest: Kafka → validation → Postgres (inbox + version-guarded upserts), dead letters. */
export const ingestModule = new ContainerModule(({ bind }) => {
  bind(EventStore).toSelf();
  bind(DeadLetterPublisher).toSelf();
  bind(IngestConsumer).toSelf();
  bind(DeadLetterReader).toSelf();
  bind(RedriveDeadLetters).toSelf();
  bind(CountDeadLetters).toSelf();
  bind(ReplayConsumerGroup).toSelf();
  bind(IngestMetricsCollector).toSelf();
  bind(SCRAPE_COLLECTOR).toService(IngestMetricsCollector);
  bind(DEAD_LETTER_TOPIC).toDynamicValue((ctx) => ctx.get(CONFIG).kafka.topics.deadLetter);
  bind(INGEST_CONSUMER_OPTIONS).toDynamicValue((ctx) => {
    const k = ctx.get(CONFIG).kafka;
    return {
      groupId: k.groupId,
      topics: [k.topics.customers, k.topics.invoices],
      fromBeginning: k.fromBeginning,
      sessionTimeoutMs: k.sessionTimeoutMs,
      partitionsConsumedConcurrently: k.partitionsConsumedConcurrently,
      maxBytesPerPartition: k.maxBytesPerPartition,
      chunkSize: k.chunkSize,
    };
  });
});
