import { inject, injectable, ServiceIdentifier } from 'inversify';
import OAuthClientModule from 'intuit-oauth';
import { classifyThrown } from './error-classifier';
import { OAuthTokens } from './qbo-connection-repository';
import { QboError } from './qbo-error';

export interface OAuthEndpoints {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  environment: 'sandbox' | 'production';
  authorizeUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  timeoutMs: number;
}

export const OAUTH_ENDPOINTS: ServiceIdentifier<OAuthEndpoints> = Symbol.for('OAuthEndpoints');

export const QBO_ACCOUNTING_SCOPE = 'com.intuit.quickbooks.accounting';

/** The parts of intuit-oauth's request config this file passes through. */
interface OAuthRequest {
  url: string;
  method?: string;
  data?: unknown;
  headers?: Record<string, string>;
  timeout?: number;
  signal?: AbortSignal;
}

/** The narrow slice of intuit-oauth's OAuthClient used here (its own typings are full of `any`). */
interface IntuitOAuthClient {
  authorizeUri(params: { scope: string[]; state: string }): string;
  createToken(uri: string): Promise<{ json?: unknown }>;
  refreshUsingToken(refreshToken: string): Promise<{ json?: unknown }>;
  revoke(params: { refresh_token?: string; access_token?: string }): Promise<unknown>;
  loadResponse(request: OAuthRequest): Promise<unknown>;
  shouldRetry(error: unknown, attempt: number): boolean;
}

interface IntuitOAuthStatics {
  new (config: { environment: string; clientId: string; clientSecret: string; redirectUri: string; logging?: boolean }): IntuitOAuthClient;
  authorizeEndpoint: string;
  tokenEndpoint: string;
  revokeEndpoint: string;
}

const OAuthClient = OAuthClientModule as unknown as IntuitOAuthStatics;

export interface ExchangedCode {
  realmId: string;
  tokens: OAuthTokens;
}

/**
 * OAuth 2.0 token calls through intuit-oauth, with the endpoints taken from configuration
 * per instance. intuit-oauth keeps its endpoints in static (process-wide) fields and retries on
 * its own; neither is acceptable here, so every call uses a fresh OAuthClient whose
 * `loadResponse` maps Intuit's URLs to the configured ones, adds a timeout, and whose own
 * retries are switched off (a retried refresh could burn a rotated refresh token).
 * Failures are QboErrors classified for the token endpoint (invalid_grant → reconnect).
 */
@injectable()
export class OAuthTokenClient {
  constructor(@inject(OAUTH_ENDPOINTS) private readonly cfg: OAuthEndpoints) {}

  /** The URL to send a user to for connecting a company; `state` must be the caller's CSRF value. */
  authorizeUri(state: string): string {
    const uri = this.client().client.authorizeUri({ scope: [QBO_ACCOUNTING_SCOPE], state });
    return uri.startsWith(OAuthClient.authorizeEndpoint) ? this.cfg.authorizeUrl + uri.slice(OAuthClient.authorizeEndpoint.length) : uri;
  }

  /** Exchanges the callback's `code` for tokens. `callbackUrl` is the full redirect URL (with code, state, realmId). */
  async exchangeCode(callbackUrl: string, now = new Date()): Promise<ExchangedCode> {
    const realmId = new URL(callbackUrl, 'http://callback.invalid').searchParams.get('realmId') ?? '';
    const res = await this.call('exchange code', (c) => c.createToken(callbackUrl));
    return { realmId, tokens: toTokens(res.json, now) };
  }

  /** Uses a refresh token once; the answer carries a new access token and (possibly rotated) refresh token. */
  async refresh(refreshToken: string, now = new Date()): Promise<OAuthTokens> {
    const res = await this.call('refresh token', (c) => c.refreshUsingToken(refreshToken));
    return toTokens(res.json, now);
  }

  async revoke(refreshToken: string): Promise<void> {
    await this.call('revoke token', (c) => c.revoke({ refresh_token: refreshToken }));
  }

  private async call<T>(operation: string, fn: (c: IntuitOAuthClient) => Promise<T>): Promise<T> {
    const { client, lastRawError } = this.client();
    try {
      return await fn(client);
    } catch (e) {
      throw classifyThrown(lastRawError() ?? e, 'token', `POST ${operation}`);
    }
  }

  private client(): { client: IntuitOAuthClient; lastRawError: () => unknown } {
    const client = new OAuthClient({
      environment: this.cfg.environment,
      clientId: this.cfg.clientId,
      clientSecret: this.cfg.clientSecret,
      redirectUri: this.cfg.redirectUri,
      logging: false,
    });
    let raw: unknown;
    const original = client.loadResponse.bind(client);
    const urls: Record<string, string> = {
      [OAuthClient.tokenEndpoint]: this.cfg.tokenUrl,
      [OAuthClient.revokeEndpoint]: this.cfg.revokeUrl,
    };
    client.shouldRetry = () => false;
    client.loadResponse = (request: OAuthRequest) =>
      original({
        ...request,
        url: urls[request.url] ?? request.url,
        timeout: this.cfg.timeoutMs,
        signal: AbortSignal.timeout(this.cfg.timeoutMs + 1000),
      }).catch((e: unknown) => {
        raw = e;
        throw e;
      });
    return { client, lastRawError: () => raw };
  }
}

function toTokens(json: unknown, now: Date): OAuthTokens {
  const j = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const access = j.access_token;
  const refresh = j.refresh_token;
  if (typeof access !== 'string' || access === '' || typeof refresh !== 'string' || refresh === '') {
    throw new QboError({
      kind: 'retriable',
      code: 'BAD_TOKEN_RESPONSE',
      message: 'the token endpoint answered without access_token/refresh_token',
      explanation: 'The token endpoint gave an unusable answer; retried later.',
    });
  }
  const seconds = (v: unknown, def: number | null): number | null => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) && n > 0 ? n : def;
  };
  const at = (s: number | null) => (s === null ? null : new Date(now.getTime() + s * 1000));
  return {
    accessToken: access,
    accessExpiresAt: at(seconds(j.expires_in, 3600)) ?? new Date(now.getTime() + 3600_000),
    refreshToken: refresh,
    refreshExpiresAt: at(seconds(j.x_refresh_token_expires_in, null)),
    refreshHardExpiresAt: at(seconds(j.x_refresh_token_hard_expires_in, null)),
  };
}
