import { anEnvelope, asMessage } from '../support/builders';
import { produce } from '../support/kafka';
import { waitFor } from '../support/wait-for';
import { CompanyHarness } from './company-harness';

/**
 * Issue 12, currency, when the customer comes before its first invoice (Kafka → worker →
 * emulator): in a multi-currency company its QuickBooks customer is created only when its first
 * invoice tells the currency (one customer, in that currency, the invoice accepted on it); a link
 * to an existing QuickBooks customer is not delayed; a deleted customer waits for nothing; a
 * single-currency company creates the customer at once, as before.
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

/** Waits until the customer's event was resolved (at its version) into a wait for its first invoice. */
async function awaitingInvoice(tenantId: string, customerId: string): Promise<Json | undefined> {
  await waitFor(async () => (await link(tenantId, customerId))?.['method'] === 'awaiting-invoice', { description: 'customer waiting for its first invoice', timeoutMs: 30_000 });
  return link(tenantId, customerId);
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
  const existing = await h.qbo(realmId, 'POST', '/customer', { DisplayName: 'Spruce Works', PrimaryEmailAddr: { Address: 'office@spruce.example' } });
  const existingId = String((existing['Customer'] as Json)['Id']);
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, existingId])) as unknown[]).length > 0, {
    description: 'existing customer mirrored',
    timeoutMs: 30_000,
  });
  await h.customer(tenantId, { id: 'cus_spruce', displayName: 'Spruce Works', email: 'office@spruce.example', givenName: undefined, familyName: undefined });
  await h.ready(tenantId, [], ['cus_spruce']);
  expect(await link(tenantId, 'cus_spruce')).toMatchObject({ status: 'linked', qbo_customer_id: existingId });

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
