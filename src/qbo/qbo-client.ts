import type { ServiceIdentifier } from 'inversify';
import type { QueryCondition } from './qbo-query';
import type { QboError } from './qbo-error';

/**
 * The port through which the worker talks to QuickBooks Online, one company per tenant.
 * Every method resolves the tenant's company and token itself, keeps under the company's
 * rate limits, retries retriable failures (same requestid, same body), refreshes a refused
 * token once, and rejects with a QboError (decide by `kind` / `retriable`).
 * Expected outcomes (not found, no match) are return values, not errors.
 *
 * Implementation: NodeQuickbooksClient (node-quickbooks + intuit-oauth).
 */
export interface QboClient {
  createCustomer(tenantId: string, customer: QboCustomerInput, opts: WriteOptions): Promise<QboCustomer>;
  /** null when QBO does not know the Id. */
  readCustomer(tenantId: string, id: string): Promise<QboCustomer | null>;
  /** Sparse update: only the given fields change. `reapplyOnConflict` re-reads and re-sends on 5010. */
  updateCustomer(tenantId: string, update: QboSparseUpdate<QboCustomerInput>, opts?: UpdateOptions): Promise<QboCustomer>;
  /** All customers matching every condition (AND), paged through. Active and inactive unless `activeOnly`. */
  queryCustomers(tenantId: string, conditions: readonly QueryCondition[], opts?: { activeOnly?: boolean }): Promise<QboCustomer[]>;
  /**
   * The same customers streamed: each page (≤ 1000) is handed to `onPage` and awaited before the
   * next is read, so a company of any size is read in the memory of one page. Resolves with the count.
   */
  forEachCustomerPage(
    tenantId: string,
    conditions: readonly QueryCondition[],
    onPage: (page: QboCustomer[]) => Promise<void>,
    opts?: { activeOnly?: boolean },
  ): Promise<number>;
  /** Who holds a DisplayName across Customers (active or not), Vendors and Employees. */
  findNameHolders(tenantId: string, displayName: string): Promise<NameHolder[]>;
  readVendorByDisplayName(tenantId: string, displayName: string): Promise<QboNamedEntity | null>;
  readEmployeeByDisplayName(tenantId: string, displayName: string): Promise<QboNamedEntity | null>;
  count(tenantId: string, entity: CountableEntity, conditions?: readonly QueryCondition[]): Promise<number>;
  /** Change data capture: objects of these types changed since `since` (≤ 30 days back). */
  changedSince(tenantId: string, entities: readonly CdcEntity[], since: Date): Promise<CdcResult>;

  createInvoice(tenantId: string, invoice: QboInvoiceInput, opts: WriteOptions): Promise<QboInvoice>;
  readInvoice(tenantId: string, id: string): Promise<QboInvoice | null>;
  /** Full update unless `sparse: true` is in the body. */
  updateInvoice(tenantId: string, update: QboSparseUpdate<QboInvoiceInput>, opts?: UpdateOptions): Promise<QboInvoice>;
  voidInvoice(tenantId: string, ref: { Id: string; SyncToken: string }, opts?: Partial<WriteOptions>): Promise<QboInvoice>;
  /** Usually zero or one; more only if duplicates were allowed outside this worker. */
  findInvoicesByDocNumber(tenantId: string, docNumber: string): Promise<QboInvoice[]>;
  /** All invoices matching every condition (AND), paged through (a metered read per page). */
  queryInvoices(tenantId: string, conditions: readonly QueryCondition[]): Promise<QboInvoice[]>;

  /** ≤ 30 items, one requestid (≤ 36 chars). Results are matched to items by bId, in the order of `items`. */
  batch(tenantId: string, items: readonly BatchItem[], opts: { requestId: string; realmId?: string }): Promise<BatchItemResult[]>;

  getCompanyInfo(tenantId: string): Promise<QboCompanyInfo>;
  /** The company's Preferences (currency, numbering, tax). */
  getPreferences(tenantId: string): Promise<QboPreferences>;

  /** Items (active and inactive unless `Active` is filtered), streamed page by page like forEachCustomerPage. */
  forEachItemPage(tenantId: string, conditions: readonly QueryCondition[], onPage: (page: QboItem[]) => Promise<void>): Promise<number>;
  readItem(tenantId: string, id: string): Promise<QboItem | null>;
  createItem(tenantId: string, item: QboItemInput, opts: WriteOptions): Promise<QboItem>;
  /** Accounts matching every condition (active and inactive unless `Active` is filtered). */
  queryAccounts(tenantId: string, conditions: readonly QueryCondition[]): Promise<QboAccount[]>;
  /** Every tax code of the company, active and inactive. */
  queryTaxCodes(tenantId: string): Promise<QboTaxCode[]>;
  readPayment(tenantId: string, id: string): Promise<QboPayment | null>;
}

export interface WriteOptions {
  /** Deterministic id (see request-ids.ts): the same logical write always sends the same one. ≤ 50 chars. */
  requestId: string;
  /**
   * The company the write was computed for (e.g. the realm of the links its ids come from): when
   * the tenant's grant is for another company by the time it is sent, the write is refused
   * (QboError halted, REALM_CHANGED) and nothing is sent.
   */
  realmId?: string;
}

export interface UpdateOptions extends Partial<WriteOptions> {
  reapplyOnConflict?: boolean;
}

export interface QboRef {
  value: string;
  name?: string;
}

export interface QboMetaData {
  CreateTime?: string;
  LastUpdatedTime?: string;
}

export interface QboAddress {
  Line1?: string;
  Line2?: string;
  City?: string;
  CountrySubDivisionCode?: string;
  PostalCode?: string;
  Country?: string;
}

export interface QboCustomerInput {
  DisplayName?: string;
  Title?: string;
  GivenName?: string;
  MiddleName?: string;
  FamilyName?: string;
  Suffix?: string;
  CompanyName?: string;
  PrintOnCheckName?: string;
  PrimaryEmailAddr?: { Address: string };
  PrimaryPhone?: { FreeFormNumber: string };
  BillAddr?: QboAddress;
  Notes?: string;
  Active?: boolean;
  [field: string]: unknown;
}

export interface QboCustomer extends QboCustomerInput {
  Id: string;
  SyncToken: string;
  DisplayName: string;
  Active?: boolean;
  FullyQualifiedName?: string;
  Job?: boolean;
  ParentRef?: QboRef;
  MetaData?: QboMetaData;
  /** The open balance QuickBooks holds for the customer (read-only). */
  Balance?: number;
  /** Present in CDC answers for deleted objects. */
  status?: string;
}

export interface QboNamedEntity {
  Id: string;
  SyncToken: string;
  DisplayName: string;
  Active?: boolean;
  [field: string]: unknown;
}

export interface NameHolder {
  entity: 'Customer' | 'Vendor' | 'Employee';
  id: string;
  displayName: string;
  active: boolean;
  /** For a customer, the customer as the query answered it (no need to read it again). */
  customer?: QboCustomer;
}

export interface QboInvoiceLine {
  Id?: string;
  DetailType: 'SalesItemLineDetail' | 'DescriptionOnly' | 'SubTotalLineDetail' | string;
  Amount?: number | string;
  Description?: string;
  SalesItemLineDetail?: {
    ItemRef: QboRef;
    Qty?: number | string;
    UnitPrice?: number | string;
    TaxCodeRef?: QboRef;
  };
  [field: string]: unknown;
}

export interface QboInvoiceInput {
  CustomerRef?: QboRef;
  Line?: QboInvoiceLine[];
  DocNumber?: string;
  TxnDate?: string;
  DueDate?: string;
  PrivateNote?: string;
  CustomerMemo?: { value: string };
  [field: string]: unknown;
}

export interface QboInvoice extends QboInvoiceInput {
  Id: string;
  SyncToken: string;
  TotalAmt?: number;
  Balance?: number;
  TxnTaxDetail?: { TotalTax?: number | string };
  CurrencyRef?: QboRef;
  LinkedTxn?: Array<{ TxnId: string; TxnType: string }>;
  MetaData?: QboMetaData;
  status?: string;
}

/** An update body: Id and SyncToken plus the fields to change (sparse unless `sparse: false`). */
export type QboSparseUpdate<T> = Partial<T> & { Id: string; SyncToken: string; sparse?: boolean };

export type CountableEntity = 'Customer' | 'Vendor' | 'Employee' | 'Invoice';
export type CdcEntity = 'Customer' | 'Invoice' | 'Vendor' | 'Employee' | 'Item' | 'Payment' | 'Account' | 'TaxCode';

export interface CdcResult {
  customers: QboCustomer[];
  invoices: QboInvoice[];
  vendors: QboNamedEntity[];
  employees: QboNamedEntity[];
  items: QboItem[];
  payments: QboPayment[];
  accounts: QboAccount[];
  taxCodes: QboTaxCode[];
  /** The server time of the answer: the next `since`. */
  time?: string;
}

export type BatchItem =
  | { bId: string; operation: 'create' | 'update' | 'delete'; Invoice: QboInvoiceInput | QboSparseUpdate<QboInvoiceInput> }
  | { bId: string; operation: 'create' | 'update'; Customer: QboCustomerInput | QboSparseUpdate<QboCustomerInput> }
  | { bId: string; Query: string };

export type BatchItemResult =
  | { bId: string; ok: true; entity: 'Invoice'; value: QboInvoice }
  | { bId: string; ok: true; entity: 'Customer'; value: QboCustomer }
  | { bId: string; ok: true; entity: 'QueryResponse'; value: Record<string, unknown> }
  | { bId: string; ok: false; error: QboError };

export interface QboItemInput {
  Name: string;
  Type?: 'Service' | 'NonInventory' | 'Inventory' | 'Category' | string;
  Sku?: string;
  Description?: string;
  Active?: boolean;
  IncomeAccountRef?: QboRef;
  [field: string]: unknown;
}

export interface QboItem extends QboItemInput {
  Id: string;
  SyncToken: string;
  MetaData?: QboMetaData;
  status?: string;
}

export interface QboAccount {
  Id: string;
  Name: string;
  AccountType?: string;
  Active?: boolean;
  [field: string]: unknown;
}

export interface QboTaxCode {
  Id: string;
  Name: string;
  Active?: boolean;
  Taxable?: boolean;
  [field: string]: unknown;
}

export interface QboPayment {
  Id: string;
  SyncToken: string;
  TotalAmt?: number;
  CustomerRef?: QboRef;
  Line?: Array<{ Amount?: number; LinkedTxn?: Array<{ TxnId: string; TxnType: string }> }>;
  status?: string;
  [field: string]: unknown;
}

export interface QboPreferences {
  CurrencyPrefs?: { MultiCurrencyEnabled?: boolean; HomeCurrency?: QboRef };
  SalesFormsPrefs?: { CustomTxnNumbers?: boolean };
  TaxPrefs?: { UsingSalesTax?: boolean; PartnerTaxEnabled?: boolean };
  [field: string]: unknown;
}

export interface QboCompanyInfo {
  CompanyName?: string;
  LegalName?: string;
  Country?: string;
  [field: string]: unknown;
}

/** The QboClient port's service identifier (NodeQuickbooksClient is bound to it). */
export const QBO_CLIENT: ServiceIdentifier<QboClient> = Symbol.for('QboClient');
