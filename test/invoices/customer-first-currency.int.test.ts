import { anEnvelope, asMessage } from '../support/builders';
import { produce } from '../support/kafka';
import { waitFor } from '../support/wait-for';
import { CompanyHarness } from './company-harness';

/**
 * Issue 12, currency, when the customer comes before its first invoice (Kafka → worker →
 * emulator): in a multi-currency company its QuickBooks customer is created only when its first
 * invoice tells the currency (one customer, in that currency, the invoice accepted on it); a link
 * to an existing QuickBooks customer is not delayed; a deleted customer waits for nothing; a
 * single-currency company creates the customer at once, as before. Just after a connect, while the
 * company's settings (Preferences: several currencies or one) cannot be read yet, a customer to
 * create waits for them ('awaiting-company-settings') instead of being created in the home
 * currency; a customer QuickBooks already has is still linked at once.
 */
type Json = Record<string, unknown>;

let h: CompanyHarness;
beforeAll(async () => {
  h = await CompanyHarness.start();
  await h.startWorker();
}, 60_000);
afterAll(async () => {
  await h.close();
});

const link = async (tenantId: string, customerId: string) =>
  ((await h.db.dataSource.query(`SELECT status, method, status_reason, qbo_customer_id, resolved_version, wanted_version FROM customer_links WHERE tenant_id = $1 AND customer_id = $2`, [
    tenantId,
    customerId,
  ])) as Json[])[0];
const customersNamed = (realmId: string, name: string) => h.entities(realmId, 'Customer').filter((c) => String(c['DisplayName']).startsWith(name));

/** Waits until the customer's event was resolved (at its version) into a wait: for its first invoice, or for the company's settings. */
async function awaiting(tenantId: string, customerId: string, method = 'awaiting-invoice'): Promise<Json | undefined> {
  await waitFor(async () => (await link(tenantId, customerId))?.['method'] === method, { description: `customer ${method}`, timeoutMs: 30_000 });
  return link(tenantId, customerId);
}
const awaitingInvoice = (tenantId: string, customerId: string) => awaiting(tenantId, customerId);
const listsStatus = async (tenantId: string) =>
  ((await h.db.dataSource.query(`SELECT status FROM qbo_company_lists WHERE tenant_id = $1`, [tenantId])) as Array<{ status: string }>)[0]?.status ?? null;

/** A customer the bookkeeper already has in QuickBooks, mirrored; its upstream event is linked to it at once. */
async function linkedToExisting(tenantId: string, realmId: string, customerId: string, name: string, email: string): Promise<void> {
  const existing = await h.qbo(realmId, 'POST', '/customer', { DisplayName: name, PrimaryEmailAddr: { Address: email } });
  const existingId = String((existing['Customer'] as Json)['Id']);
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, existingId])) as unknown[]).length > 0, {
    description: 'existing customer mirrored',
    timeoutMs: 30_000,
  });
  await h.customer(tenantId, { id: customerId, displayName: name, email, givenName: undefined, familyName: undefined });
  await h.ready(tenantId, [], [customerId]);
  expect(await link(tenantId, customerId)).toMatchObject({ status: 'linked', qbo_customer_id: existingId });
}

it('multi-currency, customer first, then a USD invoice: one QuickBooks customer, created in USD, and the invoice accepted on it', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'CA', multiCurrency: true });
  await h.customer(tenantId, { id: 'cus_usd', displayName: 'Hudson Traders', email: 'ap@hudson.example' });
  expect(await awaitingInvoice(tenantId, 'cus_usd')).toMatchObject({
    status: 'pending',
    qbo_customer_id: null,
    status_reason: expect.stringContaining('waiting for its first invoice to know its currency'),
    resolved_version: '1',
    wanted_version: '1',
  });
  expect(customersNamed(realmId, 'Hudson Traders')).toEqual([]);
  // The reason is visible in the customer's explanation (API), as its latest decision.
  const explained = await h.api<{ link: Json; decisions: Json[] }>('GET', `/api/tenants/${tenantId}/customers/cus_usd/explain`);
  expect(explained.status).toBe(200);
  expect(explained.body.link).toMatchObject({ status: 'pending', statusReason: expect.stringContaining('waiting for its first invoice') });
  const status = await h.api<{ customers: Json }>('GET', `/api/tenants/${tenantId}/status`);
  expect(status.body.customers).toMatchObject({ awaitingFirstInvoice: { total: 1, reason: expect.stringContaining('waiting for its first invoice to know its currency') } });

  await h.invoice(tenantId, { id: 'usd1', customerId: 'cus_usd', number: 'H-1', currency: 'USD', exchangeRate: '1.3650' });
  await h.ready(tenantId, [['usd1', 1]], ['cus_usd']);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 1, failed: 0 } });

  const customers = customersNamed(realmId, 'Hudson Traders');
  expect(customers).toHaveLength(1);
  expect(customers[0]).toMatchObject({ DisplayName: 'Hudson Traders', CurrencyRef: { value: 'USD' } });
  const inv = h.invoiceByNote(realmId, 'usd1');
  expect(inv).toMatchObject({ CustomerRef: { value: customers[0]?.['Id'] }, CurrencyRef: { value: 'USD' }, ExchangeRate: 1.365 });
  expect(await link(tenantId, 'cus_usd')).toMatchObject({ status: 'linked', method: 'create', qbo_customer_id: customers[0]?.['Id'] });
  expect((await h.api<{ customers: Json }>('GET', `/api/tenants/${tenantId}/status`)).body.customers).toMatchObject({ awaitingFirstInvoice: { total: 0 } });
});

it('multi-currency, customer first, then a home-currency invoice: created in CAD; a customer QuickBooks already has is linked at once', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'CA', multiCurrency: true });
  // A customer the bookkeeper already has in QuickBooks: linked at its event, nothing waits.
  await linkedToExisting(tenantId, realmId, 'cus_spruce', 'Spruce Works', 'office@spruce.example');

  await h.customer(tenantId, { id: 'cus_cad', displayName: 'Cedar Homes', email: 'cedar@homes.example' });
  await awaitingInvoice(tenantId, 'cus_cad');
  await h.invoice(tenantId, { id: 'cad1', customerId: 'cus_cad', number: 'C-1', currency: 'CAD' });
  await h.ready(tenantId, [['cad1', 1]], ['cus_cad']);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 1, failed: 0 } });
  const customers = customersNamed(realmId, 'Cedar Homes');
  expect(customers).toHaveLength(1);
  expect(customers[0]).toMatchObject({ CurrencyRef: { value: 'CAD' } });
  expect(h.invoiceByNote(realmId, 'cad1')).toMatchObject({ CustomerRef: { value: customers[0]?.['Id'] }, CurrencyRef: { value: 'CAD' } });
});

it('multi-currency: a customer deleted while waiting waits for nothing; its invoice creates no customer', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'CA', multiCurrency: true });
  await h.customer(tenantId, { id: 'cus_gone', displayName: 'Gone Ltd', email: 'gone@ltd.example' });
  await awaitingInvoice(tenantId, 'cus_gone');
  await produce(h.kafka, h.settings.customersTopic, [asMessage(anEnvelope('customer.deleted', { id: 'cus_gone' }, { tenantId, version: 2 }))]);
  await waitFor(async () => (await link(tenantId, 'cus_gone'))?.['resolved_version'] === '2', { description: 'deletion resolved', timeoutMs: 30_000 });
  expect(await link(tenantId, 'cus_gone')).toMatchObject({ status: 'pending', method: null, status_reason: expect.stringContaining('deleted upstream') });

  await h.invoice(tenantId, { id: 'gone1', customerId: 'cus_gone', number: 'G-1', currency: 'USD' });
  await h.ready(tenantId, [['gone1', 1]], []);
  await h.runWindow(tenantId);
  expect(customersNamed(realmId, 'Gone Ltd')).toEqual([]);
  expect(await link(tenantId, 'cus_gone')).toMatchObject({ status: 'pending', method: null, qbo_customer_id: null });
});

it('one currency: the customer is created at its event, as before', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'CA' });
  await h.customer(tenantId, { id: 'cus_one', displayName: 'Single Co', email: 'single@co.example' });
  await h.ready(tenantId, [], ['cus_one']);
  expect(customersNamed(realmId, 'Single Co')).toHaveLength(1);
  expect(await link(tenantId, 'cus_one')).toMatchObject({ status: 'linked', method: 'create' });
});

it("settings not read yet after the connect: the customer waits for them (not created in the home currency), then is created in its first invoice's currency", async () => {
  // A CAD multi-currency company whose Preferences cannot be read for now (the connect's read of them fails, and is retried).
  const { tenantId, realmId } = await h.tenant({ country: 'CA', multiCurrency: true }, {}, { unavailablePaths: ['/preferences'] });
  await h.customer(tenantId, { id: 'cus_early', displayName: 'Early Freight', email: 'ap@early.example' });
  expect(await awaiting(tenantId, 'cus_early', 'awaiting-company-settings')).toMatchObject({
    status: 'pending',
    qbo_customer_id: null,
    status_reason: expect.stringContaining("waiting for the company's settings to be read"),
    resolved_version: '1',
    wanted_version: '1',
  });
  expect(customersNamed(realmId, 'Early Freight')).toEqual([]);
  // The reason is visible in the explanation and the status, with how the read of the settings failed.
  const explained = await h.api<{ link: Json; decisions: Json[] }>('GET', `/api/tenants/${tenantId}/customers/cus_early/explain`);
  expect(explained.body.link).toMatchObject({ status: 'pending', statusReason: expect.stringContaining("waiting for the company's settings") });
  expect(explained.body.decisions.at(-1)).toMatchObject({ outcome: 'awaiting-company-settings' });
  let customers: Json = {};
  await waitFor(
    async () => {
      customers = (await h.api<{ customers: Json }>('GET', `/api/tenants/${tenantId}/status`)).body.customers;
      const load = (customers['awaitingCompanySettings'] as { load?: { failures?: number } } | undefined)?.load;
      return (load?.failures ?? 0) >= 1;
    },
    { description: 'the failed read of the settings in the status', timeoutMs: 30_000 },
  );
  expect(customers).toMatchObject({
    awaitingFirstInvoice: { total: 0 },
    awaitingCompanySettings: { total: 1, reason: expect.stringMatching(/waiting for the company's settings.*last: /), load: { lastError: expect.any(String) } },
  });

  // An operator's create meanwhile is refused with the reason, not made in a guessed currency.
  const byHand = await h.api<Json>('POST', `/api/tenants/${tenantId}/customers/cus_early/create`);
  expect(byHand).toMatchObject({ status: 409, body: { error: 'refused', message: expect.stringContaining("waiting for the company's settings") } });
  expect(customersNamed(realmId, 'Early Freight')).toEqual([]);

  // Its USD invoice comes while the settings still cannot be read: a window run now creates no customer (it cannot read the lists).
  await h.invoice(tenantId, { id: 'early1', customerId: 'cus_early', number: 'E-1', currency: 'USD', exchangeRate: '1.3650' });
  await h.ready(tenantId, [['early1', 1]], []);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', status: 'incomplete', summary: { pushed: 0 } });
  expect(customersNamed(realmId, 'Early Freight')).toEqual([]);
  expect(await link(tenantId, 'cus_early')).toMatchObject({ status: 'pending', method: 'awaiting-company-settings', qbo_customer_id: null });

  // The settings can be read again: once the lists are loaded the customer is due again, and created in USD.
  h.restore(realmId);
  await h.ready(tenantId, [], ['cus_early']);
  expect(await listsStatus(tenantId)).toBe('ready');
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 1, failed: 0 } });
  const created = customersNamed(realmId, 'Early Freight');
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({ CurrencyRef: { value: 'USD' } });
  expect(h.invoiceByNote(realmId, 'early1')).toMatchObject({ CustomerRef: { value: created[0]?.['Id'] }, CurrencyRef: { value: 'USD' } });
  expect(await link(tenantId, 'cus_early')).toMatchObject({ status: 'linked', method: 'create', qbo_customer_id: created[0]?.['Id'] });
  expect((await h.api<{ customers: Json }>('GET', `/api/tenants/${tenantId}/status`)).body.customers).toMatchObject({ awaitingCompanySettings: { total: 0 } });
});

it("settings not read yet after the connect: a customer QuickBooks already has is linked at once, without waiting for them", async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'CA', multiCurrency: true }, {}, { unavailablePaths: ['/preferences'] });
  await linkedToExisting(tenantId, realmId, 'cus_birch', 'Birch Supply', 'office@birch.example');
  // Linked while the settings were still unread (the fault holds until restored).
  expect(await listsStatus(tenantId)).not.toBe('ready');
  expect(customersNamed(realmId, 'Birch Supply')).toHaveLength(1);
  h.restore(realmId);
});
