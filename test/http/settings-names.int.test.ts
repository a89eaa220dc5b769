import { uniqueName } from '../support/unique';
import { ConnectHarness } from './connect-harness';

/**
 * Issue 12, settings that name the company's lists (the default item, the income account of new
 * items, the taxable and exempt tax codes): once the company's lists are loaded, a name (or item
 * Id) the company does not have is refused with 400, naming the field, the value and what exists,
 * through the admin API and the tenant page; before they are loaded it is accepted as before.
 */
let h: ConnectHarness;

beforeAll(async () => {
  h = await ConnectHarness.start();
});

afterAll(async () => {
  await h?.close();
});

/** A tenant connected (a real round trip with the emulator) and, when `loaded`, with its company's lists in Postgres as the lists task writes them. */
async function connectedTenant(loaded: boolean): Promise<string> {
  const tenantId = uniqueName('names');
  await h.createTenant(tenantId);
  const { realmId } = await h.connect(tenantId, uniqueName('Co'));
  if (!loaded) return tenantId;
  const q = (sql: string, params: unknown[]) => h.db.dataSource.query(sql, [tenantId, realmId, ...params]);
  await q(`INSERT INTO qbo_company_lists (tenant_id, realm_id, status, country, home_currency, multi_currency) VALUES ($1, $2, 'ready', 'CA', 'CAD', false)
           ON CONFLICT (tenant_id) DO UPDATE SET realm_id = $2, status = 'ready'`, []);
  for (const [id, name, type] of [['1', 'Sales', 'Income'], ['2', 'Services', 'Income'], ['3', 'Bank', 'Bank']]) {
    await q(`INSERT INTO qbo_account_mirror (tenant_id, qbo_id, realm_id, name, account_type, active) VALUES ($1, $3, $2, $4, $5, true)`, [id, name, type]);
  }
  for (const [id, name, active] of [['4', 'HST ON', true], ['5', 'Exempt', true], ['6', 'Zero-rated', true], ['7', 'Old GST', false]] as const) {
    await q(`INSERT INTO qbo_tax_code_mirror (tenant_id, qbo_id, realm_id, name, active) VALUES ($1, $3, $2, $4, $5)`, [id, name, active]);
  }
  for (const [id, name, type, active] of [['1', 'Services', 'Service', true], ['8', 'Hours', 'Service', true], ['9', 'Retired', 'Service', false], ['10', 'Group', 'Category', true]] as const) {
    await q(`INSERT INTO qbo_item_mirror (tenant_id, qbo_id, realm_id, name, name_key, type, active) VALUES ($1, $3, $2, $4, lower($4), $5, $6)`, [id, name, type, active]);
  }
  return tenantId;
}

const saved = async (tenantId: string) =>
  ((await h.db.dataSource.query(`SELECT default_item_id, new_item_income_account, taxable_tax_code, exempt_tax_code FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<Record<string, unknown>>)[0];

describe('admin API', () => {
  it('refuses names the loaded company does not have, naming the field, the value and what exists; saves nothing', async () => {
    const tenantId = await connectedTenant(true);
    const res = await h.api('PATCH', `/api/tenants/${tenantId}`, { taxableTaxCode: 'HST XX', newItemIncomeAccount: 'Bank', defaultItemId: '9', exemptTaxCode: 'Old GST' });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: 'bad_request', message: expect.stringContaining('taxableTaxCode: "HST XX" is not a tax code of the QuickBooks company; its tax codes: Exempt, HST ON, Zero-rated') });
    expect(res.json['problems']).toEqual([
      { field: 'defaultItemId', message: 'item Id "9" is not an active item of the QuickBooks company that invoices can use; its items: Hours (Id 8), Services (Id 1)' },
      { field: 'newItemIncomeAccount', message: '"Bank" is not an income account of the QuickBooks company; its income accounts: Sales, Services' },
      { field: 'taxableTaxCode', message: '"HST XX" is not a tax code of the QuickBooks company; its tax codes: Exempt, HST ON, Zero-rated' },
      { field: 'exemptTaxCode', message: '"Old GST" is not a tax code of the QuickBooks company; its tax codes: Exempt, HST ON, Zero-rated' },
    ]);
    expect(await saved(tenantId)).toEqual({ default_item_id: null, new_item_income_account: null, taxable_tax_code: null, exempt_tax_code: null });
  });

  it('accepts names the company has (case aside), and a value saved earlier that went away does not block other changes', async () => {
    const tenantId = await connectedTenant(true);
    const ok = await h.api('PATCH', `/api/tenants/${tenantId}`, { taxableTaxCode: 'hst on', exemptTaxCode: 'Exempt', newItemIncomeAccount: 'Services', defaultItemId: '8' });
    expect(ok.status).toBe(200);
    expect(await saved(tenantId)).toEqual({ default_item_id: '8', new_item_income_account: 'Services', taxable_tax_code: 'hst on', exempt_tax_code: 'Exempt' });
    // The tax code goes away in QuickBooks: the unchanged setting is sent again with another change, and saved.
    await h.db.dataSource.query(`UPDATE qbo_tax_code_mirror SET active = false WHERE tenant_id = $1 AND name = 'Exempt'`, [tenantId]);
    const again = await h.api('PATCH', `/api/tenants/${tenantId}`, { exemptTaxCode: 'Exempt', ambiguousPolicy: 'review' });
    expect(again.status).toBe(200);
    // Setting it anew is checked.
    await h.api('PATCH', `/api/tenants/${tenantId}`, { exemptTaxCode: null });
    expect((await h.api('PATCH', `/api/tenants/${tenantId}`, { exemptTaxCode: 'Exempt' })).status).toBe(400);
  });

  it('accepts any name while the company\'s lists are not loaded (as before)', async () => {
    const tenantId = await connectedTenant(false);
    const res = await h.api('PATCH', `/api/tenants/${tenantId}`, { taxableTaxCode: 'HST XX', newItemIncomeAccount: 'Nowhere', defaultItemId: '999' });
    expect(res.status).toBe(200);
    expect(await saved(tenantId)).toMatchObject({ default_item_id: '999', new_item_income_account: 'Nowhere', taxable_tax_code: 'HST XX' });
  });
});

describe('tenant page', () => {
  it('shows the refusal by the field (400) and saves nothing; a known name is saved', async () => {
    const tenantId = await connectedTenant(true);
    const sig = h.signer.sign(tenantId, new Date(Date.now() + 60_000));
    const post = (fields: Record<string, string>) =>
      fetch(`${h.base}/tenants/${tenantId}/settings`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: `qbo_sync_link=${encodeURIComponent(sig)}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ enabled: 'on', batchCron: '0 3 * * *', timeZone: 'UTC', ambiguousPolicy: 'create', csrf: h.signer.csrfToken(tenantId, sig), ...fields }),
      });
    const refused = await post({ taxableTaxCode: 'HST XX' });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('&quot;HST XX&quot; is not a tax code of the QuickBooks company; its tax codes: Exempt, HST ON, Zero-rated');
    expect(await saved(tenantId)).toMatchObject({ taxable_tax_code: null });
    const [row] = (await h.db.dataSource.query(`SELECT enabled FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ enabled: boolean }>;
    expect(row?.enabled).toBe(false);

    const ok = await post({ taxableTaxCode: 'HST ON' });
    expect(ok.status).toBe(303);
    expect(await saved(tenantId)).toMatchObject({ taxable_tax_code: 'HST ON' });
  });
});
