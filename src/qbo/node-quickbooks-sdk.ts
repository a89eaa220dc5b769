import QuickBooksModule from 'node-quickbooks';

// The narrow slice of node-quickbooks used here (its bundled typings are full of `any`).

export type NqCallback = (err: unknown, body?: unknown) => void;
export type NqCriteria = string | Array<Record<string, unknown>>;

export interface NqInstance {
  endpoint: string;
  readonly realmId: string;
  createCustomer(customer: object, cb: NqCallback): void;
  getCustomer(id: string, cb: NqCallback): void;
  updateCustomer(customer: object, cb: NqCallback): void;
  findCustomers(criteria: NqCriteria, cb: NqCallback): void;
  findVendors(criteria: NqCriteria, cb: NqCallback): void;
  findEmployees(criteria: NqCriteria, cb: NqCallback): void;
  findInvoices(criteria: NqCriteria, cb: NqCallback): void;
  createInvoice(invoice: object, cb: NqCallback): void;
  getInvoice(id: string, cb: NqCallback): void;
  updateInvoice(invoice: object, cb: NqCallback): void;
  voidInvoice(invoice: object, cb: NqCallback): void;
  batch(items: readonly object[], cb: NqCallback): void;
  changeDataCapture(entities: string, since: string, cb: NqCallback): void;
  getCompanyInfo(id: string, cb: NqCallback): void;
  getPreferences(cb: NqCallback): void;
  createItem(item: object, cb: NqCallback): void;
  getItem(id: string, cb: NqCallback): void;
  findItems(criteria: NqCriteria, cb: NqCallback): void;
  findAccounts(criteria: NqCriteria, cb: NqCallback): void;
  findTaxCodes(criteria: NqCriteria, cb: NqCallback): void;
  getPayment(id: string, cb: NqCallback): void;
}

type NqConstructor = new (
  consumerKey: string,
  consumerSecret: string,
  token: string,
  tokenSecret: false,
  realmId: string,
  useSandbox: boolean,
  debug: boolean,
  minorversion: number,
  oauthversion: '2.0',
  refreshToken: string | null,
) => NqInstance;

/** node-quickbooks' constructor, typed by the slice above. */
export const QuickBooks = QuickBooksModule as unknown as NqConstructor;

/** One call of node-quickbooks: `send` starts it on `qb` and answers through `cb`. */
export type NqSend = (qb: NqInstance, cb: NqCallback) => void;
