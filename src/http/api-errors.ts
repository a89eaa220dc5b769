import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Logger } from '../logger';
import type { ErrorBody } from './api-schemas';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  431: 'headers_too_large',
};

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: { keys?: unknown };
}

/**
 * One error body everywhere on the HTTP port, `{"error": code, "message": text}` (with
 * `problems` for a refused input): the errors Fastify raises itself (a body that is not JSON,
 * too large, of another type; a URL it cannot read), the zod validation of the routes' schemas,
 * and unknown paths; a known path asked with a method it does not declare answers 405 with
 * `Allow`. Anything else is a 500 that is logged and says nothing more.
 */
export function installErrorAnswers(app: FastifyInstance, logger: Logger): void {
  const routes: Array<{ method: string; pattern: RegExp }> = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(
      `^${route.url
        .split('/')
        .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg === '*' ? '.*' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/')}$`,
    );
    for (const m of methods) routes.push({ method: m.toUpperCase(), pattern });
  });

  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const problems = (err.validation as ValidationIssue[]).flatMap((v) => problemsOf(v, err.validationContext));
      return reply.code(400).send(body(400, `invalid ${err.validationContext ?? 'request'}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems));
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) {
      logger.error({ err, method: req.method, url: req.routeOptions.url ?? null, serialization: isResponseSerializationError(err) }, 'HTTP request failed');
      return reply.code(500).send(body(500, 'internal error'));
    }
    return reply.code(status).send(body(status, err.message));
  });

  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    const path = (req.raw.url ?? req.url).split('?')[0] ?? '';
    const allowed = [...new Set(routes.filter((r) => r.method !== req.method && r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length > 0) {
      return reply
        .code(405)
        .header('allow', allowed.join(', '))
        .send(body(405, `${req.method} is not allowed here; allowed: ${allowed.join(', ')}`));
    }
    return reply.code(404).send(body(404, `no route ${req.method} ${path}`));
  });
}

/** Fastify's `frameworkErrors`: a URL it cannot decode (400) or a path segment over maxParamLength (414), in the one shape. */
export function frameworkErrorAnswer(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode === 414 ? 414 : 400;
  void reply.code(status).send(body(status, status === 414 ? 'a path segment is longer than the server reads' : 'the URL is not valid percent-encoding'));
}

function body(status: number, message: string, problems?: ErrorBody['problems']): ErrorBody {
  const error = status === 500 ? 'internal' : (CODES[status] ?? `http_${status}`);
  return problems === undefined ? { error, message } : { error, message, problems };
}

function problemsOf(v: ValidationIssue, context: string | undefined): Array<{ field: string; message: string }> {
  const keys = v.keyword === 'unrecognized_keys' && Array.isArray(v.params?.keys) ? (v.params.keys as unknown[]).map(String) : null;
  if (keys !== null) return keys.map((k) => ({ field: k, message: 'is not a known field' }));
  const field = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  return [{ field: field === '' ? `(${context ?? 'body'})` : field, message: v.message ?? 'is invalid' }];
}
