import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox of sync outcomes (src/outbox, README "Sync events"):
 * - sync_event_versions: one row per entity an event has been written about (a customer, an
 *   invoice), holding the last version given; the row is locked by the transaction that writes an
 *   event until it commits, so versions of one entity follow commit order;
 * - sync_event_outbox: every event, written in the transaction of the state change it reports,
 *   published by the relay (published_at set once Kafka acknowledged it) and pruned by retention
 *   after RETENTION_SYNC_EVENTS_DAYS. `lane` (the tenant's hash, 64 lanes) is the relay's unit of
 *   work: one replica publishes a lane at a time (a session advisory lock), in id order.
 * A statement-level trigger wakes the relays (NOTIFY qbo_sync_outbox, delivered at commit).
 */
export class SyncEventOutbox1763740000000 implements MigrationInterface {
  name = 'SyncEventOutbox1763740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sync_event_versions (
        tenant_id text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        version bigint NOT NULL,
        PRIMARY KEY (tenant_id, entity_type, entity_id)
      )`);
    await q.query(`
      CREATE TABLE sync_event_outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        tenant_id text NOT NULL,
        type text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        version bigint NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        data jsonb NOT NULL,
        lane smallint GENERATED ALWAYS AS ((hashtext(tenant_id) & 63)::smallint) STORED,
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX sync_event_outbox_unpublished_idx ON sync_event_outbox (lane, id) WHERE published_at IS NULL`);
    await q.query(`CREATE INDEX sync_event_outbox_tenant_unpublished_idx ON sync_event_outbox (tenant_id, id) WHERE published_at IS NULL`);
    await q.query(`CREATE INDEX sync_event_outbox_published_idx ON sync_event_outbox (published_at) WHERE published_at IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION sync_event_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('qbo_sync_outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER sync_event_outbox_notify AFTER INSERT ON sync_event_outbox
      FOR EACH STATEMENT EXECUTE FUNCTION sync_event_outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sync_event_outbox`);
    await q.query(`DROP FUNCTION sync_event_outbox_notify()`);
    await q.query(`DROP TABLE sync_event_versions`);
  }
}
