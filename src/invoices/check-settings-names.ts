import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';
import { CompanyListsRepository, NamedRef } from './company-lists-repository';

/** The settings that name something of the company's lists (a change: left out = not changed). */
export interface SettingsNames {
  defaultItemId?: string | null;
  newItemIncomeAccount?: string | null;
  taxableTaxCode?: string | null;
  exemptTaxCode?: string | null;
}

/** One refused value, in words naming the field, the value and what exists. */
export interface SettingsNameProblem {
  field: keyof SettingsNames;
  message: string;
}

/** How many names of a list a refusal shows. */
const SHOWN = 12;

/**
 * Checks the settings that name an item, an income account or a tax code against the company's
 * lists, when they are loaded (qbo_company_lists 'ready' for the tenant's current company):
 * a value the company does not have (by Id for the default item, active and sellable; by name,
 * case-insensitive, for the income account and the tax codes, active ones) is a problem naming
 * the field, the value and, briefly, what exists. Lists not loaded yet: nothing is checked (the
 * window says so later, as before). Only values that change are checked: a saved value that
 * went away in QuickBooks does not block saving the other settings.
 */
@injectable()
export class CheckSettingsNames {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CompanyListsRepository) private readonly lists: CompanyListsRepository,
  ) {}

  async run(tenantId: string, change: SettingsNames): Promise<SettingsNameProblem[]> {
    const current = await this.current(tenantId);
    const changed = (['defaultItemId', 'newItemIncomeAccount', 'taxableTaxCode', 'exemptTaxCode'] as const).filter((f) => {
      const v = change[f];
      return typeof v === 'string' && v.trim() !== '' && v.trim().toLowerCase() !== (current?.[f] ?? '').trim().toLowerCase();
    });
    if (changed.length === 0) return [];
    const realmId = await this.readyRealm(tenantId);
    if (realmId === null) return [];
    const options = await this.lists.options(tenantId);
    const problems: SettingsNameProblem[] = [];
    for (const field of changed) {
      const value = (change[field] ?? '').trim();
      if (field === 'defaultItemId') {
        if ((await this.lists.itemById(tenantId, realmId, value)) === null) {
          problems.push({ field, message: `item Id ${JSON.stringify(value)} is not an active item of the QuickBooks company that invoices can use; its items: ${listed(options.items, true)}` });
        }
        continue;
      }
      const list = field === 'newItemIncomeAccount' ? options.incomeAccounts : options.taxCodes;
      if (list.some((r) => r.name.trim().toLowerCase() === value.toLowerCase())) continue;
      const what = field === 'newItemIncomeAccount' ? 'an income account' : 'a tax code';
      const its = field === 'newItemIncomeAccount' ? 'its income accounts' : 'its tax codes';
      problems.push({ field, message: `${JSON.stringify(value)} is not ${what} of the QuickBooks company; ${its}: ${listed(list, false)}` });
    }
    return problems;
  }

  private async current(tenantId: string): Promise<Record<keyof SettingsNames, string | null> | null> {
    const rows = (await this.db.query(`SELECT default_item_id, new_item_income_account, taxable_tax_code, exempt_tax_code FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{
      default_item_id: string | null;
      new_item_income_account: string | null;
      taxable_tax_code: string | null;
      exempt_tax_code: string | null;
    }>;
    const r = rows[0];
    return r === undefined
      ? null
      : { defaultItemId: r.default_item_id, newItemIncomeAccount: r.new_item_income_account, taxableTaxCode: r.taxable_tax_code, exemptTaxCode: r.exempt_tax_code };
  }

  /** The tenant's current company when its lists are loaded, else null. */
  private async readyRealm(tenantId: string): Promise<string | null> {
    const rows = (await this.db.query(
      `SELECT l.realm_id FROM qbo_company_lists l JOIN qbo_connections c ON c.tenant_id = l.tenant_id AND c.realm_id = l.realm_id
        WHERE l.tenant_id = $1 AND l.status = 'ready'`,
      [tenantId],
    )) as Array<{ realm_id: string }>;
    return rows[0]?.realm_id ?? null;
  }
}

/** "A, B, C and 9 more" (items with their Ids), or "none". */
function listed(list: readonly NamedRef[], withIds: boolean): string {
  if (list.length === 0) return 'none';
  const names = list.slice(0, SHOWN).map((r) => (withIds ? `${r.name} (Id ${r.id})` : r.name));
  return list.length > SHOWN ? `${names.join(', ')} and ${list.length - SHOWN} more` : names.join(', ');
}
