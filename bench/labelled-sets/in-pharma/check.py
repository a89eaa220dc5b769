#!/usr/bin/env python3
"""
check.py -- validates set.jsonl (and its companion meta.jsonl) of the in-pharma
record-linkage benchmark.  Python 3 standard library only.

    python3 check.py            # exit status 0 = all checks passed

What is checked
  * format: every line is a JSON object with exactly the keys set/entity/contact,
    contact has exactly the 7 fields, address is null or has exactly 6 fields,
    value types are right, displayName is non-empty, country is IN/India/null
  * counts: 1500 existing + 1500 incoming; existing entities are all distinct;
    existing display names are unique (QuickBooks rule)
  * every incoming entity either equals an existing record's entity or no existing
    record's entity, and meta.jsonl agrees (match <=> entity is in existing)
  * no entity appears more than 3 times among incoming records
  * proportions: match ~55 %, new ~35 %, hard negative ~10 % of incoming;
    organisations ~60 % / persons ~40 % of existing
  * link evidence of every match, recomputed here independently of gen.py:
    near-same name plus at least one of same/near e-mail, same phone (up to
    formatting), same address (up to formatting); persons additionally need the
    e-mail or the phone; and no other existing record may look at least as good
  * repeated new customers / hard negatives carry evidence between their records
  * every hard negative is close to its anchor yet decidable by the documented rule
  * new customers share no e-mail / phone with any existing record and do not look
    like an existing record by the match rule
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []
INFO = []


def err(msg):
    ERRORS.append(msg)


# --------------------------------------------------------------------------
def osa(a, b):
    la, lb = len(a), len(b)
    if abs(la - lb) > 3:
        return 9
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


# ------------------------------------------------------------------ names
TITLES = {'dr', 'shri', 'sri', 'shree', 'sree', 'smt', 'kum', 'mr', 'mrs', 'ms', 'miss', 'sister', 'sis', 'sr',
          'thiru', 'tmt', 'sardar'}
DEGREES = {'mbbs', 'md', 'ms', 'bds', 'mds', 'bams', 'bhms', 'dnb', 'dgo', 'dch', 'paed', 'mch', 'dm', 'frcs'}
LEGAL = {'pvt', 'ltd', 'private', 'limited', 'llp'}
DROP = {'and', 'the', 'of', 'ji', 'branch', 'store', 'stores'}
ALIAS = {
    'bandyopadhyay': 'banerjee', 'banerji': 'banerjee', 'chattopadhyay': 'chatterjee', 'chatterji': 'chatterjee',
    'mukhopadhyay': 'mukherjee', 'mukherji': 'mukherjee', 'gangopadhyay': 'ganguly', 'ganguli': 'ganguly',
    'bhattacharjee': 'bhattacharya', 'bhattacharyya': 'bhattacharya', 'chakrabarti': 'chakraborty',
    'chakravarty': 'chakraborty', 'basu': 'bose', 'datta': 'dutta', 'ray': 'roy', 'sircar': 'sarkar',
    'mazumdar': 'majumdar', 'pal': 'paul', 'mandal': 'mondal', 'halder': 'haldar', 'choudhury': 'chowdhury',
    'chaudhary': 'choudhary', 'aggarwal': 'agarwal', 'agrawal': 'agarwal', 'shrivastava': 'srivastava',
    'pande': 'pandey', 'pattnaik': 'patnaik', 'pattanaik': 'patnaik', 'mahanty': 'mohanty',
    'mahapatra': 'mohapatra', 'sahu': 'sahoo', 'tripathy': 'tripathi', 'sheikh': 'shaikh', 'shaik': 'shaikh',
    'sayyed': 'syed', 'sayed': 'syed', 'kureshi': 'qureshi', 'siddiqi': 'siddiqui', 'husain': 'hussain',
    'beg': 'baig', 'faruqui': 'farooqui', 'mohd': 'mohammed', 'muhammad': 'mohammed', 'mohammad': 'mohammed',
    'mohamed': 'mohammed', 'vajpayee': 'bajpai', 'fernandez': 'fernandes', 'rodriques': 'rodrigues',
    'periera': 'pereira', 'gonsalvez': 'gonsalves', 'correa': 'correia', 'mathews': 'mathew',
    'verghese': 'varghese', 'laxmi': 'lakshmi', 'mahalakshmi': 'mahalaxmi', 'sreenivasa': 'srinivasa',
    'shrinivasa': 'srinivasa', 'sreenivasan': 'srinivasan', 'sreenivas': 'srinivas', 'shrinivas': 'srinivas',
    'jahangir': 'jehangir', 'dikshit': 'dixit', 'saksena': 'saxena', 'cauvery': 'kaveri',
    # category words
    'medicals': 'medical', 'stores': 'store', 'medicos': 'medico', 'chemists': 'chemist',
    'druggists': 'druggist', 'hospitals': 'hospital', 'hosp': 'hospital', 'diagnostics': 'diagnostic',
    'center': 'centre', 'laboratory': 'lab', 'labs': 'lab', 'path': 'pathology', 'enterprises': 'enterprise',
    'agencies': 'agency', 'traders': 'trader', 'distributors': 'distributor', 'pharmaceutical': 'pharma',
    'sons': 'son', 'surgicals': 'surgical', 'childrens': 'children', 'orthopaedic': 'ortho',
    'orthopedic': 'ortho', 'homoeo': 'homeo', 'homoeopathic': 'homeo', 'ayurvedic': 'ayurveda',
    'specialty': 'speciality', 'multispecialty': 'multispeciality', 'company': 'co', 'bros': 'brothers',
    'stockists': 'stockist', 'diabetic': 'diabetes', 'vidyalay': 'vidyalaya', 'junior': 'jr', 'josephs': 'joseph',
    'saint': 'st', 'kapur': 'kapoor', 'physiotherapy': 'physio', 'child': 'children',
    # transliteration pairs more than one keystroke apart
    'pradip': 'pradeep', 'sandip': 'sandeep', 'kuldip': 'kuldeep', 'rajiv': 'rajeev', 'sanjiv': 'sanjeev',
    'dipak': 'deepak', 'gurprit': 'gurpreet', 'harjit': 'harjeet', 'baljit': 'baljeet', 'amarjit': 'amarjeet',
    'ranjit': 'ranjeet', 'daljit': 'daljeet', 'paramjit': 'paramjeet', 'inderjit': 'inderjeet', 'wasim': 'waseem',
    'nadim': 'nadeem', 'tarique': 'tariq', 'zahir': 'zaheer', 'karim': 'kareem', 'ramayya': 'ramaiah',
    'tewari': 'tiwari', 'tiwary': 'tiwari', 'mahavir': 'mahaveer', 'madina': 'madeena', 'yousuf': 'yusuf',
    'riyas': 'riyaz', 'firoz': 'feroz', 'jawed': 'javed', 'rehman': 'rahman', 'debasish': 'debashis',
    'srikumar': 'sreekumar', 'minakshi': 'meenakshi', 'annapoorna': 'annapurna', 'sanjivani': 'sanjeevani',
}
BIGRAMS = {('de', 'souza'): 'dsouza', ('d', 'souza'): 'dsouza', ('da', 'costa'): 'dcosta', ('de', 'mello'): 'dmello',
           ('d', 'costa'): 'dcosta', ('poly', 'clinic'): 'polyclinic', ('health', 'care'): 'healthcare',
           ('life', 'sciences'): 'lifesciences', ('medi', 'sales'): 'medisales', ('multi', 'speciality'):
           'multispeciality', ('life', 'care'): 'lifecare', ('well', 'care'): 'wellcare'}


RAW = {}   # canonical token -> a raw spelling seen (for typo tolerance on aliased words)


def raw_forms(t):
    out = {t}
    for k, v in ALIAS.items():
        if v == t:
            out.add(k)
    return out


def name_tokens(name):
    if not name:
        return []
    s = re.sub(r'(?i)\bm/s\.?', ' ', name)
    s = re.sub(r'(?i)\(p\)', ' ', s)
    s = s.replace('&', ' and ')
    s = re.sub(r"[’]", "'", s)
    whole_upper = s.upper() == s
    raw = [t for t in re.split(r'[\s,()/\-]+', s) if t]
    out = []
    for t in raw:
        tl = t.lower()
        if re.fullmatch(r'([a-z]\.){2,}', tl):
            letters = tl.replace('.', '')
            if letters in DEGREES or letters in ('llp', 'pvt', 'ltd'):
                continue
            out.extend(list(letters))
            continue
        tl = re.sub(r"'s$", '', tl)
        t2 = re.sub(r"[.'#:;\"]", '', tl)
        if not t2:
            continue
        if t2 in TITLES or t2 in DEGREES or t2 in LEGAL or t2 in DROP:
            continue
        if (not whole_upper and t.isupper() and 2 <= len(t2) <= 3 and t2.isalpha()
                and t2 not in ('co', 'ent', 'eye') and not re.search(r'[aeiou]', t2)):
            out.extend(list(t2))
            continue
        if t2.endswith('bhai') and len(t2) > 6:
            t2 = t2[:-4]
        elif t2.endswith('ben') and len(t2) > 5:
            t2 = t2[:-3]
        RAW[ALIAS.get(t2, t2)] = t2
        out.append(ALIAS.get(t2, t2))
    city_free = [t for t in out if t not in CITY_WORDS]
    if city_free:
        out = city_free
    if any(t in DEGREES for t in re.findall(r'[a-z]+', s.lower().replace('.', ''))):
        out = [t for t in out if t not in ('ortho', 'paed', 'gen', 'med')]
    res = []
    i = 0
    while i < len(out):
        if i + 1 < len(out) and (out[i], out[i + 1]) in BIGRAMS:
            res.append(BIGRAMS[(out[i], out[i + 1])])
            i += 2
        else:
            res.append(out[i])
            i += 1
    # a leading "S." before a Sikh name is the title Sardar
    if len(res) > 2 and res[0] == 's' and ('singh' in res or 'kaur' in res):
        res = res[1:]
    return res


def fuzzy_any(a, b):
    """typo tolerance that also looks at the un-aliased spellings (Laborattory ~ Laboratory -> lab)"""
    if fuzzy(a, b):
        return True
    ra, rb = RAWF.get(a), RAWF.get(b)
    if ra is None:
        ra = RAWF[a] = raw_forms(a)
    if rb is None:
        rb = RAWF[b] = raw_forms(b)
    return any(fuzzy(x, y) for x in ra for y in rb)


RAWF = {}


def fuzzy(a, b):
    if a == b:
        return True
    m = min(len(a), len(b))
    if m < 4:
        return False
    return osa(a, b) <= 1


def merge_concat(A, B):
    """join adjacent tokens of A when their concatenation is a token of B (Saikrupa / Sai Krupa)"""
    out = []
    i = 0
    while i < len(A):
        if (i + 1 < len(A) and len(A[i]) >= 2 and len(A[i + 1]) >= 2
                and any(fuzzy(A[i] + A[i + 1], b) for b in B if len(b) > 4 and b not in A)):
            out.append(A[i] + A[i + 1])
            i += 2
        else:
            out.append(A[i])
            i += 1
    return out


def name_match(a, b):
    """returns (similar?, score 0..1)"""
    A, B = name_tokens(a), name_tokens(b)
    if not A or not B:
        return False, 0.0
    A, B = merge_concat(A, B), merge_concat(B, A)
    if ''.join(A) == ''.join(B):
        return True, 1.0
    small, big = (A, B) if len(A) <= len(B) else (B, A)
    used = [False] * len(big)
    pending = list(range(len(small)))
    matched = 0
    full = 0
    for phase in (0, 1, 2):
        for i in list(pending):
            t = small[i]
            for j, u in enumerate(big):
                if used[j]:
                    continue
                if phase == 0:
                    ok = t == u
                elif phase == 1:
                    ok = len(t) > 1 and len(u) > 1 and fuzzy_any(t, u)
                else:
                    ok = (len(t) == 1 and u[0] == t) or (len(u) == 1 and t[0] == u)
                if ok:
                    used[j] = True
                    pending.remove(i)
                    matched += 1
                    if phase < 2 and len(t) >= 3:
                        full += 1
                    break
    cov = matched / float(len(small))
    score = matched / float(len(A) + len(B) - matched)
    return (cov >= 0.75 and full >= 1), score


def unmatched(a, b):
    """tokens of name a that find no partner (exact, typo, initial) among the tokens of name b"""
    A, B = name_tokens(a), name_tokens(b)
    used = [False] * len(B)
    left = []
    for t in A:
        hit = False
        for phase in (0, 1, 2):
            for j, u in enumerate(B):
                if used[j]:
                    continue
                if phase == 0:
                    ok = t == u
                elif phase == 1:
                    ok = len(t) > 1 and len(u) > 1 and fuzzy_any(t, u)
                else:
                    ok = (len(t) == 1 and u[0] == t) or (len(u) == 1 and t[0] == u)
                if ok:
                    used[j] = True
                    hit = True
                    break
            if hit:
                break
        if not hit:
            left.append(t)
    return left


# ------------------------------------------------------------------ e-mail / phone
GENERIC = {'accounts', 'info', 'purchase', 'billing', 'admin', 'office', 'contact', 'stores', 'pharmacy',
           'principal', 'hospital', 'school', 'care', 'orders', 'finance', 'mail', 'enquiry', 'lab'}
PROVIDER = {'gmail.com': 'g', 'googlemail.com': 'g', 'yahoo.co.in': 'y', 'yahoo.com': 'y', 'yahoo.in': 'y',
            'ymail.com': 'y', 'rocketmail.com': 'y', 'rediffmail.com': 'r', 'rediff.com': 'r',
            'hotmail.com': 'm', 'hotmail.co.in': 'm', 'outlook.com': 'm', 'outlook.in': 'm'}


def email_ev(a, b):
    if not a or not b:
        return False
    a, b = a.strip().lower(), b.strip().lower()
    if a == b:
        return True
    if '@' not in a or '@' not in b:
        return False
    la, da = a.rsplit('@', 1)
    lb, db = b.rsplit('@', 1)
    dom_close = da == db or osa(da, db) <= 2 or (da in PROVIDER and PROVIDER.get(da) == PROVIDER.get(db))
    if la == lb:
        if dom_close:
            return True
        return la not in GENERIC and len(la) >= 6
    if da == db and la not in GENERIC and lb not in GENERIC and min(len(la), len(lb)) >= 5 and osa(la, lb) <= 1:
        return True
    return False


def phone_norm(p):
    if not p:
        return None
    d = re.sub(r'\D', '', p)
    if len(d) == 12 and d.startswith('91'):
        d = d[2:]
    elif len(d) == 11 and d.startswith('0'):
        d = d[1:]
    return d if len(d) == 10 else None


def phone_ev(a, b):
    x, y = phone_norm(a), phone_norm(b)
    return x is not None and x == y


# ------------------------------------------------------------------ addresses
CITY_ALIAS = {'bombay': 'mumbai', 'mumbai city': 'mumbai', 'poona': 'pune', 'pune city': 'pune',
              'hyd': 'hyderabad', 'hyderabad city': 'hyderabad', 'madras': 'chennai', 'bangalore': 'bengaluru',
              'bengaluru urban': 'bengaluru', 'calcutta': 'kolkata', 'amdavad': 'ahmedabad',
              'ahmadabad': 'ahmedabad', 'jaipur city': 'jaipur', 'lucknow city': 'lucknow', 'cochin': 'kochi',
              'ernakulam': 'kochi', 'kovai': 'coimbatore', 'cbe': 'coimbatore', 'indore city': 'indore',
              'patna city': 'patna', 'bhubaneshwar': 'bhubaneswar', 'bbsr': 'bhubaneswar',
              'nagpur city': 'nagpur', 'vizag': 'visakhapatnam', 'vishakhapatnam': 'visakhapatnam'}
CITY_WORDS = set()
for _k, _v in CITY_ALIAS.items():
    CITY_WORDS.update(_k.split())
    CITY_WORDS.update(_v.split())
ADDR_STOP = {'no', 'shop', 'plot', 'flat', 'door', 'd', 'h', 'house', 's', 'p', 'f', 'office', 'off', 'unit', 'gala',
             'floor', 'ground', 'grd', 'g', 'gf', '1st', 'first', '2nd', 'second', 'flr', 'near', 'nr', 'opp',
             'opposite', 'behind', 'bhd', 'beside', 'next', 'to', 'road', 'rd', 'street', 'st', 'main', 'mn',
             'cross', 'crs', 'nagar', 'ngr', 'colony', 'col', 'apartments', 'apts', 'building', 'bldg', 'society',
             'soc', 'complex', 'cmplx', 'highway', 'hwy', 'avenue', 'ave', 'marg', 'the', 'and', 'of', 'city', 'a',
             'b', 'c', 'no', 'f'} | CITY_WORDS


def city_norm(c):
    if not c:
        return None
    c = c.strip().lower()
    return CITY_ALIAS.get(c, c)


def addr_parts(a):
    if not a:
        return None, None, []
    text = ' '.join(x for x in (a.get('line1'), a.get('line2')) if x)
    pin = None
    if a.get('postalCode'):
        d = re.sub(r'\D', '', a['postalCode'])
        if len(d) == 6:
            pin = d
    m = re.search(r'\b(\d{3})\s?(\d{3})\b', text)
    if not pin and m:
        pin = m.group(1) + m.group(2)
    text = re.sub(r'\b\d{3}\s?\d{3}\b', ' ', text)
    toks = [t for t in re.split(r'[\s,.#]+', text.lower()) if t]
    toks = [t.strip("'-") for t in toks]
    toks = [t for t in toks if t and t not in ADDR_STOP and t != '-']
    return pin, city_norm(a.get('city')), toks


def addr_ev(a, b):
    pa, ca, ta = addr_parts(a)
    pb, cb, tb = addr_parts(b)
    if not ta or not tb:
        return False
    if pa and pb:
        if pa != pb:
            return False
    elif ca != cb:
        return False
    na = [t for t in ta if re.search(r'\d', t)]
    nb = [t for t in tb if re.search(r'\d', t)]
    if na and nb and not (set(na) & set(nb)):
        return False
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    used = [False] * len(big)
    hit = 0
    for t in small:
        for j, u in enumerate(big):
            if not used[j] and (t == u or (not re.search(r'\d', t) and fuzzy(t, u))):
                used[j] = True
                hit += 1
                break
    return hit / float(len(small)) >= 0.6


# --------------------------------------------------------------------------
def strip_disamb(c):
    """QuickBooks forces unique display names, so a bookkeeper adds the locality to a person's name:
    'Gurpreet Singh (Kothrud)'. Drop such a suffix when it repeats the record's own area or city."""
    d = c['displayName']
    m = re.match(r'^(.*?)(?:\s*\(([^()]*)\)|\s+-\s+(.+)|\s+(\d))$', d)
    if not m:
        return d
    suffix = (m.group(2) or m.group(3) or m.group(4) or '').strip().lower()
    a = c['address'] or {}
    where = ' '.join(str(a.get(k) or '') for k in ('line1', 'line2', 'city')).lower()
    if suffix.isdigit() or (suffix and suffix in where):
        return m.group(1)
    return d


def evidence(x, y, person=False):
    """x, y: contact dicts -> (name similar, name score, {email, phone, address})"""
    if person:
        nm, score = name_match(strip_disamb(x), strip_disamb(y))
    else:
        nm, score = name_match(x['displayName'], y['displayName'])
    if not nm and x.get('companyName') and y.get('companyName'):
        # the company-name field may carry the name when the display name is decorated;
        # the score (used to rank competing candidates) stays that of the display names
        nm = name_match(x['companyName'], y['companyName'])[0]
    ev = set()
    if email_ev(x['email'], y['email']):
        ev.add('email')
    if phone_ev(x['phone'], y['phone']):
        ev.add('phone')
    if addr_ev(x['address'], y['address']):
        ev.add('address')
    return nm, score, ev


def is_link(x, y, person):
    nm, score, ev = evidence(x, y, person)
    if not nm or not ev:
        return False, score, ev
    if person and not (ev & {'email', 'phone'}):
        return False, score, ev
    return True, score, ev


# --------------------------------------------------------------------------
def main():
    sp = os.path.join(HERE, 'set.jsonl')
    mp = os.path.join(HERE, 'meta.jsonl')
    recs, metas = [], []
    with open(sp, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as ex:
                err('set.jsonl line %d: not JSON (%s)' % (n, ex))
    with open(mp, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                metas.append(json.loads(line))
            except ValueError as ex:
                err('meta.jsonl line %d: not JSON (%s)' % (n, ex))
    if ERRORS:
        return finish()

    # ---------------- format
    CK = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
    AK = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
    for n, r in enumerate(recs, 1):
        if not isinstance(r, dict) or set(r.keys()) != {'set', 'entity', 'contact'}:
            err('line %d: keys must be set/entity/contact' % n)
            continue
        if r['set'] not in ('existing', 'incoming'):
            err('line %d: bad set %r' % (n, r['set']))
        if not isinstance(r['entity'], str) or not r['entity']:
            err('line %d: entity must be a non-empty string' % n)
        c = r['contact']
        if not isinstance(c, dict) or set(c.keys()) != set(CK):
            err('line %d: contact keys wrong' % n)
            continue
        if not isinstance(c['displayName'], str) or not c['displayName'].strip():
            err('line %d: displayName must be a non-empty string' % n)
        for k in CK[1:6]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                err('line %d: %s must be null or a non-empty string' % (n, k))
        if c['email'] is not None and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[^@\s]+', c['email']):
            err('line %d: malformed e-mail %r' % (n, c['email']))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or set(a.keys()) != set(AK):
                err('line %d: address keys wrong' % n)
                continue
            for k in AK:
                if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                    err('line %d: address.%s must be null or a non-empty string' % (n, k))
            if a['country'] not in ('IN', 'India', None):
                err('line %d: country must be IN/India/null' % n)
            if a['postalCode'] is not None and not re.fullmatch(r'\d{3} ?\d{3}', a['postalCode']):
                err('line %d: PIN %r is not 6 digits' % (n, a['postalCode']))
    if ERRORS:
        return finish()

    ex = [r for r in recs if r['set'] == 'existing']
    inc = [r for r in recs if r['set'] == 'incoming']
    if len(ex) != 1500:
        err('existing count %d != 1500' % len(ex))
    if len(inc) != 1500:
        err('incoming count %d != 1500' % len(inc))
    ex_by = {}
    for r in ex:
        if r['entity'] in ex_by:
            err('two existing records share entity %s' % r['entity'])
        ex_by[r['entity']] = r
    seen_dn = {}
    for r in ex:
        k = r['contact']['displayName'].strip().lower()
        if k in seen_dn:
            err('existing display name not unique: %r' % r['contact']['displayName'])
        seen_dn[k] = 1

    # ---------------- meta alignment
    if len(metas) != len(recs):
        err('meta.jsonl has %d lines, set.jsonl %d' % (len(metas), len(recs)))
        return finish()
    counters = {'existing': 0, 'incoming': 0}
    for n, (r, m) in enumerate(zip(recs, metas), 1):
        for k in ('set', 'index', 'entity', 'category', 'changes'):
            if k not in m:
                err('meta line %d: missing %s' % (n, k))
        if m.get('set') != r['set'] or m.get('entity') != r['entity']:
            err('meta line %d does not describe set line %d' % (n, n))
        if m.get('index') != counters[r['set']]:
            err('meta line %d: index %r, expected %d' % (n, m.get('index'), counters[r['set']]))
        counters[r['set']] += 1
        if not isinstance(m.get('changes'), list):
            err('meta line %d: changes must be a list' % n)
        cat = m.get('category')
        if r['set'] == 'existing' and cat != 'existing':
            err('meta line %d: existing record with category %r' % (n, cat))
        if r['set'] == 'incoming':
            if cat not in ('match', 'new', 'hard_negative'):
                err('meta line %d: bad category %r' % (n, cat))
            in_ex = r['entity'] in ex_by
            if in_ex != (cat == 'match'):
                err('meta line %d: category %s but entity %s existing' % (n, cat, 'is' if in_ex else 'is not'))
            if cat == 'match' and not m['changes']:
                err('meta line %d: match without change description' % n)
    if ERRORS:
        return finish()

    # ---------------- every incoming entity equals some existing entity or none (by construction of ids)
    n_in_ex = sum(1 for r in inc if r['entity'] in ex_by)
    INFO.append('incoming records whose entity is an existing entity: %d; whose entity is in no existing record: %d'
                % (n_in_ex, len(inc) - n_in_ex))

    # ---------------- repeats
    occ = {}
    for r in inc:
        occ[r['entity']] = occ.get(r['entity'], 0) + 1
    too = [e for e, k in occ.items() if k > 3]
    if too:
        err('%d entities appear more than 3 times among incoming' % len(too))
    hist = {}
    for k in occ.values():
        hist[k] = hist.get(k, 0) + 1
    INFO.append('incoming entity multiplicity: ' + ', '.join('%dx: %d' % kv for kv in sorted(hist.items())))

    # ---------------- proportions
    inc_meta = [m for m in metas if m['set'] == 'incoming']
    ex_meta = [m for m in metas if m['set'] == 'existing']
    cnt = {}
    for m in inc_meta:
        cnt[m['category']] = cnt.get(m['category'], 0) + 1
    for cat, target, tol in (('match', 0.55, 0.03), ('new', 0.35, 0.03), ('hard_negative', 0.10, 0.02)):
        share = cnt.get(cat, 0) / float(len(inc_meta))
        if abs(share - target) > tol:
            err('incoming %s share %.3f outside %.2f +- %.2f' % (cat, share, target, tol))
    orgs = sum(1 for m in ex_meta if m.get('kind', '').startswith('org/'))
    if ex_meta and 'kind' in ex_meta[0]:
        share = orgs / float(len(ex_meta))
        if abs(share - 0.60) > 0.05:
            err('existing organisation share %.3f outside 0.60 +- 0.05' % share)
        INFO.append('existing: %d organisations, %d persons' % (orgs, len(ex_meta) - orgs))
    INFO.append('incoming categories: ' + ', '.join('%s=%d (%.1f%%)' % (k, v, 100.0 * v / len(inc_meta))
                                                      for k, v in sorted(cnt.items())))

    kind_of = {}
    for m in metas:
        kind_of[m['entity']] = m.get('kind', '')

    # ---------------- indexes over existing (for ambiguity / accidental-overlap checks)
    idx_phone, idx_email, idx_local, idx_pin = {}, {}, {}, {}
    for r in ex:
        c = r['contact']
        p = phone_norm(c['phone'])
        if p:
            idx_phone.setdefault(p, []).append(r)
        if c['email']:
            e = c['email'].lower()
            idx_email.setdefault(e, []).append(r)
            loc = e.split('@')[0]
            if loc not in GENERIC:
                idx_local.setdefault(loc, []).append(r)
        pin, _, toks = addr_parts(c['address'])
        if pin:
            idx_pin.setdefault(pin, []).append(r)

    def candidates(c):
        out = {}
        p = phone_norm(c['phone'])
        if p:
            for r in idx_phone.get(p, []):
                out[r['entity']] = r
        if c['email']:
            e = c['email'].lower()
            for r in idx_email.get(e, []):
                out[r['entity']] = r
            loc = e.split('@')[0]
            for r in idx_local.get(loc, []):
                out[r['entity']] = r
        pin, _, _ = addr_parts(c['address'])
        if pin:
            for r in idx_pin.get(pin, []):
                out[r['entity']] = r
        return out

    # ---------------- matches: link evidence + no better competitor
    ev_hist = {}
    for r, m in zip(recs, metas):
        if m['category'] != 'match':
            continue
        person = kind_of[r['entity']].startswith('person/')
        tgt = ex_by[r['entity']]
        ok, score, ev = is_link(r['contact'], tgt['contact'], person)
        if not ok:
            nm, sc, evs = evidence(r['contact'], tgt['contact'], person)
            err('match without acceptable evidence: incoming #%d %r vs existing %r (name similar=%s, %s; '
                'changes=%s)' % (m['index'], r['contact']['displayName'], tgt['contact']['displayName'], nm,
                                sorted(evs), m['changes']))
            continue
        key = '+'.join(['name'] + sorted(ev))
        ev_hist[key] = ev_hist.get(key, 0) + 1
        for oid, o in candidates(r['contact']).items():
            if oid == r['entity']:
                continue
            ok2, s2, ev2 = is_link(r['contact'], o['contact'], kind_of[oid].startswith('person/'))
            # a competitor is a problem when its name fits at least as well and it has at least as much
            # contact evidence (a careful reader decides on the name first: outlet, "Pharmacy", Jr. ...)
            if ok2 and (s2 > score + 1e-9 or (abs(s2 - score) < 1e-9 and len(ev2) >= len(ev))):
                err('ambiguous match: incoming #%d %r links at least as well to %r (%s) as to its own %r (%s)'
                    % (m['index'], r['contact']['displayName'], o['contact']['displayName'], sorted(ev2),
                       tgt['contact']['displayName'], sorted(ev)))
    INFO.append('match evidence (recomputed): ' + ', '.join('%s=%d' % kv for kv in sorted(ev_hist.items())))

    # ---------------- repeated new customers / hard negatives link to each other
    groups = {}
    for r, m in zip(recs, metas):
        if m['set'] == 'incoming' and m['category'] != 'match':
            groups.setdefault(r['entity'], []).append(r)
    n_rep = 0
    for ent, rs in groups.items():
        if len(rs) < 2:
            continue
        n_rep += 1
        person = kind_of[ent].startswith('person/')
        ok = any(is_link(rs[i]['contact'], rs[j]['contact'], person)[0]
                 for i in range(len(rs)) for j in range(i + 1, len(rs)))
        if not ok:
            err('repeated new entity %s: its records carry no link evidence (%r / %r)'
                % (ent, rs[0]['contact']['displayName'], rs[1]['contact']['displayName']))
    INFO.append('new / hard-negative entities with more than one incoming record: %d' % n_rep)

    # ---------------- hard negatives
    hn_types = {}
    hn_close = {}
    for r, m in zip(recs, metas):
        if m['category'] != 'hard_negative':
            continue
        t = m.get('hn_type')
        hn_types[t] = hn_types.get(t, 0) + 1
        a = ex_by.get(m.get('anchor'))
        if a is None:
            err('hard negative #%d: anchor %r is not an existing record' % (m['index'], m.get('anchor')))
            continue
        if a['entity'] == r['entity']:
            err('hard negative #%d has the entity of its anchor' % m['index'])
        x, y = r['contact'], a['contact']
        nm, score, ev = evidence(x, y)
        tx, ty = name_tokens(x['displayName']), name_tokens(y['displayName'])
        overlap = len(set(tx) & set(ty)) / float(max(1, min(len(set(tx)), len(set(ty)))))
        close = bool(nm or overlap >= 0.5 or ev)
        hn_close.setdefault(r['entity'], []).append((close, m['index'], t, x['displayName'], y['displayName']))
        cx = city_norm(x['address']['city']) if x['address'] else None
        cy = city_norm(y['address']['city']) if y['address'] else None
        no_contact = 'email' not in ev and 'phone' not in ev
        if t == 'father_son':
            marker = ('jr' in tx) != ('jr' in ty)
            ok = no_contact and (marker or not nm or bool(unmatched(x['displayName'], y['displayName'])))
        elif t == 'namesake_doctor':
            ok = no_contact and (cx is None or cy is None or cx != cy)
        elif t == 'namesake_same_city':
            ok = no_contact and 'address' not in ev
        elif t == 'chain_other_outlet':
            ok = set(tx) != set(ty) and 'address' not in ev
        elif t == 'hospital_pharmacy':
            ok = ('pharmacy' in tx) != ('pharmacy' in ty)
        elif t == 'trust_sibling':
            sch = {'school', 'vidyalaya'}
            ok = bool(sch & set(tx)) != bool(sch & set(ty))
        elif t == 'sister_firm':
            ok = not nm
        elif t == 'proprietor_vs_firm':
            ok = not nm
        else:
            ok = False
            err('hard negative #%d: unknown type %r' % (m['index'], t))
        if not ok:
            err('hard negative #%d (%s) not decidable by the documented rule: %r vs %r (ev=%s)'
                % (m['index'], t, x['displayName'], y['displayName'], sorted(ev)))
    for ent, lst in hn_close.items():
        if not any(c for c, _, _, _, _ in lst):
            _, i, t, dx, dy = lst[0]
            err('hard negative #%d (%s) is not close to its anchor: %r vs %r' % (i, t, dx, dy))
    INFO.append('hard negative types: ' + ', '.join('%s=%d' % kv for kv in sorted(hn_types.items())))

    # ---------------- new customers must not look like existing ones
    namesakes = 0
    for r, m in zip(recs, metas):
        if m['category'] != 'new':
            continue
        c = r['contact']
        p = phone_norm(c['phone'])
        if p and p in idx_phone:
            err('new record #%d shares phone with existing %r' % (m['index'], idx_phone[p][0]['contact']['displayName']))
        if c['email'] and c['email'].lower() in idx_email:
            err('new record #%d shares e-mail with an existing record' % m['index'])
        person = kind_of[r['entity']].startswith('person/')
        for oid, o in candidates(c).items():
            ok2, s2, ev2 = is_link(c, o['contact'], person)
            if ok2:
                err('new record #%d %r looks like existing %r (%s)' % (m['index'], c['displayName'],
                                                                      o['contact']['displayName'], sorted(ev2)))
        if any('namesake' in ch for ch in m['changes']):
            namesakes += 1
    INFO.append('new records that are natural namesakes of an existing customer in another city: %d' % namesakes)
    return finish()


def finish():
    for line in INFO:
        print('info: ' + line)
    if ERRORS:
        for e in ERRORS[:60]:
            print('ERROR: ' + e)
        if len(ERRORS) > 60:
            print('... %d more errors' % (len(ERRORS) - 60))
        print('FAILED (%d errors)' % len(ERRORS))
        return 1
    print('OK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
