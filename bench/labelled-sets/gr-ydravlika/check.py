#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py - independent validator of the labelled set gr-ydravlika.

Does not import gen.py.  Re-computes from set.jsonl what meta.jsonl claims (evidence, shared,
findability, change lists), checks format, counts and label consistency, and runs gen.py twice
(PYTHONHASHSEED 1 and 2, temporary folders) to compare SHA-256 digests.
Prints PASS / FAIL lines and "ALL CHECKS PASSED" (exit 0) when everything holds.

The normalisation below (skeleton transliteration, name tokens, address keys, phone / e-mail /
ΑΦΜ extraction) is the documented definition of "shared, however written"; it is a copy of the
same definitions in gen.py, kept here so that this file stands alone.
"""
import sys
import os
import re
import json
import hashlib
import tempfile
import subprocess
import unicodedata

# =============================================================================================
# normalisation (definition of "the same however written")
# =============================================================================================


def strip_marks(s):
    return unicodedata.normalize('NFC', ''.join(
        c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)))


def is_greek_char(c):
    return '\u0370' <= c <= '\u03ff' or '\u1f00' <= c <= '\u1fff'


GR_SINGLE = {'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 'th',
             'ι': 'i', 'κ': 'k', 'λ': 'l', 'μ': 'm', 'ν': 'n', 'ξ': 'x', 'ο': 'o', 'π': 'p',
             'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'y', 'φ': 'f', 'χ': 'ch', 'ψ': 'ps',
             'ω': 'o'}
GR_PAIRS = [('ου', 'ou'), ('αυ', 'av'), ('ευ', 'ev'), ('ηυ', 'iv'), ('μπ', 'mp'), ('ντ', 'nt'),
            ('γγ', 'ng'), ('γκ', 'gk'), ('γξ', 'nx'), ('γχ', 'nch')]
LAT_RULES = [('th', 'q'), ('ch', 'x'), ('kh', 'x'), ('ks', 'x'), ('ph', 'f'), ('h', 'x'),
             ('ou', 'u'), ('y', 'i'), ('w', 'o'), ('ei', 'i'), ('oi', 'i'), ('ai', 'e'),
             ('au', 'av'), ('eu', 'ev'), ('mb', 'b'), ('mp', 'b'), ('nd', 'd'), ('nt', 'd'),
             ('gk', 'g'), ('gg', 'g'), ('ng', 'g'), ('nx', 'x'), ('b', 'f'), ('v', 'f'),
             ('c', 'k'), ('j', 'tz')]
G2L = dict(zip('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'))
L2G = {v: k for k, v in G2L.items()}


def _is_latin(c):
    return ('A' <= c <= 'Z') or ('a' <= c <= 'z')


def fold_token(tok):
    """Resolve Greek/Latin look-alike letters mixed inside one word."""
    has_g = any(is_greek_char(c) for c in tok)
    has_l = any(_is_latin(c) for c in tok)
    if not (has_g and has_l):
        return tok
    gs = sum(1 for c in tok if is_greek_char(c) and c not in G2L)
    ls = sum(1 for c in tok if _is_latin(c) and c not in L2G)
    if gs > ls or (gs == ls and sum(1 for c in tok if is_greek_char(c)) >= sum(1 for c in tok if _is_latin(c))):
        return ''.join(L2G.get(c, c) for c in tok)
    return ''.join(G2L.get(c, c) for c in tok)


def fold_text(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\w+', lambda m: fold_token(m.group(0)), s)


def skel_token(tok):
    t = strip_marks(tok).casefold()
    for a, b in GR_PAIRS:
        t = t.replace(a, b)
    t = ''.join(GR_SINGLE.get(c, c) for c in t)
    for a, b in LAT_RULES:
        t = t.replace(a, b)
    return re.sub(r'(.)\1+', r'\1', t)


AFM_RX = re.compile(r'(?<!\d)\d{9}(?!\d)')
NAME_STOP = {'οε', 'εε', 'επε', 'ικε', 'μικε', 'αε', 'αβεε', 'αεβε', 'ατε', 'oe', 'ee', 'epe',
             'ike', 'ae', 'abee', 'aebe', 'ate', 'sa', 'ltd', 'pc', 'co', 'inc', 'ομορρυθμη',
             'ετερορρυθμη', 'ανωνυμη', 'ιδιωτικη', 'κεφαλαιουχικη', 'εταιρεια', 'εταιρια',
             'περιορισμενης', 'ευθυνης', 'etaireia', 'etairia', 'και', 'kai', 'σια', 'sia',
             'του', 'tou', 'της', 'tis', 'αφμ', 'afm', 'vat', 'el', 'κος', 'κα', 'mr', 'mrs',
             'dr', 'δρ'}
NAME_STOP = {w.casefold() for w in NAME_STOP}


def name_tokens(s):
    if not s:
        return []
    s = unicodedata.normalize('NFC', s)
    s = re.sub(r'\([^)]*\)\s*$', ' ', s)
    s = strip_marks(fold_text(s)).casefold()
    s = AFM_RX.sub(' ', s)
    s = s.replace('.', '').replace("'", '').replace('’', '')
    toks = [t for t in re.findall(r'\w+', s) if t not in NAME_STOP]
    return [k for k in (skel_token(t) for t in toks) if k]


def _bigrams(t):
    p = ' ' + t + ' '
    return {p[i:i + 2] for i in range(len(p) - 1)}


def tok_sim(a, b):
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.6 if a[0] == b[0] else 0.0
    A, B = _bigrams(a), _bigrams(b)
    return 2.0 * len(A & B) / (len(A) + len(B))


def name_sim(A, B):
    if not A or not B:
        return 0.0
    s1 = sum(max(tok_sim(a, b) for b in B) for a in A)
    s2 = sum(max(tok_sim(b, a) for a in A) for b in B)
    return (s1 + s2) / (len(A) + len(B))


def record_names(c):
    out = []
    for s in (c.get('displayName'), c.get('companyName')):
        if s:
            out.append(name_tokens(s))
    if c.get('givenName') and c.get('familyName'):
        out.append(name_tokens(c['givenName'] + ' ' + c['familyName']))
    return [t for t in out if t]


def record_sim_tok(na, nb):
    best = 0.0
    for a in na:
        for b in nb:
            v = name_sim(a, b)
            if v > best:
                best = v
    return best


ADDR_STOP = {'οδος', 'οδου', 'οδ', 'λεωφορος', 'λεωφ', 'πλατεια', 'πλ', 'odos', 'odou', 'od',
             'leoforos', 'leof', 'str', 'street', 'st', 'ave', 'avenue', 'plateia', 'pl', 'rd',
             'road', 'box', 'po', 'τθ', 'tk', 'τκ', 'αρ', 'no', 'nr', 'και', 'kai', 'γωνια',
             'gonia', 'χλμ', 'klm', 'km', 'xlm', 'chlm', 'pobox'}
ADDR_STOP = {w.casefold() for w in ADDR_STOP}
ORD_MARK = {'ο', 'η', 'o', 'i', 'h'}


def addr_key(a):
    if not a or not a.get('line1'):
        return None
    s = strip_marks(fold_text(a['line1'])).casefold().replace('.', ' ')
    segs = s.split(',')
    seg = None
    for sg in segs:
        if re.search(r'[^\W\d_]', sg) and re.search(r'\d', sg):
            seg = sg
            break
    if seg is None:
        for sg in segs:
            if re.search(r'[^\W\d_]', sg):
                seg = sg
                break
    if seg is None:
        return None
    toks = re.findall(r'[^\W\d_]+|\d+[^\W\d_]*', seg)
    items = []
    for tk in toks:
        m = re.match(r'(\d+)([^\W\d_]*)$', tk)
        if m:
            if m.group(2) and (len(m.group(2)) > 1 or m.group(2) in ORD_MARK):
                items.append(('o', m.group(1)))
            else:
                items.append(('n', m.group(1)))
        elif tk not in ADDR_STOP:
            items.append(('w', tk))
    wpos = [i for i, it in enumerate(items) if it[0] == 'w']
    if not wpos:
        return None
    fw = wpos[0]
    num_pos = None
    for i, it in enumerate(items):
        if it[0] == 'n' and i > fw:
            num_pos = i
            break
    if num_pos is None:
        for i, it in enumerate(items):
            if it[0] == 'n' and i < fw:
                num_pos = i
                break
    if num_pos is None:
        part = items
    elif num_pos > fw:
        part = items[:num_pos]
    else:
        part = items[num_pos + 1:]
    words = [skel_token(it[1]) for it in part if it[0] == 'w']
    words = [w for w in words if len(w) >= 3]
    if not words:
        return None
    last = words[-1]
    if last.endswith('s') and len(last) > 3:
        last = last[:-1]
    sd = ''.join(it[1] for it in part if it[0] in ('o', 'n'))
    return (sd, last, items[num_pos][1] if num_pos is not None else '')


def pc_of(a):
    if not a:
        return None
    p = a.get('postalCode')
    if p:
        d = re.sub(r'\D', '', p)
        if len(d) == 5:
            return d
    for c in (a.get('city'), _line1_tail(a)):
        if c:
            m = re.search(r'(?<!\d)(\d{3})\s?(\d{2})(?!\d)', c)
            if m:
                return m.group(1) + m.group(2)
    return None


def _line1_tail(a):
    l1 = a.get('line1')
    if l1 and ',' in l1:
        return l1.rsplit(',', 1)[1]
    return None


def city_key(a):
    if not a:
        return None
    c = a.get('city') or _line1_tail(a)
    if not c:
        return None
    s = strip_marks(fold_text(c)).casefold().replace('.', ' ')
    toks = [t for t in re.findall(r'[^\W\d_]+', s) if t not in ('tk', 'τκ', 't', 'k', 'τ', 'κ')]
    k = ' '.join(skel_token(t) for t in toks)
    return k or None


def addr_shared(a, b):
    ka, kb = addr_key(a), addr_key(b)
    if ka is None or ka != kb:
        return False
    pa, pb = pc_of(a), pc_of(b)
    if pa and pb and pa == pb:
        return True
    ca, cb = city_key(a), city_key(b)
    return bool(ca and cb and ca == cb)


PH_RX = re.compile(r'(?:\+|00)?\d[\d \-.()]{7,}\d')


def phones_of(c):
    out = set()
    srcs = [c.get('phone'), (c.get('address') or {}).get('line2')]
    for s in srcs:
        if not s:
            continue
        for m in PH_RX.finditer(s):
            d = re.sub(r'\D', '', m.group(0))
            if d.startswith('0030'):
                d = d[4:]
            elif d.startswith('30') and len(d) == 12:
                d = d[2:]
            if len(d) == 10 and (d[0] == '2' or d.startswith('69')):
                out.add(d)
    return out


EM_RX = re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+')


def emails_of(c):
    return {m.lower() for m in EM_RX.findall(c.get('email') or '')}


FREE_DOMAINS = {'gmail.com', 'yahoo.gr', 'yahoo.com', 'hotmail.com', 'hotmail.gr', 'otenet.gr',
                'outlook.com', 'windowslive.com', 'live.com', 'in.gr', 'freemail.gr',
                'cosmotemail.gr', 'outlook.com.gr'}


def afm_valid(a):
    if not re.fullmatch(r'\d{9}', a) or a == '000000000':
        return False
    s = sum(int(a[i]) * (2 ** (8 - i)) for i in range(8))
    return s % 11 % 10 == int(a[8])


def afms_of(c):
    out = set()
    ad = c.get('address') or {}
    for s in (c.get('displayName'), c.get('companyName'), c.get('givenName'),
              c.get('familyName'), ad.get('line1'), ad.get('line2')):
        if s:
            for m in AFM_RX.findall(s):
                if afm_valid(m):
                    out.add(m)
    return out


def evidence(x, r):
    ev = []
    if emails_of(x) & emails_of(r):
        ev.append('email')
    if phones_of(x) & phones_of(r):
        ev.append('phone')
    if addr_shared(x.get('address'), r.get('address')):
        ev.append('address')
    return ev


def family_shared(x, r):
    a, b = x.get('familyName'), r.get('familyName')
    if not a or not b:
        return False
    ta, tb = name_tokens(a), name_tokens(b)
    for p in ta:
        for q in tb:
            n = 0
            while n < min(len(p), len(q)) and p[n] == q[n]:
                n += 1
            if n >= 5 or (p == q and len(p) >= 3):
                return True
    return False


def shared_with(x, r):
    out = []
    if record_sim_tok(record_names(x), record_names(r)) >= 0.8:
        out.append('name')
    if family_shared(x, r):
        out.append('family_name')
    if x.get('companyName') and r.get('companyName') and \
            name_sim(name_tokens(x['companyName']), name_tokens(r['companyName'])) >= 0.6:
        out.append('company_name')
    ex, er = emails_of(x), emails_of(r)
    if ex & er:
        out.append('email')
    else:
        dx = {e.split('@')[1] for e in ex} - FREE_DOMAINS
        dr = {e.split('@')[1] for e in er} - FREE_DOMAINS
        if dx & dr:
            out.append('email_domain')
    if phones_of(x) & phones_of(r):
        out.append('phone')
    if addr_shared(x.get('address'), r.get('address')):
        out.append('address')
    pa, pb = pc_of(x.get('address')), pc_of(r.get('address'))
    if pa and pb and pa == pb:
        out.append('postal_code')
    ca, cb = city_key(x.get('address')), city_key(r.get('address'))
    if ca and cb and ca == cb:
        out.append('city')
    if afms_of(x) & afms_of(r):
        out.append('afm')
    return out


TOP_FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
ADDR_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def diff_fields(a, b):
    out = [f for f in TOP_FIELDS if a[f] != b[f]]
    aa, bb = a['address'], b['address']
    if (aa is None) != (bb is None):
        out.append('address')
    elif aa is not None:
        out += ['address.' + k for k in ADDR_FIELDS if aa[k] != bb[k]]
    return out


def get_field(c, f):
    if f.startswith('address.'):
        return (c['address'] or {}).get(f[8:])
    return c[f]


def loose_norm(s):
    s = strip_marks(fold_text(s)).casefold()
    return ' '.join(skel_token(t) for t in re.findall(r'\w+', s))


def classify_change(f, xv, rv):
    if xv is None and rv is None:
        return 'same'
    if xv is None and rv is not None:
        return 'missing'
    if xv is not None and rv is None:
        return 'added'
    if f == 'email':
        return 'format' if xv.strip().lower() == rv.strip().lower() else 'other'
    if f == 'phone':
        a, b = phones_of({'phone': xv}), phones_of({'phone': rv})
        return 'format' if a and a == b else 'other'
    return 'format' if loose_norm(xv) == loose_norm(rv) else 'other'


# =============================================================================================
# the checks
# =============================================================================================
HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append(ok)
    print('%s  %s%s' % ('PASS' if ok else 'FAIL', name, ('  -- ' + detail) if detail else ''))


VOCAB = {'translit', 'case', 'accents', 'formal_name', 'short_name', 'nickname', 'initial',
         'english_name', 'name_order', 'father_name', 'title', 'trade_descriptor', 'married_name',
         'field_split', 'qbo_disambiguation', 'wrongly_filled', 'cleared', 'legal_vs_trade_name',
         'legal_form', 'legal_form_dropped', 'contact_person', 'other_hotel', 'tax_id', 'format',
         'other_mailbox', 'other_number', 'po_box', 'street_dropped', 'in_city', 'city_variant',
         'note', 'moved', 'new_number', 'new_mailbox', 'renamed', 'legal_form_converted',
         'contact_changed', 'typo', 'lookalike', 'mojibake', 'digit_off', 'wrong_field',
         'spacing', 'missing', 'added', 'other'}
HN_VOCAB = {'format', 'other', 'missing', 'added'}
ALL_FIELDS = set(TOP_FIELDS) | {'address'} | {'address.' + k for k in ADDR_FIELDS}
SOURCES_OK = {'erp', 'eshop', 'mydata', 'counter', 'driver'}
NC_MIN_SIM = 0.70
NC_MARGIN = 0.15
AFM_LABEL_RX = re.compile(r'(?:ΑΦΜ|Α\.Φ\.Μ\.|AFM|A\.F\.M\.|VAT EL|VAT)\W{0,3}(\d+)')


def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f]


def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def check_format(S, M):
    bad = []
    if len(S) != 3000 or len(M) != 3000:
        bad.append('line counts %d/%d' % (len(S), len(M)))
    for i, o in enumerate(S):
        if set(o) != {'set', 'entity', 'contact'}:
            bad.append('%d keys' % i)
            continue
        if o['set'] not in ('existing', 'incoming') or not re.fullmatch(r'c[0-9a-f]{7}', o['entity']):
            bad.append('%d set/entity' % i)
        c = o['contact']
        if set(c) != set(TOP_FIELDS) | {'address'}:
            bad.append('%d contact keys' % i)
            continue
        for f in TOP_FIELDS:
            v = c[f]
            if v is not None and (not isinstance(v, str) or v.strip() == ''):
                bad.append('%d %s empty/non-string' % (i, f))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or set(a) != set(ADDR_FIELDS):
                bad.append('%d address keys' % i)
                continue
            if all(a[k] is None for k in ADDR_FIELDS):
                bad.append('%d empty address object' % i)
            for k in ADDR_FIELDS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or v.strip() == ''):
                    bad.append('%d address.%s empty/non-string' % (i, k))
        if not c['displayName']:
            bad.append('%d no displayName' % i)
    report('format: 3000 lines, schema, non-empty strings or null', not bad, '; '.join(bad[:5]))
    sets = [o['set'] for o in S]
    ok = sets == ['existing'] * 1500 + ['incoming'] * 1500
    report('format: lines 1-1500 existing, 1501-3000 incoming', ok)
    bad = [i for i, (o, m) in enumerate(zip(S, M)) if m.get('set') != o['set'] or m.get('entity') != o['entity']
           or m.get('index') != (i if i < 1500 else i - 1500)]
    report('meta: one line per record, same order, set/index/entity agree', not bad and len(S) == len(M),
           str(bad[:5]))


def check_existing(S, M):
    E = S[:1500]
    keys = [o['contact']['displayName'].casefold() for o in E]
    report('existing: sorted by displayName case-folded', keys == sorted(keys))
    report('existing: displayName unique case-insensitively', len(set(keys)) == len(keys))
    ents = [o['entity'] for o in E]
    report('existing: one record per customer (entity unique)', len(set(ents)) == len(ents))
    bad = [i for i, o in enumerate(E) if not (o['contact']['email'] or o['contact']['phone'] or o['contact']['address'])]
    report('existing: every record has e-mail / phone / address', not bad, str(bad[:5]))
    bad = [i for i, o in enumerate(E) if o['contact']['address'] and not re.fullmatch(r'[A-Z]{2}', o['contact']['address']['country'] or '')]
    report('existing: country as ISO code', not bad, str(bad[:5]))
    bad = [i for i, o in enumerate(E) if o['contact']['address'] and o['contact']['address']['postalCode']
           and not re.fullmatch(r'\d{3} ?\d{2}', o['contact']['address']['postalCode'])]
    report('existing: postal codes are 5-digit Greek ΤΚ', not bad, str(bad[:5]))
    dup = re.compile(r' \((\d+|[^()]+)\)$')
    n_dis = sum(1 for o in E if dup.search(o['contact']['displayName']))
    report('existing: repeated names carry "Name (City)" / "Name (2)"', n_dis > 0, '%d disambiguated' % n_dis)
    bad = [i for i, (o, m) in enumerate(zip(E, M)) if m['category'] != 'existing' or m['changes'] != []]
    report('existing: meta category existing, no changes', not bad, str(bad[:5]))


def check_party(S, M):
    bad = []
    for i, (o, m) in enumerate(zip(S, M)):
        c = o['contact']
        if m['party'] == 'org' and not c['companyName']:
            bad.append('%d org without companyName' % i)
        if m['party'] == 'person' and c['companyName'] and m['set'] == 'existing':
            bad.append('%d existing person with companyName' % i)
        if m['party'] == 'person' and c['companyName'] and m['set'] == 'incoming' and 'compare_index' in m:
            j = m['compare_index'] + (0 if m['compare_set'] == 'existing' else 1500)
            if S[j]['contact']['companyName'] != c['companyName'] and \
                    not any(ch.startswith('companyName:') for ch in m['changes']):
                bad.append('%d person companyName unexplained' % i)
        if m['party'] not in ('org', 'person'):
            bad.append('%d party' % i)
    report('party: organisations always have companyName; persons only when a source fills it', not bad, '; '.join(bad[:5]))


def check_labels(S, M):
    ex_ent = {S[i]['entity']: i for i in range(1500)}
    inc = list(range(1500, 3000))
    cats = {}
    for i in inc:
        cats.setdefault(M[i]['category'], []).append(i)
    n_m, n_n, n_h = len(cats.get('match', [])), len(cats.get('new', [])), len(cats.get('hard_negative', []))
    report('counts: 1500 existing, 1500 incoming', len(S) - 1500 == 1500)
    report('counts: ~55% matches, ~35% new, exactly 150 hard negatives',
           700 <= n_m <= 900 and 450 <= n_n <= 600 and n_h == 150 and n_m + n_n + n_h == 1500,
           'match %d, new %d, hard_negative %d' % (n_m, n_n, n_h))
    types = {}
    for i in cats.get('hard_negative', []):
        types[M[i]['hn_type']] = types.get(M[i]['hn_type'], 0) + 1
    report('counts: 12-16 hard-negative types', 12 <= len(types) <= 16, '%d types' % len(types))
    srcs = {M[i].get('source') for i in inc}
    report('sources: 3-5 upstream sources, every incoming record has one',
           srcs <= SOURCES_OK and 3 <= len(srcs) <= 5, ', '.join(sorted(str(s) for s in srcs)))
    bad = []
    mult = {}
    for i in cats.get('match', []):
        m = M[i]
        if m['entity'] not in ex_ent or m.get('compare_set') != 'existing' or \
                S[m['compare_index']]['entity'] != m['entity'] or m.get('profile') not in ('light', 'medium', 'harsh'):
            bad.append(i)
        mult[m['entity']] = mult.get(m['entity'], 0) + 1
    report('labels: matches point to their existing customer', not bad, str(bad[:5]))
    report('labels: some existing customers matched several times', max(mult.values()) >= 2,
           '%d customers matched more than once' % sum(1 for v in mult.values() if v > 1))
    bad = []
    groups = {}
    for i in cats.get('new', []):
        groups.setdefault(M[i]['entity'], []).append(i)
    for e, idx in sorted(groups.items()):
        if e in ex_ent:
            bad.append('%s is existing' % e)
        idx.sort()
        occ = [M[i].get('occurrence') for i in idx]
        if occ != list(range(1, len(idx) + 1)):
            bad.append('%s occurrences %s' % (e, occ))
        if 'compare_index' in M[idx[0]]:
            bad.append('%s first occurrence has a compared record' % e)
        for i in idx[1:]:
            m = M[i]
            if m.get('compare_set') != 'incoming' or m.get('compare_index') != idx[0] - 1500 or \
                    m.get('profile') not in ('light', 'medium', 'harsh'):
                bad.append('%d repeat label' % i)
        if len(idx) > 3:
            bad.append('%s seen %d times' % (e, len(idx)))
    report('labels: new customers, first occurrence precedes repeats, repeats point to occurrence 1',
           not bad, '; '.join(bad[:5]))
    report('labels: some new customers repeated two or three times',
           any(len(v) == 2 for v in groups.values()) and any(len(v) == 3 for v in groups.values()),
           '%d repeated' % sum(1 for v in groups.values() if len(v) > 1))
    bad = []
    allent = {}
    for o in S:
        allent[o['entity']] = allent.get(o['entity'], 0) + 1
    for i in cats.get('hard_negative', []):
        m = M[i]
        if allent[m['entity']] != 1 or m['entity'] in ex_ent or m.get('anchor') not in ex_ent or \
                S[m['anchor_index']]['entity'] != m['anchor'] or not m.get('rule') or not m.get('hn_type'):
            bad.append(i)
    report('labels: hard negatives are other customers anchored on an existing one', not bad, str(bad[:5]))


def check_evidence(S, M):
    bad, bad_f = [], []
    n_nc = 0
    cands = []
    for i in range(1500, 3000):
        m = M[i]
        if 'compare_index' not in m:
            continue
        j = m['compare_index'] + (0 if m['compare_set'] == 'existing' else 1500)
        x, r = S[i]['contact'], S[j]['contact']
        ev = evidence(x, r)
        afm = bool(afms_of(x) & afms_of(r))
        if ev != m.get('evidence') or afm != m.get('afm_shared'):
            bad.append('%d %s/%s vs %s/%s' % (i, ev, afm, m.get('evidence'), m.get('afm_shared')))
        want = 'identifier' if (ev or afm) else 'name+city'
        if m.get('findable') != want:
            bad_f.append('%d findable %s, expected %s' % (i, m.get('findable'), want))
        if want == 'name+city':
            n_nc += 1
            cands.append((i, j))
    report('evidence: email / phone / address sharing recomputed from the records', not bad, '; '.join(bad[:4]))
    report('evidence: findable = identifier iff something is shared, else name+city', not bad_f, '; '.join(bad_f[:4]))
    report('evidence: at least 100 matches/repeats share no identifier (name + town only)', n_nc >= 100,
           '%d name+city records' % n_nc)
    names = [record_names(o['contact']) for o in S]
    pool = {}
    for k, o in enumerate(S):
        ck = city_key(o['contact']['address'])
        if ck:
            pool.setdefault(ck, []).append(k)
    bad = []
    margins = []
    for i, j in cands:
        x, r = S[i]['contact'], S[j]['contact']
        ck = city_key(x['address'])
        if ck is None or ck != city_key(r['address']):
            bad.append('%d town differs' % i)
            continue
        own = record_sim_tok(names[i], names[j])
        best = max([record_sim_tok(names[i], names[k]) for k in pool.get(ck, ()) if S[k]['entity'] != S[i]['entity']] or [0.0])
        margins.append(own - best)
        if own < NC_MIN_SIM or own - best < NC_MARGIN:
            bad.append('%d own %.2f best other %.2f' % (i, own, best))
    report('findability: each name+city record is the clear best name match in its town', not bad,
           ('; '.join(bad[:4])) or ('min margin %.2f' % min(margins) if margins else ''))


def check_hard_negatives(S, M):
    bad, bad2 = [], []
    for i in range(1500, 3000):
        m = M[i]
        if m['category'] != 'hard_negative':
            continue
        x, a = S[i]['contact'], S[m['anchor_index']]['contact']
        sh = shared_with(x, a)
        if sh != m.get('shared'):
            bad.append('%d %s vs %s' % (i, sh, m.get('shared')))
        if not (set(sh) - {'city', 'postal_code'}):
            bad2.append(i)
    report('hard negatives: "shared" recomputed from the records', not bad, '; '.join(bad[:4]))
    report('hard negatives: each shares name / family / firm / e-mail / phone / address / ΑΦΜ with its anchor',
           not bad2, str(bad2[:5]))


def check_changes(S, M):
    bad, badv = [], []
    for i in range(1500, 3000):
        m = M[i]
        ch = m.get('changes')
        if not isinstance(ch, list):
            bad.append('%d no change list' % i)
            continue
        if m['category'] == 'hard_negative':
            ref = S[m['anchor_index']]['contact']
        elif 'compare_index' in m:
            ref = S[m['compare_index'] + (0 if m['compare_set'] == 'existing' else 1500)]['contact']
        else:
            if ch:
                bad.append('%d first occurrence with changes' % i)
            continue
        x = S[i]['contact']
        diff = set(diff_fields(x, ref))
        fields = set()
        for c in ch:
            if ':' not in c:
                badv.append('%d %s' % (i, c))
                continue
            f, w = c.split(':', 1)
            fields.add(f)
            if f not in ALL_FIELDS or w not in VOCAB:
                badv.append('%d %s' % (i, c))
                continue
            xv, rv = get_field(x, f), get_field(ref, f)
            if (xv is None) != (w == 'missing') and rv is not None:
                badv.append('%d %s (missing rule)' % (i, c))
            if (rv is None) != (w == 'added') and xv is not None:
                badv.append('%d %s (added rule)' % (i, c))
            if m['category'] == 'hard_negative' and w != classify_change(f, xv, rv):
                badv.append('%d %s (hard-negative class %s)' % (i, c, classify_change(f, xv, rv)))
        if fields != diff:
            bad.append('%d fields %s vs diff %s' % (i, sorted(fields ^ diff), ''))
    report('changes: exactly the fields that differ from the compared record / anchor', not bad, '; '.join(bad[:4]))
    report('changes: "field:what" from the documented vocabulary, missing/added consistent', not badv,
           '; '.join(badv[:4]))


def check_identifiers(S, M):
    bad = []
    owners = {}
    for i, o in enumerate(S):
        c = o['contact']
        ad = c['address'] or {}
        for s in (c['displayName'], c['companyName'], ad.get('line1'), ad.get('line2')):
            if not s:
                continue
            for mm in AFM_LABEL_RX.finditer(s):
                if not afm_valid(mm.group(1)):
                    bad.append('%d %s' % (i, mm.group(0)))
        for a in afms_of(c):
            owners.setdefault(a, set()).add(i)
    report('ΑΦΜ: every labelled tax number has 9 digits and a valid check digit', not bad, '; '.join(bad[:4]))
    bad = []
    for a, idx in sorted(owners.items()):
        ents = {S[i]['entity'] for i in idx}
        if len(ents) > 1 and not all(M[i]['kind'] == 'store' for i in idx):
            bad.append('%s %s' % (a, sorted(ents)))
    report('ΑΦΜ: one ΑΦΜ is one customer (except a chain\'s stores billed apart)', not bad, '; '.join(bad[:4]))
    bad = [i for i, o in enumerate(S) if o['contact']['phone'] and not phones_of({'phone': o['contact']['phone']})]
    report('phones: every phone field holds a Greek number (+30 / 0030 / 2xx / 69x)', not bad, str(bad[:5]))


def check_determinism():
    gen = os.path.join(HERE, 'gen.py')
    digests = []
    with tempfile.TemporaryDirectory() as d:
        for seed in ('1', '2'):
            out = os.path.join(d, 'run' + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, gen, '--out', out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                report('determinism: gen.py runs', False, p.stderr[-300:])
                return
            digests.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
    here = (sha(os.path.join(HERE, 'set.jsonl')), sha(os.path.join(HERE, 'meta.jsonl')))
    report('determinism: two runs (PYTHONHASHSEED 1 / 2) byte-identical', digests[0] == digests[1])
    report('determinism: set.jsonl / meta.jsonl in the folder equal a fresh run', digests[0] == here,
           'set.jsonl sha256 %s' % here[0])


def main():
    S = load(os.path.join(HERE, 'set.jsonl'))
    M = load(os.path.join(HERE, 'meta.jsonl'))
    check_format(S, M)
    if len(S) == 3000 and len(M) == 3000:
        check_existing(S, M)
        check_party(S, M)
        check_labels(S, M)
        check_evidence(S, M)
        check_hard_negatives(S, M)
        check_changes(S, M)
        check_identifiers(S, M)
    check_determinism()
    if all(RESULTS):
        print('ALL CHECKS PASSED')
        return 0
    print('%d CHECK(S) FAILED' % sum(1 for x in RESULTS if not x))
    return 1


if __name__ == '__main__':
    sys.exit(main())
