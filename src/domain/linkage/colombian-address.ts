/**
 * Colombia's street addresses in one form (co-ferreteria read: a hardware distributor's customers in Medellín, Bello, Envigado
 * and Bogotá; one flat's "Calle 57AA # 33-98 Apto 106" written "Cll 57AA # 33-98", "cl 57aa #33-98", "CL 57 AA 33 98" was read
 * as one long street name, "Transversal 37A # 42A Sur-76" as house 37 of "transversal": one customer's addresses as two).
 *
 * Colombia numbers its streets: the way's type and number ("Calle 57AA", "Carrera 43A", "Transversal 37A Bis", "Diagonal 48",
 * "Avenida Calle 26"), then the number of the crossing way and the house's distance from it ("# 33-98", "No. 33-98", "N° 33 98",
 * "33-98"), the zone ("Sur", "Este") after either, the flat, block or shop after it ("Apto 502", "Int 201", "Torre 3", "Local
 * 230", "Bodega 24"). The reading gives the line as the other readings know a numbered street: the crossing and the house as the
 * house number (in digits of fixed widths), the way's type in one spelling with its number, letters, "Bis" and zone as the street, the rest
 * on the second line (units are not compared). A line it cannot read whole is left as written.
 */

/** A way's type as written, in one spelling (Colombia's own abbreviations: "CL", "KR", "TV", "DG", "AC", "AK", "AV", "CQ", "CV"). */
const TYPES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:calle|cll|clle|cl|cal|call|c)$/, 'CL'],
  [/^(?:carrera|cra|kra|kr|cr|crr|carr|k)$/, 'KR'],
  [/^(?:transversal|transv|trans|tv|tr|trv|tranv)$/, 'TV'],
  [/^(?:diagonal|diag|dg|dgl)$/, 'DG'],
  [/^(?:circular|circ|cir|cq)$/, 'CQ'],
  [/^(?:circunvalar|circunv|cv)$/, 'CV'],
  [/^(?:autopista|autop|aut)$/, 'AU'],
  [/^(?:ac)$/, 'AC'],
  [/^(?:ak)$/, 'AK'],
  [/^(?:avenida|avda|av|ave)$/, 'AV'],
];

const ZONES = new Set(['sur', 'este', 'norte', 'oeste']);
/** Words that mark the crossing's number: "#", "No.", "N°", "Nro.", "Núm.", "Número". */
const NUMBER_MARK = /(?:#|\bn\s*[°º]|\bnro\b\.?|\bnum\b\.?|\bnumero\b|\bno\b\.?(?=\s*\d))/g;

function typeOf(word: string): string | null {
  for (const [re, t] of TYPES) if (re.test(word)) return t;
  return null;
}

/** The line in tokens: lower case without accents, numbers and letters apart ("57aa" → "57", "aa"), "#" and "-" tokens of their own. */
function tokens(line: string): string[] {
  return line
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(NUMBER_MARK, ' # ')
    .replace(/(\d)(?=[a-z])/g, '$1 ')
    .replace(/([a-z])(?=\d)/g, '$1 ')
    .replace(/-/g, ' - ')
    .replace(/[.,;:]/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '');
}

export interface ColombianAddress {
  /** "3398 CL57AA": the crossing's number and the house's, then the way. */
  line1: string;
  /** What followed the house's number ("apto 106"), or null. */
  rest: string | null;
  /** Whether the house's number was set off from the crossing's by a dash ("33-98"): a form only Colombia writes after a way's type and number. */
  marked: boolean;
}

/** A Colombian street line read, or null where it is no numbered way's address as Colombia writes it. */
export function colombianAddress(line: string | null | undefined): ColombianAddress | null {
  if (typeof line !== 'string') return null;
  const t = tokens(line);
  let i = 0;
  let type: string | null = null;
  // "Avenida Calle 26", "Av. Carrera 68": an avenue that is a numbered way too.
  if ((t[0] === 'avenida' || t[0] === 'av') && (t[1] === 'calle' || t[1] === 'carrera')) {
    type = t[1] === 'calle' ? 'AC' : 'AK';
    i = 2;
  } else {
    type = typeOf(t[0] ?? '');
    i = 1;
  }
  if (type === null) return null;
  const letters = (): string => {
    let out = '';
    // A way's letters ("57AA", "51 B", "Bis", "70 Bis A"), at most three words of one or two letters or "bis".
    for (let k = 0; k < 3; k += 1) {
      const w = t[i] ?? '';
      if (w === 'bis' || /^[a-z]{1,2}$/.test(w)) {
        if (w === 'no' || ZONES.has(w)) break;
        out += w;
        i += 1;
      } else break;
    }
    return out;
  };
  let zone = '';
  const readZone = () => {
    if (ZONES.has(t[i] ?? '')) {
      zone = t[i] ?? '';
      i += 1;
    }
  };
  const way = t[i] ?? '';
  if (!/^\d{1,3}$/.test(way)) return null;
  i += 1;
  const wayLetters = letters();
  readZone();
  if (t[i] === '#') i += 1;
  const cross = t[i] ?? '';
  if (!/^\d{1,3}$/.test(cross)) return null;
  i += 1;
  const crossLetters = letters();
  readZone();
  let dash = false;
  if (t[i] === '-') {
    dash = true;
    i += 1;
  }
  const house = t[i] ?? '';
  if (!/^\d{1,3}$/.test(house)) return null;
  i += 1;
  readZone();
  const rest = t.slice(i).join(' ');
  // The crossing's number, its letters and the house's in digits of fixed widths, so that no two addresses read alike ("42A-76",
  // "42B-76" and "42-76"; "1-120" and "11-20": a review's finding): a number's digits are what the other readings compare.
  const code = [...crossLetters.replace('bis', '9')].map((ch) => (/\d/.test(ch) ? '99' : String(ch.charCodeAt(0) - 96).padStart(2, '0'))).join('');
  const number = `${cross.padStart(3, '0')}${code.padEnd(4, '0')}${house.padStart(3, '0')}`;
  return { line1: `${number} ${type}${way}${wayLetters}${zone}`.toUpperCase(), rest: rest === '' ? null : rest, marked: dash };
}

/** Colombia's departments and the capital district, as a region field writes them. */
const DEPARTMENTS = /^(?:antioquia|cundinamarca|bogota(?:\s+d\s*c)?|distrito\s+capital|valle(?:\s+del\s+cauca)?|atlantico|santander|norte\s+de\s+santander|bolivar|risaralda|caldas|quindio|tolima|huila|meta|boyaca|narino|cauca|cordoba|sucre|cesar|magdalena|la\s+guajira|choco|casanare)$/;

/**
 * A record of Colombia, by its country, its phone's (+57, or a mobile of ten digits opening with 3), its mailbox's ".co", or
 * its region's department.
 */
export function colombianSigns(country: string | null, phone: string | null | undefined, email: string | null | undefined, region: string | null | undefined): boolean {
  if (country === 'CO') return true;
  if (country !== null) return false;
  const r = (region ?? '').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  return /^\s*(?:\+|00)\s*57/.test(phone ?? '') || /\.co\s*$/i.test(email ?? '') || DEPARTMENTS.test(r);
}

/**
 * A building's or estate's owners as Colombia writes their form ("Edificio Bambú P.H.", "Conjunto Residencial Los Almendros
 * Propiedad Horizontal", "… PH"), in one spelling: the name, then "Propiedad Horizontal" (the dotted form's letters were read as
 * two words, an initial's). In a record of Colombia (`colombian`) any name ending in the form; elsewhere only a name of a
 * building's kind ("Torres, P.H." is a person's surname and initials; "BOTHA PH", "Shopee PH" no owners: a review's finding).
 * The kind before the name ("Edificio", "Conjunto Residencial", "Unidad Residencial", "Urbanización") is dropped as often as
 * written ("SEVILLS PH" / "Conjunto Residencial Sevilla PH"): no word of the owners' name where the form is written, or where
 * a kind only Spanish America's estates carry opens it (Italy's and Brazil's "Condominio", "Edifício" are left as written).
 */
export function withPropertyFormWritten<T extends { displayName?: string | null; companyName?: string | null }>(c: T, colombian = false): T {
  const building = (v: string) => /\b(?:edificio|edif|conjunto|conj|condominio|unidad|urbanizaci[oó]n|agrupaci[oó]n|parcelaci[oó]n|centro\s+comercial|multifamiliar|propiedad\s+horizontal)\b/iu.test(v);
  const form = /[\s,-]*(?:\bP\.\s?H\.?|\bPH|\bpropiedad\s+horizontal)\s*$/iu;
  const kind = /^\s*(?:edificio|edif\.?|conjunto\s+residencial|conj\.?\s+res\.?|conjunto|unidad\s+residencial|unidad|urbanizaci[oó]n|agrupaci[oó]n(?:\s+de\s+vivienda)?|parcelaci[oó]n|condominio|multifamiliar)\s+(?=\S)/iu;
  const spanishKind = /^\s*(?:conjunto\s+residencial|unidad\s+residencial|urbanizaci[oó]n)\s/iu;
  const written = (v: string | null | undefined) => {
    if (typeof v !== 'string' || v.length > 200) return v;
    const formed = form.test(v) && (colombian || building(v));
    if (!formed && !spanishKind.test(v)) return v;
    let name = v.replace(form, '').replace(/\s+/g, ' ').trim();
    if (kind.test(name) && name.replace(kind, '').trim() !== '') name = name.replace(kind, '').trim();
    return name === '' ? v : `${name} Propiedad Horizontal`;
  };
  const [displayName, companyName] = [written(c.displayName), written(c.companyName)];
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName, companyName };
}
