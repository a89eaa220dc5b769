import { uniqueName } from '../support/unique';
import { QBO_ACCOUNTING_SCOPE } from '../../src/qbo/oauth-token-client';
import { QboHarness } from './qbo-harness';

/** intuit-oauth pointed at the emulator's endpoints: authorize URL, code exchange, revoke. */
describe('OAuthTokenClient', () => {
  let h: QboHarness;

  beforeAll(async () => {
    h = await QboHarness.start();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('connects a company through the authorize page, uses it, and revokes it', async () => {
    const oauth = h.oauth();
    const state = 'csrf-state-123';
    const authorize = new URL(oauth.authorizeUri(state));
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${h.url}/connect/oauth2`);
    expect(authorize.searchParams.get('scope')).toBe(QBO_ACCOUNTING_SCOPE);
    expect(authorize.searchParams.get('state')).toBe(state);

    const form = new URLSearchParams({ ...Object.fromEntries(authorize.searchParams), email: 'a@b.example', password: 'pw', realmId: 'new', companyName: 'OAuth Co' });
    const res = await fetch(`${h.url}/connect/oauth2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const callback = res.headers.get('location') ?? '';
    expect(new URL(callback).searchParams.get('state')).toBe(state);

    const { realmId, tokens } = await oauth.exchangeCode(callback);
    expect(realmId).not.toBe('');
    expect(tokens.accessExpiresAt.getTime()).toBeGreaterThan(Date.now());
    const tenantId = uniqueName('tenant');
    await h.repo.saveConnected(tenantId, realmId, 'OAuth Co', tokens);
    expect((await h.client().getCompanyInfo(tenantId)).CompanyName).toBe('OAuth Co');

    await oauth.revoke(tokens.refreshToken);
    await expect(oauth.refresh(tokens.refreshToken)).rejects.toMatchObject({ kind: 'reconnect', code: 'invalid_grant' });
  });

  it('a bad authorization code is rejected and classified (not retriable)', async () => {
    const err = await h.oauth().exchangeCode('http://localhost/callback?code=nope&realmId=1&state=s').catch((e: unknown) => e);
    expect(err).toMatchObject({ retriable: false });
  });
});
