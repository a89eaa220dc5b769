import { FastifyInstance } from 'fastify';
import { RouteModule } from './admin-server';
import { ConnectHttpDeps } from './connect-http-deps';
import { tenantPath } from './tenant-link-signer';
import { messagePage, securePage } from './tenant-page-routes';

type CallbackQuery = { state?: string; code?: string; realmId?: string; error?: string; error_description?: string };

/**
 * Intuit's redirect back (the path of QBO_REDIRECT_URI, /connections/qbo/callback by default).
 * Authenticated by its `state` alone (single-use, expiring, bound to one tenant). Success: back to
 * the tenant's page, which shows the connected company. Any refusal: 400 with the reason in
 * words, and nothing stored.
 */
export function oauthCallbackRoutes(deps: ConnectHttpDeps): RouteModule {
  let path = '/connections/qbo/callback';
  try {
    path = new URL(deps.redirectUri).pathname;
  } catch {
    deps.logger.error({ redirectUri: deps.redirectUri }, `QBO_REDIRECT_URI is not a URL; serving the OAuth callback at ${path}`);
  }
  return (app: FastifyInstance) => {
    app.get<{ Querystring: CallbackQuery }>(path, async (req, reply) => {
      const q = req.query;
      const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
      const outcome = await deps.completeConnect.run({ state: text(q.state), code: text(q.code), realmId: text(q.realmId), error: text(q.error) });
      if (outcome.ok) return reply.header('cache-control', 'no-store').redirect(`${tenantPath(outcome.tenantId)}?connected=${outcome.stateId}`, 303);
      return securePage(reply, deps.authorizeUrl)
        .code(outcome.retriable ? 502 : 400)
        .header('x-connect-error', outcome.reason)
        .send(messagePage('QuickBooks was not connected', outcome.message, outcome.tenantId === null ? null : tenantPath(outcome.tenantId)));
    });
  };
}
