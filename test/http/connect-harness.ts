import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Container } from 'inversify';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { Config, loadConfig } from '../../src/config';
import { buildContainer } from '../../src/container';
import { RunningEmulator, startEmulator } from '../../src/emulator';
import { AdminServer } from '../../src/http/admin-server';
import { TenantLinkSigner } from '../../src/http/tenant-link-signer';
import { createLogger } from '../../src/logger';
import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { Worker } from '../../src/worker';
import { emulatorBaseUrl, signInAtEmulator } from '../support/emulator';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { freshWorkerSettings, startInProcessWorker } from '../support/worker-harness';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const LINK_SECRET = 'test-tenant-link-secret-0123456789abcdefghij';
export const VERIFIER = 'test-webhook-verifier-token';
export const CLIENT_ID = 'connect-test-client';
export const CLIENT_SECRET = 'connect-test-secret';

/** A free TCP port on 127.0.0.1 (the OAuth redirect URI must name the worker's port before it starts). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The environment that points a worker at the emulator with the connect part switched on. */
export function connectEnv(emulatorUrl: string, port: number): Record<string, string> {
  return {
    QBO_EMULATOR_URL: emulatorUrl,
    QBO_CLIENT_ID: CLIENT_ID,
    QBO_CLIENT_SECRET: CLIENT_SECRET,
    QBO_REDIRECT_URI: `http://127.0.0.1:${port}/connections/qbo/callback`,
    QBO_TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    QBO_MAX_RETRIES: '1',
    QBO_RETRY_BASE_DELAY_MS: '50',
    QBO_REQUEST_TIMEOUT_MS: '5000',
    ADMIN_API_TOKEN: ADMIN_TOKEN,
    TENANT_LINK_SECRET: LINK_SECRET,
    QBO_WEBHOOK_VERIFIER_TOKEN: VERIFIER,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    HTTP_PORT: String(port),
    HTTP_HOST: '127.0.0.1',
    METRICS_PORT: '0',
    METRICS_HOST: '127.0.0.1',
  };
}

/** The emulator with the connect tests' OAuth client registered. */
export async function startConnectEmulator(): Promise<RunningEmulator> {
  return startEmulator({ port: 0, config: { oauth: { clients: { [CLIENT_ID]: CLIENT_SECRET } } } });
}

export interface ConnectWorker {
  worker: Worker;
  /** The worker's HTTP address. */
  base: string;
  topics: { customersTopic: string; invoicesTopic: string; deadLetterTopic: string };
}

/**
 * The whole worker in this process, on `db` and fresh one-partition topics, with the connect
 * part pointed at the emulator (`connectEnv`) and the invoice scheduler off.
 */
export async function startConnectWorker(kafka: Kafka, db: TestDatabase, emulatorUrl: string): Promise<ConnectWorker> {
  const port = await freePort();
  const settings = await freshWorkerSettings(kafka, db.url, 1);
  const worker = await startInProcessWorker({ ...settings, extraEnv: { ...connectEnv(emulatorUrl, port), INVOICE_SCHEDULER_ENABLED: 'false' } });
  const { customersTopic, invoicesTopic, deadLetterTopic } = settings;
  return { worker, base: `http://127.0.0.1:${worker.httpPort}`, topics: { customersTopic, invoicesTopic, deadLetterTopic } };
}

/**
 * The worker's HTTP side exactly as the container builds it (guards, route modules, the QBO
 * adapter), on a database of its own, against the real emulator; Kafka is configured but never
 * connected (these tests need no consumer).
 */
export class ConnectHarness {
  private constructor(
    readonly emulator: RunningEmulator,
    readonly db: TestDatabase,
    readonly config: Config,
    readonly container: Container,
    private readonly server: AdminServer,
    readonly base: string,
  ) {}

  static async start(extraEnv: Record<string, string> = {}): Promise<ConnectHarness> {
    const emulator = await startConnectEmulator();
    const db = await createTestDatabase();
    const port = await freePort();
    const config = loadConfig({
      DATABASE_URL: db.url,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      INVOICE_SCHEDULER_ENABLED: 'false',
      ...connectEnv(emulatorBaseUrl(emulator), port),
      ...extraEnv,
    });
    const logger = createLogger(config.logLevel);
    const kafka = new Kafka({ clientId: 'connect-test', brokers: config.kafka.brokers, logLevel: logLevel.NOTHING });
    const container = buildContainer({
      config,
      logger,
      dataSource: db.dataSource,
      kafka,
      producer: kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner }),
      admin: kafka.admin(),
    });
    const server = container.get(AdminServer);
    const bound = await server.listen('127.0.0.1', port);
    return new ConnectHarness(emulator, db, config, container, server, `http://127.0.0.1:${bound}`);
  }

  get connections(): QboConnectionRepository {
    return this.container.get(QboConnectionRepository);
  }

  get signer(): TenantLinkSigner {
    return this.container.get(TenantLinkSigner);
  }

  /** Calls the worker's admin API with the operators' token (unless `token` says otherwise). */
  async api(method: string, path: string, body?: unknown, token: string | null = ADMIN_TOKEN): Promise<{ status: number; json: Record<string, unknown> }> {
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
  }

  async createTenant(tenantId: string, settings: Record<string, unknown> = {}): Promise<void> {
    const res = await this.api('PATCH', `/api/tenants/${encodeURIComponent(tenantId)}`, settings);
    if (res.status !== 201 && res.status !== 200) throw new Error(`tenant not created: ${res.status} ${JSON.stringify(res.json)}`);
  }

  /**
   * Plays the user at Intuit: opens the authorize URL, submits the emulator's sign-in form, and
   * returns the callback URL it redirects to (code, state, realmId), without following it.
   */
  async authorizeAtEmulator(authorizeUrl: string, companyName: string): Promise<URL> {
    return signInAtEmulator(emulatorBaseUrl(this.emulator), authorizeUrl, companyName);
  }

  /** Sends the browser's GET of the callback to the worker (at its real address), with the browser's cookie if any. */
  async callback(callbackUrl: URL, cookie?: string): Promise<Response> {
    return fetch(`${this.base}${callbackUrl.pathname}${callbackUrl.search}`, { redirect: 'manual', headers: cookie === undefined ? {} : { cookie } });
  }

  /** Starts a round trip through the API and opens its start link in a "browser". */
  async startConnect(tenantId: string): Promise<StartedInBrowser> {
    const started = await this.api('POST', `/api/tenants/${encodeURIComponent(tenantId)}/connect`);
    if (started.status !== 200) throw new Error(`connect: ${started.status} ${JSON.stringify(started.json)}`);
    return openStartLink(String(started.json.authorizeUrl));
  }

  /** A whole connect round trip through the API, in one browser; returns the realm. */
  async connect(tenantId: string, companyName: string): Promise<{ realmId: string; callbackUrl: URL }> {
    const browser = await this.startConnect(tenantId);
    const callbackUrl = await this.authorizeAtEmulator(browser.authorizeUrl, companyName);
    const res = await this.callback(callbackUrl, browser.cookie);
    if (res.status !== 303) throw new Error(`callback: ${res.status} ${await res.text()}`);
    return { realmId: callbackUrl.searchParams.get('realmId') ?? '', callbackUrl };
  }

  async close(): Promise<void> {
    await this.server.close().catch(() => undefined);
    await this.emulator.close();
    await this.db.drop();
  }
}

/** What a browser holds after opening an operator's start link: Intuit's URL and the round trip's cookie. */
export interface StartedInBrowser {
  authorizeUrl: string;
  /** `name=value`, as the browser sends it back. */
  cookie: string;
}

/** Opens the worker's start link (from `POST /api/tenants/{id}/connect`) the way a browser does, without following Intuit's redirect. */
export async function openStartLink(startLink: string): Promise<StartedInBrowser> {
  const res = await fetch(startLink, { redirect: 'manual' });
  const location = res.headers.get('location');
  const setCookie = res.headers.get('set-cookie');
  if (res.status !== 303 || location === null || setCookie === null) throw new Error(`start link: ${res.status} ${await res.text()}`);
  return { authorizeUrl: location, cookie: setCookie.split(';')[0] ?? '' };
}
