#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
de-handwerk -- synthetic, fully labelled customer-record benchmark.

Scenario: an invented Cologne wholesaler of plumbing, heating, electrical and
building supplies (Sanitaer-, Heizungs-, Elektro-Grosshandel) keeps its
customers in QuickBooks Online (German customer list, EUR).  1,500 existing
QBO customers + 1,500 incoming records from web shop / sales-rep app / imports.

Standard library only.  One seeded random.Random; no set iteration.
    python3 gen.py            -> writes set.jsonl and meta.jsonl next to gen.py
    python3 gen.py --out DIR  -> writes them into DIR
"""
import argparse
import copy
import json
import os
import re
import unicodedata
import random

SEED = 50667
R = random.Random(SEED)

N_EX = 1500
N_IN = 1500
N_MATCH = 825
N_HN_PER_TYPE = 15
HN_TYPES = ['filiale', 'konzern', 'namesake', 'vater_sohn', 'sibling_firm',
            'same_building', 'weg', 'other_trade', 'household', 'municipal']


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# =========================================================================
# normalisation, keys, distances  (check.py re-implements all of this)
# =========================================================================
SPECIAL = {'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'æ': 'ae', 'œ': 'oe'}


def fold1(s):
    s = s.casefold()
    s = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def fold2(s):
    return fold1(s).replace('ae', 'a').replace('oe', 'o').replace('ue', 'u')


def alnum(s):
    return re.sub(r'[^0-9a-z]', '', s)


def numl(s):
    return alnum(fold2(s))


def nfmt(s):
    return re.sub(r'[\W_]+', '', s.lower())


def toks(s):
    return re.findall(r'[0-9a-z]+|[&+]', fold2(s))


def translit(s):
    """German ASCII transliteration (ae/oe/ue/ss) plus diacritic stripping."""
    out = []
    for c in s:
        m = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ß': 'ss'}.get(c)
        if m is None:
            m = SPECIAL.get(c.lower())
            if m is not None and c.isupper():
                m = m.upper()
        if m is None:
            d = unicodedata.normalize('NFKD', c)
            m = ''.join(x for x in d if not unicodedata.combining(x))
            if c == 'İ':
                m = 'I'
        out.append(m)
    return ''.join(out)


def strip_diacritics(s):
    """'Müller' -> 'Muller' (what some web forms do)."""
    out = []
    for c in s:
        if c == 'ß':
            out.append('ss')
            continue
        m = SPECIAL.get(c.lower())
        if m is not None:
            out.append(m.upper() if c.isupper() else m)
            continue
        d = unicodedata.normalize('NFKD', c)
        out.append(''.join(x for x in d if not unicodedata.combining(x)))
    return ''.join(out)


def caps_datev(s):
    return translit(s).upper()


def osa(a, b):
    la, lb = len(a), len(b)
    if abs(la - lb) > 2:
        return 3
    prev2 = None
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        prev2, prev = prev, cur
    return prev[lb]


def typo_pos_ok(a, b):
    p = 0
    n = min(len(a), len(b))
    while p < n and a[p] == b[p]:
        p += 1
    if p == 0 or not a[p - 1].isalnum():
        return False
    ca = a[p] if p < len(a) else ''
    cb = b[p] if p < len(b) else ''
    return ca.isalnum() or cb.isalnum()


def norm_pc(pc):
    s = pc.strip().lower()
    s = re.sub(r'^(d|a|ch|nl|b)\s*-\s*', '', s)
    return alnum(fold2(s))


def street_canon(s):
    return numl(s).replace('strasse', 'str').replace('platz', 'pl')


LINE_RE = re.compile(r'^(.*?)[\s,]*(\d+)\s*([a-z]?)(?:\s*[-/]\s*\d+\s*[a-z]?)?\s*$')


def split_line1(l1):
    s = fold2(l1).strip()
    m = re.match(r'^(postfach|pf\.?)\s*([\d\s]+)$', s)
    if m:
        return ('postfach', re.sub(r'\D', '', m.group(2)))
    m = LINE_RE.match(s)
    if not m or not alnum(m.group(1)):
        return None
    return (street_canon(m.group(1)), m.group(2) + m.group(3))


def addr_key(a):
    if not a or not a.get('line1') or not a.get('postalCode'):
        return None
    sp = split_line1(a['line1'])
    if sp is None:
        return None
    return norm_pc(a['postalCode']) + '|' + sp[0] + '|' + sp[1]


def phone_key(p):
    if not p:
        return None
    s = p.replace('(0)', '')
    d = re.sub(r'\D', '', s)
    if s.strip().startswith('+'):
        return d
    if d.startswith('00'):
        return d[2:]
    if d.startswith('0'):
        return '49' + d[1:]
    return d


def email_key(e):
    return e.strip().lower() if e else None


# ---- token classes ------------------------------------------------------
LEGAL = [t.split() for t in [
    'ug haftungsbeschrankt & co kg', 'gmbh & co kg', 'gmbh & co ohg', 'gmbh und co kg', 'ag & co kg',
    'gesellschaft mit beschrankter haftung', 'ges m b h', 'gesmbh', 'ggmbh', 'pgmbh', 'gmbh', 'mbh',
    'ug haftungsbeschrankt', 'ug haftungsbeschr', 'ug', 'e kfm', 'ekfm', 'e kfr', 'e k', 'ek',
    'eingetragener kaufmann', 'eingetragene kauffrau', 'eingetragener verein', 'e v', 'e g', 'eg',
    'kgaa', 'kg', 'ohg', 'gbr', 'ag', 'partg mbb', 'partgmbb', 'partg', 'sarl', 'b v', 'bv',
    '& co kg', 'co kg', '& co', 'e u', 'og', 'v o f', 'aor', 'g m b h', 'kommanditgesellschaft']]
LEGAL.sort(key=lambda x: -len(x))

TITLE_TOK = ['dr', 'prof', 'dipl', 'ing', 'kfm', 'mag', 'herr', 'frau', 'hr', 'fr', 'med', 'fh', 'dent', 'rer', 'nat']

ABBR = {'san': 'sanitar', 'hzg': 'heizung', 'gebr': 'gebruder', 'handelsges': 'handelsgesellschaft',
        'verw': 'verwaltung', 'hv': 'hausverwaltung', 'immob': 'immobilien', 'kath': 'katholische',
        'ev': 'evangelische', 'st': 'sankt', 'fa': 'firma', 'u': 'und', '&': 'und', '+': 'und',
        'inh': 'inhaber', 'nl': 'niederlassung', 'fil': 'filiale', 'techn': 'technik',
        'kirchengem': 'kirchengemeinde', 'hausverw': 'hausverwaltung', 'meisterbetr': 'meisterbetrieb',
        'stadtverw': 'stadtverwaltung', 'gem': 'gemeinde', 'bauunt': 'bauunternehmung',
        'elektrotechn': 'elektrotechnik', 'pl': 'platz', 'wohnungseigentumergem': 'wohnungseigentumergemeinschaft'}

LINE2_ABBR = {'og': 'obergeschoss', 'eg': 'erdgeschoss', 'dg': 'dachgeschoss', 'ug': 'untergeschoss',
              'hh': 'hinterhaus', 'vh': 'vorderhaus', 'whg': 'wohnung', 'app': 'appartement',
              'li': 'links', 're': 'rechts', 'geb': 'gebaude', 'gewerbegeb': 'gewerbegebiet',
              'industriegeb': 'industriegebiet', 'ge': 'gewerbegebiet', 'hv': 'hausverwaltung'}

NICK_RAW = {'Wolf': 'Wolfgang', 'Hans': 'Johannes', 'Jan': 'Johannes', 'Kathrin': 'Katharina',
            'Katja': 'Katharina', 'Käthe': 'Katharina', 'Lisa': 'Elisabeth', 'Liesel': 'Elisabeth',
            'Else': 'Elisabeth', 'Alex': 'Alexander', 'Fritz': 'Friedrich', 'Tom': 'Thomas',
            'Micha': 'Michael', 'Heinz': 'Heinrich', 'Jupp': 'Josef', 'Sepp': 'Josef', 'Willi': 'Wilhelm',
            'Klaus': 'Nikolaus', 'Chris': 'Christian', 'Tina': 'Christine', 'Gabi': 'Gabriele',
            'Susi': 'Susanne', 'Andi': 'Andreas', 'Grete': 'Margarete', 'Lena': 'Magdalena',
            'Steffi': 'Stefanie', 'Bernd': 'Bernhard', 'Dieter': 'Dietrich', 'Uli': 'Ulrich',
            'Rudi': 'Rudolf', 'Gerd': 'Gerhard', 'Kurt': 'Konrad', 'Max': 'Maximilian',
            'Basti': 'Sebastian', 'Tobi': 'Tobias', 'Franzi': 'Franziska', 'Hanna': 'Johanna',
            'Beppe': 'Giuseppe', 'Kasia': 'Katarzyna', 'Gosia': 'Małgorzata', 'Giorgos': 'Georgios',
            'Dimitris': 'Dimitrios', 'Kostas': 'Konstantinos', 'Giannis': 'Ioannis', 'Nikos': 'Nikolaos'}
NICK = {}
for _s, _l in NICK_RAW.items():
    NICK[numl(_s)] = numl(_l)
LONG_TO_SHORT = {}
for _s, _l in NICK_RAW.items():
    LONG_TO_SHORT.setdefault(_l, []).append(_s)

REGION_CANON = {'nrw': 'nw', 'nw': 'nw', 'nordrheinwestfalen': 'nw', 'he': 'he', 'hessen': 'he',
                'rlp': 'rp', 'rp': 'rp', 'rheinlandpfalz': 'rp', 'w': 'wien', 'wien': 'wien',
                'stmk': 'stmk', 'steiermark': 'stmk', 'zh': 'zh', 'kantonzurich': 'zh',
                'bs': 'bs', 'baselstadt': 'bs', 'kantonbaselstadt': 'bs', 'li': 'li', 'limburg': 'li',
                'provinzluttich': 'lg', 'luttich': 'lg', 'liege': 'lg'}
COUNTRY_CANON = {'de': 'de', 'd': 'de', 'deutschland': 'de', 'germany': 'de', 'brd': 'de', 'ger': 'de',
                 'at': 'at', 'a': 'at', 'osterreich': 'at', 'austria': 'at',
                 'ch': 'ch', 'schweiz': 'ch', 'switzerland': 'ch', 'suisse': 'ch',
                 'nl': 'nl', 'niederlande': 'nl', 'netherlands': 'nl', 'nederland': 'nl',
                 'be': 'be', 'b': 'be', 'belgien': 'be', 'belgium': 'be', 'belgique': 'be'}
CITY_ABBR = {'frankfurtam': 'frankfurtammain', 'frankfurtm': 'frankfurtammain',
             'frankfurtmain': 'frankfurtammain', 'mgladbach': 'monchengladbach',
             'berggladbach': 'bergischgladbach'}
EXONYM = {'cologne': 'koln', 'vienna': 'wien', 'bale': 'basel', 'basle': 'basel',
          'aixlachapelle': 'aachen', 'coblence': 'koblenz', 'mayence': 'mainz'}


def strip_legal(t):
    out = []
    i = 0
    while i < len(t):
        hit = None
        for seq in LEGAL:
            if t[i:i + len(seq)] == seq:
                hit = seq
                break
        if hit:
            i += len(hit)
        else:
            out.append(t[i])
            i += 1
    return out


def strip_inh(t):
    for i, x in enumerate(t):
        if x in ('inh', 'inhaber'):
            return t[:i]
    return t


def expand_abbr(t, table=ABBR):
    out = []
    for x in t:
        if x in table:
            out.append(table[x])
        elif table is ABBR and len(x) > 3 and x.endswith('str'):
            out.append(x + 'asse')
        elif table is ABBR and x == 'str':
            out.append('strasse')
        else:
            out.append(x)
    return out


def is_subseq(small, big):
    if len(small) >= len(big) or not small:
        return False
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def tokenwise_prefix(short, long_):
    if len(short) != len(long_) or not short:
        return False
    strict = False
    for s, l in zip(short, long_):
        if not l.startswith(s):
            return False
        if len(s) < len(l):
            strict = True
    return strict


QUAL_RE = re.compile(r'^(.*?)\s*(?:\(([^()]+)\)|\s-\s(\d+))\s*$')


def strip_qual(s, towns):
    m = QUAL_RE.match(s)
    if not m:
        return s
    if m.group(3):
        return m.group(1)
    if numl(m.group(2)) in towns:
        return m.group(1)
    return s


NAME_FIELDS = ('displayName', 'givenName', 'familyName', 'companyName')


def classify_value(field, a, b, towns):
    """Label for one differing, non-null pair (a = compared, b = this)."""
    if a.lower() == b.lower():
        return 'case'
    if field == 'email':
        if osa(a, b) == 1 and typo_pos_ok(a, b):
            return 'typo'
        return 'changed'
    if field == 'phone':
        ka, kb = phone_key(a), phone_key(b)
        if ka == kb:
            return 'format'
        if kb.startswith(ka) and 1 <= len(kb) - len(ka) <= 4:
            return 'extension'
        if len(kb) >= 5 and len(kb) < len(ka) and (ka.startswith(kb) or ka.endswith(kb)):
            return 'partial'
        if osa(ka, kb) == 1:
            return 'typo'
        return 'changed'
    if nfmt(a) == nfmt(b):
        return 'format'
    if field == 'postalCode':
        return 'format' if norm_pc(a) == norm_pc(b) else 'changed'
    if field == 'country':
        ca = COUNTRY_CANON.get(numl(a), numl(a))
        cb = COUNTRY_CANON.get(numl(b), numl(b))
        return 'format' if ca == cb else 'changed'
    if numl(a) == numl(b):
        return 'umlaut'
    if field == 'region':
        ra = REGION_CANON.get(numl(a), numl(a))
        rb = REGION_CANON.get(numl(b), numl(b))
        return 'abbrev' if ra == rb else 'changed'
    ta, tb = toks(a), toks(b)
    if field == 'city':
        if CITY_ABBR.get(numl(a), numl(a)) == CITY_ABBR.get(numl(b), numl(b)):
            return 'abbrev'
        ba = numl(re.split(r'\s*\(|-', a)[0])
        bb = numl(re.split(r'\s*\(|-', b)[0])
        if ba == bb:
            return 'district'
        if EXONYM.get(numl(a), numl(a)) == EXONYM.get(numl(b), numl(b)):
            return 'exonym'
    elif field == 'line1':
        if street_canon(a) == street_canon(b):
            return 'abbrev'
    elif field == 'line2':
        if expand_abbr(ta, LINE2_ABBR) == expand_abbr(tb, LINE2_ABBR):
            return 'abbrev'
    else:
        if field == 'displayName':
            if numl(strip_qual(a, TOWNS)) == numl(strip_qual(b, TOWNS)):
                return 'qualifier'
        nt_a = [x for x in ta if x not in TITLE_TOK]
        nt_b = [x for x in tb if x not in TITLE_TOK]
        if nt_a == nt_b:
            return 'title'
        if sorted(ta) == sorted(tb):
            return 'order'
        if strip_legal(ta) == strip_legal(tb):
            return 'legal_form'
        if expand_abbr(ta) == expand_abbr(tb):
            return 'abbrev'
        if strip_inh(ta) == strip_inh(tb):
            return 'inh'
        if field != 'familyName':
            if [NICK.get(x, x) for x in ta] == [NICK.get(x, x) for x in tb]:
                return 'nickname'
    if osa(a, b) == 1 and typo_pos_ok(a, b):
        return 'typo'
    if is_subseq(tb, ta) or tokenwise_prefix(tb, ta):
        return 'partial'
    sb = b.rstrip('. ')
    if len(sb) >= 3 and len(sb) < len(a) and a.startswith(sb):
        return 'partial'
    if is_subseq(ta, tb):
        return 'extension'
    return 'changed'


FIELD_ORDER = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address',
               'address.line1', 'address.line2', 'address.city', 'address.region',
               'address.postalCode', 'address.country']
ADDR_SUB = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
STRONG = ('missing', 'changed', 'moved', 'partial')


def pair_label(field, a, b):
    if a is None and b is None:
        return None
    if b is None:
        return 'missing'
    if a is None:
        return 'added'
    if a == b:
        return None
    return classify_value(field, a, b, TOWNS)


def derive_changes(A, B):
    """Labels of exactly the fields in B (this) that differ from A (compared)."""
    out = []
    ga, fa, gb, fb = A['givenName'], A['familyName'], B['givenName'], B['familyName']
    swapped = (ga and fa and gb and fb and numl(gb) == numl(fa) and numl(fb) == numl(ga)
               and numl(ga) != numl(fa))
    for f in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        if swapped and f in ('givenName', 'familyName'):
            out.append(f + ':swapped')
            continue
        lab = pair_label(f, A[f], B[f])
        if lab:
            out.append(f + ':' + lab)
    aa, ab = A['address'], B['address']
    if aa is None and ab is None:
        return out
    if ab is None:
        out.append('address:missing')
        return out
    if aa is None:
        out.append('address:added')
        return out
    ka, kb = addr_key(aa), addr_key(ab)
    if ka and kb and ka != kb:
        pa, sa, na = ka.split('|')
        pb, sb, nb = kb.split('|')
        if not (pa == pb and na == nb and osa(sa, sb) == 1):
            out.append('address:moved')
            return out
    for sf in ADDR_SUB:
        lab = pair_label(sf, aa[sf], ab[sf])
        if lab:
            out.append('address.' + sf + ':' + lab)
    return out


# =========================================================================
# vocabulary
# =========================================================================
def _d(s):
    out = []
    for part in s.split(';'):
        nm, plz = part.split(':')
        out.append((nm, plz.split(',')))
    return out


CITIES = [
    dict(name='Köln', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='221', w=24, pf='504',
         plz=[(50667, 50999), (51061, 51149)],
         dist=_d('Ehrenfeld:50823,50825,50827;Nippes:50733;Lindenthal:50931;Sülz:50937;Deutz:50679;'
                 'Kalk:51103;Mülheim:51063,51065;Porz:51143,51145;Rodenkirchen:50996,50999;'
                 'Bayenthal:50968;Braunsfeld:50933;Longerich:50739;Zollstock:50969'),
         streets=['Venloer Straße', 'Zülpicher Straße', 'Luxemburger Straße', 'Severinstraße',
                  'Aachener Straße', 'Neusser Straße', 'Bergisch Gladbacher Straße', 'Am Römerturm',
                  'Eigelstein', 'Subbelrather Straße', 'Dürener Straße', 'Frankfurter Straße']),
    dict(name='Düsseldorf', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='211', w=9, pf='401',
         plz=[(40210, 40629)],
         dist=_d('Bilk:40223,40225;Oberkassel:40545;Benrath:40597;Gerresheim:40625;'
                 'Pempelfort:40477,40479;Derendorf:40476;Flingern:40233,40235'),
         streets=['Kölner Straße', 'Graf-Adolf-Straße', 'Immermannstraße', 'Luegallee', 'Kaiserswerther Straße']),
    dict(name='Bonn', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='228', w=8, pf='531',
         plz=[(53111, 53229)],
         dist=_d('Beuel:53225,53227;Bad Godesberg:53173,53175,53177;Duisdorf:53123;Endenich:53121'),
         streets=['Kölnstraße', 'Endenicher Allee', 'Königswinterer Straße', 'Reuterstraße', 'Am Hof']),
    dict(name='Aachen', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='241', w=5, pf='520',
         plz=[(52062, 52080)], dist=_d('Burtscheid:52066;Brand:52078;Laurensberg:52072'),
         streets=['Jülicher Straße', 'Trierer Straße', 'Vaalser Straße', 'Roermonder Straße']),
    dict(name='Essen', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='201', w=5, pf='451',
         plz=[(45127, 45359)], dist=_d('Rüttenscheid:45130,45131;Steele:45276;Kettwig:45219;Werden:45239'),
         streets=['Rüttenscheider Straße', 'Kettwiger Straße', 'Altendorfer Straße', 'Gladbecker Straße']),
    dict(name='Dortmund', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='231', w=4, pf='441',
         plz=[(44135, 44388)], dist=_d('Hörde:44263;Aplerbeck:44287;Hombruch:44225;Huckarde:44369'),
         streets=['Westenhellweg', 'Hohe Straße', 'Rheinlanddamm', 'Hagener Straße']),
    dict(name='Duisburg', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='203', w=4, pf='470',
         plz=[(47051, 47279)], dist=_d('Rheinhausen:47226,47228;Hamborn:47166,47169;Meiderich:47137,47138'),
         streets=['Königstraße', 'Mülheimer Straße', 'Friedrich-Wilhelm-Straße', 'Ruhrorter Straße']),
    dict(name='Bochum', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='234', w=3, pf='447',
         plz=[(44787, 44894)], dist=_d('Wattenscheid:44866,44869;Langendreer:44892,44894;Weitmar:44795'),
         streets=['Herner Straße', 'Castroper Straße', 'Wittener Straße']),
    dict(name='Wuppertal', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='202', w=4, pf='421',
         plz=[(42103, 42399)], dist=_d('Elberfeld:42103,42105;Barmen:42275,42277;Vohwinkel:42327,42329;Ronsdorf:42369'),
         streets=['Friedrich-Engels-Allee', 'Hofaue', 'Kaiserstraße', 'Von-der-Heydt-Platz']),
    dict(name='Leverkusen', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='214', w=4, pf='513',
         plz=[(51371, 51381)], dist=_d('Opladen:51379;Wiesdorf:51373;Schlebusch:51375'),
         streets=['Kölner Straße', 'Friedrich-Ebert-Platz', 'Bismarckstraße']),
    dict(name='Bergisch Gladbach', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='2202', w=4, pf='514',
         plz=[(51427, 51469)], dist=_d('Bensberg:51429;Refrath:51427'),
         streets=['Hauptstraße', 'Kölner Straße', 'Paffrather Straße']),
    dict(name='Neuss', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='2131', w=3, pf='414',
         plz=[(41460, 41472)], dist=_d('Holzheim:41472;Norf:41469'),
         streets=['Krefelder Straße', 'Düsseldorfer Straße', 'Hammer Landstraße']),
    dict(name='Mönchengladbach', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='2161', w=3, pf='410',
         plz=[(41061, 41239)], dist=_d('Rheydt:41236,41238;Wickrath:41189'),
         streets=['Hindenburgstraße', 'Bismarckstraße', 'Aachener Straße']),
    dict(name='Krefeld', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='2151', w=3, pf='477',
         plz=[(47798, 47839)], dist=_d('Uerdingen:47829;Hüls:47839'),
         streets=['Uerdinger Straße', 'Ostwall', 'Moerser Straße']),
    dict(name='Siegen', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='271', w=2, pf='570',
         plz=[(57072, 57080)], dist=_d('Weidenau:57076;Geisweid:57078'),
         streets=['Sandstraße', 'Koblenzer Straße', 'Weidenauer Straße']),
    dict(name='Münster', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='251', w=3, pf='481',
         plz=[(48143, 48167)], dist=_d('Hiltrup:48165;Roxel:48161'),
         streets=['Hammer Straße', 'Wolbecker Straße', 'Warendorfer Straße', 'Prinzipalmarkt']),
    dict(name='Frankfurt am Main', cc='DE', reg='Hessen', rab='HE', area='69', w=4, pf='603',
         plz=[(60306, 60599)], dist=_d('Sachsenhausen:60594,60596,60598;Bockenheim:60486,60487;Bornheim:60385'),
         streets=['Mainzer Landstraße', 'Hanauer Landstraße', 'Eschersheimer Landstraße', 'Berger Straße']),
    dict(name='Mainz', cc='DE', reg='Rheinland-Pfalz', rab='RLP', area='6131', w=2, pf='550',
         plz=[(55116, 55131)], dist=_d('Gonsenheim:55122;Finthen:55126'),
         streets=['Rheinallee', 'Große Bleiche', 'Binger Straße']),
    dict(name='Koblenz', cc='DE', reg='Rheinland-Pfalz', rab='RLP', area='261', w=2, pf='560',
         plz=[(56068, 56077)], dist=_d('Ehrenbreitstein:56077;Lützel:56070'),
         streets=['Löhrstraße', 'Moselweißer Straße', 'Andernacher Straße']),
    dict(name='Herzogenrath', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='2406', w=1, pf='521',
         plz=[(52134, 52134)], dist=[], streets=['Kleikstraße', 'Dahlemer Straße']),
    dict(name='Kleve', cc='DE', reg='Nordrhein-Westfalen', rab='NRW', area='2821', w=1, pf='475',
         plz=[(47533, 47533)], dist=[], streets=['Hagsche Straße', 'Emmericher Straße']),
    dict(name='Wien', cc='AT', reg='Wien', rab='W', area='1', w=2,
         plzlist=['1010', '1020', '1030', '1040', '1050', '1060', '1070', '1080', '1090', '1100', '1120', '1140', '1150', '1210', '1220', '1230'],
         dist=[], streets=['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Wiedner Hauptstraße',
                           'Favoritenstraße', 'Brünner Straße', 'Simmeringer Hauptstraße', 'Praterstraße']),
    dict(name='Graz', cc='AT', reg='Steiermark', rab='Stmk.', area='316', w=1,
         plzlist=['8010', '8020', '8036', '8041', '8042', '8045', '8051', '8053', '8055'],
         dist=[], streets=['Annenstraße', 'Griesgasse', 'Schönaugasse', 'Lendplatz', 'Brauhausgasse', 'Conrad-von-Hötzendorf-Straße']),
    dict(name='Zürich', cc='CH', reg='Kanton Zürich', rab='ZH', area='44', w=1,
         plzlist=['8001', '8002', '8003', '8004', '8005', '8006', '8008', '8032', '8037', '8045', '8048', '8050', '8052', '8055'],
         dist=[], streets=['Bahnhofstrasse', 'Badenerstrasse', 'Seefeldstrasse', 'Hardturmstrasse',
                           'Limmatstrasse', 'Josefstrasse', 'Birmensdorferstrasse']),
    dict(name='Basel', cc='CH', reg='Basel-Stadt', rab='BS', area='61', w=1,
         plzlist=['4051', '4052', '4053', '4054', '4055', '4056', '4057', '4058'],
         dist=[], streets=['Freie Strasse', 'Güterstrasse', 'Elisabethenstrasse', 'Clarastrasse',
                           'Hochstrasse', 'Steinenvorstadt', 'Klybeckstrasse']),
    dict(name='Vaals', cc='NL', reg='Limburg', rab='LI', area='43', w=1,
         plzlist=['6291'], dist=[], streets=['Maastrichterlaan', 'Akenstraat', 'Kerkstraat', 'Lindenstraat']),
    dict(name='Kerkrade', cc='NL', reg='Limburg', rab='LI', area='45', w=1,
         plzlist=['6461', '6462', '6463', '6466', '6468', '6471'], dist=[],
         streets=['Hoofdstraat', 'Markt', 'Nieuwstraat', 'Akerstraat', 'Pannesheiderstraat']),
    dict(name='Eupen', cc='BE', reg='Provinz Lüttich', rab=None, area='87', w=1,
         plzlist=['4700'], dist=[], streets=['Aachener Straße', 'Herbesthaler Straße', 'Klosterstraße', 'Hookstraße', 'Neustraße']),
    dict(name='Kelmis', cc='BE', reg='Provinz Lüttich', rab=None, area='87', w=1,
         plzlist=['4720'], dist=[], streets=['Lütticher Straße', 'Kirchstraße', 'Maxstraße']),
]
CITY_BY = {c['name']: c for c in CITIES}
DE_CITIES = [c for c in CITIES if c['cc'] == 'DE']
TOWNS = {}
for _c in CITIES:
    TOWNS[numl(_c['name'])] = 1
    for _dn, _ in _c['dist']:
        TOWNS[numl(_dn)] = 1
CITY_EXO = {'Köln': 'Cologne', 'Wien': 'Vienna', 'Basel': 'Bâle', 'Aachen': 'Aix-la-Chapelle',
            'Koblenz': 'Coblence', 'Mainz': 'Mayence'}
CITY_ABBR_FORMS = {'Frankfurt am Main': ['Frankfurt a.M.', 'Frankfurt/M.', 'Frankfurt/Main'],
                   'Mönchengladbach': ["M'gladbach", 'M.gladbach'],
                   'Bergisch Gladbach': ['Berg. Gladbach']}

DE_STREETS = [
    'Hauptstraße', 'Bahnhofstraße', 'Kirchstraße', 'Schulstraße', 'Gartenstraße', 'Lindenstraße',
    'Bergstraße', 'Waldstraße', 'Ringstraße', 'Mühlenweg', 'Am Markt', 'Kölner Straße',
    'Düsseldorfer Straße', 'Aachener Straße', 'Bonner Straße', 'Berliner Straße', 'Goethestraße',
    'Schillerstraße', 'Mozartstraße', 'Beethovenstraße', 'Rosenweg', 'Birkenweg', 'Ahornweg',
    'Eichenweg', 'Talstraße', 'Am Bahnhof', 'Marktplatz', 'Friedrich-Ebert-Straße',
    'Konrad-Adenauer-Straße', 'Kaiser-Wilhelm-Ring', 'Im Auel', 'Auf dem Berg', 'Zum Steinbruch',
    'An der Linde', 'Wilhelmstraße', 'Luisenstraße', 'Bismarckstraße', 'Moltkestraße', 'Roonstraße',
    'Blumenstraße', 'Feldstraße', 'Wiesenweg', 'Am Sportplatz', 'Parkstraße', 'Brückenstraße',
    'Mittelstraße', 'Weststraße', 'Nordstraße', 'Südstraße', 'Poststraße', 'Am Hof', 'Hohe Straße',
    'Breite Straße', 'Lange Straße', 'Rheinstraße', 'Rheinallee', 'Uferstraße', 'Kapellenstraße',
    'Klosterstraße', 'Burgstraße', 'Schloßstraße', 'Hochstraße', 'Lindenallee', 'Eichendorffstraße',
    'Lessingstraße', 'Uhlandstraße', 'Heinrich-Heine-Straße', 'Robert-Koch-Straße',
    'Albert-Schweitzer-Straße', 'Geschwister-Scholl-Straße', 'Von-Galen-Straße', 'Am Kirchplatz',
    'In der Au', 'Auf der Höhe', 'Am Weiher', 'Im Winkel', 'Alte Landstraße', 'Dorfstraße',
    'Römerstraße', 'Steinweg', 'Jahnstraße', 'Blücherstraße', 'Gneisenaustraße', 'Humboldtstraße',
    'Kantstraße', 'Liebigstraße', 'Am Mühlenbach', 'Grüner Weg', 'Kastanienallee', 'Buchenweg',
    'Auf der Heide', 'Am Kreuzberg', 'Sankt-Apern-Straße', 'Weißdornweg', 'Fließstraße']
DE_IND_STREETS = [
    'Industriestraße', 'Gewerbestraße', 'Robert-Bosch-Straße', 'Carl-Zeiss-Straße', 'Otto-Hahn-Straße',
    'Siemensstraße', 'Max-Planck-Straße', 'Daimlerstraße', 'Am Hafen', 'Hafenstraße', 'Werftstraße',
    'Im Gewerbegebiet', 'An der Autobahn', 'Emil-Hoffmann-Straße', 'Edisonstraße',
    'Rudolf-Diesel-Straße', 'Gutenbergstraße', 'Hansestraße', 'Europaallee', 'Ernst-Abbe-Straße',
    'Justus-von-Liebig-Straße', 'Werkstättenstraße', 'Dieselstraße', 'Ottostraße', 'Am Güterbahnhof']
IND_LINE2 = ['Gewerbegebiet Nord', 'Industriegebiet Süd', 'Gewerbepark West', 'Industriegebiet Eifeltor',
             'Gewerbegebiet Am Hafen', 'Halle 3', 'Tor 2', 'Halle 4, Tor 1', 'Gewerbehof, Haus B']
PERSON_LINE2 = ['Hinterhaus', 'Vorderhaus', '3. OG', '2. OG links', '1. OG rechts', 'EG', 'DG',
                'Souterrain', 'Seitenflügel', 'Whg. 12', 'App. 4', 'Whg. 3']
ORG_LINE2 = ['2. OG', '3. Etage', 'Eingang B', 'Haus 2', 'Gebäude C', '1. OG', 'EG rechts', '4. OG']

GIVEN_DE_M = ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Frank', 'Peter', 'Klaus', 'Jürgen', 'Wolfgang',
              'Uwe', 'Hans', 'Dieter', 'Bernd', 'Christian', 'Markus', 'Martin', 'Jörg', 'Ralf', 'Matthias',
              'Alexander', 'Johannes', 'Friedrich', 'Heinrich', 'Josef', 'Wilhelm', 'Dirk', 'Sven', 'Jan',
              'Tobias', 'Daniel', 'Sebastian', 'Florian', 'Marcel', 'Dennis', 'Lukas', 'Felix',
              'Maximilian', 'Nikolaus', 'Ulrich', 'Gerhard', 'Rudolf', 'Bernhard', 'Dietrich', 'Konrad',
              'Norbert', 'Reinhard', 'Günter', 'Horst', 'Manfred', 'Helmut', 'Werner', 'Rolf', 'Georg',
              'Walter', 'Achim', 'Guido', 'Olaf', 'Torsten', 'Holger', 'Volker', 'Detlef', 'Rüdiger',
              'Björn', 'Jens', 'Kai', 'Lars', 'Tim', 'Philipp', 'Benedikt', 'Kilian', 'Heiko', 'Carsten']
GIVEN_DE_F = ['Sabine', 'Petra', 'Andrea', 'Claudia', 'Susanne', 'Monika', 'Birgit', 'Gabriele',
              'Stefanie', 'Nicole', 'Katharina', 'Elisabeth', 'Margarete', 'Magdalena', 'Christine',
              'Anna', 'Julia', 'Laura', 'Sarah', 'Jessica', 'Kerstin', 'Heike', 'Martina', 'Ute', 'Renate',
              'Ursula', 'Ingrid', 'Brigitte', 'Karin', 'Doris', 'Gisela', 'Helga', 'Marion', 'Tanja',
              'Silke', 'Anke', 'Jutta', 'Sandra', 'Daniela', 'Melanie', 'Christina', 'Franziska',
              'Johanna', 'Sophie', 'Marie', 'Annette', 'Bärbel', 'Hannelore', 'Rosemarie', 'Beate',
              'Dorothee', 'Elke', 'Iris', 'Regina', 'Simone', 'Vera']
DOUBLE_M = ['Hans-Peter', 'Karl-Heinz', 'Hans-Jürgen', 'Klaus-Dieter', 'Hans-Georg', 'Franz-Josef', 'Jan-Hendrik']
DOUBLE_F = ['Anna-Lena', 'Marie-Luise', 'Anne-Kathrin', 'Eva-Maria', 'Anna-Maria', 'Lisa-Marie']
SUR_DE = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz',
          'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann',
          'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner',
          'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schulze', 'Köhler', 'Herrmann', 'König', 'Walter',
          'Mayer', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn',
          'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler', 'Roth', 'Beck',
          'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Simon', 'Ludwig', 'Böhm', 'Winter',
          'Kraus', 'Schumacher', 'Krämer', 'Vogt', 'Stein', 'Jäger', 'Otto', 'Sommer', 'Groß', 'Seidel',
          'Brandt', 'Haas', 'Schreiber', 'Graf', 'Schulte', 'Dietrich', 'Ziegler', 'Kühn', 'Pohl',
          'Engel', 'Horn', 'Busch', 'Bergmann', 'Voigt', 'Sauer', 'Arnold', 'Wolff', 'Pfeiffer',
          'Jansen', 'Janssen', 'Claßen', 'Küpper', 'Esser', 'Hamacher', 'Lenzen', 'Offermann', 'Breuer',
          'Theisen', 'Thelen', 'Wirtz', 'Kremer', 'Dahmen', 'Hennes', 'Nießen', 'Kurth', 'Bongartz',
          'Heinen', 'Hilger', 'Gehlen', 'Pütz', 'Schiffer', 'Odenthal', 'Lückerath', 'Höller', 'Fuß',
          'Strauß', 'Nüßlein', 'Spieß', 'Rößler', 'Kühne', 'Görtz', 'Büttner', 'Rütten', 'Löhr']
GIVEN_TR_M = ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Serkan', 'Burak', 'Cem', 'Kemal', 'Yusuf', 'Ömer']
GIVEN_TR_F = ['Ayşe', 'Fatma', 'Emine', 'Zeynep', 'Elif', 'Hatice', 'Özlem', 'Derya', 'Esra', 'Aylin']
SUR_TR = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir',
          'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Özkan', 'Şimşek', 'Erdoğan', 'Güler', 'Polat', 'Acar']
GIVEN_PL_M = ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Marek', 'Grzegorz', 'Jacek', 'Wojciech']
GIVEN_PL_F = ['Agnieszka', 'Katarzyna', 'Małgorzata', 'Joanna', 'Ewa', 'Beata', 'Dorota']
SUR_PL = ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński',
          'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Krawczyk', 'Grabowski', 'Pawlak']
GIVEN_IT_M = ['Giuseppe', 'Marco', 'Luca', 'Antonio', 'Francesco', 'Giovanni', 'Salvatore', 'Vincenzo']
GIVEN_IT_F = ['Giulia', 'Francesca', 'Rosa', 'Angela', 'Chiara', 'Paola']
SUR_IT = ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino',
          'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Giordano', 'Mancini', 'Lombardi', 'Di Stefano', 'La Rosa']
GIVEN_GR_M = ['Georgios', 'Dimitrios', 'Konstantinos', 'Ioannis', 'Nikolaos', 'Christos', 'Vasilios']
GIVEN_GR_F = ['Eleni', 'Sofia', 'Anastasia', 'Despina', 'Katerina']
SUR_GR = ['Papadopoulos', 'Georgiou', 'Dimitriou', 'Nikolaidis', 'Konstantinidis', 'Papadakis',
          'Ioannidis', 'Vlachos', 'Karagiannis', 'Christodoulou', 'Papageorgiou', 'Oikonomou']
GIVEN_NL_M = ['Jeroen', 'Bram', 'Sander', 'Pieter', 'Willem', 'Ruud', 'Joost', 'Luc', 'Koen']
GIVEN_NL_F = ['Femke', 'Anouk', 'Sanne', 'Marieke', 'Ilse', 'Els']
SUR_NL = ['van den Berg', 'van Aken', 'de Vries', 'van der Linden', 'Peeters', 'Hermans', 'Claessens',
          'Maes', 'Smeets', 'Willems', 'Janssens', 'Vos', 'Bosch', 'van Dijk']
SUR_NOBLE = ['von der Heide', 'von Bülow', 'von Hagen', 'zu Stolberg', 'von Loë', 'van Aken',
             'von Fürstenberg', 'von Spee', 'von Weichs', 'von der Leyen', 'van der Velden', 'von Mallinckrodt']
TITLES = [('Dr.', 10), ('Dr.-Ing.', 2), ('Prof. Dr.', 1), ('Dipl.-Ing.', 4), ('Dipl.-Kfm.', 1)]

TRADES = {
    'sanitaer': ['Sanitär', 'Sanitärtechnik', 'Sanitärinstallation', 'Bäderstudio'],
    'heizung': ['Heizungsbau', 'Heizung', 'Heizungstechnik', 'Wärmetechnik'],
    'shk': ['Heizung-Sanitär', 'Sanitär- und Heizungstechnik', 'Heizung & Sanitär', 'Haustechnik', 'Gebäudetechnik'],
    'elektro': ['Elektro', 'Elektrotechnik', 'Elektroinstallation', 'Elektro-Service'],
    'dach': ['Bedachungen', 'Dachdeckerei', 'Dachtechnik'],
    'maler': ['Malerbetrieb', 'Malermeister', 'Maler- und Lackierbetrieb', 'Malerwerkstätten'],
    'holz': ['Schreinerei', 'Tischlerei', 'Möbelschreinerei', 'Innenausbau Schreinerei'],
    'fliesen': ['Fliesen', 'Fliesenlegerbetrieb', 'Fliesen & Naturstein', 'Fliesenfachbetrieb'],
}
TRADE_KEYS = ['sanitaer', 'heizung', 'shk', 'elektro', 'dach', 'maler', 'holz', 'fliesen']
SINGLE_TRADES = ['sanitaer', 'heizung', 'elektro', 'dach', 'maler', 'holz', 'fliesen']
BRAND_WORDS = ['Rheinland', 'Domstadt', 'Rhein-Ruhr', 'Eifel', 'Bergische', 'Siebengebirge', 'Niederrhein',
               'Westfalen', 'Veedel', 'Rheinische', 'Sieger', 'Kurpfalz', 'Vorgebirge', 'Erft', 'Ville',
               'Hanse', 'Aggertal', 'Wupper', 'Lahn', 'Taunus']
BRAND_TAILS = ['Haustechnik', 'Gebäudetechnik', 'Bedachungen', 'Elektrotechnik', 'Fliesenwerk',
               'Installationen', 'Heizungsbau', 'Dachtechnik', 'Energietechnik', 'Wärme & Wasser']
SAINTS = ['Agnes', 'Pantaleon', 'Severin', 'Gereon', 'Kunibert', 'Ursula', 'Joseph', 'Marien', 'Laurentius',
          'Remigius', 'Lambertus', 'Peter und Paul', 'Elisabeth', 'Michael', 'Antonius', 'Bonifatius',
          'Martin', 'Nikolaus', 'Engelbert', 'Mauritius', 'Quirinus', 'Suitbertus', 'Ludgerus', 'Liborius',
          'Franziskus', 'Aposteln', 'Maternus', 'Cäcilia', 'Hubertus', 'Barbara']
SCHOOL_PEOPLE = ['Heinrich-Heine', 'Konrad-Adenauer', 'Geschwister-Scholl', 'Albert-Schweitzer', 'Marie-Curie',
                 'Erich-Kästner', 'Annette-von-Droste-Hülshoff', 'Friedrich-Schiller', 'Gottfried-Kinkel',
                 'Hildegard-von-Bingen', 'Carl-von-Ossietzky', 'Lise-Meitner', 'Max-Planck', 'Otto-Lilienthal',
                 'Elsa-Brändström', 'Käthe-Kollwitz', 'Rudolf-Steiner', 'Edith-Stein', 'Ernst-Barlach', 'Alexander-von-Humboldt']
SCHOOL_TYPES = ['Gymnasium', 'Realschule', 'Gesamtschule', 'Grundschule', 'Hauptschule', 'Berufskolleg', 'Förderschule']
VEREIN_PATTERNS = ['TuS {d} {y}', 'SC {d} {y}', 'SV {d} {y}', 'Kleingartenverein {d}',
                   'St. Sebastianus Schützenbruderschaft {d} {y}', 'Karnevalsgesellschaft {d} {y}',
                   'KG Blau-Weiß {d}', 'Bürgerverein {d}', 'Tennisclub Rot-Weiß {d}', 'Heimatverein {d}',
                   'DJK {d} {y}', 'Sportfreunde {d} {y}', 'Reitverein {d}', 'Turnverein {d} {y}',
                   'Männergesangverein {d} {y}', 'Förderverein Freibad {d}', 'Tambourcorps {d} {y}']
CHAINS = ['BadWelt', 'Rhein-Haustechnik', 'Wärmeprofi', 'ElektroPlus', 'Sanitär Discount West',
          'BauPartner', 'Hausmeister Direkt', 'FixFlex Facility', 'ImmoCare Gebäudeservice',
          'Klimakomfort', 'Rohrblitz', 'Heizungsnotdienst 24', 'Kachelofen Kontor']
CHAIN_LEGAL = ['GmbH', 'Vertriebs GmbH', 'Handels GmbH', 'GmbH & Co. KG', 'AG', 'Service GmbH']
GROUP_MEMBERS = ['Holding GmbH', 'Haustechnik GmbH', 'Elektro GmbH & Co. KG', 'Service GmbH',
                 'Verwaltungs-GmbH', 'Immobilien GmbH & Co. KG', 'Bau GmbH', 'Facility Management GmbH',
                 'Beteiligungs GmbH', 'Energietechnik GmbH', 'Dach und Fassade GmbH', 'Personal-Service GmbH']
MUNI_DEPTS = ['Stadt {c}', 'Gebäudewirtschaft der Stadt {c}', 'Stadtwerke {c} GmbH', 'Amt für Schulentwicklung der Stadt {c}',
              'Stadt {c} - Zentrales Gebäudemanagement', 'Tiefbauamt der Stadt {c}', 'Grünflächenamt der Stadt {c}',
              'Feuerwehr {c}', 'Bäderbetriebe {c} GmbH', 'Stadt {c} - Amt für Liegenschaften',
              'Städtisches Gebäudemanagement {c}', 'Stadtentwässerungsbetriebe {c} AöR', 'Stadt {c} - Sportamt',
              'Stadt {c} - Amt für Kinder, Jugend und Familie']
GEWERBE_PATTERNS = ['Hotel {d}', 'Brauhaus {f}', 'Autohaus {f}', 'Bäckerei {f}', '{f} Immobilien',
                    '{b} Facility Services', 'Zahnarztpraxis Dr. {f}', 'Physiotherapie {f}', 'Gaststätte Zum {x}',
                    'Restaurant {x}', 'Seniorenzentrum {d}', 'Kita {x}', 'Steuerberatung {f}', 'Kanzlei {f} & {f2}',
                    'Fitnessstudio {x}', 'Café {f}', 'Getränke {f}', 'Hausmeisterdienst {f}', 'Autowerkstatt {f}',
                    'Gartenbau {f}', 'Apotheke am {x}']
GEW_X = ['Dom', 'Rathaus', 'Markt', 'Hafen', 'Stadtpark', 'Rhein', 'Lindenhof', 'Schwan', 'Adler', 'Löwen',
         'Kirchturm', 'Brunnen', 'Mühlenbach', 'Sonnenhof', 'Eichenhain', 'Rosengarten']
AT_FORMS = ['Ges.m.b.H.', 'GesmbH', 'GmbH', 'KG', 'e.U.', 'OG']
CH_FORMS = ['AG', 'GmbH', 'Sàrl']
NL_FORMS = ['B.V.', 'BV', 'V.O.F.']
BE_FORMS = ['PGmbH', 'AG', 'BV', 'GmbH']
HV_PATTERNS = ['Hausverwaltung {f} GmbH', 'HV {f} Immobilien', '{f} Immobilienverwaltung GmbH',
               '{f} & {f2} Hausverwaltung GbR', 'Immobilien {f} GmbH & Co. KG', '{b} Hausverwaltung GmbH',
               'WEG-Verwaltung {f} e.K.', 'Hausverwaltung {f} Inh. {g} {f}']


# =========================================================================
# registries (intended sharing is registered explicitly)
# =========================================================================
OWN = {'email': {}, 'phone': {}, 'addr': {}}
DEL_IDX = {}
PK_OWN = {}
CORE_OWN = {}
DOMAIN_OWN = {}
USED_IDS = {}
STOP = ['und', 'der', 'die', 'das', 'fur', 'von', 'am', 'im', 'zum', 'zur', 'an', 'in', 'de', 'van', 'zu']


def new_id():
    while True:
        x = 'c%07x' % R.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS[x] = 1
            return x


def dels(s):
    return [s[:i] + s[i + 1:] for i in range(len(s))]


def email_conflict(e, eid):
    k = e.lower()
    for v in [k] + dels(k):
        for other in DEL_IDX.get(v, []):
            if other == k or osa(k, other) <= 1:
                if any(o != eid for o in OWN['email'][other]):
                    return True
    return False


def reg_email(e, eid):
    if not e:
        return
    k = e.lower()
    lst = OWN['email'].get(k)
    if lst is None:
        OWN['email'][k] = [eid]
        for v in [k] + dels(k):
            DEL_IDX.setdefault(v, []).append(k)
    elif eid not in lst:
        lst.append(eid)


def reg_key(kind, k, eid):
    if not k:
        return
    lst = OWN[kind].setdefault(k, [])
    if eid not in lst:
        lst.append(eid)


def key_free(kind, k, eid=None):
    return all(o == eid for o in OWN[kind].get(k, []))


def pkey(given, family):
    if not given or not family:
        return None
    return numl(family) + '|' + '-'.join(NICK.get(t, t) for t in toks(given))


def org_core(name):
    t = strip_legal(strip_inh(toks(name)))
    t = [x for x in expand_abbr(t) if x not in STOP]
    return ' '.join(sorted(t))


def slug(s):
    s = translit(s).lower().replace('&', '-und-').replace('+', '-und-')
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return re.sub(r'-+', '-', s)


SLUG_STOP = ['und', 'der', 'die', 'das', 'fur', 'von', 'am', 'im', 'zum', 'gebr', 'gebrueder', 'sohn', 'soehne',
             'inh', 'inhaber', 'private', 'fuer', 'staedtisches', 'staedtische', 'gemeinnuetzige', 'meisterbetrieb', 'e', 'k',
             'v', 'st', 'kath', 'ev', 'co']


def short_slug(s, n=2, sep='-'):
    s = translit(s).lower()
    for p in ('von der ', 'van der ', 'van den ', 'von ', 'van ', 'zu ', 'de ', 'di ', 'la '):
        s = s.replace(p, p.replace(' ', ''))
    w = [x for x in re.split(r'[^a-z0-9]+', s) if x and x not in SLUG_STOP and not x.isdigit()]
    return sep.join(w[:n]) or 'info'


# =========================================================================
# people
# =========================================================================
def fem_family(f, origin):
    if origin == 'pl':
        if f.endswith('ski'):
            return f[:-3] + 'ska'
        if f.endswith('cki'):
            return f[:-3] + 'cka'
    if origin == 'gr':
        if f.endswith('opoulos'):
            return f[:-1] + 'u'
        if f.endswith('idis'):
            return f[:-4] + 'idou'
        if f.endswith('os'):
            return f[:-2] + 'ou'
    return f


def raw_person(gender=None, origin=None, cc='DE', title_p=0.06, family=None):
    if origin is None:
        if cc in ('NL', 'BE'):
            origin = 'nl' if chance(0.6) else 'de'
        elif cc in ('AT', 'CH'):
            origin = wpick([('de', 85), ('it', 5), ('tr', 5), ('gr', 5)])
        else:
            origin = wpick([('de', 71), ('tr', 10), ('pl', 7), ('it', 6), ('gr', 4), ('nl', 2)])
    if gender is None:
        gender = pick(['m', 'f'])
    tabs = {'de': (GIVEN_DE_M, GIVEN_DE_F, SUR_DE), 'tr': (GIVEN_TR_M, GIVEN_TR_F, SUR_TR),
            'pl': (GIVEN_PL_M, GIVEN_PL_F, SUR_PL), 'it': (GIVEN_IT_M, GIVEN_IT_F, SUR_IT),
            'gr': (GIVEN_GR_M, GIVEN_GR_F, SUR_GR), 'nl': (GIVEN_NL_M, GIVEN_NL_F, SUR_NL)}
    gm, gf, sur = tabs[origin]
    given = pick(gm if gender == 'm' else gf)
    if origin == 'de' and chance(0.08):
        given = pick(DOUBLE_M if gender == 'm' else DOUBLE_F)
    if family is None:
        if origin == 'de' and chance(0.035):
            family = pick(SUR_NOBLE)
        elif origin == 'de' and chance(0.05):
            a, b = pick(SUR_DE), pick(SUR_DE)
            family = a + '-' + b if a != b else a
            if chance(0.1):
                family = pick(['Müller-Lüdenscheidt', 'Schmitz-Oberhausen', 'Meyer-Landrut', 'Schulze-Delitzsch'])
        elif origin == 'de' and gender == 'f' and chance(0.02):
            family = pick(SUR_DE) + ' geb. ' + pick(SUR_DE)
        else:
            family = fem_family(pick(sur), origin) if gender == 'f' else pick(sur)
    title = None
    if chance(title_p if origin == 'de' else title_p / 3):
        title = wpick(TITLES)
        if cc == 'AT' and chance(0.5):
            title = pick(['Mag.', 'Ing.', 'Dipl.-Ing.'])
    return dict(given=given, family=family, gender=gender, origin=origin, title=title, marker=None)


def unique_person(eid, **kw):
    for _ in range(500):
        p = raw_person(**kw)
        k = pkey(p['given'], p['family'])
        if k not in PK_OWN:
            PK_OWN[k] = [eid]
            return p
    raise RuntimeError('no unique person')


def reg_pk(p, eid):
    k = pkey(p['given'], p['family'])
    lst = PK_OWN.setdefault(k, [])
    if eid not in lst:
        lst.append(eid)


# =========================================================================
# addresses
# =========================================================================
def rand_plz(city):
    if 'plzlist' in city:
        base = pick(city['plzlist'])
        if city['cc'] == 'NL':
            letters = 'ABCEGHJKLMNPRTVWXZ'
            return base + ' ' + pick(letters) + pick(letters)
        return base
    lo, hi = pick(city['plz'])
    return '%05d' % R.randint(lo, hi)


def rand_number(org=False):
    n = wpick([(R.randint(1, 20), 50), (R.randint(21, 80), 35), (R.randint(81, 220), 15)])
    s = str(n)
    r = R.random()
    if r < 0.08:
        s += pick('abcd')
    elif r < (0.14 if org else 0.10):
        s += '-' + str(n + pick([1, 2, 4]))
    return s


def addr_canonical_line1(ad):
    return ad['street'] + ' ' + ad['number']


def ad_key(ad):
    if ad.get('pobox'):
        return norm_pc(ad['plz']) + '|postfach|' + re.sub(r'\D', '', ad['pobox'])
    return addr_key({'line1': addr_canonical_line1(ad), 'postalCode': ad['plz']})


def gen_address(city, kind='res', eid=None, street=None, avoid_street=None):
    for _ in range(400):
        if street:
            st = street
        elif city['cc'] in ('DE',) and kind == 'ind' and chance(0.8):
            st = pick(DE_IND_STREETS)
        elif city['cc'] in ('DE',) and not chance(0.3):
            st = pick(DE_STREETS)
        else:
            st = pick(city['streets'])
        if avoid_street and street_canon(st) == street_canon(avoid_street):
            continue
        ad = dict(street=st, number=rand_number(kind != 'res'), line2=None, plz=None, city=city['name'],
                  district=None, cc=city['cc'], pobox=None)
        if city['dist'] and chance(0.3):
            dn, plzs = pick(city['dist'])
            ad['district'] = dn
            ad['plz'] = pick(plzs)
        else:
            ad['plz'] = rand_plz(city)
        if kind == 'res' and chance(0.14):
            ad['line2'] = pick(PERSON_LINE2)
        elif kind == 'ind' and chance(0.35):
            ad['line2'] = pick(IND_LINE2)
        elif kind == 'org' and chance(0.15):
            ad['line2'] = pick(ORG_LINE2)
        k = ad_key(ad)
        if k and key_free('addr', k, eid):
            return ad
    raise RuntimeError('no free address')


def gen_pobox(city, eid=None):
    for _ in range(200):
        nr = '%d %02d %02d' % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))
        ad = dict(street=None, number=None, line2=None, plz=city['pf'] + '%02d' % R.randint(10, 99),
                  city=city['name'], district=None, cc=city['cc'], pobox=nr)
        if key_free('addr', ad_key(ad), eid):
            return ad
    raise RuntimeError('no pobox')


STREET_RE = re.compile(r'^(.*?)(-?)([Ss])tra(ß|ss)e$')


def render_street(s, style):
    m = STREET_RE.match(s)
    if not m:
        if style == 'caps':
            return caps_datev(s)
        return s
    base, hy, S, _ = m.groups()
    sep_style = 'compound' if (S == 's') else ('hyphen' if hy else 'separate')
    if style == 'full':
        return s
    if style == 'ss':
        return base + hy + S + 'trasse'
    if style == 'abbr':
        return base + hy + S + 'tr.'
    if style == 'abbr_nodot':
        return base + hy + S + 'tr'
    if style == 'capabbr':
        if sep_style == 'compound':
            return base + '-Str.'
        return base + hy + 'Str.'
    if style == 'caps':
        return caps_datev(base + hy + S + 'tr.')
    return s


def render_number(n, style):
    if style == 'space' and re.match(r'^\d+[a-d]$', n):
        return n[:-1] + ' ' + n[-1]
    if style == 'upper' and re.match(r'^\d+[a-d]$', n):
        return n.upper()
    return n


COUNTRY_FORMS = {'DE': [('Deutschland', 45), ('DE', 30), ('Germany', 15), ('D', 5), ('GER', 5)],
                 'AT': [('Österreich', 50), ('AT', 35), ('Austria', 15)],
                 'CH': [('Schweiz', 55), ('CH', 35), ('Switzerland', 10)],
                 'NL': [('Niederlande', 50), ('NL', 35), ('Netherlands', 15)],
                 'BE': [('Belgien', 55), ('BE', 35), ('Belgium', 10)]}
PC_PREFIX = {'DE': 'D-', 'AT': 'A-', 'CH': 'CH-', 'NL': 'NL-', 'BE': 'B-'}


def addr_style(incoming=False, caps=False):
    st = {}
    st['street'] = wpick([('full', 55), ('abbr', 30), ('ss', 7), ('abbr_nodot', 5), ('capabbr', 3)])
    if caps:
        st['street'] = 'caps'
    st['number'] = wpick([('plain', 85), ('space', 10), ('upper', 5)])
    st['pcprefix'] = chance(0.03)
    st['district'] = wpick([('none', 60), ('dash', 25), ('paren', 10), ('space', 5)])
    st['region'] = wpick([('none', 60 if incoming else 50), ('full', 20), ('abbr', 20)])
    st['country'] = wpick([('none', 35 if incoming else 50), ('form', 65 if incoming else 50)])
    st['line2'] = True
    st['caps'] = caps
    st['city_translit'] = chance(0.03)
    return st


def render_addr(ad, st):
    c = CITY_BY[ad['city']]
    if ad.get('pobox'):
        line1 = 'Postfach ' + ad['pobox']
    else:
        line1 = render_street(ad['street'], st['street']) + ' ' + render_number(ad['number'], st['number'])
    city = ad['city']
    if ad['district'] and st['district'] != 'none':
        if st['district'] == 'dash':
            city = city + '-' + ad['district']
        elif st['district'] == 'paren':
            city = city + ' (' + ad['district'] + ')'
    if st.get('city_translit'):
        city = translit(city)
    pc = ad['plz']
    if st['pcprefix'] and ad['cc'] != 'NL':
        pc = PC_PREFIX[ad['cc']] + pc
    region = None
    if st['region'] == 'full':
        region = c['reg']
    elif st['region'] == 'abbr':
        region = c['rab']
    country = None
    if st['country'] == 'form' or ad['cc'] != 'DE' and chance(0.8):
        country = wpick(COUNTRY_FORMS[ad['cc']])
    line2 = ad['line2']
    if st['caps']:
        line1 = caps_datev(line1)
        city = caps_datev(city)
        line2 = caps_datev(line2) if line2 else None
    return {'line1': line1, 'line2': line2, 'city': city, 'region': region,
            'postalCode': pc, 'country': country}


# =========================================================================
# phones
# =========================================================================
MOBILE_PREFIX = ['151', '152', '157', '160', '162', '163', '170', '171', '172', '173', '174', '175',
                 '176', '177', '178', '179', '159']
CC = {'DE': '49', 'AT': '43', 'CH': '41', 'NL': '31', 'BE': '32'}


def ph_key(ph):
    return ph['cc'] + ph['area'] + ph['sub'] + (ph['ext'] or '')


def gen_phone(city, eid=None, mobile=False, company=False):
    for _ in range(400):
        cc = CC[city['cc']]
        if mobile:
            if cc == '49':
                area = pick(MOBILE_PREFIX)
                sub = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(pick([6, 7])))
            elif cc == '43':
                area = pick(['664', '660', '676', '699'])
                sub = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(6))
            elif cc == '41':
                area = pick(['76', '78', '79'])
                sub = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(6))
            else:
                area = '6' if cc == '31' else pick(['475', '476', '477'])
                sub = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(7 if cc == '31' else 5))
            ph = dict(cc=cc, area=area, sub=sub, ext=None, mobile=True)
        else:
            area = city['area']
            total = {'49': 10, '43': 9 if area == '1' else 10, '41': 9, '31': 9, '32': 8}[cc]
            n = total - len(area)
            if company and cc == '49':
                n = max(5, n - pick([1, 2, 3]))
            sub = str(R.randint(2, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(n - 1))
            ext = '0' if (company and cc == '49' and chance(0.6)) else None
            ph = dict(cc=cc, area=area, sub=sub, ext=ext, mobile=False)
        if key_free('phone', ph_key(ph), eid):
            return ph
    raise RuntimeError('no phone')


def group_digits(s):
    if len(s) <= 4:
        return s
    if len(s) % 2:
        return s[:3] + ' ' + ' '.join(s[i:i + 2] for i in range(3, len(s), 2))
    return ' '.join(s[i:i + 2] for i in range(0, len(s), 2))


def phone_style(incoming=False):
    return wpick([('nat_space', 22), ('nat_slash', 18), ('paren', 8), ('intl', 14), ('intl0', 8),
                  ('0049', 3), ('nat_dash', 7), ('compact', 5), ('grouped', 8), ('groupdash', 4),
                  ('nat_compact', 3)])


def render_phone(ph, style):
    cc, area, sub, ext = ph['cc'], ph['area'], ph['sub'], ph['ext']
    if cc != '49':
        if style in ('intl', 'nat_space', 'nat_slash', 'grouped', 'groupdash'):
            return '+%s %s %s' % (cc, area, group_digits(sub))
        if style in ('0049', 'nat_dash', 'paren'):
            return '00%s %s %s' % (cc, area, sub)
        if style == 'intl0':
            return '+%s (0)%s %s' % (cc, area, sub)
        return '+%s %s %s' % (cc, area, sub)
    d = ('-' + ext) if ext else ''
    if style == 'nat_space':
        return '0%s %s%s' % (area, sub, d)
    if style == 'nat_slash':
        return '0%s/%s%s' % (area, sub, d)
    if style == 'paren':
        return '(0%s) %s%s' % (area, sub, d)
    if style == 'intl':
        return '+49 %s %s%s' % (area, sub, d)
    if style == 'intl0':
        return '+49 (0)%s %s%s' % (area, sub, d)
    if style == '0049':
        return '0049 %s %s%s' % (area, sub, d)
    if style == 'nat_dash':
        return '0%s-%s%s' % (area, sub, d)
    if style == 'compact':
        return '+49%s%s%s' % (area, sub, ext or '')
    if style == 'nat_compact':
        return '0%s%s%s' % (area, sub, ext or '')
    if style == 'grouped':
        return '0%s %s%s' % (area, group_digits(sub), d)
    if style == 'groupdash':
        if len(sub) < 6:
            return '0%s/%s%s' % (area, sub, d)
        if ext:
            return '0%s/%s %s%s' % (area, sub[:3], sub[3:], d)
        return '0%s/%s %s-%s' % (area, sub[:3], sub[3:-2], sub[-2:])
    return '0%s %s%s' % (area, sub, d)


# =========================================================================
# e-mail
# =========================================================================
FREEMAIL = {'DE': [('t-online.de', 16), ('web.de', 20), ('gmx.de', 18), ('gmx.net', 7), ('gmail.com', 18),
                   ('freenet.de', 5), ('online.de', 3), ('aol.com', 2), ('icloud.com', 3), ('outlook.de', 4),
                   ('yahoo.de', 2), ('arcor.de', 2), ('netcologne.de', 3)],
            'AT': [('gmx.at', 30), ('aon.at', 25), ('chello.at', 15), ('gmail.com', 30)],
            'CH': [('bluewin.ch', 40), ('gmx.ch', 25), ('gmail.com', 35)],
            'NL': [('ziggo.nl', 30), ('kpnmail.nl', 25), ('hotmail.com', 20), ('gmail.com', 25)],
            'BE': [('skynet.be', 30), ('telenet.be', 30), ('gmail.com', 40)]}


def name_slug(s):
    return re.sub(r'[^a-z0-9-]', '', translit(s).lower().replace(' ', ''))


def person_local(p):
    g = name_slug(p['given'])
    f = name_slug(p['family'])
    if ' ' in p['family'] and chance(0.5):
        f = name_slug(p['family'].split()[-1])
    pat = wpick([('g.f', 30), ('gf', 8), ('f.g', 8), ('g_f', 3), ('g.f{n}', 10), ('g{y}', 8),
                 ('f{n}', 6), ('i.f', 12), ('if', 6), ('g-f', 3), ('f', 3)])
    n = str(R.randint(1, 99))
    y = str(R.randint(55, 99)) if chance(0.6) else str(R.randint(1960, 2004))
    loc = pat.replace('{n}', n).replace('{y}', y)
    out = ''
    for ch in loc:
        out += {'g': g, 'f': f, 'i': g[:1]}.get(ch, ch)
    return out


def gen_person_email(p, cc, eid):
    for _ in range(200):
        e = person_local(p) + '@' + wpick(FREEMAIL[cc])
        if not email_conflict(e, eid):
            return e
    raise RuntimeError('no email')


def free_domain(base, tld, owner, city=None, full=None):
    cands = [base]
    if full and short_slug(full, 3) != base:
        cands.append(short_slug(full, 3))
    if city:
        cands.append(base + '-' + short_slug(city, 1))
    cands += [base + '-' + x for x in ('online', 'web')]
    cands += [base + str(i) for i in range(2, 40)]
    for d0 in cands:
        d = d0 + '.' + tld
        if d not in DOMAIN_OWN or DOMAIN_OWN[d] == owner:
            DOMAIN_OWN[d] = owner
            return d
    raise RuntimeError('no domain')


TLD = {'DE': 'de', 'AT': 'at', 'CH': 'ch', 'NL': 'nl', 'BE': 'be'}


# =========================================================================
# entity builders
# =========================================================================
def pick_city(foreign_p=0.0, de_only=False):
    if not de_only and chance(foreign_p):
        return pick([c for c in CITIES if c['cc'] != 'DE'] + [CITY_BY['Wien'], CITY_BY['Wien'], CITY_BY['Graz'], CITY_BY['Zürich']])
    return wpick([(c, c['w']) for c in DE_CITIES])


def base_ent(kind, org, city):
    return dict(eid=new_id(), kind=kind, org=org, city=city['name'], cc=city['cc'], person=None,
                contact=None, company=None, base=None, legal='', inh=None, short=None, addr=None,
                phone=None, email=None, trade=None, brand=None, owner=None, x={})


def company_name(base, legal, inh):
    s = base
    if legal:
        s += ' ' + legal
    if inh:
        s += ' ' + inh
    return s


def set_org_name(e, base, legal='', inh=None, check_core=True):
    name = company_name(base, legal, inh)
    core = org_core(name)
    if check_core and core in CORE_OWN:
        return False
    CORE_OWN.setdefault(core, []).append(e['eid'])
    e['base'], e['legal'], e['inh'], e['company'] = base, legal, inh, name
    return True


def org_email(e, dom, locals_=None, person=None):
    for _ in range(60):
        if person is not None and chance(0.2):
            g = name_slug(person['given'])
            f = name_slug(person['family'].split()[-1])
            loc = pick([g[:1] + '.' + f, g + '.' + f, f])
        else:
            loc = pick(locals_ or ['info', 'info', 'info', 'kontakt', 'buero', 'mail', 'service', 'office'])
        em = loc + '@' + dom
        if not email_conflict(em, e['eid']):
            return em
    raise RuntimeError('org email')


def std_channels(e, city, addr_kind='org', mobile_p=0.1, dom=None, person=None, freemail_p=0.0):
    e['addr'] = gen_address(city, addr_kind, e['eid'])
    reg_key('addr', ad_key(e['addr']), e['eid'])
    e['phone'] = gen_phone(city, e['eid'], mobile=chance(mobile_p), company=True)
    reg_key('phone', ph_key(e['phone']), e['eid'])
    if dom is None or chance(freemail_p):
        p = person or raw_person(cc=city['cc'])
        loc_base = short_slug(e['base'] or 'info', 2, pick(['.', '-', '', '.']))
        for _ in range(50):
            em = (loc_base if chance(0.6) else person_local(p)) + '@' + wpick(FREEMAIL[city['cc']])
            if not email_conflict(em, e['eid']):
                break
            loc_base = loc_base + str(R.randint(1, 9))
        e['email'] = em
    else:
        e['email'] = org_email(e, dom, person=person)
    reg_email(e['email'], e['eid'])


def legal_for(cc, kind='handwerk'):
    if cc == 'AT':
        return wpick([('Ges.m.b.H.', 30), ('GesmbH', 25), ('GmbH', 25), ('KG', 10), ('e.U.', 5), ('OG', 5)])
    if cc == 'CH':
        return wpick([('AG', 40), ('GmbH', 50), ('Sàrl', 10)])
    if cc == 'NL':
        return pick(NL_FORMS)
    if cc == 'BE':
        return pick(BE_FORMS)
    return wpick([('GmbH', 32), ('GmbH & Co. KG', 9), ('GmbH & Co KG', 4), ('e.K.', 10), ('e.Kfm.', 3),
                  ('eingetragener Kaufmann', 1), ('KG', 4), ('OHG', 4), ('GbR', 5),
                  ('UG (haftungsbeschränkt)', 5), ('UG (haftungsbeschr.)', 2), ('UG', 2), ('', 15),
                  ('Gesellschaft mit beschränkter Haftung', 1), ('e. K.', 2)])


def build_handwerk(city=None, special=None, kind='org/handwerk', forced_legal=None):
    city = city or pick_city(0.1)
    e = base_ent(kind, True, city)
    for _ in range(300):
        owner = raw_person(cc=city['cc'], title_p=0.01)
        if pkey(owner['given'], owner['family']) in PK_OWN:
            continue
        F, G = owner['family'], owner['given']
        trade = pick(SINGLE_TRADES) if special in ('owner_given', 'brand_single') else pick(TRADE_KEYS)
        tw = pick(TRADES[trade])
        if special == 'owner_given':
            pat = 'tgf'
        elif special == 'brand_single':
            pat = pick(['ft', 'ft', 'tf'])
        else:
            pat = wpick([('tf', 26), ('ft', 22), ('tgf', 6), ('gebr', 8), ('sohn', 7), ('partners', 6),
                         ('brand', 10), ('meister', 5), ('handel', 3), ('foreign', 12 if city['cc'] != 'DE' else 0)])
        if pat == 'tf':
            base = tw + ' ' + F
        elif pat == 'ft':
            base = F + ' ' + tw
        elif pat == 'tgf':
            base = tw + ' ' + G + ' ' + F
        elif pat == 'gebr':
            base = pick(['Gebr. ', 'Gebr. ', 'Gebrüder ']) + F + (' ' + tw if chance(0.7) else '')
        elif pat == 'sohn':
            base = pick([F + ' & Sohn ' + tw, tw + ' ' + F + ' & Söhne', F + ' & Söhne ' + tw, F + ' & Sohn'])
        elif pat == 'partners':
            base = F + ' & ' + pick(SUR_DE) + ' ' + tw
        elif pat == 'brand':
            base = pick(BRAND_WORDS) + ' ' + pick(BRAND_TAILS)
        elif pat == 'meister':
            base = tw + ' ' + F + ' Meisterbetrieb'
        elif pat == 'handel':
            base = F + ' ' + pick(['Haustechnik Handelsgesellschaft', 'Sanitär Handelsgesellschaft', 'Elektro-Handelsgesellschaft',
                                   'Bad und Heizung Handelsgesellschaft'])
        else:
            if city['cc'] == 'AT':
                base = pick(['Installationen ' + F, F + ' Haustechnik', 'Elektro ' + F, F + ' Installateur'])
            elif city['cc'] == 'CH':
                base = pick([F + ' Sanitär', F + ' Haustechnik', F + ' Elektro', 'Sanitär ' + F])
            elif city['cc'] == 'NL':
                base = pick([F + ' Installatietechniek', 'Installatiebedrijf ' + F, F + ' Elektrotechniek'])
            else:
                base = pick([F + ' Haustechnik', 'Elektro ' + F, 'Heizung ' + F])
        legal = legal_for(city['cc'])
        if pat == 'meister' and legal not in ('', 'e.K.'):
            legal = ''
        if pat == 'handel':
            legal = pick(['mbH', 'mbH', 'mbH & Co. KG'])
        if forced_legal:
            legal = forced_legal
        if pat in ('gebr', 'sohn', 'partners') and city['cc'] == 'DE' and legal in ('', 'e.K.', 'e.Kfm.', 'e. K.', 'eingetragener Kaufmann'):
            legal = pick(['GmbH', 'OHG', 'KG', 'GmbH & Co. KG', 'GbR'])
        inh = None
        if city['cc'] == 'DE' and legal in ('', 'e.K.', 'e.Kfm.', 'e. K.') and pat in ('tf', 'ft', 'meister') and chance(0.5):
            inh = pick(['Inh. ' + G + ' ' + F, 'Inh. ' + G[0] + '. ' + F, 'Inhaber ' + G + ' ' + F])
        if not set_org_name(e, base, legal, inh):
            continue
        reg_pk(owner, e['eid'])
        e['owner'] = owner
        e['trade'] = trade
        e['brand'] = F if pat in ('tf', 'ft', 'tgf', 'gebr', 'sohn', 'partners', 'meister', 'foreign') else None
        e['x']['pat'] = pat
        e['contact'] = owner if chance(0.6) or special == 'owner_given' else None
        dom = free_domain(short_slug(base, 2), TLD[city['cc']], e['eid'], city['name'], base)
        std_channels(e, city, 'ind' if chance(0.5) else 'org', 0.15, dom, owner, freemail_p=0.25)
        return e
    raise RuntimeError('handwerk')


def build_bau(city=None):
    city = city or pick_city(0.05)
    e = base_ent('org/bau', True, city)
    for _ in range(300):
        owner = raw_person(cc=city['cc'], title_p=0.03)
        if pkey(owner['given'], owner['family']) in PK_OWN:
            continue
        F = owner['family']
        base, legal = pick([(F + ' Bau', 'GmbH'), ('Bauunternehmung ' + F, 'GmbH & Co. KG'),
                            (F + ' Hoch- und Tiefbau', 'GmbH'), (pick(BRAND_WORDS) + ' Bau', 'AG'),
                            (F + ' & ' + pick(SUR_DE) + ' Bauunternehmen', 'GmbH'),
                            ('Bauunternehmen ' + owner['given'] + ' ' + F, 'e.K.'),
                            (F + ' Bau Gesellschaft', 'mbH'), ('Bauunternehmung ' + F, 'UG (haftungsbeschränkt)'),
                            (F + ' Baugesellschaft', 'mbH & Co. KG'), (F + ' Bauträger', 'GmbH'),
                            (F + ' Schlüsselfertigbau', 'GmbH & Co KG'), (F + ' Bausanierung', 'GbR')])
        if city['cc'] != 'DE':
            legal = legal_for(city['cc'])
        if not set_org_name(e, base, legal):
            continue
        reg_pk(owner, e['eid'])
        e['owner'] = owner
        e['brand'] = F
        e['trade'] = 'bau'
        e['contact'] = owner if chance(0.5) else unique_person(e['eid'], cc=city['cc'])
        if chance(0.3):
            e['contact'] = None
        dom = free_domain(short_slug(base), TLD[city['cc']], e['eid'], city['name'], base)
        std_channels(e, city, 'ind', 0.05, dom, e['contact'] or owner)
        return e
    raise RuntimeError('bau')


def build_planer(city=None):
    city = city or pick_city(0.05)
    e = base_ent('org/planer', True, city)
    for _ in range(300):
        owner = raw_person(cc=city['cc'], title_p=0.0)
        owner['title'] = wpick([('Dipl.-Ing.', 50), ('Dr.-Ing.', 15), (None, 35)])
        if pkey(owner['given'], owner['family']) in PK_OWN:
            continue
        F, G = owner['family'], owner['given']
        base, legal = pick([('Architekturbüro ' + F, ''), (F + ' + ' + pick(SUR_DE) + ' Architekten', 'PartG mbB'),
                            ('Ingenieurbüro ' + F, 'GmbH'), ('Ing.-Büro ' + F + ' für Haustechnik', ''),
                            (F + ' Ingenieure', 'GmbH'), ('TGA-Planung ' + F, 'GmbH'),
                            ('Planungsbüro ' + G + ' ' + F, ''), (F + ' Architekten BDA', ''),
                            ('Ingenieurgesellschaft ' + F, 'mbH'), (F + ' & Partner Beratende Ingenieure', 'PartG mbB'),
                            ('Energieberatung ' + F, 'e.K.'), ('Büro für Bauplanung ' + F, 'GbR')])
        if not set_org_name(e, base, legal):
            continue
        reg_pk(owner, e['eid'])
        e['owner'] = owner
        e['brand'] = F
        e['contact'] = owner if chance(0.75) else None
        dom = free_domain(short_slug(base.replace('Ing.-Büro', 'ib').replace(' für Haustechnik', '')), TLD[city['cc']], e['eid'])
        std_channels(e, city, 'org', 0.05, dom, owner)
        return e
    raise RuntimeError('planer')


def build_gewerbe(city=None):
    city = city or pick_city(0.06)
    e = base_ent('org/gewerbe', True, city)
    for _ in range(300):
        owner = raw_person(cc=city['cc'], title_p=0.02)
        if pkey(owner['given'], owner['family']) in PK_OWN:
            continue
        F = owner['family']
        d = pick(city['dist'])[0] if city['dist'] and chance(0.5) else city['name']
        pat = pick(GEWERBE_PATTERNS)
        base = pat.format(f=F, f2=pick(SUR_DE), d=d, b=pick(BRAND_WORDS), x=pick(GEW_X))
        legal = pick(['GmbH', 'GmbH & Co. KG', '', '', 'e.K.', 'GbR', 'UG (haftungsbeschränkt)', 'OHG'])
        if pat.startswith('Zahnarzt') or pat.startswith('Physio') or pat.startswith('Apotheke'):
            legal = ''
        if city['cc'] != 'DE' and legal:
            legal = legal_for(city['cc'])
        if not set_org_name(e, base, legal):
            continue
        reg_pk(owner, e['eid'])
        e['owner'] = owner
        e['brand'] = F if '{f}' in pat else None
        e['contact'] = owner if chance(0.4) else (unique_person(e['eid'], cc=city['cc']) if chance(0.4) else None)
        dom = free_domain(short_slug(base), TLD[city['cc']], e['eid'], city['name'], base)
        std_channels(e, city, 'org', 0.05, dom, e['contact'] or owner, freemail_p=0.15)
        return e
    raise RuntimeError('gewerbe')


def build_verein(city=None):
    city = city or pick_city(0.0, de_only=True)
    e = base_ent('org/verein', True, city)
    for _ in range(300):
        d = pick(city['dist'])[0] if city['dist'] and chance(0.6) else city['name']
        if d != city['name'] and chance(0.5):
            d = city['name'] + '-' + d
        base = pick(VEREIN_PATTERNS).format(d=d, y=R.randint(1860, 1990))
        legal = wpick([('e.V.', 80), ('e. V.', 15), ('eingetragener Verein', 5)])
        if not set_org_name(e, base, legal):
            continue
        e['contact'] = unique_person(e['eid'], cc=city['cc']) if chance(0.7) else None
        dom = free_domain(short_slug(base, 3), 'de', e['eid'])
        std_channels(e, city, 'org', 0.3, dom, e['contact'], freemail_p=0.4)
        return e
    raise RuntimeError('verein')


def build_kirche(city=None):
    city = city or pick_city(0.0, de_only=True)
    e = base_ent('org/kirche', True, city)
    for _ in range(300):
        s = pick(SAINTS)
        d = pick(city['dist'])[0] if city['dist'] else None
        base = pick(['Kath. Kirchengemeinde St. ' + s, 'Katholische Kirchengemeinde St. ' + s + ' ' + city['name'],
                     'Pfarrei St. ' + s + ' ' + city['name'], 'Kath. Pfarrgemeinde St. ' + s,
                     'Ev. Kirchengemeinde ' + city['name'] + ('-' + d if d else ''),
                     'Evangelische Kirchengemeinde ' + city['name'] + ('-' + d if d else ' Mitte'),
                     'Ev.-Freikirchliche Gemeinde ' + city['name'], 'Kirchenvorstand St. ' + s + ' ' + city['name']])
        if not set_org_name(e, base, ''):
            continue
        e['contact'] = unique_person(e['eid'], cc=city['cc']) if chance(0.5) else None
        if e['contact'] is not None and chance(0.2):
            e['contact']['title'] = 'Pfr.'
        dom = free_domain(('kath-' if 'Kath' in base or 'Pfarr' in base or 'Kirchenvorstand' in base else 'ev-kirche-')
                          + slug(s if 'St. ' in base else (d or city['name'])) + '-' + slug(city['name']), 'de', e['eid'])
        std_channels(e, city, 'org', 0.0, dom, e['contact'])
        return e
    raise RuntimeError('kirche')


def build_schule(city=None):
    city = city or pick_city(0.0, de_only=True)
    e = base_ent('org/schule', True, city)
    for _ in range(300):
        t = pick(SCHOOL_TYPES)
        d = pick(city['dist'])[0] if city['dist'] else 'Mitte'
        base = pick([pick(SCHOOL_PEOPLE) + '-' + t + ' ' + city['name'], 'Städtisches ' + t + ' ' + city['name'] + '-' + d
                     if t == 'Gymnasium' else 'Städtische ' + t + ' ' + city['name'] + '-' + d,
                     t + ' ' + pick(DE_STREETS).replace('straße', 'straße'),
                     pick(['Private Montessori-Schule ', 'Freie Waldorfschule ', 'Internationale Schule ']) + city['name']])
        legal = 'gGmbH' if base.startswith(('Private', 'Internationale')) else ('e.V.' if base.startswith('Freie') else '')
        if not set_org_name(e, base, legal):
            continue
        e['contact'] = unique_person(e['eid'], cc=city['cc']) if chance(0.4) else None
        dom = free_domain(short_slug(base, 3), 'de', e['eid'])
        std_channels(e, city, 'org', 0.0, dom, e['contact'])
        if not e['email'].startswith('sekretariat') and chance(0.5):
            e['email'] = None
            for _ in range(20):
                em = 'sekretariat@' + dom
                if not email_conflict(em, e['eid']):
                    e['email'] = em
                    break
            if e['email'] is None:
                e['email'] = org_email(e, dom)
            reg_email(e['email'], e['eid'])
        return e
    raise RuntimeError('schule')


def build_genossenschaft(city=None):
    city = city or pick_city(0.0, de_only=True)
    e = base_ent('org/genossenschaft', True, city)
    for _ in range(300):
        d = pick(city['dist'])[0] if city['dist'] else city['name']
        base = pick(['Wohnungsbaugenossenschaft ' + city['name'], 'Gemeinnützige Wohnungsgenossenschaft ' + city['name'] + '-' + d,
                     'Bauverein ' + d, pick(BRAND_WORDS) + ' Wohnungsbau', 'Wohnungsgenossenschaft ' + d,
                     'Erbbauverein ' + city['name'], 'Beamten-Wohnungsbauverein ' + city['name'],
                     'Spar- und Bauverein ' + d])
        legal = wpick([('eG', 85), ('e.G.', 15)])
        if not set_org_name(e, base, legal):
            continue
        e['contact'] = unique_person(e['eid'], cc=city['cc']) if chance(0.6) else None
        dom = free_domain(short_slug(base, 2), 'de', e['eid'])
        std_channels(e, city, 'org', 0.0, dom, e['contact'])
        return e
    raise RuntimeError('geno')


def build_person(kind='person/privat', city=None, person=None, addr=None, **kw):
    city = city or pick_city(0.06)
    e = base_ent(kind, False, city)
    e['person'] = person or unique_person(e['eid'], cc=city['cc'], **kw)
    if person is not None:
        reg_pk(person, e['eid'])
    if addr is None:
        e['addr'] = gen_address(city, 'res', e['eid'])
    else:
        e['addr'] = addr
    reg_key('addr', ad_key(e['addr']), e['eid'])
    e['phone'] = gen_phone(city, e['eid'], mobile=chance(0.55))
    reg_key('phone', ph_key(e['phone']), e['eid'])
    e['email'] = gen_person_email(e['person'], city['cc'], e['eid'])
    reg_email(e['email'], e['eid'])
    return e


SOLO_TRADES = ['Hausmeisterservice', 'Trockenbau', 'Montageservice', 'Kundendienst', 'Rohrreinigung',
               'Fliesen', 'Elektro', 'Malerbetrieb', 'Sanitär', 'Heizung & Sanitär', 'Dachdeckerei',
               'Schreinerei', 'Bodenbeläge', 'Gebäudereinigung', 'Innenausbau', 'Fliesenleger']


def solo_display(p):
    G, F = p['given'], p['family']
    tw = pick(SOLO_TRADES)
    return wpick([(tw + ' ' + F, 35), (F + ' ' + tw, 15), (tw + ' ' + G + ' ' + F, 15),
                  (tw + ' ' + F + ', Inh. ' + G[0] + '. ' + F, 10), (tw + ' ' + F + ' Inh. ' + G + ' ' + F, 10),
                  (tw + ' ' + F + ' Meisterbetrieb', 5), (tw + '-Service ' + F, 10)]), tw


def build_solo(city=None):
    e = build_person('person/einzelunternehmer', city or pick_city(0.05))
    e['short'], tw = solo_display(e['person'])
    e['trade'] = tw
    return e


def build_freiberufler(city=None):
    city = city or pick_city(0.04)
    e = build_person('person/freiberufler', city, title_p=0.0)
    p = e['person']
    p['title'] = wpick([('Dipl.-Ing.', 55), ('Dr.-Ing.', 10), ('Dipl.-Ing. (FH)', 10), ('M.Sc.', 5), (None, 20)])
    prof = pick(['Architekt', 'Architektin' if p['gender'] == 'f' else 'Architekt', 'Beratender Ingenieur',
                 'Energieberater' if p['gender'] == 'm' else 'Energieberaterin', 'Sachverständige' if p['gender'] == 'f' else 'Sachverständiger'])
    t = (p['title'] + ' ') if p['title'] else ''
    e['short'] = pick([t + p['given'] + ' ' + p['family'], prof + ' ' + t + p['given'] + ' ' + p['family'],
                       p['family'] + ', ' + p['given'] + (' ' + p['title'] if p['title'] else ''),
                       'Architekturbüro ' + t + p['given'] + ' ' + p['family'], p['given'] + ' ' + p['family'] + ' ' + prof])
    return e


def build_kommunal_city(city, n, out):
    dom = free_domain('stadt-' + slug(city['name']), 'de', 'muni:' + city['name'])
    rat = dict(street=pick(['Rathausplatz', 'Am Rathaus', 'Markt', 'Rathausstraße']), number=pick(['1', '1', '2', '1-3']),
               line2=None, plz=rand_plz(city), city=city['name'], district=None, cc=city['cc'], pobox=None)
    tpls = [MUNI_DEPTS[0]] + [t for t in MUNI_DEPTS[1:] if chance(0.5)]
    if chance(0.3):
        tpls = tpls[1:]
    tpls = tpls[:n]
    while len(tpls) < n:
        t = pick(MUNI_DEPTS)
        if t not in tpls:
            tpls.append(t)
    shared_inbox = ('rechnungseingang@' + dom) if chance(0.35) else None
    used_inbox = 0
    for tpl in tpls:
        e = base_ent('org/kommunal', True, city)
        nm = tpl.format(c=city['name'])
        if nm == 'Stadt Bonn' and chance(0.5):
            nm = 'Bundesstadt Bonn'
        legal = ''
        for lg in (' GmbH', ' AöR'):
            if nm.endswith(lg):
                nm, legal = nm[:-len(lg)], lg.strip()
        if not set_org_name(e, nm, legal):
            continue
        e['x'].update(muni_city=city['name'], tpl=tpl, dom=dom, rathaus=rat)
        e['brand'] = city['name']
        e['contact'] = unique_person(e['eid'], cc=city['cc']) if chance(0.5) else None
        if tpl == 'Stadt {c}' or chance(0.25):
            e['addr'] = rat
        else:
            e['addr'] = gen_address(city, 'org', e['eid'])
        reg_key('addr', ad_key(e['addr']), e['eid'])
        e['phone'] = gen_phone(city, e['eid'], company=True)
        reg_key('phone', ph_key(e['phone']), e['eid'])
        own_dom = dom
        if tpl.startswith('Stadtwerke') or tpl.startswith('Bäder') or tpl.startswith('Stadtentw'):
            own_dom = free_domain(short_slug(nm, 3), 'de', e['eid'])
        if shared_inbox and used_inbox < 2 and own_dom == dom:
            e['email'] = shared_inbox
            used_inbox += 1
        else:
            loc = slug(re.sub(r'(der )?Stadt \S+|Städtisches|' + re.escape(city['name']), '', nm)).replace('-', '.').strip('.')
            loc = loc.replace('amt.fur.', '')[:22].strip('.') or 'poststelle'
            if e['contact'] is not None and chance(0.4):
                e['email'] = org_email(e, own_dom, person=e['contact'], locals_=[loc])
            else:
                e['email'] = org_email(e, own_dom, locals_=[loc])
        reg_email(e['email'], e['eid'])
        out.append(e)


def build_hv_group(city, n_weg, out):
    hv = base_ent('org/hausverwaltung', True, city)
    for _ in range(300):
        owner = raw_person(cc=city['cc'])
        if pkey(owner['given'], owner['family']) in PK_OWN:
            continue
        F = owner['family']
        pat = pick(HV_PATTERNS)
        full = pat.format(f=F, f2=pick(SUR_DE), b=pick(BRAND_WORDS), g=owner['given'])
        legal = ''
        for lg in (' GmbH & Co. KG', ' GmbH', ' GbR', ' e.K.'):
            if full.endswith(lg):
                full, legal = full[:-len(lg)], lg.strip()
                break
        inh = None
        if ' Inh. ' in full:
            full, inh = full.split(' Inh. ')
            inh = 'Inh. ' + inh
        if set_org_name(hv, full, legal, inh):
            break
    reg_pk(owner, hv['eid'])
    hv['owner'] = owner
    hv['brand'] = F
    verw = unique_person(hv['eid'], cc=city['cc'])
    hv['contact'] = verw if chance(0.6) else owner
    dom = free_domain(short_slug(full.replace('Hausverwaltung', 'HV').replace('Immobilienverwaltung', 'Immobilien'), 2), 'de', hv['eid'], city['name'])
    std_channels(hv, city, 'org', 0.0, dom, owner)
    if hv['phone']['ext'] is None and chance(0.5):
        hv['phone']['ext'] = '0'
    reg_key('phone', ph_key(hv['phone']), hv['eid'])
    mailbox = pick(['weg', 'verwaltung', 'wegverwaltung', 'objekte']) + '@' + dom
    if n_weg and chance(0.25):
        hv['email'] = mailbox
    reg_email(hv['email'], hv['eid'])
    hv['x'].update(mailbox=mailbox, dom=dom, verw=verw, weg_streets=[])
    out.append(hv)
    short = pick(['HV ' + F, hv['base'], hv['company']])
    for _ in range(n_weg):
        out.append(build_weg(hv, city, short))
    return hv


def build_weg(hv, city, short):
    e = base_ent('org/weg', True, city)
    for _ in range(300):
        ad = gen_address(city, 'res', e['eid'])
        ad['line2'] = None
        st = ad['street'] if chance(0.7) else render_street(ad['street'], 'abbr')
        base = wpick([('WEG ' + st + ' ' + ad['number'], 50),
                      ('Wohnungseigentümergemeinschaft ' + st + ' ' + ad['number'], 25),
                      ('WEG ' + st + ' ' + ad['number'] + ', ' + city['name'], 15),
                      ('Eigentümergemeinschaft ' + st + ' ' + ad['number'], 10)])
        if set_org_name(e, base, ''):
            break
    if chance(0.55):
        ad['line2'] = 'c/o ' + short
    e['addr'] = ad
    reg_key('addr', ad_key(ad), e['eid'])
    e['x'].update(hv=hv['eid'], mailbox=hv['x']['mailbox'], verw=hv['x']['verw'])
    hv['x']['weg_streets'].append(ad['street'])
    e['contact'] = hv['x']['verw'] if chance(0.6) else None
    if e['contact'] is not None:
        reg_pk(e['contact'], e['eid'])
    e['email'] = hv['x']['mailbox']
    reg_email(e['email'], e['eid'])
    r = R.random()
    if r < 0.5:
        e['phone'] = hv['phone']
        reg_key('phone', ph_key(e['phone']), e['eid'])
    elif r < 0.75:
        for _ in range(50):
            ph = dict(hv['phone'])
            ph['ext'] = str(R.randint(11, 49))
            if key_free('phone', ph_key(ph), e['eid']):
                break
        e['phone'] = ph
        reg_key('phone', ph_key(ph), e['eid'])
    e['brand'] = None
    return e


CHAIN_DPATS = ['{b} Filiale {c}', '{b} - NL {c}', '{b} {c}', '{b} Niederlassung {c}', '{b} Fil. {c}', '{b} Markt {c}']


def build_chain(brand, n, out, k=0):
    legal = pick(CHAIN_LEGAL)
    if ' ' in legal and legal != 'GmbH & Co. KG':
        b2, legal = brand + ' ' + legal.rsplit(' ', 1)[0], legal.rsplit(' ', 1)[1]
    else:
        b2 = brand
    dom = free_domain(slug(brand), 'de', 'chain:' + brand)
    central = pick(['rechnung@', 'rechnungseingang@', 'kreditoren@']) + dom if chance(0.5) else None
    dpat = CHAIN_DPATS[k % len(CHAIN_DPATS)]
    cities = []
    while len(cities) < n:
        c = wpick([(c, c['w']) for c in DE_CITIES])
        if c['name'] not in cities:
            cities.append(c['name'])
    grp = dict(brand=brand, base=b2, legal=legal, dom=dom, central=central, dpat=dpat, cities=cities, members=[])
    first = True
    for cn in cities:
        city = CITY_BY[cn]
        e = base_ent('org/filiale', True, city)
        set_org_name(e, b2, legal, check_core=first)
        first = False
        e['short'] = dpat.format(b=brand, c=cn)
        e['brand'] = brand
        e['x'].update(chain=grp)
        e['contact'] = unique_person(e['eid']) if chance(0.6) else None
        e['addr'] = gen_address(city, pick(['ind', 'org']), e['eid'])
        reg_key('addr', ad_key(e['addr']), e['eid'])
        e['phone'] = gen_phone(city, e['eid'], company=True)
        reg_key('phone', ph_key(e['phone']), e['eid'])
        if central:
            e['email'] = central
        else:
            e['email'] = org_email(e, dom, locals_=[pick(['filiale.', 'nl-', '', 'fil-']) + slug(cn).replace('-', '')])
        reg_email(e['email'], e['eid'])
        grp['members'].append(e['eid'])
        out.append(e)
    return grp


MEMBER_LOCAL = {'Holding': 'holding', 'Haustechnik': 'haustechnik', 'Elektro': 'elektro', 'Service': 'service',
                'Verwaltungs-GmbH': 'gf', 'Immobilien': 'immobilien', 'Bau': 'bau', 'Facility Management': 'fm',
                'Beteiligungs': 'beteiligungen', 'Energietechnik': 'energie', 'Dach und Fassade': 'dach',
                'Personal-Service': 'personal', 'Sanitär': 'sanitaer', 'Wärmetechnik': 'waermetechnik'}
GROUP_MEMBER_T = [('Holding', 'GmbH'), ('Haustechnik', 'GmbH'), ('Elektro', 'GmbH & Co. KG'), ('Service', 'GmbH'),
                  ('Verwaltungs-GmbH', ''), ('Immobilien', 'GmbH & Co. KG'), ('Bau', 'GmbH'),
                  ('Facility Management', 'GmbH'), ('Beteiligungs', 'GmbH'), ('Energietechnik', 'GmbH'),
                  ('Dach und Fassade', 'GmbH'), ('Personal-Service', 'GmbH'), ('Sanitär', 'GmbH'),
                  ('Wärmetechnik', 'GmbH & Co. KG')]


def build_group(n, out):
    city = pick_city(0.0, de_only=True)
    for _ in range(300):
        owner = raw_person(cc='DE')
        brand = owner['family'] if chance(0.7) and ' ' not in owner['family'] else pick(BRAND_WORDS) + ' ' + pick(['Gruppe', 'Technik', 'Bau'])
        if pkey(owner['given'], owner['family']) in PK_OWN:
            continue
        if any(org_core(brand + ' ' + m[0]) in CORE_OWN for m in GROUP_MEMBER_T):
            continue
        break
    reg_pk(owner, 'grp')
    dom = free_domain(slug(brand.replace(' Gruppe', '')) + '-gruppe', 'de', 'grp:' + brand)
    head = gen_address(city, 'ind')
    zentrale = gen_phone(city, company=True)
    zentrale['ext'] = '0'
    gmail = pick(['rechnungen@', 'rechnung@', 'buchhaltung@']) + dom
    members = [GROUP_MEMBER_T[0]] + R.sample(GROUP_MEMBER_T[1:], n - 1)
    grp = dict(brand=brand, dom=dom, head=head, zentrale=zentrale, gmail=gmail, used=[m[0] for m in members],
               city=city['name'], members=[])
    for mb, lg in members:
        e = base_ent('org/konzern', True, city)
        set_org_name(e, brand + ' ' + mb, lg)
        e['brand'] = brand.split()[0]
        e['x'].update(group=grp, member=mb)
        e['contact'] = (owner if mb == 'Holding' else unique_person(e['eid'])) if chance(0.5) else None
        e['owner'] = owner
        e['addr'] = head if chance(0.85) else gen_address(city, 'ind', e['eid'])
        reg_key('addr', ad_key(e['addr']), e['eid'])
        r = R.random()
        if r < 0.45:
            e['phone'] = zentrale
        else:
            for _ in range(50):
                ph = dict(zentrale)
                ph['ext'] = str(R.randint(10, 89))
                if key_free('phone', ph_key(ph), e['eid']):
                    break
            e['phone'] = ph
        reg_key('phone', ph_key(e['phone']), e['eid'])
        if chance(0.5):
            e['email'] = gmail
        else:
            e['email'] = org_email(e, dom, locals_=[MEMBER_LOCAL[mb]])
        reg_email(e['email'], e['eid'])
        grp['members'].append(e['eid'])
        out.append(e)
    return grp


def build_household(city, out):
    e1 = build_person('person/haushalt', city)
    p1 = e1['person']
    same = chance(0.7)
    for _ in range(200):
        if same:
            fam = p1['family']
            if p1['origin'] in ('pl', 'gr') and p1['gender'] == 'f':
                same = False
                continue
            p2 = raw_person(gender='f' if p1['gender'] == 'm' else 'm', origin=p1['origin'], cc=city['cc'],
                            family=fam)
            if p2['gender'] == 'f':
                p2['family'] = fem_family(fam, p1['origin'])
            if chance(0.15) and p2['gender'] == 'f' and '-' not in fam and ' ' not in fam:
                p2['family'] = fam + '-' + pick(SUR_DE)
        else:
            p2 = raw_person(cc=city['cc'])
        k2 = pkey(p2['given'], p2['family'])
        if k2 in PK_OWN or NICK.get(numl(p2['given']), numl(p2['given'])) == NICK.get(numl(p1['given']), numl(p1['given'])):
            continue
        break
    e2 = build_person('person/haushalt', city, person=p2, addr=e1['addr'])
    if chance(0.4):
        land = gen_phone(city, e1['eid'])
        e1['phone'] = land
        e2['phone'] = land
        reg_key('phone', ph_key(land), e1['eid'])
        reg_key('phone', ph_key(land), e2['eid'])
    if chance(0.3):
        fam = name_slug(p1['family'].split()[-1])
        for _ in range(30):
            em = pick(['familie.' + fam, 'fam.' + fam, 'familie' + fam]) + '@' + wpick(FREEMAIL[city['cc']])
            if not email_conflict(em, e1['eid']) and not email_conflict(em, e2['eid']):
                e1['email'] = em
                e2['email'] = em
                reg_email(em, e1['eid'])
                reg_email(em, e2['eid'])
                break
    e1['x']['hh'] = e2['eid']
    e2['x']['hh'] = e1['eid']
    out.append(e1)
    out.append(e2)


NAMESAKE_NAMES = [('Thomas', 'Müller', 'm'), ('Michael', 'Schmitz', 'm'), ('Petra', 'Schneider', 'f'),
                  ('Jürgen', 'Hoffmann', 'm'), ('Mehmet', 'Yılmaz', 'm'), ('Andrea', 'Fischer', 'f')]


def build_namesakes(size, out, fixed=None):
    cities = []
    while len(cities) < size:
        c = pick_city(0.0, de_only=True)
        if c['name'] not in cities:
            cities.append(c['name'])
    first = None
    for cn in cities:
        if first is None:
            if fixed and pkey(fixed[0], fixed[1]) not in PK_OWN:
                p0 = dict(given=fixed[0], family=fixed[1], gender=fixed[2], origin='tr' if fixed[1] == 'Yılmaz' else 'de',
                          title=None, marker=None)
                e = build_person('person/privat', CITY_BY[cn], person=p0)
            else:
                e = build_person('person/privat', CITY_BY[cn], title_p=0.0)
            first = e['person']
        else:
            p = dict(first)
            p['title'] = None
            e = build_person('person/privat', CITY_BY[cn], person=p)
        e['x']['namesake'] = True
        out.append(e)


MARKERS = {'sen': ['sen.', 'Sen.', 'senior', 'sen'], 'jun': ['jun.', 'Jun.', 'junior', 'jr.']}


def build_marker(out, pair=False):
    city = pick_city(0.0, de_only=True)
    kind = 'person/privat'
    e = build_person(kind, city, gender='m', origin='de', title_p=0.0)
    which = 'sen' if (pair or chance(0.6)) else 'jun'
    e['person']['marker'] = pick(MARKERS[which])
    e['x']['marker'] = which
    out.append(e)
    if pair:
        p = dict(e['person'])
        p['marker'] = pick(MARKERS['jun'])
        p['title'] = None
        e2 = build_person(kind, city, person=p, addr=e['addr'] if chance(0.5) else None)
        e2['x']['marker'] = 'jun'
        out.append(e2)


# =========================================================================
# rendering of records
# =========================================================================
LEGAL_VARIANTS = {'GmbH & Co. KG': ['GmbH & Co KG', 'GmbH & Co.KG'], 'GmbH & Co KG': ['GmbH & Co. KG'],
                  'e.K.': ['e. K.', 'e.Kfm.', 'eingetragener Kaufmann'], 'e.Kfm.': ['e.K.'], 'e. K.': ['e.K.'],
                  'UG (haftungsbeschränkt)': ['UG (haftungsbeschr.)', 'UG'],
                  'UG (haftungsbeschr.)': ['UG (haftungsbeschränkt)', 'UG'], 'UG': ['UG (haftungsbeschränkt)'],
                  'GmbH': ['Gesellschaft mit beschränkter Haftung', 'G.m.b.H.'], 'e.V.': ['e. V.', 'eingetragener Verein'],
                  'e. V.': ['e.V.'], 'eG': ['e.G.'], 'e.G.': ['eG'], 'Ges.m.b.H.': ['GesmbH', 'GmbH'],
                  'GesmbH': ['Ges.m.b.H.', 'GmbH'], 'B.V.': ['BV'], 'BV': ['B.V.'], 'PartG mbB': ['PartGmbB'],
                  'KG': ['Kommanditgesellschaft'], 'mbH': ['GmbH']}
CONTRACT = [('Sanitär', 'San.'), ('Heizung', 'Hzg.'), ('Gebrüder', 'Gebr.'), ('Hausverwaltung', 'HV'),
            ('Immobilien', 'Immob.'), ('Katholische', 'Kath.'), ('Evangelische', 'Ev.'), ('Verwaltung', 'Verw.'),
            ('und', 'u.'), ('Niederlassung', 'NL'), ('Filiale', 'Fil.'), ('Sankt', 'St.'), ('Firma', 'Fa.'),
            ('Meisterbetrieb', 'Meisterbetr.'), ('Technik', 'Techn.'), ('Handelsgesellschaft', 'Handelsges.')]
EXPAND = [(b, a) for a, b in CONTRACT] + [('&', 'und')]


def word_sub(s, old, new):
    pat = r'(?<![\w.-])' + re.escape(old) + r'(?![\w])'
    if old == '&':
        pat = r'&(?! ?Co)'
    if not re.search(pat, s):
        return None
    return re.sub(pat, new, s, count=1)


def abbrev_variants(s):
    out = []
    for a, b in CONTRACT + EXPAND:
        r = word_sub(s, a, b)
        if r and r != s:
            out.append(r)
    m = re.search(r'(\w)(straße|strasse)\b', s)
    if m:
        out.append(s[:m.start(2)] + 'str.' + s[m.end(2):])
    m = re.search(r'(\w)str\.', s)
    if m:
        out.append(s[:m.start() + 1] + 'straße' + s[m.end():])
    return out


def person_disp(p, style):
    t = (p['title'] + ' ') if p.get('title') else ''
    m = (' ' + p['marker']) if p.get('marker') else ''
    g, f = p['given'], p['family']
    if style == 'gf':
        return t + g + ' ' + f + m
    if style == 'fg':
        return f + ', ' + t + g + m
    if style == 'salut':
        return pick(['Herr ', 'Herr ', 'Hr. '] if p['gender'] == 'm' else ['Frau ', 'Frau ', 'Fr. ']) + t + g + ' ' + f + m
    if style == 'notitle':
        return g + ' ' + f + m
    return g + ' ' + f + m


def org_display(e, company, incoming=False):
    if e['kind'] == 'org/filiale' and e['short'] and chance(0.85):
        return e['short']
    r = R.random()
    if r < 0.55:
        return company
    if r < 0.80:
        s = e['base']
        if e['inh'] and chance(0.5):
            s += ' ' + e['inh']
        return s
    if r < 0.90:
        v = abbrev_variants(company)
        return pick(v) if v else company
    return company


def render(e, mode='existing', presence=(True, True, True)):
    """Render an entity into a QBO-contact dict. mode: existing | incoming."""
    inc = mode == 'incoming'
    caps = (not inc and chance(0.075)) or (inc and chance(0.02))
    lower = inc and not caps and chance(0.07)
    c = {'displayName': None, 'givenName': None, 'familyName': None, 'companyName': None,
         'email': None, 'phone': None, 'address': None}
    if e['org']:
        comp = e['company']
        if e['legal'] and chance(0.08) and e['legal'] in LEGAL_VARIANTS:
            comp = company_name(e['base'], pick(LEGAL_VARIANTS[e['legal']]), e['inh'])
        c['companyName'] = comp
        c['displayName'] = org_display(e, comp, inc)
        if e['contact'] is not None:
            c['givenName'] = e['contact']['given']
            c['familyName'] = e['contact']['family']
    else:
        p = e['person']
        if e['short']:
            c['displayName'] = e['short']
        else:
            style = wpick([('gf', 55 if inc else 42), ('fg', 20 if inc else 45), ('salut', 4 if inc else 3),
                           ('notitle', 10 if inc else 3)])
            if caps:
                style = 'fg'
            c['displayName'] = person_disp(p, style)
        c['givenName'] = p['given']
        c['familyName'] = p['family']
    has_e, has_p, has_a = presence
    if has_e and e['email']:
        c['email'] = e['email']
        if not inc and chance(0.04):
            loc, dom = c['email'].split('@')
            c['email'] = loc[:1].upper() + loc[1:] + '@' + dom
    if has_p and e['phone']:
        c['phone'] = render_phone(e['phone'], phone_style(inc))
    if has_a and e['addr']:
        c['address'] = render_addr(e['addr'], addr_style(inc, caps))
    for f in ('displayName', 'givenName', 'familyName', 'companyName'):
        if c[f]:
            if caps:
                c[f] = caps_datev(c[f])
            elif lower:
                c[f] = c[f].lower()
    if lower and c['address']:
        for f in ('line1', 'city'):
            c['address'][f] = c['address'][f].lower()
    if lower and c['email']:
        c['email'] = c['email'].lower()
    return c


def existing_presence(e):
    for _ in range(20):
        he = e['email'] is not None and not chance(0.12)
        hp = e['phone'] is not None and not chance(0.10)
        ha = e['addr'] is not None and (e['x'].get('namesake') or not chance(0.05 if e['kind'] == 'org/weg' else 0.16))
        if he or hp or ha:
            return (he, hp, ha)
    return (True, True, True)


# =========================================================================
# existing population
# =========================================================================
def build_existing():
    ents = []
    groups = {'chains': [], 'groups': [], 'hvs': []}
    # --- namesake clusters first (so that the classic names are still free)
    pre = []
    for k, sz in enumerate([3, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2]):
        build_namesakes(sz, pre, NAMESAKE_NAMES[k] if k < len(NAMESAKE_NAMES) else None)
    # --- organisations (750)
    forced = [('Wien', 'Ges.m.b.H.'), ('Graz', 'GesmbH'), ('Zürich', 'Sàrl'), ('Basel', 'AG'), ('Vaals', 'B.V.'),
              ('Eupen', 'PGmbH'), ('Wien', 'GesmbH'), ('Basel', 'Sàrl'), ('Kerkrade', 'BV'), ('Graz', 'Ges.m.b.H.')]
    for i in range(230):
        sp = 'owner_given' if i < 26 else ('brand_single' if i < 60 else None)
        if 60 <= i < 60 + len(forced):
            cn, lg = forced[i - 60]
            ents.append(build_handwerk(CITY_BY[cn], None, forced_legal=lg))
            continue
        ents.append(build_handwerk(pick_city(0.0, de_only=True) if sp else None, sp))
    for _ in range(60):
        ents.append(build_bau())
    for i in range(30):
        city = pick_city(0.0, de_only=True)
        groups['hvs'].append(build_hv_group(city, 3 if i < 20 else 0, ents))
    muni = []
    cities = sorted(DE_CITIES, key=lambda c: -c['w'])[:16]
    for c in cities:
        build_kommunal_city(c, 4 if c['w'] >= 4 else 3, muni)
        if len(muni) >= 50:
            break
    ents.extend(muni[:50])
    for _ in range(25):
        ents.append(build_kirche())
    for _ in range(25):
        ents.append(build_schule())
    for _ in range(35):
        ents.append(build_verein())
    for _ in range(15):
        ents.append(build_genossenschaft())
    for k, b in enumerate(CHAINS[:12]):
        groups['chains'].append(build_chain(b, 5, ents, k))
    for i in range(16):
        groups['groups'].append(build_group(5 if i == 0 else 3, ents))
    for _ in range(60):
        ents.append(build_planer())
    for _ in range(50):
        ents.append(build_gewerbe())
    # --- persons (750)
    ents.extend(pre)
    for i in range(27):
        build_marker(ents, pair=(i < 3))
    n_priv = sum(1 for e in ents if e['kind'] == 'person/privat')
    for _ in range(470 - n_priv):
        ents.append(build_person('person/privat'))
    for _ in range(60):
        build_household(pick_city(0.04), ents)
    n_hh = sum(1 for e in ents if e['kind'] == 'person/haushalt')
    assert n_hh == 120, n_hh
    for _ in range(120):
        ents.append(build_solo())
    for _ in range(40):
        ents.append(build_freiberufler())
    # --- Steuerbuero shared mailboxes
    cands = [e for e in ents if e['kind'] in ('org/handwerk', 'person/einzelunternehmer') and e['cc'] == 'DE'
             and e['x'].get('pat') != 'tgf' and not e['x'].get('stb')]
    R.shuffle(cands)
    ci = 0
    for _ in range(8):
        f = name_slug(pick(SUR_DE))
        dom = free_domain(pick(['stb-' + f, 'kanzlei-' + f, f + '-steuerberatung', 'steuerbuero-' + f]), 'de', 'stb:' + f)
        box = pick(['belege', 'fibu', 'buchhaltung']) + '@' + dom
        for _ in range(3):
            e = cands[ci]
            ci += 1
            e['email'] = box
            e['x']['stb'] = box
            reg_email(box, e['eid'])
    # --- same building (Gewerbehof / Aerztehaus) pairs
    pool = [e for e in ents if e['kind'] in ('org/handwerk', 'org/planer', 'org/gewerbe', 'org/bau')
            and e['cc'] == 'DE' and e['addr'] and not e['x'].get('stb')]
    R.shuffle(pool)
    for i in range(10):
        a, b = pool[2 * i], pool[2 * i + 1]
        oldk = ad_key(b['addr'])
        OWN['addr'][oldk] = [x for x in OWN['addr'][oldk] if x != b['eid']]
        nad = dict(a['addr'])
        nad['line2'] = pick([x for x in ORG_LINE2 if x != a['addr']['line2']])
        b['addr'] = nad
        b['city'] = a['city']
        reg_key('addr', ad_key(nad), b['eid'])
        b['x']['building'] = a['eid']
        a['x']['building'] = b['eid']
    # --- Postfach addresses
    pool = [e for e in ents if e['kind'] in ('org/kommunal', 'org/genossenschaft', 'org/bau') and e['cc'] == 'DE'
            and e['addr'] and not e['x'].get('building') and e['addr'] is not e['x'].get('rathaus')]
    R.shuffle(pool)
    for e in pool[:12]:
        pb = gen_pobox(CITY_BY[e['city']], e['eid'])
        e['addr'] = pb
        reg_key('addr', ad_key(pb), e['eid'])
        e['x']['pobox'] = True
    assert sum(1 for e in ents if e['org']) == 750, sum(1 for e in ents if e['org'])
    assert len(ents) == 1500, len(ents)
    return ents, groups


def render_existing(ents):
    recs = []
    for e in ents:
        e['presence'] = existing_presence(e)
        recs.append(render(e, 'existing', e['presence']))
    seen = {}
    for e, c in zip(ents, recs):
        dn = c['displayName']
        if dn.casefold() in seen:
            cand = dn + ' (' + e['city'] + ')'
            if c['displayName'].isupper():
                cand = dn + ' (' + caps_datev(e['city']) + ')'
            n = 2
            while cand.casefold() in seen:
                cand = dn + ' - ' + str(n)
                n += 1
            c['displayName'] = cand
            e['qualified'] = True
        seen[c['displayName'].casefold()] = e['eid']
    return recs


# =========================================================================
# hard negatives
# =========================================================================
def rec_city_base(c):
    if not c.get('address') or not c['address'].get('city'):
        return None
    return numl(re.split(r'\s*\(|-', c['address']['city'])[0])


def email_domain(e):
    return e.split('@', 1)[1].lower() if e and '@' in e else None


def identity(c):
    if c['companyName']:
        return 'o:' + org_core(c['companyName'])
    k = pkey(c['givenName'], c['familyName'])
    return ('p:' + k) if k else None


def shared_items(a, b):
    out = []
    if identity(a) and identity(a) == identity(b):
        out.append('name')
    if a['familyName'] and b['familyName'] and numl(a['familyName']) == numl(b['familyName']):
        out.append('family_name')
    if email_key(a['email']) and email_key(a['email']) == email_key(b['email']):
        out.append('email')
    if email_domain(a['email']) and email_domain(a['email']) == email_domain(b['email']):
        out.append('domain')
    ka, kb = addr_key(a['address']), addr_key(b['address'])
    if ka and ka == kb:
        out.append('address')
    if rec_city_base(a) and rec_city_base(a) == rec_city_base(b):
        out.append('city')
    if a['companyName'] and b['companyName'] and pkey(a['givenName'], a['familyName']) and \
            pkey(a['givenName'], a['familyName']) == pkey(b['givenName'], b['familyName']):
        out.append('contact')
    if brand_tokens(a) and [t for t in brand_tokens(a) if t in brand_tokens(b)]:
        out.append('brand')
    return out


GENERIC = ['gmbh', 'und', 'stadt', 'der', 'die', 'das', 'fur', 'von', 'weg', 'inh', 'inhaber', 'filiale',
           'niederlassung', 'elektro', 'sanitar', 'heizung', 'haustechnik', 'gebaudetechnik', 'service',
           'bau', 'holding', 'immobilien', 'meisterbetrieb', 'hausverwaltung', 'gebr', 'gebruder', 'sohn', 'sohne']


def brand_tokens(c):
    src = ' '.join(x for x in (c['companyName'], c['displayName']) if x)
    t = strip_legal(toks(src))
    return sorted({x: 1 for x in t if len(x) >= 4 and x not in GENERIC and not x.isdigit()
                   and x not in TITLE_TOK}.keys()) if c['companyName'] else []


def hn_presence(need_addr=True, need_email=False):
    he = need_email or chance(0.8)
    hp = chance(0.7)
    ha = need_addr or chance(0.75)
    return (he, hp, ha)


def fresh_channels(e, city, kind='org', mobile_p=0.2):
    e['addr'] = gen_address(city, kind, e['eid'])
    reg_key('addr', ad_key(e['addr']), e['eid'])
    e['phone'] = gen_phone(city, e['eid'], mobile=chance(mobile_p), company=(kind != 'res'))
    reg_key('phone', ph_key(e['phone']), e['eid'])


def hn_filiale(a, arec):
    grp = a['x']['chain']
    cands = [c for c in DE_CITIES if c['name'] not in grp['cities']]
    city = pick(cands)
    grp['cities'].append(city['name'])
    e = base_ent('org/filiale', True, city)
    set_org_name(e, grp['base'], grp['legal'], check_core=False)
    e['short'] = grp['dpat'].format(b=grp['brand'], c=city['name'])
    e['brand'] = grp['brand']
    e['contact'] = unique_person(e['eid']) if chance(0.5) else None
    fresh_channels(e, city, 'org')
    if grp['central']:
        e['email'] = grp['central']
    else:
        e['email'] = org_email(e, grp['dom'], locals_=[pick(['filiale.', 'nl-', '', 'fil-']) + slug(city['name']).replace('-', '')])
    reg_email(e['email'], e['eid'])
    rec = render(e, 'incoming', hn_presence(True, True))
    rec['displayName'] = e['short'] if not rec['displayName'].islower() else e['short'].lower()
    return e, rec


def hn_konzern(a, arec):
    grp = a['x']['group']
    city = CITY_BY[grp['city']]
    mb, lg = pick([m for m in GROUP_MEMBER_T if m[0] not in grp['used']])
    grp['used'].append(mb)
    e = base_ent('org/konzern', True, city)
    set_org_name(e, grp['brand'] + ' ' + mb, lg)
    e['brand'] = grp['brand'].split()[0]
    e['contact'] = unique_person(e['eid']) if chance(0.5) else None
    e['addr'] = grp['head']
    reg_key('addr', ad_key(e['addr']), e['eid'])
    for _ in range(80):
        ph = dict(grp['zentrale'])
        ph['ext'] = str(R.randint(10, 89))
        if key_free('phone', ph_key(ph), e['eid']):
            break
    e['phone'] = ph
    reg_key('phone', ph_key(ph), e['eid'])
    e['email'] = grp['gmail'] if email_key(arec['email']) == grp['gmail'] and chance(0.7) else \
        org_email(e, grp['dom'], locals_=[MEMBER_LOCAL[mb]])
    reg_email(e['email'], e['eid'])
    return e, render(e, 'incoming', hn_presence(True))


def hn_namesake(a, arec):
    p = dict(a['person'])
    p['title'] = None
    cands = [c for c in DE_CITIES if numl(c['name']) != rec_city_base(arec) and c['name'] != a['city']]
    city = pick(cands)
    e = build_person('person/privat', city, person=p)
    return e, render(e, 'incoming', hn_presence(True))


def hn_vater_sohn(a, arec):
    p = dict(a['person'])
    other = 'jun' if a['x']['marker'] == 'sen' else 'sen'
    p['marker'] = pick(MARKERS[other])
    p['title'] = None
    city = CITY_BY[a['city']]
    same = chance(0.55) and arec['address'] is not None
    e = build_person('person/privat', city, person=p, addr=a['addr'] if same else None)
    e['phone'] = gen_phone(city, e['eid'], mobile=True)
    reg_key('phone', ph_key(e['phone']), e['eid'])
    rec = render(e, 'incoming', hn_presence(same))
    if p['marker'].lower().rstrip('.') not in numl(rec['displayName']):
        rec['displayName'] = person_disp(p, 'gf')
    return e, rec


def hn_sibling(a, arec):
    own = a['owner']
    city = CITY_BY[a['city']]
    for _ in range(200):
        sib = raw_person(origin=own['origin'], cc=city['cc'], family=own['family'], title_p=0.0)
        if own['origin'] in ('pl', 'gr'):
            sib = raw_person(gender=own['gender'], origin=own['origin'], cc=city['cc'], family=own['family'], title_p=0.0)
        if NICK.get(numl(sib['given'].split('-')[0]), numl(sib['given'].split('-')[0])) == \
                NICK.get(numl(own['given'].split('-')[0]), numl(own['given'].split('-')[0])):
            continue
        if pkey(sib['given'], sib['family']) in PK_OWN:
            continue
        if numl(sib['given']) in numl(own['given']) or numl(own['given']) in numl(sib['given']):
            continue
        tw = a['base'].split(' ' + own['given'] + ' ')[0]
        base = tw + ' ' + sib['given'] + ' ' + sib['family']
        e = base_ent('org/handwerk', True, city)
        if not set_org_name(e, base, pick(['', 'e.K.', 'GmbH', 'e.K.'])):
            continue
        reg_pk(sib, e['eid'])
        e['owner'] = sib
        e['contact'] = sib
        e['trade'] = a['trade']
        e['brand'] = sib['family']
        dom = free_domain(short_slug(base), 'de', e['eid'], city['name'], base)
        std_channels(e, city, 'org', 0.2, dom, sib, freemail_p=0.3)
        return e, render(e, 'incoming', hn_presence(True))
    raise RuntimeError('sibling')


def hn_same_building(a, arec):
    city = CITY_BY[a['city']]
    for _ in range(200):
        e = build_gewerbe(city) if chance(0.6) else build_planer(city)
        break
    old = ad_key(e['addr'])
    OWN['addr'][old] = [x for x in OWN['addr'][old] if x != e['eid']]
    nad = dict(a['addr'])
    nad['line2'] = pick([x for x in ORG_LINE2 + [None] if x != a['addr']['line2']])
    e['addr'] = nad
    reg_key('addr', ad_key(nad), e['eid'])
    return e, render(e, 'incoming', hn_presence(True))


def hn_weg(a, arec):
    hv = [h for h in HVS if h['eid'] == a['x']['hv']][0]
    city = CITY_BY[a['city']]
    short = 'HV ' + hv['owner']['family']
    e = build_weg(hv, city, short)
    if e['phone'] is not None and a['phone'] is not None and ph_key(e['phone']) == ph_key(a['phone']):
        e['phone'] = None
    if e['phone'] is not None and arec['phone'] and ph_key(e['phone']) == phone_key(arec['phone']):
        e['phone'] = None
    return e, render(e, 'incoming', hn_presence(True, True))


def hn_other_trade(a, arec):
    F = a['brand']
    for _ in range(300):
        city = CITY_BY[a['city']] if chance(0.6) else pick_city(0.0, de_only=True)
        tr = pick([t for t in SINGLE_TRADES if t != a['trade']])
        tw = pick(TRADES[tr])
        base = pick([F + ' ' + tw, tw + ' ' + F])
        e = base_ent('org/handwerk', True, city)
        if not set_org_name(e, base, legal_for('DE')):
            continue
        own = unique_person(e['eid'], cc='DE')
        e['owner'] = own
        e['contact'] = own if chance(0.5) else None
        e['trade'] = tr
        e['brand'] = F
        dom = free_domain(short_slug(base), 'de', e['eid'], city['name'], base)
        std_channels(e, city, 'org', 0.15, dom, own, freemail_p=0.2)
        return e, render(e, 'incoming', hn_presence(chance(0.7)))
    raise RuntimeError('other trade')


def hn_household(a, arec):
    p1 = a['person']
    city = CITY_BY[a['city']]
    for _ in range(300):
        g = p1['gender'] if p1['origin'] in ('pl', 'gr') else pick(['m', 'f'])
        p2 = raw_person(gender=g, origin=p1['origin'], cc=city['cc'], family=p1['family'], title_p=0.0)
        if numl(p2['given']) == numl(p1['given']):
            continue
        n1 = [NICK.get(x, x) for x in toks(p1['given'])]
        n2 = [NICK.get(x, x) for x in toks(p2['given'])]
        if [x for x in n1 if x in n2]:
            continue
        if pkey(p2['given'], p2['family']) in PK_OWN:
            continue
        break
    e = build_person('person/haushalt', city, person=p2, addr=a['addr'])
    e['phone'] = gen_phone(city, e['eid'], mobile=True)
    reg_key('phone', ph_key(e['phone']), e['eid'])
    fam = arec['email'] and re.match(r'^(familie|fam)', arec['email'].lower())
    if fam and chance(0.7):
        e['email'] = arec['email'].lower()
        reg_email(e['email'], e['eid'])
    return e, render(e, 'incoming', hn_presence(True))


def hn_municipal(a, arec):
    cname = a['x']['muni_city']
    city = CITY_BY[cname]
    used = [x['x']['tpl'] for x in EXIST if x['kind'] == 'org/kommunal' and x['x'].get('muni_city') == cname]
    used += MUNI_USED.get(cname, [])
    tpl = pick([t for t in MUNI_DEPTS if t not in used])
    MUNI_USED.setdefault(cname, []).append(tpl)
    e = base_ent('org/kommunal', True, city)
    nm = tpl.format(c=cname)
    legal = ''
    for lg in (' GmbH', ' AöR'):
        if nm.endswith(lg):
            nm, legal = nm[:-len(lg)], lg.strip()
    assert set_org_name(e, nm, legal)
    e['brand'] = cname
    e['x'].update(muni_city=cname, tpl=tpl)
    e['contact'] = unique_person(e['eid']) if chance(0.5) else None
    if a['addr'] is a['x'].get('rathaus') and chance(0.6):
        e['addr'] = a['addr']
        reg_key('addr', ad_key(e['addr']), e['eid'])
    else:
        e['addr'] = gen_address(city, 'org', e['eid'])
        reg_key('addr', ad_key(e['addr']), e['eid'])
    e['phone'] = gen_phone(city, e['eid'], company=True)
    reg_key('phone', ph_key(e['phone']), e['eid'])
    dom = a['x']['dom']
    loc = slug(re.sub(r'(der )?Stadt \S+|Städtisches|' + re.escape(cname), '', nm)).replace('-', '.').strip('.')
    e['email'] = org_email(e, dom, locals_=[loc.replace('amt.fur.', '')[:22].strip('.') or 'zentrale'])
    reg_email(e['email'], e['eid'])
    return e, render(e, 'incoming', hn_presence(True))


HVS = []
EXIST = []
MUNI_USED = {}


def hn_eligible(t, e, c):
    k = e['kind']
    if t == 'filiale':
        return k == 'org/filiale' and c['address'] is not None and numl(e['city']) in numl(c['displayName'])
    if t == 'konzern':
        return k == 'org/konzern' and c['address'] is not None and e['addr'] is e['x']['group']['head']
    if t == 'namesake':
        return k == 'person/privat' and not e['short'] and not e['x'].get('marker') and c['address'] is not None
    if t == 'vater_sohn':
        return e['x'].get('marker') and not any(x['x'].get('marker') and x['eid'] != e['eid'] and
                                                x['person']['family'] == e['person']['family'] and
                                                x['person']['given'] == e['person']['given'] for x in EXIST)
    if t == 'sibling_firm':
        return k == 'org/handwerk' and e['x'].get('pat') == 'tgf' and c['givenName'] is not None
    if t == 'same_building':
        return k in ('org/handwerk', 'org/planer', 'org/gewerbe', 'org/bau') and c['address'] is not None \
            and e['cc'] == 'DE' and not e['x'].get('building') and not e['addr'].get('pobox')
    if t == 'weg':
        return k == 'org/weg' and email_key(c['email']) == e['x']['mailbox']
    if t == 'other_trade':
        return k == 'org/handwerk' and e['trade'] in SINGLE_TRADES and e['x'].get('pat') in ('tf', 'ft') \
            and e['cc'] == 'DE' and e['brand'] and ' ' not in e['brand'] and '-' not in e['brand']
    if t == 'household':
        return k in ('person/privat', 'person/haushalt') and not e['short'] and not e['x'].get('marker') \
            and not e['x'].get('namesake') and c['address'] is not None and e['cc'] == 'DE'
    if t == 'municipal':
        return k == 'org/kommunal'
    return False


HN_FUN = {'filiale': hn_filiale, 'konzern': hn_konzern, 'namesake': hn_namesake, 'vater_sohn': hn_vater_sohn,
          'sibling_firm': hn_sibling, 'same_building': hn_same_building, 'weg': hn_weg,
          'other_trade': hn_other_trade, 'household': hn_household, 'municipal': hn_municipal}
HN_RULE = {
    'filiale': 'another Filiale of the same chain: same legal company name, but a different branch designation, town and delivery address - the wholesaler keeps one customer per branch',
    'konzern': 'a different company of the same group (Holding vs Betriebsgesellschaft): same head office / group mailbox, but a different legal entity name',
    'namesake': 'same given and family name, but a different person in another town with no common address, phone or e-mail',
    'vater_sohn': 'father and son with the same name, distinguished by the sen./jun. marker, with their own phone and e-mail',
    'sibling_firm': 'a sibling\'s own firm in the same trade and family: the owner\'s given name in the company name differs',
    'same_building': 'a different business at the same street address (Gewerbehof / Aerztehaus): different name, phone and e-mail',
    'weg': 'another Wohnungseigentuemergemeinschaft managed by the same Hausverwaltung: same manager mailbox, different property',
    'other_trade': 'an unrelated firm with the same family name in another trade (different trade word, phone, e-mail, address)',
    'household': 'another member of the household: same address and family name, different given name and own phone',
    'municipal': 'a different department / municipal company of the same town, not the town itself: different department name'}


# =========================================================================
# variation operators (each returns {field: label} or None and edits c in place)
# =========================================================================
NEIGH = {'a': 'sq', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo',
         'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et',
         's': 'ad', 't': 'rz', 'u': 'zi', 'v': 'cb', 'w': 'qe', 'x': 'yc', 'y': 'x', 'z': 'tu',
         'ä': 'ö', 'ö': 'lä', 'ü': 'p', 'ß': 's', '0': '9', '1': '2', '2': '13', '3': '24', '4': '35',
         '5': '46', '6': '57', '7': '68', '8': '79', '9': '80'}


def get_f(c, f):
    if f.startswith('address.'):
        return c['address'][f[8:]] if c['address'] else None
    return c[f]


def set_f(c, f, v):
    if f.startswith('address.'):
        c['address'][f[8:]] = v
    else:
        c[f] = v


def typo_in_word(w, i):
    kind = pick(['sub', 'sub', 'del', 'ins', 'swap'])
    ch = w[i]
    if kind == 'sub':
        nb = NEIGH.get(ch.lower())
        if not nb:
            return None
        r = pick(nb)
        r = r.upper() if ch.isupper() else r
        return w[:i] + r + w[i + 1:]
    if kind == 'del':
        return w[:i] + w[i + 1:]
    if kind == 'ins':
        return w[:i] + ch + w[i:]
    if i + 1 < len(w) and w[i] != w[i + 1]:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return None


def make_typo(v, kind='name'):
    if kind == 'email':
        loc, dom = v.split('@')
        if chance(0.3):
            parts = dom.split('.')
            w = parts[0]
            if len(w) >= 3:
                i = R.randint(1, len(w) - 1)
                t = typo_in_word(w, i)
                if t:
                    return loc + '@' + '.'.join([t] + parts[1:])
        if len(loc) < 3:
            return None
        i = R.randint(1, len(loc) - 1)
        if not loc[i].isalnum():
            return None
        t = typo_in_word(loc, i)
        return (t + '@' + dom) if t else None
    words = [m for m in re.finditer(r'[A-Za-zÄÖÜäöüßéèáàçşğıł]{4,}', v)]
    if not words:
        return None
    m = pick(words)
    w = m.group(0)
    i = R.randint(1, len(w) - 1)
    t = typo_in_word(w, i)
    if not t:
        return None
    return v[:m.start()] + t + v[m.end():]


def op_case(c, e, ctx, f):
    v = get_f(c, f)
    if not v:
        return None
    opts = [v.lower(), v.title()]
    if 'ß' not in v:
        opts.append(v.upper())
    if f == 'email':
        loc, dom = v.split('@')
        opts = [v.lower(), loc[:1].upper() + loc[1:] + '@' + dom, loc + '@' + dom.upper()]
    opts = [o for o in opts if o != v]
    if not opts:
        return None
    set_f(c, f, pick(opts))
    return {f: 'case'}


FORMAT_SUBS = [(' & Co. KG', ' & Co KG'), (' & Co KG', ' & Co. KG'), ('e.K.', 'e. K.'), ('e. K.', 'e.K.'),
               ('e.V.', 'e. V.'), ('e. V.', 'e.V.'), (', ', ' '), ('-', ' '), (' - ', ' '), ('St. ', 'St.'),
               ('str. ', 'str.'), ('Str. ', 'Str.'), (' (', '-'), ('. OG', '.OG'), ('Dipl.-Ing.', 'Dipl. Ing.'),
               ('Dr.-Ing.', 'Dr. Ing.'), ('Gebr. ', 'Gebr.'), ('e.G.', 'e. G.'), ('c/o ', 'c/o. ')]


def op_format(c, e, ctx, f):
    v = get_f(c, f)
    if not v:
        return None
    if f == 'phone':
        ph = ctx.get('phone_truth')
        if not ph or phone_key(v) != ph_key(ph):
            return None
        opts = [render_phone(ph, s) for s in ['nat_space', 'nat_slash', 'paren', 'intl', 'intl0', '0049', 'nat_dash', 'compact', 'grouped', 'groupdash']]
        opts = [o for o in opts if o != v and phone_key(o) == phone_key(v)]
        if not opts:
            return None
        set_f(c, f, pick(opts))
        return {f: 'format'}
    if f == 'address.postalCode':
        cc = e['cc']
        if cc == 'NL':
            return None
        if re.match(r'^[A-Z]+-', v):
            set_f(c, f, re.sub(r'^[A-Z]+-', '', v))
        else:
            set_f(c, f, PC_PREFIX[cc] + v)
        return {f: 'format'}
    if f == 'address.country':
        cur = COUNTRY_CANON.get(numl(v))
        opts = [x for x, _ in COUNTRY_FORMS[e['cc']] if x != v and COUNTRY_CANON.get(numl(x)) == cur and x.lower() != v.lower()]
        if not opts:
            return None
        set_f(c, f, pick(opts))
        return {f: 'format'}
    if f == 'address.line1':
        m = re.search(r'(\d+)\s?([a-dA-D])$', v)
        opts = []
        if m:
            opts.append(v[:m.start()] + m.group(1) + ('' if ' ' in m.group(0) else ' ') + m.group(2))
        m = re.match(r'^(.*\S)\s+(\d.*)$', v)
        if m and chance(0.5):
            opts.append(m.group(1) + m.group(2))
    else:
        opts = []
    if f == 'address.city' and '(' in v:
        opts.append(re.sub(r'\s*\((.*)\)', r'-\1', v))
    elif f == 'address.city' and '-' in v:
        a, b = v.split('-', 1)
        opts.append(a + ' (' + b + ')')
    for a, b in FORMAT_SUBS:
        if a in v:
            opts.append(v.replace(a, b, 1))
    opts = [o for o in opts if o != v and nfmt(o) == nfmt(v) and o.strip() == o and '  ' not in o]
    if not opts:
        return None
    set_f(c, f, pick(opts))
    return {f: 'format'}


def op_umlaut(c, e, ctx, f):
    v = get_f(c, f)
    if not v:
        return None
    opts = [translit(v), strip_diacritics(v)]
    tv = ctx['truth'].get(f)
    if tv:
        opts.append(tv)
    opts = [o for o in opts if o != v and numl(o) == numl(v) and o.lower() != v.lower() and nfmt(o) != nfmt(v)]
    if not opts:
        return None
    set_f(c, f, pick(opts))
    return {f: 'umlaut'}


def op_typo(c, e, ctx, f):
    v = get_f(c, f)
    if not v:
        return None
    if f == 'phone':
        idx = [m.start() for m in re.finditer(r'\d', v)]
        if len(idx) < 8:
            return None
        j = pick(idx[-5:-1])
        d = v[j]
        nv = v[:j] + pick(NEIGH[d]) + v[j + 1:]
        if not key_free('phone', phone_key(nv)):
            return None
        set_f(c, f, nv)
        return {f: 'typo'}
    t = make_typo(v, 'email' if f == 'email' else 'name')
    if not t or t == v:
        return None
    if f == 'email':
        if email_conflict(t, e['eid']) or not re.match(r'^[^@\s]+@[^@\s]+\.[a-z]{2,}$', t.lower()):
            return None
        ctx['new_emails'].append(t)
    set_f(c, f, t)
    return {f: 'typo'}


def op_partial(c, e, ctx, f):
    v = get_f(c, f)
    if not v:
        return None
    nv = None
    if f == 'phone':
        if not e['phone'] or e['phone']['mobile']:
            return None
        m = re.search(r'-(\d{1,3})$', v)
        if m and e['org'] and chance(0.6):
            nv = v[:m.start()]
        else:
            ph = ctx.get('phone_truth')
            if ph and phone_key(v) == ph_key(ph) and ph['cc'] == '49':
                nv = group_digits(ph['sub']) if chance(0.5) else ph['sub'] + (('-' + ph['ext']) if ph['ext'] else '')
        if nv and not key_free('phone', phone_key(nv)):
            return None
    elif f == 'givenName':
        if '-' in v and chance(0.6):
            nv = v.split('-')[0]
        else:
            nv = v[0] + '.'
    elif f == 'familyName':
        if '-' in v:
            nv = v.split('-')[0] if chance(0.6) else v.split('-')[1]
        elif v.lower().startswith(('von ', 'van ', 'zu ', 'de ')):
            nv = v.split()[-1]
    elif f == 'address.line1':
        m = re.search(r'(\d+\s?[a-zA-Z]?)\s?-\s?\d+\s?[a-zA-Z]?$', v)
        if m:
            nv = v[:m.start()] + m.group(1)
    elif f == 'address.city':
        if v.startswith('Frankfurt am Main'):
            nv = 'Frankfurt'
        elif '-' in v or '(' in v:
            nv = None
    elif f in ('displayName', 'companyName'):
        if len(v) > 30 and chance(0.4):
            nv = v[:pick([24, 25, 26, 28, 30])].rstrip()
        else:
            words = v.split(' ')
            cand = []
            for i in range(1, len(words)):
                tt = toks(words[i])
                if not tt or any(x in TITLE_TOK for x in tt):
                    continue
                if strip_legal(tt) != tt or 'inh' in tt or words[i].startswith('('):
                    continue
                conn = ('&', '+', 'und', 'u.', 'der', 'die', 'das', 'für', 'am', 'an', 'im', 'in', 'zum', 'zur', 'auf',
                        'von', 'st.', 'gebr.', 'mit')
                if words[i - 1].lower() in conn or words[i].lower() in conn or \
                        (i + 1 < len(words) and words[i + 1].lower() in ('&', '+', 'und', 'u.')):
                    continue
                if words[i].endswith('-'):
                    continue
                cand.append(i)
            if cand and len(words) >= 3:
                i = pick(cand)
                nv = ' '.join(words[:i] + words[i + 1:])
    if not nv or nv == v:
        return None
    set_f(c, f, nv)
    return {f: 'partial'}


def op_extension(c, e, ctx, f):
    v = get_f(c, f)
    if not v:
        return None
    nv = None
    if f == 'phone':
        if re.search(r'-\d{1,3}$', v) or not e['org'] or not e['phone'] or e['phone']['mobile']:
            return None
        nv = v + '-' + str(R.randint(10, 59))
        if not key_free('phone', phone_key(nv)):
            return None
    elif f == 'familyName' and not e['org']:
        if ' ' in v or '-' in v:
            return None
        nv = v + (' geb. ' + pick(SUR_DE) if chance(0.5) else '-' + pick(SUR_DE))
    elif f == 'displayName':
        if e['org']:
            ext = pick(['Meisterbetrieb', e['city'], 'Zentrale', 'Buchhaltung'])
            if numl(ext) in numl(v):
                return None
            nv = v + ' ' + ext
        elif not e['short'] and e['person']['given'] in v and '-' not in e['person']['given']:
            mid = pick(GIVEN_DE_M if e['person']['gender'] == 'm' else GIVEN_DE_F)
            nv = v.replace(e['person']['given'], e['person']['given'] + ' ' + mid, 1)
    elif f == 'givenName' and not e['org'] and ' ' not in v and '-' not in v:
        nv = v + ' ' + pick(GIVEN_DE_M if e['person']['gender'] == 'm' else GIVEN_DE_F)
    if not nv or nv == v:
        return None
    set_f(c, f, nv)
    return {f: 'extension'}


def new_contact(e):
    for _ in range(100):
        p = raw_person(cc=e['cc'], title_p=0.0)
        k = pkey(p['given'], p['family'])
        if k not in PK_OWN:
            PK_OWN[k] = [e['eid']]
            return p
    return None


def op_changed(c, e, ctx, f):
    v = get_f(c, f)
    if not v:
        return None
    nv = None
    if f == 'email':
        if e['org']:
            dom = email_domain(e['email']) if e['email'] else None
            if dom is None or dom in [d for d, _ in FREEMAIL['DE']] or chance(0.3):
                p = e['contact'] or e['owner'] or raw_person(cc=e['cc'])
                nv = gen_person_email(p, e['cc'], e['eid'])
            else:
                try:
                    nv = org_email(e, dom, locals_=['rechnung', 'buchhaltung', 'einkauf', 'auftrag', 'office', 'post', 'zentrale'])
                except RuntimeError:
                    return None
        else:
            nv = gen_person_email(e['person'], e['cc'], e['eid'])
        if email_key(nv) == email_key(v) or email_conflict(nv, e['eid']):
            return None
        ctx['new_emails'].append(nv)
    elif f == 'phone':
        ph = gen_phone(CITY_BY[e['city']], e['eid'], mobile=chance(0.5))
        ctx['new_phones'].append(ph_key(ph))
        nv = render_phone(ph, phone_style(True))
    elif f == 'displayName':
        if e['org']:
            if c['givenName'] and c['familyName'] and chance(0.6):
                nv = c['givenName'] + ' ' + c['familyName']
            else:
                nv = pick(['Fa. ', 'Firma ']) + (e['brand'] or e['base'].split()[0]) if chance(0.5) else None
        else:
            nv = pick(['Familie ', 'Fam. ']) + e['person']['family']
    elif f == 'companyName':
        if e['trade'] in TRADES:
            for tw in TRADES[e['trade']]:
                if re.search(r'(?<![\w-])' + re.escape(tw) + r'(?![\w-])', v):
                    other = pick([t for t in ['Gebäudetechnik', 'Haustechnik', 'Energietechnik', 'Gebäudeservice'] if t != tw])
                    nv = v.replace(tw, other, 1)
                    break
    elif f == 'address.line2':
        nv = pick(ORG_LINE2 if e['org'] else PERSON_LINE2)
    if not nv or nv == v:
        return None
    set_f(c, f, nv)
    return {f: 'changed'}


def op_missing(c, e, ctx, f):
    v = get_f(c, f) if f != 'address' else c['address']
    if v is None:
        return None
    if f == 'companyName' or (f == 'address.line1') or (f == 'address.city'):
        return None
    if f == 'address':
        c['address'] = None
    else:
        set_f(c, f, None)
    return {f: 'missing'}


def op_added(c, e, ctx, f):
    if f == 'address':
        if c['address'] is not None or not e['addr']:
            return None
        c['address'] = render_addr(e['addr'], addr_style(True))
        return {f: 'added'}
    if f.startswith('address.'):
        if c['address'] is None or c['address'][f[8:]] is not None:
            return None
        ad = e['addr']
        if f == 'address.region':
            c['address']['region'] = pick([x for x in (CITY_BY[ad['city']]['reg'], CITY_BY[ad['city']]['rab']) if x])
        elif f == 'address.country':
            c['address']['country'] = wpick(COUNTRY_FORMS[e['cc']])
        elif f == 'address.line2':
            c['address']['line2'] = pick(ORG_LINE2 if e['org'] else PERSON_LINE2)
        elif f == 'address.postalCode':
            c['address']['postalCode'] = ad['plz']
        else:
            return None
        return {f: 'added'}
    if c[f] is not None:
        return None
    if f == 'email':
        if not e['email']:
            return None
        c['email'] = e['email']
    elif f == 'phone':
        if not e['phone']:
            return None
        c['phone'] = render_phone(e['phone'], phone_style(True))
    else:
        return None
    return {f: 'added'}


def op_contact_added(c, e, ctx, f):
    if not e['org'] or c['givenName'] or c['familyName']:
        return None
    p = e['contact'] or new_contact(e)
    if p is None:
        return None
    c['givenName'], c['familyName'] = p['given'], p['family']
    ctx['new_pk'].append(pkey(p['given'], p['family']))
    return {'givenName': 'added', 'familyName': 'added'}


def op_contact_changed(c, e, ctx, f):
    if not e['org'] or not c['givenName'] or not c['familyName']:
        return None
    p = new_contact(e)
    if p is None or numl(p['family']) == numl(c['familyName']) or numl(p['given']) == numl(c['givenName']):
        return None
    c['givenName'], c['familyName'] = p['given'], p['family']
    ctx['new_pk'].append(pkey(p['given'], p['family']))
    return {'givenName': 'changed', 'familyName': 'changed'}


def op_contact_missing(c, e, ctx, f):
    if not e['org'] or not c['givenName'] or not c['familyName']:
        return None
    c['givenName'] = c['familyName'] = None
    return {'givenName': 'missing', 'familyName': 'missing'}


def op_swapped(c, e, ctx, f):
    if e['org'] or not c['givenName'] or not c['familyName']:
        return None
    c['givenName'], c['familyName'] = c['familyName'], c['givenName']
    return {'givenName': 'swapped', 'familyName': 'swapped'}


def op_marriage(c, e, ctx, f):
    if e['org'] or e['short'] or not c['familyName'] or e['person'].get('marker') or e['person']['gender'] != 'f':
        return None
    old = c['familyName']
    if old not in (c['displayName'] or ''):
        return None
    for _ in range(30):
        nf = pick(SUR_DE)
        k = pkey(c['givenName'] or e['person']['given'], nf)
        if k not in PK_OWN and numl(nf) != numl(old):
            PK_OWN[k] = [e['eid']]
            nf = nf if not old.isupper() else nf.upper()
            c['familyName'] = nf
            c['displayName'] = c['displayName'].replace(old, nf, 1)
            return {'familyName': 'changed', 'displayName': 'changed'}
    return None


def op_qualifier(c, e, ctx, f):
    v = c['displayName']
    if not e.get('qualified'):
        return None
    nv = strip_qual(v, TOWNS)
    if nv == v:
        return None
    c['displayName'] = nv
    return {'displayName': 'qualifier'}


TITLE_RE = re.compile(r'(Prof\. Dr\. |Dr\.-Ing\. |Dr\. |Dipl\.-Ing\. \(FH\) |Dipl\.-Ing\. |Dipl\.-Kfm\. |Herr |Frau |Hr\. |Fr\. |Mag\. |Ing\. )')


def op_title(c, e, ctx, f):
    v = c['displayName']
    if e['org'] and not e['kind'] == 'org/planer':
        return None
    m = TITLE_RE.search(v)
    if m:
        nv = v[:m.start()] + v[m.end():]
    elif not e['org'] and not e['short'] and v.startswith(e['person']['given']):
        nv = pick(['Herr ', 'Hr. '] if e['person']['gender'] == 'm' else ['Frau ', 'Fr. ']) + v
    elif not e['org'] and v.startswith(e['person']['family'] + ', '):
        nv = v.replace(', ', ', ' + pick(['Herr ', 'Hr. '] if e['person']['gender'] == 'm' else ['Frau ', 'Fr. ']), 1)
    else:
        return None
    c['displayName'] = nv
    return {'displayName': 'title'}


def op_order(c, e, ctx, f):
    if e['org']:
        v = c['displayName']
        F = (e['owner'] or {}).get('family')
        b = e['base']
        if not F or e['x'].get('pat') not in ('tf', 'ft') or b not in v:
            return None
        if b.startswith(F + ' '):
            nb = b[len(F) + 1:] + ' ' + F
        elif b.endswith(' ' + F):
            nb = F + ' ' + b[:-len(F) - 1]
        else:
            return None
        c['displayName'] = v.replace(b, nb, 1)
        return {'displayName': 'order'}
    if e['short']:
        return None
    v = c['displayName']
    p = e['person']
    if v.startswith(p['family'] + ', '):
        rest = v[len(p['family']) + 2:]
        nv = rest + ' ' + p['family']
        m = re.match(r'^(.*?)( sen\.| jun\.| senior| junior| jr\.| Sen\.| Jun\.| sen)$', rest)
        if m:
            nv = m.group(1) + ' ' + p['family'] + m.group(2)
    elif v.startswith(p['given'] + ' ' + p['family']):
        nv = p['family'] + ', ' + p['given'] + v[len(p['given'] + ' ' + p['family']):]
    else:
        return None
    c['displayName'] = nv
    return {'displayName': 'order'}


def op_legal(c, e, ctx, f):
    v = c[f]
    if not v or not e['org']:
        return None
    lg = e['legal']
    opts = []
    if lg and lg in v:
        opts.append(v.replace(' ' + lg, '', 1))
        for alt in LEGAL_VARIANTS.get(lg, []):
            opts.append(v.replace(lg, alt, 1))
    elif lg and f == 'displayName' and v == e['base']:
        opts.append(e['company'])
    elif not lg and f == 'displayName' and e['kind'] in ('org/handwerk', 'org/gewerbe', 'org/bau'):
        opts.append(v + ' ' + pick(['GmbH', 'e.K.', 'GbR']))
    opts = [o for o in opts if o != v]
    if not opts:
        return None
    set_f(c, f, pick(opts))
    return {f: 'legal_form'}


def op_inh(c, e, ctx, f):
    v = c[f]
    if not v:
        return None
    m = re.search(r',? Inh(\.|aber) .*$', v)
    if m:
        nv = v[:m.start()]
    elif e['org'] and e['kind'] == 'org/handwerk' and e['legal'] in ('', 'e.K.', 'e.Kfm.', 'e. K.') and e['owner']:
        nv = v + ' Inh. ' + e['owner']['given'] + ' ' + e['owner']['family']
    else:
        return None
    set_f(c, f, nv)
    return {f: 'inh'}


def op_abbrev(c, e, ctx, f):
    v = get_f(c, f)
    if not v:
        return None
    if f == 'address.line1':
        m = STREET_RE.match(re.sub(r'\s+\d.*$', '', v))
        if not m:
            m2 = re.search(r'(?i)(str\.?)(\s+\d)', v)
            if not m2:
                return None
            nv = v[:m2.start(1)] + ('straße' if v[m2.start(1)] == 's' else 'Straße') + v[m2.end(1):]
        else:
            nv = re.sub(r'(?i)(s)tra(ß|ss)e', lambda mm: mm.group(1) + 'tr.', v, count=1)
    elif f == 'address.city':
        opts = CITY_ABBR_FORMS.get(e['city'], [])
        if not opts or numl(v) != numl(e['city']):
            return None
        nv = pick(opts)
    elif f == 'address.region':
        cty = CITY_BY[e['addr']['city']] if e['addr'] else None
        if not cty or not cty['rab']:
            return None
        nv = cty['rab'] if v == cty['reg'] else (cty['reg'] if v == cty['rab'] else None)
    elif f == 'address.line2':
        tbl = [('OG', 'Obergeschoss'), ('EG', 'Erdgeschoss'), ('DG', 'Dachgeschoss'), ('Whg.', 'Wohnung'),
               ('Hinterhaus', 'HH'), ('App.', 'Appartement')]
        nv = None
        for a, b in tbl:
            r = word_sub(v, a, b)
            if r:
                nv = r
                break
    else:
        opts = abbrev_variants(v)
        nv = pick(opts) if opts else None
    if not nv or nv == v:
        return None
    set_f(c, f, nv)
    return {f: 'abbrev'}


def op_nickname(c, e, ctx, f):
    if e['org']:
        return None
    v = c[f]
    if not v:
        return None
    g = e['person']['given']
    if '-' in g or ' ' in g:
        return None
    alts = LONG_TO_SHORT.get(g, []) + ([NICK_RAW[g]] if g in NICK_RAW else [])
    if not alts or g not in v:
        return None
    nv = re.sub(r'\b' + re.escape(g) + r'\b', pick(alts), v, count=1)
    if nv == v:
        return None
    c[f] = nv
    ctx['new_pk'].append(None)
    return {f: 'nickname'}


def op_district(c, e, ctx, f):
    if not c['address'] or not e['addr']:
        return None
    v = c['address']['city']
    ad = e['addr']
    base = re.split(r'\s*\(|-', v)[0]
    if base != v and numl(base) == numl(ad['city']):
        nv = base
    elif ad.get('district') and numl(v) == numl(ad['city']):
        nv = v + '-' + ad['district'] if chance(0.6) else v + ' (' + ad['district'] + ')'
    else:
        return None
    c['address']['city'] = nv
    return {'address.city': 'district'}


def op_exonym(c, e, ctx, f):
    if not c['address']:
        return None
    v = c['address']['city']
    if e['addr']['city'] not in CITY_EXO or numl(v) != numl(e['addr']['city']):
        return None
    c['address']['city'] = CITY_EXO[e['addr']['city']]
    return {'address.city': 'exonym'}


def op_moved(c, e, ctx, f):
    if c['address'] is None:
        return None
    city = CITY_BY[e['city']]
    if chance(0.35):
        cands = [x for x in CITIES if x['cc'] == e['cc'] and x['name'] != city['name']]
        if cands:
            city = pick(cands)
    ad = gen_address(city, 'res' if not e['org'] else pick(['org', 'ind']), e['eid'])
    nc = render_addr(ad, addr_style(True))
    if addr_key(nc) == addr_key(c['address']):
        return None
    ctx['new_addrs'].append(addr_key(nc))
    c['address'] = nc
    return {'address': 'moved'}


def _op(name, fields, fn, arg, w=1.0):
    return dict(name=name, fields=fields, fn=fn, arg=arg, w=w)


OPS = []
for _f, _w in (('displayName', 3), ('companyName', 1.5), ('givenName', 1), ('familyName', 1), ('email', 2),
               ('address.line1', 1), ('address.city', 1)):
    OPS.append(_op('case:' + _f, [_f], op_case, _f, _w))
for _f, _w in (('displayName', 2), ('companyName', 1.5), ('givenName', 0.7), ('familyName', 0.7), ('phone', 6),
               ('address.postalCode', 1.5), ('address.country', 2), ('address.line1', 2), ('address.city', 1),
               ('address.line2', 0.7), ('address.region', 0.5)):
    OPS.append(_op('format:' + _f, [_f], op_format, _f, _w))
for _f, _w in (('displayName', 2.5), ('companyName', 1.5), ('givenName', 1), ('familyName', 2), ('address.line1', 2),
               ('address.city', 2)):
    OPS.append(_op('umlaut:' + _f, [_f], op_umlaut, _f, _w))
for _f, _w in (('displayName', 2), ('companyName', 1.2), ('givenName', 1), ('familyName', 1.5), ('email', 2.5),
               ('phone', 1.5), ('address.line1', 1), ('address.city', 0.7)):
    OPS.append(_op('typo:' + _f, [_f], op_typo, _f, _w))
for _f, _w in (('displayName', 1.5), ('companyName', 1), ('givenName', 1.2), ('familyName', 1.5), ('phone', 1.5),
               ('address.line1', 4), ('address.city', 1)):
    OPS.append(_op('partial:' + _f, [_f], op_partial, _f, _w))
for _f, _w in (('displayName', 1), ('familyName', 0.8), ('phone', 4), ('givenName', 0.5)):
    OPS.append(_op('extension:' + _f, [_f], op_extension, _f, _w))
for _f, _w in (('email', 3), ('phone', 3), ('displayName', 1), ('companyName', 0.7), ('address.line2', 0.5)):
    OPS.append(_op('changed:' + _f, [_f], op_changed, _f, _w))
for _f, _w in (('displayName', 0.3), ('givenName', 1), ('familyName', 0.6), ('email', 3), ('phone', 3), ('address', 2.5),
               ('address.line2', 1), ('address.region', 2), ('address.country', 2.5), ('address.postalCode', 0.3)):
    OPS.append(_op('missing:' + _f, [_f], op_missing, _f, _w))
for _f, _w in (('email', 2), ('phone', 2), ('address', 2), ('address.line2', 0.8), ('address.region', 2),
               ('address.country', 3), ('address.postalCode', 0.5)):
    OPS.append(_op('added:' + _f, [_f], op_added, _f, _w))
OPS += [_op('contact_added', ['givenName', 'familyName'], op_contact_added, None, 1.5),
        _op('contact_changed', ['givenName', 'familyName'], op_contact_changed, None, 1.2),
        _op('contact_missing', ['givenName', 'familyName'], op_contact_missing, None, 1.2),
        _op('swapped', ['givenName', 'familyName'], op_swapped, None, 0.7),
        _op('marriage', ['familyName', 'displayName'], op_marriage, None, 0.6),
        _op('qualifier', ['displayName'], op_qualifier, None, 8),
        _op('title', ['displayName'], op_title, None, 2.5),
        _op('order', ['displayName'], op_order, None, 3),
        _op('legal:displayName', ['displayName'], op_legal, 'displayName', 3),
        _op('legal:companyName', ['companyName'], op_legal, 'companyName', 3),
        _op('inh:displayName', ['displayName'], op_inh, 'displayName', 5),
        _op('inh:companyName', ['companyName'], op_inh, 'companyName', 4),
        _op('abbrev:displayName', ['displayName'], op_abbrev, 'displayName', 2),
        _op('abbrev:companyName', ['companyName'], op_abbrev, 'companyName', 1.5),
        _op('abbrev:address.line1', ['address.line1'], op_abbrev, 'address.line1', 4),
        _op('abbrev:address.city', ['address.city'], op_abbrev, 'address.city', 3),
        _op('abbrev:address.region', ['address.region'], op_abbrev, 'address.region', 2),
        _op('abbrev:address.line2', ['address.line2'], op_abbrev, 'address.line2', 1),
        _op('nickname:displayName', ['displayName'], op_nickname, 'displayName', 7),
        _op('nickname:givenName', ['givenName'], op_nickname, 'givenName', 7),
        _op('district', ['address.city'], op_district, None, 3),
        _op('exonym', ['address.city'], op_exonym, None, 2),
        _op('moved', ['address'], op_moved, None, 3)]
STRONG_OPS = [o['name'] for o in OPS if o['name'].split(':')[0] in ('missing', 'changed', 'partial', 'moved',
                                                                     'contact_changed', 'contact_missing', 'marriage')]


def op_allowed(op, protect):
    n = op['name']
    if protect == 'email' and 'email' in op['fields'] and not (n.startswith('case') or n.startswith('typo')):
        return False
    if protect == 'phone' and 'phone' in op['fields'] and n != 'format:phone':
        return False
    if protect == 'address' and n in ('moved', 'missing:address', 'missing:address.postalCode', 'typo:address.line1'):
        return False
    return True


def fields_clash(fields, used):
    for f in fields:
        for u in used:
            if f == u or (f == 'address' and u.startswith('address.')) or (u == 'address' and f.startswith('address.')):
                return True
    return False


OWNERS = {'email': {}, 'phone': {}, 'addr': {}}


def build_owners(pairs):
    own = {'email': {}, 'phone': {}, 'addr': {}}
    for eid, c in pairs:
        for kind, k in (('email', email_key(c['email'])), ('phone', phone_key(c['phone'])),
                        ('addr', addr_key(c['address']))):
            if k:
                lst = own[kind].setdefault(k, [])
                if eid not in lst:
                    lst.append(eid)
    return own


def alone(own, kind, k, eid):
    return all(o == eid for o in own[kind].get(k, []))


def evidence(a, b, eid, labels, own):
    ev = []
    ea, eb = email_key(a['email']), email_key(b['email'])
    if ea and eb and alone(own, 'email', ea, eid) and alone(own, 'email', eb, eid):
        if ea == eb or 'email:typo' in labels:
            ev.append('email')
    pa, pb = phone_key(a['phone']), phone_key(b['phone'])
    if pa and pa == pb and alone(own, 'phone', pa, eid):
        ev.append('phone')
    ka, kb = addr_key(a['address']), addr_key(b['address'])
    if ka and ka == kb and alone(own, 'addr', ka, eid):
        ev.append('address')
    return ev


def unique_channels(c, eid, own):
    out = []
    if c['email'] and alone(own, 'email', email_key(c['email']), eid):
        out.append('email')
    if c['phone'] and alone(own, 'phone', phone_key(c['phone']), eid):
        out.append('phone')
    if c['address'] and addr_key(c['address']) and alone(own, 'addr', addr_key(c['address']), eid):
        out.append('address')
    return out


def truth_map(e):
    t = {}
    if e['org']:
        t['companyName'] = e['company']
        if e['contact']:
            t['givenName'], t['familyName'] = e['contact']['given'], e['contact']['family']
    else:
        t['givenName'], t['familyName'] = e['person']['given'], e['person']['family']
    if e['addr'] and not e['addr'].get('pobox'):
        t['address.city'] = e['addr']['city']
        t['address.line1'] = e['addr']['street'] + ' ' + e['addr']['number']
    return t


def identity_ok(c, base, eid):
    idc = identity(c)
    if idc is None or idc == identity(base):
        return True
    reg = CORE_OWN if idc.startswith('o:') else PK_OWN
    owners = reg.get(idc[2:], [])
    return all(o == eid for o in owners)


def profile_ok(profile, labels):
    n = len(labels)
    ns = sum(1 for l in labels if l.split(':')[1] in STRONG)
    if profile == 'light':
        return 1 <= n <= 2
    if profile == 'medium':
        return 2 <= n <= 4
    return n >= 4 and ns >= 2


def make_variant(base, e, profile, own):
    eid = e['eid']
    uc = unique_channels(base, eid, own)
    if not uc:
        return None
    for attempt in range(400):
        protect = pick(uc)
        c = copy.deepcopy(base)
        ctx = dict(truth=truth_map(e), phone_truth=e['phone'], new_emails=[], new_phones=[], new_addrs=[], new_pk=[])
        if profile == 'light':
            target, sneed = pick([1, 1, 2]), 0
        elif profile == 'medium':
            target, sneed = pick([2, 3, 3, 4]), pick([0, 1, 1, 2])
        else:
            target, sneed = pick([4, 5, 5, 6, 7]), pick([2, 2, 3])
        order = sorted(OPS, key=lambda o: -(R.random() ** (1.0 / (o['w'] * (0.35 if profile == 'light' and o['name'] in STRONG_OPS else 1.0)))))
        intended = {}
        used = []
        nstrong = 0
        for phase in ('strong', 'any'):
            for op in order:
                if len(intended) >= target:
                    break
                if phase == 'strong' and (nstrong >= sneed or op['name'] not in STRONG_OPS):
                    continue
                if not op_allowed(op, protect) or fields_clash(op['fields'], used):
                    continue
                res = op['fn'](c, e, ctx, op['arg'])
                if not res:
                    continue
                intended.update(res)
                used.extend(op['fields'])
                if any(l in STRONG for l in res.values()):
                    nstrong += 1
        labels = derive_changes(base, c)
        exp = [f + ':' + l for f, l in intended.items()]
        if sorted(labels) != sorted(exp):
            continue
        if not profile_ok(profile, labels):
            continue
        ev = evidence(base, c, eid, labels, own)
        if not ev:
            continue
        if not identity_ok(c, base, eid):
            continue
        # commit fresh keys / identity
        for x in ctx['new_emails']:
            reg_email(x, eid)
        for x in ctx['new_phones']:
            reg_key('phone', x, eid)
        for x in ctx['new_addrs']:
            reg_key('addr', x, eid)
        idc = identity(c)
        if idc:
            reg = CORE_OWN if idc.startswith('o:') else PK_OWN
            lst = reg.setdefault(idc[2:], [])
            if eid not in lst:
                lst.append(eid)
        if c['email']:
            reg_email(c['email'], eid)
        if c['phone']:
            reg_key('phone', phone_key(c['phone']), eid)
        if c['address'] and addr_key(c['address']):
            reg_key('addr', addr_key(c['address']), eid)
        return c, labels
    return None


# =========================================================================
# hard-negative decidability (mirrors check.py)
# =========================================================================
MARK_RE = re.compile(r'\b(sen|senior|jun|junior|jr)\b')


def marker_of(c):
    m = MARK_RE.findall(fold2(c['displayName'] or ''))
    if not m:
        return None
    return 'sen' if m[-1] in ('sen', 'senior') else 'jun'


TRADE_CAT = [('san', ['sanitar', 'bader']), ('heiz', ['heizung', 'warme']), ('elektro', ['elektro']),
             ('dach', ['dach', 'bedachung']), ('maler', ['maler', 'lackier']), ('holz', ['schreiner', 'tischler', 'mobel']),
             ('fliesen', ['fliesen', 'naturstein']), ('haus', ['haustechnik', 'gebaudetechnik'])]


def trade_cats(name):
    t = ' '.join(toks(name))
    return [k for k, stems in TRADE_CAT if any(s in t for s in stems)]


def given_canon(g):
    return [NICK.get(x, x) for x in toks(g or '')]


def hn_decidable(t, a, h, shared):
    if 'phone' in shared:
        return False
    if phone_key(a['phone']) and phone_key(a['phone']) == phone_key(h['phone']):
        return False
    ea, eh = email_key(a['email']), email_key(h['email'])
    if ea and eh and ea != eh and osa(ea, eh) <= 1:
        return False
    if t == 'filiale':
        return ('name' in shared and a['address'] and h['address'] and addr_key(a['address']) != addr_key(h['address'])
                and rec_city_base(a) != rec_city_base(h) and numl(a['displayName']) != numl(h['displayName']))
    if t == 'konzern':
        return 'address' in shared and 'brand' in shared and 'name' not in shared
    if t == 'namesake':
        return ('name' in shared and a['address'] and h['address'] and rec_city_base(a) != rec_city_base(h)
                and 'email' not in shared and 'address' not in shared)
    if t == 'vater_sohn':
        return 'name' in shared and marker_of(a) and marker_of(h) and marker_of(a) != marker_of(h)
    if t == 'sibling_firm':
        if 'family_name' not in shared or 'name' in shared or not a['givenName'] or not h['givenName']:
            return False
        ga, gh = given_canon(a['givenName']), given_canon(h['givenName'])
        if [x for x in ga if x in gh]:
            return False
        return all(x in toks(a['companyName']) for x in toks(a['givenName'])) and \
            all(x in toks(h['companyName']) for x in toks(h['givenName']))
    if t == 'same_building':
        return 'address' in shared and 'name' not in shared and 'email' not in shared
    if t == 'weg':
        ka, kh = addr_key(a['address']), addr_key(h['address'])
        return 'email' in shared and 'name' not in shared and not (ka and kh and ka == kh)
    if t == 'other_trade':
        ca, ch = trade_cats(a['companyName']), trade_cats(h['companyName'])
        return 'brand' in shared and 'name' not in shared and ca and ch and not [x for x in ca if x in ch]
    if t == 'household':
        if not ('address' in shared and 'family_name' in shared):
            return False
        ga, gh = given_canon(a['givenName']), given_canon(h['givenName'])
        return bool(ga and gh) and not [x for x in ga if x in gh]
    if t == 'municipal':
        return 'brand' in shared and 'name' not in shared
    return False


# =========================================================================
# main pipeline
# =========================================================================
NEW_KINDS = [('org/handwerk', 70), ('org/bau', 20), ('org/planer', 20), ('org/gewerbe', 25), ('org/verein', 12),
             ('org/kirche', 6), ('org/schule', 6), ('org/hausverwaltung', 8), ('org/genossenschaft', 3),
             ('person/privat', 175), ('person/einzelunternehmer', 60), ('person/freiberufler', 15)]


def build_new(kind):
    if kind == 'org/handwerk':
        return build_handwerk()
    if kind == 'org/bau':
        return build_bau()
    if kind == 'org/planer':
        return build_planer()
    if kind == 'org/gewerbe':
        return build_gewerbe()
    if kind == 'org/verein':
        return build_verein()
    if kind == 'org/kirche':
        return build_kirche()
    if kind == 'org/schule':
        return build_schule()
    if kind == 'org/genossenschaft':
        return build_genossenschaft()
    if kind == 'org/hausverwaltung':
        tmp = []
        build_hv_group(pick_city(0.0, de_only=True), 0, tmp)
        return tmp[0]
    if kind == 'person/privat':
        return build_person('person/privat')
    if kind == 'person/einzelunternehmer':
        return build_solo()
    return build_freiberufler()


def new_presence():
    while True:
        p = (chance(0.85), chance(0.72), chance(0.8))
        if any(p):
            return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    ents, groups = build_existing()
    EXIST[:] = ents
    HVS[:] = groups['hvs']
    recs = render_existing(ents)
    ent_of = {e['eid']: e for e in ents}

    # ---- hard negatives
    hns = []
    used_anchor = {}
    for t in HN_TYPES:
        elig = [i for i in range(len(ents)) if hn_eligible(t, ents[i], recs[i]) and ents[i]['eid'] not in used_anchor]
        R.shuffle(elig)
        if t == 'municipal':
            elig.sort(key=lambda i: 0 if ents[i]['x'].get('tpl') == 'Stadt {c}' and chance(0.8) else 1)
        cnt = 0
        for i in elig:
            if cnt == N_HN_PER_TYPE:
                break
            a, ac = ents[i], recs[i]
            if t == 'household' and ac['email'] and email_key(ac['email']) in OWN['email'] and \
                    len(OWN['email'][email_key(ac['email'])]) > 1 and not re.match(r'^(familie|fam)', ac['email'].lower()):
                continue
            h, hc = HN_FUN[t](a, ac)
            sh = shared_items(ac, hc)
            if not hn_decidable(t, ac, hc, sh):
                continue
            hns.append(dict(ent=h, rec=hc, anchor=a, arec=ac, type=t, shared=sh))
            used_anchor[a['eid']] = 1
            cnt += 1
        assert cnt == N_HN_PER_TYPE, (t, cnt, len(elig))

    # ---- new customers
    new_ents = []
    for kind, n in NEW_KINDS:
        for _ in range(n):
            e = build_new(kind)
            e['kind'] = kind
            new_ents.append(e)
    R.shuffle(new_ents)
    new_first = [render(e, 'incoming', new_presence()) for e in new_ents]

    pairs = [(e['eid'], c) for e, c in zip(ents, recs)] + [(h['ent']['eid'], h['rec']) for h in hns] + \
        [(e['eid'], c) for e, c in zip(new_ents, new_first)]
    own = OWN   # truth-level ownership (superset of what the rendered records show)
    for eid, c in pairs:
        for kind, k in (('phone', phone_key(c['phone'])), ('addr', addr_key(c['address']))):
            if k:
                reg_key(kind, k, eid)
        if c['email']:
            reg_email(c['email'], eid)

    # ---- repeats of new customers
    reps = []   # (entity index, occurrence, record, labels, profile)
    rep_plan = [2] * 75 + [3] * 15
    k = 0
    for ni, e in enumerate(new_ents):
        if k >= len(rep_plan):
            break
        base = new_first[ni]
        if not unique_channels(base, e['eid'], own):
            continue
        occ = rep_plan[k]
        made = []
        for o in range(2, occ + 1):
            prof = wpick([('light', 40), ('medium', 40), ('harsh', 20)])
            res = None
            for p2 in (prof, 'medium', 'light'):
                res = make_variant(base, e, p2, own)
                if res:
                    prof = p2
                    break
            if res is None:
                break
            made.append((ni, o, res[0], res[1], prof))
        if len(made) == occ - 1:
            reps.extend(made)
            k += 1
    assert k == len(rep_plan), k

    # ---- matches
    elig = [i for i in range(len(ents)) if unique_channels(recs[i], ents[i]['eid'], own)]
    R.shuffle(elig)
    matches = []
    for i in elig:
        if len(matches) == N_MATCH:
            break
        prof = wpick([('light', 35), ('medium', 40), ('harsh', 25)])
        res = None
        for p2 in [prof] + [x for x in ('harsh', 'medium', 'light') if x != prof]:
            res = make_variant(recs[i], ents[i], p2, own)
            if res:
                prof = p2
                break
        if res is None:
            continue
        matches.append((i, res[0], res[1], prof))
    assert len(matches) == N_MATCH, len(matches)

    # ---- existing order
    order = sorted(range(len(ents)), key=lambda i: (recs[i]['displayName'].casefold(), recs[i]['displayName']))
    pos_ex = {i: p for p, i in enumerate(order)}

    # ---- incoming assembly
    inc = []
    for i, c, labels, prof in matches:
        inc.append(dict(kind='match', ent=ents[i], rec=c, labels=labels, profile=prof, ex=i))
    for ni, e in enumerate(new_ents):
        inc.append(dict(kind='new', ent=e, rec=new_first[ni], labels=[], occ=1, ni=ni))
    for ni, o, c, labels, prof in reps:
        inc.append(dict(kind='new', ent=new_ents[ni], rec=c, labels=labels, occ=o, ni=ni, profile=prof))
    for h in hns:
        inc.append(dict(kind='hn', ent=h['ent'], rec=h['rec'], h=h))
    assert len(inc) == N_IN, len(inc)
    R.shuffle(inc)
    # occurrence 1 must come first among a new customer's records
    by_ni = {}
    for p, it in enumerate(inc):
        if it['kind'] == 'new':
            by_ni.setdefault(it['ni'], []).append(p)
    for ni, plist in by_ni.items():
        items = sorted([inc[p] for p in plist], key=lambda it: it['occ'])
        for p, it in zip(sorted(plist), items):
            inc[p] = it
    first_pos = {}
    for p, it in enumerate(inc):
        if it['kind'] == 'new' and it['occ'] == 1:
            first_pos[it['ni']] = p

    # ---- final owners & evidence
    all_pairs = [(ents[i]['eid'], recs[i]) for i in order] + [(it['ent']['eid'], it['rec']) for it in inc]
    fown = build_owners(all_pairs)
    set_lines, meta_lines = [], []
    for p, i in enumerate(order):
        set_lines.append(dict(set='existing', entity=ents[i]['eid'], contact=recs[i]))
        meta_lines.append(dict(set='existing', index=p, entity=ents[i]['eid'], category='existing',
                               kind=ents[i]['kind'], changes=[]))
    for p, it in enumerate(inc):
        e = it['ent']
        set_lines.append(dict(set='incoming', entity=e['eid'], contact=it['rec']))
        m = dict(set='incoming', index=p, entity=e['eid'])
        if it['kind'] == 'match':
            base = recs[it['ex']]
            ev = evidence(base, it['rec'], e['eid'], it['labels'], fown)
            assert ev, e['eid']
            m.update(category='match', kind=e['kind'], changes=it['labels'], profile=it['profile'],
                     evidence=ev, compare_set='existing', compare_index=pos_ex[it['ex']])
        elif it['kind'] == 'new':
            m.update(category='new', kind=e['kind'], changes=it['labels'], occurrence=it['occ'])
            if it['occ'] >= 2:
                base = new_first[it['ni']]
                ev = evidence(base, it['rec'], e['eid'], it['labels'], fown)
                assert ev, e['eid']
                m.update(profile=it['profile'], evidence=ev, compare_set='incoming',
                         compare_index=first_pos[it['ni']])
        else:
            h = it['h']
            ai = EXIST.index(h['anchor'])
            m.update(category='hard_negative', kind=e['kind'], changes=derive_changes(h['arec'], h['rec']),
                     anchor=h['anchor']['eid'], anchor_index=pos_ex[ai], hn_type=h['type'],
                     rule=HN_RULE[h['type']], shared=h['shared'])
        meta_lines.append(m)
    fo = {f: i for i, f in enumerate(FIELD_ORDER)}
    for m in meta_lines:
        m['changes'] = sorted(m['changes'], key=lambda x: fo[x.split(':')[0]])
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8') as fh:
        for line in set_lines:
            fh.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8') as fh:
        for line in meta_lines:
            fh.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + '\n')


if __name__ == '__main__':
    main()
