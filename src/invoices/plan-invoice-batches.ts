import { inject, injectable } from 'inversify';
import { invoiceChanges } from '../domain/invoice-changes';
import { invoicePayload } from '../domain/invoice-payload';
import { Money } from '../domain/money';
import { CustomerMirrorRepository } from '../customers/customer-mirror-repository';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QBO_CLIENT, QboClient } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';
import { plainReason } from './batch-item-outcome';
import { CheckUncertainInvoices } from './check-uncertain-invoices';
import { FLUSH_OPTIONS, FlushOptions } from './flush-options';
import type { PlannedItem } from './invoice-batch-types';
import { InvoiceLineRefs } from './invoice-line-refs';
import { Candidate, InvoiceSyncRepository } from './invoice-sync-repository';
import { RecordPaymentState } from './record-payment-state';
import { WindowAbort } from './window-abort';
import type { WindowRun } from './window-run';

const INACTIVE_CHECK_CHUNK = 100;

/**
 * Turns a page of candidates into batch requests of at most `batchSize` items (creates, sparse
 * updates with SyncToken, voids; a create without a number goes alone, see requestIdFor), settling on the spot what needs no batch: uncertain outcomes
 * are checked first, and invalid invoices, voided-in-QBO ones, unchanged ones and those of an
 * inactive QBO customer are recorded without sending anything.
 */
@injectable()
export class PlanInvoiceBatches {
  constructor(
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(InvoiceSyncRepository) private readonly repo: InvoiceSyncRepository,
    @inject(CheckUncertainInvoices) private readonly checker: CheckUncertainInvoices,
    @inject(FLUSH_OPTIONS) private readonly options: FlushOptions,
    @inject(InvoiceLineRefs) private readonly lineRefs: InvoiceLineRefs,
    @inject(RecordPaymentState) private readonly payments: RecordPaymentState,
    @inject(CustomerMirrorRepository) private readonly mirror: Pick<CustomerMirrorRepository, 'activity'>,
  ) {}

  async plan(run: WindowRun, page: Candidate[]): Promise<PlannedItem[][]> {
    const inactive = await this.inactiveCustomers(run, page);
    const items: PlannedItem[] = [];
    const alone: PlannedItem[][] = [];
    for (const c0 of page) {
      let c = c0;
      if (c.needsCheck !== null) {
        const checked = await this.checker.check(run, c);
        if (checked === null) continue;
        c = checked;
      }
      if (c.voided) {
        if (c.qboInvoiceId !== null && !c.voidedInQbo && c.qboSyncToken !== null) {
          items.push(this.item(items.length, c, 'void', { Id: c.qboInvoiceId, SyncToken: c.qboSyncToken }, null));
        }
        continue;
      }
      if (c.voidedInQbo) {
        await this.fail(run, c, 'VOIDED', 'the invoice is voided in QuickBooks, and a voided invoice cannot be changed');
        continue;
      }
      const customer = c.linkedQboCustomerId;
      if (customer === null) continue; // its link changed since it was collected: it waits
      if (inactive.has(customer)) {
        await this.repo.markWaiting(
          run.tenantId,
          run.realmId,
          c.invoiceId,
          `its QuickBooks customer (Id ${customer}) is inactive, e.g. merged into another: the invoice waits until the customer link points at an active customer`,
          customer,
        );
        continue;
      }
      let refs;
      try {
        refs = await this.lineRefs.resolve(run, c, customer);
      } catch (e) {
        if (!(e instanceof QboError)) throw e;
        if (e.holdsWork) throw WindowAbort.reconnect(e);
        if (e.retriable) {
          run.retryLater(c.invoiceId, run.backoff(run.attempts(c.invoiceId) + 1));
          continue;
        }
        await this.fail(run, c, e.code, plainReason(e));
        continue;
      }
      if (!refs.ok) {
        await this.fail(run, c, refs.code, refs.reason);
        continue;
      }
      const built = invoicePayload({ ...c, id: c.invoiceId }, refs.refs);
      if (!built.ok) {
        await this.fail(run, c, 'INVALID', built.reason);
        continue;
      }
      const upstream = { linesTotal: built.total, taxAmount: refs.taxAmount, pricesIncludeTax: refs.pricesIncludeTax };
      const qboCustomer = refs.refs.qboCustomerId;
      if (c.qboInvoiceId === null) {
        // Without a number it cannot be looked up after an unknown outcome: it goes alone, with its version's requestid (requestIdFor).
        if (built.body.DocNumber === undefined) alone.push([{ ...this.item(0, c, 'create', { ...built.body }, built.body, upstream, qboCustomer), bId: '1' }]);
        else items.push(this.item(items.length, c, 'create', { ...built.body }, built.body, upstream, qboCustomer));
        continue;
      }
      const changes = invoiceChanges(c.pushedPayload, built.body);
      if (Object.keys(changes).length === 0) {
        await this.repo.markUnchanged(run.tenantId, run.realmId, c.invoiceId, c.version);
        continue;
      }
      const syncToken = await this.currentSyncToken(run, c);
      if (syncToken === null) continue;
      items.push(
        this.item(items.length, c, 'update', { Id: c.qboInvoiceId, SyncToken: syncToken, sparse: true, ...changes }, built.body, upstream, qboCustomer),
      );
    }
    return [...chunk(items, this.options.batchSize), ...alone];
  }

  private item(
    index: number,
    c: Candidate,
    operation: PlannedItem['operation'],
    invoice: Record<string, unknown>,
    payload: PlannedItem['payload'],
    upstream?: PlannedItem['upstream'],
    qboCustomerId?: string,
  ): PlannedItem {
    const item: PlannedItem = {
      bId: String((index % this.options.batchSize) + 1),
      invoiceId: c.invoiceId,
      number: c.number,
      version: c.version,
      operation,
      qboCustomerId: operation === 'void' ? null : (qboCustomerId ?? c.linkedQboCustomerId),
      payload,
      invoice,
    };
    if (upstream !== undefined) item.upstream = upstream;
    return item;
  }

  /**
   * The SyncToken an update is built on. An invoice known to have payments (its balance below its
   * total) is re-read first: each payment bumps its SyncToken, and an update on the old one would
   * meet 5010. null: it could not be read now (retried later in the window).
   */
  private async currentSyncToken(run: WindowRun, c: Candidate): Promise<string | null> {
    const stored = c.qboSyncToken ?? '0';
    if (c.qboInvoiceId === null || c.qboBalance === null || c.qboTotal === null) return stored;
    const balance = Money.parse(c.qboBalance);
    const total = Money.parse(c.qboTotal);
    if (balance === null || total === null || !balance.plus(Money.of('-1').times(total)).isNegative()) return stored;
    try {
      // The SyncToken a payment bumped: a check before the update (never a 5010).
      const qboInvoiceId = c.qboInvoiceId;
      const current = await withCallPurpose('check', () => this.qbo.readInvoice(run.tenantId, qboInvoiceId));
      if (current === null) return stored; // gone: the update says so (610)
      await this.payments.recordInvoices(run.tenantId, run.realmId, [current]);
      return current.SyncToken;
    } catch (e) {
      if (e instanceof QboError && e.holdsWork) throw WindowAbort.reconnect(e);
      if (!(e instanceof QboError && e.retriable)) throw e;
      run.retryLater(c.invoiceId, run.backoff(run.attempts(c.invoiceId) + 1));
      return null;
    }
  }

  /**
   * QBO customers (among this page's links) that are inactive, e.g. merged away: never push an
   * invoice to them. The tenant's customer mirror answers (no QuickBooks read: it follows webhooks
   * and CDC); only customers it does not hold are asked of QuickBooks, as a deferrable check (past
   * the read budget's warning share it waits: QuickBooks itself refuses an inactive CustomerRef,
   * 2500, and the invoice then waits for its customer's link).
   */
  private async inactiveCustomers(run: WindowRun, page: Candidate[]): Promise<Set<string>> {
    const unknown = [...new Set(page.filter((c) => !c.voided && c.linkedQboCustomerId !== null).map((c) => c.linkedQboCustomerId as string))].filter(
      (id) => !run.customersChecked.has(id),
    );
    const known = await this.mirror.activity(run.tenantId, run.realmId, unknown);
    for (const [id, active] of known) {
      if (!active) run.inactiveCustomers.add(id);
      run.customersChecked.add(id);
    }
    const ask = unknown.filter((id) => !known.has(id));
    for (const ids of chunk(ask, INACTIVE_CHECK_CHUNK)) {
      try {
        const inactive = await withCallPurpose(
          'check',
          () =>
            this.qbo.queryCustomers(run.tenantId, [
              { field: 'Id', op: 'IN', value: ids },
              { field: 'Active', value: false },
            ]),
          { deferrable: true },
        );
        for (const cust of inactive) run.inactiveCustomers.add(cust.Id);
      } catch (e) {
        if (e instanceof QboError && e.holdsWork) throw WindowAbort.reconnect(e);
        if (!(e instanceof QboError && e.retriable)) throw e;
        // Not checked this time: QBO itself refuses an inactive CustomerRef (2500), which is handled per item.
        continue;
      }
      for (const id of ids) run.customersChecked.add(id);
    }
    return run.inactiveCustomers;
  }

  private async fail(run: WindowRun, c: Candidate, code: string, reason: string): Promise<void> {
    await this.repo.markFailed(run.tenantId, run.realmId, c.invoiceId, c.version, code, reason);
    run.noteFailed({ invoiceId: c.invoiceId, number: c.number, code, reason });
  }
}

function chunk<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
