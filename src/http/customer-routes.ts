import { FastifyInstance } from 'fastify';
import { RouteModule } from './admin-server';
import { QboError } from '../qbo/qbo-error';
import { CreateCustomerByHand } from '../customers/create-customer-by-hand';
import { ExplainCustomer } from '../customers/explain-customer';
import { LinkCustomerByHand } from '../customers/link-customer-by-hand';
import { ListCustomersForReview } from '../customers/list-customers-for-review';
import { ListDuplicates } from '../customers/list-duplicates';

export interface CustomerRouteDeps {
  duplicates: ListDuplicates;
  review: ListCustomersForReview;
  explain: ExplainCustomer;
  link: LinkCustomerByHand;
  create: CreateCustomerByHand;
}

interface TenantParams {
  tenantId: string;
}
interface CustomerParams extends TenantParams {
  customerId: string;
}

/**
 * Admin API (auth is applied to /api/ globally by the HTTP part):
 * GET  /api/tenants/:tenantId/duplicates
 * GET  /api/tenants/:tenantId/customers/review
 * GET  /api/tenants/:tenantId/customers/:customerId/explain
 * POST /api/tenants/:tenantId/customers/:customerId/link   {"qboCustomerId": "..."}
 * POST /api/tenants/:tenantId/customers/:customerId/create
 */
export function customerRoutes(deps: CustomerRouteDeps): RouteModule {
  return (app: FastifyInstance) => {
    app.get<{ Params: TenantParams }>('/api/tenants/:tenantId/duplicates', async (req) => deps.duplicates.run(req.params.tenantId));
    app.get<{ Params: TenantParams }>('/api/tenants/:tenantId/customers/review', async (req) => deps.review.run(req.params.tenantId));
    app.get<{ Params: CustomerParams }>('/api/tenants/:tenantId/customers/:customerId/explain', async (req, reply) => {
      const e = await deps.explain.run(req.params.tenantId, req.params.customerId);
      if (e.link === null && e.decisions.length === 0) return reply.code(404).send({ error: `no customer ${req.params.customerId} for tenant ${req.params.tenantId}` });
      return e;
    });
    app.post<{ Params: CustomerParams; Body: unknown }>('/api/tenants/:tenantId/customers/:customerId/link', async (req, reply) => {
      const body = req.body;
      const qboCustomerId =
        typeof body === 'object' && body !== null && 'qboCustomerId' in body ? (body as { qboCustomerId: unknown }).qboCustomerId : undefined;
      if (typeof qboCustomerId !== 'string' || !/^\d{1,20}$/.test(qboCustomerId)) {
        return reply.code(400).send({ error: 'body must be {"qboCustomerId": "<QBO customer Id, digits>"}' });
      }
      return answer(reply, () => deps.link.run(req.params.tenantId, req.params.customerId, qboCustomerId, 'admin-api'));
    });
    app.post<{ Params: CustomerParams }>('/api/tenants/:tenantId/customers/:customerId/create', async (req, reply) =>
      answer(reply, () => deps.create.run(req.params.tenantId, req.params.customerId, 'admin-api')),
    );
  };
}

type Reply = { code(status: number): { send(body: unknown): unknown } };

async function answer(reply: Reply, action: () => Promise<{ ok: true; qboCustomerId: string; message: string } | { ok: false; error: string }>): Promise<unknown> {
  try {
    const r = await action();
    return r.ok ? reply.code(200).send(r) : reply.code(409).send(r);
  } catch (e) {
    if (e instanceof QboError && e.kind === 'halted') return reply.code(409).send({ ok: false, error: `nothing was sent to QuickBooks (${e.code}): ${e.explanation}` });
    if (e instanceof QboError) return reply.code(e.retriable ? 503 : 502).send({ ok: false, error: `QuickBooks: ${e.code} ${e.explanation}` });
    throw e;
  }
}
