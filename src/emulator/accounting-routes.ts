import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { handleApiCall, nowTime, type ApiResult } from './api-pipeline';
import { runBatch } from './batch';
import { runCdc } from './cdc';
import { companyInfoBody, preferencesBody } from './company-profile';
import type { EmulatorState } from './emulator-state';
import { parseWriteOperation, readEntity, writeEntity } from './entity-operations';
import { QboFault } from './fault-shapes';
import type { InvoiceWriteOptions } from './invoices';
import { isJsonObject, type JsonObject, type JsonValue } from './json-types';
import { runQuery } from './query-engine';
import { isNameListType, type EntityType } from './store';
import { invalidProperty } from './validation';

type Query = Record<string, string | undefined>;
type RealmParams = { realmId: string };

const pathEntities: Record<string, EntityType> = {
  customer: 'Customer',
  vendor: 'Vendor',
  employee: 'Employee',
  item: 'Item',
  invoice: 'Invoice',
  payment: 'Payment',
  account: 'Account',
  taxcode: 'TaxCode',
  taxrate: 'TaxRate',
};

function entityFromPath(segment: string): EntityType {
  const type = pathEntities[segment.toLowerCase()];
  if (!type) throw QboFault.validation('2010', 'Request has invalid or unsupported property', `Unsupported entity "${segment}" in the emulator.`);
  return type;
}

function ok(body: JsonObject): ApiResult {
  return { status: 200, body: { ...body, time: nowTime() } };
}

function writeOptions(query: Query): InvoiceWriteOptions {
  const include = (query['include'] ?? '').toLowerCase().split(',');
  return { allowDuplicateDocNumber: include.includes('allowduplicatedocnum') };
}

/** Accounting API v3 under /v3/company/{realmId}. */
export function registerAccountingRoutes(app: FastifyInstance, state: EmulatorState): void {
  const base = '/v3/company/:realmId';
  const endpointOf = (request: FastifyRequest): string => request.url.split('?')[0] ?? request.url;

  app.get<{ Params: RealmParams; Querystring: Query }>(`${base}/query`, (request, reply) =>
    handleApiCall(state, request, reply, {
      realmId: request.params.realmId,
      endpoint: endpointOf(request),
      isBatch: false,
      nameListWrite: false,
      run: (realm) =>
        ok(runQuery(realm, request.query['query'] ?? '', { rejectCurlyQuotes: state.config.query.curlyQuotes === 'reject' })),
    }),
  );

  app.post<{ Params: RealmParams; Querystring: Query }>(`${base}/query`, (request, reply) =>
    handleApiCall(state, request, reply, {
      realmId: request.params.realmId,
      endpoint: endpointOf(request),
      isBatch: false,
      nameListWrite: false,
      run: (realm) => {
        const text = typeof request.body === 'string' ? request.body : (request.query['query'] ?? '');
        return ok(runQuery(realm, text, { rejectCurlyQuotes: state.config.query.curlyQuotes === 'reject' }));
      },
    }),
  );

  app.post<{ Params: RealmParams; Querystring: Query }>(`${base}/batch`, (request, reply) =>
    handleApiCall(state, request, reply, {
      realmId: request.params.realmId,
      endpoint: endpointOf(request),
      isBatch: true,
      nameListWrite: false,
      run: (realm) => ok(runBatch(state.context(realm), request.body as JsonValue | undefined, writeOptions(request.query))),
    }),
  );

  app.get<{ Params: RealmParams; Querystring: Query }>(`${base}/cdc`, (request, reply) =>
    handleApiCall(state, request, reply, {
      realmId: request.params.realmId,
      endpoint: endpointOf(request),
      isBatch: false,
      nameListWrite: false,
      run: (realm) => ok(runCdc(state.context(realm), request.query['entities'], request.query['changedSince'])),
    }),
  );

  app.get<{ Params: RealmParams & { id: string }; Querystring: Query }>(`${base}/companyinfo/:id`, (request, reply) =>
    handleApiCall(state, request, reply, {
      realmId: request.params.realmId,
      endpoint: endpointOf(request),
      isBatch: false,
      nameListWrite: false,
      run: (realm) => {
        if (request.params.id !== realm.id) throw QboFault.notFound('CompanyInfo', request.params.id);
        return ok({ CompanyInfo: companyInfoBody(realm) });
      },
    }),
  );

  app.get<{ Params: RealmParams; Querystring: Query }>(`${base}/preferences`, (request, reply) =>
    handleApiCall(state, request, reply, {
      realmId: request.params.realmId,
      endpoint: endpointOf(request),
      isBatch: false,
      nameListWrite: false,
      run: (realm) => ok({ Preferences: preferencesBody(realm) }),
    }),
  );

  app.get<{ Params: RealmParams & { entity: string; id: string }; Querystring: Query }>(`${base}/:entity/:id`, (request, reply) =>
    handleApiCall(state, request, reply, {
      realmId: request.params.realmId,
      endpoint: endpointOf(request),
      isBatch: false,
      nameListWrite: false,
      run: (realm) => {
        const type = entityFromPath(request.params.entity);
        return ok({ [type]: readEntity(realm, type, request.params.id) });
      },
    }),
  );

  app.post<{ Params: RealmParams & { entity: string }; Querystring: Query }>(`${base}/:entity`, (request: FastifyRequest<{ Params: RealmParams & { entity: string }; Querystring: Query }>, reply: FastifyReply) => {
    const segment = request.params.entity.toLowerCase();
    return handleApiCall(state, request, reply, {
      realmId: request.params.realmId,
      endpoint: endpointOf(request),
      isBatch: false,
      nameListWrite: isNameListType(pathEntities[segment] ?? ''),
      run: (realm) => {
        const type = entityFromPath(segment);
        const body = request.body;
        if (!isJsonObject(body)) throw invalidProperty(type, 'the request body must be a JSON object');
        const operation = parseWriteOperation(request.query['operation'], body);
        return ok({ [type]: writeEntity(state.context(realm), type, operation, body, writeOptions(request.query)) });
      },
    });
  });
}
