import { apiFault, salesLine, type CompanyApi, type TestEmulator, withCompanyPerTest } from './emulator-client';
import { waitFor } from '../support/wait-for';

describe('QBO emulator: requestid replay', () => {
  let t: TestEmulator;
  let api: CompanyApi;
  let customerId: string;

  withCompanyPerTest(
    (emulator, company) => {
      t = emulator;
      api = company;
    },
    { prepare: (client) => client.setConfig({ requestId: { protectsNameLists: true, retentionSeconds: 86400 } }) },
  );
  beforeEach(async () => {
    customerId = String((await api.createCustomer({ DisplayName: 'Req Buyer' }))['Id']);
  });

  const invoiceBody = (doc: string): Record<string, unknown> => ({ CustomerRef: { value: customerId }, DocNumber: doc, Line: [salesLine(10)] });

  it('a repeated requestid returns the original response without acting again', async () => {
    const first = await api.post('/invoice?requestid=req-1&minorversion=75', invoiceBody('R-1'));
    const second = await api.post('/invoice?requestid=req-1&minorversion=75', invoiceBody('R-1'));
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(await api.rows("SELECT * FROM Invoice WHERE DocNumber = 'R-1'")).toHaveLength(1);
    const log = await t.client.requestLog(api.realmId);
    const entries = log.filter((e) => e['requestId'] === 'req-1');
    expect(entries.map((e) => e['replayed'])).toEqual([false, true]);
  });

  it('replays a fault as well (status and body)', async () => {
    const first = await api.post('/invoice?requestid=req-bad', { CustomerRef: { value: '999' }, Line: [salesLine(1)] });
    await api.createCustomer({ DisplayName: 'Filler' });
    const second = await api.post('/invoice?requestid=req-bad', { CustomerRef: { value: '999' }, Line: [salesLine(1)] });
    expect(first.status).toBe(400);
    expect(second.status).toBe(400);
    expect(second.text).toBe(first.text);
  });

  it('a different requestid, endpoint or company acts again', async () => {
    await api.post('/invoice?requestid=a', invoiceBody('R-A'));
    const other = await api.post('/invoice?requestid=b', invoiceBody('R-A'));
    expect(apiFault(other).code).toBe('6140');
    const otherCompany = t.client.api(await t.client.createCompany());
    const created = await otherCompany.post('/customer?requestid=a', { DisplayName: 'Other Co Customer' });
    expect(created.status).toBe(200);
    expect(created.json?.['Customer']).toBeDefined();
  });

  it('protects customer creates by default; the switch turns that off', async () => {
    const first = await api.post('/customer?requestid=cust-1', { DisplayName: 'Once Only' });
    const replay = await api.post('/customer?requestid=cust-1', { DisplayName: 'Once Only' });
    expect(replay.status).toBe(200);
    expect(replay.text).toBe(first.text);

    await t.client.setConfig({ requestId: { protectsNameLists: false } });
    const again = await api.post('/customer?requestid=cust-2', { DisplayName: 'Twice' });
    expect(again.status).toBe(200);
    const retried = await api.post('/customer?requestid=cust-2', { DisplayName: 'Twice' });
    // Not protected: the retry acts again and meets the name the first attempt created.
    expect(retried.status).toBe(400);
    expect(apiFault(retried).code).toBe('6240');
    // Invoices stay protected.
    await api.post('/invoice?requestid=inv-x', invoiceBody('R-X'));
    expect((await api.post('/invoice?requestid=inv-x', invoiceBody('R-X'))).status).toBe(200);
  });

  it('requestid is at most 50 characters (36 on batch)', async () => {
    expect((await api.post(`/invoice?requestid=${'a'.repeat(50)}`, invoiceBody('L-1'))).status).toBe(200);
    const tooLong = await api.post(`/invoice?requestid=${'b'.repeat(51)}`, invoiceBody('L-2'));
    expect(tooLong.status).toBe(400);
    expect(apiFault(tooLong).element).toBe('requestid');
    const batch = { BatchItemRequest: [{ bId: '1', Query: 'SELECT * FROM Customer' }] };
    expect((await api.post(`/batch?requestid=${'c'.repeat(36)}`, batch)).status).toBe(200);
    expect((await api.post(`/batch?requestid=${'d'.repeat(37)}`, batch)).status).toBe(400);
  });

  it('batch requests replay too', async () => {
    const body = { BatchItemRequest: [{ bId: '1', operation: 'create', Invoice: invoiceBody('RB-1') }] };
    const first = await api.post('/batch?requestid=batch-1', body);
    const second = await api.post('/batch?requestid=batch-1', body);
    expect(second.text).toBe(first.text);
    expect(await api.rows("SELECT * FROM Invoice WHERE DocNumber = 'RB-1'")).toHaveLength(1);
  });

  it('after the retention window the requestid acts again', async () => {
    await t.client.setConfig({ requestId: { retentionSeconds: 1 } });
    await api.post('/invoice?requestid=short', invoiceBody('RT-1'));
    const retainedUntil = Date.now() + 1000;
    await waitFor(() => Date.now() > retainedUntil + 50, { description: 'the 1 s retention to pass' });
    const again = await api.post('/invoice?requestid=short', invoiceBody('RT-1'));
    expect(apiFault(again).code).toBe('6140');
  });
});
