import { inject, injectable, ServiceIdentifier } from 'inversify';
import { LOGGER } from '../tokens';
import { randomUUID } from 'node:crypto';
import { Logger } from '../logger';
import { QboError } from '../qbo/qbo-error';
import { BackgroundTask } from '../background-task';
import { CustomerDecisionLog } from './customer-decision-log';
import { ClaimedCustomer, CustomerLinkRepository } from './customer-link-repository';
import { PollingLoop } from './polling-loop';
import { workClaimedCustomers } from './work-claimed-customers';
import { ResolveCustomer } from './resolve-customer';

export interface CustomerResolutionTaskOptions {
  databaseUrl: string;
  pollIntervalMs: number;
  leaseMs: number;
  concurrency: number;
  retryDelayMs: number;
}

export const CUSTOMER_RESOLUTION_TASK_OPTIONS: ServiceIdentifier<CustomerResolutionTaskOptions> = Symbol.for('CustomerResolutionTaskOptions');

const CHANNEL = 'customer_resolution';

/**
 * Background task: resolves customers soon after their events (woken by the trigger's NOTIFY,
 * polling every `pollIntervalMs` as well). Claims customers needing resolution with a lease
 * (FOR UPDATE SKIP LOCKED), only for connected tenants with a loaded mirror, renewed while they
 * are worked on (workClaimedCustomers). A retriable QBO
 * failure puts the customer back after a delay; a permanent one marks its link 'failed' with
 * the reason until its next version.
 */
@injectable()
export class CustomerResolutionTask implements BackgroundTask {
  private readonly logger: Logger;
  readonly name = 'customer-resolution';
  private readonly workerId = `resolver-${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly loop: PollingLoop;

  constructor(
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
    @inject(ResolveCustomer) private readonly resolve: ResolveCustomer,
    @inject(CustomerDecisionLog) private readonly decisions: CustomerDecisionLog,
    @inject(CUSTOMER_RESOLUTION_TASK_OPTIONS) private readonly options: CustomerResolutionTaskOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'customer-resolution' });
    const wakeOn = { databaseUrl: options.databaseUrl, channels: [CHANNEL] };
    this.loop = new PollingLoop(this.name, options.pollIntervalMs, () => this.tick(), this.logger, wakeOn);
  }

  async start(): Promise<void> {
    await this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  async tick(): Promise<boolean> {
    const batch = Math.max(1, this.options.concurrency * 4);
    const claimed = await this.links.claim(batch, this.workerId, this.options.leaseMs);
    await workClaimedCustomers(this.links, claimed, { lanes: this.options.concurrency, leaseMs: this.options.leaseMs, workerId: this.workerId }, (c) =>
      this.resolveOne(c),
    );
    return claimed.length >= batch;
  }

  private async resolveOne(c: ClaimedCustomer): Promise<void> {
    try {
      await this.resolve.run(c.tenantId, c.customerId);
    } catch (e) {
      if (e instanceof QboError && !e.retriable && !e.holdsWork) {
        const customer = await this.links.upstreamCustomer(c.tenantId, c.customerId);
        const reason = `QuickBooks refused the customer (${e.code}): ${e.explanation}`;
        await this.links.settle(c.tenantId, c.customerId, { status: 'failed', qboCustomerId: null, reason, method: 'create', version: customer?.version ?? 0, realmId: null });
        await this.decisions.record({ tenantId: c.tenantId, customerId: c.customerId, customerVersion: customer?.version ?? null, outcome: 'failed', method: 'create', reason });
        this.logger.warn({ tenantId: c.tenantId, customerId: c.customerId, code: e.code }, 'customer resolution failed permanently');
        return;
      }
      const reason = e instanceof QboError ? `waiting: ${e.code} ${e.explanation}` : null;
      this.logger.warn({ tenantId: c.tenantId, customerId: c.customerId, err: e }, 'customer resolution failed; will retry');
      await this.links.release(c, this.workerId, this.options.retryDelayMs, reason).catch(() => undefined);
    }
  }
}
