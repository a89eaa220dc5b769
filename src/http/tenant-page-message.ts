/** The small HTML pages of errors (the tenant page's forms and the OAuth callback). */
import { escapeHtml } from './tenant-page';

function simplePage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} - QuickBooks sync</title><link rel="stylesheet" href="/assets/tenant-page.css"></head><body><main id="main"><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/** An HTML page with a heading and a message (errors of the page and of the OAuth callback). */
export function messagePage(title: string, message: string, backTo: string | null): string {
  return simplePage(
    title,
    `<p class="notice notice-error" role="alert">${escapeHtml(message)}</p>${backTo === null ? '' : `<p><a href="${escapeHtml(backTo)}">Back to the QuickBooks settings</a></p>`}`,
  );
}

