import { inject, injectable } from 'inversify';
import { InvoiceWindowRepository } from './invoice-window-repository';
import { WindowView, windowView } from './read-tenant-status';

export interface WindowHistoryPage {
  windows: WindowView[];
  /** Pass as `before` for the next (older) page; null on the last. */
  next: string | null;
}

/** A tenant's window history, newest first, a page at a time (`GET /api/tenants/{id}/windows`). */
@injectable()
export class ListTenantWindows {
  constructor(@inject(InvoiceWindowRepository) private readonly windows: InvoiceWindowRepository) {}

  async run(tenantId: string, limit: number, before: string | null): Promise<WindowHistoryPage> {
    const rows = await this.windows.page(tenantId, limit, before);
    const last = rows.at(-1);
    return { windows: rows.map(windowView), next: rows.length === limit && last ? last.id : null };
  }
}
