import { ContainerModule } from 'inversify';
import { BACKGROUND_TASK } from '../background-task';
import { CONFIG } from '../tokens';
import { ApplyQboMerge } from './apply-qbo-merge';
import { CreateCustomerByHand } from './create-customer-by-hand';
import { CreateQboCustomer } from './create-qbo-customer';
import { CustomerDecisionLog } from './customer-decision-log';
import { CustomerLinkage } from './customer-linkage';
import { CustomerLinkRepository } from './customer-link-repository';
import { CustomerMirrorRepository } from './customer-mirror-repository';
import { CUSTOMER_MIRROR_TASK_OPTIONS, CustomerMirrorTask } from './customer-mirror-task';
import { CUSTOMER_RESOLUTION_TASK_OPTIONS, CustomerResolutionTask } from './customer-resolution-task';
import { EstimateLinkageParameters, LINKAGE_ESTIMATE_OPTIONS } from './estimate-linkage-parameters';
import { ExplainCustomer } from './explain-customer';
import { LinkCustomerByHand } from './link-customer-by-hand';
import { ListCustomersForReview } from './list-customers-for-review';
import { LinkageCandidateSearch } from './linkage-candidate-search';
import { ListDuplicates } from './list-duplicates';
import { ReadCustomersSection } from './read-customers-section';
import { ReadWaitingCustomers } from './read-waiting-customers';
import { ReadReviewQueue } from './read-review-queue';
import { RekeyCustomerMirror, REKEY_CUSTOMER_MIRROR_OPTIONS } from './rekey-customer-mirror';
import { ResolveCustomer } from './resolve-customer';
import { SyncCustomerMirror } from './sync-customer-mirror';
import { TenantNotices } from './tenant-notices';

/** Customers: the mirror of QBO customers, resolution, reviews, duplicates, merges; two background loops. */
export const customersModule = new ContainerModule(({ bind }) => {
  for (const use of [
    CustomerMirrorRepository,
    CustomerLinkRepository,
    CustomerDecisionLog,
    LinkageCandidateSearch,
    CustomerLinkage,
    EstimateLinkageParameters,
    RekeyCustomerMirror,
    CreateQboCustomer,
    ResolveCustomer,
    ApplyQboMerge,
    SyncCustomerMirror,
    ListDuplicates,
    ListCustomersForReview,
    LinkCustomerByHand,
    CreateCustomerByHand,
    ExplainCustomer,
    ReadCustomersSection,
    ReadWaitingCustomers,
    CustomerMirrorTask,
    CustomerResolutionTask,
    ReadReviewQueue,
  ]) {
    bind(use).toSelf();
  }
  bind(TenantNotices).toSelf();
  bind(CUSTOMER_MIRROR_TASK_OPTIONS).toDynamicValue((ctx) => {
    const config = ctx.get(CONFIG);
    const c = config.customers;
    return { databaseUrl: config.databaseUrl, pollIntervalMs: c.mirrorPollMs, leaseMs: c.mirrorLeaseMs };
  });
  bind(CUSTOMER_RESOLUTION_TASK_OPTIONS).toDynamicValue((ctx) => {
    const config = ctx.get(CONFIG);
    const c = config.customers;
    return {
      databaseUrl: config.databaseUrl,
      pollIntervalMs: c.resolutionPollMs,
      leaseMs: c.resolutionLeaseMs,
      concurrency: c.resolutionConcurrency,
      retryDelayMs: c.resolutionRetryMs,
    };
  });
  bind(REKEY_CUSTOMER_MIRROR_OPTIONS).toDynamicValue((ctx) => ({ leaseMs: ctx.get(CONFIG).customers.mirrorLeaseMs, chunkSize: 1000 }));
  bind(LINKAGE_ESTIMATE_OPTIONS).toDynamicValue((ctx) => {
    const c = ctx.get(CONFIG).customers;
    return { intervalMs: c.linkageEstimateIntervalMs, everyDecisions: c.linkageEstimateEveryDecisions, leaseMs: c.mirrorLeaseMs, mirrorSample: 1000, recentIncoming: 1000 };
  });
  bind(BACKGROUND_TASK).toService(CustomerMirrorTask);
  bind(BACKGROUND_TASK).toService(CustomerResolutionTask);
});
