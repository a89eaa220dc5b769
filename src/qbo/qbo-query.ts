/**
 * Builds QBO query text safely: field names from a whitelist (anything else is a programming
 * error thrown before a request is made), operators checked, string literals escaped
 * (backslash and quote) with curly quotes normalised, paging clauses appended.
 */
export type QueryEntity = 'Customer' | 'Vendor' | 'Employee' | 'Invoice' | 'Item' | 'Account' | 'TaxCode' | 'Payment';
export type QueryOperator = '=' | '<' | '>' | '<=' | '>=' | 'IN' | 'LIKE';
export type QueryScalar = string | number | boolean;

export interface QueryCondition {
  field: string;
  op?: QueryOperator;
  value: QueryScalar | readonly QueryScalar[];
}

/** Filterable fields per entity (QBO's documented list, narrowed to what the worker needs). */
export const FILTERABLE_FIELDS: Record<QueryEntity, readonly string[]> = {
  Customer: [
    'Id',
    'DisplayName',
    'GivenName',
    'MiddleName',
    'FamilyName',
    'CompanyName',
    'PrimaryEmailAddr',
    'PrintOnCheckName',
    'Active',
    'Balance',
    'FullyQualifiedName',
    'MetaData.LastUpdatedTime',
  ],
  Vendor: ['Id', 'DisplayName', 'GivenName', 'FamilyName', 'CompanyName', 'PrimaryEmailAddr', 'Active', 'MetaData.LastUpdatedTime'],
  Employee: ['Id', 'DisplayName', 'GivenName', 'FamilyName', 'PrimaryEmailAddr', 'Active', 'MetaData.LastUpdatedTime'],
  Invoice: ['Id', 'DocNumber', 'TxnDate', 'DueDate', 'CustomerRef', 'MetaData.LastUpdatedTime', 'MetaData.CreateTime'],
  Item: ['Id', 'Name', 'Sku', 'Type', 'Active', 'MetaData.LastUpdatedTime'],
  Account: ['Id', 'Name', 'AccountType', 'Active', 'MetaData.LastUpdatedTime'],
  TaxCode: ['Id', 'Name', 'Active'],
  Payment: ['Id', 'CustomerRef', 'TxnDate', 'MetaData.LastUpdatedTime'],
};

const OPERATORS: readonly QueryOperator[] = ['=', '<', '>', '<=', '>=', 'IN', 'LIKE'];
export const MAX_PAGE_SIZE = 1000;

/** A mistake in the calling code (unknown field, bad operator): never a QBO condition, never retried. */
export class QueryProgrammingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryProgrammingError';
  }
}

const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u2035]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u2036]/g;

/** Normalises curly quotes, then escapes backslash and single quote, and wraps in single quotes. */
export function quoteLiteral(value: string): string {
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) {
    throw new QueryProgrammingError('a query literal must not contain control characters (tab, newline, ...)');
  }
  const normalised = value.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"');
  return `'${normalised.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function renderScalar(v: QueryScalar): string {
  if (typeof v === 'string') return quoteLiteral(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (!Number.isFinite(v)) throw new QueryProgrammingError(`not a finite number: ${v}`);
  return String(v);
}

/** The WHERE clause (with a leading space), or '' when there are no conditions. */
export function whereClause(entity: QueryEntity, conditions: readonly QueryCondition[]): string {
  const allowed = FILTERABLE_FIELDS[entity];
  const parts = conditions.map((c) => {
    if (!allowed.includes(c.field)) {
      throw new QueryProgrammingError(`${entity}.${c.field} is not a filterable field (allowed: ${allowed.join(', ')})`);
    }
    const op = c.op ?? (Array.isArray(c.value) ? 'IN' : '=');
    if (!OPERATORS.includes(op)) throw new QueryProgrammingError(`unknown operator ${String(op)}`);
    if (c.field === 'Id' && op !== '=' && op !== 'IN') throw new QueryProgrammingError('Id supports only = and IN');
    if (op === 'IN') {
      if (!Array.isArray(c.value) || c.value.length === 0) {
        throw new QueryProgrammingError(`IN on ${c.field} needs a non-empty list`);
      }
      return `${c.field} IN (${(c.value as readonly QueryScalar[]).map(renderScalar).join(', ')})`;
    }
    if (Array.isArray(c.value)) throw new QueryProgrammingError(`${op} on ${c.field} needs a single value`);
    return `${c.field} ${op} ${renderScalar(c.value as QueryScalar)}`;
  });
  return parts.length === 0 ? '' : ` WHERE ${parts.join(' AND ')}`;
}

/** The criteria text that follows "SELECT * FROM Entity": WHERE, STARTPOSITION, MAXRESULTS. */
export function selectCriteria(
  entity: QueryEntity,
  conditions: readonly QueryCondition[],
  startPosition: number,
  maxResults: number = MAX_PAGE_SIZE,
): string {
  if (!Number.isInteger(startPosition) || startPosition < 1) throw new QueryProgrammingError('STARTPOSITION is 1-based');
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_PAGE_SIZE) {
    throw new QueryProgrammingError(`MAXRESULTS must be 1..${MAX_PAGE_SIZE}`);
  }
  return `${whereClause(entity, conditions)} STARTPOSITION ${startPosition} MAXRESULTS ${maxResults}`;
}

export function selectQuery(entity: QueryEntity, conditions: readonly QueryCondition[], startPosition = 1, maxResults = MAX_PAGE_SIZE): string {
  return `SELECT * FROM ${entity}${selectCriteria(entity, conditions, startPosition, maxResults)}`;
}

/** One criterion in node-quickbooks's criteria-array form (used for COUNT, which its string path cannot express). */
export interface NodeQuickbooksCriterion {
  field: string;
  value: QueryScalar | QueryScalar[];
  operator: QueryOperator;
}

/**
 * COUNT criteria for node-quickbooks's `find*([{ count: true }, ...criteria])` path. That path
 * quotes strings itself but escapes only single quotes, so backslashes are escaped here (and
 * curly quotes normalised); the same whitelist and operator checks apply.
 */
export function countCriteria(entity: QueryEntity, conditions: readonly QueryCondition[]): Array<{ count: true } | NodeQuickbooksCriterion> {
  whereClause(entity, conditions); // validates fields, operators and literals; throws before any request
  const pre = (v: QueryScalar): QueryScalar =>
    typeof v === 'string' ? v.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(/\\/g, '\\\\') : v;
  return [
    { count: true },
    ...conditions.map((c) => {
      const operator = c.op ?? (Array.isArray(c.value) ? 'IN' : '=');
      const value = Array.isArray(c.value) ? (c.value as readonly QueryScalar[]).map(pre) : pre(c.value as QueryScalar);
      return { field: c.field, value, operator };
    }),
  ];
}
