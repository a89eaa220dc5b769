#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py -- independent validator for the us-tuition record-linkage set.

Does NOT import gen.py.  Re-derives every label it can from set.jsonl alone:
format and limits, counts, label consistency (entities, compare/anchor
indexes, occurrences), the `changes` lists (exactly the differing fields, known
vocabulary, semantic sanity), the `evidence` / `findable` claims, the hard
negatives' `shared` claims, noise coverage, and determinism (gen.py is run
twice with different PYTHONHASHSEED into temporary directories and the
SHA-256 of both outputs compared with each other and with the files here).

Usage: python3 check.py [--dir DIR] [--skip-determinism]
Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) or a failure summary
(exit 1).
"""
import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))

FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
LIMITS = {'displayName': 100, 'companyName': 100, 'givenName': 100, 'familyName': 100,
          'email': 100, 'phone': 30, 'line1': 500, 'line2': 500, 'city': 255, 'region': 255,
          'postalCode': 30, 'country': 255}
N_EXISTING = 1500
N_INCOMING = 1500

PERSON_KINDS = {'household', 'single_parent', 'divorced_parent', 'grandparent', 'guardian', 'adult_learner'}
ORG_KINDS = {'employer', 'sponsor', 'foundation', 'church', 'parent_org', 'school_district', 'plan_529'}
SOURCES = {'sis_export', 'enrollment_form', 'camp_app', 'business_office', 'lessons_portal'}
PROFILES = {'light', 'medium', 'harsh'}
SHARED_KEYS = ['name', 'familyName', 'email', 'email_domain', 'phone', 'address', 'city', 'company_stem']
HN_TYPES_MIN = 10

NAME_WHAT = {
    'typo', 'case', 'format', 'encoding', 'punctuation', 'spelling', 'nickname', 'formal_name',
    'initial', 'full_given', 'middle_added', 'middle_dropped', 'title_added', 'title_dropped',
    'suffix_added', 'suffix_dropped', 'last_first', 'first_last', 'household_name', 'personal_name',
    'joint_name', 'joint_name_dropped', 'student_note', 'student_note_dropped', 'student_name',
    'payer_name', 'other_parent', 'contact_changed', 'married_name', 'hyphen_format',
    'double_surname', 'swapped', 'field_mixup', 'disambiguation', 'disambiguation_dropped',
    'abbreviation', 'unabbreviated', 'ampersand', 'the_dropped', 'the_added', 'legal_form',
    'legal_form_dropped', 'legal_form_added', 'dept_added', 'dept_dropped', 'note_added',
    'note_dropped', 'wrongly_filled', 'wrongly_filled_removed', 'added', 'dropped',
}
VOCAB = {
    'displayName': NAME_WHAT, 'givenName': NAME_WHAT, 'familyName': NAME_WHAT, 'companyName': NAME_WHAT,
    'email': {'case', 'whitespace', 'typo', 'new', 'work', 'personal', 'other_parent',
              'contact_changed', 'other_mailbox', 'added', 'dropped', 'format'},
    'phone': {'format', 'typo', 'new', 'work', 'personal', 'other_parent', 'home_phone', 'mobile',
              'extension_added', 'extension_dropped', 'extension_changed', 'added', 'dropped', 'case'},
    'address': {'expanded', 'abbreviated', 'format', 'case', 'typo', 'number_typo', 'unit_format',
                'lines_merged', 'lines_split', 'unit_dropped', 'unit_added', 'quadrant_dropped',
                'quadrant_added', 'attn_added', 'attn_dropped', 'postal_city', 'city_abbrev',
                'city_expanded', 'city_typo', 'city_dropped', 'city_added', 'region_format',
                'zip4_added', 'zip4_dropped', 'zip_dropped', 'zip_added', 'zip_wrong',
                'country_format', 'country_dropped', 'country_added', 'partial', 'completed',
                'moved', 'po_box', 'street_address', 'work_address', 'home_address', 'added', 'dropped'},
}
# tags that mean "this channel no longer identifies the customer"
BREAKS = {
    'email': {'typo', 'new', 'work', 'personal', 'other_parent', 'contact_changed', 'other_mailbox', 'dropped'},
    'phone': {'typo', 'new', 'work', 'personal', 'other_parent', 'home_phone', 'mobile', 'dropped'},
    'address': {'moved', 'po_box', 'street_address', 'work_address', 'home_address', 'dropped', 'partial',
                'number_typo'},
}
FREEMAIL = {'gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'aol.com',
            'bellsouth.net', 'att.net', 'comcast.net', 'me.com', 'live.com', 'mac.com',
            'carolina.rr.com', 'charter.net', 'columbus.rr.com', 'sbcglobal.net', 'wowway.com',
            'frontier.com', 'msn.com', 'verizon.net', 'protonmail.com'}

# --------------------------------------------------------------------------- results

RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append((name, ok, detail))
    line = '%s  %s' % ('PASS' if ok else 'FAIL', name)
    if detail:
        line += '  -- ' + detail
    print(line)


def first(errs, n=5):
    return '; '.join(str(e) for e in errs[:n]) + (' ... (+%d more)' % (len(errs) - n) if len(errs) > n else '')


# --------------------------------------------------------------------------- normalisers
# (re-implemented here on purpose; gen.py is never imported)

STYPE_WORDS = {
    'st', 'street', 'dr', 'drive', 'rd', 'road', 'ln', 'lane', 'ct', 'court', 'ave', 'avenue',
    'blvd', 'boulevard', 'cir', 'circle', 'pkwy', 'parkway', 'pl', 'place', 'ter', 'terrace',
    'trl', 'trail', 'way', 'xing', 'crossing', 'hwy', 'highway', 'pt', 'point', 'run', 'cv', 'cove',
    'trce', 'trace', 'bnd', 'bend', 'lndg', 'landing', 'pass', 'walk', 'sq', 'square', 'loop',
    'row', 'pike', 'broadway',
}
DIR_WORDS = {'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west',
             'northeast', 'northwest', 'southeast', 'southwest'}
STATE_CODES = {'ga', 'nc', 'sc', 'oh', 'tn', 'ne', 'mo', 'co', 'ky', 'tx', 'ma'}
CITY_TOKENS = {'ft': 'fort', 'mt': 'mount', 'mtn': 'mountain', 'spgs': 'springs', 'cors': 'corners',
               'crk': 'creek', 'hts': 'heights', 'st': 'saint'}


def deaccent(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def n_email(e):
    return e.strip().casefold() if e else None


def n_phone(p):
    if not p:
        return None
    p = re.sub(r'(?i)\s*(?:x|ext\.?|extension|#)\s*\d+\s*$', '', p)
    d = re.sub(r'\D', '', p)
    if len(d) == 11 and d.startswith('1'):
        d = d[1:]
    return d if len(d) == 10 else None


def n_city(c):
    if not c:
        return None
    t = deaccent(c).casefold()
    for ch in ("'", '\u2019'):
        t = t.replace(ch, '')
    t = t.replace('.', ' ').replace('-', ' ')
    toks = re.findall(r'[a-z0-9]+', t)
    if len(toks) > 1 and toks[-1] in STATE_CODES:
        toks = toks[:-1]
    toks = [CITY_TOKENS.get(x, x) for x in toks]
    return ' '.join(toks) or None


def zip5(a):
    z = (a or {}).get('postalCode')
    if not z:
        return None
    m = re.match(r'\s*(\d{5})', z)
    return m.group(1) if m else None


def akey(a):
    if not a:
        return None
    for ln in (a.get('line1'), a.get('line2')):
        if not ln:
            continue
        t = deaccent(ln).casefold()
        m = re.search(r'\b(?:p\.?\s*o\.?\s*b(?:ox)?|post office box|box)\s*#?\s*(\d+)', t)
        if m:
            return ('po', m.group(1), '')
        m = re.match(r'\s*(\d+)\s+(.*)', t)
        if m:
            rest = re.split(r'\b(?:apt|apartment|unit|ste|suite)\b|#|,', m.group(2))[0]
            toks = re.findall(r'[a-z0-9]+', rest)
            core = [x for x in toks if x not in STYPE_WORDS and x not in DIR_WORDS]
            return ('st', m.group(1), ' '.join(core or toks))
    return None


def same_addr(a, b):
    ka, kb = akey(a), akey(b)
    if not ka or not kb or ka[:2] != kb[:2]:
        return False
    if ka[0] == 'st' and ka[2] != kb[2]:
        if not ka[2] or not kb[2]:
            return False
        if sorted(ka[2]) != sorted(kb[2]) and SequenceMatcher(None, ka[2], kb[2]).ratio() < 0.75:
            return False
    za, zb = zip5(a), zip5(b)
    if za and zb and za == zb:
        return True
    ca, cb = n_city(a.get('city')), n_city(b.get('city'))
    return bool(ca and cb and ca == cb)


def evidence_of(x, y):
    ev = []
    if n_email(x['email']) and n_email(x['email']) == n_email(y['email']):
        ev.append('email')
    if n_phone(x['phone']) and n_phone(x['phone']) == n_phone(y['phone']):
        ev.append('phone')
    if same_addr(x['address'], y['address']):
        ev.append('address')
    return ev


STOP = {'mr', 'mrs', 'ms', 'miss', 'dr', 'rev', 'pastor', 'jr', 'sr', 'ii', 'iii', 'iv', 'the', 'family',
        'and', 'of', 'parent', 'guardian', 'household', 'inc', 'llc', 'llp', 'pllc', 'pc', 'pa', 'corp',
        'co', 'ltd', 'lp', 'camper', 'student'}


def ntoks(c):
    text = ' '.join(p for p in (c['displayName'], c['givenName'], c['familyName'], c['companyName']) if p)
    text = deaccent(text).casefold().replace('&#39;', '').replace('\u2019', '').replace("'", '')
    return sorted(set(t for t in re.findall(r'[a-z0-9]+', text) if t not in STOP and len(t) > 1))


def tmatch(a, b):
    return a == b or (len(a) >= 4 and len(b) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8)


def nscore(xt, yt):
    if not xt or not yt:
        return 0.0
    mx = sum(1 for a in xt if any(tmatch(a, b) for b in yt)) / len(xt)
    my = sum(1 for b in yt if any(tmatch(a, b) for a in xt)) / len(yt)
    return round((mx + my) / 2, 6)


def rcity(c):
    return n_city((c['address'] or {}).get('city'))


def nname(s, drop_suffix=False):
    t = deaccent(s).casefold().replace('&#39;', '').replace('\u2019', '').replace("'", '')
    toks = re.findall(r'[a-z0-9]+', t)
    if drop_suffix:
        toks = [x for x in toks if x not in ('jr', 'sr', 'ii', 'iii', 'iv')]
    return ' '.join(toks)


def pkey(c):
    if not c['givenName'] or not c['familyName']:
        return None
    g, f = nname(c['givenName']), nname(c['familyName'], True)
    return (g + '|' + f) if g and f else None


LEGAL = {'inc', 'llc', 'llp', 'pllc', 'pc', 'pa', 'corp', 'co', 'corporation', 'incorporated', 'company',
         'lp', 'ltd', 'the'}


def okey(c):
    if not c['companyName']:
        return None
    t = deaccent(c['companyName']).casefold().replace('&', ' and ')
    return ' '.join(x for x in re.findall(r'[a-z0-9]+', t) if x not in LEGAL) or None


def dom(e):
    if not e or '@' not in e:
        return None
    return e.strip().casefold().rsplit('@', 1)[1]


def has_stem(text, stem):
    if not text or not stem:
        return False
    t = ' ' + ' '.join(re.findall(r'[a-z0-9]+', deaccent(text).casefold())) + ' '
    s = ' '.join(re.findall(r'[a-z0-9]+', deaccent(stem).casefold()))
    return bool(s) and (' ' + s + ' ') in t


# --------------------------------------------------------------------------- loading

def load(d):
    rows = {}
    for fn in ('set.jsonl', 'meta.jsonl'):
        p = os.path.join(d, fn)
        if not os.path.exists(p):
            report('file %s exists' % fn, False, p)
            return None, None
        out = []
        with open(p, encoding='utf-8') as fh:
            for i, line in enumerate(fh, 1):
                try:
                    out.append(json.loads(line))
                except ValueError as e:
                    report('%s line %d is JSON' % (fn, i), False, str(e))
                    return None, None
        rows[fn] = out
    report('files exist and parse as JSON lines', True,
           'set=%d meta=%d' % (len(rows['set.jsonl']), len(rows['meta.jsonl'])))
    return rows['set.jsonl'], rows['meta.jsonl']


# --------------------------------------------------------------------------- checks

def check_format(S, M):
    errs = []
    if len(S) != N_EXISTING + N_INCOMING or len(M) != len(S):
        errs.append('line counts %d/%d' % (len(S), len(M)))
    for i, r in enumerate(S):
        want = 'existing' if i < N_EXISTING else 'incoming'
        if set(r.keys()) != {'set', 'entity', 'contact'}:
            errs.append('line %d keys %s' % (i + 1, sorted(r.keys())))
            continue
        if r['set'] != want:
            errs.append('line %d set=%s want %s' % (i + 1, r['set'], want))
        if not isinstance(r['entity'], str) or not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            errs.append('line %d entity %r' % (i + 1, r['entity']))
        c = r['contact']
        if not isinstance(c, dict) or list(c.keys()) != FIELDS:
            errs.append('line %d contact keys %s' % (i + 1, list(c.keys()) if isinstance(c, dict) else c))
            continue
        for k in FIELDS:
            v = c[k]
            if k == 'address':
                if v is None:
                    continue
                if not isinstance(v, dict) or list(v.keys()) != ADDR_FIELDS:
                    errs.append('line %d address keys' % (i + 1))
                    continue
                if all(v[x] is None for x in ADDR_FIELDS):
                    errs.append('line %d address all null' % (i + 1))
                for x in ADDR_FIELDS:
                    if v[x] is not None and (not isinstance(v[x], str) or not v[x].strip() or len(v[x]) > LIMITS[x]):
                        errs.append('line %d address.%s=%r' % (i + 1, x, v[x]))
            elif v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[k]):
                errs.append('line %d %s=%r' % (i + 1, k, v))
        if not c['displayName']:
            errs.append('line %d displayName missing' % (i + 1))
    report('set.jsonl format, field types, non-empty strings, limits', not errs, first(errs))


def check_values(S):
    errs = []
    for i, r in enumerate(S):
        c = r['contact']
        e = c['email']
        if e is not None and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[^@\s]+', e.strip()):
            errs.append('line %d email %r' % (i + 1, e))
        if c['phone'] is not None and n_phone(c['phone']) is None:
            errs.append('line %d phone %r' % (i + 1, c['phone']))
        a = c['address']
        if a and a['postalCode'] and not re.fullmatch(r'\d{4,5}(?:[- ]\d{4})?', a['postalCode']):
            errs.append('line %d postalCode %r' % (i + 1, a['postalCode']))
        if e and dom(e) and not (dom(e) in FREEMAIL or re.search(r'\.(com|org|net|example|edu)$', dom(e))
                                 or re.search(r'\.(co|con|cm|ne|ner)$', dom(e))):
            errs.append('line %d email domain %r' % (i + 1, dom(e)))
    report('values plausible (e-mail shape, 10-digit NANP phones, US ZIPs)', not errs, first(errs))


def check_meta_format(S, M):
    errs = []
    idx = {'existing': 0, 'incoming': 0}
    for i, (r, m) in enumerate(zip(S, M)):
        if m.get('set') != r['set'] or m.get('entity') != r['entity']:
            errs.append('meta line %d set/entity mismatch' % (i + 1))
            continue
        if m.get('index') != idx[r['set']]:
            errs.append('meta line %d index %r want %d' % (i + 1, m.get('index'), idx[r['set']]))
        idx[r['set']] += 1
        cat = m.get('category')
        base = {'set', 'index', 'entity', 'category', 'kind', 'party', 'changes'}
        if r['set'] == 'existing':
            want = base
            if cat != 'existing':
                errs.append('meta line %d category %r' % (i + 1, cat))
        else:
            base = base | {'source'}
            if cat == 'match':
                want = base | {'profile', 'evidence', 'findable', 'compare_set', 'compare_index'}
            elif cat == 'new':
                want = base | {'occurrence'}
                if m.get('occurrence', 1) >= 2:
                    want = want | {'profile', 'evidence', 'findable', 'compare_set', 'compare_index'}
            elif cat == 'hard_negative':
                want = base | {'anchor', 'anchor_index', 'hn_type', 'rule', 'shared'}
                if 'company_stem' in m.get('shared', []):
                    want = want | {'stem'}
            else:
                errs.append('meta line %d category %r' % (i + 1, cat))
                continue
            if m.get('source') not in SOURCES:
                errs.append('meta line %d source %r' % (i + 1, m.get('source')))
            if 'profile' in want and m.get('profile') not in PROFILES:
                errs.append('meta line %d profile %r' % (i + 1, m.get('profile')))
            if 'findable' in want and m.get('findable') not in ('identifier', 'name+city'):
                errs.append('meta line %d findable %r' % (i + 1, m.get('findable')))
            if 'evidence' in want and (not isinstance(m.get('evidence'), list) or
                                       any(x not in ('email', 'phone', 'address') for x in m['evidence'])):
                errs.append('meta line %d evidence %r' % (i + 1, m.get('evidence')))
            if 'shared' in want and (not isinstance(m.get('shared'), list) or
                                     any(x not in SHARED_KEYS for x in m['shared'])):
                errs.append('meta line %d shared %r' % (i + 1, m.get('shared')))
            if 'rule' in want and not (isinstance(m.get('rule'), str) and m['rule'].strip()):
                errs.append('meta line %d rule empty' % (i + 1))
        if set(m.keys()) != want:
            errs.append('meta line %d keys extra=%s missing=%s' % (i + 1, sorted(set(m) - want), sorted(want - set(m))))
        party = m.get('party')
        if party == 'person' and m.get('kind') not in PERSON_KINDS or party == 'org' and m.get('kind') not in ORG_KINDS \
                or party not in ('person', 'org'):
            errs.append('meta line %d party/kind %r/%r' % (i + 1, party, m.get('kind')))
        if not isinstance(m.get('changes'), list):
            errs.append('meta line %d changes not a list' % (i + 1))
    report('meta.jsonl aligned with set.jsonl, keys per category, value domains', not errs, first(errs))


def check_existing(S, M):
    E = S[:N_EXISTING]
    errs = []
    names = [r['contact']['displayName'] for r in E]
    if names != sorted(names, key=lambda s: s.casefold()) and \
            [n.casefold() for n in names] != sorted(n.casefold() for n in names):
        errs.append('not sorted by displayName.casefold()')
    cf = collections.Counter(n.casefold() for n in names)
    d = [n for n, k in cf.items() if k > 1]
    if d:
        errs.append('duplicate displayNames %s' % d[:3])
    ents = collections.Counter(r['entity'] for r in E)
    if any(k > 1 for k in ents.values()):
        errs.append('duplicate existing entity ids')
    for i, r in enumerate(E):
        c = r['contact']
        if not (c['email'] or c['phone'] or c['address']):
            errs.append('existing %d has no email/phone/address' % i)
        if M[i]['changes']:
            errs.append('existing %d has changes' % i)
    dis = [n for n in names if re.search(r' \((\d+|[A-Z][A-Za-z .\'-]+)\)$', n)]
    if len(dis) < 3:
        errs.append('only %d disambiguated display names' % len(dis))
    report('existing: sorted, unique displayName (casefold), unique entities, >=1 identifier, '
           'disambiguation present (%d)' % len(dis), not errs, first(errs))


def check_party(S, M):
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r['contact']
        if m['party'] == 'org' and not c['companyName']:
            errs.append('line %d org without companyName' % (i + 1))
        if m['party'] == 'person' and c['companyName'] and not any(t.startswith('companyName:') for t in m['changes']):
            errs.append('line %d person with unlabelled companyName' % (i + 1))
        if m['set'] == 'existing' and m['party'] == 'person' and c['companyName']:
            errs.append('line %d existing person with companyName' % (i + 1))
    report('organisations always have companyName; persons only when labelled as a change', not errs, first(errs))


def check_counts(S, M):
    inc = M[N_EXISTING:]
    cats = collections.Counter(m['category'] for m in inc)
    errs = []
    if not 0.50 * N_INCOMING <= cats['match'] <= 0.60 * N_INCOMING:
        errs.append('match=%d' % cats['match'])
    if not 0.30 * N_INCOMING <= cats['new'] <= 0.40 * N_INCOMING:
        errs.append('new=%d' % cats['new'])
    if cats['hard_negative'] != 150:
        errs.append('hard_negative=%d' % cats['hard_negative'])
    if sum(cats.values()) != N_INCOMING:
        errs.append('incoming=%d' % sum(cats.values()))
    me = collections.Counter(m['entity'] for m in inc if m['category'] == 'match')
    ne = collections.Counter(m['entity'] for m in inc if m['category'] == 'new')
    if not 650 <= len(me) <= 750:
        errs.append('match customers=%d' % len(me))
    if not 370 <= len(ne) <= 430:
        errs.append('new customers=%d' % len(ne))
    mult_m = collections.Counter(me.values())
    mult_n = collections.Counter(ne.values())
    if not (mult_m[2] and mult_m[3]) or max(mult_m) > 3:
        errs.append('match multiplicities %s' % dict(mult_m))
    if not (mult_n[2] and mult_n[3]) or max(mult_n) > 3:
        errs.append('new multiplicities %s' % dict(mult_n))
    hn = collections.Counter(m['hn_type'] for m in inc if m['category'] == 'hard_negative')
    if len(hn) < HN_TYPES_MIN:
        errs.append('only %d hard-negative types' % len(hn))
    party = collections.Counter(m['party'] for m in M)
    share_org = party['org'] / float(len(M))
    if not 0.10 <= share_org <= 0.20:
        errs.append('organisation share %.3f' % share_org)
    detail = 'match=%d (%d customers %s) new=%d (%d customers %s) hn=%d (%d types) org share=%.1f%%' % (
        cats['match'], len(me), dict(sorted(mult_m.items())), cats['new'], len(ne), dict(sorted(mult_n.items())),
        cats['hard_negative'], len(hn), 100 * share_org)
    report('counts: ~55% match, ~35% new, 150 hard negatives, ~85/15 persons/orgs', not errs,
           first(errs) if errs else detail)


def check_labels(S, M):
    errs = []
    ex_ent = {S[i]['entity']: i for i in range(N_EXISTING)}
    inc = list(range(N_EXISTING, N_EXISTING + N_INCOMING))
    seen_new = {}
    hn_ents = collections.Counter()
    for i in inc:
        m, r = M[i], S[i]
        e = r['entity']
        cat = m['category']
        if cat == 'match':
            if e not in ex_ent:
                errs.append('incoming %d match entity not existing' % m['index'])
            elif m['compare_set'] != 'existing' or m['compare_index'] != ex_ent[e]:
                errs.append('incoming %d compare_index %r != %d' % (m['index'], m['compare_index'], ex_ent[e]))
            if m['kind'] != M[ex_ent.get(e, 0)]['kind'] or m['party'] != M[ex_ent.get(e, 0)]['party']:
                errs.append('incoming %d kind/party differs from its existing record' % m['index'])
        elif cat == 'new':
            if e in ex_ent:
                errs.append('incoming %d new entity exists in existing' % m['index'])
            occ = m['occurrence']
            prev = seen_new.get(e, [])
            if occ != len(prev) + 1:
                errs.append('incoming %d occurrence %d after %d' % (m['index'], occ, len(prev)))
            if occ == 1 and m['changes']:
                errs.append('incoming %d first occurrence has changes' % m['index'])
            if occ >= 2:
                if m['compare_set'] != 'incoming' or not prev or m['compare_index'] != prev[0]:
                    errs.append('incoming %d compare_index %r (first at %r)' % (m['index'], m['compare_index'],
                                                                                 prev[0] if prev else None))
            seen_new.setdefault(e, []).append(m['index'])
        else:
            hn_ents[e] += 1
            if e in ex_ent:
                errs.append('incoming %d hard negative entity exists in existing' % m['index'])
            a = m['anchor']
            if a not in ex_ent or ex_ent[a] != m['anchor_index']:
                errs.append('incoming %d anchor %s/%r mismatch' % (m['index'], a, m['anchor_index']))
            if a == e:
                errs.append('incoming %d anchor is itself' % m['index'])
    new_ents = set(seen_new)
    for e, k in hn_ents.items():
        if k > 1 or e in new_ents:
            errs.append('hard negative entity %s reused' % e)
    match_ents = set(S[i]['entity'] for i in inc if M[i]['category'] == 'match')
    if match_ents & new_ents:
        errs.append('entities both match and new')
    report('labels: match entities exist & compare_index, new occurrences in order & compare to the 1st, '
           'hard-negative anchors, entity ids disjoint', not errs, first(errs))


def compared(S, M, i):
    m = M[i]
    if m['category'] == 'match':
        return S[m['compare_index']]['contact']
    if m['category'] == 'new' and m['occurrence'] >= 2:
        return S[N_EXISTING + m['compare_index']]['contact']
    if m['category'] == 'hard_negative':
        return S[m['anchor_index']]['contact']
    return None


def check_changes(S, M):
    errs, sem = [], []
    n_checked = 0
    for i in range(N_EXISTING, N_EXISTING + N_INCOMING):
        m = M[i]
        y = compared(S, M, i)
        if y is None:
            continue
        x = S[i]['contact']
        n_checked += 1
        tags = m['changes']
        if len(tags) != len(set(tags)):
            errs.append('incoming %d duplicate tags' % m['index'])
        by_field = collections.defaultdict(list)
        for t in tags:
            if not isinstance(t, str) or ':' not in t:
                errs.append('incoming %d bad tag %r' % (m['index'], t))
                continue
            f, what = t.split(':', 1)
            if f not in FIELDS:
                errs.append('incoming %d unknown field %r' % (m['index'], t))
                continue
            if m['category'] == 'hard_negative':
                if what != 'other_party':
                    errs.append('incoming %d hard-negative tag %r' % (m['index'], t))
            elif what not in VOCAB[f]:
                errs.append('incoming %d unknown change %r' % (m['index'], t))
            by_field[f].append(what)
        differ = set(f for f in FIELDS if x[f] != y[f])
        if set(by_field) != differ:
            errs.append('incoming %d fields tagged %s but differing %s' % (m['index'], sorted(by_field), sorted(differ)))
        if m['category'] == 'hard_negative':
            continue
        for f, whats in by_field.items():
            ws = set(whats)
            if 'dropped' in ws and not (x[f] is None and y[f] is not None):
                sem.append('incoming %d %s:dropped but value present' % (m['index'], f))
            if 'added' in ws and not (y[f] is None and x[f] is not None):
                sem.append('incoming %d %s:added but compared has value' % (m['index'], f))
            if (x[f] is None) != ('dropped' in ws) and y[f] is not None:
                sem.append('incoming %d %s null without dropped' % (m['index'], f))
            if ws == {'case'} and f != 'address' and (x[f] or '').casefold() != (y[f] or '').casefold():
                sem.append('incoming %d %s:case but differs beyond case' % (m['index'], f))
            if f == 'phone' and ws <= {'format', 'extension_added', 'extension_dropped', 'extension_changed'} \
                    and n_phone(x[f]) != n_phone(y[f]):
                sem.append('incoming %d phone:format but digits differ' % (m['index']))
            if f == 'email' and ws <= {'case', 'whitespace'} and n_email(x[f]) != n_email(y[f]):
                sem.append('incoming %d email:case but mailbox differs' % m['index'])
            if f in BREAKS and ws & BREAKS[f] and f in m['evidence']:
                sem.append('incoming %d %s tagged %s but claimed as evidence' % (m['index'], f, sorted(ws & BREAKS[f])))
            if f == 'address' and 'moved' in ws and same_addr(x[f], y[f]):
                sem.append('incoming %d address:moved but same address' % m['index'])
    report('changes: exactly the differing fields vs the compared record, known vocabulary (%d records)' % n_checked,
           not errs, first(errs))
    report('changes: semantics (dropped/added/case/format/evidence-breaking tags consistent)', not sem, first(sem))


def check_evidence(S, M):
    errs = []
    ex_by_city = collections.defaultdict(list)
    for i in range(N_EXISTING):
        c = rcity(S[i]['contact'])
        if c:
            ex_by_city[c].append(i)
    counts = collections.Counter()
    for i in range(N_EXISTING, N_EXISTING + N_INCOMING):
        m = M[i]
        if 'evidence' not in m:
            continue
        x, y = S[i]['contact'], compared(S, M, i)
        ev = evidence_of(x, y)
        if sorted(ev) != sorted(m['evidence']):
            errs.append('incoming %d evidence claimed %s recomputed %s' % (m['index'], m['evidence'], ev))
        want = 'identifier' if ev else 'name+city'
        if m['findable'] != want:
            errs.append('incoming %d findable %s but evidence %s' % (m['index'], m['findable'], ev))
        counts[m['findable']] += 1
        if m['findable'] == 'name+city':
            cx = rcity(x)
            if not cx or cx != rcity(y):
                errs.append('incoming %d name+city but city %r vs %r' % (m['index'], cx, rcity(y)))
                continue
            xt = ntoks(x)
            best = nscore(xt, ntoks(y))
            cands = [j for j in ex_by_city.get(cx, [])]
            cmp_line = m['compare_index'] if m['compare_set'] == 'existing' else N_EXISTING + m['compare_index']
            if best < 0.5:
                errs.append('incoming %d name+city weak name score %.2f' % (m['index'], best))
            for j in cands:
                if j == cmp_line:
                    continue
                sc = nscore(xt, ntoks(S[j]['contact']))
                if sc > best - 0.2:
                    errs.append('incoming %d name+city not clear: line %d scores %.2f vs %.2f' % (m['index'], j + 1, sc, best))
                    break
    report('evidence recomputed from values; findable=identifier iff evidence; name+city is the clear best '
           'name match in its city (%s)' % dict(counts), not errs, first(errs))


def check_shared(S, M):
    errs = []
    types = collections.Counter()
    for i in range(N_EXISTING, N_EXISTING + N_INCOMING):
        m = M[i]
        if m['category'] != 'hard_negative':
            continue
        types[m['hn_type']] += 1
        x, y = S[i]['contact'], S[m['anchor_index']]['contact']
        truth = set()
        if (pkey(x) and pkey(x) == pkey(y)) or (okey(x) and okey(x) == okey(y)):
            truth.add('name')
        if x['familyName'] and y['familyName'] and nname(x['familyName'], True) == nname(y['familyName'], True):
            truth.add('familyName')
        if n_email(x['email']) and n_email(x['email']) == n_email(y['email']):
            truth.add('email')
        dx, dy = dom(x['email']), dom(y['email'])
        email_dom_free = dx is not None and dx == dy and dx in FREEMAIL
        if dx and dx == dy and dx not in FREEMAIL:
            truth.add('email_domain')
        if n_phone(x['phone']) and n_phone(x['phone']) == n_phone(y['phone']):
            truth.add('phone')
        if same_addr(x['address'], y['address']):
            truth.add('address')
        if rcity(x) and rcity(x) == rcity(y):
            truth.add('city')
        claimed = set(m['shared'])
        cstem = 'company_stem' in claimed
        if cstem:
            st = m.get('stem')
            if not st or not ((has_stem(y['companyName'], st) or has_stem(y['displayName'], st)) and
                              (has_stem(x['companyName'], st) or has_stem(x['displayName'], st))):
                errs.append('incoming %d company_stem %r not in both names' % (m['index'], st))
        if 'stem' in m and not cstem:
            errs.append('incoming %d stem without company_stem' % m['index'])
        if (claimed - {'company_stem'}) != truth:
            errs.append('incoming %d shared claimed %s recomputed %s%s' % (
                m['index'], sorted(claimed), sorted(truth), ' (free-mail domain)' if email_dom_free else ''))
        if not (claimed - {'city'}):
            errs.append('incoming %d shares nothing but a city' % m['index'])
        if x == y:
            errs.append('incoming %d identical to its anchor' % m['index'])
    report('hard negatives: shared claims recomputed (name, familyName, email, email_domain, phone, address, '
           'city, company_stem); %d types %s' % (len(types), dict(types)), not errs, first(errs))


def check_linkable(S, M):
    errs = []
    for i in range(N_EXISTING, N_EXISTING + N_INCOMING):
        m = M[i]
        if m['category'] == 'match' or (m['category'] == 'new' and m['occurrence'] >= 2):
            if not m['evidence'] and m['findable'] != 'name+city':
                errs.append('incoming %d neither identifier nor name+city' % m['index'])
            if not m['changes']:
                errs.append('incoming %d exact copy of its compared record' % m['index'])
    report('every match / repeat shares an identifier or is findable by name+city, and differs somehow',
           not errs, first(errs))


def check_noise(S, M):
    inc = [m for m in M[N_EXISTING:] if m['category'] != 'hard_negative']
    tags = collections.Counter(t for m in inc for t in m['changes'])
    what = collections.Counter(t.split(':', 1)[1] for t in tags.elements())
    need = {
        'displayName:typo': 40, 'givenName:nickname': 15, 'givenName:formal_name': 10,
        'displayName:last_first': 60, 'displayName:household_name': 15, 'displayName:student_name': 20,
        'displayName:student_note': 20, 'familyName:married_name': 8, 'displayName:other_parent': 8,
        'familyName:encoding': 5,
        'familyName:swapped': 3, 'email:new': 40, 'email:typo': 15, 'email:case': 10, 'email:dropped': 20,
        'phone:format': 150, 'phone:typo': 15, 'phone:new': 40, 'phone:extension_dropped': 3,
        'address:moved': 40, 'address:po_box': 3, 'address:zip_dropped': 10, 'address:zip4_added': 20,
        'address:lines_merged': 10, 'address:expanded': 20, 'address:typo': 20, 'address:city_typo': 10,
        'address:postal_city': 3, 'address:region_format': 10, 'companyName:legal_form': 5,
        'companyName:legal_form_dropped': 5, 'companyName:abbreviation': 5, 'givenName:contact_changed': 5,
        'companyName:wrongly_filled': 2, 'displayName:disambiguation_dropped': 2,
    }
    errs = ['%s=%d<%d' % (k, tags[k], n) for k, n in need.items() if tags[k] < n]
    sfx = sum(n for t, n in tags.items() if t.endswith(':suffix_added') or t.endswith(':suffix_dropped'))
    if sfx < 2:
        errs.append('suffixes added/dropped=%d<2' % sfx)
    if tags['displayName:title_added'] + tags['displayName:title_dropped'] < 5:
        errs.append('titles added/dropped=%d<5' % (tags['displayName:title_added'] + tags['displayName:title_dropped']))
    src = collections.Counter(m['source'] for m in M[N_EXISTING:])
    if len(src) < 5 or min(src.values()) < 50:
        errs.append('sources %s' % dict(src))
    prof = collections.Counter(m.get('profile') for m in inc if m.get('profile'))
    if any(prof[p] < 100 for p in PROFILES):
        errs.append('profiles %s' % dict(prof))
    shapes = collections.Counter(tuple(sorted(m['evidence'])) for m in inc if 'evidence' in m)
    if len(shapes) < 7:
        errs.append('evidence shapes %s' % dict(shapes))
    report('noise coverage: %d distinct change tags, sources %s, profiles %s' % (len(tags), dict(src), dict(prof)),
           not errs, first(errs, 10))


def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as fh:
        h.update(fh.read())
    return h.hexdigest()


def check_determinism(d):
    gen = os.path.join(HERE, 'gen.py')
    digests = []
    errs = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in ('0', '12345'):
            out = os.path.join(tmp, 'h' + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, gen, '--out', out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                errs.append('gen.py failed with PYTHONHASHSEED=%s: %s' % (seed, p.stderr[-300:]))
                break
            digests.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
    if not errs:
        if digests[0] != digests[1]:
            errs.append('outputs differ between PYTHONHASHSEED runs')
        here = (sha(os.path.join(d, 'set.jsonl')), sha(os.path.join(d, 'meta.jsonl')))
        if here != digests[0]:
            errs.append('files in %s differ from a fresh gen.py run (re-run gen.py)' % d)
    report('determinism: two runs with different PYTHONHASHSEED are byte-identical and match the files '
           '(set %s..., meta %s...)' % (digests[0][0][:12], digests[0][1][:12]) if digests else 'determinism',
           not errs, first(errs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dir', default=HERE)
    ap.add_argument('--skip-determinism', action='store_true')
    args = ap.parse_args()
    S, M = load(args.dir)
    if S is None:
        print('FAILED: files missing or unreadable')
        return 1
    check_format(S, M)
    if len(S) != N_EXISTING + N_INCOMING or len(M) != len(S):
        print('FAILED: wrong line counts')
        return 1
    check_values(S)
    check_meta_format(S, M)
    try:
        check_existing(S, M)
        check_party(S, M)
        check_counts(S, M)
        check_labels(S, M)
        check_changes(S, M)
        check_evidence(S, M)
        check_linkable(S, M)
        check_shared(S, M)
        check_noise(S, M)
    except (KeyError, TypeError, IndexError, ValueError) as e:
        report('checks ran without crashing', False, '%s: %s' % (type(e).__name__, e))
    if not args.skip_determinism:
        check_determinism(args.dir)
    failed = [r for r in RESULTS if not r[1]]
    print()
    if failed:
        print('FAILED: %d of %d checks' % (len(failed), len(RESULTS)))
        for name, _, detail in failed:
            print('  - %s%s' % (name, (': ' + detail[:300]) if detail else ''))
        return 1
    print('ALL CHECKS PASSED (%d checks)' % len(RESULTS))
    return 0


if __name__ == '__main__':
    sys.exit(main())
