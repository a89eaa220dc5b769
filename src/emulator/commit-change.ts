import { isJsonObject, type JsonObject } from './json-types';
import { isoTime, type OperationContext } from './operation-context';
import type { StoredEntity } from './store';

/** Stores a new version of an entity: SyncToken + 1, LastUpdatedTime now, webhook event. */
export function commitChange(
  ctx: OperationContext,
  existing: StoredEntity,
  data: JsonObject,
  operation: 'Update' | 'Void' | 'Delete' | 'Merge',
  emit = true,
): StoredEntity {
  const stamp = ctx.realm.stamp();
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

