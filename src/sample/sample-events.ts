import { createHash } from 'node:crypto';

/**
 * Realistic customer and invoice events for the demo, the benchmarks and the tests:
 * several tenants, entities updated over several versions, voids and deletes, names
 * with apostrophes, accents and the characters QBO rejects.
 */

export interface SampleEvent {
  topic: 'customers' | 'invoices';
  key: string;
  value: Record<string, unknown>;
}

const GIVEN = ['Ann', 'José', 'Mei', 'Olu', 'Zoë', 'Liam', 'Priya', 'Noah', 'Sven', 'Fatima', 'Łukasz', 'Hana'];
const FAMILY = ["O'Neil", 'García', 'Chen', 'Adeyemi', 'Müller', 'Smith', 'Patel', 'Johnson', 'Berg', 'Khan', 'Nowak', 'Sato'];
const TRADES = ['Plumbing', 'Electric', 'Landscaping', 'Roofing', 'Cleaning', 'HVAC', 'Painting', 'Pest Control'];
const SUFFIXES = ['LLC', 'Inc.', 'Ltd', '& Sons', 'Co.'];
const SERVICES = [
  ['Drain cleaning', '75.00'],
  ['Service call', '95.00'],
  ['Filter replacement', '18.50'],
  ['Labour (hour)', '68.25'],
  ['Inspection', '120.00'],
  ['Materials', '3.35'],
] as const;
const CITIES = [
  ['Springfield', 'IL', '62701'],
  ['Chicago', 'IL', '60614'],
  ['Oak Park', 'IL', '60302'],
  ['Evanston', 'IL', '60201'],
] as const;

/** A small deterministic PRNG so a seed reproduces the same stream. */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

export function customerData(rand: () => number, id: string, n: number): Record<string, unknown> {
  const given = pick(rand, GIVEN);
  const family = pick(rand, FAMILY);
  const company = rand() < 0.5 ? `${family} ${pick(rand, TRADES)} ${pick(rand, SUFFIXES)}` : null;
  const [city, region, postalCode] = pick(rand, CITIES);
  return {
    id,
    displayName: company ?? `${given} ${family}`,
    givenName: given,
    familyName: family,
    companyName: company,
    email: `${given}.${family}${n}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
    phone: `+1 312 555 ${String(1000 + (n % 9000)).padStart(4, '0')}`,
    billingAddress: { line1: `${10 + (n % 990)} Main St`, line2: null, city, region, postalCode, country: 'US' },
    notes: rand() < 0.2 ? 'Gate code 1234' : null,
  };
}

export function invoiceData(rand: () => number, id: string, customerId: string, n: number): Record<string, unknown> {
  const lineCount = 1 + Math.floor(rand() * 4);
  const lines = Array.from({ length: lineCount }, () => {
    const [description, unitPrice] = pick(rand, SERVICES);
    return { description, quantity: String(1 + Math.floor(rand() * 4)), unitPrice, itemCode: 'SERVICES', taxable: false };
  });
  const day = 1 + (n % 28);
  return {
    id,
    customerId,
    number: `INV-${100000 + n}`,
    issueDate: `2026-11-${String(day).padStart(2, '0')}`,
    dueDate: `2026-12-${String(day).padStart(2, '0')}`,
    currency: 'USD',
    memo: 'Thank you for your business',
    lines,
  };
}

/** A UUID-shaped id derived from its inputs: the same options give the same stream, so a rerun is a replay. */
function deterministicUuid(...parts: Array<string | number>): string {
  const h = createHash('sha1').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function envelope(
  eventId: string,
  type: string,
  tenantId: string,
  version: number,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const occurredAt = new Date(Date.UTC(2026, 10, 1) + version * 60_000).toISOString();
  return { eventId, type, tenantId, occurredAt, version, data };
}

export interface GenerateOptions {
  count: number;
  tenants?: number;
  seed?: number;
  /** Prefix for tenant ids, so parallel runs don't share entities. */
  tenantPrefix?: string;
}

/**
 * About a third customer events and two thirds invoice events; each entity gets one to
 * three versions; about 3% of invoices are voided and 1% of customers deleted afterwards.
 */
export function generateEvents(opts: GenerateOptions): SampleEvent[] {
  const rand = prng(opts.seed ?? 42);
  const tenants = Array.from({ length: opts.tenants ?? 5 }, (_, i) => `${opts.tenantPrefix ?? 'acct'}_${i + 1}`);
  const out: SampleEvent[] = [];
  const customersByTenant = new Map<string, string[]>();
  let n = 0;
  const seed = opts.seed ?? 42;
  const prefix = opts.tenantPrefix ?? 'acct';
  const id = () => deterministicUuid(prefix, seed, out.length);
  while (out.length < opts.count) {
    n++;
    const tenantId = pick(rand, tenants);
    const known = customersByTenant.get(tenantId) ?? [];
    customersByTenant.set(tenantId, known);
    if (known.length === 0 || rand() < 0.33) {
      const customerId = `cus_${n}`;
      known.push(customerId);
      const versions = 1 + Math.floor(rand() * 3);
      for (let v = 1; v <= versions && out.length < opts.count; v++) {
        out.push({ topic: 'customers', key: tenantId, value: envelope(id(), 'customer.upserted', tenantId, v, customerData(rand, customerId, n)) });
      }
      if (rand() < 0.01 && out.length < opts.count) {
        out.push({ topic: 'customers', key: tenantId, value: envelope(id(), 'customer.deleted', tenantId, versions + 1, { id: customerId }) });
      }
    } else {
      const invoiceId = `inv_${n}`;
      const customerId = pick(rand, known);
      const versions = 1 + Math.floor(rand() * 3);
      for (let v = 1; v <= versions && out.length < opts.count; v++) {
        out.push({ topic: 'invoices', key: tenantId, value: envelope(id(), 'invoice.upserted', tenantId, v, invoiceData(rand, invoiceId, customerId, n)) });
      }
      if (rand() < 0.03 && out.length < opts.count) {
        out.push({ topic: 'invoices', key: tenantId, value: envelope(id(), 'invoice.voided', tenantId, versions + 1, { id: invoiceId }) });
      }
    }
  }
  return out;
}

/** What the database must hold after `events` are applied: entity → newest version. */
export function expectedState(events: readonly SampleEvent[]): Map<string, { version: number; type: string }> {
  const state = new Map<string, { version: number; type: string }>();
  for (const e of events) {
    const v = e.value as { tenantId: string; version: number; type: string; data: { id: string } };
    const kind = e.topic === 'customers' ? 'customer' : 'invoice';
    const key = `${kind}|${v.tenantId}|${v.data.id}`;
    const seen = state.get(key);
    if (seen === undefined || seen.version < v.version) state.set(key, { version: v.version, type: v.type });
  }
  return state;
}
