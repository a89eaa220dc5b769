import { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { isValidTenantId, TenantSettings, validateSettingsChange } from '../connections/tenant-settings';
import { TenantOverview } from '../connections/read-tenant-overview';
import { RouteModule } from './admin-server';
import { CONNECT_START_PATH } from './connect-browser-cookie';
import { ConnectHttpDeps } from './connect-http-deps';

type Params = { tenantId: string };

const MAX_PAGE = 500;

/**
 * The operators' API for tenants (bearer token, checked by the guard): list, read, change
 * settings, start a connection, disconnect, make a signed page link. JSON in and out; bad
 * values are a 400 naming each field. GET /api/tenants/:tenantId/status belongs to the
 * invoices part.
 */
export function tenantApiRoutes(deps: ConnectHttpDeps): RouteModule {
  return (app: FastifyInstance) => {
    app.setErrorHandler((err: FastifyError, _req, reply) => {
      const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
      if (status === 500) deps.logger.error({ err }, 'admin API request failed');
      return reply.code(status).send({ error: status === 500 ? 'internal' : 'bad_request', message: status === 500 ? 'internal error' : err.message });
    });

    app.get<{ Querystring: { limit?: string; after?: string } }>('/api/tenants', async (req, reply) => {
      const limit = req.query.limit === undefined ? 100 : Number(req.query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
        return badRequest(reply, `limit must be an integer from 1 to ${MAX_PAGE}`, [{ field: 'limit', message: `must be 1..${MAX_PAGE}` }]);
      }
      const tenants = await deps.tenants.list(limit, req.query.after ?? null);
      const last = tenants.at(-1);
      return { tenants: tenants.map(settingsJson), next: tenants.length === limit && last ? last.tenantId : null };
    });

    app.get<{ Params: Params }>('/api/tenants/:tenantId', async (req, reply) => {
      const { tenantId } = req.params;
      if (!isValidTenantId(tenantId)) return badTenant(reply);
      const overview = await deps.overview.run(tenantId);
      if (overview === null) return unknownTenant(reply, tenantId);
      return overviewJson(overview);
    });

    app.patch<{ Params: Params; Body: unknown }>('/api/tenants/:tenantId', async (req, reply) => {
      const { tenantId } = req.params;
      if (!isValidTenantId(tenantId)) return badTenant(reply);
      const checked = validateSettingsChange(req.body);
      if (!checked.ok) {
        return badRequest(reply, `invalid settings: ${checked.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, checked.problems);
      }
      const existed = (await deps.tenants.find(tenantId)) !== null;
      const saved = await deps.tenants.applyChange(tenantId, checked.change);
      deps.logger.info({ tenantId, fields: Object.keys(checked.change), created: !existed }, 'tenant settings changed through the API');
      return reply.code(existed ? 200 : 201).send(settingsJson(saved));
    });

    app.post<{ Params: Params }>('/api/tenants/:tenantId/connect', async (req, reply) => {
      const { tenantId } = req.params;
      if (!isValidTenantId(tenantId)) return badTenant(reply);
      // No browser here: the link goes through the worker, which binds the round trip to the
      // first browser that opens it (its cookie) before sending it on to Intuit.
      const started = await deps.startConnect.run(tenantId, null, 'later');
      if (!started.ok) return unknownTenant(reply, tenantId);
      const startLink = `${deps.connect.publicBaseUrl.replace(/\/+$/, '')}${CONNECT_START_PATH}?${new URLSearchParams({ state: started.state }).toString()}`;
      return { authorizeUrl: startLink, expiresAt: started.expiresAt.toISOString() };
    });

    app.post<{ Params: Params }>('/api/tenants/:tenantId/disconnect', async (req, reply) => {
      const { tenantId } = req.params;
      if (!isValidTenantId(tenantId)) return badTenant(reply);
      const outcome = await deps.disconnect.run(tenantId);
      if (outcome.ok) return { status: 'disconnected', revoked: outcome.revoked, alreadyDisconnected: outcome.alreadyDisconnected };
      if (outcome.reason === 'not_connected') return reply.code(404).send({ error: 'not_connected', message: outcome.message });
      return reply.code(502).send({ error: outcome.reason, message: outcome.message, retriable: outcome.retriable });
    });

    app.post<{ Params: Params; Body: { ttlHours?: unknown } | undefined }>('/api/tenants/:tenantId/link', async (req, reply) => {
      const { tenantId } = req.params;
      if (!isValidTenantId(tenantId)) return badTenant(reply);
      if (!deps.signer.configured) return reply.code(409).send({ error: 'not_configured', message: 'TENANT_LINK_SECRET is not set on the worker' });
      const ttl = req.body?.ttlHours ?? deps.connect.tenantLinkTtlHours;
      if (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl <= 0 || ttl > 24 * 366) {
        return badRequest(reply, 'ttlHours must be a number of hours from 0 to 8784', [{ field: 'ttlHours', message: 'must be a number of hours, at most 8784' }]);
      }
      if ((await deps.tenants.find(tenantId)) === null) return unknownTenant(reply, tenantId);
      const expiresAt = new Date(Date.now() + ttl * 3_600_000);
      return { url: deps.signer.link(deps.connect.publicBaseUrl, tenantId, expiresAt), expiresAt: expiresAt.toISOString() };
    });
  };
}

function badRequest(reply: FastifyReply, message: string, problems: Array<{ field: string; message: string }>) {
  return reply.code(400).send({ error: 'bad_request', message, problems });
}

function badTenant(reply: FastifyReply) {
  return badRequest(reply, 'tenantId must be 1 to 100 characters without control characters', [{ field: 'tenantId', message: 'must be 1 to 100 characters' }]);
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
