import { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox of processed events and the recorded customers and invoices. */
export class IngestSchema1763700000000 implements MigrationInterface {
  name = 'IngestSchema1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE processed_events (
        event_id        text        PRIMARY KEY,
        tenant_id       text        NOT NULL,
        type            text        NOT NULL,
        topic           text        NOT NULL,
        kafka_partition integer     NOT NULL,
        kafka_offset    bigint      NOT NULL,
        processed_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX processed_events_processed_at_idx ON processed_events (processed_at)`);
    await q.query(`
      CREATE TABLE customers (
        tenant_id       text        NOT NULL,
        id              text        NOT NULL,
        version         bigint      NOT NULL,
        deleted         boolean     NOT NULL DEFAULT false,
        display_name    text,
        given_name      text,
        family_name     text,
        company_name    text,
        email           text,
        phone           text,
        billing_address jsonb,
        notes           text,
        data            jsonb,
        last_event_id   text        NOT NULL,
        occurred_at     timestamptz NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE invoices (
        tenant_id       text        NOT NULL,
        id              text        NOT NULL,
        version         bigint      NOT NULL,
        voided          boolean     NOT NULL DEFAULT false,
        customer_id     text,
        number          text,
        issue_date      date,
        due_date        date,
        currency        text,
        memo            text,
        lines           jsonb,
        data            jsonb,
        last_event_id   text        NOT NULL,
        occurred_at     timestamptz NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX invoices_tenant_customer_idx ON invoices (tenant_id, customer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invoices`);
    await q.query(`DROP TABLE customers`);
    await q.query(`DROP TABLE processed_events`);
  }
}
