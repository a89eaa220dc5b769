import { randomUUID } from 'node:crypto';

/** Object builders for test data: a test states only what matters to it. */

type Json = Record<string, unknown>;

export function anEnvelope(type: string, data: Json, overrides: Json = {}): Json {
  return {
    eventId: randomUUID(),
    type,
    tenantId: 'acct_test',
    occurredAt: '2026-11-21T10:15:00Z',
    version: 1,
    data,
    ...overrides,
  };
}

export function aCustomerEvent(data: Json = {}, envelope: Json = {}): Json {
  return anEnvelope(
    'customer.upserted',
    {
      id: 'cus_1',
      displayName: "Ann O'Neil",
      givenName: 'Ann',
      familyName: "O'Neil",
      email: 'ann@oneil.example',
      ...data,
    },
    envelope,
  );
}

export function anInvoiceEvent(data: Json = {}, envelope: Json = {}): Json {
  return anEnvelope(
    'invoice.upserted',
    {
      id: 'inv_1',
      customerId: 'cus_1',
      number: 'INV-1042',
      issueDate: '2026-11-20',
      lines: [{ description: 'Drain cleaning', quantity: '2', unitPrice: '75.00' }],
      ...data,
    },
    envelope,
  );
}

export const asMessage = (event: Json, key?: string) => ({
  key: key ?? String(event.tenantId ?? 'acct_test'),
  value: JSON.stringify(event),
});

/**
 * The JSON text of `event` with `data.extra` nested `levels` objects deep, written as text
 * (JSON.stringify itself overflows its stack on a few thousand levels).
 */
export function withDeepExtra(event: Json, levels: number): string {
  const text = JSON.stringify({ ...event, data: { ...(event.data as Json), extra: '__DEEP__' } });
  return text.replace('"__DEEP__"', `${'{"deeper":'.repeat(levels)}"bottom"${'}'.repeat(levels)}`);
}
