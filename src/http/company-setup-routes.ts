import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MapItemCode } from '../invoices/map-item-code';
import { ReadCompanySetup } from '../invoices/read-company-setup';
import type { RouteModule } from './admin-server';
import { API_TAG, CompanySetupJson, errorResponses, ItemCodeParams, ItemMappingBody, ItemMappingJson, TenantParams } from './api-schemas';

/**
 * The company behind a tenant, for picking by name (nobody types an Id): GET its profile, items,
 * income accounts, tax codes and code mappings; PUT / DELETE a mapping of an upstream item code
 * to an item. Owned by the invoices part (ReadCompanySetup, MapItemCode).
 */
export function companySetupRoutes(setup: ReadCompanySetup, map: MapItemCode): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/tenants/:tenantId/company',
      {
        schema: {
          tags: [API_TAG],
          summary: "The connected company: country, currencies, numbering; its items, income accounts and tax codes by name; the item codes mapped by hand",
          params: TenantParams,
          response: { 200: CompanySetupJson, ...errorResponses({ params: true }) },
        },
      },
      async (req) => {
        const s = await setup.run(req.params.tenantId);
        return {
          tenantId: req.params.tenantId,
          profile: s.profile,
          proposedTaxCodes: s.proposedTaxCodes,
          items: s.items,
          incomeAccounts: s.incomeAccounts,
          taxCodes: s.taxCodes,
          mappings: s.mappings,
        };
      },
    );
    app.put(
      '/api/tenants/:tenantId/item-mappings/:code',
      {
        schema: {
          tags: [API_TAG],
          summary: 'Map an upstream item code to a QuickBooks item (by name or Id); invoices held for the code go in the next window',
          params: ItemCodeParams,
          body: ItemMappingBody,
          response: { 200: ItemMappingJson, ...errorResponses({ params: true, body: true, extra: { 409: 'Not connected, or no such item in the company' } }) },
        },
      },
      async (req, reply) => {
        const r = await map.run(req.params.tenantId, req.params.code, req.body.item);
        if (!r.ok) return r.error === 'bad_code' ? reply.code(400).send({ error: 'bad_request', message: r.message }) : reply.code(409).send({ error: r.error, message: r.message });
        return { code: r.code, item: r.item };
      },
    );
    app.delete(
      '/api/tenants/:tenantId/item-mappings/:code',
      {
        schema: {
          tags: [API_TAG],
          summary: 'Remove the mapping of an upstream item code',
          params: ItemCodeParams,
          response: { 200: ItemMappingJson, ...errorResponses({ params: true, extra: { 409: 'Not connected' } }) },
        },
      },
      async (req, reply) => {
        const r = await map.run(req.params.tenantId, req.params.code, null);
        if (!r.ok) return r.error === 'bad_code' ? reply.code(400).send({ error: 'bad_request', message: r.message }) : reply.code(409).send({ error: r.error, message: r.message });
        return { code: r.code, item: null };
      },
    );
  };
}
