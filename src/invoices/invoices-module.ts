import { ContainerModule } from 'inversify';
import { BACKGROUND_TASK } from '../background-task';
import { CONFIG } from '../tokens';
import { CheckUncertainInvoices } from './check-uncertain-invoices';
import { FinishOpenBatches } from './finish-open-batches';
import { FLUSH_OPTIONS } from './flush-options';
import { FlushInvoices } from './flush-invoices';
import { InvoiceBacklog } from './invoice-backlog';
import { InvoiceBatchRepository } from './invoice-batch-repository';
import { CompanyListsRepository } from './company-lists-repository';
import { COMPANY_LISTS_TASK_OPTIONS, CompanyListsTask } from './company-lists-task';
import { CurrencyCustomers } from './currency-customers';
import { InvoiceLineRefs } from './invoice-line-refs';
import { LoadRunCompany } from './load-run-company';
import { MapItemCode } from './map-item-code';
import { CheckSettingsNames } from './check-settings-names';
import { ChangeReadSchedule, COMPANY_CHANGES_OPTIONS } from './change-read-schedule';
import { ProcessCompanyChanges } from './process-company-changes';
import { ReadCompanyChanges } from './read-company-changes';
import { ReadCompanySetup } from './read-company-setup';
import { ReadQuickBooksSection } from './read-quickbooks-section';
import { RecordPaymentState } from './record-payment-state';
import { SyncCompanyLists } from './sync-company-lists';
import { ListTenantHealth } from './list-tenant-health';
import { ListTenantWindows } from './list-tenant-windows';
import { ResyncTenant } from './resync-tenant';
import { InvoiceMetricsCollector } from './invoice-metrics-collector';
import { SCRAPE_COLLECTOR } from '../metrics/metrics';
import { InvoiceScheduler, SCHEDULER_CLOCK, SCHEDULER_ENABLED, SCHEDULER_TICK_MS, systemSchedulerClock } from './invoice-scheduler';
import { InvoiceSyncRepository } from './invoice-sync-repository';
import { InvoiceWindowRepository } from './invoice-window-repository';
import { PlanInvoiceBatches } from './plan-invoice-batches';
import { ReadTenantStatus } from './read-tenant-status';
import { ResolveWindowCustomers } from './resolve-window-customers';
import { RunDueWindows, WINDOW_CONCURRENCY, WINDOW_SPREAD_MS } from './run-due-windows';
import { WINDOW_RETRY_OPTIONS, WindowRetries } from './window-retry';
import { TaxDifferenceNotices } from './tax-difference-notices';
import { RunInvoiceWindow } from './run-invoice-window';
import { SendInvoiceBatch } from './send-invoice-batch';
import { TenantWindowLock } from './tenant-window-lock';
import { FindInvoice } from './find-invoice';
import { ListFailedInvoices } from './list-failed-invoices';
import { RetryFailedInvoice } from './retry-failed-invoice';

/** Invoices: batch windows (plan, check, send, record), the scheduler, the tenant's status; the company's lists (items, accounts, tax codes), payments read back. */
export const invoicesModule = new ContainerModule(({ bind }) => {
  for (const use of [
    InvoiceSyncRepository,
    InvoiceBatchRepository,
    InvoiceWindowRepository,
    InvoiceBacklog,
    CompanyListsRepository,
    RecordPaymentState,
    SyncCompanyLists,
    ReadCompanyChanges,
    ChangeReadSchedule,
    ProcessCompanyChanges,
    CompanyListsTask,
    CurrencyCustomers,
    InvoiceLineRefs,
    LoadRunCompany,
    MapItemCode,
    CheckSettingsNames,
    ReadCompanySetup,
    ReadQuickBooksSection,
    CheckUncertainInvoices,
    PlanInvoiceBatches,
    SendInvoiceBatch,
    FinishOpenBatches,
    ResolveWindowCustomers,
    FlushInvoices,
    TenantWindowLock,
    RunInvoiceWindow,
    WindowRetries,
    TaxDifferenceNotices,
    RunDueWindows,
    ReadTenantStatus,
    ListTenantWindows,
    ListTenantHealth,
    ResyncTenant,
    InvoiceScheduler,
    ListFailedInvoices,
    RetryFailedInvoice,
    FindInvoice,
  ]) {
    bind(use).toSelf();
  }
  bind(InvoiceMetricsCollector).toSelf();
  bind(SCRAPE_COLLECTOR).toService(InvoiceMetricsCollector);
  bind(FLUSH_OPTIONS).toDynamicValue((ctx) => {
    const inv = ctx.get(CONFIG).invoices;
    return {
      batchSize: inv.batchSize,
      batchesInFlight: inv.batchesInFlight,
      retryAttempts: inv.retryAttempts,
      retryBaseDelayMs: inv.retryBaseDelayMs,
      requestIdTrustMs: inv.requestIdTrustMs,
    };
  });
  bind(WINDOW_CONCURRENCY).toDynamicValue((ctx) => ctx.get(CONFIG).invoices.windowConcurrency);
  bind(WINDOW_SPREAD_MS).toDynamicValue((ctx) => ctx.get(CONFIG).invoices.windowSpreadMs);
  bind(WINDOW_RETRY_OPTIONS).toDynamicValue((ctx) => ({
    baseMs: ctx.get(CONFIG).invoices.windowRetryBaseMs,
    maxRetries: ctx.get(CONFIG).invoices.windowRetries,
  }));
  bind(SCHEDULER_TICK_MS).toDynamicValue((ctx) => ctx.get(CONFIG).invoices.tickMs);
  bind(SCHEDULER_CLOCK).toDynamicValue((ctx) => systemSchedulerClock(ctx.get(CONFIG).invoices.clockOffsetMs));
  bind(SCHEDULER_ENABLED).toDynamicValue((ctx) => ctx.get(CONFIG).invoices.schedulerEnabled);
  bind(BACKGROUND_TASK).toService(InvoiceScheduler);
  bind(COMPANY_LISTS_TASK_OPTIONS).toDynamicValue((ctx) => {
    const config = ctx.get(CONFIG);
    return {
      databaseUrl: config.databaseUrl,
      pollIntervalMs: config.customers.mirrorPollMs,
      leaseMs: config.customers.mirrorLeaseMs,
    };
  });
  bind(COMPANY_CHANGES_OPTIONS).toDynamicValue((ctx) => {
    const config = ctx.get(CONFIG);
    const c = config.customers;
    // With webhooks on, CDC is the backstop (once a day by default); without them, it is how changes arrive.
    const webhooksOn = config.connect.webhookVerifierToken !== null;
    return { delayMs: c.webhookDelayMs, otherDelayMs: c.webhookOtherDelayMs, backstopMs: webhooksOn ? c.cdcBackstopMs : c.cdcIntervalMs, leaseMs: c.mirrorLeaseMs, concurrency: c.changesReadConcurrency };
  });
  bind(BACKGROUND_TASK).toService(CompanyListsTask);
});
