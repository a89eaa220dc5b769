import type { ServiceIdentifier } from 'inversify';
import { Config } from '../config';
import { BindConnectBrowser } from '../connections/bind-connect-browser';
import { CompleteConnect } from '../connections/complete-connect';
import { DisconnectCompany } from '../connections/disconnect-company';
import { OAuthStateRepository } from '../connections/oauth-state-repository';
import { ReadTenantOverview } from '../connections/read-tenant-overview';
import { StartConnect } from '../connections/start-connect';
import { TenantRepository } from '../connections/tenant-repository';
import { TenantLinkGenerations } from '../connections/tenant-link-generations';
import { LoadTenantPageExtras } from './tenant-page-extras';
import { CheckSettingsNames } from '../invoices/check-settings-names';
import { Logger } from '../logger';
import { CollectTenantStatus } from './collect-tenant-status';
import { TenantLinkSigner } from './tenant-link-signer';
import type { TenantActionDeps } from './tenant-action-deps';

export const CONNECT_HTTP_DEPS: ServiceIdentifier<ConnectHttpDeps> = Symbol.for('ConnectHttpDeps');

/** What the connect routes (admin API, tenant page, OAuth callback) need. */
export interface ConnectHttpDeps {
  tenants: TenantRepository;
  states: OAuthStateRepository;
  startConnect: StartConnect;
  bindConnectBrowser: BindConnectBrowser;
  completeConnect: CompleteConnect;
  disconnect: DisconnectCompany;
  overview: ReadTenantOverview;
  status: CollectTenantStatus;
  signer: TenantLinkSigner;
  /** The tenants' link generations (links are issued in the current one; revoking bumps it). */
  linkGenerations: TenantLinkGenerations;
  /** The dashboard's history, retry, notices and left-out invoices. */
  pageExtras: LoadTenantPageExtras;
  /** The settings naming an item, an income account or a tax code, checked against the company's lists when they are loaded. */
  settingsNames: CheckSettingsNames;
  connect: Config['connect'];
  /** Intuit's (or the emulator's) authorize URL: the page's form-action policy allows it. */
  authorizeUrl: string;
  /** QBO_REDIRECT_URI: its path is where the callback is served. */
  redirectUri: string;
  logger: Logger;
  /** The page's actions (reviews, failures, send now, find); absent: the page only shows them. */
  actions?: TenantActionDeps;
}
