import { CustomerHarness } from '../customers/customer-harness';
import { asPerson, pendingNotifications, startWebhookHarness, stopWebhookHarness } from '../customers/webhook-harness';
import { waitFor } from '../support/wait-for';

/**
 * A read of a tenant's changes keeps the cursor's lease until the notifications it answered are
 * marked processed, in one transaction: released before them, another replica's round or window
 * could claim the cursor while they still look pending and read the company again (a second CDC
 * call for changes already read). A trigger in this test's own database records, at every release
 * of a lease, how many of the tenant's notifications are still pending.
 */
jest.setTimeout(120_000);

let h: CustomerHarness;
beforeAll(async () => {
  ({ h } = await startWebhookHarness());
  await h.db.dataSource.query(`CREATE TABLE test_cursor_releases (tenant_id text NOT NULL, pending int NOT NULL)`);
  await h.db.dataSource.query(`
    CREATE FUNCTION test_note_release() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.claimed_until IS NOT NULL AND NEW.claimed_until IS NULL THEN
        INSERT INTO test_cursor_releases (tenant_id, pending)
          SELECT NEW.tenant_id, count(*) FROM qbo_webhook_notifications n WHERE n.tenant_id = NEW.tenant_id AND n.processed_at IS NULL;
      END IF;
      RETURN NEW;
    END $$`);
  await h.db.dataSource.query(`CREATE TRIGGER test_note_release AFTER UPDATE ON qbo_change_cursor FOR EACH ROW EXECUTE FUNCTION test_note_release()`);
});
afterAll(async () => {
  await stopWebhookHarness(h);
});

async function cdcCalls(realmId: string): Promise<number> {
  const log = await h.admin<Array<{ method: string; path: string }>>('GET', `/_emulator/realms/${realmId}/requests`);
  return log.filter((r) => r.method === 'GET' && r.path.endsWith('/cdc')).length;
}

it('a webhook read releases the cursor only with its notifications marked processed (no second replica can read them again)', async () => {
  const { tenantId, realmId, seeded } = await h.tenant({ customers: [{ DisplayName: 'Release Customer', PrimaryEmailAddr: { Address: 'before@example.com' } }] });
  const id = seeded.customers?.[0]?.Id ?? '';
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as unknown[]).length === 1, {
    description: 'the cursor started',
  });
  const person = await asPerson(h, realmId);
  const current = (await person('GET', `/customer/${id}`)).Customer as { SyncToken: string };
  await person('POST', '/customer?operation=update', { Id: id, SyncToken: current.SyncToken, sparse: true, PrimaryEmailAddr: { Address: 'after@example.com' } });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_webhook_notifications WHERE tenant_id = $1`, [tenantId])) as unknown[]).length > 0, {
    description: 'the webhook queued',
  });
  await waitFor(async () => (await pendingNotifications(h, realmId)) === 0, { description: 'the notification read', timeoutMs: 30_000 });
  const mirrored = (await h.db.dataSource.query(`SELECT email FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, id])) as Array<{ email: string }>;
  expect(mirrored[0]?.email).toBe('after@example.com');
  expect(await cdcCalls(realmId)).toBe(1);

  const releases = (await h.db.dataSource.query(`SELECT pending FROM test_cursor_releases WHERE tenant_id = $1`, [tenantId])) as Array<{ pending: number }>;
  // The read's lease was released (once at least), and never while its notification was pending.
  expect(releases.length).toBeGreaterThan(0);
  expect(releases.map((r) => r.pending)).toEqual(releases.map(() => 0));
});
