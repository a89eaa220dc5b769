import { CustomerHarness } from '../customers/customer-harness';
import { asPerson, pendingNotifications, startWebhookHarness, stopWebhookHarness } from '../customers/webhook-harness';
import { waitFor } from '../support/wait-for';

/**
 * A read of a tenant's changes releases the cursor's lease only while the claim is still its own
 * (qbo_change_cursor.claim_token). A read slower than its lease (here: the company answers after
 * seconds) may find that another replica claimed the lapsed cursor meanwhile; releasing then
 * cleared that replica's lease, and a third could read the company beside it. The test plays the
 * other replica: while the worker's CDC call is in flight it claims the cursor as a replica does,
 * and the worker's read must leave that claim in place.
 */
jest.setTimeout(120_000);

let h: CustomerHarness;
beforeAll(async () => {
  ({ h } = await startWebhookHarness());
});
afterAll(async () => {
  await stopWebhookHarness(h);
});

async function cdcCalls(realmId: string): Promise<number> {
  const log = await h.admin<Array<{ method: string; path: string }>>('GET', `/_emulator/realms/${realmId}/requests`);
  return log.filter((r) => r.method === 'GET' && r.path.endsWith('/cdc')).length;
}

it("a read that outlived its lease leaves another replica's newer claim on the cursor", async () => {
  const { tenantId, realmId, seeded } = await h.tenant({ customers: [{ DisplayName: 'Claim Customer', PrimaryEmailAddr: { Address: 'before@example.com' } }] });
  const id = seeded.customers?.[0]?.Id ?? '';
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as unknown[]).length === 1, {
    description: 'the cursor started',
  });
  const before = await cdcCalls(realmId);
  // The company answers slowly from now on: the worker's read is in flight for seconds.
  await h.admin('PUT', `/_emulator/realms/${realmId}/faults`, { latencyMs: 3000 });
  const person = await asPerson(h, realmId);
  const current = (await person('GET', `/customer/${id}`)).Customer as { SyncToken: string };
  await person('POST', '/customer?operation=update', { Id: id, SyncToken: current.SyncToken, sparse: true, PrimaryEmailAddr: { Address: 'after@example.com' } });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_webhook_notifications WHERE tenant_id = $1`, [tenantId])) as unknown[]).length > 0, {
    description: 'the webhook queued',
    intervalMs: 20,
  });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = $1 AND claimed_until > now()`, [tenantId])) as unknown[]).length === 1, {
    description: 'the worker claimed the cursor for its read',
    timeoutMs: 30_000,
    intervalMs: 20,
  });
  // Another replica, finding the lease lapsed, claims the cursor for itself.
  const taken = (await h.db.dataSource.query(
    `UPDATE qbo_change_cursor SET claimed_until = now() + interval '1 hour', claim_token = gen_random_uuid() WHERE tenant_id = $1 RETURNING claim_token`,
    [tenantId],
  )) as [Array<{ claim_token: string }>, number];
  const other = taken[0][0]?.claim_token;
  expect(other).toBeDefined();
  await waitFor(async () => (await pendingNotifications(h, realmId)) === 0, { description: 'the worker finished its read', timeoutMs: 60_000 });
  await h.admin('PUT', `/_emulator/realms/${realmId}/faults`, {});
  const mirrored = (await h.db.dataSource.query(`SELECT email FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, id])) as Array<{ email: string }>;
  expect(mirrored[0]?.email).toBe('after@example.com');
  // The other replica's claim stands: its lease, its token.
  const cursor = (await h.db.dataSource.query(`SELECT claim_token, claimed_until > now() + interval '50 minutes' AS held FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as Array<{
    claim_token: string | null;
    held: boolean;
  }>;
  expect(cursor[0]).toEqual({ claim_token: other, held: true });
  expect(await cdcCalls(realmId)).toBe(before + 1);
});
