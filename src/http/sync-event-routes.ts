import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ReadOutboxLag } from '../outbox/read-outbox-lag';
import type { RouteModule } from './admin-server';
import { API_TAG, errorResponses, OutboxLagJson } from './api-schemas';

/** GET /api/sync-events/lag: the outbox relay's lag over every tenant (auth for /api/ is global). */
export function syncEventRoutes(lag: ReadOutboxLag): RouteModule {
  return (scope: FastifyInstance) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/sync-events/lag',
      {
        schema: {
          tags: [API_TAG],
          summary: 'Sync events committed and not yet published to the sync-events topic: how many, and the age of the oldest',
          description: 'Owned by the outbox part (ReadOutboxLag); each tenant\'s own count is in its status (syncEvents).',
          response: { 200: OutboxLagJson, ...errorResponses({}) },
        },
      },
      async () => lag.run(),
    );
  };
}
