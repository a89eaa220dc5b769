import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { ConnectHarness, VERIFIER } from './connect-harness';

let h: ConnectHarness;

beforeAll(async () => {
  h = await ConnectHarness.start();
});

afterAll(async () => {
  await h?.close();
});

const sign = (body: string, token = VERIFIER) => createHmac('sha256', token).update(body, 'utf8').digest('base64');

async function post(body: string, signature: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['intuit-signature'] = signature;
  return fetch(`${h.base}/webhooks/intuit`, { method: 'POST', headers, body });
}

async function queued(realmId: string): Promise<Array<Record<string, unknown>>> {
  return (await h.db.dataSource.query(
    `SELECT realm_id, entity, entity_id, operation, deleted_id, last_updated, processed_at FROM qbo_webhook_notifications WHERE realm_id = $1 ORDER BY id`,
    [realmId],
  )) as Array<Record<string, unknown>>;
}

const classic = (realmId: string) =>
  JSON.stringify({
    eventNotifications: [
      {
        realmId,
        dataChangeEvent: {
          entities: [
            { name: 'Customer', id: '7', operation: 'Merge', lastUpdated: '2026-11-21T10:15:00.000Z', deletedId: '12' },
            { name: 'Vendor', id: '130', operation: 'Update', lastUpdated: '2026-11-21T10:15:01.000Z' },
          ],
        },
      },
    ],
  });

describe('POST /webhooks/intuit', () => {
  it('refuses a missing or wrong signature with 401 and queues nothing', async () => {
    const realmId = uniqueName('realm');
    const body = classic(realmId);
    const missing = await post(body, null);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { message: string }).message).toContain('missing intuit-signature');
    const wrong = await post(body, sign(body, 'another-verifier'));
    expect(wrong.status).toBe(401);
    // signed, then altered by one byte on the way
    const altered = await post(body.replace('"Merge"', '"Merga"'), sign(body));
    expect(altered.status).toBe(401);
    expect(await queued(realmId)).toEqual([]);
  });

  it('verifies the raw body, queues each change of an entity something consumes (Customer) and notifies the consumer', async () => {
    const realmId = uniqueName('realm');
    // A tenant holds the company: the change is queued for it (a company no tenant holds is marked no_tenant at once).
    const tenantId = uniqueName('hooked');
    await h.createTenant(tenantId);
    await h.connections.saveConnected(tenantId, realmId, 'Hooked Co', {
      accessToken: 'a',
      accessExpiresAt: new Date(Date.now() + 3_600_000),
      refreshToken: 'r',
      refreshExpiresAt: new Date(Date.now() + 86_400_000),
    });
    const listener = new Client({ connectionString: h.db.url });
    await listener.connect();
    const notes: string[] = [];
    listener.on('notification', (n) => notes.push(n.channel));
    await listener.query('LISTEN qbo_webhook');
    try {
      // spacing and key order exactly as sent: the signature is over these bytes, not a re-serialisation
      const body = classic(realmId).replace('{"eventNotifications"', '{ "eventNotifications" ');
      const res = await post(body, sign(body));
      expect(res.status).toBe(200);
      // The Vendor change is not queued: nothing consumes it, it would wait forever (issue 11, item 16).
      expect(await res.json()).toEqual({ queued: 1 });
      expect(await queued(realmId)).toEqual([
        { realm_id: realmId, entity: 'Customer', entity_id: '7', operation: 'Merge', deleted_id: '12', last_updated: new Date('2026-11-21T10:15:00.000Z'), processed_at: null },
      ]);
      await waitFor(() => notes.includes('qbo_webhook'), { timeoutMs: 5000, description: 'NOTIFY qbo_webhook' });
    } finally {
      await listener.end();
    }
  });

  it('reads the CloudEvents form (merge with data.deletedid)', async () => {
    const realmId = uniqueName('realm');
    const body = JSON.stringify([
      {
        specversion: '1.0',
        id: 'ev-1',
        source: 'intuit.abc',
        type: 'qbo.customer.merged.v1',
        datacontenttype: 'application/json',
        time: '2026-12-04T15:25:05Z',
        intuitentityid: '123',
        intuitaccountid: realmId,
        data: { deletedid: '27' },
      },
      { specversion: '1.0', id: 'ev-2', source: 'intuit.abc', type: 'qbo.salesreceipt.updated.v1', time: '2026-12-04T15:25:06Z', intuitentityid: '150', intuitaccountid: realmId },
    ]);
    const res = await post(body, sign(body));
    expect(res.status).toBe(200);
    expect((await queued(realmId)).map((r) => [r.entity, r.entity_id, r.operation, r.deleted_id])).toEqual([['Customer', '123', 'Merge', '27']]);
  });

  it('answers 400 to a signed body it cannot read, queuing nothing', async () => {
    const realmId = uniqueName('realm');
    const body = JSON.stringify({ eventNotifications: [{ realmId, dataChangeEvent: { entities: [{ name: 'Customer' }] } }] });
    const res = await post(body, sign(body));
    expect(res.status).toBe(400);
    expect(await queued(realmId)).toEqual([]);
  });

  it('takes the emulator’s own webhooks (a merge made in QuickBooks)', async () => {
    await fetch(`${h.emulator.url.replace(/\/+$/, '')}/_emulator/config`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ webhooks: { urls: [`${h.base}/webhooks/intuit`], verifierToken: VERIFIER, createUpdateEvents: false } }),
    });
    const company = h.emulator.createCompany('Merging Co');
    const seeded = (await (
      await fetch(`${h.emulator.url.replace(/\/+$/, '')}/_emulator/realms/${company.realmId}/seed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customers: [{ DisplayName: 'Keeper Ltd' }, { DisplayName: 'Keeper Limited' }] }),
      })
    ).json()) as { customers: Array<{ Id: string }> };
    const [keeper, loser] = seeded.customers;
    await fetch(`${h.emulator.url.replace(/\/+$/, '')}/_emulator/realms/${company.realmId}/merge`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ keeperId: keeper?.Id, loserId: loser?.Id }),
    });
    const rows = await waitFor(async () => {
      const r = await queued(company.realmId);
      return r.length > 0 ? r : null;
    }, { timeoutMs: 10_000, description: 'the merge webhook queued' });
    expect(rows[0]).toMatchObject({ entity: 'Customer', entity_id: keeper?.Id, operation: 'Merge', deleted_id: loser?.Id });
  });
});
