import { inject, injectable } from 'inversify';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { QBO_CLIENT, QboClient, QboCompanyInfo, QboPreferences } from '../qbo/qbo-client';
import { isUsCompany } from '../domain/invoice-tax';
import { QboConnectionRepository } from '../qbo/qbo-connection-repository';
import { realmChangedError } from '../qbo/realm-guard';
import { CompanyListsRepository, CompanyProfile } from './company-lists-repository';

const CLOCK_SKEW_MS = 60_000;

const COUNTRY_ALPHA3: Record<string, string> = { USA: 'US', CAN: 'CA', GBR: 'GB', AUS: 'AU', UK: 'GB' };

/**
 * Keeps the company's stable lists in Postgres (Intuit's advice: read them on connect, refresh by
 * webhook, CDC as the backstop, never re-query per invoice): the profile (CompanyInfo and
 * Preferences), accounts, tax codes and items (streamed page by page, like the customer mirror).
 * Their changes afterwards are read with every other entity's by one CDC call (ReadCompanyChanges).
 */
@injectable()
export class SyncCompanyLists {
  private readonly logger: Logger;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(CompanyListsRepository) private readonly lists: CompanyListsRepository,
    @inject(QboConnectionRepository) private readonly connections: QboConnectionRepository,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'company-lists' });
  }

  /** Reads the whole lists: counted as the connect's reads (CompanyInfo unless the OAuth callback kept it, Preferences, accounts, tax codes outside the US, items by page). */
  async loadFull(tenantId: string, realmId: string): Promise<number> {
    return withCallPurpose('connect', () => this.load(tenantId, realmId));
  }

  private async load(tenantId: string, realmId: string): Promise<number> {
    const startedAt = new Date(Date.now() - CLOCK_SKEW_MS);
    const info = await this.companyInfo(tenantId, realmId);
    const prefs = await this.qbo.getPreferences(tenantId);
    const profile = profileOf(realmId, info, prefs);
    const accounts = await this.qbo.queryAccounts(tenantId, []);
    // A US company's lines carry TAX / NON whatever its list holds: its tax codes are never used, so not read.
    const taxCodes = isUsCompany(profile) ? [] : await this.qbo.queryTaxCodes(tenantId);
    await this.inRealm(tenantId, realmId, async (tx) => {
      await this.lists.upsertAccounts(tenantId, realmId, accounts, tx);
      await this.lists.upsertTaxCodes(tenantId, realmId, taxCodes, tx);
    });
    const items = await this.qbo.forEachItemPage(tenantId, [], async (page) => {
      await this.inRealm(tenantId, realmId, async (tx) => {
        await this.lists.upsertItems(tenantId, realmId, page, tx);
        await tx.query(`UPDATE qbo_company_lists SET claimed_until = greatest(claimed_until, now() + interval '5 minutes') WHERE tenant_id = $1 AND status = 'loading'`, [
          tenantId,
        ]);
      });
    });
    await this.inRealm(tenantId, realmId, async (tx) => {
      await tx.query(
        `INSERT INTO qbo_company_lists (tenant_id, realm_id, status) VALUES ($1, $2, 'loading') ON CONFLICT (tenant_id) DO NOTHING`,
        [tenantId, realmId],
      );
      await tx.query(
        `UPDATE qbo_company_lists SET status = 'ready', realm_id = $2, loaded_at = now(), cdc_since = $3, last_cdc_at = now(), attempts = 0,
                last_error = NULL, claimed_until = NULL, updated_at = now() WHERE tenant_id = $1`,
        [tenantId, realmId, startedAt],
      );
      await this.lists.saveProfile(tx, tenantId, profile);
      await this.lists.releaseListHolds(tenantId, tx);
    });
    this.logger.info({ tenantId, realmId, country: profile.country, items, accounts: accounts.length, taxCodes: taxCodes.length }, 'company lists loaded');
    return items;
  }

  /**
   * What the profile needs of CompanyInfo: the connect's read (the OAuth callback keeps the name and
   * country) when it was made on this company, otherwise one read now.
   */
  private async companyInfo(tenantId: string, realmId: string): Promise<QboCompanyInfo> {
    const kept = await this.connections.companyInfo(tenantId, realmId);
    if (kept !== null) return { CompanyName: kept.companyName ?? undefined, Country: kept.country ?? undefined };
    return this.qbo.getCompanyInfo(tenantId);
  }

  /** The lists of the tenant's current company, loaded now when they are not (a window needs them). */
  async ensureLoaded(tenantId: string, realmId: string): Promise<CompanyProfile> {
    const current = await this.lists.profile(tenantId);
    if (current !== null && current.realmId === realmId) return current;
    await this.loadFull(tenantId, realmId);
    const loaded = await this.lists.profile(tenantId);
    if (loaded === null) throw realmChangedError(tenantId, realmId, 'the company lists were');
    return loaded;
  }

  private async inRealm(tenantId: string, realmId: string, work: (tx: import('typeorm').EntityManager) => Promise<void>): Promise<void> {
    const kept = await this.db.transaction(async (tx) => {
      if (!(await this.connections.holdRealm(tx, tenantId, realmId))) return false;
      await work(tx);
      return true;
    });
    if (!kept) throw realmChangedError(tenantId, realmId, 'what was read of the company lists was');
  }
}

/** The profile from CompanyInfo and Preferences; the country as ISO alpha-2 whichever way QuickBooks wrote it. */
export function profileOf(realmId: string, info: QboCompanyInfo, prefs: QboPreferences): CompanyProfile {
  const raw = typeof info.Country === 'string' ? info.Country.trim().toUpperCase() : '';
  const country = raw === '' ? null : (COUNTRY_ALPHA3[raw] ?? raw);
  return {
    realmId,
    companyName: typeof info.CompanyName === 'string' ? info.CompanyName : null,
    country,
    homeCurrency: prefs.CurrencyPrefs?.HomeCurrency?.value ?? null,
    multiCurrency: prefs.CurrencyPrefs?.MultiCurrencyEnabled === true,
    automatedSalesTax: country === 'US' && prefs.TaxPrefs?.PartnerTaxEnabled !== false,
    customTxnNumbers: prefs.SalesFormsPrefs?.CustomTxnNumbers !== false,
  };
}
