#!/usr/bin/env python3
"""Independent validator for the in-traders benchmark (does not import gen.py).

    python3 check.py            checks set.jsonl / meta.jsonl next to this file
    python3 check.py --dir DIR  checks the files in DIR (determinism is always checked on gen.py)

Prints one PASS/FAIL line per check and "ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, problems, limit=6):
    ok = not problems
    RESULTS.append((name, ok, len(problems)))
    print(('PASS  ' if ok else 'FAIL  ') + name + ('' if ok else '  (%d problems)' % len(problems)))
    for p in problems[:limit]:
        print('        - ' + str(p))


# ---------------------------------------------------------------------------
# normalisation (written independently of gen.py)
# ---------------------------------------------------------------------------
def clean(s):
    s = s or ''
    s = s.replace('\u00e2\u20ac\u2122', "'").replace('\u2019', "'").replace('\u00e2\u20ac\u201c', '-').replace('\u2013', '-')
    return s.casefold()


def phone_numbers(field):
    out = []
    if not field:
        return out
    for part in re.split(r'[/,;|]', field):
        d = ''.join(ch for ch in part if ch.isdigit())
        if d[:2] == '00':
            d = d[2:]
        if len(d) == 12 and d[:2] == '91':
            d = d[2:]
        elif len(d) in (11, 12) and d[:3] == '971':
            d = d[3:]
        elif d[:1] == '0':
            d = d[1:]
        if len(d) >= 8 and d not in out:
            out.append(d)
    return out


ADDR_SYNONYM = {
    'nr': 'near', 'opp': 'opposite', 'bldg': 'building', 'blg': 'building', 'apt': 'apartment', 'apts': 'apartment',
    'appt': 'apartment', 'apartments': 'apartment', 'soc': 'society', 'rd': 'road', 'ind': 'industrial',
    'indl': 'industrial', 'est': 'estate', 'flr': 'floor', 'grd': 'ground', 'stn': 'station', 'cmplx': 'complex',
    'chmbrs': 'chambers', 'mkt': 'market', 'ctr': 'centre', 'center': 'centre', 'kripa': 'krupa', 'nivas': 'niwas',
    'chauk': 'chowk', 'bhawan': 'bhavan', 'temple': 'mandir', 'chaal': 'chawl', 'vihaar': 'vihar', 'lakshmi': 'laxmi',
    'shri': 'shree', 'chowkdi': 'chokdi', 'pet': 'peth', 'chaya': 'chhaya', 'vrindavan': 'vrundavan', 'bandar': 'bunder',
    'chowki': 'chowky', 'mosque': 'masjid', 'sankul': 'complex', 'derasar': 'mandir'}
ADDR_NOISE = set('no near opposite behind b h next to beside adjacent building apartment society road floor ground upper '
                 'shop office off unit plot gala flat house s sr survey gat shed warehouse wh w the of and estate '
                 'industrial area complex plaza arcade chambers centre market tower towers heights residency p o box '
                 'lane street marg main cross crs stage phase sector char rasta e east west jain mandir site project'.split())


def address_tokens(a):
    if not a:
        return []
    txt = clean(' '.join(x for x in (a.get('line1'), a.get('line2')) if x)).replace("'", '')
    txt = re.sub(r'\b(upper\s+)?(ground|grd\.?|gr\.?|1st|2nd|3rd|4th|5th|first|second|third)\s*(floor|flr\.?)', ' ', txt)
    txt = re.sub(r'\b\d{3}\s\d{3}\b', ' ', txt)
    out = []
    for w in re.split(r'[^0-9a-z]+', txt):
        if not w or re.fullmatch(r'\d{6}', w):
            continue
        w = ADDR_SYNONYM.get(w, w)
        if w in ADDR_NOISE or w in out:
            continue
        out.append(w)
    return out


def address_similarity(a, b):
    ta, tb = address_tokens(a), address_tokens(b)
    if not ta or not tb:
        return 0.0, 0
    common = sum(1 for w in ta if w in tb)
    return common / min(len(ta), len(tb)), common


def rich(a):
    return bool(a) and len(address_tokens(a)) >= 3


CITY_ALIASES = {
    'pune': ['pune', 'poona', 'pune city', 'pimpri-chinchwad', 'pimpri chinchwad', 'pcmc', 'pimpri', 'chinchwad', 'bhosari',
             'nigdi', 'akurdi', 'chikhali', 'moshi', 'hadapsar', 'wagholi', 'kharadi'],
    'chakan': ['chakan', 'chakan, tal. khed'], 'talegaon': ['talegaon dabhade', 'talegaon'], 'baramati': ['baramati'],
    'mumbai': ['mumbai', 'bombay', 'greater mumbai'], 'thane': ['thane', 'thana'],
    'navi mumbai': ['navi mumbai', 'new mumbai', 'new bombay', 'vashi', 'nerul'], 'bhiwandi': ['bhiwandi'],
    'kalyan': ['kalyan', 'kalyan (w)'], 'nashik': ['nashik', 'nasik'],
    'aurangabad': ['aurangabad', 'chhatrapati sambhajinagar', 'aurangabad (ms)'], 'kolhapur': ['kolhapur'],
    'sangli': ['sangli'], 'satara': ['satara'], 'solapur': ['solapur', 'sholapur'],
    'ahmednagar': ['ahmednagar', 'ahilyanagar', 'nagar'], 'nagpur': ['nagpur'],
    'ahmedabad': ['ahmedabad', 'amdavad', 'ahmadabad'], 'surat': ['surat', 'udhna'], 'vadodara': ['vadodara', 'baroda'],
    'rajkot': ['rajkot'], 'vapi': ['vapi'], 'ankleshwar': ['ankleshwar', 'anklesvar'], 'bharuch': ['bharuch', 'broach'],
    'anand': ['anand'], 'jamnagar': ['jamnagar'],
    'bengaluru': ['bengaluru', 'bangalore', 'bangalore urban', "b'lore"], 'hubballi': ['hubballi', 'hubli', 'hubli-dharwad'],
    'belagavi': ['belagavi', 'belgaum'], 'mysuru': ['mysuru', 'mysore'], 'mangaluru': ['mangaluru', 'mangalore'],
    'kalaburagi': ['kalaburagi', 'gulbarga'], 'davanagere': ['davanagere', 'davangere'],
    'dubai': ['dubai'], 'sharjah': ['sharjah'], 'abu dhabi': ['abu dhabi'], 'ajman': ['ajman'],
}
CITY_OF = {}
for _canon, _names in CITY_ALIASES.items():
    for _n in _names:
        CITY_OF[_n] = _canon
STATE_OF_CITY = {'pune': 'MH', 'chakan': 'MH', 'talegaon': 'MH', 'baramati': 'MH', 'mumbai': 'MH', 'thane': 'MH',
                 'navi mumbai': 'MH', 'bhiwandi': 'MH', 'kalyan': 'MH', 'nashik': 'MH', 'aurangabad': 'MH',
                 'kolhapur': 'MH', 'sangli': 'MH', 'satara': 'MH', 'solapur': 'MH', 'ahmednagar': 'MH', 'nagpur': 'MH',
                 'ahmedabad': 'GJ', 'surat': 'GJ', 'vadodara': 'GJ', 'rajkot': 'GJ', 'vapi': 'GJ', 'ankleshwar': 'GJ',
                 'bharuch': 'GJ', 'anand': 'GJ', 'jamnagar': 'GJ', 'bengaluru': 'KA', 'hubballi': 'KA', 'belagavi': 'KA',
                 'mysuru': 'KA', 'mangaluru': 'KA', 'kalaburagi': 'KA', 'davanagere': 'KA', 'dubai': 'AE',
                 'sharjah': 'AE', 'abu dhabi': 'AE', 'ajman': 'AE'}


def city_of(a):
    if not a or not a.get('city'):
        return None
    c = clean(a['city']).strip()
    if c in CITY_OF:
        return CITY_OF[c]
    for part in reversed(c.split(',')):
        if part.strip() in CITY_OF:
            return CITY_OF[part.strip()]
    return None


TITLES = set('mr mrs ms smt shri sri dr er adv ca prof kumar mohd md mohammed mohammad muhammad'.split())
LEGAL_WORDS = set("pvt ltd private limited llp co company and llc fze chs chsl chss cooperative coop op operative hsg "
                  "hou ser soc society housing service aoa apartment apt owners association assn sons son bros brothers "
                  "associates asso messrs the".split())
LEGAL_FORMS = [(r'm/s\.?|messrs\.?', ' '), (r'\bl\.\s?l\.\s?p\.?', ' llp '), (r'\bl\.\s?l\.\s?c\.?', ' llc '),
               (r'\bf\.\s?z\.\s?e\.?', ' fze '), (r'\(p\)', ' pvt '), (r'\bp\.\s?ltd', ' pvt ltd')]
DEVOTIONAL = {'shri': 'shree', 'sri': 'shree', 'sree': 'shree', 'shre': 'shree', 'jay': 'jai', 'aum': 'om'}
GENERIC = set("shree om jai new electrical electric elec elect store agencie agency enterprise ent enterprize trader "
              "tradors trading trdg sale corporation corpn corp switchgear switch gear cable wire power system sys "
              "solution engineering engg work engineer engr lighting light hardware marketing mktg distributor industrie "
              "industry ind inds automation control electro contractor infra infrastructure project infraproject "
              "construction developer realty realtor buildcon build con auto component comp autocomponent pump motor "
              "paint electronic steel tile sanitary plywood laminate fabricator fabrication solar mechanical "
              "electromechanical building material bldg general gen technical tech ward office zone zonal division dn "
              "sub department dept vibhag school hospital hosp english medium med site branch kshetriya karyalay no "
              "multispeciality multispecialty speciality multi research centre center nursing home high junior jr "
              "college public pub international intl primary pri vidyalaya vidyalay prathamik shala studio gallery "
              "point world fan phase wing ii".split())
FREEMAIL = set(['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'yahoo.in'])


def org_tokens(name):
    s = clean(name).replace("'", '')
    for pat, rep in LEGAL_FORMS:
        s = re.sub(pat, rep, s)
    out = []
    for w in re.split(r'[^0-9a-z]+', s):
        if not w or w in LEGAL_WORDS:
            continue
        w = DEVOTIONAL.get(w, w)
        if len(w) > 4 and w[-1] == 's':
            w = w[:-1]
        if w not in out:
            out.append(w)
    return out


def strip_suffix(w):
    for suf in ('bhai', 'ben'):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[:-len(suf)]
    return w


def person_tokens(name):
    s = re.sub(r'\(.*?\)', ' ', clean(name).replace("'", ''))
    out = []
    for w in re.split(r'[^0-9a-z]+', s):
        if len(w) < 2 or w in TITLES or w in ('bhai', 'ben'):
            continue
        w = strip_suffix(w)
        if w not in out:
            out.append(w)
    return out


def tokens_of(c):
    return org_tokens(c['companyName']) if c['companyName'] else person_tokens(c['displayName'])


def overlap(ta, tb):
    if not ta or not tb:
        return 0.0
    return sum(1 for w in ta if w in tb) / float(min(len(ta), len(tb)))


def roots(c):
    return [w for w in tokens_of(c) if w not in GENERIC and not w.isdigit() and len(w) > 1]


def first_token(s):
    for w in re.split(r'[^0-9a-z]+', clean(s or '').replace("'", '')):
        if len(w) >= 2 and w not in TITLES:
            return strip_suffix(w)
    return None


def family_norm(s):
    return re.sub(r'[^a-z]', '', clean(s or '').replace("'", ''))


def name_key(c):
    """key used to look for the same customer name (orgs: name tokens; persons: given + family)."""
    if c['companyName']:
        return 'o:' + ' '.join(sorted(org_tokens(c['companyName'])))
    g, f = c['givenName'], c['familyName']
    if g and f:
        a, b = first_token(g), (person_tokens(f) or [None])[-1]
        if a and b:
            return 'p:' + ' '.join(sorted([a, b]))
    t = person_tokens(c['displayName'])
    if len(t) >= 2:
        return 'p:' + ' '.join(sorted([t[0], t[-1]]))
    letters = sorted(w for w in re.split(r'[^a-z]+', clean(c['displayName'])) if len(w) == 1)
    return 'p:' + ' '.join(t) + '|' + ''.join(letters)


def email_domain(e):
    return e.split('@', 1)[1].casefold() if e and '@' in e else None


def shares(claim, a, b):
    if claim == 'name':
        return overlap(tokens_of(a), tokens_of(b)) >= 0.6
    if claim == 'name_root':
        ra = roots(a)
        return any(w in ra for w in roots(b))
    if claim == 'familyName':
        return bool(a['familyName'] and b['familyName'] and family_norm(a['familyName']) == family_norm(b['familyName']))
    if claim == 'contact_person':
        return (shares('familyName', a, b) and first_token(a['givenName']) is not None
                and first_token(a['givenName']) == first_token(b['givenName']))
    if claim == 'email':
        return bool(a['email'] and b['email'] and a['email'].casefold() == b['email'].casefold())
    if claim == 'email_domain':
        d = email_domain(a['email'])
        return bool(d and d not in FREEMAIL and d == email_domain(b['email']))
    if claim == 'phone':
        pa = phone_numbers(a['phone'])
        return any(n in pa for n in phone_numbers(b['phone']))
    if claim == 'address':
        sim, common = address_similarity(a['address'], b['address'])
        return sim >= 0.6 and common >= 2
    if claim == 'building':
        sim, common = address_similarity(a['address'], b['address'])
        return common >= 2 and city_of(a['address']) is not None and city_of(a['address']) == city_of(b['address'])
    if claim == 'city':
        return city_of(a['address']) is not None and city_of(a['address']) == city_of(b['address'])
    return False


def state_of(c):
    a = c['address']
    if not a:
        return None
    r = clean(a.get('region') or '').strip().rstrip('.')
    m = {'maharashtra': 'MH', 'mh': 'MH', 'maharastra': 'MH', 'maha': 'MH', 'gujarat': 'GJ', 'gj': 'GJ', 'gujrat': 'GJ',
         'guj': 'GJ', 'karnataka': 'KA', 'ka': 'KA', 'karnatak': 'KA', 'kar': 'KA'}
    if r in m:
        return m[r]
    cy = city_of(a)
    return STATE_OF_CITY.get(cy)


def changed_fields(a, b):
    out = []
    for f in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        if a[f] != b[f]:
            out.append(f)
    if (a['address'] is None) != (b['address'] is None):
        out.append('address')
    elif a['address'] is not None:
        for f in ('line1', 'line2', 'city', 'region', 'postalCode', 'country'):
            if a['address'][f] != b['address'][f]:
                out.append('address.' + f)
    return out


# ---------------------------------------------------------------------------
def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dir', default=HERE)
    ap.add_argument('--skip-determinism', action='store_true')
    args = ap.parse_args()
    set_path = os.path.join(args.dir, 'set.jsonl')
    meta_path = os.path.join(args.dir, 'meta.jsonl')

    # ---- files and JSON
    probs = []
    S = M = None
    try:
        with open(set_path, encoding='utf-8') as f:
            S = [json.loads(l) for l in f.read().split('\n') if l != '']
        with open(meta_path, encoding='utf-8') as f:
            M = [json.loads(l) for l in f.read().split('\n') if l != '']
    except Exception as ex:       # noqa
        probs.append('cannot read/parse: %r' % ex)
    report('files exist and every line is JSON', probs)
    if S is None or M is None:
        return finish()
    report('3000 lines in set.jsonl and in meta.jsonl',
           [] if len(S) == 3000 and len(M) == 3000 else ['set %d meta %d' % (len(S), len(M))])

    # ---- format of set.jsonl
    probs = []
    CK = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
    AK = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
    for i, r in enumerate(S):
        if list(r.keys()) != ['set', 'entity', 'contact']:
            probs.append('line %d keys %s' % (i + 1, list(r.keys())))
            continue
        if r['set'] != ('existing' if i < 1500 else 'incoming'):
            probs.append('line %d set %s' % (i + 1, r['set']))
        if not isinstance(r['entity'], str) or not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            probs.append('line %d entity %r' % (i + 1, r['entity']))
        c = r['contact']
        if not isinstance(c, dict) or list(c.keys()) != CK:
            probs.append('line %d contact keys' % (i + 1))
            continue
        for k in CK[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip()):
                probs.append('line %d %s empty/non-string' % (i + 1, k))
        if not isinstance(c['displayName'], str):
            probs.append('line %d no displayName' % (i + 1))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != AK:
                probs.append('line %d address keys' % (i + 1))
                continue
            if all(a[k] is None for k in AK):
                probs.append('line %d address all null' % (i + 1))
            for k in AK:
                if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                    probs.append('line %d address.%s empty' % (i + 1, k))
    report('set.jsonl format (keys, set order, entity ids, non-empty strings or null)', probs)

    # ---- meta format
    probs = []
    base = ['set', 'index', 'entity', 'category', 'kind', 'changes']
    want = {'existing': base, 'match': base + ['profile', 'evidence', 'compare_set', 'compare_index'],
            'hard_negative': base + ['anchor', 'anchor_index', 'hn_type', 'rule', 'shared']}
    for i, m in enumerate(M):
        st = 'existing' if i < 1500 else 'incoming'
        idx = i if i < 1500 else i - 1500
        if m.get('set') != st or m.get('index') != idx or m.get('entity') != S[i]['entity']:
            probs.append('meta line %d does not align with set.jsonl' % (i + 1))
        cat = m.get('category')
        if cat == 'new':
            keys = base + ['occurrence'] + (['profile', 'evidence', 'compare_set', 'compare_index'] if m.get('occurrence', 1) >= 2 else [])
        else:
            keys = want.get(cat)
        if keys is None or list(m.keys()) != keys:
            probs.append('meta line %d keys %s' % (i + 1, list(m.keys())))
        if (i < 1500) != (cat == 'existing'):
            probs.append('meta line %d category %s in wrong set' % (i + 1, cat))
        if not isinstance(m.get('kind'), str) or not m.get('kind'):
            probs.append('meta line %d kind' % (i + 1))
        if not isinstance(m.get('changes'), list) or any(not isinstance(x, str) or not re.fullmatch(r'[A-Za-z][A-Za-z0-9.]*:[a-z_]+', x) for x in m['changes']):
            probs.append('meta line %d changes format' % (i + 1))
        if cat == 'match' or (cat == 'new' and m.get('occurrence', 1) >= 2):
            if m.get('profile') not in ('light', 'medium', 'harsh'):
                probs.append('meta line %d profile' % (i + 1))
            if not isinstance(m.get('evidence'), list) or any(x not in ('email', 'phone', 'address') for x in m['evidence']):
                probs.append('meta line %d evidence' % (i + 1))
        if cat == 'hard_negative':
            if not isinstance(m.get('rule'), str) or len(m['rule']) < 20:
                probs.append('meta line %d rule' % (i + 1))
            if not isinstance(m.get('shared'), list) or not m['shared']:
                probs.append('meta line %d shared' % (i + 1))
    report('meta.jsonl format (aligned with set.jsonl, keys per category)', probs)
    if probs:
        return finish()

    EX = [r['contact'] for r in S[:1500]]
    IN = [r['contact'] for r in S[1500:]]
    MX = M[:1500]
    MI = M[1500:]

    # ---- existing list
    probs = []
    names = [c['displayName'].casefold() for c in EX]
    if names != sorted(names):
        probs.append('existing not sorted by displayName.casefold()')
    seen = {}
    for i, n in enumerate(names):
        if n in seen:
            probs.append('duplicate displayName %r (existing %d and %d)' % (EX[i]['displayName'], seen[n], i))
        seen[n] = i
    report('existing: sorted by displayName.casefold(), displayName unique case-insensitively', probs)
    probs = [i for i, c in enumerate(EX) if not (c['email'] or c['phone'] or c['address'])]
    report('existing: every record has at least one of email / phone / address', probs)
    ex_ent = [r['entity'] for r in S[:1500]]
    dup = len(ex_ent) - len(set(ex_ent))
    report('existing: one record per customer (entity ids unique)', [] if dup == 0 else ['%d duplicate ids' % dup])
    probs = []
    for i, c in enumerate(EX + IN):
        kind = M[i]['kind']
        if kind.startswith('person_') and c['companyName'] is not None:
            probs.append('line %d person with companyName' % (i + 1))
        if not kind.startswith('person_') and not c['companyName']:
            probs.append('line %d organisation without companyName' % (i + 1))
    report('organisations always have companyName, persons never', probs)
    n_person = sum(1 for m in MX if m['kind'].startswith('person_'))
    report('existing: persons about 35%% (%d of 1500)' % n_person, [] if 0.28 <= n_person / 1500.0 <= 0.42 else ['share %.3f' % (n_person / 1500.0)])

    # ---- counts
    cats = {}
    for m in MI:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    probs = []
    if not 0.50 <= cats.get('match', 0) / 1500.0 <= 0.60:
        probs.append('matches %d' % cats.get('match', 0))
    if not 0.30 <= cats.get('new', 0) / 1500.0 <= 0.40:
        probs.append('new %d' % cats.get('new', 0))
    if cats.get('hard_negative', 0) != 150:
        probs.append('hard negatives %d' % cats.get('hard_negative', 0))
    if sum(cats.values()) != 1500:
        probs.append('unknown categories %s' % cats)
    report('incoming mix: %s' % ', '.join('%s %d' % (k, cats[k]) for k in sorted(cats)), probs)
    hn_types = {}
    for m in MI:
        if m['category'] == 'hard_negative':
            hn_types[m['hn_type']] = hn_types.get(m['hn_type'], 0) + 1
    report('hard negatives of at least ten kinds (%d kinds)' % len(hn_types), [] if len(hn_types) >= 10 else [str(hn_types)])
    profs = {}
    for m in MI:
        if m['category'] == 'match':
            profs[m['profile']] = profs.get(m['profile'], 0) + 1
    report('matches use light, medium and harsh profiles %s' % sorted(profs.items()),
           [] if all(profs.get(p, 0) >= 50 for p in ('light', 'medium', 'harsh')) else [str(profs)])
    occ = {}
    for m in MI:
        if m['category'] == 'new':
            occ[m['occurrence']] = occ.get(m['occurrence'], 0) + 1
    report('some new customers repeat two or three times %s' % sorted(occ.items()),
           [] if occ.get(2, 0) > 0 and occ.get(3, 0) > 0 and max(occ) <= 3 else [str(occ)])

    # ---- label consistency
    ex_index = {}
    for i, e in enumerate(ex_ent):
        ex_index[e] = i
    in_by_ent = {}
    for j, m in enumerate(MI):
        in_by_ent.setdefault(m['entity'], []).append(j)
    probs = []
    for j, m in enumerate(MI):
        ent = m['entity']
        cat = m['category']
        cats_here = [MI[k]['category'] for k in in_by_ent[ent]]
        if any(c != cat for c in cats_here):
            probs.append('incoming %d: entity %s has mixed categories %s' % (j, ent, cats_here))
        if cat == 'match':
            if ent not in ex_index:
                probs.append('incoming %d: match entity not in existing' % j)
            elif m['compare_set'] != 'existing' or m['compare_index'] != ex_index[ent]:
                probs.append('incoming %d: match compare_index does not point at its customer' % j)
            if m['kind'] != MX[ex_index.get(ent, 0)]['kind']:
                probs.append('incoming %d: kind differs from existing record' % j)
        elif cat == 'new':
            if ent in ex_index:
                probs.append('incoming %d: new customer exists in existing' % j)
            grp = in_by_ent[ent]
            occs = sorted(MI[k]['occurrence'] for k in grp)
            if occs != list(range(1, len(grp) + 1)):
                probs.append('incoming %d: occurrences %s' % (j, occs))
            first = [k for k in grp if MI[k]['occurrence'] == 1]
            if first and first[0] != min(grp):
                probs.append('incoming %d: first occurrence is not first in file' % j)
            if m['occurrence'] >= 2 and (m['compare_set'] != 'incoming' or not first or m['compare_index'] != first[0]):
                probs.append('incoming %d: compare_index does not point at first occurrence' % j)
        elif cat == 'hard_negative':
            if ent in ex_index:
                probs.append('incoming %d: hard negative is an existing customer' % j)
            if len(in_by_ent[ent]) != 1:
                probs.append('incoming %d: hard negative entity appears %d times' % (j, len(in_by_ent[ent])))
            if not (0 <= m['anchor_index'] < 1500) or ex_ent[m['anchor_index']] != m['anchor'] or m['anchor'] == ent:
                probs.append('incoming %d: anchor/anchor_index inconsistent' % j)
    report('labels: same entity = same customer, compare/anchor indexes consistent', probs)

    # ---- changes are exactly the differing fields
    probs = []
    for i, m in enumerate(M):
        cat = m['category']
        if cat == 'existing' or (cat == 'new' and m['occurrence'] == 1):
            if m['changes']:
                probs.append('line %d: changes on a record without compared record' % (i + 1))
            continue
        rec = S[i]['contact']
        if cat == 'hard_negative':
            cmp_rec = EX[m['anchor_index']]
        elif m['compare_set'] == 'existing':
            cmp_rec = EX[m['compare_index']]
        else:
            cmp_rec = IN[m['compare_index']]
        diff = sorted(changed_fields(cmp_rec, rec))
        listed = sorted(set(x.split(':', 1)[0] for x in m['changes']))
        if diff != listed:
            probs.append('line %d: differing %s, listed %s' % (i + 1, diff, listed))
        if cat != 'hard_negative' and not diff:
            probs.append('line %d: match identical to its compared record' % (i + 1))
    report('changes list exactly the fields that differ from the compared record', probs)

    # ---- evidence
    ex_key_count = {}
    for c in EX:
        k = name_key(c)
        ex_key_count[k] = ex_key_count.get(k, 0) + 1
    probs = []
    n_name_city = 0
    for j, m in enumerate(MI):
        if not (m['category'] == 'match' or (m['category'] == 'new' and m['occurrence'] >= 2)):
            continue
        rec = IN[j]
        cmp_rec = EX[m['compare_index']] if m['compare_set'] == 'existing' else IN[m['compare_index']]
        ev = m['evidence']
        em = shares('email', cmp_rec, rec)
        ph = shares('phone', cmp_rec, rec)
        if em != ('email' in ev):
            probs.append('incoming %d: email evidence %s but shared=%s' % (j, 'email' in ev, em))
        if ph != ('phone' in ev):
            probs.append('incoming %d: phone evidence %s but shared=%s' % (j, 'phone' in ev, ph))
        if 'address' in ev and not shares('address', cmp_rec, rec):
            probs.append('incoming %d: address evidence not recognisable %r / %r' % (j, cmp_rec['address'], rec['address']))
        if 'address' not in ev and rich(cmp_rec['address']) and rich(rec['address']) and shares('address', cmp_rec, rec):
            probs.append('incoming %d: address looks shared but is not listed as evidence' % j)
        if not ev:
            if m['category'] != 'match':
                probs.append('incoming %d: repeated new customer without evidence' % j)
                continue
            n_name_city += 1
            k = name_key(rec)
            if k != name_key(cmp_rec) or ex_key_count.get(k, 0) != 1 or len(roots(rec)) < 1:
                probs.append('incoming %d: no contact evidence and name not distinctive/equal' % j)
            if city_of(rec['address']) is None or city_of(rec['address']) != city_of(cmp_rec['address']):
                probs.append('incoming %d: no contact evidence and city not shared' % j)
    report('matches are findable: evidence is true (email/phone/address) or a distinctive name plus city (%d such)' % n_name_city, probs)

    # ---- hard negatives
    ex_email = {}
    ex_phone = {}
    for i, c in enumerate(EX):
        if c['email']:
            ex_email.setdefault(c['email'].casefold(), []).append(i)
        for n in phone_numbers(c['phone']):
            ex_phone.setdefault(n, []).append(i)
    ex_key_city = {}
    for i, c in enumerate(EX):
        ex_key_city.setdefault((name_key(c), city_of(c['address'])), []).append(i)
    probs_share = []
    probs_other = []
    for j, m in enumerate(MI):
        if m['category'] != 'hard_negative':
            continue
        rec = IN[j]
        anc = EX[m['anchor_index']]
        for cl in m['shared']:
            if not shares(cl, anc, rec):
                probs_share.append('incoming %d (%s): does not share %s with anchor' % (j, m['hn_type'], cl))
        t = m['hn_type']
        if t in ('namesake_person', 'namesake_firm'):
            diff = not shares('phone', anc, rec) and not shares('email', anc, rec) and not (
                rich(anc['address']) and rich(rec['address']) and address_similarity(anc['address'], rec['address'])[0] >= 0.5)
        elif t in ('household_member', 'father_son', 'spouse'):
            ga, gb = first_token(anc['givenName']), first_token(rec['givenName'])
            diff = ga is not None and gb is not None and ga != gb
        elif t == 'branch_other_state':
            diff = state_of(rec) is not None and state_of(anc) is not None and state_of(rec) != state_of(anc)
        elif t == 'director_personal':
            diff = anc['companyName'] is not None and rec['companyName'] is None
        else:
            diff = name_key(anc) != name_key(rec)
        if not diff:
            probs_other.append('incoming %d (%s): not visibly another customer' % (j, t))
        if rec['email']:
            for i in ex_email.get(rec['email'].casefold(), []):
                if 'email' not in m['shared'] or (anc['email'] or '').casefold() != rec['email'].casefold():
                    probs_other.append('incoming %d: shares e-mail with existing %d without claiming it' % (j, i))
        anc_ph = phone_numbers(anc['phone'])
        for n in phone_numbers(rec['phone']):
            for i in ex_phone.get(n, []):
                if 'phone' not in m['shared'] or n not in anc_ph:
                    probs_other.append('incoming %d: shares phone with existing %d without claiming it' % (j, i))
        cy = city_of(rec['address'])
        if cy is not None:
            for i in ex_key_city.get((name_key(rec), cy), []):
                if i != m['anchor_index']:
                    probs_other.append('incoming %d: same name and city as existing %d (not its anchor)' % (j, i))
    report('hard negatives share what they claim to share', probs_share)
    report('hard negatives are really other customers (differ in identity; no unclaimed shared mailbox/phone/name+city)', probs_other)

    # ---- new customers do not collide with existing customers
    ex_addr = {}
    for i, c in enumerate(EX):
        toks = address_tokens(c['address'])
        if len(toks) >= 3:
            ex_addr.setdefault(' '.join(sorted(toks)), []).append(i)
    probs = []
    for j, m in enumerate(MI):
        if m['category'] != 'new':
            continue
        rec = IN[j]
        if rec['email'] and rec['email'].casefold() in ex_email:
            probs.append('incoming %d: new customer uses e-mail of existing %s' % (j, ex_email[rec['email'].casefold()]))
        for n in phone_numbers(rec['phone']):
            if n in ex_phone:
                probs.append('incoming %d: new customer uses phone of existing %s' % (j, ex_phone[n]))
        cy = city_of(rec['address'])
        if m['occurrence'] == 1 and cy is not None and (name_key(rec), cy) in ex_key_city:
            probs.append('incoming %d: new customer has name and city of existing %s' % (j, ex_key_city[(name_key(rec), cy)]))
        toks = address_tokens(rec['address'])
        if len(toks) >= 3 and ' '.join(sorted(toks)) in ex_addr:
            probs.append('incoming %d: new customer at the address of existing %s' % (j, ex_addr[' '.join(sorted(toks))]))
    report('new customers share no e-mail, phone or address with an existing customer (nor name+city at first occurrence)', probs)

    # ---- no two existing records are one customer
    by_key = {}
    for i, c in enumerate(EX):
        by_key.setdefault(name_key(c), []).append(i)
    probs = []
    for k in sorted(by_key):
        ids = by_key[k]
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = EX[ids[x]], EX[ids[y]]
                same = shares('email', a, b) or shares('phone', a, b) or (
                    rich(a['address']) and rich(b['address']) and address_similarity(a['address'], b['address'])[0] >= 0.99)
                if same:
                    probs.append('existing %d and %d look like one customer (%s)' % (ids[x], ids[y], k))
    report('no two existing records describe one customer (same name + same mailbox/phone/address)', probs)

    # ---- generator: stdlib only
    probs = []
    gen = os.path.join(HERE, 'gen.py')
    allowed = set(['argparse', 'copy', 'json', 'os', 're', 'random', 'sys', 'hashlib', 'collections', 'itertools', 'math',
                   'string', 'functools', 'unicodedata'])
    if not os.path.exists(gen):
        probs.append('gen.py missing')
    else:
        with open(gen, encoding='utf-8') as f:
            src = f.read()
        for mm in re.finditer(r'^\s*(?:import|from)\s+([A-Za-z_][A-Za-z0-9_]*)', src, re.M):
            if mm.group(1) not in allowed:
                probs.append('gen.py imports %s' % mm.group(1))
        if len(re.findall(r'=\s*random\.Random\(', src)) != 1:
            probs.append('gen.py should create exactly one random.Random')
        if 'check' in re.findall(r'^\s*import\s+(\w+)', src, re.M):
            probs.append('gen imports check')
    report('gen.py uses the standard library only and one random.Random(SEED)', probs)

    # ---- determinism
    if not args.skip_determinism:
        probs = []
        tmp = tempfile.mkdtemp(prefix='in-traders-check-')
        try:
            digests = []
            for seed in ('0', '12345'):
                out = os.path.join(tmp, 'h' + seed)
                env = dict(os.environ)
                env['PYTHONHASHSEED'] = seed
                p = subprocess.run([sys.executable, gen, '--out', out], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
                if p.returncode != 0:
                    probs.append('gen.py failed with PYTHONHASHSEED=%s: %s' % (seed, p.stderr.decode()[-300:]))
                    continue
                digests.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
            if len(digests) == 2 and digests[0] != digests[1]:
                probs.append('outputs differ between PYTHONHASHSEED=0 and 12345')
            if len(digests) == 2 and digests[0] != (sha(set_path), sha(meta_path)):
                probs.append('checked files differ from a fresh gen.py run')
            if digests:
                print('        set.jsonl  sha256 %s' % digests[0][0])
                print('        meta.jsonl sha256 %s' % digests[0][1])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        report('determinism: byte-identical output for PYTHONHASHSEED=0 and 12345 (SHA-256)', probs)
    return finish()


def finish():
    failed = [r for r in RESULTS if not r[1]]
    if failed:
        print('%d CHECK(S) FAILED: %s' % (len(failed), '; '.join(r[0] for r in failed)))
        sys.exit(1)
    print('ALL CHECKS PASSED')
    sys.exit(0)


if __name__ == '__main__':
    main()
