#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - generator of the labelled customer record-linkage set "gr-ydravlika".

Scenario: a plumbing / heating / sanitary-ware wholesaler in Thessaloniki with branches in
Larissa, Kavala, Ioannina and Athens (Peristeri), billing through QuickBooks Online (EUR).

    python3 gen.py              writes set.jsonl and meta.jsonl beside this file
    python3 gen.py --out DIR    writes them into DIR

Python 3 standard library only; one random.Random(SEED); no dependence on set / dict
iteration order or PYTHONHASHSEED (every set that is iterated is sorted first).
"""
import sys
import os
import re
import json
import copy
import random
import unicodedata

SEED = 74310

# =============================================================================================
# text helpers (the normalisation part is copied verbatim into check.py)
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

# ============================================================ end of the shared normalisation


# =============================================================================================
# transliteration (ELOT 743 and the phonetic "greeklish" habits of people typing)
# =============================================================================================
SCHEMES = {
    'elot': dict(eta='i', y='y', ei='ei', oi='oi', ai='ai', chi='ch', xi='x', b0='b', mp='mp',
                 nt0='nt', nt='nt', gk0='gk', gk='gk', gg='ng', au='elot', gi0=None),
    'ph1': dict(eta='i', y='i', ei='i', oi='i', ai='e', chi='ch', xi='x', b0='b', mp='mp',
                nt0='d', nt='nt', gk0='g', gk='gk', gg='gg', au='v', gi0=None),
    'ph2': dict(eta='i', y='y', ei='ei', oi='oi', ai='ai', chi='x', xi='ks', b0='mp', mp='mp',
                nt0='nt', nt='nt', gk0='gk', gk='gk', gg='gg', au='u', gi0=None),
    'ph3': dict(eta='i', y='y', ei='ei', oi='oi', ai='ai', chi='h', xi='x', b0='b', mp='mb',
                nt0='d', nt='nd', gk0='g', gk='g', gg='g', au='v', gi0='y'),
}
VOICELESS = set('θκξπστφχψ')
GR_VOWELS = set('αεηιουω')
GR_RUN = re.compile('[\u0370-\u03ff\u1f00-\u1fff\u0300-\u036f]+')


def _tr_run(run, sch):
    chars = []
    for ch in unicodedata.normalize('NFD', run):
        if unicodedata.combining(ch):
            if chars and ch == '\u0308':
                chars[-1][1] = True
            continue
        chars.append([ch.lower(), False])
    n = len(chars)
    out = []
    i = 0
    while i < n:
        c = chars[i][0]
        nx = chars[i + 1][0] if i + 1 < n and not chars[i + 1][1] else None
        start = (i == 0)
        if c in 'αεη' and nx == 'υ':
            base = {'α': 'a', 'ε': 'e', 'η': 'i'}[c]
            after = chars[i + 2][0] if i + 2 < n else None
            if sch['au'] == 'elot':
                v = 'f' if (after is None or after in VOICELESS) else 'v'
            else:
                v = sch['au']
            out.append(base + v)
            i += 2
            continue
        if c == 'ο' and nx == 'υ':
            out.append('ou'); i += 2; continue
        if c == 'ε' and nx == 'ι':
            out.append(sch['ei']); i += 2; continue
        if c == 'ο' and nx == 'ι':
            out.append(sch['oi']); i += 2; continue
        if c == 'α' and nx == 'ι':
            out.append(sch['ai']); i += 2; continue
        if c == 'μ' and nx == 'π':
            out.append(sch['b0'] if start else sch['mp']); i += 2; continue
        if c == 'ν' and nx == 'τ':
            out.append(sch['nt0'] if start else sch['nt']); i += 2; continue
        if c == 'γ' and nx == 'κ':
            out.append(sch['gk0'] if start else sch['gk']); i += 2; continue
        if c == 'γ' and nx == 'γ':
            out.append(sch['gg']); i += 2; continue
        if c == 'γ' and nx == 'ξ':
            out.append('nx'); i += 2; continue
        if c == 'γ' and nx == 'χ':
            out.append('n' + sch['chi']); i += 2; continue
        if c == 'γ' and nx == 'ι' and start and sch['gi0'] and i + 2 < n and chars[i + 2][0] in GR_VOWELS:
            out.append('yi'); i += 2; continue
        if c == 'η':
            out.append(sch['eta'])
        elif c == 'υ':
            out.append(sch['y'])
        elif c == 'χ':
            out.append(sch['chi'])
        elif c == 'ξ':
            out.append(sch['xi'])
        else:
            out.append(GR_SINGLE.get(c, c))
        i += 1
    s = ''.join(out)
    letters = [c for c in run if c.isalpha()]
    if len(letters) > 1 and all(c == c.upper() for c in letters):
        return s.upper()
    if letters and letters[0] != letters[0].lower():
        return s[:1].upper() + s[1:]
    return s


def translit(s, scheme):
    if s is None:
        return None
    sch = SCHEMES[scheme]
    return GR_RUN.sub(lambda m: _tr_run(m.group(0), sch), s)


def conv(s, script):
    if s is None or script == 'el':
        return s
    return translit(s, script)


def apply_case(s, case, accents='keep'):
    if s is None:
        return None
    if case == 'upper':
        return strip_marks(s).upper()
    if case == 'lower':
        s2 = s.lower()
        return strip_marks(s2) if accents == 'drop' else s2
    if case == 'title':
        s2 = re.sub(r'\w+', lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), s)
        return strip_marks(s2) if accents == 'drop' else s2
    return strip_marks(s) if accents == 'drop' else s


def slug(s):
    return re.sub(r'[^a-z0-9]', '', translit(strip_marks(s), 'ph1').lower())


# =============================================================================================
# places (real towns, real postcodes, real area codes)
# =============================================================================================
TOWNS = {}
TOWN_ORDER = []


def T(key, el, gen, unit, peri, pcs, area, branch, w, kind='town', muni=None, metro=None,
      en=None, doy=None):
    TOWNS[key] = dict(key=key, el=el, gen=gen, unit=unit, peri=peri, pcs=pcs.split(),
                      area=area, branch=branch, w=w, kind=kind, muni=muni, metro=metro, en=en,
                      doy=doy or gen)
    TOWN_ORDER.append(key)


KM, TH, AMT, EP, AT = ('Κεντρική Μακεδονία', 'Θεσσαλία', 'Ανατολική Μακεδονία και Θράκη',
                       'Ήπειρος', 'Αττική')
PERI_EN = {KM: 'Central Macedonia', TH: 'Thessaly', AMT: 'Eastern Macedonia and Thrace',
           EP: 'Epirus', AT: 'Attica'}
# --- Thessaloniki branch
T('thessaloniki', 'Θεσσαλονίκη', 'Θεσσαλονίκης', 'Θεσσαλονίκη', KM,
  '54621 54622 54623 54624 54625 54626 54627 54629 54630 54631 54632 54633 54634 54635 54636 '
  '54638 54639 54640 54641 54642 54643 54644 54645 54646', '2310', 'THE', 34, 'city',
  doy="Δ' Θεσσαλονίκης")
T('kalamaria', 'Καλαμαριά', 'Καλαμαριάς', 'Θεσσαλονίκη', KM, '55131 55132 55133 55134', '2310',
  'THE', 9, 'suburb', muni='Δήμος Καλαμαριάς', metro='Θεσσαλονίκη')
T('pylaia', 'Πυλαία', 'Πυλαίας', 'Θεσσαλονίκη', KM, '55535', '2310', 'THE', 4, 'suburb',
  muni='Πυλαία-Χορτιάτης', metro='Θεσσαλονίκη', doy='Καλαμαριάς')
T('panorama', 'Πανόραμα', 'Πανοράματος', 'Θεσσαλονίκη', KM, '55236', '2310', 'THE', 3, 'suburb',
  muni='Πυλαία-Χορτιάτης', metro='Θεσσαλονίκη', doy='Καλαμαριάς')
T('thermi', 'Θέρμη', 'Θέρμης', 'Θεσσαλονίκη', KM, '57001', '2310', 'THE', 4, 'suburb',
  muni='Δήμος Θέρμης', metro='Θεσσαλονίκη', doy="Ζ' Θεσσαλονίκης")
T('evosmos', 'Εύοσμος', 'Ευόσμου', 'Θεσσαλονίκη', KM, '56224', '2310', 'THE', 6, 'suburb',
  muni='Κορδελιό-Εύοσμος', metro='Θεσσαλονίκη', doy='Αμπελοκήπων')
T('kordelio', 'Κορδελιό', 'Κορδελιού', 'Θεσσαλονίκη', KM, '56334', '2310', 'THE', 3, 'suburb',
  muni='Κορδελιό-Εύοσμος', metro='Θεσσαλονίκη', doy='Αμπελοκήπων')
T('stavroupoli', 'Σταυρούπολη', 'Σταυρούπολης', 'Θεσσαλονίκη', KM, '56430', '2310', 'THE', 4,
  'suburb', muni='Παύλος Μελάς', metro='Θεσσαλονίκη', doy='Αμπελοκήπων')
T('polichni', 'Πολίχνη', 'Πολίχνης', 'Θεσσαλονίκη', KM, '56533', '2310', 'THE', 3, 'suburb',
  muni='Παύλος Μελάς', metro='Θεσσαλονίκη', doy='Αμπελοκήπων')
T('neapoli', 'Νεάπολη', 'Νεάπολης', 'Θεσσαλονίκη', KM, '56728', '2310', 'THE', 3, 'suburb',
  muni='Νεάπολη-Συκιές', metro='Θεσσαλονίκη', doy='Νεάπολης Θεσσαλονίκης')
T('sykies', 'Συκιές', 'Συκεών', 'Θεσσαλονίκη', KM, '56626', '2310', 'THE', 2, 'suburb',
  muni='Νεάπολη-Συκιές', metro='Θεσσαλονίκη', doy='Νεάπολης Θεσσαλονίκης')
T('ampelokipoi', 'Αμπελόκηποι', 'Αμπελοκήπων', 'Θεσσαλονίκη', KM, '56121', '2310', 'THE', 3,
  'suburb', muni='Αμπελόκηποι-Μενεμένη', metro='Θεσσαλονίκη', doy='Αμπελοκήπων')
T('menemeni', 'Μενεμένη', 'Μενεμένης', 'Θεσσαλονίκη', KM, '54628', '2310', 'THE', 2, 'suburb',
  muni='Αμπελόκηποι-Μενεμένη', metro='Θεσσαλονίκη', doy='Αμπελοκήπων')
T('oraiokastro', 'Ωραιόκαστρο', 'Ωραιοκάστρου', 'Θεσσαλονίκη', KM, '57013', '2310', 'THE', 3,
  'suburb', doy='Αμπελοκήπων')
T('peraia', 'Περαία', 'Περαίας', 'Θεσσαλονίκη', KM, '57019', '23920', 'THE', 3, 'suburb',
  muni='Θερμαϊκός', doy='Καλαμαριάς')
T('michaniona', 'Νέα Μηχανιώνα', 'Νέας Μηχανιώνας', 'Θεσσαλονίκη', KM, '57004', '23920', 'THE',
  2, 'town', muni='Θερμαϊκός', doy='Καλαμαριάς')
T('epanomi', 'Επανομή', 'Επανομής', 'Θεσσαλονίκη', KM, '57500', '23920', 'THE', 2, 'town',
  muni='Θερμαϊκός', doy='Καλαμαριάς')
T('sindos', 'Σίνδος', 'Σίνδου', 'Θεσσαλονίκη', KM, '57022', '2310', 'THE', 3, 'town',
  muni='Δήμος Δέλτα', doy='Ιωνίας Θεσσαλονίκης')
T('kalochori', 'Καλοχώρι', 'Καλοχωρίου', 'Θεσσαλονίκη', KM, '57009', '2310', 'THE', 2, 'town',
  muni='Δήμος Δέλτα', doy='Ιωνίας Θεσσαλονίκης')
T('chalastra', 'Χαλάστρα', 'Χαλάστρας', 'Θεσσαλονίκη', KM, '57300', '23910', 'THE', 1, 'village',
  muni='Δήμος Δέλτα', doy='Ιωνίας Θεσσαλονίκης')
T('lagkadas', 'Λαγκαδάς', 'Λαγκαδά', 'Θεσσαλονίκη', KM, '57200', '23940', 'THE', 2, 'town')
T('asvestochori', 'Ασβεστοχώρι', 'Ασβεστοχωρίου', 'Θεσσαλονίκη', KM, '57010', '2310', 'THE', 1,
  'village', muni='Πυλαία-Χορτιάτης', doy='Καλαμαριάς')
T('chortiatis', 'Χορτιάτης', 'Χορτιάτη', 'Θεσσαλονίκη', KM, '57010', '2310', 'THE', 1,
  'village', muni='Πυλαία-Χορτιάτης', doy='Καλαμαριάς')
T('moudania', 'Νέα Μουδανιά', 'Νέων Μουδανιών', 'Χαλκιδική', KM, '63200', '23730', 'THE', 2,
  'town')
T('polygyros', 'Πολύγυρος', 'Πολυγύρου', 'Χαλκιδική', KM, '63100', '23710', 'THE', 1, 'town')
T('kallithea_ch', 'Καλλιθέα', 'Καλλιθέας', 'Χαλκιδική', KM, '63077', '23740', 'THE', 1,
  'resort', doy='Κασσάνδρας')
T('pefkochori', 'Πευκοχώρι', 'Πευκοχωρίου', 'Χαλκιδική', KM, '63085', '23740', 'THE', 1,
  'resort', doy='Κασσάνδρας')
T('marmaras', 'Νέος Μαρμαράς', 'Νέου Μαρμαρά', 'Χαλκιδική', KM, '63081', '23750', 'THE', 1,
  'resort', doy='Πολυγύρου')
T('nikiti', 'Νικήτη', 'Νικήτης', 'Χαλκιδική', KM, '63088', '23750', 'THE', 1, 'resort',
  doy='Πολυγύρου')
T('kilkis', 'Κιλκίς', 'Κιλκίς', 'Κιλκίς', KM, '61100', '23410', 'THE', 2, 'town')
T('katerini', 'Κατερίνη', 'Κατερίνης', 'Πιερία', KM, '60100', '23510', 'THE', 3, 'town')
T('paralia', 'Παραλία Κατερίνης', 'Παραλίας Κατερίνης', 'Πιερία', KM, '60100', '23510', 'THE',
  1, 'resort', doy='Κατερίνης')
T('leptokarya', 'Λεπτοκαρυά', 'Λεπτοκαρυάς', 'Πιερία', KM, '60063', '23520', 'THE', 1, 'resort',
  doy='Κατερίνης')
T('veroia', 'Βέροια', 'Βέροιας', 'Ημαθία', KM, '59100', '23310', 'THE', 2, 'town')
T('serres', 'Σέρρες', 'Σερρών', 'Σέρρες', KM, '62121 62122 62123 62124', '23210', 'THE', 2,
  'town', doy="Α' Σερρών")
T('giannitsa', 'Γιαννιτσά', 'Γιαννιτσών', 'Πέλλα', KM, '58100', '23820', 'THE', 1, 'town')
T('edessa', 'Έδεσσα', 'Έδεσσας', 'Πέλλα', KM, '58200', '23810', 'THE', 1, 'town')
# --- Larissa branch
T('larisa', 'Λάρισα', 'Λάρισας', 'Λάρισα', TH, '41221 41222 41223 41334 41335 41336', '2410',
  'LAR', 14, 'city', en='Larissa', doy="Α' Λάρισας")
T('tyrnavos', 'Τύρναβος', 'Τυρνάβου', 'Λάρισα', TH, '40100', '24920', 'LAR', 3, 'town')
T('agia', 'Αγιά', 'Αγιάς', 'Λάρισα', TH, '40003', '24940', 'LAR', 1, 'town', doy="Β' Λάρισας")
T('farsala', 'Φάρσαλα', 'Φαρσάλων', 'Λάρισα', TH, '40300', '24910', 'LAR', 2, 'town')
T('elassona', 'Ελασσόνα', 'Ελασσόνας', 'Λάρισα', TH, '40200', '24930', 'LAR', 2, 'town')
T('giannouli', 'Γιάννουλη', 'Γιάννουλης', 'Λάρισα', TH, '41500', '2410', 'LAR', 2, 'village',
  muni='Δήμος Λαρισαίων', doy="Α' Λάρισας")
T('damasi', 'Δαμάσι', 'Δαμασίου', 'Λάρισα', TH, '40100', '24920', 'LAR', 1, 'village',
  muni='Δήμος Τυρνάβου', doy='Τυρνάβου')
T('ampelonas', 'Αμπελώνας', 'Αμπελώνα', 'Λάρισα', TH, '40400', '24920', 'LAR', 1, 'village',
  muni='Δήμος Τυρνάβου', doy='Τυρνάβου')
T('trikala', 'Τρίκαλα', 'Τρικάλων', 'Τρίκαλα', TH, '42131 42132', '24310', 'LAR', 4, 'town')
T('karditsa', 'Καρδίτσα', 'Καρδίτσας', 'Καρδίτσα', TH, '43131 43132', '24410', 'LAR', 3, 'town')
T('volos', 'Βόλος', 'Βόλου', 'Μαγνησία', TH, '38221 38222 38333 38334', '24210', 'LAR', 5,
  'city', doy="Α' Βόλου")
# --- Kavala branch
T('kavala', 'Καβάλα', 'Καβάλας', 'Καβάλα', AMT, '65302 65403 65404', '2510', 'KAV', 8, 'city')
T('karvali', 'Νέα Καρβάλη', 'Νέας Καρβάλης', 'Καβάλα', AMT, '64006', '2510', 'KAV', 1,
  'village', doy='Καβάλας')
T('peramos', 'Νέα Πέραμος', 'Νέας Περάμου', 'Καβάλα', AMT, '64007', '25940', 'KAV', 1,
  'village', doy='Καβάλας')
T('chrysoupoli', 'Χρυσούπολη', 'Χρυσούπολης', 'Καβάλα', AMT, '64200', '25910', 'KAV', 1, 'town')
T('eleftheroupoli', 'Ελευθερούπολη', 'Ελευθερούπολης', 'Καβάλα', AMT, '64300', '25920', 'KAV', 1,
  'town')
T('limenas', 'Θάσος', 'Θάσου', 'Θάσος', AMT, '64004', '25930', 'KAV', 1, 'resort')
T('limenaria', 'Λιμενάρια', 'Λιμεναρίων', 'Θάσος', AMT, '64002', '25930', 'KAV', 1, 'resort',
  doy='Θάσου')
T('drama', 'Δράμα', 'Δράμας', 'Δράμα', AMT, '66131 66132 66133', '25210', 'KAV', 3, 'town')
T('xanthi', 'Ξάνθη', 'Ξάνθης', 'Ξάνθη', AMT, '67131 67132 67133', '25410', 'KAV', 3, 'town')
# --- Ioannina branch
T('ioannina', 'Ιωάννινα', 'Ιωαννίνων', 'Ιωάννινα', EP, '45221 45332 45333 45444 45445', '2651',
  'IOA', 10, 'city')
T('konitsa', 'Κόνιτσα', 'Κόνιτσας', 'Ιωάννινα', EP, '44100', '26550', 'IOA', 1, 'town')
T('metsovo', 'Μέτσοβο', 'Μετσόβου', 'Ιωάννινα', EP, '44200', '26560', 'IOA', 1, 'resort')
T('arta', 'Άρτα', 'Άρτας', 'Άρτα', EP, '47131 47132', '26810', 'IOA', 3, 'town')
T('preveza', 'Πρέβεζα', 'Πρέβεζας', 'Πρέβεζα', EP, '48100', '26820', 'IOA', 2, 'town')
T('igoumenitsa', 'Ηγουμενίτσα', 'Ηγουμενίτσας', 'Θεσπρωτία', EP, '46100', '26650', 'IOA', 2,
  'town')
T('parga', 'Πάργα', 'Πάργας', 'Πρέβεζα', EP, '48060', '26840', 'IOA', 1, 'resort',
  doy='Πρέβεζας')
# --- Athens branch (Peristeri)
T('peristeri', 'Περιστέρι', 'Περιστερίου', 'Δυτικός Τομέας Αθηνών', AT,
  '12131 12132 12133 12134 12135 12136 12137', '210', 'ATH', 9, 'city', metro='Αθήνα')
T('athina', 'Αθήνα', 'Αθηνών', 'Κεντρικός Τομέας Αθηνών', AT,
  '10431 10432 10433 10434 10435 10436 10437 10438 10439 10440 10441 10442 10443 10444 '
  '11141 11142 11143 11144 11251 11252 11253 11254 11255 11361 11362 11363 11471 11472 '
  '11473 11474 11475 11476', '210', 'ATH', 8, 'city', en='Athens', doy="Α' Αθηνών")
T('aigaleo', 'Αιγάλεω', 'Αιγάλεω', 'Δυτικός Τομέας Αθηνών', AT, '12241 12242 12243 12244', '210',
  'ATH', 4, 'suburb', metro='Αθήνα')
T('chaidari', 'Χαϊδάρι', 'Χαϊδαρίου', 'Δυτικός Τομέας Αθηνών', AT, '12461 12462', '210', 'ATH',
  2, 'suburb', metro='Αθήνα', doy='Αιγάλεω')
T('petroupoli', 'Πετρούπολη', 'Πετρούπολης', 'Δυτικός Τομέας Αθηνών', AT, '13231', '210', 'ATH',
  2, 'suburb', metro='Αθήνα', doy='Περιστερίου')
T('ilion', 'Ίλιον', 'Ιλίου', 'Δυτικός Τομέας Αθηνών', AT, '13121 13122 13123', '210', 'ATH', 3,
  'suburb', metro='Αθήνα')
T('agvarvara', 'Αγία Βαρβάρα', 'Αγίας Βαρβάρας', 'Δυτικός Τομέας Αθηνών', AT, '12351', '210',
  'ATH', 1, 'suburb', metro='Αθήνα', doy='Αιγάλεω')
T('kamatero', 'Καματερό', 'Καματερού', 'Δυτικός Τομέας Αθηνών', AT, '13451', '210', 'ATH', 1,
  'suburb', metro='Αθήνα', doy='Ιλίου')
T('acharnes', 'Αχαρνές', 'Αχαρνών', 'Ανατολική Αττική', AT,
  '13671 13672 13673 13674 13675 13676 13677', '210', 'ATH', 3, 'suburb')
T('nikaia', 'Νίκαια', 'Νίκαιας', 'Πειραιάς', AT, '18450 18451 18452 18453 18454', '210', 'ATH',
  2, 'suburb', metro='Πειραιάς')
T('peiraias', 'Πειραιάς', 'Πειραιά', 'Πειραιάς', AT,
  '18531 18532 18533 18534 18535 18536 18537 18538 18539 18540 18541 18542 18543 18544 18545',
  '210', 'ATH', 3, 'city', en='Piraeus', doy="Α' Πειραιά")
T('kallithea_at', 'Καλλιθέα', 'Καλλιθέας', 'Νότιος Τομέας Αθηνών', AT,
  '17671 17672 17673 17674 17675 17676', '210', 'ATH', 2, 'suburb', metro='Αθήνα')
T('marousi', 'Μαρούσι', 'Αμαρουσίου', 'Βόρειος Τομέας Αθηνών', AT, '15122 15123 15124 15125',
  '210', 'ATH', 2, 'suburb', metro='Αθήνα')
T('aspropyrgos', 'Ασπρόπυργος', 'Ασπροπύργου', 'Δυτική Αττική', AT, '19300', '210', 'ATH', 2,
  'town', doy='Ελευσίνας')
T('elefsina', 'Ελευσίνα', 'Ελευσίνας', 'Δυτική Αττική', AT, '19200', '210', 'ATH', 1, 'town')
T('megara', 'Μέγαρα', 'Μεγάρων', 'Δυτική Αττική', AT, '19100', '22960', 'ATH', 1, 'town')

BRANCH_TOWN = {'THE': 'thessaloniki', 'LAR': 'larisa', 'KAV': 'kavala', 'IOA': 'ioannina',
               'ATH': 'peristeri'}
AREA_CODES = sorted({t['area'] for t in TOWNS.values()}, key=lambda a: (-len(a), a))
RESORTS = [k for k in TOWN_ORDER if TOWNS[k]['kind'] == 'resort']
VILLAGE_KEYS = [k for k in TOWN_ORDER if TOWNS[k]['kind'] == 'village']

STREETS_GENERIC = [
    'Ελευθερίου Βενιζέλου', 'Κολοκοτρώνη', 'Ερμού', 'Αριστοτέλους', 'Πλάτωνος', 'Σωκράτους',
    'Καραϊσκάκη', 'Μάρκου Μπότσαρη', 'Κανάρη', 'Μιαούλη', 'Ναυαρίνου', '25ης Μαρτίου',
    '28ης Οκτωβρίου', 'Ηρώων Πολυτεχνείου', 'Ιπποκράτους', 'Γρηγορίου Λαμπράκη', 'Κύπρου',
    'Ελευθερίας', 'Δημοκρατίας', 'Αγίας Σοφίας', 'Αγίου Νικολάου', 'Αγίου Γεωργίου',
    'Αγίας Τριάδος', 'Μεγάλου Αλεξάνδρου', 'Παύλου Μελά', 'Ίωνος Δραγούμη', 'Φιλίππου', 'Ομήρου',
    'Αθηνάς', 'Σμύρνης', 'Καποδιστρίου', 'Τρικούπη', 'Θεμιστοκλέους', 'Περικλέους', 'Ευριπίδου',
    'Σοφοκλέους', 'Αισχύλου', 'Πινδάρου', 'Ανδρέα Παπανδρέου', 'Γεωργίου Παπανδρέου',
    'Εθνικής Αντιστάσεως', 'Κωνσταντινουπόλεως', 'Μακεδονίας', 'Ολύμπου', 'Πόντου',
    'Ανατολικής Θράκης', 'Αγίου Δημητρίου', 'Δημητρίου Γούναρη', 'Στρατηγού Μακρυγιάννη',
    'Αλεξάνδρου Σβώλου', 'Ρήγα Φεραίου', 'Αδριανουπόλεως', 'Βυζαντίου', 'Κομνηνών',
    'Ερυθρού Σταυρού', 'Νικολάου Πλαστήρα', 'Χαλκιδικής', 'Αγίου Αθανασίου', 'Μιχαήλ Ψελλού',
    'Ξάνθου', 'Ευαγγελιστρίας', 'Αναλήψεως', 'Κηφισίας', 'Ηπείρου', 'Κρήτης', 'Σαλαμίνος',
    'Μαραθώνος', 'Θερμοπυλών', 'Ψαρρών', 'Ανθέων', 'Ιασωνίδου', 'Καλλιδρομίου']
STREETS_TOWN = {
    'thessaloniki': ['Εγνατίας', 'Τσιμισκή', 'Βασιλίσσης Όλγας', 'Λαγκαδά', 'Μοναστηρίου',
                     'Κασσάνδρου', 'Δελφών', 'Παπαναστασίου', 'Μητροπόλεως', 'Φράγκων',
                     'Ανδρέου Γεωργίου', 'Κωνσταντίνου Καραμανλή', 'Μαρασλή', 'Κλεάνθους',
                     'Ιουστινιανού', 'Αγίου Δημητρίου', 'Ολυμπιάδος', 'Βούλγαρη'],
    'kalamaria': ['Εθνικής Αντιστάσεως', 'Μεταμορφώσεως', 'Κομνηνών', 'Πόντου', 'Σοφούλη',
                  'Αιγαίου', 'Καραολή Δημητρίου', 'Ηπείρου'],
    'evosmos': ['Κασταμονής', 'Μεγάλου Αλεξάνδρου', 'Ομονοίας', 'Ελευθερίου Βενιζέλου'],
    'sindos': ['ΒΙ.ΠΕ. Σίνδου Ο.Τ.'],
    'kalochori': ['ΒΙ.ΠΕ. Καλοχωρίου Ο.Τ.'],
    'larisa': ['Παπαναστασίου', 'Κύπρου', 'Φαρσάλων', 'Βόλου', 'Τρικάλων', 'Κουμουνδούρου',
               'Ηρώων Πολυτεχνείου', 'Ιουλιανού', 'Παπακυριαζή', 'Μανδηλαρά', 'Ασκληπιού',
               'Ρούσβελτ', 'Ηπείρου', 'Γεωργιάδου'],
    'kavala': ['Ομονοίας', 'Ερυθρού Σταυρού', 'Εθνικής Αντιστάσεως', 'Κουντουριώτου', 'Φιλίππου',
               'Καραολή Δημητρίου', 'Βενιζέλου', 'Αμύντα', 'Ιακώβου Καμπανέλλη'],
    'ioannina': ['Δωδώνης', 'Ναπολέοντος Ζέρβα', 'Πυρσινέλλα', 'Μιχαήλ Αγγέλου', 'Αβέρωφ',
                 'Χαριλάου Τρικούπη', 'Σταύρου Νιάρχου', 'Μπιζανίου', 'Κατσαντώνη'],
    'peristeri': ['Παναγή Τσαλδάρη', 'Θηβών', 'Εθνάρχου Μακαρίου', 'Αγίου Βασιλείου',
                  'Κωνσταντινουπόλεως', 'Ανδρέα Παπανδρέου', 'Αγίου Αντωνίου', 'Πελοποννήσου',
                  'Κηφισού', 'Χρυσοστόμου Σμύρνης'],
    'athina': ['Πατησίων', 'Αχαρνών', 'Πειραιώς', 'Αγίου Μελετίου', 'Ιερά Οδός', 'Αγίου Κωνσταντίνου',
               'Μάρνη', 'Σταδίου', 'Ακαδημίας'],
    'aigaleo': ['Ιερά Οδός', 'Θηβών', 'Κρήτης', 'Αγίου Σπυρίδωνος'],
}
STREETS_VILLAGE = ['Κεντρική', 'Αγίου Αθανασίου', 'Ελευθερίας', 'Ηρώων', 'Σχολείου',
                   'Αγίου Γεωργίου', 'Εκκλησίας']


# =============================================================================================
# people (invented combinations of common Greek names)
# =============================================================================================
def _mk_names(rows):
    out = []
    for row in rows:
        f, c, n, e, g = (row + (None,))[:5]
        out.append(dict(f=f, c=c, n=[x for x in n.split('|') if x], e=e, g=g))
    return out


MALE = _mk_names([
    ('Γεώργιος', 'Γιώργος', 'Γιωργάκης|Γιώργης', 'George', 'Γεωργίου'),
    ('Ιωάννης', 'Γιάννης', 'Γιαννάκης|Γιάννος', 'John', 'Ιωάννου'),
    ('Κωνσταντίνος', 'Κώστας', 'Ντίνος|Κωστάκης', 'Constantine', 'Κωνσταντίνου'),
    ('Δημήτριος', 'Δημήτρης', 'Μήτσος|Τάκης|Μίμης', 'Jim', 'Δημητρίου'),
    ('Νικόλαος', 'Νίκος', 'Νικολάκης|Νικολής', 'Nick', 'Νικολάου'),
    ('Παναγιώτης', 'Παναγιώτης', 'Τάκης|Πάνος|Γιώτης', 'Peter', 'Παναγιώτη'),
    ('Βασίλειος', 'Βασίλης', 'Βάσος|Λάκης', 'Bill', 'Βασιλείου'),
    ('Χρήστος', 'Χρήστος', 'Χρηστάκης|Τάκης', 'Chris', 'Χρήστου'),
    ('Αθανάσιος', 'Θανάσης', 'Σάκης|Θάνος', '', 'Αθανασίου'),
    ('Μιχαήλ', 'Μιχάλης', 'Μιχαλάκης|Μίχος', 'Michael', 'Μιχαήλ'),
    ('Ευάγγελος', 'Βαγγέλης', 'Βάγγος|Λάκης', '', 'Ευαγγέλου'),
    ('Αναστάσιος', 'Τάσος', 'Τασούλης', '', 'Αναστασίου'),
    ('Σπυρίδων', 'Σπύρος', 'Σπυράκος', '', 'Σπυρίδωνος'),
    ('Αντώνιος', 'Αντώνης', 'Αντωνάκης|Τόνης', 'Tony', 'Αντωνίου'),
    ('Ηλίας', 'Ηλίας', 'Λιάς', 'Elias', 'Ηλία'),
    ('Στέφανος', 'Στέφανος', 'Στεφανάκης', 'Steve', 'Στεφάνου'),
    ('Θεόδωρος', 'Θοδωρής', 'Θόδωρος|Θοδωράκης', 'Ted', 'Θεοδώρου'),
    ('Απόστολος', 'Αποστόλης', 'Τόλης', '', 'Αποστόλου'),
    ('Εμμανουήλ', 'Μανώλης', 'Μάνος', 'Manos', 'Εμμανουήλ'),
    ('Αλέξανδρος', 'Αλέξανδρος', 'Αλέκος|Αλέξης', 'Alex', 'Αλεξάνδρου'),
    ('Σταύρος', 'Σταύρος', 'Σταυράκης', '', 'Σταύρου'),
    ('Πέτρος', 'Πέτρος', 'Πετράκης', 'Peter', 'Πέτρου'),
    ('Χαράλαμπος', 'Χάρης', 'Μπάμπης|Λάμπης', 'Harry', 'Χαραλάμπους'),
    ('Στυλιανός', 'Στέλιος', 'Στελάκης', '', 'Στυλιανού'),
    ('Σωτήριος', 'Σωτήρης', 'Σωτός', '', 'Σωτηρίου'),
    ('Ανδρέας', 'Αντρέας', 'Αντρίκος', 'Andrew', 'Ανδρέα'),
    ('Διονύσιος', 'Διονύσης', 'Νιόνιος', 'Dennis', 'Διονυσίου'),
    ('Κυριάκος', 'Κυριάκος', 'Κούλης', '', 'Κυριάκου'),
    ('Φώτιος', 'Φώτης', 'Φωτάκης', '', 'Φωτίου'),
    ('Λάμπρος', 'Λάμπρος', 'Λάμπης', '', 'Λάμπρου'),
    ('Ευστάθιος', 'Στάθης', 'Σταθάκης', '', 'Ευσταθίου'),
    ('Πρόδρομος', 'Πρόδρομος', 'Μάκης', '', 'Προδρόμου'),
    ('Ιορδάνης', 'Ιορδάνης', 'Δάνης', '', 'Ιορδάνη'),
    ('Σάββας', 'Σάββας', 'Σαββάκης', '', 'Σάββα'),
    ('Παύλος', 'Παύλος', 'Παυλάκης', 'Paul', 'Παύλου'),
    ('Ευθύμιος', 'Θύμιος', 'Μάκης', '', 'Ευθυμίου'),
    ('Ζήσης', 'Ζήσης', '', '', 'Ζήση'),
    ('Ταξιάρχης', 'Ταξιάρχης', 'Τάκης', '', 'Ταξιάρχη'),
    ('Περικλής', 'Περικλής', 'Πέρης', '', 'Περικλή'),
    ('Άγγελος', 'Άγγελος', 'Αγγελάκης', '', 'Αγγέλου'),
    ('Ιωσήφ', 'Ιωσήφ', 'Σήφης', 'Joseph', 'Ιωσήφ'),
    ('Γρηγόριος', 'Γρηγόρης', 'Γόλης', 'Greg', 'Γρηγορίου'),
])
FEMALE = _mk_names([
    ('Μαρία', 'Μαρία', 'Μαίρη|Μαρούλα', 'Mary'),
    ('Ελένη', 'Ελένη', 'Λένα|Έλενα', 'Helen'),
    ('Αικατερίνη', 'Κατερίνα', 'Κατίνα|Κέτη|Ρίνα', 'Catherine'),
    ('Βασιλική', 'Βασιλική', 'Βάσω|Βίκυ|Κούλα', 'Vicky'),
    ('Σοφία', 'Σοφία', 'Σόφη', 'Sophie'),
    ('Αναστασία', 'Αναστασία', 'Νατάσα|Τασούλα|Σία', ''),
    ('Ευαγγελία', 'Ευαγγελία', 'Βαγγελιώ|Λίτσα|Εύα', 'Eva'),
    ('Γεωργία', 'Γεωργία', 'Γωγώ', 'Georgia'),
    ('Δήμητρα', 'Δήμητρα', 'Μίμη', ''),
    ('Ειρήνη', 'Ειρήνη', 'Ρένα', 'Irene'),
    ('Παναγιώτα', 'Γιώτα', 'Νότα|Πέγκυ', 'Peggy'),
    ('Χριστίνα', 'Χριστίνα', 'Τίνα', 'Christine'),
    ('Κωνσταντίνα', 'Κωνσταντίνα', 'Ντίνα', 'Dina'),
    ('Αθανασία', 'Σούλα', 'Νάσια', ''),
    ('Αγγελική', 'Αγγελική', 'Κική|Λίνα', 'Angela'),
    ('Ευγενία', 'Ευγενία', 'Τζένη', 'Jenny'),
    ('Παρασκευή', 'Παρασκευή', 'Βούλα|Εύη', 'Evi'),
    ('Σταυρούλα', 'Σταυρούλα', 'Βούλα|Ρούλα', ''),
    ('Αλεξάνδρα', 'Αλεξάνδρα', 'Αλέκα|Σάντρα', 'Alexandra'),
    ('Θεοδώρα', 'Θεοδώρα', 'Δώρα', 'Dora'),
    ('Χρυσούλα', 'Χρυσούλα', 'Χρύσα|Σούλα', ''),
    ('Ζωή', 'Ζωή', 'Ζωίτσα', 'Zoe'),
    ('Δέσποινα', 'Δέσποινα', 'Νένα', 'Despina'),
    ('Φωτεινή', 'Φωτεινή', 'Φαίη|Φώφη', 'Faye'),
    ('Ιωάννα', 'Ιωάννα', 'Γιάννα', 'Joanna'),
    ('Όλγα', 'Όλγα', '', 'Olga'),
    ('Στυλιανή', 'Στέλλα', 'Στελίτσα', 'Stella'),
    ('Ευανθία', 'Ευανθία', 'Έφη|Ανθή', 'Effie'),
    ('Κυριακή', 'Κυριακή', 'Κούλα|Κική', ''),
    ('Ευτυχία', 'Ευτυχία', 'Έφη|Τούλα', ''),
])
SURNAMES = (
    'Παπαδόπουλος Παπαγεωργίου Οικονόμου Γεωργίου Νικολάου Ιωάννου Δημητρίου Παπανικολάου '
    'Κωνσταντινίδης Γεωργιάδης Παπαδάκης Βασιλείου Αθανασίου Χατζηγεωργίου Μαυρίδης Καραγιάννης '
    'Πετρίδης Αντωνίου Μακρής Λαζαρίδης Ιωαννίδης Παναγιωτόπουλος Αλεξίου Θεοδωρίδης Κυριακίδης '
    'Σαββίδης Τσολάκης Ζαφειρίου Χριστοδούλου Αναστασίου Μιχαηλίδης Πολυχρονίδης Καλαϊτζής '
    'Τσακίρης Μπαλτάς Ζαχαρίου Καραγιαννίδης Σταυρίδης Παπαϊωάννου Κουτσούκος Ραπτόπουλος '
    'Αργυρόπουλος Σιδηρόπουλος Μητσόπουλος Κατσαρός Γκότσης Ντόκος Τζιόλας Ζώης Τσούμας '
    'Γιαννακόπουλος Κοντογιάννης Τσίγκας Μπάκας Νάκος Ρίζος Γκούμας Παππάς Μπατζιάκας Τσιάρας '
    'Γκανάτσιος Σαχινίδης Τοπαλίδης Παυλίδης Κεσίδης Μουρατίδης Ανθόπουλος Πασχαλίδης '
    'Εμμανουηλίδης Κεχαγιάς Τερζής Καζαντζίδης Κωνσταντόπουλος Αλεξόπουλος Μαρκόπουλος '
    'Σπυρόπουλος Δημόπουλος Πετρόπουλος Σταθόπουλος Κοτσώνης Λιάπης Μαυρομμάτης Φραγκιαδάκης '
    'Μανωλάκης Δασκαλάκης Πανάγος Μπούρας Σκούρας Γιαννόπουλος Βλάχος Μαργαρίτης Τζαννετάκης '
    'Καρράς Χατζηδάκης Αποστολίδης Τριανταφυλλίδης Κουκουλάκης Χασάπης Ξανθόπουλος Φωτιάδης '
    'Αδαμίδης Κοσμίδης Τσιαμπάς Γούσιος Μπέλλος Στεργίου Ντάλλας Καραμήτσος Μπίτσιος Ζιώγας '
    'Φλώρος Δούκας Ρούσσος Σαρρής Ζυγούρης Γαλάνης Κουτσογιάννης Μπαρμπούτης Λάμπρου Τσιρίγος '
    'Χατζής Ευθυμίου Σαμαράς Πούλιος Γκαβαλάς Κυριαζής Μόσχος Καλογεράκης Νταής Μουστάκας '
    'Τσότσος Μπουκουβάλας Καρανίκας Ζαρκάδας Παλαιολόγος Κουτσοβασίλης Μπακαλάκος Καψάλης').split()


def fem_surname(s):
    if s.endswith('όπουλος'):
        return s[:-7] + 'οπούλου'
    for a, b in (('ίδης', 'ίδου'), ('άδης', 'άδου'), ('άκης', 'άκη'), ('ής', 'ή'), ('ης', 'η'),
                 ('άς', 'ά'), ('ας', 'α'), ('ός', 'ού'), ('ος', 'ου')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def gen_surname(s):
    """masculine genitive, as in ΑΦΟΙ ΚΑΡΑΓΙΑΝΝΗ / ΘΕΡΜΟΫΔΡΑΥΛΙΚΗ ΠΑΠΑΔΟΠΟΥΛΟΥ"""
    if s.endswith('όπουλος'):
        return s[:-7] + 'οπούλου'
    for a, b in (('ίδης', 'ίδη'), ('άδης', 'άδη'), ('άκης', 'άκη'), ('ής', 'ή'), ('ης', 'η'),
                 ('άς', 'ά'), ('ας', 'α'), ('ός', 'ού'), ('ος', 'ου')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


TRADE_INSTALLER = ['Υδραυλικός', 'Υδραυλικές Εγκαταστάσεις', 'Θερμοϋδραυλικός',
                   'Θερμοϋδραυλικές Εργασίες', 'Εγκαταστάσεις Θέρμανσης', 'Υδραυλικός - Θερμικός',
                   'Κλιματισμός - Θέρμανση', 'Τεχνικός Καυστήρων', 'Υδραυλικά - Αποχετεύσεις']
TRADE_BUILDER = ['Οικοδομικές Εργασίες', 'Ανακαινίσεις', 'Κατασκευές', 'Εργολάβος Οικοδομών',
                 'Ανακαινίσεις Μπάνιου']
TRADE_ENGINEER = ['Μηχανολόγος Μηχανικός', 'Πολιτικός Μηχανικός', 'Αρχιτέκτων Μηχανικός',
                  'Ηλεκτρολόγος Μηχανικός']
TITLE_WORDS = ['ΘΕΡΜΟΫΔΡΑΥΛΙΚΗ', 'ΥΔΡΑΥΛΙΚΑ', 'ΘΕΡΜΟΤΕΧΝΙΚΗ', 'ΥΔΡΟΘΕΡΜΑΝΣΕΙΣ', 'ΚΛΙΜΑΤΙΣΜΟΣ',
               'ΚΑΥΣΤΗΡΕΣ', 'ΑΝΑΚΑΙΝΙΣΕΙΣ']

# =============================================================================================
# firms (invented)
# =============================================================================================
WORD_A = ['ΘΕΡΜΟΫΔΡΑΥΛΙΚΗ', 'ΥΔΡΟΤΕΧΝΙΚΗ', 'ΘΕΡΜΟΤΕΧΝΙΚΗ', 'ΕΝΕΡΓΕΙΑΚΗ', 'ΥΔΡΟΘΕΡΜΙΚΗ',
          'ΚΛΙΜΑΤΙΣΤΙΚΗ', 'ΤΕΧΝΙΚΗ', 'ΔΟΜΙΚΗ', 'ΕΜΠΟΡΙΚΗ', 'ΜΗΧΑΝΟΛΟΓΙΚΗ', 'ΑΝΑΚΑΙΝΙΣΤΙΚΗ',
          'ΥΔΡΑΥΛΙΚΗ', 'ΘΕΡΜΑΝΣΕΙΣ', 'ΗΛΙΑΚΑ ΣΥΣΤΗΜΑΤΑ', 'ΚΑΥΣΤΗΡΕΣ', 'ΕΙΔΗ ΥΓΙΕΙΝΗΣ',
          'ΕΓΚΑΤΑΣΤΑΣΕΙΣ', 'ΣΩΛΗΝΩΣΕΙΣ']
WORD_B = ['ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ', 'ΜΑΚΕΔΟΝΙΑΣ', 'ΘΕΣΣΑΛΙΑΣ', 'ΗΠΕΙΡΟΥ', 'ΑΙΓΑΙΟΥ', 'ΟΛΥΜΠΟΥ',
          'ΠΙΝΔΟΥ', 'ΘΕΡΜΑΪΚΟΥ', 'ΕΓΝΑΤΙΑΣ', 'ΑΞΙΟΥ', 'ΝΕΣΤΟΥ', 'ΣΤΡΥΜΟΝΑ', 'ΠΗΝΕΙΟΥ',
          'ΑΧΕΛΩΟΥ', 'ΑΤΤΙΚΗΣ', 'ΠΑΓΓΑΙΟΥ', 'ΒΕΡΜΙΟΥ', 'ΚΙΣΣΑΒΟΥ', 'ΧΟΡΤΙΑΤΗ', 'ΠΑΜΒΩΤΙΔΑΣ']
WORD_C = ['ΟΙΚΟΔΟΜΙΚΗ', 'ΚΤΙΡΙΟΔΟΜΙΚΗ', 'ΑΝΑΠΤΥΞΙΑΚΗ', 'ΔΟΜΗ', 'ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ', 'ΕΡΓΟΤΕΧΝΙΚΗ',
          'ΤΕΧΝΙΚΑ ΕΡΓΑ']
BRAND_LA = ['Aqua', 'Hydro', 'Thermo', 'Eco', 'Blue', 'Terra', 'Clima', 'Solar', 'Domi', 'Ideal',
            'Prime', 'Delta', 'Alpha', 'Nova', 'Omega', 'Aero', 'Kyma', 'Helio', 'Iris', 'Axios']
BRAND_LB = ['Therm', 'Tech', 'Service', 'Plus', 'Pro', 'Line', 'Bath', 'Flow', 'Energy',
            'Systems', 'Home', 'Build', 'Care', 'Fix', 'Point', 'Expert', 'Group', 'Heat']
BRAND_GA = ['Θερμο', 'Υδρο', 'Κλιμα', 'Ενεργο', 'Ηλιο', 'Δομο', 'Τεχνο', 'Αερο', 'Αγρο', 'Ακρο']
BRAND_GB = ['δομή', 'κλίμα', 'τεχνική', 'σέρβις', 'ροή', 'λύσεις', 'θέρμ', 'γραμμή', 'σπίτι']
HOTEL_W = ['Aegeon', 'Kyma', 'Galini', 'Akti', 'Porto', 'Elia', 'Ampelos', 'Thalassa', 'Aura',
           'Kalypso', 'Ariadne', 'Naias', 'Sirines', 'Votsalo', 'Ammos', 'Pefko', 'Elafos',
           'Meltemi', 'Lagos', 'Armonia', 'Filoxenia', 'Anemos', 'Asteri', 'Ksenia', 'Limanaki',
           'Dafni', 'Platanos', 'Rodon', 'Kastro', 'Petra']
HOTEL_S = ['Beach Hotel', 'Hotel', 'Suites', 'Resort', 'Palace', 'Boutique Hotel', 'Apartments',
           'Inn', 'Village', 'Studios']
HOTEL_GR = {'Aegeon': 'ΑΙΓΑΙΟΝ', 'Kyma': 'ΚΥΜΑ', 'Galini': 'ΓΑΛΗΝΗ', 'Akti': 'ΑΚΤΗ',
            'Porto': 'ΠΟΡΤΟ', 'Elia': 'ΕΛΙΑ', 'Ampelos': 'ΑΜΠΕΛΟΣ', 'Thalassa': 'ΘΑΛΑΣΣΑ',
            'Aura': 'ΑΥΡΑ', 'Kalypso': 'ΚΑΛΥΨΩ', 'Ariadne': 'ΑΡΙΑΔΝΗ', 'Naias': 'ΝΑΙΑΣ',
            'Sirines': 'ΣΕΙΡΗΝΕΣ', 'Votsalo': 'ΒΟΤΣΑΛΟ', 'Ammos': 'ΑΜΜΟΣ', 'Pefko': 'ΠΕΥΚΟ',
            'Elafos': 'ΕΛΑΦΟΣ', 'Meltemi': 'ΜΕΛΤΕΜΙ', 'Lagos': 'ΛΑΓΟΣ', 'Armonia': 'ΑΡΜΟΝΙΑ',
            'Filoxenia': 'ΦΙΛΟΞΕΝΙΑ', 'Anemos': 'ΑΝΕΜΟΣ', 'Asteri': 'ΑΣΤΕΡΙ', 'Ksenia': 'ΞΕΝΙΑ',
            'Limanaki': 'ΛΙΜΑΝΑΚΙ', 'Dafni': 'ΔΑΦΝΗ', 'Platanos': 'ΠΛΑΤΑΝΟΣ', 'Rodon': 'ΡΟΔΟΝ',
            'Kastro': 'ΚΑΣΤΡΟ', 'Petra': 'ΠΕΤΡΑ'}
CHAINS = [
    dict(stem='ΚΑΛΑΘΙ ΤΡΟΦΙΜΑ', form='ae', brand='Καλάθι Market', dom='kalathi-market.gr',
         towns=['thessaloniki', 'kalamaria', 'evosmos', 'pylaia', 'thermi', 'stavroupoli',
                'neapoli', 'polichni', 'peraia', 'oraiokastro', 'sindos', 'lagkadas',
                'moudania', 'kilkis', 'katerini', 'veroia', 'ampelokipoi', 'sykies', 'epanomi',
                'michaniona', 'kordelio', 'panorama']),
    dict(stem='ΑΦΟΙ ΜΠΕΚΑ', form='abee', brand='Μπέκας Super Market', dom='bekas-sm.gr',
         towns=['larisa', 'tyrnavos', 'farsala', 'elassona', 'agia', 'trikala', 'karditsa',
                'volos', 'giannouli', 'larisa', 'trikala', 'volos', 'larisa', 'karditsa',
                'volos', 'larisa', 'trikala', 'ampelonas', 'damasi', 'larisa', 'volos']),
    dict(stem='ΓΕΙΤΟΝΙΑ ΤΡΟΦΙΜΑ', form='ae', brand='Η Γειτονιά', dom='geitonia-market.gr',
         towns=['peristeri', 'aigaleo', 'ilion', 'petroupoli', 'chaidari', 'agvarvara',
                'kamatero', 'nikaia', 'peiraias', 'acharnes', 'aspropyrgos', 'ioannina',
                'arta', 'preveza', 'kavala', 'drama', 'xanthi', 'peristeri', 'ioannina',
                'kallithea_at', 'marousi']),
]
DEYA = [('thermi', 'Θέρμης'), ('lagkadas', 'Λαγκαδά'), ('oraiokastro', 'Ωραιοκάστρου'),
        ('sindos', 'Δέλτα'), ('panorama', 'Πυλαίας-Χορτιάτη'), ('peraia', 'Θερμαϊκού'),
        ('larisa', 'Λάρισας'), ('tyrnavos', 'Τυρνάβου'), ('agia', 'Αγιάς'),
        ('farsala', 'Φαρσάλων'), ('elassona', 'Ελασσόνας'), ('trikala', 'Τρικάλων'),
        ('karditsa', 'Καρδίτσας'), ('volos', 'Βόλου'), ('kavala', 'Καβάλας'),
        ('eleftheroupoli', 'Παγγαίου'), ('chrysoupoli', 'Νέστου'), ('limenas', 'Θάσου'),
        ('ioannina', 'Ιωαννίνων'), ('konitsa', 'Κόνιτσας'), ('metsovo', 'Μετσόβου'),
        ('arta', 'Άρτας'), ('preveza', 'Πρέβεζας'), ('igoumenitsa', 'Ηγουμενίτσας'),
        ('parga', 'Πάργας'), ('katerini', 'Κατερίνης'), ('veroia', 'Βέροιας'),
        ('kilkis', 'Κιλκίς'), ('serres', 'Σερρών'), ('drama', 'Δράμας'), ('xanthi', 'Ξάνθης'),
        ('giannitsa', 'Πέλλας'), ('edessa', 'Έδεσσας'), ('polygyros', 'Πολυγύρου'),
        ('moudania', 'Νέας Προποντίδας'), ('nikiti', 'Σιθωνίας'), ('megara', 'Μεγαρέων')]
SCHOOL_TYPES = [('Δημοτικό Σχολείο', 'Δημ. Σχ.', 'dim'), ('Νηπιαγωγείο', 'Νηπ.', 'nip'),
                ('Γυμνάσιο', 'Γυμν.', 'gym'), ('Γενικό Λύκειο', 'ΓΕΛ', 'lyk'),
                ('ΕΠΑΛ', 'ΕΠΑΛ', 'epal')]
SAINTS = ['Αγία Μαρίνα', 'Άγιος Στυλιανός', 'Αγία Παρασκευή', 'Άγιος Φανούριος', 'Ταξιάρχες',
          'Άγιος Χαράλαμπος', 'Αγία Άννα', 'Άγιος Ραφαήλ', 'Αγία Αικατερίνη', 'Άγιος Σπυρίδων',
          'Αγία Ελεούσα', 'Άγιος Ευγένιος']
HOSPITAL_TOWNS = ['larisa', 'trikala', 'karditsa', 'volos', 'kavala', 'drama', 'xanthi',
                  'ioannina', 'arta', 'preveza', 'katerini', 'veroia', 'serres', 'kilkis',
                  'giannitsa', 'edessa', 'polygyros', 'thessaloniki', 'nikaia', 'igoumenitsa',
                  'elassona', 'farsala', 'konitsa', 'metsovo', 'chrysoupoli']
FORMS = {
    'oe': dict(dots='Ο.Ε.', nodots='ΟΕ', latin_dots='O.E.', latin='OE', full='ΟΜΟΡΡΥΘΜΗ ΕΤΑΙΡΕΙΑ',
               lower='ο.ε.', en='O.E.'),
    'ee': dict(dots='Ε.Ε.', nodots='ΕΕ', latin_dots='E.E.', latin='EE', full='ΕΤΕΡΟΡΡΥΘΜΗ ΕΤΑΙΡΕΙΑ',
               lower='ε.ε.', en='E.E.'),
    'epe': dict(dots='Ε.Π.Ε.', nodots='ΕΠΕ', latin_dots='E.P.E.', latin='EPE',
                full='ΕΤΑΙΡΕΙΑ ΠΕΡΙΟΡΙΣΜΕΝΗΣ ΕΥΘΥΝΗΣ', lower='ε.π.ε.', en='Ltd'),
    'ike': dict(dots='Ι.Κ.Ε.', nodots='ΙΚΕ', latin_dots='I.K.E.', latin='IKE',
                full='ΙΔΙΩΤΙΚΗ ΚΕΦΑΛΑΙΟΥΧΙΚΗ ΕΤΑΙΡΕΙΑ', lower='ι.κ.ε.', en='P.C.'),
    'ae': dict(dots='Α.Ε.', nodots='ΑΕ', latin_dots='A.E.', latin='AE', full='ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ',
               lower='α.ε.', en='S.A.'),
    'abee': dict(dots='Α.Β.Ε.Ε.', nodots='ΑΒΕΕ', latin_dots='A.B.E.E.', latin='ABEE',
                 full='ΑΝΩΝΥΜΗ ΒΙΟΜΗΧΑΝΙΚΗ ΕΜΠΟΡΙΚΗ ΕΤΑΙΡΕΙΑ', lower='α.β.ε.ε.', en='S.A.'),
    'ate': dict(dots='Α.Τ.Ε.', nodots='ΑΤΕ', latin_dots='A.T.E.', latin='ATE',
                full='ΑΝΩΝΥΜΗ ΤΕΧΝΙΚΗ ΕΤΑΙΡΕΙΑ', lower='α.τ.ε.', en='S.A.'),
}
DOMAINS_FREE = [('gmail.com', 45), ('yahoo.gr', 12), ('hotmail.com', 10), ('otenet.gr', 8),
                ('yahoo.com', 5), ('outlook.com', 5), ('windowslive.com', 3), ('hotmail.gr', 3),
                ('live.com', 3), ('in.gr', 2), ('freemail.gr', 2), ('cosmotemail.gr', 2)]
NOTES = ['ΔΙΠΛΑ ΣΤΟ ΦΑΡΜΑΚΕΙΟ', 'ΑΠΕΝΑΝΤΙ ΑΠΟ ΤΟ ΣΧΟΛΕΙΟ', 'ΠΙΣΩ ΑΠΟ ΤΗΝ ΕΚΚΛΗΣΙΑ',
         'ΕΡΓΟΤΑΞΙΟ - ΡΩΤΗΣΤΕ ΤΟΝ ΕΡΓΟΔΗΓΟ', 'ΚΟΥΔΟΥΝΙ {FAM}', 'ΠΑΡΑΔΟΣΗ ΠΡΩΙ 8-10',
         'ΥΠΟΓΕΙΟ - ΑΠΟΘΗΚΗ', 'ΝΑ ΠΑΡΕΙ ΤΗΛΕΦΩΝΟ ΠΡΙΝ', 'ΕΙΣΟΔΟΣ ΑΠΟ ΤΟ ΠΛΑΪΝΟ ΔΡΟΜΟ',
         'ΠΑΡΑΛΑΒΗ ΑΠΟ ΚΑΤΑΣΤΗΜΑ', 'ΠΑΡΑΓΓΕΛΙΑ ΑΠΟ VIBER', 'ΤΗΛΕΦΩΝΙΚΗ ΠΑΡΑΓΓΕΛΙΑ',
         'ΜΕΤΡΗΤΟΙΣ ΣΤΗΝ ΠΑΡΑΔΟΣΗ', 'ΟΙΚΟΠΕΔΟ ΜΕ ΤΗ ΜΠΛΕ ΠΟΡΤΑ', 'ΑΠΟΘΗΚΗ ΣΤΟ ΒΑΘΟΣ ΤΗΣ ΑΥΛΗΣ']


# =============================================================================================
# the world: invented customers ("truths")
# =============================================================================================
def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def given_entry(p):
    return (MALE if p['gender'] == 'm' else FEMALE)[p['given']]


class World:
    def __init__(self, r):
        self.r = r
        self.afms = set()
        self.phones = set()
        self.emails = set()
        self.domains = set()
        self.stems = set()
        self.eids = set()
        self.deya_used = set()
        self.school_used = set()
        self.hosp_used = set()
        self.store_next = [1, 1, 1]
        self.store_towns = [list(c['towns']) for c in CHAINS]
        self.chain_afm = [None, None, None]
        self.hotel_names = set()
        self.accountants = []
        for i in range(14):
            sur = SURNAMES[r.randrange(len(SURNAMES))]
            s = slug(sur)
            e = r.choice(['logistiko.%s@gmail.com', 'info@%s-logistiki.gr', 'grafeio.%s@otenet.gr',
                          '%s.accounting@gmail.com', 'logistirio.%s@yahoo.gr']) % s
            self.accountants.append(self.uniq_email(e))

    # ---------------------------------------------------------------- identifiers
    def eid(self):
        while True:
            e = 'c%07x' % self.r.getrandbits(28)
            if e not in self.eids:
                self.eids.add(e)
                return e

    def afm(self, person):
        r = self.r
        while True:
            first = r.choice(['04', '05', '06', '07', '09', '10', '11', '12', '13', '14', '15', '16']) \
                if person else r.choice(['09', '99', '80', '801', '800', '996', '997', '998'])
            d = [int(c) for c in first] + [r.randrange(10) for _ in range(8 - len(first))]
            s = sum(d[i] * (2 ** (8 - i)) for i in range(8))
            a = ''.join(map(str, d)) + str(s % 11 % 10)
            if a not in self.afms and a != '000000000' and not re.match(r'0{4}', a):
                self.afms.add(a)
                return a

    def land(self, town):
        area = TOWNS[town]['area']
        while True:
            n = area + str(self.r.choice('2345689')) + ''.join(
                str(self.r.randrange(10)) for _ in range(10 - len(area) - 1))
            if n not in self.phones:
                self.phones.add(n)
                return n

    def mob(self):
        while True:
            n = '69' + self.r.choice('0345789') + ''.join(str(self.r.randrange(10)) for _ in range(7))
            if n not in self.phones:
                self.phones.add(n)
                return n

    def uniq_email(self, e):
        loc, dom = e.split('@')
        base = loc
        k = 0
        while e in self.emails:
            k += 1
            e = '%s%d@%s' % (base, self.r.randrange(2, 99) if k < 5 else self.r.randrange(100, 9999), dom)
        self.emails.add(e)
        return e

    def domain(self, words):
        r = self.r
        base = '-'.join(w for w in (slug(x) for x in words) if w)[:28].strip('-') or 'firm'
        for tld in (r.choice(['.gr', '.gr', '.com.gr', '.com', '.eu']), '.gr', '.com.gr', '.net'):
            d = base + tld
            if d not in self.domains:
                self.domains.add(d)
                return d
        for extra in ('hellas', 'group', 'online', 'net'):
            d = '%s-%s.gr' % (base, extra)
            if d not in self.domains:
                self.domains.add(d)
                return d
        while True:
            d = '%s%d.gr' % (base, r.randrange(2, 999))
            if d not in self.domains:
                self.domains.add(d)
                return d

    # ---------------------------------------------------------------- places
    def town(self, branch=None, kinds=None, exclude=()):
        keys = [k for k in TOWN_ORDER if (branch is None or TOWNS[k]['branch'] == branch)
                and (kinds is None or TOWNS[k]['kind'] in kinds) and k not in exclude]
        return wchoice(self.r, [(k, TOWNS[k]['w']) for k in keys])

    def addr(self, town, street_ok=True):
        r = self.r
        tw = TOWNS[town]
        if tw['kind'] == 'village':
            if r.random() < 0.55 or not street_ok:
                street = None
            else:
                street = r.choice(STREETS_VILLAGE)
        else:
            lst = STREETS_TOWN.get(town, [])
            if lst and r.random() < 0.6:
                street = r.choice(lst)
            else:
                street = r.choice(STREETS_GENERIC)
        num = None
        if street:
            num = str(r.choice([r.randrange(1, 40), r.randrange(1, 40), r.randrange(1, 160)]))
            if r.random() < 0.05:
                num += r.choice(['Α', 'Β'])
        floor = r.choice([None, None, None, 1, 2, 3, 4, 5, 0]) if tw['kind'] in ('city', 'suburb') else None
        return dict(town=town, street=street, num=num, pc=r.choice(tw['pcs']), floor=floor)

    # ---------------------------------------------------------------- people
    def person_core(self, gender=None, kind='homeowner'):
        r = self.r
        if gender is None:
            pm = {'installer': 0.95, 'builder': 0.95, 'engineer': 0.7}.get(kind, 0.55)
            gender = 'm' if r.random() < pm else 'f'
        tbl = MALE if gender == 'm' else FEMALE
        # common names are more common
        gi = min(int(r.paretovariate(1.0)) - 1, len(tbl) - 1) if r.random() < 0.3 else r.randrange(len(tbl))
        fa = min(int(r.paretovariate(1.0)) - 1, len(MALE) - 1) if r.random() < 0.3 else r.randrange(len(MALE))
        su = min(int(r.paretovariate(1.2)) - 1, len(SURNAMES) - 1) if r.random() < 0.08 else r.randrange(len(SURNAMES))
        return dict(gender=gender, given=gi, nick_i=r.randrange(6), father=fa, family=su,
                    spouse=None)

    def person_email(self, p, work=None):
        r = self.r
        N = given_entry(p)
        g = r.choice([slug(N['c']), slug(N['f']), slug(N['c'])])
        fam = SURNAMES[p['family']]
        fam = slug(fem_surname(fam) if p['gender'] == 'f' else fam)
        if work:
            loc = r.choice(['%s.%s' % (work, fam), '%s%s' % (fam, work), '%s_%s' % (work, fam)])
            dom = r.choice(['gmail.com', 'gmail.com', 'yahoo.gr', 'otenet.gr'])
        else:
            loc = r.choice(['%s.%s' % (g, fam), '%s%s' % (g[0], fam), '%s.%s' % (fam, g),
                            '%s%s' % (g, fam), '%s%s' % (fam, g[0]), '%s_%s' % (g, fam),
                            '%s.%s' % (fam, g[0]), '%s%s' % (g, fam[:4])])
            if r.random() < 0.4:
                loc += str(r.choice([r.randrange(60, 100), r.randrange(1, 100), r.randrange(1958, 2004)]))
            dom = wchoice(r, DOMAINS_FREE)
        return self.uniq_email('%s@%s' % (loc, dom))

    def contact(self, town, gender=None):
        p = self.person_core(gender)
        p['mob'] = self.mob()
        p['email'] = None
        return p

    def person(self, kind, town=None, core=None):
        r = self.r
        town = town or self.town()
        p = core or self.person_core(kind=kind)
        if p['gender'] == 'f' and kind == 'homeowner' and r.random() < 0.5 and p.get('spouse') is None:
            p['spouse'] = r.randrange(len(SURNAMES))
            if p['spouse'] == p['family']:
                p['spouse'] = (p['spouse'] + 7) % len(SURNAMES)
        trade = None
        title = None
        if kind == 'installer':
            trade = r.choice(TRADE_INSTALLER)
        elif kind == 'builder':
            trade = r.choice(TRADE_BUILDER)
        elif kind == 'engineer':
            trade = r.choice(TRADE_ENGINEER)
        if kind in ('installer', 'builder') and r.random() < 0.45:
            if r.random() < 0.75:
                title = '%s %s' % (r.choice(TITLE_WORDS), strip_marks(gen_surname(SURNAMES[p['family']])).upper())
            else:
                title = '%s%s %s' % (r.choice(BRAND_LA), r.choice(BRAND_LB),
                                     translit(SURNAMES[p['family']], 'elot'))
        t = dict(party='person', kind=kind, town=town, trade=trade, trade_title=title,
                 afm=self.afm(True), doy=TOWNS[town]['doy'], addr=self.addr(town),
                 phones=dict(mob=self.mob(), land=self.land(town) if r.random() < 0.45 else None),
                 emails=dict(main=None, alt=None), contacts=[], contact=None, hotels=None,
                 store=None)
        t.update(p)
        if r.random() < 0.72:
            t['emails']['main'] = self.person_email(t)
        if trade and kind != 'engineer' and r.random() < 0.4:
            w = r.choice(['ydravlikos', 'thermansi', 'ydravlika', 'plumber', 'kataskeves', 'thermo'])
            t['emails']['alt'] = self.person_email(t, work=w)
            if t['emails']['main'] is None:
                t['emails']['main'], t['emails']['alt'] = t['emails']['alt'], None
        elif kind == 'engineer' and r.random() < 0.5:
            t['emails']['alt'] = self.uniq_email('info@%s' % self.domain(
                [SURNAMES[t['family']], r.choice(['engineering', 'meletes', 'design', 'studio'])]))
        return t

    # ---------------------------------------------------------------- firms
    def org_base(self, kind, town, stem, form, trade_name, n_contacts=1, contact_p=0.8):
        r = self.r
        contacts = [self.contact(town) for _ in range(n_contacts)]
        t = dict(party='org', kind=kind, town=town, stem=stem, form=form, trade_name=trade_name,
                 afm=self.afm(False), doy=TOWNS[town]['doy'], addr=self.addr(town, street_ok=True),
                 phones=dict(land=self.land(town), mob=None), emails=dict(main=None, alt=None),
                 contacts=contacts, contact=0 if (contacts and r.random() < contact_p) else None,
                 hotels=None, store=None, natural=False)
        if form in ('ae', 'abee', 'ate'):
            t['doy'] = 'ΦΑΕ Αθηνών' if TOWNS[town]['branch'] == 'ATH' else 'ΦΑΕ Θεσσαλονίκης'
        if t['contact'] is not None and r.random() < 0.6:
            t['phones']['mob'] = contacts[0]['mob']
        return t

    def firm_emails(self, t, words):
        r = self.r
        dom = self.domain(words)
        t['emails']['main'] = self.uniq_email('%s@%s' % (r.choice(['info', 'info', 'info', 'logistirio', 'accounts', 'office', 'sales']), dom))
        if t['contact'] is not None and r.random() < 0.6:
            c = t['contacts'][t['contact']]
            N = given_entry(c)
            fam = slug(fem_surname(SURNAMES[c['family']]) if c['gender'] == 'f' else SURNAMES[c['family']])
            c['email'] = self.uniq_email('%s.%s@%s' % (slug(N['c'])[:1], fam, dom) if r.random() < 0.5
                                         else '%s@%s' % (slug(N['c']), dom))
            t['emails']['alt'] = c['email']
        elif r.random() < 0.3:
            t['emails']['alt'] = self.uniq_email('%s@%s' % (r.choice(['orders', 'paraggelies', 'promithies', 'tech']), dom))
        return dom

    def brand(self):
        r = self.r
        if r.random() < 0.55:
            return r.choice(BRAND_LA) + r.choice(BRAND_LB)
        return r.choice(BRAND_GA) + r.choice(BRAND_GB)

    def uniq_stem(self, fn):
        for _ in range(200):
            s = fn()
            if s not in self.stems:
                self.stems.add(s)
                return s
        raise RuntimeError('stem space exhausted')

    def org(self, kind, town=None):
        r = self.r
        if kind == 'store':
            return self.store(r.randrange(3))
        if kind == 'deya':
            return self.deya()
        if kind == 'school':
            return self.school(town)
        if kind == 'hospital':
            return self.hospital(town)
        if kind == 'hotel':
            return self.hotel(town)
        town = town or self.town()
        p1 = self.person_core(kind='installer')
        p2 = self.person_core(kind='installer')
        S1 = strip_marks(SURNAMES[p1['family']]).upper()
        S2 = strip_marks(SURNAMES[p2['family']]).upper()
        G1 = strip_marks(gen_surname(SURNAMES[p1['family']])).upper()
        I1 = strip_marks(MALE[p1['given']]['f'])[0].upper() if p1['gender'] == 'm' else strip_marks(FEMALE[p1['given']]['f'])[0].upper()
        I2 = strip_marks(given_entry(p2)['f'])[0].upper()
        if kind == 'oe':
            form = 'oe'
            pats = [lambda: '%s. %s & ΣΙΑ' % (I1, S1), lambda: '%s %s. - %s %s.' % (S1, I1, S2, I2),
                    lambda: 'ΑΦΟΙ %s' % G1, lambda: '%s %s. ΚΑΙ ΣΙΑ' % (S1, I1),
                    lambda: '%s %s' % (r.choice(WORD_A), G1), lambda: '%s - %s' % (S1, S2)]
        elif kind == 'ee':
            form = 'ee'
            pats = [lambda: '%s %s. & ΣΙΑ' % (S1, I1), lambda: '%s - %s %s. & ΣΙΑ' % (r.choice(WORD_A), S1, I1)]
        elif kind == 'construction':
            form = r.choice(['ate', 'ate', 'ae', 'epe', 'ike', 'oe'])
            pats = [lambda: '%s %s' % (S1, r.choice(WORD_C)), lambda: 'ΤΕΧΝΙΚΗ %s' % r.choice(WORD_B),
                    lambda: '%s %s' % (r.choice(WORD_C), r.choice(WORD_B)),
                    lambda: '%s - %s %s' % (S1, S2, r.choice(WORD_C))]
        else:
            form = kind
            pats = [lambda: '%s %s' % (r.choice(WORD_A), r.choice(WORD_B)),
                    lambda: '%s %s' % (S1, r.choice(WORD_A)), lambda: '%s %s' % (r.choice(WORD_A), G1),
                    lambda: strip_marks(self.brand()).upper(),
                    lambda: '%s - %s %s' % (S1, S2, r.choice(WORD_A))]
        stem = self.uniq_stem(lambda: r.choice(pats)())
        trade = None
        if r.random() < 0.55:
            trade = self.brand()
            if r.random() < 0.3:
                trade = '%s %s' % (trade, translit(SURNAMES[p1['family']], 'elot') if trade[0] < 'Ω' and _is_latin(trade[0]) else gen_surname(SURNAMES[p1['family']]))
        nc = 2 if kind in ('oe', 'ee') and r.random() < 0.5 else 1
        t = self.org_base(kind, town, stem, form, trade, n_contacts=nc)
        # partners of personal companies are the named persons
        if kind in ('oe', 'ee') or '%s ' % S1 in stem + ' ':
            for k in ('gender', 'given', 'nick_i', 'family', 'father'):
                t['contacts'][0][k] = p1[k]
            if nc > 1 and S2 in stem:
                for k in ('gender', 'given', 'nick_i', 'family', 'father'):
                    t['contacts'][1][k] = p2[k]
        words = [trade] if trade and r.random() < 0.6 else stem.replace('&', ' ').replace('.', ' ').split()[:2]
        self.firm_emails(t, words)
        return t

    def hotel(self, town=None):
        r = self.r
        town = town or (r.choice(RESORTS) if r.random() < 0.75 else self.town(kinds=('city', 'town')))
        for _ in range(200):
            hw = r.choice(HOTEL_W)
            G1 = strip_marks(gen_surname(SURNAMES[r.randrange(len(SURNAMES))])).upper()
            stem = r.choice(['%s ΞΕΝΟΔΟΧΕΙΑΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ' % G1, '%s ΤΟΥΡΙΣΤΙΚΗ' % HOTEL_GR[hw],
                             '%s ΞΕΝΟΔΟΧΕΙΑΚΗ' % HOTEL_GR[hw], '%s ΤΟΥΡΙΣΤΙΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ' % G1])
            if stem not in self.stems:
                break
        self.stems.add(stem)
        form = r.choice(['ae', 'ae', 'epe', 'ike', 'oe'])
        names = []
        for _ in range(2):
            for _k in range(50):
                nm = '%s %s' % (hw if not names or r.random() < 0.7 else r.choice(HOTEL_W), r.choice(HOTEL_S))
                if nm not in self.hotel_names:
                    self.hotel_names.add(nm)
                    names.append(nm)
                    break
        t = self.org_base('hotel', town, stem, form, names[0], n_contacts=1)
        dom = self.firm_emails(t, [hw, 'hotel'])
        t['hotels'] = [dict(name=names[0], addr=t['addr'], land=t['phones']['land'],
                            email=t['emails']['alt'] or t['emails']['main'])]
        if r.random() < 0.35:
            town2 = r.choice([k for k in RESORTS if k != town])
            t['hotels'].append(dict(name=names[1], addr=self.addr(town2), land=self.land(town2),
                                    email=self.uniq_email('reservations@%s' % self.domain([names[1]]))))
        return t

    def store(self, ci, town=None):
        r = self.r
        ch = CHAINS[ci]
        if town is None:
            town = self.store_towns[ci].pop(r.randrange(len(self.store_towns[ci])))
        code = '%02d' % self.store_next[ci]
        self.store_next[ci] += 1
        t = self.org_base('store', town, ch['stem'], ch['form'], None, n_contacts=1, contact_p=0.7)
        if self.chain_afm[ci] is None:
            self.chain_afm[ci] = t['afm']
        t['afm'] = self.chain_afm[ci]
        t['doy'] = 'ΦΑΕ Θεσσαλονίκης' if ci == 0 else ('ΦΑΕ Λάρισας' if ci == 1 else 'ΦΑΕ Αθηνών')
        t['store'] = dict(chain=ci, code=code, town=town)
        t['trade_name'] = '%s %s #%s' % (ch['brand'], TOWNS[town]['el'], code)
        acc = 'logistirio@' + ch['dom']
        self.emails.add(acc)
        t['emails']['main'] = acc
        t['emails']['alt'] = self.uniq_email('store%s@%s' % (code, ch['dom']))
        return t

    def deya(self, exclude_town=None):
        r = self.r
        opts = [d for d in DEYA if d[1] not in self.deya_used]
        if exclude_town:
            near = [d for d in opts if TOWNS[d[0]]['branch'] == TOWNS[exclude_town]['branch']]
            opts = near or opts
        town, gen = r.choice(opts)
        self.deya_used.add(gen)
        stem = 'ΔΗΜΟΤΙΚΗ ΕΠΙΧΕΙΡΗΣΗ ΥΔΡΕΥΣΗΣ ΑΠΟΧΕΤΕΥΣΗΣ %s' % strip_marks(gen).upper()
        self.stems.add(stem)
        t = self.org_base('deya', town, stem, None, 'Δ.Ε.Υ.Α. %s' % gen, n_contacts=1)
        t['doy'] = TOWNS[town]['doy']
        dom = self.domain(['deya', gen])
        t['emails']['main'] = self.uniq_email('%s@%s' % (r.choice(['promithies', 'info', 'deya', 'logistirio']), dom))
        c = t['contacts'][0]
        if r.random() < 0.5:
            c['email'] = self.uniq_email('%s@%s' % (slug(given_entry(c)['c']), dom))
            t['emails']['alt'] = c['email']
        return t

    def school(self, town=None, near=None):
        r = self.r
        for _ in range(500):
            tw = town or self.town(kinds=('city', 'suburb', 'town'))
            ty = r.choice(SCHOOL_TYPES)
            big = TOWNS[tw]['kind'] in ('city',)
            n = r.randrange(1, 16 if big else 5)
            if near is not None:
                tw, ty = near[0], near[1]
                n = r.randrange(1, 13)
            key = (tw, ty[0], n)
            if key not in self.school_used:
                self.school_used.add(key)
                break
        gen = TOWNS[tw]['gen']
        stem = '%dο %s %s' % (n, ty[0], gen)
        t = self.org_base('school', tw, stem, None, '%dο %s %s' % (n, ty[1], gen), n_contacts=1)
        t['natural'] = True
        t['school'] = (ty[0], n)
        t['doy'] = TOWNS[tw]['doy']
        t['emails']['main'] = self.uniq_email('mail@%d%s-%s.%s.sch.gr' % (
            n, ty[2], slug(TOWNS[tw]['el'])[:10], slug(TOWNS[tw]['unit'])[:5]))
        return t

    def hospital(self, town=None, private=None):
        r = self.r
        if town is None:
            opts = [k for k in HOSPITAL_TOWNS if ('pub', k) not in self.hosp_used]
            town = r.choice(opts or HOSPITAL_TOWNS)
        gen = TOWNS[town]['gen']
        if private is None:
            private = ('pub', town) in self.hosp_used
        if not private:
            self.hosp_used.add(('pub', town))
            stem = 'Γενικό Νοσοκομείο %s' % gen
            trade = 'Γ.Ν. %s' % gen
            form = None
        elif private == 'univ' and ('univ', town) not in self.hosp_used:
            self.hosp_used.add(('univ', town))
            stem = 'Πανεπιστημιακό Γενικό Νοσοκομείο %s' % gen
            trade = 'Π.Γ.Ν. %s' % gen
            form = None
        else:
            sa = self.uniq_stem(lambda: 'ΙΔΙΩΤΙΚΗ ΚΛΙΝΙΚΗ %s %s' % (strip_marks(r.choice(SAINTS)).upper(), strip_marks(gen).upper()))
            stem = sa
            saint = [s for s in SAINTS if strip_marks(s).upper() in sa][0]
            trade = 'Κλινική «%s» %s' % (saint, TOWNS[town]['el'])
            form = 'ae'
        self.stems.add(stem)
        t = self.org_base('hospital', town, stem, form, trade, n_contacts=1)
        t['natural'] = form is None
        dom = self.domain([slug(trade)[:14], TOWNS[town]['el']])
        t['emails']['main'] = self.uniq_email('%s@%s' % (r.choice(['promithies', 'tmima.promitheion', 'texniki.ypiresia', 'grammateia']), dom))
        if t['contact'] is not None and r.random() < 0.4:
            c = t['contacts'][0]
            c['email'] = self.uniq_email('%s.%s@%s' % (slug(given_entry(c)['c'])[:1], slug(SURNAMES[c['family']]), dom))
            t['emails']['alt'] = c['email']
        return t

    def customer(self, kind, town=None):
        if kind in ('installer', 'builder', 'engineer', 'homeowner'):
            return self.person(kind, town)
        return self.org(kind, town)


# =============================================================================================
# rendering a customer ("truth") into a record, given a style (the habits of one source)
# =============================================================================================
STYLE_DEFAULTS = dict(
    script='el', case='nat', accents='keep', gform='formal', order='fg', father='none',
    title='none', trade='none', married='legal', split='normal', dn_suffix=None,
    company_fill='none', org_dn='legal', org_cn='legal', lform='dots', contact='no',
    contact_gform='formal', hotel=0, afm_in='none', afm_fmt=0, email=None, email_case='lower',
    phone=(), phone_fmt=1, phone_label='none', phone_sep=' / ', addr='full', addr_script='el',
    addr_case='nat', street_fmt='plain', pc_fmt='space', city_form='town', region='unit',
    country='GR', line2=(), note_i=0)
STYLE_KEYS = sorted(STYLE_DEFAULTS)


def p_given(p, gform):
    N = given_entry(p)
    if gform == 'colloq':
        return N['c']
    if gform == 'nick':
        return N['n'][p['nick_i'] % len(N['n'])] if N['n'] else N['c']
    if gform == 'initial':
        return N['f'][0] + '.'
    if gform == 'english':
        return N['e'] or N['c']
    return N['f']


def p_family(p, married):
    base = SURNAMES[p['family']]
    if p['gender'] != 'f':
        return base
    legal = fem_surname(base)
    if p.get('spouse') is not None:
        sp = fem_surname(SURNAMES[p['spouse']])
        if married == 'married':
            return sp
        if married == 'both':
            return legal + '-' + sp
    return legal


def p_father(p, mode):
    M = MALE[p['father']]
    if mode == 'gen':
        return 'του ' + M['g']
    if mode == 'init':
        return M['f'][0] + '.'
    if mode == 'nom':
        return M['f']
    return ''


def afm_text(t, st, short=False):
    f = st['afm_fmt']
    if short:
        f = [0, 1, 4][f % 3]
    a, d = t['afm'], t['doy']
    return ['ΑΦΜ: %s' % a, 'Α.Φ.Μ. %s' % a, 'ΑΦΜ %s ΔΟΥ %s' % (a, d),
            'ΑΦΜ: %s - Δ.Ο.Υ.: %s' % (a, d), 'VAT EL%s' % a][f]


def legal_name(t, lform):
    if t['form'] is None or lform == 'dropped':
        return t['stem']
    F = FORMS[t['form']]
    return t['stem'] + ' ' + F.get(lform, F['dots'])


def fmt_phone(n, fmt):
    if n.startswith('69'):
        a, b = n[:4], n[4:]
        if fmt == 6:
            fmt = 1
    else:
        a = next(ac for ac in AREA_CODES if n.startswith(ac))
        b = n[len(a):]
    return [n, a + ' ' + b, a + '-' + b, '+30 ' + a + ' ' + b, '0030 ' + n, '+30' + n,
            '(' + a + ') ' + b, n[:3] + ' ' + n[3:6] + ' ' + n[6:]][fmt]


def pobox_num(t):
    return str(100 + int(t['afm'][3:7]) % 8900)


def hotel_idx(t, st):
    if not t.get('hotels'):
        return 0
    return min(st['hotel'], len(t['hotels']) - 1)


def render(t, st):
    sc, ca, ac = st['script'], st['case'], st['accents']

    def fx(s):
        return apply_case(conv(s, sc), ca, ac)

    rec = dict(displayName=None, givenName=None, familyName=None, companyName=None, email=None,
               phone=None, address=None)
    h = hotel_idx(t, st)
    if t['party'] == 'person':
        male = t['gender'] == 'm'
        g = fx(p_given(t, st['gform']))
        f = fx(p_family(t, st['married']))
        fa = fx(p_father(t, st['father'])) if st['father'] != 'none' else ''
        if st['order'] == 'fg':
            parts = [f, g] + ([fa] if fa else [])
        else:
            parts = [g] + ([fa] if fa and st['father'] == 'init' else []) + [f] + \
                    ([fa] if fa and st['father'] != 'init' else [])
        core = ' '.join(parts)
        dn = core
        if st['title'] == 'hon':
            dn = apply_case(('κ.' if male else 'κα') if sc == 'el' else ('Mr' if male else 'Mrs'), ca) + ' ' + dn
        elif st['title'] == 'dr':
            dn = apply_case('Δρ.' if sc == 'el' else 'Dr.', ca) + ' ' + dn
        if t.get('trade') and st['trade'] == 'suffix':
            dn = dn + ' - ' + fx(t['trade'])
        elif t.get('trade') and st['trade'] == 'prefix':
            dn = fx(t['trade']) + ' ' + dn
        if st['afm_in'] == 'dn':
            dn = dn + ' ' + apply_case(conv(afm_text(t, st, True), sc), ca)
        if st['split'] == 'normal':
            rec['givenName'], rec['familyName'] = g, f
        elif st['split'] == 'swapped':
            rec['givenName'], rec['familyName'] = f, g
        elif st['split'] == 'family_full':
            rec['familyName'] = core
        cf = st['company_fill']
        if cf == 'legal':
            rec['companyName'] = apply_case(conv('%s %s %s' % (p_family(t, 'legal'), p_given(t, 'formal'),
                                                              p_father(t, 'nom')), sc), 'upper')
        elif cf == 'trade':
            tt = t.get('trade_title') or ('%s %s' % (t.get('trade') or 'Υδραυλικός', p_family(t, 'legal')))
            rec['companyName'] = fx(tt)
        if st['afm_in'] == 'company' and rec['companyName']:
            rec['companyName'] += ' ' + apply_case(conv(afm_text(t, st, True), sc), ca)
    else:
        legal = legal_name(t, st['lform'])
        trade = t['hotels'][h]['name'] if t.get('hotels') else t.get('trade_name')
        if t.get('store'):
            legal_dn = '%s #%s %s' % (legal, t['store']['code'], TOWNS[t['store']['town']]['el'])
        else:
            legal_dn = legal
        c = t['contacts'][t['contact']] if t.get('contact') is not None else None
        od = st['org_dn']
        if od == 'trade' and trade:
            dn = trade
        elif od == 'trade_legal' and trade:
            dn = '%s - %s' % (trade, legal)
        elif od == 'contact' and c is not None:
            dn = '%s - %s' % (trade or legal_dn, p_given(c, 'colloq'))
        else:
            dn = legal_dn
        dn = fx(dn)
        if st['afm_in'] == 'dn':
            dn = dn + ' ' + apply_case(conv(afm_text(t, st, True), sc), ca)
        cn = trade if (st['org_cn'] == 'trade' and trade) else legal
        rec['companyName'] = fx(cn)
        if st['afm_in'] == 'company':
            rec['companyName'] += ' ' + apply_case(conv(afm_text(t, st, True), sc), ca)
        if st['contact'] == 'yes' and c is not None:
            rec['givenName'] = fx(p_given(c, st['contact_gform']))
            rec['familyName'] = fx(p_family(c, 'legal'))
    if st['dn_suffix']:
        dn = dn + ' ' + st['dn_suffix']
    rec['displayName'] = dn
    # ---- e-mail
    if st['email']:
        e = None
        if st['email'] == 'alt' and t.get('hotels') and h > 0:
            e = t['hotels'][h]['email']
        else:
            e = t['emails'].get(st['email'])
        if e:
            if st['email_case'] == 'cap':
                e = e[0].upper() + e[1:]
            elif st['email_case'] == 'upper':
                e = e.upper()
            rec['email'] = e
    # ---- phone
    nums = []
    for k in st['phone']:
        n = t['phones'].get(k)
        if k == 'land' and t.get('hotels') and h > 0:
            n = t['hotels'][h]['land']
        if n and n not in [x for x, _ in nums]:
            nums.append((n, k))
    if nums:
        out = []
        for n, k in nums:
            s = fmt_phone(n, st['phone_fmt'])
            lab = st['phone_label']
            if lab != 'none':
                if n.startswith('69'):
                    s = (('Viber: ' if lab == 'viber' else ('Κιν. ' if sc == 'el' else 'Mob. ')) + s)
                else:
                    s = ('Τηλ. ' if sc == 'el' else 'Tel. ') + s
            out.append(s)
        rec['phone'] = st['phone_sep'].join(out)
    # ---- address
    mode = st['addr']
    if mode != 'none':
        a = t['hotels'][h]['addr'] if t.get('hotels') else t['addr']
        tw = TOWNS[a['town']]
        asc, aca = st['addr_script'], st['addr_case']

        def ax(s):
            return apply_case(conv(s, asc), aca)

        line1 = None
        if mode == 'pobox':
            line1 = ax(('Τ.Θ. %s' if asc == 'el' else 'P.O. Box %s') % pobox_num(t))
        elif mode == 'full' and a['street']:
            street, num = a['street'], a['num']
            sf = st['street_fmt']
            if sf == 'abbr':
                w = street.split()
                if len(w) >= 2 and w[0][0].isalpha() and len(w[0]) > 4:
                    street = w[0][:3] + '. ' + ' '.join(w[1:])
            if sf == 'odos':
                s = 'Οδός %s %s' % (street, num)
            elif sf == 'str':
                s = ('οδ. %s %s' % (street, num)) if asc == 'el' else ('%s Str. %s' % (conv(street, asc), conv(num, asc)))
            elif sf == 'numfirst' and asc != 'el':
                s = '%s %s St.' % (conv(num, asc), conv(street, asc))
            else:
                s = '%s %s' % (street, num)
            line1 = ax(s)
        l2 = []
        for it in st['line2']:
            if it == 'floor' and a.get('floor') is not None and mode == 'full':
                l2.append(ax('Ισόγειο' if a['floor'] == 0 else '%dος όροφος' % a['floor']))
            elif it == 'note':
                fam = strip_marks(p_family(t, 'married') if t['party'] == 'person' else
                                  (p_family(t['contacts'][0], 'legal') if t['contacts'] else 'ΓΡΑΦΕΙΟ')).upper()
                l2.append(ax(NOTES[st['note_i'] % len(NOTES)].replace('{FAM}', fam)))
            elif it == 'afm':
                l2.append(ax(afm_text(t, st)))
        pc = tw['pcs'][0] if mode == 'pobox' else a['pc']
        cf = st['city_form']
        if cf == 'town_en' and tw['en']:
            ctext = tw['en']
        elif cf == 'muni' and tw['muni']:
            ctext = tw['muni']
        elif cf == 'metro' and tw['metro']:
            ctext = tw['metro']
        elif cf == 'branch':
            ctext = TOWNS[BRANCH_TOWN[tw['branch']]]['el']
        else:
            ctext = tw['el']
        city = ax(ctext)
        pf = st['pc_fmt']
        if pf == 'in_city':
            city = city + ' ' + pc[:3] + ' ' + pc[3:]
        postal = {'space': pc[:3] + ' ' + pc[3:], 'nospace': pc,
                  'tk': ('Τ.Κ. ' if asc == 'el' else 'T.K. ') + pc}.get(pf)
        if st['region'] == 'unit':
            region = ax(tw['unit'])
        elif st['region'] == 'peri':
            region = ax(tw['peri']) if asc == 'el' else apply_case(PERI_EN[tw['peri']], aca)
        else:
            region = None
        country = None if st['country'] == 'none' else st['country']
        ad = dict(line1=line1, line2=', '.join(l2) if l2 else None, city=city, region=region,
                  postalCode=postal, country=country)
        if any(v is not None for v in ad.values()):
            rec['address'] = ad
    return rec


# =============================================================================================
# styles: the accounting system (existing) and the five upstream sources (incoming)
# =============================================================================================
SOURCES = [('erp', 25), ('eshop', 22), ('mydata', 13), ('counter', 22), ('driver', 18)]
NOTES_DRIVER = [0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14]
NOTES_COUNTER = [9, 10, 11, 12]


def has_contact_ids(st):
    return bool(st['email']) or bool(st['phone']) or st['addr'] != 'none'


def ensure_contact(t, st):
    """every record carries at least one of e-mail / phone / address"""
    rec = render(t, st)
    if rec['email'] or rec['phone'] or (rec['address'] and rec['address']['line1']):
        return
    if t['phones'].get('mob'):
        st['phone'] = ('mob',)
    elif t['phones'].get('land'):
        st['phone'] = ('land',)
    else:
        st['addr'] = 'full'


def style_qbo(t, r):
    st = dict(STYLE_DEFAULTS)
    st['script'] = wchoice(r, [('el', 86), ('elot', 9), ('ph1', 5)])
    st['case'] = wchoice(r, [('nat', 70), ('upper', 30)])
    st['addr_script'] = 'el' if st['script'] == 'el' else 'elot'
    st['addr_case'] = st['case']
    sole = bool(t.get('trade'))
    if t['party'] == 'person':
        st['gform'] = wchoice(r, [('formal', 65), ('colloq', 30), ('nick', 5)])
        st['order'] = wchoice(r, [('fg', 65), ('gf', 35)])
        st['father'] = wchoice(r, [('none', 85), ('init', 8), ('gen', 7)])
        if sole and r.random() < 0.3:
            st['trade'] = 'suffix'
        if t.get('spouse') is not None:
            st['married'] = wchoice(r, [('legal', 55), ('married', 35), ('both', 10)])
        st['split'] = wchoice(r, [('normal', 93), ('none', 7)])
        if sole:
            st['afm_in'] = wchoice(r, [('line2', 40), ('dn', 5), ('none', 55)])
        elif r.random() < 0.08:
            st['afm_in'] = 'line2'
        if t['kind'] == 'engineer' and r.random() < 0.2:
            st['title'] = 'dr'
    else:
        trade = t.get('trade_name') or t.get('hotels')
        st['org_dn'] = wchoice(r, [('legal', 55), ('trade', 35), ('trade_legal', 10)]) if trade else 'legal'
        if t.get('store'):
            st['org_dn'] = wchoice(r, [('trade', 70), ('legal', 30)])
        st['org_cn'] = wchoice(r, [('legal', 92), ('trade', 8)])
        st['lform'] = wchoice(r, [('dots', 60), ('nodots', 30), ('full', 5), ('latin_dots', 5)])
        st['contact'] = 'yes' if r.random() < 0.5 else 'no'
        st['contact_gform'] = wchoice(r, [('formal', 60), ('colloq', 40)])
        st['afm_in'] = wchoice(r, [('line2', 45), ('dn', 3), ('none', 52)])
    st['afm_fmt'] = wchoice(r, [(0, 30), (1, 25), (2, 20), (3, 20), (4, 5)])
    st['email'] = 'main' if (t['emails']['main'] and r.random() < 0.68) else None
    if t['party'] == 'person':
        st['phone'] = wchoice(r, [(('mob',), 50), (('land',), 15), (('land', 'mob'), 20), ((), 15)])
    else:
        st['phone'] = wchoice(r, [(('land',), 55), (('land', 'mob'), 20), (('mob',), 10), ((), 15)])
    st['phone_fmt'] = wchoice(r, [(0, 40), (1, 45), (2, 15)])
    st['addr'] = 'full' if r.random() < 0.88 else 'none'
    st['street_fmt'] = wchoice(r, [('plain', 85), ('abbr', 10), ('odos', 5)])
    st['pc_fmt'] = wchoice(r, [('space', 50), ('nospace', 50)])
    st['city_form'] = wchoice(r, [('town', 85), ('metro', 10), ('muni', 5)])
    st['region'] = wchoice(r, [('unit', 80), ('peri', 10), ('none', 10)])
    st['country'] = 'GR'
    l2 = []
    if st['afm_in'] == 'line2':
        l2.append('afm')
    if t['party'] == 'person' and r.random() < 0.12:
        l2.insert(0, 'floor')
    st['line2'] = tuple(l2)
    if not (st['email'] or st['phone']) and st['addr'] == 'none':
        st['addr'] = 'full'
    if st['addr'] == 'none' and st['afm_in'] == 'line2':
        st['afm_in'] = 'none'
    ensure_contact(t, st)
    return st


def style_source(src, t, r):
    st = dict(STYLE_DEFAULTS)
    person = t['party'] == 'person'
    sole = bool(t.get('trade'))
    has_alt = bool(t['emails'].get('alt'))
    if src == 'erp':
        st['case'] = wchoice(r, [('upper', 70), ('nat', 30)])
        st['addr_case'] = st['case']
        if person:
            st['gform'] = wchoice(r, [('formal', 55), ('colloq', 35), ('nick', 10)])
            st['order'] = 'fg'
            st['father'] = wchoice(r, [('none', 75), ('init', 15), ('gen', 10)])
            st['trade'] = 'suffix' if sole and r.random() < 0.25 else 'none'
            st['married'] = wchoice(r, [('legal', 50), ('married', 40), ('both', 10)])
            st['split'] = wchoice(r, [('normal', 90), ('none', 10)])
            st['afm_in'] = 'line2' if r.random() < (0.5 if sole else 0.15) else 'none'
        else:
            st['org_dn'] = wchoice(r, [('legal', 70), ('trade', 20), ('trade_legal', 10)])
            st['lform'] = wchoice(r, [('dots', 50), ('nodots', 40), ('full', 5), ('latin_dots', 5)])
            st['contact'] = 'yes' if r.random() < 0.4 else 'no'
            st['afm_in'] = 'line2' if r.random() < 0.5 else 'none'
        st['email'] = wchoice(r, [('main', 50), ('alt', 10 if has_alt else 0), (None, 40)])
        if person:
            st['phone'] = wchoice(r, [(('mob',), 45), (('land',), 20), (('land', 'mob'), 25), ((), 10)])
        else:
            st['phone'] = wchoice(r, [(('land',), 60), (('land', 'mob'), 25), (('mob',), 10), ((), 5)])
        st['phone_fmt'] = wchoice(r, [(0, 30), (1, 30), (2, 35), (6, 5)])
        st['phone_label'] = wchoice(r, [('none', 80), ('tel', 20)])
        st['addr'] = wchoice(r, [('full', 88), ('none', 7), ('city_only', 5)])
        st['street_fmt'] = wchoice(r, [('plain', 75), ('abbr', 15), ('odos', 10)])
        st['pc_fmt'] = wchoice(r, [('space', 55), ('nospace', 40), ('tk', 5)])
        st['city_form'] = wchoice(r, [('town', 85), ('metro', 15)])
        st['region'] = wchoice(r, [('unit', 55), ('none', 45)])
        st['country'] = wchoice(r, [('ΕΛΛΑΔΑ', 45), ('GR', 25), ('none', 30)])
        l2 = []
        if person and r.random() < 0.15:
            l2.append('floor')
        if st['afm_in'] == 'line2':
            l2.append('afm')
        st['line2'] = tuple(l2)
    elif src == 'eshop':
        st['script'] = wchoice(r, [('elot', 35), ('ph1', 30), ('ph2', 25), ('ph3', 10)])
        st['case'] = wchoice(r, [('nat', 55), ('lower', 25), ('upper', 10), ('title', 10)])
        st['addr_script'] = st['script'] if st['script'] != 'ph3' else 'ph1'
        st['addr_case'] = st['case'] if st['case'] != 'title' else 'nat'
        if person:
            st['gform'] = wchoice(r, [('colloq', 45), ('formal', 25), ('english', 12 if given_entry(t)['e'] else 0), ('nick', 18)])
            st['order'] = wchoice(r, [('gf', 88), ('fg', 12)])
            st['split'] = wchoice(r, [('normal', 88), ('swapped', 12)])
            st['married'] = wchoice(r, [('married', 60), ('legal', 30), ('both', 10)])
            if t.get('trade_title') and r.random() < 0.15:
                st['company_fill'] = 'trade'
        else:
            st['org_dn'] = wchoice(r, [('trade', 60), ('legal', 40)])
            st['org_cn'] = wchoice(r, [('trade', 55), ('legal', 45)])
            st['lform'] = wchoice(r, [('latin', 35), ('latin_dots', 20), ('dropped', 30), ('en', 15)])
            st['contact'] = 'yes' if r.random() < 0.85 else 'no'
            st['contact_gform'] = wchoice(r, [('colloq', 60), ('formal', 25), ('english', 15)])
        st['email'] = wchoice(r, [('main', 75), ('alt', 25 if has_alt else 0)])
        if not t['emails'].get(st['email']):
            st['email'] = 'alt' if has_alt else 'main'
        st['email_case'] = wchoice(r, [('lower', 92), ('cap', 8)])
        st['phone'] = wchoice(r, [(('mob',), 85), (('land',), 10), (('land', 'mob'), 5)])
        st['phone_fmt'] = wchoice(r, [(0, 35), (3, 25), (5, 15), (1, 15), (7, 10)])
        st['addr'] = wchoice(r, [('full', 95), ('pobox', 5)])
        st['street_fmt'] = wchoice(r, [('plain', 60), ('str', 15), ('odos', 15), ('numfirst', 10)])
        st['pc_fmt'] = wchoice(r, [('nospace', 80), ('space', 20)])
        st['city_form'] = wchoice(r, [('town', 65), ('town_en', 25), ('metro', 10)])
        st['region'] = wchoice(r, [('unit', 45), ('peri', 20), ('none', 35)])
        st['country'] = wchoice(r, [('Greece', 55), ('GR', 35), ('Hellas', 5), ('none', 5)])
        st['line2'] = ('floor',) if r.random() < 0.25 else ()
    elif src == 'mydata':
        st['case'] = 'upper'
        st['addr_case'] = 'upper'
        if person:
            st['gform'] = 'formal'
            st['order'] = 'fg'
            st['father'] = wchoice(r, [('nom', 50), ('gen', 50)])
            st['married'] = 'legal'
            st['company_fill'] = 'legal' if r.random() < 0.85 else 'none'
            st['split'] = wchoice(r, [('normal', 50), ('none', 50)])
            st['afm_in'] = wchoice(r, [('dn', 35), ('line2', 35), ('company', 30 if st['company_fill'] != 'none' else 0)])
        else:
            st['lform'] = wchoice(r, [('dots', 45), ('nodots', 35), ('full', 20)])
            st['afm_in'] = wchoice(r, [('dn', 30), ('line2', 40), ('company', 30)])
        st['afm_fmt'] = r.randrange(5)
        st['email'] = 'main' if r.random() < 0.08 else None
        st['phone'] = (('land',) if t['phones'].get('land') else ('mob',)) if r.random() < 0.2 else ()
        st['phone_fmt'] = 0
        st['addr'] = wchoice(r, [('full', 97), ('pobox', 3)])
        st['pc_fmt'] = wchoice(r, [('nospace', 90), ('space', 10)])
        st['city_form'] = wchoice(r, [('town', 90), ('muni', 10)])
        st['region'] = wchoice(r, [('none', 70), ('unit', 30)])
        st['country'] = wchoice(r, [('GR', 80), ('none', 20)])
        st['line2'] = ('afm',) if st['afm_in'] == 'line2' else ()
    elif src == 'counter':
        st['script'] = wchoice(r, [('el', 65), ('ph1', 20), ('ph2', 15)])
        st['case'] = wchoice(r, [('nat', 35), ('upper', 45), ('lower', 20)])
        st['accents'] = 'drop' if r.random() < 0.5 else 'keep'
        st['addr_script'] = st['script']
        st['addr_case'] = st['case']
        if person:
            st['gform'] = wchoice(r, [('colloq', 40), ('nick', 30), ('formal', 15), ('initial', 15)])
            st['order'] = wchoice(r, [('gf', 55), ('fg', 45)])
            if sole:
                st['trade'] = wchoice(r, [('suffix', 35), ('prefix', 10), ('none', 55)])
            st['married'] = wchoice(r, [('married', 70), ('legal', 30)])
            st['split'] = wchoice(r, [('normal', 70), ('none', 20), ('family_full', 10)])
        else:
            st['org_dn'] = wchoice(r, [('trade', 50), ('contact', 20), ('legal', 30)])
            st['org_cn'] = wchoice(r, [('trade', 50), ('legal', 50)])
            st['lform'] = wchoice(r, [('dropped', 45), ('nodots', 35), ('dots', 20)])
            st['contact'] = 'yes' if r.random() < 0.6 else 'no'
            st['contact_gform'] = wchoice(r, [('colloq', 50), ('nick', 30), ('formal', 20)])
        st['email'] = 'main' if r.random() < 0.15 else None
        st['phone'] = wchoice(r, [(('mob',), 75), (('land',), 15), (('land', 'mob'), 10)])
        st['phone_fmt'] = wchoice(r, [(0, 35), (1, 35), (2, 20), (7, 10)])
        st['phone_label'] = wchoice(r, [('viber', 30), ('none', 60), ('tel', 10)])
        st['phone_sep'] = wchoice(r, [(' / ', 50), (', ', 30), (' ή ', 20)])
        st['addr'] = wchoice(r, [('none', 35), ('city_only', 30), ('full', 35)])
        st['city_form'] = wchoice(r, [('town', 55), ('branch', 30), ('metro', 15)])
        st['pc_fmt'] = wchoice(r, [('none', 50), ('nospace', 30), ('space', 20)])
        st['region'] = wchoice(r, [('none', 80), ('unit', 20)])
        st['country'] = wchoice(r, [('none', 90), ('GR', 10)])
        if r.random() < 0.25:
            st['line2'] = ('note',)
            st['note_i'] = r.choice(NOTES_COUNTER)
    else:  # driver
        st['script'] = wchoice(r, [('el', 55), ('ph1', 30), ('ph2', 15)])
        st['case'] = wchoice(r, [('upper', 75), ('nat', 25)])
        st['addr_script'] = st['script']
        st['addr_case'] = st['case']
        if person:
            st['gform'] = wchoice(r, [('colloq', 45), ('nick', 35), ('formal', 20)])
            st['order'] = wchoice(r, [('fg', 50), ('gf', 50)])
            st['split'] = wchoice(r, [('normal', 60), ('none', 40)])
            st['married'] = 'married'
        else:
            st['org_dn'] = wchoice(r, [('trade', 55), ('legal', 25), ('contact', 20)])
            st['org_cn'] = wchoice(r, [('trade', 60), ('legal', 40)])
            st['lform'] = wchoice(r, [('dropped', 50), ('nodots', 50)])
            st['contact'] = 'yes' if r.random() < 0.7 else 'no'
            st['contact_gform'] = wchoice(r, [('colloq', 60), ('nick', 25), ('formal', 15)])
        st['email'] = 'main' if r.random() < 0.03 else None
        st['phone'] = wchoice(r, [(('mob',), 80), (('land',), 20)])
        st['phone_fmt'] = wchoice(r, [(0, 50), (1, 30), (7, 20)])
        st['addr'] = 'full'
        st['street_fmt'] = wchoice(r, [('plain', 70), ('odos', 30)])
        st['pc_fmt'] = wchoice(r, [('none', 40), ('nospace', 40), ('space', 20)])
        st['city_form'] = wchoice(r, [('town', 80), ('metro', 20)])
        st['region'] = wchoice(r, [('none', 90), ('unit', 10)])
        st['country'] = wchoice(r, [('none', 70), ('GR', 30)])
        l2 = []
        if r.random() < 0.3:
            l2.append('floor')
        if r.random() < 0.7:
            l2.append('note')
            st['note_i'] = r.choice(NOTES_DRIVER)
        st['line2'] = tuple(l2)
    if st['addr'] == 'none' and st['afm_in'] == 'line2':
        st['afm_in'] = 'none'
    if st['afm_in'] != 'line2':
        st['line2'] = tuple(x for x in st['line2'] if x != 'afm')
    ensure_contact(t, st)
    return st


# =============================================================================================
# noise: style operations, truth changes (moves, new numbers...) and post-render damage
# =============================================================================================
LIGHT_OPS = ['case', 'accents', 'phone_fmt', 'pc_fmt', 'street_fmt', 'region', 'country',
             'email_case', 'afm_fmt', 'spacing', 'lform', 'gform_colloq', 'phone_label', 'floor']
MEDIUM_OPS = LIGHT_OPS + ['gform_nick', 'gform_initial', 'gform_english', 'order', 'father',
                          'split_swap', 'married', 'title', 'trade', 'org_name', 'org_cn',
                          'contact_toggle', 'hotel_other', 'email_other', 'email_drop',
                          'phone_other', 'phone_drop', 'phone_both', 'city_only', 'note',
                          'pc_drop', 'city_form', 'typo_dn', 'typo_street', 'new_email',
                          'new_phone', 'afm_add', 'afm_remove', 'lform_drop', 'script',
                          'company_fill', 'hotel_other']
HARSH_ONLY = ['moved', 'new_land', 'renamed', 'converted', 'contact_changed', 'lookalike',
              'mojibake', 'email_typo', 'phone_digit', 'phone_in_line2', 'typo_family',
              'typo_company', 'typo_city', 'pobox', 'addr_drop', 'pc_in_city', 'split_none',
              'typo_dn', 'moved', 'new_phone', 'new_email', 'email_typo', 'phone_digit',
              'renamed', 'renamed', 'converted', 'addr_in_line1', 'addr_in_line1', 'phone_in_line2']
NC_BANNED = {'mojibake', 'typo_city', 'city_form', 'phone_in_line2', 'afm_add', 'addr_drop', 'addr_in_line1',
             'hotel_other', 'lookalike', 'typo_family', 'typo_company', 'script'}
INSTITUTION = ('hotel', 'store', 'school', 'hospital', 'deya')
MOD_WHAT = {'moved': 'moved', 'new_phone': 'new_number', 'new_land': 'new_number',
            'new_email': 'new_mailbox', 'renamed': 'renamed', 'converted': 'legal_form_converted',
            'contact_changed': 'contact_changed'}
MOD_PATHS = {'moved': [('addr',)], 'new_phone': [('phones', 'mob')], 'new_land': [('phones', 'land')],
             'new_email': [('emails', 'main')], 'renamed': [('trade_name',)],
             'converted': [('form',)], 'contact_changed': [('contact',), ('contacts',)]}


def other(r, opts, cur):
    o = [x for x in opts if x != cur]
    return r.choice(o) if o else cur


def apply_op(op, t, st, post, mods, r, W, nc=False):
    person = t['party'] == 'person'
    if op == 'case':
        st['case'] = other(r, ['nat', 'upper', 'lower', 'title'], st['case'])
        if r.random() < 0.5:
            st['addr_case'] = st['case'] if st['case'] != 'title' else 'nat'
    elif op == 'accents':
        st['accents'] = 'drop'
    elif op == 'script':
        if st['script'] == 'el':
            st['script'] = r.choice(['elot', 'ph1', 'ph2'])
        else:
            st['script'] = 'el'
        if r.random() < 0.6:
            st['addr_script'] = st['script']
    elif op.startswith('gform_'):
        g = op[6:]
        key = 'gform' if person else 'contact_gform'
        if g == 'english':
            ent = given_entry(t) if person else (given_entry(t['contacts'][t['contact']]) if t.get('contact') is not None else None)
            if not ent or not ent['e'] or st['script'] == 'el':
                return False
        st[key] = g
        if not person and st['contact'] == 'no':
            st['contact'] = 'yes'
    elif op == 'order' and person:
        st['order'] = 'gf' if st['order'] == 'fg' else 'fg'
    elif op == 'father' and person:
        st['father'] = r.choice(['init', 'gen', 'nom']) if st['father'] == 'none' else 'none'
    elif op == 'split_swap' and person:
        st['split'] = 'swapped'
    elif op == 'split_none' and person:
        st['split'] = 'none'
    elif op == 'married' and person and t.get('spouse') is not None:
        st['married'] = other(r, ['legal', 'married', 'both'], st['married'])
    elif op == 'title' and person:
        st['title'] = 'hon'
    elif op == 'trade' and person and t.get('trade'):
        st['trade'] = 'none' if st['trade'] != 'none' else r.choice(['suffix', 'prefix'])
    elif op == 'company_fill' and person and t.get('trade'):
        st['company_fill'] = r.choice(['trade', 'legal'])
    elif op == 'org_name' and not person:
        st['org_dn'] = other(r, ['legal', 'trade', 'trade_legal'], st['org_dn'])
    elif op == 'org_cn' and not person:
        st['org_cn'] = 'trade' if st['org_cn'] == 'legal' else 'legal'
    elif op == 'lform' and not person and t['form']:
        st['lform'] = other(r, ['dots', 'nodots', 'latin', 'latin_dots', 'full', 'lower', 'en'], st['lform'])
    elif op == 'lform_drop' and not person and t['form']:
        st['lform'] = 'dropped'
    elif op == 'contact_toggle' and not person and t.get('contact') is not None:
        st['contact'] = 'no' if st['contact'] == 'yes' else 'yes'
    elif op == 'hotel_other' and t.get('hotels') and len(t['hotels']) > 1:
        st['hotel'] = 1
        if not st['email'] and r.random() < 0.5:
            st['email'] = 'main'
        if r.random() < 0.6:
            st['afm_in'] = 'line2' if st['addr'] != 'none' else 'dn'
            if st['afm_in'] == 'line2':
                st['line2'] = tuple(x for x in st['line2'] if x != 'afm') + ('afm',)
    elif op == 'afm_add' and st['afm_in'] == 'none':
        if st['addr'] != 'none':
            st['afm_in'] = 'line2'
            st['line2'] = st['line2'] + ('afm',)
        else:
            st['afm_in'] = 'dn'
    elif op == 'afm_remove' and st['afm_in'] != 'none':
        st['afm_in'] = 'none'
        st['line2'] = tuple(x for x in st['line2'] if x != 'afm')
    elif op == 'afm_fmt':
        st['afm_fmt'] = other(r, [0, 1, 2, 3, 4], st['afm_fmt'])
    elif op == 'email_other' and t['emails'].get('alt'):
        st['email'] = 'alt' if st['email'] == 'main' else 'main'
    elif op == 'email_drop' and st['email']:
        st['email'] = None
    elif op == 'email_case' and st['email']:
        st['email_case'] = other(r, ['cap', 'upper'], st['email_case'])
    elif op == 'phone_other':
        have = [k for k in ('land', 'mob') if t['phones'].get(k)]
        if len(have) < 2:
            return False
        st['phone'] = other(r, [('land',), ('mob',)], st['phone'])
    elif op == 'phone_drop' and st['phone']:
        st['phone'] = ()
    elif op == 'phone_both':
        st['phone'] = ('mob', 'land') if r.random() < 0.5 else ('land', 'mob')
    elif op == 'phone_fmt':
        st['phone_fmt'] = other(r, list(range(8)), st['phone_fmt'])
    elif op == 'phone_label':
        st['phone_label'] = other(r, ['none', 'tel', 'viber'], st['phone_label'])
    elif op == 'addr_drop' and st['addr'] != 'none':
        st['addr'] = 'none'
        st['afm_in'] = 'none' if st['afm_in'] == 'line2' else st['afm_in']
    elif op == 'city_only' and st['addr'] == 'full':
        st['addr'] = 'city_only'
    elif op == 'pobox' and st['addr'] != 'none':
        st['addr'] = 'pobox'
    elif op == 'street_fmt':
        st['street_fmt'] = other(r, ['plain', 'abbr', 'odos', 'str'] + (['numfirst'] if st['addr_script'] != 'el' else []), st['street_fmt'])
    elif op == 'pc_fmt':
        st['pc_fmt'] = other(r, ['space', 'nospace', 'tk'], st['pc_fmt'])
    elif op == 'pc_drop':
        st['pc_fmt'] = 'none'
    elif op == 'pc_in_city':
        st['pc_fmt'] = 'in_city'
    elif op == 'city_form':
        st['city_form'] = other(r, ['town', 'metro', 'muni', 'branch'], st['city_form'])
    elif op == 'region':
        st['region'] = other(r, ['unit', 'peri', 'none'], st['region'])
    elif op == 'country':
        st['country'] = other(r, ['GR', 'Greece', 'ΕΛΛΑΔΑ', 'Ελλάδα', 'none', 'GRC'], st['country'])
    elif op == 'note':
        if 'note' in st['line2']:
            return False
        st['line2'] = st['line2'] + ('note',)
        st['note_i'] = r.randrange(len(NOTES))
    elif op == 'floor':
        if 'floor' in st['line2']:
            return False
        st['line2'] = ('floor',) + st['line2']
    elif op == 'dn_typo':
        post.append(('typo', 'displayName'))
    # ---- truth changes
    elif op == 'moved' and t['kind'] not in INSTITUTION:
        town = t['addr']['town']
        if not nc and r.random() < 0.4:
            town = W.town(branch=TOWNS[town]['branch'])
        t['addr'] = W.addr(town, street_ok=True)
        mods.append('moved')
        if st['addr'] == 'none':
            st['addr'] = 'full'
        if town != t['town'] and t['phones'].get('land'):
            t['phones']['land'] = W.land(town)
            mods.append('new_land')
    elif op == 'new_phone':
        t['phones']['mob'] = W.mob()
        mods.append('new_phone')
        if 'mob' not in st['phone']:
            st['phone'] = ('mob',)
    elif op == 'new_land':
        t['phones']['land'] = W.land(t['addr']['town'])
        mods.append('new_land')
        if 'land' not in st['phone']:
            st['phone'] = ('land',)
    elif op == 'new_email':
        if person:
            t['emails']['main'] = W.person_email(t)
        else:
            base = slug(t.get('trade_name') or t['stem'])[:16] or 'office'
            t['emails']['main'] = W.uniq_email('%s@%s' % (base, r.choice(['gmail.com', 'otenet.gr', 'yahoo.gr'])))
        mods.append('new_email')
        st['email'] = 'main'
    elif op == 'renamed' and not person and t['kind'] not in INSTITUTION and t.get('trade_name'):
        old = t['trade_name']
        while t['trade_name'] == old:
            t['trade_name'] = W.brand()
        mods.append('renamed')
        st['org_dn'] = 'trade'
    elif op == 'converted' and not person and t['form'] in ('epe', 'oe', 'ee'):
        t['form'] = {'epe': 'ike', 'oe': 'ike', 'ee': 'oe'}[t['form']]
        mods.append('converted')
        if st['lform'] == 'dropped':
            st['lform'] = 'dots'
    elif op == 'contact_changed' and not person and t['kind'] != 'store':
        c = W.contact(t['town'])
        t['contacts'] = t['contacts'] + [c]
        t['contact'] = len(t['contacts']) - 1
        st['contact'] = 'yes'
        mods.append('contact_changed')
    # ---- post-render damage
    elif op in ('typo_dn', 'typo_family', 'typo_company', 'typo_street', 'typo_city'):
        f = {'typo_dn': 'displayName', 'typo_family': 'familyName', 'typo_company': 'companyName',
             'typo_street': 'address.line1', 'typo_city': 'address.city'}[op]
        post.append(('typo', f))
    elif op in ('lookalike', 'mojibake', 'email_typo', 'phone_digit', 'phone_in_line2', 'spacing',
                'addr_in_line1'):
        post.append((op, None))
    else:
        return False
    return True


QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
GRKEYS = [';ςερτυθιοπ', 'ασδφγηξκλ', 'ζχψωβνμ']


def neighbour(c, r):
    lc = c.lower()
    for rows in (QWERTY, GRKEYS):
        for row in rows:
            i = row.find(lc)
            if i >= 0:
                opts = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row) and row[j] != ';']
                n = r.choice(opts) if opts else lc
                return n.upper() if c != lc else n
    return c


def typo(s, r):
    pos = [i for i, c in enumerate(s) if c.isalpha()]
    if len(pos) < 4:
        return s
    i = r.choice(pos[1:])
    k = r.randrange(4)
    if k == 0:
        return s[:i] + s[i + 1:]
    if k == 1:
        return s[:i] + s[i] + s[i:]
    if k == 2 and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != s[i]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    n = neighbour(s[i], r)
    return s[:i] + n + s[i + 1:]


def lookalike(s, r):
    if not s:
        return s
    g = [i for i, c in enumerate(s) if c in G2L]
    l = [i for i, c in enumerate(s) if c in L2G]
    greek = sum(1 for c in s if is_greek_char(c)) >= sum(1 for c in s if _is_latin(c))
    cand = g if greek else l
    if len(cand) < 2:
        return s
    out = list(s)
    for i in r.sample(cand, min(len(cand), r.randint(1, 3))):
        out[i] = G2L[out[i]] if greek else L2G[out[i]]
    return ''.join(out)


def mojibake(s, kind):
    if not s or not any(is_greek_char(c) for c in s):
        return s
    if kind == 0:
        return s.encode('cp1253', errors='replace').decode('cp1252', errors='replace')
    return s.encode('utf-8').decode('cp1252', errors='replace')


EMAIL_DOM_TYPO = {'gmail.com': ['gmial.com', 'gmail.co', 'gmai.com', 'gmail.gr', 'gamil.com'],
                  'yahoo.gr': ['yaho.gr', 'yahoo.com.gr', 'yahooo.gr'],
                  'hotmail.com': ['hotmial.com', 'hotmail.con', 'hotmal.com'],
                  'otenet.gr': ['otenet.com', 'otnet.gr']}


def email_typo(e, r):
    loc, dom = e.split('@', 1)
    if dom.lower() in EMAIL_DOM_TYPO and r.random() < 0.5:
        return loc + '@' + r.choice(EMAIL_DOM_TYPO[dom.lower()])
    if len(loc) < 4:
        return loc + loc[-1] + '@' + dom
    i = r.randrange(1, len(loc) - 1)
    k = r.randrange(3)
    if k == 0:
        loc2 = loc[:i] + loc[i + 1:]
    elif k == 1:
        loc2 = loc[:i] + loc[i + 1] + loc[i] + loc[i + 2:]
    else:
        loc2 = loc[:i] + loc[i] + loc[i:]
    if loc2 == loc:
        loc2 = loc + '1'
    return loc2 + '@' + dom


def phone_digit_off(p, r):
    m = PH_RX.search(p)
    if not m:
        return p
    idx = [m.start() + i for i, c in enumerate(m.group(0)) if c.isdigit()]
    i = r.choice(idx[-5:])
    d = str((int(p[i]) + r.randint(1, 9)) % 10)
    return p[:i] + d + p[i + 1:]


def set_field(rec, f, v):
    if f.startswith('address.'):
        rec['address'][f[8:]] = v
    else:
        rec[f] = v


def apply_post(rec, post, r):
    rec = copy.deepcopy(rec)
    tags = {}

    def tag(f, w):
        tags.setdefault(f, set()).add(w)
    for op, f in post:
        if op == 'typo':
            v = get_field(rec, f) if (not f.startswith('address.') or rec['address']) else None
            if v:
                v2 = typo(v, r)
                if v2 != v:
                    set_field(rec, f, v2)
                    tag(f, 'typo')
        elif op == 'lookalike':
            for f2 in ('displayName', 'familyName', 'companyName'):
                v = rec[f2]
                if v and v == v.upper():
                    v2 = lookalike(v, r)
                    if v2 != v:
                        rec[f2] = v2
                        tag(f2, 'lookalike')
        elif op == 'mojibake':
            k = r.randrange(2)
            fields = ['displayName', 'givenName', 'familyName', 'companyName']
            if rec['address']:
                fields += ['address.line1', 'address.line2', 'address.city', 'address.region']
            for f2 in fields:
                v = get_field(rec, f2)
                v2 = mojibake(v, k)
                if v2 != v:
                    set_field(rec, f2, v2)
                    tag(f2, 'mojibake')
        elif op == 'email_typo' and rec['email']:
            v2 = email_typo(rec['email'], r)
            if v2 != rec['email']:
                rec['email'] = v2
                tag('email', 'typo')
        elif op == 'phone_digit' and rec['phone']:
            v2 = phone_digit_off(rec['phone'], r)
            if v2 != rec['phone']:
                rec['phone'] = v2
                tag('phone', 'digit_off')
        elif op == 'phone_in_line2' and rec['phone'] and rec['address']:
            l2 = rec['address']['line2']
            greek = any(is_greek_char(c) for c in (rec['address']['line1'] or rec['displayName']))
            rec['address']['line2'] = (l2 + ', ' if l2 else '') + ('ΤΗΛ ' if greek else 'TIL ') + rec['phone']
            rec['phone'] = None
            tag('address.line2', 'wrong_field')
        elif op == 'addr_in_line1' and rec['address'] and rec['address']['line1'] and rec['address']['city']:
            a = rec['address']
            a['line1'] = a['line1'] + ', ' + a['city'] + (' ' + a['postalCode'] if a['postalCode'] else '')
            a['city'] = None
            a['postalCode'] = None
            tag('address.line1', 'wrong_field')
        elif op == 'spacing':
            v = rec['displayName']
            if ' ' in v:
                i = r.choice([k for k, c in enumerate(v) if c == ' '])
                rec['displayName'] = v[:i] + '  ' + v[i + 1:]
                tag('displayName', 'spacing')
    return rec, tags


def pick_ops(profile, r, nc):
    if profile == 'light':
        n, pool = (1 if r.random() < 0.7 else 0), LIGHT_OPS
        extra = []
    elif profile == 'medium':
        n, pool = r.randint(2, 3), MEDIUM_OPS
        extra = []
    else:
        n, pool = r.randint(2, 4), MEDIUM_OPS
        extra = [r.choice(HARSH_ONLY) for _ in range(r.randint(1, 2))]
    ops = [r.choice(pool) for _ in range(n)] + extra
    if nc:
        ops = [o for o in ops if o not in NC_BANNED]
    return ops


def nc_force(t, st, mods, r, W, ref_city_form):
    """strip every identifier: only the name and the town stay comparable"""
    st['afm_in'] = 'none'
    st['line2'] = tuple(x for x in st['line2'] if x != 'afm')
    if r.random() < 0.55 or not t['emails'].get('main'):
        st['email'] = None
    else:
        apply_op('new_email', t, st, [], mods, r, W)
    if r.random() < 0.45:
        st['phone'] = ()
    else:
        if 'new_phone' not in mods:
            apply_op('new_phone', t, st, [], mods, r, W)
        st['phone'] = ('mob',)
    k = r.random()
    if t['kind'] in INSTITUTION or k < 0.5:
        st['addr'] = 'city_only'
    elif k < 0.9:
        if 'moved' not in mods:
            t['addr'] = W.addr(t['addr']['town'], street_ok=True)
            mods.append('moved')
        st['addr'] = 'full'
    else:
        st['addr'] = 'pobox'
    st['hotel'] = 0
    st['city_form'] = ref_city_form
    if st['pc_fmt'] == 'in_city':
        st['pc_fmt'] = 'nospace'


# =============================================================================================
# change attribution: which aspect / truth change / damage made each field differ
# =============================================================================================
GFORM_WHAT = {'formal': 'formal_name', 'colloq': 'short_name', 'nick': 'nickname',
              'initial': 'initial', 'english': 'english_name'}


def aspect_what(k, rv, xv):
    if k in ('script', 'addr_script'):
        return 'translit'
    if k in ('case', 'addr_case', 'email_case'):
        return 'case'
    if k in ('gform', 'contact_gform'):
        return GFORM_WHAT[xv]
    if k == 'company_fill':
        return 'wrongly_filled' if xv != 'none' else 'cleared'
    if k == 'lform':
        return 'legal_form_dropped' if xv == 'dropped' else 'legal_form'
    if k == 'addr':
        if 'pobox' in (xv, rv):
            return 'po_box'
        return 'street_dropped' if xv == 'city_only' else 'format'
    if k == 'pc_fmt':
        return 'in_city' if xv == 'in_city' else 'format'
    return {'accents': 'accents', 'order': 'name_order', 'father': 'father_name', 'title': 'title',
            'trade': 'trade_descriptor', 'married': 'married_name', 'split': 'field_split',
            'dn_suffix': 'qbo_disambiguation', 'org_dn': 'legal_vs_trade_name',
            'org_cn': 'legal_vs_trade_name', 'contact': 'contact_person', 'hotel': 'other_hotel',
            'afm_in': 'tax_id', 'email': 'other_mailbox', 'phone': 'other_number',
            'city_form': 'city_variant', 'line2': 'note', 'note_i': 'note'}.get(k, 'format')


def revert_mod(tX, tR, m):
    t2 = copy.deepcopy(tX)
    for path in MOD_PATHS[m]:
        if len(path) == 1:
            t2[path[0]] = copy.deepcopy(tR[path[0]])
        else:
            t2[path[0]][path[1]] = copy.deepcopy(tR[path[0]][path[1]])
    return t2


def attribute(x, ref):
    """changes of record x against its compared record ref (both carry truth/style/post tags)"""
    tX, stX, tR, stR = x['truth'], x['style'], ref['truth'], ref['style']
    clean = render(tX, stX)
    tags = {}
    for k in STYLE_KEYS:
        if stX[k] != stR[k]:
            s2 = dict(stX)
            s2[k] = stR[k]
            alt = render(tX, s2)
            for f in diff_fields(alt, clean):
                tags.setdefault(f, set()).add(aspect_what(k, stR[k], stX[k]))
    for m in sorted(set(x['mods'])):
        alt = render(revert_mod(tX, tR, m), stX)
        for f in diff_fields(alt, clean):
            tags.setdefault(f, set()).add(MOD_WHAT[m])
    for src in (x['ptags'], ref['ptags']):
        for f in sorted(src):
            tags.setdefault(f, set()).update(src[f])
    # interactions: for a differing field that no single reversion explains, apply each
    # difference to the compared record instead (the other direction)
    cx, cr = x['contact'], ref['contact']
    missing = [f for f in diff_fields(cx, cr) if not tags.get(f)]
    if missing:
        base = render(tR, stR)
        back = {}
        for k in STYLE_KEYS:
            if stX[k] != stR[k]:
                s2 = dict(stR)
                s2[k] = stX[k]
                for f in diff_fields(render(tR, s2), base):
                    back.setdefault(f, set()).add(aspect_what(k, stR[k], stX[k]))
        for m in sorted(set(x['mods'])):
            for f in diff_fields(render(revert_mod(tR, tX, m), stR), base):
                back.setdefault(f, set()).add(MOD_WHAT[m])
        for f in missing:
            if back.get(f):
                tags[f] = back[f]
    out = []
    for f in diff_fields(cx, cr):
        xv, rv = get_field(cx, f), get_field(cr, f)
        if xv is None:
            ws = ['missing']
        elif rv is None:
            ws = ['added']
        else:
            ws = sorted(w for w in tags.get(f, ()) if w not in ('missing', 'added'))
            if not ws:
                ws = [classify_change(f, xv, rv)]
        out += ['%s:%s' % (f, w) for w in ws]
    return out


def hn_changes(x, a):
    out = []
    for f in diff_fields(x, a):
        out.append('%s:%s' % (f, classify_change(f, get_field(x, f), get_field(a, f))))
    return out


# =============================================================================================
# hard negatives: look like an existing customer, are another customer under the rules
# =============================================================================================
RULE_AFM = 'one ΑΦΜ is one customer: a different ΑΦΜ is a different customer'
HN_TYPES = [
    ('father_son_business', "a father's and his son's separate businesses are two customers"),
    ('grandfather_grandson', 'grandfather and grandson of one name are two customers'),
    ('cousins_same_name', RULE_AFM + ' (cousins of one name, other father, own ΑΦΜ)'),
    ('partner_private_purchase', 'an Ο.Ε./Ε.Π.Ε./Ι.Κ.Ε./Α.Ε. is a customer apart from its partners'),
    ('sole_proprietor_new_company', 'an Ο.Ε./Ε.Π.Ε./Ι.Κ.Ε./Α.Ε. is a customer apart from its partners '
                                    '(the new company has its own ΑΦΜ)'),
    ('chain_store_other_branch', "a chain's stores billed apart are each a customer"),
    ('same_building_other_customer', RULE_AFM + ' (same building, another firm or flat)'),
    ('spouse_same_home', RULE_AFM + ' (spouses each have their own ΑΦΜ)'),
    ('firm_stem_other_entity', RULE_AFM + ' (same name stem, other legal entity)'),
    ('deya_other_municipality', RULE_AFM + ' (each municipal water utility is its own legal entity)'),
    ('hotel_new_operator', RULE_AFM + ' (same hotel run by a new operating company)'),
    ('school_other_school', RULE_AFM + ' (each school is billed apart)'),
    ('hospital_other_hospital', RULE_AFM + ' (another hospital or clinic of the town)'),
    ('shared_accountant_mailbox', RULE_AFM + " (an accountant's mailbox shared by clients)"),
    ('namesake_other_town', RULE_AFM + ' (same name and trade, other town)'),
]
HN_MUST = {
    'father_son_business': {'address', 'phone'},
    'grandfather_grandson': {'name'},
    'cousins_same_name': {'name'},
    'partner_private_purchase': {'phone', 'email'},
    'sole_proprietor_new_company': {'address', 'phone', 'email'},
    'chain_store_other_branch': {'company_name'},
    'same_building_other_customer': {'address'},
    'spouse_same_home': {'address'},
    'firm_stem_other_entity': {'company_name'},
    'deya_other_municipality': {'company_name'},
    'hotel_new_operator': {'name', 'address', 'phone'},
    'school_other_school': {'company_name'},
    'hospital_other_hospital': {'company_name'},
    'shared_accountant_mailbox': {'email'},
    'namesake_other_town': {'name'},
}


def hn_eligible(typ, ex):
    t = ex['truth']
    c = ex['contact']
    k = t['kind']
    person = t['party'] == 'person'
    if typ == 'father_son_business':
        return person and t['gender'] == 'm' and k in ('installer', 'builder') and t['father'] != t['given']
    if typ in ('grandfather_grandson', 'cousins_same_name'):
        return person and t['gender'] == 'm' and TOWNS[t['town']]['kind'] in ('village', 'town') and c['address'] is not None
    if typ == 'partner_private_purchase':
        if person or k not in ('oe', 'ee', 'epe', 'ike', 'construction') or not t['contacts']:
            return False
        p0 = t['contacts'][0]
        return p0['mob'] in phones_of(c) or (p0.get('email') and p0['email'] in emails_of(c))
    if typ == 'sole_proprietor_new_company':
        return person and k in ('installer', 'builder') and bool(phones_of(c) or emails_of(c) or addr_key(c['address']))
    if typ == 'chain_store_other_branch':
        return k == 'store'
    if typ in ('same_building_other_customer', 'spouse_same_home'):
        ok = addr_key(c['address']) is not None and k not in INSTITUTION
        if typ == 'spouse_same_home':
            ok = ok and person and t['gender'] == 'm'
        return ok
    if typ == 'firm_stem_other_entity':
        return (not person) and t['form'] in ('epe', 'ike', 'ae', 'abee', 'ate', 'oe') and k not in INSTITUTION
    if typ == 'deya_other_municipality':
        return k == 'deya'
    if typ == 'hotel_new_operator':
        return k == 'hotel' and len(t['hotels']) == 1
    if typ == 'school_other_school':
        return k == 'school'
    if typ == 'hospital_other_hospital':
        return k == 'hospital'
    if typ == 'shared_accountant_mailbox':
        return t.get('accountant') is not None and t['accountant'] in emails_of(c)
    if typ == 'namesake_other_town':
        return person and k in ('installer', 'builder', 'engineer')
    return False


def set_person_core(t, core):
    for k in ('gender', 'given', 'nick_i', 'father', 'family', 'spouse'):
        t[k] = core[k]


def hn_truth(typ, a, W, r):
    """build the other customer from the anchor truth a; returns (truth, style tweaks)"""
    tw = {}
    if typ == 'father_son_business':
        core = dict(gender='m', given=a['father'], nick_i=r.randrange(6), father=a['given'],
                    family=a['family'], spouse=None)
        h = W.person(a['kind'], a['town'], core=core)
        if r.random() < 0.75:
            h['addr'] = copy.deepcopy(a['addr'])
            tw['addr'] = 'full'
        if a['phones'].get('land') and r.random() < 0.6:
            h['phones']['land'] = a['phones']['land']
            tw['phone'] = ('land', 'mob')
        elif 'addr' not in tw:
            h['addr'] = copy.deepcopy(a['addr'])
            tw['addr'] = 'full'
        tw['father'] = r.choice(['gen', 'init', 'none'])
        return h, tw
    if typ in ('grandfather_grandson', 'cousins_same_name'):
        fa = r.randrange(len(MALE))
        while fa == a['given'] or (typ == 'cousins_same_name' and fa == a['father']):
            fa = r.randrange(len(MALE))
        if typ == 'grandfather_grandson':
            fa = fa  # the anchor's son
        core = dict(gender='m', given=a['given'], nick_i=a['nick_i'], father=fa, family=a['family'], spouse=None)
        h = W.person(r.choice(['homeowner', a['kind']]), a['town'], core=core)
        tw['gform'] = 'formal'
        if typ == 'cousins_same_name' and r.random() < 0.5:
            tw['father'] = r.choice(['gen', 'init'])
        return h, tw
    if typ == 'partner_private_purchase':
        p0 = a['contacts'][0]
        core = dict(gender=p0['gender'], given=p0['given'], nick_i=p0['nick_i'], father=p0['father'],
                    family=p0['family'], spouse=None)
        h = W.person('homeowner', W.town(branch=TOWNS[a['town']]['branch']), core=core)
        h['phones']['mob'] = p0['mob']
        h['spouse'] = None
        if p0.get('email') and r.random() < 0.5:
            h['emails']['main'] = p0['email']
            tw['email'] = 'main'
            tw['phone'] = ('mob',) if r.random() < 0.5 else ()
        else:
            tw['phone'] = ('mob',)
        return h, tw
    if typ == 'sole_proprietor_new_company':
        S = strip_marks(p_family(a, 'legal')).upper()
        I = strip_marks(given_entry(a)['f'])[0].upper()
        form = r.choice(['ike', 'ike', 'oe', 'epe'])
        stem = r.choice(['%s %s' % (S, r.choice(WORD_A)), '%s. %s %s' % (I, S, r.choice(WORD_A)),
                         '%s. %s & ΣΙΑ' % (I, S) if form == 'oe' else '%s %s' % (r.choice(WORD_A), strip_marks(gen_surname(SURNAMES[a['family']])).upper())])
        W.stems.add(stem)
        h = W.org_base(form, a['town'], stem, form, a.get('trade_title'), n_contacts=1)
        set_person_core(h['contacts'][0], a)
        h['contacts'][0]['mob'] = a['phones']['mob']
        h['contact'] = 0
        h['addr'] = copy.deepcopy(a['addr'])
        h['phones'] = dict(land=a['phones'].get('land'), mob=a['phones']['mob'])
        h['emails'] = dict(main=a['emails'].get('alt') or a['emails'].get('main'), alt=None)
        tw.update(addr='full', phone=('land', 'mob') if a['phones'].get('land') else ('mob',), email='main')
        return h, tw
    if typ == 'chain_store_other_branch':
        ci = a['store']['chain']
        h = W.store(ci)
        tw['email'] = 'main'
        tw['org_cn'] = 'legal'
        return h, tw
    if typ == 'same_building_other_customer':
        kind = r.choice(['homeowner', 'homeowner', 'installer', 'engineer', 'ike', 'epe', 'oe'])
        h = W.customer(kind, a['addr']['town'])
        h['addr'] = dict(copy.deepcopy(a['addr']), floor=r.choice([1, 2, 3, 4, 5, 0]))
        tw['addr'] = 'full'
        tw['line2'] = ('floor',)
        return h, tw
    if typ == 'spouse_same_home':
        core = W.person_core(gender='f')
        core['spouse'] = a['family']
        while core['family'] == a['family']:
            core['family'] = r.randrange(len(SURNAMES))
        h = W.person('homeowner', a['addr']['town'], core=core)
        h['spouse'] = a['family']
        h['addr'] = copy.deepcopy(a['addr'])
        if a['phones'].get('land'):
            h['phones']['land'] = a['phones']['land']
        tw['addr'] = 'full'
        tw['married'] = r.choice(['married', 'married', 'both', 'legal'])
        return h, tw
    if typ == 'firm_stem_other_entity':
        br = TOWNS[a['town']]['branch']
        town = W.town(branch=r.choice([b for b in sorted(BRANCH_TOWN) if b != br]))
        form = other(r, ['epe', 'ike', 'ae', 'oe', 'ee'], a['form'])
        h = W.org_base(a['kind'] if a['kind'] not in ('ae', 'abee', 'epe', 'ike', 'oe', 'ee') else form,
                       town, a['stem'], form, None, n_contacts=1)
        W.firm_emails(h, [a['stem'].split()[0], TOWNS[town]['el']])
        tw['org_dn'] = 'legal'
        tw['org_cn'] = 'legal'
        return h, tw
    if typ == 'deya_other_municipality':
        return W.deya(exclude_town=a['town']), {'org_cn': 'legal'}
    if typ == 'hotel_new_operator':
        p1 = W.person_core(kind='installer')
        G1 = strip_marks(gen_surname(SURNAMES[p1['family']])).upper()
        stem = W.uniq_stem(lambda: r.choice(['%s ΤΟΥΡΙΣΤΙΚΗ' % G1, '%s ΞΕΝΟΔΟΧΕΙΑΚΗ' % G1,
                                             'ΝΕΑ %s' % a['stem'], '%s HOSPITALITY' % G1]))
        form = r.choice(['ike', 'ike', 'epe', 'ae'])
        hot = a['hotels'][0]
        h = W.org_base('hotel', a['town'], stem, form, hot['name'], n_contacts=1)
        h['addr'] = copy.deepcopy(hot['addr'])
        h['phones']['land'] = hot['land']
        email = hot['email'] if r.random() < 0.5 else W.uniq_email('info@%s' % W.domain([hot['name'], 'gr']))
        h['hotels'] = [dict(name=hot['name'], addr=h['addr'], land=hot['land'], email=email)]
        h['emails'] = dict(main=W.uniq_email('logistirio@%s' % W.domain([stem.split()[0], 'hotels'])), alt=email)
        tw['org_dn'] = 'trade'
        tw['addr'] = 'full'
        tw['phone'] = ('land',)
        return h, tw
    if typ == 'school_other_school':
        h = W.school(near=(a['town'], [s for s in SCHOOL_TYPES if s[0] == a['school'][0]][0]))
        if r.random() < 0.5:
            h['addr'] = copy.deepcopy(a['addr'])
        tw['org_cn'] = 'legal'
        return h, tw
    if typ == 'hospital_other_hospital':
        if a['form'] is None and ('univ', a['town']) not in W.hosp_used and 'Πανεπιστημιακό' not in a['stem']:
            h = W.hospital(a['town'], private='univ')
        else:
            h = W.hospital(r.choice([k for k in HOSPITAL_TOWNS if k != a['town']]), private=True)
            sa = [s for s in SAINTS if strip_marks(s).upper() in a['stem']]
            if sa:
                h['stem'] = 'ΙΔΙΩΤΙΚΗ ΚΛΙΝΙΚΗ %s %s' % (strip_marks(sa[0]).upper(), strip_marks(TOWNS[h['town']]['gen']).upper())
                h['trade_name'] = 'Κλινική «%s» %s' % (sa[0], TOWNS[h['town']]['el'])
        tw['org_cn'] = 'legal'
        return h, tw
    if typ == 'shared_accountant_mailbox':
        kind = r.choice(['installer', 'builder', 'oe', 'ee', 'ike'])
        h = W.customer(kind, W.town(branch=TOWNS[a['town']]['branch']))
        if h['emails']['main']:
            h['emails']['alt'] = h['emails']['main']
        h['emails']['main'] = a['accountant']
        h['accountant'] = a['accountant']
        tw['email'] = 'main'
        return h, tw
    if typ == 'namesake_other_town':
        br = TOWNS[a['town']]['branch']
        town = W.town(branch=r.choice([b for b in sorted(BRANCH_TOWN) if b != br]))
        fa = r.randrange(len(MALE))
        core = dict(gender=a['gender'], given=a['given'], nick_i=a['nick_i'], father=fa, family=a['family'], spouse=None)
        h = W.person(a['kind'], town, core=core)
        tw['gform'] = r.choice(['formal', 'colloq'])
        return h, tw
    raise ValueError(typ)


# =============================================================================================
# assembling the set
# =============================================================================================
EXISTING_KINDS = [('installer', 330), ('builder', 90), ('engineer', 50), ('homeowner', 280),
                  ('oe', 120), ('ee', 50), ('epe', 90), ('ike', 132), ('ae', 80), ('abee', 20),
                  ('construction', 70), ('hotel', 50), ('deya', 18), ('school', 50),
                  ('store', 45), ('hospital', 25)]
NEW_KINDS = [('homeowner', 26), ('installer', 20), ('builder', 6), ('engineer', 3), ('oe', 8),
             ('ee', 3), ('epe', 6), ('ike', 10), ('ae', 4), ('construction', 6), ('hotel', 4),
             ('school', 2), ('hospital', 1), ('deya', 1)]
PERSON_KINDS = ('installer', 'builder', 'engineer', 'homeowner')
N_EXISTING = 1500
N_MATCH = 825
N_NEW_ENTITIES = 420
N_HN_PER_TYPE = 10
NC_MIN_SIM = 0.70
NC_MARGIN = 0.15


def person_key(t):
    return (t['gender'], t['given'], t['family'], t['town'])


def build_existing(W, r):
    truths = []
    for kind, n in EXISTING_KINDS:
        for i in range(n):
            if kind == 'store':
                truths.append(W.store(i % 3))
            elif kind == 'hospital':
                if i < 18:
                    truths.append(W.hospital(None, private=False))
                else:
                    truths.append(W.hospital(r.choice(HOSPITAL_TOWNS), private=True))
            else:
                truths.append(W.customer(kind))
    for t in truths:
        t.setdefault('accountant', None)
    # namesakes: cousins and unrelated people of one name, some in one town
    persons = [t for t in truths if t['party'] == 'person']
    pairs = []
    pos = {id(t): i for i, t in enumerate(truths)}
    for _ in range(34):
        a, b = r.sample(persons, 2)
        if id(a) not in pos or id(b) not in pos:
            continue
        core = dict(gender=a['gender'], given=a['given'], nick_i=a['nick_i'],
                    father=r.randrange(len(MALE)), family=a['family'], spouse=None)
        town = a['town'] if r.random() < 0.5 else b['town']
        nb = W.person(b['kind'], town, core=core)
        nb['accountant'] = None
        truths[pos.pop(id(b))] = nb
        pos.pop(id(a))
        pairs.append((a, nb))
    # clients of a few accountants who give the accountant's mailbox for invoices
    cands = [t for t in truths if t['kind'] in ('installer', 'builder', 'oe', 'ee', 'ike', 'epe')]
    for t in r.sample(cands, 46):
        acc = W.accountants[r.randrange(len(W.accountants))]
        t['accountant'] = acc
        if t['emails']['main'] and not t['emails']['alt']:
            t['emails']['alt'] = t['emails']['main']
        t['emails']['main'] = acc
    r.shuffle(truths)
    recs = []
    styles = {}
    for t in truths:
        st = style_qbo(t, r)
        if t.get('accountant') and r.random() < 0.8:
            st['email'] = 'main'
        styles[id(t)] = st
    for a, b in pairs:
        if r.random() < 0.75:
            sa, sb = styles[id(a)], styles[id(b)]
            for k in ('script', 'case', 'accents', 'gform', 'order', 'father', 'title', 'trade', 'married', 'afm_in'):
                sb[k] = sa[k]
            b['nick_i'] = a['nick_i']
            b['trade'] = a['trade'] if (a['trade'] and b['trade']) else b['trade']
            if sb['afm_in'] == 'line2' and 'afm' not in sb['line2']:
                sb['line2'] = sb['line2'] + ('afm',)
            if sb['afm_in'] != 'line2':
                sb['line2'] = tuple(x for x in sb['line2'] if x != 'afm')
            if sb['addr'] == 'none' and sb['afm_in'] == 'line2':
                sb['addr'] = 'full'
    for t in truths:
        st = styles[id(t)]
        recs.append(dict(set='existing', entity=W.eid(), truth=t, style=st, mods=[], ptags={},
                         contact=render(t, st), category='existing'))
    seen = {}
    for ex in recs:
        dn = ex['contact']['displayName']
        key = dn.casefold()
        if key in seen:
            first = seen[key]
            ad = ex['contact']['address']
            suffix = None
            if ad and ad.get('city') and city_key(ad) != city_key(first['contact']['address']):
                suffix = '(%s)' % ad['city']
            k = 2
            while suffix is None or (dn + ' ' + suffix).casefold() in seen:
                suffix = '(%d)' % k
                k += 1
            ex['style']['dn_suffix'] = suffix
            ex['contact'] = render(ex['truth'], ex['style'])
            seen[ex['contact']['displayName'].casefold()] = ex
        else:
            seen[key] = ex
    # the accounting system's own typing slips: look-alike letters, typos
    keys = {e['contact']['displayName'].casefold() for e in recs}
    for ex in recs:
        x = r.random()
        if x < 0.03:
            post = [('lookalike', None)]
        elif x < 0.05:
            post = [('typo', r.choice(['displayName', 'familyName', 'companyName', 'address.line1']))]
        else:
            continue
        new, tags = apply_post(ex['contact'], post, r)
        k = new['displayName'].casefold()
        if k != ex['contact']['displayName'].casefold() and k in keys:
            continue
        keys.discard(ex['contact']['displayName'].casefold())
        keys.add(k)
        ex['contact'], ex['ptags'] = new, tags
    recs.sort(key=lambda e: e['contact']['displayName'].casefold())
    for i, e in enumerate(recs):
        e['index'] = i
    return recs


def build_incoming(W, ref, source, profile, nc, r):
    t = copy.deepcopy(ref['truth'])
    st = style_source(source, t, r)
    mods, post = [], []
    for op in pick_ops(profile, r, nc):
        apply_op(op, t, st, post, mods, r, W, nc)
    if nc:
        nc_force(t, st, mods, r, W, ref['style']['city_form'])
    ensure_contact(t, st)
    final, ptags = apply_post(render(t, st), post, r)
    return dict(set='incoming', truth=t, style=st, mods=mods, ptags=ptags, contact=final,
                source=source, profile=profile, nc=nc, cmp=ref, entity=ref['entity'])


def build_hard_negatives(W, existing, r):
    out = []
    used = set()
    for typ, rule in HN_TYPES:
        made = 0
        elig = [e for e in existing if hn_eligible(typ, e)]
        r.shuffle(elig)
        tries = 0
        while made < N_HN_PER_TYPE:
            tries += 1
            if tries > 400 or not elig:
                raise RuntimeError('cannot build hard negatives of type %s (%d made)' % (typ, made))
            anc = elig.pop()
            if anc['entity'] in used:
                continue
            h, tw = hn_truth(typ, anc['truth'], W, r)
            h.setdefault('accountant', None)
            ok = None
            for attempt in range(30):
                src = wchoice(r, SOURCES)
                st = style_source(src, h, r)
                for k in sorted(tw):
                    st[k] = tw[k]
                if st['addr'] == 'none' and st['afm_in'] == 'line2':
                    st['afm_in'] = 'none'
                if st['afm_in'] != 'line2':
                    st['line2'] = tuple(x for x in st['line2'] if x != 'afm')
                mods, post = [], []
                if r.random() < 0.5:
                    apply_op(r.choice(LIGHT_OPS), h, st, post, mods, r, W)
                ensure_contact(h, st)
                final, ptags = apply_post(render(h, st), post, r)
                sh = shared_with(final, anc['contact'])
                if set(sh) & HN_MUST[typ] and set(sh) - {'city', 'postal_code'}:
                    ok = dict(set='incoming', truth=h, style=st, mods=mods, ptags=ptags,
                              contact=final, source=src, category='hard_negative', hn_type=typ,
                              rule=rule, anchor=anc, entity=W.eid(), shared=sh)
                    break
            if ok is None:
                continue
            used.add(anc['entity'])
            out.append(ok)
            made += 1
    return out


def findable_by_name(x, ref, pool, names):
    ck = city_key(x['contact']['address'])
    if ck is None or ck != city_key(ref['contact']['address']):
        return False
    nx = names[id(x)]
    own = record_sim_tok(nx, names[id(ref)])
    if own < NC_MIN_SIM:
        return False
    best = 0.0
    for y in pool.get(ck, ()):
        if y['entity'] != x['entity']:
            v = record_sim_tok(nx, names[id(y)])
            if v > best:
                best = v
    return own - best >= NC_MARGIN


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if '--out' in sys.argv:
        out_dir = sys.argv[sys.argv.index('--out') + 1]
    r = random.Random(SEED)
    W = World(r)
    existing = build_existing(W, r)
    assert len(existing) == N_EXISTING
    ex_person_keys = {person_key(e['truth']) for e in existing if e['truth']['party'] == 'person'}

    incoming = build_hard_negatives(W, existing, r)
    hn_keys = {person_key(h['truth']) for h in incoming if h['truth']['party'] == 'person'}

    # ---- new customers, some seen two or three times
    mult = [3] * 15 + [2] * 75 + [1] * (N_NEW_ENTITIES - 90)
    r.shuffle(mult)
    for m in mult:
        kind = wchoice(r, NEW_KINDS)
        if kind == 'deya' and len([d for d in DEYA if d[1] not in W.deya_used]) == 0:
            kind = 'ike'
        while True:
            t = W.customer(kind)
            if t['party'] != 'person' or (person_key(t) not in ex_person_keys and person_key(t) not in hn_keys):
                break
        t.setdefault('accountant', None)
        src = wchoice(r, SOURCES)
        st = style_source(src, t, r)
        mods, post = [], []
        if r.random() < 0.4:
            apply_op(r.choice(LIGHT_OPS), t, st, post, mods, r, W)
        ensure_contact(t, st)
        final, ptags = apply_post(render(t, st), post, r)
        first = dict(set='incoming', truth=t, style=st, mods=[], ptags=ptags, contact=final,
                     source=src, category='new', entity=W.eid(), occ=1, group=[])
        incoming.append(first)
        for k in range(2, m + 1):
            prof = wchoice(r, [('light', 35), ('medium', 40), ('harsh', 25)])
            nc = bool(first['contact']['address'] and first['contact']['address'].get('city')) and r.random() < 0.3 and prof != 'harsh'
            rep = build_incoming(W, first, wchoice(r, SOURCES), prof, nc, r)
            rep.update(category='new', occ=k)
            first['group'].append(rep)
            incoming.append(rep)

    # ---- matches of existing customers, some several times
    mult = [5] * 10 + [3] * 45 + [2] * 130
    mult += [1] * (N_MATCH - sum(mult))
    chosen = r.sample(existing, len(mult))
    for ex, m in zip(chosen, mult):
        for _ in range(m):
            prof = wchoice(r, [('light', 35), ('medium', 40), ('harsh', 25)])
            has_city = bool(ex['contact']['address'] and ex['contact']['address'].get('city'))
            nc = has_city and r.random() < (0.24 if prof != 'harsh' else 0.1)
            rec = build_incoming(W, ex, wchoice(r, SOURCES), prof, nc, r)
            rec['category'] = 'match'
            incoming.append(rec)

    # ---- shuffle; a new customer's first occurrence precedes its repeats
    r.shuffle(incoming)
    pos = {id(x): i for i, x in enumerate(incoming)}
    for x in list(incoming):
        if x['category'] == 'new' and x.get('occ') == 1 and x['group']:
            grp = [x] + x['group']
            slots = sorted(pos[id(g)] for g in grp)
            for g, s in zip(grp, slots):
                incoming[s] = g
    for i, x in enumerate(incoming):
        x['index'] = i
    for x in incoming:
        if x['category'] == 'new' and x.get('occ') == 1:
            for k, g in enumerate(sorted(x['group'], key=lambda g: g['index']), start=2):
                g['occ'] = k
                g['cmp'] = x

    # ---- evidence, findability (name + town), repairs
    allrecs = existing + incoming
    names = {id(x): record_names(x['contact']) for x in allrecs}
    pool = {}
    for x in allrecs:
        ck = city_key(x['contact']['address'])
        if ck:
            pool.setdefault(ck, []).append(x)
    for x in incoming:
        if x['category'] == 'hard_negative' or (x['category'] == 'new' and x['occ'] == 1):
            continue
        ref = x['cmp']
        for attempt in range(3):
            ev = evidence(x['contact'], ref['contact'])
            afm = bool(afms_of(x['contact']) & afms_of(ref['contact']))
            if ev or afm:
                x['findable'] = 'identifier'
                break
            if findable_by_name(x, ref, pool, names):
                x['findable'] = 'name+city'
                break
            c, rc = x['contact'], ref['contact']
            if rc['phone']:
                c['phone'] = rc['phone']
                x['ptags'].pop('phone', None)
            elif rc['email']:
                c['email'] = rc['email']
                x['ptags'].pop('email', None)
            else:
                c['address'] = copy.deepcopy(rc['address'])
                for f in list(x['ptags']):
                    if f.startswith('address'):
                        x['ptags'].pop(f)
        else:
            raise RuntimeError('record cannot be made findable')
        x['evidence'] = ev
        x['afm_shared'] = afm
    n_nc = sum(1 for x in incoming if x.get('findable') == 'name+city')
    if n_nc < 100:
        raise RuntimeError('only %d name+city records' % n_nc)

    # ---- output
    set_lines, meta_lines = [], []
    for x in existing:
        set_lines.append(dict(set='existing', entity=x['entity'], contact=x['contact']))
        meta_lines.append(dict(set='existing', index=x['index'], entity=x['entity'],
                               category='existing', kind=x['truth']['kind'],
                               party=x['truth']['party'], changes=[]))
    for x in incoming:
        t = x['truth']
        set_lines.append(dict(set='incoming', entity=x['entity'], contact=x['contact']))
        m = dict(set='incoming', index=x['index'], entity=x['entity'], category=x['category'],
                 kind=t['kind'], party=t['party'], source=x['source'])
        if x['category'] == 'hard_negative':
            m['changes'] = hn_changes(x['contact'], x['anchor']['contact'])
            m.update(anchor=x['anchor']['entity'], anchor_index=x['anchor']['index'],
                     hn_type=x['hn_type'], rule=x['rule'],
                     shared=shared_with(x['contact'], x['anchor']['contact']))
        elif x['category'] == 'new' and x['occ'] == 1:
            m['changes'] = []
            m['occurrence'] = 1
        else:
            ref = x['cmp']
            m['changes'] = attribute(x, ref)
            if x['category'] == 'new':
                m['occurrence'] = x['occ']
            m.update(profile=x['profile'], evidence=x['evidence'], afm_shared=x['afm_shared'],
                     findable=x['findable'], compare_set=ref['set'], compare_index=ref['index'])
        meta_lines.append(m)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for o in set_lines:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(out_dir, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for o in meta_lines:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + '\n')
    if '--stats' in sys.argv:
        from collections import Counter
        cat = Counter(m['category'] for m in meta_lines if m['set'] == 'incoming')
        print('categories', sorted(cat.items()))
        print('name+city', n_nc)
        print('sources', sorted(Counter(m['source'] for m in meta_lines if m['set'] == 'incoming').items()))
        print('profiles', sorted(Counter(m.get('profile') for m in meta_lines if m.get('profile')).items()))
        print('hn', sorted(Counter(m['hn_type'] for m in meta_lines if m.get('hn_type')).items()))
        print('repeats', sum(1 for m in meta_lines if m.get('occurrence', 1) > 1))
        print('kinds existing', sorted(Counter(m['kind'] for m in meta_lines if m['set'] == 'existing').items()))
        ch = Counter(c.split(':', 1)[1] for m in meta_lines for c in m['changes'])
        print('changes', sorted(ch.items()))
        print('evidence', sorted(Counter(tuple(m['evidence']) for m in meta_lines if 'evidence' in m).items()))


if __name__ == '__main__':
    main()
