import type { ServiceIdentifier } from 'inversify';
import type { CreateCustomerByHand } from '../customers/create-customer-by-hand';
import type { LinkCustomerByHand } from '../customers/link-customer-by-hand';
import type { ReadReviewQueue } from '../customers/read-review-queue';
import type { FindInvoice } from '../invoices/find-invoice';
import type { ListFailedInvoices } from '../invoices/list-failed-invoices';
import type { ListTenantWindows } from '../invoices/list-tenant-windows';
import type { RetryFailedInvoice } from '../invoices/retry-failed-invoice';
import type { RunInvoiceWindow } from '../invoices/run-invoice-window';
import type { Logger } from '../logger';

export const TENANT_ACTION_DEPS: ServiceIdentifier<TenantActionDeps> = Symbol.for('TenantActionDeps');

/** What the bookkeeper's page needs to act (issue 14): the parts' use cases behind its buttons. */
export interface TenantActionDeps {
  reviewQueue: ReadReviewQueue;
  link: LinkCustomerByHand;
  create: CreateCustomerByHand;
  failures: ListFailedInvoices;
  retry: RetryFailedInvoice;
  find: FindInvoice;
  runWindow: RunInvoiceWindow;
  windows: ListTenantWindows;
  /** How long Send now waits for its run before showing the page (the run goes on after). */
  sendNowWaitMs: number;
  /** QBO_ENVIRONMENT: which QuickBooks web app the invoice links open. */
  qboEnvironment: 'sandbox' | 'production';
  logger: Logger;
}

/** QuickBooks' own page of an invoice (the company signed in to QuickBooks in the browser). */
export function qboInvoiceUrl(environment: 'sandbox' | 'production', qboInvoiceId: string): string {
  const host = environment === 'production' ? 'https://qbo.intuit.com' : 'https://app.sandbox.qbo.intuit.com';
  return `${host}/app/invoice?txnId=${encodeURIComponent(qboInvoiceId)}`;
}
