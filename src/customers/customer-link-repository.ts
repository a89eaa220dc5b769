import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, EntityManager } from 'typeorm';
import { ContactAddress, CustomerContact } from '../domain/customer-contact';
import { realmChangedError, realmGuardSql } from '../qbo/realm-guard';
import { SyncEventData } from '../outbox/sync-event-schemas';
import { writeSyncEvent } from '../outbox/write-sync-event';
import { returnedRows } from './returned-rows';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

export type LinkStatus = 'pending' | 'linked' | 'review' | 'failed';

export interface CustomerLink {
  tenantId: string;
  customerId: string;
  qboCustomerId: string | null;
  status: LinkStatus;
  statusReason: string | null;
  method: string | null;
  resolvedVersion: number | null;
  wantedVersion: number | null;
  /** The QuickBooks company its qboCustomerId belongs to (the realm it was resolved against). */
  realmId: string | null;
}

/** An upstream customer as recorded by ingest. */
export interface UpstreamCustomer {
  tenantId: string;
  id: string;
  version: number;
  deleted: boolean;
  contact: CustomerContact & { notes: string | null };
}

export interface ClaimedCustomer {
  tenantId: string;
  customerId: string;
}

interface LinkRow {
  tenant_id: string;
  customer_id: string;
  qbo_customer_id: string | null;
  status: LinkStatus;
  status_reason: string | null;
  method: string | null;
  resolved_version: string | null;
  wanted_version: string | null;
  realm_id: string | null;
}

const toLink = (r: LinkRow): CustomerLink => ({
  tenantId: r.tenant_id,
  customerId: r.customer_id,
  qboCustomerId: r.qbo_customer_id,
  status: r.status,
  statusReason: r.status_reason,
  method: r.method,
  resolvedVersion: r.resolved_version === null ? null : Number(r.resolved_version),
  wantedVersion: r.wanted_version === null ? null : Number(r.wanted_version),
  realmId: r.realm_id,
});

/**
 * The method of a link whose QuickBooks customer is not created yet because its currency is not
 * known (a multi-currency company, no invoice yet): status 'pending', resolved at its version.
 */
export const AWAITING_INVOICE_METHOD = 'awaiting-invoice';

/**
 * The method of a link whose QuickBooks customer is not created yet because the company's
 * settings (CompanyInfo, Preferences: whether it works in several currencies, its home currency)
 * are not read yet, just after a connect: status 'pending', resolved at its version.
 */
export const AWAITING_COMPANY_SETTINGS_METHOD = 'awaiting-company-settings';

/** The methods of a pending link whose create waits for something (a deleted customer waits for nothing). */
export const WAITING_METHODS: readonly string[] = [AWAITING_INVOICE_METHOD, AWAITING_COMPANY_SETTINGS_METHOD];

/**
 * A link due for resolution (alias `l`): its wanted version is newer than its resolved one, or it
 * waits for its first invoice and one has come, or it waits for the company's settings and the
 * lists of the tenant's connected company are loaded (qbo_company_lists 'ready' for the
 * connection's realm: a list loaded for a former company does not make it due). Both read
 * committed rows only, so a later poll of any replica sees the change: nothing waits forever once
 * what it waits for is there. Voided invoices do not count, as in CreateQboCustomer's check.
 */
export function linkDueSql(l: string): string {
  return `((${l}.wanted_version IS NOT NULL AND (${l}.resolved_version IS NULL OR ${l}.resolved_version < ${l}.wanted_version))
           OR (${l}.method = '${AWAITING_INVOICE_METHOD}' AND ${l}.status = 'pending'
               AND EXISTS (SELECT 1 FROM invoices ai WHERE ai.tenant_id = ${l}.tenant_id AND ai.customer_id = ${l}.customer_id AND NOT ai.voided))
           OR (${l}.method = '${AWAITING_COMPANY_SETTINGS_METHOD}' AND ${l}.status = 'pending'
               AND EXISTS (SELECT 1 FROM qbo_company_lists acl JOIN qbo_connections acc ON acc.tenant_id = acl.tenant_id AND acc.realm_id = acl.realm_id
                            WHERE acl.tenant_id = ${l}.tenant_id AND acl.status = 'ready')))`;
}

/**
 * customer_links as the resolution queue: a row whose wanted_version (set by a trigger on
 * customers) is newer than its resolved_version needs resolving. Claims take a lease with
 * FOR UPDATE SKIP LOCKED, so replicas never resolve one customer at the same time; only
 * tenants whose QBO connection is 'connected' and whose mirror is loaded are claimed. A link
 * waiting for its first invoice (AWAITING_INVOICE_METHOD) is due again once one is recorded, one
 * waiting for the company's settings (AWAITING_COMPANY_SETTINGS_METHOD) once they are loaded.
 */
@injectable()
export class CustomerLinkRepository {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async claim(limit: number, workerId: string, leaseMs: number): Promise<ClaimedCustomer[]> {
    const result: unknown = await this.db.query(
      `WITH todo AS (
         SELECT l.tenant_id, l.customer_id FROM customer_links l
         JOIN qbo_connections q ON q.tenant_id = l.tenant_id AND q.status = 'connected'
         JOIN qbo_customer_mirror_state s ON s.tenant_id = l.tenant_id AND s.status = 'ready'
         JOIN tenants t ON t.tenant_id = l.tenant_id AND t.enabled -- sync off: nothing is resolved or created
         WHERE ${linkDueSql('l')}
           AND (l.claimed_until IS NULL OR l.claimed_until < now())
         ORDER BY l.updated_at
         LIMIT $1
         FOR UPDATE OF l SKIP LOCKED)
       UPDATE customer_links l SET claimed_by = $2, claimed_until = now() + $3 * interval '1 millisecond'
       FROM todo WHERE l.tenant_id = todo.tenant_id AND l.customer_id = todo.customer_id
       RETURNING l.tenant_id, l.customer_id`,
      [limit, workerId, leaseMs],
    );
    return returnedRows<{ tenant_id: string; customer_id: string }>(result).map((r) => ({ tenantId: r.tenant_id, customerId: r.customer_id }));
  }

  /** Gives a claim back untouched, to be retried after `delayMs`. */
  async release(c: ClaimedCustomer, workerId: string, delayMs: number, reason: string | null): Promise<void> {
    await this.db.query(
      `UPDATE customer_links SET claimed_by = NULL, claimed_until = now() + $4 * interval '1 millisecond',
              status_reason = COALESCE($5, status_reason), updated_at = now()
       WHERE tenant_id = $1 AND customer_id = $2 AND claimed_by = $3`,
      [c.tenantId, c.customerId, workerId, delayMs, reason],
    );
  }

  /** Extends the lease of claims this worker still holds (work queued or in progress). */
  async renewClaims(claims: readonly ClaimedCustomer[], workerId: string, leaseMs: number): Promise<void> {
    if (claims.length === 0) return;
    await this.db.query(
      `UPDATE customer_links l SET claimed_until = now() + $4 * interval '1 millisecond'
         FROM unnest($1::text[], $2::text[]) AS c(tenant_id, customer_id)
        WHERE l.tenant_id = c.tenant_id AND l.customer_id = c.customer_id AND l.claimed_by = $3`,
      [claims.map((c) => c.tenantId), claims.map((c) => c.customerId), workerId, leaseMs],
    );
  }

  /** Gives back claims not started, claimable again at once. */
  async releaseClaims(claims: readonly ClaimedCustomer[], workerId: string): Promise<void> {
    if (claims.length === 0) return;
    await this.db.query(
      `UPDATE customer_links l SET claimed_by = NULL, claimed_until = NULL
         FROM unnest($1::text[], $2::text[]) AS c(tenant_id, customer_id)
        WHERE l.tenant_id = c.tenant_id AND l.customer_id = c.customer_id AND l.claimed_by = $3`,
      [claims.map((c) => c.tenantId), claims.map((c) => c.customerId), workerId],
    );
  }

  async find(tenantId: string, customerId: string, q: Queryable = this.db): Promise<CustomerLink | null> {
    const rows: LinkRow[] = await q.query(`SELECT * FROM customer_links WHERE tenant_id = $1 AND customer_id = $2`, [tenantId, customerId]);
    const row = rows[0];
    return row === undefined ? null : toLink(row);
  }

  /**
   * Writes a resolution (and ends the claim). `version` is the customer version it was made for.
   * The QBO customer goes through qbo_survivor(): a resolution that finishes after a merge of
   * its target was applied still lands on the survivor, never on the merged-away customer.
   * `realmId` is the company the resolution was computed for: the write happens only while the
   * tenant is still on it (realmGuardSql); otherwise nothing is written and a QboError
   * REALM_CHANGED (kind halted) is thrown, so the caller's transaction rolls back. null only for
   * a settlement that records no QuickBooks id (a failure).
   *
   * A change of the link's state is reported to upstream in the same transaction (the outbox):
   * `customer.linked` when it becomes linked or moves to another QBO customer, `customer.held`
   * when it is held for review (with `candidates`, the QBO ids it may be). Given the DataSource
   * (no transaction), it opens one.
   */
  async settle(
    tenantId: string,
    customerId: string,
    s: {
      status: LinkStatus;
      qboCustomerId: string | null;
      reason: string | null;
      method: string | null;
      version: number;
      realmId: string | null;
      /** For a hold: the QBO customers it may be, most likely first. */
      candidates?: readonly string[];
    },
    q: Queryable = this.db,
  ): Promise<void> {
    if (q === this.db) return this.db.transaction((tx) => this.settle(tenantId, customerId, s, tx));
    if (s.realmId === null && s.qboCustomerId !== null) throw new Error('a link to a QuickBooks customer needs the realm it belongs to');
    // What the link was (locked until commit), to report only a change.
    const before = (await q.query(`SELECT status, qbo_customer_id FROM customer_links WHERE tenant_id = $1 AND customer_id = $2 FOR UPDATE`, [
      tenantId,
      customerId,
    ])) as Array<{ status: LinkStatus; qbo_customer_id: string | null }>;
    const written = returnedRows<{ qbo_customer_id: string | null }>(
      await q.query(
        `INSERT INTO customer_links (tenant_id, customer_id, qbo_customer_id, status, status_reason, method, resolved_version, wanted_version, realm_id)
         SELECT $1, $2, qbo_survivor($1, $3), $4, $5, $6, $7, $7, $8
          WHERE $8::text IS NULL OR ${realmGuardSql('$1', '$8')}
         ON CONFLICT (tenant_id, customer_id) DO UPDATE SET
           qbo_customer_id = EXCLUDED.qbo_customer_id, status = EXCLUDED.status, status_reason = EXCLUDED.status_reason,
           method = EXCLUDED.method, realm_id = EXCLUDED.realm_id,
           resolved_version = GREATEST(COALESCE(customer_links.resolved_version, 0), EXCLUDED.resolved_version),
           claimed_by = NULL, claimed_until = NULL, updated_at = now()
         RETURNING customer_links.qbo_customer_id`,
        [tenantId, customerId, s.qboCustomerId, s.status, s.reason, s.method, s.version, s.realmId],
      ),
    );
    const row = written[0];
    if (row === undefined) {
      if (s.realmId !== null) throw realmChangedError(tenantId, s.realmId, `the link of customer ${customerId}`);
      return;
    }
    const prev = before[0];
    if (prev !== undefined && prev.status === s.status && prev.qbo_customer_id === row.qbo_customer_id) return; // no change to report
    if (s.status === 'linked' && row.qbo_customer_id !== null) {
      await writeSyncEvent(q, tenantId, 'customer.linked', linkedEvent(customerId, row.qbo_customer_id, s.method, s.reason));
    } else if (s.status === 'review') {
      await writeSyncEvent(q, tenantId, 'customer.held', {
        customerId,
        reason: plain(s.reason, 'held for review'),
        candidates: [...(s.candidates ?? [])],
        qboCustomerId: row.qbo_customer_id,
      });
    }
  }

  /** Links pointing at a QBO customer of company `realmId` (for merges and deactivations). */
  async pointingAt(tenantId: string, realmId: string, qboCustomerId: string, q: Queryable = this.db): Promise<CustomerLink[]> {
    const rows: LinkRow[] = await q.query(
      `SELECT * FROM customer_links WHERE tenant_id = $1 AND qbo_customer_id = $2 AND realm_id = $3 ORDER BY customer_id FOR UPDATE`,
      [tenantId, qboCustomerId, realmId],
    );
    return rows.map(toLink);
  }

  async upstreamCustomer(tenantId: string, customerId: string, q: Queryable = this.db): Promise<UpstreamCustomer | null> {
    const rows: Array<{
      tenant_id: string;
      id: string;
      version: string;
      deleted: boolean;
      display_name: string | null;
      given_name: string | null;
      family_name: string | null;
      company_name: string | null;
      email: string | null;
      phone: string | null;
      billing_address: ContactAddress | null;
      notes: string | null;
    }> = await q.query(`SELECT * FROM customers WHERE tenant_id = $1 AND id = $2`, [tenantId, customerId]);
    const r = rows[0];
    if (r === undefined) return null;
    return {
      tenantId: r.tenant_id,
      id: r.id,
      version: Number(r.version),
      deleted: r.deleted,
      contact: {
        displayName: r.display_name,
        givenName: r.given_name,
        familyName: r.family_name,
        companyName: r.company_name,
        email: r.email,
        phone: r.phone,
        address: r.billing_address,
        notes: r.notes,
      },
    };
  }

  async ambiguousPolicy(tenantId: string): Promise<'create' | 'review'> {
    const rows: Array<{ ambiguous_policy: 'create' | 'review' }> = await this.db.query(`SELECT ambiguous_policy FROM tenants WHERE tenant_id = $1`, [tenantId]);
    return rows[0]?.ambiguous_policy ?? 'create';
  }

  async notice(tenantId: string, n: { customerId: string | null; qboCustomerId: string | null; kind: string; message: string }, q: Queryable = this.db): Promise<void> {
    await q.query(`INSERT INTO customer_link_notices (tenant_id, customer_id, qbo_customer_id, kind, message) VALUES ($1, $2, $3, $4, $5)`, [
      tenantId,
      n.customerId,
      n.qboCustomerId,
      n.kind,
      n.message,
    ]);
  }
}

/** The reason as the sync-events contract takes it: non-empty, at most 4,000 characters. */
function plain(reason: string | null, fallback: string): string {
  const r = reason?.trim() ?? '';
  return (r === '' ? fallback : r).slice(0, 4000);
}

/**
 * `customer.linked` for a link made by `method` (the link's own method: 'create', 'operator',
 * 'merge', a matching method...), in the contract's words: matched, created, operator or merge.
 */
export function linkedEvent(customerId: string, qboCustomerId: string, method: string | null, reason: string | null): SyncEventData<'customer.linked'> {
  const created = method === 'create' || method === 'operator-create' || method === 'earlier-create';
  const publicMethod = method === 'operator' || method === 'operator-create' ? 'operator' : method === 'merge' ? 'merge' : method === 'create' || method === 'earlier-create' ? 'created' : 'matched';
  return { customerId, qboCustomerId, method: publicMethod, createdInQuickBooks: created, reason: plain(reason, 'linked') };
}
