import { inject, injectable, optional } from 'inversify';
import { DataSource } from 'typeorm';
import { CONSUMED_WEBHOOK_ENTITIES } from '../domain/webhook-entities';
import { ChangeReadSchedule } from '../invoices/change-read-schedule';
import { Logger } from '../logger';
import { Metrics } from '../metrics/metrics';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { EntityChange } from './intuit-webhook-payload';

/** The Postgres channel the consumer of qbo_webhook_notifications listens on. */
export const WEBHOOK_CHANNEL = 'qbo_webhook';

/** A realm no tenant holds is warned about at most once in this long (Intuit keeps notifying a company whose app was disconnected). */
const NO_TENANT_WARN_INTERVAL_MS = 3_600_000;

/**
 * Queues webhook entity changes in qbo_webhook_notifications, in one transaction, then
 * `NOTIFY qbo_webhook` (delivered on commit) so the consumer (ProcessCompanyChanges) wakes at once.
 * Only entities something consumes (CONSUMED_WEBHOOK_ENTITIES: Customer, and Item, Account,
 * TaxCode, Invoice, Payment) are queued; the others would wait forever.
 *
 * A change is queued once per tenant connected to its company (`tenant_id`; a needs-reconnect
 * tenant too, its reads resume on reconnect): several tenants may hold one QuickBooks company, and
 * each reads, and marks processed, its own. A change of a company no tenant holds is kept,
 * processed at once with `outcome = 'no_tenant'` (nothing will read it), warned about once per
 * realm and counted (qbo_sync_webhook_notifications_total{outcome="no_tenant"}). Returns the number
 * of changes accepted.
 */
@injectable()
export class WebhookNotificationQueue {
  private readonly logger: Logger;
  private readonly warned = new Map<string, number>();
  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(ChangeReadSchedule) private readonly schedule: ChangeReadSchedule,
    @inject(LOGGER) logger: Logger,
    @inject(Metrics) @optional() private readonly metrics?: Metrics,
  ) {
    this.logger = logger.child({ component: 'webhooks' });
  }

  async enqueue(all: readonly EntityChange[]): Promise<number> {
    const changes = all.filter((c) => CONSUMED_WEBHOOK_ENTITIES.includes(c.entity));
    if (changes.length === 0) return 0;
    const rows = await this.dataSource.transaction(async (tx) => {
      const inserted = (await tx.query(
        `INSERT INTO qbo_webhook_notifications (tenant_id, realm_id, entity, entity_id, operation, deleted_id, last_updated, processed_at, outcome)
         SELECT c.tenant_id, x.realm_id, x.entity, x.entity_id, x.operation, x.deleted_id, x.last_updated,
                CASE WHEN c.tenant_id IS NULL THEN now() END, CASE WHEN c.tenant_id IS NULL THEN 'no_tenant' END
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) WITH ORDINALITY
                AS x(realm_id, entity, entity_id, operation, deleted_id, last_updated, ord)
           LEFT JOIN qbo_connections c ON c.realm_id = x.realm_id AND c.status <> 'disconnected'
          ORDER BY x.ord, c.tenant_id
         RETURNING id, realm_id, tenant_id`,
        [
          changes.map((c) => c.realmId),
          changes.map((c) => c.entity),
          changes.map((c) => c.entityId),
          changes.map((c) => c.operation),
          changes.map((c) => c.deletedId),
          changes.map((c) => (c.lastUpdated === null ? null : c.lastUpdated.toISOString())),
        ],
      )) as Array<{ id: string; realm_id: string; tenant_id: string | null }>;
      // Each tenant's cursor is brought forward to when these are due (ChangeReadSchedule).
      await this.schedule.noteQueued(tx, inserted.filter((r) => r.tenant_id !== null).map((r) => String(r.id)));
      if (inserted.some((r) => r.tenant_id !== null)) await tx.query(`SELECT pg_notify($1, $2)`, [WEBHOOK_CHANNEL, String(changes.length)]);
      return inserted;
    });
    const orphans = new Map<string, number>();
    for (const r of rows) if (r.tenant_id === null) orphans.set(r.realm_id, (orphans.get(r.realm_id) ?? 0) + 1);
    const noTenant = [...orphans.values()].reduce((n, k) => n + k, 0);
    this.metrics?.webhookNotifications.inc({ outcome: 'queued' }, rows.length - noTenant);
    if (noTenant > 0) this.metrics?.webhookNotifications.inc({ outcome: 'no_tenant' }, noTenant);
    const now = Date.now();
    for (const [realmId, n] of orphans) {
      if ((this.warned.get(realmId) ?? 0) > now - NO_TENANT_WARN_INTERVAL_MS) continue;
      if (this.warned.size > 10_000) this.warned.clear();
      this.warned.set(realmId, now);
      this.logger.warn({ realmId, notifications: n }, 'webhook for a QuickBooks company no tenant is connected to: kept as no_tenant, nothing will read it');
    }
    return changes.length;
  }
}
