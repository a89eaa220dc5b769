import { createHash } from 'node:crypto';
import { cookieValues } from './admin-auth-guard';

/**
 * The cookie that binds a Connect round trip to the browser that started it: HttpOnly,
 * SameSite=Lax (sent on Intuit's top-level redirect back, never on a cross-site subrequest),
 * scoped to the callback's path, living as long as the state. One per state (the name carries
 * a prefix of the state's hash), so two round trips in two tabs don't overwrite each other.
 */
export function connectCookieName(state: string): string {
  return `qbo_connect_${createHash('sha256').update(state, 'utf8').digest('hex').slice(0, 16)}`;
}

export interface ConnectCookieScope {
  /** The callback's path (QBO_REDIRECT_URI's). */
  path: string;
  secure: boolean;
}

export function connectCookie(state: string, nonce: string, expiresAt: Date, scope: ConnectCookieScope): string {
  const maxAge = Math.max(0, Math.ceil((expiresAt.getTime() - Date.now()) / 1000));
  return `${connectCookieName(state)}=${nonce}; Path=${scope.path}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${scope.secure ? '; Secure' : ''}`;
}

export function clearConnectCookie(state: string, scope: ConnectCookieScope): string {
  return `${connectCookieName(state)}=; Path=${scope.path}; Max-Age=0; HttpOnly; SameSite=Lax${scope.secure ? '; Secure' : ''}`;
}

/** The nonce this browser holds for `state`, if any. */
export function readConnectCookie(cookieHeader: string | undefined, state: string): string | undefined {
  return cookieValues(cookieHeader, connectCookieName(state))[0];
}

/** Where the cookie lives: the callback's path; Secure when the worker is reached over https. */
export function connectCookieScope(redirectUri: string, publicBaseUrl: string): ConnectCookieScope {
  let path = DEFAULT_CALLBACK_PATH;
  try {
    path = new URL(redirectUri).pathname;
  } catch {
    // the callback is then served at the default path too (oauth-callback-routes)
  }
  return { path, secure: publicBaseUrl.startsWith('https:') || redirectUri.startsWith('https:') };
}

export const DEFAULT_CALLBACK_PATH = '/connections/qbo/callback';
/** An operator's start link: binds the round trip to the first browser that opens it, then on to Intuit. */
export const CONNECT_START_PATH = '/connections/qbo/start';
