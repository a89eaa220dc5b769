import { QboFault } from './fault-shapes';
import { cloneJson, type JsonObject } from './json-types';
import { commitNew } from './commit-change';
import type { OperationContext } from './operation-context';
import type { StoredEntity } from './store';
import { checkLength, checkNameCharacters, optionalString, requiredMissing } from './validation';

/** Items are read-only through the API; they come from company creation ("Services") and seeding. */
export function createItem(ctx: OperationContext, body: JsonObject): StoredEntity {
  const data = cloneJson(body);
  for (const field of ['Id', 'SyncToken', 'MetaData', 'FullyQualifiedName', 'domain', 'sparse']) delete data[field];
  const name = optionalString(data, 'Name');
  if (name === undefined || name.trim() === '') throw requiredMissing('Name');
  checkNameCharacters(name, 'Name');
  checkLength(name, 'Name', 100);
  const key = name.trim().toLowerCase();
  const holder = ctx.realm.list('Item').find((i) => String(i.data['Name'] ?? '').trim().toLowerCase() === key);
  if (holder) throw QboFault.validation('6240', 'Duplicate Name Exists Error', `The name supplied already exists. : Id=${holder.id}`);
  const defaults = { Type: 'Service', Active: true, IncomeAccountRef: { value: '1', name: 'Services' } };
  return commitNew(ctx, 'Item', { ...defaults, ...data }, false);
}

export function renderItem(entity: StoredEntity): JsonObject {
  return { ...cloneJson(entity.data), FullyQualifiedName: String(entity.data['Name'] ?? ''), domain: 'QBO', sparse: false };
}
