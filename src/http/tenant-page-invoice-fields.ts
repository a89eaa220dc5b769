import type { CompanyView } from './collect-tenant-status';

/**
 * The settings page's invoice fields (issue 12): the default item, what to do with unmapped item
 * codes, the income account of new items, the tax codes (outside the US) and the currency policy,
 * each a select of names from the company's lists (nobody types an Id). Before the lists are read,
 * the default item is a plain Id field.
 */
export interface FieldHelpers {
  describedBy: (field: string, hint: boolean) => string;
  invalid: (field: string) => string;
  fieldError: (field: string) => string;
  escape: (text: string) => string;
}

/** The form values these fields show. */
export interface InvoiceFieldValues {
  defaultItemId: string;
  unmappedItemPolicy: string;
  newItemIncomeAccount: string;
  taxableTaxCode: string;
  exemptTaxCode: string;
  currencyMismatchPolicy: string;
}

/** A select of names; the current value stays selectable even when the list no longer has it. */
function selectField(field: string, label: string, hint: string, current: string, options: Array<{ value: string; label: string }>, h: FieldHelpers): string {
  const e = h.escape;
  const all = current !== '' && !options.some((o) => o.value === current) ? [...options, { value: current, label: `${current} (not in QuickBooks now)` }] : options;
  const opts = all.map((o) => `<option value="${e(o.value)}"${o.value === current ? ' selected' : ''}>${e(o.label)}</option>`).join('');
  return `  <div class="field">
    <label for="${field}">${e(label)}</label>
    <select id="${field}" name="${field}" aria-describedby="${h.describedBy(field, true)}"${h.invalid(field)}>${opts}</select>
    <p class="hint" id="${field}-hint">${e(hint)}</p>
    ${h.fieldError(field)}
  </div>
`;
}

/** The invoice settings: items, tax codes and currency, picked by name from the company's lists (nobody types an Id). */
export function invoiceFields(company: CompanyView | null, f: InvoiceFieldValues, h: FieldHelpers): string {
  const e = h.escape;
  if (company === null) {
    return `  <div class="field">
    <label for="defaultItemId">Default item for invoice lines</label>
    <input type="text" id="defaultItemId" name="defaultItemId" value="${e(f.defaultItemId)}" inputmode="numeric" autocomplete="off" aria-describedby="${h.describedBy('defaultItemId', true)}"${h.invalid('defaultItemId')}>
    <p class="hint" id="defaultItemId-hint">The QuickBooks item (product or service) Id put on invoice lines; the company's items are offered by name once QuickBooks is connected and its lists are read. Leave empty for QuickBooks' "Services" item.</p>
    ${h.fieldError('defaultItemId')}
  </div>
`;
  }
  let out = selectField(
    'defaultItemId',
    'Default item for invoice lines',
    'Lines without an item code (and, if chosen below, codes no item has) are booked to this item.',
    f.defaultItemId,
    [{ value: '', label: 'QuickBooks\' "Services" item' }, ...company.items.map((i) => ({ value: i.id, label: i.name }))],
    h,
  );
  out += selectField(
    'unmappedItemPolicy',
    "When a line's item code matches no QuickBooks item",
    'A code is matched to the item mapped to it, else the item with that SKU, else the item of that name.',
    f.unmappedItemPolicy,
    [
      { value: 'default-item', label: 'Book it to the default item' },
      { value: 'create', label: 'Create a service item for the code' },
      { value: 'hold', label: 'Hold the invoice until the code is mapped' },
    ],
    h,
  );
  out += selectField('newItemIncomeAccount', 'Income account of items created for new codes', 'Only used when new items are created for codes.', f.newItemIncomeAccount, [
    { value: '', label: '"Sales"' },
    ...company.incomeAccounts.map((a) => ({ value: a.name, label: a.name })),
  ], h);
  if (company.country !== null && company.country !== 'US') {
    const codes = company.taxCodes.map((t) => ({ value: t.name, label: t.name }));
    const proposed = company.proposedTaxCodes;
    out += selectField('taxableTaxCode', 'Tax code of taxable lines', 'Lines marked taxable get this code, unless the line names its own.', f.taxableTaxCode, [
      { value: '', label: proposed ? `Proposed: ${proposed.taxable}` : 'Choose one' },
      ...codes,
    ], h);
    out += selectField('exemptTaxCode', 'Tax code of the other lines', 'Lines not marked taxable get this code, unless the line names its own.', f.exemptTaxCode, [
      { value: '', label: proposed ? `Proposed: ${proposed.exempt}` : 'Choose one' },
      ...codes,
    ], h);
  }
  out += selectField(
    'currencyMismatchPolicy',
    'When an invoice is in another currency than its customer',
    "QuickBooks never changes a customer's currency.",
    f.currencyMismatchPolicy,
    [
      { value: 'second-customer', label: 'Use a second customer for that currency, e.g. "Acme Ltd (EUR)"' },
      { value: 'fail', label: 'Do not send it, and say why' },
    ],
    h,
  );
  return out;
}
