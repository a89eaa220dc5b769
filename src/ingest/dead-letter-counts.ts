import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';

export interface DeadLetterCounts {
  total: number;
  /** Not yet redriven. */
  open: number;
  byReason: Array<{ code: string; count: number; open: number; lastAt: string }>;
}

/** Dead letters counted by reason from their index (dead_letters), for one tenant or all. */
@injectable()
export class CountDeadLetters {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async run(tenantId?: string): Promise<DeadLetterCounts> {
    const rows = (await this.dataSource.query(
      `SELECT code, count(*)::int AS n, count(*) FILTER (WHERE redriven_at IS NULL)::int AS open, max(failed_at) AS last_at
         FROM dead_letters WHERE ($1::text IS NULL OR tenant_id = $1) GROUP BY code ORDER BY count(*) DESC, code`,
      [tenantId ?? null],
    )) as Array<{ code: string; n: number; open: number; last_at: Date }>;
    return {
      total: rows.reduce((s, r) => s + r.n, 0),
      open: rows.reduce((s, r) => s + r.open, 0),
      byReason: rows.map((r) => ({ code: r.code, count: r.n, open: r.open, lastAt: new Date(r.last_at).toISOString() })),
    };
  }
}
