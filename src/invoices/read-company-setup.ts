import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { DEFAULT_TAX_CODES, isUsCompany } from '../domain/invoice-tax';
import { CompanyListsRepository, CompanyProfile, InvoiceChoices, NamedRef } from './company-lists-repository';

export interface CompanySetup {
  /** null until the company's lists have been read. */
  profile: CompanyProfile | null;
  choices: InvoiceChoices;
  /** The tax codes that apply when none is chosen (outside the US), by name. */
  proposedTaxCodes: { taxable: string; exempt: string } | null;
  items: NamedRef[];
  incomeAccounts: NamedRef[];
  taxCodes: NamedRef[];
  mappings: Array<{ code: string; itemId: string; itemName: string | null }>;
}

/**
 * What the settings page and the admin API show about the company behind a tenant: its country,
 * currencies and numbering, the items, income accounts and tax codes to pick from (by name, from
 * the mirror: nobody types an Id), the tenant's choices and the codes mapped by hand.
 */
@injectable()
export class ReadCompanySetup {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CompanyListsRepository) private readonly lists: CompanyListsRepository,
  ) {}

  async run(tenantId: string): Promise<CompanySetup> {
    const profile = await this.lists.profile(tenantId);
    const options = await this.lists.options(tenantId);
    const mappings = (await this.db.query(
      `SELECT m.item_code, m.qbo_item_id, i.name FROM item_code_mappings m
         LEFT JOIN qbo_item_mirror i ON i.tenant_id = m.tenant_id AND i.qbo_id = m.qbo_item_id
        WHERE m.tenant_id = $1 ORDER BY m.code_key LIMIT 1000`,
      [tenantId],
    )) as Array<{ item_code: string; qbo_item_id: string; name: string | null }>;
    const proposed = profile === null || isUsCompany({ country: profile.country }) ? null : (DEFAULT_TAX_CODES[profile.country ?? ''] ?? null);
    return {
      profile,
      choices: await this.lists.choices(tenantId),
      proposedTaxCodes: proposed,
      ...options,
      mappings: mappings.map((m) => ({ code: m.item_code, itemId: m.qbo_item_id, itemName: m.name })),
    };
  }
}
