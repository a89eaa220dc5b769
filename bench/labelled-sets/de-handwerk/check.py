#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Independent validator for the de-handwerk benchmark.
Does NOT import gen.py; every key, label rule and constraint is re-implemented here.
    python3 check.py            (validates set.jsonl / meta.jsonl next to this file)
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append((name, ok))
    print(('PASS ' if ok else 'FAIL ') + name + (('  -- ' + detail) if detail else ''))


# ---------------------------------------------------------------- folding
_EXTRA = {'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'æ': 'ae', 'œ': 'oe'}


def f1(s):
    out = []
    for ch in s.casefold():
        if ch == 'ä':
            out.append('ae')
        elif ch == 'ö':
            out.append('oe')
        elif ch == 'ü':
            out.append('ue')
        else:
            out.append(_EXTRA.get(ch, ch))
    d = unicodedata.normalize('NFKD', ''.join(out))
    return ''.join(ch for ch in d if not unicodedata.combining(ch))


def f2(s):
    s = f1(s)
    for a, b in (('ae', 'a'), ('oe', 'o'), ('ue', 'u')):
        s = s.replace(a, b)
    return s


def an(s):
    return ''.join(ch for ch in s if ch in '0123456789abcdefghijklmnopqrstuvwxyz')


def umlkey(s):
    return an(f2(s))


def fmtkey(s):
    return re.sub(r'[\W_]+', '', s.lower())


def words(s):
    return re.findall(r'[0-9a-z]+|[&+]', f2(s))


def osa(a, b):
    if abs(len(a) - len(b)) > 2:
        return 3
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def first_letter_safe(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    if p == 0 or not a[p - 1].isalnum():
        return False
    return (p < len(a) and a[p].isalnum()) or (p < len(b) and b[p].isalnum())


# ---------------------------------------------------------------- keys
def k_email(e):
    return e.strip().lower() if e else None


def k_phone(p):
    if not p:
        return None
    s = p.replace('(0)', '')
    digits = ''.join(ch for ch in s if ch.isdigit())
    if s.lstrip().startswith('+'):
        return digits
    if digits.startswith('00'):
        return digits[2:]
    if digits.startswith('0'):
        return '49' + digits[1:]
    return digits


def k_plz(p):
    s = re.sub(r'^(d|a|ch|nl|b)\s*-\s*', '', p.strip().lower())
    return an(f2(s))


def k_street(s):
    return umlkey(s).replace('strasse', 'str').replace('platz', 'pl')


def k_addr(a):
    if not a or not a.get('line1') or not a.get('postalCode'):
        return None
    s = f2(a['line1']).strip()
    m = re.match(r'^(postfach|pf\.?)\s*([\d\s]+)$', s)
    if m:
        return k_plz(a['postalCode']) + '|postfach|' + re.sub(r'\D', '', m.group(2))
    m = re.match(r'^(.*?)[\s,]*(\d+)\s*([a-z]?)(?:\s*[-/]\s*\d+\s*[a-z]?)?\s*$', s)
    if not m or not an(m.group(1)):
        return None
    return k_plz(a['postalCode']) + '|' + k_street(m.group(1)) + '|' + m.group(2) + m.group(3)


# ---------------------------------------------------------------- vocab (re-implemented)
LEGAL_SEQ = sorted([x.split() for x in (
    'ug haftungsbeschrankt & co kg|gmbh & co kg|gmbh & co ohg|gmbh und co kg|ag & co kg|'
    'gesellschaft mit beschrankter haftung|ges m b h|g m b h|gesmbh|ggmbh|pgmbh|gmbh|mbh|ug haftungsbeschrankt|'
    'ug haftungsbeschr|ug|e kfm|ekfm|e kfr|e k|ek|eingetragener kaufmann|eingetragene kauffrau|'
    'eingetragener verein|e v|e g|eg|kgaa|kg|ohg|gbr|ag|partg mbb|partgmbb|partg|sarl|b v|bv|& co kg|co kg|& co|'
    'e u|og|v o f|aor|kommanditgesellschaft').split('|')], key=len, reverse=True)
TITLE_WORDS = {'dr', 'prof', 'dipl', 'ing', 'kfm', 'mag', 'herr', 'frau', 'hr', 'fr', 'med', 'fh', 'dent', 'rer', 'nat'}
ABBREV = {'san': 'sanitar', 'hzg': 'heizung', 'gebr': 'gebruder', 'handelsges': 'handelsgesellschaft',
          'verw': 'verwaltung', 'hv': 'hausverwaltung', 'immob': 'immobilien', 'kath': 'katholische',
          'ev': 'evangelische', 'st': 'sankt', 'fa': 'firma', 'u': 'und', '&': 'und', '+': 'und',
          'inh': 'inhaber', 'nl': 'niederlassung', 'fil': 'filiale', 'techn': 'technik',
          'kirchengem': 'kirchengemeinde', 'hausverw': 'hausverwaltung', 'meisterbetr': 'meisterbetrieb',
          'stadtverw': 'stadtverwaltung', 'gem': 'gemeinde', 'bauunt': 'bauunternehmung',
          'elektrotechn': 'elektrotechnik', 'pl': 'platz', 'wohnungseigentumergem': 'wohnungseigentumergemeinschaft'}
ABBREV_L2 = {'og': 'obergeschoss', 'eg': 'erdgeschoss', 'dg': 'dachgeschoss', 'ug': 'untergeschoss',
             'hh': 'hinterhaus', 'vh': 'vorderhaus', 'whg': 'wohnung', 'app': 'appartement', 'li': 'links',
             're': 'rechts', 'geb': 'gebaude', 'gewerbegeb': 'gewerbegebiet', 'industriegeb': 'industriegebiet',
             'ge': 'gewerbegebiet', 'hv': 'hausverwaltung'}
_NICK_PAIRS = ('Wolf=Wolfgang Hans=Johannes Jan=Johannes Kathrin=Katharina Katja=Katharina Käthe=Katharina '
               'Lisa=Elisabeth Liesel=Elisabeth Else=Elisabeth Alex=Alexander Fritz=Friedrich Tom=Thomas '
               'Micha=Michael Heinz=Heinrich Jupp=Josef Sepp=Josef Willi=Wilhelm Klaus=Nikolaus Chris=Christian '
               'Tina=Christine Gabi=Gabriele Susi=Susanne Andi=Andreas Grete=Margarete Lena=Magdalena '
               'Steffi=Stefanie Bernd=Bernhard Dieter=Dietrich Uli=Ulrich Rudi=Rudolf Gerd=Gerhard Kurt=Konrad '
               'Max=Maximilian Basti=Sebastian Tobi=Tobias Franzi=Franziska Hanna=Johanna Beppe=Giuseppe '
               'Kasia=Katarzyna Gosia=Małgorzata Giorgos=Georgios Dimitris=Dimitrios Kostas=Konstantinos '
               'Giannis=Ioannis Nikos=Nikolaos')
NICKN = {}
for _p in _NICK_PAIRS.split():
    _s, _l = _p.split('=')
    NICKN[umlkey(_s)] = umlkey(_l)
REGIONS = {}
for _grp, _names in (('nw', 'NRW|NW|Nordrhein-Westfalen'), ('he', 'HE|Hessen'), ('rp', 'RLP|RP|Rheinland-Pfalz'),
                     ('wien', 'W|Wien'), ('stmk', 'Stmk.|Steiermark'), ('zh', 'ZH|Kanton Zürich'),
                     ('bs', 'BS|Basel-Stadt|Kanton Basel-Stadt'), ('li', 'LI|Limburg'),
                     ('lg', 'Provinz Lüttich|Lüttich|Liège')):
    for _n in _names.split('|'):
        REGIONS[umlkey(_n)] = _grp
COUNTRIES = {}
for _grp, _names in (('de', 'DE|D|Deutschland|Germany|BRD|GER'), ('at', 'AT|A|Österreich|Austria'),
                     ('ch', 'CH|Schweiz|Switzerland|Suisse'), ('nl', 'NL|Niederlande|Netherlands|Nederland'),
                     ('be', 'BE|B|Belgien|Belgium|Belgique')):
    for _n in _names.split('|'):
        COUNTRIES[umlkey(_n)] = _grp
CITY_SHORT = {umlkey(a): umlkey(b) for a, b in (('Frankfurt a.M.', 'Frankfurt am Main'), ('Frankfurt/M.', 'Frankfurt am Main'),
                                                ('Frankfurt/Main', 'Frankfurt am Main'), ("M'gladbach", 'Mönchengladbach'),
                                                ('Berg. Gladbach', 'Bergisch Gladbach'))}
EXO = {umlkey(a): umlkey(b) for a, b in (('Cologne', 'Köln'), ('Vienna', 'Wien'), ('Bâle', 'Basel'), ('Basle', 'Basel'),
                                         ('Aix-la-Chapelle', 'Aachen'), ('Coblence', 'Koblenz'), ('Mayence', 'Mainz'))}
TOWN_NAMES = ('Köln Düsseldorf Bonn Aachen Essen Dortmund Duisburg Bochum Wuppertal Leverkusen Bergisch_Gladbach Neuss '
              'Mönchengladbach Krefeld Siegen Münster Frankfurt_am_Main Mainz Koblenz Herzogenrath Kleve Wien Graz '
              'Zürich Basel Vaals Kerkrade Eupen Kelmis Ehrenfeld Nippes Lindenthal Sülz Deutz Kalk Mülheim Porz '
              'Rodenkirchen Bayenthal Braunsfeld Longerich Zollstock Bilk Oberkassel Benrath Gerresheim Pempelfort '
              'Derendorf Flingern Beuel Bad_Godesberg Duisdorf Endenich Burtscheid Brand Laurensberg Rüttenscheid '
              'Steele Kettwig Werden Hörde Aplerbeck Hombruch Huckarde Rheinhausen Hamborn Meiderich Wattenscheid '
              'Langendreer Weitmar Elberfeld Barmen Vohwinkel Ronsdorf Opladen Wiesdorf Schlebusch Bensberg Refrath '
              'Holzheim Norf Rheydt Wickrath Uerdingen Hüls Weidenau Geisweid Hiltrup Roxel Sachsenhausen Bockenheim '
              'Bornheim Gonsenheim Finthen Ehrenbreitstein Lützel')
TOWNS = {umlkey(t.replace('_', ' ')) for t in TOWN_NAMES.split()}
STRONG = {'missing', 'changed', 'moved', 'partial'}
ALLOWED = {
    'displayName': {'missing', 'added', 'case', 'format', 'umlaut', 'qualifier', 'title', 'order', 'legal_form',
                    'abbrev', 'inh', 'nickname', 'typo', 'partial', 'extension', 'changed'},
    'companyName': {'case', 'format', 'umlaut', 'title', 'order', 'legal_form', 'abbrev', 'inh', 'nickname', 'typo',
                    'partial', 'extension', 'changed'},
    'givenName': {'missing', 'added', 'case', 'format', 'umlaut', 'title', 'order', 'legal_form', 'abbrev', 'inh',
                  'nickname', 'typo', 'partial', 'extension', 'changed', 'swapped'},
    'familyName': {'missing', 'added', 'case', 'format', 'umlaut', 'title', 'order', 'legal_form', 'abbrev', 'inh',
                   'typo', 'partial', 'extension', 'changed', 'swapped'},
    'email': {'missing', 'added', 'case', 'typo', 'changed'},
    'phone': {'missing', 'added', 'format', 'extension', 'partial', 'typo', 'changed'},
    'address': {'missing', 'added', 'moved'},
    'address.line1': {'missing', 'added', 'case', 'format', 'umlaut', 'abbrev', 'typo', 'partial', 'extension', 'changed'},
    'address.line2': {'missing', 'added', 'case', 'format', 'umlaut', 'abbrev', 'typo', 'partial', 'extension', 'changed'},
    'address.city': {'missing', 'added', 'case', 'format', 'umlaut', 'abbrev', 'district', 'exonym', 'typo', 'partial',
                     'extension', 'changed'},
    'address.region': {'missing', 'added', 'case', 'format', 'umlaut', 'abbrev', 'changed'},
    'address.postalCode': {'missing', 'added', 'case', 'format', 'changed'},
    'address.country': {'missing', 'added', 'case', 'format', 'changed'},
}


def drop_legal(t):
    res, i = [], 0
    while i < len(t):
        for seq in LEGAL_SEQ:
            if t[i:i + len(seq)] == seq:
                i += len(seq)
                break
        else:
            res.append(t[i])
            i += 1
    return res


def drop_inh(t):
    return t[:t.index('inh')] if 'inh' in t else (t[:t.index('inhaber')] if 'inhaber' in t else t)


def expand(t, table):
    res = []
    for x in t:
        if x in table:
            res.append(table[x])
        elif table is ABBREV and x == 'str':
            res.append('strasse')
        elif table is ABBREV and len(x) > 3 and x.endswith('str'):
            res.append(x + 'asse')
        else:
            res.append(x)
    return res


def subseq(small, big):
    if not small or len(small) >= len(big):
        return False
    j = 0
    for x in big:
        if j < len(small) and small[j] == x:
            j += 1
    return j == len(small)


def prefixwise(short, lng):
    if not short or len(short) != len(lng):
        return False
    return all(l.startswith(s) for s, l in zip(short, lng)) and any(len(s) < len(l) for s, l in zip(short, lng))


def dequal(s):
    m = re.match(r'^(.*?)\s*(?:\(([^()]+)\)|\s-\s(\d+))\s*$', s)
    if not m:
        return s
    if m.group(3) or umlkey(m.group(2)) in TOWNS:
        return m.group(1)
    return s


def city_base(s):
    return umlkey(re.split(r'\s*\(|-', s)[0])


def label_for(field, a, b):
    """Ordered rule list: the first rule under which the two values become equal names the change."""
    if a.lower() == b.lower():
        return 'case'
    if field == 'email':
        return 'typo' if (osa(a, b) == 1 and first_letter_safe(a, b)) else 'changed'
    if field == 'phone':
        ka, kb = k_phone(a), k_phone(b)
        if ka == kb:
            return 'format'
        if kb.startswith(ka) and 1 <= len(kb) - len(ka) <= 4:
            return 'extension'
        if 5 <= len(kb) < len(ka) and (ka.startswith(kb) or ka.endswith(kb)):
            return 'partial'
        return 'typo' if osa(ka, kb) == 1 else 'changed'
    if fmtkey(a) == fmtkey(b):
        return 'format'
    if field == 'postalCode':
        return 'format' if k_plz(a) == k_plz(b) else 'changed'
    if field == 'country':
        return 'format' if COUNTRIES.get(umlkey(a), umlkey(a)) == COUNTRIES.get(umlkey(b), umlkey(b)) else 'changed'
    if umlkey(a) == umlkey(b):
        return 'umlaut'
    if field == 'region':
        return 'abbrev' if REGIONS.get(umlkey(a), umlkey(a)) == REGIONS.get(umlkey(b), umlkey(b)) else 'changed'
    wa, wb = words(a), words(b)
    if field == 'city':
        if CITY_SHORT.get(umlkey(a), umlkey(a)) == CITY_SHORT.get(umlkey(b), umlkey(b)):
            return 'abbrev'
        if city_base(a) == city_base(b):
            return 'district'
        if EXO.get(umlkey(a), umlkey(a)) == EXO.get(umlkey(b), umlkey(b)):
            return 'exonym'
    elif field == 'line1':
        if k_street(a) == k_street(b):
            return 'abbrev'
    elif field == 'line2':
        if expand(wa, ABBREV_L2) == expand(wb, ABBREV_L2):
            return 'abbrev'
    else:
        if field == 'displayName' and umlkey(dequal(a)) == umlkey(dequal(b)):
            return 'qualifier'
        if [x for x in wa if x not in TITLE_WORDS] == [x for x in wb if x not in TITLE_WORDS]:
            return 'title'
        if sorted(wa) == sorted(wb):
            return 'order'
        if drop_legal(wa) == drop_legal(wb):
            return 'legal_form'
        if expand(wa, ABBREV) == expand(wb, ABBREV):
            return 'abbrev'
        if drop_inh(wa) == drop_inh(wb):
            return 'inh'
        if field != 'familyName' and [NICKN.get(x, x) for x in wa] == [NICKN.get(x, x) for x in wb]:
            return 'nickname'
    if osa(a, b) == 1 and first_letter_safe(a, b):
        return 'typo'
    if subseq(wb, wa) or prefixwise(wb, wa):
        return 'partial'
    t = b.rstrip('. ')
    if 3 <= len(t) < len(a) and a.startswith(t):
        return 'partial'
    if subseq(wa, wb):
        return 'extension'
    return 'changed'


def one(field, a, b):
    if a is None and b is None:
        return None
    if b is None:
        return 'missing'
    if a is None:
        return 'added'
    if a == b:
        return None
    return label_for(field, a, b)


def derive(A, B):
    out = []
    g1, f1_, g2, f2_ = A['givenName'], A['familyName'], B['givenName'], B['familyName']
    swapped = bool(g1 and f1_ and g2 and f2_ and umlkey(g2) == umlkey(f1_) and umlkey(f2_) == umlkey(g1)
                   and umlkey(g1) != umlkey(f1_))
    for f in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        if swapped and f in ('givenName', 'familyName'):
            out.append(f + ':swapped')
            continue
        lab = one(f, A[f], B[f])
        if lab:
            out.append(f + ':' + lab)
    a, b = A['address'], B['address']
    if a is None and b is None:
        return out
    if a is None or b is None:
        return out + ['address:' + ('missing' if b is None else 'added')]
    ka, kb = k_addr(a), k_addr(b)
    if ka and kb and ka != kb:
        pa, sa, na = ka.split('|')
        pb, sb, nb = kb.split('|')
        if not (pa == pb and na == nb and osa(sa, sb) == 1):
            return out + ['address:moved']
    for sf in ('line1', 'line2', 'city', 'region', 'postalCode', 'country'):
        lab = one(sf, a[sf], b[sf])
        if lab:
            out.append('address.' + sf + ':' + lab)
    return out


STOPW = {'und', 'der', 'die', 'das', 'fur', 'von', 'am', 'im', 'zum', 'zur', 'an', 'in', 'de', 'van', 'zu'}


def core(name):
    t = drop_legal(drop_inh(words(name)))
    return ' '.join(sorted(x for x in expand(t, ABBREV) if x not in STOPW))


def person_key(g, f):
    if not g or not f:
        return None
    return umlkey(f) + '|' + '-'.join(NICKN.get(x, x) for x in words(g))


def ident(c):
    if c['companyName']:
        return 'o:' + core(c['companyName'])
    pk = person_key(c['givenName'], c['familyName'])
    return 'p:' + pk if pk else None


def rcity(c):
    return city_base(c['address']['city']) if c['address'] and c['address'].get('city') else None


def domain(e):
    return e.lower().split('@', 1)[1] if e and '@' in e else None


def marker(c):
    m = re.findall(r'\b(sen|senior|jun|junior|jr)\b', f2(c['displayName'] or ''))
    if not m:
        return None
    return 'sen' if m[-1] in ('sen', 'senior') else 'jun'


GENERIC_TOK = {'gmbh', 'und', 'stadt', 'der', 'die', 'das', 'fur', 'von', 'weg', 'inh', 'inhaber', 'filiale',
               'niederlassung', 'elektro', 'sanitar', 'heizung', 'haustechnik', 'gebaudetechnik', 'service', 'bau',
               'holding', 'immobilien', 'meisterbetrieb', 'hausverwaltung', 'gebr', 'gebruder', 'sohn', 'sohne'}


def brands(c):
    if not c['companyName']:
        return set()
    t = drop_legal(words(c['companyName'] + ' ' + (c['displayName'] or '')))
    return {x for x in t if len(x) >= 4 and not x.isdigit() and x not in GENERIC_TOK and x not in TITLE_WORDS}


TRADE_STEMS = {'san': ('sanitar', 'bader'), 'heiz': ('heizung', 'warme'), 'elektro': ('elektro',),
               'dach': ('dach', 'bedachung'), 'maler': ('maler', 'lackier'), 'holz': ('schreiner', 'tischler', 'mobel'),
               'fliesen': ('fliesen', 'naturstein'), 'haus': ('haustechnik', 'gebaudetechnik')}


def trades(name):
    t = ' '.join(words(name))
    return {k for k, stems in TRADE_STEMS.items() if any(s in t for s in stems)}


def gcanon(g):
    return {NICKN.get(x, x) for x in words(g or '')}


def evidence(A, B, eid, labels, owners):
    ev = []

    def solo(kind, k):
        return owners[kind].get(k, {eid}) <= {eid}
    ea, eb = k_email(A['email']), k_email(B['email'])
    if ea and eb and solo('email', ea) and solo('email', eb) and (ea == eb or 'email:typo' in labels):
        ev.append('email')
    pa, pb = k_phone(A['phone']), k_phone(B['phone'])
    if pa and pa == pb and solo('phone', pa):
        ev.append('phone')
    ka, kb = k_addr(A['address']), k_addr(B['address'])
    if ka and ka == kb and solo('addr', ka):
        ev.append('address')
    return ev


def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as fh:
        h.update(fh.read())
    return h.hexdigest()


# ================================================================= checks
def main():
    sp, mp = os.path.join(HERE, 'set.jsonl'), os.path.join(HERE, 'meta.jsonl')
    for fn in ('gen.py', 'check.py', 'README.txt', 'set.jsonl', 'meta.jsonl'):
        report('file present: ' + fn, os.path.exists(os.path.join(HERE, fn)))
    try:
        S = [json.loads(l) for l in open(sp, encoding='utf-8')]
        M = [json.loads(l) for l in open(mp, encoding='utf-8')]
        report('json parses', True)
    except Exception as ex:
        report('json parses', False, str(ex))
        return finish()
    report('3000 records and 3000 labels', len(S) == 3000 and len(M) == 3000, '%d/%d' % (len(S), len(M)))

    # ---- schema
    bad = []
    CK = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
    AK = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
    for i, r in enumerate(S):
        if set(r) != {'set', 'entity', 'contact'} or not re.match(r'^c[0-9a-f]{7}$', r['entity']):
            bad.append(i)
            continue
        c = r['contact']
        if list(c) != CK:
            bad.append(i)
            continue
        for k in CK[:-1]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                bad.append(i)
        if c['address'] is not None:
            if list(c['address']) != AK:
                bad.append(i)
            else:
                for k in AK:
                    v = c['address'][k]
                    if v is not None and (not isinstance(v, str) or not v.strip()):
                        bad.append(i)
    report('record schema (keys, ids, non-empty strings or null)', not bad, str(bad[:5]))
    report('order: 1500 existing then 1500 incoming',
           [r['set'] for r in S] == ['existing'] * 1500 + ['incoming'] * 1500)
    mis = [i for i in range(3000) if M[i]['set'] != S[i]['set'] or M[i]['entity'] != S[i]['entity']
           or M[i]['index'] != (i if i < 1500 else i - 1500)]
    report('meta aligned with set (set, index, entity)', not mis, str(mis[:5]))
    EX, IN = S[:1500], S[1500:]
    MX, MI = M[:1500], M[1500:]
    C = [r['contact'] for r in S]
    CX, CI = C[:1500], C[1500:]

    # ---- existing list
    dn = [c['displayName'] for c in CX]
    report('existing: every record has a displayName', all(dn))
    keys = [d.casefold() for d in dn if d]
    report('existing: sorted by displayName casefolded', keys == sorted(keys))
    report('existing: displayName unique case-insensitively', len(set(keys)) == len(keys))
    report('existing: one record per customer', len({r['entity'] for r in EX}) == 1500)
    report('existing: each has e-mail, phone or address',
           all(c['email'] or c['phone'] or c['address'] for c in CX))
    n_org = sum(1 for m in MX if m['kind'].startswith('org/'))
    report('existing: about half organisations', 700 <= n_org <= 800, str(n_org))
    ne = sum(1 for c in CX if not c['email']) / 15.0
    npn = sum(1 for c in CX if not c['phone']) / 15.0
    na = sum(1 for c in CX if not c['address']) / 15.0
    report('existing: realistic gaps (no e-mail 10-15%, no phone 8-13%, no address 12-18%)',
           10 <= ne <= 15 and 8 <= npn <= 13 and 12 <= na <= 18, '%.1f/%.1f/%.1f %%' % (ne, npn, na))
    kind_of = {}
    badk = []
    for m, c in zip(M, C):
        if kind_of.setdefault(m['entity'], m['kind']) != m['kind']:
            badk.append(m['entity'])
        if m['kind'].startswith('org/') and not c['companyName']:
            badk.append(m['entity'])
        if m['kind'].startswith('person/') and c['companyName']:
            badk.append(m['entity'])
    report('organisations always have companyName, persons never; kind stable per entity', not badk, str(badk[:5]))

    # ---- categories / links
    cat = Counter(m['category'] for m in MI)
    report('existing meta category/changes', all(m['category'] == 'existing' and m['changes'] == [] for m in MX))
    report('incoming composition (~55% match, ~35% new, 10% hard negatives)',
           790 <= cat['match'] <= 860 and 490 <= cat['new'] <= 560 and cat['hard_negative'] == 150, str(dict(cat)))
    ex_ent = {r['entity']: i for i, r in enumerate(EX)}
    badl = []
    matched = Counter()
    for j, m in enumerate(MI):
        if m['category'] == 'match':
            ci = m.get('compare_index')
            if m.get('compare_set') != 'existing' or not isinstance(ci, int) or not 0 <= ci < 1500 \
                    or EX[ci]['entity'] != m['entity'] or m.get('profile') not in ('light', 'medium', 'harsh'):
                badl.append(j)
            matched[m['entity']] += 1
    report('matches link to the same entity in existing', not badl, str(badl[:5]))
    report('each existing customer matched at most once', all(v == 1 for v in matched.values()))
    occ_seen = defaultdict(list)
    badn = []
    for j, m in enumerate(MI):
        if m['category'] == 'new':
            if m['entity'] in ex_ent:
                badn.append(j)
            occ_seen[m['entity']].append((j, m['occurrence']))
    for ent, lst in occ_seen.items():
        if [o for _, o in lst] != list(range(1, len(lst) + 1)) or len(lst) > 3:
            badn.append(ent)
        first = lst[0][0]
        for j, o in lst:
            m = MI[j]
            if o == 1 and ('compare_index' in m or m['changes']):
                badn.append(j)
            if o >= 2 and (m.get('compare_set') != 'incoming' or m.get('compare_index') != first
                           or m.get('profile') not in ('light', 'medium', 'harsh')):
                badn.append(j)
    rep = Counter(len(v) for v in occ_seen.values())
    report('new customers: not in existing, occurrences 1..3 in incoming order, repeats compare to occurrence 1',
           not badn, str(badn[:5]))
    report('new customers: some appear two and three times', rep[2] >= 40 and rep[3] >= 8, str(dict(rep)))
    hn = [(j, m) for j, m in enumerate(MI) if m['category'] == 'hard_negative']
    types = Counter(m['hn_type'] for _, m in hn)
    anchors = [m['anchor'] for _, m in hn]
    badh = []
    inc_ent = Counter(r['entity'] for r in IN)
    for j, m in hn:
        ai = m.get('anchor_index')
        if not isinstance(ai, int) or EX[ai]['entity'] != m['anchor'] or m['entity'] in ex_ent or inc_ent[m['entity']] != 1:
            badh.append(j)
        if not m.get('rule') or not isinstance(m.get('shared'), list):
            badh.append(j)
    report('hard negatives: 10 types x 15', len(types) == 10 and all(v == 15 for v in types.values()), str(dict(types)))
    report('hard negatives: 150 distinct anchors', len(set(anchors)) == 150)
    report('hard negatives: anchor link, own entity, rule and shared present', not badh, str(badh[:5]))

    # ---- owners over the whole file
    owners = {'email': defaultdict(set), 'phone': defaultdict(set), 'addr': defaultdict(set)}
    for r in S:
        c = r['contact']
        for kind, k in (('email', k_email(c['email'])), ('phone', k_phone(c['phone'])), ('addr', k_addr(c['address']))):
            if k:
                owners[kind][k].add(r['entity'])

    # ---- labels == differences
    def compared(j):
        m = MI[j]
        if m['category'] == 'match':
            return CX[m['compare_index']]
        if m['category'] == 'new' and m['occurrence'] >= 2:
            return CI[m['compare_index']]
        if m['category'] == 'hard_negative':
            return CX[m['anchor_index']]
        return None
    badlab, badvocab, baddup = [], [], []
    for j, m in enumerate(MI):
        A = compared(j)
        if A is None:
            if m['changes']:
                badlab.append(j)
            continue
        d = derive(A, CI[j])
        if sorted(d) != sorted(m['changes']):
            badlab.append((j, d, m['changes']))
        if len(set(m['changes'])) != len(m['changes']):
            baddup.append(j)
        for lab in m['changes']:
            f, w = lab.split(':')
            if w not in ALLOWED.get(f, set()):
                badvocab.append(lab)
    report('labels == differences (re-derived from values for matches, repeats, hard negatives)', not badlab,
           str(badlab[:3]))
    report('label vocabulary per field, no duplicate labels', not badvocab and not baddup, str(badvocab[:5]))

    # ---- explicit semantics for the sensitive labels
    def val(c, f):
        if f.startswith('address.'):
            return c['address'][f[8:]] if c['address'] else None
        return c.get(f)
    badsem = []
    for j, m in enumerate(MI):
        A = compared(j)
        if A is None:
            continue
        B = CI[j]
        for lab in m['changes']:
            f, w = lab.split(':')
            if f == 'address':
                continue
            a, b = val(A, f), val(B, f)
            if w == 'missing' and not (a is not None and b is None):
                badsem.append(lab)
            if w == 'added' and not (a is None and b is not None):
                badsem.append(lab)
            if w == 'case' and not (a != b and a.lower() == b.lower()):
                badsem.append(lab)
            if w == 'typo':
                if f == 'phone':
                    if osa(k_phone(a), k_phone(b)) != 1:
                        badsem.append(lab)
                elif osa(a, b) != 1 or not first_letter_safe(a, b):
                    badsem.append(lab)
            if w == 'format' and f == 'phone' and k_phone(a) != k_phone(b):
                badsem.append(lab)
            if w == 'extension' and f == 'phone' and not k_phone(b).startswith(k_phone(a)):
                badsem.append(lab)
            if w == 'partial' and f != 'phone' and not (len(b) < len(a)):
                badsem.append(lab)
            if w == 'umlaut' and umlkey(a) != umlkey(b):
                badsem.append(lab)
        if 'address:moved' in m['changes']:
            if not (A['address'] and B['address'] and k_addr(A['address']) != k_addr(B['address'])):
                badsem.append('moved')
    report('label semantics (missing/added/case/typo one edit not on a first letter/format/extension/partial/umlaut/moved)',
           not badsem, str(badsem[:5]))

    # ---- profiles
    badp = []
    profs = Counter()
    for j, m in enumerate(MI):
        if 'profile' not in m:
            continue
        profs[m['profile']] += 1
        n = len(m['changes'])
        ns = sum(1 for l in m['changes'] if l.split(':')[1] in STRONG)
        ok = (m['profile'] == 'light' and 1 <= n <= 2) or (m['profile'] == 'medium' and 2 <= n <= 4) or \
             (m['profile'] == 'harsh' and n >= 4 and ns >= 2)
        if not ok:
            badp.append(j)
    report('profiles: light 1-2, medium 2-4, harsh >=4 with >=2 missing/changed/moved/partial', not badp, str(badp[:5]))
    report('profiles: all three used with a realistic spread',
           all(profs[p] >= 100 for p in ('light', 'medium', 'harsh')), str(dict(profs)))

    # ---- evidence
    bade = []
    for j, m in enumerate(MI):
        if 'profile' not in m:
            continue
        A = compared(j)
        ev = evidence(A, CI[j], m['entity'], m['changes'], owners)
        if sorted(ev) != sorted(m['evidence']) or not ev:
            bade.append((j, ev, m['evidence']))
    report('link evidence: recomputed == meta evidence and never empty for matches and repeats', not bade, str(bade[:3]))
    evc = Counter(len(m['evidence']) for m in MI if 'evidence' in m)
    report('link evidence: some links hang on a single channel', evc[1] >= 150, str(dict(evc)))

    # ---- new customers isolated from existing
    ex_emails = [k_email(c['email']) for c in CX if c['email']]
    ex_phones = {k_phone(c['phone']) for c in CX if c['phone']}
    ex_addrs = {k_addr(c['address']) for c in CX if k_addr(c['address'])}
    ex_ids = {ident(c) for c in CX if ident(c)}
    ex_pk = {person_key(c['givenName'], c['familyName']) for c in CX if person_key(c['givenName'], c['familyName'])}
    delidx = defaultdict(set)
    for e in ex_emails:
        delidx[e].add(e)
        for i in range(len(e)):
            delidx[e[:i] + e[i + 1:]].add(e)

    def near_existing(e):
        cands = set(delidx.get(e, set()))
        for i in range(len(e)):
            cands |= delidx.get(e[:i] + e[i + 1:], set())
        return any(osa(e, x) <= 1 for x in cands)
    badnew = []
    for j, m in enumerate(MI):
        if m['category'] != 'new':
            continue
        c = CI[j]
        if c['email'] and near_existing(k_email(c['email'])):
            badnew.append((j, 'email'))
        if c['phone'] and k_phone(c['phone']) in ex_phones:
            badnew.append((j, 'phone'))
        if k_addr(c['address']) and k_addr(c['address']) in ex_addrs:
            badnew.append((j, 'address'))
        if ident(c) in ex_ids:
            badnew.append((j, 'name'))
        pk = person_key(c['givenName'], c['familyName'])
        if pk and pk in ex_pk:
            badnew.append((j, 'person'))
    report('new customers share no e-mail (within one edit), phone, address, name core or person key with existing',
           not badnew, str(badnew[:5]))

    # ---- hard negatives
    badch, badsh, baddec = [], [], []
    for j, m in hn:
        a, h = CX[m['anchor_index']], CI[j]
        sh = m['shared']
        if k_phone(a['phone']) and k_phone(a['phone']) == k_phone(h['phone']):
            badch.append((j, 'phone'))
        ea, eh = k_email(a['email']), k_email(h['email'])
        if ea and eh:
            if ea == eh:
                if 'email' not in sh or len(owners['email'][ea]) < 2:
                    badch.append((j, 'email'))
            elif osa(ea, eh) <= 1:
                badch.append((j, 'email1'))
        ka, kh = k_addr(a['address']), k_addr(h['address'])
        if (ka is not None and ka == kh) != ('address' in sh):
            badch.append((j, 'address'))
        # shared list verification
        truth = {
            'name': ident(a) is not None and ident(a) == ident(h),
            'family_name': bool(a['familyName'] and h['familyName'] and umlkey(a['familyName']) == umlkey(h['familyName'])),
            'email': bool(ea and ea == eh),
            'domain': bool(domain(a['email']) and domain(a['email']) == domain(h['email'])),
            'address': bool(ka and ka == kh),
            'city': bool(rcity(a) and rcity(a) == rcity(h)),
            'contact': bool(a['companyName'] and h['companyName'] and person_key(a['givenName'], a['familyName'])
                            and person_key(a['givenName'], a['familyName']) == person_key(h['givenName'], h['familyName'])),
            'brand': bool(brands(a) & brands(h)),
        }
        for item in sh:
            if not truth.get(item, False):
                badsh.append((j, item))
        for item in ('email', 'domain', 'address', 'city', 'name'):
            if truth[item] and item not in sh:
                badsh.append((j, 'unlisted ' + item))
        if not sh:
            badsh.append((j, 'empty'))
        t = m['hn_type']
        ok = True
        if t == 'filiale':
            ok = truth['name'] and ka and kh and ka != kh and rcity(a) != rcity(h) and \
                umlkey(a['displayName']) != umlkey(h['displayName']) and rcity(h) in umlkey(h['displayName'])
        elif t == 'konzern':
            ok = truth['address'] and truth['brand'] and not truth['name']
        elif t == 'namesake':
            ok = truth['name'] and a['address'] and h['address'] and rcity(a) != rcity(h) and not truth['email'] \
                and not truth['address'] and a['companyName'] is None
        elif t == 'vater_sohn':
            ok = truth['name'] and marker(a) and marker(h) and marker(a) != marker(h)
        elif t == 'sibling_firm':
            ok = truth['family_name'] and not truth['name'] and a['givenName'] and h['givenName'] and \
                not (gcanon(a['givenName']) & gcanon(h['givenName'])) and \
                set(words(a['givenName'])) <= set(words(a['companyName'])) and \
                set(words(h['givenName'])) <= set(words(h['companyName']))
        elif t == 'same_building':
            ok = truth['address'] and not truth['name'] and not truth['email']
        elif t == 'weg':
            ok = truth['email'] and not truth['name'] and not truth['address'] and \
                all(re.match(r'^(weg|wohnungseigentumergemeinschaft|eigentumergemeinschaft)\b', ' '.join(words(x['companyName'])))
                    for x in (a, h))
        elif t == 'other_trade':
            ta, th = trades(a['companyName']), trades(h['companyName'])
            ok = truth['brand'] and not truth['name'] and ta and th and not (ta & th)
        elif t == 'household':
            ok = truth['address'] and truth['family_name'] and a['givenName'] and h['givenName'] and \
                not (gcanon(a['givenName']) & gcanon(h['givenName'])) and a['companyName'] is None
        elif t == 'municipal':
            ok = truth['brand'] and not truth['name'] and a['companyName'] and h['companyName']
        if not ok:
            baddec.append((j, t))
    report('hard negatives: never the anchor phone; e-mail same shared mailbox or >1 edit; address only when listed',
           not badch, str(badch[:5]))
    report('hard negatives: "shared" verified against the values', not badsh, str(badsh[:5]))
    report('hard negatives: type-specific decidability', not baddec, str(baddec[:5]))

    # ---- collisions only where intended
    ent_kind = kind_of
    ROLE = re.compile(r'^(rechnung|rechnungen|rechnungseingang|buchhaltung|belege|fibu|weg|verwaltung|wegverwaltung|'
                      r'objekte|kreditoren|familie\.?[a-z-]+|fam\.[a-z-]+)@')
    badc = []
    for k, es in owners['email'].items():
        if len(es) > 1 and not ROLE.match(k):
            badc.append(('email', k))
    PHONE_GROUPS = [{'person/haushalt'}, {'org/konzern'}, {'org/weg', 'org/hausverwaltung'}]
    for k, es in owners['phone'].items():
        if len(es) > 1:
            ks = {ent_kind[e] for e in es}
            if not any(ks <= g for g in PHONE_GROUPS):
                badc.append(('phone', k, sorted(ks)))
    recs_of = defaultdict(list)
    for r in S:
        recs_of[r['entity']].append(r['contact'])
    for k, es in owners['addr'].items():
        if len(es) > 1:
            es = sorted(es)
            for x in range(len(es)):
                for y in range(x + 1, len(es)):
                    ix = {ident(c) for c in recs_of[es[x]]} - {None}
                    iy = {ident(c) for c in recs_of[es[y]]} - {None}
                    mx = {marker(c) for c in recs_of[es[x]]} - {None}
                    my = {marker(c) for c in recs_of[es[y]]} - {None}
                    if ix & iy and not (mx and my and not (mx & my)):
                        badc.append(('address', k))
    report('shared e-mail / phone / address keys only where intended (role & family mailboxes, households, '
           'group head offices, HV + WEGs, same building)', not badc, str(badc[:5]))
    id_ent = defaultdict(set)
    for r in S:
        i = ident(r['contact'])
        if i:
            id_ent[i].add(r['entity'])
    badi = []
    for i, es in id_ent.items():
        if len(es) < 2:
            continue
        es = sorted(es)
        if i.startswith('o:'):
            if not all(ent_kind[e] == 'org/filiale' for e in es):
                badi.append(i)
            continue
        for x in range(len(es)):
            for y in range(x + 1, len(es)):
                cx = [c for c in recs_of[es[x]] if ident(c) == i]
                cy = [c for c in recs_of[es[y]] if ident(c) == i]
                mx = {marker(c) for c in cx} - {None}
                my = {marker(c) for c in cy} - {None}
                if mx and my and not (mx & my):
                    continue
                cix = {rcity(c) for c in cx} - {None}
                ciy = {rcity(c) for c in cy} - {None}
                if cix and ciy and not (cix & ciy):
                    continue
                badi.append(i)
    report('name collisions only for namesakes in other towns, sen./jun. and branches of one chain', not badi,
           str(badi[:5]))
    alle = sorted(owners['email'])
    didx = defaultdict(set)
    for e in alle:
        for i in range(len(e)):
            didx[e[:i] + e[i + 1:]].add(e)
        didx[e].add(e)
    badn1 = []
    for e in alle:
        cands = set(didx.get(e, set()))
        for i in range(len(e)):
            cands |= didx.get(e[:i] + e[i + 1:], set())
        for o in cands:
            if o != e and osa(e, o) <= 1 and (owners['email'][e] | owners['email'][o]) != owners['email'][e]:
                badn1.append((e, o))
    report('no two customers have e-mails within one edit of each other', not badn1, str(badn1[:3]))

    # ---- phenomena coverage
    allc = C
    names = [x for c in allc for x in (c['displayName'], c['companyName']) if x]
    blob = '\n'.join(names)
    ad = [c['address'] for c in allc if c['address']]
    phones = [c['phone'] for c in allc if c['phone']]
    emails = [c['email'].lower() for c in allc if c['email']]
    cov = {
        'GmbH & Co. KG': 'GmbH & Co. KG' in blob, 'GmbH & Co KG': 'GmbH & Co KG' in blob,
        'KG': ' KG' in blob, 'OHG': ' OHG' in blob, 'GbR': ' GbR' in blob, 'AG': re.search(r' AG\b', blob),
        'UG (haftungsbeschränkt)': 'UG (haftungsbeschränkt)' in blob, 'UG (haftungsbeschr.)': 'UG (haftungsbeschr.)' in blob,
        'e.K.': 'e.K.' in blob, 'e.Kfm.': 'e.Kfm.' in blob, 'eingetragener Kaufmann': 'eingetragener Kaufmann' in blob,
        'e.V.': 'e.V.' in blob, 'eG': re.search(r' eG\b', blob), 'mbH': ' mbH' in blob,
        'Gesellschaft mit beschränkter Haftung': 'Gesellschaft mit beschränkter Haftung' in blob,
        'Ges.m.b.H.': 'Ges.m.b.H.' in blob, 'GesmbH': 'GesmbH' in blob, 'Sàrl': 'Sàrl' in blob,
        'Inh. (>=20)': blob.count('Inh.') >= 20, 'Gebr. (>=5)': blob.count('Gebr.') >= 5,
        '& Sohn / & Söhne (>=5)': len(re.findall(r'& S(ohn|öhne)', blob)) >= 5,
        'Dr.': 'Dr. ' in blob, 'Dr.-Ing.': 'Dr.-Ing.' in blob, 'Prof. Dr.': 'Prof. Dr.' in blob,
        'Dipl.-Ing.': 'Dipl.-Ing.' in blob, 'Herr/Frau': re.search(r'\b(Herr|Frau) ', blob),
        'von/van/zu particles': all(re.search(r'\b' + p + r' ', blob) for p in ('von', 'van', 'zu')),
        'hyphenated surnames (>=10)': sum(1 for c in allc if c['familyName'] and '-' in c['familyName']) >= 10,
        'geb. maiden names': sum(1 for c in allc if c['familyName'] and 'geb.' in c['familyName']) >= 1,
        'double given names (>=10)': sum(1 for c in allc if c['givenName'] and '-' in c['givenName']) >= 10,
        '"Nachname, Vorname" (>=200)': sum(1 for c in allc if not c['companyName'] and ', ' in (c['displayName'] or '')) >= 200,
        'ALL CAPS existing (>=60)': sum(1 for c in CX if c['displayName'].isupper()) >= 60,
        'lower-case incoming (>=40)': sum(1 for c in CI if c['displayName'] and c['displayName'].islower()) >= 40,
        'Turkish/Polish/Italian/Greek names': all(re.search(p, blob + ' '.join(c['familyName'] or '' for c in allc))
                                                  for p in ('Yılmaz|Yilmaz|Öztürk|Şahin|Çelik', 'Nowak|Kowalsk|Wójcik',
                                                            'Rossi|Russo|Esposito', 'Papadopoul|Georgiou|Nikolaid')),
        'umlaut transliterations (ae/oe/ue)': re.search(r'(MUELLER|Mueller|Koeln|KOELN|Juergen|JUERGEN|Muenster|MUENSTER)', blob + json.dumps([a['city'] for a in ad], ensure_ascii=False)),
        'Köln / Koeln / Cologne': all(any(a['city'] and a['city'].startswith(x) for a in ad) for x in ('Köln', 'Cologne')) and
        any(a['city'] and a['city'].upper().startswith('KOELN') or a['city'].startswith('Koeln') for a in ad),
        'Straße/Strasse/Str./str.': all(any(x in a['line1'] for a in ad) for x in ('straße', 'Straße', 'strasse', 'str.', 'Str.')),
        'house-number ranges and letters': any(re.search(r'\d+-\d+$', a['line1']) for a in ad) and any(re.search(r'\d+ ?[a-d]$', a['line1']) for a in ad),
        'Postfach (>=5)': sum(1 for a in ad if a['line1'].startswith('Postfach')) >= 5,
        'c/o (>=20)': sum(1 for a in ad if a['line2'] and 'c/o' in a['line2']) >= 20,
        'building parts (Hinterhaus, OG)': any(a['line2'] and 'Hinterhaus' in a['line2'] for a in ad) and any(a['line2'] and 'OG' in a['line2'] for a in ad),
        'Gewerbegebiet/Industriegebiet': any(a['line2'] and re.search('Gewerbe|Industrie', a['line2']) for a in ad),
        'PLZ with D- prefix (>=10)': sum(1 for a in ad if a['postalCode'] and a['postalCode'].startswith('D-')) >= 10,
        'city districts (Köln-Ehrenfeld, Köln (Ehrenfeld))': any('-' in (a['city'] or '') for a in ad) and any('(' in (a['city'] or '') for a in ad),
        'regions NRW/Nordrhein-Westfalen/Hessen/Rheinland-Pfalz/null': all(any(a['region'] == x for a in ad) for x in ('NRW', 'Nordrhein-Westfalen', 'Hessen', 'Rheinland-Pfalz', None)),
        'countries Deutschland/DE/Germany/null': all(any(a['country'] == x for a in ad) for x in ('Deutschland', 'DE', 'Germany', None)),
        'Austria / Switzerland / NL / BE': all(any(a['country'] in xs for a in ad) for xs in (('AT', 'Österreich'), ('CH', 'Schweiz'), ('NL', 'Niederlande'), ('BE', 'Belgien'))),
        'phone formats': all(any(re.search(p, x) for x in phones) for p in (r'^\+49 \d', r'^0\d+ \d', r'^0\d+/', r'^\(0\d+\)', r'^\+49 \(0\)', r'-0$', r'^\+43', r'^\+41', r'^01[567]')),
        'mail providers': all(any(e.endswith('@' + d) for e in emails) for d in ('t-online.de', 'web.de', 'gmx.de', 'gmx.net', 'gmail.com', 'freenet.de')),
        'sen./jun.': re.search(r'\bsen\.', blob) and re.search(r'\bjun\.', blob),
        'WEG / Stadt / Filiale': all(x in blob for x in ('WEG ', 'Stadt ', 'Filiale')),
        'QBO qualifier (Town) / - 2': sum(1 for c in CX if re.search(r'\((\w[\w\s-]*)\)$', c['displayName'] or '') and umlkey(dequal(c['displayName'])) != umlkey(c['displayName'])) >= 5,
    }
    missing = [k for k, v in cov.items() if not v]
    report('country phenomena present (%d kinds)' % len(cov), not missing, str(missing))

    # ---- README hashes
    try:
        readme = open(os.path.join(HERE, 'README.txt'), encoding='utf-8').read()
        ok = sha(sp) in readme and sha(mp) in readme
    except OSError:
        ok = False
    report('README lists the SHA-256 of set.jsonl and meta.jsonl', ok)

    # ---- determinism
    scratch = os.path.join(HERE, '_det_scratch')
    try:
        hashes = []
        for seed in ('0', '12345'):
            out = os.path.join(scratch, seed)
            os.makedirs(out, exist_ok=True)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', out], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            hashes.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
        ok = hashes[0] == hashes[1] == (sha(sp), sha(mp))
        report('determinism: PYTHONHASHSEED=0 and 12345 give byte-identical output equal to the shipped files', ok)
    except Exception as ex:
        report('determinism', False, str(ex))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
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
