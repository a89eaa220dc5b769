import { QboFault } from './fault-shapes';
import type { JsonObject } from './json-types';
import type { OperationContext } from './operation-context';
import { renderEntity } from './render';
import { entityTypes, type EntityType, type StoredEntity } from './store';
import { invalidProperty, requiredMissing } from './validation';

/** GET /cdc: everything changed since a moment (inactive and deleted records included), oldest first. */
export function runCdc(ctx: OperationContext, entitiesParam: string | undefined, changedSinceParam: string | undefined): JsonObject {
  if (!entitiesParam) throw requiredMissing('entities');
  if (!changedSinceParam) throw requiredMissing('changedSince');
  const types: EntityType[] = [];
  for (const name of entitiesParam.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const type = entityTypes.find((t) => t.toLowerCase() === name.toLowerCase());
    if (!type) throw invalidProperty('entities', `${name} is not a supported CDC entity`);
    if (!types.includes(type)) types.push(type);
  }
  if (types.length === 0) throw requiredMissing('entities');
  const since = Date.parse(changedSinceParam);
  if (Number.isNaN(since)) throw invalidProperty('changedSince', `not an ISO date-time: ${changedSinceParam}`);
  const oldest = Date.now() - ctx.config.cdc.maxDaysBack * 24 * 3600 * 1000;
  if (since < oldest) {
    throw QboFault.validation(
      '2010',
      'Request has invalid or unsupported property',
      `changedSince must be within the last ${ctx.config.cdc.maxDaysBack} days.`,
      'changedSince',
    );
  }
  const { maxObjects, maxObjectsPer } = ctx.config.cdc;
  const changedOf = (type: EntityType) =>
    ctx.realm
      .listIncludingDeleted(type)
      .filter((e) => e.updatedAtMs >= since)
      .sort((a, b) => a.updatedAtMs - b.updatedAtMs);
  const changed: StoredEntity[] =
    maxObjectsPer === 'entity'
      ? types.flatMap((type) => changedOf(type).slice(0, maxObjects))
      : types
          .flatMap(changedOf)
          .sort((a, b) => a.updatedAtMs - b.updatedAtMs)
          .slice(0, maxObjects);
  const responses = types.map((type): JsonObject => {
    const rows = changed.filter((e) => e.type === type).map((e) => renderEntity(ctx.realm, e));
    return rows.length === 0 ? {} : { [type]: rows, startPosition: 1, maxResults: rows.length, totalCount: rows.length };
  });
  return { CDCResponse: [{ QueryResponse: responses }] };
}
