import { QboError } from '../../src/qbo/qbo-error';
import { AccessGrant } from '../../src/qbo/token-manager';
import { storeEmulatorConnection } from '../support/emulator';
import { CLIENT_ID, QboHarness } from './qbo-harness';

/**
 * Issue 11, item 5: a tenant reconnected to another company while two replicas run. No replica
 * may keep using the old company's grant, and no write may reach the old company.
 */
describe('a tenant reconnected to another company, with two replicas', () => {
  let h: QboHarness;

  beforeAll(async () => {
    h = await QboHarness.start();
  });

  afterAll(async () => {
    await h?.close();
  });

  async function moveTo(tenantId: string, companyName: string): Promise<string> {
    const res = await h.admin<{ realmId: string; accessToken: string; refreshToken: string }>('POST', '/_emulator/realms', { companyName, clientId: CLIENT_ID });
    await storeEmulatorConnection(await h.separateRepo(), tenantId, { ...res, companyName }, { accessSeconds: 3600, refreshSeconds: 86_400 });
    return res.realmId;
  }

  it("the other replica's next grant is the new company's; a write with an old grant is refused before it is sent", async () => {
    const { tenantId, realmId: oldRealm } = await h.connectTenant('Old Books Co');
    const replicaB = h.tokenManager(await h.separateRepo());
    const held: AccessGrant = await replicaB.getAccess(tenantId);
    expect(held.realmId).toBe(oldRealm);

    // replica A reconnects the tenant to another company
    const newRealm = await moveTo(tenantId, 'New Books Co');
    expect(newRealm).not.toBe(oldRealm);

    // replica B: its next grant is the new company's (it used to keep the old one for up to ~55 minutes)
    expect((await replicaB.getAccess(tenantId)).realmId).toBe(newRealm);
    expect((await h.client(replicaB).getCompanyInfo(tenantId)).CompanyName).toBe('New Books Co');

    // a call already holding the old grant: its write is refused by the gate, nothing reaches the old company
    const stale = { getAccess: async () => held, refreshAfterRejection: async () => held, connectionLost: async () => undefined };
    let refused: QboError | undefined;
    try {
      await h.client(stale).createCustomer(tenantId, { DisplayName: 'Wrong Company Walt' }, { requestId: 'stale-grant-1' });
    } catch (e) {
      if (e instanceof QboError) refused = e;
    }
    expect(refused).toMatchObject({ kind: 'halted', code: 'REALM_CHANGED' });
    expect((await h.requests(oldRealm)).filter((r) => r.method === 'POST')).toEqual([]);
  });
});
