import { inject, injectable } from 'inversify';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { LOGGER } from '../tokens';
import type { InvoiceRefs } from '../domain/invoice-payload';
import { isUsCompany, planInvoiceTax } from '../domain/invoice-tax';
import { itemKey, newItemFields } from '../domain/item-codes';
import { Money } from '../domain/money';
import { Logger } from '../logger';
import { QBO_CLIENT, QboClient, QboItem } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';
import { entityRequestId } from '../qbo/request-ids';
import { CompanyListsRepository } from './company-lists-repository';
import { CurrencyCustomers } from './currency-customers';
import type { Candidate } from './invoice-sync-repository';
import type { RunCompany, WindowRun } from './window-run';

/** What an invoice refers to in the company, or why it cannot go (a code for the record, the reason in words). */
export type LineRefsResult =
  | { ok: true; refs: InvoiceRefs; taxAmount: string | null; pricesIncludeTax: boolean }
  | { ok: false; code: string; reason: string };

type Fail = { ok: false; code: string; reason: string };

/**
 * Decides, for one invoice, what each line is booked to and taxed with, and which customer and
 * currency it goes to (issue 12, items 1–3):
 * - items: a line's itemCode → the item mapped by hand, else the item with that Sku, else the item
 *   with that normalised Name; an unmapped code follows the tenant's policy (create a Service item
 *   under the chosen income account, book it to the default item, or hold the invoice); a line
 *   without a code goes to the default item;
 * - tax: by the company's country (planInvoiceTax), code names turned into the company's Ids;
 * - currency: a foreign currency in a single-currency company fails; in a multi-currency company
 *   an invoice in another currency than its customer's goes to that customer's twin in the
 *   currency (CurrencyCustomers) or fails, per the tenant's choice; the exchange rate is sent when given.
 * QuickBooks errors are thrown (the planner decides by their kind).
 */
@injectable()
export class InvoiceLineRefs {
  private readonly logger: Logger;
  constructor(
    @inject(CompanyListsRepository) private readonly lists: CompanyListsRepository,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(CurrencyCustomers) private readonly currencies: CurrencyCustomers,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async resolve(run: WindowRun, c: Candidate, qboCustomerId: string): Promise<LineRefsResult> {
    const company = run.company;
    if (company === null) throw new Error('the run has no company profile');
    const lines = Array.isArray(c.lines) ? (c.lines as unknown[]).map((l) => (typeof l === 'object' && l !== null ? (l as Record<string, unknown>) : {})) : [];

    const currency = await this.currency(run, company, c, qboCustomerId);
    if (!currency.ok) return currency;

    const tax = planInvoiceTax({ country: company.profile.country }, { taxable: company.choices.taxableTaxCode, exempt: company.choices.exemptTaxCode }, {
      lines,
      pricesIncludeTax: c.pricesIncludeTax,
      taxAmount: c.taxAmount,
    });
    if (!tax.ok) return { ok: false, code: 'TAX', reason: tax.reason };

    const refs: InvoiceRefs['lines'][number][] = [];
    for (const [i, line] of lines.entries()) {
      const name = tax.plan.lineCodes[i] ?? '';
      let taxCodeId: string;
      if (isUsCompany({ country: company.profile.country })) taxCodeId = name;
      else {
        const code = company.taxCodes.get(name.trim().toLowerCase());
        if (code === undefined) {
          const known = [...company.taxCodes.values()].map((t) => t.name).join(', ');
          return {
            ok: false,
            code: 'TAX_CODE_MISSING',
            reason: `line ${i + 1}: the QuickBooks company has no active tax code named "${name}" (it has: ${known || 'none'}); pick the tax codes in the settings or send another taxCode`,
          };
        }
        taxCodeId = code.id;
      }
      const item = await this.itemFor(run, company, i, line);
      if (typeof item !== 'string') return item;
      refs.push({ itemId: item, taxCodeId });
    }
    const out: InvoiceRefs = { qboCustomerId: currency.qboCustomerId, lines: refs };
    if (tax.plan.globalTaxCalculation !== undefined) out.globalTaxCalculation = tax.plan.globalTaxCalculation;
    if (tax.plan.totalTax !== undefined) out.totalTax = tax.plan.totalTax;
    if (currency.exchangeRate !== null) out.exchangeRate = currency.exchangeRate;
    const taxAmount = typeof c.taxAmount === 'string' || typeof c.taxAmount === 'number' ? (Money.parse(c.taxAmount)?.roundHalfUp(2).toString() ?? null) : null;
    return { ok: true, refs: out, taxAmount, pricesIncludeTax: c.pricesIncludeTax === true };
  }

  private async currency(
    run: WindowRun,
    company: RunCompany,
    c: Candidate,
    qboCustomerId: string,
  ): Promise<{ ok: true; qboCustomerId: string; exchangeRate: string | null } | Fail> {
    const home = company.profile.homeCurrency?.toUpperCase() ?? null;
    const wanted = c.currency?.trim().toUpperCase() || null;
    if (wanted === null || home === null) return { ok: true, qboCustomerId, exchangeRate: null };
    if (!company.profile.multiCurrency) {
      if (wanted === home) return { ok: true, qboCustomerId, exchangeRate: null };
      return {
        ok: false,
        code: 'CURRENCY',
        reason: `the invoice is in ${wanted}, but the QuickBooks company works in ${home} only (multi-currency is off): send it in ${home}, or turn multi-currency on in QuickBooks (Settings → Account and settings → Advanced → Currency)`,
      };
    }
    const rate = wanted !== home && (typeof c.exchangeRate === 'string' || typeof c.exchangeRate === 'number') ? String(c.exchangeRate) : null;
    const own = c.customerCurrency?.toUpperCase() ?? home;
    if (wanted === own) return { ok: true, qboCustomerId, exchangeRate: rate };
    if (company.choices.currencyMismatchPolicy === 'fail') {
      return {
        ok: false,
        code: 'CURRENCY',
        reason: `the invoice is in ${wanted}, but its QuickBooks customer (Id ${qboCustomerId}) is in ${own}, and QuickBooks never changes a customer's currency: send the invoice in ${own}, or let the sync use a second customer for ${wanted} (setting "invoice in another currency")`,
      };
    }
    const twin = await this.currencies.customerFor(run, c, qboCustomerId, wanted);
    if (!twin.ok) return twin;
    return { ok: true, qboCustomerId: twin.qboCustomerId, exchangeRate: rate };
  }

  /** The item of one line: its Id, or why the invoice cannot go. */
  private async itemFor(run: WindowRun, company: RunCompany, index: number, line: Record<string, unknown>): Promise<string | Fail> {
    const code = typeof line.itemCode === 'string' ? line.itemCode.trim() : '';
    if (code === '') return company.defaultItemId;
    const key = itemKey(code);
    const cached = run.itemsByCode.get(key);
    if (cached !== undefined) return cached;
    const found = await this.lists.itemForCode(run.tenantId, run.realmId, code);
    if (found !== null) {
      run.itemsByCode.set(key, found.id);
      return found.id;
    }
    switch (company.choices.unmappedItemPolicy) {
      case 'default-item':
        run.itemsByCode.set(key, company.defaultItemId);
        return company.defaultItemId;
      case 'hold':
        return {
          ok: false,
          code: 'ITEM_UNMAPPED',
          reason: `line ${index + 1}: no QuickBooks item has the code "${code}" as its SKU or name, and no mapping says which item it is: map the code to an item (settings page, or \`qbo-sync items map\`) or give an item the SKU "${code}" in QuickBooks; the invoice is held until then`,
        };
      case 'create':
        return this.createItem(run, company, index, code, typeof line.description === 'string' ? line.description : null);
    }
  }

  private async createItem(run: WindowRun, company: RunCompany, index: number, code: string, description: string | null): Promise<string | Fail> {
    const accountName = company.choices.newItemIncomeAccount ?? 'Sales';
    const account = await this.lists.incomeAccountByName(run.tenantId, run.realmId, accountName);
    if (account === null) {
      return {
        ok: false,
        code: 'ITEM_MISSING',
        reason: `line ${index + 1}: the code "${code}" has no item yet, and the QuickBooks company has no active income account named "${accountName}" to create it under: choose the income account for new items in the settings`,
      };
    }
    const fields = newItemFields(code, description);
    const requestId = entityRequestId(run.tenantId, 'Item', itemKey(code), run.realmId, 'create');
    let item: QboItem;
    try {
      item = await this.qbo.createItem(run.tenantId, { ...fields, Type: 'Service', IncomeAccountRef: { value: account.id } }, { requestId, realmId: run.realmId });
    } catch (e) {
      if (!(e instanceof QboError && e.code === '6240')) throw e;
      // The name is taken: an item of that name (made by a person, or by an earlier run) is the one.
      const holders: QboItem[] = [];
      await withCallPurpose('check', () =>
        this.qbo.forEachItemPage(run.tenantId, [{ field: 'Name', value: fields.Name }], async (page) => {
          holders.push(...page);
        }),
      );
      const holder = holders[0];
      if (holder === undefined || holder.Active === false || holder.Type === 'Category') {
        return {
          ok: false,
          code: 'ITEM_MISSING',
          reason: `line ${index + 1}: an item named "${fields.Name}" is needed for the code "${code}", but QuickBooks refuses the name (${holder === undefined ? 'held by another list entry' : holder.Type === 'Category' ? 'a category holds it' : 'an inactive item holds it'}): map the code to an item by hand`,
        };
      }
      item = holder;
    }
    await this.lists.upsertItems(run.tenantId, run.realmId, [item], undefined, true);
    run.itemsByCode.set(itemKey(code), item.Id);
    this.logger.info({ tenantId: run.tenantId, code, itemId: item.Id, name: item.Name }, 'QuickBooks item created for an unmapped code');
    return item.Id;
  }
}
