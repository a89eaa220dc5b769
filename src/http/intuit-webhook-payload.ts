/** One entity change, as queued in qbo_webhook_notifications. */
export interface EntityChange {
  realmId: string;
  entity: string;
  entityId: string;
  operation: string;
  deletedId: string | null;
  lastUpdated: Date | null;
}

export type ParsedWebhook = { ok: true; changes: EntityChange[] } | { ok: false; problem: string };

/** CloudEvents' lower-case entity names → QBO's names (others get their first letter capitalised). */
const ENTITY_NAMES: Record<string, string> = {
  customer: 'Customer',
  invoice: 'Invoice',
  vendor: 'Vendor',
  employee: 'Employee',
  item: 'Item',
  account: 'Account',
  payment: 'Payment',
  salesreceipt: 'SalesReceipt',
  creditmemo: 'CreditMemo',
  estimate: 'Estimate',
  bill: 'Bill',
  billpayment: 'BillPayment',
  purchase: 'Purchase',
  purchaseorder: 'PurchaseOrder',
  refundreceipt: 'RefundReceipt',
  journalentry: 'JournalEntry',
  timeactivity: 'TimeActivity',
  vendorcredit: 'VendorCredit',
  taxagency: 'TaxAgency',
  paymentmethod: 'PaymentMethod',
  class: 'Class',
  department: 'Department',
  term: 'Term',
  transfer: 'Transfer',
  deposit: 'Deposit',
  currency: 'Currency',
  budget: 'Budget',
  preferences: 'Preferences',
};

/** CloudEvents' past-tense verbs → the classic operations. */
const OPERATIONS: Record<string, string> = {
  created: 'Create',
  updated: 'Update',
  deleted: 'Delete',
  merged: 'Merge',
  voided: 'Void',
  emailed: 'Emailed',
};

const MAX_CHANGES = 10_000;

/**
 * Reads both payloads Intuit sends: the classic
 * `{"eventNotifications":[{"realmId","dataChangeEvent":{"entities":[{name,id,operation,lastUpdated,deletedId}]}}]}`
 * and the CloudEvents array `[{specversion, type:"qbo.customer.merged.v1", intuitentityid,
 * intuitaccountid, time, data:{deletedid}}]`. Anything else is refused as a whole (nothing queued).
 */
export function parseIntuitWebhook(body: unknown): ParsedWebhook {
  const changes: EntityChange[] = [];
  if (Array.isArray(body)) {
    for (const [i, event] of body.entries()) {
      const c = fromCloudEvent(event);
      if (typeof c === 'string') return { ok: false, problem: `event [${i}]: ${c}` };
      changes.push(c);
    }
  } else if (isObject(body) && Array.isArray(body.eventNotifications)) {
    for (const [i, n] of body.eventNotifications.entries()) {
      if (!isObject(n) || !isText(n.realmId)) return { ok: false, problem: `eventNotifications[${i}].realmId is missing` };
      const entities = isObject(n.dataChangeEvent) ? n.dataChangeEvent.entities : undefined;
      if (!Array.isArray(entities)) return { ok: false, problem: `eventNotifications[${i}].dataChangeEvent.entities is missing` };
      for (const [j, e] of entities.entries()) {
        if (!isObject(e) || !isText(e.name) || !isText(e.id) || !isText(e.operation)) {
          return { ok: false, problem: `eventNotifications[${i}].dataChangeEvent.entities[${j}] needs name, id and operation` };
        }
        changes.push({
          realmId: n.realmId,
          entity: e.name,
          entityId: e.id,
          operation: e.operation,
          deletedId: isText(e.deletedId) ? e.deletedId : null,
          lastUpdated: dateOf(e.lastUpdated),
        });
      }
    }
  } else {
    return { ok: false, problem: 'neither {"eventNotifications": [...]} nor a CloudEvents array' };
  }
  if (changes.length > MAX_CHANGES) return { ok: false, problem: `more than ${MAX_CHANGES} changes in one notification` };
  return { ok: true, changes };
}

function fromCloudEvent(event: unknown): EntityChange | string {
  if (!isObject(event)) return 'not an object';
  const type = event.type;
  const m = isText(type) ? /^qbo\.([a-z0-9_]+)\.([a-z]+)\.v\d+$/i.exec(type) : null;
  if (!m?.[1] || !m[2]) return `type ${JSON.stringify(type)} is not like "qbo.customer.updated.v1"`;
  if (!isText(event.intuitaccountid)) return 'intuitaccountid (the company) is missing';
  if (!isText(event.intuitentityid)) return 'intuitentityid is missing';
  const noun = m[1].toLowerCase();
  const verb = m[2].toLowerCase();
  const data = isObject(event.data) ? event.data : {};
  return {
    realmId: event.intuitaccountid,
    entity: ENTITY_NAMES[noun] ?? noun.charAt(0).toUpperCase() + noun.slice(1),
    entityId: event.intuitentityid,
    operation: OPERATIONS[verb] ?? verb.charAt(0).toUpperCase() + verb.slice(1),
    deletedId: isText(data.deletedid) ? data.deletedid : isText(data.deletedId) ? data.deletedId : null,
    lastUpdated: dateOf(event.time),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '' && v.length <= 200;
}

function dateOf(v: unknown): Date | null {
  if (typeof v !== 'string') return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}
