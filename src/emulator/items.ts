import { commitChange, commitNew } from './commit-change';
import { QboFault } from './fault-shapes';
import { cloneJson, type JsonObject } from './json-types';
import type { OperationContext } from './operation-context';
import type { StoredEntity } from './store';
import { checkSyncToken, requireUpdateKeys } from './sync-token';
import { checkLength, checkNameCharacters, invalidProperty, optionalBoolean, optionalDecimal, optionalRef, optionalString, requiredMissing } from './validation';

const systemFields = ['Id', 'SyncToken', 'MetaData', 'FullyQualifiedName', 'domain', 'sparse', 'time'];
export const itemTypes = ['Service', 'NonInventory', 'Inventory', 'Category'] as const;
const sellableNeedingIncome = ['Service', 'NonInventory', 'Inventory'];

export interface ItemWriteOptions {
  /** The admin seed endpoint: an item without IncomeAccountRef is booked to "Services" (account 1). */
  seeding?: boolean;
}

function businessError(detail: string, element = ''): QboFault {
  return QboFault.validation('6000', 'A business validation error has occurred while processing your request', `Business Validation Error: ${detail}`, element);
}

function checkIncomeAccount(ctx: OperationContext, data: JsonObject, options: ItemWriteOptions): void {
  let accountId = optionalRef(data, 'IncomeAccountRef');
  if (accountId === undefined && options.seeding === true) accountId = '1';
  if (accountId === undefined) throw requiredMissing('IncomeAccountRef');
  const account = ctx.realm.get('Account', accountId);
  if (!account) throw QboFault.notFound('Account', accountId);
  if (account.data['Active'] === false) {
    throw QboFault.validation('2500', 'Invalid Reference Id', `Invalid Reference Id : Account Id=${accountId} is inactive`, 'IncomeAccountRef');
  }
  if (account.data['AccountType'] !== 'Income') {
    throw businessError(`IncomeAccountRef must name an Income account; Account Id=${accountId} is ${String(account.data['AccountType'])}.`, 'IncomeAccountRef');
  }
  data['IncomeAccountRef'] = { value: accountId, name: String(account.data['Name'] ?? '') };
}

/** Validates an item body (complete, after a sparse merge) and fills in defaults. */
function validateItem(ctx: OperationContext, data: JsonObject, options: ItemWriteOptions, self?: StoredEntity): void {
  const name = optionalString(data, 'Name');
  if (name === undefined || name.trim() === '') throw requiredMissing('Name');
  checkNameCharacters(name, 'Name');
  checkLength(name, 'Name', 100);
  const key = name.trim().toLowerCase();
  const holder = ctx.realm.list('Item').find((i) => i !== self && i.id !== self?.id && String(i.data['Name'] ?? '').trim().toLowerCase() === key);
  if (holder) throw QboFault.validation('6240', 'Duplicate Name Exists Error', `The name supplied already exists. : Id=${holder.id}`, 'Name');
  checkLength(optionalString(data, 'Sku'), 'Sku', 100);
  checkLength(optionalString(data, 'Description'), 'Description', 4000);
  const type = optionalString(data, 'Type') ?? 'Service';
  if (!(itemTypes as readonly string[]).includes(type)) throw invalidProperty('Type', `one of ${itemTypes.join(', ')}, got ${type}`);
  data['Type'] = type;
  const price = optionalDecimal(data, 'UnitPrice', 'UnitPrice');
  if (price !== undefined) data['UnitPrice'] = price.toNumber();
  if (optionalBoolean(data, 'Active') === undefined) data['Active'] = true;
  if (sellableNeedingIncome.includes(type)) checkIncomeAccount(ctx, data, options);
  else delete data['IncomeAccountRef'];
}

function writable(body: JsonObject): JsonObject {
  const data = cloneJson(body);
  for (const field of systemFields) delete data[field];
  return data;
}

/** POST /item (create); also company creation ("Services") and the seed endpoint. */
export function createItem(ctx: OperationContext, body: JsonObject, options: ItemWriteOptions = {}): StoredEntity {
  const data = writable(body);
  validateItem(ctx, data, options);
  return commitNew(ctx, 'Item', data, options.seeding !== true);
}

/** POST /item with Id: full or sparse update. Items are never deleted: `Active: false` makes one inactive. */
export function updateItem(ctx: OperationContext, body: JsonObject): StoredEntity {
  const { id, syncToken } = requireUpdateKeys(body);
  const existing = ctx.realm.get('Item', id);
  if (!existing) throw QboFault.notFound('Item', id);
  checkSyncToken(existing, syncToken);
  const incoming = writable(body);
  const data = body['sparse'] === true ? { ...writable(existing.data), ...incoming } : incoming;
  validateItem(ctx, data, {}, existing);
  return commitChange(ctx, existing, data, 'Update');
}

/** An invoice line's ItemRef: the item must exist, be active and be sellable (not a Category). */
export function checkSellableItem(ctx: OperationContext, itemId: string, element: string): StoredEntity {
  const item = ctx.realm.get('Item', itemId);
  if (!item || item.data['Active'] === false) {
    throw QboFault.validation(
      '2500',
      'Invalid Reference Id',
      `Invalid Reference Id : Item Id=${itemId} ${item ? 'is inactive' : 'does not exist'}`,
      element,
    );
  }
  if (item.data['Type'] === 'Category') {
    throw businessError(`Item Id=${itemId} is a Category; a category cannot be sold, choose a product or service.`, element);
  }
  return item;
}

export function renderItem(entity: StoredEntity): JsonObject {
  return { ...cloneJson(entity.data), FullyQualifiedName: String(entity.data['Name'] ?? ''), domain: 'QBO', sparse: false };
}
