/** Backoff and error classification shared by the ingest loop. */

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 200, maxMs: 10_000, factor: 2 };

/** Delay before retry number `attempt` (0-based), with full jitter over the upper half. */
export function backoffDelay(attempt: number, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(opts.maxMs, opts.initialMs * opts.factor ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const RETRIABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** SQLSTATE classes and codes that a later attempt can succeed on. */
function isRetriableSqlState(code: string): boolean {
  return (
    code.startsWith('08') || // connection exception
    code.startsWith('53') || // insufficient resources
    code.startsWith('57P') || // admin shutdown, crash shutdown, cannot connect now
    code === '40001' || // serialization failure
    code === '40P01' || // deadlock detected
    code === '55P03' || // lock not available
    code === '58000' ||
    code === '58030' // io error
  );
}

/**
 * True when retrying the same database write later can succeed: the database is down,
 * restarting, overloaded, or the transaction lost a race. False for errors in the data.
 */
export function isRetriableDbError(error: unknown): boolean {
  let current: unknown = error;
  // Duck-typed, not `instanceof Error`: errors may come from another realm (a vm context).
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string') {
      if (RETRIABLE_NODE_CODES.has(e.code)) return true;
      if (/^[0-9A-Z]{5}$/.test(e.code)) return isRetriableSqlState(e.code);
    }
    const msg = typeof e.message === 'string' ? e.message : '';
    if (
      /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|the database system is (starting up|shutting down)|read ECONNRESET|connect ECONNREFUSED/i.test(
        msg,
      )
    ) {
      return true;
    }
    current = e.driverError ?? e.cause;
  }
  return false;
}

/**
 * True when Postgres refused the data itself (SQLSTATE class 22 data exception or 23
 * integrity violation): only then is one event to blame. Anything else is retried.
 */
export function isDataError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as { code?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && /^2[23][0-9A-Z]{3}$/.test(e.code)) return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}
