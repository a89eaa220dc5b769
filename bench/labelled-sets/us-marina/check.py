#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py -- independent validator for the us-marina record-linkage set.

Does not import gen.py.  Re-derives every claim in meta.jsonl from set.jsonl:
format and limits, counts, label consistency, changes lists, evidence and
findability of matches / repeats, what hard negatives share with their anchor,
and determinism (gen.py run twice under different PYTHONHASHSEED).

    python3 check.py [--dir DIR] [--no-determinism]
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))

CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "givenName": 100, "familyName": 100, "companyName": 100, "email": 100, "phone": 30}
ADDR_LIMITS = {"line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}
CATEGORIES = ["existing", "match", "new", "hard_negative"]
SOURCES = {"marina_mgmt", "fuel_pos", "yard_workorder", "web_reservation", "broker_referral"}
PROFILES = {"light", "medium", "harsh"}
EVIDENCE = ["email", "phone", "address"]
SHARED_VOCAB = ["name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"]
STRONG = {"name", "familyName", "email", "phone", "address", "company_stem"}
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"] + \
    ["address." + k for k in ADDR_KEYS]

# free-mail / ISP domains as US and Canadian boat owners use them: sharing one is no evidence
FREEMAIL = {
    "gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net", "verizon.net", "hotmail.com", "outlook.com",
    "msn.com", "me.com", "att.net", "cox.net", "roadrunner.com", "sbcglobal.net", "wowway.com", "optonline.net",
    "bellsouth.net", "ec.rr.com", "embarqmail.com", "nc.rr.com", "rogers.com", "sympatico.ca", "bell.net",
    "cogeco.ca", "videotron.ca", "yahoo.ca",
}
STOPWORDS = {"llc", "inc", "incorporated", "co", "corp", "corporation", "company", "ltd", "lp", "pllc", "the",
             "and", "of", "mr", "mrs", "ms", "dr", "capt", "jr", "sr", "ii", "iii", "iv", "sv", "mv", "my", "fv",
             "cdr", "col", "rev", "hon"}
GENERATIONAL = {"jr", "sr", "ii", "iii", "iv"}

results = []


def report(ok, name, detail=""):
    results.append((ok, name))
    line = "%s  %s" % ("PASS" if ok else "FAIL", name)
    if detail and not ok:
        line += "\n      " + detail
    print(line)


# ----------------------------------------------------------------- normalisers (independent of gen.py)

def deaccent(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def alnum(s):
    return re.sub(r"[^a-z0-9]", "", deaccent(s).casefold()) if s else ""


def em(c):
    v = c.get("email")
    return v.strip().lower() if v else None


def dom(c):
    e = em(c)
    return e.rsplit("@", 1)[1] if e and "@" in e else None


def ph(c):
    v = c.get("phone")
    if not v:
        return None
    d = "".join(ch for ch in v if ch.isdigit())
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else None


def city(c):
    a = c.get("address")
    if not a or not a.get("city"):
        return None
    s = deaccent(a["city"]).casefold()
    s = re.sub(r"\bsaint\b", "st", s)
    s = re.sub(r"[^a-z0-9]", "", s)
    return s or None


def postcode(v):
    if not v:
        return None
    s = re.sub(r"[^A-Za-z0-9]", "", v).upper()
    if len(s) >= 5 and s[:5].isdigit():
        return s[:5]
    return s or None


def houseno(line):
    if not line:
        return None
    s = deaccent(line).lower().strip()
    box = re.match(r"^(?:p\.?\s*o\.?\s*box|pob|post office box|box)\s*#?\s*(\d+)", s)
    if box:
        return "box" + box.group(1)
    s = re.sub(r"^\d+[a-z]?\s*-\s*(?=\d)", "", s)   # Canadian "1204-88 Lakeshore Rd"
    m = re.search(r"\d+", s)
    return m.group(0) if m else None


def same_address(x, y):
    a, b = x.get("address"), y.get("address")
    if not a or not b:
        return False
    h1, h2 = houseno(a.get("line1")), houseno(b.get("line1"))
    if h1 is None or h1 != h2:
        return False
    p1, p2 = postcode(a.get("postalCode")), postcode(b.get("postalCode"))
    if p1 is not None and p1 == p2:
        return True
    c1, c2 = city(x), city(y)
    return c1 is not None and c1 == c2


def evidence_of(x, y):
    out = []
    if em(x) is not None and em(x) == em(y):
        out.append("email")
    if ph(x) is not None and ph(x) == ph(y):
        out.append("phone")
    if same_address(x, y):
        out.append("address")
    return out


def tokens(c):
    out = set()
    for f in ("displayName", "givenName", "familyName", "companyName"):
        v = c.get(f)
        if v:
            for t in re.split(r"[^a-z0-9]+", deaccent(v).casefold()):
                if len(t) > 1 and t not in STOPWORDS:
                    out.add(t)
    return out


def jaccard(a, b):
    if not a and not b:
        return Fraction(0)
    return Fraction(len(a & b), len(a | b))


def first_given(c):
    g = c.get("givenName")
    if not g or not g.split():
        return None
    return alnum(g.split()[0]) or None


def family(c):
    f = c.get("familyName")
    if not f:
        return None
    parts = [alnum(p) for p in f.split()]
    return "".join(p for p in parts if p and p not in GENERATIONAL) or None


def company(c):
    v = c.get("companyName")
    if not v:
        return None
    t = [x for x in re.split(r"[^a-z0-9]+", deaccent(v).casefold()) if x and x not in STOPWORDS]
    return " ".join(t) or None


def shared_of(x, y):
    out = set()
    g1, g2, f1, f2 = first_given(x), first_given(y), family(x), family(y)
    if (g1 and f1 and g1 == g2 and f1 == f2) or (company(x) and company(x) == company(y)):
        out.add("name")
    if f1 and f1 == f2:
        out.add("familyName")
    if em(x) and em(x) == em(y):
        out.add("email")
    if dom(x) and dom(x) == dom(y) and dom(x) not in FREEMAIL:
        out.add("email_domain")
    if ph(x) and ph(x) == ph(y):
        out.add("phone")
    if same_address(x, y):
        out.add("address")
    if city(x) and city(x) == city(y):
        out.add("city")
    return out


def has_stem(stem, c):
    k = alnum(stem)
    return bool(k) and any(c.get(f) and k in alnum(c[f]) for f in ("companyName", "displayName"))


def differing(a, b):
    out = []
    for f in ["displayName", "givenName", "familyName", "companyName", "email", "phone"]:
        if a.get(f) != b.get(f):
            out.append(f)
    x, y = a.get("address"), b.get("address")
    if (x is None) != (y is None):
        out.append("address")
    elif x is not None:
        for k in ADDR_KEYS:
            if x.get(k) != y.get(k):
                out.append("address." + k)
    return out


# ----------------------------------------------------------------- checks

def load(d):
    with open(os.path.join(d, "set.jsonl"), encoding="utf-8") as f:
        S = [json.loads(l) for l in f]
    with open(os.path.join(d, "meta.jsonl"), encoding="utf-8") as f:
        M = [json.loads(l) for l in f]
    return S, M


def check_format(S, M):
    errs = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            errs.append("line %d keys %s" % (i + 1, list(r.keys())))
            continue
        if r["set"] not in ("existing", "incoming"):
            errs.append("line %d set" % (i + 1))
        if not isinstance(r["entity"], str) or not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            errs.append("line %d entity %r" % (i + 1, r["entity"]))
        c = r["contact"]
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            errs.append("line %d contact keys" % (i + 1))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[k]):
                errs.append("line %d %s=%r" % (i + 1, k, v))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                errs.append("line %d address keys" % (i + 1))
                continue
            if all(a[k] is None for k in ADDR_KEYS):
                errs.append("line %d empty address object" % (i + 1))
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > ADDR_LIMITS[k]):
                    errs.append("line %d address.%s=%r" % (i + 1, k, v))
    report(not errs, "set.jsonl format, field types and length limits", "; ".join(errs[:5]))
    errs = []
    if len(M) != len(S):
        errs.append("meta has %d lines, set has %d" % (len(M), len(S)))
    for i, (r, m) in enumerate(zip(S, M)):
        if m.get("set") != r["set"] or m.get("entity") != r["entity"]:
            errs.append("line %d set/entity differ" % (i + 1))
    report(not errs, "meta.jsonl aligned with set.jsonl (same order, set, entity)", "; ".join(errs[:5]))


def check_counts(S, M):
    ex = [i for i, r in enumerate(S) if r["set"] == "existing"]
    inc = [i for i, r in enumerate(S) if r["set"] == "incoming"]
    ok = len(S) == 3000 and ex == list(range(1500)) and inc == list(range(1500, 3000))
    report(ok, "3000 lines: 1-1500 existing, 1501-3000 incoming", "existing=%d incoming=%d" % (len(ex), len(inc)))
    ok = all(M[i]["index"] == i for i in ex) and all(M[i]["index"] == i - 1500 for i in inc)
    report(ok, "meta index is 0-based within its set")
    cats = Counter(M[i]["category"] for i in inc)
    report(all(M[i]["category"] == "existing" for i in ex), "existing lines have category existing")
    n_match, n_new, n_hn = cats["match"], cats["new"], cats["hard_negative"]
    ok = 0.50 * 1500 <= n_match <= 0.60 * 1500 and 0.30 * 1500 <= n_new <= 0.40 * 1500 and n_hn == 150 \
        and n_match + n_new + n_hn == 1500
    report(ok, "incoming mix ~55%% match / ~35%% new / 150 hard negatives (%d/%d/%d)" % (n_match, n_new, n_hn))
    me = Counter(S[i]["entity"] for i in inc if M[i]["category"] == "match")
    ne = Counter(S[i]["entity"] for i in inc if M[i]["category"] == "new")
    ok = 650 <= len(me) <= 750 and max(me.values()) <= 3 and 350 <= len(ne) <= 450 and max(ne.values()) <= 3 \
        and any(v > 1 for v in me.values()) and any(v > 1 for v in ne.values())
    report(ok, "~700 matched existing customers (%d, up to %dx) and ~400 new customers (%d, up to %dx)"
           % (len(me), max(me.values()), len(ne), max(ne.values())))
    types = Counter(M[i].get("hn_type") for i in inc if M[i]["category"] == "hard_negative")
    report(len(types) >= 10, "hard negatives of >= 10 types (%d types)" % len(types), str(types))


def check_existing(S, M):
    ex = S[:1500]
    keys = [r["contact"]["displayName"].casefold() for r in ex]
    report(keys == sorted(keys), "existing sorted by displayName.casefold()")
    report(len(set(keys)) == len(keys), "existing displayName unique case-insensitively")
    ents = [r["entity"] for r in ex]
    report(len(set(ents)) == len(ents), "one existing record per customer (entity unique)")
    bad = [i for i, r in enumerate(ex) if not (r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"])]
    report(not bad, "every existing record has e-mail, phone or address", str(bad[:5]))
    dis = [r["contact"]["displayName"] for r in ex if re.search(r" \((\d+|[A-Z][^)]*)\)$", r["contact"]["displayName"])]
    report(len(dis) >= 5, "accounting-style disambiguation present ('Name (2)' / 'Name (City)'): %d" % len(dis))
    bad = [i for i, r in enumerate(ex) if M[i]["changes"] != []]
    report(not bad, "existing records have changes []")


def check_parties(S, M):
    errs = []
    kinds = defaultdict(set)
    parties = defaultdict(set)
    for r, m in zip(S, M):
        if m.get("party") not in ("org", "person"):
            errs.append("bad party %r" % m.get("party"))
            continue
        kinds[r["entity"]].add(m.get("kind"))
        parties[r["entity"]].add(m["party"])
        c = r["contact"]
        if m["party"] == "org" and not c["companyName"]:
            errs.append("org without companyName: %s" % c["displayName"])
        if m["party"] == "person" and c["companyName"] and \
                not any(x.startswith("companyName:") for x in m.get("changes", [])):
            errs.append("person with unlabelled companyName: %s" % c["displayName"])
    for e in kinds:
        if len(kinds[e]) != 1 or len(parties[e]) != 1:
            errs.append("entity %s has kinds %s parties %s" % (e, kinds[e], parties[e]))
    report(not errs, "organisations carry companyName; persons only when labelled; kind/party stable per entity",
           "; ".join(errs[:5]))
    ratio = sum(1 for m in M[:1500] if m["party"] == "person") / 1500.0
    report(0.62 <= ratio <= 0.78, "existing customers about 70%% persons (%.1f%%)" % (100 * ratio))


def check_labels(S, M):
    errs = []
    ex_ent = {S[i]["entity"]: i for i in range(1500)}
    inc = list(range(1500, 3000))
    seen_new = {}
    hn_ents = Counter(S[i]["entity"] for i in inc if M[i]["category"] == "hard_negative")
    inc_ents = Counter(S[i]["entity"] for i in inc)
    for i in inc:
        m, r = M[i], S[i]
        cat = m["category"]
        if m.get("source") not in SOURCES:
            errs.append("line %d source %r" % (i + 1, m.get("source")))
        if not isinstance(m.get("changes"), list):
            errs.append("line %d changes missing" % (i + 1))
        if cat == "match":
            need = ["profile", "evidence", "findable", "compare_set", "compare_index"]
            if any(k not in m for k in need):
                errs.append("line %d match lacks keys" % (i + 1))
                continue
            if r["entity"] not in ex_ent or m["compare_set"] != "existing" or \
                    m["compare_index"] != ex_ent[r["entity"]]:
                errs.append("line %d match does not point at its existing record" % (i + 1))
            if m["profile"] not in PROFILES:
                errs.append("line %d profile" % (i + 1))
        elif cat == "new":
            if r["entity"] in ex_ent:
                errs.append("line %d new customer already exists" % (i + 1))
            occ = m.get("occurrence")
            prev = seen_new.get(r["entity"], [])
            if occ != len(prev) + 1:
                errs.append("line %d occurrence %r out of order" % (i + 1, occ))
            if occ == 1:
                if m["changes"] != []:
                    errs.append("line %d first occurrence has changes" % (i + 1))
                if any(k in m for k in ("compare_set", "compare_index", "evidence")):
                    errs.append("line %d first occurrence has compare keys" % (i + 1))
            else:
                need = ["profile", "evidence", "findable", "compare_set", "compare_index"]
                if any(k not in m for k in need):
                    errs.append("line %d repeat lacks keys" % (i + 1))
                    continue
                if m["compare_set"] != "incoming" or not prev or m["compare_index"] != prev[0] - 1500:
                    errs.append("line %d repeat does not point at occurrence 1" % (i + 1))
                if m["profile"] not in PROFILES:
                    errs.append("line %d profile" % (i + 1))
            seen_new.setdefault(r["entity"], []).append(i)
        elif cat == "hard_negative":
            need = ["anchor", "anchor_index", "hn_type", "rule", "shared"]
            if any(k not in m for k in need):
                errs.append("line %d hard negative lacks keys" % (i + 1))
                continue
            if r["entity"] in ex_ent or hn_ents[r["entity"]] != 1 or inc_ents[r["entity"]] != 1:
                errs.append("line %d hard negative entity is not a distinct new customer" % (i + 1))
            if m["anchor"] not in ex_ent or ex_ent[m["anchor"]] != m["anchor_index"]:
                errs.append("line %d anchor mismatch" % (i + 1))
            if not isinstance(m["rule"], str) or len(m["rule"]) < 20:
                errs.append("line %d rule" % (i + 1))
        else:
            errs.append("line %d category %r" % (i + 1, cat))
    report(not errs, "label consistency (matches, new occurrences, hard-negative anchors)", "; ".join(errs[:6]))


def compared(S, M, i):
    m = M[i]
    if m["category"] == "hard_negative":
        return S[m["anchor_index"]]["contact"]
    if m.get("compare_set") == "existing":
        return S[m["compare_index"]]["contact"]
    if m.get("compare_set") == "incoming":
        return S[1500 + m["compare_index"]]["contact"]
    return None


def check_changes(S, M):
    errs = []
    empty = 0
    for i in range(1500, 3000):
        m = M[i]
        cmp_c = compared(S, M, i)
        if cmp_c is None:
            continue
        for ch in m["changes"]:
            if not isinstance(ch, str) or ch.count(":") < 1 or ch.split(":", 1)[0] not in FIELDS or \
                    not ch.split(":", 1)[1]:
                errs.append("line %d bad change %r" % (i + 1, ch))
        claimed = set(ch.split(":", 1)[0] for ch in m["changes"])
        actual = set(differing(cmp_c, S[i]["contact"]))
        if claimed != actual:
            errs.append("line %d changes fields %s != differing %s" % (i + 1, sorted(claimed), sorted(actual)))
        if not m["changes"]:
            empty += 1
    report(not errs, "changes list exactly the fields that differ from the compared record", "; ".join(errs[:5]))
    report(empty == 0, "every compared incoming record differs from its compared record somehow (%d identical)" % empty)


def check_evidence(S, M):
    errs = []
    by_city_ex = defaultdict(list)
    for j in range(1500):
        by_city_ex[city(S[j]["contact"])].append(j)
    by_city_inc = defaultdict(list)
    for j in range(1500, 3000):
        by_city_inc[city(S[j]["contact"])].append(j)
    nc = Counter()
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] not in ("match", "new") or "evidence" not in m:
            continue
        c = S[i]["contact"]
        cmp_c = compared(S, M, i)
        ev = evidence_of(c, cmp_c)
        if sorted(ev) != sorted(m["evidence"]) or any(x not in EVIDENCE for x in m["evidence"]):
            errs.append("line %d evidence %s, recomputed %s" % (i + 1, m["evidence"], ev))
            continue
        nc[m["findable"]] += 1
        if ev:
            if m["findable"] != "identifier":
                errs.append("line %d has evidence but findable=%s" % (i + 1, m["findable"]))
            continue
        if m["findable"] != "name+city":
            errs.append("line %d no shared identifier and findable=%s" % (i + 1, m["findable"]))
            continue
        ck = city(c)
        if ck is None or ck != city(cmp_c):
            errs.append("line %d name+city but cities differ" % (i + 1))
            continue
        t = tokens(c)
        best = jaccard(t, tokens(cmp_c))
        if best < Fraction(3, 10):
            errs.append("line %d name+city but weak name similarity %s" % (i + 1, float(best)))
            continue
        ent = S[i]["entity"]
        if m["compare_set"] == "existing":
            others = [j for j in by_city_ex[ck] if S[j]["entity"] != ent]
        else:
            others = [j for j in by_city_inc[ck] if S[j]["entity"] != ent]
        for j in others:
            if jaccard(t, tokens(S[j]["contact"])) > best - Fraction(3, 20):
                errs.append("line %d name+city not a clear best (rival line %d)" % (i + 1, j + 1))
                break
    report(not errs, "evidence claims recomputed; every match / repeat shares an identifier or is the clear "
                     "name+city best (%s)" % dict(nc), "; ".join(errs[:5]))


def check_shared(S, M):
    errs = []
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] != "hard_negative":
            continue
        c = S[i]["contact"]
        a = S[m["anchor_index"]]["contact"]
        sh = m["shared"]
        if not isinstance(sh, list) or any(x not in SHARED_VOCAB for x in sh) or len(set(sh)) != len(sh):
            errs.append("line %d shared vocabulary %s" % (i + 1, sh))
            continue
        actual = shared_of(c, a)
        claimed = set(x for x in sh if x != "company_stem")
        if claimed != actual:
            errs.append("line %d shared %s, recomputed %s" % (i + 1, sorted(claimed), sorted(actual)))
        if "company_stem" in sh:
            st = m.get("stem")
            if not st or not has_stem(st, c) or not has_stem(st, a):
                errs.append("line %d company_stem %r not in both names" % (i + 1, st))
        elif "stem" in m:
            errs.append("line %d stem without company_stem" % (i + 1))
        if not (set(sh) & STRONG):
            errs.append("line %d shares nothing substantial (%s)" % (i + 1, sh))
        if evidence_of(c, a) and set(evidence_of(c, a)) - set(sh):
            errs.append("line %d unclaimed shared identifier" % (i + 1))
    report(not errs, "hard-negative 'shared' claims recomputed against the anchor", "; ".join(errs[:5]))


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def check_determinism(d):
    gen = os.path.join(d, "gen.py")
    with tempfile.TemporaryDirectory() as t:
        digests = []
        for seed in ("0", "4242"):
            out = os.path.join(t, "run" + seed)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = seed
            p = subprocess.run([sys.executable, gen, "--out", out], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
            if p.returncode != 0:
                report(False, "gen.py runs (PYTHONHASHSEED=%s)" % seed, p.stderr.decode()[-400:])
                return
            digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
        same = digests[0] == digests[1]
        report(same, "deterministic: identical SHA-256 under PYTHONHASHSEED=0 and 4242",
               "%s vs %s" % tuple(digests))
        here = (sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl")))
        report(here == digests[0], "files in folder equal a fresh run of gen.py")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--no-determinism", action="store_true")
    args = ap.parse_args()
    try:
        S, M = load(args.dir)
    except Exception as e:  # noqa
        report(False, "load set.jsonl / meta.jsonl", repr(e))
        S = M = None
    if S is not None:
        check_format(S, M)
        check_counts(S, M)
        check_existing(S, M)
        check_parties(S, M)
        check_labels(S, M)
        check_changes(S, M)
        check_evidence(S, M)
        check_shared(S, M)
    if not args.no_determinism:
        check_determinism(args.dir)
    failed = [n for ok, n in results if not ok]
    if failed:
        print("\n%d CHECK(S) FAILED:" % len(failed))
        for n in failed:
            print("  - " + n)
        sys.exit(1)
    print("\nALL CHECKS PASSED")
    sys.exit(0)


if __name__ == "__main__":
    main()
