import { escapeHtml } from './html-escape';
import { FieldProblem } from '../connections/tenant-settings';
import { TenantStatusView } from './collect-tenant-status';
import { dateTimePhrase, invoiceFailureSentence, plural, windowPhrase } from './status-wording';
import { tenantPath } from './tenant-link-signer';
import { invoiceFields } from './tenant-page-invoice-fields';
import type { DashboardView } from './tenant-dashboard';
import { renderDashboard } from './tenant-page-dashboard';
import { renderBanners } from './tenant-page-banners';
import { TenantPageExtras } from './tenant-page-extras';
import { clockPhrase } from './tenant-page-time';
import { incompleteReason, renderHistory } from './tenant-page-history';
import { scheduleFields } from './tenant-page-schedule-fields';

/** The settings form's values as shown (the stored settings, a draft, or what was just typed). */
export interface SettingsFormValues {
  enabled: boolean;
  batchCron: string;
  timeZone: string;
  invoicesFrom: string;
  ambiguousPolicy: string;
  defaultItemId: string;
  unmappedItemPolicy: string;
  newItemIncomeAccount: string;
  taxableTaxCode: string;
  exemptTaxCode: string;
  currencyMismatchPolicy: string;
  /** The time of day and days as typed (a form sent back with problems); else read from batchCron. */
  schedule?: { time: string; days: number[] };
}

export interface Notice {
  kind: 'success' | 'error' | 'info';
  text: string;
}

export interface TenantPageInput {
  status: TenantStatusView;
  form: SettingsFormValues;
  problems: FieldProblem[];
  notices: Notice[];
  /** CSRF token for the forms (signed-link visitors); null for operators. */
  csrf: string | null;
  now: Date;
  /** The action sections (send now, find, failures, reviews); absent: the status lists them read-only. */
  dashboard?: DashboardView | null;
  /** History, retry, notices, left-out invoices (tenant-page-extras.ts); absent: not shown. */
  extras?: TenantPageExtras | null;
}

const FIELD_LABELS: Record<string, string> = {
  enabled: 'Enable QuickBooks sync',
  batchCron: 'Schedule',
  sendTime: 'Send time',
  sendDays: 'Days',
  timeZone: 'Time zone',
  invoicesFrom: 'Send invoices issued from',
  ambiguousPolicy: 'When a customer matches several QuickBooks customers',
  defaultItemId: 'Default item for invoice lines',
  unmappedItemPolicy: 'When a line\'s item code matches no QuickBooks item',
  newItemIncomeAccount: 'Income account of items created for new codes',
  taxableTaxCode: 'Tax code of taxable lines',
  exemptTaxCode: 'Tax code of the other lines',
  currencyMismatchPolicy: 'When an invoice is in another currency than its customer',
};

export { escapeHtml };

const e = escapeHtml;

/** The settings and status page of one tenant (server-rendered; works without JavaScript). */
export function renderTenantPage(input: TenantPageInput): string {
  const { overview } = input.status;
  const tenantId = overview.settings.tenantId;
  const base = tenantPath(tenantId);
  const problemOf = (field: string) => input.problems.find((p) => p.field === field);
  const csrfField = input.csrf === null ? '' : `<input type="hidden" name="csrf" value="${e(input.csrf)}">`;
  const conn = overview.connection;
  const connected = conn.status === 'connected';

  const fieldError = (field: string) => {
    const p = problemOf(field);
    return p ? `<p class="field-error" id="${field}-error"><span class="visually-hidden">Error: </span>${e(FIELD_LABELS[field] ?? field)} ${e(p.message)}</p>` : '';
  };
  const describedBy = (field: string, hint: boolean) =>
    [hint ? `${field}-hint` : '', problemOf(field) ? `${field}-error` : ''].filter((x) => x !== '').join(' ');
  const invalid = (field: string) => (problemOf(field) ? ' aria-invalid="true"' : '');

  const errorSummary =
    input.problems.length === 0
      ? ''
      : `<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>The settings were not saved</h2>
  <ul>${input.problems.map((p) => `<li><a href="#${anchorOf(p.field)}">${e(FIELD_LABELS[p.field] ?? p.field)} ${e(p.message)}</a></li>`).join('')}</ul>
</div>`;
  const notices = input.notices
    .map((n) => `<p class="notice notice-${n.kind}" role="${n.kind === 'error' ? 'alert' : 'status'}">${e(n.text)}</p>`)
    .join('\n');

  const connectionText = connectionSentence(input);
  const connectLabel = connected || conn.status === 'needs_reconnect' ? 'Reconnect QuickBooks' : 'Connect to QuickBooks';
  // Enter in a field submits the form with its first submit button in tree order. Connect is
  // tied to the settings form (so the draft travels to Intuit) and comes before Submit, so a
  // hidden Submit twin comes first: Enter saves and never starts a (re)connect.

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>QuickBooks Online settings – ${e(tenantId)}</title>
<link rel="stylesheet" href="/assets/tenant-page.css">
<script src="/assets/tenant-page.js" defer></script>
<link rel="stylesheet" href="/assets/tenant-actions.css"><script src="/assets/tenant-actions.js" defer></script>
<link rel="stylesheet" href="/assets/tenant-page-dashboard.css">
<script src="/assets/tenant-page-dashboard.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to the settings</a>
<header class="page-header"><p class="product">QuickBooks Online integration</p></header>
<main id="main">
<h1>QuickBooks Online <span class="tenant">for ${e(tenantId)}</span></h1>
${notices}
${errorSummary}
${renderBanners({ status: input.status, extras: input.extras, csrfField, base })}
${renderStatus(input)}
${renderHistory(input.extras, overview.settings.timeZone, input.now)}
<section aria-labelledby="connection-heading" class="card">
  <h2 id="connection-heading">Connection</h2>
  <p id="connection-state" class="connection connection-${e(conn.status)}" data-testid="connection-state">${e(connectionText)}</p>
  <div class="actions">
    <button type="submit" form="settings-form" class="visually-hidden" tabindex="-1" aria-hidden="true" id="enter-saves">Submit</button>
    <button type="submit" form="settings-form" formaction="${e(base)}/connect" formnovalidate class="button-secondary" id="connect-button">${connectLabel}</button>
    ${
      connected || conn.status === 'needs_reconnect'
        ? `<form method="post" action="${e(base)}/disconnect" class="inline-form" data-confirm="Disconnect QuickBooks? Nothing will be sent until you connect again.">${csrfField}<button type="submit" class="button-danger" id="disconnect-button">Disconnect</button></form>`
        : ''
    }
  </div>
</section>
${input.dashboard ? renderDashboard(input.dashboard) : ''}
<form method="post" action="${e(base)}/settings" id="settings-form" class="card" novalidate>
  ${csrfField}
  <h2>Settings</h2>
  <div class="field switch-field">
    <input type="checkbox" id="enabled" name="enabled" value="on" role="switch"${input.form.enabled ? ' checked' : ''} aria-describedby="${describedBy('enabled', true)}">
    <label for="enabled">Enable QuickBooks sync</label>
    <p class="hint" id="enabled-hint">When off, customers and invoices are still recorded, but nothing is sent to QuickBooks.</p>
    ${fieldError('enabled')}
  </div>

${scheduleFields(input.form, { describedBy, invalid, fieldError, escape: e }, { proposeTimeZone: input.extras?.proposeTimeZone === true, cronProblem: problemOf('batchCron') !== undefined })}

  <div class="field">
    <label for="invoicesFrom">Send invoices issued from</label>
    <input type="date" id="invoicesFrom" name="invoicesFrom" value="${e(input.form.invoicesFrom)}" aria-describedby="${describedBy('invoicesFrom', true)}"${invalid('invoicesFrom')}>
    <p class="hint" id="invoicesFrom-hint">Invoices issued before this date are never sent. Leave empty to start from the day QuickBooks was connected.</p>
    ${fieldError('invoicesFrom')}
  </div>

  <fieldset aria-describedby="${describedBy('ambiguousPolicy', false)}">
    <legend>When a customer matches several QuickBooks customers</legend>
    <div class="radio">
      <input type="radio" id="ambiguousPolicy-create" name="ambiguousPolicy" value="create"${input.form.ambiguousPolicy === 'create' ? ' checked' : ''}>
      <label for="ambiguousPolicy-create">Create a new customer in QuickBooks</label>
    </div>
    <div class="radio">
      <input type="radio" id="ambiguousPolicy-review" name="ambiguousPolicy" value="review"${input.form.ambiguousPolicy === 'review' ? ' checked' : ''}>
      <label for="ambiguousPolicy-review">Hold it for me to review</label>
    </div>
    ${fieldError('ambiguousPolicy')}
  </fieldset>

${invoiceFields(input.status.company ?? null, input.form, { describedBy, invalid, fieldError, escape: e })}
  <div class="actions">
    <button type="submit" class="button-primary" id="submit-button">Submit</button>
  </div>
</form>
</main>
</body>
</html>`;
}

function anchorOf(field: string): string {
  if (field === 'ambiguousPolicy') return 'ambiguousPolicy-create';
  if (field === 'sendDays') return 'sendDays-1';
  return FIELD_LABELS[field] ? field : 'settings-form';
}

function connectionSentence(input: TenantPageInput): string {
  const c = input.status.overview.connection;
  const tz = input.status.overview.settings.timeZone;
  const company = c.companyName !== null ? `“${c.companyName}” (company ID ${c.realmId ?? '?'})` : `company ID ${c.realmId ?? '?'}`;
  switch (c.status) {
    case 'connected':
      return `Connected to QuickBooks company ${company}${c.updatedAt ? ` since ${dateTimePhrase(c.connectedAt ?? c.updatedAt, tz)}` : ''}.`;
    case 'needs_reconnect':
      return `QuickBooks company ${company} must be reconnected${c.reason ? ` (${c.reason})` : ''}. Nothing is sent until you click Reconnect.`;
    case 'disconnected':
      return `QuickBooks company ${company} was disconnected${c.updatedAt ? ` on ${dateTimePhrase(c.updatedAt, tz)}` : ''}. Click Connect to connect a company again.`;
    default:
      return 'No QuickBooks company is connected yet. Click Connect and sign in to your Intuit account.';
  }
}

function renderStatus(input: TenantPageInput): string {
  const { overview, invoices, reviews, duplicates } = input.status;
  const s = overview.settings;
  const connected = overview.connection.status === 'connected';
  const lines: string[] = [];
  const when = overview.nextWindow ? windowPhrase(overview.nextWindow, s.timeZone, input.now) : null;
  const pending = invoices?.pending ?? null;

  if (!s.enabled) {
    lines.push(
      `The sync is off: customers and invoices are recorded, but nothing is sent to QuickBooks${pending !== null && pending > 0 ? ` (${plural(pending, 'invoice')} waiting)` : ''}. Turn on “Enable QuickBooks sync” and click Submit to start.`,
    );
  } else if (!connected) {
    lines.push(`Nothing is sent until QuickBooks is connected${pending !== null && pending > 0 ? ` (${plural(pending, 'invoice')} waiting)` : ''}.`);
  } else if (when === null) {
    lines.push('The schedule never runs: change it above so that invoices are sent.');
  } else if (pending === null) {
    lines.push(`The next window is ${when}.`);
  } else if (pending === 0) {
    lines.push(`No invoice is ready to send yet. The next window is ${when}.`);
  } else {
    lines.push(`${plural(pending, 'invoice')} will be sent ${when}.`);
  }
  if ((!s.enabled || !connected) && when !== null) lines.push(`Once on and connected, invoices are sent by the schedule; the next window would be ${when}.`);
  if (when !== null && overview.nextWindowClockChange) lines.push(`${overview.nextWindowClockChange}.`);
  for (const w of invoices?.waiting ?? []) {
    lines.push(`${plural(w.count, 'invoice')} ${w.count === 1 ? 'is' : 'are'} waiting: ${w.reason}.`);
  }
  if (invoices?.lastWindow) {
    const w = invoices.lastWindow;
    lines.push(
      w.finishedAt === null
        ? `A window started ${dateTimePhrase(w.startedAt, s.timeZone)} and is still running.`
        : w.incomplete === true
          ? `The last window, ${dateTimePhrase(w.startedAt, s.timeZone)}, did not finish: ${incompleteReason(w.note)}; ${plural(w.sent, 'invoice')} sent, ${plural(w.carried ?? 0, 'invoice')} carried${input.extras?.retryAt ? `; next try at ${clockPhrase(input.extras.retryAt, s.timeZone, input.now)}` : ''} (see History).`
          : w.skipped
          ? `The last window, ${dateTimePhrase(w.startedAt, s.timeZone)}, sent nothing${w.note ? `: ${w.note}` : ''}.`
          : `The last window ran ${dateTimePhrase(w.startedAt, s.timeZone)}: ${plural(w.sent, 'invoice')} sent${w.failed > 0 ? `, ${plural(w.failed, 'invoice')} not sent` : ''}.`,
    );
  } else if (invoices !== null) {
    lines.push('No window has run yet.');
  }

  const failed = invoices?.failed ?? [];
  const failedHtml =
    failed.length === 0
      ? '<p>No invoice is held back.</p>'
      : `<ul class="failures">${failed.map((f) => `<li>${e(invoiceFailureSentence(f))}</li>`).join('')}</ul><p class="hint">Fix the invoice in your system; the corrected version is sent in the next window.</p>`;

  const reviewHtml =
    reviews.length === 0
      ? '<p>No customer is held for review.</p>'
      : `<ul class="reviews">${reviews
          .map((r) => `<li><strong>${e(r.displayName ?? r.customerId)}</strong> <span class="muted">(${e(r.customerId)})</span>${r.reason ? `: ${e(r.reason)}` : ''}</li>`)
          .join('')}</ul><p class="hint">Their invoices wait until each customer is matched to a QuickBooks customer.</p>`;

  const duplicatesHtml =
    duplicates === null
      ? '<p>The duplicates report is not available yet.</p>'
      : duplicates.length === 0
        ? '<p>No possible duplicates were found in QuickBooks.</p>'
        : duplicates
            .map(
              (d, i) => `<article class="duplicate" aria-labelledby="dup-${i}"><h3 id="dup-${i}">${e(d.title)}</h3><ol>${d.steps.map((step) => `<li>${e(step)}</li>`).join('')}</ol></article>`,
            )
            .join('');

  const said = input.status.company?.sentences ?? [];
  const quickbooksHtml = said.length === 0 ? '' : `<h3>In QuickBooks</h3><ul class="status-lines" data-testid="quickbooks-lines">${said.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`;

  return `<section aria-labelledby="status-heading" class="card" id="status">
  <h2 id="status-heading">Status</h2>
  <ul class="status-lines" data-testid="status-lines">${lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>
  ${input.dashboard ? '' : `<h3>Invoices not sent</h3>${failedHtml}`}
  ${quickbooksHtml}
</section>
${input.dashboard ? '' : `<section aria-labelledby="reviews-heading" class="card" id="reviews">
  <h2 id="reviews-heading">Customers held for review</h2>
  ${reviewHtml}
</section>`}
<section aria-labelledby="duplicates-heading" class="card" id="duplicates">
  <h2 id="duplicates-heading">Possible duplicates in QuickBooks</h2>
  ${duplicatesHtml}
</section>`;
}
