import { ContainerModule } from 'inversify';
import { CompleteConnect } from '../connections/complete-connect';
import { DisconnectCompany } from '../connections/disconnect-company';
import { OAuthStateRepository } from '../connections/oauth-state-repository';
import { ReadTenantOverview } from '../connections/read-tenant-overview';
import { BindConnectBrowser } from '../connections/bind-connect-browser';
import { StartConnect } from '../connections/start-connect';
import { TenantRepository } from '../connections/tenant-repository';
import { TenantLinkGenerations } from '../connections/tenant-link-generations';
import { tenantLinkRoutes } from './tenant-link-routes';
import { LoadTenantPageExtras } from './tenant-page-extras';
import { CreateCustomerByHand } from '../customers/create-customer-by-hand';
import { ExplainCustomer } from '../customers/explain-customer';
import { LinkCustomerByHand } from '../customers/link-customer-by-hand';
import { ListCustomersForReview } from '../customers/list-customers-for-review';
import { ListDuplicates } from '../customers/list-duplicates';
import { IngestConsumer } from '../ingest/ingest-consumer';
import { ReadTenantStatus } from '../invoices/read-tenant-status';
import { ReadOutboxLag } from '../outbox/read-outbox-lag';
import { CONFIG, DATA_SOURCE, KAFKA_ADMIN, LOGGER } from '../tokens';
import { ADMIN_API_TOKEN, AdminAuthGuard } from './admin-auth-guard';
import { AdminServer, LIVENESS_CHECK, READINESS_CHECK, REQUEST_GUARD, ROUTE_MODULE } from './admin-server';
import { CollectTenantStatus, STATUS_SOURCES } from './collect-tenant-status';
import { CONNECT_HTTP_DEPS, ConnectHttpDeps } from './connect-http-deps';
import { customerRoutes } from './customer-routes';
import { intuitWebhookRoutes } from './intuit-webhook-routes';
import { invoiceStatusRoutes } from './invoice-status-routes';
import { companySetupRoutes } from './company-setup-routes';
import { CheckSettingsNames } from '../invoices/check-settings-names';
import { MapItemCode } from '../invoices/map-item-code';
import { ReadCompanySetup } from '../invoices/read-company-setup';
import { ReadQuickBooksSection } from '../invoices/read-quickbooks-section';
import { windowRoutes } from './window-routes';
import { ListTenantHealth } from '../invoices/list-tenant-health';
import { ListTenantWindows } from '../invoices/list-tenant-windows';
import { RunInvoiceWindow } from '../invoices/run-invoice-window';
import { CountDeadLetters } from '../ingest/dead-letter-counts';
import { oauthCallbackRoutes } from './oauth-callback-routes';
import { openApiRoutes } from './openapi-routes';
import { statusSources } from './status-sources';
import { syncEventRoutes } from './sync-event-routes';
import { tenantApiRoutes } from './tenant-api-routes';
import { TENANT_LINK_SECRET, TenantLinkSigner } from './tenant-link-signer';
import { tenantPageRoutes } from './tenant-page-routes';
import { TENANT_ACTION_DEPS, TenantActionDeps } from './tenant-action-deps';
import { tenantActionRoutes } from './tenant-action-routes';
import { invoiceRetryRoutes } from './invoice-retry-routes';
import { ReadReviewQueue } from '../customers/read-review-queue';
import { FindInvoice } from '../invoices/find-invoice';
import { ListFailedInvoices } from '../invoices/list-failed-invoices';
import { RetryFailedInvoice } from '../invoices/retry-failed-invoice';
import { WebhookNotificationQueue } from './webhook-notification-queue';

/**
 * HTTP: health and readiness, the admin API, the tenant page, the OAuth callback, Intuit's
 * webhooks. It depends on the parts; no part depends on it. Routes are functions of the part
 * use cases they serve, registered here as multi-bound ROUTE_MODULEs.
 */
export const httpModule = new ContainerModule(({ bind }) => {
  bind(AdminServer).toSelf();
  bind(AdminAuthGuard).toSelf();
  bind(LoadTenantPageExtras).toSelf();
  bind(TenantLinkSigner).toSelf();
  bind(CollectTenantStatus).toSelf();
  bind(WebhookNotificationQueue).toSelf();
  bind(ADMIN_API_TOKEN).toDynamicValue((ctx) => ctx.get(CONFIG).connect.adminApiToken);
  bind(TENANT_LINK_SECRET).toDynamicValue((ctx) => ctx.get(CONFIG).connect.tenantLinkSecret);

  bind(READINESS_CHECK).toDynamicValue((ctx) => {
    const db = ctx.get(DATA_SOURCE);
    return { name: 'postgres', check: async () => void (await db.query('SELECT 1')) };
  });
  bind(READINESS_CHECK).toDynamicValue((ctx) => {
    const admin = ctx.get(KAFKA_ADMIN);
    return { name: 'kafka', check: async () => void (await admin.describeCluster()) };
  });
  bind(READINESS_CHECK).toDynamicValue((ctx) => {
    const consumer = ctx.get(IngestConsumer);
    return {
      name: 'consumer',
      check: async () => {
        if (!consumer.isJoined()) throw new Error('the consumer has not joined its group');
      },
    };
  });
  bind(LIVENESS_CHECK).toDynamicValue((ctx) => {
    const consumer = ctx.get(IngestConsumer);
    return { name: 'consumer', failure: () => consumer.deathCause() };
  });
  bind(REQUEST_GUARD).toDynamicValue((ctx) => ctx.get(AdminAuthGuard).hook);

  bind(STATUS_SOURCES).toDynamicValue((ctx) =>
    statusSources({
      invoices: ctx.get(ReadTenantStatus),
      review: ctx.get(ListCustomersForReview),
      duplicates: ctx.get(ListDuplicates),
      company: { setup: ctx.get(ReadCompanySetup), quickbooks: ctx.get(ReadQuickBooksSection) },
    }),
  );
  bind<ConnectHttpDeps>(CONNECT_HTTP_DEPS).toDynamicValue((ctx) => {
    const config = ctx.get(CONFIG);
    return {
      tenants: ctx.get(TenantRepository),
      states: ctx.get(OAuthStateRepository),
      startConnect: ctx.get(StartConnect),
      bindConnectBrowser: ctx.get(BindConnectBrowser),
      completeConnect: ctx.get(CompleteConnect),
      disconnect: ctx.get(DisconnectCompany),
      overview: ctx.get(ReadTenantOverview),
      status: ctx.get(CollectTenantStatus),
      signer: ctx.get(TenantLinkSigner),
      linkGenerations: ctx.get(TenantLinkGenerations),
      pageExtras: ctx.get(LoadTenantPageExtras),
      settingsNames: ctx.get(CheckSettingsNames),
      connect: config.connect,
      authorizeUrl: config.qbo.authorizeUrl,
      redirectUri: config.qbo.redirectUri,
      logger: ctx.get(LOGGER).child({ component: 'connect-http' }),
      actions: ctx.get(TENANT_ACTION_DEPS),
    };
  });
  bind<TenantActionDeps>(TENANT_ACTION_DEPS).toDynamicValue((ctx) => ({
    reviewQueue: ctx.get(ReadReviewQueue),
    link: ctx.get(LinkCustomerByHand),
    create: ctx.get(CreateCustomerByHand),
    failures: ctx.get(ListFailedInvoices),
    retry: ctx.get(RetryFailedInvoice),
    find: ctx.get(FindInvoice),
    runWindow: ctx.get(RunInvoiceWindow),
    windows: ctx.get(ListTenantWindows),
    sendNowWaitMs: 20_000,
    qboEnvironment: ctx.get(CONFIG).qbo.environment,
    logger: ctx.get(LOGGER).child({ component: 'tenant-actions' }),
  }));

  bind(ROUTE_MODULE).toDynamicValue((ctx) => tenantApiRoutes(ctx.get(CONNECT_HTTP_DEPS), ctx.get(ListTenantHealth)));
  bind(ROUTE_MODULE).toDynamicValue((ctx) => tenantLinkRoutes(ctx.get(TenantLinkGenerations)));
  bind(ROUTE_MODULE).toDynamicValue((ctx) =>
    windowRoutes({
      tenants: ctx.get(TenantRepository),
      runWindow: ctx.get(RunInvoiceWindow),
      history: ctx.get(ListTenantWindows),
      logger: ctx.get(LOGGER).child({ component: 'window-api' }),
    }),
  );
  bind(ROUTE_MODULE).toDynamicValue((ctx) => tenantPageRoutes(ctx.get(CONNECT_HTTP_DEPS)));
  bind(ROUTE_MODULE).toDynamicValue((ctx) => tenantActionRoutes(ctx.get(CONNECT_HTTP_DEPS), ctx.get(TENANT_ACTION_DEPS)));
  bind(ROUTE_MODULE).toDynamicValue((ctx) => invoiceRetryRoutes(ctx.get(RetryFailedInvoice)));
  bind(ROUTE_MODULE).toDynamicValue((ctx) => oauthCallbackRoutes(ctx.get(CONNECT_HTTP_DEPS)));
  bind(ROUTE_MODULE).toConstantValue(openApiRoutes());
  bind(ROUTE_MODULE).toDynamicValue((ctx) => invoiceStatusRoutes(ctx.get(ReadTenantStatus), ctx.get(CountDeadLetters)));
  bind(ROUTE_MODULE).toDynamicValue((ctx) => syncEventRoutes(ctx.get(ReadOutboxLag)));
  bind(ROUTE_MODULE).toDynamicValue((ctx) => companySetupRoutes(ctx.get(ReadCompanySetup), ctx.get(MapItemCode)));
  bind(ROUTE_MODULE).toDynamicValue((ctx) => {
    const queue = ctx.get(WebhookNotificationQueue);
    return intuitWebhookRoutes(ctx.get(CONFIG).connect.webhookVerifierToken, () => queue, ctx.get(LOGGER).child({ component: 'webhooks' }));
  });
  bind(ROUTE_MODULE).toDynamicValue((ctx) =>
    customerRoutes({
      duplicates: ctx.get(ListDuplicates),
      review: ctx.get(ListCustomersForReview),
      explain: ctx.get(ExplainCustomer),
      link: ctx.get(LinkCustomerByHand),
      create: ctx.get(CreateCustomerByHand),
    }),
  );
});
