import { z } from 'zod';
import { SYNC_EVENT_TYPES, syncEventSchema } from './sync-event-schemas';

/**
 * The published sync events as JSON Schema (draft 2020-12), generated from `syncEventSchema`, the
 * schema writeSyncEvent validates every event with, so the document cannot drift from the code.
 * `npm run schema` writes docs/sync-events.schema.json; a unit test checks it is current.
 */
export function syncEventsJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(syncEventSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...json,
    $id: 'https://qbo-sync.example/schemas/sync-events.schema.json',
    title: 'qbo-sync sync events: message values on qbo-sync.sync-events (KAFKA_TOPIC_SYNC_EVENTS)',
    description: `Keyed by tenantId. Types: ${SYNC_EVENT_TYPES.join(', ')}. Delivered at least once: drop an eventId already seen; per entity (data.customerId or data.invoiceId), apply an event only if its version is above the last one applied. New optional fields may appear: ignore what you do not know.`,
  };
}
