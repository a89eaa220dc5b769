import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerContact } from '../domain/customer-contact';
import { FieldLevel, FieldName } from '../domain/linkage/field-comparisons';
import { linkageDecision, MatchDecision, WeighedCandidate } from '../domain/linkage/linkage-decision';
import { LevelCounts, LinkageParameters, withCurrentDefaults, withLabelledMatches } from '../domain/linkage/linkage-parameters';
import { linkageRecord } from '../domain/linkage/linkage-record';
import { FieldEvidence } from '../domain/linkage/linkage-scoring';
import { MirroredCustomer } from './customer-mirror-repository';
import { asLinkageCandidate, LinkageCandidateSearch } from './linkage-candidate-search';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** Labelled matches read per tenant for its m estimates (the newest). */
const LABELS_READ = 1000;

/** Who else an automatic link would take a QBO customer from. */
export interface QboCustomerOwner {
  customerId: string;
}

/**
 * The linkage model applied to a tenant: candidates from its mirror, weights adjusted by its
 * value frequencies and its labelled pairs (every link or create a person made by hand), the
 * decision; the labelled pairs themselves; and the one-to-one rule's lookup (which upstream
 * customer a QBO customer already belongs to).
 */
@injectable()
export class CustomerLinkage {
  /**
   * Memo of each tenant's parameters, keyed by what they are computed from in Postgres (the
   * newest labelled match's id and EM's estimated_at): checked against Postgres on every
   * decision, so another replica's new label or estimate is used at once; never a truth of its own.
   */
  private readonly parameterMemo = new Map<string, { stamp: string; params: LinkageParameters }>();

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(LinkageCandidateSearch) private readonly search: LinkageCandidateSearch,
  ) {}

  /** Where an incoming contact goes, against the tenant's mirror (less one customer: itself, for the duplicates report). */
  async decide(tenantId: string, contact: CustomerContact, q: Queryable = this.db, excludeQboId?: string): Promise<MatchDecision> {
    const record = linkageRecord(contact);
    const found = await this.search.find(tenantId, record, q);
    const candidates = found.candidates.filter((c) => c.qboId !== excludeQboId).map(asLinkageCandidate);
    return linkageDecision(record, candidates, { params: await this.parameters(tenantId), frequencies: found.frequencies });
  }

  /** The decision against the given customers only (a name's holder after a 6240), with the tenant's frequencies. */
  async decideAgainst(tenantId: string, contact: CustomerContact, customers: readonly MirroredCustomer[], q: Queryable = this.db): Promise<MatchDecision> {
    const record = linkageRecord(contact);
    const found = await this.search.find(tenantId, record, q);
    return linkageDecision(record, customers.map(asLinkageCandidate), { params: await this.parameters(tenantId), frequencies: found.frequencies });
  }

  /** The other upstream customer of the tenant a QBO customer is linked to (or was created for), if any. */
  async owner(tenantId: string, qboCustomerId: string, customerId: string, q: Queryable = this.db): Promise<QboCustomerOwner | null> {
    const rows: Array<{ customer_id: string }> = await q.query(
      `SELECT l.customer_id FROM customer_links l
       LEFT JOIN customers c ON c.tenant_id = l.tenant_id AND c.id = l.customer_id
       WHERE l.tenant_id = $1 AND l.qbo_customer_id = $2 AND l.customer_id <> $3 AND l.status = 'linked' AND NOT COALESCE(c.deleted, false)
       UNION ALL
       SELECT created_for_customer_id FROM qbo_customer_mirror
       WHERE tenant_id = $1 AND qbo_id = $2 AND created_for_customer_id IS NOT NULL AND created_for_customer_id <> $3
       ORDER BY 1 LIMIT 1`,
      [tenantId, qboCustomerId, customerId],
    );
    const row = rows[0];
    return row === undefined ? null : { customerId: row.customer_id };
  }

  /**
   * A person's decision as labelled pairs: the chosen QBO customer (if any) is a match, every
   * other candidate the resolver had weighed is not. Each pair keeps its comparison levels.
   */
  async recordLabels(
    tenantId: string,
    customerId: string,
    contact: CustomerContact,
    chosen: MirroredCustomer | null,
    weighed: readonly WeighedCandidate[],
    actor: string,
    q: Queryable = this.db,
  ): Promise<void> {
    const pairs: Array<{ qboId: string; isMatch: boolean; fields: readonly FieldEvidence[] }> = [];
    if (chosen !== null) {
      const d = await this.decideAgainst(tenantId, contact, [chosen], q);
      const fields = d.candidates[0]?.fields;
      if (fields !== undefined) pairs.push({ qboId: chosen.qboId, isMatch: true, fields });
    }
    for (const c of weighed) if (c.qboCustomerId !== chosen?.qboId && Array.isArray(c.fields)) pairs.push({ qboId: c.qboCustomerId, isMatch: false, fields: c.fields });
    if (pairs.length === 0) return;
    await q.query(
      `INSERT INTO customer_labelled_pairs (tenant_id, customer_id, qbo_customer_id, is_match, levels, actor)
       SELECT $1, $2, t.qbo_id, t.is_match, t.levels::jsonb, $3 FROM unnest($4::text[], $5::boolean[], $6::text[]) AS t(qbo_id, is_match, levels)`,
      [
        tenantId,
        customerId,
        actor,
        pairs.map((p) => p.qboId),
        pairs.map((p) => p.isMatch),
        pairs.map((p) => JSON.stringify(Object.fromEntries(p.fields.map((f) => [f.field, f.level])))),
      ],
    );
  }

  /** The tenant's parameters: EM's estimate (or the defaults) with m re-estimated from its labelled matches. */
  async parameters(tenantId: string): Promise<LinkageParameters> {
    const stampRows: Array<{ label_id: string | null; estimated_at: string | null }> = await this.db.query(
      `SELECT (SELECT max(id) FROM customer_labelled_pairs WHERE tenant_id = $1 AND is_match)::text AS label_id,
              (SELECT estimated_at FROM customer_linkage_parameters WHERE tenant_id = $1)::text AS estimated_at`,
      [tenantId],
    );
    const stamp = `${stampRows[0]?.label_id ?? '-'}|${stampRows[0]?.estimated_at ?? '-'}`;
    const hit = this.parameterMemo.get(tenantId);
    if (hit !== undefined && hit.stamp === stamp) return hit.params;
    const rows: Array<{ levels: Partial<Record<FieldName, FieldLevel>> }> = await this.db.query(
      `SELECT levels FROM customer_labelled_pairs WHERE tenant_id = $1 AND is_match ORDER BY id DESC LIMIT ${LABELS_READ}`,
      [tenantId],
    );
    const counts: LevelCounts = {};
    for (const r of rows) {
      for (const [field, level] of Object.entries(r.levels) as Array<[FieldName, FieldLevel]>) {
        const f = (counts[field] ??= {});
        f[level] = (f[level] ?? 0) + 1;
      }
    }
    // EM's estimate for the tenant (stored by EstimateLinkageParameters), else the defaults; then its labelled matches.
    const stored: Array<{ parameters: LinkageParameters | null }> = await this.db.query(`SELECT parameters FROM customer_linkage_parameters WHERE tenant_id = $1`, [tenantId]);
    // Level by level against the current defaults: a level or a u corrected since the estimate applies at once.
    const base = withCurrentDefaults(stored[0]?.parameters);
    const params = rows.length === 0 ? base : withLabelledMatches(base, counts);
    if (this.parameterMemo.size > 10_000) this.parameterMemo.clear();
    this.parameterMemo.set(tenantId, { stamp, params });
    return params;
  }
}
