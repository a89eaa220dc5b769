import { renderTenantPage } from '../../src/http/tenant-page';
import { ReadTenantOverview } from '../../src/connections/read-tenant-overview';
import type { TenantRepository } from '../../src/connections/tenant-repository';
import type { TenantSettings } from '../../src/connections/tenant-settings';
import type { DataSource } from 'typeorm';

const settings: TenantSettings = {
  tenantId: 't1',
  enabled: true,
  batchCron: '0 2 * * *',
  timeZone: 'America/Los_Angeles',
  invoicesFrom: null,
  ambiguousPolicy: 'create',
  defaultItemId: null,
  unmappedItemPolicy: 'default-item',
  newItemIncomeAccount: null,
  taxableTaxCode: null,
  exemptTaxCode: null,
  currencyMismatchPolicy: 'second-customer',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

it('the page promises the window of the day the clocks go forward at the time it really runs, and says why', async () => {
  const tenants = { find: async () => settings } as unknown as TenantRepository;
  const connected = [{ status: 'connected', realm_id: 'r1', company_name: 'Acme', status_reason: null, created_at: new Date('2026-01-01T00:00:00Z'), updated_at: new Date('2026-01-01T00:00:00Z') }];
  const db = { query: async () => connected } as unknown as DataSource;
  const now = new Date('2026-03-07T20:00:00Z'); // 12:00 PST, the day before
  const overview = await new ReadTenantOverview(tenants, db).run('t1', now);
  expect(overview?.nextWindow?.toISOString()).toBe('2026-03-08T10:00:00.000Z'); // 03:00 PDT
  const html = renderTenantPage({
    status: { overview: overview!, invoices: { pending: 2, waiting: [], lastWindow: null, failed: [] }, reviews: [], duplicates: [] },
    form: { enabled: true, batchCron: '0 2 * * *', timeZone: 'America/Los_Angeles', invoicesFrom: '', ambiguousPolicy: 'create', defaultItemId: '',
      unmappedItemPolicy: 'default-item', newItemIncomeAccount: '', taxableTaxCode: '', exemptTaxCode: '', currencyMismatchPolicy: 'second-customer' },
    problems: [],
    notices: [],
    csrf: null,
    now,
  });
  expect(html).toContain('2 invoices will be sent tonight at 03:00');
  expect(html).toContain('02:00 does not exist on 2026-03-08 in America/Los_Angeles (the clocks go forward): that window runs at 03:00.');
});
