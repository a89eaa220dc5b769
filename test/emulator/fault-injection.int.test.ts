import { apiFault, type CompanyApi, type TestEmulator, withCompanyPerTest } from './emulator-client';

describe('QBO emulator: fault injection', () => {
  let t: TestEmulator;
  let api: CompanyApi;

  withCompanyPerTest((emulator, company) => {
    t = emulator;
    api = company;
  });

  it('errorRate 1 answers injected 5xx and applies nothing', async () => {
    const set = await t.client.setFaults(api.realmId, { errorRate: 1, errorStatuses: [500] });
    expect(set.status).toBe(200);
    const result = await api.post('/customer', { DisplayName: 'Never Stored' });
    expect(result.status).toBe(500);
    expect(apiFault(result)).toMatchObject({ type: 'SystemFault', code: '10000' });
    await t.client.setFaults(api.realmId, {});
    expect(await api.rows("SELECT * FROM Customer WHERE DisplayName = 'Never Stored'")).toEqual([]);
  });

  it('502 and 503 come back as non-JSON proxy pages', async () => {
    await t.client.setFaults(api.realmId, { errorRate: 1, errorStatuses: [502] });
    const bad = await api.get('/item/1');
    expect(bad.status).toBe(502);
    expect(bad.json).toBeNull();
    await t.client.setFaults(api.realmId, { errorRate: 1, errorStatuses: [503] });
    expect((await api.get('/item/1')).status).toBe(503);
  });

  it('a seed makes the 5xx sequence deterministic', async () => {
    const run = async (): Promise<number[]> => {
      await t.client.setFaults(api.realmId, { errorRate: 0.5, errorStatuses: [500, 502, 503], seed: 42 });
      const out: number[] = [];
      for (let i = 0; i < 20; i += 1) out.push((await api.get('/item/1')).status);
      return out;
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(first.filter((s) => s >= 500).length).toBeGreaterThan(0);
    const other = await (async () => {
      await t.client.setFaults(api.realmId, { errorRate: 0.5, errorStatuses: [500, 502, 503], seed: 7 });
      const out: number[] = [];
      for (let i = 0; i < 20; i += 1) out.push((await api.get('/item/1')).status);
      return out;
    })();
    expect(other).not.toEqual(first);
  });

  it('adds latency', async () => {
    await t.client.setFaults(api.realmId, { latencyMs: 300 });
    const started = Date.now();
    expect((await api.get('/item/1')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await t.client.setFaults(api.realmId, {});
    const quick = Date.now();
    await api.get('/item/1');
    expect(Date.now() - quick).toBeLessThan(250);
  });

  it('a dropped connection gives no response, yet the request was applied', async () => {
    await t.client.setFaults(api.realmId, { dropRate: 1 });
    await expect(api.post('/customer?requestid=drop-1', { DisplayName: 'Ambiguous Outcome' })).rejects.toThrow();
    await t.client.setFaults(api.realmId, {});
    const rows = await api.rows("SELECT * FROM Customer WHERE DisplayName = 'Ambiguous Outcome'");
    expect(rows).toHaveLength(1);
    // Retrying with the same requestid answers the original response instead of a 6240.
    const retry = await api.post('/customer?requestid=drop-1', { DisplayName: 'Ambiguous Outcome' });
    expect(retry.status).toBe(200);
    expect((retry.json?.['Customer'] as Record<string, unknown>)['Id']).toBe(rows[0]?.['Id']);
    const log = await t.client.requestLog(api.realmId);
    expect(log.find((e) => e['dropped'] === true)).toMatchObject({ method: 'POST', requestId: 'drop-1' });
    expect(log.find((e) => e['replayed'] === true)).toMatchObject({ requestId: 'drop-1', status: 200 });
  });

  it('forces 429 for the next N requests', async () => {
    await t.client.setFaults(api.realmId, { throttleNextRequests: 2 });
    expect((await api.get('/item/1')).status).toBe(429);
    expect((await api.get('/item/1')).status).toBe(429);
    expect((await api.get('/item/1')).status).toBe(200);
  });

  it('forces 429 for T milliseconds', async () => {
    await t.client.setFaults(api.realmId, { throttleForMs: 300 });
    expect((await api.get('/item/1')).status).toBe(429);
    const view = await t.client.request('GET', `/_emulator/realms/${api.realmId}/faults`);
    expect(view.json?.['throttleUntil']).not.toBeNull();
    await new Promise((r) => setTimeout(r, 350));
    expect((await api.get('/item/1')).status).toBe(200);
  });

  it('faults are per company', async () => {
    const other = t.client.api(await t.client.createCompany());
    await t.client.setFaults(api.realmId, { errorRate: 1, errorStatuses: [503] });
    expect((await api.get('/item/1')).status).toBe(503);
    expect((await other.get('/item/1')).status).toBe(200);
  });

  it('unavailablePaths answers 503 on those paths only, every time, until the faults are set again', async () => {
    const set = await t.client.setFaults(api.realmId, { unavailablePaths: ['/Preferences'] });
    expect(set.json).toMatchObject({ unavailablePaths: ['/Preferences'] });
    expect((await api.get('/preferences')).status).toBe(503);
    expect((await api.get('/preferences')).status).toBe(503);
    expect((await api.get(`/companyinfo/${api.realmId}`)).status).toBe(200);
    expect((await api.get('/item/1')).status).toBe(200);
    await t.client.setFaults(api.realmId, {});
    expect((await api.get('/preferences')).status).toBe(200);
  });

  it('rejects invalid fault settings', async () => {
    expect((await t.client.setFaults(api.realmId, { errorRate: 2 })).status).toBe(400);
    expect((await t.client.setFaults(api.realmId, { nonsense: true })).status).toBe(400);
    expect((await t.client.setFaults('000', {})).status).toBe(404);
  });
});
