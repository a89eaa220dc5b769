#!/usr/bin/env python3
"""check.py - validate us-nonprofit set.jsonl / meta.jsonl and print statistics.

Independent of gen.py. Exit 0 = pass, 1 = failures (listed).
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FAIL = []


def fail(msg):
    FAIL.append(msg)


AREA = {'OR': {'503', '971', '541', '458'}, 'WA': {'206', '253', '360', '564', '425', '509'},
        'MN': {'612', '651', '218', '507', '320', '952', '763'},
        'MA': {'617', '857', '508', '774', '413', '978', '351', '781', '339'}, 'NM': {'505', '575'}}
TOLLFREE = {'800', '888', '877', '866', '855', '844', '833'}
ALL_AC = set().union(*AREA.values()) | TOLLFREE
ZIP3 = {'OR': (970, 979), 'WA': (980, 994), 'MN': (550, 567), 'MA': (10, 27), 'NM': (870, 884)}
STATE_NAMES = {'oregon': 'OR', 'washington': 'WA', 'minnesota': 'MN', 'massachusetts': 'MA', 'new mexico': 'NM'}
FREEMAIL = {'gmail.com', 'yahoo.com', 'comcast.net', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com',
            'msn.com', 'gmial.com', 'gmail.co', 'gamil.com', 'yaho.com', 'hotmial.com', 'comcast.com'}
CONTACT_KEYS = {'displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address'}
ADDR_KEYS = {'line1', 'line2', 'city', 'region', 'postalCode', 'country'}
LEGAL_STOP = {'the', 'inc', 'incorporated', 'llc', 'co', 'corp', 'corporation', 'company', 'ltd', 'limited',
              'pllc', 'pc', 'lp', 'llp', 'mr', 'mrs', 'ms', 'dr', 'rev', 'and'}
DIRWORDS = {'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west', 'northeast',
            'northwest', 'southeast', 'southwest'}


def deacc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def phone_key(s):
    if not s:
        return None
    s = re.split(r'(?i)\s*(?:ext\.?|extension|x|#)\s*\d', s)[0]
    d = re.sub(r'\D', '', s)
    if len(d) == 11 and d.startswith('1'):
        d = d[1:]
    return d or None


def email_key(s):
    return s.strip().lower() if s else None


def name_keys(c):
    """Normalised names of a record: case, punctuation, accents, legal form, titles ignored;
    trailing parentheticals (display de-duplication, '(for ...)') removed; word order ignored."""
    keys = set()
    disp = re.sub(r'(\s*\([^()]*\))+\s*$', '', c.get('displayName') or '')
    person = ' '.join(x for x in (c.get('givenName'), c.get('familyName')) if x)
    for s in (disp, c.get('companyName'), person):
        if not s:
            continue
        s = deacc(s).lower().replace('&', ' and ').replace("'", '')
        toks = [t for t in re.split(r'[^a-z0-9]+', s) if t and t not in LEGAL_STOP and len(t) > 1]
        if toks:
            keys.add(' '.join(sorted(toks)))
    return keys


def edit_distance(a, b, cap=3):
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[-1]


def near_identical(c1, c2):
    for a in name_keys(c1):
        for b in name_keys(c2):
            if len(a) < 4 or len(b) < 4:
                continue
            if a == b or edit_distance(a, b) <= (2 if min(len(a), len(b)) >= 20 else 1):
                return True
    return False


def zip5(a):
    d = re.sub(r'\D', '', (a or {}).get('postalCode') or '')
    return d[:5] if len(d) >= 5 else None


def house_street(a):
    l1 = deacc((a or {}).get('line1') or '').lower()
    m = re.match(r'\s*(\d+[a-z]?)\s+(.*)', l1)
    if not m:
        return None
    toks = [t for t in re.split(r'[^a-z0-9]+', m.group(2)) if t and t not in DIRWORDS]
    return (m.group(1), toks[0]) if toks else None


def shared_evidence(c1, c2):
    ev = set()
    if email_key(c1['email']) and email_key(c1['email']) == email_key(c2['email']):
        ev.add('email')
    if phone_key(c1['phone']) and phone_key(c1['phone']) == phone_key(c2['phone']):
        ev.add('phone')
    if near_identical(c1, c2):
        z1, z2 = zip5(c1['address']), zip5(c2['address'])
        h1, h2 = house_street(c1['address']), house_street(c2['address'])
        if (z1 and z1 == z2) or (h1 and h1 == h2):
            ev.add('nameaddr')
    return ev


def region_code(r):
    if not r:
        return None
    r = r.strip()
    if r.upper() in AREA:
        return r.upper()
    return STATE_NAMES.get(r.lower())


def main():
    sp, mp = os.path.join(HERE, 'set.jsonl'), os.path.join(HERE, 'meta.jsonl')
    rows = [json.loads(l) for l in open(sp, encoding='utf-8')]
    meta = [json.loads(l) for l in open(mp, encoding='utf-8')]
    if len(rows) != 3000:
        fail('set.jsonl has %d lines, expected 3000' % len(rows))
    if len(meta) != len(rows):
        fail('meta.jsonl has %d lines, set.jsonl %d' % (len(meta), len(rows)))
    # ---- schema
    for i, r in enumerate(rows, 1):
        if set(r) != {'set', 'entity', 'contact'}:
            fail('line %d: keys %s' % (i, sorted(r)))
            continue
        want = 'existing' if i <= 1500 else 'incoming'
        if r['set'] != want:
            fail('line %d: set=%r, expected %r' % (i, r['set'], want))
        if not re.fullmatch(r'E\d{5}', str(r['entity'])):
            fail('line %d: bad entity id %r' % (i, r['entity']))
        c = r['contact']
        if set(c) != CONTACT_KEYS:
            fail('line %d: contact keys %s' % (i, sorted(c)))
            continue
        if not isinstance(c['address'], dict) or set(c['address']) != ADDR_KEYS:
            fail('line %d: address keys' % i)
            continue
        for k in CONTACT_KEYS - {'address'}:
            if c[k] is not None and not isinstance(c[k], str):
                fail('line %d: %s not string/null' % (i, k))
        for k in ADDR_KEYS:
            if c['address'][k] is not None and not isinstance(c['address'][k], str):
                fail('line %d: address.%s not string/null' % (i, k))
        if not (c['displayName'] or '').strip():
            fail('line %d: empty displayName' % i)
    if FAIL:
        return report(rows, meta)
    existing = rows[:1500]
    incoming = rows[1500:]
    ex_ids = [r['entity'] for r in existing]
    if len(set(ex_ids)) != len(ex_ids):
        fail('existing entity ids not unique')
    ex_set = set(ex_ids)
    # ---- display names unique within each set (QuickBooks rule, case-insensitive)
    for name, part in (('existing', existing), ('incoming', incoming)):
        cnt = collections.Counter(r['contact']['displayName'].strip().lower() for r in part)
        d = [k for k, v in cnt.items() if v > 1]
        if d:
            fail('%s: %d duplicate display names, e.g. %r' % (name, len(d), d[:3]))
    # ---- meta consistency / categories
    seen_inc = set()
    for i, (r, m) in enumerate(zip(rows, meta), 1):
        if m.get('line') != i or m.get('entity') != r['entity']:
            fail('meta line %d: line/entity mismatch' % i)
        if not isinstance(m.get('changes'), list):
            fail('meta line %d: changes not a list' % i)
        e = r['entity']
        if i <= 1500:
            exp = 'existing'
        elif e in ex_set:
            exp = 'existing_match'
        elif e in seen_inc:
            exp = 'repeat_of_new'
        else:
            exp = 'new'
        if i > 1500:
            seen_inc.add(e)
        if m.get('category') != exp:
            fail('meta line %d: category %r, expected %r' % (i, m.get('category'), exp))
    # ---- links share evidence with an earlier record of their entity
    earlier = collections.defaultdict(list)
    for r in existing:
        earlier[r['entity']].append(r['contact'])
    ev_count = collections.Counter()
    earlier_ents = set(ex_set)
    for i, (r, m) in enumerate(zip(incoming, meta[1500:]), 1501):
        e = r['entity']
        if m['category'] in ('existing_match', 'repeat_of_new'):
            evs = set()
            for p in earlier[e]:
                evs |= shared_evidence(r['contact'], p)
            if not evs:
                fail('line %d (%s %s): link shares no e-mail/phone/name+address with an earlier record'
                     % (i, m['category'], e))
            for x in evs:
                ev_count[x] += 1
            ev_count['links'] += 1
        if any(t.startswith('hard_negative:') for t in m['changes']):
            imit = [t.split(':', 1)[1] for t in m['changes'] if t.startswith('imitates:')]
            if not imit:
                fail('line %d: hard negative without imitates:' % i)
            for x in imit:
                if x == e or x not in earlier_ents:
                    fail('line %d: imitates %s is not an earlier, different entity' % (i, x))
        earlier[e].append(r['contact'])
        earlier_ents.add(e)
    # ---- data notes: phones, e-mails, ZIPs
    for i, r in enumerate(rows, 1):
        c = r['contact']
        if c['phone']:
            d = phone_key(c['phone'])
            if not (d and len(d) == 10 and d[:3] in ALL_AC and re.fullmatch(r'\d{3}5550(1\d\d)', d)):
                fail('line %d: phone %r outside NXX-555-0100..0199 / allowed area codes' % (i, c['phone']))
        if c['email']:
            em = c['email'].strip().lower()
            if em.count('@') != 1:
                fail('line %d: malformed e-mail %r' % (i, em))
            else:
                dom = em.split('@')[1]
                if not (dom in FREEMAIL or dom in ('example.com', 'example.net', 'example.org') or dom.endswith('.example')):
                    fail('line %d: e-mail domain %r not allowed' % (i, dom))
        a = c['address']
        st = region_code(a['region'])
        if a['region'] and not st:
            fail('line %d: region %r not one of the five states' % (i, a['region']))
        z = zip5(a)
        if a['postalCode'] and not re.fullmatch(r'\d{5}(-\d{4})?', a['postalCode'].strip()):
            fail('line %d: postal code %r' % (i, a['postalCode']))
        if z and st:
            lo, hi = ZIP3[st]
            if not lo <= int(z[:3]) <= hi:
                fail('line %d: ZIP %s implausible for %s' % (i, z, st))
    return report(rows, meta, ev_count)


def report(rows, meta, ev_count=None):
    cat = collections.Counter(m.get('category') for m in meta)
    inc = [m for m in meta[1500:]]
    print('us-nonprofit check')
    print('  lines: %d set / %d meta' % (len(rows), len(meta)))
    print('  existing: %d' % cat['existing'])
    n_inc = len(inc) or 1
    for k in ('existing_match', 'new', 'repeat_of_new'):
        print('  %-15s %4d (%.1f%%)' % (k, cat[k], 100.0 * cat[k] / n_inc))
    em = collections.Counter(m['entity'] for m in inc if m.get('category') == 'existing_match')
    print('  existing customers matched: %d (%d arrive more than once)' % (len(em), sum(1 for v in em.values() if v > 1)))
    rp = collections.Counter(m['entity'] for m in inc if m.get('category') == 'repeat_of_new')
    print('  new customers repeating: %d (%d of them more than once)' % (len(rp), sum(1 for v in rp.values() if v > 1)))
    hn = collections.Counter(t.split(':', 1)[1] for m in inc for t in m.get('changes', []) if t.startswith('hard_negative:'))
    print('  hard negatives: %d  %s' % (sum(hn.values()), ', '.join('%s %d' % kv for kv in hn.most_common())))
    print('  plain new: %d' % sum(1 for m in inc if 'plain_new' in m.get('changes', [])))
    kinds = collections.Counter(m.get('kind') for m in meta[:1500])
    persons = sum(v for k, v in kinds.items() if k in ('single', 'couple', 'family', 'widow'))
    print('  existing persons/households: %d, organisations: %d' % (persons, 1500 - persons))
    print('  existing kinds: ' + ', '.join('%s %d' % kv for kv in kinds.most_common()))
    an = collections.Counter(t for m in inc for t in m.get('changes', []) if t.startswith('anchor:'))
    print('  generator anchors: ' + ', '.join('%s %d' % kv for kv in an.most_common()))
    if ev_count:
        print('  links: %d; independently verified evidence: email %d, phone %d, name+address %d'
              % (ev_count['links'], ev_count['email'], ev_count['phone'], ev_count['nameaddr']))
    tags = collections.Counter(t for m in inc for t in m.get('changes', [])
                               if not t.startswith(('anchor:', 'imitates:', 'hard_negative:')))
    print('  noise tags (top 40): ' + ', '.join('%s %d' % kv for kv in tags.most_common(40)))
    total = len(meta[1500:])
    if total and not (0.40 <= cat['existing_match'] / total <= 0.50 and 0.35 <= cat['new'] / total <= 0.45
                      and 0.10 <= cat['repeat_of_new'] / total <= 0.20):
        fail('incoming mix outside targets (45/40/15 +-5)')
    if cat['new'] and not 0.4 <= sum(hn.values()) / cat['new'] <= 0.6:
        fail('hard negatives are not about half of new')
    if FAIL:
        print('FAIL (%d)' % len(FAIL))
        for f in FAIL[:40]:
            print('  - ' + f)
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
