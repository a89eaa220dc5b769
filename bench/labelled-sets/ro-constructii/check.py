#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py - independent validator for the ro-constructii linkage set.

Does not import gen.py.  Re-implements the definitions of "shared" written in
README.txt and checks: format, field limits, counts, label consistency, the
evidence / findable / shared claims, the changes lists, and determinism
(gen.py run twice with different PYTHONHASHSEED, SHA-256 compared).

Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) or a summary (exit 1).
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
SET = os.path.join(HERE, "set.jsonl")
META = os.path.join(HERE, "meta.jsonl")

N_EXISTING = 1500
N_INCOMING = 1500
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDRESS_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100, "email": 100,
          "phone": 30, "line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30,
          "country": 255}
SOURCES = {"counter", "efactura", "sales_app", "webshop"}
PROFILES = {"light", "medium", "harsh"}
KINDS = {"person", "srl", "sa", "srl_d", "pfa", "ii", "if", "cooperativa", "asociatie_proprietari",
         "primarie_directie", "scoala", "parohie", "group_company", "punct_de_lucru"}
SHARED_KEYS = ["name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"]
STRONG = {"name", "familyName", "email", "email_domain", "phone", "address", "company_stem"}
FREEMAIL = {"yahoo.com", "gmail.com", "yahoo.ro", "hotmail.com", "outlook.com", "ymail.com"}
CHANGE_FIELDS = {"displayName", "givenName", "familyName", "companyName", "email", "phone", "address",
                 "address.line1", "address.line2", "address.city", "address.region",
                 "address.postalCode", "address.country"}
VOCAB = {
    # surface
    "case", "punctuation", "format", "diacritics", "diacritics_dropped", "cedilla", "mojibake",
    "word_order", "reformatted", "extension", "extension_added",
    # presence
    "added", "dropped",
    # names
    "typo", "nickname", "short_form", "spelling_variant", "swapped", "last_first", "initials",
    "title_added", "title_dropped", "married_name", "old_orthography", "disambiguation_dropped",
    "wrongly_filled",
    # organisations
    "legal_form", "legal_form_dropped", "abbreviation", "cui_added", "short_name", "contact_changed",
    # identifiers
    "new_email", "new_number", "digit_off", "contact_mobile",
    # addresses
    "moved", "lines_merged", "lines_split", "wrong", "floor_dropped", "apartment_dropped",
    "short_form", "commune_instead_of_village",
    # hard negatives (the other customer's own value)
    "other_customer", "other_person", "other_entity", "other_mailbox", "other_number", "other_address",
    "other", "shortened", "extended",
}

# ---------------------------------------------------------------------------
# normalisations (same definitions as README.txt)
# ---------------------------------------------------------------------------
MOJI = ("Ã", "È", "Å", "Ä")


def unmojibake(s):
    if any(m in s for m in MOJI):
        try:
            return s.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def fold(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", unmojibake(s))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def norm_city(c):
    if not c:
        return ""
    t = re.findall(r"[a-z0-9]+", fold(c))
    while t and t[0] in ("mun", "municipiul", "oras", "orasul", "or", "com", "comuna", "sat", "loc",
                         "localitatea"):
        t = t[1:]
    j = " ".join(t)
    if re.fullmatch(r"sector(ul)? ?[1-6]", j):
        return "bucuresti"
    j = re.sub(r" ?sector(ul)? ?[1-6]$", "", j)
    return "bucuresti" if j in ("buc", "bucuresti", "b") else j


def norm_phone(p):
    if not p:
        return ""
    s = p.casefold()
    m = re.search(r"(int|ext|interior)", s)
    if m:
        s = s[:m.start()]
    d = re.sub(r"\D", "", s)
    if d.startswith("0040"):
        d = d[4:]
    elif d.startswith("40") and len(d) >= 11:
        d = d[2:]
    d = d.lstrip("0")
    return "0" + d if d else ""


def norm_email(e):
    return e.strip().casefold() if e else ""


HEADS = {"sat", "com", "comuna", "jud", "judet", "judetul", "sector", "sectorul", "mun", "municipiul",
         "oras", "orasul", "loc", "localitatea", "cod", "romania"}
LABELS = {"str", "strada", "bd", "bld", "bdul", "bulevardul", "calea", "cal", "aleea", "al", "sos",
          "soseaua", "piata", "pta", "nr", "numar", "no", "bl", "bloc", "sc", "scara", "ap", "apt",
          "apartament", "parter", "cam", "camera"}


def line_key(l1, l2, city):
    parts = [p for p in (l1, l2) if p]
    if not parts:
        return ""
    s = fold(", ".join(parts))
    s = re.sub(r"\bb-?dul\b", "bd", s)
    s = re.sub(r"\bp-?ta\b", "pta", s)
    cn = norm_city(city)
    out = []
    for seg in re.split(r"[,;]", s):
        t = re.findall(r"[a-z0-9]+", seg)
        if not t or t[0] in HEADS:
            continue
        if cn and " ".join(t) == cn:
            continue
        if len(t) == 1 and re.fullmatch(r"\d{6}", t[0]):
            continue
        skip = False
        for w in t:
            if skip:
                skip = False
                continue
            if w in ("et", "etaj"):
                skip = True
                continue
            if w not in LABELS:
                out.append(w)
    return " ".join(out)


def same_address(a, b):
    if not a or not b:
        return False
    ka = line_key(a.get("line1"), a.get("line2"), a.get("city"))
    kb = line_key(b.get("line1"), b.get("line2"), b.get("city"))
    ca, cb = norm_city(a.get("city")), norm_city(b.get("city"))
    return bool(ka) and ka == kb and bool(ca) and ca == cb


DROP = {"srl", "sa", "srld", "sc", "pfa", "ii", "if", "s", "r", "l", "a", "d", "c", "p", "f", "i", "cui",
        "cif", "ro", "persoana", "fizica", "autorizata", "intreprindere", "individuala", "familiala",
        "societatea", "comerciala", "ing", "dr", "dl", "dna", "arh", "prof", "pr"}


def ntoks(s):
    if not s:
        return []
    s = re.sub(r"\([^)]*\)", " ", fold(s))
    return [t for t in re.findall(r"[a-z0-9]+", s) if t not in DROP and not re.fullmatch(r"(ro)?\d{6,10}", t)]


def nkey(s):
    return " ".join(sorted(ntoks(s)))


def nsim(a, b):
    ta, tb = ntoks(a), ntoks(b)
    if not ta or not tb:
        return 0.0
    r1 = difflib.SequenceMatcher(None, " ".join(sorted(ta)), " ".join(sorted(tb))).ratio()
    r2 = difflib.SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio()
    return max(r1, r2)


def city_of(c):
    a = c.get("address")
    return norm_city(a.get("city")) if a else ""


def domain(e):
    return norm_email(e).rsplit("@", 1)[1] if e and "@" in e else ""


def evidence(a, b):
    ev = []
    if a.get("email") and b.get("email") and norm_email(a["email"]) == norm_email(b["email"]):
        ev.append("email")
    pa = norm_phone(a.get("phone"))
    if pa and pa == norm_phone(b.get("phone")):
        ev.append("phone")
    if same_address(a.get("address"), b.get("address")):
        ev.append("address")
    return ev


def stem_ok(stem, name):
    st = re.findall(r"[a-z0-9]+", fold(stem))
    nt = re.findall(r"[a-z0-9]+", re.sub(r"\([^)]*\)", " ", fold(name or "")))
    return bool(st) and any(nt[i:i + len(st)] == st for i in range(len(nt) - len(st) + 1))


def shared(h, a):
    out = set()
    if nkey(h.get("displayName")) and nkey(h.get("displayName")) == nkey(a.get("displayName")):
        out.add("name")
    if h.get("familyName") and a.get("familyName") and fold(h["familyName"]) == fold(a["familyName"]):
        out.add("familyName")
    if h.get("email") and a.get("email"):
        if norm_email(h["email"]) == norm_email(a["email"]):
            out.add("email")
        elif domain(h["email"]) == domain(a["email"]) and domain(h["email"]) not in FREEMAIL:
            out.add("email_domain")
    p = norm_phone(h.get("phone"))
    if p and p == norm_phone(a.get("phone")):
        out.add("phone")
    if same_address(h.get("address"), a.get("address")):
        out.add("address")
    c = city_of(h)
    if c and c == city_of(a):
        out.add("city")
    return out


def diff_fields(a, b):
    out = set()
    for k in CONTACT_KEYS[:-1]:
        if a.get(k) != b.get(k):
            out.add(k)
    aa, ba = a.get("address"), b.get("address")
    if (aa is None) != (ba is None):
        out.add("address")
    elif aa is not None:
        for k in ADDRESS_KEYS:
            if aa.get(k) != ba.get(k):
                out.add("address." + k)
    return out


# ---------------------------------------------------------------------------
RESULTS = []


def check(name, ok, detail=""):
    RESULTS.append((name, bool(ok)))
    line = ("PASS " if ok else "FAIL ") + name
    if not ok and detail:
        line += "  -- " + str(detail)[:600]
    print(line)


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def main():
    ok_files = os.path.exists(SET) and os.path.exists(META)
    check("files set.jsonl and meta.jsonl exist", ok_files)
    if not ok_files:
        return finish()
    try:
        S = [json.loads(l) for l in open(SET, encoding="utf-8")]
        M = [json.loads(l) for l in open(META, encoding="utf-8")]
        parsed = True
    except Exception as e:  # noqa
        parsed = False
        check("every line is JSON", False, e)
        return finish()
    check("every line is JSON", parsed)
    check("set.jsonl has 3000 lines", len(S) == 3000, len(S))
    check("meta.jsonl has 3000 lines", len(M) == 3000, len(M))
    if len(S) != 3000 or len(M) != 3000:
        return finish()

    # ---------------------------------------------------------------- format
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            bad.append((i, "keys", list(r.keys())))
            continue
        c = r["contact"]
        if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
            bad.append((i, "contact keys"))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[k]):
                bad.append((i, k, v))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDRESS_KEYS:
                bad.append((i, "address keys"))
                continue
            for k in ADDRESS_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[k]):
                    bad.append((i, "address." + k, v))
            if all(a[k] is None for k in ADDRESS_KEYS):
                bad.append((i, "empty address object"))
    check("record format, non-empty strings or null, length limits", not bad, bad[:5])
    check("displayName always present", all(r["contact"]["displayName"] for r in S))
    check("entity ids are 'c' + 7 hex",
          all(re.fullmatch(r"c[0-9a-f]{7}", r["entity"] or "") for r in S))
    check("lines 1-1500 existing, 1501-3000 incoming",
          all(S[i]["set"] == "existing" for i in range(1500)) and
          all(S[i]["set"] == "incoming" for i in range(1500, 3000)))
    mal = [i for i in range(3000) if M[i].get("set") != S[i]["set"] or M[i].get("entity") != S[i]["entity"]
           or M[i].get("index") != (i if i < 1500 else i - 1500)]
    check("meta aligned with set (set, index, entity)", not mal, mal[:5])

    EX, INC = S[:1500], S[1500:]
    MEX, MINC = M[:1500], M[1500:]

    # ---------------------------------------------------------------- existing
    ents = [r["entity"] for r in EX]
    check("existing: one record per customer", len(set(ents)) == 1500)
    dn = [r["contact"]["displayName"] for r in EX]
    check("existing: sorted by displayName.casefold()", dn == sorted(dn, key=lambda s: s.casefold()))
    check("existing: displayName unique case-insensitively", len(set(d.casefold() for d in dn)) == 1500)
    check("existing: every record has e-mail, phone or address",
          all(r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"] for r in EX))
    check("existing meta: category existing, changes []",
          all(m.get("category") == "existing" and m.get("changes") == [] for m in MEX))
    dis = [d for d in dn if re.search(r" \((\d+|[^()]+)\)$", d)]
    check("existing: accounting-style disambiguation present ('Name (2)' / 'Name (City)')", len(dis) >= 3, dis)

    # ---------------------------------------------------------------- party / kind
    kp = {}
    badkp = []
    for i in range(3000):
        m, c = M[i], S[i]["contact"]
        if m.get("kind") not in KINDS or m.get("party") not in ("org", "person"):
            badkp.append((i, m.get("kind"), m.get("party")))
            continue
        if (m["kind"] == "person") != (m["party"] == "person"):
            badkp.append((i, "kind/party"))
        prev = kp.setdefault(m["entity"], (m["kind"], m["party"]))
        if prev != (m["kind"], m["party"]):
            badkp.append((i, "entity kind changes"))
        if m["party"] == "org" and not c["companyName"]:
            badkp.append((i, "org without companyName"))
        if m["party"] == "person" and c["companyName"] and \
                not any(x.startswith("companyName:") for x in m.get("changes", [])):
            badkp.append((i, "person with companyName not labelled"))
    check("kind/party valid and consistent; orgs have companyName; persons not (unless labelled)",
          not badkp, badkp[:5])
    orgs = sum(1 for m in MEX if m["party"] == "org")
    check("existing: about 60% organisations", 0.55 <= orgs / 1500 <= 0.65, orgs)

    # ---------------------------------------------------------------- categories and counts
    cats = {}
    for m in MINC:
        cats[m.get("category")] = cats.get(m.get("category"), 0) + 1
    check("incoming categories are match / new / hard_negative",
          set(cats) <= {"match", "new", "hard_negative"}, cats)
    nm, nn, nh = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    check("about 55% match", 0.50 <= nm / 1500 <= 0.60, nm)
    check("about 35% new", 0.30 <= nn / 1500 <= 0.40, nn)
    check("150 hard negatives", nh == 150, nh)
    ex_ent = {r["entity"]: i for i, r in enumerate(EX)}
    match_ents = {}
    new_ents = {}
    for i, m in enumerate(MINC):
        if m["category"] == "match":
            match_ents.setdefault(m["entity"], []).append(i)
        elif m["category"] == "new":
            new_ents.setdefault(m["entity"], []).append(i)
    check("~700 existing customers matched (650-750)", 650 <= len(match_ents) <= 750, len(match_ents))
    check("some matched customers appear 2-3 times, none more",
          max(len(v) for v in match_ents.values()) <= 3 and sum(1 for v in match_ents.values() if len(v) > 1) >= 30)
    check("~400 new customers (370-430)", 370 <= len(new_ents) <= 430, len(new_ents))
    check("some new customers appear 2-3 times, none more",
          max(len(v) for v in new_ents.values()) <= 3 and sum(1 for v in new_ents.values() if len(v) > 1) >= 30)

    # ---------------------------------------------------------------- meta keys per category
    base_keys = {"set", "index", "entity", "category", "kind", "party", "changes", "source"}
    badk = []
    for i, m in enumerate(MINC):
        k = set(m.keys())
        if m["category"] == "match":
            want = base_keys | {"profile", "evidence", "findable", "compare_set", "compare_index"}
        elif m["category"] == "new":
            want = base_keys | {"occurrence"}
            if m.get("occurrence", 1) >= 2:
                want |= {"profile", "evidence", "findable", "compare_set", "compare_index"}
        else:
            want = base_keys | {"anchor", "anchor_index", "hn_type", "rule", "shared"}
            if "company_stem" in m.get("shared", []):
                want |= {"stem"}
        if k != want:
            badk.append((i, sorted(k ^ want)))
        if m.get("source") not in SOURCES:
            badk.append((i, "source", m.get("source")))
        if "profile" in m and m["profile"] not in PROFILES:
            badk.append((i, "profile"))
        if "findable" in m and m["findable"] not in ("identifier", "name+city"):
            badk.append((i, "findable"))
    check("meta keys per category; source/profile/findable values", not badk, badk[:5])
    check("existing meta keys", all(set(m.keys()) == {"set", "index", "entity", "category", "kind", "party", "changes"}
                                    for m in MEX))
    check("all four sources used", {m["source"] for m in MINC} == SOURCES)
    check("all three profiles used", {m["profile"] for m in MINC if "profile" in m} == PROFILES)

    # ---------------------------------------------------------------- matches
    badm = []
    for i, m in enumerate(MINC):
        if m["category"] != "match":
            continue
        ci = m.get("compare_index")
        if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < 1500:
            badm.append((i, "compare"))
            continue
        if EX[ci]["entity"] != m["entity"] or m["entity"] not in ex_ent:
            badm.append((i, "entity"))
    check("match: entity exists, compare_index points at its existing record", not badm, badm[:5])

    # ---------------------------------------------------------------- new customers
    badn = []
    for e, idxs in new_ents.items():
        if e in ex_ent:
            badn.append((e, "in existing"))
        occ = [MINC[i]["occurrence"] for i in idxs]
        if occ != list(range(1, len(idxs) + 1)):
            badn.append((e, "occurrences", occ))
            continue
        first = idxs[0]
        for i in idxs:
            m = MINC[i]
            if m["occurrence"] == 1:
                if m["changes"] != []:
                    badn.append((e, "occ1 changes"))
            elif m.get("compare_set") != "incoming" or m.get("compare_index") != first:
                badn.append((e, "compare", i))
    check("new: not in existing, occurrences 1..k in file order, repeats point at occurrence 1", not badn, badn[:5])

    # ---------------------------------------------------------------- evidence / findable
    bade, badf = [], []
    by_city = {}
    for j, r in enumerate(EX):
        c = city_of(r["contact"])
        if c:
            by_city.setdefault(c, []).append(j)
    nnc = 0
    for i, m in enumerate(MINC):
        if "evidence" not in m:
            continue
        inc = INC[i]["contact"]
        comp = EX[m["compare_index"]]["contact"] if m["compare_set"] == "existing" else INC[m["compare_index"]]["contact"]
        ev = evidence(inc, comp)
        if ev != m["evidence"]:
            bade.append((i, m["evidence"], ev))
        if m["findable"] == "identifier":
            if not ev:
                badf.append((i, "identifier without shared identifier"))
        else:
            nnc += 1
            if ev:
                badf.append((i, "name+city but identifiers shared"))
                continue
            c = city_of(inc)
            if not c or c != city_of(comp):
                badf.append((i, "city differs"))
                continue
            sc = nsim(inc["displayName"], comp["displayName"])
            if sc < 0.75:
                badf.append((i, "weak name", round(sc, 3)))
                continue
            own = m["compare_index"] if m["compare_set"] == "existing" else None
            for j in by_city.get(c, []):
                if j == own:
                    continue
                if nsim(inc["displayName"], EX[j]["contact"]["displayName"]) >= sc - 0.1:
                    badf.append((i, "not the clear best in its city", EX[j]["contact"]["displayName"]))
                    break
    check("evidence lists exactly the shared e-mail / phone / address", not bade, bade[:5])
    check("findable: identifier shared, or clear best name match in the same city", not badf, badf[:5])
    check("some records findable only by name+city", nnc >= 20, nnc)

    # ---------------------------------------------------------------- changes
    badc = []
    for i, m in enumerate(MINC):
        ch = m.get("changes")
        if not isinstance(ch, list):
            badc.append((i, "not a list"))
            continue
        fields = set()
        for x in ch:
            if not isinstance(x, str) or x.count(":") != 1:
                badc.append((i, "format", x))
                continue
            f, w = x.split(":")
            if f not in CHANGE_FIELDS or w not in VOCAB:
                badc.append((i, "vocabulary", x))
            fields.add(f)
        if m["category"] == "match" or (m["category"] == "new" and m["occurrence"] >= 2):
            comp = EX[m["compare_index"]]["contact"] if m["compare_set"] == "existing" else INC[m["compare_index"]]["contact"]
        elif m["category"] == "hard_negative":
            comp = EX[m["anchor_index"]]["contact"] if isinstance(m.get("anchor_index"), int) and 0 <= m["anchor_index"] < 1500 else None
        else:
            comp = None
        if comp is not None:
            d = diff_fields(comp, INC[i]["contact"])
            if d != fields:
                badc.append((i, "fields", sorted(d ^ fields)))
            if len(ch) != len(set(ch)):
                badc.append((i, "duplicate entries"))
    check("changes: 'field:what' from the vocabulary, exactly the differing fields", not badc, badc[:5])
    nz = sum(1 for m in MINC if m["category"] == "match" and m["changes"])
    check("matches carry changes (noise present)", nz >= 0.9 * nm, nz)

    # ---------------------------------------------------------------- hard negatives
    badh = []
    types = {}
    hn_ents = {}
    all_inc_ents = {}
    for i, m in enumerate(MINC):
        all_inc_ents.setdefault(m["entity"], set()).add(m["category"])
    for i, m in enumerate(MINC):
        if m["category"] != "hard_negative":
            continue
        types[m["hn_type"]] = types.get(m["hn_type"], 0) + 1
        hn_ents.setdefault(m["entity"], 0)
        hn_ents[m["entity"]] += 1
        ai = m.get("anchor_index")
        if not isinstance(ai, int) or not 0 <= ai < 1500 or EX[ai]["entity"] != m.get("anchor"):
            badh.append((i, "anchor"))
            continue
        if m["entity"] in ex_ent or m["entity"] == m["anchor"] or all_inc_ents[m["entity"]] != {"hard_negative"}:
            badh.append((i, "entity not a separate customer"))
        if not isinstance(m.get("rule"), str) or len(m["rule"]) < 20:
            badh.append((i, "rule"))
        sh = m.get("shared")
        if not isinstance(sh, list) or not set(sh) <= set(SHARED_KEYS) or len(sh) != len(set(sh)):
            badh.append((i, "shared format", sh))
            continue
        comp = EX[ai]["contact"]
        inc = INC[i]["contact"]
        real = shared(inc, comp)
        claimed = set(sh) - {"company_stem"}
        if claimed != real:
            badh.append((i, "shared", sorted(claimed), sorted(real)))
        if "company_stem" in sh:
            st = m.get("stem")
            na = inc.get("companyName") or inc.get("displayName")
            nb = comp.get("companyName") or comp.get("displayName")
            if not st or not stem_ok(st, na) or not stem_ok(st, nb) or nkey(na) == nkey(nb):
                badh.append((i, "stem", st))
        elif "stem" in m:
            badh.append((i, "stem without company_stem"))
        if not set(sh) & STRONG:
            badh.append((i, "shares nothing but the city"))
        order = [k for k in SHARED_KEYS if k in sh]
        if order != sh:
            badh.append((i, "shared order"))
    check("hard negatives: anchor valid, separate new customer, rule given", not [b for b in badh if b[1] in ("anchor", "entity not a separate customer", "rule")], badh[:5])
    check("hard negatives: 'shared' is exactly what the records share (company_stem verified)",
          not [b for b in badh if b[1] not in ("anchor", "entity not a separate customer", "rule")], badh[:5])
    check("hard negatives: ten or more types", len(types) >= 10, types)
    check("hard negatives: each appears once", all(v == 1 for v in hn_ents.values()))
    check("hard negative anchors distinct", len({m["anchor"] for m in MINC if m["category"] == "hard_negative"}) == nh)

    # ---------------------------------------------------------------- readme
    rd = os.path.join(HERE, "README.txt")
    check("README.txt present", os.path.exists(rd) and os.path.getsize(rd) > 2000)

    # ---------------------------------------------------------------- determinism
    gen = os.path.join(HERE, "gen.py")
    hashes = []
    errs = []
    with tempfile.TemporaryDirectory() as td:
        for seed in ("1", "4242"):
            out = os.path.join(td, "run" + seed)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = seed
            p = subprocess.run([sys.executable, gen, "--out", out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                errs.append(p.stderr[-500:])
                continue
            hashes.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
    check("gen.py runs with --out", not errs, errs)
    check("byte-identical output for different PYTHONHASHSEED", len(hashes) == 2 and hashes[0] == hashes[1])
    check("files in the folder are gen.py's current output",
          len(hashes) >= 1 and hashes[0] == (sha(SET), sha(META)))
    return finish()


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print("\n%d of %d checks FAILED:" % (len(failed), len(RESULTS)))
        for n in failed:
            print("  - " + n)
        return 1
    print("\nALL CHECKS PASSED (%d checks)" % len(RESULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
