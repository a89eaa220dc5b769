import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiFault, salesLine, startTestEmulator, type CompanyApi, type TestEmulator } from './emulator-client';

interface Received {
  body: string;
  signature: string | undefined;
}

const verifierToken = 'test-verifier-token';

/** A local webhook receiver; `failFirst` answers 500 to that many deliveries first. */
async function startReceiver(): Promise<{ url: string; received: Received[]; failFirst: { n: number }; close(): Promise<void>; server: Server }> {
  const received: Received[] = [];
  const failFirst = { n: 0 };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (failFirst.n > 0) {
        failFirst.n -= 1;
        res.writeHead(500).end();
        return;
      }
      const signature = req.headers['intuit-signature'];
      received.push({ body, signature: Array.isArray(signature) ? signature[0] : signature });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/webhooks`, received, failFirst, server, close: () => new Promise((r) => server.close(() => r())) };
}

interface WebhookEntity {
  name: string;
  id: string;
  operation: string;
  lastUpdated: string;
  deletedId?: string;
}

function entitiesOf(received: Received[], realmId: string): WebhookEntity[] {
  return received.flatMap((r) => {
    const payload = JSON.parse(r.body) as { eventNotifications: { realmId: string; dataChangeEvent: { entities: WebhookEntity[] } }[] };
    return payload.eventNotifications.filter((n) => n.realmId === realmId).flatMap((n) => n.dataChangeEvent.entities);
  });
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('QBO emulator: merges, CDC and webhooks', () => {
  let t: TestEmulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let api: CompanyApi;

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestEmulator({ webhooks: { urls: [receiver.url], verifierToken, initialBackoffMs: 50 } });
  });
  afterAll(async () => {
    await t.emulator.close();
    await receiver.close();
  });
  beforeEach(async () => {
    api = t.client.api(await t.client.createCompany());
  });

  it('a merge moves invoices, retires the loser, signs a Merge webhook and shows in CDC', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const keeper = await api.createCustomer({ DisplayName: 'Keeper Corp' });
    const loser = await api.createCustomer({ DisplayName: 'Keeper Corp Duplicate' });
    const inv1 = await api.createInvoice({ CustomerRef: { value: loser['Id'] }, Line: [salesLine(30)] });
    const inv2 = await api.createInvoice({ CustomerRef: { value: loser['Id'] }, Line: [salesLine(12.5)] });
    await api.createInvoice({ CustomerRef: { value: keeper['Id'] }, Line: [salesLine(7.5)] });

    const merged = await t.client.request('POST', `/_emulator/realms/${api.realmId}/merge`, { body: { loserId: loser['Id'], keeperId: keeper['Id'] } });
    expect(merged.status).toBe(200);
    expect(merged.json?.['movedInvoiceIds']).toEqual([inv1['Id'], inv2['Id']]);

    // Invoices moved, their SyncTokens bumped.
    for (const inv of [inv1, inv2]) {
      const read = (await api.get(`/invoice/${String(inv['Id'])}`)).json?.['Invoice'] as Record<string, unknown>;
      expect(read['CustomerRef']).toEqual({ value: keeper['Id'], name: 'Keeper Corp' });
      expect(read['SyncToken']).toBe('1');
    }
    // Loser inactive under a non-colliding name; keeper holds the balance.
    const loserRead = (await api.get(`/customer/${String(loser['Id'])}`)).json?.['Customer'] as Record<string, unknown>;
    expect(loserRead).toMatchObject({ Active: false, DisplayName: 'Keeper Corp (deleted)', Balance: 0 });
    const keeperRead = (await api.get(`/customer/${String(keeper['Id'])}`)).json?.['Customer'] as Record<string, unknown>;
    expect(keeperRead).toMatchObject({ Active: true, Balance: 50, SyncToken: '1' });
    expect(await api.rows(`SELECT * FROM Invoice WHERE CustomerRef = '${String(loser['Id'])}'`)).toEqual([]);
    // The loser's old name is free again; the merged-away record can never be changed.
    expect((await api.post('/customer', { DisplayName: 'Keeper Corp Duplicate' })).status).toBe(200);
    const reactivate = await api.post('/customer', { Id: loser['Id'], SyncToken: loserRead['SyncToken'], sparse: true, Active: true });
    expect(apiFault(reactivate).code).toBe('6000');

    // Webhook: Merge with id = keeper, deletedId = loser, valid signature.
    const mergeEvent = await waitFor(() => entitiesOf(receiver.received, api.realmId).find((e) => e.operation === 'Merge'));
    expect(mergeEvent).toMatchObject({ name: 'Customer', id: keeper['Id'], deletedId: loser['Id'] });
    const delivery = receiver.received.find((r) => r.body.includes('"Merge"') && r.body.includes(api.realmId));
    expect(delivery?.signature).toBe(createHmac('sha256', verifierToken).update(delivery?.body ?? '').digest('base64'));

    // CDC: the loser as an updated inactive Customer, the keeper updated, the moved invoices.
    const cdc = await api.get(`/cdc?entities=Customer,Invoice&changedSince=${encodeURIComponent(since)}&minorversion=75`);
    expect(cdc.status).toBe(200);
    const responses = ((cdc.json?.['CDCResponse'] as Record<string, unknown>[])[0]?.['QueryResponse'] ?? []) as Record<string, unknown>[];
    const customers = (responses.find((r) => 'Customer' in r)?.['Customer'] ?? []) as Record<string, unknown>[];
    const invoices = (responses.find((r) => 'Invoice' in r)?.['Invoice'] ?? []) as Record<string, unknown>[];
    expect(customers.find((c) => c['Id'] === loser['Id'])).toMatchObject({ Active: false });
    expect(customers.find((c) => c['Id'] === keeper['Id'])).toMatchObject({ Active: true, SyncToken: '1' });
    expect(invoices.filter((i) => (i['CustomerRef'] as Record<string, unknown>)['value'] === keeper['Id'])).toHaveLength(3);
  });

  it('a merge of an inactive or missing customer is refused', async () => {
    const a = await api.createCustomer({ DisplayName: 'Merge A' });
    const missing = await t.client.request('POST', `/_emulator/realms/${api.realmId}/merge`, { body: { loserId: '999', keeperId: a['Id'] } });
    expect(missing.status).toBe(400);
    const self = await t.client.request('POST', `/_emulator/realms/${api.realmId}/merge`, { body: { loserId: a['Id'], keeperId: a['Id'] } });
    expect(self.status).toBe(400);
  });

  it('two merges into the same keeper give distinct retired names', async () => {
    const keeper = await api.createCustomer({ DisplayName: 'Hub' });
    const l1 = await api.createCustomer({ DisplayName: 'Hub 1' });
    const l2 = await api.createCustomer({ DisplayName: 'Hub 2' });
    await t.client.request('POST', `/_emulator/realms/${api.realmId}/merge`, { body: { loserId: l1['Id'], keeperId: keeper['Id'] } });
    await t.client.request('POST', `/_emulator/realms/${api.realmId}/merge`, { body: { loserId: l2['Id'], keeperId: keeper['Id'] } });
    const names = (await api.rows('SELECT * FROM Customer WHERE Active = false ORDERBY Id')).map((c) => c['DisplayName']);
    expect(names).toEqual(['Hub (deleted)', 'Hub (deleted-2)']);
  });

  it('sends Create/Update webhooks for customers and invoices, and can be switched off', async () => {
    const customer = await api.createCustomer({ DisplayName: 'Hooked' });
    await api.post('/customer', { Id: customer['Id'], SyncToken: '0', sparse: true, Notes: 'changed' });
    const invoice = await api.createInvoice({ CustomerRef: { value: customer['Id'] }, Line: [salesLine(1)] });
    await api.post('/invoice?operation=void', { Id: invoice['Id'], SyncToken: '0' });
    const events = await waitFor(() => {
      const found = entitiesOf(receiver.received, api.realmId);
      return found.length >= 4 ? found : undefined;
    });
    expect(events.map((e) => `${e.name}:${e.operation}`).sort()).toEqual(['Customer:Create', 'Customer:Update', 'Invoice:Create', 'Invoice:Void']);

    await t.client.setConfig({ webhooks: { createUpdateEvents: false } });
    try {
      await api.createCustomer({ DisplayName: 'Silent' });
      await new Promise((r) => setTimeout(r, 200));
      expect(entitiesOf(receiver.received, api.realmId)).toHaveLength(4);
    } finally {
      await t.client.setConfig({ webhooks: { createUpdateEvents: true } });
    }
  });

  it('retries a failed delivery with backoff', async () => {
    receiver.failFirst.n = 2;
    const customer = await api.createCustomer({ DisplayName: 'Retried Hook' });
    const event = await waitFor(() => entitiesOf(receiver.received, api.realmId).find((e) => e.id === customer['Id']));
    expect(event.operation).toBe('Create');
    const deliveries = (await t.client.request('GET', '/_emulator/webhooks')).json as unknown as { body: string; attempts: number; delivered: boolean }[];
    const mine = deliveries.find((d) => d.body.includes(api.realmId));
    expect(mine).toMatchObject({ attempts: 3, delivered: true });
  });

  describe('CDC', () => {
    it('returns changes since a time, inactive and deleted ones included', async () => {
      const c1 = await api.createCustomer({ DisplayName: 'Before' });
      await new Promise((r) => setTimeout(r, 20));
      const since = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 20));
      const c2 = await api.createCustomer({ DisplayName: 'After' });
      await api.post('/customer', { Id: c2['Id'], SyncToken: '0', sparse: true, Active: false });
      const inv = await api.createInvoice({ CustomerRef: { value: c1['Id'] }, Line: [salesLine(5)] });
      await api.post('/invoice?operation=delete', { Id: inv['Id'], SyncToken: '0' });
      const cdc = await api.get(`/cdc?entities=Customer,Invoice&changedSince=${encodeURIComponent(since)}`);
      const responses = ((cdc.json?.['CDCResponse'] as Record<string, unknown>[])[0]?.['QueryResponse'] ?? []) as Record<string, unknown>[];
      const customers = (responses.find((r) => 'Customer' in r)?.['Customer'] ?? []) as Record<string, unknown>[];
      const invoices = (responses.find((r) => 'Invoice' in r)?.['Invoice'] ?? []) as Record<string, unknown>[];
      expect(customers.map((c) => c['DisplayName'])).toEqual(['After']);
      expect(customers[0]?.['Active']).toBe(false);
      expect(invoices).toEqual([expect.objectContaining({ Id: inv['Id'], status: 'Deleted' })]);
    });

    it('refuses changedSince more than 30 days back', async () => {
      const old = new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString();
      const result = await api.get(`/cdc?entities=Customer&changedSince=${encodeURIComponent(old)}`);
      expect(result.status).toBe(400);
      expect(apiFault(result).element).toBe('changedSince');
      const recent = new Date(Date.now() - 29 * 24 * 3600 * 1000).toISOString();
      expect((await api.get(`/cdc?entities=Customer&changedSince=${encodeURIComponent(recent)}`)).status).toBe(200);
    });

    it('answers at most the configured number of objects, oldest first', async () => {
      await t.client.setConfig({ cdc: { maxObjects: 3 } });
      try {
        const since = new Date(Date.now() - 1000).toISOString();
        for (let i = 0; i < 5; i += 1) await api.createCustomer({ DisplayName: `Cdc ${i}` });
        const cdc = await api.get(`/cdc?entities=Customer&changedSince=${encodeURIComponent(since)}`);
        const responses = ((cdc.json?.['CDCResponse'] as Record<string, unknown>[])[0]?.['QueryResponse'] ?? []) as Record<string, unknown>[];
        const customers = (responses[0]?.['Customer'] ?? []) as Record<string, unknown>[];
        expect(customers.map((c) => c['DisplayName'])).toEqual(['Cdc 0', 'Cdc 1', 'Cdc 2']);
      } finally {
        await t.client.setConfig({ cdc: { maxObjects: 1000 } });
      }
    });

    it('unknown entities and missing parameters are faults', async () => {
      expect((await api.get(`/cdc?entities=Widget&changedSince=${encodeURIComponent(new Date().toISOString())}`)).status).toBe(400);
      expect((await api.get('/cdc?entities=Customer')).status).toBe(400);
    });
  });
});
