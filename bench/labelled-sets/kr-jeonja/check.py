#!/usr/bin/env python3
"""Independent validator for the kr-jeonja benchmark (does not import gen.py).

Checks format, counts, label consistency, the evidence of every match, the claims of
every hard negative, the QuickBooks list itself, and determinism of gen.py.
Prints PASS/FAIL lines, then ALL CHECKS PASSED (exit 0) or a failure summary (exit 1).
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'set.jsonl')
META = os.path.join(HERE, 'meta.jsonl')

RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append((name, ok))
    print('%s  %s%s' % ('PASS' if ok else 'FAIL', name, ('  -- ' + detail) if (detail and not ok) else ''))


def first(lst, n=5):
    return '; '.join(str(x) for x in lst[:n]) + (' ... (%d)' % len(lst) if len(lst) > n else '')


# ------------------------------------------------------------------ normalisers (own implementations)
FW = {chr(0xFF10 + i): str(i) for i in range(10)}
FW.update({'（': '(', '）': ')', '－': '-', '＋': '+'})


def ascii_digits(s):
    return ''.join(FW.get(ch, ch) for ch in s)


def is_h(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def has_h(s):
    return any(is_h(c) for c in s)


def deaccent(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    out = ''
    for ch in s:
        if ord(ch) < 0x2000:
            ch = ''.join(c for c in unicodedata.normalize('NFD', ch) if not unicodedata.combining(c))
        out += ch
    return out


def phones_in(s):
    """national significant numbers in a phone field; numbers labelled as fax are ignored"""
    out = []
    if not s:
        return out
    s = ascii_digits(s)
    for m in re.finditer(r'\+?\d[\d\s().\-]{5,}\d', s):
        before = s[max(0, m.start() - 8):m.start()].lower()
        if re.search(r'(fax|팩스|(^|[^a-z])f)\s*[.:)]?\s*$', before):
            continue
        t = m.group(0).replace('(0)', '')
        d = ''.join(c for c in t if c.isdigit())
        if len(d) < 8:
            continue
        if t.startswith('+'):
            for cc in ('82', '81', '84', '1'):
                if d.startswith(cc):
                    d = d[len(cc):]
                    break
            d = d[1:] if d.startswith('0') else d
        elif t.startswith('82') and len(d) >= 11:
            d = d[2:]
            d = d[1:] if d.startswith('0') else d
        elif d.startswith('0'):
            d = d[1:]
        elif len(d) == 11 and d[0] == '1':
            d = d[1:]
        out.append(d)
    return out


def email_norm(e):
    return e.strip().lower() if e else None


# Revised Romanisation of Hangul place names (road, dong), written independently
I_ = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
V_ = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu',
      'eu', 'ui', 'i']
F_ = {0: '', 1: 'k', 2: 'k', 3: 'k', 4: 'n', 5: 'n', 6: 'n', 7: 't', 8: 'l', 9: 'k', 10: 'm', 11: 'l', 12: 'l',
      13: 'l', 14: 'p', 15: 'l', 16: 'm', 17: 'p', 18: 'p', 19: 't', 20: 't', 21: 'ng', 22: 't', 23: 't', 24: 'k',
      25: 't', 26: 'p', 27: 't'}
CARRY = {1: 'g', 2: 'kk', 4: 'n', 7: 'd', 8: 'r', 16: 'm', 17: 'b', 19: 's', 20: 'ss', 22: 'j', 23: 'ch', 24: 'k',
         25: 't', 26: 'p', 27: ''}
LOAN = {'가산디지털': 'gasandigital', '디지털': 'digital', '센텀': 'centum', '테크노': 'techno', '컨벤시아': 'convensia'}


def romanise(w):
    for k in sorted(LOAN, key=len, reverse=True):
        if w.startswith(k):
            return LOAN[k] + romanise(w[len(k):])
    syl = []
    for ch in w:
        if is_h(ch):
            v = ord(ch) - 0xAC00
            syl.append([v // 588, (v % 588) // 28, v % 28])
        else:
            syl.append(ch)
    parts = [[c, '', ''] if isinstance(c, str) else [I_[c[0]], V_[c[1]], F_[c[2]]] for c in syl]
    for i in range(len(syl) - 1):
        a, b = syl[i], syl[i + 1]
        if isinstance(a, str) or isinstance(b, str) or a[2] == 0:
            continue
        fin, ini = a[2], b[0]
        cls = F_[fin]
        if ini == 11 and fin != 21:
            parts[i][2] = ''
            parts[i + 1][0] = CARRY.get(fin, cls)
        elif ini in (2, 6):
            if cls == 'k':
                parts[i][2] = 'ng'
            elif cls == 't':
                parts[i][2] = 'n'
            elif cls == 'p':
                parts[i][2] = 'm'
            elif cls == 'l' and ini == 2:
                parts[i + 1][0] = 'l'
        elif ini == 5:
            if cls in ('n', 'l'):
                parts[i][2], parts[i + 1][0] = 'l', 'l'
            elif cls in ('m', 'ng'):
                parts[i + 1][0] = 'n'
            elif cls == 'k':
                parts[i][2], parts[i + 1][0] = 'ng', 'n'
            elif cls == 'p':
                parts[i][2], parts[i + 1][0] = 'm', 'n'
            elif cls == 't':
                parts[i][2], parts[i + 1][0] = 'n', 'n'
    return ''.join(x + y + z for x, y, z in parts)


def alnum(s):
    return re.sub(r'[^a-z0-9]', '', deaccent(s).lower())


RD_KO = re.compile(r'(?<![가-힣0-9])([가-힣]+?)(\d*)(대로|로|길)(?:(\d+)번?길)?\s*(\d+(?:-\d+)?)(?![\d가-힣])')
LT_KO = re.compile(r'(?<![가-힣0-9])([가-힣]+?)(\d*)(동|가)\s+(\d+(?:-\d+)?)(?![\d가-힣])')
RD_EN = re.compile(r'(?<![\w-])(\d+(?:-\d+)?),?\s+([A-Za-z][A-Za-z0-9 ]*?-(?:daero|ro|gil)(?:\s+\d+-gil)?)\b')
LT_EN = re.compile(r'(?<![\w-])(\d+(?:-\d+)?),?\s+([A-Za-z][A-Za-z0-9 ]*?-(?:dong|ga))\b')
NUM1 = re.compile(r'(?<![0-9A-Za-z#\-])(\d+(?:-\d+)*)(?![0-9A-Za-z층호동])')
SUFFIX = {'대로': 'daero', '로': 'ro', '길': 'gil', '동': 'dong', '가': 'ga'}


def building_keys(a):
    """keys identifying the building: (road, number), (lot), (postcode, number)"""
    if not a:
        return set()
    text = ascii_digits(' '.join(x for x in (a.get('line1'), a.get('line2')) if x))
    post = re.sub(r'\D', '', ascii_digits(a.get('postalCode') or ''))
    keys, nums = set(), []
    for m in RD_KO.finditer(text):
        keys.add(('road', romanise(m.group(1)) + m.group(2) + SUFFIX[m.group(3)] +
                  ((m.group(4) + 'gil') if m.group(4) else ''), m.group(5)))
        nums.append(m.group(5))
    for m in LT_KO.finditer(text):
        keys.add(('lot', romanise(m.group(1)) + m.group(2) + SUFFIX[m.group(3)], m.group(4)))
        nums.append(m.group(4))
    for m in RD_EN.finditer(text):
        keys.add(('road', alnum(m.group(2)), m.group(1)))
        nums.append(m.group(1))
    for m in LT_EN.finditer(text):
        keys.add(('lot', alnum(m.group(2)), m.group(1)))
        nums.append(m.group(1))
    if not nums and a.get('line1'):
        m = NUM1.search(ascii_digits(a['line1']))
        if m:
            nums.append(m.group(1))
    if post:
        for n in nums:
            keys.add(('post', post, n))
    return keys


def same_building(a, b):
    return bool(building_keys(a) & building_keys(b))


LEGAL = re.compile(r'(주식회사|유한회사|\(주\)|㈜|\(유\)|（주）|\(의\)|의료법인|co\.,?\s*ltd\.?|co\s+ltd|corporation|corp\.?|'
                   r'inc\.?|llc|ltd\.?|k\.k\.|company limited|joint stock company|jsc|株式会社|công ty tnhh|'
                   r'công ty cổ phần|\bco\.)', re.I)
TITLE = re.compile(r'\s*(사장님|대표님|기사님|고객님|선생님|실장님|소장님|사장|대표|님|씨)$')


def person_key(c):
    fam, giv, disp = c.get('familyName'), c.get('givenName'), c.get('displayName') or ''
    disp = re.sub(r'\s*\([^)]*\)', '', disp)
    raw = fam + giv if (fam and giv and has_h(fam + giv)) else TITLE.sub('', disp)
    if has_h(raw):
        return ''.join(ch for ch in raw if is_h(ch)) or None
    toks = sorted(t for t in re.split(r'[^a-z0-9]+', deaccent(raw).lower()) if t)
    return ' '.join(toks) or None


def org_key(c):
    n = LEGAL.sub(' ', c.get('companyName') or c.get('displayName') or '')
    return re.sub(r'[\s\W_]+', '', deaccent(n).lower()) or None


def common_run(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


GENERIC = ('전자부품 전자 전기 산업 테크 정밀 기계 통신 시스템 오토메이션 엔지니어링 하이텍 반도체 계전 제어 전력 솔루션 산전 '
           '기전 조명 전선 부품 일렉트로닉스 상사 전업사 설비 관리사무소 관리소 입주자대표회의 아파트 교회 종합병원 요양병원 '
           '재활병원 여성병원 한방병원 치과병원 병원 의료재단 공업고등학교 전자고등학교 고등학교 여자중학교 중학교 초등학교 '
           '학교 행정실 지점 영업소 사업소 공장 구청 시청 군청 서울 부산 인천 대구 대전 광주 울산 경기 경남 경북 충남 '
           'electronics electronic electric industrial industries tech precision machinery telecom systems system '
           'automation engineering hitech semiconductor controls control power solutions lighting cable components '
           'trading management office church hospital school high middle elementary branch plant sales city hall '
           'division apartment complex mgmt 마을 파크 타운 힐스 그린빌 하이츠 단지 스카이 빌라 maeul park town hills greenville heights').split()


def without_generic(k):
    for w in sorted(set(GENERIC), key=len, reverse=True):
        k = k.replace(w, '')
    return k


FREE = {'naver.com', 'gmail.com', 'hanmail.net', 'daum.net', 'nate.com', 'kakao.com', 'hotmail.com', 'yahoo.co.jp',
        'yahoo.com', 'outlook.com'}


def contacts_shared(a, b):
    """which of email / phone / address two records share, as a careful reader would see"""
    sh = []
    if a['email'] and b['email'] and email_norm(a['email']) == email_norm(b['email']):
        sh.append('email')
    if set(phones_in(a['phone'])) & set(phones_in(b['phone'])):
        sh.append('phone')
    if same_building(a['address'], b['address']):
        sh.append('address')
    return sh


# ------------------------------------------------------------------ checks
def load():
    S, M = [], []
    errs = []
    with open(SET, encoding='utf-8') as f:
        for i, line in enumerate(f):
            try:
                S.append(json.loads(line))
            except Exception as ex:
                errs.append('set line %d: %s' % (i + 1, ex))
    with open(META, encoding='utf-8') as f:
        for i, line in enumerate(f):
            try:
                M.append(json.loads(line))
            except Exception as ex:
                errs.append('meta line %d: %s' % (i + 1, ex))
    report('files are JSON lines', not errs, first(errs))
    return S, M


CKEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
AKEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
CH_FIELDS = {'displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address'}


def good_str(v):
    """non-empty, trimmed, no control characters, no decomposed Hangul jamo"""
    return v is None or (isinstance(v, str) and v.strip() == v and v != '' and
                         not any(unicodedata.category(ch).startswith('C') or 0x1100 <= ord(ch) <= 0x11FF
                                 for ch in v))


def check_format(S, M):
    errs = []
    if len(S) != 3000:
        errs.append('set.jsonl has %d lines' % len(S))
    for i, r in enumerate(S):
        want = 'existing' if i < 1500 else 'incoming'
        if list(r.keys()) != ['set', 'entity', 'contact']:
            errs.append('line %d keys %s' % (i + 1, list(r.keys())))
            continue
        if r['set'] != want:
            errs.append('line %d set %s' % (i + 1, r['set']))
        if not re.fullmatch(r'c[0-9a-f]{7}', str(r['entity'])):
            errs.append('line %d entity %r' % (i + 1, r['entity']))
        c = r['contact']
        if not isinstance(c, dict) or list(c.keys()) != CKEYS:
            errs.append('line %d contact keys' % (i + 1))
            continue
        for k in CKEYS[:-1]:
            if not good_str(c[k]):
                errs.append('line %d %s=%r' % (i + 1, k, c[k]))
        if c['displayName'] is None:
            errs.append('line %d displayName null' % (i + 1))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != AKEYS:
                errs.append('line %d address keys' % (i + 1))
            else:
                for k in AKEYS:
                    if not good_str(a[k]):
                        errs.append('line %d address.%s=%r' % (i + 1, k, a[k]))
                if all(a[k] is None for k in AKEYS):
                    errs.append('line %d empty address object' % (i + 1))
    report('set.jsonl format (3000 lines, keys, non-empty strings or null)', not errs, first(errs))

    errs = []
    if len(M) != 3000:
        errs.append('meta.jsonl has %d lines' % len(M))
    for i, (m, r) in enumerate(zip(M, S)):
        idx = i if i < 1500 else i - 1500
        if m.get('set') != r['set'] or m.get('entity') != r['entity'] or m.get('index') != idx:
            errs.append('meta line %d does not align' % (i + 1))
        if m.get('category') not in ('existing', 'match', 'new', 'hard_negative'):
            errs.append('meta line %d category %r' % (i + 1, m.get('category')))
        if (m.get('category') == 'existing') != (i < 1500):
            errs.append('meta line %d category/set mismatch' % (i + 1))
        if not isinstance(m.get('kind'), str) or not m['kind']:
            errs.append('meta line %d kind' % (i + 1))
        ch = m.get('changes')
        if not isinstance(ch, list) or any(not isinstance(x, str) or x.split(':')[0] not in CH_FIELDS or
                                           len(x.split(':')) != 2 or not x.split(':')[1] for x in ch):
            errs.append('meta line %d changes %r' % (i + 1, ch))
    report('meta.jsonl aligned with set.jsonl (set, index, entity, category, kind, changes)', not errs, first(errs))


def check_existing(S, M):
    ex = [r['contact'] for r in S[:1500]]
    names = [c['displayName'] for c in ex]
    report('existing sorted by displayName.casefold()',
           all(names[i].casefold() <= names[i + 1].casefold() for i in range(len(names) - 1)))
    seen, dups = {}, []
    for n in names:
        if n.casefold() in seen:
            dups.append(n)
        seen[n.casefold()] = 1
    report('existing displayName unique case-insensitively', not dups, first(dups))
    ids = [r['entity'] for r in S[:1500]]
    report('existing: one record per entity', len(set(ids)) == 1500)
    bad = [i for i, c in enumerate(ex) if not (c['email'] or c['phone'] or c['address'])]
    report('every existing record has an e-mail, a phone or an address', not bad, first(bad))
    # no two existing records describe one customer: records sharing contact points must have different names
    errs = []
    by_key = {}
    for i, c in enumerate(ex):
        ks = []
        if c['email']:
            ks.append(('e', email_norm(c['email'])))
        for p in phones_in(c['phone']):
            ks.append(('p', p))
        for k in building_keys(c['address']):
            ks.append(('a',) + k)
        for k in ks:
            lst = by_key.setdefault(k, [])
            if i not in lst:
                lst.append(i)
    pairs = set()
    for k, lst in by_key.items():
        for a in range(len(lst)):
            for b in range(a + 1, len(lst)):
                pairs.add((lst[a], lst[b]))
    for a, b in sorted(pairs):
        ka = person_key(ex[a]) if M[a]['kind'].startswith('person') else org_key(ex[a])
        kb = person_key(ex[b]) if M[b]['kind'].startswith('person') else org_key(ex[b])
        if ka == kb:
            errs.append('%s / %s' % (ex[a]['displayName'], ex[b]['displayName']))
    report('no two existing records are one customer (shared contact point => different name)', not errs,
           first(errs))
    kinds = {}
    for m in M[:1500]:
        kinds[m['kind']] = kinds.get(m['kind'], 0) + 1
    persons = sum(v for k, v in kinds.items() if k.startswith('person'))
    report('existing mix: persons about 40%% (%d), organisations about 60%% (%d)' % (persons, 1500 - persons),
           500 <= persons <= 700)


def check_kinds(S, M):
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r['contact']
        if m['kind'].startswith('person'):
            if c['companyName'] is not None:
                errs.append('line %d person with companyName' % (i + 1))
        elif not c['companyName']:
            errs.append('line %d organisation without companyName' % (i + 1))
    report('persons have companyName null, organisations always have companyName', not errs, first(errs))


def check_labels(S, M):
    ex_ids = {r['entity']: i for i, r in enumerate(S[:1500])}
    inc = S[1500:]
    minc = M[1500:]
    cats = {}
    for m in minc:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    n_match, n_new, n_hn = cats.get('match', 0), cats.get('new', 0), cats.get('hard_negative', 0)
    report('incoming counts: %d match (~55%%), %d new (~35%%), %d hard negatives (150)' % (n_match, n_new, n_hn),
           len(inc) == 1500 and 780 <= n_match <= 870 and 480 <= n_new <= 570 and n_hn == 150)
    errs = []
    occ = {}
    for i, (r, m) in enumerate(zip(inc, minc)):
        e = r['entity']
        if m['category'] == 'match':
            if e not in ex_ids:
                errs.append('match %d: entity not in existing' % i)
            if m.get('compare_set') != 'existing' or not isinstance(m.get('compare_index'), int) or \
                    S[m['compare_index']]['entity'] != e:
                errs.append('match %d: compare record is not the same entity' % i)
            if m.get('profile') not in ('light', 'medium', 'harsh'):
                errs.append('match %d: profile' % i)
            if not m['changes']:
                errs.append('match %d: no changes listed' % i)
        elif m['category'] == 'new':
            if e in ex_ids:
                errs.append('new %d: entity is an existing customer' % i)
            occ.setdefault(e, []).append((i, m))
        elif m['category'] == 'hard_negative':
            if e in ex_ids:
                errs.append('hn %d: entity is an existing customer' % i)
            if sum(1 for r2 in inc if r2['entity'] == e) != 1:
                errs.append('hn %d: entity appears more than once' % i)
            an = m.get('anchor')
            if an not in ex_ids or m.get('anchor_index') != ex_ids.get(an):
                errs.append('hn %d: anchor/anchor_index' % i)
            if an == e:
                errs.append('hn %d: anchor is itself' % i)
            for k in ('hn_type', 'rule'):
                if not m.get(k):
                    errs.append('hn %d: %s missing' % (i, k))
            if not m.get('shared'):
                errs.append('hn %d: shares nothing' % i)
    occs = {}
    for e, lst in occ.items():
        ns = [m['occurrence'] for _, m in lst]
        occs[len(lst)] = occs.get(len(lst), 0) + 1
        if ns != list(range(1, len(lst) + 1)) or len(lst) > 3:
            errs.append('new %s: occurrences %s' % (e, ns))
        for i, m in lst[1:]:
            if m.get('compare_set') != 'incoming' or m.get('compare_index') != lst[0][0]:
                errs.append('new %s: occurrence %d not compared with occurrence 1' % (e, m['occurrence']))
            if m.get('profile') not in ('light', 'medium', 'harsh') or not m['changes']:
                errs.append('new %s: profile/changes' % e)
        if 'evidence' in lst[0][1] or 'compare_index' in lst[0][1]:
            errs.append('new %s: first occurrence has a compare record' % e)
    # same entity id never used by two different categories
    cat_of = {}
    for r, m in zip(S, M):
        cat_of.setdefault(r['entity'], set()).add(m['category'])
    for e, cs in cat_of.items():
        if len(cs) > 1 and cs != {'existing', 'match'}:
            errs.append('entity %s in categories %s' % (e, sorted(cs)))
    report('label consistency (same entity = same customer; matches, repeats and anchors point to the right records)',
           not errs, first(errs))
    report('new customers repeated within incoming: %s' % ', '.join('%dx: %d' % (k, v) for k, v in sorted(occs.items())),
           occs.get(2, 0) > 0 and occs.get(3, 0) > 0)
    types = {}
    for m in minc:
        if m['category'] == 'hard_negative':
            types[m['hn_type']] = types.get(m['hn_type'], 0) + 1
    report('hard negatives of at least ten kinds (%d kinds)' % len(types), len(types) >= 10)
    profs = {}
    for m in minc:
        if m['category'] == 'match':
            profs[m['profile']] = profs.get(m['profile'], 0) + 1
    report('matches in all three profiles %s' % profs, all(profs.get(p, 0) >= 100 for p in ('light', 'medium', 'harsh')))


def check_evidence(S, M):
    """every match (and every repeat of a new customer) shares what it claims with its compare record"""
    errs = []
    for i in range(1500, 3000):
        m = M[i]
        if 'evidence' not in m:
            continue
        c = S[i]['contact']
        ref = S[m['compare_index'] + (0 if m['compare_set'] == 'existing' else 1500)]['contact']
        found = contacts_shared(ref, c)
        ev = m['evidence']
        if not ev:
            errs.append('%d: empty evidence' % (i - 1500))
        for x in ev:
            if x not in found:
                errs.append('%d: claims %s, not found (%s)' % (i - 1500, x, found))
        for x in found:
            if x not in ev:
                errs.append('%d: shares %s but does not claim it' % (i - 1500, x))
    report('every match is findable: claimed evidence (e-mail/phone/address) really shared, nothing shared unclaimed',
           not errs, first(errs))


def check_hard_negatives(S, M):
    errs = []
    for i in range(1500, 3000):
        m = M[i]
        if m['category'] != 'hard_negative':
            continue
        c = S[i]['contact']
        a = S[m['anchor_index']]['contact']
        person = m['kind'].startswith('person')
        anchor_person = M[m['anchor_index']]['kind'].startswith('person')
        found = contacts_shared(a, c)
        sh = m['shared']
        for x in ('email', 'phone', 'address'):
            if (x in sh) != (x in found):
                errs.append('%d (%s): %s claimed=%s found=%s' % (i - 1500, m['hn_type'], x, x in sh, x in found))
        if person and anchor_person:
            same_name = person_key(a) == person_key(c) and person_key(a) is not None
        elif not person and not anchor_person:
            same_name = org_key(a) == org_key(c) and org_key(a) is not None
        else:
            same_name = False
        if ('name' in sh) != same_name:
            errs.append('%d (%s): name claim %s, same name %s' % (i - 1500, m['hn_type'], 'name' in sh, same_name))
        if 'family_name' in sh and not (a['familyName'] and c['familyName'] and
                                        a['familyName'].casefold() == c['familyName'].casefold()):
            errs.append('%d: family_name not shared' % (i - 1500))
        if 'name_stem' in sh:
            ka, kb = org_key(a) or '', org_key(c) or ''
            ga, gb = without_generic(ka), without_generic(kb)
            n = common_run(ga, gb)
            if not ((has_h(ga) and has_h(gb) and n >= 2) or n >= 4) or ka == kb:
                errs.append('%d: name_stem not shared (%s / %s)' % (i - 1500, ka, kb))
        if 'domain' in sh:
            da = (a['email'] or '').lower().split('@')[-1]
            db = (c['email'] or '').lower().split('@')[-1]
            if not da or da != db or da in FREE:
                errs.append('%d: domain not shared' % (i - 1500))
        for x in sh:
            if x not in ('email', 'phone', 'address', 'name', 'family_name', 'name_stem', 'domain'):
                errs.append('%d: unknown claim %s' % (i - 1500, x))
        # really another customer: something that identifies the customer differs
        if same_name and found:
            errs.append('%d (%s): same name and shares %s with its anchor' % (i - 1500, m['hn_type'], found))
    report('hard negatives really share what they claim, and claim all they share', not errs, first(errs))


def check_not_hidden_matches(S, M):
    """new customers and hard negatives must not look like an existing customer with the same name and contact"""
    ex = [r['contact'] for r in S[:1500]]
    idx = {}
    for j, c in enumerate(ex):
        if c['email']:
            idx.setdefault(('e', email_norm(c['email'])), []).append(j)
        for p in phones_in(c['phone']):
            idx.setdefault(('p', p), []).append(j)
        for k in building_keys(c['address']):
            idx.setdefault(('a',) + k, []).append(j)
    errs = []
    for i in range(1500, 3000):
        m = M[i]
        if m['category'] not in ('new', 'hard_negative'):
            continue
        c = S[i]['contact']
        ks = []
        if c['email']:
            ks.append(('e', email_norm(c['email'])))
        ks += [('p', p) for p in phones_in(c['phone'])]
        ks += [('a',) + k for k in building_keys(c['address'])]
        hits = []
        for k in ks:
            for j in idx.get(k, []):
                if j not in hits:
                    hits.append(j)
        for j in hits:
            if m['category'] == 'new':
                errs.append('new %d shares a contact point with existing %d' % (i - 1500, j))
                continue
            if j == m['anchor_index']:
                continue
            same = (person_key(ex[j]) == person_key(c)) if m['kind'].startswith('person') == \
                M[j]['kind'].startswith('person') and m['kind'].startswith('person') else (org_key(ex[j]) == org_key(c))
            if same:
                errs.append('hn %d looks like existing %d' % (i - 1500, j))
    report('new customers share no e-mail/phone/address with the QuickBooks list; hard negatives look like no other '
           'existing customer', not errs, first(errs))


def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def check_determinism():
    scratch = tempfile.mkdtemp(prefix='.check-', dir=HERE)
    try:
        digests = []
        for seed in ('0', '12345'):
            out = os.path.join(scratch, 'run' + seed)
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = seed
            p = subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', out], env=env,
                               capture_output=True, text=True)
            if p.returncode != 0:
                report('gen.py runs (PYTHONHASHSEED=%s)' % seed, False, p.stderr[-500:])
                return
            digests.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
        report('determinism: byte-identical output for PYTHONHASHSEED=0 and 12345 (SHA-256 %s..)' % digests[0][0][:12],
               digests[0] == digests[1])
        report('set.jsonl and meta.jsonl in the folder are the current output of gen.py',
               digests[0] == (sha(SET), sha(META)))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    S, M = load()
    if len(S) == 3000 and len(M) == 3000:
        check_format(S, M)
        check_existing(S, M)
        check_kinds(S, M)
        check_labels(S, M)
        check_evidence(S, M)
        check_hard_negatives(S, M)
        check_not_hidden_matches(S, M)
    else:
        report('line counts', False, 'set %d, meta %d' % (len(S), len(M)))
    check_determinism()
    bad = [n for n, ok in RESULTS if not ok]
    if bad:
        print('\n%d CHECK(S) FAILED:' % len(bad))
        for n in bad:
            print('  - ' + n)
        sys.exit(1)
    print('\nALL CHECKS PASSED')


if __name__ == '__main__':
    main()
