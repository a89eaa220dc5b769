import { parseFault } from '../../src/qbo/fault-parser';

describe('parseFault', () => {
  it('reads the API JSON shape', () => {
    const body = {
      Fault: {
        Error: [{ Message: 'Duplicate Name Exists Error', Detail: 'The name supplied already exists. : Id=42', code: '6240', element: 'DisplayName' }],
        type: 'ValidationFault',
      },
      time: '2025-11-21T04:00:00.000-08:00',
    };
    expect(parseFault(body)).toEqual({
      type: 'ValidationFault',
      errors: [{ code: '6240', message: 'Duplicate Name Exists Error', detail: 'The name supplied already exists. : Id=42', element: 'DisplayName' }],
    });
  });

  it('reads the gateway JSON shape, also when it arrives as a string', () => {
    const text =
      '{"fault":{"error":[{"message":"message=AuthenticationFailed; errorCode=003200; statusCode=401","detail":"Token expired: 0000","code":"3200"}],"type":"SERVICE"}}';
    expect(parseFault(text)).toEqual({
      type: 'SERVICE',
      errors: [{ code: '3200', message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401', detail: 'Token expired: 0000', element: undefined }],
    });
  });

  it('reads an XML fault with namespaces, attributes and entities', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2025-11-21T04:00:00.000-08:00">
  <Fault type="ValidationFault">
    <Error code="6140" element="DocNumber">
      <Message>Duplicate Doc Num</Message>
      <Detail>Duplicate Document Number Error : You must specify a different number. This number has already been used. DocNumber=INV&amp;1 is assigned to TxnType=Invoice with TxnId=7</Detail>
    </Error>
  </Fault>
</IntuitResponse>`;
    expect(parseFault(xml)).toEqual({
      type: 'ValidationFault',
      errors: [
        {
          code: '6140',
          message: 'Duplicate Doc Num',
          detail:
            'Duplicate Document Number Error : You must specify a different number. This number has already been used. DocNumber=INV&1 is assigned to TxnType=Invoice with TxnId=7',
          element: 'DocNumber',
        },
      ],
    });
  });

  it('reads the throttling XML body QBO sends even to JSON requests', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2025-11-21T04:00:00.000-08:00"><Fault type="SERVICE"><Error code="3001"><Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message><Detail>The request limit was reached.</Detail></Error></Fault></IntuitResponse>';
    const f = parseFault(xml);
    expect(f?.type).toBe('SERVICE');
    expect(f?.errors[0]).toMatchObject({ code: '3001', detail: 'The request limit was reached.' });
  });

  it('reads several errors and a self-closing one', () => {
    const xml = `<IntuitResponse><Fault type="ValidationFault"><Error code="2050"><Message>String length is either shorter or longer than supported by specification</Message></Error><Error code="2020" element="Line"/></Fault></IntuitResponse>`;
    const f = parseFault(xml);
    expect(f?.errors.map((e) => e.code)).toEqual(['2050', '2020']);
    expect(f?.errors[1]?.element).toBe('Line');
  });

  it('reads an OAuth error body', () => {
    expect(parseFault({ error: 'invalid_grant', error_description: 'Token invalid' })).toEqual({
      type: 'OAuth',
      errors: [{ code: 'invalid_grant', message: 'invalid_grant', detail: 'Token invalid' }],
    });
  });

  it('returns null for bodies that are not faults', () => {
    expect(parseFault('<html><body>502 Bad Gateway</body></html>')).toBeNull();
    expect(parseFault('upstream connect error')).toBeNull();
    expect(parseFault('{not json')).toBeNull();
    expect(parseFault({ QueryResponse: {} })).toBeNull();
    expect(parseFault(undefined)).toBeNull();
    expect(parseFault(Buffer.from('{"Fault":{"Error":[{"code":"500","Message":"x"}],"type":"SystemFault"}}'))?.errors[0]?.code).toBe('500');
  });
});
