import { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TenantLinkGenerations } from '../connections/tenant-link-generations';
import { RouteModule } from './admin-server';
import { API_TAG, errorResponses, TenantParams } from './api-schemas';

const LinksRevoked = z.object({
  tenantId: z.string(),
  revoked: z.literal(true),
  generation: z.number().int().describe('The link generation now current: links issued from now on carry it; every earlier link and page cookie is refused'),
});

/**
 * `POST /api/tenants/:tenantId/links/revoke`: every signed page link of the tenant issued so far,
 * and the page cookies made from them, stop working at once (the tenant's link generation in
 * Postgres is bumped; the guard checks it with each signature). New links work as before.
 */
export function tenantLinkRoutes(generations: Pick<TenantLinkGenerations, 'revoke'>): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/tenants/:tenantId/links/revoke',
      {
        schema: {
          tags: [API_TAG],
          summary: "Revoke every signed page link (and page cookie) of the tenant issued so far",
          params: TenantParams,
          response: { 200: LinksRevoked, ...errorResponses({ params: true, notFound: 'Unknown tenant' }) },
        },
      },
      async (req, reply) => {
        const { tenantId } = req.params;
        const generation = await generations.revoke(tenantId);
        if (generation === null) return reply.code(404).send({ error: 'not_found', message: `tenant ${tenantId} is not known` });
        return { tenantId, revoked: true as const, generation };
      },
    );
  };
}
