import { inject, injectable } from 'inversify';
import { OAuthTokenClient } from '../qbo/oauth-token-client';
import { CONNECTIONS_SETTINGS, ConnectionsSettings } from './connections-settings';
import { newBrowserNonce, OAuthStateRepository, SettingsDraft } from './oauth-state-repository';
import { TenantRepository } from './tenant-repository';

export type StartConnectOutcome =
  | {
      ok: true;
      /** Intuit's authorize URL, with the state. */
      authorizeUrl: string;
      /** The state itself (an operator's start link carries it). */
      state: string;
      expiresAt: Date;
      /** The value of the cookie to set in the browser that started (null: bound later by the start link). */
      browserNonce: string | null;
    }
  | { ok: false; reason: 'unknown_tenant'; message: string };

/**
 * The Connect button: issues a single-use, expiring `state` bound to the tenant (kept with the
 * settings form as it was, to show again after the round trip) and to the browser that clicked
 * (the hash of a nonce its cookie keeps), and gives Intuit's authorize URL (client_id,
 * redirect_uri, scope com.intuit.quickbooks.accounting, response_type=code, state). An operator's
 * Connect (`browser: 'later'`) leaves the browser to the first one that opens its start link.
 */
@injectable()
export class StartConnect {
  constructor(
    @inject(TenantRepository) private readonly tenants: TenantRepository,
    @inject(OAuthStateRepository) private readonly states: OAuthStateRepository,
    @inject(OAuthTokenClient) private readonly oauth: Pick<OAuthTokenClient, 'authorizeUri'>,
    @inject(CONNECTIONS_SETTINGS) private readonly settings: Pick<ConnectionsSettings, 'stateTtlSeconds'>,
  ) {}

  async run(tenantId: string, draft: SettingsDraft | null, browser: 'this' | 'later'): Promise<StartConnectOutcome> {
    if ((await this.tenants.find(tenantId)) === null) {
      return { ok: false, reason: 'unknown_tenant', message: `tenant ${tenantId} is not known` };
    }
    const browserNonce = browser === 'this' ? newBrowserNonce() : null;
    const issued = await this.states.issue(tenantId, this.settings.stateTtlSeconds, draft, browserNonce);
    return { ok: true, authorizeUrl: this.oauth.authorizeUri(issued.state), state: issued.state, expiresAt: issued.expiresAt, browserNonce };
  }
}
