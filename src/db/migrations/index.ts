import { IngestSchema1763700000000 } from './1763700000000-ingest-schema';
import { QboConnections1763700100000 } from './1763700100000-qbo-connections';
import { TenantsAndLinks1763700200000 } from './1763700200000-tenants-and-links';
import { QboWebhookNotifications1763700250000 } from './1763700250000-qbo-webhook-notifications';
import { Connect1763700500000 } from './1763700500000-connect';
import { InvoiceBatches1763700400000 } from './1763700400000-invoice-batches';
import { CustomerMirror1763700300000 } from './1763700300000-customer-mirror';
import { CompanySwitch1763700600000 } from './1763700600000-company-switch';
import { MergeSurvivor1763700700000 } from './1763700700000-merge-survivor';
import { ConnectBrowser1763700800000 } from './1763700800000-connect-browser';
import { RetentionIndexes1763709100000 } from './1763709100000-retention-indexes';
import { InvoiceSyncState1763702100000 } from './1763702100000-invoice-sync-state';
import { InvoiceRequestIds1763700910000 } from './1763700910000-invoice-request-ids';
import { WebhookClaims1763700920000 } from './1763700920000-webhook-claims';
import { LinkageKeys1763700850000 } from './1763700850000-linkage-keys';
import { RealmRateLimits1763711000000 } from './1763711000000-realm-rate-limits';
import { RealmKeys1763710000000 } from './1763710000000-realm-keys';
import { LinkageParameters1763709200000 } from './1763709200000-linkage-parameters';
import { SyncEventOutbox1763740000000 } from './1763740000000-sync-event-outbox';
import { CompanyLists1763720000000 } from './1763720000000-company-lists';
import { DeadLetters1763750000000 } from './1763750000000-dead-letters';
import { WindowDueTimes1763730000000 } from './1763730000000-window-due-times';
import { QboCallCounts1763730100000 } from './1763730100000-qbo-call-counts';
import { InvoiceItemRefs1763730200000 } from './1763730200000-invoice-item-refs';
import { LinkageEstimateWatermark1763790000000 } from './1763790000000-linkage-estimate-watermark';
import { DashboardActions1763760000000 } from './1763760000000-dashboard-actions';
import { WindowRetriesAndLinkGenerations1763770000000 } from './1763770000000-window-retries-and-link-generations';
import { TaxDifferenceDismissals1763770000001 } from './1763770000001-tax-difference-dismissals';
import { ConnectCompanyInfo1763810000000 } from './1763810000000-connect-company-info';
import { WebhookNotificationsPerTenant1763810000001 } from './1763810000001-webhook-notifications-per-tenant';
import { ChangeCursorNextRead1763810000002 } from './1763810000002-change-cursor-next-read';
import { QboChangeCursor1763780000000 } from './1763780000000-qbo-change-cursor';
import { AwaitingInvoiceLinks1763800000000 } from './1763800000000-awaiting-invoice-links';
import { AwaitingCompanySettingsLinks1763820000000 } from './1763820000000-awaiting-company-settings-links';
import { LinkageKeysVersion1763830000000 } from './1763830000000-linkage-keys-version';
import { ChangeCursorClaimToken1763840000000 } from './1763840000000-change-cursor-claim-token';

/** Every migration, oldest first. Add new ones at the end. */
export const migrations = [
  IngestSchema1763700000000,
  QboConnections1763700100000,
  TenantsAndLinks1763700200000,
  QboWebhookNotifications1763700250000,
  Connect1763700500000,
  InvoiceBatches1763700400000,
  CustomerMirror1763700300000,
  CompanySwitch1763700600000,
  MergeSurvivor1763700700000,
  ConnectBrowser1763700800000,
  RetentionIndexes1763709100000,
  InvoiceSyncState1763702100000,
  InvoiceRequestIds1763700910000,
  WebhookClaims1763700920000,
  LinkageKeys1763700850000,
  RealmRateLimits1763711000000,
  RealmKeys1763710000000,
  LinkageParameters1763709200000,
  SyncEventOutbox1763740000000,
  CompanyLists1763720000000,
  DeadLetters1763750000000,
  WindowDueTimes1763730000000,
  QboCallCounts1763730100000,
  InvoiceItemRefs1763730200000,
  LinkageEstimateWatermark1763790000000,
  DashboardActions1763760000000,
  WindowRetriesAndLinkGenerations1763770000000,
  TaxDifferenceDismissals1763770000001,
  QboChangeCursor1763780000000,
  AwaitingInvoiceLinks1763800000000,
  ConnectCompanyInfo1763810000000,
  WebhookNotificationsPerTenant1763810000001,
  ChangeCursorNextRead1763810000002,
  AwaitingCompanySettingsLinks1763820000000,
  LinkageKeysVersion1763830000000,
  ChangeCursorClaimToken1763840000000,
];
