import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';

/**
 * The generation of a tenant's signed page links (tenants.link_generation): a link is signed with
 * the generation current when it was issued and is refused once the tenant's links are revoked
 * (the generation bumped). Unknown tenants are at generation 0.
 */
@injectable()
export class TenantLinkGenerations {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async current(tenantId: string): Promise<number> {
    const rows = (await this.dataSource.query(`SELECT link_generation FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ link_generation: number }>;
    return rows[0]?.link_generation ?? 0;
  }

  /** Revokes every link (and page cookie) issued so far; the new generation, or null for an unknown tenant. */
  async revoke(tenantId: string): Promise<number | null> {
    const rows = (await this.dataSource.query(
      `UPDATE tenants SET link_generation = link_generation + 1 WHERE tenant_id = $1 RETURNING link_generation`,
      [tenantId],
    )) as [Array<{ link_generation: number }>, number];
    return rows[0][0]?.link_generation ?? null;
  }
}
