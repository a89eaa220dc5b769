import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { CONSUMED_WEBHOOK_ENTITIES } from '../domain/webhook-entities';
import { EntityChange } from './intuit-webhook-payload';

/** The Postgres channel the consumer of qbo_webhook_notifications listens on. */
export const WEBHOOK_CHANNEL = 'qbo_webhook';

/**
 * Queues webhook entity changes in qbo_webhook_notifications, in one transaction, then
 * `NOTIFY qbo_webhook` (delivered on commit) so the consumer (mirror refresh, merge handling)
 * wakes at once. Only entities something consumes (CONSUMED_WEBHOOK_ENTITIES: Customer, and
 * Item, Account, TaxCode, Invoice, Payment) are queued; the others would wait forever. Returns the number of rows queued.
 */
@injectable()
export class WebhookNotificationQueue {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async enqueue(all: readonly EntityChange[]): Promise<number> {
    const changes = all.filter((c) => CONSUMED_WEBHOOK_ENTITIES.includes(c.entity));
    if (changes.length === 0) return 0;
    return this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO qbo_webhook_notifications (realm_id, entity, entity_id, operation, deleted_id, last_updated)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])`,
        [
          changes.map((c) => c.realmId),
          changes.map((c) => c.entity),
          changes.map((c) => c.entityId),
          changes.map((c) => c.operation),
          changes.map((c) => c.deletedId),
          changes.map((c) => (c.lastUpdated === null ? null : c.lastUpdated.toISOString())),
        ],
      );
      await tx.query(`SELECT pg_notify($1, $2)`, [WEBHOOK_CHANNEL, String(changes.length)]);
      return changes.length;
    });
  }
}
