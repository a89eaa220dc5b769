import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RetryFailedInvoice } from '../invoices/retry-failed-invoice';
import type { RouteModule } from './admin-server';
import { API_TAG, errorResponses, TenantId } from './api-schemas';

const InvoiceRetryParams = z.object({
  tenantId: TenantId,
  invoiceId: z
    .string()
    .min(1)
    .max(200)
    // eslint-disable-next-line no-control-regex
    .regex(/^(?!\.{1,2}$)[^\u0000-\u001f\u007f]+$/, 'must be 1 to 200 characters without control characters, and not "." or ".."')
    .describe('The upstream invoice id: 1 to 200 characters, no control characters; not "." or ".."'),
});

const InvoiceRetried = z.object({
  ok: z.literal(true),
  invoiceId: z.string(),
  number: z.string().nullable().describe("The invoice's number"),
  message: z.string(),
});

/**
 * `POST /api/tenants/{id}/invoices/{invoiceId}/retry`: the operators' Retry of a failed invoice,
 * the same use case as the tenant page's button (RetryFailedInvoice): its failure is cleared and
 * it goes out in the next window. 409 when it is not failed (nothing changed).
 */
export function invoiceRetryRoutes(retry: RetryFailedInvoice): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/tenants/:tenantId/invoices/:invoiceId/retry',
      {
        schema: {
          tags: [API_TAG],
          summary: 'Send a failed invoice again in the next window (after the cause was fixed in QuickBooks); logged with who asked',
          params: InvoiceRetryParams,
          response: {
            200: InvoiceRetried,
            ...errorResponses({ params: true, notFound: 'Unknown invoice of this tenant', extra: { 409: 'The invoice is not failed (refused): nothing to retry' } }),
          },
        },
      },
      async (req, reply) => {
        const { tenantId, invoiceId } = req.params;
        const result = await retry.run(tenantId, invoiceId, 'operator (API)');
        if (!result.ok) return reply.code(result.reason === 'unknown' ? 404 : 409).send({ error: result.reason === 'unknown' ? 'not_found' : 'refused', message: result.message });
        return { ok: true as const, invoiceId, number: result.number, message: `invoice ${result.number ?? invoiceId} goes out in the next window` };
      },
    );
  };
}
