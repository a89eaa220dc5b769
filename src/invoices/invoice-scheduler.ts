import { Logger } from '../logger';
import type { BackgroundTask } from '../background-task';
import { RunDueWindows } from './run-due-windows';

/** Where the scheduler reads the time: tests and demos shift or drive it. */
export interface SchedulerClock {
  now(): Date;
}

export const systemSchedulerClock = (offsetMs = 0): SchedulerClock => ({ now: () => new Date(Date.now() + offsetMs) });

/**
 * The invoice batch scheduler, a background task of the worker: every `tickMs` it runs the
 * windows that are due (see RunDueWindows). Any replica may run it; the tenant locks make each
 * window run once. `stop()` lets windows in hand stop between batches and waits for them.
 */
export class InvoiceScheduler implements BackgroundTask {
  readonly name = 'invoice-scheduler';
  private timer: NodeJS.Timeout | undefined;
  private controller = new AbortController();
  private current: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly dueWindows: RunDueWindows,
    private readonly tickMs: number,
    private readonly clock: SchedulerClock,
    private readonly logger: Logger,
    /** Called once stopped (closes the window lock connection). */
    private readonly onStopped: () => Promise<void> = async () => undefined,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    this.controller = new AbortController();
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.controller.abort();
    await this.current;
    await this.onStopped();
  }

  /** One pass now (tests, demos). */
  async tick(): Promise<void> {
    const results = await this.dueWindows.run(this.clock.now(), this.controller.signal);
    for (const r of results) {
      if (r.result.outcome === 'busy') this.logger.debug({ tenantId: r.due.tenantId }, 'window already running elsewhere');
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.tick()
        .catch((e: unknown) => this.logger.error({ err: e }, 'invoice scheduler pass failed'))
        .finally(() => {
          this.current = null;
          this.schedule(this.tickMs);
        });
    }, delay);
  }
}
