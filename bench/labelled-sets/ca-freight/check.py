#!/usr/bin/env python3
"""Validate set.jsonl (and meta.jsonl) of the ca-freight labelled set and print statistics.

Exit status 0 when every check passes. Python 3 standard library only.
Independent of gen.py (the link rule is re-implemented here).
"""
import collections
import difflib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
CATS = ["existing", "existing_match", "new", "repeat_of_new"]
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- normalisers
FORMS_RE = re.compile(r"\b(inc|incorporated|incorporee|ltd|limited|ltee|limitee|corp|corporation|s ?e ?n ?c ?r ?l|s ?e ?n ?c|senc|sencrl|enr|llp|l l p|pc|p c|prof|professional|co|cie|company)\b")
NSTOP = {"les", "le", "la", "l", "the", "de", "du", "des", "d", "and", "et", "of", "a", "o", "dba", "mr", "mrs", "ms", "dr", "m",
         "mme", "madame", "monsieur", "miss", "oa", "operating", "as", "fasrs", "amp"}
STREET_WORDS = {"street", "st", "avenue", "ave", "av", "road", "rd", "drive", "dr", "boulevard", "blvd", "boul", "bd", "parkway", "pkwy",
                "crescent", "cres", "court", "crt", "ct", "way", "trail", "tr", "highway", "hwy", "lane", "ln", "place", "pl", "gate", "line",
                "rue", "r", "chemin", "ch", "montee", "mtee", "rang", "rg", "route", "rte", "west", "w", "east", "e", "north", "n", "south",
                "s", "ouest", "o", "est", "nord", "sud", "ne", "nw", "se", "sw", "de", "des", "du", "la", "le", "l", "d"}


def n_email(x):
    return x.strip().lower() if x else None


def n_phone(x):
    if not x:
        return None
    s = re.sub(r"(?i)\s*(ext\.?|x|poste|#)\s*\d+\s*$", '', x.strip())
    d = re.sub(r"\D", '', s)
    if len(d) == 11 and d[0] == '1':
        d = d[1:]
    return d if len(d) == 10 else None


def n_postal(x):
    if not x:
        return None
    s = re.sub(r"[\s\-]", '', x).upper()
    return s if re.fullmatch(r"[A-Z]\d[A-Z]\d[A-Z]\d", s) else None


def street_key(line):
    if not line:
        return None
    s = fold(line).lower()
    s = re.sub(r"\b(unit|suite|ste|bureau|bur|local|loc|apt|app|appt|logement|log)\b\.?\s*\w+", ' ', s)
    s = re.sub(r"#\s*\w+", ' ', s)
    s = s.strip(' ,-')
    m = re.match(r"^(\d+[a-z]?)\s*-\s*(\d+)", s)
    if m:
        civic = m.group(2)
    else:
        m = re.search(r"\d+", s)
        if not m:
            return None
        civic = m.group(0)
    toks = [t for t in re.findall(r"[a-z]+", s) if len(t) >= 3 and t not in STREET_WORDS]
    return civic, toks


def street_match(a, b):
    ka, kb = street_key(a), street_key(b)
    if not ka or not kb or ka[0] != kb[0]:
        return False
    return any(t in kb[1] for t in ka[1])


def n_name(s):
    s = fold(s).lower().replace('&', ' ')
    s = re.sub(r"[^a-z0-9 ]", ' ', s)
    s = FORMS_RE.sub(' ', s)
    return ' '.join(sorted(t for t in s.split() if t not in NSTOP))


def name_parts(c):
    out = []
    vals = [c.get('displayName'), c.get('companyName')]
    if c.get('givenName') or c.get('familyName'):
        vals.append(' '.join(x for x in [c.get('givenName'), c.get('familyName')] if x))
    for v in vals:
        if not v:
            continue
        for part in re.split(r"\s+(?:o/a|O/A|dba|DBA|operating as|f\.a\.s\.r\.s\.)\s+|\s/\s|[()]", v):
            k = n_name(part)
            if len(k) >= 4:
                out.append(k)
    return out


def digits_ok(x, y):
    # numbered companies, condo corporations, school districts: numbers must agree
    dx, dy = re.findall(r"\d+", x), re.findall(r"\d+", y)
    return not dx or not dy or sorted(dx) == sorted(dy)


def name_close(a, b):
    pa, pb = name_parts(a), name_parts(b)
    return any(digits_ok(x, y) and (x == y or difflib.SequenceMatcher(None, x, y).ratio() >= 0.85) for x in pa for y in pb)


def link_reasons(c, p):
    why = []
    if n_email(c.get('email')) and n_email(c.get('email')) == n_email(p.get('email')):
        why.append('email')
    if n_phone(c.get('phone')) and n_phone(c.get('phone')) == n_phone(p.get('phone')):
        why.append('phone')
    ca, pa = c.get('address') or {}, p.get('address') or {}
    same_place = bool(n_postal(ca.get('postalCode')) and n_postal(ca.get('postalCode')) == n_postal(pa.get('postalCode'))) or \
        street_match(ca.get('line1'), pa.get('line1'))
    if same_place and name_close(c, p):
        why.append('name+address')
    return why


def dkey(s):
    return ' '.join(fold(s).casefold().split()) if s else ''


REGIONS = {"ON", "ONTARIO", "ONT.", "ONT", "QC", "QUÉBEC", "QUEBEC", "PQ", "QUÉ.", "BC", "BRITISH COLUMBIA", "B.C.",
           "COLOMBIE-BRITANNIQUE", "AB", "ALBERTA", "ALTA.", "ALTA"}
REGION_PROV = {"ON": "ON", "ONTARIO": "ON", "ONT.": "ON", "ONT": "ON", "QC": "QC", "QUÉBEC": "QC", "QUEBEC": "QC", "PQ": "QC",
               "QUÉ.": "QC", "BC": "BC", "BRITISH COLUMBIA": "BC", "B.C.": "BC", "COLOMBIE-BRITANNIQUE": "BC", "AB": "AB",
               "ALBERTA": "AB", "ALTA.": "AB", "ALTA": "AB"}
FSA_PROV = {'K': 'ON', 'L': 'ON', 'M': 'ON', 'N': 'ON', 'P': 'ON', 'G': 'QC', 'H': 'QC', 'J': 'QC', 'V': 'BC', 'T': 'AB'}


def main():
    path = os.path.join(HERE, 'set.jsonl')
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as ex:  # noqa
                err(f"line {i}: bad JSON ({ex})")
    # ---- format
    for i, r in enumerate(rows, 1):
        if sorted(r) != sorted(['set', 'entity', 'contact']):
            err(f"line {i}: keys {sorted(r)}")
            continue
        if r['set'] not in ('existing', 'incoming'):
            err(f"line {i}: set {r['set']!r}")
        if not isinstance(r['entity'], str) or not re.fullmatch(r"E\d{5}", r['entity']):
            err(f"line {i}: entity {r['entity']!r}")
        c = r['contact']
        if not isinstance(c, dict) or list(c) != CONTACT_KEYS:
            err(f"line {i}: contact keys {list(c) if isinstance(c, dict) else c}")
            continue
        for k in CONTACT_KEYS[:-1]:
            if c[k] is not None and (not isinstance(c[k], str) or c[k] != c[k].strip() or c[k] == ''):
                err(f"line {i}: {k} not a trimmed non-empty string or null: {c[k]!r}")
        a = c['address']
        if not isinstance(a, dict) or list(a) != ADDR_KEYS:
            err(f"line {i}: address keys")
            continue
        for k in ADDR_KEYS:
            if a[k] is not None and (not isinstance(a[k], str) or a[k] == ''):
                err(f"line {i}: address.{k} {a[k]!r}")
        if not c['displayName']:
            err(f"line {i}: displayName missing")
        if c['phone'] is not None:
            d = n_phone(c['phone'])
            if not d or not re.fullmatch(r"\d{3}55501\d\d", d):
                err(f"line {i}: phone not a fictitious 555-01xx number: {c['phone']!r}")
        if c['email'] is not None:
            dom = c['email'].lower().rsplit('@', 1)[-1]
            if '@' not in c['email'] or not (dom.endswith('.example') or dom in ('example.com', 'example.net', 'example.org', 'example.ca')):
                err(f"line {i}: e-mail not on a reserved example domain: {c['email']!r}")
        if a['postalCode'] is not None and not n_postal(a['postalCode']):
            err(f"line {i}: bad postal code {a['postalCode']!r}")
        if a['region'] is not None and a['region'].upper() not in REGIONS:
            err(f"line {i}: unknown region {a['region']!r}")
        pc = n_postal(a['postalCode'])
        if pc and a['region'] and a['region'].upper() in REGIONS:
            reg = a['region'].upper()
            prov = REGION_PROV[reg]
            if FSA_PROV.get(pc[0]) != prov:
                err(f"line {i}: postal code {pc} does not fit region {a['region']}")
    # ---- order and one existing per entity
    sets = [r.get('set') for r in rows]
    n_ex = sets.count('existing')
    if sets != ['existing'] * n_ex + ['incoming'] * (len(rows) - n_ex):
        err("existing lines are not all before incoming lines")
    ex_ids = collections.Counter(r['entity'] for r in rows if r.get('set') == 'existing')
    for k, v in sorted(ex_ids.items()):
        if v > 1:
            err(f"entity {k} has {v} existing records")
    # ---- display-name uniqueness
    for setname in ('existing', 'incoming'):
        seen = {}
        for i, r in enumerate(rows, 1):
            if r.get('set') != setname or not isinstance(r.get('contact'), dict):
                continue
            k = dkey(r['contact'].get('displayName'))
            if k in seen:
                err(f"line {i}: displayName {r['contact']['displayName']!r} duplicates line {seen[k]} in {setname}")
            seen[k] = i
    # ---- categories and link defensibility
    hist = collections.defaultdict(list)
    cats = []
    reasons = collections.Counter()
    for i, r in enumerate(rows, 1):
        e = r['entity']
        if r['set'] == 'existing':
            cat = 'existing'
        elif e in ex_ids:
            cat = 'existing_match'
        elif hist[e]:
            cat = 'repeat_of_new'
        else:
            cat = 'new'
        cats.append(cat)
        if cat in ('existing_match', 'repeat_of_new'):
            why = set()
            for p in hist[e]:
                why.update(link_reasons(r['contact'], p))
            if not why:
                err(f"line {i}: link to {e} shares no e-mail, phone or name+postcode/street with an earlier record")
            for w in sorted(why):
                reasons[w] += 1
            reasons['links'] += 1
            if why == {'name+address'}:
                reasons['name+address only'] += 1
        hist[e].append(r['contact'])
    # ---- meta
    meta = []
    mpath = os.path.join(HERE, 'meta.jsonl')
    if os.path.exists(mpath):
        with open(mpath, encoding='utf-8') as f:
            meta = [json.loads(x) for x in f]
        if len(meta) != len(rows):
            err(f"meta.jsonl has {len(meta)} lines, set.jsonl {len(rows)}")
        for i, (m, r, c) in enumerate(zip(meta, rows, cats), 1):
            if m.get('line') != i or m.get('entity') != r['entity'] or m.get('category') != c:
                err(f"meta line {i} disagrees with set.jsonl ({m.get('category')} vs {c})")
    else:
        err("meta.jsonl missing")

    # ---- statistics
    print(f"records: {len(rows)}  existing: {n_ex}  incoming: {len(rows) - n_ex}")
    cc = collections.Counter(cats)
    inc = len(rows) - n_ex
    for k in CATS:
        print(f"  {k:15s} {cc[k]:5d}" + (f"  ({100 * cc[k] / inc:.1f}% of incoming)" if k != 'existing' and inc else ''))
    em_twice = sum(1 for e, n in collections.Counter(r['entity'] for r in rows if r['set'] == 'incoming').items() if e in ex_ids and n > 1)
    print(f"  existing entities arriving more than once: {em_twice}")
    print(f"  distinct incoming entities that are new: {len({r['entity'] for r in rows if r['set'] == 'incoming' and r['entity'] not in ex_ids})}")
    print("link evidence (a link may have several):", dict(sorted(reasons.items())))
    persons = sum(1 for r in rows[:n_ex] if not r['contact']['companyName'] and r['contact']['givenName'] and
                  dkey(r['contact']['displayName']).replace(',', '') in (dkey(f"{r['contact']['givenName']} {r['contact']['familyName']}"),))
    print(f"existing records that look like plain persons: {persons}")
    if meta:
        hn = collections.Counter()
        noise = collections.Counter()
        anchors = collections.Counter()
        for m in meta:
            for t in m['changes']:
                if t.startswith('hard_negative:'):
                    hn[t.split(':', 1)[1]] += 1
                elif t.startswith('anchor:'):
                    anchors[t.split(':', 1)[1]] += 1
                elif not t.startswith('imitates:') and m['category'] != 'existing':
                    noise[t] += 1
        print(f"hard negatives: {sum(hn.values())}", dict(sorted(hn.items())))
        print("anchor chosen by generator:", dict(sorted(anchors.items())))
        print("noise tags on incoming records:")
        for t, n in sorted(noise.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {t:32s} {n}")
        # how much each hard negative shares with the entity it imitates
        byid = collections.defaultdict(list)
        for r in rows:
            byid[r['entity']].append(r['contact'])
        share = collections.Counter()
        for m, r in zip(meta, rows):
            im = [t for t in m['changes'] if t.startswith('imitates:')]
            if not im:
                continue
            src = im[0].split(':', 1)[1]
            why = set()
            for p in byid[src]:
                why.update(link_reasons(r['contact'], p))
            share['+'.join(sorted(why)) or 'nothing (name look-alike)'] += 1
        print("hard negatives: evidence shared with the imitated entity:", dict(sorted(share.items())))
    fields = collections.Counter()
    for r in rows[n_ex:]:
        c = r['contact']
        for k in CONTACT_KEYS[:-1]:
            if c[k] is None:
                fields[k] += 1
        if not any(c['address'].values()):
            fields['address(all)'] += 1
    print("incoming fields missing:", dict(sorted(fields.items())))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == '__main__':
    main()
