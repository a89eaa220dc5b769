import { RealmRateLimiter } from '../../src/qbo/realm-rate-limiter';
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
    const limiter = new RealmRateLimiter({ perSecond: 4, perMinute: 30, batchesPerMinute: 3, maxConcurrent: 10 });
    const client = h.client(undefined, limiter, { throttlePauseMs: 2000 });
    await h.faults(a.realmId, { throttleNextRequests: 1 });
    const t0 = Date.now();
    const pa = client.getCompanyInfo(a.tenantId).then(() => Date.now() - t0);
    const pb = (async () => {
      // Start B once A's 429 has paused realm A.
      while (limiter.pausedUntil(a.realmId) === 0) await new Promise((r) => setTimeout(r, 10));
      expect(limiter.pausedUntil(b.realmId)).toBe(0);
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
});
