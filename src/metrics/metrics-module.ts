import { ContainerModule } from 'inversify';
import { CONFIG } from '../tokens';
import { Metrics } from './metrics';
import { METRICS_SERVER_OPTIONS, MetricsServer } from './metrics-server';

/** The Prometheus registry every part records into, and its port (METRICS_PORT). */
export const metricsModule = new ContainerModule(({ bind }) => {
  bind(Metrics).toSelf();
  bind(MetricsServer).toSelf();
  bind(METRICS_SERVER_OPTIONS).toDynamicValue((ctx) => {
    const c = ctx.get(CONFIG);
    return { host: c.metrics.host, port: c.metrics.port, collectTimeoutMs: c.metrics.collectTimeoutMs };
  });
});
