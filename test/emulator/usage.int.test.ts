import { gatewayFault, type CompanyApi, type TestEmulator, withCompanyPerTest } from './emulator-client';

interface Usage {
  month: string;
  corePlusMonthlyCap: number | null;
  apps: Array<{ appId: string; core: number; corePlus: number; capped: boolean }>;
  companies: Array<{ realmId: string; core: number; corePlus: number; apps: Array<{ appId: string; core: number; corePlus: number }> }>;
}

/** Metered reads (Core / CorePlus per company and app, the monthly CorePlus cap) and the batch limits across apps. */
describe('QBO emulator: usage metering and batch limits', () => {
  let t: TestEmulator;
  let api: CompanyApi;

  withCompanyPerTest(
    (emulator, company) => {
      t = emulator;
      api = company;
    },
    {
      prepare: async (client) => {
        await client.request('POST', '/_emulator/reset');
        await client.setConfig({
          usage: { corePlusMonthlyCap: null, overCapAnswer: 'forbidden' },
          limits: { batchRequestsPerMinute: 100_000, batchRequestsPerMinuteAllApps: 100_000, requestsPerMinute: 1_000_000, batchItemsCountTowardMinute: false },
        });
      },
    },
  );

  const usage = async (realmId?: string): Promise<Usage> =>
    (await t.client.request('GET', `/_emulator/usage${realmId === undefined ? '' : `?realmId=${realmId}`}`)).json as unknown as Usage;

  /** A second app connected to the same company. */
  const secondApp = async (clientId: string): Promise<CompanyApi> => {
    const res = await t.client.request('POST', `/_emulator/realms/${api.realmId}/connections`, { body: { clientId } });
    expect(res.status).toBe(201);
    return t.client.api({ ...api.company, accessToken: String(res.json?.['accessToken']) });
  };

  const batchOf = (items: unknown[]) => ({ BatchItemRequest: items });

  it('counts reads as CorePlus and writes as Core, per company and per app; batch items one by one', async () => {
    await api.createCustomer({ DisplayName: 'Metered One' });
    await api.get('/item/1');
    await api.query('SELECT * FROM Customer');
    await api.get(`/cdc?entities=Customer&changedSince=${new Date(Date.now() - 3600_000).toISOString()}`);
    const batch = await api.post('/batch', batchOf([
      { bId: 'q1', Query: 'SELECT * FROM Customer' },
      { bId: 'c1', operation: 'create', Customer: { DisplayName: 'Metered Two' } },
      { bId: 'c2', operation: 'create', Customer: { DisplayName: 'Metered Three' } },
    ]));
    expect(batch.status).toBe(200);
    const other = await secondApp('other-app');
    await other.get('/item/1');

    const u = await usage(api.realmId);
    expect(u.month).toBe(new Date().toISOString().slice(0, 7));
    expect(u.companies).toHaveLength(1);
    const company = u.companies[0];
    expect(company).toMatchObject({ realmId: api.realmId, core: 3, corePlus: 5 });
    expect(company?.apps).toEqual(expect.arrayContaining([{ appId: '*', core: 3, corePlus: 4 }, { appId: 'other-app', core: 0, corePlus: 1 }]));
    expect((await usage()).apps).toEqual(expect.arrayContaining([expect.objectContaining({ appId: 'other-app', corePlus: 1, capped: false })]));
  });

  it('past the monthly CorePlus cap the app\'s reads are refused (403 / 3100 by default) while its writes go on', async () => {
    await t.client.setConfig({ usage: { corePlusMonthlyCap: 2 } });
    expect((await api.get('/item/1')).status).toBe(200);
    expect((await api.query('SELECT * FROM Item')).status).toBe(200);
    const refused = await api.get('/item/1');
    expect(refused.status).toBe(403);
    expect(gatewayFault(refused).code).toBe('3100');
    expect(gatewayFault(refused).detail).toContain('CorePlus');
    expect((await api.post('/customer', { DisplayName: 'Write Still Works' })).status).toBe(200);
    // A batch holding a query is a read; other apps keep their own budget.
    expect((await api.post('/batch', batchOf([{ bId: 'q', Query: 'SELECT * FROM Item' }]))).status).toBe(403);
    expect((await (await secondApp('fresh-app')).get('/item/1')).status).toBe(200);
    const u = await usage();
    expect(u.apps.find((a) => a.appId === '*')).toMatchObject({ corePlus: 2, core: 1, capped: true });
  });

  it('the answer past the cap is a switch: "throttle" answers 429 / 3001', async () => {
    await t.client.setConfig({ usage: { corePlusMonthlyCap: 0, overCapAnswer: 'throttle' } });
    const refused = await api.get('/item/1');
    expect(refused.status).toBe(429);
    expect(gatewayFault(refused).code).toBe('3001');
  });

  it('batch requests: the per-app limit per company, and the limit across apps', async () => {
    await t.client.setConfig({ limits: { batchRequestsPerMinute: 2, batchRequestsPerMinuteAllApps: 3 } });
    const one = batchOf([{ bId: 'q', Query: 'SELECT * FROM Item' }]);
    const other = await secondApp('second-app');
    expect((await api.post('/batch', one)).status).toBe(200);
    expect((await api.post('/batch', one)).status).toBe(200);
    expect((await api.post('/batch', one)).status).toBe(429); // this app's 2 per minute
    expect((await other.post('/batch', one)).status).toBe(200); // the other app has its own 2...
    expect((await other.post('/batch', one)).status).toBe(429); // ...but the company takes 3 from all apps
    expect((await other.get('/item/1')).status).toBe(200); // plain requests are not batch requests
  });

  it('whether batch items count toward the per-minute limit is a switch', async () => {
    await t.client.setConfig({ limits: { requestsPerMinute: 5 } });
    const three = batchOf(['a', 'b', 'c'].map((bId) => ({ bId, Query: 'SELECT * FROM Item' })));
    expect((await api.post('/batch', three)).status).toBe(200);
    expect((await api.post('/batch', three)).status).toBe(200); // off: a batch is one request
    await t.client.setConfig({ limits: { batchItemsCountTowardMinute: true } });
    const fresh = await secondApp('items-count-app');
    expect((await fresh.post('/batch', three)).status).toBe(200); // 3 of 5
    expect((await fresh.post('/batch', three)).status).toBe(429); // 6 > 5
    expect((await fresh.get('/item/1')).status).toBe(200); // 4 of 5
  });
});
