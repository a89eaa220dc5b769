import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether an invoice (its row in invoices and its row in invoice_sync, if any) needs nothing more from QuickBooks. */
const SETTLED = `
  CREATE FUNCTION invoice_sync_settled(version bigint, voided boolean, batch_id text, needs_check text,
                                       failed_version bigint, pushed_version bigint, qbo_invoice_id text, voided_in_qbo boolean)
  RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT batch_id IS NULL AND needs_check IS NULL AND (
             (failed_version IS NOT NULL AND failed_version >= version)
             OR (voided AND (qbo_invoice_id IS NULL OR voided_in_qbo IS TRUE))
             OR (NOT voided AND pushed_version IS NOT NULL AND pushed_version >= version))
  $$`;

/**
 * What is waiting, indexed (issue 11, item 17). `invoices.sync_state` says where an invoice
 * stands with QuickBooks, so that a window and the status read only what is waiting instead of
 * walking every invoice the tenant ever pushed:
 * - `pending`: its latest version may need work (new, changed, voided, in flight, waiting for
 *   its customer, failed and not yet marked): the window's candidates are among these;
 * - `settled`: nothing to do at this version (pushed, voided in QBO, or failed at it);
 * - `parked`: never sent and issued before the tenant's sync start date.
 * It is kept right by the database, in the same statements that change what it depends on:
 * a new version, void or issue date makes the invoice pending (BEFORE trigger on invoices); an
 * invoice_sync row changed or deleted so that its invoice is no longer settled makes it pending
 * (statement triggers); a change of the tenant's sync start (invoices_from, time zone, the
 * connection's creation) makes its parked invoices pending. Only the window marks invoices
 * settled or parked (InvoiceSyncRepository.settle), skipping rows another transaction holds.
 */
export class InvoiceSyncState1763702100000 implements MigrationInterface {
  name = 'InvoiceSyncState1763702100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(SETTLED);
    await q.query(
      `ALTER TABLE invoices ADD COLUMN sync_state text NOT NULL DEFAULT 'pending' CHECK (sync_state IN ('pending', 'settled', 'parked'))`,
    );
    // Existing rows: everything settled is marked once (parked ones are found by the first window).
    await q.query(`
      UPDATE invoices i SET sync_state = 'settled'
        FROM invoice_sync s
       WHERE s.tenant_id = i.tenant_id AND s.invoice_id = i.id
         AND invoice_sync_settled(i.version, i.voided, s.batch_id, s.needs_check, s.failed_version, s.pushed_version, s.qbo_invoice_id, s.voided_in_qbo)`);
    // The planner must know how few are pending to use the partial index.
    await q.query(`ANALYZE invoices`);
    await q.query(`CREATE INDEX invoices_pending_idx ON invoices (tenant_id, updated_at, id) WHERE sync_state = 'pending'`);
    await q.query(`CREATE INDEX invoices_parked_idx ON invoices (tenant_id) WHERE sync_state = 'parked'`);
    await q.query(`CREATE INDEX invoice_sync_failed_idx ON invoice_sync (tenant_id, updated_at DESC) WHERE failed_version IS NOT NULL`);
    // The status lists open duplicate flags newest first.
    await q.query(`CREATE INDEX customer_duplicate_flags_open_idx ON customer_duplicate_flags (tenant_id, created_at DESC) WHERE resolved_at IS NULL`);

    await q.query(`
      CREATE FUNCTION invoices_sync_state_reset() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.sync_state := 'pending';
        RETURN NEW;
      END $$`);
    // New rows are pending by the column's default; an update that changes what QuickBooks should hold makes the invoice pending.
    await q.query(`
      CREATE TRIGGER invoices_sync_state_reset BEFORE UPDATE ON invoices
      FOR EACH ROW WHEN (NEW.version IS DISTINCT FROM OLD.version OR NEW.voided IS DISTINCT FROM OLD.voided
                         OR NEW.issue_date IS DISTINCT FROM OLD.issue_date OR NEW.customer_id IS DISTINCT FROM OLD.customer_id)
      EXECUTE FUNCTION invoices_sync_state_reset()`);

    await q.query(`
      CREATE FUNCTION invoice_sync_unsettled() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE invoices i SET sync_state = 'pending'
          FROM changed s
         WHERE i.tenant_id = s.tenant_id AND i.id = s.invoice_id AND i.sync_state <> 'pending'
           AND NOT invoice_sync_settled(i.version, i.voided, s.batch_id, s.needs_check, s.failed_version, s.pushed_version,
                                        s.qbo_invoice_id, s.voided_in_qbo);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER invoice_sync_unsettled AFTER UPDATE ON invoice_sync
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION invoice_sync_unsettled()`);
    await q.query(`
      CREATE FUNCTION invoice_sync_forgotten() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE invoices i SET sync_state = 'pending'
          FROM gone g
         WHERE i.tenant_id = g.tenant_id AND i.id = g.invoice_id AND i.sync_state <> 'pending';
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER invoice_sync_forgotten AFTER DELETE ON invoice_sync
      REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION invoice_sync_forgotten()`);

    await q.query(`
      CREATE FUNCTION invoices_sync_start_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE tenant text;
      BEGIN
        tenant := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
        UPDATE invoices SET sync_state = 'pending' WHERE tenant_id = tenant AND sync_state = 'parked';
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tenants_sync_start_moved AFTER UPDATE OF invoices_from, time_zone ON tenants
      FOR EACH ROW WHEN (OLD.invoices_from IS DISTINCT FROM NEW.invoices_from OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
      EXECUTE FUNCTION invoices_sync_start_moved()`);
    await q.query(`
      CREATE TRIGGER qbo_connections_sync_start_moved AFTER INSERT OR DELETE OR UPDATE OF created_at ON qbo_connections
      FOR EACH ROW EXECUTE FUNCTION invoices_sync_start_moved()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS qbo_connections_sync_start_moved ON qbo_connections`);
    await q.query(`DROP TRIGGER IF EXISTS tenants_sync_start_moved ON tenants`);
    await q.query(`DROP FUNCTION IF EXISTS invoices_sync_start_moved()`);
    await q.query(`DROP TRIGGER IF EXISTS invoice_sync_forgotten ON invoice_sync`);
    await q.query(`DROP FUNCTION IF EXISTS invoice_sync_forgotten()`);
    await q.query(`DROP TRIGGER IF EXISTS invoice_sync_unsettled ON invoice_sync`);
    await q.query(`DROP FUNCTION IF EXISTS invoice_sync_unsettled()`);
    await q.query(`DROP TRIGGER IF EXISTS invoices_sync_state_reset ON invoices`);
    await q.query(`DROP FUNCTION IF EXISTS invoices_sync_state_reset()`);
    await q.query(`DROP INDEX IF EXISTS customer_duplicate_flags_open_idx`);
    await q.query(`DROP INDEX IF EXISTS invoice_sync_failed_idx`);
    await q.query(`DROP INDEX IF EXISTS invoices_parked_idx`);
    await q.query(`DROP INDEX IF EXISTS invoices_pending_idx`);
    await q.query(`ALTER TABLE invoices DROP COLUMN IF EXISTS sync_state`);
    await q.query(`DROP FUNCTION IF EXISTS invoice_sync_settled(bigint, boolean, text, text, bigint, bigint, text, boolean)`);
  }
}
