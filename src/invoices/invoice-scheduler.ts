import { inject, injectable, optional, ServiceIdentifier } from 'inversify';
import { LOGGER } from '../tokens';
import { TenantWindowLock } from './tenant-window-lock';
import { Logger } from '../logger';
import type { BackgroundTask } from '../background-task';
import { RunDueWindows } from './run-due-windows';

/** Where the scheduler reads the time: tests and demos shift or drive it. */
export interface SchedulerClock {
  now(): Date;
}

/** How often the scheduler looks for due windows (INVOICE_SCHEDULER_TICK_MS). */
export const SCHEDULER_TICK_MS: ServiceIdentifier<number> = Symbol.for('SchedulerTickMs');
/** INVOICE_SCHEDULER_ENABLED. */
export const SCHEDULER_ENABLED: ServiceIdentifier<boolean> = Symbol.for('SchedulerEnabled');
/** The scheduler's clock (the system clock, shifted by the test knob INVOICE_CLOCK_OFFSET_MS). */
export const SCHEDULER_CLOCK: ServiceIdentifier<SchedulerClock> = Symbol.for('SchedulerClock');

export const systemSchedulerClock = (offsetMs = 0): SchedulerClock => ({ now: () => new Date(Date.now() + offsetMs) });

/**
 * The invoice batch scheduler, a background task of the worker: every `tickMs` it runs the
 * windows that are due (see RunDueWindows). Any replica may run it; the tenant locks make each
 * window run once. `stop()` lets windows in hand stop between batches and waits for them.
 */
@injectable()
export class InvoiceScheduler implements BackgroundTask {
  private readonly logger: Logger;
  readonly name = 'invoice-scheduler';
  private timer: NodeJS.Timeout | undefined;
  private controller = new AbortController();
  private current: Promise<void> | null = null;
  private stopped = true;

  constructor(
    @inject(RunDueWindows) private readonly dueWindows: RunDueWindows,
    @inject(SCHEDULER_TICK_MS) private readonly tickMs: number,
    @inject(SCHEDULER_CLOCK) private readonly clock: SchedulerClock,
    @inject(LOGGER) logger: Logger,
    /** Closed once stopped (the window locks' dedicated connection). */
    @inject(TenantWindowLock) @optional() private readonly windowLock: Pick<TenantWindowLock, 'close'> | null = null,
    /** INVOICE_SCHEDULER_ENABLED=false: this replica runs no windows (it still ingests and serves). */
    @inject(SCHEDULER_ENABLED) @optional() private readonly enabled: boolean = true,
  ) {
    this.logger = logger.child({ component: 'invoice-scheduler' });
  }

  async start(): Promise<void> {
    if (!this.enabled) {
      this.logger.info('invoice scheduler disabled on this replica (INVOICE_SCHEDULER_ENABLED=false)');
      return;
    }
    this.stopped = false;
    this.controller = new AbortController();
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.controller.abort();
    await this.current;
    await this.windowLock?.close();
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
