import { commitChange } from './commit-change';
import { QboFault } from './fault-shapes';
import { reassignInvoice } from './invoices';
import { isJsonObject } from './json-types';
import { findNameHolder } from './name-lists';
import { isoTime, type OperationContext } from './operation-context';
import { renderEntity } from './render';
import type { JsonObject } from './json-types';

function mergeFault(detail: string): QboFault {
  return QboFault.validation('6000', 'A business validation error has occurred while processing your request', `Business Validation Error: ${detail}`);
}

/** A name for the merged-away record that collides with nothing: "<keeper name> (deleted)", then "(deleted-2)", ... */
function deletedName(ctx: OperationContext, keeperName: string): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (deleted)' : ` (deleted-${n})`;
    const base = keeperName.slice(0, Math.max(1, ctx.config.names.displayNameMaxLength - suffix.length));
    const candidate = `${base}${suffix}`;
    if (!findNameHolder(ctx, candidate)) return candidate;
  }
}

/**
 * Merges two customers the way a user does in the QBO UI (rename the loser to the keeper's name and
 * confirm): the loser's invoices and sub-customers move to the keeper, the loser becomes inactive for
 * good under the name "<keeper name> (deleted)", and a Merge webhook event is sent.
 */
export function mergeCustomers(ctx: OperationContext, loserId: string, keeperId: string): JsonObject {
  if (loserId === keeperId) throw mergeFault('a customer cannot be merged into itself.');
  const loser = ctx.realm.get('Customer', loserId);
  if (!loser) throw QboFault.notFound('Customer', loserId);
  const keeper = ctx.realm.get('Customer', keeperId);
  if (!keeper) throw QboFault.notFound('Customer', keeperId);
  if (loser.data['Active'] === false || loser.mergedInto !== undefined) throw mergeFault(`Customer Id=${loserId} is inactive.`);
  if (keeper.data['Active'] === false) throw mergeFault(`Customer Id=${keeperId} is inactive.`);

  const movedInvoiceIds: string[] = [];
  for (const invoice of ctx.realm.list('Invoice')) {
    const ref = invoice.data['CustomerRef'];
    if (isJsonObject(ref) && ref['value'] === loserId) {
      reassignInvoice(ctx, invoice, keeperId);
      movedInvoiceIds.push(invoice.id);
    }
  }
  for (const child of ctx.realm.list('Customer')) {
    const parent = child.data['ParentRef'];
    if (isJsonObject(parent) && parent['value'] === loserId) {
      commitChange(ctx, child, { ...child.data, ParentRef: { value: keeperId } }, 'Update');
    }
  }
  const keeperName = String(keeper.data['DisplayName'] ?? '');
  const loserAfter = commitChange(ctx, loser, { ...loser.data, DisplayName: deletedName(ctx, keeperName), Active: false }, 'Update', false);
  const mergedLoser = { ...loserAfter, mergedInto: keeperId };
  ctx.realm.put(mergedLoser);
  const keeperAfter = commitChange(ctx, keeper, keeper.data, 'Merge', false);
  ctx.emit({ realmId: ctx.realm.id, name: 'Customer', id: keeperId, operation: 'Merge', lastUpdated: isoTime(keeperAfter.updatedAtMs), deletedId: loserId });
  return {
    keeper: renderEntity(ctx.realm, keeperAfter),
    loser: renderEntity(ctx.realm, mergedLoser),
    movedInvoiceIds,
  };
}
