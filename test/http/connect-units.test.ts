import { parseIntuitWebhook } from '../../src/http/intuit-webhook-payload';
import { invoiceFailureSentence, windowPhrase } from '../../src/http/status-wording';
import { TenantLinkSigner } from '../../src/http/tenant-link-signer';

describe('signed tenant links', () => {
  const signer = new TenantLinkSigner('a-secret-of-at-least-thirty-two-characters');
  const later = new Date(Date.now() + 3_600_000);

  it('verify for the tenant they were made for, until they expire', () => {
    const sig = signer.sign('acct_42', later);
    expect(signer.verify('acct_42', sig)).toEqual({ ok: true, expiresAt: new Date(Math.floor(later.getTime() / 1000) * 1000) });
    expect(signer.verify('acct_43', sig)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(signer.verify('acct_42', sig, new Date(later.getTime() + 1000))).toEqual({ ok: false, reason: 'expired' });
    const [exp, mac] = sig.split('.');
    expect(signer.verify('acct_42', `${Number(exp) + 3600}.${mac}`)).toEqual({ ok: false, reason: 'bad_signature' }); // a longer life is not for the taking
    expect(signer.verify('acct_42', 'garbage')).toEqual({ ok: false, reason: 'malformed' });
    expect(new TenantLinkSigner('another-secret-of-thirty-two-characters!').verify('acct_42', sig)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(new TenantLinkSigner(null).verify('acct_42', sig)).toEqual({ ok: false, reason: 'not_configured' });
  });

  it('build links with the tenant id encoded, and CSRF tokens bound to the link', () => {
    expect(signer.link('https://h.example/', 'a b/c', later)).toMatch(/^https:\/\/h\.example\/tenants\/a%20b%2Fc\?sig=\d+\.[\w-]{43}$/);
    const sig = signer.sign('acct_42', later);
    const token = signer.csrfToken('acct_42', sig);
    expect(signer.checkCsrf('acct_42', sig, token)).toBe(true);
    expect(signer.checkCsrf('acct_43', sig, token)).toBe(false);
    expect(signer.checkCsrf('acct_42', sig, undefined)).toBe(false);
  });
});

describe('Intuit webhook payloads', () => {
  it('read the classic form and the CloudEvents form alike', () => {
    const classic = parseIntuitWebhook({
      eventNotifications: [{ realmId: '1', dataChangeEvent: { entities: [{ name: 'Customer', id: '7', operation: 'Merge', deletedId: '9', lastUpdated: '2026-11-21T10:00:00Z' }] } }],
    });
    const cloud = parseIntuitWebhook([
      { specversion: '1.0', type: 'qbo.customer.merged.v1', intuitentityid: '7', intuitaccountid: '1', time: '2026-11-21T10:00:00Z', data: { deletedid: '9' } },
    ]);
    expect(classic).toEqual(cloud);
    expect(classic).toEqual({
      ok: true,
      changes: [{ realmId: '1', entity: 'Customer', entityId: '7', operation: 'Merge', deletedId: '9', lastUpdated: new Date('2026-11-21T10:00:00Z') }],
    });
    expect(parseIntuitWebhook([{ type: 'qbo.invoice.voided.v1', intuitentityid: '5', intuitaccountid: '1' }])).toMatchObject({
      ok: true,
      changes: [{ entity: 'Invoice', operation: 'Void', deletedId: null, lastUpdated: null }],
    });
  });

  it('refuse anything else as a whole', () => {
    expect(parseIntuitWebhook({ hello: 1 })).toMatchObject({ ok: false });
    expect(parseIntuitWebhook([{ type: 'customer.created', intuitentityid: '5', intuitaccountid: '1' }])).toMatchObject({ ok: false, problem: expect.stringContaining('event [0]') });
    expect(parseIntuitWebhook({ eventNotifications: [{ realmId: '1', dataChangeEvent: { entities: [{ id: '1' }] } }] })).toMatchObject({ ok: false });
  });
});

describe('status in words', () => {
  const now = new Date('2026-11-21T18:00:00Z'); // 10:00 in Los Angeles
  it('says when the next window is, in the tenant’s zone', () => {
    expect(windowPhrase(new Date('2026-11-22T10:00:00Z'), 'America/Los_Angeles', now)).toBe('tonight at 02:00 Pacific Time');
    expect(windowPhrase(new Date('2026-11-21T22:30:00Z'), 'America/Los_Angeles', now)).toBe('today at 14:30 Pacific Time');
    expect(windowPhrase(new Date('2026-11-22T17:00:00Z'), 'America/Los_Angeles', now)).toBe('tomorrow at 09:00 Pacific Time');
    expect(windowPhrase(new Date('2026-11-27T02:00:00Z'), 'UTC', now)).toBe('on Friday 27 November at 02:00 UTC');
  });

  it('explains why an invoice was not sent', () => {
    expect(invoiceFailureSentence({ id: 'inv_1', number: 'INV-1042', code: '6070', reason: 'Amount is not equal to UnitPrice * Qty' })).toBe(
      'Invoice INV-1042 was not sent: its amount is not quantity × price.',
    );
    expect(invoiceFailureSentence({ id: 'inv_2', number: null, code: '9999', reason: 'Something odd happened.' })).toBe('Invoice inv_2 was not sent: something odd happened.');
  });
});
