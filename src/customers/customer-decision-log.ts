import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, EntityManager } from 'typeorm';
import { FieldRepair } from '../domain/qbo-customer-repair';
import { WeighedCandidate } from '../domain/linkage/linkage-decision';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

export type DecisionOutcome =
  | 'link'
  | 'create'
  | 'ambiguous-create'
  | 'review'
  | 'existing-link'
  | 'merge-followed'
  | 'inactive-hold'
  | 'reactivated'
  | 'operator-link'
  | 'operator-create'
  | 'deleted'
  | 'awaiting-invoice'
  | 'awaiting-company-settings'
  | 'failed';

export interface DecisionRecord {
  tenantId: string;
  customerId: string;
  customerVersion: number | null;
  outcome: DecisionOutcome;
  method: string;
  score?: number | null;
  qboCustomerId?: string | null;
  reason: string;
  candidates?: readonly WeighedCandidate[];
  repairs?: readonly FieldRepair[];
  actor?: string;
}

export interface StoredDecision extends Required<Omit<DecisionRecord, 'candidates' | 'repairs'>> {
  id: string;
  candidates: WeighedCandidate[];
  repairs: FieldRepair[];
  createdAt: Date;
}

interface DecisionRow {
  id: string;
  tenant_id: string;
  customer_id: string;
  customer_version: string | null;
  outcome: DecisionOutcome;
  method: string;
  score: string | null;
  qbo_customer_id: string | null;
  reason: string;
  candidates: WeighedCandidate[];
  repairs: FieldRepair[];
  actor: string;
  created_at: Date;
}

/** Every resolution decision with its method, score and the candidates it weighed: what `explain` shows. */
@injectable()
export class CustomerDecisionLog {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async record(d: DecisionRecord, q: Queryable = this.db): Promise<void> {
    await q.query(
      `INSERT INTO customer_decisions (tenant_id, customer_id, customer_version, outcome, method, score, qbo_customer_id, reason, candidates, repairs, actor)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11)`,
      [
        d.tenantId,
        d.customerId,
        d.customerVersion,
        d.outcome,
        d.method,
        d.score ?? null,
        d.qboCustomerId ?? null,
        d.reason,
        JSON.stringify(d.candidates ?? []),
        JSON.stringify(d.repairs ?? []),
        d.actor ?? 'resolver',
      ],
    );
  }

  async history(tenantId: string, customerId: string): Promise<StoredDecision[]> {
    const rows: DecisionRow[] = await this.db.query(
      `SELECT * FROM customer_decisions WHERE tenant_id = $1 AND customer_id = $2 ORDER BY id`,
      [tenantId, customerId],
    );
    return rows.map((r) => ({
      id: r.id,
      tenantId: r.tenant_id,
      customerId: r.customer_id,
      customerVersion: r.customer_version === null ? null : Number(r.customer_version),
      outcome: r.outcome,
      method: r.method,
      score: r.score === null ? null : Number(r.score),
      qboCustomerId: r.qbo_customer_id,
      reason: r.reason,
      candidates: r.candidates,
      repairs: r.repairs,
      actor: r.actor,
      createdAt: r.created_at,
    }));
  }

  /** The latest decision of one customer. */
  async latest(tenantId: string, customerId: string): Promise<StoredDecision | null> {
    const all = await this.history(tenantId, customerId);
    return all[all.length - 1] ?? null;
  }
}
