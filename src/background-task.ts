import type { ServiceIdentifier } from 'inversify';

/** A part's background loop (customer resolution, the batch scheduler, ...): started after ingest, stopped after it (within a bounded share of SHUTDOWN_TIMEOUT_MS). */
export interface BackgroundTask {
  readonly name: string;
  start(): Promise<void>;
  /** Stops taking new work, finishes or abandons (safely) the work in hand, and resolves. */
  stop(): Promise<void>;
}

/** Multi-bound: each part binds its loops here; the worker starts them all. */
export const BACKGROUND_TASK: ServiceIdentifier<BackgroundTask> = Symbol.for('BackgroundTask');
