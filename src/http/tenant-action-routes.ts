import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WindowRunResult } from '../invoices/run-invoice-window';
import { authOf } from './admin-auth-guard';
import type { RouteModule } from './admin-server';
import type { ConnectHttpDeps } from './connect-http-deps';
import { plural } from './status-wording';
import type { TenantActionDeps } from './tenant-action-deps';
import { ActionSection, flashCookie, Notice } from './tenant-dashboard';
import { tenantPath } from './tenant-link-signer';
import { TENANT_ACTIONS_CSS, TENANT_ACTIONS_JS } from './tenant-page-actions-assets';
import { oneValue, tenantFormCsrfOk, tenantFormForbidden } from './tenant-form-guard';

type Form = Record<string, string | string[] | undefined>;

/**
 * The bookkeeper's actions on the tenant page (issue 14): link a held customer to a candidate or
 * create a new customer for it (recorded as the person's decision), retry a failed invoice, send
 * the pending invoices now. Each is a POST from the page carrying its CSRF token (as the settings
 * form), answered with a redirect back to the page (POST-redirect-GET) and a notice saying what
 * happened or what went wrong, kept a minute in a cookie scoped to the tenant's page.
 */
export function tenantActionRoutes(connect: ConnectHttpDeps, deps: TenantActionDeps): RouteModule {
  return async (app: FastifyInstance) => {
    await app.register(formbody, { bodyLimit: 16 * 1024 });
    const secure = connect.connect.publicBaseUrl.startsWith('https:');

    app.get('/assets/tenant-actions.css', async (_req, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(TENANT_ACTIONS_CSS),
    );
    app.get('/assets/tenant-actions.js', async (_req, reply) =>
      reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(TENANT_ACTIONS_JS),
    );

    app.post<{ Params: { tenantId: string; customerId: string }; Body: Form }>('/tenants/:tenantId/reviews/:customerId/link', async (req, reply) => {
      const { tenantId, customerId } = req.params;
      if (!csrfOk(req)) return tenantFormForbidden(reply, tenantId);
      const qboCustomerId = (oneValue(req.body?.qboCustomerId) ?? '').trim();
      const held = await heldCase(tenantId, customerId);
      if (held === null) return back(reply, tenantId, 'reviews', notHeld());
      if (qboCustomerId === '' || qboCustomerId.includes('\u0000')) return back(reply, tenantId, 'reviews', { kind: 'error', text: `${held.name} was not linked: no QuickBooks customer was chosen.` });
      const chosen = held.candidates.find((k) => k.qboCustomerId === qboCustomerId);
      const result = await deps.link.run(tenantId, customerId, qboCustomerId, actorOf(req));
      if (!result.ok) return back(reply, tenantId, 'reviews', { kind: 'error', text: `${held.name} was not linked: ${result.error}.` });
      deps.logger.info({ tenantId, customerId, qboCustomerId, actor: actorOf(req) }, 'held customer linked from the tenant page');
      return back(reply, tenantId, 'reviews', {
        kind: 'success',
        text: `${held.name} is now linked to the QuickBooks customer “${chosen?.name ?? qboCustomerId}”.${waitingSentence(held.waitingInvoices)}`,
      });
    });

    app.post<{ Params: { tenantId: string; customerId: string }; Body: Form }>('/tenants/:tenantId/reviews/:customerId/create', async (req, reply) => {
      const { tenantId, customerId } = req.params;
      if (!csrfOk(req)) return tenantFormForbidden(reply, tenantId);
      const held = await heldCase(tenantId, customerId);
      if (held === null) return back(reply, tenantId, 'reviews', notHeld());
      const result = await deps.create.run(tenantId, customerId, actorOf(req));
      if (!result.ok) return back(reply, tenantId, 'reviews', { kind: 'error', text: `No customer was created for ${held.name}: ${result.error}.` });
      deps.logger.info({ tenantId, customerId, qboCustomerId: result.qboCustomerId, actor: actorOf(req) }, 'customer created in QuickBooks from the tenant page');
      return back(reply, tenantId, 'reviews', { kind: 'success', text: `A new QuickBooks customer was created for ${held.name}.${waitingSentence(held.waitingInvoices)}` });
    });

    app.post<{ Params: { tenantId: string; invoiceId: string }; Body: Form }>('/tenants/:tenantId/invoices/:invoiceId/retry', async (req, reply) => {
      const { tenantId, invoiceId } = req.params;
      if (!csrfOk(req)) return tenantFormForbidden(reply, tenantId);
      const result = await deps.retry.run(tenantId, invoiceId, actorOf(req));
      if (!result.ok) return back(reply, tenantId, 'failures', { kind: 'error', text: `Nothing to retry: ${result.message}.` });
      return back(reply, tenantId, 'failures', {
        kind: 'success',
        text: `Invoice ${result.number ?? invoiceId} will be sent again in the next run, or at once with Send now.`,
      });
    });

    app.post<{ Params: { tenantId: string }; Body: Form }>('/tenants/:tenantId/send-now', async (req, reply) => {
      const { tenantId } = req.params;
      if (!csrfOk(req)) return tenantFormForbidden(reply, tenantId);
      if ((await connect.tenants.find(tenantId)) === null) return back(reply, tenantId, 'send-now', { kind: 'error', text: 'This account is not known yet.' });
      const requestedBy = actorOf(req);
      const run = deps.runWindow.run({ tenantId, trigger: 'run_now', requestedBy });
      run.then(
        (r) => deps.logger.info({ tenantId, requestedBy, outcome: r.outcome, status: r.outcome === 'ran' ? r.status : undefined }, 'send now from the tenant page done'),
        (e: unknown) => deps.logger.error({ err: e, tenantId }, 'send now from the tenant page failed'),
      );
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<'waiting'>((resolve) => (timer = setTimeout(() => resolve('waiting'), deps.sendNowWaitMs)));
      const first: WindowRunResult | 'waiting' = await Promise.race([run, waited]).finally(() => clearTimeout(timer));
      if (first === 'waiting') {
        const latest = (await deps.windows.run(tenantId, 1, null)).windows[0];
        if (latest !== undefined && latest.status === 'running') return reply.redirect(`${tenantPath(tenantId)}?run=${encodeURIComponent(latest.id)}#send-now-result`, 303);
        return back(reply, tenantId, 'send-now', { kind: 'info', text: 'The run has started; refresh this page in a moment to see what it sent.' });
      }
      if (first.outcome === 'busy') {
        return back(reply, tenantId, 'send-now', {
          kind: 'info',
          text: 'A run is already going on for this account (the schedule’s or another Send now), so no second one was started. Refresh in a moment to see what it sent.',
        });
      }
      if (first.outcome !== 'ran') return back(reply, tenantId, 'send-now', { kind: 'info', text: 'Nothing was run.' });
      return reply.redirect(`${tenantPath(tenantId)}?run=${encodeURIComponent(first.windowId)}#send-now-result`, 303);
    });

    const heldCase = async (tenantId: string, customerId: string) => (await deps.reviewQueue.run(tenantId, 1, customerId)).cases.find((c) => c.customerId === customerId) ?? null;

    // Back to the page, landing on the notice at the top of the section the action was taken in.
    const back = (reply: FastifyReply, tenantId: string, at: ActionSection, notice: Notice) =>
      reply.header('set-cookie', flashCookie(tenantId, { ...notice, at }, secure)).header('cache-control', 'no-store').redirect(`${tenantPath(tenantId)}#${at}-notice`, 303);

    const csrfOk = (req: FastifyRequest<{ Body: Form }>): boolean => tenantFormCsrfOk(connect.signer, req);
  };
}

/** Who acted, as the decision log and the matcher's labels record it. */
function actorOf(req: FastifyRequest): string {
  return authOf(req).kind === 'operator' ? 'operator (tenant page)' : 'bookkeeper (tenant page)';
}

function notHeld(): Notice {
  return { kind: 'error', text: 'That customer is no longer held for review: it was decided already, so nothing was changed.' };
}

function waitingSentence(n: number): string {
  return n > 0 ? ` Its ${plural(n, 'waiting invoice')} ${n === 1 ? 'goes' : 'go'} out in the next run, or at once with Send now.` : '';
}
