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

/** SQLSTATE classes about one event's data: 22 data exception, 23 integrity violation, 54 program limit (jsonb too deep or too complex). */
const EVENT_SQLSTATE = /^(22|23|54)[0-9A-Z]{3}$/;

/**
 * True when a failed write is the events' fault, not the database's or the deployment's:
 * Postgres refused their data (SQLSTATE class 22, 23 or 54), or our own code threw on them
 * (a RangeError from JSON.stringify, a TypeError: an error that carries no SQLSTATE and no
 * network code). Such a write is isolated event by event and the culprits dead-lettered.
 * Everything else (the database unreachable, restarting, overloaded, a deadlock, a missing
 * table or a refused password that an operator fixes) is retried for as long as it lasts:
 * retrying, or a fix of the deployment, makes it succeed, and no event is to blame.
 */
export function blamesTheEvents(error: unknown): boolean {
  if (isRetriableDbError(error)) return false;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as { code?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return EVENT_SQLSTATE.test(e.code);
    if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return false; // a system (network, file) error
    current = e.driverError ?? e.cause;
  }
  return true;
}

/** The SQLSTATE of a database error, or null (for the dead letter's reason). */
export function sqlState(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as { code?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    current = e.driverError ?? e.cause;
  }
  return null;
}
