import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { LINKAGE_KEYS_VERSION } from '../domain/linkage/linkage-record';
import { CustomerMirrorRepository } from './customer-mirror-repository';
import { writeLinkageKeys } from './linkage-keys-writer';
import { returnedRows } from './returned-rows';

export interface RekeyCustomerMirrorOptions {
  /** How long a replica owns a tenant's re-key before another may take it over (extended with each chunk). */
  leaseMs: number;
  /** Customers re-keyed per transaction. */
  chunkSize: number;
}

export const REKEY_CUSTOMER_MIRROR_OPTIONS: ServiceIdentifier<RekeyCustomerMirrorOptions> = Symbol.for('RekeyCustomerMirrorOptions');

/** A tenant's mirror claimed for a re-key. */
export interface RekeyClaim {
  tenantId: string;
  realmId: string;
}

/** What one re-key did: the tenant and how many customers were re-keyed; `done` false when it failed or was dropped (retried). */
export interface RekeyOutcome extends RekeyClaim {
  customers: number;
  done: boolean;
}

/**
 * Re-keys, locally, a ready mirror whose match keys (qbo_customer_match_keys) were written by an
 * older LINKAGE_KEYS_VERSION (qbo_customer_mirror_state.keys_version): the keys are rebuilt from
 * the stored rows, no QuickBooks read. One tenant per run, claimed with the mirror state's lease
 * (claimed_until, taken FOR UPDATE SKIP LOCKED) so that two replicas never re-key the same tenant
 * at once; then chunks of `chunkSize` customers in qbo_id order, one transaction each, holding
 * the tenant's connection row (the row every mirror write holds FOR SHARE, realm-guard.ts): no
 * customer changes between being read and keyed, so a concurrent upsert's keys are never
 * overwritten by those of the row it replaced. Finally the version is set, only if the mirror is
 * still that company's and ready. A failure is logged and leaves the version as it is: the tenant
 * is taken again in a later round (after the tenants never tried).
 */
@injectable()
export class RekeyCustomerMirror {
  private readonly logger: Logger;

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(REKEY_CUSTOMER_MIRROR_OPTIONS) private readonly options: RekeyCustomerMirrorOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'customer-mirror-rekey' });
  }

  /** Claims and re-keys one tenant whose mirror's keys are out of date; null when there is none. Never throws. */
  async runOnce(): Promise<RekeyOutcome | null> {
    let claim: RekeyClaim | null;
    try {
      claim = await this.claim();
    } catch (e) {
      this.logger.warn({ err: e }, 'customer mirror re-key: claim failed; will retry');
      return null;
    }
    if (claim === null) return null;
    return this.rekey(claim);
  }

  /**
   * Claims one ready mirror keyed under an older version, whose company is still the tenant's
   * (the tenants never tried first, then the oldest failure): its lease is set; null when none is free.
   */
  async claim(): Promise<RekeyClaim | null> {
    const result: unknown = await this.db.query(
      `WITH due AS (
         SELECT s.tenant_id FROM qbo_customer_mirror_state s
          WHERE s.keys_version < $1 AND s.status = 'ready' AND (s.claimed_until IS NULL OR s.claimed_until < now())
            AND EXISTS (SELECT 1 FROM qbo_connections c WHERE c.tenant_id = s.tenant_id AND c.realm_id = s.realm_id)
          ORDER BY s.claimed_until NULLS FIRST, s.tenant_id LIMIT 1 FOR UPDATE OF s SKIP LOCKED)
       UPDATE qbo_customer_mirror_state s SET claimed_until = now() + $2 * interval '1 millisecond'
         FROM due WHERE s.tenant_id = due.tenant_id
       RETURNING s.tenant_id, s.realm_id`,
      [LINKAGE_KEYS_VERSION, this.options.leaseMs],
    );
    const row = returnedRows<{ tenant_id: string; realm_id: string }>(result)[0];
    return row === undefined ? null : { tenantId: row.tenant_id, realmId: row.realm_id };
  }

  /** Re-keys a claimed tenant's mirror, chunk by chunk, then records the version. Never throws. */
  async rekey({ tenantId, realmId }: RekeyClaim): Promise<RekeyOutcome> {
    const log = this.logger.child({ tenantId, realmId });
    const startedAt = Date.now();
    let customers = 0;
    try {
      let after: string | null = null;
      for (;;) {
        const chunk = await this.rekeyChunk(tenantId, realmId, after);
        if (chunk === null) {
          log.info({ customers, ms: Date.now() - startedAt }, 'customer mirror re-key dropped: the tenant is no longer on this company');
          await this.release(tenantId, realmId);
          return { tenantId, realmId, customers, done: false };
        }
        customers += chunk.count;
        if (chunk.last === null || chunk.count < this.options.chunkSize) break;
        after = chunk.last;
      }
      const set: unknown = await this.db.query(
        `UPDATE qbo_customer_mirror_state SET keys_version = $3, claimed_until = NULL
          WHERE tenant_id = $1 AND realm_id = $2 AND status = 'ready' AND keys_version < $3
          RETURNING tenant_id`,
        [tenantId, realmId, LINKAGE_KEYS_VERSION],
      );
      // No row: reloaded (current keys, version set by the load) or moved to another company meanwhile.
      const recorded = returnedRows(set).length > 0;
      // The tenant's estimate rests on pairs its old keys found: due again now, on the new ones.
      if (recorded) await this.db.query(`UPDATE customer_linkage_parameters SET due_at = now() WHERE tenant_id = $1`, [tenantId]);
      log.info({ customers, ms: Date.now() - startedAt, keysVersion: LINKAGE_KEYS_VERSION, recorded }, 'customer mirror re-keyed from stored rows');
      return { tenantId, realmId, customers, done: true };
    } catch (e) {
      log.warn({ err: e, customers, ms: Date.now() - startedAt }, 'customer mirror re-key failed; will retry');
      await this.release(tenantId, realmId, true).catch((err: unknown) => log.warn({ err }, 'customer mirror re-key: release failed; the lease runs out'));
      return { tenantId, realmId, customers, done: false };
    }
  }

  /**
   * One transaction: holds the tenant's connection row while it is still on `realmId` (null when
   * not), rewrites the keys of the next customers after `after`, and extends the lease.
   */
  private async rekeyChunk(tenantId: string, realmId: string, after: string | null): Promise<{ count: number; last: string | null } | null> {
    return this.db.transaction(async (tx) => {
      const held: unknown[] = await tx.query(`SELECT 1 FROM qbo_connections WHERE tenant_id = $1 AND realm_id = $2 FOR NO KEY UPDATE`, [tenantId, realmId]);
      if (held.length === 0) return null;
      const page = await this.mirror.contactsAfter(tenantId, after, this.options.chunkSize, tx);
      await writeLinkageKeys(tx, tenantId, page);
      await tx.query(
        `UPDATE qbo_customer_mirror_state SET claimed_until = greatest(claimed_until, now() + $3 * interval '1 millisecond')
          WHERE tenant_id = $1 AND realm_id = $2 AND status = 'ready'`,
        [tenantId, realmId, this.options.leaseMs],
      );
      return { count: page.length, last: page[page.length - 1]?.qboId ?? null };
    });
  }

  /**
   * Gives the claim up. After a failure the tenant is tried again only after a pause (a minute at
   * most): a re-key that keeps failing must not hold the tenant's connection row every round.
   */
  private async release(tenantId: string, realmId: string, failed = false): Promise<void> {
    await this.db.query(
      `UPDATE qbo_customer_mirror_state SET claimed_until = now() + $3 * interval '1 millisecond' WHERE tenant_id = $1 AND realm_id = $2 AND status = 'ready'`,
      [tenantId, realmId, failed ? Math.min(this.options.leaseMs, 60_000) : 0],
    );
  }
}
