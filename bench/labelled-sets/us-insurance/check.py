#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent validator of the `us-insurance` set (does not import gen.py).

Checks format, counts, label consistency, evidence / shared claims recomputed
from the records, change lists, name+city findability and determinism
(gen.py run twice with different PYTHONHASHSEED in temporary directories).
Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) when everything holds.
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

HERE = os.path.dirname(os.path.abspath(__file__))
FAILS = []


def report(ok, name, detail=""):
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else ": " + str(detail)[:600]))
    if not ok:
        FAILS.append(name)


# ---------------------------------------------------------------- normalisation (own implementation)

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


def ntext(s):
    if not s:
        return ""
    s = fold(s).casefold()
    s = re.sub("['\u2019`\u00b4]", "", s)
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())


MULTI = [("POST OFFICE BOX", "POBOX"), ("P O BOX", "POBOX"), ("PO BOX", "POBOX"), ("STATE ROUTE", "SR"),
         ("STATE RTE", "SR"), ("ST RTE", "SR"), ("ST RT", "SR"), ("COUNTY ROAD", "CR"), ("COUNTY RD", "CR"),
         ("CO RD", "CR"), ("TOWNSHIP ROAD", "TR"), ("TOWNSHIP RD", "TR"), ("TWP ROAD", "TR"), ("TWP RD", "TR"),
         ("RURAL ROUTE", "RR"), ("R R", "RR")]
SINGLE = {"STREET": "ST", "AVENUE": "AVE", "AV": "AVE", "ROAD": "RD", "DRIVE": "DR", "LANE": "LN", "COURT": "CT",
          "BOULEVARD": "BLVD", "PLACE": "PL", "CIRCLE": "CIR", "PARKWAY": "PKWY", "TRAIL": "TRL",
          "TERRACE": "TER", "HIGHWAY": "HWY", "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W",
          "POB": "POBOX", "APARTMENT": "UNIT", "APT": "UNIT", "SUITE": "UNIT", "STE": "UNIT", "LOT": "UNIT",
          "UNIT": "UNIT", "TWP": "TR"}


def atoks(s):
    s = fold(s).upper().replace("#", " UNIT ")
    s = re.sub("['\u2019`]", "", s)
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    s = " " + " ".join(s.split()) + " "
    for a, b in MULTI:
        s = s.replace(" " + a + " ", " " + b + " ")
    return [SINGLE.get(t, t) for t in s.split()]


def street_key(line1, line2):
    t = atoks(line1 or "")
    unit = ""
    if "UNIT" in t:
        k = t.index("UNIT")
        unit = "".join(t[k + 1:])
        t = t[:k]
    if not unit and line2:
        t2 = atoks(line2)
        if t2 and t2[0] == "UNIT":
            unit = "".join(t2[1:])
    return " ".join(t), unit


def zip5(a):
    d = re.sub(r"\D", "", a.get("postalCode") or "")
    return d[:5] if len(d) >= 5 else None


def address_relation(a, b):
    if not a or not b or not a.get("line1") or not b.get("line1"):
        return None
    ka, ua = street_key(a["line1"], a.get("line2"))
    kb, ub = street_key(b["line1"], b.get("line2"))
    if not ka or ka != kb:
        return None
    za, zb = zip5(a), zip5(b)
    if za and zb:
        if za != zb:
            return None
    else:
        if not ntext(a.get("city")) or ntext(a.get("city")) != ntext(b.get("city")):
            return None
    return "address" if ua == ub else "building"


def phone_digits(p):
    if not p:
        return None
    s = p.lower()
    m = re.search("ext|x", s)
    if m:
        s = s[:m.start()]
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) in (7, 10) else None


def phone_relation(a, b):
    x, y = phone_digits(a), phone_digits(b)
    if not x or not y:
        return None
    if len(x) == 10 and len(y) == 10:
        if x == y:
            return "phone"
        return "phone_local" if x[3:] == y[3:] else None
    return "phone" if x[-7:] == y[-7:] else None


def email_key(e):
    if not e:
        return None
    e = e.strip().casefold()
    return e if "@" in e else None


def evidence(c1, c2):
    out = []
    if email_key(c1["email"]) and email_key(c1["email"]) == email_key(c2["email"]):
        out.append("email")
    if phone_relation(c1["phone"], c2["phone"]) == "phone":
        out.append("phone")
    if address_relation(c1["address"], c2["address"]) == "address":
        out.append("address")
    return out


STOP = set("mr mrs ms miss dr rev jr sr ii iii iv and the of llc inc co corp corporation ltd company incorporated "
           "dba l c limited liability pllc".split())


def unparen(s):
    return re.sub(r"\s*\([^)]*\)\s*$", "", s or "")


def token_lists(c):
    cands = [unparen(c["displayName"])]
    if c["companyName"]:
        cands.append(c["companyName"])
    gf = " ".join(x for x in (c["givenName"], c["familyName"]) if x)
    if gf:
        cands.append(gf)
    res = []
    for s in cands:
        t = [w for w in ntext(s).split() if w not in STOP]
        if t and t not in res:
            res.append(t)
    return res


def one_edit(a, b):
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    s, l = (a, b) if len(a) < len(b) else (b, a)
    return any(l[:i] + l[i + 1:] == s for i in range(len(l)))


def tsim(a, b):
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 4 and one_edit(a, b):
        return 0.8
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        return 0.7
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
        return 0.5
    return 0.0


def lsim(A, B):
    return (sum(max(tsim(a, b) for b in B) for a in A) + sum(max(tsim(b, a) for a in A) for b in B)) / (len(A) + len(B))


def nscore(c1, c2):
    best = 0.0
    for A in token_lists(c1):
        for B in token_lists(c2):
            best = max(best, lsim(A, B))
    return best


def city_of(c):
    return ntext(c["address"].get("city")) if c["address"] else ""


def name_core(c):
    if c["companyName"]:
        s = c["companyName"]
    elif c["givenName"] and c["familyName"]:
        s = c["givenName"] + " " + c["familyName"]
    else:
        s = unparen(c["displayName"])
    return tuple(sorted(w for w in ntext(s).split() if w not in STOP and len(w) > 1))


def stem(s):
    t = [w for w in ntext(s).split() if w != "the"]
    return t[0] if t else ""


def shared(c, a):
    out = []
    if name_core(c) and name_core(c) == name_core(a):
        out.append("name")
    if c["familyName"] and a["familyName"] and ntext(c["familyName"]) == ntext(a["familyName"]):
        out.append("family_name")
    if c["companyName"] and a["companyName"] and stem(c["companyName"]) == stem(a["companyName"]):
        out.append("firm_stem")
    if email_key(c["email"]) and email_key(c["email"]) == email_key(a["email"]):
        out.append("email")
    p = phone_relation(c["phone"], a["phone"])
    if p:
        out.append(p)
    r = address_relation(c["address"], a["address"])
    if r:
        out.append(r)
    if city_of(c) and city_of(c) == city_of(a):
        out.append("city")
    return out


# ---------------------------------------------------------------- checks

FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
VOCAB = set("""reformatted case typo nickname initial middle_initial swapped title suffix accents mojibake wrong_field
missing added new digit_off moved po_box risk_address line1_missing unit_dropped city_typo zip_missing zip_typo
legal_form ampersand the_prefix abbreviated renamed dba contact_changed spouse_named widow_own_name household_form
married_name other_generation other_person business_vs_owner property_llc other_household other_firm
other_congregation other_unit other_address other_phone overlay_area_code other_email differs""".split())
SOURCES = {"ams", "carrier", "rater", "pfa", "web"}
FIND_MIN, FIND_MARGIN = 0.6, 0.15


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    try:
        S, M = load(sp), load(mp)
        report(True, "files parse as JSON lines")
    except Exception as ex:  # noqa
        report(False, "files parse as JSON lines", ex)
        print("SOME CHECKS FAILED")
        sys.exit(1)

    # --- format
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            bad.append((i, "keys"))
            continue
        if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            bad.append((i, "entity"))
        c = r["contact"]
        if list(c.keys()) != FIELDS:
            bad.append((i, "contact keys"))
            continue
        for k in FIELDS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip()):
                bad.append((i, k))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                bad.append((i, "address keys"))
            else:
                for k in ADDR_KEYS:
                    v = a[k]
                    if v is not None and (not isinstance(v, str) or not v.strip()):
                        bad.append((i, "address." + k))
                if all(a[k] is None for k in ADDR_KEYS):
                    bad.append((i, "empty address"))
        if not c["displayName"]:
            bad.append((i, "no displayName"))
    report(not bad, "record format (keys, entity ids, non-empty strings or null)", bad[:10])
    report(len(S) == 3000 and len(M) == 3000, "3000 lines in set.jsonl and meta.jsonl", (len(S), len(M)))
    report(all(S[i]["set"] == "existing" for i in range(1500)) and all(S[i]["set"] == "incoming" for i in range(1500, 3000)),
           "lines 1-1500 existing, 1501-3000 incoming")
    mbad = [i for i in range(min(len(S), len(M))) if M[i].get("set") != S[i]["set"] or M[i].get("entity") != S[i]["entity"]
            or M[i].get("index") != (i if i < 1500 else i - 1500)]
    report(not mbad, "meta lines align with set lines (set, index, entity)", mbad[:10])

    EXI, INC = S[:1500], S[1500:]
    MEX, MIN = M[:1500], M[1500:]

    # --- existing list
    names = [r["contact"]["displayName"] for r in EXI]
    keys = [n.casefold() for n in names]
    report(keys == sorted(keys), "existing sorted by displayName case-folded")
    report(len(set(keys)) == 1500, "existing displayName unique case-insensitively", [k for k, n in Counter(keys).items() if n > 1][:5])
    ents = [r["entity"] for r in EXI]
    report(len(set(ents)) == 1500, "one existing record per customer")
    noid = [i for i, r in enumerate(EXI) if not (r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"])]
    report(not noid, "every existing record has e-mail, phone or address", noid[:5])
    badc = [i for i, r in enumerate(EXI) if r["contact"]["address"] and not re.fullmatch(r"[A-Z]{2}", r["contact"]["address"]["country"] or "")]
    report(not badc, "existing country is an ISO code", badc[:5])
    report(all(m["category"] == "existing" and m["changes"] == [] for m in MEX), "existing meta category/changes")
    dis = [n for n in names if re.search(r" \((\d+|[A-Z][A-Za-z .]+)\)$", n)]
    report(len(dis) >= 1, "repeated QBO names carry a disambiguation suffix", len(dis))

    # --- parties
    party_bad = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r["contact"]
        if m.get("party") not in ("org", "person"):
            party_bad.append((i, "party"))
        elif m["party"] == "org" and not c["companyName"]:
            party_bad.append((i, "org without companyName"))
        elif m["party"] == "person" and c["companyName"]:
            if m["set"] == "existing" or "companyName:wrong_field" not in m.get("changes", []):
                party_bad.append((i, "person with companyName"))
    report(not party_bad, "organisations have companyName; persons only by a source's wrong-field use", party_bad[:10])
    orgs = sum(1 for m in MEX if m["party"] == "org")
    report(0.15 <= orgs / 1500 <= 0.25, "about 20%% organisations among existing (%d)" % orgs)

    # --- incoming categories and counts
    cat = Counter(m["category"] for m in MIN)
    report(set(cat) <= {"match", "new", "hard_negative"}, "incoming categories", cat)
    report(cat["hard_negative"] == 150, "exactly 150 hard negatives", cat["hard_negative"])
    report(0.50 <= cat["match"] / 1500 <= 0.60, "about 55%% matches (%d)" % cat["match"])
    report(0.30 <= cat["new"] / 1500 <= 0.40, "about 35%% new customers (%d)" % cat["new"])
    srcs = Counter(m.get("source") for m in MIN)
    report(set(srcs) <= SOURCES and 3 <= len(srcs) <= 5, "3-5 incoming sources", srcs)
    ex_ent_idx = {r["entity"]: i for i, r in enumerate(EXI)}

    # matches
    mb = []
    multi = Counter()
    for j, (r, m) in enumerate(zip(INC, MIN)):
        if m["category"] != "match":
            continue
        multi[r["entity"]] += 1
        need = ["profile", "evidence", "findable", "compare_set", "compare_index", "changes", "kind", "source"]
        if any(k not in m for k in need):
            mb.append((j, "keys"))
            continue
        if m["compare_set"] != "existing" or r["entity"] not in ex_ent_idx or ex_ent_idx[r["entity"]] != m["compare_index"]:
            mb.append((j, "compare"))
    report(not mb, "matches point at their existing customer", mb[:10])
    report(any(n > 1 for n in multi.values()), "some existing customers matched several times",
           sum(1 for n in multi.values() if n > 1))

    # new customers and repeats
    nb = []
    occ = {}
    first_pos = {}
    hn_ents = set(r["entity"] for r, m in zip(INC, MIN) if m["category"] == "hard_negative")
    for j, (r, m) in enumerate(zip(INC, MIN)):
        if m["category"] != "new":
            continue
        e = r["entity"]
        if e in ex_ent_idx or e in hn_ents:
            nb.append((j, "entity reused"))
        o = m.get("occurrence")
        prev = occ.get(e, 0)
        if o != prev + 1:
            nb.append((j, "occurrence order", o, prev))
        occ[e] = o
        if o == 1:
            first_pos[e] = j
            if m["changes"] != []:
                nb.append((j, "first occurrence has changes"))
        else:
            need = ["profile", "evidence", "findable", "compare_set", "compare_index", "changes"]
            if any(k not in m for k in need):
                nb.append((j, "keys"))
                continue
            if m["compare_set"] != "incoming" or m["compare_index"] != first_pos.get(e):
                nb.append((j, "compare is not occurrence 1"))
    report(not nb, "new customers: first occurrence precedes repeats, repeats compare with occurrence 1", nb[:10])
    reps = Counter(occ.values())
    report(reps.get(2, 0) > 0 and reps.get(3, 0) > 0, "some new customers repeated two or three times", dict(reps))

    # hard negatives
    hb = []
    types = Counter()
    for j, (r, m) in enumerate(zip(INC, MIN)):
        if m["category"] != "hard_negative":
            continue
        need = ["anchor", "anchor_index", "hn_type", "rule", "shared", "changes", "source", "kind"]
        if any(k not in m for k in need):
            hb.append((j, "keys"))
            continue
        types[m["hn_type"]] += 1
        if r["entity"] in ex_ent_idx or r["entity"] == m["anchor"]:
            hb.append((j, "entity"))
        if ex_ent_idx.get(m["anchor"]) != m["anchor_index"]:
            hb.append((j, "anchor index"))
        if not m["rule"]:
            hb.append((j, "rule"))
    report(not hb, "hard negatives: own entity, anchor points at an existing customer, rule given", hb[:10])
    report(12 <= len(types) <= 16, "12-16 hard-negative types (%d)" % len(types), types)
    hcount = Counter(r["entity"] for r, m in zip(INC, MIN) if m["category"] == "hard_negative")
    report(all(n == 1 for n in hcount.values()), "each hard negative is a distinct customer")

    # profiles
    profs = Counter(m.get("profile") for m in MIN if "profile" in m)
    report(set(profs) == {"light", "medium", "harsh"}, "noise profiles light/medium/harsh", profs)

    # --- evidence, findability, shared, changes recomputed
    def cmp_rec(m):
        if m["category"] == "hard_negative":
            return S[m["anchor_index"]]
        if m["compare_set"] == "existing":
            return S[m["compare_index"]]
        return S[1500 + m["compare_index"]]

    ev_bad, sh_bad, ch_bad, voc_bad, fd_bad = [], [], [], [], []
    by_city = {}
    for i, r in enumerate(S):
        cty = city_of(r["contact"])
        if cty:
            by_city.setdefault(cty, []).append(i)
    n_nc = 0
    for j, (r, m) in enumerate(zip(INC, MIN)):
        i = 1500 + j
        if m["category"] == "new" and m.get("occurrence") == 1:
            continue
        cr = cmp_rec(m)
        c, cc = r["contact"], cr["contact"]
        # changes: exactly the fields that differ
        diff = set(f for f in FIELDS if c[f] != cc[f])
        cf = set()
        for ch in m["changes"]:
            if ":" not in ch:
                voc_bad.append((j, ch))
                continue
            f, w = ch.split(":", 1)
            cf.add(f)
            if f not in FIELDS or w not in VOCAB:
                voc_bad.append((j, ch))
        if cf != diff:
            ch_bad.append((j, sorted(diff ^ cf)))
        if m["category"] == "hard_negative":
            sh = shared(c, cc)
            if sh != m["shared"] or not [x for x in sh if x != "city"]:
                sh_bad.append((j, sh, m["shared"]))
            continue
        ev = evidence(c, cc)
        if ev != m["evidence"]:
            ev_bad.append((j, ev, m["evidence"]))
        if (m["findable"] == "identifier") != bool(ev) or m["findable"] not in ("identifier", "name+city"):
            fd_bad.append((j, "findable label", m["findable"], ev))
            continue
        if not ev:
            n_nc += 1
            cty = city_of(c)
            if not cty or cty != city_of(cc):
                fd_bad.append((j, "town differs"))
                continue
            true_s = nscore(c, cc)
            if true_s < FIND_MIN:
                fd_bad.append((j, "name too far", round(true_s, 2)))
                continue
            for k in by_city.get(cty, []):
                if S[k]["entity"] == r["entity"]:
                    continue
                s2 = nscore(c, S[k]["contact"])
                if s2 > true_s - FIND_MARGIN:
                    fd_bad.append((j, "not the clear best name in town", S[k]["contact"]["displayName"], round(s2, 2), round(true_s, 2)))
                    break
    report(not ch_bad, "change lists name exactly the differing fields", ch_bad[:10])
    report(not voc_bad, "change entries are field:what from the documented vocabulary", voc_bad[:10])
    report(not ev_bad, "evidence recomputed from the records", ev_bad[:10])
    report(not sh_bad, "hard-negative shared claims recomputed from the records (and non-trivial)", sh_bad[:10])
    report(not fd_bad, "records without shared identifier are findable by name in their town", fd_bad[:10])
    report(n_nc >= 100, "at least 100 linked records share no identifier (%d)" % n_nc)

    # --- determinism
    try:
        digests = []
        for seed in ("1", "987654"):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", td], check=True, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                digests.append((sha(os.path.join(td, "set.jsonl")), sha(os.path.join(td, "meta.jsonl"))))
        same = digests[0] == digests[1]
        report(same, "gen.py output byte-identical under different PYTHONHASHSEED", digests)
        report(digests[0] == (sha(sp), sha(mp)), "set.jsonl / meta.jsonl in the folder are the generated ones")
    except Exception as ex:  # noqa
        report(False, "determinism run", ex)

    print("set.jsonl sha256", sha(sp))
    if FAILS:
        print("SOME CHECKS FAILED (%d)" % len(FAILS))
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
