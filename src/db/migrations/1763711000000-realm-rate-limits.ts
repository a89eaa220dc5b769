import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-company (realm) rate limit shared by every process that talks to QuickBooks
 * (src/qbo/realm-rate-limiter.ts, docs/qbo-adapter.md "Rate limiter"):
 * - qbo_realm_budgets: one row per realm, locked (FOR UPDATE) for the few microseconds of a
 *   claim, and the realm's pause after a 429;
 * - qbo_realm_requests: one row per request, from the moment it was claimed until a window
 *   after its answer came back (`done_at`); an unanswered request counts until `lease_until`.
 * - qbo_claim_request(...): one round trip that either records a request (returns its id) or
 *   says how long to wait. Times come from Postgres' clock, the one clock all replicas share.
 */
export class RealmRateLimits1763711000000 implements MigrationInterface {
  name = 'RealmRateLimits1763711000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qbo_realm_budgets (
        realm_id text PRIMARY KEY,
        paused_until timestamptz NOT NULL DEFAULT '-infinity'
      )`);
    await q.query(`
      CREATE TABLE qbo_realm_requests (
        id bigserial PRIMARY KEY,
        realm_id text NOT NULL,
        is_batch boolean NOT NULL,
        claimed_at timestamptz NOT NULL,
        done_at timestamptz,
        lease_until timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX qbo_realm_requests_realm_idx ON qbo_realm_requests (realm_id, claimed_at)`);
    // How long until fewer than p_limit requests of the realm are in the window; -1 when the one
    // that must leave the window is still unanswered (poll), 0 when there is room now.
    await q.query(`
      CREATE FUNCTION qbo_window_wait_ms(p_realm text, p_batch_only boolean, p_limit int, p_window_ms int, p_now timestamptz)
      RETURNS double precision LANGUAGE plpgsql AS $$
      DECLARE
        v_count int;
        v_end timestamptz;
        v_open boolean;
      BEGIN
        SELECT count(*) INTO v_count FROM qbo_realm_requests
         WHERE realm_id = p_realm AND (NOT p_batch_only OR is_batch)
           AND coalesce(done_at, lease_until) > p_now - make_interval(secs => p_window_ms / 1000.0);
        IF v_count < p_limit THEN RETURN 0; END IF;
        SELECT coalesce(done_at, lease_until), done_at IS NULL INTO v_end, v_open FROM qbo_realm_requests
         WHERE realm_id = p_realm AND (NOT p_batch_only OR is_batch)
           AND coalesce(done_at, lease_until) > p_now - make_interval(secs => p_window_ms / 1000.0)
         ORDER BY coalesce(done_at, lease_until) ASC OFFSET (v_count - p_limit) LIMIT 1;
        IF v_open THEN RETURN -1; END IF;
        RETURN greatest(1, extract(epoch FROM (v_end + make_interval(secs => p_window_ms / 1000.0) - p_now)) * 1000)::double precision;
      END $$`);
    await q.query(`
      CREATE FUNCTION qbo_claim_request(
        p_realm text, p_batch boolean, p_per_second int, p_per_minute int, p_batches_per_minute int,
        p_max_in_flight int, p_second_ms int, p_minute_ms int, p_lease_ms int)
      RETURNS TABLE (request_id bigint, wait_ms double precision) LANGUAGE plpgsql AS $$
      DECLARE
        v_now timestamptz;
        v_paused timestamptz;
        v_wait double precision := 0;
        v_w double precision;
        v_open boolean := false;
        v_in_flight int;
        v_id bigint;
      BEGIN
        INSERT INTO qbo_realm_budgets (realm_id) VALUES (p_realm) ON CONFLICT DO NOTHING;
        SELECT paused_until INTO v_paused FROM qbo_realm_budgets WHERE realm_id = p_realm FOR UPDATE;
        v_now := clock_timestamp();
        IF v_paused > v_now THEN
          RETURN QUERY SELECT NULL::bigint, (extract(epoch FROM (v_paused - v_now)) * 1000)::double precision;
          RETURN;
        END IF;
        DELETE FROM qbo_realm_requests
         WHERE realm_id = p_realm AND claimed_at < v_now - make_interval(secs => p_minute_ms / 1000.0)
           AND coalesce(done_at, lease_until) < v_now - make_interval(secs => p_minute_ms / 1000.0);
        v_w := qbo_window_wait_ms(p_realm, false, p_per_second, p_second_ms, v_now);
        IF v_w < 0 THEN v_open := true; ELSE v_wait := greatest(v_wait, v_w); END IF;
        v_w := qbo_window_wait_ms(p_realm, false, p_per_minute, p_minute_ms, v_now);
        IF v_w < 0 THEN v_open := true; ELSE v_wait := greatest(v_wait, v_w); END IF;
        IF p_batch THEN
          v_w := qbo_window_wait_ms(p_realm, true, p_batches_per_minute, p_minute_ms, v_now);
          IF v_w < 0 THEN v_open := true; ELSE v_wait := greatest(v_wait, v_w); END IF;
        END IF;
        SELECT count(*) INTO v_in_flight FROM qbo_realm_requests
         WHERE realm_id = p_realm AND done_at IS NULL AND lease_until > v_now;
        IF v_in_flight >= p_max_in_flight THEN v_open := true; END IF;
        IF v_wait > 0 THEN RETURN QUERY SELECT NULL::bigint, v_wait; RETURN; END IF;
        IF v_open THEN RETURN QUERY SELECT NULL::bigint, -1::double precision; RETURN; END IF;
        INSERT INTO qbo_realm_requests (realm_id, is_batch, claimed_at, lease_until)
        VALUES (p_realm, p_batch, v_now, v_now + make_interval(secs => p_lease_ms / 1000.0))
        RETURNING id INTO v_id;
        RETURN QUERY SELECT v_id, 0::double precision;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS qbo_claim_request(text, boolean, int, int, int, int, int, int, int)`);
    await q.query(`DROP FUNCTION IF EXISTS qbo_window_wait_ms(text, boolean, int, int, timestamptz)`);
    await q.query(`DROP TABLE IF EXISTS qbo_realm_requests`);
    await q.query(`DROP TABLE IF EXISTS qbo_realm_budgets`);
  }
}
