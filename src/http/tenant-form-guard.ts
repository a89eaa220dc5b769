import type { FastifyReply, FastifyRequest } from 'fastify';
import { authOf } from './admin-auth-guard';
import { tenantPath, TenantLinkSigner } from './tenant-link-signer';
import { messagePage } from './tenant-page-message';

type Form = Record<string, string | string[] | undefined>;

/** A form field's value (the first, when sent twice). */
export function oneValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** The tenant page's CSRF check for every POST form on it: operators pass; link visitors send the token derived from their link. */
export function tenantFormCsrfOk(signer: TenantLinkSigner, req: FastifyRequest<{ Body: Form }>): boolean {
  const a = authOf(req);
  if (a.kind === 'operator') return true;
  if (a.kind !== 'tenant') return false;
  return signer.checkCsrf(a.tenantId, a.sig, oneValue(req.body?.csrf));
}

/** 403 for a form without its page's token: nothing changed, back to the page. */
export function tenantFormForbidden(reply: FastifyReply, tenantId: string): FastifyReply {
  return reply
    .code(403)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(messagePage('The form has expired', 'This form was not sent from the current page (missing or wrong form token). Nothing was changed; reload the page and try again.', tenantPath(tenantId)));
}
