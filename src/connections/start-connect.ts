import { inject, injectable } from 'inversify';
import { OAuthTokenClient } from '../qbo/oauth-token-client';
import { CONNECTIONS_SETTINGS, ConnectionsSettings } from './connections-settings';
import { OAuthStateRepository, SettingsDraft } from './oauth-state-repository';
import { TenantRepository } from './tenant-repository';

export type StartConnectOutcome = { ok: true; authorizeUrl: string; expiresAt: Date } | { ok: false; reason: 'unknown_tenant'; message: string };

/**
 * The Connect button: issues a single-use, expiring `state` bound to the tenant (kept with the
 * settings form as it was, to show again after the round trip) and gives Intuit's authorize URL
 * (client_id, redirect_uri, scope com.intuit.quickbooks.accounting, response_type=code, state).
 */
@injectable()
export class StartConnect {
  constructor(
    @inject(TenantRepository) private readonly tenants: TenantRepository,
    @inject(OAuthStateRepository) private readonly states: OAuthStateRepository,
    @inject(OAuthTokenClient) private readonly oauth: Pick<OAuthTokenClient, 'authorizeUri'>,
    @inject(CONNECTIONS_SETTINGS) private readonly settings: Pick<ConnectionsSettings, 'stateTtlSeconds'>,
  ) {}

  async run(tenantId: string, draft: SettingsDraft | null = null): Promise<StartConnectOutcome> {
    if ((await this.tenants.find(tenantId)) === null) {
      return { ok: false, reason: 'unknown_tenant', message: `tenant ${tenantId} is not known` };
    }
    const issued = await this.states.issue(tenantId, this.settings.stateTtlSeconds, draft);
    return { ok: true, authorizeUrl: this.oauth.authorizeUri(issued.state), expiresAt: issued.expiresAt };
  }
}
