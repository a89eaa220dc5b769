import type { CompanyProfile, InvoiceChoices, NamedRef } from './company-lists-repository';
import type { FlushOptions } from './flush-options';
import type { ItemOutcome } from './invoice-batch-types';
import type { WindowFailure, WindowSummary } from './invoice-window-repository';

/** The company and the tenant's choices, read once per run (FlushInvoices). */
export interface RunCompany {
  profile: CompanyProfile;
  choices: InvoiceChoices;
  /** Active tax codes by lower-cased name. */
  taxCodes: Map<string, NamedRef>;
  /** The item of lines without a code (and of unmapped codes under the default-item policy). */
  defaultItemId: string;
}

/** What a window run is asked: the tenant, its window row (if any) and the shutdown signal. */
export interface WindowRunRequest {
  tenantId: string;
  windowId: string | null;
  signal?: AbortSignal;
}

/**
 * The window bookkeeping of one run: its counters, the failures it reports, the QBO customers it
 * found inactive, and the in-memory retry schedule (backoff per invoice, given up on after the
 * window's tries). Nothing here talks to Postgres or QuickBooks.
 */
export class WindowRun {
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
  /**
   * The company this run works for (the tenant's grant when it started): everything it writes is
   * conditional on the tenant still being on it, and everything it sends goes only there.
   */
  realmId = '';
  /** Set before the first page is planned. */
  company: RunCompany | null = null;
  /** Item codes resolved in this run (normalised code → item Id). */
  readonly itemsByCode = new Map<string, string>();
  /** Upstream customer + currency → the QBO customer in that currency, found or created in this run. */
  readonly currencyCustomers = new Map<string, string>();
  /** Invoices failed in this run: not collected again in it, even when a list change releases their hold meanwhile. */
  private readonly failedHere = new Set<string>();
  /** Invoices given up on for this window after repeated passing failures. */
  readonly carriedByRetry = new Set<string>();
  private readonly notBefore = new Map<string, number>();
  private readonly tries = new Map<string, number>();

  constructor(
    private readonly req: WindowRunRequest,
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

  /** The delay before try `attempt` (1-based): exponential from the base, with equal jitter. */
  backoff(attempt: number): number {
    const base = this.options.retryBaseDelayMs * 2 ** Math.max(0, attempt - 1);
    return Math.round(base / 2 + (Math.random() * base) / 2);
  }

  /** An invoice failed at its version (recorded in Postgres by the caller): counted and reported. */
  noteFailed(f: WindowFailure): void {
    this.failed += 1;
    this.failedHere.add(f.invoiceId);
    this.addFailure(f);
  }

  retryLater(invoiceId: string, delayMs: number): void {
    const n = this.attempts(invoiceId) + 1;
    this.tries.set(invoiceId, n);
    if (n > this.options.retryAttempts) {
      this.carriedByRetry.add(invoiceId);
      this.notBefore.delete(invoiceId);
    } else {
      this.notBefore.set(invoiceId, Date.now() + delayMs);
    }
  }

  tally(o: ItemOutcome, delay: () => number): void {
    switch (o.kind) {
      case 'applied':
        if (o.item.operation === 'create') this.pushed += 1;
        else if (o.item.operation === 'update') this.updated += 1;
        else this.voided += 1;
        return;
      case 'failed':
        this.noteFailed({ invoiceId: o.item.invoiceId, number: o.item.number, code: o.code, reason: o.reason });
        return;
      case 'waiting':
        return;
      case 'check':
      case 'retry':
        this.retryLater(o.item.invoiceId, delay());
        return;
    }
  }

  /** Ids not to collect now: given up on for this window, or waiting for their backoff. */
  excluded(): string[] {
    const now = Date.now();
    const out = [...this.carriedByRetry, ...this.failedHere];
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

  private addFailure(f: WindowFailure): void {
    if (this.failures.length < 200) this.failures.push(f);
  }
}
