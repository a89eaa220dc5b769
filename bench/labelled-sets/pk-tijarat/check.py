#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent validator for the pk-tijarat set (does not import gen.py).

Checks format, counts, label consistency, hard-negative claims, the
existing list, and determinism of gen.py.  Prints PASS/FAIL lines and
"ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'set.jsonl')
META = os.path.join(HERE, 'meta.jsonl')

RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append((name, bool(ok)))
    line = ('PASS ' if ok else 'FAIL ') + name
    if detail and not ok:
        line += ' :: ' + str(detail)[:600]
    print(line)


# ------------------------------------------------------------------ normalisation (own implementation)
def ascii_digits(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x06F0 <= o <= 0x06F9:
            out.append(chr(48 + o - 0x06F0))
        elif 0x0660 <= o <= 0x0669:
            out.append(chr(48 + o - 0x0660))
        else:
            out.append(c)
    return ''.join(out)


def is_arabic(s):
    return bool(s) and any('\u0600' <= c <= '\u06ff' for c in s)


def non_ascii(s):
    return bool(s) and any(ord(c) > 127 for c in s)


def uan_strip(n):
    m = re.match(r'^\d{2,3}(111\d{6})$', n)
    return m.group(1) if m else n


def phone_set(s):
    out = set()
    if not s:
        return out
    s = ascii_digits(s)
    for part in re.split(r'[,;/&\u060c]', s):
        part = re.split(r'(?i)ext', part)[0]
        d = re.sub(r'\D', '', part)
        if len(d) < 7:
            continue
        if d.startswith('00'):
            d = d[2:]
            intl = True
        elif d.startswith('0'):
            out.add(('92', uan_strip(d[1:])))
            continue
        else:
            intl = d.startswith(('92', '971', '44')) and len(d) >= 11
        if intl:
            for cc in ('971', '92', '44'):
                if d.startswith(cc):
                    rest = d[len(cc):]
                    out.add((cc, uan_strip(rest) if cc == '92' else rest))
                    break
        else:
            out.add(('92', uan_strip(d)))
    return out


def email_set(s):
    out = set()
    if not s:
        return out
    for e in re.split(r'[;,\s]+', s.strip()):
        if '@' not in e:
            continue
        e = e.lower()
        loc, dom = e.split('@', 1)
        if dom in ('gmail.com', 'googlemail.com'):
            loc = loc.split('+')[0].replace('.', '')
            dom = 'gmail.com'
        out.add(loc + '@' + dom)
    return out


CITIES = {
    'lahore': ['lahore', 'lhr', 'لاہور'], 'karachi': ['karachi', 'khi', 'کراچی'],
    'islamabad': ['islamabad', 'isb', 'اسلام آباد'], 'rawalpindi': ['rawalpindi', 'pindi', 'rwp', 'راولپنڈی'],
    'faisalabad': ['faisalabad', 'lyallpur', 'fsd', 'فیصل آباد'], 'multan': ['multan', 'ملتان'],
    'peshawar': ['peshawar', 'پشاور'], 'gujranwala': ['gujranwala', 'grw', 'گوجرانوالہ'],
    'sialkot': ['sialkot', 'سیالکوٹ'], 'sheikhupura': ['sheikhupura', 'shekhupura', 'شیخوپورہ'],
    'sargodha': ['sargodha', 'سرگودھا'], 'bahawalpur': ['bahawalpur', 'bwp', 'بہاولپور'],
    'sahiwal': ['sahiwal', 'montgomery', 'ساہیوال'], 'okara': ['okara', 'اوکاڑہ'], 'kasur': ['kasur', 'qasur', 'قصور'],
    'jhang': ['jhang', 'جھنگ'], 'rahimyarkhan': ['rahim yar khan', 'r.y. khan', 'ry khan', 'رحیم یار خان'],
    'gujrat': ['gujrat', 'گجرات'], 'dgkhan': ['dera ghazi khan', 'd.g. khan', 'dg khan', 'ڈیرہ غازی خان'],
    'chiniot': ['chiniot', 'چنیوٹ'], 'kamoke': ['kamoke', 'kamonki', 'کامونکی'], 'muridke': ['muridke', 'مریدکے'],
    'tobateksingh': ['toba tek singh', 't.t. singh', 'tt singh', 'ٹوبہ ٹیک سنگھ'], 'hyderabad': ['hyderabad', 'حیدرآباد'],
    'sukkur': ['sukkur', 'سکھر'], 'larkana': ['larkana', 'لاڑکانہ'],
    'nawabshah': ['nawabshah', 'shaheed benazirabad', 'نوابشاہ'], 'mirpurkhas': ['mirpur khas', 'mirpurkhas', 'میرپورخاص'],
    'mardan': ['mardan', 'مردان'], 'abbottabad': ['abbottabad', 'abbotabad', 'ایبٹ آباد'],
    'mingora': ['mingora', 'mingora swat', 'مینگورہ'], 'kohat': ['kohat', 'کوہاٹ'],
    'dikhan': ['dera ismail khan', 'd.i. khan', 'di khan', 'ڈیرہ اسماعیل خان'], 'nowshera': ['nowshera', 'نوشہرہ'],
    'mansehra': ['mansehra', 'مانسہرہ'], 'dubai': ['dubai', 'دبئی'], 'sharjah': ['sharjah', 'شارجہ'],
    'abudhabi': ['abu dhabi', 'ابوظہبی'], 'bradford': ['bradford'], 'birmingham': ['birmingham'],
    'manchester': ['manchester'], 'london': ['london'],
}
CITY_FORMS = []
for _k in sorted(CITIES):
    for _f in CITIES[_k]:
        CITY_FORMS.append((_f, _k))


def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for k, y in enumerate(b, 1):
            cur.append(min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (x != y)))
        prev = cur
    return prev[-1]


def city_of(s):
    if not s:
        return None
    t = re.sub(r'\s+', ' ', s.lower().strip(' .,'))
    for f, k in CITY_FORMS:
        if f == t:
            return k
    if is_arabic(t):
        return None
    best = {}
    for f, k in CITY_FORMS:
        if not is_arabic(f):
            d = edit(t, f)
            if k not in best or d < best[k]:
                best[k] = d
    m = min(best.values())
    ks = [k for k in best if best[k] == m]
    if len(ks) == 1 and m <= (1 if len(t) <= 5 else 2):
        return ks[0]
    return None


ROMAN = {'ii': '2', 'iii': '3', 'iv': '4'}
ABBREV = {'rd': 'road', 'opp': 'opposite', 'nr': 'near', 'st': 'street', 'hosp': 'hospital', 'govt': 'government',
          'blvd': 'boulevard', 'mkt': 'market'}
ASTOP = {'near', 'opposite', 'behind', 'back', 'side', 'no', 'the', 'and', 'of', 'nazd'}


def addr_sig(a):
    if not a:
        return None
    city = city_of(a.get('city'))
    if city is None:
        return None
    t = ascii_digits((a.get('line1') or '') + ' ' + (a.get('line2') or ''))
    nums = [str(int(x)) for x in re.findall(r'\d+', t)]
    nums += [ROMAN[x.lower()] for x in re.findall(r'(?<![A-Za-z])(iii|ii|iv)(?![A-Za-z])', t, re.I)]
    if nums:
        return (city, 'D') + tuple(sorted(nums))
    words = sorted(set(ABBREV.get(w, w) for w in re.findall(r'[a-z]+', t.lower())) - ASTOP)
    if not words:
        return None
    return (city, 'W') + tuple(words)


VARIANT_GROUPS = [
    'yousaf yusuf yousuf', 'ahmad ahmed', 'qureshi quraishi qureishi', 'chaudhry chaudhary choudhry', 'naveed navid',
    'hussain hussein husain', 'hassan hasan', 'usman osman usmaan', 'umar omar', 'javed javaid javid', 'iqbal ikbal',
    'waqas waqqas', 'zeeshan zishan', 'faisal faysal', 'saleem salim', 'rashid rasheed', 'aamir amir',
    'khalid khaled', 'ilyas ilyaas elyas', 'mehmood mahmood mahmud', 'siddiqui siddiqi sidiqui', 'gillani gilani',
    'bukhari bokhari', 'sheikh shaikh', 'baig beg', 'ayesha aisha ayisha', 'kulsoom kalsoom kulsum', 'zainab zenab',
    'mehwish mahwish', 'rubina robina', 'yousafzai yusufzai', 'sohail suhail', 'shoaib shuaib', 'ijaz ejaz',
    'pervaiz parvez pervez', 'younas younis yunus', 'idrees idris', 'naeem naim', 'waseem wasim', 'shakeel shakil',
    'riaz riyaz', 'imtiaz imtiyaz', 'mushtaq mushtak', 'shafiq shafique', 'rafiq rafique', 'siddique siddiq',
    'saeed saeid', 'bashir basheer', 'nazir nazeer', 'latif lateef', 'hameed hamid', 'majeed majid', 'zafar zaffar',
    'fatima fatimah', 'nasreen nasrin', 'parveen perveen parvin', 'naheed nahid', 'haroon harun',
    'mudassar mudassir mudasar', 'qasim kasim', 'shahzad shehzad', 'ahsan ehsan', 'jamil jameel', 'asif aasif',
    'tariq tarik', 'kashif kashaf', 'junaid junaed', 'sarfraz sarfaraz', 'abbas abas', 'farooq faruq farouq',
    'yaqoob yaqub yakoob', 'ishaq ishaque', 'nawaz niwaz', 'hanif haneef', 'sadia saadia', 'saima saema',
    'samina sameena', 'nabila nabeela', 'shazia shazya', 'tahira tahirah', 'asma asmaa', 'maryam mariam mariyam',
    'khadija khadijah', 'rabia rabiya']
VREP = {}
for _g in VARIANT_GROUPS:
    _ws = _g.split()
    for _w in _ws:
        VREP[_w] = min(_ws + ([VREP[_w]] if _w in VREP else []))
for _g in VARIANT_GROUPS:
    _ws = _g.split()
    _r = min(VREP[_w] for _w in _ws)
    for _w in _ws:
        VREP[_w] = _r
LEADING = {'dr', 'doctor', 'ch', 'chaudhry', 'chaudhary', 'choudhary', 'choudhry', 'syed', 'sayed', 'syyed', 's',
           'haji', 'hajji', 'alhaj', 'hafiz', 'malik', 'rana', 'mian', 'mia', 'mrs', 'madam', 'mst', 'mussammat',
           'mr', 'ms', 'miss', 'engr', 'prof'}
TRAILING = {'sb', 'sahib', 'bhai', 'jan', 'jr', 'sr'}
MUHAMMAD = {'muhammad', 'mohammad', 'muhammed', 'mohammed', 'mohd', 'md', 'muhd', 'm'}
ORG_DROP = {'pvt', 'ltd', 'private', 'limited', 'smc', 'co', 'company', 'and', 'regd', 'the', 'llc'}
ORG_SYN = {'med': 'medical', 'stores': 'store', 'chemist': 'chemists', 'center': 'centre', 'son': 'sons',
           'bros': 'brothers'}


def ptoks(name):
    if not name or non_ascii(name):
        return None
    s = re.sub(r'\([^)]*\)', ' ', name.lower()).split(' - ')[0]
    s = re.split(r'\b(?:s/o|d/o|w/o)\b', s)[0]
    t = re.findall(r'[a-z]+', s)
    while t and t[0] in LEADING:
        t = t[1:]
    while t and t[-1] in TRAILING:
        t = t[:-1]
    t = ['muhammad' if x in MUHAMMAD else VREP.get(x, x) for x in t]
    return t or None


def pkey(name):
    t = ptoks(name)
    return ' '.join(sorted(t)) if t else None


def otoks(name):
    if not name or non_ascii(name):
        return None
    t = re.findall(r'[a-z0-9]+', name.lower().replace('&', ' and '))
    if t[:2] == ['m', 's']:
        t = t[2:]
    if t[:1] == ['messrs']:
        t = t[1:]
    out, i = [], 0
    while i < len(t):
        if t[i] == 'al' and i + 1 < len(t):
            out.append('al' + t[i + 1])
            i += 2
        else:
            out.append(t[i])
            i += 1
    out = [ORG_SYN.get(x, x) for x in out if x not in ORG_DROP]
    return out or None


def okey(name):
    t = otoks(name)
    return ''.join(t) if t else None


def fam(c):
    if not c['familyName']:
        return None
    t = [x for x in re.findall(r'[a-z]+', c['familyName'].lower()) if x not in TRAILING]
    return VREP.get(t[-1], t[-1]) if t else None


def fac(c):
    n = c['companyName']
    if not n or ' - ' not in n:
        return None
    return ' '.join(re.findall(r'[a-z0-9]+', n.split(' - ')[0].lower()))


def first_given(c):
    t = ptoks(c['displayName'])
    t = [x for x in (t or []) if x != 'muhammad']
    return t[0] if t else None


def shared_contacts(a, b):
    out = []
    if email_set(a['email']) & email_set(b['email']):
        out.append('email')
    if phone_set(a['phone']) & phone_set(b['phone']):
        out.append('phone')
    sa, sb = addr_sig(a['address']), addr_sig(b['address'])
    if sa is not None and sa == sb:
        out.append('address')
    return out


# ------------------------------------------------------------------ checks
PERSON_KINDS = {'person', 'doctor'}
FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
AFIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
HN_TYPES_MIN = 10


def main():
    for f in (SET, META):
        if not os.path.exists(f):
            report('files exist', False, f)
            return finish()
    raw_s = open(SET, encoding='utf-8').read().split('\n')
    raw_m = open(META, encoding='utf-8').read().split('\n')
    report('set.jsonl has 3000 lines ending with newline', len(raw_s) == 3001 and raw_s[-1] == '', len(raw_s))
    report('meta.jsonl has 3000 lines ending with newline', len(raw_m) == 3001 and raw_m[-1] == '', len(raw_m))
    try:
        S = [json.loads(x) for x in raw_s[:-1]]
        M = [json.loads(x) for x in raw_m[:-1]]
    except Exception as ex:
        report('JSON parses', False, ex)
        return finish()
    report('JSON parses', True)

    # ---- format
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ['set', 'entity', 'contact']:
            bad.append((i, 'keys'))
            continue
        c = r['contact']
        if not isinstance(c, dict) or list(c.keys()) != FIELDS:
            bad.append((i, 'contact keys'))
            continue
        for f in FIELDS[:-1]:
            v = c[f]
            if v is not None and (not isinstance(v, str) or v == '' or v != v.strip()):
                bad.append((i, f))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != AFIELDS:
                bad.append((i, 'address keys'))
            else:
                for f in AFIELDS:
                    v = a[f]
                    if v is not None and (not isinstance(v, str) or v == '' or v != v.strip()):
                        bad.append((i, 'address.' + f))
                if all(a[f] is None for f in AFIELDS):
                    bad.append((i, 'empty address object'))
        if not c['displayName']:
            bad.append((i, 'no displayName'))
    report('record format (keys, non-empty stripped strings or null)', not bad, bad[:10])
    report('lines 1-1500 existing, 1501-3000 incoming',
           all(S[i]['set'] == 'existing' for i in range(1500)) and all(S[i]['set'] == 'incoming' for i in range(1500, 3000)))
    report('entity ids are c + 7 hex', all(re.match(r'^c[0-9a-f]{7}$', r['entity']) for r in S))
    E = S[:1500]
    I = S[1500:]
    names = [r['contact']['displayName'].casefold() for r in E]
    report('existing sorted by displayName.casefold()', names == sorted(names))
    report('existing displayName unique (case-insensitive)', len(set(names)) == 1500)
    ex_ent = [r['entity'] for r in E]
    report('existing: one record per customer (entity ids unique)', len(set(ex_ent)) == 1500)
    report('existing: every record has email, phone or address',
           all(r['contact']['email'] or r['contact']['phone'] or r['contact']['address'] for r in E))

    # ---- meta alignment
    mis = []
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < 1500 else i - 1500
        if m.get('set') != r['set'] or m.get('index') != idx or m.get('entity') != r['entity']:
            mis.append(i)
        for k in ('category', 'kind', 'changes'):
            if k not in m:
                mis.append((i, k))
    report('meta aligned with set (set, index, entity, category, kind, changes)', not mis, mis[:10])
    cats = {}
    for m in M:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    report('categories only in the right set',
           all(M[i]['category'] == 'existing' for i in range(1500)) and
           all(M[i]['category'] in ('match', 'new', 'hard_negative') for i in range(1500, 3000)))
    report('counts: 1500 existing, 825 match (55%), 525 new (35%), 150 hard negatives',
           cats.get('existing') == 1500 and cats.get('match') == 825 and cats.get('new') == 525 and cats.get('hard_negative') == 150, cats)
    persons = sum(1 for m in M[:1500] if m['kind'] in PERSON_KINDS)
    report('existing mix: persons about 35%% (%d)' % persons, 0.30 <= persons / 1500.0 <= 0.40)
    bad = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r['contact']
        if m['kind'] in PERSON_KINDS and c['companyName'] is not None:
            bad.append(i)
        if m['kind'] not in PERSON_KINDS and not c['companyName']:
            bad.append(i)
    report('persons have no companyName, organisations always have one', not bad, bad[:10])
    bad = [i for i, m in enumerate(M) if not isinstance(m['changes'], list) or
           any(not isinstance(t, str) or not re.match(r'^(%s):[a-z0-9_+]+$' % '|'.join(FIELDS), t) for t in m['changes'])]
    report('changes are lists of "field:what"', not bad, bad[:10])

    ex_by_ent = dict((r['entity'], i) for i, r in enumerate(E))
    inc_ents = {}
    for i, r in enumerate(I):
        inc_ents.setdefault(r['entity'], []).append(i)

    # ---- keys over the existing list
    pcount, ocount, corecount = {}, {}, {}
    for r, m in zip(E, M[:1500]):
        c = r['contact']
        if m['kind'] in PERSON_KINDS:
            k = pkey(c['displayName'])
            if k:
                pcount[k] = pcount.get(k, 0) + 1
        else:
            t = otoks(c['companyName'])
            if t:
                ocount[''.join(t)] = ocount.get(''.join(t), 0) + 1
                corecount[t[0]] = corecount.get(t[0], 0) + 1

    def diff_consistent(ci, cc, changes):
        for f in FIELDS:
            differs = ci[f] != cc[f]
            tagged = any(t.startswith(f + ':') for t in changes)
            if differs != tagged:
                return f
        return None

    def name_city(ci, cc, person):
        if person:
            k1, k2 = pkey(ci['displayName']), pkey(cc['displayName'])
            if not k1 or k1 != k2 or len(k2.split()) < 3 or pcount.get(k2) != 1:
                return False
        else:
            t1, t2 = otoks(ci['companyName']), otoks(cc['companyName'])
            if not t1 or not t2 or ''.join(t1) != ''.join(t2) or ocount.get(''.join(t2)) != 1:
                return False
        if not ci['address'] or not cc['address']:
            return False
        a, b = city_of(ci['address']['city']), city_of(cc['address']['city'])
        return a is not None and a == b

    # ---- matches
    bad_ref, bad_ev, bad_find, bad_diff, bad_prof = [], [], [], [], []
    n_name_city = 0
    for i in range(1500):
        m = M[1500 + i]
        if m['category'] != 'match':
            continue
        r = I[i]
        if r['entity'] not in ex_by_ent or m.get('compare_set') != 'existing' or m.get('compare_index') != ex_by_ent[r['entity']]:
            bad_ref.append(i)
            continue
        if m.get('profile') not in ('light', 'medium', 'harsh'):
            bad_prof.append(i)
        comp = E[m['compare_index']]['contact']
        ev = shared_contacts(r['contact'], comp)
        if ev != m.get('evidence'):
            bad_ev.append((i, ev, m.get('evidence')))
        if not ev:
            if m.get('findable_by') == 'name+city' and name_city(r['contact'], comp, m['kind'] in PERSON_KINDS):
                n_name_city += 1
            else:
                bad_find.append(i)
        elif m.get('findable_by') != 'contact':
            bad_find.append(i)
        f = diff_consistent(r['contact'], comp, m['changes'])
        if f:
            bad_diff.append((i, f))
    report('matches point to the existing record of the same customer', not bad_ref, bad_ref[:10])
    report('matches have a profile light|medium|harsh', not bad_prof, bad_prof[:10])
    report('match evidence (shared e-mail/phone/address) verified exactly', not bad_ev, bad_ev[:5])
    report('every match findable (evidence, or distinctive name + city: %d)' % n_name_city, not bad_find, bad_find[:10])
    report('match changes list exactly the fields that differ', not bad_diff, bad_diff[:10])
    profs = set(M[1500 + i].get('profile') for i in range(1500) if M[1500 + i]['category'] == 'match')
    report('all three profiles used', profs == {'light', 'medium', 'harsh'}, profs)

    # ---- new customers
    bad = []
    ex_emails, ex_phones, ex_addr = {}, {}, {}
    for j, r in enumerate(E):
        c = r['contact']
        for e in email_set(c['email']):
            ex_emails.setdefault(e, []).append(j)
        for ph in phone_set(c['phone']):
            ex_phones.setdefault(ph, []).append(j)
        sg = addr_sig(c['address'])
        if sg:
            ex_addr.setdefault(sg, []).append(j)
    occ_bad, ev_bad, leak, diff_bad = [], [], [], []
    seen_new = {}
    for i in range(1500):
        m = M[1500 + i]
        r = I[i]
        if m['category'] != 'new':
            continue
        if r['entity'] in ex_by_ent:
            bad.append(i)
        others = [M[1500 + k]['category'] for k in inc_ents[r['entity']]]
        if any(x != 'new' for x in others):
            bad.append(i)
        k = seen_new.get(r['entity'], 0) + 1
        seen_new[r['entity']] = k
        if m.get('occurrence') != k or k > 3:
            occ_bad.append(i)
        if k >= 2:
            first = inc_ents[r['entity']][0]
            if m.get('compare_set') != 'incoming' or m.get('compare_index') != first:
                occ_bad.append(i)
            else:
                ev = shared_contacts(r['contact'], I[first]['contact'])
                if ev != m.get('evidence') or not ev or m.get('profile') not in ('light', 'medium', 'harsh'):
                    ev_bad.append((i, ev, m.get('evidence')))
                f = diff_consistent(r['contact'], I[first]['contact'], m['changes'])
                if f:
                    diff_bad.append((i, f))
        c = r['contact']
        if any(e in ex_emails for e in email_set(c['email'])) or any(ph in ex_phones for ph in phone_set(c['phone'])) \
                or (addr_sig(c['address']) in ex_addr):
            leak.append(i)
    report('new customers are not existing customers and only appear as new', not bad, bad[:10])
    report('new occurrences numbered 1..3 in file order, repeats compare to occurrence 1', not occ_bad, occ_bad[:10])
    report('repeated new customers: evidence verified and findable', not ev_bad, ev_bad[:5])
    report('repeated new customers: changes list exactly the fields that differ', not diff_bad, diff_bad[:10])
    report('new customers share no e-mail, phone or address with any existing customer', not leak, leak[:10])
    occs = {}
    for n in seen_new.values():
        occs[n] = occs.get(n, 0) + 1
    report('some new customers repeated 2 or 3 times (%s)' % sorted(occs.items()), occs.get(2, 0) > 0 and occs.get(3, 0) > 0)

    # ---- hard negatives
    types = {}
    bad_ref, bad_claim, bad_rule, bad_diff = [], [], [], []
    for i in range(1500):
        m = M[1500 + i]
        if m['category'] != 'hard_negative':
            continue
        r = I[i]
        t = m.get('hn_type')
        types[t] = types.get(t, 0) + 1
        ai = m.get('anchor_index')
        if r['entity'] in ex_by_ent or len(inc_ents[r['entity']]) != 1 or not isinstance(ai, int) or not 0 <= ai < 1500 \
                or E[ai]['entity'] != m.get('anchor') or m.get('anchor') == r['entity'] or not m.get('rule'):
            bad_ref.append(i)
            continue
        c, a = r['contact'], E[ai]['contact']
        person = m['kind'] in PERSON_KINDS
        aperson = M[ai]['kind'] in PERSON_KINDS
        sh = m.get('shared') or []
        got = shared_contacts(c, a)
        claims_ok = sorted(x for x in sh if x in ('email', 'phone', 'address')) == sorted(got)
        ca = city_of(c['address']['city']) if c['address'] else None
        cb = city_of(a['address']['city']) if a['address'] else None
        for cl in sh:
            if cl in ('email', 'phone', 'address'):
                continue
            if cl == 'name':
                k1 = pkey(c['displayName']) if person else okey(c['companyName'])
                k2 = pkey(a['displayName']) if aperson else okey(a['companyName'])
                claims_ok &= (k1 is not None and k1 == k2)
            elif cl == 'city':
                claims_ok &= (ca is not None and ca == cb)
            elif cl == 'familyName':
                claims_ok &= (fam(c) is not None and fam(c) == fam(a))
            elif cl == 'name_core':
                t1, t2 = otoks(c['companyName']), otoks(a['companyName'])
                claims_ok &= bool(t1) and bool(t2) and t1[0] == t2[0]
            elif cl == 'facility':
                claims_ok &= (fac(c) is not None and fac(c) == fac(a))
            else:
                claims_ok = False
        if not claims_ok or not sh:
            bad_claim.append((i, t, sh, got))
        # really another customer
        if person and aperson:
            same_name = pkey(c['displayName']) is not None and pkey(c['displayName']) == pkey(a['displayName'])
        elif not person and not aperson:
            same_name = okey(c['companyName']) is not None and okey(c['companyName']) == okey(a['companyName'])
        else:
            same_name = False
        ok = not (same_name and got)
        if t in ('namesake_elsewhere', 'namesake_same_city'):
            ok &= 'name' in sh and not got and (ca != cb if t == 'namesake_elsewhere' else 'city' in sh)
        elif t in ('household_member', 'father_son', 'spouse', 'brothers_in_business'):
            ok &= 'address' in got and first_given(c) is not None and first_given(c) != first_given(a)
            if t in ('father_son', 'brothers_in_business'):
                ok &= 'familyName' in sh
        elif t == 'same_name_other_town':
            ok &= 'name' in sh and not got and ca is not None and cb is not None and ca != cb
        elif t == 'similar_name_other_trade':
            ok &= 'name_core' in sh and 'city' in sh and not got and not same_name
        elif t == 'other_branch':
            ok &= 'name_core' in sh and 'email' in got and not same_name
        elif t == 'group_company':
            ok &= 'name_core' in sh and ('email' in got or 'phone' in got) and not same_name
        elif t == 'shared_agent_mailbox':
            t1, t2 = otoks(c['companyName']), otoks(a['companyName'])
            ok &= ('email' in got or 'phone' in got) and not (t1 and t2 and t1[0] == t2[0])
        elif t == 'later_occupant':
            ok &= 'address' in got and 'email' not in got and 'phone' not in got and not same_name
        elif t == 'public_body_department':
            ok &= 'facility' in sh and 'address' in got and not same_name
        else:
            ok = False
        if not ok:
            bad_rule.append((i, t))
        f = diff_consistent(c, a, m['changes'])
        if f:
            bad_diff.append((i, f))
    report('hard negatives: own entity, not existing, anchor valid, rule given', not bad_ref, bad_ref[:10])
    report('hard negatives really share what they claim (and claim every shared contact)', not bad_claim, bad_claim[:5])
    report('hard negatives really are other customers under the stated rule', not bad_rule, bad_rule[:10])
    report('hard-negative changes list exactly the fields that differ', not bad_diff, bad_diff[:10])
    report('at least %d hard-negative kinds (%d)' % (HN_TYPES_MIN, len(types)), len(types) >= HN_TYPES_MIN, types)

    # ---- label consistency across the incoming set
    bad = []
    for ent, idxs in inc_ents.items():
        cs = set(M[1500 + k]['category'] for k in idxs)
        if len(cs) != 1:
            bad.append(ent)
        elif cs == {'match'} and ent not in ex_by_ent:
            bad.append(ent)
    report('same entity id = same customer (one category per entity, matches only of existing ids)', not bad, bad[:10])

    # ---- no two existing records are one customer
    dup = []
    buckets = {}
    for j, r in enumerate(E):
        c = r['contact']
        pts = ['e:' + e for e in sorted(email_set(c['email']))] + ['p:%s:%s' % ph for ph in sorted(phone_set(c['phone']))]
        sg = addr_sig(c['address'])
        if sg:
            pts.append('a:' + repr(sg))
        for pt in pts:
            buckets.setdefault(pt, []).append(j)

    def ekey(j):
        c = E[j]['contact']
        return ('p', pkey(c['displayName'])) if M[j]['kind'] in PERSON_KINDS else ('o', okey(c['companyName']))
    for pt in sorted(buckets):
        js = buckets[pt]
        if len(js) < 2:
            continue
        ks = [ekey(j) for j in js]
        for x in range(len(js)):
            for y in range(x + 1, len(js)):
                if ks[x][1] is not None and ks[x] == ks[y]:
                    dup.append((js[x], js[y], pt))
    report('no two existing records are one customer (same name and a shared contact point)', not dup, dup[:10])

    # ---- realism of the scenario
    allc = [r['contact'] for r in S]
    txt = json.dumps([r['contact'] for r in S], ensure_ascii=False)
    report('Urdu script present in names and addresses',
           sum(1 for c in allc if is_arabic(c['displayName'])) >= 100 and sum(1 for c in allc if c['address'] and is_arabic(c['address']['line1'] or '')) >= 50)
    report('Muhammad written several ways', all(x in txt for x in ('Muhammad ', 'Mohammad ', 'M. ', 'Mohd. ')))
    report('parentage s/o, d/o, w/o present', all(x in txt for x in (' s/o ', ' d/o ', ' w/o ')))
    phones = [c['phone'] for c in allc if c['phone']]
    report('phone formats: +92, 0092, 92-, local 0, bare, several numbers, UAN, Urdu digits',
           all(any(re.search(pat, ph) for ph in phones) for pat in
               (r'^\+92', r'^0092', r'^92-', r'^03\d\d-\d{7}', r'^3\d{9}$', r'[,/;]', r'111', '[۰-۹]')))
    report('UAE and UK customers present', '+971' in txt and '+44' in txt)
    report('Chak villages, landmarks and postcodes present', 'Chak' in txt and ('Near ' in txt or 'Opp' in txt) and
           sum(1 for c in allc if c['address'] and c['address']['postalCode']) > 100)
    finish()


def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def determinism():
    tmp = tempfile.mkdtemp(prefix='pkt_check_')
    try:
        digests = []
        for seed in ('0', '12345'):
            out = os.path.join(tmp, 'run' + seed)
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = seed
            subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', out], env=env, check=True)
            digests.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
        report('determinism: PYTHONHASHSEED=0 and 12345 give identical SHA-256', digests[0] == digests[1], digests)
        report('determinism: files in folder equal a fresh run', digests[0] == (sha(SET), sha(META)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def finish():
    pass


if __name__ == '__main__':
    main()
    determinism()
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print('FAILED %d of %d checks:' % (len(failed), len(RESULTS)))
        for n in failed:
            print('  - ' + n)
        sys.exit(1)
    print('ALL CHECKS PASSED (%d checks)' % len(RESULTS))
    sys.exit(0)
