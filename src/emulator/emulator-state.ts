import type { Logger } from 'pino';
import { applyConfigPatch, defaultEmulatorConfig, emulatorConfigPatchSchema, type EmulatorConfig } from './emulator-config';
import { FaultInjector } from './faults';
import { IdempotencyCache } from './idempotency';
import { resolveProfile, type CompanyProfileInput } from './company-profile';
import { seedCompanyLists } from './company-seed';
import { RateLimiter } from './limits';
import type { OperationContext } from './operation-context';
import { RequestLog } from './request-log';
import { Store, type Realm } from './store';
import { TokenStore } from './token-store';
import { UsageMeter } from './usage-meter';
import { BatchAcrossApps } from './batch-across-apps';
import { WebhookDispatcher } from './webhooks';

/** Everything the emulator holds in memory, shared by the route modules. */
export class EmulatorState {
  config: EmulatorConfig;
  readonly store = new Store();
  readonly tokens = new TokenStore();
  readonly limiter = new RateLimiter();
  readonly usage = new UsageMeter();
  readonly batchAcrossApps = new BatchAcrossApps();
  readonly faults = new FaultInjector();
  readonly idempotency = new IdempotencyCache();
  readonly requestLog = new RequestLog();
  readonly webhooks: WebhookDispatcher;

  constructor(
    initialConfig: unknown,
    readonly logger: Logger,
  ) {
    this.config = applyConfigPatch(defaultEmulatorConfig, emulatorConfigPatchSchema.parse(initialConfig ?? {}));
    this.webhooks = new WebhookDispatcher(() => this.config, logger);
  }

  updateConfig(patch: unknown): EmulatorConfig {
    this.config = applyConfigPatch(this.config, emulatorConfigPatchSchema.parse(patch ?? {}));
    return this.config;
  }

  /** A new company set up as `profile` says (a US one by default), with its seeded lists (see company-seed.ts). */
  createCompany(companyName?: string, profile?: CompanyProfileInput): Realm {
    const realm = this.store.createRealm(companyName, resolveProfile(profile));
    seedCompanyLists({ ...this.context(realm), emit: () => undefined });
    return realm;
  }

  context(realm: Realm): OperationContext {
    return { config: this.config, realm, emit: (event) => this.webhooks.notify(event) };
  }

  reset(): void {
    this.store.clear();
    this.tokens.clear();
    this.limiter.clear();
    this.usage.clear();
    this.batchAcrossApps.clear();
    this.faults.clear();
    this.idempotency.clear();
    this.requestLog.clear();
    this.webhooks.clear();
  }
}
