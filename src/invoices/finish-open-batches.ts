import { inject, injectable } from 'inversify';
import { LOGGER } from '../tokens';
import { Logger } from '../logger';
import { FLUSH_OPTIONS, FlushOptions } from './flush-options';
import { QboError } from '../qbo/qbo-error';
import { CheckUncertainInvoices } from './check-uncertain-invoices';
import { FoundInvoice, InvoiceBatchRepository } from './invoice-batch-repository';
import { isNumberlessCreate } from './invoice-request-id';
import { WindowAbort } from './window-abort';
import type { PersistedBatch } from './invoice-batch-types';
import { SendInvoiceBatch } from './send-invoice-batch';
import type { WindowRun } from './window-run';

/**
 * Batches persisted by an earlier run and never recorded: each is resent as it was (the same
 * requestid and body), `batchesInFlight` at a time, or, when older than the requestid is trusted,
 * abandoned so that its invoices are reconciled by lookups instead. A number-less create cannot be
 * looked up by number: before its row is abandoned it is looked for by its marker (the PrivateNote
 * every create carries); when QBO cannot be asked, the row stays open (its invoice held, with the
 * reason in last_error) rather than risk a second create.
 */
@injectable()
export class FinishOpenBatches {
  private readonly logger: Logger;
  constructor(
    @inject(InvoiceBatchRepository) private readonly batches: InvoiceBatchRepository,
    @inject(SendInvoiceBatch) private readonly sender: SendInvoiceBatch,
    @inject(CheckUncertainInvoices) private readonly checker: CheckUncertainInvoices,
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
        const found = await this.findNumberless(run, b);
        if (found === null) {
          run.leftOpen += 1;
          continue;
        }
        await this.batches.abandonBatch(run.tenantId, b, found);
        run.linked += found.size;
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

  /** The batch's number-less creates that QBO holds, by invoice id; null when QBO could not be asked (the batch stays open). */
  private async findNumberless(run: WindowRun, b: PersistedBatch): Promise<Map<string, FoundInvoice> | null> {
    const found = new Map<string, FoundInvoice>();
    for (const it of b.items.filter(isNumberlessCreate)) {
      try {
        const txnDate = typeof it.invoice.TxnDate === 'string' ? it.invoice.TxnDate : null;
        const inv = await this.checker.findByMarker(run.tenantId, it.invoiceId, { txnDate, createdAfter: b.createdAt });
        if (inv !== null) found.set(it.invoiceId, { id: inv.Id, syncToken: inv.SyncToken, docNumber: inv.DocNumber ?? null, totalAmt: inv.TotalAmt ?? null });
      } catch (e) {
        if (e instanceof QboError && e.holdsWork) throw WindowAbort.reconnect(e);
        if (!(e instanceof QboError)) throw e;
        await this.batches.noteSendAttempt(
          b.id,
          `an invoice without a number from this old request could not be looked for in QuickBooks (${e.explanation}); it is held rather than risk creating it twice, and looked for again next run`,
        );
        return null;
      }
    }
    return found;
  }
}
