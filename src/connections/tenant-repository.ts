import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { AmbiguousPolicy, CurrencyMismatchPolicy, TenantSettings, TenantSettingsChange, UnmappedItemPolicy } from './tenant-settings';

interface Row {
  tenant_id: string;
  enabled: boolean;
  batch_cron: string;
  time_zone: string;
  invoices_from: string | null;
  ambiguous_policy: AmbiguousPolicy;
  default_item_id: string | null;
  unmapped_item_policy: UnmappedItemPolicy;
  new_item_income_account: string | null;
  taxable_tax_code: string | null;
  exempt_tax_code: string | null;
  currency_mismatch_policy: CurrencyMismatchPolicy;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `tenant_id, enabled, batch_cron, time_zone, invoices_from::text AS invoices_from, ambiguous_policy,
  default_item_id, unmapped_item_policy, new_item_income_account, taxable_tax_code, exempt_tax_code, currency_mismatch_policy,
  created_at, updated_at`;

const COLUMN_OF: Record<keyof TenantSettingsChange, string> = {
  enabled: 'enabled',
  batchCron: 'batch_cron',
  timeZone: 'time_zone',
  invoicesFrom: 'invoices_from',
  ambiguousPolicy: 'ambiguous_policy',
  defaultItemId: 'default_item_id',
  unmappedItemPolicy: 'unmapped_item_policy',
  newItemIncomeAccount: 'new_item_income_account',
  taxableTaxCode: 'taxable_tax_code',
  exemptTaxCode: 'exempt_tax_code',
  currencyMismatchPolicy: 'currency_mismatch_policy',
};

/** The `tenants` table: one row per upstream account (ingest adds a row for every tenant it sees). */
@injectable()
export class TenantRepository {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async find(tenantId: string): Promise<TenantSettings | null> {
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM tenants WHERE tenant_id = $1`, [tenantId])) as Row[];
    return rows[0] ? toSettings(rows[0]) : null;
  }

  async list(limit: number, after: string | null): Promise<TenantSettings[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM tenants WHERE ($2::text IS NULL OR tenant_id > $2) ORDER BY tenant_id LIMIT $1`,
      [limit, after],
    )) as Row[];
    return rows.map(toSettings);
  }

  /**
   * Applies an already validated change; creates the tenant (with the defaults for the rest)
   * when it is not known yet. Returns the settings as stored.
   */
  async applyChange(tenantId: string, change: TenantSettingsChange): Promise<TenantSettings> {
    const keys = (Object.keys(change) as Array<keyof TenantSettingsChange>).filter((k) => change[k] !== undefined);
    const values = keys.map((k) => change[k] ?? null);
    const insertCols = ['tenant_id', ...keys.map((k) => COLUMN_OF[k])];
    const placeholders = insertCols.map((_, i) => `$${i + 1}`);
    const updates = [...keys.map((k) => `${COLUMN_OF[k]} = EXCLUDED.${COLUMN_OF[k]}`), 'updated_at = now()'];
    const rows = (await this.dataSource.query(
      `INSERT INTO tenants (${insertCols.join(', ')}) VALUES (${placeholders.join(', ')})
       ON CONFLICT (tenant_id) DO UPDATE SET ${updates.join(', ')}
       RETURNING ${COLUMNS}`,
      [tenantId, ...values],
    )) as Row[];
    const row = rows[0];
    if (!row) throw new Error(`tenant ${tenantId} was not written`);
    return toSettings(row);
  }
}

function toSettings(r: Row): TenantSettings {
  return {
    tenantId: r.tenant_id,
    enabled: r.enabled,
    batchCron: r.batch_cron,
    timeZone: r.time_zone,
    invoicesFrom: r.invoices_from,
    ambiguousPolicy: r.ambiguous_policy,
    defaultItemId: r.default_item_id,
    unmappedItemPolicy: r.unmapped_item_policy,
    newItemIncomeAccount: r.new_item_income_account,
    taxableTaxCode: r.taxable_tax_code,
    exemptTaxCode: r.exempt_tax_code,
    currencyMismatchPolicy: r.currency_mismatch_policy,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}
