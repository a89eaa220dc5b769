import { inject, injectable } from 'inversify';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { QboError } from '../qbo/qbo-error';
import { CUSTOMER_WEBHOOK_ENTITIES } from '../domain/webhook-entities';
import { returnedRows } from './returned-rows';
import { SyncCustomerMirror } from './sync-customer-mirror';

interface NotificationRow {
  id: string;
  tenant_id: string;
  realm_id: string;
  entity_id: string;
  operation: string;
  deleted_id: string | null;
  attempts: number;
}


/** After this many failed attempts a notification stays unprocessed with its last error (CDC still catches up). */
export const MAX_WEBHOOK_ATTEMPTS = 8;

/** How long a claimed notification is kept from other replicas while this one works on it. */
const CLAIM_LEASE_MS = 10 * 60_000;

/**
 * Works through queued webhook notifications for Customer entities (rows of
 * qbo_webhook_notifications of CUSTOMER_WEBHOOK_ENTITIES): Create/Update
 * refresh the mirror, Merge follows the merge. Rows are claimed with a lease (one short
 * statement, FOR UPDATE SKIP LOCKED) and then processed with no transaction open while
 * QuickBooks is read; each outcome is one statement of its own. A failure counts an attempt,
 * keeps the error and retries with backoff. A replica that dies leaves its claims to the others
 * after the lease; processing a notification twice is harmless (a refresh or a merge followed
 * again).
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
    const claimed: unknown = await this.db.query(
      `UPDATE qbo_webhook_notifications c SET claimed_until = now() + $3 * interval '1 millisecond'
         FROM (SELECT n.id, q.tenant_id
                 FROM qbo_webhook_notifications n
                 JOIN qbo_connections q ON q.realm_id = n.realm_id AND q.status = 'connected'
                 JOIN qbo_customer_mirror_state s ON s.tenant_id = q.tenant_id AND s.status = 'ready'
                WHERE n.entity = ANY($4::text[]) AND n.processed_at IS NULL AND n.attempts < $2
                  AND (n.claimed_until IS NULL OR n.claimed_until < now())
                  AND (n.last_attempt_at IS NULL OR n.last_attempt_at < now() - least(power(2, n.attempts), 300) * interval '1 second')
                ORDER BY n.id
                LIMIT $1
                FOR UPDATE OF n SKIP LOCKED) todo
        WHERE c.id = todo.id
       RETURNING c.id, todo.tenant_id, c.realm_id, c.entity_id, c.operation, c.deleted_id, c.attempts`,
      [limit, MAX_WEBHOOK_ATTEMPTS, CLAIM_LEASE_MS, CUSTOMER_WEBHOOK_ENTITIES],
    );
    const rows = returnedRows<NotificationRow>(claimed).sort((a, b) => Number(a.id) - Number(b.id));
    for (const n of rows) {
      try {
        if (n.operation === 'Merge' && n.deleted_id !== null) await this.sync.followMerge(n.tenant_id, n.realm_id, n.entity_id, n.deleted_id);
        else await this.sync.refresh(n.tenant_id, n.realm_id, n.entity_id);
        await this.db.query(
          `UPDATE qbo_webhook_notifications SET processed_at = now(), last_attempt_at = now(), last_error = NULL, claimed_until = NULL WHERE id = $1`,
          [n.id],
        );
      } catch (e) {
        const message = e instanceof QboError ? `${e.code}: ${e.explanation}` : e instanceof Error ? e.message : String(e);
        this.logger.warn({ notificationId: n.id, tenantId: n.tenant_id, err: e }, 'customer webhook notification failed; will retry');
        await this.db.query(
          `UPDATE qbo_webhook_notifications SET attempts = attempts + 1, last_attempt_at = now(), last_error = $2, claimed_until = NULL WHERE id = $1`,
          [n.id, message],
        );
      }
    }
    return rows.length;
  }
}
