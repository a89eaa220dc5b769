import { Client } from 'pg';
import { Logger } from '../logger';

/**
 * LISTENs on Postgres channels and calls `onNotify` for each notification: a way to wake a
 * polling loop early. Best effort: on a lost connection it reconnects after a pause; the loop
 * keeps polling meanwhile, so nothing depends on a notification arriving.
 */
export class PgNotificationListener {
  private client: Client | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly channels: readonly string[],
    private readonly onNotify: (channel: string) => void,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'qbo-sync-listener' });
    client.on('notification', (n) => this.onNotify(n.channel));
    client.on('error', (e) => {
      this.logger.warn({ err: e }, 'notification listener lost its connection; polling continues');
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      for (const ch of this.channels) await client.query(`LISTEN "${ch.replace(/"/g, '')}"`);
      this.client = client;
    } catch (e) {
      this.logger.warn({ err: e }, 'notification listener could not connect; polling continues');
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer !== undefined) return;
    const old = this.client;
    this.client = null;
    if (old !== null) void old.end().catch(() => undefined);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, 5000);
    this.retryTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    const c = this.client;
    this.client = null;
    if (c !== null) await c.end().catch(() => undefined);
  }
}
