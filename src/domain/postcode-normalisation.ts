/**
 * A postcode in one comparable form: upper case, no spaces or dashes; a US ZIP+4 is cut to
 * its five digits ("94110-1234" → "94110"; "sw1a 1aa" → "SW1A1AA"). null when empty.
 */
export function postcodeNormalisation(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  // A European country's letters before its numeric postcode, as mail used to be addressed across borders ("D-50999", "A-1010",
  // "CH-8002", "D 50999", "D50999": one postcode however written, a review's finding).
  const lettered = /^(?:D|A|CH|F|B|L|I|NL|DK|S|N|FIN|PL|CZ|SK|H|E|P)(\d{4,5})$/i.exec(raw.replace(/[\s.-]+/g, ''));
  if (lettered !== null) return lettered[1] ?? null;
  const v = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (v === '') return null;
  if (/^\d{9}$/.test(v) && /^\s*\d{5}\s*-?\s*\d{4}\s*$/.test(raw)) return v.slice(0, 5);
  return v;
}
