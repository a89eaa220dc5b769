/** Service identifiers for the composition root. */
export const TOKENS = {
  Config: Symbol.for('Config'),
  Logger: Symbol.for('Logger'),
  DataSource: Symbol.for('DataSource'),
  Kafka: Symbol.for('Kafka'),
  Producer: Symbol.for('Producer'),
  KafkaAdmin: Symbol.for('KafkaAdmin'),
  EventStore: Symbol.for('EventStore'),
  DeadLetterPublisher: Symbol.for('DeadLetterPublisher'),
  IngestConsumer: Symbol.for('IngestConsumer'),
  AdminServer: Symbol.for('AdminServer'),
  TokenCipher: Symbol.for('TokenCipher'),
  QboConnectionRepository: Symbol.for('QboConnectionRepository'),
  OAuthTokenClient: Symbol.for('OAuthTokenClient'),
  TokenManager: Symbol.for('TokenManager'),
  RealmRateLimiter: Symbol.for('RealmRateLimiter'),
  /** The QboClient port (same symbol as QBO_CLIENT in src/qbo/qbo-client.ts). */
  QboClient: Symbol.for('QboClient'),
  /** Invoice batch windows (src/invoices). */
  RunInvoiceWindow: Symbol.for('RunInvoiceWindow'),
  RunDueWindows: Symbol.for('RunDueWindows'),
  ReadTenantStatus: Symbol.for('ReadTenantStatus'),
  InvoiceScheduler: Symbol.for('InvoiceScheduler'),
  TenantWindowLock: Symbol.for('TenantWindowLock'),
  /** Connect QuickBooks: settings page, admin API, OAuth, webhooks (src/connections, src/http). */
  TenantRepository: Symbol.for('TenantRepository'),
  TenantLinkSigner: Symbol.for('TenantLinkSigner'),
  StartConnect: Symbol.for('StartConnect'),
  CompleteConnect: Symbol.for('CompleteConnect'),
  DisconnectCompany: Symbol.for('DisconnectCompany'),
  CollectTenantStatus: Symbol.for('CollectTenantStatus'),
  ConnectHttpDeps: Symbol.for('ConnectHttpDeps'),
  /** Multi-bound: runs before every HTTP route (authentication). */
  RequestGuard: Symbol.for('RequestGuard'),
  // --- customers ---
  CustomerMirrorRepository: Symbol.for('CustomerMirrorRepository'),
  CustomerLinkRepository: Symbol.for('CustomerLinkRepository'),
  CustomerDecisionLog: Symbol.for('CustomerDecisionLog'),
  CustomerLinkage: Symbol.for('CustomerLinkage'),
  CreateQboCustomer: Symbol.for('CreateQboCustomer'),
  ResolveCustomer: Symbol.for('ResolveCustomer'),
  ApplyQboMerge: Symbol.for('ApplyQboMerge'),
  SyncCustomerMirror: Symbol.for('SyncCustomerMirror'),
  ProcessCustomerWebhooks: Symbol.for('ProcessCustomerWebhooks'),
  ListDuplicates: Symbol.for('ListDuplicates'),
  ListCustomersForReview: Symbol.for('ListCustomersForReview'),
  LinkCustomerByHand: Symbol.for('LinkCustomerByHand'),
  CreateCustomerByHand: Symbol.for('CreateCustomerByHand'),
  ExplainCustomer: Symbol.for('ExplainCustomer'),
  // --- end customers ---
  /** Multi-bound: each part's background loop (resolution, scheduler, ...), started after ingest. */
  BackgroundTask: Symbol.for('BackgroundTask'),
  /** Multi-bound: each part's HTTP routes on the admin port. */
  RouteModule: Symbol.for('RouteModule'),
} as const;
