import { ContainerModule } from 'inversify';
import { BACKGROUND_TASK } from '../background-task';
import { CONFIG, KAFKA } from '../tokens';
import { OutboxLanes } from './outbox-lanes';
import { OutboxRelay } from './outbox-relay';
import { OUTBOX_RELAY_OPTIONS, SYNC_EVENTS_PRODUCER_FACTORY, syncEventsProducer } from './outbox-settings';
import { ReadOutboxLag } from './read-outbox-lag';
import { OutboxMetricsCollector } from './outbox-metrics-collector';
import { SCRAPE_COLLECTOR } from '../metrics/metrics';

/**
 * The outbox of sync outcomes: the parts write events with writeSyncEvent (a function: it runs in
 * the caller's transaction), the relay publishes them to the sync-events topic, ReadOutboxLag
 * tells how far behind it is.
 */
export const outboxModule = new ContainerModule(({ bind }) => {
  bind(OutboxLanes).toSelf();
  bind(OutboxRelay).toSelf();
  bind(ReadOutboxLag).toSelf();
  bind(OUTBOX_RELAY_OPTIONS).toDynamicValue((ctx) => {
    const c = ctx.get(CONFIG);
    return {
      enabled: c.outbox.relayEnabled,
      topic: c.kafka.topics.syncEvents,
      pollMs: c.outbox.pollMs,
      batchSize: c.outbox.batchSize,
      retryMaxMs: c.outbox.retryMaxMs,
    };
  });
  bind(SYNC_EVENTS_PRODUCER_FACTORY).toDynamicValue((ctx) => {
    const kafka = ctx.get(KAFKA);
    return () => syncEventsProducer(kafka);
  });
  bind(BACKGROUND_TASK).toService(OutboxRelay);
  bind(OutboxMetricsCollector).toSelf();
  bind(SCRAPE_COLLECTOR).toService(OutboxMetricsCollector);
});
