import { QboError } from './qbo-error';

// Reading QBO's JSON answers without trusting their shape.

export function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function unexpectedShape(message: string): QboError {
  return new QboError({ kind: 'retriable', code: 'UNEXPECTED_RESPONSE', message, explanation: 'QuickBooks gave an answer of an unexpected shape.' });
}

/** node-quickbooks unwraps `{Customer: {...}}` for most calls but not for void; accept both. */
export function entityFrom<T extends { Id: string }>(body: unknown, name: string): T {
  const b = record(body);
  const inner = b[name] !== undefined ? record(b[name]) : b;
  if (typeof inner.Id !== 'string' && typeof inner.Id !== 'number') throw unexpectedShape(`answer without ${name}.Id`);
  return inner as unknown as T;
}
