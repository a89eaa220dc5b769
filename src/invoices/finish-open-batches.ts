import { inject, injectable } from 'inversify';
import { LOGGER } from '../tokens';
import { Logger } from '../logger';
import { FLUSH_OPTIONS, FlushOptions } from './flush-options';
import { InvoiceBatchRepository } from './invoice-batch-repository';
import type { PersistedBatch } from './invoice-batch-types';
import { SendInvoiceBatch } from './send-invoice-batch';
import type { WindowRun } from './window-run';

/**
 * Batches persisted by an earlier run and never recorded: each is resent as it was (the same
 * requestid and body), `batchesInFlight` at a time, or, when older than the requestid is trusted,
 * abandoned so that its invoices are reconciled by lookups instead.
 */
@injectable()
export class FinishOpenBatches {
  private readonly logger: Logger;
  constructor(
    @inject(InvoiceBatchRepository) private readonly batches: InvoiceBatchRepository,
    @inject(SendInvoiceBatch) private readonly sender: SendInvoiceBatch,
    @inject(FLUSH_OPTIONS) private readonly options: FlushOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async finish(run: WindowRun): Promise<void> {
    const open = await this.batches.openBatches(run.tenantId);
    if (open.length === 0) return;
    const log = this.logger.child({ tenantId: run.tenantId, windowId: run.windowId });
    log.info({ batches: open.length }, 'finishing batches left open by an earlier run');
    const fresh: PersistedBatch[] = [];
    for (const b of open) {
      if (Date.now() - b.createdAt.getTime() > this.options.requestIdTrustMs) {
        log.warn({ batchId: b.id, createdAt: b.createdAt }, 'open batch older than the requestid retention; reconciling by lookup instead of resending');
        await this.batches.abandonBatch(run.tenantId, b);
      } else {
        fresh.push(b);
      }
    }
    const queue = [...fresh];
    const workers = Array.from({ length: Math.min(this.options.batchesInFlight, queue.length) }, async () => {
      for (let b = queue.shift(); b !== undefined; b = queue.shift()) await this.sender.send(run, b);
    });
    await Promise.all(workers);
  }
}
