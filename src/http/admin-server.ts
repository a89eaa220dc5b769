import { inject, injectable, multiInject, optional, ServiceIdentifier } from 'inversify';
import Fastify, { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { Logger } from '../logger';
import { LOGGER } from '../tokens';
import { frameworkErrorAnswer, installErrorAnswers } from './api-errors';
import { OPENAPI_INFO } from './api-schemas';

export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
}

/** Routes added by other parts of the worker (admin API, webhooks, pages). */
export type RouteModule = (app: FastifyInstance) => void | Promise<void>;

/** Runs before every route's handler (the authentication of /api/* and the tenant pages). */
export type RequestGuard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** Something the process cannot live without (the ingest consumer): a failing one makes /healthz 503. */
export interface LivenessCheck {
  name: string;
  /** Why the process is no longer alive, or null. */
  failure: () => string | null;
}

/** Multi-bound: what /healthz checks (cheap, synchronous: no I/O). */
export const LIVENESS_CHECK: ServiceIdentifier<LivenessCheck> = Symbol.for('LivenessCheck');

/** Multi-bound: what /readyz checks. */
export const READINESS_CHECK: ServiceIdentifier<ReadinessCheck> = Symbol.for('ReadinessCheck');
/** Multi-bound: each part's routes on the admin port. */
export const ROUTE_MODULE: ServiceIdentifier<RouteModule> = Symbol.for('RouteModule');
/** Multi-bound: runs before every route (authentication). */
export const REQUEST_GUARD: ServiceIdentifier<RequestGuard> = Symbol.for('RequestGuard');

const CHECK_TIMEOUT_MS = 3000;

async function withTimeout(p: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/**
 * The worker's HTTP port: `/healthz` (the process is alive: 503 once a part it cannot live
 * without, the consumer, has died) and `/readyz` (Postgres and
 * Kafka answer and the consumer has joined its group), plus any route modules.
 */
@injectable()
export class AdminServer {
  private readonly app: FastifyInstance;
  private readonly logger: Logger;

  constructor(
    @multiInject(READINESS_CHECK) @optional() private readonly checks: ReadinessCheck[] = [],
    @inject(LOGGER) logger: Logger,
    @multiInject(ROUTE_MODULE) @optional() routes: RouteModule[] = [],
    @multiInject(REQUEST_GUARD) @optional() guards: RequestGuard[] = [],
    @multiInject(LIVENESS_CHECK) @optional() private readonly liveness: LivenessCheck[] = [],
  ) {
    this.logger = logger.child({ component: 'http' });
    // Path segments up to 1,000 characters reach the routes (whose schemas bound them); longer ones are a 414.
    this.app = Fastify({ logger: false, bodyLimit: 1024 * 1024, routerOptions: { maxParamLength: 1000 }, frameworkErrors: frameworkErrorAnswer });
    installErrorAnswers(this.app, this.logger);
    // The /api routes validate and serialise with their zod schemas; the OpenAPI document is generated from them.
    this.app.setValidatorCompiler(validatorCompiler);
    this.app.setSerializerCompiler(serializerCompiler);
    void this.app.register(swagger, { openapi: OPENAPI_INFO, transform: jsonSchemaTransform, hideUntagged: true });
    for (const guard of guards) this.app.addHook('onRequest', guard);
    this.app.get('/healthz', async (_req, reply) => {
      const failed = this.liveness.flatMap((c) => {
        const failure = c.failure();
        return failure === null ? [] : [{ name: c.name, error: failure }];
      });
      if (failed.length === 0) return { status: 'ok' };
      return reply.code(503).send({ status: 'dead', checks: failed });
    });
    this.app.get('/readyz', async (_req, reply) => {
      const results = await Promise.all(
        this.checks.map(async (c) => {
          try {
            await withTimeout(c.check(), CHECK_TIMEOUT_MS);
            return { name: c.name, ok: true as const };
          } catch (e) {
            return { name: c.name, ok: false as const, error: e instanceof Error ? e.message : String(e) };
          }
        }),
      );
      const ready = results.every((r) => r.ok);
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks: results });
    });
    for (const register of routes) void this.app.register(async (scope) => register(scope));
  }

  /** Listens and returns the bound port (useful when configured with port 0). */
  async listen(host: string, port: number): Promise<number> {
    await this.app.listen({ host, port });
    const address = this.app.server.address();
    const bound = typeof address === 'object' && address !== null ? address.port : port;
    this.logger.info({ host, port: bound }, 'http server listening');
    return bound;
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
