import { inject, injectable, ServiceIdentifier } from 'inversify';
import { BackgroundTask } from '../background-task';
import { PollingLoop } from '../customers/polling-loop';
import { Logger } from '../logger';
import { LOGGER } from '../tokens';
import { PruneHistory } from './prune-history';

export const RETENTION_INTERVAL_MS: ServiceIdentifier<number> = Symbol.for('RetentionIntervalMs');

/**
 * Background task on every replica: a round of PruneHistory every RETENTION_INTERVAL_MS, and
 * at once again while a round still deletes full batches. Safe on any number of replicas
 * (bounded deletes over rows claimed with SKIP LOCKED); stopping waits for one bounded round
 * at most.
 */
@injectable()
export class RetentionTask implements BackgroundTask {
  readonly name = 'retention';
  private readonly logger: Logger;
  private readonly loop: PollingLoop;

  constructor(
    @inject(PruneHistory) private readonly prune: PruneHistory,
    @inject(RETENTION_INTERVAL_MS) intervalMs: number,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'retention' });
    this.loop = new PollingLoop(this.name, intervalMs, () => this.tick(), this.logger);
  }

  async start(): Promise<void> {
    await this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  private async tick(): Promise<boolean> {
    const counts = await this.prune.run();
    if (Object.values(counts).some((n) => n > 0)) this.logger.info({ deleted: counts }, 'old rows pruned');
    return this.prune.isFull(counts);
  }
}
