import { inject, injectable } from 'inversify';
import { CustomerDecisionLog, StoredDecision } from './customer-decision-log';
import { CustomerLink, CustomerLinkRepository } from './customer-link-repository';

export interface Explanation {
  tenantId: string;
  customerId: string;
  link: CustomerLink | null;
  decisions: StoredDecision[];
}

/** Why a customer is linked (or held) where it is: its link and every decision, with candidates and evidence. */
@injectable()
export class ExplainCustomer {
  constructor(
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
    @inject(CustomerDecisionLog) private readonly decisions: CustomerDecisionLog,
  ) {}

  async run(tenantId: string, customerId: string): Promise<Explanation> {
    return {
      tenantId,
      customerId,
      link: await this.links.find(tenantId, customerId),
      decisions: await this.decisions.history(tenantId, customerId),
    };
  }
}
