/**
 * Finland's bilingual towns by their Finnish names, as Swedish-speaking customers and the towns' own Swedish records write the
 * Swedish one ("Esbo", "Åbo", "Helsingfors", "Lojo"): one town (fi-isannointi read: "city differs" for one town's two names).
 * Normalised (no "å", "ä", "ö").
 */
const FINLAND_SWEDISH_TOWNS: ReadonlyMap<string, string> = new Map([
  ['helsingfors', 'helsinki'], ['esbo', 'espoo'], ['vanda', 'vantaa'], ['grankulla', 'kauniainen'], ['abo', 'turku'],
  ['tammerfors', 'tampere'], ['kyrkslatt', 'kirkkonummi'], ['sjundea', 'siuntio'], ['lojo', 'lohja'], ['borga', 'porvoo'],
  ['sibbo', 'sipoo'], ['tusby', 'tuusula'], ['kervo', 'kerava'], ['vasa', 'vaasa'], ['uleaborg', 'oulu'], ['bjorneborg', 'pori'],
  ['nadendal', 'naantali'], ['reso', 'raisio'], ['st karins', 'kaarina'], ['s t karins', 'kaarina'], ['sankt karins', 'kaarina'],
  ['pargas', 'parainen'], ['lovisa', 'loviisa'], ['jakobstad', 'pietarsaari'], ['karleby', 'kokkola'], ['gamlakarleby', 'kokkola'],
  ['kristinestad', 'kristiinankaupunki'], ['nykarleby', 'uusikaarlepyy'], ['raseborg', 'raasepori'], ['ekenas', 'tammisaari'],
  ['hango', 'hanko'], ['tavastehus', 'hameenlinna'], ['lahtis', 'lahti'], ['villmanstrand', 'lappeenranta'], ['fredrikshamn', 'hamina'],
  ['nyslott', 'savonlinna'], ['st michel', 'mikkeli'], ['birkala', 'pirkkala'], ['inga', 'inkoo'],
]);

/** A town's field by its Finnish name where the field writes its Swedish one (`FINLAND_SWEDISH_TOWNS`), normalised text in and out. */
export function finnishTown(city: string): string {
  return FINLAND_SWEDISH_TOWNS.get(city) ?? city;
}
