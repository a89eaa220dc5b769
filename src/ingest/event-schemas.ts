import { z } from 'zod';
import { jsonNestingDepth, loneSurrogatePath, MAX_EVENT_BYTES, MAX_NESTING_DEPTH } from './event-text-checks';

/**
 * The event contract (../shared/event-contract.md) as runtime schemas. Unknown fields are
 * kept (the contract may grow backward-compatibly); anything QBO would reject later (a
 * colon in a name, a bad email) is accepted here and repaired on the way to QBO.
 */

export const EVENT_TYPES = ['customer.upserted', 'customer.deleted', 'invoice.upserted', 'invoice.voided'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):?(\d{2}))$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;

const optionalText = z.string().max(10_000).nullish();
const entityId = z.string().min(1).max(200);

/** A day that exists (no 2026-02-30) in the years Postgres and QBO take (0001 to 9999). */
function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * A real instant: a day that exists, hours 00-23, minutes and seconds 00-59, a zone offset
 * within ±15:59 (what Postgres takes). `Date.parse` alone rolls 2026-02-30 over to March 2.
 */
function isRealInstant(v: string): boolean {
  const m = ISO_PARTS.exec(v);
  if (m === null) return false;
  const [year, month, day, hour, minute, second = '0', offH = '0', offM = '0'] = m.slice(1);
  return (
    isRealDay(Number(year), Number(month), Number(day)) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(offH) <= 15 &&
    Number(offM) <= 59
  );
}

const calendarDate = z
  .string()
  .regex(DATE_ONLY, 'must be a date YYYY-MM-DD')
  .refine((v) => isRealDay(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10))), 'must be a real calendar date');

/** A decimal as a string ("75.00"); JSON numbers are accepted and turned into strings. */
const decimal = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
  .refine((v) => DECIMAL.test(v), 'must be a decimal number such as "75.00"');

/** The envelope's fields (every event has them), described for the published JSON Schema. */
const eventId = z.string().min(1).max(200).describe('Unique per event; a repeated eventId changes nothing');
const tenantId = z.string().min(1).max(100).describe('The upstream account; also the recommended message key');
const occurredAt = z
  .string()
  .regex(ISO_WITH_ZONE, 'must be an ISO-8601 time with a zone')
  .refine(isRealInstant, 'must be a real time (a day that exists, hours 00-23, an offset within ±15:59)')
  .describe('ISO-8601 time with zone, e.g. 2026-11-21T10:15:00Z');
const version = z
  .number()
  .int()
  .min(1)
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Grows with every change of the entity; older or equal versions are ignored');

/** Any type and any data: checked first, so a bad envelope is reported alone. */
const envelopeSchema = z.looseObject({ eventId, type: z.string().min(1), tenantId, occurredAt, version, data: z.unknown() });

const addressSchema = z.looseObject({
  line1: optionalText,
  line2: optionalText,
  city: optionalText,
  region: optionalText,
  postalCode: optionalText,
  country: optionalText,
});

const customerUpsertedSchema = z
  .looseObject({
    id: entityId,
    displayName: optionalText,
    givenName: optionalText,
    familyName: optionalText,
    companyName: optionalText,
    email: optionalText,
    phone: optionalText,
    billingAddress: addressSchema.nullish(),
    notes: optionalText,
  })
  .refine(
    (c) => [c.displayName, c.givenName, c.familyName, c.companyName].some((n) => typeof n === 'string' && n.trim() !== ''),
    { message: 'needs at least one of displayName, givenName, familyName, companyName', path: ['displayName'] },
  )
  .describe('Needs id and at least one of displayName, givenName, familyName, companyName');

const entityRefSchema = z.looseObject({ id: entityId });

const lineSchema = z.looseObject({
  description: z.string().min(1).max(4000),
  quantity: decimal,
  unitPrice: decimal,
  itemCode: z.string().max(10_000).nullish().describe('The upstream product code: decides which QuickBooks item the line is booked to (mapping, else the item with this SKU, else the item of this name)'),
  taxable: z.boolean().nullish().describe('US: TAX or NON; elsewhere the taxable or the exempt tax code the tenant picked'),
  taxCode: z.string().max(100).nullish().describe('The name of a QuickBooks tax code of the company; wins over taxable'),
});

const invoiceUpsertedSchema = z
  .looseObject({
    id: entityId,
    customerId: entityId,
    number: optionalText,
    issueDate: calendarDate,
    dueDate: calendarDate.nullish(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code').nullish(),
    memo: optionalText,
    lines: z.array(lineSchema).min(1, 'needs at least one line'),
    pricesIncludeTax: z.boolean().nullish().describe('Outside the US: the line prices include tax (GlobalTaxCalculation TaxInclusive)'),
    taxAmount: decimal.nullish().describe('The tax upstream computed: the total tax in a US company, compared with QuickBooks\' tax elsewhere'),
    exchangeRate: decimal
      .refine((v) => Number(v) > 0, 'must be greater than 0')
      .nullish()
      .describe('Home-currency units per one unit of currency, sent as ExchangeRate'),
  })
  .describe(
    'Money and quantities are decimal strings ("75.00"; JSON numbers accepted); line amount = quantity × unitPrice rounded half-up to cents',
  );

function eventOf<T extends EventType, D extends z.ZodType>(type: T, data: D) {
  return z.object({ eventId, type: z.literal(type), tenantId, occurredAt, version, data });
}

/**
 * The one schema of an event: what parseEvent accepts, and what docs/event-contract.schema.json
 * is generated from (`eventContractJsonSchema`). Unknown envelope fields are ignored (dropped),
 * unknown data fields kept.
 */
export const eventSchema = z.discriminatedUnion('type', [
  eventOf('customer.upserted', customerUpsertedSchema),
  eventOf('customer.deleted', entityRefSchema),
  eventOf('invoice.upserted', invoiceUpsertedSchema),
  eventOf('invoice.voided', entityRefSchema),
]);

export type IngestEvent = z.output<typeof eventSchema>;

/** Why an event went to the dead-letter topic (the `x-error-code` header). */
export type RejectionCode = 'empty_message' | 'too_large' | 'too_deep' | 'invalid_json' | 'schema_violation' | 'unknown_type';

export type ParseResult = { ok: true; event: IngestEvent } | { ok: false; code: RejectionCode; message: string };

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

const decoder = new TextDecoder('utf-8', { fatal: true });
/** A JSON escape of U+0000 (not preceded by an escaped backslash): Postgres text cannot hold it. */
const NUL_ESCAPE = /(^|[^\\])(\\\\)*\\u0000/;

/** Validates one message value against the contract. Never throws. */
export function parseEvent(value: Buffer | null): ParseResult {
  if (value === null || value.length === 0) {
    return { ok: false, code: 'empty_message', message: 'message has no value' };
  }
  if (value.length > MAX_EVENT_BYTES) {
    return { ok: false, code: 'too_large', message: `the event is ${value.length} bytes; at most ${MAX_EVENT_BYTES} are accepted` };
  }
  let raw: unknown;
  let text: string;
  try {
    text = decoder.decode(value);
    if (text.includes('\\u0000') && NUL_ESCAPE.test(text)) {
      return { ok: false, code: 'schema_violation', message: 'a string holds a NUL character (\\u0000), which cannot be stored' };
    }
    if (jsonNestingDepth(text) > MAX_NESTING_DEPTH) {
      return { ok: false, code: 'too_deep', message: `objects and arrays are nested more than ${MAX_NESTING_DEPTH} levels deep` };
    }
    raw = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, code: 'invalid_json', message: `value is not UTF-8 JSON: ${reason}`.slice(0, 500) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, code: 'schema_violation', message: '(root): must be a JSON object' };
  }
  const surrogateAt = loneSurrogatePath(text, raw);
  if (surrogateAt !== null) {
    return {
      ok: false,
      code: 'schema_violation',
      message: `${surrogateAt}: holds a lone UTF-16 surrogate (an unpaired \\ud800-\\udfff escape), which is not a Unicode character`,
    };
  }
  const parsed = eventSchema.safeParse(raw);
  if (parsed.success) return { ok: true, event: parsed.data };
  return { ok: false, ...whyRejected(raw, parsed.error) };
}

/** The rejection of a value eventSchema refused: the envelope's faults alone if it has any, else the type, else the data's. */
function whyRejected(raw: unknown, error: z.ZodError): { code: RejectionCode; message: string } {
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) return { code: 'schema_violation', message: describe(env.error) };
  const { type } = env.data;
  if (!(EVENT_TYPES as readonly string[]).includes(type)) {
    return { code: 'unknown_type', message: `type "${type.slice(0, 100)}" is not one of ${EVENT_TYPES.join(', ')}` };
  }
  // The envelope is sound, so every issue is under `data`.
  return { code: 'schema_violation', message: describe(error) };
}
