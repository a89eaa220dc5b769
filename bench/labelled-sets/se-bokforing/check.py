#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py -- independent validator for the se-bokforing benchmark set.

Does not import gen.py. Re-implements the label definitions from README.txt
(normalisation of e-mail, phone, address, city and names) and checks:
format, counts, label consistency, evidence / shared claims, change lists,
name+city findability and determinism of gen.py.

Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
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
SET_PATH = os.path.join(HERE, "set.jsonl")
META_PATH = os.path.join(HERE, "meta.jsonl")

RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok, detail))
    line = "%s  %s" % ("PASS" if ok else "FAIL", name)
    if detail and not ok:
        line += "  -- " + detail
    print(line)


def first_errors(errs, n=5):
    return "; ".join(errs[:n]) + (" (+%d more)" % (len(errs) - n) if len(errs) > n else "")


# ---------------------------------------------------------------------------
# constants of the format
# ---------------------------------------------------------------------------

CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100,
          "email": 100, "phone": 30}
ADDR_LIMITS = {"line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}
KIND_PARTY = {
    "aktiebolag": "org", "handelsbolag": "org", "kommanditbolag": "org", "enskild_firma": "org",
    "ekonomisk_forening": "org", "bostadsrattsforening": "org", "ideell_forening": "org",
    "stiftelse": "org", "dodsbo": "org", "person_deklaration": "person", "person_k10": "person",
    "person_bouppteckning": "person",
}
SOURCES = {"practice", "portal", "skatteverket", "payroll", "bankgiro"}
PROFILES = {"light", "medium", "harsh"}
CATEGORIES = {"existing", "match", "new", "hard_negative"}
EVIDENCE_ORDER = ["email", "phone", "address"]
SHARED_KINDS = ["name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"]
STRONG = {"name", "familyName", "email", "email_domain", "phone", "address", "company_stem"}
CHANGE_FIELDS = {"displayName", "givenName", "familyName", "companyName", "email", "phone", "address"} | \
    {"address." + k for k in ADDR_KEYS}
VOCAB = {
    "case", "dropped", "added", "format", "typo", "moved", "legal_form", "ascii_fold", "abbrev",
    "contact_changed", "last_first", "new_email", "mojibake", "new_number", "orgnr_leak", "swap",
    "middle_name", "merged", "split", "initial", "co_added", "co_dropped", "digit_off", "box",
    "alias", "locality", "nickname", "translit", "apartment", "qualifier_dropped", "married_name",
    "title_added", "title_dropped", "wrong_field", "truncated", "trading_name", "floor_dropped",
    "hyphen", "letter_dropped", "short_form", "particle", "contact_name",
}
FREEMAIL = {"gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "live.se", "yahoo.se",
            "yahoo.com", "telia.com", "icloud.com", "me.com", "bredband.net", "comhem.se",
            "spray.se", "bahnhof.se", "passagen.se", "msn.com", "outlook.se"}
NAME_CITY_T = 0.70
NAME_CITY_M = 0.10


# ---------------------------------------------------------------------------
# normalisation (re-implemented from the README definitions)
# ---------------------------------------------------------------------------

MOJIBAKE_PAIRS = {"Ã¥": "å", "Ã¤": "ä", "Ã¶": "ö", "Ã…": "Å", "Ã„": "Ä", "Ã–": "Ö",
                  "Ã©": "é", "Ã‰": "É", "Ã¼": "ü", "Ã¨": "è"}
EXTRA_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss",
              "đ": "d", "Đ": "D", "ı": "i"}


def fold(s):
    if s is None:
        return ""
    for bad, good in MOJIBAKE_PAIRS.items():
        s = s.replace(bad, good)
    s = "".join(EXTRA_FOLD.get(ch, ch) for ch in s)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = s.lower()
    for a, b in (("aa", "a"), ("ae", "a"), ("oe", "o")):
        s = s.replace(a, b)
    return s


def n_email(e):
    if not e:
        return None
    return e.strip().lower()


def n_domain(e):
    e = n_email(e)
    if not e or "@" not in e:
        return None
    return e.rsplit("@", 1)[1]


def n_phone(p):
    if not p:
        return None
    s = p.strip()
    digits = "".join(ch for ch in s if ch.isdigit())
    international = False
    if digits.startswith("0046"):
        digits, international = digits[4:], True
    elif s.startswith("+46"):
        digits, international = digits[2:], True
    if international:
        digits = "0" + digits.lstrip("0")
    return digits or None


ALIASES = {"gothenburg": "goteborg", "gbg": "goteborg", "gotheborg": "goteborg",
           "upsala": "uppsala", "umea": "umea"}


def n_city(c):
    if not c:
        return None
    s = re.sub(r"[^a-z ]", "", fold(c)).strip()
    s = re.sub(r"\s+", " ", s)
    if not s:
        return None
    return ALIASES.get(s, s)


def n_postcode(p):
    if not p:
        return None
    d = re.sub(r"[^0-9]", "", p)
    return d[-5:] if len(d) >= 5 else None


def street_stem(raw):
    s = re.sub(r"[^a-z0-9]", "", raw)
    for suffix in ("gatan", "vagen", "gata", "vag", "g", "v"):
        if s.endswith(suffix) and len(s) > len(suffix) + 2:
            return s[:-len(suffix)]
    return s


def address_key(a):
    if not a:
        return None
    segs = []
    for k in ("line1", "line2"):
        if a.get(k):
            segs += a[k].split(",")
    for seg in segs:
        seg = fold(seg).strip()
        if not seg or seg.startswith("c/o") or seg.startswith("lgh"):
            continue
        m = re.match(r"^box\s*(\d+)", seg)
        if m:
            return ("box", m.group(1), "")
        m = re.match(r"^([^\d]+?)\s*(\d+)\s?([a-z])?(?![a-z0-9])", seg)
        if m:
            st = street_stem(m.group(1))
            if st:
                return (st, m.group(2), m.group(3) or "")
    return None


def addresses_equal(a, b):
    if not a or not b:
        return False
    ka = address_key(a)
    if ka is None or ka != address_key(b):
        return False
    pa, pb = n_postcode(a.get("postalCode")), n_postcode(b.get("postalCode"))
    if pa and pb and pa == pb:
        return True
    ca, cb = n_city(a.get("city")), n_city(b.get("city"))
    return bool(ca and cb and ca == cb)


LEGAL = {"ab", "aktiebolag", "aktiebolaget", "publ", "hb", "handelsbolag", "handelsbolaget",
         "kb", "kommanditbolag", "kommanditbolaget", "ek", "for", "ekonomisk", "ekonomiska",
         "forening", "foreningen", "foren", "brf", "bostadsrattsforening",
         "bostadsrattsforeningen", "bostadsrattsforen", "och", "i"}


def tokens(name):
    if not name:
        return []
    s = re.sub(r"\([^)]*\)", " ", name)
    s = re.sub(r"\d{6}-?\d{4}", " ", s)
    s = fold(s)
    s = re.sub(r"\be\s*\.\s*f\s*\.?(?=\s|$)", " ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return [t for t in s.split() if t not in LEGAL]


def ratio(a, b):
    return 1.0 if a == b else SequenceMatcher(None, a, b).ratio()


def similarity(n1, n2):
    A, B = tokens(n1), tokens(n2)
    if not A or not B:
        return 0.0
    left = sum(max(ratio(a, b) for b in B) for a in A)
    right = sum(max(ratio(b, a) for a in A) for b in B)
    return (left + right) / (len(A) + len(B))


def city_of(contact):
    a = contact.get("address")
    return n_city(a.get("city")) if a else None


def evidence(c1, c2):
    out = []
    if n_email(c1.get("email")) and n_email(c1.get("email")) == n_email(c2.get("email")):
        out.append("email")
    if n_phone(c1.get("phone")) and n_phone(c1.get("phone")) == n_phone(c2.get("phone")):
        out.append("phone")
    if addresses_equal(c1.get("address"), c2.get("address")):
        out.append("address")
    return out


def contains_stem(stem, company):
    st, ct = tokens(stem), tokens(company)
    if not st or not ct:
        return False
    return any(ct[i:i + len(st)] == st for i in range(len(ct) - len(st) + 1))


def computed_shared(c1, c2):
    out = []
    t1, t2 = sorted(tokens(c1.get("displayName"))), sorted(tokens(c2.get("displayName")))
    if t1 and t1 == t2:
        out.append("name")
    f1, f2 = c1.get("familyName"), c2.get("familyName")
    if f1 and f2 and fold(f1).strip() == fold(f2).strip():
        out.append("familyName")
    if n_email(c1.get("email")) and n_email(c1.get("email")) == n_email(c2.get("email")):
        out.append("email")
    d1, d2 = n_domain(c1.get("email")), n_domain(c2.get("email"))
    if d1 and d1 == d2 and d1 not in FREEMAIL:
        out.append("email_domain")
    if n_phone(c1.get("phone")) and n_phone(c1.get("phone")) == n_phone(c2.get("phone")):
        out.append("phone")
    if addresses_equal(c1.get("address"), c2.get("address")):
        out.append("address")
    k1, k2 = city_of(c1), city_of(c2)
    if k1 and k1 == k2:
        out.append("city")
    return out


def value_of(contact, field):
    if field.startswith("address."):
        a = contact.get("address")
        return None if a is None else a.get(field.split(".", 1)[1])
    return contact.get(field)


def differing_fields(a, b):
    out = set()
    for k in ["displayName", "givenName", "familyName", "companyName", "email", "phone"]:
        if a.get(k) != b.get(k):
            out.add(k)
    aa, ba = a.get("address"), b.get("address")
    if (aa is None) != (ba is None):
        out.add("address")
    elif aa is not None:
        for k in ADDR_KEYS:
            if aa.get(k) != ba.get(k):
                out.add("address." + k)
    return out


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

def load():
    with open(SET_PATH, encoding="utf-8") as f:
        set_lines = f.read().split("\n")
    with open(META_PATH, encoding="utf-8") as f:
        meta_lines = f.read().split("\n")
    if set_lines and set_lines[-1] == "":
        set_lines.pop()
    if meta_lines and meta_lines[-1] == "":
        meta_lines.pop()
    return set_lines, meta_lines


def main():
    if not (os.path.exists(SET_PATH) and os.path.exists(META_PATH)):
        report("files exist", False, "run python3 gen.py first")
        return finish()
    report("files exist", True)
    set_lines, meta_lines = load()
    report("set.jsonl has 3000 lines", len(set_lines) == 3000, "got %d" % len(set_lines))
    report("meta.jsonl has 3000 lines", len(meta_lines) == 3000, "got %d" % len(meta_lines))
    recs, metas, errs = [], [], []
    for i, (s, m) in enumerate(zip(set_lines, meta_lines)):
        try:
            recs.append(json.loads(s))
            metas.append(json.loads(m))
        except ValueError as e:
            errs.append("line %d: %s" % (i + 1, e))
    report("every line is JSON", not errs, first_errors(errs))
    if errs or len(recs) != 3000:
        return finish()

    # ---- record format --------------------------------------------------------
    errs = []
    for i, r in enumerate(recs):
        if list(r.keys()) != ["set", "entity", "contact"]:
            errs.append("line %d keys %s" % (i + 1, list(r.keys())))
            continue
        if not isinstance(r["entity"], str) or not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            errs.append("line %d entity %r" % (i + 1, r["entity"]))
        c = r["contact"]
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            errs.append("line %d contact keys" % (i + 1))
            continue
        for k, lim in LIMITS.items():
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > lim):
                errs.append("line %d %s=%r" % (i + 1, k, v))
        if not c["displayName"]:
            errs.append("line %d displayName empty" % (i + 1))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                errs.append("line %d address keys" % (i + 1))
                continue
            for k, lim in ADDR_LIMITS.items():
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > lim):
                    errs.append("line %d address.%s=%r" % (i + 1, k, v))
            if all(a[k] is None for k in ADDR_KEYS):
                errs.append("line %d empty address object" % (i + 1))
    report("record schema, non-empty strings or null, length limits", not errs, first_errors(errs))

    sets = [r["set"] for r in recs]
    report("lines 1-1500 existing, 1501-3000 incoming",
           sets[:1500] == ["existing"] * 1500 and sets[1500:] == ["incoming"] * 1500)

    errs = []
    for i, (r, m) in enumerate(zip(recs, metas)):
        exp_index = i if i < 1500 else i - 1500
        if m.get("set") != r["set"] or m.get("index") != exp_index or m.get("entity") != r["entity"]:
            errs.append("line %d meta set/index/entity mismatch" % (i + 1))
        if m.get("category") not in CATEGORIES:
            errs.append("line %d category %r" % (i + 1, m.get("category")))
        if m.get("kind") not in KIND_PARTY or KIND_PARTY.get(m.get("kind")) != m.get("party"):
            errs.append("line %d kind/party %r/%r" % (i + 1, m.get("kind"), m.get("party")))
        if not isinstance(m.get("changes"), list):
            errs.append("line %d changes not a list" % (i + 1))
        if r["set"] == "existing" and m.get("category") != "existing":
            errs.append("line %d existing record with category %r" % (i + 1, m.get("category")))
        if r["set"] == "incoming":
            if m.get("category") == "existing":
                errs.append("line %d incoming labelled existing" % (i + 1))
            if m.get("source") not in SOURCES:
                errs.append("line %d source %r" % (i + 1, m.get("source")))
    report("meta aligned with set (set, index, entity, category, kind, party, source)", not errs, first_errors(errs))

    existing = recs[:1500]
    incoming = recs[1500:]
    ex_meta = metas[:1500]
    in_meta = metas[1500:]

    # ---- existing list ---------------------------------------------------------
    names = [r["contact"]["displayName"] for r in existing]
    report("existing sorted by displayName.casefold()",
           all(names[i].casefold() <= names[i + 1].casefold() for i in range(len(names) - 1)))
    report("existing displayName unique case-insensitively", len(set(n.casefold() for n in names)) == 1500)
    ex_ids = [r["entity"] for r in existing]
    report("existing: one record per customer", len(set(ex_ids)) == 1500)
    errs = [str(i + 1) for i, r in enumerate(existing)
            if not (r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"])]
    report("every existing record has email, phone or address", not errs, first_errors(errs))
    errs = [str(i + 1) for i, m in enumerate(ex_meta) if m.get("changes") != []]
    report("existing records have changes []", not errs, first_errors(errs))
    # disambiguation really used where two customers share a name
    qual = [n for n in names if re.search(r" \((\d+|[^()]+)\)$", n)]
    report("accounting-style disambiguation present ('Name (2)' / 'Name (City)')", len(qual) >= 5,
           "found %d" % len(qual))

    # ---- organisation / person constraints -----------------------------------------
    errs = []
    for i, (r, m) in enumerate(zip(recs, metas)):
        c = r["contact"]
        if m.get("party") == "org" and not c["companyName"]:
            errs.append("line %d org without companyName" % (i + 1))
        if m.get("party") == "person" and c["companyName"]:
            if r["set"] == "existing" or not any(ch.startswith("companyName:") for ch in m.get("changes", [])):
                errs.append("line %d person with unlabelled companyName" % (i + 1))
    report("organisations have companyName; persons only when labelled as a change", not errs, first_errors(errs))

    # ---- categories and counts -------------------------------------------------------
    cats = {}
    for m in in_meta:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    n_match, n_new, n_hn = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    report("incoming counts: match about 55%% (got %d)" % n_match, 750 <= n_match <= 900)
    report("incoming counts: new about 35%% (got %d)" % n_new, 450 <= n_new <= 600)
    report("incoming counts: 150 hard negatives (got %d)" % n_hn, n_hn == 150)
    ex_set = set(ex_ids)
    match_ents = {}
    for m in in_meta:
        if m["category"] == "match":
            match_ents[m["entity"]] = match_ents.get(m["entity"], 0) + 1
    report("about 700 existing customers matched (got %d)" % len(match_ents), 650 <= len(match_ents) <= 750)
    report("matched customers appear 1-3 times, some more than once",
           max(match_ents.values()) <= 3 and sum(1 for v in match_ents.values() if v > 1) >= 50)
    new_ents = {}
    for j, m in enumerate(in_meta):
        if m["category"] == "new":
            new_ents.setdefault(m["entity"], []).append(j)
    report("about 400 new customers (got %d)" % len(new_ents), 350 <= len(new_ents) <= 450)
    report("new customers appear 1-3 times, some repeated",
           max(len(v) for v in new_ents.values()) <= 3 and sum(1 for v in new_ents.values() if len(v) > 1) >= 50)

    # ---- label consistency -------------------------------------------------------------
    ent_cats = {}
    for m in in_meta:
        ent_cats.setdefault(m["entity"], set()).add(m["category"])
    errs = ["%s has %s" % (e, sorted(c)) for e, c in ent_cats.items() if len(c) > 1]
    report("an incoming entity has a single category", not errs, first_errors(errs))
    errs = []
    for j, m in enumerate(in_meta):
        cat = m["category"]
        if cat == "match":
            if m["entity"] not in ex_set:
                errs.append("match %d entity not existing" % j)
            ci = m.get("compare_index")
            if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < 1500 \
                    or existing[ci]["entity"] != m["entity"]:
                errs.append("match %d compare_set/index wrong" % j)
            if m.get("profile") not in PROFILES:
                errs.append("match %d profile %r" % (j, m.get("profile")))
            if "occurrence" in m or "anchor" in m:
                errs.append("match %d has foreign keys" % j)
        elif cat == "new":
            if m["entity"] in ex_set:
                errs.append("new %d entity exists" % j)
        elif cat == "hard_negative":
            if m["entity"] in ex_set:
                errs.append("hn %d entity exists" % j)
    report("match labels point to the same existing customer; new/hn are not existing", not errs, first_errors(errs))

    errs = []
    for e, idxs in new_ents.items():
        occs = [in_meta[j].get("occurrence") for j in idxs]
        if occs != list(range(1, len(idxs) + 1)):
            errs.append("%s occurrences %s in index order %s" % (e, occs, idxs))
            continue
        first = idxs[0]
        fm = in_meta[first]
        if fm.get("changes") != [] or any(k in fm for k in ("compare_index", "evidence", "profile")):
            errs.append("%s first occurrence carries comparison labels" % e)
        for j in idxs[1:]:
            m = in_meta[j]
            if m.get("compare_set") != "incoming" or m.get("compare_index") != first:
                errs.append("%s occ %s compare_index %r != %d" % (e, m.get("occurrence"), m.get("compare_index"), first))
            if m.get("profile") not in PROFILES:
                errs.append("%s profile" % e)
    report("new customers: occurrences 1..k in order, repeats compare with occurrence 1", not errs, first_errors(errs))

    # hard negatives
    errs = []
    hn_types = {}
    hn_count = {}
    for j, m in enumerate(in_meta):
        if m["category"] != "hard_negative":
            continue
        hn_count[m["entity"]] = hn_count.get(m["entity"], 0) + 1
        hn_types[m.get("hn_type")] = hn_types.get(m.get("hn_type"), 0) + 1
        ai = m.get("anchor_index")
        if not isinstance(ai, int) or not 0 <= ai < 1500 or existing[ai]["entity"] != m.get("anchor"):
            errs.append("hn %d anchor/anchor_index inconsistent" % j)
        if m.get("anchor") == m["entity"]:
            errs.append("hn %d anchors itself" % j)
        if not isinstance(m.get("rule"), str) or len(m.get("rule", "")) < 20:
            errs.append("hn %d rule missing" % j)
        if not isinstance(m.get("hn_type"), str):
            errs.append("hn %d hn_type" % j)
        if m.get("changes") != []:
            errs.append("hn %d changes not []" % j)
        sh = m.get("shared")
        if not isinstance(sh, list) or not sh or any(s not in SHARED_KINDS for s in sh) or len(set(sh)) != len(sh):
            errs.append("hn %d shared %r" % (j, sh))
        elif not (set(sh) & STRONG):
            errs.append("hn %d shares only %r" % (j, sh))
        if ("company_stem" in (sh or [])) != ("stem" in m):
            errs.append("hn %d stem key vs company_stem" % j)
        if any(k in m for k in ("compare_index", "evidence", "occurrence")):
            errs.append("hn %d carries match labels" % j)
    errs += ["hn entity %s appears %d times" % (e, n) for e, n in hn_count.items() if n != 1]
    report("hard negatives: anchor, rule, shared, stem, one record each", not errs, first_errors(errs))
    report("hard negatives: ten or more types (got %d)" % len(hn_types), len(hn_types) >= 10)

    # ---- changes lists ---------------------------------------------------------------
    errs = []
    n_checked = 0
    for j, (r, m) in enumerate(zip(incoming, in_meta)):
        ch = m.get("changes")
        bad = [x for x in ch if not isinstance(x, str) or x.count(":") != 1
               or x.split(":")[0] not in CHANGE_FIELDS or x.split(":")[1] not in VOCAB]
        if bad:
            errs.append("incoming %d bad entries %s" % (j, bad[:3]))
            continue
        if len(set(ch)) != len(ch):
            errs.append("incoming %d duplicate entries" % j)
        if "compare_index" not in m:
            if ch:
                errs.append("incoming %d changes without compared record" % j)
            continue
        ref = existing[m["compare_index"]] if m["compare_set"] == "existing" else incoming[m["compare_index"]]
        diff = differing_fields(r["contact"], ref["contact"])
        listed = set(x.split(":")[0] for x in ch)
        n_checked += 1
        if diff != listed:
            errs.append("incoming %d differ %s listed %s" % (j, sorted(diff), sorted(listed)))
            continue
        # a field that appears or disappears is labelled added / dropped (or wrong_field)
        for fld in sorted(diff):
            whats = [x.split(":")[1] for x in ch if x.split(":")[0] == fld]
            new_v, old_v = value_of(r["contact"], fld), value_of(ref["contact"], fld)
            if new_v is None and whats != ["dropped"]:
                errs.append("incoming %d %s vanished but labelled %s" % (j, fld, whats))
            elif old_v is None and new_v is not None and whats not in (["added"], ["wrong_field"]):
                errs.append("incoming %d %s appeared but labelled %s" % (j, fld, whats))
            elif old_v is not None and new_v is not None and ("added" in whats or "dropped" in whats):
                errs.append("incoming %d %s changed but labelled %s" % (j, fld, whats))
    report("changes list exactly the differing fields, vocabulary ok (%d compared)" % n_checked, not errs, first_errors(errs))

    # ---- evidence and findability ----------------------------------------------------------
    by_city = {}
    allrecs = [(r, m, "existing" if k < 1500 else "incoming", k if k < 1500 else k - 1500)
               for k, (r, m) in enumerate(zip(recs, metas))]
    for item in allrecs:
        cty = city_of(item[0]["contact"])
        if cty:
            by_city.setdefault(cty, []).append(item)
    errs_ev, errs_nc = [], []
    n_nc = 0
    n_id = 0
    for j, (r, m) in enumerate(zip(incoming, in_meta)):
        if "compare_index" not in m:
            continue
        ref = existing[m["compare_index"]] if m["compare_set"] == "existing" else incoming[m["compare_index"]]
        ev = evidence(r["contact"], ref["contact"])
        claim = m.get("evidence")
        if not isinstance(claim, list) or claim != [x for x in EVIDENCE_ORDER if x in claim] or set(claim) != set(ev):
            errs_ev.append("incoming %d evidence %r computed %r" % (j, claim, ev))
            continue
        f = m.get("findable")
        if f == "identifier":
            n_id += 1
            if not ev:
                errs_ev.append("incoming %d identifier without evidence" % j)
        elif f == "name+city":
            n_nc += 1
            if ev:
                errs_ev.append("incoming %d name+city but shares %r" % (j, ev))
            cty = city_of(r["contact"])
            if not cty or cty != city_of(ref["contact"]):
                errs_nc.append("incoming %d city differs from compared record" % j)
                continue
            dn = r["contact"]["displayName"]
            s0 = similarity(dn, ref["contact"]["displayName"])
            if s0 < NAME_CITY_T:
                errs_nc.append("incoming %d name similarity %.2f" % (j, s0))
                continue
            for (o, om, oset, oidx) in by_city.get(cty, []):
                if oset == "incoming" and oidx == j:
                    continue
                if oset == m["compare_set"] and oidx == m["compare_index"]:
                    continue
                if o["entity"] == r["entity"]:
                    continue
                so = similarity(dn, o["contact"]["displayName"])
                if so >= s0 - NAME_CITY_M:
                    errs_nc.append("incoming %d: %r %.2f vs %s %d %r %.2f" % (
                        j, dn, s0, oset, oidx, o["contact"]["displayName"], so))
                    break
        else:
            errs_ev.append("incoming %d findable %r" % (j, f))
    report("evidence equals the identifiers really shared; findable consistent (%d identifier)" % n_id,
           not errs_ev, first_errors(errs_ev))
    report("name+city records: compared record is the clear best name match in its city (%d)" % n_nc,
           not errs_nc, first_errors(errs_nc))

    # ---- shared claims of hard negatives ------------------------------------------------------
    errs = []
    for j, (r, m) in enumerate(zip(incoming, in_meta)):
        if m["category"] != "hard_negative":
            continue
        anc = existing[m["anchor_index"]]
        comp = computed_shared(r["contact"], anc["contact"])
        claim = [s for s in m["shared"] if s != "company_stem"]
        if set(claim) != set(comp):
            errs.append("hn %d shared %r computed %r" % (j, m["shared"], comp))
        if "company_stem" in m["shared"]:
            st = m.get("stem")
            if not st or not contains_stem(st, r["contact"]["companyName"]) or \
                    not contains_stem(st, anc["contact"]["companyName"]):
                errs.append("hn %d stem %r not in both company names" % (j, st))
    report("hard negatives: shared claims hold (and nothing unclaimed is shared)", not errs, first_errors(errs))

    # ---- diversity sanity -------------------------------------------------------------------------
    srcs = set(m.get("source") for m in in_meta)
    report("all five sources present", srcs == SOURCES, str(sorted(srcs)))
    prof = {}
    for m in in_meta:
        if "profile" in m:
            prof[m["profile"]] = prof.get(m["profile"], 0) + 1
    report("profiles light/medium/harsh all used", set(prof) == PROFILES, str(prof))
    parties = [m["party"] for m in ex_meta]
    share_org = parties.count("org") / 1500.0
    report("existing about 60%% organisations (%.0f%%)" % (100 * share_org), 0.5 <= share_org <= 0.7)

    # ---- determinism ------------------------------------------------------------------------------
    check_determinism()
    return finish()


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def check_determinism():
    gen = os.path.join(HERE, "gen.py")
    digests = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in ("1", "4242"):
            out = os.path.join(tmp, "run" + seed)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = seed
            p = subprocess.run([sys.executable, gen, "--out", out], env=env, cwd=tmp,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode != 0:
                report("gen.py runs (PYTHONHASHSEED=%s)" % seed, False, p.stderr.decode()[-300:])
                return
            digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
    report("gen.py output byte-identical for PYTHONHASHSEED=1 and 4242", digests[0] == digests[1])
    here = (sha(SET_PATH), sha(META_PATH))
    report("set.jsonl/meta.jsonl in this folder equal a fresh gen.py run", here == digests[0])


def finish():
    failed = [r for r in RESULTS if not r[1]]
    if failed:
        print("\n%d of %d checks FAILED:" % (len(failed), len(RESULTS)))
        for name, _, detail in failed:
            print("  - %s%s" % (name, (": " + detail[:300]) if detail else ""))
        sys.exit(1)
    print("\nALL CHECKS PASSED (%d checks)" % len(RESULTS))
    sys.exit(0)


if __name__ == "__main__":
    main()
