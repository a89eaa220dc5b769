import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from '../logger';
import type { TenantRepository } from '../connections/tenant-repository';
import type { ListTenantWindows } from '../invoices/list-tenant-windows';
import type { RunInvoiceWindow, WindowRunResult } from '../invoices/run-invoice-window';
import type { RouteModule } from './admin-server';
import { API_TAG, errorResponses, RunWindowQuery, TenantParams, WindowHistory, WindowHistoryQuery, WindowRun } from './api-schemas';

export interface WindowRouteDeps {
  tenants: TenantRepository;
  runWindow: RunInvoiceWindow;
  history: ListTenantWindows;
  logger: Logger;
}

/**
 * The operators' window API: `POST /api/tenants/{id}/windows` runs the tenant's invoice window
 * now (what `qbo-sync run-now` does, without the worker's configuration at hand), and
 * `GET /api/tenants/{id}/windows` is its history. The run is the invoices part's RunInvoiceWindow
 * (one at a time per tenant across replicas); the answer waits up to `wait` seconds for it, then
 * says 202 and the window goes on in this replica (safe to abandon at a shutdown, as every window).
 */
export function windowRoutes(deps: WindowRouteDeps): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = [API_TAG];

    app.get(
      '/api/tenants/:tenantId/windows',
      {
        schema: {
          tags,
          summary: "The tenant's invoice windows, newest first: trigger, who asked, status, counts, failures",
          params: TenantParams,
          querystring: WindowHistoryQuery,
          response: { 200: WindowHistory, ...errorResponses({ params: true, notFound: 'Unknown tenant' }) },
        },
      },
      async (req, reply) => {
        const { tenantId } = req.params;
        if ((await deps.tenants.find(tenantId)) === null) return reply.code(404).send({ error: 'not_found', message: `no tenant "${tenantId}" is known to this worker` });
        const page = await deps.history.run(tenantId, req.query.limit ?? 20, req.query.before ?? null);
        return { tenantId, ...page };
      },
    );

    app.post(
      '/api/tenants/:tenantId/windows',
      {
        schema: {
          tags,
          summary: "Run the tenant's invoice window now (support cases; logged with who asked). 200 when it finished within `wait`, 202 while it runs",
          description:
            'One window at a time per tenant across replicas: 409 while one runs (the scheduler or another run-now). A disabled tenant or one needing a reconnect gives a `skipped` window with the reason.',
          params: TenantParams,
          querystring: RunWindowQuery,
          response: {
            200: WindowRun,
            202: WindowRun,
            ...errorResponses({ params: true, notFound: 'Unknown tenant', extra: { 409: 'A window is running for this tenant' } }),
          },
        },
      },
      async (req, reply) => {
        const { tenantId } = req.params;
        if ((await deps.tenants.find(tenantId)) === null) return reply.code(404).send({ error: 'not_found', message: `no tenant "${tenantId}" is known to this worker` });
        const requestedBy = req.query.requestedBy ?? 'api';
        deps.logger.warn({ tenantId, requestedBy }, 'operator asked for an invoice window now (API)');
        const run = deps.runWindow.run({ tenantId, trigger: 'run_now', requestedBy });
        run.then(
          (r) => deps.logger.warn({ tenantId, requestedBy, outcome: r.outcome, status: r.outcome === 'ran' ? r.status : undefined }, 'API window done'),
          (e: unknown) => deps.logger.error({ err: e, tenantId }, 'API window failed'),
        );
        let timer: NodeJS.Timeout | undefined;
        const waited = new Promise<'waiting'>((resolve) => (timer = setTimeout(() => resolve('waiting'), (req.query.wait ?? 5) * 1000)));
        const first: WindowRunResult | 'waiting' = await Promise.race([run, waited]).finally(() => clearTimeout(timer));
        if (first === 'waiting') {
          const latest = await deps.history.run(tenantId, 1, null);
          return reply.code(202).send({ tenantId, state: 'running', window: latest.windows[0]?.status === 'running' ? latest.windows[0] : null });
        }
        if (first.outcome === 'busy') {
          return reply.code(409).send({ error: 'conflict', message: `a window is running for ${tenantId} right now (the scheduler or another run-now); try again when it is done` });
        }
        const latest = await deps.history.run(tenantId, 1, null);
        return { tenantId, state: 'finished', window: first.outcome === 'ran' ? (latest.windows.find((w) => w.id === first.windowId) ?? null) : null };
      },
    );
  };
}
