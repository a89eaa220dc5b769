import { plural } from './status-wording';
import { HistoryEntry, TenantPageExtras } from './tenant-page-extras';
import { durationPhrase, timeTag } from './tenant-page-time';

const e = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const RUN_KIND: Record<HistoryEntry['trigger'], string> = { schedule: 'Scheduled', retry: 'Retry', run_now: 'Sent now' };

/** Why a window ended incomplete, in a bookkeeper's words. */
export function incompleteReason(note: string | null): string {
  if (note === null) return 'Incomplete';
  if (/did not answer/i.test(note)) return 'QuickBooks did not answer';
  if (/^stopped by an error/i.test(note)) return 'Stopped by an error';
  if (/^stopped before the end/i.test(note)) return 'Stopped: the service was restarting';
  return 'Incomplete';
}

function outcome(w: HistoryEntry, retryAt: Date | null, latest: boolean, timeZone: string, now: Date): string {
  switch (w.status) {
    case 'running':
      return 'Running now';
    case 'skipped':
      return `Not run${w.note ? `: ${e(w.note)}` : ''}`;
    case 'finished':
      return w.failed > 0 ? `Done; ${plural(w.failed, 'invoice')} not sent (see “Invoices not sent”)` : 'Done';
    case 'incomplete':
      return `<strong>${e(incompleteReason(w.note))}</strong>; ${plural(w.carried, 'invoice')} carried; ${
        latest && retryAt !== null ? `next try at ${timeTag(retryAt, timeZone, 'time', now)}` : 'they go in the next window'
      }`;
  }
}

/** The history section: the last windows and runs, and an incomplete last window said as such. */
export function renderHistory(extras: TenantPageExtras | null | undefined, timeZone: string, now: Date): string {
  if (!extras) return '';
  const rows = extras.history;
  const last = rows.find((w) => w.status !== 'running');
  const summary =
    last?.status === 'incomplete'
      ? `<p class="notice notice-error" data-testid="history-summary">The last window, ${timeTag(last.startedAt, timeZone)}, did not finish: ${e(incompleteReason(last.note))}; ${plural(last.carried, 'invoice')} carried; ${
          extras.retryAt !== null ? `next try at ${timeTag(extras.retryAt, timeZone, 'time', now)}` : 'they go in the next window'
        }.</p>`
      : '';
  const table =
    rows.length === 0
      ? '<p>No window has run yet.</p>'
      : `<div class="table-scroll" role="region" aria-label="Table of the last windows (scrolls sideways)" tabindex="0">
  <table class="history" data-testid="history-table">
    <caption class="visually-hidden">The last ${rows.length === 1 ? 'window' : `${rows.length} windows and runs`}, newest first</caption>
    <thead><tr><th scope="col">Started</th><th scope="col">Duration</th><th scope="col">Run</th><th scope="col">Sent</th><th scope="col">Not sent</th><th scope="col">Outcome</th></tr></thead>
    <tbody>${rows
      .map(
        (w) => `<tr class="history-${w.status}" data-window-id="${e(w.id)}">
      <td>${timeTag(w.startedAt, timeZone)}</td>
      <td>${w.finishedAt === null ? '–' : durationPhrase(w.finishedAt.getTime() - w.startedAt.getTime())}</td>
      <td>${RUN_KIND[w.trigger]}</td>
      <td>${w.sent}</td>
      <td>${w.failed}</td>
      <td>${outcome(w, extras.retryAt, w === last, timeZone, now)}</td>
    </tr>`,
      )
      .join('')}</tbody>
  </table>
</div>`;
  return `<section aria-labelledby="history-heading" class="card" id="history">
  <h2 id="history-heading">History</h2>
  ${summary}
  ${table}
  <p class="hint">A window that QuickBooks did not let finish is tried again the same night, each time a little later, and never after the next regular window.</p>
</section>`;
}
