#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent validator for the labelled set `co-ferreteria` (does not import gen.py).

Checks format, counts, label consistency, evidence / shared claims recomputed from the
records, change lists, name+city findability, NIT check digits, postal codes against
towns, and determinism of gen.py (two runs under different PYTHONHASHSEED).
Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) when everything holds.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append(ok)
    print(('PASS ' if ok else 'FAIL ') + name + (('  -- ' + detail) if detail and not ok else ''))


# ----------------------------------------------------------------------------
# normalisation (re-implemented; see README "How the claims are computed")
# ----------------------------------------------------------------------------

_MOJI = [('Ã¡', 'á'), ('Ã©', 'é'), ('Ã\xad', 'í'), ('Ã³', 'ó'), ('Ãº', 'ú'), ('Ã±', 'ñ'),
         ('Ã¼', 'ü'), ('Ã‰', 'É'), ('Ã“', 'Ó'), ('Ãš', 'Ú'), ('Ã‘', 'Ñ'), ('Ãœ', 'Ü'),
         ('Ã\ufffd', 'A')]


def unmangle(s):
    if 'Ã' not in s:
        return s
    try:
        return s.encode('cp1252').decode('utf-8')
    except (UnicodeEncodeError, UnicodeDecodeError):
        for a, b in _MOJI:
            s = s.replace(a, b)
        return s


def plain(s):
    s = unicodedata.normalize('NFKD', unmangle(s))
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


STOPWORDS = {'de', 'del', 'la', 'las', 'los', 'el', 'don', 'dona', 'sr', 'sra', 'senor', 'senora',
             'ing', 'inge', 'arq', 'dr', 'dra', 'maestro', 'nit', 'cc', 'consumidor', 'final',
             'particular', 'na', 'obra', 'cliente'}
ORG_STOPWORDS = {'e', 'y', 'cia'}
LEGAL_FORMS = [re.compile(p) for p in (
    r'\bs\s*\.?\s*a\s*\.?\s*s\b\.?', r'\bs\s*\.?\s*en\s*c\b\.?', r'\bs\s*\.?\s*a\b\.?',
    r'\bltda\b\.?', r'\blimitada\b', r'\be\s*\.?\s*u\b\.?', r'\bempresa unipersonal\b',
    r'\bp\s*\.?\s*h\b\.?', r'\bpropiedad horizontal\b', r'&\s*cia\b\.?', r'\bcia\b\.?')]
PLACEHOLDER_NAMES = {'consumidor final', 'particular', 'na', 'n a', 'ninguna', 'no aplica'}


def words(s):
    return re.findall(r'[a-z0-9]+', s)


def placeholder(s):
    return ' '.join(words(plain(s))) in PLACEHOLDER_NAMES


def toks(s, org):
    s = re.sub(r'\([^)]*\)', ' ', plain(s))
    if org:
        for rx in LEGAL_FORMS:
            s = rx.sub(' ', s)
    out = []
    for w in words(s):
        if re.search(r'\d', w) or w in STOPWORDS or (org and w in ORG_STOPWORDS):
            continue
        out.append(w)
    return out


def rec_tokens(c):
    comp = c.get('companyName')
    org = bool(comp) and not placeholder(comp)
    parts = [c.get('displayName'), comp] if org else [c.get('displayName'), c.get('givenName'), c.get('familyName')]
    out = []
    for p in parts:
        for w in (toks(p, org) if p else []):
            if w not in out:
                out.append(w)
    return out


def within_one_edit(a, b):
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def token_similarity(a, b):
    if a == b:
        return 1.0
    if min(len(a), len(b)) == 1:
        return 0.5 if a[0] == b[0] else 0.0
    if max(len(a), len(b)) >= 5 and a[0] == b[0] and within_one_edit(a, b):
        return 0.8
    return 0.0


def similarity(q, c):
    if not q or not c:
        return 0.0
    free = list(range(len(c)))
    total = 0.0
    for t in q:
        best, bj = 0.0, None
        for j in free:
            v = token_similarity(t, c[j])
            if v > best:
                best, bj = v, j
        if bj is not None:
            free.remove(bj)
            total += best
    return round(2.0 * total / (len(q) + len(c)), 6)


def town(s):
    if not s:
        return None
    w = words(plain(s))
    if w[-2:] == ['d', 'c']:
        w = w[:-2]
    elif w[-1:] == ['dc']:
        w = w[:-1]
    j = ' '.join(w)
    return {'santafe de bogota': 'bogota', 'santa fe de bogota': 'bogota', 'distrito capital': 'bogota'}.get(j, j)


def mail_set(s):
    return set(x for x in re.split(r'[;,\s]+', (s or '').strip().lower()) if '@' in x)


def one_phone(chunk):
    d = re.sub(r'\D', '', chunk)
    if len(d) == 12 and d[:2] == '57':
        d = d[2:]
    if len(d) == 10 and d[:2] == '57' and d[2] in '124578':
        return 'L' + d[3:]
    if len(d) == 10 and d[0] == '3':
        return 'M' + d
    if len(d) == 10 and d[:2] == '60':
        return 'L' + d[3:]
    if len(d) == 8:
        return 'L' + d[1:]
    if len(d) == 7:
        return 'L' + d
    if len(d) >= 6:
        return 'X' + d
    return None


def phone_set(s):
    if not s:
        return set()
    return set(k for k in (one_phone(x) for x in re.split(r'/|;|,|\s-\s|\sy\s|\so\s', s)) if k)


STREET = {'calle': 'cl', 'cl': 'cl', 'cll': 'cl', 'clle': 'cl', 'carrera': 'kr', 'cra': 'kr', 'cr': 'kr',
          'kr': 'kr', 'kra': 'kr', 'transversal': 'tv', 'tv': 'tv', 'tr': 'tv', 'trans': 'tv',
          'transv': 'tv', 'diagonal': 'dg', 'dg': 'dg', 'diag': 'dg', 'avenida': 'av', 'av': 'av',
          'avda': 'av', 'ac': 'ac', 'ak': 'ak', 'circular': 'cq', 'cq': 'cq', 'circ': 'cq', 'cir': 'cq'}


def atoks(s):
    return re.findall(r'[0-9]+|[a-z]+', plain(s))


def line_key(a):
    if not a or not a.get('line1'):
        return None
    t = atoks(a['line1'])
    if not t:
        return None
    if t[0] in ('vereda', 'vda', 'km', 'kilometro', 'corregimiento'):
        t = t + atoks(a.get('line2') or '')
        t = [{'vda': 'vereda', 'kilometro': 'km'}.get(x, x) for x in t]
        return 'R:' + ' '.join(x for x in t if x not in ('de', 'la', 'las', 'el', 'los', 'del', 'via', 'y'))
    if t[0] in ('apartado', 'aa') or t[:2] == ['a', 'a']:
        d = [x for x in t if x.isdigit()]
        return 'AA:' + (d[0] if d else '')
    kind = STREET.get(t[0])
    if kind is None:
        return 'X:' + ' '.join(t)
    i = 1
    if kind == 'av' and len(t) > 1 and STREET.get(t[1]) in ('cl', 'kr'):
        kind = {'cl': 'ac', 'kr': 'ak'}[STREET[t[1]]]
        i = 2
    g, south = [], False
    for x in t[i:]:
        if x in ('sur', 'este'):
            south = True
            continue
        if len(g) == 3:
            break
        if x.isdigit():
            g.append(x.lstrip('0') or '0')
        elif g and x in ('a', 'b', 'c', 'd', 'aa', 'bb', 'bis'):
            g[-1] += x
        elif x in ('no', 'n', 'nro', 'numero', 'num'):
            continue
        elif g:
            break
    return kind + ':' + '|'.join(g) + (':S' if south else '')


def same_address(a, b):
    if not a or not b:
        return False
    ka = line_key(a)
    if not ka or ka != line_key(b):
        return False
    ta, tb = town(a.get('city')), town(b.get('city'))
    return ta is None or tb is None or ta == tb


def recompute_evidence(q, c):
    out = []
    if mail_set(q['email']) & mail_set(c['email']):
        out.append('email')
    if phone_set(q['phone']) & phone_set(c['phone']):
        out.append('phone')
    if same_address(q['address'], c['address']):
        out.append('address')
    return out


WEBMAIL = {'gmail.com', 'hotmail.com', 'yahoo.com', 'yahoo.es', 'outlook.com', 'hotmail.es',
           'une.net.co', 'live.com', 'outlook.es'}


def recompute_shared(q, c):
    out = recompute_evidence(q, c)
    a, b = rec_tokens(q), rec_tokens(c)
    if a and set(a) == set(b):
        out.append('name')
    elif set(a) & set(b):
        out.append('name_overlap')
    ga = toks(' '.join(x for x in (q['givenName'], q['familyName']) if x), False)
    gb = toks(' '.join(x for x in (c['givenName'], c['familyName']) if x), False)
    if 'name' not in out and len(set(ga) & set(gb)) >= 2:
        out.append('contact_name')
    da = {e.split('@')[1] for e in mail_set(q['email'])}
    db = {e.split('@')[1] for e in mail_set(c['email'])}
    if 'email' not in out and (da & db) - WEBMAIL:
        out.append('email_domain')
    ta = town(q['address']['city']) if q['address'] else None
    tb = town(c['address']['city']) if c['address'] else None
    if ta and ta == tb:
        out.append('city')
    return out


def differing_fields(a, b):
    out = [f for f in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone') if a[f] != b[f]]
    if (a['address'] is None) != (b['address'] is None):
        out.append('address')
    elif a['address'] is not None:
        out += ['address.' + f for f in ('line1', 'line2', 'city', 'region', 'postalCode', 'country')
                if a['address'][f] != b['address'][f]]
    return out


def nit_ok(num, dv):
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    s = sum(int(d) * w[i] for i, d in enumerate(reversed(num)))
    r = s % 11
    return str(r if r < 2 else 11 - r) == dv


POSTAL_PREFIX = {'medellin': '0500', 'envigado': '05542', 'itagui': '05541', 'bello': '05105',
                 'rionegro': '0540', 'bogota': '11', 'sabaneta': '05545', 'la estrella': '05546',
                 'caldas': '05544', 'copacabana': '05104', 'guarne': '05405', 'marinilla': '05402',
                 'la ceja': '05501', 'el retiro': '05503', 'chia': '2500', 'soacha': '25005',
                 'mosquera': '25004', 'funza': '25002'}
REGION_OF = {'bogota': 'bogota', 'chia': 'cundinamarca', 'soacha': 'cundinamarca',
             'mosquera': 'cundinamarca', 'funza': 'cundinamarca'}

VOCAB = {'abbreviation', 'accents', 'added', 'barrio_added', 'barrio_dropped', 'building_name', 'case',
         'contact_added', 'contact_changed', 'contact_label', 'contact_missing', 'contact_shortened',
         'different', 'digit_off', 'enye', 'format', 'given_full', 'given_names', 'given_shortened',
         'id_in_name', 'initials', 'invoice_mailbox', 'label', 'legal_form', 'legal_form_dropped',
         'married_name', 'missing', 'mojibake', 'moved', 'new', 'nickname', 'order', 'other_firm',
         'other_number', 'other_person', 'person_vs_firm', 'po_box', 'qualifier_dropped', 'renamed',
         'second_added', 'second_given_used', 'second_surname', 'short_form', 'site_address',
         'surname_added', 'surname_dropped', 'surname_initial', 'swapped', 'title', 'typo',
         'unicode_nfd', 'unit_dropped', 'unit_in_line1', 'wrong_field'}
SHARED_VOCAB = ['email', 'phone', 'address', 'name', 'name_overlap', 'contact_name', 'email_domain', 'city']
FIELDS = {'displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address',
          'address.line1', 'address.line2', 'address.city', 'address.region', 'address.postalCode',
          'address.country'}


# ----------------------------------------------------------------------------

def sha(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    sp, mp = os.path.join(HERE, 'set.jsonl'), os.path.join(HERE, 'meta.jsonl')
    try:
        with open(sp, encoding='utf-8') as f:
            S = [json.loads(l) for l in f]
        with open(mp, encoding='utf-8') as f:
            M = [json.loads(l) for l in f]
        report('files parse as JSON lines', True)
    except Exception as ex:  # noqa
        report('files parse as JSON lines', False, str(ex))
        print('SOME CHECKS FAILED')
        return 1

    # ---------------- format
    report('set.jsonl has 3000 lines', len(S) == 3000, str(len(S)))
    report('meta.jsonl has one line per set line', len(M) == len(S), '%d vs %d' % (len(M), len(S)))
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ['set', 'entity', 'contact'] or r['set'] not in ('existing', 'incoming') \
                or not re.fullmatch(r'c[0-9a-f]{7}', str(r['entity'])):
            bad.append(i)
            continue
        c = r['contact']
        if set(c.keys()) != {'displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address'}:
            bad.append(i)
            continue
        vals = [c[k] for k in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone')]
        if c['address'] is not None:
            if not isinstance(c['address'], dict) or set(c['address'].keys()) != {'line1', 'line2', 'city', 'region', 'postalCode', 'country'}:
                bad.append(i)
                continue
            vals += list(c['address'].values())
        if any(v is not None and (not isinstance(v, str) or not v.strip()) for v in vals) or not c['displayName']:
            bad.append(i)
    report('record format (keys, entity ids, non-empty strings or null)', not bad, 'lines %s' % bad[:10])
    report('lines 1-1500 existing, 1501-3000 incoming',
           all(r['set'] == 'existing' for r in S[:1500]) and all(r['set'] == 'incoming' for r in S[1500:]))

    EX, IN = S[:1500], S[1500:]
    MEX, MIN = M[:1500], M[1500:]

    # ---------------- existing
    names = [r['contact']['displayName'] for r in EX]
    report('existing sorted by displayName case-folded', names == sorted(names, key=str.casefold))
    report('existing displayName unique case-insensitively', len(set(n.casefold() for n in names)) == len(names))
    report('existing entity ids unique', len(set(r['entity'] for r in EX)) == 1500)
    report('every existing record has e-mail, phone or address',
           all(r['contact']['email'] or r['contact']['phone'] or r['contact']['address'] for r in EX))
    report('existing country is an ISO code',
           all(r['contact']['address'] is None or re.fullmatch(r'[A-Z]{2}', r['contact']['address']['country'] or '') for r in EX))
    quals = [n for n in names if re.search(r' \([^)]+\)$', n)]
    report('repeated names carry a QuickBooks qualifier "(Town)" / "(n)"', len(quals) >= 5, str(len(quals)))

    # ---------------- meta alignment
    ok = True
    for i, (r, m) in enumerate(zip(S, M)):
        exp_idx = i if i < 1500 else i - 1500
        if m.get('set') != r['set'] or m.get('index') != exp_idx or m.get('entity') != r['entity']:
            ok = False
            break
    report('meta aligned with set (set, index, entity)', ok, 'line %d' % i)
    report('meta categories valid',
           all(m['category'] == 'existing' for m in MEX) and all(m['category'] in ('match', 'new', 'hard_negative') for m in MIN))
    report('meta party in (org, person) and changes is a list',
           all(m.get('party') in ('org', 'person') and isinstance(m.get('changes'), list) and m.get('kind') for m in M))
    report('existing meta has no changes', all(m['changes'] == [] for m in MEX))

    cat = Counter(m['category'] for m in MIN)
    report('exactly 150 hard negatives', cat['hard_negative'] == 150, str(cat))
    report('about 55% matches', 0.50 <= cat['match'] / 1500 <= 0.60, str(cat['match']))
    report('about 35% new customers', 0.30 <= cat['new'] / 1500 <= 0.40, str(cat['new']))

    # ---------------- parties
    ent_party = {}
    okp = True
    for r, m in zip(S, M):
        if ent_party.setdefault(r['entity'], m['party']) != m['party']:
            okp = False
    report('party constant per entity', okp)
    report('organisations always have companyName', all(r['contact']['companyName'] for r, m in zip(S, M) if m['party'] == 'org'))
    report('existing persons have companyName null', all(r['contact']['companyName'] is None for r, m in zip(EX, MEX) if m['party'] == 'person'))
    wrong = []
    for i, (r, m) in enumerate(zip(IN, MIN)):
        c = r['contact']
        if m['party'] == 'person' and c['companyName']:
            own = set(toks(' '.join(x for x in (c['displayName'], c['givenName'], c['familyName']) if x), False))
            if not (placeholder(c['companyName']) or set(toks(c['companyName'], False)) <= own):
                wrong.append(i)
    report('persons fill companyName only as a source error (placeholder or own name)', not wrong, str(wrong[:5]))
    share = sum(1 for r, m in zip(IN, MIN) if m['party'] == 'person' and r['contact']['companyName']) / max(1, sum(1 for m in MIN if m['party'] == 'person'))
    report('wrongly filled companyName on persons is a minority', share < 0.15, '%.3f' % share)
    pshare = sum(1 for m in MEX if m['party'] == 'person') / 1500
    report('about 60% persons among existing customers', 0.55 <= pshare <= 0.65, '%.3f' % pshare)

    # ---------------- sources and profiles
    src = Counter(m.get('source') for m in MIN)
    report('every incoming record has a source; 3-5 sources', None not in src and 3 <= len(src) <= 5, str(src))
    report('no source on existing records', all('source' not in m for m in MEX))
    comp_cats = [m for m in MIN if m['category'] == 'match' or (m['category'] == 'new' and m.get('occurrence', 1) > 1)]
    prof = Counter(m.get('profile') for m in comp_cats)
    report('profiles light / medium / harsh on matches and repeats', set(prof) == {'light', 'medium', 'harsh'}, str(prof))

    # ---------------- label consistency
    ex_ent = {r['entity']: i for i, r in enumerate(EX)}
    problems = []
    seen_new = {}
    new_occ = Counter()
    hn_ents = Counter()
    for i, (r, m) in enumerate(zip(IN, MIN)):
        e = r['entity']
        if m['category'] == 'match':
            ci = m.get('compare_index')
            if m.get('compare_set') != 'existing' or e not in ex_ent or ci != ex_ent[e]:
                problems.append(('match', i))
        elif m['category'] == 'new':
            if e in ex_ent:
                problems.append(('new-in-existing', i))
            new_occ[e] += 1
            if m.get('occurrence') != new_occ[e]:
                problems.append(('occurrence', i))
            if new_occ[e] == 1:
                seen_new[e] = i
                if 'compare_index' in m:
                    problems.append(('first-has-compare', i))
            else:
                if m.get('compare_set') != 'incoming' or m.get('compare_index') != seen_new.get(e):
                    problems.append(('repeat-compare', i))
        else:
            hn_ents[e] += 1
            if e in ex_ent or m.get('anchor') not in ex_ent or m.get('anchor_index') != ex_ent.get(m.get('anchor')):
                problems.append(('hn', i))
    all_new = set(seen_new)
    for e, k in hn_ents.items():
        if k > 1 or e in all_new:
            problems.append(('hn-entity-reused', e))
    report('labels consistent (match->existing, new not existing, repeats after first, anchors)', not problems, str(problems[:8]))
    report('first occurrence of a new customer precedes its repeats', all(v >= 1 for v in new_occ.values()) and not [p for p in problems if p[0] == 'occurrence'])
    mcount = Counter(r['entity'] for r, m in zip(IN, MIN) if m['category'] == 'match')
    report('some existing customers matched several times', sum(1 for v in mcount.values() if v >= 2) >= 20 and max(mcount.values()) >= 3,
           str(Counter(mcount.values())))
    oc = Counter(new_occ.values())
    report('some new customers repeated two or three times (never more)', oc.get(2, 0) > 0 and oc.get(3, 0) > 0 and max(oc) <= 3, str(oc))
    cats_head = Counter(m['category'] for m in MIN[:200])
    report('incoming records are shuffled', len(cats_head) == 3 and cats_head['match'] < 170, str(cats_head))

    # ---------------- evidence, findability
    def compared(m):
        return EX[m['compare_index']]['contact'] if m['compare_set'] == 'existing' else IN[m['compare_index']]['contact']

    ev_bad, fd_bad = [], []
    for i, (r, m) in enumerate(zip(IN, MIN)):
        if 'compare_index' not in m:
            continue
        ev = recompute_evidence(r['contact'], compared(m))
        if ev != m.get('evidence'):
            ev_bad.append((i, m.get('evidence'), ev))
        if m.get('findable') != ('identifier' if ev else 'name+city'):
            fd_bad.append(i)
    report('evidence recomputed from the records', not ev_bad, str(ev_bad[:5]))
    report('findable = identifier iff some e-mail / phone / address is shared', not fd_bad, str(fd_bad[:5]))

    pool = []
    for r in S:
        c = r['contact']
        t = town(c['address']['city']) if c['address'] else None
        pool.append((r['entity'], t, rec_tokens(c)))
    nc = [(i, r, m) for i, (r, m) in enumerate(zip(IN, MIN)) if m.get('findable') == 'name+city']
    report('at least 100 name+city matches / repeats', len(nc) >= 100, str(len(nc)))
    nbad = []
    for i, r, m in nc:
        c = r['contact']
        comp = compared(m)
        t = town(c['address']['city']) if c['address'] else None
        if not t or not comp['address'] or town(comp['address']['city']) != t:
            nbad.append((i, 'town'))
            continue
        q = rec_tokens(c)
        best = {}
        me = 1500 + i
        for j, (e, tt, tk) in enumerate(pool):
            if j == me or tt != t:
                continue
            s = similarity(q, tk)
            if s > best.get(e, -1):
                best[e] = s
        target = best.get(r['entity'], 0.0)
        other = max([v for e, v in best.items() if e != r['entity']] or [0.0])
        if not (target >= 0.5 and target - other >= 0.15):
            nbad.append((i, target, other))
    report('each name+city record is the clear best name match in its town', not nbad, str(nbad[:5]))

    # ---------------- hard negatives
    hn = [(i, r, m) for i, (r, m) in enumerate(zip(IN, MIN)) if m['category'] == 'hard_negative']
    types = Counter(m.get('hn_type') for _, _, m in hn)
    report('12-16 hard-negative types', 12 <= len(types) <= 16, str(types))
    report('every hard negative states its rule', all(isinstance(m.get('rule'), str) and len(m['rule']) > 20 for _, _, m in hn))
    sb = []
    for i, r, m in hn:
        sh = recompute_shared(r['contact'], EX[m['anchor_index']]['contact'])
        if sh != m.get('shared') or not [x for x in sh if x not in ('city', 'email_domain')]:
            sb.append((i, m.get('shared'), sh))
    report('hard-negative shared claims recomputed and substantive', not sb, str(sb[:5]))
    report('shared vocabulary', all(x in SHARED_VOCAB for _, _, m in hn for x in m['shared']))

    # ---------------- change lists
    cb, vb = [], []
    for i, (r, m) in enumerate(zip(IN, MIN)):
        if m['category'] == 'hard_negative':
            base = EX[m['anchor_index']]['contact']
        elif 'compare_index' in m:
            base = compared(m)
        else:
            if m['changes']:
                cb.append((i, 'first occurrence with changes'))
            continue
        diff = differing_fields(base, r['contact'])
        got = []
        for ch in m['changes']:
            if ':' not in ch:
                vb.append((i, ch))
                continue
            f, w = ch.split(':', 1)
            if f not in FIELDS or w not in VOCAB:
                vb.append((i, ch))
            if f not in got:
                got.append(f)
        if sorted(got) != sorted(diff):
            cb.append((i, sorted(set(got) ^ set(diff))))
    report('change lists name exactly the differing fields', not cb, str(cb[:5]))
    report('change vocabulary', not vb, str(vb[:5]))
    report('every match / repeat / hard negative differs somewhere', all(m['changes'] for m in MIN if m['category'] != 'new' or m.get('occurrence', 1) > 1))

    # ---------------- identifiers and places
    nb = []
    for r in S:
        d = r['contact']['displayName']
        for mt in re.finditer(r'(?i)\bNIT\.?:?\s*(\d{3}\.\d{3}\.\d{3}|\d{6,10})(?:\s*-\s*|\s+)(\d)(?!\d)', d):
            if not nit_ok(mt.group(1).replace('.', ''), mt.group(2)):
                nb.append(d)
        for mt in re.finditer(r'(?i)\bNIT\.?:?\s*(\d{10})(?![\d])(?!\s*-?\s*\d)', d):
            if not nit_ok(mt.group(1)[:9], mt.group(1)[9]):
                nb.append(d)
    nits = sum(1 for r in S if re.search(r'(?i)\bNIT\b', r['contact']['displayName']))
    report('NITs written in names carry a valid DIAN check digit', not nb and nits > 20, '%d bad of %d: %s' % (len(nb), nits, nb[:3]))
    pb = []
    for r in S:
        a = r['contact']['address']
        if a and a['city'] and a['postalCode']:
            t = town(a['city'])
            if t not in POSTAL_PREFIX or not a['postalCode'].startswith(POSTAL_PREFIX[t]):
                pb.append((a['city'], a['postalCode']))
    report('postal codes are the DANE codes of their towns', not pb, str(pb[:5]))
    tb = [r['contact']['address']['city'] for r in S if r['contact']['address'] and r['contact']['address']['city']
          and town(r['contact']['address']['city']) not in POSTAL_PREFIX]
    report('towns are the business area towns', not tb, str(tb[:5]))
    phb = []
    for r in S:
        p = r['contact']['phone']
        if not p:
            continue
        for ch in re.split(r'/|;|,|\s-\s', p):
            d = re.sub(r'\D', '', ch)
            k = one_phone(ch)
            if not k or k[0] == 'X':
                phb.append(p)
            elif len(d) in (10, 12) and k[0] == 'L' and d[-10:-7] not in ('601', '604'):
                phb.append(p)
    report('phones are Colombian mobiles (3xx) or 601/604 landlines', not phb, str(phb[:5]))
    mob = Counter()
    for r in EX:
        for k in phone_set(r['contact']['phone']):
            mob[k] += 1
    report('existing e-mails look like mailboxes', all(re.fullmatch(r'[^@\s;]+@[a-z0-9.-]+\.[a-z]{2,}', e)
                                                      for r in S for e in mail_set(r['contact']['email'])))

    # ---------------- determinism
    gen = os.path.join(HERE, 'gen.py')
    hashes = []
    for seed in ('1', '987654'):
        d = tempfile.mkdtemp(prefix='coferr_')
        env = dict(os.environ, PYTHONHASHSEED=seed)
        p = subprocess.run([sys.executable, gen, '--out', d], env=env, capture_output=True, text=True)
        if p.returncode != 0:
            hashes.append(('error', p.stderr[-300:]))
            continue
        hashes.append((sha(os.path.join(d, 'set.jsonl')), sha(os.path.join(d, 'meta.jsonl'))))
        for f in ('set.jsonl', 'meta.jsonl'):
            os.remove(os.path.join(d, f))
        os.rmdir(d)
    local = (sha(sp), sha(mp))
    report('gen.py deterministic across PYTHONHASHSEED', len(hashes) == 2 and hashes[0] == hashes[1] and hashes[0][0] != 'error', str(hashes))
    report('set.jsonl / meta.jsonl are the generated output', hashes and hashes[0] == local)

    if all(RESULTS):
        print('ALL CHECKS PASSED')
        print('set.jsonl sha256 ' + local[0])
        return 0
    print('SOME CHECKS FAILED (%d)' % RESULTS.count(False))
    return 1


if __name__ == '__main__':
    sys.exit(main())
