import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The settings form as it was when Connect was clicked (raw form values, shown again after the round trip). */
export type SettingsDraft = Record<string, string>;

export interface IssuedState {
  /** The opaque value sent to Intuit as `state`; only its hash is stored. */
  state: string;
  id: string;
  expiresAt: Date;
}

/** What a returning `state` turned out to be. */
export type ConsumedState =
  | { ok: true; id: string; tenantId: string; draft: SettingsDraft | null }
  | { ok: false; reason: 'missing' | 'unknown' | 'reused' | 'expired' | 'other_browser'; tenantId: string | null; id: string | null };

/** A fresh random value for a browser's connect cookie (only its hash is stored). */
export function newBrowserNonce(): string {
  return randomBytes(32).toString('base64url');
}

const KEEP_ROWS_FOR = '7 days';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The `connect_oauth_states` table. A state is bound to one tenant, expires, and is consumed
 * by the first callback that brings it (an atomic UPDATE ... WHERE used_at IS NULL), so a
 * reused state is refused even when two callbacks race. Codes are remembered by hash: a code
 * that comes back is refused before anything is sent to Intuit.
 */
@injectable()
export class OAuthStateRepository {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * A new state for `tenantId`. `browserNonce`: the value of the cookie set in the browser that
   * starts the round trip (its hash is stored); null when an operator's start link will bind the
   * browser later (`bindBrowser`).
   */
  async issue(tenantId: string, ttlSeconds: number, draft: SettingsDraft | null, browserNonce: string | null): Promise<IssuedState> {
    const state = randomBytes(32).toString('base64url');
    await this.dataSource.query(`DELETE FROM connect_oauth_states WHERE created_at < now() - interval '${KEEP_ROWS_FOR}'`);
    const rows = (await this.dataSource.query(
      `INSERT INTO connect_oauth_states (tenant_id, state_hash, draft, expires_at, browser_hash)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5) RETURNING id::text AS id, expires_at`,
      [tenantId, sha256(state), draft === null ? null : JSON.stringify(draft), ttlSeconds, browserNonce === null ? null : sha256(browserNonce)],
    )) as Array<{ id: string; expires_at: Date }>;
    const row = rows[0];
    if (!row) throw new Error('the OAuth state was not stored');
    return { state, id: row.id, expiresAt: new Date(row.expires_at) };
  }

  /**
   * Binds a state issued without a browser to the first browser that opens its start link
   * (one UPDATE: a second browser finds it bound). The expiry, or null when the state is unknown,
   * used, expired or already bound.
   */
  async bindBrowser(state: string, browserNonce: string): Promise<Date | null> {
    const rows = (await this.dataSource.query(
      `UPDATE connect_oauth_states SET browser_hash = $2
       WHERE state_hash = $1 AND browser_hash IS NULL AND used_at IS NULL AND expires_at > now()
       RETURNING expires_at`,
      [sha256(state), sha256(browserNonce)],
    )) as [Array<{ expires_at: Date }>, number];
    const row = rows[0][0];
    return row ? new Date(row.expires_at) : null;
  }

  /**
   * Marks the state used (once, ever) and says whether it was good: known, unused, unexpired,
   * and coming back to the browser that started it (`browserNonce`, from its cookie). A state
   * brought by another browser is used up too: its consent URL has left the browser it was for.
   */
  async consume(state: string | undefined, browserNonce: string | undefined): Promise<ConsumedState> {
    if (state === undefined || state === '') return { ok: false, reason: 'missing', tenantId: null, id: null };
    const hash = sha256(state);
    const used = (await this.dataSource.query(
      `UPDATE connect_oauth_states SET used_at = now() WHERE state_hash = $1 AND used_at IS NULL
       RETURNING id::text AS id, tenant_id, draft, expires_at <= now() AS expired,
                 (browser_hash IS NOT NULL AND browser_hash = $2) AS same_browser`,
      [hash, browserNonce === undefined || browserNonce === '' ? null : sha256(browserNonce)],
    )) as [Array<{ id: string; tenant_id: string; draft: SettingsDraft | null; expired: boolean; same_browser: boolean | null }>, number];
    const row = used[0][0];
    if (row) {
      if (row.expired) {
        await this.recordOutcome(row.id, 'expired state');
        return { ok: false, reason: 'expired', tenantId: row.tenant_id, id: row.id };
      }
      if (row.same_browser !== true) {
        await this.recordOutcome(row.id, 'other browser');
        return { ok: false, reason: 'other_browser', tenantId: row.tenant_id, id: row.id };
      }
      return { ok: true, id: row.id, tenantId: row.tenant_id, draft: row.draft };
    }
    const seen = (await this.dataSource.query(`SELECT id::text AS id, tenant_id FROM connect_oauth_states WHERE state_hash = $1`, [hash])) as Array<{
      id: string;
      tenant_id: string;
    }>;
    const prior = seen[0];
    return prior ? { ok: false, reason: 'reused', tenantId: prior.tenant_id, id: prior.id } : { ok: false, reason: 'unknown', tenantId: null, id: null };
  }

  /** Remembers the code against the state; false when this code was seen before (a replay). */
  async claimCode(stateId: string, code: string): Promise<boolean> {
    const hash = sha256(code);
    try {
      const res = (await this.dataSource.query(
        `UPDATE connect_oauth_states SET code_hash = $2
         WHERE id = $1 AND code_hash IS NULL AND NOT EXISTS (SELECT 1 FROM connect_oauth_states WHERE code_hash = $2)`,
        [stateId, hash],
      )) as [unknown[], number];
      return res[1] === 1;
    } catch (e) {
      if (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505') return false;
      throw e;
    }
  }

  async recordOutcome(stateId: string, outcome: string): Promise<void> {
    await this.dataSource.query(`UPDATE connect_oauth_states SET outcome = $2 WHERE id = $1`, [stateId, outcome.slice(0, 500)]);
  }

  /** The draft of a finished round trip of this tenant (for the page it returns to), if still kept. */
  async findDraft(tenantId: string, stateId: string): Promise<SettingsDraft | null> {
    if (!/^\d{1,18}$/.test(stateId)) return null;
    const rows = (await this.dataSource.query(
      `SELECT draft FROM connect_oauth_states
       WHERE id = $1 AND tenant_id = $2 AND used_at IS NOT NULL AND created_at > now() - interval '1 day'`,
      [stateId, tenantId],
    )) as Array<{ draft: SettingsDraft | null }>;
    return rows[0]?.draft ?? null;
  }
}
