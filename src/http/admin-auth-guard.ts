import { inject, injectable, optional, ServiceIdentifier } from 'inversify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { FastifyReply, FastifyRequest } from 'fastify';
import { TenantLinkGenerations } from '../connections/tenant-link-generations';
import { TenantLinkSigner, tenantPath } from './tenant-link-signer';

/** Who a request is, once the guard let it through. */
export type RequestAuth = { kind: 'operator' } | { kind: 'tenant'; tenantId: string; sig: string; via: 'query' | 'cookie'; expiresAt: Date } | { kind: 'public' };

export const TENANT_COOKIE = 'qbo_sync_link';

const auths = new WeakMap<FastifyRequest, RequestAuth>();

/** What the guard decided for this request (`public` for routes it does not protect). */
export function authOf(request: FastifyRequest): RequestAuth {
  return auths.get(request) ?? { kind: 'public' };
}

/** ADMIN_API_TOKEN: the operators' bearer token (null: the admin API refuses everyone). */
export const ADMIN_API_TOKEN: ServiceIdentifier<string | null> = Symbol.for('AdminApiToken');

/**
 * The worker's one authentication rule, run for every request before its handler:
 * - `/api/*`: the operators' bearer token (ADMIN_API_TOKEN), nothing else;
 * - `/tenants/<id>` and below: the bearer token, or a signed link for that tenant (`?sig=`, or
 *   the cookie the page sets from it);
 * - anything else (health, the OAuth callback checked by its state, webhooks checked by their
 *   signature, static assets) is left to its route.
 * A refusal is a 401 with a JSON error saying what is missing or wrong (an HTML page for a
 * browser asking for one).
 */
@injectable()
export class AdminAuthGuard {
  private readonly tokenDigest: Buffer | null;

  constructor(
    @inject(ADMIN_API_TOKEN) adminApiToken: string | null,
    @inject(TenantLinkSigner) private readonly signer: TenantLinkSigner,
    /** The tenants' link generations (revoked links); absent: every link is of generation 0. */
    @inject(TenantLinkGenerations) @optional() private readonly generations: Pick<TenantLinkGenerations, 'current'> | null = null,
  ) {
    this.tokenDigest = adminApiToken === null ? null : digest(adminApiToken);
  }

  readonly hook = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const path = (request.raw.url ?? request.url).split('?')[0] ?? '';
    // The router decodes the path (`/%61pi/...` reaches `/api/...`): judge by the matched route too.
    const route = request.routeOptions.url ?? '';
    if (isApiPath(path) || isApiPath(route)) {
      const bearer = this.checkBearer(request);
      if (bearer === 'ok') return void auths.set(request, { kind: 'operator' });
      return this.refuse(request, reply, bearer);
    }
    const params = request.params as Record<string, unknown> | undefined;
    let tenantId: string;
    if (route.startsWith('/tenants/:tenantId') && typeof params?.tenantId === 'string') {
      tenantId = params.tenantId;
    } else {
      const tenantMatch = /^\/tenants\/([^/]+)(\/.*)?$/.exec(path);
      if (tenantMatch?.[1] === undefined) return;
      try {
        tenantId = decodeURIComponent(tenantMatch[1]);
      } catch {
        return this.refuse(request, reply, 'the tenant id in the path is not valid URL encoding');
      }
    }
    const bearer = this.checkBearer(request);
    if (bearer === 'ok') return void auths.set(request, { kind: 'operator' });
    const query = request.query as Record<string, unknown> | undefined;
    const fromQuery = typeof query?.sig === 'string' ? query.sig : undefined;
    const cookies = cookieValues(request.headers.cookie, TENANT_COOKIE);
    const generation = fromQuery !== undefined || cookies.length > 0 ? ((await this.generations?.current(tenantId)) ?? 0) : 0;
    if (fromQuery !== undefined) {
      const check = this.signer.verify(tenantId, fromQuery, new Date(), generation);
      if (check.ok) return void auths.set(request, { kind: 'tenant', tenantId, sig: fromQuery, via: 'query', expiresAt: check.expiresAt });
      return this.refuse(request, reply, LINK_PROBLEMS[check.reason]);
    }
    let revoked = false;
    for (const sig of cookies) {
      const check = this.signer.verify(tenantId, sig, new Date(), generation);
      if (check.ok) return void auths.set(request, { kind: 'tenant', tenantId, sig, via: 'cookie', expiresAt: check.expiresAt });
      revoked ||= !check.ok && check.reason === 'revoked';
    }
    if (revoked) return this.refuse(request, reply, LINK_PROBLEMS.revoked);
    if (cookies.length > 0) return this.refuse(request, reply, 'the link that opened this page has expired or belongs to another tenant: ask for a new link');
    return this.refuse(
      request,
      reply,
      this.signer.configured
        ? `open this page through a signed link (npm run cli -- tenant-link <tenantId>), or send Authorization: Bearer <ADMIN_API_TOKEN>`
        : 'signed tenant links are disabled (TENANT_LINK_SECRET is not set); send Authorization: Bearer <ADMIN_API_TOKEN>',
    );
  };

  private checkBearer(request: FastifyRequest): 'ok' | string {
    const header = request.headers.authorization;
    if (this.tokenDigest === null) return 'the operator API is disabled: ADMIN_API_TOKEN is not set on the worker';
    if (header === undefined || header.trim() === '') return 'missing Authorization header: send Authorization: Bearer <ADMIN_API_TOKEN>';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m?.[1]) return 'the Authorization header must be "Bearer <token>"';
    return timingSafeEqual(digest(m[1]), this.tokenDigest) ? 'ok' : 'wrong bearer token';
  }

  private async refuse(request: FastifyRequest, reply: FastifyReply, message: string): Promise<void> {
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    void reply.code(401).header('cache-control', 'no-store');
    if (wantsHtml) {
      await reply.type('text/html; charset=utf-8').send(unauthorizedPage(message));
    } else {
      await reply.header('www-authenticate', 'Bearer realm="qbo-sync"').send({ error: 'unauthorized', message });
    }
  }
}

/**
 * A Set-Cookie value keeping a tenant's link in the browser, scoped to that tenant's pages.
 * `embedded` (TENANT_PAGE_FRAME_ANCESTORS set): the page lives in the host product's frame, a
 * third-party context, so the cookie is SameSite=None; Secure; Partitioned (kept per host site).
 */
export function tenantCookie(tenantId: string, sig: string, expiresAt: Date, secure: boolean, embedded = false): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  const site = embedded ? 'SameSite=None; Secure; Partitioned' : `SameSite=Lax${secure ? '; Secure' : ''}`;
  return `${TENANT_COOKIE}=${encodeURIComponent(sig)}; Path=${tenantPath(tenantId)}; Max-Age=${maxAge}; HttpOnly; ${site}`;
}

const LINK_PROBLEMS: Record<'missing' | 'malformed' | 'expired' | 'bad_signature' | 'not_configured' | 'revoked', string> = {
  revoked: "this tenant's links were revoked: ask for a new link",
  missing: 'the link has no signature (sig)',
  malformed: 'the link signature (sig) is malformed: copy the whole link',
  expired: 'this link has expired: ask for a new one (npm run cli -- tenant-link <tenantId>)',
  bad_signature: 'the link signature does not match this tenant (a wrong or altered link)',
  not_configured: 'signed tenant links are disabled: TENANT_LINK_SECRET is not set on the worker',
};

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function cookieValues(header: string | undefined, name: string): string[] {
  if (header === undefined) return [];
  const out: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      out.push(decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // an undecodable cookie is ignored
    }
  }
  return out;
}

function unauthorizedPage(message: string): string {
  const e = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not signed in - QuickBooks sync</title><link rel="stylesheet" href="/assets/tenant-page.css"></head><body><main><h1>You are not signed in</h1><p role="alert">${e}.</p></main></body></html>`;
}
