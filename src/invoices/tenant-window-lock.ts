import { inject, injectable, optional } from 'inversify';
import { DATABASE_URL, LOGGER } from '../tokens';
import { Client } from 'pg';
import { Logger } from '../logger';

/** A tenant's window lock, held until released, or until the lock connection is lost (then `signal` aborts). */
export interface HeldWindowLock {
  readonly signal: AbortSignal;
  release(): Promise<void>;
}

const LOCK_SPACE = `hashtext('qbo-sync:invoice-window')`;

/**
 * One window per tenant at a time, across every replica and the operator CLI: a Postgres
 * session advisory lock keyed by the tenant. All of a process's locks live on one dedicated
 * connection (outside the pool, so windows never starve the pool): when the process dies, the
 * connection closes and Postgres frees its locks. If that connection is lost while the process
 * lives, every window holding a lock here is told to stop (its `signal` aborts) before another
 * replica can take over. Session locks are re-entrant per connection, so exclusion inside the
 * process is kept by the `held` map.
 */
@injectable()
export class TenantWindowLock {
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private readonly held = new Map<string, AbortController>();
  /** Queries on the lock connection run one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @inject(DATABASE_URL) private readonly databaseUrl: string,
    @inject(LOGGER) @optional() private readonly logger?: Logger,
  ) {}

  async tryAcquire(tenantId: string): Promise<HeldWindowLock | null> {
    if (this.held.has(tenantId)) return null;
    const controller = new AbortController();
    this.held.set(tenantId, controller); // reserve before any await
    let client: Client;
    try {
      client = await this.connection();
      const rows = await this.serial(() => client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_SPACE}, hashtext($1)) AS ok`, [tenantId]));
      if (rows.rows[0]?.ok !== true) {
        this.held.delete(tenantId);
        return null;
      }
    } catch (e) {
      this.held.delete(tenantId);
      throw e;
    }
    let released = false;
    return {
      signal: controller.signal,
      release: async () => {
        if (released) return;
        released = true;
        if (this.held.get(tenantId) === controller) this.held.delete(tenantId);
        if (client === this.client && !controller.signal.aborted) {
          await this.serial(() => client.query(`SELECT pg_advisory_unlock(${LOCK_SPACE}, hashtext($1))`, [tenantId])).catch(() => undefined);
        }
      },
    };
  }

  /** Closes the lock connection (every lock of this process is freed). */
  async close(): Promise<void> {
    const c = this.client;
    this.client = null;
    this.abortAll(new Error('window lock closed'));
    if (c) await c.end().catch(() => undefined);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const c = new Client({ connectionString: this.databaseUrl, application_name: 'qbo-sync-window-locks' });
      c.on('error', (e) => this.lost(c, e));
      c.on('end', () => this.lost(c, new Error('connection ended')));
      await c.connect();
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
    this.logger?.warn({ err: e, windows: this.held.size }, 'lost the window lock connection; windows in hand stop');
    this.abortAll(e);
  }

  private abortAll(e: Error): void {
    for (const ctl of this.held.values()) ctl.abort(e);
    this.held.clear();
  }
}
