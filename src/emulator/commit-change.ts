import { isJsonObject, type JsonObject } from './json-types';
import { isoTime, type OperationContext } from './operation-context';
import type { EntityType, StoredEntity } from './store';

/** Stores a new entity: the next Id, SyncToken 0, both times now; a webhook event unless `emit` is false. */
export function commitNew(ctx: OperationContext, type: EntityType, data: JsonObject, emit = true): StoredEntity {
  const stamp = ctx.realm.stamp(ctx.config.cdc.stampResolutionMs);
  const id = ctx.realm.nextId(type);
  const entity: StoredEntity = {
    type,
    id,
    data: { ...data, Id: id, SyncToken: '0', MetaData: { CreateTime: isoTime(stamp), LastUpdatedTime: isoTime(stamp) } },
    updatedAtMs: stamp,
    deleted: false,
    voided: false,
  };
  ctx.realm.put(entity);
  if (emit) ctx.emit({ realmId: ctx.realm.id, name: type, id, operation: 'Create', lastUpdated: isoTime(stamp) });
  return entity;
}

/** Stores a new version of an entity: SyncToken + 1, LastUpdatedTime now, webhook event. */
export function commitChange(
  ctx: OperationContext,
  existing: StoredEntity,
  data: JsonObject,
  operation: 'Update' | 'Void' | 'Delete' | 'Merge',
  emit = true,
): StoredEntity {
  const stamp = ctx.realm.stamp(ctx.config.cdc.stampResolutionMs);
  const meta = isJsonObject(existing.data['MetaData']) ? existing.data['MetaData'] : {};
  const next: StoredEntity = {
    ...existing,
    data: {
      ...data,
      Id: existing.id,
      SyncToken: String(Number(existing.data['SyncToken'] ?? '0') + 1),
      MetaData: { CreateTime: meta['CreateTime'] ?? isoTime(stamp), LastUpdatedTime: isoTime(stamp) },
    },
    updatedAtMs: stamp,
  };
  ctx.realm.put(next);
  if (emit) ctx.emit({ realmId: ctx.realm.id, name: existing.type, id: existing.id, operation, lastUpdated: isoTime(stamp) });
  return next;
}

