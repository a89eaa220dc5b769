import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import type { CompanyProfileInput } from './company-profile';
import type { EmulatorConfig, EmulatorConfigPatch } from './emulator-config';
import { EmulatorState } from './emulator-state';
import { buildServer } from './server';

export type { EmulatorConfig, EmulatorConfigPatch } from './emulator-config';
export type { CompanyProfileInput } from './company-profile';
export { signWebhookBody } from './webhooks';

export interface StartEmulatorOptions {
  /** 0 (the default here) picks a free port. */
  port?: number;
  host?: string;
  /** Any part of the configuration; the rest keeps its defaults. */
  config?: EmulatorConfigPatch | Partial<EmulatorConfig>;
  /** A pino logger; by default a silent one (tests) unless logLevel is given. */
  logger?: Logger;
  logLevel?: string;
}

export interface CreatedCompany {
  realmId: string;
  companyName: string;
  accessToken: string;
  refreshToken: string;
}

export interface RunningEmulator {
  url: string;
  port: number;
  /** In-memory state, for tests that want to look inside (prefer the HTTP API). */
  state: EmulatorState;
  /** Same as POST /_emulator/realms. */
  /** `profile`: country, homeCurrency, multiCurrency, automatedSalesTax, customTxnNumbers (a US company by default). */
  createCompany(companyName?: string, profile?: CompanyProfileInput): CreatedCompany;
  /** Same as PUT /_emulator/config. */
  updateConfig(patch: EmulatorConfigPatch): EmulatorConfig;
  close(): Promise<void>;
}

/** Starts the QBO emulator in-process. */
export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const logger = opts.logger ?? pino({ name: 'qbo-emulator', level: opts.logLevel ?? 'silent' });
  const state = new EmulatorState(opts.config ?? {}, logger);
  const app = await buildServer(state, logger);
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ port: opts.port ?? 0, host });
  const address = app.server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${address.port}`;
  return {
    url,
    port: address.port,
    state,
    createCompany(companyName?: string, profile?: CompanyProfileInput): CreatedCompany {
      const realm = state.createCompany(companyName, profile);
      const tokens = state.tokens.connect(realm.id, null, state.config);
      return { realmId: realm.id, companyName: realm.companyName, accessToken: tokens.access_token, refreshToken: tokens.refresh_token };
    },
    updateConfig: (patch) => state.updateConfig(patch),
    async close(): Promise<void> {
      state.webhooks.close();
      await app.close();
    },
  };
}
