import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bookkeeper's page as a dashboard (issue 14):
 * - tenants.window_retry_at / window_retries: a window that ended incomplete (QuickBooks did not
 *   answer, an error) is tried again the same night with backoff (src/invoices/window-retry.ts).
 *   The time lives in Postgres so that any replica's scheduler runs it, once (it is claimed by a
 *   conditional UPDATE); NULL when no retry is planned. Indexed for the scheduler's tick.
 * - invoice_windows.trigger 'retry': such a retry's window row (no occurrence of its own).
 * - tenants.link_generation: signed page links carry the generation they were issued in;
 *   revoking a tenant's links bumps it, so every earlier link and cookie is refused.
 */
export class WindowRetriesAndLinkGenerations1763770000000 implements MigrationInterface {
  name = 'WindowRetriesAndLinkGenerations1763770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants
        ADD COLUMN window_retry_at  timestamptz,
        ADD COLUMN window_retries   integer NOT NULL DEFAULT 0,
        ADD COLUMN link_generation  integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX tenants_window_retry_idx ON tenants (window_retry_at) WHERE window_retry_at IS NOT NULL`);
    await q.query(`ALTER TABLE invoice_windows DROP CONSTRAINT invoice_windows_trigger_check`);
    await q.query(`ALTER TABLE invoice_windows ADD CONSTRAINT invoice_windows_trigger_check CHECK (trigger IN ('schedule', 'run_now', 'retry'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM invoice_windows WHERE trigger = 'retry'`);
    await q.query(`ALTER TABLE invoice_windows DROP CONSTRAINT invoice_windows_trigger_check`);
    await q.query(`ALTER TABLE invoice_windows ADD CONSTRAINT invoice_windows_trigger_check CHECK (trigger IN ('schedule', 'run_now'))`);
    await q.query(`DROP INDEX tenants_window_retry_idx`);
    await q.query(`ALTER TABLE tenants DROP COLUMN window_retry_at, DROP COLUMN window_retries, DROP COLUMN link_generation`);
  }
}
