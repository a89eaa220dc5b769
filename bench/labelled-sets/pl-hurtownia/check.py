#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py -- independent validator of the "pl-hurtownia" benchmark.

Does NOT import gen.py: every key, normaliser and rule is re-implemented here from
the data card (README.txt).  Prints one PASS/FAIL line per check and ends with
"ALL CHECKS PASSED" (exit 0) or "N CHECK(S) FAILED: ..." (exit 1).

    python3 check.py            # validates set.jsonl / meta.jsonl next to this file
    python3 check.py --dir DIR  # validates the files in DIR (determinism check still runs gen.py)
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append((name, ok))
    line = ('PASS ' if ok else 'FAIL ') + name
    if detail:
        line += ' -- ' + detail
    print(line)


# ---------------------------------------------------------------------------------
# text primitives
# ---------------------------------------------------------------------------------
_PL = {'ą': 'a', 'ć': 'c', 'ę': 'e', 'ł': 'l', 'ń': 'n', 'ó': 'o', 'ś': 's', 'ź': 'z', 'ż': 'z'}
_OTHER = {'ä': 'a', 'ö': 'o', 'ü': 'u', 'á': 'a', 'č': 'c', 'ď': 'd', 'é': 'e', 'ě': 'e', 'í': 'i', 'ň': 'n',
          'ř': 'r', 'š': 's', 'ť': 't', 'ú': 'u', 'ů': 'u', 'ý': 'y', 'ž': 'z'}
FOLDMAP = {}
for _k, _v in list(_PL.items()) + list(_OTHER.items()):
    FOLDMAP[ord(_k)] = _v
    FOLDMAP[ord(_k.upper())] = _v.upper()


def strip_diacritics(s):
    return s.translate(FOLDMAP)


def lowfold(s):
    return strip_diacritics(s).lower()


def squeeze(s):
    return ' '.join(s.split())


def tidy(s):
    return squeeze(s).replace(' ,', ',').strip(' ,;-')


def edit_distance(a, b):
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return n + m
    row = list(range(m + 1))
    for i in range(1, n + 1):
        diag, row[0] = row[0], i
        for j in range(1, m + 1):
            cur = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, diag + (0 if a[i - 1] == b[j - 1] else 1))
            diag = cur
    return row[m]


def one_typo(a, b):
    """one edit in exactly one word, the word's first letter untouched"""
    xa, xb = a.split(), b.split()
    if len(xa) != len(xb):
        return False
    pairs = [(p, q) for p, q in zip(xa, xb) if p != q]
    return (len(pairs) == 1 and pairs[0][0][:1] == pairs[0][1][:1] and pairs[0][0] != '' and
            edit_distance(pairs[0][0], pairs[0][1]) == 1)


# ---------------------------------------------------------------------------------
# name normalisers (labels)
# ---------------------------------------------------------------------------------
Q = "„”“\"‚‘’«»'"
LEFT = r'(?<![^\s,("„“”])'
RIGHT = r'(?=$|[\s,)"”“])'
LEGAL = OrderedDict([
    ('sro1', r'spol\.\s*s\s*r\.\s*o\.'), ('sro2', r's\.\s?r\.\s?o\.'), ('as', r'a\.\s?s\.'),
    ('gmbh', r'gmbh(?:\s*&\s*co\.?\s*kg)?'),
    ('spzoo', r'sp(?:olka|\.)?\s*z\s*o(?:graniczona)?\.?\s*o(?:dpowiedzialnoscia)?\.?'),
    ('sa1', r'spolka\s+akcyjna'), ('spj', r'sp(?:olka|\.)?\s*j(?:awna|\.)?'),
    ('spk', r'sp(?:olka|\.)?\s*k(?:omandytowa|\.)?'), ('sc1', r'spolka\s+cywilna'),
    ('sa2', r's\.?\s?a\.?'), ('sc2', r's\.?\s?c\.?')])
LEGAL_RE = re.compile('|'.join('(?P<%s>%s%s%s)' % (k, LEFT, v, RIGHT) for k, v in LEGAL.items()))
SC_RE = re.compile(LEFT + r'(?:spolka\s+cywilna|s\.?\s?c\.?)' + RIGHT)
MAIDEN_RE = re.compile(r'\s\(?z\s?d(?:\.|omu)\s+[^\s),]+\)?')
QUALIFIER_RE = re.compile(r'\s+(?:\([^()]*\)|-\s*\d+)\s*$')


def legal_kinds(s):
    out = []
    for m in LEGAL_RE.finditer(lowfold(s)):
        k = m.lastgroup
        out.append(re.sub(r'\d$', '', k))
    return sorted(set(out))


def cut_spans(s, rx):
    t = lowfold(s)
    keep, last = [], 0
    for m in rx.finditer(t):
        keep.append(s[last:m.start()])
        keep.append(' ')
        last = m.end()
    keep.append(s[last:])
    return tidy(''.join(keep))


PREFIX_TOKENS = set('pphu ppuh phu puh fhu fuh zuh zhu zphu zpuh pph fph fphu przedsiebiorstwo firma zaklad'.split())
PREFIX_ADJS = set('produkcyjno handlowo uslugowo handlowe uslugowe handlowa uslugowa handlowy uslugowy'.split())
STEM = {}
for _stem, _words in [
        ('usl', 'uslugi usl'), ('rem', 'remontowo remontowe rem'),
        ('bud', 'budowlane budowlanymi budowlanych budownictwo bud'), ('ogolbud', 'ogolnobudowlane ogolnobud'),
        ('inst', 'instalacje inst'), ('elektr', 'elektryczne elektr'), ('wod', 'wodno wod'),
        ('kan', 'kanalizacyjne kan'), ('co', 'co'), ('hydr', 'hydrauliczne hydraul hydr'),
        ('sanit', 'sanitarne sanit'), ('dek', 'dekarstwo dek'), ('blach', 'blacharstwo blach'),
        ('ciesl', 'ciesielstwo ciesl'), ('wyk', 'wykonczenia wykoncz'), ('wnetrz', 'wnetrz'),
        ('handel', 'handel'), ('mat', 'materialami mat'), ('malar', 'malarskie malar'),
        ('glaz', 'glazurnictwo glaz'), ('rob', 'roboty rob'), ('ziem', 'ziemne ziem'),
        ('termo', 'termomodernizacje termomod'), ('transp', 'transport transp'),
        ('posadz', 'posadzkarstwo posadz'), ('zarz', 'zarzadzanie zarz'), ('nier', 'nieruchomosciami nier'),
        ('oddz', 'oddzial oddz'), ('im', 'imienia im'), ('sw', 'swietego swietej sw'), ('pw', 'pw'),
        ('sm', 'sm'), ('wm', 'wm'), ('zs', 'zs'), ('ug', 'ug'), ('umig', 'umig'), ('mops', 'mops'),
        ('gok', 'gok'), ('osp', 'osp')]:
    for _w in _words.split():
        STEM[_w] = _stem
PHRASES = [('urzad miasta i gminy', 'umig'), ('miejski osrodek pomocy spolecznej', 'mops'),
           ('gminny osrodek kultury', 'gok'), ('ochotnicza straz pozarna', 'osp'),
           ('spoldzielnia mieszkaniowa', 'sm'), ('wspolnota mieszkaniowa', 'wm'), ('szkola podstawowa', 'sp'),
           ('zespol szkol', 'zs'), ('urzad gminy', 'ug'), ('pod wezwaniem', 'pw')]
PHRASES = [(tuple(p.split()), s) for p, s in PHRASES]
TITLE_WORDS = set(['pan', 'pani', 'inz', 'mgr', 'dr'])
DIMINUTIVES = {
    'janek': 'Jan', 'piotrek': 'Piotr', 'krzysiek': 'Krzysztof', 'krzys': 'Krzysztof', 'staszek': 'Stanisław',
    'stasiek': 'Stanisław', 'tomek': 'Tomasz', 'jozek': 'Józef', 'grzesiek': 'Grzegorz', 'grzes': 'Grzegorz',
    'jurek': 'Jerzy', 'tadek': 'Tadeusz', 'zbyszek': 'Zbigniew', 'rysiek': 'Ryszard', 'darek': 'Dariusz',
    'heniek': 'Henryk', 'kazik': 'Kazimierz', 'wojtek': 'Wojciech', 'mirek': 'Mirosław', 'slawek': 'Sławomir',
    'jarek': 'Jarosław', 'romek': 'Roman', 'wladek': 'Władysław', 'kuba': 'Jakub', 'zdzisiek': 'Zdzisław',
    'edek': 'Edward', 'mietek': 'Mieczysław', 'przemek': 'Przemysław', 'czesiek': 'Czesław',
    'waldek': 'Waldemar', 'radek': 'Radosław', 'bartek': 'Bartłomiej', 'gienek': 'Eugeniusz',
    'franek': 'Franciszek', 'ania': 'Anna', 'kasia': 'Katarzyna', 'gosia': 'Małgorzata', 'malgosia': 'Małgorzata',
    'aga': 'Agnieszka', 'basia': 'Barbara', 'ela': 'Elżbieta', 'magda': 'Magdalena', 'asia': 'Joanna',
    'zosia': 'Zofia', 'ola': 'Aleksandra', 'jola': 'Jolanta', 'hania': 'Hanna'}


def tok_key(t):
    return lowfold(t).strip('.,;:' + Q).replace('.', '')


def f_qualifier(s):
    return tidy(QUALIFIER_RE.sub('', s))


def f_maiden(s):
    return cut_spans(s, MAIDEN_RE)


def f_partners(s):
    m = SC_RE.search(lowfold(s))
    return tidy(s[:m.end()]) if m else s


def f_quotes(s):
    return tidy(''.join(c for c in s if c not in Q))


def f_legal(s):
    return cut_spans(s, LEGAL_RE)


def f_prefix(s):
    kept = []
    for t in s.split():
        k = tok_key(t)
        if k in PREFIX_TOKENS or (k and all(p in PREFIX_ADJS for p in k.split('-'))):
            continue
        kept.append(t)
    return ' '.join(kept)


def f_abbrev(s):
    toks = s.split()
    keys = [tok_key(t) for t in toks]
    res, i = [], 0
    while i < len(toks):
        done = False
        for ph, stem in PHRASES:
            if tuple(keys[i:i + len(ph)]) == ph:
                res.append(stem)
                i += len(ph)
                done = True
                break
        if done:
            continue
        k = keys[i]
        if k == 'sp' and i + 1 < len(keys) and keys[i + 1] == 'nr':
            res.append('sp')
        elif k and all(p in STEM for p in k.split('-')):
            res.append('-'.join(STEM[p] for p in k.split('-')))
        else:
            res.append(toks[i])
        i += 1
    return ' '.join(res)


def f_title(s):
    return ' '.join(t for t in s.split() if lowfold(t).replace('.', '').strip(',') not in TITLE_WORDS)


def f_dim(s):
    res = []
    for t in s.split():
        k = lowfold(t).strip('.,')
        if k in DIMINUTIVES:
            v = DIMINUTIVES[k]
            if t.isupper() and len(t) > 1:
                v = v.upper()
            elif t.islower():
                v = v.lower()
            res.append(v)
        else:
            res.append(t)
    return ' '.join(res)


def f_gender(s):
    res = []
    for t in s.split():
        if re.search(r'(sk|ck|dzk)a$', lowfold(t)):
            t = t[:-1] + ('I' if t[-1].isupper() else 'i')
        res.append(t)
    return ' '.join(res)


def f_case(s):
    return s.lower()


def f_diacritics(s):
    return strip_diacritics(s)


def f_order(s):
    return ' '.join(sorted(s.split(), key=lambda t: (lowfold(t), t)))


def p_married(a, b):
    def one(x, y):
        yy = set(y)
        res = []
        for t in x:
            if '-' in t and t not in yy:
                hit = [p for p in t.split('-') if p in yy]
                res.append(hit[0] if hit else t)
            else:
                res.append(t)
        return res
    xa, xb = a.split(), b.split()
    return ' '.join(one(xa, xb)), ' '.join(one(xb, xa))


def p_trade(a, b):
    xa, xb = a.split(), b.split()
    small, big = (xa, xb) if len(xa) <= len(xb) else (xb, xa)
    if 2 <= len(small) < len(big) and not (Counter(small) - Counter(big)):
        j = ' '.join(small)
        return j, j
    return a, b


PIPE = [('qualifier', f_qualifier), ('maiden', f_maiden), ('partners', f_partners), ('quotes', f_quotes),
        ('legal_form', f_legal), ('prefix', f_prefix), ('abbrev', f_abbrev), ('title', f_title),
        ('diminutive', f_dim), ('gender', f_gender), ('case', f_case), ('diacritics', f_diacritics),
        ('married', p_married), ('order', f_order), ('trade_name', p_trade)]
PAIRWISE = {'married', 'trade_name'}
NAME_DESCRIPTIVE = [n for n, _ in PIPE]


def normalise_pair(a, b, labels):
    a, b = tidy(a), tidy(b)
    for name, fn in PIPE:
        if name not in labels:
            continue
        if name in PAIRWISE:
            a, b = fn(a, b)
        else:
            a, b = fn(a), fn(b)
        a, b = tidy(a), tidy(b)
    return a, b


def explains(a, b, labels):
    x, y = normalise_pair(a, b, labels)
    return one_typo(x, y) if 'typo' in labels else x == y


def core(s):
    if s is None:
        return None
    for name, fn in PIPE:
        if name not in PAIRWISE:
            s = tidy(fn(s))
    return s


def core_unsorted(s):
    for name, fn in PIPE:
        if name not in PAIRWISE and name != 'order':
            s = tidy(fn(s))
    return s


def pkey(given, family):
    if not given or not family:
        return None
    return lowfold(tidy(f_dim(tidy(given)))) + ' ' + lowfold(tidy(family))


def check_name_labels(a, b, whats):
    """returns error string or None"""
    if a == b:
        return 'labels on equal values' if whats else None
    if not whats:
        return 'difference without label'
    excl = [w for w in whats if w in ('missing', 'added', 'changed')]
    if excl:
        if len(whats) != 1:
            return 'exclusive label combined'
        w = excl[0]
        if w == 'missing':
            return None if (a is None and b is not None) else 'bad missing'
        if w == 'added':
            return None if (a is not None and b is None) else 'bad added'
        if a is None or b is None:
            return 'changed with null'
        if explains(a, b, NAME_DESCRIPTIVE) or explains(a, b, NAME_DESCRIPTIVE + ['typo']):
            return 'changed but explainable by descriptive labels'
        return None
    if a is None or b is None:
        return 'descriptive label with null'
    for w in whats:
        if w not in NAME_DESCRIPTIVE and w != 'typo':
            return 'unknown name label ' + w
    if not explains(a, b, whats):
        return 'labels do not explain the difference'
    for w in whats:
        if explains(a, b, [x for x in whats if x != w]):
            return 'redundant label ' + w
    return None


# ---------------------------------------------------------------------------------
# e-mail / phone / address keys and their labels
# ---------------------------------------------------------------------------------
def ekey(s):
    return s.strip().lower() if s else None


def expect_email(a, b):
    if a == b:
        return []
    if a is None:
        return ['missing']
    if b is None:
        return ['added']
    if a.lower() == b.lower():
        return ['case']
    if a[:1] == b[:1] and edit_distance(a, b) == 1 and edit_distance(a.lower(), b.lower()) == 1:
        return ['typo']
    return ['changed']


EXTENSION = re.compile(r'\b(?:wew\.?|w\.)\s*(\d{1,5})\b', re.I)
SPLITTER = re.compile(r'\s*[,;]\s*|\s+/\s+|\s+lub\s+', re.I)


def one_phone_key(txt):
    digits = ''.join(c for c in txt if c.isdigit())
    if not digits:
        return None
    international = '+' in txt or digits.startswith('00')
    if digits.startswith('00'):
        digits = digits[2:]
    if international:
        return digits[2:] if (digits.startswith('48') and len(digits) == 11) else '+' + digits
    if len(digits) == 11 and digits.startswith('48'):
        return digits[2:]
    if len(digits) == 10 and digits.startswith('0'):
        return digits[1:]
    return digits


def phone_parts(s):
    res = []
    if not s:
        return res
    for piece in SPLITTER.split(s.strip()):
        if not piece.strip():
            continue
        m = EXTENSION.search(piece)
        ext = m.group(1) if m else ''
        rest = piece[:m.start()] + piece[m.end():] if m else piece
        k = one_phone_key(rest)
        if k:
            res.append((k, ext, squeeze(rest)))
    return res


def pkeys(s):
    out = []
    for k, _, _ in phone_parts(s):
        if k not in out:
            out.append(k)
    return out


def expect_phone(a, b):
    if a == b:
        return []
    if a is None:
        return ['missing']
    if b is None:
        return ['added']
    pa, pb = phone_parts(a), phone_parts(b)
    ka, kb = set(x[0] for x in pa), set(x[0] for x in pb)
    if ka == kb:
        out = set()
        xa, xb = sorted((k, e) for k, e, _ in pa), sorted((k, e) for k, e, _ in pb)
        if xa != xb:
            out.add('extension')
        if squeeze(EXTENSION.sub(' ', a)) != squeeze(EXTENSION.sub(' ', b)) or xa == xb:
            out.add('format')
        return sorted(out)
    if ka & kb and (ka <= kb or kb <= ka):
        out = {'second_number'}
        da = dict((k, (e, t)) for k, e, t in pa)
        db = dict((k, (e, t)) for k, e, t in pb)
        for k in ka & kb:
            if da[k][0] != db[k][0]:
                out.add('extension')
            if da[k][1] != db[k][1]:
                out.add('format')
        return sorted(out)
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1 and a[diff[0]].isdigit() and b[diff[0]].isdigit():
            first_digit = next(i for i, c in enumerate(a) if c.isdigit())
            if diff[0] != first_digit:
                return ['typo']
    return ['changed']


PREFIXES = {'ul', 'ulica', 'al', 'aleja', 'aleje', 'os', 'osiedle', 'pl', 'plac'}
HONORIFICS = set('gen generala ks ksiedza sw swietego swietej swiety kard kardynala marsz marszalka prof profesora '
                 'rtm rotmistrza bp biskupa'.split())
GIVEN_GENITIVE = set('jana adama henryka jozefa juliusza stanislawa tadeusza karola kazimierza boleslawa mikolaja '
                     'stefana wladyslawa romana ignacego fryderyka marii witolda franciszka wojciecha andrzeja '
                     'ludwika feliksa juliana marcelego hanki janka malgorzaty zygmunta augusta marcina amilkara '
                     'franklina gabriela eugeniusza leona jerzego danuty ireny wincentego zbigniewa'.split())
NUMBER_RE = re.compile(r'^(?P<name>.*?)\s*(?P<b>\d+[a-z]?)(?:\s*/\s*(?P<f1>\d+[a-z]?)|'
                       r'\s+(?:m|lok|lokal|mieszk)\.?\s*(?P<f2>\d+[a-z]?))?$')
LINE1_RE = re.compile(r'^(?P<pre>(?:(?:ul|al|os|pl)\.\s*|(?:ul|al|os|pl|ulica|aleja|aleje|osiedle|plac)\s+)?)'
                      r'(?P<name>.+?)\s*(?P<num>\d+[a-z]?(?:\s*/\s*\d+[a-z]?)?(?:\s+(?:m|lok)\.?\s*\d+[a-z]?)?)$')
RENAMED = {('armii ludowej', 'zolnierzy wykletych'), ('gwardii ludowej', 'pileckiego'), ('nowotki', 'ofiar katynia'),
           ('marchlewskiego', 'armii krajowej'), ('swierczewskiego', 'maczka'), ('22 lipca', 'solidarnosci'),
           ('manifestu lipcowego', 'kresowa'), ('sawickiej', 'siedzikowny'), ('krasickiego', 'pawla ii'),
           ('fornalskiej', 'sendlerowej'), ('pstrowskiego', 'niezlomnych'),
           ('obroncow stalingradu', 'obroncow westerplatte')}


def street_name_core(name):
    name = re.sub(r'\b(ul|al|os|pl)\.(?=\S)', r'\1. ', name)
    words = []
    for w in name.replace(',', ' ').split():
        if re.fullmatch(r'[a-z]\.', w):
            continue
        c = w.strip('.')
        if not c or (not words and c in PREFIXES) or c in HONORIFICS:
            continue
        if c.endswith('strasse'):
            c = c[:-len('strasse')] + 'str'
        elif c.endswith('straße'):
            c = c[:-len('straße')] + 'str'
        if c == 'namesti':
            c = 'nam'
        words.append(c)
    if len(words) > 1 and any(w not in GIVEN_GENITIVE for w in words):
        words = [w for w in words if w not in GIVEN_GENITIVE]
    return ' '.join(words)


def street_parts(line1, line2):
    if not line1:
        return None
    l2 = line2 or ''
    if re.match(r'^\s*gm(?:ina|\.)\s', lowfold(l2)):
        l2 = ''
    t = squeeze(lowfold(line1 + ' ' + l2).replace(',', ' '))
    m = NUMBER_RE.match(t)
    if not m or not m.group('name').strip():
        return None
    c = street_name_core(m.group('name').strip())
    if not c:
        return None
    return (c, m.group('b'), m.group('f1') or m.group('f2') or '')


def postcode5(p):
    if not p:
        return None
    d = ''.join(c for c in p if c.isdigit())
    return d if len(d) == 5 else None


def akey(a):
    if not a:
        return None
    st, pc = street_parts(a.get('line1'), a.get('line2')), postcode5(a.get('postalCode'))
    return None if not (st and pc) else '|'.join([pc, st[0], st[1], st[2]])


DISTRICT_NAMES = ['jezyce', 'wilda', 'grunwald', 'lazarz', 'rataje', 'winogrady', 'piatkowo', 'stare miasto',
                  'nowe miasto', 'mokotow', 'wola', 'ursynow', 'bemowo', 'srodmiescie', 'krzyki', 'fabryczna',
                  'psie pole', 'baluty', 'gorna', 'polesie', 'widzew']


def town_norm(c):
    t = squeeze(lowfold(c))
    for d in DISTRICT_NAMES:
        m = re.match(r'^(.+?)\s*(?:-|\(|\s)\s*' + re.escape(d) + r'\s*\)?$', t)
        if m:
            return m.group(1).strip(' -')
    return t


def region_key(r):
    return re.sub(r'^(?:woj\.?|wojewodztwo)\s*', '', squeeze(lowfold(r))).strip()


COUNTRIES = {'polska': 'PL', 'pl': 'PL', 'poland': 'PL', 'rp': 'PL', 'niemcy': 'DE', 'de': 'DE',
             'deutschland': 'DE', 'germany': 'DE', 'czechy': 'CZ', 'cz': 'CZ', 'ceska republika': 'CZ',
             'czech republic': 'CZ', 'czechia': 'CZ'}


def country_key(c):
    t = squeeze(lowfold(c))
    return COUNTRIES.get(t, t)


def line1_layout(line1):
    m = LINE1_RE.match(lowfold(line1))
    if not m:
        return None, None
    return (line1[:m.end('pre')], line1[m.start('num'):]), line1[m.start('name'):m.end('name')]


def expect_address(a, b):
    if a == b:
        return []
    if a is None:
        return ['missing']
    if b is None:
        return ['added']
    out, moved = set(), False
    sa, sb = street_parts(a['line1'], a['line2']), street_parts(b['line1'], b['line2'])
    if (a['line1'], a['line2']) != (b['line1'], b['line2']):
        if not sa or not sb:
            moved = True
        elif sa == sb:
            out.add('format')
        elif sa[:2] == sb[:2]:
            if sb[2] and not sa[2]:
                out.add('partial')
            elif sa[2] and not sb[2]:
                out.add('enriched')
            else:
                moved = True
        elif sa[1:] == sb[1:]:
            la, na = line1_layout(a['line1'])
            lb, nb = line1_layout(b['line1'])
            if (sa[0], sb[0]) in RENAMED or (sb[0], sa[0]) in RENAMED:
                out.add('renamed')
                if la != lb or a['line2'] != b['line2']:
                    out.add('format')
            elif one_typo(sa[0], sb[0]):
                out.add('typo')
                if la != lb or a['line2'] != b['line2'] or na is None or nb is None or not one_typo(na, nb):
                    out.add('format')
            else:
                moved = True
        else:
            moved = True
    pa, pb = a['postalCode'], b['postalCode']
    if pa != pb:
        if pa and pb:
            if postcode5(pa) and postcode5(pa) == postcode5(pb):
                out.add('format')
            else:
                moved = True
        else:
            out.add('partial' if pb else 'enriched')
    ca, cb = a['city'], b['city']
    if ca != cb:
        if ca and cb:
            if squeeze(lowfold(ca)) == squeeze(lowfold(cb)):
                out.add('format')
            elif town_norm(ca) == town_norm(cb):
                out.add('district')
            else:
                village = (sa or sb or ('',))[0]
                same_pc = not (pa and pb) or postcode5(pa) == postcode5(pb)
                if same_pc and village and village in (town_norm(ca), town_norm(cb)):
                    out.add('post_town')
                else:
                    moved = True
        else:
            out.add('partial' if cb else 'enriched')
    for fld, norm in (('region', region_key), ('country', country_key)):
        xa, xb = a[fld], b[fld]
        if xa != xb:
            if xa and xb:
                if norm(xa) == norm(xb):
                    out.add('format')
                else:
                    moved = True
            else:
                out.add('partial' if xb else 'enriched')
    return ['moved'] if moved else sorted(out)


# ---------------------------------------------------------------------------------
# helpers on records
# ---------------------------------------------------------------------------------
NAME_FIELDS = ['displayName', 'givenName', 'familyName', 'companyName']
ALL_FIELDS = NAME_FIELDS + ['email', 'phone', 'address']
HARD = {'missing', 'changed', 'moved', 'partial'}
SHARED_MAILBOX_LOCALS = {'biuro', 'sekretariat', 'faktury', 'administracja', 'ksiegowosc', 'zarzad'}


def surname_key(f):
    return lowfold(tidy(f_gender(f))) if f else None


def female(given):
    if not given:
        return None
    g = lowfold(tidy(f_dim(given)))
    return g.endswith('a')


def generation(d):
    t = lowfold(d)
    if re.search(r'(?<![a-z])(senior|sen\.)(?![a-z])', t):
        return 'sen'
    if re.search(r'(?<![a-z])(junior|jun\.)(?![a-z])', t):
        return 'jun'
    return None


def branch_town(s):
    m = re.search(r'(?<![a-z])(?:oddzial|oddz\.)\s+(.+)$', lowfold(s))
    return squeeze(m.group(1)) if m else None


def without_branch(s):
    t = lowfold(s)
    m = re.search(r'(?<![a-z])(?:oddzial|oddz\.)\s+.+$', t)
    return s[:m.start()] if m else s


def sc_partners(s):
    m = SC_RE.search(lowfold(s))
    if not m:
        return []
    rest = s[m.end():]
    out = []
    for p in rest.split(','):
        p = tidy(p)
        if len(p.split()) >= 2:
            out.append(lowfold(p))
    return out


def trade_words(c):
    if not c['displayName'] or not c['givenName'] or not c['familyName']:
        return None
    toks = Counter(core(c['displayName']).split())
    toks.subtract(Counter(core(c['givenName']).split()))
    toks.subtract(Counter(core(c['familyName']).split()))
    rest = sorted(t for t, n in toks.items() for _ in range(max(n, 0)))
    return ' '.join(rest)


def building_same(a, b):
    if not a or not b:
        return False
    sa, sb = street_parts(a['line1'], a['line2']), street_parts(b['line1'], b['line2'])
    pa, pb = postcode5(a['postalCode']), postcode5(b['postalCode'])
    return bool(sa and sb and pa and pa == pb and sa[:2] == sb[:2] and sa[2] and sb[2] and sa[2] != sb[2])


def street_shared(a, b):
    if not a or not b or not a['city'] or not b['city']:
        return False
    sa, sb = street_parts(a['line1'], a['line2']), street_parts(b['line1'], b['line2'])
    return bool(sa and sb and sa[0] == sb[0] and town_norm(a['city']) == town_norm(b['city']))


# ---------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------
def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b''):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dir', default=HERE)
    ap.add_argument('--skip-determinism', action='store_true')
    args = ap.parse_args()
    d = args.dir
    set_p, meta_p = os.path.join(d, 'set.jsonl'), os.path.join(d, 'meta.jsonl')

    # 1 files ------------------------------------------------------------------------
    need = [os.path.join(HERE, x) for x in ('gen.py', 'check.py', 'README.txt')] + [set_p, meta_p]
    missing = [p for p in need if not os.path.isfile(p)]
    report('files_present', not missing, ', '.join(missing))
    if not os.path.isfile(set_p) or not os.path.isfile(meta_p):
        return finish()
    try:
        S = [json.loads(l) for l in open(set_p, encoding='utf-8')]
        M = [json.loads(l) for l in open(meta_p, encoding='utf-8')]
        parsed = True
    except Exception as ex:
        parsed = False
        report('json_parse', False, repr(ex))
        return finish()
    report('json_parse', parsed)
    report('line_counts', len(S) == 3000 and len(M) == 3000, '%d/%d' % (len(S), len(M)))
    if len(S) != 3000 or len(M) != 3000:
        return finish()

    # 2 schema -----------------------------------------------------------------------
    errs = []
    for i, r in enumerate(S):
        if list(r.keys()) != ['set', 'entity', 'contact']:
            errs.append('%d keys' % i)
            continue
        if r['set'] not in ('existing', 'incoming') or not re.fullmatch(r'c[0-9a-f]{7}', str(r['entity'])):
            errs.append('%d set/entity' % i)
        c = r['contact']
        if list(c.keys()) != ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']:
            errs.append('%d contact keys' % i)
            continue
        for f in ALL_FIELDS[:-1]:
            v = c[f]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                errs.append('%d %s' % (i, f))
        if not c['displayName']:
            errs.append('%d no displayName' % i)
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ['line1', 'line2', 'city', 'region', 'postalCode',
                                                              'country']:
                errs.append('%d address keys' % i)
            else:
                for k, v in a.items():
                    if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                        errs.append('%d address.%s' % (i, k))
                if all(v is None for v in a.values()):
                    errs.append('%d empty address' % i)
    report('record_schema', not errs, '; '.join(errs[:5]))
    C = [r['contact'] for r in S]

    report('set_order', all(S[i]['set'] == 'existing' for i in range(1500)) and
           all(S[i]['set'] == 'incoming' for i in range(1500, 3000)))
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        if m.get('set') != r['set'] or m.get('entity') != r['entity'] or m.get('index') != (i if i < 1500 else i - 1500):
            errs.append(str(i))
    report('meta_alignment', not errs, ', '.join(errs[:5]))

    base_keys = ['set', 'index', 'entity', 'category', 'kind', 'changes']
    extra = {'existing': [], 'match': ['profile', 'evidence', 'compare_set', 'compare_index'],
             'hard_negative': ['anchor', 'anchor_index', 'hn_type', 'rule', 'shared']}
    errs = []
    for i, m in enumerate(M):
        cat = m.get('category')
        if cat == 'new':
            want = base_keys + ['occurrence'] + (['profile', 'evidence', 'compare_set', 'compare_index']
                                                 if m.get('occurrence', 1) >= 2 else [])
        elif cat in extra:
            want = base_keys + extra[cat]
        else:
            errs.append('%d category %r' % (i, cat))
            continue
        if list(m.keys()) != want:
            errs.append('%d keys %s' % (i, list(m.keys())))
        if not re.fullmatch(r'(person|org)/[a-z_]+', str(m.get('kind'))):
            errs.append('%d kind' % i)
        if not isinstance(m.get('changes'), list) or any(not re.fullmatch(r'[a-zA-Z]+:[a-z_]+', str(x))
                                                         for x in m.get('changes', [])):
            errs.append('%d changes' % i)
        if (i < 1500) != (cat == 'existing'):
            errs.append('%d category/set' % i)
        if 'profile' in m and m['profile'] not in ('light', 'medium', 'harsh'):
            errs.append('%d profile' % i)
        if 'evidence' in m and (not isinstance(m['evidence'], list) or
                                any(x not in ('email', 'phone', 'address') for x in m['evidence'])):
            errs.append('%d evidence' % i)
    report('meta_schema', not errs, '; '.join(errs[:5]))
    if errs:
        return finish()

    EX = list(range(1500))
    IN = list(range(1500, 3000))
    ex_by_entity = {}
    for i in EX:
        ex_by_entity.setdefault(S[i]['entity'], []).append(i)
    report('existing_one_record_per_customer', all(len(v) == 1 for v in ex_by_entity.values()))
    names = [C[i]['displayName'] for i in EX]
    report('existing_sorted_by_displayName_casefold', all(names[i].casefold() <= names[i + 1].casefold()
                                                          for i in range(1499)))
    cf = Counter(n.casefold() for n in names)
    report('existing_displayName_unique_casefold', all(v == 1 for v in cf.values()),
           ', '.join(k for k, v in cf.items() if v > 1)[:200])
    report('existing_has_email_phone_or_address', all(C[i]['email'] or C[i]['phone'] or C[i]['address']
                                                      for i in EX))
    errs = [i for i in range(3000) if (M[i]['kind'].startswith('org/') and not C[i]['companyName']) or
            (M[i]['kind'].startswith('person/') and C[i]['companyName'] is not None)]
    report('org_has_companyName_person_has_none', not errs, str(errs[:5]))
    kinds_by_entity = {}
    for m in M:
        kinds_by_entity.setdefault(m['entity'], set()).add(m['kind'])
    report('one_kind_per_entity', all(len(v) == 1 for v in kinds_by_entity.values()))
    KIND = dict((k, list(v)[0]) for k, v in kinds_by_entity.items())

    # composition ---------------------------------------------------------------------
    n_org = sum(1 for i in EX if M[i]['kind'].startswith('org/'))
    cats = Counter(M[i]['category'] for i in IN)
    hn_types = Counter(M[i]['hn_type'] for i in IN if M[i]['category'] == 'hard_negative')
    anchors = [M[i]['anchor'] for i in IN if M[i]['category'] == 'hard_negative']
    ok = (0.4 <= n_org / 1500 <= 0.6 and 0.5 <= cats['match'] / 1500 <= 0.6 and 0.3 <= cats['new'] / 1500 <= 0.4
          and cats['hard_negative'] == 150 and len(hn_types) == 10 and all(v == 15 for v in hn_types.values())
          and len(set(anchors)) == 150)
    report('composition', ok, 'orgs=%d match=%d new=%d hn=%d types=%d anchors=%d' % (
        n_org, cats['match'], cats['new'], cats['hard_negative'], len(hn_types), len(set(anchors))))

    # links ---------------------------------------------------------------------------
    errs = []
    matched = Counter()
    for i in IN:
        m = M[i]
        if m['category'] != 'match':
            continue
        e = m['entity']
        if e not in ex_by_entity or m['compare_set'] != 'existing' or m['compare_index'] != ex_by_entity[e][0]:
            errs.append(str(i))
        matched[e] += 1
    report('match_links_to_its_existing_record', not errs, ', '.join(errs[:5]))
    report('existing_matched_at_most_once', all(v == 1 for v in matched.values()))

    errs = []
    occ = {}
    first = {}
    reps = Counter()
    for i in IN:
        m = M[i]
        if m['category'] != 'new':
            continue
        e = m['entity']
        if e in ex_by_entity:
            errs.append('%d in existing' % i)
        occ[e] = occ.get(e, 0) + 1
        if m['occurrence'] != occ[e]:
            errs.append('%d occurrence' % i)
        if occ[e] == 1:
            first[e] = i
        elif m['compare_set'] != 'incoming' or m['compare_index'] != first[e] - 1500:
            errs.append('%d compare' % i)
    for e, n in occ.items():
        reps[n] += 1
    new_cats = set(M[i]['entity'] for i in IN if M[i]['category'] == 'new')
    other = set(M[i]['entity'] for i in IN if M[i]['category'] != 'new')
    if new_cats & other:
        errs.append('new entity also in another category')
    ok = not errs and reps[2] > 0 and reps[3] > 0 and max(reps) <= 3
    report('new_customers_occurrences_and_repeats', ok, '; '.join(errs[:5]) + ' reps=%s' % dict(reps))

    errs = []
    hn_seen = Counter()
    for i in IN:
        m = M[i]
        if m['category'] != 'hard_negative':
            continue
        hn_seen[m['entity']] += 1
        if m['entity'] in ex_by_entity or not (0 <= m['anchor_index'] < 1500) or \
                S[m['anchor_index']]['entity'] != m['anchor']:
            errs.append(str(i))
    if any(v != 1 for v in hn_seen.values()):
        errs.append('HN entity repeated')
    report('hard_negative_links', not errs, ', '.join(errs[:5]))

    def compared(i):
        m = M[i]
        if m['category'] == 'match' or (m['category'] == 'new' and m['occurrence'] >= 2):
            return m['compare_index'] + (0 if m['compare_set'] == 'existing' else 1500)
        if m['category'] == 'hard_negative':
            return m['anchor_index']
        return None

    # labels == differences ---------------------------------------------------------
    errs_diff, errs_sem = [], []
    for i in range(3000):
        m = M[i]
        j = compared(i)
        if j is None:
            if m['changes']:
                errs_diff.append('%d changes without compared record' % i)
            continue
        a, b = C[i], C[j]
        by = {}
        for l in m['changes']:
            f, w = l.split(':')
            by.setdefault(f, []).append(w)
        if len(set(m['changes'])) != len(m['changes']) or any(f not in ALL_FIELDS for f in by):
            errs_diff.append('%d bad label list' % i)
            continue
        for f in ALL_FIELDS:
            differs = a[f] != b[f]
            if differs != (f in by):
                errs_diff.append('%d %s differs=%s labels=%s' % (i, f, differs, by.get(f)))
        for f in NAME_FIELDS:
            er = check_name_labels(a[f], b[f], by.get(f, []))
            if er:
                errs_sem.append('%d %s: %s (%r vs %r %s)' % (i, f, er, a[f], b[f], by.get(f)))
        for f, fn in (('email', expect_email), ('phone', expect_phone), ('address', expect_address)):
            exp = fn(a[f], b[f])
            if sorted(by.get(f, [])) != sorted(exp):
                errs_sem.append('%d %s: labels %s expected %s' % (i, f, by.get(f), exp))
    report('labels_equal_differences', not errs_diff, '; '.join(errs_diff[:3]))
    report('label_semantics', not errs_sem, '; '.join(errs_sem[:3]))

    # profiles ----------------------------------------------------------------------
    errs = []
    prof = Counter()
    for i in IN:
        m = M[i]
        if 'profile' not in m:
            continue
        n = len(m['changes'])
        h = sum(1 for l in m['changes'] if l.split(':')[1] in HARD)
        p = m['profile']
        prof[p] += 1
        ok = (p == 'light' and 1 <= n <= 2) or (p == 'medium' and 2 <= n <= 4) or (p == 'harsh' and n >= 4 and h >= 2)
        if not ok:
            errs.append('%d %s n=%d hard=%d' % (i, p, n, h))
    report('change_profiles', not errs and all(prof[p] > 0 for p in ('light', 'medium', 'harsh')),
           '; '.join(errs[:5]) + ' ' + str(dict(prof)))

    # typo rule (names + street) ------------------------------------------------------
    errs = []
    for i in range(3000):
        j = compared(i)
        if j is None:
            continue
        for l in M[i]['changes']:
            f, w = l.split(':')
            if w == 'typo' and f == 'email':
                if C[i][f][:1] != C[j][f][:1]:
                    errs.append(str(i))
    report('typos_never_on_first_letter', not errs, ', '.join(errs[:5]))

    # key owners over the whole file ----------------------------------------------------
    own = {'e': {}, 'p': {}, 'a': {}}
    for i in range(3000):
        e = S[i]['entity']
        c = C[i]
        for ch, ks in (('e', [ekey(c['email'])]), ('p', pkeys(c['phone'])), ('a', [akey(c['address'])])):
            for k in ks:
                if k:
                    own[ch].setdefault(k, set()).add(e)

    def evidence(i, j):
        e = S[i]['entity']
        a, b = C[i], C[j]
        ev = []
        ea, eb = ekey(a['email']), ekey(b['email'])
        if ea and eb and (ea == eb or expect_email(a['email'], b['email']) == ['typo']) and \
                own['e'][ea] == {e} and own['e'][eb] == {e}:
            ev.append('email')
        kb = pkeys(b['phone'])
        if any(k in kb and own['p'][k] == {e} for k in pkeys(a['phone'])):
            ev.append('phone')
        ka, kb2 = akey(a['address']), akey(b['address'])
        if ka and ka == kb2 and own['a'][ka] == {e}:
            ev.append('address')
        return ev

    errs = []
    evc = Counter()
    for i in IN:
        m = M[i]
        if 'evidence' not in m:
            continue
        ev = evidence(i, compared(i))
        evc[len(ev)] += 1
        if not ev or ev != m['evidence']:
            errs.append('%d meta=%s computed=%s' % (i, m['evidence'], ev))
    report('link_evidence_rule', not errs, '; '.join(errs[:5]) + ' channels=%s' % dict(evc))

    # new customers separated from existing -----------------------------------------------
    ex_emails = [ekey(C[i]['email']) for i in EX if C[i]['email']]
    del_index = {}
    for k in ex_emails:
        for v in [k] + [k[:p] + k[p + 1:] for p in range(len(k))]:
            del_index.setdefault(v, set()).add(k)

    def near_existing(k):
        hits = set()
        for v in [k] + [k[:p] + k[p + 1:] for p in range(len(k))]:
            hits |= del_index.get(v, set())
        return [h for h in hits if edit_distance(h, k) <= 1]

    ex_phone = set(k for i in EX for k in pkeys(C[i]['phone']))
    ex_addr = set(akey(C[i]['address']) for i in EX) - {None}
    ex_pk = set(pkey(C[i]['givenName'], C[i]['familyName']) for i in EX) - {None}
    ex_core = set(core(C[i][f]) for i in EX for f in ('displayName', 'companyName') if C[i][f])
    errs = []
    for i in IN:
        if M[i]['category'] != 'new':
            continue
        c = C[i]
        if c['email'] and near_existing(ekey(c['email'])):
            errs.append('%d email' % i)
        if any(k in ex_phone for k in pkeys(c['phone'])):
            errs.append('%d phone' % i)
        if akey(c['address']) in ex_addr:
            errs.append('%d address' % i)
        if pkey(c['givenName'], c['familyName']) in ex_pk:
            errs.append('%d person key' % i)
        if any(c[f] and core(c[f]) in ex_core for f in ('displayName', 'companyName')):
            errs.append('%d name core' % i)
    report('new_customers_share_nothing_with_existing', not errs, ', '.join(errs[:5]))

    # hard negatives -------------------------------------------------------------------
    mailbox_owners = {}
    for i in EX:
        k = ekey(C[i]['email'])
        if k:
            mailbox_owners.setdefault(k, set()).add(S[i]['entity'])
    errs_phone, errs_mail, errs_addr, errs_shared, errs_type = [], [], [], [], []
    for i in IN:
        m = M[i]
        if m['category'] != 'hard_negative':
            continue
        j = m['anchor_index']
        h, a = C[i], C[j]
        hk, ak = KIND[S[i]['entity']], KIND[S[j]['entity']]
        if set(pkeys(h['phone'])) & set(pkeys(a['phone'])):
            errs_phone.append(str(i))
        he, ae = ekey(h['email']), ekey(a['email'])
        if he and ae:
            if he == ae:
                if not ('email' in m['shared'] and len(mailbox_owners.get(ae, ())) >= 2 and
                        ae.split('@')[0] in SHARED_MAILBOX_LOCALS):
                    errs_mail.append(str(i))
            elif edit_distance(he, ae) <= 1:
                errs_mail.append(str(i))
        elif 'email' in m['shared']:
            errs_mail.append(str(i))
        same_addr = akey(h['address']) is not None and akey(h['address']) == akey(a['address'])
        if same_addr != ('address' in m['shared']):
            errs_addr.append(str(i))
        if building_same(h['address'], a['address']) != ('building' in m['shared']):
            errs_shared.append('%d building iff' % i)
        for s in m['shared']:
            if s == 'name':
                ok = pkey(h['givenName'], h['familyName']) is not None and \
                    pkey(h['givenName'], h['familyName']) == pkey(a['givenName'], a['familyName'])
            elif s == 'surname':
                ok = surname_key(h['familyName']) is not None and surname_key(h['familyName']) == \
                    surname_key(a['familyName'])
            elif s == 'address':
                ok = same_addr
            elif s == 'building':
                ok = building_same(h['address'], a['address'])
            elif s == 'email':
                ok = he is not None and he == ae
            elif s == 'trade_words':
                tw = trade_words(h)
                ok = bool(tw) and tw == trade_words(a)
            elif s == 'company':
                ok = core(without_branch(h['companyName'])) == core(without_branch(a['companyName']))
            elif s == 'brand':
                ok = core_unsorted(h['companyName']).split()[0] == core_unsorted(a['companyName']).split()[0]
            elif s == 'contact_person':
                ok = pkey(h['givenName'], h['familyName']) is not None and \
                    pkey(h['givenName'], h['familyName']) == pkey(a['givenName'], a['familyName'])
            elif s == 'street':
                ok = street_shared(h['address'], a['address'])
            elif s == 'partner_name':
                ok = pkey(h['givenName'], h['familyName']) in [lowfold(p) for p in sc_partners(a['companyName'] or '')]
            elif s == 'similar_name':
                ok = edit_distance(core(h['companyName']), core(a['companyName'])) <= 1
            else:
                ok = False
            if not ok:
                errs_shared.append('%d %s' % (i, s))
        # type-specific decidability
        t = m['hn_type']
        ha, aa = h['address'], a['address']
        if t == 'namesake_other_town':
            ok = (hk.startswith('person/') and ak.startswith('person/') and 'name' in m['shared'] and ha and aa and
                  ha['city'] and aa['city'] and town_norm(ha['city']) != town_norm(aa['city']) and
                  postcode5(ha['postalCode']) and postcode5(aa['postalCode']) and
                  postcode5(ha['postalCode']) != postcode5(aa['postalCode']))
        elif t == 'father_son_same_address':
            gh, ga = generation(h['displayName']), generation(a['displayName'])
            ok = 'name' in m['shared'] and same_addr and gh is not None and ga is not None and gh != ga
        elif t == 'spouse_same_address':
            ok = ('surname' in m['shared'] and same_addr and h['givenName'] and a['givenName'] and
                  pkey(h['givenName'], 'x') != pkey(a['givenName'], 'x') and
                  female(h['givenName']) != female(a['givenName']))
        elif t == 'same_trade_words_other_owner':
            ok = (hk == ak == 'person/sole_trader' and 'trade_words' in m['shared'] and
                  lowfold(f_dim(h['givenName'])) != lowfold(f_dim(a['givenName'])) and
                  surname_key(h['familyName']) != surname_key(a['familyName']) and not same_addr)
        elif t == 'chain_other_branch':
            bh, ba = branch_town(h['companyName']), branch_town(a['companyName'])
            ok = (hk == ak == 'org/branch' and 'company' in m['shared'] and bh and ba and bh != ba and ha and aa and
                  town_norm(ha['city']) == bh and town_norm(aa['city']) == ba and not same_addr)
        elif t == 'group_company_same_office':
            ok = (hk == ak == 'org/group_company' and same_addr and 'brand' in m['shared'] and
                  core(h['companyName']) != core(a['companyName']))
        elif t == 'wspolnota_same_manager':
            def own_building(c):
                nm = lowfold(c['companyName'])
                mm = re.search(r'(?:wspolnota mieszkaniowa|(?<![a-z])wm)\s+(.*)$', nm)
                if not mm or not c['address']:
                    return False
                return street_parts(mm.group(1), None) == street_parts(c['address']['line1'], c['address']['line2'])
            ok = (hk == ak == 'org/wspolnota' and 'email' in m['shared'] and not same_addr and
                  own_building(h) and own_building(a) and core(h['companyName']) != core(a['companyName']))
        elif t == 'sc_partner_own_firm':
            ok = (ak == 'org/sc' and hk == 'person/sole_trader' and 'partner_name' in m['shared'] and
                  not SC_RE.search(lowfold(h['displayName'])) and not same_addr)
        elif t == 'same_building_other_flat':
            ok = ('building' in m['shared'] and h['givenName'] and a['givenName'] and
                  pkey(h['givenName'], 'x') != pkey(a['givenName'], 'x'))
        elif t == 'similar_name_other_town':
            lh, la = legal_kinds(h['companyName']), legal_kinds(a['companyName'])
            ok = (hk.startswith('org/') and ak.startswith('org/') and 'similar_name' in m['shared'] and lh and la and
                  lh != la and ha and aa and ha['city'] and aa['city'] and
                  town_norm(ha['city']) != town_norm(aa['city']))
        else:
            ok = False
        if not ok:
            errs_type.append('%d %s' % (i, t))
    report('hn_never_share_anchor_phone', not errs_phone, ', '.join(errs_phone[:5]))
    report('hn_email_same_shared_mailbox_or_over_one_edit', not errs_mail, ', '.join(errs_mail[:5]))
    report('hn_address_key_shared_iff_listed', not errs_addr, ', '.join(errs_addr[:5]))
    report('hn_shared_verified', not errs_shared, ', '.join(errs_shared[:5]))
    report('hn_type_decidability', not errs_type, ', '.join(errs_type[:5]))

    # collisions only where intended ----------------------------------------------------
    ent_records = {}
    for i in range(3000):
        ent_records.setdefault(S[i]['entity'], []).append(i)

    def ent_addr_keys(e):
        return set(akey(C[i]['address']) for i in ent_records[e]) - {None}

    def ent_surnames(e):
        out = set()
        for i in ent_records[e]:
            if C[i]['familyName']:
                out |= set(surname_key(p) for p in C[i]['familyName'].split('-') if p.strip())
        return out

    def ent_brand(e):
        return set(core_unsorted(C[i]['companyName']).split()[0] for i in ent_records[e] if C[i]['companyName'])

    errs = []
    for k, es in own['e'].items():
        if len(es) < 2:
            continue
        es = sorted(es)
        kinds = set(KIND[e] for e in es)
        if kinds <= {'org/wspolnota', 'org/property_manager', 'org/branch', 'org/group_company'} and \
                k.split('@')[0] in SHARED_MAILBOX_LOCALS:
            continue
        if kinds <= {'person/private'} and set.intersection(*[ent_addr_keys(e) for e in es]) and \
                set.intersection(*[ent_surnames(e) for e in es]):
            continue
        errs.append('email ' + k)
    for k, es in own['p'].items():
        if len(es) < 2:
            continue
        es = sorted(es)
        if set(KIND[e] for e in es) == {'org/group_company'} and set.intersection(*[ent_addr_keys(e) for e in es]):
            continue
        errs.append('phone ' + k)
    for k, es in own['a'].items():
        if len(es) < 2:
            continue
        es = sorted(es)
        kinds = set(KIND[e] for e in es)
        if kinds == {'org/group_company'} and set.intersection(*[ent_brand(e) for e in es]):
            continue
        if all(x.startswith('person/') for x in kinds) and set.intersection(*[ent_surnames(e) for e in es]):
            continue
        errs.append('address ' + k)
    report('collisions_only_where_intended', not errs, ', '.join(errs[:5]))

    # no near-duplicate e-mails between different customers
    all_e = sorted(own['e'])
    idx = {}
    for k in all_e:
        for v in [k] + [k[:p] + k[p + 1:] for p in range(len(k))]:
            idx.setdefault(v, set()).add(k)
    errs = []
    for k in all_e:
        cand = set()
        for v in [k] + [k[:p] + k[p + 1:] for p in range(len(k))]:
            cand |= idx.get(v, set())
        for c2 in cand:
            if c2 != k and edit_distance(c2, k) == 1 and own['e'][c2] != own['e'][k]:
                errs.append(k + '~' + c2)
    report('no_near_duplicate_emails_across_customers', not errs, ', '.join(errs[:5]))

    # realistic gaps / styles in existing -------------------------------------------------
    ne = sum(1 for i in EX if not C[i]['email']) / 1500
    np_ = sum(1 for i in EX if not C[i]['phone']) / 1500
    na = sum(1 for i in EX if not C[i]['address']) / 1500
    report('existing_missing_rates', 0.10 <= ne <= 0.15 and 0.07 <= np_ <= 0.13 and 0.12 <= na <= 0.18,
           'email=%.3f phone=%.3f address=%.3f' % (ne, np_, na))
    caps = sum(1 for i in EX if C[i]['displayName'] == C[i]['displayName'].upper() and
               re.search(r'[A-Z]{3}', C[i]['displayName']) and
               (M[i]['kind'].startswith('person/') or (C[i]['companyName'] or '').isupper()))
    lower = sum(1 for i in EX if C[i]['displayName'] == C[i]['displayName'].lower())
    report('existing_caps_imports_and_lowercase_entries', caps >= 45 and lower >= 20, 'caps=%d lower=%d' % (caps, lower))

    # phenomena coverage ----------------------------------------------------------------
    lab = Counter(l for i in IN for l in M[i]['changes'])
    need = {'displayName:legal_form': 40, 'displayName:prefix': 5, 'displayName:abbrev': 15, 'displayName:quotes': 15,
            'displayName:diacritics': 30, 'displayName:case': 50, 'displayName:diminutive': 5,
            'givenName:diminutive': 20, 'displayName:title': 10, 'displayName:order': 20,
            'displayName:married': 4, 'familyName:married': 4, 'displayName:maiden': 3, 'familyName:gender': 5,
            'displayName:partners': 4, 'displayName:qualifier': 4, 'displayName:trade_name': 15,
            'displayName:typo': 20, 'familyName:typo': 20, 'email:typo': 30, 'email:case': 20,
            'phone:format': 80, 'phone:extension': 8, 'phone:second_number': 8, 'phone:typo': 5,
            'address:format': 100, 'address:district': 15, 'address:post_town': 5, 'address:renamed': 5,
            'address:typo': 15, 'address:partial': 30, 'address:enriched': 30, 'address:moved': 40,
            'companyName:legal_form': 20}
    short = ['%s=%d<%d' % (k, lab[k], v) for k, v in need.items() if lab[k] < v]
    report('descriptive_label_coverage', not short, ', '.join(short))

    texts_dn = [C[i]['displayName'] for i in range(3000)] + [C[i]['companyName'] for i in range(3000) if C[i]['companyName']]
    phones = [C[i]['phone'] for i in range(3000) if C[i]['phone']]
    emails = [C[i]['email'].lower() for i in range(3000) if C[i]['email']]
    addrs = [C[i]['address'] for i in range(3000) if C[i]['address']]
    checks = {
        'legal sp. z o.o.': any('sp. z o.o.' in t for t in texts_dn),
        'legal Sp. z o.o.': any('Sp. z o.o.' in t for t in texts_dn),
        'legal spelled spzoo': any('ograniczoną odpowiedzialnością' in t for t in texts_dn),
        'legal Sp.zo.o.': any('Sp.zo.o.' in t for t in texts_dn),
        'legal sp. z o. o.': any('sp. z o. o.' in t for t in texts_dn),
        'legal S.A.': any('S.A.' in t for t in texts_dn),
        'legal sp.j./spółka jawna': any('sp.j.' in t for t in texts_dn) and any('spółka jawna' in t.lower() for t in texts_dn),
        'legal sp.k.': any('sp.k.' in t.lower() for t in texts_dn),
        's.c. with partners': sum(1 for t in texts_dn if sc_partners(t)) >= 50,
        'prefixes': all(any(any(re.search(r'(?<![A-Za-z.])' + re.escape(p) + r'(?![A-Za-z])', t) for p in alts)
                            for t in texts_dn)
                        for alts in [['P.P.H.U.'], ['P.H.U.'], ['F.H.U.'], ['PHU', 'PPHU', 'FHU'],
                                     ['Z.U.H.', 'ZUH', 'Z.P.H.U.', 'ZPHU'],
                                     ['PPUH', 'P.P.U.H.', 'PUH', 'P.U.H.', 'F.U.H.', 'Z.H.U.']]),
        'prefix spelled out': any('Przedsiębiorstwo' in t for t in texts_dn) and any('Firma Handlowo' in t for t in texts_dn),
        'Polish quotes': any('„' in t and '”' in t for t in texts_dn),
        'ascii quotes': any('"' in t for t in texts_dn),
        'diacritics dropped': any(re.search(r'\b(Lodz|Poznan|Slask|Wojcik|Wisniewsk|Zielinsk|Kaminsk)', t or '')
                                  for t in texts_dn),
        'mixed diacritics (ł→l)': any('Ł' not in t and 'ł' not in t and re.search(r'\b[A-Z][a-z]*l[a-z]*', t)
                                      for t in texts_dn),
        'namesakes in existing': sum(1 for v in Counter(pkey(C[i]['givenName'], C[i]['familyName'])
                                                        for i in EX).values() if v > 1) >= 15,
        'double-barrelled surnames': sum(1 for i in range(3000) if C[i]['familyName'] and
                                         re.search(r'\w-\w', C[i]['familyName'])) >= 10,
        'maiden name note': any(re.search(r'\bz d\.', t) for t in texts_dn),
        'surname-first order': sum(1 for i in EX if M[i]['kind'] == 'person/private' and C[i]['givenName'] and
                                   C[i]['displayName'].split()[0] == C[i]['familyName'].split()[0]) >= 30,
        'titles': any(re.match(r'(Pan|Pani|inż\.|mgr|dr) ', t) for t in texts_dn),
        'phone +48': any(p.startswith('+48') for p in phones), 'phone 0048': any(p.startswith('0048') for p in phones),
        'phone dashes': any(re.search(r'\d{3}-\d{3}-\d{3}', p) for p in phones),
        'phone landline with area code': any(re.fullmatch(r'\d{2} \d{3} \d{2} \d{2}', p) for p in phones),
        'phone wew.': any('wew' in p for p in phones), 'phone two numbers': sum(1 for p in phones if len(pkeys(p)) > 1) >= 30,
        'phone foreign': any(p.startswith('+49') or p.startswith('0049') for p in phones) and
        any(p.startswith('+420') or p.startswith('00420') for p in phones),
        'email domains': all(any(e.endswith('@' + d) for e in emails) for d in ['wp.pl', 'o2.pl', 'onet.pl',
                                                                                  'interia.pl', 'gmail.com']),
        'shared mailboxes': all(any(e.startswith(x + '@') for e in emails) for x in ['biuro', 'sekretariat', 'faktury']),
        'ul. present/absent': any(a['line1'].startswith('ul. ') for a in addrs) and
        sum(1 for a in addrs if re.match(r'^[A-ZŁŚŻŹĆa-złśżźćąęóń]', a['line1']) and not re.match(r'(?i)^(ul|al|os|pl)[. ]', a['line1'])) > 50,
        'al./os./pl.': all(any(a['line1'].startswith(x) for a in addrs) for x in ['al. ', 'os. ', 'pl. ']),
        'flat slash / m. / lok.': any(re.search(r'\d/\d', a['line1']) for a in addrs) and
        any(' m. ' in (a['line1'] + ' ' + (a['line2'] or ' ')) or (a['line2'] or '').startswith('m. ') for a in addrs) and
        any('lok.' in a['line1'] + (a['line2'] or '') for a in addrs),
        'village without street': sum(1 for a in addrs if re.fullmatch(r'[A-ZŁŚŻŹĆ][^\d]*[a-ząćęłńóśźż] \d+[a-z]?', a['line1'])
                                      and not re.match(r'(?i)^(ul|al|os|pl)[. ]', a['line1'])) >= 20,
        'village + gmina (gm.)': sum(1 for a in addrs if a['line2'] and lowfold(a['line2']).startswith('gm. ')) >= 5,
        'postcode without hyphen': any(a['postalCode'] and re.fullmatch(r'\d{5}', a['postalCode']) for a in addrs),
        'POZNAN caps / Poznan folded': any(a['city'] == 'POZNAN' for a in addrs) and any(a['city'] == 'Poznan' for a in addrs),
        'district in city': any(a['city'] and re.match(r'Pozna[nń] ?[-(]', a['city']) for a in addrs),
        'voivodeship present': sum(1 for a in addrs if a['region']) >= 100,
        'foreign DE/CZ': any(a['country'] and country_key(a['country']) == 'DE' for a in addrs) and
        any(a['country'] and country_key(a['country']) == 'CZ' for a in addrs),
    }
    bad = [k for k, v in checks.items() if not v]
    report('country_phenomena_present', not bad, ', '.join(bad))

    # determinism ------------------------------------------------------------------------
    if not args.skip_determinism:
        scratch = os.path.join(HERE, '_determinism_scratch')
        shutil.rmtree(scratch, ignore_errors=True)
        hashes = []
        okrun = True
        for seed in ('0', '12345'):
            out = os.path.join(scratch, 'h' + seed)
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = seed
            r = subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', out], env=env,
                               capture_output=True, text=True)
            if r.returncode != 0:
                okrun = False
                break
            hashes.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
        shutil.rmtree(scratch, ignore_errors=True)
        same = okrun and len(hashes) == 2 and hashes[0] == hashes[1]
        shipped = (sha(set_p), sha(meta_p))
        report('determinism_across_PYTHONHASHSEED', same and hashes[0] == shipped and not os.path.exists(scratch),
               'runs equal=%s, equal to shipped files=%s' % (same, bool(hashes) and hashes[0] == shipped))

    # README hashes ----------------------------------------------------------------------
    rp = os.path.join(HERE, 'README.txt')
    if os.path.isfile(rp) and d == HERE:
        txt = open(rp, encoding='utf-8').read()
        ok = sha(set_p) in txt and sha(meta_p) in txt
        report('readme_lists_current_sha256', ok)
    return finish()


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print('%d CHECK(S) FAILED: %s' % (len(failed), ', '.join(failed)))
        sys.exit(1)
    print('ALL CHECKS PASSED')
    sys.exit(0)


if __name__ == '__main__':
    main()
