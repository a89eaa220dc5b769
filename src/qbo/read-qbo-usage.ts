import { inject, injectable } from 'inversify';
import { QboReadBudget, ReadBudgetStatus } from './qbo-read-budget';
import { QboUsageMeter, TenantMonthUsage } from './qbo-usage-meter';

/** A tenant's QuickBooks calls this month and the app's read budget, for the status JSON and the CLI. */
export interface QboUsageView {
  /** This tenant's calls this UTC month (Core: writes; CorePlus: reads, metered), by purpose, and today's. */
  tenant: TenantMonthUsage;
  /** Every tenant together, against the app's monthly CorePlus budget; whether reads wait and why. */
  app: ReadBudgetStatus;
}

/** The status section of QuickBooks calls (counted by QboUsageMeter in the call policy). */
@injectable()
export class ReadQboUsage {
  constructor(
    @inject(QboUsageMeter) private readonly meter: QboUsageMeter,
    @inject(QboReadBudget) private readonly budget: QboReadBudget,
  ) {}

  async run(tenantId: string, realmId: string | null): Promise<QboUsageView> {
    const [tenant, app] = await Promise.all([this.meter.tenantMonth(tenantId), this.budget.status(realmId)]);
    return { tenant, app };
  }
}
