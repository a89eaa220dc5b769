#!/usr/bin/env python3
"""Generator for the ca-freight labelled record-linkage set.

Python 3 standard library only; deterministic (fixed seed, no iteration over
sets of strings). Writes set.jsonl and meta.jsonl next to this file.
"""
import difflib
import json
import os
import re
import random
import unicodedata

SEED = 20241203
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

N_EXISTING = 1500
N_MATCH_ENT = 625          # existing entities that arrive in the stream
N_MATCH_TWICE = 50         # ... of which arrive twice
N_NEW_PLAIN = 300
HN_PLAN = [("sister_company", 40), ("numbered_holdco", 30), ("branch_separate", 38),
           ("franchisee", 30), ("namesake_person", 36), ("relative_same_address", 32),
           ("person_vs_company", 32), ("shared_contact", 32), ("namesake_company", 30)]
N_REPEAT_ENT = 205         # new entities that repeat
N_REPEAT_TWICE = 20        # ... of which repeat twice


# ----------------------------------------------------------------- utilities
def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


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


def slug(s, sep=''):
    s = fold(s).lower().replace('&', ' ')
    toks = re.findall(r'[a-z0-9]+', s)
    return sep.join(toks)


NEAR = {'a': 'sqz', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj',
        'i': 'uo', 'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o',
        'r': 'et', 's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'y': 'tu', 'z': 'x'}


def typo(s):
    parts = s.split(' ')
    idx = [i for i, w in enumerate(parts) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return s
    i = pick(idx)
    w = parts[i]
    j = R.randrange(1, len(w) - 1)
    op = R.randrange(4)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1:
        w = w[:j] + w[j + 1:]
    elif op == 2:
        w = w[:j] + w[j] + w[j:]
    else:
        c = w[j].lower()
        w = w[:j] + pick(NEAR.get(c, 'e')) + w[j + 1:]
    parts[i] = w
    return ' '.join(parts)


def case_noise(s, tags, p=0.1):
    if s and chance(p):
        m = pick(['upper', 'upper', 'lower', 'title'])
        s2 = s.upper() if m == 'upper' else s.lower() if m == 'lower' else s.title()
        if s2 != s:
            tags.append('case_' + m)
        return s2
    return s


# ----------------------------------------------------------------- geography
PL = "ABCEGHJKLMNPRSTVWXYZ"
# name, prov, FSA prefixes, area codes, weight, alternative spellings, rural
CITIES = [
    ("Toronto", "ON", ["M4", "M5", "M6", "M1", "M3", "M9", "M8", "M2"], ["416", "647", "437"], 10, ["TORONTO", "North York", "Etobicoke", "Scarborough"], False),
    ("Mississauga", "ON", ["L5"], ["905", "289", "365"], 5, ["Missisauga"], False),
    ("Brampton", "ON", ["L6"], ["905", "289", "365"], 4, [], False),
    ("Vaughan", "ON", ["L4", "L6"], ["905", "289", "365"], 3, ["Concord", "Woodbridge"], False),
    ("Markham", "ON", ["L3", "L6"], ["905", "289", "365"], 3, [], False),
    ("Oakville", "ON", ["L6"], ["905", "289", "365"], 2, [], False),
    ("Hamilton", "ON", ["L8", "L9"], ["905", "289", "365"], 3, ["Stoney Creek"], False),
    ("Ottawa", "ON", ["K1", "K2"], ["613", "343"], 5, ["Nepean", "Kanata"], False),
    ("Kingston", "ON", ["K7"], ["613", "343"], 1, [], False),
    ("London", "ON", ["N5", "N6"], ["519", "226", "548"], 3, [], False),
    ("Kitchener", "ON", ["N2"], ["519", "226", "548"], 2, [], False),
    ("Windsor", "ON", ["N8", "N9"], ["519", "226", "548"], 2, [], False),
    ("Barrie", "ON", ["L4"], ["705", "249"], 1, [], False),
    ("Sudbury", "ON", ["P3"], ["705", "249"], 1, ["Greater Sudbury", "Grand Sudbury"], False),
    ("Alliston", "ON", ["L9"], ["705", "249"], 1, [], True),
    ("Montréal", "QC", ["H1", "H2", "H3", "H4"], ["514", "438"], 10, ["Montreal", "MONTRÉAL", "Mtl", "Montréal (Québec)"], False),
    ("Laval", "QC", ["H7"], ["450", "579"], 3, [], False),
    ("Longueuil", "QC", ["J4"], ["450", "579"], 2, ["Longeuil"], False),
    ("Boucherville", "QC", ["J4"], ["450", "579"], 1, [], False),
    ("Saint-Jérôme", "QC", ["J7"], ["450", "579"], 1, ["St-Jérôme", "St-Jerome", "Saint-Jerome"], False),
    ("Saint-Hyacinthe", "QC", ["J2"], ["450", "579"], 1, ["St-Hyacinthe", "St-Hyacinthe"], True),
    ("Québec", "QC", ["G1", "G2"], ["418", "581"], 4, ["Quebec", "Ville de Québec", "Quebec City"], False),
    ("Lévis", "QC", ["G6"], ["418", "581"], 1, ["Levis"], False),
    ("Gatineau", "QC", ["J8", "J9"], ["819", "873"], 2, [], False),
    ("Sherbrooke", "QC", ["J1"], ["819", "873"], 1, [], False),
    ("Trois-Rivières", "QC", ["G8", "G9"], ["819", "873"], 1, ["Trois-Rivieres", "Trois Rivières"], False),
    ("Drummondville", "QC", ["J2"], ["819", "873"], 1, [], False),
    ("Vancouver", "BC", ["V5", "V6"], ["604", "778", "236"], 6, ["VANCOUVER", "Vancouver BC"], False),
    ("Burnaby", "BC", ["V5"], ["604", "778", "236"], 3, [], False),
    ("Surrey", "BC", ["V3", "V4"], ["604", "778", "236"], 3, [], False),
    ("Richmond", "BC", ["V6", "V7"], ["604", "778", "236"], 3, [], False),
    ("Delta", "BC", ["V4"], ["604", "778", "236"], 1, ["Tilbury"], False),
    ("Coquitlam", "BC", ["V3"], ["604", "778", "236"], 1, [], False),
    ("Langley", "BC", ["V2", "V3"], ["604", "778", "236"], 1, [], False),
    ("Abbotsford", "BC", ["V2"], ["604", "778", "236"], 1, [], False),
    ("Chilliwack", "BC", ["V2"], ["604", "778", "236"], 1, [], True),
    ("Victoria", "BC", ["V8", "V9"], ["250", "778", "236"], 2, [], False),
    ("Kelowna", "BC", ["V1"], ["250", "778", "236"], 2, [], False),
    ("Kamloops", "BC", ["V2"], ["250", "778", "236"], 1, [], False),
    ("Nanaimo", "BC", ["V9"], ["250", "778", "236"], 1, [], False),
    ("Calgary", "AB", ["T2", "T3"], ["403", "587", "825", "368"], 6, ["CALGARY", "Cgy"], False),
    ("Edmonton", "AB", ["T5", "T6"], ["780", "587", "825"], 5, ["EDMONTON", "Edm"], False),
    ("Red Deer", "AB", ["T4"], ["403", "587", "825"], 1, [], False),
    ("Lethbridge", "AB", ["T1"], ["403", "587", "825"], 1, [], False),
    ("Airdrie", "AB", ["T4"], ["403", "587", "825"], 1, [], False),
    ("Grande Prairie", "AB", ["T8"], ["780", "587", "825"], 1, [], False),
    ("Olds", "AB", ["T4"], ["403", "587", "825"], 1, [], True),
    ("Nisku", "AB", ["T9"], ["780", "587", "825"], 1, ["Leduc County"], False),
]
CITY = {}
for _c in CITIES:
    CITY[_c[0]] = {'name': _c[0], 'prov': _c[1], 'fsa': _c[2], 'codes': _c[3], 'w': _c[4], 'alt': _c[5], 'rural': _c[6]}
CITY_LIST = [CITY[c[0]] for c in CITIES]
PROV_W = {'ON': 38, 'QC': 30, 'BC': 17, 'AB': 15}
PROV_CODES = {}
for _c in CITY_LIST:
    PROV_CODES.setdefault(_c['prov'], [])
    for _a in _c['codes']:
        if _a not in PROV_CODES[_c['prov']]:
            PROV_CODES[_c['prov']].append(_a)
TOLLFREE = ["800", "888", "877", "866", "855", "844", "833"]
REGION_VARIANTS = {
    'ON': ["ON", "ON", "Ontario", "Ont.", "on", "ONT"],
    'QC': ["QC", "QC", "Québec", "Quebec", "Qc", "PQ", "Qué."],
    'BC': ["BC", "BC", "British Columbia", "B.C.", "Colombie-Britannique", "bc"],
    'AB': ["AB", "AB", "Alberta", "Alta.", "Alta", "ab"],
}
COUNTRY_VARIANTS = ["Canada", "Canada", "CA", "CAN", "canada", "CANADA", None]


def pick_city(prov=None, exclude=None):
    pool = [c for c in CITY_LIST if (prov is None or c['prov'] == prov) and c is not exclude]
    if prov is None:
        pairs = [(c, PROV_W[c['prov']] * c['w'] / sum(x['w'] for x in CITY_LIST if x['prov'] == c['prov'])) for c in pool]
    else:
        pairs = [(c, c['w']) for c in pool]
    return wpick(pairs)


def new_postal(city, rural=False):
    p = pick(city['fsa'])
    if rural:
        p = p[0] + '0'
    return p + pick(PL) + ' ' + str(R.randrange(10)) + pick(PL) + str(R.randrange(10))


USED_PHONES = set()


def new_phone(city, tollfree=False):
    codes = list(TOLLFREE) if tollfree else list(city['codes'])
    for _ in range(80):
        num = pick(codes) + '55501' + '%02d' % R.randrange(100)
        if num not in USED_PHONES:
            USED_PHONES.add(num)
            return num
    for ac in PROV_CODES[city['prov']] + TOLLFREE:
        for n in R.sample(range(100), 100):
            num = ac + '55501' + '%02d' % n
            if num not in USED_PHONES:
                USED_PHONES.add(num)
                return num
    raise RuntimeError('phone space exhausted')


def fmt_phone(d, level, ext=None, tags=None, fr=False):
    a, b, c = d[:3], d[3:6], d[6:]
    if level == 'canon':
        s = pick([f"({a}) {b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a} {b}-{c}"])
    else:
        s = pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}",
                  f"1-{a}-{b}-{c}", f"+1{a}{b}{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", f"1 ({a}) {b}-{c}"])
    if ext:
        s += pick([f" ext. {ext}", f" x{ext}", f" ext {ext}", f" #{ext}"] + ([f" poste {ext}"] * 2 if fr else []))
    return s


# ----------------------------------------------------------------- streets
EN_TYPES = {"Street": ["Street", "St", "St."], "Avenue": ["Avenue", "Ave", "Ave.", "Av"], "Road": ["Road", "Rd", "Rd."],
            "Drive": ["Drive", "Dr", "Dr."], "Boulevard": ["Boulevard", "Blvd", "Blvd."], "Parkway": ["Parkway", "Pkwy"],
            "Crescent": ["Crescent", "Cres", "Cres."], "Court": ["Court", "Crt", "Ct"], "Way": ["Way"], "Trail": ["Trail", "Tr"],
            "Highway": ["Highway", "Hwy"], "Lane": ["Lane", "Ln"], "Place": ["Place", "Pl"], "Gate": ["Gate"], "Line": ["Line"]}
EN_DIRS = {"West": ["West", "W", "W."], "East": ["East", "E", "E."], "North": ["North", "N"], "South": ["South", "S"],
           "NE": ["NE", "N.E."], "NW": ["NW", "N.W."], "SE": ["SE", "S.E."], "SW": ["SW", "S.W."]}
FR_TYPES = {"rue": ["rue", "Rue", "r."], "boulevard": ["boulevard", "boul.", "Boul.", "boul", "Blvd", "bd"],
            "avenue": ["avenue", "av.", "Av.", "ave"], "chemin": ["chemin", "ch.", "Ch."], "montée": ["montée", "Montée", "mtée"],
            "rang": ["rang", "Rang", "rg"], "route": ["route", "Route", "rte"], "place": ["place", "Place", "pl."]}
FR_DIRS = {"Ouest": ["Ouest", "O.", "O", "W"], "Est": ["Est", "E.", "E"], "Nord": ["Nord", "N."], "Sud": ["Sud", "S."]}
EN_STREETS = [("King", "Street", "West"), ("Queen", "Street", "East"), ("Main", "Street", None), ("Dundas", "Street", "West"),
              ("Bloor", "Street", "East"), ("Wellington", "Street", None), ("Victoria", "Avenue", None), ("Lakeshore", "Road", "East"),
              ("Industrial", "Parkway", "North"), ("Commerce", "Drive", None), ("Steeles", "Avenue", "West"), ("Eglinton", "Avenue", "East"),
              ("Sheppard", "Avenue", "West"), ("Airport", "Road", None), ("Dixie", "Road", None), ("Brock", "Street", None),
              ("Church", "Street", None), ("Park", "Avenue", None), ("Maple", "Avenue", None), ("Elm", "Street", None),
              ("Mill", "Street", None), ("Bridge", "Street", None), ("Front", "Street", "West"), ("Water", "Street", None),
              ("Railway", "Avenue", None), ("Progress", "Avenue", None), ("Enterprise", "Boulevard", None),
              ("Trade Centre", "Drive", None), ("Riverside", "Drive", None), ("Centre", "Street", None), ("College", "Street", None),
              ("Hastings", "Street", "East"), ("Kingsway", None, None), ("Marine", "Drive", None), ("Fraser", "Highway", None),
              ("Lougheed", "Highway", None), ("Douglas", "Street", None), ("Government", "Street", None), ("Harvey", "Avenue", None),
              ("Cedar", "Crescent", None), ("Birchmount", "Road", None), ("Shorncliffe", "Road", None), ("Kennedy", "Road", "South"),
              ("Westminster", "Highway", None), ("Production", "Way", None), ("Glenmore", "Trail", "SE"), ("Ogden", "Road", "SE"),
              ("Oakmont", "Court", None), ("Ironstone", "Gate", None), ("Fourth", "Line", None), ("Applewood", "Lane", None),
              ("Heritage", "Place", None), ("Sunset", "Boulevard", None), ("Whitehorse", "Road", None), ("Cardinal", "Crescent", None)]
FR_STREETS = [("Sainte-Catherine", "rue", "Ouest"), ("Saint-Laurent", "boulevard", None), ("Notre-Dame", "rue", "Est"),
              ("Sherbrooke", "rue", "Est"), ("Saint-Denis", "rue", None), ("Jean-Talon", "rue", "Ouest"), ("Henri-Bourassa", "boulevard", "Est"),
              ("des Laurentides", "boulevard", None), ("Principale", "rue", None), ("de l'Église", "rue", None),
              ("Industriel", "boulevard", None), ("Taschereau", "boulevard", None), ("du Parc", "avenue", None), ("Saint-Joseph", "rang", None),
              ("de la Côte-de-Liesse", "chemin", None), ("Wilfrid-Hamel", "boulevard", None), ("Charest", "boulevard", "Ouest"),
              ("Marie-Victorin", "boulevard", None), ("des Forges", "rue", None), ("King", "rue", "Ouest"), ("Saint-Martin", "boulevard", "Ouest"),
              ("Le Corbusier", "boulevard", None), ("Cartier", "rue", None), ("des Entreprises", "rue", None), ("de l'Industrie", "rue", None),
              ("Saint-Charles", "chemin", None), ("des Pionniers", "montée", None), ("Masson", "rue", None), ("Beaubien", "rue", "Est"),
              ("Lapinière", "boulevard", None), ("Fleury", "rue", "Ouest"), ("Bélanger", "rue", None), ("de la Gare", "rue", None),
              ("Saint-Jean-Baptiste", "rue", None), ("du Séminaire", "rue", "Nord"), ("Laurier", "avenue", "Ouest"),
              ("Saint-Hubert", "rue", None), ("des Érables", "rue", None), ("Papineau", "avenue", None), ("Sainte-Foy", "chemin", None)]
AB_NUM_STREETS = True


def ordinal(n):
    n = int(n)
    suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f"{n}{suf}"


def new_address(city, kind='biz', unit_p=0.3):
    a = {'city': city, 'unit': None, 'utype': None, 'pobox': None, 'rr': None, 'num': None, 'st': None,
         'lang': 'fr' if city['prov'] == 'QC' else 'en', 'ustyle': pick(['prefix', 'line2', 'suffix'])}
    rural = city['rural'] and chance(0.45)
    a['postal'] = new_postal(city, rural=rural)
    if rural and a['lang'] == 'en':
        a['rr'] = str(R.randint(1, 9))
        if city['prov'] in ('AB', 'BC') and chance(0.6):
            a['site'] = (str(R.randint(1, 30)), str(R.randint(1, 60)))
            return a
        a['num'] = str(R.randint(1000, 9999))
        a['st'] = (pick(["County Road " + str(R.randint(2, 40)), "Concession " + str(R.randint(2, 14)),
                         "Township Road " + str(R.randint(300, 399)), "Range Road " + str(R.randint(10, 29))]), None, None)
        return a
    if kind == 'biz' and chance(0.05):
        a['pobox'] = str(R.randint(10, 9999))
        return a
    if a['lang'] == 'fr':
        a['st'] = pick(FR_STREETS)
    elif city['prov'] == 'AB' and city['name'] in ('Calgary', 'Edmonton', 'Red Deer', 'Airdrie', 'Lethbridge') and chance(0.6):
        quad = pick(['NE', 'NW', 'SE', 'SW']) if city['name'] in ('Calgary', 'Airdrie') else ('NW' if city['name'] == 'Edmonton' else None)
        a['st'] = (str(R.randint(1, 180)), pick(['Street', 'Avenue']), quad)
        a['abnum'] = True
    else:
        a['st'] = pick(EN_STREETS)
    a['num'] = str(R.choice([R.randint(1, 999), R.randint(100, 9999), R.randint(1000, 12999)]))
    if chance(unit_p):
        a['unit'] = str(pick([R.randint(1, 30), R.randint(100, 1900), R.randint(100, 450)]))
        if a['lang'] == 'fr':
            a['utype'] = pick(['bureau', 'local', 'suite']) if kind == 'biz' else pick(['app.', 'apt', 'logement'])
        else:
            a['utype'] = pick(['Suite', 'Unit']) if kind == 'biz' else pick(['Apt', 'Unit', 'Suite'])
    return a


def render_street(a, level, tags):
    name, typ, d = a['st']
    if a.get('abnum'):
        nm = name if (level == 'canon' or chance(0.6)) else ordinal(name)
        t = pick(EN_TYPES[typ]) if level != 'canon' else EN_TYPES[typ][1]
        s = f"{nm} {t}" + (f" {d}" if d else '')
        return s
    if a['lang'] == 'fr':
        if level == 'canon':
            t = FR_TYPES[typ][0] if typ else ''
            dd = FR_DIRS[d][0] if d else ''
        else:
            t = pick(FR_TYPES[typ]) if typ else ''
            dd = pick(FR_DIRS[d]) if d else ''
        if level != 'canon' and chance(0.15) and name.startswith('Saint'):
            name = name.replace('Sainte-', 'Ste-').replace('Saint-', 'St-')
            tags.append('street_abbrev')
        return ' '.join(x for x in [t, name, dd] if x)
    if level == 'canon':
        t = EN_TYPES[typ][R.randrange(min(2, len(EN_TYPES[typ])))] if typ else ''
        dd = EN_DIRS[d][R.randrange(min(2, len(EN_DIRS[d])))] if d else ''
    else:
        t = pick(EN_TYPES[typ]) if typ else ''
        dd = pick(EN_DIRS[d]) if d else ''
    return ' '.join(x for x in [name, t, dd] if x)


def render_addr(a, level, tags):
    """Return address dict. level canon|light|harsh."""
    city = a['city']
    out = {'line1': None, 'line2': None, 'city': None, 'region': None, 'postalCode': None, 'country': None}
    fr = a['lang'] == 'fr'
    if a['pobox']:
        if fr:
            out['line1'] = (pick(["C.P. ", "CP ", "Case postale "]) if level != 'canon' else "C.P. ") + a['pobox']
            if chance(0.4):
                out['line2'] = pick(["Succ. Bureau-chef", "Succursale Centre-ville", "Succ. A"])
        else:
            out['line1'] = (pick(["PO Box ", "P.O. Box ", "Box ", "PO BOX "]) if level != 'canon' else "PO Box ") + a['pobox']
            if chance(0.4):
                out['line2'] = pick(["Stn Main", "Station A", "Stn Main Post Office"])
    elif a['rr']:
        rr = (pick(["RR ", "R.R. #", "RR#", "Rural Route ", "R.R. "]) if level != 'canon' else "RR ") + a['rr']
        if a.get('site'):
            s, c = a['site']
            out['line1'] = pick([f"{rr}, Site {s}, Box {c}", f"Site {s} Comp {c} {rr}", f"{rr} Site {s} Box {c}"]) if level != 'canon' else f"{rr} Site {s} Box {c}"
        else:
            out['line1'] = f"{a['num']} {a['st'][0]}"
            if level != 'canon' and chance(0.4):
                out['line1'] = f"{a['num']} {a['st'][0]}, {rr}"
            else:
                out['line2'] = rr
    else:
        st = render_street(a, level, tags)
        num = a['num']
        civic = f"{num}, {st}" if fr and (chance(0.5) if level != 'canon' else a['ustyle'] == 'suffix') else f"{num} {st}"
        if a['unit']:
            u = a['unit']
            style = a['ustyle'] if level == 'canon' else pick(['prefix', 'line2', 'suffix', 'hash', 'drop'] if level == 'harsh' else ['prefix', 'line2', 'suffix'])
            ut = a['utype']
            if level != 'canon' and chance(0.3):
                ut = {'Suite': 'Ste', 'Unit': '#', 'bureau': 'bur.', 'Apt': 'Apt.', 'app.': 'appt', 'local': 'loc.', 'suite': 'suite', 'logement': 'log.'}.get(ut, ut)
            if style == 'prefix':
                out['line1'] = f"{u}-{num} {st}" if not fr or chance(0.7) else f"{u}-{num}, {st}"
            elif style == 'line2':
                out['line1'] = civic
                out['line2'] = f"{ut} {u}" if ut != '#' else f"#{u}"
            elif style == 'suffix':
                out['line1'] = f"{civic}, {ut} {u}" if ut != '#' else f"{civic} #{u}"
            elif style == 'hash':
                out['line1'] = f"#{u} - {num} {st}"
            else:
                out['line1'] = civic
                tags.append('unit_dropped')
        else:
            out['line1'] = civic
    # city
    cname = city['name']
    if level == 'harsh' and city['alt'] and chance(0.2):
        cname = pick(city['alt'])
        tags.append('city_variant')
    if level != 'canon' and chance(0.08):
        cname = fold(cname)
    out['city'] = cname
    # region
    if level == 'canon':
        out['region'] = REGION_VARIANTS[city['prov']][0] if chance(0.85) else REGION_VARIANTS[city['prov']][2]
    else:
        out['region'] = pick(REGION_VARIANTS[city['prov']])
    # postal
    p = a['postal']
    if level == 'canon':
        out['postalCode'] = p if chance(0.85) else p.replace(' ', '')
    else:
        v = pick(['std', 'std', 'nospace', 'lower', 'lower_nospace', 'dash'])
        out['postalCode'] = {'std': p, 'nospace': p.replace(' ', ''), 'lower': p.lower(),
                             'lower_nospace': p.lower().replace(' ', ''), 'dash': p.replace(' ', '-')}[v]
        if v != 'std':
            tags.append('postal_format')
    out['country'] = (pick(["Canada", "Canada", "CA", None]) if level == 'canon' else pick(COUNTRY_VARIANTS))
    if level == 'harsh' and out['line1'] and chance(0.06):
        out['line1'] = out['line1'].upper()
        tags.append('address_upper')
    if level == 'harsh' and chance(0.06):
        out['region'] = None
        tags.append('region_missing')
    if level == 'harsh' and chance(0.05):
        out['postalCode'] = None
        tags.append('postal_missing')
    return out


# ----------------------------------------------------------------- people
GIVEN = {
    'fr': {'m': ["Jean-François", "Mathieu", "Luc", "Stéphane", "Pierre", "Benoît", "Éric", "Marc-André", "Yves", "François", "Sébastien",
                 "Alexandre", "Martin", "Guillaume", "Philippe", "Simon", "Olivier", "Daniel", "Réjean", "Gilles", "Denis", "Michel",
                 "Jean-Philippe", "Maxime", "Patrice", "Normand", "Claude", "Frédéric"],
           'f': ["Marie-Ève", "Geneviève", "Isabelle", "Nathalie", "Chantal", "Julie", "Josée", "Martine", "Louise", "Sylvie", "Mélanie",
                 "Catherine", "Valérie", "Annie", "Caroline", "Stéphanie", "Émilie", "Véronique", "Marie-Claude", "Manon", "Audrey",
                 "Karine", "Joanie", "Lucie", "France", "Hélène"]},
    'en': {'m': ["Michael", "David", "Robert", "James", "William", "Christopher", "Matthew", "Daniel", "Thomas", "Andrew", "Joseph",
                 "Richard", "Steven", "Kevin", "Brian", "Jason", "Ryan", "Patrick", "Gordon", "Douglas", "Scott", "Kenneth", "Gregory",
                 "Timothy", "Jonathan", "Nicholas", "Edward", "Alexander"],
           'f': ["Jennifer", "Sarah", "Karen", "Emily", "Elizabeth", "Jessica", "Ashley", "Margaret", "Catherine", "Rebecca", "Susan",
                 "Laura", "Heather", "Amanda", "Nicole", "Michelle", "Stephanie", "Lisa", "Deborah", "Kimberly", "Christine", "Megan",
                 "Patricia", "Alison", "Victoria", "Samantha"]},
    'sa': {'m': ["Rajesh", "Sandeep", "Amit", "Vikram", "Arjun", "Ravi", "Gurpreet", "Manpreet", "Jaspreet", "Harjit", "Kuldeep",
                 "Navdeep", "Rohit", "Sanjay", "Anil", "Imran", "Farhan", "Suresh", "Arvind", "Balwinder", "Parminder", "Rakesh"],
           'f': ["Priya", "Anjali", "Neha", "Sunita", "Deepa", "Simran", "Harpreet", "Amandeep", "Rupinder", "Kavita", "Pooja", "Ritu",
                 "Nisha", "Shabnam", "Ayesha", "Lakshmi", "Meera", "Parveen", "Jasleen", "Gurleen"]},
    'zh': {'m': ["Wei", "Jian", "Hao", "Ming", "Jun", "Kevin", "Jason", "Eric", "Raymond", "Vincent", "Tony", "Alan", "Kenneth", "Dennis",
                 "Wilson", "Peter", "Xiaoming", "Zhiwei", "Kwok-Wai", "Tak Ming"],
           'f': ["Mei", "Ying", "Lin", "Xiaoling", "Grace", "Vivian", "Cindy", "Winnie", "Irene", "Amy", "Jenny", "Fiona", "Helen",
                 "Shu-Fen", "Yan", "Li Na", "Mei Ling", "Candice"]},
    'ph': {'m': ["Jose", "Mark Anthony", "Ramon", "Rodel", "Arnel", "Jomar", "Rey", "Ronaldo", "Eduardo", "Rommel", "Noel", "Danilo",
                 "John Paul", "Christian", "Marvin"],
           'f': ["Maria Cristina", "Rosalinda", "Jocelyn", "Marites", "Liza", "Jennalyn", "Maricel", "Analyn", "Rowena", "Divina",
                 "Lorna", "Maria Theresa", "Rhodora", "Josephine", "Cherry Mae"]},
}
SUR = {
    'fr': ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier",
           "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier",
           "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Desjardins", "Nadeau",
           "Champagne", "Gingras", "Tessier", "Demers", "Hébert", "Marchand", "Villeneuve", "Turcotte", "Drouin", "Lachance", "Brisson",
           "Vaillancourt", "Charbonneau", "Bisson"],
    'en': ["Smith", "Brown", "Wilson", "MacDonald", "Campbell", "Anderson", "Taylor", "Martin", "Thompson", "Stewart", "Robertson",
           "Murray", "Fraser", "Reid", "Clarke", "Mitchell", "Ross", "Graham", "Henderson", "Kennedy", "O'Brien", "McKenzie", "Hughes",
           "Walsh", "Johnston", "Morrison", "Young", "Bennett", "Cameron", "Sinclair", "Gallagher", "Fitzgerald", "Harrison", "Davidson",
           "Kowalski", "Novak", "Schmidt", "Wiebe", "Friesen", "Sutherland", "Crawford", "Doyle", "Burke", "Petrov", "Ferreira", "Rossi"],
    'sa': ["Singh", "Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu", "Patel", "Shah", "Sharma", "Gupta", "Mehta", "Brar", "Malhotra",
           "Chopra", "Bhatia", "Khan", "Iyer", "Reddy", "Bains", "Toor", "Virk", "Chahal", "Desai", "Joshi", "Nair", "Qureshi"],
    'zh': ["Wong", "Chan", "Li", "Zhang", "Wang", "Chen", "Liu", "Lam", "Leung", "Cheung", "Ho", "Ng", "Yip", "Tang", "Huang", "Lau",
           "Chow", "Lee", "Tsang", "Yu", "Zhao", "Xu", "Lin", "Kwan", "Mak"],
    'ph': ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "dela Cruz", "Villanueva", "Ramos", "Aquino", "Castillo",
           "Fernandez", "Manalo", "De Guzman", "Dizon", "Pascual", "Navarro", "Tolentino", "Soriano", "Macaraeg", "delos Santos"],
}
SIKH = ["Singh", "Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu", "Brar", "Bains", "Toor", "Virk", "Chahal"]
CULT_W = {'ON': [('en', 45), ('sa', 20), ('zh', 15), ('fr', 8), ('ph', 12)],
          'QC': [('fr', 72), ('en', 10), ('sa', 6), ('zh', 6), ('ph', 6)],
          'BC': [('en', 40), ('zh', 25), ('sa', 20), ('ph', 10), ('fr', 5)],
          'AB': [('en', 50), ('sa', 15), ('ph', 15), ('zh', 12), ('fr', 8)]}
NICK = {"Michael": ["Mike", "Mick"], "David": ["Dave"], "Robert": ["Bob", "Rob", "Bobby"], "James": ["Jim", "Jamie"],
        "William": ["Bill", "Will"], "Christopher": ["Chris"], "Matthew": ["Matt"], "Daniel": ["Dan", "Danny"], "Thomas": ["Tom"],
        "Andrew": ["Andy", "Drew"], "Joseph": ["Joe"], "Richard": ["Rick", "Dick"], "Steven": ["Steve"], "Kenneth": ["Ken"],
        "Gregory": ["Greg"], "Timothy": ["Tim"], "Jonathan": ["Jon"], "Nicholas": ["Nick"], "Edward": ["Ed", "Ted"],
        "Alexander": ["Alex"], "Patrick": ["Pat"], "Douglas": ["Doug"], "Gordon": ["Gord"],
        "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth"], "Jessica": ["Jess"], "Margaret": ["Maggie", "Peggy"],
        "Catherine": ["Cathy", "Kate"], "Rebecca": ["Becky"], "Susan": ["Sue"], "Deborah": ["Deb", "Debbie"], "Kimberly": ["Kim"],
        "Christine": ["Chris", "Chrissy"], "Patricia": ["Pat", "Trish"], "Victoria": ["Vicky"], "Samantha": ["Sam"], "Stephanie": ["Steph"],
        "Nicole": ["Nikki"], "Amanda": ["Mandy"],
        "Jean-François": ["J-F", "JF", "Jean-Francois"], "Marie-Ève": ["Marie-Eve", "Marie Ève"], "Marc-André": ["Marc-Andre", "Marc"],
        "Jean-Philippe": ["J-P", "JP"], "Stéphane": ["Steph"], "Geneviève": ["Gen", "Genevieve"], "Alexandre": ["Alex"],
        "Guillaume": ["Will"], "Frédéric": ["Fred"], "Marie-Claude": ["Marie-C.", "M-Claude"], "Mathieu": ["Matt"],
        "Gurpreet": ["Gary", "Preet"], "Harpreet": ["Harry", "Preet"], "Sandeep": ["Sandy", "Sunny"], "Rajesh": ["Raj"],
        "Vikram": ["Vik", "Vicky"], "Jaspreet": ["Jas", "Jassi"], "Manpreet": ["Manny"], "Parminder": ["Pam", "Parm"],
        "Navdeep": ["Nav"], "Kuldeep": ["Kuldip"], "Amandeep": ["Aman"], "Rupinder": ["Rupi"],
        "Xiaoming": ["Ming"], "Kwok-Wai": ["Kwok Wai", "KW"], "Xiaoling": ["Ling"], "Mei Ling": ["Meiling", "Mei-Ling"],
        "Maria Cristina": ["Cristina", "Tina", "Ma. Cristina"], "Mark Anthony": ["Mark", "Mac"], "Rosalinda": ["Rosa", "Linda"],
        "John Paul": ["JP", "Jp"], "Maria Theresa": ["Ma. Theresa", "Tess"], "Josephine": ["Josie", "Jo"], "Jose": ["Joey", "Pepe"],
        "Eduardo": ["Eddie"], "Ronaldo": ["Ron", "Ronnie"], "Cherry Mae": ["Cherry"]}
USED_PNAMES = set()


def new_person(prov='ON', cult=None, sex=None, family=None, unique=True):
    for _ in range(300):
        c = cult or wpick(CULT_W[prov])
        s = sex or pick('mf')
        g = pick(GIVEN[c][s])
        f = family or pick(SUR[c])
        if family is None and c == 'fr' and chance(0.1):
            f2 = pick(SUR['fr'])
            if f2 != f:
                f = f + '-' + f2
        key = (fold(g).lower(), fold(f).lower())
        if unique and key in USED_PNAMES:
            continue
        USED_PNAMES.add(key)
        mid = None
        if c == 'sa' and f in SIKH and s == 'f' and chance(0.5):
            mid = 'Kaur'
        elif c == 'sa' and f in SIKH and f != 'Singh' and s == 'm' and chance(0.3):
            mid = 'Singh'
        return {'given': g, 'family': f, 'cult': c, 'sex': s, 'mid': mid, 'canon_mid': chance(0.5)}
    return new_person(prov, None, sex, None, unique=False) if family else new_person(prov, None, None, None, unique=False)


def person_full(p):
    if p['mid'] and p['canon_mid']:
        return f"{p['given']} {p['mid']} {p['family']}"
    return f"{p['given']} {p['family']}"


def title_for(p, fr):
    if p['sex'] == 'm':
        return pick(["M.", "Monsieur"]) if fr else pick(["Mr.", "Mr"])
    return pick(["Mme", "Madame"]) if fr else pick(["Mrs.", "Ms.", "Ms"])


def pname(p, level, tags, fr=False):
    """Return (display, given, family) for a person."""
    g, f, mid = p['given'], p['family'], p['mid']
    if level == 'canon':
        return person_full(p), g, f
    showmid = mid and (chance(0.5))
    if level == 'harsh':
        if g in NICK and chance(0.17):
            g = pick(NICK[g])
            tags.append('nickname')
        elif chance(0.05):
            g = g[0] + '.'
            tags.append('initial')
        if '-' in f and chance(0.3):
            f = pick(f.split('-'))
            tags.append('surname_part')
        if ' ' in g and chance(0.2) and p['cult'] == 'ph':
            g = g.split(' ')[1] if chance(0.5) else g.split(' ')[0]
            tags.append('given_part')
        if f.startswith(('dela', 'delos', 'De ')) and chance(0.3):
            f = pick([f.replace(' ', ''), f.title(), f.replace('dela ', 'De la ')])
            tags.append('particle_variant')
        if chance(0.07):
            if chance(0.5):
                g = typo(g)
            else:
                f = typo(f)
            tags.append('typo_name')
    if chance(0.15 if level == 'harsh' else 0.1):
        g2, f2 = fold(g), fold(f)
        if (g2, f2) != (g, f):
            g, f = g2, f2
            tags.append('accents_dropped')
    if mid and showmid:
        gm = f"{g} {mid}" if chance(0.7) else f"{g} {mid[0]}."
    else:
        gm = g
    fmt = wpick([('gf', 70), ('f,g', 12), ('fg', 12 if p['cult'] == 'zh' else 3), ('title', 7)])
    if fmt == 'gf':
        disp = f"{gm} {f}"
    elif fmt == 'f,g':
        disp = f"{f}, {gm}"
        tags.append('last_first')
    elif fmt == 'fg':
        disp = f"{f} {gm}"
        tags.append('name_order_swapped')
    else:
        disp = f"{title_for(p, fr)} {gm} {f}"
        tags.append('title')
    disp = case_noise(disp, tags, 0.1)
    gg, ff = g, f
    if level == 'harsh':
        r = R.random()
        if r < 0.08:
            gg = ff = None
            tags.append('name_fields_missing')
        elif r < 0.12:
            gg, ff = f"{g} {f}", None
            tags.append('full_name_in_given')
        elif r < 0.15:
            gg, ff = f, g
            tags.append('name_fields_swapped')
    return disp, gg, ff


# ----------------------------------------------------------------- organisations
FORM_VARIANTS = {
    "Inc.": ["Inc.", "Inc", "inc.", "INC.", "Incorporated", "inc"],
    "inc.": ["inc.", "Inc.", "Inc", "INC"],
    "Ltd.": ["Ltd.", "Ltd", "LTD", "Limited", "ltd."],
    "Limited": ["Limited", "Ltd.", "Ltd", "LIMITED"],
    "Ltée": ["Ltée", "Ltee", "ltée", "Limitée", "LTÉE", "ltee"],
    "Corp.": ["Corp.", "Corp", "Corporation", "CORP."],
    "Corporation": ["Corporation", "Corp.", "Corp"],
    "Incorporated": ["Incorporated", "Inc.", "Inc"],
    "S.E.N.C.": ["S.E.N.C.", "SENC", "s.e.n.c.", "senc"],
    "Enr.": ["Enr.", "enr.", "Enr", "ENR."],
    "LLP": ["LLP", "L.L.P.", "llp", "Llp"],
    "S.E.N.C.R.L.": ["S.E.N.C.R.L.", "SENCRL", "s.e.n.c.r.l.", "senc.r.l."],
    "Professional Corporation": ["Professional Corporation", "Prof. Corp.", "PC", "P.C."],
    "Co. Ltd.": ["Co. Ltd.", "Co Ltd", "Company Ltd.", "Co. Limited"],
}
EN_FORMS = [("Inc.", 35), ("Ltd.", 30), ("Limited", 8), ("Corp.", 8), ("Corporation", 4), ("Incorporated", 3), (None, 12)]
FR_FORMS = [("Inc.", 40), ("inc.", 15), ("Ltée", 20), ("S.E.N.C.", 4), ("Enr.", 6), (None, 15)]
BC_FORMS = [("Ltd.", 60), ("Inc.", 20), ("Corp.", 5), (None, 15)]
AB_FORMS = [("Ltd.", 50), ("Inc.", 30), ("Corp.", 8), (None, 12)]


def alt_form_for(form):
    return {'Inc.': 'Inc.', 'inc.': 'Inc.', 'Ltée': 'Ltd.', 'Ltd.': 'Ltd.', 'Limited': 'Limited', 'Corp.': 'Corp.'}.get(form)


def form_for(prov, fr):
    if fr:
        return wpick(FR_FORMS)
    return wpick({'BC': BC_FORMS, 'AB': AB_FORMS}.get(prov, EN_FORMS))


TRADE_EN = ["Hardware", "Furniture", "Electric", "Plumbing & Heating", "Millwork", "Auto Parts", "Flooring", "Printing", "Imports",
            "Foods", "Bakery", "Meats", "Produce", "Tire", "Cabinets", "Machine Shop", "Welding", "Construction", "Landscaping",
            "Appliances", "Paint & Decor", "Pharmacy", "Jewellers", "Optical", "Farms", "Seeds", "Steel Fabricators", "Trading Co.",
            "Manufacturing", "& Sons", "Roofing", "Supply", "Fasteners", "Signs", "Glass", "Upholstery", "Electronics", "Tiles",
            "Hydraulics", "Coffee Roasters", "Greenhouses", "Woodworking", "Packaging", "Textiles", "Nurseries", "Distributors"]
TRADE_FR = ["Distributions", "Meubles", "Plomberie", "Électricité", "Quincaillerie", "Boulangerie", "Boucherie", "Pièces d'auto",
            "Imprimerie", "Ébénisterie", "Usinage", "Soudure", "Fromagerie", "Aliments", "Entreprises", "Importations",
            "Couvre-planchers", "Portes et fenêtres", "Pharmacie", "Bijouterie", "Pneus", "Équipements", "Matériaux",
            "Fabrication", "Emballages", "Produits", "Vitrerie", "Toitures", "Serres", "Torréfaction", "Textiles", "Excavation"]
FR_PLURAL = ["Distributions", "Meubles", "Aliments", "Entreprises", "Importations", "Pneus", "Équipements", "Matériaux",
             "Emballages", "Produits", "Serres", "Textiles", "Toitures"]
FR_EN = {"Distributions": "Distribution", "Meubles": "Furniture", "Emballages": "Packaging", "Aliments": "Foods",
         "Équipements": "Equipment", "Matériaux": "Building Materials", "Produits": "Products", "Importations": "Imports",
         "Imprimerie": "Printing", "Fabrication": "Manufacturing", "Pièces d'auto": "Auto Parts", "Pneus": "Tires",
         "Quincaillerie": "Hardware", "Textiles": "Textiles", "Toitures": "Roofing", "Entreprises": "Enterprises"}
ADJ_EN = ["Northern", "Pacific", "Great Lakes", "Prairie", "Summit", "Maplewood", "Cedar", "Evergreen", "Red River", "Silver Birch",
          "Golden West", "True North", "Harbourfront", "Lakeview", "Blue Heron", "Granite", "Polar", "Aurora", "Chinook", "Frontier",
          "Heritage", "Keystone", "Pinnacle", "Sterling", "Crestview", "Riverbend", "Westbrook", "Eastgate", "Ironwood",
          "Stonebridge", "Falcon", "Timberline", "Coastal", "Glacier", "Precision", "Superior", "Dominion", "Royal Oak", "Northstar",
          "Lionsgate", "Bow Valley", "Okanagan Valley", "Fraser Delta", "Niagara Bench", "Ottawa Valley", "Kawartha", "Muskoka",
          "Georgian Bay", "Rideau", "Parkland", "Foothills", "Elk Point", "Thunderbird", "Ambassador", "Metro", "Allied", "United"]
ADJ_REGION = {'BC': ["Okanagan Valley", "Fraser Delta", "Lionsgate", "Pacific", "Coastal", "Glacier"],
              'AB': ["Bow Valley", "Foothills", "Chinook", "Parkland", "Elk Point", "Prairie"],
              'ON': ["Niagara Bench", "Ottawa Valley", "Kawartha", "Muskoka", "Georgian Bay", "Rideau", "Great Lakes"],
              'QC': []}
ADJ_GEN = [x for x in ADJ_EN if not any(x in v for v in ADJ_REGION.values())]


def adj_for(prov):
    return pick(ADJ_GEN + ADJ_REGION.get(prov, []) * 2)


NOUN_EN = ["Foods", "Seafood", "Furniture", "Auto Parts", "Building Supplies", "Electrical Supply", "Plumbing Supply", "Packaging",
           "Plastics", "Steel", "Millwork", "Printing", "Textiles", "Imports", "Wholesale", "Distributors", "Industries",
           "Manufacturing", "Machine Works", "Cabinets", "Flooring", "Lighting", "Tire", "Pet Supply", "Beverages", "Bakery Supply",
           "Medical Supplies", "Office Products", "Signs", "Fasteners", "Hydraulics", "Coffee", "Nutrition", "Cosmetics", "Apparel",
           "Outfitters", "Tool & Die", "Metal Products", "Paper Products", "Labels", "Water Systems", "Safety Supply", "Bearings",
           "Fabricators", "Marine Supply", "Farm Equipment", "Health Products", "Wine Imports", "Specialty Foods"]
PLACE_FR = ["Rive-Sud", "Laurentides", "Boréal", "Horizon", "Mistral", "Estrie", "Nordik", "Montcalm", "Outaouais", "Beauce",
            "du Fleuve", "Lanaudière", "Maskoutain", "Royal", "Élite", "Excel", "Optimum", "Novatech", "Signature", "Prestige",
            "Alpha", "Fleurdelisé", "Saint-Laurent", "des Érables", "Mauricie", "Bois-Francs", "Richelieu", "Val-Bélair",
            "Chaudière", "Appalaches", "Haute-Côte", "Vallée", "Orléans", "Champlain", "Métropolitain", "Laurentien", "Yamaska"]
NEIGH = ["Westbrook", "Riverside", "Parkdale", "Hillcrest", "Kingsway", "Brentwood", "Lakeshore", "Beaches", "Glenmore",
         "Oakridge", "Millwoods", "Summerside", "Meadowvale", "Heritage Hills", "Crystal Creek", "Bayview", "Southgate", "Northgate",
         "Applewood", "Lynnwood", "Willowdale", "Orchard Park", "Cedarbrae", "Sunnybrook", "Fairview", "Harbourside"]
NEIGH_FR = ["Rosemont", "Plateau", "Villeray", "Beaubien", "Sainte-Foy", "Fleurimont", "Mont-Royal", "Ahuntsic", "Limoilou",
            "Vieux-Port", "Saint-Roch", "Hochelaga", "Verdun", "Outremont", "Charlesbourg", "Cap-Rouge", "Vimont", "Chomedey",
            "Saint-Sauveur", "Vieux-Longueuil", "Hull", "Aylmer", "Duvernay", "Lebourgneuf"]
PLACE_INV = ["Pine Harbour", "North Ashford", "Cedar Falls", "Mapleton Ridge", "Port Kerrow", "Elk Valley", "Bow Crossing",
             "Silver Lake", "Cedar Plains", "Pine Ridge", "Harbour Hills", "Coldwater Valley", "Aspen Prairie", "North Fraser",
             "Stonehaven", "Birch Bay", "Eagle Creek", "Crane Lake", "Willow Bend", "Fox Hollow", "Granite Falls", "Hawthorne"]
PLACE_INV_FR = ["Saint-Aurèle", "Lac-Beaumont", "Sainte-Odile-du-Lac", "Deux-Rivières", "Hautes-Collines", "Val-des-Pins",
                "Nordet", "Saint-Isidore-des-Monts", "Lac-aux-Hérons", "Rivière-Claire", "Mont-Bellerive", "Saint-Fulgence-de-Vaux",
                "Sainte-Aline-des-Prés", "Pointe-aux-Sables"]
USED_ORGKEYS = set()
USED_DOMAINS = set()
USED_EMAILS = set()
USED_NUMS = set()
LEGAL_RE = re.compile(r"\b(inc|incorporated|ltd|limited|ltee|limitee|corp|corporation|senc|enr|llp|sencrl|pc|co|cie|company)\b")
STOP = ["les", "le", "la", "l", "the", "de", "du", "des", "d", "and", "et", "of", "a", "o", "dba"]


def orgkey(s):
    s = fold(s).lower().replace('&', ' and ')
    s = re.sub(r"[^a-z0-9 ]", ' ', s)
    s = LEGAL_RE.sub(' ', s)
    toks = [t.rstrip('s') for t in s.split() if t not in STOP]
    return ' '.join(sorted(toks))


def reg_org(s, force=False):
    k = orgkey(s)
    if not k or (k in USED_ORGKEYS and not force):
        return False
    USED_ORGKEYS.add(k)
    return True


def new_domain(base):
    toks = [t for t in re.findall(r'[a-z0-9]+', fold(base).lower().replace('&', ' ')) if t not in STOP and t not in ('inc', 'ltd', 'ltee', 'corp')]
    cands = [''.join(toks[:3]), ''.join(toks[:2]), ''.join(t[0] for t in toks) + (toks[-1] if toks else ''), '-'.join(toks[:3])]
    for c in cands + [''.join(toks[:3]) + str(R.randint(1, 99))]:
        if c and c not in USED_DOMAINS:
            USED_DOMAINS.add(c)
            return c + '.example'
    d = 'org%d' % R.randint(1000, 9999)
    USED_DOMAINS.add(d)
    return d + '.example'


def reg_email(e):
    if e in USED_EMAILS:
        return False
    USED_EMAILS.add(e)
    return True


FREEMAIL = ["example.com", "example.net", "example.org", "example.ca", "mail.example", "inbox.example"]


def person_email(p, domain=None):
    g = slug(p['given'])
    f = slug(p['family'])
    for _ in range(30):
        if domain:
            loc = pick([f"{g}.{f}", f"{g[0]}{f}", f"{g}", f"{g}{f[0]}", f"{f}.{g[0]}"])
            dom = domain
        else:
            loc = pick([f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}{R.randint(1, 99)}", f"{g}.{f}{R.randint(50, 99)}", f"{f}.{g}",
                        f"{g}_{f}", f"{g}{R.randint(1, 999)}"])
            dom = pick(FREEMAIL)
        em = f"{loc}@{dom}"
        if reg_email(em):
            return em
    em = f"{g}.{f}{R.randint(100, 9999)}@{domain or pick(FREEMAIL)}"
    reg_email(em)
    return em


def role_email(domain, fr, used_locals=()):
    roles = (["comptabilite", "expedition", "reception", "info", "admin", "comptes.payables", "achats", "facturation", "bureau"]
             if fr else ["ap", "accounts", "payables", "shipping", "receiving", "info", "office", "admin", "orders", "accounting", "billing"])
    for _ in range(20):
        em = f"{pick(roles)}@{domain}"
        if reg_email(em):
            return em
    em = f"{pick(roles)}{R.randint(2, 99)}@{domain}"
    reg_email(em)
    return em


def numbered_name(prov):
    for _ in range(100):
        if prov == 'QC':
            n = f"{pick(['9', '9', '1'])}{R.randint(100, 499)}-{R.randint(1000, 9999)}"
            parts = (n, 'Québec', pick(['Inc.', 'inc.']))
        elif prov == 'ON':
            n = str(R.randint(1000000, 2999999))
            parts = (n, 'Ontario', wpick([('Inc.', 50), ('Ltd.', 25), ('Limited', 15), ('Corp.', 10)]))
        elif prov == 'BC':
            n = str(R.randint(700000, 1399999)).rjust(7, '0')
            parts = (n, 'B.C.', 'Ltd.')
        else:
            n = str(R.randint(1000000, 2599999))
            parts = (n, 'Alberta', pick(['Ltd.', 'Ltd.', 'Inc.']))
        if n not in USED_NUMS:
            USED_NUMS.add(n)
            return parts
    raise RuntimeError


JURIS_VARIANTS = {'Québec': ['Québec', 'Quebec', 'QUÉBEC', 'Qc'], 'Ontario': ['Ontario', 'ONTARIO', 'Ont.', 'Ontario'],
                  'B.C.': ['B.C.', 'BC', 'British Columbia', 'B.C'], 'Alberta': ['Alberta', 'ALBERTA', 'Alta.']}


def num_str(parts, level, tags):
    n, j, f = parts
    if level == 'canon':
        return f"{n} {j} {f}"
    if '-' in n and chance(0.12):
        n = n.replace('-', '' if chance(0.5) else ' ')
        tags.append('number_format')
    j2 = pick(JURIS_VARIANTS[j]) if chance(0.4) else j
    f2 = pick(FORM_VARIANTS[f]) if chance(0.5) else f
    if chance(0.08):
        f2 = ''
    if (j2, f2) != (j, f):
        tags.append('numbered_variant')
    return ' '.join(x for x in [n, j2, f2] if x)


# --- entity construction -------------------------------------------------
ENTITIES = []


def base_entity(typ, sub, city):
    e = {'id': None, 'type': typ, 'sub': sub, 'city': city, 'prov': city['prov'], 'fr': city['prov'] == 'QC',
         'emails': [], 'phones': [], 'addrs': [], 'cur': 0, 'contacts': [], 'domain': None, 'owner': None,
         'agent': None, 'group': None, 'brand': None, 'ext': None, 'norename': False, 'nomove': False, 'hn': None}
    return e


def mk_nm(base, form=None, art='', alt=None, alt_form=None, num=None, label=None, lnum=None, extra=None):
    return {'base': base, 'form': form, 'art': art, 'alt': alt, 'alt_form': alt_form, 'num': num, 'label': label,
            'lnum': lnum, 'lstyle': pick(['dash', 'space', 'paren']), 'oa': pick(['op', 'op', 'num_oa', 'op_paren', 'num']),
            'abbr': extra or [], 'hq': False}


def gen_trade_name(city, fr, owner=None, exclude_trade=None):
    """Surname/place business names. Returns (base, art, alt_base)."""
    for _ in range(200):
        alt = None
        art = ''
        if fr:
            t = pick(TRADE_FR)
            if t == exclude_trade:
                continue
            s = owner['family'] if owner else pick(SUR['fr'])
            r = R.random()
            if r < 0.55:
                base = f"{t} {s}"
            elif r < 0.7 and owner:
                base = f"{t} {owner['given']} {s}"
            elif r < 0.8:
                base = f"{s} & Fils" if chance(0.6) else f"{s} et Frères"
                t = None
            else:
                base = f"{t} {pick(PLACE_FR)}"
            if t in FR_PLURAL and chance(0.4):
                art = 'Les '
            if t in FR_EN and chance(0.15):
                alt = f"{base.split(' ', 1)[1]} {FR_EN[t]}" if ' ' in base else None
        else:
            t = pick(TRADE_EN)
            if t == exclude_trade:
                continue
            s = owner['family'] if owner else pick(SUR[wpick(CULT_W[city['prov']])])
            r = R.random()
            if r < 0.6:
                base = f"{s} {t}"
            elif r < 0.75:
                base = f"{s} Bros. {t}" if not t.startswith('&') else f"{s} {t}"
            else:
                base = f"{adj_for(city['prov'])} {t}" if not t.startswith('&') else f"{s} {t}"
        if reg_org(base):
            return base, art, alt, t
    raise RuntimeError('trade name')


def gen_descr_name(city, fr):
    for _ in range(200):
        if fr and chance(0.8):
            t = pick(TRADE_FR)
            base = f"{t} {pick(PLACE_FR)}"
            art = 'Les ' if t in FR_PLURAL and chance(0.4) else ''
            alt = None
            if t in FR_EN and chance(0.25):
                alt = f"{base.split(' ', 1)[1]} {FR_EN[t]}"
        else:
            base = f"{adj_for(city['prov'])} {pick(NOUN_EN)}"
            art, alt = '', None
        if reg_org(base):
            return base, art, alt
    raise RuntimeError


def attach_contacts(e, n, owner=None):
    if owner:
        e['contacts'].append(owner)
    while len(e['contacts']) < n:
        e['contacts'].append(new_person(e['prov']))


def set_address(e, kind='biz', unit_p=0.3, addr=None):
    e['addrs'].append(addr if addr is not None else new_address(e['city'], kind, unit_p))
    e['cur'] = len(e['addrs']) - 1


def std_contacts_emails(e, small=True, freemail_p=0.25, phone_tollfree_p=0.05):
    """Generic org contact setup: domain, primary email, phone."""
    fr = e['fr']
    nm = e['nm']
    if small and chance(freemail_p):
        e['domain'] = None
        loc = slug(nm['base'])[:24]
        for _ in range(10):
            em = f"{loc}{pick(['', '', str(R.randint(1, 99)), '.' + e['city']['name'][:3].lower()])}@{pick(FREEMAIL)}"
            em = fold(em)
            if reg_email(em):
                break
        e['emails'].append(em)
    else:
        e['domain'] = new_domain(nm['base'] if not nm.get('num') or nm['base'] else nm['num'][0])
        if small and e['contacts'] and chance(0.45):
            e['emails'].append(person_email(e['contacts'][0], e['domain']))
        else:
            e['emails'].append(role_email(e['domain'], fr))
    e['phones'].append(new_phone(e['city'], tollfree=chance(phone_tollfree_p)))


def make_org(kind, city=None, owner=None, prov=None):
    city = city or pick_city(prov)
    fr = city['prov'] == 'QC'
    e = base_entity('org', kind, city)
    p = city['prov']
    if kind == 'trade':
        owner = owner or new_person(p)
        base, art, alt, t = gen_trade_name(city, fr, owner if chance(0.6) else None)
        form = form_for(p, fr)
        e['nm'] = mk_nm(base, form, art, alt, alt_form_for(form))
        e['trade'] = t
        attach_contacts(e, R.randint(1, 3), owner)
        e['owner'] = owner
        std_contacts_emails(e)
    elif kind == 'descr':
        base, art, alt = gen_descr_name(city, fr)
        form = form_for(p, fr)
        e['nm'] = mk_nm(base, form, art, alt, alt_form_for(form))
        owner = owner or new_person(p)
        e['owner'] = owner
        attach_contacts(e, R.randint(1, 3), owner if chance(0.5) else None)
        std_contacts_emails(e, small=chance(0.5), freemail_p=0.15, phone_tollfree_p=0.15)
    elif kind == 'numbered':
        owner = owner or new_person(p)
        if chance(0.4):
            base, art, alt, _ = gen_trade_name(city, fr, owner if chance(0.5) else None)
        elif chance(0.5):
            base = gen_resto_name(city, fr)
            art, alt = '', None
        else:
            base, art, alt = gen_descr_name(city, fr)
            alt = None
        e['nm'] = mk_nm(base, None, art, None, num=numbered_name(p))
        e['owner'] = owner
        attach_contacts(e, R.randint(1, 2), owner)
        std_contacts_emails(e)
    elif kind == 'firm':
        for _ in range(100):
            c = wpick(CULT_W[p])
            s1, s2, s3 = pick(SUR[c]), pick(SUR[wpick(CULT_W[p])]), pick(SUR[wpick(CULT_W[p])])
            if len({s1, s2, s3}) < 3:
                continue
            if fr:
                opts = [(f"{s1} {s2} Avocats", "S.E.N.C.R.L."), (f"{s1} & {s2} CPA", "Inc."), (f"Cabinet juridique {s1}", "Inc."),
                        (f"{s1} {s2} Notaires", "S.E.N.C."), (f"{s1} {s2} {s3} Comptables professionnels agréés", "S.E.N.C.R.L."),
                        (f"Groupe conseil {s1}", "Inc.")]
            else:
                opts = [(f"{s1} {s2}", "LLP"), (f"{s1} & {s2}", "LLP"), (f"{s1}, {s2} & Associates", None),
                        (f"{s1} Law", "Professional Corporation"), (f"{s1} CPA", "Professional Corporation"),
                        (f"{s1} & Company Chartered Professional Accountants", None), (f"{s1} {s2} {s3}", "LLP"),
                        (f"{s1} Immigration Law", "Professional Corporation"), (f"{s1} Customs Law", None)]
            base, form = pick(opts)
            if reg_org(base):
                break
        e['nm'] = mk_nm(base, form)
        e['partners'] = [s1, s2, s3]
        attach_contacts(e, R.randint(1, 3))
        std_contacts_emails(e, small=False)
        if chance(0.4):
            e['ext'] = str(R.randint(200, 299))
    elif kind == 'clinic':
        for _ in range(100):
            pl = pick(NEIGH_FR) if fr else pick(NEIGH + [pick(SUR[wpick(CULT_W[p])])])
            if fr:
                base = pick([f"Clinique dentaire {pl}", f"Clinique médicale {pl}", f"Clinique vétérinaire {pl}", f"Physio {pl}",
                             f"Centre d'optométrie {pl}", f"Clinique de physiothérapie {pl}", f"Pharmacie {pick(SUR['fr'])}"])
            else:
                base = pick([f"{pl} Physiotherapy", f"{pl} Dental Centre", f"{pl} Family Dentistry", f"{pl} Veterinary Hospital",
                             f"{pl} Medical Clinic", f"{pl} Optometry", f"{pl} Chiropractic", f"{pl} Animal Hospital", f"{pl} Medical Imaging"])
            if reg_org(base):
                break
        e['nm'] = mk_nm(base, wpick([(None, 50), ("Inc.", 30), ("Professional Corporation" if not fr else "Inc.", 20)]))
        attach_contacts(e, R.randint(1, 3))
        std_contacts_emails(e, small=True, freemail_p=0.1)
    elif kind == 'resto':
        base = gen_resto_name(city, fr)
        e['nm'] = mk_nm(base, wpick([(None, 40), (form_for(p, fr), 60)]))
        owner = owner or new_person(p)
        e['owner'] = owner
        attach_contacts(e, R.randint(1, 2), owner)
        std_contacts_emails(e, freemail_p=0.35)
    elif kind == 'npo':
        for _ in range(100):
            pl = pick(PLACE_INV + NEIGH) if not fr else pick(PLACE_INV_FR + NEIGH_FR)
            if fr:
                base = pick([f"Banque alimentaire {pl}", f"Centre communautaire {pl}", f"Club de soccer {pl}", f"Fondation {pick(SUR['fr'])}",
                             f"Société d'histoire de {pl}", f"Maison des jeunes {pl}", f"Popote roulante {pl}", f"Chorale {pl}"])
            else:
                base = pick([f"{pl} Food Bank", f"{pl} Community Services", f"{pl} Minor Hockey Association", f"{pl} Seniors Centre",
                             f"{pl} Arts Council", f"{pl} Animal Rescue Society", f"{pl} Youth Soccer Club", f"{pl} Historical Society",
                             f"{pick(SUR['en'])} Family Foundation", f"{pl} Curling Club"])
            if reg_org(base):
                break
        e['nm'] = mk_nm(base, "Inc." if fr and chance(0.4) else None)
        attach_contacts(e, R.randint(1, 3))
        std_contacts_emails(e, small=True, freemail_p=0.3)
        e['norename'] = True
    elif kind == 'school':
        for _ in range(100):
            pl = pick(PLACE_INV_FR) if fr else pick(PLACE_INV)
            if fr:
                base = pick([f"Centre de services scolaire des {pl}", f"Centre de services scolaire de {pl}", f"Commission scolaire {pl}"])
            elif p == 'BC':
                base = f"School District No. {R.randint(30, 99)} ({pl})"
            elif p == 'AB':
                base = pick([f"{pl} School Division", f"{pl} Public Schools", f"{pl} Catholic Schools"])
            else:
                base = pick([f"{pl} District School Board", f"{pl} Catholic District School Board"])
            if reg_org(base):
                break
        acr = ''.join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ]+", base) if w[0].isupper())
        e['nm'] = mk_nm(base, None, extra=[acr] if len(acr) >= 3 else [])
        attach_contacts(e, R.randint(2, 3))
        e['domain'] = new_domain(acr + pl if acr else base)
        e['emails'].append(f"{pick(['purchasing', 'ap', 'accountspayable', 'approvisionnement' if fr else 'procurement'])}@{e['domain']}")
        reg_email(e['emails'][0])
        e['phones'].append(new_phone(city))
        e['ext'] = str(R.randint(2000, 5999))
        e['norename'] = True
    elif kind == 'muni':
        for _ in range(100):
            pl = pick(PLACE_INV_FR) if fr else pick(PLACE_INV)
            if fr:
                base, abbr = pick([(f"Ville de {pl}", [pl]), (f"Municipalité de {pl}", [f"Mun. de {pl}", pl])])
            else:
                kindw = pick(["Town", "City", "Township", "Municipality"] + (["District"] if p == 'BC' else ["County"] if p == 'AB' else []))
                base, abbr = f"{kindw} of {pl}", [f"{pl} ({kindw} of)", f"{pl}, {kindw} of", f"{kindw} {pl}"]
            if reg_org(base):
                break
        e['nm'] = mk_nm(base, None, extra=abbr)
        attach_contacts(e, R.randint(2, 3))
        e['domain'] = new_domain(pl)
        e['emails'].append(f"{pick(['finance', 'ap', 'purchasing', 'accounts.payable', 'comptes.payables' if fr else 'payables'])}@{e['domain']}")
        reg_email(e['emails'][0])
        e['phones'].append(new_phone(city))
        e['ext'] = str(R.randint(200, 499))
        e['norename'] = True
    else:
        raise ValueError(kind)
    if not e['addrs']:
        set_address(e, 'biz', 0.35)
    return e


RESTO_X = ["Golden Dragon", "Saigon", "Bella Vista", "Taj", "Maharaja", "Lotus", "Jade Garden", "Olympia", "Casa Mia", "Sakura",
           "Le Gourmet", "Manila", "Bombay Spice", "Little Italy", "Pho Hoa Binh", "Seoul House", "Mezze", "Brass Anchor",
           "Red Lantern", "Le Vieux Moulin", "Chez Ginette", "La Belle Province", "Casse-croûte du Coin", "Pacific Rim", "Silk Road",
           "Bamboo Garden", "Kabab Palace", "Punjab Dhaba", "Lola's Kitchen", "Tita's Kusina", "Adobo House", "Fat Rooster",
           "Blue Door", "Maple Leaf Diner", "Prairie Smokehouse", "Rocky Mountain Grill", "Le Petit Bistro", "Trattoria Nonna",
           "Boulangerie du Quartier", "Café Soleil", "Brasserie du Marché", "Harbour Fish & Chips", "Dim Sum King", "Noodle Box"]


def gen_resto_name(city, fr):
    for _ in range(200):
        x = pick(RESTO_X)
        r = R.random()
        if r < 0.35:
            base = x
        elif r < 0.7:
            base = f"{x} {pick(['Restaurant', 'Bistro', 'Café', 'Grill', 'Kitchen'])}" if not fr else f"{pick(['Restaurant', 'Bistro', 'Café'])} {x}"
        else:
            base = f"{x} {pick(NEIGH_FR if fr else NEIGH)}"
        if reg_org(base):
            return base
    raise RuntimeError


# --- chains / franchises / condos / agents / groups ------------------------
BRAND_A = ["Clearwater", "Redpine", "Northbridge", "Bluewater", "Greenfield", "Brightway", "Copperleaf", "Fieldstone", "Harbourview",
           "Kingfisher", "Oakridge", "Pinecrest", "Riverstone", "Sunridge", "Tallgrass", "Westwind", "Whitebirch", "Fairway",
           "Goldleaf", "Larkspur", "Marigold", "Nordvik", "Bellerive", "Boréalis", "Trillium Ridge", "Chinook Crossing",
           "Amberline", "Blackburn Mills", "Cobblestone", "Driftwood", "Emberly", "Foxglove", "Gladstone", "Hollyhock", "Juniper Lane",
           "Kestrel", "Lighthouse", "Moosehorn", "Nettlefield", "Orchardview", "Pebblecreek", "Quarry Hill", "Rosewater", "Saltmarsh"]
USED_BRAND_A = []
BRAND_RETAIL = ["Pet Supply", "Pharmacy", "Hardware", "Optical", "Home Decor", "Bike Shop", "Outdoor", "Books", "Appliance",
                "Kitchen Store", "Tile & Stone", "Paint Centre", "Mattress", "Music", "Auto Glass", "Office Supply", "Garden Centre"]
BRAND_FRANCH = ["Coffee", "Pizza", "Burger Bar", "Sushi", "Smoothies", "Dry Cleaners", "Print & Copy", "Pet Grooming",
                "Tutoring", "Shawarma", "Tea House", "Bagels", "Poutinerie", "Lube Express", "Fitness"]
BRANDS = []


def make_brand(franchise):
    for _ in range(100):
        a = pick(BRAND_A)
        if a in USED_BRAND_A:
            continue
        name = f"{a} {pick(BRAND_FRANCH if franchise else BRAND_RETAIL)}"
        if reg_org(name):
            USED_BRAND_A.append(a)
            break
    prov = wpick(list(PROV_W.items()))
    provs = [prov] + ([wpick(list(PROV_W.items()))] if chance(0.4) else [])
    b = {'name': name, 'franchise': franchise, 'provs': provs, 'locs': [], 'nums': [], 'form': wpick([("Inc.", 50), ("Ltd.", 35), ("Corp.", 15)]),
         'domain': new_domain(name), 'style': pick(['dash', 'space', 'paren', 'num']), 'hq': None}
    BRANDS.append(b)
    return b


def brand_loc(b, city):
    for _ in range(30):
        loc = city['name']
        if loc in b['locs'] or chance(0.25):
            loc = f"{city['name']} {pick(['North', 'South', 'East', 'West', 'Centre'])}" if chance(0.5) else pick(NEIGH_FR if city['prov'] == 'QC' else NEIGH)
        if loc not in b['locs']:
            b['locs'].append(loc)
            return loc
    raise RuntimeError


def brand_num(b):
    while True:
        n = str(R.randint(2, 160))
        if n not in b['nums']:
            b['nums'].append(n)
            return n


def make_store(b, city=None):
    city = city or pick_city(pick(b['provs']))
    e = base_entity('org', 'franchise' if b['franchise'] else 'chain_store', city)
    loc = brand_loc(b, city)
    e['brand'] = b
    if b['franchise']:
        e['nm'] = mk_nm(b['name'], None, num=numbered_name(city['prov']), label=loc)
        e['nm']['lstyle'] = b['style'] if b['style'] != 'num' else 'space'
        owner = new_person(city['prov'])
        e['owner'] = owner
        attach_contacts(e, R.randint(1, 2), owner)
        e['domain'] = b['domain']
        em = f"{slug(loc, '')}@{b['domain']}" if chance(0.6) else person_email(owner)
        if not reg_email(em):
            em = person_email(owner)
        e['emails'].append(em)
    else:
        e['nm'] = mk_nm(b['name'], b['form'], label=loc, lnum=brand_num(b))
        e['nm']['lstyle'] = b['style']
        attach_contacts(e, R.randint(1, 3))
        e['domain'] = b['domain']
        em = f"store{e['nm']['lnum'].zfill(3)}@{b['domain']}" if chance(0.5) else f"{slug(loc, '')}@{b['domain']}"
        if not reg_email(em):
            em = f"{slug(loc, '')}{e['nm']['lnum']}@{b['domain']}"
            reg_email(em)
        e['emails'].append(em)
    e['phones'].append(new_phone(city))
    set_address(e, 'biz', 0.5)
    e['norename'] = True
    e['nomove'] = True
    return e


def make_hq(b):
    city = pick_city(b['provs'][0])
    e = base_entity('org', 'chain_hq', city)
    e['brand'] = b
    e['nm'] = mk_nm(b['name'], b['form'])
    e['nm']['hq'] = True
    attach_contacts(e, R.randint(2, 3))
    e['domain'] = b['domain']
    em = f"{pick(['ap', 'accountspayable', 'payables'])}@{b['domain']}"
    reg_email(em)
    e['emails'].append(em)
    e['phones'].append(new_phone(city, tollfree=chance(0.3)))
    set_address(e, 'biz', 0.6)
    e['norename'] = True
    b['hq'] = e
    return e


AGENTS = []


def make_agent(kind, prov=None):
    city = pick_city(prov)
    p = new_person(city['prov'])
    fr = city['prov'] == 'QC'
    for _ in range(100):
        if kind == 'bookkeeper':
            name = pick([f"{p['family']} Bookkeeping", f"{p['given']} {p['family']} Bookkeeping Services", f"Tenue de livres {p['family']}"] if fr else
                        [f"{p['family']} Bookkeeping", f"{p['given']}'s Bookkeeping", f"{adj_for(city['prov'])} Bookkeeping", f"{p['family']} Accounting Services"])
        elif kind == 'property_manager':
            name = pick([f"Gestion immobilière {pick(PLACE_FR)}", f"Gestion {p['family']} Immobilier"] if fr else
                        [f"{adj_for(city['prov'])} Property Management", f"{p['family']} Property Management", f"{adj_for(city['prov'])} Strata Management"])
        else:
            name = pick([f"Courtage en douane {pick(PLACE_FR)}", f"Courtiers en douane {p['family']}"] if fr else
                        [f"{adj_for(city['prov'])} Customs Brokers", f"{p['family']} Customs Brokerage", f"{adj_for(city['prov'])} Trade Services"])
        if reg_org(name):
            break
    dom = new_domain(name)
    a = {'kind': kind, 'person': p, 'name': name, 'city': city, 'email': person_email(p, dom), 'phone': new_phone(city),
         'addr': new_address(city, 'biz', 0.6), 'domain': dom, 'clients': []}
    AGENTS.append(a)
    return a


def make_condo(agent):
    city = agent['city'] if chance(0.7) else pick_city(agent['city']['prov'])
    p = city['prov']
    for _ in range(100):
        n = R.randint(100, 3200)
        if p == 'ON':
            reg = pick([("Toronto Standard Condominium Corporation", "TSCC"), ("Peel Condominium Corporation", "PCC"),
                        ("York Region Condominium Corporation", "YRCC"), ("Ottawa-Carleton Standard Condominium Corporation", "OCSCC"),
                        ("Halton Condominium Corporation", "HCC")])
            base, abbr = f"{reg[0]} No. {n}", [f"{reg[1]} {n}", f"{reg[1]} No. {n}", f"{reg[1]} #{n}", f"{reg[0].replace('Condominium', 'Condo')} #{n}"]
        elif p == 'QC':
            st = pick(["Le " + pick(PLACE_FR), "Les Jardins " + pick(["du Parc", "de la Rive", "Fleuris", "du Golf"]), "Le Square " + pick(NEIGH_FR)])
            base, abbr = f"Syndicat de copropriété {st}", [f"Syndicat des copropriétaires {st}", f"Synd. copropriété {st}", f"Copropriété {st}"]
        elif p == 'BC':
            pre = pick(["LMS", "BCS", "VR", "EPS", "KAS", "NW"])
            base, abbr = f"The Owners, Strata Plan {pre} {n}", [f"Strata Plan {pre}{n}", f"Strata Plan {pre} {n}", f"Strata Corporation {pre} {n}", f"{pre} {n}"]
        else:
            cn = f"{R.randint(7, 21):02d}{R.randint(10000, 99999)}"
            base, abbr = f"Condominium Corporation No. {cn}", [f"Condo Corp {cn}", f"Condominium Plan {cn}", f"Condo Corp. No. {cn}"]
        if reg_org(base):
            break
    e = base_entity('org', 'condo', city)
    e['nm'] = mk_nm(base, None, extra=abbr)
    e['agent'] = agent
    e['contacts'] = [agent['person']]
    e['emails'].append(agent['email'])
    e['phones'].append(agent['phone'])
    e['via_agent'] = True
    if chance(0.6):
        set_address(e, addr=agent['addr'])
    else:
        set_address(e, 'biz', 0.0)
    e['norename'] = True
    e['nomove'] = True
    agent['clients'].append(e)
    return e


def attach_agent(e, agent):
    """Small org whose payables are handled by an outside bookkeeper / customs broker."""
    e['agent'] = agent
    e['via_agent'] = True
    e['contacts'].insert(0, agent['person'])
    e['emails'].insert(0, agent['email'])
    e['phones'].insert(0, agent['phone'])
    e['norename'] = True
    agent['clients'].append(e)


GROUPS = []


def make_group_company(owner, city, addr, email, phone, existing_trades, gid):
    """Another company of the same owner: shares address/e-mail/phone."""
    fr = city['prov'] == 'QC'
    e = base_entity('org', 'group_co', city)
    for _ in range(100):
        r = R.random()
        if r < 0.55:
            base, art, alt, t = gen_trade_name(city, fr, owner)
            if t in existing_trades:
                continue
            existing_trades.append(t)
            break
        if r < 0.8:
            if 'HOLDING' in existing_trades:
                continue
            base = pick([f"{owner['family']} Holdings", f"{owner['family']} Properties", f"{owner['family']} Investments"]) if not fr else \
                pick([f"Gestion {owner['family']}", f"Immeubles {owner['family']}", f"Placements {owner['given']} {owner['family']}"])
            t = base.split()[-1] if not fr else base.split()[0]
            if t in existing_trades or not reg_org(base):
                continue
            existing_trades.append(t)
            existing_trades.append('HOLDING')
            art, alt = '', None
            break
        base, art, alt = gen_descr_name(city, fr)
        t = base
        break
    e['nm'] = mk_nm(base, form_for(city['prov'], fr) or ('Inc.'), art, None)
    if e['nm']['form'] in ('Enr.', 'S.E.N.C.'):
        e['nm']['form'] = 'Inc.'
    e['owner'] = owner
    e['trade'] = t
    e['group'] = gid
    attach_contacts(e, R.randint(1, 2), owner)
    e['emails'].append(email)
    e['phones'].append(phone)
    set_address(e, addr=addr)
    e['norename'] = True
    return e


def make_group(n, city=None):
    city = city or pick_city()
    owner = new_person(city['prov'])
    addr = new_address(city, 'biz', 0.4)
    gid = len(GROUPS)
    dom = None
    first = make_org('trade', city=city, owner=owner)
    first['addrs'] = [addr]
    first['cur'] = 0
    first['group'] = gid
    first['norename'] = True
    if first['domain'] is None or chance(0.3):
        email = first['emails'][0]
    else:
        email = person_email(owner, first['domain'])
        first['emails'].insert(0, email)
    phone = first['phones'][0]
    trades = [first.get('trade')]
    members = [first]
    for _ in range(n - 1):
        members.append(make_group_company(owner, city, addr, email, phone, trades, gid))
    g = {'owner': owner, 'city': city, 'addr': addr, 'email': email, 'phone': phone, 'members': members, 'trades': trades, 'id': gid, 'dom': dom}
    GROUPS.append(g)
    return g


# --- persons ----------------------------------------------------------------
SOLE_EN = ["{F} Painting", "{G}'s Cleaning", "{F} Renovations", "{F} Photography", "{G} {F} Design", "{F} Consulting",
           "{F} Landscaping", "{F} Handyman Services", "{F} Tutoring", "{G}'s Home Bakery", "{F} Custom Framing", "{G} {F} Ceramics",
           "{F} Bookbinding", "{G}'s Alterations", "{F} Woodcraft", "{G} {F} Studio"]
SOLE_FR = ["Peinture {F}", "Rénovations {G} {F}", "Photographie {G} {F}", "Design {G} {F}", "Services conseils {F}", "Traiteur {F}",
           "Couture {G}", "Ébénisterie {F}", "Céramiques {G} {F}", "Atelier {G} {F}", "Entretien ménager {F}"]


def make_person(sub='individual', city=None, p=None):
    city = city or pick_city()
    e = base_entity('person', sub, city)
    p = p or new_person(city['prov'])
    e['p'] = p
    if sub == 'household':
        e['p2'] = new_person(city['prov'], cult=p['cult'], sex='f' if p['sex'] == 'm' else 'm', family=p['family'])
        e['p2']['family'] = p['family']
        e['hh_and'] = 'et' if e['fr'] else pick(['&', '&', 'and'])
    if sub == 'soleprop':
        for _ in range(50):
            t = pick(SOLE_FR if e['fr'] else SOLE_EN).format(G=p['given'], F=p['family'])
            if reg_org(t):
                break
        e['trade'] = t
        e['trade_form'] = 'Enr.' if e['fr'] and chance(0.4) else None
        e['canon_trade'] = chance(0.5)
    e['emails'].append(person_email(p))
    e['phones'].append(new_phone(city))
    set_address(e, 'home', 0.3)
    e['norename'] = True
    return e


# ----------------------------------------------------------------- name rendering
ABBR = [("Manufacturing", "Mfg."), ("Distribution", "Dist."), ("Distributors", "Distrib."), ("International", "Int'l"),
        ("Services", "Svcs"), ("Association", "Assn."), ("Company", "Co."), ("Brothers", "Bros."), ("Bros.", "Brothers"),
        ("Products", "Prod."), ("Industries", "Ind."), ("Equipment", "Equip."), ("Centre", "Ctr"), ("Saint-", "St-"), ("Sainte-", "Ste-"),
        ("Building", "Bldg."), ("Physiotherapy", "Physio"), ("Veterinary", "Vet"), ("Condominium", "Condo"), ("Supply", "Supplies"),
        ("Plumbing & Heating", "Plumbing and Heating"), ("Pièces d'auto", "Pieces d'auto"), ("Entreprises", "Ent."),
        ("Distributions", "Dist."), ("Chartered Professional Accountants", "CPAs"), ("Comptables professionnels agréés", "CPA"),
        ("Association", "Assoc."), ("Foundation", "Fdn"), ("Clinique", "Clin."), ("Restaurant", "Resto"), ("Avocats", "avocats")]


def apply_text_noise(s, level, tags, allow_typo=True):
    if level == 'harsh':
        if chance(0.18):
            cands = [(a, b) for a, b in ABBR if a in s]
            if cands:
                a, b = pick(cands)
                s = s.replace(a, b, 1)
                tags.append('name_abbrev')
        if '&' in s and chance(0.25):
            s = s.replace('&', pick(['and', 'et', '+', '&amp;']) if chance(0.2) else ('and' if chance(0.6) else 'et'), 1)
            tags.append('ampersand')
        elif ' and ' in s and chance(0.25):
            s = s.replace(' and ', ' & ', 1)
            tags.append('ampersand')
        if allow_typo and chance(0.12):
            s2 = typo(s)
            if s2 != s:
                s = s2
                tags.append('typo_name')
    if chance(0.15 if level == 'harsh' else 0.1):
        s2 = fold(s)
        if s2 != s:
            s = s2
            tags.append('accents_dropped')
    s = case_noise(s, tags, 0.1 if level == 'harsh' else 0.06)
    return s


def form_str(form, level, tags, keep=False):
    if not form:
        return ''
    if level == 'canon':
        return ' ' + form
    r = R.random()
    if not keep and r < (0.33 if level == 'harsh' else 0.2):
        tags.append('legal_form_dropped')
        return ''
    if r < 0.72:
        f2 = pick(FORM_VARIANTS[form])
        if f2 != form:
            tags.append('legal_form_variant')
        return ' ' + f2
    return ' ' + form


def label_str(nm, level, tags):
    loc, n = nm['label'], nm['lnum']
    st = nm['lstyle']
    if level != 'canon' and chance(0.5):
        opts = ['dash', 'space', 'paren'] + (['num', 'numloc', 'storenum'] if n else [])
        st2 = pick(opts)
        if st2 != st:
            tags.append('branch_label_format')
        st = st2
    if st == 'num' and n:
        return f" #{n}"
    if st == 'numloc' and n:
        return f" #{n} - {loc}"
    if st == 'storenum' and n:
        return pick([f" Store {n}", f" - Store #{n}", f" Store #{n} ({loc})"])
    if st == 'space':
        return f" {loc}"
    if st == 'paren':
        return f" ({loc})"
    return f" - {loc}"


def org_legal(nm, level, tags, with_alt=True):
    """Legal-ish name: numbered name if any, else article+base+form (+ bilingual alt)."""
    if nm['num']:
        return num_str(nm['num'], level, tags)
    art = nm['art']
    if art and level != 'canon' and chance(0.4):
        art = ''
        tags.append('article_dropped')
    s = art + nm['base'] + form_str(nm['form'], level, tags)
    if nm['alt'] and with_alt:
        if level == 'canon':
            s = f"{s} / {nm['alt']}" + (' ' + nm['alt_form'] if nm['alt_form'] else '')
        else:
            r = R.random()
            if r < 0.35:
                s = f"{s} / {nm['alt']}" + form_str(nm['alt_form'], level, tags)
            elif r < 0.6:
                s = nm['alt'] + form_str(nm['alt_form'], level, tags)
                tags.append('other_language_name')
            else:
                tags.append('bilingual_half')
    return s


def org_names(e, level, tags, allow_typo=True, allow_contact_display=True):
    nm = e['nm']
    fr = e['fr']
    comp = None
    if nm.get('num_only'):
        legal = org_legal(nm, level, tags)
        if level == 'harsh':
            legal = case_noise(legal, tags, 0.08)
        return legal, (legal if chance(0.5) else None)
    if level == 'canon':
        legal = org_legal(nm, 'canon', tags)
        if nm['label']:
            disp = nm['base'] + label_str(nm, 'canon', tags)
            comp = legal
        elif nm['num']:
            st = nm['oa']
            if st == 'op':
                disp, comp = nm['base'], f"{legal} o/a {nm['base']}" if chance(0.5) else legal
            elif st == 'num_oa':
                disp = comp = f"{legal} o/a {nm['base']}"
            elif st == 'op_paren':
                disp, comp = f"{nm['base']} ({legal})", legal
            else:
                disp, comp = legal, f"{legal} o/a {nm['base']}"
        elif nm['hq']:
            disp = legal + (" (Siège social)" if fr else pick([" - Head Office", " (Head Office)"]))
            comp = legal
        else:
            disp = legal
            comp = legal if chance(0.7) else None
        return disp, comp
    # noisy
    if nm['label']:
        brand = nm['base']
        if level == 'harsh':
            brand = apply_text_noise(brand, level, tags, allow_typo)
        disp = brand + label_str(nm, level, tags)
        r = R.random()
        comp = org_legal(nm, level, tags) if r < 0.6 else (disp if r < 0.8 else None)
        return disp, comp
    if nm['num']:
        legal = org_legal(nm, level, tags)
        op = nm['art'] + nm['base'] if nm['art'] and chance(0.5) else nm['base']
        if level == 'harsh':
            op = apply_text_noise(op, level, tags, allow_typo)
        r = R.random()
        if r < 0.35:
            disp = op
            comp = pick([legal, f"{legal} o/a {op}", None, op])
        elif r < 0.55:
            disp = f"{legal} {pick(['o/a', 'O/A', 'DBA', 'dba', 'operating as'] + (['f.a.s.r.s.'] if fr else []))} {op}"
            comp = pick([legal, disp, None])
            tags.append('oa_form')
        elif r < 0.7:
            disp = f"{op} ({legal})"
            comp = pick([legal, None])
        elif r < 0.85:
            disp = legal
            comp = pick([op, f"{legal} o/a {op}", None])
            tags.append('numbered_name_only')
        else:
            disp = op
            comp = legal
        return disp, comp
    if nm['abbr'] and level == 'harsh' and chance(0.35):
        disp = pick(nm['abbr'])
        tags.append('name_short_form')
        comp = pick([nm['base'], None, disp])
        disp = case_noise(disp, tags, 0.05)
        return disp, comp
    legal = org_legal(nm, level, tags)
    if level == 'harsh':
        legal = apply_text_noise(legal, level, tags, allow_typo)
    else:
        legal = apply_text_noise(legal, level, tags, False)
    disp = legal
    if nm['hq']:
        r = R.random()
        if r < 0.4:
            disp = legal + pick([" - Head Office", " (Head Office)", " HQ", " - Accounts Payable", " (Siège social)" if fr else " - Corporate Office"])
        tags.append('hq_suffix_variant')
    r = R.random()
    if r < 0.45:
        comp = disp
    elif r < 0.7:
        comp = org_legal(nm, 'light', [])
    else:
        comp = None
    if level == 'harsh' and chance(0.05):
        disp = f"{disp} - {pick(['Accounts Payable', 'Shipping', 'Receiving'] if not fr else ['Comptes payables', 'Expédition', 'Réception'])}"
        tags.append('department_suffix')
    return disp, comp


def org_contact(e, level, tags):
    if not e['contacts']:
        return None
    if level == 'canon':
        return e['contacts'][0] if chance(0.85) else None
    r = R.random()
    if r < 0.15:
        tags.append('contact_missing')
        return None
    if r < 0.27 and not e.get('via_agent'):
        p = new_person(e['prov'])
        e['contacts'].append(p)
        tags.append('contact_changed')
        return p
    if r < 0.5 and len(e['contacts']) > 1:
        tags.append('contact_changed')
        return pick(e['contacts'][1:])
    return e['contacts'][0]


# ----------------------------------------------------------------- record building
def new_email_for(e, tags, contact=None):
    if e['type'] == 'org' and e['domain'] and contact is not None and chance(0.6):
        em = person_email(contact, e['domain'])
        tags.append('contact_email')
    elif e['type'] == 'org' and e['domain'] and chance(0.6):
        em = role_email(e['domain'], e['fr'])
        tags.append('second_email')
    else:
        who = contact or (e['p'] if e['type'] == 'person' else (e['contacts'][0] if e['contacts'] else None))
        if who is None:
            return None
        em = person_email(who)
        tags.append('second_email')
    e['emails'].append(em)
    return em


def choose_email(e, level, tags, contact=None):
    if not e['emails']:
        return None
    if level == 'canon':
        if chance(0.08 if e['type'] == 'org' else 0.15):
            return None
        return e['emails'][0]
    r = R.random()
    if r < 0.16:
        tags.append('email_missing')
        return None
    if r < 0.26 and level == 'harsh':
        return new_email_for(e, tags, contact)
    if r < 0.36 and len(e['emails']) > 1:
        return pick(e['emails'][1:])
    em = e['emails'][0] if chance(0.8) else pick(e['emails'])
    if level == 'harsh' and chance(0.04):
        loc, dom = em.split('@')
        if len(loc) >= 4:
            loc2 = typo(loc) if loc.isalpha() else loc[:-1]
            if loc2 != loc:
                em = loc2 + '@' + dom
                tags.append('email_typo')
                return em
    if chance(0.06):
        em = em[0].upper() + em[1:] if chance(0.5) else em.upper()
        tags.append('email_case')
    return em


def choose_phone(e, level, tags):
    if not e['phones']:
        return None
    fr = e['fr']
    if level == 'canon':
        if chance(0.1):
            return None
        ext = e['ext'] if e['ext'] and chance(0.5) else None
        return fmt_phone(e['phones'][0], 'canon', ext, tags, fr)
    r = R.random()
    if r < 0.2:
        tags.append('phone_missing')
        return None
    if r < 0.3 and level == 'harsh' and not e.get('via_agent'):
        d = new_phone(e['city'] if e['cur'] == 0 else e['addrs'][e['cur']]['city'])
        e['phones'].append(d)
        tags.append('new_phone')
    elif r < 0.38 and len(e['phones']) > 1:
        d = pick(e['phones'][1:])
    else:
        d = e['phones'][0]
    ext = None
    if e['type'] == 'org' and chance(0.2):
        ext = e['ext'] or str(R.randint(10, 450))
        tags.append('phone_extension')
    s = fmt_phone(d, 'noisy', ext, tags, fr)
    return s


def choose_addr(e, level, tags, no_move=False):
    """Returns (address dict, addr object or None)."""
    if level == 'canon':
        a = e['addrs'][e['cur']]
        return render_addr(a, 'canon', tags), a
    r = R.random()
    if level == 'harsh' and r < 0.07 and not e['nomove'] and not no_move:
        city = e['addrs'][e['cur']]['city'] if chance(0.6) else pick_city(e['prov'] if chance(0.8) else None)
        a = new_address(city, 'home' if e['type'] == 'person' else 'biz', 0.35)
        e['addrs'].append(a)
        e['cur'] = len(e['addrs']) - 1
        tags.append('moved')
        return render_addr(a, level, tags), a
    a = e['addrs'][e['cur']]
    if level == 'harsh' and r < 0.13:
        tags.append('address_missing')
        return {'line1': None, 'line2': None, 'city': None, 'region': None, 'postalCode': None, 'country': None}, None
    if level == 'harsh' and r < 0.18:
        out = render_addr(a, level, tags)
        out['line1'] = out['line2'] = None
        if chance(0.5):
            out['postalCode'] = None
        tags.append('address_partial')
        return out, a
    return render_addr(a, level, tags), a


def person_record_names(e, level, tags):
    fr = e['fr']
    p = e['p']
    if e['sub'] == 'household':
        p2 = e['p2']
        if level == 'canon':
            disp = f"{p['given']} {e['hh_and']} {p2['given']} {p['family']}"
            return disp, p['given'], p['family'], None
        r = R.random()
        if r < 0.3:
            a, b = (p, p2) if chance(0.6) else (p2, p)
            conj = pick(['&', 'and', 'et'] if fr else ['&', 'and', '&'])
            g1, g2 = a['given'], b['given']
            if level == 'harsh' and g1 in NICK and chance(0.2):
                g1 = pick(NICK[g1])
                tags.append('nickname')
            disp = f"{g1} {conj} {g2} {p['family']}" if chance(0.7) else f"{p['family']}, {g1} {conj} {g2}"
            if a is p2:
                tags.append('household_order')
            disp = apply_text_noise(disp, 'light', tags)
            return disp, a['given'], p['family'], None
        if r < 0.7 or level != 'harsh':
            who = p if chance(0.5) else p2
            d, g, f = pname(who, level, tags, fr)
            if who is p2:
                tags.append('household_member')
            return d, g, f, None
        disp = pick([f"{p['family']} Family", f"The {p['family']} Family", f"{p['family']} Household"] if not fr else [f"Famille {p['family']}", f"Famille {p['family']}"])
        tags.append('household_surname_only')
        return disp, None, p['family'], None
    if e['sub'] == 'soleprop':
        trade = e['trade'] + (' ' + e['trade_form'] if e['trade_form'] else '')
        if level == 'canon':
            if e['canon_trade']:
                return trade, p['given'], p['family'], trade
            return person_full(p), p['given'], p['family'], trade
        d, g, f = pname(p, level, tags, fr)
        r = R.random()
        tr = e['trade'] + form_str(e['trade_form'], level, tags)
        if level == 'harsh':
            tr = apply_text_noise(tr, level, tags)
        if r < 0.4:
            tags.append('display_trade_name')
            return tr, g, f, pick([tr, None, None])
        if r < 0.55:
            tags.append('person_oa_trade')
            return f"{d} {pick(['o/a', 'DBA', 'dba'])} {tr}", g, f, tr
        if r < 0.65:
            tags.append('trade_with_person')
            return f"{tr} ({d})", g, f, tr
        tags.append('display_person_name')
        return d, g, f, pick([tr, None])
    if level == 'canon':
        return person_full(p), p['given'], p['family'], None
    d, g, f = pname(p, level, tags, fr)
    if level == 'harsh' and chance(0.02):
        f2 = pick(SUR[p['cult']])
        if f2 != p['family']:
            f = f"{p['family']}-{f2}" if chance(0.5) else f2
            d = f"{g or p['given']} {f}"
            tags.append('surname_change')
    return d, g, f, None


def build(e, level, tags, name_level=None, allow_rename=False, no_move=False):
    name_level = name_level or level
    rec = {}
    contact = None
    if e['type'] == 'org':
        if allow_rename and not e['norename'] and chance(0.05):
            rename(e)
            tags.append('renamed')
        disp, comp = org_names(e, name_level, tags, allow_typo=(name_level == 'harsh'))
        contact = org_contact(e, level, tags)
        if contact is not None:
            if level == 'canon':
                g, f = contact['given'], contact['family']
            else:
                _, g, f = pname(contact, 'harsh' if level == 'harsh' else 'light', [], e['fr'])
        else:
            g = f = None
        if level == 'harsh' and contact is not None and comp and not e['nm']['label'] and chance(0.05):
            disp = pname(contact, 'light', [], e['fr'])[0]
            tags.append('display_is_contact')
        rec.update(displayName=disp, givenName=g, familyName=f, companyName=comp)
    else:
        disp, g, f, comp = person_record_names(e, name_level, tags)
        rec.update(displayName=disp, givenName=g, familyName=f, companyName=comp)
    rec['email'] = choose_email(e, level, tags, contact)
    rec['phone'] = choose_phone(e, level, tags)
    addr, aobj = choose_addr(e, level, tags, no_move)
    rec['address'] = addr
    if not rec['email'] and not n_phone(rec['phone']) and not n_postal(addr.get('postalCode')) and not street_key(addr.get('line1')):
        # upstream apps always carry at least one way to reach the customer
        rec['email'] = e['emails'][0]
        tags.append('email_restored')
    return rec, aobj


def rename(e):
    nm = e['nm']
    old = nm['base']
    for _ in range(30):
        if e['sub'] == 'firm':
            ps = e['partners']
            toks = old
            if ps[2] not in old and chance(0.6):
                new = old.replace(ps[1], f"{ps[1]} {ps[2]}", 1) if ps[1] in old else f"{old} {ps[2]}"
            else:
                new = f"{ps[0]} {pick(SUR['en'])}" + (" Avocats" if e['fr'] else "")
        else:
            words = old.split()
            if e['fr']:
                new = pick([f"Groupe {old}", f"{words[-1]} {pick(['Solutions', 'Global', 'International'])}", f"Groupe {words[-1]}"])
            else:
                new = pick([f"{old} Group", f"{''.join(w[0] for w in words if w[0].isalpha()).upper()} {words[-1]}",
                            f"{words[0]} {pick(['Solutions', 'Global', 'Group', 'Canada'])}"])
        if new != old and reg_org(new):
            nm['base'] = new
            nm['alt'] = None
            nm['art'] = ''
            return
    return


# ----------------------------------------------------------------- defensibility (same logic as check.py)
FORMS_RE = re.compile(r"\b(inc|incorporated|incorporee|ltd|limited|ltee|limitee|corp|corporation|s ?e ?n ?c ?r ?l|s ?e ?n ?c|senc|sencrl|enr|llp|l l p|pc|p c|prof|professional|co|cie|company)\b")
TITLES = ["mr", "mrs", "ms", "dr", "m", "mme", "madame", "monsieur", "miss"]
NSTOP = set(STOP + TITLES + ["o a", "oa", "operating", "as", "fasrs", "f a s r s", "amp"])
STREET_WORDS = ["street", "st", "avenue", "ave", "av", "road", "rd", "drive", "dr", "boulevard", "blvd", "boul", "bd", "parkway", "pkwy",
                "crescent", "cres", "court", "crt", "ct", "way", "trail", "tr", "highway", "hwy", "lane", "ln", "place", "pl", "gate", "line",
                "rue", "r", "chemin", "ch", "montee", "mtee", "rang", "rg", "route", "rte", "west", "w", "east", "e", "north", "n", "south",
                "s", "ouest", "o", "est", "nord", "sud", "ne", "nw", "se", "sw", "de", "des", "du", "la", "le", "l", "d"]


def n_email(x):
    return x.strip().lower() if x else None


def n_phone(x):
    if not x:
        return None
    s = re.sub(r"(?i)\s*(ext\.?|x|poste|#)\s*\d+\s*$", '', x.strip())
    d = re.sub(r"\D", '', s)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d if len(d) == 10 else None


def n_postal(x):
    if not x:
        return None
    s = re.sub(r"[\s\-]", '', x).upper()
    return s if re.fullmatch(r"[A-Z]\d[A-Z]\d[A-Z]\d", s) else None


def street_key(line):
    if not line:
        return None
    s = fold(line).lower()
    s = re.sub(r"\b(unit|suite|ste|bureau|bur|local|loc|apt|app|appt|logement|log)\b\.?\s*\w+", ' ', s)
    s = re.sub(r"#\s*\w+", ' ', s)
    s = s.strip(' ,-')
    m = re.match(r"^(\d+[a-z]?)\s*-\s*(\d+)", s)
    if m:
        civic = m.group(2)
    else:
        m = re.search(r"\d+", s)
        if not m:
            return None
        civic = m.group(0)
    toks = [t for t in re.findall(r"[a-z]+", s) if len(t) >= 3 and t not in STREET_WORDS]
    return civic, toks


def street_match(a, b):
    ka, kb = street_key(a), street_key(b)
    if not ka or not kb or ka[0] != kb[0]:
        return False
    return bool([t for t in ka[1] if t in kb[1]])


def name_parts(rec):
    out = []
    c = rec['contact'] if 'contact' in rec else rec
    vals = [c.get('displayName'), c.get('companyName')]
    if c.get('givenName') or c.get('familyName'):
        vals.append(' '.join(x for x in [c.get('givenName'), c.get('familyName')] if x))
    for v in vals:
        if not v:
            continue
        for part in re.split(r"\s+(?:o/a|O/A|dba|DBA|operating as|f\.a\.s\.r\.s\.)\s+|\s/\s|[()]", v):
            k = n_name(part)
            if len(k) >= 4:
                out.append(k)
    return out


def n_name(s):
    s = fold(s).lower().replace('&', ' ')
    s = re.sub(r"[^a-z0-9 ]", ' ', s)
    s = FORMS_RE.sub(' ', s)
    toks = [t for t in s.split() if t not in NSTOP]
    return ' '.join(sorted(toks))


def digits_ok(x, y):
    dx, dy = re.findall(r"\d+", x), re.findall(r"\d+", y)
    return not dx or not dy or sorted(dx) == sorted(dy)


def name_close(a, b):
    for x in name_parts(a):
        for y in name_parts(b):
            if digits_ok(x, y) and (x == y or difflib.SequenceMatcher(None, x, y).ratio() >= 0.85):
                return True
    return False


def link_reasons(rec, prior):
    c, p = rec, prior
    why = []
    if n_email(c.get('email')) and n_email(c.get('email')) == n_email(p.get('email')):
        why.append('email')
    if n_phone(c.get('phone')) and n_phone(c.get('phone')) == n_phone(p.get('phone')):
        why.append('phone')
    ca, pa = c.get('address') or {}, p.get('address') or {}
    same_place = (n_postal(ca.get('postalCode')) and n_postal(ca.get('postalCode')) == n_postal(pa.get('postalCode'))) or \
        street_match(ca.get('line1'), pa.get('line1'))
    if same_place and name_close(c, p):
        why.append('name+address')
    return why


# ----------------------------------------------------------------- build the world
def build_existing():
    ents = []
    # brands
    for _ in range(26):
        b = make_brand(False)
        for _ in range(R.randint(2, 4)):
            ents.append(make_store(b))
        if chance(0.4):
            ents.append(make_hq(b))
    for _ in range(12):
        b = make_brand(True)
        for _ in range(R.randint(2, 3)):
            ents.append(make_store(b))
    # agents and their clients
    for _ in range(9):
        ag = make_agent('property_manager', pick(['ON', 'ON', 'BC', 'QC', 'AB']))
        for _ in range(R.randint(2, 4)):
            ents.append(make_condo(ag))
    for _ in range(14):
        ag = make_agent('bookkeeper')
        for _ in range(R.randint(2, 3)):
            o = make_org(pick(['trade', 'resto', 'numbered', 'descr']), city=pick_city(ag['city']['prov']))
            attach_agent(o, ag)
            ents.append(o)
    for _ in range(8):
        ag = make_agent('customs_broker', pick(['ON', 'QC', 'BC', 'BC', 'AB']))
        for _ in range(R.randint(2, 3)):
            o = make_org('descr', prov=pick(list(PROV_W)))
            attach_agent(o, ag)
            ents.append(o)
    # owner groups
    for _ in range(38):
        g = make_group(wpick([(2, 70), (3, 30)]))
        ents.extend(g['members'])
    n_persons = 375
    n_org = N_EXISTING - n_persons - len(ents)
    kinds = [('trade', 30), ('descr', 22), ('numbered', 12), ('firm', 7), ('clinic', 7), ('resto', 10), ('npo', 5), ('school', 2), ('muni', 3)]
    for _ in range(n_org):
        ents.append(make_org(wpick(kinds)))
    for _ in range(n_persons):
        ents.append(make_person(wpick([('individual', 62), ('household', 12), ('soleprop', 26)])))
    return ents


def hn_candidates(existing, kind):
    if kind == 'sister_company':
        return [e for e in existing if e['type'] == 'org' and e['owner'] is not None and e['sub'] in ('trade', 'numbered', 'resto', 'group_co', 'descr') and not e.get('via_agent')]
    if kind == 'numbered_holdco':
        return [e for e in existing if e['type'] == 'org' and e['owner'] is not None and e['sub'] in ('trade', 'numbered', 'resto', 'descr', 'group_co') and not e.get('via_agent')]
    if kind == 'branch_separate':
        return [e for e in existing if e['sub'] in ('chain_store', 'chain_hq')]
    if kind == 'franchisee':
        return [e for e in existing if e['sub'] == 'franchise']
    if kind in ('namesake_person', 'relative_same_address', 'person_vs_company'):
        return [e for e in existing if e['type'] == 'person' and e['sub'] == 'individual']
    if kind == 'shared_contact':
        return [e for e in existing if e.get('via_agent')]
    if kind == 'namesake_company':
        return [e for e in existing if e['sub'] in ('descr', 'clinic', 'resto') and not e['nm']['num'] and not e.get('via_agent')]
    raise ValueError(kind)


def make_hn(kind, s):
    """Create a new entity that looks like existing entity s."""
    if kind == 'sister_company':
        gid = s['group']
        if gid is None:
            gid = len(GROUPS)
            GROUPS.append({'owner': s['owner'], 'members': [s], 'trades': [s.get('trade')], 'id': gid})
            s['group'] = gid
            s['norename'] = True
        g = GROUPS[gid]
        a = s['addrs'][0]
        email = s['emails'][0]
        if s['owner'] and s['domain'] and chance(0.5):
            email = person_email(s['owner'], s['domain'])
            s['emails'].append(email)
        e = make_group_company(s['owner'], s['city'], a, email, s['phones'][0], g['trades'], gid)
        g['members'].append(e)
        if chance(0.3):
            e['addrs'] = [dict(a, unit=str(R.randint(2, 30)) if a.get('unit') is None else str(int(a['unit']) + 1), utype=a.get('utype') or 'Unit')]
        return e
    if kind == 'numbered_holdco':
        city = s['city']
        e = base_entity('org', 'holdco', city)
        g = GROUPS[s['group']] if s['group'] is not None else None
        if chance(0.6) or (g is not None and 'HOLDING' in g['trades']):
            e['nm'] = mk_nm('', None, num=numbered_name(city['prov']))
            e['nm']['oa'] = 'num'
            e['nm']['num_only'] = True
        else:
            o = s['owner']
            for _ in range(20):
                base = pick([f"{o['family']} Holdings", f"{o['given']} {o['family']} Holdings", f"{o['family']} Family Holdings"]) if not e['fr'] else \
                    pick([f"Gestion {o['family']}", f"Gestion {o['given']} {o['family']}", f"Placements {o['family']}"])
                if reg_org(base):
                    break
            e['nm'] = mk_nm(base, 'Inc.' if chance(0.6) else 'Ltd.' if not e['fr'] else 'inc.')
            if g is not None:
                g['trades'].append('HOLDING')
        e['owner'] = s['owner']
        e['contacts'] = [s['owner']]
        e['emails'].append(s['emails'][0] if chance(0.4) else person_email(s['owner']))
        e['phones'].append(s['phones'][0] if chance(0.5) else new_phone(city))
        set_address(e, addr=s['addrs'][0] if chance(0.75) else None)
        if not e['addrs']:
            set_address(e, 'biz')
        e['norename'] = True
        return e
    if kind == 'branch_separate':
        b = s['brand']
        e = make_store(b, city=pick_city(s['prov']) if chance(0.7) else None)
        return e
    if kind == 'franchisee':
        return make_store(s['brand'], city=pick_city(s['prov']))
    if kind == 'namesake_person':
        p0 = s['p']
        city = pick_city(s['prov'] if chance(0.5) else None, exclude=s['city'])
        p = dict(p0)
        p['canon_mid'] = chance(0.5)
        e = make_person('individual', city, p)
        return e
    if kind == 'relative_same_address':
        p0 = s['p']
        for _ in range(50):
            q = new_person(s['prov'], cult=p0['cult'], family=p0['family'])
            if fold(q['given'])[:3].lower() != fold(p0['given'])[:3].lower():
                break
        q['family'] = p0['family']
        e = make_person('individual', s['city'], q)
        e['addrs'] = [s['addrs'][0]]
        e['cur'] = 0
        if chance(0.4):
            e['phones'] = [s['phones'][0]]
        e['relation'] = True
        return e
    if kind == 'person_vs_company':
        p0 = s['p']
        city = s['city']
        fr = city['prov'] == 'QC'
        kindc = 'trade' if chance(0.65) else 'numbered'
        e = make_org(kindc, city=city, owner=p0)
        if kindc == 'trade':
            if e['nm']['form'] in (None, 'Enr.', 'S.E.N.C.'):
                e['nm']['form'] = 'Inc.' if fr or chance(0.5) else 'Ltd.'
            if p0['family'] not in e['nm']['base']:
                for _ in range(30):
                    t = pick(TRADE_FR if fr else TRADE_EN)
                    base = f"{t} {p0['family']}" if fr else (f"{p0['family']} {t}")
                    if reg_org(base):
                        e['nm']['base'] = base
                        e['nm']['alt'] = None
                        e['nm']['art'] = ''
                        break
        e['contacts'] = [p0] + e['contacts'][1:]
        r = R.random()
        if r < 0.4:
            e['emails'] = [s['emails'][0]] + e['emails']
        elif r < 0.8:
            e['phones'] = [s['phones'][0]] + e['phones']
        else:
            e['addrs'] = [s['addrs'][0]]
            e['cur'] = 0
        e['norename'] = True
        return e
    if kind == 'shared_contact':
        ag = s['agent']
        if ag['kind'] == 'property_manager':
            return make_condo(ag)
        o = make_org(pick(['trade', 'resto', 'numbered', 'descr']) if ag['kind'] == 'bookkeeper' else 'descr',
                     city=pick_city(ag['city']['prov']))
        attach_agent(o, ag)
        return o
    if kind == 'namesake_company':
        if s['fr']:
            city = pick_city('QC', exclude=s['city'])
        else:
            city = pick_city([p for p in ('ON', 'BC', 'AB') if p != s['prov']][R.randrange(2)] if chance(0.6) else s['prov'], exclude=s['city'])
        e = base_entity('org', s['sub'], city)
        nm = dict(s['nm'])
        nm['alt'] = None
        forms = [f for f in ['Inc.', 'Ltd.', 'Corp.', None] if f != s['nm']['form']]
        nm['form'] = pick(forms)
        if s['sub'] == 'clinic':
            nm['form'] = pick([None, 'Inc.'])
        e['nm'] = nm
        reg_org(nm['base'], force=True)
        attach_contacts(e, R.randint(1, 2))
        e['owner'] = e['contacts'][0]
        std_contacts_emails(e, small=True, freemail_p=0.2)
        set_address(e, 'biz', 0.3)
        e['norename'] = True
        e['nomove'] = True
        return e
    raise ValueError(kind)


def main():
    existing = build_existing()
    assert len(existing) == N_EXISTING, len(existing)
    # mark entities that must not be renamed because a look-alike would become ambiguous
    for g in GROUPS:
        for m in g['members']:
            m['norename'] = True
    # hard negatives
    hns = []
    used_src = {}
    for kind, n in HN_PLAN:
        cands = hn_candidates(existing, kind)
        R.shuffle(cands)
        cands = cands + cands
        k = 0
        for s in cands:
            if k >= n:
                break
            if used_src.get(id(s), 0) >= (2 if kind in ('shared_contact', 'branch_separate', 'franchisee', 'sister_company') else 1):
                continue
            if kind == 'sister_company' and s['group'] is not None and len(GROUPS[s['group']]['members']) >= 4:
                continue
            used_src[id(s)] = used_src.get(id(s), 0) + 1
            e = make_hn(kind, s)
            e['hn'] = (kind, s)
            s['norename'] = True
            s['nomove'] = s['nomove'] or kind in ('namesake_person', 'namesake_company', 'relative_same_address')
            hns.append(e)
            k += 1
        assert k == n, (kind, k, n, len(cands))
    plain = []
    kinds = [('trade', 30), ('descr', 22), ('numbered', 12), ('firm', 7), ('clinic', 7), ('resto', 10), ('npo', 5), ('school', 1), ('muni', 1)]
    for _ in range(N_NEW_PLAIN):
        if chance(0.25):
            plain.append(make_person(wpick([('individual', 62), ('household', 12), ('soleprop', 26)])))
        else:
            plain.append(make_org(wpick(kinds)))
    new_ents = plain + hns
    # ids
    allents = existing + new_ents
    ids = R.sample(range(10000, 100000), len(allents))
    for e, i in zip(allents, ids):
        e['id'] = 'E%05d' % i
    # incoming schedule
    events = []
    matched = R.sample(existing, N_MATCH_ENT)
    twice = matched[:N_MATCH_TWICE]
    for e in matched:
        events.append((R.random(), 'existing_match', e))
    for e in twice:
        events.append((R.random(), 'existing_match', e))
    rep = R.sample(new_ents, N_REPEAT_ENT)
    rep_twice = rep[:N_REPEAT_TWICE]
    rep_ids = [e['id'] for e in rep]
    for e in new_ents:
        if e['id'] in rep_ids:
            t0 = R.random() * 0.85
        else:
            t0 = R.random()
        events.append((t0, 'new', e))
        if e['id'] in rep_ids:
            n = 2 if e in rep_twice else 1
            for _ in range(n):
                events.append((t0 + (1 - t0) * R.uniform(0.02, 1.0), 'repeat_of_new', e))
    events.sort(key=lambda x: (x[0], x[2]['id']))

    lines, metas = [], []
    hist = {}   # entity id -> list of record dicts (flattened contact)

    def emit(set_, e, rec, category, tags):
        lines.append({'set': set_, 'entity': e['id'], 'contact': rec})
        metas.append({'line': len(lines), 'entity': e['id'], 'category': category, 'changes': tags})
        hist.setdefault(e['id'], []).append(rec)

    # existing set
    order = list(existing)
    R.shuffle(order)
    used_disp = {}
    for e in order:
        tags = []
        rec, _ = build(e, 'canon', tags)
        key = ' '.join(rec['displayName'].lower().split())
        if key in used_disp:
            rec['displayName'] = f"{rec['displayName']} ({e['city']['name']})"
            key = ' '.join(rec['displayName'].lower().split())
            tags.append('display_dedup')
            n = 2
            while key in used_disp:
                rec['displayName'] = f"{rec['displayName']} {n}"
                key = ' '.join(rec['displayName'].lower().split())
                n += 1
        used_disp[key] = e['id']
        emit('existing', e, rec, 'existing', sorted(set(tags)))

    used_in = {}
    for t, cat, e in events:
        tags = []
        if cat == 'new':
            # a hard negative's first record keeps what makes it look like its model (light noise)
            rec, _ = build(e, 'light' if e['hn'] else 'harsh', tags, name_level='light' if e['hn'] else 'harsh')
            if e['hn']:
                kind, s = e['hn']
                tags = ['hard_negative:' + kind, 'imitates:' + s['id']] + tags
        else:
            priors = hist[e['id']]
            prior = priors[0] if cat == 'existing_match' and chance(0.7) else pick(priors)
            choices = []
            if prior.get('email'):
                choices.append(('email', 40))
            if prior.get('phone') and n_phone(prior['phone']):
                choices.append(('phone', 35))
            pa = prior['address']
            if n_postal(pa.get('postalCode')) or street_key(pa.get('line1')):
                choices.append(('nameaddr', 25))
            anchor = wpick(choices) if choices else 'copy'
            if e['sub'] == 'chain_hq' and prior.get('email') and chance(0.6):
                anchor = 'email'
            rec = None
            for attempt in range(8):
                tags = []
                if anchor == 'nameaddr':
                    rec, _ = build(e, 'harsh', tags, name_level='light', no_move=True)
                    # keep the prior address (formatting noise only)
                    aobj = None
                    rec['address'] = dict(pa)
                    a2 = dict(pa)
                    if a2.get('postalCode'):
                        pc = n_postal(a2['postalCode'])
                        if pc:
                            a2['postalCode'] = pick([pc[:3] + ' ' + pc[3:], pc, pc.lower(), pc[:3] + ' ' + pc[3:]])
                    if a2.get('region') and chance(0.5):
                        a2['region'] = pick(REGION_VARIANTS[e['addrs'][0]['city']['prov']])
                    if a2.get('line1') and chance(0.2):
                        a2['line1'] = a2['line1'].upper()
                        tags.append('address_upper')
                    a2['country'] = pick(COUNTRY_VARIANTS)
                    rec['address'] = a2
                    tags = [t_ for t_ in tags if t_ not in ('moved', 'address_missing', 'address_partial')]
                else:
                    rec, _ = build(e, 'harsh', tags, allow_rename=(cat == 'existing_match'))
                    if anchor == 'email':
                        em = prior['email']
                        if chance(0.1):
                            em = em.lower() if em != em.lower() else em.upper()
                        rec['email'] = em
                        tags = [t_ for t_ in tags if t_ not in ('email_missing', 'email_typo', 'second_email', 'contact_email')]
                    elif anchor == 'phone':
                        d = n_phone(prior['phone'])
                        rec['phone'] = fmt_phone(d, 'noisy', (e['ext'] if e['ext'] and chance(0.3) else None), tags, e['fr'])
                        tags = [t_ for t_ in tags if t_ not in ('phone_missing', 'new_phone')]
                if link_reasons(rec, prior):
                    break
                if anchor == 'nameaddr':
                    anchor = 'email' if prior.get('email') else ('phone' if prior.get('phone') else 'copy')
            if not any(link_reasons(rec, p_) for p_ in priors):
                # last resort: copy the prior's name and address exactly
                for k_ in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
                    rec[k_] = prior[k_]
                rec['address'] = dict(prior['address'])
                anchor = 'copy'
            tags = ['anchor:' + anchor] + tags
            # branch of a chain billed to head office
            if cat == 'existing_match' and e['sub'] == 'chain_hq' and anchor == 'email' and chance(0.7):
                b = e['brand']
                city = pick_city(pick(b['provs']))
                loc = brand_loc(b, city)
                rec['displayName'] = f"{b['name']} - {loc}"
                rec['companyName'] = org_legal(e['nm'], 'light', [])
                rec['address'] = render_addr(new_address(city, 'biz', 0.4), 'harsh', [])
                rec['phone'] = None if chance(0.5) else fmt_phone(new_phone(city), 'noisy')
                tags.append('branch_billed_to_head_office')
        # incoming display-name uniqueness
        key = ' '.join(fold(rec['displayName'] or '').casefold().split())
        if not key or key in used_in:
            alts = []
            if rec.get('companyName'):
                alts.append(rec['companyName'])
            if rec['address'].get('city') and fold(rec['address']['city']).lower() not in fold(rec['displayName']).lower():
                alts.append(f"{rec['displayName']} ({rec['address']['city']})")
            if rec.get('givenName') and rec.get('familyName'):
                alts.append(f"{rec['displayName']} - {rec['givenName']} {rec['familyName']}")
            alts += [f"{rec['displayName']} ({n})" for n in range(2, 9)]
            old = rec['displayName']
            for a in alts:
                k2 = ' '.join(fold(a).casefold().split())
                if k2 and k2 not in used_in:
                    rec['displayName'] = a
                    if cat != 'new' and not any(link_reasons(rec, p_) for p_ in hist[e['id']]):
                        rec['displayName'] = old
                        continue
                    key = k2
                    break
            tags.append('display_dedup')
        used_in[key] = e['id']
        emit('incoming', e, rec, cat, tags)

    # normalise record shape
    out_lines = []
    for ln in lines:
        c = ln['contact']
        a = c.get('address') or {}
        contact = {'displayName': c.get('displayName'), 'givenName': c.get('givenName'), 'familyName': c.get('familyName'),
                   'companyName': c.get('companyName'), 'email': c.get('email'), 'phone': c.get('phone'),
                   'address': {k: (a.get(k) if a.get(k) not in ('',) else None) for k in ('line1', 'line2', 'city', 'region', 'postalCode', 'country')}}
        out_lines.append({'set': ln['set'], 'entity': ln['entity'], 'contact': contact})
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for ln in out_lines:
            f.write(json.dumps(ln, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for m in metas:
            m['changes'] = list(dict.fromkeys(m['changes']))
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    cats = {}
    for m in metas:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    print('wrote', len(out_lines), 'lines', json.dumps(cats, sort_keys=True))


if __name__ == '__main__':
    main()
