import { inject, injectable, ServiceIdentifier } from 'inversify';
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkCheck = { ok: true; expiresAt: Date } | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'bad_signature' | 'not_configured' | 'revoked' };

/**
 * Signed, expiring links to one tenant's settings page: `sig = <expiry, unix seconds>.<base64url
 * HMAC-SHA256(secret, "tenant-page\n" + tenantId + "\n" + expiry)>`; once the tenant's links were
 * revoked (generation n > 0, tenants.link_generation), `sig = <expiry>.g<n>.<HMAC of the same text
 * + "\n" + n>`, and a link of an older generation is refused as revoked. The same value, kept in a
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

  sign(tenantId: string, expiresAt: Date, generation = 0): string {
    const exp = Math.floor(expiresAt.getTime() / 1000);
    return generation === 0 ? `${exp}.${this.mac(signedText(tenantId, exp, 0))}` : `${exp}.g${generation}.${this.mac(signedText(tenantId, exp, generation))}`;
  }

  /** `<base>/tenants/<tenantId>?sig=...`, of the tenant's current link generation. */
  link(baseUrl: string, tenantId: string, expiresAt: Date, generation = 0): string {
    return `${baseUrl.replace(/\/+$/, '')}${tenantPath(tenantId)}?sig=${encodeURIComponent(this.sign(tenantId, expiresAt, generation))}`;
  }

  /** Checks a link's signature for the tenant whose links are at `generation` (TenantLinkGenerations). */
  verify(tenantId: string, sig: string | undefined, now = new Date(), generation = 0): LinkCheck {
    if (this.secret === null) return { ok: false, reason: 'not_configured' };
    if (sig === undefined || sig === '') return { ok: false, reason: 'missing' };
    const m = /^(\d{1,12})(?:\.g(\d{1,9}))?\.([A-Za-z0-9_-]{43})$/.exec(sig);
    if (!m || m[1] === undefined || m[3] === undefined) return { ok: false, reason: 'malformed' };
    const exp = Number(m[1]);
    const gen = m[2] === undefined ? 0 : Number(m[2]);
    const expected = Buffer.from(this.mac(signedText(tenantId, exp, gen)));
    const given = Buffer.from(m[3]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad_signature' };
    if (gen !== generation) return { ok: false, reason: 'revoked' };
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

function signedText(tenantId: string, exp: number, generation: number): string {
  return generation === 0 ? `tenant-page\n${tenantId}\n${exp}` : `tenant-page\n${tenantId}\n${exp}\n${generation}`;
}

/** The path of a tenant's page. */
export function tenantPath(tenantId: string): string {
  return `/tenants/${encodeURIComponent(tenantId)}`;
}
