#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent validator of the es-fisio set (does not import gen.py).

Checks format, counts, label consistency, evidence and hard-negative claims, the
QuickBooks list itself, and determinism of gen.py (two runs with different
PYTHONHASHSEED into a scratch folder, compared by SHA-256).
Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
"""
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'set.jsonl')
META = os.path.join(HERE, 'meta.jsonl')

RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append((name, ok))
    print(('PASS ' if ok else 'FAIL ') + name + ((' -- ' + detail) if detail and not ok else (' (' + detail + ')' if detail else '')))


def first(errs, n=5):
    return '; '.join(str(e) for e in errs[:n]) + (' ... (%d in all)' % len(errs) if len(errs) > n else '')


# ----------------------------------------------------------------- normalisation (own implementation)
def fold(s):
    if s is None:
        return ''
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').casefold()
    return ' '.join(''.join(c if c.isalnum() else ' ' for c in s).split())


def split_alnum(s):
    return re.sub(r'(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)', ' ', s)


def lev(a, b):
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


TYPE_WORDS = set('calle c cl carrer kalea k avenida avda av avd avgda avinguda etorbidea etorb plaza pza pl plz placa '
                 'paseo po pso passeig pasealekua ronda rda alameda alda zumarkalea hiribidea gran via gv urbanizacion '
                 'urb urbaniz poligono pol ind industrial pgno pi polideportivo municipal pabellon ciudad deportiva '
                 'complejo deportivo instalaciones deportivas travesia camino carretera ctra'.split())
NOISE = set('n no num numero nu portal ptal esc escalera bloque bl blq nave local loc oficina of ofic casa s sn sin bis '
            'piso planta puerta pta letra bajo bajos bj atico at entlo entresuelo entreplanta pral principal ppal izq '
            'izqda izda dcha drcha dch derecha izquierda centro ctro'.split())
STOP = set('de del la las los el y i d l en al'.split())
# co-official (Valencian / Basque) street words -> Spanish
ALIAS = {'colom': 'colon', 'port': 'puerto', 'pau': 'paz', 'sant': 'san', 'vicent': 'vicente', 'xativa': 'jativa',
         'russafa': 'ruzafa', 'arago': 'aragon', 'ciril': 'cirilo', 'alboraia': 'alboraya', 'primat': 'primado',
         'sagunt': 'sagunto', 'major': 'mayor', 'nagusia': 'mayor', 'esglesia': 'iglesia', 'sud': 'sur', 'pare': 'padre',
         'lizentziatu': 'licenciado', 'urkixo': 'urquijo', 'ertzilla': 'ercilla', 'iparragirre': 'iparraguirre',
         'kontxa': 'concha', 'jenerala': 'general', 'garai': 'garay', 'agirre': 'aguirre', 'elkano': 'elcano',
         'zumalakarregi': 'zumalacarregui', 'askatasunaren': 'libertad', 'kolon': 'colon', 'ajuntament': 'ayuntamiento'}
CITY_NAMES = {
    'sevilla': ['Sevilla'], 'dos_hermanas': ['Dos Hermanas'], 'mairena': ['Mairena del Aljarafe'],
    'alcala_g': ['Alcalá de Guadaíra'], 'tomares': ['Tomares'], 'malaga': ['Málaga'], 'torremolinos': ['Torremolinos'],
    'benalmadena': ['Benalmádena'], 'fuengirola': ['Fuengirola'], 'marbella': ['Marbella'],
    'rincon': ['Rincón de la Victoria'], 'valencia': ['Valencia', 'València'], 'torrent': ['Torrent', 'Torrente'],
    'paterna': ['Paterna'], 'burjassot': ['Burjassot', 'Burjasot'], 'mislata': ['Mislata'], 'bilbao': ['Bilbao', 'Bilbo'],
    'getxo': ['Getxo', 'Guecho'], 'barakaldo': ['Barakaldo', 'Baracaldo'], 'basauri': ['Basauri'],
    'leioa': ['Leioa', 'Lejona'],
    'donostia': ['Donostia / San Sebastián', 'San Sebastián', 'Donostia', 'Donostia-San Sebastián'],
}
CITY_ALIAS = {}
for _k in sorted(CITY_NAMES):
    for _n in CITY_NAMES[_k]:
        CITY_ALIAS[fold(_n)] = _k
CITY_KEYS = sorted(CITY_ALIAS)
_city_cache = {}


def norm_city(s):
    if not s:
        return None
    f = fold(s)
    if f in _city_cache:
        return _city_cache[f]
    res = CITY_ALIAS.get(f)
    if res is None:
        best, bk = 0.0, None
        for k in CITY_KEYS:
            r = difflib.SequenceMatcher(None, f, k).ratio()
            if r > best:
                best, bk = r, k
        res = CITY_ALIAS[bk] if best >= 0.85 else f
    _city_cache[f] = res
    return res


def addr_key(a):
    text = ' '.join(x for x in (a.get('line1'), a.get('line2')) if x)
    toks = split_alnum(fold(text)).split()
    num, core = None, []
    for t in toks:
        if t.isdigit():
            num = str(int(t))
            break
        core.append(t)
    if num is None:
        core = toks
    out = []
    for t in core:
        t = ALIAS.get(t, t)
        if len(t) > 1 and t not in TYPE_WORDS and t not in NOISE and t not in STOP and not t.isdigit():
            out.append(t)
    return out, num


def same_address(a, b):
    if not a or not b:
        return False
    (ca, na), (cb, nb) = addr_key(a), addr_key(b)
    if na != nb or not ca or not cb:
        return False
    sa, sb = set(ca), set(cb)
    if not (sa <= sb or sb <= sa):
        if difflib.SequenceMatcher(None, ' '.join(sorted(ca)), ' '.join(sorted(cb))).ratio() < 0.8:
            return False
    if a.get('postalCode') and b.get('postalCode') and a['postalCode'] == b['postalCode']:
        return True
    x, y = norm_city(a.get('city')), norm_city(b.get('city'))
    if x and y:
        return x == y
    return not (a.get('postalCode') and b.get('postalCode'))


def phone_digits(p):
    if not p:
        return None
    d = re.sub(r'\D', '', p)
    if len(d) == 13 and d.startswith('0034'):
        d = d[4:]
    elif len(d) == 11 and d.startswith('34'):
        d = d[2:]
    return d


def shared(c1, c2):
    out = []
    if c1['email'] and c2['email'] and c1['email'].strip().casefold() == c2['email'].strip().casefold():
        out.append('email')
    if c1['phone'] and c2['phone'] and phone_digits(c1['phone']) == phone_digits(c2['phone']):
        out.append('phone')
    if c1['address'] and c2['address'] and same_address(c1['address'], c2['address']):
        out.append('address')
    return out


NAME_STOP = set('de del la las los el y i e club deportivo deportiva cd seccion secc sec sl sa slu sau sll scoop coop sca '
                'sociedad limitada anonima ayuntamiento ayto grupo hijo padre mutua sr sra dna don area escuela gimnasio '
                'centro asociacion fundacion servicios oficina delegacion territorial direccion ma the'.split())
MARKERS = {'hijo', 'padre', 'h', 'd', 'dna', 'sr', 'sra'}
PARTICLES = {'de', 'del', 'la', 'las', 'los', 'el', 'y', 'i', 'e'}


def all_tokens(c):
    out = []
    for f in ('displayName', 'givenName', 'familyName', 'companyName'):
        if c[f]:
            out += fold(c[f]).split()
    return out


def distinct_tokens(c):
    out = []
    for t in all_tokens(c):
        if len(t) >= 3 and t not in NAME_STOP and not t.isdigit() and t not in out:
            out.append(t)
    return out


def person_tokens(c):
    text = (c['givenName'] + ' ' + c['familyName']) if (c['givenName'] and c['familyName']) else (c['displayName'] or '')
    return sorted(t for t in fold(text).split() if t not in MARKERS and not t.isdigit())


def org_tokens(c):
    out = []
    for f in ('displayName', 'companyName'):
        for t in fold(c[f]).split():
            if len(t) >= 4 and t not in NAME_STOP and not t.isdigit() and t not in out:
                out.append(t)
    return out


def domain(c):
    return c['email'].strip().casefold().rsplit('@', 1)[1] if c['email'] and '@' in c['email'] else None


def claim_true(claim, a, r):
    if claim in ('email', 'phone', 'address'):
        return claim in shared(a, r)
    if claim == 'full_name':
        return person_tokens(a) == person_tokens(r)
    if claim in ('surname', 'surnames'):
        toks = [t for t in fold(a['familyName']).split() if t not in PARTICLES and len(t) >= 3]
        have = set(all_tokens(r))
        hits = [t for t in toks if t in have]
        return bool(toks) and (len(hits) >= 1 if claim == 'surname' else len(hits) == len(toks))
    if claim == 'given_name':
        toks = [t for t in fold(a['givenName']).split() if t not in PARTICLES]
        have = set(all_tokens(r))
        return bool(toks) and all(t in have for t in toks)
    if claim == 'company_stem':
        return bool(set(org_tokens(a)) & set(org_tokens(r)))
    if claim == 'email_domain':
        return domain(a) is not None and domain(a) == domain(r)
    if claim == 'city':
        if not a['address'] or not r['address']:
            return False
        x = norm_city(a['address']['city'])
        return x is not None and x == norm_city(r['address']['city'])
    return False


def name_recognisable(rec, target):
    tt = [t for t in all_tokens(target) if len(t) >= 3 and t not in NAME_STOP]
    rt = [t for t in all_tokens(rec) if len(t) >= 3]
    for a in tt:
        for b in rt:
            if a == b or (abs(len(a) - len(b)) <= 2 and lev(a, b) <= 2):
                return True
    return False


def name_city_unique(rec, ti, existing):
    if not rec['address']:
        return False
    city = norm_city(rec['address']['city'])
    tgt = existing[ti]['contact']
    if not city or not tgt['address'] or norm_city(tgt['address']['city']) != city:
        return False
    it = set(distinct_tokens(rec))
    score = sum(1 for t in distinct_tokens(tgt) if t in it)
    if score < 2:
        return False
    for j, e in enumerate(existing):
        c = e['contact']
        if j == ti or not c['address'] or norm_city(c['address']['city']) != city:
            continue
        if sum(1 for t in distinct_tokens(c) if t in it) >= score:
            return False
    return True


CF = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
AF = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def differing_fields(a, b):
    out = [f for f in CF if a[f] != b[f]]
    if (a['address'] is None) != (b['address'] is None):
        out.append('address')
    elif a['address'] is not None:
        out += ['address.' + k for k in AF if a['address'][k] != b['address'][k]]
    return out


# ----------------------------------------------------------------- checks
PERSON_KINDS = {'person', 'person_foreign', 'minor', 'athlete_represented'}
ORG_KINDS = {'club_section', 'insurer_office', 'company', 'company_trade_name', 'group_company', 'gym', 'gym_franchise',
             'dance_school', 'public_body', 'school_association', 'gestoria_client'}
HN_NEEDS = {
    'namesake_other_city': ['full_name'], 'namesake_same_city': ['full_name', 'city'], 'spouse': ['address'],
    'child_of_customer': ['surname'], 'father_son': ['given_name', 'surname'], 'sibling': ['surnames'],
    'later_occupant': ['address'], 'club_other_section': ['company_stem'],
    'insurer_other_office': ['company_stem', 'email_domain'], 'group_sister_company': ['company_stem', 'email_domain'],
    'franchise_other_outlet': ['company_stem', 'email_domain'], 'agent_shared_contact': ['email'],
    'similar_name_other_trade': ['company_stem', 'city'], 'public_body_other_department': ['company_stem', 'email_domain'],
}
CLAIMS = {'email', 'phone', 'address', 'full_name', 'surname', 'surnames', 'given_name', 'company_stem', 'email_domain',
          'city'}


def load():
    S, M = [], []
    errs = []
    for path, out in ((SET, S), (META, M)):
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                try:
                    out.append(json.loads(line))
                except ValueError as e:
                    errs.append('%s:%d %s' % (os.path.basename(path), n, e))
    return S, M, errs


def check_format(S, M):
    errs = []
    if len(S) != 3000:
        errs.append('set.jsonl has %d lines' % len(S))
    if len(M) != 3000:
        errs.append('meta.jsonl has %d lines' % len(M))
    for n, r in enumerate(S, 1):
        if list(r.keys()) != ['set', 'entity', 'contact']:
            errs.append('line %d keys %s' % (n, list(r.keys())))
            continue
        want = 'existing' if n <= 1500 else 'incoming'
        if r['set'] != want:
            errs.append('line %d set %s' % (n, r['set']))
        if not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            errs.append('line %d entity %r' % (n, r['entity']))
        c = r['contact']
        if list(c.keys()) != ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']:
            errs.append('line %d contact keys' % n)
            continue
        for k in CF:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                errs.append('line %d %s=%r' % (n, k, v))
        if not c['displayName']:
            errs.append('line %d no displayName' % n)
        if c['email'] is not None and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[^@\s]+', c['email']):
            errs.append('line %d email %r' % (n, c['email']))
        if c['phone'] is not None and len(re.sub(r'\D', '', c['phone'])) < 9:
            errs.append('line %d phone %r' % (n, c['phone']))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != AF:
                errs.append('line %d address keys' % n)
                continue
            if all(a[k] is None for k in AF):
                errs.append('line %d empty address object' % n)
            for k in AF:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                    errs.append('line %d address.%s=%r' % (n, k, v))
            if a['postalCode'] is not None and not re.fullmatch(r'\d{5}', a['postalCode']):
                errs.append('line %d postalCode %r' % (n, a['postalCode']))
            if a['country'] is not None and not (re.fullmatch(r'[A-Z]{2}', a['country']) or
                                                 re.fullmatch(r'[^\W\d_][^\W\d_ ]*( [^\W\d_]+)*', a['country'])):
                errs.append('line %d country %r' % (n, a['country']))
    report('format of set.jsonl (3,000 lines, keys, non-empty strings or null, address object)', not errs, first(errs))
    errs = []
    for n, (m, r) in enumerate(zip(M, S), 1):
        for k in ('set', 'index', 'entity', 'category', 'kind', 'changes'):
            if k not in m:
                errs.append('meta line %d lacks %s' % (n, k))
        if m.get('set') != r['set'] or m.get('entity') != r['entity']:
            errs.append('meta line %d set/entity differ from set.jsonl' % n)
        want = n - 1 if n <= 1500 else n - 1501
        if m.get('index') != want:
            errs.append('meta line %d index %r' % (n, m.get('index')))
        if not isinstance(m.get('changes'), list) or not all(isinstance(x, str) and ':' in x for x in m.get('changes', [])):
            errs.append('meta line %d changes' % n)
        cat = m.get('category')
        if (n <= 1500) != (cat == 'existing'):
            errs.append('meta line %d category %r' % (n, cat))
        if cat not in ('existing', 'match', 'new', 'hard_negative'):
            errs.append('meta line %d unknown category %r' % (n, cat))
        if m.get('kind') not in PERSON_KINDS | ORG_KINDS:
            errs.append('meta line %d kind %r' % (n, m.get('kind')))
        if cat == 'match':
            for k in ('profile', 'evidence', 'compare_set', 'compare_index'):
                if k not in m:
                    errs.append('meta line %d match lacks %s' % (n, k))
            if m.get('profile') not in ('light', 'medium', 'harsh'):
                errs.append('meta line %d profile %r' % (n, m.get('profile')))
        if cat == 'new':
            if m.get('occurrence') not in (1, 2, 3):
                errs.append('meta line %d occurrence %r' % (n, m.get('occurrence')))
            elif m['occurrence'] >= 2:
                for k in ('profile', 'evidence', 'compare_set', 'compare_index'):
                    if k not in m:
                        errs.append('meta line %d new lacks %s' % (n, k))
        if cat == 'hard_negative':
            for k in ('anchor', 'anchor_index', 'hn_type', 'rule', 'shared'):
                if k not in m:
                    errs.append('meta line %d hard negative lacks %s' % (n, k))
            if not m.get('rule'):
                errs.append('meta line %d empty rule' % n)
    report('format of meta.jsonl (same order, index, category fields)', not errs, first(errs))


def check_counts(S, M):
    cats = {}
    for m in M[1500:]:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    ex_persons = sum(1 for r in S[:1500] if r['contact']['companyName'] is None)
    errs = []
    if cats.get('hard_negative') != 150:
        errs.append('hard negatives %r' % cats.get('hard_negative'))
    if not 0.50 * 1500 <= cats.get('match', 0) <= 0.60 * 1500:
        errs.append('matches %r' % cats.get('match'))
    if not 0.30 * 1500 <= cats.get('new', 0) <= 0.40 * 1500:
        errs.append('new %r' % cats.get('new'))
    if not 0.60 * 1500 <= ex_persons <= 0.80 * 1500:
        errs.append('existing persons %d' % ex_persons)
    types = {}
    for m in M[1500:]:
        if m['category'] == 'hard_negative':
            types[m['hn_type']] = types.get(m['hn_type'], 0) + 1
    if len(types) < 10:
        errs.append('only %d hard-negative types' % len(types))
    prof = {}
    for m in M[1500:]:
        if m['category'] == 'match':
            prof[m['profile']] = prof.get(m['profile'], 0) + 1
    if len(prof) != 3 or min(prof.values()) < 100:
        errs.append('match profiles %r' % prof)
    occ = {}
    for m in M[1500:]:
        if m['category'] == 'new':
            occ[m['occurrence']] = occ.get(m['occurrence'], 0) + 1
    if not occ.get(2) or not occ.get(3):
        errs.append('no repeated new customers %r' % occ)
    report('counts: %s; existing persons %d / organisations %d; %d hard-negative types; profiles %s; occurrences %s'
           % (dict(sorted(cats.items())), ex_persons, 1500 - ex_persons, len(types), dict(sorted(prof.items())),
              dict(sorted(occ.items()))), not errs, first(errs))


def check_existing(S, M):
    ex = S[:1500]
    errs = []
    names = [r['contact']['displayName'] for r in ex]
    if names != sorted(names, key=lambda s: s.casefold()):
        errs.append('existing not sorted by displayName.casefold()')
    seen = {}
    for i, n in enumerate(names):
        if n.casefold() in seen:
            errs.append('displayName %r repeated (%d, %d)' % (n, seen[n.casefold()], i))
        seen[n.casefold()] = i
    report('existing sorted by displayName.casefold(), displayName unique case-insensitively', not errs, first(errs))
    errs = []
    ents = {}
    for i, r in enumerate(ex):
        if r['entity'] in ents:
            errs.append('entity %s twice in existing' % r['entity'])
        ents[r['entity']] = i
        c = r['contact']
        if not (c['email'] or c['phone'] or c['address']):
            errs.append('existing %d has no e-mail, phone or address' % i)
    report('existing: one record per entity, each with e-mail, phone or address', not errs, first(errs))
    # no two existing records look like one customer (same name and same e-mail or phone)
    errs = []
    key = {}
    for i, r in enumerate(ex):
        c = r['contact']
        nk = ' '.join(person_tokens(c)) if c['companyName'] is None else ' '.join(sorted(fold(c['companyName']).split()))
        for f in ('email', 'phone'):
            if c[f]:
                v = c[f].strip().casefold() if f == 'email' else phone_digits(c[f])
                k = (nk, f, v)
                if k in key:
                    errs.append('existing %d and %d: same name and %s' % (key[k], i, f))
                key[k] = i
    report('no two existing records are one customer (same name plus same e-mail or phone)', not errs, first(errs))
    return ents


def check_labels(S, M, ex_ents):
    errs = []
    inc = S[1500:]
    minc = M[1500:]
    ptype = {}
    for r, m in zip(S, M):
        is_p = r['contact']['companyName'] is None
        if is_p != (m['kind'] in PERSON_KINDS):
            errs.append('line %d kind %s but companyName %r' % (M.index(m) + 1, m['kind'], r['contact']['companyName']))
        if r['entity'] in ptype and ptype[r['entity']] != is_p:
            errs.append('entity %s is both person and organisation' % r['entity'])
        ptype[r['entity']] = is_p
    report('persons have companyName null, organisations always have it; one type per entity', not errs, first(errs))
    errs = []
    count = {}
    for r in inc:
        count[r['entity']] = count.get(r['entity'], 0) + 1
    seen_new = {}
    for k, (r, m) in enumerate(zip(inc, minc)):
        e, cat = r['entity'], m['category']
        if cat == 'match':
            if e not in ex_ents:
                errs.append('match %d entity not in existing' % k)
            if m['compare_set'] != 'existing' or S[m['compare_index']]['entity'] != e:
                errs.append('match %d compare record is another entity' % k)
        elif cat == 'new':
            if e in ex_ents:
                errs.append('new %d entity is an existing customer' % k)
            seen_new[e] = seen_new.get(e, 0) + 1
            if m['occurrence'] != seen_new[e]:
                errs.append('new %d occurrence %d, expected %d' % (k, m['occurrence'], seen_new[e]))
            if m['occurrence'] >= 2:
                ci = m['compare_index']
                if m['compare_set'] != 'incoming' or inc[ci]['entity'] != e or minc[ci].get('occurrence') != 1:
                    errs.append('new %d does not compare with its first occurrence' % k)
        elif cat == 'hard_negative':
            if e in ex_ents:
                errs.append('hard negative %d is an existing customer' % k)
            if count[e] != 1:
                errs.append('hard negative %d entity appears %d times in incoming' % (k, count[e]))
            if m['anchor'] == e or m['anchor'] not in ex_ents or ex_ents[m['anchor']] != m['anchor_index']:
                errs.append('hard negative %d anchor wrong' % k)
    cats_of = {}
    for r, m in zip(inc, minc):
        cats_of.setdefault(r['entity'], set()).add(m['category'])
    for e in sorted(cats_of):
        if len(cats_of[e]) > 1:
            errs.append('entity %s has categories %s' % (e, sorted(cats_of[e])))
    report('label consistency (same entity = same customer; matches, repeated new customers, anchors)', not errs, first(errs))
    # evidence and findability
    errs = []
    by_name = 0
    existing = S[:1500]
    for k, (r, m) in enumerate(zip(inc, minc)):
        if m['category'] == 'match' or (m['category'] == 'new' and m['occurrence'] >= 2):
            other = S[m['compare_index']] if m['compare_set'] == 'existing' else inc[m['compare_index']]
            truth = shared(other['contact'], r['contact'])
            if sorted(truth) != sorted(m['evidence']):
                errs.append('incoming %d evidence %s, recomputed %s' % (k, m['evidence'], truth))
            if not truth:
                if m['category'] != 'match' or not name_city_unique(r['contact'], m['compare_index'], existing):
                    errs.append('incoming %d shares no e-mail/phone/address and no distinctive name plus city' % k)
                else:
                    by_name += 1
            if not name_recognisable(r['contact'], other['contact']) and len(truth) < 2:
                errs.append('incoming %d: no name token of its customer is recognisable and < 2 shared items' % k)
    report('every match / repeated new customer is findable (evidence verified both ways; %d by distinctive name plus city)'
           % by_name, not errs, first(errs))
    # new customers must not carry contact data of an existing customer (they would be unlabelled matches)
    errs = []
    em, ph, ad = {}, {}, {}
    for i, r in enumerate(existing):
        c = r['contact']
        if c['email']:
            em.setdefault(c['email'].strip().casefold(), i)
        if c['phone']:
            ph.setdefault(phone_digits(c['phone']), i)
        if c['address']:
            ad.setdefault(addr_key(c['address'])[1], []).append(i)
    for k, (r, m) in enumerate(zip(inc, minc)):
        if m['category'] != 'new':
            continue
        c = r['contact']
        if c['email'] and c['email'].strip().casefold() in em:
            errs.append('new %d has the e-mail of existing %d' % (k, em[c['email'].strip().casefold()]))
        if c['phone'] and phone_digits(c['phone']) in ph:
            errs.append('new %d has the phone of existing %d' % (k, ph[phone_digits(c['phone'])]))
        if c['address']:
            for i in ad.get(addr_key(c['address'])[1], []):
                if same_address(existing[i]['contact']['address'], c['address']):
                    errs.append('new %d has the address of existing %d' % (k, i))
    report('new customers share no e-mail, phone or address with any existing customer', not errs, first(errs))
    # changes
    errs = []
    for n, (r, m) in enumerate(zip(S, M)):
        if m['category'] == 'existing' or (m['category'] == 'new' and m['occurrence'] == 1):
            if m['changes']:
                errs.append('line %d has changes but no compared record' % (n + 1))
            continue
        if m['category'] == 'hard_negative':
            other = S[m['anchor_index']]
        else:
            other = S[m['compare_index']] if m['compare_set'] == 'existing' else inc[m['compare_index']]
        want = differing_fields(other['contact'], r['contact'])
        got = [c.split(':', 1)[0] for c in m['changes']]
        if want != got:
            errs.append('line %d changes %s, differing fields %s' % (n + 1, got, want))
    report('changes list exactly the fields that differ from the compared record', not errs, first(errs))
    # hard negatives
    errs = []
    for k, (r, m) in enumerate(zip(inc, minc)):
        if m['category'] != 'hard_negative':
            continue
        a = S[m['anchor_index']]['contact']
        c = r['contact']
        for cl in m['shared']:
            if cl not in CLAIMS:
                errs.append('hn %d unknown claim %s' % (k, cl))
            elif not claim_true(cl, a, c):
                errs.append('hn %d claims %s but does not share it' % (k, cl))
        truth = shared(a, c)
        for f in truth:
            if f not in m['shared']:
                errs.append('hn %d shares %s without saying so' % (k, f))
        for need in HN_NEEDS.get(m['hn_type'], ['?']):
            if need not in m['shared']:
                errs.append('hn %d (%s) lacks %s' % (k, m['hn_type'], need))
        t = m['hn_type']
        if t.startswith('namesake') and truth:
            errs.append('hn %d namesake shares contact data %s' % (k, truth))
        if t in ('spouse', 'child_of_customer', 'father_son', 'sibling', 'later_occupant') and person_tokens(a) == person_tokens(c):
            errs.append('hn %d (%s) has the very same name as its anchor' % (k, t))
        if t == 'child_of_customer' and not ({'email', 'phone'} & set(m['shared'])):
            errs.append('hn %d child shares neither e-mail nor phone' % k)
        if a['companyName'] is not None and set(org_tokens(a)) == set(org_tokens(c)):
            errs.append('hn %d organisation name identical to its anchor' % k)
        if (a['companyName'] is None) != (c['companyName'] is None) and t != 'agent_shared_contact':
            errs.append('hn %d type differs from anchor' % k)
    report('hard negatives: other customers that really share what they claim (and nothing unclaimed)', not errs,
           first(errs))


def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def check_determinism():
    errs = []
    with tempfile.TemporaryDirectory() as tmp:
        digests = []
        for seed in ('0', '12345'):
            out = os.path.join(tmp, 'run' + seed)
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = seed
            p = subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', out], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode != 0:
                errs.append('gen.py failed with PYTHONHASHSEED=%s: %s' % (seed, p.stderr.decode()[-300:]))
                continue
            digests.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
        if len(digests) == 2 and digests[0] != digests[1]:
            errs.append('outputs differ between PYTHONHASHSEED=0 and 12345')
        if digests and digests[0] != (sha(SET), sha(META)):
            errs.append('set.jsonl/meta.jsonl here differ from a fresh run (re-run gen.py)')
    report('determinism: byte-identical output for PYTHONHASHSEED=0 and 12345 (SHA-256)%s'
           % ((' set ' + digests[0][0][:12] + ' meta ' + digests[0][1][:12]) if not errs and digests else ''), not errs,
           first(errs))


def main():
    S, M, errs = load()
    report('files parse as JSON lines', not errs, first(errs))
    if errs:
        return finish()
    check_format(S, M)
    if len(S) == 3000 and len(M) == 3000:
        check_counts(S, M)
        ex = check_existing(S, M)
        check_labels(S, M, ex)
    check_determinism()
    return finish()


def finish():
    bad = [n for n, ok in RESULTS if not ok]
    if bad:
        print('%d CHECK(S) FAILED: %s' % (len(bad), '; '.join(bad)))
        return 1
    print('ALL CHECKS PASSED')
    return 0


if __name__ == '__main__':
    sys.exit(main())
