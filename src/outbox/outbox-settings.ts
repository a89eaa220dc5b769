import type { ServiceIdentifier } from 'inversify';
import { Kafka, Partitioners, Producer } from 'kafkajs';

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
 * Makes the relay's kafkajs producer: idempotent (acks=all, one request in flight, sequence
 * numbers per partition, so the broker never writes a retried request twice). The relay makes a
 * new one after a failed send: kafkajs keeps a producer's id and sequence numbers across
 * reconnects, and after some failures the broker refuses every later batch of that producer
 * (OUT_OF_ORDER_SEQUENCE_NUMBER); a new producer gets a new id.
 */
export type ProducerFactory = () => Producer;
export const SYNC_EVENTS_PRODUCER_FACTORY: ServiceIdentifier<ProducerFactory> = Symbol.for('SyncEventsProducerFactory');

/**
 * The relay's producer settings. Retries are bounded so a round fails (and is tried again later,
 * its events kept in Postgres) instead of blocking as long as Kafka is away; kafkajs warns once
 * per producer that bounded retries "may invalidate EoS guarantees": the relay's guarantee is at
 * least once, with the eventId to drop repeats.
 */
export function syncEventsProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: 3, initialRetryTime: 300, maxRetryTime: 3000 },
  });
}

/** The number of lanes (the tenant's hash & 63, see the sync-event-outbox migration): the relay's units of work. */
export const OUTBOX_LANES = 64;
