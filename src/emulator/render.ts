import { renderInvoice } from './invoices';
import { renderItem } from './items';
import { cloneJson, type JsonObject } from './json-types';
import { isoTime } from './operation-context';
import { renderNameEntity } from './name-lists';
import type { Realm, StoredEntity } from './store';

/** Payments and the read-only lists: stored as answered; a deleted payment answers its Id and status. */
function renderListEntity(entity: StoredEntity): JsonObject {
  if (entity.deleted) return { Id: entity.id, status: 'Deleted', domain: 'QBO', MetaData: { LastUpdatedTime: isoTime(entity.updatedAtMs) } };
  return { ...cloneJson(entity.data), domain: 'QBO', sparse: false };
}

/** Any entity as the API returns it. */
export function renderEntity(realm: Realm, entity: StoredEntity): JsonObject {
  switch (entity.type) {
    case 'Invoice':
      return renderInvoice(realm, entity);
    case 'Item':
      return renderItem(entity);
    case 'Payment':
    case 'Account':
    case 'TaxCode':
    case 'TaxRate':
      return renderListEntity(entity);
    default:
      return renderNameEntity(realm, entity);
  }
}
