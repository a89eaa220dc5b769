import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { entityOf, SYNC_EVENT_DATA, SyncEventData, SyncEventType } from './sync-event-schemas';

/**
 * The transaction a state change is committed in (`dataSource.transaction(async (tx) => ...)`):
 * the event is written there, so it exists exactly when the change does.
 */
export type OutboxTransaction = Pick<EntityManager, 'query'>;

export interface WrittenSyncEvent {
  eventId: string;
  version: number;
}

/**
 * Writes one sync event to the outbox inside the caller's transaction (the one that commits the
 * state change it reports). The data is validated against the published schema first (a
 * mismatch is a defect and throws, rolling the change back). The version is the entity's next:
 * its row in sync_event_versions is locked until the transaction ends, so two transactions
 * writing about one entity get versions in the order they commit, and the relay (which
 * publishes each lane in id order) publishes them in that order.
 */
export async function writeSyncEvent<T extends SyncEventType>(tx: OutboxTransaction, tenantId: string, type: T, data: SyncEventData<T>): Promise<WrittenSyncEvent> {
  const parsed = SYNC_EVENT_DATA[type].safeParse(data);
  if (!parsed.success) throw new Error(`sync event ${type} of tenant ${tenantId} does not match its schema: ${parsed.error.message}`);
  const { entityType, entityId } = entityOf(type, data);
  const eventId = randomUUID();
  const rows = (await tx.query(
    `WITH v AS (
       INSERT INTO sync_event_versions (tenant_id, entity_type, entity_id, version) VALUES ($1, $2, $3, 1)
       ON CONFLICT (tenant_id, entity_type, entity_id) DO UPDATE SET version = sync_event_versions.version + 1
       RETURNING version)
     INSERT INTO sync_event_outbox (event_id, tenant_id, type, entity_type, entity_id, version, data)
     SELECT $4, $1, $5, $2, $3, v.version, $6::jsonb FROM v
     RETURNING version`,
    [tenantId, entityType, entityId, eventId, type, JSON.stringify(parsed.data)],
  )) as Array<{ version: string }>;
  const version = rows[0]?.version;
  if (version === undefined) throw new Error('the outbox insert returned nothing');
  return { eventId, version: Number(version) };
}
