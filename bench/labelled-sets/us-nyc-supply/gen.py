#!/usr/bin/env python3
"""gen.py - generates the us-nyc-supply record-linkage benchmark (set.jsonl, meta.jsonl).

Seeded and deterministic (random.Random with a fixed seed, no set/hash iteration order
in the output), standard library only.  The rule block below is a copy of the link rule
that check.py recomputes independently; gen.py uses it only as a guard while generating.
"""
import json
import os
import random
import re
import unicodedata
from collections import Counter

# === RULES BEGIN ===
# The link rule.  A careful human links record A to record B when
#   * both are organisations (companyName set) or both are persons, and
#   * the names are near (documented variants below), and
#   * at least one of: same/near e-mail, same phone (10 digits, extension
#     ignored), same address (house number + street, unit and ZIP when
#     both sides give them), and
#   * for persons: the e-mail or the phone is among that evidence.

_SPECIAL = {'\u0142': 'l', '\u0141': 'L', '\u00f8': 'o', '\u00d8': 'O', '\u0111': 'd',
            '\u0110': 'D', '\u00df': 'ss', '\u00e6': 'ae', '\u0153': 'oe', '\u0131': 'i'}


def fold(s):
    s = ''.join(_SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()


def dl(a, b, maxd=2):
    """Optimal-string-alignment Damerau-Levenshtein distance (capped)."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > maxd:
        return maxd + 1
    prev2 = None
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        prev2, prev = prev, cur
    return prev[lb]


WORD_ORD = {'first': '1', 'second': '2', 'third': '3', 'fourth': '4', 'fifth': '5', 'sixth': '6',
            'seventh': '7', 'eighth': '8', 'ninth': '9', 'tenth': '10', 'eleventh': '11', 'twelfth': '12'}
ROMAN = {'ii': '2', 'iii': '3', 'iv': '4', 'vi': '6', 'vii': '7', 'viii': '8', 'ix': '9'}
STREET_ABBR = {'street': 'st', 'str': 'st', 'saint': 'st', 'avenue': 'ave', 'av': 'ave',
               'boulevard': 'blvd', 'parkway': 'pkwy', 'pky': 'pkwy', 'road': 'rd', 'place': 'pl',
               'drive': 'dr', 'lane': 'ln', 'court': 'ct', 'highway': 'hwy', 'turnpike': 'tpke',
               'tpk': 'tpke', 'terrace': 'ter', 'square': 'sq', 'east': 'e', 'west': 'w',
               'north': 'n', 'south': 's', 'fort': 'ft', 'mount': 'mt'}
ORG_ABBR = dict(STREET_ABBR)
ORG_ABBR.update({
    'mgmt': 'management', 'mgt': 'management', 'mngmt': 'management', 'assn': 'association',
    'assoc': 'associates', 'bros': 'brothers', 'bro': 'brothers', 'svc': 'services',
    'svcs': 'services', 'service': 'services', 'serv': 'services', 'mech': 'mechanical',
    'htg': 'heating', 'plbg': 'plumbing', 'plmbg': 'plumbing', 'elec': 'electric',
    'electrical': 'electric', 'contr': 'contracting', 'contractors': 'contracting',
    'contractor': 'contracting', 'constr': 'construction', 'const': 'construction',
    'gen': 'general', 'genl': 'general', 'bd': 'board', 'mgrs': 'managers', 'condo': 'condominium',
    'apts': 'apartments', 'ctr': 'center', 'centre': 'center', 'hosp': 'hospital',
    'univ': 'university', 'dept': 'department', 'intl': 'international', 'hts': 'heights',
    'cong': 'congregation', 'yeshivah': 'yeshiva', 'mkt': 'market', 'props': 'properties',
    'prop': 'property', 'mgr': 'manager', 'rc': 'roman'})
LEGAL = {'llc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited',
         'pc', 'pllc', 'lp', 'llp'}
ORG_STOP = {'the', 'of', 'and', 'a', 'at', 'sons', 'son', 'dba'}
CLASS_WORDS = {'congregation': 'worship', 'synagogue': 'worship', 'shul': 'worship',
               'temple': 'worship', 'church': 'worship', 'parish': 'worship', 'chabad': 'worship',
               'iglesia': 'worship', 'masjid': 'worship', 'mosque': 'worship', 'khal': 'worship',
               'cathedral': 'worship', 'yeshiva': 'school', 'mesivta': 'school', 'school': 'school',
               'academy': 'school', 'cheder': 'school', 'seminary': 'school', 'talmud': 'school',
               'hospital': 'health', 'medical': 'health'}

GIVEN_GROUPS = [
    'yitzchok yitzchak yitzhak isaac itzik', 'moshe moses moishe moishy', 'chaim hyman haim',
    'shmuel samuel shmiel sam', 'yaakov yakov yankev jacob yanky', 'avrohom avraham abraham avrum',
    'yosef yoseph joseph yossi joe joey giuseppe', 'dovid david dave duvid', 'menachem mendel mendy',
    'shlomo solomon sol', 'mordechai motty mordche', 'eliezer lazer', 'yehuda yidel judah',
    'aron aaron ahron', 'naftali tuli', 'zalmen zalman', 'yoel joel', 'meir meyer', 'pinchas pinny',
    'tzvi hirsch hershel hershy', 'berel ber dov', 'yisroel israel srulik', 'nachman nachum',
    'chana hannah chanie', 'rivka rebecca rivky', 'sara sarah suri', 'leah lea', 'rochel rachel ruchy',
    'malka malky', 'esther etty', 'devorah deborah devory', 'chaya chayie', 'gitty gittel',
    'anthony tony', 'vincent vinny vince', 'salvatore sal', 'frank frankie francis francesco',
    'michael mike mikey', 'dominick dom', 'nicholas nick nicky', 'louis lou', 'philip phil',
    'robert bob rob bobby', 'william bill will billy', 'richard rich rick', 'edward ed eddie',
    'daniel dan danny', 'thomas tom tommy', 'james jim jimmy', 'john jack johnny', 'patrick pat paddy',
    'kathleen kathy kate', 'margaret peggy maggie', 'elizabeth liz beth', 'christopher chris',
    'matthew matt', 'steven steve', 'stephen steve', 'gregory greg', 'peter pete', 'joseph joe',
    'jennifer jenny jen', 'rosemarie rose', 'theresa terry', 'josephine josie',
    'georgios george yiorgos', 'konstantinos gus costas constantine', 'dimitrios dimitri jimmy',
    'nikolaos nick nikos', 'ioannis john yianni', 'panagiotis pete peter', 'eleni helen',
    'vasilios bill basil', 'christos chris', 'spyros spiro', 'katerina katherine kathy',
    'sergei sergey serge', 'dmitry dmitri dima', 'alexei alexey alex', 'vladimir vlad volodymyr',
    'mikhail michael misha', 'andrei andrey andrew', 'nikolai nikolay nick', 'pavel paul',
    'viktor victor', 'maxim max', 'natalia natalya natasha', 'svetlana sveta', 'irina ira',
    'elena yelena helen', 'tatiana tatyana tanya', 'yulia julia', 'lyudmila ludmila luda',
    'galina galya', 'leonid leo', 'boris borya',
    'jan john', 'piotr peter', 'krzysztof chris', 'tomasz thomas tom', 'marek mark', 'andrzej andrew',
    'pawel paul', 'grzegorz greg', 'stanislaw stan stanley', 'zbigniew zbig', 'katarzyna kasia kate',
    'malgorzata gosia margaret', 'agnieszka agnes', 'zofia sophie', 'tadeusz ted', 'jerzy george',
    'jose pepe', 'francisco paco frank', 'rafael rafi', 'miguel mike', 'pedro peter', 'juan john',
    'wilfredo willy', 'guillermo william', 'manuel manny', 'jorge george',
    'mohammed mohammad muhammad mohamed muhammed md mohd',
]
FAMILY_GROUPS = [
    'papadopoulos pappas', 'papageorgiou pappas', 'papadakis pappas', 'chan chen', 'wong wang',
    'eng ng wu', 'lee li', 'lam lin', 'cheung zhang', 'chow zhou', 'ho he', 'lau liu', 'tse xie',
    'mak mai', 'leung liang', 'kwok guo', 'fung feng', 'tam tan', 'yu yue',
    'schwartz schwarz', 'weiss weisz', 'horowitz horovitz', 'yoon yun', 'jung chung',
    'park pak', 'choi choe',
]


def _groups(lines):
    out = {}
    for gi, line in enumerate(lines):
        for w in line.split():
            out.setdefault(w, set()).add(gi)
    return out


GIVEN_VAR = _groups(GIVEN_GROUPS)
FAMILY_VAR = _groups(FAMILY_GROUPS)
TITLES = {'rabbi', 'rav', 'reb', 'dr', 'mr', 'mrs', 'ms', 'miss', 'rev', 'fr', 'hon', 'mx'}
GENS = {'jr': 'jr', 'junior': 'jr', 'sr': 'sr', 'senior': 'sr', 'ii': 'ii', 'iii': 'iii', 'iv': 'iv'}
MOH = {'mohammed', 'mohammad', 'muhammad', 'mohamed', 'muhammed', 'md', 'mohd'}
PARTICLES = {'de', 'la', 'del', 'di', 'da', 'van', 'von', 'le', 'st', 'mc', 'o', 'los', 'las', 'y'}


def _tok(text):
    s = fold(text).replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r"['\u2019`]", '', s)
    s = re.sub(r'(\d)\s*-\s*(\d)', r'\1\2', s)
    return re.findall(r'[a-z0-9]+', s)


def _ord(t):
    m = re.match(r'^(\d+)(st|nd|rd|th)$', t)
    if m:
        return m.group(1)
    return WORD_ORD.get(t, t)


def org_tokens(name):
    out = []
    for t in _tok(name):
        t = _ord(t)
        t = ROMAN.get(t, t)
        t = ORG_ABBR.get(t, t)
        if t in LEGAL or t in ORG_STOP:
            continue
        out.append(t)
    return out


def org_class(toks):
    cl = {CLASS_WORDS[t] for t in toks if t in CLASS_WORDS}
    for c in ('school', 'worship', 'health'):
        if c in cl:
            return c
    return None


def org_sig(name):
    t = org_tokens(name)
    return (t, sorted(x for x in t if x.isdigit()), org_class(t), ''.join(t))


def _tok_eq(a, b):
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    return min(len(a), len(b)) >= 5 and dl(a, b, 1) <= 1


def org_score(s1, s2):
    t1, t2 = s1[0], s2[0]
    if not t1 or not t2:
        return 0.0
    if s1[1] != s2[1]:
        return 0.0
    if s1[2] and s2[2] and s1[2] != s2[2]:
        return 0.0
    if s1[3] == s2[3]:
        return 1.0
    rest = list(t2)
    m = 0
    left = []
    for t in t1:
        if t in rest:
            rest.remove(t)
            m += 1
        else:
            left.append(t)
    for t in left:
        for u in rest:
            if _tok_eq(t, u):
                rest.remove(u)
                m += 1
                break
    return 2.0 * m / (len(t1) + len(t2))


def org_near_sig(s1, s2):
    return org_score(s1, s2) >= 0.8


def org_names(c):
    out = []
    for s in (c.get('companyName'), c.get('displayName')):
        if not s:
            continue
        s = re.sub(r'\s*\([^)]*\)\s*$', '', s).strip()
        s = re.sub(r'\s+-\s+\d+$', '', s).strip()
        parts = re.split(r'(?i)\s+(?:dba|d/b/a|d\.b\.a\.?|aka|a/k/a)\s+', s)
        for p in [s] + (parts if len(parts) > 1 else []):
            p = p.strip()
            if p and p not in out:
                out.append(p)
    return out


def _ptoks(s):
    return re.findall(r'[a-z0-9]+', re.sub(r"['\u2019`]", '', fold(s or '')))


def _strip_notes(d):
    d = re.sub(r'\([^)]*\)', ' ', d or '')
    d = re.sub(r'\s+-\s+.*$', '', d)
    return d.strip()


def person_info(c):
    gen = None
    for s in (_strip_notes(c.get('displayName')), c.get('familyName'), c.get('givenName')):
        for t in _ptoks(s):
            if t in GENS:
                gen = GENS[t]

    def clean(tl):
        return [t for t in tl if t not in TITLES and t not in GENS]
    g = clean(_ptoks(c.get('givenName')))
    f = clean(_ptoks(c.get('familyName')))
    parses = []
    if g and f:
        parses = [(g, f), (f, g)]
    else:
        d = _strip_notes(c.get('displayName'))
        if ',' in d:
            a, b = d.split(',', 1)
            fa, gb = clean(_ptoks(a)), clean(_ptoks(b))
            if fa and gb:
                parses = [(gb, fa), (fa, gb)]
        if not parses:
            t = clean(_ptoks(d))
            for k in range(1, len(t)):
                parses.append((t[:k], t[k:]))
                parses.append((t[k:], t[:k]))
    return gen, parses


def _var(a, b, table):
    ga, gb = table.get(a), table.get(b)
    return bool(ga and gb and (ga & gb))


def gendered(a, b):
    if a + 'a' == b or b + 'a' == a:
        return True
    for m, f in (('ski', 'ska'), ('cki', 'cka'), ('dzki', 'dzka'), ('sky', 'skaya'), ('skiy', 'skaya'),
                 ('ov', 'ova'), ('ev', 'eva'), ('in', 'ina'), ('yn', 'yna')):
        for x, y in ((a, b), (b, a)):
            if x.endswith(m) and y.endswith(f) and x[:-len(m)] == y[:-len(f)]:
                return True
    if len(a) == len(b) and len(a) > 1 and a[:-1] == b[:-1] and a[-1] != b[-1] \
            and a[-1] in 'aoe' and b[-1] in 'aoe':
        return True
    return False


def _gtok_eq(a, b):
    if a == b or _var(a, b, GIVEN_VAR):
        return True
    return min(len(a), len(b)) >= 5 and not gendered(a, b) and dl(a, b, 1) <= 1


def given_compat(g1, g2):
    a = g1[1:] if len(g1) > 1 and g1[0] in MOH else g1
    b = g2[1:] if len(g2) > 1 and g2[0] in MOH else g2
    if not a or not b:
        return False
    if ''.join(a) == ''.join(b):
        return True
    if not _gtok_eq(a[0], b[0]):
        return False
    if len(a) > 1 and len(b) > 1 and not _gtok_eq(a[1], b[1]) and ''.join(a[1:]) != ''.join(b[1:]):
        return False
    return True


def _ftok_eq(a, b):
    if a == b or _var(a, b, FAMILY_VAR):
        return True
    if gendered(a, b):
        return False
    return min(len(a), len(b)) >= 5 and dl(a, b, 1) <= 1


def family_compat(f1, f2):
    if not f1 or not f2:
        return False
    j1, j2 = ''.join(f1), ''.join(f2)
    if j1 == j2:
        return True
    if gendered(j1, j2):
        return False
    if _ftok_eq(j1, j2):
        return True
    s, l = (f1, f2) if len(f1) <= len(f2) else (f2, f1)
    if len(s) < len(l) and len(s[0]) >= 3 and s[0] not in PARTICLES \
            and all(_ftok_eq(x, y) for x, y in zip(s, l)):
        return True
    return False


def person_near(pa, pb):
    ga, la = pa
    gb, lb = pb
    if ga and gb and ga != gb:
        return False
    for g1, f1 in la:
        for g2, f2 in lb:
            if family_compat(f1, f2) and given_compat(g1, g2):
                return True
    return False


def phone_key(p):
    if not p:
        return None
    s = re.split(r'(?i)\s*(?:ext\.?|extension|x)\s*\d+\s*$', p.strip())[0]
    d = re.sub(r'\D', '', s)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d if len(d) == 10 else None


def email_info(e):
    if not e or '@' not in e:
        return None
    e = fold(e.strip())
    local, _, dom = e.rpartition('@')
    local = local.split('+')[0]
    return (e, re.sub(r'[._-]', '', local), dom)


def email_rel(a, b):
    if a is None or b is None:
        return None
    if a[0] == b[0]:
        return 'email'
    la, da, lb, db = a[1], a[2], b[1], b[2]
    if la == lb and da == db:
        return 'email_near'
    if la == lb and len(la) >= 4 and min(len(da), len(db)) >= 7 and dl(da, db, 1) <= 1:
        return 'email_near'
    if da == db and min(len(la), len(lb)) >= 6 and re.sub(r'\D', '', la) == re.sub(r'\D', '', lb) \
            and dl(la, lb, 1) <= 1:
        return 'email_near'
    return None


_UNIT_PATS = [
    (re.compile(r'\b(?:apt|apartment|unit|ste|suite|rm|room)\b\s*#?\s*([a-z0-9]+)\b'), ''),
    (re.compile(r'#\s*([a-z0-9]+)\b'), ''),
    (re.compile(r'\b(\d+)(?:st|nd|rd|th)?\s*(?:fl|flr|floor)\b'), 'fl'),
    (re.compile(r'\b(?:fl|flr|floor)\s*(\d+)\b'), 'fl'),
]


def _anorm(s):
    s = fold(s or '')
    s = re.sub(r"['\u2019`]", '', s).replace('.', ' ')
    return re.sub(r'(\d)\s*-\s*(\d)', r'\1\2', s)


def addr_info(a):
    if not a or not a.get('line1'):
        return None
    l1, l2 = _anorm(a.get('line1')), _anorm(a.get('line2'))
    unit = None
    for pat, pre in _UNIT_PATS:
        m = pat.search(l1)
        if m:
            unit = pre + m.group(1)
            l1 = l1[:m.start()] + ' ' + l1[m.end():]
            break
    if unit is None and l2.strip():
        for pat, pre in _UNIT_PATS:
            m = pat.search(l2)
            if m:
                unit = pre + m.group(1)
                break
        if unit is None and re.fullmatch(r'\s*([0-9]+[a-z]?|[a-z])\s*', l2):
            unit = l2.strip()
    toks = re.findall(r'[a-z0-9]+', l1.split(',')[0])
    if len(toks) < 2 or not toks[0][0].isdigit():
        return None
    street = tuple(STREET_ABBR.get(_ord(t), _ord(t)) for t in toks[1:])
    z = re.sub(r'\D', '', a.get('postalCode') or '')
    if len(z) >= 5:
        z = z[:5]
    elif len(z) == 4:
        z = z.zfill(5)
    else:
        z = None
    return (toks[0], street, unit, z)


def same_address(x, y):
    if not x or not y:
        return False
    if x[0] != y[0] or x[1] != y[1]:
        return False
    if x[2] and y[2] and x[2] != y[2]:
        return False
    if x[3] and y[3] and x[3] != y[3]:
        return False
    return True


def parse_contact(c):
    is_org = bool((c.get('companyName') or '').strip())
    P = {'org': is_org}
    if is_org:
        P['names'] = [org_sig(n) for n in org_names(c)]
    else:
        P['person'] = person_info(c)
    P['email'] = email_info(c.get('email'))
    P['phone'] = phone_key(c.get('phone'))
    P['addr'] = addr_info(c.get('address'))
    return P


def names_near(P, Q):
    if P['org'] != Q['org']:
        return False
    if P['org']:
        return any(org_near_sig(x, y) for x in P['names'] for y in Q['names'])
    return person_near(P['person'], Q['person'])


def evidence(P, Q):
    ev = []
    r = email_rel(P['email'], Q['email'])
    if r:
        ev.append(r)
    if P['phone'] and P['phone'] == Q['phone']:
        ev.append('phone')
    if same_address(P['addr'], Q['addr']):
        ev.append('address')
    return ev


def link(P, Q):
    """Evidence list when the link rule holds, else None."""
    if P['org'] != Q['org']:
        return None
    ev = evidence(P, Q)
    if not ev:
        return None
    if not P['org'] and not ('email' in ev or 'email_near' in ev or 'phone' in ev):
        return None
    if not names_near(P, Q):
        return None
    return ev


def ev_score(ev):
    return sum(1 if e == 'address' else 2 for e in ev)


def _keys(P):
    ks = []
    if P['phone']:
        ks.append(('ph', P['phone']))
    e = P['email']
    if e:
        ks.append(('em', e[0]))
        ks.append(('el', e[1]))
        ks.append(('ed', e[2], len(e[1])))
    a = P['addr']
    if a:
        ks.append(('ad', a[0], a[1]))
    return ks


class Index:
    def __init__(self):
        self.items = []
        self.by = {}

    def add(self, P, tag):
        i = len(self.items)
        self.items.append((P, tag))
        for k in _keys(P):
            self.by.setdefault(k, []).append(i)

    def cands(self, P):
        s = set()
        for k in _keys(P):
            if k[0] == 'ed':
                for L in (k[2] - 1, k[2], k[2] + 1):
                    s.update(self.by.get(('ed', k[1], L), ()))
            else:
                s.update(self.by.get(k, ()))
        return sorted(s)

    def rivals(self, P, tgt, ev_t):
        """Other records that look at least as good as the target: name near, some shared
        evidence, and an evidence score (e-mail/phone 2, address 1) not below the target's."""
        sc = ev_score(ev_t)
        out = []
        for i in self.cands(P):
            Q, tag = self.items[i]
            if tag == tgt:
                continue
            ev = evidence(P, Q)
            if ev and (link(P, Q) or (ev_score(ev) >= sc and names_near(P, Q))):
                out.append((tag, ev))
        return out

    def passes(self, P):
        out = []
        for i in self.cands(P):
            Q, tag = self.items[i]
            ev = link(P, Q)
            if ev:
                out.append((tag, ev))
        return out
# === RULES END ===

# ======================================================================
#  generator
# ======================================================================
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240917
R = random.Random(SEED)


def wchoice(pairs, rng=None):
    rng = rng or R
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def slug(s):
    return re.sub(r'[^a-z0-9]', '', fold(s))


# ---------------------------------------------------------------- places
def _st(s):
    if s.startswith('^'):
        t, core = s[1:].split('|')
        return {'dir': '', 'core': core, 'typ': t, 'prefix': True}
    d, core, t = s.split('|')
    return {'dir': d, 'core': core, 'typ': t, 'prefix': False}


AREAS = {}


def area(key, boro, state, places, alt, streets, acs):
    AREAS[key] = dict(key=key, boro=boro, state=state, places=places, alt=alt,
                      streets=[_st(s) for s in streets], acs=acs)


def _same(city, zips):
    return [(city, z) for z in zips.split()]


BKAC, MNAC, QNAC = ['718', '347', '929'], ['212', '646', '917', '332'], ['718', '347', '929', '917']
area('boropark', 'BK', 'NY', _same('Brooklyn', '11219 11204 11218'), ['Borough Park', 'Boro Park', 'Bklyn'],
     ['|13th|Ave', '|14th|Ave', '|16th|Ave', '|47th|St', '|48th|St', '|53rd|St', '|New Utrecht|Ave',
      '|Fort Hamilton|Pkwy', '|18th|Ave', '|55th|St', '|42nd|St', '|50th|St', '|12th|Ave'], BKAC)
area('williamsburg', 'BK', 'NY', _same('Brooklyn', '11211 11249 11206'), ['Williamsburg', 'Bklyn'],
     ['|Lee|Ave', '|Bedford|Ave', '|Rodney|St', '|Division|Ave', '|Wilson|St', '|Hooper|St', '|Keap|St',
      '|Marcy|Ave', '|Wallabout|St', '|Grand|St', '|Heyward|St', '|Penn|St', '|Ross|St', '|Harrison|Ave'], BKAC)
area('midwood', 'BK', 'NY', _same('Brooklyn', '11230 11210'), ['Midwood', 'Flatbush'],
     ['|Ocean|Pkwy', 'E|18th|St', 'E|21st|St', '^Ave|J', '^Ave|M', '|Coney Island|Ave', '|Ocean|Ave',
      'E|9th|St', '|Kings|Hwy', 'E|24th|St'], BKAC)
area('kensington', 'BK', 'NY', _same('Brooklyn', '11218'), ['Kensington', 'Windsor Terrace'],
     ['|Church|Ave', '|McDonald|Ave', '|Ditmas|Ave', '|Beverley|Rd', 'E|5th|St', '|Caton|Ave', '|Dahill|Rd'], BKAC)
area('brighton', 'BK', 'NY', _same('Brooklyn', '11235'), ['Brighton Beach', 'Bklyn'],
     ['|Brighton Beach|Ave', '|Brighton 6th|St', '|Brighton 11th|St', '|Neptune|Ave', '|Oceanview|Ave',
      '|Brighton 3rd|St', '|West End|Ave'], BKAC)
area('sheepshead', 'BK', 'NY', _same('Brooklyn', '11229 11235'), ['Sheepshead Bay', 'Bklyn'],
     ['|Emmons|Ave', '^Ave|U', '^Ave|X', 'E|14th|St', '|Sheepshead Bay|Rd', '|Nostrand|Ave', 'E|27th|St',
      '|Voorhies|Ave', '^Ave|Z'], BKAC)
area('bensonhurst', 'BK', 'NY', _same('Brooklyn', '11214 11228'), ['Bensonhurst', 'Dyker Heights'],
     ['|86th|St', '|18th|Ave', '|Bay|Pkwy', '|Bath|Ave', '|20th|Ave', '|Bay 22nd|St', '|Cropsey|Ave',
      '|79th|St', '|Benson|Ave', '|25th|Ave'], BKAC)
area('bayridge', 'BK', 'NY', _same('Brooklyn', '11209'), ['Bay Ridge', 'Bklyn'],
     ['|3rd|Ave', '|5th|Ave', '|Ridge|Blvd', '|Shore|Rd', '|Bay Ridge|Pkwy', '|72nd|St', '|Colonial|Rd',
      '|4th|Ave', '|Marine|Ave', '|92nd|St'], BKAC)
area('sunsetpark', 'BK', 'NY', _same('Brooklyn', '11220 11232'), ['Sunset Park', 'Bklyn'],
     ['|8th|Ave', '|7th|Ave', '|55th|St', '|60th|St', '|61st|St', '|6th|Ave', '|44th|St'], BKAC)
area('greenpoint', 'BK', 'NY', _same('Brooklyn', '11222'), ['Greenpoint', 'Bklyn'],
     ['|Manhattan|Ave', '|Nassau|Ave', '|Driggs|Ave', '|Norman|Ave', '|Franklin|St', '|Calyer|St',
      '|Greenpoint|Ave', '|Kent|St', '|Huron|St', '|Meserole|Ave'], BKAC)
area('bushwick', 'BK', 'NY', _same('Brooklyn', '11237 11221'), ['Bushwick', 'Bklyn'],
     ['|Knickerbocker|Ave', '|Wyckoff|Ave', '|Irving|Ave', '|Central|Ave', '|Bushwick|Ave', '|Hart|St',
      '|Starr|St', '|Dekalb|Ave', '|Putnam|Ave'], BKAC)
area('crownheights', 'BK', 'NY', _same('Brooklyn', '11213 11225'), ['Crown Heights', 'Bklyn'],
     ['|Eastern|Pkwy', '|Kingston|Ave', '|Utica|Ave', '|President|St', '|Crown|St', '|Montgomery|St',
      '|Albany|Ave', '|Lefferts|Ave'], BKAC)
area('flatbush', 'BK', 'NY', _same('Brooklyn', '11226 11203'), ['Flatbush', 'East Flatbush'],
     ['|Flatbush|Ave', '|Linden|Blvd', 'E|31st|St', '|Rogers|Ave', '|Snyder|Ave', '|Clarkson|Ave',
      '|Tilden|Ave', 'E|45th|St'], BKAC)
area('canarsie', 'BK', 'NY', _same('Brooklyn', '11236'), ['Canarsie', 'Bklyn'],
     ['|Rockaway|Pkwy', '|Remsen|Ave', '|Flatlands|Ave', 'E|92nd|St', 'E|86th|St', '|Seaview|Ave',
      '|Glenwood|Rd'], BKAC)
area('parkslope', 'BK', 'NY', _same('Brooklyn', '11215'), ['Park Slope', 'Bklyn'],
     ['|Prospect Park|W', '|Carroll|St', '|Garfield|Pl', '|1st|St', '|Union|St', '|Berkeley|Pl',
      '|9th|St'], BKAC)
area('ues', 'MN', 'NY', _same('New York', '10021 10028 10075 10128'), ['Manhattan', 'NYC'],
     ['E|80th|St', 'E|72nd|St', 'E|86th|St', '|York|Ave', '|1st|Ave', '|2nd|Ave', '|Lexington|Ave',
      'E|79th|St', 'E|93rd|St', 'E|74th|St'], MNAC)
area('uws', 'MN', 'NY', _same('New York', '10023 10024 10025'), ['Manhattan', 'NYC'],
     ['W|72nd|St', 'W|86th|St', '|Amsterdam|Ave', '|Columbus|Ave', '|West End|Ave', '|Riverside|Dr',
      'W|104th|St', 'W|96th|St'], MNAC)
area('washheights', 'MN', 'NY', _same('New York', '10032 10033 10034 10040'), ['Manhattan', 'Washington Heights'],
     ['W|181st|St', '|St Nicholas|Ave', '|Audubon|Ave', '|Dyckman|St', '|Fort Washington|Ave', 'W|207th|St',
      '|Wadsworth|Ave', '|Sherman|Ave', '|Academy|St'], MNAC)
area('chinatown', 'MN', 'NY', _same('New York', '10002 10013'), ['Manhattan', 'NYC'],
     ['|Mott|St', '|Mulberry|St', '|Eldridge|St', '|Canal|St', '|Henry|St', '|Orchard|St', '|Division|St',
      'E|Broadway|', '|Grand|St'], MNAC)
area('harlem', 'MN', 'NY', _same('New York', '10026 10027 10029 10035'), ['Manhattan', 'Harlem'],
     ['W|125th|St', '|Lenox|Ave', 'E|116th|St', 'W|145th|St', '|Frederick Douglass|Blvd', '|Pleasant|Ave',
      'E|118th|St', 'W|131st|St'], MNAC)
area('midtown', 'MN', 'NY', _same('New York', '10001 10018 10036'), ['Manhattan', 'NYC'],
     ['W|36th|St', 'W|38th|St', '|8th|Ave', '|9th|Ave', 'W|46th|St', 'W|29th|St', '|10th|Ave', 'W|39th|St'], MNAC)
area('flushing', 'QN', 'NY', _same('Flushing', '11354 11355 11358'), ['Queens'],
     ['|Main|St', '|Kissena|Blvd', '|Sanford|Ave', '|41st|Ave', '|37th|Ave', '|Union|St', '|Parsons|Blvd',
      '|45th|Ave', '|Bowne|St', '|Holly|Ave'], QNAC)
area('bayside', 'QN', 'NY', _same('Bayside', '11361 11364'), ['Queens', 'Oakland Gardens'],
     ['|Bell|Blvd', '|Northern|Blvd', '|35th|Ave', '|214th|St', '|48th|Ave', '|Francis Lewis|Blvd',
      '|221st|St'], QNAC)
area('astoria', 'QN', 'NY', _same('Astoria', '11102 11103 11105 11106'), ['Queens', 'Long Island City'],
     ['|31st|St', '|Ditmars|Blvd', '|30th|Ave', '|Steinway|St', '|21st|St', '|23rd|Ave', '|33rd|St',
      '|28th|Ave'], QNAC)
area('jackson', 'QN', 'NY', [('Jackson Heights', '11372'), ('Elmhurst', '11373'), ('Corona', '11368')],
     ['Queens'], ['|37th|Ave', '|74th|St', '|Roosevelt|Ave', '|Junction|Blvd', '|82nd|St', '|National|St',
                  '|104th|St', '|35th|Ave'], QNAC)
area('jamaica', 'QN', 'NY', [('Jamaica', '11432'), ('Jamaica', '11433'), ('Jamaica', '11434'),
                             ('Richmond Hill', '11418'), ('South Richmond Hill', '11419')], ['Queens'],
     ['|Hillside|Ave', '|Jamaica|Ave', '|168th|St', '|Liberty|Ave', '|101st|Ave', '|118th|St', '|Merrick|Blvd',
      '|Sutphin|Blvd', '|Lefferts|Blvd'], QNAC)
area('foresthills', 'QN', 'NY', [('Forest Hills', '11375'), ('Rego Park', '11374')], ['Queens'],
     ['|Queens|Blvd', '|Austin|St', '|108th|St', '|63rd|Dr', '|Yellowstone|Blvd', '|66th|Ave', '|99th|St'], QNAC)
area('ridgewood', 'QN', 'NY', [('Ridgewood', '11385'), ('Maspeth', '11378'), ('Middle Village', '11379')],
     ['Queens'], ['|Fresh Pond|Rd', '|Myrtle|Ave', '|Grand|Ave', '|69th|St', '|Metropolitan|Ave',
                  '|Forest|Ave', '|60th|Pl'], QNAC)
area('howardbeach', 'QN', 'NY', [('Howard Beach', '11414'), ('Ozone Park', '11417')], ['Queens'],
     ['|Cross Bay|Blvd', '|157th|Ave', '|84th|St', '|101st|Ave', '|Rockaway|Blvd', '|149th|Ave'], QNAC)
area('rockaway', 'QN', 'NY', [('Far Rockaway', '11691'), ('Rockaway Park', '11694')], ['Queens'],
     ['|Beach 116th|St', '|Rockaway Beach|Blvd', '|Beach 129th|St', '|Newport|Ave', '|Beach 20th|St',
      '|Mott|Ave'], QNAC)
area('bronx_s', 'BX', 'NY', _same('Bronx', '10451 10452 10453 10457 10458 10468'), ['The Bronx'],
     ['|Grand Concourse|', 'E|187th|St', '|Arthur|Ave', 'E|Fordham|Rd', '|Jerome|Ave', '|University|Ave',
      '|Webster|Ave', 'E|Tremont|Ave', '|Walton|Ave', '|Morris|Ave'], BKAC)
area('bronx_n', 'BX', 'NY', _same('Bronx', '10461 10462 10465 10466 10470 10471'), ['The Bronx'],
     ['|Pelham|Pkwy', '|Morris Park|Ave', '|White Plains|Rd', '|Katonah|Ave', 'E|233rd|St',
      '|Throgs Neck|Blvd', '|Williamsbridge|Rd', '|Riverdale|Ave', '|Johnson|Ave'], BKAC)
area('statenisland', 'SI', 'NY', _same('Staten Island', '10301 10304 10305 10306 10312 10314'), ['SI'],
     ['|Victory|Blvd', '|Hylan|Blvd', '|Richmond|Ave', '|Forest|Ave', '|Arthur Kill|Rd', '|Bay|St',
      '|Amboy|Rd', '|Richmond|Rd', '|Clove|Rd', '|Castleton|Ave'], BKAC)
area('nassau', 'NA', 'NY', [('Hempstead', '11550'), ('Levittown', '11756'), ('Massapequa', '11758'),
                            ('Hicksville', '11801'), ('Valley Stream', '11580'), ('Garden City', '11530'),
                            ('Freeport', '11520'), ('Franklin Square', '11010'), ('Long Beach', '11561'),
                            ('Elmont', '11003')], [],
     ['|Main|St', '|Hempstead|Tpke', '|Merrick|Rd', '|Sunrise|Hwy', '|Jerusalem|Ave', '|Central|Ave',
      '|Peninsula|Blvd', '|Old Country|Rd', 'N|Broadway|', '|Park|Ave', '|Grand|Ave', '|Nassau|Blvd'], ['516'])
area('fivetowns', 'NA', 'NY', [('Lawrence', '11559'), ('Cedarhurst', '11516'), ('Woodmere', '11598'),
                               ('Inwood', '11096')], [],
     ['|Central|Ave', '|Rockaway|Tpke', '|Peninsula|Blvd', '|Broadway|', '|Washington|Ave',
      '|Cedarhurst|Ave', '|Irving|Pl', '|Church|Ave'], ['516'])
area('suffolk', 'SU', 'NY', [('Huntington', '11743'), ('Brentwood', '11717'), ('Bay Shore', '11706'),
                             ('Patchogue', '11772'), ('Smithtown', '11787'), ('Commack', '11725'),
                             ('Lindenhurst', '11757'), ('Deer Park', '11729')], [],
     ['|Main|St', '|Jericho|Tpke', '|Montauk|Hwy', '|Suffolk|Ave', '|Deer Park|Ave', '|Park|Ave',
      '|Wellwood|Ave', '|New York|Ave', '|Larkfield|Rd'], ['631'])
area('westchester', 'WE', 'NY', [('Yonkers', '10701'), ('Yonkers', '10704'), ('Yonkers', '10705'),
                                 ('New Rochelle', '10801'), ('White Plains', '10601'), ('Mount Vernon', '10550'),
                                 ('Mount Vernon', '10552'), ('Port Chester', '10573'), ('Ossining', '10562')], [],
     ['|McLean|Ave', '|Central Park|Ave', 'S|Broadway|', '|Main|St', '|Mamaroneck|Ave', '|North|Ave',
      '|Gramatan|Ave', '|Westchester|Ave', '|Nepperhan|Ave', '|Lockwood|Ave'], ['914'])
area('nj_hudson', 'NJ', 'NJ', [('Jersey City', '07302'), ('Jersey City', '07306'), ('Jersey City', '07307'),
                               ('Hoboken', '07030'), ('Union City', '07087'), ('West New York', '07093'),
                               ('Bayonne', '07002'), ('North Bergen', '07047')], [],
     ['|Kennedy|Blvd', '|Bergenline|Ave', '|Central|Ave', '|Newark|Ave', '|Washington|St', '|Palisade|Ave',
      '|Summit|Ave', '|Garfield|Ave', '|Monticello|Ave'], ['201', '551'])
area('nj_bergen', 'NJ', 'NJ', [('Fort Lee', '07024'), ('Palisades Park', '07650'), ('Hackensack', '07601'),
                               ('Fair Lawn', '07410'), ('Englewood', '07631'), ('Ridgefield', '07657'),
                               ('Teaneck', '07666')], [],
     ['|Broad|Ave', '|Lemoine|Ave', '|Anderson|Ave', '|Main|St', '|Grand|Ave', '|Cedar|Ln', '|River|Rd',
      '|Queen Anne|Rd', '|Fair Lawn|Ave'], ['201', '551'])
area('nj_passaic', 'NJ', 'NJ', [('Paterson', '07501'), ('Paterson', '07503'), ('Paterson', '07505'),
                                ('Passaic', '07055'), ('Clifton', '07011'), ('Clifton', '07013'),
                                ('Wallington', '07057'), ('Garfield', '07026')], [],
     ['|Main|St', '|Market|St', '|Van Houten|Ave', '|Paulison|Ave', '|Lexington|Ave', '|Monroe|St',
      '|Passaic|Ave', '|Getty|Ave'], ['973', '862'])
area('nj_essex', 'NJ', 'NJ', [('Newark', '07102'), ('Newark', '07105'), ('Elizabeth', '07201'),
                              ('Elizabeth', '07202'), ('Linden', '07036'), ('Kearny', '07032'), ('Harrison', '07029')],
     [], ['|Ferry|St', '|Elizabeth|Ave', '|Broad|St', '|Wood|Ave', '|Kearny|Ave', '|Harrison|Ave',
          '|Morris|Ave', '|Chestnut|St', '|Wilson|Ave'], ['973', '908'])

AREA_KEYS = list(AREAS.keys())
NYC_AREAS = [k for k in AREA_KEYS if AREAS[k]['boro'] in ('BK', 'MN', 'QN', 'BX', 'SI')]
AFF = {
    'ru': ['brighton', 'sheepshead', 'bensonhurst', 'midwood', 'statenisland', 'nj_bergen', 'foresthills'],
    'pl': ['greenpoint', 'ridgewood', 'nj_passaic', 'nj_essex', 'bushwick'],
    'jw': ['boropark', 'williamsburg', 'midwood', 'crownheights', 'fivetowns', 'boropark', 'williamsburg'],
    'cn': ['flushing', 'sunsetpark', 'bensonhurst', 'chinatown', 'jackson', 'bayside'],
    'ko': ['flushing', 'bayside', 'nj_bergen', 'jackson'],
    'hi': ['washheights', 'bronx_s', 'jackson', 'bushwick', 'nj_passaic', 'nj_hudson', 'harlem', 'bronx_n',
           'nassau'],
    'it': ['bayridge', 'bensonhurst', 'statenisland', 'howardbeach', 'westchester', 'nassau', 'bronx_n'],
    'gr': ['astoria', 'bayridge', 'nassau', 'bayside'],
    'ir': ['bronx_n', 'rockaway', 'westchester', 'nassau', 'suffolk', 'uws', 'bayridge'],
    'sa': ['jackson', 'jamaica', 'kensington', 'nassau', 'bronx_s'],
    'cb': ['flatbush', 'canarsie', 'jamaica', 'westchester', 'crownheights'],
    'us': ['ues', 'uws', 'parkslope', 'suffolk', 'westchester', 'nj_hudson', 'midtown'],
}

# ---------------------------------------------------------------- names
W = str.split
GIV = {
    ('ru', 'm'): W('Sergei Dmitry Alexei Vladimir Igor Mikhail Andrei Yuri Oleg Nikolai Pavel Viktor Boris '
                   'Maxim Anatoly Roman Vadim Gennady Arkady Leonid Stanislav Evgeny'),
    ('ru', 'f'): W('Olga Natalia Svetlana Irina Elena Tatiana Marina Yulia Larisa Galina Lyudmila Oksana '
                   'Alla Inna Zhanna Valentina Nadezhda Raisa'),
    ('pl', 'm'): W('Jan Piotr Krzysztof Tomasz Marek Andrzej Paweł Grzegorz Stanisław Wojciech Zbigniew '
                   'Tadeusz Jerzy Ryszard Mariusz Dariusz'),
    ('pl', 'f'): W('Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Joanna Zofia Danuta Halina Krystyna Beata'),
    ('jw', 'm'): W('Yitzchok Moshe Chaim Shmuel Yaakov Avrohom Yosef Dovid Menachem Shlomo Mordechai Eliezer '
                   'Baruch Yehuda Aron Naftali Zalmen Berel Yoel Meir Pinchas Tzvi Hershel Yisroel Nachman '
                   'Yechiel'),
    ('jw', 'f'): W('Chana Rivka Sara Leah Rochel Malka Esther Devorah Chaya Miriam Faigy Shaindy Blimy Perel '
                   'Gitty'),
    ('it', 'm'): W('Anthony Joseph Vincent Salvatore Frank Michael Dominick Carmine Nicholas Louis Giuseppe '
                   'Carlo Paul Richard Philip Angelo'),
    ('it', 'f'): W('Angela Maria Rosemarie Theresa Josephine Lucille Donna Gina Carmela'),
    ('gr', 'm'): W('Georgios George Konstantinos Dimitrios Nikolaos Ioannis Panagiotis Vasilios Christos Spyros'),
    ('gr', 'f'): W('Eleni Maria Katerina Despina Sophia Anastasia'),
    ('ir', 'm'): W('Patrick Sean Kevin Brendan Michael John James Thomas Robert William Richard Edward Daniel '
                   'Kieran Declan'),
    ('ir', 'f'): W('Mary Bridget Kathleen Margaret Eileen Siobhan Maureen Noreen Colleen'),
    ('sa', 'm'): W('Imran Tariq Asif Faisal Rahim Karim Sohel Arif Zahid Jahangir Kamrul Shahid'),
    ('sa', 'f'): W('Farhana Nasreen Ayesha Shirin Rubina Nusrat Salma Taslima'),
    ('cb', 'm'): W('Winston Delroy Marcus Clive Desmond Everton Jean-Claude Pierre Ravi Devon Andre'),
    ('cb', 'f'): W('Andrea Marcia Claudette Beverley Marie Nadine Shelly-Ann'),
    ('us', 'm'): W('Michael Robert David Mark Steven Brian Kevin Scott Jason'),
    ('us', 'f'): W('Lisa Jennifer Karen Susan Michelle Nicole'),
    ('hi', 'm'): W('José Juan Luis Carlos Miguel Rafael Ramón Francisco Pedro Wilfredo Héctor Elvin Ángel '
                   'Manuel Jorge Domingo Félix Julio'),
    ('hi', 'f'): W('Ana Carmen Yolanda Yesenia Xiomara Milagros Yaritza Rosa Maribel Luz Altagracia Gladys'),
}
HI_COMP = {'m': ['José Luis', 'Juan Carlos', 'Miguel Ángel', 'José Manuel', 'Luis Alberto', 'Juan Pablo',
                 'Carlos Manuel'],
           'f': ['Ana María', 'Luz María', 'María Isabel', 'Rosa Elena', 'Carmen Julia']}
SA_SECOND = W('Rafiqul Shahidul Nazrul Abdul Jahangir Alamgir Kamrul Mizanur Habibur Anwar Arif Saiful')
FAM = {
    'ru': W('Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Volkov Morozov Novikov Fedorov Lebedev Kozlov '
            'Orlov Pavlov Zaitsev Belov Golubev Vinogradov Medvedev Romanov Zakharov Kiselev Levin Brodsky '
            'Tsvetkov Gurevich Rabinovich Kaplan Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Boyko '
            'Kravchenko Lysenko Rudenko Savchenko Marchenko Polishchuk'),
    'pl': W('Kowalski Wiśniewski Nowak Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak '
            'Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Zając Pawlak Michalski Wróbel '
            'Sadowski Wasilewski Sikorski'),
    'jw': W('Friedman Weiss Schwartz Klein Goldberg Rosenberg Gross Stern Katz Greenberg Weinberger Gold '
            'Horowitz Rubin Landau Lefkowitz Grunwald Hirsch Brach Deutsch Jacobowitz Rosenfeld Mermelstein '
            'Spitzer Feldman Fischer Lowy Reich Braun Sofer Gottlieb'),
    'it': W('Russo Esposito Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa Giordano '
            'Rizzo Lombardi Moretti Caruso Ferrara Santoro Napolitano LoBianco Amato Messina Vitale'),
    'gr': W('Papadopoulos Papageorgiou Papadakis Georgiou Nikolaidis Konstantinidis Karras Vlachos '
            'Christodoulou Demetriou Andreadis Alexiou Stavropoulos'),
    'ir': ["Murphy", "O'Brien", "Kelly", "Sullivan", "Walsh", "McCarthy", "Byrne", "Ryan", "O'Connor", "Doyle",
           "Gallagher", "Flynn", "Quinn", "Fitzgerald", "Brennan", "Keane", "McNamara", "Donnelly", "O'Neill",
           "Kavanagh"],
    'sa': W('Islam Rahman Hossain Uddin Ahmed Chowdhury Khan Ali Hussain Malik Butt Sheikh Miah Akhtar '
            'Siddiqui Qureshi Alam Haque'),
    'cb': W('Campbell Brown Williams Thompson Clarke Grant Reid Francis Joseph Pierre Jean-Baptiste Charles '
            'Baptiste Persaud Singh Ramdass Seepersad Ramkissoon'),
    'us': W('Smith Johnson Miller Davis Anderson Taylor Martin Clark Lewis Walker Hall Allen'),
    'hi': W('Rodríguez Martínez García Pérez Santos Reyes Ramírez Peña Almonte Rosario Tavárez Báez Ortiz '
            'Rivera Torres Colón Vázquez Cruz Batista Guzmán Núñez Jiménez Polanco Mejía Acosta Castillo '
            'Medina Santana Ventura Rosado') + ['De la Cruz'],
}
CN_CANT_FAM = W('Chan Wong Eng Ng Lee Lam Cheung Lau Chow Ho Tse Mak Tam Yu Leung Kwok Fung')
CN_MAND_FAM = W('Chen Wang Li Lin Zhang Liu Huang Wu Zhou He Xie Yang Zhao Zheng Sun')
CN_CANT_GIV = {'m': ['Wai Kin', 'Kwok Wah', 'Siu Ming', 'Man Kit', 'Chi Keung', 'Ka Wai', 'Wing Hong', 'Kam Por'],
               'f': ['Mei Ling', 'Yuk Lan', 'Siu Fong', 'Wai Man', 'Lai Ying']}
CN_MAND_GIV = {'m': ['Wei', 'Jian Hua', 'Xiao Ming', 'Jun', 'Hao', 'Zhi Qiang', 'Jian', 'Lei'],
               'f': ['Li Na', 'Hong', 'Yan', 'Xiu Ying', 'Mei', 'Jing']}
CN_ENG = {'m': W('Kevin Jimmy Tony Peter Michael Alan Eric Raymond Johnny Steven Danny'),
          'f': W('Jenny Amy Helen Grace Winnie Cindy Annie Karen')}
KO_FAM = W('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Oh Seo')
KO_GIV = {'m': ['Young Soo', 'Sung Ho', 'Min Jun', 'Ji Hoon', 'Hyun Woo', 'Jae Won', 'Dong Hyun', 'Sang Min'],
          'f': ['Eun Ji', 'Soo Jin', 'Mi Kyung', 'Hye Jin', 'Ji Young', 'Yeon Hee']}
KO_ENG = {'m': W('Daniel David Steve John James Paul Andrew Peter'),
          'f': W('Grace Jenny Sarah Christina Esther Julie')}
ETHS = [('ru', 13), ('pl', 8), ('jw', 16), ('cn', 12), ('ko', 6), ('hi', 14), ('it', 9), ('gr', 4), ('ir', 7),
        ('sa', 6), ('cb', 3), ('us', 2)]

# generator-side variant table (same documented groups as the rule)
VARS = {}
for _line in GIVEN_GROUPS:
    _ws = _line.split()
    for _w in _ws:
        VARS.setdefault(_w, [])
        VARS[_w] += [x for x in _ws if x != _w and x not in VARS[_w] and len(x) > 2]
FVARS = {}
for _line in FAMILY_GROUPS:
    _ws = _line.split()
    for _w in _ws:
        FVARS.setdefault(_w, [])
        FVARS[_w] += [x for x in _ws if x != _w and x not in FVARS[_w]]


def feminize(f):
    for m, fe in (('ski', 'ska'), ('cki', 'cka'), ('sky', 'skaya'), ('ov', 'ova'), ('ev', 'eva'), ('in', 'ina')):
        if f.endswith(m):
            return f[:-len(m)] + fe
    return f


def masculinize(f):
    for m, fe in (('ski', 'ska'), ('cki', 'cka'), ('sky', 'skaya'), ('ov', 'ova'), ('ev', 'eva'), ('in', 'ina')):
        if f.endswith(fe):
            return f[:-len(fe)] + m
    return f


def genderable(f):
    return feminize(f) != f or masculinize(f) != f


def make_name(eth, gender):
    n = {'eth': eth, 'gender': gender, 'gen': None, 'title': None, 'order': 'gf'}
    if eth == 'cn':
        x = R.random()
        if x < 0.45:
            n['given'], n['family'] = R.choice(CN_CANT_GIV[gender]), R.choice(CN_CANT_FAM)
            n['order'] = 'fg' if R.random() < 0.5 else 'gf'
        elif x < 0.7:
            n['given'], n['family'] = R.choice(CN_MAND_GIV[gender]), R.choice(CN_MAND_FAM)
            n['order'] = 'fg' if R.random() < 0.5 else 'gf'
        else:
            n['given'], n['family'] = R.choice(CN_ENG[gender]), R.choice(CN_CANT_FAM + CN_MAND_FAM)
    elif eth == 'ko':
        n['family'] = R.choice(KO_FAM)
        n['given'] = R.choice(KO_GIV[gender]) if R.random() < 0.6 else R.choice(KO_ENG[gender])
    elif eth == 'hi':
        n['given'] = R.choice(HI_COMP[gender]) if R.random() < 0.35 else R.choice(GIV[('hi', gender)])
        f1 = R.choice(FAM['hi'])
        if R.random() < 0.45:
            f2 = R.choice([x for x in FAM['hi'] if x != f1])
            n['family'] = f1 + (' ' if R.random() < 0.8 else '-') + f2
        else:
            n['family'] = f1
    elif eth == 'sa':
        if gender == 'm' and R.random() < 0.5:
            n['given'] = R.choice(['Mohammed', 'Mohammed', 'Muhammad', 'Md.', 'Mohammad']) + ' ' + R.choice(SA_SECOND)
        else:
            n['given'] = R.choice(GIV[('sa', gender)])
        n['family'] = R.choice(FAM['sa'])
    else:
        n['given'] = R.choice(GIV[(eth, gender)])
        f = R.choice(FAM[eth])
        if gender == 'f' and eth in ('ru', 'pl'):
            f = feminize(f)
        n['family'] = f
        if eth == 'jw' and gender == 'm' and R.random() < 0.12:
            n['title'] = 'Rabbi'
    return n


# ---------------------------------------------------------------- registries
USED_IDS = set()
USED_PHONES = set()
USED_EMAILS = set()
USED_EMAIL_NORM = set()
USED_ADDR = set()
USED_DOMAINS = set()


def new_id():
    while True:
        x = 'c%07x' % R.randrange(16 ** 7)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def new_phone(acs):
    while True:
        ac = R.choice(acs)
        if R.random() < 0.3:
            num = ac + '555' + '01%02d' % R.randrange(100)
        else:
            ex = R.randint(201, 989)
            if ex % 100 == 11 or ex == 555:
                continue
            num = ac + str(ex) + '%04d' % R.randrange(10000)
        if num not in USED_PHONES:
            USED_PHONES.add(num)
            return num


def claim_email(e):
    info = email_info(e)
    k = (info[1], info[2])
    if info[0] in USED_EMAILS or k in USED_EMAIL_NORM:
        return False
    USED_EMAILS.add(info[0])
    USED_EMAIL_NORM.add(k)
    return True


FREE = [('gmail.com', 50), ('yahoo.com', 14), ('aol.com', 8), ('optonline.net', 8), ('verizon.net', 6),
        ('hotmail.com', 6), ('icloud.com', 6)]


def person_email(given, family, area_key=None):
    gt = [t for t in _ptoks(given) if t not in MOH] or _ptoks(given)
    g = gt[0]
    f = ''.join(_ptoks(family)[:1]) or 'x'
    for attempt in range(200):
        pats = [g + '.' + f, g + f, g[0] + f, g + '_' + f, f + g[0], g[0] + f + str(R.randint(1, 99)),
                g + f + str(R.choice([R.randint(1, 99), R.randint(1955, 2003)])), f + '.' + g,
                g + '.' + f + str(R.randint(1, 9)), g[0] + '.' + f + str(R.randint(10, 99))]
        loc = R.choice(pats) if attempt < 20 else g + f + str(R.randint(100, 9999))
        dom = wchoice(FREE)
        if area_key and AREAS[area_key]['boro'] in ('NA', 'SU', 'WE', 'NJ') and R.random() < 0.3:
            dom = R.choice(['optonline.net', 'verizon.net'])
        e = loc + '@' + dom
        if claim_email(e):
            return e
    raise RuntimeError('email')


def new_domain(words):
    base = ''.join(slug(w) for w in words)[:22] or 'co'
    for attempt in range(100):
        tld = wchoice([('.com', 70), ('.net', 15), ('.nyc', 8), ('.us', 7)])
        d = base + (str(R.randint(2, 99)) if attempt > 3 else '') + tld
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    raise RuntimeError('domain')


def org_email(local, dom):
    for attempt in range(50):
        e = (local if attempt == 0 else local + str(R.randint(1, 99))) + '@' + dom
        if claim_email(e):
            return e
    raise RuntimeError('org email')


def addr_key(A):
    h = A['house'] if isinstance(A['house'], str) else A['house'][0] + A['house'][1]
    d = emit_addr(A, {})
    info = addr_info(d)
    return (info[0], info[1])


def new_addr(akey, unit_p=0.0, unit_kind='apt', place=None):
    ar = AREAS[akey]
    for _ in range(500):
        st = R.choice(ar['streets'])
        if ar['boro'] == 'QN':
            house = (str(R.randint(12, 250)), '%02d' % R.randint(1, 99))
        elif ar['boro'] in ('NA', 'SU', 'WE', 'NJ'):
            house = str(R.choice([R.randint(2, 120), R.randint(100, 999), R.randint(1000, 3000)]))
        else:
            house = str(R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 2400)]))
        city, z = place or R.choice(ar['places'])
        A = {'house': house, 'st': st, 'unit': None, 'city': city, 'zip': z, 'zip4': '%04d' % R.randint(1, 9999),
             'state': ar['state'], 'area': akey}
        k = addr_key(A)
        if k in USED_ADDR:
            continue
        USED_ADDR.add(k)
        if R.random() < unit_p:
            if unit_kind == 'apt':
                if R.random() < 0.75:
                    A['unit'] = ('apt', str(R.randint(1, 16)) + R.choice('ABCDEFGHJKLMNPR'))
                else:
                    A['unit'] = ('apt', str(R.choice([R.randint(1, 9), R.randint(101, 1210)])))
            elif unit_kind == 'fl':
                A['unit'] = ('fl', R.choice(['1', '2', '2', '3']))
            else:
                A['unit'] = ('ste', R.choice([str(R.randint(1, 9) * 100 + R.randint(0, 30)), str(R.randint(1, 12)) + R.choice('ABCD')]))
        return A
    raise RuntimeError('addr')


# ---------------------------------------------------------------- rendering
TYPEF = {'St': ['St', 'Street', 'St.'], 'Ave': ['Ave', 'Avenue', 'Av', 'Ave.'], 'Blvd': ['Blvd', 'Boulevard', 'Blvd.'],
         'Pkwy': ['Pkwy', 'Parkway', 'Pkwy.'], 'Rd': ['Rd', 'Road', 'Rd.'], 'Pl': ['Pl', 'Place', 'Pl.'],
         'Dr': ['Dr', 'Drive', 'Dr.'], 'Tpke': ['Tpke', 'Turnpike', 'Tpk'], 'Hwy': ['Hwy', 'Highway', 'Hwy.'],
         'Ln': ['Ln', 'Lane', 'Ln.'], 'W': ['W', 'West', 'W.'], '': ['']}
DIRF = {'E': ['E', 'East', 'E.'], 'W': ['W', 'West', 'W.'], 'N': ['N', 'North', 'N.'], 'S': ['S', 'South', 'S.'],
        '': ['']}
CORE_VAR = [('Fort ', 'Ft '), ('St Nicholas', 'Saint Nicholas')]


def ordinal(n):
    n = int(n)
    suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


def street_str(st, F):
    core = st['core']
    if F.get('noord'):
        core = re.sub(r'\b(\d+)(st|nd|rd|th)\b', r'\1', core)
    if F.get('corev'):
        for a, b in CORE_VAR:
            if a in core:
                core = core.replace(a, b)
    t = TYPEF[st['typ']][min(F.get('typ', 0), len(TYPEF[st['typ']]) - 1)]
    d = DIRF[st['dir']][min(F.get('dir', 0), len(DIRF[st['dir']]) - 1)]
    if st['prefix']:
        return t + ' ' + core
    return ' '.join(x for x in (d, core, t) if x)


UNITF = {'apt': ['Apt {u}', 'Apt. {u}', '#{u}', 'Unit {u}', 'Apt #{u}'],
         'fl': ['{o} Fl', 'Fl {n}', '{o} Floor', 'Floor {n}'],
         'ste': ['Suite {u}', 'Ste {u}', 'Ste. {u}', '#{u}']}


def unit_str(u, i):
    kind, v = u
    fs = UNITF[kind]
    f = fs[i % len(fs)]
    return f.format(u=v, n=v, o=ordinal(v) if kind == 'fl' else v)


def emit_addr(A, F):
    h = A['house']
    if isinstance(h, tuple):
        h = h[0] + h[1] if F.get('qdrop') else h[0] + '-' + h[1]
    line1 = h + ' ' + street_str(A['st'], F)
    line2 = None
    if A['unit'] and not F.get('dropunit'):
        u = unit_str(A['unit'], F.get('unitf', 0))
        if F.get('unit1'):
            line1 = line1 + ', ' + u
        else:
            line2 = u
    city = F.get('city') or A['city']
    zm = F.get('zip', '5')
    z = {'5': A['zip'], '9': A['zip'] + '-' + A['zip4'], 'none': None, 'strip0': A['zip'].lstrip('0')}[zm]
    region = A['state'] if not F.get('region_long') else {'NY': 'New York', 'NJ': 'New Jersey'}[A['state']]
    if F.get('upper'):
        line1 = line1.upper()
        line2 = line2.upper() if line2 else None
        city = city.upper()
    return {'line1': line1, 'line2': line2, 'city': city, 'region': region, 'postalCode': z,
            'country': F.get('country', 'US')}


PHF = ['({a}) {b}-{c}', '{a}-{b}-{c}', '+1 {a} {b} {c}', '{a}{b}{c}', '{a}.{b}.{c}', '1-{a}-{b}-{c}',
       '({a}) {b} {c}', '+1 ({a}) {b}-{c}']
EXTF = [' ext. {x}', ' x{x}', ' ext {x}', ' Ext. {x}']


def emit_phone(p, fi, ext=None, exti=0):
    s = PHF[fi].format(a=p[:3], b=p[3:6], c=p[6:])
    if ext:
        s += EXTF[exti].format(x=ext)
    return s


def ex_addr_style(A):
    F = {'country': wchoice([('US', 50), (None, 30), ('USA', 20)])}
    if R.random() < 0.15:
        F['zip'] = '9'
    if R.random() < 0.2:
        F['typ'] = 1
        F['dir'] = 1
    if A['unit'] and R.random() < 0.25:
        F['unitf'] = R.randrange(5)
    if A['unit'] and R.random() < 0.2:
        F['unit1'] = True
    return F


def rand_addr_style(A, rng):
    F = {'typ': rng.randrange(3), 'dir': rng.randrange(3), 'country': rng.choice(['US', 'USA', None, None,
                                                                                   'United States']),
         'unitf': rng.randrange(5), 'unit1': rng.random() < 0.4}
    if rng.random() < 0.25:
        F['noord'] = True
    if rng.random() < 0.3:
        F['corev'] = True
    if rng.random() < 0.1:
        F['upper'] = True
    if rng.random() < 0.15:
        F['region_long'] = True
    return F


# ---------------------------------------------------------------- entities
EXIST = []      # existing entities in creation order
ENT = {}        # id -> entity


def register(E):
    ENT[E['id']] = E
    return E


def person_entity(kind, eth=None, gender=None, akey=None, name=None, addr=None, note=None):
    eth = eth or wchoice(ETHS)
    gender = gender or ('m' if R.random() < 0.68 else 'f')
    nm = dict(name) if name else make_name(eth, gender)
    akey = akey or R.choice(AFF[eth])
    ar = AREAS[akey]
    up = {'MN': 0.75, 'QN': 0.5, 'BX': 0.55, 'BK': 0.35, 'SI': 0.1}.get(ar['boro'], 0.08)
    if kind == 'landlord':
        up = 0.0
    A = addr or new_addr(akey, unit_p=up, unit_kind='apt' if R.random() < 0.85 else 'fl')
    acs = ar['acs'] + ['917', '347', '646', '929'] if R.random() < 0.5 else ar['acs']
    E = {'id': new_id(), 'is_org': False, 'kind': 'person/' + kind, 'akey': akey, 'addr': A,
         'phone': new_phone(acs), 'ext': None, 'note': note}
    E.update(nm)
    E['email'] = person_email(nm['given'], nm['family'], akey)
    return register(E)


LEGAL_SUF = [('Inc.', 25), ('Inc', 12), ('Corp.', 18), ('Corp', 14), ('LLC', 25), ('Co.', 3), ('Corporation', 3)]
TRADES = ['Plumbing', 'Plumbing & Heating', 'Heating & Cooling', 'Mechanical', 'Electric', 'Electrical Contracting',
          'HVAC', 'HVAC Services', 'General Contracting', 'Construction', 'Handyman Services', 'Home Improvement',
          'Boiler Service', 'Sewer & Drain', 'Refrigeration', 'Renovations', 'Plumbing & Electric', 'Building Services',
          'Air Conditioning', 'Electrical Services', 'Heating Oil & Burner']
PLACEW = W('Empire Liberty Atlantic Hudson Harbor Metro Borough Skyline Brownstone Bridgeview Queensboro Gotham '
           'Citywide Tri-State Northeast Allied Precision Reliable Superior Quality Dependable Apex Eagle Bluestone '
           'Ironbound Keystone Lighthouse Summit Union Crown Express Rapid Pioneer Standard United Royal Patriot '
           'Beacon Capital Continental Eastern Greenline Clearwater Flowright Pipeline Sparkline Coldstream '
           'Heatwave Thermo Cornerstone Midway Parkside Riverside Bayshore Boulevard Landmark Sterling Granite '
           'Redhook Kingsway Flatiron Fulton Ridgeway Maplewood Oakwood Westside Eastside')
ORGNAMES = []   # (sig-list, id) for org-name uniqueness


def org_name_taken(names):
    sigs = [org_sig(n) for n in names]
    for osigs, _ in ORGNAMES:
        for a in sigs:
            for b in osigs:
                if org_score(a, b) >= 0.7:
                    return True
    return False


def claim_org_names(names, eid):
    ORGNAMES.append(([org_sig(n) for n in names], eid))


def org_entity(kind, company, display, akey, addr, email, phone, ext=None, contact=None, dba=None, legal=None,
               extra=None):
    E = {'id': new_id(), 'is_org': True, 'kind': 'org/' + kind, 'company': company, 'display': display,
         'akey': akey, 'addr': addr, 'email': email, 'phone': phone, 'ext': ext, 'contact': contact, 'dba': dba,
         'legal': legal}
    if extra:
        E.update(extra)
    return register(E)


def contact_person(eth=None):
    eth = eth or wchoice(ETHS)
    n = make_name(eth, 'm' if R.random() < 0.7 else 'f')
    return (n['given'], n['family'])


def contractor_name():
    for _ in range(200):
        eth = wchoice(ETHS)
        n = make_name(eth, 'm')
        sur = n['family'].split()[0].split('-')[0]
        trade = R.choice(TRADES)
        leg = wchoice(LEGAL_SUF)
        p = R.random()
        if p < 0.38:
            base = '%s %s' % (sur, trade)
        elif p < 0.5:
            base = '%s & Sons %s' % (sur, trade)
        elif p < 0.58:
            base = '%s Bros. %s' % (sur, trade)
        elif p < 0.82:
            base = '%s %s' % (R.choice(PLACEW), trade)
        elif p < 0.9:
            base = '%s&%s %s' % (R.choice('ABCDEFGJKLMNPRST'), R.choice('ABCDEFGJKLMNPRST'), trade)
        elif p < 0.95:
            base = "%s's %s" % (n['given'].split()[0], R.choice(['Handyman Services', 'Plumbing', 'Electric',
                                                                  'Home Repair']))
        else:
            base = '%s-%s %s' % (sur, R.choice(FAM[wchoice(ETHS[:3] + ETHS[6:])]).split()[0], trade)
        legal = base + ' ' + leg if R.random() < 0.93 else base
        dba = None
        if R.random() < 0.12:
            dba = R.choice(['%s&%s %s', '%s %s']) 
            if dba.startswith('%s&'):
                dba = dba % (R.choice('ABCDEFGJKLMNPRST'), R.choice('ABCDEFGJKLMNPRST'), R.choice(TRADES))
            else:
                dba = dba % (R.choice(PLACEW), R.choice(TRADES))
        names = [legal] + ([dba] if dba else [])
        if org_name_taken(names):
            continue
        return legal, dba, n, eth
    raise RuntimeError('contractor name')


def shop_area():
    return wchoice([(k, 3 if AREAS[k]['boro'] in ('BK', 'QN') else 2 if AREAS[k]['boro'] in ('BX', 'MN', 'SI')
                     else 1.5) for k in AREA_KEYS])


def free_or_domain_email(words, locals_, owner=None, free_p=0.45, akey=None):
    if R.random() < free_p:
        base = ''.join(slug(w) for w in words)[:18]
        for _ in range(50):
            loc = base + R.choice(['', '', str(R.randint(1, 99)), 'nyc', 'inc', 'corp'])
            dom = wchoice([('gmail.com', 45), ('optonline.net', 20), ('yahoo.com', 15), ('verizon.net', 10),
                           ('aol.com', 10)])
            if claim_email(loc + '@' + dom):
                return loc + '@' + dom, None
    dom = new_domain(words)
    loc = R.choice(locals_)
    if loc == '{owner}' and owner:
        loc = slug(owner[0].split()[0])
    elif loc == '{owner}':
        loc = 'office'
    return org_email(loc, dom), dom


def make_contractor():
    legal, dba, owner, eth = contractor_name()
    akey = shop_area()
    addr = new_addr(akey, unit_p=0.35, unit_kind=R.choice(['ste', 'fl', 'apt']))
    words = org_tokens(dba if dba and R.random() < 0.5 else legal)[:3]
    email, dom = free_or_domain_email(words, ['info', 'office', 'billing', 'service', '{owner}', 'dispatch',
                                              'accounts'], owner=(owner['given'], owner['family']), akey=akey)
    ar = AREAS[akey]
    ph = new_phone(ar['acs'] + ['917', '347'])
    ext = str(R.randint(10, 39)) if R.random() < 0.08 else None
    contact = (owner['given'], owner['family']) if R.random() < 0.75 else (contact_person() if R.random() < 0.5 else None)
    if dba:
        display = legal + ' dba ' + dba if R.random() < 0.5 else dba
    else:
        display = legal
    E = org_entity('contractor', legal, display, akey, addr, email, ph, ext, contact, dba=dba,
                   extra={'owner': owner, 'owner_eth': eth})
    claim_org_names([legal] + ([dba] if dba else []), E['id'])
    return E


# property managers and their buildings
PM_WORDS = W('Greenpoint Parkview Boulevard Tristate Kingsbridge Riverview Stuyvesant Prospect Lefferts Ditmas '
             'Carlton Windsor Sutton Gramercy Chelsea Lexington Fairview Brookdale Ocean Seaview Midwood Cortelyou '
             'Albemarle Bedford Concord Hamilton Jefferson Lincoln Madison Monroe Regent Stratford Wellington')
BLDG_NAMED = W('Windsor Carlton Regency Sutton Ashford Belmont Chatham Fairmont Kensington Lancaster Marlborough '
               'Pembroke Rutland Somerset Talbot Vanderbilt Whitehall Beverly Clarendon Devonshire Ellington '
               'Glenwood Hawthorne Inverness Kingsley Lenox Montague Norwood Oxford Princeton Radcliffe Sheffield')
BLDG_USED = set()


def building_name(akey, addr):
    st = addr['st']
    house = addr['house'] if isinstance(addr['house'], str) else addr['house'][0] + '-' + addr['house'][1]
    sname = street_str(st, {'typ': R.choice([0, 1]), 'dir': R.choice([0, 1])})
    p = R.random()
    if p < 0.35:
        return '%s %s Owners Corp.' % (house, sname) if R.random() < 0.7 else '%s %s Owners Corp' % (house, sname)
    if p < 0.6:
        return 'Board of Managers of %s %s Condominium' % (house, sname)
    if p < 0.72:
        return '%s %s Tenants Corp' % (house, sname)
    for _ in range(100):
        w = R.choice(BLDG_NAMED)
        form = R.choice(['The %s Condominium', '%s Gardens Owners Corp', '%s Towers Housing Corp',
                         '%s Court Owners Inc', '%s House Tenants Corp', '%s Terrace Apartments Corp'])
        nm = form % w
        if nm not in BLDG_USED and not org_name_taken([nm]):
            BLDG_USED.add(nm)
            return nm
    return '%s %s Owners Corp.' % (house, sname)


PM_AREAS = ['ues', 'uws', 'midwood', 'boropark', 'williamsburg', 'flatbush', 'parkslope', 'crownheights',
            'foresthills', 'jackson', 'astoria', 'bronx_s', 'bronx_n', 'washheights', 'harlem', 'bensonhurst',
            'sheepshead', 'kensington', 'bayridge', 'flushing']


def make_pm(nb):
    for _ in range(100):
        w = R.choice(PM_WORDS)
        nm = R.choice(['%s Property Management LLC', '%s Management Corp.', '%s Realty Management Inc.',
                       '%s Residential Management LLC', '%s Property Services Inc.']) % w
        if not org_name_taken([nm]):
            break
    office_area = R.choice(['midtown', 'ues', 'midwood', 'boropark', 'foresthills', 'bayridge', 'williamsburg',
                            'nassau', 'westchester'])
    office = new_addr(office_area, unit_p=0.8, unit_kind='ste')
    dom = new_domain(org_tokens(nm)[:2])
    ap = org_email(R.choice(['ap', 'payables', 'invoices', 'accountspayable', 'ap.dept']), dom)
    ph = new_phone(AREAS[office_area]['acs'])
    ext = str(R.randint(100, 299)) if R.random() < 0.3 else None
    mgr = org_entity('property_manager', nm, nm, office_area, office, ap, ph, ext, contact_person())
    claim_org_names([nm], mgr['id'])
    mgr['pm_areas'] = R.sample(PM_AREAS, 3)
    blds = [make_building(mgr) for _ in range(nb)]
    return mgr, blds


def make_building(mgr):
    for _ in range(50):
        akey = R.choice(mgr['pm_areas'])
        addr = new_addr(akey)
        nm = building_name(akey, addr)
        if not org_name_taken([nm]):
            break
    contact = contact_person('hi') if R.random() < 0.4 else (contact_person() if R.random() < 0.4 else None)
    b = org_entity('building', nm, nm, akey, addr, mgr['email'], mgr['phone'], mgr['ext'], contact,
                   extra={'manager': mgr['id']})
    claim_org_names([nm], b['id'])
    return b


# landlords' single-building LLCs
def make_landlord(nllc):
    eth = wchoice([('jw', 45), ('it', 10), ('cn', 12), ('ru', 10), ('gr', 8), ('sa', 8), ('hi', 7)])
    n = make_name(eth, 'm')
    office_area = R.choice(AFF[eth])
    office = new_addr(office_area, unit_p=0.5, unit_kind='ste')
    if R.random() < 0.55:
        email = person_email(n['given'], n['family'], office_area)
    else:
        email = org_email(R.choice(['office', 'mgmt', slug(n['given'].split()[0])]),
                          new_domain([n['family'].split()[0], R.choice(['properties', 'realty', 'mgmt'])]))
    ph = new_phone(AREAS[office_area]['acs'])
    owner = {'name': n, 'akey': office_area, 'addr': office, 'email': email, 'phone': ph, 'llcs': [],
             'style': R.choice(['num', 'num', 'holdings'])}
    holdings_base = None
    if owner['style'] == 'holdings':
        for _ in range(50):
            nb = R.choice(['bushwick', 'williamsburg', 'crownheights', 'flatbush', 'ridgewood', 'kensington',
                           'greenpoint', 'bronx_s', 'harlem', 'washheights', 'jamaica'])
            hb = '%s %s' % (R.choice(AREAS[nb]['alt'][:1] or ['Metro']) if AREAS[nb]['alt'] else 'Metro',
                            R.choice(['Realty Holdings', 'Equities', 'Property Holdings', 'Realty Associates']))
            if not org_name_taken([hb + ' LLC']):
                holdings_base = hb
                break
        if holdings_base is None:
            owner['style'] = 'num'
    owner['holdings_base'] = holdings_base
    owner['used_nums'] = []
    out = []
    for i in range(nllc):
        E = make_llc(owner, i)
        if E:
            out.append(E)
    return owner, out


ROMANS = ['', ' II', ' III', ' IV', ' V', ' VI']


def llc_name(owner, i, near=None):
    if near is not None and near.get('llc_bld'):
        b0 = near['llc_bld']
        for _ in range(30):
            h0 = b0['house'] if isinstance(b0['house'], str) else b0['house'][0] + b0['house'][1]
            h = int(re.sub(r'\D', '', h0)) + R.choice([-6, -4, -2, 2, 4, 6, 10, 12])
            if h <= 0:
                continue
            bld = dict(b0)
            bld['house'] = str(h) if isinstance(b0['house'], str) else (b0['house'][0], '%02d' % (h % 100))
            if isinstance(b0['house'], tuple) and h % 100 == 0:
                continue
            k = addr_key(bld)
            if k in USED_ADDR:
                continue
            USED_ADDR.add(k)
            house = bld['house'] if isinstance(bld['house'], str) else bld['house'][0] + '-' + bld['house'][1]
            nm = '%s %s LLC' % (house, street_str(bld['st'], {'typ': 0 if R.random() < 0.8 else 1}))
            if not org_name_taken([nm]):
                return nm, bld
    if owner['style'] == 'holdings':
        for k in range(len(ROMANS)):
            if k not in owner['used_nums']:
                owner['used_nums'].append(k)
                return '%s%s LLC' % (owner['holdings_base'], ROMANS[k]), k
        return None, None
    for _ in range(50):
        akey = R.choice(['bushwick', 'williamsburg', 'crownheights', 'flatbush', 'ridgewood', 'kensington',
                         'greenpoint', 'bronx_s', 'harlem', 'washheights', 'boropark', 'sunsetpark'])
        bld = new_addr(akey)
        house = bld['house'] if isinstance(bld['house'], str) else bld['house'][0] + '-' + bld['house'][1]
        nm = '%s %s LLC' % (house, street_str(bld['st'], {'typ': 0 if R.random() < 0.8 else 1}))
        if not org_name_taken([nm]):
            return nm, bld
    return None, None


def make_llc(owner, i, near=None):
    nm, bld = llc_name(owner, i, near)
    if not nm:
        return None
    n = owner['name']
    E = org_entity('landlord_llc', nm, nm, owner['akey'], owner['addr'], owner['email'], owner['phone'], None,
                   (n['given'], n['family']), extra={'landlord': owner,
                                                     'llc_bld': bld if isinstance(bld, dict) else None})
    claim_org_names([nm], E['id'])
    return E


# chains and single stores
SUPER_A2 = ['Lucky Star', 'Ocean Star', 'Green Valley', 'Royal Crown', 'Seven Seas', 'Fresh Way', 'Maple Leaf',
            'Silver Bell', 'Harvest Moon', 'Jade Garden', 'Blue Sky', 'Sun Valley', 'Golden Gate', 'Red Apple',
            'Happy Valley', 'New Dawn', 'Eastern Pearl', 'Grand Harvest', 'Hometown Fresh', 'Spring Garden',
            'Orchard Hill', 'Corner Basket', 'Morning Glory', 'Star Bright', 'Top Choice', 'Farm Gate']
SUPER_A1 = W('Sunrise Evergreen Rainbow Emerald Tropical Plaza Pioneer Victory Paradise Hillside Bayview Cosmos '
             'Meridian Horizon Treasure Abundance Bountiful Sunflower Marigold Wholesome')
REST2 = ['Golden Dragon', 'Lucky Panda', 'Jade Palace', 'Happy Garden', 'Red Lantern', 'Blue Olive', 'Little Athens',
         'Casa Linda', 'Royal Tandoor', 'Sea Breeze', 'Old Village', 'Silver Spoon', 'Twin Pines', 'Copper Pot',
         'Green Olive', 'Spice Route', 'Little Saigon', 'Pearl River', 'Taste Buds', 'Bella Vista', 'Sweet Basil',
         'Lotus Garden', 'Empire Szechuan', 'Mama Rosa', 'Sabor Latino', 'Café Kyiv', 'Black Sea', 'Old Tbilisi']
REST1 = W('Olympia Acropolis Sorrento Amalfi Napoli Bombay Dhaka Lahore Kyiv Odessa Seoul Canton Sabor Mofongo '
          'Palermo Taormina Mykonos Santorini Karachi Sylhet Chittagong Shanghai Hunan Sichuan Busan Jeju Tbilisi '
          'Lviv Krakow Warsaw Havana Cibao Quisqueya Borinquen Trinidad Kingston Port-au-Prince Salonica Kalamata')
LAUND1 = W('Bubbles Sparkle Suds Spincycle Freshwash Clean Splash Whirlpool Tumble Rinse Snowwhite Crystal '
           'Lather Foamy Breezy Dryline Spotless Starch Linen Cottonsoft Softwash Brightwash Aqua Cascade '
           'Fluffy Pristine Lavender Ocean Clearwater Mountain Glacier Rainfall Dewdrop')


def store_base(kind):
    for _ in range(200):
        if kind == 'supermarket':
            if R.random() < 0.6:
                b = '%s %s' % (R.choice(SUPER_A2), R.choice(['Supermarket', 'Market', 'Grocery', 'Foods']))
            else:
                b = '%s %s' % (R.choice(SUPER_A1), R.choice(['Fresh Market', 'Food Center', 'Supermarket']))
        elif kind == 'restaurant':
            if R.random() < 0.5:
                b = '%s %s' % (R.choice(REST2), R.choice(['Restaurant', 'Kitchen', 'Diner', 'Bakery', 'Grill']))
            elif R.random() < 0.6:
                b = '%s %s' % (R.choice(REST1), R.choice(['Diner', 'Restaurant', 'Halal Grill', 'Pizzeria', 'Cafe',
                                                          'Bakery']))
            else:
                b = "%s's Pizzeria" % R.choice(['Tony', 'Sal', 'Vinny', 'Nino', 'Mario', 'Frankie', 'Carmine', 'Lenny'])
        else:
            b = '%s %s' % (R.choice(LAUND1), R.choice(['Laundromat', 'Laundry Center', 'Wash & Fold', 'Laundromat',
                                                       'Coin Laundry', 'Laundry']))
        if not org_name_taken([b]) and b not in CHAIN_BASES:
            CHAIN_BASES.add(b)
            return b
    raise RuntimeError('store base')


CHAIN_BASES = set()


def loc_label(akey, addr, used):
    ar = AREAS[akey]
    opts = []
    if ar['alt'] and ar['alt'][0] not in ('Queens', 'Manhattan', 'The Bronx', 'SI', 'Bklyn', 'NYC'):
        opts.append(ar['alt'][0])
    opts.append(addr['city'] if ar['boro'] in ('QN', 'NA', 'SU', 'WE', 'NJ') else None)
    core = addr['st']['core'] if not addr['st']['prefix'] else 'Avenue ' + addr['st']['core']
    opts.append(core)
    for o in opts:
        if o and o not in used and not re.search(r'\d', o):
            return o
    return None


def make_store(kind, chain, akey=None):
    """chain: dict(base, dom, shared_email, locs) or None for a single store."""
    for _ in range(50):
        akey2 = akey or R.choice(AFF[R.choice(['cn', 'hi', 'ru', 'ko', 'gr', 'it', 'sa', 'jw', 'cb'])])
        addr = new_addr(akey2, unit_p=0.05, unit_kind='ste')
        if chain is None:
            base = store_base(kind)
            leg = wchoice(LEGAL_SUF)
            company = base + ' ' + leg
            display = base
            if org_name_taken([company]):
                continue
            words = org_tokens(base)[:3]
            email, dom = free_or_domain_email(words, ['info', 'office', 'manager', 'orders'], akey=akey2)
            E = org_entity(kind, company, display, akey2, addr, email, new_phone(AREAS[akey2]['acs']),
                           None, contact_person() if R.random() < 0.6 else None)
            claim_org_names([company], E['id'])
            return E
        loc = loc_label(akey2, addr, chain['locs'])
        if not loc:
            continue
        leg = wchoice(LEGAL_SUF)
        company = R.choice(['%s of %s %s', '%s %s %s']) % (chain['base'], loc, leg)
        display = '%s - %s' % (chain['base'], loc)
        if chain['shared']:
            email = chain['email']
        else:
            email = org_email(slug(loc)[:12] or 'store', chain['dom'])
        E = org_entity(kind, company, display, akey2, addr, email, new_phone(AREAS[akey2]['acs']), None,
                       contact_person() if R.random() < 0.6 else None, extra={'chain': chain['id'], 'loc': loc})
        chain['locs'].append(loc)
        return E
    return None


CHAINS = {}


def make_chain(kind, n):
    base = store_base(kind)
    cid = 'chain%d' % len(CHAINS)
    dom = new_domain(org_tokens(base)[:3])
    chain = {'id': cid, 'base': base, 'dom': dom, 'locs': [], 'kind': kind, 'shared': R.random() < 0.5}
    chain['email'] = org_email(R.choice(['ap', 'accounting', 'office', 'invoices']), dom) if chain['shared'] else None
    chain['areas'] = R.sample(NYC_AREAS + ['nassau', 'nj_hudson', 'westchester'], 4)
    CHAINS[cid] = chain
    out = []
    for i in range(n):
        E = make_store(kind, chain, R.choice(chain['areas']))
        if E:
            out.append(E)
    return chain, out


# religious institutions
HEB = ['Beth Shalom', 'Ahavas Chesed', 'Bnei Yosef', 'Ohel Moshe', 'Tiferes Yisroel', 'Shaarei Tefila',
       'Kehilas Yaakov', 'Machzikei Torah', 'Zichron Moshe', 'Bais Yitzchok', 'Divrei Chaim', 'Imrei Shefer',
       'Nachlas Avos', 'Toras Emes', 'Chasdei Avrohom', 'Sharei Zion', 'Anshei Sfard', 'Bnei Shimon',
       'Ohel Yaakov', 'Tzemach Dovid', 'Beis Naftoli', 'Minchas Yitzchok', 'Zera Avrohom', 'Kol Yehuda',
       'Shomrei Emunah', 'Yad Avrohom', 'Avnei Chen', 'Birchas Shlomo', 'Heichal Menachem', 'Kesser Torah',
       'Ateres Zvi', 'Bnei Menashe', 'Darchei Noam', 'Eitz Chaim', 'Emek Halacha', 'Gevuras Ari', 'Kol Rina',
       'Lev Tov', 'Meor Hatorah', 'Nezer Yisroel', 'Ohr Naftoli', 'Pri Eitz', 'Shaar Hashamayim', 'Tomchei Shabbos',
       'Vayoel Moshe', 'Zichron Eliyahu', 'Agudas Achim', 'Beis Medrash Elyon', 'Chevra Tehillim', 'Degel Yehuda']
SAINTS = ['Brigid', 'Agatha', 'Ephrem', 'Athanasius', 'Finbar', 'Bernadette', 'Anselm', 'Casimir', 'Stanislaus',
          'Fidelis', 'Columba', 'Gerard Majella', 'Rita', 'Benedict', 'Clement', 'Dorothy', 'Gabriel', 'Hedwig',
          'Josaphat', 'Lucy', 'Margaret Mary', 'Nicholas of Tolentine', 'Pancras', 'Rosalia', 'Sylvester',
          'Valentine', 'Wenceslaus', 'Adalbert', 'Cecilia', 'Dominic', 'Aidan', 'Bartholomew', 'Camillus',
          'Edmund', 'Frances Cabrini', 'Gertrude', 'Hilary', 'Ignatius', 'Jude', 'Kilian', 'Leo', 'Malachy',
          'Martin of Tours', 'Philomena', 'Rocco', 'Sebastian', 'Teresa', 'Ursula', 'Vincent Ferrer', 'Wilfrid']
CHURCH_OTHER = ['First Baptist Church of %s', '%s Pentecostal Church', 'Iglesia Pentecostal %s',
                'Greater %s Baptist Church', '%s Reformed Church', 'Holy Trinity Church of %s']
MASJID = ['Al-Noor', 'Baitul Aman', 'Al-Falah', 'Darul Quran', 'Baitul Mamur', 'Al-Hidayah', 'Jamia Tawheed',
          'Al-Iman', 'Darus Salam', 'Baitun Nur']
REL_USED = set()


def rel_pick(lst):
    for _ in range(200):
        x = R.choice(lst)
        if x not in REL_USED:
            REL_USED.add(x)
            return x
    raise RuntimeError('rel')


def make_synagogue():
    h = rel_pick(HEB)
    akey = R.choice(['boropark', 'williamsburg', 'midwood', 'crownheights', 'fivetowns', 'flatbush', 'kensington'])
    place = (AREAS[akey]['alt'] or [AREAS[akey]['places'][0][0]])[0]
    if place in ('Bklyn',):
        place = 'Brooklyn'
    of = R.random() < 0.4
    nm = 'Congregation %s' % h + (' of %s' % place if of else '')
    addr = new_addr(akey)
    email, dom = free_or_domain_email([slug(h)], ['office', 'shul', 'gabbai', 'info'], free_p=0.4)
    E = org_entity('synagogue', nm + (' Inc.' if R.random() < 0.3 else ''), nm, akey, addr, email,
                   new_phone(AREAS[akey]['acs']), None, contact_person('jw'),
                   extra={'heb': h, 'place': place if of else None})
    claim_org_names([nm], E['id'])
    return E


def school_for(anchor, same_addr=None):
    """A school belonging to a worship institution (yeshiva / parochial school / academy)."""
    k = anchor['kind']
    if k == 'org/synagogue':
        h = anchor['heb']
        nm = R.choice(['Yeshiva %s', 'Mesivta %s', 'Talmud Torah %s', 'Yeshiva %s']) % h
        if anchor.get('place'):
            nm += ' of %s' % anchor['place']
        kind = 'yeshiva'
    elif k == 'org/church':
        if anchor.get('saint'):
            nm = R.choice(['St. %s School', 'St. %s Catholic Academy', 'Saint %s School']) % anchor['saint']
        else:
            nm = '%s Christian Academy' % anchor['cbase']
        kind = 'church_school'
    else:
        nm = '%s Academy' % anchor['mname']
        kind = 'islamic_school'
    return nm, kind


def make_church():
    akey = R.choice(['bayridge', 'bensonhurst', 'greenpoint', 'ridgewood', 'bronx_n', 'statenisland', 'uws',
                     'washheights', 'flatbush', 'canarsie', 'jamaica', 'nassau', 'westchester', 'nj_passaic',
                     'astoria', 'harlem'])
    addr = new_addr(akey)
    extra = {}
    if R.random() < 0.65:
        s = rel_pick(SAINTS)
        nm = R.choice(['St. %s Church', 'Church of St. %s', 'St. %s R.C. Church', 'Saint %s Church']) % s
        extra['saint'] = s
        words = ['st', s]
    else:
        place = rel_pick(['Bethel', 'Mount Zion', 'Emmanuel', 'Shiloh', 'Calvary', 'Greater Hope', 'New Jerusalem',
                          'Ebenezer', 'Bethany', 'Good Shepherd', 'Living Waters', 'Cornerstone Faith'])
        form = R.choice(['%s Baptist Church', '%s Pentecostal Church', '%s Church of God', 'Iglesia %s'])
        nm = form % place
        extra['cbase'] = place
        words = [place, 'church']
    email, dom = free_or_domain_email(words, ['office', 'rectory', 'parishoffice', 'admin'], free_p=0.35)
    E = org_entity('church', nm, nm, akey, addr, email, new_phone(AREAS[akey]['acs']), None,
                   contact_person(R.choice(['ir', 'it', 'hi', 'cb', 'pl'])), extra=extra)
    claim_org_names([nm], E['id'])
    return E


def make_mosque():
    mn = rel_pick(MASJID)
    akey = R.choice(['jackson', 'jamaica', 'kensington', 'bronx_s', 'astoria'])
    nm = 'Masjid %s' % mn + (' Inc.' if R.random() < 0.4 else '')
    email, dom = free_or_domain_email([mn, 'masjid'], ['info', 'office', 'admin'], free_p=0.5)
    E = org_entity('mosque', nm, 'Masjid %s' % mn, akey, new_addr(akey), email, new_phone(AREAS[akey]['acs']),
                   None, contact_person('sa'), extra={'mname': mn})
    claim_org_names([nm], E['id'])
    return E


def make_school(anchor, share_addr):
    nm, kind = school_for(anchor)
    if org_name_taken([nm]):
        return None
    addr = anchor['addr'] if share_addr else new_addr(anchor['akey'])
    words = org_tokens(nm)[:3]
    email, dom = free_or_domain_email(words, ['office', 'info', 'admin', 'bookkeeper', 'accounts'], free_p=0.3)
    E = org_entity(kind, nm, nm, anchor['akey'], addr, email, new_phone(AREAS[anchor['akey']]['acs']), None,
                   contact_person('jw' if kind == 'yeshiva' else None), extra={'parent': anchor['id']})
    claim_org_names([nm], E['id'])
    return E


HOSP = ['Eastbrook Medical Center', 'Kingsbridge Valley Hospital', 'Ocean Crest Hospital', 'Riverview Medical Center',
        'Bayview General Hospital', 'Hudson Heights Hospital', 'Canarsie Bay Medical Center',
        'Westbury Park Hospital', 'Gravesend Medical Center', 'Palisade General Hospital', 'Fresh Meadows Hospital',
        'Throgs Point Medical Center']


def make_hospital():
    nm = rel_pick(HOSP)
    dept = R.choice([' - Facilities Dept', ' Engineering Department', ' Plant Operations', ' Facilities Management'])
    akey = R.choice(['flatbush', 'bronx_n', 'jamaica', 'statenisland', 'nassau', 'westchester', 'nj_hudson', 'ues',
                     'bayridge', 'flushing'])
    dom = new_domain(org_tokens(nm)[:2] + ['health'])
    email = org_email(R.choice(['facilities', 'engineering', 'plantops', 'purchasing']), dom)
    E = org_entity('hospital', nm + ' Inc.' if R.random() < 0.2 else nm, nm + dept, akey,
                   new_addr(akey), email, new_phone(AREAS[akey]['acs']), str(R.randint(2000, 4999)),
                   contact_person())
    claim_org_names([nm + dept], E['id'])
    return E


UNI_BLDG = ['Carter Hall', 'Lindqvist Science Center', 'Morrow Library', 'Alvarez Student Center', 'Physical Plant',
            'Okafor Residence Hall', 'Brandt Athletic Center', 'Whitcomb Hall', 'Delacroix Arts Building',
            'Pemberton Hall', 'Nakamura Engineering Building', 'Quill Hall', 'Stanhope Dining Hall',
            'Vasquez Residence Hall']


def make_university(name, akey, nb):
    dom = new_domain(org_tokens(name)[:2]).rsplit('.', 1)[0] + '.edu'
    email = org_email(R.choice(['purchasing', 'facilities.ap', 'ap']), dom)
    ph = new_phone(AREAS[akey]['acs'])
    out = []
    for b in R.sample(UNI_BLDG, nb):
        nm = '%s - %s' % (name, b)
        E = org_entity('university', name, nm, akey, new_addr(akey), email, ph, str(R.randint(5000, 5999)),
                       contact_person(), extra={'uni': name})
        E['company'] = nm
        claim_org_names([nm], E['id'])
        out.append(E)
    return out


# ---------------------------------------------------------------- emitting records
def emit_person(V):
    g, f = V['given'], V['family']
    if V.get('comma'):
        core = f + ', ' + g
    elif V.get('order') == 'fg':
        core = f + ' ' + g
    else:
        core = g + ' ' + f
    if V.get('title'):
        core = V['title'] + ' ' + core
    if V.get('gen'):
        core += ' ' + V['gen']
    if V.get('note'):
        core += ' ' + V['note']
    gn, fn = g, f
    if V.get('case') == 'upper':
        core, gn, fn = core.upper(), g.upper(), f.upper()
    elif V.get('case') == 'lower':
        core, gn, fn = core.lower(), g.lower(), f.lower()
    fm = V.get('fields', 'normal')
    if fm == 'swap':
        gn, fn = fn, gn
    elif fm == 'null':
        gn = fn = None
    return {'displayName': core, 'givenName': gn, 'familyName': fn, 'companyName': None,
            'email': V.get('email'), 'phone': V.get('phone'), 'address': V.get('address')}


def emit_org(V):
    ct = V.get('contact')
    return {'displayName': V['display'], 'givenName': ct[0] if ct else None, 'familyName': ct[1] if ct else None,
            'companyName': V['company'], 'email': V.get('email'), 'phone': V.get('phone'),
            'address': V.get('address')}


EX_DISPLAY = set()


def render_existing(E):
    A = E['addr']
    F = ex_addr_style(A)
    pf = 0 if R.random() < 0.7 else R.randrange(len(PHF))
    has = {'email': True, 'phone': True, 'address': True}
    x = R.random()
    droppable = E['kind'] in ('org/contractor', 'org/restaurant', 'org/laundromat', 'org/supermarket') or \
        (not E['is_org'] and E['kind'] != 'person/super')
    if E.get('keep_all'):
        droppable = False
    if droppable and x < 0.07:
        has['email'] = False
    elif droppable and x < 0.12:
        has['phone'] = False
    elif droppable and E['is_org'] and x < 0.15:
        has['address'] = False
    E['ex'] = {'has': has, 'F': F, 'pf': pf}
    V = {'email': E['email'] if has['email'] else None,
         'phone': emit_phone(E['phone'], pf, E['ext'], 0) if has['phone'] else None,
         'address': emit_addr(A, F) if has['address'] else None}
    if E['is_org']:
        V.update({'company': E['company'], 'display': E['display'], 'contact': E['contact']})
        base = E['display']
    else:
        V.update({k: E.get(k) for k in ('given', 'family', 'gen', 'title', 'order', 'note')})
        base = None
    c = emit_org(V) if E['is_org'] else emit_person(V)
    d = c['displayName']
    if d.casefold() in EX_DISPLAY:
        ar = AREAS[E['akey']]
        tag = ar['alt'][0] if ar['alt'] and ar['alt'][0] not in ('Bklyn', 'NYC', 'SI') else E['addr']['city']
        d2 = '%s (%s)' % (d, tag)
        k = 2
        while d2.casefold() in EX_DISPLAY:
            d2 = '%s - %d' % (d, k)
            k += 1
        c['displayName'] = d2
    EX_DISPLAY.add(c['displayName'].casefold())
    E['ex']['contact'] = c
    return c


# ---------------------------------------------------------------- noise
KEYB = {'a': 'qswz', 'b': 'vghn', 'c': 'xdfv', 'd': 'serfcx', 'e': 'wsdr', 'f': 'drtgvc', 'g': 'ftyhbv',
        'h': 'gyujnb', 'i': 'ujko', 'j': 'huikmn', 'k': 'jiolm', 'l': 'kop', 'm': 'njk', 'n': 'bhjm', 'o': 'iklp',
        'p': 'ol', 'q': 'wa', 'r': 'edft', 's': 'awedxz', 't': 'rfgy', 'u': 'yhji', 'v': 'cfgb', 'w': 'qase',
        'x': 'zsdc', 'y': 'tghu', 'z': 'asx'}


def typo(word, rng):
    pos = [i for i in range(1, len(word) - 2) if word[i].isalpha() and word[i + 1].isalpha()
           and word[i].lower() in KEYB]
    if not pos:
        return word
    for _ in range(10):
        i = rng.choice(pos)
        if rng.random() < 0.5 and word[i] != word[i + 1]:
            w = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        else:
            c = rng.choice(KEYB[word[i].lower()])
            c = c.upper() if word[i].isupper() else c
            w = word[:i] + c + word[i + 1:]
        if w != word:
            return w
    return word


def strip_marks(s):
    s = ''.join(_SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize('NFKD', s)
    return unicodedata.normalize('NFC', ''.join(ch for ch in s if not unicodedata.combining(ch)))


def tcase(w):
    return w[:1].upper() + w[1:]


def near_email(e, rng):
    local, _, dom = e.rpartition('@')
    opts = []
    if '.' in local or '_' in local:
        opts.append(local.replace('.', '').replace('_', '') + '@' + dom)
    elif len(local) > 6 and local.isalpha():
        i = rng.randint(2, len(local) - 3)
        opts.append(local[:i] + '.' + local[i:] + '@' + dom)
    DT = {'gmail.com': ['gmial.com', 'gmal.com', 'gmail.co', 'gmaill.com'], 'yahoo.com': ['yaho.com', 'yahooo.com'],
          'aol.com': ['aol.cm'], 'optonline.net': ['optonline.ne', 'optonlin.net', 'optinline.net'],
          'verizon.net': ['verison.net', 'verizon.ne'], 'hotmail.com': ['hotmial.com', 'hotmal.com'],
          'icloud.com': ['iclod.com', 'icloud.co']}
    if dom in DT:
        opts.append(local + '@' + rng.choice(DT[dom]))
    lp = re.sub(r'[^a-z]', '', local)
    if len(local) >= 7 and local.isalpha():
        i = rng.randint(1, len(local) - 3)
        if local[i] != local[i + 1]:
            opts.append(local[:i] + local[i + 1] + local[i] + local[i + 2:] + '@' + dom)
    if not opts:
        return None
    return rng.choice(opts)


ABBR_PAIRS = [('Management', 'Mgmt'), ('Brothers', 'Bros.'), ('Association', 'Assn'), ('Services', 'Svcs'),
              ('Service', 'Svc'), ('Mechanical', 'Mech.'), ('Heating', 'Htg'), ('Plumbing', 'Plbg'),
              ('Construction', 'Constr.'), ('Contracting', 'Contr.'), ('Condominium', 'Condo'),
              ('Board of Managers of', 'Bd of Mgrs'), ('Street', 'St'), ('Avenue', 'Ave'), ('East', 'E'),
              ('West', 'W'), ('Parkway', 'Pkwy'), ('Saint', 'St.'), ('Apartments', 'Apts'), ('Center', 'Ctr'),
              ('Department', 'Dept'), ('University', 'Univ.'), ('Hospital', 'Hosp.'), ('Congregation', 'Cong.'),
              ('Electrical', 'Electric'), ('Boulevard', 'Blvd')]
DROP_PHRASES = [' & Sons', ' & Son', ' Services', ' Service', ' Contracting', ' & Heating', ' & Cooling',
                ' Board of Managers of', ' Management', ' Department', ' Facilities', ' Engineering']
LEGAL_RE = re.compile(r',?\s+(Inc\.?|Corp\.?|Corporation|LLC|Co\.|Ltd\.?)(?=\s|$)')


def org_name_noise(E, N, n_ops, rng, ch):
    ops = ['case', 'abbrev', 'expand', 'typo', 'drop_word', 'amp']
    if LEGAL_RE.search(N):
        ops += ['legal_dropped', 'legal_changed']
    rng.shuffle(ops)
    done = 0
    for op in ops:
        if done >= n_ops:
            break
        M = N
        if op == 'case':
            M = N.upper() if rng.random() < 0.6 else N.lower()
        elif op == 'abbrev' or op == 'expand':
            pairs = [(a, b) if op == 'abbrev' else (b, a) for a, b in ABBR_PAIRS]
            rng.shuffle(pairs)
            for a, b in pairs:
                pat = r'(?<![A-Za-z])' + re.escape(a) + r'(?![A-Za-z])'
                if re.search(pat, N):
                    M = re.sub(pat, b, N, count=1)
                    break
        elif op == 'typo':
            toks = [t for t in re.findall(r"[A-Za-z]+", N) if len(t) >= 6]
            if toks:
                t = rng.choice(toks)
                M = N.replace(t, typo(t, rng), 1)
        elif op == 'drop_word':
            ph = [p for p in DROP_PHRASES if p in N]
            if ph:
                M = N.replace(rng.choice(ph), '', 1)
        elif op == 'amp':
            if ' & ' in N:
                M = N.replace(' & ', ' and ', 1)
            elif ' and ' in N:
                M = N.replace(' and ', ' & ', 1)
        elif op == 'legal_dropped':
            M = LEGAL_RE.sub('', N)
        elif op == 'legal_changed':
            m = LEGAL_RE.search(N)
            if not m:
                continue
            cur = m.group(1)
            alt = rng.choice([x for x in ['Inc.', 'Inc', 'Corp.', 'Corp', 'LLC', 'Corporation', 'Incorporated']
                              if x != cur])
            M = N[:m.start(1)] + alt + N[m.end(1):]
        if M != N:
            N = M
            ch.append('name:' + op)
            done += 1
    return N


def person_name_noise(E, V, n_ops, rng, ch, harsh):
    gt = V['given'].split()
    fk = slug(gt[0])
    fam = V['family'].replace('-', ' ').split()
    ops = ['case', 'surname_first', 'display_only']
    if [v for v in VARS.get(fk, []) if len(v) > 2]:
        ops += ['nickname', 'nickname']
    if len(gt[0]) >= 6 and gt[0].isalpha():
        ops.append('typo_given')
    if len(fam[0]) >= 6 and fam[0].isalpha():
        ops += ['typo_family']
    if strip_marks(V['given'] + V['family']) != V['given'] + V['family']:
        ops += ['diacritics_removed', 'diacritics_removed']
    if E['eth'] == 'hi' and len(gt) == 2:
        ops.append('drop_second_given')
    if fk in MOH and len(gt) == 2:
        ops += ['moh_form', 'moh_form']
    if E['eth'] == 'hi' and len(fam) == 2:
        ops.append('drop_second_surname')
    if harsh and slug(V['family']) in FVARS:
        ops.append('surname_variant')
    if V.get('gen'):
        ops.append('suffix_dropped')
    if V.get('title'):
        ops.append('title_dropped')
    if E['eth'] in ('cn', 'ko') and len(gt) == 2:
        ops.append('given_joined')
    rng.shuffle(ops)
    done = []
    for op in ops:
        if len(done) >= n_ops or op in done:
            continue
        if op in ('surname_first', 'display_only') and ('surname_first' in done or 'display_only' in done):
            continue
        if op == 'case':
            V['case'] = rng.choice(['upper', 'lower', 'upper'])
        elif op == 'surname_first':
            V['fields'] = 'swap'
            V['order'] = 'fg'
        elif op == 'display_only':
            V['fields'] = 'null'
            if rng.random() < 0.3:
                V['comma'] = True
        elif op == 'nickname':
            if slug(V['given'].split()[0]) != fk:
                continue
            v = rng.choice([v for v in VARS[fk] if len(v) > 2])
            V['given'] = ' '.join([tcase(v)] + V['given'].split()[1:])
        elif op == 'typo_given':
            V['given'] = ' '.join([typo(gt[0], rng)] + V['given'].split()[1:])
        elif op == 'typo_family':
            parts = V['family'].split(' ')
            parts[0] = typo(parts[0], rng)
            V['family'] = ' '.join(parts)
        elif op == 'diacritics_removed':
            V['given'], V['family'] = strip_marks(V['given']), strip_marks(V['family'])
        elif op == 'drop_second_given':
            V['given'] = V['given'].split()[0]
        elif op == 'moh_form':
            cur = V['given'].split()
            if slug(cur[0]) not in MOH:
                continue
            alt = rng.choice([x for x in ['Md.', 'Md', 'Muhammad', 'Mohammad', 'Mohammed', 'Mohamed']
                              if slug(x) != slug(cur[0])])
            V['given'] = ' '.join([alt] + cur[1:])
        elif op == 'drop_second_surname':
            if len(re.split(r'[ -]', V['family'])) < 2:
                continue
            V['family'] = re.split(r'[ -]', V['family'])[0]
        elif op == 'surname_variant':
            if slug(V['family']) not in FVARS:
                continue
            V['family'] = tcase(rng.choice(FVARS[slug(V['family'])]))
        elif op == 'suffix_dropped':
            V['gen'] = None
        elif op == 'title_dropped':
            V['title'] = None
        elif op == 'given_joined':
            if len(V['given'].split()) != 2:
                continue
            a, b = V['given'].split()
            V['given'] = a + '-' + b if rng.random() < 0.5 else a + b.lower()
        done.append(op)
        ch.append('name:' + op)
    return V


def fresh_email_for(E, rng):
    for _ in range(30):
        if E['is_org']:
            dom = E['email'].rpartition('@')[2]
            if dom in [d for d, _ in FREE] or dom in ('optonline.net', 'verizon.net'):
                e = person_email(E['contact'][0], E['contact'][1]) if E.get('contact') else \
                    org_email(slug(E['company'])[:14] + str(rng.randint(1, 99)), rng.choice(['gmail.com', 'yahoo.com']))
            else:
                e = org_email(rng.choice(['office', 'billing', 'accounts', 'ap', 'admin', 'purchasing', 'orders']), dom)
        else:
            e = person_email(E['given'], E['family'], E['akey'])
        if email_rel(email_info(e), email_info(E['email'])) is None:
            return e
    return e


def variant(E, profile, rng, ref_has=None, ref_F=None, ref_pf=0):
    """Incoming rendering of entity E with noise; returns (contact, changes)."""
    ch = []
    has = ref_has or E['ex']['has']
    avail = [k for k in ('email', 'phone', 'address') if has[k]]
    strong = avail if E['is_org'] else [k for k in ('email', 'phone') if k in avail]
    if profile == 'light':
        keep = list(avail)
    elif profile == 'medium':
        keep = list(avail)
        if len(avail) >= 2:
            cand = [k for k in avail if E['is_org'] or len([s for s in strong if s != k]) > 0]
            if cand:
                keep.remove(rng.choice(cand))
    else:
        keep = [rng.choice(strong)]
    V = {}
    # e-mail
    if 'email' in keep:
        e = E['email']
        x = rng.random()
        pn = {'light': 0.06, 'medium': 0.25, 'harsh': 0.4}[profile]
        if x < pn:
            e2 = near_email(e, rng)
            if e2:
                e = e2
                ch.append('email:near')
        elif x < pn + 0.08:
            e = e.upper() if rng.random() < 0.3 else tcase(e)
            ch.append('email:case')
        V['email'] = e
    else:
        if rng.random() < 0.6:
            V['email'] = fresh_email_for(E, rng)
            ch.append('email:changed' if has['email'] else 'email:added')
        else:
            V['email'] = None
            if has['email']:
                ch.append('email:missing')
    # phone
    if 'phone' in keep:
        pf = rng.randrange(len(PHF))
        ext = E['ext'] if rng.random() < 0.5 else None
        V['phone'] = emit_phone(E['phone'], pf, ext, rng.randrange(len(EXTF)))
        if pf != ref_pf:
            ch.append('phone:reformatted')
        if E['ext'] and not ext:
            ch.append('phone:ext_dropped')
    else:
        if rng.random() < 0.65:
            ar = AREAS[E['akey']]
            V['phone'] = emit_phone(new_phone(ar['acs'] + ['917', '347', '646']), rng.randrange(len(PHF)))
            ch.append('phone:new' if has['phone'] else 'phone:added')
        else:
            V['phone'] = None
            if has['phone']:
                ch.append('phone:missing')
    # address
    A = E['addr']
    if 'address' in keep:
        F = rand_addr_style(A, rng) if rng.random() < 0.7 else dict(ref_F or {})
        if isinstance(A['house'], tuple) and rng.random() < 0.45:
            F['qdrop'] = True
            ch.append('address:queens_hyphen_dropped')
        ar = AREAS[A['area']]
        if ar['alt'] and rng.random() < 0.3:
            F['city'] = rng.choice(ar['alt'])
            ch.append('address:city_variant')
        z = rng.random()
        if z < 0.15:
            F['zip'] = '9'
            ch.append('address:zip4')
        elif z < 0.25 and profile != 'light':
            F['zip'] = 'none'
            ch.append('address:zip_missing')
        elif z < 0.35 and A['state'] == 'NJ':
            F['zip'] = 'strip0'
            ch.append('address:zip_leading_zero_lost')
        if A['unit'] and profile != 'light' and rng.random() < 0.15:
            F['dropunit'] = True
            ch.append('address:unit_dropped')
        V['address'] = emit_addr(A, F)
        ex_a = emit_addr(A, ref_F or {})
        if (V['address']['line1'], V['address']['line2']) != (ex_a['line1'], ex_a['line2']):
            ch.append('address:reformatted')
            if A['unit'] and not F.get('dropunit') and (F.get('unitf', 0) % 5 != (ref_F or {}).get('unitf', 0) % 5
                                                          or bool(F.get('unit1')) != bool((ref_F or {}).get('unit1'))):
                ch.append('address:apartment_written_differently')
    else:
        if rng.random() < 0.6:
            ak = A['area'] if rng.random() < 0.5 else (R.choice(AFF[E['eth']]) if not E['is_org'] else shop_area())
            up = 0.4 if not E['is_org'] else 0.2
            A2 = new_addr(ak, unit_p=up, unit_kind='apt' if not E['is_org'] else 'ste')
            V['address'] = emit_addr(A2, rand_addr_style(A2, rng))
            ch.append('address:moved' if has['address'] else 'address:added')
        else:
            V['address'] = None
            if has['address']:
                ch.append('address:missing')
    # name
    nn = {'light': rng.choice([0, 0, 1]), 'medium': rng.choice([1, 1, 2]), 'harsh': rng.choice([2, 3, 3])}[profile]
    if E['is_org']:
        N = E['display'] if rng.random() < 0.7 else E['company']
        if E.get('dba') and rng.random() < (0.2 if profile == 'light' else 0.45):
            if rng.random() < 0.6:
                N = E['dba']
                ch.append('name:dba_used')
            else:
                N = E['company']
                ch.append('name:legal_name_only')
        N = org_name_noise(E, N, nn, rng, ch)
        V['company'] = N
        V['display'] = N
        ct = E.get('contact')
        y = rng.random()
        if profile != 'light' and y < 0.3:
            ct = contact_person()
            ch.append('contact:changed')
        elif y < (0.1 if profile != 'light' else 0.05) and ct:
            ct = None
            ch.append('contact:dropped')
        V['contact'] = ct
        return emit_org(V), ch
    V.update({k: E.get(k) for k in ('given', 'family', 'gen', 'title', 'order')})
    V['order'] = 'gf' if rng.random() < 0.8 else E.get('order', 'gf')
    V['fields'] = 'normal'
    person_name_noise(E, V, nn, rng, ch, profile == 'harsh')
    return emit_person(V), ch


# ---------------------------------------------------------------- existing list
def build_existing():
    orgs, persons = [], []
    # property managers + buildings
    for _ in range(24):
        mgr, blds = make_pm(R.randint(3, 6))
        orgs.append(mgr)
        orgs.extend(blds)
    # landlords' LLCs
    for _ in range(28):
        owner, llcs = make_landlord(R.randint(2, 4))
        orgs.extend(llcs)
    # chains and single stores
    for kind, nch, lo, hi, single in (('supermarket', 9, 2, 4, 14), ('laundromat', 6, 2, 3, 20),
                                      ('restaurant', 11, 2, 3, 45)):
        for _ in range(nch):
            ch, stores = make_chain(kind, R.randint(lo, hi))
            orgs.extend(stores)
        for _ in range(single):
            orgs.append(make_store(kind, None))
    # religious + schools
    for _ in range(24):
        s = make_synagogue()
        orgs.append(s)
        if len([o for o in orgs if o['kind'] == 'org/yeshiva']) < 14:
            y = make_school(s, R.random() < 0.4)
            if y:
                orgs.append(y)
                s['has_school'] = True
    for _ in range(20):
        c = make_church()
        orgs.append(c)
        if len([o for o in orgs if o['kind'] == 'org/church_school']) < 11:
            y = make_school(c, R.random() < 0.6)
            if y:
                orgs.append(y)
                c['has_school'] = True
    for _ in range(6):
        m = make_mosque()
        orgs.append(m)
        if len([o for o in orgs if o['kind'] == 'org/islamic_school']) < 3:
            y = make_school(m, R.random() < 0.5)
            if y:
                orgs.append(y)
                m['has_school'] = True
    for _ in range(10):
        orgs.append(make_hospital())
    orgs.extend(make_university('Hudson Metropolitan University', 'washheights', 8))
    orgs.extend(make_university('Gowanus Polytechnic Institute', 'parkslope', 6))
    while len(orgs) < 825:
        orgs.append(make_contractor())
    # persons: namesake clusters
    specs = [('jw', 'm', 'Moshe', 'Friedman', ['boropark', 'williamsburg', 'boropark']),
             ('jw', 'm', 'Yitzchok', 'Weiss', ['williamsburg', 'williamsburg', 'boropark']),
             ('jw', 'm', 'Chaim', 'Schwartz', ['boropark', 'midwood']),
             ('jw', 'm', 'Yoel', 'Klein', ['williamsburg', 'williamsburg']),
             ('jw', 'm', 'Shmuel', 'Gross', ['boropark', 'fivetowns']),
             ('jw', 'm', 'Yaakov', 'Stern', ['boropark', 'boropark']),
             ('jw', 'f', 'Chana', 'Friedman', ['boropark', 'williamsburg']),
             ('cn', 'm', 'Wei', 'Chen', ['flushing', 'sunsetpark', 'flushing']),
             ('cn', 'm', 'Kevin', 'Chan', ['bensonhurst', 'flushing']),
             ('cn', 'f', 'Jenny', 'Wong', ['chinatown', 'bayside']),
             ('ko', 'm', 'Young Soo', 'Kim', ['flushing', 'bayside', 'nj_bergen']),
             ('ko', 'm', 'Sung Ho', 'Lee', ['bayside', 'flushing']),
             ('ko', 'm', 'John', 'Park', ['nj_bergen', 'bayside']),
             ('hi', 'm', 'José', 'Rodríguez', ['washheights', 'bronx_s', 'washheights']),
             ('hi', 'm', 'Luis', 'Martínez', ['bronx_s', 'jackson']),
             ('hi', 'f', 'Carmen', 'Pérez', ['bushwick', 'washheights']),
             ('sa', 'm', 'Mohammed', 'Islam', ['jackson', 'kensington', 'jamaica']),
             ('sa', 'm', 'Mohammed', 'Hossain', ['jamaica', 'jamaica']),
             ('ir', 'm', 'John', 'Murphy', ['bronx_n', 'rockaway']),
             ('ir', 'm', 'Patrick', 'Kelly', ['westchester', 'bayridge']),
             ('it', 'm', 'Anthony', 'Russo', ['bensonhurst', 'statenisland']),
             ('it', 'm', 'Joseph', 'Esposito', ['bayridge', 'howardbeach'])]
    for eth, g, gv, fm, areas in specs:
        for ak in areas:
            nm = {'eth': eth, 'gender': g, 'given': gv, 'family': fm, 'gen': None, 'title': None, 'order': 'gf'}
            p = person_entity(R.choice(['homeowner', 'homeowner', 'landlord', 'tradesperson']), eth, g, ak, name=nm)
            p['namesake_cluster'] = True
            persons.append(p)
    # spouses with gendered surnames
    for i in range(18):
        eth = 'ru' if i < 12 else 'pl'
        while True:
            h = make_name(eth, 'm')
            if genderable(h['family']):
                break
        ak = R.choice(AFF[eth])
        hp = person_entity('homeowner', eth, 'm', ak, name=h)
        w = make_name(eth, 'f')
        w['family'] = feminize(h['family'])
        wp = person_entity('homeowner', eth, 'f', ak, name=w, addr=hp['addr'])
        hp['spouse'] = wp['id']
        wp['spouse'] = hp['id']
        persons += [hp, wp]
    # father and son
    for i in range(12):
        eth = R.choice(['it', 'ir', 'hi', 'us', 'gr', 'cb', 'it', 'ir'])
        n = make_name(eth, 'm')
        ak = R.choice(AFF[eth])
        both = R.random() < 0.6
        f = dict(n)
        f['gen'] = 'Sr.' if both else None
        s = dict(n)
        s['gen'] = 'Jr.'
        fp = person_entity('landlord', eth, 'm', ak, name=f)
        sp = person_entity(R.choice(['homeowner', 'tradesperson']), eth, 'm', ak, name=s, addr=fp['addr'])
        fp['family_pair'] = sp['id']
        sp['family_pair'] = fp['id']
        persons += [fp, sp]
    # contractors' owners billed personally
    owners = [o for o in orgs if o['kind'] == 'org/contractor' and o['contact'] and
              o['contact'] == (o['owner']['given'], o['owner']['family'])]
    for o in R.sample(owners, 32):
        n = dict(o['owner'])
        p = person_entity(R.choice(['tradesperson', 'homeowner']), o['owner_eth'], 'm',
                          R.choice(AFF[o['owner_eth']]), name=n)
        p['company_of'] = o['id']
        o['owner_person'] = p['id']
        persons.append(p)
    kinds = [('homeowner', 48), ('landlord', 20), ('super', 14), ('tradesperson', 18)]
    while len(persons) < 675:
        k = wchoice(kinds)
        note = None
        if k == 'super' and R.random() < 0.4:
            note = R.choice(['(Super)', '(super)', '- Super'])
        if k == 'tradesperson' and R.random() < 0.25:
            note = R.choice(['(Plumber)', '(Electrician)', '(Handyman)', '(HVAC tech)'])
        p = person_entity(k, note=note)
        if k in ('super', 'tradesperson') and p['gender'] == 'f' and R.random() < 0.6:
            pass
        persons.append(p)
    return orgs, persons


def person_name_clash(P, people_sigs):
    for Q in people_sigs:
        if person_near(P['person'], Q['person']):
            return True
    return False


# ---------------------------------------------------------------- main
def main():
    orgs, persons = build_existing()
    assert len(orgs) == 825 and len(persons) == 675, (len(orgs), len(persons))
    existing = orgs + persons
    for E in existing:
        E['existing'] = True
    contacts = {}
    for E in existing:
        contacts[E['id']] = render_existing(E)
    EXI = Index()
    EXP = {}
    for E in existing:
        P = parse_contact(contacts[E['id']])
        EXP[E['id']] = P
        EXI.add(P, E['id'])
    ex_emails = {EXP[e]['email'][0] for e in EXP if EXP[e]['email']}
    ex_phones = {EXP[e]['phone'] for e in EXP if EXP[e]['phone']}
    person_sigs = [EXP[E['id']] for E in persons]
    INI = Index()
    incoming = []   # (contact, meta)
    rng = random.Random(SEED + 1)

    def accept(c, meta):
        P = parse_contact(c)
        INI.add(P, meta['entity'])
        incoming.append((c, meta))

    def inc_ok(P, eid):
        return all(t == eid for t, _ in INI.passes(P))

    ALL_HAS = {'email': True, 'phone': True, 'address': True}

    def render_new(E, profile='light', name_noise=True):
        ch_rng = random.Random(rng.random())
        if not name_noise:
            c, ch = variant_noname(E, ch_rng)
        else:
            c, ch = variant(E, profile, ch_rng, ref_has=ALL_HAS)
        return c, ch

    def variant_noname(E, r2):
        # light rendering without name noise (hard negatives)
        c, ch = variant(E, 'light', r2, ref_has=ALL_HAS)
        ch = [x for x in ch if not x.startswith('name:')]
        if E['is_org']:
            c['companyName'] = E['company']
            c['displayName'] = E['display']
        else:
            V = {k: E.get(k) for k in ('given', 'family', 'gen', 'title', 'order', 'note')}
            V.update({'email': c['email'], 'phone': c['phone'], 'address': c['address']})
            c = emit_person(V)
        return c, ch

    # ------------------------------------------------ hard negatives
    hn_plan = [('namesake_other_borough', 22), ('namesake_same_neighbourhood', 18), ('spouse_gendered', 20),
               ('father_son', 15), ('pm_other_building', 20), ('landlord_other_llc', 15),
               ('chain_other_location', 15), ('religious_school', 12), ('owner_personal', 13)]
    used_anchor = set()
    HN_RULE = {
        'namesake_other_borough': 'same common name, another borough/town; no shared e-mail, phone or address',
        'namesake_same_neighbourhood': 'same common name, same neighbourhood/ZIP; different e-mail, phone and address',
        'spouse_gendered': 'spouse at the same address: gendered surname form and another given name; own e-mail and phone',
        'father_son': 'same name at the same address, Jr./Sr. marker on one side; own e-mail and phone',
        'pm_other_building': "another building of the same managing agent: same AP e-mail and phone, other building name and address",
        'landlord_other_llc': "another single-building LLC of the same landlord: same office, e-mail and phone; different number in the name",
        'chain_other_location': 'another location of the same chain: same brand, other location name, address and phone',
        'religious_school': 'the school of a congregation/church (or vice versa): other institution type word, own e-mail and phone',
        'owner_personal': "the contractor's owner billed personally: person record, home address, personal e-mail",
    }
    hn_count = Counter()

    def anchors_for(t):
        pool = []
        for E in existing:
            if E['id'] in used_anchor:
                continue
            k = E['kind']
            if t in ('namesake_other_borough', 'namesake_same_neighbourhood'):
                if not E['is_org'] and E['eth'] in ('jw', 'cn', 'ko', 'hi', 'sa', 'ir', 'it', 'us') and \
                        not E.get('gen') and not E.get('spouse') and not E.get('family_pair') and \
                        len(E['given'].split()) == 1 and len(E['family'].split()) == 1:
                    pool.append(E)
            elif t == 'spouse_gendered':
                if not E['is_org'] and E['eth'] in ('ru', 'pl') and genderable(E['family']) and not E.get('spouse'):
                    pool.append(E)
            elif t == 'father_son':
                if not E['is_org'] and E['gender'] == 'm' and E['eth'] in ('it', 'ir', 'hi', 'us', 'gr', 'cb', 'pl') \
                        and not E.get('gen') and not E.get('family_pair') and not E.get('title'):
                    pool.append(E)
            elif t == 'pm_other_building':
                if k == 'org/building':
                    pool.append(E)
            elif t == 'landlord_other_llc':
                if k == 'org/landlord_llc':
                    pool.append(E)
            elif t == 'chain_other_location':
                if E.get('chain'):
                    pool.append(E)
            elif t == 'religious_school':
                if k in ('org/synagogue', 'org/church', 'org/mosque') and not E.get('has_school'):
                    pool.append(E)
            elif t == 'owner_personal':
                if k == 'org/contractor' and E['contact'] and E['contact'] == (E['owner']['given'], E['owner']['family']) \
                        and not E.get('owner_person'):
                    pool.append(E)
        rng.shuffle(pool)
        return pool

    def build_hn(t, A):
        if t in ('namesake_other_borough', 'namesake_same_neighbourhood'):
            nm = {k: A[k] for k in ('eth', 'gender', 'given', 'family', 'order')}
            nm.update({'gen': None, 'title': None})
            if t == 'namesake_same_neighbourhood':
                ak = A['akey']
                place = (A['addr']['city'], A['addr']['zip'])
                ar = AREAS[ak]
                up = {'MN': 0.75, 'QN': 0.5, 'BX': 0.55, 'BK': 0.35}.get(ar['boro'], 0.08)
                addr = new_addr(ak, unit_p=up, place=place)
                ch = ['address:other address, same neighbourhood', 'email:different', 'phone:different']
            else:
                boro = AREAS[A['akey']]['boro']
                opts = [k for k in AFF[A['eth']] + NYC_AREAS if AREAS[k]['boro'] != boro]
                ak = rng.choice(opts)
                addr = new_addr(ak, unit_p=0.3)
                ch = ['address:another borough/town', 'email:different', 'phone:different']
            E = person_entity(A['kind'].split('/')[1], A['eth'], A['gender'], ak, name=nm, addr=addr)
            return E, ch
        if t == 'spouse_gendered':
            g2 = 'f' if A['gender'] == 'm' else 'm'
            nm = make_name(A['eth'], g2)
            nm['family'] = feminize(A['family']) if g2 == 'f' else masculinize(A['family'])
            nm['title'] = None
            E = person_entity('homeowner', A['eth'], g2, A['akey'], name=nm, addr=A['addr'])
            return E, ['name:spouse given name', 'name:gendered surname form', 'email:different',
                       'phone:different', 'address:same']
        if t == 'father_son':
            nm = {k: A[k] for k in ('eth', 'gender', 'given', 'family', 'order')}
            nm['gen'] = rng.choice(['Jr.', 'Jr.', 'Sr.'])
            nm['title'] = None
            E = person_entity(rng.choice(['homeowner', 'tradesperson']), A['eth'], 'm', A['akey'], name=nm,
                              addr=A['addr'])
            return E, ['name:generation suffix %s' % nm['gen'], 'email:different', 'phone:different', 'address:same']
        if t == 'pm_other_building':
            E = make_building(ENT[A['manager']])
            return E, ['name:other building', 'address:other building', 'email:same AP', 'phone:same AP']
        if t == 'landlord_other_llc':
            E = make_llc(A['landlord'], 9, near=A if rng.random() < 0.7 else None)
            if not E:
                return None, None
            return E, ['name:other number', 'address:same office', 'email:same', 'phone:same']
        if t == 'chain_other_location':
            ch_ = CHAINS[A['chain']]
            E = make_store(ch_['kind'].split('/')[-1], ch_, rng.choice(ch_['areas']))
            if not E:
                return None, None
            return E, ['name:other location', 'address:other', 'phone:other',
                       'email:same chain AP' if ch_['shared'] else 'email:other store mailbox']
        if t == 'religious_school':
            E = make_school(A, rng.random() < 0.5)
            if not E:
                return None, None
            return E, ['name:institution type', 'email:different', 'phone:different',
                       'address:same campus' if E['addr'] is A['addr'] else 'address:different']
        if t == 'owner_personal':
            n = dict(A['owner'])
            E = person_entity('homeowner', A['owner_eth'], 'm', rng.choice(AFF[A['owner_eth']]), name=n)
            return E, ['type:person vs company', 'address:home', 'email:personal', 'phone:different']

    for t, n in hn_plan:
        pool = anchors_for(t)
        made = 0
        for A in pool:
            if made >= n:
                break
            if t == 'chain_other_location':
                CHAINS[A['chain']]['kind'] = A['kind']
            E, ch = build_hn(t, A)
            if not E:
                continue
            c, fch = variant_noname(E, random.Random(rng.random()))
            P = parse_contact(c)
            if EXI.passes(P) or not inc_ok(P, E['id']):
                continue
            if t in ('namesake_other_borough', 'namesake_same_neighbourhood', 'owner_personal', 'religious_school',
                     'chain_other_location', 'spouse_gendered', 'father_son'):
                if (P['email'] and P['email'][0] in ex_emails) or (P['phone'] and P['phone'] in ex_phones):
                    if t not in ('chain_other_location',):
                        continue
            used_anchor.add(A['id'])
            meta = {'entity': E['id'], 'category': 'hard_negative', 'kind': E['kind'], 'changes': ch + fch,
                    'anchor': A['id'], 'hn_type': t, 'rule': HN_RULE[t]}
            accept(c, meta)
            made += 1
        hn_count[t] = made
    n_hn = sum(hn_count.values())

    # ------------------------------------------------ matches
    n_match_target = 825
    FAILK = Counter()
    ids = [E['id'] for E in existing]
    rng.shuffle(ids)
    match_records = 0
    twice = 0
    profiles = [('light', 35), ('medium', 40), ('harsh', 25)]
    for eid in ids:
        if match_records >= n_match_target:
            break
        E = ENT[eid]
        reps = 2 if (twice < 75 and rng.random() < 0.12 and match_records < n_match_target - 1) else 1
        got = 0
        for r_ in range(reps):
            prof = wchoice(profiles, rng)
            ok = None
            for attempt in range(30):
                p2 = prof if attempt < 20 else 'light'
                r2 = random.Random(rng.random())
                c, ch = variant(E, p2, r2, ref_F=E['ex']['F'], ref_pf=E['ex']['pf'])
                P = parse_contact(c)
                ps = EXI.passes(P)
                if [t for t, _ in ps] != [eid] or not inc_ok(P, eid) or EXI.rivals(P, eid, ps[0][1]):
                    FAILK[E['kind']] += 1
                    continue
                ok = (c, ch, p2, ps[0][1])
                break
            if not ok:
                continue
            c, ch, p2, ev = ok
            accept(c, {'entity': eid, 'category': 'match', 'kind': E['kind'], 'changes': ch, 'profile': p2,
                       'evidence': ev})
            match_records += 1
            got += 1
        if got == 2:
            twice += 1

    # ------------------------------------------------ new customers
    n_new_target = 1500 - n_hn - match_records
    new_kinds = [('contractor', 30), ('homeowner', 22), ('landlord', 8), ('super', 5), ('tradesperson', 8),
                 ('restaurant', 6), ('supermarket', 2), ('laundromat', 3), ('landlord_llc', 4), ('building', 4),
                 ('synagogue', 2), ('church', 2), ('chain', 2)]
    new_records = 0
    pending = []    # list of entities

    def new_entities(k):
        if k == 'contractor':
            return [make_contractor()]
        if k in ('homeowner', 'landlord', 'super', 'tradesperson'):
            for _ in range(30):
                E = person_entity(k)
                P = parse_contact(emit_person(dict({x: E.get(x) for x in ('given', 'family', 'gen', 'title', 'order')})))
                if not person_name_clash(P, person_sigs):
                    return [E]
            return []
        if k in ('restaurant', 'supermarket', 'laundromat'):
            return [make_store(k, None)]
        if k == 'chain':
            ch_, stores = make_chain(rng.choice(['restaurant', 'supermarket', 'laundromat']), 2)
            return stores
        if k == 'landlord_llc':
            owner, llcs = make_landlord(rng.randint(1, 2))
            return llcs
        if k == 'building':
            mgr, blds = make_pm(rng.randint(1, 2))
            return blds
        if k == 'synagogue':
            return [make_synagogue()]
        if k == 'church':
            return [make_church()]

    mult_counts = Counter()
    while new_records < n_new_target:
        k = wchoice(new_kinds, rng)
        try:
            ents = [E for E in new_entities(k) if E]
        except RuntimeError:
            continue
        for E in ents:
            if new_records >= n_new_target:
                break
            left = n_new_target - new_records
            m = 1
            x = rng.random()
            if x < 0.07 and left >= 3:
                m = 3
            elif x < 0.25 and left >= 2:
                m = 2
            recs = []
            for i in range(m):
                ok = None
                for attempt in range(25):
                    prof = 'light' if i == 0 else rng.choice(['light', 'medium', 'medium'])
                    c, ch = variant(E, prof, random.Random(rng.random()), ref_has=ALL_HAS)
                    if i == 0:
                        ch = [x for x in ch if x.split(':')[1] not in ('reformatted',)]
                    P = parse_contact(c)
                    if EXI.passes(P):
                        continue
                    if (P['email'] and P['email'][0] in ex_emails) or (P['phone'] and P['phone'] in ex_phones):
                        continue
                    if not inc_ok(P, E['id']):
                        continue
                    ev = None
                    if i > 0:
                        for Q in recs:
                            ev = link(P, Q)
                            if ev:
                                break
                        if not ev:
                            continue
                    ok = (c, ch, P, ev)
                    break
                if not ok:
                    break
                c, ch, P, ev = ok
                meta = {'entity': E['id'], 'category': 'new', 'kind': E['kind'], 'changes': ch if i else [],
                        'occurrence': i + 1}
                if i:
                    meta['profile'] = 'light' if all(x.split(':')[1] in ('reformatted',) for x in ch) else 'repeat'
                    meta['evidence'] = ev
                    meta['changes'] = ch
                accept(c, meta)
                recs.append(P)
                new_records += 1
            mult_counts[len(recs)] += 1

    # ------------------------------------------------ write
    ex_sorted = sorted(existing, key=lambda E: (contacts[E['id']]['displayName'].casefold(), E['id']))
    order = list(range(len(incoming)))
    rng.shuffle(order)
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as fs, \
            open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as fm:
        for i, E in enumerate(ex_sorted):
            fs.write(json.dumps({'set': 'existing', 'entity': E['id'], 'contact': contacts[E['id']]},
                                ensure_ascii=False) + '\n')
            fm.write(json.dumps({'set': 'existing', 'index': i, 'entity': E['id'], 'category': 'existing',
                                 'kind': E['kind'], 'changes': []}, ensure_ascii=False) + '\n')
        for i, j in enumerate(order):
            c, meta = incoming[j]
            fs.write(json.dumps({'set': 'incoming', 'entity': meta['entity'], 'contact': c},
                                ensure_ascii=False) + '\n')
            m = {'set': 'incoming', 'index': i}
            m.update(meta)
            fm.write(json.dumps(m, ensure_ascii=False) + '\n')
    print('existing %d (org %d, person %d); incoming %d: match %d (entities twice %d), new %d, hard_negative %d'
          % (len(existing), len(orgs), len(persons), len(incoming), match_records, twice, new_records, n_hn))
    print('hard negatives:', dict(hn_count))
    print('new entity multiplicity:', dict(sorted(mult_counts.items())))
    print('match attempts rejected by the guard, by kind:', dict(sorted(FAILK.items())))


if __name__ == '__main__':
    main()
