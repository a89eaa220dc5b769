import { inject, injectable, ServiceIdentifier, optional } from 'inversify';
import { Metrics } from '../metrics/metrics';
import { OAuthTokenClient } from './oauth-token-client';
import { LOGGER } from '../tokens';
import { Logger } from '../logger';
import { OAuthTokens, QboConnection, QboConnectionRepository } from './qbo-connection-repository';
import { QboError } from './qbo-error';

/** What an API call needs: the company and a currently valid access token. */
export interface AccessGrant {
  tenantId: string;
  realmId: string;
  accessToken: string;
  accessExpiresAt: Date;
}

export interface TokenManagerOptions {
  /** Refresh when the access token has less than this left (default 5 minutes). */
  refreshMarginMs: number;
  /** How long to wait for another replica's refresh of the same company. */
  lockTimeoutMs: number;
  now?: () => number;
}

export const TOKEN_MANAGER_OPTIONS: ServiceIdentifier<TokenManagerOptions> = Symbol.for('TokenManagerOptions');

/** The subset of the OAuth client the manager uses (a test may count calls through it). */
export type TokenRefresher = Pick<OAuthTokenClient, 'refresh'>;

type LockedOutcome = { grant: AccessGrant; refreshed: boolean } | { error: QboError };

/**
 * Hands out access tokens per tenant and refreshes them before they expire. Nothing is cached
 * in the process: every grant is read from the connection row, with its realm.
 * Refreshes are serialised per company across replicas: the connection row is locked
 * (SELECT ... FOR UPDATE), re-read, and if another replica refreshed meanwhile its token is
 * used. The rotated refresh token is committed before the new access token is handed out.
 * `invalid_grant` marks the connection needs_reconnect and surfaces as QboError(kind reconnect).
 */
@injectable()
export class TokenManager {
  private readonly logger: Logger;
  private readonly inFlight = new Map<string, Promise<AccessGrant>>();
  private readonly now: () => number;

  constructor(
    @inject(QboConnectionRepository) private readonly connections: QboConnectionRepository,
    @inject(OAuthTokenClient) private readonly oauth: TokenRefresher,
    @inject(TOKEN_MANAGER_OPTIONS) private readonly options: TokenManagerOptions,
    @inject(LOGGER) logger: Logger,
    @inject(Metrics) @optional() private readonly metrics?: Metrics,
  ) {
    this.logger = logger.child({ component: 'qbo-tokens' });
    this.now = options.now ?? (() => Date.now());
  }

  /**
   * A token valid for at least the margin, refreshing first if needed. Read from Postgres on
   * every call (one primary-key row): no replica keeps a grant another replica may have
   * replaced, e.g. by reconnecting the tenant to another company.
   */
  async getAccess(tenantId: string): Promise<AccessGrant> {
    const conn = await this.connections.find(tenantId);
    const usable = this.checkUsable(tenantId, conn);
    if (usable.tokens.accessExpiresAt.getTime() - this.options.refreshMarginMs > this.now()) {
      return grantOf(usable, usable.tokens);
    }
    return this.refreshSerialised(tenantId, undefined);
  }

  /**
   * QBO refused `rejectedAccessToken` (401 / 3200): refresh unless another caller or replica
   * already replaced it, and return the token to retry with.
   */
  async refreshAfterRejection(tenantId: string, rejectedAccessToken: string): Promise<AccessGrant> {
    return this.refreshSerialised(tenantId, rejectedAccessToken);
  }

  /**
   * The API refused the connection (403 / 3100): it lost its rights to the company. Marks it
   * needs_reconnect, only while it is still connected to that company (a reconnect to another
   * company meanwhile is left alone).
   */
  async connectionLost(tenantId: string, realmId: string, reason: string): Promise<void> {
    if (await this.connections.markNeedsReconnect(tenantId, reason, realmId)) {
      this.logger.warn({ tenantId, realmId, reason }, 'qbo connection lost its rights; needs a reconnect');
    }
  }

  private refreshSerialised(tenantId: string, rejected: string | undefined): Promise<AccessGrant> {
    const running = this.inFlight.get(tenantId);
    if (running) return running;
    const p = this.refreshLocked(tenantId, rejected).finally(() => this.inFlight.delete(tenantId));
    this.inFlight.set(tenantId, p);
    return p;
  }

  private async refreshLocked(tenantId: string, rejected: string | undefined): Promise<AccessGrant> {
    const outcome = await this.connections.withLock<LockedOutcome>(tenantId, this.options.lockTimeoutMs, async (conn, tx) => {
      let usable: QboConnection & { tokens: OAuthTokens };
      try {
        usable = this.checkUsable(tenantId, conn);
      } catch (e) {
        if (e instanceof QboError) return { error: e };
        throw e;
      }
      const t = usable.tokens;
      const now = this.now();
      const stillGood =
        rejected === undefined
          ? t.accessExpiresAt.getTime() - this.options.refreshMarginMs > now
          : t.accessToken !== rejected && t.accessExpiresAt.getTime() > now;
      if (stillGood) return { grant: grantOf(usable, t), refreshed: false };

      if (t.refreshExpiresAt && t.refreshExpiresAt.getTime() <= now) {
        const reason = 'the refresh token expired';
        await tx.markNeedsReconnect(reason);
        return { error: reconnectError('refresh_token_expired', reason) };
      }
      let fresh: OAuthTokens;
      try {
        fresh = await this.oauth.refresh(t.refreshToken, new Date(now));
        this.metrics?.tokenRefreshes.inc({ outcome: 'ok' });
      } catch (e) {
        this.metrics?.tokenRefreshes.inc({ outcome: e instanceof QboError && e.kind === 'reconnect' ? 'reconnect' : 'error' });
        if (e instanceof QboError && e.kind === 'reconnect') {
          const reason = `token refresh refused: ${e.code}${e.detail ? ` (${e.detail})` : ''}`;
          await tx.markNeedsReconnect(reason);
          return { error: e };
        }
        throw e; // nothing written: the old refresh token stays, the caller retries later
      }
      await tx.saveTokens(fresh); // committed when this function returns, before the token is used
      return { grant: grantOf(usable, fresh), refreshed: true };
    });
    if ('error' in outcome) {
      this.logger.warn({ tenantId, code: outcome.error.code, kind: outcome.error.kind }, 'qbo connection needs attention');
      throw outcome.error;
    }
    if (outcome.refreshed) {
      this.logger.info(
        { tenantId, realmId: outcome.grant.realmId, accessExpiresAt: outcome.grant.accessExpiresAt.toISOString() },
        'qbo tokens refreshed',
      );
    }
    return outcome.grant;
  }

  private checkUsable(tenantId: string, conn: QboConnection | null): QboConnection & { tokens: OAuthTokens } {
    if (!conn) throw reconnectError('NOT_CONNECTED', `tenant ${tenantId} has no QuickBooks connection`);
    if (conn.status !== 'connected' || conn.tokens === null) {
      throw reconnectError(
        conn.status === 'disconnected' ? 'DISCONNECTED' : 'NEEDS_RECONNECT',
        `QuickBooks connection is ${conn.status}${conn.statusReason ? `: ${conn.statusReason}` : ''}`,
      );
    }
    return conn as QboConnection & { tokens: OAuthTokens };
  }

}

function grantOf(conn: QboConnection, t: OAuthTokens): AccessGrant {
  return { tenantId: conn.tenantId, realmId: conn.realmId, accessToken: t.accessToken, accessExpiresAt: t.accessExpiresAt };
}

function reconnectError(code: string, message: string): QboError {
  return new QboError({
    kind: 'reconnect',
    code,
    message,
    explanation: 'The QuickBooks connection of this company must be reconnected by a user; its work waits until then.',
  });
}
