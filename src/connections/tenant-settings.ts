import { CronExpressionParser } from 'cron-parser';

/** How a tenant's integration behaves (the `tenants` table). */
export interface TenantSettings {
  tenantId: string;
  /** The QuickBooks toggle: when off, events are still recorded but nothing is sent. */
  enabled: boolean;
  /** Five-field cron (minute hour day-of-month month day-of-week) in `timeZone`: when invoices are sent. */
  batchCron: string;
  /** IANA time zone of the schedule, e.g. America/Los_Angeles. */
  timeZone: string;
  /** YYYY-MM-DD: invoices issued before it are never sent; null = the day the company was connected. */
  invoicesFrom: string | null;
  /** A customer matching several QuickBooks customers: create a new one, or hold it for review. */
  ambiguousPolicy: AmbiguousPolicy;
  /** QuickBooks Item Id of lines without an item code (picked by name on the page); null = the company's "Services" item. */
  defaultItemId: string | null;
  /** A line's item code that maps to no item: create a Service item for it, book it to the default item, or hold the invoice. */
  unmappedItemPolicy: UnmappedItemPolicy;
  /** Name of the income account items created for unmapped codes go under; null = "Sales". */
  newItemIncomeAccount: string | null;
  /** Outside the US: the tax code (by name) of taxable lines and of the others; null = the country's default. */
  taxableTaxCode: string | null;
  exemptTaxCode: string | null;
  /** An invoice in another currency than its QuickBooks customer's: a second customer for that currency, or fail. */
  currencyMismatchPolicy: CurrencyMismatchPolicy;
  createdAt: Date;
  updatedAt: Date;
}

export type AmbiguousPolicy = 'create' | 'review';
export type UnmappedItemPolicy = 'create' | 'default-item' | 'hold';
export type CurrencyMismatchPolicy = 'second-customer' | 'fail';

export const SETTINGS_FIELDS = [
  'enabled',
  'batchCron',
  'timeZone',
  'invoicesFrom',
  'ambiguousPolicy',
  'defaultItemId',
  'unmappedItemPolicy',
  'newItemIncomeAccount',
  'taxableTaxCode',
  'exemptTaxCode',
  'currencyMismatchPolicy',
] as const;

/** The fields a person or an operator may change; every one optional (left out = unchanged). */
export type TenantSettingsChange = Partial<Pick<TenantSettings, (typeof SETTINGS_FIELDS)[number]>>;

/** One problem with one field, in words for the person who typed it. */
export interface FieldProblem {
  field: string;
  message: string;
}

export type SettingsValidation = { ok: true; change: TenantSettingsChange } | { ok: false; problems: FieldProblem[] };

export const MAX_TENANT_ID_LENGTH = 100;

/** A tenant id as the event contract allows it (1 to 100 characters, no control characters). */
export function isValidTenantId(id: string): boolean {
  // eslint-disable-next-line no-control-regex
  return id.length >= 1 && id.length <= MAX_TENANT_ID_LENGTH && !/[\u0000-\u001f\u007f]/.test(id);
}

/** True for an IANA zone name the runtime knows (and "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '' || zone !== zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Why a cron expression is unusable, or null when it is fine (five fields, parseable). */
export function cronProblem(expr: string): string | null {
  const fields = expr.trim().split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) {
    return `must have 5 fields (minute hour day-of-month month day-of-week), e.g. "0 2 * * *"; got ${fields.length}`;
  }
  try {
    CronExpressionParser.parse(fields.join(' '), { tz: 'UTC' }).next();
    return null;
  } catch (e) {
    return `is not a valid schedule: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** A real calendar date as YYYY-MM-DD. */
export function isValidDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * Checks a change as it arrives (JSON from the API, or the page's form already turned into
 * typed values): unknown fields and bad values are named, nothing is applied unless all are good.
 */
export function validateSettingsChange(input: unknown): SettingsValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: '(body)', message: 'must be a JSON object of settings' }] };
  }
  const body = input as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const change: TenantSettingsChange = {};
  for (const key of Object.keys(body)) {
    if (!(SETTINGS_FIELDS as readonly string[]).includes(key)) {
      problems.push({ field: key, message: `is not a setting (known: ${SETTINGS_FIELDS.join(', ')})` });
    }
  }
  if ('enabled' in body) {
    if (typeof body.enabled === 'boolean') change.enabled = body.enabled;
    else problems.push({ field: 'enabled', message: 'must be true or false' });
  }
  if ('batchCron' in body) {
    const v = body.batchCron;
    const why = typeof v === 'string' ? cronProblem(v) : 'must be a text like "0 2 * * *"';
    if (why === null && typeof v === 'string') change.batchCron = v.trim().split(/\s+/).join(' ');
    else problems.push({ field: 'batchCron', message: why ?? 'is invalid' });
  }
  if ('timeZone' in body) {
    const v = body.timeZone;
    if (typeof v === 'string' && isValidTimeZone(v)) change.timeZone = v;
    else problems.push({ field: 'timeZone', message: `must be an IANA time zone such as America/Los_Angeles or UTC; got ${JSON.stringify(v)}` });
  }
  if ('invoicesFrom' in body) {
    const v = body.invoicesFrom;
    if (v === null || v === '') change.invoicesFrom = null;
    else if (typeof v === 'string' && isValidDate(v)) change.invoicesFrom = v;
    else problems.push({ field: 'invoicesFrom', message: `must be a date as YYYY-MM-DD, or null; got ${JSON.stringify(v)}` });
  }
  if ('ambiguousPolicy' in body) {
    const v = body.ambiguousPolicy;
    if (v === 'create' || v === 'review') change.ambiguousPolicy = v;
    else problems.push({ field: 'ambiguousPolicy', message: `must be "create" or "review"; got ${JSON.stringify(v)}` });
  }
  if ('defaultItemId' in body) {
    const v = body.defaultItemId;
    if (v === null || v === '') change.defaultItemId = null;
    else if (typeof v === 'string' && /^\d{1,20}$/.test(v.trim())) change.defaultItemId = v.trim();
    else problems.push({ field: 'defaultItemId', message: `must be a QuickBooks Item Id (digits), or null; got ${JSON.stringify(v)}` });
  }
  if ('unmappedItemPolicy' in body) {
    const v = body.unmappedItemPolicy;
    if (v === 'create' || v === 'default-item' || v === 'hold') change.unmappedItemPolicy = v;
    else problems.push({ field: 'unmappedItemPolicy', message: `must be "create", "default-item" or "hold"; got ${JSON.stringify(v)}` });
  }
  if ('currencyMismatchPolicy' in body) {
    const v = body.currencyMismatchPolicy;
    if (v === 'second-customer' || v === 'fail') change.currencyMismatchPolicy = v;
    else problems.push({ field: 'currencyMismatchPolicy', message: `must be "second-customer" or "fail"; got ${JSON.stringify(v)}` });
  }
  for (const field of ['newItemIncomeAccount', 'taxableTaxCode', 'exemptTaxCode'] as const) {
    if (!(field in body)) continue;
    const v = body[field];
    if (v === null || v === '') change[field] = null;
    else if (typeof v === 'string' && v.trim() !== '' && v.length <= 100) change[field] = v.trim();
    else problems.push({ field, message: `must be a name of the QuickBooks company's list (at most 100 characters), or null; got ${JSON.stringify(v)}` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, change };
}
