import { inject, injectable } from 'inversify';
import type { Message, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { BackgroundTask } from '../background-task';
import { Logger } from '../logger';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { OutboxLanes } from './outbox-lanes';
import { OUTBOX_RELAY_OPTIONS, OutboxRelayOptions, ProducerFactory, SYNC_EVENTS_PRODUCER_FACTORY } from './outbox-settings';

interface OutboxRow {
  id: string;
  event_id: string;
  tenant_id: string;
  type: string;
  version: string;
  occurred_at: Date;
  data: unknown;
}

/** What a relay has done since it started (tests, logs). */
export interface RelayCounters {
  published: number;
  /** Publishing rounds that failed (Kafka or Postgres refused); their events stay in the outbox. */
  failures: number;
  lastError: string | null;
}

/**
 * Publishes the outbox to the sync-events topic, on every replica: each relay publishes only the
 * lanes it holds (OutboxLanes: advisory locks, shared evenly), so each event is published by one
 * relay in normal operation. A round reads the oldest unpublished events of its lanes (id order:
 * per entity, the order their versions were given), sends them in one produce request keyed by
 * tenant (one partition per tenant, so their order holds), waits for every replica's ack (the
 * producer is idempotent), then marks them published. At least once: a crash between the ack and
 * the mark publishes those events again after the restart, with the same eventId. Kafka
 * unreachable: the round fails, nothing is marked, and it is tried again with a growing wait (at
 * most OUTBOX_RELAY_RETRY_MAX_MS); the events wait in Postgres, none is lost. Woken by the
 * outbox's NOTIFY at each commit, and every OUTBOX_RELAY_POLL_MS otherwise.
 */
@injectable()
export class OutboxRelay implements BackgroundTask {
  readonly name = 'outbox-relay';
  readonly counters: RelayCounters = { published: 0, failures: 0, lastError: null };
  private readonly logger: Logger;
  private running: Promise<void> | null = null;
  private stopping = false;
  /** The connected producer, or null (none yet, or dropped after a failed send). */
  private producer: Producer | null = null;
  private woken = false;
  private wakeUp: () => void = () => undefined;
  private lastBalance = 0;

  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(SYNC_EVENTS_PRODUCER_FACTORY) private readonly newProducer: ProducerFactory,
    @inject(OutboxLanes) private readonly lanes: OutboxLanes,
    @inject(OUTBOX_RELAY_OPTIONS) private readonly options: OutboxRelayOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'outbox' });
  }

  async start(): Promise<void> {
    if (!this.options.enabled || this.running !== null) return;
    this.stopping = false;
    this.lanes.onNotify(() => this.wake());
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
    this.running = null;
    await this.lanes.close();
    await this.dropProducer();
  }

  private wake(): void {
    this.woken = true;
    this.wakeUp();
  }

  private async loop(): Promise<void> {
    let failuresInRow = 0;
    while (!this.stopping) {
      let more = false;
      try {
        more = (await this.round()) >= this.options.batchSize;
        if (failuresInRow > 0) this.logger.info({ failedRounds: failuresInRow }, 'publishing sync events again');
        failuresInRow = 0;
      } catch (e) {
        failuresInRow += 1;
        this.counters.failures += 1;
        this.counters.lastError = e instanceof Error ? e.message : String(e);
        const waitMs = Math.min(this.options.retryMaxMs, this.options.pollMs * 2 ** Math.min(failuresInRow, 16));
        if (failuresInRow === 1 || failuresInRow % 10 === 0) {
          this.logger.warn({ err: e, failedRounds: failuresInRow, retryInMs: waitMs }, 'publishing sync events failed; they stay in the outbox');
        }
        await this.pause(waitMs, false);
        continue;
      }
      if (!more) await this.pause(this.options.pollMs, true);
    }
  }

  /** Waits `ms`, or less when stopping (or, if `wakeable`, when an event is committed meanwhile). */
  private pause(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopping || (wakeable && this.woken)) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wakeUp = () => undefined;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wakeUp = () => {
        if (this.stopping || wakeable) finish();
      };
    });
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer !== null) return this.producer;
    const p = this.newProducer();
    try {
      await p.connect();
    } catch (e) {
      await p.disconnect().catch(() => undefined);
      throw e;
    }
    this.producer = p;
    return p;
  }

  private async dropProducer(): Promise<void> {
    const p = this.producer;
    this.producer = null;
    if (p !== null) await p.disconnect().catch(() => undefined);
  }

  /** One round: the lanes held (re-balanced at most every pollMs), then one batch of their events. */
  private async round(): Promise<number> {
    let lanes = this.lanes.held();
    if (lanes.length === 0 || Date.now() - this.lastBalance >= this.options.pollMs) {
      lanes = await this.lanes.balance();
      this.lastBalance = Date.now();
    }
    if (lanes.length === 0) return 0;
    const rows = (await this.db.query(
      `SELECT id, event_id, tenant_id, type, version, occurred_at, data FROM sync_event_outbox
        WHERE published_at IS NULL AND lane = ANY($1::smallint[]) ORDER BY id LIMIT $2`,
      [lanes, this.options.batchSize],
    )) as OutboxRow[];
    if (rows.length === 0) return 0;
    const producer = await this.connectedProducer();
    try {
      await producer.send({ topic: this.options.topic, acks: -1, messages: rows.map(toMessage) });
    } catch (e) {
      // A new producer for the next round (see ProducerFactory). A batch the broker did write before
      // the failure is then written again: at least once, with the same eventIds.
      await this.dropProducer();
      throw e;
    }
    await this.db.query(`UPDATE sync_event_outbox SET published_at = now() WHERE id = ANY($1::bigint[]) AND published_at IS NULL`, [rows.map((r) => r.id)]);
    this.counters.published += rows.length;
    return rows.length;
  }
}

/** The message: keyed by tenant, the envelope of the contract as its value, type and eventId as headers too. */
function toMessage(r: OutboxRow): Message {
  const value = {
    eventId: r.event_id,
    type: r.type,
    tenantId: r.tenant_id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    version: Number(r.version),
    data: r.data,
  };
  return { key: r.tenant_id, value: JSON.stringify(value), headers: { 'x-event-type': r.type, 'x-event-id': r.event_id } };
}
