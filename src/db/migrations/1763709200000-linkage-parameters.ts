import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each tenant's linkage parameters as estimated by EM over its candidate pairs (m per level,
 * P(exists), the household odds), shared by every replica; `claimed_until` lets one replica
 * re-estimate at a time, `due_at` says when the next estimate is wanted.
 */
export class LinkageParameters1763709200000 implements MigrationInterface {
  name = 'LinkageParameters1763709200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_linkage_parameters (
        tenant_id        text        PRIMARY KEY,
        parameters       jsonb,
        stats            jsonb       NOT NULL DEFAULT '{}',
        estimated_at     timestamptz,
        due_at           timestamptz NOT NULL DEFAULT now(),
        claimed_until    timestamptz,
        last_error       text
      )`);
    await q.query(`CREATE INDEX customer_linkage_parameters_due_idx ON customer_linkage_parameters (due_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_linkage_parameters`);
  }
}
