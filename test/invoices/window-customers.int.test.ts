import { ClaimedCustomer, CustomerLinkRepository } from '../../src/customers/customer-link-repository';
import { ResolveWindowCustomers } from '../../src/invoices/resolve-window-customers';
import { waitFor } from '../support/wait-for';
import { InvoiceHarness } from './invoice-harness';

/**
 * The window's customer step claims a few customers per lane at a time with the configured lease,
 * renews them while it works, and leaves little behind when its process dies.
 */
jest.setTimeout(60_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

/** A tenant with a loaded mirror and `n` pending customers, each with an invoice waiting. */
const realms = new Map<string, string>();

async function pendingCustomers(n: number): Promise<{ tenantId: string; ids: string[] }> {
  const { tenantId, realmId } = await h.tenant();
  realms.set(tenantId, realmId);
  await h.ds.query(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status) VALUES ($1, $2, 'ready')`, [tenantId, realmId]);
  const ids = Array.from({ length: n }, (_, i) => `c${i}`);
  for (const id of ids) {
    await h.ds.query(
      `INSERT INTO customers (tenant_id, id, version, display_name, last_event_id, occurred_at) VALUES ($1, $2, 1, $3, $4, now())`,
      [tenantId, id, `Customer ${id}`, `evt-${tenantId}-${id}`],
    );
    await h.invoice(tenantId, { id: `i-${id}`, customerId: id });
  }
  return { tenantId, ids };
}

async function claimedBy(tenantId: string): Promise<Array<{ customer_id: string; claimed_by: string }>> {
  return (await h.ds.query(`SELECT customer_id, claimed_by FROM customer_links WHERE tenant_id = $1 AND claimed_until > now()`, [tenantId])) as Array<{
    customer_id: string;
    claimed_by: string;
  }>;
}

/** Another replica's resolution task, claiming for this tenant only. */
async function otherReplicaClaims(links: CustomerLinkRepository, tenantId: string): Promise<ClaimedCustomer[]> {
  const got = await links.claim(500, 'other-replica', 60_000);
  const mine = got.filter((c) => c.tenantId === tenantId);
  await links.releaseClaims(got.filter((c) => c.tenantId !== tenantId), 'other-replica');
  return mine;
}

/** The link repository of a process that dies at `crash()`: from then on it writes nothing. */
class DyingLinks extends CustomerLinkRepository {
  dead = false;
  override async renewClaims(...args: Parameters<CustomerLinkRepository['renewClaims']>): Promise<void> {
    if (!this.dead) await super.renewClaims(...args);
  }
  override async releaseClaims(...args: Parameters<CustomerLinkRepository['releaseClaims']>): Promise<void> {
    if (!this.dead) await super.releaseClaims(...args);
  }
  override async release(...args: Parameters<CustomerLinkRepository['release']>): Promise<void> {
    if (!this.dead) await super.release(...args);
  }
}

it('claims only what its lanes can work under one lease; after a crash mid-step the rest are free at once and the started ones within one lease', async () => {
  const { tenantId } = await pendingCustomers(40);
  const links = new DyingLinks(h.ds);
  const started: string[] = [];
  const hang = new Promise<void>(() => undefined);
  const step = new ResolveWindowCustomers(
    h.ds,
    links,
    { run: async (_t: string, customerId: string) => (started.push(customerId), hang) },
    { leaseMs: 1500, concurrency: 2, retryDelayMs: 1000 },
    h.logger,
  );
  void step.run(tenantId);
  await waitFor(async () => started.length === 2, { description: 'both lanes working' });
  const claimed = await claimedBy(tenantId);
  expect(claimed.length).toBeLessThanOrEqual(4); // 2 lanes × 2, not the whole tenant
  expect(claimed.map((c) => c.customer_id)).toEqual(expect.arrayContaining(started));

  links.dead = true; // the process dies: no more renewals
  const others = new CustomerLinkRepository(h.ds);
  const freeAtOnce = await otherReplicaClaims(others, tenantId);
  expect(freeAtOnce.length).toBe(40 - claimed.length);
  const t0 = Date.now();
  await waitFor(async () => (await otherReplicaClaims(others, tenantId)).length === claimed.length, {
    timeoutMs: 10_000,
    intervalMs: 100,
    description: 'the crashed step’s claims free again after one lease',
  });
  expect(Date.now() - t0).toBeLessThan(10_000);
});

it('a lease never runs out while the same replica still works on the customer (resolutions slower than the lease)', async () => {
  // Two customers: one lane claims both at once (two per lane), so the other replica can only ever
  // try to take a claim this replica holds; with a third, it could legitimately win the step's next claim.
  const { tenantId, ids } = await pendingCustomers(2);
  const links = new CustomerLinkRepository(h.ds);
  const others = new CustomerLinkRepository(h.ds);
  const resolvedBy = new Map<string, number>();
  const working = new Set<string>();
  const step = new ResolveWindowCustomers(
    h.ds,
    links,
    {
      run: async (t: string, customerId: string) => {
        working.add(customerId);
        // Slower than the lease: keep working until the claim was renewed twice (over two leases).
        const seen = new Set<string>();
        await waitFor(
          async () => {
            const rows = (await h.ds.query(`SELECT claimed_until::text AS until FROM customer_links WHERE tenant_id = $1 AND customer_id = $2`, [t, customerId])) as Array<{ until: string | null }>;
            if (rows[0]?.until) seen.add(rows[0].until);
            return seen.size >= 3;
          },
          { timeoutMs: 20_000, intervalMs: 50, description: `the claim on ${customerId} renewed twice while it is worked on` },
        );
        working.delete(customerId);
        resolvedBy.set(customerId, (resolvedBy.get(customerId) ?? 0) + 1);
        await links.settle(t, customerId, { status: 'linked', qboCustomerId: `Q${customerId}`, reason: null, method: 'test', version: 1, realmId: realms.get(t) ?? null });
      },
    },
    { leaseMs: 600, concurrency: 1, retryDelayMs: 1000 },
    h.logger,
  );
  const running = step.run(tenantId);
  let done = false;
  void running.finally(() => (done = true));
  // The other replica starts once this one works (before that it could take every claim itself).
  await waitFor(() => working.size > 0 || done, { description: 'the step working on a customer' });
  const stolen: string[] = [];
  while (!done) {
    // The other replica takes what is claimable and gives it back: never one this replica works on.
    // It only tries while this replica is mid-resolution (between customers it would just race the step's next claim).
    if (working.size === 0) {
      await waitFor(() => working.size > 0 || done, { intervalMs: 20, description: 'the step working again or done' });
      continue;
    }
    const got = await otherReplicaClaims(others, tenantId);
    const workingNow = [...working];
    await others.releaseClaims(got, 'other-replica');
    stolen.push(...got.map((c) => c.customerId).filter((id) => workingNow.includes(id)));
    await new Promise((r) => setTimeout(r, 100));
  }
  await running;
  expect(stolen).toEqual([]);
  expect([...resolvedBy.entries()].sort()).toEqual(ids.map((id) => [id, 1]));
});
