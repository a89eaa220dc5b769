import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, QueryRunner } from 'typeorm';
import { TokenCipher } from './token-cipher';

export type ConnectionStatus = 'connected' | 'needs_reconnect' | 'disconnected';

export interface OAuthTokens {
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date | null;
  refreshHardExpiresAt?: Date | null;
}

export interface QboConnection {
  tenantId: string;
  realmId: string;
  companyName: string | null;
  status: ConnectionStatus;
  statusReason: string | null;
  /** Decrypted tokens; null when the connection has none (disconnected). */
  tokens: OAuthTokens | null;
  /** Increases on every token write: a cheap way to see that another replica refreshed. */
  tokenVersion: number;
  refreshedAt: Date | null;
  updatedAt: Date;
}

/** What the connect's CompanyInfo read keeps (QboConnectionRepository.saveCompanyInfo). */
export interface ConnectedCompanyInfo {
  companyName: string | null;
  /** CompanyInfo.Country as QuickBooks wrote it (alpha-2 or alpha-3); null when it has none. */
  country: string | null;
}

/** What a caller may do while it holds the connection row's lock. */
export interface LockedConnection {
  saveTokens(tokens: OAuthTokens): Promise<void>;
  markNeedsReconnect(reason: string): Promise<void>;
}

interface Row {
  tenant_id: string;
  realm_id: string;
  company_name: string | null;
  access_token_enc: string | null;
  access_expires_at: Date | null;
  refresh_token_enc: string | null;
  refresh_expires_at: Date | null;
  refresh_hard_expires_at: Date | null;
  status: ConnectionStatus;
  status_reason: string | null;
  token_version: string;
  refreshed_at: Date | null;
  updated_at: Date;
}

/** Runs `statement` again (up to 5 times, a short random pause between) when Postgres undid it as a deadlock's victim or a serialization failure. */
async function retryOnDeadlock<T>(statement: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      // TypeORM's QueryFailedError carries pg's error (and its SQLSTATE) as driverError.
      const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
      const code = e?.driverError?.code ?? e?.code;
      if (attempt >= 5 || (code !== '40P01' && code !== '40001')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
    }
  }
}

const COLUMNS = `tenant_id, realm_id, company_name, access_token_enc, access_expires_at, refresh_token_enc,
  refresh_expires_at, refresh_hard_expires_at, status, status_reason, token_version, refreshed_at, updated_at`;

/**
 * The qbo_connections table: one QuickBooks company per tenant, tokens encrypted at rest.
 * `withLock` runs a function while holding the row (SELECT ... FOR UPDATE in a transaction),
 * which is how token refreshes are serialised across replicas.
 */
@injectable()
export class QboConnectionRepository {
  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(TokenCipher) private readonly cipher: TokenCipher,
  ) {}

  /**
   * Records a (re)connected company with fresh tokens: the OAuth callback calls this. The row's
   * triggers touch the tenant's cursors and load states, which the workers' rounds lock in the
   * other order: Postgres may undo this statement as a deadlock's victim (seen with two workers
   * running during a company switch), so a deadlock or serialization failure is retried.
   */
  async saveConnected(tenantId: string, realmId: string, companyName: string | null, tokens: OAuthTokens): Promise<void> {
    const enc = this.encryptTokens(tenantId, tokens);
    await retryOnDeadlock(() => this.dataSource.query(
      `INSERT INTO qbo_connections (tenant_id, realm_id, company_name, access_token_enc, access_expires_at,
         refresh_token_enc, refresh_expires_at, refresh_hard_expires_at, status, status_reason, token_version, refreshed_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'connected', NULL, 1, now(), now())
       ON CONFLICT (tenant_id) DO UPDATE SET
         realm_id = EXCLUDED.realm_id, company_name = EXCLUDED.company_name, company_country = NULL, company_info_read_at = NULL,
         access_token_enc = EXCLUDED.access_token_enc, access_expires_at = EXCLUDED.access_expires_at,
         refresh_token_enc = EXCLUDED.refresh_token_enc, refresh_expires_at = EXCLUDED.refresh_expires_at,
         refresh_hard_expires_at = EXCLUDED.refresh_hard_expires_at,
         status = 'connected', status_reason = NULL,
         token_version = qbo_connections.token_version + 1, refreshed_at = now(), updated_at = now()`,
      [tenantId, realmId, companyName, enc.access, tokens.accessExpiresAt, enc.refresh, tokens.refreshExpiresAt, tokens.refreshHardExpiresAt ?? null],
    ));
  }

  /**
   * What the connect's CompanyInfo read found (the name shown, the country the company profile
   * needs), kept while the tenant is on `realmId`: the company lists then need not read it again.
   */
  async saveCompanyInfo(tenantId: string, realmId: string, info: ConnectedCompanyInfo): Promise<void> {
    await this.dataSource.query(
      `UPDATE qbo_connections SET company_name = coalesce($3, company_name), company_country = $4, company_info_read_at = now(), updated_at = now()
        WHERE tenant_id = $1 AND realm_id = $2`,
      [tenantId, realmId, info.companyName, info.country],
    );
  }

  /** The CompanyInfo read at connect (saveCompanyInfo), while the tenant is still on `realmId`; null when it was not read. */
  async companyInfo(tenantId: string, realmId: string): Promise<ConnectedCompanyInfo | null> {
    const rows = (await this.dataSource.query(
      `SELECT company_name, company_country FROM qbo_connections WHERE tenant_id = $1 AND realm_id = $2 AND company_info_read_at IS NOT NULL`,
      [tenantId, realmId],
    )) as Array<{ company_name: string | null; company_country: string | null }>;
    const row = rows[0];
    return row === undefined ? null : { companyName: row.company_name, country: row.company_country };
  }

  async find(tenantId: string): Promise<QboConnection | null> {
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM qbo_connections WHERE tenant_id = $1`, [tenantId])) as Row[];
    return rows[0] ? this.toConnection(rows[0]) : null;
  }

  /**
   * Inside the caller's transaction: is the tenant still connected to `realmId`? If so the
   * connection row is held (FOR SHARE) until that transaction ends, so a reconnect to another
   * company waits for it, and its trigger then forgets what this transaction wrote. Data read
   * from a company is written only under this guard.
   */
  async holdRealm(q: Pick<QueryRunner['manager'], 'query'>, tenantId: string, realmId: string): Promise<boolean> {
    const rows = (await q.query(`SELECT 1 FROM qbo_connections WHERE tenant_id = $1 AND realm_id = $2 AND status = 'connected' FOR SHARE`, [
      tenantId,
      realmId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** Marks a connected tenant needs_reconnect (only while on `realmId`, when given); true when it changed. */
  async markNeedsReconnect(tenantId: string, reason: string, realmId?: string): Promise<boolean> {
    const res = (await this.dataSource.query(
      `UPDATE qbo_connections SET status = 'needs_reconnect', status_reason = $2, updated_at = now()
       WHERE tenant_id = $1 AND status = 'connected' AND ($3::text IS NULL OR realm_id = $3)`,
      [tenantId, reason, realmId ?? null],
    )) as [unknown[], number];
    return res[1] > 0;
  }

  /** After a revoke: the tokens are wiped, the row (realm, company) stays for history. */
  async markDisconnected(tenantId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE qbo_connections SET status = 'disconnected', status_reason = $2, access_token_enc = NULL, access_expires_at = NULL,
         refresh_token_enc = NULL, refresh_expires_at = NULL, refresh_hard_expires_at = NULL,
         token_version = token_version + 1, updated_at = now()
       WHERE tenant_id = $1`,
      [tenantId, reason],
    );
  }

  /**
   * Runs `fn` inside a transaction holding the connection row (SELECT ... FOR UPDATE), then
   * commits. Another replica calling withLock for the same tenant waits (up to `lockTimeoutMs`)
   * and then sees what this one committed. `fn` gets null when there is no such connection.
   * Throwing from `fn` rolls back; return a value to keep what was written.
   */
  async withLock<T>(tenantId: string, lockTimeoutMs: number, fn: (conn: QboConnection | null, tx: LockedConnection) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('lock_timeout', $1, true)`, [`${Math.max(1, Math.floor(lockTimeoutMs))}ms`]);
      const rows = (await runner.query(`SELECT ${COLUMNS} FROM qbo_connections WHERE tenant_id = $1 FOR UPDATE`, [tenantId])) as Row[];
      const conn = rows[0] ? this.toConnection(rows[0]) : null;
      const result = await fn(conn, this.lockedOps(runner, tenantId));
      await runner.commitTransaction();
      return result;
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  private lockedOps(runner: QueryRunner, tenantId: string): LockedConnection {
    return {
      saveTokens: async (tokens) => {
        const enc = this.encryptTokens(tenantId, tokens);
        await runner.query(
          `UPDATE qbo_connections SET access_token_enc = $2, access_expires_at = $3, refresh_token_enc = $4,
             refresh_expires_at = $5, refresh_hard_expires_at = COALESCE($6, refresh_hard_expires_at),
             token_version = token_version + 1, refreshed_at = now(), updated_at = now()
           WHERE tenant_id = $1`,
          [tenantId, enc.access, tokens.accessExpiresAt, enc.refresh, tokens.refreshExpiresAt, tokens.refreshHardExpiresAt ?? null],
        );
      },
      markNeedsReconnect: async (reason) => {
        await runner.query(
          `UPDATE qbo_connections SET status = 'needs_reconnect', status_reason = $2, updated_at = now() WHERE tenant_id = $1`,
          [tenantId, reason],
        );
      },
    };
  }

  /** Tenants with stored tokens, after `afterTenantId`, in order (rotate-key's pages). */
  async tenantsWithTokens(afterTenantId: string, limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT tenant_id FROM qbo_connections
       WHERE (access_token_enc IS NOT NULL OR refresh_token_enc IS NOT NULL) AND tenant_id > $1
       ORDER BY tenant_id LIMIT $2`,
      [afterTenantId, limit],
    )) as Array<{ tenant_id: string }>;
    return rows.map((r) => r.tenant_id);
  }

  /** How many stored tokens each key id holds ("v1" values, which name no key: `unnamed`). */
  async countTokensByKey(): Promise<Record<string, number>> {
    const rows = (await this.dataSource.query(
      `SELECT CASE WHEN enc LIKE 'v2.%' THEN split_part(enc, '.', 2) ELSE 'unnamed' END AS key_id, count(*)::int AS n
       FROM qbo_connections, LATERAL (VALUES (access_token_enc), (refresh_token_enc)) AS t(enc)
       WHERE enc IS NOT NULL GROUP BY 1 ORDER BY 1`,
    )) as Array<{ key_id: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.key_id, r.n]));
  }

  /**
   * Re-encrypts the tenant's tokens with the current key when either is under another key, while
   * holding the row (FOR UPDATE), so a token refresh on another replica waits and never loses its
   * write. The tokens themselves (and token_version) do not change. True when it rewrote them.
   */
  async reencryptTokens(tenantId: string, lockTimeoutMs: number): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('lock_timeout', $1, true)`, [`${Math.max(1, Math.floor(lockTimeoutMs))}ms`]);
      const rows = (await runner.query(
        `SELECT access_token_enc, refresh_token_enc FROM qbo_connections WHERE tenant_id = $1 FOR UPDATE`,
        [tenantId],
      )) as Array<{ access_token_enc: string | null; refresh_token_enc: string | null }>;
      const row = rows[0];
      const rewrite = (enc: string | null, purpose: string): string | null =>
        enc === null || !this.cipher.needsRotation(enc)
          ? enc
          : this.cipher.encrypt(this.cipher.decrypt(enc, `${tenantId}:${purpose}`), `${tenantId}:${purpose}`);
      const access = row ? rewrite(row.access_token_enc, 'access') : null;
      const refresh = row ? rewrite(row.refresh_token_enc, 'refresh') : null;
      const changed = row !== undefined && (access !== row.access_token_enc || refresh !== row.refresh_token_enc);
      if (changed) {
        await runner.query(`UPDATE qbo_connections SET access_token_enc = $2, refresh_token_enc = $3 WHERE tenant_id = $1`, [
          tenantId,
          access,
          refresh,
        ]);
      }
      await runner.commitTransaction();
      return changed;
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  private encryptTokens(tenantId: string, t: OAuthTokens): { access: string; refresh: string } {
    return {
      access: this.cipher.encrypt(t.accessToken, `${tenantId}:access`),
      refresh: this.cipher.encrypt(t.refreshToken, `${tenantId}:refresh`),
    };
  }

  private toConnection(r: Row): QboConnection {
    const tokens =
      r.access_token_enc !== null && r.refresh_token_enc !== null && r.access_expires_at !== null
        ? {
            accessToken: this.cipher.decrypt(r.access_token_enc, `${r.tenant_id}:access`),
            accessExpiresAt: new Date(r.access_expires_at),
            refreshToken: this.cipher.decrypt(r.refresh_token_enc, `${r.tenant_id}:refresh`),
            refreshExpiresAt: r.refresh_expires_at === null ? null : new Date(r.refresh_expires_at),
            refreshHardExpiresAt: r.refresh_hard_expires_at === null ? null : new Date(r.refresh_hard_expires_at),
          }
        : null;
    return {
      tenantId: r.tenant_id,
      realmId: r.realm_id,
      companyName: r.company_name,
      status: r.status,
      statusReason: r.status_reason,
      tokens,
      tokenVersion: Number(r.token_version),
      refreshedAt: r.refreshed_at === null ? null : new Date(r.refreshed_at),
      updatedAt: new Date(r.updated_at),
    };
  }
}
