#!/usr/bin/env python3
"""Validate set.jsonl / meta.jsonl of the za-services labelled set and print statistics.

Exit status 0 when every check passes, 1 otherwise.

Checks
  * format: keys, types (every field a string or null), set values, entity ids
  * all existing lines first, exactly one existing line per existing entity
  * displayName present and unique (case/space-insensitive) within existing and within incoming
  * meta.jsonl: one line per set line, same entity, consistent category
    (existing / existing_match / new / repeat_of_new), hard-negative kind + imitated existing entity
  * country-correct formats: SA phone numbers (10 digits after normalising +27 / 0),
    4-digit postcodes (3 digits only where the leading zero was dropped on purpose), provinces
  * every link (existing_match, repeat_of_new) shares with an EARLIER record of its own entity an
    e-mail, a phone number (normalised) or a near-identical name together with the same postcode or
    street line, and at least one such anchor is distinctive: the e-mail / phone has not been seen
    on another entity's earlier record, and no other entity's earlier record has a near-identical
    name at that place
  * an e-mail or phone shared by two entities is only allowed between related entities (a hard
    negative and the customer it imitates, or members of one documented cluster: a group of
    companies, the schemes of one managing agent)
  * plain new customers share no e-mail, phone, or near-identical name at the same place with any
    earlier record of another entity
"""
import collections
import json
import os
import re
import sys
import unicodedata
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))

TITLES = set("mr mrs ms miss dr prof adv ds mnr mev mej sr rev".split())
LEGAL = set(("pty ltd limited proprietary cc inc incorporated npc npo rf the close corporation non profit company"
             " body corporate corp bc ta and of trustees sectional title scheme ss").split())
ABBR_RE = [(r'\bst\b', 'street'), (r'\brd\b', 'road'), (r'\bave?\b', 'avenue'), (r'\bdr\b', 'drive'),
           (r'\bcres\b', 'crescent'), (r'\bcl\b', 'close'), (r'\bln\b', 'lane'), (r'\bgdns\b', 'gardens'),
           (r'\bste\b', 'suite'), (r'\bpk\b', 'park'), (r'\bp o\b', 'po'), (r'\bposbus\b', 'po box'),
           (r'\bpobox\b', 'po box'), (r'\bhwy\b', 'highway')]
REGIONS = {'Gauteng', 'GP', 'GAUTENG', 'Gauteng Province', 'GT', 'Western Cape', 'WC', 'W Cape', 'Wes-Kaap',
           'W. Cape', 'KwaZulu-Natal', 'KZN', 'Kwazulu Natal', 'KwaZulu Natal', 'K.Z.N.'}
COUNTRIES = {'South Africa', 'ZA', 'RSA', 'SA', 'Suid-Afrika', 'South africa'}
SA_PREFIXES = {'010', '011', '012', '021', '031', '060', '061', '062', '063', '064', '065', '066', '067', '068',
               '071', '072', '073', '074', '076', '078', '079', '081', '082', '083', '084'}
CATS = {'existing', 'existing_match', 'new', 'repeat_of_new'}
HN_KINDS = {'director_company', 'family_trust', 'sister_company', 'body_corporate_same_agent',
            'franchise_other_outlet', 'relative_same_address', 'namesake_elsewhere', 'similar_name_company',
            'npo_officer'}
CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']


def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def name_key(s):
    if not s:
        return ''
    s = strip_acc(s).lower().replace('&', ' and ').replace('t/a', ' ta ')
    s = re.sub(r'\bc\.\s*c\.?', ' cc ', s)
    s = re.sub(r"['\u2019`]", '', s)
    toks = re.findall(r'[a-z]+|[0-9]+', s)
    toks = [t for t in toks if t not in TITLES and t not in LEGAL]
    return ' '.join(sorted(toks))


def near_keys(a, b):
    if not a or not b:
        return False
    if a == b:
        return True
    sm = SequenceMatcher(None, a, b)
    if sm.real_quick_ratio() < 0.88 or sm.quick_ratio() < 0.88:
        return False
    return sm.ratio() >= 0.88


def line_key(s):
    if not s:
        return ''
    s = strip_acc(s).lower()
    s = re.sub(r'[^a-z0-9 ]', ' ', s)
    s = ' '.join(s.split())
    for a, b in ABBR_RE:
        s = re.sub(a, b, s)
    return ' '.join(t for t in s.split() if t not in ('unit', 'suite', 'no', 'office', 'u', 'nr'))


def pc_key(s):
    d = re.sub(r'\D', '', s or '')
    return d.zfill(4) if 3 <= len(d) <= 4 else ''


def phone_key(s):
    d = re.sub(r'\D', '', s or '')
    if d.startswith('270') and len(d) == 12:
        d = '0' + d[3:]
    elif d.startswith('27') and len(d) == 11:
        d = '0' + d[2:]
    return d if len(d) == 10 and d[0] == '0' else ''


def email_key(s):
    return (s or '').strip().lower()


def disp_key(d):
    return ' '.join((d or '').split()).casefold()


def keys(c):
    nks = []
    for s in (c['displayName'], c['companyName']):
        k = name_key(s)
        if k and k not in nks:
            nks.append(k)
    return {'ek': email_key(c['email']), 'pk': phone_key(c['phone']), 'nks': nks,
            'pc': pc_key(c['address']['postalCode']), 'lk': line_key(c['address']['line1'])}


def same_place(a, b):
    return bool((a['pc'] and a['pc'] == b['pc']) or (a['lk'] and a['lk'] == b['lk']))


def names_near(a, b):
    return any(near_keys(x, y) for x in a['nks'] for y in b['nks'])


def pair_anchors(a, b):
    out = []
    if a['ek'] and a['ek'] == b['ek']:
        out.append('email')
    if a['pk'] and a['pk'] == b['pk']:
        out.append('phone')
    if same_place(a, b) and names_near(a, b):
        out.append('name+address')
    return out


def main():
    errors = []

    def err(msg):
        if len(errors) < 60:
            print('ERROR', msg)
        errors.append(msg)

    S = [json.loads(l) for l in open(os.path.join(HERE, 'set.jsonl'), encoding='utf-8')]
    M = [json.loads(l) for l in open(os.path.join(HERE, 'meta.jsonl'), encoding='utf-8')]
    if len(S) != len(M):
        err('set.jsonl has %d lines, meta.jsonl %d' % (len(S), len(M)))

    # ---- format
    seen_incoming = False
    ex_ent = {}
    disp = {'existing': set(), 'incoming': set()}
    for n, s in enumerate(S, 1):
        if list(s.keys()) != ['set', 'entity', 'contact']:
            err('line %d: top-level keys %s' % (n, list(s.keys())))
            continue
        if s['set'] not in ('existing', 'incoming'):
            err('line %d: bad set %r' % (n, s['set']))
        if not isinstance(s['entity'], str) or not re.fullmatch(r'E\d{5}', s['entity']):
            err('line %d: bad entity id %r' % (n, s['entity']))
        c = s['contact']
        if list(c.keys()) != CONTACT_KEYS:
            err('line %d: contact keys %s' % (n, list(c.keys())))
            continue
        if list(c['address'].keys()) != ADDR_KEYS:
            err('line %d: address keys %s' % (n, list(c['address'].keys())))
            continue
        vals = [c[k] for k in CONTACT_KEYS if k != 'address'] + [c['address'][k] for k in ADDR_KEYS]
        for v in vals:
            if v is not None and not isinstance(v, str):
                err('line %d: non-string value %r' % (n, v))
            if isinstance(v, str) and (not v.strip() or v != v.strip()):
                err('line %d: empty or unstripped string %r' % (n, v))
        if not c['displayName']:
            err('line %d: displayName missing' % n)
        if s['set'] == 'incoming':
            seen_incoming = True
        elif seen_incoming:
            err('line %d: existing line after incoming lines' % n)
        if s['set'] == 'existing':
            if s['entity'] in ex_ent:
                err('line %d: second existing record for %s' % (n, s['entity']))
            ex_ent[s['entity']] = n
        dk = disp_key(c['displayName'])
        if dk in disp[s['set']]:
            err('line %d: duplicate displayName in %s: %r' % (n, s['set'], c['displayName']))
        disp[s['set']].add(dk)
        if c['email'] and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[^@\s]+', c['email']):
            err('line %d: bad e-mail %r' % (n, c['email']))
        if c['phone']:
            pk = phone_key(c['phone'])
            if not pk or pk[:3] not in SA_PREFIXES:
                err('line %d: not a South African number %r' % (n, c['phone']))
        a = c['address']
        if a['postalCode'] is not None:
            tags = M[n - 1]['changes'] if n - 1 < len(M) else []
            ok = re.fullmatch(r'\d{4}', a['postalCode']) or (
                re.fullmatch(r'\d{3}', a['postalCode']) and 'postcode_no_leading_zero' in tags)
            if not ok:
                err('line %d: bad postcode %r' % (n, a['postalCode']))
        if a['region'] is not None and a['region'] not in REGIONS and a['region'].upper() not in {
                r.upper() for r in REGIONS}:
            err('line %d: unknown region %r' % (n, a['region']))
        if a['country'] is not None and a['country'].upper() not in {x.upper() for x in COUNTRIES}:
            err('line %d: unknown country %r' % (n, a['country']))

    # ---- meta consistency
    ent_meta = {}
    first_inc = {}
    for i, (s, m) in enumerate(zip(S, M)):
        n = i + 1
        if m.get('line') != n or m.get('entity') != s['entity']:
            err('meta line %d does not match set line' % n)
        cat = m.get('category')
        if cat not in CATS:
            err('meta line %d: bad category %r' % (n, cat))
        if not isinstance(m.get('changes'), list):
            err('meta line %d: changes is not a list' % n)
        ent = s['entity']
        if s['set'] == 'existing':
            if cat != 'existing':
                err('line %d: existing record with category %s' % (n, cat))
        else:
            if ent in ex_ent:
                want = 'existing_match'
            elif ent in first_inc:
                want = 'repeat_of_new'
            else:
                want = 'new'
                first_inc[ent] = n
            if cat != want:
                err('line %d: category %s, expected %s' % (n, cat, want))
        hn, imit = m.get('hard_negative'), m.get('imitates')
        sig = (hn, imit, m.get('cluster'), m.get('kind'))
        if ent in ent_meta and ent_meta[ent] != sig:
            err('line %d: entity %s meta differs between its lines' % (n, ent))
        ent_meta[ent] = sig
        if hn is not None:
            if hn not in HN_KINDS:
                err('line %d: unknown hard-negative kind %r' % (n, hn))
            if ent in ex_ent:
                err('line %d: hard negative %s is an existing customer' % (n, ent))
            if imit not in ex_ent or imit == ent:
                err('line %d: hard negative imitates %r, not another existing customer' % (n, imit))
        elif imit is not None:
            err('line %d: imitates without hard_negative kind' % n)

    def related(a, b):
        ma, mb = ent_meta.get(a), ent_meta.get(b)
        if ma is None or mb is None:
            return False
        if ma[1] == b or mb[1] == a:
            return True
        return ma[2] is not None and ma[2] == mb[2]

    # ---- links, sharing
    K = []
    by_ent = collections.defaultdict(list)
    eidx, pidx = collections.defaultdict(list), collections.defaultdict(list)
    pcidx, lidx = collections.defaultdict(list), collections.defaultdict(list)
    anchor_stats = collections.Counter()
    dist_stats = collections.Counter()
    hn_share = collections.Counter()
    for i, (s, m) in enumerate(zip(S, M)):
        n = i + 1
        ent = s['entity']
        k = keys(s['contact'])
        K.append(k)
        cat = m['category']
        cands = []
        seenc = set()
        for j in pcidx.get(k['pc'], []) + lidx.get(k['lk'], []):
            if j not in seenc:
                seenc.add(j)
                cands.append(j)
        if cat in ('existing_match', 'repeat_of_new'):
            own = []
            for j in by_ent[ent]:
                for a in pair_anchors(k, K[j]):
                    if a not in own:
                        own.append(a)
            if not own:
                err('line %d: link for %s shares no e-mail, phone or name+place with an earlier record' % (n, ent))
            dist = []
            for a in own:
                if a == 'email' and eidx[k['ek']] == [ent]:
                    dist.append(a)
                elif a == 'phone' and pidx[k['pk']] == [ent]:
                    dist.append(a)
                elif a == 'name+address':
                    if not any(S[j]['entity'] != ent and same_place(k, K[j]) and names_near(k, K[j]) for j in cands):
                        dist.append(a)
            if own and not dist:
                err('line %d: link for %s has only ambiguous anchors %s' % (n, ent, own))
            for a in own:
                anchor_stats[a] += 1
            dist_stats[len(dist)] += 1
        for fld, idx in (('ek', eidx), ('pk', pidx)):
            v = k[fld]
            if not v:
                continue
            for other in idx[v]:
                if other != ent and not related(ent, other):
                    err('line %d: %s %r shared by unrelated %s and %s' % (n, fld, v, ent, other))
        if cat == 'new' and m.get('hard_negative') is None:
            for j in cands:
                if S[j]['entity'] != ent and same_place(k, K[j]) and names_near(k, K[j]):
                    err('line %d: plain new %s has near-identical name at the place of %s' % (n, ent, S[j]['entity']))
                    break
        if cat == 'new' and m.get('hard_negative') is not None:
            X = m['imitates']
            xs = [K[j] for j in by_ent[X]]
            for lab, f in (('email', 'ek'), ('phone', 'pk')):
                if k[f] and any(k[f] == x[f] for x in xs):
                    hn_share[(m['hard_negative'], lab)] += 1
            if any(k['lk'] and k['lk'] == x['lk'] for x in xs):
                hn_share[(m['hard_negative'], 'street')] += 1
        by_ent[ent].append(i)
        for fld, idx in (('ek', eidx), ('pk', pidx)):
            if k[fld] and ent not in idx[k[fld]]:
                idx[k[fld]].append(ent)
        if k['pc']:
            pcidx[k['pc']].append(i)
        if k['lk']:
            lidx[k['lk']].append(i)

    # ---- statistics
    inc = [(s, m) for s, m in zip(S, M) if s['set'] == 'incoming']
    print('lines: %d  existing: %d  incoming: %d' % (len(S), len(ex_ent), len(inc)))
    cc = collections.Counter(m['category'] for _, m in inc)
    for c in ('existing_match', 'new', 'repeat_of_new'):
        print('  %-15s %5d  (%.1f%%)' % (c, cc[c], 100.0 * cc[c] / max(1, len(inc))))
    newm = [m for _, m in inc if m['category'] == 'new']
    print('new: plain %d, hard negatives %d' % (sum(1 for m in newm if not m['hard_negative']),
                                                  sum(1 for m in newm if m['hard_negative'])))
    for kd, v in sorted(collections.Counter(m['hard_negative'] for m in newm if m['hard_negative']).items()):
        sh = ', '.join('%s %d' % (lab, hn_share[(kd, lab)]) for lab in ('email', 'phone', 'street')
                       if hn_share[(kd, lab)])
        print('  %-28s %4d   shares with imitated: %s' % (kd, v, sh or '-'))
    mcount = collections.Counter(s['entity'] for s, m in inc if m['category'] == 'existing_match')
    rcount = collections.Counter(s['entity'] for s, m in inc if m['category'] == 'repeat_of_new')
    print('existing customers matched: %d (twice or more: %d)' % (len(mcount), sum(1 for v in mcount.values() if v > 1)))
    print('new customers repeated: %d (twice or more: %d)' % (len(rcount), sum(1 for v in rcount.values() if v > 1)))
    print('existing kinds:', dict(sorted(collections.Counter(m['kind'] for m in M if m['category'] == 'existing').items())))
    print('new kinds:     ', dict(sorted(collections.Counter(m['kind'] for m in newm).items())))
    print('link anchors (records having each):', dict(anchor_stats))
    print('links by number of distinctive anchors:', dict(sorted(dist_stats.items())))
    nulls = collections.Counter()
    for s, _ in inc:
        c = s['contact']
        for f in ('email', 'phone', 'givenName', 'companyName'):
            nulls[f] += c[f] is None
        nulls['address'] += c['address']['line1'] is None and c['address']['postalCode'] is None
    print('incoming null rates:', ', '.join('%s %.0f%%' % (f, 100.0 * v / len(inc)) for f, v in sorted(nulls.items())))
    tags = collections.Counter()
    for _, m in inc:
        if m['category'] != 'new':
            for t in m['changes']:
                tags[t.split(':')[0]] += 1
    print('noise tags on links (top 45):')
    print('  ' + ', '.join('%s %d' % kv for kv in tags.most_common(45)))
    if errors:
        print('FAILED: %d error(s)' % len(errors))
        return 1
    print('OK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
