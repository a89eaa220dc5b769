import { QboFault } from './fault-shapes';
import { cloneJson, isJsonObject, type JsonObject } from './json-types';
import type { OperationContext } from './operation-context';
import { nameListTypes, type NameListType, type Realm, type StoredEntity } from './store';
import {
  checkEmail,
  checkLength,
  checkNameCharacters,
  optionalBoolean,
  optionalObject,
  optionalRef,
  optionalString,
  requiredMissing,
} from './validation';
import { customerBalance } from './invoices';
import { checkSyncToken, requireUpdateKeys } from './sync-token';
import { commitChange, commitNew } from './commit-change';
import { normalizeAddressCountries } from './addresses';
import { applyCustomerCurrency } from './currency';

/** Customer, Vendor and Employee: the "name list" entities that share one DisplayName namespace. */

const systemFields = ['Id', 'SyncToken', 'MetaData', 'Balance', 'BalanceWithJobs', 'FullyQualifiedName', 'domain', 'sparse', 'Level', 'time'];
const nameFields = ['DisplayName', 'Title', 'GivenName', 'MiddleName', 'FamilyName', 'Suffix', 'PrintOnCheckName'];
const phoneFields = ['PrimaryPhone', 'Mobile', 'AlternatePhone', 'Fax'];
const addressFields = ['BillAddr', 'ShipAddr', 'PrimaryAddr', 'OtherAddr'];

function fixedLengths(config: OperationContext['config']): Record<string, number> {
  return {
    DisplayName: config.names.displayNameMaxLength,
    CompanyName: config.names.companyNameMaxLength,
    GivenName: 100,
    MiddleName: 100,
    FamilyName: 100,
    Title: 16,
    Suffix: 16,
    PrintOnCheckName: 110,
    Notes: 2000,
  };
}

function validateFields(ctx: OperationContext, data: JsonObject): void {
  for (const field of nameFields) checkNameCharacters(optionalString(data, field), field);
  for (const [field, max] of Object.entries(fixedLengths(ctx.config))) checkLength(optionalString(data, field), field, max);
  for (const field of phoneFields) {
    const phone = optionalObject(data, field);
    if (phone) checkLength(optionalString(phone, 'FreeFormNumber', `${field}.FreeFormNumber`), `${field}.FreeFormNumber`, 30);
  }
  for (const field of addressFields) {
    const addr = optionalObject(data, field);
    if (!addr) continue;
    for (const line of ['Line1', 'Line2', 'Line3', 'Line4', 'Line5']) {
      checkLength(optionalString(addr, line, `${field}.${line}`), `${field}.${line}`, 500);
    }
    checkLength(optionalString(addr, 'City', `${field}.City`), `${field}.City`, 255);
    checkLength(optionalString(addr, 'Country', `${field}.Country`), `${field}.Country`, 255);
    checkLength(optionalString(addr, 'CountrySubDivisionCode', `${field}.CountrySubDivisionCode`), `${field}.CountrySubDivisionCode`, 255);
    checkLength(optionalString(addr, 'PostalCode', `${field}.PostalCode`), `${field}.PostalCode`, 30);
  }
  const email = optionalObject(data, 'PrimaryEmailAddr');
  if (email) {
    const address = optionalString(email, 'Address', 'PrimaryEmailAddr.Address');
    if (address !== undefined && address !== '') {
      checkLength(address, 'PrimaryEmailAddr.Address', 100);
      checkEmail(address, 'PrimaryEmailAddr.Address');
    }
  }
  optionalBoolean(data, 'Active');
}

/** QBO derives DisplayName from the name parts when it is not given. */
function ensureDisplayName(data: JsonObject): string {
  const given = optionalString(data, 'DisplayName');
  if (given !== undefined && given.trim() !== '') return given;
  const parts = ['Title', 'GivenName', 'MiddleName', 'FamilyName', 'Suffix']
    .map((f) => optionalString(data, f)?.trim() ?? '')
    .filter((p) => p !== '');
  if (parts.length === 0) throw requiredMissing('DisplayName (or one of Title, GivenName, MiddleName, FamilyName, Suffix)');
  const derived = parts.join(' ');
  data['DisplayName'] = derived;
  return derived;
}

export function nameKey(ctx: OperationContext, name: string): string {
  const trimmed = name.trim();
  return ctx.config.names.uniquenessCaseSensitive ? trimmed : trimmed.toLowerCase();
}

/** Who (Customer, Vendor or Employee) holds this DisplayName, other than `self`? */
export function findNameHolder(ctx: OperationContext, name: string, self?: StoredEntity): StoredEntity | undefined {
  const key = nameKey(ctx, name);
  for (const type of nameListTypes) {
    for (const entity of ctx.realm.list(type)) {
      if (entity === self) continue;
      if (!ctx.config.names.inactiveNamesBlock && entity.data['Active'] === false) continue;
      const held = entity.data['DisplayName'];
      if (typeof held === 'string' && nameKey(ctx, held) === key) return entity;
    }
  }
  return undefined;
}

function assertNameFree(ctx: OperationContext, name: string, self?: StoredEntity): void {
  const holder = findNameHolder(ctx, name, self);
  if (holder) {
    throw QboFault.validation('6240', 'Duplicate Name Exists Error', `The name supplied already exists. : Id=${holder.id}`);
  }
}

function checkParent(ctx: OperationContext, type: NameListType, data: JsonObject, selfId?: string): void {
  if (type !== 'Customer') return;
  const parentId = optionalRef(data, 'ParentRef');
  if (parentId === undefined) {
    data['Job'] = false;
    return;
  }
  if (parentId === selfId) throw QboFault.validation('6000', 'A business validation error has occurred while processing your request', 'Business Validation Error: a customer cannot be its own parent.', 'ParentRef');
  const parent = ctx.realm.get('Customer', parentId);
  if (!parent) throw QboFault.notFound('Customer', parentId);
  if (parent.data['Active'] === false) {
    throw QboFault.validation('2500', 'Invalid Reference Id', `Invalid Reference Id : Customer Id=${parentId} is inactive`, 'ParentRef');
  }
  data['Job'] = true;
}

function writable(body: JsonObject): JsonObject {
  const data = cloneJson(body);
  for (const field of systemFields) delete data[field];
  return data;
}

export function createNameEntity(ctx: OperationContext, type: NameListType, body: JsonObject): StoredEntity {
  const data = writable(body);
  validateFields(ctx, data);
  const name = ensureDisplayName(data);
  checkNameCharacters(name, 'DisplayName');
  assertNameFree(ctx, name);
  checkParent(ctx, type, data);
  if (data['Active'] === undefined) data['Active'] = true;
  normalizeAddressCountries(ctx, data);
  if (type === 'Customer') applyCustomerCurrency(ctx, data);
  return commitNew(ctx, type, data);
}

export function updateNameEntity(ctx: OperationContext, type: NameListType, body: JsonObject): StoredEntity {
  const { id, syncToken } = requireUpdateKeys(body);
  const existing = ctx.realm.get(type, id);
  if (!existing) throw QboFault.notFound(type, id);
  checkSyncToken(existing, syncToken);
  if (existing.mergedInto !== undefined) {
    throw QboFault.validation(
      '6000',
      'A business validation error has occurred while processing your request',
      `Business Validation Error: this ${type} was merged into Id=${existing.mergedInto} and can no longer be changed.`,
    );
  }
  const incoming = writable(body);
  const data: JsonObject =
    body['sparse'] === true
      ? { ...cloneJson(existing.data), ...incoming }
      : { ...incoming, Id: existing.id, SyncToken: existing.data['SyncToken'], MetaData: existing.data['MetaData'] };
  // A full update sets omitted writable fields to their defaults: Active becomes true.
  if (data['Active'] === undefined || data['Active'] === null) data['Active'] = true;
  validateFields(ctx, data);
  const name = ensureDisplayName(data);
  checkNameCharacters(name, 'DisplayName');
  assertNameFree(ctx, name, existing);
  checkParent(ctx, type, data, existing.id);
  normalizeAddressCountries(ctx, data);
  if (type === 'Customer') applyCustomerCurrency(ctx, data, existing);
  return commitChange(ctx, existing, data, 'Update');
}

function fullyQualifiedName(realm: Realm, entity: StoredEntity, depth = 0): string {
  const own = String(entity.data['DisplayName'] ?? '');
  const parentRef = entity.data['ParentRef'];
  if (depth > 10 || !isJsonObject(parentRef) || typeof parentRef['value'] !== 'string') return own;
  const parent = realm.get('Customer', parentRef['value']);
  return parent ? `${fullyQualifiedName(realm, parent, depth + 1)}:${own}` : own;
}

/** The entity as QBO returns it, with derived fields filled in. */
export function renderNameEntity(realm: Realm, entity: StoredEntity): JsonObject {
  const out = cloneJson(entity.data);
  if (entity.type === 'Customer') {
    out['FullyQualifiedName'] = fullyQualifiedName(realm, entity);
    const balance = customerBalance(realm, entity.id).toNumber();
    out['Balance'] = balance;
    out['BalanceWithJobs'] = balance;
  } else if (entity.type === 'Vendor') {
    out['Balance'] = 0;
  }
  out['domain'] = 'QBO';
  out['sparse'] = false;
  return out;
}
