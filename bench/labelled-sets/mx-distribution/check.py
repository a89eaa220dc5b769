#!/usr/bin/env python3
"""Independent validator for the mx-distribution benchmark (does not import gen.py).

    python3 check.py [--dir DIR] [--no-determinism]

Prints one line per check; the last line is "ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

FAILS = []
N_EX = 1500
N_IN = 1500
HN_TYPES = ['chain_sucursal', 'group_company', 'namesake_other_town', 'maternal_surname', 'sibling_firms',
            'same_building', 'shared_mailbox', 'similar_name_other_trade', 'household_member', 'public_dependency']
# strong channels a hard negative may share with its anchor
HN_MAY_SHARE = {'chain_sucursal': ['email'], 'group_company': ['email', 'address'], 'shared_mailbox': ['email'],
                'household_member': ['address']}
CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def fail(msg):
    FAILS.append(msg)


def report(name, errs, limit=5):
    if errs:
        print('FAIL %s (%d)' % (name, len(errs)))
        for e in errs[:limit]:
            print('    ' + str(e))
        fail(name)
    else:
        print('ok   %s' % name)


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()


def dl(a, b):
    """restricted Damerau-Levenshtein distance, capped at 3."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[len(b)], 3)


def phone_key(p):
    if p is None:
        return None
    p = re.sub(r'(?i)\s*(ext\.?|x)\s*\d+\s*$', '', p.strip())
    digits = ''.join(ch for ch in p if ch.isdigit())
    for pre, total in (('521', 13), ('52', 12), ('044', 13), ('045', 13), ('01', 12)):
        if digits.startswith(pre) and len(digits) == total:
            digits = digits[len(pre):]
            break
    return digits if len(digits) == 10 else 'BAD:' + digits


STREET_WORDS = set('''av avenida calle blvd boulevard bulevar calz calzada priv privada prol prolongacion periferico
perif anillo carretera carr carret km kilometro no num numero ext int interior mz mza manzana lt lote sin esq esquina
con col colonia fracc fraccionamiento local loc depto dpto departamento cp de del la el los las and andador
entre'''.split())
NAME_GENERIC = set('''de del la el los las y e sa cv rl sapi sc ac suc sucursal grupo gpo ferreteria tlapaleria
materiales mat electrica elec constructora const construcciones comercializadora com distribuidora dist hermanos hnos
hijos asociados asocs servicios servs hotel restaurante colegio instituto escuela hospital clinica plomeria taller para
construccion don dona ing lic arq dr dra cp sr sra municipio ayuntamiento gobierno municipal comercial industrial ind
sistema san santa cia compania'''.split())
CP_PAT = re.compile(r'(?i)\bc\.?\s?p\.?\s?(\d{5})\b')


def address_key(a):
    """(postcode, numbers, street words) or None."""
    if not a:
        return None
    lines = [x for x in (a.get('line1'), a.get('line2')) if x]
    joined = ' | '.join(lines)
    m = CP_PAT.search(joined)
    cp = a.get('postalCode') or (m.group(1) if m else None)
    joined = CP_PAT.sub(' ', joined)
    numbers = tuple(sorted(re.findall(r'\d+(?:\.\d+)?', joined)))
    words = []
    street = re.split(r'(?i),|\b(?:col|colonia|fracc|fraccionamiento)\b', CP_PAT.sub(' ', a.get('line1') or ''))[0]
    for w in re.split(r'[^0-9a-zñ]+', fold(street)):
        if len(w) >= 3 and w not in STREET_WORDS and not w[0].isdigit():
            words.append(w)
    return cp, numbers, frozenset(words)


def same_address(k1, k2):
    return bool(k1 and k2 and k1[0] and k1[0] == k2[0] and k1[1] == k2[1] and (k1[2] & k2[2]))


def name_words(c):
    txt = ' '.join(c[k] for k in ('displayName', 'givenName', 'familyName', 'companyName') if c.get(k))
    return set(w for w in re.split(r'[^0-9a-zñ]+', fold(txt)) if len(w) >= 3 and w not in NAME_GENERIC)


def flat(c):
    out = {k: c[k] for k in CONTACT_KEYS if k != 'address'}
    if c['address'] is None:
        out['address'] = None
    else:
        out['address'] = '*'
        for k in ADDR_KEYS:
            out['address.' + k] = c['address'][k]
    return out


def differing_fields(a, b):
    fa, fb = flat(a), flat(b)
    d = [k for k in CONTACT_KEYS if k != 'address' and fa[k] != fb[k]]
    if (fa['address'] is None) != (fb['address'] is None):
        d.append('address')
    elif fa['address'] is not None:
        d += ['address.' + k for k in ADDR_KEYS if fa['address.' + k] != fb['address.' + k]]
    return d, fa, fb


class Existing:
    def __init__(self, recs):
        self.recs = recs
        self.by_phone, self.by_email, self.by_del, self.by_addr = {}, {}, {}, {}
        for i, r in enumerate(recs):
            c = r['contact']
            p = phone_key(c['phone'])
            if p:
                self.by_phone.setdefault(p, []).append(i)
            if c['email']:
                e = c['email'].lower()
                self.by_email.setdefault(e, []).append(i)
                for v in [e] + [e[:j] + e[j + 1:] for j in range(len(e))]:
                    self.by_del.setdefault(v, []).append(i)
            k = address_key(c['address'])
            if k and k[0]:
                self.by_addr.setdefault((k[0], k[1]), []).append((i, k))

    def near_email(self, e):
        e = e.lower()
        hits = []
        for v in [e] + [e[:j] + e[j + 1:] for j in range(len(e))]:
            for i in self.by_del.get(v, []):
                if i not in hits and dl(self.recs[i]['contact']['email'].lower(), e) <= 1:
                    hits.append(i)
        return sorted(hits)

    def addr_hits(self, k):
        if not k or not k[0]:
            return []
        return sorted(i for i, k2 in self.by_addr.get((k[0], k[1]), []) if same_address(k, k2))


def channels(a, b, ex=None, target=None):
    """strong channels shared by contacts a and b; with ex, also unique to existing[target]."""
    out = []
    if a['email'] and b['email'] and dl(a['email'].lower(), b['email'].lower()) <= 1:
        if ex is None or (ex.near_email(a['email']) == [target] and len(ex.by_email[b['email'].lower()]) == 1):
            out.append('email')
    pa, pb = phone_key(a['phone']), phone_key(b['phone'])
    if pa and pa == pb and not pa.startswith('BAD'):
        if ex is None or ex.by_phone.get(pa) == [target]:
            out.append('phone')
    ka, kb = address_key(a['address']), address_key(b['address'])
    if same_address(ka, kb) and (name_words(a) & name_words(b)):
        if ex is None or ex.addr_hits(ka) == [target]:
            out.append('address')
    return out


def check_labels(changes, a, b, errs, tag):
    d, fa, fb = differing_fields(a, b)
    lab_fields = []
    whats = {}
    for lab in changes:
        if ':' not in lab:
            errs.append((tag, 'bad label', lab))
            continue
        f, w = lab.rsplit(':', 1)
        lab_fields.append(f)
        whats.setdefault(f, []).append(w)
    if sorted(set(lab_fields)) != sorted(set(d)):
        errs.append((tag, 'labelled', sorted(set(lab_fields)), 'differ', sorted(set(d))))
        return
    # semantic consistency
    for f, ws in whats.items():
        va, vb = fa.get(f), fb.get(f)
        if f == 'phone' and va and vb:
            same = phone_key(va) == phone_key(vb)
            if set(ws) <= {'format', 'extension'} and not same:
                errs.append((tag, 'phone format label but numbers differ', va, vb))
            if 'changed' in ws and same:
                errs.append((tag, 'phone changed label but same number', va, vb))
        if f == 'email' and va and vb:
            dd = dl(va.lower(), vb.lower())
            if set(ws) == {'case'} and va.lower() != vb.lower():
                errs.append((tag, 'email case label', va, vb))
            if 'typo' in ws and 'changed' not in ws and dd != 1:
                errs.append((tag, 'email typo label', va, vb))
            if 'changed' in ws and dd <= 1:
                errs.append((tag, 'email changed label but near-equal', va, vb))
        if f in ('displayName', 'givenName', 'familyName', 'companyName') and va and vb:
            if set(ws) == {'case'} and va.casefold() != vb.casefold():
                errs.append((tag, f + ' case label', va, vb))
            if set(ws) <= {'case', 'accents'} and fold(va) != fold(vb):
                errs.append((tag, f + ' case/accent label', va, vb))
        if ws and any(w in ('dropped',) for w in ws) and f not in ('address',) and va is not None \
                and f.split('.')[0] in ('email', 'phone'):
            errs.append((tag, f + ' dropped label but value present', va))
    addr_ws = [w for f, ws in whats.items() if f.startswith('address') for w in ws]
    if a['address'] and b['address']:
        ka, kb = address_key(a['address']), address_key(b['address'])
        if 'moved' in addr_ws and ka[1] == kb[1] and (ka[2] & kb[2]) and ka[0] == kb[0]:
            errs.append((tag, 'moved label but same address'))
        if not set(addr_ws) & {'moved', 'different'} and (ka[1] != kb[1] or not (ka[2] & kb[2])):
            errs.append((tag, 'address differs without moved label', a['address']['line1'], b['address']['line1']))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dir', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--no-determinism', action='store_true')
    args = ap.parse_args()
    d = args.dir
    S = [json.loads(l) for l in open(os.path.join(d, 'set.jsonl'), encoding='utf-8')]
    M = [json.loads(l) for l in open(os.path.join(d, 'meta.jsonl'), encoding='utf-8')]

    # ---- counts and record format
    errs = []
    if len(S) != N_EX + N_IN or len(M) != len(S):
        errs.append(('line counts', len(S), len(M)))
    EX = [r for r in S if r['set'] == 'existing']
    IN = [r for r in S if r['set'] == 'incoming']
    if S[:N_EX] != EX or S[N_EX:] != IN or len(EX) != N_EX or len(IN) != N_IN:
        errs.append('existing must come first (1500) then incoming (1500)')
    for i, r in enumerate(S):
        if sorted(r) != ['contact', 'entity', 'set']:
            errs.append((i, 'record keys', sorted(r)))
            continue
        if not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            errs.append((i, 'entity id', r['entity']))
        c = r['contact']
        if sorted(c) != sorted(CONTACT_KEYS):
            errs.append((i, 'contact keys'))
            continue
        for k in CONTACT_KEYS:
            if k == 'address':
                continue
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip() or c[k] != c[k].strip()):
                errs.append((i, k, c[k]))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or sorted(a) != sorted(ADDR_KEYS):
                errs.append((i, 'address keys'))
            else:
                for k in ADDR_KEYS:
                    if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                        errs.append((i, 'address.' + k, a[k]))
                if a['postalCode'] is not None and not re.fullmatch(r'\d{5}', a['postalCode']):
                    errs.append((i, 'postalCode', a['postalCode']))
                if not a['line1']:
                    errs.append((i, 'address without line1'))
        if c['email'] is not None and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}', c['email']):
            errs.append((i, 'email', c['email']))
        if c['phone'] is not None and (phone_key(c['phone']) or 'BAD').startswith('BAD'):
            errs.append((i, 'phone', c['phone']))
        if not c['displayName']:
            errs.append((i, 'displayName missing'))
        if not (c['email'] or c['phone'] or c['address']):
            errs.append((i, 'no contact channel at all'))
    report('counts, order and record format', errs)

    # ---- meta alignment
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < N_EX else i - N_EX
        if m.get('set') != r['set'] or m.get('index') != idx or m.get('entity') != r['entity']:
            errs.append((i, 'meta misaligned'))
        if not isinstance(m.get('changes'), list) or not isinstance(m.get('kind'), str):
            errs.append((i, 'meta fields'))
        cat = m.get('category')
        if r['set'] == 'existing' and cat != 'existing':
            errs.append((i, 'category of existing', cat))
        if r['set'] == 'incoming' and cat not in ('match', 'new', 'hard_negative'):
            errs.append((i, 'category', cat))
        kind = m.get('kind', '')
        is_org = r['contact']['companyName'] is not None
        if kind.startswith('org/') != is_org or not re.fullmatch(r'(person|org)/[a-z_]+', kind):
            errs.append((i, 'kind vs companyName', kind, r['contact']['companyName']))
    report('meta aligned; kinds consistent with companyName', errs)
    MI = M[N_EX:]

    # ---- existing list
    errs = []
    ids = [r['entity'] for r in EX]
    if len(set(ids)) != len(ids):
        errs.append('duplicate entity ids in existing')
    dns = [r['contact']['displayName'].casefold() for r in EX]
    if len(set(dns)) != len(dns):
        errs.append('displayName not unique (case-insensitive)')
    keys = [fold(r['contact']['displayName']) for r in EX]
    if any(keys[i] > keys[i + 1] for i in range(len(keys) - 1)):
        errs.append('existing not sorted by folded displayName')
    n_org = sum(1 for r in EX if r['contact']['companyName'])
    if not 0.45 <= n_org / N_EX <= 0.55:
        errs.append(('organisation share', n_org))
    report('existing: unique ids, unique displayNames, sorted, ~50%% organisations (%d orgs)' % n_org, errs)
    ex = Existing(EX)
    ex_pos = {e: i for i, e in enumerate(ids)}

    # ---- category counts
    errs = []
    cnt = {}
    for m in MI:
        cnt[m['category']] = cnt.get(m['category'], 0) + 1
    share = {k: v / N_IN for k, v in cnt.items()}
    if not 0.52 <= share.get('match', 0) <= 0.58:
        errs.append(('match share', share.get('match')))
    if not 0.32 <= share.get('new', 0) <= 0.38:
        errs.append(('new share', share.get('new')))
    if not 0.08 <= share.get('hard_negative', 0) <= 0.12:
        errs.append(('hard negative share', share.get('hard_negative')))
    report('incoming category shares %s' % json.dumps(cnt, sort_keys=True), errs)

    # ---- matches
    errs, lab_errs = [], []
    seen = []
    profiles = {}
    for i, (r, m) in enumerate(zip(IN, MI)):
        if m['category'] != 'match':
            continue
        e = r['entity']
        if e not in ex_pos:
            errs.append((i, 'match entity not in existing'))
            continue
        if m.get('compare_set') != 'existing' or m.get('compare_index') != ex_pos[e]:
            errs.append((i, 'compare index'))
            continue
        seen.append(e)
        profiles[m.get('profile')] = profiles.get(m.get('profile'), 0) + 1
        cmpc = EX[ex_pos[e]]['contact']
        ch = channels(r['contact'], cmpc, ex, ex_pos[e])
        ev = m.get('evidence') or []
        if not ev or not set(ev) <= set(ch):
            errs.append((i, 'evidence', ev, 'verified', ch))
        check_labels(m['changes'], r['contact'], cmpc, lab_errs, i)
        if r['contact'] == cmpc:
            errs.append((i, 'match identical to existing record'))
    if len(seen) != len(set(seen)):
        errs.append('an existing customer is matched more than once')
    tot = sum(profiles.values())
    for p, lo, hi in (('light', .24, .36), ('medium', .33, .47), ('harsh', .24, .36)):
        if not lo <= profiles.get(p, 0) / max(tot, 1) <= hi:
            errs.append(('profile share', p, profiles.get(p, 0)))
    report('matches: entity in existing, matched at most once, evidence verified & unique, profiles %s'
           % json.dumps(profiles, sort_keys=True), errs)
    report('matches: change labels == differing fields, semantically consistent', lab_errs)

    # ---- new customers
    errs, lab_errs = [], []
    first = {}
    occ_seen = {}
    chain_mail = {}
    for i, (r, m) in enumerate(zip(IN, MI)):
        if m['category'] != 'new':
            continue
        e = r['entity']
        if e in ex_pos:
            errs.append((i, 'new entity present in existing'))
        occ_seen[e] = occ_seen.get(e, 0) + 1
        if m.get('occurrence') != occ_seen[e]:
            errs.append((i, 'occurrence numbering', m.get('occurrence'), occ_seen[e]))
        c = r['contact']
        # no shared key with any existing record
        if c['email'] and c['email'].lower() in ex.by_email:
            errs.append((i, 'new shares e-mail with existing', c['email']))
        if c['email'] and ex.near_email(c['email']):
            errs.append((i, 'new e-mail within one edit of an existing e-mail', c['email']))
        p = phone_key(c['phone'])
        if p and p in ex.by_phone:
            errs.append((i, 'new shares phone with existing', c['phone']))
        if ex.addr_hits(address_key(c['address'])):
            errs.append((i, 'new shares address with existing', c['address']['line1']))
        if occ_seen[e] == 1:
            first[e] = i
            if m.get('compare_index') is not None or m.get('changes'):
                errs.append((i, 'first occurrence has compare/changes'))
        else:
            if m.get('compare_set') != 'incoming' or m.get('compare_index') != first[e]:
                errs.append((i, 'repeat compare index'))
                continue
            cmpc = IN[first[e]]['contact']
            ch = channels(c, cmpc)
            ev = m.get('evidence') or []
            if not ev or not set(ev) <= set(ch) or m.get('profile') not in ('light', 'medium', 'harsh'):
                errs.append((i, 'repeat evidence', ev, ch))
            check_labels(m['changes'], c, cmpc, lab_errs, i)
        if c['email']:
            chain_mail.setdefault(c['email'].lower(), []).append((e, m['kind']))
    if any(v > 3 for v in occ_seen.values()):
        errs.append('a new customer appears more than 3 times')
    for em, lst in chain_mail.items():
        ents = sorted(set(x[0] for x in lst))
        if len(ents) > 1 and not all(k == 'org/chain_sucursal' for _, k in lst):
            errs.append(('e-mail shared by different new customers', em))
    n_rep = sum(1 for v in occ_seen.values() if v > 1)
    report('new customers: %d distinct, %d seen more than once; numbering, no key shared with existing, '
           'repeat evidence' % (len(occ_seen), n_rep), errs)
    report('new repeats: change labels == differing fields, semantically consistent', lab_errs)

    # ---- hard negatives
    errs, lab_errs = [], []
    in_ents = {}
    for r in IN:
        in_ents[r['entity']] = in_ents.get(r['entity'], 0) + 1
    types = {}
    for i, (r, m) in enumerate(zip(IN, MI)):
        if m['category'] != 'hard_negative':
            continue
        c = r['contact']
        t = m.get('hn_type')
        types[t] = types.get(t, 0) + 1
        if t not in HN_TYPES or not m.get('rule') or not m.get('shared'):
            errs.append((i, 'hn meta', t))
            continue
        if r['entity'] in ex_pos or in_ents[r['entity']] != 1:
            errs.append((i, 'hn entity reused'))
        ai = m.get('anchor_index')
        if ai is None or not 0 <= ai < N_EX or EX[ai]['entity'] != m.get('anchor'):
            errs.append((i, 'anchor'))
            continue
        ac = EX[ai]['contact']
        p = phone_key(c['phone'])
        if p and p in ex.by_phone:
            errs.append((i, 'hn shares a phone with an existing record', c['phone']))
        shared = channels(c, ac)
        allowed = HN_MAY_SHARE.get(t, [])
        if not set(shared) <= set(allowed) or len(shared) > 1 + (t == 'group_company'):
            errs.append((i, t, 'shares strong channels with anchor', shared))
        # decidability: something that identifies a different customer must differ
        fc, fa = {k: fold(c[k] or '') for k in ('displayName', 'givenName', 'familyName', 'companyName')}, \
            {k: fold(ac[k] or '') for k in ('displayName', 'givenName', 'familyName', 'companyName')}
        if t == 'namesake_other_town':
            if c['address'] is None or ac['address'] is None or \
                    fold(c['address']['city']) == fold(ac['address']['city']):
                errs.append((i, t, 'town must be visible and differ'))
            if sorted(fc['displayName'].split()) != sorted(fa['displayName'].split()):
                errs.append((i, t, 'namesake display differs', c['displayName'], ac['displayName']))
        elif t == 'maternal_surname':
            if fc['familyName'] == fa['familyName'] or len(fc['familyName'].split()) < 2 or \
                    len(fa['familyName'].split()) < 2 or fc['givenName'] != fa['givenName']:
                errs.append((i, t, 'maternal surname must be visible on both and differ',
                             c['familyName'], ac['familyName']))
        elif t == 'household_member':
            if not c['givenName'] or not ac['givenName'] or \
                    set(fc['givenName'].split()) & set(fa['givenName'].split()):
                errs.append((i, t, 'given names must differ', c['givenName'], ac['givenName']))
        elif t in ('chain_sucursal',):
            if fc['displayName'] == fa['displayName'] or same_address(address_key(c['address']),
                                                                       address_key(ac['address'])):
                errs.append((i, t, 'sucursal label/address must differ'))
        else:
            if fc['displayName'] == fa['displayName'] and fc['companyName'] == fa['companyName']:
                errs.append((i, t, 'names identical'))
        # other existing records: no shared e-mail / address except inside a chain or group
        if t not in ('chain_sucursal', 'group_company'):
            if c['email'] and [j for j in ex.by_email.get(c['email'].lower(), []) if j != ai]:
                errs.append((i, t, 'e-mail shared with a non-anchor existing record'))
            if [j for j in ex.addr_hits(address_key(c['address'])) if j != ai]:
                errs.append((i, t, 'address shared with a non-anchor existing record'))
        # the meta 'shared' claims must hold
        for sh in m['shared']:
            ok = True
            if sh == 'email':
                ok = bool(c['email'] and ac['email'] and c['email'].lower() == ac['email'].lower())
            elif sh == 'address':
                ok = same_address(address_key(c['address']), address_key(ac['address']))
            elif sh in ('street_number', 'postalCode'):
                k1, k2 = address_key(c['address']), address_key(ac['address'])
                ok = bool(k1 and k2 and k1[0] == k2[0] and (sh == 'postalCode' or (
                    set(k2[1]) < set(k1[1]) or set(k1[1]) < set(k2[1]) or k1[1] != k2[1]) and k1[2] & k2[2]))
            elif sh == 'companyName':
                ok = bool(c['companyName'] and ac['companyName'] and
                          name_words({'displayName': c['companyName']}) ==
                          name_words({'displayName': ac['companyName']}))
            elif sh == 'givenName':
                ok = fc['givenName'] == fa['givenName'] != ''
            elif sh == 'familyName':
                ok = fc['familyName'] == fa['familyName'] != ''
            elif sh in ('paternal_surname', 'surname'):
                ok = bool(fc['familyName'] and fa['familyName'] and
                          (fc['familyName'].split()[0] == fa['familyName'].split()[0] or
                           fc['familyName'].split()[-1] == fa['familyName'].split()[0]))
            elif sh in ('distinctive_name', 'family_surname'):
                ok = bool(name_words(c) & name_words(ac))
            elif sh == 'town':
                ok = fold(c['displayName'] + ' ' + (c['companyName'] or '')).find(
                    fold(ac['companyName'] or '').replace('municipio de ', '')) >= 0
            else:
                ok = False
            if not ok:
                errs.append((i, t, 'shared claim does not hold', sh))
        check_labels(m['changes'], c, ac, lab_errs, i)
    if len(types) < 10 or min(types.values()) < 5:
        errs.append(('hn types', types))
    report('hard negatives: %d types %s; decidable (no shared phone, allowed shared channels only)'
           % (len(types), json.dumps(types, sort_keys=True)), errs)
    report('hard negatives: change labels == differing fields', lab_errs)

    # ---- determinism
    if not args.no_determinism:
        errs = []
        scratch = os.path.join(d, '.check_scratch')
        shutil.rmtree(scratch, ignore_errors=True)
        hashes = []
        try:
            for k, seed in enumerate(('0', '12345')):
                out = os.path.join(scratch, 'run%d' % k)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, os.path.join(d, 'gen.py'), '--out', out], env=env, check=True,
                               stdout=subprocess.DEVNULL)
                h = []
                for fn in ('set.jsonl', 'meta.jsonl'):
                    h.append(hashlib.sha256(open(os.path.join(out, fn), 'rb').read()).hexdigest())
                hashes.append(h)
            here = [hashlib.sha256(open(os.path.join(d, fn), 'rb').read()).hexdigest()
                    for fn in ('set.jsonl', 'meta.jsonl')]
            if hashes[0] != hashes[1]:
                errs.append('two runs with different PYTHONHASHSEED differ')
            if hashes[0] != here:
                errs.append('files on disk differ from a fresh run of gen.py')
        except Exception as exc:  # noqa
            errs.append('gen.py run failed: %r' % exc)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        report('determinism (PYTHONHASHSEED=0 vs 12345, SHA-256 of both files, equal to files on disk)', errs)

    if FAILS:
        print('FAILED: %d check(s): %s' % (len(FAILS), '; '.join(FAILS)))
        sys.exit(1)
    print('ALL CHECKS PASSED')


if __name__ == '__main__':
    main()
