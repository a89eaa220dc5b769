import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { DEFAULT_THRESHOLDS } from '../domain/linkage/linkage-decision';
import { CustomerLinkage } from './customer-linkage';
import { CustomerMirrorRepository, MirroredCustomer } from './customer-mirror-repository';

export interface DuplicatePair {
  /** The customer the sync created: the one to phase out. */
  phaseOut: { qboCustomerId: string; displayName: string };
  /** The customer it probably duplicates: the one to keep. */
  keeper: { qboCustomerId: string; displayName: string };
  score: number;
  evidence: string[];
  /** Upstream customers linked to the one to phase out. */
  linkedCustomerIds: string[];
  /** The exact steps in QuickBooks Online. */
  mergeSteps: string[];
  /** What the sync does with its links once QuickBooks reports the merge. */
  afterwards: string;
}

export interface DuplicatesReport {
  tenantId: string;
  generatedAt: string;
  /** At most `limit` pairs, most likely first. */
  pairs: DuplicatePair[];
  /** Pairs found (the report may list fewer). */
  total: number;
  /** False when only the flagged pairs were read (the status), true for the full report. */
  scanned: boolean;
}

export interface DuplicatesOptions {
  /** Also compare every active customer the sync created with the mirror (the full report); default true. */
  scan?: boolean;
  /** Pairs listed at most; default 200. */
  limit?: number;
}

const MAX_PAIRS = 200;
/** Open flags read at most (newest first): a tenant with more has a bigger problem than a long list. */
const FLAGS_READ = 1000;

/**
 * QBO customers the sync created that probably duplicate another QBO customer: the pairs
 * flagged when a customer was created with likely candidates, plus (`scan`, the full report)
 * any sync-created customer that the linkage model now finds at least ambiguous against another
 * active customer (one decision per sync-created customer, so the status pages leave it out and
 * read the flags only, in a fixed number of queries). Each pair comes with its evidence, the
 * merge steps in QuickBooks and what the sync does next.
 */
@injectable()
export class ListDuplicates {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(CustomerLinkage) private readonly linkage: CustomerLinkage,
  ) {}

  async run(tenantId: string, { scan = true, limit = MAX_PAIRS }: DuplicatesOptions = {}): Promise<DuplicatesReport> {
    const pairs = new Map<string, { created: MirroredCustomer; other: MirroredCustomer; score: number; evidence: string[] }>();
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

    const flags: Array<{ qbo_customer_id: string; other_qbo_customer_id: string; score: string | null; evidence: string[] }> = await this.db.query(
      `SELECT qbo_customer_id, other_qbo_customer_id, score, evidence FROM customer_duplicate_flags
       WHERE tenant_id = $1 AND resolved_at IS NULL ORDER BY created_at DESC LIMIT $2`,
      [tenantId, FLAGS_READ],
    );
    const flagged = new Map(
      (await this.mirror.getMany(tenantId, flags.flatMap((f) => [f.qbo_customer_id, f.other_qbo_customer_id]))).map((m) => [m.qboId, m]),
    );
    for (const f of flags) {
      const created = flagged.get(f.qbo_customer_id);
      const other = flagged.get(f.other_qbo_customer_id);
      if (created === undefined || other === undefined || !created.active || !other.active) continue;
      pairs.set(key(created.qboId, other.qboId), { created, other, score: Number(f.score ?? 0), evidence: f.evidence });
    }
    for (const created of scan ? await this.mirror.createdBySync(tenantId) : []) {
      const decision = await this.linkage.decide(tenantId, created.contact, undefined, created.qboId);
      for (const c of decision.candidates) {
        if (!c.active || c.score < DEFAULT_THRESHOLDS.review) continue;
        const k = key(created.qboId, c.qboCustomerId);
        if (pairs.has(k)) continue;
        const other = await this.mirror.get(tenantId, c.qboCustomerId);
        if (other === null || !other.active || other.mergedInto !== null) continue;
        // Both created by the sync: report once, phasing out the newer.
        if (other.createdBySync && Number(other.qboId) > Number(created.qboId)) continue;
        pairs.set(k, { created, other, score: c.score, evidence: c.evidence });
      }
    }

    const listed = [...pairs.values()]
      .sort((a, b) => b.score - a.score || a.created.qboId.localeCompare(b.created.qboId))
      .slice(0, limit);
    const links: Array<{ qbo_customer_id: string; ids: string[] }> =
      listed.length === 0
        ? []
        : await this.db.query(
            `SELECT qbo_customer_id, array_agg(customer_id ORDER BY customer_id) AS ids FROM customer_links
              WHERE tenant_id = $1 AND qbo_customer_id = ANY($2::text[]) GROUP BY qbo_customer_id`,
            [tenantId, listed.map((p) => p.created.qboId)],
          );
    const linksOf = new Map(links.map((l) => [l.qbo_customer_id, l.ids]));
    const out: DuplicatePair[] = [];
    for (const p of listed) {
      const linkedCustomerIds = linksOf.get(p.created.qboId) ?? [];
      out.push({
        phaseOut: { qboCustomerId: p.created.qboId, displayName: p.created.displayName },
        keeper: { qboCustomerId: p.other.qboId, displayName: p.other.displayName },
        score: p.score,
        evidence: p.evidence,
        linkedCustomerIds,
        mergeSteps: [
          `In QuickBooks Online, open Sales > Customers and open the profile of "${p.created.displayName}" (Id ${p.created.qboId}): the one to phase out.`,
          'Click Edit.',
          `Set its Display Name to exactly "${p.other.displayName}" (the keeper, Id ${p.other.qboId}).`,
          'Click Save.',
          'Confirm the merge when QuickBooks asks (Yes): its transactions move to the keeper and it becomes inactive for good.',
        ],
        afterwards:
          linkedCustomerIds.length === 0
            ? `No upstream customer is linked to #${p.created.qboId}; nothing to move. The merged-away customer is never recreated or reactivated.`
            : `When QuickBooks reports the merge (webhook, or the next CDC poll), the sync moves the link of ${linkedCustomerIds.join(', ')} from #${p.created.qboId} to #${p.other.qboId}; new invoices go to "${p.other.displayName}". #${p.created.qboId} is never recreated or reactivated.`,
      });
    }
    out.sort((a, b) => b.score - a.score || a.phaseOut.qboCustomerId.localeCompare(b.phaseOut.qboCustomerId));
    return { tenantId, generatedAt: new Date().toISOString(), pairs: out, total: pairs.size, scanned: scan };
  }
}
