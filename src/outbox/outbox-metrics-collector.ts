import { inject, injectable } from 'inversify';
import { Metrics, ScrapeCollector } from '../metrics/metrics';
import { ReadOutboxLag } from './read-outbox-lag';

/** The outbox's lag (how far upstream is behind on what happened), read at scrape. */
@injectable()
export class OutboxMetricsCollector implements ScrapeCollector {
  readonly name = 'outbox';

  constructor(
    @inject(ReadOutboxLag) private readonly lag: ReadOutboxLag,
    @inject(Metrics) private readonly metrics: Metrics,
  ) {}

  async collect(): Promise<void> {
    const lag = await this.lag.run();
    this.metrics.outboxUnpublished.set(lag.unpublished);
    this.metrics.outboxLagSeconds.set(lag.oldestUnpublishedAgeSeconds ?? 0);
  }
}
