#!/usr/bin/env python3
"""
check.py -- validates set.jsonl / meta.jsonl of the 'uk-accounts' labelled set.
Stdlib only.  Exit status 0 = all checks passed.   python3 check.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
CONTACT_KEYS = {'displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address'}
ADDR_KEYS = {'line1', 'line2', 'city', 'region', 'postalCode', 'country'}
CATS = {'existing', 'existing_match', 'new', 'repeat_of_new'}
EXPECT = {'existing': 1500, 'incoming': 1500}
SHARE = {'existing_match': (0.40, 0.50), 'new': (0.35, 0.45), 'repeat_of_new': (0.12, 0.18)}

errors = []


def err(msg):
    errors.append(msg)
    if len(errors) <= 40:
        print('ERROR:', msg)


# ---- link-evidence rule (identical to gen.py) -------------------------------------------
NAME_STOP = {'the', 'ltd', 'limited', 'plc', 'llp', 'cic', 'cio', 'co', 'company', 'mr', 'mrs', 'ms', 'miss', 'dr',
             'ta', 't', 'a', 'trading', 'as'}
ADDR_EXP = {'rd': 'road', 'st': 'street', 'ave': 'avenue', 'ln': 'lane', 'cl': 'close', 'cres': 'crescent',
            'dr': 'drive', 'gdns': 'gardens', 'pl': 'place', 'terr': 'terrace', 'gr': 'grove'}


def deaccent(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('’', "'")
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def norm_tokens(s):
    s = deaccent(s or '').lower().replace('&', ' and ')
    s = re.sub(r"[.'`]", '', s)
    return re.sub(r'[^a-z0-9]+', ' ', s).split()


def ev_emails(c):
    return set(x for x in re.split(r'[,;\s]+', (c['email'] or '').lower()) if '@' in x)


def ev_phone(c):
    d = re.sub(r'\D', '', c['phone'] or '')
    if d.startswith('440'):
        d = d[2:]
    elif d.startswith('44'):
        d = '0' + d[2:]
    return d or None


def ev_names(c):
    out = []
    for s in (c['displayName'], c['companyName']):
        if s:
            k = ' '.join(sorted(t for t in norm_tokens(s) if t not in NAME_STOP))
            if k:
                out.append(k)
    return out


def ev_addr(c):
    a = c['address']
    pc = re.sub(r'\s', '', a['postalCode'] or '').upper()
    toks = norm_tokens(' '.join(x for x in (a['line1'], a['line2']) if x).replace('/', ' '))
    return pc, ' '.join(sorted(ADDR_EXP.get(t, t) for t in toks))


def name_sim(c1, c2):
    return max([SequenceMatcher(None, a, b).ratio() for a in ev_names(c1) for b in ev_names(c2)] or [0])


def addr_same(c1, c2):
    (p1, l1), (p2, l2) = ev_addr(c1), ev_addr(c2)
    if p1 and p2:
        return p1 == p2
    return bool(l1 and l2) and SequenceMatcher(None, l1, l2).ratio() >= 0.85


def link_evidence(c, earlier):
    ev = set()
    for o in earlier:
        if ev_emails(c) & ev_emails(o):
            ev.add('email')
        if ev_phone(c) and ev_phone(c) == ev_phone(o):
            ev.add('phone')
        if name_sim(c, o) >= 0.85 and addr_same(c, o):
            ev.add('name+address')
    return ev


# ---- load ---------------------------------------------------------------------------------
def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except ValueError as ex:
                err('%s line %d does not parse: %s' % (name, i, ex))
                out.append(None)
    return out


def main():
    recs, meta = load('set.jsonl'), load('meta.jsonl')
    if errors:
        return finish()
    if len(recs) != len(meta):
        err('set.jsonl has %d lines, meta.jsonl %d' % (len(recs), len(meta)))
    # structure
    for i, r in enumerate(recs, 1):
        if set(r) != {'set', 'entity', 'contact'} or r['set'] not in ('existing', 'incoming'):
            err('line %d: bad top-level keys/set' % i)
            continue
        if not isinstance(r['entity'], str) or not r['entity']:
            err('line %d: entity must be a non-empty string' % i)
        c = r['contact']
        if set(c) != CONTACT_KEYS or not isinstance(c['address'], dict) or set(c['address']) != ADDR_KEYS:
            err('line %d: contact/address keys wrong' % i)
            continue
        for k, v in list(c.items()) + list(c['address'].items()):
            if k != 'address' and v is not None and not isinstance(v, str):
                err('line %d: field %s is not string/null' % (i, k))
        if not c['displayName']:
            err('line %d: empty displayName' % i)
    sides = [r['set'] for r in recs]
    n_ex = sides.count('existing')
    if sides != ['existing'] * n_ex + ['incoming'] * (len(sides) - n_ex):
        err('existing lines are not all before incoming lines')
    for s, n in EXPECT.items():
        if sides.count(s) != n:
            err('%s count %d != %d' % (s, sides.count(s), n))
    ex = recs[:n_ex]
    ex_ids = [r['entity'] for r in ex]
    if len(set(ex_ids)) != len(ex_ids):
        err('existing entity ids not unique')
    ex_names = Counter(r['contact']['displayName'].casefold() for r in ex)
    for n, k in ex_names.items():
        if k > 1:
            err('existing displayName not unique: %r' % n)
    inc_names = Counter(r['contact']['displayName'].casefold() for r in recs[n_ex:])
    dup_inc = [n for n, k in inc_names.items() if k > 1]
    # meta alignment + categories
    ex_set = set(ex_ids)
    by_entity = defaultdict(list)          # entity -> [line numbers so far]
    first_new_line = {}
    cats = Counter()
    hn_kinds = Counter()
    evidence = Counter()
    change_counts = Counter()
    hn_overlap = Counter()
    for i, (r, m) in enumerate(zip(recs, meta), 1):
        if m is None or set(m) != {'line', 'entity', 'category', 'changes'}:
            err('meta line %d: keys wrong' % i)
            continue
        if m['line'] != i or m['entity'] != r['entity']:
            err('meta line %d: not aligned (line=%s entity=%s)' % (i, m['line'], m['entity']))
        cat = m['category']
        if cat not in CATS:
            err('meta line %d: unknown category %r' % (i, cat))
        cats[cat] += 1
        tags = dict(t.split(':', 1) for t in m['changes'] if ':' in t)
        for t in m['changes']:
            change_counts[t.split(':')[0] if t.split(':')[0] in ('kind', 'region', 'cluster', 'hard_negative_of',
                                                                   'repeat_of_line') else t] += 1
        e = r['entity']
        if r['set'] == 'existing':
            if cat != 'existing':
                err('line %d: existing record with category %s' % (i, cat))
        elif cat == 'existing_match':
            if e not in ex_set:
                err('line %d: existing_match of unknown existing entity %s' % (i, e))
        elif cat == 'new':
            if e in ex_set or by_entity[e]:
                err('line %d: "new" entity %s was seen before' % (i, e))
            first_new_line[e] = i
        elif cat == 'repeat_of_new':
            if e in ex_set or e not in first_new_line:
                err('line %d: repeat_of_new without an earlier new record' % i)
            elif tags.get('repeat_of_line') != str(first_new_line[e]):
                err('line %d: repeat_of_line tag wrong' % i)
        if 'hard_negative' in tags:
            if cat not in ('new', 'repeat_of_new'):
                err('line %d: hard negative tag on %s' % (i, cat))
            t = tags.get('hard_negative_of')
            if t not in ex_set or t == e:
                err('line %d: hard_negative_of %s is not another existing entity' % (i, t))
            if cat == 'new':
                hn_kinds[tags['hard_negative']] += 1
                tgt = recs[ex_ids.index(t)]['contact']
                c = r['contact']
                ov = []
                if ev_emails(c) & ev_emails(tgt):
                    ov.append('email')
                if ev_phone(c) and ev_phone(c) == ev_phone(tgt):
                    ov.append('phone')
                if addr_same(c, tgt):
                    ov.append('address')
                if name_sim(c, tgt) >= 0.7:
                    ov.append('similar_name')
                hn_overlap[tuple(ov) or ('nothing',)] += 1
        if cat in ('existing_match', 'repeat_of_new'):
            earlier = [recs[j - 1]['contact'] for j in by_entity[e]]
            ev = link_evidence(r['contact'], earlier)
            if not ev:
                err('line %d: link to %s shares no email/phone/name+address with an earlier record' % (i, e))
            for x in ev:
                evidence[x] += 1
            evidence['links'] += 1
        by_entity[e].append(i)
    n_inc = len(recs) - n_ex
    for cat, (lo, hi) in SHARE.items():
        if not lo <= cats[cat] / n_inc <= hi:
            err('category %s share %.3f outside [%s, %s]' % (cat, cats[cat] / n_inc, lo, hi))
    n_hn = sum(hn_kinds.values())
    if not 0.4 <= n_hn / max(cats['new'], 1) <= 0.6:
        err('hard negatives are %d of %d new records (expected about half)' % (n_hn, cats['new']))
    # contact collisions must stay inside designed clusters
    owner = defaultdict(set)
    cluster = {}
    for r, m in zip(recs, meta):
        cl = [t.split(':', 1)[1] for t in m['changes'] if t.startswith('cluster:')]
        cluster[r['entity']] = cl[0] if cl else r['entity']
        for em in ev_emails(r['contact']):
            owner['email:' + em].add(r['entity'])
        ph = ev_phone(r['contact'])
        if ph:
            owner['phone:' + ph].add(r['entity'])
    shared = 0
    for key, ents in owner.items():
        if len(ents) > 1:
            shared += 1
            if len(set(cluster[x] for x in ents)) > 1:
                err('%s shared by unrelated entities %s' % (key, sorted(ents)))
    # report
    print('lines: %d (existing %d, incoming %d)' % (len(recs), n_ex, n_inc))
    print('categories:', dict(cats))
    print('hard negatives (first records): %d  %s' % (n_hn, dict(hn_kinds)))
    print('hard-negative overlap with target record:',
          ', '.join('%s=%d' % ('+'.join(k), v) for k, v in hn_overlap.most_common()))
    print('link evidence over %d links: %s' % (evidence['links'], {k: v for k, v in evidence.items() if k != 'links'}))
    print('entities with >1 record: %d; e-mails/phones shared across entities (in clusters): %d'
          % (sum(1 for v in by_entity.values() if len(v) > 1), shared))
    print('incoming displayName duplicates: %d' % len(dup_inc))
    print('noise/changes:', ', '.join('%s=%d' % kv for kv in sorted(change_counts.items(), key=lambda kv: -kv[1])
                                      if kv[0] not in ('kind', 'region', 'cluster', 'hard_negative_of', 'repeat_of_line')))
    return finish()


def finish():
    if errors:
        print('FAILED: %d error(s)' % len(errors))
        return 1
    print('OK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
