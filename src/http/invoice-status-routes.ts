import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteModule } from './admin-server';
import { CountDeadLetters } from '../ingest/dead-letter-counts';
import { ReadTenantStatus } from '../invoices/read-tenant-status';
import { API_TAG, errorResponses, TenantParams, TenantStatusJson } from './api-schemas';

/** GET /api/tenants/:tenantId/status: the tenant's invoice status as JSON (auth for /api/ is global). */
export function invoiceStatusRoutes(status: ReadTenantStatus, deadLetters: CountDeadLetters): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/tenants/:tenantId/status',
      {
        schema: {
          tags: [API_TAG],
          summary: "The tenant's sync status: connection, pending / waiting / failed invoices with reasons, next and last window, customers held and flagged, its dead letters by reason",
          description: 'Owned by the invoices part (ReadTenantStatus); the settings page shows the same data in words.',
          params: TenantParams,
          response: { 200: TenantStatusJson, ...errorResponses({ params: true, notFound: 'Unknown tenant' }) },
        },
      },
      async (req, reply) => {
        const tenantId = req.params.tenantId;
        const s = await status.run(tenantId);
        if (s === null) return reply.code(404).send({ error: 'not_found', message: `no tenant "${tenantId}" is known to this worker` });
        return { ...s, deadLetters: await deadLetters.run(tenantId) };
      },
    );
  };
}
