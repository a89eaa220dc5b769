import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OAuthTokenClient } from '../../src/qbo/oauth-token-client';
import { uniqueName } from '../support/unique';
import { ADMIN_TOKEN, ConnectHarness, openStartLink } from './connect-harness';

let h: ConnectHarness;

beforeAll(async () => {
  h = await ConnectHarness.start();
});

afterAll(async () => {
  await h?.close();
});

async function connectionRow(tenantId: string): Promise<Record<string, unknown> | undefined> {
  const rows = (await h.db.dataSource.query(`SELECT * FROM qbo_connections WHERE tenant_id = $1`, [tenantId])) as Array<Record<string, unknown>>;
  return rows[0];
}

async function companyInfoStatus(realmId: string, accessToken: string): Promise<number> {
  const res = await fetch(`${h.emulator.url.replace(/\/+$/, '')}/v3/company/${realmId}/companyinfo/${realmId}`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
  });
  return res.status;
}

describe('authentication', () => {
  it('refuses /api without or with a wrong bearer token, with a JSON error; health stays open', async () => {
    const none = await h.api('GET', '/api/tenants', undefined, null);
    expect(none.status).toBe(401);
    expect(none.json).toEqual({ error: 'unauthorized', message: expect.stringContaining('missing Authorization header') });
    const wrong = await h.api('GET', '/api/tenants', undefined, 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.json.message).toBe('wrong bearer token');
    const doc = await h.api('GET', '/api/openapi.json', undefined, null);
    expect(doc.status).toBe(401);
    expect((await h.api('GET', '/api/tenants')).status).toBe(200);
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
  });

  it('opens a tenant page only with a valid, unexpired link for that tenant, and keeps it in a cookie', async () => {
    const tenantId = uniqueName('page');
    const other = uniqueName('other');
    await h.createTenant(tenantId);
    await h.createTenant(other);
    const path = `/tenants/${encodeURIComponent(tenantId)}`;
    const noAuth = await fetch(`${h.base}${path}`, { redirect: 'manual' });
    expect(noAuth.status).toBe(401);
    expect(((await noAuth.json()) as { message: string }).message).toContain('signed link');

    const otherSig = h.signer.sign(other, new Date(Date.now() + 60_000));
    const wrongTenant = await fetch(`${h.base}${path}?sig=${encodeURIComponent(otherSig)}`, { redirect: 'manual' });
    expect(wrongTenant.status).toBe(401);
    const expired = await fetch(`${h.base}${path}?sig=${encodeURIComponent(h.signer.sign(tenantId, new Date(Date.now() - 1000)))}`, { redirect: 'manual' });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { message: string }).message).toContain('expired');

    const link = new URL(h.signer.link(h.base, tenantId, new Date(Date.now() + 3_600_000)));
    const first = await fetch(link, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(path);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`Path=${path}`);
    expect(cookie).toContain('HttpOnly');
    const pageRes = await fetch(`${h.base}${path}`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(pageRes.status).toBe(200);
    const html = await pageRes.text();
    expect(html).toContain('<h1>QuickBooks Online');
    expect(html).toContain('No QuickBooks company is connected yet');
    // the link grants this tenant's page only: not the API, not another tenant's page
    expect((await fetch(`${h.base}/api/tenants`, { headers: { cookie: cookie.split(';')[0] ?? '' } })).status).toBe(401);
    expect((await fetch(`${h.base}/tenants/${encodeURIComponent(other)}`, { headers: { cookie: cookie.split(';')[0] ?? '' } })).status).toBe(401);
  });
  it('cannot be bypassed by percent-encoding the path (the router decodes it)', async () => {
    const tenantId = uniqueName('enc');
    await h.createTenant(tenantId);
    expect((await fetch(`${h.base}/%61pi/tenants`)).status).toBe(401);
    expect((await fetch(`${h.base}/%61pi/tenants/${encodeURIComponent(tenantId)}/link`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${h.base}/%74enants/${encodeURIComponent(tenantId)}`, { redirect: 'manual' })).status).toBe(401);
    const sig = h.signer.sign(tenantId, new Date(Date.now() + 60_000));
    expect((await fetch(`${h.base}/%74enants/${encodeURIComponent(tenantId)}?sig=${encodeURIComponent(sig)}`, { redirect: 'manual' })).status).toBe(303);
  });
});

describe('page forms', () => {
  it('refuse a post without the page’s form token (cross-site), changing nothing', async () => {
    const tenantId = uniqueName('csrf');
    await h.createTenant(tenantId);
    const sig = h.signer.sign(tenantId, new Date(Date.now() + 60_000));
    const cookie = `qbo_sync_link=${encodeURIComponent(sig)}`;
    const post = (token: string | null) =>
      fetch(`${h.base}/tenants/${tenantId}/settings`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ enabled: 'on', batchCron: '0 3 * * *', timeZone: 'UTC', ambiguousPolicy: 'create', ...(token === null ? {} : { csrf: token }) }),
      });
    expect((await post(null)).status).toBe(403);
    expect((await post('forged')).status).toBe(403);
    const [row] = (await h.db.dataSource.query(`SELECT enabled FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ enabled: boolean }>;
    expect(row?.enabled).toBe(false);
    const ok = await post(h.signer.csrfToken(tenantId, sig));
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/tenants/${tenantId}?saved=1`);
    const [after] = (await h.db.dataSource.query(`SELECT enabled, batch_cron FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<Record<string, unknown>>;
    expect(after).toEqual({ enabled: true, batch_cron: '0 3 * * *' });
  });
});

describe('settings', () => {
  it('refuses bad values naming each field and changes nothing; saves good ones', async () => {
    const tenantId = uniqueName('settings');
    await h.createTenant(tenantId);
    const bad = await h.api('PATCH', `/api/tenants/${tenantId}`, {
      timeZone: 'Mars/Olympus_Mons',
      batchCron: '0 25 * * *',
      ambiguousPolicy: 'guess',
      invoicesFrom: '2026-02-30',
      colour: 'blue',
      enabled: true,
    });
    expect(bad.status).toBe(400);
    const fields = (bad.json.problems as Array<{ field: string }>).map((p) => p.field).sort();
    expect(fields).toEqual(['ambiguousPolicy', 'batchCron', 'colour', 'invoicesFrom', 'timeZone']);
    expect(bad.json.message).toContain('timeZone');
    const [row] = (await h.db.dataSource.query(`SELECT enabled, time_zone FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ enabled: boolean; time_zone: string }>;
    expect(row).toEqual({ enabled: false, time_zone: 'UTC' });

    const ok = await h.api('PATCH', `/api/tenants/${tenantId}`, {
      enabled: true,
      batchCron: '30 18 * * 1-5',
      timeZone: 'America/Los_Angeles',
      invoicesFrom: '2026-11-01',
      ambiguousPolicy: 'review',
      defaultItemId: '1',
    });
    expect(ok.status).toBe(200);
    const read = await h.api('GET', `/api/tenants/${tenantId}`);
    expect(read.json).toMatchObject({
      enabled: true,
      batchCron: '30 18 * * 1-5',
      timeZone: 'America/Los_Angeles',
      invoicesFrom: '2026-11-01',
      ambiguousPolicy: 'review',
      defaultItemId: '1',
      connection: { status: 'not_connected' },
    });
    expect(typeof read.json.nextWindow).toBe('string');
    expect((await h.api('PATCH', `/api/tenants/${tenantId}`, '"text"')).status).toBe(400);
  });
});

describe('connect', () => {
  it('sends the user to the authorize URL with a state, and the callback stores the company and encrypted tokens', async () => {
    const tenantId = uniqueName('conn');
    await h.createTenant(tenantId);
    const started = await h.api('POST', `/api/tenants/${tenantId}/connect`);
    expect(started.status).toBe(200);
    // the operator's link goes through the worker, which binds the round trip to the browser that opens it
    const startLink = new URL(String(started.json.authorizeUrl));
    expect(`${startLink.origin}${startLink.pathname}`).toBe(`${h.base}/connections/qbo/start`);
    const browser = await openStartLink(startLink.toString());
    expect(browser.cookie).toMatch(/^qbo_connect_[0-9a-f]{16}=[A-Za-z0-9_-]{43}$/);
    const url = new URL(browser.authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${h.emulator.url.replace(/\/+$/, '')}/connect/oauth2`);
    expect(url.searchParams.get('client_id')).toBe(h.config.qbo.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(h.config.qbo.redirectUri);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('com.intuit.quickbooks.accounting');
    const state = url.searchParams.get('state') ?? '';
    expect(state.length).toBeGreaterThanOrEqual(40);

    const callbackUrl = await h.authorizeAtEmulator(url.toString(), 'Ann’s Plumbing & Heating');
    const res = await h.callback(callbackUrl, browser.cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(new RegExp(`^/tenants/${tenantId}\\?connected=\\d+$`));

    const row = await connectionRow(tenantId);
    expect(row).toMatchObject({ status: 'connected', realm_id: callbackUrl.searchParams.get('realmId'), company_name: 'Ann’s Plumbing & Heating' });
    const conn = await h.connections.find(tenantId);
    expect(conn?.tokens).not.toBeNull();
    expect(String(row?.access_token_enc)).not.toContain(conn?.tokens?.accessToken ?? '-');
    expect(String(row?.access_token_enc)).toMatch(/^v2\.k1\./);
    expect(await companyInfoStatus(conn?.realmId ?? '', conn?.tokens?.accessToken ?? '')).toBe(200);
    const [stateRow] = (await h.db.dataSource.query(`SELECT state_hash, used_at, outcome FROM connect_oauth_states WHERE tenant_id = $1`, [tenantId])) as Array<{
      state_hash: string;
      used_at: Date | null;
      outcome: string;
    }>;
    expect(stateRow?.state_hash).not.toBe(state); // only the hash is kept
    expect(stateRow?.used_at).not.toBeNull();
    expect(stateRow?.outcome).toBe('connected');

    expect(res.headers.get('set-cookie')).toMatch(/^qbo_connect_[0-9a-f]{16}=; Path=\/connections\/qbo\/callback; Max-Age=0/);
    // the same callback again: the state was used; refused and nothing changes
    const again = await h.callback(callbackUrl, browser.cookie);
    expect(again.status).toBe(400);
    expect(again.headers.get('x-connect-error')).toBe('reused_state');
    expect(await again.text()).toContain('already completed');
    expect((await connectionRow(tenantId))?.token_version).toBe(row?.token_version);
  });

  it('refuses a wrong or expired state without storing anything', async () => {
    const tenantId = uniqueName('state');
    await h.createTenant(tenantId);
    const browser = await h.startConnect(tenantId);
    const callbackUrl = await h.authorizeAtEmulator(browser.authorizeUrl, 'Wrong State Co');

    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'forged-state-value');
    const wrong = await h.callback(forged);
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get('x-connect-error')).toBe('unknown_state');
    const missing = new URL(callbackUrl);
    missing.searchParams.delete('state');
    expect((await h.callback(missing)).headers.get('x-connect-error')).toBe('missing_state');

    // the round trip took too long: the state expired (moved into the past rather than waiting)
    await h.db.dataSource.query(`UPDATE connect_oauth_states SET expires_at = now() - interval '1 second' WHERE tenant_id = $1`, [tenantId]);
    const expired = await h.callback(callbackUrl, browser.cookie);
    expect(expired.status).toBe(400);
    expect(expired.headers.get('x-connect-error')).toBe('expired_state');
    expect(await connectionRow(tenantId)).toBeUndefined();
  });

  it('refuses a replayed code, whether it comes back here or was used up at Intuit, and changes nothing', async () => {
    const tenantId = uniqueName('replay');
    await h.createTenant(tenantId);
    const { callbackUrl } = await h.connect(tenantId, 'Replay Co');
    const before = await connectionRow(tenantId);

    // a fresh state with the old code
    const browser = await h.startConnect(tenantId);
    const replay = new URL(callbackUrl);
    replay.searchParams.set('state', new URL(browser.authorizeUrl).searchParams.get('state') ?? '');
    const res = await h.callback(replay, browser.cookie);
    expect(res.status).toBe(400);
    expect(res.headers.get('x-connect-error')).toBe('replayed_code');
    expect(await res.text()).toContain('already used');
    expect(await connectionRow(tenantId)).toEqual(before);

    // a code that someone already exchanged at Intuit (this worker never saw it): Intuit refuses it
    const second = await h.startConnect(tenantId);
    const stolen = await h.authorizeAtEmulator(second.authorizeUrl, 'Other Co');
    await h.container.get(OAuthTokenClient).exchangeCode(stolen.toString());
    const refused = await h.callback(stolen, second.cookie);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-connect-error')).toBe('exchange_refused');
    expect(await connectionRow(tenantId)).toEqual(before);
  });

  it('a cancelled sign-in at Intuit changes nothing', async () => {
    const tenantId = uniqueName('cancel');
    await h.createTenant(tenantId);
    const browser = await h.startConnect(tenantId);
    const state = new URL(browser.authorizeUrl).searchParams.get('state') ?? '';
    const res = await h.callback(new URL(`http://x/connections/qbo/callback?error=access_denied&state=${encodeURIComponent(state)}`), browser.cookie);
    expect(res.status).toBe(400);
    expect(res.headers.get('x-connect-error')).toBe('cancelled');
    expect(await connectionRow(tenantId)).toBeUndefined();
  });
});

describe('the callback is bound to the browser that started the round trip', () => {
  it('a consent URL finished in another browser is refused with a clear page, and nothing is stored', async () => {
    const tenantId = uniqueName('bind');
    await h.createTenant(tenantId);
    // the tenant's user clicks Connect on the page: the worker sets the cookie in that browser
    const link = h.signer.link(h.base, tenantId, new Date(Date.now() + 3_600_000));
    const opened = await fetch(link, { redirect: 'manual' });
    const linkCookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = await (await fetch(`${h.base}/tenants/${tenantId}`, { headers: { cookie: linkCookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const clicked = await fetch(`${h.base}/tenants/${tenantId}/connect`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: linkCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, batchCron: '0 2 * * *' }),
    });
    expect(clicked.status).toBe(303);
    const setCookie = clicked.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^qbo_connect_[0-9a-f]{16}=[A-Za-z0-9_-]{43}; Path=\/connections\/qbo\/callback; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    const consentUrl = clicked.headers.get('location') ?? '';

    // ... but sends the consent URL to another company's admin, who signs in from their own browser
    const callbackUrl = await h.authorizeAtEmulator(consentUrl, 'Victim Co');
    const refused = await h.callback(callbackUrl); // no cookie: another browser
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-connect-error')).toBe('other_browser_state');
    const body = await refused.text();
    expect(body).toContain('QuickBooks was not connected');
    expect(body).toContain('started in another browser');
    expect(body).not.toContain(`/tenants/${tenantId}`);
    expect(await connectionRow(tenantId)).toBeUndefined();
    // a wrong cookie is no better, and the state is used up: the right browser can't finish it now either
    const wrongCookie = `${setCookie.split('=')[0]}=${'A'.repeat(43)}`;
    expect((await h.callback(callbackUrl, wrongCookie)).headers.get('x-connect-error')).toBe('reused_state');
    expect(await connectionRow(tenantId)).toBeUndefined();

    // the operator's start link binds the first browser that opens it; a second browser is refused
    const started = await h.api('POST', `/api/tenants/${tenantId}/connect`);
    const first = await openStartLink(String(started.json.authorizeUrl));
    const second = await fetch(String(started.json.authorizeUrl), { redirect: 'manual' });
    expect(second.status).toBe(400);
    expect(second.headers.get('set-cookie')).toBeNull();
    const operatorCallback = await h.authorizeAtEmulator(first.authorizeUrl, 'Operator Co');
    const stranger = `${first.cookie.split('=')[0]}=${'B'.repeat(43)}`;
    expect((await h.callback(operatorCallback, stranger)).headers.get('x-connect-error')).toBe('other_browser_state');

    // and the same flow in one browser connects
    const again = await h.startConnect(tenantId);
    const good = await h.callback(await h.authorizeAtEmulator(again.authorizeUrl, 'Right Co'), again.cookie);
    expect(good.status).toBe(303);
    expect(await connectionRow(tenantId)).toMatchObject({ status: 'connected', company_name: 'Right Co' });
  });
});

describe('reconnect', () => {
  it("reconnecting to another company revokes the old company's tokens (issue 11, item 5)", async () => {
    const tenantId = uniqueName('move');
    await h.createTenant(tenantId);
    const first = await h.connect(tenantId, 'First Books Co');
    const old = (await h.connections.find(tenantId))?.tokens;
    expect(await companyInfoStatus(first.realmId, old?.accessToken ?? '')).toBe(200);

    const second = await h.connect(tenantId, 'Second Books Co');
    expect(second.realmId).not.toBe(first.realmId);
    expect(await connectionRow(tenantId)).toMatchObject({ status: 'connected', realm_id: second.realmId, company_name: 'Second Books Co' });
    // the old company's grant is dead at Intuit: no replica or leaked token can use it
    expect(await companyInfoStatus(first.realmId, old?.accessToken ?? '')).toBe(401);
    const refresh = await fetch(`${h.emulator.url.replace(/\/+$/, '')}/oauth2/v1/tokens/bearer`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${h.config.qbo.clientId}:${h.config.qbo.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: old?.refreshToken ?? '' }),
    });
    expect(refresh.status).toBe(400);
    const now = (await h.connections.find(tenantId))?.tokens;
    expect(await companyInfoStatus(second.realmId, now?.accessToken ?? '')).toBe(200);
  });
});

describe('disconnect', () => {
  it('revokes the tokens at Intuit (the old token stops working) and marks the connection disconnected', async () => {
    const tenantId = uniqueName('disc');
    await h.createTenant(tenantId);
    const { realmId } = await h.connect(tenantId, 'Leaving Co');
    const tokens = (await h.connections.find(tenantId))?.tokens;
    expect(await companyInfoStatus(realmId, tokens?.accessToken ?? '')).toBe(200);

    const res = await h.api('POST', `/api/tenants/${tenantId}/disconnect`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'disconnected', revoked: true, alreadyDisconnected: false });
    expect(await companyInfoStatus(realmId, tokens?.accessToken ?? '')).toBe(401);
    const refresh = await fetch(`${h.emulator.url.replace(/\/+$/, '')}/oauth2/v1/tokens/bearer`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${h.config.qbo.clientId}:${h.config.qbo.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens?.refreshToken ?? '' }),
    });
    expect(refresh.status).toBe(400);
    expect(await connectionRow(tenantId)).toMatchObject({ status: 'disconnected', access_token_enc: null, refresh_token_enc: null, realm_id: realmId });
    const overview = await h.api('GET', `/api/tenants/${tenantId}`);
    expect(overview.json.connection).toMatchObject({ status: 'disconnected', companyName: 'Leaving Co' });
    expect((await h.api('POST', `/api/tenants/${tenantId}/disconnect`)).json).toMatchObject({ alreadyDisconnected: true });
  });
});

describe('openapi', () => {
  /** Every `app.<method>('/api/...')` registered anywhere in src/, as OpenAPI path + method. */
  function registeredApiRoutes(): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) {
          const text = readFileSync(full, 'utf8');
          for (const m of text.matchAll(/app\.(get|post|put|patch|delete)(?:<[^(]*>)?\(\s*'(\/api\/[^']*)'/g)) {
            found.push(`${m[1]} ${(m[2] ?? '').replace(/:([A-Za-z]+)/g, '{$1}')}`);
          }
        }
      }
    };
    walk(path.resolve(__dirname, '../../src'));
    return found;
  }

  it('describes every /api route registered in the worker, and each documented route exists', async () => {
    const doc = await h.api('GET', '/api/openapi.json', undefined, ADMIN_TOKEN);
    expect(doc.status).toBe(200);
    const paths = doc.json.paths as Record<string, Record<string, unknown>>;
    const documented = Object.entries(paths).flatMap(([p, ops]) => Object.keys(ops).filter((k) => k !== 'parameters').map((m) => `${m} ${p}`));
    const registered = registeredApiRoutes();
    expect(registered.length).toBeGreaterThanOrEqual(10);
    expect(documented).toEqual(expect.arrayContaining(registered));
    for (const route of documented) {
      const [method = 'get', p = ''] = route.split(' ');
      const res = await fetch(`${h.base}${p.replace(/\{[A-Za-z]+\}/g, 'no-such-thing')}`, {
        method: method.toUpperCase(),
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      const body = await res.text();
      expect(`${route} → ${res.status} ${body.includes('Route ') && body.includes('not found') ? 'no such route' : ''}`).not.toContain('no such route');
    }
  });
});
