import type { WindowView } from '../invoices/read-tenant-status';
import { dateTimePhrase, plural } from './status-wording';
import { esc as e } from './tenant-action-words';
import { DashboardView, sectionNotice } from './tenant-dashboard';

/**
 * "Send invoices now" (issue 14, item 3): the pending invoices go out without waiting for the
 * schedule, through the same run as the schedule's (one at a time per account, within QuickBooks'
 * limits for the company); afterwards the page says what that run did.
 */
export function renderSendNowSection(view: DashboardView): string {
  const { blocker, pending, running, run } = view.send;
  const csrf = view.csrf === null ? '' : `<input type="hidden" name="csrf" value="${e(view.csrf)}">`;
  const ready = pending === null ? '' : pending === 0 ? 'No invoice is ready to send right now.' : `${plural(pending, 'invoice')} ${pending === 1 ? 'is' : 'are'} ready to send.`;
  const result = run === null ? '' : `<div class="run-result" id="send-now-result" tabindex="-1" role="status" data-testid="run-result">${runSentences(run, view.timeZone).map((s) => `<p>${e(s)}</p>`).join('')}${run.status === 'running' ? `<p><a href="${e(`${view.base}?run=${encodeURIComponent(run.id)}#send-now-result`)}">Refresh to see what it did</a></p>` : ''}</div>`;
  let control: string;
  if (blocker !== null) control = `<p>${e(blocker)}</p>`;
  else if (running) control = run?.status === 'running' ? '' : '<p>A run is going on now (the schedule’s or another Send now). Refresh this page in a moment to see the invoices it sent.</p>';
  else if (pending === 0) control = '<p class="hint">Send now appears here when invoices are ready.</p>';
  else {
    control = `<form method="post" action="${e(`${view.base}/send-now`)}">
    ${csrf}
    <button type="submit" class="button-primary" id="send-now-button" aria-describedby="send-now-hint">Send now</button>
  </form>
  <p class="hint" id="send-now-hint">Sends the invoices that are ready without waiting for the schedule, one run at a time, within QuickBooks’ limits for your company.</p>`;
  }
  return `<section aria-labelledby="send-now-heading" class="card" id="send-now">
  <h2 id="send-now-heading">Send invoices now</h2>
  ${sectionNotice(view, 'send-now', e)}
  ${result}
  ${ready === '' ? '' : `<p data-testid="ready-count">${e(ready)}</p>`}
  ${control}
</section>`;
}

/** What a run did, in sentences: "The run started 30 November 2026, 21:40 UTC has finished: 3 invoices sent, 1 not sent." */
export function runSentences(w: WindowView, timeZone: string): string[] {
  const started = dateTimePhrase(new Date(w.startedAt), timeZone);
  if (w.status === 'running') return [`The run started ${started} is still sending.`];
  if (w.status === 'skipped') return [`The run started ${started} sent nothing${w.note ? `: ${w.note}` : '.'}`];
  const sent = w.pushed + w.updated + w.voided;
  const parts = [
    `${plural(sent, 'invoice')} sent${sent > 0 ? ` (${[w.pushed > 0 ? `${w.pushed} new` : '', w.updated > 0 ? `${w.updated} changed` : '', w.voided > 0 ? `${w.voided} voided` : ''].filter((p) => p !== '').join(', ')})` : ''}`,
    w.failed > 0 ? `${plural(w.failed, 'invoice')} not sent (see “Invoices not sent”)` : '',
    w.carriedToNextWindow > 0 ? `${plural(w.carriedToNextWindow, 'invoice')} carried to the next run` : '',
    w.waitingAtEnd > 0 ? `${plural(w.waitingAtEnd, 'invoice')} still waiting (for a customer or a fix)` : '',
  ].filter((p) => p !== '');
  const out = [`The run started ${started} has ${w.status === 'incomplete' ? 'stopped before the end' : 'finished'}: ${parts.join(', ')}.`];
  if (w.note) out.push(w.note.charAt(0).toUpperCase() + w.note.slice(1) + (w.note.endsWith('.') ? '' : '.'));
  return out;
}
