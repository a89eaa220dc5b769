import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each tenant's next window time, stored and indexed, so the scheduler's tick reads only the
 * tenants that are due (src/invoices/run-due-windows.ts, docs/invoices.md "Many tenants"):
 * - tenants.next_window_at: when the tenant's next window starts (its next occurrence after the
 *   last scheduled window, or after it connected, plus its spread offset); NULL when no window
 *   is scheduled (disabled, not connected, an unusable schedule);
 * - tenants.window_offset_ms: that offset (see src/domain/window-spread.ts);
 * - tenants.schedule_dirty / schedule_rev: set by the triggers below whenever what the time
 *   depends on changes (the cron, the time zone, enabled, the connection's status, realm or
 *   connection time, a scheduled window recorded); the scheduler recomputes dirty rows (the cron
 *   is read in the tenant's zone in TypeScript, clock changes included) and writes a time only
 *   while schedule_rev is still the one it read, so a change made meanwhile on any replica wins.
 * Every existing tenant starts dirty.
 */
export class WindowDueTimes1763730000000 implements MigrationInterface {
  name = 'WindowDueTimes1763730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants
        ADD COLUMN next_window_at   timestamptz,
        ADD COLUMN window_offset_ms integer NOT NULL DEFAULT 0,
        ADD COLUMN schedule_dirty   boolean NOT NULL DEFAULT true,
        ADD COLUMN schedule_rev     bigint  NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX tenants_next_window_idx ON tenants (next_window_at) WHERE next_window_at IS NOT NULL`);
    await q.query(`CREATE INDEX tenants_schedule_dirty_idx ON tenants (tenant_id) WHERE schedule_dirty`);

    await q.query(`
      CREATE FUNCTION tenants_schedule_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.schedule_dirty := true;
        ELSIF NEW.batch_cron IS DISTINCT FROM OLD.batch_cron OR NEW.time_zone IS DISTINCT FROM OLD.time_zone
              OR NEW.enabled IS DISTINCT FROM OLD.enabled THEN
          NEW.schedule_dirty := true;
          NEW.schedule_rev := OLD.schedule_rev + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tenants_schedule_changed BEFORE INSERT OR UPDATE OF batch_cron, time_zone, enabled ON tenants
      FOR EACH ROW EXECUTE FUNCTION tenants_schedule_changed()`);

    await q.query(`
      CREATE FUNCTION tenant_schedule_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_tenant text := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
      BEGIN
        UPDATE tenants SET schedule_dirty = true, schedule_rev = schedule_rev + 1 WHERE tenant_id = v_tenant;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER qbo_connections_schedule_dirty AFTER INSERT OR DELETE ON qbo_connections
      FOR EACH ROW EXECUTE FUNCTION tenant_schedule_dirty()`);
    await q.query(`
      CREATE TRIGGER qbo_connections_schedule_dirty_upd AFTER UPDATE OF status, realm_id, created_at ON qbo_connections
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.realm_id IS DISTINCT FROM NEW.realm_id OR OLD.created_at IS DISTINCT FROM NEW.created_at)
      EXECUTE FUNCTION tenant_schedule_dirty()`);
    await q.query(`
      CREATE TRIGGER invoice_windows_schedule_dirty AFTER INSERT ON invoice_windows
      FOR EACH ROW WHEN (NEW.trigger = 'schedule') EXECUTE FUNCTION tenant_schedule_dirty()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS invoice_windows_schedule_dirty ON invoice_windows`);
    await q.query(`DROP TRIGGER IF EXISTS qbo_connections_schedule_dirty_upd ON qbo_connections`);
    await q.query(`DROP TRIGGER IF EXISTS qbo_connections_schedule_dirty ON qbo_connections`);
    await q.query(`DROP FUNCTION IF EXISTS tenant_schedule_dirty()`);
    await q.query(`DROP TRIGGER IF EXISTS tenants_schedule_changed ON tenants`);
    await q.query(`DROP FUNCTION IF EXISTS tenants_schedule_changed()`);
    await q.query(`ALTER TABLE tenants DROP COLUMN next_window_at, DROP COLUMN window_offset_ms, DROP COLUMN schedule_dirty, DROP COLUMN schedule_rev`);
  }
}
