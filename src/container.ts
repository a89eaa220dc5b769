import 'reflect-metadata';
import { Container } from 'inversify';
import { Admin, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Config } from './config';
import { AdminServer, RequestGuard, RouteModule } from './http/admin-server';
import { DeadLetterPublisher } from './ingest/dead-letter-publisher';
import { EventStore } from './ingest/event-store';
import { IngestConsumer } from './ingest/ingest-consumer';
import { Logger } from './logger';
import { NodeQuickbooksClient } from './qbo/node-quickbooks-client';
import { OAuthTokenClient } from './qbo/oauth-token-client';
import { QboClient } from './qbo/qbo-client';
import { QboConnectionRepository } from './qbo/qbo-connection-repository';
import { RealmRateLimiter } from './qbo/realm-rate-limiter';
import { TokenCipher } from './qbo/token-cipher';
import { TokenManager } from './qbo/token-manager';
import { FlushInvoices } from './invoices/flush-invoices';
import { InvoiceBacklog } from './invoices/invoice-backlog';
import { InvoiceItemRef } from './invoices/invoice-item-ref';
import { InvoiceScheduler, systemSchedulerClock } from './invoices/invoice-scheduler';
import { invoiceStatusRoutes } from './invoices/invoice-status-routes';
import { InvoiceSyncRepository } from './invoices/invoice-sync-repository';
import { InvoiceWindowRepository } from './invoices/invoice-window-repository';
import { ReadTenantStatus } from './invoices/read-tenant-status';
import { resolveWindowCustomers } from './invoices/resolve-window-customers';
import { RunDueWindows } from './invoices/run-due-windows';
import { RunInvoiceWindow } from './invoices/run-invoice-window';
import { TenantWindowLock } from './invoices/tenant-window-lock';
import { TOKENS } from './tokens';
// --- customers (imports) ---
import type { ResolutionContext } from 'inversify';
import { ApplyQboMerge } from './customers/apply-qbo-merge';
import { CreateCustomerByHand } from './customers/create-customer-by-hand';
import { CreateQboCustomer } from './customers/create-qbo-customer';
import { CustomerDecisionLog } from './customers/customer-decision-log';
import { CustomerLinkage } from './customers/customer-linkage';
import { CustomerLinkRepository } from './customers/customer-link-repository';
import { CustomerMirrorRepository } from './customers/customer-mirror-repository';
import { CustomerMirrorTask } from './customers/customer-mirror-task';
import { CustomerResolutionTask } from './customers/customer-resolution-task';
import { customerRoutes } from './customers/customer-routes';
import { ExplainCustomer } from './customers/explain-customer';
import { LinkageCandidateSearch } from './customers/linkage-candidate-search';
import { LinkCustomerByHand } from './customers/link-customer-by-hand';
import { ListCustomersForReview } from './customers/list-customers-for-review';
import { ListDuplicates } from './customers/list-duplicates';
import { ProcessCustomerWebhooks } from './customers/process-customer-webhooks';
import { ResolveCustomer } from './customers/resolve-customer';
import { SyncCustomerMirror } from './customers/sync-customer-mirror';
// --- end customers (imports) ---
import type { BackgroundTask } from './worker';
import { CompleteConnect } from './connections/complete-connect';
import { DisconnectCompany } from './connections/disconnect-company';
import { OAuthStateRepository } from './connections/oauth-state-repository';
import { ReadTenantOverview } from './connections/read-tenant-overview';
import { StartConnect } from './connections/start-connect';
import { TenantRepository } from './connections/tenant-repository';
import { AdminAuthGuard } from './http/admin-auth-guard';
import { CollectTenantStatus } from './http/collect-tenant-status';
import { ConnectHttpDeps } from './http/connect-http-deps';
import { intuitWebhookRoutes } from './http/intuit-webhook-routes';
import { oauthCallbackRoutes } from './http/oauth-callback-routes';
import { openApiRoutes } from './http/openapi-routes';
import { tenantApiRoutes } from './http/tenant-api-routes';
import { TenantLinkSigner } from './http/tenant-link-signer';
import { tenantPageRoutes } from './http/tenant-page-routes';
import { WebhookNotificationQueue } from './http/webhook-notification-queue';
import { statusSources } from './http/status-sources';

/** What main.ts initialises before the container is built. */
export interface Infrastructure {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  kafka: Kafka;
  producer: Producer;
  admin: Admin;
}

/**
 * The composition root: the only place that binds concrete classes. Infrastructure is
 * bound as constants, already connected; tests build the same container and may rebind.
 */
export function buildContainer(infra: Infrastructure): Container {
  const c = new Container({ defaultScope: 'Singleton' });
  c.bind<Config>(TOKENS.Config).toConstantValue(infra.config);
  c.bind<Logger>(TOKENS.Logger).toConstantValue(infra.logger);
  c.bind<DataSource>(TOKENS.DataSource).toConstantValue(infra.dataSource);
  c.bind<Kafka>(TOKENS.Kafka).toConstantValue(infra.kafka);
  c.bind<Producer>(TOKENS.Producer).toConstantValue(infra.producer);
  c.bind<Admin>(TOKENS.KafkaAdmin).toConstantValue(infra.admin);

  c.bind<EventStore>(TOKENS.EventStore).toDynamicValue((ctx) => new EventStore(ctx.get<DataSource>(TOKENS.DataSource)));
  c.bind<DeadLetterPublisher>(TOKENS.DeadLetterPublisher).toDynamicValue(
    (ctx) => new DeadLetterPublisher(ctx.get<Producer>(TOKENS.Producer), ctx.get<Config>(TOKENS.Config).kafka.topics.deadLetter),
  );
  c.bind<IngestConsumer>(TOKENS.IngestConsumer).toDynamicValue((ctx) => {
    const config = ctx.get<Config>(TOKENS.Config);
    return new IngestConsumer(
      ctx.get<Kafka>(TOKENS.Kafka),
      ctx.get<EventStore>(TOKENS.EventStore),
      ctx.get<DeadLetterPublisher>(TOKENS.DeadLetterPublisher),
      {
        groupId: config.kafka.groupId,
        topics: [config.kafka.topics.customers, config.kafka.topics.invoices],
        fromBeginning: config.kafka.fromBeginning,
        sessionTimeoutMs: config.kafka.sessionTimeoutMs,
        partitionsConsumedConcurrently: config.kafka.partitionsConsumedConcurrently,
        maxBytesPerPartition: config.kafka.maxBytesPerPartition,
        chunkSize: config.kafka.chunkSize,
      },
      ctx.get<Logger>(TOKENS.Logger).child({ component: 'ingest' }),
    );
  });
  // --- qbo adapter ---
  // The cipher is built when first needed: a worker without QBO_TOKEN_ENCRYPTION_KEY still
  // ingests, and anything that needs tokens fails with a message naming the variable.
  c.bind<TokenCipher>(TOKENS.TokenCipher).toDynamicValue((ctx) => new TokenCipher(ctx.get<Config>(TOKENS.Config).qbo.tokenEncryptionKey));
  c.bind<QboConnectionRepository>(TOKENS.QboConnectionRepository).toDynamicValue(
    (ctx) => new QboConnectionRepository(ctx.get<DataSource>(TOKENS.DataSource), ctx.get<TokenCipher>(TOKENS.TokenCipher)),
  );
  c.bind<OAuthTokenClient>(TOKENS.OAuthTokenClient).toDynamicValue((ctx) => {
    const q = ctx.get<Config>(TOKENS.Config).qbo;
    return new OAuthTokenClient({
      clientId: q.clientId,
      clientSecret: q.clientSecret,
      redirectUri: q.redirectUri,
      environment: q.environment,
      authorizeUrl: q.authorizeUrl,
      tokenUrl: q.tokenUrl,
      revokeUrl: q.revokeUrl,
      timeoutMs: q.requestTimeoutMs,
    });
  });
  c.bind<TokenManager>(TOKENS.TokenManager).toDynamicValue((ctx) => {
    const q = ctx.get<Config>(TOKENS.Config).qbo;
    return new TokenManager(
      ctx.get<QboConnectionRepository>(TOKENS.QboConnectionRepository),
      ctx.get<OAuthTokenClient>(TOKENS.OAuthTokenClient),
      { refreshMarginMs: q.tokenRefreshMarginMs, lockTimeoutMs: q.tokenLockTimeoutMs },
      ctx.get<Logger>(TOKENS.Logger).child({ component: 'qbo-tokens' }),
    );
  });
  c.bind<RealmRateLimiter>(TOKENS.RealmRateLimiter).toDynamicValue((ctx) => new RealmRateLimiter(ctx.get<Config>(TOKENS.Config).qbo.limits));
  c.bind<QboClient>(TOKENS.QboClient).toDynamicValue((ctx) => {
    const q = ctx.get<Config>(TOKENS.Config).qbo;
    return new NodeQuickbooksClient(
      ctx.get<TokenManager>(TOKENS.TokenManager),
      ctx.get<RealmRateLimiter>(TOKENS.RealmRateLimiter),
      {
        clientId: q.clientId,
        clientSecret: q.clientSecret,
        apiBaseUrl: q.apiBaseUrl,
        minorVersion: q.minorVersion,
        requestTimeoutMs: q.requestTimeoutMs,
        maxRetries: q.maxRetries,
        retryBaseDelayMs: q.retryBaseDelayMs,
        retryMaxDelayMs: q.retryMaxDelayMs,
        throttlePauseMs: q.throttlePauseMs,
      },
      ctx.get<Logger>(TOKENS.Logger).child({ component: 'qbo' }),
    );
  });
  // --- end qbo adapter ---

  // --- invoices (batch windows, status, scheduler: src/invoices) ---
  c.bind<TenantWindowLock>(TOKENS.TenantWindowLock).toDynamicValue(
    (ctx) => new TenantWindowLock(ctx.get<Config>(TOKENS.Config).databaseUrl, ctx.get<Logger>(TOKENS.Logger).child({ component: 'invoices' })),
  );
  c.bind<RunInvoiceWindow>(TOKENS.RunInvoiceWindow).toDynamicValue((ctx) => {
    const ds = ctx.get<DataSource>(TOKENS.DataSource);
    const inv = ctx.get<Config>(TOKENS.Config).invoices;
    const logger = ctx.get<Logger>(TOKENS.Logger).child({ component: 'invoices' });
    const qbo = ctx.get<QboClient>(TOKENS.QboClient);
    const flush = new FlushInvoices(
      qbo,
      new InvoiceSyncRepository(ds),
      new InvoiceItemRef(ds, qbo),
      ctx.get<TokenManager>(TOKENS.TokenManager),
      {
        batchSize: inv.batchSize,
        batchesInFlight: inv.batchesInFlight,
        retryAttempts: inv.retryAttempts,
        retryBaseDelayMs: inv.retryBaseDelayMs,
        requestIdTrustMs: inv.requestIdTrustMs,
      },
      logger,
      // The window's "resolve customers still pending" step, through the customers part when it is bound.
      c.isBound(TOKENS.ResolveCustomer)
        ? resolveWindowCustomers(ds, ctx.get<CustomerLinkRepository>(TOKENS.CustomerLinkRepository), ctx.get<ResolveCustomer>(TOKENS.ResolveCustomer), logger)
        : null,
    );
    return new RunInvoiceWindow(ds, ctx.get<TenantWindowLock>(TOKENS.TenantWindowLock), new InvoiceWindowRepository(ds), flush, new InvoiceBacklog(ds), logger);
  });
  c.bind<RunDueWindows>(TOKENS.RunDueWindows).toDynamicValue(
    (ctx) =>
      new RunDueWindows(
        ctx.get<DataSource>(TOKENS.DataSource),
        ctx.get<RunInvoiceWindow>(TOKENS.RunInvoiceWindow),
        ctx.get<Config>(TOKENS.Config).invoices.windowConcurrency,
        ctx.get<Logger>(TOKENS.Logger).child({ component: 'invoice-scheduler' }),
      ),
  );
  c.bind<ReadTenantStatus>(TOKENS.ReadTenantStatus).toDynamicValue((ctx) => {
    const ds = ctx.get<DataSource>(TOKENS.DataSource);
    // The customers section (held for review, possible duplicates) comes from the customers part when it is bound.
    const customers =
      c.isBound(TOKENS.ListCustomersForReview) && c.isBound(TOKENS.ListDuplicates)
        ? async (tenantId: string) => {
            const [review, duplicates] = await Promise.all([
              ctx.get<ListCustomersForReview>(TOKENS.ListCustomersForReview).run(tenantId),
              ctx.get<ListDuplicates>(TOKENS.ListDuplicates).run(tenantId),
            ]);
            return {
              heldForReview: review.customers.map((x) => ({ customerId: x.customerId, displayName: x.displayName, reason: x.reason, waitingInvoices: x.waitingInvoices, since: x.since })),
              notices: review.notices,
              possibleDuplicates: duplicates.pairs.map((p) => ({ phaseOut: p.phaseOut, keeper: p.keeper, evidence: p.evidence, mergeSteps: p.mergeSteps })),
            };
          }
        : null;
    return new ReadTenantStatus(ds, new InvoiceBacklog(ds), new InvoiceWindowRepository(ds), customers);
  });
  c.bind<InvoiceScheduler>(TOKENS.InvoiceScheduler).toDynamicValue((ctx) => {
    const inv = ctx.get<Config>(TOKENS.Config).invoices;
    return new InvoiceScheduler(
      ctx.get<RunDueWindows>(TOKENS.RunDueWindows),
      inv.tickMs,
      systemSchedulerClock(inv.clockOffsetMs),
      ctx.get<Logger>(TOKENS.Logger).child({ component: 'invoice-scheduler' }),
      () => ctx.get<TenantWindowLock>(TOKENS.TenantWindowLock).close(),
    );
  });
  c.bind<RouteModule>(TOKENS.RouteModule).toDynamicValue((ctx) => invoiceStatusRoutes(ctx.get<ReadTenantStatus>(TOKENS.ReadTenantStatus)));
  // The scheduler needs tokens: without QBO_TOKEN_ENCRYPTION_KEY the worker only ingests.
  if (infra.config.invoices.schedulerEnabled && infra.config.qbo.tokenEncryptionKey !== null) {
    c.bind<BackgroundTask>(TOKENS.BackgroundTask).toDynamicValue((ctx) => ctx.get<InvoiceScheduler>(TOKENS.InvoiceScheduler));
  }
  // --- end invoices ---

  // --- connect (settings page, admin API, OAuth connect, webhooks: src/connections, src/http) ---
  c.bind<TenantRepository>(TOKENS.TenantRepository).toDynamicValue((ctx) => new TenantRepository(ctx.get<DataSource>(TOKENS.DataSource)));
  c.bind<TenantLinkSigner>(TOKENS.TenantLinkSigner).toDynamicValue((ctx) => new TenantLinkSigner(ctx.get<Config>(TOKENS.Config).connect.tenantLinkSecret));
  c.bind<StartConnect>(TOKENS.StartConnect).toDynamicValue(
    (ctx) =>
      new StartConnect(
        ctx.get<TenantRepository>(TOKENS.TenantRepository),
        new OAuthStateRepository(ctx.get<DataSource>(TOKENS.DataSource)),
        ctx.get<OAuthTokenClient>(TOKENS.OAuthTokenClient),
        ctx.get<Config>(TOKENS.Config).connect.stateTtlSeconds,
      ),
  );
  c.bind<CompleteConnect>(TOKENS.CompleteConnect).toDynamicValue(
    (ctx) =>
      new CompleteConnect(
        new OAuthStateRepository(ctx.get<DataSource>(TOKENS.DataSource)),
        ctx.get<OAuthTokenClient>(TOKENS.OAuthTokenClient),
        ctx.get<QboConnectionRepository>(TOKENS.QboConnectionRepository),
        ctx.get<TokenManager>(TOKENS.TokenManager),
        ctx.get<QboClient>(TOKENS.QboClient),
        ctx.get<DataSource>(TOKENS.DataSource),
        ctx.get<Config>(TOKENS.Config).qbo.redirectUri,
        ctx.get<Logger>(TOKENS.Logger).child({ component: 'connect' }),
      ),
  );
  c.bind<DisconnectCompany>(TOKENS.DisconnectCompany).toDynamicValue(
    (ctx) =>
      new DisconnectCompany(
        ctx.get<QboConnectionRepository>(TOKENS.QboConnectionRepository),
        ctx.get<OAuthTokenClient>(TOKENS.OAuthTokenClient),
        ctx.get<TokenManager>(TOKENS.TokenManager),
        ctx.get<Config>(TOKENS.Config).qbo.tokenLockTimeoutMs,
        ctx.get<Logger>(TOKENS.Logger).child({ component: 'connect' }),
      ),
  );
  c.bind<CollectTenantStatus>(TOKENS.CollectTenantStatus).toDynamicValue((ctx) => {
    const ds = ctx.get<DataSource>(TOKENS.DataSource);
    const sources = statusSources({
      invoices: c.isBound(TOKENS.ReadTenantStatus) ? ctx.get<ReadTenantStatus>(TOKENS.ReadTenantStatus) : undefined,
      review: c.isBound(TOKENS.ListCustomersForReview) ? ctx.get<ListCustomersForReview>(TOKENS.ListCustomersForReview) : undefined,
      duplicates: c.isBound(TOKENS.ListDuplicates) ? ctx.get<ListDuplicates>(TOKENS.ListDuplicates) : undefined,
    });
    return new CollectTenantStatus(new ReadTenantOverview(ctx.get<TenantRepository>(TOKENS.TenantRepository), ds), ds, sources);
  });
  c.bind<ConnectHttpDeps>(TOKENS.ConnectHttpDeps).toDynamicValue((ctx) => {
    const config = ctx.get<Config>(TOKENS.Config);
    const ds = ctx.get<DataSource>(TOKENS.DataSource);
    return {
      tenants: () => c.get<TenantRepository>(TOKENS.TenantRepository),
      states: () => new OAuthStateRepository(ds),
      startConnect: () => c.get<StartConnect>(TOKENS.StartConnect),
      completeConnect: () => c.get<CompleteConnect>(TOKENS.CompleteConnect),
      disconnect: () => c.get<DisconnectCompany>(TOKENS.DisconnectCompany),
      overview: () => new ReadTenantOverview(c.get<TenantRepository>(TOKENS.TenantRepository), ds),
      status: () => c.get<CollectTenantStatus>(TOKENS.CollectTenantStatus),
      signer: ctx.get<TenantLinkSigner>(TOKENS.TenantLinkSigner),
      connect: config.connect,
      authorizeUrl: config.qbo.authorizeUrl,
      redirectUri: config.qbo.redirectUri,
      logger: ctx.get<Logger>(TOKENS.Logger).child({ component: 'connect-http' }),
    };
  });
  c.bind<RequestGuard>(TOKENS.RequestGuard).toDynamicValue(
    (ctx) => new AdminAuthGuard(ctx.get<Config>(TOKENS.Config).connect.adminApiToken, ctx.get<TenantLinkSigner>(TOKENS.TenantLinkSigner)).hook,
  );
  c.bind<RouteModule>(TOKENS.RouteModule).toDynamicValue((ctx) => tenantApiRoutes(ctx.get<ConnectHttpDeps>(TOKENS.ConnectHttpDeps)));
  c.bind<RouteModule>(TOKENS.RouteModule).toDynamicValue((ctx) => tenantPageRoutes(ctx.get<ConnectHttpDeps>(TOKENS.ConnectHttpDeps)));
  c.bind<RouteModule>(TOKENS.RouteModule).toDynamicValue((ctx) => oauthCallbackRoutes(ctx.get<ConnectHttpDeps>(TOKENS.ConnectHttpDeps)));
  c.bind<RouteModule>(TOKENS.RouteModule).toDynamicValue(() => openApiRoutes());
  c.bind<RouteModule>(TOKENS.RouteModule).toDynamicValue((ctx) => {
    const ds = ctx.get<DataSource>(TOKENS.DataSource);
    const queue = new WebhookNotificationQueue(ds);
    return intuitWebhookRoutes(ctx.get<Config>(TOKENS.Config).connect.webhookVerifierToken, () => queue, ctx.get<Logger>(TOKENS.Logger).child({ component: 'webhooks' }));
  });
  // --- end connect ---

  // --- customers (mirror, resolution, duplicates, review: src/customers) ---
  {
    const ds = (ctx: ResolutionContext) => ctx.get<DataSource>(TOKENS.DataSource);
    const log = (ctx: ResolutionContext, component: string) => ctx.get<Logger>(TOKENS.Logger).child({ component });
    const qbo = (ctx: ResolutionContext) => ctx.get<QboClient>(TOKENS.QboClient);
    c.bind<CustomerMirrorRepository>(TOKENS.CustomerMirrorRepository).toDynamicValue((ctx) => new CustomerMirrorRepository(ds(ctx)));
    c.bind<CustomerLinkRepository>(TOKENS.CustomerLinkRepository).toDynamicValue((ctx) => new CustomerLinkRepository(ds(ctx)));
    c.bind<CustomerDecisionLog>(TOKENS.CustomerDecisionLog).toDynamicValue((ctx) => new CustomerDecisionLog(ds(ctx)));
    const mirror = (ctx: ResolutionContext) => ctx.get<CustomerMirrorRepository>(TOKENS.CustomerMirrorRepository);
    const links = (ctx: ResolutionContext) => ctx.get<CustomerLinkRepository>(TOKENS.CustomerLinkRepository);
    const decisions = (ctx: ResolutionContext) => ctx.get<CustomerDecisionLog>(TOKENS.CustomerDecisionLog);
    // One per container: it caches each tenant's mirror size and labelled m estimates for a minute.
    c.bind<CustomerLinkage>(TOKENS.CustomerLinkage)
      .toDynamicValue((ctx) => new CustomerLinkage(ds(ctx), new LinkageCandidateSearch(ds(ctx), mirror(ctx))))
      .inSingletonScope();
    const linkage = (ctx: ResolutionContext) => ctx.get<CustomerLinkage>(TOKENS.CustomerLinkage);
    c.bind<CreateQboCustomer>(TOKENS.CreateQboCustomer).toDynamicValue((ctx) => new CreateQboCustomer(ds(ctx), qbo(ctx), mirror(ctx), log(ctx, 'customers'), linkage(ctx)));
    const create = (ctx: ResolutionContext) => ctx.get<CreateQboCustomer>(TOKENS.CreateQboCustomer);
    c.bind<ResolveCustomer>(TOKENS.ResolveCustomer).toDynamicValue(
      (ctx) => new ResolveCustomer(ds(ctx), links(ctx), mirror(ctx), decisions(ctx), create(ctx), log(ctx, 'customers'), linkage(ctx)),
    );
    c.bind<ApplyQboMerge>(TOKENS.ApplyQboMerge).toDynamicValue((ctx) => new ApplyQboMerge(ds(ctx), mirror(ctx), links(ctx), decisions(ctx)));
    c.bind<SyncCustomerMirror>(TOKENS.SyncCustomerMirror).toDynamicValue(
      (ctx) => new SyncCustomerMirror(ds(ctx), qbo(ctx), mirror(ctx), ctx.get<ApplyQboMerge>(TOKENS.ApplyQboMerge), log(ctx, 'customer-mirror')),
    );
    c.bind<ProcessCustomerWebhooks>(TOKENS.ProcessCustomerWebhooks).toDynamicValue(
      (ctx) => new ProcessCustomerWebhooks(ds(ctx), ctx.get<SyncCustomerMirror>(TOKENS.SyncCustomerMirror), log(ctx, 'customer-mirror')),
    );
    c.bind<ListDuplicates>(TOKENS.ListDuplicates).toDynamicValue((ctx) => new ListDuplicates(ds(ctx), mirror(ctx), linkage(ctx)));
    c.bind<ListCustomersForReview>(TOKENS.ListCustomersForReview).toDynamicValue((ctx) => new ListCustomersForReview(ds(ctx), decisions(ctx)));
    c.bind<LinkCustomerByHand>(TOKENS.LinkCustomerByHand).toDynamicValue((ctx) => new LinkCustomerByHand(ds(ctx), qbo(ctx), links(ctx), mirror(ctx), decisions(ctx), linkage(ctx)));
    c.bind<CreateCustomerByHand>(TOKENS.CreateCustomerByHand).toDynamicValue((ctx) => new CreateCustomerByHand(ds(ctx), links(ctx), decisions(ctx), create(ctx), linkage(ctx)));
    c.bind<ExplainCustomer>(TOKENS.ExplainCustomer).toDynamicValue((ctx) => new ExplainCustomer(links(ctx), decisions(ctx)));
    c.bind<RouteModule>(TOKENS.RouteModule).toDynamicValue((ctx) =>
      customerRoutes({
        duplicates: ctx.get<ListDuplicates>(TOKENS.ListDuplicates),
        review: ctx.get<ListCustomersForReview>(TOKENS.ListCustomersForReview),
        explain: ctx.get<ExplainCustomer>(TOKENS.ExplainCustomer),
        link: ctx.get<LinkCustomerByHand>(TOKENS.LinkCustomerByHand),
        create: ctx.get<CreateCustomerByHand>(TOKENS.CreateCustomerByHand),
      }),
    );
    // Both tasks talk to QBO: without QBO_TOKEN_ENCRYPTION_KEY the worker only ingests.
    if (infra.config.qbo.tokenEncryptionKey !== null) {
      const cc = infra.config.customers;
      c.bind<BackgroundTask>(TOKENS.BackgroundTask).toDynamicValue(
        (ctx) =>
          new CustomerMirrorTask(
            ds(ctx),
            ctx.get<SyncCustomerMirror>(TOKENS.SyncCustomerMirror),
            ctx.get<ProcessCustomerWebhooks>(TOKENS.ProcessCustomerWebhooks),
            { databaseUrl: infra.config.databaseUrl, pollIntervalMs: cc.mirrorPollMs, cdcIntervalMs: cc.cdcIntervalMs, leaseMs: cc.mirrorLeaseMs },
            log(ctx, 'customer-mirror'),
          ),
      );
      c.bind<BackgroundTask>(TOKENS.BackgroundTask).toDynamicValue(
        (ctx) =>
          new CustomerResolutionTask(
            links(ctx),
            ctx.get<ResolveCustomer>(TOKENS.ResolveCustomer),
            decisions(ctx),
            {
              databaseUrl: infra.config.databaseUrl,
              pollIntervalMs: cc.resolutionPollMs,
              leaseMs: cc.resolutionLeaseMs,
              concurrency: cc.resolutionConcurrency,
              retryDelayMs: cc.resolutionRetryMs,
            },
            log(ctx, 'customer-resolution'),
          ),
      );
    }
  }
  // --- end customers ---

  c.bind<AdminServer>(TOKENS.AdminServer).toDynamicValue((ctx) => {
    const ds = ctx.get<DataSource>(TOKENS.DataSource);
    const admin = ctx.get<Admin>(TOKENS.KafkaAdmin);
    const consumer = ctx.get<IngestConsumer>(TOKENS.IngestConsumer);
    return new AdminServer(
      [
        { name: 'postgres', check: async () => void (await ds.query('SELECT 1')) },
        { name: 'kafka', check: async () => void (await admin.describeCluster()) },
        {
          name: 'consumer',
          check: async () => {
            if (!consumer.isJoined()) throw new Error('the consumer has not joined its group');
          },
        },
      ],
      ctx.get<Logger>(TOKENS.Logger).child({ component: 'http' }),
      c.isBound(TOKENS.RouteModule) ? ctx.getAll<RouteModule>(TOKENS.RouteModule) : [],
      c.isBound(TOKENS.RequestGuard) ? ctx.getAll<RequestGuard>(TOKENS.RequestGuard) : [],
    );
  });
  return c;
}

/**
 * The same container for processes that work on Postgres and QBO but never consume (the CLI,
 * benchmarks): the Kafka clients exist, unconnected.
 */
export function buildOfflineContainer(infra: Omit<Infrastructure, 'kafka' | 'producer' | 'admin'>, clientId: string): Container {
  const kafka = new Kafka({ clientId, brokers: infra.config.kafka.brokers, logLevel: logLevel.NOTHING });
  return buildContainer({
    ...infra,
    kafka,
    producer: kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner }),
    admin: kafka.admin(),
  });
}
