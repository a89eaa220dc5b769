import { ContainerModule } from 'inversify';
import { CONFIG } from '../tokens';
import { BindConnectBrowser } from './bind-connect-browser';
import { CompleteConnect } from './complete-connect';
import { ConnectionMetricsCollector } from './connection-metrics-collector';
import { SCRAPE_COLLECTOR } from '../metrics/metrics';
import { CONNECTIONS_SETTINGS } from './connections-settings';
import { DisconnectCompany } from './disconnect-company';
import { OAuthStateRepository } from './oauth-state-repository';
import { ReadConnectedCompany } from './read-connected-company';
import { ReadTenantOverview } from './read-tenant-overview';
import { StartConnect } from './start-connect';
import { TenantRepository } from './tenant-repository';
import { TenantLinkGenerations } from './tenant-link-generations';

/** Connections: tenants and their settings, the OAuth connect flow, disconnecting. */
export const connectionsModule = new ContainerModule(({ bind }) => {
  bind(TenantRepository).toSelf();
  bind(TenantLinkGenerations).toSelf();
  bind(OAuthStateRepository).toSelf();
  bind(ReadTenantOverview).toSelf();
  bind(StartConnect).toSelf();
  bind(BindConnectBrowser).toSelf();
  bind(ReadConnectedCompany).toSelf();
  bind(CompleteConnect).toSelf();
  bind(DisconnectCompany).toSelf();
  bind(ConnectionMetricsCollector).toSelf();
  bind(SCRAPE_COLLECTOR).toService(ConnectionMetricsCollector);
  bind(CONNECTIONS_SETTINGS).toDynamicValue((ctx) => {
    const config = ctx.get(CONFIG);
    return { redirectUri: config.qbo.redirectUri, stateTtlSeconds: config.connect.stateTtlSeconds, tokenLockTimeoutMs: config.qbo.tokenLockTimeoutMs };
  });
});
