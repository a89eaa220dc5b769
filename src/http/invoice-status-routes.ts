import type { FastifyInstance } from 'fastify';
import type { RouteModule } from './admin-server';
import { ReadTenantStatus } from '../invoices/read-tenant-status';

/** GET /api/tenants/:tenantId/status: the tenant's invoice status as JSON (auth for /api/ is global). */
export function invoiceStatusRoutes(status: ReadTenantStatus): RouteModule {
  return (app: FastifyInstance) => {
    app.get<{ Params: { tenantId: string } }>('/api/tenants/:tenantId/status', async (req, reply) => {
      const tenantId = req.params.tenantId;
      if (tenantId.length === 0 || tenantId.length > 100) {
        return reply.code(400).send({ error: 'bad_request', message: 'tenantId must be 1 to 100 characters' });
      }
      const s = await status.run(tenantId);
      if (s === null) return reply.code(404).send({ error: 'not_found', message: `no tenant "${tenantId}" is known to this worker` });
      return s;
    });
  };
}
