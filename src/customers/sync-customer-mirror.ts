import { inject, injectable } from 'inversify';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { QBO_CLIENT, QboClient, QboCustomer } from '../qbo/qbo-client';
import { QboConnectionRepository } from '../qbo/qbo-connection-repository';
import { QboError } from '../qbo/qbo-error';
import { ApplyQboMerge } from './apply-qbo-merge';
import { CustomerMirrorRepository, MirroredCustomer } from './customer-mirror-repository';
import { LINKAGE_KEYS_VERSION } from '../domain/linkage/linkage-record';

/** Tolerated clock difference between this host and QBO. */
const CLOCK_SKEW_MS = 60_000;
const MERGED_NAME = /\s*\(deleted(?:-\d+)?\)$/i;

/**
 * Keeps the mirror of a company's customers fresh: a full paged read (active and inactive)
 * when the tenant connects, then the customers of the company's CDC reads (webhooks and the daily
 * backstop: invoices/ProcessCompanyChanges reads every entity with one call and hands the customers
 * to applyChanges). A customer going
 * inactive is either a merge (its name became the keeper's) → ApplyQboMerge, or a plain
 * deactivation → links to it are held for review and the tenant is told.
 */
@injectable()
export class SyncCustomerMirror {
  private readonly logger: Logger;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(ApplyQboMerge) private readonly merge: ApplyQboMerge,
    @inject(QboConnectionRepository) private readonly connections: QboConnectionRepository,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'customer-mirror' });
  }

  /**
   * The full read: every customer, active and inactive, streamed page by page (constant memory
   * whatever the company's size). Each page is upserted in a short transaction of its own, only
   * while the tenant is still on `realmId` (its connection row held until that commit), and the
   * load's lease is extended with it; only the Id and name of inactive customers are kept for the merge
   * check at the end. The mirror is marked ready only once the last page is in, with its keys at
   * LINKAGE_KEYS_VERSION (every page's keys were just written by this code).
   */
  async loadFull(tenantId: string, realmId: string): Promise<number> {
    const startedAt = new Date(Date.now() - CLOCK_SKEW_MS);
    const inactive: Array<Pick<QboCustomer, 'Id' | 'DisplayName'>> = [];
    const halted = () => {
      this.logger.warn({ tenantId, realmId }, 'customer mirror load dropped: the tenant is no longer connected to this company');
      return new QboError({
        kind: 'halted',
        code: 'REALM_CHANGED',
        message: `tenant ${tenantId} is no longer connected to company ${realmId}`,
        explanation: 'The account was reconnected to another QuickBooks company; what was read from the old one was dropped.',
      });
    };
    const count = await this.qbo.forEachCustomerPage(tenantId, [], async (page) => {
      const kept = await this.db.transaction(async (tx) => {
        if (!(await this.connections.holdRealm(tx, tenantId, realmId))) return false;
        await this.mirror.upsert(tenantId, realmId, page, {}, tx);
        await tx.query(
          `UPDATE qbo_customer_mirror_state SET claimed_until = greatest(claimed_until, now() + interval '5 minutes'), updated_at = now()
           WHERE tenant_id = $1 AND status = 'loading'`,
          [tenantId],
        );
        return true;
      });
      if (!kept) throw halted();
      for (const c of page) if (c.Active === false) inactive.push({ Id: c.Id, DisplayName: c.DisplayName });
    });
    const ready = await this.db.transaction(async (tx) => {
      if (!(await this.connections.holdRealm(tx, tenantId, realmId))) return false;
      await tx.query(
        `UPDATE qbo_customer_mirror_state SET status = 'ready', realm_id = $2, loaded_count = $3, loaded_at = now(), cdc_since = $4,
                last_cdc_at = now(), attempts = 0, last_error = NULL, claimed_until = NULL, keys_version = $5, updated_at = now()
         WHERE tenant_id = $1`,
        [tenantId, realmId, count, startedAt, LINKAGE_KEYS_VERSION],
      );
      return true;
    });
    if (!ready) throw halted();
    // A customer merged away before we connected: its name says "(deleted)"; remember where it went.
    for (const c of inactive) await this.detectMerge(tenantId, realmId, c, null);
    this.logger.info({ tenantId, customers: count }, 'customer mirror loaded');
    return count;
  }

  /** Mirrors changed customers (read from company `realmId`) and reacts to activity changes. */
  async applyChanges(tenantId: string, realmId: string, customers: readonly QboCustomer[]): Promise<void> {
    for (const c of customers) {
      const before = await this.mirror.get(tenantId, c.Id);
      await this.mirror.upsert(tenantId, realmId, [c]);
      const nowActive = c.Active !== false;
      if (before !== null && before.mergedInto !== null) continue;
      if (!nowActive && (before === null || before.active)) await this.detectMerge(tenantId, realmId, c, before);
      else if (nowActive && before !== null && !before.active) await this.requeueLinksTo(tenantId, realmId, c.Id);
    }
  }

  /**
   * An inactive customer whose name is now the keeper's (QBO's merge renames the loser to the
   * keeper's DisplayName; the emulator then adds " (deleted)") was merged; otherwise it was
   * just made inactive: links to it are re-resolved, which holds them for review and tells the tenant.
   */
  private async detectMerge(tenantId: string, realmId: string, c: Pick<QboCustomer, 'Id' | 'DisplayName'>, before: MirroredCustomer | null): Promise<void> {
    const base = c.DisplayName.replace(MERGED_NAME, '').trim();
    const renamed = base !== c.DisplayName.trim() || (before !== null && before.displayName.trim().toLowerCase() !== base.toLowerCase());
    if (renamed) {
      const keepers = (await this.mirror.findActiveByDisplayName(tenantId, base)).filter((k) => k.qboId !== c.Id);
      const keeper = keepers[0];
      if (keepers.length === 1 && keeper !== undefined) {
        await this.merge.run(tenantId, realmId, c.Id, keeper.qboId);
        this.logger.info({ tenantId, loserId: c.Id, keeperId: keeper.qboId }, 'QBO merge seen in CDC');
        return;
      }
    }
    await this.requeueLinksTo(tenantId, realmId, c.Id);
  }

  /** Makes links to this QBO customer resolve again (the resolver then holds or restores them). */
  private async requeueLinksTo(tenantId: string, realmId: string, qboId: string): Promise<void> {
    await this.db.query(
      `UPDATE customer_links SET resolved_version = LEAST(resolved_version, wanted_version - 1), updated_at = now()
       WHERE tenant_id = $1 AND qbo_customer_id = $2 AND wanted_version IS NOT NULL AND realm_id = $3`,
      [tenantId, qboId, realmId],
    );
    await this.db.query(`SELECT pg_notify('customer_resolution', '')`);
  }
}
