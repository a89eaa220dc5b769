import { anInvoiceEvent, asMessage } from '../support/builders';
import { produce } from '../support/kafka';
import { waitFor } from '../support/wait-for';
import { CustomerHarness } from './customer-harness';

/**
 * QuickBooks hanging (30 s latency, throttled) while customers are being created must not stall
 * ingest: no Postgres transaction is open across a QuickBooks call, and what QBO work holds comes
 * from its own small pool (DB_QBO_POOL_SIZE), never from ingest's (DB_POOL_SIZE).
 */
jest.setTimeout(180_000);

let h: CustomerHarness;
beforeAll(async () => {
  h = await CustomerHarness.start();
});
afterAll(async () => {
  await h?.close();
});

it('ingest completes while every customer create hangs in QuickBooks', async () => {
  await h.startWorker({ DB_POOL_SIZE: '3', DB_QBO_POOL_SIZE: '2', CUSTOMER_RESOLUTION_CONCURRENCY: '8', LOG_LEVEL: 'error' });
  const { tenantId, realmId } = await h.tenant();
  // The customers arrive while the connection is paused, so that one resolution tick claims them all at once.
  await h.db.dataSource.query(`UPDATE qbo_connections SET status = 'needs_reconnect' WHERE tenant_id = $1`, [tenantId]);
  const names = Array.from({ length: 8 }, (_, i) => `Hanging Harriet ${i}`);
  await Promise.all(names.map((displayName, i) => h.send(tenantId, { id: `hang${i}`, displayName, email: `h${i}@hang.example` })));
  await waitFor(
    async () => ((await h.db.dataSource.query(`SELECT 1 FROM customer_links WHERE tenant_id = $1 AND wanted_version IS NOT NULL`, [tenantId])) as unknown[]).length === 8,
    { timeoutMs: 30_000, description: 'the 8 customers ingested' },
  );
  await h.admin('PUT', `/_emulator/realms/${realmId}/faults`, { latencyMs: 30_000, throttleForMs: 120_000 });
  await h.db.dataSource.query(`UPDATE qbo_connections SET status = 'connected' WHERE tenant_id = $1`, [tenantId]);
  // Resolutions are under way (claimed): their creates wait on QuickBooks.
  await waitFor(
    async () =>
      ((await h.db.dataSource.query(`SELECT 1 FROM customer_links WHERE tenant_id = $1 AND claimed_by IS NOT NULL AND claimed_until > now()`, [tenantId])) as unknown[])
        .length === 8,
    { timeoutMs: 30_000, description: 'the 8 customer resolutions under way' },
  );

  const invoices = Array.from({ length: 60 }, (_, i) => asMessage(anInvoiceEvent({ id: `inv${i}`, number: `HANG-${i}`, customerId: 'hang0' }, { tenantId })));
  await produce(h.kafka, h.settings.invoicesTopic, invoices);
  await waitFor(
    async () => ((await h.db.dataSource.query(`SELECT count(*)::int AS n FROM invoices WHERE tenant_id = $1`, [tenantId])) as Array<{ n: number }>)[0]?.n === 60,
    { timeoutMs: 15_000, description: 'all 60 invoice events ingested while QuickBooks hangs' },
  );
  // QuickBooks still has not answered a single create: ingest did not wait for it.
  expect((await h.qboCustomers(realmId)).filter((c) => c.DisplayName.startsWith('Hanging Harriet'))).toEqual([]);
  const inTransaction = (await h.db.dataSource.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
  )) as Array<{ n: number }>;
  expect(inTransaction[0]?.n).toBe(0); // no transaction held open across the hanging calls
  await h.admin('PUT', `/_emulator/realms/${realmId}/faults`, {});
});
