import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CustomerMirrorRepository } from '../src/customers/customer-mirror-repository';
import { asCandidate } from '../src/customers/customer-mirror-repository';
import { createDataSource, runMigrationsLocked } from '../src/db/data-source';
import { servicesUp } from '../src/dev-services';
import { CustomerContact } from '../src/domain/customer-contact';
import { matchDecision } from '../src/domain/match-decision';
import { matchKeys } from '../src/domain/match-keys';
import { QboCustomer } from '../src/qbo/qbo-client';
import { createBenchDatabase } from './bench-database';

/**
 * `npm run bench:matching`: quality and cost of customer resolution.
 *
 * Quality, on two datasets with ground truth, for our resolver (candidates from the Postgres
 * mirror's indexes, then the rules and the score) and, in the same run, for the baseline of
 * exact DisplayName-or-email matching: correct outcomes, false links (a link to another
 * entity), duplicates (a create where the entity already existed in QBO, including customers
 * created earlier in the run), held for review (ambiguous, under the 'review' policy).
 *  - chicago-childcare (../shared/datasets): one record per organisation from two of its
 *    sources is the QBO company; every other record arrives as an incoming customer.
 *  - generated: persons and companies with typos, nicknames, swapped names, "Last, First",
 *    phone and address formats, email case/tags, legal suffixes, a household sharing an email,
 *    namesakes with other contact details, and brand-new customers.
 * Cost: 10,000 contacts resolved (candidate search + decision) against mirrors of 10,000 and
 * 100,000 customers: per-contact p50 and p99. The last line is a JSON summary.
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

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
}

function makeGenerator(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
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
      email: `${local}${n}@${kind === 'person' ? pick(['gmail.com', 'yahoo.com', 'outlook.com', 'fastmail.com']) : `${local}${n}.example`}`,
      phone: `${pick(['312', '415', '646', '213', '617'])}${digits(7)}`,
      number: 1 + Math.floor(r() * 9000),
      street: pick(STREETS),
      type: pick(TYPES),
      zip: `${pick(['60', '94', '10', '90', '02'])}${digits(3)}`,
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
    address: { line1: `${p.number} ${p.street} ${p.type[0]}`, postalCode: p.zip },
  });
  const typo = (s: string) => {
    const letters = [...s];
    const i = 1 + Math.floor(r() * Math.max(1, letters.length - 2));
    const op = Math.floor(r() * 3);
    if (op === 0 && letters[i + 1] !== undefined) [letters[i], letters[i + 1]] = [letters[i + 1] as string, letters[i] as string];
    else if (op === 1) letters.splice(i, 1);
    else letters.splice(i, 0, letters[i] ?? 'e');
    return letters.join('');
  };
  /** The same entity written differently: 1 to 3 realistic variations, some contact details missing. */
  const variant = (p: Person): CustomerContact => {
    const c = canonical(p);
    const v = { ...c, address: { ...c.address } };
    const kinds = ['typo', 'nick', 'swap', 'lastfirst', 'phone', 'address', 'email', 'suffix', 'drop-email', 'drop-phone', 'case'];
    const count = 1 + Math.floor(r() * 3);
    for (let k = 0; k < count; k++) {
      const what = pick(kinds);
      if (what === 'typo') {
        if (p.kind === 'person') v.displayName = `${p.given} ${typo(p.family)}`;
        else v.displayName = typo(p.company);
      } else if (what === 'nick' && p.kind === 'person' && NICK[p.given] !== undefined) v.displayName = `${NICK[p.given]} ${p.family}`;
      else if (what === 'swap' && p.kind === 'person') v.displayName = `${p.family} ${p.given}`;
      else if (what === 'lastfirst' && p.kind === 'person') v.displayName = `${p.family}, ${p.given}`;
      else if (what === 'phone') v.phone = fmtPhone(p.phone, 1 + Math.floor(r() * 4));
      else if (what === 'address') v.address = { line1: `${p.number} ${pick(['N', 'S', 'E', 'W'])}. ${p.street} ${p.type[1]}`, postalCode: `${p.zip}-${Math.floor(r() * 9000 + 1000)}` };
      else if (what === 'email') v.email = p.email.toUpperCase().replace('@', '+billing@');
      else if (what === 'suffix' && p.kind === 'company') v.displayName = `${p.company.replace(/( LLC| Inc\.| Co\.| Ltd| Corp\.)$/, '')} ${pick(['LLC', 'Incorporated', 'Company'])}`;
      else if (what === 'drop-email') v.email = null;
      else if (what === 'drop-phone') v.phone = null;
      else if (what === 'case') v.displayName = (v.displayName ?? '').toUpperCase();
    }
    if (v.givenName && v.displayName !== c.displayName) {
      v.givenName = null;
      v.familyName = null;
    }
    return v;
  };
  return { person, canonical, variant, pick, r };
}

function generated(existingCount: number, incomingCount: number, seed: number): Dataset {
  const g = makeGenerator(seed);
  const people = Array.from({ length: existingCount }, () => g.person());
  const existing = people.map((p) => ({ entity: p.entity, contact: g.canonical(p) }));
  const incoming: Record_[] = [];
  const fresh: Person[] = [];
  while (incoming.length < incomingCount) {
    const x = g.r();
    if (x < 0.5) {
      const p = g.pick(people);
      incoming.push({ entity: p.entity, contact: g.variant(p) });
    } else if (x < 0.58) {
      // A household member: same family, address and shared email, another given name.
      const p = g.pick(people.filter((q) => q.kind === 'person').slice(0, 500));
      const member = { ...p, entity: `${p.entity}-h${incoming.length}`, given: g.pick(GIVEN.filter((n) => n !== p.given && NICK[n] !== NICK[p.given])) };
      incoming.push({ entity: member.entity, contact: { ...g.canonical(member), email: p.email, phone: null } });
    } else if (x < 0.66) {
      // A namesake: the same name as an existing person, everything else different.
      const p = g.pick(people.filter((q) => q.kind === 'person'));
      const other = { ...g.person(), kind: 'person' as const, given: p.given, family: p.family };
      incoming.push({ entity: other.entity, contact: g.canonical(other) });
    } else if (x < 0.75 && fresh.length > 0) {
      // A second record of a customer that arrived earlier in this run.
      const p = g.pick(fresh);
      incoming.push({ entity: p.entity, contact: g.variant(p) });
    } else {
      const p = g.person();
      fresh.push(p);
      incoming.push({ entity: p.entity, contact: g.canonical(p) });
    }
  }
  return { name: 'generated', existing, incoming };
}

// ----------------------------------------------------------------------------- scoring a run

interface Outcome {
  incoming: number;
  correct: number;
  correct_links: number;
  created_new: number;
  false_links: number;
  duplicates: number;
  review: number;
  /** Held for review although the entity existed: what the 'create' policy would turn into flagged duplicates. */
  review_of_existing: number;
  /** False links whose two records share phone and street address: the labels differ (ids built from a street number and a zip some records lack). */
  false_links_same_phone_and_address: number;
  baseline_correct: number;
  baseline_false_links: number;
  baseline_duplicates: number;
}

function toQbo(id: string, c: CustomerContact): QboCustomer {
  return {
    Id: id,
    SyncToken: '0',
    DisplayName: c.displayName ?? '',
    GivenName: c.givenName ?? undefined,
    FamilyName: c.familyName ?? undefined,
    CompanyName: c.companyName ?? undefined,
    PrimaryEmailAddr: c.email ? { Address: c.email } : undefined,
    PrimaryPhone: c.phone ? { FreeFormNumber: c.phone } : undefined,
    BillAddr: c.address ? { Line1: c.address.line1 ?? undefined, PostalCode: c.address.postalCode ?? undefined } : undefined,
    Active: true,
  };
}

/** Mirror rows are written only for the tenant's connected company (realm guard): the bench tenants get one. */
const BENCH_REALM = 'bench-realm';

async function benchConnection(db: import('typeorm').DataSource, tenantId: string): Promise<void> {
  await db.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ($1, $2) ON CONFLICT (tenant_id) DO NOTHING`, [tenantId, BENCH_REALM]);
}

async function qualityRun(mirror: CustomerMirrorRepository, tenantId: string, ds: Dataset): Promise<Outcome> {
  const entityOf = new Map<string, string>();
  let nextId = 1;
  const load: QboCustomer[] = [];
  for (const e of ds.existing) {
    const id = String(nextId++);
    entityOf.set(id, e.entity);
    load.push(toQbo(id, e.contact));
  }
  await mirror.upsert(tenantId, BENCH_REALM, load);
  const known = new Set(ds.existing.map((e) => e.entity));
  const out: Outcome = {
    incoming: ds.incoming.length, correct: 0, correct_links: 0, created_new: 0, false_links: 0, duplicates: 0, review: 0,
    review_of_existing: 0, false_links_same_phone_and_address: 0,
    baseline_correct: 0, baseline_false_links: 0, baseline_duplicates: 0,
  };
  for (const rec of ds.incoming) {
    const keys = matchKeys(rec.contact);
    const d = matchDecision(keys, (await mirror.findCandidates(tenantId, keys)).map(asCandidate));
    if (d.outcome === 'link') {
      if (entityOf.get(d.qboCustomerId) === rec.entity) {
        out.correct += 1;
        out.correct_links += 1;
      } else {
        out.false_links += 1;
        const ev = d.candidates.find((c) => c.qboCustomerId === d.qboCustomerId)?.evidence ?? [];
        if (ev.includes('same phone') && ev.includes('same street address')) out.false_links_same_phone_and_address += 1;
        if (process.env.BENCH_MATCHING_DEBUG === '1') {
          const to = d.candidates.find((c) => c.qboCustomerId === d.qboCustomerId);
          log(`  false link (${d.method}, ${d.score}): ${JSON.stringify(rec.contact)} [${rec.entity}] → "${to?.displayName}" [${entityOf.get(d.qboCustomerId)}] ${to?.evidence.join(', ')}`);
        }
      }
    } else if (d.outcome === 'ambiguous') {
      out.review += 1;
      if (known.has(rec.entity)) out.review_of_existing += 1;
    }
    else {
      if (known.has(rec.entity)) out.duplicates += 1;
      else {
        out.correct += 1;
        out.created_new += 1;
      }
      const id = String(nextId++);
      entityOf.set(id, rec.entity);
      known.add(rec.entity);
      await mirror.upsert(tenantId, BENCH_REALM, [toQbo(id, rec.contact)], { createdBySync: true });
    }
  }
  // Baseline: exact DisplayName (QBO compares case-insensitively) or exact email, else create.
  const byName = new Map<string, string>();
  const byEmail = new Map<string, string>();
  const baseKnown = new Set<string>();
  const remember = (c: CustomerContact, entity: string) => {
    const n = (c.displayName ?? '').trim().toLowerCase();
    if (n !== '' && !byName.has(n)) byName.set(n, entity);
    const e = (c.email ?? '').trim().toLowerCase();
    if (e !== '' && !byEmail.has(e)) byEmail.set(e, entity);
    baseKnown.add(entity);
  };
  for (const e of ds.existing) remember(e.contact, e.entity);
  for (const rec of ds.incoming) {
    const hit = byName.get((rec.contact.displayName ?? '').trim().toLowerCase()) ?? byEmail.get((rec.contact.email ?? '').trim().toLowerCase());
    if (hit !== undefined) {
      if (hit === rec.entity) out.baseline_correct += 1;
      else out.baseline_false_links += 1;
    } else {
      if (baseKnown.has(rec.entity)) out.baseline_duplicates += 1;
      else out.baseline_correct += 1;
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

async function costRun(db: import('typeorm').DataSource, mirror: CustomerMirrorRepository, size: number, contacts: number): Promise<{ p50: number; p99: number; mean: number; loadSeconds: number }> {
  const tenantId = `cost_${size}`;
  const ds = generated(size, contacts, 1000 + size);
  const t0 = Date.now();
  for (let i = 0; i < ds.existing.length; i += 5000) {
    await benchConnection(db, tenantId);
    await mirror.upsert(tenantId, BENCH_REALM, ds.existing.slice(i, i + 5000).map((e, j) => toQbo(String(i + j + 1), e.contact)));
  }
  await db.query('ANALYZE qbo_customer_mirror');
  const loadSeconds = (Date.now() - t0) / 1000;
  // Warm-up (plans, caches), not measured.
  for (const rec of ds.incoming.slice(0, 200)) {
    const keys = matchKeys(rec.contact);
    matchDecision(keys, (await mirror.findCandidates(tenantId, keys)).map(asCandidate));
  }
  const times: number[] = [];
  for (const rec of ds.incoming) {
    const s = process.hrtime.bigint();
    const keys = matchKeys(rec.contact);
    matchDecision(keys, (await mirror.findCandidates(tenantId, keys)).map(asCandidate));
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean: Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 1000) / 1000, loadSeconds };
}

// ----------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const ep = await servicesUp({ log: (l) => process.stderr.write(`${l}\n`) });
  const benchDb = await createBenchDatabase(ep.databaseUrl, `qbo_bench_matching_${Date.now().toString(36)}`);
  const db = createDataSource({ url: benchDb.url, poolSize: 2, applicationName: 'bench-matching' });
  await db.initialize();
  try {
    await runMigrationsLocked(db);
    const mirror = new CustomerMirrorRepository(db);
    const datasets: Record<string, Outcome> = {};
    for (const ds of process.env.BENCH_MATCHING_COST_ONLY === '1' ? [] : [chicago(), generated(2000, 3000, 7)]) {
      await benchConnection(db, `quality_${ds.name}`);
      const o = await qualityRun(mirror, `quality_${ds.name}`, ds);
      datasets[ds.name] = o;
      const pct = (n: number) => `${((100 * n) / o.incoming).toFixed(2)}%`;
      log(`${ds.name}: ${ds.existing.length} customers in QBO, ${o.incoming} incoming`);
      log(
        `  resolver: correct ${o.correct} (links ${o.correct_links}, new customers ${o.created_new}), false links ${o.false_links} (${pct(o.false_links)}; ${o.false_links_same_phone_and_address} of them share phone and street address), duplicates ${o.duplicates}, held for review ${o.review} (${o.review_of_existing} of an existing customer)`,
      );
      log(`  baseline (exact DisplayName or email): correct ${o.baseline_correct}, false links ${o.baseline_false_links} (${pct(o.baseline_false_links)}), duplicates ${o.baseline_duplicates}`);
      log(
        `  targets: false links ≤ 0.1% → ${o.false_links <= o.incoming * 0.001 ? 'met' : 'MISSED'}; duplicates ≤ baseline/5 (${(o.baseline_duplicates / 5).toFixed(1)}) → ${o.duplicates <= o.baseline_duplicates / 5 ? 'met' : 'MISSED'}`,
      );
    }
    if (process.env.BENCH_MATCHING_QUALITY_ONLY === '1') {
      log(JSON.stringify({ bench: 'matching', datasets }));
      return;
    }
    const c10 = await costRun(db, mirror, 10_000, 10_000);
    log(`cost, mirror of 10,000: p50 ${c10.p50} ms, p99 ${c10.p99} ms, mean ${c10.mean} ms per contact (load ${c10.loadSeconds}s)`);
    const c100 = await costRun(db, mirror, 100_000, 10_000);
    log(`cost, mirror of 100,000: p50 ${c100.p50} ms, p99 ${c100.p99} ms, mean ${c100.mean} ms per contact (load ${c100.loadSeconds}s)`);
    log(
      JSON.stringify({
        bench: 'matching',
        datasets,
        p50_ms_10k: c10.p50,
        p99_ms_10k: c10.p99,
        p50_ms_100k: c100.p50,
        p99_ms_100k: c100.p99,
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
