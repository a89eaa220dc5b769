#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py -- independent validator of the `us-dental-lab` set.

Does not import gen.py.  Re-derives every label that can be computed from the records
(evidence, shared, change fields, findability by name in the town) with its own copy of the
normalisation rules, checks formats, counts and label consistency, and runs gen.py twice in
temporary folders with different PYTHONHASHSEED values to confirm byte-identical output.
Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) when everything holds.
"""

import sys
import os
import re
import json
import hashlib
import subprocess
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# ========================================================================================
# SHARED DEFINITIONS (copied verbatim into check.py; check.py never imports gen.py)
# ========================================================================================
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
STATE_CODES = {"OHIO": "OH", "MICHIGAN": "MI", "INDIANA": "IN", "KENTUCKY": "KY", "WEST VIRGINIA": "WV",
               "TEXAS": "TX", "OH": "OH", "MI": "MI", "IN": "IN", "KY": "KY", "WV": "WV", "TX": "TX"}
ABBR_L1 = {"STREET": "ST", "AVENUE": "AVE", "AV": "AVE", "ROAD": "RD", "DRIVE": "DR", "BOULEVARD": "BLVD",
           "PARKWAY": "PKWY", "LANE": "LN", "COURT": "CT", "PLACE": "PL", "HIGHWAY": "HWY", "CIRCLE": "CIR",
           "TRAIL": "TRL", "TERRACE": "TER", "EXPRESSWAY": "EXPY", "SQUARE": "SQ", "NORTH": "N", "SOUTH": "S",
           "EAST": "E", "WEST": "W", "NORTHEAST": "NE", "NORTHWEST": "NW", "SOUTHEAST": "SE", "SOUTHWEST": "SW"}
UNIT_WORDS = {"SUITE", "STE", "UNIT", "APT", "BLDG", "BUILDING", "FL", "FLOOR", "RM", "ROOM", "#", "LOT", "DEPT"}
NAME_STOP = {"dr", "doctor", "dds", "dmd", "ms", "msd", "md", "phd", "pc", "pllc", "psc", "llc", "inc",
             "incorporated", "ltd", "co", "corp", "company", "the", "of", "and", "jr", "sr", "ii", "iii", "lpa",
             "pa", "fagd", "magd", "mr", "mrs", "miss"}
FREE_MAIL_DOMAINS = {"gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com",
                     "sbcglobal.net", "att.net", "wowway.com", "columbus.rr.com", "fuse.net", "roadrunner.com",
                     "comcast.net", "charter.net", "frontier.com", "indy.rr.com", "bellsouth.net", "windstream.net",
                     "twc.com", "insightbb.com", "suddenlink.net", "citynet.net"}
FIND_MIN = 0.5
FIND_MARGIN = 0.1
CHANGE_FIELDS = FIELDS + ["address"] + ["address." + k for k in ADDR_KEYS]
CHANGE_WHATS = [
    # format-level
    "case", "format", "punctuation", "accent_stripped", "mojibake", "abbreviation", "truncated", "last_first",
    "reordered", "swapped", "title", "degree", "legal_form", "suffix", "typo", "initial", "nickname",
    "extension", "zip4", "unit_merged", "rewritten",
    # presence
    "missing", "added",
    # source habits / wrong-field use
    "dentist_for_practice", "practice_name", "trade_name", "wrong_field", "cardholder", "orderer", "dso_format",
    "alias",
    # real-world changes of the same customer
    "contact_changed", "renamed", "married", "family_member", "associate", "new", "other_staff", "digit_off",
    "other_office", "moved", "po_box", "house_number", "changed",
    # what makes a hard negative another customer
    "new_owner", "other_practice", "other_person", "other_suite", "patient", "dso_brand", "other_station",
    "other_body",
]


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def norm_email(e):
    return e.strip().lower() if e else ""


def norm_phone(p):
    if not p:
        return ""
    s = re.split(r"(?:x|ext)", p.lower())[0]
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else ""


def norm_line1(s):
    if not s:
        return ""
    s = fold(s).upper().replace("#", " # ")
    s = re.sub(r"[.,']", " ", s)
    s = re.sub(r"[^A-Z0-9# ]+", " ", s)
    toks = s.split()
    j = " ".join(toks)
    m = re.match(r"^(?:P ?O ?|POST OFFICE )?BOX (\w+)", j)
    if m:
        return "POBOX " + m.group(1)
    out = []
    for t in toks:
        if t in UNIT_WORDS:
            break
        out.append(ABBR_L1.get(t, t))
    return " ".join(out)


def norm_city(c):
    return re.sub(r"[^a-z0-9]+", " ", fold(c).lower()).strip() if c else ""


def zip5(z):
    if not z:
        return ""
    d = re.sub(r"\D", "", z)
    return d[:5] if len(d) >= 5 else ""


def addr_shared(a, b):
    if not a or not b:
        return False
    la, lb = norm_line1(a.get("line1")), norm_line1(b.get("line1"))
    if not la or la != lb:
        return False
    za, zb = zip5(a.get("postalCode")), zip5(b.get("postalCode"))
    if za and zb and za == zb:
        return True
    ca, cb = norm_city(a.get("city")), norm_city(b.get("city"))
    return bool(ca and cb and ca == cb)


def evidence_of(x, y):
    ev = []
    if norm_email(x.get("email")) and norm_email(x.get("email")) == norm_email(y.get("email")):
        ev.append("email")
    if norm_phone(x.get("phone")) and norm_phone(x.get("phone")) == norm_phone(y.get("phone")):
        ev.append("phone")
    if addr_shared(x.get("address"), y.get("address")):
        ev.append("address")
    return ev


def strip_paren(s):
    return re.sub(r"\s*\([^()]*\)\s*$", "", s or "")


def name_tokens(s):
    if not s:
        return []
    s = fold(s).lower().replace("'", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return [t for t in s.split() if t not in NAME_STOP]


def name_variants(c):
    out = []
    gf = " ".join(x for x in (c.get("givenName"), c.get("familyName")) if x)
    for s in (strip_paren(c.get("displayName")), c.get("companyName"), gf):
        t = name_tokens(s)
        if t and t not in out:
            out.append(t)
    return out


def _lev1(a, b):
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
        return False
    if la > lb:
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


def tok_match(x, y):
    if x == y:
        return 1.0
    if len(x) == 1 or len(y) == 1:
        return 0.5 if x[0] == y[0] else 0.0
    if len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x)):
        return 0.8
    if len(x) >= 4 and len(y) >= 4 and _lev1(x, y):
        return 0.8
    return 0.0


def _trigrams(toks):
    g = set()
    for t in toks:
        p = "#" + t + "#"
        for i in range(len(p) - 2):
            g.add(p[i:i + 3])
    return g


def tok_sim(a, b):
    if not a or not b:
        return 0.0
    s1 = sum(max(tok_match(x, y) for y in b) for x in a)
    s2 = sum(max(tok_match(y, x) for x in a) for y in b)
    ov = (s1 + s2) / (len(a) + len(b))
    ga, gb = _trigrams(a), _trigrams(b)
    dice = 2.0 * len(ga & gb) / (len(ga) + len(gb)) if (ga or gb) else 0.0
    return 0.6 * ov + 0.4 * dice


def rec_sim(x, y):
    best = 0.0
    for a in name_variants(x):
        for b in name_variants(y):
            s = tok_sim(a, b)
            if s > best:
                best = s
    return best


def town_of(c):
    a = c.get("address")
    return norm_city(a.get("city")) if a and a.get("city") else ""


def find_by_name(rec, target, cands):
    """cands: list of (entity, contact). True when `target` is the clear best name match."""
    bt = 0.0
    bo = 0.0
    for ent, c in cands:
        s = rec_sim(rec, c)
        if ent == target:
            bt = max(bt, s)
        else:
            bo = max(bo, s)
    return bt >= FIND_MIN and bt - bo >= FIND_MARGIN


def firm_stem(c):
    t = name_tokens(c.get("companyName"))
    return t[0] if t and len(t[0]) >= 3 else ""


def shared_of(x, y):
    sh = []
    nx = [name_tokens(strip_paren(x.get("displayName"))), name_tokens(x.get("companyName"))]
    ny = [name_tokens(strip_paren(y.get("displayName"))), name_tokens(y.get("companyName"))]
    if any(a and sorted(a) == sorted(b) for a in nx for b in ny):
        sh.append("name")
    px = name_tokens(" ".join(v for v in (x.get("givenName"), x.get("familyName")) if v))
    py = name_tokens(" ".join(v for v in (y.get("givenName"), y.get("familyName")) if v))
    if x.get("givenName") and x.get("familyName") and px and sorted(px) == sorted(py):
        sh.append("person")
    fx, fy = name_tokens(x.get("familyName")), name_tokens(y.get("familyName"))
    if fx and fx == fy:
        sh.append("surname")
    sh.extend(evidence_of(x, y))
    ex, ey = norm_email(x.get("email")), norm_email(y.get("email"))
    if ex and ey and "@" in ex and "@" in ey:
        dx, dy = ex.split("@", 1)[1], ey.split("@", 1)[1]
        if dx == dy and dx not in FREE_MAIL_DOMAINS:
            sh.append("email_domain")
    if town_of(x) and town_of(x) == town_of(y):
        sh.append("city")
    if firm_stem(x) and firm_stem(x) == firm_stem(y):
        sh.append("firm_stem")
    return sh


def diff_fields(old, new):
    out = []
    for f in FIELDS:
        if old.get(f) != new.get(f):
            out.append(f)
    ao, an = old.get("address"), new.get("address")
    if (ao is None) != (an is None):
        out.append("address")
    elif ao is not None:
        for k in ADDR_KEYS:
            if ao.get(k) != an.get(k):
                out.append("address." + k)
    return out
# ======================================================================================== END SHARED


# ----------------------------------------------------------------------------------------
RESULTS = []


def report(ok, msg):
    RESULTS.append(ok)
    print(("PASS  " if ok else "FAIL  ") + msg)


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
HN_MIN_TYPES, HN_MAX_TYPES = 12, 16
SOURCES = {"case_mgmt", "portal", "courier", "legacy", "card_payer"}
PROFILES = {"light", "medium", "harsh"}


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
    return out


def main():
    set_path = os.path.join(HERE, "set.jsonl")
    meta_path = os.path.join(HERE, "meta.jsonl")
    S = load(set_path)
    M = load(meta_path)

    # ---------------- format -------------------------------------------------------------
    report(len(S) == 3000, "set.jsonl has 3,000 lines (%d)" % len(S))
    report(len(M) == len(S), "meta.jsonl has one line per set line (%d)" % len(M))
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            bad.append((i, "keys"))
            continue
        if not re.match(r"^c[0-9a-f]{7}$", r["entity"]):
            bad.append((i, "entity"))
        c = r["contact"]
        if list(c.keys()) != CONTACT_KEYS:
            bad.append((i, "contact keys"))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip()):
                bad.append((i, k))
        if not c["displayName"]:
            bad.append((i, "displayName null"))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                bad.append((i, "address keys"))
                continue
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    bad.append((i, "address." + k))
            if all(a[k] is None for k in ADDR_KEYS):
                bad.append((i, "empty address"))
    report(not bad, "record format: keys, entity ids, non-empty strings or null %s" % (bad[:5] if bad else ""))
    sets = [r["set"] for r in S]
    report(sets[:1500] == ["existing"] * 1500 and sets[1500:] == ["incoming"] * 1500,
           "lines 1-1500 existing, 1501-3000 incoming")
    al = all(M[i]["set"] == S[i]["set"] and M[i]["entity"] == S[i]["entity"] and
             M[i]["index"] == (i if i < 1500 else i - 1500) for i in range(len(S)))
    report(al, "meta aligned with set (set, index, entity)")

    E = S[:1500]
    I = S[1500:]
    EM = M[:1500]
    IM = M[1500:]

    # ---------------- existing -----------------------------------------------------------
    keys = [r["contact"]["displayName"].casefold() for r in E]
    report(keys == sorted(keys), "existing sorted by displayName case-folded")
    report(len(set(keys)) == len(keys), "existing displayName unique case-insensitively")
    ids = [r["entity"] for r in E]
    report(len(set(ids)) == len(ids), "one existing record per customer")
    report(all(r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"] for r in E),
           "every existing record has e-mail, phone or address")
    report(all(r["contact"]["address"] is None or re.match(r"^[A-Z]{2}$", r["contact"]["address"]["country"] or "")
               for r in E), "existing country written as ISO code")
    dis = [r["contact"]["displayName"] for r in E if re.search(r" \((\d+|[A-Z][A-Za-z .]+)\)$", r["contact"]["displayName"])]
    report(len(dis) >= 10, "repeated names carry QuickBooks disambiguation '(City)' / '(2)': %d" % len(dis))
    report(all(m["category"] == "existing" and m["changes"] == [] for m in EM), "existing meta category/changes")
    eidx = {r["entity"]: i for i, r in enumerate(E)}
    party = {}
    for m in M:
        if m["entity"] in party and party[m["entity"]] != m["party"]:
            report(False, "party consistent for %s" % m["entity"])
        party[m["entity"]] = m["party"]
    orgs_ok = all(r["contact"]["companyName"] for r, m in zip(S, M) if m["party"] == "org")
    report(orgs_ok, "organisations always have companyName")
    report(all(r["contact"]["companyName"] is None for r, m in zip(E, EM) if m["party"] == "person"),
           "existing persons have companyName null")
    pers_co = [i for i, (r, m) in enumerate(zip(I, IM)) if m["party"] == "person" and r["contact"]["companyName"]
               and m["category"] == "match" and not any(ch.startswith("companyName:") for ch in m["changes"])]
    report(not pers_co, "incoming persons with companyName are labelled (wrong-field use) %s" % pers_co[:5])

    # ---------------- incoming categories ------------------------------------------------
    cats = {}
    for m in IM:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    report(set(cats) <= {"match", "new", "hard_negative"}, "incoming categories %s" % cats)
    nm, nn, nh = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    report(nh == 150, "exactly 150 hard negatives (%d)" % nh)
    report(0.50 * 1500 <= nm <= 0.60 * 1500, "about 55%% matches (%d = %.1f%%)" % (nm, 100.0 * nm / 1500))
    report(0.30 * 1500 <= nn <= 0.40 * 1500, "about 35%% new (%d = %.1f%%)" % (nn, 100.0 * nn / 1500))
    src = set(m.get("source") for m in IM)
    report(src <= SOURCES and 3 <= len(src) <= 5, "3-5 upstream sources: %s" % sorted(src))
    first100 = set(m["category"] for m in IM[:100])
    report(len(first100) == 3, "incoming is shuffled (all categories among the first 100)")

    # matches
    mbad = []
    mult = {}
    for i, (r, m) in enumerate(zip(I, IM)):
        if m["category"] != "match":
            continue
        e = r["entity"]
        mult[e] = mult.get(e, 0) + 1
        if e not in eidx or m.get("compare_set") != "existing" or m.get("compare_index") != eidx[e]:
            mbad.append(i)
        if m.get("profile") not in PROFILES:
            mbad.append(i)
    report(not mbad, "matches point to their existing customer, profiles valid %s" % mbad[:5])
    report(any(v >= 3 for v in mult.values()), "some existing customers matched several times (max %d)" %
           (max(mult.values()) if mult else 0))
    report(set(m.get("profile") for m in IM if m["category"] == "match") == PROFILES, "light/medium/harsh present")

    # new
    nbad = []
    seen_first = {}
    occs = {}
    for i, (r, m) in enumerate(zip(I, IM)):
        if m["category"] != "new":
            continue
        e = r["entity"]
        if e in eidx:
            nbad.append((i, "existing id"))
        occs.setdefault(e, []).append(m.get("occurrence"))
        if m.get("occurrence") == 1:
            if e in seen_first:
                nbad.append((i, "two firsts"))
            seen_first[e] = i
            if m["changes"] != []:
                nbad.append((i, "first changes"))
        else:
            if e not in seen_first:
                nbad.append((i, "repeat before first"))
            elif m.get("compare_set") != "incoming" or m.get("compare_index") != seen_first[e]:
                nbad.append((i, "compare"))
            if m.get("profile") not in PROFILES:
                nbad.append((i, "profile"))
    for e, oc in occs.items():
        if oc != list(range(1, len(oc) + 1)):
            nbad.append((e, "occurrence numbering"))
    report(not nbad, "new customers: unseen ids, first occurrence precedes repeats, repeats compare to it %s" % nbad[:5])
    reps = [len(v) for v in occs.values()]
    report(any(x >= 2 for x in reps) and max(reps) <= 3,
           "some new customers repeated two or three times (%d repeated, max %d)" %
           (sum(1 for x in reps if x > 1), max(reps)))

    # hard negatives
    hbad = []
    types = {}
    hn_ids = []
    for i, (r, m) in enumerate(zip(I, IM)):
        if m["category"] != "hard_negative":
            continue
        hn_ids.append(r["entity"])
        types[m.get("hn_type")] = types.get(m.get("hn_type"), 0) + 1
        if r["entity"] in eidx or m.get("anchor") not in eidx or m.get("anchor_index") != eidx.get(m.get("anchor")):
            hbad.append((i, "anchor"))
        if not m.get("rule"):
            hbad.append((i, "rule"))
    other_ids = set(r["entity"] for r, m in zip(I, IM) if m["category"] != "hard_negative")
    report(len(set(hn_ids)) == len(hn_ids) and not (set(hn_ids) & other_ids),
           "each hard negative is a customer of its own (unseen id)")
    report(not hbad, "hard negatives point to an existing anchor, carry a rule %s" % hbad[:5])
    report(HN_MIN_TYPES <= len(types) <= HN_MAX_TYPES, "%d hard-negative types (12-16): %s" %
           (len(types), ", ".join("%s=%d" % (k, types[k]) for k in sorted(types))))

    # ---------------- recomputed labels ----------------------------------------------------
    ev_bad, sh_bad, ch_bad, voc_bad, find_bad = [], [], [], [], []
    exist_by_town = {}
    for r in E:
        t = town_of(r["contact"])
        if t:
            exist_by_town.setdefault(t, []).append((r["entity"], r["contact"]))
    pool_inc = {}
    n_nc = 0
    for i, (r, m) in enumerate(zip(I, IM)):
        c = r["contact"]
        cat = m["category"]
        if cat == "hard_negative" or (cat == "new" and m.get("occurrence") == 1):
            if cat == "hard_negative":
                a = E[m["anchor_index"]]["contact"]
                if shared_of(c, a) != m.get("shared") or not m.get("shared"):
                    sh_bad.append(i)
                ref = a
            else:
                ref = None
            t = town_of(c)
            if t:
                pool_inc.setdefault(t, []).append((r["entity"], c))
        else:
            ref = E[m["compare_index"]]["contact"] if cat == "match" else I[m["compare_index"]]["contact"]
            ev = evidence_of(c, ref)
            if ev != m.get("evidence") or m.get("findable") != ("identifier" if ev else "name+city"):
                ev_bad.append(i)
            if not ev:
                n_nc += 1
                t = town_of(c)
                cands = list(exist_by_town.get(t, [])) + list(pool_inc.get(t, []))
                if not t or t != town_of(ref) or not find_by_name(c, r["entity"], cands):
                    find_bad.append(i)
        if ref is not None:
            fields = set(ch.split(":", 1)[0] for ch in m["changes"])
            if fields != set(diff_fields(ref, c)):
                ch_bad.append(i)
        for ch in m["changes"]:
            f, _, w = ch.partition(":")
            if f not in CHANGE_FIELDS or w not in CHANGE_WHATS:
                voc_bad.append((i, ch))
    report(not ev_bad, "evidence (e-mail / phone / address however written) recomputed from records %s" % ev_bad[:5])
    report(not sh_bad, "hard-negative 'shared' recomputed from records, never empty %s" % sh_bad[:5])
    report(not ch_bad, "change lists name exactly the fields that differ from the compared record %s" % ch_bad[:5])
    report(not voc_bad, "change vocabulary 'field:what' valid %s" % voc_bad[:5])
    report(n_nc >= 100, "matches/repeats sharing no identifier with their customer: %d (>= 100)" % n_nc)
    report(not find_bad, "each of them is the clear best name match in its town %s" % find_bad[:5])

    # ---------------- determinism -------------------------------------------------------------
    digs = []
    ok = True
    for seed in ("0", "12345"):
        d = tempfile.mkdtemp(prefix="usdl_")
        env = dict(os.environ)
        env["PYTHONHASHSEED"] = seed
        p = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", d], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            ok = False
            print(p.stderr.decode("utf-8", "replace")[-2000:])
            break
        digs.append((sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl"))))
        for fn in ("set.jsonl", "meta.jsonl"):
            os.remove(os.path.join(d, fn))
        os.rmdir(d)
    here = (sha(set_path), sha(meta_path))
    report(ok and len(digs) == 2 and digs[0] == digs[1] == here,
           "gen.py output byte-identical across runs and PYTHONHASHSEED (set.jsonl sha256 %s)" % here[0])

    if all(RESULTS):
        print("ALL CHECKS PASSED")
        return 0
    print("SOME CHECKS FAILED (%d)" % sum(1 for x in RESULTS if not x))
    return 1


if __name__ == "__main__":
    sys.exit(main())
