import { createHash } from 'node:crypto';
import { fitted } from '../../src/ingest/dead-letter-publisher';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const headers = { 'x-error-code': 'too_large', 'x-error-message': 'm' };

describe('fitted (a dead letter within the topic limit)', () => {
  it('leaves a letter that fits as it is', () => {
    const m = { key: 'k', value: Buffer.alloc(1000, 'a'), headers };
    expect(fitted(m, 10_000)).toBe(m);
  });

  it('cuts the value to what fits, with its original size and SHA-256', () => {
    const value = Buffer.alloc(50_000, 'v');
    const f = fitted({ key: 'k', value, headers }, 10_000);
    expect(f.headers).toMatchObject({ ...headers, 'x-truncated': 'value', 'x-original-size': '50000', 'x-original-sha256': sha(value) });
    expect((f.value as Buffer).length).toBeLessThan(10_000);
    expect((f.value as Buffer).length).toBeGreaterThan(8_000);
  });

  it('cuts a huge key too, with its own size and SHA-256', () => {
    const key = Buffer.alloc(20_000, 'k');
    const f = fitted({ key, value: Buffer.from('small'), headers }, 10_000);
    expect(f.headers).toMatchObject({ 'x-truncated': 'key', 'x-original-key-size': '20000', 'x-original-key-sha256': sha(key) });
    expect((f.key as Buffer).length).toBe(1024);
    expect(f.value?.toString()).toBe('small');
  });
});
