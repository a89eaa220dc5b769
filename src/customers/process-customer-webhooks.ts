import { inject, injectable } from 'inversify';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { QboError } from '../qbo/qbo-error';
import { SyncCustomerMirror } from './sync-customer-mirror';

interface NotificationRow {
  id: string;
  tenant_id: string;
  entity_id: string;
  operation: string;
  deleted_id: string | null;
  attempts: number;
}

/**
 * The webhook entities something consumes (this class): the webhook endpoint queues only
 * these, and retention deletes any other row. Add an entity here with its consumer.
 */
export const CONSUMED_WEBHOOK_ENTITIES: readonly string[] = ['Customer'];

/** After this many failed attempts a notification stays unprocessed with its last error (CDC still catches up). */
export const MAX_WEBHOOK_ATTEMPTS = 8;

/**
 * Works through queued webhook notifications for Customer entities (rows of
 * qbo_webhook_notifications; only CONSUMED_WEBHOOK_ENTITIES are queued): Create/Update
 * refresh the mirror, Merge follows the merge. Rows are claimed with FOR UPDATE SKIP LOCKED;
 * a failure counts an attempt, keeps the error and retries with backoff.
 */
@injectable()
export class ProcessCustomerWebhooks {
  private readonly logger: Logger;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(SyncCustomerMirror) private readonly sync: SyncCustomerMirror,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'customer-mirror' });
  }

  /** Processes up to `limit` notifications; returns how many were handled (done or failed). */
  async run(limit: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows: NotificationRow[] = await tx.query(
        `SELECT n.id, q.tenant_id, n.entity_id, n.operation, n.deleted_id, n.attempts
         FROM qbo_webhook_notifications n
         JOIN qbo_connections q ON q.realm_id = n.realm_id AND q.status = 'connected'
         JOIN qbo_customer_mirror_state s ON s.tenant_id = q.tenant_id AND s.status = 'ready'
         WHERE n.entity = ANY($3::text[]) AND n.processed_at IS NULL AND n.attempts < $2
           AND (n.last_attempt_at IS NULL OR n.last_attempt_at < now() - least(power(2, n.attempts), 300) * interval '1 second')
         ORDER BY n.id
         LIMIT $1
         FOR UPDATE OF n SKIP LOCKED`,
        [limit, MAX_WEBHOOK_ATTEMPTS, CONSUMED_WEBHOOK_ENTITIES],
      );
      for (const n of rows) {
        try {
          if (n.operation === 'Merge' && n.deleted_id !== null) await this.sync.followMerge(n.tenant_id, n.entity_id, n.deleted_id);
          else await this.sync.refresh(n.tenant_id, n.entity_id);
          await tx.query(`UPDATE qbo_webhook_notifications SET processed_at = now(), last_attempt_at = now(), last_error = NULL WHERE id = $1`, [n.id]);
        } catch (e) {
          const message = e instanceof QboError ? `${e.code}: ${e.explanation}` : e instanceof Error ? e.message : String(e);
          this.logger.warn({ notificationId: n.id, tenantId: n.tenant_id, err: e }, 'customer webhook notification failed; will retry');
          await tx.query(`UPDATE qbo_webhook_notifications SET attempts = attempts + 1, last_attempt_at = now(), last_error = $2 WHERE id = $1`, [n.id, message]);
        }
      }
      return rows.length;
    });
  }
}
