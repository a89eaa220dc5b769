import { classifyFailure, classifyThrown } from '../../src/qbo/error-classifier';
import { QboError } from '../../src/qbo/qbo-error';

const apiFault = (code: string, type = 'ValidationFault') => ({ Fault: { Error: [{ Message: `m${code}`, Detail: `d${code}`, code, element: 'E' }], type } });

describe('classifyFailure', () => {
  it.each(['6240', '6140', '6070', '610', '2500', '2010', '2050', '4000', '6000', '6210', '6190'])('code %s is permanent', (code) => {
    const e = classifyFailure({ endpoint: 'api', httpStatus: 400, body: apiFault(code) });
    expect(e).toBeInstanceOf(QboError);
    expect(e.kind).toBe('permanent');
    expect(e.retriable).toBe(false);
    expect(e.code).toBe(code);
    expect(e.httpStatus).toBe(400);
    expect(e.message).toBe(`m${code}`);
    expect(e.detail).toBe(`d${code}`);
    expect(e.element).toBe('E');
    expect(e.explanation.length).toBeGreaterThan(10);
  });

  it('5010 is a conflict, not retriable as is', () => {
    const e = classifyFailure({ endpoint: 'api', httpStatus: 400, body: apiFault('5010') });
    expect(e.kind).toBe('conflict');
    expect(e.retriable).toBe(false);
  });

  it('401 and 3200 ask for a refresh', () => {
    expect(classifyFailure({ endpoint: 'api', httpStatus: 401, body: { fault: { error: [{ message: 'x', detail: 'Token expired', code: '3200' }], type: 'SERVICE' } } }).kind).toBe('refresh');
    expect(classifyFailure({ endpoint: 'api', httpStatus: 401, body: '' }).kind).toBe('refresh');
  });

  it('429 / 3001 is retriable and marked throttled, also as XML', () => {
    const xml = '<IntuitResponse><Fault type="SERVICE"><Error code="3001"><Message>ThrottleExceeded</Message></Error></Fault></IntuitResponse>';
    const e = classifyFailure({ endpoint: 'api', httpStatus: 429, body: xml });
    expect(e).toMatchObject({ kind: 'retriable', retriable: true, throttled: true, code: '3001' });
    expect(classifyFailure({ endpoint: 'api', httpStatus: 429 }).throttled).toBe(true);
  });

  it.each([500, 502, 503, 504])('HTTP %d is retriable, even with an HTML body', (status) => {
    const e = classifyFailure({ endpoint: 'api', httpStatus: status, body: '<html>bad gateway</html>' });
    expect(e.kind).toBe('retriable');
    expect(e.code).toBe(String(status));
  });

  it('3100 / 403 asks for a reconnect, on the API (the connection lost its rights: nothing is failed) as on the token endpoint', () => {
    expect(classifyFailure({ endpoint: 'api', httpStatus: 403, body: apiFault('3100', 'AUTHORIZATION') })).toMatchObject({ kind: 'reconnect', code: '3100', retriable: false });
    expect(classifyFailure({ endpoint: 'api', httpStatus: 403, body: '' })).toMatchObject({ kind: 'reconnect', code: '403' });
    expect(classifyFailure({ endpoint: 'token', httpStatus: 400, body: apiFault('3100') }).kind).toBe('reconnect');
  });

  it('invalid_grant asks for a reconnect; invalid_client is permanent; 5xx on the token endpoint is retriable', () => {
    expect(classifyFailure({ endpoint: 'token', httpStatus: 400, body: { error: 'invalid_grant' } })).toMatchObject({ kind: 'reconnect', code: 'invalid_grant' });
    expect(classifyFailure({ endpoint: 'token', httpStatus: 401, body: { error: 'invalid_client' } }).kind).toBe('permanent');
    expect(classifyFailure({ endpoint: 'token', httpStatus: 503, body: 'x' }).kind).toBe('retriable');
  });

  it('network failures are retriable', () => {
    for (const code of ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'TIMEOUT']) {
      expect(classifyFailure({ endpoint: 'api', networkCode: code }).kind).toBe('retriable');
    }
  });

  it('normalises zero-padded codes', () => {
    expect(classifyFailure({ endpoint: 'api', httpStatus: 401, body: { fault: { error: [{ message: 'x', code: '003200' }] } } }).code).toBe('3200');
  });

  it('an unknown 400 fault is permanent', () => {
    expect(classifyFailure({ endpoint: 'api', httpStatus: 400, body: apiFault('9999') }).kind).toBe('permanent');
  });
});

describe('classifyThrown', () => {
  it('reads an axios-like error with a response', () => {
    const err = Object.assign(new Error('Request failed with status code 400'), { response: { status: 400, data: apiFault('6240') } });
    expect(classifyThrown(err, 'api', 'POST /customer')).toMatchObject({ kind: 'permanent', code: '6240', operation: 'POST /customer' });
  });

  it('reads a fault body handed over by node-quickbooks on HTTP 200', () => {
    expect(classifyThrown(apiFault('5010'), 'api').kind).toBe('conflict');
  });

  it('reads socket errors and aborts', () => {
    expect(classifyThrown(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'api').kind).toBe('retriable');
    expect(classifyThrown(new Error('socket hang up'), 'api').kind).toBe('retriable');
    expect(classifyThrown(Object.assign(new Error('canceled'), { code: 'ERR_CANCELED' }), 'api')).toMatchObject({ kind: 'retriable', code: 'TIMEOUT' });
  });

  it('treats an unexpected exception as permanent and keeps a summary of the cause', () => {
    const cause = new TypeError('Cannot read properties of undefined');
    const e = classifyThrown(cause, 'api');
    expect(e.kind).toBe('permanent');
    expect(e.cause).toMatchObject({ name: 'TypeError', message: 'Cannot read properties of undefined' });
  });

  it('never keeps the request config (Authorization header, tokens) of an axios error', () => {
    const axiosError = Object.assign(new Error('Request failed with status code 401'), {
      code: 'ERR_BAD_REQUEST',
      config: { headers: { Authorization: 'Bearer secret-access-token' }, data: 'refresh_token=secret-refresh' },
      response: { status: 401, data: { fault: { error: [{ message: 'x', code: '3200' }], type: 'SERVICE' } } },
    });
    const e = classifyThrown(axiosError, 'api');
    expect(JSON.stringify({ ...e, cause: e.cause, ...(e.cause as object) })).not.toMatch(/secret/);
    expect(Object.keys(e.cause as object)).not.toContain('config');
  });

  it('keeps a QboError and never logs tokens in toJSON', () => {
    const e = classifyFailure({ endpoint: 'api', httpStatus: 500 });
    expect(classifyThrown(e, 'api')).toBe(e);
    expect(Object.keys(e.toJSON())).not.toContain('cause');
  });
});
