import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Connect round trip is bound to the browser that started it: `browser_hash` is the
 * SHA-256 of a nonce kept in that browser's HttpOnly cookie, checked on the callback. Set when
 * the page's Connect issues the state, or by the first browser that opens an operator's start
 * link (`/connections/qbo/start`). A state without it can't complete.
 */
export class ConnectBrowser1763700800000 implements MigrationInterface {
  name = 'ConnectBrowser1763700800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE connect_oauth_states ADD COLUMN browser_hash text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE connect_oauth_states DROP COLUMN browser_hash`);
  }
}
