import { TenantStatusView } from './collect-tenant-status';
import { plural } from './status-wording';
import { TenantPageExtras } from './tenant-page-extras';
import { timeTag } from './tenant-page-time';

const e = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const NOTICE_TITLES: Record<string, string> = {
  'company-changed': 'The QuickBooks company changed',
  'merge-followed': 'A QuickBooks merge was followed',
  'customer-inactive': 'A customer was made inactive in QuickBooks',
  'tax-difference': 'QuickBooks computed another tax or total',
};

export interface BannerInput {
  status: TenantStatusView;
  extras: TenantPageExtras | null | undefined;
  /** The hidden CSRF input of the page's forms ('' for operators). */
  csrfField: string;
  /** The tenant page's path. */
  base: string;
}

/**
 * What needs the bookkeeper first, at the top of the page: a connection to reconnect (with its
 * Reconnect button), invoices left out by the start date (and how to include them), and the
 * open notices, each with Dismiss (a POST with the page's CSRF token, then back here).
 */
export function renderBanners(input: BannerInput): string {
  // Enter in a settings field submits with the first submit button of the form in tree order:
  // the banner's Reconnect comes first, so a hidden Submit twin precedes it (Enter saves).
  const out: string[] = [];
  const conn = input.status.overview.connection;
  const tz = input.status.overview.settings.timeZone;
  if (conn.status === 'needs_reconnect') {
    out.push(`<div class="banner banner-danger" role="region" aria-labelledby="reconnect-title" data-testid="reconnect-banner">
  <h2 id="reconnect-title">QuickBooks must be reconnected</h2>
  <p>The connection to ${conn.companyName !== null ? `“${e(conn.companyName)}”` : 'QuickBooks'} stopped working${conn.reason ? ` (${e(conn.reason)})` : ''}. Nothing is sent until you reconnect; your invoices are kept and go once you do.</p>
  <button type="submit" form="settings-form" class="visually-hidden" tabindex="-1" aria-hidden="true">Submit</button>
  <button type="submit" form="settings-form" formaction="${e(input.base)}/connect" formnovalidate class="button-primary" id="reconnect-banner-button">Reconnect</button>
</div>`);
  }
  const left = input.extras?.beforeStartDate ?? 0;
  if (left > 0) {
    const from = input.extras?.syncFrom ?? null;
    out.push(`<div class="banner banner-info" role="region" aria-labelledby="left-out-title" data-testid="left-out-banner">
  <h2 id="left-out-title">${plural(left, 'invoice')} ${left === 1 ? 'is' : 'are'} left out by the start date</h2>
  <p>${left === 1 ? 'It was' : 'They were'} issued before ${from !== null ? `<time datetime="${e(from)}" data-style="date">${e(from)}</time>` : 'the start date'} (“Send invoices issued from”), so ${left === 1 ? 'it is' : 'they are'} not sent. To include ${left === 1 ? 'it' : 'them'}, choose an earlier date in <a href="#invoicesFrom">Send invoices issued from</a> and click Submit: ${left === 1 ? 'it goes' : 'they go'} in the next window.</p>
</div>`);
  }
  const notices = input.extras?.notices ?? [];
  if (notices.length > 0) {
    const total = input.extras?.noticesTotal ?? notices.length;
    out.push(`<section class="card notices" aria-labelledby="notices-heading" id="notices">
  <h2 id="notices-heading">Notices</h2>
  <ul class="notice-list">${notices
    .map(
      (n) => `<li class="notice-item" data-testid="notice-${e(n.id)}">
    <div><p class="notice-title"><strong>${e(NOTICE_TITLES[n.kind] ?? 'Notice')}</strong> · ${timeTag(n.createdAt, tz)}</p><p>${e(n.message)}</p></div>
    <form method="post" action="${e(input.base)}/notices/${e(encodeURIComponent(n.id))}/dismiss" class="inline-form">${input.csrfField}<button type="submit" class="button-secondary">Dismiss<span class="visually-hidden"> the notice “${e(NOTICE_TITLES[n.kind] ?? 'Notice')}” of ${e(n.createdAt.toISOString().slice(0, 16).replace('T', ' '))} UTC</span></button></form>
  </li>`,
    )
    .join('')}</ul>${total > notices.length ? `<p class="hint">${total - notices.length} older notice(s) are not shown; dismiss these to see them.</p>` : ''}
</section>`);
  }
  return out.join('\n');
}
