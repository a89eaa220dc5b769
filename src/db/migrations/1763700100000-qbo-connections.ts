import { MigrationInterface, QueryRunner } from 'typeorm';

/** One QuickBooks connection per tenant, with its OAuth tokens encrypted at rest (AES-256-GCM). */
export class QboConnections1763700100000 implements MigrationInterface {
  name = 'QboConnections1763700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qbo_connections (
        tenant_id          text        PRIMARY KEY,
        realm_id           text        NOT NULL,
        company_name       text,
        access_token_enc   text,
        access_expires_at  timestamptz,
        refresh_token_enc  text,
        refresh_expires_at timestamptz,
        refresh_hard_expires_at timestamptz,
        status             text        NOT NULL DEFAULT 'connected'
                           CHECK (status IN ('connected', 'needs_reconnect', 'disconnected')),
        status_reason      text,
        token_version      bigint      NOT NULL DEFAULT 0,
        refreshed_at       timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX qbo_connections_realm_idx ON qbo_connections (realm_id)`);
    await q.query(`CREATE INDEX qbo_connections_status_idx ON qbo_connections (status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE qbo_connections`);
  }
}
