import formbody from '@fastify/formbody';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { registerAccountingRoutes } from './accounting-routes';
import { registerAdminRoutes } from './admin-routes';
import type { EmulatorState } from './emulator-state';
import { QboFault } from './fault-shapes';
import { registerOAuthRoutes } from './oauth-routes';
import { registerUsageRoutes } from './usage-routes';

/** Builds the Fastify app serving OAuth, the Accounting API and the admin endpoints. */
export async function buildServer(state: EmulatorState, logger: Logger): Promise<FastifyInstance> {
  const baseLogger: FastifyBaseLogger = logger;
  const app: FastifyInstance = Fastify({ loggerInstance: baseLogger, logController: new LogController({ disableRequestLogging: true }), bodyLimit: 10 * 1024 * 1024 });
  await app.register(formbody);
  // QBO's documented content type for a query sent in the body.
  app.addContentTypeParser('application/text', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (request.url.startsWith('/v3/')) {
      const fault =
        status < 500
          ? QboFault.validation('2010', 'Request has invalid or unsupported property', `Error parsing object: ${error.message}`)
          : new QboFault(500, 'SystemFault', [{ code: '10000', message: 'An application error has occurred while processing your request', detail: error.message }]);
      return reply.code(fault.status).send(fault.toBody(new Date().toISOString()));
    }
    if (status >= 500) logger.error({ err: error }, 'emulator error');
    return reply.code(status).send({ error: error.code ?? 'error', message: error.message });
  });

  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: 'not_found', message: `${request.method} ${request.url.split('?')[0] ?? ''} is not an emulated endpoint` }));

  registerOAuthRoutes(app, state);
  registerAccountingRoutes(app, state);
  registerAdminRoutes(app, state);
  registerUsageRoutes(app, state);
  return app;
}
