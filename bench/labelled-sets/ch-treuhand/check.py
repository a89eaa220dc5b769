#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py -- independent validator for the ch-treuhand record-linkage set.

Does not import gen.py.  Checks format, counts, label consistency, the
evidence / shared claims, the change lists, findability by name+city and
determinism (gen.py run twice with different PYTHONHASHSEED in temp dirs).

    python3 check.py            -> prints PASS/FAIL lines, exit 0 when all pass
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
SET_PATH = os.path.join(HERE, 'set.jsonl')
META_PATH = os.path.join(HERE, 'meta.jsonl')

RESULTS = []


def report(name, ok, detail=''):
    RESULTS.append((name, ok, detail))
    line = '%s  %s' % ('PASS' if ok else 'FAIL', name)
    if detail:
        line += '  -- ' + detail
    print(line)


def examples(lst, n=4):
    return '; '.join(str(x) for x in lst[:n])


# ---------------------------------------------------------------------------
# normalisers (written independently of gen.py)
# ---------------------------------------------------------------------------

def unmangle(s):
    """undo UTF-8-read-as-Windows-1252 when the whole string round-trips"""
    if s is None:
        return None
    try:
        return s.encode('cp1252').decode('utf-8')
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def deaccent(s):
    d = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in d if not unicodedata.combining(ch))


def simplify(s):
    if not s:
        return ''
    s = unmangle(s).replace('ß', 'ss').replace('ẞ', 'ss').casefold()
    s = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')   # German transliteration first
    s = deaccent(s).replace('œ', 'oe').replace('æ', 'ae')
    prev = None
    while prev != s:                       # Müller = Mueller = Muller, Rüegsegger = Ruegsegger
        prev = s
        s = re.sub(r'([aou])e', r'\1', s)
    s = re.sub(r'[^a-z0-9]+', ' ', s)
    return ' '.join(s.split())


def phone_key(p):
    if not p:
        return None
    t = p.replace('(0)', '')
    digits = ''.join(ch for ch in t if ch.isdigit())
    if t.lstrip().startswith('+'):
        return digits
    if digits.startswith('00'):
        return digits[2:]
    if digits.startswith('0'):
        return '41' + digits[1:]
    return digits


def email_key(e):
    return e.strip().casefold() if e else None


FREE_MAIL = {'bluewin.ch', 'gmx.ch', 'gmx.net', 'gmx.de', 'hispeed.ch', 'sunrise.ch', 'gmail.com',
             'outlook.com', 'hotmail.com', 'hotmail.fr', 'hotmail.it', 'icloud.com', 'bluemail.ch',
             'protonmail.com', 'orange.fr', 'free.fr', 'wanadoo.fr', 'sfr.fr', 'libero.it',
             'alice.it', 'virgilio.it', 'tiscali.it', 'web.de', 't-online.de'}

# locality aliases (bilingual official names and their other-language forms)
ALIAS_GROUPS = [
    ['Biel/Bienne', 'Biel', 'Bienne', 'Biel-Bienne', 'Biel / Bienne'],
    ['Fribourg', 'Freiburg', 'Fribourg/Freiburg', 'Freiburg i. Ü.', 'Friburgo'],
    ['Sion', 'Sitten', 'Sion/Sitten', 'Sion 1'],
    ['Genève', 'Genf', 'Ginevra', 'Geneva', 'Genève/Genf'],
    ['Luzern', 'Lucerne', 'Lucerna', 'Lucerne/Luzern'],
    ['Bern', 'Berne', 'Berna', 'Bern/Berne'],
    ['Neuchâtel', 'Neuenburg', 'Neuchâtel/Neuenburg'],
    ['Murten', 'Morat', 'Murten/Morat'],
    ['Sierre', 'Siders', 'Sierre/Siders'],
    ['Delémont', 'Delsberg'],
    ['Basel', 'Bâle', 'Basilea'],
    ['Zürich', 'Zurich', 'Zurigo'],
    ['Solothurn', 'Soleure'],
    ['Thun', 'Thoune'],
    ['Brig', 'Brigue', 'Brig-Glis'],
    ['Visp', 'Viège'],
    ['Lausanne', 'Losanna'],
    ['Bellinzona', 'Bellenz'],
    ['Burgdorf', 'Berthoud'],
    ['Grenchen', 'Granges SO'],
    ['Düdingen', 'Guin'],
    ['Muri b. Bern', 'Muri bei Bern'],
    ['Langnau i.E.', 'Langnau im Emmental'],
    ['Niederwangen b. Bern', 'Niederwangen'],
    ['Schönbühl', 'Urtenen-Schönbühl'],
]
CANTON_SUFFIX = {'be', 'vd', 'ge', 'fr', 'gr', 'so', 'ti', 'vs', 'ne', 'ju', 'lu', 'zh', 'bs', 'ag'}


def _city_simple(c):
    s = simplify(c).replace(' bei ', ' b ')
    t = s.split()
    if len(t) > 1 and t[-1] in CANTON_SUFFIX:
        t = t[:-1]
    return ' '.join(t)


ALIAS = {}
for grp in ALIAS_GROUPS:
    head = _city_simple(grp[0])
    for name in grp:
        ALIAS[_city_simple(name)] = head


def city_norm(c):
    if not c:
        return None
    s = _city_simple(c)
    return ALIAS.get(s, s) or None


def postcode_norm(p):
    if not p:
        return None
    p = re.sub(r'^[A-Za-z]{1,2}\s*-\s*', '', p.strip())
    return p.replace(' ', '') or None


EXPANSIONS = [(r'\bc\.\s?so\b\.?', 'corso '), (r'\bv\.\s?le\b\.?', 'viale '), (r'str\b\.?', 'strasse '),
              (r'\bav\b\.?', 'avenue '), (r'\bch\b\.?', 'chemin '), (r'\brte\b\.?', 'route '),
              (r'\bbd\b\.?', 'boulevard '), (r'\bpl\b\.?', 'place '), (r'\bv\b\.?', 'via ')]


def street_and_number(a):
    parts = []
    for k in ('line1', 'line2'):
        t = a.get(k)
        if not t:
            continue
        t = deaccent(unmangle(t).replace('ß', 'ss').replace('ẞ', 'ss').casefold())
        t = re.sub(r'\b(c/o|p\.\s?a\.|z\.\s?hd\.?)\s*[^,]*', ' ', t)        # c/o lines
        t = re.sub(r'\b(postfach|case postale|casella postale|pf|cp)\b\.?\s*\d*', ' ', t)
        t = re.sub(r'\bc\.\s?p\.\s*\d*', ' ', t)
        parts.append(t)
    t = ' , '.join(parts)
    for pat, rep in EXPANSIONS:
        t = re.sub(pat, rep, t)
    m = re.search(r'\b(\d{1,4})\s?([a-z])?\b', t)
    num = m.group(1) + (m.group(2) or '') if m else None
    street = re.sub(r'[^a-z]', '', re.sub(r'\b\d{1,4}\s?[a-z]?\b', ' ', t))
    return street, num


def same_address(a, b):
    if not a or not b:
        return False
    s1, n1 = street_and_number(a)
    s2, n2 = street_and_number(b)
    if not (s1 and s2 and n1 and n2) or n1 != n2:
        return False
    if SequenceMatcher(None, s1, s2).ratio() < 0.8:
        return False
    p1, p2 = postcode_norm(a.get('postalCode')), postcode_norm(b.get('postalCode'))
    if p1 and p2 and p1 == p2:
        return True
    c1, c2 = city_norm(a.get('city')), city_norm(b.get('city'))
    return bool(c1) and c1 == c2


def shared_evidence(r, c):
    out = []
    if r['email'] and c['email'] and email_key(r['email']) == email_key(c['email']):
        out.append('email')
    if r['phone'] and c['phone'] and phone_key(r['phone']) == phone_key(c['phone']):
        out.append('phone')
    if r['address'] and c['address'] and same_address(r['address'], c['address']):
        out.append('address')
    return out


FORM_WORDS = {'gmbh', 'ag', 'sa', 'sarl', 'sagl', 'aktiengesellschaft', 'gesellschaft', 'mit',
              'beschrankter', 'haftung', 'societe', 'anonyme', 'responsabilite', 'limitee', 'societa',
              'anonima', 'garanzia', 'limitata', 'uid', 'mwst', 'tva', 'iva', 'che',
              'g', 'm', 'b', 'h', 's', 'a', 'r', 'l'}
HONORIFICS = {'herr', 'herrn', 'frau', 'mme', 'monsieur', 'madame', 'sig', 'ra', 'signor', 'signora',
              'dr', 'med', 'dent', 'dott'}
FILLERS = {'und', 'et', 'e', 'de', 'du', 'des', 'la', 'le', 'di', 'del', 'della', 'von', 'c', 'o', 'd', 'l'}


def no_uid(s):
    return re.sub(r'\bche \d{3} \d{3} \d{3}\b', ' ', s)


def name_words(c):
    if c['companyName']:
        s = c['companyName']
    elif c['givenName'] or c['familyName']:
        s = '%s %s' % (c['givenName'] or '', c['familyName'] or '')
    else:
        s = c['displayName'] or ''
    bad = FORM_WORDS | HONORIFICS | FILLERS
    return [w for w in no_uid(simplify(s)).split() if w not in bad]


def words_sim(a, b):
    if not a or not b:
        return 0.0
    f = lambda x, y: sum(max(SequenceMatcher(None, u, v).ratio() for v in y) for u in x) / len(x)
    return 0.5 * (f(a, b) + f(b, a))


def person_key(c):
    if c['givenName'] and c['familyName']:
        return ' '.join(sorted(simplify(c['givenName'] + ' ' + c['familyName']).split()))
    return None


def firm_key(c):
    if not c['companyName']:
        return None
    w = [t for t in no_uid(simplify(c['companyName'])).split() if t not in FORM_WORDS]
    return ' '.join(w) or None


def domain_of(e):
    if not e or '@' not in e:
        return None
    return e.strip().casefold().rsplit('@', 1)[1]


def hn_shared(r, a, stem):
    s = set()
    if (person_key(r) and person_key(r) == person_key(a)) or (firm_key(r) and firm_key(r) == firm_key(a)):
        s.add('name')
    if r['familyName'] and a['familyName'] and simplify(r['familyName']) == simplify(a['familyName']):
        s.add('familyName')
    if r['email'] and a['email'] and email_key(r['email']) == email_key(a['email']):
        s.add('email')
    elif domain_of(r['email']) and domain_of(r['email']) == domain_of(a['email']) and \
            domain_of(r['email']) not in FREE_MAIL:
        s.add('email_domain')
    if r['phone'] and a['phone'] and phone_key(r['phone']) == phone_key(a['phone']):
        s.add('phone')
    if r['address'] and a['address']:
        if same_address(r['address'], a['address']):
            s.add('address')
        c1, c2 = city_norm(r['address']['city']), city_norm(a['address']['city'])
        if c1 and c1 == c2:
            s.add('city')
    if stem and r['companyName'] and a['companyName']:
        st = simplify(stem)
        if st and st in simplify(r['companyName']) and st in simplify(a['companyName']):
            s.add('company_stem')
    return s


def city_of(c):
    return city_norm(c['address']['city']) if c['address'] and c['address']['city'] else None


# ---------------------------------------------------------------------------
# vocabulary of change tags
# ---------------------------------------------------------------------------

FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address',
          'address.line1', 'address.line2', 'address.city', 'address.region', 'address.postalCode',
          'address.country']
VOCAB = {
    'typo', 'case', 'nickname', 'initial', 'swapped', 'order', 'title', 'married_name',
    'household_form', 'spouse', 'estate_form', 'wrong_field', 'accents', 'umlaut_ascii', 'mojibake',
    'eszett', 'legal_form', 'legal_form_dropped', 'legal_form_added', 'legal_form_changed', 'renamed',
    'former_name', 'translated', 'abbreviated', 'uid_added', 'uid_dropped', 'uid_format', 'branch',
    'contact_changed', 'contact_dropped', 'contact_added', 'disambiguation', 'missing', 'added', 'new',
    'format', 'moved', 'po_box', 'merged', 'dropped', 'bilingual', 'prefixed', 'wrong', 'differs',
}
BREAKING = {'email': {'new', 'typo', 'missing'}, 'phone': {'new', 'typo', 'missing'}}

CONTACT_KEYS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
ADDR_KEYS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
LIMITS = {'displayName': 100, 'companyName': 100, 'givenName': 100, 'familyName': 100, 'email': 100,
          'phone': 30, 'line1': 500, 'line2': 500, 'city': 255, 'region': 255, 'postalCode': 30}


def field_value(c, f):
    if f.startswith('address.'):
        return None if c['address'] is None else c['address'][f.split('.', 1)[1]]
    return c[f]


def differing_fields(r, c):
    out = set()
    for f in ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']:
        if r[f] != c[f]:
            out.add(f)
    if (r['address'] is None) != (c['address'] is None):
        out.add('address')
    elif r['address'] is not None:
        for k in ADDR_KEYS:
            if r['address'][k] != c['address'][k]:
                out.add('address.' + k)
    return out


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

def load(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, ln in enumerate(f, 1):
            rows.append(json.loads(ln))
    return rows


def main():
    try:
        S = load(SET_PATH)
        M = load(META_PATH)
        report('files parse as JSON lines', True, '%d + %d lines' % (len(S), len(M)))
    except Exception as exc:  # noqa
        report('files parse as JSON lines', False, repr(exc))
        return finish()

    report('set.jsonl has 3000 lines', len(S) == 3000, str(len(S)))
    report('meta.jsonl has 3000 lines', len(M) == 3000, str(len(M)))
    ok_sets = all(r['set'] == 'existing' for r in S[:1500]) and all(r['set'] == 'incoming' for r in S[1500:])
    report('lines 1-1500 existing, 1501-3000 incoming', ok_sets)

    # ---- record format ----
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ['set', 'entity', 'contact']:
            bad.append((i, 'keys'))
            continue
        if not re.fullmatch(r'c[0-9a-f]{7}', r['entity']):
            bad.append((i, 'entity'))
        c = r['contact']
        if list(c.keys()) != CONTACT_KEYS:
            bad.append((i, 'contact keys'))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                bad.append((i, k))
            if isinstance(v, str) and len(v) > LIMITS[k]:
                bad.append((i, k + ' too long'))
        a = c['address']
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                bad.append((i, 'address keys'))
                continue
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    bad.append((i, 'address.' + k))
                if isinstance(v, str) and k in LIMITS and len(v) > LIMITS[k]:
                    bad.append((i, k + ' too long'))
            if all(a[k] is None for k in ADDR_KEYS):
                bad.append((i, 'empty address'))
        if not c['displayName']:
            bad.append((i, 'no displayName'))
    report('record format, non-empty strings or null, length limits', not bad, examples(bad))

    # ---- meta alignment ----
    bad = []
    counters = {'existing': 0, 'incoming': 0}
    for i, (r, m) in enumerate(zip(S, M)):
        if m.get('set') != r['set'] or m.get('entity') != r['entity']:
            bad.append((i, 'set/entity'))
        if m.get('index') != counters[r['set']]:
            bad.append((i, 'index'))
        counters[r['set']] = counters.get(r['set'], 0) + 1
        for k in ('category', 'kind', 'party', 'changes'):
            if k not in m:
                bad.append((i, 'missing ' + k))
    report('meta aligned with set (set, index, entity, required keys)', not bad, examples(bad))

    EX = [r['contact'] for r in S[:1500]]
    EXM = M[:1500]
    IN = [r['contact'] for r in S[1500:]]
    INM = M[1500:]
    ex_ent = [r['entity'] for r in S[:1500]]
    in_ent = [r['entity'] for r in S[1500:]]
    ex_pos = {e: i for i, e in enumerate(ex_ent)}

    # ---- existing list ----
    report('existing entity ids unique', len(set(ex_ent)) == 1500)
    keys = [c['displayName'].casefold() for c in EX]
    report('existing sorted by displayName.casefold()', keys == sorted(keys))
    report('existing displayName unique case-insensitively', len(set(keys)) == len(keys))
    bad = [i for i, c in enumerate(EX) if not (c['email'] or c['phone'] or c['address'])]
    report('every existing record has e-mail, phone or address', not bad, examples(bad))
    dis = [c['displayName'] for c in EX if re.search(r' \((\d+|[^()]+)\)$', c['displayName'])]
    report('accounting-system disambiguation present ("Name (2)" / "Name (City)")', len(dis) >= 5,
           '%d records, e.g. %s' % (len(dis), examples(dis, 3)))
    bad = [i for i, m in enumerate(EXM) if m['category'] != 'existing' or m['changes'] != []]
    report('existing meta: category existing, changes []', not bad, examples(bad))

    # ---- party rules ----
    bad = []
    for i, (c, m) in enumerate(zip(EX + IN, EXM + INM)):
        if m['party'] == 'org' and not c['companyName']:
            bad.append((i, 'org without companyName'))
        if m['party'] == 'person' and c['companyName'] and 'companyName:wrong_field' not in m['changes']:
            bad.append((i, 'person with companyName'))
        if m['party'] not in ('org', 'person'):
            bad.append((i, 'party'))
    report('organisations have companyName; persons none (unless labelled wrong_field)', not bad, examples(bad))

    # ---- categories and counts ----
    cats = {}
    for m in INM:
        cats[m['category']] = cats.get(m['category'], 0) + 1
    n_match, n_new, n_hn = cats.get('match', 0), cats.get('new', 0), cats.get('hard_negative', 0)
    report('incoming categories only match/new/hard_negative',
           set(cats) <= {'match', 'new', 'hard_negative'}, json.dumps(cats, sort_keys=True))
    report('about 55% match (50-60%)', 750 <= n_match <= 900, str(n_match))
    report('about 35% new (30-40%)', 450 <= n_new <= 600, str(n_new))
    report('150 hard negatives', n_hn == 150, str(n_hn))
    mcount = {}
    for e, m in zip(in_ent, INM):
        if m['category'] == 'match':
            mcount[e] = mcount.get(e, 0) + 1
    hist = {}
    for v in mcount.values():
        hist[v] = hist.get(v, 0) + 1
    report('~700 matched existing customers, some twice or three times',
           600 <= len(mcount) <= 800 and hist.get(2, 0) > 0 and hist.get(3, 0) > 0,
           '%d customers, by count %s' % (len(mcount), json.dumps(hist, sort_keys=True)))
    ncount = {}
    for e, m in zip(in_ent, INM):
        if m['category'] == 'new':
            ncount[e] = ncount.get(e, 0) + 1
    hist = {}
    for v in ncount.values():
        hist[v] = hist.get(v, 0) + 1
    report('~400 new customers, some appearing 2-3 times',
           350 <= len(ncount) <= 450 and hist.get(2, 0) > 0 and hist.get(3, 0) > 0 and max(hist) <= 3,
           '%d customers, by count %s' % (len(ncount), json.dumps(hist, sort_keys=True)))
    orgs = sum(1 for m in EXM if m['party'] == 'org')
    report('existing about 65% organisations', 0.6 <= orgs / 1500 <= 0.7, '%.1f%%' % (100 * orgs / 1500))
    bad = []
    for e, m in zip(in_ent, INM):
        if m['category'] == 'match' and e not in ex_pos:
            bad.append(e)
        if m['category'] in ('new', 'hard_negative') and e in ex_pos:
            bad.append(e)
    report('match entities are existing; new and hard-negative entities are not', not bad, examples(bad))
    kinds_ok = all(m['entity'] in ex_pos and EXM[ex_pos[m['entity']]]['kind'] == m['kind']
                   for m in INM if m['category'] == 'match')
    report('match kind equals the existing customer kind', kinds_ok)
    srcs = sorted({m.get('source') for m in INM})
    report('incoming records carry a source (several upstream systems)',
           None not in srcs and len(srcs) >= 4, ', '.join(str(s) for s in srcs))

    # ---- compare targets ----
    bad = []
    occ_seen = {}
    first_idx = {}
    for i, (e, m) in enumerate(zip(in_ent, INM)):
        cat = m['category']
        if cat == 'match':
            if m.get('compare_set') != 'existing' or m.get('compare_index') != ex_pos.get(e):
                bad.append((i, 'match compare'))
            for k in ('profile', 'evidence', 'findable', 'source'):
                if k not in m:
                    bad.append((i, 'match missing ' + k))
        elif cat == 'new':
            occ_seen[e] = occ_seen.get(e, 0) + 1
            if m.get('occurrence') != occ_seen[e]:
                bad.append((i, 'occurrence order'))
            if m.get('occurrence') == 1:
                first_idx[e] = i
                if m['changes'] != [] or 'compare_index' in m:
                    bad.append((i, 'first occurrence'))
            else:
                if m.get('compare_set') != 'incoming' or m.get('compare_index') != first_idx.get(e):
                    bad.append((i, 'repeat compare'))
                for k in ('profile', 'evidence', 'findable'):
                    if k not in m:
                        bad.append((i, 'repeat missing ' + k))
        elif cat == 'hard_negative':
            ai = m.get('anchor_index')
            if ai is None or ai >= 1500 or ex_ent[ai] != m.get('anchor'):
                bad.append((i, 'anchor'))
            for k in ('hn_type', 'rule', 'shared'):
                if not m.get(k):
                    bad.append((i, 'hn missing ' + k))
        if m.get('profile') is not None and m['profile'] not in ('light', 'medium', 'harsh'):
            bad.append((i, 'profile'))
    report('compare_set / compare_index / occurrence / anchor consistent', not bad, examples(bad))
    profs = {}
    for m in INM:
        if m.get('profile'):
            profs[m['profile']] = profs.get(m['profile'], 0) + 1
    report('profiles light / medium / harsh all used', len(profs) == 3, json.dumps(profs, sort_keys=True))

    def compared(i):
        m = INM[i]
        if m['category'] == 'match' or (m['category'] == 'new' and m.get('occurrence', 1) >= 2):
            return EX[m['compare_index']] if m['compare_set'] == 'existing' else IN[m['compare_index']]
        if m['category'] == 'hard_negative':
            return EX[m['anchor_index']]
        return None

    # ---- change lists ----
    bad_fields, bad_vocab, bad_sem = [], [], []
    n_tags = 0
    for i, m in enumerate(INM):
        comp = compared(i)
        ch = m['changes']
        if comp is None:
            if ch:
                bad_fields.append((i, 'changes on first occurrence'))
            continue
        r = IN[i]
        claimed = {}
        for t in ch:
            if ':' not in t:
                bad_vocab.append((i, t))
                continue
            f, w = t.split(':', 1)
            claimed.setdefault(f, []).append(w)
            n_tags += 1
            if f not in FIELDS or w not in VOCAB:
                bad_vocab.append((i, t))
            if w == 'differs' and m['category'] != 'hard_negative':
                bad_vocab.append((i, t))
        actual = differing_fields(r, comp)
        if set(claimed) != actual:
            bad_fields.append((i, 'claimed-actual %s / actual-claimed %s' % (
                sorted(set(claimed) - actual), sorted(actual - set(claimed)))))
        for f, ws in claimed.items():
            old, new = (comp['address'] if f == 'address' else field_value(comp, f)), \
                       (r['address'] if f == 'address' else field_value(r, f))
            if ws == ['missing'] and not (new is None and old is not None):
                bad_sem.append((i, f, 'missing'))
            if ws == ['added'] and not (old is None and new is not None):
                bad_sem.append((i, f, 'added'))
            if ws == ['case'] and f not in ('address',) and (old is None or new is None or
                                                             (old.lower() != new.lower() and
                                                              old.casefold() != new.casefold())):
                bad_sem.append((i, f, 'case'))
            if f == 'phone' and ws == ['format'] and phone_key(old) != phone_key(new):
                bad_sem.append((i, f, 'format'))
            if f in BREAKING and set(ws) & BREAKING[f] and old and new and \
                    (phone_key(old) == phone_key(new) if f == 'phone' else email_key(old) == email_key(new)):
                bad_sem.append((i, f, 'breaking but equal'))
            if f in ('displayName', 'givenName', 'familyName', 'companyName') and old and new and \
                    set(ws) <= {'case', 'accents', 'umlaut_ascii', 'mojibake', 'eszett', 'format'} and \
                    simplify(old) != simplify(new):
                bad_sem.append((i, f, 'surface-only tags but names differ'))
            if f.startswith('address.') and 'moved' in ws and 'address' in (m.get('evidence') or []):
                bad_sem.append((i, f, 'moved but address shared'))
            if f == 'displayName' and ws == ['disambiguation']:
                if not re.search(r' \(([^()]+)\)$', old or ''):
                    bad_sem.append((i, f, 'disambiguation'))
    report('changes list exactly the fields that differ from the compared record', not bad_fields,
           '%d tags checked; %s' % (n_tags, examples(bad_fields)))
    report('change tags use the documented "field:what" vocabulary', not bad_vocab, examples(bad_vocab))
    report('change tags agree with the values (missing/added/case/format/new/typo)', not bad_sem,
           examples(bad_sem))

    # ---- evidence and findability ----
    ex_city = {}
    for i, c in enumerate(EX):
        k = city_of(c)
        if k:
            ex_city.setdefault(k, []).append(('E', i))
    in_city = {}
    for i, c in enumerate(IN):
        k = city_of(c)
        if k:
            in_city.setdefault(k, []).append(('I', i))

    def rec(ref):
        return EX[ref[1]] if ref[0] == 'E' else IN[ref[1]]

    def ent(ref):
        return ex_ent[ref[1]] if ref[0] == 'E' else in_ent[ref[1]]

    bad_ev, bad_find, bad_none = [], [], []
    n_nc = 0
    for i, m in enumerate(INM):
        if not (m['category'] == 'match' or (m['category'] == 'new' and m.get('occurrence', 1) >= 2)):
            continue
        comp = compared(i)
        r = IN[i]
        ev = shared_evidence(r, comp)
        if sorted(ev) != sorted(m['evidence']):
            bad_ev.append((i, m['evidence'], ev))
        if m['findable'] == 'identifier':
            if not ev:
                bad_find.append((i, 'identifier without evidence'))
            continue
        if m['findable'] != 'name+city':
            bad_find.append((i, 'findable value'))
            continue
        n_nc += 1
        if ev:
            bad_find.append((i, 'name+city but evidence'))
        ck = city_of(r)
        if not ck or ck != city_of(comp):
            bad_none.append((i, 'city differs'))
            continue
        words = name_words(r)
        s_comp = words_sim(words, name_words(comp))
        refs = list(ex_city.get(ck, []))
        if m['compare_set'] == 'incoming':
            refs += [x for x in in_city.get(ck, []) if x != ('I', i)]
        target = in_ent[i]
        best_other = 0.0
        for ref in refs:
            if ent(ref) == target:
                continue
            best_other = max(best_other, words_sim(words, name_words(rec(ref))))
        if s_comp < 0.75 or s_comp - best_other < 0.15:
            bad_none.append((i, 'name %.2f vs other %.2f' % (s_comp, best_other)))
    report('evidence equals the e-mail / phone / address really shared', not bad_ev, examples(bad_ev))
    report('findable is "identifier" exactly when evidence is non-empty', not bad_find, examples(bad_find))
    report('name+city records: compared record is the clear best name match in that city', not bad_none,
           '%d name+city records; %s' % (n_nc, examples(bad_none)))

    # ---- hard negatives ----
    bad = []
    types = {}
    for i, m in enumerate(INM):
        if m['category'] != 'hard_negative':
            continue
        types[m['hn_type']] = types.get(m['hn_type'], 0) + 1
        a = EX[m['anchor_index']]
        stem = m.get('stem')
        got = hn_shared(IN[i], a, stem)
        claim = set(m['shared'])
        if got != claim:
            bad.append((i, m['hn_type'], 'claimed-real %s real-claimed %s' % (sorted(claim - got), sorted(got - claim))))
        if ('company_stem' in claim) != (stem is not None):
            bad.append((i, 'stem key'))
        if not claim:
            bad.append((i, 'shares nothing'))
        if not isinstance(m.get('rule'), str) or len(m['rule']) < 15:
            bad.append((i, 'rule'))
    report('hard negatives: shared claims are true and complete', not bad, examples(bad))
    report('hard negatives: ten or more types', len(types) >= 10 and min(types.values()) >= 5,
           json.dumps(types, sort_keys=True))

    # ---- realism spot checks ----
    moj = sum(1 for c in IN if any(x in json.dumps(c, ensure_ascii=False) for x in ('Ã¼', 'Ã©', 'Ã¤', 'Ã¶', 'Ãœ', 'Ã‰', 'Ã¨', 'Ã ')))
    caps = sum(1 for c in IN if c['displayName'] and c['displayName'].isupper())
    uid = sum(1 for c in IN if c['companyName'] and 'CHE-' in c['companyName'])
    report('source habits visible (mangled encodings, ALL CAPS, UID in name)', moj > 5 and caps > 50 and uid > 20,
           'mojibake %d, caps %d, uid %d' % (moj, caps, uid))
    plz = [c['address']['postalCode'] for c in EX if c['address'] and c['address']['postalCode']]
    bad = [p for p in plz if not re.fullmatch(r'\d{4}|\d{5}', p)]
    report('existing postcodes are 4-digit Swiss (5-digit for FR/IT/DE residents)', not bad, examples(bad))

    # ---- determinism ----
    determinism()
    return finish()


def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


def determinism():
    gen = os.path.join(HERE, 'gen.py')
    digests = []
    try:
        with tempfile.TemporaryDirectory() as d1, tempfile.TemporaryDirectory() as d2:
            for d, seed in ((d1, '1'), (d2, '987654')):
                env = dict(os.environ)
                env['PYTHONHASHSEED'] = seed
                p = subprocess.run([sys.executable, gen, '--out', d], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, timeout=900)
                if p.returncode != 0:
                    report('determinism: gen.py runs', False, p.stderr.decode('utf-8', 'replace')[-300:])
                    return
                digests.append((sha(os.path.join(d, 'set.jsonl')), sha(os.path.join(d, 'meta.jsonl'))))
    except Exception as exc:  # noqa
        report('determinism', False, repr(exc))
        return
    report('determinism: two runs with different PYTHONHASHSEED are byte-identical',
           digests[0] == digests[1], '%s / %s' % (digests[0][0][:12], digests[1][0][:12]))
    here = (sha(SET_PATH), sha(META_PATH))
    report('determinism: files in the folder equal a fresh run', here == digests[0])


def finish():
    failed = [r for r in RESULTS if not r[1]]
    if failed:
        print('FAILED %d of %d checks: %s' % (len(failed), len(RESULTS), ', '.join(r[0] for r in failed)))
        return 1
    print('ALL CHECKS PASSED (%d checks)' % len(RESULTS))
    return 0


if __name__ == '__main__':
    sys.exit(main())
