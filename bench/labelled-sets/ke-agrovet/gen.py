#!/usr/bin/env python3
"""Generator for the synthetic labelled benchmark "ke-agrovet".

Rift Valley Agro Supplies Ltd (invented), Nakuru, Kenya: QuickBooks Online customer list
(existing) + upstream records (incoming).  Python 3 standard library only.
Usage: python3 gen.py [--out DIR]
"""
import json, os, re, sys, random, itertools

SEED = 4072024
R = random.Random(SEED)

# ----------------------------------------------------------------------------- keys / rules
APOS = "'\u2019`\u00b4"
TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'rev', 'hon', 'mzee', 'pastor', 'fr', 'prof', 'eng', 'bishop', 'canon'}
PARTICLES = {'bin', 'binti', 'ole', 'arap', 'wa'}
NICKS = {'joseph': ['joe'], 'margaret': ['maggie', 'peggy'], 'elizabeth': ['liz', 'betty'],
         'catherine': ['cate', 'kate'], 'james': ['jim'], 'peter': ['pete'], 'samuel': ['sam'],
         'daniel': ['dan'], 'stephen': ['steve'], 'anthony': ['tony'], 'michael': ['mike'],
         'patrick': ['pat'], 'nicholas': ['nick'], 'susan': ['sue'], 'rebecca': ['becky'],
         'charles': ['charlie'], 'francis': ['frank'], 'edwin': ['eddie'], 'geoffrey': ['geoff'],
         'kennedy': ['ken'], 'caroline': ['carol'], 'florence': ['flo'], 'veronica': ['vero'],
         'josephine': ['josie'], 'robert': ['bob'], 'benson': ['ben'], 'zachary': ['zack']}
NICK2CANON = {}
for _c in sorted(NICKS):
    for _n in NICKS[_c]:
        NICK2CANON[_n] = _c
ABBR = {'fcs': ['farmers', 'cooperative', 'society'], 'coop': ['cooperative'], 'ent': ['enterprises'],
        'shg': ['self', 'help', 'group'], 'soc': ['society'], 'gen': ['general'], 'dept': ['department'],
        'govt': ['government'], 'sec': ['secondary'], 'sch': ['school'], 'st': ['saint'], 'co': ['company']}
LEGAL = {'ltd', 'limited', 'k', 'kenya', 'company', 'plc', 'u', 't'}
GENERIC = {'agrovet', 'agrovets', 'agro', 'vet', 'and', 'general', 'stores', 'store', 'enterprises',
           'cooperative', 'society', 'farmers', 'sacco', 'self', 'help', 'group', 'women', 'youth',
           'the', 'of', 'high', 'school', 'secondary', 'boys', 'girls', 'church', 'parish',
           'department', 'county', 'government', 'dairy', 'centre', 'center', 'saint', 'ltd',
           'limited', 'company', 'k', 'kenya', 'u', 't'}
TRADE = {'agrovet', 'agrovets', 'agro', 'vet', 'enterprises', 'ent', 'stores', 'store', 'traders', 'agencies', 'hardware', 'shop'}
TOWNS = {  # display: (postcode, region, phone area code, squeezed key)
    'Nakuru': ('20100', 'Nakuru', '51'), 'Molo': ('20106', 'Nakuru', '51'), 'Njoro': ('20107', 'Nakuru', '51'),
    'Naivasha': ('20117', 'Nakuru', '50'), 'Gilgil': ('20116', 'Nakuru', '50'), 'Rongai': ('20108', 'Nakuru', '51'),
    'Subukia': ('20109', 'Nakuru', '51'), 'Bahati': ('20113', 'Nakuru', '51'), 'Nyahururu': ('20300', 'Laikipia', '65'),
    'Ol Kalou': ('20303', 'Nyandarua', '65'), 'Eldoret': ('30100', 'Uasin Gishu', '53'),
    'Kitale': ('30200', 'Trans Nzoia', '54'), 'Kericho': ('20200', 'Kericho', '52'), 'Litein': ('20210', 'Kericho', '52'),
    'Londiani': ('20203', 'Kericho', '52'), 'Bomet': ('20400', 'Bomet', '52'), 'Sotik': ('20227', 'Bomet', '52'),
    'Narok': ('20500', 'Narok', '50'), 'Kisii': ('40200', 'Kisii', '58'), 'Nyamira': ('40500', 'Nyamira', '58'),
    'Nyeri': ('10100', 'Nyeri', '61'), 'Nanyuki': ('10400', 'Laikipia', '62'), 'Kiambu': ('00900', 'Kiambu', '66'),
    'Githunguri': ('00216', 'Kiambu', '66'), 'Limuru': ('00217', 'Kiambu', '66'), 'Nairobi': ('00100', 'Nairobi', '20'),
    'Kapsabet': ('30300', 'Nandi', '53'), 'Iten': ('30700', 'Elgeyo Marakwet', '53'), 'Meru': ('60200', 'Meru', '64'),
    'Kabarnet': ('30400', 'Baringo', '53'), 'Eldama Ravine': ('20103', 'Baringo', '51'),
}
FOREIGN_TOWNS = {'UG': ['Kampala', 'Mbale', 'Jinja', 'Mbarara', 'Tororo'],
                 'TZ': ['Arusha', 'Moshi', 'Mwanza', 'Musoma', 'Dar es Salaam']}
TOWN_KEYS = set()
for _t in list(TOWNS) + FOREIGN_TOWNS['UG'] + FOREIGN_TOWNS['TZ']:
    TOWN_KEYS.add(re.sub(r'[^a-z]', '', _t.lower()))
PC2TOWN = {TOWNS[t][0]: re.sub(r'[^a-z]', '', t.lower()) for t in TOWNS}
BOX_RE = re.compile(r'(?:\bp\s*\.?\s*o\s*\.?\s*box|\bbox|\bs\s*\.?\s*l\s*\.?\s*p\b\.?)\s*(?:no\.?\s*)?:?\s*(\d+)')
LR_RE = re.compile(r'\bl\s*\.?\s*r\b\s*\.?\s*(?:no\.?)?\s*(\d+(?:/\d+)*)')
UNIT_RE = re.compile(r'\b(shop|plot|stall|room|office|suite|house|hse|flat|door)\s*(?:no\.?|number|#)?\s*(\d+[a-z]?)\b')
PCX_RE = re.compile(r'(?:box\s*\d+\s*[-\u2013,]?\s*)(\d{5})\b')


def squeeze(s):
    s = s.casefold()
    for c in APOS:
        s = s.replace(c, '')
    return re.sub(r'[^0-9a-z]', '', s)


def toks(s):
    s = s.casefold()
    for c in APOS:
        s = s.replace(c, '')
    return re.findall(r'[0-9a-z]+', s)


def exp_toks(s):
    s = s.casefold()
    for c in APOS:
        s = s.replace(c, '')
    s = s.replace('co-operative', 'cooperative').replace('co-op', 'coop')
    out = []
    for t in re.findall(r'[0-9a-z]+', s):
        out.extend(ABBR.get(t, [t]))
    return out


def strip_legal(ts):
    ts = list(ts)
    while ts and ts[-1] in LEGAL:
        ts.pop()
    return ts


def org_core(name):
    return tuple(sorted(set(t for t in strip_legal(exp_toks(name)) if t not in GENERIC)))


def canon_tok(t):
    return NICK2CANON.get(t, t)


def person_tokens(rec):
    parts = []
    for f in ('givenName', 'familyName'):
        if rec.get(f):
            parts.append(rec[f])
    if rec.get('companyName') is None and rec.get('displayName'):
        dt = toks(rec['displayName'])
        if not (set(dt) & TRADE):
            parts.append(rec['displayName'])
    out = set()
    for p in parts:
        for t in toks(p):
            if len(t) > 1 and t not in TITLES and t not in PARTICLES:
                out.add(canon_tok(t))
    return out


def person_pairs(rec):
    return set(itertools.combinations(sorted(person_tokens(rec)), 2))


def phone_keys(s):
    if not s:
        return set()
    out = set()
    for part in re.split(r'\s*(?:/|,|;|\bor\b|&)\s*', s):
        d = re.sub(r'\D', '', part)
        if len(d) == 12 and d[:3] in ('254', '255', '256'):
            out.add(d)
        elif len(d) == 10 and d[0] == '0':
            out.add('254' + d[1:])
        elif len(d) == 9 and d[0] in '17':
            out.add('254' + d)
    return out


def addr_text_fields(a):
    return [a.get(k) or '' for k in ('line1', 'line2', 'city', 'region', 'postalCode', 'country')]


def find_town(s):
    ts = toks(s)
    for i in range(len(ts)):
        for n in (3, 2, 1):
            if i + n <= len(ts) and ''.join(ts[i:i + n]) in TOWN_KEYS:
                return ''.join(ts[i:i + n])
    return ''


def addr_parts(a):
    """(town, box, unit) of an address dict."""
    if not a:
        return None
    l1, l2, city, region, pc, country = addr_text_fields(a)
    low = ' '.join([l1, l2]).casefold()
    m = BOX_RE.search(low)
    box = m.group(1) if m else ''
    unit = ''
    m = LR_RE.search(low)
    if m:
        unit = 'lr' + m.group(1)
    else:
        m = UNIT_RE.search(low)
        if m:
            unit = {'hse': 'house'}.get(m.group(1), m.group(1)) + m.group(2)
    town = find_town(city)
    if not town and pc.strip() in PC2TOWN:
        town = PC2TOWN[pc.strip()]
    if not town:
        m = PCX_RE.search(low)
        if m and m.group(1) in PC2TOWN:
            town = PC2TOWN[m.group(1)]
    if not town:
        town = find_town(l1) or find_town(l2) or find_town(region)
    return (town, box, unit)


def addr_key(a):
    p = addr_parts(a)
    if p is None:
        return None
    return '|'.join(p)


def addr_strong(k):
    if not k:
        return False
    town, box, unit = k.split('|')
    return bool(town) and bool(box or unit)


def addr_tokens(a):
    out = []
    for f in addr_text_fields(a):
        out.extend(toks(f))
    return sorted(out)


def lev(a, b):
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 1:
        return 2
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def submultiset(a, b):
    """a strict sub-multiset of b"""
    if len(a) >= len(b):
        return False
    bb = list(b)
    for t in a:
        if t in bb:
            bb.remove(t)
        else:
            return False
    return True


def first_letters_ok(a, b):
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x[:1] == y[:1] for x, y in zip(wa, wb))


def no_title(ts):
    return [t for t in ts if t not in TITLES]


QUAL_RE = re.compile(r'^(.*?)(?: \([^()]+\)| - \d+)$')
CARRIER_RE = re.compile(r'safaricom|airtel|telkom', re.I)


def has_cc(s):
    return bool(re.search(r'(?:^|[^\d])\+?25[456]', s or ''))


def name_pred(label, field, a, b, E, I, is_person):
    if label == 'missing':
        return a is not None and b is None
    if label == 'added':
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    cf = a.casefold() == b.casefold()
    if label == 'case':
        return cf
    if cf:
        return False
    if label == 'typo':
        return lev(a, b) == 1 and first_letters_ok(a, b)
    if label == 'format':
        return squeeze(a) == squeeze(b)
    if label == 'apostrophe':
        x, y = a, b
        for c in APOS:
            x, y = x.replace(c, ''), y.replace(c, '')
        return x == y and any(c in a + b for c in APOS)
    ea, eb = exp_toks(a), exp_toks(b)
    if label == 'nickname':
        return [canon_tok(t) for t in ea] == [canon_tok(t) for t in eb] and ea != eb
    if label == 'title':
        return no_title(ea) == no_title(eb) and [t for t in ea if t in TITLES] != [t for t in eb if t in TITLES]
    if label == 'reorder':
        return sorted(ea) == sorted(eb) and ea != eb
    if label == 'initials':
        ta, tb = no_title(ea), no_title(eb)
        if len(ta) != len(tb) or ta == tb:
            return False
        ini = 0
        for x, y in zip(ta, tb):
            if x == y:
                continue
            if (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
                ini += 1
            else:
                return False
        return ini > 0
    if label == 'partial':
        return submultiset(eb, ea)
    if label == 'extension':
        return submultiset(ea, eb)
    if label == 'abbreviation':
        return ea == eb and toks(a) != toks(b)
    if label == 'legal_suffix':
        return strip_legal(ea) == strip_legal(eb) and ea != eb
    if label == 'qualifier':
        for x, y in ((a, b), (b, a)):
            m = QUAL_RE.match(x)
            if m and m.group(1) == y:
                return True
        return False
    if label == 'married_name':
        if not is_person:
            return False
        ta, tb = toks(a), toks(b)
        if not (set(tb) - set(ta)):
            return False
        if field == 'displayName':
            na, nb = no_title(ta), no_title(tb)
            return bool(na) and bool(nb) and canon_tok(na[0]) == canon_tok(nb[0])
        return squeeze(a) != squeeze(b)
    if label == 'trade_name':
        return bool(set(toks(a)) & TRADE) != bool(set(toks(b)) & TRADE)
    if label == 'moved':
        other = {'givenName': 'familyName', 'familyName': 'givenName'}.get(field)
        return other is not None and E.get(other) is not None and squeeze(b) == squeeze(E[other])
    if label == 'changed':
        return squeeze(a) != squeeze(b) and not (lev(a, b) == 1 and first_letters_ok(a, b))
    return False


def email_pred(label, a, b):
    if label == 'missing':
        return a is not None and b is None
    if label == 'added':
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    x, y = a.casefold(), b.casefold()
    if label == 'case':
        return x == y
    if x == y:
        return False
    if label == 'typo':
        return lev(x, y) == 1 and x[0] == y[0]
    if label == 'domain':
        return x.split('@')[0] == y.split('@')[0] and x.split('@')[-1] != y.split('@')[-1]
    if label == 'changed':
        return lev(x, y) > 1 and x.split('@')[0] != y.split('@')[0]
    return False


def phone_pred(label, a, b):
    if label == 'missing':
        return a is not None and b is None
    if label == 'added':
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    ka, kb = phone_keys(a), phone_keys(b)
    if label == 'format':
        return bool(ka) and ka == kb
    if label == 'country_code':
        return bool(ka) and ka == kb and has_cc(a) != has_cc(b)
    if label == 'carrier_label':
        return bool(ka) and ka == kb and sorted(x.lower() for x in CARRIER_RE.findall(a)) != sorted(x.lower() for x in CARRIER_RE.findall(b))
    if label == 'extension':
        return bool(ka) and ka < kb
    if label == 'partial':
        return bool(kb) and kb < ka
    da, db = re.sub(r'\D', '', a), re.sub(r'\D', '', b)
    if label == 'typo':
        return ka != kb and lev(da, db) == 1
    if label == 'changed':
        return not (ka & kb) and lev(da, db) > 1
    return False


def addr_pred(label, a, b):
    if label == 'missing':
        return a is not None and b is None
    if label == 'added':
        return a is None and b is not None
    if a is None or b is None or a == b:
        return False
    fa, fb = addr_text_fields(a), addr_text_fields(b)
    cf = [x.casefold() for x in fa] == [y.casefold() for y in fb]
    if label == 'case':
        return cf
    if cf:
        return False
    ta, tb = addr_tokens(a), addr_tokens(b)
    if label == 'moved':
        return ta == tb
    if label == 'format':
        return ta != tb and addr_key(a) == addr_key(b)
    if label == 'typo':
        diff = [(x, y) for x, y in zip(fa, fb) if x != y]
        return len(diff) == 1 and lev(diff[0][0], diff[0][1]) == 1 and first_letters_ok(*diff[0])
    if label == 'partial':
        return submultiset(tb, ta)
    if label == 'extension':
        return submultiset(ta, tb)
    if label == 'changed':
        return addr_key(a) != addr_key(b)
    return False


FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']


def label_ok(field, label, E, I, is_person):
    a, b = E.get(field), I.get(field)
    if field == 'email':
        return email_pred(label, a, b)
    if field == 'phone':
        return phone_pred(label, a, b)
    if field == 'address':
        return addr_pred(label, a, b)
    return name_pred(label, field, a, b, E, I, is_person)


ORDER = {'email': ['missing', 'added', 'case', 'typo', 'domain', 'changed'],
         'phone': ['missing', 'added', 'format', 'extension', 'partial', 'typo', 'changed'],
         'address': ['missing', 'added', 'case', 'moved', 'format', 'typo', 'partial', 'extension', 'changed']}
NAME_ORDER = ['missing', 'added', 'case', 'apostrophe', 'format', 'typo', 'nickname', 'title', 'abbreviation',
              'legal_suffix', 'qualifier', 'reorder', 'initials', 'partial', 'extension', 'moved', 'changed']


def classify(E, I, is_person):
    out = []
    for f in FIELDS:
        if E.get(f) == I.get(f):
            continue
        for lab in ORDER.get(f, NAME_ORDER):
            if label_ok(f, lab, E, I, is_person):
                out.append(f + ':' + lab)
                break
        else:
            return None
    return out


# ----------------------------------------------------------------------------- name data
CHR_M = ['John', 'Peter', 'Joseph', 'James', 'David', 'Samuel', 'Daniel', 'Stephen', 'Paul', 'Francis', 'Patrick',
         'Charles', 'George', 'Michael', 'Simon', 'Anthony', 'Robert', 'Moses', 'Isaac', 'Jacob', 'Benson', 'Geoffrey',
         'Kennedy', 'Dennis', 'Vincent', 'Wilson', 'Julius', 'Philip', 'Thomas', 'Martin', 'Henry', 'Erick', 'Boniface',
         'Lawrence', 'Nicholas', 'Edwin', 'Collins', 'Brian', 'Duncan', 'Evans', 'Gideon', 'Josphat', 'Zachary',
         'Elijah', 'Nahashon', 'Wycliffe', 'Alfred', 'Richard', 'Albert', 'Cyrus', 'Harrison', 'Jackson', 'Titus',
         'Silas', 'Reuben', 'Amos', 'Caleb', 'Ezekiel', 'Fredrick', 'Humphrey']
CHR_F = ['Mary', 'Margaret', 'Elizabeth', 'Catherine', 'Grace', 'Jane', 'Lucy', 'Esther', 'Ruth', 'Faith', 'Joyce',
         'Alice', 'Agnes', 'Rose', 'Ann', 'Beatrice', 'Caroline', 'Dorcas', 'Eunice', 'Florence', 'Gladys', 'Hellen',
         'Irene', 'Josephine', 'Judith', 'Lydia', 'Mercy', 'Monica', 'Naomi', 'Priscilla', 'Rachael', 'Sarah', 'Susan',
         'Teresia', 'Veronica', 'Winnie', 'Purity', 'Emily', 'Tabitha', 'Rebecca', 'Salome', 'Damaris', 'Phyllis',
         'Leah', 'Pauline', 'Janet', 'Edith', 'Jacinta', 'Loise', 'Christine']
COMM = {  # community: (male names, female names, surnames)
    'kikuyu': (['Kamau', 'Mwangi', 'Njoroge', 'Kariuki', 'Maina', 'Kimani', 'Githinji', 'Ngugi', 'Gitau', 'Ndungu',
                'Waweru', 'Karanja', 'Mbugua', 'Muriuki', "Ng'ang'a", "Ng'ethe", 'Gachanja', 'Kinyua', 'Wachira',
                'Macharia', 'Irungu', 'Kuria', 'Njuguna', 'Githaiga', 'Kahiga', 'Mugo', 'Nderitu', 'Gichuki'],
               ['Wanjiru', 'Njeri', 'Wanjiku', 'Wairimu', 'Nyambura', 'Wambui', 'Muthoni', 'Njambi', 'Wangari',
                'Wangui', 'Nyokabi', 'Wacera', 'Waithera', 'Wangeci', 'Gathoni', 'Wamaitha'], None),
    'luo': (['Otieno', 'Odhiambo', "Ochieng'", 'Onyango', 'Owino', 'Omondi', 'Okoth', 'Ouma', 'Oduor', 'Okello',
             'Ogola', 'Opiyo', 'Otieno', 'Omolo', 'Ojwang', 'Odera'],
            ["Achieng'", 'Akinyi', 'Atieno', 'Adhiambo', 'Awino', 'Anyango', 'Auma', 'Akoth', 'Apiyo', 'Aoko'], None),
    'kalenjin': (['Kiprono', 'Kipchoge', 'Kiprotich', 'Kipkemboi', 'Kibet', 'Kiptoo', 'Kipkirui', 'Kiplagat',
                  'Kipngeno', 'Kipruto', 'Kipyegon', 'Kimutai'],
                 ['Chebet', 'Chepkoech', 'Jepkosgei', 'Chepngetich', 'Jeptoo', 'Cherono', 'Jepchirchir', 'Chelimo',
                  'Chepkemoi', 'Jelagat'],
                 ['Langat', 'Koech', 'Rotich', 'Cheruiyot', 'Ruto', 'Kosgei', 'Tanui', 'Bett', 'Kirui', 'Mutai',
                  'Sang', 'Keter', 'Biwott', 'Chirchir', 'Yegon', 'Too']),
    'luhya': (['Wafula', 'Wanjala', 'Barasa', 'Wekesa', 'Simiyu', 'Wanyama', 'Masinde', 'Makokha', 'Shikuku', 'Khisa',
               'Mukhwana', 'Wamalwa', 'Juma', 'Oduya'],
              ['Nafula', 'Nekesa', 'Nasimiyu', 'Nanjala', 'Naliaka', 'Khadija', 'Namalwa'], None),
    'kamba': (['Mutua', 'Musyoka', 'Kioko', 'Mutiso', 'Muthama', 'Kilonzo', 'Musau', 'Kyalo', 'Ndunda', 'Mwanzia',
               'Nzioka', 'Kitheka'],
              ['Mwende', 'Mbithe', 'Nduku', 'Mumbua', 'Mwikali', 'Kavata', 'Ndinda'], None),
    'kisii': (['Ongeri', 'Nyakundi', 'Omwenga', 'Onsongo', 'Mokaya', 'Nyamweya', 'Ombati', 'Bosire', 'Momanyi',
               'Nyangau', 'Ondieki', 'Orina'],
              ['Nyaboke', 'Kerubo', 'Moraa', 'Kemunto', 'Bochaberi', 'Kwamboka', 'Nyanchama'], None),
    'meru': (['Mwiti', 'Kirimi', 'Murithi', 'Mutwiri', 'Gitonga', 'Kinoti', 'Kaimenyi', 'Mugambi', 'Mbaabu',
              'Muthuri'],
             ['Kathure', 'Kagendo', 'Nkatha', 'Karimi', 'Kawira', 'Makena', 'Gatwiri'], None),
    'maasai': (['Sankale', 'Nkaissery', 'Ntimama', 'Lenku', 'Parsimei', 'Kisemei', 'Leshan', 'Metito', 'Saitoti',
                'Sakuda'],
               ['Naisula', 'Nasieku', 'Nkoitiko', 'Naserian', 'Silantoi', 'Nashipai'],
               ['Ole Sankale', 'Ole Nkaissery', 'Ole Ntimama', 'Ole Lenku', 'Ole Kina', 'Ole Parsimei',
                'Ole Kisemei', 'Ole Metito', 'Ole Sakuda', 'Ole Tipis']),
}
MUS_M = ['Mohamed', 'Ali', 'Hassan', 'Omar', 'Juma', 'Salim', 'Bakari', 'Rashid', 'Abdalla', 'Athman', 'Swaleh',
         'Said', 'Abdi', 'Hussein', 'Farah', 'Ahmed', 'Yusuf', 'Ibrahim', 'Aden', 'Osman', 'Abdullahi', 'Ismail',
         'Warsame', 'Mahat', 'Noor']
MUS_F = ['Mwanajuma', 'Fatuma', 'Mwanaisha', 'Zainab', 'Amina', 'Halima', 'Fadumo', 'Hodan', 'Sahra', 'Mariam',
         'Khadija', 'Asha']
UG = (['Mukasa', 'Ssemwanga', 'Okello', 'Tumusiime', 'Byaruhanga', 'Kato', 'Nsubuga', 'Ssali', 'Mugisha', 'Wasswa'],
      ['Nakato', 'Namubiru', 'Atuhaire', 'Nabirye', 'Nalubega', 'Akello'])
TZ = (['Mushi', 'Massawe', 'Lyimo', 'Swai', 'Kimaro', 'Mrema', 'Temba', 'Urio', 'Minja', 'Shirima', 'Mollel', 'Laizer'],
      ['Neema', 'Upendo', 'Rehema', 'Happiness', 'Anande', 'Mwajuma'])
COMM_W = [('kikuyu', 30), ('kalenjin', 18), ('luo', 12), ('luhya', 10), ('kamba', 6), ('kisii', 7), ('meru', 5),
          ('maasai', 4), ('coastal', 4), ('somali', 4)]

PLACES = ['Rongai', 'Njoro', 'Molo', 'Elburgon', 'Subukia', 'Bahati', 'Kabazi', 'Mau Narok', 'Olenguruone', 'Kuresoi',
          'Gilgil', 'Longonot', 'Mai Mahiu', 'Ndaragwa', 'Kinangop', 'Engineer', 'Ndunyu Njeru', 'Githunguri', 'Lari',
          'Londiani', 'Kipkelion', 'Litein', 'Sotik', 'Turbo', 'Burnt Forest', 'Endebess', 'Kiminini', 'Keroka',
          'Othaya', 'Karatina', 'Timau', 'Kilgoris', 'Salgaa', 'Mogotio', 'Marigat', 'Lanet', 'Kiamunyi', 'Menengai',
          'Dundori', 'Nessuit', 'Mauche', 'Sachangwan', 'Kapkures', 'Solai', 'Mbaruk', 'Majani Mingi', 'Ngata',
          'Kampi ya Moto', 'Mwisho wa Lami', 'Tegat', 'Kaptagat', 'Moiben', 'Chebunyo', 'Kapsoit', 'Kabianga',
          'Ainamoi', 'Chepseon', 'Keringet', 'Kamara', 'Mariashoni', 'Sigor', 'Kabiyet', 'Lessos', 'Nandi Hills',
          'Kaplong', 'Ndanai', 'Mulot', 'Ololunga', 'Ewaso Ngiro', 'Suswa', 'Kijabe', 'Uplands', 'Kagwe', 'Gatundu',
          'Kamwangi', 'Gakoe', 'Ikinu', 'Komothai', 'Kiganjo', 'Mweiga', 'Naromoru', 'Kiawara', 'Wanjohi', 'Kipipiri',
          'Geta', 'Mirangine', 'Shamata', 'Kasuku', 'Leshau', 'Oljoro Orok', 'Rumuruti', 'Sipili', 'Kinamba',
          'Mutara', 'Marmanet', 'Igwamiti', 'Kwa Mbira', 'Gwa Kiongo', 'Tiriki', 'Cherangany', 'Kachibora',
          'Saboti', 'Sirende', 'Matunda', 'Moi Bridge', 'Ziwa', 'Soy', 'Kapseret', 'Kesses', 'Tarakwa', 'Chepkorio',
          'Kamwosor', 'Tambach', 'Kaptarakwa', 'Chepsigot', 'Bureti', 'Roret', 'Kapkatet', 'Cheborge', 'Kiptere',
          'Nyansiongo', 'Manga', 'Ekerenyo', 'Kebirigo', 'Magombo', 'Rigoma', 'Nyaramba', 'Gesima', 'Mosocho']
PLACES = sorted(set(PLACES), key=PLACES.index)
WORDS = ['Baraka', 'Neema', 'Upendo', 'Tumaini', 'Amani', 'Jamii', 'Mavuno', 'Shamba', 'Mkulima', 'Ukulima',
         'Savanna', 'Summit', 'Sunrise', 'Evergreen', 'Fahari', 'Jubilee', 'Zawadi', 'Bidii', 'Faida', 'Imani',
         'Harambee', 'Kilimo', 'Mazao', 'Kijani', 'Highland', 'Greenfield', 'Riverside', 'Hillside', 'Kilele',
         'Nuru', 'Furaha', 'Heshima', 'Tujenge', 'Maendeleo', 'Ushindi', 'Umoja', 'Juhudi', 'Tegemeo', 'Afya',
         'Bora', 'Pamoja', 'Salama', 'Mwangaza', 'Chemchem', 'Milele', 'Uzima', 'Rehema', 'Kibali', 'Hekima', 'Nyota',
         'Golden', 'Silverline', 'Crestview', 'Meadow', 'Valley View', 'Lakeview', 'Sunset', 'Eagle', 'Rhino',
         'Acacia', 'Jacaranda', 'Mvule', 'Mugumo', 'Simba', 'Tausi', 'Twiga', 'Kifaru', 'Kasuku', 'Nyati', 'Pundamilia']
SAINTS_M = ['Joseph', 'Paul', 'Peter', 'John', 'Andrew', 'Patrick', 'Francis', 'Stephen', 'Mark', 'Luke', 'Matthew',
            'James', 'Thomas', 'Anthony', 'Augustine', 'Charles Lwanga', 'Kizito']
SAINTS_F = ['Mary', 'Teresa', 'Monica', 'Cecilia', 'Anne', 'Bakhita', 'Clare', 'Agnes', 'Bernadette', 'Lucy']
SAINTS = SAINTS_M + SAINTS_F
STREETS = ['Kenyatta Avenue', 'Moi Road', 'Uhuru Road', 'Market Street', 'Station Road', 'Hospital Road', 'Court Road',
           'Oginga Odinga Road', 'Tom Mboya Street', 'Biashara Street', 'Ronald Ngala Street', 'Temple Road',
           'Bank Street', 'Gusii Road', 'Club Road', 'Mosque Road', 'Factory Road', 'Kipchoge Street']
BUILDINGS = ['Mache House', 'Baraka Plaza', 'Jamii Centre', 'Kijabe House', 'Gatehouse Plaza', 'Tuskys Arcade',
             'Jubilee Centre', 'Mololine House', 'Bishop Plaza', 'Gilani Building', 'Kabarak Towers', 'Menengai Plaza',
             'Acacia Complex', 'Furaha Plaza', 'Sokoni Arcade', 'Imani House', 'Ngara Building', 'Kimathi House']
FLOORS = ['Ground Flr', 'Ground Floor', '1st Floor', '1st Flr', '2nd Flr', '2nd Floor', '3rd Floor', 'Mezzanine Floor']
LANDMARKS = ['Opposite Total Petrol Station', "Next to Chief's Camp", 'Off Nakuru-Eldoret Highway',
             'Behind Naivas Supermarket', 'Near Bus Stage', 'Opp. Equity Bank', 'Next to KCB', 'Near Posta',
             'Behind Quickmart', 'Next to Kenya Seed Stores', 'Opposite Police Station', 'Near Catholic Church',
             'Next to KFA Stores', 'Near Matatu Stage', 'Opposite Rubis Petrol Station', "Behind D.O.'s Office",
             'Next to Cattle Dip', 'Near Milk Cooling Plant']
COUNTIES = ['Nakuru', 'Nyandarua', 'Baringo', 'Laikipia', 'Kericho', 'Bomet', 'Uasin Gishu', 'Trans Nzoia', 'Narok',
            'Kiambu', 'Nyeri', 'Kisii', 'Nyamira', 'Elgeyo Marakwet', 'Nandi', 'Meru']
COUNTY_HQ = {'Nakuru': 'Nakuru', 'Nyandarua': 'Ol Kalou', 'Baringo': 'Kabarnet', 'Laikipia': 'Nanyuki',
             'Kericho': 'Kericho', 'Bomet': 'Bomet', 'Uasin Gishu': 'Eldoret', 'Trans Nzoia': 'Kitale',
             'Narok': 'Narok', 'Kiambu': 'Kiambu', 'Nyeri': 'Nyeri', 'Kisii': 'Kisii', 'Nyamira': 'Nyamira',
             'Elgeyo Marakwet': 'Iten', 'Nandi': 'Kapsabet', 'Meru': 'Meru'}
DEPTS = ['Agriculture', 'Livestock Development', 'Veterinary Services', 'Fisheries', 'Co-operative Development',
         'Water and Irrigation', 'Early Childhood Education', 'Trade and Industrialisation', 'Environment and Natural Resources',
         'Lands and Physical Planning']
TOWN_W = [('Nakuru', 25), ('Molo', 8), ('Njoro', 7), ('Naivasha', 8), ('Gilgil', 4), ('Rongai', 5), ('Subukia', 3),
          ('Bahati', 3), ('Nyahururu', 6), ('Ol Kalou', 5), ('Eldoret', 8), ('Kitale', 6), ('Kericho', 6),
          ('Litein', 2), ('Londiani', 2), ('Bomet', 3), ('Sotik', 1), ('Narok', 3), ('Kisii', 4), ('Nyamira', 2),
          ('Nyeri', 3), ('Nanyuki', 2), ('Kiambu', 2), ('Githunguri', 2), ('Limuru', 2), ('Nairobi', 2),
          ('Kapsabet', 2), ('Iten', 1), ('Meru', 2), ('Kabarnet', 2), ('Eldama Ravine', 2)]
TOWN_VARIANTS = {'Nakuru': ['Nakuru Town', 'Nakuru CBD'], 'Ol Kalou': ['Olkalou', 'Ol-Kalou'],
                 'Eldoret': ['Eldoret Town'], 'Kisii': ['Kisii Town'], 'Kitale': ['Kitale Town'],
                 'Eldama Ravine': ['Eldama-Ravine'], 'Nairobi': ['Nairobi CBD'], 'Kericho': ['Kericho Town'],
                 'Naivasha': ['Naivasha Town'], 'Molo': ['Molo Town']}

SAF = ['710', '711', '712', '713', '714', '715', '716', '717', '718', '719', '720', '721', '722', '723', '724', '725',
       '726', '727', '728', '729', '740', '741', '742', '743', '745', '746', '748', '757', '758', '759', '768', '769',
       '790', '791', '792', '793', '794', '795', '796', '797', '798', '799', '110', '111', '112', '113', '114', '115']
AIR = ['730', '731', '732', '733', '734', '735', '736', '737', '738', '739', '750', '751', '752', '753', '754', '755',
       '756', '780', '781', '782', '783', '784', '785', '786', '787', '788', '789', '100', '101', '102']
TEL = ['770', '771', '772', '773', '774', '775', '776', '777', '778', '779']


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------- registries
class Reg:
    def __init__(self):
        self.emails = {}      # key -> set(entity)
        self.phones = {}
        self.addrs = {}
        self.ids = set()
        self.nsn = set()
        self.boxes = set()
        self.units = set()

    def new_id(self):
        while True:
            e = 'c%07x' % R.getrandbits(28)
            if e not in self.ids:
                self.ids.add(e)
                return e


REG = Reg()


def fresh_nsn(kind='mobile', town=None, cc='254'):
    while True:
        if cc != '254':
            n = R.choice(['77', '78', '70', '75', '71']) + '%07d' % R.randrange(10 ** 7)
        elif kind == 'land':
            n = TOWNS[town][2] + '2' + '%06d' % R.randrange(10 ** 6)
        else:
            p = wchoice([(SAF, 70), (AIR, 22), (TEL, 8)])
            n = R.choice(p) + '%06d' % R.randrange(10 ** 6)
        if cc + n not in REG.nsn:
            REG.nsn.add(cc + n)
            return (cc, n)


def carrier(cc, n):
    if cc != '254':
        return None
    p = n[:3]
    return 'Safaricom' if p in SAF else 'Airtel' if p in AIR else 'Telkom' if p in TEL else None


def render_num(cc, n, style):
    land = cc == '254' and len(n) == 9 and n[0] in '2456' and n[:3] not in SAF + AIR + TEL
    if cc != '254':
        st = style if style in ('intl_sp', 'intl_plain', 'intl_noplus', 'intl_dash') else 'intl_sp'
    else:
        st = style
    if land:
        a, r = n[:2], n[2:]
        return {'sp': '0%s %s' % (a, r), 'dash': '0%s-%s' % (a, r), 'plain': '0' + n, 'paren': '(0%s) %s' % (a, r),
                'intl_sp': '+254 %s %s' % (a, r), 'intl_plain': '+254' + n, 'intl_noplus': '254' + n,
                'intl_dash': '+254-%s-%s' % (a, r), 'sp3': '0%s %s %s' % (a, r[:3], r[3:])}.get(st, '0%s %s' % (a, r))
    a, b, c = n[:3], n[3:6], n[6:]
    return {'sp': '0%s %s%s' % (a, b, c), 'dash': '0%s-%s-%s' % (a, b, c), 'plain': '0' + n,
            'paren': '(0%s) %s%s' % (a, b, c), 'intl_sp': '+%s %s %s%s' % (cc, a, b, c),
            'intl_plain': '+%s%s' % (cc, n), 'intl_noplus': '%s%s' % (cc, n),
            'intl_dash': '+%s-%s-%s-%s' % (cc, a, b, c), 'sp3': '0%s %s %s' % (a, b, c)}[st]


PH_STYLES = [('sp', 30), ('plain', 25), ('dash', 8), ('intl_sp', 12), ('intl_plain', 8), ('intl_noplus', 6),
             ('intl_dash', 4), ('sp3', 6), ('paren', 1)]


def render_phone(ph):
    """ph = {'nums': [(cc,n)], 'styles': [...], 'labels': bool, 'joiner': str}"""
    parts = []
    for (cc, n), st in zip(ph['nums'], ph['styles']):
        s = render_num(cc, n, st)
        if ph['labels']:
            c = carrier(cc, n)
            if c:
                s = c + ': ' + s
        parts.append(s)
    return ph['joiner'].join(parts) if parts else None


def new_phone(n=1, town=None, cc='254', land=False):
    nums = []
    for i in range(n):
        if land and i == 0 and cc == '254' and town in TOWNS:
            nums.append(fresh_nsn('land', town))
        else:
            nums.append(fresh_nsn('mobile', town, cc))
    st = wchoice(PH_STYLES)
    styles = [st if chance(0.8) else wchoice(PH_STYLES) for _ in nums]
    return {'nums': nums, 'styles': styles, 'labels': n > 1 and chance(0.25),
            'joiner': R.choice([' / ', ' / ', ', ', '/', ' or '])}


# ----------------------------------------------------------------------------- people
def new_person(gender=None, comm=None, country='KE', married_ok=True):
    g = gender or R.choice('MF')
    if country == 'UG':
        given = R.choice(CHR_M if g == 'M' else CHR_F)
        mid = R.choice(UG[1]) if g == 'F' and chance(0.5) else None
        return {'g': g, 'given': given, 'mid': mid, 'fam': R.choice(UG[0]), 'part': None, 'comm': 'ug', 'hus': None}
    if country == 'TZ':
        given = R.choice(CHR_M if g == 'M' else CHR_F + TZ[1])
        return {'g': g, 'given': given, 'mid': R.choice(TZ[0]) if chance(0.4) else None, 'fam': R.choice(TZ[0]),
                'part': None, 'comm': 'tz', 'hus': None}
    c = comm or wchoice(COMM_W)
    if c in ('coastal', 'somali'):
        given = R.choice(MUS_M if g == 'M' else MUS_F)
        fam = R.choice([x for x in MUS_M if x != given])
        if c == 'coastal' and chance(0.5):
            return {'g': g, 'given': given, 'mid': None, 'fam': fam, 'part': 'bin' if g == 'M' else 'binti',
                    'comm': c, 'hus': None}
        mid = R.choice([x for x in MUS_M if x not in (given, fam)])
        return {'g': g, 'given': given, 'mid': mid, 'fam': fam, 'part': None, 'comm': c, 'hus': None}
    male, female, sur = COMM[c]
    sur = sur or male
    given = R.choice(CHR_M if g == 'M' else CHR_F)
    fam = R.choice(sur)
    mid = None
    if chance(0.75):
        mid = R.choice(male if g == 'M' else female)
        if mid == fam:
            mid = None
    hus = None
    if g == 'F' and married_ok and chance(0.45):
        hc = wchoice(COMM_W[:8])
        hm, _, hs = COMM[hc]
        hus = R.choice(hs or hm)
        if hus in (fam, mid):
            hus = None
    return {'g': g, 'given': given, 'mid': mid, 'fam': fam, 'part': None, 'comm': c, 'hus': hus}


def full_name(p):
    ws = [p['given']]
    if p['part']:
        ws.append(p['part'])
    if p['mid']:
        ws.append(p['mid'])
    ws.append(p['fam'])
    return ' '.join(ws)


def initials_form(p):
    ws = [p['given']] + ([p['mid']] if p['mid'] else [])
    sep = R.choice(['.', '. '])
    return sep.join(w[0] for w in ws) + '. ' + p['fam']


def title_for(p, kind=None):
    if kind == 'clergy':
        return R.choice(['Rev.', 'Pastor', 'Fr.'] if p['g'] == 'M' else ['Rev.', 'Pastor'])
    if kind == 'vet':
        return 'Dr.'
    if p['g'] == 'M':
        return wchoice([('Mr.', 40), ('Mzee', 15), ('Dr.', 8), ('Hon.', 6), ('Eng.', 3), ('Mr', 10)])
    return wchoice([('Mrs.', 50), ('Ms.', 15), ('Dr.', 6), ('Hon.', 4), ('Mrs', 10)])


def email_local(p):
    g, m, f = [squeeze(x) if x else '' for x in (p['given'], p['mid'], p['fam'])]
    opts = [g + f, g + '.' + f, f + g, g + '.' + f + str(R.randint(60, 99)), (m or f) + f + str(R.randint(1, 99)),
            g[0] + (m[:1] if m else '') + f, (m + '.' + f) if m else g + '_' + f, f + '.' + g,
            g + (m or f) + str(R.randint(1970, 2002)), (m or g) + str(R.randint(10, 999))]
    return R.choice(opts)


def fresh_email(local, domains):
    local = re.sub(r'[^a-z0-9._]', '', local.lower()).strip('.') or 'mkulima'
    for i in range(200):
        l2 = local if i == 0 else local + str(R.randint(1, 999))
        e = l2 + '@' + R.choice(domains)
        if e not in REG.emails and not near_email(e):
            REG.emails[e] = set()
            return e
    raise RuntimeError('email')


class NearIndex:
    """finds strings within one edit (deletion neighbourhood filter + exact check)"""
    def __init__(self):
        self.d = {}
        self.all = set()

    @staticmethod
    def dels(s):
        return [s] + [s[:i] + s[i + 1:] for i in range(len(s))]

    def add(self, s):
        if s in self.all:
            return
        self.all.add(s)
        for v in self.dels(s):
            self.d.setdefault(v, []).append(s)

    def near(self, s, exclude=None):
        for v in self.dels(s):
            for x in self.d.get(v, ()):
                if x != exclude and lev(x, s) <= 1:
                    return True
        return False


EMAIL_NEAR = NearIndex()


def near_email(e):
    return EMAIL_NEAR.near(e.casefold())


def reg_email(e):
    if e:
        k = e.casefold()
        REG.emails.setdefault(k, set())
        EMAIL_NEAR.add(k)


PDOM = [('gmail.com', 70), ('yahoo.com', 12), ('yahoo.co.uk', 5), ('hotmail.com', 6), ('outlook.com', 4),
        ('ymail.com', 3)]


def person_email(p):
    return fresh_email(email_local(p), [wchoice(PDOM)])


# ----------------------------------------------------------------------------- addresses
def box_str(n):
    return wchoice([('P.O. Box %s', 35), ('P.O Box %s', 12), ('P. O. Box %s', 8), ('PO Box %s', 12),
                    ('Box %s', 8), ('P.O.BOX %s', 5), ('PO BOX %s', 8), ('P.o. Box %s', 3)]) % n


def fresh_box(town, small=False):
    while True:
        n = str(R.randint(10, 999) if small else R.randint(100, 9999))
        if (town, n) not in REG.boxes:
            REG.boxes.add((town, n))
            return n


def fresh_unit(town, kind):
    while True:
        n = str(R.randint(1, 250 if kind == 'Shop' else 999))
        if kind == 'Shop' and chance(0.1):
            n += R.choice('AB')
        if (town, kind, n) not in REG.units:
            REG.units.add((town, kind, n))
            return n


def new_addr(town, country='KE', box=None, physical=None, pc_style=None):
    """returns comps dict"""
    if country != 'KE':
        return {'country': country, 'town': town, 'box': box or fresh_box(town), 'pc': None, 'phys': None,
                'landmark': None, 'region': None}
    pc = TOWNS[town][0]
    return {'country': 'KE', 'town': town, 'box': box, 'pc': pc, 'phys': physical, 'landmark': None,
            'region': TOWNS[town][1]}


def render_addr(c, caps=False):
    if c['country'] != 'KE':
        if c['country'] == 'UG':
            l1 = R.choice(['P.O. Box %s', 'P.O Box %s', 'Box %s']) % c['box']
            ctry = R.choice(['Uganda', 'Uganda', 'UG'])
        else:
            l1 = R.choice(['S.L.P. %s', 'S.L.P %s', 'P.O. Box %s', 'SLP %s']) % c['box']
            ctry = R.choice(['Tanzania', 'Tanzania', 'TZ'])
        if chance(0.5):
            a = {'line1': l1 + ', ' + c['town'], 'line2': None, 'city': None, 'region': None, 'postalCode': None,
                 'country': ctry}
        else:
            a = {'line1': l1, 'line2': None, 'city': c['town'], 'region': None, 'postalCode': None, 'country': ctry}
        return a
    town_disp = c['town']
    if c['town'] in TOWN_VARIANTS and chance(0.3):
        town_disp = R.choice(TOWN_VARIANTS[c['town']])
    phys = c['phys']
    if c['landmark']:
        phys = (phys + ', ' if phys else '') + c['landmark']
    l1 = l2 = city = pc = None
    if c['box']:
        b = box_str(c['box'])
        mode = wchoice([('dash', 35), ('field', 30), ('spdash', 8), ('none', 17), ('comma', 10)])
        if mode == 'dash':
            b += '-' + c['pc']
        elif mode == 'spdash':
            b += ' - ' + c['pc']
        elif mode == 'field':
            pc = c['pc']
        elif mode == 'comma':
            b += ', ' + c['pc']
        if chance(0.15):
            b += ', ' + town_disp
            city = None if chance(0.6) else town_disp
        else:
            city = town_disp
        if phys:
            if chance(0.7):
                l1, l2 = phys, b
            else:
                l1, l2 = b, phys
            if chance(0.5):
                l1, l2 = b, phys
        else:
            l1 = b
    else:
        parts = phys.split(', ')
        if len(parts) > 1 and chance(0.6):
            l1, l2 = parts[0], ', '.join(parts[1:])
        else:
            l1 = phys
        city = town_disp
        if chance(0.3):
            pc = c['pc']
    region = None
    if chance(0.45):
        region = c['region'] + (' County' if chance(0.6) else '')
    country = R.choice(['Kenya', 'Kenya', 'Kenya', 'KE']) if chance(0.55) else None
    a = {'line1': l1, 'line2': l2, 'city': city, 'region': region, 'postalCode': pc, 'country': country}
    if caps:
        a = {k: (v.upper() if v else v) for k, v in a.items()}
    return a


def shop_phys(town, building=None):
    bld = building or R.choice(BUILDINGS)
    st = R.choice(STREETS)
    unit = 'Shop No. %s' % fresh_unit(town, 'Shop')
    form = R.randrange(3)
    if form == 0:
        return '%s, %s, %s' % (st, bld, unit), bld
    if form == 1:
        return '%s %s, %s, %s' % (bld, R.choice(FLOORS), unit, st), bld
    return '%s, %s %s, %s' % (st, bld, R.choice(FLOORS), unit), bld


def plot_phys(town):
    return 'Plot No. %s, %s' % (fresh_unit(town, 'Plot'), R.choice(STREETS + ['Njoro Road', 'Kabarak Road',
                                                                            'Eldoret Road', 'Nyeri Road']))


def lr_phys(town):
    a = R.randint(100, 9999)
    while ('lr', a) in REG.units:
        a = R.randint(100, 9999)
    REG.units.add(('lr', a))
    return R.choice(['L.R. No. %d/%d', 'LR No. %d/%d', 'L.R %d/%d']) % (a, R.randint(1, 120)) + \
        R.choice(['', ', ' + R.choice(PLACES) + ' Farm'])


# ----------------------------------------------------------------------------- customers
def cust_rec(c, caps=False, lower=False):
    a = render_addr(c['addr'], caps) if c['addr'] else None
    rec = {'displayName': c['display'], 'givenName': c['givenName'], 'familyName': c['familyName'],
           'companyName': c['companyName'], 'email': c['email'],
           'phone': render_phone(c['phone']) if c['phone'] else None, 'address': a}
    if caps or lower:
        f = (lambda s: s.upper()) if caps else (lambda s: s.lower())
        for k in ('displayName', 'givenName', 'familyName', 'companyName'):
            if rec[k]:
                rec[k] = f(rec[k])
        if caps and rec['email'] and chance(0.5):
            rec['email'] = rec['email'].upper()
        if lower and a:
            rec['address'] = {k: (v.lower() if v else v) for k, v in a.items()}
    return rec


def person_fields(p, title=None, form=None):
    form = form or wchoice([('full', 55), ('given_fam', 15), ('fam_first', 8), ('mid_given', 5), ('initials', 5),
                            ('title_full', 12)])
    if p['part'] and form in ('mid_given', 'initials'):
        form = 'full'
    if not p['mid'] and form == 'mid_given':
        form = 'fam_first'
    if form == 'full':
        d = full_name(p)
    elif form == 'given_fam':
        d = p['given'] + ' ' + p['fam']
    elif form == 'fam_first':
        d = p['fam'] + ' ' + p['given'] + (' ' + p['mid'] if p['mid'] else '')
    elif form == 'mid_given':
        d = p['mid'] + ' ' + p['given']
    elif form == 'initials':
        d = initials_form(p)
    else:
        d = (title or title_for(p)) + ' ' + full_name(p)
    gv = wchoice([('given', 75), ('given_mid', 10), ('none', 5), ('mid', 10)])
    if gv == 'given_mid' and p['mid']:
        given = p['given'] + ' ' + p['mid']
    elif gv == 'mid' and p['mid'] and form == 'mid_given':
        given = p['mid']
    elif gv == 'none':
        given = None
    else:
        given = p['given']
    fv = wchoice([('fam', 80), ('mid_fam', 10), ('none', 4)])
    if fv == 'mid_fam' and p['mid'] and given != p['given'] + ' ' + p['mid']:
        fam = p['mid'] + ' ' + p['fam']
    elif fv == 'none' and given:
        fam = None
    else:
        fam = p['fam'] if not p['part'] else p['part'] + ' ' + p['fam'] if chance(0.5) else p['fam']
    if form == 'mid_given' and given == p['given']:
        fam = p['mid']
    return d, given, fam


def pick_town():
    return wchoice(TOWN_W)


def make_person(kind, country='KE', town=None, p=None, addr=None, phone=None, email='auto', title=None):
    p = p or new_person(country=country)
    town = town or (R.choice(FOREIGN_TOWNS[country]) if country != 'KE' else pick_town())
    ptitle = title
    if kind == 'person/professional' and not title:
        ptitle = title_for(p, R.choice(['vet', 'clergy', None]))
    if kind == 'person/large_farmer' and not title and chance(0.4):
        ptitle = title_for(p)
    form = 'title_full' if ptitle and chance(0.8) else None
    d, g, f = person_fields(p, ptitle, form)
    if kind == 'person/sole_trader':
        base = R.choice([p['fam'], p['given'] + ' ' + p['fam'], p['mid'] or p['fam'], initials_form(p)])
        d = base + ' ' + wchoice([('Agrovet', 35), ('Enterprises', 25), ('General Stores', 20), ('Agro-Vet', 8),
                                  ('Agrovet & General Stores', 7), ('Traders', 5)])
    if addr is None:
        if country != 'KE':
            addr = new_addr(town, country)
        elif kind == 'person/large_farmer':
            addr = new_addr(town, box=fresh_box(town) if chance(0.6) else None, physical=lr_phys(town))
        elif kind == 'person/sole_trader':
            if chance(0.6):
                addr = new_addr(town, box=fresh_box(town) if chance(0.4) else None, physical=shop_phys(town)[0])
            else:
                addr = new_addr(town, box=fresh_box(town), physical=None)
        else:
            r = R.random()
            if r < 0.65:
                addr = new_addr(town, box=fresh_box(town))
            elif r < 0.85:
                addr = new_addr(town, box=None, physical=plot_phys(town))
            else:
                addr = new_addr(town, box=fresh_box(town), physical=plot_phys(town))
        if addr['country'] == 'KE' and chance(0.25):
            addr['landmark'] = R.choice(LANDMARKS)
    if phone is None:
        cc = {'KE': '254', 'UG': '256', 'TZ': '255'}[country]
        phone = new_phone(2 if chance(0.18) else 1, town, cc, land=kind == 'person/large_farmer' and chance(0.3))
    if email == 'auto':
        email = person_email(p)
    return {'kind': kind, 'org': False, 'p': p, 'title': ptitle, 'display': d, 'givenName': g, 'familyName': f,
            'companyName': None, 'email': email, 'phone': phone, 'addr': addr, 'town': town, 'country': country}


def legal(kind='company'):
    return wchoice([(' Ltd', 35), (' Limited', 25), (' Ltd.', 12), (' (K) Ltd', 10), (' Kenya Ltd', 6),
                    (' Company Limited', 6), (' Co. Ltd', 6)])


def org_email(base, kind, town, name=''):
    b = squeeze(' '.join(strip_legal(toks(name))) if name else base)[:20] or 'info'
    if kind in ('org/school',):
        doms = [b + '.sc.ke', b + '.ac.ke', 'gmail.com']
        loc = R.choice(['info', 'principal', b, 'bursar'])
    elif kind == 'org/county':
        return None
    elif kind in ('org/company', 'org/flower_farm', 'org/sacco'):
        doms = [b + '.co.ke', b + '.co.ke', 'gmail.com']
        loc = R.choice(['info', 'accounts', 'finance', 'procurement', b])
    elif kind == 'org/ngo':
        doms = [b + '.org', b + '.or.ke', 'gmail.com']
        loc = R.choice(['info', 'admin', 'programs'])
    else:
        doms = ['gmail.com', 'yahoo.com', 'gmail.com', b + '.co.ke']
        loc = b if chance(0.7) else 'info'
    d = R.choice(doms)
    if d in ('gmail.com', 'yahoo.com'):
        loc = b + R.choice(['', '', str(R.randint(1, 99)), 'ltd', 'kenya'])
    return fresh_email(loc, [d])


def make_org(kind, town=None, name=None, addr=None, phone=None, email='auto', contact='auto', country='KE', base=None):
    town = town or (R.choice(FOREIGN_TOWNS[country]) if country != 'KE' else pick_town())
    bd = base
    if name is None:
        if kind == 'org/agrovet':
            p = new_person()
            bd = R.choice([p['fam'], p['fam'], R.choice(WORDS), R.choice(PLACES), initials_form(p)])
            name = bd + wchoice([(' Agrovet', 40), (' Agro-Vet & General Stores', 12), (' Agrovet Centre', 10),
                                 (' Agrovets', 8), (' Farmers Centre', 10), (' Agro Supplies', 10),
                                 (' Agrovet Ltd', 10)])
        elif kind == 'org/company':
            p = new_person()
            bd = R.choice([R.choice(WORDS), R.choice(WORDS) + ' ' + R.choice(['Agri', 'Agro', 'Farm']),
                           p['fam'] + ' & Sons', R.choice(PLACES)])
            name = bd + R.choice([' Agencies', ' Feeds', ' Agri Solutions', ' Dairy Supplies', ' Farm Inputs',
                                  ' Seeds', ' Millers', ' Poultry Farm', ' Enterprises', ' Investments']) + legal()
        elif kind == 'org/cooperative':
            bd = R.choice(PLACES)
            name = bd + wchoice([(" Farmers' Co-operative Society Ltd", 25), (' Farmers Co-operative Society', 15),
                                 (' Dairy Farmers Co-operative Society', 15), (' Dairy Farmers Co-op Society', 10),
                                 (' Coffee Growers Co-operative Society Ltd', 10), (' Pyrethrum Growers Co-op', 5),
                                 (' Potato Growers Co-operative Society', 8), (' FCS Ltd', 12)])
        elif kind == 'org/sacco':
            bd = R.choice(PLACES + COUNTIES)
            name = bd + R.choice([' Teachers SACCO Society Ltd', ' Farmers SACCO', ' Dairy SACCO Society Ltd',
                                  ' Boda Boda SACCO', ' Jua Kali SACCO Ltd', ' Tea Growers SACCO'])
        elif kind == 'org/chama':
            bd = R.choice(PLACES + WORDS)
            name = bd + R.choice([' Women Self Help Group', ' Women Group', ' Youth Group', ' SHG',
                                  ' Self Help Group', ' Widows Group', ' Mothers Self Help Group'])
        elif kind == 'org/school':
            bd = None
            if chance(0.55):
                s = R.choice(SAINTS)
                gen = R.choice(['Boys', 'Girls'])
                name = "St. %s's %s High School, %s" % (s, gen, town)
            else:
                pl = R.choice(PLACES)
                name = pl + R.choice([' Secondary School', ' Boys High School', ' Girls High School',
                                      ' Mixed Secondary School', ' Agricultural Training Centre'])
        elif kind == 'org/church':
            s = R.choice(SAINTS)
            pl = R.choice(PLACES)
            name = R.choice(["ACK St. %s's Church %s" % (s, town), 'PCEA %s Parish' % pl, 'AIC %s Church' % pl,
                             "St. %s's Catholic Parish %s" % (s, town), 'Full Gospel Church %s' % pl,
                             'SDA Church %s' % pl])
        elif kind == 'org/ngo':
            bd = R.choice(WORDS)
            name = bd + R.choice([' Rural Development Trust', ' Community Development Organisation',
                                  ' Farmers Trust', ' Food Security Initiative', ' Smallholder Support Programme',
                                  ' Kenya'])
        elif kind == 'org/flower_farm':
            bd = R.choice(PLACES + WORDS)
            name = bd + R.choice([' Roses', ' Flowers', ' Blooms', ' Horticulture', ' Flora']) + legal()
        elif kind == 'org/foreign':
            bd = R.choice(WORDS)
            name = bd + (' Agro Inputs (U) Ltd' if country == 'UG' else ' Farm Supplies (T) Ltd')
    if contact == 'auto':
        contact = new_person(country=country) if chance(0.7) else None
    g = f = None
    if contact:
        g, f = contact['given'], contact['fam']
        if chance(0.1):
            g = None
    if addr is None:
        if country != 'KE':
            addr = new_addr(town, country)
        elif kind in ('org/agrovet',) and chance(0.55):
            addr = new_addr(town, box=fresh_box(town) if chance(0.4) else None, physical=shop_phys(town)[0])
        elif kind == 'org/flower_farm':
            addr = new_addr(town, box=fresh_box(town), physical=lr_phys(town) if chance(0.5) else None)
        else:
            addr = new_addr(town, box=fresh_box(town), physical=plot_phys(town) if chance(0.15) else None)
        if addr['country'] == 'KE' and chance(0.25):
            addr['landmark'] = R.choice(LANDMARKS)
    if phone is None:
        cc = {'KE': '254', 'UG': '256', 'TZ': '255'}[country]
        phone = new_phone(2 if chance(0.2) else 1, town, cc, land=chance(0.25))
    if email == 'auto':
        email = org_email(bd or name, kind, town, name)
    return {'kind': kind, 'org': True, 'p': contact, 'title': None, 'display': name, 'givenName': g,
            'familyName': f, 'companyName': name, 'email': email, 'phone': phone, 'addr': addr, 'town': town,
            'country': country, 'base': bd}


def short_display(name):
    # bookkeeper's short display form for some organisations
    m = re.match(r"St\. (\w+(?: \w+)?)'s (Boys|Girls) High School, (.+)$", name)
    if m:
        return "St %ss %s" % (m.group(1), m.group(3))
    s = name.replace(" Farmers' Co-operative Society Ltd", ' FCS').replace(' Co-operative Society', ' Coop')
    s = s.replace(' Self Help Group', ' SHG').replace(' Teachers SACCO Society Ltd', ' Teachers SACCO')
    return s


# ----------------------------------------------------------------------------- build existing
def build():
    customers = []   # existing customers (dict with 'id', 'shared':set)

    def add(c, shared=()):
        c['id'] = REG.new_id()
        c['shared'] = set(shared)
        customers.append(c)
        return c

    # --- shared structures among existing customers
    # market / school / church boxes (P.O. Box alone is weak evidence)
    for i in range(14):
        town = R.choice(['Molo', 'Njoro', 'Rongai', 'Subukia', 'Ol Kalou', 'Londiani', 'Litein', 'Bahati', 'Nyahururu'])
        box = fresh_box(town, small=True)
        for j in range(R.randint(3, 4)):
            kind = R.choice(['person/smallholder', 'person/smallholder', 'person/sole_trader'])
            a = new_addr(town, box=box)
            add(make_person(kind, town=town, addr=a), ['address'])
    # households (husband & wife both customers)
    for i in range(10):
        town = pick_town()
        h = new_person(gender='M', comm=R.choice(['kikuyu', 'kalenjin', 'kisii', 'luo']))
        w = new_person(gender='F', comm=h['comm'], married_ok=False)
        w['fam'] = h['fam']
        a = new_addr(town, box=fresh_box(town) if chance(0.5) else None, physical=lr_phys(town))
        add(make_person('person/large_farmer', town=town, p=h, addr=a), ['address'])
        a2 = dict(a)
        add(make_person('person/smallholder', town=town, p=w, addr=a2), ['address'])
    # flower groups with two existing companies sharing head office + accounts@ mailbox
    groups = []
    for i in range(23):
        bd = R.choice(PLACES + WORDS)
        while any(g['base'] == bd for g in groups):
            bd = R.choice(PLACES + WORDS)
        office = new_addr('Nairobi', box=fresh_box('Nairobi'), physical='%s, %s' % (
            R.choice(['Westlands', 'Upper Hill', 'Kilimani', 'Karen', 'Parklands']),
            R.choice(['Mirage Towers', 'ABC Place', 'Delta Corner', 'Landmark Plaza', 'Sarit Centre']) + ' ' +
            R.choice(FLOORS)))
        office['pc'] = R.choice(['00100', '00200', '00606', '00623'])
        dom = squeeze(bd)[:14] + R.choice(['flowers', 'roses', 'group']) + '.co.ke'
        mail = fresh_email('accounts', [dom])
        groups.append({'base': bd, 'office': office, 'mail': mail})
        sfx = R.choice([' Roses', ' Flowers', ' Blooms'])
        n1 = bd + sfx + legal()
        c1 = make_org('org/flower_farm', town='Naivasha', name=n1, addr=office, email=mail, base=bd)
        add(c1, ['address', 'email'])
        groups[-1]['c1'] = c1
        groups[-1]['sfx'] = sfx
        if i < 8:
            n2 = bd + sfx + R.choice([' Holdings', ' Farms', ' Exports', ' Estates']) + legal()
            add(make_org('org/flower_farm', town='Naivasha', name=n2, addr=dict(office), email=mail, base=bd),
                ['address', 'email'])
    # churches with their chamas (church box shared)
    church_groups = []
    for i in range(24):
        town = pick_town()
        s = R.choice(SAINTS)
        box = fresh_box(town)
        cname = R.choice(["ACK St. %s's Church %s" % (s, town), "St. %s's Catholic Parish %s" % (s, town),
                          "PCEA St. %s's Church %s" % (s, town), "AIC St. %s's Church %s" % (s, town)])
        ca = new_addr(town, box=box)
        church = add(make_org('org/church', town=town, name=cname, addr=ca), ['address'])
        short = re.sub(r" Church| Catholic Parish", '', cname)
        gw = R.sample(['Women Group', 'Youth Group', "Men's Fellowship", "Mothers' Union", 'Widows Group',
                       'Choir Self Help Group'], 2)
        chama = add(make_org('org/chama', town=town, name=short + ' ' + gw[0], addr=dict(ca), contact='auto'),
                    ['address'])
        church_groups.append({'town': town, 'church': church, 'chama': chama, 'short': short, 'gw': gw, 'addr': ca})
    # co-operatives (some sharing a box)
    coops = []
    for i in range(20):
        town = pick_town()
        pl = R.choice(PLACES)
        while any(c['base'] == pl for c in coops):
            pl = R.choice(PLACES)
        box = fresh_box(town)
        name = pl + R.choice([" Farmers' Co-operative Society Ltd", ' Dairy Farmers Co-operative Society',
                              ' Farmers Co-op Society Ltd', ' FCS Ltd'])
        c = add(make_org('org/cooperative', town=town, name=name, addr=new_addr(town, box=box), base=pl), ['address'])
        coops.append({'base': pl, 'c': c, 'town': town, 'box': box})
    # county departments (county box shared by its departments)
    counties = []
    for cty in COUNTIES:
        town = COUNTY_HQ[cty]
        box = fresh_box(town)
        ds = R.sample(DEPTS, 2)
        dom = squeeze(cty) + '.go.ke'
        recs = []
        for d in ds:
            name = 'County Government of %s - Department of %s' % (cty, d)
            em = fresh_email(R.choice(['agriculture', 'cdo', 'procurement', 'director', 'info']) + '.' +
                             squeeze(d)[:8], [dom]) if chance(0.7) else None
            recs.append(add(make_org('org/county', town=town, name=name, addr=new_addr(town, box=box), email=em,
                                     base=cty), ['address']))
        counties.append({'county': cty, 'town': town, 'depts': ds, 'recs': recs, 'dom': dom})
    # saint schools, agrovets in buildings, namesake-prone persons come from the quotas below
    n_org = sum(1 for c in customers if c['org'])
    n_per = len(customers) - n_org
    quotas_org = [('org/agrovet', 175), ('org/company', 105), ('org/cooperative', 62), ('org/sacco', 40),
                  ('org/chama', 50), ('org/school', 75), ('org/church', 40), ('org/ngo', 30), ('org/flower_farm', 35),
                  ('org/foreign', 30)]
    quotas_per = [('person/smallholder', 330), ('person/large_farmer', 100), ('person/sole_trader', 150),
                  ('person/professional', 90), ('person/foreign', 30)]
    org_todo = []
    for k, n in quotas_org:
        org_todo += [k] * n
    per_todo = []
    for k, n in quotas_per:
        per_todo += [k] * n
    R.shuffle(org_todo)
    R.shuffle(per_todo)
    org_todo = org_todo[:750 - n_org]
    per_todo = per_todo[:750 - n_per - 25]
    used_cores = set(org_core(c['companyName']) for c in customers if c['org'])
    for k in org_todo:
        for _ in range(50):
            if k == 'org/foreign':
                c = make_org(k, country=R.choice(['UG', 'TZ']))
            elif k == 'org/agrovet' and chance(0.35):
                town = pick_town()
                phys, bld = shop_phys(town)
                c = make_org(k, town=town, addr=new_addr(town, box=None, physical=phys))
                c['building'] = bld
            else:
                c = make_org(k)
            core = org_core(c['companyName'])
            if core and core not in used_cores:
                break
        used_cores.add(core)
        add(c)
    for k in per_todo:
        if k == 'person/foreign':
            c = make_person(k, country=R.choice(['UG', 'TZ']))
        else:
            c = make_person(k)
        add(c)
    # existing namesakes (two customers with one name, other towns)
    persons = [c for c in customers if not c['org'] and c['country'] == 'KE' and not c['shared']]
    for i in range(25):
        src = persons[i * 7]
        p = dict(src['p'])
        p['hus'] = None
        t2 = pick_town()
        while t2 == src['town']:
            t2 = pick_town()
        add(make_person('person/smallholder', town=t2, p=p))
    # missing fields, caps
    for c in customers:
        c['caps'] = chance(0.08)
    apply_missing(customers)
    return customers, groups, church_groups, coops, counties


def apply_missing(customers):
    for c in customers:
        if 'email' in c['shared'] or 'address' in c['shared']:
            continue
        if c['email'] and chance(0.09 if c['org'] else 0.13):
            c['email'] = None
        if c['phone'] and chance(0.12 if c['org'] else 0.08):
            c['phone'] = None
        if c['addr'] and chance(0.14):
            c['addr'] = None
        if not (c['email'] or c['phone'] or c['addr']):
            c['phone'] = new_phone(1, c['town'] if c['country'] == 'KE' else None,
                                   {'KE': '254', 'UG': '256', 'TZ': '255'}[c['country']])


# ----------------------------------------------------------------------------- record transforms
def t_case(s):
    opts = [s.upper(), s.lower(), s.title()]
    opts = [o for o in opts if o != s]
    return R.choice(opts) if opts else None


def t_typo(s, email=False):
    if email:
        loc, dom = s.split('@', 1)
        if len(loc) < 3:
            return None
        i = R.randrange(1, len(loc))
        op = R.randrange(3)
        if op == 0:
            loc2 = loc[:i] + loc[i + 1:]
        elif op == 1:
            loc2 = loc[:i] + loc[i - 1] + loc[i:]
        else:
            ch = 'aeioumnrt'.replace(loc[i], '')
            loc2 = loc[:i] + R.choice(ch) + loc[i + 1:]
        return loc2 + '@' + dom if loc2 and loc2 != loc else None
    ws = s.split(' ')
    cand = [i for i, w in enumerate(ws) if len(w) >= 4 and w.isalpha()]
    if not cand:
        return None
    i = R.choice(cand)
    w = ws[i]
    j = R.randrange(1, len(w))
    op = R.randrange(4)
    up = w.isupper()
    if op == 0:
        w2 = w[:j] + w[j + 1:]
    elif op == 1:
        w2 = w[:j] + w[j] + w[j:]
    elif op == 2:
        sub = {'a': 'e', 'e': 'i', 'i': 'y', 'o': 'u', 'u': 'o', 'n': 'm', 'm': 'n', 'r': 'l', 'l': 'r',
               'k': 'c', 'c': 'k', 'g': 'h', 'h': 'g', 's': 'z', 'j': 'g', 'y': 'i', 't': 'y', 'b': 'v', 'w': 'v'}
        ch = sub.get(w[j].lower(), 'a')
        w2 = w[:j] + (ch.upper() if up else ch) + w[j + 1:]
    else:
        ch = 'h' if w[j - 1].lower() in 'gt' else R.choice('aeiou')
        w2 = w[:j] + (ch.upper() if up else ch) + w[j:]
    ws[i] = w2
    return ' '.join(ws)


def t_format(s, person=False):
    opts = []
    if '.' in s:
        opts.append(s.replace('.', ''))
        opts.append(re.sub(r'\.(\w)', r'. \1', s))
    if "'" in s:
        opts.append(s.replace("'", ''))
    if '-' in s:
        opts.append(s.replace('-', ''))
    if ',' in s:
        opts.append(s.replace(',', ''))
    if re.search(r'\bSt ', s):
        opts.append(re.sub(r'\bSt ', 'St. ', s))
    ws = s.split(' ')
    if person and len(ws) >= 2 and ',' not in s:
        opts.append(ws[0] + ', ' + ' '.join(ws[1:]))
    if '&' in s:
        opts.append(s.replace(' & ', '&'))
    opts = [o for o in opts if o != s and squeeze(o) == squeeze(s) and o.casefold() != s.casefold()]
    return R.choice(opts) if opts else None


def t_apostrophe(s):
    if not any(c in s for c in APOS):
        return None
    rep = R.choice(['', '\u2019', '`'])
    return re.sub("['\u2019`\u00b4]", rep, s)


def t_nickname(s):
    ws = s.split(' ')
    idx = []
    for i, w in enumerate(ws):
        lw = squeeze(w)
        if lw in NICKS or lw in NICK2CANON:
            idx.append(i)
    if not idx:
        return None
    i = R.choice(idx)
    lw = squeeze(ws[i])
    new = R.choice(NICKS[lw]) if lw in NICKS else NICK2CANON[lw]
    new = new.upper() if ws[i].isupper() else new.capitalize()
    ws[i] = new
    return ' '.join(ws)


def t_title(s, c):
    ws = s.split(' ')
    if ws and squeeze(ws[0]) in TITLES:
        return ' '.join(ws[1:]) if len(ws) > 1 else None
    p = c['p']
    if not p:
        return None
    t = c['title'] or title_for(p)
    return t + ' ' + s


def t_reorder(s):
    ws = s.split(' ')
    lead = []
    if ws and squeeze(ws[0]) in TITLES:
        lead, ws = ws[:1], ws[1:]
    if len(ws) < 2 or any(squeeze(w) in PARTICLES for w in ws):
        return None
    if chance(0.6):
        ws2 = [ws[-1]] + ws[:-1]
        if chance(0.3):
            ws2[0] += ','
    else:
        ws2 = ws[1:] + ws[:1]
    return ' '.join(lead + ws2)


def t_initials(s):
    ws = s.split(' ')
    lead = []
    if ws and squeeze(ws[0]) in TITLES:
        lead, ws = ws[:1], ws[1:]
    if len(ws) < 2 or any(len(squeeze(w)) < 2 for w in ws) or any(squeeze(w) in PARTICLES for w in ws):
        return None
    sep = R.choice(['.', '. '])
    return ' '.join(lead + [sep.join(w[0] for w in ws[:-1]) + '.', ws[-1]])


def t_partial_name(s, is_person):
    ws = s.split(' ')
    if is_person:
        core = [i for i, w in enumerate(ws) if squeeze(w) not in TITLES]
        if len(core) < 3:
            return None
        drop = core[1]
        return ' '.join(w for i, w in enumerate(ws) if i != drop)
    for _ in range(10):
        if len(ws) < 3:
            return None
        i = R.randrange(1, len(ws))
        j = R.randrange(i + 1, min(len(ws), i + 3) + 1)
        cand = ' '.join(ws[:i] + ws[j:]).strip(' ,-&')
        if cand and submultiset(exp_toks(cand), exp_toks(s)) and org_core(cand) == org_core(s):
            return cand
    return None


def t_extension(s, c, field):
    if field in ('displayName', 'companyName') and c['org']:
        if c['kind'] == 'org/agrovet':
            add = R.choice([' & General Stores', ' Enterprises', ', ' + c['town'], ' - ' + c['town']])
        else:
            add = R.choice([', ' + c['town'], ' - ' + c['town'], ' ' + c['town']])
        if squeeze(c['town']) in toks(s):
            return None
        return s + add
    p = c['p']
    if not p:
        return None
    ws = s.split(' ')
    if p['mid'] and squeeze(p['mid']) not in [squeeze(w) for w in ws]:
        if field == 'givenName':
            return s + ' ' + p['mid']
        if field == 'familyName':
            return p['mid'] + ' ' + s
        # insert before last word
        return ' '.join(ws[:-1] + [p['mid'], ws[-1]]) if len(ws) >= 2 else None
    if field == 'familyName' and p.get('hus'):
        return s + ' ' + p['hus']
    return None


def t_married(s, c, field):
    p = c['p']
    if not p or c['org'] or not p.get('hus'):
        return None
    if field == 'familyName':
        return p['hus']
    if field == 'displayName':
        return R.choice(['Mrs. %s %s' % (p['given'], p['hus']), '%s %s' % (p['given'], p['hus']),
                         '%s %s %s' % (p['given'], p['mid'] or p['fam'], p['hus'])])
    return None


ABBR_PAIRS = [("Farmers' Co-operative Society", 'FCS'), ('Farmers Co-operative Society', 'FCS'),
              ('Co-operative', 'Co-op'), ('Co-operative', 'Coop'), ('Enterprises', 'Ent.'),
              ('Self Help Group', 'SHG'), ('Society', 'Soc.'), ('Department', 'Dept.'), ('Government', 'Govt.'),
              ('Secondary School', 'Sec. School'), ('General Stores', 'Gen. Stores'), ('St.', 'Saint'),
              ('Company', 'Co.'), ('Co-op', 'Co-operative'), ('FCS', 'Farmers Co-operative Society'),
              ('SHG', 'Self Help Group'), ('Coop', 'Co-operative')]


def t_abbrev(s):
    opts = []
    for a, b in ABBR_PAIRS:
        if re.search(r'(?<![\w-])' + re.escape(a) + r'(?![\w-])', s):
            opts.append(re.sub(r'(?<![\w-])' + re.escape(a) + r'(?![\w-])', b, s, count=1))
    return R.choice(opts) if opts else None


LEGAL_RE = re.compile(r'\s*(?:\(K\) Ltd\.?|Kenya Ltd\.?|Company Limited|Co\. Ltd\.?|Limited|Ltd\.?)$', re.I)


def t_legal(s):
    m = LEGAL_RE.search(s)
    if m:
        base = s[:m.start()]
        opts = ['', ' Ltd', ' Limited', ' Ltd.', ' (K) Ltd', ' Kenya Ltd', ' Company Limited']
        opts = [base + o for o in opts if base + o != s]
        return R.choice(opts)
    return s + R.choice([' Ltd', ' Limited', ' Ltd.'])


def t_qualifier(s):
    m = QUAL_RE.match(s)
    return m.group(1) if m else None


def t_trade(s, c):
    p = c['p']
    if c['kind'] != 'person/sole_trader' or not p:
        return None
    return R.choice([p['given'] + ' ' + p['fam'], full_name(p)])


def t_name_changed(s, c, field):
    if c['org']:
        if field in ('givenName', 'familyName'):
            q = new_person()
            return q['given'] if field == 'givenName' else q['fam']
        p = c['p']
        if not p or c['kind'] not in ('org/agrovet', 'org/company'):
            return None
        return R.choice([p['fam'] + ' & Sons', p['given'] + ' ' + p['fam']]) + \
            R.choice([' Enterprises', ' Investments Ltd', ' Agencies', ' Ltd'])
    return None


def name_transform(label, field, s, c, E):
    is_person = not c['org']
    if label == 'case':
        return t_case(s)
    if label == 'typo':
        return t_typo(s)
    if label == 'format':
        return t_format(s, is_person)
    if label == 'apostrophe':
        return t_apostrophe(s)
    if label == 'nickname':
        return t_nickname(s)
    if label == 'title':
        return t_title(s, c) if is_person else None
    if label == 'reorder':
        return t_reorder(s) if is_person else None
    if label == 'initials':
        return t_initials(s) if is_person else None
    if label == 'partial':
        if field in ('givenName', 'familyName'):
            ws = s.split(' ')
            return ws[0] if field == 'givenName' and len(ws) > 1 else (ws[-1] if len(ws) > 1 else None)
        return t_partial_name(s, is_person)
    if label == 'extension':
        return t_extension(s, c, field)
    if label == 'married_name':
        return t_married(s, c, field)
    if label == 'abbreviation':
        return t_abbrev(s)
    if label == 'legal_suffix':
        if not c['org'] or (not LEGAL_RE.search(s) and c['kind'] not in ('org/company', 'org/agrovet',
                                                                         'org/flower_farm', 'org/foreign')):
            return None
        return t_legal(s)
    if label == 'qualifier':
        return t_qualifier(s)
    if label == 'trade_name':
        return t_trade(s, c)
    if label == 'changed':
        return t_name_changed(s, c, field)
    return None


def email_transform(label, s, c):
    if label == 'case':
        return s.upper() if s.lower() == s else s.lower()
    if label == 'typo':
        e = t_typo(s, email=True)
        if e and e.casefold() not in REG.emails and not near_other(e, s):
            return e
        return None
    if label == 'domain':
        loc, dom = s.split('@', 1)
        alt = {'yahoo.com': 'yahoo.co.uk', 'yahoo.co.uk': 'yahoo.com', 'gmail.com': 'yahoo.com',
               'hotmail.com': 'outlook.com', 'outlook.com': 'hotmail.com', 'ymail.com': 'yahoo.com'}.get(dom.lower())
        if not alt:
            return None
        e = loc + '@' + alt
        return e if e.casefold() not in REG.emails and not near_other(e, s) else None
    if label in ('changed', 'added'):
        p = c['p'] if not c['org'] else None
        if p:
            return person_email(p)
        return fresh_email(squeeze(c.get('base') or c['companyName'])[:14] + R.choice(['', 'ke', '2020']),
                           ['gmail.com', 'yahoo.com'])
    return None


def near_other(e, own):
    return EMAIL_NEAR.near(e.casefold(), exclude=own.casefold())


def phone_transform(label, ph, c):
    """returns new ph dict or None"""
    if ph is None and label != 'added':
        return None
    cc = {'KE': '254', 'UG': '256', 'TZ': '255'}[c['country']]
    if label == 'format':
        q = dict(ph)
        q['styles'] = [wchoice(PH_STYLES) for _ in ph['nums']]
        if len(ph['nums']) > 1 and chance(0.3):
            q['joiner'] = R.choice([' / ', ', ', '/', ' or ', ' & '])
        return q
    if label == 'country_code':
        if cc != '254':
            return None
        q = dict(ph)
        intl = any(s.startswith('intl') for s in ph['styles'])
        q['styles'] = [R.choice(['sp', 'plain', 'dash', 'sp3']) if intl else R.choice(['intl_sp', 'intl_plain',
                                                                                       'intl_noplus', 'intl_dash'])
                       for _ in ph['nums']]
        return q
    if label == 'carrier_label':
        q = dict(ph)
        q['labels'] = not ph['labels']
        return q
    if label == 'extension':
        q = dict(ph)
        q['nums'] = ph['nums'] + [fresh_nsn('mobile', None, cc)]
        q['styles'] = ph['styles'] + [ph['styles'][0]]
        if len(ph['nums']) == 1:
            q['joiner'] = R.choice([' / ', ', ', '/'])
        return q
    if label == 'partial':
        if len(ph['nums']) < 2:
            return None
        q = dict(ph)
        k = R.randrange(len(ph['nums']))
        q['nums'] = ph['nums'][:k] + ph['nums'][k + 1:]
        q['styles'] = ph['styles'][:k] + ph['styles'][k + 1:]
        return q
    if label == 'typo':
        q = dict(ph)
        k = R.randrange(len(ph['nums']))
        ccx, n = ph['nums'][k]
        for _ in range(20):
            j = R.randrange(3, 9)
            n2 = n[:j] + str((int(n[j]) + R.randint(1, 9)) % 10) + n[j + 1:]
            if ccx + n2 not in REG.nsn:
                REG.nsn.add(ccx + n2)
                q['nums'] = list(ph['nums'])
                q['nums'][k] = (ccx, n2)
                return q
        return None
    if label in ('changed', 'added'):
        if label == 'changed' and cc == '254' and chance(0.12):
            return {'till': R.choice(['M-Pesa Till No. %d', 'Till %d', 'Buy Goods Till %d',
                                      'Paybill %d']) % R.randint(100000, 9999999)}
        return new_phone(1, c['town'] if c['country'] == 'KE' else None, cc)
    return None


def render_ph(ph):
    if ph is None:
        return None
    if 'till' in ph:
        return ph['till']
    return render_phone(ph)


def addr_transform(label, a, c):
    if a is None and label != 'added':
        return None
    if label == 'case':
        f = R.choice([str.upper, str.lower])
        return {k: (f(v) if v else v) for k, v in a.items()}
    if label == 'format':
        b = dict(a)
        opts = []
        for k in ('line1', 'line2'):
            v = b.get(k)
            if v and BOX_RE.search(v.casefold()):
                opts.append(('box', k))
            if v and re.search(r'\bNo\. ', v):
                opts.append(('no', k))
            if v and re.search(r'\bFlr\b|\bFloor\b|\bRoad\b|\bAvenue\b', v):
                opts.append(('abbr', k))
        if b.get('city') and b['city'] in TOWNS and b['city'] in TOWN_VARIANTS:
            opts.append(('town', 'city'))
        if b.get('region'):
            opts.append(('region', 'region'))
        if b.get('country') in ('Kenya', 'KE'):
            opts.append(('country', 'country'))
        if not opts:
            return None
        op, k = R.choice(opts)
        v = b[k]
        if op == 'box':
            v = re.sub(r'(?i)p\s*\.?\s*o\s*\.?\s*box|\bbox', R.choice(['P.O. Box', 'Box', 'PO BOX', 'P. O. Box',
                                                                      'P.O.Box']), v, count=1)
        elif op == 'no':
            v = v.replace('No. ', '', 1)
        elif op == 'abbr':
            v = R.choice([v.replace('Flr', 'Floor'), v.replace('Floor', 'Flr'), v.replace('Road', 'Rd'),
                          v.replace('Avenue', 'Ave')])
        elif op == 'town':
            v = R.choice(TOWN_VARIANTS[v])
        elif op == 'region':
            v = v[:-7] if v.endswith(' County') else v + ' County'
        elif op == 'country':
            v = 'KE' if v == 'Kenya' else 'Kenya'
        b[k] = v
        return b
    if label == 'moved':
        b = dict(a)
        opts = []
        if b.get('postalCode') and b.get('line1') and BOX_RE.search(b['line1'].casefold()):
            opts.append('pc')
        if b.get('city') and b.get('line1') and BOX_RE.search(b['line1'].casefold()):
            opts.append('city')
        if b.get('line1') and b.get('line2'):
            opts.append('swap')
        if not opts:
            return None
        op = R.choice(opts)
        if op == 'pc':
            b['line1'] = b['line1'] + '-' + b['postalCode']
            b['postalCode'] = None
        elif op == 'city':
            b['line1'] = b['line1'] + ', ' + b['city']
            b['city'] = None
        else:
            b['line1'], b['line2'] = b['line2'], b['line1']
        return b
    if label == 'partial':
        b = dict(a)
        opts = [k for k in ('line2', 'region', 'postalCode', 'country') if b.get(k)]
        if b.get('line2') and ', ' in b['line2']:
            opts.append('l2part')
        if not opts:
            return None
        k = R.choice(opts)
        if k == 'l2part':
            b['line2'] = b['line2'].rsplit(', ', 1)[0]
        else:
            b[k] = None
        return b
    if label == 'extension':
        b = dict(a)
        opts = []
        if c['country'] == 'KE':
            if not b.get('region'):
                opts.append('region')
            opts.append('landmark')
        if not b.get('country'):
            opts.append('country')
        if not opts:
            return None
        op = R.choice(opts)
        if op == 'region':
            b['region'] = TOWNS[c['addr']['town']][1] + ' County' if c['addr'] and c['addr']['town'] in TOWNS \
                else 'Nakuru County'
        elif op == 'landmark':
            lm = R.choice(LANDMARKS)
            if b.get('line2'):
                b['line2'] = b['line2'] + ', ' + lm
            else:
                b['line2'] = lm
        else:
            b['country'] = {'KE': 'Kenya', 'UG': 'Uganda', 'TZ': 'Tanzania'}[c['country']]
        return b
    if label == 'typo':
        b = dict(a)
        opts = [k for k in ('line1', 'line2') if b.get(k) and re.search(r'[A-Za-z]{5,}', b[k])]
        if not opts:
            return None
        k = R.choice(opts)
        v = t_typo_addr(b[k])
        if not v:
            return None
        b[k] = v
        return b
    if label in ('changed', 'added'):
        town = c['town'] if c['country'] == 'KE' and chance(0.7) else (pick_town() if c['country'] == 'KE' else c['town'])
        if c['country'] != 'KE':
            comp = new_addr(town, c['country'])
        elif chance(0.5):
            comp = new_addr(town, box=fresh_box(town))
        else:
            comp = new_addr(town, box=None, physical=plot_phys(town))
        return render_addr(comp)
    return None


def t_typo_addr(v):
    ws = v.split(' ')
    cand = [i for i, w in enumerate(ws) if len(w) >= 5 and w.isalpha() and w.lower() not in TOWN_KEYS
            and w.lower() not in ('plot', 'shop', 'house')]
    if not cand:
        return None
    i = R.choice(cand)
    w = ws[i]
    j = R.randrange(1, len(w))
    w2 = R.choice([w[:j] + w[j + 1:], w[:j] + w[j] + w[j:]])
    ws[i] = w2
    return ' '.join(ws)


NAME_LABELS = {
    'displayName': {'person': ['case', 'typo', 'format', 'apostrophe', 'nickname', 'title', 'reorder', 'initials',
                               'partial', 'extension', 'married_name', 'qualifier', 'trade_name'],
                    'org': ['case', 'typo', 'format', 'abbreviation', 'legal_suffix', 'partial', 'extension',
                            'qualifier']},
    'givenName': {'person': ['case', 'typo', 'nickname', 'apostrophe', 'moved', 'missing', 'added', 'partial',
                             'extension'],
                  'org': ['case', 'typo', 'nickname', 'missing', 'added', 'changed']},
    'familyName': {'person': ['case', 'typo', 'apostrophe', 'moved', 'missing', 'added', 'partial', 'extension',
                              'married_name'],
                   'org': ['case', 'typo', 'apostrophe', 'missing', 'added', 'changed']},
    'companyName': {'person': [], 'org': ['case', 'typo', 'format', 'abbreviation', 'legal_suffix', 'partial',
                                          'extension', 'changed']},
    'email': ['case', 'typo', 'domain', 'changed', 'missing', 'added'],
    'phone': ['format', 'country_code', 'carrier_label', 'extension', 'partial', 'typo', 'changed', 'missing',
              'added'],
    'address': ['case', 'format', 'moved', 'partial', 'extension', 'typo', 'changed', 'missing', 'added'],
}
SAFE = {'email': ['case', 'typo'], 'phone': ['format', 'country_code', 'carrier_label', 'extension'],
        'address': ['case', 'format', 'moved', 'extension', 'typo']}
HARSH = {'missing', 'changed', 'moved', 'partial'}


def field_labels(field, c):
    v = NAME_LABELS[field]
    if isinstance(v, dict):
        return v['org' if c['org'] else 'person']
    return v


def apply_label(field, label, E, I, c, state):
    """mutate I; returns True on success"""
    if field in ('displayName', 'givenName', 'familyName', 'companyName'):
        a = E[field]
        if label == 'missing':
            if a is None or field in ('displayName', 'companyName'):
                return False
            I[field] = None
            return True
        if label == 'added':
            if a is not None or not c['p']:
                return False
            p = c['p']
            I[field] = p['given'] if field == 'givenName' else p['fam']
            return I[field] != a
        if label == 'moved':
            if field not in ('givenName', 'familyName'):
                return False
            other = 'familyName' if field == 'givenName' else 'givenName'
            if E[other] is None or a is None or I[other] != E[other] or squeeze(a) == squeeze(E[other]):
                return False
            I[field], I[other] = E[other], a
            state['swap'] = other
            return True
        if a is None:
            return False
        v = name_transform(label, field, a, c, E)
        if v is None or v == a:
            return False
        I[field] = v
        return True
    if field == 'email':
        a = E['email']
        if label == 'missing':
            if a is None:
                return False
            I['email'] = None
            return True
        if (label == 'added') != (a is None):
            return False
        v = email_transform(label, a, c) if label != 'added' else email_transform('added', None, c)
        if not v or v == a:
            return False
        I['email'] = v
        return True
    if field == 'phone':
        if label == 'missing':
            if E['phone'] is None:
                return False
            I['phone'] = None
            state['ph'] = None
            return True
        if (label == 'added') != (E['phone'] is None):
            return False
        q = phone_transform(label, state['ph0'], c)
        if q is None:
            return False
        v = render_ph(q)
        if v is None or v == E['phone']:
            return False
        I['phone'] = v
        state['ph'] = q
        return True
    if field == 'address':
        if label == 'missing':
            if E['address'] is None:
                return False
            I['address'] = None
            return True
        if (label == 'added') != (E['address'] is None):
            return False
        v = addr_transform(label, E['address'], c)
        if v is None or v == E['address']:
            return False
        I['address'] = v
        return True
    return False


def key_owner_ok(I, ent, E, field, owners):
    """new value must not collide with another entity's key"""
    if field == 'email' and I['email']:
        k = I['email'].casefold()
        if owners['email'].get(k, {ent}) != {ent}:
            return False
    if field == 'phone' and I['phone']:
        for k in phone_keys(I['phone']):
            if owners['phone'].get(k, {ent}) != {ent}:
                return False
    if field == 'address' and I['address']:
        k = addr_key(I['address'])
        if owners['address'].get(k, {ent}) != {ent}:
            return False
    return True


def vary(E, c, ph0, profile, owners, protect, extra_ok=None):
    """make an incoming variant of record E for customer c with a given profile."""
    for attempt in range(150):
        I = {k: (dict(v) if isinstance(v, dict) else v) for k, v in E.items()}
        state = {'ph0': ph0, 'ph': ph0}
        if profile == 'light':
            n = R.choice([1, 1, 2])
        elif profile == 'medium':
            n = R.choice([2, 3, 3, 4])
        else:
            n = R.choice([4, 4, 5, 5, 6])
        need_h = R.choice([2, 2, 3]) if profile == 'harsh' else 0
        fields = [f for f in FIELDS if not (f == 'companyName' and not c['org'])]
        R.shuffle(fields)
        if QUAL_RE.match(E['displayName']) and chance(0.7):
            fields.remove('displayName')
            fields.insert(0, 'displayName')
        if profile == 'harsh':
            fields.sort(key=lambda f: f == protect)
        labels = []
        hcount = 0
        for f in fields:
            if len(labels) >= n:
                break
            if any(x.startswith(f + ':') for x in labels):
                continue
            labs = list(field_labels(f, c))
            if f == protect:
                labs = [l for l in labs if l in SAFE[f]]
            if hcount < need_h and f != protect:
                hl = [l for l in labs if l in HARSH]
                if hl:
                    labs = hl
            R.shuffle(labs)
            for pref in ('qualifier', 'apostrophe', 'married_name', 'nickname'):
                if pref in labs and chance(0.8 if pref == 'qualifier' else 0.5):
                    labs.remove(pref)
                    labs.insert(0, pref)
            for l in labs:
                I2 = {k: (dict(v) if isinstance(v, dict) else v) for k, v in I.items()}
                st2 = dict(state)
                st2.pop('swap', None)
                if apply_label(f, l, E, I2, c, st2) and label_ok(f, l, E, I2, not c['org']) and \
                        key_owner_ok(I2, c['id'], E, f, owners):
                    if 'swap' in st2:
                        if any(x.startswith(st2['swap'] + ':') for x in labels):
                            continue
                        labels.append(st2['swap'] + ':moved')
                        hcount += 1
                    I, state = I2, st2
                    labels.append(f + ':' + l)
                    if l in HARSH:
                        hcount += 1
                    break
        if not (I['email'] or I['phone'] or I['address']):
            continue
        if c['org'] and not I['companyName']:
            continue
        nl = len(labels)
        if profile == 'light' and not (1 <= nl <= 2):
            continue
        if profile == 'medium' and not (2 <= nl <= 4):
            continue
        if profile == 'harsh' and not (nl >= 4 and hcount >= 2):
            continue
        labels = [x for f in FIELDS for x in labels if x.split(':')[0] == f]
        if extra_ok and not extra_ok(I):
            continue
        ev = evidence(E, I, labels, c['id'], owners)
        if not ev:
            continue
        return I, labels, ev, state['ph']
    return None


def evidence(E, I, labels, ent, owners):
    ev = []
    if E['email'] and I['email']:
        ke, ki = E['email'].casefold(), I['email'].casefold()
        if owners['email'].get(ke) == {ent}:
            if ke == ki:
                ev.append('email')
            elif 'email:typo' in labels and lev(ke, ki) == 1 and owners['email'].get(ki, {ent}) == {ent}:
                ev.append('email')
    if E['phone'] and I['phone']:
        common = phone_keys(E['phone']) & phone_keys(I['phone'])
        if any(owners['phone'].get(k) == {ent} for k in sorted(common)):
            ev.append('phone')
    if E['address'] and I['address']:
        ka, kb = addr_key(E['address']), addr_key(I['address'])
        if ka == kb and addr_strong(ka) and owners['address'].get(ka) == {ent}:
            ev.append('address')
    return ev


def register(owners, rec, ent):
    if rec['email']:
        owners['email'].setdefault(rec['email'].casefold(), set()).add(ent)
        reg_email(rec['email'])
    for k in phone_keys(rec['phone']):
        owners['phone'].setdefault(k, set()).add(ent)
    if rec['address']:
        owners['address'].setdefault(addr_key(rec['address']), set()).add(ent)


# ----------------------------------------------------------------------------- main assembly
def main():
    out = os.path.dirname(os.path.abspath(__file__))
    if '--out' in sys.argv:
        out = sys.argv[sys.argv.index('--out') + 1]
    os.makedirs(out, exist_ok=True)

    customers, groups, church_groups, coops, counties = build()
    owners = {'email': {}, 'phone': {}, 'address': {}}
    # existing records
    ex = []
    for c in customers:
        rec = cust_rec(c, caps=c['caps'])
        if c['org'] and chance(0.12):
            sd = short_display(c['companyName'])
            if sd != c['companyName']:
                rec['displayName'] = sd.upper() if c['caps'] else sd
        c['rec'] = rec
        ex.append(c)
    # display name uniqueness (QBO) + qualifiers
    seen = {}
    for c in sorted(ex, key=lambda c: (c['rec']['displayName'].casefold(), c['id'])):
        d = c['rec']['displayName']
        if d.casefold() in seen:
            q = ' (%s)' % c['town']
            if (d + q).casefold() in seen:
                k = 2
                while (d + ' - %d' % k).casefold() in seen:
                    k += 1
                q = ' - %d' % k
            d = d + q
            c['rec']['displayName'] = d
        seen[d.casefold()] = c
    for c in ex:
        register(owners, c['rec'], c['id'])

    by_kind = {}
    for c in ex:
        by_kind.setdefault(c['kind'], []).append(c)

    # ---------------- hard negatives
    hns = []
    used_anchor = set()

    def take(pool, pred):
        cands = [c for c in pool if c['id'] not in used_anchor and pred(c)]
        c = R.choice(cands)
        used_anchor.add(c['id'])
        return c

    def hn_add(anchor, c, hn_type, rule, shared):
        c['id'] = REG.new_id()
        c['shared'] = set(s for s in shared if s in ('address', 'email'))
        rec = cust_rec(c)
        c['rec'] = rec
        hns.append({'c': c, 'anchor': anchor, 'hn_type': hn_type, 'rule': rule, 'shared': shared})
        register(owners, rec, c['id'])

    ke_p = [c for c in ex if not c['org'] and c['country'] == 'KE']

    def shows_fam(c):
        shown = set(toks(c['rec']['displayName'] + ' ' + (c['rec']['familyName'] or '')))
        return squeeze(c['p']['fam']) in shown and (c['p']['mid'] is None or squeeze(c['p']['mid']) in shown) \
            and c['p']['given'] and squeeze(c['p']['given']) in set(toks(c['rec']['displayName'] + ' ' + (c['rec']['givenName'] or '')))
    # 1 father/son
    for i in range(15):
        a = take(ke_p, lambda c: c['p']['g'] == 'M' and c['p']['mid'] and not c['p']['part'] and c['addr']
                 and shows_fam(c)
                 and c['rec']['address'] and not c['shared'] and c['rec']['phone'] and c['kind'] != 'person/sole_trader')
        p = a['p']
        son = {'g': 'M', 'given': R.choice([x for x in CHR_M if x != p['given'] and x not in NICKS.get(p['given'].lower(), [])]),
               'mid': p['fam'], 'fam': p['mid'], 'part': None, 'comm': p['comm'], 'hus': None}
        c = make_person('person/smallholder', town=a['town'], p=son, addr=a['addr'],
                        email='auto' if chance(0.5) else None)
        c['display'] = full_name(son)
        c['givenName'], c['familyName'] = son['given'], R.choice([son['fam'], son['mid'] + ' ' + son['fam']])
        a['shared'].add('address')
        hn_add(a, c, 'father_son', 'father and son at one address: different Christian names, the son carries the '
               "father's name as his own; own phone numbers", ['address', 'family_name'])
    # 2 namesakes
    for i in range(15):
        a = take(ke_p, lambda c: c['addr'] and c['rec']['address'] and c['rec']['phone'] and c['kind'] in ('person/smallholder',
                                                                                    'person/large_farmer')
                 and not c['shared'] and c['addr']['country'] == 'KE' and shows_fam(c))
        t2 = pick_town()
        while t2 == a['town'] or TOWNS[t2][0] == TOWNS[a['town']][0]:
            t2 = pick_town()
        p = dict(a['p'])
        c = make_person('person/smallholder', town=t2, p=p, email='auto' if chance(0.4) else None)
        c['display'], c['givenName'], c['familyName'] = a['display'], a['givenName'], a['familyName']
        c['display'] = re.sub(r'^(?:Mr\.?|Mrs\.?|Ms\.|Dr\.|Hon\.|Mzee|Eng\.|Rev\.|Pastor|Fr\.) ', '', c['display'])
        hn_add(a, c, 'namesake', 'same name, but lives in another town with its own phone and no common e-mail',
               ['name'])
    # 3 two chamas of one church
    for i in range(15):
        g = church_groups[i]
        a = g['chama']
        used_anchor.add(a['id'])
        c = make_org('org/chama', town=g['town'], name=g['short'] + ' ' + g['gw'][1], addr=g['addr'])
        hn_add(a, c, 'church_chamas', 'another group of the same church (different group name), sharing only the '
               "church's P.O. Box", ['address', 'name_core'])
    # 4 co-operatives sharing a box
    for i in range(15):
        g = coops[i]
        a = g['c']
        used_anchor.add(a['id'])
        pl = R.choice(PLACES)
        while any(x['base'] == pl for x in coops) or org_core(pl) in [org_core(x['companyName']) for x in ex if x['org']]:
            pl = R.choice(PLACES)
        name = pl + R.choice([' Dairy Farmers Co-operative Society', ' Coffee Growers Co-operative Society Ltd',
                              ' Potato Growers Co-op Society'])
        c = make_org('org/cooperative', town=g['town'], name=name, addr=a['addr'], base=pl)
        hn_add(a, c, 'coops_shared_box', 'a different co-operative society (other registered name) that uses the same '
               'P.O. Box', ['address'])
    # 5 agrovet branches in other towns
    for i in range(15):
        a = take(by_kind['org/agrovet'], lambda c: c['addr'] and c['rec']['address'] and not c['shared']
                 and c['country'] == 'KE' and c['rec']['phone'] and '(' not in c['rec']['displayName'])
        t2 = pick_town()
        while t2 == a['town'] or TOWNS[t2][0] == TOWNS[a['town']][0]:
            t2 = pick_town()
        name = a['companyName'] + R.choice([' - ', ', ', ' ']) + t2 + R.choice(['', ' Branch'])
        c = make_org('org/agrovet', town=t2, name=name, email=None if chance(0.5) else 'auto')
        hn_add(a, c, 'agrovet_branch', 'another branch of the same agrovet chain in another town, billed separately '
               '(own phone, own address)', ['name_core'])
    # 6 county departments
    for i in range(15):
        g = counties[i]
        a = g['recs'][0]
        used_anchor.add(a['id'])
        d = R.choice([x for x in DEPTS if x not in g['depts']])
        name = 'County Government of %s - Department of %s' % (g['county'], d)
        em = fresh_email(squeeze(d)[:10], [g['dom']]) if chance(0.6) else None
        c = make_org('org/county', town=g['town'], name=name, addr=a['addr'], email=em, base=g['county'])
        hn_add(a, c, 'county_departments', 'another department of the same county government; departments are '
               'separate customers (own vote/LPO), same county P.O. Box', ['address', 'name_core'])
    # 7 spouses
    for i in range(15):
        a = take(ke_p, lambda c: c['p']['g'] == 'M' and c['addr'] and c['rec']['address'] and not c['shared']
                 and c['rec']['phone'] and c['kind'] in ('person/smallholder', 'person/large_farmer')
                 and c['p']['comm'] not in ('coastal', 'somali') and shows_fam(c))
        w = new_person(gender='F', comm=a['p']['comm'], married_ok=False)
        w['fam'] = a['p']['fam']
        c = make_person('person/smallholder', town=a['town'], p=w, addr=a['addr'],
                        email='auto' if chance(0.5) else None)
        c['display'] = R.choice(['Mrs. ', '', '']) + full_name(w)
        c['givenName'], c['familyName'] = w['given'], w['fam']
        a['shared'].add('address')
        hn_add(a, c, 'spouses', 'husband and wife on one farm: different first names and gender, each with own phone '
               'and own account', ['address', 'family_name'])
    # 8 same building, other shop
    for i in range(15):
        a = take(by_kind['org/agrovet'], lambda c: c.get('building') and c['rec']['address'] and c['rec']['phone']
                 and not c['shared'])
        bld = a['building']
        phys, _ = shop_phys(a['town'], building=bld)
        for _ in range(50):
            c = make_org(R.choice(['org/agrovet', 'org/company']), town=a['town'],
                         addr=new_addr(a['town'], box=None, physical=phys))
            if org_core(c['companyName']) != org_core(a['companyName']) and org_core(c['companyName']):
                break
        hn_add(a, c, 'same_building', 'a different business in the same building, other shop number and other name',
               ['building'])
    # 9 flower group sister companies
    for i in range(15):
        g = groups[8 + i]
        a = g['c1']
        used_anchor.add(a['id'])
        name = g['base'] + g['sfx'] + R.choice([' Holdings', ' Farms', ' Exports', ' Estates', ' Propagation']) + legal()
        c = make_org('org/flower_farm', town='Naivasha', name=name, addr=g['office'], email=g['mail'], base=g['base'])
        hn_add(a, c, 'flower_group', 'a sister company of the same flower group (different registered name), billed '
               'through the same Nairobi office and accounts@ mailbox', ['address', 'email', 'name_core'])
    # 10 saint schools
    schools = [c for c in by_kind['org/school'] if c['companyName'].startswith('St. ')]
    for i in range(15):
        a = take(schools, lambda c: c['rec']['phone'] or c['rec']['email'])
        m = re.match(r"St\. (.+)'s (Boys|Girls) High School, (.+)$", a['companyName'])
        s, gen, town = m.group(1), m.group(2), m.group(3)
        ex_names = set(squeeze(x['companyName']) for x in ex if x['org'])
        while True:
            if chance(0.5):
                gen2, town2 = ('Girls' if gen == 'Boys' else 'Boys'), town
            else:
                gen2 = gen
                town2 = pick_town()
                while town2 == town:
                    town2 = pick_town()
            name = "St. %s's %s High School, %s" % (s, gen2, town2)
            if squeeze(name) not in ex_names:
                break
        c = make_org('org/school', town=town2, name=name)
        hn_add(a, c, 'saint_schools', 'another school named after the same saint: %s' %
               ('boys vs girls school' if town2 == town else 'in another town'), ['name_core'])

    # ---------------- new customers
    ex_pairs = set()
    ex_cores = set()
    ex_emails = [c['rec']['email'].casefold() for c in ex if c['rec']['email']]
    for c in ex:
        ex_pairs |= person_pairs(c['rec'])
        if c['org']:
            ex_cores.add(org_core(c['rec']['companyName']))
    ex_phone = set(k for c in ex for k in phone_keys(c['rec']['phone']))
    ex_addr = set(addr_key(c['rec']['address']) for c in ex if c['rec']['address'])
    ex_near = NearIndex()
    for e in ex_emails:
        ex_near.add(e)

    def new_ok(rec):
        if rec['email'] and ex_near.near(rec['email'].casefold()):
            return False
        if phone_keys(rec['phone']) & ex_phone:
            return False
        if rec['address'] and addr_key(rec['address']) in ex_addr:
            return False
        if person_pairs(rec) & ex_pairs:
            return False
        if rec['companyName'] is not None:
            core = org_core(rec['companyName'])
            if not core or core in ex_cores:
                return False
        return True

    kinds_new = ([('person/smallholder', 40), ('person/large_farmer', 8), ('person/sole_trader', 12),
                  ('person/professional', 6), ('person/foreign', 3), ('org/agrovet', 10), ('org/company', 6),
                  ('org/cooperative', 3), ('org/sacco', 2), ('org/chama', 4), ('org/school', 3), ('org/church', 2),
                  ('org/ngo', 2), ('org/flower_farm', 1), ('org/foreign', 2)])
    news = []
    occ_plan = [1] * 340 + [2] * 55 + [3] * 25
    R.shuffle(occ_plan)
    new_cores = set()
    for nocc in occ_plan:
        for _ in range(200):
            k = wchoice(kinds_new)
            if k == 'person/foreign':
                c = make_person(k, country=R.choice(['UG', 'TZ']))
            elif k == 'org/foreign':
                c = make_org(k, country=R.choice(['UG', 'TZ']))
            elif k.startswith('person'):
                c = make_person(k, email='auto' if chance(0.6) else None)
            else:
                c = make_org(k)
            lower = chance(0.07)
            rec = cust_rec(c, lower=lower)
            if not (rec['email'] or rec['phone'] or rec['address']):
                continue
            if new_ok(rec) and (not c['org'] or org_core(rec['companyName']) not in new_cores):
                break
        else:
            raise RuntimeError('new customer')
        c['id'] = REG.new_id()
        c['shared'] = set()
        c['rec'] = rec
        if c['org']:
            new_cores.add(org_core(rec['companyName']))
        register(owners, rec, c['id'])
        news.append({'c': c, 'n': nocc})

    # ---------------- matches
    def unique_channels(c):
        rec = c['rec']
        ch = []
        if rec['email'] and owners['email'].get(rec['email'].casefold()) == {c['id']}:
            ch.append('email')
        if any(owners['phone'].get(k) == {c['id']} for k in sorted(phone_keys(rec['phone']))):
            ch.append('phone')
        if rec['address'] and addr_strong(addr_key(rec['address'])) and \
                owners['address'].get(addr_key(rec['address'])) == {c['id']}:
            ch.append('address')
        return ch

    eligible = [c for c in ex if unique_channels(c)]
    R.shuffle(eligible)
    anchors_sel = [c for c in eligible if c['id'] in used_anchor][:110]
    anchors_sel += [c for c in eligible if c['id'] not in used_anchor and QUAL_RE.match(c['rec']['displayName'])]
    rest = [c for c in eligible if c not in anchors_sel]
    chosen = anchors_sel + rest[:825 - len(anchors_sel)]
    R.shuffle(chosen)
    matches = []
    for c in chosen:
        prof = wchoice([('light', 33), ('medium', 40), ('harsh', 27)])
        for tries in range(4):
            uc = unique_channels(c)
            protect = R.choice(uc)
            res = vary(c['rec'], c, c['phone'] if c['rec']['phone'] else None, prof, owners, protect)
            if res:
                break
            prof = {'harsh': 'medium', 'medium': 'light', 'light': 'light'}[prof]
        if not res:
            raise RuntimeError('match variant ' + c['id'])
        I, labels, ev, ph = res
        register(owners, I, c['id'])
        matches.append({'c': c, 'rec': I, 'labels': labels, 'profile': prof})
    # repeats of new customers
    repeats = []
    for nw in news:
        c = nw['c']
        for k in range(nw['n'] - 1):
            prof = wchoice([('light', 40), ('medium', 40), ('harsh', 20)])
            res = None
            for tries in range(4):
                uc = unique_channels(c)
                protect = R.choice(uc)
                res = vary(c['rec'], c, c['phone'] if c['rec']['phone'] else None, prof, owners, protect,
                           extra_ok=new_ok)
                if res:
                    break
                prof = {'harsh': 'medium', 'medium': 'light', 'light': 'light'}[prof]
            if not res:
                raise RuntimeError('repeat variant')
            I, labels, ev, ph = res
            register(owners, I, c['id'])
            repeats.append({'c': c, 'rec': I, 'labels': labels, 'profile': prof})

    # ---------------- assemble
    ex_sorted = sorted(ex, key=lambda c: c['rec']['displayName'].casefold())
    ex_index = {c['id']: i for i, c in enumerate(ex_sorted)}
    inc = []
    for m in matches:
        inc.append({'cat': 'match', 'c': m['c'], 'rec': m['rec'], 'labels': m['labels'], 'profile': m['profile']})
    for nw in news:
        inc.append({'cat': 'new', 'c': nw['c'], 'rec': nw['c']['rec'], 'labels': [], 'base': True})
    for rp in repeats:
        inc.append({'cat': 'new', 'c': rp['c'], 'rec': rp['rec'], 'labels': rp['labels'], 'profile': rp['profile'],
                    'base': False})
    for h in hns:
        inc.append({'cat': 'hard_negative', 'c': h['c'], 'rec': h['c']['rec'], 'h': h})
    assert len(inc) == 1500, len(inc)
    R.shuffle(inc)
    # base occurrence first
    pos = {}
    for i, x in enumerate(inc):
        if x['cat'] == 'new':
            pos.setdefault(x['c']['id'], []).append(i)
    for ent in sorted(pos):
        ps = pos[ent]
        items = [inc[i] for i in ps]
        base = [x for x in items if x['base']]
        others = [x for x in items if not x['base']]
        for i, x in zip(ps, base + others):
            inc[i] = x
    first_pos = {ent: pos[ent][0] for ent in pos}

    def kind_of(c):
        return c['kind']

    lines, metas = [], []
    for i, c in enumerate(ex_sorted):
        lines.append({'set': 'existing', 'entity': c['id'], 'contact': c['rec']})
        metas.append({'set': 'existing', 'index': i, 'entity': c['id'], 'category': 'existing', 'kind': kind_of(c),
                      'changes': [], 'shared': sorted(c['shared'])})
    # final owners over the whole file for evidence
    fin = {'email': {}, 'phone': {}, 'address': {}}
    for c in ex_sorted:
        register(fin, c['rec'], c['id'])
    for x in inc:
        register(fin, x['rec'], x['c']['id'])
    occ_count = {}
    for i, x in enumerate(inc):
        c = x['c']
        lines.append({'set': 'incoming', 'entity': c['id'], 'contact': x['rec']})
        m = {'set': 'incoming', 'index': i, 'entity': c['id'], 'category': x['cat'], 'kind': kind_of(c)}
        if x['cat'] == 'match':
            E = c['rec']
            m['changes'] = x['labels']
            m['profile'] = x['profile']
            m['evidence'] = evidence(E, x['rec'], x['labels'], c['id'], fin)
            assert m['evidence'], c['id']
            m['compare_set'] = 'existing'
            m['compare_index'] = ex_index[c['id']]
        elif x['cat'] == 'new':
            occ_count[c['id']] = occ_count.get(c['id'], 0) + 1
            m['occurrence'] = occ_count[c['id']]
            if m['occurrence'] == 1:
                m['changes'] = []
            else:
                m['changes'] = x['labels']
                m['profile'] = x['profile']
                m['evidence'] = evidence(c['rec'], x['rec'], x['labels'], c['id'], fin)
                assert m['evidence']
                m['compare_set'] = 'incoming'
                m['compare_index'] = first_pos[c['id']]
        else:
            h = x['h']
            a = h['anchor']
            labs = classify(a['rec'], x['rec'], not c['org'])
            assert labs is not None
            m['changes'] = labs
            m['anchor'] = a['id']
            m['anchor_index'] = ex_index[a['id']]
            m['hn_type'] = h['hn_type']
            m['rule'] = h['rule']
            m['shared'] = h['shared']
        metas.append(m)
    with open(os.path.join(out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for l in metas:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('wrote', len(lines), 'records to', out)


if __name__ == '__main__':
    main()
