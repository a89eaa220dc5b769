import type { ReviewCandidate, ReviewCase } from '../customers/read-review-queue';
import { plural } from './status-wording';
import { DashboardView, sectionNotice } from './tenant-dashboard';
import { amountPhrase, esc as e, evidenceInWords, likelihood } from './tenant-action-words';

/**
 * "Customers held for review" that acts (issue 14, item 1): each held customer beside the
 * QuickBooks customers the matcher weighed, with their details and the evidence in words, and two
 * buttons: "This is the same customer" (links to that candidate) and "Create a new customer".
 * Either choice is the person's decision, kept as labelled pairs for the matcher.
 */
export function renderReviewSection(view: DashboardView): string {
  const { cases, total } = view.reviews;
  const csrf = view.csrf === null ? '' : `<input type="hidden" name="csrf" value="${e(view.csrf)}">`;
  const body =
    cases.length === 0
      ? '<p>No customer is held for review.</p>'
      : `<p class="hint" id="reviews-hint">Each customer below may already be in QuickBooks. Compare it with the QuickBooks customers found for it, then say which one it is, or create a new customer. Your choice is remembered and teaches the matching; the customer’s invoices are sent in the next run.</p>
${cases.map((c, i) => reviewCase(view, c, i, csrf)).join('\n')}
${total > cases.length ? `<p class="hint">${plural(total - cases.length, 'more customer')} after these.</p>` : ''}`;
  return `<section aria-labelledby="reviews-heading" class="card" id="reviews">
  <h2 id="reviews-heading">Customers held for review${total > 0 ? ` <span class="count">(${total})</span>` : ''}</h2>
  ${sectionNotice(view, 'reviews', e)}
  ${body}
</section>`;
}

function reviewCase(view: DashboardView, c: ReviewCase, i: number, csrf: string): string {
  const id = `review-${i}`;
  const action = (what: string) => `${view.base}/reviews/${encodeURIComponent(c.customerId)}/${what}`;
  const linkable = c.candidates.filter((k) => k.active);
  const intro =
    c.inactiveQboCustomerId !== null && c.candidates.length === 0
      ? 'Its QuickBooks customer was made inactive. Link it to another customer, or create a new one.'
      : c.candidates.length === 0
        ? 'No QuickBooks customer was found that could be this one.'
        : linkable.length === 0
          ? 'The QuickBooks customers that could be this one are inactive: reactivate one in QuickBooks to link to it, or create a new customer.'
          : `${plural(c.candidates.length, 'QuickBooks customer')} could be this one; none is sure enough to link without you.`;
  return `<article class="review" aria-labelledby="${id}" data-testid="review">
  <h3 id="${id}">${e(c.name)}</h3>
  ${details([
    ['E-mail', c.email],
    ['Phone', c.phone],
    ['Address', c.address],
    ['Waiting invoices', c.waitingInvoices > 0 ? plural(c.waitingInvoices, 'invoice') : 'none'],
  ])}
  <p>${e(intro)}</p>
  ${c.candidates.length === 0 ? '' : `<ol class="candidates" aria-label="QuickBooks customers that could be ${e(c.name)}">${c.candidates.map((k, j) => candidate(c, k, `${id}-${j}`, action('link'), csrf)).join('')}</ol>`}
  <form method="post" action="${e(action('create'))}" class="review-create">
    ${csrf}
    <button type="submit" class="button-secondary">Create a new customer<span class="visually-hidden"> in QuickBooks for ${e(c.name)}</span></button>
    <p class="hint">When none of these is ${e(c.name)}: a new QuickBooks customer is created for it.</p>
  </form>
</article>`;
}

function candidate(c: ReviewCase, k: ReviewCandidate, id: string, linkAction: string, csrf: string): string {
  const evidence = k.evidence.map(evidenceInWords);
  const balance = k.balance === null ? null : amountPhrase(k.balance, k.currency);
  return `<li class="candidate" aria-labelledby="${id}">
    <h4 id="${id}">${e(k.name)} <span class="likelihood">${e(likelihood(k.score))} likely</span></h4>
    ${details([
      ['Company', k.companyName !== null && k.companyName !== k.name ? k.companyName : null],
      ['E-mail', k.email],
      ['Phone', k.phone],
      ['Address', k.address],
      ['Open balance in QuickBooks', balance],
    ])}
    ${evidence.length === 0 ? '' : `<ul class="evidence" aria-label="Why it could be ${e(c.name)}">${evidence.map((x) => `<li class="${x.against ? 'against' : 'for'}">${e(x.finding)}${x.weight === '' ? '' : `<span class="muted">: ${e(x.weight)}</span>`}</li>`).join('')}</ul>`}
    ${
      k.active
        ? `<form method="post" action="${e(linkAction)}">${csrf}<input type="hidden" name="qboCustomerId" value="${e(k.qboCustomerId)}"><button type="submit" class="button-primary">This is the same customer<span class="visually-hidden">: link ${e(c.name)} to ${e(k.name)}</span></button></form>`
        : '<p class="muted">Inactive in QuickBooks: reactivate it there to link to it.</p>'
    }
  </li>`;
}

/** A description list of the known details (the unknown ones are left out). */
export function details(rows: Array<[string, string | null]>): string {
  const known = rows.filter((r): r is [string, string] => r[1] !== null && r[1] !== '');
  if (known.length === 0) return '';
  return `<dl class="details">${known.map(([k, v]) => `<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>`;
}
