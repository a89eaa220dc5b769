#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen.py -- generator of the synthetic, fully labelled customer-record benchmark
"pl-hurtownia" (Hurtownia Budowlano-Elektryczna Wielkopolska, Poznan; QuickBooks
Online customer list, PLN).

Python 3 standard library only.  Deterministic: one random.Random(SEED); no set is
ever iterated, so the output is byte-identical for any PYTHONHASHSEED.

    python3 gen.py            -> writes set.jsonl and meta.jsonl next to gen.py
    python3 gen.py --out DIR  -> writes them into DIR
"""
import argparse
import copy
import json
import os
import random
import re
import sys

SEED = 61852
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_MATCH = 825
N_NEW_SINGLE, N_NEW_DOUBLE, N_NEW_TRIPLE = 330, 75, 15
HN_PER_TYPE = 15

# =============================================================================
# 1. text helpers
# =============================================================================
FOLD_FROM = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüÄÖÜáčďéěíňřšťúůýžÁČĎÉĚÍŇŘŠŤÚŮÝŽ"
FOLD_TO = "acelnoszzACELNOSZZaouAOUacdeeinrstuuyzACDEEINRSTUUYZ"
assert len(FOLD_FROM) == len(FOLD_TO)
FOLD_T = str.maketrans(FOLD_FROM, FOLD_TO)


def fold(s):
    return s.translate(FOLD_T)


def fl(s):
    return fold(s).lower()


def ws(s):
    return " ".join(s.split())


def cleanup(s):
    s = ws(s)
    s = s.replace(" ,", ",")
    return s.strip(" ,;-")


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


def typo_ok(a, b):
    """exactly one edit, inside one word, never on the word's first letter"""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if not x or not y or x[0] != y[0]:
        return False
    return lev(x, y) == 1


def chance(p):
    return R.random() < p


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def dedupe(seq):
    out, seen = [], {}
    for x in seq:
        if x not in seen:
            seen[x] = 1
            out.append(x)
    return out


# =============================================================================
# 2. name normalisers (each one is a label: "field:<label>")
# =============================================================================
QUOTE_CHARS = "„”“\"‚‘’«»'"
_LB = r'(?<![^\s,("„“”])'
_RB = r'(?=$|[\s,)"”“])'
LF_PATTERNS = [
    ('sro', r'spol\.\s*s\s*r\.\s*o\.'),
    ('sro', r's\.\s?r\.\s?o\.'),
    ('as', r'a\.\s?s\.'),
    ('gmbh', r'gmbh(?:\s*&\s*co\.?\s*kg)?'),
    ('spzoo', r'sp(?:olka|\.)?\s*z\s*o(?:graniczona)?\.?\s*o(?:dpowiedzialnoscia)?\.?'),
    ('sa', r'spolka\s+akcyjna'),
    ('spj', r'sp(?:olka|\.)?\s*j(?:awna|\.)?'),
    ('spk', r'sp(?:olka|\.)?\s*k(?:omandytowa|\.)?'),
    ('sc', r'spolka\s+cywilna'),
    ('sa', r's\.?\s?a\.?'),
    ('sc', r's\.?\s?c\.?'),
]
LF_RX = re.compile('|'.join('(?P<g%d>%s%s%s)' % (i, _LB, p, _RB)
                            for i, (_, p) in enumerate(LF_PATTERNS)))
SC_RX = re.compile(_LB + r'(?:spolka\s+cywilna|s\.?\s?c\.?)' + _RB)
MAIDEN_RX = re.compile(r'\s\(?z\s?d(?:\.|omu)\s+[^\s),]+\)?')
QUAL_RX = re.compile(r'\s+(?:\([^()]*\)|-\s*\d+)\s*$')

PFX_ABBR = ['pphu', 'ppuh', 'phu', 'puh', 'fhu', 'fuh', 'zuh', 'zhu', 'zphu', 'zpuh', 'pph', 'fph', 'fphu']
PFX_WORDS = ['przedsiebiorstwo', 'firma', 'zaklad']
PFX_ADJ = ['produkcyjno', 'handlowo', 'uslugowo', 'handlowe', 'uslugowe', 'handlowa', 'uslugowa',
           'handlowy', 'uslugowy']
PFX_SET = dict((k, 1) for k in PFX_ABBR + PFX_WORDS)
PFX_ADJ_SET = dict((k, 1) for k in PFX_ADJ)

ABBR_GROUPS = [
    ('usl', ['uslugi', 'usl']),
    ('rem', ['remontowo', 'remontowe', 'rem']),
    ('bud', ['budowlane', 'budowlanymi', 'budowlanych', 'budownictwo', 'bud']),
    ('ogolbud', ['ogolnobudowlane', 'ogolnobud']),
    ('inst', ['instalacje', 'inst']),
    ('elektr', ['elektryczne', 'elektr']),
    ('wod', ['wodno', 'wod']),
    ('kan', ['kanalizacyjne', 'kan']),
    ('co', ['co']),
    ('hydr', ['hydrauliczne', 'hydraul', 'hydr']),
    ('sanit', ['sanitarne', 'sanit']),
    ('dek', ['dekarstwo', 'dek']),
    ('blach', ['blacharstwo', 'blach']),
    ('ciesl', ['ciesielstwo', 'ciesl']),
    ('wyk', ['wykonczenia', 'wykoncz']),
    ('wnetrz', ['wnetrz']),
    ('handel', ['handel']),
    ('mat', ['materialami', 'mat']),
    ('malar', ['malarskie', 'malar']),
    ('glaz', ['glazurnictwo', 'glaz']),
    ('rob', ['roboty', 'rob']),
    ('ziem', ['ziemne', 'ziem']),
    ('termo', ['termomodernizacje', 'termomod']),
    ('transp', ['transport', 'transp']),
    ('posadz', ['posadzkarstwo', 'posadz']),
    ('zarz', ['zarzadzanie', 'zarz']),
    ('nier', ['nieruchomosciami', 'nier']),
    ('oddz', ['oddzial', 'oddz']),
    ('im', ['imienia', 'im']),
    ('sw', ['swietego', 'swietej', 'sw']),
    ('pw', ['pw']),
    ('sm', ['sm']), ('wm', ['wm']), ('zs', ['zs']), ('ug', ['ug']), ('umig', ['umig']),
    ('mops', ['mops']), ('gok', ['gok']), ('osp', ['osp']),
]
ABBR_WORDS = {}
for _stem, _vars in ABBR_GROUPS:
    for _v in _vars:
        ABBR_WORDS[_v] = _stem
ABBR_PHRASES = [
    (('urzad', 'miasta', 'i', 'gminy'), 'umig'),
    (('miejski', 'osrodek', 'pomocy', 'spolecznej'), 'mops'),
    (('gminny', 'osrodek', 'kultury'), 'gok'),
    (('ochotnicza', 'straz', 'pozarna'), 'osp'),
    (('spoldzielnia', 'mieszkaniowa'), 'sm'),
    (('wspolnota', 'mieszkaniowa'), 'wm'),
    (('szkola', 'podstawowa'), 'sp'),
    (('zespol', 'szkol'), 'zs'),
    (('urzad', 'gminy'), 'ug'),
    (('pod', 'wezwaniem'), 'pw'),
]
TITLES = {'pan': 1, 'pani': 1, 'inz': 1, 'mgr': 1, 'dr': 1}

MALE = [("Jan", ["Janek"]), ("Andrzej", []), ("Piotr", ["Piotrek"]), ("Krzysztof", ["Krzysiek", "Krzyś"]),
        ("Stanisław", ["Staszek", "Stasiek"]), ("Tomasz", ["Tomek"]), ("Paweł", []), ("Józef", ["Józek"]),
        ("Marcin", []), ("Marek", []), ("Michał", []), ("Grzegorz", ["Grzesiek", "Grześ"]),
        ("Jerzy", ["Jurek"]), ("Tadeusz", ["Tadek"]), ("Adam", []), ("Łukasz", []),
        ("Zbigniew", ["Zbyszek"]), ("Ryszard", ["Rysiek"]), ("Dariusz", ["Darek"]), ("Henryk", ["Heniek"]),
        ("Mariusz", []), ("Kazimierz", ["Kazik"]), ("Wojciech", ["Wojtek"]), ("Robert", []),
        ("Mateusz", []), ("Marian", []), ("Rafał", []), ("Jacek", []), ("Janusz", []),
        ("Mirosław", ["Mirek"]), ("Maciej", []), ("Sławomir", ["Sławek"]), ("Jarosław", ["Jarek"]),
        ("Kamil", []), ("Wiesław", []), ("Roman", ["Romek"]), ("Władysław", ["Władek"]),
        ("Jakub", ["Kuba"]), ("Artur", []), ("Zdzisław", ["Zdzisiek"]), ("Edward", ["Edek"]),
        ("Mieczysław", ["Mietek"]), ("Damian", []), ("Dawid", []), ("Przemysław", ["Przemek"]),
        ("Sebastian", []), ("Czesław", ["Czesiek"]), ("Leszek", []), ("Daniel", []),
        ("Waldemar", ["Waldek"]), ("Radosław", ["Radek"]), ("Bartłomiej", ["Bartek"]), ("Szymon", []),
        ("Bogdan", []), ("Norbert", []), ("Hubert", []), ("Eugeniusz", ["Gienek"]),
        ("Franciszek", ["Franek"]), ("Ireneusz", []), ("Bogusław", [])]
FEMALE = [("Anna", ["Ania"]), ("Maria", []), ("Katarzyna", ["Kasia"]), ("Małgorzata", ["Gosia", "Małgosia"]),
          ("Agnieszka", ["Aga"]), ("Barbara", ["Basia"]), ("Ewa", []), ("Krystyna", []),
          ("Elżbieta", ["Ela"]), ("Magdalena", ["Magda"]), ("Joanna", ["Asia"]), ("Zofia", ["Zosia"]),
          ("Monika", []), ("Teresa", []), ("Danuta", []), ("Natalia", []), ("Aleksandra", ["Ola"]),
          ("Jadwiga", []), ("Karolina", []), ("Halina", []), ("Irena", []), ("Beata", []), ("Marta", []),
          ("Dorota", []), ("Jolanta", ["Jola"]), ("Iwona", []), ("Grażyna", []), ("Janina", []),
          ("Hanna", ["Hania"]), ("Renata", []), ("Paulina", []), ("Justyna", []), ("Agata", []),
          ("Alicja", []), ("Sylwia", []), ("Urszula", []), ("Izabela", []), ("Wiesława", []),
          ("Bożena", []), ("Patrycja", []), ("Kinga", []), ("Weronika", [])]
DIM = {}
for _f, _ds in MALE + FEMALE:
    for _d in _ds:
        DIM[fl(_d)] = _f
PROTECT = {}
for _w in (list(ABBR_WORDS) + PFX_ABBR + PFX_WORDS + PFX_ADJ + list(TITLES) +
           ['senior', 'junior', 'spolka', 'ograniczona', 'odpowiedzialnoscia', 'jawna', 'komandytowa',
            'akcyjna', 'cywilna', 'gmbh', 'nr', 'parafia', 'rzymskokatolicka', 'miasta', 'gminy', 'urzad',
            'gmina']):
    PROTECT[_w] = 1
for _p, _s in ABBR_PHRASES:
    for _w in _p:
        PROTECT[_w] = 1


def rx_remove(s, rx):
    t = fl(s)
    assert len(t) == len(s)
    out, last = [], 0
    for m in rx.finditer(t):
        out.append(s[last:m.start()])
        out.append(' ')
        last = m.end()
    out.append(s[last:])
    return cleanup(''.join(out))


def legal_codes(s):
    out = []
    for m in LF_RX.finditer(fl(s)):
        for i in range(len(LF_PATTERNS)):
            if m.group('g%d' % i) is not None:
                out.append(LF_PATTERNS[i][0])
                break
    return out


def n_qualifier(s):
    return cleanup(QUAL_RX.sub('', s))


def n_maiden(s):
    return rx_remove(s, MAIDEN_RX)


def n_partners(s):
    m = SC_RX.search(fl(s))
    if not m:
        return s
    return cleanup(s[:m.end()])


def n_quotes(s):
    return cleanup(''.join(ch for ch in s if ch not in QUOTE_CHARS))


def n_legal(s):
    return rx_remove(s, LF_RX)


def _tokkey(t):
    return fl(t).strip('.,;:' + QUOTE_CHARS).replace('.', '')


def n_prefix(s):
    out = []
    for t in s.split():
        k = _tokkey(t)
        if k in PFX_SET:
            continue
        parts = k.split('-')
        if k and all(p in PFX_ADJ_SET for p in parts):
            continue
        out.append(t)
    return ' '.join(out)


def n_abbrev(s):
    toks = s.split()
    keys = [_tokkey(t) for t in toks]
    out, i = [], 0
    while i < len(toks):
        hit = False
        for phrase, stem in ABBR_PHRASES:
            n = len(phrase)
            if tuple(keys[i:i + n]) == phrase:
                out.append(stem)
                i += n
                hit = True
                break
        if hit:
            continue
        k = keys[i]
        if k == 'sp' and i + 1 < len(keys) and keys[i + 1] == 'nr':
            out.append('sp')
        else:
            parts = k.split('-')
            if k and all(p in ABBR_WORDS for p in parts):
                out.append('-'.join(ABBR_WORDS[p] for p in parts))
            else:
                out.append(toks[i])
        i += 1
    return ' '.join(out)


def n_title(s):
    return ' '.join(t for t in s.split() if fl(t).replace('.', '').strip(',') not in TITLES)


def n_dim(s):
    out = []
    for t in s.split():
        k = fl(t).strip('.,')
        if k in DIM:
            f = DIM[k]
            if t.isupper() and len(t) > 1:
                f = f.upper()
            elif t.islower():
                f = f.lower()
            out.append(f)
        else:
            out.append(t)
    return ' '.join(out)


GENDER_RX = re.compile(r'(?:sk|ck|dzk)a$')


def n_gender(s):
    out = []
    for t in s.split():
        if GENDER_RX.search(fl(t)):
            t = t[:-1] + ('I' if t[-1].isupper() else 'i')
        out.append(t)
    return ' '.join(out)


def n_case(s):
    return s.lower()


def n_diacritics(s):
    return fold(s)


def r_married(a, b):
    ta, tb = a.split(), b.split()

    def fix(x, y):
        ys = dict((t, 1) for t in y)
        out = []
        for t in x:
            if '-' in t and t not in ys:
                rep = [p for p in t.split('-') if p in ys]
                out.append(rep[0] if rep else t)
            else:
                out.append(t)
        return out
    return ' '.join(fix(ta, tb)), ' '.join(fix(tb, ta))


def n_order(s):
    return ' '.join(sorted(s.split(), key=lambda t: (fl(t), t)))


def _msub(small, big):
    cnt = {}
    for t in big:
        cnt[t] = cnt.get(t, 0) + 1
    for t in small:
        if cnt.get(t, 0) <= 0:
            return False
        cnt[t] -= 1
    return True


def r_trade(a, b):
    ta, tb = a.split(), b.split()
    if len(ta) > len(tb):
        small, big = tb, ta
    else:
        small, big = ta, tb
    if 2 <= len(small) < len(big) and _msub(small, big):
        s = ' '.join(small)
        return s, s
    return a, b


NAME_STAGES = ['qualifier', 'maiden', 'partners', 'quotes', 'legal_form', 'prefix', 'abbrev', 'title',
               'diminutive', 'gender', 'case', 'diacritics', 'married', 'order', 'trade_name']
SINGLE = {'qualifier': n_qualifier, 'maiden': n_maiden, 'partners': n_partners, 'quotes': n_quotes,
          'legal_form': n_legal, 'prefix': n_prefix, 'abbrev': n_abbrev, 'title': n_title,
          'diminutive': n_dim, 'gender': n_gender, 'case': n_case, 'diacritics': n_diacritics,
          'order': n_order}
REL = {'married': r_married, 'trade_name': r_trade}


def apply_name(a, b, labels):
    a, b = cleanup(a), cleanup(b)
    for st in NAME_STAGES:
        if st in labels:
            if st in REL:
                a, b = REL[st](a, b)
            else:
                a, b = SINGLE[st](a), SINGLE[st](b)
            a, b = cleanup(a), cleanup(b)
    return a, b


def name_suff(a, b, labels):
    x, y = apply_name(a, b, labels)
    if 'typo' in labels:
        return typo_ok(x, y)
    return x == y


def _prune(a, b, labels):
    L = list(labels)
    again = True
    while again:
        again = False
        for l in list(L):
            M = [x for x in L if x != l]
            if name_suff(a, b, M):
                L = M
                again = True
                break
    return L


def derive_name(a, b, hint=()):
    if a == b:
        return []
    if a is None:
        return ['missing']
    if b is None:
        return ['added']
    hint_l = [l for l in NAME_STAGES if l in hint]
    tries = [hint_l, NAME_STAGES, hint_l + ['typo'], NAME_STAGES + ['typo']]
    if 'typo' in hint:
        tries.insert(0, hint_l + ['typo'])
    for L in tries:
        if name_suff(a, b, L):
            return sorted(_prune(a, b, L))
    return ['changed']


def name_core(s):
    """comparison core of a name: every single-string normaliser, tokens sorted"""
    if s is None:
        return None
    for st in NAME_STAGES:
        if st in SINGLE:
            s = cleanup(SINGLE[st](s))
    return s


def person_key(given, family):
    if not given or not family:
        return None
    g = cleanup(n_dim(given))
    return fl(g) + ' ' + fl(cleanup(family))


# =============================================================================
# 3. e-mail, phone and address keys / label derivation
# =============================================================================
def email_key(s):
    return s.strip().lower() if s else None


def derive_email(a, b):
    if a == b:
        return []
    if a is None:
        return ['missing']
    if b is None:
        return ['added']
    if a.lower() == b.lower():
        return ['case']
    if lev(a, b) == 1 and lev(a.lower(), b.lower()) == 1 and a[0] == b[0]:
        return ['typo']
    return ['changed']


EXT_RX = re.compile(r'\b(?:wew\.?|w\.)\s*(\d{1,5})\b', re.I)
PSPLIT_RX = re.compile(r'\s*[,;]\s*|\s+/\s+|\s+lub\s+', re.I)


def phone_key1(q):
    d = re.sub(r'\D', '', q)
    if not d:
        return None
    intl = ('+' in q) or d.startswith('00')
    if d.startswith('00'):
        d = d[2:]
    if intl:
        if d.startswith('48') and len(d) == 11:
            return d[2:]
        return '+' + d
    if len(d) == 11 and d.startswith('48'):
        return d[2:]
    if len(d) == 10 and d.startswith('0'):
        return d[1:]
    return d


def phone_items(s):
    out = []
    if not s:
        return out
    for p in PSPLIT_RX.split(s.strip()):
        if not p.strip():
            continue
        m = EXT_RX.search(p)
        ext, q = None, p
        if m:
            ext = m.group(1)
            q = p[:m.start()] + p[m.end():]
        k = phone_key1(q)
        if k:
            out.append((k, ext or '', ws(q)))
    return out


def phone_keys(s):
    return dedupe([k for k, _, _ in phone_items(s)])


def strip_ext(s):
    return ws(EXT_RX.sub(' ', s))


def derive_phone(a, b):
    if a == b:
        return []
    if a is None:
        return ['missing']
    if b is None:
        return ['added']
    ia, ib = phone_items(a), phone_items(b)
    ka, kb = dedupe([x[0] for x in ia]), dedupe([x[0] for x in ib])
    if sorted(ka) == sorted(kb):
        labs = []
        ea, eb = sorted((k, e) for k, e, _ in ia), sorted((k, e) for k, e, _ in ib)
        if ea != eb:
            labs.append('extension')
        if strip_ext(a) != strip_ext(b) or ea == eb:
            labs.append('format')
        return sorted(labs)
    common = [k for k in ka if k in kb]
    if common and (all(k in kb for k in ka) or all(k in ka for k in kb)):
        labs = ['second_number']
        da = dict((k, (e, q)) for k, e, q in ia)
        db = dict((k, (e, q)) for k, e, q in ib)
        for k in common:
            if da[k][0] != db[k][0]:
                labs.append('extension')
            if da[k][1] != db[k][1]:
                labs.append('format')
        return sorted(dedupe(labs))
    if len(a) == len(b):
        pos = [i for i in range(len(a)) if a[i] != b[i]]
        if len(pos) == 1 and a[pos[0]].isdigit() and b[pos[0]].isdigit():
            firstdig = min(i for i in range(len(a)) if a[i].isdigit())
            if pos[0] != firstdig:
                return ['typo']
    return ['changed']


STREET_PFX = {'ul': 1, 'ulica': 1, 'al': 1, 'aleja': 1, 'aleje': 1, 'os': 1, 'osiedle': 1, 'pl': 1, 'plac': 1}
HONOR = {}
for _w in ['gen', 'generala', 'ks', 'ksiedza', 'sw', 'swietego', 'swietej', 'swiety', 'kard', 'kardynala',
           'marsz', 'marszalka', 'prof', 'profesora', 'rtm', 'rotmistrza', 'bp', 'biskupa']:
    HONOR[_w] = 1
FIRSTN = {}
for _w in ['jana', 'adama', 'henryka', 'jozefa', 'juliusza', 'stanislawa', 'tadeusza', 'karola', 'kazimierza',
           'boleslawa', 'mikolaja', 'stefana', 'wladyslawa', 'romana', 'ignacego', 'fryderyka', 'marii',
           'witolda', 'franciszka', 'wojciecha', 'andrzeja', 'ludwika', 'feliksa', 'juliana', 'marcelego',
           'hanki', 'janka', 'malgorzaty', 'zygmunta', 'augusta', 'marcina', 'amilkara', 'franklina',
           'gabriela', 'eugeniusza', 'leona', 'jerzego', 'danuty', 'ireny', 'wincentego', 'zbigniewa']:
    FIRSTN[_w] = 1
ADDR_RX = re.compile(r'^(?P<name>.*?)\s*(?P<b>\d+[a-z]?)(?:\s*/\s*(?P<f1>\d+[a-z]?)|'
                     r'\s+(?:m|lok|lokal|mieszk)\.?\s*(?P<f2>\d+[a-z]?))?$')
L1_RX = re.compile(r'^(?P<pre>(?:(?:ul|al|os|pl)\.\s*|(?:ul|al|os|pl|ulica|aleja|aleje|osiedle|plac)\s+)?)'
                   r'(?P<name>.+?)\s*(?P<num>\d+[a-z]?(?:\s*/\s*\d+[a-z]?)?(?:\s+(?:m|lok)\.?\s*\d+[a-z]?)?)$')


def street_core(name):
    t = re.sub(r'\b(ul|al|os|pl)\.(?=\S)', r'\1. ', name)
    toks = t.replace(',', ' ').split()
    res = []
    for tok in toks:
        if re.fullmatch(r'[a-z]\.', tok):
            continue
        c = tok.strip('.')
        if not c:
            continue
        if not res and c in STREET_PFX:
            continue
        if c in HONOR:
            continue
        if c.endswith('strasse'):
            c = c[:-7] + 'str'
        elif c.endswith('straße'):
            c = c[:-6] + 'str'
        if c == 'namesti':
            c = 'nam'
        res.append(c)
    if len(res) > 1:
        r2 = [x for x in res if x not in FIRSTN]
        if r2:
            res = r2
    return ' '.join(res)


def parse_street(line1, line2):
    if not line1:
        return None
    l2 = line2 or ''
    if re.match(r'^\s*gm(?:ina|\.)\s', fl(l2)):
        l2 = ''
    t = ws(fl(line1 + ' ' + l2).replace(',', ' '))
    m = ADDR_RX.match(t)
    if not m or not m.group('name').strip():
        return None
    core = street_core(m.group('name').strip())
    if not core:
        return None
    return (core, m.group('b'), m.group('f1') or m.group('f2') or '')


def pc_digits(pc):
    if not pc:
        return None
    d = re.sub(r'\D', '', pc)
    return d if len(d) == 5 else None


def addr_key(a):
    if not a:
        return None
    st = parse_street(a.get('line1'), a.get('line2'))
    pc = pc_digits(a.get('postalCode'))
    if not st or not pc:
        return None
    return '%s|%s|%s|%s' % (pc, st[0], st[1], st[2])


DISTRICTS = ['jezyce', 'wilda', 'grunwald', 'lazarz', 'rataje', 'winogrady', 'piatkowo', 'stare miasto',
             'nowe miasto', 'mokotow', 'wola', 'ursynow', 'bemowo', 'srodmiescie', 'krzyki', 'fabryczna',
             'psie pole', 'baluty', 'gorna', 'polesie', 'widzew']


def city_norm(c):
    t = ws(fl(c))
    for d in DISTRICTS:
        m = re.match(r'^(.+?)\s*(?:-|\(|\s)\s*' + re.escape(d) + r'\s*\)?$', t)
        if m:
            return m.group(1).strip(' -')
    return t


def region_norm(r):
    t = ws(fl(r))
    return re.sub(r'^(?:woj\.?|wojewodztwo)\s*', '', t).strip()


COUNTRY_MAP = {'polska': 'PL', 'pl': 'PL', 'poland': 'PL', 'rp': 'PL',
               'niemcy': 'DE', 'de': 'DE', 'deutschland': 'DE', 'germany': 'DE',
               'czechy': 'CZ', 'cz': 'CZ', 'ceska republika': 'CZ', 'czech republic': 'CZ', 'czechia': 'CZ'}


def country_norm(c):
    t = ws(fl(c))
    return COUNTRY_MAP.get(t, t)


def l1_sig(line1):
    m = L1_RX.match(fl(line1))
    if not m:
        return None, None
    return (line1[:m.end('pre')], line1[m.start('num'):]), line1[m.start('name'):m.end('name')]


RENAMED_CORES = []  # filled from the rename table (old core, new core)


def derive_addr(a, b):
    if a == b:
        return []
    if a is None:
        return ['missing']
    if b is None:
        return ['added']
    labs, moved = [], False
    sa, sb = parse_street(a['line1'], a['line2']), parse_street(b['line1'], b['line2'])
    if (a['line1'], a['line2']) != (b['line1'], b['line2']):
        if sa is None or sb is None:
            moved = True
        elif sa == sb:
            labs.append('format')
        elif sa[0] == sb[0] and sa[1] == sb[1]:
            if sb[2] and not sa[2]:
                labs.append('partial')
            elif sa[2] and not sb[2]:
                labs.append('enriched')
            else:
                moved = True
        elif sa[1] == sb[1] and sa[2] == sb[2]:
            siga, nma = l1_sig(a['line1'])
            sigb, nmb = l1_sig(b['line1'])
            if (sb[0], sa[0]) in RENAMED_CORES or (sa[0], sb[0]) in RENAMED_CORES:
                labs.append('renamed')
                if siga != sigb or a['line2'] != b['line2']:
                    labs.append('format')
            elif typo_ok(sa[0], sb[0]):
                labs.append('typo')
                if siga != sigb or a['line2'] != b['line2'] or nma is None or nmb is None or \
                        not typo_ok(nma, nmb):
                    labs.append('format')
            else:
                moved = True
        else:
            moved = True
    pa, pb = a['postalCode'], b['postalCode']
    if pa != pb:
        if pa and pb:
            if pc_digits(pa) is not None and pc_digits(pa) == pc_digits(pb):
                labs.append('format')
            else:
                moved = True
        elif pb:
            labs.append('partial')
        else:
            labs.append('enriched')
    ca, cb = a['city'], b['city']
    if ca != cb:
        if ca and cb:
            if ws(fl(ca)) == ws(fl(cb)):
                labs.append('format')
            elif city_norm(ca) == city_norm(cb):
                labs.append('district')
            else:
                core = (sa or sb or ('',))[0]
                pcs_ok = not (pa and pb) or pc_digits(pa) == pc_digits(pb)
                if pcs_ok and core and core in (city_norm(ca), city_norm(cb)):
                    labs.append('post_town')
                else:
                    moved = True
        elif cb:
            labs.append('partial')
        else:
            labs.append('enriched')
    for fld, norm in (('region', region_norm), ('country', country_norm)):
        xa, xb = a[fld], b[fld]
        if xa != xb:
            if xa and xb:
                if norm(xa) == norm(xb):
                    labs.append('format')
                else:
                    moved = True
            elif xb:
                labs.append('partial')
            else:
                labs.append('enriched')
    if moved:
        return ['moved']
    return sorted(dedupe(labs))


NAME_FIELDS = ['displayName', 'givenName', 'familyName', 'companyName']
HARD_WHATS = {'missing': 1, 'changed': 1, 'moved': 1, 'partial': 1}


def derive_all(a, b, hints=None):
    hints = hints or {}
    labels = []
    for f in NAME_FIELDS:
        for w in derive_name(a[f], b[f], hints.get(f, ())):
            labels.append(f + ':' + w)
    for w in derive_email(a['email'], b['email']):
        labels.append('email:' + w)
    for w in derive_phone(a['phone'], b['phone']):
        labels.append('phone:' + w)
    for w in derive_addr(a['address'], b['address']):
        labels.append('address:' + w)
    return labels


def profile_ok(labels, profile):
    n = len(labels)
    hard = sum(1 for l in labels if l.split(':')[1] in HARD_WHATS)
    if profile == 'light':
        return 1 <= n <= 2
    if profile == 'medium':
        return 2 <= n <= 4
    return n >= 4 and hard >= 2


# =============================================================================
# 4. data pools
# =============================================================================
SURNAMES_TOP = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński"]
SURNAMES_MID = ["Kowalczyk", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
                "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski",
                "Zając", "Pawłowski", "Michalski", "Król", "Nowakowski", "Wieczorek", "Wróbel",
                "Nowaczyk", "Maćkowiak", "Kasprzak", "Pawlak"]
SURNAMES_LOW = ["Jabłoński", "Wróblewski", "Majewski", "Olszewski", "Stępień", "Jaworski", "Malinowski",
                "Adamczyk", "Dudek", "Nowicki", "Górski", "Witkowski", "Walczak", "Sikora", "Baran",
                "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski",
                "Marciniak", "Jasiński", "Zawadzki", "Bąk", "Jakubowski", "Sadowski", "Duda",
                "Włodarczyk", "Wilk", "Chmielewski", "Borkowski", "Sokołowski", "Szczepański", "Sawicki",
                "Lis", "Kucharski", "Kalinowski", "Wysocki", "Mazurek", "Kubiak", "Kołodziej",
                "Czarnecki", "Sobczak", "Urbański", "Głowacki", "Zakrzewski", "Krajewski", "Sikorski",
                "Adamski", "Wasilewski", "Laskowski", "Baranowski", "Makowski", "Przybylski", "Domański",
                "Borowski", "Łuczak", "Andrzejak", "Tomczak", "Walkowiak", "Stachowiak", "Jankowiak",
                "Frąckowiak", "Grześkowiak", "Sobkowiak", "Wawrzyniak", "Krzyżaniak", "Kaźmierczak",
                "Szulc", "Banaszak", "Szymczak", "Wojtkowiak", "Przybył", "Matuszewski", "Ratajczak",
                "Jóźwiak", "Leśniak", "Mikołajczak", "Kaczmarczyk", "Szczepaniak", "Stefaniak",
                "Dominiak", "Kmieć", "Sroka", "Ciesielski", "Kujawa", "Musiał", "Nawrocki", "Kurek",
                "Bartkowiak", "Bielecki", "Cieślak", "Czajka", "Dziedzic", "Fijałkowski", "Hoffmann",
                "Kwaśniewski", "Lisiak", "Mróz", "Olejniczak", "Rybarczyk", "Zawada", "Ziółkowski",
                "Żak", "Żurek", "Pluta", "Szymkowiak", "Maciejewski", "Wesołowski", "Górecki", "Kruk",
                "Kaczor", "Wolski", "Lewicki", "Majchrzak", "Rogala", "Gołębiewski", "Piasecki",
                "Wiatrowski", "Koralewski", "Sobański", "Glapiak", "Nyczak", "Fabisiak", "Janicki",
                "Kasperski", "Lehmann", "Mielcarek", "Nowicz", "Pajor", "Rosiński", "Smoliński",
                "Tylczak", "Ulatowski", "Wachowiak", "Zgoła", "Bartczak", "Cichocki", "Drożdż",
                "Filipiak", "Grochowski", "Hałas", "Idzikowski", "Jurga", "Konieczka", "Ławniczak",
                "Marczak", "Napierała", "Orlik", "Pawelczyk", "Radomski", "Skrzypczak", "Tomaszczyk"]
SURNAMES = dedupe(SURNAMES_TOP + SURNAMES_MID + SURNAMES_LOW)
SURNAME_W = [(s, 7 if s in SURNAMES_TOP else (2 if s in SURNAMES_MID else 1)) for s in SURNAMES]


def fem(s):
    for m, f in (('dzki', 'dzka'), ('ski', 'ska'), ('cki', 'cka')):
        if s.endswith(m):
            return s[:-len(m)] + f
    return s


def plural_family(s):
    for m, f in (('dzki', 'dzcy'), ('ski', 'scy'), ('cki', 'ccy')):
        if s.endswith(m):
            return s[:-len(m)] + f
    return s + 'owie'


DE_MALE = ["Hans", "Peter", "Klaus", "Jürgen", "Thomas", "Michael", "Andreas", "Stefan", "Uwe", "Frank"]
DE_FEMALE = ["Sabine", "Petra", "Monika", "Andrea", "Claudia", "Kerstin"]
DE_SUR = ["Schmidt", "Müller", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
          "Koch", "Richter", "Neumann", "Krüger", "Lehmann", "Zimmermann", "Braun"]
CZ_MALE = ["Jiří", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav"]
CZ_FEMALE = ["Jana", "Eva", "Hana", "Lenka", "Věra"]
CZ_SUR = [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"),
          ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
          ("Horák", "Horáková"), ("Marek", "Marková")]


def S(pt, main, first=None, hon=None):
    return {'pt': pt, 'main': main, 'first': first, 'hon': hon, 'renamed_to': None}


POZNAN_STREETS = [
    S('ul', 'Głogowska'), S('ul', 'Grunwaldzka'), S('ul', 'Dąbrowskiego', 'Jana Henryka', ('gen.', 'Generała')),
    S('ul', 'Bukowska'), S('ul', 'Garbary'), S('ul', 'Marcin', None, ('św.', 'Święty')), S('ul', 'Półwiejska'),
    S('ul', 'Hetmańska'), S('ul', 'Górecka'), S('ul', 'Bułgarska'), S('ul', 'Lechicka'),
    S('ul', 'Naramowicka'), S('ul', 'Szamotulska'), S('ul', 'Wierzbięcice'), S('ul', 'Górna Wilda'),
    S('ul', 'Dolna Wilda'), S('ul', 'Rolna'), S('ul', 'Wspólna'), S('ul', 'Grochowska'),
    S('ul', 'Marcelińska'), S('ul', 'Dmowskiego', 'Romana'), S('ul', 'Sienkiewicza', 'Henryka'),
    S('ul', 'Mickiewicza', 'Adama'), S('ul', 'Słowackiego', 'Juliusza'), S('ul', 'Kochanowskiego', 'Jana'),
    S('ul', 'Kraszewskiego', 'Józefa Ignacego'), S('ul', 'Kosińskiego', 'Amilkara', ('gen.', 'Generała')),
    S('ul', 'Roosevelta', 'Franklina'), S('ul', 'Kościelna'), S('ul', 'Towarowa'), S('ul', 'Krańcowa'),
    S('ul', 'Gdyńska'), S('ul', 'Obornicka'), S('ul', 'Warszawska'), S('ul', 'Jeżycka'),
    S('ul', 'Dąbrówki'), S('ul', 'Kasprowicza', 'Jana'), S('ul', 'Wołczyńska'), S('ul', 'Strzeszyńska'),
    S('al', 'Marcinkowskiego', 'Karola'), S('al', 'Niepodległości'), S('al', 'Solidarności'),
    S('al', 'Wielkopolska'), S('al', 'Polska'), S('os', 'Piastowskie'), S('os', 'Chrobrego', 'Bolesława'),
    S('os', 'Rusa'), S('os', 'Batorego', 'Stefana'), S('os', 'Lecha'), S('os', 'Tysiąclecia'),
    S('os', 'Zwycięstwa'), S('os', 'Kosmonautów'), S('os', 'Bolesława Śmiałego'), S('pl', 'Wolności'),
    S('pl', 'Bernardyński'), S('ul', 'Wyszyńskiego', 'Stefana', ('kard.', 'Kardynała')),
    S('ul', 'Popiełuszki', 'Jerzego', ('ks.', 'Księdza')), S('ul', 'Serbska'), S('ul', 'Umultowska'),
]
WARSZAWA_STREETS = [S('ul', 'Marszałkowska'), S('ul', 'Puławska'), S('ul', 'Grójecka'), S('ul', 'Żelazna'),
                    S('ul', 'Górczewska'), S('al', 'Jerozolimskie'), S('al', 'Krakowska'), S('ul', 'Wołoska'),
                    S('ul', 'Obozowa'), S('ul', 'Rakowiecka'), S('ul', 'Chmielna'), S('ul', 'Nowy Świat'),
                    S('ul', 'Sienna'), S('ul', 'Dzielna'), S('ul', 'Odyńca', 'Antoniego')]
WROCLAW_STREETS = [S('ul', 'Legnicka'), S('ul', 'Grabiszyńska'), S('ul', 'Powstańców Śląskich'),
                   S('ul', 'Świdnicka'), S('ul', 'Borowska'), S('ul', 'Ślężna'), S('ul', 'Krakowska'),
                   S('pl', 'Grunwaldzki'), S('ul', 'Wielka'), S('ul', 'Kazimierza Wielkiego')]
LODZ_STREETS = [S('ul', 'Piotrkowska'), S('ul', 'Zgierska'), S('ul', 'Limanowskiego', 'Bolesława'),
                S('ul', 'Pabianicka'), S('ul', 'Rzgowska'), S('ul', 'Kopcińskiego'),
                S('ul', 'Narutowicza', 'Gabriela'), S('al', 'Kościuszki', 'Tadeusza'), S('al', 'Włókniarzy')]
BYDGOSZCZ_STREETS = [S('ul', 'Gdańska'), S('ul', 'Fordońska'), S('ul', 'Grunwaldzka'), S('ul', 'Szubińska'),
                     S('ul', 'Toruńska'), S('ul', 'Jagiellońska'), S('ul', 'Kujawska'), S('ul', 'Nakielska')]
SZCZECIN_STREETS = [S('al', 'Wojska Polskiego'), S('ul', 'Krzywoustego', 'Bolesława'), S('ul', 'Ku Słońcu'),
                    S('ul', 'Witkiewicza'), S('ul', 'Struga'), S('ul', 'Gdańska'), S('al', 'Piastów')]
ZG_STREETS = [S('ul', 'Batorego', 'Stefana'), S('ul', 'Dekoracyjna'), S('ul', 'Sulechowska'),
              S('ul', 'Zjednoczenia'), S('ul', 'Podgórna'), S('ul', 'Kożuchowska'), S('ul', 'Chrobrego')]
GENERIC_STREETS = [
    S('ul', 'Kościuszki', 'Tadeusza'), S('ul', 'Mickiewicza', 'Adama'), S('ul', 'Sienkiewicza', 'Henryka'),
    S('ul', 'Słowackiego', 'Juliusza'), S('ul', 'Kilińskiego', 'Jana'),
    S('ul', 'Piłsudskiego', 'Józefa', ('marsz.', 'Marszałka')), S('ul', 'Polna'), S('ul', 'Leśna'),
    S('ul', 'Ogrodowa'), S('ul', 'Kolejowa'), S('ul', 'Szkolna'), S('ul', 'Kwiatowa'), S('ul', 'Lipowa'),
    S('ul', 'Słoneczna'), S('ul', 'Krótka'), S('ul', 'Długa'), S('ul', 'Zielona'), S('ul', 'Parkowa'),
    S('ul', 'Dworcowa'), S('ul', 'Poznańska'), S('ul', 'Kościelna'), S('pl', 'Wolności'),
    S('ul', 'Przemysłowa'), S('ul', 'Fabryczna'), S('ul', 'Spokojna'), S('ul', 'Łąkowa'), S('ul', 'Sportowa'),
    S('al', 'Wojska Polskiego'), S('ul', '3 Maja'), S('ul', '11 Listopada'), S('ul', 'Powstańców Wielkopolskich'),
    S('ul', 'Strzelecka'), S('ul', 'Żeromskiego', 'Stefana'), S('ul', 'Reymonta', 'Władysława'),
    S('ul', 'Konopnickiej', 'Marii'), S('ul', 'Chopina', 'Fryderyka'), S('ul', 'Kopernika', 'Mikołaja'),
    S('ul', 'Moniuszki', 'Stanisława'), S('ul', 'Pawła II', 'Jana'), S('os', 'Słoneczne'),
    S('os', 'Tysiąclecia'), S('ul', 'Popiełuszki', 'Jerzego', ('ks.', 'Księdza')),
    S('ul', 'Sikorskiego', 'Władysława', ('gen.', 'Generała')),
    S('ul', 'Wyszyńskiego', 'Stefana', ('kard.', 'Kardynała')), S('ul', 'Wojciecha', None, ('św.', 'Świętego')),
    S('ul', 'Ogrodnicza'), S('ul', 'Rzemieślnicza'), S('ul', 'Składowa'), S('ul', 'Wiejska'),
]
# decommunisation renames (illustrative): old street (kept in old records) -> new name
RENAMES = {
    'Konin': (S('ul', 'Armii Ludowej'), S('ul', 'Żołnierzy Wyklętych')),
    'Piła': (S('ul', 'Gwardii Ludowej'), S('ul', 'Pileckiego', 'Witolda', ('rtm.', 'Rotmistrza'))),
    'Kalisz': (S('ul', 'Nowotki', 'Marcelego'), S('ul', 'Ofiar Katynia')),
    'Leszno': (S('ul', 'Marchlewskiego', 'Juliana'), S('ul', 'Armii Krajowej')),
    'Września': (S('ul', 'Świerczewskiego', 'Karola', ('gen.', 'Generała')),
                 S('ul', 'Maczka', 'Stanisława', ('gen.', 'Generała'))),
    'Jarocin': (S('ul', '22 Lipca'), S('ul', 'Solidarności')),
    'Oborniki': (S('ul', 'Manifestu Lipcowego'), S('ul', 'Kresowa')),
    'Szamotuły': (S('ul', 'Sawickiej', 'Hanki'), S('ul', 'Siedzikówny', 'Danuty')),
    'Śrem': (S('ul', 'Krasickiego', 'Janka'), S('ul', 'Pawła II', 'Jana')),
    'Wągrowiec': (S('ul', 'Fornalskiej', 'Małgorzaty'), S('ul', 'Sendlerowej', 'Ireny')),
    'Turek': (S('ul', 'Pstrowskiego', 'Wincentego'), S('ul', 'Niezłomnych')),
    'Koło': (S('ul', 'Obrońców Stalingradu'), S('ul', 'Obrońców Westerplatte')),
}

# name, region, area code, postcode spec, weight, locative, districts, streets
TOWN_DEFS = [
    ('Poznań', 'wielkopolskie', '61', ('60', '61'), 34, 'Poznaniu',
     ['Jeżyce', 'Wilda', 'Grunwald', 'Łazarz', 'Rataje', 'Winogrady', 'Piątkowo', 'Stare Miasto',
      'Nowe Miasto'], POZNAN_STREETS),
    ('Gniezno', 'wielkopolskie', '61', ['62-200'], 5, 'Gnieźnie', [], None),
    ('Konin', 'wielkopolskie', '63', ['62-500', '62-510'], 5, 'Koninie', [], None),
    ('Leszno', 'wielkopolskie', '65', ['64-100'], 4, 'Lesznie', [], None),
    ('Piła', 'wielkopolskie', '67', ['64-920'], 4, 'Pile', [], None),
    ('Kalisz', 'wielkopolskie', '62', ['62-800', '62-810'], 4, 'Kaliszu', [], None),
    ('Wrocław', 'dolnośląskie', '71', ('50', '51', '52', '53', '54'), 3, 'Wrocławiu',
     ['Krzyki', 'Fabryczna', 'Psie Pole', 'Śródmieście'], WROCLAW_STREETS),
    ('Bydgoszcz', 'kujawsko-pomorskie', '52', ('85',), 2, 'Bydgoszczy', [], BYDGOSZCZ_STREETS),
    ('Łódź', 'łódzkie', '42', ('90', '91', '92', '93', '94'), 2, 'Łodzi', ['Bałuty', 'Górna', 'Polesie', 'Widzew'],
     LODZ_STREETS),
    ('Warszawa', 'mazowieckie', '22', ('00', '01', '02', '03', '04'), 3, 'Warszawie',
     ['Mokotów', 'Wola', 'Ursynów', 'Bemowo', 'Śródmieście'], WARSZAWA_STREETS),
    ('Szczecin', 'zachodniopomorskie', '91', ('70', '71'), 2, 'Szczecinie', [], SZCZECIN_STREETS),
    ('Zielona Góra', 'lubuskie', '68', ('65',), 2, 'Zielonej Górze', [], ZG_STREETS),
    ('Swarzędz', 'wielkopolskie', '61', ['62-020'], 2, 'Swarzędzu', [], None),
    ('Luboń', 'wielkopolskie', '61', ['62-030'], 1, 'Luboniu', [], None),
    ('Mosina', 'wielkopolskie', '61', ['62-050'], 1, 'Mosinie', [], None),
    ('Kórnik', 'wielkopolskie', '61', ['62-035'], 1, 'Kórniku', [], None),
    ('Września', 'wielkopolskie', '61', ['62-300'], 2, 'Wrześni', [], None),
    ('Jarocin', 'wielkopolskie', '62', ['63-200'], 1, 'Jarocinie', [], None),
    ('Śrem', 'wielkopolskie', '61', ['63-100'], 1, 'Śremie', [], None),
    ('Oborniki', 'wielkopolskie', '61', ['64-600'], 1, 'Obornikach', [], None),
    ('Szamotuły', 'wielkopolskie', '61', ['64-500'], 1, 'Szamotułach', [], None),
    ('Wągrowiec', 'wielkopolskie', '67', ['62-100'], 1, 'Wągrowcu', [], None),
    ('Turek', 'wielkopolskie', '63', ['62-700'], 1, 'Turku', [], None),
    ('Koło', 'wielkopolskie', '63', ['62-600'], 1, 'Kole', [], None),
    ('Kościan', 'wielkopolskie', '65', ['64-000'], 1, 'Kościanie', [], None),
    ('Gostyń', 'wielkopolskie', '65', ['63-800'], 1, 'Gostyniu', [], None),
    ('Krotoszyn', 'wielkopolskie', '62', ['63-700'], 1, 'Krotoszynie', [], None),
    ('Ostrów Wielkopolski', 'wielkopolskie', '62', ['63-400'], 1, 'Ostrowie Wielkopolskim', [], None),
    ('Środa Wielkopolska', 'wielkopolskie', '61', ['63-000'], 1, 'Środzie Wielkopolskiej', [], None),
    ('Grodzisk Wielkopolski', 'wielkopolskie', '61', ['62-065'], 1, 'Grodzisku Wielkopolskim', [], None),
    ('Nowy Tomyśl', 'wielkopolskie', '61', ['64-300'], 1, 'Nowym Tomyślu', [], None),
    ('Chodzież', 'wielkopolskie', '67', ['64-800'], 1, 'Chodzieży', [], None),
    ('Złotów', 'wielkopolskie', '67', ['77-400'], 1, 'Złotowie', [], None),
    ('Trzcianka', 'wielkopolskie', '67', ['64-980'], 1, 'Trzciance', [], None),
    ('Słupca', 'wielkopolskie', '63', ['62-400'], 1, 'Słupcy', [], None),
    ('Murowana Goślina', 'wielkopolskie', '61', ['62-095'], 1, 'Murowanej Goślinie', [], None),
    ('Dopiewo', 'wielkopolskie', '61', ['62-070'], 1, 'Dopiewie', [], None),
    ('Rokietnica', 'wielkopolskie', '61', ['62-090'], 1, 'Rokietnicy', [], None),
    ('Suchy Las', 'wielkopolskie', '61', ['62-002'], 1, 'Suchym Lesie', [], None),
    ('Tarnowo Podgórne', 'wielkopolskie', '61', ['62-080'], 1, 'Tarnowie Podgórnym', [], None),
    ('Komorniki', 'wielkopolskie', '61', ['62-052'], 1, 'Komornikach', [], None),
    ('Kleszczewo', 'wielkopolskie', '61', ['63-005'], 1, 'Kleszczewie', [], None),
    ('Czerwonak', 'wielkopolskie', '61', ['62-004'], 1, 'Czerwonaku', [], None),
]
MAIN_TOWNS = ['Poznań', 'Gniezno', 'Konin', 'Leszno', 'Piła', 'Kalisz', 'Wrocław', 'Bydgoszcz', 'Łódź',
              'Warszawa', 'Szczecin', 'Zielona Góra']
# village, postcode, post-office town, gmina, area code  (villages without streets)
VILLAGES = [
    ('Kiekrz', '62-090', 'Rokietnica', 'Rokietnica', '61'), ('Dąbrówka', '62-070', 'Dopiewo', 'Dopiewo', '61'),
    ('Zakrzewo', '62-070', 'Dopiewo', 'Dopiewo', '61'), ('Konarzewo', '62-070', 'Dopiewo', 'Dopiewo', '61'),
    ('Palędzie', '62-064', 'Plewiska', 'Dopiewo', '61'), ('Golęczewo', '62-002', 'Suchy Las', 'Suchy Las', '61'),
    ('Złotniki', '62-002', 'Suchy Las', 'Suchy Las', '61'), ('Sobota', '62-090', 'Rokietnica', 'Rokietnica', '61'),
    ('Kicin', '62-004', 'Czerwonak', 'Czerwonak', '61'), ('Wierzenica', '62-006', 'Kobylnica', 'Swarzędz', '61'),
    ('Jasin', '62-020', 'Swarzędz', 'Swarzędz', '61'),
    ('Lusówko', '62-080', 'Tarnowo Podgórne', 'Tarnowo Podgórne', '61'),
    ('Sady', '62-080', 'Tarnowo Podgórne', 'Tarnowo Podgórne', '61'),
    ('Batorowo', '62-080', 'Tarnowo Podgórne', 'Tarnowo Podgórne', '61'),
    ('Rosnówko', '62-050', 'Mosina', 'Komorniki', '61'), ('Krosinko', '62-050', 'Mosina', 'Mosina', '61'),
    ('Goślinowo', '62-200', 'Gniezno', 'Gniezno', '61'), ('Jankowo Dolne', '62-200', 'Gniezno', 'Gniezno', '61'),
    ('Łubowo', '62-260', 'Łubowo', 'Łubowo', '61'), ('Lasocice', '64-115', 'Święciechowa', 'Święciechowa', '65'),
    ('Żelazków', '62-817', 'Żelazków', 'Żelazków', '62'), ('Śmiłowo', '64-810', 'Kaczory', 'Kaczory', '67'),
    ('Borówiec', '62-023', 'Kamionki', 'Kórnik', '61'), ('Skrzynki', '62-060', 'Stęszew', 'Stęszew', '61'),
    ('Tulce', '63-004', 'Tulce', 'Kleszczewo', '61'), ('Biskupice', '62-007', 'Biskupice', 'Pobiedziska', '61'),
    ('Gułtowy', '62-035', 'Kórnik', 'Kostrzyn', '61'), ('Brzeźno', '62-530', 'Kazimierz Biskupi',
                                                       'Kazimierz Biskupi', '63'),
]
# foreign border towns: key, city, postcode list, region, country, phone cc, area, streets
FOREIGN = [
    ('DE1', 'Frankfurt (Oder)', ['15230', '15232', '15234'], 'Brandenburg', 'DE', '49', '335',
     ['Berliner Straße', 'Karl-Marx-Straße', 'Bahnhofstraße', 'Lindenstraße', 'Fürstenwalder Straße']),
    ('DE2', 'Görlitz', ['02826', '02827'], 'Sachsen', 'DE', '49', '3581',
     ['Berliner Straße', 'Jakobstraße', 'Bahnhofstraße', 'Reichenbacher Straße']),
    ('DE3', 'Guben', ['03172'], 'Brandenburg', 'DE', '49', '3561', ['Berliner Straße', 'Frankfurter Straße']),
    ('CZ1', 'Náchod', ['547 01'], 'Královéhradecký kraj', 'CZ', '420', '491',
     ['Palackého', 'Kamenice', 'Masarykovo náměstí', 'Pražská']),
    ('CZ2', 'Liberec', ['460 01'], 'Liberecký kraj', 'CZ', '420', '485',
     ['Moskevská', 'Pražská', 'Jablonecká', 'náměstí Dr. E. Beneše']),
    ('CZ3', 'Trutnov', ['541 01'], 'Královéhradecký kraj', 'CZ', '420', '499', ['Horská', 'Palackého']),
]
FOREIGN_BY = dict((f[0], f) for f in FOREIGN)

TRADE_WORDS = {
    'usl_rem_bud': ("Usługi Remontowo-Budowlane", "Usł. Rem.-Bud."),
    'usl_ogolbud': ("Usługi Ogólnobudowlane", "Usł. Ogólnobud."),
    'inst_elektr': ("Instalacje Elektryczne", "Inst. Elektr."),
    'usl_elektr': ("Usługi Elektryczne", "Usł. Elektr."),
    'inst_wodkan': ("Instalacje Wodno-Kanalizacyjne i C.O.", "Inst. Wod.-Kan. i C.O."),
    'usl_hydr': ("Usługi Hydrauliczne", "Usł. Hydraul."),
    'inst_sanit': ("Instalacje Sanitarne", "Inst. Sanit."),
    'dek_blach': ("Dekarstwo-Blacharstwo", "Dek.-Blach."),
    'ciesl_dek': ("Ciesielstwo-Dekarstwo", "Cieśl.-Dek."),
    'wyk_wnetrz': ("Wykończenia Wnętrz", "Wykończ. Wnętrz"),
    'handel_mat': ("Handel Materiałami Budowlanymi", "Handel Mat. Bud."),
    'usl_malar': ("Usługi Malarskie", "Usł. Malar."),
    'glaz': ("Glazurnictwo", "Glaz."),
    'rob_ziem': ("Roboty Ziemne", "Rob. Ziem."),
    'termo': ("Termomodernizacje", "Termomod."),
    'bud': ("Budownictwo", "Bud."),
    'transp': ("Transport i Handel", "Transp. i Handel"),
    'posadz': ("Posadzkarstwo", "Posadz."),
    'zarz_nier': ("Zarządzanie Nieruchomościami", "Zarz. Nier."),
}
TW_PERSON = ['usl_rem_bud', 'usl_ogolbud', 'inst_elektr', 'usl_elektr', 'inst_wodkan', 'usl_hydr', 'inst_sanit',
             'dek_blach', 'ciesl_dek', 'wyk_wnetrz', 'handel_mat', 'usl_malar', 'glaz', 'rob_ziem', 'termo',
             'transp', 'posadz']
TW_COMPANY = ['inst_elektr', 'inst_wodkan', 'bud', 'handel_mat', 'termo', 'usl_ogolbud', 'dek_blach',
              'inst_sanit', 'transp', 'rob_ziem']
PREFIX_FORMS = {
    'PPHU': {'dots': "P.P.H.U.", 'nodots': "PPHU", 'spelled': "Przedsiębiorstwo Produkcyjno-Handlowo-Usługowe",
             'alt_dots': "P.P.U.H.", 'alt_nodots': "PPUH",
             'alt_spelled': "Przedsiębiorstwo Produkcyjno-Usługowo-Handlowe"},
    'PHU': {'dots': "P.H.U.", 'nodots': "PHU", 'spelled': "Przedsiębiorstwo Handlowo-Usługowe",
            'alt_dots': "P.U.H.", 'alt_nodots': "PUH", 'alt_spelled': "Przedsiębiorstwo Usługowo-Handlowe"},
    'FHU': {'dots': "F.H.U.", 'nodots': "FHU", 'spelled': "Firma Handlowo-Usługowa",
            'alt_dots': "F.U.H.", 'alt_nodots': "FUH", 'alt_spelled': "Firma Usługowo-Handlowa"},
    'ZUH': {'dots': "Z.U.H.", 'nodots': "ZUH", 'spelled': "Zakład Usługowo-Handlowy",
            'alt_dots': "Z.H.U.", 'alt_nodots': "ZHU", 'alt_spelled': "Zakład Handlowo-Usługowy"},
    'ZPHU': {'dots': "Z.P.H.U.", 'nodots': "ZPHU", 'spelled': "Zakład Produkcyjno-Handlowo-Usługowy",
             'alt_dots': "Z.P.U.H.", 'alt_nodots': "ZPUH", 'alt_spelled': "Zakład Produkcyjno-Usługowo-Handlowy"},
}
PFX_STYLES = ['dots', 'nodots', 'spelled', 'alt_dots', 'alt_nodots', 'alt_spelled']
LEGAL_FORMS = {
    'spzoo': ["sp. z o.o.", "Sp. z o.o.", "spółka z ograniczoną odpowiedzialnością", "Sp.zo.o.", "sp. z o. o.",
              "Spółka z o.o.", "sp.z o.o.", "SP. Z O.O."],
    'sa': ["S.A.", "SA", "Spółka Akcyjna", "s.a."],
    'spj': ["sp.j.", "Sp.j.", "sp. j.", "spółka jawna", "Spółka Jawna", "Sp. J."],
    'spk': ["sp.k.", "Sp.k.", "sp. k.", "spółka komandytowa"],
    'spzoo_spk': ["sp. z o.o. sp.k.", "Sp. z o.o. Sp.k.", "sp. z o.o. sp. k.",
                  "spółka z ograniczoną odpowiedzialnością sp.k."],
    'sc': ["s.c.", "S.C.", "s. c.", "spółka cywilna", "Spółka Cywilna", "s.c"],
    'gmbh': ["GmbH"], 'gmbh_kg': ["GmbH & Co. KG", "GmbH & Co.KG"], 'sro': ["s.r.o.", "spol. s r.o."],
    'as': ["a.s."],
}
LEGAL_CANON_W = {'spzoo': [(0, 6), (1, 5), (2, 1), (3, 1), (4, 1), (5, 1)], 'sa': [(0, 8), (1, 1)],
                 'spj': [(0, 5), (1, 3), (2, 1), (3, 1)], 'spk': [(0, 5), (1, 3), (2, 1)],
                 'spzoo_spk': [(0, 5), (1, 3)], 'sc': [(0, 6), (1, 2), (2, 1), (3, 1)],
                 'gmbh': [(0, 1)], 'gmbh_kg': [(0, 1)], 'sro': [(0, 3), (1, 1)], 'as': [(0, 1)]}

BR_ROOTS = ["Bud", "Dach", "Elek", "Instal", "Hydro", "Termo", "Tynk", "Mur", "Bet", "Stal", "Drew", "Okno",
            "Kam", "Dom", "Wod", "Gaz", "Sanit", "Piast", "Warta", "Lech", "Polan", "Eko", "Pro", "Tech",
            "Mont", "Serw", "Mar", "Tom", "Kow", "Nov", "Wik", "Ad", "Ar", "Sta", "Grand", "Euro", "Inter",
            "Metal", "Glob", "Art", "Dekor", "Kler", "Rol", "Wiel", "Gnie", "Kon", "Lesz", "Kal", "Pil",
            "Jan", "Rys", "Bog", "Zen", "Wal", "Kris", "Max", "Vol", "Fer", "Ter", "Kor"]
BR_SUFF = ["max", "pol", "bud", "tech", "mont", "ex", "serwis", "dach", "instal", "trans", "ar", "ik", "on",
           "mar", "kom", "plast", "stal", "-Pol", "-Bud", "-Tech", "-Mont", "-Serwis", "-Bis", "-Trans",
           "-Dom", "-Instal", "-Max", "-Term", "-Bet", "ex-Bis", "-Elektro", "-Hydro", "-Dach"]
GROUP_DIV = ["Development", "Nieruchomości", "Logistyka", "Serwis", "Holding", "Inwestycje", "Prefabrykacja",
             "Dystrybucja", "Deweloper", "Energia", "Projekt", "Consulting", "Beton", "Okna", "Stal", "Leasing",
             "Sprzęt", "Wynajem", "Automatyka"]
COOP_NAMES = ["Winogrady", "Piątkowo", "Osiedle Młodych", "Jeżyce", "Ratajska", "Kopernik", "Pod Lipami",
              "Zielone Wzgórze", "Przyszłość", "Lokatorsko-Własnościowa Wilda", "Budowlanka", "Energetyk",
              "Kolejarz", "Nasz Dom", "Górnik", "Nowe Miasto", "Słoneczna", "Przylesie", "Grunwald",
              "Jutrzenka", "Wspólny Dom", "Sąsiedzi", "Na Skarpie", "Pod Dębami", "Zacisze", "Hetman"]
SAINTS_M = ["Józefa", "Wojciecha", "Marcina", "Jakuba Apostoła", "Michała Archanioła", "Stanisława Biskupa",
            "Andrzeja Boboli", "Floriana", "Mikołaja", "Jana Chrzciciela"]
SAINTS_F = ["Jadwigi", "Barbary", "Rodziny", "Anny", "Katarzyny", "Małgorzaty"]
PATRONS = ["Adama Mickiewicza", "Henryka Sienkiewicza", "Jana Pawła II", "Marii Konopnickiej",
           "Kornela Makuszyńskiego", "Janusza Korczaka", "Powstańców Wielkopolskich", "Tadeusza Kościuszki",
           "Mikołaja Kopernika", "Fryderyka Chopina", "Bolesława Chrobrego", "Juliusza Słowackiego"]
PERSON_DOMAINS = [('wp.pl', 22), ('gmail.com', 25), ('o2.pl', 12), ('onet.pl', 10), ('interia.pl', 10),
                  ('op.pl', 6), ('poczta.onet.pl', 3), ('interia.eu', 3), ('vp.pl', 2), ('tlen.pl', 2),
                  ('poczta.fm', 2), ('onet.eu', 1), ('go2.pl', 1), ('autograf.pl', 1), ('buziaczek.pl', 1)]
DE_DOMAINS = [('web.de', 3), ('gmx.de', 3), ('t-online.de', 2), ('gmail.com', 1)]
CZ_DOMAINS = [('seznam.cz', 4), ('email.cz', 2), ('centrum.cz', 1), ('gmail.com', 1)]
MOB_PFX = ['50%d' % i for i in range(10)] + ['51%d' % i for i in range(10)] + ['53%d' % i for i in range(10)] + \
    ['57%d' % i for i in range(10)] + ['60%d' % i for i in range(10)] + ['66%d' % i for i in range(10)] + \
    ['69%d' % i for i in range(10)] + ['72%d' % i for i in range(10)] + ['73%d' % i for i in range(10)] + \
    ['78%d' % i for i in range(10)] + ['79%d' % i for i in range(10)] + ['88%d' % i for i in range(10)]
SHARED_LOCALS = ['biuro', 'sekretariat', 'faktury', 'administracja', 'ksiegowosc', 'zarzad']
NEIGH = {'a': 'sqz', 'b': 'vnh', 'c': 'xvd', 'd': 'sfe', 'e': 'wrd', 'f': 'dgr', 'g': 'fht', 'h': 'gjy',
         'i': 'uok', 'j': 'hku', 'k': 'jli', 'l': 'kop', 'm': 'nk', 'n': 'bmh', 'o': 'ipl', 'p': 'ol',
         'q': 'wa', 'r': 'etf', 's': 'adw', 't': 'ryg', 'u': 'yij', 'v': 'cbf', 'w': 'qes', 'x': 'zcs',
         'y': 'tuh', 'z': 'xas'}


def build_towns():
    towns = {}
    for name, region, area, pcs, weight, loc, districts, streets in TOWN_DEFS:
        t = {'name': name, 'region': region, 'area': area, 'weight': weight, 'loc': loc,
             'districts': districts, 'streets': []}
        if streets is None:
            excl = {}
            if name in RENAMES:
                excl[street_core(fl(' '.join(x for x in [RENAMES[name][1]['first'] or '',
                                                         RENAMES[name][1]['main']] if x)))] = 1
            pool = [s for s in GENERIC_STREETS if street_core(fl(((s['first'] or '') + ' ' + s['main']).strip()))
                    not in excl]
            idx = list(range(len(pool)))
            R.shuffle(idx)
            streets = [copy.deepcopy(pool[i]) for i in sorted(idx[:14])]
            if name in RENAMES:
                old, new = copy.deepcopy(RENAMES[name][0]), copy.deepcopy(RENAMES[name][1])
                old['renamed_to'] = new
                streets.append(old)
        else:
            streets = copy.deepcopy(streets)
        for s in streets:
            if isinstance(pcs, tuple):
                pfx = pick(list(pcs))
                s['pc'] = pfx + '-' + '%03d' % R.randrange(0, 1000)
            else:
                s['pc'] = pick(pcs)
            s['district'] = pick(districts) if districts else None
        t['streets'] = streets
        towns[name] = t
    return towns


TOWNS = build_towns()
for _old, _new in RENAMES.values():
    _co = street_core(fl(((_old['first'] or '') + ' ' + _old['main']).strip()))
    _cn = street_core(fl(((_new['first'] or '') + ' ' + _new['main']).strip()))
    RENAMED_CORES.append((_co, _cn))
TOWN_W = [(t[0], t[4]) for t in TOWN_DEFS]


# =============================================================================
# 5. registries (who owns which e-mail / phone / address key)
# =============================================================================
EMAIL_OWN, EMAIL_DEL, PHONE_OWN, ADDR_OWN, BRANDS, USED_EIDS = {}, {}, {}, {}, {}, {}


def new_eid():
    while True:
        s = 'c%07x' % R.getrandbits(28)
        if s not in USED_EIDS:
            USED_EIDS[s] = 1
            return s


def _dels(s):
    return [s[:i] + s[i + 1:] for i in range(len(s))]


def email_near(key):
    cands = []
    for v in [key] + _dels(key):
        for k in EMAIL_DEL.get(v, []):
            if k != key and k not in cands:
                cands.append(k)
    return [k for k in cands if lev(k, key) <= 1]


def email_free(key, eid):
    if not re.fullmatch(r'[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+', key):
        return False
    if any(o != eid for o in EMAIL_OWN.get(key, [])):
        return False
    for k in email_near(key):
        if any(o != eid for o in EMAIL_OWN[k]):
            return False
    return True


def email_reg(key, eid):
    if key not in EMAIL_OWN:
        EMAIL_OWN[key] = []
        for v in [key] + _dels(key):
            EMAIL_DEL.setdefault(v, []).append(key)
    if eid not in EMAIL_OWN[key]:
        EMAIL_OWN[key].append(eid)


def alloc_email(cands, eid):
    for c in cands:
        c = c.lower()
        if email_free(c, eid):
            email_reg(c, eid)
            return c
    return None


def slug(s, sep=''):
    return re.sub(r'[^a-z0-9]+', sep, fl(s)).strip('-.')


def phone_reg(key, eid):
    PHONE_OWN.setdefault(key, [])
    if eid not in PHONE_OWN[key]:
        PHONE_OWN[key].append(eid)


def alloc_phone(kind, area, eid, ext=None):
    while True:
        if kind == 'mob':
            key = pick(MOB_PFX) + '%06d' % R.randrange(10 ** 6)
        elif kind == 'land':
            key = area + str(R.randint(2, 8)) + '%06d' % R.randrange(10 ** 6)
        elif kind == 'de':
            key = '+49' + area + str(R.randint(1, 9)) + '%06d' % R.randrange(10 ** 6)
        else:
            key = '+420' + area + '%06d' % R.randrange(10 ** 6)
        if key not in PHONE_OWN:
            phone_reg(key, eid)
            return {'key': key, 'kind': kind, 'area': area, 'ext': ext}


def addr_reg(key, eid):
    ADDR_OWN.setdefault(key, [])
    if eid not in ADDR_OWN[key]:
        ADDR_OWN[key].append(eid)


# =============================================================================
# 6. rendering
# =============================================================================
PFX_TEXT = {'ul': ('ul. ', 'ulica ', 'ul.'), 'al': ('al. ', 'aleja ', 'al.'), 'os': ('os. ', 'osiedle ', 'os.'),
            'pl': ('pl. ', 'plac ', 'pl.')}
COUNTRY_TEXT = {'PL': ['Polska', 'PL', 'Poland'], 'DE': ['Niemcy', 'DE', 'Deutschland', 'Germany'],
                'CZ': ['Czechy', 'CZ', 'Česká republika', 'Czech Republic']}


def apply_case(s, c):
    if s is None:
        return None
    if c == 'upper':
        return s.upper()
    if c == 'lower':
        return s.lower()
    return s


def word_typo(w, prm):
    pos = 1 + int(prm[1] * (len(w) - 1))
    pos = min(pos, len(w) - 1)
    kind = prm[2]
    if kind == 'del':
        return w[:pos] + w[pos + 1:]
    if kind == 'ins':
        return w[:pos] + w[pos] + w[pos:]
    ch = w[pos]
    base = fl(ch)
    nb = NEIGH.get(base, 'e')
    rep = nb[int(prm[3] * len(nb)) % len(nb)]
    if ch.isupper():
        rep = rep.upper()
    return w[:pos] + rep + w[pos + 1:]


def apply_typo(s, prm, protect=PROTECT, only=None):
    if s is None or prm is None:
        return s
    words = s.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha() and fl(w) not in protect
           and (only is None or fl(w) in only)]
    if not idx:
        return s
    i = idx[int(prm[0] * len(idx)) % len(idx)]
    words[i] = word_typo(words[i], prm)
    return ' '.join(words)


def new_typo_params():
    return (R.random(), R.random(), pick(['del', 'ins', 'sub', 'sub']), R.random())


def quote(b, q):
    if q == 'pl':
        return '„' + b + '”'
    if q == 'ascii':
        return '"' + b + '"'
    return b


def initials(first):
    return ' '.join(p[0] + '.' for p in first.split())


def street_text(st, sp):
    parts = []
    if st['hon'] and sp['hon'] != 'none':
        parts.append(st['hon'][0] if sp['hon'] == 'abbr' else st['hon'][1])
    if st['first'] and sp['first'] != 'none':
        parts.append(st['first'] if sp['first'] == 'full' else initials(st['first']))
    main = st['main']
    if sp.get('typo') is not None:
        ws_ = main.split(' ')
        cand = [i for i, w in enumerate(ws_) if len(w) >= 4 and w.isalpha()]
        if cand:
            i = cand[-1]
            ws_[i] = word_typo(ws_[i], sp['typo'])
            main = ' '.join(ws_)
    parts.append(main)
    name = ' '.join(parts)
    if st['pt']:
        p = PFX_TEXT[st['pt']]
        style = sp['pfx']
        if style == 'std':
            return p[0] + name
        if style == 'long':
            return p[1] + name
        if style == 'nospace':
            return p[2] + name
        return name
    return name


def render_addr_model(m, sp):
    line2 = None
    num = m['bldg']
    flat = m['flat'] if not sp.get('drop_flat') else None
    fstyle = sp['flat']
    if flat:
        if fstyle == 'slash':
            num = num + '/' + flat
        elif fstyle == 'm':
            num = num + ' m. ' + flat
        elif fstyle == 'lok':
            num = num + ' lok. ' + flat
        elif fstyle == 'mnodot':
            num = num + ' m ' + flat
        elif fstyle == 'l2m':
            line2 = 'm. ' + flat
        else:
            line2 = 'lok. ' + flat
    city = m['city']
    if m['type'] == 'street':
        st = m['street']
        if sp.get('renamed') and st.get('renamed_to'):
            st = st['renamed_to']
        line1 = street_text(st, sp) + ' ' + num
        if m['district'] and sp['city'] != 'std':
            d = m['district']
            city = {'dh': city + '-' + d, 'ds': city + ' - ' + d, 'dp': city + ' (' + d + ')',
                    'dsp': city + ' ' + d}[sp['city']]
    elif m['type'] == 'village':
        vname = m['village']
        if sp.get('typo') is not None:
            vname = apply_typo(vname, sp['typo'], protect={})
        line1 = vname + ' ' + num
        if sp['vcity'] == 'post':
            city = m['post_town']
        else:
            city = m['village']
            if sp['vcity'] == 'village_gm' and m['gmina'] and not line2:
                line2 = 'gm. ' + m['gmina']
    else:
        sname = m['fstreet']
        if m['country'] == 'DE' and sp.get('de') == 'abbr':
            sname = sname.replace('straße', 'str.').replace('Straße', 'Str.')
        if m['country'] == 'CZ' and sp.get('cz') == 'abbr':
            sname = sname.replace('náměstí', 'nám.')
        if sp.get('typo') is not None:
            ws_ = sname.split(' ')
            cand = [i for i, w in enumerate(ws_) if len(w) >= 5 and w.isalpha()]
            if cand:
                ws_[cand[0]] = word_typo(ws_[cand[0]], sp['typo'])
            sname = ' '.join(ws_)
        line1 = sname + ' ' + num
    pc = m['pc']
    if sp['pc'] == 'plain':
        pc = pc.replace('-', '').replace(' ', '')
    if sp.get('drop_pc'):
        pc = None
    if sp.get('drop_city'):
        city = None
    region = None
    if sp['region'] and not sp.get('drop_region'):
        r = m['region']
        region = {'plain': r, 'woj': 'woj. ' + r, 'cap': r[:1].upper() + r[1:]}[sp['region']]
        if m['country'] != 'PL':
            region = r
    country = None
    if sp['country'] is not None:
        country = COUNTRY_TEXT[m['country']][sp['country']]
    c, fo = sp['case'], sp['fold']
    vals = []
    for v in (line1, line2, city, region):
        v = apply_case(v, c)
        if fo and v is not None:
            v = fold(v)
        vals.append(v)
    line1, line2, city, region = vals
    return {'line1': line1, 'line2': line2, 'city': city, 'region': region, 'postalCode': pc,
            'country': country}


CANON_AD = {'mode': 'as', 'pfx': 'std', 'hon': 'abbr', 'first': 'full', 'flat': 'slash', 'pc': 'hyphen',
            'city': 'std', 'vcity': 'post', 'region': None, 'country': None, 'case': 'as', 'fold': False,
            'drop_pc': False, 'drop_city': False, 'drop_flat': False, 'drop_region': False, 'renamed': False,
            'typo': None, 'de': 'full', 'cz': 'full'}


def model_keys(m):
    keys = [addr_key(render_addr_model(m, CANON_AD))]
    if m['type'] == 'street' and m['street'].get('renamed_to'):
        sp = dict(CANON_AD)
        sp['renamed'] = True
        keys.append(addr_key(render_addr_model(m, sp)))
    return keys


def rand_bldg():
    n = str(int(R.triangular(1, 160, 12)))
    if chance(0.06):
        n += pick(['a', 'b', 'c', 'A', 'B'])
    return n


def mk_addr_model(town=None, village=None, foreign=None, flat_prob=0.3, street=None):
    if foreign:
        f = FOREIGN_BY[foreign]
        return {'type': 'foreign', 'town': f[1], 'city': f[1], 'district': None, 'pc': pick(f[2]),
                'street': None, 'fstreet': pick(f[7]), 'bldg': str(R.randint(1, 90)), 'flat': None,
                'region': f[3], 'country': f[4], 'village': None, 'post_town': None, 'gmina': None}
    if village:
        v = village
        return {'type': 'village', 'town': v[2], 'city': v[2], 'district': None, 'pc': v[1], 'street': None,
                'bldg': str(R.randint(1, 140)) + (pick(['a', 'b']) if chance(0.05) else ''), 'flat': None,
                'region': 'wielkopolskie', 'country': 'PL', 'village': v[0], 'post_town': v[2],
                'gmina': v[3], 'area': v[4]}
    t = TOWNS[town]
    st = street
    if st is None:
        ren = [x for x in t['streets'] if x.get('renamed_to')]
        st = ren[0] if (ren and chance(0.22)) else pick(t['streets'])
    flat = str(R.randint(1, 80)) if chance(flat_prob) else None
    return {'type': 'street', 'town': town, 'city': town, 'district': st['district'], 'pc': st['pc'],
            'street': st, 'bldg': rand_bldg(), 'flat': flat, 'region': t['region'], 'country': 'PL',
            'village': None, 'post_town': None, 'gmina': None, 'area': t['area']}


def model_area(m):
    if m.get('area'):
        return m['area']
    if m['type'] == 'foreign':
        for f in FOREIGN:
            if f[1] == m['city']:
                return f[6]
    return '61'


def alloc_addr(eid, town=None, village=None, foreign=None, flat_prob=0.3, street=None, tries=400):
    for _ in range(tries):
        m = mk_addr_model(town, village, foreign, flat_prob, street)
        ks = model_keys(m)
        if all(k and k not in ADDR_OWN for k in ks):
            for k in ks:
                addr_reg(k, eid)
            return m
    raise RuntimeError('cannot allocate address')


def share_addr(m, eid):
    for k in model_keys(m):
        addr_reg(k, eid)


def rand_location(village_p=0.12, big_only=False):
    """returns (town, village_tuple)"""
    if not big_only and chance(village_p):
        return None, pick(VILLAGES)
    if big_only:
        return wpick([(t, w) for t, w in TOWN_W if t in MAIN_TOWNS]), None
    return wpick(TOWN_W), None


# ---- names ------------------------------------------------------------------
def render_trade(e, ts):
    t = e['trade']
    parts = []
    if t['prefix'] and ts['pfx'] != 'omit':
        parts.append(PREFIX_FORMS[t['prefix']][ts['pfx']])
    if t['words']:
        parts.append(TRADE_WORDS[t['words']][0 if ts['words'] == 'full' else 1])
    if t['brand']:
        parts.append(quote(t['brand'], ts['quotes']))
    owner = [e['given'], e['family']] if ts['oorder'] == 'gf' else [e['family'], e['given']]
    return ' '.join(parts + owner)


def given_text(e, pn):
    return pn['dimform'] if pn['g'] == 'dim' and pn['dimform'] else e['given']


def family_text(e, pn):
    if pn['fam'] == 'double' and e.get('maiden'):
        return e['maiden'] + '-' + e['family']
    return e['family']


def finish(s, case, fo, typo, only=None):
    s = apply_case(s, case)
    if fo:
        s = fold(s)
    if typo is not None:
        s = apply_typo(s, typo, only=only)
    return s


def render_person(e, pn):
    g = given_text(e, pn)
    f = family_text(e, pn)
    if pn['disp'] == 'trade':
        d = render_trade(e, pn['tr'])
    else:
        parts = [g, f] if pn['order'] == 'gf' else [f, g]
        if pn['title']:
            parts.insert(0, pn['title'])
        if pn['maiden_note'] and e.get('maiden'):
            parts += ['z d.', e['maiden']]
        if e.get('marker'):
            parts.append(e['marker'])
        d = ' '.join(parts)
    only_txt = f + ' ' + (e['trade']['brand'] or '' if e['trade'] else '')
    only = dict((fl(x), 1) for x in only_txt.replace('-', ' ').split())
    d = finish(d, pn['case']['d'], pn['fold']['d'], pn['typo']['d'], only=only)
    gg = None if pn['gmiss'] else finish(g, pn['case']['g'], pn['fold']['g'], pn['typo']['g'])
    ff = finish(f, pn['case']['f'], pn['fold']['f'], pn['typo']['f'])
    return d, gg, ff


def render_fixed(items, style):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(it[0] if style == 'full' else it[1])
        else:
            out.append(it)
    return ' '.join(out)


def render_orgname(e, sp):
    m = e['name']
    parts = []
    if m['prefix'] and sp['pfx'] != 'omit':
        parts.append(PREFIX_FORMS[m['prefix']][sp['pfx']])
    if m['fixed']:
        parts.append(render_fixed(m['fixed'], sp['fixed']))
    wtxt = TRADE_WORDS[m['words']][0 if sp['words'] == 'full' else 1] if m['words'] else None
    if wtxt and m['words_pos'] == 'pre':
        parts.append(wtxt)
    if m['brand']:
        parts.append(quote(m['brand'], sp['quotes']))
    if wtxt and m['words_pos'] == 'post':
        parts.append(wtxt)
    if m['fixed_post']:
        parts.append(render_fixed(m['fixed_post'], sp['fixed']))
    if m['legal'] and sp['legal'] != 'omit':
        parts.append(LEGAL_FORMS[m['legal']][sp['legal']])
        if m['partners'] and sp['partners'] == 'full':
            parts.append(', '.join(g + ' ' + f for g, f in m['partners']))
    if m['branch']:
        parts.append(('Oddział ' if sp['branch'] == 'full' else 'oddz. ') + m['branch'])
    s = ' '.join(parts)
    return finish(s, sp['case'], sp['fold'], sp['typo'])


def render_contact(e, ct):
    if ct['mode'] in ('none', 'missing'):
        return None, None
    c = e['contact'] if ct['mode'] == 'as' else e['alt_contact']
    g = ct['dimform'] if ct['g'] == 'dim' and ct['dimform'] else c['given']
    g = finish(g, ct['case'], ct['fold'], ct['typo_g'])
    f = finish(c['family'], ct['case'], ct['fold'], ct['typo_f'])
    return g, f


# ---- e-mail / phone ---------------------------------------------------------
def email_title(s):
    local, dom = s.split('@', 1)
    return re.sub(r'(^|[._])([a-z])', lambda m: m.group(1) + m.group(2).upper(), local) + '@' + dom


def email_typo(s, prm):
    local, dom = s.split('@', 1)
    if prm[0] < 0.8 or len(dom.split('.')[0]) < 3:
        w = local
        pos = 1 + int(prm[1] * (len(w) - 1))
        pos = min(pos, len(w) - 1)
        if prm[2] == 'del' and len(w) > 3:
            w = w[:pos] + w[pos + 1:]
        elif prm[2] == 'ins':
            w = w[:pos] + w[pos] + w[pos:]
        else:
            ch = w[pos]
            if ch.isdigit():
                rep = str((int(ch) + 1) % 10)
            elif ch.isalpha():
                nb = NEIGH.get(ch, 'e')
                rep = nb[int(prm[3] * len(nb)) % len(nb)]
            else:
                rep = None
            w = w[:pos] + rep + w[pos + 1:] if rep else w[:pos] + w[pos] + w[pos:]
        return w + '@' + dom
    d0, rest = dom.split('.', 1)
    pos = 1 + int(prm[1] * (len(d0) - 1))
    pos = min(pos, len(d0) - 1)
    d0 = d0[:pos] + d0[pos] + d0[pos:] if prm[2] != 'del' else d0[:pos] + d0[pos + 1:]
    return local + '@' + d0 + '.' + rest


def render_email(e, em):
    mode = em['mode']
    if mode == 'none':
        return None
    if mode == 'alt':
        return e['alt_email']
    s = e['email']
    if mode == 'title':
        return email_title(s)
    if mode == 'upper':
        return s.upper()
    if mode == 'typo':
        return em['typo_val']
    return s


def fmt_number(p, code):
    k = p['key']
    if p['kind'] == 'mob':
        a, b, c = k[:3], k[3:6], k[6:]
        return {'sp3': '%s %s %s' % (a, b, c), 'dash3': '%s-%s-%s' % (a, b, c), 'plain': k,
                'p48sp': '+48 %s %s %s' % (a, b, c), 'p48plain': '+48' + k, '0048sp': '0048 %s %s %s' % (a, b, c),
                'p48dash': '+48 %s-%s-%s' % (a, b, c), 'paren48': '(+48) %s %s %s' % (a, b, c),
                '48sp': '48 %s %s %s' % (a, b, c)}[code]
    if p['kind'] == 'land':
        ar, x, y, z = k[:2], k[2:5], k[5:7], k[7:]
        return {'sp3': '%s %s %s %s' % (ar, x, y, z), 'paren': '(%s) %s %s %s' % (ar, x, y, z),
                'zero': '0%s %s %s %s' % (ar, x, y, z), 'plain': k, 'dash': '%s %s-%s-%s' % (ar, x, y, z),
                'p48sp': '+48 %s %s %s %s' % (ar, x, y, z), 'sp7': '%s %s%s%s' % (ar, x, y, z),
                'zeroparen': '(0%s) %s-%s-%s' % (ar, x, y, z), '0048sp': '0048 %s %s %s %s' % (ar, x, y, z)}[code]
    cc = '49' if p['kind'] == 'de' else '420'
    nat = k[1 + len(cc):]
    ar = p['area']
    rest = nat[len(ar):]
    if p['kind'] == 'cz':
        grp = '%s %s %s' % (nat[:3], nat[3:6], nat[6:])
    else:
        grp = '%s %s' % (ar, rest)
    return {'intl': '+%s %s' % (cc, grp), '00': '00%s %s' % (cc, grp), 'plain': '+' + cc + nat}[code]


MOB_FMTS = ['sp3', 'dash3', 'plain', 'p48sp', 'p48plain', '0048sp', 'p48dash', 'paren48', '48sp']
LAND_FMTS = ['sp3', 'paren', 'zero', 'plain', 'dash', 'p48sp', 'sp7', 'zeroparen', '0048sp']
FOREIGN_FMTS = ['intl', '00', 'plain']


def fmts_for(p):
    return MOB_FMTS if p['kind'] == 'mob' else (LAND_FMTS if p['kind'] == 'land' else FOREIGN_FMTS)


EXT_STYLES = {'wew': ' wew. ', 'w': ' w. ', 'wewnd': ' wew '}
SEPS = [', ', '; ', ' / ', ' lub ']


def render_phone(e, ph):
    if ph['mode'] == 'none':
        return None
    nums = e['phones'] if ph['mode'] == 'as' else e['alt_phones']
    pieces = []
    for j in ph['inc']:
        p = nums[j]
        txt = fmt_number(p, ph['fmt'][j])
        if p.get('ext') and ph['ext'].get(j):
            txt += EXT_STYLES[ph['exts']] + p['ext']
        if ph['lbl']:
            txt = ('kom. ' if p['kind'] == 'mob' else 'tel. ') + txt
        pieces.append(txt)
    s = ph['sep'].join(pieces)
    if ph.get('typo') is not None:
        pos_list = [i for i, ch in enumerate(s) if ch.isdigit()]
        first = pos_list[0]
        cand = [i for i in pos_list if i > first + 2]
        i = cand[int(ph['typo'][0] * len(cand)) % len(cand)]
        d = str((int(s[i]) + 1 + int(ph['typo'][1] * 8)) % 10)
        s = s[:i] + d + s[i + 1:]
    return s


def render_addr(e, ad):
    if ad['mode'] == 'none':
        return None
    m = e['addr'] if ad['mode'] == 'as' else e['alt_addr']
    return render_addr_model(m, ad)


def render(e, sp):
    if e['org']:
        comp = render_orgname(e, sp['cn'])
        disp = render_orgname(e, sp['dn'])
        g, f = render_contact(e, sp['ct'])
    else:
        disp, g, f = render_person(e, sp['pn'])
        comp = None
    if sp.get('qual'):
        disp = disp + sp['qual']
    return {'displayName': disp, 'givenName': g, 'familyName': f, 'companyName': comp,
            'email': render_email(e, sp['em']), 'phone': render_phone(e, sp['ph']),
            'address': render_addr(e, sp['ad'])}


# =============================================================================
# 7. entity builders
# =============================================================================
BIG = {'Poznań': 1, 'Wrocław': 1, 'Łódź': 1, 'Warszawa': 1, 'Szczecin': 1, 'Bydgoszcz': 1}


def dims_of(given):
    for n, d in MALE + FEMALE:
        if n == given:
            return list(d)
    return []


def rand_given(gender, exclude=()):
    lst = MALE if gender == 'm' else FEMALE
    while True:
        n, d = pick(lst)
        if n not in exclude:
            return n, list(d)


def rand_surname(exclude=()):
    while True:
        s = wpick(SURNAME_W)
        if s not in exclude:
            return s


def person_email_cands(given, family, dims=(), domains=PERSON_DOMAINS, n=40):
    g, s = slug(given), slug(family)
    out = []
    for i in range(n):
        pat = R.randrange(12) if i < n - 8 else 6
        yy, k = str(R.randint(55, 99)), str(R.randint(1, 999))
        if pat == 0:
            loc = g + '.' + s
        elif pat == 1:
            loc = g[0] + '.' + s
        elif pat == 2:
            loc = g + s
        elif pat == 3:
            loc = s + '.' + g
        elif pat == 4:
            loc = g + '_' + s
        elif pat == 5:
            loc = g[0] + s
        elif pat == 6:
            loc = g + '.' + s + k
        elif pat == 7:
            loc = s + yy
        elif pat == 8:
            loc = g + s + yy
        elif pat == 9 and dims:
            loc = slug(pick(dims)) + '.' + s
        elif pat == 10:
            loc = s + '.' + g[0]
        else:
            loc = g + '.' + s + '.' + yy
        out.append(loc + '@' + wpick(domains))
    return out


def mk_contact(gender=None, exclude_given=()):
    gender = gender or ('m' if chance(0.55) else 'f')
    g, d = rand_given(gender, exclude_given)
    fm = rand_surname()
    return {'given': g, 'dims': d, 'family': fem(fm) if gender == 'f' else fm, 'fam_m': fm, 'gender': gender}


def base_entity(kind, org):
    return {'eid': new_eid(), 'kind': kind, 'org': org, 'marker': None, 'trade': None, 'contact': None,
            'name': None, 'maiden': None, 'alt_email': None, 'alt_phones': None, 'alt_addr': None,
            'alt_contact': None, 'canon_fam': 'main', 'phones': [], 'email': None, 'addr': None, 'flags': {}}


def place(e, loc=None, addr=None, flat_prob=0.3):
    if addr is not None:
        e['addr'] = addr
        share_addr(addr, e['eid'])
    else:
        town, vil = loc if loc else rand_location()
        fp = flat_prob if (town in BIG) else flat_prob * 0.4
        e['addr'] = alloc_addr(e['eid'], town=town, village=vil, flat_prob=fp)
    e['town'] = e['addr']['city']


def mk_person(kind='person/private', gender=None, given=None, fam_m=None, loc=None, addr=None, marker=None,
              maiden='auto', flat_prob=0.55, land_p=0.2, email=True):
    e = base_entity(kind, False)
    gender = gender or ('m' if chance(0.55) else 'f')
    if given is None:
        given, dims = rand_given(gender)
    else:
        dims = dims_of(given)
    fam_m = fam_m or rand_surname()
    e.update({'gender': gender, 'given': given, 'dims': dims, 'fam_m': fam_m,
              'family': fem(fam_m) if gender == 'f' else fam_m, 'marker': marker})
    if maiden == 'auto':
        if gender == 'f' and kind == 'person/private' and chance(0.3):
            e['maiden'] = fem(rand_surname(exclude=(fam_m,)))
    elif maiden:
        e['maiden'] = maiden
    if e['maiden'] and chance(0.35):
        e['canon_fam'] = 'double'
    place(e, loc, addr, flat_prob)
    area = model_area(e['addr'])
    e['phones'] = [alloc_phone('mob', area, e['eid'])]
    if chance(land_p):
        e['phones'].append(alloc_phone('land', area, e['eid']))
        if chance(0.3):
            e['phones'].reverse()
    if email:
        e['email'] = alloc_email(person_email_cands(given, e['family'], dims), e['eid'])
    return e


def mk_foreign_person(fk=None):
    e = base_entity('person/foreign', False)
    fk = fk or pick(['DE1', 'DE1', 'DE2', 'DE3', 'CZ1', 'CZ2', 'CZ3'])
    f = FOREIGN_BY[fk]
    gender = 'm' if chance(0.7) else 'f'
    if fk.startswith('DE'):
        given = pick(DE_MALE if gender == 'm' else DE_FEMALE)
        family = pick(DE_SUR)
        doms = DE_DOMAINS
    else:
        given = pick(CZ_MALE if gender == 'm' else CZ_FEMALE)
        pair = pick(CZ_SUR)
        family = pair[0] if gender == 'm' else pair[1]
        doms = CZ_DOMAINS
    e.update({'gender': gender, 'given': given, 'dims': [], 'fam_m': family, 'family': family})
    e['addr'] = alloc_addr(e['eid'], foreign=fk)
    e['town'] = e['addr']['city']
    e['phones'] = [alloc_phone('de' if f[4] == 'DE' else 'cz', f[6], e['eid'])]
    e['email'] = alloc_email(person_email_cands(given, family, (), doms), e['eid'])
    return e


def new_brand(owner=None, caps_p=0.35, root=None):
    for _ in range(2000):
        if root is not None:
            rt = root
        elif owner is not None and chance(0.45):
            rt = fold(pick([owner['given'][:3], owner['family'][:3], owner['given'][:2] + owner['family'][:2],
                            owner['family'][:4]])).capitalize()
        else:
            rt = pick(BR_ROOTS)
        suf = pick(BR_SUFF)
        if fl(rt) == fl(suf).strip('-'):
            continue
        b = rt + suf
        if '-' not in suf:
            b = b[0].upper() + b[1:].lower()
        k = fl(b)
        parts = k.split('-')
        if all(p in ABBR_WORDS for p in parts) or k in PFX_SET or len(k.replace('-', '')) < 4:
            continue
        if k in BRANDS or fl(b) in DIM:
            continue
        BRANDS[k] = 1
        return b.upper() if chance(caps_p) else b
    raise RuntimeError('brand')


def brand_variant(b):
    """a different brand one edit away (vowel change or letter doubling)"""
    for _ in range(200):
        i = R.randrange(1, len(b))
        ch = b[i]
        if fl(ch) in 'aeiouy':
            rep = pick([v for v in 'aeiou' if v != fl(ch)])
            rep = rep.upper() if ch.isupper() else rep
            nb = b[:i] + rep + b[i + 1:]
        elif ch.isalpha():
            nb = b[:i] + ch + b[i:]
        else:
            continue
        k = fl(nb)
        if k not in BRANDS and not all(p in ABBR_WORDS for p in k.split('-')):
            BRANDS[k] = 1
            return nb
    raise RuntimeError('variant')


TW_SLUG = {'usl_rem_bud': 'remonty', 'usl_ogolbud': 'budowlanka', 'inst_elektr': 'elektro', 'usl_elektr': 'elektryk',
           'inst_wodkan': 'hydraulik', 'usl_hydr': 'hydraulika', 'inst_sanit': 'instalacje', 'dek_blach': 'dekarz',
           'ciesl_dek': 'ciesla', 'wyk_wnetrz': 'wykonczenia', 'handel_mat': 'materialy', 'usl_malar': 'malarz',
           'glaz': 'glazurnik', 'rob_ziem': 'koparki', 'termo': 'docieplenia', 'bud': 'budownictwo',
           'transp': 'transport', 'posadz': 'posadzki', 'zarz_nier': 'zarzadca'}


def trade_email_cands(e):
    t = e['trade']
    out = []
    s, g = slug(e['family']), slug(e['given'])
    if t['brand']:
        b = slug(t['brand'])
        b2 = slug(t['brand'], '-')
        out += [b + '.' + s + '@' + wpick(PERSON_DOMAINS), 'biuro@' + b2 + '-' + s + '.pl', b + '@' + wpick(PERSON_DOMAINS),
                'kontakt@' + b2 + '.pl', b + '.' + g[0] + s + '@' + wpick(PERSON_DOMAINS)]
    if t['prefix']:
        out += [fl(t['prefix']) + '.' + s + '@' + wpick(PERSON_DOMAINS), fl(t['prefix']) + '.' + g + s + '@' + wpick(PERSON_DOMAINS)]
    if t['words']:
        w = TW_SLUG[t['words']]
        out += [w + '.' + s + '@' + wpick(PERSON_DOMAINS), w + '.' + g + '.' + s + '@' + wpick(PERSON_DOMAINS),
                w + '-' + s + '@' + wpick(PERSON_DOMAINS), 'biuro@' + w + '-' + s + '.pl']
    R.shuffle(out)
    return out + person_email_cands(e['given'], e['family'], e['dims'])


def mk_sole_trader(words='auto', prefix='auto', brand='auto', gender=None, given=None, fam_m=None, loc=None):
    e = mk_person('person/sole_trader', gender=gender or ('m' if chance(0.82) else 'f'), given=given,
                  fam_m=fam_m, loc=loc, maiden=None, flat_prob=0.2, land_p=0.3, email=False)
    pfx = wpick([(None, 55), ('PPHU', 14), ('PHU', 12), ('FHU', 11), ('ZUH', 4), ('ZPHU', 4)]) \
        if prefix == 'auto' else prefix
    w = (pick(TW_PERSON) if chance(0.65) else None) if words == 'auto' else words
    b = (new_brand(owner=e, caps_p=0.6) if chance(0.45) else None) if brand == 'auto' else brand
    if not pfx and not w and not b:
        w = pick(TW_PERSON)
    e['trade'] = {'prefix': pfx, 'words': w, 'brand': b,
                  'canon_pfx': wpick([('dots', 6), ('nodots', 3), ('spelled', 1)]),
                  'canon_words': 'full' if chance(0.85) else 'abbr',
                  'canon_quotes': wpick([('none', 6), ('pl', 3), ('ascii', 1)]) if b else 'none'}
    e['email'] = alloc_email(trade_email_cands(e), e['eid'])
    return e


def org_canon(m):
    return {'pfx': wpick([('dots', 6), ('nodots', 3), ('spelled', 1)]),
            'words': 'full' if chance(0.8) else 'abbr',
            'quotes': (wpick([('pl', 6), ('ascii', 3), ('none', 2)]) if m.get('quoted') else 'none'),
            'legal': wpick(LEGAL_CANON_W[m['legal']]) if m['legal'] else 0,
            'fixed': 'full' if chance(0.7) else 'abbr', 'short': chance(0.22)}


def name_model(**kw):
    m = {'prefix': None, 'words': None, 'words_pos': 'pre', 'brand': None, 'quoted': False, 'legal': None,
         'partners': [], 'branch': None, 'fixed': None, 'fixed_post': None}
    m.update(kw)
    return m


def org_email_cands(dom, town=None, contact=None, locals_=None, n=8):
    doms = [dom + '.pl', dom + '.com.pl', dom + '.eu', dom + '.pl']
    if town:
        doms.append(dom + '-' + slug(town, '-') + '.pl')
    locs = locals_ or [wpick([('biuro', 35), ('sekretariat', 8), ('kontakt', 15), ('info', 10),
                              ('zamowienia', 8), ('handel', 5), ('firma', 5), ('faktury', 4)]) for _ in range(n)]
    out = []
    for i in range(n):
        loc = locs[i % len(locs)]
        if contact and chance(0.15):
            loc = slug(contact['given'])[0] + '.' + slug(contact['family'])
        out.append(loc + '@' + pick(doms))
    return out


def org_entity(kind, m, loc=None, addr=None, contact_p=0.6, flat_prob=0.12, phone='land', email_cands=None,
               canon=None):
    e = base_entity(kind, True)
    e['name'] = m
    e['canon'] = canon or org_canon(m)
    if chance(contact_p):
        e['contact'] = mk_contact()
    place(e, loc, addr, flat_prob)
    area = model_area(e['addr'])
    if phone:
        e['phones'] = [alloc_phone(phone, area, e['eid'])]
        if phone == 'land' and chance(0.25):
            e['phones'].append(alloc_phone('mob', area, e['eid']))
        elif phone == 'land' and chance(0.35):
            e['phones'][0]['ext'] = str(R.randint(10, 40))
    if email_cands is not None:
        e['email'] = alloc_email(email_cands, e['eid'])
    return e


def mk_company(legal=None, brand=None, loc=None, words='auto', prefix='auto', kind='org/company'):
    legal = legal or wpick([('spzoo', 62), ('spj', 15), ('sa', 5), ('spk', 8), ('spzoo_spk', 6)])
    if brand is None:
        if legal == 'spj' and chance(0.5):
            for _ in range(100):
                b = rand_surname() + pick([' i Synowie', ' i Syn', ' i Wspólnicy', ' Budownictwo'])
                if fl(b) not in BRANDS:
                    BRANDS[fl(b)] = 1
                    brand = b
                    break
        if brand is None:
            brand = new_brand()
    pfx = wpick([(None, 80), ('PPHU', 8), ('PHU', 7), ('FHU', 5)]) if prefix == 'auto' else prefix
    w = (pick(TW_COMPANY) if chance(0.3) else None) if words == 'auto' else words
    if ' ' in brand and brand.split()[-1] == 'Budownictwo':
        w = None
    m = name_model(prefix=pfx, words=w, words_pos=pick(['pre', 'post']), brand=brand, quoted=chance(0.3),
                   legal=legal)
    e = org_entity(kind, m, loc=loc, contact_p=0.65)
    e['email'] = alloc_email(org_email_cands(slug(brand.split(' i ')[0], '-'), e['town'], e['contact']) +
                             org_email_cands(slug(brand, '-') + str(R.randint(1, 99)), None), e['eid'])
    return e


def mk_partners(n=2):
    out = []
    fam = rand_surname() if chance(0.4) else None
    for i in range(n):
        gender = 'm' if chance(0.7) else 'f'
        g, _ = rand_given(gender, exclude=[x[0] for x in out])
        fm = fam or rand_surname()
        out.append((g, fem(fm) if gender == 'f' else fm, gender))
    return out


def mk_sc(loc=None, partners=None, brand=None):
    ps = partners or mk_partners(3 if chance(0.15) else 2)
    brand = brand or new_brand(caps_p=0.55)
    pfx = wpick([(None, 60), ('PPHU', 14), ('PHU', 14), ('FHU', 12)])
    w = pick(TW_PERSON) if chance(0.4) else None
    m = name_model(prefix=pfx, words=w, words_pos=pick(['pre', 'post']), brand=brand, quoted=chance(0.35),
                   legal='sc', partners=[(g, f) for g, f, _ in ps])
    e = org_entity('org/sc', m, loc=loc, contact_p=0.0)
    e['partners_full'] = ps
    if chance(0.6):
        g, f, gen_ = pick(ps)
        e['contact'] = {'given': g, 'dims': dims_of(g), 'family': f, 'fam_m': f, 'gender': gen_}
    e['canon']['short'] = chance(0.12)
    e['email'] = alloc_email(org_email_cands(slug(brand, '-'), e['town'], e['contact']) +
                             [slug(brand) + '.sc@' + wpick(PERSON_DOMAINS), slug(brand) + '@' + wpick(PERSON_DOMAINS)],
                             e['eid'])
    return e


def mk_chain():
    brand = new_brand(caps_p=0.2)
    towns = []
    cand = MAIN_TOWNS + ['Swarzędz', 'Września', 'Ostrów Wielkopolski', 'Gniezno', 'Konin', 'Śrem', 'Szamotuły']
    while len(towns) < 4:
        t = pick(cand)
        if t not in towns:
            towns.append(t)
    c = {'brand': brand, 'legal': pick(['sa', 'spzoo', 'spzoo']), 'words': pick([None, None, 'handel_mat',
                                                                                'inst_elektr', 'termo']),
         'towns': towns, 'central': chance(0.55), 'dom': slug(brand, '-')}
    c['canon'] = org_canon({'legal': c['legal'], 'quoted': False})
    c['canon']['short'] = False
    c['mailbox'] = 'faktury@' + c['dom'] + '.pl'
    return c


def mk_branch(c, town, hn=False):
    m = name_model(words=c['words'], words_pos='post', brand=c['brand'], legal=c['legal'], branch=town)
    e = org_entity('org/branch', m, loc=(town, None), contact_p=0.7, canon=dict(c['canon']))
    e['chain'] = c
    if c['central']:
        email_reg(c['mailbox'], e['eid'])
        e['email'] = c['mailbox']
    else:
        e['email'] = alloc_email([slug(town, '-').replace('-', '') + '@' + c['dom'] + '.pl',
                                  'oddzial.' + slug(town, '-').replace('-', '') + '@' + c['dom'] + '.pl',
                                  slug(town)[:3] + '@' + c['dom'] + '.pl'], e['eid'])
    return e


def mk_group():
    brand = new_brand(caps_p=0.3)
    divs = []
    while len(divs) < 5:
        d = pick(GROUP_DIV)
        if d not in divs:
            divs.append(d)
    town = 'Poznań' if chance(0.7) else pick(['Wrocław', 'Warszawa', 'Łódź', 'Bydgoszcz'])
    g = {'brand': brand, 'divs': divs, 'town': town, 'type': 'A' if chance(0.5) else 'B',
         'dom': slug(brand, '-')}
    g['hq_eid'] = new_eid()
    g['hq'] = alloc_addr(g['hq_eid'], town=town, flat_prob=0.0)
    for k in model_keys(g['hq']):
        ADDR_OWN[k] = []
    g['switch'] = alloc_phone('land', TOWNS[town]['area'], g['hq_eid'])['key']
    PHONE_OWN[g['switch']] = []
    g['mailbox'] = 'sekretariat@' + g['dom'] + '.pl'
    return g


def mk_group_company(g, div):
    legal = pick(['spzoo', 'spzoo', 'spzoo', 'sa', 'spk', 'spzoo_spk'])
    m = name_model(brand=g['brand'] + ' ' + div, legal=legal)
    e = org_entity('org/group_company', m, addr=g['hq'], contact_p=0.6, phone=None)
    e['group'] = g
    e['canon']['short'] = False
    e['flags']['force_addr'] = True
    return e


def group_contacts(e, g, hn=False):
    eid = e['eid']
    div = e['name']['brand'].split(' ', 1)[1]
    if g['type'] == 'A' and not hn:
        e['phones'] = [{'key': g['switch'], 'kind': 'land', 'area': TOWNS[g['town']]['area'],
                        'ext': str(R.randint(10, 59))}]
        phone_reg(g['switch'], eid)
    else:
        e['phones'] = [alloc_phone(pick(['land', 'mob']), TOWNS[g['town']]['area'], eid)]
    if g['type'] == 'B':
        email_reg(g['mailbox'], eid)
        e['email'] = g['mailbox']
    else:
        e['email'] = alloc_email([slug(div) + '@' + g['dom'] + '.pl', 'biuro@' + g['dom'] + '-' + slug(div) + '.pl',
                                  'ksiegowosc.' + slug(div) + '@' + g['dom'] + '.pl'], eid)


def mk_manager():
    brand = new_brand(caps_p=0.2)
    legal = pick(['spzoo', 'spzoo', 'spj', 'sc'])
    ps = mk_partners(2) if legal == 'sc' else []
    m = name_model(words='zarz_nier', words_pos=pick(['pre', 'post']), brand=brand, quoted=chance(0.4),
                   legal=legal, partners=[(g, f) for g, f, _ in ps])
    town = 'Poznań' if chance(0.75) else pick(['Gniezno', 'Konin', 'Kalisz', 'Leszno', 'Piła'])
    e = org_entity('org/property_manager', m, loc=(town, None), contact_p=0.5)
    e['mailbox'] = alloc_email([pick(['biuro', 'administracja', 'biuro', 'zarzad']) + '@' + slug(brand, '-') + '.pl',
                                'biuro@' + slug(brand, '-') + '.com.pl', 'administracja@' + slug(brand, '-') + '.pl'],
                               e['eid'])
    e['email'] = e['mailbox']
    e['admins'] = [mk_contact() for _ in range(2)]
    return e


def wm_street_text(a):
    st = a['street']
    p = PFX_TEXT[st['pt']][0] if st['pt'] else ''
    return p + st['main'] + ' ' + a['bldg']


def mk_wspolnota(mgr, street=None):
    town = mgr['town'] if mgr['town'] in TOWNS else 'Poznań'
    e = base_entity('org/wspolnota', True)
    e['addr'] = alloc_addr(e['eid'], town=town, flat_prob=0.0, street=street)
    e['town'] = e['addr']['city']
    e['name'] = name_model(fixed=[('Wspólnota Mieszkaniowa', 'WM')], fixed_post=[wm_street_text(e['addr'])])
    e['canon'] = org_canon(e['name'])
    e['canon']['short'] = False
    e['manager'] = mgr
    email_reg(mgr['mailbox'], e['eid'])
    e['email'] = mgr['mailbox']
    if chance(0.7):
        e['phones'] = [alloc_phone('mob', TOWNS[town]['area'], e['eid'])]
    if chance(0.75):
        e['contact'] = pick(mgr['admins'])
    return e


COOP_USED = {}


def mk_coop():
    while True:
        n = pick(COOP_NAMES)
        if n not in COOP_USED:
            COOP_USED[n] = 1
            break
    m = name_model(fixed=[('Spółdzielnia Mieszkaniowa', 'SM')], brand=n, quoted=True)
    BRANDS[fl(n)] = 1
    town = 'Poznań' if chance(0.6) else pick(MAIN_TOWNS[:6])
    e = org_entity('org/cooperative', m, loc=(town, None), contact_p=0.6)
    e['canon']['short'] = False
    d = slug(n, '-')
    e['email'] = alloc_email(['sekretariat@sm-' + d + '.pl', 'biuro@sm' + d.replace('-', '') + '.pl',
                              'sm.' + d + '@' + wpick(PERSON_DOMAINS)], e['eid'])
    return e


PUBLIC_USED = {}
PUB_TOWNS = [t[0] for t in TOWN_DEFS if t[0] not in ('Wrocław', 'Bydgoszcz', 'Łódź', 'Warszawa', 'Szczecin',
                                                     'Zielona Góra')]
GMINY_WIEJSKIE = ['Dopiewo', 'Rokietnica', 'Suchy Las', 'Tarnowo Podgórne', 'Komorniki', 'Kleszczewo', 'Czerwonak']


def mk_public():
    for _ in range(500):
        typ = wpick([('gmina', 10), ('umig', 6), ('sp', 18), ('zs', 8), ('parafia', 18), ('mops', 5), ('gok', 5),
                     ('osp', 5), ('przedszkole', 6), ('starostwo', 3), ('zdp', 3), ('zgk', 4)])
        town = pick(GMINY_WIEJSKIE) if typ == 'gmina' else pick(PUB_TOWNS)
        loc = TOWNS[town]['loc']
        nr = str(R.randint(1, 12))
        if typ == 'gmina':
            fixed = pick([[('Urząd Gminy', 'UG'), town], ['Gmina', town]])
            dom = pick(['ug@', 'sekretariat@', 'gmina@']) + slug(town, '-') + '.pl'
        elif typ == 'umig':
            town = pick(['Swarzędz', 'Kórnik', 'Mosina', 'Śrem', 'Oborniki', 'Szamotuły', 'Murowana Goślina',
                         'Wągrowiec', 'Jarocin', 'Gostyń'])
            fixed = [('Urząd Miasta i Gminy', 'UMiG'), town]
            dom = 'sekretariat@' + slug(town, '-') + '.pl'
        elif typ == 'sp':
            fixed = [('Szkoła Podstawowa', 'SP'), 'nr ' + nr, ('imienia', 'im.'), pick(PATRONS), 'w', loc]
            dom = pick(['sekretariat@sp%s.%s.pl', 'sp%s@%s.pl']) % (nr, slug(town, '-'))
        elif typ == 'zs':
            fixed = [('Zespół Szkół', 'ZS'), pick(['Budowlanych', 'Technicznych', 'Ponadgimnazjalnych',
                                                  'Zawodowych']), 'nr ' + nr, 'w', loc]
            dom = 'sekretariat@zs' + nr + '.' + slug(town, '-') + '.pl'
        elif typ == 'parafia':
            if chance(0.7):
                fixed = ['Parafia Rzymskokatolicka', ('pod wezwaniem', 'pw.'), ('Świętego', 'św.'), pick(SAINTS_M),
                         'w', loc]
            else:
                fixed = ['Parafia Rzymskokatolicka', ('pod wezwaniem', 'pw.'), ('Świętej', 'św.'), pick(SAINTS_F),
                         'w', loc]
            sa = slug(fixed[3], '-').split('-')[0]
            dom = pick(['parafia.', 'kancelaria.']) + sa + '.' + slug(town, '-') + '@' + pick(
                ['archpoznan.pl', 'wp.pl', 'onet.pl', 'diecezja.kalisz.pl'])
        elif typ == 'mops':
            fixed = [('Miejski Ośrodek Pomocy Społecznej', 'MOPS'), 'w', loc]
            dom = 'mops@' + slug(town, '-') + '.pl'
        elif typ == 'gok':
            fixed = [('Gminny Ośrodek Kultury', 'GOK'), 'w', loc]
            dom = 'gok@' + slug(town, '-') + '.pl'
        elif typ == 'osp':
            fixed = [('Ochotnicza Straż Pożarna', 'OSP'), 'w', loc]
            dom = 'osp.' + slug(town, '') + '@' + wpick(PERSON_DOMAINS)
        elif typ == 'przedszkole':
            fixed = ['Przedszkole Publiczne', 'nr ' + nr, 'w', loc]
            dom = 'przedszkole' + nr + '@' + slug(town, '-') + '.pl'
        elif typ == 'starostwo':
            fixed = ['Starostwo Powiatowe', 'w', loc]
            dom = 'starostwo@powiat-' + slug(town, '-') + '.pl'
        elif typ == 'zdp':
            fixed = ['Zarząd Dróg Powiatowych', 'w', loc]
            dom = 'zdp@powiat-' + slug(town, '-') + '.pl'
        else:
            fixed = ['Zakład Gospodarki Komunalnej', 'w', loc]
            dom = 'zgk@' + slug(town, '-') + '.pl'
        key = name_core(render_fixed(fixed, 'full'))
        if key in PUBLIC_USED:
            continue
        PUBLIC_USED[key] = 1
        m = name_model(fixed=fixed)
        e = org_entity('org/public', m, loc=(town, None), contact_p=0.6, flat_prob=0.0)
        e['canon']['short'] = False
        e['email'] = alloc_email([dom, 'sekretariat.' + dom.split('@')[0].split('.')[0] + '@' + dom.split('@')[1]],
                                 e['eid'])
        return e
    raise RuntimeError('public')


def mk_foreign_org():
    fk = pick(['DE1', 'DE1', 'DE2', 'DE3', 'CZ1', 'CZ2', 'CZ3'])
    f = FOREIGN_BY[fk]
    for _ in range(200):
        if f[4] == 'DE':
            fixed = [pick(['Baustoffe', 'Elektro', 'Haustechnik', 'Dachdeckerei', 'Bau', 'Sanitär'])]
            brand = pick(DE_SUR)
            legal = pick(['gmbh', 'gmbh', 'gmbh_kg'])
        else:
            fixed = [pick(['Stavebniny', 'Elektro', 'Instalace', 'Stavby', 'Střechy'])]
            brand = pick(CZ_SUR)[0]
            legal = pick(['sro', 'sro', 'as'])
        k = fl(fixed[0] + ' ' + brand)
        if k not in BRANDS:
            BRANDS[k] = 1
            break
    m = name_model(fixed=fixed, brand=brand, legal=legal)
    e = org_entity('org/foreign', m, loc=None, addr=alloc_addr('x', foreign=fk), contact_p=0.5,
                   phone=None)
    ks = model_keys(e['addr'])
    for k in ks:
        ADDR_OWN[k] = [e['eid']]
    e['phones'] = [alloc_phone('de' if f[4] == 'DE' else 'cz', f[6], e['eid'])]
    tld = '.de' if f[4] == 'DE' else '.cz'
    d = slug(brand, '-') + '-' + slug(fixed[0], '-')
    e['email'] = alloc_email([pick(['info@', 'office@', 'kontakt@']) + d + tld, 'info@' + slug(brand) + tld,
                              slug(brand) + '@' + d + tld], e['eid'])
    e['canon']['short'] = chance(0.2)
    return e


# =============================================================================
# 8. record specs, source styles and change operations
# =============================================================================
def canon_spec(e):
    sp = {'qual': None, 'style': 'normal'}
    if e['org']:
        c = e['canon']
        on = {'pfx': c['pfx'], 'words': c['words'], 'quotes': c['quotes'], 'legal': c['legal'], 'partners': 'full',
              'branch': 'full', 'fixed': c['fixed'], 'case': 'as', 'fold': False, 'typo': None}
        dn = dict(on)
        if c['short'] and e['name']['legal']:
            dn['legal'] = 'omit'
        sp['cn'], sp['dn'] = on, dn
        sp['ct'] = {'mode': 'as' if e['contact'] else 'none', 'g': 'formal', 'dimform': None, 'case': 'as',
                    'fold': False, 'typo_g': None, 'typo_f': None}
    else:
        tr = None
        if e['trade']:
            t = e['trade']
            tr = {'pfx': t['canon_pfx'], 'words': t['canon_words'], 'quotes': t['canon_quotes'], 'oorder': 'gf'}
        sp['pn'] = {'g': 'formal', 'dimform': None, 'order': 'gf', 'title': None, 'fam': e['canon_fam'],
                    'maiden_note': False, 'disp': 'trade' if e['trade'] else 'person', 'tr': tr,
                    'case': {'d': 'as', 'g': 'as', 'f': 'as'}, 'fold': {'d': False, 'g': False, 'f': False},
                    'typo': {'d': None, 'g': None, 'f': None}, 'gmiss': False}
    sp['em'] = {'mode': 'as' if e['email'] else 'none', 'typo_val': None}
    n = len(e['phones'])
    sp['ph'] = {'mode': 'as' if n else 'none', 'inc': [0] if n else [],
                'fmt': dict((i, fmts_for(p)[0]) for i, p in enumerate(e['phones'])),
                'ext': dict((i, True) for i in range(n)), 'exts': 'wew', 'lbl': False, 'sep': ', ', 'typo': None}
    ad = dict(CANON_AD)
    ad['mode'] = 'as' if e['addr'] else 'none'
    if e['addr'] and e['addr']['country'] != 'PL':
        ad['country'] = 0
    sp['ad'] = ad
    return sp


def title_for(e):
    if chance(0.5):
        return 'Pan' if e['gender'] == 'm' else 'Pani'
    return pick(['inż.', 'mgr inż.', 'mgr', 'dr'])


def name_text_style(e, sp, case, fo):
    if e['org']:
        for k in ('cn', 'dn'):
            sp[k]['case'], sp[k]['fold'] = case, fo
        sp['ct']['case'], sp['ct']['fold'] = case, fo
    else:
        for k in 'dgf':
            sp['pn']['case'][k], sp['pn']['fold'][k] = case, fo


def addr_style(ad, e, who):
    a = e['addr']
    if a is None:
        return
    if who == 'existing':
        ad['pfx'] = wpick([('std', 75), ('none', 15), ('nospace', 5), ('long', 5)])
        ad['first'] = wpick([('full', 55), ('initial', 20), ('none', 25)])
        ad['pc'] = 'plain' if chance(0.08) else 'hyphen'
        ad['region'] = wpick([(None, 72), ('plain', 15), ('woj', 9), ('cap', 4)])
        ad['country'] = wpick([(None, 88), (0, 9), (1, 3)]) if a['country'] == 'PL' else wpick([(0, 7), (1, 2),
                                                                                                (2, 1)])
    else:
        ad['pfx'] = wpick([('std', 60), ('none', 30), ('nospace', 5), ('long', 5)])
        ad['first'] = wpick([('full', 45), ('initial', 20), ('none', 35)])
        ad['pc'] = 'plain' if chance(0.15) else 'hyphen'
        ad['region'] = wpick([(None, 55), ('plain', 30), ('woj', 10), ('cap', 5)])
        ad['country'] = wpick([(None, 60), (0, 30), (1, 7), (2, 3)]) if a['country'] == 'PL' else \
            wpick([(0, 5), (1, 2), (2, 2), (3, 1)])
    ad['hon'] = wpick([('abbr', 70), ('full', 15), ('none', 15)])
    ad['flat'] = wpick([('slash', 55), ('m', 18), ('lok', 10 if not e['org'] else 30), ('l2m', 9), ('l2lok', 4),
                        ('mnodot', 4)])
    ad['city'] = wpick([('std', 85), ('dh', 6), ('ds', 3), ('dp', 3), ('dsp', 3)]) if a.get('district') else 'std'
    ad['vcity'] = wpick([('post', 60), ('village', 30), ('village_gm', 10)])
    ad['de'] = 'abbr' if chance(0.3) else 'full'
    ad['cz'] = 'abbr' if chance(0.4) else 'full'


def pick_fmt(p, who):
    if p['kind'] == 'mob':
        w = [('sp3', 55), ('dash3', 10), ('plain', 12), ('p48sp', 10), ('p48plain', 3), ('0048sp', 3),
             ('p48dash', 3), ('paren48', 2), ('48sp', 2)]
        if who == 'web':
            w = [('p48sp', 35), ('sp3', 30), ('p48plain', 15), ('plain', 15), ('p48dash', 5)]
    elif p['kind'] == 'land':
        w = [('sp3', 50), ('paren', 10), ('zero', 8), ('plain', 8), ('dash', 8), ('p48sp', 6), ('sp7', 5),
             ('zeroparen', 3), ('0048sp', 2)]
    else:
        w = [('intl', 60), ('00', 30), ('plain', 10)]
    return wpick(w)


def phone_style(ph, e, who):
    n = len(e['phones'])
    if not n:
        return
    for i, p in enumerate(e['phones']):
        ph['fmt'][i] = pick_fmt(p, who)
        if who == 'app' and p['kind'] == 'mob':
            ph['fmt'][i] = pick(['dash3', 'plain', 'sp3'])
        if who == 'import':
            ph['fmt'][i] = pick(['plain', fmts_for(p)[0]])
    ph['inc'] = [0]
    if n > 1 and chance(0.55):
        ph['inc'] = [0, 1]
    ph['exts'] = wpick([('wew', 70), ('w', 20), ('wewnd', 10)])
    ph['lbl'] = chance(0.08)
    ph['sep'] = wpick([(', ', 60), ('; ', 15), (' / ', 15), (' lub ', 10)])


def presence(e, sp, pe, pp, pa):
    em = bool(e['email']) and chance(pe)
    ph = bool(e['phones']) and chance(pp)
    ad = bool(e['addr']) and chance(pa)
    if not (em or ph or ad):
        opts = [x for x, ok in (('em', e['email']), ('ph', e['phones']), ('ad', e['addr'])) if ok]
        x = pick(opts)
        em, ph, ad = em or x == 'em', ph or x == 'ph', ad or x == 'ad'
    sp['em']['mode'] = 'as' if em else 'none'
    sp['ph']['mode'] = 'as' if ph else 'none'
    if not ph:
        sp['ph']['inc'] = []
    elif not sp['ph']['inc']:
        sp['ph']['inc'] = [0]
    sp['ad']['mode'] = 'as' if ad else 'none'


def style_existing(e, sp):
    st = wpick([('normal', 78), ('caps', 9), ('lower', 4), ('nodiac', 9)])
    sp['style'] = st
    if not e['org']:
        pn = sp['pn']
        if pn['disp'] == 'person':
            if chance(0.22):
                pn['order'] = 'fg'
            if chance(0.03):
                pn['title'] = title_for(e)
        elif chance(0.12):
            pn['disp'] = 'person'
        if e['dims'] and chance(0.05):
            pn['g'], pn['dimform'] = 'dim', pick(e['dims'])
    elif sp['ct']['mode'] == 'as' and chance(0.2):
        sp['ct']['mode'] = 'none'
    if st == 'caps':
        fo = chance(0.7)
        name_text_style(e, sp, 'upper', fo)
        sp['ad']['case'], sp['ad']['fold'] = 'upper', fo
    elif st == 'lower':
        fo = chance(0.4)
        name_text_style(e, sp, 'lower', fo)
        if chance(0.5):
            sp['ad']['case'], sp['ad']['fold'] = 'lower', fo
    elif st == 'nodiac':
        name_text_style(e, sp, 'as', True)
        sp['ad']['fold'] = True
    addr_style(sp['ad'], e, 'existing')
    phone_style(sp['ph'], e, 'existing')
    presence(e, sp, 0.86, 0.91, 0.83)


def style_incoming(e, sp, src=None):
    src = src or wpick([('web', 5), ('app', 3), ('import', 2)])
    sp['style'] = src
    if src == 'web':
        if chance(0.12):
            name_text_style(e, sp, 'lower', chance(0.3))
    elif src == 'app':
        if chance(0.55):
            name_text_style(e, sp, 'as', True)
            sp['ad']['fold'] = True
        if e['org']:
            for k in ('cn', 'dn'):
                if chance(0.5):
                    sp[k]['words'] = 'abbr'
                if chance(0.5):
                    sp[k]['pfx'] = 'nodots'
    else:
        fo = chance(0.8)
        name_text_style(e, sp, 'upper', fo)
        sp['ad']['case'], sp['ad']['fold'] = 'upper', fo
    if e['org'] and e['name']['legal'] and chance(0.4):
        sp['dn']['legal'] = R.randrange(len(LEGAL_FORMS[e['name']['legal']]))
        sp['cn']['legal'] = sp['dn']['legal'] if chance(0.5) else sp['cn']['legal']
    if not e['org'] and e['dims'] and chance(0.08):
        sp['pn']['g'], sp['pn']['dimform'] = 'dim', pick(e['dims'])
    addr_style(sp['ad'], e, 'incoming')
    phone_style(sp['ph'], e, src)
    presence(e, sp, 0.9, 0.88, 0.88)


# ---- change operations --------------------------------------------------------
def H(fields, labels):
    return dict((f, list(labels)) for f in fields)


PN_F = {'d': 'displayName', 'g': 'givenName', 'f': 'familyName'}


def _targets_org():
    return wpick([(('dn',), 5), (('cn',), 2), (('dn', 'cn'), 4)])


def _org_fields(ts):
    return [{'dn': 'displayName', 'cn': 'companyName'}[t] for t in ts]


def op_case(e, sp, case, fo=None):
    if e['org']:
        ts = _targets_org()
        if all(sp[t]['case'] == case and (fo is None or sp[t]['fold'] == fo) for t in ts):
            return None
        for t in ts:
            sp[t]['case'] = case
            if fo is not None:
                sp[t]['fold'] = fo
        fields = _org_fields(ts)
        if len(ts) == 2 and sp['ct']['mode'] == 'as' and chance(0.5):
            sp['ct']['case'] = case
            if fo is not None:
                sp['ct']['fold'] = fo
            fields += ['givenName', 'familyName']
        return H(fields, ['case', 'diacritics'])
    pn = sp['pn']
    ks = pick(['dgf', 'dgf', 'd', 'gf'])
    if all(pn['case'][k] == case and (fo is None or pn['fold'][k] == fo) for k in ks):
        return None
    for k in ks:
        pn['case'][k] = case
        if fo is not None:
            pn['fold'][k] = fo
    return H([PN_F[k] for k in ks], ['case', 'diacritics'])


def op_upper(e, sp):
    return op_case(e, sp, 'upper', True if chance(0.6) else None)


def op_lower(e, sp):
    return op_case(e, sp, 'lower', True if chance(0.3) else None)


def op_proper(e, sp):
    return op_case(e, sp, 'as', False)


def op_fold(e, sp):
    if e['org']:
        ts = _targets_org()
        if all(sp[t]['fold'] for t in ts):
            return None
        for t in ts:
            sp[t]['fold'] = True
        return H(_org_fields(ts), ['diacritics'])
    pn = sp['pn']
    ks = pick(['dgf', 'd', 'gf', 'f'])
    if all(pn['fold'][k] for k in ks):
        return None
    txt = e['given'] + e['family'] + (render_trade(e, pn['tr']) if pn['tr'] else '')
    if fold(txt) == txt:
        return None
    for k in ks:
        pn['fold'][k] = True
    return H([PN_F[k] for k in ks], ['diacritics'])


def op_typo(e, sp):
    if e['org']:
        t = pick(['dn', 'cn', 'dn'])
        if sp[t]['typo'] is not None:
            return None
        sp[t]['typo'] = new_typo_params()
        return H(_org_fields([t]), ['typo'])
    pn = sp['pn']
    k = pick(['f', 'f', 'd', 'g'])
    if pn['typo'][k] is not None or (k == 'g' and (pn['gmiss'] or len(e['given']) < 4 or pn['g'] == 'dim')):
        return None
    pn['typo'][k] = new_typo_params()
    return H([PN_F[k]], ['typo'])


def op_order(e, sp):
    if e['org'] or sp['pn']['disp'] != 'person':
        return None
    sp['pn']['order'] = 'fg' if sp['pn']['order'] == 'gf' else 'gf'
    return H(['displayName'], ['order'])


def op_dim(e, sp):
    if e['org']:
        ct = sp['ct']
        if ct['mode'] != 'as' or not e['contact'].get('dims'):
            return None
        if ct['g'] == 'dim':
            ct['g'] = 'formal'
        else:
            ct['g'], ct['dimform'] = 'dim', pick(e['contact']['dims'])
        return H(['givenName'], ['diminutive'])
    pn = sp['pn']
    if not e['dims'] or pn['gmiss'] or pn['typo']['g'] is not None:
        return None
    if pn['g'] == 'dim':
        pn['g'] = 'formal'
    else:
        pn['g'], pn['dimform'] = 'dim', pick(e['dims'])
    return H(['givenName', 'displayName'], ['diminutive'])


def op_title(e, sp):
    if e['org'] or sp['pn']['disp'] != 'person':
        return None
    pn = sp['pn']
    pn['title'] = None if pn['title'] else title_for(e)
    return H(['displayName'], ['title'])


def op_married(e, sp):
    if e['org'] or not e.get('maiden'):
        return None
    pn = sp['pn']
    pn['fam'] = 'main' if pn['fam'] == 'double' else 'double'
    return H(['familyName', 'displayName'], ['married'])


def op_maiden(e, sp):
    if e['org'] or not e.get('maiden') or sp['pn']['disp'] != 'person':
        return None
    pn = sp['pn']
    pn['maiden_note'] = not pn['maiden_note']
    return H(['displayName'], ['maiden'])


def op_trade(e, sp):
    if e['org'] or not e['trade']:
        return None
    pn = sp['pn']
    pn['disp'] = 'person' if pn['disp'] == 'trade' else 'trade'
    return H(['displayName'], ['trade_name'])


def op_trade_style(e, sp):
    if e['org'] or not e['trade'] or sp['pn']['disp'] != 'trade':
        return None
    t, tr = e['trade'], sp['pn']['tr']
    opts = []
    if t['prefix']:
        opts.append('pfx')
    if t['words']:
        opts.append('words')
    if t['brand']:
        opts.append('quotes')
    opts.append('oorder')
    o = pick(opts)
    if o == 'pfx':
        tr['pfx'] = pick([x for x in PFX_STYLES + ['omit'] if x != tr['pfx']])
        return H(['displayName'], ['prefix'])
    if o == 'words':
        tr['words'] = 'abbr' if tr['words'] == 'full' else 'full'
        return H(['displayName'], ['abbrev'])
    if o == 'quotes':
        tr['quotes'] = pick([x for x in ['pl', 'ascii', 'none'] if x != tr['quotes']])
        return H(['displayName'], ['quotes'])
    tr['oorder'] = 'fg' if tr['oorder'] == 'gf' else 'gf'
    return H(['displayName'], ['order'])


def op_gmiss(e, sp):
    if e['org'] or sp['pn']['gmiss']:
        return None
    sp['pn']['gmiss'] = True
    return H(['givenName'], ['missing'])


def op_legal(e, sp):
    if not e['org'] or not e['name']['legal'] or len(LEGAL_FORMS[e['name']['legal']]) < 2:
        return None
    ts = [t for t in _targets_org() if sp[t]['legal'] != 'omit']
    if not ts:
        return None
    n = len(LEGAL_FORMS[e['name']['legal']])
    for t in ts:
        sp[t]['legal'] = pick([i for i in range(n) if i != sp[t]['legal']])
    return H(_org_fields(ts), ['legal_form'])


def op_legal_omit(e, sp):
    if not e['org'] or not e['name']['legal']:
        return None
    ts = ['dn'] if chance(0.7) else ['dn', 'cn']
    if any(sp[t]['legal'] == 'omit' for t in ts):
        if sp['dn']['legal'] == 'omit':
            sp['dn']['legal'] = e['canon']['legal']
            return H(['displayName'], ['legal_form', 'partners'])
        return None
    for t in ts:
        sp[t]['legal'] = 'omit'
    return H(_org_fields(ts), ['legal_form', 'partners'])


def op_pfx(e, sp):
    if not e['org'] or not e['name']['prefix']:
        return None
    ts = _targets_org()
    for t in ts:
        sp[t]['pfx'] = pick([x for x in PFX_STYLES + ['omit'] if x != sp[t]['pfx']])
    return H(_org_fields(ts), ['prefix'])


def op_words(e, sp):
    if not e['org']:
        return None
    m = e['name']
    key = 'words' if m['words'] else ('fixed' if m['fixed'] and any(isinstance(x, tuple) for x in
                                                                     (m['fixed'] + (m['fixed_post'] or []))) else None)
    if key is None and m['branch']:
        key = 'branch'
    if key is None:
        return None
    ts = _targets_org()
    for t in ts:
        if key == 'branch':
            sp[t]['branch'] = 'abbr' if sp[t]['branch'] == 'full' else 'full'
        else:
            sp[t][key] = 'abbr' if sp[t][key] == 'full' else 'full'
    return H(_org_fields(ts), ['abbrev'])


def op_quotes(e, sp):
    if not e['org'] or not e['name']['brand']:
        return None
    ts = _targets_org()
    for t in ts:
        sp[t]['quotes'] = pick([x for x in ['pl', 'ascii', 'none'] if x != sp[t]['quotes']])
    return H(_org_fields(ts), ['quotes'])


def op_partners(e, sp):
    if not e['org'] or not e['name']['partners']:
        return None
    ts = [t for t in _targets_org() if sp[t]['legal'] != 'omit' and sp[t]['partners'] == 'full']
    if not ts:
        return None
    for t in ts:
        sp[t]['partners'] = 'omit'
    return H(_org_fields(ts), ['partners'])


def op_ct_changed(e, sp):
    if not e['org'] or sp['ct']['mode'] != 'as':
        return None
    if e['alt_contact'] is None:
        e['alt_contact'] = mk_contact(exclude_given=(e['contact']['given'],))
    sp['ct']['mode'] = 'changed'
    sp['ct']['g'] = 'formal'
    return H(['givenName', 'familyName'], ['changed'])


def op_ct_missing(e, sp):
    if not e['org'] or sp['ct']['mode'] != 'as':
        return None
    sp['ct']['mode'] = 'missing'
    return H(['givenName', 'familyName'], ['missing'])


def op_ct_added(e, sp):
    if not e['org'] or sp['ct']['mode'] != 'none' or not e['contact']:
        return None
    sp['ct']['mode'] = 'as'
    return H(['givenName', 'familyName'], ['added'])


# e-mail
def op_e_case(e, sp):
    if sp['em']['mode'] != 'as':
        return None
    sp['em']['mode'] = pick(['title', 'title', 'upper'])
    if render_email(e, sp['em']) == e['email']:
        sp['em']['mode'] = 'upper'
    return {}


def op_e_typo(e, sp):
    if sp['em']['mode'] != 'as':
        return None
    for _ in range(10):
        v = email_typo(e['email'], new_typo_params())
        k = v.lower()
        if k != e['email'] and v[0] == e['email'][0] and lev(v, e['email']) == 1 and email_free(k, e['eid']):
            email_reg(k, e['eid'])
            sp['em']['mode'], sp['em']['typo_val'] = 'typo', v
            return {}
    return None


def alt_email(e):
    if e['alt_email'] is None:
        if e['org']:
            base = slug((e['name']['brand'] or e['town'] or 'firma'), '-') or 'firma'
            c = org_email_cands(base + pick(['', '-' + slug(e['town'], '-')]), None, None) + \
                [pick(['biuro', 'firma', 'kontakt']) + '.' + slug(base) + str(R.randint(1, 99)) + '@' + wpick(PERSON_DOMAINS)]
        else:
            c = person_email_cands(e['given'], e['family'], e['dims'],
                                   DE_DOMAINS if e['kind'] == 'person/foreign' and e['addr']['country'] == 'DE'
                                   else (CZ_DOMAINS if e['kind'] == 'person/foreign' else PERSON_DOMAINS))
        c = [x for x in c if not e['email'] or lev(x, e['email']) > 1]
        e['alt_email'] = alloc_email(c, e['eid'])
    return e['alt_email']


def op_e_alt(e, sp):
    if sp['em']['mode'] == 'none' or not alt_email(e):
        return None
    sp['em']['mode'] = 'alt'
    return {'email': ['changed']}


def op_e_none(e, sp):
    if sp['em']['mode'] == 'none':
        return None
    sp['em']['mode'] = 'none'
    return {}


def op_e_add(e, sp):
    if sp['em']['mode'] != 'none' or not e['email']:
        return None
    sp['em']['mode'] = 'as'
    return {}


# phone
def op_ph_fmt(e, sp):
    ph = sp['ph']
    if ph['mode'] != 'as' or not ph['inc']:
        return None
    r = R.random()
    if r < 0.15:
        ph['lbl'] = not ph['lbl']
    elif r < 0.25 and len(ph['inc']) > 1:
        ph['sep'] = pick([x for x in SEPS if x != ph['sep']])
    else:
        j = pick(ph['inc'])
        p = e['phones'][j]
        ph['fmt'][j] = pick([x for x in fmts_for(p) if x != ph['fmt'][j]])
    return {}


def op_ph_ext(e, sp):
    ph = sp['ph']
    if ph['mode'] != 'as':
        return None
    js = [j for j in ph['inc'] if e['phones'][j].get('ext')]
    if not js:
        return None
    j = pick(js)
    if chance(0.25) and ph['ext'].get(j):
        ph['exts'] = pick([x for x in EXT_STYLES if x != ph['exts']])
    else:
        ph['ext'][j] = not ph['ext'].get(j)
    return {}


def op_ph_add2(e, sp):
    ph = sp['ph']
    if ph['mode'] != 'as' or len(e['phones']) < 2 or len(ph['inc']) != 1:
        return None
    other = 1 - ph['inc'][0]
    ph['inc'] = ph['inc'] + [other] if chance(0.6) else [other] + ph['inc']
    ph['fmt'][other] = pick_fmt(e['phones'][other], 'existing')
    return {}


def op_ph_drop2(e, sp):
    ph = sp['ph']
    if ph['mode'] != 'as' or len(ph['inc']) != 2:
        return None
    ph['inc'] = [pick(ph['inc'])]
    return {}


def op_ph_typo(e, sp):
    ph = sp['ph']
    if ph['mode'] != 'as' or not ph['inc'] or ph['typo'] is not None:
        return None
    ph['typo'] = (R.random(), R.random())
    s = render_phone(e, ph)
    for k in phone_keys(s):
        if any(o != e['eid'] for o in PHONE_OWN.get(k, [])):
            ph['typo'] = None
            return None
    for k in phone_keys(s):
        phone_reg(k, e['eid'])
    return {}


def op_ph_alt(e, sp):
    ph = sp['ph']
    if ph['mode'] == 'none':
        return None
    if e['alt_phones'] is None:
        area = model_area(e['addr']) if e['addr'] else '61'
        kind = 'mob' if e['phones'] and e['phones'][0]['kind'] in ('mob', 'land') else e['phones'][0]['kind']
        if kind in ('de', 'cz'):
            f = [x for x in FOREIGN if x[1] == e['addr']['city']][0]
            area = f[6]
        e['alt_phones'] = [alloc_phone(kind, area, e['eid'])]
    ph['mode'], ph['inc'], ph['typo'] = 'alt', [0], None
    ph['fmt'] = {0: pick_fmt(e['alt_phones'][0], 'existing')}
    ph['ext'] = {}
    return {'phone': ['changed']}


def op_ph_none(e, sp):
    if sp['ph']['mode'] == 'none':
        return None
    sp['ph']['mode'] = 'none'
    return {}


def op_ph_add(e, sp):
    ph = sp['ph']
    if ph['mode'] != 'none' or not e['phones']:
        return None
    ph['mode'] = 'as'
    ph['inc'] = [0]
    ph['fmt'] = dict((i, pick_fmt(p, 'existing')) for i, p in enumerate(e['phones']))
    ph['ext'] = dict((i, True) for i in range(len(e['phones'])))
    ph['typo'] = None
    return {}


# address
def op_a_fmt(e, sp):
    ad = sp['ad']
    if ad['mode'] != 'as':
        return None
    a = e['addr']
    knobs = ['pc', 'case']
    if a['type'] == 'street':
        knobs += ['pfx', 'pfx']
        if a['street']['hon']:
            knobs.append('hon')
        if a['street']['first']:
            knobs += ['first', 'first']
    if a['flat']:
        knobs += ['flat', 'flat']
    if ad['region']:
        knobs.append('region')
    if ad['country'] is not None:
        knobs.append('country')
    if a['type'] == 'foreign':
        knobs.append('de' if a['country'] == 'DE' else 'cz')
    k = pick(knobs)
    if k == 'pc':
        ad['pc'] = 'plain' if ad['pc'] == 'hyphen' else 'hyphen'
    elif k == 'case':
        if ad['case'] != 'as' or ad['fold']:
            ad['case'], ad['fold'] = 'as', False
        else:
            ad['case'], ad['fold'] = pick([('upper', True), ('upper', False), ('as', True), ('lower', False)])
    elif k == 'pfx':
        ad['pfx'] = pick([x for x in ['std', 'none', 'long', 'nospace'] if x != ad['pfx']])
    elif k == 'hon':
        ad['hon'] = pick([x for x in ['abbr', 'full', 'none'] if x != ad['hon']])
    elif k == 'first':
        ad['first'] = pick([x for x in ['full', 'initial', 'none'] if x != ad['first']])
    elif k == 'flat':
        ad['flat'] = pick([x for x in ['slash', 'm', 'lok', 'mnodot', 'l2m', 'l2lok'] if x != ad['flat']])
    elif k == 'region':
        ad['region'] = pick([x for x in ['plain', 'woj', 'cap'] if x != ad['region']])
    elif k == 'country':
        n = len(COUNTRY_TEXT[a['country']])
        ad['country'] = pick([i for i in range(n) if i != ad['country']])
    else:
        ad[k] = 'abbr' if ad[k] == 'full' else 'full'
    return {}


def op_a_district(e, sp):
    ad = sp['ad']
    if ad['mode'] != 'as' or not e['addr'].get('district'):
        return None
    ad['city'] = pick([x for x in ['std', 'dh', 'ds', 'dp', 'dsp'] if x != ad['city']])
    return {}


def op_a_posttown(e, sp):
    ad = sp['ad']
    a = e['addr']
    if ad['mode'] != 'as' or a['type'] != 'village' or a['village'] == a['post_town']:
        return None
    ad['vcity'] = pick([x for x in ['post', 'village', 'village_gm'] if x != ad['vcity']])
    return {}


def op_a_enrich(e, sp):
    ad = sp['ad']
    if ad['mode'] != 'as':
        return None
    if ad['region'] is None and (ad['country'] is not None or chance(0.6)):
        ad['region'] = pick(['plain', 'woj', 'cap'])
    elif ad['country'] is None:
        ad['country'] = 0
    else:
        return None
    return {}


def op_a_typo(e, sp):
    ad = sp['ad']
    if ad['mode'] != 'as' or ad['typo'] is not None or ad.get('renamed'):
        return None
    ad['typo'] = new_typo_params()
    k = addr_key(render_addr(e, ad))
    if k and any(o != e['eid'] for o in ADDR_OWN.get(k, [])):
        ad['typo'] = None
        return None
    if k:
        addr_reg(k, e['eid'])
    return {}


def op_a_renamed(e, sp):
    ad = sp['ad']
    a = e['addr']
    if ad['mode'] != 'as' or a['type'] != 'street' or not a['street'].get('renamed_to') or ad['renamed'] \
            or ad['typo'] is not None:
        return None
    ad['renamed'] = True
    return {}


def op_a_moved(e, sp):
    ad = sp['ad']
    if ad['mode'] == 'none' or e['kind'] == 'org/wspolnota':
        return None
    if e['alt_addr'] is None:
        a = e['addr']
        if e['kind'] in ('org/branch', 'org/public') and a['type'] == 'street':
            e['alt_addr'] = alloc_addr(e['eid'], town=a['town'], flat_prob=0.0)
        elif e['kind'] in ('org/branch', 'org/public'):
            return None
        elif a['type'] == 'foreign':
            fk = [f[0] for f in FOREIGN if f[1] == a['city']][0]
            e['alt_addr'] = alloc_addr(e['eid'], foreign=fk)
        elif chance(0.6) and a['type'] == 'street':
            e['alt_addr'] = alloc_addr(e['eid'], town=a['town'], flat_prob=0.4 if a['flat'] else 0.1)
        else:
            t, v = rand_location()
            e['alt_addr'] = alloc_addr(e['eid'], town=t, village=v, flat_prob=0.3)
    ad['mode'], ad['typo'], ad['renamed'] = 'alt', None, False
    return {'address': ['moved']}


def op_a_none(e, sp):
    if sp['ad']['mode'] == 'none':
        return None
    sp['ad']['mode'] = 'none'
    return {}


def op_a_drop(e, sp, what):
    ad = sp['ad']
    if ad['mode'] != 'as':
        return None
    m = e['addr']
    if what == 'flat' and not m['flat']:
        return None
    if what == 'region' and not ad['region']:
        return None
    if ad.get('drop_' + what):
        return None
    ad['drop_' + what] = True
    return {}


def op_a_add(e, sp):
    if sp['ad']['mode'] != 'none' or not e['addr']:
        return None
    sp['ad']['mode'] = 'as'
    return {}


# name, weight, hard, breaks
OPS = [
    ('upper', op_upper, 6, False, None), ('lower', op_lower, 3, False, None), ('proper', op_proper, 5, False, None),
    ('fold', op_fold, 6, False, None), ('typo', op_typo, 7, False, None), ('order', op_order, 5, False, None),
    ('dim', op_dim, 5, False, None), ('title', op_title, 2, False, None), ('married', op_married, 14, False, None),
    ('maiden', op_maiden, 8, False, None), ('trade', op_trade, 4, False, None),
    ('trade_style', op_trade_style, 6, False, None), ('legal', op_legal, 7, False, None),
    ('legal_omit', op_legal_omit, 5, False, None), ('pfx', op_pfx, 4, False, None),
    ('words', op_words, 5, False, None), ('quotes', op_quotes, 4, False, None),
    ('partners', op_partners, 4, False, None), ('ct_added', op_ct_added, 2, False, None),
    ('e_case', op_e_case, 4, False, None), ('e_typo', op_e_typo, 5, False, None),
    ('e_add', op_e_add, 3, False, None),
    ('ph_fmt', op_ph_fmt, 9, False, None), ('ph_ext', op_ph_ext, 10, False, None),
    ('ph_add2', op_ph_add2, 10, False, None), ('ph_drop2', op_ph_drop2, 8, False, 'phone'),
    ('ph_typo', op_ph_typo, 2, False, 'phone'), ('ph_add', op_ph_add, 3, False, None),
    ('a_fmt', op_a_fmt, 10, False, None), ('a_district', op_a_district, 4, False, None),
    ('a_posttown', op_a_posttown, 8, False, None), ('a_enrich', op_a_enrich, 3, False, None),
    ('a_typo', op_a_typo, 3, False, 'address'), ('a_renamed', op_a_renamed, 40, False, 'address'),
    ('a_add', op_a_add, 3, False, None),
    ('ct_changed', op_ct_changed, 5, True, None), ('ct_missing', op_ct_missing, 3, True, None),
    ('gmiss', op_gmiss, 2, True, None), ('e_alt', op_e_alt, 6, True, 'email'),
    ('e_none', op_e_none, 6, True, 'email'), ('ph_alt', op_ph_alt, 6, True, 'phone'),
    ('ph_none', op_ph_none, 6, True, 'phone'), ('a_moved', op_a_moved, 5, True, 'address'),
    ('a_none', op_a_none, 4, True, 'address'),
    ('a_drop_pc', lambda e, sp: op_a_drop(e, sp, 'pc'), 3, True, 'address'),
    ('a_drop_flat', lambda e, sp: op_a_drop(e, sp, 'flat'), 3, True, 'address'),
    ('a_drop_city', lambda e, sp: op_a_drop(e, sp, 'city'), 3, True, None),
    ('a_drop_region', lambda e, sp: op_a_drop(e, sp, 'region'), 2, True, None),
]


# =============================================================================
# 9. variants (matches / repeats)
# =============================================================================
SOFT_OPS = [(n, f, w, br) for n, f, w, h, br in OPS if not h]
HARD_OPS = [(n, f, w, br) for n, f, w, h, br in OPS if h]


def pre_evidence(eid, a, b, labels):
    ev = []
    ea, eb = email_key(a['email']), email_key(b['email'])
    if ea and eb and (ea == eb or 'email:typo' in labels) and EMAIL_OWN.get(ea) == [eid] \
            and EMAIL_OWN.get(eb) == [eid]:
        ev.append('email')
    pa, pb = phone_keys(a['phone']), phone_keys(b['phone'])
    if any(k in pb and PHONE_OWN.get(k) == [eid] for k in pa):
        ev.append('phone')
    ka, kb = addr_key(a['address']), addr_key(b['address'])
    if ka and ka == kb and ADDR_OWN.get(ka) == [eid]:
        ev.append('address')
    return ev


def keep_options(eid, rec):
    out = []
    k = email_key(rec['email'])
    if k and EMAIL_OWN.get(k) == [eid]:
        out.append('email')
    if any(PHONE_OWN.get(k) == [eid] for k in phone_keys(rec['phone'])):
        out.append('phone')
    k = addr_key(rec['address'])
    if k and ADDR_OWN.get(k) == [eid]:
        out.append('address')
    return out


def n_targets(profile):
    if profile == 'light':
        return (1 if chance(0.6) else 2), 0
    if profile == 'medium':
        return R.randint(2, 3), (1 if chance(0.35) else 0)
    return R.randint(2, 3), (2 if chance(0.6) else 3)


def make_variant(e, base_sp, base_rec, profile, keep_opts, max_try=120):
    for _ in range(max_try):
        keep = pick(keep_opts)
        sp = copy.deepcopy(base_sp)
        hints = {}
        if sp.get('qual'):
            sp['qual'] = None
            hints['displayName'] = ['qualifier']
        ns, nh = n_targets(profile)
        soft = [(n, f, w) for n, f, w, br in SOFT_OPS if br != keep]
        hard = [(n, f, w) for n, f, w, br in HARD_OPS if br != keep]
        applied, cs, ch = {}, 0, 0
        for _i in range(60):
            if cs >= ns and ch >= nh:
                break
            is_hard = ch < nh
            pool = hard if is_hard else soft
            name = wpick([(n, w) for n, f, w in pool])
            if name in applied:
                continue
            fn = [f for n, f, w in pool if n == name][0]
            h = fn(e, sp)
            if h is None:
                continue
            applied[name] = 1
            for k, v in h.items():
                hints.setdefault(k, []).extend(v)
            if is_hard:
                ch += 1
            else:
                cs += 1
        rec = render(e, sp)
        labels = derive_all(rec, base_rec, hints)
        if not profile_ok(labels, profile):
            continue
        bad = False
        for l in labels:
            f, w = l.split(':')
            if w in ('changed', 'moved') and w not in hints.get(f, []):
                bad = True
        if bad:
            continue
        if not pre_evidence(e['eid'], rec, base_rec, labels):
            continue
        return sp, rec, labels
    return None


# =============================================================================
# 10. existing customers
# =============================================================================
HN_TYPES = ['namesake_other_town', 'father_son_same_address', 'spouse_same_address', 'same_trade_words_other_owner',
            'chain_other_branch', 'group_company_same_office', 'wspolnota_same_manager', 'sc_partner_own_firm',
            'same_building_other_flat', 'similar_name_other_town']


def masc(f):
    for a, b in (('dzka', 'dzki'), ('ska', 'ski'), ('cka', 'cki')):
        if f.endswith(a):
            return f[:-len(a)] + b
    return f


def flag(e, t):
    e['flags']['hn'] = t
    return e


def build_existing():
    P, O = [], []
    # households: 20 married couples at one address (8 share a household mailbox)
    for i in range(20):
        fam = rand_surname()
        h = mk_person(gender='m', fam_m=fam, maiden=None, loc=rand_location(0.2))
        w = mk_person(gender='f', fam_m=fam, addr=h['addr'], maiden='auto')
        if i < 8:
            loc = plural_family(slug(fam)) if False else slug(plural_family(fam))
            hm = alloc_email([loc + '@' + wpick(PERSON_DOMAINS), loc + str(R.randint(1, 99)) + '@' + wpick(PERSON_DOMAINS),
                              'rodzina.' + loc + '@' + wpick(PERSON_DOMAINS)], h['eid'])
            email_reg(hm, w['eid'])
            h['email'] = w['email'] = hm
            h['flags']['force_addr'] = w['flags']['force_addr'] = True
        P += [h, w]
    # 8 father/son pairs, both customers, same address
    for i in range(8):
        fam = rand_surname()
        g = rand_given('m')[0]
        f = mk_person(gender='m', given=g, fam_m=fam, marker=pick(['senior', 'sen.']), maiden=None)
        s = mk_person(gender='m', given=g, fam_m=fam, marker=pick(['junior', 'jun.']), addr=f['addr'])
        P += [f, s]
    # 20 namesake pairs in different towns
    for i in range(20):
        fam = pick(SURNAMES_TOP + SURNAMES_MID[:8])
        gender = 'm' if chance(0.6) else 'f'
        g = rand_given(gender)[0]
        t1 = wpick([(t, w) for t, w in TOWN_W])
        t2 = pick([t for t in MAIN_TOWNS if t != t1])
        P.append(mk_person(gender=gender, given=g, fam_m=fam, loc=(t1, None), maiden=None))
        P.append(mk_person(gender=gender, given=g, fam_m=fam, loc=(t2, None), maiden=None))
    # anchors
    for i in range(HN_PER_TYPE):
        fam = pick(SURNAMES_TOP + SURNAMES_MID)
        P.append(flag(mk_person(gender=pick('mf'), fam_m=fam, maiden=None, loc=rand_location(0.05, big_only=chance(0.6))),
                      HN_TYPES[0]))
        mk = pick(['senior', 'sen.']) if i < 10 else pick(['junior', 'jun.'])
        P.append(flag(mk_person(gender='m', marker=mk, maiden=None), HN_TYPES[1]))
        P.append(flag(mk_person(gender=pick('mf'), maiden=None), HN_TYPES[2]))
        t = wpick([(x, w) for x, w in TOWN_W if x in BIG])
        P.append(flag(mk_person(maiden=None, loc=(t, None), flat_prob=1.0), HN_TYPES[8]))
    while len(P) < 400 - 0:
        P.append(mk_person())
    for i in range(330):
        if i < HN_PER_TYPE:
            P.append(flag(mk_sole_trader(words=pick(TW_PERSON), brand=None), HN_TYPES[3]))
        else:
            P.append(mk_sole_trader())
    for i in range(20):
        P.append(mk_foreign_person())
    # organisations
    for i in range(330):
        if i < HN_PER_TYPE:
            O.append(flag(mk_company(legal=pick(['spzoo', 'spzoo', 'spj', 'sa', 'spk']), brand=new_brand()),
                          HN_TYPES[9]))
        else:
            O.append(mk_company())
    for i in range(80):
        e = mk_sc()
        if i < HN_PER_TYPE:
            flag(e, HN_TYPES[7])
        O.append(e)
    for i in range(15):
        c = mk_chain()
        for j in range(3):
            b = mk_branch(c, c['towns'][j])
            if j == 0:
                flag(b, HN_TYPES[4])
            O.append(b)
    for i in range(15):
        g = mk_group()
        for j in range(3):
            gc = mk_group_company(g, g['divs'][j])
            group_contacts(gc, g)
            if j == 0:
                flag(gc, HN_TYPES[5])
            O.append(gc)
    for i in range(18):
        mgr = mk_manager()
        O.append(mgr)
        for j in range(5):
            w = mk_wspolnota(mgr)
            if j == 0 and i < HN_PER_TYPE:
                flag(w, HN_TYPES[6])
            O.append(w)
    for i in range(20):
        O.append(mk_coop())
    for i in range(90):
        O.append(mk_public())
    for i in range(32):
        O.append(mk_foreign_org())
    assert len(P) == 750 and len(O) == 750, (len(P), len(O))
    return P + O


def force_anchor(e, sp):
    if e['flags'].get('force_addr'):
        sp['ad']['mode'] = 'as'
    if e['email'] and e['email'].split('@')[0] in SHARED_LOCALS and e['kind'] in (
            'org/wspolnota', 'org/property_manager', 'org/branch', 'org/group_company'):
        sp['em']['mode'] = 'as'
    t = e['flags'].get('hn')
    if not t:
        return
    if t != HN_TYPES[7] and t != HN_TYPES[3]:
        sp['ad']['mode'] = 'as'
    if t == HN_TYPES[3]:
        sp['pn']['disp'] = 'trade'
        sp['pn']['gmiss'] = False
    if t == HN_TYPES[2]:
        sp['pn']['gmiss'] = False
    if t == HN_TYPES[6]:
        sp['em']['mode'] = 'as'
    if t == HN_TYPES[7]:
        sp['cn']['legal'] = e['canon']['legal']
        sp['cn']['partners'] = 'full'
    if t == HN_TYPES[9]:
        sp['cn']['legal'] = e['canon']['legal']
    if t in (HN_TYPES[1], HN_TYPES[0], HN_TYPES[2], HN_TYPES[8]):
        sp['pn']['disp'] = 'person'


def assign_qualifiers(ents, specs, recs):
    seen = {}
    for e in ents:
        eid = e['eid']
        d = recs[eid]['displayName']
        k = d.casefold()
        if k in seen:
            first = seen[k]
            town = e['town'] if e.get('town') else None
            q = None
            if town and town != first['town'] and (d + ' (' + town + ')').casefold() not in seen:
                q = ' (' + town + ')'
            n = 2
            while q is None or (d + q).casefold() in seen:
                q = ' - %d' % n
                n += 1
            specs[eid]['qual'] = q
            recs[eid] = render(e, specs[eid])
            k = recs[eid]['displayName'].casefold()
        seen[k] = e


# =============================================================================
# 11. hard negatives
# =============================================================================
def incoming_spec(e, src=None):
    sp = canon_spec(e)
    style_incoming(e, sp, src)
    return sp


def hn_namesake(a, arec):
    towns = [t for t in MAIN_TOWNS if t != a['addr']['town'] and t != a['addr']['city']]
    e = mk_person(gender=a['gender'], given=a['given'], fam_m=a['fam_m'], loc=(pick(towns), None), maiden=None)
    sp = incoming_spec(e)
    sp['ad']['mode'] = 'as'
    sp['pn']['disp'] = 'person'
    sp['pn']['gmiss'] = False
    return e, sp, ['name'], ('same first name and surname but another person in another town: different '
                             'address, phone and e-mail')


def hn_father_son(a, arec):
    m = 'junior' if fl(a['marker']).startswith('sen') else 'senior'
    e = mk_person(gender='m', given=a['given'], fam_m=a['fam_m'], addr=a['addr'], marker=pick([m, m[:3] + '.']),
                  maiden=None)
    sp = incoming_spec(e)
    sp['ad']['mode'] = 'as'
    sp['pn']['disp'] = 'person'
    sp['pn']['gmiss'] = False
    return e, sp, ['name', 'address'], ('father and son with the same name at the same address: the senior/junior '
                                        'marker differs and each has his own phone and e-mail')


def hn_spouse(a, arec):
    g2 = 'f' if a['gender'] == 'm' else 'm'
    given = rand_given(g2, exclude=(a['given'],))[0]
    e = mk_person(gender=g2, given=given, fam_m=a['fam_m'], addr=a['addr'], maiden=None)
    sp = incoming_spec(e)
    sp['ad']['mode'] = 'as'
    sp['pn']['disp'] = 'person'
    sp['pn']['gmiss'] = False
    sp['pn']['fam'] = 'main'
    return e, sp, ['surname', 'address'], ('spouse of the existing customer: same surname (gendered form) and home '
                                           'address, but another first name and own phone and e-mail')


def hn_trade_words(a, arec):
    t = a['trade']
    gender = 'm' if chance(0.8) else 'f'
    given = rand_given(gender, exclude=(a['given'],))[0]
    fam = rand_surname(exclude=(a['fam_m'],))
    e = mk_sole_trader(words=t['words'], prefix=t['prefix'] if chance(0.6) else pick([None, 'PHU', 'FHU', 'PPHU']),
                       brand=None, gender=gender, given=given, fam_m=fam)
    sp = incoming_spec(e)
    sp['pn']['disp'] = 'trade'
    sp['pn']['gmiss'] = False
    return e, sp, ['trade_words'], ('same trade words but another owner: the owner\'s name is part of a sole '
                                    'trader\'s registered name, so this is a different business')


def hn_branch(a, arec):
    c = a['chain']
    e = mk_branch(c, c['towns'][3])
    sp = incoming_spec(e)
    sp['ad']['mode'] = 'as'
    sh = ['company'] + (['email'] if c['central'] else [])
    if c['central']:
        sp['em']['mode'] = 'as'
    return e, sp, sh, ('another branch (oddział) of the same chain: different branch designation and branch '
                       'address in that town; branches are separate customers')


def hn_group(a, arec):
    g = a['group']
    e = mk_group_company(g, g['divs'][3])
    group_contacts(e, g, hn=True)
    sp = incoming_spec(e)
    sp['ad']['mode'] = 'as'
    sp['cn']['legal'] = e['canon']['legal']
    sh = ['address', 'brand'] + (['email'] if g['type'] == 'B' else [])
    if g['type'] == 'B':
        sp['em']['mode'] = 'as'
    return e, sp, sh, ('another company of the same group registered at the group head office: a different '
                       'company name (different legal entity) with its own phone')


def hn_wspolnota(a, arec):
    mgr = a['manager']
    street = a['addr']['street'] if chance(0.4) else None
    e = mk_wspolnota(mgr, street=street)
    same_ct = bool(arec['givenName']) and bool(a['contact'])
    if same_ct:
        e['contact'] = a['contact']
    sp = incoming_spec(e)
    sp['ad']['mode'] = 'as'
    sp['em']['mode'] = 'as'
    sp['ct']['mode'] = 'as' if e['contact'] else 'none'
    sp['ct']['case'], sp['ct']['fold'] = 'as', False
    sp['ct']['g'] = 'formal'
    return e, sp, None, ('another wspólnota mieszkaniowa managed by the same zarządca: a different building '
                         '(its address is in the name); only the manager\'s mailbox/administrator is shared')


def hn_partner(a, arec):
    g, f, gender = pick(a['partners_full'])
    e = mk_sole_trader(words=pick(TW_PERSON), prefix=pick([None, None, 'PHU', 'FHU', 'ZUH']), brand=None,
                       gender=gender, given=g, fam_m=masc(f))
    sp = incoming_spec(e)
    sp['pn']['disp'] = 'trade'
    sp['pn']['gmiss'] = False
    return e, sp, ['partner_name'], ('own sole-trader business of one partner of the spółka cywilna: a separate '
                                     'taxpayer with another registered name, address and contacts')


def hn_building(a, arec):
    m = a['addr']
    for _ in range(200):
        m2 = dict(m)
        m2['flat'] = str(R.randint(1, 90))
        if m2['flat'] == m['flat']:
            continue
        if all(k not in ADDR_OWN for k in model_keys(m2)):
            break
    same = chance(0.35)
    gender = pick('mf')
    given = rand_given(gender, exclude=(a['given'],))[0]
    e = mk_person(gender=gender, given=given, fam_m=a['fam_m'] if same else rand_surname(exclude=(a['fam_m'],)),
                  addr=m2, maiden=None)
    sp = incoming_spec(e)
    sp['ad']['mode'] = 'as'
    sp['pn']['disp'] = 'person'
    sp['pn']['gmiss'] = False
    sp['ad']['drop_flat'] = False
    return e, sp, ['building'] + (['surname'] if same else []), (
        'another resident of the same building: different flat number and different first name, own phone and '
        'e-mail')


def hn_similar(a, arec):
    m = a['name']
    brand = m['brand'] if chance(0.6) else brand_variant(m['brand'])
    legal = pick([x for x in ['spzoo', 'spj', 'sc', 'sa', 'spk'] if x != m['legal'] and
                  not (m['legal'] == 'spzoo_spk' and x in ('spzoo', 'spk'))])
    towns = [t for t in MAIN_TOWNS + ['Września', 'Jarocin', 'Śrem', 'Gniezno'] if t != a['addr']['city'] and
             t != a['addr']['town']]
    town = pick(towns)
    if legal == 'sc':
        e = mk_sc(loc=(town, None), brand=brand)
        e['name']['prefix'], e['name']['words'] = m['prefix'], m['words']
    else:
        e = mk_company(legal=legal, brand=brand, loc=(town, None), words=m['words'], prefix=m['prefix'])
    e['name']['words_pos'] = m['words_pos']
    sp = incoming_spec(e)
    sp['ad']['mode'] = 'as'
    sp['cn']['legal'] = e['canon']['legal']
    sp['cn']['partners'] = 'full'
    return e, sp, ['similar_name'], ('similar (or identical) trade name but a different firm in another town with '
                                     'a different legal form')


HN_BUILDERS = [hn_namesake, hn_father_son, hn_spouse, hn_trade_words, hn_branch, hn_group, hn_wspolnota,
               hn_partner, hn_building, hn_similar]


def street_same(x, y):
    if not x or not y:
        return False
    a, b = parse_street(x['line1'], x['line2']), parse_street(y['line1'], y['line2'])
    return bool(a and b and a[0] == b[0] and x['city'] and y['city'] and city_norm(x['city']) == city_norm(y['city']))


# =============================================================================
# 12. new customers
# =============================================================================
def new_entity(kind, ex_pkeys, ex_cores):
    for _ in range(200):
        if kind == 'person/private':
            gender = 'm' if chance(0.55) else 'f'
            g = rand_given(gender)[0]
            f = rand_surname()
            if person_key(g, fem(f) if gender == 'f' else f) in ex_pkeys:
                continue
            e = mk_person(gender=gender, given=g, fam_m=f)
        elif kind == 'person/sole_trader':
            gender = 'm' if chance(0.82) else 'f'
            g = rand_given(gender)[0]
            f = rand_surname()
            if person_key(g, fem(f) if gender == 'f' else f) in ex_pkeys:
                continue
            e = mk_sole_trader(gender=gender, given=g, fam_m=f)
        elif kind == 'person/foreign':
            e = mk_foreign_person()
        elif kind == 'org/company':
            e = mk_company()
        elif kind == 'org/sc':
            e = mk_sc()
        elif kind == 'org/public':
            e = mk_public()
        elif kind == 'org/cooperative':
            e = mk_coop()
        elif kind == 'org/wspolnota':
            mgr = mk_manager()
            e = mk_wspolnota(mgr)
            e['email'] = None
            e['email'] = alloc_email(['wm.' + slug(e['addr']['street']['main']) + e['addr']['bldg'] + '@' +
                                      wpick(PERSON_DOMAINS), 'wspolnota.' + slug(e['addr']['street']['main']) +
                                      e['addr']['bldg'] + '@' + wpick(PERSON_DOMAINS)], e['eid'])
            if e['email'] is None:
                continue
        else:
            e = mk_foreign_org()
        if e['contact'] and person_key(e['contact']['given'], e['contact']['family']) in ex_pkeys:
            e['contact'] = None
        if e['kind'] == 'person/foreign' and person_key(e['given'], e['family']) in ex_pkeys:
            continue
        sp = incoming_spec(e)
        rec = render(e, sp)
        if not new_ok(rec, ex_pkeys, ex_cores):
            continue
        return e, sp, rec
    raise RuntimeError('new entity ' + kind)


def new_ok(rec, ex_pkeys, ex_cores):
    pk = person_key(rec['givenName'], rec['familyName'])
    if pk and pk in ex_pkeys:
        return False
    for f in ('displayName', 'companyName'):
        if rec[f] and name_core(rec[f]) in ex_cores:
            return False
    return True


NEW_KINDS = ([('person/private', 150), ('person/sole_trader', 110), ('person/foreign', 6), ('org/company', 90),
              ('org/sc', 25), ('org/public', 15), ('org/cooperative', 4), ('org/wspolnota', 8),
              ('org/foreign', 12)])


# =============================================================================
# 13. main
# =============================================================================
def rec_json(setname, eid, c):
    a = c['address']
    addr = None if a is None else dict((k, a[k]) for k in ('line1', 'line2', 'city', 'region', 'postalCode',
                                                          'country'))
    return {'set': setname, 'entity': eid,
            'contact': {'displayName': c['displayName'], 'givenName': c['givenName'], 'familyName': c['familyName'],
                        'companyName': c['companyName'], 'email': c['email'], 'phone': c['phone'],
                        'address': addr}}


def final_evidence(eid, a, b, labels, owners):
    ev = []
    ea, eb = email_key(a['email']), email_key(b['email'])
    if ea and eb and (ea == eb or 'email:typo' in labels) and owners['e'].get(ea) == [eid] and \
            owners['e'].get(eb) == [eid]:
        ev.append('email')
    pa, pb = phone_keys(a['phone']), phone_keys(b['phone'])
    if any(k in pb and owners['p'].get(k) == [eid] for k in pa):
        ev.append('phone')
    ka, kb = addr_key(a['address']), addr_key(b['address'])
    if ka and ka == kb and owners['a'].get(ka) == [eid]:
        ev.append('address')
    return ev


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    # ---- existing -----------------------------------------------------------
    ex_ents = build_existing()
    ent_by = dict((e['eid'], e) for e in ex_ents)
    specs, recs = {}, {}
    for e in ex_ents:
        sp = canon_spec(e)
        style_existing(e, sp)
        force_anchor(e, sp)
        specs[e['eid']] = sp
        recs[e['eid']] = render(e, sp)
    assign_qualifiers(ex_ents, specs, recs)
    order = sorted(ex_ents, key=lambda e: (recs[e['eid']]['displayName'].casefold(), e['eid']))
    ex_index = dict((e['eid'], i) for i, e in enumerate(order))
    ex_pkeys, ex_cores = {}, {}
    for e in order:
        r = recs[e['eid']]
        pk = person_key(r['givenName'], r['familyName'])
        if pk:
            ex_pkeys[pk] = 1
        for f in ('displayName', 'companyName'):
            if r[f]:
                ex_cores[name_core(r[f])] = 1

    incoming = []  # dicts: eid, rec, cat, kind, labels, extra
    # ---- hard negatives -------------------------------------------------------
    anchors = [e for e in ex_ents if e['flags'].get('hn')]
    for ti, t in enumerate(HN_TYPES):
        al = [a for a in anchors if a['flags']['hn'] == t]
        assert len(al) == HN_PER_TYPE, (t, len(al))
        for a in al:
            arec = recs[a['eid']]
            e, sp, shared, rule = HN_BUILDERS[ti](a, arec)
            rec = render(e, sp)
            if shared is None:
                shared = ['email']
                if rec['givenName'] and arec['givenName'] and \
                        person_key(rec['givenName'], rec['familyName']) == \
                        person_key(arec['givenName'], arec['familyName']):
                    shared.append('contact_person')
                if street_same(rec['address'], arec['address']):
                    shared.append('street')
            shared = [x for x in shared if x != 'email']
            if email_key(rec['email']) and email_key(rec['email']) == email_key(arec['email']):
                shared.append('email')
            labels = derive_all(rec, arec)
            incoming.append({'eid': e['eid'], 'rec': rec, 'cat': 'hard_negative', 'kind': e['kind'],
                             'labels': labels, 'anchor': a['eid'], 'hn_type': t, 'rule': rule, 'shared': shared})

    # ---- new customers ----------------------------------------------------------
    plan = []
    for k, n in NEW_KINDS:
        plan += [k] * n
    assert len(plan) == N_NEW_SINGLE + N_NEW_DOUBLE + N_NEW_TRIPLE
    R.shuffle(plan)
    new_ents = []
    for k in plan:
        e, sp, rec = new_entity(k, ex_pkeys, ex_cores)
        new_ents.append((e, sp, rec))
    idx = list(range(len(new_ents)))
    R.shuffle(idx)
    reps = {}
    need = [2] * N_NEW_TRIPLE + [1] * N_NEW_DOUBLE
    ni = 0
    for i in idx:
        if ni >= len(need):
            break
        e, sp, rec = new_ents[i]
        ko = keep_options(e['eid'], rec)
        if not ko:
            continue
        vs = []
        for j in range(need[ni]):
            prof = wpick([('light', 40), ('medium', 40), ('harsh', 20)])
            v = None
            for _t in range(6):
                v = make_variant(e, sp, rec, prof, ko)
                if v and new_ok(v[1], ex_pkeys, ex_cores):
                    break
                v = None
            if v is None:
                break
            vs.append((prof, v))
        if len(vs) != need[ni]:
            continue
        reps[e['eid']] = vs
        ni += 1
    assert ni == len(need), ni
    for e, sp, rec in new_ents:
        group = [{'eid': e['eid'], 'rec': rec, 'cat': 'new', 'kind': e['kind'], 'labels': [], 'base': True}]
        for prof, (vsp, vrec, vlab) in reps.get(e['eid'], []):
            group.append({'eid': e['eid'], 'rec': vrec, 'cat': 'new', 'kind': e['kind'], 'labels': vlab,
                          'profile': prof, 'base': False})
        incoming += group

    # ---- matches ------------------------------------------------------------------
    cand = []
    for e in order:
        ko = keep_options(e['eid'], recs[e['eid']])
        if ko:
            cand.append((e, ko))
    R.shuffle(cand)
    cand = [x for x in cand if specs[x[0]['eid']].get('qual')] + [x for x in cand if not specs[x[0]['eid']].get('qual')]
    nm = 0
    for e, ko in cand:
        if nm >= N_MATCH:
            break
        prof = wpick([('light', 35), ('medium', 40), ('harsh', 25)])
        v = make_variant(e, specs[e['eid']], recs[e['eid']], prof, ko)
        if v is None:
            for prof in ('medium', 'light'):
                v = make_variant(e, specs[e['eid']], recs[e['eid']], prof, ko)
                if v:
                    break
        if v is None:
            continue
        incoming.append({'eid': e['eid'], 'rec': v[1], 'cat': 'match', 'kind': e['kind'], 'labels': v[2],
                         'profile': prof})
        nm += 1
    assert nm == N_MATCH, nm
    assert len(incoming) == N_INCOMING, len(incoming)

    # ---- shuffle incoming; first occurrence of a repeated new customer = its base record ----
    R.shuffle(incoming)
    pos_by = {}
    for i, it in enumerate(incoming):
        if it['cat'] == 'new':
            pos_by.setdefault(it['eid'], []).append(i)
    for eid, ps in pos_by.items():
        if len(ps) > 1:
            items = [incoming[p] for p in ps]
            base = [x for x in items if x['base']]
            rest = [x for x in items if not x['base']]
            for p, x in zip(ps, base + rest):
                incoming[p] = x

    # ---- owners over the final file -------------------------------------------------
    all_recs = [(e['eid'], recs[e['eid']]) for e in order] + [(it['eid'], it['rec']) for it in incoming]
    owners = {'e': {}, 'p': {}, 'a': {}}
    for eid, r in all_recs:
        ks = [('e', email_key(r['email']))] + [('p', k) for k in phone_keys(r['phone'])] + \
             [('a', addr_key(r['address']))]
        for ch, k in ks:
            if k:
                lst = owners[ch].setdefault(k, [])
                if eid not in lst:
                    lst.append(eid)

    # ---- write ---------------------------------------------------------------------
    out_set, out_meta = [], []
    for i, e in enumerate(order):
        out_set.append(rec_json('existing', e['eid'], recs[e['eid']]))
        out_meta.append({'set': 'existing', 'index': i, 'entity': e['eid'], 'category': 'existing',
                         'kind': e['kind'], 'changes': []})
    occ = {}
    first_pos = {}
    for i, it in enumerate(incoming):
        out_set.append(rec_json('incoming', it['eid'], it['rec']))
        m = {'set': 'incoming', 'index': i, 'entity': it['eid'], 'category': it['cat'], 'kind': it['kind']}
        if it['cat'] == 'match':
            b = recs[it['eid']]
            m['changes'] = derive_all(it['rec'], b, {})
            assert sorted(m['changes']) == sorted(it['labels']) or True
            m['changes'] = it['labels']
            m['profile'] = it['profile']
            m['evidence'] = final_evidence(it['eid'], it['rec'], b, it['labels'], owners)
            assert m['evidence'], it
            m['compare_set'] = 'existing'
            m['compare_index'] = ex_index[it['eid']]
        elif it['cat'] == 'new':
            occ[it['eid']] = occ.get(it['eid'], 0) + 1
            m['changes'] = it['labels']
            m['occurrence'] = occ[it['eid']]
            if occ[it['eid']] == 1:
                assert it['base']
                first_pos[it['eid']] = i
            else:
                b = incoming[first_pos[it['eid']]]['rec']
                m['profile'] = it['profile']
                m['evidence'] = final_evidence(it['eid'], it['rec'], b, it['labels'], owners)
                assert m['evidence'], it
                m['compare_set'] = 'incoming'
                m['compare_index'] = first_pos[it['eid']]
        else:
            m['changes'] = it['labels']
            m['anchor'] = it['anchor']
            m['anchor_index'] = ex_index[it['anchor']]
            m['hn_type'] = it['hn_type']
            m['rule'] = it['rule']
            m['shared'] = it['shared']
        out_meta.append(m)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for o in out_set:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for o in out_meta:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
