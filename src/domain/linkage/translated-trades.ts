/**
 * A firm's trade in the languages of a country of several (Switzerland's German, French and Italian; Belgium's, Canada's): one
 * word per concept a firm's name is translated by ("Metzgerei Hirschi" / "Boucherie Hirschi" / "Macelleria Hirschi", "Rey Bau AG" /
 * "Rey Construction SA"), as the names' tokens write them (accents folded, umlauts folded or written "ae", "oe", "ue"). Finer than
 * `TRADE_KINDS` (a bakery and a restaurant are both food there, two firms here). ch-treuhand read: a firm's records in two of its
 * country's languages shared only the owner's name.
 */
const CONCEPTS: ReadonlyArray<[string, string]> = [
  ['bakery', 'backerei baeckerei bakerei boulangerie panetteria panificio bakery konditorei patisserie pasticceria confiserie'],
  ['butcher', 'metzgerei metzger boucherie macelleria butcher butchers butchery'],
  ['carpentry', 'schreinerei tischlerei menuiserie ebenisterie falegnameria falegname carpentry joinery innenausbau'],
  ['building', 'bau bauunternehmung bauunternehmen construction constructions costruzioni edilizia'],
  ['cheese', 'kaserei kaeserei fromagerie caseificio'],
  ['hairdresser', 'coiffure coiffeur coiffeuse coiffeursalon parrucchiere parrucchieria hairdresser hairdressing'],
  ['optician', 'optik optiker ottica opticien opticiens optician opticians'],
  ['printing', 'druckerei imprimerie tipografia stamperia printing printers'],
  ['landscaping', 'gartenbau paysagiste paysagisme giardinaggio giardiniere landscaping'],
  ['electrical', 'elektro elektrotechnik elektroinstallationen elektroinstallation electricite electricien elettricista elettricita electrical'],
  ['tiling', 'plattenbelage plattenbelaege fliesen carrelage carreleur piastrelle tiling'],
  ['architecture', 'architekten architekturburo architekturbuero architectes architecte architetti architetto architects'],
  ['property', 'immobilien immobilier immobiliare'],
  ['fiduciary', 'treuhand fiduciaire fiduciaria'],
  ['transport', 'transporte transports trasporti'],
  ['painting', 'malerei malergeschaft malergeschaeft gipserei peinture pittura'],
  ['cleaning', 'reinigung nettoyage pulizie pulizia'],
  ['plumbing', 'sanitar sanitaer sanitaires sanitari idraulica idraulico'],
];
const CONCEPT_OF = new Map<string, string>(CONCEPTS.flatMap(([concept, words]) => words.split(' ').map((w): [string, string] => [w, concept])));

/** The concept a trade's word names in any of the languages (`CONCEPTS`), or undefined. */
export function translatedTrade(word: string): string | undefined {
  return CONCEPT_OF.get(word);
}
