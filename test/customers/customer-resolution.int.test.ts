import { Worker } from '../../src/worker';
import { waitFor } from '../support/wait-for';
import { CustomerHarness } from './customer-harness';

jest.setTimeout(120_000);

let h: CustomerHarness;
let worker: Worker;
beforeAll(async () => {
  h = await CustomerHarness.start();
  worker = await h.startWorker();
});
afterAll(async () => {
  await h?.close();
});

/** The sync events written for one customer, oldest first. */
async function syncEvents(tenantId: string, customerId: string): Promise<Array<{ type: string; version: string; data: Record<string, unknown> }>> {
  return h.db.dataSource.query(`SELECT type, version, data FROM sync_event_outbox WHERE tenant_id = $1 AND entity_type = 'customer' AND entity_id = $2 ORDER BY id`, [
    tenantId,
    customerId,
  ]);
}

describe('resolution by the linkage model, through Kafka → worker → mirror → emulator', () => {
  it('an exact normalised e-mail with a nickname links', async () => {
    const { tenantId, realmId, seeded } = await h.tenant({
      customers: [{ DisplayName: "Ann O'Neil", PrimaryEmailAddr: { Address: 'ann@oneil.example' } }, { DisplayName: 'Someone Else' }],
    });
    await h.send(tenantId, { id: 'c1', displayName: "Annie O'Neil", email: ' ANN+billing@Oneil.example ' });
    expect(await h.resolved(tenantId, 'c1')).toMatchObject({ status: 'linked', method: 'model', qbo_customer_id: seeded.customers?.[0]?.Id });
    expect(await h.qboCustomers(realmId)).toHaveLength(2);
    const d = await h.decisions(tenantId, 'c1');
    expect(d.at(-1)?.candidates[0]?.evidence).toEqual(expect.arrayContaining([expect.stringMatching(/^same e-mail( \(.*\))?: (very )?strong for/), expect.stringMatching(/^given name is a nickname of the other: \w+ for/)]));
  });

  it('a normalised name (case, punctuation, legal suffix, "Last, First") links in a small company', async () => {
    const { tenantId, seeded } = await h.tenant({
      customers: [
        { DisplayName: 'Acme Widgets, Inc.', CompanyName: 'Acme Widgets, Inc.', PrimaryPhone: { FreeFormNumber: '(312) 555-0100' } },
        { DisplayName: 'Zoë Ångström', GivenName: 'Zoë', FamilyName: 'Ångström' },
      ],
    });
    // An organisation's exact name alone is not enough (sister sites, namesakes): a phone confirms it.
    await h.send(tenantId, { id: 'c1', displayName: 'ACME widgets LLC', phone: '312 555 0100' });
    await h.send(tenantId, { id: 'c2', displayName: 'angstrom, zoe' });
    expect(await h.resolved(tenantId, 'c1')).toMatchObject({ status: 'linked', method: 'model', qbo_customer_id: seeded.customers?.[0]?.Id });
    expect(await h.resolved(tenantId, 'c2')).toMatchObject({ status: 'linked', method: 'model', qbo_customer_id: seeded.customers?.[1]?.Id });
  });

  it('typos weighed, not vetoed: a phone with a mistyped name, and a name with another street spelling', async () => {
    const { tenantId, seeded } = await h.tenant({
      customers: [
        { DisplayName: 'Katherine Oduya', PrimaryPhone: { FreeFormNumber: '(415) 555-0199' } },
        { DisplayName: 'Bethune Educational Center', BillAddr: { Line1: '843 W. 103rd Street', PostalCode: '60643' } },
      ],
    });
    await h.send(tenantId, { id: 'c1', displayName: 'Katherin Oduya', phone: '+1 415 555 0199' });
    await h.send(tenantId, { id: 'c2', displayName: 'Bethune Educational Centre', billingAddress: { line1: '843 W 103rd St', postalCode: '60643-1234' } });
    expect(await h.resolved(tenantId, 'c1')).toMatchObject({ status: 'linked', method: 'model', qbo_customer_id: seeded.customers?.[0]?.Id });
    expect(await h.resolved(tenantId, 'c2')).toMatchObject({ status: 'linked', method: 'model', qbo_customer_id: seeded.customers?.[1]?.Id });
    const d = await h.decisions(tenantId, 'c2');
    expect(d.at(-1)).toMatchObject({ outcome: 'link', method: 'model' });
    expect(d.at(-1)?.candidates[0]?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'street', level: 'exact' })]));
    expect(d.at(-1)?.candidates.length).toBeGreaterThan(0);
  });

  it('no candidate → created in QBO with repaired fields; quotes, backslashes, colons and non-Latin letters survive', async () => {
    const { tenantId, realmId } = await h.tenant();
    await h.send(tenantId, { id: 'c1', displayName: 'Zoë "Q" O\'Brien \\ Co: West', email: 'not-an-email' });
    await h.send(tenantId, { id: 'c2', displayName: '株式会社テスト', email: 'info@test.example.jp' });
    const l1 = await h.resolved(tenantId, 'c1');
    const l2 = await h.resolved(tenantId, 'c2');
    const qbo = await h.qboCustomers(realmId);
    expect(qbo.map((c) => c.DisplayName).sort()).toEqual(['Zoë "Q" O\'Brien \\ Co - West', '株式会社テスト'].sort());
    expect(l1).toMatchObject({ status: 'linked', method: 'create', qbo_customer_id: qbo.find((c) => c.DisplayName.startsWith('Zoë'))?.Id });
    expect(l2.qbo_customer_id).toBe(qbo.find((c) => c.DisplayName === '株式会社テスト')?.Id);
    const d = await h.decisions(tenantId, 'c1');
    expect(d.at(-1)?.repairs).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'DisplayName' }), expect.objectContaining({ field: 'PrimaryEmailAddr', after: null })]),
    );
    // A second upstream record of the same company finds the customer the sync created, which belongs to c2:
    // one upstream customer, one QBO customer, so it is created with a suffix and flagged as its duplicate.
    await h.send(tenantId, { id: 'c3', displayName: '株式会社テスト', email: 'INFO@test.example.jp' });
    const l3 = await h.resolved(tenantId, 'c3');
    expect(l3).toMatchObject({ status: 'linked', method: 'create' });
    expect(l3.status_reason).toContain('already belongs to upstream customer c2');
    expect((await h.qboCustomers(realmId)).find((c) => c.Id === l3.qbo_customer_id)?.DisplayName).toBe('株式会社テスト (2)');
    expect(await h.flags(tenantId)).toEqual([expect.objectContaining({ qbo_customer_id: l3.qbo_customer_id, other_qbo_customer_id: l2.qbo_customer_id })]);
  });

  it('a name held by a vendor, and an inactive namesake: created with a readable suffix, never reactivated, reasons recorded', async () => {
    const { tenantId, realmId, seeded } = await h.tenant({
      vendors: [{ DisplayName: 'Harbor Supplies' }],
      customers: [{ DisplayName: 'Old Namesake', Active: false, PrimaryEmailAddr: { Address: 'old@namesake.example' } }],
    });
    await h.send(tenantId, { id: 'v1', displayName: 'Harbor Supplies', email: 'ap@harbor.example' });
    await h.send(tenantId, { id: 'n1', displayName: 'Old Namesake', email: 'new@namesake.example' });
    const v = await h.resolved(tenantId, 'v1');
    const n = await h.resolved(tenantId, 'n1');
    const qbo = await h.qboCustomers(realmId);
    const harbor = qbo.find((c) => c.Id === v.qbo_customer_id);
    const namesake = qbo.find((c) => c.Id === n.qbo_customer_id);
    expect(harbor?.DisplayName).toBe('Harbor Supplies (2)');
    expect(namesake?.DisplayName).toBe('Old Namesake (2)');
    expect(v.status_reason).toContain('vendor');
    expect(n.status_reason).toContain('inactive');
    expect(qbo.find((c) => c.Id === seeded.customers?.[0]?.Id)?.Active).toBe(false);
  });

  it('ambiguous under policy review: held, then linked by an operator through the admin API', async () => {
    // Two members of one household share the phone; "S. Lee" could be either.
    const phone = { FreeFormNumber: '(415) 555-0100' };
    const { tenantId, seeded } = await h.tenant(
      { customers: [{ DisplayName: 'Sam Lee', GivenName: 'Sam', FamilyName: 'Lee', PrimaryPhone: phone }, { DisplayName: 'Sue Lee', GivenName: 'Sue', FamilyName: 'Lee', PrimaryPhone: phone }] },
      'review',
    );
    await h.send(tenantId, { id: 'c1', displayName: 'S.  Lee', phone: '415 555 0100' });
    const l = await h.resolved(tenantId, 'c1');
    expect(l).toMatchObject({ status: 'review', qbo_customer_id: null });
    const review = await h.api<{ customers: Array<{ customerId: string; candidates: unknown[] }> }>(worker, 'GET', `/api/tenants/${tenantId}/customers/review`);
    expect(review.body.customers).toEqual([expect.objectContaining({ customerId: 'c1' })]);
    expect(review.body.customers[0]?.candidates.length).toBeGreaterThanOrEqual(2);
    const target = seeded.customers?.[1]?.Id ?? '';
    const linked = await h.api<{ ok: boolean }>(worker, 'POST', `/api/tenants/${tenantId}/customers/c1/link`, { qboCustomerId: target });
    expect(linked).toMatchObject({ status: 200, body: { ok: true } });
    expect(await h.link(tenantId, 'c1')).toMatchObject({ status: 'linked', method: 'operator', qbo_customer_id: target });
    const explain = await h.api<{ decisions: Array<{ outcome: string }> }>(worker, 'GET', `/api/tenants/${tenantId}/customers/c1/explain`);
    expect(explain.body.decisions.map((d) => d.outcome)).toEqual(['review', 'operator-link']);
    // Upstream is told, in order: held (with the candidates), then linked by a person.
    const events = await syncEvents(tenantId, 'c1');
    expect(events.map((e) => [e.type, e.version])).toEqual([
      ['customer.held', '1'],
      ['customer.linked', '2'],
    ]);
    expect((events[0]?.data.candidates as string[]).length).toBeGreaterThanOrEqual(2);
    expect(events[1]?.data).toMatchObject({ customerId: 'c1', qboCustomerId: target, method: 'operator', createdInQuickBooks: false });
  });
});

describe('one upstream customer, one QBO customer; every create with candidates is flagged', () => {
  it('policy create: a second upstream customer matching an already linked QBO customer is created and flagged, with the reason', async () => {
    const { tenantId, realmId, seeded } = await h.tenant({
      customers: [{ DisplayName: 'Maria Lopez', GivenName: 'Maria', FamilyName: 'Lopez', PrimaryEmailAddr: { Address: 'maria@lopez.example' } }],
    });
    const maria = seeded.customers?.[0]?.Id ?? '';
    await h.send(tenantId, { id: 'u1', displayName: 'Maria Lopez', email: 'maria@lopez.example' });
    expect(await h.resolved(tenantId, 'u1')).toMatchObject({ status: 'linked', method: 'model', qbo_customer_id: maria });
    await h.send(tenantId, { id: 'u2', displayName: 'María López', email: 'MARIA@lopez.example' });
    const l2 = await h.resolved(tenantId, 'u2');
    expect(l2).toMatchObject({ status: 'linked', method: 'create' });
    expect(l2.qbo_customer_id).not.toBe(maria);
    expect(l2.status_reason).toContain('already belongs to upstream customer u1');
    expect(await h.flags(tenantId)).toEqual([expect.objectContaining({ qbo_customer_id: l2.qbo_customer_id, other_qbo_customer_id: maria, customer_id: 'u2' })]);
    expect(await h.qboCustomers(realmId)).toHaveLength(2);
    // A person may still link them on purpose.
    const linked = await h.api<{ ok: boolean }>(worker, 'POST', `/api/tenants/${tenantId}/customers/u2/link`, { qboCustomerId: maria });
    expect(linked).toMatchObject({ status: 200, body: { ok: true } });
    expect(await h.link(tenantId, 'u2')).toMatchObject({ status: 'linked', method: 'operator', qbo_customer_id: maria });
    const labels = (await h.db.dataSource.query(`SELECT qbo_customer_id, is_match, levels FROM customer_labelled_pairs WHERE tenant_id = $1 AND customer_id = 'u2'`, [
      tenantId,
    ])) as Array<{ qbo_customer_id: string; is_match: boolean; levels: Record<string, string> }>;
    expect(labels).toEqual(expect.arrayContaining([expect.objectContaining({ qbo_customer_id: maria, is_match: true, levels: expect.objectContaining({ email: 'exact' }) })]));
  });

  it('policy review: the second upstream customer is held, with the reason', async () => {
    const { tenantId, seeded } = await h.tenant({ customers: [{ DisplayName: 'Ken Oduya', PrimaryEmailAddr: { Address: 'ken@oduya.example' } }] }, 'review');
    await h.send(tenantId, { id: 'u1', displayName: 'Ken Oduya', email: 'ken@oduya.example' });
    expect(await h.resolved(tenantId, 'u1')).toMatchObject({ status: 'linked', qbo_customer_id: seeded.customers?.[0]?.Id });
    await h.send(tenantId, { id: 'u2', displayName: 'Kenneth Oduya', email: 'ken@oduya.example' });
    const l2 = await h.resolved(tenantId, 'u2');
    expect(l2).toMatchObject({ status: 'review', qbo_customer_id: null });
    expect(l2.status_reason).toContain('already belongs to upstream customer u1');
  });

  it('a create below the review band is still flagged with its likely candidates', async () => {
    const { tenantId, seeded } = await h.tenant({ customers: [{ DisplayName: 'Jane Whitfield', GivenName: 'Jane', FamilyName: 'Whitfield' }] });
    await h.send(tenantId, { id: 'c1', displayName: 'Mark Whitfield' });
    const l = await h.resolved(tenantId, 'c1');
    expect(l.status).toBe('linked');
    expect(l.qbo_customer_id).not.toBe(seeded.customers?.[0]?.Id);
    const d = await h.decisions(tenantId, 'c1');
    expect(d.at(-1)?.outcome).toBe('create');
    expect(await h.flags(tenantId)).toEqual([expect.objectContaining({ qbo_customer_id: l.qbo_customer_id, other_qbo_customer_id: seeded.customers?.[0]?.Id })]);
  });
});

describe('duplicates and merges made in QuickBooks', () => {
  it('ambiguous under policy create: created and flagged; the report gives merge steps; merging it away (webhook) moves the link to the keeper', async () => {
    h.emulator.updateConfig({ webhooks: { urls: [`http://127.0.0.1:${worker.httpPort ?? 0}/webhooks/intuit`] } });
    try {
      const { tenantId, realmId, seeded } = await h.tenant({ customers: [{ DisplayName: 'Robert Dunne', PrimaryPhone: { FreeFormNumber: '312 555 0101' } }] });
      const keeperId = seeded.customers?.[0]?.Id ?? '';
      await h.send(tenantId, { id: 'c1', displayName: 'Bob Dunn' });
      const l = await h.resolved(tenantId, 'c1');
      expect(l.status).toBe('linked');
      expect(l.qbo_customer_id).not.toBe(keeperId);
      const created = l.qbo_customer_id ?? '';
      const report = await h.api<{ pairs: Array<{ phaseOut: { qboCustomerId: string }; keeper: { qboCustomerId: string; displayName: string }; mergeSteps: string[]; afterwards: string }> }>(
        worker,
        'GET',
        `/api/tenants/${tenantId}/duplicates`,
      );
      expect(report.body.pairs).toHaveLength(1);
      expect(report.body.pairs[0]).toMatchObject({ phaseOut: { qboCustomerId: created }, keeper: { qboCustomerId: keeperId } });
      expect(report.body.pairs[0]?.mergeSteps.join(' ')).toContain('Set its Display Name to exactly "Robert Dunne"');
      expect(report.body.pairs[0]?.afterwards).toContain('c1');

      await h.admin('POST', `/_emulator/realms/${realmId}/merge`, { loserId: created, keeperId });
      await waitFor(async () => (await h.link(tenantId, 'c1'))?.qbo_customer_id === keeperId, { description: 'link moved to the keeper' });
      expect(await h.link(tenantId, 'c1')).toMatchObject({ status: 'linked', method: 'merge' });
      await waitFor(
        async () =>
          ((await h.db.dataSource.query(
            `SELECT 1 FROM qbo_webhook_notifications WHERE realm_id = $1 AND operation = 'Merge' AND entity_id = $2 AND deleted_id = $3 AND processed_at IS NOT NULL`,
            [realmId, keeperId, created],
          )) as unknown[]).length === 1,
        { description: 'the Merge webhook processed' },
      );
      const after = await h.api<{ pairs: unknown[] }>(worker, 'GET', `/api/tenants/${tenantId}/duplicates`);
      expect(after.body.pairs).toEqual([]);
      // A new version of the customer keeps the keeper: the merged-away one is never recreated or reactivated.
      await h.send(tenantId, { id: 'c1', displayName: 'Bob Dunn', email: 'bob@dunn.example' }, 2);
      expect(await h.resolved(tenantId, 'c1', 2)).toMatchObject({ status: 'linked', qbo_customer_id: keeperId });
      const qbo = await h.qboCustomers(realmId);
      expect(qbo).toHaveLength(2);
      expect(qbo.find((c) => c.Id === created)?.Active).toBe(false);
      // Created, then moved by the merge: two customer.linked events; the kept link at version 2 reports nothing new.
      expect((await syncEvents(tenantId, 'c1')).map((e) => [e.type, e.version, e.data.method, e.data.qboCustomerId])).toEqual([
        ['customer.linked', '1', 'created', created],
        ['customer.linked', '2', 'merge', keeperId],
      ]);
    } finally {
      h.emulator.updateConfig({ webhooks: { urls: [] } });
    }
  });

  it('the other direction, seen only through CDC: the linked customer merged into another moves the link; a deactivated one is held and the tenant told', async () => {
    const { tenantId, realmId, seeded } = await h.tenant({
      customers: [
        { DisplayName: 'Maple Dental', PrimaryEmailAddr: { Address: 'desk@maple.example' } },
        { DisplayName: 'Maple Dental Group' },
        { DisplayName: 'Quiet Customer', PrimaryEmailAddr: { Address: 'q@quiet.example' } },
      ],
    });
    const [maple, group, quiet] = (seeded.customers ?? []).map((c) => c.Id);
    await h.send(tenantId, { id: 'm1', displayName: 'Maple Dental', email: 'desk@maple.example' });
    await h.send(tenantId, { id: 'q1', displayName: 'Quiet Customer', email: 'q@quiet.example' });
    expect(await h.resolved(tenantId, 'm1')).toMatchObject({ status: 'linked', qbo_customer_id: maple });
    expect(await h.resolved(tenantId, 'q1')).toMatchObject({ status: 'linked', qbo_customer_id: quiet });

    await h.admin('POST', `/_emulator/realms/${realmId}/merge`, { loserId: maple, keeperId: group });
    await waitFor(async () => (await h.link(tenantId, 'm1'))?.qbo_customer_id === group, { description: 'link followed the merge via CDC' });

    const q = (await h.qboCustomers(realmId)).find((c) => c.Id === quiet);
    // Deactivate "Quiet Customer" in QBO as a user would (sparse update through the API).
    await updateCustomer(realmId, { Id: quiet ?? '', SyncToken: (q as { SyncToken?: string } | undefined)?.SyncToken ?? '0', Active: false, sparse: true });
    await waitFor(async () => (await h.link(tenantId, 'q1'))?.status === 'review', { description: 'held after deactivation' });
    const review = await h.api<{ customers: Array<{ customerId: string }>; notices: unknown[] }>(worker, 'GET', `/api/tenants/${tenantId}/customers/review`);
    expect(review.body.customers.map((c) => c.customerId)).toEqual(['q1']);
    expect((await h.link(tenantId, 'q1'))?.status_reason).toContain('inactive');
    // The bookkeeper is told once, as a notice (the page shows it with Dismiss).
    const told = (await h.db.dataSource.query(`SELECT customer_id, qbo_customer_id FROM customer_link_notices WHERE tenant_id = $1 AND kind = 'customer-inactive'`, [tenantId])) as unknown[];
    expect(told).toEqual([{ customer_id: 'q1', qbo_customer_id: quiet }]);
  });
});

async function updateCustomer(realmId: string, body: Record<string, unknown>): Promise<void> {
  const token = (h as unknown as { tokens: Map<string, string> }).tokens.get(realmId) ?? '';
  const res = await fetch(`${h.emulator.url}/v3/company/${realmId}/customer?minorversion=75`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`update customer → ${res.status}: ${await res.text()}`);
}
