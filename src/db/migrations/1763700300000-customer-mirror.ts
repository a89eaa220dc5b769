import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer resolution: a mirror of each company's QBO customers with normalised, indexed match
 * keys; its load/CDC state; every resolution decision; possible duplicates; notices the tenant
 * must see; and the resolution queue (customer_links gains the version it must resolve,
 * filled by a trigger on customers, plus a lease so replicas never resolve one customer twice).
 */
export class CustomerMirror1763700300000 implements MigrationInterface {
  name = 'CustomerMirror1763700300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qbo_customer_mirror (
        tenant_id        text        NOT NULL,
        qbo_id           text        NOT NULL,
        sync_token       text,
        display_name     text        NOT NULL,
        given_name       text,
        family_name      text,
        company_name     text,
        email            text,
        phone            text,
        bill_address     jsonb,
        active           boolean     NOT NULL,
        merged_into      text,
        created_by_sync  boolean     NOT NULL DEFAULT false,
        created_for_customer_id text,
        last_updated     timestamptz,
        email_key        text,
        name_keys        text[]      NOT NULL DEFAULT '{}',
        block_keys       text[]      NOT NULL DEFAULT '{}',
        primary_name     text        NOT NULL DEFAULT '',
        phone_key        text,
        phone7           text,
        postcode         text,
        street_key       text,
        match_keys       jsonb       NOT NULL,
        mirrored_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, qbo_id)
      )`);
    await q.query(`CREATE INDEX qbo_customer_mirror_email_idx ON qbo_customer_mirror (tenant_id, email_key) WHERE email_key IS NOT NULL`);
    await q.query(`CREATE INDEX qbo_customer_mirror_names_idx ON qbo_customer_mirror USING gin (name_keys)`);
    await q.query(`CREATE INDEX qbo_customer_mirror_blocks_idx ON qbo_customer_mirror USING gin (block_keys)`);
    await q.query(`CREATE INDEX qbo_customer_mirror_phone_idx ON qbo_customer_mirror (tenant_id, phone7) WHERE phone7 IS NOT NULL`);
    await q.query(`CREATE INDEX qbo_customer_mirror_postcode_idx ON qbo_customer_mirror (tenant_id, postcode) WHERE postcode IS NOT NULL`);
    await q.query(`CREATE INDEX qbo_customer_mirror_street_idx ON qbo_customer_mirror (tenant_id, street_key) WHERE street_key IS NOT NULL`);
    await q.query(`CREATE INDEX qbo_customer_mirror_display_idx ON qbo_customer_mirror (tenant_id, lower(display_name))`);
    await q.query(`CREATE INDEX qbo_customer_mirror_created_idx ON qbo_customer_mirror (tenant_id) WHERE created_by_sync`);

    await q.query(`
      CREATE TABLE qbo_customer_mirror_state (
        tenant_id        text        PRIMARY KEY,
        realm_id         text        NOT NULL,
        status           text        NOT NULL CHECK (status IN ('loading', 'ready', 'failed')),
        loaded_count     integer     NOT NULL DEFAULT 0,
        loaded_at        timestamptz,
        cdc_since        timestamptz,
        last_cdc_at      timestamptz,
        attempts         integer     NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz NOT NULL DEFAULT now(),
        last_error       text,
        claimed_until    timestamptz,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE customer_decisions (
        id               bigserial   PRIMARY KEY,
        tenant_id        text        NOT NULL,
        customer_id      text        NOT NULL,
        customer_version bigint,
        outcome          text        NOT NULL,
        method           text        NOT NULL,
        score            numeric(5,3),
        qbo_customer_id  text,
        reason           text        NOT NULL,
        candidates       jsonb       NOT NULL DEFAULT '[]',
        repairs          jsonb       NOT NULL DEFAULT '[]',
        actor            text        NOT NULL DEFAULT 'resolver',
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX customer_decisions_customer_idx ON customer_decisions (tenant_id, customer_id, id)`);

    await q.query(`
      CREATE TABLE customer_duplicate_flags (
        tenant_id        text        NOT NULL,
        qbo_customer_id  text        NOT NULL,
        other_qbo_customer_id text   NOT NULL,
        customer_id      text,
        score            numeric(5,3),
        evidence         jsonb       NOT NULL DEFAULT '[]',
        created_at       timestamptz NOT NULL DEFAULT now(),
        resolved_at      timestamptz,
        resolution       text,
        PRIMARY KEY (tenant_id, qbo_customer_id, other_qbo_customer_id)
      )`);

    await q.query(`
      CREATE TABLE customer_link_notices (
        id               bigserial   PRIMARY KEY,
        tenant_id        text        NOT NULL,
        customer_id      text,
        qbo_customer_id  text,
        kind             text        NOT NULL,
        message          text        NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        acknowledged_at  timestamptz
      )`);
    await q.query(`CREATE INDEX customer_link_notices_open_idx ON customer_link_notices (tenant_id, id) WHERE acknowledged_at IS NULL`);

    await q.query(`ALTER TABLE customer_links
                     ADD COLUMN wanted_version bigint,
                     ADD COLUMN method text,
                     ADD COLUMN claimed_by text,
                     ADD COLUMN claimed_until timestamptz`);
    await q.query(`CREATE INDEX customer_links_todo_idx ON customer_links (updated_at)
                   WHERE wanted_version IS NOT NULL AND (resolved_version IS NULL OR resolved_version < wanted_version)`);
    await q.query(`ALTER TABLE qbo_webhook_notifications ADD COLUMN IF NOT EXISTS last_attempt_at timestamptz`);

    // The resolution queue: every recorded customer version is a link row to resolve.
    await q.query(`
      CREATE FUNCTION customer_links_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO customer_links AS l (tenant_id, customer_id, status, wanted_version)
        SELECT n.tenant_id, n.id, 'pending', n.version FROM new_rows n ORDER BY n.tenant_id, n.id
        ON CONFLICT (tenant_id, customer_id) DO UPDATE
          SET wanted_version = GREATEST(COALESCE(l.wanted_version, 0), EXCLUDED.wanted_version), updated_at = now()
          WHERE l.wanted_version IS NULL OR l.wanted_version < EXCLUDED.wanted_version;
        PERFORM pg_notify('customer_resolution', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER customers_enqueue_insert AFTER INSERT ON customers REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION customer_links_enqueue()`);
    await q.query(`CREATE TRIGGER customers_enqueue_update AFTER UPDATE ON customers REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION customer_links_enqueue()`);
    await q.query(`
      INSERT INTO customer_links AS l (tenant_id, customer_id, status, wanted_version)
      SELECT tenant_id, id, 'pending', version FROM customers
      ON CONFLICT (tenant_id, customer_id) DO UPDATE SET wanted_version = EXCLUDED.wanted_version`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS customers_enqueue_update ON customers`);
    await q.query(`DROP TRIGGER IF EXISTS customers_enqueue_insert ON customers`);
    await q.query(`DROP FUNCTION IF EXISTS customer_links_enqueue()`);
    await q.query(`ALTER TABLE qbo_webhook_notifications DROP COLUMN IF EXISTS last_attempt_at`);
    await q.query(`DROP INDEX IF EXISTS customer_links_todo_idx`);
    await q.query(`ALTER TABLE customer_links DROP COLUMN wanted_version, DROP COLUMN method, DROP COLUMN claimed_by, DROP COLUMN claimed_until`);
    await q.query(`DROP TABLE customer_link_notices`);
    await q.query(`DROP TABLE customer_duplicate_flags`);
    await q.query(`DROP TABLE customer_decisions`);
    await q.query(`DROP TABLE qbo_customer_mirror_state`);
    await q.query(`DROP TABLE qbo_customer_mirror`);
  }
}
