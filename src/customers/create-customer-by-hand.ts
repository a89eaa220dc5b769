import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { CreateQboCustomer } from './create-qbo-customer';
import { CustomerDecisionLog } from './customer-decision-log';
import { CustomerLinkage } from './customer-linkage';
import { CustomerLinkRepository } from './customer-link-repository';
import { CustomerMirrorRepository } from './customer-mirror-repository';
import { OperatorResult } from './link-customer-by-hand';

/**
 * An operator has a new QBO customer created for an upstream customer (no matching; a held
 * name gets a suffix). The candidates the resolver had weighed are kept as labelled non-matches.
 */
@injectable()
export class CreateCustomerByHand {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
    @inject(CustomerDecisionLog) private readonly decisions: CustomerDecisionLog,
    @inject(CreateQboCustomer) private readonly create: CreateQboCustomer,
    @inject(CustomerLinkage) private readonly linkage: CustomerLinkage,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
  ) {}

  async run(tenantId: string, customerId: string, actor = 'operator'): Promise<OperatorResult> {
    const customer = await this.links.upstreamCustomer(tenantId, customerId);
    if (customer === null) return { ok: false, error: `unknown customer ${customerId} for tenant ${tenantId}` };
    if (customer.deleted) return { ok: false, error: `customer ${customerId} was deleted upstream` };
    const realmId = await this.mirror.readyRealm(tenantId);
    if (realmId === null) return { ok: false, error: 'the customers of the connected QuickBooks company are not loaded yet: try again in a moment' };
    const weighed = (await this.decisions.latest(tenantId, customerId))?.candidates ?? [];
    const created = await this.create.run({ tenantId, realmId, customerId, version: customer.version, contact: customer.contact, forceNew: true });
    // awaitFirstInvoice is not set: only the company's settings, not read yet just after a connect, hold an operator's create.
    if (created.kind === 'waiting') return { ok: false, error: `not created: ${created.reason}; try again in a moment` };
    const reason = `created by ${actor}: #${created.qboCustomerId}${created.kind === 'created' ? ` ("${created.displayName}")` : ''}${created.notes.length > 0 ? `; ${created.notes.join('; ')}` : ''}`;
    await this.db.transaction(async (tx) => {
      await this.linkage.recordLabels(tenantId, customerId, customer.contact, null, weighed, actor, tx);
      await this.links.settle(tenantId, customerId, { status: 'linked', qboCustomerId: created.qboCustomerId, reason, method: 'operator-create', version: customer.version, realmId }, tx);
      await this.decisions.record(
        { tenantId, customerId, customerVersion: customer.version, outcome: 'operator-create', method: 'operator', qboCustomerId: created.qboCustomerId, reason, repairs: created.repairs, actor },
        tx,
      );
    });
    return { ok: true, qboCustomerId: created.qboCustomerId, message: reason };
  }

}
