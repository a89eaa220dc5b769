import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { ContactAddress, CustomerContact } from '../domain/customer-contact';
import { comparedAsPersons, compareRecords } from '../domain/linkage/field-comparisons';
import { EmEstimate, EmRecord, estimateLinkageParameters } from '../domain/linkage/linkage-em';
import { DEFAULT_LINKAGE_PARAMETERS, LevelCounts, LinkageParameters, withRandomPairs } from '../domain/linkage/linkage-parameters';
import { LinkageRecord, linkageRecord } from '../domain/linkage/linkage-record';
import { namesakesPossible } from '../domain/linkage/linkage-scoring';
import { CustomerMirrorRepository } from './customer-mirror-repository';
import { LinkageCandidateSearch } from './linkage-candidate-search';
import { returnedRows } from './returned-rows';

export interface LinkageEstimateOptions {
  /** Re-estimate a tenant's parameters this often (and after each full load of its mirror). */
  intervalMs: number;
  /** ...and after this many new resolver decisions of the tenant (an initial sync's burst learns its P(exists) early). */
  everyDecisions: number;
  /** How long one replica owns a tenant's estimate. */
  leaseMs: number;
  /** Mirror customers (a deterministic sample) compared with their candidates in the mirror. */
  mirrorSample: number;
  /** Most recent upstream customers the resolver decided, compared again with their candidates. */
  recentIncoming: number;
}

/** Loads finished this long before the previous round, and decisions this many ids before its newest, are looked at again. */
const SEEN_MARGIN_MS = 10 * 60_000;
const SEEN_MARGIN_IDS = 1_000;

export const LINKAGE_ESTIMATE_OPTIONS: ServiceIdentifier<LinkageEstimateOptions> = Symbol.for('LinkageEstimateOptions');

/** Each sampled customer is compared with this many others of the sample (for u: `randomPairLevels`). */
const RANDOM_PAIRS_PER_RECORD = 5;

/**
 * The levels of random pairs of a tenant's customers, per field: each record of the sample
 * (in md5 order, so neighbours are random) against the next RANDOM_PAIRS_PER_RECORD. Two
 * customers of a mirror are almost always two different customers: what they share is chance.
 */
export function randomPairLevels(records: readonly LinkageRecord[]): LevelCounts {
  const counts: LevelCounts = {};
  const per = Math.min(RANDOM_PAIRS_PER_RECORD, Math.floor((records.length - 1) / 2));
  for (let i = 0; i < records.length; i++) {
    for (let k = 1; k <= per; k++) {
      const a = records[i];
      const b = records[(i + k) % records.length];
      if (a === undefined || b === undefined) continue;
      for (const c of compareRecords(a, b)) {
        // A postcode or city weighed given the street is the conditional parameters' (never re-estimated).
        if (c.level === 'missing' || c.context !== undefined) continue;
        const field = (counts[c.field] ??= {});
        field[c.level] = (field[c.level] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** An upstream customer to compare with its candidates, less the QBO customer created for it (itself). */
export interface IncomingSample {
  contact: CustomerContact;
  excludeQboId?: string;
}

/**
 * Per tenant, Fellegi–Sunter EM over its candidate pairs (a sample of mirror customers against
 * the rest of the mirror, and its recent upstream customers against the mirror): m per level
 * and P(exists), smoothed towards the defaults (`linkage-em.ts`), stored in
 * `customer_linkage_parameters` for every replica. `runDue` claims tenants whose estimate is
 * due (none yet, the interval passed, the mirror reloaded since, or `everyDecisions` new
 * decisions made since) with a lease.
 */
@injectable()
export class EstimateLinkageParameters {
  private readonly logger: Logger;
  /** What the previous round saw (less a margin): null, every tenant (the process's first round). */
  private loadsSeenFrom: Date | null = null;
  private decisionsSeenFrom: string | null = null;

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(LinkageCandidateSearch) private readonly search: LinkageCandidateSearch,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(LINKAGE_ESTIMATE_OPTIONS) private readonly options: LinkageEstimateOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'linkage-estimate' });
  }

  /**
   * Estimates the tenants whose estimate is due (at most `limit`); returns how many. A round looks
   * only at what may be due, through indexes: estimates whose time came (due_at), mirrors loaded
   * since the previous round (loaded_at) and tenants with decisions since it (the decisions' id);
   * the process's first round looks at every tenant once. Its cost does not grow with the tenants
   * that are not due.
   */
  async runDue(limit = 1): Promise<number> {
    // Postgres' clock, the one loaded_at is written by: a process clock ahead of it would skip loads.
    const roundAt = ((await this.db.query(`SELECT now() AS at`)) as Array<{ at: Date }>)[0]?.at ?? new Date(0);
    const [{ max }] = (await this.db.query(`SELECT coalesce(max(id), 0)::text AS max FROM customer_decisions`)) as [{ max: string }];
    const result: unknown = await this.db.query(
      `WITH ready AS (
         SELECT s.tenant_id, s.loaded_at FROM qbo_customer_mirror_state s
          WHERE s.status = 'ready' AND ($4::timestamptz IS NULL OR s.loaded_at > $4)),
       fresh AS (
         INSERT INTO customer_linkage_parameters (tenant_id) SELECT tenant_id FROM ready ON CONFLICT (tenant_id) DO NOTHING),
       candidates AS (
         SELECT tenant_id FROM customer_linkage_parameters WHERE due_at <= now() OR $5::bigint IS NULL
         UNION SELECT tenant_id FROM ready
         UNION SELECT DISTINCT tenant_id FROM customer_decisions WHERE $5::bigint IS NOT NULL AND id > $5),
       due AS (
         SELECT p.tenant_id FROM customer_linkage_parameters p
           JOIN candidates k ON k.tenant_id = p.tenant_id
           JOIN qbo_customer_mirror_state r ON r.tenant_id = p.tenant_id AND r.status = 'ready'
         WHERE (p.due_at <= now() OR p.estimated_at IS NULL OR p.estimated_at < r.loaded_at
                OR EXISTS (SELECT 1 FROM customer_decisions d
                           WHERE d.tenant_id = p.tenant_id AND d.id > p.decision_watermark
                           ORDER BY d.id OFFSET $3 - 1 LIMIT 1))
           AND (p.claimed_until IS NULL OR p.claimed_until < now())
         ORDER BY p.due_at LIMIT $2 FOR UPDATE OF p SKIP LOCKED)
       UPDATE customer_linkage_parameters p SET claimed_until = now() + $1 * interval '1 millisecond'
       FROM due WHERE p.tenant_id = due.tenant_id RETURNING p.tenant_id`,
      [this.options.leaseMs, limit, this.options.everyDecisions, this.loadsSeenFrom, this.decisionsSeenFrom],
    );
    // The next round looks again a little before what this one saw (loads and decisions commit after their time and id).
    this.loadsSeenFrom = new Date(roundAt.getTime() - SEEN_MARGIN_MS);
    this.decisionsSeenFrom = String(Math.max(0, Number(max) - SEEN_MARGIN_IDS));
    const tenants = returnedRows<{ tenant_id: string }>(result);
    for (const t of tenants) {
      try {
        await this.run(t.tenant_id);
      } catch (e) {
        this.logger.warn({ tenantId: t.tenant_id, err: e }, 'linkage estimate failed; will retry');
        await this.db.query(
          `UPDATE customer_linkage_parameters SET claimed_until = NULL, last_error = $2, due_at = now() + interval '10 minutes' WHERE tenant_id = $1`,
          [t.tenant_id, e instanceof Error ? e.message : String(e)],
        );
      }
    }
    return tenants.length;
  }

  /** Estimates one tenant's parameters from its mirror and its recent decisions, and stores them. */
  async run(tenantId: string): Promise<EmEstimate> {
    // The newest decision first: decisions made while EM runs count towards the next estimate.
    const [mark]: Array<{ id: string | null }> = await this.db.query(`SELECT max(id) AS id FROM customer_decisions WHERE tenant_id = $1`, [tenantId]);
    const estimate = await this.estimate(tenantId, await this.recentIncoming(tenantId));
    await this.store(tenantId, estimate, mark?.id ?? '0');
    this.logger.info(
      { tenantId, records: estimate.records, pairs: estimate.pairs, existsPrior: estimate.params.existsPrior, householdPriorOdds: estimate.params.householdPriorOdds },
      'linkage parameters estimated',
    );
    return estimate;
  }

  /** EM over the tenant's candidate pairs: a sample of its mirror against the mirror, and the given upstream customers. */
  async estimate(tenantId: string, incoming: readonly IncomingSample[]): Promise<EmEstimate> {
    const records: EmRecord[] = [];
    const sample: Array<{ qbo_id: string }> = await this.db.query(
      `SELECT qbo_id FROM qbo_customer_mirror WHERE tenant_id = $1 AND active AND merged_into IS NULL ORDER BY md5(qbo_id) LIMIT $2`,
      [tenantId, this.options.mirrorSample],
    );
    const mirrored = await this.mirror.getMany(tenantId, sample.map((r) => r.qbo_id));
    for (const m of mirrored) records.push(await this.compared(tenantId, 'mirror', m.contact, m.qboId));
    for (const i of incoming) records.push(await this.compared(tenantId, 'incoming', i.contact, i.excludeQboId));
    const base = withRandomPairs(DEFAULT_LINKAGE_PARAMETERS, randomPairLevels(mirrored.map((m) => linkageRecord(m.contact))));
    return estimateLinkageParameters(records.filter((r) => r.pairs.length > 0), base);
  }

  async store(tenantId: string, estimate: EmEstimate, decisionWatermark = '0'): Promise<void> {
    const stats = { records: estimate.records, pairs: estimate.pairs, expectedMatches: estimate.expectedMatches, expectedHousehold: estimate.expectedHousehold, iterations: estimate.iterations, mirrorDuplicatePrior: estimate.mirrorDuplicatePrior };
    await this.db.query(
      `INSERT INTO customer_linkage_parameters (tenant_id, parameters, stats, estimated_at, due_at, claimed_until, last_error, decision_watermark)
       VALUES ($1, $2::jsonb, $3::jsonb, now(), now() + $4 * interval '1 millisecond', NULL, NULL, $5::bigint)
       ON CONFLICT (tenant_id) DO UPDATE SET parameters = EXCLUDED.parameters, stats = EXCLUDED.stats, estimated_at = now(),
         due_at = EXCLUDED.due_at, claimed_until = NULL, last_error = NULL,
         decision_watermark = GREATEST(customer_linkage_parameters.decision_watermark, EXCLUDED.decision_watermark)`,
      [tenantId, JSON.stringify(estimate.params), JSON.stringify(stats), this.options.intervalMs, decisionWatermark],
    );
  }

  /** The tenant's stored estimate, or null before its first. */
  async stored(tenantId: string): Promise<LinkageParameters | null> {
    const rows: Array<{ parameters: LinkageParameters | null }> = await this.db.query(`SELECT parameters FROM customer_linkage_parameters WHERE tenant_id = $1`, [tenantId]);
    return rows[0]?.parameters ?? null;
  }

  private async compared(tenantId: string, population: EmRecord['population'], contact: CustomerContact, excludeQboId: string | undefined): Promise<EmRecord> {
    const record = linkageRecord(contact);
    const found = await this.search.find(tenantId, record);
    const pairs = found.candidates
      .filter((c) => c.qboId !== excludeQboId)
      .map((c) => {
        const other = linkageRecord(c.contact);
        const persons = comparedAsPersons(record, other);
        return { comparisons: compareRecords(record, other), persons, namesakes: persons && namesakesPossible(record, other) };
      });
    return { population, pairs, frequencies: found.frequencies };
  }

  /** The tenant's most recently decided upstream customers, each less the QBO customer created for it. */
  private async recentIncoming(tenantId: string): Promise<IncomingSample[]> {
    const rows: Array<{
      display_name: string | null;
      given_name: string | null;
      family_name: string | null;
      company_name: string | null;
      email: string | null;
      phone: string | null;
      billing_address: ContactAddress | null;
      created_qbo_id: string | null;
    }> = await this.db.query(
      `SELECT c.display_name, c.given_name, c.family_name, c.company_name, c.email, c.phone, c.billing_address,
              (SELECT m.qbo_id FROM qbo_customer_mirror m WHERE m.tenant_id = c.tenant_id AND m.created_for_customer_id = c.id LIMIT 1) AS created_qbo_id
       FROM (SELECT DISTINCT customer_id, max(id) AS last FROM customer_decisions
             WHERE tenant_id = $1 AND actor = 'resolver' GROUP BY customer_id ORDER BY last DESC LIMIT $2) d
       JOIN customers c ON c.tenant_id = $1 AND c.id = d.customer_id AND NOT c.deleted`,
      [tenantId, this.options.recentIncoming],
    );
    return rows.map((r) => ({
      contact: {
        displayName: r.display_name,
        givenName: r.given_name,
        familyName: r.family_name,
        companyName: r.company_name,
        email: r.email,
        phone: r.phone,
        address: r.billing_address,
      },
      ...(r.created_qbo_id !== null ? { excludeQboId: r.created_qbo_id } : {}),
    }));
  }
}
