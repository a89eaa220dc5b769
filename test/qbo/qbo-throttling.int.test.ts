import { QboHarness } from './qbo-harness';

/** The per-realm limiter and 429 handling against the emulator's limits. */
describe('throttling', () => {
  let h: QboHarness;

  beforeAll(async () => {
    h = await QboHarness.start({
      emulatorConfig: { limits: { requestsPerSecond: 4, requestsPerMinute: 30, batchRequestsPerMinute: 3 } },
      limits: { perSecond: 4, perMinute: 30, batchesPerMinute: 3, maxConcurrent: 10 },
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a burst kept under shrunk limits by the limiter meets zero 429s', async () => {
    const { tenantId, realmId } = await h.connectTenant('Burst Co');
    const client = h.client();
    const started = Date.now();
    await Promise.all(Array.from({ length: 16 }, () => client.count(tenantId, 'Customer')));
    const log = await h.requests(realmId);
    expect(log.filter((e) => e.path.includes('/query'))).toHaveLength(16);
    expect(log.filter((e) => e.status === 429 || e.throttled)).toHaveLength(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000); // 16 at 4/s
  });

  it('a forced 429 pauses that realm while another realm proceeds', async () => {
    const a = await h.connectTenant('Throttled Co');
    const b = await h.connectTenant('Unaffected Co');
    const limiter = h.limiter();
    const client = h.client(undefined, limiter, { throttlePauseMs: 2000 });
    await h.faults(a.realmId, { throttleNextRequests: 1 });
    const t0 = Date.now();
    const pa = client.getCompanyInfo(a.tenantId).then(() => Date.now() - t0);
    const pb = (async () => {
      // Start B once A's 429 has paused realm A.
      while ((await limiter.pausedUntil(a.realmId)) === 0) await new Promise((r) => setTimeout(r, 10));
      expect(await limiter.pausedUntil(b.realmId)).toBe(0);
      await client.getCompanyInfo(b.tenantId);
      return Date.now() - t0;
    })();
    const [aMs, bMs] = await Promise.all([pa, pb]);
    expect(aMs).toBeGreaterThanOrEqual(2000);
    expect(bMs).toBeLessThan(aMs);
    expect(bMs).toBeLessThan(1500);
    const aLog = await h.requests(a.realmId);
    expect(aLog.map((e) => e.status)).toEqual([429, 200]);
    expect((await h.requests(b.realmId)).map((e) => e.status)).toEqual([200]);
  });

  it('the XML 429 body is classified too', async () => {
    await h.config({ throttle: { bodyFormat: 'xml' } });
    const a = await h.connectTenant('Xml Throttle Co');
    const client = h.client(undefined, undefined, { throttlePauseMs: 300 });
    await h.faults(a.realmId, { throttleNextRequests: 2 });
    expect((await client.getCompanyInfo(a.tenantId)).CompanyName).toBe('Xml Throttle Co');
    expect((await h.requests(a.realmId)).map((e) => e.status)).toEqual([429, 429, 200]);
    await h.config({ throttle: { bodyFormat: 'json' } });
  });

  it('two processes (two limiters on two pools) on one company stay under its limits together', async () => {
    const { tenantId, realmId } = await h.connectTenant('Two Replicas Co');
    const a = h.client(undefined, h.limiter({}, await h.separatePool()));
    const b = h.client(undefined, h.limiter({}, await h.separatePool()));
    await Promise.all([
      ...Array.from({ length: 10 }, () => a.count(tenantId, 'Customer')),
      ...Array.from({ length: 10 }, () => b.count(tenantId, 'Customer')),
    ]);
    const log = await h.requests(realmId);
    expect(log.filter((e) => e.path.includes('/query'))).toHaveLength(20);
    expect(log.filter((e) => e.status === 429 || e.throttled)).toHaveLength(0);
  });

  it('the concurrency cap is shared: a second process waits for the first one\'s request in flight', async () => {
    const pa = h.limiter({ maxConcurrent: 1 }, await h.separatePool());
    const pb = h.limiter({ maxConcurrent: 1 }, await h.separatePool());
    const releaseA = await pa.acquire('realm-cap');
    let bGot = false;
    const bSlot = pb.acquire('realm-cap').then((r) => {
      bGot = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(bGot).toBe(false);
    await releaseA();
    await (await bSlot)();
    expect(bGot).toBe(true);
  });

  it('a 429 seen by one process pauses the company for the other, honouring Retry-After', async () => {
    const co = await h.connectTenant('Shared Pause Co');
    const limiterA = h.limiter({}, await h.separatePool());
    const limiterB = h.limiter({}, await h.separatePool());
    const a = h.client(undefined, limiterA, { throttlePauseMs: 200 });
    const b = h.client(undefined, limiterB, { throttlePauseMs: 200 });
    await h.config({ throttle: { retryAfterSeconds: 2 } });
    try {
      await h.faults(co.realmId, { throttleNextRequests: 1 });
      const pa = a.getCompanyInfo(co.tenantId);
      while ((await limiterB.pausedUntil(co.realmId)) === 0) await new Promise((r) => setTimeout(r, 10));
      // B learns of the pause from Postgres; the pause is the Retry-After (2 s), not the 200 ms default.
      expect((await limiterB.pausedUntil(co.realmId)) - Date.now()).toBeGreaterThan(1000);
      await Promise.all([pa, b.getCompanyInfo(co.tenantId)]);
      const log = await h.requests(co.realmId);
      expect(log.map((e) => e.status)).toEqual([429, 200, 200]);
      const throttledAt = Date.parse(log[0]?.time ?? '');
      for (const e of log.slice(1)) expect(Date.parse(e.time) - throttledAt).toBeGreaterThanOrEqual(1900);
    } finally {
      await h.config({ throttle: { retryAfterSeconds: null } });
    }
  });
});
