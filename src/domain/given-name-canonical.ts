/**
 * Common English given-name diminutives → a canonical form, so "Bob Smith" and "Robert Smith"
 * share a match key. Deliberately conservative: only pairs that are rarely distinct people.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['william', 'bill', 'billy', 'will', 'willie', 'liam'],
  ['richard', 'rick', 'ricky', 'dick', 'rich', 'richie'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'johnny', 'jack', 'jon'],
  ['jonathan', 'jonny', 'jon'],
  ['joseph', 'joe', 'joey'],
  ['thomas', 'tom', 'tommy'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['christopher', 'chris', 'kit'],
  ['charles', 'charlie', 'chuck', 'chas'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['matthew', 'matt'],
  ['anthony', 'tony'],
  ['andrew', 'andy', 'drew'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['steven', 'steve', 'stephen', 'stevie'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['alexander', 'alex', 'xander', 'sasha'],
  ['nicholas', 'nick', 'nicky'],
  ['patrick', 'pat', 'paddy'],
  ['peter', 'pete'],
  ['timothy', 'tim', 'timmy'],
  ['gregory', 'greg'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['lawrence', 'larry'],
  ['gerald', 'gerry', 'jerry'],
  ['frederick', 'fred', 'freddie'],
  ['raymond', 'ray'],
  ['douglas', 'doug'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby', 'betsy'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge'],
  ['katherine', 'kate', 'katie', 'kathy', 'kat', 'catherine', 'cathy', 'kathryn'],
  ['jennifer', 'jen', 'jenny'],
  ['rebecca', 'becky', 'becca'],
  ['susan', 'sue', 'susie', 'suzanne'],
  ['deborah', 'deb', 'debbie', 'debra'],
  ['patricia', 'patty', 'trish', 'tricia'],
  ['barbara', 'barb', 'babs'],
  ['victoria', 'vicky', 'tori'],
  ['jessica', 'jess', 'jessie'],
  ['samantha', 'sammie'],
  ['abigail', 'abby'],
  ['christine', 'christina', 'chrissy', 'tina'],
  ['alexandra', 'alexa', 'sandra', 'sandy'],
  ['dorothy', 'dot', 'dottie'],
  ['judith', 'judy'],
  ['pamela', 'pam'],
  ['kimberly', 'kim'],
  ['stephanie', 'steph'],
  ['theresa', 'teresa', 'terry', 'tess'],
  ['amanda', 'mandy'],
  ['melissa', 'missy', 'mel'],
  ['anne', 'ann', 'annie', 'anna', 'nan'],
  // Spellings of one name, and the Spanish diminutives common in US lists.
  ['sean', 'shawn', 'shaun'],
  ['jose', 'pepe'],
  ['francisco', 'paco', 'pancho'],
  ['roberto', 'beto'],
  ['jesus', 'chuy'],
  ['guillermo', 'memo'],
  ['ignacio', 'nacho'],
  ['eduardo', 'lalo'],
  ['gabriela', 'gaby'],
  // One Arabic name's spellings, and the short forms written for it in Malaysia, Singapore and Brunei ("Mohd.", "Muhd.").
  ['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad', 'mohd', 'muhd'],
];

const CANONICAL = new Map<string, string>();
/** canonical → every name of its group. */
const MEMBERS = new Map<string, readonly string[]>();
for (const group of GROUPS) {
  const canonical = group[0] ?? '';
  for (const name of group) if (!CANONICAL.has(name)) CANONICAL.set(name, canonical);
  MEMBERS.set(canonical, group);
}

/** The names of the group a canonical name heads ("robert" → bob, bobby, rob...); empty for a name heading none. */
export function groupMembers(canonical: string): readonly string[] {
  return MEMBERS.get(canonical) ?? [];
}

/** The canonical form of a (normalised, lower-case) given name: "bob" → "robert"; unknown names unchanged. */
export function givenNameCanonical(givenName: string): string {
  return CANONICAL.get(givenName) ?? givenName;
}
