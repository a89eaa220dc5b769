import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change cursor's claim is named: qbo_change_cursor.claim_token is set with claimed_until by the
 * replica that claims the cursor, and its read releases the lease (or holds it longer, deferred)
 * only where the token is still its own. A read that outlived its lease no longer clears another
 * replica's newer claim. Cursors claimed before this migration have none; their lease lapses.
 */
export class ChangeCursorClaimToken1763840000000 implements MigrationInterface {
  name = 'ChangeCursorClaimToken1763840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_change_cursor ADD COLUMN claim_token uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_change_cursor DROP COLUMN claim_token`);
  }
}
