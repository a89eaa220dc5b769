import { apiFault, type CompanyApi, type TestEmulator, withCompanyPerTest } from './emulator-client';

describe('QBO emulator: customers, vendors, employees, items', () => {
  let t: TestEmulator;
  let api: CompanyApi;

  withCompanyPerTest(
    (emulator, company) => {
      t = emulator;
      api = company;
    },
    {
      prepare: (client) => client.request('PUT', '/_emulator/config', { body: { names: { uniquenessCaseSensitive: false, inactiveNamesBlock: true, displayNameMaxLength: 500 } } }),
      companyName: 'Names Inc',
    },
  );

  it('creates and reads a customer with QBO metadata', async () => {
    const created = await api.createCustomer({ DisplayName: 'Ada Lovelace', PrimaryEmailAddr: { Address: 'ada@example.com' } });
    expect(created).toMatchObject({ Id: '1', SyncToken: '0', Active: true, FullyQualifiedName: 'Ada Lovelace', Balance: 0 });
    expect(typeof (created['MetaData'] as Record<string, unknown>)['CreateTime']).toBe('string');
    const read = await api.get('/customer/1?minorversion=75');
    expect(read.status).toBe(200);
    expect(read.json?.['Customer']).toMatchObject({ Id: '1', DisplayName: 'Ada Lovelace' });
    expect(typeof read.json?.['time']).toBe('string');
  });

  it('derives DisplayName from the name parts and requires a name', async () => {
    const created = await api.createCustomer({ GivenName: 'Grace', FamilyName: 'Hopper' });
    expect(created['DisplayName']).toBe('Grace Hopper');
    const missing = await api.post('/customer', { CompanyName: 'No Name Ltd' });
    expect(missing.status).toBe(400);
    expect(apiFault(missing).code).toBe('2020');
  });

  it('malformed JSON and wrong types are 2010', async () => {
    const broken = await t.client.request('POST', `/v3/company/${api.realmId}/customer`, {
      token: api.company.accessToken,
      rawBody: '{"DisplayName": ',
      contentType: 'application/json',
    });
    expect(broken.status).toBe(400);
    expect(apiFault(broken).code).toBe('2010');
    expect(apiFault(await api.post('/customer', { DisplayName: 42 })).code).toBe('2010');
  });

  it('reading a missing Id is 610', async () => {
    const result = await api.get('/customer/999');
    expect(result.status).toBe(400);
    expect(apiFault(result)).toMatchObject({ code: '610', Message: 'Object Not Found', type: 'ValidationFault' });
  });

  describe('DisplayName uniqueness (6240)', () => {
    it('spans customers, vendors and employees and names the holder', async () => {
      const vendor = await api.post('/vendor', { DisplayName: 'Shared Name' });
      expect(vendor.status).toBe(200);
      const vendorId = (vendor.json?.['Vendor'] as Record<string, unknown>)['Id'];
      const clash = await api.post('/customer', { DisplayName: 'Shared Name' });
      expect(clash.status).toBe(400);
      const fault = apiFault(clash);
      expect(fault).toMatchObject({ code: '6240', Message: 'Duplicate Name Exists Error', type: 'ValidationFault' });
      expect(fault.Detail).toBe(`The name supplied already exists. : Id=${String(vendorId)}`);

      await api.createCustomer({ DisplayName: 'Cust Name' });
      const employeeClash = await api.post('/employee', { DisplayName: 'Cust Name', GivenName: 'C', FamilyName: 'N' });
      expect(apiFault(employeeClash).code).toBe('6240');
      const employee = await api.post('/employee', { GivenName: 'Eve', FamilyName: 'Worker' });
      expect(employee.status).toBe(200);
      const vendorClash = await api.post('/vendor', { DisplayName: 'Eve Worker' });
      expect(apiFault(vendorClash).code).toBe('6240');
    });

    it('is blocked by inactive records too (and the switch turns that off)', async () => {
      const c = await api.createCustomer({ DisplayName: 'Gone Customer' });
      const deactivated = await api.post('/customer', { Id: c['Id'], SyncToken: c['SyncToken'], sparse: true, Active: false });
      expect(deactivated.status).toBe(200);
      expect((deactivated.json?.['Customer'] as Record<string, unknown>)['Active']).toBe(false);
      expect(apiFault(await api.post('/customer', { DisplayName: 'Gone Customer' })).code).toBe('6240');

      await t.client.setConfig({ names: { inactiveNamesBlock: false } });
      expect((await api.post('/customer', { DisplayName: 'Gone Customer' })).status).toBe(200);
    });

    it('is case-insensitive by default; the switch makes it case-sensitive', async () => {
      await api.createCustomer({ DisplayName: 'Case Test' });
      expect(apiFault(await api.post('/customer', { DisplayName: 'CASE test' })).code).toBe('6240');
      expect(apiFault(await api.post('/customer', { DisplayName: '  Case Test ' })).code).toBe('6240');
      await t.client.setConfig({ names: { uniquenessCaseSensitive: true } });
      expect((await api.post('/customer', { DisplayName: 'CASE test' })).status).toBe(200);
    });

    it('applies to renames by update', async () => {
      await api.createCustomer({ DisplayName: 'First' });
      const second = await api.createCustomer({ DisplayName: 'Second' });
      const rename = await api.post('/customer', { Id: second['Id'], SyncToken: second['SyncToken'], sparse: true, DisplayName: 'first' });
      expect(apiFault(rename).code).toBe('6240');
    });
  });

  describe('forbidden characters in name fields', () => {
    const fields = ['DisplayName', 'Title', 'GivenName', 'MiddleName', 'FamilyName', 'Suffix', 'PrintOnCheckName'];
    it.each(fields.flatMap((f) => [[f, ':'], [f, '\t'], [f, '\n']]))('%s with %j is rejected', async (field, ch) => {
      const body: Record<string, unknown> = { DisplayName: `Chars ${field} ${ch.charCodeAt(0)}` };
      body[field] = field === 'Title' || field === 'Suffix' ? `A${ch}B` : `Bad${ch}Name`;
      const result = await api.post('/customer', body);
      expect(result.status).toBe(400);
      expect(apiFault(result)).toMatchObject({ code: '6000', element: field });
    });

    it('the same characters are fine in Notes and CompanyName', async () => {
      const result = await api.post('/customer', { DisplayName: 'Fine Chars', Notes: 'a: b\tc\nd', CompanyName: 'Time: Now' });
      expect(result.status).toBe(200);
    });
  });

  describe('length limits (2050)', () => {
    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['DisplayName', { DisplayName: 'x'.repeat(500) }, { DisplayName: 'y'.repeat(501) }],
      ['GivenName', { GivenName: 'g'.repeat(100) }, { GivenName: 'g'.repeat(101) }],
      ['MiddleName', { MiddleName: 'm'.repeat(100) }, { MiddleName: 'm'.repeat(101) }],
      ['FamilyName', { FamilyName: 'f'.repeat(100) }, { FamilyName: 'f'.repeat(101) }],
      ['CompanyName', { CompanyName: 'c'.repeat(100) }, { CompanyName: 'c'.repeat(101) }],
      ['Title', { Title: 't'.repeat(16) }, { Title: 't'.repeat(17) }],
      ['Suffix', { Suffix: 's'.repeat(16) }, { Suffix: 's'.repeat(17) }],
      ['Notes', { Notes: 'n'.repeat(2000) }, { Notes: 'n'.repeat(2001) }],
      ['PrimaryPhone.FreeFormNumber', { PrimaryPhone: { FreeFormNumber: '1'.repeat(30) } }, { PrimaryPhone: { FreeFormNumber: '1'.repeat(31) } }],
      ['Mobile.FreeFormNumber', { Mobile: { FreeFormNumber: '2'.repeat(30) } }, { Mobile: { FreeFormNumber: '2'.repeat(31) } }],
      ['Fax.FreeFormNumber', { Fax: { FreeFormNumber: '3'.repeat(30) } }, { Fax: { FreeFormNumber: '3'.repeat(31) } }],
      ['BillAddr.Line1', { BillAddr: { Line1: 'l'.repeat(500) } }, { BillAddr: { Line1: 'l'.repeat(501) } }],
      ['ShipAddr.Line3', { ShipAddr: { Line3: 'l'.repeat(500) } }, { ShipAddr: { Line3: 'l'.repeat(501) } }],
      ['BillAddr.City', { BillAddr: { City: 'c'.repeat(255) } }, { BillAddr: { City: 'c'.repeat(256) } }],
      ['BillAddr.Country', { BillAddr: { Country: 'c'.repeat(255) } }, { BillAddr: { Country: 'c'.repeat(256) } }],
      ['BillAddr.PostalCode', { BillAddr: { PostalCode: '9'.repeat(30) } }, { BillAddr: { PostalCode: '9'.repeat(31) } }],
    ];
    it.each(cases)('%s: at the limit passes, one over is 2050', async (field, okBody, tooLongBody) => {
      const name = `Len ${field}`;
      const ok = await api.post('/customer', { DisplayName: name, ...okBody });
      expect(ok.status).toBe(200);
      const bad = await api.post('/customer', { DisplayName: `${name} bad`, ...tooLongBody });
      expect(bad.status).toBe(400);
      expect(apiFault(bad)).toMatchObject({ code: '2050', element: field });
    });

    it('counts characters, not bytes', async () => {
      expect((await api.post('/customer', { DisplayName: 'é'.repeat(500) })).status).toBe(200);
    });

    it('the older 100-character DisplayName limit is a switch', async () => {
      await t.client.setConfig({ names: { displayNameMaxLength: 100 } });
      expect((await api.post('/customer', { DisplayName: 'a'.repeat(100) })).status).toBe(200);
      const bad = await api.post('/customer', { DisplayName: 'b'.repeat(101) });
      expect(apiFault(bad)).toMatchObject({ code: '2050', element: 'DisplayName' });
    });
  });

  describe('email', () => {
    it.each(['no-at-sign.example.com', 'nodot@example', 'two@@example.com', 'has space@example.com', '@example.com'])('%s is rejected', async (address) => {
      const result = await api.post('/customer', { DisplayName: `Mail ${address}`, PrimaryEmailAddr: { Address: address } });
      expect(result.status).toBe(400);
      expect(apiFault(result)).toMatchObject({ code: '2050', element: 'PrimaryEmailAddr.Address' });
    });

    it('emails are not unique', async () => {
      expect((await api.post('/customer', { DisplayName: 'Mail A', PrimaryEmailAddr: { Address: 'same@example.com' } })).status).toBe(200);
      expect((await api.post('/customer', { DisplayName: 'Mail B', PrimaryEmailAddr: { Address: 'same@example.com' } })).status).toBe(200);
    });
  });

  describe('updates', () => {
    it('sparse update changes only the given fields and bumps SyncToken', async () => {
      const c = await api.createCustomer({ DisplayName: 'Sparse Me', Notes: 'keep', PrimaryEmailAddr: { Address: 'a@b.co' } });
      const updated = await api.post('/customer', { Id: c['Id'], SyncToken: '0', sparse: true, GivenName: 'Sparse' });
      expect(updated.status).toBe(200);
      expect(updated.json?.['Customer']).toMatchObject({ SyncToken: '1', GivenName: 'Sparse', Notes: 'keep', DisplayName: 'Sparse Me' });
    });

    it('a full update clears omitted fields', async () => {
      const c = await api.createCustomer({ DisplayName: 'Full Me', Notes: 'dropped' });
      const updated = await api.post('/customer', { Id: c['Id'], SyncToken: '0', DisplayName: 'Full Me' });
      expect(updated.status).toBe(200);
      const customer = updated.json?.['Customer'] as Record<string, unknown>;
      expect(customer['Notes']).toBeUndefined();
      expect(customer['Active']).toBe(true);
    });

    it('a stale SyncToken is 5010 and changes nothing', async () => {
      const c = await api.createCustomer({ DisplayName: 'Stale Me' });
      expect((await api.post('/customer', { Id: c['Id'], SyncToken: '0', sparse: true, Notes: 'one' })).status).toBe(200);
      const stale = await api.post('/customer', { Id: c['Id'], SyncToken: '0', sparse: true, Notes: 'two' });
      expect(stale.status).toBe(400);
      expect(apiFault(stale)).toMatchObject({ code: '5010', Message: 'Stale Object Error' });
      const read = await api.get(`/customer/${String(c['Id'])}`);
      expect(read.json?.['Customer']).toMatchObject({ Notes: 'one', SyncToken: '1' });
    });

    it('updating a missing customer is 610', async () => {
      const result = await api.post('/customer', { Id: '4242', SyncToken: '0', sparse: true, Notes: 'x' });
      expect(apiFault(result).code).toBe('610');
    });

    it('sub-customers get Job=true and a colon-joined FullyQualifiedName', async () => {
      const parent = await api.createCustomer({ DisplayName: 'Parent Co' });
      const child = await api.createCustomer({ DisplayName: 'Job One', ParentRef: { value: parent['Id'] } });
      expect(child).toMatchObject({ Job: true, FullyQualifiedName: 'Parent Co:Job One' });
    });
  });

  it('vendors and employees are created and read', async () => {
    const vendor = await api.post('/vendor', { DisplayName: 'Paper Supplier', CompanyName: 'Paper Ltd' });
    expect(vendor.status).toBe(200);
    const vendorId = String((vendor.json?.['Vendor'] as Record<string, unknown>)['Id']);
    expect((await api.get(`/vendor/${vendorId}`)).json?.['Vendor']).toMatchObject({ DisplayName: 'Paper Supplier', Active: true });
    const employee = await api.post('/employee', { GivenName: 'Sam', FamilyName: 'Staff' });
    const employeeId = String((employee.json?.['Employee'] as Record<string, unknown>)['Id']);
    expect((await api.get(`/employee/${employeeId}`)).json?.['Employee']).toMatchObject({ DisplayName: 'Sam Staff' });
  });

  it('a new company has the "Services" item with Id 1', async () => {
    const result = await api.get('/item/1');
    expect(result.status).toBe(200);
    expect(result.json?.['Item']).toMatchObject({ Id: '1', Name: 'Services', Type: 'Service', Active: true });
  });

  it('seeding creates inactive records and still enforces name uniqueness', async () => {
    const seeded = await t.client.seed(api.realmId, {
      customers: [{ DisplayName: 'Seed Active' }, { DisplayName: 'Seed Inactive', Active: false }],
      vendors: [{ DisplayName: 'Seed Vendor' }],
      employees: [{ GivenName: 'Seed', FamilyName: 'Employee' }],
      items: [{ Name: 'Consulting', UnitPrice: 100 }],
    });
    expect(seeded.status).toBe(200);
    const customers = seeded.json?.['customers'] as Record<string, unknown>[];
    expect(customers.map((c) => c['Active'])).toEqual([true, false]);
    expect((seeded.json?.['items'] as Record<string, unknown>[])[0]).toMatchObject({ Id: '2', Name: 'Consulting' });
    const clash = await t.client.seed(api.realmId, { customers: [{ DisplayName: 'seed vendor' }] });
    expect(clash.status).toBe(400);
    expect(apiFault(clash).code).toBe('6240');
    expect(apiFault(await api.post('/customer', { DisplayName: 'Seed Inactive' })).code).toBe('6240');
  });
});
