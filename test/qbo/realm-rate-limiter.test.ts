import { Clock, RealmRateLimiter } from '../../src/qbo/realm-rate-limiter';

/** Virtual time: sleeping advances the clock instead of waiting. */
class FakeClock implements Clock {
  t = 1_000_000;
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    const until = this.t + ms;
    await new Promise((r) => setImmediate(r));
    this.t = Math.max(this.t, until);
  }
}

function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] ?? 0) - (sorted[j] ?? 0) >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

const limits = { perMinute: 50, perSecond: 10, batchesPerMinute: 4, maxConcurrent: 100, secondSlackMs: 0, minuteSlackMs: 0 };

describe('RealmRateLimiter', () => {
  it('keeps any second under perSecond', async () => {
    const clock = new FakeClock();
    const l = new RealmRateLimiter(limits, clock);
    const granted: number[] = [];
    await Promise.all(
      Array.from({ length: 35 }, async () => {
        const release = await l.acquire('r1');
        granted.push(clock.now());
        release();
      }),
    );
    expect(granted).toHaveLength(35);
    expect(maxInWindow(granted, 1000)).toBeLessThanOrEqual(10);
    expect(Math.max(...granted) - Math.min(...granted)).toBeGreaterThanOrEqual(3000);
  });

  it('keeps any minute under perMinute and batches under batchesPerMinute', async () => {
    const clock = new FakeClock();
    const l = new RealmRateLimiter(limits, clock);
    const requests: number[] = [];
    for (let i = 0; i < 60; i++) {
      (await l.acquire('r1'))();
      requests.push(clock.now());
    }
    expect(maxInWindow(requests, 60_000)).toBeLessThanOrEqual(50);
    const clock2 = new FakeClock();
    const l2 = new RealmRateLimiter(limits, clock2);
    const batches: number[] = [];
    for (let i = 0; i < 9; i++) {
      (await l2.acquire('r1', 'batch'))();
      batches.push(clock2.now());
    }
    expect(maxInWindow(batches, 60_000)).toBeLessThanOrEqual(4);
    expect(Math.max(...batches) - Math.min(...batches)).toBeGreaterThanOrEqual(120_000);
  });

  it('limits realms independently and pauses one realm only', async () => {
    const clock = new FakeClock();
    const l = new RealmRateLimiter(limits, clock);
    l.pause('slow', 60_000);
    const start = clock.now();
    (await l.acquire('fast'))();
    expect(clock.now()).toBe(start);
    expect(l.pausedUntil('slow')).toBe(start + 60_000);
    (await l.acquire('slow'))();
    expect(clock.now()).toBeGreaterThanOrEqual(start + 60_000);
    expect(l.pausedUntil('slow')).toBe(0);
  });

  it('caps requests in flight', async () => {
    const clock = new FakeClock();
    const l = new RealmRateLimiter({ ...limits, maxConcurrent: 2 }, clock);
    const r1 = await l.acquire('r');
    const r2 = await l.acquire('r');
    let third = false;
    const p = l.acquire('r').then((rel) => {
      third = true;
      return rel;
    });
    await new Promise((r) => setImmediate(r));
    expect(third).toBe(false);
    r1();
    r1(); // releasing twice is harmless
    (await p)();
    expect(third).toBe(true);
    r2();
  });
});
