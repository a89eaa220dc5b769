import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';

/** How far the relay is behind: what the outbox holds unpublished. */
export interface OutboxLag {
  /** Events committed and not yet acknowledged by Kafka. */
  unpublished: number;
  /** When the oldest of them was committed (null: none waits). */
  oldestUnpublishedAt: string | null;
  /** Its age in seconds, by Postgres' clock (null: none waits). */
  oldestUnpublishedAgeSeconds: number | null;
}

/**
 * The outbox lag, for the whole worker or one tenant: the status JSON, GET /api/sync-events/lag,
 * and metrics (one indexed read of the unpublished rows, which stay few while Kafka answers).
 */
@injectable()
export class ReadOutboxLag {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async run(tenantId: string | null = null): Promise<OutboxLag> {
    const rows = (await this.db.query(
      `SELECT count(*) AS n, min(occurred_at) AS oldest, extract(epoch FROM now() - min(occurred_at)) AS age
         FROM sync_event_outbox WHERE published_at IS NULL AND ($1::text IS NULL OR tenant_id = $1)`,
      [tenantId],
    )) as Array<{ n: string; oldest: Date | null; age: string | null }>;
    const r = rows[0];
    return {
      unpublished: Number(r?.n ?? 0),
      oldestUnpublishedAt: r?.oldest ? new Date(r.oldest).toISOString() : null,
      oldestUnpublishedAgeSeconds: r?.age == null ? null : Math.max(0, Math.round(Number(r.age))),
    };
  }
}
