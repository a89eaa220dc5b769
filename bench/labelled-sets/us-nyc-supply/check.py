#!/usr/bin/env python3
"""check.py - validator for the us-nyc-supply record-linkage benchmark.

Standard library only.  Reads set.jsonl and meta.jsonl next to this file,
recomputes the link rule from the records themselves (it does not import
gen.py and does not trust meta "evidence"), prints statistics and exits 0
only when every check passes.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

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


HERE = os.path.dirname(os.path.abspath(__file__))
FAILS = []


def fail(msg):
    FAILS.append(msg)


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, 'set.jsonl'), encoding='utf-8')]
    metas = [json.loads(l) for l in open(os.path.join(HERE, 'meta.jsonl'), encoding='utf-8')]
    print('lines: set.jsonl %d, meta.jsonl %d' % (len(rows), len(metas)))
    # ---------------- format ----------------
    ckeys = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
    akeys = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
    if len(rows) != 3000 or len(metas) != 3000:
        fail('expected 3000 lines in each file')
    for i, r in enumerate(rows):
        if list(r.keys()) != ['set', 'entity', 'contact']:
            fail('line %d: top-level keys %s' % (i, list(r.keys())))
            continue
        exp = 'existing' if i < 1500 else 'incoming'
        if r['set'] != exp:
            fail('line %d: set %s expected %s' % (i, r['set'], exp))
        if not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            fail('line %d: entity id %r' % (i, r['entity']))
        c = r['contact']
        if list(c.keys()) != ckeys:
            fail('line %d: contact keys %s' % (i, list(c.keys())))
            continue
        if not isinstance(c['displayName'], str) or not c['displayName'].strip():
            fail('line %d: displayName' % i)
        for k in ckeys[1:6]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                fail('line %d: %s must be non-empty str or null' % (i, k))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != akeys:
                fail('line %d: address keys' % i)
            else:
                for k in akeys:
                    if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                        fail('line %d: address.%s' % (i, k))
        if c['phone'] is not None and phone_key(c['phone']) is None:
            fail('line %d: unparseable phone %r' % (i, c['phone']))
        if c['email'] is not None and not re.fullmatch(r'[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}', c['email'].lower()):
            fail('line %d: bad email %r' % (i, c['email']))
        m = metas[i] if i < len(metas) else {}
        if m.get('set') != r['set'] or m.get('entity') != r['entity'] or \
                m.get('index') != (i if i < 1500 else i - 1500):
            fail('line %d: meta misaligned' % i)
        for k in ('category', 'kind', 'changes'):
            if k not in m:
                fail('line %d: meta lacks %s' % (i, k))
    if FAILS:
        return report()
    ex, inc = rows[:1500], rows[1500:]
    exm, incm = metas[:1500], metas[1500:]
    # ---------------- counts / uniqueness ----------------
    ex_ids = [r['entity'] for r in ex]
    if len(set(ex_ids)) != 1500:
        fail('existing entities not distinct')
    dn = Counter(r['contact']['displayName'].casefold() for r in ex)
    dups = [k for k, v in dn.items() if v > 1]
    if dups:
        fail('duplicate existing displayName(s): %s' % dups[:5])
    ex_by_id = {r['entity']: i for i, r in enumerate(ex)}
    if any(m['category'] != 'existing' for m in exm):
        fail('existing meta category')
    n_org = sum(1 for r in ex if r['contact']['companyName'])
    print('existing: %d entities, organisations %d (%.1f%%), persons %d (%.1f%%)'
          % (len(ex), n_org, 100.0 * n_org / 1500, 1500 - n_org, 100.0 * (1500 - n_org) / 1500))
    if not (0.50 <= n_org / 1500.0 <= 0.60):
        fail('organisation share out of range')
    for r, m in zip(ex, exm):
        if (r['contact']['companyName'] is not None) != m['kind'].startswith('org/'):
            fail('kind/type mismatch for %s' % r['entity'])
    cat = Counter(m['category'] for m in incm)
    print('incoming: %d records: match %d (%.1f%%), new %d (%.1f%%), hard_negative %d (%.1f%%)'
          % (len(inc), cat['match'], cat['match'] / 15.0, cat['new'], cat['new'] / 15.0,
             cat['hard_negative'], cat['hard_negative'] / 15.0))
    for k, lo, hi in (('match', 0.52, 0.58), ('new', 0.32, 0.38), ('hard_negative', 0.08, 0.12)):
        if not (lo <= cat[k] / 1500.0 <= hi):
            fail('category %s proportion %.3f out of [%s,%s]' % (k, cat[k] / 1500.0, lo, hi))
    ent_inc = defaultdict(list)
    for j, (r, m) in enumerate(zip(inc, incm)):
        ent_inc[r['entity']].append(j)
    for e, js in ent_inc.items():
        if len(js) > 3:
            fail('entity %s appears %d times among incoming' % (e, len(js)))
        cats = {incm[j]['category'] for j in js}
        if len(cats) != 1:
            fail('entity %s has mixed categories %s' % (e, cats))
        c0 = cats.pop()
        if c0 == 'match' and e not in ex_by_id:
            fail('match entity %s not in existing' % e)
        if c0 in ('new', 'hard_negative') and e in ex_by_id:
            fail('%s entity %s is in existing' % (c0, e))
    # ---------------- parse & index ----------------
    EXP = [parse_contact(r['contact']) for r in ex]
    INP = [parse_contact(r['contact']) for r in inc]
    EX = Index()
    for P, r in zip(EXP, ex):
        EX.add(P, r['entity'])
    ex_emails = {}
    ex_phones = {}
    for P, r in zip(EXP, ex):
        if P['email']:
            ex_emails.setdefault(P['email'][0], set()).add(r['entity'])
        if P['phone']:
            ex_phones.setdefault(P['phone'], set()).add(r['entity'])
    # ---------------- matches ----------------
    prof = Counter()
    evc = Counter()
    evsets = Counter()
    mult = Counter()
    person_strong_ok = 0
    n_match = 0
    for j, (r, m, P) in enumerate(zip(inc, incm, INP)):
        if m['category'] != 'match':
            continue
        n_match += 1
        tgt = r['entity']
        Q = EXP[ex_by_id[tgt]]
        ev = link(P, Q)
        if not ev:
            fail('match %d (%s): link rule fails against its existing record' % (j, tgt))
            continue
        if sorted(ev) != sorted(m.get('evidence', [])):
            fail('match %d: meta evidence %s != recomputed %s' % (j, m.get('evidence'), ev))
        if not P['org']:
            if not any(x in ev for x in ('email', 'email_near', 'phone')):
                fail('match %d: person without e-mail/phone evidence' % j)
            else:
                person_strong_ok += 1
        others = EX.rivals(P, tgt, ev)
        if others:
            fail('match %d (%s): other existing record(s) look at least as good: %s' % (j, tgt, others[:3]))
        prof[m.get('profile')] += 1
        for x in ev:
            evc[x] += 1
        evsets['+'.join(sorted(ev))] += 1
    for e, js in ent_inc.items():
        mult[(incm[js[0]]['category'], len(js))] += 1
    # ---------------- new ----------------
    new_groups = defaultdict(list)
    for j, (r, m, P) in enumerate(zip(inc, incm, INP)):
        if m['category'] != 'new':
            continue
        new_groups[r['entity']].append(j)
        if P['email'] and P['email'][0] in ex_emails:
            fail('new %d shares e-mail with existing %s' % (j, sorted(ex_emails[P['email'][0]])))
        if P['phone'] and P['phone'] in ex_phones:
            fail('new %d shares phone with existing %s' % (j, sorted(ex_phones[P['phone']])))
        ps = EX.passes(P)
        if ps:
            fail('new %d satisfies the link rule with existing %s' % (j, ps[:3]))
    for e, js in new_groups.items():
        if len(js) < 2:
            continue
        # connected by the link rule
        seen = {js[0]}
        frontier = [js[0]]
        while frontier:
            a = frontier.pop()
            for b in js:
                if b not in seen and link(INP[a], INP[b]):
                    seen.add(b)
                    frontier.append(b)
        if len(seen) != len(js):
            fail('new entity %s: its %d incoming records are not linked by the rule' % (e, len(js)))
    # ---------------- hard negatives ----------------
    hnt = Counter()
    for j, (r, m, P) in enumerate(zip(inc, incm, INP)):
        if m['category'] != 'hard_negative':
            continue
        t = m.get('hn_type')
        hnt[t] += 1
        anc = m.get('anchor')
        if anc not in ex_by_id:
            fail('hn %d: anchor %s not in existing' % (j, anc))
            continue
        A = EXP[ex_by_id[anc]]
        ac = ex[ex_by_id[anc]]['contact']
        if link(P, A):
            fail('hn %d (%s): satisfies the link rule with its anchor' % (j, t))
        ps = EX.passes(P)
        if ps:
            fail('hn %d (%s): satisfies the link rule with existing %s' % (j, t, ps[:3]))
        ok = hn_close(t, P, A, r['contact'], ac)
        if ok is not True:
            fail('hn %d (%s): not the designed near miss: %s' % (j, t, ok))
    # ---------------- incoming vs incoming ----------------
    INX = Index()
    for P, r in zip(INP, inc):
        INX.add(P, r['entity'])
    cross = 0
    for j, (P, r) in enumerate(zip(INP, inc)):
        for t, e in INX.passes(P):
            if t != r['entity']:
                cross += 1
                if cross <= 5:
                    fail('incoming %d (%s) links to incoming record of another entity %s' % (j, r['entity'], t))
    if cross > 5:
        fail('... %d cross-entity incoming links in total' % cross)
    # ---------------- statistics ----------------
    print()
    print('existing by kind:')
    for k, v in sorted(Counter(m['kind'] for m in exm).items()):
        print('  %-26s %4d' % (k, v))
    print('incoming by category and kind:')
    for k, v in sorted(Counter((m['category'], m['kind']) for m in incm).items()):
        print('  %-14s %-26s %4d' % (k[0], k[1], v))
    print('entities among incoming by category and multiplicity:')
    for k, v in sorted(mult.items()):
        print('  %-14s x%d  %4d entities' % (k[0], k[1], v))
    print('matches by profile:', dict(sorted(prof.items())))
    print('matches by evidence kind (a match may have several):', dict(sorted(evc.items())))
    print('matches by evidence set:')
    for k, v in sorted(evsets.items(), key=lambda x: -x[1]):
        print('  %-28s %4d' % (k, v))
    print('hard negatives by type:', dict(sorted(hnt.items())))
    ch = Counter()
    for m in incm:
        for c in m['changes']:
            ch[c.split(':')[0] + ':' + c.split(':')[1] if ':' in c else c] += 1
    print('most frequent changes:')
    for k, v in ch.most_common(40):
        print('  %-34s %4d' % (k, v))
    print('person matches with e-mail/phone evidence: %d' % person_strong_ok)
    return report()


def _digits(sigs):
    return {tuple(s[1]) for s in sigs}


def hn_close(t, P, A, pc, ac):
    """True when HN record P is the designed near miss of anchor A."""
    sh_email = email_rel(P['email'], A['email']) is not None
    sh_phone = P['phone'] is not None and P['phone'] == A['phone']
    sh_addr = same_address(P['addr'], A['addr'])
    if t in ('namesake_other_borough', 'namesake_same_neighbourhood'):
        if P['org'] or A['org'] or not person_near(P['person'], A['person']):
            return 'names not near'
        if sh_email or sh_phone or sh_addr:
            return 'shares contact data'
        pa, aa = pc.get('address') or {}, ac.get('address') or {}
        pz, az = (P['addr'] or (0, 0, 0, None))[3], (A['addr'] or (0, 0, 0, None))[3]
        if t == 'namesake_other_borough':
            if pz == az or fold(pa.get('city') or '') == fold(aa.get('city') or ''):
                return 'same ZIP or city'
        else:
            if pz != az and fold(pa.get('city') or '') != fold(aa.get('city') or ''):
                return 'not the same neighbourhood'
        return True
    if t == 'spouse_gendered':
        if P['org'] or A['org']:
            return 'not persons'
        if not sh_addr:
            return 'different address'
        if sh_email or sh_phone:
            return 'shares e-mail/phone'
        fp = ''.join(_ptoks(pc.get('familyName')))
        fa = ''.join(_ptoks(ac.get('familyName')))
        if not gendered(fp, fa):
            return 'surnames not gendered forms %s/%s' % (fp, fa)
        if given_compat(_ptoks(pc.get('givenName')), _ptoks(ac.get('givenName'))):
            return 'same given name'
        return True
    if t == 'father_son':
        if P['org'] or A['org']:
            return 'not persons'
        if not sh_addr:
            return 'different address'
        if sh_email or sh_phone:
            return 'shares e-mail/phone'
        if not person_near(P['person'], A['person']):
            return 'names differ'
        if not (P['person'][0] or A['person'][0]):
            return 'no Jr./Sr. marker'
        return True
    if t == 'pm_other_building':
        if not (P['org'] and A['org']):
            return 'not organisations'
        if not (P['email'] and A['email'] and P['email'][0] == A['email'][0] and sh_phone):
            return 'does not share the manager AP e-mail and phone'
        if sh_addr:
            return 'same address'
        if any(org_near_sig(x, y) for x in P['names'] for y in A['names']):
            return 'names near'
        return True
    if t == 'landlord_other_llc':
        if not (P['org'] and A['org']):
            return 'not organisations'
        if not (P['email'] and A['email'] and P['email'][0] == A['email'][0] and sh_phone and sh_addr):
            return 'does not share office e-mail, phone and address'
        if _digits(P['names']) & _digits(A['names']):
            return 'same number in the name'
        return True
    if t == 'chain_other_location':
        if not (P['org'] and A['org']):
            return 'not organisations'
        if sh_phone or sh_addr:
            return 'shares phone/address'
        best = max(org_score(x, y) for x in P['names'] for y in A['names'])
        if best < 0.5 or best >= 0.8:
            return 'name overlap %.2f not in [0.5,0.8)' % best
        return True
    if t == 'religious_school':
        if not (P['org'] and A['org']):
            return 'not organisations'
        cp = {x[2] for x in P['names']}
        ca = {x[2] for x in A['names']}
        if not ({'school', 'worship'} <= (cp | ca) and not (cp & ca)):
            return 'institution classes %s / %s' % (cp, ca)
        if sh_email or sh_phone:
            return 'shares e-mail/phone'
        return True
    if t == 'owner_personal':
        if P['org'] or not A['org']:
            return 'not person vs organisation'
        own = person_info({'displayName': '%s %s' % (ac.get('givenName') or '', ac.get('familyName') or ''),
                           'givenName': ac.get('givenName'), 'familyName': ac.get('familyName')})
        if not person_near(P['person'], own):
            return "person is not the company's contact"
        if sh_email or sh_addr:
            return 'shares e-mail/address'
        return True
    return 'unknown hn_type %r' % t


def report():
    print()
    if FAILS:
        print('FAILED: %d problem(s)' % len(FAILS))
        for f in FAILS[:60]:
            print('  - ' + f)
        return 1
    print('ALL CHECKS PASSED')
    return 0


if __name__ == '__main__':
    sys.exit(main())
