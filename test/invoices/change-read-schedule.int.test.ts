import { CustomerHarness } from '../customers/customer-harness';
import { asPerson, startWebhookHarness, stopWebhookHarness } from '../customers/webhook-harness';
import { waitFor } from '../support/wait-for';

/**
 * Issue 13, item 5: a round of the change reading looks only at cursors that are due
 * (qbo_change_cursor.next_read_at, indexed). A started cursor is due at its backstop (an hour in
 * this harness), not at once; a webhook brings it forward to the delay (1.5 s) and the read puts it
 * back to the backstop; a cursor of a tenant no longer connected waits at 'infinity', not looked
 * at every round, until the connection is connected again.
 */
jest.setTimeout(120_000);

let h: CustomerHarness;
beforeAll(async () => {
  ({ h } = await startWebhookHarness());
});
afterAll(async () => {
  await stopWebhookHarness(h);
});

async function cursor(tenantId: string): Promise<{ next_read_at: Date; last_read_at: Date; infinite: boolean }> {
  const rows = (await h.db.dataSource.query(
    `SELECT next_read_at, last_read_at, next_read_at = 'infinity' AS infinite FROM qbo_change_cursor WHERE tenant_id = $1`,
    [tenantId],
  )) as Array<{ next_read_at: Date; last_read_at: Date; infinite: boolean }>;
  if (rows[0] === undefined) throw new Error('no cursor');
  return rows[0];
}

async function cdcCalls(realmId: string): Promise<number> {
  const log = await h.admin<Array<{ method: string; path: string }>>('GET', `/_emulator/realms/${realmId}/requests`);
  return log.filter((r) => r.method === 'GET' && r.path.endsWith('/cdc')).length;
}

it('a cursor is due at its backstop, brought forward by a webhook, put back by the read', async () => {
  const { tenantId, realmId, seeded } = await h.tenant({ customers: [{ DisplayName: 'Scheduled Customer' }] });
  // The cursor row is inserted due now (so a worker that stops before setting its time reads it
  // at once) and its due time set right after, in a second statement: wait for that, not the row
  // alone (under load a read between the two saw next_read_at 314 ms after the last read).
  await waitFor(
    async () =>
      ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = $1 AND next_read_at > last_read_at + interval '1 minute'`, [tenantId])) as unknown[])
        .length === 1,
    { description: 'the cursor started with its due time' },
  );
  // Started: due at the backstop (last read + 1 h), so no round reads it now.
  const started = await cursor(tenantId);
  expect(started.next_read_at.getTime() - started.last_read_at.getTime()).toBe(3_600_000);
  expect(await cdcCalls(realmId)).toBe(0);

  const person = await asPerson(h, realmId);
  const id = seeded.customers?.[0]?.Id ?? '';
  const current = (await person('GET', `/customer/${id}`)).Customer as { SyncToken: string };
  await person('POST', '/customer?operation=update', { Id: id, SyncToken: current.SyncToken, sparse: true, PrimaryEmailAddr: { Address: 'due@example.com' } });
  await waitFor(
    async () =>
      ((await h.db.dataSource.query(`SELECT 1 FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2 AND email = 'due@example.com'`, [tenantId, id])) as unknown[]).length === 1,
    { description: 'the webhook read', timeoutMs: 30_000 },
  );
  expect(await cdcCalls(realmId)).toBe(1);
  await waitFor(async () => {
    const c = await cursor(tenantId);
    return c.next_read_at.getTime() - c.last_read_at.getTime() === 3_600_000 && c.last_read_at.getTime() > started.last_read_at.getTime();
  }, { description: 'the read put the cursor back to its backstop' });
});

it('a due cursor of a tenant no longer connected waits at infinity until it is connected again', async () => {
  const { tenantId } = await h.tenant({});
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as unknown[]).length === 1, {
    description: 'the cursor started',
  });
  await h.db.dataSource.query(`UPDATE qbo_connections SET status = 'needs_reconnect' WHERE tenant_id = $1`, [tenantId]);
  await h.db.dataSource.query(`UPDATE qbo_change_cursor SET next_read_at = now(), last_read_at = now() - interval '2 days' WHERE tenant_id = $1`, [tenantId]);
  await waitFor(async () => (await cursor(tenantId)).infinite, { description: 'the unconnected cursor set aside' });

  await h.db.dataSource.query(`UPDATE qbo_connections SET status = 'connected' WHERE tenant_id = $1`, [tenantId]);
  // Connected again: due at once (the backstop is two days late), read, then back to its backstop.
  await waitFor(async () => {
    const c = await cursor(tenantId);
    return !c.infinite && c.last_read_at.getTime() > Date.now() - 60_000 && c.next_read_at.getTime() - c.last_read_at.getTime() === 3_600_000;
  }, { description: 'the reconnected tenant read' });
});
