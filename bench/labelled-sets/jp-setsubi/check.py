#!/usr/bin/env python3
"""Independent validator for the jp-setsubi benchmark (does not import gen.py).

    python3 check.py [DIR]     (default: the folder of this file)

Checks format, counts, label consistency, hard-negative claims, evidence claims,
existing-list invariants and determinism of gen.py (two runs with different
PYTHONHASHSEED into a scratch folder, SHA-256 compared).
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
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE

results = []


def report(name, ok, detail=''):
    results.append((name, ok))
    print(('PASS ' if ok else 'FAIL ') + name + ('' if ok or not detail else ' -- ' + str(detail)[:600]))


CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
COUNTRIES = {'JP', 'Japan', 'JAPAN', '日本'}
CATS = {'existing', 'match', 'new', 'hard_negative'}
FIELDS = set(CONTACT_KEYS)
HN_TYPES = {'namesake_person', 'household_member', 'father_son', 'spouse', 'later_occupant', 'shared_agent_owner',
            'other_branch', 'group_company', 'condo_same_manager', 'public_other_department',
            'similar_name_other_trade', 'namesake_company_elsewhere', 'incorporated_successor'}
SHARED_VOCAB = {'familyName', 'givenName', 'email', 'email_domain', 'phone', 'address', 'city', 'companyName',
                'companyName_stem'}
FREE_MAIL = {'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'i.softbank.jp', 'gmail.com', 'yahoo.co.jp', 'icloud.com',
             'outlook.jp', 'nifty.com', 'biglobe.ne.jp'}


# ---------------------------------------------------------------- normalisers
def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def n_email(s):
    return nfkc(s).strip().lower() if s else None


PHONE_CUT = re.compile(r'(FAX|fax|Fax|内線|ext|Ext|EXT)')


def n_phone(s):
    if not s:
        return None
    t = nfkc(s)
    m = PHONE_CUT.search(t)
    if m:
        t = t[:m.start()]
    digits = re.sub(r'\D', '', t)
    if t.lstrip().startswith('+81'):
        digits = digits[2:]
        if not digits.startswith('0'):
            digits = '0' + digits
    return digits or None


KD = {c: i for i, c in enumerate('〇一二三四五六七八九')}


def kval(s):
    total, cur = 0, 0
    for c in s:
        if c in KD:
            cur = KD[c]
        elif c == '十':
            total += (cur if cur else 1) * 10
            cur = 0
        elif c == '百':
            total += (cur if cur else 1) * 100
            cur = 0
    return total + cur


TOK = re.compile(r'[0-9]+|[〇一二三四五六七八九十百]+')


def numbers(line):
    t = nfkc(line)
    out = []
    for m in TOK.finditer(t):
        g = m.group(0)
        if g[0].isdigit():
            out.append(int(g))
            continue
        after = t[m.end():m.end() + 2]
        before = t[m.start() - 1:m.start()] if m.start() else ''
        if after == '丁目' or after[:1] in ('番', '号', 'の') or before == 'の':
            out.append(kval(g))
    return tuple(out)


def a_key(a):
    if not a or not a.get('postalCode') or not a.get('line1'):
        return None
    pc = re.sub(r'\D', '', nfkc(a['postalCode']))
    if len(pc) != 7:
        return None
    return pc, numbers(a['line1'])


def n_plain(s):
    return re.sub(r'\s+', '', nfkc(s)).casefold() if s else None


LEGAL = ['株式会社', '有限会社', '合同会社', '医療法人社団', '医療法人', '学校法人', '宗教法人', '(株)', '(有)', '(同)', '(医)',
         '(学)', '(宗)', 'co.,ltd.', 'co.,ltd', 'k.k.', 'inc.', 'corporation', 'kabushikikaisha', 'y.k.', 'ltd.',
         'yugenkaisha', 'llc.', 'llc', 'g.k.', 'godokaisha', 'カ)', '(カ', 'ユ)', '(ユ', 'ド)', '(ド', 'イ)', '(イ',
         'ガク)', '(ガク', 'シユウ)', '(シユウ', 'medicalcorporation', 'educationalcorporation',
         'religiouscorporation', 'iryohojin', 'gakkohojin']
LEGAL_N = sorted({nfkc(x).casefold() for x in LEGAL}, key=lambda x: -len(x))


def core(s):
    t = n_plain(s)
    for tok in LEGAL_N:
        t = t.replace(tok, '')
    return t


def has_legal(s):
    t = n_plain(s)
    return any(tok in t for tok in LEGAL_N)


def common_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def shares(c0, c1, what):
    if what in ('familyName', 'givenName'):
        return bool(c0[what] and c1[what] and n_plain(c0[what]) == n_plain(c1[what]))
    if what == 'email':
        return bool(c0['email'] and c1['email'] and n_email(c0['email']) == n_email(c1['email']))
    if what == 'email_domain':
        if not (c0['email'] and c1['email']):
            return False
        d0, d1 = n_email(c0['email']).split('@')[-1], n_email(c1['email']).split('@')[-1]
        return d0 == d1 and d0 not in FREE_MAIL
    if what == 'phone':
        return bool(c0['phone'] and c1['phone'] and n_phone(c0['phone']) == n_phone(c1['phone']))
    if what == 'address':
        k0, k1 = a_key(c0['address']), a_key(c1['address'])
        return bool(k0 and k1 and k0 == k1)
    if what == 'city':
        a0, a1 = c0['address'], c1['address']
        return bool(a0 and a1 and a0['city'] and a1['city'] and n_plain(a0['city']) == n_plain(a1['city']))
    if what == 'companyName':
        return bool(c0['companyName'] and c1['companyName'] and core(c0['companyName']) == core(c1['companyName']))
    if what == 'companyName_stem':
        return bool(c0['companyName'] and c1['companyName'] and
                    common_prefix(core(c0['companyName']), core(c1['companyName'])) >= 2)
    raise ValueError(what)


def evidence(c0, c1):
    return [w for w in ('email', 'phone', 'address') if shares(c0, c1, w)]


def diff_fields(c0, c1):
    return {f for f in CONTACT_KEYS if c0[f] != c1[f]}


# ---------------------------------------------------------------- load
def load(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as ex:   # noqa
                rows.append({'__bad__': str(ex), '__line__': ln})
    return rows


def main():
    sp, mp = os.path.join(DIR, 'set.jsonl'), os.path.join(DIR, 'meta.jsonl')
    if not (os.path.exists(sp) and os.path.exists(mp)):
        report('files exist', False, 'set.jsonl / meta.jsonl missing')
        return finish()
    S, M = load(sp), load(mp)
    report('set.jsonl has 3000 lines', len(S) == 3000, len(S))
    report('meta.jsonl has 3000 lines', len(M) == 3000, len(M))
    bad = [r for r in S + M if '__bad__' in r]
    report('all lines are JSON', not bad, bad[:3])
    if len(S) != 3000 or len(M) != 3000 or bad:
        return finish()

    # ---------------- format
    errs = []
    for i, r in enumerate(S):
        if list(r.keys()) != ['set', 'entity', 'contact']:
            errs.append((i, 'top keys', list(r.keys())))
            continue
        exp_set = 'existing' if i < 1500 else 'incoming'
        if r['set'] != exp_set:
            errs.append((i, 'set', r['set']))
        if not re.fullmatch(r'c[0-9a-f]{7}', r['entity'] or ''):
            errs.append((i, 'entity', r['entity']))
        c = r['contact']
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            errs.append((i, 'contact keys', list(c.keys()) if isinstance(c, dict) else c))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                errs.append((i, k, v))
        if c['displayName'] is None:
            errs.append((i, 'displayName null', None))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                errs.append((i, 'address keys', a))
                continue
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                    errs.append((i, 'address.' + k, v))
            if a['country'] is not None and a['country'] not in COUNTRIES:
                errs.append((i, 'country', a['country']))
            if all(a[k] is None for k in ADDR_KEYS):
                errs.append((i, 'empty address', a))
    report('set.jsonl format (keys, order, non-empty strings or null, entity ids, country codes)', not errs, errs[:5])

    errs = []
    for i, m in enumerate(M):
        exp_set = 'existing' if i < 1500 else 'incoming'
        idx = i if i < 1500 else i - 1500
        if m.get('set') != exp_set or m.get('index') != idx or m.get('entity') != S[i]['entity']:
            errs.append((i, 'set/index/entity', m.get('set'), m.get('index'), m.get('entity')))
        if m.get('category') not in CATS:
            errs.append((i, 'category', m.get('category')))
        if not isinstance(m.get('kind'), str) or not m['kind']:
            errs.append((i, 'kind'))
        ch = m.get('changes')
        if not isinstance(ch, list) or any(not isinstance(x, str) or x.count(':') < 1 or x.split(':')[0] not in FIELDS
                                           for x in ch):
            errs.append((i, 'changes', ch))
        if (i < 1500) != (m.get('category') == 'existing'):
            errs.append((i, 'category vs set', m.get('category')))
    report('meta.jsonl format (set, index, entity, category, kind, changes)', not errs, errs[:5])

    # ---------------- counts
    cats = Counter(m['category'] for m in M)
    report('existing = 1500', cats['existing'] == 1500, cats)
    report('hard negatives = 150', cats['hard_negative'] == 150, cats)
    report('matches about 55% of incoming (50-60%)', 750 <= cats['match'] <= 900, cats['match'])
    report('new customers about 35% of incoming (30-40%)', 450 <= cats['new'] <= 600, cats['new'])
    ex_org = sum(1 for r in S[:1500] if r['contact']['companyName'])
    report('existing organisations about 60% (55-65%)', 825 <= ex_org <= 975, ex_org)
    profs = Counter(m.get('profile') for m in M if m['category'] == 'match')
    report('match profiles light/medium/harsh all present (>=10% each)',
           all(profs[p] >= 0.1 * cats['match'] for p in ('light', 'medium', 'harsh')), profs)

    # ---------------- kind vs organisation/person
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        org = r['contact']['companyName'] is not None
        if m['kind'].startswith('org') != org or not (m['kind'].startswith('org:') or m['kind'].startswith('person:')):
            errs.append((i, m['kind'], r['contact']['companyName']))
    report('organisations always have companyName, persons never (kind prefix)', not errs, errs[:5])

    # ---------------- existing invariants
    ex = S[:1500]
    keys = [r['contact']['displayName'].casefold() for r in ex]
    report('existing sorted by displayName.casefold()', keys == sorted(keys),
           [(i, keys[i], keys[i + 1]) for i in range(1499) if keys[i] > keys[i + 1]][:3])
    report('existing displayName unique (case-insensitive)', len(set(keys)) == 1500,
           [k for k, v in Counter(keys).items() if v > 1][:5])
    ex_ids = [r['entity'] for r in ex]
    report('existing entity ids unique (one record per customer)', len(set(ex_ids)) == 1500)
    nocontact = [i for i, r in enumerate(ex) if not (r['contact']['email'] or r['contact']['phone'] or r['contact']['address'])]
    report('every existing record has email, phone or address', not nocontact, nocontact[:5])

    def name_key(c):
        if c['companyName']:
            return 'o:' + core(c['companyName'])
        if c['familyName'] and c['givenName']:
            return 'p:' + n_plain(c['familyName']) + '|' + n_plain(c['givenName'])
        return 'd:' + n_plain(re.sub(r'(様|さん|殿)$', '', c['displayName']))
    by_name = defaultdict(list)
    for i, r in enumerate(ex):
        by_name[name_key(r['contact'])].append(i)
    dup = []
    for k in sorted(by_name):
        ids = by_name[k]
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                c0, c1 = ex[ids[x]]['contact'], ex[ids[y]]['contact']
                if evidence(c0, c1):
                    dup.append((ids[x], ids[y], k))
    report('no two existing records look like one customer (same name and a shared contact)', not dup, dup[:5])

    # ---------------- incoming label consistency
    ex_idx = {e: i for i, e in enumerate(ex_ids)}
    inc = S[1500:]
    minc = M[1500:]
    ent_cats = defaultdict(set)
    for m in minc:
        ent_cats[m['entity']].add(m['category'])
    errs = []
    for e in sorted(ent_cats):
        cs = ent_cats[e]
        if len(cs) > 1:
            errs.append((e, sorted(cs)))
        if ('new' in cs or 'hard_negative' in cs) and e in ex_idx:
            errs.append((e, 'new/hn entity in existing'))
        if 'match' in cs and e not in ex_idx:
            errs.append((e, 'match entity not in existing'))
    report('same entity id = same customer (categories consistent per entity)', not errs, errs[:5])

    # matches
    errs, ev_errs, chg_errs = [], [], []
    for j, (r, m) in enumerate(zip(inc, minc)):
        if m['category'] != 'match':
            continue
        if m.get('compare_set') != 'existing' or not isinstance(m.get('compare_index'), int) or \
                not 0 <= m['compare_index'] < 1500 or ex[m['compare_index']]['entity'] != r['entity']:
            errs.append((j, m.get('compare_set'), m.get('compare_index')))
            continue
        if m.get('profile') not in ('light', 'medium', 'harsh'):
            errs.append((j, 'profile', m.get('profile')))
        c0 = ex[m['compare_index']]['contact']
        c1 = r['contact']
        ev = evidence(c0, c1)
        if m.get('evidence') != ev:
            ev_errs.append((j, m.get('evidence'), ev))
        if not ev:
            if m.get('findable_by') != 'distinctive name + city' or not shares(c0, c1, 'city') or \
                    not shares(c0, c1, 'companyName_stem'):
                ev_errs.append((j, 'no evidence and not name+city'))
        df = diff_fields(c0, c1)
        cf = {x.split(':')[0] for x in m['changes']}
        if df != cf or not m['changes']:
            chg_errs.append((j, sorted(df), m['changes']))
    report('matches point at the existing record of the same entity', not errs, errs[:5])
    report('match evidence = shared e-mail/phone/address (recomputed); otherwise distinctive name + city', not ev_errs, ev_errs[:5])
    report('match changes name exactly the fields that differ', not chg_errs, chg_errs[:5])

    # new customers
    errs = []
    occ_of = defaultdict(list)
    for j, m in enumerate(minc):
        if m['category'] == 'new':
            occ_of[m['entity']].append(j)
    reps = Counter()
    for e in sorted(occ_of):
        js = occ_of[e]
        reps[len(js)] += 1
        for n, j in enumerate(js, 1):
            m = minc[j]
            if m.get('occurrence') != n:
                errs.append((j, 'occurrence', m.get('occurrence'), n))
                continue
            if n == 1:
                if m['changes'] or m.get('compare_index') is not None:
                    errs.append((j, 'first occurrence with compare/changes'))
                if not (inc[j]['contact']['email'] or inc[j]['contact']['phone'] or inc[j]['contact']['address']):
                    errs.append((j, 'first occurrence without any contact'))
                continue
            if m.get('compare_set') != 'incoming' or m.get('compare_index') != js[0] or \
                    m.get('profile') not in ('light', 'medium', 'harsh'):
                errs.append((j, 'compare', m.get('compare_set'), m.get('compare_index'), js[0]))
                continue
            c0, c1 = inc[js[0]]['contact'], inc[j]['contact']
            ev = evidence(c0, c1)
            if m.get('evidence') != ev or not ev:
                errs.append((j, 'evidence', m.get('evidence'), ev))
            df = diff_fields(c0, c1)
            cf = {x.split(':')[0] for x in m['changes']}
            if df != cf or not m['changes']:
                errs.append((j, 'changes', sorted(df), m['changes']))
        if len(js) > 3:
            errs.append((e, 'more than 3 occurrences'))
    report('new customers: occurrences 1..3 in file order, repeats compared with the first occurrence', not errs, errs[:5])
    report('some new customers repeated 2 and 3 times', reps[2] > 0 and reps[3] > 0, reps)

    # hard negatives
    errs = []
    types = Counter()
    for j, (r, m) in enumerate(zip(inc, minc)):
        if m['category'] != 'hard_negative':
            continue
        t = m.get('hn_type')
        types[t] += 1
        if t not in HN_TYPES:
            errs.append((j, 'hn_type', t))
            continue
        a = m.get('anchor')
        ai = m.get('anchor_index')
        if a not in ex_idx or ai != ex_idx[a]:
            errs.append((j, 'anchor', a, ai))
            continue
        if r['entity'] == a or r['entity'] in ex_idx:
            errs.append((j, 'hn entity is an existing customer'))
            continue
        if len(occ_of.get(r['entity'], [])) or sum(1 for x in minc if x['entity'] == r['entity']) != 1:
            errs.append((j, 'hn entity repeated'))
        if not isinstance(m.get('rule'), str) or len(m['rule']) < 20:
            errs.append((j, 'rule', m.get('rule')))
        sh = m.get('shared')
        c0, c1 = ex[ai]['contact'], r['contact']
        if not isinstance(sh, list) or not sh or any(x not in SHARED_VOCAB for x in sh):
            errs.append((j, 'shared', sh))
            continue
        bad = [x for x in sh if not shares(c0, c1, x)]
        if bad:
            errs.append((j, t, 'claimed but not shared', bad))
            continue
        df = diff_fields(c0, c1)
        cf = {x.split(':')[0] for x in m['changes']}
        if df != cf:
            errs.append((j, 'changes', sorted(df), m['changes']))

        def S_(w):
            return shares(c0, c1, w)
        ok = True
        person = c1['companyName'] is None
        if t == 'namesake_person':
            ok = person and S_('familyName') and S_('givenName') and not (S_('email') or S_('phone') or S_('address'))
        elif t in ('household_member', 'father_son', 'spouse'):
            ok = person and S_('familyName') and not S_('givenName') and S_('address')
            if t == 'household_member':
                ok = ok and S_('phone')
            if t == 'spouse':
                ok = ok and S_('email')
        elif t == 'later_occupant':
            ok = S_('address') and not S_('email') and not S_('phone') and \
                (not S_('familyName') if person else not (S_('companyName') or S_('companyName_stem')))
        elif t == 'shared_agent_owner':
            ok = person and S_('email') and S_('phone') and not (S_('familyName') and S_('givenName'))
        elif t == 'other_branch':
            ok = (not person) and S_('companyName_stem') and n_plain(c0['companyName']) != n_plain(c1['companyName']) \
                and not S_('address') and not S_('phone')
        elif t == 'group_company':
            ok = (not person) and S_('email') and S_('phone') and core(c0['companyName']) != core(c1['companyName'])
        elif t == 'condo_same_manager':
            ok = (not person) and S_('email') and S_('phone') and not S_('address') and \
                core(c0['companyName']) != core(c1['companyName'])
        elif t == 'public_other_department':
            ok = (not person) and S_('address') and S_('phone') and core(c0['companyName']) != core(c1['companyName'])
        elif t == 'similar_name_other_trade':
            ok = (not person) and S_('companyName_stem') and core(c0['companyName']) != core(c1['companyName']) and \
                not (S_('email') or S_('phone') or S_('address'))
        elif t == 'namesake_company_elsewhere':
            ok = (not person) and S_('companyName') and not (S_('email') or S_('phone') or S_('address') or S_('city'))
        elif t == 'incorporated_successor':
            ok = (not person) and S_('companyName') and S_('address') and S_('phone') and \
                not has_legal(c0['companyName']) and has_legal(c1['companyName'])
        if not ok:
            errs.append((j, t, 'type-specific check failed', c0['displayName'], c1['displayName']))
    report('hard negatives: other customers, anchors valid, shared claims true, type rules hold', not errs, errs[:6])
    report('hard negatives of at least 10 types', len(types) >= 10, types)

    # ---------------- determinism
    try:
        tmp = tempfile.mkdtemp(prefix='jp-setsubi-check-')
        hashes = []
        for seed in ('0', '12345'):
            out = os.path.join(tmp, 'run' + seed)
            os.makedirs(out)
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = seed
            p = subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', out], env=env,
                               capture_output=True, text=True, timeout=600)
            if p.returncode != 0:
                raise RuntimeError(p.stderr[-500:])
            hashes.append(tuple(hashlib.sha256(open(os.path.join(out, f), 'rb').read()).hexdigest()
                                for f in ('set.jsonl', 'meta.jsonl')))
        cur = tuple(hashlib.sha256(open(os.path.join(DIR, f), 'rb').read()).hexdigest() for f in ('set.jsonl', 'meta.jsonl'))
        report('gen.py deterministic across PYTHONHASHSEED=0 / 12345 (SHA-256)', hashes[0] == hashes[1], hashes)
        report('checked files equal a fresh gen.py run', cur == hashes[0], (cur, hashes[0]))
        shutil.rmtree(tmp, ignore_errors=True)
    except Exception as ex:   # noqa
        report('gen.py deterministic across PYTHONHASHSEED=0 / 12345 (SHA-256)', False, ex)
    return finish()


def finish():
    failed = [n for n, ok in results if not ok]
    if failed:
        print('%d of %d checks FAILED: %s' % (len(failed), len(results), '; '.join(failed)))
        sys.exit(1)
    print('ALL CHECKS PASSED')
    sys.exit(0)


if __name__ == '__main__':
    main()
