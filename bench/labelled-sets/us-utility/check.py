#!/usr/bin/env python3
"""Independent validator for the us-utility set (does not import gen.py).

Checks format, counts, label consistency, evidence / shared facts (with its
own normalisers), the "one customer per existing record" rule and the
determinism of gen.py.  Prints PASS/FAIL lines; exit code 0 only when every
check passes.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "set.jsonl")
META = os.path.join(HERE, "meta.jsonl")

CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDRESS_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
PERSON_KINDS = ["person", "joint", "estate", "deceased", "care_of", "landlord"]
ORG_KINDS = ["farm", "church", "parsonage", "vfd", "school", "public", "business", "llc_rental", "trust",
             "tower", "misc"]
HN_TYPES = ["namesake_elsewhere", "namesake_same_town", "father_son", "spouse", "household_member",
            "later_occupant", "trust_vs_person", "church_parsonage", "other_branch", "group_company",
            "agent_managed", "similar_name_other_trade", "public_other_dept", "school_other_building",
            "tower_other_site"]
SHARED_KEYS = ["email", "phone", "address", "full_name", "familyName", "contact_person", "company_first_word",
               "city", "road"]
SOURCES = ["legacy", "portal", "tablet", "paper"]

results = []


def report(name, ok, detail=""):
    results.append((name, ok))
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, ("  -- " + detail) if (detail and not ok) else ""))


# ---------------------------------------------------------------------------
# Normalisers (written independently of the generator)
# ---------------------------------------------------------------------------
def unaccent(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return s.replace("Đ", "D").replace("đ", "d")


def letters(s):
    return "".join(ch for ch in unaccent(s).lower() if ch.isalnum())


def words(s):
    return re.findall(r"[a-z0-9]+", unaccent(s).lower())


ROAD_WORDS = {"STREET": "ST", "ROAD": "RD", "DRIVE": "DR", "LANE": "LN", "AVENUE": "AVE", "AV": "AVE",
              "CIRCLE": "CIR", "TRAIL": "TRL", "COURT": "CT", "PLACE": "PL", "BOULEVARD": "BLVD",
              "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W", "NORTHEAST": "NE", "SOUTHEAST": "SE",
              "NORTHWEST": "NW", "SOUTHWEST": "SW", "MILE": "MI", "MILES": "MI", "MOUNT": "MT"}
HWY_HEADS = ["STATE HIGHWAY", "STATE HWY", "STATE ROUTE", "US HIGHWAY", "US HWY", "U S HIGHWAY", "U S HWY",
             "ARK HWY", "AR HWY", "MO HWY", "KS HWY", "OK HWY", "HIGHWAY", "HWY", "ROUTE", "RTE", "U S", "US",
             "MO", "AR", "OK", "KS", "K"]
CR_HEADS = ["COUNTY ROAD", "COUNTY RD", "CO ROAD", "CO RD", "C R", "CR"]


def strip_zeros(tok):
    if tok.isdigit():
        return tok.lstrip("0") or "0"
    return tok


def road_part(rest):
    for h in CR_HEADS:
        m = re.fullmatch(re.escape(h) + r" (\d+)", rest)
        if m:
            return "CR " + strip_zeros(m.group(1))
    for h in HWY_HEADS:
        m = re.fullmatch(re.escape(h) + r" (\d+|[A-Z]{1,2})", rest)
        if m:
            return "HWY " + strip_zeros(m.group(1))
    toks = []
    for t in rest.split():
        m = re.fullmatch(r"([NSEW])(\d{3,})", t)
        if m:
            toks += [m.group(1), strip_zeros(m.group(2))]
            continue
        toks.append(strip_zeros(ROAD_WORDS.get(t, t)))
    return " ".join(toks)


def canon_line(s):
    """Canonical form of one address line, or None for care-of / meter lines."""
    if not s:
        return None
    u = unaccent(s).upper().strip()
    if u.startswith("C/O") or u.startswith("METER"):
        return None
    u = u.replace("1/2", " HALF ").replace("1/4", " QUARTER ")
    u = re.sub(r"\b([NS])\.\s*([EW])\.", r"\1\2", u)
    u = re.sub(r"[.,#]", " ", u)
    u = re.sub(r"\b([A-Z]{1,2})-(\d)", r"\1 \2", u)
    u = re.sub(r"\b(RR|HCR|HC)(\d)", r"\1 \2", u)
    u = " ".join(u.split())
    m = re.fullmatch(r"(?:P O BOX|PO BOX|POB|P O B|POST OFFICE BOX|BOX) (\d+)", u)
    if m:
        return ("POBOX", strip_zeros(m.group(1)))
    m = re.fullmatch(r"(?:RURAL ROUTE|R R|RR|RTE|RT|ROUTE) (\d+) BOX (\d+)", u)
    if m:
        return ("RR", m.group(1), m.group(2))
    m = re.fullmatch(r"(?:HCR|HC|H C) (\d+) BOX (\d+)", u)
    if m:
        return ("HC", m.group(1), m.group(2))
    m = re.fullmatch(r"(\d+) (.+)", u)
    if m:
        return ("NUM", strip_zeros(m.group(1)), road_part(m.group(2)))
    return ("TEXT", " ".join(ROAD_WORDS.get(t, t) for t in u.split()))


CITY_WORDS = {"MTN": "MOUNTAIN", "FT": "FORT", "W": "WEST", "SPGS": "SPRINGS", "SPG": "SPRING", "GRV": "GROVE"}


def canon_city(s):
    if not s:
        return None
    toks = re.findall(r"[A-Z]+", unaccent(s).upper())
    return " ".join(CITY_WORDS.get(t, t) for t in toks) or None


def zip5(s):
    d = re.sub(r"\D", "", s or "")
    return d[:5] if len(d) >= 5 else None


def addr_lines(a):
    if not a:
        return []
    return [c for c in (canon_line(a.get("line1")), canon_line(a.get("line2"))) if c]


def addr_shared(a, b):
    if not a or not b:
        return False
    la, lb = addr_lines(a), addr_lines(b)
    if not any(x in lb for x in la):
        return False
    za, zb = zip5(a.get("postalCode")), zip5(b.get("postalCode"))
    if za and zb and za == zb:
        return True
    ca, cb = canon_city(a.get("city")), canon_city(b.get("city"))
    return bool(ca and ca == cb)


def road_of(c):
    if c is None:
        return None
    if c[0] in ("RR", "HC"):
        return (c[0], c[1])
    if c[0] == "NUM":
        return ("ROAD", c[2])
    return None


def phones(s):
    if not s:
        return []
    s = re.sub(r"(?i)\b(?:ext\.?|x)\s*\d+", " ", s)
    out = []
    for chunk in re.findall(r"\d[\d\s().+-]*\d", s):
        d = re.sub(r"\D", "", chunk)
        if len(d) == 11 and d.startswith("1"):
            d = d[1:]
        if len(d) in (7, 10):
            out.append(d)
        elif len(d) == 20:
            out += [d[:10], d[10:]]
    return out


def phone_shared(a, b):
    for x in phones(a):
        for y in phones(b):
            if x == y or ((len(x) == 7 or len(y) == 7) and x[-7:] == y[-7:]):
                return True
    return False


def email_shared(a, b):
    return bool(a and b and a.strip().lower() == b.strip().lower())


def contact_shares(a, b):
    out = []
    if email_shared(a["email"], b["email"]):
        out.append("email")
    if phone_shared(a["phone"], b["phone"]):
        out.append("phone")
    if addr_shared(a["address"], b["address"]):
        out.append("address")
    return out


def same_full_name(a, b):
    return bool(a["givenName"] and b["givenName"] and a["familyName"] and b["familyName"] and
                letters(a["givenName"]) == letters(b["givenName"]) and
                letters(a["familyName"]) == letters(b["familyName"]))


def first_word(s):
    w = words(s)
    return w[0] if w else None


def shared_holds(key, a, b):
    if key in ("email", "phone", "address"):
        return key in contact_shares(a, b)
    if key in ("full_name", "contact_person"):
        return same_full_name(a, b)
    if key == "familyName":
        return bool(a["familyName"] and b["familyName"] and letters(a["familyName"]) == letters(b["familyName"]))
    if key == "company_first_word":
        fa, fb = first_word(a["companyName"]), first_word(b["companyName"])
        return bool(fa and fa == fb and len(fa) >= 3)
    if key == "city":
        ca = canon_city(a["address"]["city"]) if a["address"] else None
        cb = canon_city(b["address"]["city"]) if b["address"] else None
        return bool(ca and ca == cb)
    if key == "road":
        if not a["address"] or not b["address"] or addr_shared(a["address"], b["address"]):
            return False
        ra = [road_of(c) for c in addr_lines(a["address"])]
        rb = [road_of(c) for c in addr_lines(b["address"])]
        return any(x is not None and x in rb for x in ra)
    return False


def company_key(s):
    w = words(s)
    while w and w[-1] in ("llc", "inc", "co", "l", "c"):
        w = w[:-1]
    return " ".join(w)


# ---------------------------------------------------------------------------
def load(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return [json.loads(x) for x in lines]


def value_ok(v):
    return v is None or (isinstance(v, str) and v.strip() != "" and v == v.strip())


def main():
    try:
        S = load(SET)
        M = load(META)
    except Exception as exc:  # noqa
        report("files readable as JSON lines", False, str(exc))
        return finish()
    report("files readable as JSON lines", True)

    # --- format --------------------------------------------------------------
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            bad.append((i, "keys"))
            continue
        if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"] or ""):
            bad.append((i, "entity id"))
        c = r["contact"]
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            bad.append((i, "contact keys"))
            continue
        for k in CONTACT_KEYS[:-1]:
            if not value_ok(c[k]):
                bad.append((i, k))
        if c["displayName"] is None:
            bad.append((i, "displayName null"))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDRESS_KEYS:
                bad.append((i, "address keys"))
            elif not all(value_ok(a[k]) for k in ADDRESS_KEYS):
                bad.append((i, "address values"))
    report("set.jsonl format (keys, entity ids, non-empty strings or null)", not bad, str(bad[:5]))
    report("set.jsonl has 3000 lines", len(S) == 3000, str(len(S)))
    sets = [r.get("set") for r in S]
    report("lines 1-1500 existing, 1501-3000 incoming",
           sets == ["existing"] * 1500 + ["incoming"] * 1500)
    if len(S) != 3000 or len(M) != 3000:
        report("meta.jsonl has 3000 lines", len(M) == 3000, str(len(M)))
        return finish()
    EX = [r["contact"] for r in S[:1500]]
    IN = [r["contact"] for r in S[1500:]]
    exid = [r["entity"] for r in S[:1500]]
    inid = [r["entity"] for r in S[1500:]]

    names = [c["displayName"].casefold() for c in EX]
    report("existing sorted by displayName.casefold()", names == sorted(names))
    report("existing displayName unique case-insensitively", len(set(names)) == len(names))
    report("existing entity ids unique", len(set(exid)) == len(exid))
    report("every existing record has e-mail, phone or address",
           all(c["email"] or c["phone"] or c["address"] for c in EX))
    n_org = sum(1 for c in EX if c["companyName"])
    report("existing about 75%% persons / 25%% organisations (%d orgs)" % n_org, 300 <= n_org <= 450)

    # --- meta format -------------------------------------------------------------
    okm = True
    detail = ""
    for i, m in enumerate(M):
        exp_set = "existing" if i < 1500 else "incoming"
        idx = i if i < 1500 else i - 1500
        if m.get("set") != exp_set or m.get("index") != idx or m.get("entity") != S[i]["entity"]:
            okm, detail = False, "line %d set/index/entity" % (i + 1)
            break
        if not isinstance(m.get("changes"), list) or not all(
                isinstance(x, str) and re.fullmatch(r"(%s):[a-z0-9_]+" % "|".join(CONTACT_KEYS), x)
                for x in m["changes"]):
            okm, detail = False, "line %d changes %r" % (i + 1, m.get("changes"))
            break
        if not isinstance(m.get("kind"), str) or m["kind"] not in PERSON_KINDS + ORG_KINDS:
            okm, detail = False, "line %d kind" % (i + 1)
            break
        c = S[i]["contact"]
        if (m["kind"] in ORG_KINDS) != bool(c["companyName"]):
            okm, detail = False, "line %d kind %s vs companyName" % (i + 1, m["kind"])
            break
    report("meta.jsonl aligned with set.jsonl (set, index, entity, kind, changes format)", okm, detail)

    cats = [m["category"] for m in M]
    report("existing lines are category existing with no changes",
           all(cats[i] == "existing" and M[i]["changes"] == [] for i in range(1500)))
    inc_cats = cats[1500:]
    n_match, n_new, n_hn = inc_cats.count("match"), inc_cats.count("new"), inc_cats.count("hard_negative")
    report("incoming categories only match/new/hard_negative",
           n_match + n_new + n_hn == 1500)
    report("about 55%% matches (%d)" % n_match, 780 <= n_match <= 870)
    report("about 35%% new (%d)" % n_new, 480 <= n_new <= 570)
    report("exactly 150 hard negatives (%d)" % n_hn, n_hn == 150)
    report("incoming is shuffled", len(set(inc_cats[:60])) == 3 and len(set(inc_cats[-60:])) == 3)

    # --- label consistency -------------------------------------------------------
    exset = set(exid)
    ex_index = {e: i for i, e in enumerate(exid)}
    errors = []
    # same entity id = same customer: an existing entity only appears as a match
    for j, m in enumerate(M[1500:]):
        e = inid[j]
        if (e in exset) != (m["category"] == "match"):
            errors.append((j, "entity in existing <=> match"))
    report("existing entities arrive only as matches; matches only of existing entities", not errors,
           str(errors[:5]))

    # matches
    errs = []
    ev_count = {}
    prof_count = {}
    for j, m in enumerate(M[1500:]):
        if m["category"] != "match":
            continue
        if m.get("compare_set") != "existing" or m.get("compare_index") != ex_index.get(inid[j]):
            errs.append((j, "compare"))
            continue
        if m.get("profile") not in ("light", "medium", "harsh"):
            errs.append((j, "profile"))
        prof_count[m.get("profile")] = prof_count.get(m.get("profile"), 0) + 1
        if m.get("source") not in SOURCES:
            errs.append((j, "source"))
        ev = m.get("evidence")
        if not isinstance(ev, list) or not ev:
            errs.append((j, "evidence empty"))
            continue
        cmp = EX[m["compare_index"]]
        for k in ev:
            ev_count[k] = ev_count.get(k, 0) + 1
            if k == "name+city":
                if not name_city(IN[j], cmp, EX):
                    errs.append((j, "name+city not verified"))
            elif k not in ("email", "phone", "address") or not shared_holds(k, IN[j], cmp):
                errs.append((j, "evidence %s not verified" % k))
        if sorted(x for x in ev if x != "name+city") != sorted(contact_shares(IN[j], cmp)):
            errs.append((j, "evidence incomplete: %s vs %s" % (ev, contact_shares(IN[j], cmp))))
        if "name+city" in ev and contact_shares(IN[j], cmp):
            errs.append((j, "name+city used although a contact channel is shared"))
    report("matches: compare target, profile, source and evidence verified (%s)" % ev_count, not errs,
           str(errs[:5]))
    report("matches: light, medium and harsh profiles present (%s)" % prof_count,
           all(prof_count.get(p, 0) >= 100 for p in ("light", "medium", "harsh")))

    # new customers
    errs = []
    occ_seen = {}
    first_pos = {}
    occ_hist = {}
    for j, m in enumerate(M[1500:]):
        if m["category"] != "new":
            continue
        e = inid[j]
        n = occ_seen.get(e, 0) + 1
        occ_seen[e] = n
        if m.get("occurrence") != n:
            errs.append((j, "occurrence order"))
            continue
        if n == 1:
            first_pos[e] = j
            if m["changes"] != [] or "compare_index" in m:
                errs.append((j, "first occurrence has compare/changes"))
            continue
        if m.get("compare_set") != "incoming" or m.get("compare_index") != first_pos[e]:
            errs.append((j, "compare of repeat"))
            continue
        if m.get("profile") not in ("light", "medium", "harsh"):
            errs.append((j, "profile"))
        ev = m.get("evidence") or []
        if not ev:
            errs.append((j, "no evidence"))
        cmp = IN[first_pos[e]]
        for k in ev:
            if k == "name+city":
                if not name_city(IN[j], cmp, EX):
                    errs.append((j, "name+city"))
            elif not shared_holds(k, IN[j], cmp):
                errs.append((j, "evidence %s" % k))
        if sorted(x for x in ev if x != "name+city") != sorted(contact_shares(IN[j], cmp)):
            errs.append((j, "evidence incomplete"))
    for e, n in occ_seen.items():
        occ_hist[n] = occ_hist.get(n, 0) + 1
    report("new customers: occurrences 1..3 in order, repeats compared with the first (%s)"
           % dict(sorted(occ_hist.items())),
           not errs and max(occ_seen.values()) <= 3 and occ_hist.get(2, 0) > 0 and occ_hist.get(3, 0) > 0,
           str(errs[:5]))
    # an entity is only ever of one category
    cat_of = {}
    mixed = []
    for j, m in enumerate(M[1500:]):
        e = inid[j]
        if cat_of.setdefault(e, m["category"]) != m["category"]:
            mixed.append(e)
    report("each incoming entity has a single category", not mixed, str(mixed[:5]))

    # hard negatives
    errs = []
    types = {}
    hn_ids = []
    for j, m in enumerate(M[1500:]):
        if m["category"] != "hard_negative":
            continue
        e = inid[j]
        hn_ids.append(e)
        t = m.get("hn_type")
        types[t] = types.get(t, 0) + 1
        if t not in HN_TYPES:
            errs.append((j, "hn_type"))
            continue
        if not isinstance(m.get("rule"), str) or len(m["rule"]) < 20:
            errs.append((j, "rule"))
        a = m.get("anchor")
        if a not in exset or m.get("anchor_index") != ex_index[a] or a == e or e in exset:
            errs.append((j, "anchor"))
            continue
        shared = m.get("shared")
        if not isinstance(shared, list) or not shared or any(s not in SHARED_KEYS for s in shared):
            errs.append((j, "shared keys %r" % shared))
            continue
        A = EX[m["anchor_index"]]
        R = IN[j]
        for s in shared:
            if not shared_holds(s, R, A):
                errs.append((j, "shared %s not true" % s))
        if sorted(s for s in shared if s in ("email", "phone", "address")) != sorted(contact_shares(R, A)):
            errs.append((j, "shared contact incomplete: %s vs %s" % (shared, contact_shares(R, A))))
        problem = hn_is_other_customer(t, R, A, M[m["anchor_index"]]["kind"])
        if problem:
            errs.append((j, t + ": " + problem))
    report("hard negatives: anchors, rules and shared facts verified", not errs, str(errs[:6]))
    report("hard negatives: at least ten types (%d: %s)" % (len(types), dict(sorted(types.items()))),
           len(types) >= 10)
    report("hard-negative entities are unique and not existing customers",
           len(set(hn_ids)) == len(hn_ids) and not (set(hn_ids) & exset))

    # changes = the fields that differ from the compared record
    errs = []
    for j, m in enumerate(M[1500:]):
        if m["category"] == "match":
            cmp = EX[m["compare_index"]]
        elif m["category"] == "hard_negative":
            cmp = EX[m["anchor_index"]]
        elif m.get("occurrence", 1) >= 2:
            cmp = IN[m["compare_index"]]
        else:
            if m["changes"]:
                errs.append((j, "first occurrence with changes"))
            continue
        diff = sorted(k for k in CONTACT_KEYS if IN[j][k] != cmp[k])
        listed = sorted(set(x.split(":", 1)[0] for x in m["changes"]))
        if diff != listed:
            errs.append((j, diff, listed))
    report("changes list exactly the fields that differ from the compared record", not errs, str(errs[:4]))

    # no two existing records are one customer
    errs = []
    by_person = {}
    by_company = {}
    for i, c in enumerate(EX):
        if c["companyName"]:
            by_company.setdefault(company_key(c["companyName"]), []).append(i)
        elif c["givenName"] and c["familyName"]:
            by_person.setdefault((letters(c["givenName"]), letters(c["familyName"])), []).append(i)
    for grp in list(by_person.values()) + list(by_company.values()):
        for x in range(len(grp)):
            for y in range(x + 1, len(grp)):
                if contact_shares(EX[grp[x]], EX[grp[y]]):
                    errs.append((EX[grp[x]]["displayName"], EX[grp[y]]["displayName"]))
    dup_company = [k for k, v in by_company.items() if len(v) > 1]
    report("no two existing records are one customer (same name and shared contact)", not errs, str(errs[:4]))
    report("no two existing organisations with the same name", not dup_company, str(dup_company[:4]))

    determinism()
    return finish()


def name_city(rec, cmp, EX):
    """A distinctive family name (in at most two existing display names) written in both
    records, and the same town."""
    fam = cmp["familyName"] or rec["familyName"]
    if not rec["address"] or not cmp["address"] or not fam:
        return False
    if canon_city(rec["address"]["city"]) != canon_city(cmp["address"]["city"]):
        return False
    inc = set(words(rec["displayName"]) + words(rec["givenName"]) + words(rec["familyName"]))
    for t in words(fam):
        if len(t) < 4 or t not in inc or t not in words(cmp["displayName"]):
            continue
        n = sum(1 for c in EX if t in words(c["displayName"]))
        if n <= 2:
            return True
    return False


def hn_is_other_customer(t, R, A, anchor_kind):
    """Returns a problem description, or '' when the record is plainly another customer."""
    cs = contact_shares(R, A)
    person_pair = not R["companyName"] and not A["companyName"]
    if person_pair and same_full_name(R, A) and cs:
        return "same person name and shared contact %s" % cs
    if R["companyName"] and A["companyName"] and company_key(R["companyName"]) == company_key(A["companyName"]):
        return "same organisation name"
    if t in ("namesake_elsewhere", "namesake_same_town", "father_son"):
        if not (person_pair and same_full_name(R, A)) or cs:
            return "namesake must share the name and no contact"
        if t == "namesake_elsewhere" and shared_holds("city", R, A):
            return "namesake elsewhere in the same town"
        if t == "father_son" and not shared_holds("road", R, A):
            return "father/son not on the same road"
    elif t in ("spouse", "household_member"):
        if not person_pair or not shared_holds("familyName", R, A) or same_full_name(R, A):
            return "household member must share the family name, not the given name"
        if "address" not in cs or anchor_kind != "person":
            return "household member must share the address of a single-person account"
    elif t == "later_occupant":
        if "address" not in cs or shared_holds("familyName", R, A) or "phone" in cs or "email" in cs:
            return "later occupant shares only the address"
    elif t == "trust_vs_person":
        if "trust" not in words(R["companyName"]) or A["companyName"]:
            return "trust vs person"
    elif t == "church_parsonage":
        if "parsonage" not in words(R["companyName"]) or "parsonage" in words(A["companyName"]):
            return "parsonage vs church"
    elif t == "similar_name_other_trade":
        if cs:
            return "other trade shares contact %s" % cs
    else:
        if not R["companyName"] or not A["companyName"]:
            return "organisation expected"
    return ""


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def determinism():
    gen = os.path.join(HERE, "gen.py")
    digests = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in ("0", "12345"):
            out = os.path.join(tmp, "run" + seed)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = seed
            p = subprocess.run([sys.executable, gen, "--out", out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                report("gen.py runs with PYTHONHASHSEED=%s" % seed, False, p.stderr[-300:])
                return
            digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
    report("gen.py byte-identical under PYTHONHASHSEED=0 and 12345", digests[0] == digests[1])
    report("set.jsonl / meta.jsonl in the folder equal a fresh run",
           digests[0] == (sha(SET), sha(META)))


def finish():
    failed = [n for n, ok in results if not ok]
    if failed:
        print("\n%d CHECK(S) FAILED:" % len(failed))
        for n in failed:
            print("  - " + n)
        return 1
    print("\nALL CHECKS PASSED (%d checks)" % len(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
