import { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TenantSettings, validateSettingsChange } from '../connections/tenant-settings';
import { TenantOverview } from '../connections/read-tenant-overview';
import type { ListTenantHealth } from '../invoices/list-tenant-health';
import { RouteModule } from './admin-server';
import { CONNECT_START_PATH } from './connect-browser-cookie';
import {
  API_TAG,
  ConnectStarted,
  Disconnected,
  errorResponses,
  LinkRequest,
  PageLink,
  SettingsChange,
  TenantListQuery,
  TenantOverviewJson,
  TenantPage,
  TenantParams,
  TenantSettingsJson,
} from './api-schemas';
import { ConnectHttpDeps } from './connect-http-deps';

/**
 * The operators' API for tenants (bearer token, checked by the guard): list, read, change
 * settings, start a connection, disconnect, make a signed page link. JSON in and out; inputs
 * are validated by the zod schemas of api-schemas.ts (which also make the OpenAPI document);
 * bad values are a 400 naming each field. GET /api/tenants/:tenantId/status belongs to the
 * invoices part.
 */
export function tenantApiRoutes(deps: ConnectHttpDeps, health: ListTenantHealth): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = [API_TAG];

    app.get(
      '/api/tenants',
      {
        schema: {
          tags,
          summary: 'List tenants with their settings, backlog and health (connection, pending and failed invoices, last window, dead letters), a page at a time (by tenant id)',
          querystring: TenantListQuery,
          response: { 200: TenantPage, ...errorResponses() },
        },
      },
      async (req) => {
        const limit = req.query.limit ?? 100;
        const [tenants, healths] = await Promise.all([deps.tenants.list(limit, req.query.after ?? null), health.run(limit, req.query.after ?? null)]);
        const byId = new Map(healths.map((h) => [h.tenantId, h]));
        const last = tenants.at(-1);
        return {
          tenants: tenants.map((t) => {
            const h = byId.get(t.tenantId);
            return { ...settingsJson(t), health: h === undefined ? undefined : { ...h, tenantId: undefined, enabled: undefined } };
          }),
          next: tenants.length === limit && last ? last.tenantId : null,
        };
      },
    );

    app.get(
      '/api/tenants/:tenantId',
      {
        schema: {
          tags,
          summary: 'A tenant: settings, connection, next window',
          params: TenantParams,
          response: { 200: TenantOverviewJson, ...errorResponses({ params: true, notFound: 'Unknown tenant' }) },
        },
      },
      async (req, reply) => {
        const { tenantId } = req.params;
        const overview = await deps.overview.run(tenantId);
        if (overview === null) return unknownTenant(reply, tenantId);
        return overviewJson(overview);
      },
    );

    app.patch(
      '/api/tenants/:tenantId',
      {
        schema: {
          tags,
          summary: 'Change settings (fields left out stay as they are); creates the tenant when unknown',
          params: TenantParams,
          body: SettingsChange,
          response: { 200: TenantSettingsJson.describe('Changed'), 201: TenantSettingsJson.describe('Created'), ...errorResponses({ params: true, body: true }) },
        },
      },
      async (req, reply) => {
        const { tenantId } = req.params;
        const checked = validateSettingsChange(req.body);
        if (!checked.ok) {
          return badRequest(reply, `invalid settings: ${checked.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, checked.problems);
        }
        const unknown = await deps.settingsNames.run(tenantId, checked.change);
        if (unknown.length > 0) {
          return badRequest(reply, `invalid settings: ${unknown.map((p) => `${p.field}: ${p.message}`).join('; ')}`, unknown);
        }
        const existed = (await deps.tenants.find(tenantId)) !== null;
        const saved = await deps.tenants.applyChange(tenantId, checked.change);
        deps.logger.info({ tenantId, fields: Object.keys(checked.change), created: !existed }, 'tenant settings changed through the API');
        return reply.code(existed ? 200 : 201).send(settingsJson(saved));
      },
    );

    app.post(
      '/api/tenants/:tenantId/connect',
      {
        schema: {
          tags,
          summary: "Start connecting a QuickBooks company: a single-use start link (through this worker, which binds the round trip to the first browser that opens it, then sends it on to Intuit's authorize URL)",
          params: TenantParams,
          response: { 200: ConnectStarted, ...errorResponses({ params: true, notFound: 'Unknown tenant' }) },
        },
      },
      async (req, reply) => {
        const { tenantId } = req.params;
        // No browser here: the link goes through the worker, which binds the round trip to the
        // first browser that opens it (its cookie) before sending it on to Intuit.
        const started = await deps.startConnect.run(tenantId, null, 'later');
        if (!started.ok) return unknownTenant(reply, tenantId);
        const startLink = `${deps.connect.publicBaseUrl.replace(/\/+$/, '')}${CONNECT_START_PATH}?${new URLSearchParams({ state: started.state }).toString()}`;
        return { authorizeUrl: startLink, expiresAt: started.expiresAt.toISOString() };
      },
    );

    app.post(
      '/api/tenants/:tenantId/disconnect',
      {
        schema: {
          tags,
          summary: "Revoke the company's tokens at Intuit and mark the connection disconnected",
          params: TenantParams,
          response: {
            200: Disconnected,
            ...errorResponses({ params: true, notFound: 'No connection (error: not_connected)', extra: { 502: 'Intuit could not be reached; still connected, try again' } }),
          },
        },
      },
      async (req, reply) => {
        const { tenantId } = req.params;
        const outcome = await deps.disconnect.run(tenantId);
        if (outcome.ok) return { status: 'disconnected' as const, revoked: outcome.revoked, alreadyDisconnected: outcome.alreadyDisconnected };
        if (outcome.reason === 'not_connected') return reply.code(404).send({ error: 'not_connected', message: outcome.message });
        return reply.code(502).send({ error: outcome.reason, message: outcome.message, retriable: outcome.retriable });
      },
    );

    app.post(
      '/api/tenants/:tenantId/link',
      {
        schema: {
          tags,
          summary: "A signed, expiring link to the tenant's settings page",
          params: TenantParams,
          body: LinkRequest,
          response: {
            200: PageLink,
            ...errorResponses({ params: true, body: true, notFound: 'Unknown tenant', extra: { 409: 'TENANT_LINK_SECRET is not set (error: not_configured)' } }),
          },
        },
      },
      async (req, reply) => {
        const { tenantId } = req.params;
        if (!deps.signer.configured) return reply.code(409).send({ error: 'not_configured', message: 'TENANT_LINK_SECRET is not set on the worker' });
        const ttl = req.body?.ttlHours ?? deps.connect.tenantLinkTtlHours;
        if ((await deps.tenants.find(tenantId)) === null) return unknownTenant(reply, tenantId);
        const expiresAt = new Date(Date.now() + ttl * 3_600_000);
        return { url: deps.signer.link(deps.connect.publicBaseUrl, tenantId, expiresAt, await deps.linkGenerations.current(tenantId)), expiresAt: expiresAt.toISOString() };
      },
    );
  };
}

function badRequest(reply: FastifyReply, message: string, problems: Array<{ field: string; message: string }>) {
  return reply.code(400).send({ error: 'bad_request', message, problems });
}

function unknownTenant(reply: FastifyReply, tenantId: string) {
  return reply.code(404).send({ error: 'not_found', message: `tenant ${tenantId} is not known (create it with PATCH /api/tenants/{tenantId})` });
}

export function settingsJson(s: TenantSettings) {
  return {
    tenantId: s.tenantId,
    enabled: s.enabled,
    batchCron: s.batchCron,
    timeZone: s.timeZone,
    invoicesFrom: s.invoicesFrom,
    ambiguousPolicy: s.ambiguousPolicy,
    defaultItemId: s.defaultItemId,
    unmappedItemPolicy: s.unmappedItemPolicy,
    newItemIncomeAccount: s.newItemIncomeAccount,
    taxableTaxCode: s.taxableTaxCode,
    exemptTaxCode: s.exemptTaxCode,
    currencyMismatchPolicy: s.currencyMismatchPolicy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

function overviewJson(o: TenantOverview) {
  const c = o.connection;
  return {
    ...settingsJson(o.settings),
    connection: {
      status: c.status,
      realmId: c.realmId,
      companyName: c.companyName,
      reason: c.reason,
      connectedAt: c.connectedAt?.toISOString() ?? null,
      updatedAt: c.updatedAt?.toISOString() ?? null,
    },
    nextWindow: o.nextWindow?.toISOString() ?? null,
  };
}
