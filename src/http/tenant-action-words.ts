/**
 * The words of the page's action sections: amounts, dates, what to do about a failure, the
 * matcher's evidence as a bookkeeper reads it.
 */

/** Text for HTML (the one escaping, html-escape.ts; the sections do not import the page). */
export { escapeHtml as esc } from './html-escape';

/** "$150.00", "€1,234.50", or "150.00" when the currency is not known. */
export function amountPhrase(amount: string | null, currency: string | null): string | null {
  if (amount === null) return null;
  const n = Number(amount);
  if (!Number.isFinite(n)) return amount;
  if (currency === null) return new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(n);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "21 November 2026" from "2026-11-21". */
export function datePhrase(isoDate: string | null): string | null {
  if (isoDate === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

/** What a bookkeeper can do about a failure, by QuickBooks' code. */
const ADVICE: Record<string, string> = {
  '6140': 'Give the invoice another number in your system (the new version is sent by itself), or, if the QuickBooks invoice holding the number is a mistake, void or renumber it in QuickBooks and click Retry.',
  '6070': 'Check the quantity and price of its lines in your system; the corrected invoice is sent by itself.',
  '2500': 'Reactivate the customer or item in QuickBooks (or pick another), then click Retry.',
  '610': 'Reactivate or re-create the customer in QuickBooks, then click Retry.',
  '6210': 'Reopen the accounting period in QuickBooks, or change the invoice date in your system, then click Retry.',
  '6190': 'Renew the QuickBooks subscription of this company, then click Retry.',
  '3100': 'Reconnect QuickBooks with an administrator’s sign-in, then click Retry.',
  '2050': 'Shorten or correct the invoice’s values in your system; the corrected invoice is sent by itself.',
  '2010': 'Correct the invoice’s values in your system; the corrected invoice is sent by itself.',
  '2020': 'Fill in the missing value in your system; the corrected invoice is sent by itself.',
  UNSEARCHABLE: 'Check QuickBooks for this invoice by hand, and change its number in your system.',
};

export function failureAdvice(code: string | null): string {
  return (code !== null ? ADVICE[code] : undefined) ?? 'Correct the invoice in your system (the new version is sent by itself), or fix the cause in QuickBooks and click Retry.';
}

const STRENGTH = /^(.*): (very strong|strong|moderate|weak) (for|against) \(([+-]?\d+(?:\.\d+)?)\)$/;

/**
 * The matcher's evidence ("same e-mail: very strong for (+11.3)") as a bookkeeper reads it:
 * the finding, and how much it says for or against the two being one customer.
 */
export function evidenceInWords(evidence: string): { finding: string; weight: string; against: boolean } {
  const m = STRENGTH.exec(evidence);
  if (!m || m[1] === undefined || m[2] === undefined) return { finding: evidence, weight: '', against: false };
  const against = m[3] === 'against';
  return { finding: capitalise(m[1]), weight: `${m[2]} sign they are ${against ? 'different customers' : 'the same customer'}`, against };
}

/** "61%" (the model's probability that a candidate is the customer). */
export function likelihood(score: number): string {
  const pct = Math.round(score * 100);
  return `${pct < 1 && score > 0 ? '<1' : String(pct)}%`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
