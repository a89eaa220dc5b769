#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py - independent validator for the `my-aircond` labelled set.

Does not import gen.py.  Re-derives every label that can be derived from the
records (changes, evidence, shared claims, findability) with its own copy of the
comparison rules, checks formats and counts, and runs gen.py twice (different
PYTHONHASHSEED, temporary directories) to confirm byte-identical output.
Prints PASS/FAIL lines and, if everything passes, "ALL CHECKS PASSED" (exit 0).
"""
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}: {name}" + (f" -- {detail}" if detail else ""))


# ---------------------------------------------------------------- comparison rules (own copy)
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


CITY_CANON = {
    "kl": "kuala lumpur", "kuala lumpur": "kuala lumpur", "wp kuala lumpur": "kuala lumpur",
    "pj": "petaling jaya", "petaling jaya": "petaling jaya", "ptlg jaya": "petaling jaya",
    "shah alam": "shah alam", "s alam": "shah alam", "shahalam": "shah alam",
    "subang jaya": "subang jaya", "subang": "subang jaya", "sj": "subang jaya", "usj": "subang jaya",
    "puchong": "puchong", "cheras": "cheras", "kajang": "kajang", "klang": "klang", "kelang": "klang",
    "george town": "george town", "georgetown": "george town", "penang": "george town",
    "g town": "george town", "pulau pinang": "george town",
    "bayan lepas": "bayan lepas", "bayan baru": "bayan lepas", "b lepas": "bayan lepas",
    "butterworth": "butterworth", "bworth": "butterworth", "bwth": "butterworth",
    "bukit mertajam": "bukit mertajam", "bm": "bukit mertajam", "bkt mertajam": "bukit mertajam",
    "bt mertajam": "bukit mertajam", "b mertajam": "bukit mertajam",
}
KNOWN_CITIES = sorted(set(CITY_CANON.values()))


def norm_city(s):
    if not s:
        return None
    t = fold(s).lower()
    t = re.sub(r"[.'\u2019]", "", t)
    t = re.sub(r"[^a-z0-9]+", " ", t).strip()
    return CITY_CANON.get(t, t)


_PHR = ["kuala lumpur", "k l", "kl", "wp kuala lumpur", "w p kuala lumpur", "w p k l", "wilayah persekutuan",
        "wilayah persekutuan kuala lumpur", "w p", "wp", "petaling jaya", "pj", "p j", "ptlg jaya",
        "shah alam", "s alam", "shahalam", "subang jaya", "subang", "sj", "puchong", "cheras", "kajang",
        "klang", "kelang", "george town", "georgetown", "g town", "penang", "pulau pinang", "p pinang", "pg",
        "bayan lepas", "bayan baru", "b lepas", "butterworth", "b worth", "bwth", "bukit mertajam", "bm",
        "bkt mertajam", "bt mertajam", "b mertajam", "selangor darul ehsan", "selangor d e", "selangor",
        "sel", "sgor", "malaysia", "mys"]
PHRASES = sorted({tuple(p.split()) for p in _PHR}, key=lambda t: (-len(t), t))
ABBR = {"jln": "jalan", "jl": "jalan", "tmn": "taman", "lrg": "lorong", "lor": "lorong", "kg": "kampung",
        "kpg": "kampung", "bdr": "bandar", "sek": "seksyen", "section": "seksyen", "blk": "blok",
        "block": "blok", "tkt": "tingkat", "lvl": "tingkat", "level": "tingkat", "flr": "tingkat",
        "floor": "tingkat", "psn": "persiaran", "lbh": "lebuh", "ltg": "lintang"}
DROP = {"no", "unit", "lot"}


def akey(s):
    if not s:
        return ""
    toks = re.findall(r"[a-z]+|[0-9]+", fold(s).lower())
    out, i = [], 0
    while i < len(toks):
        hit = next((p for p in PHRASES if tuple(toks[i:i + len(p)]) == p), None)
        if hit:
            i += len(hit)
            continue
        t = toks[i]
        i += 1
        if t.isdigit():
            if len(t) == 5:
                continue
            t = str(int(t))
        else:
            t = ABBR.get(t, t)
            if t in DROP:
                continue
        out.append(t)
    return " ".join(out)


def akeys(a):
    if not a or not a.get("line1"):
        return set()
    return {k for k in (akey(a["line1"]), akey(a["line1"] + " , " + (a.get("line2") or ""))) if k}


def pkeys_place(a):
    out = set()
    if not a:
        return out
    for line in (a.get("line1"), a.get("line2")):
        for seg in (line or "").split(","):
            if not line or re.search(r"[0-9]", seg):
                continue
            k = akey(seg)
            if len(k) >= 4:
                out.add(k)
    return out


def phkeys(s):
    out = set()
    if not s:
        return out
    for part in re.split(r"/|,|;|\bor\b|&|\bext\b", s.lower()):
        d = re.sub(r"[^0-9]", "", part)
        if not d:
            continue
        d = d[1:] if d.startswith("60") else (d if d.startswith("0") else "0" + d)
        if len(d) >= 9:
            out.add(d)
    return out


def emkeys(s):
    out = set()
    if not s:
        return out
    for part in re.split(r"[;,/\s]+", s.strip().lower()):
        part = part.strip("<>").replace("mailto:", "")
        if "@" in part:
            out.add(part)
    return out


STOP = set("encik en puan pn cik tuan mr mrs ms mdm madam miss aunty auntie uncle boss dr dato datuk datin "
           "sri seri haji hj hajah hjh ir prof kak abang bin binti bte bt bn sdn bhd berhad sendirian sb "
           "enterprise enterprises ent entp trading trdg tdg plt co".split())
NMAP = {"mohd": "muhammad", "muhd": "muhammad", "mohamad": "muhammad", "mohammad": "muhammad",
        "mohamed": "muhammad", "muhamad": "muhammad", "mohammed": "muhammad", "md": "muhammad",
        "abd": "abdul", "ab": "abdul"}


def ntoks(s):
    s = fold(s or "").lower()
    s = re.sub(r"[\(\[][^\)\]]*[\)\]]", " ", s)
    s = re.sub(r"\b[asd]\s*/\s*[lpo]\b", " ", s)
    s = s.replace("'", "").replace("\u2019", "")
    toks = re.findall(r"\w+", s)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in ("tan", "puan") and i + 1 < len(toks) and toks[i + 1] in ("sri", "seri"):
            i += 2
            continue
        i += 1
        if t in STOP or len(t) == 1 or t.isdigit() or t == "_":
            continue
        out.append(NMAP.get(t, t))
    return out


def nsim(a, b):
    ta, tb = ntoks(a), ntoks(b)
    if not ta or not tb:
        return 0.0
    sa, sb = set(ta), set(tb)
    jac = len(sa & sb) / len(sa | sb)
    rat = difflib.SequenceMatcher(None, " ".join(sorted(ta)), " ".join(sorted(tb))).ratio()
    return round(0.5 * jac + 0.5 * rat, 6)


COSTOP = set("sdn bhd berhad sendirian sb enterprise enterprises ent entp trading trdg tdg plt co and dan the".split())
FREEMAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "yahoo.com.my", "ymail.com", "live.com",
            "icloud.com", "rocketmail.com"}


def cstem(s):
    if not s:
        return ""
    t = fold(s).lower()
    t = re.sub(r"[\(\[][^\)\]]*[\)\]]", " ", t).replace("s/b", " ").replace("&", " ")
    return " ".join(x for x in re.findall(r"[a-z0-9]+", t) if len(x) > 1 and x not in COSTOP)


def evid(r, c):
    ev = []
    if emkeys(r["email"]) & emkeys(c["email"]):
        ev.append("email")
    if phkeys(r["phone"]) & phkeys(c["phone"]):
        ev.append("phone")
    if akeys(r["address"]) & akeys(c["address"]):
        ev.append("address")
    return ev


def claims(r, c):
    out = evid(r, c)
    ra, ca = r["address"], c["address"]
    if ra and ca:
        if pkeys_place(ra) & pkeys_place(ca):
            out.append("place")
        if ra.get("postalCode") and ra["postalCode"] == ca.get("postalCode"):
            out.append("postcode")
        if ra.get("city") and ca.get("city") and norm_city(ra["city"]) == norm_city(ca["city"]):
            out.append("city")
    a, b = ntoks(r["displayName"]), ntoks(c["displayName"])
    if a and sorted(a) == sorted(b):
        out.append("name")
    for f, lab in (("givenName", "given_name"), ("familyName", "family_name")):
        if r[f] and c[f] and fold(r[f]).casefold().strip() == fold(c[f]).casefold().strip():
            out.append(lab)
    sa = cstem(r["companyName"])
    if sa and sa == cstem(c["companyName"]):
        out.append("company_stem")
    da = {e.split("@")[1] for e in emkeys(r["email"])}
    dc = {e.split("@")[1] for e in emkeys(c["email"])}
    if any(d in dc and d not in FREEMAIL for d in da):
        out.append("email_domain")
    return out


STRONG = {"email", "phone", "address", "place", "name", "given_name", "family_name", "company_stem",
          "email_domain"}

VOCAB = set("""dropped added case punctuation source_format short_form honorific given_only full_legal_name
name_in_one_field split_differently location_in_name typo spacing bin_form mohd_form abdul_form spelling_variant
title_added title_dropped nickname initials reordered swapped_fields dialect_spelling chinese_chars mojibake
accents_stripped married_name english_name disambiguation_dropped legal_form reg_no_added abbreviation renamed
contact_changed wrong_field new stale format digit_off second_number landline_instead moved po_box city_only
lines_merged unit_format city_alias region_variant postcode_typo country_format note_in_line2 tin_in_line2
other_party reg_no_dropped""".split())
TOP = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
SUB = ["line1", "line2", "city", "region", "postalCode", "country"]
DISAMB = re.compile(r" \((?:\d{1,2}|[A-Za-z .']+)\)$")


def diff_fields(old, new):
    out = set()
    for f in TOP:
        if old[f] != new[f]:
            out.add(f)
    oa, na = old["address"], new["address"]
    if (oa is None) != (na is None):
        out.add("address")
    elif oa is not None:
        for s in SUB:
            if oa[s] != na[s]:
                out.add("address." + s)
    return out


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


# ---------------------------------------------------------------- checks
def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    if not (os.path.exists(sp) and os.path.exists(mp)):
        report("files present", False, "run gen.py first")
        print("SOME CHECKS FAILED")
        return 1
    try:
        S = [json.loads(l) for l in open(sp, encoding="utf-8")]
        M = [json.loads(l) for l in open(mp, encoding="utf-8")]
        report("JSON lines parse", True, f"set={len(S)} meta={len(M)}")
    except Exception as ex:  # noqa
        report("JSON lines parse", False, str(ex))
        print("SOME CHECKS FAILED")
        return 1

    # ---- format
    errs = []
    ent_re = re.compile(r"^c[0-9a-f]{7}$")
    for i, r in enumerate(S):
        if set(r) != {"set", "entity", "contact"}:
            errs.append(f"line {i + 1}: keys {sorted(r)}")
            continue
        if r["set"] not in ("existing", "incoming") or not ent_re.match(r["entity"] or ""):
            errs.append(f"line {i + 1}: set/entity")
        c = r["contact"]
        if list(c) != TOP + ["address"]:
            errs.append(f"line {i + 1}: contact keys {list(c)}")
            continue
        for f in TOP:
            if not (c[f] is None or (isinstance(c[f], str) and c[f].strip() and c[f] == c[f].strip())):
                errs.append(f"line {i + 1}: {f}={c[f]!r}")
        if c["displayName"] is None:
            errs.append(f"line {i + 1}: displayName null")
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a) != SUB:
                errs.append(f"line {i + 1}: address keys")
                continue
            for s in SUB:
                if not (a[s] is None or (isinstance(a[s], str) and a[s].strip())):
                    errs.append(f"line {i + 1}: address.{s}={a[s]!r}")
            if all(a[s] is None for s in SUB):
                errs.append(f"line {i + 1}: empty address object")
    report("set.jsonl record format (keys, non-empty strings or null)", not errs, "; ".join(errs[:5]))

    n = len(S)
    ok = n == 3000 and len(M) == 3000 and all(r["set"] == "existing" for r in S[:1500]) and \
        all(r["set"] == "incoming" for r in S[1500:])
    report("3,000 lines: 1-1500 existing, 1501-3000 incoming; meta same length", ok)
    EX, IN = S[:1500], S[1500:]
    MEX, MIN = M[:1500], M[1500:]

    # ---- existing list
    names = [r["contact"]["displayName"] for r in EX]
    report("existing sorted by displayName (case-folded)", names == sorted(names, key=str.casefold))
    cf = [x.casefold() for x in names]
    report("existing displayName unique case-insensitively", len(set(cf)) == len(cf))
    bad = []
    groups = {}
    for x in names:
        groups.setdefault(DISAMB.sub("", x).casefold(), []).append(x)
    for x in names:
        if DISAMB.search(x):
            base = DISAMB.sub("", x).casefold()
            if len(groups[base]) < 2:
                bad.append(x)
    for base, xs in groups.items():
        if len(xs) > 1 and sum(1 for x in xs if not DISAMB.search(x)) > 1:
            bad.append(base)
    ndis = sum(1 for x in names if DISAMB.search(x))
    report("repeated names carry QBO disambiguation 'Name (City)' / 'Name (2)'", not bad and ndis > 0,
           f"{ndis} disambiguated" + (f"; bad: {bad[:3]}" if bad else ""))
    ids = [r["entity"] for r in EX]
    report("existing: one record per customer (entity ids unique)", len(set(ids)) == len(ids))
    bad = [i for i, r in enumerate(EX) if not (r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"])]
    report("existing: every record has e-mail, phone or address", not bad, str(bad[:5]))
    bad = [i for i, r in enumerate(EX) if r["contact"]["address"] and r["contact"]["address"]["country"] != "MY"]
    report("existing: country as ISO code (MY)", not bad, str(bad[:5]))
    pc_first = {"kuala lumpur": "56", "cheras": "45", "petaling jaya": "4", "shah alam": "4", "subang jaya": "4",
                "puchong": "4", "kajang": "4", "klang": "4", "george town": "1", "bayan lepas": "1",
                "butterworth": "1", "bukit mertajam": "1"}
    bad = []
    for i, r in enumerate(EX):
        a = r["contact"]["address"]
        if a:
            nc = norm_city(a["city"])
            if nc not in pc_first or not re.match(r"^\d{5}$", a["postalCode"] or "") or a["postalCode"][0] not in pc_first[nc]:
                bad.append((i, a["city"], a["postalCode"]))
    report("existing: real towns with five-digit poskod of the right state", not bad, str(bad[:3]))
    share = sum(1 for m in MEX if m["party"] == "person") / 1500
    report("existing: about 70% households / 30% businesses", 0.62 <= share <= 0.78, f"persons={share:.1%}")

    # ---- meta alignment
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < 1500 else i - 1500
        if m.get("set") != r["set"] or m.get("index") != idx or m.get("entity") != r["entity"]:
            errs.append(f"line {i + 1}")
        for k in ("category", "kind", "party", "changes"):
            if k not in m:
                errs.append(f"line {i + 1}: missing {k}")
        if m.get("party") not in ("org", "person"):
            errs.append(f"line {i + 1}: party")
        if r["set"] == "existing" and (m.get("category") != "existing" or m.get("changes") != []):
            errs.append(f"line {i + 1}: existing category/changes")
        if r["set"] == "incoming" and (m.get("category") not in ("match", "new", "hard_negative") or not m.get("source")):
            errs.append(f"line {i + 1}: incoming category/source")
    report("meta.jsonl aligned with set.jsonl (set, index, entity, category, kind, party, source)", not errs,
           "; ".join(errs[:5]))

    # ---- party / companyName
    bad = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r["contact"]
        if m["party"] == "org" and not c["companyName"]:
            bad.append(i + 1)
        if m["party"] == "person" and c["companyName"]:
            flagged = any(x.startswith("companyName:") and "wrong_field" in x for x in m["changes"])
            first_new = m["category"] == "new" and m.get("occurrence") == 1   # nothing to compare with
            if r["set"] == "existing" or not (flagged or first_new):
                bad.append(i + 1)
    report("organisations always have companyName; persons only when a source wrongly fills it", not bad, str(bad[:5]))

    # ---- incoming mix
    cats = {}
    for m in MIN:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    ok = cats.get("hard_negative") == 150 and 0.50 <= cats.get("match", 0) / 1500 <= 0.60 and \
        0.30 <= cats.get("new", 0) / 1500 <= 0.40
    report("incoming mix: ~55% match, ~35% new, exactly 150 hard negatives", ok, str(cats))
    srcs = sorted({m["source"] for m in MIN})
    report("incoming from 3-5 upstream sources", 3 <= len(srcs) <= 5, ", ".join(srcs))

    ex_ids = {r["entity"]: i for i, r in enumerate(EX)}
    # ---- matches
    errs = []
    per_ex = {}
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] != "match":
            continue
        per_ex[r["entity"]] = per_ex.get(r["entity"], 0) + 1
        if r["entity"] not in ex_ids:
            errs.append(f"in {j}: entity not existing")
        if m.get("compare_set") != "existing" or m.get("compare_index") != ex_ids.get(r["entity"]):
            errs.append(f"in {j}: compare")
        if m.get("profile") not in ("light", "medium", "harsh"):
            errs.append(f"in {j}: profile")
    report("matches point at their existing customer (compare_set/compare_index)", not errs, "; ".join(errs[:5]))
    multi = sum(1 for v in per_ex.values() if v > 1)
    report("some existing customers matched several times", multi > 0, f"{multi} customers with 2+ records")

    # ---- new customers and repeats
    errs = []
    occ = {}
    first_pos = {}
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] != "new":
            continue
        e = r["entity"]
        if e in ex_ids:
            errs.append(f"in {j}: new entity exists in QBO")
        k = occ.get(e, 0) + 1
        occ[e] = k
        if m.get("occurrence") != k:
            errs.append(f"in {j}: occurrence {m.get('occurrence')} expected {k}")
        if k == 1:
            first_pos[e] = j
            if m["changes"] != []:
                errs.append(f"in {j}: first occurrence with changes")
        else:
            if m.get("compare_set") != "incoming" or m.get("compare_index") != first_pos.get(e):
                errs.append(f"in {j}: repeat compare")
            if m.get("profile") not in ("light", "medium", "harsh"):
                errs.append(f"in {j}: profile")
    dist = {}
    for v in occ.values():
        dist[v] = dist.get(v, 0) + 1
    report("new customers: first occurrence precedes repeats, occurrences numbered in order", not errs,
           "; ".join(errs[:5]))
    report("some new customers repeated two or three times", dist.get(2, 0) > 0 and dist.get(3, 0) > 0 and
           max(dist) <= 3, f"occurrence histogram {dict(sorted(dist.items()))}")
    profs = sorted({m.get("profile") for m in MIN if m.get("profile")})
    report("noise profiles light / medium / harsh used", profs == ["harsh", "light", "medium"], str(profs))

    # ---- hard negatives
    errs = []
    types = {}
    hn_ents = {}
    for j, (r, m) in enumerate(zip(IN, MIN)):
        hn_ents.setdefault(r["entity"], []).append(m["category"])
        if m["category"] != "hard_negative":
            continue
        types[m.get("hn_type")] = types.get(m.get("hn_type"), 0) + 1
        if r["entity"] in ex_ids:
            errs.append(f"in {j}: hn entity exists")
        ai = m.get("anchor_index")
        if not isinstance(ai, int) or not 0 <= ai < 1500 or EX[ai]["entity"] != m.get("anchor"):
            errs.append(f"in {j}: anchor")
            continue
        if not m.get("rule") or not m.get("hn_type"):
            errs.append(f"in {j}: rule/type")
        sh = claims(r["contact"], EX[ai]["contact"])
        if m.get("shared") != sh:
            errs.append(f"in {j}: shared {m.get('shared')} != {sh}")
        if not (set(sh) & STRONG):
            errs.append(f"in {j}: shares nothing that resembles the anchor")
    for e, cs in hn_ents.items():
        if "hard_negative" in cs and len(cs) != 1:
            errs.append(f"hn entity {e} reused")
    report("hard negatives: anchor valid, entity is another customer, shared recomputed from records", not errs,
           "; ".join(errs[:5]))
    report("hard negatives: 12-16 types", 12 <= len(types) <= 16, f"{len(types)} types: " +
           ", ".join(f"{k}={v}" for k, v in sorted(types.items())))

    # ---- change lists
    errs = []
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] == "match":
            comp = EX[m["compare_index"]]["contact"]
        elif m["category"] == "hard_negative":
            comp = EX[m["anchor_index"]]["contact"]
        elif m.get("occurrence", 1) > 1:
            comp = IN[m["compare_index"]]["contact"]
        else:
            if m["changes"]:
                errs.append(f"in {j}: first occurrence has changes")
            continue
        want = diff_fields(comp, r["contact"])
        got = []
        for x in m["changes"]:
            if ":" not in x:
                errs.append(f"in {j}: bad change {x}")
                continue
            f, what = x.split(":", 1)
            got.append(f)
            if not all(w in VOCAB for w in what.split("+")):
                errs.append(f"in {j}: vocabulary {x}")
        if len(got) != len(set(got)) or set(got) != want:
            errs.append(f"in {j}: fields {sorted(set(got) ^ want)}")
    report("change lists name exactly the fields that differ from the compared record", not errs, "; ".join(errs[:5]))

    # ---- evidence / findability
    errs = []
    nc = 0
    by_city = {}
    for r in S:
        a = r["contact"]["address"]
        if a and a.get("city"):
            by_city.setdefault(norm_city(a["city"]), []).append(r)
    weak = []
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if not (m["category"] == "match" or (m["category"] == "new" and m.get("occurrence", 1) > 1)):
            continue
        comp = (EX if m["compare_set"] == "existing" else IN)[m["compare_index"]]
        if comp["entity"] != r["entity"]:
            errs.append(f"in {j}: compared record is another entity")
            continue
        ev = evid(r["contact"], comp["contact"])
        if m.get("evidence") != ev:
            errs.append(f"in {j}: evidence {m.get('evidence')} != {ev}")
        want = "identifier" if ev else "name+city"
        if m.get("findable") != want:
            errs.append(f"in {j}: findable {m.get('findable')} != {want}")
        if not ev:
            nc += 1
            ra, ca = r["contact"]["address"], comp["contact"]["address"]
            if not (ra and ra.get("city") and ca and ca.get("city") and norm_city(ra["city"]) == norm_city(ca["city"])):
                weak.append(f"in {j}: no common town")
                continue
            st = nsim(r["contact"]["displayName"], comp["contact"]["displayName"])
            others = [nsim(r["contact"]["displayName"], x["contact"]["displayName"])
                      for x in by_city.get(norm_city(ra["city"]), []) if x["entity"] != r["entity"]]
            if st < 0.5 or (others and not st > max(others)):
                weak.append(f"in {j}: true {st} vs best other {max(others) if others else 0}")
    report("evidence (shared e-mail / phone / address, however written) recomputed", not errs, "; ".join(errs[:5]))
    report("name+city records: at least 100, each the clear best name match in its town", nc >= 100 and not weak,
           f"{nc} name+city records" + (f"; {weak[:3]}" if weak else ""))

    # ---- plausibility of identifiers
    bad = []
    mob = re.compile(r"^(01[0-46-9]\d{7}|011\d{8})$")
    land = re.compile(r"^(03\d{8}|04\d{7})$")
    for i, r in enumerate(S):
        p = r["contact"]["phone"]
        if p:
            ks = phkeys(p)
            if not ks or not all(mob.match(k) or land.match(k) for k in ks):
                bad.append((i + 1, p))
    report("phones are Malaysian mobiles (010-019, 011 with 8 digits) or 03-/04- landlines", not bad, str(bad[:4]))
    bad = [(i + 1, r["contact"]["email"]) for i, r in enumerate(S) if r["contact"]["email"]
           and not re.match(r"^[^@\s]+@[^@\s]+\.[A-Za-z.]+$", r["contact"]["email"])]
    report("e-mail fields look like mailboxes", not bad, str(bad[:4]))
    bad = []
    nreg = 0
    for i, r in enumerate(S):
        cn = r["contact"]["companyName"] or ""
        for m in re.finditer(r"\b(\d{12})\b", cn):
            nreg += 1
            x = m.group(1)
            if not (1950 <= int(x[:4]) <= 2025 and x[4:6] in ("01", "02", "03", "04", "06")):
                bad.append((i + 1, x))
        l2 = ((r["contact"]["address"] or {}).get("line2") or "")
        for m in re.finditer(r"TIN: (\S+)", l2):
            if not re.match(r"^(C\d{10}|IG\d{11})$", m.group(1)):
                bad.append((i + 1, m.group(1)))
    report("SSM registration numbers (12-digit YYYYTTNNNNNN) and LHDN TINs well-formed", not bad and nreg > 0,
           f"{nreg} registration numbers" + (f"; bad {bad[:3]}" if bad else ""))
    bad = []
    for i, r in enumerate(S):
        a = r["contact"]["address"]
        if a and a.get("city") and norm_city(a["city"]) not in KNOWN_CITIES:
            bad.append((i + 1, a["city"]))
    report("every town is one of the business's real towns (however written)", not bad, str(bad[:4]))

    # ---- determinism
    try:
        digests = []
        with tempfile.TemporaryDirectory() as d1, tempfile.TemporaryDirectory() as d2:
            for d, seed in ((d1, "1"), (d2, "987654")):
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", d], env=env, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                digests.append((sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl"))))
        here = (sha(sp), sha(mp))
        ok = digests[0] == digests[1] == here
        report("determinism: two runs (PYTHONHASHSEED 1 / 987654) byte-identical to set.jsonl & meta.jsonl", ok,
               f"set.jsonl sha256 {here[0]}")
    except Exception as ex:  # noqa
        report("determinism", False, str(ex))

    if all(RESULTS):
        print("ALL CHECKS PASSED")
        return 0
    print(f"SOME CHECKS FAILED ({RESULTS.count(False)} of {len(RESULTS)})")
    return 1


if __name__ == "__main__":
    sys.exit(main())
