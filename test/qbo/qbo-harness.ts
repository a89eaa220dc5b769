import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startEmulator } from '../../src/emulator';
import type { RequestLogEntry } from '../../src/emulator/request-log';
import { createDataSource } from '../../src/db/data-source';
import { createLogger, Logger } from '../../src/logger';
import type { AccessTokenSource } from '../../src/qbo/qbo-call-policy';
import { QboWriteGate } from '../../src/qbo/qbo-write-gate';
import { readBudget } from '../support/read-budget';
import type { QboReadBudget, ReadBudgetSettings } from '../../src/qbo/qbo-read-budget';
import { NodeQuickbooksClient, NodeQuickbooksClientOptions } from '../../src/qbo/node-quickbooks-client';
import type { OAuthTokenClient } from '../../src/qbo/oauth-token-client';
import { OAuthTokens, QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { RateLimits, RealmRateLimiter } from '../../src/qbo/realm-rate-limiter';
import { TokenCipher } from '../../src/qbo/token-cipher';
import { TokenManager, TokenRefresher } from '../../src/qbo/token-manager';
import { EmulatorAdmin, emulatorBaseUrl, emulatorOAuthClient, storeEmulatorConnection } from '../support/emulator';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';

export const CLIENT_ID = 'qbo-sync-test-client';
export const CLIENT_SECRET = 'qbo-sync-test-secret';

export interface HarnessOptions {
  emulatorConfig?: Record<string, unknown>;
  limits?: Partial<RateLimits>;
  client?: Partial<NodeQuickbooksClientOptions>;
  readBudget?: Partial<ReadBudgetSettings>;
}

/** Counts the refreshes that leave this process for the token endpoint. */
export class CountingRefresher implements TokenRefresher {
  calls = 0;
  lastIssued: OAuthTokens | undefined;
  constructor(private readonly inner: TokenRefresher) {}
  async refresh(refreshToken: string, now?: Date): Promise<OAuthTokens> {
    this.calls += 1;
    const t = await this.inner.refresh(refreshToken, now);
    this.lastIssued = t;
    return t;
  }
}

/** The real emulator, a database of its own, and the adapter wired as the worker wires it. */
export class QboHarness {
  readonly logger: Logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', 'qbo-test');
  readonly cipher = new TokenCipher(randomBytes(32));
  private readonly extraSources: DataSource[] = [];
  private readonly emulatorAdmin: EmulatorAdmin;

  private constructor(
    readonly url: string,
    private readonly closeEmulator: () => Promise<void>,
    readonly db: TestDatabase,
    readonly options: HarnessOptions,
  ) {
    this.emulatorAdmin = new EmulatorAdmin(url);
  }

  static async start(options: HarnessOptions = {}): Promise<QboHarness> {
    const emulator = await startEmulator({ port: 0, config: options.emulatorConfig });
    const db = await createTestDatabase();
    return new QboHarness(emulatorBaseUrl(emulator), () => emulator.close(), db, options);
  }

  get repo(): QboConnectionRepository {
    return new QboConnectionRepository(this.db.dataSource, this.cipher);
  }

  oauth(): OAuthTokenClient {
    return emulatorOAuthClient(this.url, CLIENT_ID, CLIENT_SECRET);
  }

  tokenManager(repo = this.repo, refresher: TokenRefresher = this.oauth()): TokenManager {
    return new TokenManager(repo, refresher, { refreshMarginMs: 300_000, lockTimeoutMs: 10_000 }, this.logger);
  }

  /** A rate limiter of the worker's shape; on its own pool when `dataSource` is given (another "replica"). */
  limiter(limits: Partial<RateLimits> = {}, dataSource: DataSource = this.db.dataSource): RealmRateLimiter {
    return new RealmRateLimiter(dataSource, { perMinute: 500, perSecond: 10, batchesPerMinute: 40, maxConcurrent: 10, ...this.options.limits, ...limits });
  }

  /** A second pool on the test database (another "replica"). */
  async separatePool(): Promise<DataSource> {
    const ds = createDataSource({ url: this.db.url, poolSize: 4, applicationName: 'qbo-sync-test-replica' });
    await ds.initialize();
    this.extraSources.push(ds);
    return ds;
  }

  /** A second repository on its own pool (another "replica"). */
  async separateRepo(): Promise<QboConnectionRepository> {
    const ds = createDataSource({ url: this.db.url, poolSize: 2, applicationName: 'qbo-sync-test-replica' });
    await ds.initialize();
    this.extraSources.push(ds);
    return new QboConnectionRepository(ds, this.cipher);
  }

  client(
    tokens: AccessTokenSource = this.tokenManager(),
    limiter?: RealmRateLimiter,
    overrides: Partial<NodeQuickbooksClientOptions> = {},
    spending: QboReadBudget = readBudget(this.db.dataSource, this.logger, this.options.readBudget),
  ): NodeQuickbooksClient {
    const limits: RateLimits = { perMinute: 500, perSecond: 10, batchesPerMinute: 40, maxConcurrent: 10, ...this.options.limits };
    return new NodeQuickbooksClient(
      tokens,
      limiter ?? new RealmRateLimiter(this.db.dataSource, limits),
      {
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        apiBaseUrl: this.url,
        minorVersion: 75,
        requestTimeoutMs: 5000,
        maxRetries: 6,
        retryBaseDelayMs: 100,
        retryMaxDelayMs: 1000,
        throttlePauseMs: 1500,
        ...this.options.client,
        ...overrides,
      },
      this.logger,
      new QboWriteGate(this.db.dataSource),
      spending,
    );
  }

  /** Creates a company in the emulator and stores its tokens for a new tenant. */
  async connectTenant(companyName = 'Test Company'): Promise<{ tenantId: string; realmId: string; refreshToken: string }> {
    const res = await this.emulatorAdmin.createCompany(companyName, CLIENT_ID);
    const tenantId = uniqueName('tenant');
    await storeEmulatorConnection(this.repo, tenantId, { ...res, companyName }, {
      accessSeconds: res.expiresIn ?? 3600,
      refreshSeconds: res.refreshTokenExpiresIn ?? 8_640_000,
    });
    // an enabled tenant: writes are refused for a tenant whose sync is off (QboWriteGate)
    await this.db.dataSource.query(`INSERT INTO tenants (tenant_id, enabled) VALUES ($1, true)`, [tenantId]);
    return { tenantId, realmId: res.realmId, refreshToken: res.refreshToken };
  }

  async seed(realmId: string, body: Record<string, unknown>): Promise<Record<string, Array<Record<string, unknown>>>> {
    return this.emulatorAdmin.seed(realmId, body);
  }

  async faults(realmId: string, body: Record<string, unknown>): Promise<void> {
    await this.emulatorAdmin.faults(realmId, body);
  }

  async config(patch: Record<string, unknown>): Promise<void> {
    await this.emulatorAdmin.config(patch);
  }

  async requests(realmId: string): Promise<RequestLogEntry[]> {
    return this.emulatorAdmin.requests(realmId);
  }

  async expireAccessTokens(realmId: string): Promise<void> {
    await this.emulatorAdmin.expireAccessTokens(realmId);
  }

  async admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.emulatorAdmin.request<T>(method, path, body);
  }

  async close(): Promise<void> {
    for (const ds of this.extraSources) await ds.destroy().catch(() => undefined);
    await this.closeEmulator();
    await this.db.drop();
  }
}
