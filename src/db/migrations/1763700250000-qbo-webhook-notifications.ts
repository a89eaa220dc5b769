import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intuit webhook notifications, queued as received (the endpoint answers at once) and
 * processed afterwards: mirror refresh, merge handling. One row per entity change.
 */
export class QboWebhookNotifications1763700250000 implements MigrationInterface {
  name = 'QboWebhookNotifications1763700250000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qbo_webhook_notifications (
        id            bigserial   PRIMARY KEY,
        realm_id      text        NOT NULL,
        entity        text        NOT NULL,
        entity_id     text        NOT NULL,
        operation     text        NOT NULL,
        deleted_id    text,
        last_updated  timestamptz,
        received_at   timestamptz NOT NULL DEFAULT now(),
        processed_at  timestamptz,
        attempts      integer     NOT NULL DEFAULT 0,
        last_error    text
      )`);
    await q.query(`CREATE INDEX qbo_webhook_notifications_pending_idx ON qbo_webhook_notifications (received_at) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE qbo_webhook_notifications`);
  }
}
