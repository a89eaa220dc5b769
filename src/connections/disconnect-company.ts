import { inject, injectable } from 'inversify';
import { OAuthTokenClient } from '../qbo/oauth-token-client';
import { LOGGER } from '../tokens';
import { CONNECTIONS_SETTINGS, ConnectionsSettings } from './connections-settings';
import { Logger } from '../logger';
import { QboConnectionRepository } from '../qbo/qbo-connection-repository';
import { QboError } from '../qbo/qbo-error';

export type DisconnectOutcome =
  | { ok: true; revoked: boolean; alreadyDisconnected: boolean }
  | { ok: false; reason: 'not_connected' | 'revoke_failed'; message: string; retriable: boolean };

/**
 * Disconnect: revokes the tokens at Intuit (which ends the whole authorisation: access and
 * refresh tokens), then marks the connection 'disconnected' and wipes its tokens. The revoke
 * runs while holding the connection row, so no refresh rotates the token under it. When Intuit
 * cannot be reached, nothing changes here and the caller may try again.
 */
@injectable()
export class DisconnectCompany {
  private readonly logger: Logger;
  constructor(
    @inject(QboConnectionRepository) private readonly connections: QboConnectionRepository,
    @inject(OAuthTokenClient) private readonly oauth: Pick<OAuthTokenClient, 'revoke'>,
    @inject(CONNECTIONS_SETTINGS) private readonly settings: Pick<ConnectionsSettings, 'tokenLockTimeoutMs'>,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'connect' });
  }

  async run(tenantId: string, reason = 'disconnected by user'): Promise<DisconnectOutcome> {
    const revoked = await this.connections.withLock(tenantId, this.settings.tokenLockTimeoutMs, async (conn) => {
      if (conn === null) return { state: 'none' as const };
      if (conn.status === 'disconnected') return { state: 'already' as const };
      if (conn.tokens === null) return { state: 'revoked' as const, revoked: false };
      try {
        await this.oauth.revoke(conn.tokens.refreshToken);
        return { state: 'revoked' as const, revoked: true };
      } catch (e) {
        if (e instanceof QboError && !e.retriable) {
          // The token is already dead at Intuit (invalid_grant and the like): nothing left to revoke.
          this.logger.warn({ tenantId, code: e.code }, 'revoke refused; the tokens were no longer valid');
          return { state: 'revoked' as const, revoked: false };
        }
        const why = e instanceof QboError ? e.code ?? e.kind : e instanceof Error ? e.message : String(e);
        return { state: 'failed' as const, why };
      }
    });
    if (revoked.state === 'none') return { ok: false, reason: 'not_connected', message: `tenant ${tenantId} has no QuickBooks connection`, retriable: false };
    if (revoked.state === 'already') return { ok: true, revoked: false, alreadyDisconnected: true };
    if (revoked.state === 'failed') {
      return { ok: false, reason: 'revoke_failed', message: `QuickBooks could not be reached to revoke the tokens (${revoked.why}); still connected, try again`, retriable: true };
    }
    await this.connections.markDisconnected(tenantId, reason);
    this.logger.info({ tenantId, revoked: revoked.revoked }, 'qbo company disconnected');
    return { ok: true, revoked: revoked.revoked, alreadyDisconnected: false };
  }
}
