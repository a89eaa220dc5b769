import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Probabilistic customer matching:
 * - qbo_customer_match_keys: every mirror customer's keys, tenant-scoped in one btree
 *   (tenant_id, key, qbo_id). Blocking keys (e-mail, phone, name prefixes, phonetic codes,
 *   postcode + house number, ...) find candidates with a bounded index range per key; the
 *   same rows give bounded counts of a value's frequency in the tenant (term frequencies).
 *   The GIN indexes on name_keys/block_keys (not tenant-scoped) are dropped: nothing reads them.
 * - customer_labelled_pairs: every pair a person decided by hand (link: a match; create: the
 *   candidates were not), with its comparison levels: the tenant's own m estimates.
 * Existing mirrors are reloaded once (their state set back to 'failed', due now) so that
 * every customer gets its keys; resolution waits for the reload as it does at connect.
 */
export class LinkageKeys1763700850000 implements MigrationInterface {
  name = 'LinkageKeys1763700850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qbo_customer_match_keys (
        tenant_id text NOT NULL,
        key       text NOT NULL,
        qbo_id    text NOT NULL,
        PRIMARY KEY (tenant_id, key, qbo_id)
      )`);
    await q.query(`CREATE INDEX qbo_customer_match_keys_customer_idx ON qbo_customer_match_keys (tenant_id, qbo_id)`);
    await q.query(`DROP INDEX IF EXISTS qbo_customer_mirror_names_idx`);
    await q.query(`DROP INDEX IF EXISTS qbo_customer_mirror_blocks_idx`);
    await q.query(`
      CREATE TABLE customer_labelled_pairs (
        id              bigserial   PRIMARY KEY,
        tenant_id       text        NOT NULL,
        customer_id     text        NOT NULL,
        qbo_customer_id text        NOT NULL,
        is_match        boolean     NOT NULL,
        levels          jsonb       NOT NULL,
        actor           text        NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX customer_labelled_pairs_tenant_idx ON customer_labelled_pairs (tenant_id, is_match, id)`);
    await q.query(`
      UPDATE qbo_customer_mirror_state SET status = 'failed', claimed_until = NULL, next_attempt_at = now(),
             last_error = 'reloading once to index the new matching keys', updated_at = now()
      WHERE status = 'ready'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_labelled_pairs`);
    await q.query(`DROP TABLE qbo_customer_match_keys`);
    await q.query(`CREATE INDEX qbo_customer_mirror_names_idx ON qbo_customer_mirror USING gin (name_keys)`);
    await q.query(`CREATE INDEX qbo_customer_mirror_blocks_idx ON qbo_customer_mirror USING gin (block_keys)`);
  }
}
