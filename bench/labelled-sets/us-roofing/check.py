#!/usr/bin/env python3
"""Independent validator of the labelled set `us-roofing` (does not import gen.py).

Checks format, counts, label consistency, evidence / shared claims recomputed from
the records, change lists, name+city findability, places and phones, and
determinism of gen.py (two runs with different PYTHONHASHSEED compared by SHA-256).
Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) when everything holds.
"""
import collections
import difflib
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FAILS = []


def report(name, ok, detail=''):
    print('%s  %s%s' % ('PASS' if ok else 'FAIL', name, ('  -- ' + detail) if (detail and not ok) else ''))
    if not ok:
        FAILS.append(name)


# ---------------------------------------------------------------- normalisation
def plain(s):
    s = html.unescape(s)
    if 'Ã' in s or 'Â' in s:
        try:
            s = s.encode('cp1252').decode('utf-8')
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


CITY_SYN = {'ft collins': 'fort collins', 'colo springs': 'colorado springs', 'colorado spgs': 'colorado springs',
            'co springs': 'colorado springs', 'colo spgs': 'colorado springs', 'hghlnds ranch': 'highlands ranch',
            'highlands rnch': 'highlands ranch', 'castlerock': 'castle rock'}


def city_n(s):
    if not s:
        return None
    s = ' '.join(re.sub(r'[^a-z ]', ' ', plain(s).lower()).split())
    return CITY_SYN.get(s, s) or None


def email_n(s):
    if not s:
        return None
    m = re.search(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+', s)
    return m.group(0).lower().strip('.') if m else None


def phone_n(s):
    if not s:
        return None
    s = re.sub(r'(?i)\s*(x|ext\.?|extension)\s*\d+\s*$', '', s.strip())
    d = re.sub(r'\D', '', s)
    if len(d) == 11 and d.startswith('1'):
        d = d[1:]
    return d if len(d) == 10 else None


SUFFIXES = {'street': 'st', 'st': 'st', 'avenue': 'ave', 'ave': 'ave', 'av': 'ave', 'drive': 'dr', 'dr': 'dr',
            'place': 'pl', 'pl': 'pl', 'court': 'ct', 'ct': 'ct', 'circle': 'cir', 'cir': 'cir',
            'boulevard': 'blvd', 'blvd': 'blvd', 'road': 'rd', 'rd': 'rd', 'lane': 'ln', 'ln': 'ln', 'way': 'way',
            'parkway': 'pkwy', 'pkwy': 'pkwy', 'pky': 'pkwy', 'trail': 'trl', 'trl': 'trl', 'terrace': 'ter',
            'ter': 'ter'}
DIRECTIONS = {'e': 'e', 'east': 'e', 'w': 'w', 'west': 'w', 'n': 'n', 'north': 'n', 's': 's', 'south': 's'}
UNIT = re.compile(r'(?:#|\b(?:apt|apartment|unit|ste|suite)\b)\s*#?\s*([a-z0-9]+)\s*$')


def parse_street(s):
    s = re.sub(r"[.,']", ' ', s)
    m = re.match(r'\s*(?:p\s*o\s*box|post\s+office\s+box|pob|box)\s*#?\s*(\d+)\s*$', s)
    if m:
        return ('po', m.group(1))
    s = re.sub(r'\b(weld county road|larimer county road|county road|county rd|co rd|wcr|lcr)\b', 'cr', s)
    w = re.findall(r'[a-z0-9]+', s)
    if len(w) < 2 or not w[0].isdigit():
        return None
    num, rest, dr, typ = w[0], w[1:], None, []
    if len(rest) > 1 and rest[0] in DIRECTIONS:
        dr, rest = DIRECTIONS[rest[0]], rest[1:]
    while len(rest) > 1 and rest[-1] in SUFFIXES:
        typ.insert(0, SUFFIXES[rest[-1]])
        rest = rest[:-1]
    return ('st', num, dr, tuple(rest), tuple(typ))


def parse_addr(a):
    street = unit = None
    for s in (a['line1'], a['line2']):
        if not s:
            continue
        s = plain(s).lower().strip()
        if re.match(r'(c\s*/\s*o|attn|care of|claim|clm)\b', s):
            continue
        m = UNIT.search(s)
        if m:
            unit = unit or m.group(1)
            s = s[:m.start()]
        s = s.strip(' ,')
        if s and street is None:
            street = parse_street(s)
    return street, unit


def zip_of(a):
    m = re.match(r'\s*(\d{5})', a['postalCode'] or '')
    return m.group(1) if m else None


def same_place(a, b):
    za, zb = zip_of(a), zip_of(b)
    if za and zb:
        return za == zb
    ca, cb = city_n(a['city']), city_n(b['city'])
    if ca and cb:
        return ca == cb
    return True


def compat(x, y, num=True):
    if x[0] != y[0]:
        return False
    if x[0] == 'po':
        return x[1] == y[1]
    if num and x[1] != y[1]:
        return False
    if x[2] and y[2] and x[2] != y[2]:
        return False
    if x[3] != y[3]:
        return False
    return not (x[4] and y[4] and x[4] != y[4])


def relation(a, b):
    if not a or not b:
        return None
    (sa, ua), (sb, ub) = parse_addr(a), parse_addr(b)
    if not sa or not sb or not same_place(a, b):
        return None
    if compat(sa, sb):
        return 'building' if (ua and ub and ua != ub) else 'address'
    if sa[0] == 'st' and sb[0] == 'st' and compat(sa, sb, False):
        return 'street'
    return None


def evid(a, b):
    out = []
    if email_n(a['email']) and email_n(a['email']) == email_n(b['email']):
        out.append('email')
    if phone_n(a['phone']) and phone_n(a['phone']) == phone_n(b['phone']):
        out.append('phone')
    if relation(a['address'], b['address']) == 'address':
        out.append('address')
    return out


STOP = {'and', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'ii', 'iii', 'iv', 'the', 'c', 'o', 'llc', 'l', 'inc', 'co',
        'corp', 'pc', 'p', 'pllc', 'ltd', 'incorporated', 'corporation', 'company', 'of'}


def toks(s):
    s = re.sub(r"['\u2019`]", '', plain(s).lower())
    return [w for w in re.findall(r'[a-z0-9]+', s) if w not in STOP]


def names(c):
    out = []
    gf = ' '.join(x for x in (c['givenName'], c['familyName']) if x) or None
    for s in (c['displayName'], gf, c['companyName']):
        if s and toks(s):
            j = ' '.join(sorted(toks(s)))
            if j not in out:
                out.append(j)
    return out


def nscore(a, b):
    return max([difflib.SequenceMatcher(None, x, y).ratio() for x in names(a) for y in names(b)] or [0.0])


def same_tokens(x, y):
    return bool(x and y and toks(x) and toks(x) == toks(y))


def stem(c):
    if not c['companyName']:
        return None
    t = [w for w in toks(c['companyName']) if w not in ('st', 'saint', 'first')]
    return t[0] if t else None


ORDER = ['email', 'phone', 'address', 'building', 'street', 'name', 'givenName', 'familyName', 'companyStem',
         'city', 'postalCode']


def shared(a, b):
    s = set(evid(a, b))
    r = relation(a['address'], b['address'])
    if r in ('building', 'street'):
        s.add(r)
    if set(names(a)) & set(names(b)):
        s.add('name')
    if same_tokens(a['givenName'], b['givenName']):
        s.add('givenName')
    if same_tokens(a['familyName'], b['familyName']):
        s.add('familyName')
    if stem(a) and stem(a) == stem(b):
        s.add('companyStem')
    if a['address'] and b['address']:
        if city_n(a['address']['city']) and city_n(a['address']['city']) == city_n(b['address']['city']):
            s.add('city')
        if zip_of(a['address']) and zip_of(a['address']) == zip_of(b['address']):
            s.add('postalCode')
    return [x for x in ORDER if x in s]


CF = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
AF = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def differing(a, b):
    out = [f for f in CF if a[f] != b[f]]
    if (a['address'] is None) != (b['address'] is None):
        out.append('address')
    elif a['address'] is not None:
        out += ['address.' + k for k in AF if a['address'][k] != b['address'][k]]
    return out


VOCAB = {'added', 'dropped', 'case', 'format', 'accents', 'reordered', 'rewritten', 'different', 'typo',
         'nickname', 'initial', 'middle', 'title', 'suffix', 'spouse', 'married_name', 'trust_name', 'estate_name',
         'contact_person', 'payer_name', 'job_name', 'mortgagee', 'care_of', 'first_name_only', 'swapped',
         'wrong_field', 'html_entity', 'mojibake', 'legal_form', 'abbreviation', 'renamed', 'contact_changed',
         'new', 'digit_off', 'extension', 'rental_property', 'property_address', 'billing_address', 'job_site',
         'office_address', 'moved', 'po_box', 'zip4', 'city_alias', 'spelling', 'unit_format', 'claim_number',
         'other_phone', 'other_email', 'shortened', 'extended'}

# real ZIP codes of the towns used (independent table)
ZIPS = {
    'aurora': {'80010', '80011', '80012', '80013', '80014', '80015', '80016', '80017', '80018', '80019', '80040',
               '80041', '80042', '80044', '80045', '80046', '80047'},
    'lakewood': {'80214', '80215', '80226', '80227', '80228', '80232', '80235'},
    'littleton': {'80120', '80121', '80122', '80123', '80125', '80127', '80128', '80160', '80161', '80162',
                  '80165', '80166'},
    'highlands ranch': {'80126', '80129', '80130', '80163'},
    'parker': {'80134', '80138'},
    'castle rock': {'80104', '80108', '80109'},
    'colorado springs': {'%05d' % z for z in range(80901, 80952)},
    'fort collins': {'80521', '80522', '80523', '80524', '80525', '80526', '80527', '80528'},
    'greeley': {'80631', '80632', '80634', '80638', '80639'},
    'denver': {'%05d' % z for z in range(80201, 80250)},
    'centennial': {'80015', '80016', '80111', '80112', '80121', '80122', '80161'},
    'arvada': {'80001', '80002', '80003', '80004', '80005', '80006', '80007'},
    'loveland': {'80537', '80538', '80539'},
    'windsor': {'80550', '80551'},
}
STATE_ZIP = {'AZ': ('85',), 'NE': ('68',), 'TX': ('78', '79', '75', '76', '77'), 'WY': ('82', '83'), 'MO': ('63', '64', '65'),
             'ID': ('83',), 'IL': ('60', '61', '62')}
AREA = {'303', '720', '983', '719', '970', '312', '480', '512', '602', '402', '918', '913', '281', '415', '206',
        '612', '214', '307', '816', '208', '630'}
ALL_CO_ZIPS = set()
for _v in ZIPS.values():
    ALL_CO_ZIPS |= _v


# ---------------------------------------------------------------- load
def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f]


def main():
    S = load(os.path.join(HERE, 'set.jsonl'))
    M = load(os.path.join(HERE, 'meta.jsonl'))
    report('set.jsonl has 3000 lines, meta.jsonl has 3000 lines', len(S) == 3000 and len(M) == 3000,
           '%d/%d' % (len(S), len(M)))
    if len(S) != 3000 or len(M) != 3000:
        return
    EX, IN = S[:1500], S[1500:]
    MEX, MIN = M[:1500], M[1500:]

    # ---- format
    bad = []
    ck = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
    for i, r in enumerate(S):
        if list(r) != ['set', 'entity', 'contact'] or not re.fullmatch(r'c[0-9a-f]{7}', r['entity'] or ''):
            bad.append(i)
            continue
        c = r['contact']
        if list(c) != ck:
            bad.append(i)
            continue
        vals = [c[k] for k in ck[:6]]
        if c['address'] is not None:
            if not isinstance(c['address'], dict) or list(c['address']) != AF:
                bad.append(i)
                continue
            vals += list(c['address'].values())
        if any(v is not None and (not isinstance(v, str) or not v.strip()) for v in vals) or not c['displayName']:
            bad.append(i)
    report('format: keys, entity ids "c"+7 hex, values non-empty strings or null', not bad, 'lines %s' % bad[:10])
    report('lines 1-1500 existing, 1501-3000 incoming',
           all(r['set'] == 'existing' for r in EX) and all(r['set'] == 'incoming' for r in IN))
    keys = [r['contact']['displayName'].casefold() for r in EX]
    report('existing sorted by displayName case-folded', keys == sorted(keys))
    report('existing displayName unique case-insensitively', len(set(keys)) == 1500)
    dis = [r['contact']['displayName'] for r in EX if re.search(r' \((\d+|[A-Z][A-Za-z .]+)\)$', r['contact']['displayName'])]
    report('repeated names carry QBO disambiguation "Name (City)" / "Name (2)"', len(dis) > 0, str(len(dis)))
    report('every existing record has e-mail, phone or address',
           all(r['contact']['email'] or r['contact']['phone'] or r['contact']['address'] for r in EX))
    report('existing country written as ISO code',
           all(re.fullmatch(r'[A-Z]{2}', r['contact']['address']['country'] or '') for r in EX if r['contact']['address']))
    exent = [r['entity'] for r in EX]
    report('existing: one record per customer (entity ids unique)', len(set(exent)) == 1500)

    # ---- meta alignment
    ok = True
    for j, (r, m) in enumerate(zip(S, M)):
        idx = j if j < 1500 else j - 1500
        if m['set'] != r['set'] or m['entity'] != r['entity'] or m['index'] != idx:
            ok = False
    report('meta aligned with set (set, index, entity)', ok)
    report('meta party/kind present', all(m['party'] in ('org', 'person') and m.get('kind') for m in M))
    report('existing meta: category existing, no changes', all(m['category'] == 'existing' and m['changes'] == [] for m in MEX))

    # ---- counts
    cats = collections.Counter(m['category'] for m in MIN)
    n = len(MIN)
    report('incoming mix: ~55% match, ~35% new, exactly 150 hard negatives',
           0.5 <= cats['match'] / n <= 0.6 and 0.3 <= cats['new'] / n <= 0.4 and cats['hard_negative'] == 150
           and sum(cats.values()) == 1500, str(dict(cats)))
    types = collections.Counter(m['hn_type'] for m in MIN if m['category'] == 'hard_negative')
    report('hard negatives of 12-16 types', 12 <= len(types) <= 16, str(len(types)))
    srcs = collections.Counter(m.get('source') for m in MIN)
    report('3-5 incoming sources, each incoming record has one', 3 <= len(srcs) <= 5 and None not in srcs, str(dict(srcs)))
    profs = collections.Counter(m.get('profile') for m in MIN if m['category'] == 'match' or
                                (m['category'] == 'new' and m.get('occurrence', 1) > 1))
    report('noise profiles light/medium/harsh on matches and repeats', set(profs) == {'light', 'medium', 'harsh'}, str(dict(profs)))

    # ---- party rules
    bad = []
    for j, (r, m) in enumerate(zip(S, M)):
        c = r['contact']
        if m['party'] == 'org' and not c['companyName']:
            bad.append(j)
        if m['party'] == 'person' and c['companyName']:
            wf = [x for x in m['changes'] if x.startswith('companyName:') and
                  ('wrong_field' in x or 'mortgagee' in x)]
            if m['set'] == 'existing' or not wf:
                bad.append(j)
    report('organisations have companyName; persons only when a source wrongly fills it', not bad, str(bad[:10]))

    # ---- label consistency
    exidx = {e: i for i, e in enumerate(exent)}
    errs = []
    occ_seen = collections.defaultdict(list)
    match_counts = collections.Counter()
    all_ent = collections.Counter(r['entity'] for r in S)
    for i, (r, m) in enumerate(zip(IN, MIN)):
        e = r['entity']
        if m['category'] == 'match':
            match_counts[e] += 1
            if e not in exidx or m.get('compare_set') != 'existing' or m.get('compare_index') != exidx[e]:
                errs.append(('match', i))
        elif m['category'] == 'new':
            if e in exidx:
                errs.append(('new in existing', i))
            occ_seen[e].append(i)
            if m.get('occurrence') != len(occ_seen[e]):
                errs.append(('occurrence order', i))
            if m['occurrence'] > 1 and (m.get('compare_set') != 'incoming' or m.get('compare_index') != occ_seen[e][0]):
                errs.append(('repeat compare', i))
        elif m['category'] == 'hard_negative':
            if e in exidx or all_ent[e] != 1:
                errs.append(('hn entity', i))
            a = m.get('anchor_index')
            if not isinstance(a, int) or not 0 <= a < 1500 or EX[a]['entity'] != m.get('anchor'):
                errs.append(('anchor', i))
            if not m.get('rule') or not m.get('hn_type'):
                errs.append(('rule', i))
        else:
            errs.append(('category', i))
    report('labels: matches point at their existing customer; new ids not existing; first occurrence precedes repeats; '
           'hard negatives are other customers', not errs, str(errs[:8]))
    reps = collections.Counter(len(v) for v in occ_seen.values())
    report('some existing customers matched several times, some new customers repeated 2-3 times',
           any(v >= 2 for v in match_counts.values()) and reps.get(2, 0) > 0 and reps.get(3, 0) > 0 and max(reps) <= 3,
           'repeats %s' % dict(reps))

    # ---- changes / evidence / shared
    def compared(m):
        if m['category'] == 'match':
            return EX[m['compare_index']]['contact']
        if m['category'] == 'new' and m['occurrence'] > 1:
            return IN[m['compare_index']]['contact']
        if m['category'] == 'hard_negative':
            return EX[m['anchor_index']]['contact']
        return None
    cerr, verr, serr, fmt_err = [], [], [], []
    for i, (r, m) in enumerate(zip(IN, MIN)):
        b = compared(m)
        ch = m['changes']
        if any(not re.fullmatch(r'[A-Za-z0-9.]+:[a-z0-9_+]+', x) or any(w not in VOCAB for w in x.split(':', 1)[1].split('+'))
               for x in ch):
            fmt_err.append(i)
        if b is None:
            if ch:
                cerr.append(i)
            continue
        if sorted(x.split(':', 1)[0] for x in ch) != sorted(differing(r['contact'], b)):
            cerr.append(i)
        if m['category'] == 'hard_negative':
            sh = shared(r['contact'], b)
            strong = {'email', 'phone', 'address', 'building', 'street', 'name', 'familyName', 'companyStem'}
            if m.get('shared') != sh or not (set(sh) & strong):
                serr.append(i)
        else:
            ev = evid(r['contact'], b)
            if m.get('evidence') != ev or m.get('findable') != ('identifier' if ev else 'name+city'):
                verr.append(i)
    report('changes name exactly the fields that differ from the compared record', not cerr, str(cerr[:10]))
    report('change entries "field:what" from the documented vocabulary', not fmt_err, str(fmt_err[:10]))
    report('evidence recomputed from the records (email / phone / address, however written)', not verr, str(verr[:10]))
    report('hard-negative shared claims recomputed from the records', not serr, str(serr[:10]))
    tagset = set()
    for m in M:
        for x in m['changes']:
            tagset |= set(x.split(':', 1)[1].split('+'))
    report('change vocabulary in use is varied (>= 30 kinds)', len(tagset) >= 30, str(len(tagset)))

    # ---- name+city findability
    by_city = collections.defaultdict(list)
    for i, r in enumerate(EX):
        a = r['contact']['address']
        if a and city_n(a['city']):
            by_city[city_n(a['city'])].append((('e', i), r['contact']))
    for i, (r, m) in enumerate(zip(IN, MIN)):
        if m['category'] == 'hard_negative' or (m['category'] == 'new' and m['occurrence'] == 1):
            a = r['contact']['address']
            if a and city_n(a['city']):
                by_city[city_n(a['city'])].append((('i', i), r['contact']))
    nc, nerr = 0, []
    for i, (r, m) in enumerate(zip(IN, MIN)):
        if m.get('findable') != 'name+city':
            continue
        nc += 1
        c = r['contact']
        b = compared(m)
        bid = ('e', m['compare_index']) if m['category'] == 'match' else ('i', m['compare_index'])
        if not c['address'] or not b['address'] or not city_n(c['address']['city']) or \
                city_n(c['address']['city']) != city_n(b['address']['city']):
            nerr.append(i)
            continue
        s = nscore(c, b)
        other = max([nscore(c, x) for k, x in by_city[city_n(c['address']['city'])] if k != bid] or [0.0])
        if not (s >= 0.7 and s - other >= 0.1):
            nerr.append(i)
    report('>= 100 matches/repeats share no identifier with their customer (only name and town)', nc >= 100, str(nc))
    report('each name+city record is the clear best name match in its town', not nerr, str(nerr[:10]))

    # ---- places and phones
    perr = []
    co_names = {'CO', 'COLORADO', 'COLO'}
    for i, r in enumerate(S):
        a = r['contact']['address']
        if not a or not a['postalCode']:
            continue
        z = zip_of(a)
        reg = (a['region'] or '').upper().replace('.', '').strip()
        if not z:
            perr.append(i)
        elif reg in co_names or (not reg and z[:2] in ('80', '81')):
            if z not in ALL_CO_ZIPS:
                perr.append(i)
            elif i < 1500 and city_n(a['city']) in ZIPS and z not in ZIPS[city_n(a['city'])]:
                perr.append(i)
        elif reg:
            if reg not in STATE_ZIP or not z.startswith(STATE_ZIP[reg]):
                perr.append(i)
        elif not any(z.startswith(p) for v in STATE_ZIP.values() for p in v):
            perr.append(i)
    report('real towns with their real ZIP codes', not perr, str(perr[:10]))
    pe = [i for i, r in enumerate(S) if r['contact']['phone'] and
          (not phone_n(r['contact']['phone']) or phone_n(r['contact']['phone'])[:3] not in AREA
           or phone_n(r['contact']['phone'])[3] in '01')]
    report('phones are 10-digit NANP numbers with real area codes', not pe, str(pe[:10]))
    ee = [i for i, r in enumerate(S) if r['contact']['email'] and not email_n(r['contact']['email'])]
    report('e-mail fields hold an address (however written)', not ee, str(ee[:10]))

    # ---- determinism
    digests = []
    try:
        for seed in ('1', '2'):
            d = tempfile.mkdtemp(prefix='usroof_')
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', d], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            digests.append(tuple(hashlib.sha256(open(os.path.join(d, f), 'rb').read()).hexdigest()
                                 for f in ('set.jsonl', 'meta.jsonl')))
            for f in ('set.jsonl', 'meta.jsonl'):
                os.remove(os.path.join(d, f))
            os.rmdir(d)
        local = tuple(hashlib.sha256(open(os.path.join(HERE, f), 'rb').read()).hexdigest()
                      for f in ('set.jsonl', 'meta.jsonl'))
        report('deterministic: two runs (PYTHONHASHSEED 1 and 2) byte-identical and equal to the files here',
               digests[0] == digests[1] == local, str(digests + [local]))
        print('set.jsonl sha256 %s' % local[0])
    except Exception as ex:  # noqa
        report('deterministic generator', False, repr(ex))

    print('ALL CHECKS PASSED' if not FAILS else '%d CHECK(S) FAILED' % len(FAILS))
    sys.exit(0 if not FAILS else 1)


if __name__ == '__main__':
    main()
