import { parseFault, ParsedFault } from './fault-parser';
import { QboError, QboErrorKind } from './qbo-error';

/** Which server answered: the accounting API or the OAuth token endpoint (their codes mean different things). */
export type QboEndpoint = 'api' | 'token';

export interface RawFailure {
  endpoint: QboEndpoint;
  httpStatus?: number;
  body?: unknown;
  /** Node / axios error code for failures without a response (ECONNRESET, ETIMEDOUT, ...), or "TIMEOUT". */
  networkCode?: string;
  networkMessage?: string;
  operation?: string;
  cause?: unknown;
  /** The Retry-After header of the answer, when there was one. */
  retryAfter?: unknown;
}

const PERMANENT_EXPLANATIONS: Record<string, string> = {
  '6240': 'Another customer, vendor or employee already uses this display name.',
  '6140': 'Another invoice already uses this invoice number (DocNumber).',
  '6070': 'A line amount does not equal quantity × unit price.',
  '610': 'The referenced object does not exist or is inactive.',
  '2500': 'A reference points to an object that does not exist or is inactive.',
  '2010': 'A field has a value QuickBooks does not accept.',
  '2020': 'A required field is missing.',
  '2050': 'A value is too long for its field.',
  '4000': 'The query could not be parsed.',
  '6000': 'QuickBooks rejected the request by a business rule.',
  '6210': 'The accounting period is closed for this date.',
  '6190': 'The QuickBooks subscription of this company has ended.',
};

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UND_ERR_SOCKET',
  'TIMEOUT',
]);

/** Turns one failed HTTP exchange (status + body, or a network error) into a QboError. */
export function classifyFailure(f: RawFailure): QboError {
  const fault: ParsedFault | null = parseFault(f.body);
  const first = fault?.errors[0];
  const code = first?.code !== undefined && first.code !== '' ? normaliseCode(first.code) : undefined;
  const base = {
    httpStatus: f.httpStatus,
    detail: first?.detail,
    element: first?.element !== undefined && first.element !== '' ? first.element : undefined,
    faultType: fault?.type,
    operation: f.operation,
    cause: f.cause,
  };
  const make = (kind: QboErrorKind, c: string, explanation: string, extra: { throttled?: boolean; message?: string } = {}) =>
    new QboError({
      ...base,
      kind,
      code: c,
      message: extra.message ?? (first?.message || (f.httpStatus !== undefined ? `HTTP ${f.httpStatus}` : c)),
      explanation,
      throttled: extra.throttled,
      retryAfterMs: extra.throttled === true ? retryAfterMs(f.retryAfter) : undefined,
    });

  if (f.httpStatus === undefined && fault === null) {
    const nc = f.networkCode ?? 'NETWORK';
    const explanation =
      nc === 'TIMEOUT' || nc === 'ETIMEDOUT' || nc === 'ECONNABORTED'
        ? 'QuickBooks did not answer in time; the outcome is unknown, so the same request is retried.'
        : 'The connection to QuickBooks failed; the outcome is unknown, so the same request is retried.';
    return make('retriable', nc, explanation, { message: f.networkMessage ?? nc });
  }

  if (f.endpoint === 'token') return classifyTokenFailure(f, code, make);

  const status = f.httpStatus;
  if (status === 429 || code === '3001') {
    return make('retriable', code ?? '3001', 'QuickBooks is throttling this company; calls pause and resume.', { throttled: true });
  }
  if (status === 401 || code === '3200') {
    return make('refresh', code ?? '3200', 'QuickBooks refused the access token; it is refreshed and the call retried.');
  }
  if (code === '5010') {
    return make('conflict', code, 'Someone changed this record in QuickBooks meanwhile; re-read it and apply the change again.');
  }
  if (status === 403 || code === '3100') {
    // The connection lost its rights to the company: no request of it can succeed until a user
    // reconnects. Never a fault of the data sent, so nothing is failed; the work waits.
    return make('reconnect', code ?? '403', 'The app is no longer authorised for this QuickBooks company (403 / 3100); a user must reconnect it. The work waits until then.');
  }
  if (status !== undefined && status >= 500) {
    return make('retriable', code ?? String(status), 'QuickBooks had a temporary failure; the same request is retried.');
  }
  if (code !== undefined && PERMANENT_EXPLANATIONS[code] !== undefined) {
    return make('permanent', code, PERMANENT_EXPLANATIONS[code]);
  }
  return make(
    'permanent',
    code ?? String(status ?? 'UNKNOWN'),
    'QuickBooks rejected the request; it will fail the same way until the data changes.',
  );
}

function classifyTokenFailure(
  f: RawFailure,
  code: string | undefined,
  make: (kind: QboErrorKind, c: string, explanation: string, extra?: { throttled?: boolean; message?: string }) => QboError,
): QboError {
  const status = f.httpStatus;
  if (code === 'invalid_grant' || code === '3100') {
    return make(
      'reconnect',
      code,
      'The QuickBooks authorisation for this company is no longer valid; a user must reconnect the company.',
    );
  }
  if (status === 429) {
    return make('retriable', code ?? '429', 'The token endpoint is throttling; retried later.', { throttled: true });
  }
  if (status !== undefined && status >= 500) {
    return make('retriable', code ?? String(status), 'The token endpoint had a temporary failure; retried later.');
  }
  if (status === 401 || code === 'invalid_client') {
    return make('permanent', code ?? '401', 'The app credentials (QBO_CLIENT_ID / QBO_CLIENT_SECRET) were refused.');
  }
  return make('permanent', code ?? String(status ?? 'UNKNOWN'), 'The token endpoint rejected the request.');
}

/** "003200" and "3200" are the same code. */
function normaliseCode(c: string): string {
  return /^\d+$/.test(c) ? String(Number(c)) : c;
}

interface AxiosLikeError {
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; data?: unknown; headers?: unknown };
}

/** Retry-After as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(value: unknown, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const raw = String(text).trim();
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function headerOf(headers: unknown, name: string): unknown {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const h = headers as Record<string, unknown> & { get?: unknown };
  if (typeof h.get === 'function') return (h.get as (n: string) => unknown).call(h, name);
  return h[name];
}

/**
 * Classifies whatever node-quickbooks or intuit-oauth rejected with: an axios error (with or
 * without a response), a parsed fault body, our own timeout, or an unexpected exception.
 */
export function classifyThrown(err: unknown, endpoint: QboEndpoint, operation?: string): QboError {
  if (err instanceof QboError) return operation === undefined ? err : err.withOperation(operation);
  if (typeof err === 'object' && err !== null) {
    const e = err as AxiosLikeError & Record<string, unknown>;
    const res = e.response;
    if (res && typeof res === 'object' && typeof res.status === 'number') {
      return classifyFailure({ endpoint, httpStatus: res.status, body: res.data, operation, cause: safeCause(err), retryAfter: headerOf(res.headers, 'retry-after') });
    }
    if ('Fault' in e || 'fault' in e) {
      // node-quickbooks hands over the parsed body when a 200 response carries a Fault.
      return classifyFailure({ endpoint, httpStatus: 400, body: err, operation, cause: undefined });
    }
    const code = typeof e.code === 'string' ? e.code : undefined;
    const message = typeof e.message === 'string' ? e.message : String(err);
    if (code === 'ERR_CANCELED') {
      return classifyFailure({ endpoint, networkCode: 'TIMEOUT', networkMessage: 'request timed out', operation, cause: safeCause(err) });
    }
    if ((code !== undefined && NETWORK_CODES.has(code)) || /socket hang up|network error|timeout/i.test(message)) {
      return classifyFailure({ endpoint, networkCode: code ?? 'ECONNRESET', networkMessage: message, operation, cause: safeCause(err) });
    }
    return new QboError({
      kind: 'permanent',
      code: code ?? 'UNEXPECTED',
      message,
      explanation: 'An unexpected error happened while talking to QuickBooks.',
      operation,
      cause: safeCause(err),
    });
  }
  return new QboError({
    kind: 'permanent',
    code: 'UNEXPECTED',
    message: String(err),
    explanation: 'An unexpected error happened while talking to QuickBooks.',
    operation,
  });
}

/**
 * A copy of a thrown error that keeps only name, code and message. The raw axios error holds the
 * request config (Authorization header, refresh_token in the form body): it must never reach a log.
 */
export function safeCause(err: unknown): Error {
  const e = typeof err === 'object' && err !== null ? (err as { name?: unknown; code?: unknown; message?: unknown }) : {};
  const copy = new Error(typeof e.message === 'string' ? e.message : String(err));
  copy.name = typeof e.name === 'string' ? e.name : 'Error';
  if (typeof e.code === 'string') Object.assign(copy, { code: e.code });
  return copy;
}
