import OAuthClient from 'intuit-oauth';
import { gatewayFault, startTestEmulator, type EmulatorClient, type TestEmulator } from './emulator-client';
import { waitFor } from '../support/wait-for';

const redirectUri = 'http://localhost:9999/callback';
const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

interface AuthorizeOutcome {
  location: URL;
  code: string;
  realmId: string;
}

/** Walks the authorize page the way a browser would: GET the form, POST it, follow nothing. */
async function authorize(client: EmulatorClient, form: Record<string, string>, clientId = 'app-1'): Promise<AuthorizeOutcome> {
  const params = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'com.intuit.quickbooks.accounting', state: 'st-1' });
  const page = await fetch(`${client.url}/connect/oauth2?${params.toString()}`);
  expect(page.status).toBe(200);
  const body = new URLSearchParams({ ...Object.fromEntries(params), email: 'owner@example.com', password: 'pw', ...form });
  const response = await fetch(`${client.url}/connect/oauth2`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location') ?? '');
  return { location, code: location.searchParams.get('code') ?? '', realmId: location.searchParams.get('realmId') ?? '' };
}

async function tokenRequest(client: EmulatorClient, form: Record<string, string>, auth = basic('app-1', 'secret-1')): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${client.url}/oauth2/v1/tokens/bearer`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', authorization: auth },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('QBO emulator: OAuth 2.0', () => {
  let t: TestEmulator;

  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => {
    await t.emulator.close();
  });
  beforeEach(async () => {
    await t.client.setConfig({ oauth: { accessTokenTtlSeconds: 3600, authCodeTtlSeconds: 300, clients: {} } });
  });

  it('serves a login + consent form with labelled inputs and a submit button', async () => {
    const existing = await t.client.createCompany('Existing Books');
    const params = new URLSearchParams({ client_id: 'app-1', redirect_uri: redirectUri, response_type: 'code', scope: 'com.intuit.quickbooks.accounting', state: 'xyz' });
    const page = await fetch(`${t.client.url}/connect/oauth2?${params.toString()}`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/connect/oauth2">');
    for (const id of ['email', 'password', 'realmId', 'companyName']) {
      expect(html).toContain(`<label for="${id}">`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('<button type="submit"');
    expect(html).toContain(`value="${existing.realmId}"`);
    expect(html).toContain('name="state" value="xyz"');
  });

  it('rejects a bad authorize request', async () => {
    const noScope = await fetch(`${t.client.url}/connect/oauth2?client_id=a&redirect_uri=${encodeURIComponent(redirectUri)}&response_type=code&scope=openid`);
    expect(noScope.status).toBe(400);
    const badType = await fetch(`${t.client.url}/connect/oauth2?client_id=a&redirect_uri=${encodeURIComponent(redirectUri)}&response_type=token&scope=com.intuit.quickbooks.accounting`);
    expect(badType.status).toBe(400);
  });

  it('creates a new company or connects an existing one; redirects with code, state and realmId', async () => {
    const created = await authorize(t.client, { realmId: 'new', companyName: 'Fresh Books' });
    expect(created.location.origin + created.location.pathname).toBe(redirectUri);
    expect(created.location.searchParams.get('state')).toBe('st-1');
    expect(created.code).not.toBe('');
    const realms = (await t.client.request('GET', '/_emulator/realms')).json as unknown as { realmId: string; companyName: string }[];
    expect(realms.find((r) => r.realmId === created.realmId)?.companyName).toBe('Fresh Books');

    const existing = await t.client.createCompany('Old Books');
    const connected = await authorize(t.client, { realmId: existing.realmId });
    expect(connected.realmId).toBe(existing.realmId);
  });

  it('cancel redirects with error=access_denied', async () => {
    const params = new URLSearchParams({ client_id: 'app-1', redirect_uri: redirectUri, response_type: 'code', scope: 'com.intuit.quickbooks.accounting', state: 's', decision: 'deny' });
    const response = await fetch(`${t.client.url}/connect/oauth2`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: params.toString(), redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe('access_denied');
  });

  it('exchanges a code once (reuse is invalid_grant) and answers Intuit token JSON', async () => {
    const { code, realmId } = await authorize(t.client, { realmId: 'new' });
    const first = await tokenRequest(t.client, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    for (const key of ['access_token', 'refresh_token']) expect(typeof first.json[key]).toBe('string');
    expect(first.json['x_refresh_token_expires_in']).toBe(100 * 24 * 3600);
    expect(Number(first.json['x_refresh_token_hard_expires_in'])).toBeGreaterThan(4 * 365 * 24 * 3600);
    const reuse = await tokenRequest(t.client, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    expect(reuse).toEqual({ status: 400, json: { error: 'invalid_grant' } });
    const api = await t.client.request('GET', `/v3/company/${realmId}/item/1`, { token: String(first.json['access_token']) });
    expect(api.status).toBe(200);
  });

  it('a code is short-lived and bound to its redirect_uri and client', async () => {
    const wrongRedirect = await authorize(t.client, { realmId: 'new' });
    expect((await tokenRequest(t.client, { grant_type: 'authorization_code', code: wrongRedirect.code, redirect_uri: 'http://evil.example/cb' })).json).toEqual({ error: 'invalid_grant' });
    const wrongClient = await authorize(t.client, { realmId: 'new' });
    expect((await tokenRequest(t.client, { grant_type: 'authorization_code', code: wrongClient.code, redirect_uri: redirectUri }, basic('app-2', 'x'))).json).toEqual({ error: 'invalid_grant' });
    await t.client.setConfig({ oauth: { authCodeTtlSeconds: 1 } });
    const slow = await authorize(t.client, { realmId: 'new' });
    const codeExpiresAt = Date.now() + 1000;
    await waitFor(() => Date.now() > codeExpiresAt + 50, { description: 'the code to outlive its 1 s lifetime' });
    expect((await tokenRequest(t.client, { grant_type: 'authorization_code', code: slow.code, redirect_uri: redirectUri })).status).toBe(400);
  });

  it('requires HTTP Basic client auth (and checks secrets when clients are configured)', async () => {
    const noAuth = await fetch(`${t.client.url}/oauth2/v1/tokens/bearer`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=refresh_token&refresh_token=x' });
    expect(noAuth.status).toBe(401);
    await t.client.setConfig({ oauth: { clients: { 'app-1': 'secret-1' } } });
    const wrongSecret = await tokenRequest(t.client, { grant_type: 'refresh_token', refresh_token: 'x' }, basic('app-1', 'nope'));
    expect(wrongSecret).toEqual({ status: 401, json: { error: 'invalid_client' } });
    const rightSecret = await tokenRequest(t.client, { grant_type: 'refresh_token', refresh_token: 'x' });
    expect(rightSecret).toEqual({ status: 400, json: { error: 'invalid_grant' } });
  });

  it('refresh tokens rotate: the old one is then invalid_grant', async () => {
    const { code } = await authorize(t.client, { realmId: 'new' });
    const initial = await tokenRequest(t.client, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    const firstRefresh = String(initial.json['refresh_token']);
    const refreshed = await tokenRequest(t.client, { grant_type: 'refresh_token', refresh_token: firstRefresh });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json['refresh_token']).not.toBe(firstRefresh);
    expect(refreshed.json['access_token']).not.toBe(initial.json['access_token']);
    const old = await tokenRequest(t.client, { grant_type: 'refresh_token', refresh_token: firstRefresh });
    expect(old).toEqual({ status: 400, json: { error: 'invalid_grant' } });
    const next = await tokenRequest(t.client, { grant_type: 'refresh_token', refresh_token: String(refreshed.json['refresh_token']) });
    expect(next.status).toBe(200);
  });

  it('an expired access token is 401 / 3200 in the gateway shape; refresh fixes it', async () => {
    await t.client.setConfig({ oauth: { accessTokenTtlSeconds: 1 } });
    const { code, realmId } = await authorize(t.client, { realmId: 'new' });
    const tokens = await tokenRequest(t.client, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    expect(tokens.json['expires_in']).toBe(1);
    const token = String(tokens.json['access_token']);
    expect((await t.client.request('GET', `/v3/company/${realmId}/item/1`, { token })).status).toBe(200);
    const expired = await waitFor(
      async () => {
        const r = await t.client.request('GET', `/v3/company/${realmId}/item/1`, { token });
        return r.status === 200 ? null : r;
      },
      { timeoutMs: 5000, description: 'the 1 s access token to expire' },
    );
    expect(expired.status).toBe(401);
    expect(gatewayFault(expired)).toMatchObject({ code: '3200', type: 'AUTHENTICATION' });
    expect(gatewayFault(expired).message).toContain('AuthenticationFailed');
    const refreshed = await tokenRequest(t.client, { grant_type: 'refresh_token', refresh_token: String(tokens.json['refresh_token']) });
    expect((await t.client.request('GET', `/v3/company/${realmId}/item/1`, { token: String(refreshed.json['access_token']) })).status).toBe(200);
  });

  it('the admin endpoint expires the current access token', async () => {
    const company = await t.client.createCompany();
    const api = t.client.api(company);
    expect((await api.get('/item/1')).status).toBe(200);
    const expire = await t.client.request('POST', `/_emulator/realms/${company.realmId}/tokens/expire`);
    expect(expire.json).toEqual({ expired: 1 });
    const result = await api.get('/item/1');
    expect(result.status).toBe(401);
    expect(gatewayFault(result).code).toBe('3200');
    const refreshed = await tokenRequest(t.client, { grant_type: 'refresh_token', refresh_token: company.refreshToken });
    expect(refreshed.status).toBe(200);
  });

  it('missing, unknown or other-company tokens are refused', async () => {
    const a = await t.client.createCompany();
    const b = await t.client.createCompany();
    expect((await t.client.request('GET', `/v3/company/${a.realmId}/item/1`)).status).toBe(401);
    expect((await t.client.request('GET', `/v3/company/${a.realmId}/item/1`, { token: 'made-up' })).status).toBe(401);
    const cross = await t.client.request('GET', `/v3/company/${a.realmId}/item/1`, { token: b.accessToken });
    expect(cross.status).toBe(403);
    expect(gatewayFault(cross).code).toBe('3100');
  });

  it('revoke kills the whole token family: API 401 and refresh invalid_grant', async () => {
    const { code, realmId } = await authorize(t.client, { realmId: 'new' });
    const tokens = await tokenRequest(t.client, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    const revoke = await fetch(`${t.client.url}/v2/oauth2/tokens/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basic('app-1', 'secret-1') },
      body: JSON.stringify({ token: tokens.json['refresh_token'] }),
    });
    expect(revoke.status).toBe(200);
    const api = await t.client.request('GET', `/v3/company/${realmId}/item/1`, { token: String(tokens.json['access_token']) });
    expect(api.status).toBe(401);
    expect(gatewayFault(api).code).toBe('3200');
    const refresh = await tokenRequest(t.client, { grant_type: 'refresh_token', refresh_token: String(tokens.json['refresh_token']) });
    expect(refresh).toEqual({ status: 400, json: { error: 'invalid_grant' } });
  });

  describe('intuit-oauth against the emulator', () => {
    const saved = {
      authorizeEndpoint: OAuthClient.authorizeEndpoint,
      tokenEndpoint: OAuthClient.tokenEndpoint,
      revokeEndpoint: OAuthClient.revokeEndpoint,
      userinfo: OAuthClient.userinfo_endpoint_sandbox,
    };
    beforeAll(() => {
      OAuthClient.authorizeEndpoint = `${t.client.url}/connect/oauth2`;
      OAuthClient.tokenEndpoint = `${t.client.url}/oauth2/v1/tokens/bearer`;
      OAuthClient.revokeEndpoint = `${t.client.url}/v2/oauth2/tokens/revoke`;
      OAuthClient.userinfo_endpoint_sandbox = `${t.client.url}/v1/openid_connect/userinfo`;
    });
    afterAll(() => {
      OAuthClient.authorizeEndpoint = saved.authorizeEndpoint;
      OAuthClient.tokenEndpoint = saved.tokenEndpoint;
      OAuthClient.revokeEndpoint = saved.revokeEndpoint;
      OAuthClient.userinfo_endpoint_sandbox = saved.userinfo;
    });

    it('does the code exchange, a refresh (rotation) and a revoke', async () => {
      await t.client.setConfig({ oauth: { clients: { 'intuit-app': 'intuit-secret' } } });
      const oauth = new OAuthClient({ clientId: 'intuit-app', clientSecret: 'intuit-secret', environment: 'sandbox', redirectUri });
      const authUri = oauth.authorizeUri({ scope: [OAuthClient.scopes.Accounting], state: 'intuit-state' });
      expect(authUri.startsWith(`${t.client.url}/connect/oauth2?`)).toBe(true);

      // The browser part: load the page intuit-oauth points at, submit the form.
      const query = Object.fromEntries(new URL(authUri).searchParams);
      const page = await fetch(authUri);
      expect(page.status).toBe(200);
      const submit = await fetch(`${t.client.url}/connect/oauth2`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...query, email: 'me@example.com', password: 'pw', realmId: 'new', companyName: 'Intuit Flow Co' }).toString(),
        redirect: 'manual',
      });
      const callback = submit.headers.get('location') ?? '';
      expect(new URL(callback).searchParams.get('state')).toBe('intuit-state');

      const created = await oauth.createToken(callback);
      const token = oauth.getToken();
      expect(created.json).toMatchObject({ token_type: 'bearer' });
      expect(token.realmId).toBe(new URL(callback).searchParams.get('realmId'));
      expect(oauth.isAccessTokenValid()).toBe(true);
      const firstAccess = token.access_token;
      const firstRefresh = token.refresh_token;
      const api = await t.client.request('GET', `/v3/company/${token.realmId}/item/1`, { token: firstAccess });
      expect(api.status).toBe(200);

      const userInfo = await oauth.getUserInfo();
      expect(userInfo.json).toMatchObject({ email: 'user@emulator.invalid' });

      await oauth.refresh();
      const rotated = oauth.getToken().refresh_token;
      expect(rotated).not.toBe(firstRefresh);
      expect(oauth.getToken().access_token).not.toBe(firstAccess);
      await expect(oauth.refreshUsingToken(firstRefresh)).rejects.toMatchObject({ error: 'invalid_grant' });

      const current = new OAuthClient({ clientId: 'intuit-app', clientSecret: 'intuit-secret', environment: 'sandbox', redirectUri });
      current.setToken({ ...oauth.getToken(), refresh_token: rotated, realmId: token.realmId });
      await current.refresh();
      // intuit-oauth clears its token object on revoke: keep the strings.
      const latestAccess = current.getToken().access_token;
      const latestRefresh = current.getToken().refresh_token;
      await current.revoke({ refresh_token: latestRefresh });
      const afterRevoke = await t.client.request('GET', `/v3/company/${String(token.realmId)}/item/1`, { token: latestAccess });
      expect(afterRevoke.status).toBe(401);
      await expect(current.refreshUsingToken(latestRefresh)).rejects.toMatchObject({ error: 'invalid_grant' });
    });
  });
});
