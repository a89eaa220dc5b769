import { CompanyHarness } from './company-harness';
import { waitFor } from '../support/wait-for';

/**
 * Issue 12, the matrix: the same kind of invoice events, through Kafka → worker → emulator, into
 * companies of each profile (United States with automated sales tax, Canada, United Kingdom,
 * Australia; multi-currency on and off; custom numbers on and off). QuickBooks must hold accepted
 * invoices with the right items, tax codes and totals, and the failures that must happen say why.
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

const lineDetail = (line: unknown) => (line as { SalesItemLineDetail: { ItemRef: { value: string }; TaxCodeRef?: { value: string } } }).SalesItemLineDetail;
const salesLines = (inv: Json | undefined) => ((inv?.['Line'] as Json[] | undefined) ?? []).filter((l) => l['DetailType'] === 'SalesItemLineDetail');
const totalTax = (inv: Json | undefined) => (inv?.['TxnTaxDetail'] as { TotalTax?: number } | undefined)?.TotalTax;
const itemNamed = (realmId: string, pred: (i: Json) => boolean) => h.entities(realmId, 'Item').find(pred);
const taxCodeId = (realmId: string, name: string) => String(h.entities(realmId, 'TaxCode').find((c) => c['Name'] === name)?.['Id']);
const failure = async (tenantId: string, invoiceId: string) => {
  const row = await h.syncRow(tenantId, invoiceId);
  return { code: row?.['failure_code'], reason: String(row?.['failure_reason'] ?? '') };
};

it('United States, automated sales tax, one currency, own numbers: items by code (created when unmapped), TAX/NON, upstream tax overrides; a foreign currency fails; payments read back, an update after a payment goes through', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'US' }, { unmapped_item_policy: 'create' });
  await h.customer(tenantId, { id: 'cus_us', displayName: 'Ann Plumbing', billingAddress: { line1: '1 Main St', city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' } });
  await h.invoice(tenantId, {
    id: 'us1',
    customerId: 'cus_us',
    number: 'US-1',
    currency: 'USD',
    taxAmount: '8.24',
    lines: [
      { description: 'Drain cleaning', quantity: '1', unitPrice: '100.00', itemCode: 'DRAIN-1', taxable: true },
      { description: 'Call-out fee', quantity: '1', unitPrice: '20.00', taxable: false },
    ],
  });
  await h.invoice(tenantId, { id: 'us-eur', customerId: 'cus_us', number: 'US-2', currency: 'EUR' });
  await h.ready(tenantId, [['us1', 1], ['us-eur', 1]], ['cus_us']);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 1, failed: 1 } });

  const inv = h.invoiceByNote(realmId, 'us1');
  const created = itemNamed(realmId, (i) => i['Sku'] === 'DRAIN-1');
  expect(created).toMatchObject({ Name: 'DRAIN-1 Drain cleaning', Type: 'Service' });
  expect(salesLines(inv).map((l) => [lineDetail(l).ItemRef.value, lineDetail(l).TaxCodeRef?.value])).toEqual([
    [String(created?.['Id']), 'TAX'],
    ['1', 'NON'],
  ]);
  expect(totalTax(inv)).toBe(8.24);
  expect(inv?.['TotalAmt']).toBe(128.24);
  expect(await h.syncRow(tenantId, 'us1')).toMatchObject({ qbo_total: '128.24', qbo_tax: '8.24', total_difference: null, paid_state: 'unpaid' });
  expect(await failure(tenantId, 'us-eur')).toEqual({ code: 'CURRENCY', reason: expect.stringContaining('the invoice is in EUR, but the QuickBooks company works in USD only') });

  // A bookkeeper records a payment in QuickBooks: the webhook brings the balance back.
  const qboCustomer = (inv?.['CustomerRef'] as { value: string }).value;
  await h.qbo(realmId, 'POST', '/payment', { CustomerRef: { value: qboCustomer }, TotalAmt: 50, Line: [{ Amount: 50, LinkedTxn: [{ TxnId: inv?.['Id'], TxnType: 'Invoice' }] }] });
  await waitFor(async () => (await h.syncRow(tenantId, 'us1'))?.['paid_state'] === 'partly-paid', { description: 'payment read back', timeoutMs: 20_000 });
  expect(await h.syncRow(tenantId, 'us1')).toMatchObject({ qbo_balance: '78.24' });
  const status = await h.api<{ quickbooks: { payments: { partlyPaid: number; invoices: Json[] } } }>('GET', `/api/tenants/${tenantId}/status`);
  expect(status.body.quickbooks.payments).toMatchObject({ partlyPaid: 1, invoices: [{ invoiceId: 'us1', balance: '78.24', paidState: 'partly-paid' }] });
  // Upstream is told (issue 15): invoice.payment_changed, written with the balance.
  const told = (await h.db.dataSource.query(`SELECT data FROM sync_event_outbox WHERE tenant_id = $1 AND type = 'invoice.payment_changed'`, [tenantId])) as Array<{ data: Json }>;
  expect(told).toMatchObject([{ data: { invoiceId: 'us1', balance: '78.24', amountPaid: '50.00', previousBalance: '128.24', paidInFull: false } }]);

  // An update of the paid invoice: re-read first, never a 5010 failure; the payment stays applied.
  await h.invoice(tenantId, { id: 'us1', customerId: 'cus_us', number: 'US-1', currency: 'USD', taxAmount: '8.24', memo: 'Thanks', lines: [
    { description: 'Drain cleaning', quantity: '1', unitPrice: '100.00', itemCode: 'DRAIN-1', taxable: true },
    { description: 'Call-out fee', quantity: '1', unitPrice: '20.00', taxable: false },
  ] }, 2);
  await h.ready(tenantId, [['us1', 2]], []);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { updated: 1, failed: 0 } });
  const after = h.invoiceByNote(realmId, 'us1');
  expect(after).toMatchObject({ CustomerMemo: { value: 'Thanks' }, TotalAmt: 128.24, Balance: 78.24 });
  expect(await h.syncRow(tenantId, 'us1')).toMatchObject({ pushed_version: '2', failure_code: null });
});

it('Canada, multi-currency, QuickBooks numbers: HST ON / Exempt by taxable, the tax compared in words, a number given by QuickBooks, a second customer for another currency with its exchange rate', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'CA', multiCurrency: true, customTxnNumbers: false });
  // The invoice comes first: the customer is created in the currency of its first invoice.
  await h.invoice(tenantId, {
    id: 'ca1',
    customerId: 'cus_ca',
    number: null,
    currency: 'CAD',
    taxAmount: '13.01',
    lines: [
      { description: 'Consulting', quantity: '1', unitPrice: '100.00', taxable: true },
      { description: 'Bank fee', quantity: '1', unitPrice: '5.00' },
    ],
  });
  // Recorded before the next is sent: events of two invoices may arrive in either order (other
  // partitions), and "first" is the first recorded (a CI run had the USD one first).
  await h.ready(tenantId, [['ca1', 1]], []);
  await h.invoice(tenantId, { id: 'ca-usd', customerId: 'cus_ca', number: 'CA-USD-1', currency: 'USD', exchangeRate: '1.3650' });
  await h.ready(tenantId, [['ca-usd', 1]], []);
  await h.customer(tenantId, { id: 'cus_ca', displayName: 'Maple Ltd' });
  await h.ready(tenantId, [['ca1', 1], ['ca-usd', 1]], ['cus_ca']);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 2, failed: 0 } });

  const inv = h.invoiceByNote(realmId, 'ca1');
  expect(salesLines(inv).map((l) => lineDetail(l).TaxCodeRef?.value)).toEqual([taxCodeId(realmId, 'HST ON'), taxCodeId(realmId, 'Exempt')]);
  expect(totalTax(inv)).toBe(13);
  expect(inv?.['TotalAmt']).toBe(118);
  expect(inv?.['DocNumber']).toBe('1001');
  expect(await h.syncRow(tenantId, 'ca1')).toMatchObject({
    qbo_doc_number: '1001',
    doc_number_from_qbo: true,
    total_difference: 'QuickBooks computed tax 13.00 where your system had 13.01; the invoice total in QuickBooks is 118.00 where your system had 118.01',
  });
  const usd = h.invoiceByNote(realmId, 'ca-usd');
  expect(usd).toMatchObject({ CurrencyRef: { value: 'USD' }, ExchangeRate: 1.365 });
  const customers = h.entities(realmId, 'Customer');
  expect(customers.find((c) => c['Id'] === (usd?.['CustomerRef'] as { value: string }).value)).toMatchObject({ DisplayName: 'Maple Ltd (USD)', CurrencyRef: { value: 'USD' } });
  expect(customers.find((c) => c['DisplayName'] === 'Maple Ltd')).toMatchObject({ CurrencyRef: { value: 'CAD' } });

  const status = await h.api<{ quickbooks: Json }>('GET', `/api/tenants/${tenantId}/status`);
  expect(status.body.quickbooks).toMatchObject({
    company: { country: 'CA', homeCurrency: 'CAD', multiCurrency: true, customTxnNumbers: false },
    differences: { total: 1, invoices: [{ invoiceId: 'ca1', message: expect.stringContaining('QuickBooks computed tax 13.00 where your system had 13.01') }] },
    numberedByQuickBooks: { total: 1, invoices: [{ invoiceId: 'ca1', docNumber: '1001' }] },
  });
});

it('Canada with a currency mismatch set to fail: the invoice is refused with the reason', async () => {
  const { tenantId } = await h.tenant({ country: 'CA', multiCurrency: true }, { currency_mismatch_policy: 'fail' });
  // The customer comes first: it is created with its first invoice (CAD); the later EUR one is refused.
  await h.customer(tenantId, { id: 'cus_f', displayName: 'Birch Inc' });
  await h.invoice(tenantId, { id: 'f0', customerId: 'cus_f', number: 'F-0', currency: 'CAD', issueDate: '2026-11-19' });
  await h.ready(tenantId, [['f0', 1]], ['cus_f']);
  await h.invoice(tenantId, { id: 'f1', customerId: 'cus_f', number: 'F-1', currency: 'EUR' });
  await h.ready(tenantId, [['f1', 1]], []);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 1, failed: 1 } });
  expect(await failure(tenantId, 'f1')).toEqual({ code: 'CURRENCY', reason: expect.stringContaining('is in CAD, and QuickBooks never changes a customer\'s currency') });
});

it('United Kingdom: prices including VAT, taxable → 20.0% S, a line\'s own code wins, an unknown code fails naming the company\'s codes', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'GB' });
  await h.customer(tenantId, { id: 'cus_gb', displayName: 'Thames Ltd' });
  await h.invoice(tenantId, {
    id: 'gb1',
    customerId: 'cus_gb',
    number: 'GB-1',
    pricesIncludeTax: true,
    lines: [
      { description: 'Design', quantity: '1', unitPrice: '120.00', taxable: true },
      { description: 'Child seat', quantity: '1', unitPrice: '21.00', taxCode: '5.0% R' },
    ],
  });
  await h.invoice(tenantId, { id: 'gb-bad', customerId: 'cus_gb', number: 'GB-2', lines: [{ description: 'X', quantity: '1', unitPrice: '1', taxCode: 'VAT 99%' }] });
  await h.ready(tenantId, [['gb1', 1], ['gb-bad', 1]], ['cus_gb']);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 1, failed: 1 } });
  const inv = h.invoiceByNote(realmId, 'gb1');
  expect(inv?.['GlobalTaxCalculation']).toBe('TaxInclusive');
  expect(salesLines(inv).map((l) => lineDetail(l).TaxCodeRef?.value)).toEqual([taxCodeId(realmId, '20.0% S'), taxCodeId(realmId, '5.0% R')]);
  expect(inv?.['TotalAmt']).toBe(141);
  expect(totalTax(inv)).toBe(21);
  expect(await failure(tenantId, 'gb-bad')).toEqual({ code: 'TAX_CODE_MISSING', reason: expect.stringMatching(/no active tax code named "VAT 99%" \(it has: .*20\.0% S/) });
});

it('Australia, one currency, QuickBooks numbers, unmapped codes held: a code matching an item by name goes, another is held with the reason until it is mapped by name through the API', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'AU', customTxnNumbers: false }, { unmapped_item_policy: 'hold' });
  await h.customer(tenantId, { id: 'cus_au', displayName: 'Wattle Pty' });
  await h.invoice(tenantId, { id: 'au1', customerId: 'cus_au', number: 'AU-1', lines: [{ description: 'Work', quantity: '2', unitPrice: '50.00', itemCode: 'services', taxable: true }] });
  await h.invoice(tenantId, { id: 'au2', customerId: 'cus_au', number: null, lines: [{ description: 'Widget', quantity: '1', unitPrice: '10.00', itemCode: 'WID-9' }] });
  await h.ready(tenantId, [['au1', 1], ['au2', 1]], ['cus_au']);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 1, failed: 1 } });
  const inv = h.invoiceByNote(realmId, 'au1');
  expect(salesLines(inv).map((l) => [lineDetail(l).ItemRef.value, lineDetail(l).TaxCodeRef?.value])).toEqual([['1', taxCodeId(realmId, 'GST')]]);
  expect(inv).toMatchObject({ TotalAmt: 110 });
  expect(await failure(tenantId, 'au2')).toEqual({ code: 'ITEM_UNMAPPED', reason: expect.stringContaining('no QuickBooks item has the code "WID-9"') });

  const company = await h.api<{ items: Array<{ id: string; name: string }>; taxCodes: Array<{ name: string }>; proposedTaxCodes: Json }>('GET', `/api/tenants/${tenantId}/company`);
  expect(company.body.items.map((i) => i.name)).toContain('Services');
  expect(company.body.proposedTaxCodes).toEqual({ taxable: 'GST', exempt: 'GST free' });
  expect((await h.api('PUT', `/api/tenants/${tenantId}/item-mappings/WID-9`, { item: 'Nothing Such' })).status).toBe(409);
  expect(await h.api('PUT', `/api/tenants/${tenantId}/item-mappings/WID-9`, { item: 'Services' })).toMatchObject({ status: 200, body: { code: 'WID-9', item: { id: '1', name: 'Services' } } });
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 1, failed: 0 } });
  const held = h.invoiceByNote(realmId, 'au2');
  expect(salesLines(held).map((l) => [lineDetail(l).ItemRef.value, lineDetail(l).TaxCodeRef?.value])).toEqual([['1', taxCodeId(realmId, 'GST free')]]);
  expect(held?.['DocNumber']).toMatch(/^\d+$/);
  expect(await h.syncRow(tenantId, 'au2')).toMatchObject({ doc_number_from_qbo: true, qbo_doc_number: held?.['DocNumber'] });
});

it('a single-currency company, custom numbers on: an invoice without a number has none, and a line without a code goes to the default item picked by name', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'GB', customTxnNumbers: true });
  const company = await h.api<{ items: Array<{ id: string; name: string }> }>('GET', `/api/tenants/${tenantId}/company`);
  const services = company.body.items.find((i) => i.name === 'Services');
  expect((await h.api('PATCH', `/api/tenants/${tenantId}`, { defaultItemId: services?.id, exemptTaxCode: '0.0% Z' })).status).toBe(200);
  await h.customer(tenantId, { id: 'cus_n', displayName: 'Numberless' });
  await h.invoice(tenantId, { id: 'n1', customerId: 'cus_n', number: null, lines: [{ description: 'Thing', quantity: '1', unitPrice: '10.00' }] });
  await h.ready(tenantId, [['n1', 1]], ['cus_n']);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 1 } });
  const inv = h.invoiceByNote(realmId, 'n1');
  expect(inv?.['DocNumber']).toBeUndefined();
  expect(salesLines(inv).map((l) => [lineDetail(l).ItemRef.value, lineDetail(l).TaxCodeRef?.value])).toEqual([[services?.id, taxCodeId(realmId, '0.0% Z')]]);
  expect(await h.syncRow(tenantId, 'n1')).toMatchObject({ doc_number_from_qbo: false });
});

it('United States without Automated Sales Tax: treated as with it (TAX/NON by line); QuickBooks computes no tax, so the upstream taxAmount is what the invoice carries', async () => {
  const { tenantId, realmId } = await h.tenant({ country: 'US', automatedSalesTax: false });
  await h.customer(tenantId, { id: 'cus_nast', displayName: 'Prairie Supply', billingAddress: { line1: '2 Elm St', city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' } });
  const lines = [
    { description: 'Repair', quantity: '1', unitPrice: '100.00', taxable: true },
    { description: 'Travel', quantity: '1', unitPrice: '20.00', taxable: false },
  ];
  await h.invoice(tenantId, { id: 'nast1', customerId: 'cus_nast', number: 'NA-1', taxAmount: '8.25', lines });
  await h.invoice(tenantId, { id: 'nast2', customerId: 'cus_nast', number: 'NA-2', lines });
  await h.ready(tenantId, [['nast1', 1], ['nast2', 1]], ['cus_nast']);
  expect(await h.runWindow(tenantId)).toMatchObject({ outcome: 'ran', summary: { pushed: 2, failed: 0 } });
  const withTax = h.invoiceByNote(realmId, 'nast1');
  expect(salesLines(withTax).map((l) => lineDetail(l).TaxCodeRef?.value)).toEqual(['TAX', 'NON']);
  expect(withTax).toMatchObject({ TotalAmt: 128.25 });
  expect(totalTax(withTax)).toBe(8.25);
  expect(withTax?.['TxnTaxDetail']).not.toHaveProperty('TxnTaxCodeRef');
  // No taxAmount: nothing computes a tax (TX's 8.25% would apply with AST).
  const noTax = h.invoiceByNote(realmId, 'nast2');
  expect(noTax).toMatchObject({ TotalAmt: 120 });
  expect(totalTax(noTax)).toBe(0);
  expect(await h.syncRow(tenantId, 'nast2')).toMatchObject({ total_difference: null });
});
