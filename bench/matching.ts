import 'reflect-metadata';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CustomerMirrorRepository } from '../src/customers/customer-mirror-repository';
import { asLinkageCandidate, LinkageCandidateSearch } from '../src/customers/linkage-candidate-search';
import { createDataSource, runMigrationsLocked } from '../src/db/data-source';
import { servicesUp } from '../src/dev-services';
import { CustomerContact } from '../src/domain/customer-contact';
import { candidatesToFlag, linkageDecision, MatchDecision } from '../src/domain/linkage/linkage-decision';
import { DEFAULT_LINKAGE_PARAMETERS, LinkageParameters } from '../src/domain/linkage/linkage-parameters';
import { EstimateLinkageParameters, IncomingSample } from '../src/customers/estimate-linkage-parameters';
import { createLogger } from '../src/logger';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../src/domain/linkage/linkage-record';
import { QboCustomer } from '../src/qbo/qbo-client';
import { createBenchDatabase } from './bench-database';
import { febrlHoldout } from './febrl-holdout';
import { rng } from './rng';

/**
 * `npm run bench:matching`: quality and cost of customer resolution.
 *
 * Quality, on three datasets with ground truth, for the linkage model (candidates from the
 * Postgres mirror's match keys, then the Fellegi–Sunter decision with the default parameters)
 * under both ambiguous-customer policies, and in the same run for the baseline of exact
 * DisplayName-or-email matching: correct outcomes, false links (a link to another entity),
 * duplicates (a create where the entity already existed in QBO, including customers created
 * earlier in the run; and how many of them were flagged with the right customer), held for
 * review (policy 'review'). Under policy 'create' an ambiguous customer is created (and
 * flagged). Each dataset and policy runs in its own tenant; creates join the mirror.
 *  - chicago-childcare (../shared/datasets): one record per organisation from two of its
 *    sources is the QBO company; every other record arrives as an incoming customer.
 *  - generated: persons and companies, each other record of them as harsh as real records:
 *    typos in names, e-mail, phone, street, house number, postcode and city; nicknames,
 *    initials, swapped and "Last, First" names; missing fields; changed e-mails and phones;
 *    moves; swapped address lines; legal suffixes; plus household members (same surname,
 *    address and often e-mail) and namesakes (same name, nothing else), and new customers.
 *  - historical-figures (../shared/datasets): a seeded sample of 700 persons' records (no
 *    e-mail or phone; given, family, full name, postcode, birth place as city), 60% of them
 *    with one record in QBO, beside one record each of 2,500 other persons.
 * Cost: 10,000 contacts resolved (candidate search + decision) against mirrors of 10,000 and
 * 100,000 customers, measured in turn (one contact of each), then against 1,000 tenants of
 * 100 customers beside those two tenants in the same tables (the three in turn again):
 * per-contact p50 and p99, and each p99's ratio to the 10,000's measured with it.
 * The last line is a JSON summary. BENCH_MATCHING_QUALITY_ONLY=1 / BENCH_MATCHING_COST_ONLY=1
 * run one part; BENCH_MATCHING_DATASET=name one dataset; BENCH_MATCHING_DEBUG=1 prints false
 * links (and every level does), =2 duplicates, =3 held customers, each with the evidence; BENCH_MATCHING_SWEEP=file
 * appends each decision's best probability (for choosing thresholds on all datasets at once);
 * BENCH_MATCHING_FILE=path.jsonl scores a labelled file of your own (see labelledFile).
 */

const ROOT = path.resolve(__dirname, '../..');
const log = (line: string) => process.stdout.write(`${line}\n`);

// ----------------------------------------------------------------------------- CSV

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ----------------------------------------------------------------------------- datasets

interface Record_ {
  entity: string;
  contact: CustomerContact;
}

interface Dataset {
  name: string;
  existing: Record_[];
  incoming: Record_[];
}

function chicago(): Dataset {
  const file = path.join(ROOT, '..', 'shared', 'datasets', 'chicago-childcare', 'providers-with-true-ids.csv');
  // Mostly UTF-8 with a few stray bytes: decoded leniently (they become U+FFFD).
  const text = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(file));
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) throw new Error(`${file} is empty`);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column "${name}"`);
    return i;
  };
  const [iTrue, iSource, iName, iAddr, iZip, iPhone, iEmail] = ['True Id', 'Source', 'Site name', 'Address', 'Zip', 'Phone', 'Email Address'].map(col) as [
    number, number, number, number, number, number, number,
  ];
  const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const qboSources = new Set(['CPS_Early_Childhood_Portal_scrape.csv', 'chapin_dfss_providers_2011_070212.csv']);
  const existing: Record_[] = [];
  const incoming: Record_[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.length < header.length - 2) continue;
    const entity = clean(r[iTrue]);
    const name = clean(r[iName]);
    if (entity === '' || name === '') continue;
    const rec: Record_ = {
      entity,
      contact: {
        displayName: name,
        phone: clean(r[iPhone]) || null,
        email: clean(r[iEmail]) || null,
        address: { line1: clean(r[iAddr]) || null, postalCode: clean(r[iZip]) || null, city: 'Chicago', region: 'IL' },
      },
    };
    if (qboSources.has(clean(r[iSource])) && !seen.has(entity)) {
      seen.add(entity);
      existing.push(rec);
    } else incoming.push(rec);
  }
  return { name: 'chicago-childcare', existing, incoming };
}


const GIVEN = [
  'Robert', 'William', 'Richard', 'James', 'John', 'Joseph', 'Thomas', 'Michael', 'Christopher', 'Daniel', 'David', 'Matthew', 'Anthony',
  'Andrew', 'Edward', 'Steven', 'Benjamin', 'Samuel', 'Alexander', 'Nicholas', 'Patrick', 'Peter', 'Timothy', 'Gregory', 'Kenneth',
  'Elizabeth', 'Margaret', 'Katherine', 'Jennifer', 'Rebecca', 'Susan', 'Deborah', 'Patricia', 'Barbara', 'Victoria', 'Jessica',
  'Abigail', 'Christine', 'Dorothy', 'Judith', 'Pamela', 'Kimberly', 'Stephanie', 'Theresa', 'Amanda', 'Melissa', 'Anne', 'Maria',
  'Sofia', 'Aisha', 'Wei', 'Hiroshi', 'Priya', 'Olga', 'Chloé', 'José', 'Zoë', 'Siobhan', 'Tomasz', 'Ngozi', 'Mateo', 'Ingrid',
];
const NICK: Record<string, string> = {
  Robert: 'Bob', William: 'Bill', Richard: 'Rick', James: 'Jim', Joseph: 'Joe', Thomas: 'Tom', Michael: 'Mike', Christopher: 'Chris',
  Daniel: 'Dan', David: 'Dave', Matthew: 'Matt', Anthony: 'Tony', Andrew: 'Andy', Edward: 'Ed', Steven: 'Steve', Benjamin: 'Ben',
  Samuel: 'Sam', Alexander: 'Alex', Nicholas: 'Nick', Elizabeth: 'Liz', Margaret: 'Maggie', Katherine: 'Kate', Jennifer: 'Jen',
  Rebecca: 'Becky', Susan: 'Sue', Patricia: 'Trish', Victoria: 'Vicky', Jessica: 'Jess', Abigail: 'Abby', Pamela: 'Pam', Kimberly: 'Kim',
};
const SYLLABLE_A = ['Har', 'Mor', 'Wil', 'Ken', 'Bar', 'Cal', 'Dun', 'Fair', 'Gold', 'Hart', 'Lang', 'Marsh', 'North', 'Pen', 'Ross', 'Stan', 'Thorn',
  'West', 'Whit', 'Al', 'Brad', 'Carl', 'Ed', 'Hal', 'Ash', 'Black', 'Brook', 'Chad', 'Dal', 'Elling'];
const SYLLABLE_B = ['ley', 'ton', 'ford', 'wood', 'son', 'field', 'well', 'man', 'berg', 'stein', 'more', 'wick', 'by', 'ridge', 'ham', 'worth'];
const FAMILY = [
  ...SYLLABLE_A.flatMap((a) => SYLLABLE_B.map((b) => a + b)),
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris',
  "O'Neil", "O'Brien", 'McDonald', 'Nguyen', 'Kowalski', 'Müller', 'Okafor', 'Tanaka', 'Patel', 'Ivanova', 'Dubois', 'Lindqvist',
  'Fitzgerald', 'Abernathy', 'Castellanos', 'Hollingsworth', 'Vanderbilt', 'Nakamura', 'Oyelaran', 'Ramaswamy', 'Van der Berg',
];
const BIZ_A = ['Acme', 'Blue Ridge', 'Summit', 'Harbor', 'Maple', 'Granite', 'Pioneer', 'Evergreen', 'Silver Lake', 'Northwind', 'Redwood',
  'Cedar', 'Lakeside', 'Golden Gate', 'Riverbend', 'Oakmont', 'Sunrise', 'Beacon', 'Prairie', 'Coastal', 'Ironwood', 'Willow'];
const BIZ_B = ['Plumbing', 'Dental', 'Landscaping', 'Bakery', 'Consulting', 'Electric', 'Roofing', 'Auto Repair', 'Design Studio', 'Law Group',
  'Veterinary Clinic', 'Catering', 'Cleaning', 'Books', 'Fitness', 'Florist', 'Printing', 'Analytics', 'Hardware', 'Coffee'];
const BIZ_C = ['', ' LLC', ' Inc.', ' Co.', ' Ltd', ' & Sons', ' Group', ' Corp.'];
const STREETS = ['Main', 'Oak', 'Pine', 'Maple', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Sunset', 'Lincoln', 'Jackson', 'Madison'];
const TYPES: Array<[string, string]> = [['St', 'Street'], ['Ave', 'Avenue'], ['Rd', 'Road'], ['Blvd', 'Boulevard'], ['Dr', 'Drive']];

interface Person {
  entity: string;
  kind: 'person' | 'company';
  given: string;
  family: string;
  company: string;
  email: string;
  phone: string; // 10 digits
  number: number;
  street: string;
  type: [string, string];
  zip: string;
  city: string;
}

const CITIES = ['Chicago', 'Evanston', 'San Francisco', 'Oakland', 'New York', 'Brooklyn', 'Los Angeles', 'Pasadena', 'Boston', 'Cambridge'];
const PROVIDERS = ['gmail.com', 'yahoo.com', 'outlook.com', 'fastmail.com', 'icloud.com', 'aol.com'];

/**
 * A generator of customers and of other records of them, as harsh as real records: typos in
 * every field (names, e-mail, phone, street, house number, postcode, city), nicknames,
 * swapped and "Last, First" names, initials, missing fields, changed e-mail addresses and
 * phones, moved addresses, swapped address lines, legal-suffix changes; plus namesakes
 * (same name, nothing else) and household members (same surname, address and e-mail).
 */
function makeGenerator(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const chance = (p: number) => r() < p;
  let n = 0;
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(r() * 10)).join('');
  const person = (): Person => {
    n += 1;
    const kind = r() < 0.7 ? 'person' : 'company';
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const company = `${pick(BIZ_A)} ${pick(BIZ_B)}${pick(BIZ_C)}`;
    const local = kind === 'person' ? `${given}.${family}`.toLowerCase().replace(/[^a-z.]/g, '') : company.split(' ')[0]?.toLowerCase() ?? 'info';
    return {
      entity: `e${seed}-${n}`,
      kind,
      given,
      family,
      company,
      email: `${local}${n}@${kind === 'person' ? pick(PROVIDERS) : `${local}${n}.example`}`,
      phone: `${pick(['312', '415', '646', '213', '617'])}${digits(7)}`,
      number: 1 + Math.floor(r() * 9000),
      street: pick(STREETS),
      type: pick(TYPES),
      zip: `${pick(['60', '94', '10', '90', '02'])}${digits(3)}`,
      city: pick(CITIES),
    };
  };
  const fmtPhone = (p: string, style: number) =>
    [`(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`, `+1 ${p.slice(0, 3)} ${p.slice(3, 6)} ${p.slice(6)}`, `${p.slice(0, 3)}.${p.slice(3, 6)}.${p.slice(6)}`, `${p.slice(3, 6)}-${p.slice(6)}`, `1${p}`][style] ?? p;
  const displayOf = (p: Person) => (p.kind === 'person' ? `${p.given} ${p.family}` : p.company);
  const canonical = (p: Person): CustomerContact => ({
    displayName: displayOf(p),
    givenName: p.kind === 'person' ? p.given : null,
    familyName: p.kind === 'person' ? p.family : null,
    companyName: p.kind === 'company' ? p.company : null,
    email: p.email,
    phone: fmtPhone(p.phone, 0),
    address: { line1: `${p.number} ${p.street} ${p.type[0]}`, postalCode: p.zip, city: p.city },
  });
  /** One keyboard slip: two neighbours swapped, a letter dropped, doubled or replaced. */
  const typo = (s: string) => {
    const letters = [...s];
    if (letters.length < 3) return s;
    const i = 1 + Math.floor(r() * Math.max(1, letters.length - 2));
    const op = Math.floor(r() * 4);
    if (op === 0 && letters[i + 1] !== undefined) [letters[i], letters[i + 1]] = [letters[i + 1] as string, letters[i] as string];
    else if (op === 1) letters.splice(i, 1);
    else if (op === 2) letters.splice(i, 0, letters[i] ?? 'e');
    else letters[i] = /\d/.test(letters[i] ?? '') ? String((Number(letters[i]) + 1) % 10) : pick([...'aeioulnrst']);
    return letters.join('');
  };
  /** The same entity written by another system or person. */
  const variant = (p: Person): CustomerContact => {
    let given = p.given;
    let family = p.family;
    let company = p.company;
    if (p.kind === 'person') {
      if (chance(0.25) && NICK[given] !== undefined) given = NICK[given] ?? given;
      else if (chance(0.2)) given = typo(given);
      else if (chance(0.05)) given = `${given[0] ?? ''}.`;
      if (chance(0.3)) family = typo(family);
    } else {
      if (chance(0.3)) company = typo(company);
      if (chance(0.3)) company = `${company.replace(/( LLC| Inc\.| Co\.| Ltd| Corp\.| & Sons| Group)$/, '')}${pick(['', ' LLC', ' Incorporated', ' Company'])}`;
    }
    const order = r();
    let displayName =
      p.kind === 'company' ? company : order < 0.1 ? `${family} ${given}` : order < 0.2 ? `${family}, ${given}` : `${given} ${family}`;
    if (chance(0.08)) displayName = displayName.toUpperCase();
    const explicit = p.kind === 'person' && chance(0.5);
    const drop = (q: number) => chance(q);
    let email: string | null = p.email;
    const e = r();
    if (e < 0.2) email = `${(p.kind === 'person' ? `${given[0] ?? ''}${family}` : company.split(' ')[0] ?? 'office').toLowerCase().replace(/[^a-z]/g, '')}${Math.floor(r() * 100)}@${pick(PROVIDERS)}`;
    else if (e < 0.3) email = typo(p.email.split('@')[0] ?? '') + '@' + (p.email.split('@')[1] ?? '');
    else if (e < 0.45) email = null;
    else if (e < 0.55) email = p.email.toUpperCase().replace('@', '+billing@');
    let phone: string | null = fmtPhone(p.phone, Math.floor(r() * 5));
    const ph = r();
    if (ph < 0.2) phone = null;
    else if (ph < 0.3) phone = fmtPhone(typo(p.phone).padEnd(10, '0').slice(0, 10), 0);
    else if (ph < 0.4) phone = fmtPhone(`${pick(['312', '415', '646'])}${digits(7)}`, 0);
    let number = String(p.number);
    let street = `${p.street} ${p.type[0]}`;
    let zip = p.zip;
    let city = p.city;
    const a = r();
    if (a < 0.2) {
      // Moved.
      number = String(1 + Math.floor(r() * 9000));
      street = `${pick(STREETS)} ${pick(TYPES)[1]}`;
      zip = `${pick(['60', '94', '10', '90', '02'])}${digits(3)}`;
      city = pick(CITIES);
    } else {
      const st = r();
      if (st < 0.15) street = `${p.street}${p.type[1]}`.toLowerCase();
      else if (st < 0.3) street = `${typo(p.street)} ${p.type[1]}`;
      else if (st < 0.4) street = `${pick(['N', 'S', 'E', 'W'])}. ${p.street} ${p.type[1]}`;
      if (chance(0.08)) number = typo(number.length > 1 ? number : `${number}${number}`).slice(0, number.length);
      const z = r();
      if (z < 0.1) zip = typo(zip).padEnd(5, '0').slice(0, 5);
      else if (z < 0.2) zip = `${zip}-${Math.floor(r() * 9000 + 1000)}`;
      if (chance(0.1)) city = typo(city);
    }
    const swapLines = chance(0.05);
    const address = drop(0.15)
      ? null
      : {
          line1: swapLines ? `Suite ${Math.floor(r() * 500)}` : `${number} ${street}`,
          line2: swapLines ? `${number} ${street}` : null,
          postalCode: drop(0.1) ? null : zip,
          city: drop(0.2) ? null : city,
        };
    return {
      displayName,
      givenName: explicit ? given : null,
      familyName: explicit ? family : null,
      companyName: p.kind === 'company' && chance(0.5) ? company : null,
      email,
      phone,
      address,
    };
  };
  return { person, canonical, variant, pick, r, chance };
}

function generated(existingCount: number, incomingCount: number, seed: number): Dataset {
  const g = makeGenerator(seed);
  const people = Array.from({ length: existingCount }, () => g.person());
  const persons = people.filter((q) => q.kind === 'person');
  const existing = people.map((p) => ({ entity: p.entity, contact: g.canonical(p) }));
  const incoming: Record_[] = [];
  const fresh: Person[] = [];
  while (incoming.length < incomingCount) {
    const x = g.r();
    if (x < 0.45) {
      const p = g.pick(people);
      incoming.push({ entity: p.entity, contact: g.variant(p) });
    } else if (x < 0.53) {
      // A household member: same family, address and shared email, another given name.
      const p = g.pick(persons);
      const given = g.pick(GIVEN.filter((n) => n !== p.given && NICK[n] !== NICK[p.given]));
      // One entity per household member: the same member drawn twice is the same person.
      const member = { ...p, entity: `${p.entity}-h-${given}`, given };
      incoming.push({ entity: member.entity, contact: { ...g.canonical(member), email: g.chance(0.7) ? p.email : null, phone: g.chance(0.5) ? g.canonical(p).phone : null } });
    } else if (x < 0.61) {
      // A namesake: the same name as an existing person, everything else different.
      const p = g.pick(persons);
      const other = { ...g.person(), kind: 'person' as const, given: p.given, family: p.family };
      incoming.push({ entity: other.entity, contact: g.chance(0.5) ? g.canonical(other) : g.variant(other) });
    } else if (x < 0.72 && fresh.length > 0) {
      // Another record of a customer that arrived earlier in this run.
      const p = g.pick(fresh);
      incoming.push({ entity: p.entity, contact: g.variant(p) });
    } else {
      const p = g.person();
      fresh.push(p);
      incoming.push({ entity: p.entity, contact: g.chance(0.5) ? g.canonical(p) : g.variant(p) });
    }
  }
  return { name: 'generated', existing, incoming };
}

/**
 * historical-figures (../shared/datasets): person records with true identities and no e-mail
 * or phone. A seeded sample: `people` persons arrive as incoming records (all their records
 * but the one in QBO, at most `maxIncoming` in all); 60% of them have one record in QBO; one
 * record each of `distractors` other persons fills the company's customer list.
 */
function historicalFigures(people: number, distractors: number, maxIncoming: number, seed: number): Dataset {
  const file = path.join(ROOT, '..', 'shared', 'datasets', 'historical-figures', 'historical-figures-with-errors-50k.csv');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (header === undefined) throw new Error(`${file} is empty`);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column "${name}"`);
    return i;
  };
  const [iCluster, iFull, iFirstSur, iFirst, iSur, iPlace, iPost] = ['cluster', 'full_name', 'first_and_surname', 'first_name', 'surname', 'birth_place', 'postcode_fake'].map(col) as [
    number, number, number, number, number, number, number,
  ];
  const clusters = new Map<string, Record_[]>();
  for (const r of rows) {
    const cluster = r[iCluster] ?? '';
    if (cluster === '') continue;
    const v = (i: number) => (r[i] ?? '').trim() || null;
    const contact: CustomerContact = {
      displayName: v(iFull) ?? v(iFirstSur),
      givenName: v(iFirst),
      familyName: v(iSur),
      address: v(iPost) === null && v(iPlace) === null ? null : { postalCode: v(iPost), city: v(iPlace) },
    };
    if (contact.displayName === null && contact.givenName === null && contact.familyName === null) continue;
    const list = clusters.get(cluster) ?? [];
    list.push({ entity: cluster, contact });
    clusters.set(cluster, list);
  }
  const r = rng(seed);
  const ids = [...clusters.keys()];
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  const existing: Record_[] = [];
  const incoming: Record_[] = [];
  const sampled = ids.filter((id) => (clusters.get(id)?.length ?? 0) >= 2).slice(0, people);
  for (const id of sampled) {
    const recs = [...(clusters.get(id) ?? [])];
    if (r() < 0.6) existing.push(recs.splice(Math.floor(r() * recs.length), 1)[0] as Record_);
    incoming.push(...recs);
  }
  for (const id of ids.filter((x) => !sampled.includes(x)).slice(0, distractors)) {
    const recs = clusters.get(id) ?? [];
    existing.push(recs[Math.floor(r() * recs.length)] as Record_);
  }
  // Interleave the people's records, as events would arrive, then cap.
  for (let i = incoming.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [incoming[i], incoming[j]] = [incoming[j] as Record_, incoming[i] as Record_];
  }
  return { name: 'historical-figures', existing, incoming: incoming.slice(0, maxIncoming) };
}

// ----------------------------------------------------------------------------- scoring a run

type Policy = 'create' | 'review';

interface Outcome {
  incoming: number;
  correct: number;
  correct_links: number;
  created_new: number;
  false_links: number;
  duplicates: number;
  /** Duplicates flagged with their true QBO customer among the candidates: listed in the duplicates report. */
  duplicates_flagged: number;
  review: number;
  /** Held for review although the entity existed. */
  review_of_existing: number;
  /**
   * False links to a customer with the same name (exact) and the same phone (or one digit
   * off): on chicago-childcare mostly sites of one organisation, whose True Ids differ
   * because the dataset builds them from street number and zip.
   */
  false_links_same_name_and_phone: number;
}

interface DatasetResult {
  incoming: number;
  create: Outcome;
  review: Outcome;
  baseline: { correct: number; false_links: number; duplicates: number };
}

function toQbo(id: string, c: CustomerContact): QboCustomer {
  return {
    Id: id,
    SyncToken: '0',
    DisplayName: c.displayName ?? [c.givenName, c.familyName].filter((x) => x).join(' '),
    GivenName: c.givenName ?? undefined,
    FamilyName: c.familyName ?? undefined,
    CompanyName: c.companyName ?? undefined,
    PrimaryEmailAddr: c.email ? { Address: c.email } : undefined,
    PrimaryPhone: c.phone ? { FreeFormNumber: c.phone } : undefined,
    BillAddr: c.address
      ? {
          Line1: c.address.line1 ?? undefined,
          Line2: c.address.line2 ?? undefined,
          City: c.address.city ?? undefined,
          // Region and country as the worker writes them (`qboCustomerFields`) and the mirror reads them back: a
          // customer's record in the mirror is read with its country, as the incoming one is (until the
          // thirtieth stop the bench left both out, so a mirror record never had a country).
          CountrySubDivisionCode: c.address.region ?? undefined,
          PostalCode: c.address.postalCode ?? undefined,
          Country: c.address.country ?? undefined,
        }
      : undefined,
    Active: true,
  };
}

/** Mirror rows are written only for the tenant's connected company (realm guard): each bench tenant gets one. */
const BENCH_REALM = 'bench-realm';
let benchDataSource: import('typeorm').DataSource | undefined;

async function benchConnection(tenantId: string): Promise<void> {
  if (benchDataSource === undefined) throw new Error('bench database not initialised');
  await benchDataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ($1, $2) ON CONFLICT (tenant_id) DO NOTHING`, [tenantId, BENCH_REALM]);
}

/**
 * The tenant's mirror recorded ready and keyed at this code's LINKAGE_KEYS_VERSION, as the worker's mirror load records it
 * (`SyncCustomerMirror`): the candidate search counts a postcode area's customers only in a mirror so keyed.
 */
async function benchMirrorReady(tenantId: string): Promise<void> {
  if (benchDataSource === undefined) throw new Error('bench database not initialised');
  await benchDataSource.query(
    `INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status, loaded_at, keys_version) VALUES ($1, $2, 'ready', now(), $3)
     ON CONFLICT (tenant_id) DO UPDATE SET realm_id = $2, status = 'ready', loaded_at = now(), keys_version = $3`,
    [tenantId, BENCH_REALM, LINKAGE_KEYS_VERSION],
  );
}

async function decide(search: LinkageCandidateSearch, tenantId: string, contact: CustomerContact, params: LinkageParameters = DEFAULT_LINKAGE_PARAMETERS): Promise<MatchDecision> {
  const record = linkageRecord(contact);
  const found = await search.find(tenantId, record);
  return linkageDecision(record, found.candidates.map(asLinkageCandidate), { params, frequencies: found.frequencies });
}

/** With EM (BENCH_MATCHING_EM unset or 1): estimated after the mirror load, then again every EM_EVERY decisions over the recent ones, as the worker does. */
const EM_ON = process.env.BENCH_MATCHING_EM !== '0';
// The worker's default CUSTOMER_LINKAGE_ESTIMATE_EVERY_DECISIONS.
const EM_EVERY = Number(process.env.BENCH_MATCHING_EM_EVERY ?? 250);
const EM_RECENT = 1000;

async function qualityRun(mirror: CustomerMirrorRepository, search: LinkageCandidateSearch, em: EstimateLinkageParameters, tenantId: string, ds: Dataset, policy: Policy): Promise<Outcome> {
  const entityOf = new Map<string, string>();
  const qboOf = new Map<string, string>();
  const contactOf = new Map<string, CustomerContact>();
  let nextId = 1;
  const load: QboCustomer[] = [];
  for (const e of ds.existing) {
    const id = String(nextId++);
    entityOf.set(id, e.entity);
    qboOf.set(e.entity, id);
    contactOf.set(id, e.contact);
    load.push(toQbo(id, e.contact));
  }
  await benchConnection(tenantId);
  for (let i = 0; i < load.length; i += 2000) await mirror.upsert(tenantId, BENCH_REALM, load.slice(i, i + 2000));
  await benchMirrorReady(tenantId);
  let params = DEFAULT_LINKAGE_PARAMETERS;
  const recent: IncomingSample[] = [];
  const estimate = async () => {
    const e = await em.estimate(tenantId, recent.slice(-EM_RECENT));
    params = e.params;
    if (process.env.BENCH_MATCHING_DEBUG !== undefined) {
      log(`  EM (${ds.name}, ${policy}, ${recent.length} decided): ${e.records} records, ${e.pairs} pairs, ${e.expectedMatches} expected matches, P(exists) ${params.existsPrior.toFixed(3)}, household odds ${params.householdPriorOdds.toFixed(3)}, given.different m ${params.fields.given.different?.m.toFixed(3)}, email.different m ${params.fields.email.different?.m.toFixed(3)}`);
    }
  };
  if (EM_ON) await estimate();
  const out: Outcome = { incoming: ds.incoming.length, correct: 0, correct_links: 0, created_new: 0, false_links: 0, duplicates: 0, duplicates_flagged: 0, review: 0, review_of_existing: 0, false_links_same_name_and_phone: 0 };
  for (const rec of ds.incoming) {
    if (EM_ON && recent.length > 0 && recent.length % EM_EVERY === 0) await estimate();
    const d = await decide(search, tenantId, rec.contact, params);
    if (process.env.BENCH_MATCHING_SWEEP !== undefined) {
      const best = d.candidates[0];
      const existingId = qboOf.get(rec.entity);
      const right = best !== undefined && entityOf.get(best.qboCustomerId) === rec.entity;
      appendFileSync(process.env.BENCH_MATCHING_SWEEP, `${JSON.stringify({ ds: ds.name, policy, person: linkageRecord(rec.contact).isPerson, p: best?.score ?? 0, active: best?.active ?? false, right, exists: existingId !== undefined, outcome: d.outcome })}\n`);
    }
    if (d.outcome === 'link' || (d.outcome === 'ambiguous' && policy === 'review')) recent.push({ contact: rec.contact });
    else recent.push({ contact: rec.contact, excludeQboId: String(nextId) });
    if (d.outcome === 'link') {
      if (entityOf.get(d.qboCustomerId) === rec.entity) {
        out.correct += 1;
        out.correct_links += 1;
      } else {
        out.false_links += 1;
        const fields = d.candidates.find((c) => c.qboCustomerId === d.qboCustomerId)?.fields ?? [];
        const level = (f: string) => fields.find((x) => x.field === f)?.level;
        const sameName = level('name') === 'exact' || (level('given') === 'exact' && level('family') === 'exact');
        if (sameName && ['exact', 'typo', 'local7'].includes(level('phone') ?? '')) out.false_links_same_name_and_phone += 1;
        if (process.env.BENCH_MATCHING_DEBUG !== undefined) {
          const to = d.candidates.find((c) => c.qboCustomerId === d.qboCustomerId);
          log(`  false link (${ds.name}, ${policy}, p=${d.score}): ${JSON.stringify(rec.contact)} [${rec.entity}] → "${to?.displayName}" [${entityOf.get(d.qboCustomerId)}] ${to?.evidence.join(', ')}`);
        }
      }
      continue;
    }
    if (d.outcome === 'ambiguous' && policy === 'review') {
      out.review += 1;
      if (process.env.BENCH_MATCHING_DEBUG === '3') {
        const right = d.candidates.find((c) => entityOf.get(c.qboCustomerId) === rec.entity);
        log(`  held (${ds.name}, p=${d.score}, ${qboOf.has(rec.entity) ? 'exists' : 'new'}): ${JSON.stringify(rec.contact)} → right one ${right === undefined ? 'not a candidate' : `#${right.qboCustomerId} p=${right.score} w=${right.weight}: ${right.evidence.join(', ')}`}; ${d.candidates.length} candidates`);
        const best = d.candidates[0];
        if (best !== undefined && best !== right) log(`      best #${best.qboCustomerId} "${best.displayName}" [${entityOf.get(best.qboCustomerId)}] p=${best.score} w=${best.weight}: ${best.evidence.join(', ')}`);
      }
      if (qboOf.has(rec.entity)) out.review_of_existing += 1;
      continue;
    }
    const existingId = qboOf.get(rec.entity);
    const id = String(nextId++);
    if (existingId !== undefined) {
      out.duplicates += 1;
      if (candidatesToFlag(d, id).some((c) => c.qboCustomerId === existingId)) out.duplicates_flagged += 1;
      if (process.env.BENCH_MATCHING_DEBUG === '2') {
        const right = d.candidates.find((c) => c.qboCustomerId === existingId);
        log(`  duplicate (${ds.name}, ${policy}, ${d.outcome}): ${JSON.stringify(rec.contact)} → right one ${right === undefined ? `not a candidate: ${JSON.stringify(contactOf.get(existingId))}` : `p=${right.score}: ${right.evidence.join(', ')}; existing: ${JSON.stringify(contactOf.get(existingId))}`}`);
        for (const c of d.candidates.slice(0, 3)) log(`      cand #${c.qboCustomerId}${c.qboCustomerId === existingId ? ' (right)' : ''} [${entityOf.get(c.qboCustomerId)}] "${c.displayName}" p=${c.score} w=${c.weight.toFixed(1)}: ${c.evidence.join(', ')}`);
      }
    } else {
      out.correct += 1;
      out.created_new += 1;
      qboOf.set(rec.entity, id);
    }
    entityOf.set(id, rec.entity);
    contactOf.set(id, rec.contact);
    await mirror.upsert(tenantId, BENCH_REALM, [toQbo(id, rec.contact)], { createdBySync: true });
  }
  return out;
}

/** Exact DisplayName (QBO compares case-insensitively) or exact email, else create. */
function baselineRun(ds: Dataset): DatasetResult['baseline'] {
  const byName = new Map<string, string>();
  const byEmail = new Map<string, string>();
  const known = new Set<string>();
  const out = { correct: 0, false_links: 0, duplicates: 0 };
  const remember = (c: CustomerContact, entity: string) => {
    const n = (c.displayName ?? '').trim().toLowerCase();
    if (n !== '' && !byName.has(n)) byName.set(n, entity);
    const e = (c.email ?? '').trim().toLowerCase();
    if (e !== '' && !byEmail.has(e)) byEmail.set(e, entity);
    known.add(entity);
  };
  for (const e of ds.existing) remember(e.contact, e.entity);
  for (const rec of ds.incoming) {
    const name = (rec.contact.displayName ?? '').trim().toLowerCase();
    const email = (rec.contact.email ?? '').trim().toLowerCase();
    const hit = (name === '' ? undefined : byName.get(name)) ?? (email === '' ? undefined : byEmail.get(email));
    if (hit !== undefined) {
      if (hit === rec.entity) out.correct += 1;
      else out.false_links += 1;
    } else {
      if (known.has(rec.entity)) out.duplicates += 1;
      else out.correct += 1;
      remember(rec.contact, rec.entity);
    }
  }
  return out;
}

// ----------------------------------------------------------------------------- cost

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[i] ?? 0) * 1000) / 1000;
}

interface Cost {
  p50: number;
  p99: number;
  mean: number;
}

async function loadTenant(mirror: CustomerMirrorRepository, tenantId: string, contacts: readonly CustomerContact[]): Promise<void> {
  await benchConnection(tenantId);
  for (let i = 0; i < contacts.length; i += 2000) {
    await mirror.upsert(tenantId, BENCH_REALM, contacts.slice(i, i + 2000).map((c, j) => toQbo(String(i + j + 1), c)));
  }
  await benchMirrorReady(tenantId);
}

/**
 * Resolution cost (candidate search + decision) per contact, each contact against its tenant,
 * for several lanes of work measured together: one contact of each lane in turn, so every lane
 * meets the same machine (an autovacuum after a load, another process on the two cores) and
 * their ratio measures the mirror's size, not the moment each was measured in.
 */
async function measureTogether(search: LinkageCandidateSearch, lanes: ReadonlyArray<ReadonlyArray<{ tenantId: string; contact: CustomerContact }>>): Promise<Cost[]> {
  for (const lane of lanes) for (const w of lane.slice(0, 200)) await decide(search, w.tenantId, w.contact); // warm-up: plans, caches
  const times: number[][] = lanes.map(() => []);
  const longest = Math.max(...lanes.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (let l = 0; l < lanes.length; l++) {
      const w = lanes[l]?.[i];
      if (w === undefined) continue;
      const s = process.hrtime.bigint();
      await decide(search, w.tenantId, w.contact);
      times[l]?.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    return { p50: percentile(t, 50), p99: percentile(t, 99), mean: Math.round((t.reduce((a, b) => a + b, 0) / t.length) * 1000) / 1000 };
  });
}

// ----------------------------------------------------------------------------- a labelled file

/** The dataset's name for a labelled file: its base name without the extension. */
function labelledFileName(file: string): string {
  return `file-${path.basename(file).replace(/\.[^.]*$/, '')}`;
}

const CONTACT_FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'] as const;
const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;

/**
 * BENCH_MATCHING_FILE=path: your own labelled records, one JSON object a line:
 * `{"set":"existing"|"incoming","entity":"<true id>","contact":{displayName, givenName, familyName,
 * companyName, email, phone, address:{line1, line2, city, region, postalCode, country}}}` (every
 * field optional, strings or null). "existing" lines are the QBO company's customers (one per
 * entity); "incoming" lines arrive in file order. A line that is not so is named, and the run stops.
 */
function labelledFile(file: string): Dataset {
  const existing: Record_[] = [];
  const incoming: Record_[] = [];
  const seen = new Set<string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return;
      const where = `${file}:${i + 1}`;
      let line: unknown;
      try {
        line = JSON.parse(text);
      } catch (e) {
        throw new Error(`${where}: not JSON (${(e as Error).message})`);
      }
      const rec = asLabelledLine(line, where);
      if (rec.set === 'existing') {
        if (seen.has(rec.entity)) throw new Error(`${where}: entity "${rec.entity}" has a second existing record (QBO holds one per entity)`);
        seen.add(rec.entity);
        existing.push({ entity: rec.entity, contact: rec.contact });
      } else incoming.push({ entity: rec.entity, contact: rec.contact });
    });
  if (incoming.length === 0) throw new Error(`${file}: no incoming records`);
  return { name: labelledFileName(file), existing, incoming };
}

function asLabelledLine(v: unknown, where: string): { set: 'existing' | 'incoming'; entity: string; contact: CustomerContact } {
  const obj = (x: unknown, what: string): Record<string, unknown> => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new Error(`${where}: ${what} must be an object`);
    return x as Record<string, unknown>;
  };
  const text = (o: Record<string, unknown>, key: string, what: string): string | null => {
    const x = o[key];
    if (x === undefined || x === null) return null;
    if (typeof x !== 'string') throw new Error(`${where}: ${what}.${key} must be a string or null, not ${JSON.stringify(x)}`);
    return x;
  };
  const line = obj(v, 'the line');
  if (line.set !== 'existing' && line.set !== 'incoming') throw new Error(`${where}: "set" must be "existing" or "incoming", not ${JSON.stringify(line.set)}`);
  const entity = line.entity;
  if (typeof entity !== 'string' || entity === '') throw new Error(`${where}: "entity" must be a non-empty string`);
  const c = obj(line.contact, '"contact"');
  const contact: CustomerContact = {};
  for (const k of CONTACT_FIELDS) contact[k] = text(c, k, 'contact');
  if (c.address !== undefined && c.address !== null) {
    const a = obj(c.address, 'contact.address');
    contact.address = {};
    for (const k of ADDRESS_FIELDS) contact.address[k] = text(a, k, 'contact.address');
  }
  return { set: line.set, entity, contact };
}

// ----------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const ep = await servicesUp({ log: (l) => process.stderr.write(`${l}\n`) });
  const benchDb = await createBenchDatabase(ep.databaseUrl, `qbo_bench_matching_${Date.now().toString(36)}`);
  const db = createDataSource({ url: benchDb.url, poolSize: 2, applicationName: 'bench-matching' });
  await db.initialize();
  benchDataSource = db;
  try {
    await runMigrationsLocked(db);
    const mirror = new CustomerMirrorRepository(db);
    const search = new LinkageCandidateSearch(db, mirror);
    const em = new EstimateLinkageParameters(db, search, mirror, { intervalMs: 0, everyDecisions: EM_EVERY, leaseMs: 0, mirrorSample: 1000, recentIncoming: EM_RECENT }, createLogger('warn', 'bench'));
    const datasets: Record<string, DatasetResult> = {};
    const only = process.env.BENCH_MATCHING_DATASET;
    // The four sets of the summary; 'febrl4-holdout' (a second FEBRL holdout) only when asked for by name.
    const makers: Array<[string, () => Dataset]> = [
      ['chicago-childcare', chicago],
      ['generated', () => generated(2000, 3000, 7)],
      ['historical-figures', () => historicalFigures(700, 2500, 3000, 11)],
      ['febrl-holdout', () => febrlHoldout(ROOT, 3000, 13)],
      ...(only === 'febrl4-holdout' ? [['febrl4-holdout', () => febrlHoldout(ROOT, 3000, 17, 4)] as [string, () => Dataset]] : []),
    ];
    const file = process.env.BENCH_MATCHING_FILE;
    if (file !== undefined) makers.push([labelledFileName(file), () => labelledFile(file)]);
    if (only !== undefined && !makers.some(([name]) => name === only)) throw new Error(`BENCH_MATCHING_DATASET=${only}: no such dataset (${[...makers.map(([n]) => n), 'febrl4-holdout'].join(', ')})`);
    // With a labelled file and no BENCH_MATCHING_DATASET, the file's set alone.
    const wanted = only ?? (file !== undefined ? labelledFileName(file) : undefined);
    const sets = process.env.BENCH_MATCHING_COST_ONLY === '1' ? [] : makers.filter(([name]) => wanted === undefined || name === wanted).map(([, make]) => make());
    for (const ds of sets) {
      const baseline = baselineRun(ds);
      const result: DatasetResult = {
        incoming: ds.incoming.length,
        create: await qualityRun(mirror, search, em, `quality_${ds.name}_create`, ds, 'create'),
        review: await qualityRun(mirror, search, em, `quality_${ds.name}_review`, ds, 'review'),
        baseline,
      };
      datasets[ds.name] = result;
      const pct = (n: number) => `${((100 * n) / ds.incoming.length).toFixed(2)}%`;
      log(`${ds.name}: ${ds.existing.length} customers in QBO, ${ds.incoming.length} incoming`);
      for (const policy of ['create', 'review'] as const) {
        const o = result[policy];
        log(
          `  policy ${policy}: correct ${o.correct} (links ${o.correct_links}, new customers ${o.created_new}), false links ${o.false_links} (${pct(o.false_links)}; ${o.false_links_same_name_and_phone} to the same name and phone), duplicates ${o.duplicates} (${o.duplicates_flagged} flagged with the right customer), held for review ${o.review} (${pct(o.review)}; ${o.review_of_existing} of an existing customer)`,
        );
        log(
          `    targets: false links ≤ 0.1% → ${o.false_links <= ds.incoming.length * 0.001 ? 'met' : 'MISSED'}; duplicates ≤ baseline/5 (${(baseline.duplicates / 5).toFixed(1)}) → ${o.duplicates <= baseline.duplicates / 5 ? 'met' : 'MISSED'}${policy === 'review' ? `; held ≤ 10% → ${o.review <= ds.incoming.length * 0.1 ? 'met' : 'MISSED'}` : ''}`,
        );
      }
      log(`  baseline (exact DisplayName or email): correct ${baseline.correct}, false links ${baseline.false_links} (${pct(baseline.false_links)}), duplicates ${baseline.duplicates}`);
    }
    if (process.env.BENCH_MATCHING_QUALITY_ONLY === '1') {
      log(JSON.stringify({ bench: 'matching', em: EM_ON, datasets }));
      return;
    }
    const costSet = (size: number, seed: number) => generated(size, 10_000, seed);
    const d10 = costSet(10_000, 1010);
    await loadTenant(mirror, 'cost_10k', d10.existing.map((e) => e.contact));
    const d100 = costSet(100_000, 1100);
    await loadTenant(mirror, 'cost_100k', d100.existing.map((e) => e.contact));
    await db.query('ANALYZE');
    const lane10 = d10.incoming.map((r) => ({ tenantId: 'cost_10k', contact: r.contact }));
    const lane100 = d100.incoming.map((r) => ({ tenantId: 'cost_100k', contact: r.contact }));
    const [c10, c100] = (await measureTogether(search, [lane10, lane100])) as [Cost, Cost];
    log(`cost, mirror of 10,000: p50 ${c10.p50} ms, p99 ${c10.p99} ms, mean ${c10.mean} ms per contact`);
    log(`cost, mirror of 100,000 (measured in turn with the 10,000): p50 ${c100.p50} ms, p99 ${c100.p99} ms, mean ${c100.mean} ms per contact`);
    // 1,000 tenants of 100 customers beside the tenants of 100,000 and 10,000, in the same tables.
    const small = costSet(100_000, 2000);
    for (let t = 0; t < 1000; t++) await loadTenant(mirror, `small_${t}`, small.existing.slice(t * 100, t * 100 + 100).map((e) => e.contact));
    await db.query('ANALYZE');
    const work = small.incoming.map((r, i) => ({ tenantId: `small_${i % 1000}`, contact: r.contact }));
    const [c10b, cTenants, c100b] = (await measureTogether(search, [lane10, work, lane100])) as [Cost, Cost, Cost];
    log(`cost, 1,000 tenants of 100 beside one of 100,000: p50 ${cTenants.p50} ms, p99 ${cTenants.p99} ms, mean ${cTenants.mean} ms per contact`);
    log(`cost, the tenant of 100,000 beside the 1,000: p50 ${c100b.p50} ms, p99 ${c100b.p99} ms; the tenant of 10,000 beside them: p50 ${c10b.p50} ms, p99 ${c10b.p99} ms`);
    const ratio = (x: number, to: Cost) => Math.round((x / to.p99) * 100) / 100;
    log(
      `p99 ratios to 10k measured in turn with them: 100k ${ratio(c100.p99, c10)}, 1,000 tenants ${ratio(cTenants.p99, c10b)}, 100k beside them ${ratio(c100b.p99, c10b)} (target ≤ 1.5)`,
    );
    log(
      JSON.stringify({
        bench: 'matching',
        datasets,
        p50_ms_10k: c10.p50,
        p99_ms_10k: c10.p99,
        p50_ms_100k: c100.p50,
        p99_ms_100k: c100.p99,
        p50_ms_1000_tenants: cTenants.p50,
        p99_ms_1000_tenants: cTenants.p99,
        p50_ms_100k_beside_1000_tenants: c100b.p50,
        p99_ms_100k_beside_1000_tenants: c100b.p99,
        p50_ms_10k_beside_1000_tenants: c10b.p50,
        p99_ms_10k_beside_1000_tenants: c10b.p99,
        p99_ratio_100k: ratio(c100.p99, c10),
        p99_ratio_1000_tenants: ratio(cTenants.p99, c10b),
        p99_ratio_100k_beside_1000_tenants: ratio(c100b.p99, c10b),
      }),
    );
  } finally {
    await db.destroy();
    await benchDb.drop().catch(() => undefined);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
