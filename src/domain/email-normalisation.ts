/**
 * An email address reduced to the mailbox it reaches: trimmed, lower case, no "mailto:",
 * no "+tag"; Gmail ignores dots in the local part and googlemail.com is gmail.com.
 * null when it is not an address at all.
 */
export function emailNormalisation(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let v = raw.trim().toLowerCase().replace(/^mailto:/, '').replace(/^<|>$/g, '');
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1) return null;
  let local = v.slice(0, at);
  let domain = v.slice(at + 1).replace(/\.+$/, '');
  if (/\s/.test(local) || /\s/.test(domain) || !domain.includes('.')) return null;
  local = local.replace(/\+.*$/, '');
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replace(/\./g, '');
  if (local === '') return null;
  v = `${local}@${domain}`;
  return v;
}
