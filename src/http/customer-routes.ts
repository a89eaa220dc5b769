import { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { RouteModule } from './admin-server';
import { QboError } from '../qbo/qbo-error';
import { CreateCustomerByHand } from '../customers/create-customer-by-hand';
import { ExplainCustomer } from '../customers/explain-customer';
import { LinkCustomerByHand } from '../customers/link-customer-by-hand';
import { ListCustomersForReview } from '../customers/list-customers-for-review';
import { ListDuplicates } from '../customers/list-duplicates';
import {
  API_TAG,
  CustomerParams,
  DuplicatesJson,
  errorResponses,
  ExplanationJson,
  LinkByHandBody,
  OperatorDone,
  ReviewList,
  TenantParams,
} from './api-schemas';

export interface CustomerRouteDeps {
  duplicates: ListDuplicates;
  review: ListCustomersForReview;
  explain: ExplainCustomer;
  link: LinkCustomerByHand;
  create: CreateCustomerByHand;
}

/**
 * Admin API (auth is applied to /api/ globally by the HTTP part), validated and documented by
 * the schemas of api-schemas.ts:
 * GET  /api/tenants/:tenantId/duplicates
 * GET  /api/tenants/:tenantId/customers/review
 * GET  /api/tenants/:tenantId/customers/:customerId/explain
 * POST /api/tenants/:tenantId/customers/:customerId/link   {"qboCustomerId": "..."}
 * POST /api/tenants/:tenantId/customers/:customerId/create
 */
export function customerRoutes(deps: CustomerRouteDeps): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = [API_TAG];
    const operatorErrors = errorResponses({
      params: true,
      extra: { 409: 'Refused (error: refused), e.g. the customer is not held or the QuickBooks customer is inactive', 502: 'QuickBooks refused', 503: 'QuickBooks unavailable; try again' },
    });
    app.get(
      '/api/tenants/:tenantId/duplicates',
      {
        schema: {
          tags,
          summary: 'Possible duplicate QuickBooks customers, each pair with its evidence and the steps to merge it in QuickBooks (the full scan)',
          params: TenantParams,
          response: { 200: DuplicatesJson, ...errorResponses({ params: true }) },
        },
      },
      async (req) => deps.duplicates.run(req.params.tenantId),
    );
    app.get(
      '/api/tenants/:tenantId/customers/review',
      {
        schema: {
          tags,
          summary: 'Customers held for review (ambiguous under the review policy, or linked to an inactive QuickBooks customer) and open notices',
          params: TenantParams,
          response: { 200: ReviewList, ...errorResponses({ params: true }) },
        },
      },
      async (req) => deps.review.run(req.params.tenantId),
    );
    app.get(
      '/api/tenants/:tenantId/customers/:customerId/explain',
      {
        schema: {
          tags,
          summary: 'Why a customer is linked, held or failed: its link and the decisions taken',
          params: CustomerParams,
          response: { 200: ExplanationJson, ...errorResponses({ params: true, notFound: 'Unknown customer' }) },
        },
      },
      async (req, reply) => {
        const e = await deps.explain.run(req.params.tenantId, req.params.customerId);
        if (e.link === null && e.decisions.length === 0) {
          return reply.code(404).send({ error: 'not_found', message: `no customer ${req.params.customerId} for tenant ${req.params.tenantId}` });
        }
        return ExplanationJson.parse(JSON.parse(JSON.stringify(e)));
      },
    );
    app.post(
      '/api/tenants/:tenantId/customers/:customerId/link',
      {
        schema: {
          tags,
          summary: 'Link a held customer to a QuickBooks customer by hand',
          params: CustomerParams,
          body: LinkByHandBody,
          response: { 200: OperatorDone, ...operatorErrors, ...errorResponses({ params: true, body: true }) },
        },
      },
      async (req, reply) => answer(reply, () => deps.link.run(req.params.tenantId, req.params.customerId, req.body.qboCustomerId, 'admin-api')),
    );
    app.post(
      '/api/tenants/:tenantId/customers/:customerId/create',
      {
        schema: {
          tags,
          summary: 'Create a held customer in QuickBooks by hand',
          params: CustomerParams,
          response: { 200: OperatorDone, ...operatorErrors },
        },
      },
      async (req, reply) => answer(reply, () => deps.create.run(req.params.tenantId, req.params.customerId, 'admin-api')),
    );
  };
}

type Reply = { code(status: number): { send(body: unknown): unknown } };

async function answer(reply: Reply, action: () => Promise<{ ok: true; qboCustomerId: string; message: string } | { ok: false; error: string }>): Promise<unknown> {
  try {
    const r = await action();
    return r.ok ? reply.code(200).send(r) : reply.code(409).send({ error: 'refused', message: r.error });
  } catch (e) {
    if (e instanceof QboError && e.kind === 'halted') {
      return reply.code(409).send({ error: 'sync_halted', message: `nothing was sent to QuickBooks (${e.code}): ${e.explanation}` });
    }
    if (e instanceof QboError) {
      return reply.code(e.retriable ? 503 : 502).send({ error: e.retriable ? 'qbo_unavailable' : 'qbo_refused', message: `QuickBooks: ${e.code} ${e.explanation}` });
    }
    throw e;
  }
}
