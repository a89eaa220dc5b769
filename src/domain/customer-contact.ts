/** A customer as the matcher sees it: an upstream contact, or a QBO customer from the mirror. */
export interface CustomerContact {
  displayName?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  companyName?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: ContactAddress | null;
}

export interface ContactAddress {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** The display name the contact goes by: its displayName, else "Given Family", else its company. */
export function contactName(c: CustomerContact): string {
  const display = clean(c.displayName);
  if (display !== '') return display;
  const person = [clean(c.givenName), clean(c.familyName)].filter((p) => p !== '').join(' ');
  if (person !== '') return person;
  return clean(c.companyName);
}

function clean(v: string | null | undefined): string {
  return (v ?? '').replace(/\s+/g, ' ').trim();
}
