import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { QBO_CLIENT, QboClient } from '../qbo/qbo-client';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { CustomerDecisionLog } from './customer-decision-log';
import { CustomerLinkage } from './customer-linkage';
import { CustomerLinkRepository } from './customer-link-repository';
import { CustomerMirrorRepository } from './customer-mirror-repository';

/** The answer to an operator's action: done, or a sentence saying what is wrong. */
export type OperatorResult = { ok: true; qboCustomerId: string; message: string } | { ok: false; error: string };

/**
 * An operator links an upstream customer to a chosen, active QBO customer (CLI and admin API),
 * even one that belongs to another upstream customer. The choice is kept as labelled pairs
 * (the chosen customer a match, the other candidates weighed not) for the tenant's m estimates.
 */
@injectable()
export class LinkCustomerByHand {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(CustomerDecisionLog) private readonly decisions: CustomerDecisionLog,
    @inject(CustomerLinkage) private readonly linkage: CustomerLinkage,
  ) {}

  async run(tenantId: string, customerId: string, qboCustomerId: string, actor = 'operator'): Promise<OperatorResult> {
    const customer = await this.links.upstreamCustomer(tenantId, customerId);
    if (customer === null) return { ok: false, error: `unknown customer ${customerId} for tenant ${tenantId}` };
    const realmId = await this.mirror.readyRealm(tenantId);
    if (realmId === null) return { ok: false, error: 'the customers of the connected QuickBooks company are not loaded yet: try again in a moment' };
    let target = await this.mirror.get(tenantId, qboCustomerId);
    if (target === null) {
      const read = await withCallPurpose('operator', () => this.qbo.readCustomer(tenantId, qboCustomerId));
      if (read === null) return { ok: false, error: `QuickBooks has no customer #${qboCustomerId}` };
      await this.mirror.upsert(tenantId, realmId, [read]);
      target = await this.mirror.get(tenantId, qboCustomerId);
    }
    if (target === null) return { ok: false, error: `QuickBooks has no customer #${qboCustomerId}` };
    if (target.mergedInto !== null) return { ok: false, error: `QBO customer #${qboCustomerId} was merged into #${target.mergedInto}: link to that one` };
    if (!target.active) return { ok: false, error: `QBO customer #${qboCustomerId} ("${target.displayName}") is inactive: reactivate it in QuickBooks first, or pick another` };
    const reason = `linked by ${actor} to #${qboCustomerId} ("${target.displayName}")`;
    const weighed = (await this.decisions.latest(tenantId, customerId))?.candidates ?? [];
    const chosen = target;
    await this.db.transaction(async (tx) => {
      await this.linkage.recordLabels(tenantId, customerId, customer.contact, chosen, weighed, actor, tx);
      await this.links.settle(tenantId, customerId, { status: 'linked', qboCustomerId, reason, method: 'operator', version: customer.version, realmId }, tx);
      await this.decisions.record({ tenantId, customerId, customerVersion: customer.version, outcome: 'operator-link', method: 'operator', qboCustomerId, reason, actor }, tx);
    });
    return { ok: true, qboCustomerId, message: reason };
  }

}
