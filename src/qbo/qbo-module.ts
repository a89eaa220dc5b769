import { ContainerModule } from 'inversify';
import { CONFIG } from '../tokens';
import { NodeQuickbooksClient, NODE_QUICKBOOKS_OPTIONS } from './node-quickbooks-client';
import { OAUTH_ENDPOINTS, OAuthTokenClient } from './oauth-token-client';
import { QBO_CLIENT } from './qbo-client';
import { QboConnectionRepository } from './qbo-connection-repository';
import { QboWriteGate } from './qbo-write-gate';
import { QboReadBudget, READ_BUDGET_SETTINGS } from './qbo-read-budget';
import { QboUsageMeter } from './qbo-usage-meter';
import { ReadQboUsage } from './read-qbo-usage';
import { RATE_LIMITS, RealmRateLimiter } from './realm-rate-limiter';
import { RotateTokenKey } from './rotate-token-key';
import { TOKEN_KEYRING, TokenCipher } from './token-cipher';
import { TOKEN_MANAGER_OPTIONS, TokenManager } from './token-manager';

/** The QuickBooks adapter: the QboClient port (node-quickbooks), OAuth tokens, limits. */
export const qboModule = new ContainerModule(({ bind }) => {
  bind(TokenCipher).toSelf();
  bind(QboConnectionRepository).toSelf();
  bind(OAuthTokenClient).toSelf();
  bind(TokenManager).toSelf();
  bind(RealmRateLimiter).toSelf();
  bind(QboWriteGate).toSelf();
  bind(RotateTokenKey).toSelf();
  bind(QboUsageMeter).toSelf();
  bind(QboReadBudget).toSelf();
  bind(ReadQboUsage).toSelf();
  bind(NodeQuickbooksClient).toSelf();
  bind(QBO_CLIENT).toService(NodeQuickbooksClient);

  bind(TOKEN_KEYRING).toDynamicValue((ctx) => {
    const q = ctx.get(CONFIG).qbo;
    if (q.tokenEncryptionKey === null) return null;
    const keys = new Map(q.tokenEncryptionOldKeys.map((k) => [k.id, k.key] as const));
    keys.set(q.tokenEncryptionKeyId, q.tokenEncryptionKey);
    return { currentId: q.tokenEncryptionKeyId, keys };
  });
  bind(RATE_LIMITS).toDynamicValue((ctx) => ctx.get(CONFIG).qbo.limits);
  bind(READ_BUDGET_SETTINGS).toDynamicValue((ctx) => ctx.get(CONFIG).qbo.readBudget);
  bind(TOKEN_MANAGER_OPTIONS).toDynamicValue((ctx) => {
    const q = ctx.get(CONFIG).qbo;
    return { refreshMarginMs: q.tokenRefreshMarginMs, lockTimeoutMs: q.tokenLockTimeoutMs };
  });
  bind(OAUTH_ENDPOINTS).toDynamicValue((ctx) => {
    const q = ctx.get(CONFIG).qbo;
    return {
      clientId: q.clientId,
      clientSecret: q.clientSecret,
      redirectUri: q.redirectUri,
      environment: q.environment,
      authorizeUrl: q.authorizeUrl,
      tokenUrl: q.tokenUrl,
      revokeUrl: q.revokeUrl,
      timeoutMs: q.requestTimeoutMs,
    };
  });
  bind(NODE_QUICKBOOKS_OPTIONS).toDynamicValue((ctx) => {
    const q = ctx.get(CONFIG).qbo;
    return {
      clientId: q.clientId,
      clientSecret: q.clientSecret,
      apiBaseUrl: q.apiBaseUrl,
      minorVersion: q.minorVersion,
      requestTimeoutMs: q.requestTimeoutMs,
      maxRetries: q.maxRetries,
      retryBaseDelayMs: q.retryBaseDelayMs,
      retryMaxDelayMs: q.retryMaxDelayMs,
      throttlePauseMs: q.throttlePauseMs,
    };
  });
});
