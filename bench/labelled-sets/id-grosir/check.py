#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent validator of the id-grosir set (does not import gen.py).

Recomputes from the records themselves: format, counts, labels, evidence,
shared claims, change lists, name+town findability, tax-id check digits,
and determinism of gen.py (two runs, different PYTHONHASHSEED, SHA-256).
Prints PASS/FAIL lines and finally ALL CHECKS PASSED (exit 0) or exits 1.
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'set.jsonl')
META = os.path.join(HERE, 'meta.jsonl')

CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDRESS_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
SOURCES = {'branch_so', 'whatsapp', 'efaktur', 'driver_notes'}
PROFILES = {'light', 'medium', 'harsh'}
SHARED_KEYS = ['name', 'familyName', 'companyName', 'firm_stem', 'email', 'email_domain', 'phone', 'address', 'street',
               'npwp', 'npwp_base', 'city']

# change vocabulary (README.txt, "Change vocabulary")
VOCAB = set('''
case title_added title_dropped title_written name_fields name_order whatsapp_name short_name display_format
contact_in_name legal_form legal_form_dropped legal_form_added contact_dropped contact_added not_captured added
format street_written rt_rw_dropped rt_rw_added rt_rw_written kelurahan_dropped kelurahan_added kelurahan_written
layout city_written region_dropped region_written postal_dropped postal_added country_dropped country_written
npwp_dropped npwp_added npwp_written truncated qbo_disambiguation
nickname spelling_old spelling_new initials family_dropped given_dropped prefix_dropped birth_order_dropped
abbreviation surname_spelling family_spelling typo chinese_name spouse married_name contact_changed wrong_field
renamed spelling abbreviated acronym billed_as_owner billed_as_toko
domain_variant new_email dropped placeholder
other_number added_number new_number site_contact_number digit_off digits_swapped area_code_dropped
house_number street_typo street_missing landmark postal_code rt_rw phone_in_address email_in_address moved
moved_town po_box mojibake whitespace
sibling_firm_name sibling_owner other_email neighbouring_address other_address other_npwp director_as_person
mobile_only personal_email home_address personal_tax_id new_legal_person office_number company_email
company_tax_id other_outlet other_outlet_address branch_npwp branch_name branch_address branch_email namesake
family_member other_business spouse_contact other_person site_address legal_form_cv owner_as_contact
koperasi_name other_unit unit_email
'''.split())

FAILS = []


def report(ok, name, detail=''):
    if ok:
        print('PASS: ' + name)
    else:
        print('FAIL: ' + name + (' -- ' + detail if detail else ''))
        FAILS.append(name)


# ---------------------------------------------------------------------------
# Normalisation (written from the README definitions)
# ---------------------------------------------------------------------------

MOJI_MARKS = ('\u00e2\u20ac', '\u00c3', '\u00c2')


def demangle(text):
    if any(mark in text for mark in MOJI_MARKS):
        try:
            return text.encode('cp1252').decode('utf-8')
        except UnicodeError:
            return text
    return text


def simplify(text):
    t = unicodedata.normalize('NFKD', demangle(text))
    return ''.join(c for c in t if unicodedata.category(c) != 'Mn' and not unicodedata.combining(c)).casefold()


NAME_DROP = set('''bpk bapak pak ibu bu h hj haji hajjah ir drs dra dr ny nyonya sdr sdri se sh st spd mm mt ak cik ci
cici koh ko mas mbak cak bli mbok gus mbah ust ustadz kh mandor tukang tkg pemborong admin purchasing
pt cv ud tbk tk toko tb persero'''.split())
STEM_DROP = set('''koperasi karyawan kopkar kop pondok pesantren ponpes pp yayasan yys yay sd smp sma smk mi mts ma mas mis
sdit it islam terpadu swasta sekolah dasar menengah pertama atas kejuruan madrasah ibtidaiyah tsanawiyah aliyah
perumahan perum proyek kantor desa pemdes pemerintah balai cabang cab usaha dagang bangunan material besi kud ksu
unit serba taman kanak'''.split())
FREE = {'gmail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'hotmail.com', 'outlook.com', 'rocketmail.com'}


def words_of_name(text):
    if not text:
        return []
    t = simplify(text)
    t = re.sub(r'\([^)]*\)', ' ', t)
    t = re.sub(r'[^a-z0-9]+', ' ', t)
    return [w for w in t.split() if len(w) >= 2 and w not in NAME_DROP]


def name_keys(c):
    keys = []
    full = ' '.join(p for p in [c['givenName'], c['familyName']] if p)
    for text in [c['displayName'], c['companyName'], full]:
        ws = words_of_name(text)
        if ws:
            k = ' '.join(sorted(ws))
            if k not in keys:
                keys.append(k)
    return keys


def similarity(ka, kb):
    return max([SequenceMatcher(None, x, y).ratio() for x in ka for y in kb] or [0.0])


def town(c):
    a = c.get('address')
    if not a or not a.get('city'):
        return None
    t = re.sub(r'[^a-z ]+', ' ', simplify(a['city']))
    short = {'sby': 'surabaya', 'mlg': 'malang', 'sda': 'sidoarjo', 'sdo': 'sidoarjo', 'jbr': 'jember',
             'dps': 'denpasar', 'bwi': 'banyuwangi'}
    ws = [short.get(w, w) for w in t.split() if w not in ('kota', 'kab', 'kabupaten', 'kotamadya')]
    return ' '.join(ws) or None


def town_of_text(city):
    return town({'address': {'city': city}})


STREET_SYNONYM = {'jalan': 'jl', 'jln': 'jl', 'gang': 'gg', 'perumahan': 'perum', 'blk': 'blok', 'dusun': 'dsn'}
STREET_END = {'rt', 'rw', 'kel', 'kec', 'kelurahan', 'kecamatan', 'br', 'banjar', 'desa', 'ds', 'kota', 'kab',
              'kabupaten'}


def street_of(line1):
    if not line1:
        return ''
    t = simplify(line1)
    t = re.sub(r'\([^)]*\)', ' ', t)
    t = re.sub(r'[^a-z0-9]+', ' ', t)
    t = re.sub(r'([a-z])([0-9])', r'\1 \2', t)
    t = re.sub(r'([0-9])([a-z])', r'\1 \2', t)
    t = re.sub(r'([a-z])([0-9])', r'\1 \2', t)
    t = re.sub(r'([0-9])([a-z])', r'\1 \2', t)
    out = []
    for w in t.split():
        if out and w in STREET_END:
            break
        if w in ('no', 'nomor', 'nomer', 'nmr', 'kav', 'kavling'):
            continue
        out.append(STREET_SYNONYM.get(w, w))
    return ' '.join(out)


def postcode(a):
    p = (a.get('postalCode') or '').strip()
    if re.fullmatch(r'[0-9]{5}', p):
        return p
    m = re.search(r'(?<![0-9])([0-9]{5})(?![0-9])', a.get('city') or '')
    return m.group(1) if m else None


def same_address(a, b):
    if not a or not b:
        return False
    sa, sb = street_of(a.get('line1')), street_of(b.get('line1'))
    if not sa or sa != sb:
        return False
    ta, tb = town_of_text(a.get('city')), town_of_text(b.get('city'))
    if ta is not None and ta == tb:
        return True
    pa, pb = postcode(a), postcode(b)
    return pa is not None and pa == pb


def mails(v):
    if not v:
        return []
    found = []
    for piece in re.split(r'[;,/\s]+', simplify(v)):
        if '@' in piece and piece not in found:
            found.append(piece)
    return found


def numbers(v):
    if not v:
        return []
    found = []
    for piece in re.split(r'[/,;&|]|\batau\b|\bdan\b', simplify(v)):
        d = ''.join(ch for ch in piece if ch.isdigit())
        if d[:2] == '62':
            d = '0' + d[2:]
        elif d[:1] == '8':
            d = '0' + d
        if len(d) >= 9 and d not in found:
            found.append(d)
    return found


def tax_ids(c):
    texts = [c[k] for k in CONTACT_KEYS if k != 'address' and c[k]]
    if c['address']:
        texts += [c['address'][k] for k in ADDRESS_KEYS if c['address'][k]]
    out = []
    for t in texts:
        for m in re.finditer(r'NPWP\W{0,3}([0-9][0-9.\-\u2013 ]{13,22}[0-9])', demangle(t), flags=re.IGNORECASE):
            d = re.sub(r'[^0-9]', '', m.group(1))
            if len(d) == 16 and d[0] == '0':
                d = d[1:]
            if len(d) in (15, 16) and d.strip('0') and d not in out:
                out.append(d)
    return out


def evidence(a, b):
    ev = []
    if set(mails(a['email'])) & set(mails(b['email'])):
        ev.append('email')
    if set(numbers(a['phone'])) & set(numbers(b['phone'])):
        ev.append('phone')
    if same_address(a['address'], b['address']):
        ev.append('address')
    return ev


def stem2(company):
    ws = [w for w in words_of_name(company) if w not in STEM_DROP]
    return ' '.join(ws[:2])


def street_name_only(a):
    if not a:
        return ''
    return ' '.join(w for w in street_of(a.get('line1')).split() if len(w) > 1 and not re.search(r'[0-9]', w))


def shared(a, b):
    out = set()
    na, nb = words_of_name(a['displayName']), words_of_name(b['displayName'])
    if na and sorted(na) == sorted(nb):
        out.add('name')
    if a['familyName'] and b['familyName'] and simplify(a['familyName']).strip() == simplify(b['familyName']).strip():
        out.add('familyName')
    if a['companyName'] and b['companyName']:
        ca, cb = words_of_name(a['companyName']), words_of_name(b['companyName'])
        if ca and sorted(ca) == sorted(cb):
            out.add('companyName')
        if stem2(a['companyName']) and stem2(a['companyName']) == stem2(b['companyName']):
            out.add('firm_stem')
    ma, mb = mails(a['email']), mails(b['email'])
    if set(ma) & set(mb):
        out.add('email')
    if {m.split('@')[1] for m in ma} & {m.split('@')[1] for m in mb} - FREE:
        out.add('email_domain')
    if set(numbers(a['phone'])) & set(numbers(b['phone'])):
        out.add('phone')
    if same_address(a['address'], b['address']):
        out.add('address')
    ta, tb = town(a), town(b)
    sa = street_name_only(a['address'])
    if sa and sa == street_name_only(b['address']) and ta and ta == tb:
        out.add('street')
    xa, xb = tax_ids(a), tax_ids(b)
    if set(xa) & set(xb):
        out.add('npwp')
    if {x[:9] for x in xa if len(x) == 15} & {x[:9] for x in xb if len(x) == 15}:
        out.add('npwp_base')
    if ta and ta == tb:
        out.add('city')
    return [k for k in SHARED_KEYS if k in out]


def luhn_ok(nine):
    total = 0
    for pos, ch in enumerate(reversed(nine)):
        d = int(ch)
        if pos % 2 == 1:
            d = d * 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


NIK_REGIONS = {'3578', '3515', '3525', '3576', '3514', '3573', '3507', '3579', '3509', '3508', '3510', '3574', '3511',
               '3526', '3528', '3529', '5171', '5103', '5104', '5102', '5108', '5105'}


def tax_id_valid(d):
    if len(d) == 15:
        return luhn_ok(d[:9])
    if len(d) == 16:
        day, month = int(d[6:8]), int(d[8:10])
        if day > 40:
            day -= 40
        return d[:4] in NIK_REGIONS and 1 <= day <= 31 and 1 <= month <= 12
    return False


# ---------------------------------------------------------------------------

def main():
    # ---------------- format
    try:
        with open(SET, encoding='utf-8') as f:
            set_lines = f.read().split('\n')
        with open(META, encoding='utf-8') as f:
            meta_lines = f.read().split('\n')
    except OSError as exc:
        report(False, 'files readable', str(exc))
        return finish()
    ok = set_lines[-1] == '' and meta_lines[-1] == ''
    set_lines, meta_lines = set_lines[:-1], meta_lines[:-1]
    report(ok and len(set_lines) == 3000 and len(meta_lines) == 3000, 'set.jsonl and meta.jsonl have 3000 lines each',
           '%d / %d' % (len(set_lines), len(meta_lines)))
    try:
        S = [json.loads(x) for x in set_lines]
        M = [json.loads(x) for x in meta_lines]
    except ValueError as exc:
        report(False, 'every line is JSON', str(exc))
        return finish()
    report(True, 'every line is JSON')

    bad = []
    for n, r in enumerate(S):
        if list(r.keys()) != ['set', 'entity', 'contact'] or r['set'] not in ('existing', 'incoming'):
            bad.append(n)
            continue
        if not isinstance(r['entity'], str) or not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            bad.append(n)
            continue
        c = r['contact']
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            bad.append(n)
            continue
        for k in CONTACT_KEYS[:-1]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                bad.append(n)
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDRESS_KEYS:
                bad.append(n)
                continue
            for k in ADDRESS_KEYS:
                if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                    bad.append(n)
            if all(a[k] is None for k in ADDRESS_KEYS):
                bad.append(n)
    report(not bad, 'record schema (keys, entity ids, non-empty strings or null)', 'lines %s' % bad[:10])
    report(all(r['set'] == 'existing' for r in S[:1500]) and all(r['set'] == 'incoming' for r in S[1500:]),
           'lines 1-1500 existing, 1501-3000 incoming')

    E = [r['contact'] for r in S[:1500]]
    I = [r['contact'] for r in S[1500:]]
    eids = [r['entity'] for r in S[:1500]]
    keys = [c['displayName'].casefold() for c in E]
    report(keys == sorted(keys), 'existing sorted by displayName case-folded')
    report(len(set(keys)) == 1500, 'existing displayName unique case-insensitively')
    report(len(set(eids)) == 1500, 'one existing record per customer')
    report(all(c['email'] or c['phone'] or c['address'] for c in E), 'every existing record has e-mail, phone or address')
    report(all(c['address'] is None or (c['address']['country'] and re.fullmatch(r'[A-Z]{2}', c['address']['country']))
               for c in E), 'existing country as ISO code')
    dis = [c['displayName'] for c in E if re.search(r' \((\d+|[^)]+)\)$', c['displayName'])]
    report(len(dis) >= 10, 'repeated names carry the disambiguation "Name (City)" / "Name (2)"', '%d' % len(dis))
    badpc = []
    for n, c in enumerate(E):
        a = c['address']
        if a and a['postalCode']:
            first = {'Jawa Timur': '6', 'Bali': '8'}.get(a['region'])
            if not re.fullmatch(r'[0-9]{5}', a['postalCode']) or (first and a['postalCode'][0] != first):
                badpc.append(n)
    report(not badpc, 'existing postcodes are 5 digits in their region', str(badpc[:5]))
    badph = []
    for n, c in enumerate(E):
        for d in numbers(c['phone']):
            if not (re.fullmatch(r'08[0-9]{8,11}', d) or re.fullmatch(r'03[0-9]{7,9}', d)):
                badph.append(n)
    report(not badph, 'existing phones are Indonesian mobiles or landlines with area code', str(badph[:5]))
    report(all(c['email'] is None or all(re.fullmatch(r'[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}', m) for m in mails(c['email']))
               for c in E), 'existing e-mails well formed')

    # ---------------- meta alignment
    al = all(m.get('set') == r['set'] and m.get('entity') == r['entity'] for m, r in zip(M, S))
    al = al and all(M[i]['index'] == i for i in range(1500)) and all(M[1500 + j]['index'] == j for j in range(1500))
    report(al, 'meta aligned with set (set, index, entity)')
    cats_ok = all(m['category'] == 'existing' for m in M[:1500]) and \
        all(m['category'] in ('match', 'new', 'hard_negative') for m in M[1500:])
    report(cats_ok, 'categories valid per set')
    need = {'existing': ['kind', 'party', 'changes'],
            'match': ['kind', 'party', 'changes', 'source', 'profile', 'evidence', 'findable', 'compare_set',
                      'compare_index'],
            'new': ['kind', 'party', 'changes', 'source', 'occurrence'],
            'hard_negative': ['kind', 'party', 'changes', 'source', 'anchor', 'anchor_index', 'hn_type', 'rule',
                              'shared']}
    miss = [n for n, m in enumerate(M) if any(k not in m for k in need.get(m['category'], ['?']))]
    miss += [n for n, m in enumerate(M) if m['category'] == 'new' and m.get('occurrence', 1) > 1 and
             any(k not in m for k in ['profile', 'evidence', 'findable', 'compare_set', 'compare_index'])]
    report(not miss, 'meta carries the fields of its category', str(miss[:5]))
    report(all(m['party'] in ('org', 'person') for m in M), 'party is org or person')

    # ---------------- counts
    IM = M[1500:]
    cnt = Counter(m['category'] for m in IM)
    report(cnt['hard_negative'] == 150, 'exactly 150 hard negatives', str(cnt))
    report(0.50 <= cnt['match'] / 1500 <= 0.60, 'about 55% matches', str(cnt['match']))
    report(0.30 <= cnt['new'] / 1500 <= 0.40, 'about 35% new customers', str(cnt['new']))
    types = Counter(m['hn_type'] for m in IM if m['category'] == 'hard_negative')
    report(12 <= len(types) <= 16 and min(types.values()) >= 5, '12-16 hard-negative types', str(dict(types)))
    pc = Counter(m['party'] for m in M[:1500])
    report(0.50 <= pc['person'] / 1500 <= 0.60, 'existing about 55% persons / 45% organisations', str(dict(pc)))
    srcs = Counter(m['source'] for m in IM)
    report(set(srcs) <= SOURCES and 3 <= len(srcs) <= 5 and min(srcs.values()) >= 75, '3-5 sources, each in use',
           str(dict(srcs)))
    mult = Counter(m['entity'] for m in IM if m['category'] == 'match')
    report(any(v >= 2 for v in mult.values()) and any(v >= 3 for v in mult.values()),
           'some existing customers matched several times')
    occs = Counter(m['entity'] for m in IM if m['category'] == 'new')
    report(any(v == 2 for v in occs.values()) and any(v == 3 for v in occs.values()),
           'some new customers repeated two or three times')
    profs = Counter(m.get('profile') for m in IM if m['category'] == 'match' or
                    (m['category'] == 'new' and m['occurrence'] > 1))
    report(set(profs) == PROFILES, 'noise profiles light / medium / harsh on matches and repeats', str(dict(profs)))
    report(all('profile' not in m for m in IM if m['category'] == 'hard_negative' or
               (m['category'] == 'new' and m['occurrence'] == 1)), 'no profile on first occurrences and hard negatives')

    # ---------------- labels
    exist_ids = set(eids)
    errs = []
    first_pos = {}
    seen_occ = {}
    for j, m in enumerate(IM):
        ent = m['entity']
        if m['category'] == 'match':
            ci = m['compare_index']
            if m['compare_set'] != 'existing' or not isinstance(ci, int) or not 0 <= ci < 1500 or eids[ci] != ent:
                errs.append((j, 'match compare'))
        elif m['category'] == 'new':
            if ent in exist_ids:
                errs.append((j, 'new entity in existing'))
            k = m['occurrence']
            if seen_occ.get(ent, 0) + 1 != k:
                errs.append((j, 'occurrence order'))
            seen_occ[ent] = k
            if k == 1:
                first_pos[ent] = j
            elif m['compare_set'] != 'incoming' or m['compare_index'] != first_pos.get(ent):
                errs.append((j, 'repeat compare'))
        else:
            ai = m['anchor_index']
            if ent in exist_ids or not isinstance(ai, int) or not 0 <= ai < 1500 or eids[ai] != m['anchor'] or \
                    not m['rule'].strip():
                errs.append((j, 'hard negative anchor'))
    hn_ents = [m['entity'] for m in IM if m['category'] == 'hard_negative']
    all_ents = Counter(r['entity'] for r in S)
    if any(all_ents[x] != 1 for x in hn_ents):
        errs.append((-1, 'hard negative entity reused'))
    new_ents = {m['entity'] for m in IM if m['category'] == 'new'}
    if new_ents & set(hn_ents):
        errs.append((-1, 'new and hard negative share an entity'))
    report(not errs, 'label consistency (entities, compare indices, occurrences, anchors)', str(errs[:5]))

    perr = []
    for n, (m, c) in enumerate(zip(M, [r['contact'] for r in S])):
        if m['party'] == 'org' and not c['companyName']:
            perr.append(n)
        if m['party'] == 'person' and c['companyName']:
            if m['category'] == 'existing' or not any(x.startswith('companyName:') for x in m['changes']):
                perr.append(n)
    report(not perr, 'organisations have companyName; persons only when a source wrongly fills it', str(perr[:5]))

    # ---------------- changes
    cerr, unknown = [], Counter()
    for j, m in enumerate(IM):
        c = I[j]
        if m['category'] == 'match':
            ref = E[m['compare_index']]
        elif m['category'] == 'hard_negative':
            ref = E[m['anchor_index']]
        elif m['occurrence'] > 1:
            ref = I[m['compare_index']]
        else:
            ref = None
        if ref is None:
            if m['changes']:
                cerr.append(j)
            continue
        diff = {k for k in CONTACT_KEYS if c[k] != ref[k]}
        listed = set()
        for x in m['changes']:
            f, _, what = x.partition(':')
            if f not in CONTACT_KEYS or not what:
                cerr.append(j)
            listed.add(f)
            if what not in VOCAB:
                unknown[what] += 1
        if listed != diff:
            cerr.append(j)
    report(all(m['changes'] == [] for m in M[:1500]), 'existing records carry no changes')
    report(not cerr, 'change lists name exactly the fields that differ from the compared record', str(cerr[:5]))
    report(not unknown, 'change vocabulary as documented', str(dict(unknown)))

    # ---------------- evidence / findability
    pool = {}
    for i, c in enumerate(E):
        t = town(c)
        if t:
            pool.setdefault(t, []).append(i)
    ekeys = [name_keys(c) for c in E]
    everr, fderr, nc = [], [], 0
    for j, m in enumerate(IM):
        if not (m['category'] == 'match' or (m['category'] == 'new' and m['occurrence'] > 1)):
            continue
        c = I[j]
        ref = E[m['compare_index']] if m['compare_set'] == 'existing' else I[m['compare_index']]
        ev = evidence(c, ref)
        if ev != m['evidence']:
            everr.append(j)
        if m['findable'] == 'identifier':
            if not ev:
                fderr.append(j)
            continue
        if m['findable'] != 'name+city' or ev or m['compare_set'] != 'existing':
            fderr.append(j)
            continue
        nc += 1
        if set(tax_ids(c)) & set(tax_ids(ref)):
            fderr.append(j)
            continue
        t = town(c)
        ti = m['compare_index']
        if not t or t != town(ref):
            fderr.append(j)
            continue
        kc = name_keys(c)
        best = similarity(kc, ekeys[ti])
        if best < 0.75:
            fderr.append(j)
            continue
        for i in pool[t]:
            if i != ti and similarity(kc, ekeys[i]) >= best - 0.10:
                fderr.append(j)
                break
    report(not everr, 'evidence recomputed from the records', str(everr[:5]))
    report(not fderr, 'findable: identifier when evidence, else clear best name match in its town', str(fderr[:5]))
    report(nc >= 100, 'at least 100 matches/repeats share no identifier (name + town only)', str(nc))

    # ---------------- shared claims
    serr, weak = [], []
    for j, m in enumerate(IM):
        if m['category'] != 'hard_negative':
            continue
        sh = shared(I[j], E[m['anchor_index']])
        if sh != m['shared']:
            serr.append(j)
        if not [k for k in sh if k != 'city']:
            weak.append(j)
    report(not serr, 'hard-negative shared claims recomputed from the records', str(serr[:5]))
    report(not weak, 'every hard negative resembles its anchor beyond the town', str(weak[:5]))

    # ---------------- tax ids
    terr = []
    for n, r in enumerate(S):
        for d in tax_ids(r['contact']):
            if not tax_id_valid(d):
                terr.append((n, d))
    report(not terr, 'every NPWP has a valid check digit (NIK: valid region and date)', str(terr[:5]))

    # ---------------- determinism
    hashes = []
    try:
        for seed in ('1', '987'):
            with tempfile.TemporaryDirectory(prefix='idg_check_') as d:
                env = dict(os.environ)
                env['PYTHONHASHSEED'] = seed
                subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', d], check=True, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                hashes.append(tuple(hashlib.sha256(open(os.path.join(d, fn), 'rb').read()).hexdigest()
                                    for fn in ('set.jsonl', 'meta.jsonl')))
        here = tuple(hashlib.sha256(open(p, 'rb').read()).hexdigest() for p in (SET, META))
        report(hashes[0] == hashes[1] == here, 'gen.py deterministic (two PYTHONHASHSEEDs, same SHA-256 as files)',
               str(hashes + [here]))
    except (subprocess.CalledProcessError, OSError) as exc:
        report(False, 'gen.py deterministic', str(exc))
    return finish()


def finish():
    if FAILS:
        print('%d CHECK(S) FAILED' % len(FAILS))
        sys.exit(1)
    print('ALL CHECKS PASSED')
    sys.exit(0)


if __name__ == '__main__':
    main()
