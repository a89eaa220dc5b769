import formbody from '@fastify/formbody';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SettingsDraft } from '../connections/oauth-state-repository';
import { FieldProblem, isValidTenantId, TenantSettings, validateSettingsChange } from '../connections/tenant-settings';
import { RouteModule } from './admin-server';
import { authOf, tenantCookie } from './admin-auth-guard';
import { connectCookie, connectCookieScope } from './connect-browser-cookie';
import { ConnectHttpDeps } from './connect-http-deps';
import { Notice, renderTenantPage, SettingsFormValues } from './tenant-page';
import { TENANT_PAGE_CSS, TENANT_PAGE_JS } from './tenant-page-assets';
import { tenantPath } from './tenant-link-signer';
import { readDashboard } from './tenant-dashboard';
import { tenantPageDashboardRoutes } from './tenant-page-dashboard-routes';
import { oneValue, tenantFormCsrfOk, tenantFormForbidden } from './tenant-form-guard';
import { messagePage } from './tenant-page-message';
import { scheduleFromForm } from './tenant-page-schedule-fields';

type Params = { tenantId: string };
type Form = Record<string, string | string[] | undefined>;

const FORM_FIELDS = [
  'enabled',
  'batchCron',
  'timeZone',
  'invoicesFrom',
  'ambiguousPolicy',
  'defaultItemId',
  'unmappedItemPolicy',
  'newItemIncomeAccount',
  'taxableTaxCode',
  'exemptTaxCode',
  'currencyMismatchPolicy',
] as const;

/**
 * The tenant's settings and status page (GET /tenants/:tenantId) and its forms: Submit
 * (settings), Connect (to Intuit's authorize page, keeping the form as a draft for the way
 * back), Disconnect. Reached with a signed link (the guard checks it); the first visit turns
 * `?sig=` into a cookie scoped to the tenant's path and redirects to the clean URL. Forms of
 * link visitors carry a CSRF token derived from the link.
 */
export function tenantPageRoutes(deps: ConnectHttpDeps): RouteModule {
  return async (app: FastifyInstance) => {
    await app.register(formbody, { bodyLimit: 64 * 1024 });

    app.get('/assets/tenant-page.css', async (_req, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(TENANT_PAGE_CSS),
    );
    app.get('/assets/tenant-page.js', async (_req, reply) =>
      reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(TENANT_PAGE_JS),
    );

    app.get<{ Params: Params; Querystring: Record<string, string | undefined> }>('/tenants/:tenantId', async (req, reply) => {
      const { tenantId } = req.params;
      const auth = authOf(req);
      if (auth.kind === 'tenant' && auth.via === 'query') {
        // the guard checked the link (signature, generation, expiry)
        const rest = new URLSearchParams(Object.entries(req.query).filter((kv): kv is [string, string] => kv[0] !== 'sig' && typeof kv[1] === 'string'));
        void reply.header('set-cookie', tenantCookie(tenantId, auth.sig, auth.expiresAt, deps.connect.publicBaseUrl.startsWith('https:'), deps.connect.tenantPageFrameAncestors !== ''));
        return reply.redirect(`${tenantPath(tenantId)}${rest.size > 0 ? `?${rest.toString()}` : ''}`, 303);
      }
      const notices: Notice[] = [];
      let draft: SettingsDraft | null = null;
      if (req.query.saved === '1') notices.push({ kind: 'success', text: 'Settings saved.' });
      if (req.query.dismissed === '1') notices.push({ kind: 'info', text: 'Notice dismissed.' });
      if (req.query.disconnected === '1') notices.push({ kind: 'info', text: 'QuickBooks was disconnected and its access revoked. Nothing is sent until you connect again.' });
      if (req.query.connected !== undefined) {
        draft = await deps.states.findDraft(tenantId, req.query.connected);
      }
      const status = await deps.status.run(tenantId, new Date(), { reviews: deps.actions === undefined }); // with actions, the dashboard reads the reviews
      if (status === null) return notFound(reply, tenantId);
      if (req.query.connected !== undefined && status.overview.connection.status === 'connected') {
        const c = status.overview.connection;
        notices.push({
          kind: 'success',
          text: `Connected to QuickBooks company ${c.companyName !== null ? `“${c.companyName}”` : c.realmId ?? ''}. Review the settings below and click Submit to save them.`,
        });
      }
      const csrf = csrfFor(req);
      return page(reply, 200, {
        status,
        form: draft !== null ? fromDraft(draft, status.overview.settings) : fromSettings(status.overview.settings),
        problems: [],
        notices,
        csrf,
        now: new Date(),
        dashboard: await readDashboard(deps, req, reply, status, csrf),
      });
    });

    app.post<{ Params: Params; Body: Form }>('/tenants/:tenantId/settings', async (req, reply) => {
      const { tenantId } = req.params;
      if (!csrfOk(req)) return tenantFormForbidden(reply, tenantId);
      const body = req.body ?? {};
      const input: Record<string, unknown> = { enabled: oneValue(body.enabled) === 'on' };
      for (const f of FORM_FIELDS) if (f !== 'enabled' && oneValue(body[f]) !== undefined) input[f] = (oneValue(body[f]) ?? '').trim();
      const tenant = await deps.tenants.find(tenantId);
      if (tenant === null) return notFound(reply, tenantId);
      const schedule = scheduleFromForm(body); // the time of day and days, or the advanced cron
      if (schedule.cron !== undefined) input.batchCron = schedule.cron;
      const checked = validateSettingsChange(input);
      const unknown = checked.ok ? await deps.settingsNames.run(tenantId, checked.change) : [];
      if (!checked.ok || schedule.problems.length > 0 || unknown.length > 0)
        return rerender(req, reply, tenantId, { ...formFrom(body, tenant), schedule: schedule.typed }, [...schedule.problems, ...(checked.ok ? unknown : checked.problems)]);
      await deps.tenants.applyChange(tenantId, checked.change);
      deps.logger.info({ tenantId, fields: Object.keys(checked.change) }, 'tenant settings saved from the page');
      return reply.redirect(`${tenantPath(tenantId)}?saved=1`, 303);
    });

    app.post<{ Params: Params; Body: Form }>('/tenants/:tenantId/connect', async (req, reply) => {
      const { tenantId } = req.params;
      if (!csrfOk(req)) return tenantFormForbidden(reply, tenantId);
      const body = req.body ?? {};
      const draft: SettingsDraft = { enabled: oneValue(body.enabled) === 'on' ? 'on' : '' };
      for (const f of FORM_FIELDS) if (f !== 'enabled') draft[f] = (oneValue(body[f]) ?? '').slice(0, 200);
      const schedule = scheduleFromForm(body);
      if (schedule.cron !== undefined) draft.batchCron = schedule.cron;
      const started = await deps.startConnect.run(tenantId, draft, 'this');
      if (!started.ok) return notFound(reply, tenantId);
      if (started.browserNonce !== null) {
        const scope = connectCookieScope(deps.redirectUri, deps.connect.publicBaseUrl);
        void reply.header('set-cookie', connectCookie(started.state, started.browserNonce, started.expiresAt, scope));
      }
      return reply.header('cache-control', 'no-store').redirect(started.authorizeUrl, 303);
    });

    app.post<{ Params: Params; Body: Form }>('/tenants/:tenantId/disconnect', async (req, reply) => {
      const { tenantId } = req.params;
      if (!csrfOk(req)) return tenantFormForbidden(reply, tenantId);
      const outcome = await deps.disconnect.run(tenantId);
      if (outcome.ok || outcome.reason === 'not_connected') return reply.redirect(`${tenantPath(tenantId)}?disconnected=1`, 303);
      const tenant = await deps.tenants.find(tenantId);
      if (tenant === null) return notFound(reply, tenantId);
      return rerender(req, reply, tenantId, fromSettings(tenant), [], [{ kind: 'error', text: outcome.message }], 502);
    });

    const csrfFor = (req: FastifyRequest): string | null => {
      const a = authOf(req);
      return a.kind === 'tenant' ? deps.signer.csrfToken(a.tenantId, a.sig) : null;
    };

    const csrfOk = (req: FastifyRequest<{ Body: Form }>): boolean => tenantFormCsrfOk(deps.signer, req);

    const rerender = async (
      req: FastifyRequest,
      reply: FastifyReply,
      tenantId: string,
      form: SettingsFormValues,
      problems: FieldProblem[],
      notices: Notice[] = [],
      code = 400,
    ) => {
      const status = await deps.status.run(tenantId, new Date(), { reviews: deps.actions === undefined }); // with actions, the dashboard reads the reviews
      if (status === null) return notFound(reply, tenantId);
      const csrf = csrfFor(req);
      return page(reply, code, { status, form, problems, notices, csrf, now: new Date(), dashboard: await readDashboard(deps, req, reply, status, csrf) });
    };

    const page = async (reply: FastifyReply, code: number, input: Parameters<typeof renderTenantPage>[0]) => {
      const extras = input.extras ?? (await deps.pageExtras.run(input.status.overview.settings.tenantId));
      return securePage(reply, deps.authorizeUrl, deps.connect.tenantPageFrameAncestors).code(code).send(renderTenantPage({ ...input, extras }));
    };

    tenantPageDashboardRoutes(app, deps, { csrfOk, forbidden: tenantFormForbidden });
  };
}

/**
 * Headers for every HTML page: no caching, no referrer (links carry signatures), own scripts only,
 * and no framing, except by the host product's origins given as `frameAncestors`
 * (TENANT_PAGE_FRAME_ANCESTORS: the tenant page only; see tenant-page-embedding.ts).
 */
export function securePage(reply: FastifyReply, authorizeUrl: string, frameAncestors = ''): FastifyReply {
  let authorizeOrigin = '';
  try {
    authorizeOrigin = ` ${new URL(authorizeUrl).origin}`;
  } catch {
    // a bad URL only narrows the policy
  }
  const r = reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-content-type-options', 'nosniff');
  if (frameAncestors === '') void r.header('x-frame-options', 'DENY'); // X-Frame-Options has no allow-list: CSP alone says who may embed
  return r.header(
    'content-security-policy',
    `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'${authorizeOrigin}; frame-ancestors ${frameAncestors === '' ? "'none'" : frameAncestors}; base-uri 'none'`,
  );
}

function fromSettings(s: TenantSettings): SettingsFormValues {
  return {
    enabled: s.enabled,
    batchCron: s.batchCron,
    timeZone: s.timeZone,
    invoicesFrom: s.invoicesFrom ?? '',
    ambiguousPolicy: s.ambiguousPolicy,
    defaultItemId: s.defaultItemId ?? '',
    unmappedItemPolicy: s.unmappedItemPolicy,
    newItemIncomeAccount: s.newItemIncomeAccount ?? '',
    taxableTaxCode: s.taxableTaxCode ?? '',
    exemptTaxCode: s.exemptTaxCode ?? '',
    currencyMismatchPolicy: s.currencyMismatchPolicy,
  };
}

function fromDraft(d: SettingsDraft, s: TenantSettings): SettingsFormValues {
  const base = fromSettings(s);
  return {
    enabled: d.enabled === 'on',
    batchCron: d.batchCron || base.batchCron,
    timeZone: d.timeZone || base.timeZone,
    invoicesFrom: d.invoicesFrom ?? base.invoicesFrom,
    ambiguousPolicy: d.ambiguousPolicy || base.ambiguousPolicy,
    defaultItemId: d.defaultItemId ?? base.defaultItemId,
    unmappedItemPolicy: base.unmappedItemPolicy,
    newItemIncomeAccount: base.newItemIncomeAccount,
    taxableTaxCode: base.taxableTaxCode,
    exemptTaxCode: base.exemptTaxCode,
    currencyMismatchPolicy: base.currencyMismatchPolicy,
  };
}

function formFrom(body: Form, s: TenantSettings): SettingsFormValues {
  const base = fromSettings(s);
  return {
    enabled: oneValue(body.enabled) === 'on',
    batchCron: oneValue(body.batchCron) ?? base.batchCron,
    timeZone: oneValue(body.timeZone) ?? base.timeZone,
    invoicesFrom: oneValue(body.invoicesFrom) ?? base.invoicesFrom,
    ambiguousPolicy: oneValue(body.ambiguousPolicy) ?? base.ambiguousPolicy,
    defaultItemId: oneValue(body.defaultItemId) ?? base.defaultItemId,
    unmappedItemPolicy: oneValue(body.unmappedItemPolicy) ?? base.unmappedItemPolicy,
    newItemIncomeAccount: oneValue(body.newItemIncomeAccount) ?? base.newItemIncomeAccount,
    taxableTaxCode: oneValue(body.taxableTaxCode) ?? base.taxableTaxCode,
    exemptTaxCode: oneValue(body.exemptTaxCode) ?? base.exemptTaxCode,
    currencyMismatchPolicy: oneValue(body.currencyMismatchPolicy) ?? base.currencyMismatchPolicy,
  };
}

function notFound(reply: FastifyReply, tenantId: string) {
  const known = isValidTenantId(tenantId);
  return reply
    .code(404)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(messagePage('Unknown account', known ? `No account "${tenantId}" is known here yet: it appears once its first event is received.` : 'This is not a valid account id.', null));
}
