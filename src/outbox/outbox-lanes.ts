import { inject, injectable } from 'inversify';
import { Client } from 'pg';
import { Logger } from '../logger';
import { DATABASE_URL, LOGGER } from '../tokens';
import { OUTBOX_LANES } from './outbox-settings';

/** Advisory-lock spaces (two-int4 keys): (LANE_SPACE, lane) per lane, (MEMBER_SPACE, backend pid) per relay. */
const LANE_SPACE = `hashtext('qbo-sync:outbox-lane')`;
const MEMBER_SPACE = `hashtext('qbo-sync:outbox-relay')`;
const NOTIFY_CHANNEL = 'qbo_sync_outbox';

/**
 * The lanes of the outbox this replica publishes, claimed with session advisory locks on one
 * dedicated connection (outside the pool): a lane is published by one relay at a time, across
 * every replica; when a process dies its connection closes and Postgres frees its lanes for the
 * others. Each relay also holds a member lock, so relays can count each other and share the lanes
 * evenly: a relay holding more than its share (ceil(64 / relays)) gives back the excess between
 * two publishing rounds, and takes free lanes up to its share. The same connection LISTENs for
 * the outbox's NOTIFY, which wakes the relay when an event is committed.
 */
@injectable()
export class OutboxLanes {
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private readonly lanes = new Set<number>();
  private wake: () => void = () => undefined;
  /** Where this relay starts looking for free lanes. */
  private readonly start = Math.floor(Math.random() * OUTBOX_LANES);

  constructor(
    @inject(DATABASE_URL) private readonly databaseUrl: string,
    @inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Called on every NOTIFY of the outbox (an event was committed). */
  onNotify(wake: () => void): void {
    this.wake = wake;
  }

  /** The lanes held now, ascending. Empty after the lock connection was lost. */
  held(): number[] {
    return [...this.lanes].sort((a, b) => a - b);
  }

  /**
   * Gives back lanes beyond this relay's share and takes free ones up to it; returns the lanes held.
   * Reconnects (and re-registers) after a lost connection.
   */
  async balance(): Promise<number[]> {
    const c = await this.connection();
    const members = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND classid = (${MEMBER_SPACE})::oid AND objsubid = 2
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    const share = Math.ceil(OUTBOX_LANES / Math.max(1, Number(members.rows[0]?.n ?? 1)));
    const mine = this.held();
    if (mine.length > share) {
      const excess = mine.slice(share);
      await c.query(`SELECT pg_advisory_unlock(${LANE_SPACE}, lane) FROM unnest($1::int[]) AS lane`, [excess]);
      for (const l of excess) this.lanes.delete(l);
      this.logger.info({ released: excess, share }, 'outbox lanes given back to share them with another relay');
      return this.held();
    }
    if (mine.length === share) return mine;
    // Free lanes, starting at a place of our own, so relays starting together do not all try the same ones first.
    const start = this.start;
    const order = Array.from({ length: OUTBOX_LANES }, (_, i) => (start + i) % OUTBOX_LANES).filter((l) => !this.lanes.has(l));
    const got = await c.query<{ lane: number }>(
      `SELECT lane FROM (SELECT lane, ord FROM unnest($1::int[]) WITH ORDINALITY AS x(lane, ord)) AS x
        WHERE pg_try_advisory_lock(${LANE_SPACE}, lane) ORDER BY ord`,
      [order],
    );
    const taken = got.rows.map((r) => r.lane);
    // pg_try_advisory_lock ran for each row: keep what fits our share, give back the rest at once.
    const keep = taken.slice(0, share - mine.length);
    const extra = taken.slice(keep.length);
    if (extra.length > 0) await c.query(`SELECT pg_advisory_unlock(${LANE_SPACE}, lane) FROM unnest($1::int[]) AS lane`, [extra]);
    for (const l of keep) this.lanes.add(l);
    if (keep.length > 0) this.logger.debug({ taken: keep, share }, 'outbox lanes taken');
    return this.held();
  }

  /** Closes the connection: every lane and the member lock are freed at once. */
  async close(): Promise<void> {
    const c = this.client;
    this.client = null;
    this.lanes.clear();
    if (c) await c.end().catch(() => undefined);
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const c = new Client({ connectionString: this.databaseUrl, application_name: 'qbo-sync-outbox-relay' });
      c.on('error', (e) => this.lost(c, e));
      c.on('end', () => this.lost(c, new Error('connection ended')));
      c.on('notification', () => this.wake());
      try {
        await c.connect();
        await c.query(`SELECT pg_advisory_lock(${MEMBER_SPACE}, pg_backend_pid())`);
        await c.query(`LISTEN ${NOTIFY_CHANNEL}`);
      } catch (e) {
        await c.end().catch(() => undefined);
        throw e;
      }
      this.client = c;
      return c;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private lost(c: Client, e: Error): void {
    if (this.client !== c) return;
    this.client = null;
    if (this.lanes.size > 0) this.logger.warn({ err: e, lanes: this.lanes.size }, 'lost the outbox lane connection; its lanes are free for another relay');
    this.lanes.clear();
  }
}
