#!/usr/bin/env python3
"""Independent validator of the cz-stavebniny set. Does not import gen.py.

    python3 check.py [DIR]      (default: the folder of this file)

Prints PASS / FAIL lines and, when everything passes, "ALL CHECKS PASSED" (exit 0).
"""
import collections
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
N_EX = 1500
N_IN = 1500

FAILS = []


def report(ok, name, detail=''):
    print(('PASS ' if ok else 'FAIL ') + name + (('  -- ' + detail) if detail else ''))
    if not ok:
        FAILS.append(name)


# =====================================================================================
# Normalisations (an independent copy of the definitions documented in README.txt)
# =====================================================================================
GOOD_CHARS = frozenset(''.join(chr(i) for i in range(32, 127)) + 'áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽäöüÄÖÜôľĺŕ')


def strip_acc(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def badness(s):
    return sum(1 for ch in s if ch not in GOOD_CHARS)


def demojibake(s):
    best, bb = s, badness(s)
    if bb == 0:
        return s
    for enc, dec in (('cp1252', 'cp1250'), ('cp1252', 'iso8859_2'), ('cp1252', 'utf-8'), ('cp1250', 'utf-8'),
                     ('latin-1', 'utf-8')):
        try:
            t = s.encode(enc).decode(dec)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        b = badness(t)
        if b < bb:
            best, bb = t, b
    return best


def fold(s):
    return strip_acc(demojibake(s)).lower()


NAME_STOP = frozenset(['ing', 'mgr', 'bc', 'mudr', 'judr', 'rndr', 'phdr', 'mvdr', 'arch', 'doc', 'prof', 'phd',
                       'csc', 'dis', 'mba', 'ml', 'st', 'pan', 'pani', 'pi', 'sro', 'spol', 'as', 'vos', 'ks', 'zs',
                       'po', 'akciova', 'spolecnost', 'verejna', 'obchodni', 'komanditni', 'zapsany', 'spolek',
                       'prispevkova', 'organizace', 'org', 'ico', 'ic', 'dic'])


def name_tokens(s):
    s = fold(s)
    s = re.sub(r'\bcz\d{8,10}\b', ' ', s)
    s = re.sub(r'\b\d{8}\b', ' ', s)
    return [t for t in re.findall(r'[a-z0-9]+', s) if len(t) > 1 and t not in NAME_STOP]


def name_variants(c):
    out = []
    for s in (c.get('displayName'), c.get('companyName'),
              ' '.join(x for x in (c.get('givenName'), c.get('familyName')) if x)):
        if s:
            t = ' '.join(sorted(name_tokens(s)))
            if t and t not in out:
                out.append(t)
    return out


def name_score_v(va, vb):
    best = 0.0
    for a in va:
        for b in vb:
            r = difflib.SequenceMatcher(None, a, b).ratio()
            if r > best:
                best = r
    return best


def name_score(c1, c2):
    return name_score_v(name_variants(c1), name_variants(c2))


def email_set(e):
    out = set()
    if not e:
        return out
    for part in re.split(r'[;,\s]+', e.strip().lower()):
        part = part.strip().strip('<>').replace('mailto:', '')
        if '@' in part:
            out.add(part)
    return out


def phone_set(p):
    out = set()
    if not p:
        return out
    for part in re.split(r'[;,]| nebo ', p):
        part = re.split(r'(?i)kl\.|ext|linka', part)[0]
        d = re.sub(r'\D', '', part)
        if d.startswith('00420'):
            d = d[5:]
        elif d.startswith('420') and len(d) == 12:
            d = d[3:]
        if len(d) == 9:
            out.add(d)
    return out


ADDR_ABBR = {'nam': 'namesti', 'tr': 'trida', 'nabr': 'nabrezi', 'sv': 'svatopluka', 'sidl': 'sidliste'}
ADDR_STOP = frozenset(['cp', 'ul', 'ulice', 'cislo', 'popisne', 'orientacni', 'co'])


def city_base(city):
    if not city:
        return None
    c = fold(city)
    c = re.sub(r'^\s*\d{3}\s?\d{2}\s+', '', c)
    c = re.split(r'[-,0-9]', c)[0]
    c = ' '.join(re.findall(r'[a-z]+', c))
    return c or None


def addr_key(a):
    if not a:
        return None
    line = None
    for k in ('line1', 'line2'):
        v = a.get(k)
        if v and re.search(r'\d', v):
            line = v
            break
    if line is None:
        return None
    fl = fold(line)
    cb = city_base(a.get('city'))
    psc = re.sub(r'\D', '', a.get('postalCode') or '')
    if len(psc) != 5:
        psc = None
    m = re.search(r'(p\s*\.?\s*o\s*\.?\s*box|\bpob\b|postovni\s+prihradka)\s*(\d+)', fl)
    if m:
        return ('pobox', m.group(2), frozenset(), psc, cb)
    nums = frozenset(re.findall(r'\d+[a-z]?\b', fl))
    rest = re.sub(r'\d+[a-z]?\b', ' ', fl)
    words = [w for w in re.findall(r'[a-z]+', rest) if len(w) > 1 and w not in ADDR_STOP]
    words = [ADDR_ABBR.get(w, w) for w in words]
    cw = cb.split() if cb else []
    if cw and len(words) > len(cw) and words[-len(cw):] == cw:
        words = words[:-len(cw)]
    street = ' '.join(words) or (cb or '')
    return ('street', street, nums, psc, cb)


def keys_shared(ka, kb):
    if not ka or not kb or ka[0] != kb[0]:
        return False
    same_place = (ka[3] is not None and ka[3] == kb[3]) or (ka[4] is not None and ka[4] == kb[4])
    if not same_place:
        return False
    if ka[0] == 'pobox':
        return ka[1] == kb[1]
    if not (ka[2] & kb[2]):
        return False
    return difflib.SequenceMatcher(None, ka[1], kb[1]).ratio() >= 0.85


def evidence(c1, c2):
    out = []
    if email_set(c1.get('email')) & email_set(c2.get('email')):
        out.append('email')
    if phone_set(c1.get('phone')) & phone_set(c2.get('phone')):
        out.append('phone')
    if keys_shared(addr_key(c1.get('address')), addr_key(c2.get('address'))):
        out.append('address')
    return out


GENERIC_STEM = frozenset(['stavby', 'stavebni', 'stavebniny', 'stavitelstvi', 'firma', 'spolecenstvi', 'vlastniku',
                          'jednotek', 'domu', 'obec', 'obecni', 'urad', 'mesto', 'mestsky', 'mestys', 'zakladni',
                          'skola', 'materska', 'farnost', 'rimskokatolicka', 'druzstvo', 'bytove', 'instalace',
                          'topeni', 'prace', 'reality', 'sprava', 'spravce', 'servis', 'group', 'holding', 'invest',
                          'svj', 'bd', 'ms', 'ou', 'meu', 'tj', 'sk', 'fc', 'sokol', 'telocvicna', 'jednota',
                          'sportovni', 'klub', 'fotbalovy', 'technicke', 'sluzby', 'ts', 'sbor', 'dobrovolnych',
                          'hasicu', 'sdh', 'nemovitosti', 'domovni', 'odbor', 'provozovna', 'and', 'syn', 'spol',
                          'morava', 'trade', 'development', 'technik', 'logistik', 'facility', 'projekt', 'instal',
                          'construction', 'centrum', 'rk', 'reditelstvi', 'uradu'])


def stem_tokens(s):
    return set(t for t in name_tokens(s) if len(t) >= 3 and not t.isdigit() and t not in GENERIC_STEM)


def family_root(s):
    if not s:
        return None
    t = re.findall(r'[a-z]+', fold(s))
    if not t:
        return None
    w = t[0]
    if w.endswith('ova') and len(w) > 5:
        w = w[:-3]
    elif w[-1] in 'yai' and len(w) > 3:
        w = w[:-1]
    return w


def hn_shared(c, a):
    out = []
    if name_score(c, a) >= 0.85:
        out.append('name')
    fa, fb = family_root(c.get('familyName')), family_root(a.get('familyName'))
    if fa and fb and (fa == fb or (len(fa) >= 4 and difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.85)):
        out.append('family')
    if c.get('companyName') and a.get('companyName'):
        if stem_tokens(c['companyName']) & stem_tokens(a['companyName']):
            out.append('stem')
    ca = city_base((c.get('address') or {}).get('city'))
    cb = city_base((a.get('address') or {}).get('city'))
    if ca and ca == cb:
        out.append('city')
    out.extend(evidence(c, a))
    return out


def ico_valid(ico):
    s = sum(int(d) * w for d, w in zip(ico[:7], range(8, 1, -1)))
    return ico[7] == str((11 - s % 11) % 10)


ADDR_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
CFIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ALL_FIELDS = CFIELDS + ['address.' + k for k in ADDR_KEYS]


def diff_fields(a, b):
    out = []
    for k in CFIELDS[:6]:
        if a.get(k) != b.get(k):
            out.append(k)
    aa, bb = a.get('address'), b.get('address')
    if (aa is None) != (bb is None):
        out.append('address')
    elif aa is not None:
        for k in ADDR_KEYS:
            if aa.get(k) != bb.get(k):
                out.append('address.' + k)
    return out


HN_REQ = {
    'private_vs_osvc': (['name'], ['email', 'phone', 'address'], []),
    'osvc_vs_private': (['name'], ['email', 'phone', 'address'], []),
    'osvc_founded_sro': ([], ['email', 'phone', 'address'], []),
    'svj_of_spravce': ([], ['email', 'phone'], []),
    'svj_sibling': (['city'], ['email', 'phone'], []),
    'group_sister': (['stem'], ['email', 'phone', 'address'], []),
    'father_son': (['name', 'address'], [], []),
    'spouse': (['family', 'address'], [], []),
    'household_relative': (['family', 'address'], [], []),
    'same_name_other_town': (['name'], [], ['email', 'phone', 'address', 'city']),
    'employee_private': ([], ['email', 'phone'], []),
    'successor_at_address': (['address'], [], []),
    'municipal_org': (['stem', 'city'], [], []),
    'osvc_namesake_ico': (['name'], [], ['email', 'phone', 'address']),
    'firm_stem': (['stem'], [], ['email', 'phone', 'address']),
}
VOCAB = set('''typo nickname initial given_dropped title_added title_dropped title_in_given suffix_dropped swapped
one_field names_dropped name_order married_name filled_wrongly case accents_dropped mojibake legal_form
legal_form_dropped ico_added ico_dropped renamed branch department abbreviation trade_format contact_changed
contact_dropped contact_added display_format source_format disambiguation_dropped new dropped added second_added
format digit_off extension street_format street_abbreviation postcode_format city_format region_format
country_format moved moved_in_town second_home building_site po_box street_dropped note_added wrong_field
city_in_street own_mailbox own_number own_address'''.split()) | set(HN_REQ)
ORG_KINDS = {'sro', 'as', 'vos', 'ks', 'group', 'osvc', 'svj', 'bd', 'spravce', 'obec', 'skola', 'farnost', 'klub',
             'druzstvo', 'ts', 'sdh'}
PERSON_KINDS = {'homeowner', 'household', 'chalupar'}


def sha(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


# =====================================================================================
def main():
    set_path, meta_path = os.path.join(DIR, 'set.jsonl'), os.path.join(DIR, 'meta.jsonl')
    try:
        with open(set_path, encoding='utf-8') as f:
            raw_set = f.read().split('\n')
        with open(meta_path, encoding='utf-8') as f:
            raw_meta = f.read().split('\n')
        S = [json.loads(l) for l in raw_set if l]
        M = [json.loads(l) for l in raw_meta if l]
        report(True, 'files parse as JSON lines')
    except Exception as e:  # noqa
        report(False, 'files parse as JSON lines', repr(e))
        return finish()

    # ------------------------------------------------------------------ format
    report(len(S) == N_EX + N_IN and raw_set[-1] == '' and '' not in raw_set[:-1],
           'set.jsonl has 3,000 lines', str(len(S)))
    report(len(M) == len(S), 'meta.jsonl has one line per set.jsonl line', str(len(M)))
    bad = []
    for i, o in enumerate(S):
        if list(o.keys()) != ['set', 'entity', 'contact']:
            bad.append((i, 'keys'))
            continue
        if o['set'] not in ('existing', 'incoming') or not re.fullmatch(r'c[0-9a-f]{7}', o['entity']):
            bad.append((i, 'set/entity'))
        c = o['contact']
        if not isinstance(c, dict) or list(c.keys()) != CFIELDS:
            bad.append((i, 'contact keys'))
            continue
        for k in CFIELDS[:6]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip()):
                bad.append((i, k))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                bad.append((i, 'address keys'))
                continue
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    bad.append((i, 'address.' + k))
    report(not bad, 'record format (keys, entity ids, non-empty strings or null)', str(bad[:5]))
    report(all(o['set'] == 'existing' for o in S[:N_EX]) and all(o['set'] == 'incoming' for o in S[N_EX:]),
           'lines 1-1500 existing, 1501-3000 incoming')

    E, I = S[:N_EX], S[N_EX:]
    ME, MI = M[:N_EX], M[N_EX:]
    bad = [i for i, (o, m) in enumerate(zip(S, M)) if m.get('set') != o['set'] or m.get('entity') != o['entity']
           or m.get('index') != (i if i < N_EX else i - N_EX)]
    report(not bad, 'meta aligned with set (set, index, entity)', str(bad[:5]))
    bad = [i for i, m in enumerate(M) if m.get('party') not in ('org', 'person') or not m.get('kind')
           or (m['party'] == 'org') != (m['kind'] in ORG_KINDS) or m['kind'] not in ORG_KINDS | PERSON_KINDS]
    report(not bad, 'meta party / kind consistent', str(bad[:5]))

    # ------------------------------------------------------------------ existing
    ids = [o['entity'] for o in E]
    report(len(set(ids)) == N_EX, 'existing: one record per customer (unique entity ids)')
    keys = [o['contact']['displayName'].casefold() for o in E]
    report(keys == sorted(keys), 'existing: sorted by displayName case-folded')
    report(len(set(keys)) == N_EX, 'existing: displayName unique case-insensitively')
    base = collections.Counter(re.sub(r' \([^()]*\)$', '', o['contact']['displayName']).casefold() for o in E)
    dis = [o['contact']['displayName'] for o in E if re.search(r' \((\d+|[^()0-9]+)\)$', o['contact']['displayName'])
           and base[re.sub(r' \([^()]*\)$', '', o['contact']['displayName']).casefold()] > 1]
    report(len(dis) >= 5, 'existing: repeated names carry a disambiguation "(City)" / "(2)"', '%d records' % len(dis))
    bad = [i for i, o in enumerate(E) if not (o['contact']['email'] or o['contact']['phone'] or o['contact']['address'])]
    report(not bad, 'existing: every record has e-mail, phone or address', str(bad[:5]))
    bad = [i for i, o in enumerate(E) if o['contact']['address'] and
           not re.fullmatch(r'[A-Z]{2}', o['contact']['address']['country'] or '')]
    report(not bad, 'existing: country as ISO code', str(bad[:5]))
    bad = [i for i, o in enumerate(E) if o['contact']['address'] and
           not re.fullmatch(r'\d{3} ?\d{2}', o['contact']['address']['postalCode'] or '')]
    report(not bad, 'existing: postal codes are Czech PSČ', str(bad[:5]))
    bad = [i for i, o in enumerate(E) if o['contact']['phone'] and not phone_set(o['contact']['phone'])]
    report(not bad, 'existing: phones are Czech 9-digit numbers', str(bad[:5]))
    bad = [i for i, (o, m) in enumerate(zip(E, ME)) if (m['party'] == 'org') != bool(o['contact']['companyName'])]
    report(not bad, 'existing: organisations have companyName, persons have none', str(bad[:5]))
    bad = [i for i, m in enumerate(ME) if m['category'] != 'existing' or m['changes'] != []]
    report(not bad, 'existing: meta category existing, no changes', str(bad[:5]))

    # ------------------------------------------------------------------ IČO check digits
    icos, badico = 0, []
    for o in S:
        c = o['contact']
        for v in (c['displayName'], c['companyName'], (c['address'] or {}).get('line2')):
            for m in re.finditer(r'\bic[o]?\b\W{0,3}(\d{8})\b', fold(v or '')):
                icos += 1
                if not ico_valid(m.group(1)):
                    badico.append(m.group(1))
    report(icos > 100 and not badico, 'IČO in names have valid check digits', '%d seen, bad %s' % (icos, badico[:5]))

    # ------------------------------------------------------------------ incoming categories
    ex_index = {o['entity']: i for i, o in enumerate(E)}
    cats = collections.Counter(m['category'] for m in MI)
    report(set(cats) <= {'match', 'new', 'hard_negative'}, 'incoming categories are match / new / hard_negative',
           str(dict(cats)))
    report(cats['hard_negative'] == 150, 'exactly 150 hard negatives', str(cats['hard_negative']))
    report(0.50 <= cats['match'] / N_IN <= 0.60, 'about 55% matches', '%.1f%%' % (100 * cats['match'] / N_IN))
    report(0.30 <= cats['new'] / N_IN <= 0.40, 'about 35% new customers', '%.1f%%' % (100 * cats['new'] / N_IN))
    srcs = collections.Counter(m.get('source') for m in MI)
    report(3 <= len(srcs) <= 5 and None not in srcs, '3-5 upstream sources', str(dict(srcs)))
    hnt = collections.Counter(m.get('hn_type') for m in MI if m['category'] == 'hard_negative')
    report(12 <= len(hnt) <= 16 and set(hnt) <= set(HN_REQ), '12-16 hard-negative types', '%d types' % len(hnt))

    # ------------------------------------------------------------------ label consistency
    bad = []
    ent_cat = {}
    for j, m in enumerate(MI):
        ent_cat.setdefault(m['entity'], set()).add(m['category'])
    bad += [e for e, cs in ent_cat.items() if len(cs) > 1]
    first_pos = {}
    occ_seen = collections.defaultdict(list)
    for j, m in enumerate(MI):
        e = m['entity']
        if m['category'] == 'match':
            if e not in ex_index or m.get('compare_set') != 'existing' or m.get('compare_index') != ex_index[e]:
                bad.append(('match', j))
        elif m['category'] == 'new':
            if e in ex_index:
                bad.append(('new in existing', j))
            occ_seen[e].append((j, m.get('occurrence')))
            if m.get('occurrence') == 1:
                if e in first_pos or any(k in m for k in ('profile', 'evidence', 'compare_set')) or m['changes']:
                    bad.append(('occ1', j))
                first_pos[e] = j
            else:
                if e not in first_pos or m.get('compare_set') != 'incoming' or m.get('compare_index') != first_pos[e]:
                    bad.append(('repeat', j))
        else:
            if e in ex_index or m.get('anchor') not in ex_index or ex_index[m['anchor']] != m.get('anchor_index') \
                    or m['anchor'] == e or not m.get('rule'):
                bad.append(('hn', j))
            if sum(1 for x in S if x['entity'] == e) != 1:
                bad.append(('hn repeated', j))
    for e, lst in occ_seen.items():
        if [o for _, o in lst] != list(range(1, len(lst) + 1)):
            bad.append(('occurrence order', e))
    report(not bad, 'label consistency (entities, compare targets, anchors, occurrence order)', str(bad[:5]))
    rules = collections.defaultdict(set)
    for m in MI:
        if m['category'] == 'hard_negative':
            rules[m['hn_type']].add(m['rule'])
    report(all(len(v) == 1 for v in rules.values()), 'one business rule per hard-negative type')
    per_ent = collections.Counter(m['entity'] for m in MI if m['category'] == 'match')
    reps = collections.Counter(m['entity'] for m in MI if m['category'] == 'new')
    report(max(per_ent.values()) >= 2 and max(reps.values()) >= 2 and sum(1 for v in reps.values() if v > 1) >= 20,
           'some customers matched several times, some new customers repeated',
           '%d matched customers (max %d), %d repeated new' % (len(per_ent), max(per_ent.values()),
                                                                sum(1 for v in reps.values() if v > 1)))
    profs = collections.Counter(m.get('profile') for m in MI if 'compare_set' in m)
    report(set(profs) == {'light', 'medium', 'harsh'}, 'noise profiles light / medium / harsh on matches and repeats',
           str(dict(profs)))

    # ------------------------------------------------------------------ party rules
    bad = []
    for j, (o, m) in enumerate(zip(I, MI)):
        c = o['contact']
        if m['party'] == 'org' and not c['companyName']:
            bad.append(j)
        if m['party'] == 'person' and c['companyName'] and 'companyName:filled_wrongly' not in m['changes']:
            bad.append(j)
    report(not bad, 'organisations always have companyName; persons only when a source wrongly fills it', str(bad[:5]))

    # ------------------------------------------------------------------ change lists
    def compared(j):
        m = MI[j]
        if m['category'] == 'match' or (m['category'] == 'new' and m.get('occurrence', 1) > 1):
            return (E if m['compare_set'] == 'existing' else I)[m['compare_index']]['contact']
        if m['category'] == 'hard_negative':
            return E[m['anchor_index']]['contact']
        return None

    bad = []
    for j, m in enumerate(MI):
        cmp = compared(j)
        if cmp is None:
            continue
        want = diff_fields(cmp, I[j]['contact'])
        got = []
        for ch in m['changes']:
            f, _, w = ch.partition(':')
            if f not in ALL_FIELDS or w not in VOCAB:
                bad.append((j, 'vocab', ch))
            if f not in got:
                got.append(f)
        if sorted(got) != sorted(want) or not want:
            bad.append((j, want, got))
    report(not bad, 'change lists name exactly the fields that differ (known vocabulary)', str(bad[:3]))

    # ------------------------------------------------------------------ evidence and findability
    bad = []
    nc = []
    for j, m in enumerate(MI):
        if 'compare_set' not in m:
            continue
        ev = evidence(compared(j), I[j]['contact'])
        if ev != m.get('evidence'):
            bad.append((j, ev, m.get('evidence')))
        if m.get('findable') != ('identifier' if ev else 'name+city'):
            bad.append((j, 'findable'))
        if m.get('findable') == 'name+city':
            nc.append(j)
    report(not bad, 'evidence recomputed from the records; findable = identifier iff evidence', str(bad[:3]))
    report(len(nc) >= 100, 'at least 100 matches / repeats share no identifier', '%d name+city' % len(nc))
    bad = []
    pool_ex = [(o['entity'], o['contact'], name_variants(o['contact']),
                city_base((o['contact']['address'] or {}).get('city'))) for o in E]
    pool_in = [(o['entity'], o['contact'], name_variants(o['contact']),
                city_base((o['contact']['address'] or {}).get('city'))) for o in I]
    for j in nc:
        c = I[j]['contact']
        cb = city_base((c.get('address') or {}).get('city'))
        tgt = compared(j)
        if not cb or cb != city_base((tgt.get('address') or {}).get('city')):
            bad.append((j, 'town'))
            continue
        vr = name_variants(c)
        same = other = 0.0
        for ent, _, nv, pcb in pool_ex + pool_in[:j]:
            if pcb != cb:
                continue
            s = name_score_v(vr, nv)
            if ent == I[j]['entity']:
                same = max(same, s)
            else:
                other = max(other, s)
        if not (same >= 0.6 and same - other >= 0.1):
            bad.append((j, round(same, 3), round(other, 3)))
    report(not bad, 'name+city records: same town, the clear best name match there '
                    '(score >= 0.6, margin >= 0.1 over any other customer)', str(bad[:5]))

    # ------------------------------------------------------------------ hard negatives
    bad = []
    for j, m in enumerate(MI):
        if m['category'] != 'hard_negative':
            continue
        sh = hn_shared(I[j]['contact'], E[m['anchor_index']]['contact'])
        req, anyof, forbid = HN_REQ[m['hn_type']]
        if sh != m.get('shared') or not sh:
            bad.append((j, sh, m.get('shared')))
        elif not all(r in sh for r in req) or (anyof and not any(x in sh for x in anyof)) \
                or any(x in sh for x in forbid):
            bad.append((j, m['hn_type'], sh))
    report(not bad, 'hard negatives: shared recomputed from records, fits the type', str(bad[:3]))

    # ------------------------------------------------------------------ no unlabelled collisions
    ex_emails, ex_phones, ex_addr = {}, {}, collections.defaultdict(list)
    for i, o in enumerate(E):
        for e in email_set(o['contact']['email']):
            ex_emails.setdefault(e, i)
        for p in phone_set(o['contact']['phone']):
            ex_phones.setdefault(p, i)
        k = addr_key(o['contact']['address'])
        if k:
            ex_addr[k[4]].append(k)
    bad = []
    for j, m in enumerate(MI):
        if m['category'] != 'new':
            continue
        c = I[j]['contact']
        if any(e in ex_emails for e in email_set(c['email'])) or any(p in ex_phones for p in phone_set(c['phone'])):
            bad.append(j)
            continue
        k = addr_key(c['address'])
        if k and any(keys_shared(k, k2) for k2 in ex_addr.get(k[4], [])):
            bad.append(j)
    report(not bad, 'new customers share no e-mail / phone / address with existing customers', str(bad[:5]))

    # ------------------------------------------------------------------ determinism
    gen = os.path.join(HERE, 'gen.py')
    hashes = []
    try:
        for seed in ('1', '4242'):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, gen, '--out', td], check=True, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                hashes.append((sha(os.path.join(td, 'set.jsonl')), sha(os.path.join(td, 'meta.jsonl'))))
        here = (sha(set_path), sha(meta_path))
        report(hashes[0] == hashes[1] == here, 'determinism: two runs with different PYTHONHASHSEED give identical '
                                               'files, equal to the ones checked', 'set.jsonl sha256 ' + here[0])
    except Exception as e:  # noqa
        report(False, 'determinism', repr(e))
    return finish()


def finish():
    if FAILS:
        print('%d CHECK(S) FAILED' % len(FAILS))
        return 1
    print('ALL CHECKS PASSED')
    return 0


if __name__ == '__main__':
    sys.exit(main())
