import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { QboConnectionRepository } from '../qbo/qbo-connection-repository';
import { realmChangedError } from '../qbo/realm-guard';
import { CustomerDecisionLog } from './customer-decision-log';
import { writeSyncEvent } from '../outbox/write-sync-event';
import { CustomerLinkRepository, linkedEvent } from './customer-link-repository';
import { CustomerMirrorRepository } from './customer-mirror-repository';

export interface MergeResult {
  movedCustomerIds: string[];
}

/**
 * Follows a merge made in QuickBooks (loser merged into keeper), whichever way the user
 * merged: the loser is marked merged-away in the mirror (never linked, recreated or
 * reactivated again), every link to it moves to the keeper with a decision, a notice and a
 * `customer.linked` sync event (method merge), and duplicate flags involving it are closed.
 */
@injectable()
export class ApplyQboMerge {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
    @inject(CustomerDecisionLog) private readonly decisions: CustomerDecisionLog,
    @inject(QboConnectionRepository) private readonly connections: QboConnectionRepository,
  ) {}

  /** `realmId`: the company the merge was seen in; applied only while the tenant is on it (its connection row held until commit). */
  async run(tenantId: string, realmId: string, loserId: string, keeperId: string): Promise<MergeResult> {
    if (loserId === keeperId) return { movedCustomerIds: [] };
    return this.db.transaction(async (tx) => {
      if (!(await this.connections.holdRealm(tx, tenantId, realmId))) throw realmChangedError(tenantId, realmId, `the merge of #${loserId} into #${keeperId}`);
      await this.mirror.markMerged(tenantId, loserId, keeperId, tx);
      const keeper = await this.mirror.get(tenantId, keeperId, tx);
      const moved: string[] = [];
      for (const link of await this.links.pointingAt(tenantId, realmId, loserId, tx)) {
        const reason = `QBO customer #${loserId} was merged into #${keeperId}${keeper ? ` ("${keeper.displayName}")` : ''} in QuickBooks: link moved`;
        await tx.query(
          `UPDATE customer_links SET qbo_customer_id = $3, status = 'linked', status_reason = $4, method = 'merge', updated_at = now()
           WHERE tenant_id = $1 AND customer_id = $2`,
          [tenantId, link.customerId, keeperId, reason],
        );
        await this.decisions.record(
          { tenantId, customerId: link.customerId, customerVersion: link.resolvedVersion, outcome: 'merge-followed', method: 'merge', qboCustomerId: keeperId, reason, actor: 'qbo-merge' },
          tx,
        );
        await this.links.notice(tenantId, { customerId: link.customerId, qboCustomerId: keeperId, kind: 'merge-followed', message: reason }, tx);
        await writeSyncEvent(tx, tenantId, 'customer.linked', linkedEvent(link.customerId, keeperId, 'merge', reason));
        moved.push(link.customerId);
      }
      await tx.query(
        `UPDATE customer_duplicate_flags SET resolved_at = now(), resolution = $4
         WHERE tenant_id = $1 AND resolved_at IS NULL AND (qbo_customer_id IN ($2, $3) AND other_qbo_customer_id IN ($2, $3))`,
        [tenantId, loserId, keeperId, `merged in QuickBooks: #${loserId} into #${keeperId}`],
      );
      await tx.query(
        `UPDATE customer_duplicate_flags SET resolved_at = now(), resolution = $3
         WHERE tenant_id = $1 AND resolved_at IS NULL AND (qbo_customer_id = $2 OR other_qbo_customer_id = $2)`,
        [tenantId, loserId, `#${loserId} was merged into #${keeperId}`],
      );
      return { movedCustomerIds: moved };
    });
  }
}
