import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the worker spends of QuickBooks' metered API (src/qbo/qbo-usage-meter.ts,
 * src/qbo/qbo-read-budget.ts, docs/qbo-adapter.md "Metered reads"):
 * - qbo_call_counts: calls per tenant, company (realm), UTC day and purpose, split into Core
 *   (writes) and CorePlus (reads, metered): one upsert per call; the month of a tenant or of the
 *   whole app is a sum over at most a month of rows;
 * - qbo_app_reads: one row for the app: the month and budget it last warned about (80%), and
 *   since when QuickBooks refuses the app's reads (the monthly CorePlus cap), with the time of the
 *   next probe read;
 * - qbo_realm_read_refusals: companies whose reads QuickBooks refused (403 / 3100) while it is not
 *   known yet whether the app's cap or the company's rights are the cause.
 */
export class QboCallCounts1763730100000 implements MigrationInterface {
  name = 'QboCallCounts1763730100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qbo_call_counts (
        tenant_id text    NOT NULL,
        day       date    NOT NULL,
        realm_id  text    NOT NULL,
        purpose   text    NOT NULL,
        core      integer NOT NULL DEFAULT 0,
        core_plus integer NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, day, realm_id, purpose)
      )`);
    await q.query(`CREATE INDEX qbo_call_counts_day_idx ON qbo_call_counts (day)`);
    await q.query(`
      CREATE TABLE qbo_app_reads (
        id             boolean     PRIMARY KEY DEFAULT true CHECK (id),
        warned_key     text,
        warned_at      timestamptz,
        refused_month  text,
        refused_since  timestamptz,
        refused_reason text,
        probe_at       timestamptz
      )`);
    await q.query(`INSERT INTO qbo_app_reads DEFAULT VALUES`);
    await q.query(`
      CREATE TABLE qbo_realm_read_refusals (
        realm_id   text        PRIMARY KEY,
        tenant_id  text        NOT NULL,
        month      text        NOT NULL,
        refused_at timestamptz NOT NULL,
        probe_at   timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE qbo_realm_read_refusals`);
    await q.query(`DROP TABLE qbo_app_reads`);
    await q.query(`DROP TABLE qbo_call_counts`);
  }
}
