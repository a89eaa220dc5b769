import type { ServiceIdentifier } from 'inversify';
/** The settings of an invoice window run (from `Config.invoices`). */
/** The window's settings (INVOICE_BATCH_SIZE, INVOICE_BATCHES_IN_FLIGHT, INVOICE_RETRY_*, ...). */
export const FLUSH_OPTIONS: ServiceIdentifier<FlushOptions> = Symbol.for('FlushOptions');

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
