/**
 * The status in words a bookkeeper understands: when the next window is ("tonight at 02:00
 * Pacific Time"), how many invoices it will send, why an invoice was not sent.
 */

/** "Pacific Time", "Central European Time", "UTC". */
export function zoneName(timeZone: string, at: Date): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  const name = part?.value ?? timeZone;
  return /^GMT[+-]/.test(name) ? `${name} (${timeZone})` : name;
}

function localParts(at: Date, timeZone: string): { y: number; m: number; d: number; h: number; min: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { y: n('year'), m: n('month'), d: n('day'), h: n('hour') % 24, min: n('minute') };
}

/** "tonight at 02:00 Pacific Time", "today at 14:30 UTC", "tomorrow at 09:00 ...", "on Friday 27 November at 02:00 ...". */
export function windowPhrase(at: Date, timeZone: string, now: Date): string {
  const w = localParts(at, timeZone);
  const n = localParts(now, timeZone);
  const dayDiff = Math.round((Date.UTC(w.y, w.m - 1, w.d) - Date.UTC(n.y, n.m - 1, n.d)) / 86_400_000);
  const clock = `${String(w.h).padStart(2, '0')}:${String(w.min).padStart(2, '0')}`;
  let day: string;
  if (dayDiff === 0) day = w.h >= 18 || w.h < 6 ? 'tonight' : 'today';
  else if (dayDiff === 1 && w.h < 6) day = 'tonight';
  else if (dayDiff === 1) day = 'tomorrow';
  else day = `on ${new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(at)}`;
  return `${day} at ${clock} ${zoneName(timeZone, at)}`;
}

/** "21 November 2026, 02:00 Pacific Time" */
export function dateTimePhrase(at: Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const p = localParts(at, timeZone);
  return `${date}, ${String(p.h).padStart(2, '0')}:${String(p.min).padStart(2, '0')} ${zoneName(timeZone, at)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Why QuickBooks refused an invoice, by its fault code. */
const INVOICE_REASONS: Record<string, string> = {
  '6070': 'its amount is not quantity × price',
  '6140': 'its number is already used by another invoice in QuickBooks',
  '610': 'its customer does not exist in QuickBooks',
  '2500': 'its customer or item is inactive or missing in QuickBooks',
  '2050': 'one of its values is too long or badly formed for QuickBooks',
  '2010': 'one of its values is badly formed for QuickBooks',
  '2020': 'a value QuickBooks requires is missing',
  '6000': 'QuickBooks refused one of its values',
  '6210': 'the accounting period of its date is closed in QuickBooks',
  '6190': 'the QuickBooks subscription of this company has ended',
  '3100': 'this connection is not allowed to create invoices in QuickBooks',
  '5010': 'it was changed in QuickBooks at the same moment; it will be tried again',
  NEEDS_RECONNECT: 'QuickBooks needs to be reconnected',
  NOT_CONNECTED: 'QuickBooks is not connected',
};

/** "Invoice INV-1042 was not sent: its amount is not quantity × price." */
export function invoiceFailureSentence(invoice: { number: string | null; id: string; code: string | null; reason: string | null }): string {
  const name = invoice.number !== null && invoice.number !== '' ? invoice.number : invoice.id;
  const known = invoice.code !== null ? INVOICE_REASONS[invoice.code] : undefined;
  const why = known ?? (invoice.reason !== null && invoice.reason !== '' ? lowerFirst(invoice.reason.replace(/\.$/, '')) : 'QuickBooks refused it');
  return `Invoice ${name} was not sent: ${why}.`;
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
