import { apiFault, salesLine, startTestEmulator, type CompanyApi, type HttpResult, type TestEmulator } from './emulator-client';
import { waitFor } from '../support/wait-for';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

describe('QBO emulator: payments and currency', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => {
    await t.emulator.close();
  });
  const company = async (profile: Json = {}): Promise<CompanyApi> => t.client.api(await t.client.createCompany('Money Co', profile));
  const entity = (result: { json: Json | null }, key: string): Json => result.json?.[key] as Json;

  describe('payments', () => {
    let api: CompanyApi;
    let customerId: string;
    let invoice: Json;
    beforeEach(async () => {
      api = await company();
      customerId = String((await api.createCustomer({ DisplayName: 'Payer' }))['Id']);
      invoice = await api.createInvoice({ CustomerRef: { value: customerId }, DocNumber: 'P-1', Line: [salesLine(100)] });
    });
    const pay = (amount: number, total = amount, invoiceId = String(invoice['Id'])): Promise<HttpResult> =>
      api.post('/payment', { CustomerRef: { value: customerId }, TotalAmt: total, Line: [{ Amount: amount, LinkedTxn: [{ TxnId: invoiceId, TxnType: 'Invoice' }] }] });

    it('a payment lowers the invoice Balance, links both ways and bumps the invoice SyncToken; read and query', async () => {
      const created = await pay(40, 50);
      expect(created.status).toBe(200);
      const payment = entity(created, 'Payment');
      expect(payment).toMatchObject({ Id: '1', SyncToken: '0', TotalAmt: 50, UnappliedAmt: 10, CustomerRef: { value: customerId }, CurrencyRef: { value: 'USD' } });
      const read = entity(await api.get(`/invoice/${String(invoice['Id'])}`), 'Invoice');
      expect(read).toMatchObject({ TotalAmt: 100, Balance: 60, SyncToken: '1', LinkedTxn: [{ TxnId: '1', TxnType: 'Payment' }] });
      expect(entity(await api.get('/payment/1'), 'Payment')).toMatchObject({ TotalAmt: 50 });
      expect(await api.rows(`select * from Payment where CustomerRef = '${customerId}'`)).toHaveLength(1);
      expect(entity(await api.get(`/customer/${customerId}`), 'Customer')['Balance']).toBe(60);
      // An update built on the read before the payment is stale.
      expect(apiFault(await api.post('/invoice', { ...invoice, sparse: true, PrivateNote: 'late' })).code).toBe('5010');
      // An update on the current token keeps the payment: Balance = new total - paid.
      const updated = await api.post('/invoice', { Id: invoice['Id'], SyncToken: '1', CustomerRef: { value: customerId }, DocNumber: 'P-1', Line: [salesLine(120)] });
      expect(entity(updated, 'Invoice')).toMatchObject({ TotalAmt: 120, Balance: 80, LinkedTxn: [{ TxnId: '1', TxnType: 'Payment' }] });
    });

    it('a full payment leaves Balance 0; more than the balance, or than TotalAmt, is refused', async () => {
      expect(apiFault(await pay(100.01))).toMatchObject({ code: '6000', element: 'Line[0].Amount' });
      expect(apiFault(await pay(50, 40))).toMatchObject({ code: '6000', element: 'TotalAmt' });
      expect(apiFault(await pay(10, 10, '999')).code).toBe('610');
      expect((await pay(100)).status).toBe(200);
      expect(entity(await api.get(`/invoice/${String(invoice['Id'])}`), 'Invoice')).toMatchObject({ Balance: 0 });
    });

    it('an invoice of another customer cannot be paid; an invoice with payments cannot be voided or deleted', async () => {
      const other = String((await api.createCustomer({ DisplayName: 'Someone else' }))['Id']);
      const wrong = await api.post('/payment', { CustomerRef: { value: other }, TotalAmt: 5, Line: [{ Amount: 5, LinkedTxn: [{ TxnId: invoice['Id'], TxnType: 'Invoice' }] }] });
      expect(apiFault(wrong).code).toBe('6000');
      await pay(10);
      expect(apiFault(await api.post('/invoice?operation=void', { Id: invoice['Id'], SyncToken: '1' })).code).toBe('6000');
      expect(apiFault(await api.post('/invoice?operation=delete', { Id: invoice['Id'], SyncToken: '1' })).code).toBe('6000');
    });

    it('deleting a payment gives the invoice its balance back', async () => {
      await pay(30);
      const deleted = await api.post('/payment?operation=delete', { Id: '1', SyncToken: '0' });
      expect(entity(deleted, 'Payment')).toMatchObject({ Id: '1', status: 'Deleted' });
      const read = entity(await api.get(`/invoice/${String(invoice['Id'])}`), 'Invoice');
      expect(read).toMatchObject({ Balance: 100, SyncToken: '2' });
      expect(read).not.toHaveProperty('LinkedTxn');
    });

    it('CDC reports payments and the invoices they changed; webhooks announce them', async () => {
      let received: string[] = [];
      const server: Server = createServer((req, res) => {
        let raw = '';
        req.on('data', (c: Buffer) => (raw += c.toString()));
        req.on('end', () => {
          received.push(raw);
          res.end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      await t.client.setConfig({ webhooks: { urls: [url] } });
      try {
        received = [];
        const since = new Date(Date.now() - 1000).toISOString();
        await pay(25);
        const cdc = await api.get(`/cdc?entities=Payment,Invoice&changedSince=${encodeURIComponent(since)}`);
        const [payments, invoices] = (cdc.json?.['CDCResponse'] as { QueryResponse: Json[] }[])[0]?.QueryResponse ?? [];
        expect((payments?.['Payment'] as Json[]).map((p) => p['Id'])).toEqual(['1']);
        expect((invoices?.['Invoice'] as Json[])[0]).toMatchObject({ Balance: 75 });
        await waitFor(() => received.some((b) => b.includes('"name":"Payment"')) && received.some((b) => b.includes('"name":"Invoice","id":"1","operation":"Update"')));
        const body = received.find((b) => b.includes('"name":"Payment"')) ?? '';
        expect(JSON.parse(body)).toMatchObject({ eventNotifications: [{ realmId: api.realmId, dataChangeEvent: { entities: [{ name: 'Payment', id: '1', operation: 'Create' }] } }] });
      } finally {
        await t.client.setConfig({ webhooks: { urls: [] } });
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
  });

  describe('currency', () => {
    it('multi-currency off: only the home currency, for customers and invoices', async () => {
      const api = await company({ country: 'CA' });
      expect(apiFault(await api.post('/customer', { DisplayName: 'Yankee', CurrencyRef: { value: 'USD' } }))).toMatchObject({ code: '6000', element: 'CurrencyRef' });
      const customer = await api.createCustomer({ DisplayName: 'Canuck' });
      expect(customer['CurrencyRef']).toEqual({ value: 'CAD', name: 'Canadian Dollar' });
      const taxed = { ...salesLine(10), SalesItemLineDetail: { ItemRef: { value: '1' }, TaxCodeRef: { value: '1' } } };
      expect(apiFault(await api.post('/invoice', { CustomerRef: { value: customer['Id'] }, CurrencyRef: { value: 'USD' }, Line: [taxed] })).code).toBe('6000');
      const invoice = await api.createInvoice({ CustomerRef: { value: customer['Id'] }, Line: [taxed] });
      expect(invoice).toMatchObject({ CurrencyRef: { value: 'CAD' } });
      expect(invoice).not.toHaveProperty('ExchangeRate');
    });

    it('multi-currency on: a customer currency is set at creation and never changes; invoices follow it', async () => {
      const api = await company({ multiCurrency: true });
      const euro = await api.createCustomer({ DisplayName: 'Euro buyer', CurrencyRef: { value: 'EUR' } });
      expect(euro['CurrencyRef']).toMatchObject({ value: 'EUR' });
      const change = await api.post('/customer', { Id: euro['Id'], SyncToken: euro['SyncToken'], sparse: true, CurrencyRef: { value: 'USD' } });
      expect(apiFault(change)).toMatchObject({ code: '6000', element: 'CurrencyRef' });
      const rename = await api.post('/customer', { Id: euro['Id'], SyncToken: euro['SyncToken'], DisplayName: 'Euro buyer 2' });
      expect(entity(rename, 'Customer')['CurrencyRef']).toMatchObject({ value: 'EUR' });
      const wrong = await api.post('/invoice', { CustomerRef: { value: euro['Id'] }, CurrencyRef: { value: 'USD' }, Line: [salesLine(10)] });
      expect(apiFault(wrong)).toMatchObject({ code: '6000', element: 'CurrencyRef' });
      const sent = await api.createInvoice({ CustomerRef: { value: euro['Id'] }, CurrencyRef: { value: 'EUR' }, ExchangeRate: 1.1, Line: [salesLine(10)] });
      expect(sent).toMatchObject({ CurrencyRef: { value: 'EUR', name: 'Euro' }, ExchangeRate: 1.1, TotalAmt: 10, HomeTotalAmt: 11 });
      const defaulted = await api.createInvoice({ CustomerRef: { value: euro['Id'] }, Line: [salesLine(10)] });
      expect(defaulted).toMatchObject({ CurrencyRef: { value: 'EUR' }, ExchangeRate: 1 });
      const home = await api.createCustomer({ DisplayName: 'Home buyer' });
      expect(await api.createInvoice({ CustomerRef: { value: home['Id'] }, ExchangeRate: 3, Line: [salesLine(10)] })).toMatchObject({ CurrencyRef: { value: 'USD' }, ExchangeRate: 1 });
    });

    it('missingExchangeRate "reject": a foreign invoice without ExchangeRate is 2020', async () => {
      await t.client.setConfig({ companies: { missingExchangeRate: 'reject' } });
      try {
        const api = await company({ multiCurrency: true });
        const euro = await api.createCustomer({ DisplayName: 'Strict euro', CurrencyRef: { value: 'EUR' } });
        expect(apiFault(await api.post('/invoice', { CustomerRef: { value: euro['Id'] }, Line: [salesLine(10)] }))).toMatchObject({ code: '2020' });
      } finally {
        await t.client.setConfig({ companies: { missingExchangeRate: 'one' } });
      }
    });
  });
});
