import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * qbo_survivor(tenant, qbo id): the QBO customer that a (possibly merged-away) customer now
 * lives on, following merges recorded in the mirror. Writes of a link go through it, so a
 * resolution that finishes after a merge was applied still lands on the survivor.
 */
export class MergeSurvivor1763700700000 implements MigrationInterface {
  name = 'MergeSurvivor1763700700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION qbo_survivor(p_tenant text, p_qbo_id text) RETURNS text LANGUAGE plpgsql STABLE AS $$
      DECLARE
        current text := p_qbo_id;
        next text;
      BEGIN
        IF p_qbo_id IS NULL THEN RETURN NULL; END IF;
        FOR hop IN 1..20 LOOP
          SELECT merged_into INTO next FROM qbo_customer_mirror WHERE tenant_id = p_tenant AND qbo_id = current;
          EXIT WHEN next IS NULL OR next = current;
          current := next;
        END LOOP;
        RETURN current;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION qbo_survivor(text, text)`);
  }
}
