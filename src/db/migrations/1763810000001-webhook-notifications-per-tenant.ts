import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, webhooks per tenant: Intuit notifies per company (realm), but several tenants may be
 * connected to one company, and each reads its own changes from its own point. A notification is
 * now queued once per tenant holding the realm (`tenant_id`), and each tenant's read marks only its
 * own rows processed; before, the first tenant's read marked the realm's rows done and the others'
 * changes waited for the daily backstop. A notification for a realm no tenant holds is kept with
 * `tenant_id` NULL, processed at once with `outcome = 'no_tenant'` (it used to wait, silently, until
 * retention). Pending rows of the old shape are spread over the tenants holding their realm.
 */
export class WebhookNotificationsPerTenant1763810000001 implements MigrationInterface {
  name = 'WebhookNotificationsPerTenant1763810000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_webhook_notifications ADD COLUMN tenant_id text, ADD COLUMN outcome text`);
    await q.query(`
      INSERT INTO qbo_webhook_notifications (tenant_id, realm_id, entity, entity_id, operation, deleted_id, last_updated, received_at, attempts, last_attempt_at, last_error)
      SELECT c.tenant_id, n.realm_id, n.entity, n.entity_id, n.operation, n.deleted_id, n.last_updated, n.received_at, n.attempts, n.last_attempt_at, n.last_error
        FROM qbo_webhook_notifications n JOIN qbo_connections c ON c.realm_id = n.realm_id AND c.status <> 'disconnected'
       WHERE n.processed_at IS NULL AND n.tenant_id IS NULL`);
    await q.query(`
      UPDATE qbo_webhook_notifications n SET processed_at = now(), claimed_until = NULL,
             outcome = CASE WHEN EXISTS (SELECT 1 FROM qbo_connections c WHERE c.realm_id = n.realm_id AND c.status <> 'disconnected') THEN 'per_tenant' ELSE 'no_tenant' END
       WHERE n.processed_at IS NULL AND n.tenant_id IS NULL`);
    await q.query(`CREATE INDEX qbo_webhook_notifications_tenant_pending_idx ON qbo_webhook_notifications (tenant_id, realm_id) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS qbo_webhook_notifications_tenant_pending_idx`);
    await q.query(`ALTER TABLE qbo_webhook_notifications DROP COLUMN IF EXISTS outcome, DROP COLUMN IF EXISTS tenant_id`);
  }
}
