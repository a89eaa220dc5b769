import { startEmulator, type CreatedCompany, type EmulatorConfigPatch, type RunningEmulator } from '../../src/emulator';
import type { RequestLogEntry } from '../../src/emulator/request-log';

export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON body, or null when the body is not JSON. */
  json: Record<string, unknown> | null;
}

/** A company as POST /_emulator/realms answers it. */
export type Company = CreatedCompany;

/** A thin fetch wrapper for talking to the emulator over real HTTP. */
export class EmulatorClient {
  constructor(readonly url: string) {}

  async request(method: string, path: string, options: { body?: unknown; token?: string; contentType?: string; rawBody?: string } = {}): Promise<HttpResult> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] = options.contentType ?? 'text/plain';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    const response = await fetch(`${this.url}${path}`, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    let json: Record<string, unknown> | null = null;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = null;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  /** `profile`: country, homeCurrency, multiCurrency, automatedSalesTax, customTxnNumbers (see docs/emulator.md). */
  async createCompany(companyName?: string, profile: Record<string, unknown> = {}): Promise<Company> {
    const body = companyName === undefined ? profile : { companyName, ...profile };
    const result = await this.request('POST', '/_emulator/realms', { body });
    if (result.status !== 201) throw new Error(`create company: ${result.status} ${result.text}`);
    return result.json as unknown as Company;
  }

  api(company: Company): CompanyApi {
    return new CompanyApi(this, company);
  }

  async setConfig(patch: EmulatorConfigPatch): Promise<HttpResult> {
    return this.request('PUT', '/_emulator/config', { body: patch });
  }

  async setFaults(realmId: string, faults: Record<string, unknown>): Promise<HttpResult> {
    return this.request('PUT', `/_emulator/realms/${realmId}/faults`, { body: faults });
  }

  async seed(realmId: string, seed: Record<string, unknown>): Promise<HttpResult> {
    return this.request('POST', `/_emulator/realms/${realmId}/seed`, { body: seed });
  }

  async requestLog(realmId: string): Promise<RequestLogEntry[]> {
    const result = await this.request('GET', `/_emulator/realms/${realmId}/requests`);
    return result.json as unknown as RequestLogEntry[];
  }
}

/** Calls under /v3/company/{realmId} with the company's access token. */
export class CompanyApi {
  constructor(
    private readonly client: EmulatorClient,
    readonly company: Company,
  ) {}

  get realmId(): string {
    return this.company.realmId;
  }

  get(path: string): Promise<HttpResult> {
    return this.client.request('GET', `/v3/company/${this.realmId}${path}`, { token: this.company.accessToken });
  }

  post(path: string, body: unknown): Promise<HttpResult> {
    return this.client.request('POST', `/v3/company/${this.realmId}${path}`, { token: this.company.accessToken, body });
  }

  query(text: string): Promise<HttpResult> {
    return this.get(`/query?query=${encodeURIComponent(text)}&minorversion=75`);
  }

  /** Rows of a SELECT (an empty QueryResponse means no rows, as in QBO). */
  async rows(text: string): Promise<Record<string, unknown>[]> {
    const result = await this.query(text);
    if (result.status !== 200) throw new Error(`query failed: ${result.status} ${result.text}`);
    const response = result.json?.['QueryResponse'] as Record<string, unknown>;
    const entity = Object.keys(response).find((k) => Array.isArray(response[k]));
    return entity === undefined ? [] : (response[entity] as Record<string, unknown>[]);
  }

  async createCustomer(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const result = await this.post('/customer', body);
    if (result.status !== 200) throw new Error(`create customer: ${result.status} ${result.text}`);
    return result.json?.['Customer'] as Record<string, unknown>;
  }

  async createInvoice(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const result = await this.post('/invoice', body);
    if (result.status !== 200) throw new Error(`create invoice: ${result.status} ${result.text}`);
    return result.json?.['Invoice'] as Record<string, unknown>;
  }
}

/** The first error of an API fault body: {"Fault":{"Error":[...]}}. */
export function apiFault(result: HttpResult): { code: string; Message: string; Detail: string; element: string; type: string } {
  const fault = result.json?.['Fault'] as { Error: { code: string; Message: string; Detail: string; element: string }[]; type: string } | undefined;
  const first = fault?.Error[0];
  if (!fault || !first) throw new Error(`not an API fault: ${result.status} ${result.text}`);
  return { ...first, type: fault.type };
}

/** The first error of a gateway fault body: {"fault":{"error":[...]}}. */
export function gatewayFault(result: HttpResult): { code: string; message: string; detail: string; type: string } {
  const fault = result.json?.['fault'] as { error: { code: string; message: string; detail: string }[]; type: string } | undefined;
  const first = fault?.error[0];
  if (!fault || !first) throw new Error(`not a gateway fault: ${result.status} ${result.text}`);
  return { ...first, type: fault.type };
}

export function salesLine(amount: number | string, qty?: number | string, unitPrice?: number | string, itemId = '1'): Record<string, unknown> {
  const detail: Record<string, unknown> = { ItemRef: { value: itemId } };
  if (qty !== undefined) detail['Qty'] = qty;
  if (unitPrice !== undefined) detail['UnitPrice'] = unitPrice;
  return { DetailType: 'SalesItemLineDetail', Amount: amount, SalesItemLineDetail: detail };
}

export interface TestEmulator {
  emulator: RunningEmulator;
  client: EmulatorClient;
}

/** Real QBO limits (10/s) would throttle a fast test suite: tests raise them unless they test them. */
export const relaxedLimits = { requestsPerSecond: 100_000, requestsPerMinute: 1_000_000, batchRequestsPerMinute: 100_000, batchRequestsPerMinuteAllApps: 100_000 };

export async function startTestEmulator(config: EmulatorConfigPatch = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, config: { ...config, limits: { ...relaxedLimits, ...config.limits } } });
  return { emulator, client: new EmulatorClient(emulator.url) };
}

export interface CompanyPerTestOptions {
  /** Runs before each test, before its company is created (e.g. to set the emulator's config). */
  prepare?: (client: EmulatorClient) => Promise<unknown>;
  companyName?: string;
}

/**
 * The usual hooks of an emulator test file: one emulator for the describe block (closed after
 * it) and, before each test, `prepare` then a new company, handed to `use` with the emulator.
 */
export function withCompanyPerTest(use: (t: TestEmulator, api: CompanyApi) => void, options: CompanyPerTestOptions = {}): void {
  let started: TestEmulator | undefined;
  beforeAll(async () => {
    started = await startTestEmulator();
  });
  afterAll(async () => {
    await started?.emulator.close();
  });
  beforeEach(async () => {
    if (started === undefined) throw new Error('the emulator did not start');
    const t = started;
    await options.prepare?.(t.client);
    use(t, t.client.api(await t.client.createCompany(options.companyName)));
  });
}
