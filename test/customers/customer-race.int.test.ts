import { CustomerHarness } from './customer-harness';

jest.setTimeout(180_000);

let h: CustomerHarness;
beforeAll(async () => {
  h = await CustomerHarness.start();
});
afterAll(async () => {
  await h?.close();
});

it('two worker processes racing on the same new customer create exactly one QBO customer; the other upstream ids of that person are held (one upstream customer, one QBO customer)', async () => {
  // Both processes poll often and resolve in parallel lanes, so they contend for the same name.
  const env = { CUSTOMER_RESOLUTION_POLL_MS: '20', CUSTOMER_RESOLUTION_CONCURRENCY: '4', LOG_LEVEL: 'error' };
  const first = h.spawnWorker(env);
  const second = h.spawnWorker(env);
  const { tenantId, realmId } = await h.tenant({}, 'review');
  // The same person arriving under several upstream ids at once, plus replays of one of them.
  const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
  await Promise.all(ids.map((id) => h.send(tenantId, { id, displayName: 'Racing Rita', email: 'rita@race.example' })));
  await Promise.all([h.send(tenantId, { id: 'r1', displayName: 'Racing Rita', email: 'rita@race.example' }, 2)]);
  const links = await Promise.all(ids.map((id) => h.resolved(tenantId, id)));
  const qbo = (await h.qboCustomers(realmId)).filter((c) => c.DisplayName.startsWith('Racing Rita'));
  expect(qbo).toHaveLength(1);
  const linked = links.filter((l) => l.status === 'linked');
  expect(linked).toHaveLength(1);
  expect(linked[0]?.qbo_customer_id).toBe(qbo[0]?.Id);
  const held = links.filter((l) => l.status === 'review');
  expect(held).toHaveLength(5);
  for (const l of held) expect(l.status_reason).toContain('already belongs to upstream customer');
  const creates = (await h.db.dataSource.query(
    `SELECT count(*)::int AS n FROM customer_decisions WHERE tenant_id = $1 AND outcome IN ('create', 'ambiguous-create')`,
    [tenantId],
  )) as Array<{ n: number }>;
  expect(creates[0]?.n).toBe(1);
  expect(first.child.exitCode).toBeNull();
  expect(second.child.exitCode).toBeNull();
});
