import { inject, injectable } from 'inversify';
import { LOGGER } from '../tokens';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '../logger';
import { BatchItem, BatchItemResult, QBO_CLIENT, QboClient } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';
import { batchItemOutcome, errorOutcome, plainReason } from './batch-item-outcome';
import { FLUSH_OPTIONS, FlushOptions } from './flush-options';
import { InvoiceBatchRepository } from './invoice-batch-repository';
import type { ItemOutcome, PersistedBatch, PlannedItem } from './invoice-batch-types';
import { soloCreate } from './invoice-request-id';
import { WindowAbort } from './window-abort';
import type { WindowRun } from './window-run';

/**
 * Sends one persisted batch (the same requestid and body every time) and records every item. A row
 * holding a lone number-less create is sent as a single create with its invoice version's requestid.
 * A retriable failure of the whole request is retried with backoff; after the window's tries the
 * batch stays open and the next run resends it first.
 */
@injectable()
export class SendInvoiceBatch {
  private readonly logger: Logger;
  constructor(
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(InvoiceBatchRepository) private readonly batches: InvoiceBatchRepository,
    @inject(FLUSH_OPTIONS) private readonly options: FlushOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async send(run: WindowRun, batch: PersistedBatch): Promise<void> {
    const items = batch.items.map(toBatchItem);
    for (let attempt = 0; ; attempt++) {
      if (run.aborted()) {
        run.leftOpen += 1;
        return;
      }
      try {
        const results = await this.request(run, batch, items);
        const outcomes = batch.items.map((it, i) => {
          const r = results[i];
          return r ? batchItemOutcome(it, r) : ({ kind: 'retry', item: it, error: 'no answer for this item' } as ItemOutcome);
        });
        if (!(await this.batches.recordBatch(run.tenantId, batch.id, outcomes))) {
          this.logger.warn({ tenantId: run.tenantId, batchId: batch.id, realmId: batch.realmId }, 'batch results not recorded: already recorded, or the tenant moved to another company');
          return;
        }
        run.batches += 1;
        for (const o of outcomes) run.tally(o, () => run.backoff(run.attempts(o.item.invoiceId)));
        return;
      } catch (e) {
        if (!(e instanceof QboError)) throw e;
        if (e.holdsWork) {
          await this.batches.noteSendAttempt(batch.id, plainReason(e));
          throw WindowAbort.reconnect(e);
        }
        if (!e.retriable) {
          // The whole request was refused, so nothing of it was applied: every item fails with the reason.
          await this.batches.noteSendAttempt(batch.id, plainReason(e));
          const outcomes = batch.items.map((it) => errorOutcome(it, e));
          await this.batches.recordBatch(run.tenantId, batch.id, outcomes);
          for (const o of outcomes) run.tally(o, () => run.backoff(1));
          return;
        }
        await this.batches.noteSendAttempt(batch.id, plainReason(e));
        if (attempt >= this.options.retryAttempts) {
          this.logger.warn({ tenantId: run.tenantId, batchId: batch.id, err: e.toJSON() }, 'batch not confirmed; it stays open and is resent first next time');
          run.leftOpen += 1;
          return;
        }
        await sleep(run.backoff(attempt + 1));
      }
    }
  }

  /** A lone number-less create goes as `POST /invoice` with its version's requestid; any other row as one batch request. */
  private async request(run: WindowRun, batch: PersistedBatch, items: BatchItem[]): Promise<BatchItemResult[]> {
    const solo = soloCreate(batch);
    if (solo === null) return this.qbo.batch(run.tenantId, items, { requestId: batch.requestId, realmId: batch.realmId });
    const value = await this.qbo.createInvoice(run.tenantId, solo.invoice, { requestId: batch.requestId, realmId: batch.realmId });
    return [{ bId: solo.bId, ok: true, entity: 'Invoice', value }];
  }
}

/**
 * The port's BatchItem type lists create/update/delete; QBO's batch (and the emulator) also
 * take `operation: "void"` for invoices, which is what a void item sends.
 */
function toBatchItem(it: PlannedItem): BatchItem {
  const wire = { bId: it.bId, operation: it.operation, Invoice: it.invoice };
  return wire as unknown as BatchItem;
}
