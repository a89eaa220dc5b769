import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorState } from './emulator-state';

const connectSchema = z.object({ clientId: z.string().min(1) }).strict();

/**
 * Admin endpoints of the metering: the month's Core / CorePlus counts per company and app, and
 * a second app's connection to an existing company (to exercise the limits across apps).
 */
export function registerUsageRoutes(app: FastifyInstance, state: EmulatorState): void {
  app.get<{ Querystring: { realmId?: string } }>('/_emulator/usage', (request) => state.usage.report(state.config, request.query.realmId));

  app.post<{ Params: { realmId: string } }>('/_emulator/realms/:realmId/connections', (request, reply) => {
    const parsed = connectSchema.safeParse(request.body ?? {});
    if (!parsed.success) return reply.code(400).send({ error: 'invalid_request', issues: parsed.error.issues });
    if (!state.store.get(request.params.realmId)) return reply.code(404).send({ error: 'unknown_realm', realmId: request.params.realmId });
    const tokens = state.tokens.connect(request.params.realmId, parsed.data.clientId, state.config);
    return reply.code(201).send({ realmId: request.params.realmId, clientId: parsed.data.clientId, accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
  });
}
