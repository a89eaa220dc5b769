import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteModule } from './admin-server';
import { API_TAG, errorResponses } from './api-schemas';

/** GET /api/openapi.json (behind the operators' bearer token like every /api route). */
export function openApiRoutes(): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/openapi.json',
      {
        schema: {
          tags: [API_TAG],
          summary: 'This document (OpenAPI 3.1), generated from the routes\' own schemas',
          response: { 200: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }), ...errorResponses() },
        },
      },
      async () => JSON.parse(JSON.stringify(scope.swagger())) as { openapi: string; paths: Record<string, unknown> },
    );
  };
}
