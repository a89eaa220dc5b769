import { inject, injectable } from 'inversify';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { CustomerMirrorRepository } from '../customers/customer-mirror-repository';
import { Logger } from '../logger';
import { QBO_CLIENT, QboClient, QboCustomer, QboCustomerInput } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';
import { realmGuardSql } from '../qbo/realm-guard';
import { entityRequestId } from '../qbo/request-ids';
import type { Candidate } from './invoice-sync-repository';
import type { WindowRun } from './window-run';

/** QuickBooks' safe DisplayName length (see qbo-api.md: 100 still circulates). */
const MAX_DISPLAY_NAME = 100;

/** "Acme Ltd" billed in EUR → "Acme Ltd (EUR)": a bookkeeper sees at once why there are two. */
export function currencyTwinName(displayName: string, currency: string): string {
  const suffix = ` (${currency})`;
  const base = [...displayName.trim()].slice(0, MAX_DISPLAY_NAME - suffix.length).join('').trim();
  return `${base}${suffix}`;
}

/**
 * The second QuickBooks customer of an upstream customer billed in another currency than its
 * customer's (a QuickBooks customer's currency is fixed when it is created): found in
 * customer_currency_links, or created in that currency with the first customer's name, e-mail and
 * address and the currency in brackets ("Acme Ltd (EUR)"), mirrored and linked. The create has a
 * deterministic requestid (per customer and currency); a name already taken by a customer in that
 * currency is that customer.
 */
@injectable()
export class CurrencyCustomers {
  private readonly logger: Logger;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(CustomerMirrorRepository) private readonly mirror: CustomerMirrorRepository,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async customerFor(run: WindowRun, c: Candidate, qboCustomerId: string, currency: string): Promise<{ ok: true; qboCustomerId: string } | { ok: false; code: string; reason: string }> {
    const customerId = c.customerId ?? '';
    const key = `${customerId}\u0000${currency}`;
    const cached = run.currencyCustomers.get(key);
    if (cached !== undefined) return { ok: true, qboCustomerId: cached };
    const linked = (await this.db.query(
      `SELECT qbo_customer_id FROM customer_currency_links WHERE tenant_id = $1 AND customer_id = $2 AND currency = $3 AND realm_id = $4`,
      [run.tenantId, customerId, currency, run.realmId],
    )) as Array<{ qbo_customer_id: string }>;
    const known = linked[0]?.qbo_customer_id;
    if (known !== undefined) {
      run.currencyCustomers.set(key, known);
      return { ok: true, qboCustomerId: known };
    }
    const first = await this.mirror.get(run.tenantId, qboCustomerId);
    const rows = (await this.db.query(`SELECT bill_address FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [run.tenantId, qboCustomerId])) as Array<{
      bill_address: QboCustomerInput['BillAddr'] | null;
    }>;
    const displayName = currencyTwinName(first?.displayName ?? customerId, currency);
    const body: QboCustomerInput = { DisplayName: displayName, CurrencyRef: { value: currency } };
    if (first?.companyName) body.CompanyName = first.companyName;
    if (first?.email) body.PrimaryEmailAddr = { Address: first.email };
    const bill = rows[0]?.bill_address;
    if (bill) body.BillAddr = bill;
    let created: QboCustomer;
    try {
      created = await this.qbo.createCustomer(run.tenantId, body, {
        requestId: entityRequestId(run.tenantId, 'Customer', customerId, currency, 'currency-twin'),
        realmId: run.realmId,
      });
    } catch (e) {
      if (!(e instanceof QboError && e.code === '6240')) throw e;
      const holder = await this.holderInCurrency(run.tenantId, displayName, currency);
      if (holder === null) {
        return {
          ok: false,
          code: 'CURRENCY',
          reason: `the invoice is in ${currency}, so it needs a second QuickBooks customer "${displayName}", but that name is taken by a record that is not a customer in ${currency}: rename it in QuickBooks`,
        };
      }
      created = holder;
    }
    await this.mirror.upsert(run.tenantId, run.realmId, [created], { createdBySync: true });
    await this.db.query(
      `INSERT INTO customer_currency_links (tenant_id, customer_id, currency, qbo_customer_id, realm_id, display_name)
       SELECT $1, $2, $3, $4, $5, $6 WHERE ${realmGuardSql('$1', '$5')}
       ON CONFLICT (tenant_id, customer_id, currency) DO UPDATE SET qbo_customer_id = EXCLUDED.qbo_customer_id, realm_id = EXCLUDED.realm_id,
         display_name = EXCLUDED.display_name`,
      [run.tenantId, customerId, currency, created.Id, run.realmId, created.DisplayName],
    );
    this.logger.info({ tenantId: run.tenantId, customerId, currency, qboCustomerId: created.Id }, 'second QuickBooks customer for another currency');
    run.currencyCustomers.set(key, created.Id);
    return { ok: true, qboCustomerId: created.Id };
  }

  private async holderInCurrency(tenantId: string, displayName: string, currency: string): Promise<QboCustomer | null> {
    // A 6240: who holds the name (a check, as for any customer create).
    for (const h of await withCallPurpose('check', () => this.qbo.findNameHolders(tenantId, displayName))) {
      if (h.entity !== 'Customer' || !h.active) continue;
      const customer = await withCallPurpose('check', () => this.qbo.readCustomer(tenantId, h.id));
      const ref = customer?.CurrencyRef as { value?: unknown } | undefined;
      if (customer !== null && typeof ref?.value === 'string' && ref.value.toUpperCase() === currency) return customer;
    }
    return null;
  }
}
