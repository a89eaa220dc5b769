export interface PhoneKeys {
  /** Every digit, a leading "+"/"00" country prefix dropped for North American numbers. */
  digits: string;
  /** The last 10 digits (area code + number), when there are at least 10. */
  national: string | null;
  /** The last 7 digits: compares a number written with and without its area code. */
  local7: string;
}

/**
 * Phone numbers as digits: "+1 (415) 555-0100", "415.555.0100", "1-415-555-0100" and
 * "555 0100" (no area code) all share local7 "5550100"; the first three share national
 * "4155550100". An extension (`PHONE_EXTENSION`) is dropped. null below 7 digits.
 */
/**
 * An extension after the number, as English, Portuguese ("ramal"), Spanish ("anexo", "extensión") and
 * French ("poste") lists write it, the Philippines' ("loc.", "local") and Poland's ("wew.", "w."): "x123", "ext. 12", "ramal 203", "anexo 14", "poste 5", "loc. 371", "#7", "w. 16".
 */
// Dutch "toestel"/"tst." and German "Durchwahl"/"DW" too (nl-installatie read: "076-4963614 toestel 134" was another number).
// Italian "int." and "interno" too ("051 7958111 interno 394": it-termoidraulica read).
// Turkish and Azerbaijani "dahili", "dah.", "daxili", Vietnamese "máy lẻ", and one written in brackets ("03123611999 (dahili 294)": tr-yapi read).
// The bracket and its space one optional group, so that no two runs of spaces stand side by side (a review's finding: cubic time).
export const PHONE_EXTENSION = /\s*(?:\(\s*)?(?:x|ext\.?|extension|extensi[oó]n|extens[aã]o|ramal|anexo|poste|loc\.?|local|#|wew\.?|wewn\.?|w\.|toestel|tst\.?|durchwahl|dw\.?|dahili|dah\.?|daxili|máy\s+lẻ|may\s+le|ml\.?|int\.?|interno)\s*:?\s*\d{1,6}(?:\s*\))?\s*$/i;

export function phoneNormalisation(raw: string | null | undefined): PhoneKeys | null {
  if (raw === null || raw === undefined) return null;
  // As long as QuickBooks holds a phone (30) and a little more: the patterns' cost bounded whatever the request holds.
  const withoutExtension = raw.slice(0, 64).replace(PHONE_EXTENSION, '');
  let digits = withoutExtension.replace(/\D+/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length < 7) return null;
  return {
    digits,
    national: digits.length >= 10 ? digits.slice(-10) : null,
    local7: digits.slice(-7),
  };
}
