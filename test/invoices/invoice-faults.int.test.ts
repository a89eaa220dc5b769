import { waitFor } from '../support/wait-for';
import { EmulatedInvoice, InvoiceHarness, totalOf } from './invoice-harness';

jest.setTimeout(90_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

function expectEachOnce(held: EmulatedInvoice[], numbers: string[]): void {
  const counts = new Map<string, number>();
  for (const i of held) counts.set(i.DocNumber ?? '', (counts.get(i.DocNumber ?? '') ?? 0) + 1);
  expect([...counts.entries()].filter(([, n]) => n > 1)).toEqual([]);
  expect([...counts.keys()].sort()).toEqual([...numbers].sort());
}

async function seed(tenantId: string, realmId: string, n: number, prefix: string): Promise<string[]> {
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  const numbers: string[] = [];
  for (let i = 0; i < n; i++) {
    await h.invoice(tenantId, { id: `${prefix}${i}`, number: `${prefix}-${i}`, lines: [{ quantity: '1', unitPrice: `${i}.10` }] });
    numbers.push(`${prefix}-${i}`);
  }
  return numbers;
}

it('5xx answers and dropped connections during batches: every invoice exactly once', async () => {
  const { tenantId, realmId } = await h.tenant();
  const numbers = await seed(tenantId, realmId, 95, 'F');
  await h.faults(realmId, { errorRate: 0.3, errorStatuses: [500, 502, 503, 504], dropRate: 0.25, seed: 11 });
  const w = h.wire({ client: { maxRetries: 2, requestTimeoutMs: 3000 }, flush: { batchSize: 5, retryAttempts: 2, retryBaseDelayMs: 20 } });
  let windows = 0;
  await waitFor(
    async () => {
      windows += 1;
      await w.runWindow.run({ tenantId, trigger: 'run_now' });
      const s = await w.status.run(tenantId);
      return s?.invoices.pending === 0;
    },
    { timeoutMs: 60_000, intervalMs: 10, description: 'every invoice pushed despite faults' },
  );
  await h.faults(realmId, {});
  const held = h.qboInvoices(realmId);
  expectEachOnce(held, numbers);
  for (const inv of held) expect(totalOf(inv)).toBe(`${inv.DocNumber?.slice(2)}.10`);
  const log = await h.requests(realmId);
  expect(log.some((r) => r.dropped)).toBe(true);
  expect(log.some((r) => r.injectedError)).toBe(true);
  expect(log.some((r) => r.replayed)).toBe(true); // a dropped batch resent with its requestid got the first answer back
  const failed = (await h.ds.query(`SELECT count(*)::int AS n FROM invoice_sync WHERE tenant_id = $1 AND failed_version IS NOT NULL`, [tenantId])) as Array<{ n: number }>;
  expect(failed[0]?.n).toBe(0);
  expect(windows).toBeGreaterThanOrEqual(1);
});

it('throttling: a 429 pauses the company and the window still completes, each invoice once', async () => {
  const { tenantId, realmId } = await h.tenant();
  const numbers = await seed(tenantId, realmId, 40, 'T');
  await h.faults(realmId, { throttleNextRequests: 2 });
  const w = h.wire({ client: { maxRetries: 4 } });
  const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
  expect(r).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 40 } });
  expectEachOnce(h.qboInvoices(realmId), numbers);
  expect((await h.requests(realmId)).filter((x) => x.throttled)).toHaveLength(2);
});

it('an invoice that changes while its batch is in flight reaches QBO at its latest version', async () => {
  const { tenantId, realmId } = await h.tenant();
  await seed(tenantId, realmId, 3, 'L');
  await h.faults(realmId, { latencyMs: 400 });
  const w = h.wire();
  const running = w.runWindow.run({ tenantId, trigger: 'run_now' });
  await waitFor(
    async () => ((await h.ds.query(`SELECT 1 FROM invoice_sync WHERE tenant_id = $1 AND invoice_id = 'L1' AND batch_id IS NOT NULL`, [tenantId])) as unknown[]).length > 0,
    { intervalMs: 10, description: 'L1 in a batch' },
  );
  await h.invoice(tenantId, { id: 'L1', version: 2, number: 'L-1', lines: [{ quantity: '3', unitPrice: '33.33' }] });
  const r = await running;
  await h.faults(realmId, {});
  expect(r).toMatchObject({ status: 'finished', summary: { pushed: 3, updated: 1 } });
  const l1 = h.qboInvoices(realmId).filter((i) => i.DocNumber === 'L-1');
  expect(l1).toHaveLength(1);
  expect(totalOf(l1[0]!)).toBe('99.99');
  expect(await h.syncRow(tenantId, 'L1')).toMatchObject({ pushed_version: '2', batch_id: null });
});

it('finishes a batch an earlier run persisted but never recorded, resending the same requestid', async () => {
  const { tenantId, realmId } = await h.tenant();
  const numbers = await seed(tenantId, realmId, 5, 'R');
  await h.ds.query(`UPDATE tenants SET default_item_id = '1' WHERE tenant_id = $1`, [tenantId]);
  const w = h.wire();
  // The earlier run: sent (QBO applied it, the answer was lost), then the process died before recording.
  await h.faults(realmId, { dropRate: 1 });
  const crashed = h.wire({ client: { maxRetries: 0 }, flush: { retryAttempts: 0 } });
  const first = await crashed.runWindow.run({ tenantId, trigger: 'run_now' });
  expect(first).toMatchObject({ status: 'incomplete', summary: { pushed: 0 } });
  expect(h.qboInvoices(realmId)).toHaveLength(5); // applied, unanswered
  await h.faults(realmId, {});
  const open = (await h.ds.query(`SELECT request_id FROM invoice_batches WHERE tenant_id = $1 AND status = 'open'`, [tenantId])) as Array<{ request_id: string }>;
  expect(open).toHaveLength(1);

  const second = await w.runWindow.run({ tenantId, trigger: 'run_now' });
  expect(second).toMatchObject({ status: 'finished', summary: { pushed: 5 } });
  expectEachOnce(h.qboInvoices(realmId), numbers);
  const log = await h.requests(realmId);
  const resent = log.filter((r) => r.requestId === open[0]?.request_id);
  expect(resent.at(-1)?.replayed).toBe(true);
});

it('an unknown create is looked up by the number it was sent with, even after the number changed upstream', async () => {
  const { tenantId, realmId } = await h.tenant();
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.ds.query(`UPDATE tenants SET default_item_id = '1' WHERE tenant_id = $1`, [tenantId]);
  await h.invoice(tenantId, { id: 'ren', number: 'OLD-1' });
  // The create reached QBO, its answer was lost, and the batch is too old to resend with its requestid.
  await h.faults(realmId, { dropRate: 1 });
  const crashed = h.wire({ client: { maxRetries: 0 }, flush: { retryAttempts: 0 } });
  expect(await crashed.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ status: 'incomplete', summary: { pushed: 0 } });
  await h.faults(realmId, {});
  expect(h.qboInvoices(realmId).map((i) => i.DocNumber)).toEqual(['OLD-1']);
  // Meanwhile the number changed upstream.
  await h.invoice(tenantId, { id: 'ren', version: 2, number: 'NEW-1' });

  const w = h.wire({ flush: { requestIdTrustMs: 0 } });
  const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
  expect(r).toMatchObject({ status: 'finished', summary: { pushed: 0, updated: 1 } });
  const held = h.qboInvoices(realmId);
  expect(held.map((i) => i.DocNumber)).toEqual(['NEW-1']);
  expect(held[0]?.PrivateNote).toBe('qbo-sync invoice ren');
});
