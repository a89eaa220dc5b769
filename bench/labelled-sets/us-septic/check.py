#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py -- independent validator for the us-septic record-linkage set.

Does not import gen.py.  Re-implements the comparison rules that the labels
claim (shared e-mail / phone / address, name+city findability, shared items
of hard negatives) and checks format, counts, label consistency, the change
lists and determinism (gen.py run twice with different PYTHONHASHSEED).

    python3 check.py [DIR]      (default: the folder of this script)

Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) or a failure
summary (exit 1).
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 1500
N_INCOMING = 1500
N_HARD_NEG = 150
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email",
                "phone", "address"]
ADDRESS_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100,
          "familyName": 100, "email": 100, "phone": 30}
ALIMITS = {"line1": 500, "line2": 500, "city": 255, "region": 255,
           "postalCode": 30, "country": 255}
SOURCES = {"tablet", "webform", "legacy", "office"}
PROFILES = {"light", "medium", "harsh"}
EVIDENCE_ITEMS = {"email", "phone", "address"}
SHARED_ITEMS = {"name", "familyName", "email", "email_domain", "phone", "address",
                "city", "company_stem"}
CHECKABLE_SHARED = ["name", "familyName", "email", "email_domain", "phone",
                    "address", "city"]
PERSON_KINDS = {"homeowner", "farm_family", "plain_family", "camp_owner",
                "landlord", "estate"}
ORG_KINDS = {"township", "borough", "municipal_authority", "fire_company",
             "church", "hunting_camp", "rod_gun_club", "campground", "school",
             "diner", "farm_llc", "dairy", "produce_stand", "mobile_home_park",
             "property_manager", "plumber", "excavator", "realtor"}
CHANGE_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email",
                 "phone", "address"] + ["address." + k for k in ADDRESS_KEYS]
VOCAB = {
    "nickname", "formal_name", "initial", "middle_initial_dropped",
    "middle_initial_added", "typo", "spelling_variant", "swapped", "last_first",
    "order", "estate_form", "title_added", "title_dropped", "family_added",
    "suffix_dropped", "suffix_format", "spouse_dropped", "spouse_first",
    "spouse_added", "married_name", "missing", "added", "wrongly_filled",
    "encoding", "case", "whitespace", "qualifier_dropped",
    "abbreviation", "legal_form", "article", "contact_changed",
    "contact_appended", "word_order", "place_added",
    "new", "provider_changed", "agent_email", "office_email", "office_phone",
    "format", "digit_off", "transposed", "local_number", "area_code",
    "extension", "agent_phone",
    "road_type", "route_form", "directional", "rural_route", "house_number",
    "note", "merged", "split", "township", "village", "plus4", "plus4_dropped",
    "wrong_plus4", "wrong", "moved", "camp_property", "property_address",
    "care_of", "attn",
    "other_person", "other_company", "other_contact", "other_mailbox",
    "other_number", "other_address",
    "reformatted",
}
FREE_MAIL = {
    "gmail.com", "yahoo.com", "aol.com", "comcast.net", "embarqmail.com",
    "centurylink.net", "frontier.com", "frontiernet.net", "ptd.net", "pa.net",
    "verizon.net", "hotmail.com", "outlook.com", "icloud.com", "msn.com",
    "att.net", "myactv.net", "live.com", "ymail.com",
}

RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok, detail))
    line = ("PASS " if ok else "FAIL ") + name
    if detail and not ok:
        line += " -- " + detail
    print(line)


# ---------------------------------------------------------------------------
# comparison rules (re-implemented)
# ---------------------------------------------------------------------------

_STREET_WORDS = {
    "road": "rd", "street": "st", "lane": "ln", "avenue": "ave", "av": "ave",
    "drive": "dr", "highway": "hwy", "trail": "trl", "court": "ct",
    "circle": "cir", "boulevard": "blvd", "pk": "pike", "place": "pl",
    "north": "n", "south": "s", "east": "e", "west": "w", "mount": "mt",
    "terrace": "ter", "parkway": "pkwy", "rr": "rd", "saint": "st",
}
_ROUTE = re.compile(r"\b(state route|state rte|us route|us highway|us hwy|pa route|"
                    r"route|rte|rt|sr|pa|us)\s*(\d+)\b")
_UNIT = re.compile(r"\s(apt|apartment|unit|lot|ste|suite|trlr|trailer|space|sp|office)"
                   r"\s*[a-z0-9-]+$")
_NOTE = re.compile(r"\s(camp|cabin|barn|house|shop|garage|trailer)$")
_SKIP = re.compile(r"^\s*(c/o|c\\o|care of|attn|attention)\b", re.IGNORECASE)


def street_key(line):
    if not line:
        return ""
    t = line.lower().replace("&amp;", "&")
    for ch in (".", "'", "\u2019", "#"):
        t = t.replace(ch, "")
    t = t.replace("rural route", "rr")
    t = re.sub(r"[^a-z0-9 ]", " ", t)
    t = " ".join(t.split())
    t = _ROUTE.sub(lambda m: "rte " + m.group(2), t)
    t = " " + " ".join(_STREET_WORDS.get(w, w) for w in t.split())
    for _ in range(3):
        t = _UNIT.sub("", t)
        t = _NOTE.sub("", t)
    return t.strip()


def address_street(a):
    if not a:
        return ""
    for k in ("line1", "line2"):
        v = a.get(k)
        if v and not _SKIP.match(v):
            return street_key(v)
    return ""


def city_key(s):
    if not s:
        return ""
    t = s.lower().replace(".", "").replace("'", "")
    t = re.sub(r"[^a-z0-9 ]", " ", t)
    m = {"mt": "mount", "ft": "fort", "st": "saint", "twp": "township"}
    return "".join(m.get(w, w) for w in t.split())


def zip_key(s):
    if not s:
        return ""
    m = re.match(r"^\s*(\d{5})", s)
    return m.group(1) if m else ""


def phone_key(s):
    if not s:
        return ""
    t = re.split(r"x|ext", s.lower())[0]
    digits = "".join(ch for ch in t if ch.isdigit())
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return digits if len(digits) == 10 else ""


def email_key(s):
    return s.strip().casefold() if s else ""


def domain_of(s):
    e = email_key(s)
    return e.split("@", 1)[1] if "@" in e else ""


def same_address(a, b):
    if not a or not b:
        return False
    ka, kb = address_street(a), address_street(b)
    if not ka or ka != kb:
        return False
    za, zb = zip_key(a.get("postalCode")), zip_key(b.get("postalCode"))
    if za and za == zb:
        return True
    ca, cb = city_key(a.get("city")), city_key(b.get("city"))
    return bool(ca) and ca == cb


_NAME_STOP = {"mr", "mrs", "ms", "miss", "dr", "rev", "jr", "sr", "ii", "iii", "iv",
              "and", "the", "of", "family", "estate", "est", "deceased", "llc", "inc",
              "co", "corp", "company", "incorporated", "c", "o", "attn", "amp", "ltd"}
_NAME_SYN = {"twp": "township", "boro": "borough", "st": "saint", "mtn": "mountain",
             "mt": "mount", "vfc": "volunteer", "bros": "brothers", "umc": "methodist",
             "mun": "municipal", "auth": "authority"}


def tokens(fields):
    text = " ".join(v for v in fields if v).lower().replace("&amp;", " ")
    text = text.replace("'", "").replace("\u2019", "").replace("\u00e2\u20ac\u2122", "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    out = []
    for w in text.split():
        w = _NAME_SYN.get(w, w)
        if w in _NAME_STOP or len(w) < 2:
            continue
        if w not in out:
            out.append(w)
    return out


def name_tokens(c):
    return tokens([c.get("displayName"), c.get("givenName"), c.get("familyName"),
                   c.get("companyName")])


def similarity(a, b):
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    inter = len([t for t in ta if t in tb])
    return inter / (len(ta) + len(tb) - inter)


def person_or_org_name(c, party):
    if party == "org":
        return sorted(tokens([c.get("companyName")]))
    if c.get("givenName") or c.get("familyName"):
        return sorted(tokens([c.get("givenName"), c.get("familyName")]))
    return sorted(tokens([c.get("displayName")]))


def family_key(c):
    f = c.get("familyName")
    return re.sub(r"[^a-z]", "", f.lower()) if f else ""


def contact_city(c):
    a = c.get("address")
    return city_key(a.get("city")) if a else ""


def evidence_of(a, b):
    out = []
    if email_key(a.get("email")) and email_key(a.get("email")) == email_key(b.get("email")):
        out.append("email")
    if phone_key(a.get("phone")) and phone_key(a.get("phone")) == phone_key(b.get("phone")):
        out.append("phone")
    if same_address(a.get("address"), b.get("address")):
        out.append("address")
    return out


def shared_of(a, b, pa, pb):
    out = set()
    na, nb = person_or_org_name(a, pa), person_or_org_name(b, pb)
    if na and na == nb:
        out.add("name")
    if family_key(a) and family_key(a) == family_key(b):
        out.add("familyName")
    ea, eb = email_key(a.get("email")), email_key(b.get("email"))
    if ea and ea == eb:
        out.add("email")
    da, db = domain_of(a.get("email")), domain_of(b.get("email"))
    if da and da == db and da not in FREE_MAIL and ea != eb:
        out.add("email_domain")
    if phone_key(a.get("phone")) and phone_key(a.get("phone")) == phone_key(b.get("phone")):
        out.add("phone")
    if same_address(a.get("address"), b.get("address")):
        out.add("address")
    if contact_city(a) and contact_city(a) == contact_city(b):
        out.add("city")
    return out


def differing(a, b):
    out = [k for k in CONTACT_KEYS[:6] if a.get(k) != b.get(k)]
    aa, ab = a.get("address"), b.get("address")
    if (aa is None) != (ab is None):
        out.append("address")
    elif aa is not None:
        out.extend("address." + k for k in ADDRESS_KEYS if aa.get(k) != ab.get(k))
    return out


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            rows.append(json.loads(line))
    return rows


def check_all(d):
    set_path = os.path.join(d, "set.jsonl")
    meta_path = os.path.join(d, "meta.jsonl")
    ok = os.path.exists(set_path) and os.path.exists(meta_path)
    report("files exist", ok)
    if not ok:
        return
    try:
        S = load(set_path)
        M = load(meta_path)
        report("json parses", True)
    except Exception as exc:  # noqa
        report("json parses", False, str(exc))
        return
    report("line counts 3000/3000", len(S) == 3000 and len(M) == 3000,
           "%d/%d" % (len(S), len(M)))
    if len(S) != 3000 or len(M) != 3000:
        return

    # ---- format -------------------------------------------------------------
    errs = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            errs.append("line %d keys %s" % (i + 1, list(r.keys())))
            continue
        if not re.fullmatch(r"c[0-9a-f]{7}", str(r["entity"])):
            errs.append("line %d entity id %r" % (i + 1, r["entity"]))
        c = r["contact"]
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            errs.append("line %d contact keys" % (i + 1))
            continue
        for k in CONTACT_KEYS[:6]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[k]):
                errs.append("line %d field %s=%r" % (i + 1, k, v))
        if c["displayName"] is None:
            errs.append("line %d displayName null" % (i + 1))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDRESS_KEYS:
                errs.append("line %d address keys" % (i + 1))
            else:
                for k in ADDRESS_KEYS:
                    v = a[k]
                    if v is not None and (not isinstance(v, str) or not v.strip()
                                          or len(v) > ALIMITS[k]):
                        errs.append("line %d address.%s=%r" % (i + 1, k, v))
                if all(a[k] is None for k in ADDRESS_KEYS):
                    errs.append("line %d empty address object" % (i + 1))
    report("record format and limits", not errs, "; ".join(errs[:5]))

    sets_ok = all(S[i]["set"] == "existing" for i in range(N_EXISTING)) and \
        all(S[i]["set"] == "incoming" for i in range(N_EXISTING, 3000))
    report("lines 1-1500 existing, 1501-3000 incoming", sets_ok)

    EX = S[:N_EXISTING]
    INC = S[N_EXISTING:]
    MEX = M[:N_EXISTING]
    MIN = M[N_EXISTING:]

    # ---- existing list ------------------------------------------------------------
    names = [r["contact"]["displayName"] for r in EX]
    report("existing sorted by displayName.casefold()",
           names == sorted(names, key=lambda x: x.casefold()))
    report("existing displayName unique (case-insensitive)",
           len(set(n.casefold() for n in names)) == len(names))
    ex_ids = [r["entity"] for r in EX]
    report("existing: one record per customer", len(set(ex_ids)) == len(ex_ids))
    bad = [i for i, r in enumerate(EX) if not (r["contact"]["email"] or r["contact"]["phone"]
                                                or r["contact"]["address"])]
    report("existing: every record has e-mail, phone or address", not bad, str(bad[:5]))
    qual = [n for n in names if re.search(r" \((\d+|[A-Z][A-Za-z .'-]+)\)$", n)]
    base_ok = 0
    lower_names = set(n.casefold() for n in names)
    for n in qual:
        base = re.sub(r" \([^)]*\)$", "", n)
        if base.casefold() in lower_names:
            base_ok += 1
    report("existing: accounting-style disambiguation present (Name (2) / Name (City))",
           base_ok >= 5, "%d qualified names" % base_ok)

    # ---- meta alignment -------------------------------------------------------
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        want_set = "existing" if i < N_EXISTING else "incoming"
        idx = i if i < N_EXISTING else i - N_EXISTING
        if m.get("set") != want_set or m.get("index") != idx or m.get("entity") != r["entity"]:
            errs.append("line %d" % (i + 1))
    report("meta aligned with set (set, index, entity)", not errs, "; ".join(errs[:5]))

    errs = []
    kind_of = {}
    party_of = {}
    for i, m in enumerate(M):
        cat = m.get("category")
        if i < N_EXISTING and cat != "existing":
            errs.append("line %d category %r" % (i + 1, cat))
        if i >= N_EXISTING and cat not in ("match", "new", "hard_negative"):
            errs.append("line %d category %r" % (i + 1, cat))
        p = m.get("party")
        k = m.get("kind")
        if p not in ("org", "person"):
            errs.append("line %d party %r" % (i + 1, p))
        if (p == "org" and k not in ORG_KINDS) or (p == "person" and k not in PERSON_KINDS):
            errs.append("line %d kind %r for party %r" % (i + 1, k, p))
        e = m.get("entity")
        if kind_of.setdefault(e, k) != k or party_of.setdefault(e, p) != p:
            errs.append("line %d entity %s kind/party inconsistent" % (i + 1, e))
        if not isinstance(m.get("changes"), list):
            errs.append("line %d changes not a list" % (i + 1))
        if i >= N_EXISTING and m.get("source") not in SOURCES:
            errs.append("line %d source %r" % (i + 1, m.get("source")))
    report("meta categories, kinds, parties, sources", not errs, "; ".join(errs[:5]))

    # ---- party rules ------------------------------------------------------------
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r["contact"]
        if m["party"] == "org" and not c["companyName"]:
            errs.append("line %d org without companyName" % (i + 1))
        if m["party"] == "person" and c["companyName"] is not None:
            if i < N_EXISTING:
                errs.append("line %d existing person with companyName" % (i + 1))
            elif not any(ch.startswith("companyName:") for ch in m["changes"]):
                errs.append("line %d person companyName not labelled" % (i + 1))
    report("organisations have companyName; persons only as a labelled change",
           not errs, "; ".join(errs[:5]))

    # ---- counts --------------------------------------------------------------------
    cats = {}
    for m in MIN:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    n_match, n_new, n_hn = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    report("incoming: ~55%% match (%d)" % n_match, 0.50 * N_INCOMING <= n_match <= 0.60 * N_INCOMING)
    report("incoming: ~35%% new (%d)" % n_new, 0.30 * N_INCOMING <= n_new <= 0.40 * N_INCOMING)
    report("incoming: 150 hard negatives (%d)" % n_hn, n_hn == N_HARD_NEG)
    match_count = {}
    for m in MIN:
        if m["category"] == "match":
            match_count[m["entity"]] = match_count.get(m["entity"], 0) + 1
    multi = sorted(set(match_count.values()))
    report("matches: ~700 existing customers, some 2-3 times (%d; multiplicities %s)"
           % (len(match_count), multi),
           640 <= len(match_count) <= 760 and 2 in multi and 3 in multi and max(multi) <= 3)
    new_count = {}
    for m in MIN:
        if m["category"] == "new":
            new_count[m["entity"]] = new_count.get(m["entity"], 0) + 1
    nmulti = sorted(set(new_count.values()))
    report("new: ~400 customers, some 2-3 times (%d; multiplicities %s)" % (len(new_count), nmulti),
           360 <= len(new_count) <= 440 and 2 in nmulti and 3 in nmulti and max(nmulti) <= 3)
    hn_types = {}
    for m in MIN:
        if m["category"] == "hard_negative":
            hn_types[m.get("hn_type")] = hn_types.get(m.get("hn_type"), 0) + 1
    report("hard negatives: ten or more types (%d)" % len(hn_types), len(hn_types) >= 10)
    n_org = sum(1 for m in MEX if m["party"] == "org")
    report("existing: about 30%% organisations (%d)" % n_org, 0.25 * N_EXISTING <= n_org <= 0.35 * N_EXISTING)

    # ---- label consistency ----------------------------------------------------
    ex_index = {r["entity"]: i for i, r in enumerate(EX)}
    errs = []
    seen_occ = {}
    first_index = {}
    hn_entities = set()
    new_entities = set(e for e in new_count)
    for j, (r, m) in enumerate(zip(INC, MIN)):
        cat = m["category"]
        e = r["entity"]
        where = "incoming %d" % j
        if cat == "match":
            for k in ("profile", "evidence", "findable", "compare_set", "compare_index"):
                if k not in m:
                    errs.append("%s missing %s" % (where, k))
            if e not in ex_index:
                errs.append("%s match entity not existing" % where)
            elif m.get("compare_set") != "existing" or m.get("compare_index") != ex_index[e]:
                errs.append("%s compare_index wrong" % where)
            if m.get("profile") not in PROFILES:
                errs.append("%s profile %r" % (where, m.get("profile")))
        elif cat == "new":
            if e in ex_index:
                errs.append("%s new entity exists" % where)
            occ = m.get("occurrence")
            want = seen_occ.get(e, 0) + 1
            if occ != want:
                errs.append("%s occurrence %r, expected %d" % (where, occ, want))
            seen_occ[e] = want
            if occ == 1:
                first_index[e] = j
                for k in ("profile", "evidence", "findable", "compare_set", "compare_index"):
                    if k in m:
                        errs.append("%s first occurrence has %s" % (where, k))
                if m["changes"]:
                    errs.append("%s first occurrence has changes" % where)
            else:
                if m.get("compare_set") != "incoming" or m.get("compare_index") != first_index.get(e):
                    errs.append("%s compare_index not the first occurrence" % where)
                if m.get("profile") not in PROFILES:
                    errs.append("%s profile %r" % (where, m.get("profile")))
                if m.get("findable") != "identifier":
                    errs.append("%s repeat findable %r" % (where, m.get("findable")))
        else:
            for k in ("anchor", "anchor_index", "hn_type", "rule", "shared"):
                if k not in m:
                    errs.append("%s missing %s" % (where, k))
            if e in ex_index or e in new_entities or e in hn_entities:
                errs.append("%s hard negative entity not unique/new" % where)
            hn_entities.add(e)
            a = m.get("anchor")
            if a not in ex_index or m.get("anchor_index") != ex_index.get(a):
                errs.append("%s anchor/anchor_index wrong" % where)
            if not isinstance(m.get("rule"), str) or len(m.get("rule", "")) < 10:
                errs.append("%s rule missing" % where)
    report("label consistency (entities, compare/anchor indexes, occurrences)",
           not errs, "; ".join(errs[:5]))
    report("existing meta: changes empty", all(m["changes"] == [] for m in MEX))

    # ---- changes lists --------------------------------------------------------------
    errs = []
    n_checked = 0
    for j, (r, m) in enumerate(zip(INC, MIN)):
        cat = m["category"]
        if cat == "match":
            comp = EX[m["compare_index"]]["contact"]
        elif cat == "new" and m["occurrence"] > 1:
            comp = INC[m["compare_index"]]["contact"]
        elif cat == "hard_negative":
            comp = EX[m["anchor_index"]]["contact"]
        else:
            continue
        n_checked += 1
        fields = []
        for ch in m["changes"]:
            if not isinstance(ch, str) or ch.count(":") != 1:
                errs.append("incoming %d bad change %r" % (j, ch))
                continue
            f, what = ch.split(":")
            if f not in CHANGE_FIELDS:
                errs.append("incoming %d unknown field %r" % (j, f))
            if what not in VOCAB:
                errs.append("incoming %d unknown change %r" % (j, what))
            if f not in fields:
                fields.append(f)
        if len(set(m["changes"])) != len(m["changes"]):
            errs.append("incoming %d duplicate changes" % j)
        want = differing(r["contact"], comp)
        if sorted(fields) != sorted(want):
            errs.append("incoming %d changes fields %s != differing %s" % (j, sorted(fields), sorted(want)))
    report("changes list names exactly the differing fields (%d records)" % n_checked,
           not errs, "; ".join(errs[:4]))

    # ---- evidence and findability ------------------------------------------------------
    city_idx = {}
    for i, r in enumerate(EX):
        k = contact_city(r["contact"])
        if k:
            city_idx.setdefault(k, []).append(i)
    errs = []
    n_nc = 0
    for j, (r, m) in enumerate(zip(INC, MIN)):
        cat = m["category"]
        if cat == "match":
            comp = EX[m["compare_index"]]["contact"]
        elif cat == "new" and m["occurrence"] > 1:
            comp = INC[m["compare_index"]]["contact"]
        else:
            continue
        ev = evidence_of(r["contact"], comp)
        claimed = m.get("evidence")
        if not isinstance(claimed, list) or not set(claimed) <= EVIDENCE_ITEMS or \
                sorted(claimed) != sorted(ev):
            errs.append("incoming %d evidence %r != %r" % (j, claimed, ev))
        fnd = m.get("findable")
        if fnd == "identifier":
            if not ev:
                errs.append("incoming %d findable identifier without evidence" % j)
        elif fnd == "name+city":
            n_nc += 1
            if cat != "match":
                errs.append("incoming %d name+city on a repeat" % j)
                continue
            ci = m["compare_index"]
            city = contact_city(r["contact"])
            if not city or contact_city(comp) != city:
                errs.append("incoming %d name+city: city differs" % j)
                continue
            s0 = similarity(r["contact"], comp)
            if s0 < 0.5:
                errs.append("incoming %d name+city: weak name %.2f" % (j, s0))
                continue
            for other in city_idx.get(city, []):
                if other != ci and similarity(r["contact"], EX[other]["contact"]) >= s0 - 0.2:
                    errs.append("incoming %d name+city: not the clear best (%d)" % (j, other))
                    break
        else:
            errs.append("incoming %d findable %r" % (j, fnd))
    report("evidence claims recomputed; every match/repeat findable (%d by name+city)" % n_nc,
           not errs, "; ".join(errs[:4]))

    # ---- hard negatives: shared claims --------------------------------------------
    errs = []
    for j, (r, m) in enumerate(zip(INC, MIN)):
        if m["category"] != "hard_negative":
            continue
        anc = EX[m["anchor_index"]]
        pa = MEX[m["anchor_index"]]["party"]
        claimed = m.get("shared")
        if not isinstance(claimed, list) or not claimed or not set(claimed) <= SHARED_ITEMS:
            errs.append("incoming %d shared %r" % (j, claimed))
            continue
        real = shared_of(r["contact"], anc["contact"], m["party"], pa)
        for item in CHECKABLE_SHARED:
            if (item in claimed) != (item in real):
                errs.append("incoming %d shared %s claimed=%s real=%s" % (j, item, item in claimed, item in real))
        if "company_stem" in claimed:
            stem = m.get("stem")
            if not stem:
                errs.append("incoming %d company_stem without stem" % j)
            else:
                s = stem.casefold()
                ta = ((r["contact"]["companyName"] or "") + " " + r["contact"]["displayName"]).casefold()
                tb = ((anc["contact"]["companyName"] or "") + " " + anc["contact"]["displayName"]).casefold()
                if s not in ta or s not in tb:
                    errs.append("incoming %d stem %r not in both names" % (j, stem))
        elif "stem" in m:
            errs.append("incoming %d stem without company_stem" % j)
        if m["anchor"] == r["entity"]:
            errs.append("incoming %d anchored on itself" % j)
    report("hard negatives: shared claims recomputed", not errs, "; ".join(errs[:4]))


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def check_determinism(d):
    gen = os.path.join(HERE, "gen.py")
    digests = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in ("0", "4242"):
            out = os.path.join(tmp, "run" + seed)
            os.makedirs(out)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = seed
            p = subprocess.run([sys.executable, gen, "--out", out], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode != 0:
                report("determinism: gen.py runs (PYTHONHASHSEED=%s)" % seed, False,
                       p.stderr.decode("utf-8", "replace")[-300:])
                return
            digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
    report("determinism: identical SHA-256 for PYTHONHASHSEED=0 and 4242", digests[0] == digests[1])
    here = (sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl")))
    report("determinism: files in folder equal a fresh run", here == digests[0])


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    check_all(d)
    if os.path.exists(os.path.join(d, "set.jsonl")):
        check_determinism(d)
    failed = [r for r in RESULTS if not r[1]]
    if failed:
        print("%d CHECK(S) FAILED:" % len(failed))
        for name, _ok, detail in failed:
            print("  - " + name + (": " + detail if detail else ""))
        sys.exit(1)
    print("ALL CHECKS PASSED")
    sys.exit(0)


if __name__ == "__main__":
    main()
