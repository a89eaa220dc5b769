import { injectable, ServiceIdentifier } from 'inversify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Figures read at scrape time (consumer lag, backlogs, tenants needing a reconnect): each sets
 * its gauges of `Metrics` when the metrics port is scraped, within a bounded time.
 */
export interface ScrapeCollector {
  name: string;
  collect(): Promise<void>;
}

/** Multi-bound by the parts that own the figures. */
export const SCRAPE_COLLECTOR: ServiceIdentifier<ScrapeCollector> = Symbol.for('ScrapeCollector');

/** Per-tenant series only for the top tenants, so cardinality stays bounded whatever the tenant count. */
export const TOP_TENANTS = 10;

/**
 * Every Prometheus series of the worker, on one registry of its own (one per container, so tests
 * that build several workers in one process never collide). Names are `qbo_sync_*`; labels take
 * bounded values only (topics, partitions, reasons, states, QuickBooks operations and codes),
 * never tenant ids except the top-N gauges. Parts record through the fields below; the ones read
 * at scrape time are set by the SCRAPE_COLLECTORs. Served on METRICS_PORT by MetricsServer.
 */
@injectable()
export class Metrics {
  readonly registry = new Registry();

  // Ingest
  readonly eventsRecorded = new Counter({
    name: 'qbo_sync_events_recorded_total',
    help: 'Events written to Postgres by ingest: accepted (new eventId) or duplicate (already in the inbox)',
    labelNames: ['topic', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly deadLettered = new Counter({
    name: 'qbo_sync_events_dead_lettered_total',
    help: 'Events sent to the dead-letter topic, by reason (x-error-code)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly ingestBatchSeconds = new Histogram({
    name: 'qbo_sync_ingest_batch_duration_seconds',
    help: 'Time to validate, dead-letter and record one chunk of a fetched batch, until its offsets are resolved',
    labelNames: ['topic'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly consumerLag = new Gauge({
    name: 'qbo_sync_consumer_lag',
    help: "Messages behind: the topic partition's log-end offset minus the group's committed offset (read at scrape)",
    labelNames: ['topic', 'partition'] as const,
    registers: [this.registry],
  });
  readonly consumerLagScrapeErrors = new Counter({
    name: 'qbo_sync_consumer_lag_scrape_errors_total',
    help: 'Scrapes where the consumer lag could not be read from Kafka in time',
    registers: [this.registry],
  });
  readonly deadLettersOpen = new Gauge({
    name: 'qbo_sync_dead_letters_open',
    help: 'Dead letters recorded and not yet redriven, by reason (all replicas; read at scrape)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  // Invoices
  readonly invoices = new Gauge({
    name: 'qbo_sync_invoices',
    help: 'Invoices by sync state over all tenants: pending (not yet in QuickBooks at their latest version), failed, parked (before the sync start date) (read at scrape)',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  readonly tenantInvoicesPending = new Gauge({
    name: 'qbo_sync_tenant_invoices_pending',
    help: `Pending invoices of the ${TOP_TENANTS} tenants with the most (read at scrape)`,
    labelNames: ['tenant'] as const,
    registers: [this.registry],
  });
  readonly windowSeconds = new Histogram({
    name: 'qbo_sync_window_duration_seconds',
    help: 'Invoice windows that ran, by trigger and final status',
    labelNames: ['trigger', 'status'] as const,
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 1800, 3600, 7200],
    registers: [this.registry],
  });
  readonly windows = new Counter({
    name: 'qbo_sync_windows_total',
    help: "Window runs by trigger and outcome: finished, incomplete, skipped (ran), busy, already-ran, nothing-to-resume",
    labelNames: ['trigger', 'outcome'] as const,
    registers: [this.registry],
  });

  // QuickBooks
  readonly qboCalls = new Counter({
    name: 'qbo_sync_qbo_calls_total',
    help: 'HTTP calls made to QuickBooks (each attempt), by operation, outcome (ok or the error kind) and code',
    labelNames: ['operation', 'outcome', 'code'] as const,
    registers: [this.registry],
  });
  readonly qboThrottled = new Counter({
    name: 'qbo_sync_qbo_throttled_total',
    help: 'QuickBooks answers 429 (throttled): the company pauses for every replica',
    registers: [this.registry],
  });
  readonly webhookNotifications = new Counter({
    name: 'qbo_sync_webhook_notifications_total',
    help: "Intuit webhook entity changes queued, by outcome: queued (one per tenant connected to the company), no_tenant (a company no tenant holds: kept, never read)",
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly tokenRefreshes = new Counter({
    name: 'qbo_sync_token_refreshes_total',
    help: 'OAuth token refreshes sent to Intuit, by outcome (ok, reconnect: the tenant must reconnect, error: retried later)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly tenantsByConnection = new Gauge({
    name: 'qbo_sync_tenants',
    help: 'Tenants by QuickBooks connection status (connected, needs_reconnect, disconnected, none) (read at scrape)',
    labelNames: ['connection'] as const,
    registers: [this.registry],
  });
  /*
   * CorePlus (metered) reads and the monthly budget are the `economy` work's (issue 13): its
   * counters register here, e.g. qbo_sync_qbo_calls_total gains a `class` label (core|coreplus)
   * and a gauge qbo_sync_coreplus_budget_used_ratio (the PrometheusRule's QboSyncCorePlusBudget
   * alert reads it).
   */

  // Outbox (sync events back to upstream)
  readonly outboxUnpublished = new Gauge({
    name: 'qbo_sync_outbox_unpublished',
    help: 'Sync events committed and not yet acknowledged by Kafka (read at scrape)',
    registers: [this.registry],
  });
  readonly outboxLagSeconds = new Gauge({
    name: 'qbo_sync_outbox_lag_seconds',
    help: 'Age of the oldest sync event not yet published, 0 when none waits (read at scrape)',
    registers: [this.registry],
  });

  // Customers
  readonly matching = new Counter({
    name: 'qbo_sync_customer_resolutions_total',
    help: 'Customer resolutions by outcome (linked, created, review, waiting, unchanged) and method',
    labelNames: ['outcome', 'method'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Node's own process metrics under their usual names (process_*, nodejs_*), as dashboards expect them.
    collectDefaultMetrics({ register: this.registry });
  }
}
