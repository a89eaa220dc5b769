import { inject, injectable } from 'inversify';
import { LOGGER, QBO_DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { CustomerContact } from '../domain/customer-contact';
import { matchKeys } from '../domain/match-keys';
import { displayNameWithSuffix, FieldRepair, qboCustomerRepair } from '../domain/qbo-customer-repair';
import { Logger } from '../logger';
import { QBO_CLIENT, QboClient, QboCustomer } from '../qbo/qbo-client';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QboError } from '../qbo/qbo-error';
import { entityRequestId } from '../qbo/request-ids';
import { CustomerLinkage } from './customer-linkage';
import { AWAITING_COMPANY_SETTINGS_METHOD, AWAITING_INVOICE_METHOD } from './customer-link-repository';
import { contactOfQboCustomer, CustomerMirrorRepository } from './customer-mirror-repository';

export interface CreateRequest {
  tenantId: string;
  /** The company the request was computed for: the create goes only there, and its result is written only while the tenant is on it. */
  realmId: string;
  customerId: string;
  version: number;
  contact: CustomerContact & { notes: string | null };
  /** An operator asked for a new customer: no re-check against the mirror, never link a name holder. */
  forceNew?: boolean;
  /** Why a new customer is forced, for the record (default: an operator asked). */
  forceNewReason?: string;
  /**
   * In a multi-currency company, a customer with no invoice yet is not created: its currency is
   * that of its first invoice, so the create waits for it ('awaiting-invoice'). Automatic
   * resolution sets it; an operator's create does not (it is made at once, in the home currency).
   * Whatever it says, no create is made while the company's settings are not read (just after a
   * connect): whether the company works in several currencies is not known yet
   * ('awaiting-company-settings').
   */
  awaitFirstInvoice?: boolean;
}

export type CreateOutcome =
  | { kind: 'created'; qboCustomerId: string; displayName: string; repairs: FieldRepair[]; notes: string[] }
  | { kind: 'existing'; qboCustomerId: string; method: 'model' | 'name-holder' | 'earlier-create'; reason: string; repairs: FieldRepair[]; notes: string[] }
  /** Not created: what it waits for (the link's method while it waits) and why, in words. */
  | { kind: 'waiting'; method: typeof AWAITING_INVOICE_METHOD | typeof AWAITING_COMPANY_SETTINGS_METHOD; reason: string };

/** Why a customer of a multi-currency company is not created yet (its link's status reason). */
export const AWAITING_INVOICE_REASON =
  'waiting for its first invoice to know its currency: the QuickBooks company works in several currencies and a customer\'s currency is fixed when it is created';

/** Why a customer is not created yet just after a connect (its link's status reason). */
export const AWAITING_COMPANY_SETTINGS_REASON =
  "waiting for the company's settings to be read from QuickBooks: whether the company works in several currencies decides the currency a customer is created in, and it is fixed when it is created";

/** How many suffixed names to try before giving up (each one was held by someone else). */
const MAX_NAME_ATTEMPTS = 25;

/**
 * Advisory-lock keys: tenant and normalised name, each hashed by Postgres to an int4. A session
 * lock (no transaction stays open across the QuickBooks calls), on a connection of the QBO pool.
 */
const LOCK_SQL = 'SELECT pg_advisory_lock(hashtext($1), hashtext($2))';
const UNLOCK_SQL = 'SELECT pg_advisory_unlock(hashtext($1), hashtext($2))';

/**
 * Creates the QBO customer for an upstream customer, with its fields repaired, and mirrors it.
 * Serialised per tenant and normalised name across replicas (a session advisory lock on a
 * connection of the QBO pool, QBO_DATA_SOURCE; no Postgres transaction is open while QuickBooks
 * is called, and ingest's pool is never held);
 * after taking the lock the mirror is checked again, so a racing replica's create is linked
 * instead of duplicated. The requestid derives from customer id + version (+ attempt), so a
 * retried create is answered, not repeated. On 6240 the name's holders are looked up: a
 * customer that is the same one by the linkage model (a namesake with other contact details
 * is not) and belongs to no other upstream customer is linked; otherwise a readable suffix
 * ("Ann O'Neil (2)") is tried, and why is recorded.
 */
@injectable()
export class CreateQboCustomer {
  private readonly logger: Logger;
  constructor(
    @inject(QBO_DATA_SOURCE) private readonly db: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(LOGGER) logger: Logger,
    @inject(CustomerLinkage) private readonly linkage: CustomerLinkage,
  ) {
    this.logger = logger.child({ component: 'customers' });
  }

  async run(req: CreateRequest): Promise<CreateOutcome> {
    const keys = matchKeys(req.contact);
    const { fields, repairs } = qboCustomerRepair(req.contact, req.customerId);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    const lockKey = [req.tenantId, keys.primaryName || fields.DisplayName.toLowerCase()];
    let locked = false;
    try {
      await runner.query(LOCK_SQL, lockKey);
      locked = true;
      const q = runner.manager; // each statement commits on its own: nothing stays open across HTTP

      const earlier: Array<{ qbo_id: string }> = await q.query(
        `SELECT qbo_id FROM qbo_customer_mirror WHERE tenant_id = $1 AND created_for_customer_id = $2 AND active AND merged_into IS NULL AND realm_id = $3 ORDER BY qbo_id LIMIT 1`,
        [req.tenantId, req.customerId, req.realmId],
      );
      const earlierId = earlier[0]?.qbo_id;
      if (earlierId !== undefined && req.forceNew !== true) {
        return { kind: 'existing', qboCustomerId: earlierId, method: 'earlier-create', reason: `created earlier for this customer (#${earlierId})`, repairs, notes: [] };
      }
      const recheck = req.forceNew === true ? null : await this.linkage.decide(req.tenantId, req.contact, q);
      if (recheck !== null && recheck.outcome === 'link') {
        return { kind: 'existing', qboCustomerId: recheck.qboCustomerId, method: recheck.method, reason: `found after taking the create lock: ${recheck.reason}`, repairs, notes: [] };
      }

      const notes: string[] = [];
      const currencyOf = await firstInvoiceCurrency(q, req);
      if (currencyOf.kind === 'settings-unknown') return { kind: 'waiting', method: AWAITING_COMPANY_SETTINGS_METHOD, reason: AWAITING_COMPANY_SETTINGS_REASON };
      if (currencyOf.kind === 'awaiting-invoice' && req.awaitFirstInvoice === true) return { kind: 'waiting', method: AWAITING_INVOICE_METHOD, reason: AWAITING_INVOICE_REASON };
      const currency = currencyOf.kind === 'currency' ? currencyOf.currency : null;
      for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
        const displayName = attempt === 1 ? fields.DisplayName : displayNameWithSuffix(fields.DisplayName, attempt);
        const requestId = entityRequestId(req.tenantId, 'Customer', req.customerId, req.version, attempt === 1 ? 'create' : `create-${attempt}`);
        let created: QboCustomer;
        try {
          const body = currency === null ? { ...fields, DisplayName: displayName } : { ...fields, DisplayName: displayName, CurrencyRef: { value: currency } };
          created = await this.qbo.createCustomer(req.tenantId, body, { requestId, realmId: req.realmId });
        } catch (e) {
          if (!(e instanceof QboError) || e.code !== '6240') throw e;
          // A 6240 demands it: who holds the name (three queries: customers, vendors, employees).
          const holders = await withCallPurpose('check', () => this.qbo.findNameHolders(req.tenantId, displayName));
          for (const h of holders) {
            if (h.entity !== 'Customer') {
              notes.push(`"${displayName}" is held by ${h.entity.toLowerCase()} #${h.id}${h.active ? '' : ' (inactive)'}`);
              continue;
            }
            // The query answered the holder itself: read it again only if it did not (another QboClient).
            const holder = h.customer ?? (await withCallPurpose('check', () => this.qbo.readCustomer(req.tenantId, h.id)));
            if (holder === null) continue;
            await this.mirror.upsert(req.tenantId, req.realmId, [holder], {}, q);
            const mirrored = await this.mirror.get(req.tenantId, holder.Id, q);
            const same = await this.linkage.decideAgainst(req.tenantId, req.contact, [mirrored ?? fallbackMirrored(holder)], q);
            const owner = same.outcome === 'link' ? await this.linkage.owner(req.tenantId, holder.Id, req.customerId, q) : null;
            if (same.outcome === 'link' && owner === null && req.forceNew !== true) {
              return {
                kind: 'existing',
                qboCustomerId: holder.Id,
                method: 'name-holder',
                reason: `"${displayName}" is held by customer #${holder.Id}, the same customer by the linkage model (${same.reason})`,
                repairs,
                notes,
              };
            }
            const why = !(mirrored?.active ?? holder.Active !== false)
              ? mirrored?.mergedInto
                ? `merged away into #${mirrored.mergedInto}; never reused`
                : 'inactive; never reactivated by the sync'
              : req.forceNew === true
                ? (req.forceNewReason ?? 'an operator asked for a new customer')
                : owner !== null
                  ? `it belongs to upstream customer ${owner.customerId}`
                  : `not the same customer (${same.reason})`;
            notes.push(`"${displayName}" is held by customer #${holder.Id}: ${why}`);
          }
          if (holders.length === 0) notes.push(`"${displayName}" was refused as a duplicate name, but no holder was found`);
          continue;
        }
        await this.mirror.upsert(req.tenantId, req.realmId, [created], { createdBySync: true, createdForCustomerId: req.customerId }, q);
        if (attempt > 1) this.logger.info({ tenantId: req.tenantId, customerId: req.customerId, displayName }, 'created with a suffixed name');
        return { kind: 'created', qboCustomerId: created.Id, displayName: created.DisplayName, repairs, notes };
      }
      throw new QboError({
        kind: 'permanent',
        code: 'NAME_EXHAUSTED',
        message: `no free DisplayName after ${MAX_NAME_ATTEMPTS} attempts: ${notes.join('; ')}`,
        explanation: 'Every suffixed variant of this name is already held in QuickBooks; rename the customer upstream or link it by hand.',
      });
    } finally {
      // A failed unlock means the connection broke, and the session's lock went with it.
      if (locked) await runner.query(UNLOCK_SQL, lockKey).catch(() => undefined);
      await runner.release().catch(() => undefined);
    }
  }
}

/**
 * In a multi-currency company a customer's currency is fixed when it is created: the currency of
 * its first invoice (by issue date) when that is not the home currency; null = the home currency.
 * 'settings-unknown': the company's lists are not loaded for this company (just after a connect,
 * or their read keeps failing), so whether it works in several currencies is not known.
 * 'awaiting-invoice': the company is multi-currency and the customer has no invoice yet (voided
 * ones do not count, as in the resolution claims' linkDueSql), so its currency is not known.
 */
async function firstInvoiceCurrency(
  q: { query(sql: string, params: unknown[]): Promise<unknown> },
  req: CreateRequest,
): Promise<{ kind: 'currency'; currency: string | null } | { kind: 'awaiting-invoice' } | { kind: 'settings-unknown' }> {
  const rows = (await q.query(
    `SELECT p.multi_currency, upper(p.home_currency) AS home,
            EXISTS (SELECT 1 FROM invoices i WHERE i.tenant_id = $1 AND i.customer_id = $2 AND NOT i.voided) AS has_invoice,
            (SELECT upper(i.currency) FROM invoices i WHERE i.tenant_id = $1 AND i.customer_id = $2 AND i.currency IS NOT NULL AND NOT i.voided
              ORDER BY i.issue_date NULLS LAST, i.created_at LIMIT 1) AS first_currency
       FROM qbo_company_lists p WHERE p.tenant_id = $1 AND p.realm_id = $3 AND p.status = 'ready'`,
    [req.tenantId, req.customerId, req.realmId],
  )) as Array<{ multi_currency: boolean | null; home: string | null; has_invoice: boolean; first_currency: string | null }>;
  const r = rows[0];
  if (r === undefined) return { kind: 'settings-unknown' };
  if (r.multi_currency !== true) return { kind: 'currency', currency: null };
  if (!r.has_invoice) return { kind: 'awaiting-invoice' };
  return { kind: 'currency', currency: r.first_currency === null || r.first_currency === r.home ? null : r.first_currency };
}

function fallbackMirrored(c: QboCustomer) {
  return {
    qboId: c.Id,
    syncToken: c.SyncToken,
    displayName: c.DisplayName,
    companyName: c.CompanyName ?? null,
    email: c.PrimaryEmailAddr?.Address ?? null,
    phone: c.PrimaryPhone?.FreeFormNumber ?? null,
    active: c.Active !== false,
    mergedInto: null,
    createdBySync: false,
    createdForCustomerId: null,
    keys: matchKeys(contactOfQboCustomer(c)),
    contact: contactOfQboCustomer(c),
  };
}
