import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tenant's linkage parameters are re-estimated after a number of new decisions, not only
 * on a timer: `decision_watermark` is the tenant's newest customer_decisions id the estimate
 * saw, and the index (tenant_id, id) counts the decisions after it in a bounded range scan.
 */
export class LinkageEstimateWatermark1763790000000 implements MigrationInterface {
  name = 'LinkageEstimateWatermark1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_linkage_parameters ADD COLUMN decision_watermark bigint NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX customer_decisions_tenant_id_idx ON customer_decisions (tenant_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS customer_decisions_tenant_id_idx`);
    await q.query(`ALTER TABLE customer_linkage_parameters DROP COLUMN IF EXISTS decision_watermark`);
  }
}
