import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, EntityManager } from 'typeorm';
import { itemKey } from '../domain/item-codes';
import type { QboAccount, QboItem, QboTaxCode } from '../qbo/qbo-client';
import { realmGuardSql } from '../qbo/realm-guard';

type Queryable = Pick<EntityManager, 'query'>;

/** The connected company as the invoices need it (CompanyInfo + Preferences). */
export interface CompanyProfile {
  realmId: string;
  companyName: string | null;
  /** ISO 3166 alpha-2, e.g. "US", "CA". */
  country: string | null;
  homeCurrency: string | null;
  multiCurrency: boolean;
  automatedSalesTax: boolean;
  /** On: the company (and this sync) numbers its invoices; off: QuickBooks numbers those sent without one. */
  customTxnNumbers: boolean;
}

export interface MirroredItem {
  id: string;
  name: string;
  sku: string | null;
  type: string | null;
  active: boolean;
}

export interface NamedRef {
  id: string;
  name: string;
}

/** The tenant's choices about items, tax and currency (columns of `tenants`). */
export interface InvoiceChoices {
  defaultItemId: string | null;
  unmappedItemPolicy: 'create' | 'default-item' | 'hold';
  newItemIncomeAccount: string | null;
  taxableTaxCode: string | null;
  exemptTaxCode: string | null;
  currencyMismatchPolicy: 'second-customer' | 'fail';
}

/**
 * The company's stable lists in Postgres, per tenant and company: its profile (qbo_company_lists),
 * items, accounts and tax codes (qbo_*_mirror), and the codes mapped by hand (item_code_mappings).
 * Lookups are by Id, normalised Sku or normalised Name, always of the tenant's current company.
 * Writes of what was read from QuickBooks carry the realm guard: a tenant moved to another company
 * keeps nothing of the old one.
 */
@injectable()
export class CompanyListsRepository {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async profile(tenantId: string, q: Queryable = this.db): Promise<CompanyProfile | null> {
    const rows = (await q.query(
      `SELECT l.realm_id, l.company_name, l.country, l.home_currency, l.multi_currency, l.automated_sales_tax, l.custom_txn_numbers
         FROM qbo_company_lists l JOIN qbo_connections c ON c.tenant_id = l.tenant_id AND c.realm_id = l.realm_id
        WHERE l.tenant_id = $1 AND l.status = 'ready'`,
      [tenantId],
    )) as Array<{
      realm_id: string;
      company_name: string | null;
      country: string | null;
      home_currency: string | null;
      multi_currency: boolean | null;
      automated_sales_tax: boolean | null;
      custom_txn_numbers: boolean | null;
    }>;
    const r = rows[0];
    if (!r) return null;
    return {
      realmId: r.realm_id,
      companyName: r.company_name,
      country: r.country,
      homeCurrency: r.home_currency,
      multiCurrency: r.multi_currency === true,
      automatedSalesTax: r.automated_sales_tax === true,
      customTxnNumbers: r.custom_txn_numbers !== false,
    };
  }

  async saveProfile(q: Queryable, tenantId: string, p: CompanyProfile): Promise<void> {
    await q.query(
      `UPDATE qbo_company_lists SET company_name = $3, country = $4, home_currency = $5, multi_currency = $6, automated_sales_tax = $7,
              custom_txn_numbers = $8, updated_at = now()
        WHERE tenant_id = $1 AND realm_id = $2`,
      [tenantId, p.realmId, p.companyName, p.country, p.homeCurrency, p.multiCurrency, p.automatedSalesTax, p.customTxnNumbers],
    );
  }

  async choices(tenantId: string, q: Queryable = this.db): Promise<InvoiceChoices> {
    const rows = (await q.query(
      `SELECT default_item_id, unmapped_item_policy, new_item_income_account, taxable_tax_code, exempt_tax_code, currency_mismatch_policy
         FROM tenants WHERE tenant_id = $1`,
      [tenantId],
    )) as Array<{
      default_item_id: string | null;
      unmapped_item_policy: InvoiceChoices['unmappedItemPolicy'];
      new_item_income_account: string | null;
      taxable_tax_code: string | null;
      exempt_tax_code: string | null;
      currency_mismatch_policy: InvoiceChoices['currencyMismatchPolicy'];
    }>;
    const r = rows[0];
    return {
      defaultItemId: r?.default_item_id?.trim() || null,
      unmappedItemPolicy: r?.unmapped_item_policy ?? 'default-item',
      newItemIncomeAccount: r?.new_item_income_account ?? null,
      taxableTaxCode: r?.taxable_tax_code ?? null,
      exemptTaxCode: r?.exempt_tax_code ?? null,
      currencyMismatchPolicy: r?.currency_mismatch_policy ?? 'second-customer',
    };
  }

  async upsertItems(tenantId: string, realmId: string, items: readonly QboItem[], q: Queryable = this.db, createdBySync = false): Promise<void> {
    if (items.length === 0) return;
    await q.query(
      `INSERT INTO qbo_item_mirror AS m (tenant_id, qbo_id, realm_id, name, name_key, sku, sku_key, type, active, income_account_id, sync_token, created_by_sync)
       SELECT $1, t.id, $2, t.name, t.name_key, t.sku, t.sku_key, t.type, t.active, t.income, t.token, $11
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[], $10::text[], $12::text[])
              AS t(id, name, name_key, sku, sku_key, type, active, income, token)
        WHERE ${realmGuardSql('$1', '$2')}
       ON CONFLICT (tenant_id, qbo_id) DO UPDATE SET realm_id = EXCLUDED.realm_id, name = EXCLUDED.name, name_key = EXCLUDED.name_key,
         sku = EXCLUDED.sku, sku_key = EXCLUDED.sku_key, type = EXCLUDED.type, active = EXCLUDED.active,
         income_account_id = EXCLUDED.income_account_id, sync_token = EXCLUDED.sync_token,
         created_by_sync = m.created_by_sync OR EXCLUDED.created_by_sync, mirrored_at = now()`,
      [
        tenantId,
        realmId,
        items.map((i) => String(i.Id)),
        items.map((i) => i.Name),
        items.map((i) => itemKey(i.Name)),
        items.map((i) => (typeof i.Sku === 'string' && i.Sku.trim() !== '' ? i.Sku : null)),
        items.map((i) => (typeof i.Sku === 'string' && i.Sku.trim() !== '' ? itemKey(i.Sku) : null)),
        items.map((i) => i.Type ?? null),
        items.map((i) => i.Active !== false && i.status !== 'Deleted'),
        items.map((i) => (typeof i.IncomeAccountRef?.value === 'string' ? i.IncomeAccountRef.value : null)),
        createdBySync,
        items.map((i) => i.SyncToken ?? null),
      ],
    );
  }

  async upsertAccounts(tenantId: string, realmId: string, accounts: readonly QboAccount[], q: Queryable = this.db): Promise<void> {
    if (accounts.length === 0) return;
    await q.query(
      `INSERT INTO qbo_account_mirror (tenant_id, qbo_id, realm_id, name, account_type, active)
       SELECT $1, t.id, $2, t.name, t.type, t.active FROM unnest($3::text[], $4::text[], $5::text[], $6::boolean[]) AS t(id, name, type, active)
        WHERE ${realmGuardSql('$1', '$2')}
       ON CONFLICT (tenant_id, qbo_id) DO UPDATE SET realm_id = EXCLUDED.realm_id, name = EXCLUDED.name,
         account_type = EXCLUDED.account_type, active = EXCLUDED.active`,
      [tenantId, realmId, accounts.map((a) => String(a.Id)), accounts.map((a) => a.Name), accounts.map((a) => a.AccountType ?? null), accounts.map((a) => a.Active !== false)],
    );
  }

  async upsertTaxCodes(tenantId: string, realmId: string, codes: readonly QboTaxCode[], q: Queryable = this.db): Promise<void> {
    if (codes.length === 0) return;
    await q.query(
      `INSERT INTO qbo_tax_code_mirror (tenant_id, qbo_id, realm_id, name, taxable, active)
       SELECT $1, t.id, $2, t.name, t.taxable, t.active FROM unnest($3::text[], $4::text[], $5::boolean[], $6::boolean[]) AS t(id, name, taxable, active)
        WHERE ${realmGuardSql('$1', '$2')}
       ON CONFLICT (tenant_id, qbo_id) DO UPDATE SET realm_id = EXCLUDED.realm_id, name = EXCLUDED.name, taxable = EXCLUDED.taxable, active = EXCLUDED.active`,
      [tenantId, realmId, codes.map((c) => String(c.Id)), codes.map((c) => c.Name), codes.map((c) => (typeof c.Taxable === 'boolean' ? c.Taxable : null)), codes.map((c) => c.Active !== false)],
    );
  }

  /** An active, sellable item by Id (not a Category). */
  async itemById(tenantId: string, realmId: string, id: string): Promise<MirroredItem | null> {
    return (await this.items(tenantId, realmId, `qbo_id = $3`, id))[0] ?? null;
  }

  /** The item a code maps to: a mapping made by hand, else the item with that Sku, else the item with that normalised Name. */
  async itemForCode(tenantId: string, realmId: string, code: string): Promise<MirroredItem | null> {
    const key = itemKey(code);
    if (key === '') return null;
    const mapped = (await this.db.query(`SELECT qbo_item_id FROM item_code_mappings WHERE tenant_id = $1 AND code_key = $2 AND realm_id = $3`, [
      tenantId,
      key,
      realmId,
    ])) as Array<{ qbo_item_id: string }>;
    const mappedId = mapped[0]?.qbo_item_id;
    if (mappedId !== undefined) return this.itemById(tenantId, realmId, mappedId);
    return (await this.items(tenantId, realmId, `sku_key = $3`, key))[0] ?? (await this.items(tenantId, realmId, `name_key = $3`, key))[0] ?? null;
  }

  private async items(tenantId: string, realmId: string, where: string, value: string): Promise<MirroredItem[]> {
    const rows = (await this.db.query(
      `SELECT qbo_id, name, sku, type, active FROM qbo_item_mirror
        WHERE tenant_id = $1 AND realm_id = $2 AND ${where} AND active AND coalesce(type, '') <> 'Category'
        ORDER BY (qbo_id ~ '^[0-9]+$') DESC, length(qbo_id), qbo_id LIMIT 2`,
      [tenantId, realmId, value],
    )) as Array<{ qbo_id: string; name: string; sku: string | null; type: string | null; active: boolean }>;
    return rows.map((r) => ({ id: r.qbo_id, name: r.name, sku: r.sku, type: r.type, active: r.active }));
  }

  /** Active tax codes, by name (case-insensitive) → Id. */
  async taxCodesByName(tenantId: string, realmId: string): Promise<Map<string, NamedRef>> {
    const rows = (await this.db.query(
      `SELECT qbo_id, name FROM qbo_tax_code_mirror WHERE tenant_id = $1 AND realm_id = $2 AND active ORDER BY name`,
      [tenantId, realmId],
    )) as Array<{ qbo_id: string; name: string }>;
    return new Map(rows.map((r) => [r.name.trim().toLowerCase(), { id: r.qbo_id, name: r.name }]));
  }

  async incomeAccountByName(tenantId: string, realmId: string, name: string): Promise<NamedRef | null> {
    const rows = (await this.db.query(
      `SELECT qbo_id, name FROM qbo_account_mirror
        WHERE tenant_id = $1 AND realm_id = $2 AND active AND account_type = 'Income' AND lower(name) = lower($3) ORDER BY qbo_id LIMIT 1`,
      [tenantId, realmId, name.trim()],
    )) as Array<{ qbo_id: string; name: string }>;
    const r = rows[0];
    return r ? { id: r.qbo_id, name: r.name } : null;
  }

  /** What the settings page offers: active sellable items, income accounts, tax codes (names with their Ids). */
  async options(tenantId: string): Promise<{ items: NamedRef[]; incomeAccounts: NamedRef[]; taxCodes: NamedRef[] }> {
    const list = async (sql: string) => ((await this.db.query(sql, [tenantId])) as Array<{ qbo_id: string; name: string }>).map((r) => ({ id: r.qbo_id, name: r.name }));
    const current = `tenant_id = $1 AND realm_id = (SELECT realm_id FROM qbo_connections WHERE tenant_id = $1) AND active`;
    return {
      items: await list(`SELECT qbo_id, name FROM qbo_item_mirror WHERE ${current} AND coalesce(type, '') <> 'Category' ORDER BY lower(name) LIMIT 1000`),
      incomeAccounts: await list(`SELECT qbo_id, name FROM qbo_account_mirror WHERE ${current} AND account_type = 'Income' ORDER BY lower(name)`),
      taxCodes: await list(`SELECT qbo_id, name FROM qbo_tax_code_mirror WHERE ${current} ORDER BY lower(name)`),
    };
  }

  /**
   * Invoices held because of the company's lists (an unmapped code, a missing tax code or item)
   * are sent again in the next window: a list, a mapping or a setting changed.
   */
  async releaseListHolds(tenantId: string, q: Queryable = this.db): Promise<void> {
    await q.query(
      `UPDATE invoice_sync SET failed_version = NULL, failure_code = NULL, failure_reason = NULL, updated_at = now()
        WHERE tenant_id = $1 AND failure_code = ANY($2::text[]) AND batch_id IS NULL`,
      [tenantId, LIST_HOLD_CODES],
    );
  }
}

/** The failure codes that a change of the company's lists or a mapping may cure (a change of the tenant's choices releases CURRENCY and TAX too: a trigger on tenants). */
export const LIST_HOLD_CODES: readonly string[] = ['ITEM_UNMAPPED', 'ITEM_MISSING', 'TAX_CODE_MISSING'];
