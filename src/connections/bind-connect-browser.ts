import { inject, injectable } from 'inversify';
import { OAuthTokenClient } from '../qbo/oauth-token-client';
import { newBrowserNonce, OAuthStateRepository } from './oauth-state-repository';

export type BindConnectBrowserOutcome = { ok: true; authorizeUrl: string; browserNonce: string; expiresAt: Date } | { ok: false };

/**
 * An operator's start link (`/connections/qbo/start?state=…`, from `POST /api/tenants/{id}/connect`):
 * the first browser that opens it gets the round trip's cookie and goes on to Intuit; any other
 * browser, or the same link after the state was used or expired, is refused.
 */
@injectable()
export class BindConnectBrowser {
  constructor(
    @inject(OAuthStateRepository) private readonly states: OAuthStateRepository,
    @inject(OAuthTokenClient) private readonly oauth: Pick<OAuthTokenClient, 'authorizeUri'>,
  ) {}

  async run(state: string): Promise<BindConnectBrowserOutcome> {
    if (state === '') return { ok: false };
    const browserNonce = newBrowserNonce();
    const expiresAt = await this.states.bindBrowser(state, browserNonce);
    if (expiresAt === null) return { ok: false };
    return { ok: true, authorizeUrl: this.oauth.authorizeUri(state), browserNonce, expiresAt };
  }
}
