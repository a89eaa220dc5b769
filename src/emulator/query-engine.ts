import { Decimal } from './decimal';
import { QboFault } from './fault-shapes';
import { isJsonObject, readPath, type JsonObject, type JsonValue } from './json-types';
import type { Condition, Literal, ParsedQuery } from './query-parser';
import { parseQuery } from './query-parser';
import { renderEntity } from './render';
import { entityTypes, type EntityType, type Realm } from './store';

type FieldKind = 'id' | 'string' | 'email' | 'boolean' | 'decimal' | 'date' | 'datetime' | 'ref';

const nameFields: Record<string, FieldKind> = {
  Id: 'id',
  DisplayName: 'string',
  GivenName: 'string',
  MiddleName: 'string',
  FamilyName: 'string',
  PrimaryEmailAddr: 'email',
  PrintOnCheckName: 'string',
  Active: 'boolean',
};

/** The filterable (and sortable) fields of each entity. Anything else is a 4000 fault. */
const filterable: Record<EntityType, Record<string, FieldKind>> = {
  Customer: {
    ...nameFields,
    CompanyName: 'string',
    Balance: 'decimal',
    FullyQualifiedName: 'string',
    'MetaData.LastUpdatedTime': 'datetime',
  },
  Vendor: {
    ...nameFields,
    CompanyName: 'string',
    Balance: 'decimal',
    'MetaData.CreateTime': 'datetime',
    'MetaData.LastUpdatedTime': 'datetime',
  },
  Employee: { ...nameFields, 'MetaData.CreateTime': 'datetime', 'MetaData.LastUpdatedTime': 'datetime' },
  Item: {
    Id: 'id',
    Name: 'string',
    Active: 'boolean',
    Type: 'string',
    Sku: 'string',
    FullyQualifiedName: 'string',
    'MetaData.CreateTime': 'datetime',
    'MetaData.LastUpdatedTime': 'datetime',
  },
  Payment: { Id: 'id', TxnDate: 'date', CustomerRef: 'ref', TotalAmt: 'decimal', 'MetaData.CreateTime': 'datetime', 'MetaData.LastUpdatedTime': 'datetime' },
  Account: {
    Id: 'id',
    Name: 'string',
    AccountType: 'string',
    AccountSubType: 'string',
    Classification: 'string',
    FullyQualifiedName: 'string',
    Active: 'boolean',
    'MetaData.CreateTime': 'datetime',
    'MetaData.LastUpdatedTime': 'datetime',
  },
  TaxCode: { Id: 'id', Name: 'string', Active: 'boolean', Taxable: 'boolean', 'MetaData.CreateTime': 'datetime', 'MetaData.LastUpdatedTime': 'datetime' },
  TaxRate: { Id: 'id', Name: 'string', Active: 'boolean', RateValue: 'decimal', 'MetaData.CreateTime': 'datetime', 'MetaData.LastUpdatedTime': 'datetime' },
  Invoice: {
    Id: 'id',
    DocNumber: 'string',
    TxnDate: 'date',
    DueDate: 'date',
    CustomerRef: 'ref',
    TotalAmt: 'decimal',
    Balance: 'decimal',
    'MetaData.CreateTime': 'datetime',
    'MetaData.LastUpdatedTime': 'datetime',
  },
};

const hasActive: Record<EntityType, boolean> = {
  Customer: true,
  Vendor: true,
  Employee: true,
  Item: true,
  Invoice: false,
  Payment: false,
  Account: true,
  TaxCode: true,
  TaxRate: true,
};

export const maxResultsLimit = 1000;
const defaultMaxResults = 100;

function resolveEntity(name: string): EntityType {
  const found = entityTypes.find((t) => t.toLowerCase() === name.toLowerCase());
  if (!found) throw QboFault.queryParser(`Invalid entity "${name}": supported entities are ${entityTypes.join(', ')}`);
  return found;
}

function resolveField(entity: EntityType, name: string): { field: string; kind: FieldKind } {
  const fields = filterable[entity];
  const field = Object.keys(fields).find((f) => f.toLowerCase() === name.toLowerCase());
  const kind = field === undefined ? undefined : fields[field];
  if (field === undefined || kind === undefined) {
    throw QboFault.queryParser(`Property ${name} is not queryable for ${entity}: filterable properties are ${Object.keys(fields).join(', ')}`);
  }
  return { field, kind };
}

type Comparable = { kind: 'text'; value: string } | { kind: 'decimal'; value: Decimal } | { kind: 'bool'; value: boolean } | { kind: 'time'; value: number };

function literalText(literal: Literal): string {
  return literal.kind === 'boolean' ? String(literal.value) : literal.value;
}

function literalValue(literal: Literal, kind: FieldKind, field: string): Comparable {
  const text = literalText(literal);
  switch (kind) {
    case 'boolean':
      if (!/^(true|false)$/i.test(text)) throw QboFault.queryParser(`${field} needs true or false, got ${text}`);
      return { kind: 'bool', value: text.toLowerCase() === 'true' };
    case 'decimal': {
      const value = Decimal.parse(text);
      if (value === null) throw QboFault.queryParser(`${field} needs a number, got ${text}`);
      return { kind: 'decimal', value };
    }
    case 'datetime': {
      const value = Date.parse(text);
      if (Number.isNaN(value)) throw QboFault.queryParser(`${field} needs a date-time, got ${text}`);
      return { kind: 'time', value };
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw QboFault.queryParser(`${field} needs a YYYY-MM-DD date, got ${text}`);
      return { kind: 'text', value: text };
    default:
      return { kind: 'text', value: text.toLowerCase() };
  }
}

function fieldValue(row: JsonObject, field: string, kind: FieldKind): Comparable | undefined {
  let raw: JsonValue | undefined = readPath(row, field);
  if ((kind === 'email' || kind === 'ref') && isJsonObject(raw)) raw = kind === 'email' ? raw['Address'] : raw['value'];
  if (raw === undefined || raw === null || isJsonObject(raw) || Array.isArray(raw)) return undefined;
  switch (kind) {
    case 'boolean':
      return { kind: 'bool', value: raw === true };
    case 'decimal': {
      const value = typeof raw === 'boolean' ? null : Decimal.parse(raw);
      return value === null ? undefined : { kind: 'decimal', value };
    }
    case 'datetime':
      return { kind: 'time', value: Date.parse(String(raw)) };
    case 'date':
      return { kind: 'text', value: String(raw) };
    default:
      return { kind: 'text', value: String(raw).toLowerCase() };
  }
}

function compare(a: Comparable, b: Comparable): number {
  if (a.kind === 'decimal' && b.kind === 'decimal') return a.value.compare(b.value);
  if (a.kind === 'time' && b.kind === 'time') return a.value - b.value;
  if (a.kind === 'bool' && b.kind === 'bool') return Number(a.value) - Number(b.value);
  const x = String(a.value);
  const y = String(b.value);
  return x === y ? 0 : x < y ? -1 : 1;
}

function likeToRegExp(pattern: string): RegExp {
  const body = pattern
    .toLowerCase()
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

interface CompiledCondition {
  test(row: JsonObject): boolean;
  field: string;
}

function compileCondition(entity: EntityType, condition: Condition): CompiledCondition {
  const { field, kind } = resolveField(entity, condition.field);
  if (kind === 'id' && condition.op !== '=' && condition.op !== 'IN') {
    throw QboFault.queryParser(`Id supports only = and IN, not ${condition.op}`);
  }
  if (kind === 'boolean' && condition.op !== '=' && condition.op !== 'IN') {
    throw QboFault.queryParser(`${field} supports only = and IN, not ${condition.op}`);
  }
  if (condition.op === 'LIKE') {
    if (kind !== 'string' && kind !== 'email') throw QboFault.queryParser(`LIKE is not supported on ${field}`);
    const regex = likeToRegExp(literalText(condition.values[0] ?? { kind: 'string', value: '' }));
    return {
      field,
      test: (row) => {
        const value = fieldValue(row, field, kind);
        return value !== undefined && regex.test(String(value.value));
      },
    };
  }
  const wanted = condition.values.map((literal) => literalValue(literal, kind, field));
  return {
    field,
    test: (row) => {
      const value = fieldValue(row, field, kind);
      if (value === undefined) return false;
      const first = wanted[0];
      switch (condition.op) {
        case 'IN':
        case '=':
          return wanted.some((w) => compare(value, w) === 0);
        case '<':
          return first !== undefined && compare(value, first) < 0;
        case '>':
          return first !== undefined && compare(value, first) > 0;
        case '<=':
          return first !== undefined && compare(value, first) <= 0;
        case '>=':
          return first !== undefined && compare(value, first) >= 0;
        default:
          return false;
      }
    },
  };
}

/** Runs a query against a company and answers the QueryResponse body (without "time"). */
export function runQuery(realm: Realm, text: string, options: { rejectCurlyQuotes: boolean }): JsonObject {
  const parsed: ParsedQuery = parseQuery(text, options);
  const entity = resolveEntity(parsed.entity);
  const conditions = parsed.where.map((c) => compileCondition(entity, c));
  const filtersActive = conditions.some((c) => c.field === 'Active');
  const order = parsed.orderBy ? { ...resolveField(entity, parsed.orderBy.field), descending: parsed.orderBy.descending } : undefined;
  const maxResults = parsed.maxResults ?? defaultMaxResults;
  if (maxResults < 1 || maxResults > maxResultsLimit) {
    throw QboFault.queryParser(`MAXRESULTS must be between 1 and ${maxResultsLimit}, got ${maxResults}`);
  }
  const startPosition = parsed.startPosition ?? 1;
  if (startPosition < 1) throw QboFault.queryParser(`STARTPOSITION is 1-based, got ${startPosition}`);

  let rows = realm
    .list(entity)
    .map((e) => renderEntity(realm, e))
    .filter((row) => !hasActive[entity] || filtersActive || row['Active'] !== false)
    .filter((row) => conditions.every((c) => c.test(row)));

  if (parsed.count) return { QueryResponse: { totalCount: rows.length } };

  if (order) {
    rows = [...rows].sort((a, b) => {
      const x = fieldValue(a, order.field, order.kind);
      const y = fieldValue(b, order.field, order.kind);
      const result =
        order.kind === 'id'
          ? Number(a['Id']) - Number(b['Id'])
          : x === undefined
            ? y === undefined
              ? 0
              : -1
            : y === undefined
              ? 1
              : compare(x, y);
      return order.descending ? -result : result;
    });
  }
  const page = rows.slice(startPosition - 1, startPosition - 1 + maxResults);
  if (page.length === 0) return { QueryResponse: {} };
  return { QueryResponse: { [entity]: page, startPosition, maxResults: page.length } };
}
