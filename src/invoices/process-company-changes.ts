import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { ApplyQboMerge } from '../customers/apply-qbo-merge';
import { returnedRows } from '../customers/returned-rows';
import { CONSUMED_WEBHOOK_ENTITIES } from '../domain/webhook-entities';
import { Logger } from '../logger';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QboError } from '../qbo/qbo-error';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { ChangeReadSchedule, COMPANY_CHANGES_OPTIONS, CompanyChangesOptions, MAX_WEBHOOK_ATTEMPTS } from './change-read-schedule';
import { ReadCompanyChanges } from './read-company-changes';

interface NotificationRow {
  id: string;
  entity: string;
  entity_id: string;
  operation: string;
  deleted_id: string | null;
  last_updated: Date | null;
}

/** A read deferred for the app's read budget is tried again after this long. */
export const DEFERRED_RETRY_MS = 15 * 60_000;
/** A due cursor whose tenant's mirror or lists are being loaded is looked at again after this long. */
const LOADING_RETRY_MS = 60_000;
/** A window waits at most this long for a read another replica has in hand (a CDC read takes a second or two). */
const READ_IN_HAND_WAIT_MS = 15_000;
const READ_IN_HAND_POLL_MS = 200;
/** Loads that finished within this margin before a round's previous one are looked at again (transactions commit after their now()). */
const LOADS_MARGIN_MS = 10 * 60_000;

/**
 * Spends reads like money: every change of a tenant's company, whatever the entity, is read by ONE
 * change-data-capture call (ReadCompanyChanges) from the tenant's shared point, for two reasons:
 * - webhooks: a tenant's pending notifications of every consumed entity (customers, items,
 *   accounts, tax codes, invoices, payments) are read together when the first of them is due
 *   (ChangeReadSchedule): at once when needed (customers waiting to be resolved while customer
 *   changes are pending, a merge announced), a payment `delayMs` after it came, any change a sixth
 *   of that delay before the tenant's invoice window, and at most `otherDelayMs` after it came;
 * - the backstop: when no read ran for `backstopMs` (once a day by default), which also catches
 *   what a lost webhook missed; deferred while the app's read budget is past its warning share.
 * A notification whose change is already known costs no read: a customer create or update the
 * mirror holds, an item the sync created, an invoice created, or updated by the sync's own push
 * (within a minute of it), an invoice that is not the sync's, a payment deleted, a payment of a
 * tenant with no pushed invoice. Merges are then followed by the ids the webhook named.
 *
 * Notifications are queued per tenant (WebhookNotificationQueue): each tenant connected to a
 * company reads its own and marks only its own processed.
 *
 * Tenants are claimed through their cursor's lease (qbo_change_cursor), so one replica reads a
 * tenant at a time, once its customer mirror is loaded (the customers never wait for the lists)
 * and never while its lists are being loaded; no transaction is open while QuickBooks is read. A failure counts an attempt on
 * the cursor and each notification, keeps the error and retries with backoff; a deferred read
 * leaves them pending without an attempt.
 */
@injectable()
export class ProcessCompanyChanges {
  private readonly logger: Logger;
  /** The previous round's time (less a margin): loads finished after it are looked at; null: every tenant's, once per process. */
  private loadsSeenFrom: Date | null = null;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(ReadCompanyChanges) private readonly changes: ReadCompanyChanges,
    @inject(ApplyQboMerge) private readonly merge: ApplyQboMerge,
    @inject(COMPANY_CHANGES_OPTIONS) private readonly options: CompanyChangesOptions,
    @inject(ChangeReadSchedule) private readonly schedule: ChangeReadSchedule,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'company-changes' });
  }

  /**
   * Reads the changes of up to `limit` due tenants; returns how many tenants were handled. A round
   * touches only what is due (the cursors' indexed next_read_at, ChangeReadSchedule), the loads
   * that finished since the previous round and the customers waiting to be resolved: its cost does
   * not grow with the tenants that are not due.
   */
  async run(limit: number): Promise<number> {
    // Postgres' clock, the one loaded_at is written by: a process clock ahead of it would skip loads.
    const roundAt = ((await this.db.query(`SELECT now() AS at`)) as Array<{ at: Date }>)[0]?.at ?? new Date(0);
    // Tenants whose customers were loaded get their cursor (from the loads' points).
    const started = await this.changes.startCursors(null, this.loadsSeenFrom);
    this.loadsSeenFrom = new Date(roundAt.getTime() - LOADS_MARGIN_MS);
    await this.schedule.recompute(started);
    await this.schedule.wakeWaitingCustomers();
    const o = this.options;
    // A due cursor that cannot be read now waits: for a reconnect (the connection's trigger makes it due again) or for its loads.
    await this.db.query(
      `UPDATE qbo_change_cursor c
          SET next_read_at = CASE WHEN NOT EXISTS (SELECT 1 FROM qbo_connections q WHERE q.tenant_id = c.tenant_id AND q.realm_id = c.realm_id AND q.status = 'connected')
                                  THEN 'infinity'::timestamptz ELSE now() + $1 * interval '1 millisecond' END
        WHERE c.next_read_at <= now()
          AND (NOT EXISTS (SELECT 1 FROM qbo_connections q WHERE q.tenant_id = c.tenant_id AND q.realm_id = c.realm_id AND q.status = 'connected')
               OR NOT EXISTS (SELECT 1 FROM qbo_customer_mirror_state s WHERE s.tenant_id = c.tenant_id AND s.realm_id = c.realm_id AND s.status = 'ready')
               -- never while the company's lists are being loaded (a load's older answers would overwrite newer changes)
               OR EXISTS (SELECT 1 FROM qbo_company_lists l WHERE l.tenant_id = c.tenant_id AND l.status = 'loading' AND l.claimed_until > now()))`,
      [LOADING_RETRY_MS],
    );
    const claimed: unknown = await this.db.query(
      `WITH due AS (
         SELECT c.tenant_id FROM qbo_change_cursor c
          WHERE c.next_read_at <= now() AND (c.claimed_until IS NULL OR c.claimed_until < now()) AND c.next_attempt_at <= now()
          ORDER BY c.next_read_at LIMIT $1
          FOR UPDATE OF c SKIP LOCKED)
       UPDATE qbo_change_cursor c SET claimed_until = now() + $2 * interval '1 millisecond', claim_token = gen_random_uuid()
         FROM due WHERE c.tenant_id = due.tenant_id
       RETURNING c.tenant_id, c.realm_id, c.claim_token, c.last_read_at < now() - $3 * interval '1 millisecond' AS backstop`,
      [limit, o.leaseMs, o.backstopMs],
    );
    const tenants = returnedRows<{ tenant_id: string; realm_id: string; claim_token: string; backstop: boolean }>(claimed);
    // Several tenants at once (each its own company, its own limits): a thousand tenants due before their windows are read in minutes, not one after another.
    const queue = [...tenants];
    const reader = async () => {
      for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
        try {
          await this.readTenant(t.tenant_id, t.realm_id, t.backstop, t.claim_token);
        } finally {
          await this.schedule.recompute([t.tenant_id]);
        }
      }
    };
    const ended = await Promise.allSettled(Array.from({ length: Math.min(Math.max(1, this.options.concurrency ?? 1), queue.length) }, reader));
    // Every reader done before the round ends (the next round must not overlap them); then the first failure, if any.
    const failure = ended.find((e): e is PromiseRejectedResult => e.status === 'rejected');
    if (failure !== undefined) throw failure.reason;
    return tenants.length;
  }

  /**
   * A window about to run reads the tenant's changes first, so it pushes against the company as it
   * is (an item a person just created, a customer made inactive):
   * - `pending` (a window a person asked for, a run-now): every pending notification, due or not;
   * - `due` (a window of the schedule, its retry or resume): only when the read is already due
   *   (next_read_at passed) and not done: the window came before the round read it, as a window
   *   missed while every pod was down and run at once does, or a round behind. It costs no read
   *   the schedule did not ask for: one not yet due waits, as one made after the lead does.
   * When another replica is reading the tenant right now, the window waits for that read (at most
   * READ_IN_HAND_WAIT_MS, and not once `signal` is aborted). Nothing happens when nothing is pending, or it cannot be read now (not
   * connected, loads running, backing off after a failure); a failure is recorded as in a round
   * and the window goes on.
   */
  async readPendingNow(tenantId: string, realmId: string, which: 'pending' | 'due' = 'pending', signal?: AbortSignal): Promise<void> {
    const pendingSql = `EXISTS (SELECT 1 FROM qbo_webhook_notifications n WHERE n.tenant_id = c.tenant_id AND n.realm_id = c.realm_id AND n.processed_at IS NULL
                        AND n.entity = ANY($4::text[]) AND n.attempts < $5)${which === 'due' ? ' AND c.next_read_at <= now()' : ''}`;
    const params = [tenantId, realmId, this.options.leaseMs, CONSUMED_WEBHOOK_ENTITIES, MAX_WEBHOOK_ATTEMPTS];
    const until = Date.now() + READ_IN_HAND_WAIT_MS;
    let lapsedRetried = false;
    let claim: string | undefined;
    for (;;) {
      const claimed: unknown = await this.db.query(
        `UPDATE qbo_change_cursor c SET claimed_until = now() + $3 * interval '1 millisecond', claim_token = gen_random_uuid()
          WHERE c.tenant_id = $1 AND c.realm_id = $2 AND (c.claimed_until IS NULL OR c.claimed_until < now()) AND c.next_attempt_at <= now()
            AND ${pendingSql}
            AND EXISTS (SELECT 1 FROM qbo_connections q WHERE q.tenant_id = c.tenant_id AND q.realm_id = c.realm_id AND q.status = 'connected')
            AND EXISTS (SELECT 1 FROM qbo_customer_mirror_state s WHERE s.tenant_id = c.tenant_id AND s.realm_id = c.realm_id AND s.status = 'ready')
            AND NOT EXISTS (SELECT 1 FROM qbo_company_lists l WHERE l.tenant_id = c.tenant_id AND l.status = 'loading' AND l.claimed_until > now())
         RETURNING c.claim_token`,
        params,
      );
      claim = returnedRows<{ claim_token: string }>(claimed)[0]?.claim_token;
      if (claim !== undefined) break;
      // Held by another replica's read (a round's lease, not a read deferred for the budget, which is held longer) with the notifications still pending: wait for it, bounded; its lease lapsing (a replica gone), claim it.
      const held = (await this.db.query(
        `SELECT c.claimed_until > now() AS live FROM qbo_change_cursor c
          WHERE c.tenant_id = $1 AND c.realm_id = $2 AND c.claimed_until IS NOT NULL AND c.claimed_until <= now() + $3 * interval '1 millisecond' AND ${pendingSql}`,
        params,
      )) as Array<{ live: boolean }>;
      const lease = held[0];
      // Not past the window's stop either (the worker shutting down): the window goes on without it.
      if (lease === undefined || Date.now() >= until || signal?.aborted === true) return;
      // The lease lapsed between the claim above and this look (each statement reads its own now()):
      // claim again at once, once (a lease lapsed long ago on a cursor that cannot be read for
      // another reason costs one more look, not the wait).
      if (!lease.live) {
        if (lapsedRetried) return;
        lapsedRetried = true;
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, READ_IN_HAND_POLL_MS));
    }
    try {
      await this.readTenant(tenantId, realmId, false, claim);
    } finally {
      await this.schedule.recompute([tenantId]);
    }
  }

  /**
   * Reads the tenant's changes (one CDC call) unless every pending notification is already known,
   * then follows its merges. `claim` is the cursor's claim token this read holds: the lease is
   * released (or, deferred, held longer) only while it is still this claim. A read that outlived
   * its lease (a slow company, a long merge) may find another replica's newer claim on the cursor,
   * which it must leave alone.
   */
  private async readTenant(tenantId: string, realmId: string, backstop: boolean, claim: string): Promise<void> {
    const rows = (await this.db.query(
      `SELECT id, entity, entity_id, operation, deleted_id, last_updated FROM qbo_webhook_notifications
        WHERE tenant_id = $4 AND realm_id = $1 AND processed_at IS NULL AND entity = ANY($2::text[]) AND attempts < $3
        ORDER BY id`,
      [realmId, CONSUMED_WEBHOOK_ENTITIES, MAX_WEBHOOK_ATTEMPTS, tenantId],
    )) as NotificationRow[];
    const ids = rows.map((r) => r.id);
    try {
      const known = await this.alreadyKnown(tenantId, realmId, rows);
      const webhookRead = rows.some((r) => !known.has(r.id));
      if (webhookRead || backstop) {
        // A read a notification asks for is a webhook read; the backstop alone may wait for the read budget.
        // The lease stays held until the notifications it answered are marked (below).
        await withCallPurpose(webhookRead ? 'webhook' : 'backstop', () => this.changes.read(tenantId, realmId));
      }
      for (const n of rows) {
        if (n.operation === 'Merge' && n.deleted_id !== null) await this.merge.run(tenantId, realmId, n.deleted_id, n.entity_id);
      }
      // Marked and released together: released first, another replica's round or window could
      // claim the cursor while these still look pending and read again what was just read.
      await this.db.transaction(async (tx) => {
        await tx.query(
          `UPDATE qbo_webhook_notifications SET processed_at = now(), last_attempt_at = now(), last_error = NULL, claimed_until = NULL WHERE id = ANY($1::bigint[])`,
          [ids],
        );
        await tx.query(`UPDATE qbo_change_cursor SET claimed_until = NULL, claim_token = NULL WHERE tenant_id = $1 AND claim_token = $2`, [tenantId, claim]);
      });
      this.logger.debug({ tenantId, notifications: ids.length, alreadyKnown: known.size, backstop }, 'company changes handled');
    } catch (e) {
      const message = e instanceof QboError ? `${e.code}: ${e.explanation}` : e instanceof Error ? e.message : String(e);
      const deferred = e instanceof QboError && e.deferred;
      if (!deferred) this.logger.warn({ tenantId, notifications: ids.length, backstop, err: e }, 'company changes read failed; will retry');
      await this.db.query(
        `UPDATE qbo_webhook_notifications SET attempts = attempts + $3, last_attempt_at = now(), last_error = $2, claimed_until = NULL WHERE id = ANY($1::bigint[])`,
        [ids, message, deferred ? 0 : 1],
      );
      // A deferred read (the app's read budget) is tried again after a while, not at every round; a
      // failure backs off. Only under this read's own claim: a newer claim's read records its own outcome.
      await this.db.query(
        `UPDATE qbo_change_cursor SET last_error = $3, updated_at = now(),
                claimed_until = CASE WHEN $2 THEN now() + $4 * interval '1 millisecond' END,
                claim_token = CASE WHEN $2 THEN claim_token END,
                attempts = attempts + CASE WHEN $2 THEN 0 ELSE 1 END,
                next_attempt_at = CASE WHEN $2 THEN next_attempt_at ELSE now() + least(power(2, attempts), 600) * interval '1 second' END
          WHERE tenant_id = $1 AND claim_token = $5`,
        [tenantId, deferred, message, DEFERRED_RETRY_MS, claim],
      );
    }
  }

  /**
   * The notifications whose change is known without a read: a customer create or update the mirror
   * holds (or newer: the sync's own writes, whose answers were the new state), an item the sync
   * created, an invoice created (no balance changed), an invoice update that is the sync's own push
   * or of an invoice the sync did not push, a payment deleted (its invoices' own notifications tell)
   * or of a tenant with no pushed invoice.
   */
  private async alreadyKnown(tenantId: string, realmId: string, rows: readonly NotificationRow[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const known = (await this.db.query(
      `SELECT n.id FROM qbo_webhook_notifications n
        WHERE n.id = ANY($3::bigint[]) AND (
          (n.entity = 'Customer' AND n.operation IN ('Create', 'Update') AND n.last_updated IS NOT NULL
             AND EXISTS (SELECT 1 FROM qbo_customer_mirror m WHERE m.tenant_id = $1 AND m.realm_id = $2 AND m.qbo_id = n.entity_id AND m.last_updated >= n.last_updated))
          OR (n.entity = 'Item' AND n.operation = 'Create'
             AND EXISTS (SELECT 1 FROM qbo_item_mirror i WHERE i.tenant_id = $1 AND i.realm_id = $2 AND i.qbo_id = n.entity_id AND i.created_by_sync))
          OR (n.entity = 'Invoice' AND (n.operation <> 'Update'
             OR NOT EXISTS (SELECT 1 FROM invoice_sync s WHERE s.tenant_id = $1 AND s.realm_id = $2 AND s.qbo_invoice_id = n.entity_id AND NOT s.voided_in_qbo
                              AND NOT (n.last_updated IS NOT NULL AND s.pushed_at IS NOT NULL AND abs(extract(epoch FROM s.pushed_at - n.last_updated)) < 60))))
          OR (n.entity = 'Payment' AND (n.operation = 'Delete'
             OR NOT EXISTS (SELECT 1 FROM invoice_sync s WHERE s.tenant_id = $1 AND s.realm_id = $2 AND s.qbo_invoice_id IS NOT NULL AND NOT s.voided_in_qbo))))`,
      [tenantId, realmId, rows.map((r) => r.id)],
    )) as Array<{ id: string }>;
    return new Set(known.map((r) => String(r.id)));
  }
}
