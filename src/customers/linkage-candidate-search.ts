import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, EntityManager } from 'typeorm';
import { LinkageCandidate } from '../domain/linkage/linkage-decision';
import { BLOCKING_KEY_RANK, keyKind, LINKAGE_KEYS_VERSION, LinkageRecord, linkageKeys, linkageRecord } from '../domain/linkage/linkage-record';
import { TermFrequencies } from '../domain/linkage/linkage-scoring';
import { CustomerMirrorRepository, MirroredCustomer } from './customer-mirror-repository';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** Customers read per blocking key (an index range, in qbo_id order), before ranking. */
const PER_KEY = 40;
/** Candidates kept after ranking by shared keys, for the full comparison. */
const CANDIDATES = 30;
/** Term-frequency counts stop here: a value held by more is simply common (its u is at least COUNT_CAP over the mirror's size). */
const COUNT_CAP = 2000;
/** Kinds of key whose frequency adjusts the weight of an exact agreement. */
const FREQUENCY_KINDS = new Set(['f', 'g', 'n', 'e', 'p', 'p7', 'z', 'c', 's', 'as', 't', 'za', 'gz', 'fz', 'gf']);
const SIZE_TTL_MS = 60_000;

export interface LinkageCandidates {
  candidates: MirroredCustomer[];
  frequencies: TermFrequencies;
}

/**
 * Candidates for the linkage model from the tenant's mirror, and the frequencies of the
 * incoming customer's values there. Every lookup is a bounded range of one btree
 * (tenant_id, key, qbo_id): at most PER_KEY customers per blocking key, ranked by how many,
 * how telling and how rare keys they share with the incoming customer (a key's kind rank
 * times ln(1 + PER_KEY / customers under it): a postcode held by two customers outranks a
 * given name held by hundreds), then qbo_id, and the best
 * CANDIDATES kept; frequencies are counts capped at COUNT_CAP. So the cost per contact
 * stays flat with the mirror's size and with the number of tenants sharing the table.
 */
@injectable()
export class LinkageCandidateSearch {
  private readonly sizes = new Map<string, { size: number; keyed: boolean; at: number }>();

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
  ) {}

  async find(tenantId: string, record: LinkageRecord, q: Queryable = this.db): Promise<LinkageCandidates> {
    const keys = linkageKeys(record);
    const blocking = keys.filter((k) => BLOCKING_KEY_RANK[keyKind(k)] !== undefined);
    const counted = keys.filter((k) => FREQUENCY_KINDS.has(keyKind(k)));
    const ids: Array<{ qbo_id: string }> =
      blocking.length === 0
        ? []
        : await q.query(
            `SELECT h.qbo_id FROM unnest($2::text[], $3::int[]) AS k(key, rank)
             CROSS JOIN LATERAL (SELECT qbo_id, count(*) OVER () AS n
                                 FROM (SELECT qbo_id FROM qbo_customer_match_keys
                                       WHERE tenant_id = $1 AND key = k.key ORDER BY qbo_id LIMIT ${PER_KEY}) r) h
             GROUP BY h.qbo_id ORDER BY sum(k.rank * ln(1 + ${PER_KEY}.0 / h.n)) DESC, h.qbo_id LIMIT ${CANDIDATES}`,
            [tenantId, blocking, blocking.map((k) => BLOCKING_KEY_RANK[keyKind(k)] ?? 1)],
          );
    const candidates = await this.mirror.getMany(tenantId, ids.map((r) => r.qbo_id), q);
    const { size: mirrorSize, keyed } = await this.size(q, tenantId);
    // A postcode area's customers are counted only in a mirror keyed with them throughout (a mirror keyed before "za:" was, or
    // part-way through its re-keying, would count a part of the area beside all of its names: `localNames` then says nothing).
    const counts = await this.counts(q, tenantId, keyed ? counted : counted.filter((k) => keyKind(k) !== 'za'));
    return { candidates, frequencies: { mirrorSize, counts, countCap: COUNT_CAP } };
  }

  private async counts(q: Queryable, tenantId: string, keys: string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows: Array<{ key: string; n: number }> = await q.query(
      `SELECT k.key, (SELECT count(*) FROM (SELECT 1 FROM qbo_customer_match_keys WHERE tenant_id = $1 AND key = k.key LIMIT ${COUNT_CAP}) s)::int AS n
       FROM unnest($2::text[]) AS k(key)`,
      [tenantId, keys],
    );
    return new Map(rows.map((r) => [r.key, Number(r.n)]));
  }

  /**
   * The tenant's mirror size and whether it is keyed at this code's LINKAGE_KEYS_VERSION, cached for a minute (the size only
   * sets the prior, floored at the model's minimum; the version only goes up, so a stale answer only withholds the area counts).
   */
  private async size(q: Queryable, tenantId: string): Promise<{ size: number; keyed: boolean }> {
    const hit = this.sizes.get(tenantId);
    if (hit !== undefined && Date.now() - hit.at < SIZE_TTL_MS) return hit;
    const rows: Array<{ n: string; v: number | null }> = await q.query(
      `SELECT (SELECT count(*) FROM qbo_customer_mirror WHERE tenant_id = $1) AS n,
              (SELECT min(keys_version) FROM qbo_customer_mirror_state WHERE tenant_id = $1) AS v`,
      [tenantId],
    );
    const found = { size: Number(rows[0]?.n ?? 0), keyed: Number(rows[0]?.v ?? 0) >= LINKAGE_KEYS_VERSION, at: Date.now() };
    if (this.sizes.size > 10_000) this.sizes.clear();
    this.sizes.set(tenantId, found);
    return found;
  }
}

/** A mirrored customer as the linkage model sees it. */
export function asLinkageCandidate(m: MirroredCustomer): LinkageCandidate {
  return { qboCustomerId: m.qboId, displayName: m.displayName, active: m.active && m.mergedInto === null, record: linkageRecord(m.contact) };
}
