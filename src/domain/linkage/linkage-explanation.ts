import { FieldLevel, FieldName, NameClash } from './field-comparisons';
import { FieldEvidence } from './linkage-scoring';

const PHRASES: Record<FieldName, Partial<Record<FieldLevel, string>>> = {
  given: {
    exact: 'same given name',
    nickname: 'given name is a nickname of the other',
    alias: 'given names are a known nickname pair',
    typo: 'given name differs by a letter or two',
    phonetic: 'given names sound alike',
    'other-sex': "the other sex's form of the given name",
    initial: 'given name matches an initial',
    different: 'different given names',
  },
  family: { exact: 'same surname', typo: 'surname differs by one letter', phonetic: 'surnames sound alike', different: 'different surnames' },
  name: { exact: 'same name', typo: 'names differ by a typo', contained: 'one name contains the other', partial: 'names share some words', different: 'different names' },
  company: { exact: 'same company', close: 'similar company names', different: 'different companies' },
  contact: { exact: 'same contact person', partial: "contact persons' given name or surname agree", different: 'different contact persons' },
  email: {
    exact: 'same e-mail',
    typo: 'e-mail differs by one character',
    'same-local': 'same e-mail name at another domain',
    'same-domain': 'e-mails at the same company domain',
    different: 'different e-mails',
  },
  phone: { exact: 'same phone', local7: 'same phone number, area code missing or different', typo: 'phone differs by one digit', different: 'different phones' },
  street: { exact: 'same street address', typo: 'street address differs by a typo', 'same-street': 'same street, another house number', different: 'different street addresses' },
  postcode: { exact: 'same postcode', close: 'postcode differs by one character', prefix: 'postcodes share their area', different: 'different postcodes' },
  city: { exact: 'same city', typo: 'city spelt differently', different: 'city differs' },
  country: { exact: 'same country', different: 'different countries' },
};

const CLASH_PHRASES: Record<NameClash, string> = {
  numbering: ' (numbered each by another number: another organisation of the same manager or chain?)',
  'number-slip': ' (numbered one digit apart: another organisation of the same owner, or a typo?)',
  form: ' (of two legal forms: another organisation of the same owner?)',
  site: ' (one named for a site in another town: another site of the same business?)',
  group: ' (two companies sharing a name, each with its own trade or one the holding: two companies of one group, or one renamed?)',
  contact: " (a company's record against its contact person's: the company, or its owner as a customer of their own?)",
  managed: " (at contact details other customers here give too: another customer of the same manager or agent?)",
  'other-name': ' (no word in common: another company of the same owner, or one renamed?)',
  'common-words': " (in common only words many customers' names here have: another customer of the same kind, or one renamed?)",
  kind: ' (institutions of two kinds: a parish and its school?)',
  trade: ' (named for two trades: another business of the same owner?)',
  affiliate: " (one the other's foundation, or a body of its members or supporters: its PTA, guild or women's group?)",
  unit: ' (two units of one body, each named by words of its own: two departments or offices billed apart?)',
  estate: " (one owners' association's name the other's with words of its own: another phase or section of the estate?)",
  agent: " (a person billed care of an agent against the agent's own record: the agent's client, not the agent?)",
  department: ' (two departments or desks of one organisation at one address, where this company keeps several customers: billed apart?)',
  facility: " (two facilities of one operator, each named by words of its own, at two addresses: the operator's e-mail and phone agree for both)",
  sites: " (two sites, campuses or properties of one organisation, each named by words of its own: the organisation's e-mail and phone agree for both)",
  property: ' (one named for its own street address, the other elsewhere: a property billed apart from its owner, or another property?)',
  decedent: " (a deceased's estate or executors against the person's own record: the account carried on, or the estate a customer of its own?)",
  'public-body': ' (a government and a body of its own of its name: its authority, fire company or ambulance?)',
  clients: " (two persons billed care of one agent, whose e-mail, phone and office all its clients give: only the names tell them apart)",
};

function strength(weight: number): string {
  const a = Math.abs(weight);
  const word = a >= 10 ? 'very strong' : a >= 5 ? 'strong' : a >= 2 ? 'moderate' : 'weak';
  return `${word} ${weight >= 0 ? 'for' : 'against'}`;
}

/** One field in words: "surname differs by one letter: strong for (+5.1)". */
export function describeField(e: FieldEvidence): string | null {
  if (e.level === 'missing') {
    if (e.clash === undefined) return null;
    const what = e.clash === 'agent' || e.clash === 'clients' ? 'billed through an agent' : 'names of two organisations';
    return `${what}${CLASH_PHRASES[e.clash]}: no evidence for or against a stranger (0.0)`;
  }
  let phrase = PHRASES[e.field][e.level] ?? `${e.field} ${e.level}`;
  if (e.field === 'email' && e.level === 'same-local' && e.context === 'name-derived') phrase = 'same e-mail name, at another domain or with another number';
  if (e.clash !== undefined) phrase += CLASH_PHRASES[e.clash];
  if (e.fullNameSharedBy !== undefined) phrase += ` (the whole name shared by ${e.fullNameSharedBy} customers here)`;
  else if (e.sharedBy !== undefined) phrase += e.sharedBy <= 1 ? ' (rare here)' : ` (shared by ${e.sharedBy} customers here)`;
  if (e.swapped === true) phrase += ' (given and family names swapped)';
  if (e.context === 'street-agrees') phrase += e.level === 'different' ? ' for the same street' : ', as the street implies';
  else if (e.context === 'postcode-agrees') phrase += e.level === 'different' ? ' for the same postcode' : ', as the postcode implies';
  else if (e.context === 'street-differs' && e.level !== 'different') phrase += ' though the street differs';
  else if (e.context === 'name-derived') phrase += ', made of the names';
  else if (e.context === 'names-differ' && e.level === 'exact') phrase += ' beside names that differ (an owner or manager of several?)';
  return `${phrase}: ${strength(e.weight)} (${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(1)})`;
}

/** Every compared field in words, strongest first; missing fields are no evidence and are left out. */
export function describeEvidence(fields: readonly FieldEvidence[]): string[] {
  return [...fields]
    .filter((f) => f.level !== 'missing' || f.clash !== undefined)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map(describeField)
    .filter((x): x is string => x !== null);
}
