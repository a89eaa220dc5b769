import type { FailedInvoice } from '../invoices/list-failed-invoices';
import { invoiceFailureSentence, plural } from './status-wording';
import { qboInvoiceUrl } from './tenant-action-deps';
import { amountPhrase, datePhrase, esc as e, failureAdvice } from './tenant-action-words';
import { DashboardView, sectionNotice } from './tenant-dashboard';
import { details } from './tenant-page-review';

/**
 * "Invoices not sent" that can be fixed (issue 14, item 2): each failed invoice with its
 * customer, amount and date, why QuickBooks refused it and what to do, the QuickBooks invoice
 * already holding its number (with a link to it in QuickBooks), and Retry (sent in the next run).
 */
export function renderFailuresSection(view: DashboardView): string {
  const { invoices, total } = view.failures;
  const csrf = view.csrf === null ? '' : `<input type="hidden" name="csrf" value="${e(view.csrf)}">`;
  const body =
    invoices.length === 0
      ? '<p>No invoice is held back.</p>'
      : `${invoices.map((f, i) => failure(view, f, i, csrf)).join('\n')}
${total > invoices.length ? `<p class="hint">${plural(total - invoices.length, 'more invoice')} not sent after these.</p>` : ''}`;
  return `<section aria-labelledby="failures-heading" class="card" id="failures">
  <h2 id="failures-heading">Invoices not sent${total > 0 ? ` <span class="count">(${total})</span>` : ''}</h2>
  ${sectionNotice(view, 'failures', e)}
  ${body}
</section>`;
}

function failure(view: DashboardView, f: FailedInvoice, i: number, csrf: string): string {
  const id = `failure-${i}`;
  const name = f.number !== null && f.number !== '' ? f.number : 'without a number';
  const conflict =
    f.conflictQboInvoiceId === null
      ? ''
      : `<p data-testid="conflict">QuickBooks invoice ${e(f.number ?? '')} (QuickBooks Id ${e(f.conflictQboInvoiceId)}) already holds this number. <a href="${e(qboInvoiceUrl(view.qboEnvironment, f.conflictQboInvoiceId))}" target="_blank" rel="noopener noreferrer">Open it in QuickBooks<span class="visually-hidden"> (opens in a new tab)</span></a></p>`;
  return `<article class="failure" aria-labelledby="${id}" data-testid="failure">
  <h3 id="${id}">Invoice ${e(name)}</h3>
  ${details([
    ['Customer', f.customerName],
    ['Amount', amountPhrase(f.amount, f.currency)],
    ['Date', datePhrase(f.issueDate)],
  ])}
  <p class="why">${e(invoiceFailureSentence({ number: f.number, id: f.invoiceId, code: f.code, reason: f.reason }))}</p>
  ${conflict}
  <p><strong>What to do:</strong> ${e(failureAdvice(f.code))}</p>
  ${f.reason !== null && f.reason !== '' ? `<details><summary>What QuickBooks said</summary><p class="muted">${e(f.reason)}</p></details>` : ''}
  <form method="post" action="${e(`${view.base}/invoices/${encodeURIComponent(f.invoiceId)}/retry`)}">
    ${csrf}
    <button type="submit" class="button-secondary">Retry<span class="visually-hidden"> invoice ${e(name)}</span></button>
    <span class="hint">Sent again in the next run, or at once with Send now.</span>
  </form>
</article>`;
}
