import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerContact } from '../domain/customer-contact';
import { allNameKeys, MatchKeys, matchKeys } from '../domain/match-keys';
import { QboCustomer } from '../qbo/qbo-client';
import { writeLinkageKeys } from './linkage-keys-writer';
import { returnedRows } from './returned-rows';
import { realmChangedError, realmGuardSql } from '../qbo/realm-guard';

/** One QBO customer as mirrored in Postgres. */
export interface MirroredCustomer {
  qboId: string;
  syncToken: string | null;
  displayName: string;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
  mergedInto: string | null;
  createdBySync: boolean;
  createdForCustomerId: string | null;
  keys: MatchKeys;
  /** What the linkage model compares. */
  contact: CustomerContact;
}

export interface MirrorOrigin {
  createdBySync?: boolean;
  createdForCustomerId?: string | null;
}

type Queryable = Pick<DataSource | EntityManager, 'query'>;

interface MirrorRow {
  qbo_id: string;
  sync_token: string | null;
  display_name: string;
  company_name: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
  merged_into: string | null;
  created_by_sync: boolean;
  created_for_customer_id: string | null;
  match_keys: MatchKeys;
  given_name: string | null;
  family_name: string | null;
  bill_address: QboCustomer['BillAddr'] | null;
}

const COLUMNS = `qbo_id, sync_token, display_name, company_name, email, phone, active, merged_into, created_by_sync,
                 created_for_customer_id, match_keys, given_name, family_name, bill_address`;

/** What the matcher compares for a QBO customer. */
export function contactOfQboCustomer(c: QboCustomer): CustomerContact {
  const bill = c.BillAddr;
  return {
    displayName: c.DisplayName,
    givenName: c.GivenName ?? null,
    familyName: c.FamilyName ?? null,
    companyName: c.CompanyName ?? null,
    email: c.PrimaryEmailAddr?.Address ?? null,
    phone: c.PrimaryPhone?.FreeFormNumber ?? null,
    address:
      bill === undefined
        ? null
        : { line1: bill.Line1, line2: bill.Line2, city: bill.City, region: bill.CountrySubDivisionCode, postalCode: bill.PostalCode, country: bill.Country },
  };
}

/**
 * The mirror of each company's QBO customers, with normalised match keys; the linkage keys
 * (qbo_customer_match_keys) are rewritten with every customer written. Candidates are found
 * by LinkageCandidateSearch, through those keys only.
 */
@injectable()
export class CustomerMirrorRepository {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  /**
   * Inserts or refreshes customers (newer LastUpdatedTime wins; equal refreshes). Returns how many rows changed.
   * `realmId`: the company they were read from. Written only while the tenant is on it
   * (realmGuardSql); otherwise nothing is written and QboError REALM_CHANGED is thrown.
   */
  async upsert(tenantId: string, realmId: string, customers: readonly QboCustomer[], origin: MirrorOrigin = {}, q: Queryable = this.db): Promise<number> {
    // One transaction when the caller has none: a customer's row and its match keys (deleted, then
    // written again) change together, so a concurrent candidate search never sees it without keys.
    if (q === this.db) return this.db.transaction((tx) => this.upsert(tenantId, realmId, customers, origin, tx));
    let changed = 0;
    for (let i = 0; i < customers.length; i += 1000) {
      const chunk = customers.slice(i, i + 1000);
      const rows = chunk.map((c) => {
        const keys = matchKeys(contactOfQboCustomer(c));
        return { c, keys };
      });
      const result: unknown[] = await q.query(
        `INSERT INTO qbo_customer_mirror AS m (tenant_id, qbo_id, sync_token, display_name, given_name, family_name, company_name,
            email, phone, bill_address, active, created_by_sync, created_for_customer_id, last_updated,
            email_key, name_keys, block_keys, primary_name, phone_key, phone7, postcode, street_key, match_keys, realm_id, currency, balance)
         SELECT $1, t.qbo_id, t.sync_token, t.display_name, t.given_name, t.family_name, t.company_name, t.email, t.phone,
                t.bill_address::jsonb, t.active, $2, $3, t.last_updated, t.email_key,
                ARRAY(SELECT jsonb_array_elements_text(t.name_keys::jsonb)), ARRAY(SELECT jsonb_array_elements_text(t.block_keys::jsonb)), t.primary_name, t.phone_key, t.phone7, t.postcode,
                t.street_key, t.match_keys::jsonb, $24, t.currency, t.balance
         FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                     $13::boolean[], $14::timestamptz[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[],
                     $21::text[], $22::text[], $23::text[], $25::text[], $26::numeric[])
              AS t(qbo_id, sync_token, display_name, given_name, family_name, company_name, email, phone, bill_address, active,
                   last_updated, email_key, name_keys, primary_name, phone_key, phone7, postcode, street_key, match_keys, block_keys, currency, balance)
         WHERE ${realmGuardSql('$1', '$24')}
         ON CONFLICT (tenant_id, qbo_id) DO UPDATE SET
           sync_token = EXCLUDED.sync_token, display_name = EXCLUDED.display_name, given_name = EXCLUDED.given_name,
           family_name = EXCLUDED.family_name, company_name = EXCLUDED.company_name, email = EXCLUDED.email, phone = EXCLUDED.phone,
           bill_address = EXCLUDED.bill_address, active = EXCLUDED.active, last_updated = EXCLUDED.last_updated,
           created_by_sync = m.created_by_sync OR EXCLUDED.created_by_sync,
           created_for_customer_id = COALESCE(m.created_for_customer_id, EXCLUDED.created_for_customer_id),
           email_key = EXCLUDED.email_key, name_keys = EXCLUDED.name_keys, block_keys = EXCLUDED.block_keys, primary_name = EXCLUDED.primary_name,
           phone_key = EXCLUDED.phone_key, phone7 = EXCLUDED.phone7, postcode = EXCLUDED.postcode, street_key = EXCLUDED.street_key,
           match_keys = EXCLUDED.match_keys, realm_id = EXCLUDED.realm_id, currency = COALESCE(EXCLUDED.currency, m.currency),
           balance = COALESCE(EXCLUDED.balance, m.balance), mirrored_at = now()
         WHERE m.last_updated IS NULL OR EXCLUDED.last_updated IS NULL OR m.last_updated <= EXCLUDED.last_updated
         RETURNING qbo_id`,
        [
          tenantId,
          origin.createdBySync ?? false,
          origin.createdForCustomerId ?? null,
          rows.map((r) => r.c.Id),
          rows.map((r) => r.c.SyncToken ?? null),
          rows.map((r) => r.c.DisplayName),
          rows.map((r) => r.c.GivenName ?? null),
          rows.map((r) => r.c.FamilyName ?? null),
          rows.map((r) => r.c.CompanyName ?? null),
          rows.map((r) => r.c.PrimaryEmailAddr?.Address ?? null),
          rows.map((r) => r.c.PrimaryPhone?.FreeFormNumber ?? null),
          rows.map((r) => (r.c.BillAddr === undefined ? null : JSON.stringify(r.c.BillAddr))),
          rows.map((r) => r.c.Active !== false),
          rows.map((r) => r.c.MetaData?.LastUpdatedTime ?? null),
          rows.map((r) => r.keys.email),
          rows.map((r) => JSON.stringify(allNameKeys(r.keys))),
          rows.map((r) => r.keys.primaryName),
          rows.map((r) => r.keys.phoneNational),
          rows.map((r) => r.keys.phone7),
          rows.map((r) => r.keys.postcode),
          rows.map((r) => r.keys.street),
          rows.map((r) => JSON.stringify(r.keys)),
          rows.map((r) => JSON.stringify(r.keys.blockKeys)),
          realmId,
          rows.map((r) => currencyOf(r.c.CurrencyRef)),
          rows.map((r) => (typeof r.c.Balance === 'number' && Number.isFinite(r.c.Balance) ? r.c.Balance.toFixed(2) : null)),
        ],
      );
      if (result.length === 0 && !(await this.onRealm(tenantId, realmId, q))) throw realmChangedError(tenantId, realmId, 'QuickBooks customers read from it were');
      changed += result.length;
      const written = new Set(returnedRows<{ qbo_id: string }>(result).map((r) => r.qbo_id));
      await writeLinkageKeys(q, tenantId, chunk.filter((c) => written.has(c.Id)).map((c) => ({ qboId: c.Id, contact: contactOfQboCustomer(c) })));
    }
    return changed;
  }

  /** Several customers by id, in the order asked. */
  async getMany(tenantId: string, qboIds: readonly string[], q: Queryable = this.db): Promise<MirroredCustomer[]> {
    if (qboIds.length === 0) return [];
    const rows: MirrorRow[] = await q.query(`SELECT ${COLUMNS} FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = ANY($2::text[])`, [tenantId, qboIds]);
    const byId = new Map(rows.map((r) => [r.qbo_id, toMirrored(r)]));
    return qboIds.map((id) => byId.get(id)).filter((m): m is MirroredCustomer => m !== undefined);
  }

  /**
   * The next `limit` customers of the tenant after `afterQboId` (null: from the first), in qbo_id
   * order, with what they are keyed under: a page of the mirror rebuilt from its stored rows.
   */
  async contactsAfter(tenantId: string, afterQboId: string | null, limit: number, q: Queryable = this.db): Promise<Array<{ qboId: string; contact: CustomerContact }>> {
    const rows: MirrorRow[] = await q.query(
      `SELECT ${COLUMNS} FROM qbo_customer_mirror WHERE tenant_id = $1 AND ($2::text IS NULL OR qbo_id > $2) ORDER BY qbo_id LIMIT $3`,
      [tenantId, afterQboId, limit],
    );
    return rows.map(toMirrored).map((m) => ({ qboId: m.qboId, contact: m.contact }));
  }

  /**
   * Whether each of these QBO customers is active, as the tenant's mirror of company `realmId`
   * knows it (kept fresh by webhooks and CDC): only when that mirror is loaded and still the
   * tenant's company; customers it does not hold are left out (the caller asks QuickBooks).
   */
  async activity(tenantId: string, realmId: string, qboIds: readonly string[], q: Queryable = this.db): Promise<Map<string, boolean>> {
    if (qboIds.length === 0) return new Map();
    const rows: Array<{ qbo_id: string; active: boolean }> = await q.query(
      `SELECT m.qbo_id, m.active AND m.merged_into IS NULL AS active FROM qbo_customer_mirror m
         JOIN qbo_customer_mirror_state s ON s.tenant_id = m.tenant_id AND s.status = 'ready' AND s.realm_id = $2
         JOIN qbo_connections c ON c.tenant_id = m.tenant_id AND c.realm_id = $2
        WHERE m.tenant_id = $1 AND m.realm_id = $2 AND m.qbo_id = ANY($3::text[])`,
      [tenantId, realmId, qboIds],
    );
    return new Map(rows.map((r) => [r.qbo_id, r.active]));
  }

  /** Is the tenant connected to `realmId` now? */
  private async onRealm(tenantId: string, realmId: string, q: Queryable): Promise<boolean> {
    const rows: unknown[] = await q.query(`SELECT 1 FROM qbo_connections WHERE tenant_id = $1 AND realm_id = $2`, [tenantId, realmId]);
    return rows.length > 0;
  }

  /**
   * The company the tenant's mirror was loaded from, when it is ready and still the tenant's
   * connected company: what a resolution is computed for. null while it is (re)loading.
   */
  async readyRealm(tenantId: string, q: Queryable = this.db): Promise<string | null> {
    const rows: Array<{ realm_id: string }> = await q.query(
      `SELECT s.realm_id FROM qbo_customer_mirror_state s JOIN qbo_connections c ON c.tenant_id = s.tenant_id AND c.realm_id = s.realm_id
        WHERE s.tenant_id = $1 AND s.status = 'ready'`,
      [tenantId],
    );
    return rows[0]?.realm_id ?? null;
  }

  async get(tenantId: string, qboId: string, q: Queryable = this.db): Promise<MirroredCustomer | null> {
    const rows: MirrorRow[] = await q.query(`SELECT ${COLUMNS} FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, qboId]);
    const row = rows[0];
    return row === undefined ? null : toMirrored(row);
  }

  /** Active customers whose DisplayName equals `displayName` (case-insensitive, as QBO compares). */
  async findActiveByDisplayName(tenantId: string, displayName: string, q: Queryable = this.db): Promise<MirroredCustomer[]> {
    const rows: MirrorRow[] = await q.query(
      `SELECT ${COLUMNS} FROM qbo_customer_mirror WHERE tenant_id = $1 AND lower(display_name) = lower($2) AND active`,
      [tenantId, displayName.trim()],
    );
    return rows.map(toMirrored);
  }

  async markMerged(tenantId: string, loserId: string, keeperId: string, q: Queryable = this.db): Promise<void> {
    await q.query(`UPDATE qbo_customer_mirror SET merged_into = $3, active = false WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, loserId, keeperId]);
  }

  /** Customers this sync created, still active: the left side of the duplicates report. */
  async createdBySync(tenantId: string): Promise<MirroredCustomer[]> {
    const rows: MirrorRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM qbo_customer_mirror WHERE tenant_id = $1 AND created_by_sync AND active ORDER BY qbo_id`,
      [tenantId],
    );
    return rows.map(toMirrored);
  }

  async count(tenantId: string): Promise<number> {
    const rows: Array<{ n: string }> = await this.db.query(`SELECT count(*) AS n FROM qbo_customer_mirror WHERE tenant_id = $1`, [tenantId]);
    return Number(rows[0]?.n ?? 0);
  }
}

function toMirrored(r: MirrorRow): MirroredCustomer {
  return {
    qboId: r.qbo_id,
    syncToken: r.sync_token,
    displayName: r.display_name,
    companyName: r.company_name,
    email: r.email,
    phone: r.phone,
    active: r.active,
    mergedInto: r.merged_into,
    createdBySync: r.created_by_sync,
    createdForCustomerId: r.created_for_customer_id,
    keys: r.match_keys,
    contact: contactOfQboCustomer({
      Id: r.qbo_id,
      SyncToken: r.sync_token ?? '0',
      DisplayName: r.display_name,
      GivenName: r.given_name ?? undefined,
      FamilyName: r.family_name ?? undefined,
      CompanyName: r.company_name ?? undefined,
      PrimaryEmailAddr: r.email === null ? undefined : { Address: r.email },
      PrimaryPhone: r.phone === null ? undefined : { FreeFormNumber: r.phone },
      BillAddr: r.bill_address ?? undefined,
    }),
  };
}

/** A customer's currency (CurrencyRef.value), fixed at its creation; null when QuickBooks did not say. */
function currencyOf(ref: unknown): string | null {
  const v = typeof ref === 'object' && ref !== null ? (ref as { value?: unknown }).value : undefined;
  return typeof v === 'string' && /^[A-Za-z]{3}$/.test(v) ? v.toUpperCase() : null;
}
