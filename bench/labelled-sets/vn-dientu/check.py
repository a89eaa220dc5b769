#!/usr/bin/env python3
"""Independent validator for the 'vn-dientu' set (does not import gen.py).
Usage: python3 check.py [DIR]   (default: folder of this script)"""
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
FAILS = []


def report(name, ok, detail=''):
    print(('PASS ' if ok else 'FAIL ') + name + ('' if ok or not detail else ' -- ' + detail))
    if not ok:
        FAILS.append(name)


# ------------------------------------------------------------ normalisers
def unmoji(s):
    if s is None:
        return None
    for enc in ('cp1252', 'cp1258'):
        bs = bytearray()
        ok = True
        for c in s:
            try:
                bs += c.encode(enc)
            except UnicodeEncodeError:
                if ord(c) < 256:
                    bs.append(ord(c))
                else:
                    ok = False
                    break
        if not ok:
            continue
        try:
            return bs.decode('utf-8')
        except UnicodeDecodeError:
            continue
    return s


def fold(s):
    s = unmoji(s or '')
    s = unicodedata.normalize('NFD', s.replace('Đ', 'D').replace('đ', 'd'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return unicodedata.normalize('NFC', s).casefold()


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


OLD_MOB = {'0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037', '0168': '038',
           '0169': '039', '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078', '0123': '083',
           '0124': '084', '0125': '085', '0127': '081', '0129': '082', '0186': '056', '0188': '058', '0199': '059'}


def phone_set(s):
    out = set()
    if not s:
        return out
    t = fold(s)
    t = re.sub(r'\(?\s*(may le|ml|ext\.?|- ext\.?)\s*\d+\s*\)?', ' ', t)
    for chunk in re.split(r'\s+[-/;]\s+|[,;/]', t):
        d = re.sub(r'\D', '', chunk)
        if len(d) < 9:
            continue
        if d.startswith('84') and len(d) in (11, 12):
            d = '0' + d[2:]
        elif not d.startswith('0'):
            d = '0' + d
        out.add(d)
        if len(d) == 11 and d[:4] in OLD_MOB:
            out.add(OLD_MOB[d[:4]] + d[4:])
        if len(d) == 10 and d.startswith('08'):
            out.add('028' + d[2:])
        if len(d) == 10 and d.startswith('04'):
            out.add('024' + d[2:])
        if len(d) == 11 and d.startswith('0650'):
            out.add('0274' + d[4:])
        if len(d) == 10 and d.startswith('061'):
            out.add('0251' + d[3:])
        if len(d) == 10 and d.startswith('072'):
            out.add('0272' + d[3:])
        if len(d) == 11 and d.startswith('0241'):
            out.add('0222' + d[4:])
    return out


def email_norm(s):
    if not s:
        return None
    e = s.strip().lower()
    if '@' not in e:
        return e
    loc, dom = e.rsplit('@', 1)
    if dom in ('gmail.com', 'googlemail.com'):
        loc = loc.replace('.', '')
        dom = 'gmail.com'
    return loc + '@' + dom


ADDR_STOP = set('so duong d pho hem ngo ngach kiet phuong p f quan q huyen h tp thanh thi xa tx tt tran x toa nha cao oc tang lau floor '
                'lo lot kcn kcx khu cong nghiep che xuat nghe can ho chung cu street st road ward district dist city ho chi minh '
                'ha noi hcm tphcm hcmc viet nam vn vietnam sai gon tinh t province'.split())


def addr_text(a, full):
    if not a:
        return ''
    parts = [a.get('line1')] + ([a.get('line2'), a.get('city'), a.get('region')] if full else [])
    t = fold(' , '.join(p for p in parts if p))
    t = re.sub(r'\bcmt ?8\b', 'cach mang thang tam', t)
    t = t.replace('cach mang thang 8', 'cach mang thang tam')
    t = re.sub(r'\bxvnt\b', 'xo viet nghe tinh', t)
    return t


def addr_sig(a, full):
    t = addr_text(a, full)
    toks = re.findall(r'[a-z0-9]+', t)
    nums, words = set(), set()
    for i, tk in enumerate(toks):
        mm = re.fullmatch(r'[pq](\d+)', tk)
        if mm:
            tk = mm.group(1)
        if re.search(r'\d', tk):
            if i > 0 and toks[i - 1] in ('tang', 'lau', 'floor'):
                continue
            nums.add(tk.lstrip('0') or '0')
        elif tk not in ADDR_STOP:
            words.add(tk)
    return nums, words


def addr_match(a, b):
    if not a or not b:
        return False
    na, wa = addr_sig(a, False)
    nb, wb = addr_sig(b, False)
    fna, fwa = addr_sig(a, True)
    fnb, fwb = addr_sig(b, True)
    if not na or not nb:
        return False
    nums_ok = na <= fnb or nb <= fna
    if not wa and not wb:
        return nums_ok
    r1 = sum(1 for w in wa if fuzzy_in(w, fwb)) / len(wa) if wa else 0
    r2 = sum(1 for w in wb if fuzzy_in(w, fwa)) / len(wb) if wb else 0
    return nums_ok and max(r1, r2) >= 0.5


def lev1(a, b):
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


def fuzzy_in(w, pool):
    if w in pool:
        return True
    return len(w) >= 4 and any(lev1(w, p) for p in pool if len(p) >= 3)


CITY_KEYS = [('hcm', ('hochiminh', 'hcm', 'saigon')), ('hn', ('hanoi',)), ('bd', ('binhduong', 'thudaumot', 'dian', 'thuanan')),
             ('dn', ('dongnai', 'bienhoa')), ('la', ('longan',)), ('bn', ('bacninh',))]


def city_key(a):
    if not a:
        return None
    t = re.sub(r'[^a-z]', '', fold((a.get('city') or '') + ' ' + (a.get('region') or '') + ' ' + (a.get('line1') or '') + ' ' + (a.get('line2') or '')))
    for k, pats in CITY_KEYS:
        if any(p in t for p in pats) or (k == 'hn' and t.endswith('hn')):
            return k
    return None


HONOR = {'anh', 'a', 'chi', 'c', 'chu', 'co', 'mr', 'ms', 'mrs'}
NAME_GENERIC = set('cty tnhh mtv cp ctcp dntn tm dv tmdv xd sx kt dt tb xnk vlxd cdl co ltd limited company vietnam vina cn ch hkd thpt thcs th bql cc ubnd electronics precision tech industrial plastics textile packaging cable steel components 1tv td dien nuoc lanh tiem ban chung cu kd dn qlbds c ty'.split())


def name_tokens(c):
    return [t for t in tokens(' '.join(x for x in (c.get('displayName'), c.get('givenName'), c.get('familyName')) if x)) if t not in HONOR]


GENERIC_PHRASES = ['viet nam', 'mot thanh vien', 'trach nhiem huu han', 'co phan', 'cong ty', 'doanh nghiep tu nhan',
                   'truong thpt', 'truong thcs', 'truong tieu hoc', 'truong trung hoc pho thong', 'truong trung hoc co so',
                   'bao bi', 'chi nhanh', 'thuong mai', 'dich vu', 'xay dung', 'san xuat', 'ky thuat', 'thiet bi',
                   'tap doan', 'ban quan ly', 'chung cu', 'co dien', 'cong nghiep', 'dien tu', 'vien thong',
                   'van phong pham', 'quang cao', 'noi that', 'xuat nhap khau', 'giai phap chieu sang', 'tu van thiet ke',
                   'vat lieu', 'xay lap', 'bat dong san', 'quan ly van hanh', 'cong nghe', 'in an', 'cua hang',
                   'ho kinh doanh', 'dien nuoc', 'tieu hoc', 'trung hoc', 'co khi', 'nang luong mat troi', 'ha tang',
                   'dau tu', 'mien bac', 'cong trinh', 'pho thong', 'co so', 'dau tu xay dung', 'quan ly', 'noi bo']


def org_tokens(c):
    t = ' '.join(tokens(' '.join(x for x in (c.get('companyName'), c.get('displayName')) if x)))
    for ph in GENERIC_PHRASES:
        t = re.sub(r'\b' + ph + r'\b', ' ' + ph.replace(' ', '') + ' ', t)
    return t.split()


def stem_shared(ca, cb):
    ta, tb = org_tokens(ca), org_tokens(cb)
    gen = NAME_GENERIC | set(p.replace(' ', '') for p in GENERIC_PHRASES)
    ba = set((ta[i], ta[i + 1]) for i in range(len(ta) - 1) if not (ta[i] in gen or ta[i + 1] in gen))
    bb = set((tb[i], tb[i + 1]) for i in range(len(tb) - 1))
    if ba & bb:
        return True
    sa = set(t for t in ta if t not in gen and len(t) >= 5)
    return bool(sa & set(tb))


def claim_ok(kind, ca, cb):
    """ca = anchor (existing), cb = incoming"""
    if kind == 'email':
        return bool(ca['email']) and bool(cb['email']) and email_norm(ca['email']) == email_norm(cb['email'])
    if kind == 'phone':
        return bool(phone_set(ca['phone']) & phone_set(cb['phone']))
    if kind == 'address':
        return addr_match(ca['address'], cb['address'])
    if kind == 'email_domain':
        return bool(ca['email']) and bool(cb['email']) and ca['email'].lower().split('@')[-1] == cb['email'].lower().split('@')[-1]
    if kind == 'city':
        k = city_key(ca['address'])
        return k is not None and k == city_key(cb['address'])
    if kind == 'name':
        a, b = set(name_tokens(ca)), set(name_tokens(cb))
        return bool(b) and (b <= a or a <= b or len(a & b) >= 3)
    if kind == 'familyName':
        return bool(set(name_tokens(ca)) & set(name_tokens(cb)))
    if kind == 'similar_name':
        return len(set(name_tokens(ca)) & set(name_tokens(cb))) >= 2
    if kind in ('brand', 'company_stem', 'name_stem'):
        return stem_shared(ca, cb)
    return False


# ------------------------------------------------------------ load
def load(path):
    with open(path, encoding='utf-8') as fh:
        return [json.loads(l) for l in fh.read().split('\n') if l.strip()]


S = load(os.path.join(DIR, 'set.jsonl'))
M = load(os.path.join(DIR, 'meta.jsonl'))

# ------------------------------------------------------------ format
CK = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
AK = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
bad = []
for i, r in enumerate(S):
    if list(r.keys()) != ['set', 'entity', 'contact']:
        bad.append((i, 'keys'))
        continue
    if r['set'] != ('existing' if i < 1500 else 'incoming'):
        bad.append((i, 'set'))
    if not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
        bad.append((i, 'entity'))
    c = r['contact']
    if sorted(c.keys()) != sorted(CK):
        bad.append((i, 'contact keys'))
        continue
    for k in CK[:-1]:
        if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
            bad.append((i, k))
    if c['address'] is not None:
        a = c['address']
        if not isinstance(a, dict) or sorted(a.keys()) != sorted(AK):
            bad.append((i, 'address keys'))
        else:
            for k in AK:
                if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                    bad.append((i, 'address.' + k))
    if not c['displayName']:
        bad.append((i, 'displayName missing'))
report('format: 3000 lines, 1500 existing then 1500 incoming, exact keys, non-empty strings or null',
       len(S) == 3000 and not bad, str(bad[:5]))

EX = S[:1500]
INC = S[1500:]
dn = [r['contact']['displayName'].casefold() for r in EX]
report('existing sorted by displayName.casefold()', dn == sorted(dn))
report('existing displayName unique (case-insensitive)', len(set(dn)) == 1500)
ex_ids = [r['entity'] for r in EX]
report('existing: one record per customer (unique entity ids)', len(set(ex_ids)) == 1500)
nochan = [i for i, r in enumerate(EX) if not (r['contact']['email'] or r['contact']['phone'] or r['contact']['address'])]
report('every existing record has email, phone or address', not nochan, str(nochan[:5]))

# ------------------------------------------------------------ meta basics
okm = len(M) == 3000
mb = []
for i, (r, m) in enumerate(zip(S, M)):
    idx = i if i < 1500 else i - 1500
    if m.get('set') != r['set'] or m.get('index') != idx or m.get('entity') != r['entity']:
        mb.append(i)
    if not isinstance(m.get('changes'), list) or not m.get('kind') or m.get('category') not in ('existing', 'match', 'new', 'hard_negative'):
        mb.append(i)
    if (i < 1500) != (m.get('category') == 'existing'):
        mb.append(i)
report('meta: 3000 labels aligned with set.jsonl (set, index, entity, category, kind, changes)', okm and not mb, str(mb[:5]))

kinds_ok = []
for r, m in zip(S, M):
    isorg = m['kind'].startswith('org:')
    if isorg and not r['contact']['companyName']:
        kinds_ok.append(m['index'])
    if not isorg and r['contact']['companyName'] is not None:
        kinds_ok.append(m['index'])
report('organisations have companyName, persons have companyName null', not kinds_ok, str(kinds_ok[:5]))
n_org = sum(1 for m in M[:1500] if m['kind'].startswith('org:'))
report('existing mix persons/organisations (orgs %d, 40-65%%)' % n_org, 600 <= n_org <= 975)

cats = {}
for m in M[1500:]:
    cats[m['category']] = cats.get(m['category'], 0) + 1
nm, nn, nh = cats.get('match', 0), cats.get('new', 0), cats.get('hard_negative', 0)
report('counts: match %d (~55%%), new %d (~35%%), hard_negative %d (=150)' % (nm, nn, nh),
       750 <= nm <= 900 and 450 <= nn <= 600 and nh == 150 and nm + nn + nh == 1500)

# ------------------------------------------------------------ consistency
ex_pos = {r['entity']: i for i, r in enumerate(EX)}
ex_group = {r['entity']: m.get('group') for r, m in zip(EX, M[:1500])}
cat_of = {}
mixed = []
for m in M[1500:]:
    if m['entity'] in cat_of and cat_of[m['entity']] != m['category']:
        mixed.append(m['entity'])
    cat_of[m['entity']] = m['category']
report('an incoming entity has a single category', not mixed, str(mixed[:5]))

# existing pairs sharing e-mail / phone must be in the same declared group (other customers of one group / mailbox)
em_map, ph_map = {}, {}
for r, m in zip(EX, M[:1500]):
    e = email_norm(r['contact']['email'])
    if e:
        em_map.setdefault(e, []).append(m)
    for p in sorted(phone_set(r['contact']['phone'])):
        ph_map.setdefault(p, []).append(m)
clash = []
for d in (em_map, ph_map):
    for k in sorted(d):
        ms = d[k]
        if len(ms) > 1:
            gs = set(x.get('group') for x in ms)
            if None in gs or len(gs) > 1:
                clash.append(k)
report('no two existing records are one customer (shared mailbox/phone only inside a declared group)', not clash, str(clash[:5]))


def ex_shares(rec):
    """existing entities that share normalised email or phone with rec"""
    out = set()
    e = email_norm(rec['contact']['email'])
    if e and e in em_map:
        out |= set(x['entity'] for x in em_map[e])
    for p in phone_set(rec['contact']['phone']):
        if p in ph_map:
            out |= set(x['entity'] for x in ph_map[p])
    return out


CH_FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']


def changes_ok(base, rec, changes):
    fields = [c.split(':', 1)[0] for c in changes]
    for c in changes:
        if ':' not in c or c.split(':', 1)[0] not in CH_FIELDS or not c.split(':', 1)[1]:
            return False
    for f in CH_FIELDS:
        differs = base[f] != rec[f]
        if differs and f not in fields:
            return False
        if not differs and f in fields:
            return False
    return True


match_bad, ev_bad, ch_bad, leak = [], [], [], []
profiles = {}
for j, (r, m) in enumerate(zip(INC, M[1500:])):
    if m['category'] != 'match':
        continue
    profiles[m.get('profile')] = profiles.get(m.get('profile'), 0) + 1
    if m.get('compare_set') != 'existing' or m['entity'] not in ex_pos or ex_pos[m['entity']] != m.get('compare_index') \
            or m.get('profile') not in ('light', 'medium', 'harsh'):
        match_bad.append(j)
        continue
    base = EX[m['compare_index']]['contact']
    ev = m.get('evidence') or []
    if not ev or any(x not in ('email', 'phone', 'address') for x in ev) or not all(claim_ok(x, base, r['contact']) for x in ev):
        ev_bad.append((j, ev))
    if not changes_ok(base, r['contact'], m['changes']):
        ch_bad.append(j)
    g = ex_group[m['entity']]
    for o in sorted(ex_shares(r)):
        if o != m['entity'] and (g is None or ex_group.get(o) != g):
            leak.append((j, o))
report('matches: entity is the existing customer at compare_index, profile light/medium/harsh', not match_bad, str(match_bad[:5]))
report('matches: every match keeps >=1 shared email/phone/address and the claimed evidence really is shared', not ev_bad, str(ev_bad[:5]))
report('matches: changes list exactly the fields that differ from the compared record', not ch_bad, str(ch_bad[:5]))
report('matches: e-mail/phone shared with no other customer outside the same group', not leak, str(leak[:5]))
report('profiles present: %s' % json.dumps(profiles, sort_keys=True), all(profiles.get(p, 0) >= 100 for p in ('light', 'medium', 'harsh')))

new_bad, new_ev, new_leak = [], [], []
seen = {}
for j, (r, m) in enumerate(zip(INC, M[1500:])):
    if m['category'] != 'new':
        continue
    e = m['entity']
    if e in ex_pos:
        new_bad.append(j)
        continue
    seen.setdefault(e, []).append(j)
    if m.get('occurrence') != len(seen[e]):
        new_bad.append(j)
        continue
    if m['occurrence'] >= 2:
        fi = seen[e][0]
        if m.get('compare_set') != 'incoming' or m.get('compare_index') != fi or m.get('profile') not in ('light', 'medium', 'harsh'):
            new_bad.append(j)
            continue
        ev = m.get('evidence') or []
        if not ev or not all(claim_ok(x, INC[fi]['contact'], r['contact']) for x in ev):
            new_ev.append((j, ev))
        if not changes_ok(INC[fi]['contact'], r['contact'], m['changes']):
            new_bad.append(j)
    if ex_shares(r):
        new_leak.append(j)
occ = {}
for e in seen:
    occ[len(seen[e])] = occ.get(len(seen[e]), 0) + 1
report('new customers: not in existing, occurrences 1..3 in order, later ones compared to the first (%s)' % json.dumps(occ, sort_keys=True),
       not new_bad and max(occ) <= 3 and occ.get(2, 0) > 0 and occ.get(3, 0) > 0, str(new_bad[:5]))
report('new customers: repeated occurrences share the claimed evidence with the first', not new_ev, str(new_ev[:5]))
report('new customers: share no e-mail/phone with any existing customer', not new_leak, str(new_leak[:5]))

hn_bad, hn_sh, hn_leak = [], [], []
types = {}
for j, (r, m) in enumerate(zip(INC, M[1500:])):
    if m['category'] != 'hard_negative':
        continue
    types[m.get('hn_type')] = types.get(m.get('hn_type'), 0) + 1
    a = m.get('anchor')
    if a not in ex_pos or ex_pos[a] != m.get('anchor_index') or m['entity'] in ex_pos or m['entity'] == a \
            or not m.get('rule') or not m.get('hn_type') or not m.get('shared'):
        hn_bad.append(j)
        continue
    if sum(1 for x in M[1500:] if x['entity'] == m['entity']) != 1:
        hn_bad.append(j)
    base = EX[m['anchor_index']]['contact']
    for s in m['shared']:
        if not claim_ok(s, base, r['contact']):
            hn_sh.append((j, m['hn_type'], s))
    g = ex_group[a]
    for o in sorted(ex_shares(r)):
        if o != a and (g is None or ex_group.get(o) != g):
            hn_leak.append((j, o))
report('hard negatives: anchor is an existing customer, the negative is another entity with a rule', not hn_bad, str(hn_bad[:5]))
report('hard negatives: they really share what they claim with the anchor', not hn_sh, str(hn_sh[:8]))
report('hard negatives: e-mail/phone shared only with the anchor (or its group)', not hn_leak, str(hn_leak[:5]))
report('hard negatives: >= 10 kinds (%d: %s)' % (len(types), json.dumps(types, sort_keys=True)), len(types) >= 10)

# ------------------------------------------------------------ determinism
gen = os.path.join(HERE, 'gen.py')
hashes = []
with tempfile.TemporaryDirectory() as td:
    for seed in ('0', '12345'):
        out = os.path.join(td, 'h' + seed)
        env = dict(os.environ, PYTHONHASHSEED=seed)
        p = subprocess.run([sys.executable, gen, '--out', out], env=env, capture_output=True, text=True)
        if p.returncode != 0:
            hashes.append(('error', p.stderr[-300:]))
            continue
        hashes.append(tuple(hashlib.sha256(open(os.path.join(out, f), 'rb').read()).hexdigest() for f in ('set.jsonl', 'meta.jsonl')))
cur = tuple(hashlib.sha256(open(os.path.join(DIR, f), 'rb').read()).hexdigest() for f in ('set.jsonl', 'meta.jsonl'))
report('determinism: PYTHONHASHSEED=0 and 12345 give byte-identical output', len(hashes) == 2 and hashes[0] == hashes[1], str(hashes))
report('determinism: files on disk equal a fresh run', bool(hashes) and hashes[0] == cur)

if FAILS:
    print('%d CHECK(S) FAILED: %s' % (len(FAILS), '; '.join(FAILS)))
    sys.exit(1)
print('ALL CHECKS PASSED')
