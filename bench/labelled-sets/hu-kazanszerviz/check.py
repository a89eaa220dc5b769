#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py -- independent validator for the hu-kazanszerviz record-linkage set.

Does NOT import gen.py.  Re-derives everything it checks from set.jsonl / meta.jsonl
with its own normalisation (mojibake repair, accents, Hungarian phone numbers,
street-address keys), and runs gen.py twice under different PYTHONHASHSEED values
to prove byte-identical output.

Prints PASS/FAIL lines and finally "ALL CHECKS PASSED" (exit 0) or a failure
summary (exit 1).
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
N_EXISTING, N_INCOMING, N_HN = 1500, 1500, 150

SOURCES = {"szerelo_app", "web_foglalas", "regi_szamlazo", "kozos_kepviselo", "iroda"}
PROFILES = {"light", "medium", "harsh"}
PERSON_KINDS = {"flat_owner", "family_house", "weekend_house", "landlord", "tenant", "couple", "estate"}
ORG_KINDS = {"tarsashaz", "kozos_kepviselo", "lakasszovetkezet", "kft", "bt", "zrt", "nyrt", "kkt", "sole_trader",
             "bakery", "restaurant", "dental_practice", "school", "municipality", "parish", "foundation",
             "association", "sports_club", "municipal_unit"}
SHARED_VOCAB = {"name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"}
# the change vocabulary documented in README.txt ("field:what")
CHANGE_WHATS = {
    "abbreviated", "accents_restored", "accents_stripped", "added", "case", "contact_added", "contact_changed",
    "contact_dropped", "country_format", "digit_off", "disambiguation_dropped", "district_format",
    "estate_format", "format", "former_name", "house_number_format", "initial", "legal_form_dropped",
    "legal_form_format", "lines_merged", "lines_split", "manager_contact", "marker_format", "married_name",
    "missing", "mojibake", "moved", "name_order", "name_variant", "new", "nickname", "other_property",
    "postcode_wrong", "region_format", "spouse_format", "spouse_only", "street_abbrev", "swapped",
    "tax_number_added", "tilde_accents", "title_added", "title_dropped", "title_format", "typo", "unit_format",
    "wrong_field"}
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
CHANGE_FIELDS = set(CONTACT_KEYS[:-1]) | {"address"} | {"address." + k for k in ADDR_KEYS}
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100, "email": 100,
          "phone": 30, "line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}
FREEMAIL = {"gmail.com", "freemail.hu", "citromail.hu", "t-online.hu", "outlook.hu", "hotmail.com", "yahoo.com",
            "invitel.hu", "vipmail.hu", "indamail.hu", "upcmail.hu"}

results = []


def report(name, ok, detail=""):
    results.append((ok, name))
    line = ("PASS  " if ok else "FAIL  ") + name
    if detail and not ok:
        line += "\n        " + detail
    print(line)


# ----------------------------------------------------------------------------- normalisation
def _mojibake_table():
    t = {}
    for ch in "áéíóöőúüűÁÉÍÓÖŐÚÜŰ":
        seq = ch.encode("utf-8").decode("cp1252", errors="ignore")
        if len(seq) == 2:
            t[seq] = ch
    return t


MOJI = _mojibake_table()


def fold(s):
    """mojibake repair + accents off + casefold."""
    if s is None:
        return ""
    for seq, ch in MOJI.items():
        s = s.replace(seq, ch)
    s = s.replace("Ã", "A").replace("Å", "O")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.casefold()


STOP = {"dr", "ifj", "id", "ifjabb", "idosebb", "nehai", "hagyateka", "hagyatek", "es", "neje", "kft", "bt", "zrt",
        "nyrt", "kkt", "ev", "e", "v", "egyeni", "vallalkozo", "korlatolt", "felelossegu", "tarsasag", "beteti",
        "zartkoruen", "mukodo", "reszvenytarsasag", "nyilvanosan", "kozkereseti", "ozv"}


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s)) if t and t not in STOP]


def display_tokens(c):
    s = c.get("displayName") or c.get("companyName") or ""
    s = re.sub(r"\([^)]*\)", " ", s)
    return tokens(s)


_RATIO = {}


def _ratio(x, y):
    if x == y:
        return 1.0
    k = (x, y) if x < y else (y, x)
    if k not in _RATIO:
        _RATIO[k] = SequenceMatcher(None, k[0], k[1]).ratio()
    return _RATIO[k]


def sim(a, b):
    """mean over the tokens of both names of the best character ratio on the other side"""
    if not a or not b:
        return 0.0

    def best(x, others):
        return max(_ratio(x, y) for y in others)
    return (sum(best(x, b) for x in a) + sum(best(y, a) for y in b)) / (len(a) + len(b))


def email_key(e):
    return e.strip().lower() if e else None


def phone_key(p):
    if not p:
        return None
    d = re.sub(r"\D", "", p)
    if d.startswith("0036"):
        d = d[4:]
    elif d.startswith("36") and len(d) in (10, 11):
        d = d[2:]
    elif d.startswith("06"):
        d = d[2:]
    return d or None


def city_key(city):
    if not city:
        return None
    s = re.sub(r"[^a-z0-9]+", " ", fold(city)).strip()
    if s.startswith("budapest") or s.startswith("bp"):
        return "budapest"
    return s.replace(" ", "") or None


STREET_TYPES = {"utca": "utca", "u": "utca", "ut": "ut", "utja": "utja", "korut": "korut", "krt": "korut",
                "ter": "ter", "koz": "koz", "setany": "setany", "stny": "setany", "fasor": "fasor", "dulo": "dulo",
                "sor": "sor", "rakpart": "rakpart", "rkp": "rakpart", "arok": "arok", "korter": "korter",
                "park": "park"}


def addr_key(a):
    """(city, first word of the street name, street type, house number, house letter)"""
    if not a or not a.get("line1") or not a.get("city"):
        return None
    words = [w for w in re.split(r"[\s,]+", fold(a["line1"])) if w]
    ti = None
    for i in range(1, len(words)):
        if words[i].rstrip(".") in STREET_TYPES:
            ti = i
            break
    if ti is None:
        return None
    first = words[0].split("-")[0].rstrip(".")
    rest = " ".join(words[ti + 1:])
    m = re.match(r"(\d+)(?:\s*/\s*([a-z])(?![a-z])|([a-z])(?![a-z]))?", rest)
    if not m:
        return None
    letter = m.group(2) or m.group(3) or ""
    return (city_key(a["city"]), first, STREET_TYPES[words[ti].rstrip(".")], int(m.group(1)), letter)


def name_key(c):
    if not c.get("givenName") or not c.get("familyName"):
        return None
    t = tuple(sorted(tokens(c["givenName"] + " " + c["familyName"])))
    return t or None


def fam_key(c):
    if not c.get("familyName"):
        return None
    return tuple(tokens(c["familyName"])) or None


def stem_norm(s):
    return re.sub(r"[^a-z0-9]+", " ", fold(s)).strip()


def diff_fields(c1, c2):
    out = [f for f in CONTACT_KEYS[:-1] if c1[f] != c2[f]]
    a1, a2 = c1["address"], c2["address"]
    if (a1 is None) != (a2 is None):
        out.append("address")
    elif a1 is not None:
        out += ["address." + k for k in ADDR_KEYS if a1[k] != a2[k]]
    return out


def evidence(c1, c2):
    ev = []
    if email_key(c1["email"]) and email_key(c1["email"]) == email_key(c2["email"]):
        ev.append("email")
    if phone_key(c1["phone"]) and phone_key(c1["phone"]) == phone_key(c2["phone"]):
        ev.append("phone")
    k1, k2 = addr_key(c1["address"]), addr_key(c2["address"])
    if k1 and k1 == k2:
        ev.append("address")
    return ev


# ----------------------------------------------------------------------------- load
def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f.read().split("\n") if l.strip()]


def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    try:
        S, M = load(sp), load(mp)
        report("files exist and every line is JSON", True)
    except Exception as ex:  # noqa
        report("files exist and every line is JSON", False, repr(ex))
        return finish()

    report("3,000 lines in set.jsonl and meta.jsonl", len(S) == 3000 and len(M) == 3000, f"{len(S)} / {len(M)}")

    # ------------------------------------------------------------- format
    bad = []
    ent_re = re.compile(r"^c[0-9a-f]{7}$")
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            bad.append((i, "keys", list(r.keys())))
            continue
        if not ent_re.match(r["entity"] or ""):
            bad.append((i, "entity", r["entity"]))
        c = r["contact"]
        if list(c.keys()) != CONTACT_KEYS:
            bad.append((i, "contact keys", list(c.keys())))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip() or len(v) > LIMITS[k]):
                bad.append((i, k, v))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                bad.append((i, "address keys", a))
            else:
                for k in ADDR_KEYS:
                    v = a[k]
                    if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip() or len(v) > LIMITS[k]):
                        bad.append((i, "address." + k, v))
                if all(a[k] is None for k in ADDR_KEYS):
                    bad.append((i, "empty address", a))
        if not c["displayName"]:
            bad.append((i, "no displayName", None))
        if c["email"] is not None and not re.match(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$", c["email"]):
            bad.append((i, "email syntax", c["email"]))
        if c["phone"] is not None and len(phone_key(c["phone"]) or "") not in (8, 9):
            bad.append((i, "phone digits", c["phone"]))
        if a and a.get("postalCode") and not re.match(r"^\d{4}$", a["postalCode"]):
            bad.append((i, "postcode", a["postalCode"]))
    report("record format: keys, entity ids, non-empty strings or null, length limits", not bad, str(bad[:5]))

    sets_ok = all(S[i]["set"] == "existing" for i in range(N_EXISTING)) and \
        all(S[i]["set"] == "incoming" for i in range(N_EXISTING, 3000))
    report("lines 1-1500 existing, 1501-3000 incoming", sets_ok)
    EX, IN = S[:N_EXISTING], S[N_EXISTING:]
    MX, MI = M[:N_EXISTING], M[N_EXISTING:]

    mm = []
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < N_EXISTING else i - N_EXISTING
        if m.get("set") != r["set"] or m.get("index") != idx or m.get("entity") != r["entity"]:
            mm.append(i)
    report("meta.jsonl aligned with set.jsonl (set, index, entity)", not mm, str(mm[:5]))

    # ------------------------------------------------------------- existing list
    ids = [r["entity"] for r in EX]
    report("existing: one record per customer (entity ids unique)", len(set(ids)) == N_EXISTING)
    names = [r["contact"]["displayName"].casefold() for r in EX]
    report("existing: sorted by displayName.casefold()", names == sorted(names))
    report("existing: displayName unique case-insensitively", len(set(names)) == N_EXISTING)
    noid = [i for i, r in enumerate(EX) if not (r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"])]
    report("existing: every record has e-mail, phone or address", not noid, str(noid[:5]))
    disamb = [r["contact"]["displayName"] for r in EX if re.search(r" \((\d+|[^()]+)\)$", r["contact"]["displayName"])]
    report("existing: accounting-style disambiguation present ('Name (2)' / 'Name (City)')", len(disamb) >= 5,
           f"{len(disamb)} found")
    emeta = [i for i, m in enumerate(MX) if m.get("category") != "existing" or m.get("changes") != []]
    report("existing meta: category existing, changes []", not emeta, str(emeta[:5]))

    # ------------------------------------------------------------- kinds / parties
    ex_ent = {r["entity"]: i for i, r in enumerate(EX)}
    kp = {}
    bad = []
    for i, (r, m) in enumerate(zip(S, M)):
        party, kind = m.get("party"), m.get("kind")
        if party not in ("org", "person") or kind not in (ORG_KINDS if party == "org" else PERSON_KINDS):
            bad.append((i, party, kind))
        prev = kp.setdefault(r["entity"], (party, kind))
        if prev != (party, kind):
            bad.append((i, "inconsistent", prev, (party, kind)))
        c = r["contact"]
        if party == "org" and not c["companyName"]:
            bad.append((i, "org without companyName"))
        if party == "person" and c["companyName"] and "companyName:wrong_field" not in m.get("changes", []):
            bad.append((i, "person with companyName, not labelled"))
    report("kind/party valid and consistent per entity; orgs have companyName; persons only by labelled mistake",
           not bad, str(bad[:5]))
    orgs = sum(1 for m in MX if m["party"] == "org")
    report("existing: about 40% organisations", 0.35 <= orgs / N_EXISTING <= 0.45, f"{orgs}")

    # ------------------------------------------------------------- categories and counts
    cats = {}
    for m in MI:
        cats[m.get("category")] = cats.get(m.get("category"), 0) + 1
    report("incoming categories only match/new/hard_negative", set(cats) <= {"match", "new", "hard_negative"}, str(cats))
    report("incoming: about 55% match", 0.50 <= cats.get("match", 0) / N_INCOMING <= 0.60, str(cats))
    report("incoming: about 35% new", 0.30 <= cats.get("new", 0) / N_INCOMING <= 0.40, str(cats))
    report("incoming: exactly 150 hard negatives", cats.get("hard_negative", 0) == N_HN, str(cats))
    m_ents, n_ents = {}, {}
    for i, m in enumerate(MI):
        if m["category"] == "match":
            m_ents.setdefault(m["entity"], []).append(i)
        elif m["category"] == "new":
            n_ents.setdefault(m["entity"], []).append(i)
    multi_m = sum(1 for v in m_ents.values() if len(v) > 1)
    multi_n = sum(1 for v in n_ents.values() if len(v) > 1)
    report("matches: ~700 existing customers, some two or three times",
           650 <= len(m_ents) <= 750 and multi_m > 0 and max(len(v) for v in m_ents.values()) <= 3,
           f"{len(m_ents)} customers, {multi_m} repeated")
    report("new: ~400 new customers, some two or three times",
           350 <= len(n_ents) <= 450 and multi_n > 0 and max(len(v) for v in n_ents.values()) <= 3,
           f"{len(n_ents)} customers, {multi_n} repeated")

    # ------------------------------------------------------------- label consistency
    bad = []
    for i, (r, m) in enumerate(zip(IN, MI)):
        cat = m["category"]
        if m.get("source") not in SOURCES:
            bad.append((i, "source", m.get("source")))
        if cat == "match":
            if r["entity"] not in ex_ent:
                bad.append((i, "match entity not existing"))
            if m.get("compare_set") != "existing" or m.get("compare_index") != ex_ent.get(r["entity"]):
                bad.append((i, "match compare"))
            if m.get("profile") not in PROFILES or m.get("findable") not in ("identifier", "name+city"):
                bad.append((i, "match profile/findable"))
        elif cat == "new":
            if r["entity"] in ex_ent:
                bad.append((i, "new entity is existing"))
            occ = n_ents[r["entity"]]
            k = occ.index(i) + 1
            if m.get("occurrence") != k:
                bad.append((i, "occurrence order", m.get("occurrence"), k))
            if k == 1:
                if m.get("changes") != [] or "compare_index" in m or "profile" in m:
                    bad.append((i, "first occurrence carries comparison"))
            else:
                if m.get("compare_set") != "incoming" or m.get("compare_index") != occ[0]:
                    bad.append((i, "repeat compare", m.get("compare_index"), occ[0]))
                if m.get("profile") not in PROFILES or m.get("findable") not in ("identifier", "name+city"):
                    bad.append((i, "repeat profile/findable"))
        elif cat == "hard_negative":
            if r["entity"] in ex_ent or r["entity"] in m_ents or r["entity"] in n_ents:
                bad.append((i, "hard negative entity reused"))
            if m.get("anchor") not in ex_ent or m.get("anchor_index") != ex_ent.get(m.get("anchor")):
                bad.append((i, "anchor"))
            if not m.get("hn_type") or not m.get("rule") or m.get("changes") != []:
                bad.append((i, "hn fields"))
            sh = m.get("shared")
            if not isinstance(sh, list) or not sh or not set(sh) <= SHARED_VOCAB:
                bad.append((i, "shared vocab", sh))
            elif ("company_stem" in sh) != bool(m.get("stem")):
                bad.append((i, "stem iff company_stem"))
    hn_ids = [r["entity"] for r, m in zip(IN, MI) if m["category"] == "hard_negative"]
    if len(set(hn_ids)) != len(hn_ids):
        bad.append(("hard negative entity appears twice",))
    report("labels: match/new/hard_negative fields, compare indexes, occurrences, anchors", not bad, str(bad[:5]))

    hn_types = {}
    for m in MI:
        if m["category"] == "hard_negative":
            hn_types[m["hn_type"]] = hn_types.get(m["hn_type"], 0) + 1
    report("hard negatives: ten or more types", len(hn_types) >= 10 and min(hn_types.values()) >= 5, str(hn_types))

    # ------------------------------------------------------------- changes lists
    bad = []
    n_checked = 0
    for i, (r, m) in enumerate(zip(IN, MI)):
        ch = m.get("changes")
        if not isinstance(ch, list):
            bad.append((i, "changes not a list"))
            continue
        for x in ch:
            if not isinstance(x, str) or x.count(":") != 1:
                bad.append((i, "format", x))
                continue
            f, w = x.split(":")
            if f not in CHANGE_FIELDS or w not in CHANGE_WHATS:
                bad.append((i, "vocabulary", x))
        if len(set(ch)) != len(ch):
            bad.append((i, "duplicates", ch))
        if "compare_index" in m:
            cmp = EX[m["compare_index"]] if m["compare_set"] == "existing" else IN[m["compare_index"]]
            want = set(diff_fields(r["contact"], cmp["contact"]))
            got = {x.split(":")[0] for x in ch}
            n_checked += 1
            if want != got:
                bad.append((i, "fields", sorted(want ^ got)))
            if not ch:
                bad.append((i, "identical to compared record"))
        elif ch:
            bad.append((i, "changes without compared record"))
    report(f"changes: vocabulary and exactly the differing fields ({n_checked} compared records)", not bad, str(bad[:5]))

    # ------------------------------------------------------------- evidence / findable
    city_idx_ex = {}
    for j, r in enumerate(EX):
        a = r["contact"]["address"]
        if a and a.get("city"):
            city_idx_ex.setdefault(city_key(a["city"]), []).append(j)

    def clear_best(rec, cmp_set, cmp_index, own_entity):
        a = rec["contact"]["address"]
        pool = EX if cmp_set == "existing" else IN
        cr = pool[cmp_index]["contact"]
        if not a or not a.get("city") or not cr["address"] or city_key(a["city"]) != city_key(cr["address"]["city"]):
            return False
        ck = city_key(a["city"])
        if cmp_set == "existing":
            cands = city_idx_ex.get(ck, [])
        else:
            cands = [j for j, r2 in enumerate(IN) if r2["contact"]["address"] and city_key(r2["contact"]["address"]["city"]) == ck
                     and (r2["entity"] != own_entity or j == cmp_index) and r2 is not rec]
        t = display_tokens(rec["contact"])
        s_cmp, s_other = 0.0, 0.0
        for j in cands:
            s = sim(t, display_tokens(pool[j]["contact"]))
            if j == cmp_index:
                s_cmp = s
            else:
                s_other = max(s_other, s)
        return s_cmp >= 0.85 and s_cmp - s_other >= 0.1

    bad = []
    stats = {"identifier": 0, "name+city": 0}
    for i, (r, m) in enumerate(zip(IN, MI)):
        if "compare_index" not in m:
            continue
        cmp = EX[m["compare_index"]] if m["compare_set"] == "existing" else IN[m["compare_index"]]
        ev = evidence(r["contact"], cmp["contact"])
        claimed = m.get("evidence")
        if not isinstance(claimed, list) or sorted(claimed) != sorted(ev):
            bad.append((i, "evidence", claimed, ev))
        f = m.get("findable")
        stats[f] = stats.get(f, 0) + 1
        if f == "identifier" and not ev:
            bad.append((i, "identifier without shared identifier"))
        if f == "name+city":
            if ev:
                bad.append((i, "name+city although identifiers shared"))
            if not clear_best(r, m["compare_set"], m["compare_index"], r["entity"]):
                bad.append((i, "name+city: not the clear best name match in the city"))
    report("evidence claims equal independently recomputed shared e-mail/phone/address", not [b for b in bad if b[1] == "evidence"],
           str([b for b in bad if b[1] == "evidence"][:5]))
    report(f"every match/repeat is findable (identifier {stats['identifier']}, name+city {stats['name+city']})",
           not [b for b in bad if b[1] != "evidence"], str([b for b in bad if b[1] != "evidence"][:5]))

    # ------------------------------------------------------------- hard negative shared claims
    bad = []
    for i, (r, m) in enumerate(zip(IN, MI)):
        if m["category"] != "hard_negative":
            continue
        a, h = EX[m["anchor_index"]]["contact"], r["contact"]
        calc = set()
        if name_key(a) and name_key(a) == name_key(h):
            calc.add("name")
        if fam_key(a) and fam_key(a) == fam_key(h):
            calc.add("familyName")
        if email_key(a["email"]) and email_key(h["email"]):
            if email_key(a["email"]) == email_key(h["email"]):
                calc.add("email")
            else:
                da, dh = email_key(a["email"]).split("@")[1], email_key(h["email"]).split("@")[1]
                if da == dh and da not in FREEMAIL:
                    calc.add("email_domain")
        if phone_key(a["phone"]) and phone_key(a["phone"]) == phone_key(h["phone"]):
            calc.add("phone")
        if addr_key(a["address"]) and addr_key(a["address"]) == addr_key(h["address"]):
            calc.add("address")
        ca = city_key(a["address"]["city"]) if a["address"] else None
        chh = city_key(h["address"]["city"]) if h["address"] else None
        if ca and ca == chh:
            calc.add("city")
        claimed = set(m["shared"])
        if claimed - {"company_stem"} != calc:
            bad.append((i, m["hn_type"], "claimed", sorted(claimed), "found", sorted(calc)))
        if "company_stem" in claimed:
            st = stem_norm(m["stem"])
            if not st or st not in stem_norm(a["companyName"] or "") or st not in stem_norm(h["companyName"] or ""):
                bad.append((i, "stem not in both company names", m["stem"]))
        if not claimed & {"name", "familyName", "email", "phone", "address", "company_stem"}:
            bad.append((i, "shares nothing strong"))
        if r["entity"] == m["anchor"]:
            bad.append((i, "anchor is itself"))
    report("hard negatives: shared claims equal what they really share with the anchor", not bad, str(bad[:5]))

    # ------------------------------------------------------------- new customers are really new
    ex_emails = {email_key(r["contact"]["email"]) for r in EX if r["contact"]["email"]}
    ex_phones = {phone_key(r["contact"]["phone"]) for r in EX if r["contact"]["phone"]}
    ex_addrs = {addr_key(r["contact"]["address"]) for r in EX if addr_key(r["contact"]["address"])}
    bad = []
    for i, (r, m) in enumerate(zip(IN, MI)):
        if m["category"] != "new":
            continue
        c = r["contact"]
        if c["email"] and email_key(c["email"]) in ex_emails:
            bad.append((i, "email", c["email"]))
        if c["phone"] and phone_key(c["phone"]) in ex_phones:
            bad.append((i, "phone", c["phone"]))
        if addr_key(c["address"]) in ex_addrs:
            bad.append((i, "address", c["address"]["line1"]))
    report("new customers share no e-mail, phone or address with any existing customer", not bad, str(bad[:5]))

    # ------------------------------------------------------------- realism spot checks
    moj = sum(1 for r in IN if "Ã" in json.dumps(r["contact"], ensure_ascii=False))
    noacc = sum(1 for r in IN if r["contact"]["address"] and re.search(r"\bGyor\b|\bUT\b|\butca\b", r["contact"]["address"]["line1"] or "") is not None)
    th = sum(1 for r in EX if "Társasház" in (r["contact"]["companyName"] or ""))
    report("noise present: mojibake, Társasházak, various sources and profiles",
           moj >= 30 and th >= 100 and len({m["source"] for m in MI}) == 5 and
           len({m.get("profile") for m in MI if m.get("profile")}) == 3, f"mojibake {moj}, TH {th}")

    # ------------------------------------------------------------- determinism
    gen = os.path.join(HERE, "gen.py")
    digests = []
    ok = True
    detail = ""
    with tempfile.TemporaryDirectory() as tmp:
        for seed in ("1", "987654"):
            out = os.path.join(tmp, "run" + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, gen, "--out", out], cwd=tmp, env=env, capture_output=True, text=True)
            if p.returncode != 0:
                ok, detail = False, p.stderr[-500:]
                break
            d = []
            for fn in ("set.jsonl", "meta.jsonl"):
                with open(os.path.join(out, fn), "rb") as f:
                    d.append(hashlib.sha256(f.read()).hexdigest())
            digests.append(tuple(d))
    here = []
    for fn in ("set.jsonl", "meta.jsonl"):
        with open(os.path.join(HERE, fn), "rb") as f:
            here.append(hashlib.sha256(f.read()).hexdigest())
    if ok:
        ok = len(digests) == 2 and digests[0] == digests[1] == tuple(here)
        detail = f"{digests} vs {here}"
    report("determinism: gen.py twice (PYTHONHASHSEED 1 / 987654) -> identical SHA-256, equal to files here", ok, detail)
    return finish()


def finish():
    failed = [n for ok, n in results if not ok]
    print()
    if failed:
        print(f"{len(failed)} CHECK(S) FAILED:")
        for n in failed:
            print("  - " + n)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
