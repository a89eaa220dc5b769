import { inject, injectable } from 'inversify';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { CompanyListsRepository } from './company-lists-repository';
import { SyncCompanyLists } from './sync-company-lists';
import type { RunCompany } from './window-run';

/** Why a window cannot send anything for the tenant's company, in words. */
export interface NoRunCompany {
  missing: string;
}

/**
 * What a window needs to know of the company before it plans a single invoice: its profile and
 * lists (loaded now if the background task has not yet: SyncCompanyLists.ensureLoaded), the
 * tenant's choices, the active tax codes by name, and the default item: the tenant's
 * `default_item_id` when it is an active item of the company, otherwise the item named "Services".
 */
@injectable()
export class LoadRunCompany {
  constructor(
    @inject(SyncCompanyLists) private readonly sync: SyncCompanyLists,
    @inject(CompanyListsRepository) private readonly lists: CompanyListsRepository,
  ) {}

  /** The company's lists, loaded now if they are not yet (the window's first step: its customers' creates need the profile). */
  async loadLists(tenantId: string, realmId: string): Promise<void> {
    await withCallPurpose('connect', () => this.sync.ensureLoaded(tenantId, realmId));
  }

  async forRun(tenantId: string, realmId: string): Promise<RunCompany | NoRunCompany> {
    // The company's lists, read once per company (on connect, or here when the window comes first).
    const profile = await withCallPurpose('connect', () => this.sync.ensureLoaded(tenantId, realmId));
    const choices = await this.lists.choices(tenantId);
    let defaultItemId: string | null = null;
    if (choices.defaultItemId !== null) {
      const chosen = await this.lists.itemById(tenantId, realmId, choices.defaultItemId);
      if (chosen === null) {
        return { missing: `the default item (Id ${choices.defaultItemId}) is not an active item of the QuickBooks company: choose another default item in the settings` };
      }
      defaultItemId = chosen.id;
    } else {
      defaultItemId = (await this.lists.itemForCode(tenantId, realmId, 'Services'))?.id ?? null;
    }
    if (defaultItemId === null) {
      return { missing: 'the QuickBooks company has no item named "Services" and the tenant has no default item: choose the default item in the settings' };
    }
    return { profile, choices, taxCodes: await this.lists.taxCodesByName(tenantId, realmId), defaultItemId };
  }
}
