import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { itemKey } from '../domain/item-codes';
import { realmGuardSql } from '../qbo/realm-guard';
import { CompanyListsRepository } from './company-lists-repository';

export type MapItemCodeResult =
  | { ok: true; code: string; item: { id: string; name: string } | null }
  | { ok: false; error: 'not_connected' | 'bad_code' | 'unknown_item'; message: string };

/**
 * Maps an upstream item code to a QuickBooks item of the tenant's company by hand (the item named
 * by its Id or its name, as the mirror knows it), or removes the mapping (`item` null). Invoices
 * held for an unmapped code go again in the next window.
 */
@injectable()
export class MapItemCode {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CompanyListsRepository) private readonly lists: CompanyListsRepository,
  ) {}

  async run(tenantId: string, code: string, item: string | null): Promise<MapItemCodeResult> {
    const key = itemKey(code);
    if (key === '' || code.length > 100) return { ok: false, error: 'bad_code', message: 'the code must have a letter or digit and at most 100 characters' };
    const conn = (await this.db.query(`SELECT realm_id FROM qbo_connections WHERE tenant_id = $1`, [tenantId])) as Array<{ realm_id: string }>;
    const realmId = conn[0]?.realm_id;
    if (realmId === undefined) return { ok: false, error: 'not_connected', message: 'the tenant is not connected to a QuickBooks company' };
    if (item === null) {
      await this.db.query(`DELETE FROM item_code_mappings WHERE tenant_id = $1 AND code_key = $2`, [tenantId, key]);
      await this.lists.releaseListHolds(tenantId);
      return { ok: true, code, item: null };
    }
    const found = (await this.db.query(
      `SELECT qbo_id, name FROM qbo_item_mirror
        WHERE tenant_id = $1 AND realm_id = $2 AND active AND coalesce(type, '') <> 'Category' AND (qbo_id = $3 OR name_key = $4)
        ORDER BY (qbo_id = $3) DESC, qbo_id LIMIT 1`,
      [tenantId, realmId, item.trim(), itemKey(item)],
    )) as Array<{ qbo_id: string; name: string }>;
    const target = found[0];
    if (target === undefined) return { ok: false, error: 'unknown_item', message: `the QuickBooks company has no active item "${item}" (by Id or name)` };
    await this.db.query(
      `INSERT INTO item_code_mappings (tenant_id, code_key, item_code, qbo_item_id, realm_id) SELECT $1, $2, $3, $4, $5 WHERE ${realmGuardSql('$1', '$5')}
       ON CONFLICT (tenant_id, code_key) DO UPDATE SET item_code = EXCLUDED.item_code, qbo_item_id = EXCLUDED.qbo_item_id, realm_id = EXCLUDED.realm_id, created_at = now()`,
      [tenantId, key, code.trim(), target.qbo_id, realmId],
    );
    await this.lists.releaseListHolds(tenantId);
    return { ok: true, code, item: { id: target.qbo_id, name: target.name } };
  }
}
