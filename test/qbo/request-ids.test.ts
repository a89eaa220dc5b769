import { assertRequestId, batchRequestId, entityRequestId, invoiceRequestId } from '../../src/qbo/request-ids';

describe('request ids', () => {
  it('derives a deterministic entity id of at most 50 hex chars', () => {
    const a = entityRequestId('tenant-1', 'Customer', 'c-1', 3);
    expect(a).toMatch(/^[0-9a-f]{50}$/);
    expect(entityRequestId('tenant-1', 'Customer', 'c-1', 3)).toBe(a);
    expect(entityRequestId('tenant-1', 'Customer', 'c-1', 4)).not.toBe(a);
    expect(entityRequestId('tenant-2', 'Customer', 'c-1', 3)).not.toBe(a);
    expect(entityRequestId('tenant-1', 'Invoice', 'c-1', 3)).not.toBe(a);
  });

  it('does not collide when separators move between parts', () => {
    expect(entityRequestId('a|b', 'Customer', 'c', 1)).not.toBe(entityRequestId('a', 'b|Customer', 'c', 1));
  });

  it('derives a deterministic batch id of at most 36 chars', () => {
    const b = batchRequestId('tenant-1', 'batch-9');
    expect(b).toMatch(/^[0-9a-f]{36}$/);
    expect(batchRequestId('tenant-1', 'batch-9')).toBe(b);
    expect(batchRequestId('tenant-1', 'batch-9', 2)).not.toBe(b);
  });

  it('derives one id per invoice version and operation (36 hex chars), whatever request carries it', () => {
    const a = invoiceRequestId('tenant-1', 'inv-1', 2, 'create');
    expect(a).toMatch(/^[0-9a-f]{36}$/);
    expect(invoiceRequestId('tenant-1', 'inv-1', 2, 'create')).toBe(a);
    expect(invoiceRequestId('tenant-1', 'inv-1', 3, 'create')).not.toBe(a);
    expect(invoiceRequestId('tenant-1', 'inv-1', 2, 'update')).not.toBe(a);
    expect(invoiceRequestId('tenant-2', 'inv-1', 2, 'create')).not.toBe(a);
    expect(() => assertRequestId(a, 36)).not.toThrow();
  });

  it('checks caller-supplied ids', () => {
    expect(() => assertRequestId('x'.repeat(37), 36)).toThrow();
    expect(() => assertRequestId('', 36)).toThrow();
    expect(() => assertRequestId('has space', 50)).toThrow();
    expect(() => assertRequestId('abc-123', 36)).not.toThrow();
  });
});
