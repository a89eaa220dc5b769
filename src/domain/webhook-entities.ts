/**
 * The QuickBooks webhook entities the worker consumes, and who: the webhook endpoint queues only
 * these, and retention deletes rows of any other entity at once. Add an entity here with its
 * consumer. Pure data: every part may read it.
 */

/** Consumed by the customer mirror (read by invoices/ProcessCompanyChanges with every other entity, applied by customers/SyncCustomerMirror): refresh, merges. */
export const CUSTOMER_WEBHOOK_ENTITIES: readonly string[] = ['Customer'];

/** Consumed by the company lists and the payments read back (read by invoices/ProcessCompanyChanges with the customers in one CDC call). */
export const COMPANY_WEBHOOK_ENTITIES: readonly string[] = ['Item', 'Account', 'TaxCode', 'Invoice', 'Payment'];

export const CONSUMED_WEBHOOK_ENTITIES: readonly string[] = [...CUSTOMER_WEBHOOK_ENTITIES, ...COMPANY_WEBHOOK_ENTITIES];
