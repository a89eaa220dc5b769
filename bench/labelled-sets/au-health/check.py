#!/usr/bin/env python3
"""Validate au-health set.jsonl / meta.jsonl and print statistics. Exit 0 = pass.

Independent of gen.py: re-derives categories from entity ids and re-checks the
link-evidence rule with its own normalisation.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    if len(ERR) < 50:
        print('FAIL:', msg)
    ERR.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


rows = load('set.jsonl')
meta = load('meta.jsonl')

CONTACT_KEYS = {'displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address'}
ADDR_KEYS = {'line1', 'line2', 'city', 'region', 'postalCode', 'country'}

# ------------------------------------------------------------------ schema
if len(rows) != 3000:
    err('set.jsonl has %d lines, expected 3000' % len(rows))
if len(meta) != len(rows):
    err('meta.jsonl has %d lines, set.jsonl %d' % (len(meta), len(rows)))
for i, r in enumerate(rows):
    ln = i + 1
    if set(r) != {'set', 'entity', 'contact'}:
        err('line %d: keys %s' % (ln, sorted(r)))
        continue
    want = 'existing' if i < 1500 else 'incoming'
    if r['set'] != want:
        err('line %d: set=%r expected %r' % (ln, r['set'], want))
    if not isinstance(r['entity'], str) or not re.fullmatch(r'E\d{5}', r['entity']):
        err('line %d: bad entity %r' % (ln, r['entity']))
    c = r['contact']
    if not isinstance(c, dict) or set(c) != CONTACT_KEYS:
        err('line %d: contact keys' % ln)
        continue
    for k in CONTACT_KEYS - {'address'}:
        if c[k] is not None and not isinstance(c[k], str):
            err('line %d: %s not string/null' % (ln, k))
        if isinstance(c[k], str) and not c[k].strip():
            err('line %d: %s empty string' % (ln, k))
    if not c['displayName']:
        err('line %d: displayName missing' % ln)
    a = c['address']
    if a is not None:
        if not isinstance(a, dict) or set(a) != ADDR_KEYS:
            err('line %d: address keys' % ln)
        else:
            for k, v in a.items():
                if v is not None and not isinstance(v, str):
                    err('line %d: address.%s not string/null' % (ln, k))

# ------------------------------------------------------------------ normalisers (own implementation)
LEGAL = {'pty', 'ltd', 'limited', 'proprietary', 'pl', 'inc', 'incorporated', 'the'}
TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mx', 'prof'}
STREET_TYPES = {'street': 'st', 'road': 'rd', 'avenue': 'ave', 'crescent': 'cres', 'court': 'ct', 'drive': 'dr',
                'place': 'pl', 'parade': 'pde', 'terrace': 'tce', 'close': 'cl', 'grove': 'gr', 'lane': 'ln',
                'circuit': 'cct', 'highway': 'hwy', 'boulevard': 'bvd'}


def fold(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def nm(s):
    if not s:
        return None
    s = fold(s).lower().replace('&', ' and ')
    s = re.sub(r'\bp\s*/\s*l\b', ' ', s)
    s = re.sub(r"['\u2019`.]", '', s)
    toks = [t for t in re.split(r'[^a-z0-9]+', s) if t and t not in LEGAL and t not in TITLES]
    return ' '.join(sorted(toks)) or None


def names(c):
    out = {nm(c['displayName']), nm(c['companyName'])}
    if c['givenName'] or c['familyName']:
        out.add(nm((c['givenName'] or '') + ' ' + (c['familyName'] or '')))
    out.discard(None)
    return out


def ph(p):
    if not p:
        return None
    d = re.sub(r'\D', '', p)
    if d.startswith('61') and len(d) >= 11:
        d = '0' + d[2:].lstrip('0')
    return d if len(d) >= 8 else None


def pc(a):
    if not a or not a['postalCode']:
        return None
    d = re.sub(r'\D', '', a['postalCode'])
    return d if len(d) == 4 else None


def street(a):
    if not a or not a['line1']:
        return None
    s = re.sub(r'[^a-z0-9/ ]+', ' ', fold(a['line1']).lower()).strip()
    m = re.search(r'(?:^|[\s/])(\d+[a-z]?)\s+([a-z][a-z ]*)$', s)
    if not m:
        return None
    w = m.group(2).split()
    w[-1] = STREET_TYPES.get(w[-1], w[-1])
    return m.group(1), ' '.join(w)


def shares(c, p):
    e1, e2 = (c['email'] or '').strip().lower(), (p['email'] or '').strip().lower()
    if e1 and e1 == e2:
        return 'email'
    p1 = ph(c['phone'])
    if p1 and p1 == ph(p['phone']):
        return 'phone'
    if names(c) & names(p):
        a, b = c['address'], p['address']
        if (pc(a) and pc(a) == pc(b)) or (street(a) and street(a) == street(b)):
            return 'nameaddr'
    return None


# ------------------------------------------------------------------ categories, uniqueness, links
def dk(s):
    return re.sub(r'\s+', ' ', (s or '').strip()).casefold()


existing_ids = set()
disp = {'existing': collections.Counter(), 'incoming': collections.Counter()}
hist = collections.defaultdict(list)
cats = []
evid = collections.Counter()
for i, r in enumerate(rows):
    if set(r) != {'set', 'entity', 'contact'} or not isinstance(r['contact'], dict):
        cats.append(None)
        continue
    ent, c = r['entity'], r['contact']
    disp[r['set']][dk(c.get('displayName'))] += 1
    if r['set'] == 'existing':
        if ent in existing_ids:
            err('line %d: entity %s twice in existing' % (i + 1, ent))
        existing_ids.add(ent)
        cat = 'existing'
    elif ent in existing_ids:
        cat = 'existing_match'
    elif hist[ent]:
        cat = 'repeat_of_new'
    else:
        cat = 'new'
    if cat in ('existing_match', 'repeat_of_new'):
        kinds = {shares(c, p) for p in hist[ent]} - {None}
        if not kinds:
            err('line %d: link %s (%s) shares no evidence with an earlier record' % (i + 1, ent, cat))
        for k in kinds:
            evid[k] += 1
        evid['links'] += 1
    hist[ent].append(c)
    cats.append(cat)

for s, cnt in disp.items():
    dups = [k for k, v in cnt.items() if v > 1]
    if dups:
        err('%d duplicate displayNames within %s, e.g. %r' % (len(dups), s, dups[:3]))

# ------------------------------------------------------------------ meta
hn = collections.Counter()
tags = collections.Counter()
anchors = collections.Counter()
ent_by_id = {}
for i, r in enumerate(rows):
    ent_by_id.setdefault(r.get('entity'), i)
for i, m in enumerate(meta[:len(rows)]):
    ln = i + 1
    if m.get('line') != ln:
        err('meta line %d: line=%r' % (ln, m.get('line')))
    if m.get('entity') != rows[i].get('entity'):
        err('meta line %d: entity mismatch' % ln)
    if m.get('category') != cats[i]:
        err('meta line %d: category %r, derived %r' % (ln, m.get('category'), cats[i]))
    ch = m.get('changes')
    if not isinstance(ch, list) or not all(isinstance(t, str) for t in ch):
        err('meta line %d: changes not a list of strings' % ln)
        continue
    for t in ch:
        if t.startswith('hard_negative:'):
            hn[t.split(':', 1)[1]] += 1
        elif t.startswith('imitates:'):
            tgt = t.split(':', 1)[1]
            if tgt == m.get('entity') or tgt not in ent_by_id or ent_by_id[tgt] >= i:
                err('meta line %d: bad imitates target %s' % (ln, tgt))
        elif t.startswith('anchor:'):
            anchors[t.split(':', 1)[1]] += 1
        else:
            tags[t] += 1
    has_hn = any(t.startswith('hard_negative:') for t in ch)
    has_im = any(t.startswith('imitates:') for t in ch)
    if has_hn != has_im:
        err('meta line %d: hard_negative without imitates or vice versa' % ln)
    if has_hn and cats[i] != 'new':
        err('meta line %d: hard negative not category new' % ln)
    if cats[i] in ('existing_match', 'repeat_of_new') and not any(t.startswith('anchor:') for t in ch):
        err('meta line %d: link without anchor tag' % ln)

# ------------------------------------------------------------------ data notes: fictitious ranges
TOLL = {'1300975707', '1300975708', '1300975709', '1300975710', '1300975711', '1800975707', '1800975708',
        '1800975709', '1800975710', '1800975711', '1800160401'}
OK_DOMAINS = ('example.com', 'example.net', 'example.org', 'example.com.au', 'gmail.com', 'bigpond.com',
              'outlook.com')
STATE_PC = {'VIC': '3', 'VICTORIA': '3', 'QLD': '4', 'QUEENSLAND': '4', 'Q': '4', 'WA': '6',
            'WESTERN AUSTRALIA': '6', 'SA': '5', 'SOUTH AUSTRALIA': '5', 'STH AUST': '5', 'TAS': '7',
            'TASMANIA': '7'}
for i, r in enumerate(rows):
    c = r['contact']
    if c['phone']:
        d = re.sub(r'\D', '', c['phone'])
        if d.startswith('61'):
            d = '0' + d[2:].lstrip('0')
        ok = (re.fullmatch(r'049157\d{4}', d) or re.fullmatch(r'0[2378](5550|7010)\d{4}', d)
              or re.fullmatch(r'(5550|7010)\d{4}', d) or d in TOLL)
        if not ok:
            err('line %d: phone outside fictitious ranges: %r' % (i + 1, c['phone']))
    if c['email']:
        em = c['email'].lower()
        if em.count('@') != 1:
            err('line %d: bad email %r' % (i + 1, c['email']))
        else:
            dom = em.split('@')[1]
            if not (dom in OK_DOMAINS or dom.endswith('.example')):
                err('line %d: e-mail domain not allowed: %r' % (i + 1, c['email']))
    a = c['address']
    if a and a['postalCode']:
        if not re.fullmatch(r'\d{4}', a['postalCode']):
            err('line %d: postcode %r' % (i + 1, a['postalCode']))
        reg = re.sub(r'[.]', '', (a['region'] or '')).upper()
        if reg in STATE_PC and a['postalCode'][0] != STATE_PC[reg]:
            err('line %d: postcode %s not plausible for %s' % (i + 1, a['postalCode'], a['region']))

# ------------------------------------------------------------------ counts
cc = collections.Counter(c for c in cats[1500:])
n_in = sum(cc.values())
per_ent = collections.Counter(r['entity'] for r, c in zip(rows, cats) if c == 'existing_match')
rep_ent = collections.Counter(r['entity'] for r, c in zip(rows, cats) if c == 'repeat_of_new')
kinds = collections.Counter(m.get('kind') for m in meta[:1500])
pers = sum(v for k, v in kinds.items() if k in ('person_patient', 'child_patient', 'ndis_participant',
                                                   'person_with_carer'))
print('au-health check')
print('  existing records         %d (distinct entities %d)' % (cats.count('existing'), len(existing_ids)))
print('  existing persons/orgs    %d / %d' % (pers, 1500 - pers))
print('  incoming records         %d' % n_in)
for k in ('existing_match', 'new', 'repeat_of_new'):
    print('    %-22s %4d (%.1f%%)' % (k, cc[k], 100.0 * cc[k] / max(n_in, 1)))
print('    existing matched: %d distinct, %d arrive twice' % (len(per_ent), sum(1 for v in per_ent.values() if v > 1)))
print('    new repeated: %d distinct, %d of them more than once' % (len(rep_ent), sum(1 for v in rep_ent.values() if v > 1)))
print('    hard negatives: %d  %s' % (sum(hn.values()), ', '.join('%s %d' % kv for kv in hn.most_common())))
print('  link evidence (links %d): email %d, phone %d, name+address %d (a link may have several)'
      % (evid['links'], evid['email'], evid['phone'], evid['nameaddr']))
print('  generator anchors: %s' % ', '.join('%s %d' % kv for kv in anchors.most_common()))
print('  existing kinds: %s' % ', '.join('%s %d' % kv for kv in kinds.most_common()))
print('  noise tags: %s' % ', '.join('%s %d' % kv for kv in tags.most_common()))

if cats.count('existing') != 1500 or n_in != 1500:
    err('expected 1500 existing and 1500 incoming')
for k, lo, hi in (('existing_match', 0.40, 0.50), ('new', 0.35, 0.45), ('repeat_of_new', 0.10, 0.20)):
    if not lo <= cc[k] / max(n_in, 1) <= hi:
        err('%s share %.3f outside [%.2f, %.2f]' % (k, cc[k] / max(n_in, 1), lo, hi))
if not 0.40 <= sum(hn.values()) / max(cc['new'], 1) <= 0.60:
    err('hard negatives are not about half of new')

if ERR:
    print('FAILED with %d error(s)' % len(ERR))
    sys.exit(1)
print('PASS')
