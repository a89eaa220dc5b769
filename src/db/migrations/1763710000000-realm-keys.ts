import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 item 5: the QuickBooks company (realm) is part of everything that holds a QuickBooks
 * id. customer_links, invoice_sync, invoice_batches and the mirror rows carry the realm they were
 * computed for (backfilled from the tenant's current connection); every write of them is
 * conditional on the tenant still being on that realm (src/qbo/realm-guard.ts), and reads that
 * pick QuickBooks ids to use ignore rows of another realm. The company-switch trigger now also
 * clears the realm of the links it sends back to matching.
 */
export class RealmKeys1763710000000 implements MigrationInterface {
  name = 'RealmKeys1763710000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['customer_links', 'invoice_sync', 'invoice_batches', 'qbo_customer_mirror']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN realm_id text`);
      await q.query(`UPDATE ${table} x SET realm_id = c.realm_id FROM qbo_connections c WHERE c.tenant_id = x.tenant_id`);
    }
    await q.query(`
      CREATE OR REPLACE FUNCTION qbo_company_switched() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM qbo_customer_mirror WHERE tenant_id = NEW.tenant_id;
        DELETE FROM qbo_customer_mirror_state WHERE tenant_id = NEW.tenant_id;
        DELETE FROM customer_duplicate_flags WHERE tenant_id = NEW.tenant_id;
        UPDATE customer_links
           SET status = 'pending', qbo_customer_id = NULL, realm_id = NULL, resolved_version = NULL, method = NULL,
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION qbo_company_switched() RETURNS trigger LANGUAGE plpgsql AS $$
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
    for (const table of ['customer_links', 'invoice_sync', 'invoice_batches', 'qbo_customer_mirror']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN realm_id`);
    }
  }
}
