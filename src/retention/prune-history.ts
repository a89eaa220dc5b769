import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DataSource } from 'typeorm';
import { CONSUMED_WEBHOOK_ENTITIES } from '../domain/webhook-entities';
import { returnedRows } from '../customers/returned-rows';
import { DATA_SOURCE } from '../tokens';

/** How long each table keeps its rows, in days (0: forever), and how many rows one DELETE takes. */
export interface RetentionOptions {
  processedEventsDays: number;
  webhookNotificationsDays: number;
  customerDecisionsDays: number;
  noticesDays: number;
  syncEventsDays: number;
  deadLettersDays: number;
  /** QuickBooks call counts (qbo_call_counts), by UTC day; 0 (or absent): forever. */
  callCountsDays?: number;
  batchSize: number;
}

export const RETENTION_OPTIONS: ServiceIdentifier<RetentionOptions> = Symbol.for('RetentionOptions');

export type PrunedTable = 'processed_events' | 'qbo_webhook_notifications' | 'customer_decisions' | 'customer_link_notices' | 'sync_event_outbox' | 'dead_letters' | 'qbo_call_counts';

/** Rows deleted by one round, per table. */
export type PruneCounts = Record<PrunedTable, number>;

/**
 * One round of retention: at most `batchSize` rows per table, each table in its own short
 * statement (its own transaction), the rows claimed with FOR UPDATE SKIP LOCKED, so replicas
 * pruning at the same time share the work instead of waiting on each other, and ingest,
 * which inserts into processed_events, never waits behind a long delete.
 *
 * - processed_events (the inbox of eventIds) older than its retention: replaying an event
 *   whose id has been forgotten is still harmless, every upsert, delete and void being
 *   guarded by version (an older or equal version changes nothing);
 * - webhook notifications older than their retention, processed or not (CDC is the
 *   backstop), and at once any row of an entity nothing consumes;
 * - customer decisions older than their retention, except each customer's latest one (what
 *   `explain` and the review list show);
 * - notices older than their retention;
 * - sync events published longer ago than their retention (an unpublished one is never pruned;
 *   the entity's version counter stays, so versions keep growing);
 * - dead letters (the index of the dead-letter topic: reason, tenant, redrives) dead-lettered
 *   longer ago than their retention, redriven or not; the letter on the topic is under the
 *   topic's own retention.
 * - QuickBooks call counts of days older than their retention (the status reads this month's).
 */
@injectable()
export class PruneHistory {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(RETENTION_OPTIONS) private readonly options: RetentionOptions,
  ) {}

  async run(): Promise<PruneCounts> {
    const o = this.options;
    return {
      processed_events: await this.prune(o.processedEventsDays, PROCESSED_EVENTS),
      qbo_webhook_notifications: await this.pruneWebhooks(),
      customer_decisions: await this.prune(o.customerDecisionsDays, CUSTOMER_DECISIONS),
      customer_link_notices: await this.prune(o.noticesDays, NOTICES),
      sync_event_outbox: await this.prune(o.syncEventsDays, SYNC_EVENTS),
      dead_letters: await this.prune(o.deadLettersDays, DEAD_LETTERS),
      qbo_call_counts: await this.prune(o.callCountsDays ?? 0, CALL_COUNTS),
    };
  }

  /** True when a round deleted a full batch somewhere: there may be more at once. */
  isFull(counts: PruneCounts): boolean {
    return Object.values(counts).some((n) => n >= this.options.batchSize);
  }

  private async prune(days: number, sql: string): Promise<number> {
    if (days === 0) return 0;
    const rows: unknown[] = await this.db.query(sql, [days, this.options.batchSize]);
    return returnedRows(rows).length;
  }

  private async pruneWebhooks(): Promise<number> {
    const days = this.options.webhookNotificationsDays;
    const rows: unknown[] = await this.db.query(
      `WITH doomed AS (
         SELECT id FROM qbo_webhook_notifications
         WHERE entity <> ALL($3::text[]) OR ($1 > 0 AND received_at < now() - make_interval(days => $1))
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       DELETE FROM qbo_webhook_notifications n USING doomed WHERE n.id = doomed.id RETURNING 1`,
      [days, this.options.batchSize, CONSUMED_WEBHOOK_ENTITIES],
    );
    return returnedRows(rows).length;
  }
}

const PROCESSED_EVENTS = `
  WITH doomed AS (
    SELECT event_id FROM processed_events WHERE processed_at < now() - make_interval(days => $1)
    ORDER BY processed_at LIMIT $2 FOR UPDATE SKIP LOCKED)
  DELETE FROM processed_events p USING doomed WHERE p.event_id = doomed.event_id RETURNING 1`;

const CUSTOMER_DECISIONS = `
  WITH doomed AS (
    SELECT d.id FROM customer_decisions d
    WHERE d.created_at < now() - make_interval(days => $1)
      AND EXISTS (SELECT 1 FROM customer_decisions later
                  WHERE later.tenant_id = d.tenant_id AND later.customer_id = d.customer_id AND later.id > d.id)
    ORDER BY d.created_at LIMIT $2 FOR UPDATE OF d SKIP LOCKED)
  DELETE FROM customer_decisions x USING doomed WHERE x.id = doomed.id RETURNING 1`;

const NOTICES = `
  WITH doomed AS (
    SELECT id FROM customer_link_notices WHERE created_at < now() - make_interval(days => $1)
    ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
  DELETE FROM customer_link_notices n USING doomed WHERE n.id = doomed.id RETURNING 1`;

const SYNC_EVENTS = `
  WITH doomed AS (
    SELECT id FROM sync_event_outbox WHERE published_at IS NOT NULL AND published_at < now() - make_interval(days => $1)
    ORDER BY published_at LIMIT $2 FOR UPDATE SKIP LOCKED)
  DELETE FROM sync_event_outbox o USING doomed WHERE o.id = doomed.id RETURNING 1`;

const DEAD_LETTERS = `
  WITH doomed AS (
    SELECT original_topic, original_partition, original_offset FROM dead_letters WHERE failed_at < now() - make_interval(days => $1)
    ORDER BY failed_at LIMIT $2 FOR UPDATE SKIP LOCKED)
  DELETE FROM dead_letters d USING doomed
   WHERE d.original_topic = doomed.original_topic AND d.original_partition = doomed.original_partition AND d.original_offset = doomed.original_offset
  RETURNING 1`;

const CALL_COUNTS = `
  WITH doomed AS (
    SELECT tenant_id, day, realm_id, purpose FROM qbo_call_counts WHERE day < (now() AT TIME ZONE 'UTC')::date - $1::int
    ORDER BY day LIMIT $2 FOR UPDATE SKIP LOCKED)
  DELETE FROM qbo_call_counts c USING doomed
   WHERE c.tenant_id = doomed.tenant_id AND c.day = doomed.day AND c.realm_id = doomed.realm_id AND c.purpose = doomed.purpose
  RETURNING 1`;
