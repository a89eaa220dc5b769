import { Logger } from '../logger';
import { PgNotificationListener } from './pg-notification-listener';

/** Postgres channels whose notifications wake the loop early (best effort: it polls anyway). */
export interface WakeOnNotify {
  databaseUrl: string;
  channels: readonly string[];
}

/**
 * Runs `tick` every `intervalMs` (sooner when woken, by `wake()` or a notification on one of
 * `wakeOn`'s channels), one tick at a time; `stop()` waits for the tick in hand. A tick that
 * throws is logged and the loop carries on.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = true;
  private wakeRequested = false;
  private readonly listener: PgNotificationListener | null;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly tick: () => Promise<boolean>,
    private readonly logger: Logger,
    wakeOn?: WakeOnNotify,
  ) {
    this.listener = wakeOn ? new PgNotificationListener(wakeOn.databaseUrl, wakeOn.channels, () => this.wake(), logger) : null;
  }

  async start(): Promise<void> {
    await this.listener?.start();
    this.stopped = false;
    this.schedule(0);
  }

  /** Runs a tick as soon as the current one (if any) ends. */
  wake(): void {
    if (this.stopped) return;
    if (this.running !== null) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.runTick().finally(() => {
        this.running = null;
      });
    }, ms);
  }

  private async runTick(): Promise<void> {
    let more = false;
    try {
      this.wakeRequested = false;
      more = await this.tick();
    } catch (e) {
      this.logger.error({ err: e, loop: this.name }, 'background tick failed; retrying on the next one');
    }
    if (!this.stopped) this.schedule(more || this.wakeRequested ? 0 : this.intervalMs);
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running !== null) await this.running;
  }
}
