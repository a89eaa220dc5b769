import { inject, injectable, ServiceIdentifier } from 'inversify';
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkCheck = { ok: true; expiresAt: Date } | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'bad_signature' | 'not_configured' };

/**
 * Signed, expiring links to one tenant's settings page: `sig = <expiry, unix seconds>.<base64url
 * HMAC-SHA256(secret, "tenant-page\n" + tenantId + "\n" + expiry)>`. The same value, kept in a
 * cookie scoped to the tenant's path, lets the browser come back without the query parameter.
 * Forms carry a CSRF token derived from it.
 */
/** TENANT_LINK_SECRET (null: tenant links are not configured). */
export const TENANT_LINK_SECRET: ServiceIdentifier<string | null> = Symbol.for('TenantLinkSecret');

@injectable()
export class TenantLinkSigner {
  constructor(@inject(TENANT_LINK_SECRET) private readonly secret: string | null) {}

  get configured(): boolean {
    return this.secret !== null;
  }

  sign(tenantId: string, expiresAt: Date): string {
    const exp = Math.floor(expiresAt.getTime() / 1000);
    return `${exp}.${this.mac(`tenant-page\n${tenantId}\n${exp}`)}`;
  }

  /** `<base>/tenants/<tenantId>?sig=...` */
  link(baseUrl: string, tenantId: string, expiresAt: Date): string {
    return `${baseUrl.replace(/\/+$/, '')}${tenantPath(tenantId)}?sig=${encodeURIComponent(this.sign(tenantId, expiresAt))}`;
  }

  verify(tenantId: string, sig: string | undefined, now = new Date()): LinkCheck {
    if (this.secret === null) return { ok: false, reason: 'not_configured' };
    if (sig === undefined || sig === '') return { ok: false, reason: 'missing' };
    const m = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(sig);
    if (!m || m[1] === undefined || m[2] === undefined) return { ok: false, reason: 'malformed' };
    const exp = Number(m[1]);
    const expected = Buffer.from(this.mac(`tenant-page\n${tenantId}\n${exp}`));
    const given = Buffer.from(m[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad_signature' };
    if (exp * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, expiresAt: new Date(exp * 1000) };
  }

  /** The token the page's forms carry; bound to the tenant and to the link that opened the page. */
  csrfToken(tenantId: string, sig: string): string {
    return this.mac(`csrf\n${tenantId}\n${sig}`);
  }

  checkCsrf(tenantId: string, sig: string, token: string | undefined): boolean {
    if (token === undefined) return false;
    const expected = Buffer.from(this.csrfToken(tenantId, sig));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private mac(text: string): string {
    if (this.secret === null) throw new Error('TENANT_LINK_SECRET is not set: signed tenant links are unavailable');
    return createHmac('sha256', this.secret).update(text, 'utf8').digest('base64url');
  }
}

/** The path of a tenant's page. */
export function tenantPath(tenantId: string): string {
  return `/tenants/${encodeURIComponent(tenantId)}`;
}
