import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DataSource, EntityManager } from 'typeorm';
import { linkDueSql } from '../customers/customer-link-repository';
import { CONSUMED_WEBHOOK_ENTITIES } from '../domain/webhook-entities';
import { DATA_SOURCE } from '../tokens';

/** After this many failed attempts a notification stays unprocessed with its last error (the backstop still catches up). */
export const MAX_WEBHOOK_ATTEMPTS = 8;
/** A window starting within this share of the delay (an hour of the default six) needs the mirror now. */
export const WINDOW_LEAD_SHARE = 1 / 6;

export interface CompanyChangesOptions {
  /** CUSTOMER_WEBHOOK_DELAY_MS: a tenant's payment notifications wait at most this long, so that changes made together cost one read; a sixth of it is the window's lead. */
  delayMs: number;
  /** CUSTOMER_WEBHOOK_OTHER_DELAY_MS: every other notification waits at most this long (and no later than the window's lead). */
  otherDelayMs: number;
  /** The backstop: a tenant's changes are read when none were read for this long (a day with webhooks on). */
  backstopMs: number;
  /** How long a replica owns a tenant's read before another may take it over. */
  leaseMs: number;
  /** CUSTOMER_CHANGES_READ_CONCURRENCY: tenants a replica reads at once (absent: one at a time). */
  concurrency?: number;
}

export const COMPANY_CHANGES_OPTIONS: ServiceIdentifier<CompanyChangesOptions> = Symbol.for('CompanyChangesOptions');

type Queryable = Pick<EntityManager, 'query'>;

/**
 * When each tenant's company changes are next due to be read: `qbo_change_cursor.next_read_at`,
 * indexed, so a round of ProcessCompanyChanges reads only the cursors that are due, whatever the
 * number of tenants (issue 13, item 5). A cursor is due at the earliest of:
 * - the backstop: its last read + `backstopMs`;
 * - its pending notifications (each once its retry backoff has passed): a merge at once, customer
 *   changes at once while customers wait to be resolved, payments `delayMs` after arrival, other
 *   changes `otherDelayMs` after it, and every change no later than a sixth of the delay before
 *   the tenant's next invoice window (LATER_DUE);
 * and never before its failure backoff (`next_attempt_at`) nor while another read holds it (a
 * deferred read's `claimed_until`).
 *
 * It is computed from scratch after each read of the tenant (`recompute`), and brought forward
 * when notifications are queued (`noteQueued`); a new notification's row and the recompute meet on
 * the cursor's row lock, so a wake-up is never lost. Customers that start waiting to be resolved
 * while customer changes are pending are found by `wakeWaitingCustomers` through the links' to-do
 * index (bounded by the work, not by the tenants).
 *
 * "Waiting to be resolved" is what the resolution claims take (linkDueSql): a customer whose create
 * waits for its first invoice or for the company's settings (just after a connect) counts only once
 * that has come (an invoice recorded; the connected company's lists loaded), since no resolution
 * reads the mirror before; from then on it counts like any customer due.
 */
@injectable()
export class ChangeReadSchedule {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(COMPANY_CHANGES_OPTIONS) private readonly options: CompanyChangesOptions,
  ) {}

  private get lead(): number {
    return Math.round(this.options.delayMs * WINDOW_LEAD_SHARE);
  }

  /** The due time of each of `tenantIds` from scratch, after a read (or a failed or deferred one), under the cursor's row lock; `onlyEarlier`: never later than it was. */
  async recompute(tenantIds: readonly string[], onlyEarlier = false): Promise<void> {
    if (tenantIds.length === 0) return;
    await this.db.transaction(async (tx) => {
      // The lock first, then a fresh statement: a notification queued meanwhile is either seen here or brings the time forward after.
      await tx.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = ANY($1::text[]) ORDER BY tenant_id FOR UPDATE`, [tenantIds]);
      await tx.query(
        `UPDATE qbo_change_cursor c SET next_read_at = ${onlyEarlier ? 'least(c.next_read_at, ' : '('}greatest(c.next_attempt_at, coalesce(c.claimed_until, '-infinity'), least(
                  c.last_read_at + $2 * interval '1 millisecond',
                  (SELECT min(greatest(
                            CASE WHEN n.operation = 'Merge' THEN n.received_at
                                 WHEN n.entity = 'Customer' AND ${WAITING_CUSTOMERS('c.tenant_id')} THEN n.received_at
                                 ${LATER_DUE('n.received_at', '$3', '$4', '$7')} END,
                            coalesce(n.last_attempt_at + least(power(2, n.attempts), 300) * interval '1 second', '-infinity')))
                     FROM qbo_webhook_notifications n LEFT JOIN tenants t ON t.tenant_id = n.tenant_id
                    WHERE n.tenant_id = c.tenant_id AND n.realm_id = c.realm_id AND n.processed_at IS NULL
                      AND n.entity = ANY($5::text[]) AND n.attempts < $6))))
          WHERE c.tenant_id = ANY($1::text[])`,
        [tenantIds, this.options.backstopMs, this.options.delayMs, this.lead, CONSUMED_WEBHOOK_ENTITIES, MAX_WEBHOOK_ATTEMPTS, this.options.otherDelayMs],
      );
    });
  }

  /**
   * The tenants' next invoice windows were (re)computed: those with notifications pending get their
   * due time again, so a window moved earlier (a new schedule or time zone) still finds
   * the changes read before it.
   */
  async windowsMoved(tenantIds: readonly string[]): Promise<void> {
    if (tenantIds.length === 0) return;
    const pending = (await this.db.query(
      `SELECT DISTINCT tenant_id FROM qbo_webhook_notifications WHERE tenant_id = ANY($1::text[]) AND processed_at IS NULL`,
      [tenantIds],
    )) as Array<{ tenant_id: string }>;
    // One tenant per transaction: holding one cursor row at a time, it never deadlocks with the
    // statements that lock several in no set order (a webhook's, a round's). Never later than it
    // was: notifications already due stay due (a window that came while they waited is no reason
    // to wait for the next one). A tenant whose recompute fails keeps its time (bounded by the
    // other delay) and is logged by the caller.
    const failed: string[] = [];
    for (const r of pending) {
      await this.recompute([r.tenant_id], true).catch(() => failed.push(r.tenant_id));
    }
    if (failed.length > 0) throw new Error(`next read times not brought forward for ${failed.length} tenant(s): ${failed.slice(0, 5).join(', ')}`);
  }

  /**
   * Notifications just queued (inside the queuing transaction, after their rows): each tenant's
   * cursor is brought forward to when they are due, never pushed back. Customers waiting to be
   * resolved are looked at by the round (wakeWaitingCustomers), not here: the webhook of a customer
   * the sync just created arrives before its resolution is recorded, and would cost a read.
   */
  async noteQueued(q: Queryable, notificationIds: readonly string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    await q.query(
      `UPDATE qbo_change_cursor c SET next_read_at = least(c.next_read_at, greatest(c.next_attempt_at, d.due))
         FROM (SELECT n.tenant_id, n.realm_id, min(CASE WHEN n.operation = 'Merge' THEN now()
                                          ${LATER_DUE('now()', '$2', '$3', '$5')} END) AS due
                 FROM qbo_webhook_notifications n LEFT JOIN tenants t ON t.tenant_id = n.tenant_id
                WHERE n.id = ANY($1::bigint[]) AND n.tenant_id IS NOT NULL AND n.entity = ANY($4::text[])
                GROUP BY n.tenant_id, n.realm_id) d
        WHERE c.tenant_id = d.tenant_id AND c.realm_id = d.realm_id`,
      [notificationIds, this.options.delayMs, this.lead, CONSUMED_WEBHOOK_ENTITIES, this.options.otherDelayMs],
    );
  }

  /**
   * Cursors not yet due whose tenant has customers waiting to be resolved (the links' to-do index)
   * and customer changes pending: due now, since a match needs the mirror fresh.
   */
  async wakeWaitingCustomers(): Promise<void> {
    await this.db.query(
      `UPDATE qbo_change_cursor c SET next_read_at = greatest(c.next_attempt_at, now())
        WHERE c.next_read_at > now()
          AND c.tenant_id IN (SELECT DISTINCT k.tenant_id FROM customer_links k
                               WHERE k.status <> 'linked' AND ${linkDueSql('k')})
          AND EXISTS (SELECT 1 FROM qbo_webhook_notifications n WHERE n.tenant_id = c.tenant_id AND n.realm_id = c.realm_id AND n.processed_at IS NULL
                        AND n.entity = 'Customer' AND n.attempts < $1)`,
      [MAX_WEBHOOK_ATTEMPTS],
    );
  }
}

/**
 * When a notification that is not needed at once is due (the tail of a CASE on `n`, the
 * notification, and `t`, its tenant): a payment `delay` after it arrived (what is owed, in the
 * status and upstream's events, is kept within the delay); a change of another entity (a
 * customer's details, an invoice a person edited, an item, an account, a tax code) matters only to
 * a match (read at once then, see recompute) and to the window, so it waits `otherDelay` (a day by
 * default); and every change no later than `lead` before the tenant's next invoice window (the
 * window pushes against them). A day's changes thus cost one read before the window where they
 * used to cost one per `delay`.
 */
function LATER_DUE(arrived: string, delay: string, lead: string, otherDelay: string): string {
  const beforeWindow = `t.next_window_at - ${lead} * interval '1 millisecond'`;
  return `WHEN n.entity = 'Payment' THEN least(${arrived} + ${delay} * interval '1 millisecond', ${beforeWindow})
          ELSE least(${arrived} + ${otherDelay} * interval '1 millisecond', ${beforeWindow})`;
}

/** Customers of the tenant waiting to be resolved (a match needs the mirror fresh): due as the resolution claims see them (linkDueSql). */
function WAITING_CUSTOMERS(tenant: string): string {
  return `EXISTS (SELECT 1 FROM customer_links k WHERE k.tenant_id = ${tenant} AND k.status <> 'linked' AND ${linkDueSql('k')})`;
}
