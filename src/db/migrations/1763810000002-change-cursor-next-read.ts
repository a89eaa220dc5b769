import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, item 5, many tenants: a round of the change reading (ProcessCompanyChanges) reads only
 * the cursors that are due, through an index, whatever the number of tenants.
 * - `qbo_change_cursor.next_read_at` (indexed): when the tenant's changes are next due to be read
 *   (the backstop, its pending notifications; src/invoices/change-read-schedule.ts). Existing
 *   cursors are due at once and get their time at their first round.
 * - A connection becoming connected again makes its cursor due (a cursor found unconnected is
 *   pushed to 'infinity' rather than looked at every round).
 * - `loaded_at` of the customer mirror and of the company lists (indexed): cursors are started or
 *   pulled back from the loads that finished recently, not from every tenant's state each round.
 */
export class ChangeCursorNextRead1763810000002 implements MigrationInterface {
  name = 'ChangeCursorNextRead1763810000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_change_cursor ADD COLUMN next_read_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX qbo_change_cursor_next_read_idx ON qbo_change_cursor (next_read_at)`);
    await q.query(`CREATE INDEX qbo_customer_mirror_state_loaded_idx ON qbo_customer_mirror_state (loaded_at)`);
    await q.query(`CREATE INDEX qbo_company_lists_loaded_idx ON qbo_company_lists (loaded_at)`);
    await q.query(`
      CREATE FUNCTION qbo_change_cursor_reconnected() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE qbo_change_cursor SET next_read_at = now() WHERE tenant_id = NEW.tenant_id AND next_read_at > now();
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER qbo_change_cursor_reconnected AFTER UPDATE OF status ON qbo_connections
        FOR EACH ROW WHEN (NEW.status = 'connected' AND OLD.status IS DISTINCT FROM 'connected')
        EXECUTE FUNCTION qbo_change_cursor_reconnected()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS qbo_change_cursor_reconnected ON qbo_connections`);
    await q.query(`DROP FUNCTION IF EXISTS qbo_change_cursor_reconnected()`);
    await q.query(`DROP INDEX IF EXISTS qbo_company_lists_loaded_idx`);
    await q.query(`DROP INDEX IF EXISTS qbo_customer_mirror_state_loaded_idx`);
    await q.query(`DROP INDEX IF EXISTS qbo_change_cursor_next_read_idx`);
    await q.query(`ALTER TABLE qbo_change_cursor DROP COLUMN IF EXISTS next_read_at`);
  }
}
