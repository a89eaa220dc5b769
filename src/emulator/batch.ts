import { QboFault } from './fault-shapes';
import { isJsonObject, type JsonObject, type JsonValue } from './json-types';
import { writeEntity, type WriteOperation } from './entity-operations';
import type { InvoiceWriteOptions } from './invoices';
import type { OperationContext } from './operation-context';
import { runQuery } from './query-engine';
import { entityTypes } from './store';
import { invalidProperty, requiredMissing } from './validation';

function batchItem(ctx: OperationContext, item: JsonValue, options: InvoiceWriteOptions): JsonObject {
  const bId = isJsonObject(item) && typeof item['bId'] === 'string' ? item['bId'] : undefined;
  const answer = (payload: JsonObject): JsonObject => (bId === undefined ? payload : { bId, ...payload });
  try {
    if (!isJsonObject(item)) throw invalidProperty('BatchItemRequest', 'each item must be an object');
    if (bId === undefined) throw requiredMissing('bId');
    const query = item['Query'];
    if (query !== undefined) {
      if (typeof query !== 'string') throw invalidProperty('Query', 'expected a query string');
      return answer(runQuery(ctx.realm, query, { rejectCurlyQuotes: ctx.config.query.curlyQuotes === 'reject' }));
    }
    const present = entityTypes.filter((t) => item[t] !== undefined);
    const type = present[0];
    if (type === undefined || present.length > 1) throw invalidProperty('BatchItemRequest', 'each item needs exactly one entity or a Query');
    const body = item[type];
    if (!isJsonObject(body)) throw invalidProperty(type, 'expected an object');
    const operation = typeof item['operation'] === 'string' ? item['operation'].toLowerCase() : undefined;
    if (operation === undefined) throw requiredMissing('operation');
    if (!['create', 'update', 'delete', 'void'].includes(operation)) throw invalidProperty('operation', `unknown operation ${operation}`);
    return answer({ [type]: writeEntity(ctx, type, operation as WriteOperation, body, options) });
  } catch (error: unknown) {
    if (error instanceof QboFault) return answer({ Fault: error.toFaultObject() });
    throw error;
  }
}

function shuffle<T>(values: T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** POST /batch: at most N items, each answered on its own (HTTP 200 even when items fail). */
export function runBatch(ctx: OperationContext, body: JsonValue | undefined, options: InvoiceWriteOptions): JsonObject {
  if (!isJsonObject(body)) throw requiredMissing('BatchItemRequest');
  const items = body['BatchItemRequest'];
  if (!Array.isArray(items) || items.length === 0) throw requiredMissing('BatchItemRequest');
  const max = ctx.config.limits.maxBatchItems;
  if (items.length > max) {
    throw QboFault.validation(
      '2010',
      'Request has invalid or unsupported property',
      `Batch request size ${items.length} exceeds the maximum of ${max} BatchItemRequest items.`,
      'BatchItemRequest',
    );
  }
  const order = ctx.config.batch.executionOrder === 'shuffled' ? shuffle(items) : items;
  return { BatchItemResponse: order.map((item) => batchItem(ctx, item, options)) };
}
