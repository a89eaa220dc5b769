import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenants (one upstream account each, with its integration settings) and the link from
 * each upstream customer to its QuickBooks customer, which invoices wait on.
 */
export class TenantsAndLinks1763700200000 implements MigrationInterface {
  name = 'TenantsAndLinks1763700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenants (
        tenant_id        text        PRIMARY KEY,
        enabled          boolean     NOT NULL DEFAULT false,
        batch_cron       text        NOT NULL DEFAULT '0 2 * * *',
        time_zone        text        NOT NULL DEFAULT 'UTC',
        invoices_from    date,
        ambiguous_policy text        NOT NULL DEFAULT 'create' CHECK (ambiguous_policy IN ('create', 'review')),
        default_item_id  text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO tenants (tenant_id)
                   SELECT DISTINCT tenant_id FROM processed_events ON CONFLICT DO NOTHING`);
    await q.query(`
      CREATE TABLE customer_links (
        tenant_id        text        NOT NULL,
        customer_id      text        NOT NULL,
        qbo_customer_id  text,
        status           text        NOT NULL CHECK (status IN ('pending', 'linked', 'review', 'failed')),
        status_reason    text,
        resolved_version bigint,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, customer_id),
        CHECK (status <> 'linked' OR qbo_customer_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX customer_links_qbo_idx ON customer_links (tenant_id, qbo_customer_id)`);
    await q.query(`CREATE INDEX customer_links_status_idx ON customer_links (tenant_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_links`);
    await q.query(`DROP TABLE tenants`);
  }
}
