import { FastifyInstance } from 'fastify';
import { RouteModule } from './admin-server';
import { ConnectHttpDeps } from './connect-http-deps';
import { clearConnectCookie, CONNECT_START_PATH, connectCookie, connectCookieScope, DEFAULT_CALLBACK_PATH, readConnectCookie } from './connect-browser-cookie';
import { tenantPath } from './tenant-link-signer';
import { messagePage } from './tenant-page-message';
import { securePage } from './tenant-page-routes';

type CallbackQuery = { state?: string; code?: string; realmId?: string; error?: string; error_description?: string };

/**
 * Intuit's redirect back (the path of QBO_REDIRECT_URI, /connections/qbo/callback by default).
 * Authenticated by its `state` (single-use, expiring, bound to one tenant) together with the
 * cookie of the browser that started the round trip (connect-browser-cookie.ts). Success: back
 * to the tenant's page, which shows the connected company. Any refusal: 400 with the reason in
 * words, and nothing stored.
 *
 * Also the operators' start link (`/connections/qbo/start?state=…`): the first browser that
 * opens it is bound to the round trip and sent on to Intuit.
 */
export function oauthCallbackRoutes(deps: ConnectHttpDeps): RouteModule {
  let path = DEFAULT_CALLBACK_PATH;
  try {
    path = new URL(deps.redirectUri).pathname;
  } catch {
    deps.logger.error({ redirectUri: deps.redirectUri }, `QBO_REDIRECT_URI is not a URL; serving the OAuth callback at ${path}`);
  }
  const scope = { ...connectCookieScope(deps.redirectUri, deps.connect.publicBaseUrl), path };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return (app: FastifyInstance) => {
    app.get<{ Querystring: CallbackQuery }>(path, async (req, reply) => {
      const q = req.query;
      const state = text(q.state);
      const browserNonce = state === undefined ? undefined : readConnectCookie(req.headers.cookie, state);
      const outcome = await deps.completeConnect.run({ state, code: text(q.code), realmId: text(q.realmId), error: text(q.error), browserNonce });
      if (state !== undefined && browserNonce !== undefined) void reply.header('set-cookie', clearConnectCookie(state, scope));
      if (outcome.ok) return reply.header('cache-control', 'no-store').redirect(`${tenantPath(outcome.tenantId)}?connected=${outcome.stateId}`, 303);
      // another browser's round trip: no link back to a tenant this browser was never given
      const backTo = outcome.tenantId === null || outcome.reason === 'other_browser_state' ? null : tenantPath(outcome.tenantId);
      return securePage(reply, deps.authorizeUrl)
        .code(outcome.retriable ? 502 : 400)
        .header('x-connect-error', outcome.reason)
        .send(messagePage('QuickBooks was not connected', outcome.message, backTo));
    });

    app.get<{ Querystring: { state?: string } }>(CONNECT_START_PATH, async (req, reply) => {
      const state = text(req.query.state) ?? '';
      const bound = await deps.bindConnectBrowser.run(state);
      if (!bound.ok) {
        return securePage(reply, deps.authorizeUrl)
          .code(400)
          .header('x-connect-error', 'start_link_used')
          .send(
            messagePage(
              'QuickBooks was not connected',
              'This connect link was already opened in a browser, was used, or has expired; nothing changed. Ask for a new link, or click Connect on the settings page.',
              null,
            ),
          );
      }
      return reply
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .header('set-cookie', connectCookie(state, bound.browserNonce, bound.expiresAt, scope))
        .redirect(bound.authorizeUrl, 303);
    });
  };
}
