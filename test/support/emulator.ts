import type { CreatedCompany } from '../../src/emulator';
import type { RequestLogEntry } from '../../src/emulator/request-log';
import { OAuthTokenClient } from '../../src/qbo/oauth-token-client';
import type { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';

/** An emulator's address without a trailing slash, so paths can be appended. */
export function emulatorBaseUrl(emulator: { url: string }): string {
  return emulator.url.replace(/\/+$/, '');
}

/** POST /_emulator/realms: a new company, with tokens (bound to `clientId` when given). */
export interface EmulatorCompany extends CreatedCompany {
  expiresIn?: number;
  refreshTokenExpiresIn?: number;
}

/** The emulator's admin API (/_emulator/...) over HTTP: JSON in and out, an error on any non-2xx answer. */
export class EmulatorAdmin {
  constructor(readonly url: string) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return (text === '' ? {} : JSON.parse(text)) as T;
  }

  async createCompany(companyName: string, clientId?: string): Promise<EmulatorCompany> {
    return this.request('POST', '/_emulator/realms', clientId === undefined ? { companyName } : { companyName, clientId });
  }

  /** Records created directly in the company, by kind (customers, items, invoices...). */
  async seed<T = Record<string, Array<Record<string, unknown>>>>(realmId: string, body: Record<string, unknown>): Promise<T> {
    return this.request('POST', `/_emulator/realms/${realmId}/seed`, body);
  }

  async faults(realmId: string, body: Record<string, unknown>): Promise<void> {
    await this.request('PUT', `/_emulator/realms/${realmId}/faults`, body);
  }

  async config(patch: Record<string, unknown>): Promise<void> {
    await this.request('PUT', '/_emulator/config', patch);
  }

  /** The company's request log, oldest first. */
  async requests(realmId: string): Promise<RequestLogEntry[]> {
    return this.request('GET', `/_emulator/realms/${realmId}/requests`);
  }

  async expireAccessTokens(realmId: string): Promise<void> {
    await this.request('POST', `/_emulator/realms/${realmId}/tokens/expire`, {});
  }
}

/** The worker's OAuth client, pointed at the emulator's authorize, token and revoke endpoints. */
export function emulatorOAuthClient(emulatorUrl: string, clientId: string, clientSecret: string): OAuthTokenClient {
  return new OAuthTokenClient({
    clientId,
    clientSecret,
    redirectUri: 'http://localhost/callback',
    environment: 'sandbox',
    authorizeUrl: `${emulatorUrl}/connect/oauth2`,
    tokenUrl: `${emulatorUrl}/oauth2/v1/tokens/bearer`,
    revokeUrl: `${emulatorUrl}/v2/oauth2/tokens/revoke`,
    timeoutMs: 5000,
  });
}

/**
 * Stores an emulator company's tokens as the connection of `tenantId`, the access token valid
 * for `accessSeconds` and the refresh token for `refreshSeconds` from now.
 */
export async function storeEmulatorConnection(
  repo: QboConnectionRepository,
  tenantId: string,
  company: CreatedCompany,
  lifetimes: { accessSeconds: number; refreshSeconds: number },
): Promise<void> {
  const now = Date.now();
  await repo.saveConnected(tenantId, company.realmId, company.companyName, {
    accessToken: company.accessToken,
    accessExpiresAt: new Date(now + lifetimes.accessSeconds * 1000),
    refreshToken: company.refreshToken,
    refreshExpiresAt: new Date(now + lifetimes.refreshSeconds * 1000),
  });
}

/**
 * Plays the user at Intuit: opens the authorize URL, submits the emulator's sign-in form (a new
 * company called `companyName`), and returns the callback URL it redirects to (code, state,
 * realmId), without following it.
 */
export async function signInAtEmulator(emulatorUrl: string, authorizeUrl: string, companyName: string): Promise<URL> {
  const page = await fetch(authorizeUrl);
  if (page.status !== 200) throw new Error(`authorize page: ${page.status} ${await page.text()}`);
  const u = new URL(authorizeUrl);
  const form = new URLSearchParams({
    client_id: u.searchParams.get('client_id') ?? '',
    redirect_uri: u.searchParams.get('redirect_uri') ?? '',
    response_type: 'code',
    scope: u.searchParams.get('scope') ?? '',
    state: u.searchParams.get('state') ?? '',
    email: 'bookkeeper@example.com',
    password: 'secret',
    realmId: 'new',
    companyName,
    decision: 'allow',
  });
  const res = await fetch(`${emulatorUrl}/connect/oauth2`, { method: 'POST', body: form, redirect: 'manual' });
  const location = res.headers.get('location');
  if (res.status !== 302 || location === null) throw new Error(`emulator sign-in: ${res.status} ${await res.text()}`);
  return new URL(location);
}
