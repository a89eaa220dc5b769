import { createHash } from 'node:crypto';

/**
 * Deterministic QBO `requestid` values: the same logical request always carries the same id,
 * across retries, restarts and replicas, so QBO can return the first response instead of acting twice.
 * QBO accepts at most 50 characters (36 on a batch request); both ids here are lowercase hex.
 */
export const MAX_REQUEST_ID_LENGTH = 50;
export const MAX_BATCH_REQUEST_ID_LENGTH = 36;

function digest(parts: readonly (string | number)[]): string {
  const h = createHash('sha256');
  // Length-prefixed parts, so ("a|b","c") and ("a","b|c") never collide.
  for (const p of parts) {
    const s = String(p);
    h.update(`${Buffer.byteLength(s)}:${s};`);
  }
  return h.digest('hex');
}

/** For a create (or update) of one entity at one version: 50 hex chars. */
export function entityRequestId(tenantId: string, entity: string, id: string, version: number | string, operation = 'create'): string {
  return digest(['entity', tenantId, entity, id, String(version), operation]).slice(0, MAX_REQUEST_ID_LENGTH);
}

/** For one batch request (a persisted batch, or one chunk of it): 36 hex chars. */
export function batchRequestId(tenantId: string, batchId: string, chunk?: number): string {
  return digest(['batch', tenantId, batchId, chunk === undefined ? '' : String(chunk)]).slice(0, MAX_BATCH_REQUEST_ID_LENGTH);
}

/**
 * For one operation on one invoice at one version (36 hex chars, so it fits a single request and
 * a batch request alike): every send of that operation at that version, in whatever request row it
 * is planned again, carries the same id, so QBO answers a resend with its first result.
 */
export function invoiceRequestId(tenantId: string, invoiceId: string, version: number, operation: string): string {
  return digest(['invoice', tenantId, invoiceId, String(version), operation]).slice(0, MAX_BATCH_REQUEST_ID_LENGTH);
}

/** Checks a caller-supplied id; a wrong one is a programming error. */
export function assertRequestId(id: string, max: number): void {
  if (id.length === 0 || id.length > max || !/^[A-Za-z0-9._:-]+$/.test(id)) {
    throw new Error(`requestid must be 1..${max} characters of [A-Za-z0-9._:-], got ${JSON.stringify(id)}`);
  }
}
