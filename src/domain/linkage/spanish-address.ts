/**
 * Spain's street addresses in one form (es-fisio read: a physiotherapy group's patients in Sevilla, Málaga, Valencia and
 * Bilbao; one flat's address written a dozen ways was read as two streets, or its floor as the street: "Av. Sabino Arana, nº
 * 17, Bl. 1, 1° izda." as house 1 on "izda", "Calle Cervantes Nº23" as no number, "C/Cervantes, 23" beside "8º izq." as house 8).
 *
 * A line is read as Spain writes it: the street's type first ("C/", "Cl.", "Calle", "Carrer", "Avda.", "Avd.", "Avinguda",
 * "Pº", "Pza.", "Ctra.", "Rda."; or after the name, as Basque writes it: "Santutxu kalea", "Sabino Arana etorbidea"), its name,
 * the house's number after it ("nº 17", "n.º 1", "núm. 16", "Nº23", ", 23", " 42"), then the block, staircase, floor and door
 * ("Bl. 1", "Esc. B", "2º D", "1° izda.", "planta 1 izq", "pta 6", "bajo", "ático"). The reading gives the line as the other
 * readings know a numbered street ("17 Avenida Sabino Arana"), the type in one spelling and a leading article after it off
 * ("Av. de Aragón" / "Avinguda d'Aragó"); the block, floor and door are left off, as a unit's line is elsewhere (units are not
 * compared). A line of a building's or a sports ground's name is kept as the other line; a line of a floor and door alone is
 * dropped.
 */

/** A street's type as written, in one spelling ("Cl." and "Carrer" are a calle's; Catalan's and Valencian's words Spanish's). */
const TYPES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:avenida|avda|avd|avgda|avinguda|av)\.?(?=\s|$)/iu, 'Avenida'],
  [/^c\s*\/\s*/iu, 'Calle '],
  [/^(?:calle|carrer|cl|cll|c)\.?(?=\s|$)/iu, 'Calle'],
  [/^(?:paseo|passeig|pº|p\.º|pso|pseo|pg)\.?(?=\s|$)/iu, 'Paseo'],
  [/^(?:plaza|plaça|placa|pza|plza|pl)\.?(?=\s|$)/iu, 'Plaza'],
  [/^(?:carretera|ctra|crta)\.?(?=\s|$)/iu, 'Carretera'],
  [/^(?:camino|camí|cami|cmno)\.?(?=\s|$)/iu, 'Camino'],
  [/^(?:ronda|rda)\.?(?=\s|$)/iu, 'Ronda'],
  [/^(?:glorieta|gta)\.?(?=\s|$)/iu, 'Glorieta'],
  [/^(?:travesía|travesia|trav|trv)\.?(?=\s|$)/iu, 'Travesía'],
  [/^(?:pasaje|passatge|pje)\.?(?=\s|$)/iu, 'Pasaje'],
];

/**
 * Portugal's types, as its lists write them ("R.", "Av.", "Tv.", "Lg.", "Pct.", "Al.", "Urb."), in one spelling (pt-contabilidade
 * read: "R ESTAAO 22" / "R. da Estação, 22", "TV MOINHO 1888" / "Travessa do Moinho, 1888" were two streets; "R" was read as a
 * French "rue", "Rua" as a word of the name). Not "Pr", "Est", "CC": other words as often.
 */
const PORTUGUESE_TYPES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:rua|r)\.?(?=\s|$)/iu, 'Rua'],
  [/^(?:avenida|avda|av)\.?(?=\s|$)/iu, 'Avenida'],
  [/^(?:travessa|trav|tv)\.?(?=\s|$)/iu, 'Travessa'],
  [/^(?:largo|lgo|lg)\.?(?=\s|$)/iu, 'Largo'],
  [/^(?:praceta|pct|pcta)\.?(?=\s|$)/iu, 'Praceta'],
  [/^(?:praça|praca|pç|pça|pca)\.?(?=\s|$)/iu, 'Praça'],
  [/^(?:alameda|al)\.?(?=\s|$)/iu, 'Alameda'],
  [/^(?:estrada|estr)\.?(?=\s|$)/iu, 'Estrada'],
  [/^(?:calçada|calcada|calç|calc)\.?(?=\s|$)/iu, 'Calçada'],
  [/^(?:urbanização|urbanizacao|urb)\.?(?=\s|$)/iu, 'Urbanização'],
  [/^(?:beco|bco)\.?(?=\s|$)/iu, 'Beco'],
  [/^(?:caminho|cam)\.?(?=\s|$)/iu, 'Caminho'],
  [/^(?:rotunda|rot)\.?(?=\s|$)/iu, 'Rotunda'],
  [/^(?:bairro|b\.º|bº)\.?(?=\s|$)/iu, 'Bairro'],
];
/** Portugal's article after the type ("Rua da Estação", "Travessa do Moinho", "Alameda das Linhas de Torres"), left off. */
const LEADING_ARTICLE_PT = /^(?:das|dos|da|do|de|d['’])\s*/iu;

/** Basque's types after the name ("Santutxu kalea", "Lehendakari Aguirre etorbidea"), as Spanish writes them before it. */
const BASQUE_AFTER = /^([\p{L}][\p{L}\s.'’-]*?)\s+(kalea|k\.|etorbidea|etorb\.|hiribidea|pasealekua|plaza|enparantza)(?=[\s,]|$)/iu;
const BASQUE_TYPES: Readonly<Record<string, string>> = { kalea: 'Calle', 'k.': 'Calle', etorbidea: 'Avenida', 'etorb.': 'Avenida', hiribidea: 'Avenida', pasealekua: 'Paseo', plaza: 'Plaza', enparantza: 'Plaza' };

/** An article opening a street's name after its type ("Calle de la Fuente", "Av. de Aragón", "Avinguda d'Aragó"), left off. */
const LEADING_ARTICLE = /^(?:de\s+las|de\s+los|de\s+la|de\s+l['’]|del|dels|de|d['’])\s*/iu;

/** The house's number after the street's name, with its mark or none ("nº 17", "n.º 1", "núm. 16", "Nº23", "N 14", "no. 5", "#45", ", 23"). */
const NUMBER_AFTER_NAME = /^(\p{L}[\p{L}\s.'’ªº-]*?)\s*,?\s*(?:(?<!\p{L})(?:n\s?\.?\s?[º°]|n\.?\s?o\.?(?=\s*\d)|n(?=\.?\s*\d)|núm|num|número|numero|#)\.?\s*)?(\d{1,4})(?:\s*(bis|dup|dpdo)\b\.?)?(?![\d/º°ª])(.*)$/iu;

/** "Sin número": no house's number. */
const NO_NUMBER = /\s*,?\s*\bs\s*\/\s*n\b\.?/iu;

/** Words of a block, staircase, floor, door or side ("Bl. 1", "Esc. B", "planta 1 izq", "pta 6", "bajo", "ático", "2ºdcha"). */
const UNIT_WORDS = new Set([
  'bl', 'blq', 'bloque', 'blk', 'portal', 'port', 'esc', 'escalera', 'escala', 'piso', 'planta', 'pl', 'pta', 'puerta', 'porta', 'letra', 'izq', 'izqda',
  'izda', 'izquierda', 'dcha', 'dch', 'drcha', 'dra', 'der', 'derecha', 'dreta', 'esq', 'esquerra', 'bajo', 'bj', 'baixos', 'atico', 'ático', 'at',
  'entlo', 'entresuelo', 'entl', 'ppal', 'pral', 'principal', 'centro', 'ctro', 'local', 'loc', 'apto', 'apartamento', 'casa', 'interior', 'int',
  'ext', 'exterior', 'dpdo', 'duplicado', 'bis', 'escalera', 'pis', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'izqu', 'dere', 'eskuma', 'ezkerra', 'eskuina', 'ezk', 'esk', 'solairua', 'behea', 'derecho', 'izquierdo',
  // Portugal's: a floor's side ("3º Esq.", "2º Dto", "1 Cto", "Frente", "Trás"), the ground floor and basement ("R/C", "CV"), an
  // office's or a shop's number ("Sala 4", "Loja 19", "LJ"), the floor itself ("Andar").
  'esquerdo', 'esquerda', 'dto', 'dt', 'dta', 'dir', 'direito', 'direita', 'frente', 'fte', 'frt', 'tras', 'trás', 'traseiras', 'rc', 'cv', 'cave',
  'sala', 'sl', 'loja', 'lj', 'andar', 'cto', 'bloco',
]);

/** A part of a line of no street: a floor, door and block alone ("8º izq.", "2ºdcha", "Bajo", "bj.", "3ª planta A", "6.ºB", "2C"). */
function unitOnly(part: string): boolean {
  const words = part
    .toLowerCase()
    .replace(/[º°ª]/g, ' ')
    .split(/[\s.,/-]+/)
    .filter((w) => w !== '');
  return words.length > 0 && words.every((w) => /^\d+[a-z]?$/.test(w) || /^\d+(?:o|a|er|r|n)$/.test(w) || UNIT_WORDS.has(w.normalize('NFD').replace(/\p{M}/gu, '')));
}

/** The line's street's type in one spelling and the article after it off; null where it opens with no type the country writes. */
function typed(line: string, portugal: boolean): { type: string; name: string } | null {
  if (portugal) {
    for (const [re, type] of PORTUGUESE_TYPES) {
      const m = re.exec(line);
      if (m === null) continue;
      const name = line.slice(m[0].length).trim().replace(LEADING_ARTICLE_PT, '');
      return /^\p{L}/u.test(name) ? { type, name } : null;
    }
    return null;
  }
  const basque = BASQUE_AFTER.exec(line);
  if (basque !== null && !/\d/.test(basque[1] ?? '')) {
    const type = BASQUE_TYPES[(basque[2] ?? '').toLowerCase()] ?? 'Calle';
    return { type, name: `${basque[1] ?? ''}${line.slice(basque[0].length)}`.trim() };
  }
  for (const [re, type] of TYPES) {
    const m = re.exec(line);
    if (m === null) continue;
    const name = line.slice(m[0].length).trim().replace(LEADING_ARTICLE, '');
    // A type before a name's letters only ("C. 5" is no street's).
    return /^\p{L}/u.test(name) ? { type: type.trim(), name } : null;
  }
  return null;
}

/** One line read: the numbered street ("17 Avenida Sabino Arana"), or the line with its type spelt, and what else it names. */
function readLine(raw: string, portugal: boolean): { street: string | null; other: string | null } {
  // Portugal's plot after its urbanização's name and a comma ("Urbanização da Quinta do Sol, Lote 43"): the plot's number the house's.
  const line = (portugal ? raw.replace(/,\s*(?:lote|lt)\.?\s*(?=\d)/iu, ' Lote ') : raw).trim().replace(/\s+/g, ' ');
  if (line === '' || unitOnly(line)) return { street: null, other: null };
  const t = typed(line, portugal);
  const text = t === null ? line : `${t.type} ${t.name}`;
  const sinNumero = NO_NUMBER.exec(text);
  if (sinNumero !== null) {
    const [before, after] = [text.slice(0, sinNumero.index), text.slice(sinNumero.index + sinNumero[0].length)];
    return { street: t === null ? null : before.trim(), other: restOf(after) ?? (t === null ? line : null) };
  }
  // A line of no type read so too where its number is marked or only a floor and door follow it ("Cervantes, nº 23, 8º izq.").
  const m = NUMBER_AFTER_NAME.exec(t === null ? line : t.name);
  if (m === null) return { street: null, other: line };
  const name = (m[1] ?? '').replace(/[\s,.-]+$/, '');
  if (name === '' || /\d/.test(name)) return { street: null, other: line };
  const other = restOf(m[4] ?? '');
  if (t === null && other !== null) return { street: null, other: line };
  return { street: t === null ? `${m[2] ?? ''} ${name}` : `${m[2] ?? ''} ${t.type} ${name}`, other };
}

/** What follows the house's number: its floor, door and block off; a building's or place's name kept ("Ciudad Deportiva Benimaclet"). */
function restOf(rest: string): string | null {
  const named = rest
    .split(/[,;]|\s[-–]\s/)
    .map((p) => p.trim().replace(/^[-–]\s*/, ''))
    .filter((p) => p !== '' && !unitOnly(p) && !/\d/.test(p) && /\p{L}{3,}/u.test(p));
  return named.length === 0 ? null : named.join(', ');
}

/**
 * The two address lines as Spain writes them, read (see above), or Portugal (`portugal`: its types, articles and floors); null
 * where neither line names a street that way (its type or its number's mark), the lines left to the other readings.
 */
export function spanishAddressLines(line1: string | null | undefined, line2: string | null | undefined, portugal = false): { line1: string | null; line2: string | null } | null {
  const lines = [line1, line2].filter((l): l is string => typeof l === 'string' && l.trim() !== '' && l.length <= 300);
  if (lines.length === 0) return null;
  const read = lines.map((l) => readLine(l, portugal));
  const street = read.find((r) => r.street !== null)?.street ?? null;
  if (street === null) {
    // No numbered street: a line of a floor and door alone dropped beside a line of the street's name.
    const kept = read.filter((r) => r.other !== null || r.street !== null);
    if (kept.length === read.length) return null;
    return { line1: kept[0]?.other ?? null, line2: kept[1]?.other ?? null };
  }
  const others = read.flatMap((r) => (r.street === street ? (r.other === null ? [] : [r.other]) : r.street !== null ? [r.street] : r.other === null ? [] : [r.other]));
  return { line1: street, line2: others.length === 0 ? null : others.join(', ') };
}
