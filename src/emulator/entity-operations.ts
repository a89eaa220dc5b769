import { QboFault } from './fault-shapes';
import { createInvoice, deleteInvoice, updateInvoice, voidInvoice, type InvoiceWriteOptions } from './invoices';
import type { JsonObject } from './json-types';
import { createItem, updateItem } from './items';
import { createNameEntity, updateNameEntity } from './name-lists';
import { createPayment, deletePayment } from './payments';
import type { OperationContext } from './operation-context';
import { renderEntity } from './render';
import { isNameListType, type EntityType, type Realm } from './store';

export type WriteOperation = 'create' | 'update' | 'delete' | 'void';

export function unsupportedOperation(entity: string, operation: string): QboFault {
  return QboFault.validation('500', 'Unsupported Operation', `Operation ${operation} is not supported for ${entity}.`);
}

/** Create/update/delete/void one entity; answers the rendered entity (what goes under its name in the body). */
export function writeEntity(
  ctx: OperationContext,
  type: EntityType,
  operation: WriteOperation,
  body: JsonObject,
  options: InvoiceWriteOptions,
): JsonObject {
  if (isNameListType(type)) {
    if (operation === 'create') return renderEntity(ctx.realm, createNameEntity(ctx, type, body));
    if (operation === 'update') return renderEntity(ctx.realm, updateNameEntity(ctx, type, body));
    throw unsupportedOperation(type, operation);
  }
  if (type === 'Invoice') {
    switch (operation) {
      case 'create':
        return renderEntity(ctx.realm, createInvoice(ctx, body, options));
      case 'update':
        return renderEntity(ctx.realm, updateInvoice(ctx, body, options));
      case 'void':
        return renderEntity(ctx.realm, voidInvoice(ctx, body));
      case 'delete':
        return renderEntity(ctx.realm, deleteInvoice(ctx, body));
    }
  }
  if (type === 'Item') {
    if (operation === 'create') return renderEntity(ctx.realm, createItem(ctx, body));
    if (operation === 'update') return renderEntity(ctx.realm, updateItem(ctx, body));
  }
  if (type === 'Payment') {
    if (operation === 'create') return renderEntity(ctx.realm, createPayment(ctx, body));
    if (operation === 'delete') return renderEntity(ctx.realm, deletePayment(ctx, body));
  }
  // TaxCode, TaxRate and Account are read-only through the emulator's API (tax codes are in QuickBooks too).
  throw unsupportedOperation(type, operation);
}

export function readEntity(realm: Realm, type: EntityType, id: string): JsonObject {
  const entity = realm.get(type, id);
  if (!entity) throw QboFault.notFound(type, id);
  return renderEntity(realm, entity);
}

export function parseWriteOperation(value: string | undefined, body: JsonObject): WriteOperation {
  if (value === undefined || value === '') return body['Id'] !== undefined && body['Id'] !== null ? 'update' : 'create';
  const op = value.toLowerCase();
  if (op === 'create' || op === 'update' || op === 'delete' || op === 'void') return op;
  throw unsupportedOperation('this entity', value);
}
