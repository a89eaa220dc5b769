import type { ServiceIdentifier } from 'inversify';

/** The connect flow's settings, from the configuration (QBO_REDIRECT_URI, CONNECT_STATE_TTL_SECONDS, QBO_TOKEN_LOCK_TIMEOUT_MS). */
export interface ConnectionsSettings {
  /** Where Intuit sends the browser back: the exchanged code is bound to it. */
  redirectUri: string;
  /** How long a connect link (its OAuth state) stays usable. */
  stateTtlSeconds: number;
  /** How long a disconnect waits for a token refresh in progress on another replica. */
  tokenLockTimeoutMs: number;
}

export const CONNECTIONS_SETTINGS: ServiceIdentifier<ConnectionsSettings> = Symbol.for('ConnectionsSettings');
