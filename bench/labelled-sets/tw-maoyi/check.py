#!/usr/bin/env python3
"""Independent validator for the tw-maoyi benchmark (does not import gen.py).

Checks format, counts, label consistency, the claims in meta.jsonl (evidence of
matches, what hard negatives share), and determinism of gen.py.
Prints PASS/FAIL lines and ends with ALL CHECKS PASSED (exit 0) or a failure
summary (exit 1).
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'set.jsonl')
META = os.path.join(HERE, 'meta.jsonl')

CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
CHANGE_FIELDS = set(CONTACT_KEYS[:-1] + ['address'] + ['address.' + k for k in ADDR_KEYS])
EVIDENCE = ('email', 'phone', 'address')
SHARED_CLAIMS = ('name', 'familyName', 'companyName', 'nameCore', 'email', 'emailDomain', 'phone', 'address', 'city')

FAILS = []
PASSES = []


def result(name, problems, limit=8):
    if problems:
        FAILS.append(name)
        print('FAIL %s (%d problem%s)' % (name, len(problems), '' if len(problems) == 1 else 's'))
        for p in problems[:limit]:
            print('     - ' + p)
    else:
        PASSES.append(name)
        print('PASS %s' % name)


# ---------------------------------------------------------------------------
# normalisation written for the checker
# ---------------------------------------------------------------------------
# simplified -> traditional for the characters that matter when comparing names
S2T_PAIRS = ('陈陳 张張 黄黃 刘劉 杨楊 吴吳 许許 郑鄭 谢謝 赖賴 苏蘇 叶葉 庄莊 吕呂 萧蕭 罗羅 简簡 钟鍾 赵趙 颜顏 孙孫 邓鄧 '
             '欧歐 阳陽 伟偉 杰傑 华華 国國 荣榮 兴興 财財 辉輝 丰豐 玮瑋 彦彥 强強 发發 丽麗 凤鳳 兰蘭 静靜 莹瑩 诗詩 '
             '颖穎 达達 胜勝 亿億 锠錩 铨銓 扬揚 进進 锋鋒 协協 宝寶 万萬 东東 亚亞 顺順 长長 机機 气氣 动動 轴軸 '
             '压壓 电電 传傳 钢鋼 铁鐵 胶膠 丝絲 齿齒 轮輪 铸鑄 实實 业業 贸貿 门門 广廣 区區 号號 楼樓 厂廠 环環 '
             '际際 设設 备備 制製 车車 龙龍 镇鎮 厦廈 宁寧 闵閔 联聯 鸿鴻 经經 济濟 开開 务務 会會 计計 义義 湾灣 '
             '苏蘇 莲蓮 岗崗 银銀 仑侖 沧滄 栋棟')
S2T = {}
for _p in S2T_PAIRS.split():
    S2T[_p[0]] = _p[1]


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    s = ''.join(S2T.get(c, c) for c in s).casefold()
    return ''.join(c for c in s if c.isalnum())


def cjk(c):
    return '\u3400' <= c <= '\u9fff'


# phones ----------------------------------------------------------------------
def national(d):
    if d.startswith('00'):
        d = d[2:]
    elif d.startswith('886'):
        d = d[3:]
    elif d.startswith('852') and len(d) == 11:
        d = d[3:]
    elif d.startswith('86') and len(d) >= 12:
        d = d[2:]
    elif d.startswith('60') and 10 <= len(d) <= 12:
        d = d[2:]
    return d.lstrip('0')


NUM_RE = re.compile(r'\+?\(?\d[\d()\- ]{5,}\d')


def phones(s):
    """national numbers written in a phone field; numbers labelled as fax are left out"""
    if not s:
        return set()
    s = unicodedata.normalize('NFKC', s)
    out = set()
    prev = 0
    for m in NUM_RE.finditer(s):
        label = s[prev:m.start()].lower()
        prev = m.end()
        digits = re.sub(r'\D', '', m.group(0))
        if len(digits) < 8 or 'fax' in label or '傳真' in label or '传真' in label:
            continue
        out.add(national(digits))
    return out


# addresses -------------------------------------------------------------------
CITY_TABLE = [
    # order matters: longer / more specific names first
    ('NTP', ['新北', '台北縣', '臺北縣', 'new taipei', 'taipei county']),
    ('TPE', ['台北', '臺北', 'taipei', '北市']),
    ('KEE', ['基隆', 'keelung']),
    ('TAO', ['桃園', '桃园', 'taoyuan', '桃市']),
    ('HSZ', ['新竹', 'hsinchu']),
    ('MIA', ['苗栗', 'miaoli']),
    ('TXG', ['台中', '臺中', 'taichung', '中市']),
    ('CHA', ['彰化', 'changhua']),
    ('NAN', ['南投', 'nantou']),
    ('YUN', ['雲林', '云林', 'yunlin']),
    ('CYI', ['嘉義', '嘉义', 'chiayi']),
    ('TNN', ['台南', '臺南', 'tainan', '南市']),
    ('KHH', ['高雄', 'kaohsiung', '高市']),
    ('PIF', ['屏東', '屏东', 'pingtung']),
    ('ILA', ['宜蘭', '宜兰', 'yilan', 'ilan']),
    ('HUA', ['花蓮', '花莲', 'hualien']),
    ('TTT', ['台東', '臺東', '台东', 'taitung']),
    ('SZX', ['深圳', 'shenzhen']),
    ('DGG', ['東莞', '东莞', 'dongguan']),
    ('KSH', ['昆山', '崑山', 'kunshan']),
    ('SUZ', ['苏州', '蘇州', 'suzhou']),
    ('SHA', ['上海', 'shanghai']),
    ('XMN', ['厦门', '廈門', '厦門', 'xiamen']),
    ('NGB', ['宁波', '寧波', 'ningbo']),
    ('HKG', ['hong kong', '香港', 'kowloon', '九龍', '九龙', 'new territories', '新界', 'kwun tong', 'tsuen wan',
             'kwai chung', 'chai wan', 'san po kong', 'cheung sha wan']),
    ('MY-KUL', ['kuala lumpur', '吉隆坡']),
    ('MY-PNG', ['pulau pinang', 'penang', 'prai', 'bayan lepas', 'butterworth', '檳城']),
    ('MY-JHR', ['johor', 'senai']),
    ('MY-SGR', ['selangor', 'shah alam', 'klang', 'puchong']),
    ('MY-PRK', ['perak', 'ipoh']),
]


def addr_text(a):
    return unicodedata.normalize('NFKC', ' '.join(a[k] for k in ADDR_KEYS if a.get(k)))


def city_of(a):
    if not a:
        return None
    t = addr_text(a).casefold()
    for code, toks in CITY_TABLE:
        for tok in toks:
            if tok.isascii():
                if re.search(r'(?<![a-z])' + re.escape(tok) + r'(?![a-z])', t):
                    return code
            elif tok in t:
                return code
    return None


HOUSE_RES = [re.compile(r'(\d+)\s*(?:之\s*\d+\s*)?[號号]'),
             re.compile(r'\bno\.?\s*(\d+)', re.I),
             re.compile(r'\b(\d+)[a-z]?\s*,?\s*(?:jalan|jln|lorong|lrg|lintang)\b', re.I),
             re.compile(r'\b(\d+)\s+[a-z][a-z .&\'-]*?\b(?:road|street|avenue|rd|st)\b', re.I)]


def house_no(a):
    if not a:
        return None
    t = addr_text(a)
    for rx in HOUSE_RES:
        m = rx.search(t)
        if m:
            return m.group(1)
    return None


ZHN = {'一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9', '十': '10'}
PART_RES = {
    'sec': [re.compile(r'([一二三四五六七八九十]|\d+)\s*段'), re.compile(r'\bsec(?:tion)?\.?\s*(\d+)', re.I)],
    'lane': [re.compile(r'(\d+)\s*巷'), re.compile(r'\b(?:ln|lane)\.?\s*(\d+)', re.I)],
    'alley': [re.compile(r'(\d+)\s*弄'), re.compile(r'\b(?:aly|alley)\.?\s*(\d+)', re.I)],
}


def part(a, which):
    t = addr_text(a)
    for rx in PART_RES[which]:
        m = rx.search(t)
        if m:
            return ZHN.get(m.group(1), m.group(1)).lstrip('0')
    return ''


def addr_key(a):
    """city + section + lane + alley + house number: comparable across Chinese and English writing"""
    c, n = city_of(a), house_no(a)
    if c is None or n is None:
        return None
    return (c, part(a, 'sec'), part(a, 'lane'), part(a, 'alley'), n.lstrip('0'))


# claims ----------------------------------------------------------------------
GENERIC_ZH = ['股份有限公司', '有限公司', '股份', '公司', '企業社', '工業', '實業', '商行', '分公司', '國民', '學校',
              '公所', '診所', '醫院', '財團法人', '市立', '國立', '(股)', '(有)']
GENERIC_EN = {'company', 'limited', 'ltd', 'co', 'corp', 'corporation', 'enterprise', 'industrial', 'industries',
              'trading', 'engineering', 'machinery', 'hardware', 'precision', 'technology', 'branch', 'the', 'sdn',
              'bhd', 'store', 'school', 'office', 'hospital', 'clinic', 'temple', 'section', 'district', 'township',
              'city', 'taiwan', 'international', 'group', 'and', 'of'}


def name_core(ca, cb):
    ta = ' '.join(x for x in (ca['displayName'], ca['companyName']) if x)
    tb = ' '.join(x for x in (cb['displayName'], cb['companyName']) if x)

    def cj(t):
        t = ''.join(S2T.get(c, c) for c in unicodedata.normalize('NFKC', t))
        for g in GENERIC_ZH:
            t = t.replace(g, ' ')
        return t
    a, b = cj(ta), cj(tb)
    for i in range(len(a) - 1):
        if cjk(a[i]) and cjk(a[i + 1]) and a[i:i + 2] in b:
            return True
    wa = {w for w in re.findall(r'[a-z]{4,}', ta.casefold()) if w not in GENERIC_EN}
    wb = {w for w in re.findall(r'[a-z]{4,}', tb.casefold()) if w not in GENERIC_EN}
    return bool(wa & wb)


def same_email(ca, cb):
    return bool(ca['email'] and cb['email'] and ca['email'].strip().casefold() == cb['email'].strip().casefold())


def same_phone(ca, cb):
    return bool(phones(ca['phone']) & phones(cb['phone']))


def same_address(ca, cb):
    ka, kb = addr_key(ca['address']), addr_key(cb['address'])
    return ka is not None and ka == kb


def claim(c, ca, cb):
    if c == 'name':
        return bool(ca['givenName'] and ca['familyName'] and cb['givenName'] and cb['familyName']
                    and norm(ca['givenName']) == norm(cb['givenName']) and norm(ca['familyName']) == norm(cb['familyName']))
    if c == 'familyName':
        return bool(ca['familyName'] and cb['familyName'] and norm(ca['familyName']) == norm(cb['familyName']))
    if c == 'companyName':
        return bool(ca['companyName'] and cb['companyName'] and norm(ca['companyName']) == norm(cb['companyName']))
    if c == 'nameCore':
        return name_core(ca, cb)
    if c == 'email':
        return same_email(ca, cb)
    if c == 'emailDomain':
        return bool(ca['email'] and cb['email'] and '@' in ca['email'] and '@' in cb['email']
                    and ca['email'].split('@')[1].casefold() == cb['email'].split('@')[1].casefold())
    if c == 'phone':
        return same_phone(ca, cb)
    if c == 'address':
        return same_address(ca, cb)
    if c == 'city':
        return city_of(ca['address']) is not None and city_of(ca['address']) == city_of(cb['address'])
    return False


def evidence_of(ca, cb):
    ev = []
    if same_email(ca, cb):
        ev.append('email')
    if same_phone(ca, cb):
        ev.append('phone')
    if same_address(ca, cb):
        ev.append('address')
    return ev


def differing_fields(ca, cb):
    out = set()
    for k in CONTACT_KEYS[:-1]:
        if ca[k] != cb[k]:
            out.add(k)
    aa, ab = ca['address'], cb['address']
    if (aa is None) != (ab is None):
        out.add('address')
    elif aa is not None:
        for k in ADDR_KEYS:
            if aa[k] != ab[k]:
                out.add('address.' + k)
    return out


# ---------------------------------------------------------------------------
def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    # ---- load ---------------------------------------------------------------
    probs = []
    recs, metas = [], []
    try:
        with open(SET, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                recs.append(json.loads(line))
        with open(META, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                metas.append(json.loads(line))
    except Exception as ex:  # noqa
        probs.append('cannot parse: %r' % ex)
    result('files parse as JSON lines', probs)
    if probs:
        return finish()

    # ---- format ---------------------------------------------------------------
    probs = []
    if len(recs) != 3000:
        probs.append('set.jsonl has %d lines, want 3000' % len(recs))
    for i, r in enumerate(recs):
        want = 'existing' if i < 1500 else 'incoming'
        if list(r.keys()) != ['set', 'entity', 'contact']:
            probs.append('line %d keys %s' % (i + 1, list(r.keys())))
            continue
        if r['set'] != want:
            probs.append('line %d set %r want %r' % (i + 1, r['set'], want))
        if not isinstance(r['entity'], str) or not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            probs.append('line %d bad entity id %r' % (i + 1, r['entity']))
        c = r['contact']
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            probs.append('line %d contact keys %s' % (i + 1, list(c.keys()) if isinstance(c, dict) else c))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip()):
                probs.append('line %d %s is not a non-empty string or null: %r' % (i + 1, k, v))
        if c['displayName'] is None:
            probs.append('line %d has no displayName' % (i + 1))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                probs.append('line %d address keys %s' % (i + 1, list(a.keys()) if isinstance(a, dict) else a))
                continue
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    probs.append('line %d address.%s not a non-empty string or null: %r' % (i + 1, k, v))
            if all(a[k] is None for k in ADDR_KEYS):
                probs.append('line %d address object with only nulls' % (i + 1))
            cty = a.get('country')
            if cty is not None and cty.isascii() and len(cty) <= 3 and not re.fullmatch(r'[A-Z]{2}', cty):
                probs.append('line %d odd country %r' % (i + 1, cty))
    result('set.jsonl format (3000 lines, keys, value types, entity ids)', probs)
    if probs:
        return finish()

    ex = recs[:1500]
    inc = recs[1500:]

    # ---- existing list -----------------------------------------------------------
    probs = []
    names = [r['contact']['displayName'] for r in ex]
    keys = [n.casefold() for n in names]
    if keys != sorted(keys):
        probs.append('existing not sorted by displayName.casefold()')
    dup = [k for k, n in Counter(keys).items() if n > 1]
    if dup:
        probs.append('duplicate displayNames (case-insensitive): %s' % dup[:5])
    ids = [r['entity'] for r in ex]
    if len(set(ids)) != len(ids):
        probs.append('an entity appears twice among existing records')
    for i, r in enumerate(ex):
        c = r['contact']
        if not (c['email'] or c['phone'] or c['address']):
            probs.append('existing %d (%s) has none of email/phone/address' % (i, c['displayName']))
    result('existing: sorted, unique display names, one record per customer, contactable', probs)

    # ---- meta alignment ---------------------------------------------------------------
    probs = []
    if len(metas) != 3000:
        probs.append('meta.jsonl has %d lines' % len(metas))
    for i, (r, m) in enumerate(zip(recs, metas)):
        want_idx = i if i < 1500 else i - 1500
        if m.get('set') != r['set'] or m.get('index') != want_idx or m.get('entity') != r['entity']:
            probs.append('meta line %d does not align (set/index/entity)' % (i + 1))
        if not isinstance(m.get('changes'), list) or not all(isinstance(x, str) and ':' in x for x in m['changes']):
            probs.append('meta line %d: changes must be a list of "field:what"' % (i + 1))
        elif any(x.split(':', 1)[0] not in CHANGE_FIELDS for x in m['changes']):
            probs.append('meta line %d: unknown field in changes %s' % (i + 1, m['changes'][:3]))
        cat = m.get('category')
        if r['set'] == 'existing' and cat != 'existing':
            probs.append('meta line %d: existing record with category %r' % (i + 1, cat))
        if r['set'] == 'incoming' and cat not in ('match', 'new', 'hard_negative'):
            probs.append('meta line %d: incoming record with category %r' % (i + 1, cat))
        if not m.get('kind'):
            probs.append('meta line %d: no kind' % (i + 1))
    result('meta.jsonl aligned with set.jsonl (set, index, entity, category, kind, changes)', probs)
    if probs:
        return finish()

    mex, minc = metas[:1500], metas[1500:]
    ex_by_ent = {r['entity']: i for i, r in enumerate(ex)}
    kind_of = {}
    probs = []
    for r, m in zip(recs, metas):
        k = kind_of.setdefault(r['entity'], m['kind'])
        if k != m['kind']:
            probs.append('entity %s has kinds %s and %s' % (r['entity'], k, m['kind']))
        person = m['kind'].startswith('person')
        if person and r['contact']['companyName'] is not None:
            probs.append('person %s (%s) has a companyName' % (r['entity'], r['contact']['displayName']))
        if not person and r['contact']['companyName'] is None:
            probs.append('organisation %s (%s) has no companyName' % (r['entity'], r['contact']['displayName']))
    result('kinds consistent per entity; persons have no companyName, organisations have one', probs)

    # ---- counts -------------------------------------------------------------------
    probs = []
    cats = Counter(m['category'] for m in minc)
    n_person = sum(1 for m in mex if m['kind'].startswith('person'))
    print('     counts: existing=%d (persons %d, organisations %d); incoming: %s'
          % (len(ex), n_person, len(ex) - n_person, dict(sorted(cats.items()))))
    if cats['hard_negative'] != 150:
        probs.append('hard negatives: %d, want 150' % cats['hard_negative'])
    if not 0.50 <= cats['match'] / 1500 <= 0.60:
        probs.append('matches are %.1f%% of incoming, want about 55%%' % (100 * cats['match'] / 1500))
    if not 0.30 <= cats['new'] / 1500 <= 0.40:
        probs.append('new are %.1f%% of incoming, want about 35%%' % (100 * cats['new'] / 1500))
    if not 0.30 <= n_person / 1500 <= 0.50:
        probs.append('persons are %.1f%% of existing (scenario: about 40%%)' % (100 * n_person / 1500))
    result('counts (1500/1500, ~55% match, ~35% new, 150 hard negatives, ~60/40 org/person)', probs)

    # ---- entity consistency -------------------------------------------------------------
    probs = []
    ent_cats = defaultdict(list)
    for i, m in enumerate(minc):
        ent_cats[m['entity']].append((i, m['category']))
    for ent, lst in ent_cats.items():
        cs = set(c for _, c in lst)
        if len(cs) > 1:
            probs.append('entity %s is labelled %s in incoming' % (ent, sorted(cs)))
        if ent in ex_by_ent and cs != {'match'}:
            probs.append('entity %s is in existing but labelled %s' % (ent, sorted(cs)))
        if ent not in ex_by_ent and 'match' in cs:
            probs.append('entity %s labelled match but not in existing' % ent)
        if 'hard_negative' in cs and len(lst) != 1:
            probs.append('hard-negative entity %s appears %d times' % (ent, len(lst)))
        if 'new' in cs and len(lst) > 3:
            probs.append('new entity %s appears %d times' % (ent, len(lst)))
    result('same entity id = same customer (categories consistent across records)', probs)

    # ---- matches -----------------------------------------------------------------------
    probs = []
    chg_probs = []
    prof = Counter()
    for i, m in enumerate(minc):
        if m['category'] != 'match':
            continue
        r = inc[i]
        if m.get('compare_set') != 'existing' or not isinstance(m.get('compare_index'), int) \
                or not 0 <= m['compare_index'] < 1500:
            probs.append('match %d: bad compare_set/compare_index' % i)
            continue
        e = ex[m['compare_index']]
        if e['entity'] != r['entity']:
            probs.append('match %d: compare_index points to another entity' % i)
            continue
        if m.get('profile') not in ('light', 'medium', 'harsh'):
            probs.append('match %d: bad profile %r' % (i, m.get('profile')))
        prof[m.get('profile')] += 1
        ev = m.get('evidence')
        if not isinstance(ev, list) or any(x not in EVIDENCE for x in ev):
            probs.append('match %d: bad evidence %r' % (i, ev))
            continue
        mine = evidence_of(e['contact'], r['contact'])
        if sorted(mine) != sorted(ev):
            probs.append('match %d (%s): evidence %s but the checker finds %s'
                         % (i, r['contact']['displayName'], ev, mine))
        if not ev:
            if not (city_of(e['contact']['address']) and city_of(e['contact']['address']) == city_of(r['contact']['address'])
                    and name_core(e['contact'], r['contact']) and not m['kind'].startswith('person')):
                probs.append('match %d (%s): no shared e-mail/phone/address and no distinctive name + city'
                             % (i, r['contact']['displayName']))
        d = differing_fields(e['contact'], r['contact'])
        listed = set(x.split(':', 1)[0] for x in m['changes'])
        if d != listed:
            chg_probs.append('match %d: fields that differ %s, changes list %s' % (i, sorted(d), sorted(listed)))
        if not d:
            chg_probs.append('match %d is identical to its existing record' % i)
    print('     match profiles: %s' % dict(sorted(prof.items())))
    if len(prof) != 3:
        probs.append('not all three profiles present')
    result('matches: compare record, profile, evidence re-derived, findable', probs)
    result('matches: changes list exactly the fields that differ', chg_probs)

    # ---- new customers -----------------------------------------------------------------
    probs = []
    chg_probs = []
    occ_seen = defaultdict(list)
    for i, m in enumerate(minc):
        if m['category'] != 'new':
            continue
        r = inc[i]
        occ_seen[r['entity']].append(i)
        occ = len(occ_seen[r['entity']])
        if m.get('occurrence') != occ:
            probs.append('new %d: occurrence %r, want %d' % (i, m.get('occurrence'), occ))
            continue
        if occ == 1:
            if m['changes']:
                probs.append('new %d: first occurrence with changes' % i)
            continue
        first = occ_seen[r['entity']][0]
        if m.get('compare_set') != 'incoming' or m.get('compare_index') != first:
            probs.append('new %d: occurrence %d should compare to incoming %d' % (i, occ, first))
            continue
        if m.get('profile') not in ('light', 'medium', 'harsh'):
            probs.append('new %d: bad profile' % i)
        ev = m.get('evidence')
        mine = evidence_of(inc[first]['contact'], r['contact'])
        if not isinstance(ev, list) or sorted(mine) != sorted(ev):
            probs.append('new %d: evidence %s but the checker finds %s' % (i, ev, mine))
        if not mine:
            probs.append('new %d: repeat shares no e-mail/phone/address with its first occurrence' % i)
        d = differing_fields(inc[first]['contact'], r['contact'])
        listed = set(x.split(':', 1)[0] for x in m['changes'])
        if d != listed:
            chg_probs.append('new %d: fields that differ %s, changes list %s' % (i, sorted(d), sorted(listed)))
    reps = Counter(len(v) for v in occ_seen.values())
    print('     new customers: %d entities, occurrences %s' % (len(occ_seen), dict(sorted(reps.items()))))
    if not reps.get(2) or not reps.get(3):
        probs.append('no new customer repeated two and three times')
    result('new customers: not in existing, occurrences 1..3, repeats compared with the first', probs)
    result('new customers: changes list exactly the fields that differ', chg_probs)

    # ---- hard negatives ----------------------------------------------------------------
    probs = []
    chg_probs = []
    types = Counter()
    for i, m in enumerate(minc):
        if m['category'] != 'hard_negative':
            continue
        r = inc[i]
        for k in ('anchor', 'anchor_index', 'hn_type', 'rule', 'shared'):
            if k not in m:
                probs.append('hard negative %d: no %s' % (i, k))
        if any(k not in m for k in ('anchor', 'anchor_index', 'hn_type', 'rule', 'shared')):
            continue
        types[m['hn_type']] += 1
        if r['entity'] in ex_by_ent:
            probs.append('hard negative %d is an existing customer' % i)
        if m['anchor'] == r['entity']:
            probs.append('hard negative %d is its own anchor' % i)
        ai = m['anchor_index']
        if not isinstance(ai, int) or not 0 <= ai < 1500 or ex[ai]['entity'] != m['anchor']:
            probs.append('hard negative %d: anchor_index does not point to the anchor' % i)
            continue
        if not isinstance(m['rule'], str) or len(m['rule']) < 20:
            probs.append('hard negative %d: rule missing' % i)
        sh = m['shared']
        if not isinstance(sh, list) or not sh or any(x not in SHARED_CLAIMS for x in sh):
            probs.append('hard negative %d: bad shared %r' % (i, sh))
            continue
        a = ex[ai]['contact']
        for c in sh:
            if not claim(c, a, r['contact']):
                probs.append('hard negative %d (%s / anchor %s): claims to share %s but does not'
                             % (i, r['contact']['displayName'], a['displayName'], c))
        for c in EVIDENCE:
            if c not in sh and claim(c, a, r['contact']):
                probs.append('hard negative %d shares %s with its anchor without saying so' % (i, c))
        d = differing_fields(a, r['contact'])
        listed = set(x.split(':', 1)[0] for x in m['changes'])
        if d != listed:
            chg_probs.append('hard negative %d: fields that differ %s, changes list %s' % (i, sorted(d), sorted(listed)))
    print('     hard-negative types: %s' % dict(sorted(types.items())))
    if len(types) < 10:
        probs.append('only %d kinds of hard negative, want at least 10' % len(types))
    result('hard negatives: other customers, anchors valid, shared claims verified, >=10 types', probs)
    result('hard negatives: changes list exactly the fields that differ from the anchor', chg_probs)

    # ---- no two existing records are one customer ---------------------------------------
    probs = []
    by_email = defaultdict(list)
    by_phone = defaultdict(list)
    for i, r in enumerate(ex):
        c = r['contact']
        if c['email']:
            by_email[c['email'].strip().casefold()].append(i)
        for p in phones(c['phone']):
            by_phone[p].append(i)

    def person_key(c):
        if c['givenName'] and c['familyName']:
            return norm(c['familyName']) + '|' + norm(c['givenName'])
        return norm(c['displayName'])
    for grp in list(by_email.values()) + list(by_phone.values()):
        for x in range(len(grp)):
            for y in range(x + 1, len(grp)):
                ca, cb = ex[grp[x]]['contact'], ex[grp[y]]['contact']
                if norm(ca['displayName']) == norm(cb['displayName']) or \
                        (ca['companyName'] and cb['companyName'] and norm(ca['companyName']) == norm(cb['companyName'])) or \
                        (not ca['companyName'] and not cb['companyName'] and person_key(ca) == person_key(cb)):
                    probs.append('existing %d and %d look like one customer (%s / %s)'
                                 % (grp[x], grp[y], ca['displayName'], cb['displayName']))
    result('no two existing records describe one customer (same name and same e-mail/phone)', probs)

    # ---- determinism ---------------------------------------------------------------------
    probs = []
    gen = os.path.join(HERE, 'gen.py')
    hashes = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in ('0', '12345'):
            out = os.path.join(tmp, 'run' + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, gen, '--out', out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                probs.append('gen.py failed with PYTHONHASHSEED=%s: %s' % (seed, p.stderr[-400:]))
                continue
            hashes.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
    if len(hashes) == 2:
        if hashes[0] != hashes[1]:
            probs.append('output differs between PYTHONHASHSEED=0 and 12345')
        if hashes[0] != (sha(SET), sha(META)):
            probs.append('set.jsonl/meta.jsonl in the folder are not what gen.py writes now')
        print('     sha256 set.jsonl %s meta.jsonl %s' % (hashes[0][0][:16], hashes[0][1][:16]))
    result('determinism (PYTHONHASHSEED=0 vs 12345, byte-identical, matches shipped files)', probs)
    return finish()


def finish():
    print()
    if FAILS:
        print('%d check(s) FAILED: %s' % (len(FAILS), '; '.join(FAILS)))
        return 1
    print('ALL CHECKS PASSED (%d checks)' % len(PASSES))
    return 0


if __name__ == '__main__':
    sys.exit(main())
