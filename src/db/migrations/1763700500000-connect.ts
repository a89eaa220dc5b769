import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Connect QuickBooks round trip: one row per `state` handed to Intuit's authorize page.
 * The state is stored hashed (a database reader cannot finish someone's round trip), is bound
 * to one tenant, expires, and is used at most once (`used_at`). `code_hash` is unique: an
 * authorisation code seen once is refused if it ever comes back. `draft` keeps the settings
 * form as it was when Connect was clicked, so the page can show it again for Submit.
 */
export class Connect1763700500000 implements MigrationInterface {
  name = 'Connect1763700500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE connect_oauth_states (
        id          bigserial   PRIMARY KEY,
        tenant_id   text        NOT NULL,
        state_hash  text        NOT NULL UNIQUE,
        draft       jsonb,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        code_hash   text        UNIQUE,
        outcome     text
      )`);
    await q.query(`CREATE INDEX connect_oauth_states_created_idx ON connect_oauth_states (created_at)`);
    await q.query(`CREATE INDEX connect_oauth_states_tenant_idx ON connect_oauth_states (tenant_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE connect_oauth_states`);
  }
}
