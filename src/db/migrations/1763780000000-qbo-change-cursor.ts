import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, one read for all of a company's changes: qbo_change_cursor holds, per tenant, the point
 * from which the next change-data-capture call reads every entity the worker mirrors (customers,
 * items, accounts, tax codes, invoices, payments: src/invoices/read-company-changes.ts), the time
 * of the last such read (the daily backstop runs when it is older than its interval) and the lease
 * of the replica reading it. It replaces the separate CDC points of the customer mirror
 * (qbo_customer_mirror_state.cdc_since) and of the company lists (qbo_company_lists.cdc_since),
 * which are still written (with the same values) for the status pages. A row belongs to one
 * company (realm_id): after a reconnect to another company it starts afresh from the loads.
 */
export class QboChangeCursor1763780000000 implements MigrationInterface {
  name = 'QboChangeCursor1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qbo_change_cursor (
        tenant_id       text        PRIMARY KEY,
        realm_id        text        NOT NULL,
        cdc_since       timestamptz NOT NULL,
        last_read_at    timestamptz NOT NULL DEFAULT now(),
        claimed_until   timestamptz,
        attempts        integer     NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error      text,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX qbo_change_cursor_due_idx ON qbo_change_cursor (last_read_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE qbo_change_cursor`);
  }
}
