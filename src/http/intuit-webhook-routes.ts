import { createHmac, timingSafeEqual } from 'node:crypto';
import { FastifyInstance } from 'fastify';
import { Logger } from '../logger';
import { RouteModule } from './admin-server';
import { parseIntuitWebhook } from './intuit-webhook-payload';
import { WebhookNotificationQueue } from './webhook-notification-queue';

export const WEBHOOK_PATH = '/webhooks/intuit';

/**
 * POST /webhooks/intuit: checks `intuit-signature` = base64(HMAC-SHA256(raw body, verifier
 * token)) on the raw bytes (missing or wrong: 401, nothing read further), queues each entity
 * change in Postgres and answers 200 at once; the mirror refresh and merge handling run from
 * the queue. A body that is signed but unreadable is answered 400 (Intuit would resend it
 * unchanged), and a database failure 503 (Intuit retries later).
 */
export function intuitWebhookRoutes(verifierToken: string | null, queue: () => WebhookNotificationQueue, logger: Logger): RouteModule {
  return (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));
    app.post(WEBHOOK_PATH, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const header = request.headers['intuit-signature'];
      const signature = Array.isArray(header) ? header[0] : header;
      if (verifierToken === null) {
        return reply.code(401).send({ error: 'unauthorized', message: 'webhooks are disabled: QBO_WEBHOOK_VERIFIER_TOKEN is not set on the worker' });
      }
      if (signature === undefined || signature.trim() === '') {
        logger.warn({ bytes: raw.length }, 'webhook without intuit-signature refused');
        return reply.code(401).send({ error: 'unauthorized', message: 'missing intuit-signature header' });
      }
      if (!signatureMatches(raw, signature.trim(), verifierToken)) {
        logger.warn({ bytes: raw.length }, 'webhook with a wrong intuit-signature refused');
        return reply.code(401).send({ error: 'unauthorized', message: 'intuit-signature does not match the body' });
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return reply.code(400).send({ error: 'bad_request', message: 'the body is not JSON' });
      }
      const parsed = parseIntuitWebhook(body);
      if (!parsed.ok) return reply.code(400).send({ error: 'bad_request', message: parsed.problem });
      try {
        const queued = await queue().enqueue(parsed.changes);
        logger.info({ queued }, 'webhook queued');
        return reply.code(200).send({ queued });
      } catch (e) {
        logger.error({ err: e }, 'webhook not queued');
        return reply.code(503).send({ error: 'unavailable', message: 'the notification could not be queued; send it again' });
      }
    });
  };
}

function signatureMatches(raw: Buffer, signature: string, verifierToken: string): boolean {
  const expected = createHmac('sha256', verifierToken).update(raw).digest();
  let given: Buffer;
  try {
    given = Buffer.from(signature, 'base64');
  } catch {
    return false;
  }
  return given.length === expected.length && timingSafeEqual(given, expected);
}
