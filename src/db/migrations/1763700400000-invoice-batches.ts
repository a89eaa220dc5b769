import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoice batch windows (src/invoices): per invoice what QuickBooks holds (invoice_sync), each
 * planned batch request with its requestid and item payloads, persisted before it is sent
 * (invoice_batches), and one row per window run, with its summary (invoice_windows).
 */
export class InvoiceBatches1763700400000 implements MigrationInterface {
  name = 'InvoiceBatches1763700400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invoice_windows (
        id             bigserial   PRIMARY KEY,
        tenant_id      text        NOT NULL,
        trigger        text        NOT NULL CHECK (trigger IN ('schedule', 'run_now')),
        scheduled_for  timestamptz,
        status         text        NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'incomplete', 'skipped')),
        runner         text        NOT NULL,
        requested_by   text,
        started_at     timestamptz NOT NULL DEFAULT now(),
        finished_at    timestamptz,
        resumed        integer     NOT NULL DEFAULT 0,
        pushed         integer     NOT NULL DEFAULT 0,
        updated        integer     NOT NULL DEFAULT 0,
        voided         integer     NOT NULL DEFAULT 0,
        failed         integer     NOT NULL DEFAULT 0,
        waiting        integer     NOT NULL DEFAULT 0,
        carried        integer     NOT NULL DEFAULT 0,
        batches        integer     NOT NULL DEFAULT 0,
        failures       jsonb       NOT NULL DEFAULT '[]'::jsonb,
        note           text,
        CHECK (trigger <> 'schedule' OR scheduled_for IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX invoice_windows_occurrence_uq ON invoice_windows (tenant_id, scheduled_for) WHERE trigger = 'schedule'`);
    await q.query(`CREATE INDEX invoice_windows_tenant_idx ON invoice_windows (tenant_id, started_at DESC)`);
    await q.query(`CREATE INDEX invoice_windows_running_idx ON invoice_windows (tenant_id) WHERE status = 'running'`);

    await q.query(`
      CREATE TABLE invoice_batches (
        id           text        PRIMARY KEY,
        tenant_id    text        NOT NULL,
        window_id    bigint      REFERENCES invoice_windows (id),
        request_id   text        NOT NULL UNIQUE CHECK (length(request_id) BETWEEN 1 AND 36),
        status       text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'recorded', 'abandoned')),
        items        jsonb       NOT NULL,
        attempts     integer     NOT NULL DEFAULT 0,
        last_error   text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        sent_at      timestamptz,
        recorded_at  timestamptz
      )`);
    await q.query(`CREATE INDEX invoice_batches_open_idx ON invoice_batches (tenant_id, created_at) WHERE status = 'open'`);

    await q.query(`
      CREATE TABLE invoice_sync (
        tenant_id               text        NOT NULL,
        invoice_id              text        NOT NULL,
        qbo_invoice_id          text,
        qbo_sync_token          text,
        qbo_doc_number          text,
        qbo_customer_id         text,
        pushed_version          bigint,
        pushed_payload          jsonb,
        pushed_at               timestamptz,
        voided_in_qbo           boolean     NOT NULL DEFAULT false,
        batch_id                text        REFERENCES invoice_batches (id),
        needs_check             text        CHECK (needs_check IN ('lookup', 'reread')),
        failed_version          bigint,
        failure_code            text,
        failure_reason          text,
        waiting_reason          text,
        blocked_qbo_customer_id text,
        retry_count             integer     NOT NULL DEFAULT 0,
        last_error              text,
        updated_at              timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, invoice_id)
      )`);
    await q.query(`CREATE INDEX invoice_sync_batch_idx ON invoice_sync (batch_id) WHERE batch_id IS NOT NULL`);
    await q.query(`CREATE INDEX invoices_tenant_updated_idx ON invoices (tenant_id, updated_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS invoices_tenant_updated_idx`);
    await q.query(`DROP TABLE invoice_sync`);
    await q.query(`DROP TABLE invoice_batches`);
    await q.query(`DROP TABLE invoice_windows`);
  }
}
