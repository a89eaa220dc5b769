import { renderInvoice } from './invoices';
import { renderItem } from './items';
import type { JsonObject } from './json-types';
import { renderNameEntity } from './name-lists';
import type { Realm, StoredEntity } from './store';

/** Any entity as the API returns it. */
export function renderEntity(realm: Realm, entity: StoredEntity): JsonObject {
  switch (entity.type) {
    case 'Invoice':
      return renderInvoice(realm, entity);
    case 'Item':
      return renderItem(entity);
    default:
      return renderNameEntity(realm, entity);
  }
}
