import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReviewCase } from '../customers/read-review-queue';
import type { FoundInvoice } from '../invoices/find-invoice';
import type { FailedInvoice } from '../invoices/list-failed-invoices';
import type { WindowView } from '../invoices/read-tenant-status';
import { cookieValues } from './admin-auth-guard';
import type { TenantStatusView } from './collect-tenant-status';
import type { ConnectHttpDeps } from './connect-http-deps';
import { tenantPath } from './tenant-link-signer';

/** What the page's action sections show (send now, find, failures, reviews). */
export interface DashboardView {
  base: string;
  /** The forms' CSRF token (signed-link visitors); null for operators. */
  csrf: string | null;
  timeZone: string;
  qboEnvironment: 'sandbox' | 'production';
  send: {
    /** Why Send now cannot send (off, not connected), or null. */
    blocker: string | null;
    /** Invoices the next run sends. */
    pending: number | null;
    /** A run is going on right now. */
    running: boolean;
    /** The run the person started, as it stands (`?run=<id>` after Send now). */
    run: WindowView | null;
  };
  failures: { total: number; invoices: FailedInvoice[] };
  reviews: { total: number; cases: ReviewCase[] };
  /** `?find=<number>`: what was asked and what was found. */
  find: { query: string; results: FoundInvoice[] } | null;
  /** What the last action did, shown at the top of the section it was taken in. */
  flash: SectionNotice | null;
}

/** The sections an action comes back to. */
export type ActionSection = 'send-now' | 'failures' | 'reviews';

/** A notice shown in the section where the action was taken (the redirect lands on it). */
export interface SectionNotice extends Notice {
  at: ActionSection;
}

/** A notice above the page (the page's own Notice, by shape). */
export interface Notice {
  kind: 'success' | 'error' | 'info';
  text: string;
}

const FLASH_COOKIE = 'qbo_sync_flash';
const LIST_LIMIT = 50;

/**
 * Everything the action sections need, read for the page (GET and re-rendered forms): null when
 * the page has no actions bound. A notice left by the last action (POST-redirect-GET, kept a
 * minute in a cookie scoped to the tenant's page) is taken and cleared.
 */
export async function readDashboard(
  deps: ConnectHttpDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  status: TenantStatusView,
  /** The page's CSRF token, computed once by the page route (null for operators). */
  csrf: string | null,
): Promise<DashboardView | null> {
  const actions = deps.actions;
  if (actions === undefined) return null;
  const tenantId = status.overview.settings.tenantId;
  const query = (req.query ?? {}) as Record<string, unknown>;
  const findQuery = typeof query['find'] === 'string' ? query['find'].trim().slice(0, 100) : null;
  const runId = typeof query['run'] === 'string' ? query['run'] : null;
  const [failures, reviews, found, history] = await Promise.all([
    actions.failures.run(tenantId, LIST_LIMIT),
    actions.reviewQueue.run(tenantId, LIST_LIMIT),
    findQuery !== null && findQuery !== '' ? actions.find.run(tenantId, findQuery) : Promise.resolve([]),
    actions.windows.run(tenantId, 10, null),
  ]);
  const s = status.overview.settings;
  const connected = status.overview.connection.status === 'connected';
  const blocker = !s.enabled
    ? 'The sync is off: turn on “Enable QuickBooks sync” in the settings below and click Submit, then invoices can be sent.'
    : !connected
      ? 'QuickBooks is not connected: connect it above, then invoices can be sent.'
      : null;
  const flash = cookieValues(req.headers.cookie, FLASH_COOKIE).map(parseFlash).find((n): n is SectionNotice => n !== null) ?? null;
  if (flash !== null) {
    void reply.header('set-cookie', `${FLASH_COOKIE}=; Path=${tenantPath(tenantId)}; Max-Age=0; HttpOnly; SameSite=Lax`);
  }
  return {
    base: tenantPath(tenantId),
    csrf,
    timeZone: s.timeZone,
    qboEnvironment: actions.qboEnvironment,
    send: {
      blocker,
      pending: status.invoices?.pending ?? null,
      running: history.windows.some((w) => w.status === 'running'),
      run: runId === null ? null : (history.windows.find((w) => w.id === runId) ?? null),
    },
    failures,
    reviews: { total: reviews.total, cases: reviews.cases },
    find: findQuery === null ? null : { query: findQuery, results: found },
    flash,
  };
}

/** A Set-Cookie keeping one notice for the next GET of the tenant's page (POST-redirect-GET). */
export function flashCookie(tenantId: string, notice: SectionNotice, secure: boolean): string {
  const value = Buffer.from(JSON.stringify({ at: notice.at, kind: notice.kind, text: notice.text.slice(0, 1000) }), 'utf8').toString('base64url');
  return `${FLASH_COOKIE}=${value}; Path=${tenantPath(tenantId)}; Max-Age=60; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The notice of the section `at`, as the section shows it: a live region the redirect lands on (`#<at>-notice`). */
export function sectionNotice(view: DashboardView, at: ActionSection, escape: (text: string) => string): string {
  const n = view.flash;
  if (n === null || n.at !== at) return '';
  return `<p class="notice notice-${n.kind}" id="${at}-notice" tabindex="-1" role="${n.kind === 'error' ? 'alert' : 'status'}">${escape(n.text)}</p>`;
}

const SECTIONS: readonly string[] = ['send-now', 'failures', 'reviews'] satisfies ActionSection[];

function parseFlash(value: string): SectionNotice | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { at, kind, text } = parsed as Record<string, unknown>;
    if (typeof at === 'string' && SECTIONS.includes(at) && (kind === 'success' || kind === 'error' || kind === 'info') && typeof text === 'string') {
      return { at: at as ActionSection, kind, text };
    }
    return null;
  } catch {
    return null;
  }
}
