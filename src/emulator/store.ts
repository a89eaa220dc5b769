import { randomInt } from 'node:crypto';
import { defaultProfile, type CompanyProfile } from './company-profile';
import type { JsonObject } from './json-types';

export const entityTypes = ['Customer', 'Vendor', 'Employee', 'Item', 'Invoice', 'Payment', 'Account', 'TaxCode', 'TaxRate'] as const;
export type EntityType = (typeof entityTypes)[number];
export const nameListTypes = ['Customer', 'Vendor', 'Employee'] as const;
export type NameListType = (typeof nameListTypes)[number];

export function isNameListType(value: string): value is NameListType {
  return (nameListTypes as readonly string[]).includes(value);
}

/** One record of a company. `data` holds the QBO JSON as stored (derived fields are added on output). */
export interface StoredEntity {
  type: EntityType;
  id: string;
  data: JsonObject;
  /** Milliseconds of the last change: drives CDC. */
  updatedAtMs: number;
  /** Hard-deleted (invoices only): kept so CDC can report the deletion. */
  deleted: boolean;
  voided: boolean;
  /** For a customer merged away: the keeper's Id. */
  mergedInto?: string;
}

/** Numeric Ids in number order; the few non-numeric ones (US tax codes TAX, NON) after them. */
function compareIds(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? a.localeCompare(b) : Number.isNaN(x) ? 1 : -1;
  return x - y;
}

/** A QBO company. */
export class Realm {
  private readonly entities = new Map<EntityType, Map<string, StoredEntity>>();
  private readonly counters = new Map<EntityType, number>();
  private lastStamp = 0;

  constructor(
    readonly id: string,
    public companyName: string,
    readonly createdAtMs: number,
    readonly profile: CompanyProfile = defaultProfile,
  ) {
    for (const type of entityTypes) {
      this.entities.set(type, new Map());
      this.counters.set(type, 0);
    }
  }

  nextId(type: EntityType): string {
    const next = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, next);
    return String(next);
  }

  /**
   * The change stamp in ms: strictly increasing, so two changes never share a CDC instant; with a
   * `resolutionMs` over 1 (cdc.stampResolutionMs), now rounded down to it, never going back, so
   * changes made together share one.
   */
  stamp(resolutionMs = 1): number {
    const now = Date.now();
    if (resolutionMs > 1) {
      this.lastStamp = Math.max(Math.floor(now / resolutionMs) * resolutionMs, this.lastStamp);
      return this.lastStamp;
    }
    this.lastStamp = now > this.lastStamp ? now : this.lastStamp + 1;
    return this.lastStamp;
  }

  /** A live (not deleted) entity. */
  get(type: EntityType, id: string): StoredEntity | undefined {
    const entity = this.table(type).get(id);
    return entity && !entity.deleted ? entity : undefined;
  }

  /** Live entities, in Id order. */
  list(type: EntityType): StoredEntity[] {
    return this.listIncludingDeleted(type).filter((e) => !e.deleted);
  }

  listIncludingDeleted(type: EntityType): StoredEntity[] {
    return [...this.table(type).values()].sort((a, b) => compareIds(a.id, b.id));
  }

  put(entity: StoredEntity): void {
    this.table(entity.type).set(entity.id, entity);
  }

  private table(type: EntityType): Map<string, StoredEntity> {
    const table = this.entities.get(type);
    if (!table) throw new Error(`no table for ${type}`);
    return table;
  }
}

export class Store {
  private readonly realms = new Map<string, Realm>();
  private companyCounter = 0;

  createRealm(companyName?: string, profile: CompanyProfile = defaultProfile): Realm {
    let id = '';
    do {
      id = `9341${String(randomInt(0, 1_000_000_000_000)).padStart(12, '0')}`;
    } while (this.realms.has(id));
    this.companyCounter += 1;
    const realm = new Realm(id, companyName?.trim() || `Emulated Company ${this.companyCounter}`, Date.now(), profile);
    this.realms.set(id, realm);
    return realm;
  }

  get(realmId: string): Realm | undefined {
    return this.realms.get(realmId);
  }

  all(): Realm[] {
    return [...this.realms.values()];
  }

  clear(): void {
    this.realms.clear();
  }
}
