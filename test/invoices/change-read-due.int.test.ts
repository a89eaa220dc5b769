import { ChangeReadSchedule } from '../../src/invoices/change-read-schedule';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * Issue 13 (reads spent like money): when a tenant's pending webhook notifications are due to be
 * read, by entity, on Postgres (ChangeReadSchedule). Payments wait the delay (6 h here); every other
 * change (a customer's details, an invoice a person edited, an item) matters only to a match (read
 * at once then: change-read-schedule.int.test.ts, webhook-reads) and to the invoice window, so it
 * waits for the window's lead (a sixth of the delay: 1 h), at most the other delay (a day); a merge
 * is due at once. A window moved earlier brings the pending changes forward with it.
 */
jest.setTimeout(60_000);

const HOUR = 3_600_000;
const options = { delayMs: 6 * HOUR, otherDelayMs: 24 * HOUR, backstopMs: 48 * HOUR, leaseMs: 60_000 };
let db: TestDatabase;
let schedule: ChangeReadSchedule;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  schedule = new ChangeReadSchedule(db.dataSource, options);
});
afterAll(async () => {
  await db?.drop();
});

/** A tenant whose changes were last read now, its next window `windowInMs` from now (null: none). */
async function tenant(windowInMs: number | null): Promise<{ tenantId: string; realmId: string }> {
  n += 1;
  const tenantId = `due_${n}`;
  const realmId = `realm_due_${n}`;
  await db.dataSource.query(
    `INSERT INTO tenants (tenant_id, enabled, next_window_at) VALUES ($1, true, CASE WHEN $2::bigint IS NULL THEN NULL ELSE now() + $2::bigint * interval '1 millisecond' END)`,
    [tenantId, windowInMs],
  );
  await db.dataSource.query(
    `INSERT INTO qbo_change_cursor (tenant_id, realm_id, cdc_since, last_read_at, next_read_at) VALUES ($1, $2, now(), now(), now() + $3 * interval '1 millisecond')`,
    [tenantId, realmId, options.backstopMs],
  );
  return { tenantId, realmId };
}

/** Queues a notification as the webhook endpoint does (its row, then noteQueued in the same transaction). */
async function notify(t: { tenantId: string; realmId: string }, entity: string, operation: string): Promise<void> {
  await db.dataSource.transaction(async (tx) => {
    const rows = (await tx.query(
      `INSERT INTO qbo_webhook_notifications (realm_id, tenant_id, entity, entity_id, operation, deleted_id) VALUES ($1, $2, $3, '7', $4, $5) RETURNING id`,
      [t.realmId, t.tenantId, entity, operation, operation === 'Merge' ? '8' : null],
    )) as Array<{ id: string }>;
    await schedule.noteQueued(tx, rows.map((r) => String(r.id)));
  });
}

/** The cursor's due time, in ms from Postgres' now (negative: due already). */
async function dueInMs(tenantId: string): Promise<number> {
  const rows = (await db.dataSource.query(`SELECT extract(epoch FROM next_read_at - now()) * 1000 AS ms FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as Array<{
    ms: string;
  }>;
  return Number(rows[0]?.ms);
}

const near = (ms: number, expected: number) => expect(Math.abs(ms - expected)).toBeLessThan(60_000);

it.each([
  ['a customer changed', 'Customer', 'Update'],
  ['an invoice a person edited', 'Invoice', 'Update'],
  ['an item created', 'Item', 'Create'],
])('%s waits for the window lead, not the payment delay', async (_what, entity, operation) => {
  const t = await tenant(10 * HOUR);
  await notify(t, entity, operation);
  near(await dueInMs(t.tenantId), 9 * HOUR);
  // From scratch (after a read of something else) the same.
  await schedule.recompute([t.tenantId]);
  near(await dueInMs(t.tenantId), 9 * HOUR);
});

it('a change waits at most the other delay when the window is further away, and without a window', async () => {
  const far = await tenant(40 * HOUR);
  await notify(far, 'Customer', 'Update');
  near(await dueInMs(far.tenantId), 24 * HOUR);
  const none = await tenant(null);
  await notify(none, 'Invoice', 'Update');
  near(await dueInMs(none.tenantId), 24 * HOUR);
  await schedule.recompute([none.tenantId]);
  near(await dueInMs(none.tenantId), 24 * HOUR);
});

it('a payment waits the delay, or less when the window comes first; a merge is due at once', async () => {
  const t = await tenant(10 * HOUR);
  await notify(t, 'Payment', 'Create');
  near(await dueInMs(t.tenantId), 6 * HOUR);
  const soon = await tenant(2 * HOUR);
  await notify(soon, 'Payment', 'Create');
  near(await dueInMs(soon.tenantId), 1 * HOUR);
  const merged = await tenant(10 * HOUR);
  await notify(merged, 'Customer', 'Merge');
  near(await dueInMs(merged.tenantId), 0);
});

it('a tenant without pending notifications stays at its backstop', async () => {
  const t = await tenant(10 * HOUR);
  await schedule.recompute([t.tenantId]);
  near(await dueInMs(t.tenantId), 48 * HOUR);
});

it('a window moved earlier brings pending changes forward; tenants without pending ones keep their time', async () => {
  const pending = await tenant(20 * HOUR);
  const quiet = await tenant(20 * HOUR);
  await notify(pending, 'Customer', 'Update');
  near(await dueInMs(pending.tenantId), 19 * HOUR);
  await db.dataSource.query(`UPDATE tenants SET next_window_at = now() + interval '3 hours' WHERE tenant_id = ANY($1::text[])`, [[pending.tenantId, quiet.tenantId]]);
  await schedule.windowsMoved([pending.tenantId, quiet.tenantId]);
  near(await dueInMs(pending.tenantId), 2 * HOUR);
  near(await dueInMs(quiet.tenantId), 48 * HOUR);
});

it('a window that passes while changes are due (reads behind) leaves them due, not waiting for the next window', async () => {
  const t = await tenant(30 * 60_000);
  await notify(t, 'Customer', 'Update');
  // Due half an hour before the window, i.e. now: the reads are behind when the window runs and its next one is a day later.
  near(await dueInMs(t.tenantId), 0);
  await db.dataSource.query(`UPDATE tenants SET next_window_at = now() + interval '1 day' WHERE tenant_id = $1`, [t.tenantId]);
  await schedule.windowsMoved([t.tenantId]);
  near(await dueInMs(t.tenantId), 0);
});
