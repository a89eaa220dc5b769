import { randomBytes } from 'node:crypto';
import type { EmulatorConfig } from './emulator-config';

/** One authorisation of one client for one company: all tokens from it form a family. */
interface Connection {
  id: string;
  realmId: string;
  /** null: opened through the admin shortcut, usable by any client. */
  clientId: string | null;
  hardExpiresAtMs: number;
  revoked: boolean;
}

interface AccessToken {
  connectionId: string;
  expiresAtMs: number;
}

interface RefreshToken {
  connectionId: string;
  expiresAtMs: number;
  /** Set once it has been exchanged for a newer one: refresh tokens rotate. */
  superseded: boolean;
}

interface AuthCode {
  clientId: string;
  redirectUri: string;
  realmId: string;
  expiresAtMs: number;
  used: boolean;
}

/** The JSON Intuit's token endpoint answers. */
export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  token_type: 'bearer';
  expires_in: number;
  x_refresh_token_expires_in: number;
  x_refresh_token_hard_expires_in: number;
}

export type AuthResult =
  | { ok: true; realmId: string; clientId: string | null }
  | { ok: false; reason: 'missing' | 'unknown' | 'expired' | 'revoked' | 'wrong_realm' };

function opaque(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export class TokenStore {
  private readonly connections = new Map<string, Connection>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  private readonly codes = new Map<string, AuthCode>();
  /** `realmId\nclientId` (or `realmId\n*`): apps whose rights to a company were withdrawn. */
  private readonly withdrawn = new Set<string>();

  issueCode(clientId: string, redirectUri: string, realmId: string, config: EmulatorConfig): string {
    const code = opaque('AB11');
    this.codes.set(code, {
      clientId,
      redirectUri,
      realmId,
      expiresAtMs: Date.now() + config.oauth.authCodeTtlSeconds * 1000,
      used: false,
    });
    return code;
  }

  /** authorization_code grant: a code works once, for the client and redirect_uri it was issued to. */
  exchangeCode(code: string, clientId: string, redirectUri: string, config: EmulatorConfig): TokenResponse | null {
    const entry = this.codes.get(code);
    if (!entry || entry.used || entry.expiresAtMs <= Date.now() || entry.clientId !== clientId || entry.redirectUri !== redirectUri) {
      if (entry) entry.used = true;
      return null;
    }
    entry.used = true;
    return this.connect(entry.realmId, clientId, config);
  }

  /** Opens a new connection (token family) and issues its first pair of tokens. */
  connect(realmId: string, clientId: string | null, config: EmulatorConfig): TokenResponse {
    const connection: Connection = {
      id: opaque('conn-'),
      realmId,
      clientId,
      hardExpiresAtMs: Date.now() + config.oauth.refreshTokenHardTtlSeconds * 1000,
      revoked: false,
    };
    this.connections.set(connection.id, connection);
    return this.issuePair(connection, config);
  }

  /** refresh_token grant: the presented token is consumed and a new one returned (rotation). */
  refresh(refreshToken: string, clientId: string, config: EmulatorConfig): TokenResponse | null {
    const entry = this.refreshTokens.get(refreshToken);
    if (!entry || entry.superseded || entry.expiresAtMs <= Date.now()) return null;
    const connection = this.connections.get(entry.connectionId);
    if (!connection || connection.revoked || (connection.clientId !== null && connection.clientId !== clientId) || connection.hardExpiresAtMs <= Date.now()) return null;
    entry.superseded = true;
    return this.issuePair(connection, config);
  }

  /** Revokes the connection the token (access or refresh) belongs to. */
  revoke(token: string): boolean {
    const connectionId = this.accessTokens.get(token)?.connectionId ?? this.refreshTokens.get(token)?.connectionId;
    const connection = connectionId === undefined ? undefined : this.connections.get(connectionId);
    if (!connection) return false;
    connection.revoked = true;
    return true;
  }

  authenticate(authorization: string | undefined, realmId: string | undefined): AuthResult {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match?.[1]) return { ok: false, reason: 'missing' };
    const entry = this.accessTokens.get(match[1]);
    if (!entry) return { ok: false, reason: 'unknown' };
    const connection = this.connections.get(entry.connectionId);
    if (!connection) return { ok: false, reason: 'unknown' };
    if (connection.revoked) return { ok: false, reason: 'revoked' };
    if (entry.expiresAtMs <= Date.now()) return { ok: false, reason: 'expired' };
    if (realmId !== undefined && connection.realmId !== realmId) return { ok: false, reason: 'wrong_realm' };
    return { ok: true, realmId: connection.realmId, clientId: connection.clientId };
  }

  /**
   * Withdraws (or gives back) an app's rights to a company: its tokens still authenticate and
   * refresh, but every API call of that app for that company answers 403 / 3100
   * (ApplicationAuthorizationFailed), as QBO does when the connection lost its rights. A null
   * client means every app.
   */
  setRightsWithdrawn(realmId: string, clientId: string | null, withdrawn: boolean): void {
    const key = `${realmId}\n${clientId ?? '*'}`;
    if (withdrawn) this.withdrawn.add(key);
    else this.withdrawn.delete(key);
  }

  rightsWithdrawn(realmId: string, clientId: string | null): boolean {
    return this.withdrawn.has(`${realmId}\n*`) || (clientId !== null && this.withdrawn.has(`${realmId}\n${clientId}`));
  }

  /** Expires every current access token of a company (refresh tokens stay valid). */
  expireAccessTokens(realmId: string): number {
    let count = 0;
    const now = Date.now();
    for (const entry of this.accessTokens.values()) {
      const connection = this.connections.get(entry.connectionId);
      if (connection?.realmId === realmId && entry.expiresAtMs > now) {
        entry.expiresAtMs = now - 1;
        count += 1;
      }
    }
    return count;
  }

  clear(): void {
    this.connections.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.codes.clear();
    this.withdrawn.clear();
  }

  private issuePair(connection: Connection, config: EmulatorConfig): TokenResponse {
    const now = Date.now();
    const accessToken = opaque('eyJemu.');
    const refreshToken = opaque('RT1-');
    const refreshExpires = Math.min(now + config.oauth.refreshTokenTtlSeconds * 1000, connection.hardExpiresAtMs);
    this.accessTokens.set(accessToken, { connectionId: connection.id, expiresAtMs: now + config.oauth.accessTokenTtlSeconds * 1000 });
    this.refreshTokens.set(refreshToken, { connectionId: connection.id, expiresAtMs: refreshExpires, superseded: false });
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: 'bearer',
      expires_in: config.oauth.accessTokenTtlSeconds,
      x_refresh_token_expires_in: Math.floor((refreshExpires - now) / 1000),
      x_refresh_token_hard_expires_in: Math.floor((connection.hardExpiresAtMs - now) / 1000),
    };
  }
}
