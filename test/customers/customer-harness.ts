import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { startEmulator, RunningEmulator } from '../../src/emulator';
import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../../src/qbo/token-cipher';
import { Worker } from '../../src/worker';
import { aCustomerEvent, asMessage } from '../support/builders';
import { createTopics, produce, testKafka } from '../support/kafka';
import { EmulatorAdmin, storeEmulatorConnection } from '../support/emulator';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { startInProcessWorker, spawnWorkerProcess, WorkerProcess, WorkerSettings } from '../support/worker-harness';

export const ADMIN_TOKEN = 'customers-test-admin-token-0123456789';
export const VERIFIER = 'customers-test-verifier';

export interface QboCustomerView {
  Id: string;
  DisplayName: string;
  Active?: boolean;
  PrimaryEmailAddr?: { Address: string };
}

/** A candidate as stored with a decision: its probability, each field's level and weight, the evidence in words. */
export interface DecisionCandidate {
  qboCustomerId: string;
  score: number;
  evidence: string[];
  fields: Array<{ field: string; level: string; weight: number }>;
}

export interface LinkRow {
  status: string;
  qbo_customer_id: string | null;
  method: string | null;
  status_reason: string | null;
  resolved_version: string | null;
}

/** The real path: Kafka → worker (ingest, mirror, resolution) → emulator, with Postgres for assertions. */
export class CustomerHarness {
  private workers: Worker[] = [];
  private processes: WorkerProcess[] = [];
  private readonly key = randomBytes(32);
  private tokens = new Map<string, string>();
  private readonly emulatorAdmin: EmulatorAdmin;

  private constructor(
    readonly emulator: RunningEmulator,
    readonly db: TestDatabase,
    readonly kafka: Kafka,
    readonly settings: WorkerSettings,
  ) {
    this.emulatorAdmin = new EmulatorAdmin(emulator.url);
  }

  static async start(): Promise<CustomerHarness> {
    const emulator = await startEmulator({ port: 0, config: { webhooks: { verifierToken: VERIFIER, initialBackoffMs: 50 } } });
    const db = await createTestDatabase();
    const kafka = testKafka();
    const topics = { customersTopic: uniqueName('cust'), invoicesTopic: uniqueName('inv'), deadLetterTopic: uniqueName('dlq') };
    await createTopics(kafka, [topics.customersTopic, topics.invoicesTopic, topics.deadLetterTopic]);
    const h = new CustomerHarness(emulator, db, kafka, { databaseUrl: db.url, groupId: uniqueName('grp'), ...topics });
    return h;
  }

  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      QBO_EMULATOR_URL: this.emulator.url,
      QBO_TOKEN_ENCRYPTION_KEY: this.key.toString('base64'),
      QBO_RETRY_BASE_DELAY_MS: '50',
      QBO_RETRY_MAX_DELAY_MS: '200',
      ADMIN_API_TOKEN: ADMIN_TOKEN,
      QBO_WEBHOOK_VERIFIER_TOKEN: VERIFIER,
      INVOICE_SCHEDULER_ENABLED: 'false',
      CUSTOMER_RESOLUTION_POLL_MS: '100',
      CUSTOMER_MIRROR_POLL_MS: '100',
      CUSTOMER_CDC_INTERVAL_MS: '300',
      // Webhooks are on here: the CDC backstop as often as the polls above, and notifications read at once.
      CUSTOMER_CDC_BACKSTOP_MS: '300',
      CUSTOMER_WEBHOOK_DELAY_MS: '0',
      CUSTOMER_WEBHOOK_OTHER_DELAY_MS: '0',
      CUSTOMER_RESOLUTION_RETRY_MS: '200',
      // Below the emulator's 10/s: a create, a 6240 and its holder lookups, and CDC polls every
      // 300 ms can land in one second, and a 429 pauses the company for 60 s.
      QBO_RATE_PER_SECOND: '6',
      ...extra,
    };
  }

  async startWorker(extra: Record<string, string> = {}): Promise<Worker> {
    const w = await startInProcessWorker({ ...this.settings, extraEnv: this.env(extra) });
    this.workers.push(w);
    return w;
  }

  spawnWorker(extra: Record<string, string> = {}): WorkerProcess {
    const p = spawnWorkerProcess({ ...this.settings, extraEnv: this.env(extra) });
    this.processes.push(p);
    return p;
  }

  /** A QBO company seeded with `seed`, connected for a new tenant; waits until the mirror and the company's lists are loaded. */
  async tenant(
    seed: Record<string, unknown> = {},
    policy: 'create' | 'review' = 'create',
    opts: { enabled?: boolean } = {},
  ): Promise<{ tenantId: string; realmId: string; seeded: Record<string, Array<{ Id: string }>> }> {
    const company = this.emulator.createCompany('Customers Co');
    this.tokens.set(company.realmId, company.accessToken);
    const seeded = Object.keys(seed).length === 0 ? {} : await this.emulatorAdmin.seed<Record<string, Array<{ Id: string }>>>(company.realmId, seed);
    const tenantId = uniqueName('tenant');
    await this.db.dataSource.query(`INSERT INTO tenants (tenant_id, ambiguous_policy, enabled) VALUES ($1, $2, $3)`, [tenantId, policy, opts.enabled ?? true]);
    await storeEmulatorConnection(new QboConnectionRepository(this.db.dataSource, new TokenCipher(this.key)), tenantId, company, {
      accessSeconds: 3600,
      refreshSeconds: 8_640_000,
    });
    await this.connectReads(tenantId);
    return { tenantId, realmId: company.realmId, seeded };
  }

  /** Another tenant connected (with a connection of its own) to the company of an existing tenant; waits until its mirror and lists are loaded. */
  async tenantOnRealm(realmId: string): Promise<string> {
    const tokens = this.emulator.state.tokens.connect(realmId, null, this.emulator.state.config);
    const tenantId = uniqueName('tenant');
    await this.db.dataSource.query(`INSERT INTO tenants (tenant_id, enabled) VALUES ($1, true)`, [tenantId]);
    const company = { realmId, companyName: 'Customers Co', accessToken: tokens.access_token, refreshToken: tokens.refresh_token };
    await storeEmulatorConnection(new QboConnectionRepository(this.db.dataSource, new TokenCipher(this.key)), tenantId, company, {
      accessSeconds: 3600,
      refreshSeconds: 8_640_000,
    });
    await this.connectReads(tenantId);
    return tenantId;
  }

  /**
   * The connect's reads done: the customer mirror and the company's lists (its settings: until they
   * are read a customer to create waits for them, 'awaiting-company-settings').
   */
  private async connectReads(tenantId: string): Promise<void> {
    await waitFor(
      async () => {
        const rows = (await this.db.dataSource.query(
          `SELECT 1 FROM qbo_customer_mirror_state m JOIN qbo_company_lists l ON l.tenant_id = m.tenant_id AND l.realm_id = m.realm_id AND l.status = 'ready'
            WHERE m.tenant_id = $1 AND m.status = 'ready'`,
          [tenantId],
        )) as unknown[];
        return rows.length > 0;
      },
      { description: 'mirror and company lists loaded', timeoutMs: 30_000 },
    );
  }

  async send(tenantId: string, data: Record<string, unknown>, version = 1): Promise<void> {
    const event = aCustomerEvent({ email: undefined, givenName: undefined, familyName: undefined, ...data }, { tenantId, version });
    await produce(this.kafka, this.settings.customersTopic, [asMessage(event)]);
  }

  async link(tenantId: string, customerId: string): Promise<LinkRow | undefined> {
    const rows: LinkRow[] = await this.db.dataSource.query(
      `SELECT status, qbo_customer_id, method, status_reason, resolved_version FROM customer_links WHERE tenant_id = $1 AND customer_id = $2`,
      [tenantId, customerId],
    );
    return rows[0];
  }

  /** Waits until the customer's version `version` is resolved; returns its link. */
  async resolved(tenantId: string, customerId: string, version = 1): Promise<LinkRow> {
    return waitFor(
      async () => {
        const l = await this.link(tenantId, customerId);
        return l !== undefined && Number(l.resolved_version) >= version ? l : undefined;
      },
      { description: `${customerId} resolved`, timeoutMs: 30_000 },
    );
  }

  async qboCustomers(realmId: string): Promise<QboCustomerView[]> {
    const q = encodeURIComponent('SELECT * FROM Customer WHERE Active IN (true, false) MAXRESULTS 1000');
    const res = await fetch(`${this.emulator.url}/v3/company/${realmId}/query?query=${q}&minorversion=75`, {
      headers: { authorization: `Bearer ${this.tokens.get(realmId) ?? ''}`, accept: 'application/json' },
    });
    const body = (await res.json()) as { QueryResponse?: { Customer?: QboCustomerView[] } };
    return body.QueryResponse?.Customer ?? [];
  }

  async decisions(tenantId: string, customerId: string): Promise<Array<{ outcome: string; method: string; reason: string; repairs: unknown[]; candidates: DecisionCandidate[] }>> {
    return this.db.dataSource.query(`SELECT outcome, method, reason, repairs, candidates FROM customer_decisions WHERE tenant_id = $1 AND customer_id = $2 ORDER BY id`, [tenantId, customerId]);
  }

  /** Open duplicate flags of a tenant: (created QBO customer, the one it may duplicate, the upstream customer). */
  async flags(tenantId: string): Promise<Array<{ qbo_customer_id: string; other_qbo_customer_id: string; customer_id: string }>> {
    return this.db.dataSource.query(
      `SELECT qbo_customer_id, other_qbo_customer_id, customer_id FROM customer_duplicate_flags WHERE tenant_id = $1 AND resolved_at IS NULL ORDER BY created_at`,
      [tenantId],
    );
  }

  async api<T>(worker: Worker, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`http://127.0.0.1:${worker.httpPort ?? 0}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  async admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.emulatorAdmin.request<T>(method, path, body);
  }

  async close(): Promise<void> {
    for (const w of this.workers) await w.stop().catch(() => undefined);
    for (const p of this.processes) {
      p.child.kill('SIGTERM');
      await p.exited;
    }
    await this.emulator.close();
    await this.db.drop();
  }
}
