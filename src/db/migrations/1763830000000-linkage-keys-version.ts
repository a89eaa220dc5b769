import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned match keys: qbo_customer_mirror_state.keys_version is the LINKAGE_KEYS_VERSION
 * (src/domain/linkage/linkage-record.ts) the tenant's qbo_customer_match_keys were written by.
 * Existing mirrors are version 1 (keyed by the code before the version existed); a full load
 * sets the current version, and RekeyCustomerMirror re-keys a ready mirror of an older version
 * locally from its stored rows (no QuickBooks read, unlike 1763700850000-linkage-keys). The index
 * keeps the re-key's look for such mirrors to the few left.
 */
export class LinkageKeysVersion1763830000000 implements MigrationInterface {
  name = 'LinkageKeysVersion1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_customer_mirror_state ADD COLUMN keys_version integer NOT NULL DEFAULT 1`);
    await q.query(`CREATE INDEX qbo_customer_mirror_state_keys_version_idx ON qbo_customer_mirror_state (keys_version)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS qbo_customer_mirror_state_keys_version_idx`);
    await q.query(`ALTER TABLE qbo_customer_mirror_state DROP COLUMN keys_version`);
  }
}
