import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EmulatorState } from './emulator-state';
import { renderAuthorizePage, renderErrorPage } from './oauth-page';

type Form = Record<string, string | undefined>;

const accountingScope = 'com.intuit.quickbooks.accounting';

function field(source: unknown, name: string): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** HTTP Basic client authentication. */
function clientCredentials(request: FastifyRequest): { id: string; secret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** OAuth 2.0: authorise page, token endpoint, revoke, userinfo. */
export function registerOAuthRoutes(app: FastifyInstance, state: EmulatorState): void {
  const clientKnown = (clientId: string): boolean => {
    const clients = state.config.oauth.clients;
    return Object.keys(clients).length === 0 || clients[clientId] !== undefined;
  };

  const authenticateClient = (request: FastifyRequest): string | null => {
    const credentials = clientCredentials(request);
    if (!credentials) return null;
    const clients = state.config.oauth.clients;
    if (Object.keys(clients).length === 0) return credentials.id;
    return clients[credentials.id] === credentials.secret ? credentials.id : null;
  };

  /** Checks the authorise parameters; answers an error message or null. */
  const checkAuthorizeParams = (p: Form): string | null => {
    if (!p['client_id']) return 'client_id is required.';
    if (!clientKnown(p['client_id'])) return `Unknown client_id ${p['client_id']}.`;
    if (!p['redirect_uri'] || !isAbsoluteHttpUrl(p['redirect_uri'])) return 'redirect_uri must be an absolute http(s) URL.';
    if (p['response_type'] !== 'code') return 'response_type must be "code".';
    if (!(p['scope'] ?? '').split(/\s+/).includes(accountingScope)) return `scope must include ${accountingScope}.`;
    return null;
  };

  const page = (reply: FastifyReply, status: number, html: string): FastifyReply => reply.code(status).type('text/html; charset=utf-8').send(html);

  app.get<{ Querystring: Form }>('/connect/oauth2', (request, reply) => {
    const q = request.query;
    const error = checkAuthorizeParams(q);
    if (error) return page(reply, 400, renderErrorPage(error));
    return page(
      reply,
      200,
      renderAuthorizePage({
        clientId: q['client_id'] ?? '',
        redirectUri: q['redirect_uri'] ?? '',
        scope: q['scope'] ?? '',
        state: q['state'] ?? '',
        realms: state.store.all().map((r) => ({ realmId: r.id, companyName: r.companyName })),
      }),
    );
  });

  app.post('/connect/oauth2', (request, reply) => {
    const form: Form = {};
    for (const name of ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'email', 'password', 'realmId', 'companyName', 'decision']) {
      form[name] = field(request.body, name);
    }
    const error = checkAuthorizeParams(form);
    if (error) return page(reply, 400, renderErrorPage(error));
    const redirect = new URL(form['redirect_uri'] ?? '');
    if (form['state'] !== undefined && form['state'] !== '') redirect.searchParams.set('state', form['state']);
    if (form['decision'] === 'deny') {
      redirect.searchParams.set('error', 'access_denied');
      return reply.redirect(redirect.toString(), 302);
    }
    const realms = state.store.all().map((r) => ({ realmId: r.id, companyName: r.companyName }));
    const again = (message: string): FastifyReply =>
      page(
        reply,
        400,
        renderAuthorizePage({
          clientId: form['client_id'] ?? '',
          redirectUri: form['redirect_uri'] ?? '',
          scope: form['scope'] ?? '',
          state: form['state'] ?? '',
          realms,
          error: message,
        }),
      );
    if (!form['email']?.trim() || !form['password']) return again('Enter your email and password.');
    const choice = form['realmId'] ?? 'new';
    let realmId: string;
    if (choice === 'new' || choice === '') {
      const name = form['companyName']?.trim();
      if (name !== undefined && name.length > 100) return again('The company name is limited to 100 characters.');
      realmId = state.createCompany(name).id;
    } else if (state.store.get(choice)) {
      realmId = choice;
    } else {
      return again(`Unknown company ${choice}.`);
    }
    const code = state.tokens.issueCode(form['client_id'] ?? '', form['redirect_uri'] ?? '', realmId, state.config);
    redirect.searchParams.set('code', code);
    redirect.searchParams.set('realmId', realmId);
    return reply.redirect(redirect.toString(), 302);
  });

  app.post('/oauth2/v1/tokens/bearer', (request, reply) => {
    void reply.header('cache-control', 'no-store');
    const clientId = authenticateClient(request);
    if (clientId === null) return reply.code(401).send({ error: 'invalid_client' });
    const grantType = field(request.body, 'grant_type');
    if (grantType === 'authorization_code') {
      const code = field(request.body, 'code');
      const redirectUri = field(request.body, 'redirect_uri');
      if (!code || !redirectUri) return reply.code(400).send({ error: 'invalid_request' });
      const tokens = state.tokens.exchangeCode(code, clientId, redirectUri, state.config);
      return tokens ? tokens : reply.code(400).send({ error: 'invalid_grant' });
    }
    if (grantType === 'refresh_token') {
      const refreshToken = field(request.body, 'refresh_token');
      if (!refreshToken) return reply.code(400).send({ error: 'invalid_request' });
      const tokens = state.tokens.refresh(refreshToken, clientId, state.config);
      return tokens ? tokens : reply.code(400).send({ error: 'invalid_grant' });
    }
    return reply.code(400).send({ error: 'unsupported_grant_type' });
  });

  app.post('/v2/oauth2/tokens/revoke', (request, reply) => {
    if (authenticateClient(request) === null) return reply.code(401).send({ error: 'invalid_client' });
    const token = field(request.body, 'token');
    if (!token) return reply.code(400).send({ error: 'invalid_request' });
    state.tokens.revoke(token);
    return reply.code(200).send('');
  });

  app.get('/v1/openid_connect/userinfo', (request, reply) => {
    const auth = state.tokens.authenticate(request.headers.authorization, undefined);
    if (!auth.ok) return reply.code(401).send({ error: 'invalid_token' });
    return { sub: `emulator-user-${auth.realmId}`, email: 'user@emulator.invalid', emailVerified: true, givenName: 'Emulated', familyName: 'User' };
  });
}
