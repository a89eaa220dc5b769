import { inject, injectable } from 'inversify';
import { OAuthTokenClient } from '../qbo/oauth-token-client';
import { LOGGER } from '../tokens';
import { CONNECTIONS_SETTINGS, ConnectionsSettings } from './connections-settings';
import { Logger } from '../logger';
import { QboConnectionRepository } from '../qbo/qbo-connection-repository';
import { QboError } from '../qbo/qbo-error';
import { OAuthStateRepository } from './oauth-state-repository';
import { ReadConnectedCompany } from './read-connected-company';

/** What Intuit's redirect brought back to the callback. */
export interface CallbackParams {
  state?: string;
  code?: string;
  realmId?: string;
  error?: string;
  /** The round trip's cookie in the browser that came back (StartConnect / BindConnectBrowser set it). */
  browserNonce?: string;
}

export type ConnectFailure =
  | 'missing_state'
  | 'unknown_state'
  | 'reused_state'
  | 'expired_state'
  | 'other_browser_state'
  | 'cancelled'
  | 'missing_code'
  | 'replayed_code'
  | 'exchange_refused'
  | 'exchange_failed';

export type CompleteConnectOutcome =
  | { ok: true; tenantId: string; realmId: string; companyName: string | null; stateId: string }
  | { ok: false; reason: ConnectFailure; message: string; tenantId: string | null; retriable: boolean };

/** Narrow ports, so a test can see what was called. */
export type CodeExchanger = Pick<OAuthTokenClient, 'exchangeCode' | 'revoke'>;

/**
 * The OAuth callback. Checks the `state` (unknown, reused, expired, or brought back by another
 * browser than the one that started the round trip: refused, nothing stored),
 * refuses a code it has seen before, exchanges the code through intuit-oauth, stores the
 * tokens encrypted (QboConnectionRepository.saveConnected), revokes the authorisation it
 * replaced (the old company's tokens), then reads the company's name
 * and country (CompanyInfo, kept for the company lists) with the new connection. Any failure before the exchange succeeds leaves the
 * tenant's connection exactly as it was.
 */
@injectable()
export class CompleteConnect {
  private readonly logger: Logger;
  constructor(
    @inject(OAuthStateRepository) private readonly states: OAuthStateRepository,
    @inject(OAuthTokenClient) private readonly oauth: CodeExchanger,
    @inject(QboConnectionRepository) private readonly connections: QboConnectionRepository,
    @inject(ReadConnectedCompany) private readonly company: Pick<ReadConnectedCompany, 'run'>,
    @inject(CONNECTIONS_SETTINGS) private readonly settings: Pick<ConnectionsSettings, 'redirectUri'>,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'connect' });
  }

  async run(params: CallbackParams): Promise<CompleteConnectOutcome> {
    const consumed = await this.states.consume(params.state, params.browserNonce);
    if (!consumed.ok) {
      const reason: ConnectFailure = `${consumed.reason}_state`;
      this.logger.warn({ reason, tenantId: consumed.tenantId }, 'qbo connect callback refused');
      return { ok: false, reason, message: STATE_MESSAGES[consumed.reason], tenantId: consumed.tenantId, retriable: false };
    }
    const { tenantId, id: stateId } = consumed;
    const fail = async (reason: ConnectFailure, message: string, retriable = false): Promise<CompleteConnectOutcome> => {
      await this.states.recordOutcome(stateId, reason);
      this.logger.warn({ reason, tenantId }, 'qbo connect failed');
      return { ok: false, reason, message, tenantId, retriable };
    };
    if (params.error !== undefined && params.error !== '') {
      return fail('cancelled', params.error === 'access_denied' ? 'The connection was cancelled at QuickBooks; nothing changed.' : `QuickBooks answered "${params.error}"; nothing changed.`);
    }
    const code = params.code ?? '';
    const realmId = params.realmId ?? '';
    if (code === '' || realmId === '') return fail('missing_code', 'QuickBooks sent no authorisation code or company id; nothing changed. Click Connect to try again.');
    if (!(await this.states.claimCode(stateId, code))) {
      return fail('replayed_code', 'This authorisation code was already used; nothing changed. Click Connect to start again.');
    }

    const callbackUrl = `${this.settings.redirectUri}?${new URLSearchParams({ code, state: params.state ?? '', realmId }).toString()}`;
    let exchanged;
    try {
      exchanged = await this.oauth.exchangeCode(callbackUrl);
    } catch (e) {
      if (e instanceof QboError && !e.retriable) {
        return fail('exchange_refused', `QuickBooks refused the authorisation code (${e.code ?? e.kind}): it was already used or has expired. Nothing changed; click Connect to try again.`);
      }
      const why = e instanceof QboError ? `${e.code ?? e.kind}` : e instanceof Error ? e.message : String(e);
      return fail('exchange_failed', `QuickBooks could not be reached to finish connecting (${why}). Nothing changed; click Connect to try again.`, true);
    }

    const previous = await this.connections.find(tenantId);
    await this.connections.saveConnected(tenantId, realmId, null, exchanged.tokens);
    if (previous?.tokens) await this.revokePrevious(tenantId, previous.realmId, previous.tokens.refreshToken);
    const companyName = await this.company.run(tenantId, realmId);
    await this.states.recordOutcome(stateId, 'connected');
    this.logger.info({ tenantId, realmId, companyName }, 'qbo company connected');
    return { ok: true, tenantId, realmId, companyName, stateId };
  }

  /**
   * The authorisation the new one replaced is revoked at Intuit (another company's, or an older
   * grant of the same one): no replica, process or leaked token can use it any more. Best effort:
   * the new connection stands if Intuit can't be reached; the failure is logged.
   */
  private async revokePrevious(tenantId: string, realmId: string, refreshToken: string): Promise<void> {
    try {
      await this.oauth.revoke(refreshToken);
      this.logger.info({ tenantId, realmId }, 'the replaced QuickBooks authorisation was revoked');
    } catch (e) {
      this.logger.warn({ tenantId, realmId, err: e instanceof QboError ? e.toJSON() : String(e) }, 'the replaced QuickBooks authorisation was not revoked');
    }
  }
}

const STATE_MESSAGES: Record<'missing' | 'unknown' | 'reused' | 'expired' | 'other_browser', string> = {
  missing: 'The answer from QuickBooks carried no state; nothing changed. Start again with the Connect button.',
  unknown: 'This connection attempt is not known here (a wrong or forged state); nothing changed. Start again with the Connect button.',
  reused: 'This connection attempt was already completed or refused (the state was used before); nothing changed. Start again with the Connect button.',
  expired: 'This connection attempt took too long and expired; nothing changed. Start again with the Connect button.',
  other_browser:
    'This QuickBooks sign-in was started in another browser, so it cannot be finished here; nothing changed. ' +
    'If you were sent this link by someone else, do not use it. To connect your own account, open its settings page and click Connect in this browser.',
};
