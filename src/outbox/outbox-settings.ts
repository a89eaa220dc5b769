import type { ServiceIdentifier } from 'inversify';
import type { Producer } from 'kafkajs';

/** The relay's settings (OUTBOX_* and KAFKA_TOPIC_SYNC_EVENTS). */
export interface OutboxRelayOptions {
  /** Off: this replica publishes nothing (the outbox keeps the events for the replicas that do). */
  enabled: boolean;
  topic: string;
  /** How often a relay looks for events and free lanes without being woken by a NOTIFY. */
  pollMs: number;
  /** Events per produce request. */
  batchSize: number;
  /** The longest wait between two attempts while Kafka refuses (the wait doubles from pollMs). */
  retryMaxMs: number;
}

export const OUTBOX_RELAY_OPTIONS: ServiceIdentifier<OutboxRelayOptions> = Symbol.for('OutboxRelayOptions');

/**
 * The relay's own kafkajs producer, idempotent (acks=all, one request in flight, sequence numbers
 * per partition, so a retried produce is never written twice by the broker). Created unconnected
 * by the composition root; the relay connects it when it starts publishing.
 */
export const SYNC_EVENTS_PRODUCER: ServiceIdentifier<Producer> = Symbol.for('SyncEventsProducer');

/** The number of lanes (the tenant's hash & 63, see the sync-event-outbox migration): the relay's units of work. */
export const OUTBOX_LANES = 64;
