/**
 * What a caller should do about a failed QBO call. Decide by `kind` / `retriable`,
 * never by parsing `message`.
 *
 * - retriable: try again later with the same requestid and body (the client already did, a bounded number of times)
 * - refresh:   the access token was refused (401 / 3200); the client refreshes once and retries by itself,
 *              so a caller only sees this when the refreshed token was refused too
 * - conflict:  stale SyncToken (5010): re-read the entity, re-apply the change, retry
 * - permanent: the request can never succeed as it is; the data or the user must change first
 * - reconnect: the company's authorisation is gone (invalid_grant, 3100 / 403 from the token endpoint or the API, no
 *              connection): the tenant's work waits until a user reconnects; nothing is dropped
 * - halted:    refused before anything was sent: the tenant's sync is switched off, or its
 *              connection now belongs to another company (QboWriteGate); the work waits, nothing is dropped
 * - deferred:  a read (CorePlus) not made, to spend the app's monthly read budget (QboReadBudget): a
 *              backstop read past the budget's warning share, or any read while QuickBooks refuses
 *              the app's (or this company's) reads. Nothing was sent; try again later (`retriable`
 *              is true, the client itself never retries it). Writes are never deferred.
 */
export type QboErrorKind = 'retriable' | 'refresh' | 'conflict' | 'permanent' | 'reconnect' | 'halted' | 'deferred';

export interface QboErrorFields {
  kind: QboErrorKind;
  /** QBO fault code ("6240"), OAuth error ("invalid_grant"), or a network code ("ECONNRESET", "TIMEOUT"). */
  code: string;
  httpStatus?: number;
  message: string;
  detail?: string;
  element?: string;
  /** Fault.type, e.g. ValidationFault, SERVICE, AUTHENTICATION. */
  faultType?: string;
  /** Plain words for people reading a status page or a log. */
  explanation: string;
  /** Set when QBO throttled the call (429 / 3001). */
  throttled?: boolean;
  /** A 429's Retry-After header in ms, when QBO sent one (unconfirmed that it ever does). */
  retryAfterMs?: number;
  /** The request that failed, e.g. "POST /customer"; never carries tokens. */
  operation?: string;
  cause?: unknown;
}

export class QboError extends Error {
  readonly kind: QboErrorKind;
  readonly retriable: boolean;
  readonly code: string;
  readonly httpStatus: number | undefined;
  readonly detail: string | undefined;
  readonly element: string | undefined;
  readonly faultType: string | undefined;
  readonly explanation: string;
  readonly throttled: boolean;
  readonly retryAfterMs: number | undefined;
  readonly operation: string | undefined;

  constructor(f: QboErrorFields) {
    super(f.message, f.cause === undefined ? undefined : { cause: f.cause });
    this.name = 'QboError';
    this.kind = f.kind;
    this.retriable = f.kind === 'retriable' || f.kind === 'refresh' || f.kind === 'deferred';
    this.code = f.code;
    this.httpStatus = f.httpStatus;
    this.detail = f.detail;
    this.element = f.element;
    this.faultType = f.faultType;
    this.explanation = f.explanation;
    this.throttled = f.throttled ?? false;
    this.retryAfterMs = f.retryAfterMs;
    this.operation = f.operation;
  }

  /** The tenant's work waits (kept, nothing failed) until a user reconnects or switches the sync on. */
  get holdsWork(): boolean {
    return this.kind === 'reconnect' || this.kind === 'halted';
  }

  /** A read held back for the app's read budget (nothing was sent): try again later. */
  get deferred(): boolean {
    return this.kind === 'deferred';
  }

  /** A copy with the operation filled in (errors are created deep down, the operation is known higher up). */
  withOperation(operation: string): QboError {
    if (this.operation !== undefined) return this;
    return new QboError({ ...this.toFields(), operation });
  }

  toFields(): QboErrorFields {
    return {
      kind: this.kind,
      code: this.code,
      httpStatus: this.httpStatus,
      message: this.message,
      detail: this.detail,
      element: this.element,
      faultType: this.faultType,
      explanation: this.explanation,
      throttled: this.throttled,
      retryAfterMs: this.retryAfterMs,
      operation: this.operation,
      cause: this.cause,
    };
  }

  /** A log-safe summary (no bodies, no headers, no tokens). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      retriable: this.retriable,
      code: this.code,
      httpStatus: this.httpStatus,
      message: this.message,
      detail: this.detail,
      element: this.element,
      faultType: this.faultType,
      operation: this.operation,
      explanation: this.explanation,
    };
  }
}
