import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { OpenNotice, TenantNotices } from '../customers/tenant-notices';
import { InvoiceBacklog } from '../invoices/invoice-backlog';
import { TaxDifferenceNotices } from '../invoices/tax-difference-notices';
import { InvoiceWindowRepository, WindowStatus, WindowTrigger } from '../invoices/invoice-window-repository';
import { DATA_SOURCE } from '../tokens';

/** One window of the history, as the page shows it. */
export interface HistoryEntry {
  id: string;
  trigger: WindowTrigger;
  status: WindowStatus;
  startedAt: Date;
  finishedAt: Date | null;
  /** Created, updated or voided in QuickBooks. */
  sent: number;
  failed: number;
  /** Left for a later run (ready or in flight at the end). */
  carried: number;
  note: string | null;
}

/** What the dashboard shows beside the status: history, retry, notices, invoices left out by the start date. */
export interface TenantPageExtras {
  /** The last windows and runs, newest first. */
  history: HistoryEntry[];
  /** When an incomplete window is tried again (WindowRetries); null when none is planned. */
  retryAt: Date | null;
  notices: OpenNotice[];
  noticesTotal: number;
  /** Invoices issued before "Send invoices issued from": never sent unless already in QuickBooks. */
  beforeStartDate: number;
  /** The date invoices are sent from (the setting, else the day QuickBooks was connected). */
  syncFrom: string | null;
  /** The tenant never saved a time zone (still the default): the page proposes the browser's. */
  proposeTimeZone: boolean;
}

export const HISTORY_LENGTH = 10;
const NOTICES_SHOWN = 20;
/** The id a tax difference has among the page's notices. */
const TAX_PREFIX = 'tax:';

/** Reads the dashboard's extras of one tenant (a fixed number of queries). */
@injectable()
export class LoadTenantPageExtras {
  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(InvoiceWindowRepository) private readonly windows: InvoiceWindowRepository,
    @inject(TenantNotices) private readonly notices: TenantNotices,
    @inject(InvoiceBacklog) private readonly backlog: InvoiceBacklog,
    @inject(TaxDifferenceNotices) private readonly taxNotices: TaxDifferenceNotices,
  ) {}

  /** Dismisses a notice shown on the page: a customer-side one by its id, a tax difference as `tax:<invoiceId>`. */
  async dismiss(tenantId: string, noticeId: string): Promise<boolean> {
    return noticeId.startsWith(TAX_PREFIX) ? this.taxNotices.dismiss(tenantId, noticeId.slice(TAX_PREFIX.length)) : this.notices.dismiss(tenantId, noticeId);
  }

  async run(tenantId: string): Promise<TenantPageExtras> {
    const [windows, tenant, notices, backlog, tax] = await Promise.all([
      this.windows.page(tenantId, HISTORY_LENGTH, null),
      this.dataSource.query(
        `SELECT window_retry_at, (time_zone = 'UTC' AND updated_at <= created_at + interval '1 second') AS default_zone FROM tenants WHERE tenant_id = $1`,
        [tenantId],
      ) as Promise<Array<{ window_retry_at: Date | null; default_zone: boolean }>>,
      this.notices.open(tenantId, NOTICES_SHOWN),
      this.backlog.read(tenantId, { failedLimit: 1 }),
      this.taxNotices.open(tenantId, NOTICES_SHOWN),
    ]);
    const shown = [
      ...notices.notices,
      ...tax.notices.map((d) => ({
        id: `${TAX_PREFIX}${d.invoiceId}`,
        kind: 'tax-difference',
        message: `Invoice ${d.number ?? d.invoiceId}: ${d.message.replace(/\.$/, '')}.`,
        customerId: null,
        createdAt: d.since,
      })),
    ]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, NOTICES_SHOWN);
    const t = tenant[0];
    return {
      history: windows.map((w) => ({
        id: w.id,
        trigger: w.trigger,
        status: w.status,
        startedAt: w.startedAt,
        finishedAt: w.finishedAt,
        sent: w.pushed + w.updated + w.voided,
        failed: w.failed,
        carried: w.carried,
        note: w.note,
      })),
      retryAt: t?.window_retry_at ? new Date(t.window_retry_at) : null,
      notices: shown,
      noticesTotal: notices.total + tax.total,
      beforeStartDate: backlog.beforeStartDate,
      syncFrom: backlog.syncFrom,
      proposeTimeZone: t?.default_zone === true,
    };
  }
}
