import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { OpenNotice, TenantNotices } from '../customers/tenant-notices';
import { InvoiceBacklog } from '../invoices/invoice-backlog';
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

/** Reads the dashboard's extras of one tenant (a fixed number of queries). */
@injectable()
export class LoadTenantPageExtras {
  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(InvoiceWindowRepository) private readonly windows: InvoiceWindowRepository,
    @inject(TenantNotices) private readonly notices: TenantNotices,
    @inject(InvoiceBacklog) private readonly backlog: InvoiceBacklog,
  ) {}

  async run(tenantId: string): Promise<TenantPageExtras> {
    const [windows, tenant, notices, backlog] = await Promise.all([
      this.windows.page(tenantId, HISTORY_LENGTH, null),
      this.dataSource.query(
        `SELECT window_retry_at, (time_zone = 'UTC' AND updated_at <= created_at + interval '1 second') AS default_zone FROM tenants WHERE tenant_id = $1`,
        [tenantId],
      ) as Promise<Array<{ window_retry_at: Date | null; default_zone: boolean }>>,
      this.notices.open(tenantId),
      this.backlog.read(tenantId, { failedLimit: 1 }),
    ]);
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
      notices: notices.notices,
      noticesTotal: notices.total,
      beforeStartDate: backlog.beforeStartDate,
      syncFrom: backlog.syncFrom,
      proposeTimeZone: t?.default_zone === true,
    };
  }
}
