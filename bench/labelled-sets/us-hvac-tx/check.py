#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Validate set.jsonl / meta.jsonl of the us-hvac-tx set (files next to this script) and print a summary.
Python 3 standard library only.  Exit status 1 when any check fails.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N_EXISTING, N_INCOMING = 1500, 1500
SHARES = {'match': (0.55, 0.02), 'new': (0.35, 0.02), 'hard_negative': (0.10, 0.02)}
CONTACT_KEYS = {'displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address'}
ADDR_KEYS = {'line1', 'line2', 'city', 'region', 'postalCode', 'country'}
OTHER_CITY_CATS = {'namesake_other_city', 'church_same_name_other_city', 'same_name_business_other_city'}

errors = []


def fail(msg):
    errors.append(msg)


# ------------------------------------------------------------------ normalisers (same logic as gen.py)
STOPTOK = {'llc', 'inc', 'the', 'of', 'dba', 'd', 'b', 'a', 'co', 'ltd', 'pa', 'pllc', 'pc', 'lp', 'attn', 'accounts',
           'payable', 'ap', 'c', 'o', 'and', 'de', 'la', 'del', 'los', 'las', 'el', 'l', 's', 'dept', 'incorporated', 'y'}


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def norm_phone(p):
    if not p:
        return None
    p = re.split(r'(?i)\s*(?:x|ext\.?)\s*\d', p)[0]
    d = re.sub(r'\D', '', p)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d if len(d) == 10 else None


def norm_email(e):
    if not e or '@' not in e:
        return None
    return e.strip().lower()


def addr_key(a):
    if not a:
        return None
    num = None
    for ln in (a.get('line1'), a.get('line2')):
        if ln:
            m = re.match(r'\s*(\d+)\b', ln)
            if m:
                num = m.group(1).lstrip('0') or '0'
                break
    z = re.match(r'\s*(\d{5})', a.get('postalCode') or '')
    if num and z:
        return num + '|' + z.group(1)
    return None


def rec_keys(c):
    out = []
    p = norm_phone(c.get('phone'))
    if p:
        out.append(('p', p))
    e = norm_email(c.get('email'))
    if e:
        out.append(('e', e))
    a = addr_key(c.get('address'))
    if a:
        out.append(('a', a))
    return out


def name_tokens(c):
    txt = ' '.join(x for x in (c.get('displayName'), c.get('companyName'), c.get('givenName'), c.get('familyName')) if x)
    out = set()
    for t in re.findall(r'[a-z0-9]+', strip_accents(txt).lower()):
        if t.isdigit():
            t = t.lstrip('0') or '0'
        if t not in STOPTOK:
            out.add(t)
    return out


def city_norm(c):
    a = c.get('address')
    if not isinstance(a, dict) or not a.get('city'):
        return None
    return re.sub(r'[^a-z]', '', strip_accents(a['city']).lower())


# ------------------------------------------------------------------ load
def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                fail('%s line %d: empty line' % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as ex:
                fail('%s line %d: bad JSON (%s)' % (name, n, ex))
    return rows


rows = load('set.jsonl')
meta = load('meta.jsonl')

# ------------------------------------------------------------------ format
for n, r in enumerate(rows, 1):
    if set(r) != {'set', 'entity', 'contact'}:
        fail('set.jsonl line %d: top-level keys %s' % (n, sorted(r)))
        continue
    if r['set'] not in ('existing', 'incoming'):
        fail('set.jsonl line %d: set=%r' % (n, r['set']))
    if not isinstance(r['entity'], str) or not r['entity']:
        fail('set.jsonl line %d: entity id missing' % n)
    c = r['contact']
    if not isinstance(c, dict) or not set(c) <= CONTACT_KEYS:
        fail('set.jsonl line %d: contact keys %s' % (n, sorted(c) if isinstance(c, dict) else c))
        continue
    for k, v in c.items():
        if k == 'address':
            if v is not None and (not isinstance(v, dict) or not set(v) <= ADDR_KEYS or
                                  any(x is not None and not isinstance(x, str) for x in v.values())):
                fail('set.jsonl line %d: bad address %r' % (n, v))
        elif v is not None and not isinstance(v, str):
            fail('set.jsonl line %d: %s is not a string' % (n, k))
    if not any(c.get(k) for k in ('displayName', 'givenName', 'familyName', 'companyName')):
        fail('set.jsonl line %d: record carries no name at all' % n)

existing = [r for r in rows if r.get('set') == 'existing']
incoming = [r for r in rows if r.get('set') == 'incoming']
if len(existing) != N_EXISTING:
    fail('existing count %d != %d' % (len(existing), N_EXISTING))
if len(incoming) != N_INCOMING:
    fail('incoming count %d != %d' % (len(incoming), N_INCOMING))
if rows[:len(existing)] != existing:
    fail('existing records are not all before the incoming records')

ex_ids = [r['entity'] for r in existing]
if len(set(ex_ids)) != len(ex_ids):
    fail('existing entity ids are not distinct')
ex_pos = {e: i for i, e in enumerate(ex_ids)}
dn = collections.Counter((r['contact'].get('displayName') or '').strip().lower() for r in existing)
if '' in dn:
    fail('%d existing records without displayName' % dn[''])
dups = [k for k, v in dn.items() if v > 1 and k]
if dups:
    fail('duplicate existing displayName(s): %s' % dups[:5])

# ------------------------------------------------------------------ meta / labels
if len(meta) != len(incoming):
    fail('meta lines %d != incoming %d' % (len(meta), len(incoming)))
kinds = collections.Counter()
cats = collections.defaultdict(collections.Counter)
parties = collections.defaultdict(collections.Counter)
for i, (m, r) in enumerate(zip(meta, incoming)):
    if m.get('index') != i:
        fail('meta %d: index %r' % (i, m.get('index')))
    if m.get('line') is not None and m['line'] != N_EXISTING + i + 1:
        fail('meta %d: line %r' % (i, m.get('line')))
    if m.get('entity') != r['entity']:
        fail('meta %d: entity differs from set.jsonl' % i)
    k = m.get('kind')
    if k not in SHARES:
        fail('meta %d: kind %r' % (i, k))
        continue
    if not m.get('category'):
        fail('meta %d: no category' % i)
    kinds[k] += 1
    cats[k][m.get('category')] += 1
    parties[k][m.get('party')] += 1
    if k == 'match' and r['entity'] not in ex_pos:
        fail('meta %d: match entity %s not among existing' % (i, r['entity']))
    if k in ('new', 'hard_negative') and r['entity'] in ex_pos:
        fail('meta %d: %s entity %s is an existing entity' % (i, k, r['entity']))
    if k == 'hard_negative' and m.get('similar_to') not in ex_pos:
        fail('meta %d: hard negative without an existing similar_to' % i)

for k, (target, tol) in SHARES.items():
    share = kinds[k] / max(1, len(incoming))
    if abs(share - target) > tol:
        fail('share of %s = %.3f, expected %.2f +- %.2f' % (k, share, target, tol))

# ------------------------------------------------------------------ evidence
ex_recs = [r['contact'] for r in existing]
keyidx = collections.defaultdict(list)
for i, c in enumerate(ex_recs):
    for k in rec_keys(c):
        keyidx[k].append(i)


def evidence(inc, ti):
    kt = rec_keys(ex_recs[ti])
    matched = [k for k in rec_keys(inc) if k in kt]
    if not matched:
        return None
    if any(len(keyidx[k]) == 1 for k in matched):
        return 'unique_key'
    tt = name_tokens(inc)
    st = len(tt & name_tokens(ex_recs[ti]))
    if st == 0:
        return None
    others = sorted(set(j for k in matched for j in keyidx[k] if j != ti))
    for j in others:
        if len(tt & name_tokens(ex_recs[j])) >= st:
            return None
    return 'shared_key_plus_name'


ev_counts = collections.Counter()
matched_fields = collections.Counter()
hn_shared = 0
for m, r in zip(meta, incoming):
    c = r['contact']
    if m.get('kind') == 'match' and r['entity'] in ex_pos:
        ti = ex_pos[r['entity']]
        ev = evidence(c, ti)
        ev_counts[ev] += 1
        if not ev:
            fail('match %d (%s): no contact detail links it to its existing record' % (m['index'], m['category']))
        kt = rec_keys(ex_recs[ti])
        for k in rec_keys(c):
            if k in kt:
                matched_fields[k[0]] += 1
    elif m.get('kind') == 'new':
        for k in rec_keys(c):
            if k in keyidx:
                fail('new %d shares %s with existing record(s)' % (m['index'], k))
    elif m.get('kind') == 'hard_negative' and m.get('similar_to') in ex_pos:
        ai = ex_pos[m['similar_to']]
        ar = ex_recs[ai]
        shared = [k for k in rec_keys(c) if k in rec_keys(ar)]
        if shared:
            hn_shared += 1
            if sorted(name_tokens(c)) == sorted(name_tokens(ar)):
                fail('hard negative %d shares contact details and the same name with its anchor' % m['index'])
        for k in rec_keys(c):
            for j in keyidx.get(k, []):
                if sorted(name_tokens(c)) == sorted(name_tokens(ex_recs[j])):
                    fail('hard negative %d has the same name as existing record %d and shares %s with it' % (m['index'], j, k))
        if m['category'] in OTHER_CITY_CATS:
            if shared:
                fail('hard negative %d (%s) shares contact details with its anchor' % (m['index'], m['category']))
            if city_norm(c) and city_norm(ar) and city_norm(c) == city_norm(ar):
                fail('hard negative %d (%s) is in the same city as its anchor' % (m['index'], m['category']))

# ------------------------------------------------------------------ summary
def pct(a, b):
    return '%.1f%%' % (100.0 * a / max(1, b))


print('set.jsonl: %d existing, %d incoming' % (len(existing), len(incoming)))
print('incoming kinds: ' + ', '.join('%s=%d (%s)' % (k, kinds[k], pct(kinds[k], len(incoming))) for k in SHARES))
print('distinct existing entities matched: %d; matched twice: %d' % (
    len(set(r['entity'] for m, r in zip(meta, incoming) if m.get('kind') == 'match')),
    sum(1 for v in collections.Counter(r['entity'] for m, r in zip(meta, incoming) if m.get('kind') == 'match').values() if v > 1)))
print('new entities appearing twice upstream: %d' % sum(
    1 for v in collections.Counter(r['entity'] for m, r in zip(meta, incoming) if m.get('kind') == 'new').values() if v > 1))
for k in SHARES:
    print('party split %-13s %s' % (k + ':', dict(parties[k])))
org_like = sum(1 for c in ex_recs if c.get('companyName') or not c.get('givenName'))
print('existing records that look like organisations (company set or no given name): %d' % org_like)
print('match evidence: %s; linking fields present in matches: %s' % (dict(ev_counts), dict(matched_fields)))
print('hard negatives sharing a contact detail with their anchor: %d of %d' % (hn_shared, kinds['hard_negative']))
for k in SHARES:
    print('\n%s categories (%d):' % (k, kinds[k]))
    for c, n in sorted(cats[k].items(), key=lambda x: (-x[1], x[0])):
        print('  %-34s %4d' % (c, n))
missing = collections.Counter()
for r in incoming:
    c = r['contact']
    for f in ('displayName', 'email', 'phone', 'address'):
        if not c.get(f):
            missing[f] += 1
print('\nincoming records lacking: ' + ', '.join('%s %d' % kv for kv in sorted(missing.items())))

if errors:
    print('\nFAILED: %d problem(s)' % len(errors))
    for e in errors[:40]:
        print('  - ' + e)
    sys.exit(1)
print('\nOK: all checks passed')
