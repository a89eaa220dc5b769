import { inject, injectable, optional } from 'inversify';
import { CustomersSection, ReadCustomersSection } from '../customers/read-customers-section';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { Backlog, InvoiceBacklog } from './invoice-backlog';
import { InvoiceWindowRepository, WindowRecord } from './invoice-window-repository';
import { QuickBooksSection, ReadQuickBooksSection } from './read-quickbooks-section';
import { WindowSchedule } from '../domain/window-schedule';
import { OutboxLag, ReadOutboxLag } from '../outbox/read-outbox-lag';
import { windowOffsetMs } from '../domain/window-spread';
import { WINDOW_SPREAD_MS } from './run-due-windows';
import { QboUsageView, ReadQboUsage } from '../qbo/read-qbo-usage';


export interface TenantStatus {
  tenantId: string;
  generatedAt: string;
  tenant: { enabled: boolean; batchCron: string; timeZone: string; invoicesFrom: string | null; syncFrom: string | null };
  connection: { status: string; company: string | null; realm: string | null; reason: string | null };
  invoices: {
    pending: number;
    oldestPendingSince: string | null;
    oldestPendingAgeSeconds: number | null;
    readyForNextWindow: number;
    inFlight: number;
    waiting: { total: number; reasons: Backlog['waiting'] };
    failed: { total: number; invoices: Array<{ invoiceId: string; number: string | null; version: number; code: string | null; reason: string; since: string }> };
    beforeSyncStartDate: number;
  };
  schedule: {
    cron: string;
    timeZone: string;
    nextWindow: { local: string; utc: string } | null;
    /** Set when the next window's local time does not exist that day (clocks go forward) and it runs at the first instant after. */
    clockChange: string | null;
    note: string | null;
  };
  lastWindow: WindowView | null;
  runningWindow: WindowView | null;
  customers?: CustomersSection;
  /** The tenant's sync events not yet on Kafka (the relay's lag for this tenant). */
  syncEvents?: OutboxLag;
  /** What QuickBooks made of the pushed invoices: differences, its numbers, payments (absent where that part is not wired). */
  quickbooks?: QuickBooksSection;
  /** QuickBooks calls this month (the tenant's and the app's) and whether reads wait for the app's read budget. */
  qboUsage?: QboUsageView;
}

export interface WindowView {
  id: string;
  trigger: string;
  status: string;
  scheduledFor: string | null;
  requestedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  resumedAfterCrash: number;
  pushed: number;
  updated: number;
  voided: number;
  failed: number;
  failures: Array<{ invoiceId: string; number: string | null; code: string; reason: string }>;
  waitingAtEnd: number;
  carriedToNextWindow: number;
  batches: number;
  note: string | null;
}

interface TenantRow {
  enabled: boolean;
  batch_cron: string;
  time_zone: string;
  invoices_from: string | null;
  status: string | null;
  company_name: string | null;
  realm_id: string | null;
  status_reason: string | null;
}

/** Everything a person waiting for invoices wants to know about one tenant: the status JSON and CLI. */
@injectable()
export class ReadTenantStatus {
  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(InvoiceBacklog) private readonly backlog: InvoiceBacklog,
    @inject(InvoiceWindowRepository) private readonly windows: InvoiceWindowRepository,
    @inject(ReadCustomersSection) private readonly customers: ReadCustomersSection | null = null,
    @inject(ReadOutboxLag) private readonly outboxLag: ReadOutboxLag | null = null,
    @inject(ReadQuickBooksSection) private readonly quickbooks: ReadQuickBooksSection | null = null,
    @inject(WINDOW_SPREAD_MS) @optional() private readonly spreadMs: number = 0,
    @inject(ReadQboUsage) @optional() private readonly usage: ReadQboUsage | null = null,
  ) {}

  /**
   * null when the worker has never heard of the tenant. `withCustomers: false` leaves out the
   * customers section (the settings page reads the review list and duplicates itself).
   */
  async run(tenantId: string, now = new Date(), { withCustomers = true }: { withCustomers?: boolean } = {}): Promise<TenantStatus | null> {
    const rows = (await this.dataSource.query(
      `SELECT t.enabled, t.batch_cron, t.time_zone, t.invoices_from::text AS invoices_from,
              qc.status, qc.company_name, qc.realm_id, qc.status_reason
         FROM tenants t LEFT JOIN qbo_connections qc ON qc.tenant_id = t.tenant_id
        WHERE t.tenant_id = $1`,
      [tenantId],
    )) as TenantRow[];
    const t = rows[0];
    if (!t) return null;
    const [backlog, last, running] = await Promise.all([
      this.backlog.read(tenantId),
      this.windows.latest(tenantId, { finishedOnly: true }),
      this.windows.findRunning(tenantId),
    ]);
    const status: TenantStatus = {
      tenantId,
      generatedAt: now.toISOString(),
      tenant: { enabled: t.enabled, batchCron: t.batch_cron, timeZone: t.time_zone, invoicesFrom: t.invoices_from, syncFrom: backlog.syncFrom },
      connection: {
        status: t.status ?? 'not connected',
        company: t.company_name,
        realm: t.realm_id,
        reason: t.status_reason,
      },
      invoices: {
        pending: backlog.pending,
        oldestPendingSince: backlog.oldestPendingSince?.toISOString() ?? null,
        oldestPendingAgeSeconds: backlog.oldestPendingSince ? Math.max(0, Math.round((now.getTime() - backlog.oldestPendingSince.getTime()) / 1000)) : null,
        readyForNextWindow: backlog.ready,
        inFlight: backlog.inFlight,
        waiting: { total: backlog.waitingTotal, reasons: backlog.waiting },
        failed: {
          total: backlog.failedTotal,
          invoices: backlog.failed.map((f) => ({ ...f, since: f.since.toISOString() })),
        },
        beforeSyncStartDate: backlog.beforeStartDate,
      },
      schedule: scheduleView(tenantId, t, now, this.spreadMs),
      lastWindow: last ? windowView(last) : null,
      runningWindow: running ? windowView(running) : null,
    };
    if (this.customers && withCustomers) status.customers = await this.customers.run(tenantId);
    if (this.outboxLag) status.syncEvents = await this.outboxLag.run(tenantId);
    if (this.quickbooks) status.quickbooks = await this.quickbooks.run(tenantId);
    if (this.usage) status.qboUsage = await this.usage.run(tenantId, t.realm_id);
    return status;
  }
}

/** The next window as the scheduler runs it: the next occurrence plus the tenant's spread offset (windowOffsetMs). */
function scheduleView(tenantId: string, t: TenantRow, now: Date, spreadMs: number): TenantStatus['schedule'] {
  try {
    const s = WindowSchedule.parse(t.batch_cron, t.time_zone);
    const offset = windowOffsetMs(tenantId, spreadMs, s);
    const next = s.next(new Date(now.getTime() - offset));
    if (next === null) return { cron: t.batch_cron, timeZone: t.time_zone, nextWindow: null, clockChange: null, note: 'the schedule never fires again' };
    const note = !t.enabled
      ? 'the tenant is disabled: no window runs until it is enabled'
      : t.status !== 'connected'
        ? 'windows are skipped until QuickBooks is (re)connected'
        : offset > 0
          ? `starts ${spreadWords(offset)} after its scheduled time, so that the windows of tenants sharing that time do not all start at once`
          : null;
    return {
      cron: t.batch_cron,
      timeZone: t.time_zone,
      nextWindow: { local: s.local(new Date(next.at.getTime() + offset)), utc: new Date(next.at.getTime() + offset).toISOString() },
      clockChange: s.clockChange(next),
      note,
    };
  } catch (e) {
    return { cron: t.batch_cron, timeZone: t.time_zone, nextWindow: null, clockChange: null, note: e instanceof Error ? e.message : String(e) };
  }
}

function spreadWords(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** A window run as the status and the window history show it. */
export function windowView(w: WindowRecord): WindowView {
  return {
    id: w.id,
    trigger: w.trigger,
    status: w.status,
    scheduledFor: w.scheduledFor?.toISOString() ?? null,
    requestedBy: w.requestedBy,
    startedAt: w.startedAt.toISOString(),
    finishedAt: w.finishedAt?.toISOString() ?? null,
    resumedAfterCrash: w.resumed,
    pushed: w.pushed,
    updated: w.updated,
    voided: w.voided,
    failed: w.failed,
    failures: w.failures,
    waitingAtEnd: w.waiting,
    carriedToNextWindow: w.carried,
    batches: w.batches,
    note: w.note,
  };
}
