import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a tenant's connection moves to another QuickBooks company (another realmId), every
 * QBO id the sync holds for that tenant belongs to the old company. A trigger on
 * qbo_connections, in the same transaction as the new connection, forgets them: the mirror
 * is reloaded from the new company, customers are matched again, open batches (addressed to
 * the old company) are abandoned unsent, invoices start afresh, and the tenant is told.
 */
export class CompanySwitch1763700600000 implements MigrationInterface {
  name = 'CompanySwitch1763700600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION qbo_company_switched() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM qbo_customer_mirror WHERE tenant_id = NEW.tenant_id;
        DELETE FROM qbo_customer_mirror_state WHERE tenant_id = NEW.tenant_id;
        DELETE FROM customer_duplicate_flags WHERE tenant_id = NEW.tenant_id;
        UPDATE customer_links
           SET status = 'pending', qbo_customer_id = NULL, resolved_version = NULL, method = NULL,
               claimed_by = NULL, claimed_until = NULL,
               status_reason = 'the QuickBooks company changed: to be matched again', updated_at = now()
         WHERE tenant_id = NEW.tenant_id;
        UPDATE invoice_batches
           SET status = 'abandoned', last_error = 'the QuickBooks company changed before this batch was recorded'
         WHERE tenant_id = NEW.tenant_id AND status = 'open';
        DELETE FROM invoice_sync WHERE tenant_id = NEW.tenant_id;
        INSERT INTO customer_link_notices (tenant_id, kind, message)
        VALUES (NEW.tenant_id, 'company-changed',
                format('The connection moved from QuickBooks company %s to %s: customers are matched again against the new company, and invoices will be sent to it.',
                       OLD.realm_id, NEW.realm_id));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER qbo_company_switched AFTER UPDATE OF realm_id ON qbo_connections
      FOR EACH ROW WHEN (OLD.realm_id IS DISTINCT FROM NEW.realm_id)
      EXECUTE FUNCTION qbo_company_switched()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER qbo_company_switched ON qbo_connections`);
    await q.query(`DROP FUNCTION qbo_company_switched()`);
  }
}
