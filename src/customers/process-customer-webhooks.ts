import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QboError } from '../qbo/qbo-error';
import { CUSTOMER_WEBHOOK_ENTITIES } from '../domain/webhook-entities';
import { ApplyQboMerge } from './apply-qbo-merge';
import { returnedRows } from './returned-rows';
import { SyncCustomerMirror } from './sync-customer-mirror';

interface NotificationRow {
  id: string;
  entity_id: string;
  operation: string;
  deleted_id: string | null;
}


/** The entities this class reads (with one CDC of Customers): other consumers claim their own rows. */
const READ_HERE: readonly string[] = CUSTOMER_WEBHOOK_ENTITIES;

/** After this many failed attempts a notification stays unprocessed with its last error (CDC still catches up). */
export const MAX_WEBHOOK_ATTEMPTS = 8;

/** How long a tenant whose notifications are being read is kept from other replicas. */
const CLAIM_LEASE_MS = 10 * 60_000;
/** A read deferred for the app's read budget is tried again after this long. */
export const DEFERRED_RETRY_MS = 15 * 60_000;
/** A window starting within this share of the delay (an hour of the default six) needs the mirror now. */
const WINDOW_LEAD_SHARE = 1 / 6;

export interface CustomerWebhookOptions {
  /** CUSTOMER_WEBHOOK_DELAY_MS: notifications wait at most this long, so that changes made together cost one read. */
  delayMs: number;
}

export const CUSTOMER_WEBHOOK_OPTIONS: ServiceIdentifier<CustomerWebhookOptions> = Symbol.for('CustomerWebhookOptions');

/**
 * Works through queued webhook notifications for Customer entities (rows of
 * qbo_webhook_notifications; only CONSUMED_WEBHOOK_ENTITIES are queued), spending reads like money:
 * a tenant's pending notifications are read together with ONE change-data-capture call from the
 * mirror's stored point (which also catches anything a lost webhook missed, so it counts as the
 * day's backstop), then each Merge is followed by the ids the webhook named. A tenant's
 * notifications are read once the oldest has waited `delayMs` (changes made together cost one
 * read), or at once when the mirror is needed: the tenant has customers waiting to be resolved, a
 * merge was announced (its links move), or its invoice window starts within a sixth of the delay
 * (an hour by default). A create or
 * update the mirror already holds (the sync's own writes: their answers were the new state) is
 * marked done without a read.
 *
 * Tenants are claimed through their mirror state's lease (the same one the load and the CDC
 * backstop take), so one replica reads a tenant's changes at a time; no transaction is open
 * while QuickBooks is read. A failure counts an attempt on each notification read, keeps the
 * error and retries with backoff; a deferred read (the app's read budget) leaves them pending
 * without an attempt. Processing a notification twice is harmless.
 */
@injectable()
export class ProcessCustomerWebhooks {
  private readonly logger: Logger;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(SyncCustomerMirror) private readonly sync: SyncCustomerMirror,
    @inject(ApplyQboMerge) private readonly merge: ApplyQboMerge,
    @inject(CUSTOMER_WEBHOOK_OPTIONS) private readonly options: CustomerWebhookOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'customer-mirror' });
  }

  /** Reads the pending notifications of up to `limit` tenants; returns how many notifications were handled (done or failed). */
  async run(limit: number): Promise<number> {
    const claimed: unknown = await this.db.query(
      `WITH pending AS (
         SELECT n.realm_id, min(n.received_at) AS oldest, bool_or(n.operation = 'Merge') AS merge
           FROM qbo_webhook_notifications n
          WHERE n.processed_at IS NULL AND n.entity = ANY($4::text[]) AND n.attempts < $2
            AND (n.last_attempt_at IS NULL OR n.last_attempt_at < now() - least(power(2, n.attempts), 300) * interval '1 second')
          GROUP BY n.realm_id),
       due AS (
         SELECT s.tenant_id, s.realm_id FROM pending p
           JOIN qbo_connections q ON q.realm_id = p.realm_id AND q.status = 'connected'
           JOIN qbo_customer_mirror_state s ON s.tenant_id = q.tenant_id AND s.realm_id = q.realm_id AND s.status = 'ready'
           LEFT JOIN tenants t ON t.tenant_id = q.tenant_id
          WHERE (s.claimed_until IS NULL OR s.claimed_until < now())
            AND (p.oldest <= now() - $5 * interval '1 millisecond' OR p.merge
                 OR t.next_window_at <= now() + $6 * interval '1 millisecond'
                 OR EXISTS (SELECT 1 FROM customer_links l WHERE l.tenant_id = q.tenant_id AND l.status <> 'linked'
                               AND l.wanted_version IS NOT NULL AND (l.resolved_version IS NULL OR l.resolved_version < l.wanted_version)))
          ORDER BY p.oldest LIMIT $1
          FOR UPDATE OF s SKIP LOCKED)
       UPDATE qbo_customer_mirror_state s SET claimed_until = now() + $3 * interval '1 millisecond'
         FROM due WHERE s.tenant_id = due.tenant_id
       RETURNING s.tenant_id, s.realm_id`,
      [limit, MAX_WEBHOOK_ATTEMPTS, CLAIM_LEASE_MS, READ_HERE, this.options.delayMs, Math.round(this.options.delayMs * WINDOW_LEAD_SHARE)],
    );
    let handled = 0;
    for (const t of returnedRows<{ tenant_id: string; realm_id: string }>(claimed)) handled += await this.readTenant(t.tenant_id, t.realm_id);
    return handled;
  }

  /** Notifications of a create or update whose state (or a newer one) the mirror already holds. */
  private async alreadyMirrored(tenantId: string, realmId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = (await this.db.query(
      `SELECT n.id FROM qbo_webhook_notifications n
         JOIN qbo_customer_mirror m ON m.tenant_id = $1 AND m.realm_id = $2 AND m.qbo_id = n.entity_id
        WHERE n.id = ANY($3::bigint[]) AND n.operation IN ('Create', 'Update') AND n.last_updated IS NOT NULL AND m.last_updated >= n.last_updated`,
      [tenantId, realmId, ids],
    )) as Array<{ id: string }>;
    return new Set(rows.map((r) => String(r.id)));
  }

  /** One CDC read for every pending notification of the tenant's company, then its merges. */
  private async readTenant(tenantId: string, realmId: string): Promise<number> {
    const rows = (await this.db.query(
      `SELECT id, entity_id, operation, deleted_id FROM qbo_webhook_notifications
        WHERE realm_id = $1 AND processed_at IS NULL AND entity = ANY($2::text[]) AND attempts < $3
        ORDER BY id`,
      [realmId, READ_HERE, MAX_WEBHOOK_ATTEMPTS],
    )) as NotificationRow[];
    const ids = rows.map((r) => r.id);
    try {
      // A change the mirror already holds (the sync's own create or update: its answer was the new state) costs no read.
      const known = await this.alreadyMirrored(tenantId, realmId, ids);
      if (rows.some((r) => !known.has(r.id))) await withCallPurpose('webhook', () => this.sync.pollChanges(tenantId, realmId));
      else await this.db.query(`UPDATE qbo_customer_mirror_state SET claimed_until = NULL WHERE tenant_id = $1 AND realm_id = $2`, [tenantId, realmId]);
      for (const n of rows) {
        if (n.operation === 'Merge' && n.deleted_id !== null) await this.merge.run(tenantId, realmId, n.deleted_id, n.entity_id);
      }
      await this.db.query(
        `UPDATE qbo_webhook_notifications SET processed_at = now(), last_attempt_at = now(), last_error = NULL, claimed_until = NULL WHERE id = ANY($1::bigint[])`,
        [ids],
      );
      this.logger.debug({ tenantId, notifications: ids.length, alreadyMirrored: known.size }, 'customer webhook notifications read with one CDC call');
      return rows.length;
    } catch (e) {
      const message = e instanceof QboError ? `${e.code}: ${e.explanation}` : e instanceof Error ? e.message : String(e);
      const deferred = e instanceof QboError && e.deferred;
      if (!deferred) this.logger.warn({ tenantId, notifications: ids.length, err: e }, 'customer webhook notifications failed; will retry');
      await this.db.query(
        `UPDATE qbo_webhook_notifications SET attempts = attempts + $3, last_attempt_at = now(), last_error = $2, claimed_until = NULL WHERE id = ANY($1::bigint[])`,
        [ids, message, deferred ? 0 : 1],
      );
      // A deferred read (the app's read budget) is tried again after a while, not at every round.
      await this.db.query(`UPDATE qbo_customer_mirror_state SET claimed_until = CASE WHEN $3 THEN now() + $4 * interval '1 millisecond' END WHERE tenant_id = $1 AND realm_id = $2`, [
        tenantId,
        realmId,
        deferred,
        DEFERRED_RETRY_MS,
      ]);
      return deferred ? 0 : rows.length;
    }
  }
}
