/**
 * How an upstream product code meets a QuickBooks item: codes and item names compared
 * normalised (case, accents, spacing and punctuation ignored), and the item the sync creates for
 * an unmapped code (Name from the code and the line's description, Sku = the code). Pure.
 */

export const MAX_ITEM_NAME_LENGTH = 100;
export const MAX_SKU_LENGTH = 100;

/** "Drain  Cleaning-XL" → "drain cleaning xl": the key codes, SKUs and names are compared by. */
export function itemKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The item created for an unmapped code: Name "CODE Description" (QuickBooks' 100 characters, no
 * colon: it separates parent and sub-item), Sku the code itself (100 characters).
 */
export function newItemFields(code: string, description: string | null): { Name: string; Sku: string } {
  const clean = (s: string) => s.replace(/[:\t\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
  const c = clean(code);
  const d = clean(description ?? '');
  const name = d === '' || itemKey(d) === itemKey(c) ? c : `${c} ${d}`;
  return { Name: [...name].slice(0, MAX_ITEM_NAME_LENGTH).join('').trim(), Sku: [...code.trim()].slice(0, MAX_SKU_LENGTH).join('') };
}
