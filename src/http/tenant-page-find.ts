import type { FoundInvoice, FoundInvoiceState } from '../invoices/find-invoice';
import { dateTimePhrase, invoiceFailureSentence } from './status-wording';
import { qboInvoiceUrl } from './tenant-action-deps';
import { amountPhrase, datePhrase, esc as e, failureAdvice } from './tenant-action-words';
import type { DashboardView } from './tenant-dashboard';
import { details } from './tenant-page-review';

const STATE_LABELS: Record<FoundInvoiceState, string> = {
  'waiting-customer': 'Waiting for its customer',
  waiting: 'Waiting',
  'before-start': 'Not sent: issued before the start date',
  pending: 'Goes out in the next run',
  sending: 'Being sent now',
  sent: 'Sent to QuickBooks',
  failed: 'Not sent',
  voided: 'Voided',
};

/**
 * "Find an invoice" (issue 14, item 5): by its number, where it stands: waiting for its customer,
 * pending, sent (QuickBooks' number, a link to it in QuickBooks, paid or what is still owed),
 * failed with the reason. A GET form: the answer is a page that can be bookmarked or shared.
 */
export function renderFindSection(view: DashboardView): string {
  const q = view.find?.query ?? '';
  let results = '';
  if (view.find !== null && q !== '') {
    results =
      view.find.results.length === 0
        ? `<p role="status" data-testid="find-results">No invoice numbered “${e(q)}” has been received for this account.</p>`
        : `<div role="status" data-testid="find-results">${view.find.results.map((f, i) => found(view, f, i)).join('')}</div>`;
  } else if (view.find !== null) {
    results = '<p role="status" data-testid="find-results">Type an invoice number to find it.</p>';
  }
  return `<section aria-labelledby="find-heading" class="card" id="find">
  <h2 id="find-heading">Find an invoice</h2>
  <form method="get" action="${e(view.base)}#find" role="search" aria-labelledby="find-heading" class="find-form">
    <label for="find-number">Invoice number</label>
    <div class="find-row">
      <input type="search" id="find-number" name="find" value="${e(q)}" autocomplete="off" spellcheck="false" maxlength="100">
      <button type="submit" class="button-secondary">Find</button>
    </div>
  </form>
  ${results}
</section>`;
}

function found(view: DashboardView, f: FoundInvoice, i: number): string {
  const id = `found-${i}`;
  const name = f.number !== null && f.number !== '' ? f.number : 'without a number';
  const lines: string[] = [];
  if (f.state === 'failed') {
    lines.push(`<p>${e(invoiceFailureSentence({ number: f.number, id: f.invoiceId, code: f.failureCode, reason: f.detail }))}</p>`);
    lines.push(`<p><strong>What to do:</strong> ${e(failureAdvice(f.failureCode))} <a href="#failures">See “Invoices not sent”</a>.</p>`);
  } else if (f.detail !== null) {
    lines.push(`<p>${e(f.detail.charAt(0).toUpperCase() + f.detail.slice(1))}.</p>`);
  }
  if (f.conflictQboInvoiceId !== null) {
    lines.push(`<p><a href="${e(qboInvoiceUrl(view.qboEnvironment, f.conflictQboInvoiceId))}" target="_blank" rel="noopener noreferrer">Open the QuickBooks invoice holding its number<span class="visually-hidden"> (opens in a new tab)</span></a></p>`);
  }
  const inQbo = f.qboInvoiceId !== null && f.state !== 'failed';
  const paid =
    f.paidState === 'paid'
      ? 'Paid in full'
      : f.paidState === 'partly-paid'
        ? `Partly paid: ${amountPhrase(f.qboBalance, f.currency) ?? f.qboBalance ?? '?'} still owed${f.qboTotal !== null ? ` of ${amountPhrase(f.qboTotal, f.currency) ?? f.qboTotal}` : ''}`
        : f.paidState === 'unpaid' || (inQbo && f.qboBalance !== null)
          ? `Not paid yet${f.qboBalance !== null ? `: ${amountPhrase(f.qboBalance, f.currency) ?? f.qboBalance} owed` : ''}`
          : null;
  return `<article class="found" aria-labelledby="${id}" data-testid="found">
  <h3 id="${id}">Invoice ${e(name)} <span class="state state-${e(f.state)}" data-testid="found-state">${e(STATE_LABELS[f.state])}</span></h3>
  ${details([
    ['Customer', f.customerName],
    ['Amount', amountPhrase(f.amount, f.currency)],
    ['Date', datePhrase(f.issueDate)],
    ['QuickBooks number', inQbo ? (f.qboDocNumber ?? 'none') : null],
    ['Sent', inQbo && f.sentAt !== null ? dateTimePhrase(f.sentAt, view.timeZone) : null],
    ['Payment', inQbo ? paid : null],
  ])}
  ${lines.join('\n  ')}
  ${inQbo && f.qboInvoiceId !== null ? `<p><a href="${e(qboInvoiceUrl(view.qboEnvironment, f.qboInvoiceId))}" target="_blank" rel="noopener noreferrer">Open invoice ${e(f.qboDocNumber ?? name)} in QuickBooks<span class="visually-hidden"> (opens in a new tab)</span></a></p>` : ''}
</article>`;
}
