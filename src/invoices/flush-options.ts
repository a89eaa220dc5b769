/** The settings of an invoice window run (from `Config.invoices`). */
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
