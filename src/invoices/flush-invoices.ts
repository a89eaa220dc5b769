import { invoiceChanges } from '../domain/invoice-changes';
import { invoicePayload, syncMarker } from '../domain/invoice-payload';
import { Logger } from '../logger';
import type { BatchItem, QboClient, QboInvoice } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';
import { batchItemOutcome, errorOutcome, plainReason } from './batch-item-outcome';
import { PersistedBatch, PlannedItem } from './invoice-batch-types';
import { InvoiceItemRef } from './invoice-item-ref';
import { Candidate, InvoiceSyncRepository, ItemOutcome } from './invoice-sync-repository';
import { WindowFailure, WindowSummary } from './invoice-window-repository';

export interface FlushOptions {
  /** Items per batch request (≤ 30). */
  batchSize: number;
  /** Batch requests of this tenant in flight at once; the realm limiter paces them. */
  batchesInFlight: number;
  /** Extra tries of a retriable failure within this window (then carried to the next). */
  retryAttempts: number;
  retryBaseDelayMs: number;
  /** An open batch older than this is not resent with its requestid but reconciled by lookups. */
  requestIdTrustMs: number;
}

/** Customer resolution for the tenant's pending customers, when that part exists. */
export type ResolvePending = (tenantId: string) => Promise<void>;

export interface FlushRequest {
  tenantId: string;
  windowId: string | null;
  signal?: AbortSignal;
}

export type FlushResult = { outcome: 'done' | 'incomplete'; summary: WindowSummary } | { outcome: 'skipped'; summary: WindowSummary };

/** Stops the whole window: the connection needs a reconnect (nothing is dropped). */
class WindowAbort extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const INACTIVE_CHECK_CHUNK = 100;

/**
 * The work of one window for one tenant: ensure the token, resolve pending customers, finish
 * the batches an earlier run left open (resending the same request with the same requestid),
 * then collect → plan (creates, sparse updates with SyncToken, voids) → persist each batch with
 * its requestid → send → record each item's result, pipelined and repeated until nothing is
 * left that can go now. Invoices changed while their batch was in flight go in a later round.
 */
export class FlushInvoices {
  constructor(
    private readonly qbo: QboClient,
    private readonly repo: InvoiceSyncRepository,
    private readonly itemRef: InvoiceItemRef,
    private readonly tokens: { getAccess(tenantId: string): Promise<unknown> },
    private readonly options: FlushOptions,
    private readonly logger: Logger,
    private readonly resolvePending: ResolvePending | null = null,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async run(req: FlushRequest): Promise<FlushResult> {
    const run = new WindowRun(req, this.options);
    const log = this.logger.child({ tenantId: req.tenantId, windowId: req.windowId });
    try {
      await this.ensureToken(req.tenantId);
      if (this.resolvePending) {
        try {
          await this.resolvePending(req.tenantId);
        } catch (e) {
          if (e instanceof QboError && e.kind === 'reconnect') throw new WindowAbort(reconnectReason(e));
          log.warn({ err: e }, 'customer resolution failed; invoices of unresolved customers wait');
        }
      }
      await this.finishOpenBatches(run, log);
      let itemId: string | null;
      try {
        itemId = await this.itemRef.itemFor(req.tenantId);
      } catch (e) {
        if (!(e instanceof QboError && e.retriable)) throw e;
        run.note = `QuickBooks did not answer the item lookup (${e.explanation}); the invoices go in the next run`;
        return { outcome: 'incomplete', summary: run.summary() };
      }
      if (itemId === null) {
        run.note = 'the QuickBooks company has no item named "Services" and the tenant has no default item: set default_item_id';
        return { outcome: 'skipped', summary: run.summary() };
      }
      // Invoices held for an inactive QBO customer are checked again once per window: the
      // customer may be active again under the same link (within the window they stay held).
      await this.repo.releaseInactiveCustomerHolds(req.tenantId);
      await this.pushRounds(run, itemId, log);
    } catch (e) {
      if (e instanceof WindowAbort) {
        run.note = e.reason;
        log.warn({ reason: e.reason }, 'invoice window skipped');
        return { outcome: 'skipped', summary: run.summary() };
      }
      if (e instanceof QboError && e.kind === 'reconnect') {
        run.note = reconnectReason(e);
        return { outcome: 'skipped', summary: run.summary() };
      }
      throw e;
    }
    const incomplete = run.leftOpen > 0 || run.carriedByRetry.size > 0 || run.aborted();
    if (run.aborted()) run.note = 'stopped before the end (the worker is shutting down); the rest goes in the next run';
    else if (run.leftOpen > 0) run.note = `${run.leftOpen} batch request(s) could not be confirmed; they are resent first next time`;
    else if (run.carriedByRetry.size > 0) run.note = `${run.carriedByRetry.size} invoice(s) kept failing for a passing reason; carried to the next window`;
    return { outcome: incomplete ? 'incomplete' : 'done', summary: run.summary() };
  }

  private async ensureToken(tenantId: string): Promise<void> {
    try {
      await this.tokens.getAccess(tenantId);
    } catch (e) {
      if (e instanceof QboError && e.kind === 'reconnect') throw new WindowAbort(reconnectReason(e));
      throw e;
    }
  }

  /** Batches persisted by an earlier run and never recorded: resend them as they were, or reconcile old ones. */
  private async finishOpenBatches(run: WindowRun, log: Logger): Promise<void> {
    const open = await this.repo.openBatches(run.tenantId);
    if (open.length === 0) return;
    log.info({ batches: open.length }, 'finishing batches left open by an earlier run');
    const fresh: PersistedBatch[] = [];
    for (const b of open) {
      if (Date.now() - b.createdAt.getTime() > this.options.requestIdTrustMs) {
        log.warn({ batchId: b.id, createdAt: b.createdAt }, 'open batch older than the requestid retention; reconciling by lookup instead of resending');
        await this.repo.abandonBatch(run.tenantId, b);
      } else {
        fresh.push(b);
      }
    }
    await this.sendAll(run, fresh);
  }

  private async pushRounds(run: WindowRun, itemId: string, log: Logger): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    const pageSize = this.options.batchSize * Math.max(4, this.options.batchesInFlight * 2);
    let failure: unknown = null;
    const launch = (batch: PersistedBatch) => {
      const p: Promise<void> = this.sendBatch(run, batch)
        .catch((e: unknown) => {
          failure ??= e;
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    };
    for (;;) {
      if (failure !== null || run.aborted()) break;
      const page = await this.repo.collect(run.tenantId, pageSize, run.excluded());
      if (page.length === 0) {
        if (inFlight.size > 0) {
          await Promise.race(inFlight);
          continue;
        }
        const wait = run.nextRetryInMs();
        if (wait === null) break;
        await this.sleep(wait);
        continue;
      }
      const planned = await this.plan(run, page, itemId);
      const batches = await this.repo.persistBatches(run.tenantId, run.windowId, chunk(planned, this.options.batchSize));
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

  /** Turns candidates into batch items; settles on the spot what needs no batch (lookups, failures, no change). */
  private async plan(run: WindowRun, page: Candidate[], itemId: string): Promise<PlannedItem[]> {
    const inactive = await this.inactiveCustomers(run, page);
    const items: PlannedItem[] = [];
    for (const c0 of page) {
      let c = c0;
      if (c.needsCheck !== null) {
        const checked = await this.check(run, c);
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
          c.invoiceId,
          `its QuickBooks customer (Id ${customer}) is inactive, e.g. merged into another: the invoice waits until the customer link points at an active customer`,
          customer,
        );
        continue;
      }
      const built = invoicePayload({ ...c, id: c.invoiceId }, { qboCustomerId: customer, itemId });
      if (!built.ok) {
        await this.fail(run, c, 'INVALID', built.reason);
        continue;
      }
      if (c.qboInvoiceId === null) {
        items.push(this.item(items.length, c, 'create', { ...built.body }, built.body));
        continue;
      }
      const changes = invoiceChanges(c.pushedPayload, built.body);
      if (Object.keys(changes).length === 0) {
        await this.repo.markUnchanged(run.tenantId, c.invoiceId, c.version);
        continue;
      }
      items.push(
        this.item(items.length, c, 'update', { Id: c.qboInvoiceId, SyncToken: c.qboSyncToken ?? '0', sparse: true, ...changes }, built.body),
      );
    }
    return items;
  }

  private item(index: number, c: Candidate, operation: PlannedItem['operation'], invoice: Record<string, unknown>, payload: PlannedItem['payload']): PlannedItem {
    return {
      bId: String((index % this.options.batchSize) + 1),
      invoiceId: c.invoiceId,
      number: c.number,
      version: c.version,
      operation,
      qboCustomerId: operation === 'void' ? null : c.linkedQboCustomerId,
      payload,
      invoice,
    };
  }

  /**
   * Settles an invoice whose QBO state is uncertain before planning it:
   * 'lookup' (a create may have happened) looks it up by DocNumber and links it if it is ours;
   * 'reread' (stale SyncToken) reads the current SyncToken. Returns the candidate to plan, or null.
   */
  private async check(run: WindowRun, c: Candidate): Promise<Candidate | null> {
    try {
      if (c.needsCheck === 'reread') {
        if (c.qboInvoiceId === null) {
          await this.repo.clearCheck(run.tenantId, c.invoiceId);
          return { ...c, needsCheck: null };
        }
        const current = await this.qbo.readInvoice(run.tenantId, c.qboInvoiceId);
        if (current === null) {
          await this.fail(run, c, '610', 'the invoice no longer exists in QuickBooks (deleted there)');
          return null;
        }
        await this.repo.refreshSyncToken(run.tenantId, c.invoiceId, current.SyncToken);
        return { ...c, needsCheck: null, qboSyncToken: current.SyncToken };
      }
      // The number the create was sent with: the upstream number may have changed since.
      const number = (c.lookupDocNumber ?? c.number)?.trim() ?? '';
      if (number === '' || c.qboInvoiceId !== null) {
        // Without a number there is nothing to look up by: the requestid replay is the only guard (docs/invoices.md).
        await this.repo.clearCheck(run.tenantId, c.invoiceId);
        return { ...c, needsCheck: null };
      }
      const found = await this.qbo.findInvoicesByDocNumber(run.tenantId, number);
      const ours = found.find((inv) => isOurs(inv, c.invoiceId));
      if (ours) {
        // Ours (it carries our marker, so QBO has not voided it: a void rewrites the note).
        await this.repo.linkFound(run.tenantId, c.invoiceId, { id: ours.Id, syncToken: ours.SyncToken, docNumber: ours.DocNumber ?? null, voided: false });
        run.linked += 1;
        this.logger.info({ tenantId: run.tenantId, invoiceId: c.invoiceId, qboId: ours.Id }, 'invoice found in QuickBooks by its number after an unknown outcome; linked, not created again');
        return { ...c, needsCheck: null, qboInvoiceId: ours.Id, qboSyncToken: ours.SyncToken, pushedPayload: null, pushedVersion: null, voidedInQbo: false };
      }
      const other = found[0];
      if (other) {
        await this.fail(
          run,
          c,
          '6140',
          `invoice number ${number} is already used in QuickBooks by invoice Id ${other.Id}, which this sync did not create: change the number upstream (or in QuickBooks)`,
        );
        return null;
      }
      await this.repo.clearCheck(run.tenantId, c.invoiceId);
      return { ...c, needsCheck: null };
    } catch (e) {
      if (e instanceof QboError && e.kind === 'reconnect') throw new WindowAbort(reconnectReason(e));
      if (e instanceof QboError && e.retriable) {
        run.retryLater(c.invoiceId, this.backoff(run.attempts(c.invoiceId)), this.options.retryAttempts);
        return null;
      }
      if (e instanceof QboError) {
        // A permanent answer about this one invoice fails this invoice, not the whole window.
        await this.fail(run, c, e.code, `QuickBooks refused the check of this invoice: ${e.explanation}`);
        return null;
      }
      throw e;
    }
  }

  /** QBO customers (among this page's links) that are inactive, e.g. merged away: never push an invoice to them. */
  private async inactiveCustomers(run: WindowRun, page: Candidate[]): Promise<Set<string>> {
    const unknown = [...new Set(page.filter((c) => !c.voided && c.linkedQboCustomerId !== null).map((c) => c.linkedQboCustomerId as string))].filter(
      (id) => !run.customersChecked.has(id),
    );
    for (const ids of chunk(unknown, INACTIVE_CHECK_CHUNK)) {
      try {
        const inactive = await this.qbo.queryCustomers(run.tenantId, [
          { field: 'Id', op: 'IN', value: ids },
          { field: 'Active', value: false },
        ]);
        for (const cust of inactive) run.inactiveCustomers.add(cust.Id);
      } catch (e) {
        if (e instanceof QboError && e.kind === 'reconnect') throw new WindowAbort(reconnectReason(e));
        if (!(e instanceof QboError && e.retriable)) throw e;
        // Not checked this time: QBO itself refuses an inactive CustomerRef (2500), which is handled per item.
        continue;
      }
      for (const id of ids) run.customersChecked.add(id);
    }
    return run.inactiveCustomers;
  }

  private async sendAll(run: WindowRun, batches: PersistedBatch[]): Promise<void> {
    const queue = [...batches];
    const workers = Array.from({ length: Math.min(this.options.batchesInFlight, queue.length) }, async () => {
      for (let b = queue.shift(); b !== undefined; b = queue.shift()) await this.sendBatch(run, b);
    });
    await Promise.all(workers);
  }

  /**
   * Sends one persisted batch (the same requestid and body every time) and records every item.
   * A retriable failure of the whole request is retried with backoff; after the window's tries the
   * batch stays open and the next run resends it first.
   */
  private async sendBatch(run: WindowRun, batch: PersistedBatch): Promise<void> {
    const items = batch.items.map(toBatchItem);
    for (let attempt = 0; ; attempt++) {
      if (run.aborted()) {
        run.leftOpen += 1;
        return;
      }
      try {
        const results = await this.qbo.batch(run.tenantId, items, { requestId: batch.requestId });
        const outcomes = batch.items.map((it, i) => {
          const r = results[i];
          return r ? batchItemOutcome(it, r) : ({ kind: 'retry', item: it, error: 'no answer for this item' } as ItemOutcome);
        });
        await this.repo.recordBatch(run.tenantId, batch.id, outcomes);
        run.batches += 1;
        for (const o of outcomes) run.tally(o, () => this.backoff(run.attempts(o.item.invoiceId)), this.options.retryAttempts);
        return;
      } catch (e) {
        if (!(e instanceof QboError)) throw e;
        if (e.kind === 'reconnect') {
          await this.repo.noteSendAttempt(batch.id, plainReason(e));
          throw new WindowAbort(reconnectReason(e));
        }
        if (!e.retriable) {
          // The whole request was refused, so nothing of it was applied: every item fails with the reason.
          await this.repo.noteSendAttempt(batch.id, plainReason(e));
          const outcomes = batch.items.map((it) => errorOutcome(it, e));
          await this.repo.recordBatch(run.tenantId, batch.id, outcomes);
          for (const o of outcomes) run.tally(o, () => this.backoff(1), this.options.retryAttempts);
          return;
        }
        await this.repo.noteSendAttempt(batch.id, plainReason(e));
        if (attempt >= this.options.retryAttempts) {
          this.logger.warn({ tenantId: run.tenantId, batchId: batch.id, err: e.toJSON() }, 'batch not confirmed; it stays open and is resent first next time');
          run.leftOpen += 1;
          return;
        }
        await this.sleep(this.backoff(attempt + 1));
      }
    }
  }

  private async fail(run: WindowRun, c: Candidate, code: string, reason: string): Promise<void> {
    await this.repo.markFailed(run.tenantId, c.invoiceId, c.version, code, reason);
    run.failed += 1;
    run.addFailure({ invoiceId: c.invoiceId, number: c.number, code, reason });
  }

  private backoff(attempt: number): number {
    const base = this.options.retryBaseDelayMs * 2 ** Math.max(0, attempt - 1);
    return Math.round(base / 2 + (Math.random() * base) / 2);
  }
}

/** The counters and in-memory retry bookkeeping of one window run. */
class WindowRun {
  pushed = 0;
  updated = 0;
  voided = 0;
  failed = 0;
  linked = 0;
  batches = 0;
  leftOpen = 0;
  note: string | null = null;
  readonly failures: WindowFailure[] = [];
  readonly customersChecked = new Set<string>();
  readonly inactiveCustomers = new Set<string>();
  /** Invoices given up on for this window after repeated passing failures. */
  readonly carriedByRetry = new Set<string>();
  private readonly notBefore = new Map<string, number>();
  private readonly tries = new Map<string, number>();

  constructor(
    private readonly req: FlushRequest,
    readonly options: FlushOptions,
  ) {}

  get tenantId(): string {
    return this.req.tenantId;
  }

  get windowId(): string | null {
    return this.req.windowId;
  }

  aborted(): boolean {
    return this.req.signal?.aborted === true;
  }

  attempts(invoiceId: string): number {
    return this.tries.get(invoiceId) ?? 0;
  }

  addFailure(f: WindowFailure): void {
    if (this.failures.length < 200) this.failures.push(f);
  }

  retryLater(invoiceId: string, delayMs: number, maxAttempts: number): void {
    const n = this.attempts(invoiceId) + 1;
    this.tries.set(invoiceId, n);
    if (n > maxAttempts) {
      this.carriedByRetry.add(invoiceId);
      this.notBefore.delete(invoiceId);
    } else {
      this.notBefore.set(invoiceId, Date.now() + delayMs);
    }
  }

  tally(o: ItemOutcome, delay: () => number, maxAttempts: number): void {
    switch (o.kind) {
      case 'applied':
        if (o.item.operation === 'create') this.pushed += 1;
        else if (o.item.operation === 'update') this.updated += 1;
        else this.voided += 1;
        return;
      case 'failed':
        this.failed += 1;
        this.addFailure({ invoiceId: o.item.invoiceId, number: o.item.number, code: o.code, reason: o.reason });
        return;
      case 'waiting':
        return;
      case 'check':
      case 'retry':
        this.retryLater(o.item.invoiceId, delay(), maxAttempts);
        return;
    }
  }

  /** Ids not to collect now: given up on for this window, or waiting for their backoff. */
  excluded(): string[] {
    const now = Date.now();
    const out = [...this.carriedByRetry];
    for (const [id, at] of this.notBefore) {
      if (at > now) out.push(id);
      else this.notBefore.delete(id);
    }
    return out;
  }

  /** How long until the next invoice waiting for its backoff may go, or null when none waits. */
  nextRetryInMs(): number | null {
    if (this.notBefore.size === 0) return null;
    const next = Math.min(...this.notBefore.values());
    return Math.max(10, next - Date.now());
  }

  summary(): WindowSummary {
    return {
      pushed: this.pushed,
      updated: this.updated,
      voided: this.voided,
      failed: this.failed,
      waiting: 0,
      carried: 0,
      batches: this.batches,
      failures: this.failures,
      note: this.note,
    };
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

function isOurs(inv: QboInvoice, invoiceId: string): boolean {
  return typeof inv.PrivateNote === 'string' && inv.PrivateNote.trim() === syncMarker(invoiceId);
}

function reconnectReason(e: QboError): string {
  return `the QuickBooks connection needs a reconnect (${e.explanation}); the invoices are kept and go once it is reconnected`;
}

function chunk<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
