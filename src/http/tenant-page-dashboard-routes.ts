import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConnectHttpDeps } from './connect-http-deps';
import { tenantPath } from './tenant-link-signer';
import { TENANT_PAGE_DASHBOARD_CSS, TENANT_PAGE_DASHBOARD_JS } from './tenant-page-dashboard-assets';

type Form = Record<string, string | string[] | undefined>;

export interface DashboardRouteHelpers {
  /** The page's CSRF check (the settings form's). */
  csrfOk: (req: FastifyRequest<{ Body: Form }>) => boolean;
  forbidden: (reply: FastifyReply, tenantId: string) => FastifyReply;
}

/**
 * The dashboard parts' routes, inside the tenant page's scope (form bodies parsed there): their
 * assets, and Dismiss of a notice (POST with the page's CSRF token, then back to the page: 303).
 */
export function tenantPageDashboardRoutes(app: FastifyInstance, deps: ConnectHttpDeps, h: DashboardRouteHelpers): void {
  app.get('/assets/tenant-page-dashboard.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(TENANT_PAGE_DASHBOARD_CSS),
  );
  app.get('/assets/tenant-page-dashboard.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(TENANT_PAGE_DASHBOARD_JS),
  );
  app.post<{ Params: { tenantId: string; noticeId: string }; Body: Form }>('/tenants/:tenantId/notices/:noticeId/dismiss', async (req, reply) => {
    const { tenantId, noticeId } = req.params;
    if (!h.csrfOk(req)) return h.forbidden(reply, tenantId);
    const done = await deps.pageExtras.dismiss(tenantId, noticeId);
    deps.logger.info({ tenantId, noticeId, done }, 'notice dismissed from the page');
    return reply.redirect(`${tenantPath(tenantId)}?dismissed=1`, 303);
  });
}
