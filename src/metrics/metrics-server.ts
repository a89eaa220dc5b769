import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { inject, injectable, multiInject, optional, ServiceIdentifier } from 'inversify';
import type { Logger } from '../logger';
import { LOGGER } from '../tokens';
import { Metrics, SCRAPE_COLLECTOR, ScrapeCollector } from './metrics';

export interface MetricsServerOptions {
  host: string;
  /** METRICS_PORT; 0 = any free port (tests). */
  port: number;
  /** How long one scrape waits for each collector before serving what it has. */
  collectTimeoutMs: number;
}

export const METRICS_SERVER_OPTIONS: ServiceIdentifier<MetricsServerOptions> = Symbol.for('MetricsServerOptions');

/**
 * `GET /metrics` in Prometheus' text format on a port of its own (METRICS_PORT), apart from the
 * public page and the admin API: a scrape runs every collector at once, each bounded by
 * `collectTimeoutMs` (a slow Kafka or Postgres leaves that figure at its last value and counts
 * an error rather than holding the scrape), then serialises the registry.
 */
@injectable()
export class MetricsServer {
  private server?: Server;
  private readonly log: Logger;

  constructor(
    @inject(Metrics) private readonly metrics: Metrics,
    @inject(METRICS_SERVER_OPTIONS) private readonly options: MetricsServerOptions,
    @multiInject(SCRAPE_COLLECTOR) @optional() private readonly collectors: ScrapeCollector[] = [],
    @inject(LOGGER) logger: Logger,
  ) {
    this.log = logger.child({ component: 'metrics' });
  }

  async listen(): Promise<number> {
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: GET /metrics\n');
        return;
      }
      this.scrape().then(
        (text) => res.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(text),
        (e: unknown) => {
          this.log.error({ err: e }, 'metrics scrape failed');
          res.writeHead(500, { 'content-type': 'text/plain' }).end('scrape failed\n');
        },
      );
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    return (server.address() as AddressInfo).port;
  }

  /** Runs the collectors (bounded) and serialises every series. */
  async scrape(): Promise<string> {
    await Promise.all((this.collectors ?? []).map((c) => this.bounded(c)));
    return this.metrics.registry.metrics();
  }

  private async bounded(c: ScrapeCollector): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.options.collectTimeoutMs)));
    try {
      const r = await Promise.race([c.collect().then(() => 'ok' as const), late]);
      if (r === 'late') this.log.warn({ collector: c.name, timeoutMs: this.options.collectTimeoutMs }, 'metrics collector too slow; served its last values');
    } catch (e) {
      this.log.warn({ err: e, collector: c.name }, 'metrics collector failed; served its last values');
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = undefined;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}
