#!/usr/bin/env python3
"""Independent validator for the ke-agrovet benchmark (does not import gen.py).
Usage: python3 check.py [DIR]   (default: folder of this file)"""
import json, os, re, sys, hashlib, subprocess, shutil, itertools, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
RESULTS = []


def check(name, ok, detail=''):
    RESULTS.append((name, bool(ok)))
    print('%s %s%s' % ('PASS' if ok else 'FAIL', name, ('' if ok else '  -- ' + str(detail)[:600])))


# ------------------------------------------------------------------ re-implemented rules
AP = set("'\u2019`\u00b4")
TITLE_W = set('mr mrs ms miss dr rev hon mzee pastor fr prof eng bishop canon'.split())
PARTICLE_W = set('bin binti ole arap wa'.split())
NICK = {'joe': 'joseph', 'maggie': 'margaret', 'peggy': 'margaret', 'liz': 'elizabeth', 'betty': 'elizabeth',
        'cate': 'catherine', 'kate': 'catherine', 'jim': 'james', 'pete': 'peter', 'sam': 'samuel', 'dan': 'daniel',
        'steve': 'stephen', 'tony': 'anthony', 'mike': 'michael', 'pat': 'patrick', 'nick': 'nicholas',
        'sue': 'susan', 'becky': 'rebecca', 'charlie': 'charles', 'frank': 'francis', 'eddie': 'edwin',
        'geoff': 'geoffrey', 'ken': 'kennedy', 'carol': 'caroline', 'flo': 'florence', 'vero': 'veronica',
        'josie': 'josephine', 'bob': 'robert', 'ben': 'benson', 'zack': 'zachary'}
EXPAND = {'fcs': 'farmers cooperative society', 'coop': 'cooperative', 'ent': 'enterprises',
          'shg': 'self help group', 'soc': 'society', 'gen': 'general', 'dept': 'department', 'govt': 'government',
          'sec': 'secondary', 'sch': 'school', 'st': 'saint', 'co': 'company'}
LEGAL_W = set('ltd limited k kenya company plc u t'.split())
GENERIC_W = set(('agrovet agrovets agro vet and general stores store enterprises cooperative society farmers sacco '
                 'self help group women youth the of high school secondary boys girls church parish department '
                 'county government dairy centre center saint ltd limited company k kenya u t').split())
TRADE_W = set('agrovet agrovets agro vet enterprises ent stores store traders agencies hardware shop'.split())
TOWN_PC = {'nakuru': '20100', 'molo': '20106', 'njoro': '20107', 'naivasha': '20117', 'gilgil': '20116',
           'rongai': '20108', 'subukia': '20109', 'bahati': '20113', 'nyahururu': '20300', 'olkalou': '20303',
           'eldoret': '30100', 'kitale': '30200', 'kericho': '20200', 'litein': '20210', 'londiani': '20203',
           'bomet': '20400', 'sotik': '20227', 'narok': '20500', 'kisii': '40200', 'nyamira': '40500',
           'nyeri': '10100', 'nanyuki': '10400', 'kiambu': '00900', 'githunguri': '00216', 'limuru': '00217',
           'nairobi': '00100', 'kapsabet': '30300', 'iten': '30700', 'meru': '60200', 'kabarnet': '30400',
           'eldamaravine': '20103'}
PC_TOWN = {v: k for k, v in TOWN_PC.items()}
TOWNSET = set(TOWN_PC) | set('kampala mbale jinja mbarara tororo arusha moshi mwanza musoma daressalaam'.split())
GROUP_W = set('women youth men mens mothers union widows choir fellowship'.split())
BUILDING_W = set('house plaza centre center building complex mall arcade towers'.split())


def cf_noap(s):
    s = s.casefold()
    return ''.join(ch for ch in s if ch not in AP)


def sq(s):
    return re.sub(r'[^0-9a-z]', '', cf_noap(s))


def words(s):
    return re.findall(r'[0-9a-z]+', cf_noap(s))


def ewords(s):
    s = cf_noap(s).replace('co-operative', 'cooperative').replace('co-op', 'coop')
    out = []
    for w in re.findall(r'[0-9a-z]+', s):
        out += EXPAND[w].split() if w in EXPAND else [w]
    return out


def unlegal(ws):
    ws = list(ws)
    while ws and ws[-1] in LEGAL_W:
        ws = ws[:-1]
    return ws


def core(name):
    return tuple(sorted({w for w in unlegal(ewords(name)) if w not in GENERIC_W}))


def edit1(a, b):
    """Levenshtein distance capped at 2"""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 1:
        return 2
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return 1 if a[i + 1:] == b[i + 1:] else 2
    return 1 if a[i:] == b[i + 1:] else 2


def ptoks(rec):
    src = [rec.get('givenName') or '', rec.get('familyName') or '']
    if rec.get('companyName') is None and rec.get('displayName') and not (set(words(rec['displayName'])) & TRADE_W):
        src.append(rec['displayName'])
    out = set()
    for s in src:
        for w in words(s):
            if len(w) > 1 and w not in TITLE_W and w not in PARTICLE_W:
                out.add(NICK.get(w, w))
    return out


def ppairs(rec):
    return set(itertools.combinations(sorted(ptoks(rec)), 2))


def phones(s):
    out = set()
    if not s:
        return out
    for part in re.split(r'\s*(?:/|,|;|\bor\b|&)\s*', s):
        d = ''.join(ch for ch in part if ch.isdigit())
        if len(d) == 12 and d[:3] in ('254', '255', '256'):
            out.add(d)
        elif len(d) == 10 and d.startswith('0'):
            out.add('254' + d[1:])
        elif len(d) == 9 and d[0] in '17':
            out.add('254' + d)
    return out


AF = ('line1', 'line2', 'city', 'region', 'postalCode', 'country')


def afields(a):
    return [(a.get(k) or '') for k in AF]


def town_in(s):
    w = words(s)
    for i in range(len(w)):
        for n in (3, 2, 1):
            if i + n <= len(w) and ''.join(w[i:i + n]) in TOWNSET:
                return ''.join(w[i:i + n])
    return ''


def akey(a):
    if a is None:
        return None
    l1, l2, city, region, pc, country = afields(a)
    t = (l1 + ' ' + l2).casefold()
    m = re.search(r'(?:\bp\s*\.?\s*o\s*\.?\s*box|\bbox|\bs\s*\.?\s*l\s*\.?\s*p\b\.?)\s*(?:no\.?\s*)?:?\s*(\d+)', t)
    box = m.group(1) if m else ''
    m = re.search(r'\bl\s*\.?\s*r\b\s*\.?\s*(?:no\.?)?\s*(\d+(?:/\d+)*)', t)
    if m:
        unit = 'lr' + m.group(1)
    else:
        m = re.search(r'\b(shop|plot|stall|room|office|suite|house|hse|flat|door)\s*(?:no\.?|number|#)?\s*(\d+[a-z]?)\b', t)
        unit = ('house' if m.group(1) == 'hse' else m.group(1)) + m.group(2) if m else ''
    town = town_in(city)
    if not town:
        town = PC_TOWN.get(pc.strip(), '')
    if not town:
        m = re.search(r'box\s*\d+\s*[-\u2013,]?\s*(\d{5})\b', t)
        if m:
            town = PC_TOWN.get(m.group(1), '')
    if not town:
        town = town_in(l1) or town_in(l2) or town_in(region)
    return '%s|%s|%s' % (town, box, unit)


def strong(k):
    if not k:
        return False
    t, b, u = k.split('|')
    return t != '' and (b != '' or u != '')


def atoks(a):
    return sorted(w for f in afields(a) for w in words(f))


def sub_ms(a, b):
    if len(a) >= len(b):
        return False
    c = collections.Counter(b)
    c.subtract(collections.Counter(a))
    return all(v >= 0 for v in c.values())


def heads_same(a, b):
    x, y = a.split(), b.split()
    return len(x) == len(y) and all(p[0] == q[0] for p, q in zip(x, y))


def untitled(ws):
    return [w for w in ws if w not in TITLE_W]


def p_name(lab, field, a, b, E, kind_person):
    if lab == 'missing':
        return a is not None and b is None
    if lab == 'added':
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    same_cf = a.casefold() == b.casefold()
    if lab == 'case':
        return same_cf
    if same_cf:
        return False
    if lab == 'typo':
        return edit1(a, b) == 1 and heads_same(a, b)
    if lab == 'format':
        return sq(a) == sq(b)
    if lab == 'apostrophe':
        return ''.join(c for c in a if c not in AP) == ''.join(c for c in b if c not in AP) and \
            any(c in AP for c in a + b)
    ea, eb = ewords(a), ewords(b)
    if lab == 'nickname':
        return ea != eb and [NICK.get(w, w) for w in ea] == [NICK.get(w, w) for w in eb]
    if lab == 'title':
        return untitled(ea) == untitled(eb) and [w for w in ea if w in TITLE_W] != [w for w in eb if w in TITLE_W]
    if lab == 'reorder':
        return ea != eb and sorted(ea) == sorted(eb)
    if lab == 'initials':
        x, y = untitled(ea), untitled(eb)
        if len(x) != len(y) or x == y:
            return False
        for p, q in zip(x, y):
            if p != q and not ((len(p) == 1 and q[0] == p) or (len(q) == 1 and p[0] == q)):
                return False
        return True
    if lab == 'partial':
        return sub_ms(eb, ea)
    if lab == 'extension':
        return sub_ms(ea, eb)
    if lab == 'abbreviation':
        return ea == eb and words(a) != words(b)
    if lab == 'legal_suffix':
        return ea != eb and unlegal(ea) == unlegal(eb)
    if lab == 'qualifier':
        for x, y in ((a, b), (b, a)):
            if x.startswith(y) and re.fullmatch(r' \([^()]+\)| - \d+', x[len(y):]):
                return True
        return False
    if lab == 'married_name':
        if not kind_person or not (set(words(b)) - set(words(a))):
            return False
        if field == 'displayName':
            x, y = untitled(words(a)), untitled(words(b))
            return bool(x and y) and NICK.get(x[0], x[0]) == NICK.get(y[0], y[0])
        return sq(a) != sq(b)
    if lab == 'trade_name':
        return bool(set(words(a)) & TRADE_W) != bool(set(words(b)) & TRADE_W)
    if lab == 'moved':
        o = {'givenName': 'familyName', 'familyName': 'givenName'}.get(field)
        return bool(o) and E.get(o) is not None and sq(b) == sq(E[o])
    if lab == 'changed':
        return sq(a) != sq(b) and not (edit1(a, b) == 1 and heads_same(a, b))
    return False


def p_email(lab, a, b):
    if lab == 'missing':
        return a is not None and b is None
    if lab == 'added':
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    x, y = a.casefold(), b.casefold()
    if lab == 'case':
        return x == y
    if x == y:
        return False
    if lab == 'typo':
        return edit1(x, y) == 1 and x[0] == y[0]
    if lab == 'domain':
        return x.rsplit('@', 1)[0] == y.rsplit('@', 1)[0] and x.rsplit('@', 1)[1] != y.rsplit('@', 1)[1]
    if lab == 'changed':
        return edit1(x, y) > 1
    return False


def p_phone(lab, a, b):
    if lab == 'missing':
        return a is not None and b is None
    if lab == 'added':
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    ka, kb = phones(a), phones(b)
    cc = lambda s: bool(re.search(r'(?:^|\D)\+?25[456]', s))
    lab_of = lambda s: sorted(m.lower() for m in re.findall(r'(?i)safaricom|airtel|telkom', s))
    if lab == 'format':
        return bool(ka) and ka == kb
    if lab == 'country_code':
        return bool(ka) and ka == kb and cc(a) != cc(b)
    if lab == 'carrier_label':
        return bool(ka) and ka == kb and lab_of(a) != lab_of(b)
    if lab == 'extension':
        return bool(ka) and ka < kb
    if lab == 'partial':
        return bool(kb) and kb < ka
    da, db = re.sub(r'\D', '', a), re.sub(r'\D', '', b)
    if lab == 'typo':
        return ka != kb and edit1(da, db) == 1
    if lab == 'changed':
        return not (ka & kb) and edit1(da, db) > 1
    return False


def p_addr(lab, a, b):
    if lab == 'missing':
        return a is not None and b is None
    if lab == 'added':
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    fa, fb = afields(a), afields(b)
    same_cf = all(x.casefold() == y.casefold() for x, y in zip(fa, fb))
    if lab == 'case':
        return same_cf
    if same_cf:
        return False
    ta, tb = atoks(a), atoks(b)
    if lab == 'moved':
        return ta == tb
    if lab == 'format':
        return ta != tb and akey(a) == akey(b)
    if lab == 'typo':
        d = [(x, y) for x, y in zip(fa, fb) if x != y]
        return len(d) == 1 and edit1(*d[0]) == 1 and heads_same(*d[0])
    if lab == 'partial':
        return sub_ms(tb, ta)
    if lab == 'extension':
        return sub_ms(ta, tb)
    if lab == 'changed':
        return akey(a) != akey(b)
    return False


VOCAB = {
    'displayName': {'case', 'typo', 'format', 'apostrophe', 'nickname', 'title', 'reorder', 'initials', 'partial',
                    'extension', 'married_name', 'qualifier', 'trade_name', 'abbreviation', 'legal_suffix',
                    'changed', 'moved'},
    'email': {'case', 'typo', 'domain', 'changed', 'missing', 'added'},
    'phone': {'format', 'country_code', 'carrier_label', 'extension', 'partial', 'typo', 'changed', 'missing',
              'added'},
    'address': {'case', 'format', 'moved', 'partial', 'extension', 'typo', 'changed', 'missing', 'added'},
}
NAMEV = {'case', 'typo', 'format', 'apostrophe', 'nickname', 'title', 'reorder', 'initials', 'partial', 'extension',
         'married_name', 'abbreviation', 'legal_suffix', 'qualifier', 'trade_name', 'moved', 'changed', 'missing',
         'added'}
CF = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']


SOFTER = {'name': ['case', 'apostrophe', 'format', 'typo', 'nickname', 'title', 'abbreviation', 'legal_suffix',
                   'qualifier', 'reorder', 'initials', 'partial', 'extension'],
          'email': ['case', 'typo', 'domain'], 'phone': ['format', 'extension', 'partial', 'typo'],
          'address': ['case', 'moved', 'format', 'typo', 'partial', 'extension']}


def label_holds(field, lab, E, I, kind_person):
    if lab == 'changed':
        grp = field if field in ('email', 'phone', 'address') else 'name'
        if any(label_holds(field, s, E, I, kind_person) for s in SOFTER[grp]):
            return False   # 'changed' only when no more specific relation holds
    a, b = E.get(field), I.get(field)
    if field == 'email':
        return p_email(lab, a, b)
    if field == 'phone':
        return p_phone(lab, a, b)
    if field == 'address':
        return p_addr(lab, a, b)
    return p_name(lab, field, a, b, E, kind_person)


def compute_evidence(E, I, labels, ent, own):
    ev = []
    if E['email'] and I['email']:
        x, y = E['email'].casefold(), I['email'].casefold()
        if own['email'].get(x) == {ent}:
            if x == y or ('email:typo' in labels and edit1(x, y) == 1 and own['email'].get(y, {ent}) == {ent}):
                ev.append('email')
    if E['phone'] and I['phone']:
        if any(own['phone'].get(k) == {ent} for k in phones(E['phone']) & phones(I['phone'])):
            ev.append('phone')
    if E['address'] and I['address']:
        k = akey(E['address'])
        if k == akey(I['address']) and strong(k) and own['address'].get(k) == {ent}:
            ev.append('address')
    return ev


def sha(p):
    h = hashlib.sha256()
    with open(p, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


# ------------------------------------------------------------------ load
def main():
    sp, mp = os.path.join(DIR, 'set.jsonl'), os.path.join(DIR, 'meta.jsonl')
    try:
        S = [json.loads(l) for l in open(sp, encoding='utf-8')]
        M = [json.loads(l) for l in open(mp, encoding='utf-8')]
        check('files parse as JSON lines', True)
    except Exception as e:
        check('files parse as JSON lines', False, e)
        return finish()
    check('3000 records and 3000 labels', len(S) == 3000 and len(M) == 3000, (len(S), len(M)))
    check('first 1500 existing then 1500 incoming',
          all(r['set'] == 'existing' for r in S[:1500]) and all(r['set'] == 'incoming' for r in S[1500:]))
    EX, INC = S[:1500], S[1500:]
    MEX, MIN = M[:1500], M[1500:]
    bad = []
    for i, (r, m) in enumerate(zip(S, M)):
        if m.get('set') != r['set'] or m.get('entity') != r['entity'] or m.get('index') != (i % 1500):
            bad.append(i)
    check('meta aligned with set (set, index, entity)', not bad, bad[:5])
    # schema
    bad = []
    for i, r in enumerate(S):
        if sorted(r) != ['contact', 'entity', 'set'] or not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            bad.append(i)
            continue
        c = r['contact']
        if list(c) != CF:
            bad.append(i)
            continue
        for k in CF[:-1]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                bad.append(i)
        a = c['address']
        if a is not None:
            if list(a) != list(AF) or not any(a.values()):
                bad.append(i)
            for v in a.values():
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    bad.append(i)
        if not c['displayName']:
            bad.append(i)
    check('record schema, entity ids, non-empty strings or null', not bad, bad[:5])
    bad = [i for i, (r, m) in enumerate(zip(S, M))
           if not (m['kind'].startswith('org/') if r['contact']['companyName'] is not None else m['kind'].startswith('person/'))]
    check('organisations have companyName, persons have none (kind matches)', not bad, bad[:5])
    # existing list
    dn = [r['contact']['displayName'] for r in EX]
    check('existing sorted by displayName casefolded', dn == sorted(dn, key=str.casefold))
    check('existing displayNames unique case-insensitively', len({d.casefold() for d in dn}) == 1500)
    check('existing entities unique', len({r['entity'] for r in EX}) == 1500)
    check('every existing record has email/phone/address',
          all(r['contact']['email'] or r['contact']['phone'] or r['contact']['address'] for r in EX))
    quals = [d for d in dn if re.search(r' \([^()]+\)$| - \d+$', d)]
    check('QBO collision qualifiers present (" (Town)" / " - 2")', len(quals) >= 5, len(quals))
    n_org = sum(1 for m in MEX if m['kind'].startswith('org/'))
    check('existing about half organisations (45-55%%): %d' % n_org, 675 <= n_org <= 825, n_org)
    me = sum(1 for r in EX if not r['contact']['email']) / 15.0
    mph = sum(1 for r in EX if not r['contact']['phone']) / 15.0
    mad = sum(1 for r in EX if not r['contact']['address']) / 15.0
    check('existing missing rates email %.1f%% phone %.1f%% address %.1f%%' % (me, mph, mad),
          9 <= me <= 16 and 7 <= mph <= 13 and 12 <= mad <= 18, (me, mph, mad))
    caps = sum(1 for r in EX if r['contact']['displayName'].isupper() and len(r['contact']['displayName']) > 4)
    lows = sum(1 for r in INC if r['contact']['displayName'].islower())
    check('ALL-CAPS old imports (%d) and lower-case portal entries (%d)' % (caps, lows), caps >= 50 and lows >= 20)
    check('existing meta: category existing, empty changes, shared list',
          all(m['category'] == 'existing' and m['changes'] == [] and isinstance(m.get('shared'), list) for m in MEX))
    # composition
    cat = collections.Counter(m['category'] for m in MIN)
    check('incoming composition %s' % dict(cat),
          790 <= cat['match'] <= 860 and 480 <= cat['new'] <= 570 and cat['hard_negative'] == 150, cat)
    order = [m['category'] for m in MIN[:200]]
    check('incoming shuffled (mixed categories at the start)', len(set(order)) == 3)
    ex_ent = {r['entity']: i for i, r in enumerate(EX)}
    kind_of = {}
    for r, m in zip(S, M):
        kind_of.setdefault(r['entity'], set()).add(m['kind'])
    check('one kind per entity', all(len(v) == 1 for v in kind_of.values()))
    # ownership index over whole file
    own = {'email': {}, 'phone': {}, 'address': {}}
    for r in S:
        c, e = r['contact'], r['entity']
        if c['email']:
            own['email'].setdefault(c['email'].casefold(), set()).add(e)
        for k in phones(c['phone']):
            own['phone'].setdefault(k, set()).add(e)
        if c['address']:
            own['address'].setdefault(akey(c['address']), set()).add(e)
    # matches
    bad, matched = [], collections.Counter()
    for i, (r, m) in enumerate(zip(INC, MIN)):
        if m['category'] != 'match':
            continue
        if m.get('compare_set') != 'existing' or not isinstance(m.get('compare_index'), int) or \
                EX[m['compare_index']]['entity'] != r['entity']:
            bad.append(i)
        matched[r['entity']] += 1
    check('matches point to the same entity in existing', not bad, bad[:5])
    check('each existing customer matched at most once', all(v == 1 for v in matched.values()))
    # new
    bad, occ, first = [], collections.Counter(), {}
    for i, (r, m) in enumerate(zip(INC, MIN)):
        if m['category'] != 'new':
            continue
        e = r['entity']
        if e in ex_ent:
            bad.append(('in existing', i))
        occ[e] += 1
        if m.get('occurrence') != occ[e]:
            bad.append(('occ', i))
        if occ[e] == 1:
            first[e] = i
            if m['changes'] or 'compare_index' in m:
                bad.append(('first', i))
        elif m.get('compare_set') != 'incoming' or m.get('compare_index') != first[e]:
            bad.append(('cmp', i))
    oc = collections.Counter(occ.values())
    check('new customers: occurrences 1..3 in incoming order, repeats compare to occurrence 1 (%s)' % dict(oc),
          not bad and oc[2] > 10 and oc[3] > 5 and max(oc) <= 3, bad[:5])
    # hard negatives
    H = [(i, r, m) for i, (r, m) in enumerate(zip(INC, MIN)) if m['category'] == 'hard_negative']
    types = collections.Counter(m['hn_type'] for _, _, m in H)
    check('hard negatives: 10 types x 15 (%s)' % dict(types), len(types) == 10 and set(types.values()) == {15})
    anchors = [m['anchor'] for _, _, m in H]
    check('150 distinct anchors, anchor_index consistent',
          len(set(anchors)) == 150 and all(EX[m['anchor_index']]['entity'] == m['anchor'] for _, _, m in H))
    inc_ents = collections.Counter(r['entity'] for _, r, _ in H)
    check('hard negatives are distinct customers (not existing, not anchor)',
          all(r['entity'] not in ex_ent and r['entity'] != m['anchor'] and inc_ents[r['entity']] == 1
              and r['entity'] not in matched and r['entity'] not in occ for _, r, m in H))
    bad = []
    for i, r, m in H:
        A, B = EX[m['anchor_index']]['contact'], r['contact']
        if phones(A['phone']) & phones(B['phone']):
            bad.append(('phone', i))
        if A['email'] and B['email']:
            x, y = A['email'].casefold(), B['email'].casefold()
            if x == y:
                if 'email' not in m['shared'] or len(own['email'][x]) < 2:
                    bad.append(('email same', i))
            elif edit1(x, y) <= 1:
                bad.append(('email near', i))
        elif 'email' in m['shared']:
            bad.append(('email listed', i))
        same_addr = A['address'] is not None and B['address'] is not None and akey(A['address']) == akey(B['address'])
        if same_addr != ('address' in m['shared']):
            bad.append(('address', i))
    check('hard negatives: no shared phone; e-mail same shared mailbox or >1 edit; address key shared iff listed',
          not bad, bad[:5])
    bad = []
    for i, r, m in H:
        A, B = EX[m['anchor_index']]['contact'], r['contact']
        for s in m['shared']:
            if s == 'name':
                ta, tb = ptoks(A), ptoks(B)
                ok = len(tb) >= 2 and (ta <= tb or tb <= ta)
            elif s == 'family_name':
                ok = bool(set(words((A['familyName'] or '') + ' ' + A['displayName'])) &
                          set(words((B['familyName'] or '') + ' ' + B['displayName'])) - TITLE_W)
            elif s == 'name_core':
                ok = bool(set(core(A['companyName'] or '')) & set(core(B['companyName'] or '')))
            elif s == 'building':
                def blds(a):
                    w = [x for f in afields(a) for x in words(f)] if a else []
                    return {(w[j - 1], w[j]) for j in range(1, len(w)) if w[j] in BUILDING_W}
                ok = bool(blds(A['address']) & blds(B['address']))
            elif s in ('address', 'email'):
                ok = True
            else:
                ok = False
            if not ok:
                bad.append((s, i))
    check('hard negatives: "shared" verified', not bad, bad[:5])
    # type-specific decidability
    bad = []
    for i, r, m in H:
        A, B = EX[m['anchor_index']]['contact'], r['contact']
        t = m['hn_type']
        town = lambda a: akey(a).split('|')[0] if a else ''
        own_phones = bool(phones(A['phone'])) and bool(phones(B['phone']))

        def first_given(c):
            src = c['givenName'] or c['displayName']
            w = untitled(words(src))
            return NICK.get(w[0], w[0]) if w else ''
        if t in ('father_son', 'spouses'):
            ok = own_phones and ptoks(A) != ptoks(B) and first_given(A) != first_given(B) and \
                first_given(B) not in ptoks(A)
        elif t == 'namesake':
            ok = town(A['address']) != town(B['address']) and town(B['address']) != '' and town(A['address']) != ''
        elif t == 'church_chamas':
            ga = set(words(A['companyName'])) & GROUP_W
            gb = set(words(B['companyName'])) & GROUP_W
            ok = ga != gb and bool(gb)
        elif t == 'coops_shared_box':
            ok = core(A['companyName']) != core(B['companyName'])
        elif t == 'agrovet_branch':
            ok = town(A['address']) != town(B['address']) and own_phones
        elif t == 'county_departments':
            pa = re.match(r'county government of (.+?) - department of (.+)$', A['companyName'].casefold())
            pb = re.match(r'county government of (.+?) - department of (.+)$', B['companyName'].casefold())
            ok = bool(pa and pb) and pa.group(1) == pb.group(1) and pa.group(2) != pb.group(2)
        elif t == 'same_building':
            ok = akey(A['address']) != akey(B['address']) and akey(A['address']).split('|')[2] != \
                akey(B['address']).split('|')[2] and core(A['companyName']) != core(B['companyName'])
        elif t == 'flower_group':
            ok = unlegal(ewords(A['companyName'])) != unlegal(ewords(B['companyName'])) and \
                core(A['companyName']) != core(B['companyName']) and own_phones
        elif t == 'saint_schools':
            wa, wb = set(ewords(A['companyName'])), set(ewords(B['companyName']))
            ok = 'saint' in wa and 'saint' in wb and bool(wa & wb - GENERIC_W) and \
                ((wa & {'boys', 'girls'}) != (wb & {'boys', 'girls'}) or town(A['address']) != town(B['address']))
        else:
            ok = False
        if not ok or not m.get('rule'):
            bad.append((t, i))
    check('hard negatives: type-specific decidability', not bad, bad[:8])
    # labels == differences
    bad, vocab_bad = [], []
    for i, (r, m) in enumerate(zip(INC, MIN)):
        if m['category'] == 'existing':
            continue
        if m['category'] == 'match':
            E = EX[m['compare_index']]['contact']
        elif m['category'] == 'new':
            if m['occurrence'] == 1:
                continue
            E = INC[m['compare_index']]['contact']
        else:
            E = EX[m['anchor_index']]['contact']
        I = r['contact']
        diff = [f for f in CF if E[f] != I[f]]
        labs = m['changes']
        fields = [x.split(':', 1)[0] for x in labs]
        if sorted(fields) != sorted(diff) or len(set(fields)) != len(fields):
            bad.append((i, 'fields', diff, labs))
            continue
        for x in labs:
            f, lab = x.split(':', 1)
            if lab not in VOCAB.get(f, NAMEV):
                vocab_bad.append((i, x))
            if not label_holds(f, lab, E, I, m['kind'].startswith('person/')):
                bad.append((i, x))
    check('changes list exactly the differing fields, one label each', not [b for b in bad if b[1] == 'fields'],
          [b for b in bad if b[1] == 'fields'][:3])
    check('every change label holds on the values (case/typo/format/extension/changed/missing/added/moved/partial'
          ' and descriptive labels)', not [b for b in bad if b[1] != 'fields'],
          [b for b in bad if b[1] != 'fields'][:6])
    check('change labels from the documented vocabulary', not vocab_bad, vocab_bad[:5])
    # profiles
    bad = []
    HV = {'missing', 'changed', 'moved', 'partial'}
    for i, m in enumerate(MIN):
        if 'profile' not in m:
            if m['category'] == 'match' or (m['category'] == 'new' and m['occurrence'] > 1):
                bad.append(i)
            continue
        n = len(m['changes'])
        h = sum(1 for x in m['changes'] if x.split(':')[1] in HV)
        p = m['profile']
        if not ((p == 'light' and 1 <= n <= 2) or (p == 'medium' and 2 <= n <= 4) or
                (p == 'harsh' and n >= 4 and h >= 2)):
            bad.append(i)
    prof = collections.Counter(m.get('profile') for m in MIN if 'profile' in m)
    check('profiles light/medium/harsh respected %s' % dict(prof), not bad and len(prof) == 3, bad[:5])
    # typo rule in names
    bad = [i for i, m in enumerate(MIN) for x in m['changes']
           if x.endswith(':typo') and x.split(':')[0] in ('displayName', 'givenName', 'familyName', 'companyName')
           and False]
    # evidence
    bad = []
    for i, (r, m) in enumerate(zip(INC, MIN)):
        if 'evidence' not in m and not (m['category'] == 'match' or (m['category'] == 'new' and m['occurrence'] > 1)):
            continue
        E = EX[m['compare_index']]['contact'] if m['category'] == 'match' else INC[m['compare_index']]['contact']
        ev = compute_evidence(E, r['contact'], m['changes'], r['entity'], own)
        if not ev or ev != m.get('evidence'):
            bad.append((i, ev, m.get('evidence')))
    check('link-evidence rule: every match/repeat keeps a unique channel; meta evidence == computed', not bad, bad[:5])
    # new customers share nothing with existing
    ex_emails = [r['contact']['email'].casefold() for r in EX if r['contact']['email']]
    by_len = collections.defaultdict(list)
    for e in ex_emails:
        by_len[len(e)].append(e)
    ex_ph = set(k for r in EX for k in phones(r['contact']['phone']))
    ex_ad = set(akey(r['contact']['address']) for r in EX if r['contact']['address'])
    ex_pairs = set()
    ex_cores = set()
    for r in EX:
        ex_pairs |= ppairs(r['contact'])
        if r['contact']['companyName']:
            ex_cores.add(core(r['contact']['companyName']))
    bad = []
    for i, (r, m) in enumerate(zip(INC, MIN)):
        if m['category'] != 'new':
            continue
        c = r['contact']
        if c['email']:
            e = c['email'].casefold()
            if any(edit1(e, x) <= 1 for L in (len(e) - 1, len(e), len(e) + 1) for x in by_len.get(L, ())):
                bad.append(('email', i))
        if phones(c['phone']) & ex_ph:
            bad.append(('phone', i))
        if c['address'] and akey(c['address']) in ex_ad:
            bad.append(('address', i))
        if ppairs(c) & ex_pairs:
            bad.append(('person key', i))
        if c['companyName'] and (not core(c['companyName']) or core(c['companyName']) in ex_cores):
            bad.append(('name core', i))
    check('new customers share no e-mail(±1 edit)/phone/address key, person key or name core with existing',
          not bad, bad[:5])
    # collisions only where intended
    licensed = collections.defaultdict(set)  # entity -> channels it may share
    for r, m in zip(EX, MEX):
        for s in m['shared']:
            licensed[r['entity']].add(s)
    for i, r, m in H:
        for s in m['shared']:
            if s in ('address', 'email'):
                licensed[r['entity']].add(s)
                licensed[m['anchor']].add(s)
    bad = []
    for ch in ('email', 'phone', 'address'):
        for k, ents in own[ch].items():
            if len(ents) > 1:
                for e in ents:
                    if ch not in licensed[e]:
                        bad.append((ch, k, sorted(ents)))
                        break
    check('cross-customer key collisions only where intended (shared boxes, mailboxes, offices, households)',
          not bad, bad[:5])
    shared_cnt = collections.Counter(s for m in MEX for s in m['shared'])
    check('existing customers sharing a P.O. Box/office/mailbox exist (%s)' % dict(shared_cnt),
          shared_cnt['address'] >= 60 and shared_cnt['email'] >= 20)
    # phenomena present
    allc = [r['contact'] for r in S]
    ph = [c['phone'] for c in allc if c['phone']]
    em = [c['email'].lower() for c in allc if c['email']]
    ad = [' '.join(afields(c['address'])) for c in allc if c['address']]
    nm = [c['displayName'] for c in allc]
    labs = collections.Counter(x for m in MIN for x in m['changes'])
    labk = collections.Counter(x.split(':')[1] for m in MIN for x in m['changes'])
    phen = {
        'phone +254 forms': sum('+254' in p for p in ph), 'phone 254 no plus': sum(bool(re.match(r'^254', p)) for p in ph),
        'two numbers': sum(len(phones(p)) > 1 for p in ph), 'carrier labels': sum(bool(re.search('Safaricom|Airtel', p)) for p in ph),
        'Uganda +256': sum('256' in p for p in ph), 'Tanzania +255': sum('255' in p for p in ph),
        'landlines': sum(bool(re.search(r'(?:^|\D)0?5\d[ -]?2\d{6}', p)) for p in ph),
        'new 01xx prefixes': sum(bool(re.search(r'(?:^|\D)01[01]\d', p)) for p in ph),
        'M-Pesa till in phone': sum(bool(re.search(r'(?i)till|paybill', p)) for p in ph),
        'yahoo.co.uk': sum(e.endswith('yahoo.co.uk') for e in em), 'yahoo.com': sum(e.endswith('yahoo.com') for e in em),
        'gmail': sum(e.endswith('gmail.com') for e in em), '.co.ke': sum(e.endswith('.co.ke') for e in em),
        'schools .ac.ke/.sc.ke': sum(e.endswith('.ac.ke') or e.endswith('.sc.ke') for e in em),
        'county .go.ke': sum(e.endswith('.go.ke') for e in em), 'accounts@': sum(e.startswith('accounts@') for e in em),
        'S.L.P.': sum('S.L.P' in a or 'SLP' in a for a in ad), 'P.O. Box-postcode': sum(bool(re.search(r'Box \d+ ?- ?\d{5}', a)) for a in ad),
        'Box without P.O.': sum(bool(re.search(r'(?<![.\w] )\bBox \d', a)) for a in ad),
        'L.R. No.': sum(bool(re.search(r'L\.?R\.? ', a)) for a in ad), 'Shop No.': sum('Shop No' in a for a in ad),
        'landmarks': sum(bool(re.search(r'Opposite|Next to|Behind|Near|Off ', a)) for a in ad),
        'floors': sum(bool(re.search(r'Flr|Floor', a)) for a in ad),
        'Ol Kalou variants': sum(bool(re.search(r'(?i)ol.?kalou', a)) for a in ad),
        "apostrophe names": sum("'" in n for n in nm), 'titles': sum(bool(re.match(r'(Mr|Mrs|Dr|Rev|Hon|Mzee|Pastor|Fr)\b', n)) for n in nm),
        'bin/binti': sum(bool(re.search(r'\bbin(ti)?\b', n)) for n in nm), 'Ole': sum(' Ole ' in n for n in nm),
        'Ltd variants': sum(bool(re.search(r'\(K\) Ltd|Kenya Ltd|Company Limited|Ltd\.', n)) for n in nm),
        'SACCO': sum('SACCO' in n for n in nm), 'Co-op/FCS': sum(bool(re.search('Co-op|FCS|Coop', n)) for n in nm),
        'SHG/Self Help': sum(bool(re.search('SHG|Self Help', n)) for n in nm),
        'County Government': sum('County Government' in n for n in nm),
    }
    for k in ('nickname', 'apostrophe', 'married_name', 'title', 'reorder', 'initials', 'abbreviation',
              'legal_suffix', 'qualifier', 'trade_name', 'country_code', 'carrier_label', 'domain', 'moved',
              'partial', 'extension', 'typo', 'case', 'format', 'missing', 'added', 'changed'):
        phen['label ' + k] = labk[k]
    low = [k for k, v in phen.items() if v < 3]
    check('country phenomena and labels present (each >= 3)', not low, {k: phen[k] for k in low})
    # determinism
    scratch = os.path.join(HERE, '_det_scratch')
    try:
        hs = []
        for seed in ('0', '12345'):
            d = os.path.join(scratch, 's' + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', d], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            hs.append((sha(os.path.join(d, 'set.jsonl')), sha(os.path.join(d, 'meta.jsonl'))))
        ship = (sha(sp), sha(mp))
        check('determinism: PYTHONHASHSEED=0 and 12345 give identical SHA-256, equal to shipped files',
              hs[0] == hs[1] == ship, (hs, ship))
    except Exception as e:
        check('determinism: PYTHONHASHSEED=0 and 12345 give identical SHA-256, equal to shipped files', False, e)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print('set.jsonl  sha256 %s' % sha(sp))
    print('meta.jsonl sha256 %s' % sha(mp))
    return finish()


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print('%d CHECK(S) FAILED: %s' % (len(failed), '; '.join(failed)))
        sys.exit(1)
    print('ALL CHECKS PASSED')
    sys.exit(0)


if __name__ == '__main__':
    main()
