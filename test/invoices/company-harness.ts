import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { startEmulator, RunningEmulator } from '../../src/emulator';
import type { CompanyProfileInput } from '../../src/emulator/company-profile';
import { RunInvoiceWindow, WindowRunResult } from '../../src/invoices/run-invoice-window';
import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../../src/qbo/token-cipher';
import { Worker } from '../../src/worker';
import { aCustomerEvent, anInvoiceEvent, asMessage } from '../support/builders';
import { storeEmulatorConnection } from '../support/emulator';
import { createTopics, produce, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { startInProcessWorker, WorkerSettings } from '../support/worker-harness';

export const ADMIN_TOKEN = 'companies-test-admin-token-0123456789';
const VERIFIER = 'companies-test-verifier';

type Json = Record<string, unknown>;

/**
 * The real path for issue 12: invoice and customer events on Kafka → the worker (ingest, the
 * company's lists, customer resolution, an invoice window run now) → the emulator with a company of
 * a given profile; webhooks from the emulator back to the worker (payments). Assertions read the
 * emulator's store and Postgres.
 */
export class CompanyHarness {
  private readonly key = randomBytes(32);
  private readonly tokens = new Map<string, string>();
  private worker: Worker | null = null;

  private constructor(
    readonly emulator: RunningEmulator,
    readonly db: TestDatabase,
    readonly kafka: Kafka,
    readonly settings: WorkerSettings,
  ) {}

  static async start(): Promise<CompanyHarness> {
    const emulator = await startEmulator({ port: 0, config: { webhooks: { verifierToken: VERIFIER, initialBackoffMs: 50 } } });
    const db = await createTestDatabase();
    const kafka = testKafka();
    const topics = { customersTopic: uniqueName('cust'), invoicesTopic: uniqueName('inv'), deadLetterTopic: uniqueName('dlq') };
    await createTopics(kafka, [topics.customersTopic, topics.invoicesTopic, topics.deadLetterTopic]);
    return new CompanyHarness(emulator, db, kafka, { databaseUrl: db.url, groupId: uniqueName('grp'), ...topics });
  }

  async startWorker(): Promise<Worker> {
    this.worker = await startInProcessWorker({
      ...this.settings,
      extraEnv: {
        QBO_EMULATOR_URL: this.emulator.url,
        QBO_TOKEN_ENCRYPTION_KEY: this.key.toString('base64'),
        QBO_RETRY_BASE_DELAY_MS: '50',
        QBO_RETRY_MAX_DELAY_MS: '200',
        ADMIN_API_TOKEN: ADMIN_TOKEN,
        QBO_WEBHOOK_VERIFIER_TOKEN: VERIFIER,
        INVOICE_SCHEDULER_ENABLED: 'false',
        INVOICE_RETRY_BASE_DELAY_MS: '50',
        CUSTOMER_RESOLUTION_POLL_MS: '100',
        CUSTOMER_MIRROR_POLL_MS: '100',
        CUSTOMER_RESOLUTION_RETRY_MS: '200',
        // Webhooks of every entity (payments too) wait this long to be read together (6 h by default): at once here.
        CUSTOMER_WEBHOOK_DELAY_MS: '0',
        CUSTOMER_WEBHOOK_OTHER_DELAY_MS: '0',
        QBO_RATE_PER_SECOND: '6',
      },
    });
    this.emulator.updateConfig({ webhooks: { urls: [`http://127.0.0.1:${this.worker.httpPort ?? 0}/webhooks/intuit`] } });
    return this.worker;
  }

  /**
   * A company of `profile`, connected for a new tenant (with `settings`); waits until its lists are
   * read. With `unavailablePaths` (an emulator fault, e.g. ["/preferences"]: its settings cannot be
   * read for now, until `restore`), it waits only until its customers are mirrored.
   */
  async tenant(profile: CompanyProfileInput, settings: Json = {}, opts: { unavailablePaths?: string[] } = {}): Promise<{ tenantId: string; realmId: string }> {
    const company = this.emulator.createCompany(uniqueName('Co'), profile);
    this.tokens.set(company.realmId, company.accessToken);
    if (opts.unavailablePaths !== undefined) this.emulator.state.faults.set(company.realmId, { unavailablePaths: opts.unavailablePaths });
    const tenantId = uniqueName('tenant');
    await this.db.dataSource.query(`INSERT INTO tenants (tenant_id, enabled, invoices_from) VALUES ($1, true, '2000-01-01')`, [tenantId]);
    const columns = Object.keys(settings);
    if (columns.length > 0) {
      await this.db.dataSource.query(`UPDATE tenants SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE tenant_id = $1`, [tenantId, ...Object.values(settings)]);
    }
    await storeEmulatorConnection(new QboConnectionRepository(this.db.dataSource, new TokenCipher(this.key)), tenantId, company, { accessSeconds: 3600, refreshSeconds: 8_640_000 });
    const [table, description] = opts.unavailablePaths === undefined ? ['qbo_company_lists', 'company lists read'] : ['qbo_customer_mirror_state', 'customers mirrored'];
    await waitFor(async () => ((await this.db.dataSource.query(`SELECT 1 FROM ${table} WHERE tenant_id = $1 AND status = 'ready'`, [tenantId])) as unknown[]).length > 0, {
      description,
      timeoutMs: 30_000,
    });
    return { tenantId, realmId: company.realmId };
  }

  /** The company's API answers again as usual (no fault). */
  restore(realmId: string): void {
    this.emulator.state.faults.set(realmId, {});
  }

  async customer(tenantId: string, data: Json, version = 1): Promise<void> {
    await produce(this.kafka, this.settings.customersTopic, [asMessage(aCustomerEvent(data, { tenantId, version }))]);
  }

  async invoice(tenantId: string, data: Json, version = 1): Promise<void> {
    await produce(this.kafka, this.settings.invoicesTopic, [asMessage(anInvoiceEvent(data, { tenantId, version }))]);
  }

  /** Waits until ingest recorded these invoice versions and the customers are linked. */
  async ready(tenantId: string, invoices: Array<[string, number]>, customers: string[]): Promise<void> {
    await waitFor(
      async () => {
        const inv = (await this.db.dataSource.query(`SELECT id, version FROM invoices WHERE tenant_id = $1`, [tenantId])) as Array<{ id: string; version: string }>;
        const links = (await this.db.dataSource.query(`SELECT customer_id FROM customer_links WHERE tenant_id = $1 AND status = 'linked'`, [tenantId])) as Array<{ customer_id: string }>;
        return (
          invoices.every(([id, v]) => inv.some((r) => r.id === id && Number(r.version) >= v)) && customers.every((c) => links.some((l) => l.customer_id === c))
        );
      },
      { description: 'events ingested and customers linked', timeoutMs: 30_000 },
    );
  }

  async runWindow(tenantId: string): Promise<WindowRunResult> {
    if (this.worker?.services === undefined) throw new Error('no worker');
    return this.worker.services.get(RunInvoiceWindow).run({ tenantId, trigger: 'run_now' });
  }

  /** The emulated company's entities of a type (voided included). */
  entities(realmId: string, type: 'Invoice' | 'Item' | 'Customer' | 'TaxCode'): Json[] {
    const realm = this.emulator.state.store.get(realmId);
    if (!realm) throw new Error(`no realm ${realmId}`);
    return realm.list(type).map((e) => e.data as Json);
  }

  invoiceByNote(realmId: string, invoiceId: string): Json | undefined {
    return this.entities(realmId, 'Invoice').find((i) => i['PrivateNote'] === `qbo-sync invoice ${invoiceId}`);
  }

  async syncRow(tenantId: string, invoiceId: string): Promise<Json | undefined> {
    return ((await this.db.dataSource.query(`SELECT * FROM invoice_sync WHERE tenant_id = $1 AND invoice_id = $2`, [tenantId, invoiceId])) as Json[])[0];
  }

  /** A call to the emulated company's API as an outside user of it (a bookkeeper recording a payment). */
  async qbo(realmId: string, method: string, path: string, body?: unknown): Promise<Json> {
    const res = await fetch(`${this.emulator.url}/v3/company/${realmId}${path}${path.includes('?') ? '&' : '?'}minorversion=75`, {
      method,
      headers: { authorization: `Bearer ${this.tokens.get(realmId) ?? ''}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as Json;
  }

  async api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`http://127.0.0.1:${this.worker?.httpPort ?? 0}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  async close(): Promise<void> {
    await this.worker?.stop().catch(() => undefined);
    await this.emulator.close();
    await this.db.drop();
  }
}
