import { inject, injectable, optional } from 'inversify';
import { TokenManager } from '../qbo/token-manager';
import { LOGGER } from '../tokens';
import { ResolveWindowCustomers } from './resolve-window-customers';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '../logger';
import { QboError } from '../qbo/qbo-error';
import { FinishOpenBatches } from './finish-open-batches';
import { FLUSH_OPTIONS, FlushOptions } from './flush-options';
import { InvoiceBatchRepository } from './invoice-batch-repository';
import type { PersistedBatch } from './invoice-batch-types';
import { LoadRunCompany } from './load-run-company';
import { InvoiceSyncRepository } from './invoice-sync-repository';
import type { WindowSummary } from './invoice-window-repository';
import { PlanInvoiceBatches } from './plan-invoice-batches';
import { SendInvoiceBatch } from './send-invoice-batch';
import { reconnectReason, WindowAbort } from './window-abort';
import { WindowRun } from './window-run';
import { ProcessCompanyChanges } from './process-company-changes';

/** Customer resolution for the tenant's pending customers, when that part exists. */
/** The window's "resolve customers still pending" step (ResolveWindowCustomers). */
export interface ResolvePending {
  run(tenantId: string): Promise<void>;
}

/** Where the window makes sure the tenant has a usable token: TokenManager. */
export interface AccessCheck {
  getAccess(tenantId: string): Promise<{ realmId: string }>;
}

export interface FlushRequest {
  tenantId: string;
  windowId: string | null;
  signal?: AbortSignal;
  /**
   * The company's changes read first: `pending`, every one not read yet (a window a person asked
   * for, a run-now); `due`, those whose read is due and not done (a window of the schedule); absent: none.
   */
  readChangesFirst?: 'pending' | 'due';
}

export type FlushResult = { outcome: 'done' | 'incomplete'; summary: WindowSummary } | { outcome: 'skipped'; summary: WindowSummary };

/**
 * The work of one window for one tenant: ensure the token, read the company's lists if they are
 * not yet (a customer's create needs the company's settings), resolve pending customers, finish
 * the batches an earlier run left open (FinishOpenBatches: resending the same request with the
 * same requestid), then collect → plan (PlanInvoiceBatches, which checks uncertain outcomes
 * through CheckUncertainInvoices) → persist each batch with its requestid → send and record each
 * item's result (SendInvoiceBatch), pipelined and repeated until nothing is left that can go now.
 * Invoices changed while their batch was in flight go in a later round. The counters and retry
 * schedule of the run are kept by WindowRun.
 */
@injectable()
export class FlushInvoices {
  private readonly logger: Logger;
  constructor(
    @inject(InvoiceSyncRepository) private readonly repo: InvoiceSyncRepository,
    @inject(InvoiceBatchRepository) private readonly batches: InvoiceBatchRepository,
    @inject(LoadRunCompany) private readonly company: LoadRunCompany,
    @inject(TokenManager) private readonly tokens: AccessCheck,
    @inject(FinishOpenBatches) private readonly finishOpen: FinishOpenBatches,
    @inject(PlanInvoiceBatches) private readonly planner: PlanInvoiceBatches,
    @inject(SendInvoiceBatch) private readonly sender: SendInvoiceBatch,
    @inject(FLUSH_OPTIONS) private readonly options: FlushOptions,
    @inject(LOGGER) logger: Logger,
    @inject(ResolveWindowCustomers) @optional() private readonly resolvePending: ResolvePending | null = null,
    /** The company's changes still waiting to be read, read before the window pushes (absent: the window does not wait for them). */
    @inject(ProcessCompanyChanges) @optional() private readonly changes: Pick<ProcessCompanyChanges, 'readPendingNow'> | null = null,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async run(req: FlushRequest): Promise<FlushResult> {
    const run = new WindowRun(req, this.options);
    const log = this.logger.child({ tenantId: req.tenantId, windowId: req.windowId });
    try {
      run.realmId = await this.ensureToken(req.tenantId);
      // The company's lists first (just after a connect they may not be read yet): the customers
      // resolved below are created in the right currency, not held waiting for the settings. A
      // failure is answered where the run needs the lists (below), after the open batches.
      const listsRead = await this.company.loadLists(req.tenantId, run.realmId).then(
        () => null,
        (e: unknown) => ({ error: e }),
      );
      // A run-now: changes made in QuickBooks and not read yet are read now, so the window pushes
      // against the company as it is. A scheduled window needs no read of its own: the changes are
      // read a sixth of the webhook delay before it (ChangeReadSchedule), and one made since waits
      // for the next (a read here would cost one more per day for the changes of the last hour).
      // Only a read already due and not done (a window missed while the pods were down, run at
      // once; a round behind) is done here first, or awaited when another replica has it in hand.
      if (req.readChangesFirst !== undefined && listsRead === null && this.changes !== null) {
        await this.changes.readPendingNow(req.tenantId, run.realmId, req.readChangesFirst, req.signal).catch((e: unknown) => log.warn({ err: e }, 'pending company changes not read before the window'));
      }
      if (this.resolvePending) {
        try {
          await this.resolvePending.run(req.tenantId);
        } catch (e) {
          if (e instanceof QboError && e.holdsWork) throw WindowAbort.reconnect(e);
          log.warn({ err: e }, 'customer resolution failed; invoices of unresolved customers wait');
        }
      }
      await this.finishOpen.finish(run);
      if (listsRead !== null) return this.listsUnread(run, listsRead.error);
      try {
        const company = await this.company.forRun(req.tenantId, run.realmId);
        if ('missing' in company) {
          run.note = company.missing;
          return { outcome: 'skipped', summary: run.summary() };
        }
        run.company = company;
      } catch (e) {
        return this.listsUnread(run, e);
      }
      // Invoices held for an inactive QBO customer are checked again once per window: the
      // customer may be active again under the same link (within the window they stay held).
      await this.repo.releaseInactiveCustomerHolds(req.tenantId);
      await this.pushRounds(run, log);
    } catch (e) {
      if (e instanceof WindowAbort) {
        run.note = e.reason;
        log.warn({ reason: e.reason }, 'invoice window skipped');
        return { outcome: 'skipped', summary: run.summary() };
      }
      if (e instanceof QboError && e.holdsWork) {
        run.note = reconnectReason(e);
        return { outcome: 'skipped', summary: run.summary() };
      }
      throw e;
    }
    const incomplete = run.leftOpen > 0 || run.carriedByRetry.size > 0 || run.aborted();
    if (run.aborted()) run.note = 'stopped before the end (the worker is shutting down); the rest goes in the next run';
    else if (run.leftOpen > 0) run.note = `QuickBooks did not answer ${run.leftOpen} batch request(s): they could not be confirmed and are resent first next time`;
    else if (run.carriedByRetry.size > 0) run.note = `QuickBooks did not answer for ${run.carriedByRetry.size} invoice(s) (passing errors, tried again and again); they are carried to the next run`;
    return { outcome: incomplete ? 'incomplete' : 'done', summary: run.summary() };
  }

  /** The run ends incomplete when the company's lists could not be read for a passing reason (other errors are thrown). */
  private listsUnread(run: WindowRun, e: unknown): FlushResult {
    if (!(e instanceof QboError && (e.retriable || e.kind === 'deferred'))) throw e;
    run.note =
      e.kind === 'deferred'
        ? `the company's items, accounts and tax codes could not be read: ${e.explanation} The invoices go in the next run.`
        : `QuickBooks did not answer when its items, accounts and tax codes were read (${e.explanation}); the invoices go in the next run`;
    return { outcome: 'incomplete', summary: run.summary() };
  }

  /** The company the run works for. */
  private async ensureToken(tenantId: string): Promise<string> {
    try {
      return (await this.tokens.getAccess(tenantId)).realmId;
    } catch (e) {
      if (e instanceof QboError && e.holdsWork) throw WindowAbort.reconnect(e);
      throw e;
    }
  }

  /** Collect → plan → persist → send, with up to `batchesInFlight` batches in flight, until nothing can go now. */
  private async pushRounds(run: WindowRun, log: Logger): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    const pageSize = this.options.batchSize * Math.max(4, this.options.batchesInFlight * 2);
    let failure: unknown = null;
    const launch = (batch: PersistedBatch) => {
      const p: Promise<void> = this.sender
        .send(run, batch)
        .catch((e: unknown) => {
          failure ??= e;
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    };
    for (;;) {
      if (failure !== null || run.aborted()) break;
      const page = await this.repo.collect(run.tenantId, run.realmId, pageSize, run.excluded());
      if (page.length === 0) {
        if (inFlight.size > 0) {
          await Promise.race(inFlight);
          continue;
        }
        const wait = run.nextRetryInMs();
        if (wait === null) break;
        await sleep(wait);
        continue;
      }
      const planned = await this.planner.plan(run, page);
      const batches = await this.batches.persistBatches(run.tenantId, run.realmId, run.windowId, planned);
      for (const b of batches) {
        while (inFlight.size >= this.options.batchesInFlight) await Promise.race(inFlight);
        if (failure !== null) break;
        launch(b);
      }
    }
    await Promise.all(inFlight);
    if (failure !== null) throw failure;
    log.debug({ summary: run.summary() }, 'invoice rounds done');
  }
}
