import { decode as decodeHtml } from 'html-entities';
import { spanishAddressLines } from './spanish-address';
import { colombianAddress, colombianSigns, withPropertyFormWritten } from './colombian-address';
import { MUHAMMAD_SPELLINGS, townAsNamedNow, withIndianUnitMarks } from './indic-reading';
import { finnishTown } from './finnish-towns';
import { QBO_LIMITS } from '../qbo-customer-repair';
import { parsePhoneNumberFromString, CountryCode, getCountries } from 'libphonenumber-js';
import { contactName, CustomerContact } from '../customer-contact';
import { emailNormalisation } from '../email-normalisation';
import { givenNameCanonical } from '../given-name-canonical';
import { isGivenName, sexOfName } from '../given-name-genders';
import { asciiDigits, isCountryBeforeForm, isLegalSuffix, nameNormalisation, normaliseText, stripLegalSuffixes, withoutMojibake } from '../name-normalisation';
import { postcodeNormalisation } from '../postcode-normalisation';
import { PHONE_EXTENSION } from '../phone-normalisation';
import { editDistance, oneEditApart, phoneticCodes } from './string-metrics';
import countries from 'i18n-iso-countries';
import { COUNTRY_NAME_LOCALES } from './country-name-locales';
import { toRomaji } from 'wanakana';
import { arabicOrganisationWord, iranianStreetLine, withArabicMojibakeRead, withPersianPhrasesRead } from './arabic-reading';
import { withKoreanAddress, withKoreanRead } from './korean-reading';
import { czechRegistryId, czechSigns, czechStreetNumber, withCzechRead } from './czech-reading';
import { greekRegisters, greekRegistryId, greekSigns, withGreekRead } from './greek-reading';
import { indonesianRegisters, indonesianSigns, withIndonesianRead } from './indonesian-reading';
import { chineseRecord, withChineseAddress, withChineseRead } from './chinese-reading';
import { withoutIdentityNumber, withoutLossPayee, withoutPlaceholderName } from './payee-reading';
import { withCoupleNamed } from './couple-reading';
import MAIL_PROVIDERS from 'email-providers/common.json';
import ROLE_MAILBOXES from 'role-based-email-addresses';

/**
 * A customer as the linkage model compares it: each field parsed and normalised once, the
 * same way for an upstream contact and a QBO customer. Absent fields are null (no evidence).
 */
export interface LinkageRecord {
  /** The name is a person's (given + family known or read from a short personal display name). */
  isPerson: boolean;
  /**
   * A person's names read from the display alone, with no given or family name written beside it
   * ("Oak Creek Apothecary" read as Oak Apothecary): a reading an organisation's record of the same
   * name overrules (`comparedAsPersons`).
   */
  namesFromDisplay: boolean;
  /** First given name, nickname folded to its canonical form ("bob" → "robert"). */
  given: string | null;
  /** First given name as written (normalised): tells a nickname from an exact match. */
  givenWritten: string | null;
  /**
   * Every given-name word as written, spaces removed, when there are several ("ro nan" →
   * "ronan", "de la cruz" → "delacruz"): a name split by a stray space, or a multi-word
   * surname written in the given slot, still compares; null for a one-word given name.
   */
  givenJoined: string | null;
  /**
   * The given name a person's display shows before the family name the fields hold, where the
   * given-name field holds another ("Dizon, Jessie" with GivenName Bobot; "Fernando R. Bontuyan"
   * with GivenName Andoy): the name on the record and the one the person goes by, both the
   * record's; a shown name meets the other record's given-name field, as an alias at most
   * (`givenAgreement`). A couple's display of that
   * family names both partners' ("Felipe & Violeta Mendoza" with GivenName Felipe: Violeta; "Sps.
   * Vicente and Teresita Bernardo" with FamilyName Bernardo alone: both). Empty where the display
   * shows the field's given name alone, or is no person's name of that family.
   */
  givenShown: string[];
  /**
   * The tone marks of a Vietnamese person's given name as written (`vietnameseTones`: "Hùng" grave, "Hưng" none), where the record
   * writes its names with their marks; null where it writes none, or the person's name is no Vietnamese one. Two given names one
   * in letters and another in tones are two names (Hùng, Hưng; Thành, Thanh: a father and his son; vn-dientu read).
   */
  givenTone: string | null;
  /** Family name, normalised ("o'neil" → "oneil", "van der berg" kept whole). */
  family: string | null;
  /** The family name is two joined by a hyphen ("Ekanem-Asuquo", "Smith-Jones"): a maiden and a married name, either the one a person goes by. */
  familyHyphenated: boolean;
  /** "jr" (Jr., Jnr., II), "sr", "iii" or "iv" when the name says which of a family's namesakes it is. */
  generation: string | null;
  /**
   * What the display says of a death (`estateRead`): 'estate' where it names a deceased's estate or executors ("Estate of Amina
   * Aden"), 'deceased' where it marks the person's own name ("Mary Ann Holloway, deceased"), else null. The names are read as
   * the deceased's either way; an estate against a living person's record of the name is weighed in `compareRecords`.
   */
  estate: 'estate' | 'deceased' | null;
  /**
   * The registration number of a legal person or a sole trader the record writes beside its name or in an address line (Czechia's
   * and Slovakia's IČO, its check digit right: `czechRegistryId`), or null: one number, one customer; two numbers, two.
   */
  registryId: string | null;
  /**
   * The length of the name as the record holds it (its display, or its company where it has no display), spaces run together:
   * a name at an old system's field width (20, 24, 25, 30, 31, 32, 35 or 40 characters) may have been cut there.
   */
  nameLength: number;
  /**
   * A tax number a record of Greece writes (its ΑΦΜ, `greekRegistryId`), or null/absent: two numbers are two customers (a hotel's
   * new operating company); one number is no proof of one (a supermarket chain's stores billed apart share their company's).
   */
  taxId?: string | null;
  /** The record is one of Czechia or Slovakia (`czechSigns`): 'strong' where its country, phone, mailbox, region or letters say so, 'weak' where its numbers' shapes alone do. */
  czech: 'strong' | 'weak' | null;
  /** A company's own record: its contact person's names (GivenName/FamilyName beside DisplayName = CompanyName), compared against a person. */
  contact: ContactPerson | null;
  /** Display (or company) name tokens: nicknames canonical, legal suffixes and filler words removed. */
  nameTokens: string[];
  /** The name tokens sorted: the same for "Ann O'Neil", "O'Neil, Ann" and "ONEIL ANN". */
  nameKey: string | null;
  /** Company name tokens, when the customer has a company besides its own name. */
  companyTokens: string[];
  email: string | null;
  /** The field's other addresses, when it holds several ("a@x.example, b@y.example", as QuickBooks allows). */
  otherEmails: string[];
  emailLocal: string | null;
  emailDomain: string | null;
  /** E.164 when libphonenumber-js can read the number, else its digits (≥ 7). */
  phone: string | null;
  /** The national number (area code + subscriber), when known. */
  phoneNational: string | null;
  /** The last 7 digits: compares a number written with and without its area code. */
  phoneLocal7: string | null;
  /**
   * The extension after a field's one number ("029 2018 1130 (ext 9039)", "x4974"): at a switchboard, the desk's own. Two
   * records of one number and other extensions are two desks of it (gb-lettings read: a council's departments at its
   * switchboard).
   */
  phoneExtension: string | null;
  /**
   * The field's other numbers, each as `phoneKey` reads one, where it holds several ("0803 123 4567 / 0805 987 6543",
   * "+234 905 247 5427, +234 814 551 8078": a customer's two lines in one field, as lists write them).
   */
  otherPhones: string[];
  houseNumber: string | null;
  /**
   * A Czech or Slovak address's second number ("Masarykova 1234/5": the house's conscription number, then its number on the street,
   * `czechStreetNumber`), or null: either is the house's.
   */
  houseNumberOther: string | null;
  /** Street name without house number, directions and street type, spaces removed ("hawken street" → "hawken"). */
  street: string | null;
  /** The street type as written after the name, in one spelling ("St" → "street", "Dr" → "drive"); null when none was. */
  streetType: string | null;
  /**
   * The other address line, read as the street is (house number, directions and type dropped,
   * spaces removed): a building or locality ("roger dee", "the palms village"), or the street
   * itself when the lines were swapped. Null when there is none, it is under 3 letters or holds a
   * number (a unit's line: "Flat 3").
   */
  otherLine: string | null;
  /**
   * Beside a unit read in its building (`unitInBuilding`), the other line where it names no number
   * and is not the record's town, region or country: the building's area, complex or park ("Al
   * Nahda"). Null otherwise.
   */
  unitArea: string | null;
  /**
   * The flat's, suite's, office's or shop's number in its building, as the lines write it after its mark ("Apt 5B", "Unit 12",
   * "#7", "Apto 1102", "Oficina 504", "Local 230", "Int 201", "Casa 63"), in lower case, every one written (a storage unit after
   * a flat's: "Apt 26 Unit 3080"; a house's number after "#": "#2355 Quezon Ave."). Empty where none is written.
   */
  units: string[];
  /**
   * The places the address names beside its street, each as its words ("santa lucia", "randpark ridge"):
   * its other lines and the parts after the street's type, where they hold no number and are not the
   * record's town, region or country. One street and number in two towns, each naming a place of its
   * own, are two addresses (`compareStreet`).
   */
  localities: string[];
  city: string | null;
  postcode: string | null;
  /** ISO 3166 alpha-2 when recognised, else the normalised text. */
  country: string | null;
  /**
   * What kind of entity the record's names say it is (`organisationForm`), also where its own
   * fields hold a contact person ("SP 68915" with GivenName Amandeep); null for a person's name or
   * an organisation's that shows none.
   */
  form: OrganisationForm | null;
  /** The company name carries a company's legal form ("… Ltda", "… S.A.", Brazil's "… EPP" / "… ME" in capitals after its words). */
  companyFormed: boolean;
  /** A CompanyName is written: QuickBooks' customer is a company, not the person its given and family names hold. */
  companyWritten: boolean;
  /**
   * A person's record with a CompanyName as that company's own would be written (its display the company's name, the person its
   * contact), read only where a comparison needs it (`compareRecords`: against that company's record); null for any other record.
   */
  firmContact: CustomerContact | null;
  /**
   * A person's record billed to two persons of two surnames, its display naming both and its fields one ("Brian Elliott & Nancy
   * Metzger", Brian Elliott: a boat's co-owners, a household of two surnames): the other person's record at the same details, read
   * only where a comparison needs it (`compareRecords`: against a person of that surname). Null for any other record.
   */
  partnerContact: CustomerContact | null;
  /** The record is read as Chinese (`chineseRecord`): its names in characters are compared by their romanisations' keys. */
  chinese: boolean;
  /**
   * The record's names include an organisation's: its customer is one, its names carry a legal
   * form, or its display names something other than its contact person ("Harvest Bowl #1050"
   * with GivenName Francesco, FamilyName DiNardo).
   */
  organisationNamed: boolean;
  /**
   * The words of the name as a register holds it: the display's (or, without a person's names,
   * the contact name's) words before any site, vehicle or contact after it, where those carry a
   * company's legal form themselves ("Oakwood (North) Ltd", "Daniels Flooring, LLC" of "Daniels
   * Flooring, LLC - Truck 13"); empty otherwise (a trade name whose company is only in CompanyName).
   */
  registered: string[];
  /**
   * The countries whose registers its legal form belongs to ("Pte Ltd": Singapore; "Sdn Bhd" or
   * "(M)": Malaysia; "Pty Ltd": Australia or South Africa; "LLC": the United States); empty for
   * forms of many ("Ltd", "Inc") or none.
   */
  registers: string[];
  /** The kinds of trust a trust's name gives ("unit", "family"), sorted; none when it gives none. */
  trustKinds: string[];
  /**
   * The words of a branch an organisation's name ends with, after a dash or in parentheses
   * ("Liberty Pediatric Dental - Uptown LLC", "Harvest Bowl (Eastgate)"): a chain's site or store;
   * empty when it names none.
   */
  branch: string[];
  /**
   * The name is a partnership's or a family firm's, named for two people or a family ("Anwar &
   * Lewis Cleaning Services", "Brown & MacLeod", "Jackson & Son Joinery"): a surname joined to
   * another name, or a name joined to "Son(s)"; not a couple's given names ("Craig & Rachel
   * Russell") nor initials ("N & J Hall").
   */
  partnership: boolean;
  /** The name is a couple's ("Ariki & Anne Tāwhiri", "JR & KL Thompson"): their partnership is theirs. */
  couple: boolean;  /**
   * The organisation a person's record is billed through, as name tokens: a display of the
   * person's whole name and then the agent care of ("Harvey Christodoulou c/- Clear Path Plan
   * Management"), on its behalf ("Bluegum Plan Managers obo Emily Thompson"), or CompanyName
   * "c/- Bluegum Real Estate". The customer is the
   * person (an NDIS participant billed through a plan manager, a landlord through an agency, a
   * driver's claim through an insurer); the agent's e-mail, phone and office are shared by all its
   * clients, and the agent is a customer of its own. Empty otherwise (a first name only: "Connie
   * (Zen Printing)" is the firm's contact, not a client of it).
   */
  agent: string[];
  /**
   * A dependant's record: a student, pupil, child or minor billed as a customer of their own at a
   * parent's or guardian's e-mail, phone and address, marked so in the display ("Emma Chen
   * (student)", "Liam Mehta - pupil"). Against another person's record at those details, another
   * member of the household far more often than the same customer (`LinkageParameters.dependantOdds`).
   */
  dependant: boolean;
  /**
   * The sex the titles opening a person's given-name field, or the display its names are read
   * from, tell ("Mrs R. Kumar", "Smt. R. Kumar", "Mr John Smith": dropped from the names); null
   * where none tells one, or a couple's ("Mr & Mrs Smith", "Dr & Mrs"), or "Dr".
   */
  titleSex: 'male' | 'female' | null;
  /**
   * An organisation's display in its parts, each as name tokens, where it is written in two or
   * more: split at a dash, a comma or parentheses ("Northside ISD - Jordan Elementary", "Ben Milam
   * MS, Ysleta ISD", "Huerta Elem (SISD)"). One part names the organisation, another its site,
   * campus or property, in either order (`sitesOfOne`). Empty for a display of one part.
   */
  parts: string[][];
  /**
   * The house number of the record's own street address where its display names it beside a word
   * of that street ("Leticia Cortez - 11029 Riverbend Dr", "Maria Davila (8614 Amistad)", "SP
   * 57979 - 43 Pitt Ct"): a customer kept for that property or site. Null otherwise.
   */
  namesOwnAddress: string | null;
  /** The display's words as written, numbers among them ("Taqueria El Cuñado No. 3": taqueria, el, cunado, no, 3). */
  displayWords: string[];
  /**
   * The organisation's former name as its display gives it after "formerly", "fka", "vormals", "ent." (`formerName`), its tokens;
   * the name before it is the record's name. Empty where none is written.
   */
  formerTokens: string[];
  /**
   * The record's names carry a single-member company's form ("Unipessoal Lda", "EURL", "SASU", "SLU", "S.r.l. unipersonale",
   * "EIRELI"): one person's company, registered apart from the person's own trade (`compareName`, 'contact').
   */
  singleMember: boolean;
}

/**
 * The legal form an organisation's name carries: a company ("Pty Ltd", "Inc", "LLC"), a trust
 * ("The Trustee for Reid Family Trust", "X Pty Ltd ATF Y Trust"), a superannuation or pension
 * fund, or the owners of a building ("The Owners - Strata Plan 38818", "SP 41754", an HOA).
 * A builder's company, his family trust and his super fund are three customers that share his
 * e-mail, phone and address; their names share only his surname.
 */
export type OrganisationForm = 'company' | 'trust' | 'fund' | 'owners' | 'estate';

const FUND_FORM = /\b(?:super(?:annuation)?\s*(?:fund|fnd|fudn|fd)|superannuation|superfund|smsf|(?:pension|retirement)\s+fund)\b/;
/**
 * A trust's name ends in "Trust" (and perhaps its number or date: "Trust No 2", "Trust dtd
 * 3/1/2005", "Trust UAD ..."), or "Tr." after its kind ("Rev. Tr.", "Family Tr."); "Northern
 * Trust Corp" is a company.
 */
const TRUST_FORM = /\b(?:trust|(?:rev|revocable|irrevocable|living|liv|family|fam)\s+tr)(?:\s+(?:no|number))?(?:\s+(?:\d+|[ivx]{1,4}))?$/;
const TRUST_DATED = /\s+(?:dtd|dated|u\s?a\s?d|u\s?t\s?d)\b.*$/;
const OWNERS_FORM =
  /\b(?:strata\s+(?:plan|corporation|scheme)|owners\s+corp(?:oration)?|body\s+corporate|the\s+owners|(?:home\s*|property\s+)?owners\s+(?:ass\w*n|assoc)|community\s+association|condo(?:minium)?\s+(?:association|assn|corporation)|sp\s*\d{3,}|synd\w*\s+(?:des?\s+)?copro\w*|copropri\w*|vve|v\s+v\s+e|vereniging\s+van\s+eigenaars|asociatia\s+(?:de\s+)?propriet\w*|asoc\s+(?:de\s+)?propr?(?:ietari)?|(?:apartmani|apartman|apt|sitesi|site|sit)\s+(?:yonetimi|yonetim|yon)|(?:ban\s+quan\s+ly|bql)\s+(?:chung\s+cu|toa\s+nha|cc)|propiedad\s+horizontal)\b|^sdc\s+(?:les?|la|du|des|l|residence|resid)\b|\b(?:hoa|poa)(?:\s+(?:inc|llc|incorporated))?$|^(?:brf|bostadsrattsforening(?:en)?|bostadsforening(?:en)?|samfallighetsforening(?:en)?)\b|^(?:asunto\s+oy|as\s+oy|asoy|asunto\s+osakeyhtioe?|asuntoosakeyhtio|bostads\s+ab|bost\s+ab|bostads\s+aktiebolag(?:et)?|bostadsaktiebolag(?:et)?|asunto\s+osuuskunta|asunto\s+osk|as\s+osk)\b|\b(?:brf|bostadsrattsforening(?:en)?|samfallighetsforening(?:en)?)$|\b(?:tarsashaz|lakasszovetkezet)\b|^(?:stweg|stwe|ppe|stockwerkeigent(?:u|ue)mer(?:gemeinschaft|schaft)?)\b|^cond\w{0,8}(?:\s\w{1,3})?\s+(?:do|da|dos|das|edificio|edif|predio|residencial|rua|avenida|av|largo|praca|praceta|travessa|alameda|calcada|estrada|caminho|urbanizacao|urb|lote)\b/;
const COMPANY_FORM =
  /\b(?:pty|ltd|limited|inc|incorporated|incorporation|sdn|bhd|berhad|pvt|npc|llc|pllc|corp|corporation|plc|llp|lllp|gmbh|proprietary|ltee|limitee|incorporee|fze|fzco|fzc|dmcc|d\s+m\s+c\s+c|f\s+z\s+(?:e|co|c)|establishment|wll|w\s+l\s+l|pjsc|p\s+l|l\s+l\s+[cp]|p\s+l\s+l\s+c|aktiengesellschaft|mbh|gesellschaft\s+mit\s+beschr(?:a|ae)nkter\s+haftung|kommanditgesellschaft|bvba|sarl|sasu|eurl|srls|sro|sprl|sp\s+z\s+o\s+o|spolka\s+z\s+o\s+o|spolka\s+z\s+ograniczona\s+odpowiedzialnoscia|spolka\s+akcyjna|sp\s+zoo|sp\s+zo\s+o|spzoo|sp\s+[jk]|spolka\s+(?:jawna|komandytowa)|limitada|eireli|lda|unipessoal|sgps|aktiebolag(?:et)?|oy|oyj|osakeyhtioe?|koy|kiinteistoosakeyhtio|kommandiittiyhtio|kft|zrt|nyrt|kkt|korlatolt\s+felelossegu\s+tarsasag|societe\s+a\s+responsabilite\s+limitee|societa\s+a\s+(?:garanzia|responsabilita)\s+limitata|societe\s+anonyme|societa\s+anonima|reszvenytarsasag|beteti\s+tarsasag|kozkereseti\s+tarsasag|handelsbolag(?:et)?|kommanditbolag(?:et)?|ekonomisk\s+forening(?:en)?|sociedade\s+(?:anonima|unipessoal|por\s+quotas)|sociedad\s+anonima|jsc|ctcp|dntn|tnhh|anonim\s+sirketi|kollektif\s+sirketi|komandit\s+sirketi|koll?\s+sti|kom\s+sti)\b|\s(?:est|ug|ag|kg|bv|nv|vof|v\s+o\s+f|commv|cvba|vzw|v\s+z\s+w|asbl|sas|srl|sl|slu|ltda(?:\s+(?:me|epp))?|aps|pc|lp|psc|apc|p\s+c|l\s+p|b\s+v|n\s+v|s\s+l|s\s+l\s+u|s\s+a|s\s+a\s+s|s\s+a\s+s\s+u|s\s+r\s+l|s\s+r\s+l\s+s|s\s+p\s+a|e\s+u\s+r\s+l|sci|scp|scop|selarl|selas|snc|(?:s\s?a(?:\s?p\s?i|\s?b)?|s\s+de\s+r\s?l)\s+de\s+c\s?v|s\s+de\s+r\s?l|s\s+a\s+p\s+i|asociacion\s+civil|sociedad\s+civil|kk|s\s+a\s+e|pfa|srl\s+d|s\s+r\s+l\s+d|ab(?:\s+publ)?|hb|kb|ek\s+for(?:en)?|sagl|s\s+a\s+g\s+l|b\s+t)(?:\s+haftungsbeschr(?:a|ae)nkt)?$/;
/** Turkey's apartment and housing estate managements ("Deniz Apt. Yön.", "Onur Sitesi Yönetimi"), as their words read. */
const TURKISH_MANAGEMENT = /\b(?:apartmani|apartman|apt|sitesi|site|sit)\s+(?:yonetimi|yonetim|yon)\b/;
/** France's and Québec's syndicat des copropriétaires, written out or short ("Syndicat des copropriétaires", "Synd. Copro.", "SDC Les Tilleuls", "Copropriété X"). */
const SYNDICAT = /\bsynd\w*\s+(?:des?\s+)?copro\w*\b|\bcopropri\w*|^sdc\s+(?:les?|la|du|des|l|residence|resid)\b/;
/** An owners' association written out ("Homeowners Association", "Condominium Owners Assn"). */
const OWNERS_ASSOCIATION = /\b(?:h\w{2,4}\s*owners?|owners?|community|condo(?:minium)?s?)\s+(?:ass\w*n|assoc)\b/;
/** A deceased's estate: "Estate of John Smith", "John Smith Estate" (not "Real Estate", "Estates" of houses). */
const ESTATE_FORM = /^(?:the\s+)?estate\s+of\b|(?<!real)\s+estate$/;
/**
 * The words before "Trust" that name its kind. One kind under several names: a family trust is
 * a discretionary one (Australia), a living trust a revocable one, and either is the family's
 * (the United States).
 */
const TRUST_KINDS = new Map<string, string>([
  ['unit', 'unit'], ['units', 'unit'], ['discretionary', 'family'], ['family', 'family'], ['fam', 'family'], ['living', 'family'],
  ['revocable', 'family'], ['rev', 'family'], ['liv', 'family'], ['irrevocable', 'irrevocable'], ['irrev', 'irrevocable'], ['fixed', 'fixed'], ['hybrid', 'hybrid'], ['testamentary', 'testamentary'],
  ['investment', 'investment'], ['investments', 'investment'], ['property', 'property'], ['properties', 'property'],
  ['holdings', 'holdings'], ['holding', 'holdings'], ['charitable', 'charitable'], ['bare', 'bare'], ['service', 'service'],
]);

/** A person's name and "Est" after it ("Margaret Whitfield Est"): the estate's, not an establishment's (a review's finding). */
function personsEstate(text: string): boolean {
  const words = tokensOf(text);
  return words.length >= 3 && words.length <= 4 && words[words.length - 1] === 'est' && isGivenName(words[0] ?? '') && !words.some((t) => TRADE_WORDS.has(t) || SHOP_WORDS.has(t) || ORGANISATION_WORDS.has(t));
}

/**
 * South Africa's and Namibia's close corporation ("Campbell Paving CC", "Hendry Scaffolding Close
 * Corporation"): a company, its members billed apart from it. "CC" is read as one only where the
 * record is in one of those countries (by its address or its phone); elsewhere it is as often a
 * country or cricket club's, or a city council's.
 */
const CLOSE_CORPORATION = /\bclose\s+corp(?:oration)?\b/;
const CLOSE_CORPORATION_SHORT = /\scc$/;
const CLOSE_CORPORATION_COUNTRIES = new Set(['ZA', 'NA']);

/** An organisation's form and trust kinds from its names (normalised text); what follows "ATF" (as trustee for) is the customer. */
function organisationForm(texts: readonly string[], closeCorporations = false, vietnamese = false): { form: OrganisationForm | null; trustKinds: string[] } {
  let form: OrganisationForm | null = null;
  const trustKinds = new Set<string>();
  for (const raw of texts) {
    const text = raw.replace(/^.*\b(?:atf|as\s+trustee\s+for)\s+/, '').replace(TRUST_DATED, '').trim();
    if (text === '') continue;
    if (FUND_FORM.test(text)) return { form: 'fund', trustKinds: [] };
    const trust = TRUST_FORM.exec(text);
    if (trust !== null) {
      form = 'trust';
      // The kinds named in the three words before "Trust" ("Revocable Living Trust", "Investment Unit Trust").
      for (const w of text.slice(0, trust.index).trim().split(' ').slice(-3)) {
        const kind = TRUST_KINDS.get(w);
        if (kind !== undefined) trustKinds.add(kind);
      }
    } else if (form !== 'trust' && (ESTATE_FORM.test(text) || personsEstate(text))) form = 'estate';
    // A Vietnamese name ending in "Hòa" (peace, harmony: "Đạt Hòa", "Biên Hòa") is no HOA (vn-dientu read).
    else if (form !== 'trust' && form !== 'estate' && OWNERS_FORM.test(vietnamese ? text.replace(/\s+hoa$/, '') : text)) form = 'owners';
    else if (form === null && (COMPANY_FORM.test(text) || CLOSE_CORPORATION.test(text) || (closeCorporations && CLOSE_CORPORATION_SHORT.test(text)))) form = 'company';
  }
  return { form, trustKinds: [...trustKinds].sort() };
}

/** Particles of surnames in a display name ("De León", "da Silva", "van der Berg"). */
// "dela" and "delos" as the Philippines write "de la" and "de los" ("Juan dela Cruz", "Maria delos Santos").
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'dela', 'delos']);
/** Particles that open a Filipino middle name as often as a surname: read as a surname's only before its last word. */
const MIDDLE_NAME_PARTICLES = new Set(['dela', 'delos']);
const FILLER = new Set(['and', 'of', 'the', 'for', 'a', 'an', 'de', 'la', 'el', 'y', 'et', 'at', 'in', 'och']);
/**
 * Portuguese "and" and "of the" in organisations' names ("Limpeza e Conservação", "Colégio dos Anjos", "Escola da Vila"),
 * written or dropped as "and" and "of" are; not in persons' names (E an initial, Do, Da and Das family names of their
 * own), nor after a given name in an organisation's ("Pooja Das DBA Pacific Cleaning", "João e Maria Doces").
 */
const ORGANISATION_FILLER = new Set(['e', 'da', 'do', 'das', 'dos']);
/**
 * Brazil's and Portugal's firms' words, no other language's: a name with one is written in Portuguese, and its "e", "da", "do",
 * "das", "dos" are fillers (`ORGANISATION_FILLER`); elsewhere they are names ("Nguyen Do Nails", "Mohan Das Jewellers", "Plan E Consulting").
 */
const PORTUGUESE_FIRM_WORDS = new Set([
  // Not the words Spanish writes alike (Distribuidora, Supermercado, Colegio, Condominio, Informática: "Supermercado Dos Hermanos", a review's finding).
  'materiais', 'servicos', 'construtora', 'construcoes', 'engenharia', 'imobiliaria', 'contabilidade', 'advocacia', 'advogados', 'lanchonete',
  'lanches', 'padaria', 'confeitaria', 'drogaria', 'mercearia', 'papelaria', 'autopecas', 'limpeza', 'conservacao', 'seguranca', 'irmaos',
  'filhos', 'associacao', 'igreja', 'escola', 'prefeitura', 'participacoes', 'empreendimentos', 'alimentacao', 'equipamentos', 'eletricos',
  'eletrica', 'cantinho',
]);
/**
 * French articles and their contractions in organisations' names ("Le Café des Arts", "Résidence Les Coteaux"), written or
 * dropped as "The" is; not in persons' names (Le is a Vietnamese family name, Des and Les given names).
 */
const ARTICLES = new Set(['le', 'les', 'du', 'des', 'au', 'aux']);
/**
 * Southeast Asia's shops' and dishes' words ("Kedai Kopi Smoky Noodle", "Ah Hock Nasi Lemak"): a
 * display with one is an organisation's, and never a person's name with their trade after it (a
 * stall is named "Wei Ling Noodle Stall", not for the person Wei Ling). Not Mee (a Hmong given
 * name), Enterprise or Restoran, which follow a person's name in a sole trader's registered name.
 */
const SHOP_WORDS = new Set(['noodle', 'noodles', 'kopitiam', 'kopi', 'kedai', 'nasi', 'laksa', 'satay', 'dumplings']);

/**
 * The trades' words of German, Austrian and Swiss firms, by the trade each is (`TRADE_KINDS`), as the names' tokens write
 * them (umlauts folded, and written "ae", "oe", "ue"). Not a house's several trades in one word (Haustechnik,
 * Gebäudetechnik, Energietechnik: a plumber's and an electrician's as often).
 */
const TRADE_KINDS_DE: ReadonlyArray<[string, string]> = [
  ['plumbing', 'sanitar sanitaer sanitarinstallation sanitaerinstallation sanitartechnik sanitaertechnik installateur'],
  ['electrical', 'elektro elektrotechnik elektroinstallation elektroinstallationen elektriker elektrobau'],
  ['hvac', 'heizung heizungsbau heizungstechnik klimatechnik kaltetechnik kaeltetechnik lueftungstechnik luftungstechnik'],
  ['roofing', 'dachdecker dachdeckerei bedachungen bedachung'],
  ['painting', 'malerbetrieb malerei malerwerkstatt'],
  ['building', 'bau bauunternehmen bauunternehmung baugesellschaft hochbau tiefbau trockenbau bauausfuhrung bauausfuehrung'],
  ['carpentry', 'schreinerei tischlerei zimmerei holzbau'],
  ['flooring', 'fliesen fliesenleger fliesenfachbetrieb bodenbelage bodenbelaege parkett'],
  ['property', 'immobilien hausverwaltungen'],
  ['engineering', 'ingenieurburo ingenieurbuero ingenieure ingenieurgesellschaft'],
  ['architecture', 'architekten architekturburo architekturbuero'],
  ['auto', 'autowerkstatt kfz autohaus'],
  ['cleaning', 'reinigung gebaudereinigung gebaeudereinigung'],
  ['landscaping', 'gartenbau galabau landschaftsbau'],
  ['haulage', 'spedition transporte'],
  ['glass', 'glaserei'],
  ['welding', 'schlosserei metallbau stahlbau'],
  ['accounting', 'steuerberater steuerberatungsgesellschaft'],
];

/**
 * The Netherlands' and Flanders' trades' words by the trade each is (`TRADE_KINDS`): one installer written "Installatiebedrijf
 * Kok", "Kok Installatietechniek", "Kok Installaties" (nl-installatie read). Not the words that are surnames as often
 * (Schilder, Timmerman, Smit, Bakker, Visser).
 */
const TRADE_KINDS_NL: ReadonlyArray<[string, string]> = [
  ['installation', 'installatiebedrijf installatietechniek installaties installatie installateur installateurs installatiewerken installatietechnisch'],
  ['plumbing', 'loodgieter loodgieters loodgietersbedrijf loodgieterswerk'],
  ['electrical', 'elektrotechniek elektrotechnisch elektrotechnische elektricien elektriciens elektrobedrijf'],
  ['hvac', 'klimaattechniek verwarming verwarmingstechniek koeltechniek'],
  ['building', 'bouw bouwbedrijf bouwbedrijven aannemersbedrijf aannemer aannemingsbedrijf aannemingsmaatschappij bouwonderneming bouwgroep'],
  ['painting', 'schildersbedrijf schilderwerken schilders'],
  ['carpentry', 'timmerbedrijf timmerwerken timmerfabriek'],
  ['roofing', 'dakdekker dakdekkers dakdekkersbedrijf dakwerken'],
  ['property', 'vastgoed vastgoedbeheer'],
  ['cleaning', 'schoonmaak schoonmaakbedrijf'],
];

/**
 * Sweden's trades' words by the trade each is (`TRADE_KINDS`), as the names' tokens write them (å, ä, ö folded): a family's or a
 * group's firms named alike and told apart by their trade ("Skeppet Elservice AB" / "Skeppet Bygg AB", "Sjöbris Arkitekter AB" /
 * "Sjöbris Musik AB": se-bokforing read, sister companies at one office linked). Not the words that are surnames as often.
 */
const TRADE_KINDS_SE: ReadonlyArray<[string, string]> = [
  ['architecture', 'arkitekter arkitekt arkitektkontor'],
  ['music', 'musik'],
  ['electrical', 'elservice elinstallation elinstallationer elektriska elteknik'],
  ['building', 'bygg byggnads byggare byggservice entreprenad'],
  ['dental', 'tandvard tandlakare tandlakarpraktik'],
  ['fish', 'fisk fiskhandel'],
  ['auto', 'bilverkstad bilservice bilvard'],
  ['accounting', 'ekonomitjanst redovisning redovisningsbyra bokforing revision ekonomi'],
  ['plumbing', 'vvs ror rormokeri'],
  ['investment', 'kapital investering fastigheter fastighets forvaltning'],
  ['carpentry', 'snickeri snickare'],
  ['printing', 'tryckeri'],
  ['haulage', 'akeri transport transporter'],
  ['flooring', 'golv golvlaggning'],
  ['chimney', 'sotning'],
  ['care', 'hemtjanst omsorg'],
  ['food', 'restaurang konditori bageri'],
  ['marine', 'marin batvarv'],
  ['interiors', 'inredning inredningar'],
  ['landscaping', 'tradgard tradgardstjanst'],
  ['beauty', 'frisor frisorsalong skonhet'],
  ['painting', 'maleri malare'],
  ['consulting', 'konsult konsulter'],
];

/**
 * Portugal's and Spain's trades' words by the trade each is (`TRADE_KINDS`), as the names' tokens write them (no diacritics):
 * a family's or a group's firms named alike and told apart by their trade ("Vale do Cávado Têxteis" / "Vale do Cávado Energia",
 * "Quintela - Construções" / "Quintela Transportes": pt-contabilidade read, sister companies at one office linked).
 */
const TRADE_KINDS_PT: ReadonlyArray<[string, string]> = [
  ['textiles', 'texteis textil textile textiles confeccoes confecciones bordados malhas'],
  ['energy', 'energia energias energie'],
  ['landscaping', 'jardinagem jardineria jardins'],
  ['painting', 'pintura pinturas'],
  ['plumbing', 'canalizacoes canalizador fontaneria'],
  ['electrical', 'eletricidade electricidade eletricista electricista electricidad'],
  ['beauty', 'cabeleireiro cabeleireira cabeleireiros peluqueria estetica'],
  ['shoes', 'sapataria sapateiro calcados zapateria'],
  ['dairy', 'laticinios lacteos'],
  ['taxi', 'taxi taxis'],
  ['haulage', 'transportes'],
  ['carpentry', 'carpintaria marcenaria carpinteria'],
  ['informatics', 'informatica'],
  ['travel', 'viagens turismo viajes'],
  ['nutrition', 'nutricao nutricion'],
  ['food', 'restaurante restauracao pastelaria churrasqueira marisqueira'],
];

/** Poland's trades' words by the trade each is (`TRADE_KINDS`), as the names' tokens write them (no diacritics). */
const TRADE_KINDS_PL: ReadonlyArray<[string, string]> = [
  ['plumbing', 'hydraulika hydrauliczne hydrauliczny sanitarne kanalizacyjne'],
  ['electrical', 'elektryczne elektryczny elektroinstalacje'],
  ['building', 'budowlane budowlany budownictwo remontowe remontowo remonty'],
  ['roofing', 'dekarstwo dekarskie dachy'],
  ['flooring', 'posadzkarstwo posadzki'],
  ['carpentry', 'stolarstwo stolarnia stolarka'],
  ['painting', 'malarstwo malarskie'],
  ['property', 'nieruchomosci'],
];

/**
 * Trades' and shops' words: a display name with one is an organisation's ("Northwind Traders",
 * "Joe's Garage"), except a given name and one of them alone, which may be a person's surname
 * ("Mary Records"). Not the words that are common surnames or given names: Flowers, Glass, Wood,
 * Steel, Power, Dance, Marine, Candy, Art(s), Music, Solar, Gallery, Rehab, Baker, Mason, Taylor.
 */
const TRADE_WORDS = new Set([
  // A chemist's, a distributor's, a clinic's or a laboratory's (in-pharma read: "Biocare Diagnostic Laboratory", "Sanjeevani Polyclinic" were persons).
  'polyclinic', 'diagnostics', 'diagnostic', 'laboratory', 'laboratories', 'medicals', 'medicos', 'chemists', 'druggists', 'pharma',
  'pharmaceuticals', 'surgicals', 'healthcare', 'lifesciences', 'agencies', 'distributors', 'stores',
  'traders', 'trading', 'outfitters', 'garage', 'nails', 'imports', 'exports', 'wholesale', 'retail', 'outlet', 'depot',
  'warehouse', 'boutique', 'photography', 'jewelry', 'jewelers', 'jewellers', 'cleaners', 'laundry', 'plumbers', 'electricians',
  'painters', 'painting', 'flooring', 'carpentry', 'hvac', 'heating', 'pest', 'pools', 'cycles', 'sports', 'outdoors', 'records',
  'deli', 'events', 'travel', 'tours', 'pets', 'kennels', 'ranch', 'winery', 'brewery', 'brewing', 'distillery', 'food', 'foods', 'bistro',
  'tavern', 'diner', 'bbq', 'masonry', 'concrete', 'paving', 'locksmith', 'security', 'storage', 'movers', 'moving', 'trucking',
  'freight', 'towing', 'collision', 'tire', 'tires', 'logistics', 'transport', 'transportation', 'engineering', 'architects',
  'architecture', 'accounting', 'bookkeeping', 'attorneys', 'lawyers', 'apparel', 'fashion', 'beauty', 'barbershop', 'tattoo',
  'yoga', 'theatre', 'theater', 'entertainment', 'toys', 'electronics', 'computers', 'computer', 'optical', 'eyecare',
  'chiropractic', 'wellness', 'pediatrics', 'orthodontics', 'animal', 'grooming', 'creamery', 'dairy', 'seafood', 'produce',
  'organics', 'nutrition', 'espresso', 'roasters', 'rentals', 'rental', 'leasing', 'automotive', 'equipment', 'tools', 'machinery',
  'fabrication', 'welding', 'lumber', 'cabinets', 'cabinetry', 'furniture', 'interiors', 'decor', 'upholstery', 'publishing',
  'communications', 'telecom', 'wireless', 'networks', 'mechanical', 'contractors', 'contracting', 'remodeling', 'renovations',
  'restoration', 'maintenance', 'janitorial', 'sanitation', 'recycling', 'environmental', 'research', 'consultancy', 'advisors',
  'advisory', 'wealth', 'investments', 'securities', 'lending', 'mortgage', 'loans', 'finance', 'accountants', 'payroll',
  'staffing', 'recruiting', 'couriers', 'delivery', 'express', 'shipping', 'aviation', 'svc', 'svcs', 'mfg', 'manufacturing',
  'intl', 'mgmt', 'assoc', 'natl', 'ctr', 'mtn', 'dept', 'univ',
  // Shops and trades in French, Italian and Spanish (Québec's, and any city's restaurants).
  'variety', 'convenience', 'excavation', 'excavating', 'framing', 'drywall', 'renos', 'meats', 'boulangerie', 'patisserie',
  'boucherie', 'fromagerie', 'epicerie', 'depanneur', 'traiteur', 'toitures', 'toiture', 'plomberie', 'menuiserie', 'entreprises',
  'quincaillerie', 'poissonnerie', 'charcuterie', 'brasserie', 'rotisserie', 'garderie', 'pharmacie', 'clinique', 'nettoyage',
  'deneigement', 'paysagement', 'ebenisterie', 'pizzeria', 'trattoria', 'ristorante', 'taqueria', 'panaderia', 'carniceria',
  'shawarma', 'souvlaki', 'sushi',
  // Mexico's and Spain's firms' words ("Comercializadora Becerra", "Constructora Ruiz", "Talleres Ramírez", "Materiales Santa
  // Rita" were persons' names: mx-distribution, read).
  'comercializadora', 'distribuidora', 'distribuciones', 'constructora', 'construcciones', 'materiales', 'ferreteria', 'ferremateriales',
  'tlapaleria', 'plomeria', 'electrica', 'hidraulica', 'iluminacion', 'servicios', 'suministros', 'edificaciones', 'talleres', 'taller',
  'consultores', 'asociados', 'despacho', 'abogados', 'contadores', 'inmobiliaria', 'transportes', 'refaccionaria', 'refacciones', 'papeleria',
  'farmacia', 'tortilleria', 'abarrotes', 'muebleria', 'vidrieria', 'herreria', 'carpinteria', 'restaurante', 'importaciones',
  'industrias', 'comercial', 'agencia', 'sucursal', 'ayuntamiento', 'municipio', 'clinica', 'sanatorio', 'instituto', 'universidad', 'hermanos', 'hnos', 'hijos',
  // US Hispanic shops' and trades' words ("Joyería La Sierra", "Botánica Jalisco", "Pupusería El Amigo", "Mofles Los Cuates",
  // "Techos Fajardo": us-latino read).
  'joyeria', 'botanica', 'pupuseria', 'mofles', 'techos', 'llantera', 'llantas', 'yonke', 'mariscos', 'paleteria', 'neveria', 'zapateria',
  'lavanderia', 'barberia', 'estetica', 'floreria', 'polleria', 'birrieria', 'fruteria', 'cremeria', 'jardineria', 'remodelaciones',
  'hojalateria', 'autopartes', 'vulcanizadora',
  // Colombia's firms' and buildings' words ("Inversiones Cardona & Hijos", "Edificio Bambú P.H.", "Conjunto Residencial Los
  // Almendros", "Cerrajería JC", "Impermeabilizaciones Nogal": co-ferreteria read, "Edificio Bambú" was a person's name).
  'inversiones', 'edificio', 'conjunto', 'urbanizacion', 'parcelacion', 'agrupacion', 'cerrajeria', 'impermeabilizaciones', 'urbanizadora',
  'electricos', 'acabados', 'deposito', 'marmoles', 'maderas', 'obras', 'civiles', 'ingenieria', 'arquitectura', 'remodelaciones',
  // And the owners' form as `withPropertyFormWritten` writes it ("Bambú Propiedad Horizontal").
  'propiedad',
  // East Africa's farm shops and members' bodies ("Hassan Agrovet", "Kiambu Teachers SACCO", "Wanjohi Mothers SHG": ke-agrovet read).
  // Not "Sacco" or "Chama": surnames (Italian, Zambian) as often.
  'agrovet', 'agrovets', 'agrochemicals', 'shg',
  // Brazil's and Portugal's ("Comércio de Materiais Silva", "Distribuidora Souza", "Serviços de Limpeza Rocha": br-services, read).
  'comercio', 'industria', 'materiais', 'servicos', 'construtora', 'construcoes', 'engenharia', 'imobiliaria', 'contabilidade', 'advocacia',
  'advogados', 'odontologia', 'odontologica', 'lanchonete', 'padaria', 'confeitaria', 'drogaria', 'supermercado', 'supermercados', 'mercearia',
  'papelaria', 'grafica', 'oficina', 'autopecas', 'limpeza', 'conservacao', 'seguranca', 'informatica', 'equipamentos', 'transportadora',
  'logistica', 'irmaos', 'filhos', 'associacao', 'condominio', 'igreja', 'escola', 'prefeitura', 'secretaria', 'participacoes', 'empreendimentos',
  'alimentacao', 'alimentos', 'serv', 'servs',
  // Portugal's (pt-contabilidade read; their trades in `TRADE_KINDS_PT`).
  'texteis', 'confeccoes', 'bordados', 'jardinagem', 'pintura', 'pinturas', 'canalizacoes', 'eletricidade', 'electricidade', 'cabeleireiro',
  'cabeleireira', 'sapataria', 'carpintaria', 'marcenaria', 'viagens', 'nutricao', 'restaurante', 'restauracao', 'pastelaria', 'churrasqueira',
  // A builder's and a landlord's firms ("Reid Developments", "Ward Property Holdings", "Hillside Real Estate").
  'investment', 'developments', 'developers', 'constructions', 'building', 'hospitality', 'estate', 'projects', 'property',
  // A farm's and a sari-sari trade's words ("Ching Piggery", "Abella Hollow Blocks", "LMF General Merchandise": ph-retail, read).
  'piggery', 'poultry', 'hatchery', 'agrivet', 'feeds', 'bakeshop', 'merchandise', 'blocks', 'aluminum', 'aluminium',
  // Germany's, Austria's and Switzerland's trades and firms, their umlauts folded and written "ae" ("Sanitär-Installation
  // Horn", "Elektrotechnik Görtz", "Trockenbau Winter", "Richter Immob."; de-handwerk read: such names were persons' or
  // their short forms no firm's word). Not the words that are surnames as often (Maler, Schreiner, Zimmermann, Glaser).
  ...TRADE_KINDS_DE.flatMap(([, words]) => words.split(' ')),
  ...TRADE_KINDS_PL.flatMap(([, words]) => words.split(' ')),
  ...TRADE_KINDS_NL.flatMap(([, words]) => words.split(' ')),
  // Poland's trades and firms: the owner's firm's opening words ("P.P.H.U.", "F.H.U.", "Z.P.H.U.", "Przedsiębiorstwo Handlowo-Usługowe",
  // "Usługi Remontowo-Budowlane", "Hurtownia"), as the names' tokens write them (pl-hurtownia read).
  // Not "PHU" or "FH" alone: Phu is a Vietnamese name, FH a person's initials.
  'pphu', 'fhu', 'zphu', 'zuh', 'ppuh', 'phup', 'przedsiebiorstwo', 'zaklad', 'uslugi', 'uslugowe', 'uslugowo', 'handlowe', 'handlowo',
  'handlowa', 'hurtownia', 'instalacje', 'instalacyjne', 'termomodernizacje', 'materialy', 'materialami', 'budowlanymi', 'produkcja',
  'produkcyjne', 'serwis', 'apteka', 'piekarnia', 'sklep', 'warsztat', 'spoldzielnia', 'wspolnota', 'mieszkaniowa', 'zarzadca', 'administracja',
  'haustechnik', 'gebaudetechnik', 'gebaeudetechnik', 'energietechnik', 'versorgungstechnik', 'technik', 'handel', 'grosshandel',
  'grosshandlung', 'handelsgesellschaft', 'werkstatt', 'fachbetrieb', 'meisterbetrieb', 'innenausbau', 'montage', 'montagen', 'planung',
  'verwaltung', 'hausverwaltung', 'installationen', 'stadtwerke', 'apotheke', 'backerei', 'baeckerei', 'metzgerei', 'gaststatte', 'gaststaette',
  'kanzlei', 'steuerberatung', 'hzg', 'elt',
]);

/**
 * A firm's word mistyped by one letter, not its first ("Hardwaare", "Merchanhise"): a word of eight letters or more that is no
 * given name, one edit from a trade's or an organisation's word of its first letter (`displayPerson`).
 */
function mistypedFirmWord(word: string): boolean {
  if (word.length < 8 || isGivenName(word)) return false;
  firmWordsByLetter ??= wordsByFirstLetter([...TRADE_WORDS, ...ORGANISATION_WORDS].filter((w) => w.length >= 7));
  // Not a final "s" or "e" added or dropped: that is a surname's own spelling as often ("Baptiste", "Charters", "Kitchens").
  const ending = (w: string) => (w.length === word.length + 1 && w.startsWith(word) && /[se]$/.test(w)) || (word.length === w.length + 1 && word.startsWith(w) && /[se]$/.test(word));
  return (firmWordsByLetter.get(word[0] ?? '') ?? []).some((w) => Math.abs(w.length - word.length) <= 1 && oneEditApart(w, word) && !ending(w));
}
let firmWordsByLetter: Map<string, string[]> | undefined;
/** A display that reads as a firm's beside a mistyped word: three words or more, or initials first ("CDK Hardwaare"); never a given name first. */
function firmLike(tokens: readonly string[]): boolean {
  const first = tokens[0] ?? '';
  return !isGivenName(first) && (tokens.length >= 3 || (/^[a-z]{2,4}$/.test(first) && !/[aeiouy]/.test(first)));
}
function wordsByFirstLetter(words: readonly string[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const w of words) {
    const list = by.get(w[0] ?? '');
    if (list === undefined) by.set(w[0] ?? '', [w]);
    else list.push(w);
  }
  return by;
}

/**
 * Honorifics that open a person's name ("Dr. Jane Smith", "Capt. Ann Lee", "Baroness Wenlock").
 * Only words nobody is named: not Earl, Duke, King, Prince, Judge, Major, Baron, Pastor or Sen,
 * nor Hon (Cantonese), Col (Colin), Maj (Swedish), Imam or Rabbi (Bengali, Indonesian), which are
 * given names or surnames too ("Earl Smith", "Amartya Sen", "Hon Lam").
 */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'herr', 'frau', 'sra', 'srta', 'dr', 'drs', 'doctor', 'prof', 'professor',
  'sir', 'dame', 'lord', 'lady', 'honorable', 'honourable', 'rev', 'revd', 'reverend', 'fr', 'msgr', 'monsignor', 'capt', 'captain',
  'colonel', 'lieut', 'sgt', 'cpl', 'pvt', 'admiral', 'cmdr', 'cdr', 'brig', 'senator', 'baroness', 'viscount', 'viscountess',
  'countess', 'marquess', 'marchioness', 'duchess',
  // French written out ("Madame Maude et Jean-Robert Noël", "MONSIEUR FERRARA, FRANCO": qc-plomberie read, read as a given name).
  'madame', 'monsieur', 'mademoiselle',
  // India's ("Shri T. Girish", "Smt. Priya Sinha", "Tmt. S. Geetha"): not Sri, Shree, Sree or Thiru,
  // which are given names too (Indonesia's and Malaysia's Sri, Gujarat's Shree, Tamil Nadu's Thiru;
  // "Sri Lestari", "Sri Wahyuni Lestari" with GivenName Sri): a name's reading cannot tell them.
  'shri', 'smt', 'shrimati', 'srimati', 'tmt', 'thirumathi', 'sushri',
  // The Netherlands' and Flanders' ("dhr. P. Smit", "mevr. K. Smit", "mw. N. Peters", "de heer Bakker", "ing. J. Bakker":
  // nl-installatie read, read as given names).
  // Not "ing." and "ir." (read with their dot: `DOTTED_TITLE`): Ing is a given name.
  // Not "heer" alone (Heer is a Punjabi given name): "de heer" is read as "dhr." (`withTradingMarkersSpelt`).
  'dhr', 'mevr', 'mevrouw', 'mw', 'mej',
  // Italy's professional titles ("Geom. Nadia Guizzardi", "Arch. Rossetti Monica", "Dott. Rossi", "Avv. Bianchi": it-termoidraulica
  // read, read as given names). Not "Sig." (Sig is a given name): read with its dot (`DOTTED_TITLE`).
  // Not "Arch." (Arch is a given name, and a word of firms' names): read with its dot (`DOTTED_TITLE`). "Sig.ra", "Sig.na" and
  // "Dott.ssa" read as one word (`withoutDottedTitles`).
  'geom', 'dott', 'dottssa', 'sigra', 'signa', 'avv',
  // The Arab countries' ("Eng. Youssef Mounir", "Hajj Essam Adel", "د. أحمد محمد", "أ. منى", "الحاج محمود": eg-tawrid read, read as
  // given names), in Latin letters and in Arabic (normalised: "ة" as "ه", hamza's carriers bare). "د", "م" and "ا" are "د.", "م."
  // and "أ.": Doctor, Engineer, Mr or Ms.
  // Not "Eng" bare (a Chinese given name in Singapore and Malaysia): read with its dot (`DOTTED_TITLE`); nor "Haj", "Hag".
  'hajj', 'hajja', 'hajjah', 'hagga', 'sheikh', 'shaikh', 'ustaz', 'ustadh',
  'د', 'م', 'ا', 'دكتور', 'الدكتور', 'دكتوره', 'الدكتوره', 'مهندس', 'المهندس', 'مهندسه', 'المهندسه', 'حاج', 'الحاج', 'الحاجه', 'شيخ', 'الشيخ',
  'استاذ', 'الاستاذ', 'استاذه', 'الاستاذه', 'السيد', 'السيده',
  // Iran's ("Aghaye Mehran Hadjizade", "Khanom Shirazi", "Seyyedeh Somaya Mousawi", "Mohandes Nazanin Rahimi", "آقای مجید رنجبر":
  // ir-bazargani read, read as given names), in Latin letters as Iranians write them and in Persian (`PERSIAN_TITLES`). Not "Agha"
  // nor "Seyed" in Persian script ("سید" is Egypt's given name Sayed), nor "Syed" (Pakistan's, a name's part there).
  'aghaye', 'aghaie', 'aghay', 'aqaye', 'khanom', 'khanum', 'mohandes', 'mashhadi', 'karbalaei', 'karbalaie', 'hajieh', 'hajiyeh', 'seyed', 'seyyed', 'seyedeh', 'seyyedeh',
]);
/** Iran's titles in Persian: Mr, Mrs, Haji, Hajieh, Mashhadi, Karbalaei, Engineer, Doctor (normalised as names are). */
for (const title of ['آقای', 'خانم', 'حاجی', 'حاجیه', 'مشهدی', 'کربلایی', 'مهندس', 'دکتر']) TITLES.add(normaliseText(title));
/** An honorific's word (`TITLES`), as normalised: "mr", "dr", "sra". */
export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

const FEMALE_TITLES = new Set(['khanom', 'khanum', 'hajieh', 'hajiyeh', 'seyedeh', 'seyyedeh', normaliseText('خانم'), normaliseText('حاجیه'), 'hajja', 'hajjah', 'hagga', 'الحاجه', 'دكتوره', 'الدكتوره', 'مهندسه', 'المهندسه', 'استاذه', 'الاستاذه', 'السيده', 'sigra', 'signa', 'dottssa', 'mevr', 'mevrouw', 'mw', 'mej', 'mrs', 'ms', 'miss', 'mme', 'mlle', 'frau', 'sra', 'srta', 'dame', 'lady', 'baroness', 'viscountess', 'countess', 'marchioness', 'duchess', 'smt', 'shrimati', 'srimati', 'tmt', 'thirumathi', 'sushri']);
const MALE_TITLES = new Set(['aghaye', 'aghaie', 'aghay', 'aqaye', normaliseText('آقای'), 'hajj', 'حاج', 'الحاج', 'السيد', 'mr', 'herr', 'dhr', 'sir', 'lord', 'viscount', 'marquess', 'shri']);

/**
 * A title where a given name goes ("Mrs Smith": a title before a surname alone stays there):
 * the sex it tells, or null for one that tells none ("Dr", "Capt"); undefined for a name.
 */
export function titleSex(word: string): 'male' | 'female' | null | undefined {
  if (!TITLES.has(word)) return undefined;
  return FEMALE_TITLES.has(word) ? 'female' : MALE_TITLES.has(word) ? 'male' : null;
}

const HON_OR_REV = new Set(['hon', 'honorable', 'honourable', 'rev', 'revd', 'reverend']);
/** Words that open a title only before one of these: "The Hon.", "Rt. Hon.", "Very Rev.", "Mr. & Mrs.". */
const TITLE_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['the', HON_OR_REV],
  ['rt', HON_OR_REV],
  ['right', HON_OR_REV],
  ['very', new Set(['rev', 'revd', 'reverend'])],
  ['and', TITLES],
]);

/** How many tokens at the start are titles ("the hon", "rt rev", "mr and mrs", "dr"). */
function titlesAtStart(tokens: readonly string[]): number {
  let i = 0;
  for (;;) {
    const t = tokens[i] ?? '';
    if ((t !== 'and' || i > 0) && TITLE_OPENERS.get(t)?.has(tokens[i + 1] ?? '') === true) i += 2;
    else if (TITLES.has(t)) i += 1;
    else return i;
  }
}

/**
 * The sex the titles opening a contact's given-name field tell, or else its display's where the
 * person's names are read from it (`LinkageRecord.titleSex`): not a household's display beside one
 * member's names ("Mr John Smith", GivenName Jane). None for a couple's ("Mr & Mrs", "Dr & Mrs"),
 * nor before "&" (a couple's initials: "MS & PG Kennedy").
 */
function titlesSex(givenName: string | null | undefined, displayWords: readonly string[]): 'male' | 'female' | null {
  // The display's words as the record already holds them: read once, not normalised again per record built.
  for (const tokens of [tokensOf(normaliseText(givenName)), displayWords]) {
    const n = titlesAtStart(tokens);
    if (n === 0) continue;
    if (tokens.slice(0, n + 1).includes('and')) return null;
    const sexes = new Set(tokens.slice(0, n).map(titleSex).filter((x): x is 'male' | 'female' => x === 'male' || x === 'female'));
    return sexes.size === 1 ? ([...sexes][0] ?? null) : null;
  }
  return null;
}

/**
 * A display of titles and the fields' own names ("Ms T EZE", GivenName T, FamilyName EZE; "Mr J P Hughes", GivenName John, FamilyName Hughes):
 * its titles are the fields' person's (gb-lettings read: "Ms T Eze" and "Mr T. Eze", a sister and a brother at one home, read
 * as one person's initial). Its first name's letter the given name's, its last word the family name.
 */
function displayNamesFields(displayWords: readonly string[], c: CustomerContact): boolean {
  const rest = displayWords.slice(titlesAtStart(displayWords));
  if (rest.length < 2 || rest.length === displayWords.length) return false;
  const given = normaliseText(c.givenName);
  const family = tokensOf(normaliseText(c.familyName));
  // Its first word the given name, or its initial (not another name of that letter: "Mr John Smith", GivenName Jane, is a household's display).
  const first = rest[0] ?? '';
  const givenFirst = given.split(' ')[0] ?? '';
  return givenFirst !== '' && family.length > 0 && (first === givenFirst || (first.length === 1 && first === givenFirst[0])) && rest.slice(-family.length).join(' ') === family.join(' ');
}

/**
 * The titles that open a name dropped, unless fewer than `keep` tokens would be left: "Mrs
 * Smith" stays a title and a surname, not the surname of every Smith.
 */
function withoutTitles(tokens: readonly string[], keep: number): string[] {
  const n = titlesAtStart(tokens);
  return n > 0 && tokens.length - n >= keep ? tokens.slice(n) : [...tokens];
}

/**
 * Abbreviated titles that are also given names when written without their period ("Hon." but Hon
 * Lam, "Col." but Col Smith): dropped only as written, with a period and two words after them.
 */
// "ing." and "ir." only before a space: "Ing.-Büro" is an engineers' office.
// Italy's "Sig.", "Sigg.", "Rag.", "Arch." too (it-termoidraulica read); "Sig.ra" is read as one word first (`withoutDottedTitles`).
const DOTTED_TITLE = /^\s*(?:the\s+)?(?:(?:hon|col|maj|lt|gen|adm|gov|sen|rep|sigg|sig|rag|arch|eng)\.\s*|(?:ing|ir)\.\s+)(?=[^\s,]+[\s,]+[^\s,])/i;
/** The same in a given-name field: one word after it is enough ("Hon. Augustus"). */
const DOTTED_TITLE_OF_GIVEN = /^\s*(?:the\s+)?(?:(?:hon|col|maj|lt|gen|adm|gov|sen|rep|sigg|sig|rag|arch|eng)\.\s*|(?:ing|ir)\.\s+)(?=[^\s,])/i;

/**
 * France's "M." (Monsieur) before two names or more ("M. Alexandre Bourgeois", "M. BOURGEOIS Alexandre"), where it is one
 * (`monsieur`): a title, not an initial; not before a second title or "et" ("M. et Mme Dupont", a household's), a surname's particle or prefix ("M.
 * Mc Gregor", "M. van Dijk": one surname), nor before one name ("M. Gaillard" is as often an initial's).
 */
const MONSIEUR = /^\s*m\.\s*(?!(?:et|and|&|mme|mrs|madame|mc|mac|van|von|de|da|di|du|del|le|la|o|st)\b|&)(?=[^\s,]+[\s,]+[^\s,])/i;

/** A family's firm's words ("Pedro López e Hijos", "Hermanos Guerrero"): a firm's name, never a person's trade after the name. */
const KIN_TRADE_WORDS = new Set(['hijos', 'hermanos', 'hnos']);

/**
 * Germany's generations written short with their dot ("Peter von der Heide jun.", "von der Heide sen., Peter", "Jürgen
 * Schäfer jun."): Jr. and Sr. In lower case, as German writes them: without the dot, or in capitals, they are names as
 * often (Kim Min Jun, Amit Kumar Sen, "Wang Jun.").
 */
const DOTTED_GENERATION = /(\p{L})\s+(jun|sen)\.(?=[\s,]|$)/gu;

/** The contact with its generations written short with their dot spelt as the English ones (`DOTTED_GENERATION`). */
function withDottedGenerations(c: CustomerContact): CustomerContact {
  const spell = (v: string | null | undefined) => (typeof v === 'string' && /\.\s*(?:,|$)|\.\s/.test(v) ? v.replace(DOTTED_GENERATION, (_m, before: string, g: string) => `${before} ${g === 'jun' ? 'Jr' : 'Sr'}`) : v);
  return { ...c, displayName: spell(c.displayName), givenName: spell(c.givenName), familyName: spell(c.familyName) };
}

/** Spanish given names written short with their dot, opening the given names ("Ma. Guadalupe", "Fco. Javier", "Lic. Ma. de Jesús", "Gpe."): the names. */
const SPANISH_SHORT_NAMES = /^((?:\s*(?:lic|ing|arq|dr|dra|sr|sra|srta|mtro|mtra|prof|profa|c\.\s?p)\.?\s+)*\s*)(ma|fco|gpe)\.(?=\s*\p{L})/iu;
const SPANISH_NAMES: Readonly<Record<string, string>> = { ma: 'María', fco: 'Francisco', gpe: 'Guadalupe' };

/** The contact with Spanish given names written short spelt out (`SPANISH_SHORT_NAMES`). */
function withSpanishNamesSpelt(c: CustomerContact): CustomerContact {
  // The first given name only, after a title ("Lic. Ma. Orozco", "Ma. Fernanda"), or a given-name field of it alone ("Ma."): "Jack Ma." is Ma's.
  const spell = (v: string | null | undefined) => (typeof v === 'string' && /\b(?:ma|fco|gpe)\./i.test(v) ? v.replace(SPANISH_SHORT_NAMES, (_m, before: string, short: string) => `${before}${SPANISH_NAMES[short.toLowerCase()] ?? short} `).trim() : v);
  const given = typeof c.givenName === 'string' && /^\s*(?:ma|fco|gpe)\.\s*$/i.test(c.givenName) ? (SPANISH_NAMES[c.givenName.trim().slice(0, -1).toLowerCase()] ?? c.givenName) : spell(c.givenName);
  // A family-name field opening with one holds the given names (the fields swapped: "Ma. Guadalupe" / Luna; us-latino read).
  return { ...c, displayName: spell(c.displayName), givenName: given, familyName: spell(c.familyName) };
}

/** The contact with an abbreviated title that opens its display or given name dropped ("Hon. Augustus Legge"). */
/**
 * The words Vietnamese write before a person's given name as "Mr" and "Ms" are written ("anh Tuấn", "chị Lan", "a. Hùng", "c.
 * Tâm", "Ông Nguyễn Văn An", "Bà Lan": vn-dientu read): with their tone marks, or in small letters before a capital, or short
 * with a dot in small letters ("A. Hùng" is an initial); none of them a name written so ("Anh" and "Em" are given names).
 */
const VIETNAMESE_TITLE = /^\s*(?:(?:[ÔôƠơ]ng|[Bb]à|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác)\s+|(?:anh|em)\s+(?=\p{Lu})|[ac]\.\s*)(?=\p{L})/u;

/** Italy's feminine titles written with a dot inside ("Sig.ra", "Sig.na", "Dott.ssa"), read as one word, a title (`TITLES`). */
const ITALIAN_FEMININE_TITLE = /\b(sig|dott)\.\s?(ra|na|ssa)\b/gi;

function withoutDottedTitles(c: CustomerContact): CustomerContact {
  const joined = (v: string | null | undefined) => (typeof v === 'string' ? v.replace(ITALIAN_FEMININE_TITLE, '$1$2') : v);
  const drop = (v: string | null | undefined, title: RegExp) => (v === null || v === undefined ? v : v.replace(title, ''));
  const display = drop(drop(joined(c.displayName), DOTTED_TITLE), VIETNAMESE_TITLE);
  return { ...c, displayName: monsieur(display, c) ? drop(display, MONSIEUR) : display, givenName: drop(joined(c.givenName), DOTTED_TITLE_OF_GIVEN) };
}

/**
 * "M." is Monsieur in a record of a French-speaking place, or before a family name written first in capitals ("M.
 * BOURGEOIS Alexandre"); elsewhere an initial as often ("M. Srinivasa Rao", "M. S. Dhoni"), and never before another one.
 */
function monsieur(display: string | null | undefined, c: CustomerContact): boolean {
  if (typeof display !== 'string' || !MONSIEUR.test(display)) return false;
  const words = display.replace(/^\s*m\.\s*/i, '').split(/\s+/);
  if (/^\p{L}\.?$/u.test(words[0] ?? '')) return false;
  const capital = (w: string) => /\p{Lu}{2}/u.test(w) && !/\p{Ll}/u.test(w);
  return frenchPlace(c) || (capital(words[0] ?? '') && words.slice(1).some((w) => /\p{Ll}/u.test(w)));
}

/** Generational suffixes ("John Smith Jr."), to their one form: II is a Jr. (the second of the name). */
const GENERATIONS: ReadonlyMap<string, string> = new Map([
  ['jr', 'jr'], ['jnr', 'jr'], ['ii', 'jr'], ['2nd', 'jr'], ['sr', 'sr'], ['snr', 'sr'], ['iii', 'iii'], ['3rd', 'iii'], ['iv', 'iv'], ['4th', 'iv'],
]);
/** A word that may be a generation, anywhere in a name (a cheap test before reading it). */
const GENERATION_WORD = /\b(?:j\.?\s?n?r|s\.?\s?n?r|ii|iii|iv|2nd|3rd|4th|junior|senior|fils|p[eè]re|hijo|filho)\b/i;
/**
 * Generations spelt out, which end a name of two more words: "Michael Mastroianni Junior", Québec's
 * "Réjean Champagne fils" / "père", Spanish "hijo", Portuguese "filho". Not German "jun." / "sen.":
 * without their dot they are names' words (Kim Min Jun, Amit Kumar Sen).
 */
const SPELT_GENERATIONS: ReadonlyMap<string, string> = new Map([
  ['junior', 'jr'], ['fils', 'jr'], ['pere', 'sr'], ['hijo', 'jr'], ['filho', 'jr'],
]);
/** "and" in the languages whose firms are "X and Sons" ("Gagnon et Fils", "Hijos y ..."). */
const CONJUNCTIONS = new Set(['and', 'et', 'y', 'e', 'und', 'en']);
/** "And" as a couple's display writes it, in the regular expressions that read two persons joined (`PARTNERS`, `TWO_PERSONS`): one list. */
// Finnish "ja" too ("Kuivalainen Pertti ja Aada", "Matti ja Liisa Virtanen": fi-isannointi read).
const JOINING_WORDS = [...CONJUNCTIONS, 'och', 'og', 'ja'].join('|');

/**
 * Credentials written after a person's name ("Jane Doe CPA", "Ann Lee M.D.", "John Smith,
 * Esq."): none of them a name. Not "DO", "PA", "KC", "RN", "PE", "Senior", "Junior": a
 * surname (Nepali KC, Olive Senior), a legal form, or both; those count only as a comma part.
 */
const CREDENTIALS = new Set([
  'md', 'phd', 'edd', 'psyd', 'dds', 'dmd', 'dvm', 'lpn', 'jd', 'llm', 'cpa', 'cfa', 'cfp', 'lcsw', 'esq', 'esquire', 'cbe', 'kbe', 'qc', 'frcs', 'facs',
  // India's and South Asia's medical degrees ("Dr. Faisal Khan, BAMS", "Dr. Lakshmi V., BDS, MDS").
  'mbbs', 'bds', 'mds', 'bams', 'bhms', 'bums', 'dnb', 'dgo', 'dch', 'mch', 'mrcp', 'mrcog', 'frcog', 'bpharm', 'mpharm',
]);
/** Nurses', optometrists', podiatrists' and therapists' credentials, after a comma ("Brown, Rachel, CRNA"); not "PA", "PT", "DC": a name's as often. */
const COMMA_CREDENTIALS = ['od', 'dpm', 'fnp', 'crna', 'dpt', 'lmft', 'lpc', 'pharmd', 'dnp'];

/** A credential a practitioner's professional corporation is named with ("Minh Hart DDS Inc", "Kyle Olson OD PC"). */
const PRACTICE_CREDENTIALS = new Set([...CREDENTIALS, 'do', 'od', 'dc', 'dpm', 'np', 'fnp', 'crna', 'rn', 'pa', 'pt', 'dpt', 'lmft', 'lpc', 'aud', 'pharmd', 'dnp']);

/** Whether a name's word is a practitioner's credential (`PRACTICE_CREDENTIALS`). */
export function isPracticeCredential(word: string): boolean {
  return PRACTICE_CREDENTIALS.has(word);
}

/** After a comma, also these ("Jane Doe, RN", "John Smith, Junior"; Mba and Obe are Igbo and Yoruba surnames). */
const COMMA_SUFFIXES = new Set([...CREDENTIALS, ...COMMA_CREDENTIALS, ...GENERATIONS.keys(), 'do', 'rn', 'np', 'pe', 'kc', 'bt', 'bart', 'ret', 'junior', 'senior', 'mba', 'obe', 'mbe']);

/** How many of the last tokens are one of `suffixes` ("jr", "cpa"; "m d" and "ph d" as "M.D." and "Ph.D." are written): 0 when none. */
function suffixAtEnd(tokens: readonly string[], suffixes: ReadonlySet<string> | ReadonlyMap<string, string>): number {
  for (let k = 1; k <= Math.min(3, tokens.length); k += 1) {
    const tail = tokens.slice(tokens.length - k);
    if ((k === 1 || tail.every((t) => t.length <= 2)) && suffixes.has(tail.join(''))) return k;
  }
  return 0;
}

/** Name tokens without the credentials and generational suffixes that end them, keeping at least `keep` tokens and never a lone initial last. */
/**
 * `spelledAfter`: how many words a name needs for a generation spelt out to end it: three in a display ("Michael Mastroianni
 * Junior"), two in a family-name field beside a given name of its own ("Franco Júnior", "Silva Filho": the given name is not there).
 */
function withoutSuffixes(tokens: readonly string[], keep: number, spelledAfter = 3): { tokens: string[]; generation: string | null } {
  let kept = [...tokens];
  let generation: string | null = null;
  for (;;) {
    const credential = suffixAtEnd(kept, CREDENTIALS);
    // "Junior" (or "fils", "père") spelt out ends a name of two more words ("Michael Mastroianni
    // Junior"); alone after one it may be a name ("Junior Silva", "Smith Junior" read as a surname),
    // as Senior is one; after "and" it is a firm's sons ("Gagnon et Fils").
    const last = kept[kept.length - 1] ?? '';
    const before = kept[kept.length - 2] ?? '';
    // Not after "and" ("Gagnon et Fils": a firm's sons), nor "fils" / "père" after a given name
    // ("Jean-Marc Fils": Fils is his surname, a Haitian one).
    const spelt = kept.length >= spelledAfter && !CONJUNCTIONS.has(before) && (last === 'junior' || last === 'hijo' || last === 'filho' || !isGivenName(before)) ? SPELT_GENERATIONS.get(last) : undefined;
    const k = credential > 0 ? credential : suffixAtEnd(kept, GENERATIONS) || (spelt !== undefined ? 1 : 0);
    if (k === 0 || kept.length - k < keep || (kept[kept.length - k - 1] ?? '').length === 1) break;
    if (credential === 0) generation ??= GENERATIONS.get(kept.slice(kept.length - k).join('')) ?? spelt ?? null;
    kept = kept.slice(0, -k);
  }
  return { tokens: kept, generation };
}

/**
 * A name without the comma-separated suffixes after it ("John Smith, MD", "Smith, John, Jr."),
 * read as written, "Last, First" included, not "MD, John Smith" turned round; and the generation
 * one of them gave. Never down to one word: "Smith, J.D." and "Smith, MD" stay as written.
 */
function withoutSuffixParts(raw: string): { name: string; generation: string | null } {
  const parts = raw.split(',');
  let generation: string | null = null;
  while (parts.length > 1) {
    const last = tokensOf(normaliseText(parts[parts.length - 1]));
    if (last.length === 0 || suffixAtEnd(last, COMMA_SUFFIXES) !== last.length) break;
    if (tokensOf(normaliseText(parts.slice(0, -1).join(' '))).length < 2) break;
    const word = last.join('');
    generation ??= GENERATIONS.get(word) ?? (word === 'junior' ? 'jr' : word === 'senior' ? 'sr' : null);
    parts.pop();
  }
  // "Smith, John Jr.": the generation ends the part after the comma.
  const lastPart = tokensOf(normaliseText(parts[parts.length - 1]));
  if (parts.length === 2 && lastPart.length >= 2) {
    const k = suffixAtEnd(lastPart, GENERATIONS);
    if (k > 0 && lastPart.length - k >= 1) {
      generation ??= GENERATIONS.get(lastPart.slice(lastPart.length - k).join('')) ?? null;
      parts[1] = lastPart.slice(0, lastPart.length - k).join(' ');
    }
  }
  return { name: parts.join(','), generation };
}

/**
 * What kind of institution a word names: a congregation ("St. Peter Catholic Church", "Iglesia
 * Apostólica La Roca") or a school ("St. Peter School", "Colegio Cristiano Roca", "First Baptist
 * Academy"). A parish and its school share a saint's name, a phone and often an address, and are
 * two customers.
 */
/** A word only a firm's name holds: a trade's, a firm's kind's or an institution's ("Distribuidora", "Materiales", "Plumbing", "Colegio"). */
export function isFirmWord(word: string): boolean {
  return TRADE_WORDS.has(word) || ORGANISATION_WORDS.has(word) || TRADE_KINDS.has(word) || INSTITUTION_KINDS.has(word);
}

export const INSTITUTION_KINDS = new Map<string, string>([
  ...['church', 'iglesia', 'igreja', 'parish', 'chapel', 'cathedral', 'temple', 'mosque', 'synagogue', 'congregation', 'ministries'].map((w): [string, string] => [w, 'worship']),
  // "acad": the names' tokens write Academy so.
  ...['school', 'acad', 'academy', 'academia', 'colegio', 'escuela', 'escola', 'preschool', 'kindergarten', 'montessori'].map((w): [string, string] => [w, 'school']),
  // Germany's: schools by their kind, a parish's and a church's words.
  // Not "Kita" (a Japanese surname as often).
  ...['schule', 'grundschule', 'realschule', 'hauptschule', 'gesamtschule', 'gymnasium', 'berufsschule'].map((w): [string, string] => [w, 'school']),
  ...['kirche', 'kirchengemeinde', 'pfarrei', 'pfarramt', 'pfarrgemeinde'].map((w): [string, string] => [w, 'worship']),
  // Poland's.
  ...['szkola', 'przedszkole', 'liceum', 'gimnazjum'].map((w): [string, string] => [w, 'school']),
  ...['parafia', 'kosciol'].map((w): [string, string] => [w, 'worship']),
  // South Asia's ("Sant Gadge Baba Trust Vidyalaya", "Gurudwara Singh Sabha", "Madrasa Darul Uloom"); not Mandir, a temple's and a school's ("Saraswati Vidya Mandir").
  ...['gurudwara', 'gurdwara', 'masjid', 'devasthanam'].map((w): [string, string] => [w, 'worship']),
  ...['vidyalaya', 'vidyalayam', 'vidyapeeth', 'vidyapith', 'vidyamandir', 'pathshala', 'madrasa', 'madrassa', 'madrasah', 'gurukul', 'gurukulam'].map((w): [string, string] => [w, 'school']),
  // A hospital: a trust's or a church's hospital and its school are two customers ("Arya Samaj Trust Hospital" / "… Trust English Medium School").
  ...['hospital', 'hospitals', 'infirmary'].map((w): [string, string] => [w, 'hospital']),
  // A club and the school it runs at its clubhouse ("Lower Carr Creek Sailing Club Inc." / "… Sailing Academy": us-marina read), each
  // a body of its own with its own accounts.
  ...['club', 'squadron'].map((w): [string, string] => [w, 'club']),
  // A Vietnamese ward's or district's bodies, each its own (`INITIALLED_PHRASES`): its people's committee, its Fatherland Front, its
  // Party committee, its women's union, its military command, its health station, its police, its youth union.
  ...Object.entries({ ubnd: 'council', mttq: 'front', danguy: 'party', hoiphunu: 'womensunion', bchqs: 'military', tramyte: 'healthstation', congan: 'police', doanthanhnien: 'youthunion' }),
]);

/**
 * Trades, each word with the trade it names (synonyms, plurals, French and one firm's usual ways
 * of writing its trade under one: "HVAC" / "Heating & Cooling", "Plomberie" / "Plumbing", "Lawn
 * Care" / "Landscaping", "Pressure Washing" / "Cleaning"). Two organisations named for trades and
 * no trade in common ("Simmons Roofing" / "Simmons Landscaping", "Peterson Plumbing" / "Peterson
 * Irrigation") are an owner's two businesses, which share his phone, mailbox and yard. In fifteen
 * labelled sets, such pairs sharing a name word and a contact detail were two customers 52 times
 * in 52. Only words that name a trade wherever they stand: not Estate (a deceased's, a housing
 * estate), Kitchen (a restaurant's or a fitter's), Ranch (a place's), Farm (State Farm), Pressure (a pump's),
 * Stone, Air, Body, Express or the surnames that
 * are trades (Glass is kept: an owner named Glass has his own trade's word beside it). Trades one
 * firm often joins are one ("Moving & Storage", "Lock & Security", "Towing" and "Collision").
 */
export const TRADE_KINDS = new Map<string, string>([
  ...Object.entries({
    roofing: 'roofing roofers roofer gutters guttering toiture toitures',
    plumbing: 'plumbing plumbers plumber plomberie plomeria drains rooter',
    electrical: 'electric electrical electricians electrician electricals elec electrica',
    hvac: 'hvac heating cooling refrigeration furnaces',
    landscaping: 'landscaping landscape landscapes landscapers lawn lawns lawncare gardening gardeners mowing paysagement',
    tree: 'tree trees arborist arborists arboriculture',
    irrigation: 'irrigation sprinkler sprinklers',
    paving: 'concrete paving pavers masonry asphalt driveways',
    painting: 'painting painters painter decorating decorators',
    cleaning: 'cleaning cleaners janitorial maids washing powerwashing nettoyage limpeza',
    moving: 'moving movers relocation relocations removals removalists storage',
    haulage: 'delivery couriers courier freight logistics trucking haulage transport transportation shipping transportadora logistica',
    pest: 'pest exterminating exterminators termite',
    pools: 'pool pools',
    building: 'construction constructions constr builders building contracting contractors remodeling remodelling renovations renos developments developers framing drywall excavation excavating constructora construcciones edificaciones construtora construcoes',
    carpentry: 'carpentry cabinets cabinetry joinery woodwork menuiserie ebenisterie',
    flooring: 'flooring carpets tiling',
    fencing: 'fencing fences',
    glass: 'glass glazing glaziers',
    locksmith: 'locksmith locksmiths security alarms seguranca seguridad',
    auto: 'auto automotive collision tires tire towing',
    food: 'catering caterers bakery cafe restaurant bistro grill pizza pizzeria deli diner traiteur boulangerie patisserie brasserie trattoria ristorante taqueria panaderia coffee espresso roasters lanchonete lanches padaria confeitaria',
    accounting: 'accounting bookkeeping accountants cpa cpas payroll tax contabilidade',
    law: 'law legal attorneys lawyers solicitors barristers advocacia advogados',
    dental: 'dental dentistry orthodontics odontologia odontologica',
    medical: 'medical physicians pediatrics chiropractic physiotherapy',
    insurance: 'insurance underwriters assurance',
    property: 'realty realtors properties property rentals leasing imobiliaria',
    beauty: 'salon barber barbers barbershop hair nails beauty grooming',
    photography: 'photography photographers',
    farming: 'farming',
    // A farm's own trades: one owner's dairy and his cattle or hay business are two farms (us-utility read: "Xiong Dairy" /
    // "Xiong Hay & Cattle" at the owner's mailbox linked).
    dairy: 'dairy',
    livestock: 'cattle livestock beef',
    hay: 'hay',
    poultry: 'poultry hatchery',
    hogs: 'hogs hog swine',
    orchard: 'orchard orchards',
    timber: 'sawmill lumber logging timber',
    veterinary: 'veterinary kennels',
    engineering: 'engineering engineers',
    architecture: 'architects architecture',
    printing: 'printing printers signs signage grafica',
    welding: 'welding fabrication',
    staffing: 'staffing recruiting recruitment',
  }).flatMap(([trade, words]) => words.split(' ').map((w): [string, string] => [w, trade])),
  ...TRADE_KINDS_DE.flatMap(([trade, words]) => words.split(' ').map((w): [string, string] => [w, trade])),
  ...TRADE_KINDS_PL.flatMap(([trade, words]) => words.split(' ').map((w): [string, string] => [w, trade])),
  ...TRADE_KINDS_NL.flatMap(([trade, words]) => words.split(' ').map((w): [string, string] => [w, trade])),
  ...TRADE_KINDS_PT.flatMap(([trade, words]) => words.split(' ').map((w): [string, string] => [w, trade])),
  ...TRADE_KINDS_SE.flatMap(([trade, words]) => words.split(' ').map((w): [string, string] => [w, trade])),
]);

/** Words that make a display name an organisation's rather than a person's. */
export const ORGANISATION_WORDS = new Set([
  // Sweden's foundations, associations and clubs (se-bokforing read: "Stiftelsen Gula Villan" was a person named Stiftelsen).
  'stiftelsen', 'stiftelse', 'forening', 'foreningen', 'ideell', 'idrottsklubb', 'idrottsklubben', 'bollklubb', 'bollklubben', 'sallskapet', 'forsamling',
  'vattenforening', 'samfallighetsforening', 'samfallighetsforeningen', 'brf', 'bostadsrattsforening', 'bostadsrattsforeningen', 'dodsbo',
  'center', 'centre', 'school', 'academy', 'church', 'club', 'house', 'daycare', 'care', 'child', 'children', 'kids', 'group',
  'services', 'service', 'studio', 'clinic', 'dental', 'law', 'associates', 'partners', 'holdings', 'holding', 'groupe', 'gruppe', 'gruppo', 'grupo', 'groep', 'beheer', 'store', 'shop', 'bakery',
  'cafe', 'restaurant', 'consulting', 'solutions', 'systems', 'plumbing', 'electric', 'roofing', 'repair', 'design', 'foundation',
  'institute', 'university', 'college', 'hospital', 'agency', 'office', 'bank', 'trust', 'fund', 'society', 'association', 'united',
  'international', 'global', 'enterprises', 'industries', 'company', 'sons', 'brothers', 'bros', 'team', 'cpc', 'head', 'start',
  'learning', 'development', 'community', 'family', 'early', 'program', 'montessori', 'preschool', 'nursery', 'ymca', 'inc', 'llc',
  'childcare', 'consultants', 'consulting', 'saint', 'st', 'holy', 'immaculate', 'christian', 'lutheran', 'catholic', 'baptist', 'methodist',
  'youth', 'ministries', 'ministry', 'mission', 'home', 'homes', 'lab', 'labs', 'tech', 'media', 'works', 'productions', 'capital',
  'ventures', 'realty', 'properties', 'construction', 'builders', 'landscaping', 'cleaning', 'catering', 'fitness', 'florist',
  'printing', 'analytics', 'hardware', 'coffee', 'books', 'veterinary', 'auto', 'motors', 'salon', 'spa', 'gym', 'pharmacy',
  'market', 'supply', 'supplies', 'farm', 'farms', 'garden', 'gardens', 'hotel', 'inn', 'pub', 'bar', 'grill', 'kitchen', 'pizza',
  'center', 'campus', 'charter', 'elementary', 'elem', 'high', 'middle', 'public', 'schools', 'parish', 'temple', 'mosque', 'synagogue',
  'corporate', 'management', 'marketing', 'software', 'energy', 'health', 'medical', 'dentistry', 'therapy', 'insurance', 'financial',
  'strata', 'superannuation',
  // Germany's, Austria's and Switzerland's public bodies ("Stadt Düsseldorf", "Gemeinde Kiekrz", "Landkreis Kleve").
  'stadt', 'gemeinde', 'stadtverwaltung', 'landkreis', 'bezirksamt', 'kreisverwaltung', 'verein', 'genossenschaft',
  // The Netherlands' and Flanders' public bodies, their units, owners' associations and foundations ("Gemeente Deurne, Afdeling
  // Vastgoed", "VvE Berkentoren", "Stichting Welbevinden": nl-installatie read, such names were persons').
  'gemeente', 'provincie', 'waterschap', 'afdeling', 'vve', 'stichting', 'vereniging', 'woningstichting', 'woonstichting', 'woningcorporatie',
  // A county's and a township's ("Travis County, Parks Department" was a person named Travis: a review's test).
  'county', 'township', 'municipality',
  // Poland's public bodies ("Urząd Gminy Komorniki", "Starostwo Powiatowe"), read with their initials too (`INITIALLED_PHRASES`).
  'urzad', 'gmina', 'gminy', 'starostwo', 'powiat', 'powiatowe', 'firma',
  // A care home's, a practice's or a specialty's words (us-medsupply read: "Sagebrook Springs Assisted Living" was read as a person Sagebrook Living).
  'assisted', 'living', 'nursing', 'rehabilitation', 'rehab', 'hospice', 'apothecary', 'orthodontics', 'endodontics', 'periodontics',
  'pediatrics', 'dermatology', 'cardiology', 'radiology', 'optometry', 'chiropractic', 'podiatry', 'surgical', 'urgent',
]);
const FREE_MAIL = new Set([
  'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com', 'live.com', 'msn.com', 'me.com', 'mac.com',
  'comcast.net', 'sbcglobal.net', 'att.net', 'verizon.net', 'protonmail.com', 'proton.me', 'fastmail.com', 'gmx.com', 'gmx.de',
  'web.de', 'yahoo.co.uk', 'hotmail.co.uk', 'btinternet.com', 'mail.ru', 'yandex.ru', 'qq.com', '163.com', 'ymail.com',
  // Internet providers' and national mail services' domains, which their subscribers share as
  // they share gmail.com: two of them at bigpond.com or sky.com are no firm's staff.
  'cox.net', 'charter.net', 'earthlink.net', 'optonline.net', 'bellsouth.net', 'frontier.com', 'centurylink.net', 'windstream.net',
  'juno.com', 'netzero.net', 'roadrunner.com', 'rocketmail.com', 'aim.com', 'googlemail.com',
  // Korea's, Japan's mobile carriers' and India's national services that the kept list lacks (kr-jeonja read: two persons at
  // kakao.com weighed as one firm's staff).
  'kakao.com', 'hanmail.net', 'korea.com', 'ezweb.ne.jp', 'i.softbank.jp', 'softbank.ne.jp', 'au.com', 'rediffmail.com', 'sify.com',
  'shaw.ca', 'rogers.com', 'sympatico.ca', 'telus.net', 'videotron.ca', 'yahoo.ca', 'hotmail.ca', 'live.ca',
  'sky.com', 'talktalk.net', 'virginmedia.com', 'ntlworld.com', 'blueyonder.co.uk', 'tiscali.co.uk', 'btopenworld.com', 'plus.net',
  'live.co.uk', 'aol.co.uk', 'outlook.co.uk', 'eircom.net',
  'bigpond.com', 'bigpond.net.au', 'optusnet.com.au', 'tpg.com.au', 'iinet.net.au', 'internode.on.net', 'westnet.com.au',
  'dodo.com.au', 'hotmail.com.au', 'outlook.com.au', 'yahoo.com.au', 'live.com.au', 'xtra.co.nz',
  't-online.de', 'gmx.net', 'freenet.de', 'orange.fr', 'free.fr', 'wanadoo.fr', 'laposte.net', 'sfr.fr', 'libero.it', 'virgilio.it',
  'ziggo.nl', 'telefonica.net', 'hispeed.ch', 'bell.net', 'eastlink.ca', 'kpnmail.nl', 'planet.nl', 'home.nl', 'skynet.be',
]);
/**
 * With the kept list of the common mail providers' domains (email-providers' common.json, some
 * 360 of every country's; not its all.json, which holds some firms' domains too).
 */
const MAIL_SERVICES: ReadonlySet<string> = new Set([...FREE_MAIL, ...MAIL_PROVIDERS]);
/** The global providers under any country's domain: yahoo.ie, hotmail.fr, outlook.de, live.nl, gmx.at. */
const GLOBAL_PROVIDER = /^(?:yahoo|ymail|hotmail|outlook|live|msn|aol|gmx|icloud|protonmail|yandex|zoho|gmail|googlemail|mail)\.(?:[a-z]{2,3}|com?\.[a-z]{2})$/;
/** Mailbox names shared by whoever answers them: a shared local part says little. */
const GENERIC_MAILBOXES = new Set([
  'info', 'office', 'admin', 'contact', 'hello', 'mail', 'billing', 'accounts', 'accounting', 'sales', 'support', 'enquiries',
  'inquiries', 'team', 'director', 'frontdesk', 'reception', 'invoices', 'ap', 'ar', 'finance', 'orders', 'service', 'help',
  // Billing and office mailboxes in the languages the kept list (below) has fewer of.
  'facturen', 'factuur', 'facturatie', 'boekhouding', 'administratie', 'kantoor', 'crediteuren', 'crediteurenadministratie', 'debiteuren', 'rechnung', 'rechnungen', 'verwaltung', 'buero',
  'facturation', 'factures', 'facture', 'secretariat', 'bureau', 'facturas', 'facturacion', 'contabilidad', 'administracio',
  'fatture', 'fatturazione', 'amministrazione', 'segreteria', 'faktura', 'faktury', 'fakturering', 'ksiegowosc', 'einkauf', 'inkoop',
  'achats', 'compras', 'acquisti', 'accountspayable', 'payables', 'receivables',
  // Turkish and Vietnamese ("muhasebe@", "satis@", "bilgi@", "iletisim@", "teklif@"; "ketoan@", "kinhdoanh@", "muahang@", "lienhe@").
  'muhasebe', 'satis', 'bilgi', 'iletisim', 'teklif', 'destek', 'satinalma', 'ketoan', 'kinhdoanh', 'muahang', 'lienhe', 'hotro', 'vanphong',
  // Japanese ("keiri@" 経理 accounting, "somu@"/"soumu@" 総務, "jimu@" 事務, "eigyo@" 営業, "kaikei@" 会計, "seikyu@" 請求: jp-setsubi read,
  // a group's companies at one keiri@ read as one).
  'keiri', 'somu', 'soumu', 'jimu', 'eigyo', 'kaikei', 'seikyu', 'koumu', 'komu', 'shiire',
  // The kept list of role mailboxes (role-based-email-addresses: "buchhaltung", "administracion", "compta"...),
  // less those that are persons' given names ("per", "dev", "sydney", "alexa").
  ...ROLE_MAILBOXES.filter((r) => !isGivenName(r) && !['per', 'dev', 'alla', 'alexa', 'paris', 'india', 'sydney', 'denver', 'gardner'].includes(r)),
]);
/** Compass words in their short form ("south" → "s"). "Northwest" and the like are names ("N Northwest Hwy"). */
const SHORT_DIRECTION = new Map<string, string>([
  ['n', 'n'], ['north', 'n'], ['s', 's'], ['south', 's'], ['e', 'e'], ['east', 'e'], ['w', 'w'], ['west', 'w'], ['ne', 'ne'], ['nw', 'nw'], ['se', 'se'], ['sw', 'sw'],
]);
/** A short compass word written out, where it is a street's whole name ("12 N St" is North Street). */
const LONG_DIRECTION = new Map<string, string>([['n', 'north'], ['s', 'south'], ['e', 'east'], ['w', 'west']]);
const DIRECTIONS = new Set(SHORT_DIRECTION.keys());
const QUADRANTS = new Set(['ne', 'nw', 'se', 'sw']);
/** Street type words, each in its one spelling ("st", "str" and "strasse" are "street"; "dr" is "drive"). */
const STREET_TYPE_SPELLING = new Map<string, string>(
  Object.entries({
    street: ['st', 'street', 'str', 'strasse', 'straat'], avenue: ['ave', 'av', 'avenue'], boulevard: ['blvd', 'boulevard'], road: ['rd', 'road'],
    drive: ['dr', 'drive'], lane: ['ln', 'lane'], court: ['ct', 'court'], place: ['pl', 'place'], parkway: ['pkwy', 'parkway'],
    highway: ['hwy', 'highway'], way: ['way'], terrace: ['ter', 'terrace'], circle: ['cir', 'circle'], square: ['sq', 'square'],
    close: ['close'], crescent: ['crescent'],
    // Turkey's street and avenue, and its boulevard, as they close a street's name ("Konur Sokak", "Konur Sk.", "Selanik Sokağı",
    // "Millet Caddesi", "Millet Cad.", "Atatürk Bulvarı", "Atatürk Blv.": tr-yapi read), and Azerbaijan's street ("küçəsi").
    // Not "Sk", "Cd", "Cad" (a building's letters elsewhere: "26 SK Tower", "5 CD House"): read only where they end a street's name (`TURKISH_SHORT_TYPES`).
    sokak: ['sokak', 'sokagi', 'sok'], cadde: ['cadde', 'caddesi'], bulvar: ['bulvar', 'bulvari', 'bulv', 'blv'], kucesi: ['kucesi', 'kuc'],
  }).flatMap(([spelling, words]) => words.map((w): [string, string] => [w, spelling])),
);
const STREET_TYPES = new Set(STREET_TYPE_SPELLING.keys());

/** A street type word in one spelling ("st" → "street"), or null when the word is none ("broad"). */
export function streetTypeOf(word: string): string | null {
  return STREET_TYPE_SPELLING.get(word) ?? null;
}
const LONG_STREET_TYPES = /(street|avenue|road|drive|lane|boulevard|court|place|parkway|terrace|strasse|straat|square)$/;
/** Words that name a unit, said with its number or letter ("Suite 200", "Flat B", "Level 2"). */
const UNIT_NAMES = ['unit', 'apt', 'apartment', 'suite', 'ste', 'flat', 'shop', 'level', 'lvl', 'floor', 'flr', 'fl', 'room', 'rm', 'bldg', 'building'];
/** As the line's words are read: with a post office box's ("po", "box"). */
const UNIT_WORDS = new Set([...UNIT_NAMES, 'po', 'box']);
/** In the patterns read before the line is split: with "tower" ("Tower 2, 10 Smith St"). */
const UNIT_WORD = `(?:${[...UNIT_NAMES, 'tower'].join('|')})`;
/** What must follow units stripped before a house number: the number, then a word ("22 Smith", not "1" alone or "10th"). */
const HOUSE_NUMBER_AHEAD = '(?=\\d+[a-z]?\\s*,?\\s+(?:[a-z]|\\d+(?:st|nd|rd|th)\\b))';
/**
 * Units written before the house number on its line, each with its number or letter: "Unit 5,
 * 22 Smith St", "Apt 4B 123 Main St", "Flat B, 12 High St", "Suite 200, 45 Queen St", "Level 2
 * Suite 5, 10 Smith St", "2nd Floor, 45 Queen St", "Garden Flat, 12 High St", "Shop 3/45 Queen
 * St", "Flat 2/1, 12 Byres Road", "#4 123 Main St". Only when a house number and a word follow
 * ("Flat 0/1" on its own line stays whole). Each part is unambiguous (no two quantifiers share
 * a run of spaces), and lines are cut at LINE_MAX first, so the match stays linear.
 */
const UNITS_BEFORE_NUMBER = new RegExp(
  '^\\s*(?:(?:' +
    [
      `${UNIT_WORD}\\b\\.?\\s*(?:no\\b\\.?\\s*)?(?:[a-z]?\\d+(?:/\\d+)?[a-z]?(?:-[a-z])?|[a-z])\\b`,
      '#\\s*[a-z]?\\d+[a-z]?\\b',
      '\\d+(?:st|nd|rd|th)\\s+(?:floor|flr|fl|level)\\b',
      '(?:garden|basement|ground floor|first floor|top floor|ground|top|upper|lower)\\s+flat\\b',
    ].join('|') +
    `)\\s*(?:[,/-]\\s*)?)+${HOUSE_NUMBER_AHEAD}`,
  'i',
);
/** "Unit/number", as Australia and New Zealand write it: "3/12 Smith St" is number 12. */
const UNIT_SLASH_NUMBER = new RegExp(`^\\s*[a-z]?\\d+[a-z]?\\s*/\\s*${HOUSE_NUMBER_AHEAD}`, 'i');
/** "Number/flat", as Scotland writes it: "17/3 Marchmont Rd" is number 17, flat 3. */
const NUMBER_SLASH_FLAT = /^\s*(\d+[a-z]?)\s*\/\s*\d+[a-z]?\b/i;
/** "Unit-number", as Canada writes it: "200-1234 Main St" is number 1234 (in Queens, "123-45" is one number). */
const UNIT_DASH_NUMBER = new RegExp(`^\\s*#?\\s*(\\d+)[a-z]?\\s*-\\s*${HOUSE_NUMBER_AHEAD}(\\d+)`, 'i');
/** "#" between a unit word and its number: "Suite #200", "Apt #4", "Box #12". */
const HASH_AFTER_UNIT_WORD = new RegExp(`\\b(${UNIT_WORD}|box)\\b\\.?\\s*#\\s*`, 'gi');
/** "#" and a unit after the street ("123 Main St #4", "1234 N Kedvale #2R", "9 Elm Ave, # 4B"). */
const HASH_AFTER_WORD = /\b([a-z]+)\.?(?:\s*,)?\s*#\s*(?=[a-z0-9])/gi;
/** Words whose "#" numbers a route, not a unit: "County Road #5", "Hwy #7", "Route #66". */
const ROUTE_WORDS = new Set(['road', 'rd', 'highway', 'hwy', 'route', 'rte', 'rt', 'interstate', 'us', 'state', 'sr', 'fm', 'cr', 'county', 'township', 'twp']);
/** Address lines longer than this are cut before they are read (keeps every pattern's cost bounded). */
const LINE_MAX = 200;
/** A post office box or bag: "PO Box 77", "P.O. Box 123", "GPO Box 1234", "Locked Bag 5". Its number is the address. */
const POST_BOX = /^(?:(?:g ?)?p ?o ?|post office |locked |private )(box|bag)\b ?(?:(\d+)[a-z]?\b)?/;

/** A box written without "PO" or as "POB" or a drawer ("Box 12", "POB 887", "P.O.B. 887", "PO Drawer 40"): a post office box. */
// Finland's "PL 795" (postilokero) and "PB 12" (its Swedish postbox) too (fi-isannointi read: read as a street named "795").
const POST_BOX_SHORT = /^(?:p ?o ?b(?= ?\d)|p ?o ?(?:drawer|dwr)|(?:box|bx|drawer|pl|pb)(?= ?#? ?\d))/;

/**
 * A US rural address's route and box: a rural route's ("RR 2 Box 145", "Rural Route 2, Box 145", "Rt. 2 Box 145", "R.D. 2 Box
 * 5"), a highway contract route's ("HC 61 Box 296", "HCR 61 Box 296", "Star Route Box 12"), a military post's ("PSC 2815 Box
 * 6936", "CMR 402 Box 12"). The box is the house's number, the route its street (us-utility read: "RR 2, Box 296" / "Rural
 * Route 2 Box 296" were read as two streets, and one route's box against itself as another house on it).
 */
const RURAL_BOX = /^(?:(r ?r|rural route|rural rt|rt|rte|route|r ?d)|(h ?c ?r?|highway contract(?: route)?|star route|star rt)|(psc|cmr|unit))\s?(\d*)\s?(?:box|bx)\s?#?\s?(\d+)[a-z]?\b/;

function ruralBox(line: string): Pick<LinkageRecord, 'houseNumber' | 'street' | 'streetType'> | null {
  const m = RURAL_BOX.exec(line);
  if (m === null) return null;
  const kind = m[1] !== undefined ? 'rr' : m[2] !== undefined ? 'hc' : (m[3] ?? '');
  return { houseNumber: (m[5] ?? '').replace(/^0+(?=\d)/, ''), street: `${kind}${(m[4] ?? '').replace(/^0+(?=\d)/, '')}`, streetType: null };
}

/** US states' two-letter codes that open a state highway's name ("MO-60", "OK 51"), not those that are words too ("in", "or", "me", "co", "la", "mt"). */
const US_HIGHWAY_STATES = new Set('ak az ar ca ct fl ga ia il ks ky md mi mn mo ms nc nd nh nj nm nv ny ok ri sc sd tn tx ut va vt wa wi wv wy'.split(' '));
const HIGHWAY_WORDS = new Set(['hwy', 'highway', 'hiway', 'hy']);
const US_ROUTE_WORDS = new Set(['route', 'rt', 'rte']);
const COUNTY_WORDS = new Set(['county', 'co', 'cty', 'cnty']);
const TOWNSHIP_WORDS = new Set(['township', 'twp', 'tp', 'twsp']);

/**
 * A US county road's or highway's name in one form ("County Road 412", "Co. Rd. 412", "CR 412", "C.R. 412" as "cr412"; "Hwy 60",
 * "State Highway 60", "MO-60", "US Hwy 160", "US-160", "Route JJ" as "hwy60", "hwy160", "hwyjj"; "I-44" as "i44"), as rural
 * lists write one road many ways (us-utility read: "Co Rd 412" and "County Road 412" were two streets). One form for a US
 * highway and a state's of one number: a state numbers none of its own as a US highway through it is.
 */
function usRoadRead(written: string[], housed = true): string[] {
  // The road's word joined to its number ("SH5", "CR412", "Hwy60"), as the number written apart.
  // "U.S." written with its stops is "US".
  const us = written[0] === 'u' && written[1] === 's' && written.length >= 3 ? ['us', ...written.slice(2)] : written;
  const glued = /^(cr|sh|sr|hwy|hy|us|rt|rte|[a-z]{2})(\d{1,5}[a-z]?)$/.exec(us[0] ?? '');
  const tokens = glued !== null && (glued[1]?.length !== 2 || ['cr', 'sh', 'sr', 'us', 'rt', 'hy', ...(housed ? ['tr'] : [])].includes(glued[1]) || US_HIGHWAY_STATES.has(glued[1] ?? '')) ? [glued[1] ?? '', glued[2] ?? '', ...us.slice(1)] : us;
  // The highway's word mistyped ("U.S. Highhway 160", "Higway 60") is the word.
  const [a = '', b = '', c = ''] = tokens.map((t, i) => (i <= 1 && t.length >= 6 && oneEditApart(t, 'highway') ? 'highway' : t));
  const numbered = (t: string) => /^\d{1,5}[a-z]?$/.test(t);
  // A lettered route ("Route JJ", "Hwy Z", Missouri's) only where it ends the line or a direction follows: "Route de Lyon" is a street.
  const lettered = (t: string, at: number) => /^[a-z]{1,2}$/.test(t) && (tokens.length === at + 1 || (tokens.length === at + 2 && DIRECTIONS.has(tokens[at + 1] ?? '')));
  const route = (t: string, at: number) => numbered(t) || lettered(t, at);
  let read: { kind: string; at: number } | null = null;
  if (COUNTY_WORDS.has(a) && (b === 'road' || b === 'rd') && numbered(c)) read = { kind: 'cr', at: 2 };
  else if (a === 'cr' && numbered(b)) read = { kind: 'cr', at: 1 };
  else if (a === 'c' && b === 'r' && numbered(c)) read = { kind: 'cr', at: 2 };
  // A township's road ("Township Road 670", "Twp Rd 670", "TR 670", "T.R. 670": Ohio's and Pennsylvania's rural roads, us-insurance
  // read: "Twp Rd 670" and "Township Road 670" were two streets).
  else if (TOWNSHIP_WORDS.has(a) && (b === 'road' || b === 'rd') && numbered(c)) read = { kind: 'tr', at: 2 };
  // The bare letters only after a house's number ("Tr. 5" alone is a street's name and its number elsewhere: a review's finding).
  else if ((a === 'tr' || TOWNSHIP_WORDS.has(a)) && numbered(b) && housed) read = { kind: 'tr', at: 1 };
  else if (a === 't' && b === 'r' && numbered(c) && housed) read = { kind: 'tr', at: 2 };
  // "State Route 557" as "St Rt 557" or "St. Rte. 557" (the "St" read as a saint's).
  else if ((a === 'state' || a === 'us' || a === 'st' || a === 'saint') && (HIGHWAY_WORDS.has(b) || US_ROUTE_WORDS.has(b)) && route(c, 2)) read = { kind: 'hwy', at: 2 };
  else if ((a === 'us' || a === 'sh' || a === 'sr' || US_HIGHWAY_STATES.has(a)) && /^\d{1,3}[a-z]?$/.test(b)) read = { kind: 'hwy', at: 1 };
  else if ((HIGHWAY_WORDS.has(a) || US_ROUTE_WORDS.has(a)) && route(b, 1)) read = { kind: 'hwy', at: 1 };
  else if ((a === 'i' || a === 'interstate') && /^\d{1,3}$/.test(b)) read = { kind: 'i', at: 1 };
  if (read === null) return written;
  return [`${read.kind}${(tokens[read.at] ?? '').replace(/^0+(?=\d)/, '')}`, ...tokens.slice(read.at + 1)];
}

/** The street of a post office box or bag (see POST_BOX): "pobox", "pobag". */
export function isPostBox(street: string | null): boolean {
  return street === 'pobox' || street === 'pobag';
}

/** How the country writes a unit and its house number together, from the country or, without one, the postcode's form. */
function unitConvention(country: string | null, postcode: string | null): 'slash-unit-first' | 'slash-number-first' | 'dash-unit-first' | null {
  const p = postcode ?? '';
  const c = country ?? (/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(p) ? 'GB' : /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(p) ? 'CA' : /^\d{4}$/.test(p) ? 'AU' : null);
  if (c === 'AU' || c === 'NZ') return 'slash-unit-first';
  if (c === 'GB' || c === 'IE') return 'slash-number-first';
  if (c === 'CA') return 'dash-unit-first';
  return null;
}

/** An address line with the units written before its house number removed, normalised. */
function streetText(raw: string, convention: ReturnType<typeof unitConvention>): string {
  // In a line that opens with no number, "#" before one is the house's number, as Mexico writes it ("Calle Morelos #45",
  // "Av. Cantera # 2460, Fracc. Puerta de Hierro"); after a numbered street's name it is a unit's ("123 Main St #4").
  const numbered = /^\s*\d/.test(raw);
  let line = raw
    .slice(0, LINE_MAX)
    .replace(HASH_AFTER_UNIT_WORD, '$1 ')
    .replace(HASH_AFTER_WORD, (match: string, word: string, at: number, whole: string) => (ROUTE_WORDS.has(word.toLowerCase()) || (!numbered && houseHash(word.toLowerCase(), whole.slice(at + match.length))) ? `${word} ` : `${word} unit `));
  if (convention === 'slash-unit-first') line = line.replace(UNIT_SLASH_NUMBER, '');
  if (convention === 'slash-number-first') line = line.replace(NUMBER_SLASH_FLAT, '$1');
  // Only when the house number is no shorter than the unit's: "8938-40 S Cottage Grove" is a range of houses, not unit 8938.
  if (convention === 'dash-unit-first') line = line.replace(UNIT_DASH_NUMBER, (whole: string, unit: string, house: string) => (house.length >= unit.length ? house : whole));
  return normaliseText(line.replace(UNITS_BEFORE_NUMBER, ''));
}

/**
 * "#" before a house's number in a line that opens with none (`streetText`): not after a unit's or a space's word ("Space
 * #14 1200 Main St", "Trlr #5"), nor an English street type's ("One Main St #4"), nor before a numbered street later on the line.
 */
function houseHash(word: string, rest: string): boolean {
  if (UNIT_WORDS.has(word) || STREET_TYPES.has(word) || ['space', 'spc', 'sp', 'trlr', 'trailer', 'lot', 'lote', 'site', 'pad', 'no'].includes(word)) return false;
  return !/^\s*[a-z]?\d+[a-z]?\b[\s,]+\d+[a-z]?\s+\p{L}/iu.test(rest);
}

/** A unit's number or letter ("200", "4b", "a", "ph1", "gf"): a short word that is no street type or direction. */
const isUnitId = (t: string): boolean => /\d/.test(t) || t === 'no' || (t.length <= 2 && !STREET_TYPES.has(t) && !DIRECTIONS.has(t));
/** A unit word with its number or letter ("suite 200", "apt b", "unit ph1"): "flat rock", "box hill" are names. */
const isUnitAt = (tokens: string[], i: number): boolean => UNIT_WORDS.has(tokens[i] ?? '') && isUnitId(tokens[i + 1] ?? '');
const FLOOR_WORDS = new Set(['floor', 'flr', 'fl', 'level']);
const FLOOR_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'ground', 'top', 'upper', 'lower', 'main', 'basement']);
/** Where a unit starts after the street name: "suite 200", a unit word ending the line ("apt", "building"), "2nd floor", "first floor". */
const unitAfterStreet = (tokens: string[], i: number): boolean =>
  isUnitAt(tokens, i) ||
  (UNIT_WORDS.has(tokens[i] ?? '') && i === tokens.length - 1) ||
  ((/^\d+(?:st|nd|rd|th)$/.test(tokens[i] ?? '') || FLOOR_ORDINALS.has(tokens[i] ?? '')) && FLOOR_WORDS.has(tokens[i + 1] ?? ''));

/**
 * Countries as people write them that the register of names below does not hold: short forms,
 * and the United Kingdom's nations (their postcodes and phones are the kingdom's).
 */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US', 'u s': 'US', 'u s a': 'US', america: 'US', us: 'US',
  // Germany's and Switzerland's codes as their lists write them: the vehicle plate's "D", the sports codes "GER" and "SUI", "BRD".
  d: 'DE', ger: 'DE', brd: 'DE', sui: 'CH',
  uk: 'GB', 'u k': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  'united kingdom of great britain and northern ireland': 'GB', rsa: 'ZA', roi: 'IE', aotearoa: 'NZ', holland: 'NL',
  // Countries as their own people write them in Latin letters ("Việt Nam", "Türkiye": vn-dientu and tr-yapi read).
  'viet nam': 'VN', 'vietnam': 'VN', turkiye: 'TR', turkey: 'TR',
  // East Asia's countries in their own scripts ("日本": jp-setsubi read, read as no country and its numbers as the US's).
  // The Arab countries' short and long forms in Arabic as their people write them (normalised: "ة" as "ه"), "KSA".
  ksa: 'SA', uae: 'AE', 'u a e': 'AE', 'k s a': 'SA', الامارات: 'AE', 'دوله الامارات العربيه المتحده': 'AE', السعوديه: 'SA', 'المملكه العربيه السعوديه': 'SA',
  'مصر العربيه': 'EG', 'جمهوريه مصر العربيه': 'EG', الاردن: 'JO', 'المملكه الاردنيه الهاشميه': 'JO', الكويت: 'KW', قطر: 'QA', البحرين: 'BH', عمان: 'OM', 'سلطنه عمان': 'OM',
  日本: 'JP', 日本国: 'JP', 中国: 'CN', 中華人民共和国: 'CN', 中华人民共和国: 'CN', 台湾: 'TW', 台灣: 'TW', 香港: 'HK', 한국: 'KR', 대한민국: 'KR', 韓国: 'KR',
  // Taiwan, China and Malaysia as their records write them in Traditional characters or abbreviated (tw-maoyi read: "Taiwan (R.O.C.)"
  // and "臺灣" read as two countries against "Taiwan"); Iran's long form.
  臺灣: 'TW', 中國: 'CN', 中華民國: 'TW', 中华民国: 'TW', 'taiwan r o c': 'TW', 'r o c': 'TW', roc: 'TW', 'r o c taiwan': 'TW', 'p r china': 'CN', 'p r c': 'CN', prc: 'CN',
  'hong kong sar': 'HK', 'hong kong s a r': 'HK', 'hksar': 'HK', 馬來西亞: 'MY', 马来西亚: 'MY', 'iran islamic republic of': 'IR', 'islamic republic of iran': 'IR',
};
/**
 * Codes written for more than one country: "SA" is Saudi Arabia's by ISO, and South Africa's (or
 * South Australia's) as people write it. Read as no country: no evidence, either way.
 */
const AMBIGUOUS_COUNTRIES = new Set(['sa']);
const ISO_COUNTRIES = new Set<string>(getCountries());
/** Languages whose names for countries are read ("Suid-Afrika", "Éire", "Deutschland", "Nederland", "Österreich"). */
// And the languages of other scripts (eg-tawrid read: "مصر", "السعودية" read as no country, and Egypt's numbers as no country's).
const COUNTRY_NAME_LANGUAGES = COUNTRY_NAME_LOCALES;
/** Every name of every country in those languages, normalised as names are, to its code: read once, looked up per record. */
const COUNTRY_NAMES = new Map<string, string>();
for (const language of COUNTRY_NAME_LANGUAGES) {
  countries.registerLocale(language);
  for (const [code, names] of Object.entries(countries.getNames(language.locale, { select: 'all' }))) {
    for (const name of names) {
      const key = normaliseText(name);
      if (key !== '' && !COUNTRY_NAMES.has(key)) COUNTRY_NAMES.set(key, code);
    }
  }
}

/**
 * ISO 3166 alpha-2 for a country as written: its code (alpha-2 or alpha-3), its name in one of
 * `COUNTRY_NAME_LANGUAGES` ("South Africa", "Suid-Afrika", "Republic of Singapore"), or a short
 * form (`COUNTRY_ALIASES`); else the text upper-cased, compared as written. None for a code of
 * several (`AMBIGUOUS_COUNTRIES`).
 */
function countryOf(raw: string | null | undefined): string | null {
  const text = normaliseText(raw);
  if (text === '' || AMBIGUOUS_COUNTRIES.has(text)) return null;
  const alias = COUNTRY_ALIASES[text];
  if (alias !== undefined) return alias;
  const upper = text.toUpperCase();
  if (upper.length === 2 && ISO_COUNTRIES.has(upper)) return upper;
  if (upper.length === 3) {
    const alpha2 = countries.alpha3ToAlpha2(upper);
    if (alpha2 !== undefined) return alpha2;
  }
  return COUNTRY_NAMES.get(text) ?? COUNTRY_NAMES.get(text.replace(/^(?:the )?(?:republic|commonwealth|kingdom|federation|state) of (?:the )?/, '')) ?? upper;
}

const tokensOf = (text: string): string[] => text.split(' ').filter((t) => t !== '');

/**
 * Name tokens for comparison: "Last, First" turned round, legal suffixes and filler removed,
 * nicknames canonical; for a person's name also the titles before it and the suffixes after it
 * (an organisation keeps its words: "Captain Plumbing" is not "Admiral Plumbing").
 */
/**
 * A register's country marker in brackets before the legal form ("Keroka Flowers (K) Ltd", "(U) Ltd", "(T) Ltd", "(EA) Ltd",
 * "(M) Sdn Bhd", "(S) Pte Ltd"): no word of the name, written or left off by one company (ke-agrovet read: "(K)" made
 * "Keroka Flowers Holdings Ltd" share only some words with "Keroka Flowers (K) Ltd", not a group's holding beside its
 * company). The register it names is read apart (`REGISTERS`): "(K) Ltd" and "(U) Ltd" are two countries' companies.
 */
const COUNTRY_MARKER = /\s*\((?:k|u|t|ea|e\.a\.|m|s|kenya|uganda|tanzania)\)\s*(?=(?:ltd|limited|plc|sdn|pte|private|pvt|co)\b)/gi;

function nameTokens(written: string | null | undefined, personal: boolean, c?: CustomerContact, formKept = false): string[] {
  const raw = typeof written === 'string' && written.includes('(') ? written.replace(COUNTRY_MARKER, ' ') : written;
  const forms = nameNormalisation(raw === null || raw === undefined ? raw : personal ? withoutSuffixParts((c === undefined ? raw : withoutOwnPlace(raw, c)) ?? raw).name : formKept ? raw : withoutFormBeforeSite(raw));
  if (forms === null) return [];
  // An auspicious word that opens a name in India, written four ways ("Shree Sainath Medical Stores" / "Sri Sainath Medical Stores"): one
  // spelling. A firm's before its titles are read ("Shri Ganesh Pvt Ltd" is "Sri Ganesh Pvt Ltd"); a person's after ("Shri T. Girish" is T. Girish).
  const fold = (tokens: readonly string[]) => tokens.map((t, i) => (i === 0 && ORNAMENTS.has(t) ? 'sri' : t));
  const tokens = personal ? fold(withoutSuffixes(withoutTitles(forms.tokens, 2), 2).tokens) : organisationTokens(fold(forms.tokens));
  // The articles only in a name written in French: another of French's articles or prepositions stands apart from it ("Le
  // Café des Arts", "Résidence Les Coteaux"); by the name alone, as one customer's records without its place read alike
  // (a Québec record's "Bistro Le Manoir Ltée" read two ways by its region). Elsewhere they are names: Le and Du
  // Vietnamese family names ("Tran & Le Dental Group", "Le Family Trust"), Les and Des given names ("Les Schwab"), "Des
  // Moines" a town. Never one that ends the name or stands beside "and" ("Law Office of Kim Le").
  // "Des" and "Aux" inside a name are French's whatever else it holds ("Café des Arts"), so that a record without another article reads alike.
  const frenchWords = tokens.map((t) => ARTICLES.has(t) || t === 'de' || t === 'la' || t === 'et' || t === 'copro');
  const article = (t: string, i: number) =>
    ARTICLES.has(t) &&
    i < tokens.length - 1 &&
    tokens[i - 1] !== 'and' &&
    tokens[i + 1] !== 'and' &&
    (((t === 'des' || t === 'aux') && i > 0) || frenchWords.some((f, j) => f && j !== i && (Math.abs(j - i) > 1 || tokens[j] === 'copro')));
  // A branch's word ("Suc.", "Sucursal") before its site's name, as a dash or brackets set it apart ("Materiales Santa Elena Suc.
  // Riberas del Pilar" / "… (Riberas del Pilar)"): no word of the name.
  // Portuguese fillers only in a name written in Portuguese: a firm's word of Brazil's or Portugal's stands in it (read from the words as written).
  const portuguese = !personal && forms.tokens.some((t) => PORTUGUESE_FIRM_WORDS.has(t));
  // "An" ending a person's name is a given name (Vietnam's, China's: "Nguyễn Văn An"; vn-dientu read), no article.
  const kept = tokens.filter((t, i) => !(FILLER.has(t) && !(personal && t === 'an' && i === tokens.length - 1 && i > 0)) && (personal || (!article(t, i) && !(portuguese && ORGANISATION_FILLER.has(t) && i > 0 && i < tokens.length - 1 && !isGivenName(tokens[i - 1] ?? '')) && !(t === 'sucursal' && i > 0 && i < tokens.length - 1))));
  return arabicNamesJoined(kept, c !== undefined && arabRecord(c)).map(givenNameCanonical);
}

/** Words that open with "El"/"Al" and are no article's ("Alexandria", "Elizabeth"). */
const NOT_ARTICLED = new Set(['alpine', 'alliance', 'allied', 'alpha', 'element', 'elements', 'elegant', 'elegance', 'electric', 'electrical', 'electronic', 'electronics', 'electro', 'elevator', 'elevators', 'elite', 'alarm', 'alarms', 'aluminium', 'aluminum', 'altitude', 'always', 'allure', 'alter', 'alternative', 'elevate', 'elevation', 'elephant', 'elixir', 'ellipse', 'eleven', 'alloy', 'alloys', 'allround', 'alumni', 'alvarez', 'almighty', 'alright', 'alchemy', 'album', 'algebra', 'algorithm', 'alkaline', 'alberta', 'alaska', 'alabama', 'elgin', 'elmira', 'elwood', 'elkhart', 'elmhurst', 'elsewhere', 'elastic', 'elbow', 'elder', 'elders', 'eldorado', 'election', 'elegante', 'alexandria', 'alexander', 'alexandra', 'alexis', 'elizabeth', 'eliza', 'elias', 'eliana', 'elena', 'elisa', 'alberto', 'albert', 'alfredo', 'alfred', 'almond', 'allison', 'elmore', 'elliot', 'elliott', 'elvira', 'eleanor', 'alvaro', 'almaz', 'alfonso', 'alessandro', 'alessandra', 'alexa', 'elsayedy']);
/** "Abd" and its forms with the article ("Abdel", "Abdul", "Abd El", "Abdul-"), before the name it joins ("Abdel Rahman"). */
const ABD_FORMS = new Set(['abd', 'abdel', 'abdul', 'abdal', 'abdil', 'abdol', 'abdoul', 'abdou', 'abdu']);
const ABD_WITH_ARTICLE = new Set(['abdel', 'abdul', 'abdal', 'abdil', 'abdol', 'abdoul']);
/** The names "Abd" ("servant of") is written before: God's, and the Copts' "Messih" ("Abd El Aziz", "Abdel Messih"). */
const DIVINE_NAMES = new Set(['rahman', 'rahim', 'aziz', 'allah', 'alla', 'hamid', 'hameed', 'karim', 'kareem', 'latif', 'lateef', 'majid', 'maguid', 'meguid', 'salam', 'moneim', 'monem', 'nasser', 'naser', 'razek', 'razik', 'razzaq', 'fattah', 'ghani', 'hadi', 'halim', 'hakim', 'jalil', 'galil', 'kader', 'qader', 'qadir', 'wahab', 'wahhab', 'wahed', 'raouf', 'rauf', 'sattar', 'samad', 'malek', 'malik', 'maksoud', 'maqsoud', 'messih', 'masih', 'nour', 'nur', 'baset', 'basit', 'alim', 'aleem', 'azim', 'azeem', 'khalek', 'khaliq', 'hafiz', 'hafeez', 'gawad', 'jawad', 'ghaffar', 'mottaleb', 'muttalib', 'mutalib', 'shafi', 'shafy', 'wahid', 'bari', 'hai', 'hay', 'kawi', 'qawi', 'mohsen', 'muhsin', 'lah', 'illah', 'ellah', 'ullah', 'elah', 'ilah', 'rasoul', 'rasul', 'nabi', 'samie', 'sami', 'tawab', 'tawwab', 'salam', 'mannan', 'rashid', 'rasheed', 'hamid', 'ati', 'aal', 'moez', 'muiz', 'badie', 'fatah', 'ghafour', 'ghafoor', 'halem', 'wadud', 'wadoud', 'mageed', 'majeed']);

/**
 * Arabic names' and organisations' words as one form: "Abd El Aziz", "Abdel Aziz", "Abdul Aziz", "Abdelaziz", "Abdulaziz" as
 * "abdaziz"; "Abdurrahman" (the article's "l" as the next letter) as "abdrahman"; and in an Arab country's record the article
 * joined to a word of four letters or more ("Elkawsar", "Elwafa", "Alnour") off, as it is written apart ("El Kawsar": eg-tawrid read).
 */
function arabicNamesJoined(tokens: readonly string[], arab: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] ?? '';
    const next = tokens[i + 1];
    // "Abd" bare or "Abdou" only before one of God's names ("Abdou Diallo" is Abdou, Diallo); with its article ("Abdel", "Abdul") before any.
    const divine = (w: string) => DIVINE_NAMES.has(w.replace(/^(?:el|al)(?=[a-z]{3,})/, ''));
    if (ABD_FORMS.has(t) && next !== undefined && /^[a-z]{3,}$/.test(next) && !ABD_FORMS.has(next) && (ABD_WITH_ARTICLE.has(t) || divine(next))) {
      out.push(`abd${next.replace(/^(?:el|al)(?=[a-z]{3,})/, '')}`);
      i += 1;
      continue;
    }
    const joined = /^abd(?:el|al|ul|il|ol|oul)([a-z]{4,})$/.exec(t) ?? /^abd(?:u|e|a|ou)([tdsrzln])\1([a-z]{2,})$/.exec(t);
    if (joined !== null && !/^(?:lah|lahi|la)$/.test(joined[1] ?? '')) {
      out.push(`abd${joined[1] ?? ''}${joined[2] ?? ''}`);
      continue;
    }
    // The article written apart ("Pharmacy Al Wafaa"), as "el" is (a filler word).
    if (arab && t === 'al' && next !== undefined) continue;
    out.push(arab && /^(?:el|al)[a-z]{4,}$/.test(t) && !NOT_ARTICLED.has(t) ? t.slice(2) : t);
  }
  return out;
}

/**
 * An organisation's name with the legal form that ends its name before its site, branch or
 * outlet taken off ("Shawarma Station Grill L.L.C - Al Danah", "Isfahan Palm Contracting L.L.C.
 * (Abu Dhabi Branch)"), as it is where the name ends with it: the same outlet written with its
 * form and without, or with another spelling of it.
 */
function withoutFormBeforeSite(raw: string): string {
  // A name longer than this is read as written: cut, its end would be taken for a site's.
  if (raw.length > 300) return raw;
  const text = raw;
  const m = /^([^()]+?)(\s[-\u2013\u2014]\s+[^-\u2013\u2014()]+|\s*\([^()]+\))\s*$/.exec(text);
  const branch = m === null ? BRANCH_AFTER_FORM.exec(text) : null;
  // Or with no dash at all ("Trinity Resources Unlimited, Inc. High Mountain"), as the same site's record
  // with its dash reads (`- High Mountain`): a chain's sites were one name with the dash and another without.
  const bare = m === null && branch === null ? FORM_BEFORE_WORDS.exec(text) : null;
  // Words of a site's name: one of three letters or more (not a series' "V"), no trading name's, trust's or partner's.
  const plain = bare !== null && /[a-z]{3}/i.test(bare[2] ?? '') && !NOT_BRANCH.test(bare[2] ?? '') && !/\b(?:trust|fund|partnership|trustee|atf|and|co|company)\b/i.test(bare[2] ?? '') ? bare : null;
  // The name up to its form, and the words after it.
  const split = (found: RegExpExecArray, words: string): [string, string] => [text.slice(0, found.index + found[0].length - words.length), ` ${words}`];
  const [name, site] = m !== null ? [m[1], m[2]] : branch !== null ? split(branch, branch[1] ?? '') : plain !== null ? split(plain, plain[2] ?? '') : [undefined, undefined];
  // A count after the name is QuickBooks' for a second customer of one name ("Kaur Childcare Ltd - 2"), read where numbers are: no site's.
  if (name === undefined || site === undefined || !/\p{L}/u.test(site)) return raw;
  const head = normaliseText(name);
  const stripped = stripLegalSuffixes(head);
  return stripped === head || stripped === '' ? raw : `${stripped}${site}`;
}

/** A company's legal form inside its name, one to four words after it ("… Unlimited, Inc. High Mountain", "… LLC Al Danah"). */
// The words apart by spaces: with "\s*" between them a long word could be cut into up to four in every way (the
// same matches, tried at a cost cubic in its length).
const FORM_BEFORE_WORDS = /^(.+?[^\s,])[,\s]+(?:inc|incorporated|llc|l\.\s?l\.\s?c|ltd|plc|llp|gmbh|fze|fzco|dmcc)\.?[,\s]+([a-z][a-z'.]*(?:\s+[a-z][a-z'.]*){0,3})\s*$/i;

/**
 * Trades' and firms' words written short, no word of their own ("Equip.", "Bldg.", "Maint.", "Mgmt", "Servs."): one makes a display
 * an organisation's as the word written out does. Not the whole words the abbreviations read as one ("Mount", "Center",
 * "National": "Sarah Jane Mount" is a person's name, a review's finding).
 */
const SHORT_TRADE_FORMS = new Set(['equip', 'eqpt', 'bldg', 'maint', 'serv', 'servs', 'svcs', 'srvs', 'srvcs', 'mfg', 'mfrs', 'intl', 'intnl', 'mgmt', 'mgt', 'natl', 'ctr', 'cntr', 'mtn', 'mt', 'dept', 'univ', 'hldg', 'hldgs', 'trdg', 'trdng', 'contg', 'contrg', 'engg', 'engrg', 'wkshp', 'wshop', 'plbg', 'htg']);

/** Short forms read as written where they open a name (`organisationTokens`). */
const OPENING_WORDS_AS_WRITTEN = new Set(['gen', 'fab', 'sch', 'equip', 'maint']);

/** Words written with a slash that are one word ("W/Shop"). */
const SLASHED_WORDS = new Map([['w shop', 'workshop']]);

/**
 * An organisation's name tokens, abbreviations to one form; titles that open a name with no
 * organisation's or trade's word dropped ("Mr & Mrs Smith" is the Smiths, not two people who
 * share "Mr" and "Mrs" with the Joneses), kept in one that has them ("Captain Plumbing").
 */
function organisationTokens(tokens: readonly string[]): string[] {
  const business = tokens.some((t) => ORGANISATION_WORDS.has(t) || TRADE_WORDS.has(t) || SHOP_WORDS.has(t));
  // Street types only in a name that holds its building's number ("7803 Yale Ave LLC"; not "RD Electric", "Court Plumbing"),
  // or a condominium's ("Bd of Mgrs of the Hawthorne Condominium").
  const street = tokens.some((t) => /^\d/.test(t) || t === 'condominium' || t === 'condo');
  const joined = withPhrasesInitialled(tokens).flatMap((t, i, all) => (SLASHED_WORDS.has(`${all[i - 1] ?? ''} ${t}`) ? [] : [SLASHED_WORDS.get(`${t} ${all[i + 1] ?? ''}`) ?? t]));
  const read = initialisms(business ? joined : withoutTitles(joined, 1));
  // A compass point's letter before a street's ordinal ("673 E 14th Street" / "673 East 14th Street"), written out.
  const compass = (t: string, i: number) => (/^\d+(?:st|nd|rd|th)$/.test(read[i + 1] ?? '') ? COMPASS_POINTS.get(t) : undefined);
  // Short forms that are given names or words of their own ("Gen Tanaka DDS", "Fab Lab") are read only after the name's first word.
  // "Bld." a Turkish municipality's ("Beypazarı Bld. İmar Müdürlüğü") only in a name of its directorate's: elsewhere a building's (a review's finding).
  const municipal = tokens.some((t) => t === 'mudurlugu' || t === 'baskanligi');
  const abbreviation = (t: string, i: number) => (t === 'bld' && municipal ? 'belediyesi' : i === 0 && OPENING_WORDS_AS_WRITTEN.has(t) ? undefined : ORGANISATION_ABBREVIATIONS.get(t));
  return owners(read.map((t, i) => compass(t, i) ?? (street ? STREET_WORDS.get(t) : undefined) ?? abbreviation(t, i) ?? t));
}

/**
 * Bodies of two words that their lists write by their initials as often ("WM os. Tysiąclecia 91" / "Wspólnota Mieszkaniowa
 * os. Tysiąclecia 91", "UG Komorniki" / "Urząd Gminy Komorniki": pl-hurtownia read): read as the initials.
 */
const INITIALLED_PHRASES: ReadonlyMap<string, string> = new Map([
  ['wspolnota mieszkaniowa', 'wm'],
  // Québec's childcare centre and school service centre, written out or by their initials ("Centre de la petite enfance Les
  // Écureuils" / "CPE Les Écureuils", "Centre de services scolaire des Affluents" / "CSS des Affluents": qc-plomberie read).
  ['centre de la petite enfance', 'cpe'],
  ['centre petite enfance', 'cpe'],
  ['centre de services scolaire', 'css'],
  ['centre services scolaire', 'css'],
  ['urzad gminy', 'ug'],
  ['urzad miasta', 'um'],
  ['spoldzielnia mieszkaniowa', 'sm'],
  // Vietnamese firms' trades, written out or by their initials as often ("Thương mại Dịch vụ" / "TM DV", "Xây dựng" / "XD",
  // "Sản xuất" / "SX", "Xuất nhập khẩu" / "XNK", "Cơ điện lạnh" / "CĐL", "Hộ kinh doanh" / "HKD": vn-dientu read).
  ['thuong mai', 'tm'],
  ['dich vu', 'dv'],
  ['xay dung', 'xd'],
  ['san xuat', 'sx'],
  ['ky thuat', 'kt'],
  ['vat lieu', 'vl'],
  ['tu van', 'tv'],
  ['xuat nhap khau', 'xnk'],
  ['co dien lanh', 'cdl'],
  ['ho kinh doanh', 'hkd'],
  ['ho kd', 'hkd'],
  ['cua hang', 'ch'],
  // A ward's or a district's bodies, which share its building and switchboard and are billed apart (vn-dientu read): each one
  // word, read as an institution's kind (`INSTITUTION_KINDS`).
  ['uy ban nhan dan', 'ubnd'],
  ['mat tran to quoc', 'mttq'],
  ['dang uy', 'danguy'],
  ['hoi lien hiep phu nu', 'hoiphunu'],
  ['hoi phu nu', 'hoiphunu'],
  ['ban chi huy quan su', 'bchqs'],
  ['tram y te', 'tramyte'],
  ['cong an', 'congan'],
  ['doan thanh nien', 'doanthanhnien'],
  // An apartment building's management board, its owners' own ("Ban Quản lý Chung cư Ruby Garden", "BQL Chung cư …"): an HOA's kind.
  ['ban quan ly chung cu', 'hoa'],
  ['ban quan ly toa nha', 'hoa'],
  ['bql chung cu', 'hoa'],
  ['bql toa nha', 'hoa'],
  ['bql cc', 'hoa'],
  // Finland's housing company (asunto-osakeyhtiö, its flats' owners' own: Sweden's "Brf"), written every way and in Swedish
  // ("Asunto Oy", "As Oy", "As. Oy", "Asunto-osakeyhtiö", "Bostads Ab", "Bost. Ab"), its housing co-operative, and its property
  // company (kiinteistöosakeyhtiö: "Kiinteistö Oy", "Kiint. Oy", "Koy", "Fastighets Ab"): one word each, read as a kind's
  // (fi-isannointi read: "As Oy Tampereen Koivulehto" / "As Oy Kaukajärven Kaari" shared "as" and "oy" as words of their names).
  ['asunto oy', 'asoy'],
  ['as oy', 'asoy'],
  ['as oy n', 'asoy'],
  ['asunto osakeyhtio', 'asoy'],
  ['asunto osakeyhtioe', 'asoy'],
  ['bostads ab', 'asoy'],
  ['bost ab', 'asoy'],
  ['bost s ab', 'asoy'],
  ['bostads aktiebolag', 'asoy'],
  ['bostads aktiebolaget', 'asoy'],
  ['asunto osuuskunta', 'asosk'],
  ['asunto osk', 'asosk'],
  ['as osk', 'asosk'],
  ['kiinteisto oy', 'koy'],
  ['kiinteistoe oy', 'koy'],
  ['kiint oy', 'koy'],
  ['kiinteisto osakeyhtio', 'koy'],
  ['fastighets ab', 'koy'],
  ['fast ab', 'koy'],
  ['fastighets aktiebolag', 'koy'],
  ['fastighets aktiebolaget', 'koy'],
]);
const PHRASE_OPENINGS = new Set([...INITIALLED_PHRASES.keys()].map((p) => p.split(' ')[0] ?? ''));
function withPhrasesInitialled(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => PHRASE_OPENINGS.has(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    // The longest phrase first, of five words to two.
    let n = 5;
    while (n >= 2 && INITIALLED_PHRASES.get(tokens.slice(i, i + n).join(' ')) === undefined) n -= 1;
    if (n >= 2) {
      out.push(INITIALLED_PHRASES.get(tokens.slice(i, i + n).join(' ')) ?? '');
      i += n - 1;
    } else out.push(tokens[i] ?? '');
  }
  return out;
}

const COMPASS_POINTS: ReadonlyMap<string, string> = new Map([
  ['e', 'east'],
  ['w', 'west'],
  ['n', 'north'],
  ['s', 'south'],
]);

/** "Sri", "Shri", "Shree", "Sree": an honour a name opens with, written four ways. */
const ORNAMENTS = new Set(['sri', 'shri', 'shree', 'sree']);

/** "M/s" (Messrs) before a firm's name of two words or more, as India's and Pakistan's invoices write it ("M/S. Royal Medicals", "Messrs. Ampere Industries LLP"): no word of the name ("M/S Trucking" keeps it). */
const MESSRS = /^\s*(?:m\s*\/\s*s\b\.?|messrs\b\.?|messers\b\.?)\s*(?=[^\s,]+[\s,]+[^\s,])/i;

/** The contact without "M/s" before its display or company name. */
function withoutMessrs(c: CustomerContact): CustomerContact {
  const drop = (v: string | null | undefined) => (typeof v === 'string' ? v.replace(MESSRS, '') : v);
  return { ...c, displayName: drop(c.displayName), companyName: drop(c.companyName) };
}

/** A letter of a form written with dots or without ("S.A.R.L.", "SARL", "S.C.I"). */
const dotted = (letters: string) => [...letters].join('\\.?\\s?');
/** France's forms no other country's name opens with ("SARL Fromagerie Bertin", "EURL Roux"), before a name of one word or more. */
const OPENING_FORM = new RegExp(`^\\s*(${['sarl', 'sasu', 'eurl', 'selarl'].map(dotted).join('|')})\\.?(?:\\s*,\\s*|\\s+)(?=[^\\s,]{2})`, 'i');
/**
 * France's forms that open other names too ("SAS Institute", "SCI Engineered Materials", "SCP Pool", "SNC-Lavalin"): read
 * as forms before two words or more only written with their dots ("S.A.S.", "S.C.I"), in a record of a French-speaking
 * place (`frenchPlace`), or before a name written in French (an accent, an article: "SAS Noël Textile", "SCI Les Lilas").
 */
const OPENING_FORM_OF_FRANCE = new RegExp(`^\\s*(${['sas', 'sci', 'snc', 'scp', 'scop', 'selas'].map(dotted).join('|')})\\.?\\s+(?=[^\\s,]+[\\s,]+[^\\s,])`, 'i');
/** A name written in French: an accented letter, an article or a preposition of its own ("Noël", "Les Lilas", "du Parc", "L'Orangerie"). */
const WRITTEN_IN_FRENCH = /[éèêëàâçôîïûù]|(?:^|\s)(?:le|la|les|du|des|aux|l'|d'|l’|d’)(?:\s|\p{L})/iu;
/**
 * A sole trader's mark that opens the name in France ("EI Roux Agencement", "E.I. Roux", "EIRL Roux"): no company's form,
 * the trader's business. Only in a record of a French-speaking place: Burmese names hold "Ei" ("Ei Phyu Sin").
 */
const SOLE_TRADER_MARK = /^\s*(?:EIRL|E\.\s?I\.\s?R\.\s?L\.?|EI|E\.\s?I\.)\s+(?=[A-ZÀ-Ý][a-zà-ÿ]+[\s,]+\S)/;
/**
 * "Société" or "Sté" (company) that opens a firm's name before two words or more ("Société Haddad Sécurité SAS", "Sté
 * Bernard Plomberie SARL"), as "Company" ends one; "Ste" without its accent only before a name that ends in France's form
 * (it is Sainte as often: "Ste Marie Bakery Inc", "Ste. Michelle Wine Estates Ltd").
 */
const OPENING_COMPANY = /^\s*(?:soci[eé]t[eé]|st[eé])(?=[\s.])\.?\s+(?=[^\s,]+[\s,]+[^\s,])/i;
/** Sweden's limited company opening its name ("Aktiebolaget Ekbacken", "Aktiebolaget FK Snickeri"): se-bokforing read. */
const SWEDISH_OPENING_FORM = /^\s*aktiebolaget\s+(?=\S)/i;
/** Finland's sole trader's mark opening the firm's name ("Tmi Valokuvaamo J. Taskinen", "T:mi Kotisiivous", "Toiminimi …"): fi-isannointi read. */
const FINNISH_OPENING_SOLE_TRADER = /^\s*(?:tmi|t:mi|toiminimi)\.?\s+(?=\S)/i;
const FRENCH_FORM_AT_END = /\b(?:sarl|sas|sasu|eurl|sci|snc|selarl|selas|scp)$/;
/** Mexico's civil association and civil company, written with their dots after a name ("Colegio Americano A.C."), where it is one (`civilBody`). */
const CIVIL_FORM = /^(\s*(\p{L}+)[\s,]+\S.*?)[\s,]+([AS])\.\s?C\.\s*$/u;

/** Words of Mexico's civil associations' and companies' names ("Colegio …", "Fundación …", "… y Asociados", "Despacho …"). */
const CIVIL_WORDS = new Set([
  'colegio', 'escuela', 'instituto', 'asociacion', 'fundacion', 'club', 'centro', 'camara', 'patronato', 'union', 'sociedad', 'consultores', 'asociados',
  'abogados', 'contadores', 'despacho', 'grupo', 'hospital', 'clinica', 'iglesia', 'comite', 'federacion', 'liga', 'casa', 'hogar', 'academia', 'universidad',
]);
/** A name before "A.C." or "S.C." that is an association's or a firm's: no person's fields, and three words or a word of theirs ("Colegio Americano"; not "Ramesh Kumar S. C."). */
function civilBody(name: string, c: CustomerContact): boolean {
  if (nameWritten(c.givenName) || nameWritten(c.familyName)) return false;
  const words = tokensOf(normaliseText(name));
  return words.length >= 3 || words.some((w) => CIVIL_WORDS.has(w));
}

/** A record of a French-speaking place: France, Belgium, Switzerland, Luxembourg or Monaco, or Québec, by its address or its phone's calling code. */
function frenchPlace(c: CustomerContact): boolean {
  const country = countryOf(c.address?.country);
  if (country !== null && ['FR', 'BE', 'CH', 'LU', 'MC'].includes(country)) return true;
  if (/^(?:qc|quebec|pq)$/.test(normaliseText(c.address?.region))) return true;
  return /^\s*(?:\+|00)\s*(?:33|32|41|352|377)\b/.test(c.phone ?? '');
}

/**
 * The display and company names with a legal form that opens them moved to their end, where forms are read ("SARL
 * Fromagerie Bertin" is "Fromagerie Bertin SARL"), and "Société", "Sté" or a sole trader's "EI" before them dropped; a
 * name already ending in a form keeps the words that open it ("SAS Institute Inc").
 */
/**
 * Vietnam's forms as they open a company's name, however written ("Công ty TNHH", "Cty TNHH MTV", "C.ty Trách nhiệm Hữu hạn",
 * "Công ty Cổ phần", "CTCP", "Cty CP", "Doanh nghiệp Tư nhân", "DNTN", "Công ty" alone), on the name's normalised text: moved after
 * the name as its English name writes them ("… Co., Ltd.", "… JSC"; vn-dientu read: "Công ty TNHH X" and "X" shared some words).
 */
const VIETNAMESE_OPENING_FORM = /^(?:(?:cong ty|c ty|cty)\s+(?:(trach nhiem huu han|tnhh)(?:\s+(?:mot thanh vien|mtv|hai thanh vien|2tv))?|(co phan|cp))|(ctcp)|(doanh nghiep tu nhan|dntn)|(cong ty|cty))\s+(?=\S+)/;

/**
 * What a record says of Vietnam, read once per record (`linkageRecord`) and handed to each reading that asks: its names written
 * in Vietnam's own letters (`VIETNAMESE_LETTERS`), its address as Vietnam writes one (`VIETNAMESE_ADDRESS`, an old import's
 * mojibake spelt again first), a number written +84.
 */
interface VietnameseSignals {
  letters: boolean;
  address: boolean;
  phone: boolean;
}

function vietnameseSignals(c: CustomerContact): VietnameseSignals {
  const written = (values: ReadonlyArray<string | null | undefined>, by: string) => values.filter((v): v is string => typeof v === 'string').join(by);
  return {
    letters: VIETNAMESE_LETTERS.test(written([c.givenName, c.familyName, c.displayName, c.companyName], ' ').normalize('NFD')),
    address: VIETNAMESE_ADDRESS.test(withoutMojibake(written([c.address?.line1, c.address?.line2, c.address?.city, c.address?.region, c.address?.country], ', '))),
    phone: /^\s*(?:\+|00)\s*84/.test(c.phone ?? ''),
  };
}

function withVietnameseFormAtEnd(v: string, vietnamese: boolean): string {
  const text = normaliseText(v);
  const form = VIETNAMESE_OPENING_FORM.exec(text);
  if (form === null) return v;
  const rest = text.slice(form[0].length).trim();
  if (rest === '' || COMPANY_FORM.test(rest)) return v;
  // "Công ty" alone, "Cty" and "Cty CP" only in a Vietnamese record ("Cty Line Feed" is a county's: a review's finding).
  if ((form[5] !== undefined || /^c\s?ty\b/.test(text) && form[1] === undefined && form[2] === undefined) && !vietnamese) return v;
  return `${rest} ${form[1] !== undefined ? 'TNHH' : form[2] !== undefined || form[3] !== undefined ? 'CTCP' : form[4] !== undefined ? 'DNTN' : 'Co'}`;
}

/**
 * Romania's sole traders' forms, written before the name or after it, with dots or without, or in full ("P.F.A. Ghiurca Rodica",
 * "Sima Veronica - P.F.A.", "Persoană Fizică Autorizată Nedelcu Emanuel", "Î.I. Popescu Ion", "Întreprindere Familială …"):
 * the form after the name, in one spelling ("Ghiurca Rodica PFA"), so that the trader's registered business reads as a company
 * named for the person, billed apart from the person's own account (ro-constructii read: read as the person, eleven linked to
 * the owner's private account). "S.C." (societate comercială) before a company's name is no word of it ("S.C. Edilcom Serv S.R.L.").
 */
const ROMANIAN_SOLE_TRADER = /^\s*(?:p\.?\s?f\.?\s?a\.?|persoan[aă]\s+fizic[aă]\s+autorizat[aă]|[iî]\.\s?[iî]\.?|[iî]ntreprindere\s+individual[aă]|[iî]\.\s?f\.?|[iî]ntreprindere\s+familial[aă])(?:\s*[-–,]\s*|\s+)(?=\p{L})|(?:\s*[-–,]\s*|\s+)(?:p\.?\s?f\.?\s?a\.?|persoan[aă]\s+fizic[aă]\s+autorizat[aă]|[iî]\.\s?[iî]\.?|[iî]ntreprindere\s+individual[aă]|[iî]\.\s?f\.?|[iî]ntreprindere\s+familial[aă])\s*$/iu;
const ROMANIAN_COMPANY_OPENING = /^\s*s\.\s?c\.\s*(?=\p{L}.*\b(?:s\.?\s?r\.?\s?l|s\.\s?a)\.?\s*$)/iu;
/** A record of Romania: its country, its phone's code, its mailbox's domain, or Romanian's own letters ("ă", "ș", "ț"; not "â", "î", French's too). */
function romanianRecord(c: CustomerContact): boolean {
  const country = countryOf(c.address?.country);
  if (country !== null) return country === 'RO' || country === 'MD';
  return /^\s*(?:\+|00)\s*40/.test(c.phone ?? '') || /\.ro\s*$/i.test(c.email ?? '') || /[ășțşţ]/iu.test(`${c.displayName ?? ''} ${c.companyName ?? ''} ${c.address?.city ?? ''}`);
}
function withRomanianFormsRead(raw: string): string {
  const trader = ROMANIAN_SOLE_TRADER.exec(raw);
  const text = trader === null ? raw : `${(raw.slice(0, trader.index) + raw.slice(trader.index + trader[0].length)).trim()} PFA`;
  return text.replace(ROMANIAN_COMPANY_OPENING, '');
}

function withFormAtEnd(c: CustomerContact, vn: VietnameseSignals): CustomerContact {
  const french = frenchPlace(c);
  const vietnamese = vn.letters || vn.address || vn.phone;
  const romanian = romanianRecord(c);
  const spanish = !romanian && !vietnamese && spanishRecord(c);
  const latin = !romanian && !vietnamese;
  const read = (raw: string | null | undefined) => {
    if (typeof raw !== 'string' || raw.length > 300) return raw;
    const v = withVietnameseFormAtEnd((romanian ? withRomanianFormsRead(raw) : latin ? withSpanishClubKinds(raw, spanish) : raw).replace(TURKISH_AS, '$1Anonim Şirketi'), vietnamese);
    let text = french ? v.replace(SOLE_TRADER_MARK, '') : v;
    // Sweden's "Aktiebolaget Ekbacken", "AB Kvarnfallet" (a company's register name written form first): the form after the name.
    const swedish = SWEDISH_OPENING_FORM.exec(text);
    if (swedish !== null && !COMPANY_FORM.test(normaliseText(text.slice(swedish[0].length)))) text = `${text.slice(swedish[0].length).trim()} AB`;
    // Finland's "Tmi Valokuvaamo J. Taskinen": the form after the name ("Valokuvaamo J. Taskinen Tmi"), as "Hieronta Mervi Paananen Tmi" writes it.
    const finnish = FINNISH_OPENING_SOLE_TRADER.exec(text);
    if (finnish !== null && !COMPANY_FORM.test(normaliseText(text.slice(finnish[0].length)))) text = `${text.slice(finnish[0].length).trim()} Tmi`;
    const company = OPENING_COMPANY.exec(text);
    if (company !== null && (!/^\s*ste\b/i.test(text) || FRENCH_FORM_AT_END.test(normaliseText(text)))) text = text.slice(company[0].length);
    const civil = CIVIL_FORM.exec(text);
    if (civil !== null && civilBody(civil[1] ?? '', c)) text = `${civil[1] ?? ''} ${civil[3] === 'A' ? 'Asociación Civil' : 'Sociedad Civil'}`;
    const form = OPENING_FORM.exec(text) ?? OPENING_FORM_OF_FRANCE.exec(text);
    if (form === null) return text;
    const written = form[1] ?? '';
    const rest = text.slice(form[0].length).trim();
    if (form[0] !== OPENING_FORM.exec(text)?.[0] && !(french || /\./.test(written) || WRITTEN_IN_FRENCH.test(rest))) return text;
    // Not where the name ends in a form too ("SAS Institute Inc", "SARL Dupont SARL"): read as written.
    return COMPANY_FORM.test(normaliseText(rest)) ? text : `${rest} ${written.replace(/[.\s]/g, '')}`;
  };
  return { ...c, displayName: read(c.displayName), companyName: read(c.companyName) };
}

/** Turkey's "A.Ş." (Anonim Şirketi) written with its "Ş", spelt out: "A S" alone is a person's initials as often ("SMITH A S": a review's finding). */
const TURKISH_AS = /(^|\s)A\.?\s?Ş\.?(?=\s|$|,)/giu;

/** Initialisms names write with dots or spaces ("H.O.A.", "P T A"): one word, as written without them. */
// Québec's: a syndicat de copropriété ("S.D.C."), a childcare centre ("C.P.E.", centre de la petite enfance), a school service
// centre ("C.S.S.", centre de services scolaire): qc-plomberie read.
const INITIALISMS = new Set(['hoa', 'poa', 'coa', 'pta', 'pto', 'ymca', 'ywca', 'it', 'sdc', 'cpe', 'css']);

/** A run of single letters that spells a known initialism is one word ("H.O.A."; not "T/A", "B.V."). */
function initialisms(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && /^[a-z]$/.test(tokens[j] ?? '')) j += 1;
    if (j - i >= 2 && INITIALISMS.has(tokens.slice(i, j).join(''))) {
      out.push(tokens.slice(i, j).join(''));
      i = j;
    } else if (j - i >= 2) {
      // A longer run is someone's initials, not an initialism inside it ("J.I.T.": j, i, t).
      out.push(...tokens.slice(i, j));
      i = j;
    } else {
      out.push(tokens[i] ?? '');
      i += 1;
    }
  }
  return out;
}

/** "Owners", "Homeowners", or a slip of the latter ("Homsowners"). */
const ownersWord = (t: string): boolean =>
  t === 'owners' || t === 'owner' || t === 'homeowners' || t === 'homeowner' || (t.length >= 8 && (oneEditApart(t, 'homeowners') || oneEditApart(t, 'homeowner')));

/**
 * A homeowners' association however written, to one word: "Homeowners Association", "Home Owners
 * Assn", "Owners Association", "Property Owners Association", "HOA", "POA" are one kind of customer.
 */
function owners(tokens: string[]): string[] {
  const out: string[] = [];
  // A syndicat des copropriétaires is named by its résidence, written or not ("Synd. Copro. Résidence Les Tilleuls" /
  // "SDC Les Tilleuls"): the building's word is no word of its name, as an association's kind is none of an HOA's.
  // Its form in one word however written ("Syndicat des copropriétaires", "Synd. Copro.", "SDC", "Copropriété"), as an HOA's is.
  const sdc = tokens[0] === 'sdc' && ['le', 'les', 'la', 'du', 'des', 'l', 'resid'].includes(tokens[1] ?? '');
  const syndicat = sdc || tokens.includes('copro');
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (syndicat && (t === 'resid' || t === 'res' || (t === 'synd' && tokens.includes('copro')))) continue;
    if (sdc && i === 0) out.push('copro');
    else if (t === 'poa' || t === 'vve') out.push('hoa');
    // Turkey's apartment and housing estate managements, the owners' own ("Çiçek Apartmanı Yönetimi", "Deniz Apt. Yön.", "Onur
    // Sitesi Yönetimi": tr-yapi read; one manager's several at his own mailbox): the building's kind no word of the name.
    else if ((t === 'apts' || t === 'apt' || t === 'sitesi' || t === 'site' || t === 'sit') && (next === 'yonetim' || next === 'yon')) {
      out.push('hoa');
      i += 1;
    }
    // The Netherlands' owners' association ("VvE", "V.v.E.", "Vereniging van Eigenaars": nl-installatie read), an HOA's kind.
    else if (t === 'v' && next === 'v' && tokens[i + 2] === 'e') {
      out.push('hoa');
      i += 2;
    } else if (t === 'vereniging' && next === 'van' && tokens[i + 2] === 'eigenaars') {
      out.push('hoa');
      i += 2;
    }
    // "No." before a number ("Filing No. 6" / "Filing #6").
    else if ((t === 'no' || t === 'nr' || t === 'number') && /^\d/.test(next ?? '')) continue;
    else if (t === 'home' && next === 'owners' && tokens[i + 2] === 'assn') {
      out.push('hoa');
      i += 2;
    } else if (next !== undefined && (next === 'assn' || (next.length >= 9 && oneEditApart(next, 'association'))) && ownersWord(t)) {
      // "Property Owners Association": the property is the association's kind, not a word of its name.
      if (out[out.length - 1] === 'ppty') out.pop();
      out.push('hoa');
      i += 1;
    } else out.push(t);
  }
  return out;
}

/**
 * Words of organisations' names and their usual abbreviations, to one form ("Smith Bros
 * Roofing" = "Smith Brothers Roofing", "Evergreen Cleaning Svcs" = "... Services"). Not the
 * abbreviations of two words: Ent (enterprises, ear-nose-throat), Ind, Sol, Ins, Med, Hosp, Inst,
 * Dist, Const. (Assoc and Props are read as association and properties since the eleventh stop:
 * associates write themselves out, and a property manager's list holds many more of each.)
 */
const ORGANISATION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    bros: ['brothers', 'bro', 'bros', 'hermanos', 'hnos'],
    // Finland's housing and property companies' forms written as one word (`INITIALLED_PHRASES` reads those of two), and
    // Tampere's genitive written short ("As Oy Tre Honkaharju" / "As Oy Tampereen Honkaharju": fi-isannointi read).
    asoy: ['asoy', 'bostadsaktiebolaget', 'bostadsaktiebolag', 'asuntoosakeyhtio'],
    koy: ['koy', 'kiinteistoosakeyhtio', 'kiinteistooy', 'fastighetsaktiebolaget', 'fastighetsaktiebolag'],
    tampereen: ['tampereen', 'tre'],
    sons: ['sons', 'hijos'],
    sucursal: ['sucursal', 'suc'],
    // Spanish and Portuguese "Servicios", "Serviços", "Servs." too ("Servs. Admvos.", "Serv. Alimentação").
    svc: ['services', 'service', 'svcs', 'svc', 'srvs', 'srvcs', 'servicios', 'servicos', 'servs', 'serv', 'servizio', 'servizi'],
    mfg: ['manufacturing', 'mfrs', 'mfg'],
    intl: ['international', 'intl', 'intnl'],
    mgmt: ['management', 'mgmt', 'mgt'],
    natl: ['national', 'natl'],
    ctr: ['center', 'centre', 'ctr', 'cntr'],
    mtn: ['mountain', 'mtn', 'mt', 'mount'],
    ft: ['fort', 'ft'],
    st: ['saint', 'st'],
    dept: ['department', 'dept'],
    univ: ['university', 'univ'],
    tech: ['technology', 'technologies', 'tech', 'techs'],
    lab: ['laboratory', 'laboratories', 'labs', 'lab'],
    constr: ['construction', 'constr'],
    elec: ['electric', 'electrical', 'elec'],
    sys: ['systems', 'sys', 'syst'],
    // A Dutch holding is a "Beheer B.V." as often ("Uijen Beheer B.V." / "Uijen Holding BV": nl-installatie read).
    // A Dutch "Beheer B.V." is a holding as often as a property manager's ("Vastgoed Beheer"), and beside a "Holding B.V." of
    // one owner another company (a review's finding): only its long form is one with it.
    hldg: ['holdings', 'holding', 'hldgs', 'hldg', 'holdingmaatschappij'],
    beheer: ['beheer', 'beheermaatschappij'],
    // A Dutch or Flemish firm's trade written several ways ("Installatiebedrijf Kok" / "Kok Installatietechniek" / "Kok
    // Installaties", "Bouwbedrijf Joosten" / "Joosten Bouw": nl-installatie read), each trade's in one form.
    installatie: ['installatiebedrijf', 'installatietechniek', 'installaties', 'installatie', 'installatiewerken', 'installatietechnisch'],
    bouw: ['bouw', 'bouwbedrijf', 'bouwonderneming', 'aannemersbedrijf', 'aannemingsbedrijf'],
    schilder: ['schildersbedrijf', 'schilderwerken', 'schildersbedryf'],
    timmer: ['timmerbedrijf', 'timmerwerken'],
    dakdekker: ['dakdekker', 'dakdekkers', 'dakdekkersbedrijf', 'dakwerken'],
    loodgieter: ['loodgieter', 'loodgieters', 'loodgietersbedrijf', 'loodgieterswerk'],
    elektro: ['elektro', 'elektrotechniek', 'elektrotechnisch', 'elektrobedrijf', 'elektrotechnische'],
    invest: ['investments', 'investment', 'invest', 'invt', 'invts', 'invstmts', 'invstmt'],
    acad: ['academy', 'acad'],
    assur: ['assurance', 'assur'],
    resto: ['restaurant', 'restaurants', 'resto'],
    // Property managers' and landlords' words (eleventh stop).
    assn: ['association', 'assn', 'asso', 'assoc', 'associacao', 'asociacion', 'asoc', 'agrupacion', 'elkartea'],
    // Spain's sports clubs' words, Catalan's and Basque's with Spanish's ("Club Esportiu", "Kirol Elkartea"; `withSpanishClubKinds`).
    deportivo: ['deportivo', 'deportiva', 'deportivos', 'esportiu', 'esportiva', 'kirol'],
    polideportivo: ['polideportivo', 'polid', 'poliesportiu'],
    seccion: ['seccion', 'seccio', 'secc'],
    apts: ['apartments', 'apartment', 'apts', 'apt', 'appt', 'apartmani', 'apartman'],
    condo: ['condominium', 'condominiums', 'condo', 'condos'],
    ppty: ['properties', 'property', 'ppty', 'ppties', 'pptys', 'prop', 'props', 'prpty', 'prpties'],
    // A letting agent's word written short ("Dyson Student Lets": gb-lettings read).
    lettings: ['lettings', 'letting', 'lets'],
    // South Asia's ledgers' short form of a pharmacy ("Maa Ramania Phcy.": bd-aushadh read).
    // Québec's ledgers' too ("Pharm. Andrée-Anne Arsenault inc." / "Pharmacie …": qc-plomberie read).
    pharmacy: ['pharmacy', 'phcy', 'pharmcy', 'pharmacie', 'pharm'],
    twnhm: ['townhomes', 'townhome', 'twnhms', 'twnhm', 'townhouses', 'townhouse', 'thms'],
    fil: ['filing', 'fil'],
    rev: ['revocable', 'rev'],
    irrev: ['irrevocable', 'irrev'],
    ttee: ['trustee', 'trustees', 'ttee', 'ttees'],
    trust: ['trust', 'trst', 'tr'],
    // Trades written short, read as the trade's word (`TRADE_KINDS` reads the names' words): "Bruno Plbg and Electric". Not "Contr." (contracting, construction, control).
    plumbing: ['plbg'],
    heating: ['htg'],
    // Traders' and contractors' words as the Gulf's and South Asia's registers write them short ("Gen. Trdg.", "Bldg. Materials", "Contg.", "Fab.", "Engg.").
    // Read as the word written out, the form other word lists know ("school" an institution's kind, "contracting" a trade's service).
    trading: ['trading', 'trdg', 'trdng'],
    general: ['general', 'genl', 'gen'],
    contracting: ['contracting', 'contg', 'contrg'],
    fabrication: ['fabrication', 'fab', 'fabn'],
    building: ['building', 'bldg'],
    school: ['school', 'sch', 'schl'],
    // A school office's short form of a scholarship fund's word ("Buckeye Kids Schol. Fund": us-tuition read). Not "Dist.": a distributor's as often as a district's.
    scholarship: ['scholarship', 'scholarships', 'schol', 'schlp'],
    engineering: ['engineering', 'engg', 'engrg'],
    equipment: ['equipment', 'equipments', 'eqpt', 'equip', 'equipamentos', 'equipos'],
    maintenance: ['maintenance', 'maint'],
    // A US township's and a cemetery's words written short ("MEADVILLE TWP. CEM." / "Meadville Township Cemetery": us-funeral read).
    township: ['township', 'twp', 'twsp'],
    // A borough's, a valley's and a campground's words written short ("Alexandria Boro.", "Havice Vly Hunting Camp", "Mountain View Cmpgrd": us-septic read).
    borough: ['borough', 'boro'],
    valley: ['valley', 'vly'],
    campground: ['campground', 'cmpgrd', 'campgrd'],
    cemetery: ['cemetery', 'cem', 'cemetary'],
    workshop: ['workshop', 'wkshp', 'wshop'],
    // France's building owners' association, the syndicat des copropriétaires, and its résidence, written short ("Synd. Copro.", "Rés.", "Résid.").
    synd: ['syndicat', 'synd', 'syndic'],
    copro: ['coproprietaires', 'coproprietaire', 'copropriete', 'copropr', 'copro', 'copros'],
    resid: ['residence', 'residences', 'resid'],
    // Turkish firms' and bodies' words written short ("Taah.", "Hırd.", "Yapı Malz.", "Koop.": tr-yapi read), each in one form; an
    // apartment building's "Apartmanı" as apartments are. Not the short forms of three letters ("İnş.", "Bld.", "Elk.", "Sit.", "Yön."),
    // other languages' as often ("Ins" insurance, "Bld" building, "Elk": a review's finding).
    insaat: ['insaat'],
    taahhut: ['taahhut', 'taah'],
    hirdavat: ['hirdavat', 'hird'],
    malzeme: ['malzemeleri', 'malzemesi', 'malzeme', 'malz'],
    koop: ['kooperatifi', 'kooperatif', 'koop'],
    yonetim: ['yonetimi', 'yonetim'],
    sitesi: ['sitesi'],
    belediyesi: ['belediyesi', 'belediye'],
    subesi: ['subesi', 'sube'],
    ticaret: ['ticaret'],
    elektrik: ['elektrik'],
    // Italian firms' and bodies' words written short ("Idr. Riva", "Nuova Impt. Bassi", "Elettroimp. Panaro", "Costr. Savena", "Termotec.
    // Guidetti", "Cond. Via Larga 114", "Ist. Compr. n. 8", "Serv. Acquisti": it-termoidraulica read), each in one form.
    idraulica: ['idraulica', 'idr', 'idraul'],
    impianti: ['impianti', 'impt'],
    termoidraulica: ['termoidraulica', 'termoidr'],
    termotecnica: ['termotecnica', 'termotec'],
    elettroimpianti: ['elettroimpianti', 'elettroimp'],
    costruzioni: ['costruzioni', 'costr'],
    edilizia: ['edilizia', 'ediliz', 'edil'],
    tecnologici: ['tecnologici', 'tecnol'],
    manutenzioni: ['manutenzioni', 'manutenzione', 'manut'],
    consorzio: ['consorzio'],
    // Switzerland's condominium owners' community in its three languages, written out or short ("Stockwerkeigentümergemeinschaft",
    // "StWEG", "PPE", "Condominio": ch-treuhand read, one community's records shared only the street's words).
    condominio: ['condominio', 'condom', 'stweg', 'stwe', 'ppe', 'stockwerkeigentumergemeinschaft', 'stockwerkeigentuemergemeinschaft'],
    // Sweden's owners' association written out or short ("Bostadsrättsföreningen Duvan" / "Brf Duvan": se-bokforing read).
    brf: ['brf', 'bostadsrattsforening', 'bostadsrattsforeningen', 'bostadsforening', 'bostadsforeningen', 'bostadsrattsforen', 'bostadsrattsfor'],
    // Sweden's clubs' and associations' words written short ("Märsta IF" / "Märsta Idrottsförening", "Ersboda BK", "Stift.",
    // "Bröd." / "Bröderna": se-bokforing read).
    if: ['if', 'idrottsforening', 'idrottsforeningen'],
    ik: ['ik', 'idrottsklubb', 'idrottsklubben'],
    bk: ['bk', 'bollklubb', 'bollklubben'],
    stiftelsen: ['stiftelsen', 'stiftelse', 'stift'],
    broderna: ['broderna', 'brod'],
    parrocchia: ['parrocchia'],
    istituto: ['istituto'],
    comprensivo: ['comprensivo', 'compr'],
  }).flatMap(([short, words]) => words.map((w): [string, string] => [w, short])),
);

/**
 * Organisations' words the names are read by, long enough that one slip still
 * names them (seven letters): the legal forms' written out, the abbreviated words' (`ORGANISATION_ABBREVIATIONS`)
 * and an owners' corporation's. A slip in one ("Corportaion", "Mangaement", "Ckndominium",
 * "Proeprty") left the word unread: the name kept a word of its own where the other's was read as
 * a form or an abbreviation, and one company's two records were read as two.
 */
const SPELT_WORDS: ReadonlyMap<string, string> = new Map([
  ...['incorporated', 'incorporation', 'corporation', 'company', 'limited', 'proprietary', 'association', 'homeowners', 'contracting', 'contractors', 'enterprises', 'apartments'].map((w): [string, string] => [w, w]),
  ...[...ORGANISATION_ABBREVIATIONS].filter(([w]) => w.length >= 7),
]);

/**
 * Words of their own one slip from a word of `SPELT_WORDS` ("Training", "Tracing" beside Trading;
 * "Generali" beside General): kept as written, and a slip one edit from one of them too is no
 * reading of either ("Traning Center" is Training's or Trading's: a review's finding).
 */
const SPELT_NEIGHBOURS = ['training', 'tracing', 'treading', 'trailing', 'grading', 'generali', 'generale', 'generals', 'buildings', 'builders'];
/** Words of their own one edit from one of `SPELT_WORDS` ("Fountain", "Trusted Plumbing", "Serviced Apartments", "Property Manager"). */
const RIGHTLY_SPELT = new Set(['fountain', 'mountains', 'trusted', 'serviced', 'servicer', 'manager', 'properly', 'rational', 'limiter', 'academe', 'systemic', ...SPELT_NEIGHBOURS]);

/** `SPELT_WORDS` by their first two letters: a slip is read only where they stand as written. */
const SPELT_BY_OPENING = new Map<string, Array<[string, string]>>();
for (const entry of SPELT_WORDS) {
  const opening = entry[0].slice(0, 2);
  SPELT_BY_OPENING.set(opening, [...(SPELT_BY_OPENING.get(opening) ?? []), entry]);
}
const speltCache = new Map<string, string>();

/**
 * A slip in a word of `SPELT_WORDS` (one edit after its first two letters, the word of seven letters
 * or more), to the word; else the word as written. Not a plural or a singular ("Electricals",
 * "Enterprise"), a given name, a word of its own (`RIGHTLY_SPELT`), nor a slip in the first two
 * letters: surnames and words stand there ("Golding", "Molding" are no "Holding").
 */
function speltWord(word: string): string {
  const lower = normaliseText(word);
  if (lower.length < 7 || SPELT_WORDS.has(lower) || RIGHTLY_SPELT.has(lower) || !/^[a-z]+$/.test(lower)) return word;
  const known = speltCache.get(lower);
  if (known !== undefined) return known === '' ? word : known;
  let spelt = '';
  const plural = SPELT_WORDS.has(`${lower}s`) || (lower.endsWith('s') && SPELT_WORDS.has(lower.slice(0, -1)));
  if (!plural && !isGivenName(lower)) {
    const near = (SPELT_BY_OPENING.get(lower.slice(0, 2)) ?? []).filter(([w]) => Math.abs(w.length - lower.length) <= 1 && editDistance(w, lower) <= 1);
    // One word's forms ("services", "service"), or none: two words a slip from it are no reading of either.
    const neighbour = SPELT_NEIGHBOURS.some((w) => Math.abs(w.length - lower.length) <= 1 && editDistance(w, lower) <= 1);
    if (new Set(near.map(([, c]) => c)).size === 1 && !neighbour) spelt = near[0]?.[0] ?? '';
  }
  if (speltCache.size > 50_000) speltCache.clear();
  speltCache.set(lower, spelt);
  return spelt === '' ? word : spelt;
}

/**
 * The contact with slips in organisations' words spelt out in its display and company names
 * (`SPELT_WORDS`), where a name reads as an organisation's without them: a legal form's, an
 * organisation's, a trade's or an owners' word or a number beside, or two words and more not opening
 * with a given name. Each name by itself, so that one organisation reads alike with its CompanyName
 * and without; a person's name is left as written ("Tom Hollings" beside CompanyName "Acme Plumbing").
 */
function withOrganisationWordsSpelt(c: CustomerContact): CustomerContact {
  const spell = (v: string | null | undefined) => {
    // Nothing to spell: no word of seven letters (most names), read before the name is normalised.
    if (typeof v !== 'string' || !/\p{L}{7,}/u.test(v)) return v;
    const words = tokensOf(normaliseText(v));
    const organisational = words.some((t) => /\d/.test(t) || t === 'owners' || t === 'tenants' || isLegalSuffix(t) || ORGANISATION_WORDS.has(t) || TRADE_WORDS.has(t) || TRADE_KINDS.has(t) || SPELT_WORDS.has(t));
    // Or a name of two words or more not opening with a given name ("Acme Managment"), with or without its CompanyName: the same organisation reads alike either way. Not "Tom Hollings".
    const personLike = words.length < 2 || isGivenName(words[0] ?? '');
    return organisational || !personLike ? v.replace(/\p{L}{7,}/gu, speltWord) : v;
  };
  return { ...c, displayName: spell(c.displayName), companyName: spell(c.companyName) };
}

/** Street types in a building's or a street's LLC ("7803 Yale Ave LLC" / "7803 Yale Avenue, LLC"), read only beside a number. */
const STREET_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ave: ['avenue', 'ave', 'av'],
    ct: ['court', 'ct'],
    rd: ['road', 'rd'],
    blvd: ['boulevard', 'blvd'],
    ln: ['lane', 'ln'],
    // "1295 E 80th St Tenants Corp" / "1295 E 80th Street Tenants Corp", "768 Ocean Pkwy Owners" (us-nyc-supply, read).
    st: ['street', 'st'],
    pkwy: ['parkway', 'pkwy', 'pky'],
    pl: ['place', 'pl'],
    dr: ['drive', 'dr'],
    ter: ['terrace', 'ter', 'terr'],
    hwy: ['highway', 'hwy'],
    sq: ['square', 'sq'],
    tpke: ['turnpike', 'tpke'],
    // A New York condominium's "Board of Managers", written "Bd of Mgrs" (us-nyc-supply, read).
    board: ['board', 'bd'],
    mgrs: ['managers', 'mgrs'],
  }).flatMap(([short, words]) =>
    words.map((w): [string, string] => [w, short]),
  ),
);

/**
 * Vietnam's family names that are no other people's as often (Nguyễn, Trần, Lê, Phạm...), and those that are Chinese, Korean or
 * others' too (Lý, Lâm, Mai, Hồ, Kim...), read as Vietnamese only beside "Văn" or "Thị", the middle names that are Vietnam's alone.
 */
const VIETNAMESE_SURNAMES = new Set(['nguyen', 'tran', 'le', 'pham', 'huynh', 'hoang', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ngo', 'duong', 'dinh', 'doan', 'trinh', 'truong', 'luong']);
const VIETNAMESE_SHARED_SURNAMES = new Set(['ho', 'ly', 'lam', 'mai', 'cao', 'ha', 'la', 'luu', 'ta', 'kieu', 'chau', 'tang', 'thai', 'quach', 'vuong', 'lai', 'phung', 'ton', 'tieu', 'kim', 'tong', 'trieu', 'thach', 'hua', 'khuc', 'giang', 'au', 'diep', 'mac', 'lu']);

/** A Vietnamese woman's name ending in "Hoa" (not an HOA's): beside "Thị" or "Văn", or written "Hòa", "Hoà" (a review's finding: "Le Chateau HOA" is an HOA). */
function vietnameseHoa(text: string, c: CustomerContact): boolean {
  const words = text.split(' ');
  return VIETNAMESE_SURNAMES.has(words[0] ?? '') && (words.includes('thi') || words.includes('van') || /h[oO]\u0300a|ho[aA]\u0300/u.test((c.displayName ?? '').normalize('NFD').toLowerCase()));
}

/**
 * Whether a word is a Vietnamese family name among the name's words (`VIETNAMESE_SURNAMES`); a shared one only beside "Thị", or
 * in a name written with Vietnam's own letters (`vietnameseMarked`): "Kim van Dijk" is Dutch (a review's finding).
 */
function vietnameseSurname(word: string, words: readonly string[], marked: boolean): boolean {
  return VIETNAMESE_SURNAMES.has(word) || (VIETNAMESE_SHARED_SURNAMES.has(word) && (words.includes('thi') || marked));
}

/**
 * Letters only Vietnamese writes: a horn (ơ, ư), a breve on "a" (ă), a hook above or a dot below (ả, ạ), "đ", a vowel of two
 * marks (ế, ầ, ổ), a tilde on "i", "u" or "y" (ĩ, ũ, ỹ).
 */
const VIETNAMESE_LETTERS = /[\u031b\u0309\u0323\u0110\u0111]|[aA]\u0306|[aeiouyAEIOUY][\u0300-\u036f]{2}|[iuyIUY]\u0303/u;



/**
 * A Vietnamese person's names read as Vietnam writes them: the family name, the middle names, and the given name last, the one the
 * person is called by ("Nguyễn Văn Bảo": Bảo; GivenName "Thị Ngọc Nhung" is Nhung; vn-dientu read: the middle name was read as the
 * given name, and "Văn Bảo" / "Bảo" were two names). Where the family field is one such family name and the given field holds
 * several words, the last is the given name; a display read alone that opens with one, the last word the given name and the first
 * the family name ("Nguyen Thi Thu Thuy"); one of three words or more that ends with one, the word before it ("Kim Tuyết Lê", as
 * Western lists write it). Every given word stays in `givenJoined`.
 */
/**
 * A person's name in East Asia's scripts (Chinese characters, kana, hangul) written as they are, the family name first ("松田 岬",
 * "大西 さくら", "ホンダ ケンイチ": jp-setsubi read, read with the given name first), where no field says which is which.
 */
function eastAsianOrder(person: ContactPerson | null, c: CustomerContact): ContactPerson | null {
  if (person === null || person.family === null || nameWritten(c.givenName) || nameWritten(c.familyName)) return person;
  const words = tokensOf(normaliseText(c.displayName));
  // The family name in Chinese characters, the given name in them or in kana read in Latin letters ("大西 sakura").
  const eastAsian = (w: string) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u.test(w);
  if (words.length !== 2 || !eastAsian(words[0] ?? '') || !(eastAsian(words[1] ?? '') || /^[a-z]+$/.test(words[1] ?? ''))) return person;
  const [family = '', given = ''] = words;
  return { ...person, given: givenNameCanonical(given), givenWritten: given, givenJoined: null, family };
}

function vietnameseOrder(person: ContactPerson | null, c: CustomerContact, country: string | null, vn: VietnameseSignals): ContactPerson | null {
  if (person === null || person.family === null) return person;
  const marked = vn.letters;
  // The word read as the given name is a Western one ("Mary Ann Le", "Kevin Minh Nguyen": a Vietnamese-American's names in
  // English order, a review's finding): kept, unless the record is Vietnam's or writes Vietnam's letters or "Thị" or "Văn".
  const western = (word: string, words: readonly string[]) => isGivenName(word) && !marked && country !== 'VN' && !words.includes('thi') && !words.includes('van');
  const givenWords = tokensOf(normaliseText(c.givenName));
  const familyWords = tokensOf(normaliseText(c.familyName));
  // Vietnam's order said by the record: its country, its address, its letters, or "Văn"/"Thị" opening the given names; a given-name
  // field ending in them is Western order ("Duc Van", "Lan Thi" with Nguyen, Tran: us-hvac-tx, a Vietnamese-American's names).
  const middle = (t: string | undefined) => t === 'van' || t === 'thi';
  const vietnam = marked || country === 'VN' || vn.address;
  if (familyWords.length === 1 && person.family === familyWords[0] && givenWords.length >= 2) {
    if (!vietnameseSurname(person.family, givenWords, marked) || western(givenWords[0] ?? '', givenWords) || middle(givenWords[givenWords.length - 1])) return person;
    if (!vietnam && !middle(givenWords[0])) return person;
    const last = givenWords[givenWords.length - 1] ?? '';
    return last.length < 2 ? person : { ...person, given: givenNameCanonical(last), givenWritten: last };
  }
  if (nameWritten(c.givenName) || nameWritten(c.familyName)) return person;
  const words = tokensOf(normaliseText(c.displayName));
  const [first = '', last = ''] = [words[0], words[words.length - 1]];
  // A middle name's initial may stand between ("Trần T. Long"); the family and given names are written whole.
  if (words.length < 2 || first.length < 2 || last.length < 2 || person.generation !== null || western(first, words)) return person;
  // A family name Vietnam shares with others first and one of Vietnam's own last is Western order ("Kim Tuyết Lê": Kim a middle name).
  const westernOrder = VIETNAMESE_SHARED_SURNAMES.has(first) && VIETNAMESE_SURNAMES.has(last);
  if (vietnameseSurname(first, words, marked) && !westernOrder && (words.length >= 3 || !vietnameseSurname(last, words, marked))) {
    return { ...person, given: givenNameCanonical(last), givenWritten: last, givenJoined: words.length > 2 ? words.slice(1).join('') : null, family: first };
  }
  // The family name moved to the end, the given names kept in Vietnam's order ("Văn Bảo Nguyễn", "Kim Tuyết Lê" in a Vietnamese
  // record); not the names written Western-wise whole ("Duc Van Nguyen", "Yen Thu Phan": the given name first, as read).
  const movedLast = middle(first) || (vietnam && !middle(words[words.length - 2]));
  if (words.length >= 3 && movedLast && vietnameseSurname(last, words, marked) && (westernOrder || !vietnameseSurname(first, words, marked))) {
    const own = words[words.length - 2] ?? '';
    return { ...person, given: givenNameCanonical(own), givenWritten: own, givenJoined: words.slice(0, -1).join(''), family: last };
  }
  return person;
}

/** Vietnamese tone marks (grave, acute, tilde, hook above, dot below), as NFD writes them; not a vowel's own marks (ă, â, ơ, ư), which old imports lose. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** The tone marks of the given name's word as the record writes it (`LinkageRecord.givenTone`), "" for none; null as said there. */
function vietnameseTones(c: CustomerContact, family: string, given: string, marked: boolean): string | null {
  if (!VIETNAMESE_SURNAMES.has(family) && !VIETNAMESE_SHARED_SURNAMES.has(family)) return null;
  // Only a name written with Vietnam's own letters, or a Vietnamese family name's beside a given name no other people's lists hold:
  // "José" / "Josè" Tran, "Zoë" / "Zoé" Kim are one name's accents (a review's finding).
  if (!marked && !(VIETNAMESE_SURNAMES.has(family) && !isGivenName(given))) return null;
  const raw = [c.givenName, c.displayName, c.familyName].filter((v): v is string => typeof v === 'string').join(' ').normalize('NFD');
  // The given name's word written with marks of its own ("Tuân", "Hưng", "Thắng"; not "Phuc" beside "Nguyễn", a word whose marks were
  // dropped), and read alike wherever the record writes it ("Phạm Mỹ My": two words read "my", two tones, none told).
  const words = raw.split(/[^\p{L}\p{M}]+/u).filter((w) => normaliseText(w) === given);
  const tones = new Set(words.map((w) => (w.match(TONE_MARKS) ?? []).sort().join('')));
  const [word] = words;
  return word === undefined || tones.size !== 1 || !/[\u0300-\u036f]/u.test(word) ? null : ([...tones][0] ?? null);
}

/** A person's names as the record holds them. */
export interface ContactPerson {
  given: string | null;
  givenWritten: string | null;
  givenJoined: string | null;
  family: string | null;
  generation: string | null;
}

/** Spanish given names that open a compound one ("Mari Carmen", "José Luis", "Juan Carlos", "Ana Belén"): the word after them a given name's. */
const COMPOUND_GIVEN_OPENERS = new Set(['maria', 'mari', 'ma', 'jose', 'juan', 'ana', 'luis', 'miguel', 'francisco', 'antonio', 'pedro', 'jesus', 'rosa', 'carmen', 'luisa', 'pablo']);

/** A display name read as a person's: its tokens (titles and suffixes off) and the generation it gives; null when it is no person's. */
function displayPerson(c: CustomerContact): { tokens: string[]; generation: string | null } | null {
  const parts = withoutSuffixParts(withoutOwnPlace(contactName(c), c) ?? '');
  const display = nameNormalisation(parts.name);
  if (display === null) return null;
  const text = withoutTitles(tokensOf(normaliseText(parts.name)), 1).join(' ');
  if (stripLegalSuffixes(text) !== text) return null;
  // A title before a surname alone stays in the given slot ("Mrs Smith", "Frau Müller"): it is no
  // one's given name, so it agrees with no other, and Herr Müller is not Frau Müller.
  const read = withoutSuffixes(withoutTitles(display.tokens, 2), 2);
  const { generation } = read;
  // A sole trader's trade after their name ("Mike Jones Painting", "Kim Nguyen Nails"): the person.
  let tokens = read.tokens;
  // A deceased's estate is no sole trader's trade ("John Smith Estate").
  if (ESTATE_FORM.test(text)) return null;
  // Nor is a building's owners' association ("Magnolia Pines Homeowners Assn": Magnolia is a given name too);
  // a bare "HOA" at the end, unless the record names a person of that name ("Nguyen Thi Hoa", GivenName Hoa).
  const hoa = (v: string | null | undefined) => normaliseText(v).split(' ').includes('hoa');
  // Nor a Turkish apartment's or estate's management ("Deniz Apt. Yön.": Deniz is a given name too).
  if (OWNERS_ASSOCIATION.test(text) || SYNDICAT.test(text) || TURKISH_MANAGEMENT.test(text) || (/\b(?:hoa|poa)$/.test(text) && !hoa(c.givenName) && !hoa(c.familyName) && text.split(' ').length >= 2 && !vietnameseHoa(text, c))) return null;
  while (tokens.length > 2 && TRADE_WORDS.has(tokens[tokens.length - 1] ?? '') && !KIN_TRADE_WORDS.has(tokens[tokens.length - 1] ?? '') && isGivenName(tokens[0] ?? '')) tokens = tokens.slice(0, -1);
  // A surname's particles after a given name ("Marisol De León Cruz", "Maria da Silva", "Jan van
  // der Berg") are a person's, not an organisation's filler words.
  // So are a patronymic's links and the article of an Arabic family name in a name of that form ("Hind bint
  // Mansour Al Hajiri"), whatever its given name (Hind, Eisa, Humaid are in no register of given names). A
  // name with more after its family name is a firm's ("Mohammed bin Ahmed Al Ali Trading", "… Al Mazrouei Cafeteria").
  const patronymic = patronymicName(read.tokens);
  // And in an Arab country's record the article before the family name's word ("Hassan Sameh El Banna", "Jamal Sameh El-Bana":
  // eg-tawrid read, read as an organisation's name) or after "Abd"/"Abu" ("Mohamed Abd El Aziz").
  const arab = tokens.some((t) => ARABIC_ARTICLES.has(t)) && arabRecord(c);
  const arabicArticle = (t: string, i: number) => arab && ARABIC_ARTICLES.has(t) && (tokens.length >= 4 || isGivenName(tokens[0] ?? '')) && (i === tokens.length - 2 || ARABIC_NAME_OPENERS.has(tokens[i - 1] ?? ''));
  // In a record of Spain, whatever its given name ("Mª Ángeles Ruiz de Alda"), and up to six names: two given names and two
  // surnames, each of two words ("María José Sánchez-Arjona Moreno", "Joaquín Díaz de Mera García": es-fisio read, read as firms).
  const spain = spanishRecord(c);
  const particle = (t: string, i: number) => i >= 1 && ((NAME_PARTICLES.has(t) && (spain || isGivenName(tokens[0] ?? ''))) || (patronymic && (PATRONYMIC_LINKS.has(t) || ARABIC_ARTICLES.has(t))) || arabicArticle(t, i));
  const counted = tokens.filter((t, i) => !particle(t, i)).length;
  if (counted < 2 || counted > (spain ? 6 : 4)) return null;
  // A lone first letter written with its period is an initial ("A. Stanson", "Y. Chen"), not the
  // filler word it spells ("A Step Ahead" stays an organisation's name).
  const initialWritten = /^\s*[a-z]\.\s/i.test(contactName(c));
  if (tokens.some((t, i) => /\d/.test(t) || ORGANISATION_WORDS.has(t) || INSTITUTION_KINDS.has(t) || (FILLER.has(t) && !particle(t, i) && !(i === 0 && t.length === 1 && initialWritten) && !(t === 'an' && i > 0 && i === tokens.length - 1)) || (i > 0 && firmLike(tokens) && mistypedFirmWord(t)))) return null;
  // A trade's word written short counts as written out ("Serrapar Com. Equip. Inf.": Equipment), unless it is a given name.
  const tradeWord = (t: string) => TRADE_WORDS.has(t) || (SHORT_TRADE_FORMS.has(t) && TRADE_WORDS.has(ORGANISATION_ABBREVIATIONS.get(t) ?? ''));
  if (tokens.some(tradeWord) && !(tokens.length === 2 && isGivenName(tokens[0] ?? ''))) return null;
  if (read.tokens.some((t) => SHOP_WORDS.has(t))) return null;
  return { tokens, generation: parts.generation ?? generation };
}

/**
 * A display with the record's own town or region after it in parentheses ("Thomas Robinson
 * (Sharjah)"), as a bookkeeper tells two customers of one name apart in QuickBooks: the place is
 * no part of the name.
 */
function withoutOwnPlace(raw: string | null | undefined, c: CustomerContact): string | null | undefined {
  if (typeof raw !== 'string') return raw;
  const m = /^(.*\S)\s*\(([^()]{2,40})\)\s*$/.exec(raw.slice(0, 200));
  if (m === null) return raw;
  const place = normaliseText(m[2]);
  const own = [c.address?.city, c.address?.region].map((v) => normaliseText(v)).filter((v) => v !== '');
  // Two or three names before it, particles aside: a practice's or a shop's four words and its town ("Port Adelaide General Practice (Mount Barker)") are its site's.
  const words = tokensOf(normaliseText(m[1]));
  const names = words.filter((t) => !NAME_PARTICLES.has(t) && !PATRONYMIC_LINKS.has(t) && !ARABIC_ARTICLES.has(t)).length;
  // And only a person's: opening with a given name, no trade's, shop's or organisation's word ("Sam Carpentry (Dubai)" is an outlet: a review's finding).
  const persons = isGivenName(words[0] ?? '') && !words.some((t) => TRADE_WORDS.has(t) || SHOP_WORDS.has(t) || ORGANISATION_WORDS.has(t) || INSTITUTION_KINDS.has(t) || isLegalSuffix(t));
  return own.includes(place) && persons && names >= 2 && names <= 3 ? (m[1] ?? raw) : raw;
}

/** A patronymic's link in Arabic and Malay names ("Saeed bin Khalid", "Hind bint Mansour", "Aisyah binti Ahmad", "Siti bte Ahmad"). */
export const PATRONYMIC_LINKS: ReadonlySet<string> = new Set(['bin', 'bint', 'binti', 'bte', 'bt', 'ibn']);
/** The article that opens an Arabic family name ("Al Mansoori", "El Masri"). */
const ARABIC_ARTICLES = new Set(['al', 'el']);
/** The words an Arabic name of two opens with, before its article ("Abd El Aziz", "Abu El Ela"). */
const ARABIC_NAME_OPENERS = new Set(['abd', 'abdel', 'abdul', 'abu', 'abou', 'abo']);

/**
 * A name of a patronymic's form: one or two given names, one or more links and a father's or
 * grandfather's name each ("bin Khalid", "bint Mansour bin Eisa"), then nothing, a family name,
 * or an article and a family name ("Al Hajiri"). Its index of the first link, or -1.
 */
function patronymicAt(tokens: readonly string[]): number {
  const first = PATRONYMIC_LINKS.has(tokens[1] ?? '') ? 1 : PATRONYMIC_LINKS.has(tokens[2] ?? '') ? 2 : -1;
  if (first < 0) return -1;
  let i = first;
  while (PATRONYMIC_LINKS.has(tokens[i] ?? '') && tokens[i + 1] !== undefined && !PATRONYMIC_LINKS.has(tokens[i + 1] ?? '') && !ARABIC_ARTICLES.has(tokens[i + 1] ?? '')) i += 2;
  const rest = tokens.slice(i);
  return rest.length <= 1 || (rest.length === 2 && ARABIC_ARTICLES.has(rest[0] ?? '')) ? first : -1;
}
const patronymicName = (tokens: readonly string[]): boolean => patronymicAt(tokens) > 0;

/** Given and family names from the explicit fields, else from a short display name that reads as a person's. */
/**
 * A given name with Gujarat's and Maharashtra's word of respect joined to it ("Hiteshbhai", "Hansaben", "Sagarbhau"): the name
 * without it, as records write it or not (in-traders read: "Hiteshbhai Sutariya" / "Hitesh Sutariya" read as two given names).
 * Not a name the birth lists hold ("Reuben", "Ruben"), nor one that would keep fewer than three letters.
 */
function withoutKinSuffix(t: string): string {
  const m = /^(\p{L}{3,}?)(?:bhai|ben|bhau)$/u.exec(t);
  return m === null || isGivenName(t) ? t : (m[1] ?? t);
}

/**
 * A given-name field of a person's initials run together in capitals ("MK", "GB", "NN": "Mr M.K. ASLAM" as a system keeps it):
 * the initials, read apart. Only letters no name is made of (no vowel): "JO", "AL" and "ED" are names.
 */
function initialsRunTogether(givenName: string | null | undefined): string[] | null {
  const letters = (givenName ?? '').replace(/[.\s]/g, '');
  return /^[B-DF-HJ-NP-TV-XZ]{2,3}$/.test(letters) ? letters.toLowerCase().split('') : null;
}

/** Words opening an Arabic surname ("Al-Amin", "El Sayed", "Bin Laden", "Abu Bakr"). */
const SURNAME_ARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'abou']);

function personName(c: CustomerContact, dependant = false): { person: ContactPerson | null; contact: ContactPerson | null } {
  let given = initialsRunTogether(c.givenName) ?? withoutTitles(tokensOf(normaliseText(c.givenName)), 1);
  // A generation spelt out ends a family-name field of two words beside a given name, not a hyphenated surname's or a particle's ("Saint-Fils", "de Filho").
  let familyWords = tokensOf(normaliseText(c.familyName));
  // "Muhammad" alone in the given name's field before a family name's field of two words or more ("Mohammad" / "Sajid Qureishi"):
  // the name the man goes by is the family field's first word, as Pakistan and India write such names (pk-tijarat read). Not in
  // an Arab country's record, where the words after a given name are his father's and grandfather's ("Mohamed" / "Ahmed Ali").
  // Nor a surname of one hyphenated word or opening with an article ("Al-Amin", "El Sayed", "Bin Laden": us-pediatric read).
  const oneSurname = /^\s*[^\s-]+-[^\s-]+\s*$/.test(c.familyName ?? '') || SURNAME_ARTICLES.has(familyWords[0] ?? '');
  const muhammadFirst = given.length === 1 && MUHAMMAD_SPELLINGS.has(given[0] ?? '') && familyWords.length >= 2 && !oneSurname && !arabRecord(c);
  if (muhammadFirst) {
    given = [...given, familyWords[0] ?? ''];
    familyWords = familyWords.slice(1);
  }
  const spelledAfter = given.length > 0 && !/-/.test(c.familyName ?? '') && !NAME_PARTICLES.has(familyWords[familyWords.length - 2] ?? '') ? 2 : 3;
  const family = withoutSuffixes(familyWords, 1, spelledAfter);
  // The family name filled alone, the display holding the given name before it ("Stacey Heather
  // Ward" with FamilyName Ward): the given name is the display's, where the display is those
  // names and no more and its first word is a given name people bear ("Tenant Smith", "Owner
  // Smith" give none). Left out, a missing given name took the household alternative away, and
  // Martin Ward's record matched Stacey's as well as her own did. Not the other way: after a
  // given name alone, the display's next word is as often an initial or a label ("Mary B.",
  // "Mike Rental", "Sarah Airbnb") as a surname.
  let shown: ReturnType<typeof displayPerson> | undefined;
  const shownPerson = () => (shown === undefined ? (shown = displayPerson(c)) : shown);
  if (given.length === 0 && family.tokens.length > 0) {
    const read = shownPerson()?.tokens;
    const head = read?.[0] ?? '';
    // The family name as the display ends with it, or a slip of it ("Veronica Okello" with FamilyName Ocello: ke-agrovet read).
    const tail = read?.slice(-family.tokens.length).join(' ') ?? '';
    const ends = tail === family.tokens.join(' ') || (family.tokens.length === 1 && oneEditApart(tail, family.tokens[0] ?? '', 5));
    if (read !== undefined && read.length >= family.tokens.length + 1 && read.length <= family.tokens.length + 2 && ends && head.length >= 2 && isGivenName(head)) {
      given = read.slice(0, read.length - family.tokens.length);
    } else if (read !== undefined && read.length <= family.tokens.length + 2 && capitalsFirst(contactName(c) ?? '', read) === family.tokens.length && family.tokens.join(' ') === read.slice(0, family.tokens.length).join(' ')) {
      // Or after it, the family name first in capitals ("BEN SALAH Maud" with FamilyName Ben Salah).
      given = read.slice(family.tokens.length);
    } else if (read !== undefined && read.length <= family.tokens.length + 2 && read.length > family.tokens.length && family.tokens.join(' ') === read.slice(0, family.tokens.length).join(' ')) {
      // Or after it as an old billing system writes a name ("BILYEU CYNTHAI J": last, first, middle initial), where the word
      // after the family name is a given name people bear or a middle initial follows it (us-utility read: the given name, a
      // slip of Cynthia, was left unread, and the record linked to her husband's at their one phone).
      const rest = read.slice(family.tokens.length);
      const [first = '', middle = ''] = rest;
      if (first.length >= 2 && (isGivenName(first) || (rest.length === 2 && middle.length === 1))) given = rest;
    }
  }
  const company = stripLegalSuffixes(normaliseText(c.companyName));
  // A dependant's whole name in the given-name field and the family name empty ("ruby bell
  // (student)"): read from the display, as a record without either field is, where the display is
  // those words and no more and its first is a given name people bear. Read from the fields, the
  // record had no surname and was compared as an organisation's name, with no household
  // alternative. Only a dependant's (the mark says a person): elsewhere a word after a given name
  // alone is as often a second given name, an initial or a label ("Mary Ann", "Mary B.", "Mike Rental").
  const wholeInGiven = dependant && family.tokens.length === 0 && given.length >= 2 && given.length <= 4 && company === '' && isGivenName(given[0] ?? '') && shownPerson()?.tokens.join(' ') === given.join(' ');
  const fromFields = !wholeInGiven && (given.length > 0 || family.tokens.length > 0);
  if (!fromFields && company !== '') return { person: null, contact: null };
  // The display name is read for its generation only where it may hold one (this runs for every candidate).
  const display = !fromFields || GENERATION_WORD.test(contactName(c)) ? shownPerson() : null;
  // After "Muhammad" the name moved from the family field (above), the name he goes by.
  const named0 = given[muhammadFirst ? 1 : 0];
  const first = named0 === undefined ? null : withoutKinSuffix(named0);
  const named: ContactPerson = {
    given: first === null ? null : givenNameCanonical(first),
    givenWritten: first,
    givenJoined: given.length > 1 ? given.join('') : null,
    family: family.tokens.length === 0 ? null : family.tokens.join(' '),
    generation: family.generation ?? display?.generation ?? null,
  };
  // A company's own customer record with its contact person's names beside it (DisplayName =
  // CompanyName, GivenName/FamilyName the contact's, as QuickBooks holds many): the customer is the
  // company, and the contact's names are no customer's name ("Northwind Traders" is Northwind Traders
  // whoever answers its phone); they are its contact's, compared against a person. Not a sole
  // trader's company named by its own names ("John Smith").
  const companyWords = withoutSuffixes(withoutTitles(tokensOf(company), 1), 1).tokens;
  const ownName = [...given, ...family.tokens].sort().join(' ') === companyWords.sort().join(' ');
  if (company !== '' && !ownName && stripLegalSuffixes(normaliseText(c.displayName)) === company) return { person: null, contact: fromFields ? named : null };
  if (fromFields) return { person: named, contact: null };
  // An old billing system's "LAST FIRST MI" ("LUNSFORD THOMAS E", "JEFFERSON LLOYD R JR", "SMITH J M", "KUHN JHON A"): three
  // words whose last is a middle initial, which ends no name written in its usual order (us-utility read: the initial was read
  // as the surname, the surname as the given name, and the members' records created again). Not two ("Mary B.": a surname's
  // initial). Read from the display as written: an initial "A" is no article here.
  // A title before it aside ("Mr JACKSON PETER D", "Mr Crum Stanley E": us-insurance read).
  const written = company === '' ? withoutTitles(tokensOf(normaliseText(contactName(c))), 3) : [];
  const generationAfter = written.length === 4 && (written[2] ?? '').length === 1 ? GENERATIONS.get(written[3] ?? '') : undefined;
  const legacy = generationAfter === undefined ? written : written.slice(0, 3);
  const [lastWord = '', firstWord = '', initial = ''] = legacy;
  // Where both words are given names ("Mary Ann B"), only a display in capitals, as such systems write one, or all in small
  // letters, as a fast typist does ("fischer brian s", "jackson peter d": a rater's quotes, us-insurance read); its title aside.
  const shownWords = (contactName(c) ?? '').trim().split(/\s+/);
  const shownName = shownWords.slice(titlesAtStart(tokensOf(normaliseText(contactName(c))))).join(' ');
  const capitalsOnly = shownName === shownName.toUpperCase() || shownName === shownName.toLowerCase();
  // Words of names only: no organisation's, trade's or joining word ("The Barn B", "Acme Supply A").
  const lettersOnly = legacy.every((t, i) => /^\p{L}+$/u.test(t) && (i === 2 || (!ORGANISATION_WORDS.has(t) && !TRADE_KINDS.has(t) && !isFirmWord(t) && !CONJUNCTIONS.has(t) && t !== 'the' && t !== 'of')));
  if (legacy.length === 3 && lettersOnly && initial.length === 1 && lastWord.length >= 2 && (capitalsOnly || !isGivenName(lastWord) || !isGivenName(firstWord))) {
    const first = withoutKinSuffix(firstWord);
    return { person: { given: givenNameCanonical(first), givenWritten: first, givenJoined: null, family: lastWord, generation: generationAfter ?? display?.generation ?? null }, contact: null };
  }
  if (display === null) return { person: null, contact: null };
  const { tokens } = display;
  // The family name written first in capitals ("BOURGEOIS Alexandre", "BEN SALAH Maud", "DE LA FONTAINE Jean-Pierre"), as France and
  // its registers write it: the capitals are the family name, the words after them the given names.
  const capitals = capitalsFirst(contactName(c) ?? '', tokens);
  if (capitals > 0) {
    const rest = tokens.slice(capitals);
    const first = withoutKinSuffix(rest[0] ?? '');
    return {
      person: { given: givenNameCanonical(first), givenWritten: first, givenJoined: rest.length > 1 ? rest.join('') : null, family: tokens.slice(0, capitals).join(' '), generation: display.generation },
      contact: null,
    };
  }
  // "Mª" (María) written short, in a record of Spain.
  const spain = spanishRecord(c);
  const headWritten = withoutKinSuffix(tokens[0] ?? '');
  const head = headWritten === 'ma' && tokens.length >= 3 && spain ? 'maria' : headWritten;
  // The surname is the last word, or all from a particle on ("Maria De La Cruz": "de la cruz").
  // A patronymic's name ("Eisa bin Saleem Al Yammahi", "Saeed bin Khalid"): the family name from its first link, the
  // father's name kept in it (Mohammed bin Saeed Al Qasimi is not Mohammed bin Khalid Al Qasimi: a review's finding).
  const chain = patronymicAt(tokens);
  // "dela" and "delos" only before the last word ("Manuel G. Dela Peña"): before two they open a Filipino middle name, the
  // mother's surname ("Jose Delos Santos Reyes" is a Reyes: a review's finding).
  // In a record of Spain, "del", "de la", "de los" after María open her compound given name ("María del Carmen Ruiz", "María de los
  // Ángeles Ruiz de Alda"), not a surname (es-fisio read).
  const mariasOwn = (i: number) => spain && i >= 1 && ['maria', 'ma', 'mari'].includes(tokens[i - 1] ?? '') && (tokens[i] === 'del' || (tokens[i] === 'de' && ['la', 'los', 'las'].includes(tokens[i + 1] ?? '')));
  const particleAt = tokens.findIndex((t, i) => i >= 1 && i < tokens.length - 1 && NAME_PARTICLES.has(t) && !mariasOwn(i) && !(spain && i >= 2 && mariasOwn(i - 1)) && (!MIDDLE_NAME_PARTICLES.has(t) || i === tokens.length - 2));
  // A bare "de" inside a compound surname ("Díaz de Mera", "Ruiz de Alda"): the surname from the word before it, past the given name.
  const particle = chain > 0 ? chain : spain && particleAt >= 2 && tokens[particleAt] === 'de' && !['la', 'los', 'las'].includes(tokens[particleAt + 1] ?? '') ? particleAt - 1 : particleAt;
  // A last word of two joined by a hyphen is one double surname ("José Ramón Castro-Yáñez", "Mary Smith-Jones"; us-latino read).
  const lastWritten = (contactName(c) ?? '').trim().split(/\s+/).pop() ?? '';
  // Not an article's or a particle's hyphen ("Al-Hammadi", "El-Sayed", "Abu-Bakr"): read as the particles are.
  const opener = tokens[tokens.length - 2] ?? '';
  const hyphenated = particle <= 0 && tokens.length >= 3 && /\p{L}-\p{L}/u.test(lastWritten) && !NAME_PARTICLES.has(opener) && !ARABIC_ARTICLES.has(opener) && !PATRONYMIC_LINKS.has(opener) && opener !== 'abu' && tokensOf(normaliseText(lastWritten)).join(' ') === tokens.slice(-2).join(' ') ? 2 : 1;
  // In a record of Spain, a display of a given name and two surnames ("Susana Cruz Calvo", "Juan José Gómez Aguilar"): the last two
  // written words the family name (es-fisio read: "Cruz Calvo" read as the surname Calvo, and against "Susana Cruz" as another
  // surname). Not three words opening a compound given name ("Mari Carmen Martínez", "José Luis Pérez").
  const writtenWords = (contactName(c) ?? '').trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const lastTwo = writtenWords.length >= 3 ? tokensOf(normaliseText(writtenWords.slice(-2).join(' '))) : [];
  const twoSurnames =
    spain && particle <= 0 && tokens.length >= 3 && lastTwo.length >= 2 && lastTwo.length < tokens.length && tokens.slice(-lastTwo.length).join(' ') === lastTwo.join(' ') && !(tokens.length === 3 && COMPOUND_GIVEN_OPENERS.has(tokens[0] ?? '') && isGivenName(lastTwo[0] ?? '')) && !NAME_PARTICLES.has(tokens[tokens.length - lastTwo.length - 1] ?? '') && !lastTwo.some((t) => NAME_PARTICLES.has(t) || t.length < 2)
      ? lastTwo.length
      : 0;
  const cut = twoSurnames > 0 ? twoSurnames : hyphenated;
  const surname = particle > 0 ? tokens.slice(particle).join(' ') : tokens.slice(-cut).join(' ') || null;
  const givenWords = particle > 0 ? tokens.slice(0, particle) : tokens.slice(0, -cut);
  return {
    person: { given: givenNameCanonical(head), givenWritten: head, givenJoined: givenWords.length > 1 ? givenWords.join('') : null, family: surname, generation: display.generation },
    contact: null,
  };
}


/**
 * How many of a person's display's words (`tokens`, as read) are a family name written first in
 * capitals before given names that are not ("BOURGEOIS Alexandre", "BEN SALAH Maud"); 0 where it is
 * not so written: all in capitals or none, the capitals last ("Alexandre BOURGEOIS", read as written),
 * or two letters alone, an initial's pair ("DJ Smith", "LE Van Minh").
 */
/** Ranks written short before a name ("CPT", "SGT"), and Malaysia's short Mohd, in capitals as often as not. */
const RANKS = new Set(['cpt', 'capt', 'sgt', 'lt', 'col', 'maj', 'gen', 'cpl', 'pvt', 'cmdr', 'adm', 'mohd', 'muhd', 'md']);

function capitalsFirst(raw: string, tokens: readonly string[]): number {
  const words = raw.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  let start = 0;
  while (start < words.length - 1 && TITLES.has(normaliseText(words[start]))) start += 1;
  const capital = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
  let end = start;
  while (end < words.length && capital(words[end] ?? '')) end += 1;
  const rest = words.slice(end);
  if (end === start || rest.length === 0 || rest.some(capital)) return 0;
  // Not a rank's, an honour's or a given name's capitals before a family name ("CPT John Smith", "SRI Lakshmi Devi", "MOHD
  // Azlan Bin Ahmad", "JOHN Smith"), nor a patronymic's name.
  const head = normaliseText(words[start]);
  const last = normaliseText(words[words.length - 1]);
  if (end - start === 1 && (RANKS.has(head) || ORNAMENTS.has(head) || (isGivenName(head) && !isGivenName(last)))) return 0;
  if (tokens.some((t) => PATRONYMIC_LINKS.has(t))) return 0;
  const family = tokensOf(normaliseText(words.slice(start, end).join(' ')));
  if (family.join('').length < 3 || family.some((t) => t.length < 2) || family.length >= tokens.length) return 0;
  // Capitals of no vowel are initials, no surname ("CDK Hardware", "LMF General Merchandise"); Ng is one.
  if (family.some((t) => !/[aeiouy]/.test(t) && t !== 'ng')) return 0;
  return family.every((t, i) => tokens[i] === t) ? family.length : 0;
}

/**
 * The phone field read as one number or, where it holds several each of seven digits or more, separated by a comma, a
 * semicolon, a slash, a spaced dash or "or" ("0803 123 4567 / 0805 987 6543", "0506 389 7154 - 0505 414 5269"), the first as the number and the others' keys beside it. A slash
 * inside one number ("0221/1234567") separates no two.
 */
/** A number's label before it: "tel.", "kom." (Polish mobile), "mob.", "cell", "Handy", "fax" (a customer's number as well). */
// Turkish "Cep" (mobile) too ("Cep: 0532 …", "Tel: 0312 … , Cep: 0539 …": tr-yapi read).
// Vietnamese "ĐT" (điện thoại), "DĐ"/"DĐ" (di động: mobile), "Zalo" too ("DĐ: 0126.872.2385", "Zalo: 0909 …": vn-dientu read).
// And the US's one-letter marks of a home's, a cell's, a work's or a mobile's number ("H 417-555-0123 C 417-555-0456": us-utility
// read, the two numbers read as one of twenty digits).
const PHONE_LABEL = /^\s*(?:tel|telefon|tel\s*kom|kom|komorka|komórka|mob|mobile|gsm|cell|handy|ph|phone|fax|cep|đt|dt|dđ|dd|zalo|sđt|sdt|whatsapp|whats app|wa|home|hm|work|wk|office|h|c|w|m)\.?\s*:?\s*(?=[+(\d])/iu;

/**
 * A payment's number, not a phone's (`phonesOf`): a till's or a paybill's of five to seven digits that read as no number
 * ("Buy Goods Till 2065748", "Paybill 522522"); never a number that reads whole ("Till 0171 2345678": Till is a given
 * name; "M-Pesa 0722 123456" is the customer's mobile: a review's finding).
 */
function paymentNumber(part: string, country: string | null): boolean {
  if (!/\b(?:till|paybill|pay\s*bill|buy\s*goods)\b/i.test(part)) return false;
  const digits = part.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 7) return false;
  return !(parsePhoneNumberFromString(part.replace(/^\D+/, ''), (country !== null && ISO_COUNTRIES.has(country) ? country : 'US') as CountryCode)?.isValid() ?? false);
}

function phonesOf(raw: string | null | undefined, country: string | null, defaulted = false): Pick<LinkageRecord, 'phone' | 'phoneNational' | 'phoneLocal7' | 'otherPhones'> {
  // Each number's label off ("kom. 604 977 198, tel. (62) 600 31 33"), and "or" in Polish, German and French ("lub", "oder", "ou") between two.
  const unlabelled = (p: string) => p.replace(PHONE_LABEL, '');
  // A payment number written where the phone goes (M-Pesa's "Buy Goods Till 2065748", "Paybill 522522": ke-agrovet read) is no phone.
  // A label inside the field opens another number ("mob. 06-35543569 tel. 0404233056": nl-installatie read).
  // A spaced dash only between numbers of ten digits or more each ("0506 389 7154 - 05054145269"): "+49 (0)2241 - 1234567" is one (a review's finding).
  // A field at QuickBooks' length has its last number cut short: the numbers before it are what is weighed.
  const dashParts = typeof raw === 'string' ? raw.split(/\s+[-\u2013]\s+/) : [];
  // Only a last part that opens as a number does ("0039 (05", "+39 340 7887"): "- 100 (Zentrale)" is an extension (a review's finding).
  const lastCut = typeof raw === 'string' && raw.length >= QBO_LIMITS.Phone && dashParts.length === 2 && /^\s*(?:\+|0|\(\s*0)/.test(dashParts[1] ?? '');
  const whole = lastCut ? dashParts.slice(0, 1) : dashParts;
  const dashed = dashParts.length >= 2 && whole.every((p) => p.replace(/\D/g, '').length >= 10);
  const separators = dashed ? /\s*(?:[,;/]|\b(?:or|lub|oder|ou|oppure)\b)\s*|(?<=\d)\s+(?:o|او|أو|و)\s+(?=[+(\d])|\s+[-\u2013]\s+|\s+(?=(?:tel|telefon|mob|mobile|gsm|fax|cell|kom|handy|ph|phone|cep|zalo|whatsapp|whats app|home|hm|work|wk|office|h|c|w|m)\.?\s*:?\s*[+(\d])/i : /\s*(?:[,;/]|\b(?:or|lub|oder|ou|oppure)\b)\s*|(?<=\d)\s+(?:o|او|أو|و)\s+(?=[+(\d])|\s+(?=(?:tel|telefon|mob|mobile|gsm|fax|cell|kom|handy|ph|phone|cep|zalo|whatsapp|whats app|home|hm|work|wk|office|h|c|w|m)\.?\s*:?\s*[+(\d])/i;
  // A slash after an area code inside a number ("051/8798514", "324/7140461 / 348/6224975": it-termoidraulica read) parts none.
  // Not the last digits of a number written in groups ("6123 4567/91234567": two numbers; a review's finding).
  const slashed = typeof raw === 'string' ? raw.replace(/(^|[^\d])(?:(?<!\d[\s.-])|(?<=(?:\+|00)\d{1,3}[\s.-]))(\d{2,4})\/(?=\d{5,8}(?:\D|$))/g, '$1$2 ') : raw;
  const split = typeof slashed === 'string' && slashed.length <= 80 ? slashed.split(separators).map(unlabelled).filter((p) => p.trim() !== '') : [];
  const written = split.filter((p) => !paymentNumber(p, country));
  if (split.length > 0 && written.length === 0) return { phone: null, phoneNational: null, phoneLocal7: null, otherPhones: [] };
  // QuickBooks holds 30 characters of a phone: the last number of a field at that length is cut short, unless it reads whole.
  const last = written.at(-1) ?? '';
  const cut = written.length >= 2 && (raw?.length ?? 0) >= QBO_LIMITS.Phone && !(parsePhoneNumberFromString(last, (country !== null && ISO_COUNTRIES.has(country) ? country : 'US') as CountryCode)?.isValid() ?? false);
  const parts = cut ? written.slice(0, -1) : written;
  // The cut number's pieces a slash parted ("… cell. 338/177", "… / +39 338/1775") are no numbers either.
  while (cut && parts.length >= 2 && (parts.at(-1) ?? '').replace(/\D/g, '').length < 7) parts.pop();
  if (parts.length < 2 || parts.some((p) => p.replace(/\D/g, '').length < 7)) return { ...phoneOf(parts.length === 1 ? parts[0] : raw, country, defaulted), otherPhones: [] };
  const [first = '', ...rest] = parts;
  const read = phoneOf(first, country, defaulted);
  const others = rest.map((p) => phoneOf(p, country, defaulted)).filter((p) => p.phone !== null).map((p) => phoneKey(p));
  return { ...read, otherPhones: [...new Set(others)].filter((k) => k !== phoneKey(read)).slice(0, 4) };
}

/**
 * Vietnam's eleven-digit mobile numbers as renumbered in 2018, by their old prefix after the 0 ("0168 …" is "038 …"; vn-dientu
 * read: an old import's numbers against the new). Only for a number of Vietnam (the record's country, or written +84): elsewhere
 * "01…" of eleven digits is another country's (Britain's 01225…).
 */
const VIETNAM_OLD_MOBILE = new Map<string, string>([
  ['120', '70'], ['121', '79'], ['122', '77'], ['126', '76'], ['128', '78'], ['123', '83'], ['124', '84'], ['125', '85'], ['127', '81'], ['129', '82'],
  ['162', '32'], ['163', '33'], ['164', '34'], ['165', '35'], ['166', '36'], ['167', '37'], ['168', '38'], ['169', '39'], ['186', '56'], ['188', '58'], ['199', '59'],
]);

function renumberedInVietnam(raw: string, country: string | null): string {
  const vietnam = country === 'VN' || /^\s*(?:\+|00)\s*84/.test(raw);
  if (!vietnam) return raw;
  const digits = raw.replace(/\D+/g, '');
  const national = digits.replace(/^(?:0084|84|0)/, '');
  const prefix = VIETNAM_OLD_MOBILE.get(national.slice(0, 3));
  return national.length === 10 && prefix !== undefined ? `+84${prefix}${national.slice(3)}` : raw;
}

/** `defaulted`: the country a record's other fields tell (Indonesia's, Greece's), no country it writes: a number written in full without its "+" read as the international number it is, as in a record of no country. */
function phoneOf(raw: string | null | undefined, country: string | null, defaulted = false): Pick<LinkageRecord, 'phone' | 'phoneNational' | 'phoneLocal7'> {
  const none = { phone: null, phoneNational: null, phoneLocal7: null };
  if (raw === null || raw === undefined) return none;
  const withoutExtension = renumberedInVietnam(raw.replace(PHONE_EXTENSION, ''), country);
  const digits = withoutExtension.replace(/\D+/g, '');
  if (digits.length < 7) return none;
  const region = (country !== null && ISO_COUNTRIES.has(country) ? country : 'US') as CountryCode;
  let parsed = parsePhoneNumberFromString(withoutExtension, region);
  // A record of no country whose phone is no number where it was read, but one written in full
  // without its "+" ("61485760917"): read as the international number it is.
  // So is one written with Europe's international prefix "00" ("0049 221 40926": de-handwerk read, read as no number).
  if ((region !== country || defaulted) && (parsed === undefined || !parsed.isValid()) && !withoutExtension.trim().startsWith('+') && digits.length >= 10) {
    const international = parsePhoneNumberFromString(`+${digits.startsWith('00') && !digits.startsWith('000') ? digits.slice(2) : digits}`);
    if (international !== undefined && international.isValid()) parsed = international;
  }
  if (parsed !== undefined && parsed.isPossible()) {
    const national = String(parsed.nationalNumber);
    return { phone: String(parsed.number), phoneNational: national, phoneLocal7: national.slice(-7) };
  }
  return { phone: digits, phoneNational: null, phoneLocal7: digits.slice(-7) };
}

function addressOf(c: CustomerContact, country: string | null, postcode: string | null, vietnamese: boolean): Pick<LinkageRecord, 'houseNumber' | 'street' | 'streetType' | 'otherLine' | 'unitArea' | 'localities'> {
  const read = streetAddressOf(c, country, postcode, vietnamese);
  return { ...read, localities: read.street === null ? [] : localitiesOf(c) };
}

/** Words that open a locality's name with its kind: Mexico's colonia and fraccionamiento, a barrio, a barangay, a purok or sitio, a taman. */
const LOCALITY_MARKS = new Set(['col', 'colonia', 'fracc', 'fraccionamiento', 'barrio', 'bo', 'brgy', 'bgy', 'barangay', 'purok', 'sitio', 'taman', 'tmn', 'urb', 'urbanizacion', 'sector', 'zona']);

/** Words that open a part naming no place: a unit, a side of a building, whom to send to. */
const NOT_A_PLACE = /^(?:apt|appt|apartment|suite|ste|unit|flat|rear|front|back|upper|lower|basement|annex|annexe|attn|attention|c\s*\/\s*[o-]|care|chez|po|box|floor|fl|level|room|rm|shop|stall|office|building|bldg|block|blk|lot|phase|ph|house|villa|esc|escalier|bat|batiment)\b/;

/**
 * The places a street's line names after its numbered part, and the lines after that one (`LinkageRecord.localities`): not the
 * parts before it (a unit, a building's or a house's name), nor a unit's or a care-of's, nor the record's own town, region or
 * country, nor a line of no number anywhere (no street to place).
 */
function localitiesOf(c: CustomerContact): string[] {
  const lines = [c.address?.line1, c.address?.line2].map((l) => withoutLandmarks(l ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '').slice(0, 6));
  const streetAt = lines.map((parts) => parts.some((p) => /\d/.test(p))).lastIndexOf(true);
  if (streetAt < 0) return [];
  const line = lines[streetAt] ?? [];
  const after = [...line.slice(line.map((p) => /\d/.test(p)).lastIndexOf(true) + 1), ...lines.slice(streetAt + 1).flat()];
  const glued = (v: string | null | undefined) => normaliseText(v).replace(/ /g, '');
  const own = [c.address?.city, c.address?.region, c.address?.country].map(glued).filter((v) => v.length >= 3);
  // Its kind's word written or not, short or long, is one place ("Col. Tecnológico" / "Colonia Tecnológico", "Brgy. Talaba" / "Talaba").
  const place = (p: string) => tokensOf(normaliseText(p)).filter((t, i) => i > 0 || !LOCALITY_MARKS.has(t)).map((t) => STREET_WORD_FORMS.get(t) ?? t).join(' ');
  const places = after.filter((p) => !NOT_A_PLACE.test(p.trim().toLowerCase()) && !NOT_A_PLACE.test(normaliseText(p))).map(place).filter((l) => glued(l).length >= 3 && !own.some((o) => glued(l).includes(o)));
  return [...new Set(places)];
}

/** A line naming a floor and no more than that ("2e verdieping", "3rd Floor", "2-hoog", "1. OG", "2º piso"). */
// The floor's word ends the line, a side aside ("2. OG links"): "10 Stock Road", "1 Etage Rd" are streets (a review's finding).
const FLOOR_LINE = /^\d+\s*(?:e|de|ste|st|nd|rd|th|er|eme|re|o|a|º|ª)?\s*[.-]?\s*(?:verdieping|etage|floor|fl|flr|stock|og|obergeschoss|hoog|piso|andar|pietro)\.?(?:\s+(?:links|rechts|li|re|voor|achter|left|right|front|rear))?\s*$/i;

/** An address written as Vietnam writes one: its wards and districts named, or its country (`vietnameseStreetPart`). */
const VIETNAMESE_ADDRESS = /(?:^|[\s,])(?:phường|quận|huyện|đường|hẻm|ngõ|ngách|thành phố|tp\.?\s?hcm|hcmc|chung cư|căn hộ|đại lộ|quốc lộ|thị xã|thị trấn|tỉnh|xã)(?=[\s,.]|$)|(?:^|[\s,])tp\.\s?\p{L}|(?:^|[\s,])[PQ]\.\s?\d|\b(?:phuong|quan|huyen)\s+(?:\d|[A-Z])|(?:^|,)\s*vi[eệ]t\s?nam\s*(?:,|$)/iu;

/**
 * A street's part of an address as Vietnam writes it, in the form the other readings know (vn-dientu read: the lines were read
 * whole as streets): "Số" (number) before the house's number off; an alley's numbers ("27/46/57 Pasteur", "45/12", "12 Hẻm 45 Lê
 * Văn Sỹ", "Số 5 ngõ 12 Phố Huế") one house number, its alleys' numbers first, joined by "k"; "Đường" or "Phố" (street) after the
 * number off, as "Calle" is (left off as often as written).
 */
function vietnameseStreetPart(part: string): string {
  let p = part.normalize('NFC').replace(/^\s*s[ốo]\.?\s+(?=\d)/iu, '');
  p = p.replace(/^(\d+[a-z]?)\s+(?:hẻm|hem|hxh|ngõ|ngo|kiệt|kiet)\s+(\d+[a-z]?(?:\s*\/\s*\d+[a-z]?)*)\s+(?=\p{L})/iu, (_m, house: string, alley: string) => `${alley}/${house} `);
  p = p.replace(/^(\d+[a-z]?(?:\s*\/\s*\d+[a-z]?)+)(?=\s+\p{L})/iu, (m) => m.replace(/\s*\/\s*/g, 'k'));
  // "Đường" written with its "Đ", or "duong" in small letters as a street's word is typed: not "Duong", "DUONG", a street named
  // Dương ("143/88 DUONG BA TRAC" is "Đường Dương Bá Trạc").
  return p.replace(/^(\d[\da-z]*)\s+(?:Đường|đường|ĐƯỜNG|Đ\.|đ\.|duong|Phố|phố|PHỐ)\s+(?=\p{L})/u, '$1 ');
}

/** A Vietnamese address's part naming a ward, a district, a commune, a town, a province or an industrial zone ("Phường 6", "P. Bến Thành", "Q.5", "H. Nhà Bè", "TP.HCM", "KCN Tân Bình"). */
const VIETNAMESE_PLACE = /^(?:phuong|quan|xa|huyen|tp|thanh pho|thi xa|tx|thi tran|tt|tinh|kcn|khu cong nghiep|ap|thon)\b/;
/** A Vietnamese address's part naming a floor, a flat, a room, a building or an apartment block ("Lầu 5", "Tầng 12", "Căn hộ 12.16", "Tòa nhà Hải Âu", "Chung cư Sao Mai"). */
const VIETNAMESE_UNIT = /^(?:lau|tang|can ho|can|phong|toa nha|toa|chung cu|cc|block|lo|kiot)\b/;

/**
 * A Vietnamese address line's parts (`vietnameseStreetPart` each): the street's first, then its building's and its unit's, then its
 * places, each a line of its own as a line of its own is read; a ward's or district's part is never the street, whatever number it
 * holds ("Phường 6", "Q. 10").
 */
function vietnameseParts(line: string): string[] {
  const parts = line.slice(0, LINE_MAX).split(',').map((p) => p.trim()).filter((p) => p !== '');
  const place = (p: string) => VIETNAMESE_PLACE.test(normaliseText(p)) || /^[PpQqHh]\.\s*\S/.test(p);
  const unit = (p: string) => VIETNAMESE_UNIT.test(normaliseText(p));
  const streets = parts.filter((p) => !place(p) && !unit(p)).map(vietnameseStreetPart);
  return [...streets, ...parts.filter((p) => !place(p) && unit(p)), ...parts.filter(place)];
}

function streetAddressOf(c: CustomerContact, country: string | null, postcode: string | null, vietnamese: boolean): Pick<LinkageRecord, 'houseNumber' | 'street' | 'streetType' | 'otherLine' | 'unitArea'> {
  const convention = unitConvention(country, postcode);
  const city = normaliseText(c.address?.city);
  // An old import's UTF-8 read as Windows-1252 or -1258 spelt again first ("Sá»‘ 53" is "Số 53").
  const lines = withPlotsJoined([c.address?.line1, c.address?.line2].flatMap((l) => (vietnamese ? vietnameseParts(withoutMojibake(l ?? '')) : commaParts(withoutLandmarks(l ?? '')))))
    .map((l) => streetText(townAfterStreet(l, city, postcode)?.street ?? l, convention).replace(POST_BOX_SHORT, 'po box'))
    .filter((l) => l !== '');
  // Address lines swapped ("Suite 200" / "12 Main St"): the street line is the one starting with a
  // house number ("2nd floor" does not), else the first that is not a unit's.
  // Nor a floor's ("2e verdieping", "3rd floor", "2-hoog": nl-installatie read, read as a street "verdieping").
  const numbered = lines.find((l) => /^\d/.test(l) && !unitAfterStreet(tokensOf(l), 0) && !FLOOR_LINE.test(l));
  // Without a numbered street, a line naming a unit in its building ("Shop 4, Ground Floor,
  // Building 59, Al Muroor", "Al Shams Plaza, Flat 3709"), before a box or a line of no number.
  let unit: { line: string; read: Pick<LinkageRecord, 'houseNumber' | 'street' | 'streetType'> } | undefined;
  for (const l of numbered === undefined ? lines : []) {
    const read = unitInBuilding(tokensOf(l));
    if (read !== null) {
      unit = { line: l, read };
      break;
    }
  }
  const line = numbered ?? unit?.line ?? lines.find((l) => !isUnitAt(tokensOf(l), 0) && !FLOOR_LINE.test(l)) ?? null;
  if (line === null) return { houseNumber: null, street: null, streetType: null, otherLine: null, unitArea: null };
  const other = lines.find((l) => l !== line && !FLOOR_LINE.test(l));
  const otherLine = other === undefined ? null : streetLine(other).street;
  const otherWords = otherLine !== null && otherLine.length >= 3 && !/\d/.test(otherLine) && !isPostBox(otherLine) ? otherLine : null;
  if (unit !== undefined) {
    // The line of no number beside the unit is its building's area, complex or park, unless it is the
    // record's town, region or country ("Dubai, UAE"): two towers' "Flat 101, Building 5" in two areas
    // are two addresses (a review's finding), compared where both records name one (`compareStreet`).
    const glued = (v: string | null | undefined) => normaliseText(v).replace(/ /g, '');
    const own = [c.address?.city, c.address?.region, c.address?.country].map(glued).filter((v) => v !== '');
    const area = otherWords === null || own.some((v) => otherWords.includes(v)) ? null : otherWords;
    return { ...unit.read, otherLine: null, unitArea: area };
  }
  // A line with a number in it is a unit's ("Flat 3", "Villa 12", "Sec 443"): neighbours' differ by one digit.
  return { ...streetLine(line), otherLine: otherWords, unitArea: null };
}

/**
 * A line without what only points the way to it and the mark before its number: a landmark after a comma ("No. 85 Okigwe Road,
 * off Wetheral Road", "135 Kumasi Crescent, by Total Filling Station", "Shop C133, Kuto Market, beside First Bank"), as Nigeria,
 * India and many places write one, and "No." (India's "D. No.", a door's) opening the line ("No. 85, Okigwe Road": the house's number 85).
 */
function withoutLandmarks(raw: string): string {
  return raw
    .slice(0, LINE_MAX)
    .replace(/,\s*(?:off|beside|behind|opposite|opp\.?|near|nr\.?(?=\s*[a-z])|by|adjacent\s+to|next\s+to|close\s+to|along)\s+[^,]*/gi, '')
    // Or opening the line, before a comma and more ("Behind Municipal School, Ambedkar Road": in-traders read); "B/h" (behind) too.
    .replace(/^\s*(?:beside|behind|b\/h|opposite|opp\.|near|nr\.(?=\s*[a-z])|adjacent\s+to|next\s+to|close\s+to)\s+[^,]*,\s*(?=\S)/i, '')
    .replace(/^\s*(?:d\.?\s*)?(?:no|nr|n°)\.?\s*(?=\d)/i, '');
}

/** A plot's block and lot on a line of their own, before the line of the street or subdivision they are in: one line. */
function withPlotsJoined(lines: string[]): string[] {
  const at = lines.findIndex((l, i) => i < lines.length - 1 && plotOnly(l));
  return at < 0 ? lines : [...lines.slice(0, at), `${lines[at] ?? ''} ${lines[at + 1] ?? ''}`, ...lines.slice(at + 2)];
}

/**
 * Words that name a unit of a building, or a plot, with its number, where no numbered street
 * is written (`unitInBuilding`): the shop, office, flat, villa, warehouse or plot. Not a
 * building's own number ("Building 59, Al Muroor" is read as no street: against "Shop 4, Building
 * 59" it says nothing, where read as the number 59 it said another address).
 */
const BUILDING_UNIT_WORDS = new Set(['unit', 'apt', 'apartment', 'suite', 'ste', 'flat', 'shop', 'room', 'rm', 'office', 'ofc', 'warehouse', 'wh', 'villa', 'plot', 'store', 'showroom', 'kiosk', 'house', 'stall']);
/** Words before a number that name a building, block, area or street, not a house ("Tower 2", "Block B 12", "Street 25"): no street's number follows them. */
const NUMBERED_PLACE_WORDS = new Set(['building', 'bldg', 'tower', 'twr', 'block', 'blk', 'phase', 'sector', 'area', 'zone', 'cluster', 'gate', 'district', 'lob', 'wing', 'no', 'number', ...FLOOR_WORDS]);

/** A building's words written short, to one form. */
const BUILDING_WORD_FORMS = new Map([['bldg', 'building'], ['bldgs', 'building'], ['twr', 'tower'], ['blk', 'block'], ['apts', 'apartments'], ['mkt', 'market'], ['cplx', 'complex']]);
/** Floors named beside a unit ("Ground Floor", "GF", "2nd Floor", "Floor 3", "Mezzanine"): no part of the building's name. */
const FLOOR_NAMES = new Set(['gf', 'mezzanine', 'mezz']);

/**
 * A line naming a unit in a building and no numbered street ("Shop 4, Ground Floor, Building
 * 59, Al Muroor", "Office 712 Lotus Commercial Building Al Falah Street", "Al Shams Plaza, Flat
 * 3709", "Villa 39, Street 25, Umm Suqeim 2"), read as its unit's number and the building's and
 * street's words: the same unit written in either order is one address, another unit of the
 * building a neighbour's (another number on the street), as a house on a street is read. Null
 * for a line of no such unit. Its number is the digits after the unit's word (and "No."), the
 * first run of them only ("Villa 1, 225 Street" is villa 1, not 1225: a review's finding).
 */
function unitInBuilding(tokens: readonly string[]): Pick<LinkageRecord, 'houseNumber' | 'street' | 'streetType'> | null {
  if (tokens.length < 3 || /^\d/.test(tokens[0] ?? '')) return null;
  const numberAt = (i: number) => (tokens[i + 1] === 'no' ? i + 2 : i + 1);
  // A market's or a plaza's shop numbered with its row's letter too ("Shop F54", "Stall C133").
  const unitAt = (words: ReadonlySet<string>) => tokens.findIndex((t, i) => words.has(t) && /^[a-z]?\d+[a-z]?$/.test(tokens[numberAt(i)] ?? ''));
  const at = unitAt(BUILDING_UNIT_WORDS);
  if (at < 0) return null;
  const end = numberAt(at);
  // A numbered street later on the line ("Shop 12, Westfield Bondi Junction, 500 Oxford St", "Unit 5,
  // Block B, 12 Jalan Ampang"): the street, as a line opening with it reads (a review's finding). Not
  // a building's, block's or street's own number ("Tower 2", "Street 25"), nor one the unit's runs on to.
  const after = tokens.slice(end + 1);
  const placed = (i: number) => {
    const before = after[i - 1] ?? '';
    // After a word that is no building's, block's or street's (a block's letter after its word: "Block B, 12 Jalan Ampang").
    if (/^[a-z]$/.test(before)) return NUMBERED_PLACE_WORDS.has(after[i - 2] ?? '');
    // After a street type that ends a name ("Bryanston Square, 145 Bompas Road"), not one that opens a numbered street ("Villa 12, Street 5, Al Wasl Road").
    if (STREET_TYPES.has(before)) return /^[a-z]{2,}$/.test(after[i - 2] ?? '') && !NUMBERED_PLACE_WORDS.has(after[i - 2] ?? '') && !STREET_TYPES.has(after[i - 2] ?? '');
    return /^[a-z]{2,}$/.test(before) && !NUMBERED_PLACE_WORDS.has(before);
  };
  const house = after.findIndex((t, i) => i > 0 && /^\d+[a-z]?$/.test(t) && placed(i) && /^[a-z]/.test(after[i + 1] ?? '') && after.slice(i + 1).some((w) => STREET_TYPES.has(w) || w === 'jalan' || w === 'jln'));
  if (house > 0) return streetLine(after.slice(house).join(' '));
  // A box written on the line after the building ("…, Al Muroor, PO Box 43587") is no word of its name.
  const written = [...tokens.slice(0, at), ...after];
  const box = written.findIndex((t, i) => (t === 'po' && written[i + 1] === 'box') || (t === 'box' && /^\d/.test(written[i + 1] ?? '')));
  const rest = (box < 0 ? written : written.slice(0, box)).map((t) => BUILDING_WORD_FORMS.get(t) ?? t);
  const kept = rest.filter((t, i) => {
    if (FLOOR_NAMES.has(t) || FLOOR_WORDS.has(t)) return false;
    const next = rest[i + 1] ?? '';
    // "ground floor", "2nd floor", and the number after "floor" or "level".
    if ((FLOOR_ORDINALS.has(t) || /^\d+(?:st|nd|rd|th)$/.test(t)) && FLOOR_WORDS.has(next)) return false;
    if (/^\d+$/.test(t) && FLOOR_WORDS.has(rest[i - 1] ?? '')) return false;
    return t !== 'no';
  });
  if (kept.length === 0) return null;
  const read = streetLine(kept.join(' '));
  return read.street === null ? null : { houseNumber: (tokens[end] ?? '').replace(/[a-z]$/, ''), street: read.street, streetType: read.streetType };
}

/** Words of street names written two ways, to one: "Fifth" is "5th" (the suffix goes later), "Mount" "Mt", "Fort" "Ft". */
const STREET_WORD_FORMS: ReadonlyMap<string, string> = new Map([
  ['first', '1'], ['second', '2'], ['third', '3'], ['fourth', '4'], ['fifth', '5'], ['sixth', '6'], ['seventh', '7'], ['eighth', '8'],
  ['ninth', '9'], ['tenth', '10'], ['mount', 'mt'], ['fort', 'ft'],
  // A subdivision's or village's words written short ("Greenview Subd.", "Golden Meadows Vill.", "Hillside Hts.").
  ['subd', 'subdivision'], ['vill', 'village'], ['hts', 'heights'], ['pk', 'park'],
  // Malaysia's street and estate written short ("Jln Cerdas, Tmn Connaught").
  ['jln', 'jalan'], ['tmn', 'taman'],
  // A patron's title opening a Dutch, Flemish or German street's name, written out or short ("Dokter Schaepmanstraat" / "Dr.
  // Schaepmanstr.", "Burgemeester" / "Burg.", "Sint" / "St.": nl-installatie read): one form each ("dr" a type's, dropped as "Dr." is).
  ['dokter', 'dr'], ['doktor', 'dr'], ['burgemeester', 'burg'], ['professor', 'prof'], ['pastoor', 'past'], ['sint', 'st'], ['sankt', 'st'],
  ['generaal', 'gen'], ['koningin', 'kon'], ['koning', 'kon'], ['kardinaal', 'kard'], ['monseigneur', 'mgr'], ['president', 'pres'],
]);

/**
 * A line whose house name or floor comes first, then a comma and the numbered street ("Rose
 * Cottage, 12 High St", "First Floor, 12 Main St"): two lines, the street's first. A line that
 * opens with its number stays whole.
 */
/** Words that may follow a house's number after a comma (`numberAfterStreetName`): an interior's, a staircase's, a floor's, a door's. */
const NUMBER_TAIL_WORDS = new Set(['int', 'interno', 'sc', 'scala', 'piano', 'bis', 'ter', 'esc', 'escalera', 'puerta', 'pta', 'planta', 'bajo', 'izq', 'izda', 'dcha', 'der']);
/** A street's name of no number, then its house's number alone after a comma (`commaParts`): "Via Roma" / "75", "Calle Mayor" / "5 2º izq". */
function numberAfterStreetName(name: string, after: string): boolean {
  // A number of four digits at most ("Springfield, 62701" is a postcode's), after no English street type ("Main Street, 5" is read as
  // before: a review's finding).
  const last = tokensOf(normaliseText(name)).at(-1) ?? '';
  if (/\d/.test(name) || !/\p{L}{2,}/u.test(name) || STREET_TYPES.has(last) || !/^\d{1,4}\s*[a-z]?(?:\s*\/\s*[a-z0-9]+)?(?:[\s.]|$)/i.test(after)) return false;
  return tokensOf(normaliseText(after)).every((t) => /\d/.test(t) || t.length <= 2 || NUMBER_TAIL_WORDS.has(t));
}

function commaParts(raw: string): string[] {
  const written = raw.slice(0, LINE_MAX).split(',').map((p) => p.trim()).filter((p) => p !== '');
  // A plot's block and lot alone before a comma ("Blk 52 Lot 35, Katipunan St."): the plot's numbers of the street after it.
  // Or a house's number alone before one ("12, Ibara Road", "62, Awolowo Avenue", "40 ter, Rue Pasteur").
  // Or a house's number after its street's name, as Italy and Spain write it ("Via Roma, 75", "Vle Monza, 37/A", "Via Pisacane, 127
  // int. 7", "Calle Mayor, 5": it-termoidraulica read, read as no street), the number and its interior's or floor's words alone.
  const parts = written.length >= 2 && (plotOnly(written[0] ?? '') || /^\d+\s*(?:[a-z]|bis|ter|quater)?$/i.test(written[0] ?? '') || numberAfterStreetName(written[0] ?? '', written[1] ?? '')) ? [`${written[0] ?? ''} ${written[1] ?? ''}`, ...written.slice(2)] : written;
  if (parts.length < 2) return parts.length === 1 && parts !== written ? parts : [raw];
  // A street whose type ends its part (or a plot's street or subdivision), then parts of no number ("1487 Del Pilar St, Brgy.
  // Santa Lucia", "Katipunan St., Golden Meadows Village", "Blk 50 Lot 35, Vista Verde Subd., Brgy. Kumintang Ibaba"): the
  // street, and its locality (a suburb, village or barangay) the other line, read as a line of its own is.
  // So is a numbered street's part, its type written short as lists please ("78 Fynbos Cl, Phoenix").
  const first = tokensOf(normaliseText(parts[0]));
  const streetEnds = parts !== written || STREET_TYPES.has(first.at(-1) ?? '') || (/^\d+[a-z]?$/.test(first[0] ?? '') && first.length >= 2 && /^\p{L}{2,}$/u.test(first[1] ?? ''));
  if (streetEnds && parts.slice(1).every((p) => !/\d/.test(p))) return [parts[0] ?? '', parts.slice(1).join(', ')];
  if (parts !== written) return [parts.join(', ')];
  const street = parts.findIndex((p, k) => k > 0 && /^\d/.test(p));
  // A first part with a number is a unit's ("Lot 12", "Unit 4"): the line stays whole, the unit read with it;
  // unless a numbered street's part follows a unit and its building ("Suite 22, Gateway Business Park, 89
  // Tortelduif Street, Bedfordview"): that part is the street, read as the same street on a line of its own
  // is (its town after it where it is the record's), the unit's parts the other line. Not a numbered street's
  // name ("Villa 1, 225 Street").
  if (/\d/.test(parts[0] ?? '')) {
    const unitFirst = BUILDING_UNIT_WORDS.has(tokensOf(normaliseText(parts[0])).at(0) ?? '');
    // The unit and its building in one part ("Unit 136 Oak Tree Gardens, 177 Wildevy Ave") as in two.
    const named = street > 1 || (street === 1 && tokensOf(normaliseText(parts[0])).length >= 3) ? tokensOf(normaliseText(parts[street])) : [];
    const numberedStreet = /^\d+[a-z]?$/.test(named[0] ?? '') && /^\p{L}{2,}$/u.test(named[1] ?? '') && !STREET_TYPES.has(named[1] ?? '');
    return unitFirst && numberedStreet ? streetFirst(parts, street) : [raw];
  }
  return street < 0 ? [raw] : streetFirst(parts, street);
}

/** US states' and Canadian provinces' two-letter codes, as written after a town. */
const REGION_CODES = new Set(
  ('al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa pr ri sc sd tn tx ut vt va wa wv wi wy ' +
    'ab bc mb nb nl ns nt nu on pe qc sk yt').split(' '),
);

/**
 * A whole address written on the street line ("1420 W Belmont Ave, Chicago, IL 60657"): the
 * street is what comes before the first comma, when what follows it is the town's part (a US ZIP,
 * a state after a town, or the record's own city or postcode). "Rose Cottage, 12 High St" keeps
 * both parts. Also the ZIP found there, for a record whose postcode field is empty.
 */
function townAfterStreet(raw: string | null | undefined, city: string, postcode: string | null): { street: string; zip: string | null } | null {
  if (raw === null || raw === undefined) return null;
  const line = raw.slice(0, LINE_MAX);
  const comma = line.indexOf(',');
  if (comma <= 0) return null;
  const rest = normaliseText(line.slice(comma + 1));
  // Five digits after a town's or state's word, not a box's or a unit's ("PO Box 78212", "Unit 10011").
  const zip = /(?:^|[a-z] )(\d{5})(?: \d{4})?$/.exec(rest)?.[1] ?? null;
  if (zip !== null && tokensOf(rest).some((t) => UNIT_WORDS.has(t) || t === 'box')) return null;
  const joined = rest.replace(/ /g, '');
  // Only after a numbered street or a box: "Rose Cottage, Mill Rd" is a house name and its street.
  if (!/^\s*(?:\d|p\.?\s*o\.?\s*box\b|box\b)/i.test(line)) return null;
  const state = /(?:^| )([a-z]{2})$/.exec(rest)?.[1];
  const town = zip !== null || (state !== undefined && REGION_CODES.has(state) && rest.length > 3) || (city !== '' && rest.startsWith(city)) || (postcode !== null && postcode.length >= 4 && joined.includes(postcode.toLowerCase()));
  return town ? { street: line.slice(0, comma), zip } : null;
}

/**
 * The words that name a street (house number and units already off): directions before the name
 * are dropped ("S Cottage Grove"); one after it stays, in its short form, for it tells streets
 * apart ("G St NW" / "G St NE", "5th Ave N" / "5th Ave S"; "5th Ave S" = "5th Avenue South"). A
 * street named by directions alone ("12 North St", "1234 Avenue S", "W North Ave", "N St NW") is
 * its last one written out ("N St" = "North St"), with the quadrant after it ("northnw": N St
 * NW is not S St NW). Street types are dropped throughout.
 */
function streetWords(written: string[]): string[] {
  // "St" opening a street's name before more of it is Saint, a word of the name ("St Charles Ave" = "Saint Charles Ave", not "Charles St").
  // Before a number it is the street's ("St. 46, Umm Suqeim 2" is Street 46).
  // So are "Ste", "Sta", "Sto" and "Sn" (Sainte, Santa, Santo, San: "Ste-Foy Rd", "ch. Ste-Foy").
  const saints = (t: string, i: number) => (i === 0 && written.length > 2 && !/^\d/.test(written[1] ?? '') ? (t === 'st' ? 'saint' : ROMANCE_SAINTS.get(t)) : undefined);
  const tokens = written.map((t, i) => saints(t, i) ?? STREET_WORD_FORMS.get(t) ?? t);
  const kept = tokens
    .filter((t, i) => !(DIRECTIONS.has(t) && tokens.length > 1 && i < tokens.length - 1) && !STREET_TYPES.has(t))
    .map((t) => SHORT_DIRECTION.get(t) ?? t);
  // A street named by a type's word ("Lane Dr", "Court St", "Circle Dr"): the
  // word is its name, the last one its type. Dropping both left no street to compare at all.
  if (kept.length === 0 && tokens.length > 1 && !tokens.some((t) => DIRECTIONS.has(t))) return tokens.slice(0, -1);
  if (!kept.every((t) => DIRECTIONS.has(t))) return kept;
  const directions = tokens.filter((t) => DIRECTIONS.has(t)).map((t) => SHORT_DIRECTION.get(t) ?? t);
  const quadrant = directions.length > 1 && QUADRANTS.has(directions[directions.length - 1] ?? '') ? directions.pop() : undefined;
  const name = directions[directions.length - 1];
  return [...(name === undefined ? [] : [LONG_DIRECTION.get(name) ?? name]), ...(quadrant === undefined ? [] : [quadrant])];
}

const cap = (v: string | null | undefined, max: number): string | null | undefined => (typeof v === 'string' && v.length > max ? v.slice(0, max) : v);

/**
 * The contact as long as QuickBooks holds it (QBO_LIMITS): a value past its field's limit is
 * nothing QuickBooks could hold to match against, and the comparisons on the hot path (Jaro-Winkler,
 * Damerau-Levenshtein) grow with the square of a value's length: two given names of 8,000
 * characters took 0.6 s to compare, for each of up to 30 candidates. The address lines are
 * cut at LINE_MAX when read.
 */
/** A deceased person's estate or executors named before the person ("Estate of Harold Baker", "Exors of the late J Davies", "The late Amina Nur"). */
// Portugal's and Spain's undivided estate ("Herança de Rui Rocha", "Herança Indivisa de …", "Cabeça de casal da herança de …",
// "Herencia yacente de …", "Sucesión de …": pt-contabilidade read, read as an organisation named with the deceased's words).
// And the heirs' community Switzerland's, France's and Italy's records name ("Erbengemeinschaft Margrit Schläfli", "Hoirie de
// Jean Favre", "Succession de …", "Eredi fu Bruno Zanini": ch-treuhand read).
const ESTATE_BEFORE = /^\s*(?:the\s+)?(?:estate|est\.?|exors?\.?|executors?|executrix|personal\s+representatives?)\s+(?:(?:of|for)\s+)?(?:the\s+)?(?:late\s+)?(.+?)\s*$|^\s*the\s+late\s+(.+?)\s*$|^\s*(?:(?:cabe[cç]a\s+de\s+casal\s+(?:da\s+)?)?heran[cç]a(?:\s+(?:indivisa|jacente|aberta))?|herencia(?:\s+yacente)?|sucesi[oó]n|sucess[aã]o)\s+(?:de|do|da|del)\s+(?:(?:o|a|el|la)\s+)?(?:falecid[oa]\s+|fallecid[oa]\s+)?(.+?)\s*$|^\s*(?:d[oö]dsbo(?:et)?|doedsbo|db|kuolinpes(?:ä|ae|a))(?:\s+(?:efter|e\/|e\.?))?\s+(?:avl\.?\s+)?(.+?)\s*$|^\s*(?:erbengemeinschaft|erbengem\.|eredi|hoirie|succession(?=\s+(?:de|du|d')))(?:\s+(?:de|du|d'|von|des|fu|del\s+fu|della\s+fu|feu|sel\.?))?\s+(?:(?:fu|feu|sel\.?)\s+)?(.+?)\s*$/iu;
/** An executor's own name before the deceased's ("Ioana Moldovan (executor of the late Larisa Bălan)"): the deceased's is the estate's. */
const EXECUTOR_OF = /\(\s*(?:exors?\.?|executors?|executrix|personal\s+representatives?)\s+(?:of|for)\s+(?:the\s+)?(?:late\s+)?([^()]+?)\s*\)\s*$/i;
/** The executors' word after the deceased's name ("Hina Raja (deceased) - Executors"), and a deceased's mark after a name read from before ("Exors of G Brimble Decd"). */
const EXECUTORS_AFTER = /\s*[-\u2013,]\s*(?:exors?\.?|executors?)\s*$/i;
/** Its executor's care after the name ("Estate of Joe J. Detweiler c/o Roman Detweiler": us-funeral read, read as a firm's name against the estate's own record written without it). */
const CARE_AFTER = /\s*[-\u2013,]?\s+(?:c\/o|c\/-|care\s+of|attn\.?:?)\s+[^()]{2,60}$/i;
const DECEASED_AFTER = /[\s,]+\(?(?:deceased|dec'?d|decd)\.?\)?\s*$/i;
/** Or after ("Chris Soap Estate", "Mary Ann Holloway, deceased", "Wyatt Morgan (dec'd)", "Margaret Whitfield Est"). */
const ESTATE_AFTER = /^\s*(.+?)(?:\s*,\s*|\s+|\s*\(\s*)(?:deceased|dec'?d?|estate|est)\.?(?:\s*\))?\s*$/i;
/**
 * Sweden's estate after the deceased's name in the genitive ("Karl Bergs dödsbo", "Tarek Al-Jabouris dödsbo", "Karl Berg:s
 * dödsbo"), or opening it ("Dödsbo efter Karl Berg", "DB Karl Berg", `ESTATE_BEFORE`): se-bokforing read, an estate's record
 * read as a person named "dödsbo" and linked to the surviving spouse's.
 */
const DODSBO_AFTER = /^\s*(.+?)(?::?s)?\s+(?:d[oö]dsbo(?:et)?|doedsbo)\s*$/iu;
/**
 * Finland's estate (kuolinpesä, "kp." written short) after the deceased's name ("Kauppila Raili kp", "Toivo Aalto kuolinpesä"),
 * as `ESTATE_BEFORE` reads it before ("Kuolinpesä Toivo Aalto", "KUOLINPESAE TOIVO AALTO"): fi-isannointi read, an estate's
 * record read as a person named "Kuolinpesä" against the estate's own.
 */
const KUOLINPESA_AFTER = /^\s*(.+?)\s+(?:kuolinpes(?:ä|ae|a)|kp\.?)\s*$/iu;
/**
 * Hungary's estate (hagyaték) after the deceased's name ("Bognár Istvánné hagyatéka", "Gáspár Noémi (hagyaték)", "néhai Simon
 * Andrásné hagyatéka": "néhai" the late): hu-kazanszerviz read, an estate's record read as the deceased's namesake against an
 * heir's at the home.
 */
const HAGYATEK_AFTER = /^\s*(?:n[eé]hai\s+)?(.+?)\s*(?:\(\s*hagyat[eé]k\s*\)|hagyat[eé]ka|hagyat[eé]k)\s*$/iu;
/** The estate's word as it ends a display (`HAGYATEK_AFTER`), kept by `withHungarianNamesRead`. */
const HAGYATEK_WORD = /\s*(?:\(\s*hagyat[eé]k\s*\)|hagyat[eé]ka|hagyat[eé]k)\s*$/iu;

/**
 * A deceased person's estate read by the person's name: the estate may carry on the person's account, billed to the executors
 * under the deceased's name (us-utility's and gb-lettings' rules: "Estate of Mary Ann Holloway" / "Mar Ann Holloway, deceased" /
 * "Mary Ann Holloway" one customer), or be a customer of its own (us-nonprofit's bequests, us-cpa's and us-property's estates):
 * read so, as the deceased's, an estate's records agree with each other however written, and one against a living person's
 * record of the name is held for a person to decide (`compareRecords`, 'decedent'). The display is the deceased's name; given and
 * family fields naming another person are the executor's, no name of the customer's ("Exors of the late Amina Nur", Farah
 * Ismail). Only a person's name: two to four words of no organisation's, the first a given name or an initial, or the fields'
 * family name among them ("Willow Creek Estate" is a place). Returned with what the display says of the death:
 * 'estate' where it names the estate or its executors, a body of its own ("Estate of Amina Aden", "Exors of the late Bethan
 * Tudor", "Hina Raja (deceased) - Executors", "Ashley Pyle Estate"); 'deceased' where it only marks the person's own name so
 * ("Mary Ann Holloway, deceased", "The late Amina Nur", "Huynh Phuong Decd"); null where it says neither.
 */
function estateRead(raw: CustomerContact): { contact: CustomerContact; estate: 'estate' | 'deceased' | null } {
  const none = { contact: raw, estate: null };
  if (typeof raw.displayName !== 'string') return none;
  // Read as spelt again where an old import garbled it ("DÃ¶dsbo efter …": se-bokforing read).
  const spelt: string = /Ã/.test(raw.displayName) && raw.displayName.length <= 300 ? withoutMojibake(raw.displayName) : raw.displayName;
  const c = { ...raw, displayName: spelt, companyName: raw.companyName === raw.displayName ? spelt : raw.companyName };
  // A CompanyName other than the display's is a firm's: the record is the firm's (its CompanyName the estate's, as QuickBooks
  // keeps an estate's record, is read with the display).
  // So is one naming the estate as the display does before its executor's care ("Estate of Janet Klein - c/o Sarah Russell",
  // CompanyName "Estate of Janet Klein").
  // Only before an estate's own words: a death's mark with another's care after it ("tommy brandt (dec'd) c/o elsa brandt") is
  // the person's account, as before.
  const cared = ESTATE_BEFORE.test(c.displayName.replace(CARE_AFTER, '')) && /^\s*(?:the\s+)?(?:estate|est\.?)\s/i.test(c.displayName) ? c.displayName.replace(CARE_AFTER, '') : c.displayName;
  const shown = cared.replace(EXECUTORS_AFTER, '');
  // The executors' word after the name says a death; the care alone does not (the estate's name before it is read as written).
  const executorsWord = shown !== cared;
  if (nameWritten(c.companyName) && normaliseText(c.companyName) !== normaliseText(c.displayName) && normaliseText((c.companyName ?? '').replace(CARE_AFTER, '')) !== normaliseText(shown)) return none;
  const executorOf = EXECUTOR_OF.exec(c.displayName);
  const before = executorOf === null ? ESTATE_BEFORE.exec(shown) : null;
  const after = executorOf === null && before === null ? (DODSBO_AFTER.exec(shown) ?? KUOLINPESA_AFTER.exec(shown) ?? HAGYATEK_AFTER.exec(shown) ?? ESTATE_AFTER.exec(shown)) : null;
  const name = (executorOf !== null ? (executorOf[1] ?? '') : before !== null ? (before[1] ?? before[2] ?? before[3] ?? before[4] ?? before[5] ?? '') : (after?.[1] ?? '')).replace(DECEASED_AFTER, '');
  // "Deceased", "the late" and an executor's word say a person died, whatever the name: "Estate" after a name may be a place's ("Willow Creek Estate").
  const deceased = executorOf !== null || executorsWord || (before !== null && /\b(?:late|exors?|executors?|executrix|representatives?)\b|^\s*(?:cabe[cç]a|heran[cç]a|herencia|sucesi[oó]n|sucess[aã]o|d[oö]dsbo|doedsbo|db|kuolinpes(?:ä|ae|a)|erbengemeinschaft|erbengem\.|eredi|hoirie|succession)(?=\s)/iu.test(c.displayName)) || (after !== null && /(?:deceased|dec'?d?|d[oö]dsbo(?:et)?|doedsbo|kuolinpes(?:ä|ae|a)|\skp)\.?\)?\s*$/iu.test(shown));
  if (name === '' || /\breal$/i.test(name)) return none;
  const words = tokensOf(normaliseText(name));
  // Up to four names, a surname's particles aside ("Sandra Cristina de Jesus Peixoto Vasconcelos das Neves": Portugal's and Spain's run long).
  const named = words.filter((t) => !NAME_PARTICLES.has(t) && t !== 'e' && t !== 'y');
  // No firm's name: "DB Cargo Sverige AB" opens with "DB" as a dödsbo's name does, but a legal form ending it is no person's ("Pa Vang" is).
  if (named.length < 2 || named.length > (words.length > named.length || /heran|herencia|suces/i.test(c.displayName) ? 7 : 4) || words.some((t) => ORGANISATION_WORDS.has(t) || TRADE_KINDS.has(t) || isFirmWord(t)) || isLegalSuffix(words[words.length - 1] ?? '')) return none;
  const family = tokensOf(normaliseText(c.familyName));
  const familyNamed = family.length > 0 && family.every((t) => words.includes(t));
  // The given name first, or a person's "Surname, Given" as a claim's or a county's roll writes it ("BERGSTROM, RAJESH EST").
  const givenFirst = isGivenName(words[0] ?? '') || /^[\p{L}'’ -]{2,40},\s*\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?\.?$/u.test(name.trim());
  if (!deceased && !familyNamed && !givenFirst && (words[0] ?? '').length > 1) return none;
  // The fields the deceased's (the display's family name and given name or its initial): kept; another person's, the
  // executor's, a relative's of one surname as often ("Estate of Maribel Navarro Martínez", Esmeralda Navarro Martínez): left out.
  const given = tokensOf(normaliseText(c.givenName))[0] ?? '';
  const first = words[0] ?? '';
  const givenNamed = given === '' || given === first || (given.length === 1 && first.startsWith(given)) || (first.length === 1 && given.startsWith(first));
  const estate = { ...c, displayName: name, companyName: null };
  // The estate's or its executors' own words: a body of its own; a death's mark alone ("deceased", "the late"): the person's name marked.
  const body = executorOf !== null || executorsWord || (before !== null && /^\s*(?:the\s+)?(?:estate|est|exors?|executors?|executrix|personal|cabe[cç]a|heran[cç]a|herencia|sucesi[oó]n|sucess[aã]o|d[oö]dsbo|doedsbo|db|kuolinpes(?:ä|ae|a)|erbengemeinschaft|erbengem\.|eredi|hoirie|succession)(?=\s|\b)/iu.test(c.displayName)) || (after !== null && !/(?:deceased|dec'?d?)\.?\)?\s*$/i.test(shown));
  return { contact: familyNamed && givenNamed ? estate : { ...estate, givenName: null, familyName: null }, estate: body ? 'estate' : 'deceased' };
}

/**
 * Given and family fields swapped against a display that opens with a title ("Mr M. HSL", GivenName HSL, FamilyName Mark; "Mrs
 * A OBI", GivenName OBI, FamilyName ALEXANDRA): a title stands before the given name's initial and the family name ends
 * the display, so the fields are read the display's way round (gb-lettings read: a keyed note's swapped fields with a slip in
 * the surname were read as two other names and the customers created again). Only a titled display: "Smith John" beside
 * GivenName John is a list's "Last First".
 */
function withFieldsInTitledOrder(c: CustomerContact): CustomerContact {
  if (!nameWritten(c.givenName) || !nameWritten(c.familyName) || nameWritten(c.companyName)) return c;
  const shown = tokensOf(normaliseText(c.displayName));
  const titles = titlesAtStart(shown);
  if (titles === 0) return c;
  const rest = shown.slice(titles);
  const given = tokensOf(normaliseText(c.givenName));
  const family = tokensOf(normaliseText(c.familyName));
  const [first = '', last = ''] = [rest[0], rest[rest.length - 1]];
  const familyFirst = family[0] ?? '';
  const endsWithGiven = given.length > 0 && rest.length > given.length && rest.slice(-given.length).join(' ') === given.join(' ');
  // Its initial only ("Mr M. HSL"): a titled display of whole names may put the surname first ("Shri. Sutariya Hietsh", as India writes).
  // The family field one word or one initial: South India writes its initials before the given name ("Mr. A. L. Srinivas",
  // GivenName Srinivas, FamilyName "A. L.": in-traders' records).
  const opensWithFamily = family.length === 1 && familyFirst !== '' && first.length === 1 && familyFirst.startsWith(first);
  // Not where the fields agree with the display already ("Mr John John").
  return endsWithGiven && opensWithFamily && last !== familyFirst ? { ...c, givenName: c.familyName, familyName: c.givenName } : c;
}

/** Each field cut at QuickBooks' limit and read as plain text (`fieldText`). */
function withinQboLimits(c: CustomerContact): CustomerContact {
  return {
    displayName: fieldText(cap(c.displayName, QBO_LIMITS.DisplayName)),
    givenName: fieldText(cap(c.givenName, QBO_LIMITS.GivenName)),
    familyName: fieldText(cap(c.familyName, QBO_LIMITS.FamilyName)),
    companyName: fieldText(cap(c.companyName, QBO_LIMITS.CompanyName)),
    email: fieldText(cap(c.email, QBO_LIMITS.Email)),
    phone: fieldText(cap(c.phone, QBO_LIMITS.Phone)),
    address:
      c.address === null || c.address === undefined
        ? c.address
        : {
            ...c.address,
            line1: fieldText(c.address.line1),
            line2: fieldText(c.address.line2),
            city: fieldText(cap(c.address.city, QBO_LIMITS.City)),
            postalCode: fieldText(cap(c.address.postalCode, QBO_LIMITS.PostalCode)),
            country: fieldText(cap(c.address.country, QBO_LIMITS.Country)),
            region: fieldText(cap(c.address.region, QBO_LIMITS.Region)),
          },
  };
}

/**
 * East Asia's full-width letters, digits and signs ("０９０－９２４３－１６３８", "〒５５９－１２７５", "ＡＢＣ"), the ideographic space and
 * half-width katakana ("ﾔﾏﾀﾞ") in their usual forms (Unicode's compatibility composition, NFKC): jp-setsubi read, its full-width phones
 * read as none. Only a value that holds one of them.
 */
function halfWidth(v: string | null | undefined): string | null | undefined {
  // And the enclosed and squared forms ("㈱", "㈲", "㍿").
  const wide = typeof v === 'string' && /[\u3000\u3200-\u33FF\uFF00-\uFFEF]/.test(v) ? v.normalize('NFKC') : v;
  return typeof wide === 'string' ? asciiDigits(wide) : wide;
}

/** A field's text as the comparisons read it: its HTML character references read (`withoutHtmlEntities`), then `halfWidth`. */
const fieldText = (v: string | null | undefined): string | null | undefined => halfWidth(typeof v === 'string' ? withoutHtmlEntities(v) : v);

/**
 * A field's HTML character references read (us-septic read: a web form's "KUHNS KATHY &amp; LAWRENCE" was read as a couple of
 * Kathy and "Amp"): named and numeric ones ("O&#8217;Brien", "Ren&eacute;e", WordPress's "&#038;"), twice for a reference escaped
 * again ("&amp;amp;"). Only where a reference's "&…;" is written.
 */
function withoutHtmlEntities(v: string): string {
  if (!/&#?[a-z0-9]+;/i.test(v)) return v;
  const once = decodeHtml(v, { level: 'html5' });
  return /&#?[a-z0-9]+;/i.test(once) ? decodeHtml(once, { level: 'html5' }) : once;
}

/** Street types long enough that one slip in them still tells them. */
const LONG_TYPE_WORDS = ['street', 'avenue', 'drive', 'court', 'place', 'parkway', 'terrace', 'boulevard', 'square', 'circle', 'crescent', 'highway'];

/**
 * A word one slip from a street type that it is not ("tsreet", "avenu", "ts"): that type; else
 * null. Only two letters swapped or one dropped: a letter changed or added makes words of their
 * own ("Drove", "Palace", "Courts"). Two letters only swapped, and never a state's or province's
 * code ("VA", "NL" end a whole address written on one line).
 */
function mistypedStreetType(word: string): string | null {
  if (STREET_TYPES.has(word) || /\d/.test(word)) return null;
  if (word.length === 2) {
    const swapped = `${word[1] ?? ''}${word[0] ?? ''}`;
    return STREET_TYPES.has(swapped) && !REGION_CODES.has(word) ? swapped : null;
  }
  if (word.length < 5) return null;
  const sorted = (w: string) => [...w].sort().join('');
  return LONG_TYPE_WORDS.find((t) => oneEditApart(word, t, 5) && (word.length === t.length - 1 || (word.length === t.length && sorted(word) === sorted(t)))) ?? null;
}

const ORDINAL_HOUSES = new Set(['bis', 'ter', 'quater']);
/** The articles and prepositions after an opening street type ("rue du Docteur Roux", "Calle de la Paz", "Av. de los Insurgentes"). */
const STREET_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'del', 'los', 'las', 'el', 'di', 'della', 'da', 'do', 'dos', 'das']);
/** Words of an interior, a floor or a door after a house's number ("Int. 5", "Depto. 4", "Piso 2", "Local 3", "Esc. B", "Apt 2"). */
// Dutch and Flemish floors, sides and boxes too ("12 2-hoog", "19 2e etage", "7 hs", "106 bus 3", "16 bte 2", "18B achterom": nl-installatie read).
// Turkish floors, flats and blocks ("No:151 Kat:6 Daire:25", "No: 3 D: 9", "A Blok"), Azerbaijan's flat ("mənzil"): tr-yapi read.
const INTERIOR_WORDS = new Set(['daire', 'kat', 'blok', 'menzil', 'int', 'interior', 'depto', 'dpto', 'dep', 'departamento', 'piso', 'local', 'loc', 'of', 'ofna', 'oficina', 'desp', 'despacho', 'esc', 'escalera', 'puerta', 'pta', 'apt', 'apto', 'bis', 'ter', 'stock', 'og', 'etage', 'bat', 'no', 'num', 'ext', 'hoog', 'verdieping', 'huis', 'hs', 'bus', 'bte', 'boite', 'achterom', 'links', 'rechts', 'eerste', 'tweede', 'derde', 'vierde',
  // Italy's interior, staircase, floor, and a hamlet's or locality's name after the number ("37 int. 9", "216 sc. D int. 13", "79 fraz.
  // Ponticelli": it-termoidraulica read).
  'interno', 'scala', 'piano', 'fraz', 'frazione', 'localita']);
/**
 * Words a numbered route or a box opens, whose number is no house's: rural and highway contract routes, the military's
 * boxes, Colombia's carreras, Malaysia's jalan, post office boxes in other languages ("RR 2 Box 15", "PSC 3 Box 1234",
 * "Carrera 7 # 32-16", "Jalan SS 2/24", "Postfach 1234", "Apartado 45").
 */
const NUMBERED_ROUTES = new Set(['rr', 'hc', 'hcr', 'rfd', 'psc', 'cmr', 'unit', 'ruta', 'carrera', 'cra', 'kr', 'jalan', 'jln', 'postfach', 'postbus', 'apartado', 'caixa', 'casilla', 'case', 'cp', 'bp', 'cs', 'box', 'loop', 'pier']);
/** Words that mark a second number after the first, which is then the street's ("Box 15", "Km 12", "x 57 y 59", "por"). */
const SECOND_NUMBER_MARKS = new Set(['box', 'km', 'x', 'por', 'y', 'esq']);
/** Words that open the town's part of a line after the house's number, or a corner's ("Col. Centro", "Fracc. Las Palmas", "C.P. 44160", "esquina Río Nilo"). */
// Italy's hamlet and locality after the number too ("Via dei Ciliegi 79 fraz. Ponticelli", "loc. Ceretolo": it-termoidraulica read).
const TOWN_MARKS = new Set(['col', 'colonia', 'fracc', 'fraccionamiento', 'barrio', 'cp', 'bo', 'esquina', 'esq', 'entre', 'mahallesi', 'fraz', 'frazione', 'localita']);
/** Words that close a Turkish neighbourhood's name before the street's ("Kurtuluş Mah. Yüksel Sk.", "Mevlana Mahallesi 4869. Sokak"). */
const NEIGHBOURHOOD_MARKS = new Set(['mah', 'mahallesi', 'mahalle', 'mh']);
/** Street types that follow a street's number as its name ("4869. Sokak", "7620 Sok.", "1456 Sk.": İzmir's numbered streets). */
const NUMBERED_STREET_TYPES = new Set(['sokak', 'sokagi', 'sok', 'sk', 'cadde', 'caddesi', 'cad', 'cd']);
/** Turkish streets' types written short ("Konur Sk.", "Millet Cd.", "Millet Cad."), read as types only where they end the street's name. */
const TURKISH_SHORT_TYPES = new Map([['sk', 'sokak'], ['cd', 'cadde'], ['cad', 'cadde']]);
/** The words of a Turkish street's type, any of them. */
const TURKISH_STREET_WORDS = new Set([...NUMBERED_STREET_TYPES, 'bulvar', 'bulvari', 'bulv', 'blv']);
/** Words that say a number follows ("No. 45", "Núm. 12", "Nr. 3", "No. Ext. 551"). */
const NUMBER_MARKS = new Set(['no', 'num', 'numero', 'nr', 'nro', 'n']);

/** The line's words without a "no number" ("S/N", "SN", "Sin Número", "Sin Num"). */
function withoutNoNumber(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const [t, next] = [tokens[i] ?? '', tokens[i + 1] ?? ''];
    if (i > 0 && t === 's' && next === 'n') i += 1;
    else if (i > 0 && t === 'sin' && /^(?:numero|num|no|n)$/.test(next)) i += 1;
    else if (!(i > 0 && t === 'sn')) out.push(t);
  }
  return out;
}

const BLOCK_WORDS = new Set(['manzana', 'mza', 'mz', 'block', 'blk']);
const LOT_WORDS = new Set(['lote', 'lt', 'lot']);
const PHASE_WORDS = new Set(['phase', 'ph']);
const ROMAN_PHASES = new Map([['i', '1'], ['ii', '2'], ['iii', '3'], ['iv', '4'], ['v', '5'], ['vi', '6']]);
/**
 * A block's and a lot's numbers (`streetLine`): the house's number as "41l17" (and a home's on the lot, "41l17c2"), the words
 * before the first of them the street; or, where they open the line as the Philippines write a subdivision's houses ("Blk 5 Lot
 * 12 Phase 2, Greenview Subd."), the words after them (a phase's number no part of it, as one record or another leaves it out).
 */
function blockAndLot(tokens: readonly string[]): { number: string; street: string[] } | null {
  const at = (words: ReadonlySet<string>) => tokens.findIndex((t, i) => words.has(t) && /^\d+[a-z]?$/.test(tokens[i + 1] ?? ''));
  const [block, lot] = [at(BLOCK_WORDS), at(LOT_WORDS)];
  if (block < 0 || lot < 0 || block === lot) return null;
  if (Math.min(block, lot) === 0) {
    if (Math.max(block, lot) !== 2) return null;
    let rest = tokens.slice(4);
    // A phase's number after them is the plot's too (blocks are numbered again in each phase): "5l12p2", compared with a
    // plot written without its phase as the same (`compareStreet`).
    let phase = '';
    if (PHASE_WORDS.has(rest[0] ?? '') && /^\w+$/.test(rest[1] ?? '')) {
      phase = `p${ROMAN_PHASES.get(rest[1] ?? '') ?? rest[1] ?? ''}`;
      rest = rest.slice(2);
    }
    return { number: `${tokens[block + 1] ?? ''}l${tokens[lot + 1] ?? ''}${phase}`, street: rest };
  }
  if (block < 1 || lot < 1) return null;
  // A house's or an interior's number after them ("Casa 2", "Int. 3", "Depto 101"): several homes share a lot.
  const last = Math.max(block, lot) + 2;
  const home = tokens.findIndex((t, i) => i >= last && ['casa', 'int', 'interior', 'depto', 'dpto', 'departamento'].includes(t) && /^\w+$/.test(tokens[i + 1] ?? ''));
  const unit = home < 0 ? '' : `c${tokens[home + 1] ?? ''}`;
  return { number: `${tokens[block + 1] ?? ''}l${tokens[lot + 1] ?? ''}${unit}`, street: tokens.slice(0, Math.min(block, lot)) };
}

/** The parts from the numbered street's on first, then those before it (a unit, a building, a house's name), then the street's locality after it. */
function streetFirst(parts: readonly string[], street: number): string[] {
  const [line = '', ...locality] = commaParts(parts.slice(street).join(', '));
  return [line, parts.slice(0, street).join(', '), ...locality];
}

/** A line or part that is a plot's block and lot (and phase) numbers and nothing else ("Blk 52 Lot 35", "Block 1 Lot 14 Phase 2"). */
function plotOnly(raw: string): boolean {
  const tokens = tokensOf(normaliseText(raw));
  if (tokens.length < 4 || tokens.length > 6) return false;
  const read = blockAndLot(tokens);
  return read !== null && read.street.length === 0;
}

/**
 * Where a house's number follows a street's name (`streetLine`): the first number after a word of
 * the name (or its marks, "No.", "No. Ext."), and where the street's words end before those marks;
 * null where none does, or where the word before it makes the number the street's or a unit's own
 * ("Highway 101", "Route 66", "Street 25", "Building 59", "Km 12", "Lote 5", "Floor 3").
 */
function numberAfterName(tokens: readonly string[]): { at: number; streetEnd: number } | null {
  const opening = tokens[0] ?? '';
  // A patron's initial before the street's name ("J. Kilińskiego 93 m 36", "H. Sienkiewicza 81") opens it as a word does.
  const initial = /^\p{L}$/u.test(opening) && /^\p{L}{3,}$/u.test(tokens[1] ?? '');
  if ((!/^\p{L}{2,}$/u.test(opening) && !initial && !numberedStreet(tokens)) || UNIT_WORDS.has(opening) || BUILDING_UNIT_WORDS.has(opening) || NUMBERED_PLACE_WORDS.has(opening) || NUMBERED_ROUTES.has(opening)) return null;
  const at = tokens.findIndex((t, i) => i >= 1 && /^\d+(?:[a-z]|bis|ter)?$/.test(t));
  if (at < 1) return null;
  // A number after a street type is the street's own ("Calle 5 C-12", "Calle 60 No. 491", "Carrera 7 # 32-16"), and one
  // before a second, marked number the street's too ("… 2 Box 15", "… Km 12.3", "… 491 x 57 y 59").
  // Not after the closing type of a named street as German and Dutch write it apart ("Hohe Straße 54", "Emil-Hoffmann-Str. 144",
  // "Weidenauer Strasse 5", "Lange Straat 12"): the house's number (de-handwerk read: the street read as "hohe54", no number).
  // Or before its marks ("Millet Caddesi No:115", "Konur Sokak No 9": tr-yapi read).
  let typeAt = at - 1;
  while (typeAt > 1 && NUMBER_MARKS.has(tokens[typeAt] ?? '')) typeAt -= 1;
  const closingType = typeAt >= 1 && CLOSING_TYPES_BEFORE_NUMBER.has(tokens[typeAt] ?? '') && /^(?:\p{L}{2,}|\d+)$/u.test(tokens[typeAt - 1] ?? '');
  if (!closingType && (OPENING_TYPE_WORDS.includes(tokens[at - 1] ?? '') || STREET_TYPES.has(tokens[at - 1] ?? ''))) return null;
  const town = tokens.findIndex((t, i) => i > at && (TOWN_MARKS.has(t) || /^\d{4,5}$/.test(t)));
  const after = tokens.slice(at + 1, town < 0 ? undefined : town);
  // Nor before a street's type ("Trlr 100 Oak Rd": the number opens a street).
  if (after.some((t) => SECOND_NUMBER_MARKS.has(t) || STREET_TYPES.has(t))) return null;
  let mark = at - 1;
  // "No. Ext." before it, the exterior number's marks; "Ext" alone is an extension's ("Rizal Ave Ext 123").
  const marked = (k: number) => NUMBER_MARKS.has(tokens[k] ?? '') || ((tokens[k] === 'ext' || tokens[k] === 'exterior') && NUMBER_MARKS.has(tokens[k - 1] ?? ''));
  while (mark > 0 && marked(mark)) mark -= 1;
  const word = tokens[mark] ?? '';
  if (NUMBER_MARKS.has(word)) return null;
  const own = ROUTE_WORDS.has(word) || (STREET_TYPES.has(word) && !closingType) || UNIT_WORDS.has(word) || BUILDING_UNIT_WORDS.has(word) || NUMBERED_PLACE_WORDS.has(word) || ['km', 'kilometro', 'lot', 'lote', 'lt', 'manzana', 'mz', 'mza', 'sector', 'etapa', 'seccion', 'cp', 'bp', 'cs', 'apartado', 'casilla'].includes(word);
  // Only an interior, a floor or a letter after it ("Int. 5", "3º B", "Depto. 4"): words after it are a street's named after
  // a plot's or a unit's number ("Lot 9893, Jalan Arumugam Pillai", "Unity 12 Smith St").
  const interior = after.every((t) => /^\d+(?:[a-z]{0,2}|hoog|hg)$/.test(t) || t.length <= 3 || INTERIOR_WORDS.has(t));
  return own || !interior || !/^\p{L}{2,}$/u.test(word) ? null : { at, streetEnd: mark + 1 };
}
/** A line opening with a numbered street ("4869. Sokak No 36/17", "7620 Sok. 11/4"): its number, its type, then a house's number. */
function numberedStreet(tokens: readonly string[]): boolean {
  // The house's number or its "No" right after the type ("12 CD Plaza Unit 5" is a building's: a review's finding).
  return /^\d+$/.test(tokens[0] ?? '') && NUMBERED_STREET_TYPES.has(tokens[1] ?? '') && (/^\d/.test(tokens[2] ?? '') || tokens[2] === 'no');
}
/** The continental closing types written apart before a house's number: Straße (its tokens' "strasse", "str") and Straat. */
const CLOSING_TYPES_BEFORE_NUMBER = new Set(['strasse', 'str', 'straat', ...NUMBERED_STREET_TYPES, 'bulvar', 'bulvari', 'bulv', 'blv', 'kucesi', 'kuc']);

/**
 * A house's number written joined to its street's closing type ("Moltkestrasse175", "Kreuzstr.37"): split, as the
 * number after the name is read. Only after those types' words, so no name's letters and digits are parted ("A1", "M25").
 */
function numberJoinedToType(tokens: readonly string[]): string[] {
  return tokens.flatMap((t) => {
    // Or the type alone joined to it after the name's words ("Graf-Adolf-Straße53").
    const joined = /^((?:[a-z]{2,})?(?:strasse|straat)|[a-z]{2,}(?:str|weg|gasse|platz|allee|ring|damm))(\d+[a-z]?)$/.exec(t);
    return joined === null ? [t] : [joined[1] ?? t, joined[2] ?? ''];
  });
}

/**
 * Street types that open a street's name, as the Romance languages write them ("rue Victor Hugo", "R. de Savoie", "Av.
 * Juárez", "Calle Morelos", "Calz. Independencia", "Via Roma"), each in one spelling.
 */
const OPENING_TYPES = new Map<string, string>(
  Object.entries({
    rue: ['rue', 'r'], avenue: ['avenue', 'av', 'ave', 'avda', 'avenida'], boulevard: ['boulevard', 'bd', 'bld', 'boul', 'blvd', 'bvd', 'bulevar'],
    chemin: ['chemin', 'ch', 'chem'], route: ['route', 'rte'], impasse: ['impasse', 'imp'], allee: ['allee', 'allees'], place: ['place', 'pl', 'plaza', 'piazza'],
    cours: ['cours', 'crs'], quai: ['quai'], montee: ['montee', 'mte'], calle: ['calle', 'c', 'cll'], calzada: ['calzada', 'calz'], carretera: ['carretera', 'carr', 'ctra'],
    camino: ['camino'], paseo: ['paseo'], privada: ['privada', 'priv'], prolongacion: ['prolongacion', 'prol'], cerrada: ['cerrada', 'cda'], circuito: ['circuito'],
    via: ['via', 'viale', 'v'], corso: ['corso'], largo: ['largo'], piazzale: ['piazzale'], vicolo: ['vicolo'], rua: ['rua'], travessa: ['travessa'], ulica: ['ulica', 'ul'],
    // Poland's avenue and housing estate ("Aleja Jana Pawła II", "os. Rusa"); not "Al.", an Arabic article before a name ("Al Wasl Rd").
    aleja: ['aleja', 'aleje'], osiedle: ['osiedle', 'os'],
  }).flatMap(([one, words]) => words.map((w): [string, string] => [w, one])),
);
/** Italy's opening types as written (after `ITALIAN_SHORT_TYPES`): a patron's given names are read off their streets' names (`withoutPatronsGiven`). */
const ITALIAN_OPENING_TYPES = new Set(['via', 'viale', 'v', 'piazza', 'corso', 'largo', 'vicolo', 'piazzale']);
/** The opening types in their one spelling, kept as a street's first word (`withOpeningTypeSpelt`), longest first. */
const OPENING_TYPE_WORDS = [...new Set(OPENING_TYPES.values())].sort((x, y) => y.length - x.length);
const ROMANCE_SAINTS = new Map<string, string>([['ste', 'sainte'], ['sta', 'santa'], ['sto', 'santo'], ['sn', 'san']]);
/**
 * Italy's, Spain's and Portugal's saints before a name in one word ("Via S. Stefano" / "Via Santo Stefano", "V. S. Donato" / "Via San
 * Donato", "Via Sant'Isaia", "Sta. Cruz" / "Santa Cruz": it-termoidraulica read, "S." read as a direction), after a street's type.
 */
const ROMANCE_SAINT_WORDS = new Set(['s', 'san', 'santo', 'santa', 'sant', 'sta', 'sto', 'sn', 'ss']);
/** Words of Romance streets' names written short ("rue du Gal de Gaulle", "Av. Pdt Wilson", "ch. Ste-Foy"), in one spelling each. */
const ROMANCE_STREET_WORDS = new Map<string, string>([
  ['gal', 'general'], ['gral', 'general'], ['mal', 'marechal'], ['pdt', 'president'], ['dr', 'docteur'], ['st', 'saint'], ['ste', 'sainte'], ['sta', 'santa'], ['sto', 'santo'], ['sn', 'san'],
]);
/**
 * A street's words without the Romance type that opens them ("chemindelacotedesneiges" → "delacotedesneiges"), for one
 * record that writes it against another that leaves it off; null where none opens them.
 */
export function streetWithoutOpeningType(street: string): string | null {
  for (const type of OPENING_TYPE_WORDS) if (street.length > type.length + 2 && street.startsWith(type)) return street.slice(type.length);
  return null;
}
/** Opening types long enough that one slip in them still names them ("Boullevard", "Avenids"): of seven letters, from words of six ("Valle", "Monte", "Paso", "Playa" are names). */
const LONG_OPENING_TYPES = [...OPENING_TYPES.keys()].filter((t) => t.length >= 7);

/**
 * A Romance street type that opens the street's words in one spelling ("rue du Docteur Roux" / "R. du Dr Roux", "rte
 * Molière" / "route Molière", "Av. Juárez" / "Avenida Juárez"), or one slip of a long one ("Boullevard Talbot"), and its
 * names' short words in one spelling. Kept as a word of the street: "Calle Las Flores" and "Paseo Las Flores" are two
 * streets of one town. Left as read where a type of England's follows the name ("Paseo Real Dr", "12 R St NW": R
 * Street), or nothing does.
 */
function withOpeningTypeSpelt(tokens: string[]): string[] {
  const first = tokens[0] ?? '';
  const slip = first.length < 6 || /\d/.test(first) || OPENING_TYPES.has(first) ? undefined : LONG_OPENING_TYPES.find((t) => oneEditApart(first, t));
  const type = OPENING_TYPES.get(slip ?? first);
  if (type === undefined || tokens.length < 2) return tokens;
  // A type of England's after it ("Dr" after an article is a Docteur: "rue du Dr Roux").
  if (tokens.slice(1).some((t, k) => STREET_TYPES.has(t) && !(t === 'dr' && STREET_LINKS.has(tokens[k] ?? '')))) return tokens;
  // A bare letter ("R.", "V.") only before a word ("R. de Savoie"), never before a direction or a number.
  // Or before a patron's initial and name ("V. P. Gobetti": it-termoidraulica read).
  // Only Italy's "V." ("12 R. K. Puram", "45 C. R. Park" are initialled localities: a review's finding).
  const initialled = first === 'v' && /^[a-z]$/.test(tokens[1] ?? '') && /^[a-z]{3,}$/.test(tokens[2] ?? '');
  if (first.length === 1 && !initialled && (!/^[a-z]{2,}$/.test(tokens[1] ?? '') || DIRECTIONS.has(tokens[1] ?? ''))) return tokens;
  // A short word before a name's word only: before a number "Ste" is a suite ("Calle Corazón, Ste 366").
  const rest = tokens.slice(1);
  // "S." a saint's only before a saint's name ("Via S. Stefano"); before a surname an initial ("Via S. Pertini", Sandro Pertini).
  const saint = (t: string, next: string) => ROMANCE_SAINT_WORDS.has(t) && t !== 'ste' && (t !== 's' || isGivenName(next) || PATRONS_GIVEN.has(next));
  const read = rest.map((t, k) => (/^\p{L}{2,}$/u.test(rest[k + 1] ?? '') ? (saint(t, rest[k + 1] ?? '') ? 'san' : (ROMANCE_STREET_WORDS.get(t) ?? t)) : t));
  // A patron's given names dropped in Italy's streets only: elsewhere two given names tell two streets apart ("Rue Pierre Curie" / "Rue
  // Marie Curie", "Calle Dolores Hidalgo" / "Calle Hidalgo", "Calle Cruz Verde": a review's finding).
  const spelt = ITALIAN_OPENING_TYPES.has(slip ?? first) ? withoutPatronsGiven(read) : read;
  // "Calle" is the street's type where none is written, as Mexico and Spain leave it off ("Calle Ciprés #402" / "Ciprés #402", "C. Iturbide"): no word of it.
  // So are Poland's "ulica" and "osiedle", left off as often as written ("ul. Szkolna 41" / "Szkolna 41", "os. Rusa 74" / "Osiedle Rusa 74": pl-hurtownia read).
  return type === 'calle' || type === 'ulica' || type === 'osiedle' ? spelt : [type, ...spelt];
}

/**
 * A street's name without the given names or initials of the person it is named for, before their surname ("Via G. Marconi" /
 * "Via Guglielmo Marconi" / "Via Marconi", "Av. Benito Juárez" / "Av. Juárez", "Via Vittorio Veneto" / "Via Veneto":
 * it-termoidraulica read, read as two streets). Only before a surname of three letters or more that is no given name ("rue Victor
 * Hugo" stays whole), and never a saint's or an article's word ("Via San Donato", "Via della Repubblica"), nor a name before the
 * house's number ("Via Emilia 123").
 */
/** Given names of the persons Italy's streets are named for that the US birth lists do not hold ("Via Guglielmo Marconi", "Via Piero Gobetti"). */
const PATRONS_GIVEN = new Set(
  ('piero pier benedetto guglielmo goffredo amerigo ludovico galileo ugo vittorio cristoforo giacomo giosue alcide camillo cesare pietro paolo ' +
    'giorgio luigi giuseppe gaetano girolamo lorenzo nicolo niccolo ruggero silvio tommaso umberto vincenzo torquato raffaello leonardo ' +
    'michelangelo bettino enrico federico filippo massimo riccardo salvatore nazario sandro aldo nino vettor gian giovan battista ' +
    // Saints' names, as "S." before them is read (`withOpeningTypeSpelt`).
    'stefano donato vitale felice isaia mamolo lazzaro marco luca matteo giovanni francesco antonio rocco martino michele agostino ambrogio ' +
    'domenico biagio andrea bartolomeo carlo caterina rita chiara lucia agata teresa cristina barbara margherita giuliana vittore zeno ' +
    'rufillo ruffillo egidio procolo petronio sebastiano gervasio protasio eufemia babila siro nazaro celso giuseppe').split(' '),
);
function withoutPatronsGiven(words: string[]): string[] {
  let k = 0;
  while (k < words.length - 1 && (/^\p{L}$/u.test(words[k] ?? '') || isGivenName(words[k] ?? '') || PATRONS_GIVEN.has(words[k] ?? '')) && !ROMANCE_SAINT_WORDS.has(words[k] ?? '') && !NAME_PARTICLES.has(words[k] ?? '')) k += 1;
  const surname = words[k] ?? '';
  // Nor a unit's, a type's or a direction's word after the name ("Calle Corazón Ste 366": Corazón is the street's name).
  const named = !UNIT_WORDS.has(surname) && !STREET_TYPES.has(surname) && !DIRECTIONS.has(surname);
  return k > 0 && named && /^\p{L}{3,}$/u.test(surname) && !isGivenName(surname) && !PATRONS_GIVEN.has(surname) ? words.slice(k) : words;
}

/** One address line read as a street: its house number, its name as compared, its written type. */
function streetLine(written: string): Pick<LinkageRecord, 'houseNumber' | 'street' | 'streetType'> {
  const rural = ruralBox(written);
  if (rural !== null) return rural;
  const line = written.replace(POST_BOX_SHORT, 'po box');
  const box = POST_BOX.exec(line);
  // A box without its number says nothing.
  if (box !== null) return box[2] === undefined ? { houseNumber: null, street: null, streetType: null } : { houseNumber: box[2], street: `po${box[1] ?? ''}`, streetType: null };
  let tokens = numberJoinedToType(tokensOf(line));
  // A Turkish neighbourhood's name before the street's ("Kurtuluş Mah. Yüksel Sk. No:113", "Mevlana Mahallesi 4869. Sokak No
  // 36/17"): no part of the street, written by one record and left off by another (tr-yapi read).
  // Only before a Turkish street's type or "No" ("Mumbai MH 400053", "Orange Grove MH Park", "3 Mah Street West" are no
  // neighbourhood's: a review's finding).
  const hood = tokens.findIndex((t, i) => i >= 1 && NEIGHBOURHOOD_MARKS.has(t) && (!/^\d/.test(tokens[i + 1] ?? '') || TURKISH_STREET_WORDS.has(tokens[i + 2] ?? '')));
  if (hood >= 1 && hood < tokens.length - 2 && tokens.slice(hood + 1).some((t) => TURKISH_STREET_WORDS.has(t) || t === 'no')) tokens = tokens.slice(hood + 1);
  let houseNumber: string | null = null;
  // "12 bis", "12bis", "12 ter" (France's, Spain's and Mexico's second house of a number) read as "12B" is: the number.
  // Not a numbered street's number before its type, a house's number after it ("4869. Sokak No 36/17": `numberAfterName`).
  const number = numberedStreet(tokens) ? null : /^(\d+)(?:[a-z]|bis|ter|quater)?$/.exec(tokens[0] ?? '') ?? /^(\d+[a-z]?(?:k\d+[a-z]?)+)$/.exec(tokens[0] ?? '');
  if (number !== null) {
    houseNumber = number[1] ?? null;
    tokens = tokens.slice(1);
    if (ORDINAL_HOUSES.has(tokens[0] ?? '') && tokens.length > 1) tokens = tokens.slice(1);
    // "8938-40 S Cottage": a second number right after is a range.
    if (/^\d+$/.test(tokens[0] ?? '') && DIRECTIONS.has(tokens[1] ?? '')) tokens = tokens.slice(1);
  }
  tokens = withOpeningTypeSpelt(tokens);
  // No number written ("S/N", "SN", "Sin Número"): none, and no word of the street.
  tokens = usRoadRead(withoutNoNumber(tokens), houseNumber !== null);
  if (houseNumber === null && box === null) {
    // A block's and a lot's numbers in either order ("Manzana 41 Lote 17", "Mz 41 Lt 17", "Lote 11 Manzana 12"), as Mexico's
    // new neighbourhoods number their houses: the house's number, the words before them its street.
    const lot = blockAndLot(tokens);
    if (lot !== null) {
      houseNumber = lot.number;
      tokens = lot.street;
    }
  }
  if (houseNumber === null && box === null) {
    // The number after the street's name, as continental Europe and Latin America write it ("Hauptstraße 12", "Via Roma
    // 10", "Av. Juárez 1234 Int. 5", "Calle Morelos No. 45"): the house's number, and what follows it (an interior, a
    // floor) no part of the street.
    const after = numberAfterName(tokens);
    if (after !== null) {
      houseNumber = (tokens[after.at] ?? '').replace(/[a-z]+$/, '');
      tokens = tokens.slice(0, after.streetEnd);
    }
  }
  // A unit after the street ("123 Main St Apt 4B", "12 High St, 2nd Floor"), only after a house
  // number: in "Garden Flat 12 High St" the number is the house's.
  // Or after a street type whatever follows ("123 Main St Apt Upper", "Main St Suite 200", "Main St, PO Box 5").
  const unit = tokens.findIndex((t, i) => (houseNumber !== null && unitAfterStreet(tokens, i)) || (i > 0 && UNIT_WORDS.has(t) && STREET_TYPES.has(tokens[i - 1] ?? '')));
  if (unit > 0) tokens = tokens.slice(0, unit);
  // A type mistyped where the street ends ("22nd Tsreet", "11th Ts.", "Oak Avenu"): read as the type.
  let last = tokens.length - 1;
  while (last > 0 && DIRECTIONS.has(tokens[last] ?? '')) last -= 1;
  const slipped = last > 0 ? mistypedStreetType(tokens[last] ?? '') : null;
  if (slipped !== null) tokens = [...tokens.slice(0, last), slipped, ...tokens.slice(last + 1)];
  // A Turkish type written short that ends the name after a word of it ("Konur Sk.", "Millet Cd."): the type.
  const shortType = tokens.length >= 2 && /^\p{L}{2,}$|^\d+$/u.test(tokens[tokens.length - 2] ?? '') ? TURKISH_SHORT_TYPES.get(tokens[tokens.length - 1] ?? '') : undefined;
  if (shortType !== undefined) tokens = tokens.slice(0, -1);
  const words = streetWords(tokens).map((t) => t.replace(/^(\d+)(st|nd|rd|th)$/, '$1'));
  let street = words.join('');
  // The type is the word that ends the street, directions after it aside ("5th Ave S"); a type
  // word inside the name is the name's ("St Clair", "Old Court", "Dr Martin Luther King").
  let end = tokens.length - 1;
  while (end > 0 && DIRECTIONS.has(tokens[end] ?? '')) end -= 1;
  let streetType = shortType ?? (end > 0 ? streetTypeOf(tokens[end] ?? '') : null);
  if (street.length > 8) {
    const glued = LONG_STREET_TYPES.exec(street);
    if (glued !== null && glued.index > 0) {
      street = street.slice(0, glued.index);
      streetType ??= streetTypeOf(glued[1] ?? '');
    }
  }
  // Straße written short and joined to its name ("Kreuzstr. 37" / "Kreuzstraße 37").
  if (/^[a-z]{4,}str$/.test(street)) {
    street = street.slice(0, -3);
    streetType ??= 'street';
  }
  return { houseNumber, street: street === '' ? null : street, streetType };
}

/**
 * The postcode as compared: a US state written before its ZIP ("MA 02108") is dropped, and a US
 * ZIP that lost its leading zero ("2108": a spreadsheet's doing, New England's and New Jersey's
 * ZIPs start with 0) has it back. Four digits elsewhere are a postcode of their own (Australia's).
 */
function linkagePostcode(raw: string | null | undefined, country: string | null): string | null {
  const stateZip = /^\s*[A-Za-z]{2}\.?\s+(\d{5})(?:\s*-?\s*\d{4})?\s*$/.exec(raw ?? '');
  const postcode = postcodeNormalisation(stateZip?.[1] ?? raw);
  // Italy's provincial towns' old postcode of the whole town ("40100 Bologna", "20100 Milano"), written for the street's own
  // ("40132"): no postcode of the street, the town compared (it-termoidraulica read: read as another area's).
  if (postcode !== null && country === 'IT' && /^\d{2}100$/.test(postcode)) return null;
  return postcode !== null && country === 'US' && /^\d{4}$/.test(postcode) ? `0${postcode}` : postcode;
}

/**
 * A whole address written on the street line after its street, as Italy, Germany, France and Spain write one ("Via
 * Saragozza, 10, 40130 Bologna (BO)", "Vle Monza, 37/A, 40141 Bologna (BO)", "Hauptstraße 12, 10115 Berlin"): the postcode of
 * four or five digits and the town after the last comma, where the record's city field is empty (it-termoidraulica read:
 * the town and postcode were read as words of the street, and the record as of no town).
 */
// The part after the last comma, trimmed, at most 80 characters: a postcode not followed by a Dutch postcode's two letters ("1015 CJ
// Amsterdam" is no town "CJ Amsterdam": a review's finding).
const TOWN_AFTER_STREET_LINE = /^(\d{4,5})(?!\s*\p{Lu}{2}\b)\s+(\p{L}[\p{L}'’. -]{0,60}?)(?:\s*\(\s*(\p{L}{2})\s*\))?$/u;
/** A province's code after a town, in brackets ("Bologna (BO)", "Fidenza (PR)") or bare in an Italian record ("MILANO MI"): no word of the town. */
const PROVINCE_AFTER_TOWN = /\s*\(\s*\p{L}{2}\s*\)$/u;
const PROVINCE_AFTER_TOWN_BARE = /\s(\p{Lu}{2})$/u;
/** Italy's provinces' codes, as a town's field writes one after it ("BOLOGNA BO"). */
const ITALIAN_PROVINCES = new Set(
  ('AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO ' +
    'LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO ' +
    'TP TR TS TV UD VA VB VC VE VI VR VT VV').split(' '),
);
/**
 * Whom a street's line is sent to after its number ("Via Saragozza 10 c/o Gestioni Condominiali Giordano", "presso Studio Rossi"): no part
 * of it, where nothing follows it in a part of its own ("Flat 3 c/o Mrs Smith, 12 High St" keeps its street: a review's finding).
 */
const CARE_OF_IN_LINE = /(?:,\s*|\s+)(?:c\s*\/\s*o|presso)\s+[^,]*$/i;
function withoutCareOfInLine(line: string): string {
  const at = CARE_OF_IN_LINE.exec(line);
  return at !== null && /\d/.test(line.slice(0, at.index)) ? line.slice(0, at.index) : line;
}

/**
 * The street, postcode, town and province of a line that writes them all (`TOWN_AFTER_STREET_LINE`): the part after its last comma, the
 * street the part before it, where that has a number and opens with no unit's word, and the town names no street ("Suite 100, 1600
 * Pennsylvania Ave NW": a review's finding).
 */
function townOnStreetLine(raw: string): { street: string; postcode: string; town: string; province: string | null } | null {
  const line = raw.slice(0, LINE_MAX).trim();
  const comma = line.lastIndexOf(',');
  if (comma <= 0) return null;
  const street = line.slice(0, comma);
  const read = TOWN_AFTER_STREET_LINE.exec(line.slice(comma + 1).trim().slice(0, 80));
  if (read === null || !/\d/.test(street)) return null;
  const town = (read[2] ?? '').trim();
  const townWords = tokensOf(normaliseText(town));
  const opening = tokensOf(normaliseText(street))[0] ?? '';
  if (townWords.some((t) => STREET_TYPES.has(t) || DIRECTIONS.has(t)) || UNIT_WORDS.has(opening) || BUILDING_UNIT_WORDS.has(opening)) return null;
  return { street, postcode: read[1] ?? '', town, province: read[3] ?? null };
}

/** Chinese numerals' digits and units ("七百一" = 701, "十一" = 11, "二十三" = 23). */
const HAN_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
function hanNumber(written: string): string {
  let total = 0;
  let digit = 0;
  let positional = '';
  for (const ch of written) {
    const unit = HAN_UNITS[ch];
    if (unit !== undefined) {
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
      positional = '';
    } else {
      digit = HAN_DIGITS[ch] ?? 0;
      positional += String(digit);
    }
  }
  // Written digit by digit ("一二三") without units: as written.
  return /[十百千]/.test(written) ? String(total + digit) : positional;
}
/** Japan's prefectures as an address opens with one ("大阪府", "東京都", "北海道", "兵庫県"). */
const JAPANESE_PREFECTURE = /^(?:東京都|北海道|(?:大阪|京都)府|\p{Script=Han}{2,3}県)/u;
/** A city's, a ward's, a district's town or a village opening what remains ("大阪市住之江区", "堺市美原区", "吹田市", "千代田区", "南河内郡太子町"). */
const JAPANESE_CITY = /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ヶケ]{1,6}?市(?!市)(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ヶケ]{1,4}?(?<!小)区)?|[\p{Script=Han}ヶケ]{1,4}?(?<!小)区|[\p{Script=Han}ヶケ]{1,4}?郡[\p{Script=Han}ヶケ]{1,4}?[町村])/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * An organisation's Arabic words of its kind, unit and trade, and Egypt's forms, as English writes them (`arabicOrganisationWord`:
 * "صيدلية النور" as "pharmacy النور", "وزارة … - إدارة المعامل" as "ministry … - administration labs", "ش.م.م" as "S.A.E.", "ذ.م.م"
 * as "LLC", "Saydaliyat El Nour" as "pharmacies El Nour"): its kind, its units and its trade read as an English name's are, in either
 * script (eg-tawrid read). A person's names are not read so.
 */
function withArabicWordsRead(c: CustomerContact): CustomerContact {
  const read = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || v.length > 300) return v;
    const formed = withPersianPhrasesRead(v.replace(/(?:ش\.?\s?)?ذ\.?\s?م\.?\s?م\.?(?=\s|$)/gu, 'LLC').replace(/ش\.?\s?م\.?\s?م\.?(?=\s|$)/gu, 'S.A.E.'));
    // Persian's zero-width non-joiner parts words as a space does ("شیرینی‌سرای"); its ezafe ("Tamirgah-e", "-ye") is no word.
    const words = formed.split(/([\s\u200c]+)/);
    const out = words.map((w) => {
      const bare = normaliseText(w).replace(/ y?e$/, '');
      if (bare === '' || bare.includes(' ')) return w;
      return arabicOrganisationWord(bare) ?? w;
    });
    const next = out.join('');
    return next === v ? v : next;
  };
  const displayName = read(c.displayName);
  const companyName = read(c.companyName);
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName, companyName };
}

/**
 * An Iranian record's street line read by its plate's number and its street (`iranianStreetLine`; ir-bazargani read: "خیابان حافظ،
 * کوچه ۲۳، پلاک ۲۴۶" / "Kh. Hafez, Kucheh 23, Pelak 246" / "No. 246, 23rd Alley, Hafez St."). A record of Iran by its country, its
 * phone's code, its mailbox, or Persian's or its typists' address words in its line.
 */
function withIranianAddress(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined || typeof a.line1 !== 'string') return c;
  const iran =
    countryOf(a.country) === 'IR' ||
    /^\s*\(?\s*(?:\+|00)\s*98/.test(c.phone ?? '') ||
    /@(?:[a-z0-9-]+\.)*(?:chmail\.ir|[a-z0-9-]+\.ir)\s*$/i.test(c.email ?? '') ||
    /خیابان|خيابان|کوچه|كوچه|پلاک|پلاك|\b(?:pelak|kucheh?|kooche?h?|khiabane?)\b/iu.test(a.line1);
  if (!iran) return c;
  const read = iranianStreetLine(a.line1);
  return read === null ? c : { ...c, address: { ...a, line1: read } };
}

/** The Arab countries, whose records write streets as "Sh. …" and "شارع …" (`withArabicAddress`). */
const ARAB_COUNTRIES = new Set(['EG', 'SA', 'AE', 'JO', 'KW', 'QA', 'BH', 'OM', 'LB', 'SY', 'IQ', 'PS', 'YE', 'SD', 'LY', 'TN', 'DZ', 'MA']);
/** A record of an Arab country: by its country, its phone's country code, or Arabic letters in its names or address. */
function arabRecord(c: CustomerContact): boolean {
  const country = countryOf(c.address?.country);
  if (country !== null && ARAB_COUNTRIES.has(country)) return true;
  if (/^\s*\(?\s*(?:\+|00)\s*(?:20|966|971|962|965|974|973|968|961|963|964|970|967|249|218|216|213|212)/.test(c.phone ?? '')) return true;
  return [c.displayName, c.companyName, c.address?.line1, c.address?.city].some((v) => typeof v === 'string' && /\p{Script=Arabic}/u.test(v));
}
/** Arabic's words of an address as English writes them, for the readings of streets, units and landmarks: type, then the unit words. */
const ARABIC_ADDRESS_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/(?:^|\s)(?:عمارة|عماره|برج|مبنى|مبني)\s+(?=\d)/gu, ' Building '],
  [/(?:^|\s)(?:شقة|شقه)\s+(?=\d)/gu, ' Apt '],
  [/(?:^|\s)(?:محل)\s+(?=\d)/gu, ' Shop '],
  [/(?:^|\s)(?:الدور|دور|الطابق|طابق)\s+(?=\d)/gu, ' Floor '],
  [/(?:^|\s)(?:بجوار|جوار|بجانب|امام|أمام|خلف|ناصية|ناصيه|بالقرب\s+من|قرب)\s+/gu, ' near '],
  // Urdu's (pk-tijarat read): "مکان نمبر 403" (house number), "گلی نمبر 22" (street), "دکان نمبر ۳۵" (shop), "آفس نمبر", "پلاٹ نمبر",
  // "فلیٹ نمبر" as English writes them; "نزد" (near) a landmark's.
  [/(?:^|\s)[مم][کك]ان\s+(?:نمبر\s*)?(?=[\d\u06F0-\u06F9\u0660-\u0669])/gu, ' House No. '],
  [/(?:^|\s)گل[یيى]\s+(?:نمبر\s*)?(?=[\d\u06F0-\u06F9\u0660-\u0669])/gu, ' Street '],
  [/(?:^|\s)د[کك]ا[نں]\s+(?:نمبر\s*)?(?=[\d\u06F0-\u06F9\u0660-\u0669])/gu, ' Shop No. '],
  [/(?:^|\s)آفس\s+(?:نمبر\s*)?(?=[\d\u06F0-\u06F9\u0660-\u0669])/gu, ' Office No. '],
  [/(?:^|\s)پلاٹ\s+(?:نمبر\s*)?(?=[\d\u06F0-\u06F9\u0660-\u0669])/gu, ' Plot No. '],
  [/(?:^|\s)فل[یي]ٹ\s+(?:نمبر\s*)?(?=[\d\u06F0-\u06F9\u0660-\u0669])/gu, ' Flat No. '],
  [/(?:^|\s)نزد\s+/gu, ' near '],
  [/(?:^|\s)روڈ(?=\s|،|,|$)/gu, ' Road'],
  // Arabic's comma parts a line's parts as Latin's does.
  [/\s*،\s*/gu, ', '],
];

/**
 * Egypt's and the Arab countries' streets as English writes them (eg-tawrid read): "12 شارع التحرير، الدقي", "شارع الجمهورية رقم ٧١"
 * (the house's number after "رقم"), "146 ش مكرم عبيد", and in Latin letters "159 Sh. Gameat El Dowal El Arabeya" (Sharia: street)
 * read as "12 التحرير St", "71 الجمهورية St", "159 Gameat El Dowal El Arabeya St"; a building's, flat's, shop's and floor's words
 * ("عمارة 5، الدور 3، شقة 12", "محل 8") as "Building", "Apt", "Shop", "Floor"; a landmark's ("بجوار …", "أمام …") as "near …".
 * Only in a record of an Arab country (`arabRecord`): "Sh." is a title elsewhere.
 */
function withArabicAddress(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined || !arabRecord(c)) return c;
  const street = (line: string | null | undefined): string | null | undefined => {
    if (typeof line !== 'string') return line;
    let v = line;
    for (const [from, to] of ARABIC_ADDRESS_WORDS) v = v.replace(from, to);
    // "شارع X رقم N" / "N شارع X" / "ش. X", a part of the line (up to a comma).
    v = v.replace(/(^|,)\s*(?:(\d+[a-z]?)\s+)?(?:شارع|ش\.?)\s+([^,\d]+?)(?:\s+رقم\s+(\d+))?\s*(?=,|$)/gu, (_m: string, pre: string, before: string | undefined, name: string, after: string | undefined) => `${pre}${before ?? after ?? ''} ${name} St`);
    v = v.replace(/(^|,)\s*(?:(\d+[a-z]?)\s+)?(?:طريق)\s+([^,\d]+?)(?:\s+رقم\s+(\d+))?\s*(?=,|$)/gu, (_m: string, pre: string, before: string | undefined, name: string, after: string | undefined) => `${pre}${before ?? after ?? ''} ${name} Rd`);
    // In Latin letters: "Sh." / "Sharia" / "Shareh" after the number or opening the line, before the street's words.
    v = v.replace(/(^|,)\s*(\d+[a-z]?,?\s+)?(?:sh\.?|sharia|shareh|shar['’]?e)\s+([a-z][^,\d]*?)\s*(?=,|$)/giu, (_m: string, pre: string, num: string | undefined, name: string) => `${pre}${num ?? ''}${name} St`);
    return v.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
  };
  const line1 = street(a.line1);
  const line2 = street(a.line2);
  return line1 === a.line1 && line2 === a.line2 ? c : { ...c, address: { ...a, line1, line2 } };
}

/**
 * A Japanese address's line read by its parts (jp-setsubi read: a line read whole as one street, "南港北1丁目13番21号" and "南港北1-13-21"
 * two streets): its prefecture and city off where they open it (into the city field, where empty), Chinese numerals as digits, the
 * block's numbers (chōme, banchi, gō: "1丁目13番21号", "1-13-21", "七百一番地の十一") as one house number ("1k13k21", as an alley's numbers
 * are written), and the town's name after it ("1k13k21 南港北"). Romanised ("1-2-3 Umeda") the same. Only in a record of Japan: its
 * country, its kana, its "丁目"/"番地", its "〒" or a number of Japan's.
 */
function withJapaneseAddress(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined || typeof a.line1 !== 'string') return c;
  // Or a line of Chinese characters and a number ("南港北1-13-21", "建国路88号": East Asia's blocks and towns read alike).
  const japan = KANA.test(`${a.line1}${a.line2 ?? ''}${a.city ?? ''}`) || /丁目|番地/.test(a.line1) || JAPANESE_PREFECTURE.test(a.line1.trim()) || /〒/.test(a.postalCode ?? '') || (/\p{Script=Han}/u.test(a.line1) && /\d/.test(a.line1) && !/[A-Za-z]{2}/.test(a.line1)) || japaneseContact(c);
  if (!japan) return c;
  let line = a.line1.slice(0, LINE_MAX).trim();
  let city = a.city;
  const prefecture = JAPANESE_PREFECTURE.exec(line);
  if (prefecture !== null) line = line.slice(prefecture[0].length);
  // Not where the city's field is cut short of its own kind ("大阪" before "大阪市北区…", "四日市" before "四日市市…": a review's finding).
  if (typeof city === 'string' && city.trim() !== '' && line.startsWith(city.trim()) && !/^[市区町村郡県]/.test(line.slice(city.trim().length))) line = line.slice(city.trim().length);
  else {
    const named = JAPANESE_CITY.exec(line);
    if (named !== null && /\d|[〇一二三四五六七八九十百千]/.test(line.slice(named[0].length))) {
      if (typeof city !== 'string' || city.trim() === '') city = named[0];
      line = line.slice(named[0].length);
    }
  }
  line = line
    // Not a town's own numeral ("一番町", "三の丸": a review's finding).
    .replace(/[〇一二三四五六七八九十百千]+(?=丁目|番地|番(?!町)|号|の(?=\s*[〇一二三四五六七八九十百千\d])|-|$)/gu, (n) => hanNumber(n))
    .replace(/(\d)\s*[ー−‐–—―]\s*(?=\d)/g, '$1-')
    .replace(/(\d+)\s*丁目\s*(?=\d)/g, '$1-')
    .replace(/(\d+)\s*番地?\s*(?:の\s*)?(?=\d)/g, '$1-')
    .replace(/(\d+)\s*(?:丁目|番地|番|号)/g, '$1')
    .replace(/(\d)の(?=\d)/g, '$1-');
  // The block's numbers, and the town's name before or after them.
  const read = /^([^\d,]*?)\s*(\d{1,4}(?:-\d{1,4}){0,3})(?!\d)\s*(.*)$/u.exec(line);
  if (read === null) return line === a.line1 ? c : { ...c, address: { ...a, line1: line, city } };
  const [, before = '', numbers = '', after = ''] = read;
  const romanised = before.trim() === '' && /^[,\s]*[A-Za-z]/.test(after);
  if (before.trim() === '' && !romanised) return line === a.line1 ? c : { ...c, address: { ...a, line1: line, city } };
  const town = !romanised ? before.trim() : (/^[,\s]*([\p{L}][\p{L}\s-]*?)(?:,|$)/u.exec(after)?.[1] ?? '').trim();
  // After a romanised town its ward, city, prefecture and postcode ("1-2-3 Umeda, Kita-ku, Osaka-shi, Osaka 530-0001"): the postcode
  // read where the field is empty, the rest no part of the street.
  const rest = !romanised ? after.trim() : '';
  const zip = romanised ? /\b(\d{3})-?(\d{4})\b/.exec(after) : null;
  const postalCode = (a.postalCode ?? '').trim() === '' && zip !== null ? `${zip[1] ?? ''}-${zip[2] ?? ''}` : a.postalCode;
  // A building after the numbers ("梅田1-2-3 梅田ビル5F") is the second line's, as another record writes it (a review's finding).
  const line1 = `${numbers.split('-').join('k')} ${town}`.trim();
  const line2 = rest === '' ? a.line2 : [rest, a.line2].filter((l) => typeof l === 'string' && l.trim() !== '').join(' ');
  return { ...c, address: { ...a, line1, line2, city, postalCode } };
}

/** The contact with a town and postcode written on its street line read into their fields, and a province's code after a town off (`TOWN_AFTER_STREET_LINE`). */
function withTownOffStreetLine(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined) return c;
  let { line1, city, postalCode, region } = a;
  const empty = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';
  const whole = typeof line1 === 'string' && empty(city) ? townOnStreetLine(line1) : null;
  if (whole !== null) {
    line1 = whole.street;
    postalCode = empty(postalCode) ? whole.postcode : postalCode;
    city = whole.town;
    region = empty(region) ? whole.province : region;
  }
  if (typeof line1 === 'string') line1 = italianStreetWritten(withoutCareOfInLine(line1.slice(0, LINE_MAX)));
  let line2 = typeof a.line2 === 'string' ? italianStreetWritten(a.line2) : a.line2;
  const hungarian = typeof line1 === 'string' ? hungarianStreet(line1, c) : null;
  if (hungarian !== null) {
    line1 = hungarian.street;
    if (hungarian.unit !== null) line2 = typeof line2 === 'string' && line2.trim() !== '' ? `${hungarian.unit} ${line2}` : hungarian.unit;
  }
  // A floor and door on a line of their own ("4. em. 3.", "2. emelet 5. ajtó", "fszt. 2.", "IV/28"), a flat's: read as a flat.
  if (typeof line2 === 'string') line2 = hungarianFlat(line2) ?? line2;
  // Budapest's district after the town's name ("Budapest XIV. ker.", "Budapest, XI. kerület"): the postcode says it.
  if (typeof city === 'string' && city.length <= 60) city = city.replace(/^(budapest)\s*,?\s*[ivxl]{1,6}\.?\s*(?:ker(?:\.|ület|ulet)?\.?)?\s*$/iu, '$1');
  if (typeof city === 'string') {
    const town = city.slice(0, 100).trim();
    const bracketed = PROVINCE_AFTER_TOWN.exec(town);
    const bare = PROVINCE_AFTER_TOWN_BARE.exec(town);
    const rest = (at: number) => town.slice(0, at).trim();
    // Only after a town's word of three letters; a bare code only in a record of Italy or beside its region's code ("HOI AN", "LONG AN"
    // keep their word: a review's finding).
    if (bracketed !== null && /\p{L}{3}/u.test(rest(bracketed.index))) city = rest(bracketed.index);
    else if (bare !== null && /\p{L}{3}/u.test(rest(bare.index)) && ITALIAN_PROVINCES.has(bare[1] ?? '') && (normaliseText(region) === normaliseText(bare[1]) || countryOf(a.country) === 'IT')) city = rest(bare.index);
  }
  return line1 === a.line1 && line2 === a.line2 && city === a.city && postalCode === a.postalCode && region === a.region ? c : { ...c, address: { ...a, line1, line2, city, postalCode, region } };
}

/**
 * Hungary's street line, the street's name, its kind and the house's number, then the floor and door ("Sámsoni út 9. fszt. 2.",
 * "Visegrádi u. 47. 4. em. 3.", "Andrássy út 8. 6. em. 18.", "Wesselenyi u. 24"): the kinds written short spelt ("u." utca, "krt."
 * körút, "stny." sétány, "ltp." lakótelep, "rkp." rakpart, "sgt." sugárút), the floor and door a unit's line (hu-kazanszerviz read:
 * "Visegrádi u. 47." and "Visegrádi utca 47." were two streets, a floor's "fszt." a word of the street's). "utca" and "út" are two
 * streets of one name (Rákóczi utca, Rákóczi út), written apart. In a record of Hungary, or with a kind written with its accent.
 */
const HU_STREET = /^(\p{L}[\p{L}\s.'-]*?)\s+(utca|u\.?|út|ut|útja|utja|körút|korut|krt\.?|tér|ter|tere|köz|koz|sétány|setany|stny\.?|fasor|dűlő|dulo|sor|lakótelep|lakotelep|ltp\.?|rakpart|rkp\.?|sugárút|sugarut|sgt\.?|liget|lejtő|lejto)\s*(\d+\s*(?:\/\s*\p{L}\b|\p{L}\b)?\.?)(?:[\s,]+(\S.*))?$/iu;
const HU_STREET_KINDS: Readonly<Record<string, string>> = { u: 'utca', krt: 'körút', stny: 'sétány', ltp: 'lakótelep', rkp: 'rakpart', sgt: 'sugárút' };
/** A Hungarian flat's floor (a number, a Roman numeral, "fszt." the ground floor) and door: the whole line. */
// A door by its number only: "2/A" is a building's letter, kept as written (a review's finding).
const HU_FLOOR = /^\s*(?:(\d{1,2}|[ivx]{1,5})\.?\s*(?:em(?:elet)?\.?\s*,?\s*(\d{1,3})?|\/\s*(\d{1,3}))|(fszt|fsz|f[oö]ldszint)\.?\s*[,/]?\s*(\d{1,3})?)\s*\.?\s*(?:ajt[oó])?\.?\s*$/iu;
/** Roman numerals to twenty, as their number (a building's floor, a firm's series: field-comparisons reads these too). */
export const ROMAN_NUMERALS: ReadonlyMap<string, string> = new Map(
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'].map((r, i) => [r, String(i + 1)]),
);
/** The floor and door as one flat's line ("Flat 4/3", "Flat 0/2" for the ground floor's door 2), however written; else null. */
function hungarianFlat(line: string): string | null {
  const m = line.length <= 40 ? HU_FLOOR.exec(line) : null;
  if (m === null) return null;
  const written = (m[1] ?? '').toLowerCase();
  const floor = m[4] !== undefined ? '0' : /^\d+$/.test(written) ? String(Number(written)) : ROMAN_NUMERALS.get(written);
  if (floor === undefined) return null;
  const door = m[2] ?? m[3] ?? m[5];
  return door === undefined ? `Flat ${floor}` : `Flat ${floor}/${door}`;
}
/** The kinds of street no other language writes so ("utca", "körút", "u."), read in any record; "út", "tér", "sor" only in Hungary's. */
const HU_ONLY_KINDS = /^(?:utca|u|k[oö]r[uú]t|krt|s[eé]t[aá]ny|stny|lak[oó]telep|ltp|rakpart|rkp|sug[aá]r[uú]t|sgt|d[uű]l[oő]|fasor|k[oö]z|[uú]tja|[uú]t|t[eé]r|tere)$/iu;
function hungarianStreet(line: string, c: CustomerContact): { street: string; unit: string | null } | null {
  if (line.length > 120 || !/\d/.test(line)) return null;
  const m = HU_STREET.exec(line.trim());
  if (m === null) return null;
  const kind = (m[2] ?? '').replace(/\.$/, '');
  const accented = /[úéőű]/iu.test(kind) || /^(?:utca|u|krt|korut|stny|ltp|rkp|sgt|fasor)$/i.test(kind);
  // Or a floor and door written the Hungarian way after the number ("SAMSONI UT 9. FSZT. 2.", an app's without accents).
  if (!(accented && HU_ONLY_KINDS.test(kind)) && !hungarianRecord(c) && hungarianFlat((m[4] ?? '').trim()) === null) return null;
  const spelt = HU_STREET_KINDS[kind.toLowerCase()] ?? kind;
  const unit = (m[4] ?? '').trim();
  return { street: `${(m[1] ?? '').trim()} ${spelt} ${(m[3] ?? '').trim()}`, unit: unit === '' ? null : (hungarianFlat(unit) ?? unit) };
}

/** Italy's street types written short with their dot ("V.le", "P.zza", "P.za", "L.go", "C.so", "P.le", "V.lo"), and without it ("Vle", "Pzza", "Lgo"), each written out. */
const ITALIAN_SHORT_TYPES: readonly [RegExp, string][] = [
  [/(^|[\s,])(?:v\.\s?le|vle)(?=\.?\s+\p{L})\.?/giu, '$1Viale'],
  [/(^|[\s,])(?:p\.\s?zz?a|pzz?a)(?=\.?\s+\p{L})\.?/giu, '$1Piazza'],
  [/(^|[\s,])(?:l\.\s?go|lgo)(?=\.?\s+\p{L})\.?/giu, '$1Largo'],
  [/(^|[\s,])(?:c\.\s?so|cso)(?=\.?\s+\p{L})\.?/giu, '$1Corso'],
  [/(^|[\s,])p\.\s?le(?=\.?\s+\p{L})\.?/giu, '$1Piazzale'],
  [/(^|[\s,])v\.\s?lo(?=\.?\s+\p{L})\.?/giu, '$1Vicolo'],
];
/**
 * The mark before a house's number after its street's name ("Via Roma n. 12", "Via Castiglione, n.20", "V. Pisacane nr. 127",
 * "L.go Righi, civ. 52", "Via Manzoni N° 3"): no word of the street (it-termoidraulica read: "civ" and "n" were read as its
 * words). "n" only with its dot ("Calle 5 N 12" is a street's).
 */
const NUMBER_MARK_AFTER_NAME = /(\p{L}\.?[\s,]+)(?:nr\.?|n°|n\.|civ\.?|civico)\s*(?=\d)/giu;

/** A street's line with Italy's short types written out and the mark before its number off (`ITALIAN_SHORT_TYPES`, `NUMBER_MARK_AFTER_NAME`). */
function italianStreetWritten(line: string): string {
  const short = ITALIAN_SHORT_TYPES.reduce((l, [pattern, type]) => l.replace(pattern, type), line.slice(0, LINE_MAX));
  return short.replace(NUMBER_MARK_AFTER_NAME, '$1');
}

/**
 * The addresses of an e-mail field, normalised, distinct, in written order: QuickBooks takes
 * several separated by commas ("ann@x.example, billing@x.example"); semicolons and spaces are
 * how people write them too. One address is read whole, as before.
 */
function emailAddresses(raw: string | null | undefined): string[] {
  if (raw === null || raw === undefined) return [];
  const whole = (raw.match(/@/g) ?? []).length > 1 ? null : emailNormalisation(raw);
  if (whole !== null) return [gmailDots(whole)];
  const addresses = raw.split(/[,;\s]+/).map(emailNormalisation).filter((e): e is string => e !== null);
  return [...new Set(addresses.map(gmailDots))].slice(0, 5);
}

/** Gmail's dots dropped at a mistyped gmail.com too ("jennifer.walsh@gmial.com"), so the slip stays one letter. */
function gmailDots(email: string): string {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  // Only a slip of "gmail" itself: mail.com, ymail.com and email.com are mail services of their own.
  return domain !== 'gmail.com' && domain.startsWith('g') && !FREE_MAIL.has(domain) && oneEditApart(domain, 'gmail.com') ? `${email.slice(0, at).replace(/\./g, '')}@${domain}` : email;
}

/** "c/-", "c/o", "care of", "attn": what follows names whom to send to (a landlord's agent, a firm's contact), not the customer. */
// Dutch "p/a" (per adres) and "t.a.v." (ter attentie van), German "z. Hd." and "c/o" (nl-installatie read: "VvE Vestinghoven p/a Wagenaar Vastgoed").
// "p/a" only as Dutch writes it, in small letters: "Smith P/A Services" is a professional association (a review's finding).
const CARE_OF = /(?:^|\s|,)\s*(?:c\s*\/\s*[-o]|care\s+of|attn\.?:?|attention:?|t\.\s?a\.\s?v\.?|z\.\s?hd\.?)\s.*$/i;
/** Dutch "p/a" (per adres), only as Dutch writes it, in small letters: "Smith P/A Services" is a professional association (a review's finding). */
const CARE_OF_PA = /(?:^|\s|,)\s*p\s*\/\s*a\s.*$/;

/** Words no person's name holds: an organisation's, a trade's or a shop's word, a legal form, a number (a household's surname, a child's or an owner's name is none of them). */
function firmsWords(words: readonly string[]): boolean {
  return words.some((t) => ORGANISATION_WORDS.has(t) || TRADE_WORDS.has(t) || SHOP_WORDS.has(t) || isLegalSuffix(t) || /\d/.test(t));
}

/** A household's display: "Familie Möller", "Fam. Sommer", "Famille Dubois", "Familia Pérez", "Gezin de Vries" (the surname after the word). */
const HOUSEHOLD_BEFORE = /^\s*(?:familie|fam\.?|famille|familia|famiglia|gezin|familjen|familien)\s+(\S+(?:[\s-]\S+){0,2})\s*$/i;
/** A surname's particles, which may open it after a household's word ("Familie van der Berg", "Familia de la Cruz"). */
const HOUSEHOLD_PARTICLES = new Set(['van', 'der', 'den', 'de', 'von', 'zu', 'la', 'del', 'da', 'di', 'le', 'dos', 'das']);

/**
 * A household's record ("Familie Möller", GivenName Anne-Kathrin): the person its fields name, of
 * the display's surname (de-handwerk read: "Familie Möller" was read as an organisation's name,
 * "Fam. Sommer" as a person named Fam). Only a person's record (no CompanyName), and the
 * surname of no firm's words. Not English "The X Family": a family's fund or foundation is
 * named so beside the household's own record ("Her Family" / "Her Charitable Fund", us-nonprofit,
 * and "Golden Family", "Happy Family" are restaurants), as it was read before.
 */
/**
 * A record with no display but a CompanyName beside a person's names ("Autowerkstatt Kühn",
 * Josef Schumacher): the company's, its contact the person, as a display of the company's name
 * with the contact beside it is read (de-handwerk read: read as the person's, against the firm's
 * own record with its other contact, two persons). QuickBooks would show the person's names;
 * the upstream product that sent the company's name bills the company.
 */
function displayOfCompany(c: CustomerContact): CustomerContact {
  if (nameWritten(c.displayName) || !nameWritten(c.companyName) || (c.companyName ?? '').length > 200) return c;
  // Only a firm's name (a legal form, a trade's or an organisation's word), written from the firm's own mailbox (a role's,
  // or at a domain that spells a word of it): a web shop's "Company" field holds an employer or filler ("N/A", "Self",
  // "Kaiser Permanente") beside a person's own details as often (a review's finding: workmates and spouses linked).
  const words = tokensOf(normaliseText(c.companyName));
  const firm = stripLegalSuffixes(words.join(' ')) !== words.join(' ') || words.some((t) => isFirmWord(t));
  // The field's first address, read as the record's own is (`emailAddresses`: a field may hold several).
  const email = emailAddresses(c.email)[0] ?? '';
  const at = email.lastIndexOf('@');
  const parts = at < 0 ? [] : (email.slice(at + 1).split('.')[0] ?? '').split(/[^a-z0-9]+/);
  const spelt = words.some((t) => t.length >= 4 && parts.some((p) => p === t || p.replace(/([aou])e/g, '$1') === t));
  const own = at > 0 && (isGenericMailbox(email.slice(0, at)) || spelt) && !isMailService(email.slice(at + 1));
  return firm && own ? { ...c, displayName: c.companyName } : c;
}

/** A line of a house's, unit's or plot's mark and its number and nothing else ("House No. 1605", "Unit No. 6", "Plot 12"). */
const UNIT_NUMBER_ALONE = /^\s*(?:house|unit|plot|shop|flat|office|warehouse)\s*(?:no\.?\s*)?([a-z]?\d+[a-z]?)\s*,?\s*$/i;

/** The address's lines with India's unit marks spelt (`withIndianUnitMarks`): "Gala No. 6", "H.No.1605", "Plot No.D-178". */
/** Spain's way of writing an address: its country, or with none, a Spanish phone or Spain's marks in the lines ("C/", "nº 5", "2º izq.", "Avda."). */
const SPAIN_MARKS = /(?:^|[\s,])c\s*\/\s*\p{L}|\bn\s?\.?\s?[º°]\s*\d|\d\s*[º°ª]|\b(?:avda|avd|carrer|avinguda|kalea|etorbidea)\b/iu;

/** A record of Spain: its country, or with none, a Spanish phone, a mailbox at Spain's or its regions' domains, or Spain's marks in its address. */
function spanishRecord(c: CustomerContact): boolean {
  const country = countryOf(c.address?.country);
  if (country !== null) return country === 'ES';
  return /^\s*(?:\+|00)\s*34/.test(c.phone ?? '') || /\.(?:es|eus|cat|gal)\s*$/i.test(c.email ?? '') || SPAIN_MARKS.test(`${c.address?.line1 ?? ''} ${c.address?.line2 ?? ''}`.slice(0, 600));
}

/**
 * Spain's sports clubs' and associations' kinds written by their initials or short ("C.D. Los Remedios", "UD El Perchel", "Soc.
 * Dep. Torremolinos", "Agrup. Dep. Benimaclet", "Club Polid. Paterna", "Basurto Este K.E.", "Secc. Triatlón", "Futsal"), written
 * out, and "Sección" before a sport's name no word of it (es-fisio read: one club's section written so was read as a name sharing some words with its own, and created again).
 * "C.P." is left as written: a Colegio Público's as often as a Club Polideportivo's.
 */
const SPANISH_CLUB_INITIALS: ReadonlyArray<[RegExp, string]> = [
  [/^\s*(?:c\.\s?d\.?|cd)(?=\s)/iu, 'Club Deportivo'],
  [/^\s*(?:u\.\s?d\.?|ud)(?=\s)/iu, 'Unión Deportiva'],
  [/^\s*(?:s\.\s?d\.?|sd)(?=\s)/iu, 'Sociedad Deportiva'],
  [/^\s*(?:a\.\s?d\.?)(?=\s)/iu, 'Agrupación Deportiva'],
  [/^\s*(?:c\.\s?e\.?)(?=\s)/iu, 'Club Esportiu'],
];
/** The kinds written short by words no other language writes so ("Soc. Dep.", "Club Polid."): read in any record. */
const SPANISH_CLUB_SHORT: ReadonlyArray<[RegExp, string]> = [
  [/^\s*soc\.?\s+dep\.?(?=\s)/iu, 'Sociedad Deportiva'],
  [/^\s*(?:agrup|asoc)\.?\s+dep\.?(?=\s)/iu, 'Agrupación Deportiva'],
  [/^\s*club\s+dep\.?(?=\s)/iu, 'Club Deportivo'],
  [/^\s*club\s+polid\.?(?=\s)/iu, 'Club Polideportivo'],
];
function withSpanishClubKinds(raw: string, initials: boolean): string {
  let text = raw;
  for (const [re, kind] of initials ? [...SPANISH_CLUB_INITIALS, ...SPANISH_CLUB_SHORT] : SPANISH_CLUB_SHORT) text = text.replace(re, kind);
  // A club's "Sección" before its sport's name is no word of it: "– Sección Pádel", "(Pádel)", "Secc. Pádel" are one section.
  text = text.replace(/(^|[\s(–-])(?:secci[oó]n|secci[oó]|secc?\.)\s+(?=\p{L})/giu, '$1');
  if (!initials) return text;
  return text.replace(/(^|\s)k\.\s?e\.?(?=\s|$|[-–,(])/giu, '$1Kirol Elkartea').replace(/(^|\s)futsal(?=\s|$|[),])/giu, '$1Fútbol Sala');
}

/**
 * An address of Colombia read as Colombia writes it (`colombianAddress`: "3398 CL57AA" for "Calle 57AA # 33-98"), the flat or
 * shop after it on the second line; in a record of Colombia (`colombian`: `colombianSigns`, told once for the record), or any
 * record whose line sets the house's number off by a dash ("Cra. 43A # 10-25").
 */
function withColombianAddress(c: CustomerContact, colombian: boolean): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined) return c;
  const read = colombianAddress(a.line1);
  if (read === null || !(read.marked || colombian)) return c;
  const line2 = [read.rest, a.line2].filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(', ');
  return { ...c, address: { ...a, line1: read.line1, line2: line2 === '' ? null : line2 } };
}

/** An address of Spain or Portugal read as the country writes it (`spanishAddressLines`: the numbered street first, its floor and door off). */
function withSpanishAddress(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined) return c;
  const country = countryOf(a.country);
  // Portugal's by its country, its phone's or mailbox's, or its postcode's form ("4050-297", "4150 199"; Poland's are "00-950").
  const portugal = country === 'PT' || (country === null && (/^\s*(?:\+|00)\s*351/.test(c.phone ?? '') || /\.pt\s*$/i.test(c.email ?? '') || /^\s*\d{4}[-\s]\d{3}(?:\s|$)/.test(a.postalCode ?? '')));
  const spanish = country === 'ES' || (country === null && (/^\s*(?:\+|00)\s*34/.test(c.phone ?? '') || SPAIN_MARKS.test(`${a.line1 ?? ''} ${a.line2 ?? ''}`.slice(0, 600))));
  if (!spanish && !portugal) return c;
  const read = spanishAddressLines(a.line1, a.line2, portugal);
  return read === null ? c : { ...c, address: { ...a, line1: read.line1, line2: read.line2 } };
}

/**
 * An address of Sweden read as Sweden writes it (se-bokforing read), in a record of Sweden (by its country, its phone's or
 * mailbox's, its postcode's "411 38" / "S-411 38", or a street's "-gatan" / "-vägen"): a street's type written short after its
 * name ("Rådhusg. 30", "Backav. 8") written out, a direction before it ("Ö. Kyrkogatan", "V. Hamngatan") written out, and å, ä,
 * ö written "aa", "ae", "oe" by a system of no such letters ("Vaennaesvaegen") read as the letters, where no line writes any.
 */
function withSwedishAddress(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined) return c;
  const lines = `${a.line1 ?? ''} ${a.line2 ?? ''}`.slice(0, 600);
  const country = countryOf(a.country);
  const sweden =
    country === 'SE' ||
    (country === null && (/^\s*(?:\+|00)\s*46/.test(c.phone ?? '') || /\.se\s*$/i.test(c.email ?? '') || /^\s*(?:s|se)?-?\s*\d{3}\s\d{2}\s*$/i.test(a.postalCode ?? '') || /\p{L}(?:gatan|v[aä]gen|vaegen|gr[aä]nd)\b/iu.test(lines)));
  if (!sweden) return c;
  const folded = !/[åäöÅÄÖ]/.test(`${lines} ${a.city ?? ''}`);
  const read = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || v.length > 300) return v;
    let text = v
      .replace(/(\p{L}{3,})g\.(?=[\s,]|$)/giu, '$1gatan')
      .replace(/(\p{L}{3,})v\.(?=[\s,]|$)/giu, '$1vägen')
      .replace(/(\p{L}{3,})gr\.(?=[\s,]|$)/giu, '$1gränd')
      .replace(/^(\s*)([öÖvVnNsS])\.\s*(?=\p{L}{3,})/u, (_m: string, sp: string, d: string) => `${sp}${SWEDISH_DIRECTIONS[d.toLowerCase()] ?? d} `);
    if (folded) text = text.replace(/aa/gi, 'å').replace(/ae/gi, 'ä').replace(/oe/gi, 'ö');
    return text;
  };
  const city = folded && typeof a.city === 'string' && a.city.length <= 100 ? a.city.replace(/aa/gi, 'å').replace(/ae/gi, 'ä').replace(/oe/gi, 'ö') : a.city;
  return withCareOfLineAside({ ...c, address: { ...a, line1: read(a.line1) ?? null, line2: read(a.line2) ?? null, city: city ?? null } });
}
const SWEDISH_DIRECTIONS: Readonly<Record<string, string>> = { ö: 'Östra', v: 'Västra', n: 'Norra', s: 'Södra' };

/**
 * A first line that is the addressee's, sent care of ("c/o Christer Eriksson", "C/O Timo Salonen") before a second line of the
 * street: the street's line first (se-bokforing read: an association's mail sent care of its chair read as no street). Only in a
 * record of Sweden: elsewhere a manager's office the line is sent care of is many customers' (us-property's associations), read
 * as no street, and the pair tool found sixty-three of its hard negatives' streets made one by it.
 */
function withCareOfLineAside(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined || typeof a.line1 !== 'string' || typeof a.line2 !== 'string' || a.line2.trim() === '') return c;
  if (!/^\s*c\s*\/\s*o\b/i.test(a.line1) || /\d/.test(a.line1)) return c;
  return { ...c, address: { ...a, line1: a.line2, line2: null } };
}

/**
 * A record of Finland (its country or its phone) sent care of its manager on a first line, the street's line after it ("c/o
 * Kotikulma Isännöinti Oy" / "Tuuliraitti 48"): the street's line first, as `withCareOfLineAside` reads Sweden's (fi-isannointi
 * read: a housing company's record written with the care after the street, "Tuuliraitti 48, c/o Kotikulma Isännöinti Oy", was
 * another street against its own record). A manager's office is many housing companies' street: its weight is its frequency's.
 */
function withFinnishCareOfLine(c: CustomerContact): CustomerContact {
  // The care's first line asked first: the country is read only for such a record (most have none).
  if (c.address === null || c.address === undefined || typeof c.address.line1 !== 'string' || !/^\s*c\s*\/\s*o\b/i.test(c.address.line1)) return c;
  return countryOf(c.address.country) === 'FI' || /^\s*\(?\s*(?:\+|00)\s*358/.test(c.phone ?? '') ? withCareOfLineAside(c) : c;
}

function withIndianAddress(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined) return c;
  const line1 = typeof a.line1 === 'string' ? withIndianUnitMarks(a.line1) : a.line1;
  const line2 = typeof a.line2 === 'string' ? withIndianUnitMarks(a.line2) : a.line2;
  // A first line that is a house's, unit's or plot's number alone ("H.No.1605", "Gala No. 6") before a line of the street's
  // or area's words ("Alandi Road, Bhosari"): the number on that street, as "1605 Alandi Road" reads. Not before a line with a
  // number anywhere ("Unit 23" / "Centurion Business Centre, 90 Whiteladies Road": the unit's number is no house's).
  const alone = typeof line1 === 'string' ? UNIT_NUMBER_ALONE.exec(line1) : null;
  if (alone !== null && typeof line2 === 'string' && /^\s*\p{L}/u.test(line2) && !/\d/.test(line2)) {
    const rest = withoutLandmarks(line2).trim();
    if (/^\p{L}/u.test(rest)) return { ...c, address: { ...a, line1: `${alone[1] ?? ''} ${rest}`, line2: null } };
  }
  return line1 === a.line1 && line2 === a.line2 ? c : { ...c, address: { ...a, line1, line2 } };
}

/**
 * A display of the company's name with its contact person's in brackets after it ("Shree Tulja Bhavani Elect. (Balasaheb
 * Gokhale)", CompanyName "Shree Tulja Bhavani Elect.", Balasaheb Gokhale the contact): the company's record, as its display
 * without the brackets would be. Read only where the brackets hold the given or family name the record gives and nothing else
 * (in-traders read: such records were read as the contact's own, against the company's record as another person).
 */
function withContactOffDisplay(c: CustomerContact): CustomerContact {
  const shown = c.displayName;
  if (typeof shown !== 'string' || shown.length > 200 || !shown.endsWith(')') || !nameWritten(c.companyName)) return c;
  const m = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(shown);
  if (m === null) return c;
  const company = stripLegalSuffixes(normaliseText(c.companyName));
  if (company === '' || stripLegalSuffixes(normaliseText(m[1])) !== company) return c;
  const inside = tokensOf(normaliseText(m[2]));
  const names = [...tokensOf(normaliseText(c.givenName)), ...tokensOf(normaliseText(c.familyName))].filter((t) => t.length >= 2);
  // Every word in the brackets the contact's name: "(for Pilar Rodríguez)", "(Attn: Louis)" are a payer's or a recipient's marks.
  return inside.length > 0 && inside.every((t) => names.includes(t) || t.length === 1) && names.some((t) => inside.includes(t)) ? { ...c, displayName: c.companyName ?? null } : c;
}

/**
 * A proprietor's mark in a firm's name, in brackets or after a dash ("Madina Pharmacy (Prop. Md. Obaidul Kabir)", "New Ruposhi
 * Medical Store - Prop. Md. Helal Uddin", "(Proprietor: A. Das)"), as South Asia's ledgers name a shop by its owner: the firm's
 * record, its owner its contact (bd-aushadh read: such records were read as the owner's own and linked to his personal account).
 * "Prop." with its dot or colon, or the word written out: "Prop" alone is a property's word ("MN Commercial Prop Ltd").
 */
const PROPRIETOR_MARK = /\s*(?:\(\s*(?:prop\s*[.:]|proprietor|proprietress|proprietrix)\s*[.:]?\s*[^()]{2,80}\)|\s[-\u2013]\s*(?:prop\s*[.:]|proprietor|proprietress)\s*[.:]?\s*[^()\-\u2013,]{2,80}$)/iu;

function withProprietorOff(c: CustomerContact): CustomerContact {
  if (!nameWritten(c.companyName)) return c;
  const cut = (v: string | null | undefined) => (typeof v === 'string' && v.length <= 300 && PROPRIETOR_MARK.test(v) ? v.replace(PROPRIETOR_MARK, '').trim() : v);
  const displayName = cut(c.displayName);
  const companyName = cut(c.companyName);
  if (displayName === c.displayName && companyName === c.companyName) return c;
  // A mark alone is no name: read as written.
  if (!nameWritten(displayName) || !nameWritten(companyName)) return c;
  // The firm's name and its town after a comma, the record's own ("Madina Pharmacy, Manikganj"): the firm's name.
  const town = normaliseText(c.address?.city);
  const [name = '', after = ''] = (displayName ?? '').split(/,(?=[^,]*$)/);
  const display = town !== '' && normaliseText(after) === town && normaliseText(name) === normaliseText(companyName) ? name.trim() : displayName;
  return { ...c, displayName: display ?? null, companyName: companyName ?? null };
}

/** A maiden name after the married one ("Lang geb. Fischer", "Smith née Jones"): "geb.", "geborene", "née". */
const MAIDEN_AFTER = /^(.*\S)\s+(?:geb\.|geborene|née)\s+\S+(?:[\s-]\S+)?\s*$/i;
/** In the FamilyName field, "nee" and "geb" without their accent or dot as well ("Smith nee Jones"): a display's "Nee" is a name's syllable ("Tan Nee Leng"). */
const MAIDEN_AFTER_IN_FAMILY = /^(.*\S)\s+(?:geb\.?|geborene|n[ée]e)\s+\S+(?:[\s-]\S+)?\s*$/i;

/** The surname fields and the display without the maiden name written after the married one: the name the person goes by. */
function withoutMaidenName(c: CustomerContact): CustomerContact {
  const cut = (v: string | null | undefined, pattern: RegExp, words: number) => {
    if (typeof v !== 'string' || v.length > 120) return v;
    const kept = pattern.exec(v)?.[1];
    // A display keeps a given name and a surname at least ("Sandra Lang geb. Fischer"), a surname field one word.
    return kept !== undefined && tokensOf(normaliseText(kept)).length >= words ? kept : v;
  };
  const familyName = cut(c.familyName, MAIDEN_AFTER_IN_FAMILY, 1);
  const displayName = cut(c.displayName, MAIDEN_AFTER, 2);
  return familyName === c.familyName && displayName === c.displayName ? c : { ...c, familyName: familyName ?? null, displayName: displayName ?? null };
}

/**
 * A record named by an initial alone ("F.", no surname, display or company: de-handwerk read, read as an organisation
 * named F against Felix Meyer): no name to compare, its e-mail, phone and address say who it is. Only where its
 * mailbox opens with the initial ("F.", felix.meyer@): a household member's initial at its address is another's as
 * often (a review's finding).
 */
function initialAloneWritten(c: CustomerContact): CustomerContact {
  const initial = /^\s*(\p{L})\.?\s*$/u.exec(c.givenName ?? '')?.[1]?.toLowerCase();
  return !nameWritten(c.displayName) && !nameWritten(c.familyName) && !nameWritten(c.companyName) && initial !== undefined && normaliseText(c.email).startsWith(initial) ? { ...c, givenName: null } : c;
}

function householdWritten(c: CustomerContact): CustomerContact {
  if (typeof c.displayName !== 'string' || c.displayName.length > 80 || tokensOf(normaliseText(c.companyName)).length > 0) return c;
  const before = HOUSEHOLD_BEFORE.exec(c.displayName);
  const surname = before?.[1];
  if (surname === undefined) return c;
  const words = tokensOf(normaliseText(surname));
  if (words.length === 0 || firmsWords(words)) return c;
  // Words before the last only a surname's particles ("Familie van der Berg"); not "Familia Unida", "Familia Tacos": a
  // person's name must be in the fields too, a given name or this surname (a review's finding).
  if (words.slice(0, -1).some((t) => !HOUSEHOLD_PARTICLES.has(t))) return c;
  if (!nameWritten(c.givenName) && normaliseText(c.familyName) !== words.join(' ')) return c;
  const family = nameWritten(c.familyName) ? (c.familyName ?? surname) : surname;
  const given = nameWritten(c.givenName) ? (c.givenName ?? '') : '';
  return { ...c, displayName: `${given} ${family}`.trim(), familyName: family };
}

/**
 * An English household's display: "The Carter Family", "Carter Family (Emma, Liam)", "The Whitaker Household", "Garcia
 * Residence" (the surname before the word, the children's given names in brackets after it).
 */
const HOUSEHOLD_AFTER = /^\s*(?:the\s+)?(\S+(?:[\s-]\S+){0,2}?)\s+(?:family|household|residence)(?:\s*\(\s*\p{L}[\p{L}\s,&.'\u2019-]{0,80}\))?\s*$/iu;

/**
 * A household's record written as the family's ("The Carter Family", "Morris Family (Aarav, Naomi)", "THE WHITAKER HOUSEHOLD",
 * GivenName Patricia): the person its fields name, as "Familie Möller" is (`householdWritten`), read before the display's brackets
 * are taken for a contact's or a firm's (us-tuition read: a camp's and a school's sources write a paying parent's household so, and
 * the display was read as an organisation's against the parent's own record; us-nonprofit, us-landscape and us-auto write it so
 * too, each one customer with the person's). Only a person's record (no company) whose fields give a given name, or a family
 * name of the display's surname; the surname's words other than a particle must be the family name's ("Community Family" is no
 * household's: its words are no surname of the fields'); fields of no name, the surname alone where "The" opens the display or
 * the mailbox names it.
 */
function englishHouseholdWritten(c: CustomerContact): CustomerContact {
  if (typeof c.displayName !== 'string' || c.displayName.length > 120 || tokensOf(normaliseText(c.companyName)).length > 0) return c;
  const surname = HOUSEHOLD_AFTER.exec(c.displayName)?.[1];
  if (surname === undefined) return c;
  const words = tokensOf(normaliseText(surname));
  const family = tokensOf(normaliseText(c.familyName));
  if (words.length === 0 || firmsWords(words)) return c;
  const ofFields = family.length > 0 && words.join(' ') === family.join(' ');
  if (!ofFields && words.slice(0, -1).some((t) => !HOUSEHOLD_PARTICLES.has(t))) return c;
  // Fields of no name: the household's surname alone ("The Hang Family" against "The Hang Family", Tou Hang: us-nonprofit), where
  // "The" opens the display or the mailbox's name holds the surname ("Hayes Family", marilyn.hayes@): "Golden Family" and
  // "Happy Family" are restaurants.
  if (!nameWritten(c.givenName) && !nameWritten(c.familyName)) {
    const local = (c.email ?? '').slice(0, Math.max(0, (c.email ?? '').indexOf('@'))).toLowerCase().replace(/[^a-z]/g, '');
    const theirs = /^\s*the\s/i.test(c.displayName) || (words.join('').length >= 3 && local.includes(words.join('')));
    return theirs ? { ...c, displayName: surname, familyName: surname } : c;
  }
  if (!nameWritten(c.givenName) && !ofFields) return c;
  const familyName = nameWritten(c.familyName) ? (c.familyName ?? surname) : surname;
  const given = nameWritten(c.givenName) ? (c.givenName ?? '') : '';
  return { ...c, displayName: `${given} ${familyName}`.trim(), familyName };
}

/**
 * A billing system's note on an account's state, as its words read ("PAST DUE", "AUTOPAY", "OLD ACCT", "LIEN NOTICE SENT", "DO
 * NOT RENT"): phrases, and single words only where no name or branch bears them ("Due" is Italian's two, "Lien" and "Hold"
 * surnames, "Collection" a fashion house's: a review's finding).
 */
const ACCOUNT_NOTE = new RegExp(
  '^(?:' +
    [
      String.raw`(?:old|closed|inactive|dup|duplicate|former)\s+(?:acct|account)`,
      String.raw`(?:acct|account)\s+(?:closed|inactive|on\s+hold|past\s+due|in\s+collections?)`,
      String.raw`auto\s*-?\s*pay`,
      String.raw`past\s+due`,
      String.raw`(?:on|credit)\s+hold`,
      String.raw`lien\s+(?:notice(?:\s+sent)?|sale|pending|sent)`,
      String.raw`(?:in|sent\s+to)\s+collections?`,
      String.raw`do\s+not\s+(?:rent|use|service)`,
      String.raw`bad\s+(?:check|debt)`,
      String.raw`moved\s+out`,
      'delinquent', 'inactive', 'vacated', 'dup', 'duplicate', 'dnr',
    ].join('|') +
    ')$',
);
/** A display's last part after a spaced dash, or in closing brackets: "lisa tran - AUTOPAY", "Daniel Clark (LIEN NOTICE SENT)". */
const DISPLAY_NOTE = /^(.*\p{L}.*?)\s*(?:\s[-\u2013\u2014]{1,2}\s*|\(\s*)([\p{L}\s.*!-]{2,40}?)\s*\)?\s*$/u;

/**
 * A billing system's note on the account's state written after its name ("lisa tran - AUTOPAY", "ASRON NECAISE - OLD ACCT",
 * "Daniel Clark (LIEN NOTICE SENT)", "Hoffmann & Sons Stucco Corp - Old Acct", "Estate of Heather Smith - Past Due"): no word of
 * the customer's name (us-storage read: the note was read as a person's name's words, or as a firm's branch, against the
 * customer's own record). The last part only ("Smith - Jones - Past Due" keeps "Smith - Jones").
 */
function withoutAccountNote(c: CustomerContact): CustomerContact {
  if (typeof c.displayName !== 'string' || c.displayName.length > 120) return c;
  const m = DISPLAY_NOTE.exec(c.displayName);
  if (m === null || !ACCOUNT_NOTE.test(tokensOf(normaliseText(m[2])).join(' '))) return c;
  return { ...c, displayName: (m[1] ?? '').trim() };
}

/** A storage unit's, a lot's or a locker's code after a person's names, letters and digits ("UP29", "U3054", "#C-108", "B12"). */
const UNIT_CODE_AFTER = /^(.*\p{L}[.']?)\s+#?([A-Za-z]{0,3}-?\d{1,5}[A-Za-z]?)\s*$/u;

/**
 * A person's display of the fields' names and a unit's code after them ("Fernando Rivera UP29"): the facility's unit, no word of
 * the name (us-storage read: a word of letters and digits made the display an organisation's). Only where the display's other
 * words are the fields' given and family names, in any order.
 */
function withoutUnitCode(c: CustomerContact): CustomerContact {
  if (typeof c.displayName !== 'string' || c.displayName.length > 120 || !nameWritten(c.givenName) || !nameWritten(c.familyName)) return c;
  const m = UNIT_CODE_AFTER.exec(c.displayName);
  if (m === null || !/\d/.test(m[2] ?? '')) return c;
  const words = tokensOf(normaliseText(m[1])).sort().join(' ');
  const fields = [...tokensOf(normaliseText(c.givenName)), ...tokensOf(normaliseText(c.familyName))].sort().join(' ');
  return words === fields ? { ...c, displayName: (m[1] ?? '').trim() } : c;
}

/** A household's mark after a person's names: "Allen Glick & Family", "SHUMAKER, SHANE & CHARLOTTE & FAMILY", "Eli Yoder and family", "José Pérez y Familia", "Jean Roy et famille". */
const AND_FAMILY = /^(.*\p{L}[.']?)\s*(?:&|\+|\band|\by|\bet|\bund|\ben|\be)\s*(?:the\s+)?(?:fam(?:ily|\.)?|familia|famille|familie|famiglia|família)\s*$/iu;

/**
 * A person's display closed by "& Family" ("Allen Glick & Family", "KLINE, ADAM S. & FAMILY", "Shane & Charlotte Shumaker & Family"):
 * the household of the names before it, read as those names (us-septic read: "& FAMILY" was read as a third person's name, so a
 * couple's display was no couple's and a person's "Family" a word of their name). Only a person's record (no company) whose
 * fields' family name the display's names hold.
 */
function withoutAndFamily(c: CustomerContact): CustomerContact {
  if (typeof c.displayName !== 'string' || c.displayName.length > 120 || tokensOf(normaliseText(c.companyName)).length > 0) return c;
  const names = AND_FAMILY.exec(c.displayName)?.[1];
  if (names === undefined) return c;
  const family = tokensOf(normaliseText(c.familyName));
  const words = tokensOf(normaliseText(names));
  if (family.length === 0 || !family.every((t) => words.includes(t)) || firmsWords(words)) return c;
  return { ...c, displayName: names.trim() };
}

/**
 * A payer's record named by the child it pays for: "Parent of Emma Carter", "Parent/Guardian of Liam Brown", "Mother of …",
 * "Emma Carter (parent)" (a camp's and a school's registration systems list the account by its camper or student).
 */
const PARENT_OF = /^\s*(?:(?:parents?|guardians?|parent\s*(?:\/|or|&|and)\s*guardian|mother|father|mom|mum|dad)\s+of\s+(.+?)|(.+?)\s*\(\s*(?:parents?|guardian|parent\s*\/\s*guardian)\s*\))\s*$/i;

/**
 * A payer's record named by the child it pays for (`PARENT_OF`): the display names the child, not the customer. Read as the
 * payer's own names: the fields' family name (or, with none, the child's surname, most often the parent's), and the fields' given
 * name unless it is the child's, which the form copied (us-tuition read: "Parent of Aaliyah Shelnutt", GivenName Aaliyah, against
 * the parent's own record at one e-mail, phone and address was read as another member of the household). Only a person's record
 * (no company) and a child's name of a few words, no firm's.
 */
function parentOfWritten(c: CustomerContact): CustomerContact {
  const m = typeof c.displayName === 'string' && c.displayName.length <= 120 ? PARENT_OF.exec(c.displayName) : null;
  if (m === null || tokensOf(normaliseText(c.companyName)).length > 0) return c;
  const written = (m[1] ?? m[2] ?? '').trim();
  const child = tokensOf(normaliseText(written));
  if (child.length === 0 || child.length > 4 || firmsWords(child)) return c;
  const given = tokensOf(normaliseText(c.givenName));
  const givenName = given.length > 0 && given[0] !== child[0] ? (c.givenName ?? null) : null;
  const familyName = nameWritten(c.familyName) ? (c.familyName ?? null) : child.length >= 2 ? written.split(/\s+/).slice(1).join(' ') : null;
  if (familyName === null) return c;
  return { ...c, displayName: [givenName, familyName].filter((v): v is string => v !== null).join(' '), givenName, familyName };
}

/** A school year's mark: "3rd gr", "10th grade", "Gr. 4", "PK3", "Pre-K", "TK", "Kindergarten". */
const SCHOOL_GRADE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)(?:\s*(?:gr\.?|grade))?|(?:gr\.?|grade)\s*\d{1,2}|pre-?k\d?|pk\d?|tk|kindergarten)`;
/**
 * A note of the child a payer's record is billed for, ending a person's display: "Carter, Jennifer - Liam 3rd gr", "Grier,
 * DeShawn / Genesis 2nd", "Salazar, Claudia (Hazel 2nd)", "Gentry, Kyle - Micah PK3", and a camp's session ("… - Session 2").
 */
const CHILD_NOTE = new RegExp(
  String.raw`(?:(?:\s+[-\u2013\u2014]{1,2}|\s*\/)\s*(?:\p{L}[\p{L}'\u2019-]*\s+){1,3}${SCHOOL_GRADE}\.?|\s*\(\s*(?:\p{L}[\p{L}'\u2019-]*\s+){1,3}${SCHOOL_GRADE}\.?\s*\)|\s+[-\u2013\u2014]{1,2}\s*(?:session|week|term)\s*\d{1,2})\s*$`,
  'iu',
);

/**
 * A person's display with a note of the child billed for, or a camp's session, after the payer's name (`CHILD_NOTE`): no words of
 * the customer's name (us-tuition read: a school office's entries were read as a firm's name of five words against the parent's
 * own record). Only a person's record (no company), and only where a name is left before the note.
 */
function withoutChildNote(c: CustomerContact): CustomerContact {
  if (typeof c.displayName !== 'string' || c.displayName.length > 120 || tokensOf(normaliseText(c.companyName)).length > 0) return c;
  const displayName = c.displayName.replace(CHILD_NOTE, '').trim();
  return displayName === c.displayName.trim() || !/\p{L}/u.test(displayName) ? c : { ...c, displayName };
}

/**
 * A vessel's prefix opening a display: "S/V Osprey", "M/V Second Wind", "M/Y Daydream", "F/V Miss Lisa", "MV Sea Dog", "SV
 * Patience" (sailing, motor, fishing vessel, motor yacht).
 */
// Not "M/S" nor "M/s.": Messrs., as South Asia's ledgers write a firm (in-pharma).
const VESSEL_PREFIX = /^\s*(?:[msf]\s?\/\s?v|[ms]\s?\/\s?y|(?:MV|SV|FV)(?=\s))\.?\s+\S/i;
/** The owner after a vessel's name: "… c/o J. Park", "… (Hartley)", "… - Tom Walsh". */
const VESSEL_OWNER = /^(.+?)\s*(?:\s(?:c\s*\/\s*o|care\s+of)\s+(.+)|\(\s*([^()]+?)\s*\)|\s[-\u2013]\s+(.+))\s*$/i;

/**
 * A person's record named by the vessel the bill is for ("S/V Jolly Roger c/o K. Sullivan", "M/V Patience (Pérez)", "MV Sea Dog
 * c/o S. Sutton"): the vessel is no customer, its owner is (us-marina read: the owner's name after "c/o" was read as the payer
 * of a client named "S/V Odyssey", against the owner's own record). Read as the owner's names: the fields' (a given or a family
 * name), else the name written after the vessel's. Only a person's record (no company: "MV Transportation Inc." is a firm).
 */
function vesselWritten(c: CustomerContact): CustomerContact {
  if (typeof c.displayName !== 'string' || c.displayName.length > 120 || !VESSEL_PREFIX.test(c.displayName) || tokensOf(normaliseText(c.companyName)).length > 0) return c;
  const fields = [c.givenName, c.familyName].filter(nameWritten).join(' ').trim();
  if (fields !== '') return { ...c, displayName: fields };
  const m = VESSEL_OWNER.exec(c.displayName);
  const owner = (m?.[2] ?? m?.[3] ?? m?.[4] ?? '').trim();
  const words = tokensOf(normaliseText(owner));
  if (words.length === 0 || words.length > 4 || firmsWords(words)) return c;
  return { ...c, displayName: owner };
}

/** A display's parts: split at a spaced dash or a slash, and a closing bracket's words a part of their own ("HIRSCH/REEL ESTATE", "Aloha - Howard Jenkins", "Valiant (Iverson)"). */
function displayPartsBesideName(display: string): { parts: string[]; bracket: boolean } {
  const bracket = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(display);
  const head = bracket === null ? display : (bracket[1] ?? '');
  const parts = head.split(/\s+[-\u2013\u2014]{1,2}\s+|\s*\/\s*/).map((p) => p.trim());
  if (bracket !== null) parts.push((bracket[2] ?? '').trim());
  return { parts: parts.filter((p) => p !== ''), bracket: bracket !== null };
}

/**
 * A person's display of its names and a note beside them, parted by a dash or a slash, or its surname alone in brackets after
 * the note: the boat, the pet or the job the bill is for ("Ogden - Moondance", "Aloha - Howard Jenkins", "HIRSCH/REEL ESTATE",
 * "Valiant (Iverson)"), GivenName and FamilyName the person's. The note is no word of the customer's name: read as the fields'
 * names (us-marina read: a marina's and a boatyard's sources write the boat beside its owner's surname, and "Unsinkable II
 * (Morris)" was read as a person named Unsinkable against the owner's own record). Only where one part is the fields' name (its
 * surname, and its given name or initial, in any order) and each other part is a few words of letters that open with no given
 * name of the birth lists (a person's: "Rose Kowalski / Linda Price" is a client and its payer), or one word: none a firm's, a
 * trade's, a shop's, a payer's, a relation's, an estate's or a generation's word, no number (a house's: "Brian Myers - 13936
 * Coral Tree Cir"; a scheme's: "(NDIS 436082903)"). Brackets only around the surname: a bracket after the name is QuickBooks'
 * town ("Anna Bergmann (Köln)") or a generation's ("(Snr)").
 */
function withoutNoteBesideName(c: CustomerContact): CustomerContact {
  if (typeof c.displayName !== 'string' || c.displayName.length > 120 || !nameWritten(c.givenName) || !nameWritten(c.familyName) || tokensOf(normaliseText(c.companyName)).length > 0) return c;
  if (!/\s[-\u2013\u2014]{1,2}\s|\/|\)\s*$/.test(c.displayName) || CARE_OF.test(c.displayName) || /\d/.test(c.displayName)) return c;
  const { parts, bracket } = displayPartsBesideName(c.displayName);
  if (parts.length < 2 || parts.length > 3) return c;
  const given = tokensOf(normaliseText(c.givenName));
  const family = tokensOf(normaliseText(c.familyName));
  const own = new Set([...given, ...family, ...given.map((g) => g[0] ?? '')]);
  const words = parts.map((p) => tokensOf(normaliseText(p)));
  const named = words.findIndex((w) => w.length > 0 && family.every((f) => w.includes(f)) && w.every((t) => own.has(t)));
  // In brackets, only the surname alone, after the note.
  if (named < 0 || (bracket && (named !== words.length - 1 || words[named]?.join(' ') !== family.join(' ')))) return c;
  const notes = words.filter((_, i) => i !== named);
  const noteWord = (t: string) => t.length >= 2 && !own.has(t) && !ORGANISATION_WORDS.has(t) && !TRADE_WORDS.has(t) && !SHOP_WORDS.has(t) && !isLegalSuffix(t) && !PAYER_NOTE_WORDS.has(t) && !TITLES.has(t);
  const note = (w: string[]) => w.length >= 1 && w.length <= 4 && (w.length === 1 || !isGivenName(w[0] ?? '')) && w.every(noteWord);
  if (!notes.every(note)) return c;
  return { ...c, displayName: `${c.givenName ?? ''} ${c.familyName ?? ''}`.trim() };
}
/** Words of a payer's or a relation's note, read by `payerWritten` ("- Bayfront Guardians pays", "(dau)"), and a generation's. */
// And an estate's or a trust's ("Smith, John - Estate", "- Deceased", "/ Trust"): read by `estateRead` and the trusts' forms.
const PAYER_NOTE_WORDS = new Set([
  'pays', 'payer', 'payor', 'poa', 'dau', 'daughter', 'son', 'guardian', 'guardians', 'conservator', 'wife', 'husband', 'spouse', 'parent', 'parents', 'student', 'child', 'camper',
  'estate', 'est', 'deceased', 'dec', 'decd', 'late', 'trust', 'ttee', 'trustee', 'executor', 'exec', 'heirs', 'dodsbo',
  'jr', 'sr', 'ii', 'iii', 'iv', 'snr', 'jnr', 'junior', 'senior', 'hijo', 'filho', 'fils', 'pere', 'neto', 'nieto',
]);

/** "H Gupta (parent: Navneet Gupta)", "Liam Mehta - child of Kavita": a child billed with a parent's or guardian's details. */
const CHILD_OF = /^(.+?)\s*(?:\(\s*(?:parent|guardian|mother|father|mum|mom|dad)\s*:\s*([^()]+)\)|\s[-\u2013]\s*(?:child|son|daughter)\s+of\s+(.+))\s*$/i;

/**
 * A child's record written with the parent's or guardian's name beside it: the customer is the
 * child, named first, whose given and family names the record's fields may hold as the parent's
 * ("H Gupta (parent: Navneet Gupta)", Navneet Gupta: read with the parent's names, the child's
 * record was the parent's own). Read as the child's name alone, the parent's e-mail, phone and
 * address kept; a child of one word's name keeps the fields' surname.
 */
function childWritten(c: CustomerContact): CustomerContact {
  const m = typeof c.displayName === 'string' && c.displayName.length <= 120 ? CHILD_OF.exec(c.displayName) : null;
  // Only a person's record (a given or family name in its fields): "Smith & Son - child of …" is no child.
  if (m === null || (tokensOf(normaliseText(c.givenName)).length === 0 && tokensOf(normaliseText(c.familyName)).length === 0)) return c;
  const child = (m[1] ?? '').trim().split(/\s+/);
  const parent = tokensOf(normaliseText(m[2] ?? m[3]));
  // A parent's name: a few words, none a business's ("Joe Bloggs - Son of a Gun Plumbing" is a trading name).
  if (parent.length === 0 || parent.length > 4 || parent.some((t) => ORGANISATION_WORDS.has(t) || TRADE_WORDS.has(t) || SHOP_WORDS.has(t))) return c;
  const given = tokensOf(normaliseText(c.givenName));
  // The fields hold the parent where their given name is the parent's (or they give none).
  const parents = given.length === 0 || (given[0] !== undefined && parent.includes(given[0]) && !tokensOf(normaliseText(child[0])).includes(given[0]));
  if (child.length < 2) return { ...c, displayName: `${child[0] ?? ''} ${c.familyName ?? ''}`.trim(), ...(parents ? { givenName: child[0] ?? null } : {}) };
  return parents ? { ...c, displayName: child.join(' '), givenName: child[0] ?? null, familyName: child.slice(1).join(' ') } : { ...c, displayName: child.join(' ') };
}

/** "Bluegum Plan Managers obo Emily Thompson": an agent "on behalf of" a person. */
const ON_BEHALF = /^(.+?)\s+(?:obo|OBO|o\/b\/o|O\/B\/O|[Oo]n\s+[Bb]ehalf\s+[Oo]f)\s+(.+)$/;

/**
 * An agent's display on behalf of a person, where the record's given and family names are that
 * person's ("Bluegum Plan Managers obo Emily Thompson", Emily Thompson): written as the person care
 * of the agent ("Emily Thompson c/- Bluegum Plan Managers"), as the same bill is written elsewhere,
 * so it is read as the person's record billed through the agent (`LinkageRecord.agent`).
 */
function onBehalfWritten(c: CustomerContact): CustomerContact {
  const m = typeof c.displayName === 'string' && c.displayName.length <= 120 ? ON_BEHALF.exec(c.displayName) : null;
  if (m === null) return c;
  const person = tokensOf(normaliseText(m[2]));
  const given = tokensOf(normaliseText(c.givenName));
  const family = tokensOf(normaliseText(c.familyName));
  // The person in full after it ("Chinedu Obo Eze" is a name), and none of their names before it.
  const agent = tokensOf(normaliseText(m[1]));
  const theirs =
    given.length > 0 &&
    family.length > 0 &&
    family.every((f) => person.includes(f)) &&
    person.some((w) => given.includes(w)) &&
    person.every((w) => given.includes(w) || family.includes(w)) &&
    !agent.some((w) => given.includes(w) || family.includes(w));
  // Or an organisation's, its CompanyName the name after it ("Colfax Residential obo Prairie Hollow Commons", CompanyName
  // "Prairie Hollow Commons, LLC": a manager paying for the complex; us-roofing read, linked to the manager by its mailbox).
  const firm = stripLegalSuffixes(normaliseText(c.companyName));
  const firmsOwn = firm !== '' && stripLegalSuffixes(normaliseText(m[2])) === firm && stripLegalSuffixes(normaliseText(m[1])) !== firm;
  return theirs || firmsOwn ? { ...c, displayName: `${(m[2] ?? '').trim()} c/- ${(m[1] ?? '').trim()}` } : c;
}

/** A payer's relation to the client, as a care agency's or a practice's sources write it beside the payer ("(dau)", "(POA Joseph)", "(son-in-law)"). */
const PAYER_RELATION = String.raw`(?:daughter|dau|dtr|son|son-in-law|daughter-in-law|dil|sil|niece|nephew|grandson|granddaughter|gson|gdau|gdtr|wife|husband|spouse|sister|brother|poa|guardian|conservator|payer|payor|caregiver)\.?`;
/** "Client c/o Payer", "c/ Payer", "c/- Payer", "care of Payer": the marks `CARE_OF` reads, and "c/" alone. */
const PAYER_CARE_OF = /^(.+?)\s+(?:c\s*\/\s*(?:o|-)?|care\s+of)\s+(.+)$/i;
/** "Client / Payer (daughter)", "Client / Agency (guardian)". */
const PAYER_SLASH = new RegExp(String.raw`^(.+?)\s+\/\s+(.+?)\s*\(\s*${PAYER_RELATION}\s*\)\s*$`, 'i');
/** "Client - Payer pays". */
const PAYER_PAYS = /^(.+?)\s+[-\u2013]\s+(.+?)\s+pays\.?\s*$/i;
/** "Client (daughter Tammy)", "Client (POA Joseph)": the payer's given name in the brackets. */
const PAYER_IN_BRACKETS = new RegExp(String.raw`^(.+?)\s*\(\s*${PAYER_RELATION}\s*:?\s+([^()]{2,40})\)\s*$`, 'i');
/** "Payer for Client". */
const PAYER_FOR = /^(.+?)\s+for\s+(.+)$/i;

/**
 * A person's display of a client and the payer billed for them, and the fields holding either one's names (us-homecare read: a
 * home-care agency bills an elderly client through an adult child, a POA or a guardianship firm; its sources write "Rose Kowalski
 * c/o Linda Price", "Linda Price for Rose Kowalski", "Rose Kowalski / Linda Price (dau)", "Rose Kowalski - Bayfront Guardians
 * pays", "Rose Kowalski (POA Linda)", and a portal fills the given and family names with the payer's, who typed them). The
 * customer is the client: written "Client c/o Payer", as a person billed through an agent is (`agentOf`), and where the fields
 * name the payer they are set aside and the client's names read from the display. A display of a person's whole name sharing no
 * word with the fields' person ("Mrs Joan Connolly", Joseph Moriarty) is read so too: the display names the customer, the fields
 * whom the bill goes to, where the display is written as a person's only (a title, or "Last, First"). Only a person's record (no company of
 * its own) and names of a few words, no firm's.
 */
function payerWritten(c: CustomerContact): CustomerContact {
  const shown = typeof c.displayName === 'string' ? c.displayName.trim() : '';
  if (shown === '' || shown.length > 120) return c;
  const company = tokensOf(normaliseText((c.companyName ?? '').replace(/^\s*c\s*\/\s*[o-]?\s+/i, '')));
  const given = tokensOf(normaliseText(c.givenName));
  const family = tokensOf(normaliseText(c.familyName));
  const fields = [...given, ...family];
  if (fields.length === 0) return c;
  const firm = firmsWords;
  // A person's name: a few words, no firm's, opening with a given name or an initial, or written "Last, First" ("Suncoast Glass &
  // Mirror c/o Kevin Schmidt" is a firm's display with its contact; us-auto).
  const personWords = (text: string) => {
    const words = tokensOf(normaliseText(text));
    const first = words[0] ?? '';
    return words.length >= 2 && words.length <= 6 && !firm(words) && (isGivenName(first) || first.length === 1 || text.includes(',')) ? words : null;
  };
  // A mark in brackets after the client's name is no word of it ("Tommy Brandt (dec'd) c/o Elsa Brandt": us-utility).
  const bare = (text: string) => text.replace(/\s*\([^()]*\)\s*$/, '').trim();
  // The fields name a side where its words hold their given name (or its initial) and their family name, however mistyped.
  const near = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && oneEditApart(a, b));
  const names = (words: readonly string[]) => family.length > 0 && family.every((f) => words.some((w) => near(w, f))) && given.length > 0 && words.some((w) => given.some((g) => near(w, g) || (g.length === 1 && w.startsWith(g)) || (w.length === 1 && g.startsWith(w))));
  const careOf = (client: string, payer: string, fieldsPayers: boolean) =>
    ({ ...c, displayName: `${client.trim()} c/o ${payer.trim()}`, ...(fieldsPayers ? { givenName: null, familyName: null } : {}), ...(company.length > 0 && fieldsPayers ? { companyName: null } : {}) });
  // A company of the record's own (not the payer's, nor a care-of mark) makes it another kind of record.
  const ownCompany = (payer: readonly string[]) => company.length > 0 && !company.every((t) => payer.includes(t));
  const pair = PAYER_SLASH.exec(shown) ?? PAYER_PAYS.exec(shown) ?? PAYER_CARE_OF.exec(shown);
  if (pair !== null) {
    const payer = tokensOf(normaliseText(pair[2]));
    // A client's name mistyped at its first word ("Peearl Zucker c/ Nancy Spinelli") where the fields name the payer: two or three
    // words, no firm's, no "&" (a firm's partners or goods).
    const written = tokensOf(normaliseText(bare(pair[1] ?? '')));
    const mistyped = written.length >= 2 && written.length <= 3 && !firm(written) && !/&|\+/.test(pair[1] ?? '') && names(payer) && !names(written);
    const client = personWords(bare(pair[1] ?? '')) ?? (mistyped ? written : null);
    if (client === null || payer.length === 0 || payer.length > 6 || ownCompany(payer)) return c;
    const fieldsPayers = names(payer) && !names(client);
    return careOf(fieldsPayers ? bare(pair[1] ?? '') : (pair[1] ?? ''), pair[2] ?? '', fieldsPayers);
  }
  const bracket = PAYER_IN_BRACKETS.exec(shown);
  if (bracket !== null) {
    const client = personWords(bracket[1] ?? '');
    const payer = tokensOf(normaliseText(bracket[2]));
    if (client === null || payer.length === 0 || payer.length > 3 || firm(payer) || ownCompany(payer)) return c;
    // The fields the payer's where their given name is the one in the brackets and they name no client.
    const fieldsPayers = given.length > 0 && given.some((g) => payer.includes(g)) && !names(client);
    return fieldsPayers ? careOf(bracket[1] ?? '', [c.givenName, c.familyName].filter(nameWritten).join(' '), true) : { ...c, displayName: (bracket[1] ?? '').trim() };
  }
  const forWhom = PAYER_FOR.exec(shown);
  if (forWhom !== null) {
    const payer = personWords(forWhom[1] ?? '');
    const client = personWords(forWhom[2] ?? '');
    if (payer === null || client === null || ownCompany(payer)) return c;
    // Only where the fields name one side: "Care for Seniors Bob Smith" is no bill of one person for another.
    if (names(payer) && !names(client)) return careOf(forWhom[2] ?? '', forWhom[1] ?? '', true);
    if (names(client) && !names(payer)) return careOf(forWhom[2] ?? '', forWhom[1] ?? '', false);
    return c;
  }
  // A display of another person's whole name than the fields', written as a person's only ("Mrs Joan Connolly", "Connolly, Joan":
  // a title or "Last, First"; "Olive Pantry", "Phoenix Taxis" are trades' names beside their owner's), no word shared.
  if (company.length > 0 || given.length === 0 || family.length === 0) return c;
  const titled = /^\s*(?:mrs|mr|ms|miss)\.?\s+(?=\p{L})/iu.exec(shown);
  const lastFirst = /^\s*\p{L}[\p{L}' -]*,\s*(\p{L}+)[\p{L} .]*$/u.exec(shown)?.[1];
  if (titled === null && lastFirst === undefined) return c;
  const display = personWords(shown.slice(titled?.[0].length ?? 0));
  if (display === null || display.length > 4) return c;
  const first = lastFirst !== undefined ? normaliseText(lastFirst) : display[0] ?? '';
  const shares = display.some((w) => fields.some((f) => near(w, f) || f.startsWith(w) || w.startsWith(f)));
  return !shares && isGivenName(first) && fields.length <= 4 && !firm(fields) ? careOf(shown, [c.givenName, c.familyName].filter(nameWritten).join(' '), true) : c;
}

/** Dutch "h.o.d.n." and "t.h.o.d.n." ((te)handelend onder de naam: trading as), written as the "DBA" they are. */
const HODN = /(^|\s)(?:t\.?\s?)?h\.?\s?o\.?\s?d\.?\s?n\.?(?=\s)/i;

/** "V.v.E." (Vereniging van Eigenaars) with its dots, the small "v" between, read as the "VvE" it is: no person's initials. */
const VVE_DOTTED = /(^|\s)V\.\s?v\.\s?E\.?(?=\s)/;
/** "de heer" opening a name, Dutch for Mr: read as "dhr." ("heer" alone is a given name). */
const DE_HEER = /^\s*de\s+heer\s+(?=\S)/i;

/**
 * The contact with a trading name's Dutch marker read as "dba" ("J. Huisman h.o.d.n. Installatiebedrijf Fittingshop") and an
 * owners' association's dotted "V.v.E." as "VvE" (nl-installatie read).
 */
/**
 * Italy's firms' and bodies' words written short that other languages write for other words ("Cond." condominio, "Cons." consorzio,
 * "Imp." impianti, "Ist." istituto, "Parr." parrocchia: "Cons." is consultants' and construction's, "Imp." imports', Parr a surname
 * elsewhere: a review's finding): written out in an Italian record's names only, with their dot.
 */
const ITALIAN_SHORT_WORDS: Readonly<Record<string, string>> = { cond: 'Condominio', cons: 'Consorzio', imp: 'Impianti', ist: 'Istituto', parr: 'Parrocchia' };
const ITALIAN_SHORT_WORD = /(^|[\s(])(cond|cons|imp|ist|parr)\.(?=\s*\p{L})/giu;
const ITALIAN_SHORT_WORD_WRITTEN = /(?:^|[\s(])(?:cond|cons|imp|ist|parr)\.\s*\p{L}/iu;
/** The record says Italy: its country, a number of Italy's, a mailbox at an Italian domain, or a province's code in brackets after its town. */
function italianRecord(c: CustomerContact): boolean {
  return countryOf(c.address?.country) === 'IT' || /^\s*(?:\+|00)\s*39\b/.test(c.phone ?? '') || /\.it\s*(?:[,;]|$)/i.test(c.email ?? '') || /\(\s*\p{Lu}{2}\s*\)\s*$/u.test(c.address?.city ?? '');
}

/**
 * Japan's company forms, written before the name or after it and never apart from it ("株式会社山田設備", "山田設備(株)", "(有)田中電気",
 * "合同会社ミナト", "Yamada Setsubi K.K.", "Kabushiki Kaisha Yamada"), written after the name as a word of their own, one form for all
 * ("山田設備 KK": "YK" and "GK" are initials elsewhere, "Smith G.K."), as the forms are read (jp-setsubi read: "株式会社山田設備" and "山田設備株式会社" were two names, the form a part of each); and a public
 * or medical, welfare, school or religious corporation's kind ("医療法人", "(医)", "社会福祉法人", "学校法人") no word of its name.
 */
const JAPANESE_FORMS: readonly [RegExp, string][] = [
  [/株式会社|\(株\)/gu, 'KK'],
  // As banks' and old systems' katakana write them: "カ)" opening a name, "(カ" ending it ("ﾃｸﾉﾃﾝｷ(ｶ", "ﾄﾞ)ｺﾞﾄｳｾﾂﾋﾞ").
  [/^\s*カ\)|\(カ\)?\s*$/gu, 'KK'],
  [/^\s*ユ\)|\(ユ\)?\s*$/gu, 'KK'],
  [/^\s*ド\)|\(ド\)?\s*$/gu, 'KK'],
  [/^\s*イ\)|\(イ\)?\s*$/gu, ''],
  [/有限会社|\(有\)/gu, 'KK'],
  [/合同会社|\(同\)/gu, 'KK'],
  [/合資会社|\(資\)|合名会社|\(名\)/gu, 'KK'],
  [/(?:医療法人(?:社団|財団)?|社会福祉法人|学校法人|宗教法人|(?:一般|公益)(?:社団|財団)法人|特定非営利活動法人|NPO法人)|\((?:医|福|学|宗|一社|一財|公社|公財|特非)\)/gu, ''],
];
const JAPANESE_FORMS_LATIN: readonly [RegExp, string][] = [
  [/\bKabushiki[\s-]?[GK]aisha\b/giu, 'KK'],
  [/\bY[uū]gen[\s-]?[GK]aisha\b/giu, 'KK'],
  [/\bG[oō]d[oō][\s-]?[GK]aisha\b/giu, 'KK'],
];
/** The dotted letters only ending a name of other words, in a record of Japan: "K.K. Sharma", "Smith G.K." are persons' initials (a review's finding). */
const JAPANESE_FORMS_DOTTED: readonly [RegExp, string][] = [
  [/(?<=\p{L}\s+)K\.\s?K\.?\s*$/giu, 'KK'],
  [/(?<=\p{L}\s+)Y\.\s?K\.?\s*$/giu, 'KK'],
  [/(?<=\p{L}\s+)G\.\s?K\.?\s*$/giu, 'KK'],
];
/** "K.K." opening a name, as Japan's English lists write 株式会社 before it ("K.K. Katsuragi Holdings"): only in a record of Japan ("K.K. Sharma" is a person's initials). */
const JAPANESE_FORM_OPENING = /^\s*K\.\s?K\.?\s+(?=\p{L}{2})/iu;
/** The record says Japan by its country, its mailbox's domain or its phone's country code (`withJapaneseFormsSpelt`, `withJapaneseAddress`). */
function japaneseContact(c: CustomerContact): boolean {
  return countryOf(c.address?.country) === 'JP' || /\.jp\s*$/i.test(c.email ?? '') || /^\s*(?:\+|00)\s*81\b/.test(c.phone ?? '');
}
const DOTTED_FORM_WRITTEN = /\b[KYG]\.\s?K\b/i;
function withJapaneseFormsSpelt(c: CustomerContact): CustomerContact {
  // Asked only where a dotted form is written: this runs for every record read.
  const japan = (DOTTED_FORM_WRITTEN.test(c.displayName ?? '') || DOTTED_FORM_WRITTEN.test(c.companyName ?? '')) && japaneseContact(c);
  const spell = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string') return v;
    let forms = japan && JAPANESE_FORM_OPENING.test(v) ? 'KK' : '';
    let name = forms === '' ? v : v.replace(JAPANESE_FORM_OPENING, '');
    for (const [pattern, form] of JAPANESE_FORMS) {
      if (!pattern.test(name)) continue;
      pattern.lastIndex = 0;
      name = name.replace(pattern, ' ');
      if (form !== '' && forms === '') forms = form;
    }
    for (const [pattern, form] of japan ? [...JAPANESE_FORMS_LATIN, ...JAPANESE_FORMS_DOTTED] : JAPANESE_FORMS_LATIN) {
      if (!pattern.test(name)) continue;
      pattern.lastIndex = 0;
      name = name.replace(pattern, ' ');
      if (forms === '') forms = form;
    }
    if (name === v) return v;
    const kept = name.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
    return kept === '' ? v : forms === '' ? kept : `${kept} ${forms}`;
  };
  const displayName = spell(c.displayName);
  const companyName = spell(c.companyName);
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName, companyName };
}

/** Japanese honorifics after a name ("新田 進様", "新田進さん", "山田設備 御中"): no word of it. */
const JAPANESE_HONORIFIC = /\s*(?:様|さま|さん|殿|御中|くん|ちゃん)\s*$/u;
const HAS_KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAS_HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}]/u;

/**
 * Names written in kana alone ("ハラダ クミコ", "ｺﾞﾄｳｾﾂﾋﾞ", "さくら") in Latin letters, as Hepburn writes them and Japan's lists of
 * romanised names do ("harada kumiko", "gotosetsubi"), long vowels written once ("ショウタ" "shota", "オオノ" "ono"): jp-setsubi read,
 * the kana and the romanised records of one customer compared as two scripts. A name of Chinese characters stays as written: its
 * reading is not in it. Japanese honorifics after a name off first.
 */
function withKanaRomanised(c: CustomerContact): CustomerContact {
  // An honorific only after a person's name: after a space, or in a record whose names' fields are written ("金殿", "はなやさん" are
  // names of their own: a review's finding).
  const named = nameWritten(c.givenName) || nameWritten(c.familyName);
  const withoutHonorific = (v: string, person: boolean): string => {
    const bare = v.replace(JAPANESE_HONORIFIC, '');
    return bare !== v && bare.trim() !== '' && (person || /\s(?:様|さま|さん|殿|御中|くん|ちゃん)\s*$/u.test(v) || /\S\s+\S/.test(bare)) ? bare : v;
  };
  // Each word of kana alone, in Latin letters; words of Chinese characters or Latin letters as written ("大西 さくら" "大西 sakura",
  // "Boutique Moon ブティック": a review's finding).
  const kanaWord = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;
  const romanised = (v: string | null | undefined, person = false): string | null | undefined => {
    if (typeof v !== 'string') return v;
    const bare = withoutHonorific(v, person && named);
    if (!HAS_KANA.test(bare)) return bare;
    return bare
      .split(/(\s+)/)
      .map((w) =>
        kanaWord.test(w)
          ? toRomaji(w)
              .replace(/['’\-・]/g, '')
              .replace(/ou(?!e)/g, 'o')
              .replace(/oo/g, 'o')
              .replace(/uu/g, 'u')
          : w,
      )
      .join('');
  };
  // A person's display alone of two words in kana is the family name first ("ハラダ クミコ"): written in Latin letters given name first.
  const alone = !nameWritten(c.givenName) && !nameWritten(c.familyName) && !nameWritten(c.companyName);
  const display = romanised(c.displayName, !nameWritten(c.companyName));
  const words = typeof display === 'string' && display !== c.displayName && typeof c.displayName === 'string' && !HAS_HAN_OR_HANGUL.test(c.displayName.replace(JAPANESE_HONORIFIC, '')) ? display.trim().split(/\s+/) : [];
  const displayName = alone && words.length === 2 ? `${words[1] ?? ''} ${words[0] ?? ''}` : display;
  const next = { ...c, displayName, givenName: romanised(c.givenName, true), familyName: romanised(c.familyName, true), companyName: romanised(c.companyName) };
  return next.displayName === c.displayName && next.givenName === c.givenName && next.familyName === c.familyName && next.companyName === c.companyName ? c : next;
}

function withTradingMarkersSpelt(c: CustomerContact): CustomerContact {
  const italian = (typeof c.displayName === 'string' && ITALIAN_SHORT_WORD_WRITTEN.test(c.displayName)) || (typeof c.companyName === 'string' && ITALIAN_SHORT_WORD_WRITTEN.test(c.companyName)) ? italianRecord(c) : false;
  const italianSpelt = (v: string): string => (italian ? v.replace(ITALIAN_SHORT_WORD, (_m, before: string, word: string) => `${before}${ITALIAN_SHORT_WORDS[word.toLowerCase()] ?? word}`) : v);
  const spell = (v: string | null | undefined) => (typeof v === 'string' ? italianSpelt(HODN.test(v) || VVE_DOTTED.test(v) || DE_HEER.test(v) ? v.replace(HODN, '$1dba').replace(VVE_DOTTED, '$1VvE').replace(DE_HEER, 'dhr. ') : v) : v);
  const displayName = spell(c.displayName);
  const companyName = spell(c.companyName);
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName, companyName };
}

/**
 * Sweden's organisation number (and a person's number, of one shape) written into a name, before it, after it or in brackets
 * ("556677-8899 KARLSSONS BYGG AB", "Umeå Group AB 559776-5188", "Brf Kvarnen 12 (716778-6917)"): no word of the name
 * (se-bokforing read: its digits read as a unit's number, one company's two records as two). Six digits, a dash, four.
 */
const ORGANISATION_NUMBER = /\s*\(?\b\d{6}-\d{4}\b\)?\s*/g;
/**
 * Finland's business ID (Y-tunnus: seven digits, a dash, a check digit), labelled or not, before the name or after it, in brackets
 * or after a comma or slash ("0507138-5 Taksi-Salonen Oy", "Lönnlunden / 0784850-6", "Asunto Oy X, Y-tunnus 0568879-9"): no word
 * of the name either (fi-isannointi read: read as a word of the name, against the company's record without it as another name).
 */
const BUSINESS_ID_FI = /\s*[,/]?\s*\(?(?:(?:y-?tunnus|y-?tun|fo-?nr|fo-?nummer|business\s+id)\.?\s*:?\s*)?\b\d{7}-\d\b\)?\s*/gi;
/**
 * Hungary's tax number (adószám: eight digits, a dash, one, a dash, two), labelled or not, after a dash or comma ("Cuha utca 15.
 * Társasház Asz.: 22317366-1-08", "Halász Gyula e.v. - 25986477-1-13"): no word of the name (hu-kazanszerviz read: an old
 * program's export read its digits and label as words of the name against the customer's own record).
 */
/**
 * Switzerland's enterprise number (UID: "CHE-123.456.789", labelled "UID" or followed by "MWST", "TVA", "IVA" as a VAT number is
 * written) in a name: no word of it (ch-treuhand read: a payroll program's export writes it into the company's name).
 */
const UID_CH = /\s*[-\u2013,/]?\s*\(?(?:(?:uid|ide|idi)\s*:?\s*)?\bche[-\s.]?\d{3}[.\s]?\d{3}[.\s]?\d{3}\b(?:\s*(?:mwst|tva|iva|hr|rc))?\.?\)?\s*/giu;
const TAX_NUMBER_HU = /\s*[-\u2013,/]?\s*\(?(?:(?:ad\S{0,3}sz\S{0,3}m|ad\S{0,3}sz|asz)\.?\s*:?\s*)?\b\d{8}-\d-\d{2}\b\)?\s*/giu;
function withoutOrganisationNumber(c: CustomerContact): CustomerContact {
  const cut = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || v.length > 200 || !/\d{6,7}-\d|che[-\s.]?\d{3}/i.test(v)) return v;
    const out = v.replace(UID_CH, ' ').replace(TAX_NUMBER_HU, ' ').replace(ORGANISATION_NUMBER, ' ').replace(BUSINESS_ID_FI, ' ').replace(/\s+/g, ' ').trim();
    return out === '' ? v : out;
  };
  const displayName = cut(c.displayName);
  const companyName = cut(c.companyName);
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName: displayName ?? null, companyName: companyName ?? null };
}

/**
 * A display of a word before a dash and the surname the family-name field holds, no given name in its field ("Daisy - Maldonado",
 * "Harley - Moore": a practice system's patient before its owner's surname): read as the surname alone, the word no given name of
 * the customer's (us-vetclinic read: the pet's name read as the owner's, against her own record with its e-mail and phone).
 */
function withoutLabelBeforeSurname(c: CustomerContact): CustomerContact {
  if (nameWritten(c.givenName) || !nameWritten(c.familyName) || nameWritten(c.companyName) || c.displayName === null || c.displayName === undefined || c.displayName.length > 120) return c;
  const m = /^\s*[\p{L}'.]+\s+[-\u2013\u2014]\s+(.+)$/u.exec(c.displayName);
  if (m === null || normaliseText(m[1]) !== normaliseText(c.familyName)) return c;
  return { ...c, displayName: (c.familyName ?? '').trim() };
}

/**
 * The contact without the agent it is sent care of: a landlord billed "Ross Murphy c/- Landmark
 * Property" (or with CompanyName "C/- Landmark Property") is Ross Murphy, whose agency's name,
 * e-mail and phone many other landlords share; read with it, Ross Murphy's name contained the
 * agency's, and two landlords of one agency were one company.
 */
function withoutCareOf(c: CustomerContact): CustomerContact {
  const cut = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || (!CARE_OF.test(v) && !CARE_OF_PA.test(v))) return v;
    const kept = v.replace(CARE_OF, '').replace(CARE_OF_PA, '').trim();
    return kept === '' ? null : kept;
  };
  const displayName = cut(c.displayName);
  const companyName = cut(c.companyName);
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName, companyName };
}

const CARE_OF_AGENT = /(?:^|\s|,)\s*(?:c\s*\/\s*[-o]|care\s+of)\s+(.+)$/i;
const CARE_OF_PA_AGENT = /(?:^|\s|,)\s*p\s*\/\s*a\s+(.+)$/;

/**
 * The agent a person's record is billed through (`LinkageRecord.agent`): what follows "c/-" in
 * its display or CompanyName (or an agent's display on the person's behalf, `onBehalfWritten`);
 * only after a display of the person's given name (or initial) and whole surname, and never an
 * organisation named for them. Not a company named in parentheses beside the person ("Jane Doe
 * (Contoso)", CompanyName "Contoso Ltd"): as often the firm's own contact writing in its name
 * (a review's cases); whether such a company is an agent many customers are billed through is the
 * tenant's frequencies' question (`FieldComparison.companyOf`).
 */
function agentOf(c: CustomerContact): string[] {
  let given = tokensOf(normaliseText(c.givenName));
  let family = tokensOf(normaliseText(c.familyName));
  const display = c.displayName ?? '';
  // No names in the fields: the display's before the agent are the person's (`payerWritten` set a payer's aside), its last word the surname.
  const fromDisplay = given.length === 0 && family.length === 0 && !nameWritten(c.companyName);
  if ((!fromDisplay && (given.length === 0 || family.length === 0)) || display.length > 120) return [];
  let before: string | null = null;
  let agent: string | null = null;
  const careOf = CARE_OF_AGENT.exec(display) ?? CARE_OF_PA_AGENT.exec(display);
  const companyCareOf = CARE_OF_AGENT.exec(` ${c.companyName ?? ''}`) ?? CARE_OF_PA_AGENT.exec(` ${c.companyName ?? ''}`);
  if (careOf !== null) [before, agent] = [display.slice(0, careOf.index), careOf[1] ?? null];
  else if (companyCareOf !== null) [before, agent] = [display, companyCareOf[1] ?? null];
  if (before === null || agent === null) return [];
  const words = tokensOf(normaliseText(before));
  if (fromDisplay) {
    if (words.length < 2 || words.length > 6 || words.some((t) => ORGANISATION_WORDS.has(t) || TRADE_WORDS.has(t) || SHOP_WORDS.has(t) || /\d/.test(t))) return [];
    const comma = before.includes(',');
    family = comma ? tokensOf(normaliseText(before.split(',')[0])) : words.slice(-1);
    given = words.filter((t) => !family.includes(t));
  }
  const own = [...given, ...family];
  const ofPerson = words.length >= 2 && family.every((f) => words.includes(f)) && words.every((w) => own.includes(w) || (w.length === 1 && given.some((g) => g.startsWith(w))));
  const tokens = ofPerson ? nameTokens(agent, false) : [];
  return tokens.some((t) => family.includes(t)) ? [] : tokens;
}

/** Up to three words and "Branch" after a legal form that ends a company's name ("… Co. L.L.C FUJ Branch", "… LLC Abu Dhabi Branch"). */
const BRANCH_AFTER_FORM = /\b(?:l\.?\s?l\.?\s?c|ltd|limited|inc|co|est|establishment|fze|fzco|pvt|pte|pty|llp|plc)\.?\s+((?:[a-z]+\s+){1,3}branch)\s*$/i;

/**
 * A body's unit after a comma, opening with a unit's word ("Gemeente Deurne, Afdeling Vastgoed", "Gemeente Oss, Team
 * Buitenruimte", "City of Austin, Parks Department": nl-installatie read), as a dash sets one apart.
 */
const UNIT_AFTER_COMMA = /,\s*((?:afdeling|afd\.?|team|dienst|sector|cluster|directie|department|dept\.?|division|abteilung|referat|dezernat|fachbereich|service|servicio|departamento|direction|wydzia\u0142|wydzial)\s[^,]+|[^,]+\s(?:department|dept\.?|division))\s*$/i;

/** A trading name or an agent after the dash names no branch ("Reid Pty Ltd - T/A Reid Electrical"). */
/**
 * A Turkish body's directorate or department after the body's name, as Turkey writes it without a comma ("Beypazarı Belediyesi
 * Yapı Kontrol Müdürlüğü", "Çankaya Bld. İmar ve Şehircilik Müdürlüğü", "… Fen İşleri Daire Başkanlığı": tr-yapi read), on the
 * name's normalised text.
 */
const UNIT_AFTER_BODY_TR = /\b(?:belediyesi|belediye|bld|valiligi|kaymakamligi)\s+((?:\S+\s+){0,5}(?:mudurlugu|baskanligi))$/;
/**
 * A Japanese city's, ward's, town's or prefecture's office and its section after it ("八尾市役所 環境保全課", "Yao Shiyakusho
 * Kankyōhozenka": jp-setsubi read, two sections of one city hall at its switchboard read as one customer): the section its unit.
 */
const UNIT_AFTER_BODY_JP = /(?:shiyakusho|kuyakusho|yakuba|kencho|tocho|fucho|市役所|区役所|役場|県庁|都庁|府庁)\s+(\S+(?:課|部|室|局|係|センター|ka|bu|shitsu|kyoku|kakari))$/u;
/**
 * A Chinese public office's or school's unit after its name as `chineseFirmRead` writes them ("民雄 township office 民政 division",
 * "东兴 vocational high school 总务 office": tw-maoyi read, a township's two sections at its switchboard read as one customer).
 */
const UNIT_AFTER_BODY_ZH = /(?:office|school)\s+(\p{Script=Han}+\s+(?:division|office))$/u;
const NOT_BRANCH = /\b(?:t\s*\/\s*a|t\/as|o\s*\/\s*a|dba|d\s*\/\s*b\s*\/\s*a|aka|trading|formerly|previously|atf|c\s*\/\s*[-o]|attn)\b/i;

/**
 * A site after a comma that the record's own address writes ("Prakash Lighting Studio, Main Road, Ravivar Karanja" at "Nr. Post
 * Office, Main Road, Ravivar Karanja": in-traders read, an outlet named by its street read as words of the brand's name): the
 * words after the name's first comma, every one of them in the address's lines or town. Not a legal form's ("Smith, Inc.") nor
 * partners' ("Smith, Jones & Co": no address writes them).
 */
function siteAfterComma(raw: string, c: CustomerContact | undefined): RegExpExecArray | null {
  const a = c?.address;
  if (a === null || a === undefined || !raw.includes(',') || raw.length > 200) return null;
  const m = /^[^,]+,\s*([^,]+(?:,\s*[^,]+){0,2})\s*$/.exec(raw);
  if (m === null) return null;
  const words = tokensOf(normaliseText(m[1]));
  const written = new Set(tokensOf(normaliseText([a.line1, a.line2, a.city].filter((v) => typeof v === 'string').join(' '))));
  return words.length > 0 && words.some((t) => t.length >= 3) && words.every((t) => written.has(t)) ? m : null;
}

/**
 * The branch an organisation's name ends with (`LinkageRecord.branch`): the words after its
 * last spaced dash, or in its closing parentheses, that the name's tokens end with (a legal form
 * in parentheses, "UG (haftungsbeschränkt)", is no branch: the tokens dropped it).
 */
/** A unit's generic words, which name no unit of their own beside a billing desk's ("Finance Department", "AP Dept"). */
export const UNIT_GENERIC_WORDS = new Set(['dept', 'department', 'division', 'section', 'abteilung', 'office', 'desk', 'team', 'unit', 'afdeling', 'afd', 'dienst', 'sector', 'zaken', 'services', 'svc', 'svcs', 'directorate', 'mudurlugu', 'baskanligi']);
/** A unit's words, which follow no contact's given name ("Resi Svcs", "Finance Office", "Parks Dept"): a unit's generic words, and a service's or a centre's. */
const UNIT_WORDS_AFTER_NAME = new Set([...UNIT_GENERIC_WORDS, 'service', 'centre', 'center']);

function branchOf(raw: string, tokens: readonly string[], c?: CustomerContact): string[] {
  // A word's own hyphen stays in the branch ("- Pre-K Program": us-pediatric read).
  // Or a branch named after the legal form with no dash ("Beirut Way Events Management Co. L.L.C FUJ Branch"): the words after the form.
  // Or after a colon, as a program's name follows its body's ("Westend CRC: Senior Outreach", "… Parish: Parish Nurse Ministry": us-homecare read).
  const m = /\s[-\u2013\u2014]\s+((?:[^-\u2013\u2014]|(?<=\p{L})-(?=\p{L}))+)$/u.exec(raw) ?? /\p{L}{2}:\s+([^:]+)$/u.exec(raw) ?? /\(([^()]+)\)\s*[.,]?\s*(?:[A-Za-z.]{2,6})?\s*$/.exec(raw) ?? BRANCH_AFTER_FORM.exec(raw) ?? UNIT_AFTER_COMMA.exec(raw) ?? UNIT_AFTER_BODY_TR.exec(normaliseText(raw)) ?? UNIT_AFTER_BODY_JP.exec(normaliseText(raw)) ?? UNIT_AFTER_BODY_ZH.exec(normaliseText(raw)) ?? siteAfterComma(raw, c);
  if (m === null || NOT_BRANCH.test(m[1] ?? '')) return [];
  // Its commas part a site's words ("Main Road, Ravivar Karanja"), no "Last, First" to turn round.
  const words = nameTokens((m[1] ?? '').replace(/,/g, ' '), false);
  if (words.length === 0 || words.length >= tokens.length || words.some((t) => isLegalSuffix(t))) return [];
  // A contact's name after the dash ("Bright Homes - John Miller") names no branch; a branch named so does ("- Al Quoz Branch").
  // Nor where a unit's word follows ("(Resi Svcs)": Resi is a given name too; gb-lettings read, a university's two offices linked).
  // Nor where an organisation's word follows ("- Faith Community Nursing", "- Grace Youth Ministry": a parish's programs; us-homecare read).
  if (words.length >= 2 && isGivenName(words[0] ?? '') && words[words.length - 1] !== 'branch' && !words.slice(1).some((t) => UNIT_WORDS_AFTER_NAME.has(t) || ORGANISATION_WORDS.has(t))) return [];
  const tail = tokens.slice(tokens.length - words.length);
  return tail.every((t, i) => t === words[i]) ? words : [];
}

/** Turkish honorifics after a given name ("Ali Bey", "Emine Gül Hanım", "İBRAHİM BEY"): Mr and Mrs, no surname. */
const HONORIFIC_AFTER = /\s+(?:bey|beyefendi|han[ıi]m|han[ıi]mefendi|hn\.?|hnm\.?|efendi)\s*$/i;

/**
 * A person's display of a given name and an honorific after it (tr-yapi read: "Ali Bey", GivenName Ali, read as Ali, surname
 * Bey): the given name alone, as a list writes a customer it knows by it. Only where the given-name field (if written) is the
 * display's rest and the family field is empty: "Yasiin Bey", family Bey, is his name.
 */
function withoutHonorificAfter(c: CustomerContact): CustomerContact {
  if (nameWritten(c.companyName) || typeof c.displayName !== 'string' || !HONORIFIC_AFTER.test(c.displayName)) return c;
  // Only beside a given-name field the display's rest: "Jamal Bey" alone is his name, "Cafe Efendi" a café's (a review's finding).
  if (nameWritten(c.familyName) || !nameWritten(c.givenName)) return c;
  const display = c.displayName.replace(HONORIFIC_AFTER, '').trim();
  if (display === '' || normaliseText(c.givenName) !== normaliseText(display)) return c;
  return { ...c, displayName: display };
}

/**
 * QuickBooks holds one customer per display name, so a second customer of one name is written
 * "Donna Reed (2)" or "Donna Reed 2": the count is no part of the name.
 */
function withoutNameCount(c: CustomerContact): CustomerContact {
  const cut = (v: string | null | undefined) => (typeof v === 'string' && /\S\s*\(\d\)\s*$/.test(v) ? v.replace(/\s*\(\d\)\s*$/, '') : v);
  const displayName = cut(c.displayName);
  return displayName === c.displayName ? c : { ...c, displayName };
}

/** The record is in a country of close corporations: its address says so, or, without a country, its phone's calling code. */
function closeCorporationCountry(country: string | null, phone: string | null | undefined): boolean {
  if (country !== null) return CLOSE_CORPORATION_COUNTRIES.has(country);
  const written = (phone ?? '').replace(/[^\d+]/g, '');
  return written.startsWith('+27') || written.startsWith('0027') || written.startsWith('+264') || written.startsWith('00264');
}

/** A name field holds a name: a string of some letter. */
const nameWritten = (v: unknown): boolean => typeof v === 'string' && /\p{L}/u.test(v);

/** A dependant's mark ending a display: "(student)", "(child)", "- pupil" (`LinkageRecord.dependant`). */
const DEPENDANT_MARK = /\s*(?:\(\s*(?:student|pupil|child|kid|minor|dependant|dependent)\s*\)|\s[-\u2013]\s*(?:student|pupil|child|minor|dependant|dependent))\s*$/i;

/** A dependant's mark read off the display (and the name fields, where a form copied it there): the names are the dependant's own. */
function dependantWritten(c: CustomerContact): { contact: CustomerContact; dependant: boolean } {
  if (typeof c.displayName !== 'string' || c.displayName.length > 120 || !DEPENDANT_MARK.test(c.displayName)) return { contact: c, dependant: false };
  const cut = (v: string | null | undefined) => (typeof v === 'string' ? v.replace(DEPENDANT_MARK, '') : v);
  const displayName = cut(c.displayName) ?? '';
  // A mark alone is no name: "(student)" read as written.
  if (displayName.trim() === '') return { contact: c, dependant: false };
  return { contact: { ...c, displayName, givenName: cut(c.givenName) ?? null, familyName: cut(c.familyName) ?? null }, dependant: true };
}

/** The given names a person's display shows beside the field's own (`LinkageRecord.givenShown`). */
function givenShown(c: CustomerContact, person: ContactPerson | null, couple: boolean): string[] {
  if (person === null || person.family === null || (!nameWritten(c.givenName) && !couple)) return [];
  return givenOfDisplay(c, person, couple);
}

function givenOfDisplay(c: CustomerContact, person: ContactPerson, couple: boolean): string[] {
  if (person.family === null) return [];
  const words = tokensOf(normaliseText(c.displayName));
  const family = person.family.split(' ');
  // Cheap tests first (this runs for every record): the display holds the family name, and not the field's given name alone.
  if (words.length < family.length + 1 || !family.every((w) => words.includes(w))) return [];
  const name = (w: string | undefined): w is string => w !== undefined && w.length >= 2 && /^\p{L}+$/u.test(w) && givenNameCanonical(w) !== person.given;
  if (couple) return partnersGiven(c, person, family).filter(name);
  if (person.givenWritten === null || words.includes(person.givenWritten)) return [];
  const read = displayPerson(c)?.tokens;
  // The given name before the family name, which ends the name ("Katigbak Piggery" with FamilyName Katigbak is a trade's name).
  if (read === undefined || read.length > family.length + 3 || read.slice(-family.length).join(' ') !== person.family) return [];
  return name(read[0]) ? [read[0]] : [];
}

/**
 * A couple's two given names: "Felipe & Violeta Mendoza", "Sps. Vicente and Teresita Bernardo" (the family name after them),
 * "CLARK, TERESA & EUGENE (WILLOW)" (before them, a pet's or a child's name after in brackets), or the given-name field's
 * "TERESA & EUGENE" (us-vetclinic read: a practice system's households, the partners in either order between two records).
 */
function partnersGiven(c: CustomerContact, person: ContactPerson, family: string[]): string[] {
  const pair = (read: string[]): string[] => (read.length === 3 && CONJUNCTIONS.has(read[1] ?? '') ? [read[0] ?? '', read[2] ?? ''] : []);
  const field = pair(tokensOf(normaliseText(c.givenName)).filter((w) => !TITLES.has(w)));
  if (field.length > 0) return field;
  const shown = (c.displayName ?? '').slice(0, 120).replace(/\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/, '');
  const read = tokensOf(normaliseText(shown)).filter((w) => !TITLES.has(w) && w !== 'sps' && w !== 'spouses');
  if (read.length < family.length + 3 || read.length > family.length + 5) return [];
  // Each given name of one word or two ("Maude et Jean-Robert Noël": the first word is the given name the record reads).
  const sides = (words: string[]): string[] => {
    const at = words.findIndex((w) => CONJUNCTIONS.has(w));
    const [left, right] = [words.slice(0, at), words.slice(at + 1)];
    return at > 0 && left.length <= 2 && right.length >= 1 && right.length <= 2 && !right.some((w) => CONJUNCTIONS.has(w)) ? [left[0] ?? '', right[0] ?? ''] : [];
  };
  if (read.slice(-family.length).join(' ') === person.family) return sides(read.slice(0, -family.length));
  if (read.slice(0, family.length).join(' ') === person.family) return sides(read.slice(family.length));
  return [];
}

/** The person's family name is written with a hyphen between its two words (`LinkageRecord.familyHyphenated`). */
function hyphenatedFamily(c: CustomerContact, person: ContactPerson | null): boolean {
  const family = person?.family ?? null;
  if (family === null || family.split(' ').length !== 2) return false;
  const written = nameWritten(c.familyName) ? (c.familyName ?? '') : (c.displayName ?? '');
  return written.split(/[\s,]+/).some((w) => w.includes('-') && normaliseText(w.replace(/-/g, ' ')) === family);
}

/**
 * A display that is the record's mailbox's name, a web shop's or a portal's login ("elfelipe0", "isabel.serrano70",
 * "mariad377" at mariad377@gmail.com): no name of the customer's, read as the names the fields give, or the company's, or
 * none. Only one word with a digit, the mailbox's name as written or a slip off it, dots, dashes and underscores aside
 * (us-latino read: ten such records were read as a trade's name against the person's own record).
 */
function withoutLoginDisplay(c: CustomerContact): CustomerContact {
  const shown = typeof c.displayName === 'string' ? c.displayName.trim() : '';
  if (shown === '' || /\s/.test(shown) || !/\d/.test(shown) || shown.length > 64 || c.email === null || c.email === undefined) return c;
  const bare = (v: string) => v.toLowerCase().replace(/[._-]/g, '');
  const login = bare(shown);
  if (login.length < 4 || !emailAddresses(c.email).some((e) => { const local = bare(e.slice(0, e.lastIndexOf('@'))); return local === login || oneEditApart(local, login); })) return c;
  const names = [c.givenName, c.familyName].filter(nameWritten).join(' ');
  if (names !== '') return { ...c, displayName: names };
  if (nameWritten(c.companyName)) return { ...c, displayName: c.companyName ?? null };
  // With no name beside it, only a login of a given name and a surname parted by a dot, a dash or an underscore ("ana_nunez3",
  // "isabel.serrano70"): those names. Any other is read as written: "Studio54", "Route66" are firms' names (a review's finding).
  const words = shown.toLowerCase().replace(/\d+$/, '').split(/[._-]/);
  const named = words.length === 2 && words.every((w) => /^\p{L}{3,}$/u.test(w)) && isGivenName(normaliseText(words[0]));
  return named ? { ...c, displayName: words.join(' ') } : c;
}

/**
 * An Iranian elder's title before his name ("Haj Hamid Tehrani", "حاج محمد محمدی", "مشهدی مرتضی طاهری", "Karbalaei"): read as a
 * generation's mark (ir-bazargani read: a grandson named after his grandfather lives at the family's home and answers its landline,
 * and only the elder's records carry the pilgrim's title). One record with it and the other without may be either man: the given
 * names' agreement weighs as two namesakes' does (`withGenerations`). Only in a record of Iran (its country, phone, mailbox or
 * Persian's own letters): an Arab country's "Hajj" is a courtesy to any man.
 */
const ELDER_TITLE = /^\s*(?:haj|haji|hajj|hajji|hadj|hadji|mashhadi|karbalaei|karbalaie|حاج|حاجی|حاجي|مشهدی|مشهدي|کربلایی|كربلايي)(?=[\s.]|$)/iu;
function elderTitle(c: CustomerContact): string | null {
  if (!ELDER_TITLE.test(c.displayName ?? '') && !ELDER_TITLE.test(c.givenName ?? '')) return null;
  const iran = countryOf(c.address?.country) === 'IR' || /^\s*\(?\s*(?:\+|00)\s*98/.test(c.phone ?? '') || /\.ir\s*$/i.test(c.email ?? '') || /[پچژگیک]/u.test(`${c.displayName ?? ''} ${c.givenName ?? ''}`);
  return iran ? 'elder' : null;
}

/**
 * An organisation's former name written after its name ("Codelicht GmbH (vormals Glueckfeld GmbH)", "Green-Shaffer Funeral Home -
 * formerly Shaffer Family Funeral Chapel", "Red Oak Extended Stay fka Heritage Hotel", "Tampereen Kiinteistöt Oy, ent. Tampereen
 * Vuokratalot Oy"): the record's name is the one before it, the former kept apart (`LinkageRecord.formerTokens`), so a renamed
 * company's record is read against its record under either name (fi-isannointi read: both names read as one, another company of
 * the group's against either). Finland's "ent." only after a comma, a bracket or a legal form, before two words or more: it is
 * "Enterprise(s)" as often ("Akpan Brothers Ent. Nig. Ltd", "Ent. Fournier", "TAI CHUN ENG. ENT. CO.").
 */
// "Previously" only after a comma, a dash or in brackets: a word of a name as often ("The Previously Owned Car Co").
// Hungary's "korábban" (formerly) too, and "volt" (was) only after a comma or in brackets, as "previously" (hu-kazanszerviz read:
// "Bükk-Consult Kft., volt Rózsakert Logisztikai Kft.", "… Bt (korábban: Kovács és Társa … Bt.)").
const FORMER_WORDS = 'formerly|fka|f\\/k\\/a|f\\.k\\.a\\.?|vormals|fr(?:ü|ue)her|anciennement|tidigare|entinen|kor(?:á|a|Ã¡)bban';
const formerInBrackets = (words: string) => new RegExp(`\\s*\\(\\s*(?:${words}|previously|ent\\.)\\s*:?\\s+([^()]*(?:\\([^()]*\\)[^()]*)?)\\)`, 'i');
const formerAfter = (words: string, afterComma: string) => new RegExp(`^(.*?\\S)\\s*(?:(?:,\\s*|\\s[-\\u2013]\\s*)(?:${words}|${afterComma})|\\s(?:${words}))\\s*:?\\s+(.+?)\\s*$`, 'i');
const FORMER_IN_BRACKETS = formerInBrackets(FORMER_WORDS);
const FORMER_AFTER = formerAfter(FORMER_WORDS, 'previously');
// "volt" only in a record of Hungary or beside a Hungarian form: "Volt" names English firms ("Apex Ltd (Volt Electrical)": a
// review's finding).
const FORMER_IN_BRACKETS_HU = formerInBrackets(`${FORMER_WORDS}|volt`);
const FORMER_AFTER_HU = formerAfter(FORMER_WORDS, 'previously|volt');
const FORMER_ENT_AFTER = /^(.*?\S)\s*(?:,\s*|\s+)ent\.\s+(.+?)\s*$/i;
function formerName(c: CustomerContact): { contact: CustomerContact; former: string | null } {
  const d = c.displayName;
  if (typeof d !== 'string' || d.length > 200 || !/formerly|fka|f\/k\/a|f\.k\.a|previously|vormals|fr(?:ü|ue)her|anciennement|tidigare|entinen|ent\.|kor(?:á|a|Ã¡)bban|[,(]\s*volt\s/i.test(d)) return { contact: c, former: null };
  const named = (t: string) => tokensOf(normaliseText(t)).filter((w) => !isLegalSuffix(w) && !isCountryBeforeForm(w));
  let current: string | null = null;
  let former: string | null = null;
  const hu = /[,(]\s*volt\s/i.test(d) && (/\b(?:kft|zrt|nyrt|kkt)\b|\sBt\b|t[aá]rsas[aá]g/i.test(d) || hungarianRecord(c));
  const bracket = (hu ? FORMER_IN_BRACKETS_HU : FORMER_IN_BRACKETS).exec(d);
  if (bracket !== null) [current, former] = [`${d.slice(0, bracket.index)}${d.slice(bracket.index + bracket[0].length)}`.trim(), bracket[1] ?? ''];
  else {
    const after = (hu ? FORMER_AFTER_HU : FORMER_AFTER).exec(d);
    const ent = after === null ? FORMER_ENT_AFTER.exec(d) : null;
    // "ent." after a comma or a legal form ("… Oy ENT. …"), or before a name with a form ("… ent. Koy Tampereen Yrityspuisto"),
    // two words of a name or more on each side.
    const formed = (t: string | undefined) => {
      const words = tokensOf(normaliseText(t));
      return isLegalSuffix(words[words.length - 1] ?? '') || /^(?:koy|asoy|as oy|asunto oy|kiint|kiinteisto oy|tmi)\b/.test(words.join(' '));
    };
    const entRead = ent !== null && (/,\s*ent\.\s/i.test(d) || formed(ent[1]) || formed(ent[2])) && named(ent[1] ?? '').length >= 2 && named(ent[2] ?? '').length >= 2;
    if (after !== null) [current, former] = [after[1] ?? '', after[2] ?? ''];
    else if (ent !== null && entRead) [current, former] = [ent[1] ?? '', ent[2] ?? ''];
  }
  // A name of its own before the mark, not an article alone ("The Formerly Known Band").
  if (current === null || former === null || named(current).filter((w) => !FILLER.has(w)).length === 0 || named(former).length === 0) return { contact: c, former: null };
  const companyName = nameWritten(c.companyName) && normaliseText(c.companyName) === normaliseText(d) ? current : c.companyName;
  return { contact: { ...c, displayName: current, companyName: companyName ?? null }, former };
}

/**
 * An owners' association's name as an old billing system writes it (us-pestcontrol read): cut at its field's length inside
 * "Association" ("TWIN LAKES PROPERTY OWNERS ASS", "Abbey Glen Townhome Owners Ass"), written whole; and its managing agent's
 * code in brackets after it ("River Oaks Master Assn (CPS), Inc.", "Wildwood Community Assoc. (CAM), Inc."), no word of it: the
 * association's own record, read as another name of two forms or of a group's word. The code only beside an association's word.
 */
const ASSOCIATION_CUT = /\b(owners?|homeowners|community|condominium|civic|neighborhood|neighbourhood|master|townhome|property)\s+as(?:s|so|soc|soci|socia|sociat|sociati|sociatio)?\s*$/i;
const ASSOCIATION_WORD = /\b(?:ass(?:n|oc|ociation)|hoa|poa|coa|owners|condominium|condo)\b/i;
const AGENT_CODE = /\s*\(\s*[A-Z]{2,4}\s*\)(?=\s*(?:,|$|\s))/;
function withAssociationWrittenWhole(c: CustomerContact): CustomerContact {
  const read = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || v.length > 120) return v;
    const whole = v.replace(ASSOCIATION_CUT, '$1 Association');
    // The association's word outside the brackets ("(POA)" after a person's name is a power of attorney's).
    const bare = whole.replace(AGENT_CODE, '');
    return bare !== whole && ASSOCIATION_WORD.test(bare) ? bare : whole;
  };
  const displayName = read(c.displayName);
  const companyName = read(c.companyName);
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName: displayName ?? null, companyName: companyName ?? null };
}

/**
 * A record of Hungary: its country, its phone (+36, or 06 and nine digits: France's 06 numbers have eight), or its mailbox's
 * domain. Asked only of records the Hungarian readings below might fit.
 */
// Or a mobile number written as Hungarians write one, its network's code before a slash or in brackets ("20/210-0918", "(30) 758
// 0813", "06-70/208-1958").
function hungarianRecord(c: CustomerContact): boolean {
  const phone = (c.phone ?? '').slice(0, 40);
  const digits = phone.replace(/\D/g, '');
  const country = countryOf(c.address?.country);
  if (country === 'HU') return true;
  // A number of no country's code only where the record gives no other country: Germany's 0620x and Austria's 0650 numbers are
  // written alike (a review's finding).
  const mobile = /^\s*(?:06\s*[-\s]?\s*)?(?:\(\s*(?:20|30|31|50|70)\s*\)|(?:20|30|31|50|70)\s*\/)/.test(phone) && /^(?:06)?(?:20|30|31|50|70)\d{7}$/.test(digits);
  const national = !/^\s*\+/.test(phone) && /^06(?:20|30|31|50|70)\d{7}$/.test(digits);
  return /^\s*\(?\s*(?:\+|00)\s*36/.test(phone) || (country === null && (mobile || national)) || /\.hu\s*$/i.test(c.email ?? '');
}

/** A Hungarian married woman's "-né" (wife of), with its accent or without, in a record of Hungary (`withHungarianNamesRead`): the word before it. */
function marriedStem(word: string, hungarian: boolean): string | null {
  const m = hungarian ? /^(\p{L}{3,}?)(?:né|NÉ|nÉ|Né|ne|NE)$/u.exec(word) : null;
  return m === null ? null : (m[1] ?? null);
}

/**
 * Hungary's names as its records write them (hu-kazanszerviz read):
 * - a married woman named "-né" (wife of): by her husband's full name ("Kovács Istvánné": his given name no given name of hers,
 *   read as "Mrs. Kovács" is) or with her own after his surname ("Kovácsné Nagy Éva": surnames Kovács and Nagy, as a double
 *   surname is read). The same woman is "Kovács Istvánné", "Kovácsné Nagy Éva", "Kovács Éva" and "Nagy Éva" across a company's
 *   years and sources: each was read as another name ("different given names", "different surnames");
 * - a couple written "Kovács István és neje" (and his wife) or "Magyar Gábor és Magyar Gáborné": the husband's household;
 *   "és" between two persons' names as "&" ("Juhász Ádám és Takács Irén");
 * - "ifj." and "id." (junior, senior), before or after the name ("ifj. Lukács Dániel", "Lukács Dániel ifj."): a generation's
 *   mark as "Jr." and "Sr." are (father and son of one name are two customers).
 * Only in a record of Hungary (`hungarianRecord`) or one written with Hungary's own letters (ő, ű) or "és": "Irene", "Browne",
 * Québec's "Gagné", France's "née" elsewhere; without its accent only before a given name the lists know. Fields cut at
 * QuickBooks' limits; a name none of this fits is read as written.
 */
const HU_GENERATION = /(^|\s)(ifj|id)\.(?=\s|$)|(^|\s)(ifj)(?=\s|$)/giu;
const HU_SPOUSE_AFTER = /\s+(?:és|es|ÉS|ES|&)\s+(?:neje|nej|felesége|felesege|férje|ferje|családja|csaladja|NEJE|FELESÉGE|FELESEGE)\.?\s*$/u;
const HU_AND = /(?<=\p{L}\.?)\s+(?:és|es|ÉS|ES)\s+(?=\p{L})/u;
function withHungarianNamesRead(c: CustomerContact): CustomerContact {
  const fields = [c.displayName, c.givenName, c.familyName].map((v) => (typeof v === 'string' && v.length <= 100 ? withoutMojibake(v) : v));
  if (!fields.some((v) => typeof v === 'string' && (/né\b|né$|NÉ|\bifj\b|\bid\.|\s(?:és|es|ÉS|ES)\s/iu.test(v) || /ne$|ne\s/i.test(v)))) return c;
  // Hungary's own letters (ő, ű) or "és" say so as the record's country does; "-né" alone does not (Québec's Gagné, René, France's "née").
  const hungarian = /[őűŐŰ]|\s(?:és|ÉS)\s/u.test(fields.join(' ')) || hungarianRecord(c);
  if (!hungarian) return c;
  // A firm's record: its contact person's names are read as written (a manager's "Fűzi Lászlóné" on many buildings' records is
  // one contact person's, as her record writes her).
  if (nameWritten(c.companyName)) return c;
  let [display, given, family] = fields;
  // The generations: off the field, written as "Jr"/"Sr" after it.
  const generation = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string') return v;
    let mark = '';
    const out = v.replace(HU_GENERATION, (_m, b1: string | undefined, g1: string | undefined, b2: string | undefined) => {
      mark = (g1 ?? 'ifj').toLowerCase() === 'id' ? 'Sr' : 'Jr';
      return b1 ?? b2 ?? '';
    }).replace(/\s+/g, ' ').trim();
    return mark === '' || out === '' ? v : `${out} ${mark}`;
  };
  display = generation(display);
  given = generation(given);
  family = generation(family);
  if (typeof display === 'string') {
    display = display.replace(HU_SPOUSE_AFTER, '');
    // "Magyar Gábor és Magyar Gáborné", "Gábor Magyar és Gáborné Magyar": the husband's household, his name's.
    const pair = display.split(HU_AND);
    if (pair.length === 2) {
      const words = (v: string) => tokensOf(normaliseText(v));
      const [a = '', b = ''] = pair;
      const wife = b.split(/\s+/).map((w) => marriedStem(w, true) ?? w).join(' ');
      display = words(a).sort().join(' ') === words(wife).sort().join(' ') ? a : `${a} & ${b}`;
    }
  }
  // The married woman: the given field, or the display's last of two words (first of two, written the Western way), her husband's.
  // Without its accent, only a husband's given name the lists know before it ("Istvanne"; "Irene" is a name of its own).
  const husbands = (w: string) => {
    const stem = marriedStem(w, hungarian);
    // Not a given name of its own ending so ("Marianne", "Adrienne", "Suzanne": a review's finding).
    return stem !== null && (/é$/iu.test(w) || (isGivenName(normaliseText(stem)) && !isGivenName(normaliseText(w))));
  };
  const husbandsGiven = typeof given === 'string' && !/\s/.test(given.trim()) && husbands(given.trim());
  const words = typeof display === 'string' && !display.includes('&') ? display.trim().split(/\s+/) : [];
  if (husbandsGiven || (words.length === 2 && !nameWritten(given) && words.some((w) => marriedStem(w, hungarian) !== null && isGivenName(normaliseText(marriedStem(w, hungarian)))))) {
    const surname = typeof family === 'string' && nameWritten(family) ? family : words.find((w) => marriedStem(w, hungarian) === null) ?? '';
    // An estate's word after the name stays after it ("Bognár Istvánné hagyatéka": `HAGYATEK_AFTER`).
    const estate = typeof display === 'string' ? (HAGYATEK_WORD.exec(display)?.[0] ?? '') : '';
    if (surname !== '') return { ...c, displayName: `Mrs. ${surname}${estate}`, givenName: null, familyName: surname };
  }
  // Her husband's surname before her own: the surname without its "-né", a surname of two words.
  const ownAfter = (v: string | null | undefined, min: number): string | null | undefined => {
    if (typeof v !== 'string') return v;
    const ws = v.trim().split(/\s+/);
    const first = ws[0] ?? '';
    const stem = ws.length >= min ? marriedStem(first, hungarian) : null;
    // With its accent; without it only in the family name's field of two words, and never a given name's own "ne" ("Catherine
    // Anne Weber", "Eugene Paul Smith", a surname "Czene" in a display: a review's finding).
    const accented = /é$/iu.test(first);
    // A display opening with the family field's married word ("Vorosne Molnar Agi", family "Vorosne Molnar") is read as it is.
    const opensWithFamily = min === 3 && typeof family === 'string' && normaliseText(family).split(' ')[0] === normaliseText(first) && tokensOf(normaliseText(family)).length === 2;
    if (stem === null || isGivenName(normaliseText(stem)) || isGivenName(normaliseText(first)) || (!accented && !opensWithFamily && (min !== 2 || ws.length !== 2))) return v;
    return [stem, ...ws.slice(1)].join(' ');
  };
  return { ...c, displayName: typeof display === 'string' && display.includes('&') ? display.replace(/&\s+(\S+)/, (_m, w: string) => `& ${marriedStem(w, hungarian) ?? w}`) : ownAfter(display, 3), givenName: given, familyName: ownAfter(family, 2) };
}

/**
 * Hungary's limited partnership's form as Hungary writes it ending a name ("Szakács Kozmetikai Bt.", "… Bt", "… BT."), written
 * with its letters dotted ("B.T."), a form only so: "BT" undotted ends English firms' names ("Jones Plumbing BT": a review's
 * finding), and "Szakács Kozmetikai" against "… Bt." is one name with its form dropped.
 */
function withHungarianPartnershipDotted(c: CustomerContact): CustomerContact {
  let hungarian: boolean | null = null;
  const dot = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || v.length > 100 || !/\s(?:bt|BT|Bt)\b/.test(v)) return v;
    // Before a tax number, a former name's bracket or a comma too; "BT" in capitals only with Hungary's letters or in its record.
    const out = v.replace(/\s(?:Bt\.?|bt\.|BT\.)(?=\s|$|[,(])/gu, ' B.T.');
    return /\sBT(?=\s|$|[,(])/u.test(out) && (/[őűŐŰáéíóöúüÁÉÍÓÖÚÜ]/u.test(withoutMojibake(out)) || (hungarian ??= hungarianRecord(c))) ? out.replace(/\sBT(?=\s|$|[,(])/gu, ' B.T.') : out;
  };
  const displayName = dot(c.displayName);
  const companyName = dot(c.companyName);
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName, companyName };
}

/**
 * A Hungarian condominium's (társasház's) name, which is its address, as managers, old programs and technicians write it:
 * "Budapest XIII., Visegrádi u. 41. Társasház", "Visegrádi utca 41. sz. Társasház", "Kőris u. 11. TH", "Tahi u. 4. Tsh.": the
 * building's street and number and the word, without the town and district that open it where they are the record's own town,
 * the number's "sz." (szám), and the street's word spelt ("u." utca, "krt." körút). hu-kazanszerviz read: one building's records
 * shared only some words. Another number on one street stays another building.
 */
// "TH" and "Tsh." only in a record of Hungary: "TH" is a townhouse's or Thailand's elsewhere (a review's finding).
const CONDOMINIUM = /t[aá]rsash[aá]z/iu;
const CONDOMINIUM_SHORT = /\bt\.?\s?h\.?\s*$|\btsh\.?\s*$/iu;
function withHungarianCondominiumName(c: CustomerContact): CustomerContact {
  const town = tokensOf(normaliseText(c.address?.city))[0];
  let hungarian: boolean | null = null;
  const spell = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || v.length > 100) return v;
    const fixed = withoutMojibake(v);
    if (!/\d/.test(fixed) || !(CONDOMINIUM.test(fixed) || (CONDOMINIUM_SHORT.test(fixed) && (hungarian ??= hungarianRecord(c))))) return v;
    let out = fixed
      .replace(/\s+(?:t\.?\s?h|tsh)\.?\s*$/iu, ' Társasház')
      .replace(/(\d[\p{L}\d/]*\.?)\s+sz\.?(?=\s)/gu, '$1')
      .replace(/\bu\.(?=\s|\d|$)/giu, 'utca ')
      .replace(/\bkrt\.(?=\s|\d|$)/giu, 'körút ')
      .replace(/\s+/g, ' ')
      .trim();
    // The town (and Budapest's district, "XIII." or "XIII. ker.") opening the name, where it is the record's own.
    // Budapest's district in capitals with its dot ("XIII.", "XIV. ker."): a word's letters are no numeral ("Civic").
    const opening = /^(\p{L}+)\s*(?:,\s*)?(?:[IVXLC]{1,6}\.\s*(?:[kK]er(?:ület)?\.?)?\s*)?,?\s+(?=\p{L})/u.exec(out);
    if (opening !== null && town !== undefined && normaliseText(opening[1]) === town) out = out.slice(opening[0].length);
    return out;
  };
  return { ...c, displayName: spell(c.displayName), companyName: spell(c.companyName) };
}

/**
 * A couple's display joined by a Nordic "and" as those languages write it, in small letters ("Pertti ja Aada Kuivalainen", "Lars och
 * Eva Berg", "Ole og Kari Hansen"): joined by "&", as the display's other readings take a couple's (fi-isannointi read: "ja" was
 * read as a middle name). Only the small word between two words of letters, in a display of three to six words and no digit: "Kim
 * Ja Young" (a Korean name's syllable) is written with its capital.
 */
const NORDIC_AND = /(?<=\p{L})\s+(?:ja|och|og)\s+(?=\p{L})/u;
function withNordicAndRead(c: CustomerContact): CustomerContact {
  const d = c.displayName;
  if (typeof d !== 'string' || d.length > 100 || /\d/.test(d) || !NORDIC_AND.test(d)) return c;
  const words = d.trim().split(/\s+/).length;
  return words < 3 || words > 6 ? c : { ...c, displayName: d.replace(NORDIC_AND, ' & ') };
}

/**
 * A form's word for no company in the company field ("N/A", "None", "-", "Particulier", "Personnel", "Home", "Self", "Eget",
 * "Aucune", "Private residence"): no company's name (us-funeral and qc-plomberie read: "Estate of Edna E. Akers", CompanyName "None", read as a firm's
 * record against the estate's own). Only the whole field.
 */
const NO_COMPANY = new Set([
  'n/a', 'n.a.', 'n.a', 'na', 'none', 'null', 'nil', 'nan', '-', '--', '.', 'x', 'xx', 'tbd', 'unknown', 'not applicable', 'no company', 'no aplica', 'nao se aplica',
  'aucune', 'aucun', 'particulier', 'particuliere', 'personnel', 'personnelle', 'personal', 'private', 'prive', 'privee', 'privat', 'individual', 'self', 'self employed',
  'home', 'maison', 'residentiel', 'residential', 'eget', 'ingen', 'keine', 'ninguna', 'ninguno', 'nenhuma', 'nenhum', 'particular',
  // A route app's and a web form's (us-pool read: "Private residence" read as a firm's name against the household's record).
  'private residence', 'residence', 'private home', 'personal residence', 'residential customer', 'private customer',
  // Czech forms' and tills' (cz-stavebniny read: "soukromá osoba", "neuvádím", "Fyzická osoba" read as a firm's name).
  'soukroma osoba', 'soukromnik', 'neuvadim', 'neuvedeno', 'nevyplneno', 'fyzicka osoba', 'domacnost', 'obcan', 'zadna', 'soukrome',
]);
function withoutPlaceholderCompany(c: CustomerContact): CustomerContact {
  if (typeof c.companyName !== 'string' || c.companyName.length > 20) return c;
  const written = c.companyName.trim().toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  // A dash inside words parts them ("self-employed"); dashes alone are the placeholder.
  const bare = /^-+$/.test(written) ? written : written.replace(/-/g, ' ');
  return NO_COMPANY.has(bare) ? { ...c, companyName: null } : c;
}

/**
 * A wife named by her husband's names ("Mrs. Alvin Thompson", "Mrs Lloyd Sexton"), as an older generation's forms and a funeral
 * director's notes write her: his given name no given name of hers (us-funeral read: "Mrs. Alvin Thompson" against Evelyn
 * Thompson's own record read as another given name). Only "Mrs." before a man's given name and a surname, with no other given
 * name in its field.
 */
const HUSBANDS_NAME = /^\s*mrs\.?\s+(\p{L}+)\s+(\p{L}[\p{L}'\u2019-]*(?:\s+(?:jr|sr|ii|iii)\.?)?)\s*$/iu;
function withoutHusbandsName(c: CustomerContact): CustomerContact {
  const m = typeof c.displayName === 'string' && c.displayName.length <= 60 ? HUSBANDS_NAME.exec(c.displayName) : null;
  if (m === null) return c;
  const husband = normaliseText(m[1]);
  if (sexOfName(husband) !== 'male' || (nameWritten(c.givenName) && normaliseText(c.givenName) !== husband)) return c;
  return { ...c, displayName: `Mrs. ${m[2] ?? ''}`, givenName: null };
}

/** A unit's mark and its number ("Apt 5B", "#7", "Apto 1102", "Oficina 504"): `LinkageRecord.units`. */
// A letter after the number, joined or not ("12B", "12 B", "2-F"), is the unit's.
const UNIT_MARK = /(?:^|[\s,;])(?:apto|apartamento|apt|apartment|unit|suite|ste|flat|oficina|ofic|of|local|bodega|int|interior|casa|rm|room|#)\.?\s*(?:no\.?\s*|n[°º]\s*|#\s*)?(\d{1,5}(?:\s?-?\s?[a-z](?![a-z]))?|[a-z]-?\d{1,4})(?=$|[\s,;])/giu;
function unitsOf(a: CustomerContact['address']): string[] {
  if (a === null || a === undefined) return [];
  const lines = `${a.line1 ?? ''}, ${a.line2 ?? ''}`.slice(0, 300).toLowerCase();
  return [...lines.matchAll(UNIT_MARK)].map((m) => (m[1] ?? '').replace(/^0+(?=\d)/, '').replace(/[\s-]/g, ''));
}

/** Every field of a contact, parsed for comparison. */
export function linkageRecord(contact: CustomerContact): LinkageRecord {
  // A loss payee beside the insured's name, a tax or identity number, and a form's word for no one, no name of the record's
  // (`withoutLossPayee`, `withoutIdentityNumber`, `withoutPlaceholderName`).
  const bounded = withinQboLimits(contact);
  // Whether the record is one of Colombia (`colombianSigns`): its tills' bare cédula before a name, its owners' "PH".
  const colombian = colombianSigns(countryOf(bounded.address?.country), bounded.phone, bounded.email, bounded.address?.region);
  const limited = withPropertyFormWritten(withoutPlaceholderName(withoutIdentityNumber(withoutLossPayee(bounded), colombian)), colombian);
  // Whether the record is one of Czechia or Slovakia, told once (`czechSigns`), for every reading that asks.
  const czech = czechSigns(limited);
  // Whether the record is one of Indonesia (`indonesianSigns`), told once.
  const indonesian = czech === null && indonesianSigns(limited);
  // Whether the record is one of Greece (`greekSigns`), told once.
  const greek = czech === null && !indonesian ? greekSigns(limited) : null;
  // A Chinese record (`chineseRecord`) is told once, from the record as first read: its names' and address's readings and the
  // record's `chinese` follow it.
  const died = estateRead(withoutHusbandsName(withoutPlaceholderCompany(withNordicAndRead(withHungarianNamesRead(withHungarianCondominiumName(withHungarianPartnershipDotted(withAssociationWrittenWhole(withoutUnitCode(withoutAccountNote(withGreekRead(withIndonesianRead(withCzechRead(withoutPlaceholderCompany(limited), czech), indonesian), greek, isGivenName)))))))))));
  const read = withKoreanAddress(withKoreanRead(withIndianAddress(withFinnishCareOfLine(withSwedishAddress(withColombianAddress(withSpanishAddress(withArabicMojibakeRead(withFieldsInTitledOrder(died.contact))), colombian))))));
  const chinese = chineseRecord(read);
  // QuickBooks' count after a repeated display ("Emma Chen (student) (2)") is cut before the mark is looked for.
  const marked = dependantWritten(withoutNameCount(withoutLoginDisplay(withoutHonorificAfter(withTownOffStreetLine(withJapaneseAddress(withArabicAddress(withIranianAddress(withArabicWordsRead(withChineseAddress(withChineseRead(read, chinese), chinese))))))))));
  const counted = householdWritten(initialAloneWritten(withoutMaidenName(childWritten(payerWritten(onBehalfWritten(displayOfCompany(withContactOffDisplay(withProprietorOff(parentOfWritten(englishHouseholdWritten(withoutAndFamily(withoutChildNote(withoutNoteBesideName(vesselWritten(withCoupleNamed(marked.contact, isFirmWord, isTitle))))))))))))))));
  const vn = vietnameseSignals(marked.contact);
  const renamed = formerName(withOrganisationWordsSpelt(withFormAtEnd(withoutMessrs(withoutDottedTitles(withSpanishNamesSpelt(withDottedGenerations(withoutCareOf(withoutLabelBeforeSurname(withoutOrganisationNumber(withTradingMarkersSpelt(withKanaRomanised(withJapaneseFormsSpelt(counted)))))))))), vn)));
  const c = renamed.contact;
  const country = countryOf(c.address?.country);
  const names = personName(c, marked.dependant);
  const person = eastAsianOrder(vietnameseOrder(names.person, c, country, vn), c);
  const contactOfCompany = names.contact;
  // A display naming an organisation beside its contact person ("Sullivan Properties Ltd", Terrell
  // Sullivan) is read as an organisation's name, as it is without the contact: its words in one
  // form ("Properties" as "Ppty"), a series' "II" kept, not cut as a person's generation.
  // "&" read once, for the display's reading and for the record's partnership and couple.
  const partners = partnersNamed(contactName(c), person);
  const displaysOther = person !== null && person.family !== null && (displayNamesOther(c, person) || partnersDisplayed(c.displayName, partners.partnership, person));
  const personal = person !== null && !displaysOther;
  const tokens = nameTokens(contactName(c), personal, c);
  const companyRaw = normaliseText(c.companyName);
  const companyTokens = companyRaw !== '' && stripLegalSuffixes(companyRaw) !== stripLegalSuffixes(normaliseText(contactName(c))) ? nameTokens(c.companyName, false, c) : [];
  const [email = null, ...otherEmails] = emailAddresses(c.email);
  const at = email === null ? -1 : email.lastIndexOf('@');
  // A town by the name it goes by now ("Poona" as Pune: in-traders read).
  const city = finnishTown(townAsNamedNow(normaliseText(c.address?.city)));
  const spelled = person === null ? null : givenFromMailbox(person, c.email);
  const postcode = linkagePostcode(c.address?.postalCode, country) ?? townAfterStreet(c.address?.line1, city, null)?.zip ?? null;
  // A person's company is where they work or trade, unless the display names it instead of them.
  // A display naming an organisation beside its contact person is read with the company name it
  // writes out ("The Trustee for A & D Makhoul Family Trust - Adel", the trust's name its company).
  // A site or contact after the name ("Dodd Family Trust (Okaihau)", "… Trust - Adel") is no part of its form.
  const display = normaliseText(c.displayName);
  const named = person === null || person.family === null ? contactName(c) : c.displayName;
  const cut = named?.replace(/\s*(?:\([^()]*\)|\s[-\u2013\u2014]\s+[^-\u2013\u2014()]+)\s*$/, '');
  const trailer = normaliseText(cut);
  const written = trailer !== '' && trailer !== normaliseText(named) ? [trailer] : [];
  // The name as registered is read from the name before its site or contact (the tokens already read, where that is the name).
  const registeredFrom = trailer === '' ? named : cut;
  // A "Hoa" that ends a display naming the record's person is a name's ("GUILLERMIN DAMIEN ET LEBRUN THI HOA", his wife's), not an HOA's.
  const words = display.split(' ');
  // Only a couple's display, two persons joined ("… ET LEBRUN THI HOA"), no association's in brackets ("Jane Doe (Maple Ridge HOA)").
  const couple = words.some((t) => CONJUNCTIONS.has(t)) && !/[()]/.test(c.displayName ?? '');
  const namesPerson = couple && person !== null && person.givenWritten !== null && person.family !== null && words.includes(person.givenWritten) && person.family.split(' ').every((t) => words.includes(t));
  const shown = namesPerson ? display.replace(/\s(?:hoa|poa)$/, '') : display;
  const forms = organisationForm(
    person === null || person.family === null
      ? [normaliseText(contactName(c)), ...written, companyRaw]
      : displaysOther && companyRaw !== '' && display.startsWith(companyRaw)
        ? [shown, ...written, companyRaw]
        : display !== ''
          ? [shown, ...written]
          : [companyRaw],
    closeCorporationCountry(country, c.phone),
    // Not by the address alone ("1200 Vietnam Veterans Memorial Hwy": a review's finding).
    country === 'VN' || (person?.family !== null && person?.family !== undefined && (VIETNAMESE_SURNAMES.has(person.family) || VIETNAMESE_SHARED_SURNAMES.has(person.family))) || vn.phone || vn.letters,
  );
  const organisation = person === null || person.family === null || displaysOther;
  const address = addressOf(c, country, postcode, vn.address);
  const displayWords = display.split(' ').filter((w) => w !== '');
  return {
    isPerson: person !== null && person.family !== null,
    namesFromDisplay: person !== null && person.family !== null && !nameWritten(c.givenName) && !nameWritten(c.familyName),
    given: spelled !== null ? givenNameCanonical(spelled) : (person?.given ?? null),
    givenWritten: spelled ?? person?.givenWritten ?? null,
    givenJoined: spelled !== null ? null : (person?.givenJoined ?? null),
    givenShown: givenShown(c, person, partners.couple),
    givenTone: person === null || person.family === null || person.givenWritten === null ? null : vietnameseTones(c, person.family, person.givenWritten, vn.letters),
    family: person?.family ?? null,
    familyHyphenated: hyphenatedFamily(c, person),
    generation: person?.generation ?? (person !== null ? elderTitle(contact) : null),
    estate: died.estate,
    registryId: czechRegistryId(limited, czech),
    taxId: greek === 'strong' ? greekRegistryId(limited) : null,
    nameLength: (typeof limited.displayName === 'string' && limited.displayName.trim() !== '' ? limited.displayName : (limited.companyName ?? '')).trim().replace(/\s+/g, ' ').length,
    czech,
    houseNumberOther: czech === null ? null : czechStreetNumber(c.address?.line1),
    contact: contactOfCompany === null || contactOfCompany.family === null ? null : contactOfCompany,
    nameTokens: tokens,
    nameKey: tokens.length === 0 ? null : [...tokens].sort().join(' '),
    companyTokens,
    email,
    otherEmails,
    emailLocal: email === null ? null : email.slice(0, at),
    emailDomain: email === null ? null : email.slice(at + 1),
    ...(country === null && (indonesian || greek === 'strong') ? phonesOf(c.phone, indonesian ? 'ID' : 'GR', true) : phonesOf(c.phone, country)),
    phoneExtension: typeof c.phone === 'string' ? (PHONE_EXTENSION.exec(c.phone.slice(0, 64))?.[0].replace(/\D/g, '') ?? null) : null,
    ...address,
    units: unitsOf(c.address),
    city: city === '' ? null : city,
    postcode,
    country,
    ...forms,
    companyWritten: companyRaw !== '',
    companyFormed: companyRaw !== '' && (organisationForm([companyRaw]).form === 'company' || /\s(?:EPP|ME|SA)\.?\s*$/.test(c.companyName ?? '')),
    organisationNamed: organisation || forms.form !== null,
    // A person's record marked a sole trader's ("Máté Eszter e.v.") too: the sole trader against the company the owner founded.
    // A Czech or Slovak sole trader's firm (OSVČ: the person's given and family names in its company's name, no form) is a register
    // of its own beside the s.r.o. its owner founded (cz-stavebniny read: "Štěpánek Pavel, zemní práce" / "Stavby Štěpánek s.r.o.",
    // two IČO, at one mailbox and phone), as Hungary's "e.v." and Finland's "Tmi" are.
    // And its limited company, as `withCzechRead` writes it ("SRO"), in a record of Czechia or Slovakia only ("SRO Productions": a
    // US firm's "standing room only", a review's finding).
    // A record of Indonesia: a CV's or PT's register, or a person's own (`indonesianRegisters`); of Greece, a company's of a legal
    // form or a person's own (`greekRegisters`).
    registers: [...(indonesian ? indonesianRegisters(c, organisation) : greek === 'strong' ? greekRegisters(limited, organisation) : []), ...(czechSoleTrader(czech, c, forms.form, contactOfCompany ?? person) ? ['CZ-OSVC'] : czech !== null && /\bSRO\b/.test(`${c.displayName ?? ''} ${c.companyName ?? ''}`) ? ['CZ-SRO'] : organisation || forms.form !== null || SOLE_TRADER_REGISTER.test(`${named} | ${c.companyName ?? ''}`) ? registersOf([named, c.companyName]) : [])],
    // Read with its form where it stands: the name as registered ends there ("Gestion immobilière Béland Inc Cour": not its site's "Cour").
    registered: (organisation || forms.form !== null) && COMPANY_FORM.test(trailer || normaliseText(named)) ? registeredWords(registeredFrom === contactName(c) && !personal && withoutFormBeforeSite(registeredFrom) === registeredFrom ? tokens : nameTokens(registeredFrom, false, c, true)) : [],
    branch: organisation ? branchOf(contactName(c), tokens, c) : [],
    partnership: organisation && partners.partnership,
    couple: partners.couple,
    agent: organisation ? [] : agentOf(counted),
    dependant: marked.dependant && person !== null && person.family !== null && !organisation,
    titleSex: person !== null && person.family !== null && !organisation ? titlesSex(c.givenName, (!nameWritten(c.givenName) && !nameWritten(c.familyName)) || displayNamesFields(displayWords, c) ? displayWords : []) : null,
    parts: organisation ? displayParts(contactName(c)) : [],
    namesOwnAddress: addressNamed(displayWords, address),
    displayWords,
    // Hungary's partnership's form dotted (`withHungarianPartnershipDotted`) is no word of the former name either.
    formerTokens: renamed.former === null ? [] : nameTokens(renamed.former, false, c).filter((t, i, all) => !(t === 'bt' && i === all.length - 1 && /\sB\.?T\.?\s*$/i.test(renamed.former ?? ''))),
    singleMember: SINGLE_MEMBER_FORM.test(`${c.displayName ?? ''} ${c.companyName ?? ''}`.slice(0, 400)),
    chinese,
    firmContact: person !== null && person.family !== null && !displaysOther && companyTokens.length > 0 && nameWritten(contact.companyName) ? { ...contact, displayName: contact.companyName ?? null } : null,
    partnerContact: person !== null && person.family !== null && !organisation ? partnerOfTwoSurnames(contact) : null,
  };
}

/** Two persons' whole names joined: "Brian Elliott & Nancy Metzger", "Claudia Salazar and José Reyes", "Jean-François Lavoie et
 * Martine Perron", either written surname first ("GAGNE ANNIE & TURCOTTE PIERRE-OLIVIER", "Fontaine, Lucie & Demers, Jessica"). */
const TWO_PERSONS = new RegExp(`^\\s*(\\p{L}[\\p{L}'\\u2019.-]*(?:,?\\s+\\p{L}[\\p{L}'\\u2019.-]*){1,2})\\s+(?:&|\\+|${JOINING_WORDS})\\s+(\\p{L}[\\p{L}'\\u2019.-]*(?:,?\\s+\\p{L}[\\p{L}'\\u2019.-]*){1,2})\\s*$`, 'iu');

/**
 * The other person of a record billed to two persons of two surnames (`LinkageRecord.partnerContact`): the display's two whole
 * names, the fields one of them (its given and family names), the other a given name of the birth lists and a surname no firm's
 * word. Read as that person's own record at the same e-mail, phone and address (us-marina read: a boat's co-owners billed together
 * are one customer, and one co-owner's own record was compared by the other's names; us-tuition's households of two surnames too).
 */
function partnerOfTwoSurnames(c: CustomerContact): CustomerContact | null {
  if (typeof c.displayName !== 'string' || c.displayName.length > 100 || nameWritten(c.companyName)) return null;
  const m = TWO_PERSONS.exec(c.displayName);
  if (m === null) return null;
  const given = tokensOf(normaliseText(c.givenName));
  const family = tokensOf(normaliseText(c.familyName));
  if (given.length === 0 || family.length === 0) return null;
  const sides = [m[1] ?? '', m[2] ?? ''].map((side) => ({ side, words: tokensOf(normaliseText(side)) }));
  const fields = new Set([...given, ...family]);
  const own = sides.findIndex((x) => family.every((f) => x.words.includes(f)) && x.words.every((t) => fields.has(t)));
  const other = sides[1 - own];
  if (own < 0 || other === undefined || other.words.length < 2) return null;
  const written = other.side.trim().replace(/,/g, ' ').split(/\s+/);
  // Given name first, or the surname first where the first word is no given name and the last is ("TURCOTTE PIERRE-OLIVIER").
  const givenWord = (w: string | undefined) => isGivenName(tokensOf(normaliseText(w))[0] ?? '');
  const reversed = written.length === 2 && !givenWord(written[0]) && givenWord(written[1]);
  const [first, ...rest] = reversed ? [written[1] ?? '', written[0] ?? ''] : written;
  const restWords = tokensOf(normaliseText(rest.join(' ')));
  if (first === undefined || !givenWord(first) || restWords.length === 0 || restWords.some((t) => family.includes(t) || ORGANISATION_WORDS.has(t) || TRADE_WORDS.has(t) || SHOP_WORDS.has(t) || isLegalSuffix(t))) return null;
  return { ...c, displayName: `${first} ${rest.join(' ')}`, givenName: first, familyName: rest.join(' ') };
}

/** A single-member company's form, as Portugal, Spain, France, Italy and Brazil write it (`LinkageRecord.singleMember`). */
const SINGLE_MEMBER_FORM = /\b(?:unipessoal|unipersonal|unipersonale|eurl|sasu|slu|s\.\s?l\.\s?u\.?|eireli)\b/i;

/** The display's parts (`LinkageRecord.parts`): split at a dash between spaces, a comma or parentheses. */
function displayParts(raw: string | null | undefined): string[][] {
  if (typeof raw !== 'string') return [];
  const parts = raw
    .split(/\s[-\u2013\u2014]\s|[,()]/)
    .map((p) => nameTokens(p, false))
    .filter((p) => p.length > 0);
  return parts.length >= 2 ? parts : [];
}

/** The house number a display names with a word of the record's own street (`LinkageRecord.namesOwnAddress`). */
function addressNamed(words: readonly string[], address: Pick<LinkageRecord, 'houseNumber' | 'street'>): string | null {
  if (address.houseNumber === null || address.street === null || !words.includes(address.houseNumber)) return null;
  const street = address.street.split(' ').filter((w) => w.length >= 3 && !/\d/.test(w));
  const compact = address.street.replace(/ /g, '');
  // The street as the display writes it (its words joined in the record's: "calleprimavera"), or
  // its line with a slip ("1568 Fairway Dr" at "1568 Fairwy Drive").
  return words.some((t) => (t.length >= 4 && !/\d/.test(t) && compact.includes(t)) || street.some((w) => t === w || (w.length >= 5 && oneEditApart(t, w)))) ? address.houseNumber : null;
}

/** Legal forms of one country's register (or a few), and the country markers companies add ("(M) Sdn Bhd"). */
/** A sole trader's mark ending a name, Hungary's (e.v., egyéni vállalkozó) or Germany's registered association's "e.V." (`REGISTERS`). */
// Only dotted: "EV" ends English firms' names ("Green EV": a review's finding).
const SOLE_TRADER_REGISTER = /\se\.\s?v\.?\s*(?:$|\|)|egy[eé]ni\s+v[aá]llalkoz|egy[eé]ni\s+c[eé]g/i;
const REGISTERS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\bpte\b|\((?:s|sg|singapore)\)/i, ['SG']],
  // Vietnam's, as `withVietnameseFormAtEnd` writes them after the name.
  [/\b(?:tnhh|ctcp|dntn)$/i, ['VN']],
  [/\b(?:sdn|bhd|berhad|sendirian)\b|\bs\s*\/\s*b\b|\((?:m|my|malaysia)\)/i, ['MY']],
  // East Africa's regional company ("(EA) Ltd") and Singapore's "(S)": registers of their own beside a country's subsidiary (a review's finding).
  [/\((?:ea|e\.a\.)\)\s*(?:ltd|limited|plc)\b/i, ['EA']],
  [/\(s\)\s*(?:pte|private)\b/i, ['SG']],
  [/\bpty\b|\bproprietary\b/i, ['AU', 'ZA']],
  [/\bgmbh\b/i, ['DE', 'AT', 'CH']],
  // A register's country before the form ("Nig. Ltd", "Ghana Limited"): a subsidiary of one group in each country is a company of its own.
  [/\bnig(?:eria)?\b\W*(?:ltd|limited|plc)\b/i, ['NG']],
  [/\b(?:ghana|gh)\b\W*(?:ltd|limited|plc)\b/i, ['GH']],
  [/\bkenya\b\W*(?:ltd|limited|plc)\b|\(k\)\s*(?:ltd|limited|plc)\b/i, ['KE']],
  [/\buganda\b\W*(?:ltd|limited|plc)\b|\(u\)\s*(?:ltd|limited|plc)\b/i, ['UG']],
  [/\btanzania\b\W*(?:ltd|limited|plc)\b|\(t\)\s*(?:ltd|limited|plc)\b/i, ['TZ']],
  // A free zone's company in the United Arab Emirates (FZE, FZCO, FZ-LLC, DMCC) is registered apart from its group's mainland LLC or establishment.
  [/\bf\.?\s?z\.?\s?(?:e|co|c)\b|\bf\.?\s?z\.?\s*[-\u2013\u2014]?\s*l\.?\s?l\.?\s?c\b|\bfree\s*zone\s+(?:l\.?\s?l\.?\s?c|company|establishment|est)\b|\bd\.?\s?m\.?\s?c\.?\s?c\b/i, ['AE-FZ']],
  [/(?<!\bf\.?\s?z\.?\s*[-\u2013\u2014]?\s*|\bfree\s*zone\s+)\bl\.?\s?l\.?\s?c\b|\blimited\s+liability\s+co(?:mpany)?\b/i, ['US']],
  // Not a private school's or clinic's "Pvt" ("Alexandria Pvt School LLC"): only before Ltd or ending the name.
  [/\bpvt\b[.)\s-]*(?:ltd\b|limited\b|$)/i, ['IN']],
  // Sweden's: a limited company, a trading or limited partnership and a sole trader's firm written as one ("Kjells VVS AB" /
  // "Kjells VVS HB" / "Ekström Bilverkstad Enskild firma"): three legal persons, a sole trader's firm and the company it became
  // two customers (se-bokforing read).
  [/\baktiebolag(?:et)?\b|\sab\s*(?:\(?publ\)?)?\s*$/i, ['SE-AB']],
  [/\bhandelsbolag(?:et)?\b|\shb\s*$/i, ['SE-HB']],
  [/\bkommanditbolag(?:et)?\b|\skb\s*$/i, ['SE-KB']],
  [/\benskild\s+firma\b/i, ['SE-EF']],
  // Finland's: a limited company (written "Oy", "Oy Ab", "Osakeyhtiö", or "Ab" by a Swedish-speaking firm: one register with
  // Sweden's "AB" here) and a sole trader's firm ("Valokuvaamo Taskinen Oy" / "Tmi Valokuvaamo J. Taskinen"): the sole trader's
  // firm and the company its owner founded later are two customers, two business IDs (fi-isannointi read: linked at the owner's
  // phone). Not "Ky" and "Ay" ending a name: Kentucky's "KY" after a US firm's name and town as often, which would set it apart
  // from its own LLC (a review's finding). (No "\b" after "ö": there is no word boundary there without Unicode's letters.)
  [/\boy(?:j)?\b|\bosakeyhti(?:ö|oe|o)(?![a-zà-ÿ])/i, ['FI-OY', 'SE-AB']],
  [/\bt:?mi\b|\btoiminimi\b/i, ['FI-TMI']],
  // Hungary's: a company (Kft., Zrt., Nyrt., Rt., written out too), a partnership (Bt., Kkt.) and a sole trader (e.v., egyéni
  // vállalkozó): the sole trader and the Kft. the owner founded later are two customers, two tax numbers (hu-kazanszerviz read:
  // "Máté Eszter e.v." / "Máté-Line Épületgépészeti Kft." linked at the owner's phone and street). Germany's "e.V." (a registered
  // association) is written as Hungary's sole trader is: a register apart from a company's either way.
  [/\b(?:kft|zrt|nyrt)\b|\srt\.?\s*$|korl[aá]tolt\s+felel|r[eé]szv[eé]nyt[aá]rsas[aá]g/i, ['HU-KFT']],
  // "Bt." as Hungary writes it (a capital and a small letter, or its dot): "BT" ends English firms' names (a review's finding).
  [/\sBt\.?\s*$|\sB\.?T\.\s*$|\b[kK]kt\b|\bKKT\b|bet[eé]ti\s+t[aá]rsas[aá]g|k[oö]zkereseti\s+t[aá]rsas[aá]g/, ['HU-BT']],
  [SOLE_TRADER_REGISTER, ['EV']],
];

/** The countries whose registers a name's legal form (or marker) names (`LinkageRecord.registers`). */
/** A record of Czechia or Slovakia (`czechSigns`, told once per record) whose company's name, of no form, holds its person's given and family names. */
function czechSoleTrader(czech: 'strong' | 'weak' | null, c: CustomerContact, form: string | null, trader: { givenWritten: string | null; family: string | null } | null): boolean {
  if (czech === null || form !== null || trader === null || trader.givenWritten === null || trader.family === null || !nameWritten(c.companyName)) return false;
  const words = normaliseText(c.companyName).split(' ');
  return words.length > trader.family.split(' ').length + 1 && words.includes(trader.givenWritten) && trader.family.split(' ').every((w) => words.includes(w));
}

function registersOf(texts: ReadonlyArray<string | null | undefined>): string[] {
  const countries = new Set<string>();
  for (const text of texts) if (text !== null && text !== undefined) for (const [form, where] of REGISTERS) if (form.test(text)) for (const c of where) countries.add(c);
  return [...countries].sort();
}

/**
 * A registered name's words: up to its legal form ("Reid Built Pty Ltd ACN 123 456 789": reid
 * built). Not a firm's "& Co" inside its name ("Smith & Co Builders Ltd").
 */
function registeredWords(tokens: readonly string[]): string[] {
  const form = tokens.findIndex((t) => isLegalSuffix(t) && t !== 'co' && t !== 'company');
  return (form > 0 ? tokens.slice(0, form) : tokens).filter((t) => !isLegalSuffix(t));
}

// "&", "+", or "and" as the country writes it ("et", "y", "e", "und", "en", "och", "og": a couple of Quebec, Spain, Portugal,
// Germany, the Netherlands or Scandinavia; qc-plomberie read, "Jean-François Lavoie et Martine Perron" read as a firm's name).
// A middle initial after the first one's given name is no word of either ("Richard P. & Sharon Myers": us-funeral read).
const PARTNERS = new RegExp(`([\\p{L}][\\p{L}'-]+)(?:\\s+\\p{L}\\.)?(?:\\s*(?:&|\\+)\\s*|\\s+(?:${JOINING_WORDS})\\s+)([\\p{L}][\\p{L}'-]*)`, 'iu');
/**
 * A middle initial written without its dot after the first one's given name, before "&" and a name of two letters or more
 * ("KOWALSKI, ROBERT J & LINDA M", "MAST, BARBARA M & MOSES A": an agency system's households, us-insurance read, read as no
 * couple): no word of either. Not before an initial ("Johnson A & B Plumbing": a firm's letters).
 */
const UNDOTTED_INITIAL = new RegExp(`(\\p{L}{2,})\\s+\\p{L}(?=(?:\\s*(?:&|\\+)\\s*|\\s+(?:${JOINING_WORDS})\\s+)\\p{L}{2,})`, 'iu');
const FAMILY_PARTNERS = new Set(['son', 'sons', 'daughter', 'daughters', 'fils', 'filles', 'sohn', 'söhne', 'sohne', 'zonen', 'hijos', 'figli']);

/**
 * Two names joined by "&", "+" or "and", read once: a partnership's or family firm's (a surname
 * joined to another name, or a name to a family's word), or else a couple's (two given names or
 * initials and their surname: "Ariki & Anne Tāwhiri", "JR & KL Thompson"). A partnership only
 * where the display names an organisation (`LinkageRecord.partnership`, `LinkageRecord.couple`).
 */
function partnersNamed(raw: string | null | undefined, person: ContactPerson | null = null): { partnership: boolean; couple: boolean } {
  const written = raw === null || raw === undefined || raw.length > 100 ? null : raw.replace(UNDOTTED_INITIAL, '$1');
  const m = written === null ? null : PARTNERS.exec(written);
  if (written === null || m === null) return { partnership: false, couple: false };
  // Two trades' goods joined ("Rice & Feeds Trading", "Glass & Aluminum", "Hardware & Construction Supply"): one firm's trade, no
  // partners and no couple. Not a firm's partners' words ("Reyes & Associates", "Tan & Brothers", "& Partners": partners).
  const right = normaliseText(m[2]);
  if (TRADE_WORDS.has(right) && !PARTNER_WORDS.has(right)) return { partnership: false, couple: false };
  // A middle initial after the first one's name: a person's ("RICHARDSON TERRENCE J & KELLY"), however the name reads.
  const partnership = partnershipRead(written, m, written !== raw) && !partnersOfPerson(written, m, person);
  return { partnership, couple: !partnership };
}

/** Words naming a firm's partners after "&": a partnership's, never a trade's goods. */
const PARTNER_WORDS = new Set(['associates', 'assocs', 'assoc', 'partners', 'brothers', 'bros', 'sons', 'daughters', 'co', 'company', 'asociados', 'hermanos', 'hnos', 'hijos', 'irmaos', 'filhos']);

/**
 * A partnership's or family firm's display beside one partner as its contact, not naming them by
 * their given name ("Brown & MacLeod", "Jackson & Son", Ian Brown): the firm's name. A couple's
 * display names each ("Claudio & Terri Di Pietro", Claudio Di Pietro), however it is read.
 */
function partnersDisplayed(raw: string | null | undefined, partnership: boolean, person: ContactPerson): boolean {
  if (!partnership || raw === null || raw === undefined) return false;
  const display = tokensOf(normaliseText(raw));
  // Two names before the person's surname are a couple's, whatever their given names ("Hemi & Mere
  // Walker", contact James Walker; "Kobus & Annelie du Plessis", Jacobus du Plessis).
  const family = tokensOf(person.family ?? '');
  const and = display.indexOf('and');
  if (family.length > 0 && and > 0 && display.length - and - 2 === family.length && display.slice(-family.length).join(' ') === family.join(' ')) return false;
  const given = tokensOf(person.givenWritten ?? '').filter((t) => t.length >= 2);
  // Their given name, or its initial ("RN & KT Te Kani", Rīhari): a couple's.
  const names = (t: string, g: string) => t === g || oneEditApart(t, g) || (t.length <= 3 && t[0] === g[0] && !FAMILY_PARTNERS.has(t));
  return given.length > 0 && !given.some((g) => display.some((t) => names(t, g)));
}

/**
 * The record's person is one of the two joined, and their family name the rest ("David & Hanh Tran", GivenName David: a given
 * name the lists lack; "Rafael & Cristina De La Garza", a surname of three words): a couple's, not a partnership's.
 */
function partnersOfPerson(raw: string, m: RegExpExecArray, person: ContactPerson | null): boolean {
  if (person === null || person.family === null || person.givenWritten === null) return false;
  const [left, right] = [normaliseText(m[1]), normaliseText(m[2])];
  if (left.includes(' ') || right.includes(' ') || FAMILY_PARTNERS.has(right) || PARTNER_WORDS.has(right) || TRADE_WORDS.has(right) || TRADE_WORDS.has(left)) return false;
  if (left !== person.givenWritten && right !== person.givenWritten) return false;
  // The second one's middle initial aside ("Robert & Linda M Kowalski").
  const rest = tokensOf(normaliseText(raw.slice(m.index + m[0].length))).filter((w, i) => i > 0 || w.length > 1);
  const before = tokensOf(normaliseText(raw.slice(0, m.index)));
  const family = person.family;
  return (before.length === 0 && rest.join(' ') === family) || (rest.length === 0 && before.join(' ') === family);
}

function partnershipRead(raw: string, m: RegExpExecArray, initialled = false): boolean {
  const [left, right] = [normaliseText(m[1]), normaliseText(m[2])];
  if (FAMILY_PARTNERS.has(right)) return true;
  // A couple's titles ("Mr & Mrs Smith").
  if (left.length < 2 || right.length < 2 || TITLES.has(left) || TITLES.has(right)) return false;
  // A couple's given names (or initials: "HA & DR Hurst") and their surname, and nothing more
  // ("Craig & Rachel Russell"), or each with a surname of their own ("John Smith & Mary Jones").
  const given = (w: string, written: string) => isGivenName(w) || /^[A-Z]{1,3}$/.test(written);
  const rest = tokensOf(normaliseText(raw.slice(m.index + m[0].length)));
  const before = tokensOf(normaliseText(raw.slice(0, m.index)));
  // A given name of two words before the surname ("Jean-François Lavoie et Martine Perron").
  // Or a given name and its initial before the surname ("Robert J. Kowalski and Linda M. Kowalski").
  const leftPerson = (initialled && ![...before, ...rest].some((w) => isFirmWord(w) || FAMILY_PARTNERS.has(w) || PARTNER_WORDS.has(w))) || given(left, m[1] ?? '') || (before.length >= 1 && before.length <= 2 && isGivenName(before[0] ?? '') && before.every((w) => isGivenName(w) || w.length === 1));
  // Two persons each written surname first ("GAGNE ANNIE & TURCOTTE PIERRE-OLIVIER", "Fontaine, Lucie & Demers, Jessica"): a
  // couple's, not a partnership's (qc-plomberie read).
  if (before.length === 1 && !isGivenName(before[0] ?? '') && given(left, m[1] ?? '') && rest.length >= 1 && rest.length <= 2 && rest.every((w) => isGivenName(w)) && !isGivenName(right) && !isFirmWord(right) && !isLegalSuffix(right)) return false;
  // The surname may open with a particle ("Giuseppe & Clare De Luca", "YN & MJ de Wit", "RN & KT Te Kani").
  // The second one's middle initial before it ("Robert & Linda M Kowalski", "Linda M. Kowalski").
  const surname = rest.length <= 1 || (rest.length === 2 && (NAME_PARTICLES.has(rest[0] ?? '') || (rest[0] ?? '').length <= 2));
  return !(leftPerson && given(right, m[2] ?? '') && surname);
}


/**
 * A display name that is not its person's: it holds neither of their names ("Wings Nation #259"
 * for Lan Tran), or an organisation's or a trade's word, or a number ("Construction Savard" for
 * Claude Savard).
 */
function displayNamesOther(c: CustomerContact, person: ContactPerson): boolean {
  const all = tokensOf(normaliseText(c.displayName));
  // QuickBooks' number for a second customer of one name ("John Smith 2") is no shop's.
  const display = all.length > 1 && /^\d{1,2}$/.test(all[all.length - 1] ?? '') ? all.slice(0, -1) : all;
  if (display.length === 0) return false;
  const own = [...tokensOf(person.family ?? ''), ...tokensOf(person.givenWritten ?? '')].filter((t) => t.length >= 2);
  const owned = (t: string) => own.some((o) => t === o || oneEditApart(t, o));
  // Words of the person's own names are theirs (Christian Roy, Luc St-Pierre), not a church's.
  if (display.some((t) => !owned(t) && (ORGANISATION_WORDS.has(t) || SHOP_WORDS.has(t) || (TRADE_WORDS.has(t) && display.length > 2) || /\d/.test(t)))) return true;
  return !display.some(owned);
}

/**
 * A given name written as an initial, spelt out by the record's own mailbox name: "K. Dunwell"
 * at kenneth.dunwell86@ is Kenneth. Only the form given-separator-family (digits after), with
 * the family name as written and the given name starting with the initial: a family mailbox
 * named after another member ("J. Smith" at mary.smith@) says nothing about this one.
 */
function givenFromMailbox(person: ContactPerson, rawEmail: string | null | undefined): string | null {
  const initial = person.givenWritten;
  if (initial === null || initial.length !== 1 || person.family === null || rawEmail === null || rawEmail === undefined) return null;
  // The mailbox as written (lower case, +tag dropped): the normalised form drops Gmail's dots.
  const local = rawEmail.trim().toLowerCase().split('@')[0]?.split('+')[0] ?? '';
  const m = /^([a-z]{2,})[._-]([a-z]+)\d*$/.exec(local);
  if (m === null) return null;
  const [, given = '', family = ''] = m;
  // "admin.jones@", "info.smith@": a shared mailbox's name, not a given name; nor a household's ("fam.vanbeek@", "familie.smit@": nl-installatie read).
  if (isGenericMailbox(given) || /^(?:fam|familie|famille|familia|family|gezin)$/.test(given)) return null;
  return given.startsWith(initial) && family === person.family.replace(/[^a-z]/g, '') ? given : null;
}

/** A city's words as an organisation's name writes them ("Mount Druitt" → "mtn druitt"): a site named in its name. */
export function siteWords(city: string): string[] {
  return tokensOf(city).filter((t) => !FILLER.has(t)).map((t) => ORGANISATION_ABBREVIATIONS.get(t) ?? t);
}

export function isFreeMailDomain(domain: string): boolean {
  return MAIL_SERVICES.has(domain) || GLOBAL_PROVIDER.test(domain);
}

/** A domain of the kept list of mail services (gmail.com, mail.com, optonline.net), not one matched only by its provider's name under some country's ending ("gmail.co"). */
export function isMailService(domain: string): boolean {
  return MAIL_SERVICES.has(domain);
}

export function isGenericMailbox(local: string): boolean {
  return GENERIC_MAILBOXES.has(local) || local.length < 3;
}

/** The kinds of key a record is indexed under, with how much sharing one says when ranking candidates. */
export const BLOCKING_KEY_RANK: Readonly<Record<string, number>> = {
  e: 12, // e-mail
  p: 10, // phone (E.164)
  n: 6, // whole name, tokens sorted
  a: 5, // postcode + house number
  el: 4, // e-mail local part
  p7: 4, // last 7 phone digits
  as: 4, // house number + street prefix
  pn: 3, // phonetic codes of first and last name tokens, sorted (swaps, typos that sound alike)
  b: 3, // 3-letter prefixes of first and last name tokens, sorted (typos after the third letter, nicknames)
  ff: 3, // family name + given initial
  fz: 3, // family name + postcode area
  gz: 2, // given name + postcode area (a surname changed or mistyped)
  fs: 2, // family name's last four letters + given initial (a surname mistyped in its first letters: "Jzckson", "Aemple")
  fx: 2, // family name's first two and last three letters + given initial (a surname mistyped in its middle: "Fodter")
  fi: 1, // family name's first three letters + given initial (an initial against a name written out, the surname mistyped late: "R. Andersno")
  fc: 2, // family name + city
  f: 2, // family name
  z: 1, // postcode
  t: 1, // one name token
};

/**
 * The version of what a record is keyed under (linkageRecord and linkageKeys). Bump it whenever a
 * change to either changes the keys of a record: mirrors keyed under an older version
 * (qbo_customer_mirror_state.keys_version) are re-keyed locally from their stored rows by
 * RekeyCustomerMirror, no QuickBooks read. 1: the code before 'A.' became an initial and the
 * mailbox spelt an initial out; 2: until a one-word name was completed by its mailbox; 3: that
 * reading (`familyFromMailbox`, landed, then reverted after review); 4: until units before the
 * house number ("Unit 5, 22 Smith St", "3/12 Smith St", "#4 123 Main St"), post office boxes and
 * a unit word only with its number ("12 Flat Rock Rd") were read, and a direction after the
 * street was spelt one way ("5th Ave S" / "5th Avenue South"); 5: until a surname's last four
 * letters, and its first two with its last three, were keys ("fs:", "fx:"), and a contact was
 * read only as far as QuickBooks holds it (`withinQboLimits`); 6: since, with (before 6 first
 * landed) titles, credentials and generations read, a company's record with its contact
 * person, organisations' abbreviations and trades' words, several e-mail addresses, whole
 * addresses on one line, ZIPs without their leading zero, and the "fi:" key; 7: since a street
 * named by a type's word ("Lane Dr") is read, a given name missing from its field is taken
 * from the display name, "Junior" ends a name and the agent a customer is sent care of is cut; 8: since
 * more business words ("Investments", "Developments", "Real Estate", French shops' and trades') make a name an
 * organisation's, "et" is a filler word and numbers of five digits or more are keys; 9: since Europe's
 * legal forms (GmbH & Co. KG, UG, B.V., S.L., Sp. z o.o. ...) are cut from names; 10: since QuickBooks'
 * count after a repeated display name ("Donna Reed (2)") is cut and "Rev. Tr." is a trust; 11: since
 * property managers' words (Assn, Apts, Condos, Ppties, HOA in its forms) and initialisms ("H.O.A.") read as
 * one; 12: since a display naming an organisation beside its contact person is read as an organisation's
 * name (its words in one form, a series' "II" kept); 17: since Muhammad's spellings and short forms
 * (Mohammad, Mohamed, Mohd, Muhd) are one given name, keyed as "muhammad"; 18: since a country is read by its name in
 * several languages or its alpha-3 code ("South Africa", "Suid-Afrika", "SGP"), so a phone is keyed in its
 * country (+27…, not the digits as written); 19: since "food" is a trade word ("Thye Leong Food Ent" an
 * organisation's name, keyed as one, not a person's); 20: since an agent's display on behalf of a person ("Bluegum Plan
 * Managers obo Emily Thompson") is read as the person's, care of the agent, and a child's beside
 * its parent ("H Gupta (parent: Navneet Gupta)") as the child's; 21: since a dependant's mark ("Emma Chen
 * (student)") is cut from the names, and a dependant's whole name in the given-name field with no family
 * name ("ruby bell (student)") is read as a person's; 22: since a care home's, a practice's or a
 * specialty's words ("Assisted Living", "Nursing", "Apothecary", "Orthodontics") make a display an
 * organisation's; 23: since India's honorifics open a person's name as titles ("Shri", "Smt.", "Tmt."), "M/s" before a firm's name is no word of it and the "Sri" that
 * opens one is one word however spelt ("Shree", "Sree"), and a chemist's, a distributor's, a clinic's or a
 * laboratory's words ("Medicals", "Polyclinic", "Diagnostics"), and "Elem", make a display an organisation's; 24: since a slip in an
 * organisation's long word ("Corportaion", "Mangaement") is read as the word, a building's street words ("Street", "Parkway", "E" before
 * its number) and a condominium's "Bd of Mgrs" as one form (the Hebrew and Yiddish forms of the same stop are comparisons', no key's); 25: since a
 * line naming a unit in its building and no numbered street ("Shop 4, Ground Floor, Building 59, Al Muroor") is read as the unit's number and the
 * building's words, the Gulf's legal forms (FZE, FZCO, DMCC, Est., "Limited Liability Company") and one ending a name before its site are
 * dropped, traders' words written short ("Gen. Trdg.", "Contg.", "Bldg.", "Sch.") are one form, and a name with a patronymic's link ("Hind bint
 * Mansour Al Hajiri") or the record's own town after it in parentheses is read as a person's; 26: since a legal form that opens a
 * name ("SARL Fromagerie Bertin"), Latin America's forms ("S.A. de C.V.", "S. de R.L."), "Société", a sole trader's "EI", French articles
 * ("Le", "Les", "L'") and a syndicat des copropriétaires' words are read as forms or no words of a name, a family name first in capitals ("BOURGEOIS Alexandre") as the family name, "M." before two names as a title, and a Romance street type that opens a street ("rue du Docteur Roux", "Av. Juárez") and "bis" as no words of it; 27: since Brazil's forms ("Limitada", "EIRELI", "Ltda ME", "Ltda EPP") are forms and Portuguese "e", "da", "do", "das", "dos" no words of an organisation's name, a phone's extension after "ramal", "anexo" or "poste" no digits of its number, and Spanish and Portuguese words for services, associations and equipment one form with the English ("Serviços", "Servs.", "Associação", "Equipamentos"); 28: since a street's line is read by its parts (a locality after a comma, a plot's block and lot before its street or subdivision: "Blk 5 Lot 12, Greenview Subd."), "loc." and "local" mark an extension, "dela" and "delos" are particles of a surname, and a firm's word mistyped ("Hardwaare"), capitals of no vowel ("CDK") and Philippine trades' words ("Piggery", "Agrivet") make no person's name; 29: since a phone field of several numbers keys each, "No." before a house's number and landmarks after a comma are no part of the street, a market's lettered shop ("Shop F54") is a unit, Malaysia's "Jln" and "Tmn" are "Jalan" and "Taman", a register's country before a form ("Nig. Ltd") is part of the form, and "dela" and "delos" before two words open a middle name; 30: since a house's number after a German or Dutch closing type written apart ("Hohe Straße 54", "Emil-Hoffmann-Str. 144") or joined to it ("Moltkestrasse175") is the house's, "0049" opens an international number, a household's display ("Familie Möller", "Fam. Sommer") names its person of that surname, a record named by an initial alone has no name, and German trades' words ("Elektrotechnik", "Sanitär", "Immobilien") are firms', capitals "Ł" and "Ø" fold as their small letters, Poland's "ul." and "os." open no street's word, its forms written every way are forms and "Wspólnota Mieszkaniowa" and "Urząd Gminy" read as "WM" and "UG", and a phone's label ("kom.", "tel.") and "lub" between two numbers are no digits of one; 31: since UTF-8 read as Latin-1 ("GalvÃ¡n") is spelt again, a display that is the record's mailbox's login is no name, a display's last hyphenated word is a double surname, a register's country marker ("(K) Ltd") no word of a name, a payment's number ("Till 2065748") no phone, "toestel"/"tst." an extension and a label inside a phone field another number, "VvE" an owners' association's kind, Dutch titles ("mevr.", "dhr.") no given names, "p/a" and "t.a.v." care of, Dutch floors and boxes after a house's number ("12 2-hoog", "106 bus 3") no part of its street and a street's patron written short ("Burg.", "Dr.", "St.") one with it written out; 32: since Turkish addresses ("Kurtuluş Mah. Yüksel Sk. No:113 D:13", "4869. Sokak") and Vietnamese ones ("Số 53 Đường Lạc Long Quân, Phường 6", "27/46/57 Pasteur") are read by their parts, Turkey's forms ("Ltd. Şti.", "A.Ş.", "San. ve Tic.") and Vietnam's opening ones ("Công ty TNHH", "CTCP") are forms, a Vietnamese person's given name is the last of their names, "Bey"/"Hanım" after a given name and "anh"/"chị"/"Ông" before one are honorifics, "dahili", "máy lẻ", "Cep", "ĐT"/"DĐ"/"Zalo" mark extensions and numbers, and Vietnam's old eleven-digit mobiles are renumbered; 33: since a town and postcode written on the street line ("Via Roma, 10, 40121 Bologna (BO)") are read into their fields, a province's code after a town is no word of it, Italy's short street types ("V.le", "P.zza", "L.go", "C.so") are written out, a house's number after a comma and "n.", "nr.", "civ." before it are the house's, a street's patron's given name or initial ("Via G. Marconi") and a saint's word ("S.", "Santo") are read in one form, Italy's provincial towns' generic postcodes ("40100") are no street's, "oppure", "interno" and numbers with slashes inside them parted by a spaced slash are read, and Italy's firms' words written short ("Idr.", "Impt.", "Costr.", "Cond."), titles ("Geom.", "Arch.", "Sig.") and "S.r.l. unipersonale" are read; 34: since digits of every script are read as ASCII ("٠١٢٧٧٢٣٩٨١٣"), Arabic's letters written one way for another ("ة"/"ه", "ى"/"ي") are one letter, countries' names in Arabic, Chinese, Japanese, Korean, Hindi, Russian, Persian, Hebrew and Thai are read, Arabic streets ("شارع … رقم ٧١", "ش مكرم عبيد", "Sh. El Galaa") and their units and landmarks are read, "او" and "WhatsApp" part a phone field's numbers, and an Arabic family name's article ("Hassan Sameh El Banna") makes a person's name; 35: since a company's display with its contact in brackets ("Shree Tulja Bhavani Elect. (Balasaheb Gokhale)") is the company's, "Messrs." no word of a name, "Apt." an owners' association's apartments, towns go by their names now ("Poona" as Pune), and India's unit marks ("H.No.", "Gala No.", "Sr. No.", "Plot No.D-178") and a unit's number alone before its street's line ("H.No.1605" / "Alandi Road") are read; 36: since Urdu's letters are read as Arabic's ("ہ", "ۃ" as "ه", "ے" as "ي", "ں" as "ن", "ھ" none) and "Muhammad" alone in the given name's field before two words reads the first of them as the given name, and Urdu's address words ("مکان نمبر", "گلی نمبر", "دکان نمبر", "روڈ") and "H#" are read; 37: since a Chinese record's characters are read in their Simplified forms, its person's name parted after the surname and its title off ("陈先生", "杨承勇经理"), its firm's form and trade read in English ("有限公司", "工业": "Co., Ltd.", "industrial"), and its Taiwanese or mainland address read by its road, section, lane, alley and number in one form with Taiwan's English form ("仁德区福德街271巷77号11F" / "11F., No. 77, Ln. 271, Fute St."); 38: since Arabic-script text an old import read as Windows-1256 or Windows-1252 is spelt again ("ط³غŒط¯" as "سید"), Iran's titles ("Aghaye", "Seyyedeh", "آقای", "خانم") are no names, Persian's words of a firm's trade are read in English ("لوازم یدکی": spare parts) and an Iranian address is read by its plate and street ("خیابان حافظ، کوچه ۲۳، پلاک ۲۴۶": "246 حافظ St"); 39: since a US rural route's, highway contract route's or military post's box is read as its house's number on the route ("RR 2, Box 145", "HCR 61 Box 296", "PSC 2815 Box 6936"), a county road and a highway in one form each ("Co. Rd. 412" / "CR 412", "MO-60" / "State Highway 60" / "Hwy 60"), "POB", "Box" and "Drawer" as a post office box, an old billing system's "LAST FIRST MI" display read for its given name, and a farm's trades ("Dairy", "Cattle", "Hay") as trades; 40: since a hyphenated Arabic surname or one opening with an article ("Al-Amin", "El Sayed") is one surname beside "Muhammad" and a word's own hyphen stays in a branch ("- Pre-K Program"); 41: since Spain's addresses are read as Spain writes them ("Av. Sabino Arana, nº 17, Bl. 1, 1° izda.", "C/Cervantes, 23" beside "8º izq.", "Santutxu kalea, 43": the numbered street first, the type in one spelling, its floor and door off), a person's two surnames in a record of Spain ("Susana Cruz Calvo", "Joaquín Díaz de Mera García") and "María del …" as her given name, Spain's sports clubs' kinds written short ("C.D.", "Soc. Dep.", "Club Polid.") and "Sección" off, and Romania's sole traders' forms ("P.F.A.", "Î.I.") after the name and "S.C." off; 42: since a person's display of a client and the payer billed for them ("Rose Kowalski c/o Linda Price", "Linda Price for Rose Kowalski", "Rose Kowalski / Linda Price (dau)", "- Bayfront Guardians pays", "(POA Linda)") is read as the client's, where the fields hold the payer's names, and a program's name after a colon ("Westend CRC: Senior Outreach") is its unit; 43: since Portugal's forms ("Lda", "Unipessoal", "Sociedade Anónima", "SGPS", "CRL") are forms, a condomínio an owners' association, a herança ("Herança de …", "Cabeça de casal da herança de …") or a sucesión the deceased's estate, Portugal's trades' words are trades, and Portugal's addresses are read as Portugal writes them ("R. da Estação, 22" / "R ESTACAO 22": its types in one spelling, the article after the type and the floor off); 44: since a couple's display whose given name the lists lack or whose surname is of three words ("David & Hanh Tran", "Rafael & Cristina De La Garza") is a couple's, not a partnership's, and a word before a dash and the record's surname ("Daisy - Maldonado", no given name in its field) is no given name, Sweden's forms ("AB", "Aktiebolag", "HB", "KB", "Ek. för.", "Aktiebolaget …" first), owners' associations ("Brf", "Bostadsrättsföreningen"), estates ("Dödsbo efter …", "…s dödsbo", "DB …"), trades' and associations' words are read, an organisation number ("556677-8899") is no word of a name, and Sweden's addresses are read as Sweden writes them ("Rådhusg. 30", "Ö. Kyrkogatan", "Vaennaesvaegen", a c/o first line beside the street's); 45: since an English household's display ("The Carter Family", "Morris Family (Aarav, Naomi)", "The Whitaker Household") names the person its fields name, a payer's record named by the child it pays for ("Parent of Emma Carter", "Emma Carter (parent)") is the payer's, a note of the child and its school year or a camp's session after the payer's name ("- Liam 3rd gr", "(Hazel 2nd)", "- Session 2") is no word of it, and "Schol." a scholarship's word; 46: since a couple's display joined by "et", "y", "e", "und", "en", "och" or "og" is a couple's, "Madame", "Monsieur" and "Mademoiselle" are titles, Québec's "CPE", "CSS" and "S.D.C." are one name with their words written out, "Pharm." a pharmacy's word, "incorporée" a form, "Twp." and "Cem." a township's and a cemetery's words, a company field of a form's word for none ("None", "N/A", "Particulier") no company, an estate's executor's care after its name ("Estate of X c/o Y") no part of it, and "Mrs." before a man's given name no given name of hers. 47: since Finland's housing and property companies' forms written every way ("Asunto Oy", "As. Oy", "Bostads Ab", "Kiint. Oy", "Koy") are one kind's word, "Osakeyhtiö", "Oyj", "Tmi", "ry" and "rf" forms and a sole trader's "Tmi" opening a name moved after it, a business ID (Y-tunnus) in a name no word of it, "Tre" Tampere's genitive, a couple joined by "ja", "och" or "og" one joined by "&", Finnish short forms of given names and Finnish and Swedish twins one name, an estate's "Kuolinpesä" and "kp" read, "PL" and "PB" post boxes, a record of Finland's first line sent care of its manager set aside, Finland's bilingual towns by their Finnish names, an owners' association's name cut inside "Association" written whole and its managing agent's bracketed code no word of it, and a company's former name after its own ("formerly", "fka", "vormals", "ent.") no word of its name; 48: since countries' names in every language i18n-iso-countries ships are read ("Magyarország", "Česko"), Hungary's forms ("Kft.", "Bt.", "Zrt.", "e.v.", "Korlátolt Felelősségű Társaság") are forms, its tax number in a name no word of it, a Társasház's name read by its street and number, a married woman's "-né" names, "ifj."/"id." and "és neje" read, Hungarian short forms of given names one name, and Hungary's street kinds written short ("u.", "krt.") and floors and doors ("4. em. 3.", "fszt. 2.", "IV/3") read, Hungary's estates ("hagyatéka"), Switzerland's enterprise number (UID CHE-…) no word of a name, "Sagl" and the French and Italian forms written out forms, a condominium owners' community ("StWEG", "PPE", "Stockwerkeigentümergemeinschaft") one word, and an heirs' community ("Erbengemeinschaft", "Hoirie de", "Eredi fu") an estate; 49: since HTML's character references in a field ("&amp;", "&#39;") are read as their characters a person's display closed by "& Family" as the names before it, a billing system's note on an account after its name ("- AUTOPAY", "(LIEN NOTICE SENT)") and a unit's code after a person's names ("UP29") no words of them,, Millie, Fannie, Sallie and Al short forms of Mildred, Frances, Sarah and Alvin, and "Boro", "Vly" and "Cmpgrd" a borough's, a valley's and a campground's words.; 50: since a record of Czechia or Slovakia is read as its systems write it (Windows-1250 text read as Windows-1252 or UTF-8 spelt again, "s.r.o.", "spol. s r.o.", "a.s." and "Společenství vlastníků jednotek" in one spelling each, an IČO beside a name no word of it, titles ("Ing.", "Mgr.") and "pan"/"paní" no names, "ml."/"st." generations, both names in the family name's field read apart, a PSČ in the town's field and a statutory city's district off it, "nebo" and "kl." in a phone field) and Czech short forms of given names (Honza, Jarda, Verča) are their names'.; 51: since Indonesia's records are read as its systems write them (`withIndonesianRead`: streets, towns, saved names, old spelling), and Greece's (`withGreekRead`: Greek letters and Latin ones by one key, forms and the ΑΦΜ off names).; 52: since a claim's loss payee, a form's word for no one, a tax or identity number in a name, Colombia's addresses and its
 * buildings' "P.H." are read); 53: since the names' frequency in their postcode's area is weighed ("za:", "gf:" counted), a couple's display with no name fields
 * is read as the household's person and "LAST FIRST MI" in small letters or after a title as such, and township roads and "St Rt" are
 * read as roads. Only ever goes up:
 * mirrors keyed at 3 by the reverted reading are re-keyed only because 4 > 3.
 */
export const LINKAGE_KEYS_VERSION = 53;

/**
 * The keys a record is indexed under in the tenant's mirror: blocking keys (kinds in
 * BLOCKING_KEY_RANK) find candidates; every key is also counted for term frequencies
 * ("f:" family, "g:" given, "c:" city, "z:" postcode, "s:" street, "n:" whole name, "e:" e-mail...).
 */
/**
 * A phone's key: its national number (or, unread, its digits) without the trunk prefix's zeros,
 * so one number is one key however its record's country was read ("+44 141 496 0869" in the UK,
 * "0141 496 0869" with no country): its frequency counts every customer that gives it.
 */
export function phoneKey(r: Pick<LinkageRecord, 'phone' | 'phoneNational'>): string {
  return (r.phoneNational ?? (r.phone ?? '').replace(/\D/g, '')).replace(/^0+/, '');
}

export function linkageKeys(r: LinkageRecord): string[] {
  const keys = new Set<string>();
  if (r.email !== null) keys.add(`e:${r.email}`);
  for (const other of r.otherEmails) keys.add(`e:${other}`);
  if (r.emailLocal !== null && !isGenericMailbox(r.emailLocal)) keys.add(`el:${r.emailLocal}`);
  if (r.phone !== null) keys.add(`p:${phoneKey(r)}`);
  if (r.phone !== null && r.phoneExtension !== null) keys.add(`p:${phoneKey(r)}x${r.phoneExtension}`);
  for (const other of r.otherPhones) keys.add(`p:${other}`);
  if (r.phoneLocal7 !== null) keys.add(`p7:${r.phoneLocal7}`);
  if (r.nameKey !== null) keys.add(`n:${r.nameKey}`);
  const named = r.nameTokens.filter((t) => t.length > 1 || r.nameTokens.length === 1);
  const first = named[0];
  const last = named[named.length - 1];
  if (first !== undefined && last !== undefined) {
    if (named.length > 1) keys.add(`b:${[first.slice(0, 3), last.slice(0, 3)].sort().join(' ')}`);
    else keys.add(`b:${first.slice(0, 4)}`);
    const pf = phoneticCodes(first)[0];
    const pl = phoneticCodes(last)[0];
    if (pf !== undefined && pl !== undefined) keys.add(`pn:${named.length > 1 ? [pf, pl].sort().join(' ') : pf}`);
  }
  const area = r.postcode === null ? null : r.postcode.slice(0, 3);
  if (r.isPerson && r.family !== null) {
    keys.add(`f:${r.family}`);
    if (area !== null) keys.add(`fz:${r.family}|${area}`);
    if (r.city !== null) keys.add(`fc:${r.family}|${r.city}`);
    if (r.given !== null && area !== null && r.given.length > 1) keys.add(`gz:${r.given}|${area}`);
    if (r.given !== null) {
      keys.add(`g:${r.given}`);
      const family = r.family.replace(/ /g, '');
      keys.add(`ff:${family}|${r.given.slice(0, 1)}`);
      // Counted only: the customers of this given name and surname, whatever middle names they write ("Alice Blanche Balfour"), for
      // a name's locality (`localNames` of linkage-scoring: other persons' names only).
      keys.add(`gf:${family}|${r.given}`);
      // A surname of six letters or more keeps one of these whole under any one letter mistyped in
      // its first letters or its middle, asking only the given name's initial; a slip in its last
      // three letters keeps the 3-letter prefixes ("b:", which ask the given name's too).
      if (family.length >= 5) keys.add(`fs:${family.slice(-4)}|${r.given.slice(0, 1)}`);
      if (family.length >= 6) keys.add(`fx:${family.slice(0, 2)}${family.slice(-3)}|${r.given.slice(0, 1)}`);
      // A given initial against a name written out, with the surname mistyped after its third
      // letter ("R. Andersno" / Bob Anderson): the prefixes above ask the given name's first three.
      if (family.length >= 4) keys.add(`fi:${family.slice(0, 3)}|${r.given.slice(0, 1)}`);
      const pg = phoneticCodes(r.given)[0];
      const pf = phoneticCodes(family)[0];
      if (pg !== undefined && pf !== undefined) keys.add(`pn:${[pg, pf].sort().join(' ')}`);
    }
  }
  // Words of three letters or more, and numbers of five digits or more (a numbered company's, a
  // strata plan's: identifiers, where a store's "#12" or a street number is not).
  for (const t of new Set([...r.nameTokens, ...r.companyTokens])) if (/^\d+$/.test(t) ? t.length >= 5 : t.length >= 3) keys.add(`t:${t}`);
  if (r.companyTokens.length > 0) keys.add(`n:${[...r.companyTokens].sort().join(' ')}`);
  if (r.postcode !== null) keys.add(`z:${r.postcode}`);
  // Counted only: the tenant's customers in the postcode's area, beside its persons' given and family names there ("gz:", "fz:"), for
  // a name's frequency in its place (`localNames` of linkage-scoring).
  if (area !== null) keys.add(`za:${area}`);
  if (r.city !== null) keys.add(`c:${r.city}`);
  if (r.postcode !== null && r.houseNumber !== null) keys.add(`a:${r.postcode.slice(0, 5)}|${r.houseNumber}`);
  if (r.houseNumber !== null && r.street !== null) keys.add(`as:${r.houseNumber}|${r.street.slice(0, 4)}`);
  if (r.street !== null) keys.add(`s:${r.street}`);
  return [...keys];
}

/** The kind of a key ("e" of "e:ann@x.example"). */
export function keyKind(key: string): string {
  return key.slice(0, key.indexOf(':'));
}
