import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { ContactAddress, contactName } from '../domain/customer-contact';
import { DATA_SOURCE } from '../tokens';
import { ListCustomersForReview } from './list-customers-for-review';

/** A QuickBooks customer offered for a held customer, as the mirror holds it, with the evidence in words. */
export interface ReviewCandidate {
  qboCustomerId: string;
  name: string;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  /** One line: "12 High St, Springfield, IL 62701, US". */
  address: string | null;
  /** Open balance in QuickBooks as last read ("120.00"), null when not known. */
  balance: string | null;
  currency: string | null;
  /** Only an active customer can be linked to. */
  active: boolean;
  /** The model's probability that it is the held customer (0..1). */
  score: number;
  /** "same e-mail: very strong for (+11.3)", strongest first. */
  evidence: string[];
}

/** A customer held for a person's decision, with its own details and its candidates. */
export interface ReviewCase {
  customerId: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  /** The resolver's reason (technical; for support). */
  reason: string | null;
  /** Linked to this QuickBooks customer, which went inactive (held for that reason). */
  inactiveQboCustomerId: string | null;
  waitingInvoices: number;
  since: string;
  candidates: ReviewCandidate[];
}

/**
 * The review queue a bookkeeper acts on: each customer held for review with its name and
 * contact details beside the candidates of its latest decision, each candidate's details from
 * the mirror of the company's QuickBooks customers (name, e-mail, phone, address, open
 * balance) and the evidence in words. A fixed number of queries, whatever the queue's length.
 */
@injectable()
export class ReadReviewQueue {
  constructor(
    @inject(ListCustomersForReview) private readonly list: ListCustomersForReview,
    @inject(DATA_SOURCE) private readonly db: DataSource,
  ) {}

  /** The oldest `limit` held customers; or, with `customerId`, that one customer's case alone (whatever its place in the queue). */
  async run(tenantId: string, limit = 50, customerId?: string): Promise<{ total: number; cases: ReviewCase[] }> {
    const queue = await this.list.run(tenantId, customerId === undefined ? { limit } : { limit: 1, customerId });
    const ids = queue.customers.map((c) => c.customerId);
    const qboIds = [...new Set(queue.customers.flatMap((c) => c.candidates.map((k) => k.qboCustomerId)))];
    const upstream = ids.length === 0 ? [] : ((await this.db.query(
      `SELECT id, display_name, given_name, family_name, company_name, email, phone, billing_address FROM customers WHERE tenant_id = $1 AND id = ANY($2::text[])`,
      [tenantId, ids],
    )) as Array<{ id: string; display_name: string | null; given_name: string | null; family_name: string | null; company_name: string | null; email: string | null; phone: string | null; billing_address: ContactAddress | null }>);
    const mirrored = qboIds.length === 0 ? [] : ((await this.db.query(
      `SELECT qbo_id, display_name, company_name, email, phone, bill_address, balance::text AS balance, currency, active AND merged_into IS NULL AS active
         FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = ANY($2::text[])`,
      [tenantId, qboIds],
    )) as Array<{ qbo_id: string; display_name: string; company_name: string | null; email: string | null; phone: string | null; bill_address: QboAddressRow | null; balance: string | null; currency: string | null; active: boolean }>);
    const people = new Map(upstream.map((u) => [u.id, u]));
    const mirror = new Map(mirrored.map((m) => [m.qbo_id, m]));
    const cases = queue.customers.map((c): ReviewCase => {
      const u = people.get(c.customerId);
      return {
        customerId: c.customerId,
        name: (u ? contactName({ displayName: u.display_name, givenName: u.given_name, familyName: u.family_name, companyName: u.company_name }) : '') || c.displayName || c.customerId,
        email: u?.email ?? c.email,
        phone: u?.phone ?? null,
        address: oneLine(u?.billing_address ?? null),
        reason: c.reason,
        inactiveQboCustomerId: c.qboCustomerId,
        waitingInvoices: c.waitingInvoices,
        since: c.since,
        candidates: c.candidates.map((k): ReviewCandidate => {
          const m = mirror.get(k.qboCustomerId);
          return {
            qboCustomerId: k.qboCustomerId,
            name: m?.display_name ?? k.displayName,
            companyName: m?.company_name ?? null,
            email: m?.email ?? null,
            phone: m?.phone ?? null,
            address: m ? oneLine(fromQbo(m.bill_address)) : null,
            balance: m?.balance ?? null,
            currency: m?.currency ?? null,
            active: m ? m.active : k.active,
            score: k.score,
            evidence: k.evidence,
          };
        }),
      };
    });
    return { total: queue.total, cases };
  }
}

interface QboAddressRow {
  Line1?: string;
  Line2?: string;
  City?: string;
  CountrySubDivisionCode?: string;
  PostalCode?: string;
  Country?: string;
}

function fromQbo(a: QboAddressRow | null): ContactAddress | null {
  if (a === null) return null;
  return { line1: a.Line1, line2: a.Line2, city: a.City, region: a.CountrySubDivisionCode, postalCode: a.PostalCode, country: a.Country };
}

/** "12 High St, Springfield, IL 62701, US" (null when empty). */
function oneLine(a: ContactAddress | null): string | null {
  if (a === null) return null;
  const t = (v: string | null | undefined) => (v ?? '').replace(/\s+/g, ' ').trim();
  const regionPost = [t(a.region), t(a.postalCode)].filter((p) => p !== '').join(' ');
  const parts = [t(a.line1), t(a.line2), t(a.city), regionPost, t(a.country)].filter((p) => p !== '');
  return parts.length === 0 ? null : parts.join(', ');
}
