#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py - independent validator of the fr-renovation benchmark.

Does not import gen.py. Reads set.jsonl and meta.jsonl next to this file,
recomputes every label rule from the records, re-runs gen.py twice with
different PYTHONHASHSEED values into a scratch folder and compares digests,
prints statistics. Last line "ALL CHECKS PASSED" and exit status 0 on success.
"""
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FAILS = []


def fail(msg):
    FAILS.append(msg)


# ---------------------------------------------------------------- normalisation (re-implemented)
SPECIAL = {'œ': 'oe', 'Œ': 'OE', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'ł': 'l', 'Ł': 'L', '’': "'", 'ø': 'o'}


def fold(s):
    if s is None:
        return None
    s = ''.join(SPECIAL.get(c, c) for c in s)
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def toks(s):
    return [t for t in re.sub(r'[^a-z0-9]+', ' ', fold(s or '').lower()).split() if t]


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def within_one(a, b):
    return a != b and abs(len(a) - len(b)) <= 1 and levenshtein(a, b) == 1


ABBR = {'av': 'avenue', 'ave': 'avenue', 'bd': 'boulevard', 'bld': 'boulevard', 'blvd': 'boulevard', 'bvd': 'boulevard',
        'boul': 'boulevard', 'ch': 'chemin', 'chem': 'chemin', 'imp': 'impasse', 'all': 'allee', 'pl': 'place',
        'rte': 'route', 'fbg': 'faubourg', 'fg': 'faubourg', 'crs': 'cours', 'mte': 'montee', 'sq': 'square',
        'st': 'saint', 'ste': 'sainte', 'gal': 'general', 'gen': 'general', 'mal': 'marechal', 'dr': 'docteur',
        'pdt': 'president', 'r': 'rue', 'res': 'residence', 'resid': 'residence', 'bat': 'batiment'}
SUFFIX = {'b': 'bis', 'bis': 'bis', 't': 'ter', 'ter': 'ter', 'q': 'quater', 'quater': 'quater'}
STOP = {'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'lieu', 'dit', 'lieudit', 'ld'}


def address_key(a):
    if not a or not a.get('line1') or not a.get('postalCode'):
        return None
    pc = re.sub(r'\D', '', a['postalCode'])
    if len(pc) != 5:
        return None
    out = []
    for t in toks(a['line1']):
        m = re.fullmatch(r'(\d+)(bis|ter|quater|b|t|q)', t)
        if m:
            out.extend([m.group(1), SUFFIX[m.group(2)]])
        elif t in SUFFIX and out and out[-1].isdigit():
            out.append(SUFFIX[t])
        else:
            t = ABBR.get(t, t)
            if t not in STOP:
                out.append(t)
    return (' '.join(out) + '|' + pc) if out else None


def phone_key(p):
    if not p:
        return None
    d = re.sub(r'\D', '', p)
    if d.startswith('0033'):
        d = d[4:]
    elif d.startswith('33') and len(d) in (11, 12):
        d = d[2:]
    if len(d) == 9:
        d = '0' + d
    return d or None


def email_parts(e):
    if not e or '@' not in e:
        return None
    local, dom = e.lower().rsplit('@', 1)
    return local, dom


def links(a, b):
    ev = []
    ea, eb = (a.get('email') or '').lower(), (b.get('email') or '').lower()
    if ea and eb:
        if ea == eb:
            ev.append('email')
        else:
            pa, pb = email_parts(ea), email_parts(eb)
            if pa and pb and pa[1] == pb[1] and within_one(pa[0], pb[0]):
                ev.append('email_near')
    if phone_key(a.get('phone')) and phone_key(a.get('phone')) == phone_key(b.get('phone')):
        ev.append('phone')
    if address_key(a.get('address')) and address_key(a.get('address')) == address_key(b.get('address')):
        ev.append('address')
    return ev


def same_channel(a, b, t):
    if t in ('email', 'email_near'):
        return bool(a.get('email')) and a['email'].lower() == (b.get('email') or '').lower()
    if t == 'phone':
        return phone_key(a.get('phone')) is not None and phone_key(a.get('phone')) == phone_key(b.get('phone'))
    return address_key(a.get('address')) is not None and address_key(a.get('address')) == address_key(b.get('address'))


class Channels:
    """Lookup of records by channel (exact e-mail, e-mail one edit away, phone, address key)."""

    def __init__(self, recs):
        self.recs = recs
        self.e, self.d, self.p, self.a = {}, {}, {}, {}
        for i, r in recs.items():
            e = (r.get('email') or '').lower()
            if e:
                self.e.setdefault(e, []).append(i)
                local, dom = email_parts(e)
                for k in self.dels(local):
                    self.d.setdefault((dom, k), []).append(i)
            if phone_key(r.get('phone')):
                self.p.setdefault(phone_key(r['phone']), []).append(i)
            if address_key(r.get('address')):
                self.a.setdefault(address_key(r['address']), []).append(i)

    @staticmethod
    def dels(s):
        return sorted({s} | {s[:i] + s[i + 1:] for i in range(len(s))})

    def sharing(self, rec):
        """index -> list of link types between rec and that record."""
        cand = []
        e = (rec.get('email') or '').lower()
        if e:
            cand += self.e.get(e, [])
            local, dom = email_parts(e)
            for k in self.dels(local):
                cand += self.d.get((dom, k), [])
        if phone_key(rec.get('phone')):
            cand += self.p.get(phone_key(rec['phone']), [])
        if address_key(rec.get('address')):
            cand += self.a.get(address_key(rec['address']), [])
        out = {}
        for i in sorted(set(cand)):
            ev = links(rec, self.recs[i])
            if ev:
                out[i] = ev
        return out


GENERIC = {'sarl', 'sas', 'sasu', 'eurl', 'sa', 'snc', 'sci', 'ei', 'scm', 'sc', 'selarl', 'societe', 'ste', 'ets',
           'etablissements', 'et', 'fils', 'cie', 'compagnie', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'm',
           'mme', 'mlle', 'melle', 'mr', 'monsieur', 'madame', 'mademoiselle', 'nee', 'epoux', 'famille', 'freres',
           'fr', 'en'}


def ntoks(c, fields=('displayName', 'givenName', 'familyName', 'companyName')):
    out = []
    for f in fields:
        for t in toks(c.get(f)):
            if t not in GENERIC and len(t) >= 2 and t not in out:
                out.append(t)
    return out


def close(a, b):
    if a == b:
        return True
    if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    return len(a) >= 4 and len(b) >= 4 and within_one(a, b)


def names_related(a, b, fields=('displayName', 'givenName', 'familyName', 'companyName')):
    ta, tb = ntoks(a, fields), ntoks(b, fields)
    return any(close(x, y) for x in ta for y in tb)


def city_key(c):
    out = []
    for t in toks(c):
        t = {'st': 'saint', 'ste': 'sainte'}.get(t, t)
        if t in ('cedex', 'er', 'e', 'eme') or t.isdigit() or re.fullmatch(r'\d+(er|e|eme)', t):
            continue
        out.append(t)
    return ' '.join(out)


def line2_key(a):
    if not a or not a.get('line2'):
        return None
    m = {'apt': 'appartement', 'appt': 'appartement', 'app': 'appartement', 'bat': 'batiment', 'esc': 'escalier',
         'res': 'residence', 'resid': 'residence', 'et': 'etage'}
    out = []
    for t in toks(a['line2']):
        t = m.get(t, t)
        mm = re.fullmatch(r'(\d+)(e|eme|er)', t)
        out.append(mm.group(1) if mm else t)
    return ' '.join(sorted(out))


COPRO_WORDS = {'syndicat', 'copro', 'coproprietaires', 'copropriete', 'sdc', 'synd', 'syndic', 'residence', 'resid',
               'res', 'rue', 'avenue', 'av', 'boulevard', 'bd', 'place', 'chemin', 'impasse', 'allee', 'route', 'quai',
               'cours', 'montee', 'bis', 'ter', 'saint', 'st', 'sainte', 'ste'}
HOLDING = ['holding', 'participations', 'financiere', 'invest']


def hn_decidable(t, rec, anc, shared, ex_channels):
    sh = set(shared)
    if t in ('namesake_other_town', 'father_son'):
        if shared:
            return 'shares ' + ','.join(shared)
        need = toks(anc.get('givenName')) + toks(anc.get('familyName'))
        have = toks(rec.get('displayName'))
        if not need or any(x not in have for x in need):
            return 'name differs from anchor'
        if t == 'namesake_other_town':
            ra, rb = rec.get('address') or {}, anc.get('address') or {}
            if not ra.get('postalCode') or ra.get('postalCode') == rb.get('postalCode'):
                return 'same postcode'
            if city_key(ra.get('city')) == city_key(rb.get('city')):
                return 'same town'
            return None
        marks = [m for m in ('pere', 'fils') if m in have]
        if not marks:
            return 'no pere/fils marker'
        if any(m in toks(anc.get('displayName')) for m in marks):
            return 'anchor has the same marker'
        if address_key(rec.get('address')) == address_key(anc.get('address')):
            return 'same address'
        return None
    if t == 'spouse_same_address':
        if shared != ['address']:
            return 'shared is not just the address'
        fam = toks(rec.get('familyName'))
        if not fam or any(x not in ntoks(anc) for x in fam):
            return 'family name not the anchor family name'
        ga, gb = toks(rec.get('givenName')), toks(anc.get('givenName'))
        if not ga or not gb or any(close(x, y) for x in ga for y in gb):
            return 'given names not clearly different'
        return None
    if t in ('later_occupant', 'neighbour_same_building'):
        if shared != ['address']:
            return 'shared is not just the address'
        if names_related(rec, anc):
            return 'names related'
        la, lb = line2_key(rec.get('address')), line2_key(anc.get('address'))
        if t == 'later_occupant':
            return None if (la is not None and la == lb) else 'line2 differs'
        return None if (la is not None and lb is not None and la != lb) else 'line2 not a different flat'
    if t == 'copro_same_syndic':
        if not shared or not sh <= {'email', 'phone'}:
            return 'shared channels %s' % shared
        holders = ex_channels.sharing(rec)
        for ch in shared:
            if sum(1 for ts in holders.values() if ch in ts) < 2:
                return 'syndic channel %s not shared by several copropriétés' % ch
        ta = [x for x in ntoks(rec, ('displayName', 'companyName')) if x not in COPRO_WORDS and not x.isdigit()]
        tb = [x for x in ntoks(anc, ('displayName', 'companyName')) if x not in COPRO_WORDS and not x.isdigit()]
        if not ta or not tb or any(close(x, y) for x in ta for y in tb):
            return 'résidence names related'
        return None
    if t == 'holding_vs_operating':
        if not shared or not sh <= {'email', 'address'}:
            return 'shared channels %s' % shared
        ha = any(w in toks(rec.get('companyName')) for w in HOLDING)
        hb = any(w in toks(anc.get('companyName')) for w in HOLDING)
        return None if ha != hb else 'holding words on both or neither'
    if t in ('agence_other_town', 'other_establishment', 'same_core_other_trade'):
        allowed = set() if t == 'same_core_other_trade' else {'email'}
        if not sh <= allowed:
            return 'shared channels %s' % shared
        ta, tb = ntoks(rec, ('displayName', 'companyName')), ntoks(anc, ('displayName', 'companyName'))
        if not any(x not in tb for x in ta) or not any(x not in ta for x in tb):
            return 'names do not differ by a word'
        if not names_related({'companyName': rec.get('companyName')}, {'companyName': anc.get('companyName')}):
            return 'no common name core'
        if t == 'same_core_other_trade':
            ra, rb = rec.get('address') or {}, anc.get('address') or {}
            if city_key(ra.get('city')) == city_key(rb.get('city')):
                return 'same town'
        return None
    return 'unknown hn_type'


# ---------------------------------------------------------------- checks
HN_COUNTS = {'namesake_other_town': 20, 'spouse_same_address': 18, 'later_occupant': 14,
             'neighbour_same_building': 14, 'father_son': 14, 'copro_same_syndic': 18, 'agence_other_town': 14,
             'holding_vs_operating': 12, 'other_establishment': 12, 'same_core_other_trade': 14}
KINDS = {'person/individual', 'person/household', 'org/company', 'org/sci', 'org/ei', 'org/association',
         'org/copropriete', 'org/bailleur_social', 'org/mairie', 'org/ecole', 'org/ehpad', 'org/commerce',
         'org/etablissement', 'org/agence', 'org/holding', 'org/operating', 'org/hotel', 'org/cabinet_medical'}
CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDRESS_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
GROUPS = {'name': ('displayName', 'givenName', 'familyName', 'companyName'), 'email': ('email',),
          'phone': ('phone',), 'address': ('address',)}
WEAK_ADDR_ONLY = {'name:given_dropped', 'name:initial', 'name:married_name', 'name:fields'}


def differing_groups(a, b):
    return sorted(g for g, fs in GROUPS.items() if any(a.get(f) != b.get(f) for f in fs))


def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f]


def sha(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def determinism():
    scratch = os.path.join(HERE, '.check_scratch')
    shutil.rmtree(scratch, ignore_errors=True)
    digests = []
    try:
        for hs in ('0', '4242'):
            out = os.path.join(scratch, 'run_' + hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            r = subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), '--out', out], env=env,
                               capture_output=True, text=True)
            if r.returncode != 0:
                fail('gen.py failed with PYTHONHASHSEED=%s: %s' % (hs, r.stderr[-500:]))
                return
            digests.append((sha(os.path.join(out, 'set.jsonl')), sha(os.path.join(out, 'meta.jsonl'))))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    here = (sha(os.path.join(HERE, 'set.jsonl')), sha(os.path.join(HERE, 'meta.jsonl')))
    if digests[0] != digests[1]:
        fail('gen.py output differs between PYTHONHASHSEED runs')
    if digests[0] != here:
        fail('set.jsonl/meta.jsonl in place differ from a fresh gen.py run')
    print('determinism: set.jsonl sha256 %s, meta.jsonl sha256 %s (2 runs, PYTHONHASHSEED 0 and 4242)'
          % (here[0][:16], here[1][:16]))


def main():
    S = load(os.path.join(HERE, 'set.jsonl'))
    M = load(os.path.join(HERE, 'meta.jsonl'))
    if len(S) != 3000 or len(M) != 3000:
        fail('expected 3000 lines in each file, got %d / %d' % (len(S), len(M)))
    # ---- structure
    for i, (s, m) in enumerate(zip(S, M)):
        if list(s.keys()) != ['set', 'entity', 'contact']:
            fail('line %d: keys %s' % (i, list(s.keys())))
        want = 'existing' if i < 1500 else 'incoming'
        if s['set'] != want or m['set'] != want:
            fail('line %d: set should be %s' % (i, want))
        if not re.fullmatch(r'c[0-9a-f]{7}', s['entity']):
            fail('line %d: entity id %r' % (i, s['entity']))
        if m['entity'] != s['entity'] or m['index'] != i:
            fail('line %d: meta entity/index mismatch' % i)
        c = s['contact']
        if list(c.keys()) != CONTACT_KEYS:
            fail('line %d: contact keys %s' % (i, list(c.keys())))
        for k in CONTACT_KEYS[:-1]:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                fail('line %d: %s must be a non-empty string or null' % (i, k))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDRESS_KEYS:
                fail('line %d: address keys' % i)
            else:
                for k in ADDRESS_KEYS:
                    if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                        fail('line %d: address.%s must be a non-empty string or null' % (i, k))
                if a['postalCode'] is not None and not re.fullmatch(r'\d{5}', a['postalCode']):
                    fail('line %d: postalCode %r' % (i, a['postalCode']))
        if not c['displayName']:
            fail('line %d: displayName missing' % i)
        if m['kind'] not in KINDS:
            fail('line %d: kind %r' % (i, m['kind']))
        if m['kind'].startswith('person/') and c['companyName'] is not None:
            fail('line %d: person with companyName' % i)
        if m['kind'].startswith('org/') and not c['companyName']:
            fail('line %d: organisation without companyName' % i)
        if not isinstance(m.get('changes'), list):
            fail('line %d: changes must be a list' % i)
        for ch in m.get('changes', []):
            if not re.fullmatch(r'(name|email|phone|address):[a-z0-9_]+', ch):
                fail('line %d: change label %r' % (i, ch))
    ex = {i: S[i]['contact'] for i in range(1500)}
    inc = {i: S[i]['contact'] for i in range(1500, 3000)}
    exch = Channels(ex)
    # ---- existing list
    names = [c['displayName'] for c in ex.values()]
    if len({n.casefold() for n in names}) != len(names):
        fail('existing display names are not unique case-insensitively')
    keys = [(fold(n).casefold(), n) for n in names]
    if keys != sorted(keys):
        fail('existing records are not sorted by display name')
    ex_ent = [S[i]['entity'] for i in range(1500)]
    if len(set(ex_ent)) != 1500:
        fail('existing entity ids are not unique')
    ex_of = {e: i for i, e in enumerate(ex_ent)}
    for i in range(1500):
        if M[i]['category'] != 'existing' or M[i]['changes']:
            fail('line %d: existing meta' % i)
        if not (ex[i]['email'] or ex[i]['phone'] or address_key(ex[i]['address'])):
            fail('line %d: existing record without any channel' % i)
    for i, c in inc.items():
        if re.search(r' \([^)]*\)$| - \d+$', c['displayName']):
            fail('line %d: incoming display name carries a QBO suffix' % i)
    # ---- categories
    cat = collections.Counter(M[i]['category'] for i in inc)
    if cat != collections.Counter({'match': 825, 'new': 525, 'hard_negative': 150}):
        fail('category counts %s' % dict(cat))
    by_ent = collections.defaultdict(list)
    for i in inc:
        by_ent[S[i]['entity']].append(i)
    stats = collections.Counter()
    name_changes_near_only = []
    for i in sorted(inc):
        m, c = M[i], inc[i]
        e = S[i]['entity']
        if m['category'] == 'match':
            j = m.get('compare_index')
            if m.get('compare_set') != 'existing' or e not in ex_of or j != ex_of[e]:
                fail('line %d: match must compare with the existing record of its entity' % i)
                continue
            if m.get('profile') not in ('light', 'medium', 'harsh'):
                fail('line %d: profile' % i)
            if M[j]['kind'] != m['kind']:
                fail('line %d: kind differs from existing record' % i)
            if any(M[k]['category'] != 'match' for k in by_ent[e]):
                fail('line %d: entity mixes categories' % i)
            cmp_rec = ex[j]
            others = {k: v for k, v in exch.sharing(c).items() if k != j}
        elif m['category'] == 'new':
            if e in ex_of:
                fail('line %d: new customer id used by an existing record' % i)
            if exch.sharing(c):
                fail('line %d: new customer shares a channel with an existing record' % i)
            recs = by_ent[e]
            if any(M[k]['category'] != 'new' for k in recs) or len(recs) > 3:
                fail('line %d: new entity records' % i)
            if i == recs[0]:
                if m.get('occurrence') != 1 or m.get('compare_index') is not None or m['changes']:
                    fail('line %d: first record of a new customer' % i)
                continue
            if m.get('compare_set') != 'incoming' or m.get('compare_index') != recs[0]:
                fail('line %d: repeat must compare with the first record of its customer' % i)
                continue
            if m.get('occurrence') != recs.index(i) + 1:
                fail('line %d: occurrence' % i)
            cmp_rec = inc[recs[0]]
            others = {}     # other-entity incoming records holding one of the channels
            for k in inc:
                if S[k]['entity'] != e:
                    ev = links(c, inc[k])
                    if ev:
                        others[k] = ev
        elif m['category'] == 'hard_negative':
            if e in ex_of or len(by_ent[e]) != 1:
                fail('line %d: hard negative entity must be a new, single record' % i)
            a = m.get('anchor_index')
            if not isinstance(a, int) or not 0 <= a < 1500 or S[a]['entity'] != m.get('anchor'):
                fail('line %d: anchor' % i)
                continue
            shared = links(c, ex[a])
            if shared != m.get('shared'):
                fail('line %d: shared %s, recomputed %s' % (i, m.get('shared'), shared))
            why = hn_decidable(m.get('hn_type'), c, ex[a], shared, exch)
            pa, pb = email_parts(c.get('email')), email_parts(ex[a].get('email'))
            if 'email' not in shared and pa and pb and (pa[0] == pb[0] or within_one(pa[0], pb[0])):
                fail('line %d: hard negative uses the anchor mailbox name at another domain' % i)
            if why:
                fail('line %d: hard negative %s not decidable: %s' % (i, m.get('hn_type'), why))
            for k, ts in exch.sharing(c).items():
                if k != a and not all(same_channel(ex[a], ex[k], t) for t in ts):
                    fail('line %d: hard negative shares a channel with another existing record %d' % (i, k))
            if differing_groups(c, ex[a]) != sorted({x.split(':')[0] for x in m['changes']}):
                fail('line %d: changes %s do not match differing fields %s' % (i, m['changes'], differing_groups(c, ex[a])))
            if m.get('rule') in (None, ''):
                fail('line %d: rule missing' % i)
            stats['hn_shared:' + (','.join(shared) or 'none')] += 1
            continue
        else:
            fail('line %d: category %r' % (i, m['category']))
            continue
        # ---- link evidence (matches and repeats)
        ev = links(c, cmp_rec)
        if ev != m.get('evidence'):
            fail('line %d: evidence %s, recomputed %s' % (i, m.get('evidence'), ev))
        if not ev:
            fail('line %d: no link evidence' % i)
            continue
        fam = {'email': 'email', 'email_near': 'email', 'phone': 'phone', 'address': 'address'}
        unique = [t for t in ev if not any(fam[t] in {fam[x] for x in ts} for ts in others.values())]
        if not unique:
            fail('line %d: no evidence points at the true customer only' % i)
        ref = ex if m['category'] == 'match' else inc
        for k, ts in others.items():
            if not all(same_channel(cmp_rec, ref[k], t) for t in ts):
                fail('line %d: shares a channel with another customer (%d) that its own record does not' % (i, k))
        nname = sum(1 for x in m['changes'] if x.startswith('name:'))
        if ev == ['email_near']:
            name_changes_near_only.append(nname)
            if nname > 1:
                fail('line %d: near-e-mail-only match with %d name changes' % (i, nname))
        if m['kind'].startswith('person/') and set(ev) == {'address'}:
            if nname > 2 or WEAK_ADDR_ONLY & set(m['changes']):
                fail('line %d: address-only person match with a weakened name' % i)
        if not names_related(c, cmp_rec):
            fail('line %d: names share no token with the compared record' % i)
        if not m['changes']:
            fail('line %d: no changes' % i)
        if differing_groups(c, cmp_rec) != sorted({x.split(':')[0] for x in m['changes']}):
            fail('line %d: changes %s do not match differing fields %s' % (i, m['changes'], differing_groups(c, cmp_rec)))
        stats['evidence:' + '+'.join(ev)] += 1
        stats['unique:' + '+'.join(unique)] += 1
    # ---- new-customer repeat structure
    reps = collections.Counter(len(v) for e, v in by_ent.items() if M[v[0]]['category'] == 'new')
    if reps[2] + reps[3] == 0:
        fail('no repeated new customers')
    hn = collections.Counter(M[i].get('hn_type') for i in inc if M[i]['category'] == 'hard_negative')
    if dict(hn) != HN_COUNTS:
        fail('hard negative counts %s' % dict(hn))
    # ---- balance
    for setname, rng_ in (('existing', range(0, 1500)), ('incoming', range(1500, 3000))):
        orgs = sum(1 for i in rng_ if M[i]['kind'].startswith('org/'))
        if not 0.4 <= orgs / 1500 <= 0.6:
            fail('%s: organisation share %.2f' % (setname, orgs / 1500))
    # ---- statistics
    print('records: %d existing, %d incoming' % (len(ex), len(inc)))
    print('categories:', dict(sorted(cat.items())))
    print('new customers: %d entities (%s)' % (sum(reps.values()), ', '.join('%dx%d' % (v, k) for k, v in sorted(reps.items()))))
    print('hard negatives:', dict(sorted(hn.items())))
    for setname, rng_ in (('existing', range(0, 1500)), ('incoming', range(1500, 3000))):
        kc = collections.Counter(M[i]['kind'] for i in rng_)
        orgs = sum(v for k, v in kc.items() if k.startswith('org/'))
        print('%s: %d organisations, %d persons' % (setname, orgs, 1500 - orgs))
    print('kinds (existing):', ', '.join('%s %d' % kv for kv in sorted(collections.Counter(M[i]['kind'] for i in range(1500)).items())))
    print('match profiles:', dict(sorted(collections.Counter(M[i]['profile'] for i in inc if M[i]['category'] == 'match').items())))
    for pre in ('evidence:', 'unique:', 'hn_shared:'):
        print(pre[:-1] + ':', ', '.join('%s %d' % (k[len(pre):], v) for k, v in sorted(stats.items()) if k.startswith(pre)))
    ch = collections.Counter(x for i in inc if M[i]['category'] in ('match', 'new') for x in M[i]['changes'])
    print('changes (matches and repeats):', ', '.join('%s %d' % kv for kv in sorted(ch.items())))
    print('near-e-mail-only links: %d (max name changes %s)' % (len(name_changes_near_only), max(name_changes_near_only or [0])))
    nulls = collections.Counter()
    for c in inc.values():
        for k in ('email', 'phone', 'address'):
            if c[k] is None:
                nulls[k] += 1
    print('incoming with null email/phone/address: %d/%d/%d' % (nulls['email'], nulls['phone'], nulls['address']))
    determinism()
    if FAILS:
        for f in FAILS[:60]:
            print('FAIL:', f)
        print('%d FAILURES' % len(FAILS))
        sys.exit(1)
    print('ALL CHECKS PASSED')


if __name__ == '__main__':
    main()
