#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py - independent validator for the us-vetclinic record-linkage benchmark.

Does not import gen.py.  Re-implements the comparison rules (e-mail, phone, address,
name+city findability, shared attributes) from the README and checks set.jsonl /
meta.jsonl against them:

  * format, field types and length limits, line order and counts
  * existing list: sorted by displayName.casefold(), unique names, one record per customer,
    at least one of e-mail / phone / address, QBO-style disambiguation present
  * organisation / person rules for companyName
  * label consistency (entity ids, categories, compare indexes, occurrences, anchors)
  * evidence / findable claims of matches and repeats of new customers
  * shared claims of hard negatives, stems, >= 10 hard-negative types
  * changes lists: exactly the fields that differ from the compared record, known vocabulary
  * no accidental identifier collisions with other customers
  * determinism: gen.py run twice (different PYTHONHASHSEED) in temp dirs, SHA-256 compared

Prints PASS / FAIL lines and "ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
"""
import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone",
                "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100,
          "email": 100, "phone": 30, "line1": 500, "line2": 500, "city": 255,
          "region": 255, "postalCode": 30, "country": 255}
PERSON_KINDS = {"pet_owner", "household", "military_family", "retiree", "horse_owner",
                "foster_volunteer"}
ORG_KINDS = {"horse_farm", "ranch", "stable", "breeder", "rescue", "shelter", "k9_unit",
             "boarding_kennel", "pet_sitting"}
SOURCES = {"pms", "booking", "er_referral", "equine_app", "card_portal"}
PROFILES = {"light", "medium", "harsh"}
EVIDENCE = ["email", "phone", "address"]
SHARED_COMPUTED = ["name", "familyName", "email", "email_domain", "phone", "address", "city"]
SHARED_ALL = set(SHARED_COMPUTED) | {"company_stem"}
CHANGE_FIELDS = set(CONTACT_KEYS) | {"address." + k for k in ADDR_KEYS}
VOCAB = {
    # formatting
    "case", "format", "last_first", "name_order", "accents_stripped", "mojibake", "encoding",
    "diacritics_added", "punctuation", "ampersand", "box_format", "street_suffix",
    "directional", "road_name", "unit_format", "unit_merged", "region_full",
    "country_variant", "zip_plus4", "suffix_format", "disambiguation",
    # names
    "typo", "spelling", "nickname", "initial", "abbrev", "swapped", "middle_added",
    "title_dropped", "title_added", "suffix_dropped", "suffix_added",
    "second_surname_dropped", "hyphenated", "married_name", "spouse_dropped", "spouse_name",
    "spouse_order", "spouse_added", "pet_added", "pet_name", "spurious", "legal_form",
    "word_dropped", "plural", "contact_changed",
    # presence / values
    "dropped", "added", "new", "digit_off", "extension", "area_code_dropped", "moved",
    "po_box", "house_number", "wrong", "mailing_city",
    # hard negatives: a genuinely different value
    "other_name", "other_mailbox", "other_number", "other_address",
}
FREEMAIL = {"gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "outlook.com", "aol.com",
            "att.net", "sbcglobal.net", "comcast.net", "live.com", "me.com", "msn.com",
            "charter.net", "bellsouth.net", "cableone.net", "q.com", "ymail.com", "mac.com",
            "verizon.net", "frontier.com", "cox.net", "windstream.net", "earthlink.net",
            "protonmail.com", "austin.rr.com", "satx.rr.com", "embarqmail.com"}

RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok, detail))
    line = "%s  %s" % ("PASS" if ok else "FAIL", name)
    if detail and not ok:
        line += "  -- " + detail
    elif detail:
        line += "  (" + detail + ")"
    print(line)


# ---------------------------------------------------------------------------
# comparison rules (independent implementation)
# ---------------------------------------------------------------------------
def deaccent(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("Đ", "D").replace("đ", "d").replace("ø", "o").replace("Ø", "O")


def norm(s):
    if not s:
        return ""
    return re.sub(r"[^a-z0-9]+", " ", deaccent(s).casefold()).strip()


def mail(e):
    return e.strip().casefold() if e else None


def mail_domain(e):
    e = mail(e)
    if not e or "@" not in e:
        return None
    return e.split("@")[-1]


def phone10(p):
    if not p:
        return None
    p = re.sub(r"(?i)\s*(x|ext\.?|extension)\s*\d+\s*$", "", p)
    digits = "".join(ch for ch in p if ch.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits if len(digits) == 10 else None


WORDMAP = {"road": "rd", "drive": "dr", "lane": "ln", "street": "st", "avenue": "ave",
           "av": "ave", "boulevard": "blvd", "trail": "trl", "court": "ct", "circle": "cir",
           "parkway": "pkwy", "highway": "hwy", "place": "pl", "cove": "cv",
           "terrace": "ter", "bend": "bnd", "trace": "trce", "north": "n", "south": "s",
           "east": "e", "west": "w", "northeast": "ne", "northwest": "nw",
           "southeast": "se", "southwest": "sw", "rt": "rr"}
PHRASES = [("farm to market rd", "fm"), ("fm rd", "fm"), ("ranch rd", "rr"),
           ("rural route", "rr"), ("county rd", "cr"), ("post office box", "pobox"),
           ("p o box", "pobox"), ("po box", "pobox"), ("pob", "pobox")]
UNITS = {"apt", "apartment", "unit", "ste", "suite", "lot", "spc", "space", "trlr", "bldg",
         "building", "rm", "room"}


def street(line1):
    if not line1:
        return None
    words = [WORDMAP.get(w, w) for w in norm(line1.replace("#", " unit ")).split()]
    text = " %s " % " ".join(words)
    for a, b in PHRASES:
        text = text.replace(" %s " % a, " %s " % b)
    words = text.split()
    for i in range(2, len(words)):
        if words[i] in UNITS:
            words = words[:i]
            break
    return " ".join(words) or None


def zip5(pc):
    if not pc:
        return None
    d = "".join(ch for ch in pc if ch.isdigit())
    return d[:5] if len(d) >= 5 else None


def same_address(a, b):
    if not a or not b:
        return False
    sa, sb = street(a.get("line1")), street(b.get("line1"))
    if not sa or sa != sb:
        return False
    za, zb = zip5(a.get("postalCode")), zip5(b.get("postalCode"))
    if za and za == zb:
        return True
    ca, cb = norm(a.get("city")), norm(b.get("city"))
    return bool(ca) and ca == cb


def city_of(c):
    a = c.get("address")
    return norm(a.get("city")) if a else ""


def evidence(a, b):
    out = []
    if mail(a.get("email")) and mail(a.get("email")) == mail(b.get("email")):
        out.append("email")
    if phone10(a.get("phone")) and phone10(a.get("phone")) == phone10(b.get("phone")):
        out.append("phone")
    if same_address(a.get("address"), b.get("address")):
        out.append("address")
    return out


STOP = {"llc", "inc", "co", "the", "and", "of", "dr", "mr", "mrs", "ms", "jr", "sr", "ii",
        "iii", "iv", "ltd", "lp", "l", "c", "corp", "company", "incorporated"}


def tokens(c):
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", c.get("displayName") or "")
    for k in ("givenName", "familyName", "companyName"):
        if c.get(k):
            text += " " + c[k]
    out = []
    for w in norm(text).split():
        if len(w) >= 2 and w not in STOP and w not in out:
            out.append(w)
    return out


def within_one_edit(a, b):
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]]
                               and a[d[1]] == b[d[0]])
    s, l = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(l)):
        if l[:i] + l[i + 1:] == s:
            return True
    return False


def tsim(a, b):
    if a == b:
        return 1.0
    if len(a) >= 4 and len(b) >= 4 and within_one_edit(a, b):
        return 0.8
    return 0.0


def score(x, y):
    A, B = tokens(x), tokens(y)
    if not A or not B:
        return 0.0
    s1 = sum(max(tsim(a, b) for b in B) for a in A) / len(A)
    s2 = sum(max(tsim(b, a) for a in A) for b in B) / len(B)
    return round((s1 + s2) / 2.0, 6)


MIN_SCORE, MARGIN = 0.5, 0.2
SUFFIX_TOK = {"jr", "sr", "ii", "iii", "iv"}
LEGAL_TOK = {"llc", "inc", "ltd", "lp", "co", "corp", "incorporated", "company", "l", "c",
             "the"}


def pkey(g, f):
    gt = norm(g).split()
    ft = [w for w in norm(f).split() if w not in SUFFIX_TOK]
    return (gt[0] + " " + " ".join(ft)) if gt and ft else None


def ckey(c):
    t = [w for w in norm(c).split() if w not in LEGAL_TOK]
    return " ".join(t) or None


def keys(c):
    out = []
    if c.get("companyName") and ckey(c["companyName"]):
        out.append("c:" + ckey(c["companyName"]))
    p = pkey(c.get("givenName"), c.get("familyName"))
    if p:
        out.append("p:" + p)
    return out


def fam(c):
    t = [w for w in norm(c.get("familyName")).split() if w not in SUFFIX_TOK]
    return " ".join(t) or None


def shared(a, b):
    out = []
    if set(keys(a)) & set(keys(b)):
        out.append("name")
    if fam(a) and fam(a) == fam(b):
        out.append("familyName")
    if mail(a.get("email")) and mail(a.get("email")) == mail(b.get("email")):
        out.append("email")
    da, db = mail_domain(a.get("email")), mail_domain(b.get("email"))
    if da and da == db and da not in FREEMAIL:
        out.append("email_domain")
    if phone10(a.get("phone")) and phone10(a.get("phone")) == phone10(b.get("phone")):
        out.append("phone")
    if same_address(a.get("address"), b.get("address")):
        out.append("address")
    if city_of(a) and city_of(a) == city_of(b):
        out.append("city")
    return out


def differing(a, b):
    out = []
    for k in CONTACT_KEYS[:-1]:
        if a.get(k) != b.get(k):
            out.append(k)
    x, y = a.get("address"), b.get("address")
    if (x is None) != (y is None):
        out.append("address")
    elif x is not None:
        out += ["address." + k for k in ADDR_KEYS if x.get(k) != y.get(k)]
    return out


# ---------------------------------------------------------------------------
def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            out.append(json.loads(line))
    return out


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--skip-determinism", action="store_true")
    args = ap.parse_args()
    set_path = os.path.join(args.dir, "set.jsonl")
    meta_path = os.path.join(args.dir, "meta.jsonl")

    # ---- loading / format ------------------------------------------------------------
    try:
        S = load(set_path)
        M = load(meta_path)
        report("files parse as JSON lines", True, "%d + %d lines" % (len(S), len(M)))
    except Exception as e:  # noqa
        report("files parse as JSON lines", False, repr(e))
        return finish()
    report("set.jsonl has 3000 lines", len(S) == 3000, str(len(S)))
    report("meta.jsonl has 3000 lines", len(M) == 3000, str(len(M)))
    if len(S) != 3000 or len(M) != 3000:
        return finish()

    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            bad.append((i, "top keys"))
            continue
        if not isinstance(r["entity"], str) or not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            bad.append((i, "entity id"))
        c = r["contact"]
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            bad.append((i, "contact keys"))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip()):
                bad.append((i, "empty/non-string " + k))
            elif v is not None and len(v) > LIMITS[k]:
                bad.append((i, "too long " + k))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                bad.append((i, "address keys"))
                continue
            if all(a[k] is None for k in ADDR_KEYS):
                bad.append((i, "all-null address object"))
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    bad.append((i, "empty/non-string address." + k))
                elif v is not None and len(v) > LIMITS[k]:
                    bad.append((i, "too long address." + k))
        if not c["displayName"]:
            bad.append((i, "no displayName"))
    report("record format, types and length limits", not bad, str(bad[:5]) if bad else "")

    order_ok = all(S[i]["set"] == "existing" for i in range(1500)) and \
        all(S[i]["set"] == "incoming" for i in range(1500, 3000))
    report("lines 1-1500 existing, 1501-3000 incoming", order_ok)

    # ---- meta basics ---------------------------------------------------------------------
    bad = []
    base_keys = ["set", "index", "entity", "category", "kind", "party", "changes"]
    want = {
        "existing": base_keys,
        "match": base_keys + ["source", "profile", "evidence", "findable", "compare_set",
                              "compare_index"],
        "new1": base_keys + ["source", "occurrence"],
        "newN": base_keys + ["source", "occurrence", "profile", "evidence", "findable",
                             "compare_set", "compare_index"],
        "hard_negative": base_keys + ["source", "anchor", "anchor_index", "hn_type", "rule",
                                      "shared"],
    }
    for i, m in enumerate(M):
        r = S[i]
        idx = i if i < 1500 else i - 1500
        if m.get("set") != r["set"] or m.get("entity") != r["entity"] or m.get("index") != idx:
            bad.append((i, "set/entity/index mismatch"))
            continue
        cat = m.get("category")
        if r["set"] == "existing" and cat != "existing":
            bad.append((i, "existing category"))
        if r["set"] == "incoming" and cat not in ("match", "new", "hard_negative"):
            bad.append((i, "incoming category"))
        if cat == "new":
            w = want["new1"] if m.get("occurrence") == 1 else want["newN"]
        else:
            w = want.get(cat)
        if w is None:
            continue
        got = list(m.keys())
        extra_ok = (cat == "hard_negative" and got == w + ["stem"])
        if got != w and not extra_ok:
            bad.append((i, "meta keys %s" % got))
        if m.get("party") not in ("org", "person"):
            bad.append((i, "party"))
        if m.get("kind") not in (ORG_KINDS if m.get("party") == "org" else PERSON_KINDS):
            bad.append((i, "kind %s / party %s" % (m.get("kind"), m.get("party"))))
        if r["set"] == "incoming" and m.get("source") not in SOURCES:
            bad.append((i, "source"))
        if not isinstance(m.get("changes"), list):
            bad.append((i, "changes not a list"))
    report("meta rows align with set rows; keys per category; kind/party/source values",
           not bad, str(bad[:5]) if bad else "")

    E = S[:1500]
    I = S[1500:]
    EM = M[:1500]
    IM = M[1500:]

    # ---- existing list ------------------------------------------------------------------
    names = [r["contact"]["displayName"] for r in E]
    folded = [n.casefold() for n in names]
    report("existing sorted by displayName.casefold()", folded == sorted(folded))
    report("existing displayName unique (case-insensitive)", len(set(folded)) == len(folded))
    ents = [r["entity"] for r in E]
    report("existing: one record per customer (entity ids unique)", len(set(ents)) == len(ents))
    noid = [i for i, r in enumerate(E) if not (r["contact"]["email"] or r["contact"]["phone"]
                                               or r["contact"]["address"])]
    report("existing: every record has e-mail, phone or address", not noid, str(noid[:5]))
    report("existing: changes are empty", all(m["changes"] == [] for m in EM))
    dis = 0
    fold_set = set(folded)
    for n in names:
        mm = re.fullmatch(r"(.*) \(([^)]+)\)", n)
        if mm and mm.group(1).casefold() in fold_set:
            dis += 1
    report("existing: QBO-style disambiguation ('Name (2)' / 'Name (City)') present", dis >= 5,
           "%d disambiguated names" % dis)
    ex_by_ent = {r["entity"]: i for i, r in enumerate(E)}

    # ---- party rules -----------------------------------------------------------------------
    bad = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r["contact"]
        if m["party"] == "org" and not c["companyName"]:
            bad.append((i, "org without companyName"))
        if m["party"] == "person" and c["companyName"] and \
                not any(t.startswith("companyName:") for t in m["changes"]):
            bad.append((i, "person with unlabelled companyName"))
        if m["set"] == "existing" and m["party"] == "person" and c["companyName"]:
            bad.append((i, "existing person with companyName"))
    report("organisations always have companyName; persons only when labelled", not bad,
           str(bad[:5]))
    party_of = {}
    bad = []
    for m in M:
        if m["entity"] in party_of and party_of[m["entity"]] != (m["party"], m["kind"]):
            bad.append(m["entity"])
        party_of[m["entity"]] = (m["party"], m["kind"])
    report("kind and party consistent per entity", not bad, str(bad[:5]))

    # ---- counts ------------------------------------------------------------------------------
    cats = collections.Counter(m["category"] for m in IM)
    n_match, n_new, n_hn = cats["match"], cats["new"], cats["hard_negative"]
    report("incoming: ~55% match", 750 <= n_match <= 900, "%d" % n_match)
    report("incoming: ~35% new", 450 <= n_new <= 600, "%d" % n_new)
    report("incoming: 150 hard negatives", n_hn == 150, "%d" % n_hn)
    matched_ents = collections.Counter(m["entity"] for m in IM if m["category"] == "match")
    report("matches cover ~700 existing customers, each at most 3 times",
           650 <= len(matched_ents) <= 750 and max(matched_ents.values()) <= 3 and
           any(v > 1 for v in matched_ents.values()),
           "%d customers, max %d" % (len(matched_ents), max(matched_ents.values())))
    new_ents = collections.Counter(m["entity"] for m in IM if m["category"] == "new")
    report("new: ~400 customers, some 2-3 times", 350 <= len(new_ents) <= 450 and
           max(new_ents.values()) <= 3 and any(v > 1 for v in new_ents.values()),
           "%d customers, max %d" % (len(new_ents), max(new_ents.values())))
    src = collections.Counter(m["source"] for m in IM)
    report("several sources used", len(src) >= 4, dict(sorted(src.items())).__repr__())
    prof = collections.Counter(m.get("profile") for m in IM if m.get("profile"))
    report("profiles light/medium/harsh all used", set(prof) == PROFILES,
           repr(dict(sorted(prof.items()))))
    hn_types = collections.Counter(m["hn_type"] for m in IM if m["category"] == "hard_negative")
    report(">= 10 hard-negative types", len(hn_types) >= 10, "%d types" % len(hn_types))
    parties = collections.Counter(m["party"] for m in EM)
    share = parties["person"] / 1500.0
    report("existing: ~75% persons / ~25% organisations", 0.68 <= share <= 0.82,
           "persons %.1f%%" % (100 * share))

    # ---- city indexes for name+city -------------------------------------------------------
    ex_city = collections.defaultdict(list)
    for r in E:
        if city_of(r["contact"]):
            ex_city[city_of(r["contact"])].append((r["entity"], r["contact"]))
    in_city = collections.defaultdict(list)
    for r in I:
        if city_of(r["contact"]):
            in_city[city_of(r["contact"])].append((r["entity"], r["contact"]))

    def nc_ok(rec, target, ent, pools):
        cty = city_of(rec)
        if not cty or cty != city_of(target):
            return False, "city"
        s = score(rec, target)
        if s < MIN_SCORE:
            return False, "score %.2f" % s
        best = 0.0
        for pool in pools:
            for e2, r2 in pool.get(cty, []):
                if e2 == ent or r2 is rec:
                    continue
                best = max(best, score(rec, r2))
        return (s - best >= MARGIN), "score %.2f vs %.2f" % (s, best)

    # ---- matches ------------------------------------------------------------------------------
    bad = []
    nc_count = 0
    for j, (r, m) in enumerate(zip(I, IM)):
        if m["category"] != "match":
            continue
        if r["entity"] not in ex_by_ent:
            bad.append((j, "entity not in existing"))
            continue
        if m["compare_set"] != "existing" or m["compare_index"] != ex_by_ent[r["entity"]]:
            bad.append((j, "compare_index"))
            continue
        if m["profile"] not in PROFILES:
            bad.append((j, "profile"))
        tgt = E[m["compare_index"]]["contact"]
        ev = evidence(r["contact"], tgt)
        if sorted(ev) != sorted(m["evidence"]) or any(x not in EVIDENCE for x in m["evidence"]):
            bad.append((j, "evidence claimed %s actual %s" % (m["evidence"], ev)))
        if ev:
            if m["findable"] != "identifier":
                bad.append((j, "findable should be identifier"))
        else:
            if m["findable"] != "name+city":
                bad.append((j, "no evidence but findable=%s" % m["findable"]))
            ok, why = nc_ok(r["contact"], tgt, r["entity"], [ex_city])
            nc_count += 1
            if not ok:
                bad.append((j, "name+city not clear best: " + why))
    report("matches: compare index, evidence and findability verified", not bad,
           str(bad[:5]) if bad else "%d findable by name+city only" % nc_count)

    # ---- new customers ----------------------------------------------------------------------
    bad = []
    first_idx = {}
    occ_seen = collections.Counter()
    nc_new = 0
    for j, (r, m) in enumerate(zip(I, IM)):
        if m["category"] != "new":
            continue
        e = r["entity"]
        if e in ex_by_ent:
            bad.append((j, "new entity is an existing customer"))
            continue
        occ_seen[e] += 1
        if m["occurrence"] != occ_seen[e]:
            bad.append((j, "occurrence %s expected %d" % (m["occurrence"], occ_seen[e])))
            continue
        if m["occurrence"] == 1:
            first_idx[e] = j
            if m["changes"] != []:
                bad.append((j, "first occurrence with changes"))
            continue
        if m["compare_set"] != "incoming" or m["compare_index"] != first_idx.get(e):
            bad.append((j, "compare_index of repeat"))
            continue
        if m["profile"] not in PROFILES:
            bad.append((j, "profile"))
        tgt = I[m["compare_index"]]["contact"]
        ev = evidence(r["contact"], tgt)
        if sorted(ev) != sorted(m["evidence"]):
            bad.append((j, "evidence claimed %s actual %s" % (m["evidence"], ev)))
        if ev:
            if m["findable"] != "identifier":
                bad.append((j, "findable should be identifier"))
        else:
            nc_new += 1
            if m["findable"] != "name+city":
                bad.append((j, "no evidence but findable=%s" % m["findable"]))
            ok, why = nc_ok(r["contact"], tgt, e, [ex_city, in_city])
            if not ok:
                bad.append((j, "name+city not clear best: " + why))
    report("new customers: occurrences ordered, repeats linked to occurrence 1, evidence and "
           "findability verified", not bad,
           str(bad[:5]) if bad else "%d repeats by name+city only" % nc_new)

    # ---- hard negatives -----------------------------------------------------------------------
    bad = []
    inc_count = collections.Counter(r["entity"] for r in I)
    shared_count = collections.Counter()
    for j, (r, m) in enumerate(zip(I, IM)):
        if m["category"] != "hard_negative":
            continue
        e = r["entity"]
        if e in ex_by_ent or inc_count[e] != 1:
            bad.append((j, "hard negative entity not a distinct new customer"))
        if m["anchor"] not in ex_by_ent or m["anchor_index"] != ex_by_ent[m["anchor"]]:
            bad.append((j, "anchor / anchor_index"))
            continue
        if not m["hn_type"] or not m["rule"] or len(m["rule"]) < 20:
            bad.append((j, "hn_type / rule"))
        anc = E[m["anchor_index"]]["contact"]
        claimed = list(m["shared"])
        if not claimed or any(x not in SHARED_ALL for x in claimed):
            bad.append((j, "shared values %s" % claimed))
        actual = shared(r["contact"], anc)
        if sorted(x for x in claimed if x != "company_stem") != sorted(actual):
            bad.append((j, "shared claimed %s actual %s" % (claimed, actual)))
        if ("company_stem" in claimed) != ("stem" in m):
            bad.append((j, "stem key vs company_stem claim"))
        if "stem" in m:
            st = norm(m["stem"])
            for cn in (r["contact"].get("companyName"), anc.get("companyName")):
                if not st or not cn or (" %s " % st) not in (" %s " % norm(cn)):
                    bad.append((j, "stem %r not in %r" % (m["stem"], cn)))
        for x in claimed:
            shared_count[x] += 1
    report("hard negatives: distinct customers, anchors valid, shared claims verified", not bad,
           str(bad[:5]) if bad else repr(dict(sorted(shared_count.items()))))
    per_type_ok = all(v >= 5 for v in hn_types.values())
    report("hard negatives: every type has >= 5 examples", per_type_ok,
           repr(dict(sorted(hn_types.items()))))

    # ---- changes ---------------------------------------------------------------------------------
    bad = []
    vocab_used = collections.Counter()
    for j, (r, m) in enumerate(zip(I, IM)):
        cat = m["category"]
        if cat == "match":
            tgt = E[m["compare_index"]]["contact"]
        elif cat == "new" and m["occurrence"] > 1:
            tgt = I[m["compare_index"]]["contact"]
        elif cat == "hard_negative":
            tgt = E[m["anchor_index"]]["contact"]
        else:
            continue
        ch = m["changes"]
        if len(ch) != len(set(ch)):
            bad.append((j, "duplicate change entries"))
        fields = set()
        for t in ch:
            if not isinstance(t, str) or t.count(":") != 1:
                bad.append((j, "malformed change %r" % t))
                continue
            f, w = t.split(":")
            if f not in CHANGE_FIELDS or w not in VOCAB:
                bad.append((j, "unknown change %r" % t))
            fields.add(f)
            vocab_used[w] += 1
        diff = set(differing(r["contact"], tgt))
        if fields != diff:
            bad.append((j, "changes fields %s != differing %s" % (sorted(fields), sorted(diff))))
        for f in diff:
            tv = tgt.get(f) if not f.startswith("address") else None
            if f.startswith("address."):
                tv = (tgt.get("address") or {}).get(f.split(".")[1])
            rv = r["contact"].get(f) if not f.startswith("address") else None
            if f.startswith("address."):
                rv = (r["contact"].get("address") or {}).get(f.split(".")[1])
            if f == "address":
                tv, rv = tgt.get("address"), r["contact"].get("address")
            if tv is None and rv is not None and ("%s:added" % f) not in ch and \
                    not (f == "companyName" and "companyName:spurious" in ch):
                bad.append((j, "%s present only here but not labelled added" % f))
            if rv is None and tv is not None and ("%s:dropped" % f) not in ch:
                bad.append((j, "%s missing here but not labelled dropped" % f))
    report("changes list exactly the differing fields, with known vocabulary", not bad,
           str(bad[:5]) if bad else "%d distinct whats" % len(vocab_used))

    # ---- identifiers unique to customers ---------------------------------------------------------
    ex_email, ex_phone, ex_addr = {}, {}, []
    for r in E:
        c = r["contact"]
        if mail(c["email"]):
            ex_email.setdefault(mail(c["email"]), set()).add(r["entity"])
        if phone10(c["phone"]):
            ex_phone.setdefault(phone10(c["phone"]), set()).add(r["entity"])
    dup_e = [k for k, v in ex_email.items() if len(v) > 1]
    dup_p = [k for k, v in ex_phone.items() if len(v) > 1]
    report("existing: e-mails and phones belong to one customer each", not dup_e and not dup_p,
           str((dup_e[:3], dup_p[:3])))
    street_idx = collections.defaultdict(list)
    for r in E:
        a = r["contact"]["address"]
        if a and street(a.get("line1")):
            street_idx[street(a["line1"])].append((r["entity"], a))
    bad = []
    for j, (r, m) in enumerate(zip(I, IM)):
        c = r["contact"]
        allowed = {r["entity"]}
        if m["category"] == "hard_negative":
            allowed.add(m["anchor"])
        hits = set()
        if mail(c["email"]):
            hits |= ex_email.get(mail(c["email"]), set())
        if phone10(c["phone"]):
            hits |= ex_phone.get(phone10(c["phone"]), set())
        a = c["address"]
        if a and street(a.get("line1")):
            for e2, a2 in street_idx.get(street(a["line1"]), []):
                if same_address(a, a2):
                    hits.add(e2)
        if hits - allowed:
            bad.append((j, m["category"], sorted(hits - allowed)))
    report("incoming: no e-mail / phone / address of an unrelated existing customer", not bad,
           str(bad[:5]))

    # ---- new customers are not name+city twins of existing customers ---------------------
    bad = []
    for j, (r, m) in enumerate(zip(I, IM)):
        if m["category"] != "new" or m["occurrence"] != 1:
            continue
        cty = city_of(r["contact"])
        for e2, r2 in ex_city.get(cty, []):
            if score(r["contact"], r2) >= 0.95:
                bad.append((j, e2))
    report("new customers: no same-name existing customer in the same city", not bad,
           str(bad[:5]))

    # ---- determinism -----------------------------------------------------------------------------
    if not args.skip_determinism:
        gen = os.path.join(HERE, "gen.py")
        digests = []
        ok = True
        detail = ""
        with tempfile.TemporaryDirectory() as td:
            for seed in ("1", "4242"):
                out = os.path.join(td, "run" + seed)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                p = subprocess.run([sys.executable, gen, "--out", out], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   universal_newlines=True)
                if p.returncode != 0:
                    ok = False
                    detail = p.stderr[-300:]
                    break
                digests.append((sha(os.path.join(out, "set.jsonl")),
                                sha(os.path.join(out, "meta.jsonl"))))
        if ok:
            here = (sha(set_path), sha(meta_path))
            ok = digests[0] == digests[1] == here
            detail = "sha256 set %s... meta %s..." % (digests[0][0][:12], digests[0][1][:12])
            if not ok:
                detail = "digests differ: %s vs %s vs files %s" % (digests[0], digests[1], here)
        report("determinism: two runs (PYTHONHASHSEED 1 / 4242) byte-identical to the files",
               ok, detail)
    return finish()


def finish():
    fails = [r for r in RESULTS if not r[1]]
    print()
    if not fails:
        print("ALL CHECKS PASSED (%d checks)" % len(RESULTS))
        return 0
    print("%d of %d checks FAILED:" % (len(fails), len(RESULTS)))
    for name, _, detail in fails:
        print("  - %s: %s" % (name, detail[:300]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
