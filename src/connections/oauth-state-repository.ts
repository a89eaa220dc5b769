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
  | { ok: false; reason: 'missing' | 'unknown' | 'reused' | 'expired'; tenantId: string | null; id: string | null };

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

  async issue(tenantId: string, ttlSeconds: number, draft: SettingsDraft | null): Promise<IssuedState> {
    const state = randomBytes(32).toString('base64url');
    await this.dataSource.query(`DELETE FROM connect_oauth_states WHERE created_at < now() - interval '${KEEP_ROWS_FOR}'`);
    const rows = (await this.dataSource.query(
      `INSERT INTO connect_oauth_states (tenant_id, state_hash, draft, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING id::text AS id, expires_at`,
      [tenantId, sha256(state), draft === null ? null : JSON.stringify(draft), ttlSeconds],
    )) as Array<{ id: string; expires_at: Date }>;
    const row = rows[0];
    if (!row) throw new Error('the OAuth state was not stored');
    return { state, id: row.id, expiresAt: new Date(row.expires_at) };
  }

  /** Marks the state used (once, ever) and says whether it was good. */
  async consume(state: string | undefined): Promise<ConsumedState> {
    if (state === undefined || state === '') return { ok: false, reason: 'missing', tenantId: null, id: null };
    const hash = sha256(state);
    const used = (await this.dataSource.query(
      `UPDATE connect_oauth_states SET used_at = now() WHERE state_hash = $1 AND used_at IS NULL
       RETURNING id::text AS id, tenant_id, draft, expires_at <= now() AS expired`,
      [hash],
    )) as [Array<{ id: string; tenant_id: string; draft: SettingsDraft | null; expired: boolean }>, number];
    const row = used[0][0];
    if (row) {
      if (row.expired) {
        await this.recordOutcome(row.id, 'expired state');
        return { ok: false, reason: 'expired', tenantId: row.tenant_id, id: row.id };
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
