import { gatewayFault, type CompanyApi, type TestEmulator, withCompanyPerTest } from './emulator-client';

describe('QBO emulator: per-company limits', () => {
  let t: TestEmulator;
  let api: CompanyApi;

  withCompanyPerTest(
    (emulator, company) => {
      t = emulator;
      api = company;
    },
    {
      prepare: (client) =>
        client.setConfig({
          limits: { requestsPerSecond: 100_000, requestsPerMinute: 1_000_000, batchRequestsPerMinute: 100_000, batchRequestsPerMinuteAllApps: 100_000, secondWindowMs: 1000, minuteWindowMs: 60_000 },
          throttle: { bodyFormat: 'json', retryAfterSeconds: null },
        }),
    },
  );

  const statuses = async (n: number, call: () => Promise<{ status: number }>): Promise<number[]> => {
    const out: number[] = [];
    for (let i = 0; i < n; i += 1) out.push((await call()).status);
    return out;
  };

  it('requests per second: over the limit is 429 / 3001 in the gateway JSON shape', async () => {
    await t.client.setConfig({ limits: { requestsPerSecond: 3, secondWindowMs: 60_000 } });
    const results = await statuses(4, () => api.get('/item/1'));
    expect(results).toEqual([200, 200, 200, 429]);
    const throttled = await api.get('/item/1');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBeNull();
    expect(gatewayFault(throttled)).toMatchObject({ code: '3001', type: 'ThrottleExceeded' });
    expect(gatewayFault(throttled).message).toContain('ThrottleExceeded');
  });

  it('the window slides: after it passes, requests go through again', async () => {
    await t.client.setConfig({ limits: { requestsPerSecond: 2, secondWindowMs: 300 } });
    expect(await statuses(3, () => api.get('/item/1'))).toEqual([200, 200, 429]);
    await new Promise((r) => setTimeout(r, 350));
    expect((await api.get('/item/1')).status).toBe(200);
  });

  it('requests per minute', async () => {
    await t.client.setConfig({ limits: { requestsPerMinute: 5 } });
    expect(await statuses(6, () => api.get('/item/1'))).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('batch requests per minute count separately from other requests', async () => {
    await t.client.setConfig({ limits: { batchRequestsPerMinute: 2 } });
    const body = { BatchItemRequest: [{ bId: '1', Query: 'SELECT * FROM Item' }] };
    expect(await statuses(3, () => api.post('/batch', body))).toEqual([200, 200, 429]);
    expect((await api.get('/item/1')).status).toBe(200);
  });

  it('the XML throttle body is a switch', async () => {
    await t.client.setConfig({ limits: { requestsPerSecond: 1, secondWindowMs: 60_000 }, throttle: { bodyFormat: 'xml', retryAfterSeconds: 60 } });
    await api.get('/item/1');
    const throttled = await api.get('/item/1');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('content-type')).toContain('xml');
    expect(throttled.text).toMatch(/^<\?xml /);
    expect(throttled.text).toContain('<Fault type="ThrottleExceeded"><Error code="3001"><Message>');
    expect(throttled.headers.get('retry-after')).toBe('60');
  });

  it('throttled requests are logged but not applied', async () => {
    await t.client.setConfig({ limits: { requestsPerSecond: 1, secondWindowMs: 60_000 } });
    expect((await api.post('/customer', { DisplayName: 'Applied' })).status).toBe(200);
    expect((await api.post('/customer', { DisplayName: 'Not Applied' })).status).toBe(429);
    await t.client.setConfig({ limits: { requestsPerSecond: 100_000, secondWindowMs: 1000 } });
    expect(await api.rows("SELECT * FROM Customer WHERE DisplayName = 'Not Applied'")).toEqual([]);
    const log = await t.client.requestLog(api.realmId);
    const throttled = log.filter((e) => e['throttled'] === true);
    expect(throttled).toHaveLength(1);
    expect(throttled[0]).toMatchObject({ method: 'POST', status: 429, faultCode: '3001' });
    expect(JSON.stringify(log)).not.toContain(api.company.accessToken);
  });

  it('limits are per company', async () => {
    await t.client.setConfig({ limits: { requestsPerSecond: 1, secondWindowMs: 60_000 } });
    const other = t.client.api(await t.client.createCompany());
    expect((await api.get('/item/1')).status).toBe(200);
    expect((await api.get('/item/1')).status).toBe(429);
    expect((await other.get('/item/1')).status).toBe(200);
  });
});
