#!/usr/bin/env python3
"""Validator for the us-music labelled record-linkage set.

Checks: schema, counts, unique existing display names, categories re-derived
from entity ids vs meta.jsonl, fictitious phone ranges / e-mail domains,
the LINK-EVIDENCE rule for every incoming match (and repeat of a new customer),
and the DECIDABILITY rule for every hard negative.  Prints statistics.
Exit status 0 = pass.

The comparison helpers below (names, nicknames, addresses, org names) are this
checker's own deliberately simple "careful bookkeeper" rules; gen.py imports
them only to re-draw noise that would break the rule.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------- text utils

def fold(s):
    if not s:
        return ''
    s = (s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o')
          .replace('ß', 'ss').replace('’', "'"))
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower()


def toks(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s).replace("'", '')) if t]


def dl(a, b):
    """Optimal-string-alignment Damerau-Levenshtein distance."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > 3:
        return abs(la - lb)
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


def close(a, b):
    if a == b:
        return True
    n = max(len(a), len(b))
    tol = 0 if n <= 3 else (1 if n <= 6 else 2)
    return dl(a, b) <= tol

# ------------------------------------------------------------------ nicknames
# each group: formal form(s) first, then diminutives / transliteration variants
NICK_GROUPS = [
    'robert bob bobby rob robbie bert', 'william bill billy will willie liam',
    'elizabeth liz beth betsy lizzie eliza libby betty',
    'katherine catherine kathryn kate katie kathy cathy kat',
    'margaret maggie meg peggy margie', 'james jim jimmy jamie',
    'john jack johnny', 'michael mike mikey mick', 'richard rick ricky rich dick',
    'thomas tom tommy', 'christopher chris topher', 'christine christina kristine chris chrissy tina',
    'jennifer jen jenny jenn', 'jonathan jon jonny', 'daniel dan danny',
    'matthew matt', 'patricia pat patty trish tricia', 'patrick pat paddy',
    'rebecca becky becca', 'susan sue susie suzy', 'stephanie steph',
    'stephen steven steve', 'samantha sam sammy', 'samuel sam sammy',
    'benjamin ben benny', 'nicholas nick nicky', 'anthony tony',
    'joseph joe joey', 'edward ed eddie ted ned', 'theodore ted teddy theo',
    'andrew andy drew', 'deborah deb debbie', 'victoria vicky tori',
    'jacqueline jackie', 'kimberly kim', 'timothy tim timmy', 'gregory greg',
    'jeffrey jeff', 'douglas doug', 'peter pete', 'charles charlie chuck',
    'henry hank harry', 'abigail abby', 'allison allie ally', 'caroline carrie',
    'melissa mel missy', 'amanda mandy', 'barbara barb barbie', 'nancy nan',
    'jessica jess jessie', 'michelle shelly', 'nicole nikki', 'lauren laurie',
    'alexander aleksandr aleksander alexandre alex sasha sacha olek',
    'alexandra aleksandra alex sasha ola', 'dmitri dmitry dima',
    'ekaterina katya katia', 'natalia natalya natasha', 'mikhail misha',
    'elena yelena lena', 'anastasia nastya', 'tatiana tatyana tanya',
    'vladimir vova volodya', 'ivan vanya', 'sergei sergey seryozha',
    'yulia julia', 'irina ira', 'svetlana sveta', 'olga olya', 'nikolai kolya',
    'pavel pasha', 'alexei alexey aleksei lyosha', 'yuri yury', 'andrei andrey',
    'katarzyna kasia', 'malgorzata gosia', 'krzysztof krzys', 'agnieszka aga',
    'wojciech wojtek', 'tomasz tomek', 'grzegorz grzes', 'magdalena magda',
    'jose pepe', 'francisco paco pancho', 'guadalupe lupe', 'jesus chuy',
    'alejandro alex', 'alejandra ale', 'roberto beto', 'eduardo lalo',
    'guillermo memo', 'ricardo ricky', 'fernando nando', 'maria mari',
    'oluwaseun seun', 'babatunde tunde', 'funmilayo funmi', 'oluwatobi tobi',
    'chiamaka amaka', 'ifeoma ify', 'adaeze ada', 'oluwakemi kemi',
    'folasade sade', 'chukwuemeka emeka', 'temitope tope', 'olumide mide',
    'mohammed muhammad mohamed mohammad mo moe', 'youssef yousef yusuf',
    'genevieve gen', 'sebastien seb', 'mathieu matthieu',
]
NICK = defaultdict(set)
for _g in NICK_GROUPS:
    _names = _g.split()
    for _n in _names:
        NICK[_n] |= set(_names)

SUFFIX_TOKENS = {'jr', 'sr', 'ii', 'iii', 'iv'}
PARTICLES = {'de', 'la', 'del', 'dela', 'delos', 'van', 'von', 'al', 'el', 'da', 'di', 'le'}


def _forms(s, family=False):
    t = [x for x in toks(s) if x not in SUFFIX_TOKENS]
    out = set()
    for x in t:
        if len(x) >= 2 and not (family and x in PARTICLES and len(t) > 1):
            out.add(x)
    if len(t) > 1:
        out.add(''.join(t))
        if not family:
            out.add(''.join(x[0] for x in t))   # Jean-Francois -> jf
    return out


def given_eq(a, b):
    fa, fb = _forms(a), _forms(b)
    for x in fa:
        for y in fb:
            if close(x, y) or y in NICK.get(x, ()) or x in NICK.get(y, ()):
                return True
            if len(y) >= 4 and any(close(n, y) for n in NICK.get(x, ())):
                return True
            if len(x) >= 4 and any(close(n, x) for n in NICK.get(y, ())):
                return True
    return False


def family_eq(a, b):
    fa, fb = _forms(a, True), _forms(b, True)
    return any(close(x, y) for x in fa for y in fb)


def _strip_display(d):
    d = re.sub(r'\(.*?\)', ' ', d)
    d = re.sub(r'\b(jr|sr|ii|iii|iv)\b\.?', ' ', d, flags=re.I)
    d = re.sub(r'\s+\d+\s*$', ' ', d)
    return d.strip(' ,')


def _splits(s):
    out = []
    s = _strip_display(s)
    if ',' in s:
        left, right = s.split(',', 1)
        if left.strip() and right.strip():
            out.append((right.strip(), left.strip()))
        return out
    t = s.split()
    for i in range(1, len(t)):
        out.append((' '.join(t[:i]), ' '.join(t[i:])))
    return out


def name_pairs(c):
    out = []
    g, f = c.get('givenName'), c.get('familyName')
    if g and f:
        out.append((g, f))
    if c.get('displayName') and not c.get('companyName'):
        out += _splits(c['displayName'])
    if g and not f:
        out += _splits(g)
    if f and not g:
        out += _splits(f)
    out += [(b, a) for a, b in out]
    return out


def names_same(ce, ci):
    pe, pi = name_pairs(ce), name_pairs(ci)
    for g1, f1 in pe:
        for g2, f2 in pi:
            if family_eq(f1, f2) and given_eq(g1, g2):
                return True
    return False

# ----------------------------------------------------------------- org names
ORG_EXPAND = {'st': 'saint', 'ste': 'sainte', 'ctr': 'center', 'centre': 'center', 'cntr': 'center',
              'elem': 'elementary', 'comm': 'community', 'umc': 'united methodist church',
              'sd': 'school district', 'hs': 'high school', 'ms': 'middle school',
              'pres': 'presbyterian', 'presb': 'presbyterian', 'assn': 'association',
              'dept': 'department', 'rec': 'recreation', 'sch': 'school', 'dist': 'district',
              'intl': 'international', 'mt': 'mount', 'ft': 'fort', 'acad': 'academy',
              'lib': 'library', 'bd': 'board', 'eglise': 'saint church', 'parish': 'church'}
ORG_STOP = {'the', 'of', 'inc', 'llc', 'l', 'c', 'ltd', 'co', 'corp', 'and', 'lp', 'llp', 'pllc', 'company', 's'}


def org_tokens(s):
    out = []
    for t in toks(s.replace('&', ' and ')):
        out += ORG_EXPAND.get(t, t).split()
    return [t for t in out if t not in ORG_STOP]


def org_name_same(a, b):
    ta, tb = org_tokens(a), org_tokens(b)
    if not ta or not tb:
        return False
    ja, jb = ' '.join(ta), ' '.join(tb)
    if ja == jb or SequenceMatcher(None, ja, jb).ratio() >= 0.88:
        return True
    sa, sb = set(ta), set(tb)
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(small) >= 2 and small <= big and len(small) / len(big) >= 0.6:
        return True
    # token-wise fuzzy alignment (typos)
    if len(ta) == len(tb) and all(close(x, y) for x, y in zip(ta, tb)):
        return True
    return False


def has_company(c):
    return bool(c.get('companyName'))


def legal_form(c):
    s = ' ' + ' '.join(toks(c.get('companyName') or '')) + ' '
    return any(f' {x} ' in s for x in ('llc', 'l l c', 'inc', 'ltd', 'llp', 'pllc', 'corp'))

# ------------------------------------------------------------ e-mail / phone

def email_eq(a, b):
    if not a or not b:
        return False
    a, b = a.strip().lower(), b.strip().lower()
    return a == b or dl(a, b) <= 1


def phone_digits(p):
    if not p:
        return ''
    d = re.sub(r'\D', '', p)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d


def phone_eq(a, b):
    da, db = phone_digits(a), phone_digits(b)
    return len(da) == 10 and da == db

# ----------------------------------------------------------------- addresses
SUFFIX = {'street': 'st', 'st': 'st', 'str': 'st', 'avenue': 'ave', 'ave': 'ave', 'av': 'ave',
          'road': 'rd', 'rd': 'rd', 'drive': 'dr', 'dr': 'dr', 'lane': 'ln', 'ln': 'ln',
          'court': 'ct', 'ct': 'ct', 'place': 'pl', 'pl': 'pl', 'boulevard': 'blvd', 'blvd': 'blvd',
          'terrace': 'ter', 'ter': 'ter', 'terr': 'ter', 'parkway': 'pkwy', 'pkwy': 'pkwy',
          'circle': 'cir', 'cir': 'cir', 'way': 'way', 'crescent': 'cres', 'cres': 'cres',
          'trail': 'trl', 'trl': 'trl', 'highway': 'hwy', 'hwy': 'hwy', 'square': 'sq', 'sq': 'sq'}
DIRS = {'north': 'n', 'n': 'n', 'south': 's', 's': 's', 'east': 'e', 'e': 'e', 'west': 'w', 'w': 'w',
        'northeast': 'ne', 'ne': 'ne', 'northwest': 'nw', 'nw': 'nw', 'southeast': 'se', 'se': 'se',
        'southwest': 'sw', 'sw': 'sw'}
UNIT_RE = re.compile(r'(?:\b(?:apt|apartment|unit|suite|ste)\b\.?|#)\s*#?\s*([a-z0-9]+)')


def parse_addr(a):
    text = fold(' '.join(x for x in (a.get('line1'), a.get('line2')) if x))
    unit = None
    m = re.match(r'^\s*([0-9]+[a-z]?)\s*-\s*([0-9]+)\b', text)       # Canadian 1203-45 Main St
    if m:
        unit = m.group(1)
        text = m.group(2) + text[m.end():]
    m = UNIT_RE.search(text)
    if m:
        unit = unit or m.group(1)
        text = text[:m.start()] + ' ' + text[m.end():]
    t = [x for x in re.split(r'[^a-z0-9]+', text) if x]
    num = None
    while t and num is None:
        x = t.pop(0)
        if re.match(r'^\d+[a-z]?$', x):
            num = x
    if t and t[0] in DIRS and len(t) > 1:
        t.pop(0)
    if t and t[-1] in DIRS and len(t) > 1:
        t.pop()
    sfx = None
    if t and t[-1] in SUFFIX and len(t) > 1:
        sfx = SUFFIX[t.pop()]
    street = ''.join(t)
    postal = re.sub(r'[^A-Z0-9]', '', fold(a.get('postalCode')).upper())
    if postal.isdigit():
        postal = postal[:5]
    city = ''.join(toks(a.get('city') or '')).replace('saint', 'st')
    return dict(num=num, street=street, sfx=sfx, unit=unit, postal=postal, city=city)


def addr_same(a, b):
    if not a or not b:
        return False
    pa, pb = parse_addr(a), parse_addr(b)
    if not pa['num'] or pa['num'] != pb['num'] or not pa['street'] or not pb['street']:
        return False
    if not (dl(pa['street'], pb['street']) <= 2 or pa['street'] in pb['street'] or pb['street'] in pa['street']):
        return False
    if pa['sfx'] and pb['sfx'] and pa['sfx'] != pb['sfx']:
        return False
    if pa['unit'] and pb['unit'] and pa['unit'] != pb['unit']:
        return False
    loc = False
    if pa['postal'] and pb['postal'] and dl(pa['postal'], pb['postal']) <= 1:
        loc = True
    if pa['city'] and pb['city'] and dl(pa['city'], pb['city']) <= 2:
        loc = True
    return loc

# --------------------------------------------------------------- the rules

def student_marker(c):
    return 'student' in fold(c.get('displayName') or '')


def suffixes(c):
    s = set()
    for k in ('displayName', 'givenName', 'familyName'):
        s |= set(toks(c.get(k) or '')) & SUFFIX_TOKENS
    return s


def link_evidence(ce, ci):
    """Evidence a careful bookkeeper would accept that ci is the same customer as ce."""
    ev = []
    if email_eq(ce.get('email'), ci.get('email')):
        ev.append('email')
    if phone_eq(ce.get('phone'), ci.get('phone')):
        ev.append('phone')
    if has_company(ce) and has_company(ci):
        nm = org_name_same(ce['companyName'], ci['companyName'])
    elif not has_company(ce) and not has_company(ci):
        nm = names_same(ce, ci)
    else:
        nm = False
    if nm and addr_same(ce.get('address'), ci.get('address')):
        ev.append('name+address')
    return ev


def distinguishing(ce, ci):
    """What a careful human would weigh to tell the look-alike ci apart from ce."""
    r = []
    if student_marker(ce) != student_marker(ci):
        r.append('student_marker')
    if has_company(ce) != has_company(ci) or (has_company(ce) and legal_form(ce) != legal_form(ci)):
        r.append('company_form')
    elif has_company(ce) and has_company(ci) and not org_name_same(ce['companyName'], ci['companyName']):
        r.append('org_name')
    if suffixes(ce) != suffixes(ci):
        r.append('suffix')
    if not has_company(ce) and not has_company(ci) and not names_same(ce, ci):
        r.append('name')
    has_e = (ce.get('email') or ce.get('phone')) and (ci.get('email') or ci.get('phone'))
    if has_e and not email_eq(ce.get('email'), ci.get('email')) and not phone_eq(ce.get('phone'), ci.get('phone')):
        r.append('contact')
    if ce.get('address') and ci.get('address') and not addr_same(ce['address'], ci['address']):
        r.append('address')
    return r

# ------------------------------------------------------------------ validate
WEBMAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'comcast.net',
           'shaw.ca', 'rogers.com', 'aol.com', 'yahoo.ca', 'live.com', 'me.com', 'sympatico.ca', 'telus.net']
CFIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
AFIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def main():
    errors = []

    def err(msg):
        if len(errors) < 60:
            print('ERROR:', msg)
        errors.append(msg)

    rows = [json.loads(l) for l in open(os.path.join(HERE, 'set.jsonl'), encoding='utf-8')]
    meta = [json.loads(l) for l in open(os.path.join(HERE, 'meta.jsonl'), encoding='utf-8')]
    if len(rows) != 3000:
        err(f'set.jsonl has {len(rows)} lines, expected 3000')
    if len(meta) != len(rows):
        err('meta.jsonl line count differs from set.jsonl')

    # ---- schema
    for i, r in enumerate(rows, 1):
        if set(r) != {'set', 'entity', 'contact'}:
            err(f'line {i}: bad keys {sorted(r)}')
            continue
        if r['set'] not in ('existing', 'incoming') or not isinstance(r['entity'], str):
            err(f'line {i}: bad set/entity')
        c = r['contact']
        if not isinstance(c, dict) or list(c) != CFIELDS:
            err(f'line {i}: bad contact keys')
            continue
        for k in CFIELDS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or v != v.strip() or v == ''):
                err(f'line {i}: field {k} not a clean string/null: {v!r}')
        if not c['displayName']:
            err(f'line {i}: displayName missing')
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a) != AFIELDS:
                err(f'line {i}: bad address keys')
            else:
                for k in AFIELDS:
                    v = a[k]
                    if v is not None and (not isinstance(v, str) or v != v.strip() or v == ''):
                        err(f'line {i}: address.{k} not a clean string/null: {v!r}')
        if c['phone']:
            d = phone_digits(c['phone'])
            if not ((len(d) == 10 and d[3:6] == '555' and '0100' <= d[6:] <= '0199') or
                    (len(d) == 7 and d[:3] == '555' and '0100' <= d[3:] <= '0199')):
                err(f'line {i}: phone outside fictitious 555-01xx range: {c["phone"]}')
        if c['email']:
            e = c['email'].lower()
            if e.count('@') != 1:
                err(f'line {i}: malformed email {e}')
            else:
                dom = e.split('@')[1]
                ok = ('example' in dom) or any(dl(dom, w) <= 1 for w in WEBMAIL)
                if not ok:
                    err(f'line {i}: e-mail domain not webmail/example: {e}')

    # ---- order and counts
    sets = [r['set'] for r in rows]
    n_ex = sets.count('existing')
    if sets != ['existing'] * n_ex + ['incoming'] * (len(rows) - n_ex):
        err('existing lines must come first, then incoming')
    if n_ex != 1500 or len(rows) - n_ex != 1500:
        err(f'expected 1500 existing + 1500 incoming, got {n_ex} + {len(rows) - n_ex}')
    existing = {}
    for i, r in enumerate(rows, 1):
        if r['set'] == 'existing':
            if r['entity'] in existing:
                err(f'line {i}: duplicate existing entity {r["entity"]}')
            existing[r['entity']] = r['contact']
    dn = Counter(c['displayName'].strip().lower() for c in existing.values())
    for k, v in dn.items():
        if v > 1:
            err(f'existing displayName not unique: {k!r} x{v}')

    # ---- categories from ids
    derived = []
    seen = defaultdict(list)     # entity -> incoming contacts so far
    for i, r in enumerate(rows, 1):
        if r['set'] == 'existing':
            derived.append('existing')
        elif r['entity'] in existing:
            derived.append('existing_match')
        elif r['entity'] not in seen:
            derived.append('new')
        else:
            derived.append('repeat_of_new')
        if r['set'] == 'incoming':
            seen[r['entity']].append(i)
    for i, (m, d, r) in enumerate(zip(meta, derived, rows), 1):
        if m.get('line') != i or m.get('entity') != r['entity'] or m.get('category') != d:
            err(f'meta line {i} inconsistent: {m} vs derived {d}')
        if not isinstance(m.get('changes'), list) or not m.get('kind'):
            err(f'meta line {i}: kind/changes missing')

    # ---- link evidence and decidability
    ev_stats = Counter()
    ev_only = Counter()
    rep_stats = Counter()
    hn_kinds = Counter()
    hn_reasons = Counter()
    tag_stats = Counter()
    amb_match = 0
    email_idx = defaultdict(set)
    phone_idx = defaultdict(set)
    for eid, c in existing.items():
        if c['email']:
            email_idx[c['email'].lower()].add(eid)
        if phone_digits(c['phone']) and len(phone_digits(c['phone'])) == 10:
            phone_idx[phone_digits(c['phone'])].add(eid)
    prior = defaultdict(list)
    for i, (r, m, d) in enumerate(zip(rows, meta, derived), 1):
        if r['set'] != 'incoming':
            continue
        c = r['contact']
        for t in m.get('changes', []):
            tag_stats[t.split(':')[0] if t.startswith(('imitates', 'hard_negative')) else t] += 1
        if d == 'existing_match':
            ev = link_evidence(existing[r['entity']], c)
            if not ev:
                err(f'line {i}: match of {r["entity"]} lacks link evidence')
            for e in ev:
                ev_stats[e] += 1
            ev_only['+'.join(ev) or 'NONE'] += 1
            others = set()
            if c['email']:
                others |= email_idx.get(c['email'].lower(), set())
            pd = phone_digits(c['phone'])
            if len(pd) == 10:
                others |= phone_idx.get(pd, set())
            if others - {r['entity']}:
                amb_match += 1
        elif d == 'repeat_of_new':
            evs = [link_evidence(p, c) for p in prior[r['entity']]]
            if not any(evs):
                err(f'line {i}: repeat of new {r["entity"]} lacks link evidence to its earlier records')
            rep_stats['+'.join(next((e for e in evs if e), ['NONE']))] += 1
        hn = [t for t in m.get('changes', []) if t.startswith('hard_negative:')]
        if d in ('new', 'repeat_of_new') and hn:
            im = [t.split(':', 1)[1] for t in m['changes'] if t.startswith('imitates:')]
            if len(im) != 1 or im[0] not in existing:
                err(f'line {i}: hard negative without valid imitates:<existing id>')
            else:
                reasons = distinguishing(existing[im[0]], c)
                if not reasons:
                    err(f'line {i}: hard negative not distinguishable from {im[0]}')
                for x in reasons:
                    hn_reasons[x] += 1
            if d == 'new':
                hn_kinds[hn[0].split(':', 1)[1]] += 1
        prior[r['entity']].append(c)

    # ---- statistics
    cat = Counter(derived)
    inc = 1500
    print('== us-music labelled set ==')
    print('categories:', dict(cat))
    print('incoming mix: match %.1f%%  new %.1f%%  repeat_of_new %.1f%%' % (
        100 * cat['existing_match'] / inc, 100 * cat['new'] / inc, 100 * cat['repeat_of_new'] / inc))
    nm_ent = Counter(r['entity'] for r, d in zip(rows, derived) if d == 'existing_match')
    print('distinct existing customers matched: %d (%d arrive twice or more)' % (
        len(nm_ent), sum(1 for v in nm_ent.values() if v > 1)))
    print('hard negatives (new entities): %d  by kind: %s' % (sum(hn_kinds.values()), dict(sorted(hn_kinds.items()))))
    print('hard-negative distinguishing features (all their records):', dict(hn_reasons.most_common()))
    kinds = Counter((d, m['kind']) for d, m in zip(derived, meta))
    print('kinds by category:')
    for d in ('existing', 'existing_match', 'new', 'repeat_of_new'):
        print('  %-15s %s' % (d, dict(sorted(((k, v) for (dd, k), v in kinds.items() if dd == d), key=lambda x: -x[1]))))
    print('match evidence (any):', dict(ev_stats))
    print('match evidence combos:', dict(ev_only.most_common()))
    print('repeat evidence (first satisfied earlier record):', dict(rep_stats.most_common()))
    print('matches whose e-mail/phone also belongs to another existing customer (household sharing): %d' % amb_match)
    nulls = Counter()
    for r, d in zip(rows, derived):
        for k in ('email', 'phone', 'address'):
            if r['contact'][k] is None:
                nulls[(d, k)] += 1
    print('missing fields:', {f'{d}.{k}': v for (d, k), v in sorted(nulls.items())})
    print('noise/label tags on incoming:', dict(tag_stats.most_common()))
    if errors:
        print(f'FAIL: {len(errors)} error(s)')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
