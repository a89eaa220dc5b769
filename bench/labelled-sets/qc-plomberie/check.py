#!/usr/bin/env python3
"""check.py -- independent validator for the qc-plomberie linkage benchmark.

Does not import gen.py.  Re-derives every label it can from the records
themselves (evidence, shared attributes, change lists, name+city
findability) and re-runs gen.py twice under different PYTHONHASHSEED values
to prove byte-identical output.

    python3 check.py            # validates set.jsonl / meta.jsonl in this folder
    python3 check.py --dir DIR  # validates another output folder (no determinism run)
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
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))

RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok, detail))
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, ("  -- " + detail) if detail and not ok else
                        ("  (" + detail + ")" if detail else "")))


# ---------------------------------------------------------------------------
# independent normalisers
# ---------------------------------------------------------------------------
FREE_MAIL = {
    "videotron.ca", "videotron.qc.ca", "hotmail.com", "hotmail.ca", "hotmail.fr", "gmail.com", "gmail.ca",
    "sympatico.ca", "bell.net", "bellnet.ca", "outlook.com", "outlook.fr", "live.ca", "live.com", "yahoo.ca",
    "yahoo.com", "icloud.com", "me.com", "msn.com", "cgocable.ca", "cooptel.qc.ca", "globetrotter.net",
    "ccapcable.com", "rogers.com",
}
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100, "email": 100, "phone": 30,
          "line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}
CHANGE_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"] + \
    ["address." + k for k in ADDR_KEYS]
VOCAB = {
    # generic
    "format", "case", "typo", "dropped", "added", "other",
    # encodings
    "accents_stripped", "mojibake", "encoding_lost",
    # person names
    "nickname", "initial", "swapped", "given_dropped", "title_added", "married_name", "double_surname_partial",
    "spouse", "spouse_added", "spouse_dropped", "spurious", "disambiguation_suffix",
    # organisations
    "legal_form", "legal_form_dropped", "abbrev", "trade_name", "numbered_name", "numbered_format", "faso_format",
    "article_dropped", "saint_abbrev", "former_name", "department_added", "address_appended", "contact_changed",
    "contact_added",
    # e-mail / phone
    "new", "new_number", "digit_off", "extension_added", "extension_dropped",
    # address
    "moved", "job_site", "billing_address", "civic_typo", "street_abbrev", "english_format", "dir_abbrev",
    "unit_format", "unit_merged", "unit_prefix", "unit_dropped", "borough", "english", "wrong",
}
HN_SHARED = ["name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"]
SOURCES = {"field_service", "booking_form", "legacy_accounting", "work_order"}
PERSON_KINDS = {"homeowner", "household", "tenant", "condo_owner", "landlord"}
ORG_KINDS = {"syndicat", "property_manager", "contractor", "restaurant", "depanneur", "cpe", "caisse", "municipality",
             "school_centre", "numbered_company", "ontario_firm", "commercial", "property_owner"}


def deaccent(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def unmangle(s):
    if "Ã" in s or "Â" in s:
        try:
            return s.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def plain(s):
    if not s:
        return ""
    s = deaccent(unmangle(s)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", s))


def n_email(s):
    return s.strip().lower() if s else None


def n_phone(s):
    if not s:
        return None
    m = re.search(r"(?i)\s*(poste|p\.|ext\.?|x|#)\s*\d+\s*$", s)
    if m:
        s = s[:m.start()]
    d = "".join(ch for ch in s if ch.isdigit())
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d or None


STOP = set("""rue r boul boulevard blvd bd av ave avenue ch chemin rd road street st drive dr montee mtee route rte rang
place pl prom promenade cote est ouest nord sud east west north south de des du la le les saint sainte ste app apt
appartement unite unit suite bureau bur local loc logement sous sol ss bas""".split())


def parse_addr(a):
    if not a or not a.get("line1"):
        return None
    line = unmangle(a["line1"])
    m = re.match(r"\s*(?:\d+[A-Za-z]?\s*-\s*)?(\d+)\b", line)
    if not m:
        return None
    civic = m.group(1)
    rest = line[m.end():]
    cut = re.search(r"(?i),\s*(app|apt|unit|suite|bureau|local|#|logement|sous)|\s(app\.?|apt\.?|#)\s*\d", rest)
    if cut:
        rest = rest[:cut.start()]
    toks = plain(rest).split()
    core = {t for t in toks if len(t) >= 3 and t.isalpha() and t not in STOP}
    street = " ".join(t for t in toks if t not in STOP and not t.isdigit())
    pc = (a.get("postalCode") or "").replace(" ", "").upper() or None
    return civic, core, street, pc


def same_addr(a, b):
    x, y = parse_addr(a), parse_addr(b)
    if x is None or y is None or x[0] != y[0]:
        return False
    return bool(x[1] & y[1]) or (x[3] is not None and x[3] == y[3]) or \
        SequenceMatcher(None, x[2], y[2]).ratio() >= 0.6


def n_city(a):
    if not a or not a.get("city"):
        return None
    t = plain(a["city"]).split()
    return " ".join({"st": "saint", "ste": "sainte"}.get(w, w) for w in t) or None


DROP_PERSON = {"m", "mme", "mr", "mrs", "ms", "dr", "dre", "me", "monsieur", "madame", "fils", "pere", "jr", "sr",
               "junior", "senior"}
DROP_ORG = {"inc", "ltee", "ltd", "limitee", "limited", "enr", "senc", "sencrl", "incorporee", "incorporated",
            "le", "la", "les"}


def ptoks(c):
    s = " ".join(x for x in (c.get("givenName"), c.get("familyName")) if x) or c.get("displayName") or ""
    return sorted(t for t in plain(s).split() if t not in DROP_PERSON)


def otoks(c):
    s = c.get("companyName") or c.get("displayName") or ""
    return sorted(t for t in plain(s).split() if t not in DROP_ORG and len(t) > 1)


def nsim(a, b, party):
    f = ptoks if party == "person" else otoks
    return SequenceMatcher(None, " ".join(f(a)), " ".join(f(b))).ratio()


def fam(c):
    return {t for t in plain(c.get("familyName")).split()
            if len(t) >= 3 and t not in ("saint", "sainte", "st", "ste", "fils", "pere", "jr", "sr")}


def edom(c):
    e = c.get("email")
    if not e or "@" not in e:
        return None
    d = e.strip().lower().rsplit("@", 1)[1]
    return None if d in FREE_MAIL else d


def name_same(a, pa, b, pb):
    if pa == "org":
        if pb != "org":
            return False
        ta = sorted(t for t in plain(a.get("companyName") or a.get("displayName")).split()
                    if t not in DROP_ORG and len(t) > 1)
        tb = sorted(t for t in plain(b.get("companyName") or b.get("displayName")).split()
                    if t not in DROP_ORG and len(t) > 1)
        # gen keeps one-letter tokens out only through its legal list; compare both ways
        return bool(ta) and ta == tb
    ta = ptoks(a)
    if len(ta) < 2:
        return False
    if pb == "person":
        return ta == ptoks(b) or set(ta) <= set(plain(b.get("displayName")).split())
    ctc = sorted(t for t in plain(" ".join(x for x in (b.get("givenName"), b.get("familyName")) if x)).split()
                 if t not in DROP_PERSON)
    return ta == ctc


def shared_set(a, pa, b, pb):
    s = set()
    if name_same(a, pa, b, pb):
        s.add("name")
    if fam(a) & fam(b):
        s.add("familyName")
    if a.get("email") and b.get("email") and n_email(a["email"]) == n_email(b["email"]):
        s.add("email")
    if edom(a) and edom(a) == edom(b):
        s.add("email_domain")
    if a.get("phone") and b.get("phone") and n_phone(a["phone"]) == n_phone(b["phone"]):
        s.add("phone")
    if a.get("address") and b.get("address") and same_addr(a["address"], b["address"]):
        s.add("address")
    ca = n_city(a.get("address"))
    if ca and ca == n_city(b.get("address")):
        s.add("city")
    return s


def evidence_set(a, b):
    return {x for x in shared_set(a, "person", b, "person") if x in ("email", "phone", "address")}


def diff_fields(a, b):
    out = set()
    for k in ["displayName", "givenName", "familyName", "companyName", "email", "phone"]:
        if a.get(k) != b.get(k):
            out.add(k)
    x, y = a.get("address"), b.get("address")
    if (x is None) != (y is None):
        out.add("address")
    elif x is not None:
        for k in ADDR_KEYS:
            if x.get(k) != y.get(k):
                out.add("address." + k)
    return out


# ---------------------------------------------------------------------------
def load(d):
    sp, mp = os.path.join(d, "set.jsonl"), os.path.join(d, "meta.jsonl")
    with open(sp, encoding="utf-8") as f:
        S = [json.loads(l) for l in f]
    with open(mp, encoding="utf-8") as f:
        M = [json.loads(l) for l in f]
    return S, M


def sha(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--no-determinism", action="store_true")
    args = ap.parse_args()
    try:
        S, M = load(args.dir)
    except Exception as ex:  # noqa
        report("files readable (set.jsonl, meta.jsonl)", False, str(ex))
        return finish()
    report("files readable", True)

    # ---------------- format
    errs = []
    if len(S) != 3000 or len(M) != 3000:
        errs.append("line counts %d / %d" % (len(S), len(M)))
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
            else:
                for k in ADDR_KEYS:
                    v = a[k]
                    if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[k]):
                        errs.append("line %d address.%s=%r" % (i + 1, k, v))
                if all(a[k] is None for k in ADDR_KEYS):
                    errs.append("line %d empty address object" % (i + 1))
        if not c["displayName"]:
            errs.append("line %d no displayName" % (i + 1))
    report("record format, field types and length limits", not errs, "; ".join(errs[:5]))

    # ---------------- blocks and ordering
    errs = []
    sets = [r["set"] for r in S]
    if sets[:1500] != ["existing"] * 1500 or sets[1500:] != ["incoming"] * 1500:
        errs.append("lines 1-1500 must be existing and 1501-3000 incoming")
    EX, IN = S[:1500], S[1500:]
    EXM, INM = M[:1500], M[1500:]
    keys = [r["contact"]["displayName"].casefold() for r in EX]
    if keys != sorted(keys):
        errs.append("existing not sorted by displayName.casefold()")
    if len(set(keys)) != len(keys):
        dup = [k for k, n in collections.Counter(keys).items() if n > 1]
        errs.append("duplicate display names %s" % dup[:3])
    ex_ids = [r["entity"] for r in EX]
    if len(set(ex_ids)) != len(ex_ids):
        errs.append("existing entity ids not unique")
    for i, r in enumerate(EX):
        c = r["contact"]
        if not (c["email"] or c["phone"] or c["address"]):
            errs.append("existing %d has no email/phone/address" % i)
    n_suffix = sum(1 for r in EX if re.search(r" \((\d+|[^)]+)\)$", r["contact"]["displayName"]) and
                   EXM[EX.index(r)]["party"] == "person")
    report("existing block: sorted, unique display names, one identifier each", not errs,
           "; ".join(errs[:5]) if errs else "%d person display names disambiguated" % n_suffix)

    # ---------------- meta alignment
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < 1500 else i - 1500
        if m.get("set") != r["set"] or m.get("index") != idx or m.get("entity") != r["entity"]:
            errs.append("meta line %d misaligned" % (i + 1))
        if m.get("party") not in ("org", "person"):
            errs.append("meta line %d party" % (i + 1))
        kinds = PERSON_KINDS if m.get("party") == "person" else ORG_KINDS
        if m.get("kind") not in kinds:
            errs.append("meta line %d kind %r for %s" % (i + 1, m.get("kind"), m.get("party")))
        if not isinstance(m.get("changes"), list):
            errs.append("meta line %d changes" % (i + 1))
        if r["set"] == "existing":
            if m.get("category") != "existing" or m["changes"] != []:
                errs.append("meta line %d existing category/changes" % (i + 1))
        else:
            if m.get("category") not in ("match", "new", "hard_negative"):
                errs.append("meta line %d category" % (i + 1))
            if m.get("source") not in SOURCES:
                errs.append("meta line %d source %r" % (i + 1, m.get("source")))
    report("meta.jsonl aligned with set.jsonl (set, index, entity, kind, party, source)", not errs, "; ".join(errs[:5]))

    # ---------------- party rules
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        c = r["contact"]
        if m["party"] == "org" and not c["companyName"]:
            errs.append("line %d org without companyName" % (i + 1))
        if m["party"] == "person" and c["companyName"] is not None:
            if not any(x.startswith("companyName:") for x in m["changes"]):
                errs.append("line %d person with unlabelled companyName" % (i + 1))
    report("organisations carry companyName; persons only as a labelled change", not errs, "; ".join(errs[:5]))

    # ---------------- counts
    cat = collections.Counter(m["category"] for m in INM)
    n_match, n_new, n_hn = cat["match"], cat["new"], cat["hard_negative"]
    match_ents = collections.Counter(m["entity"] for m in INM if m["category"] == "match")
    new_ents = collections.Counter(m["entity"] for m in INM if m["category"] == "new")
    hn_types = collections.Counter(m.get("hn_type") for m in INM if m["category"] == "hard_negative")
    errs = []
    if not (0.50 <= n_match / 1500.0 <= 0.60):
        errs.append("match share %.3f" % (n_match / 1500.0))
    if not (0.30 <= n_new / 1500.0 <= 0.40):
        errs.append("new share %.3f" % (n_new / 1500.0))
    if n_hn != 150:
        errs.append("hard negatives %d" % n_hn)
    if not (650 <= len(match_ents) <= 750):
        errs.append("matched customers %d" % len(match_ents))
    if not (350 <= len(new_ents) <= 450):
        errs.append("new customers %d" % len(new_ents))
    if max(match_ents.values()) > 3 or max(new_ents.values()) > 3:
        errs.append("an entity appears more than three times")
    if sum(1 for v in match_ents.values() if v >= 2) < 30 or sum(1 for v in new_ents.values() if v >= 2) < 30:
        errs.append("too few repeated customers")
    if len(hn_types) < 10:
        errs.append("only %d hard-negative types" % len(hn_types))
    pc = collections.Counter(m["party"] for m in EXM)
    if not (0.60 <= pc["person"] / 1500.0 <= 0.70):
        errs.append("person share in existing %.3f" % (pc["person"] / 1500.0))
    detail = "match %d (%d customers: %s), new %d (%d customers: %s), hard negatives %d (%d types)" % (
        n_match, len(match_ents), dict(sorted(collections.Counter(match_ents.values()).items())), n_new, len(new_ents),
        dict(sorted(collections.Counter(new_ents.values()).items())), n_hn, len(hn_types))
    report("counts", not errs, "; ".join(errs) if errs else detail)

    # ---------------- shuffled incoming
    first = [m["category"] for m in INM[:150]]
    runs = sum(1 for a, b in zip(first, first[1:]) if a != b)
    report("incoming block is shuffled", len(set(first)) == 3 and runs > 30, "%d category switches in first 150" % runs)

    # ---------------- label consistency
    errs = []
    ex_pos = {r["entity"]: i for i, r in enumerate(EX)}
    occ_seen = {}
    hn_ids = collections.Counter()
    for i, (r, m) in enumerate(zip(IN, INM)):
        c = m["category"]
        if c == "match":
            for k in ("profile", "evidence", "findable", "compare_set", "compare_index"):
                if k not in m:
                    errs.append("in %d match lacks %s" % (i, k))
            if r["entity"] not in ex_pos:
                errs.append("in %d match entity not in existing" % i)
            elif m.get("compare_set") != "existing" or m.get("compare_index") != ex_pos[r["entity"]]:
                errs.append("in %d match compare_index" % i)
            if m.get("profile") not in ("light", "medium", "harsh"):
                errs.append("in %d profile" % i)
            if m["kind"] != EXM[ex_pos.get(r["entity"], 0)]["kind"]:
                errs.append("in %d kind differs from existing" % i)
        elif c == "new":
            if r["entity"] in ex_pos:
                errs.append("in %d new entity is existing" % i)
            occ = m.get("occurrence")
            prev = occ_seen.get(r["entity"], 0)
            if occ != prev + 1:
                errs.append("in %d occurrence %r after %d" % (i, occ, prev))
            occ_seen[r["entity"]] = occ
            if occ == 1:
                if m["changes"] != [] or "compare_index" in m:
                    errs.append("in %d occurrence 1 with changes/compare" % i)
                occ_seen[(r["entity"], "pos")] = i
            else:
                for k in ("profile", "evidence", "findable", "compare_set", "compare_index"):
                    if k not in m:
                        errs.append("in %d new repeat lacks %s" % (i, k))
                if m.get("compare_set") != "incoming" or m.get("compare_index") != occ_seen.get((r["entity"], "pos")):
                    errs.append("in %d new repeat compare_index" % i)
        else:
            hn_ids[r["entity"]] += 1
            for k in ("anchor", "anchor_index", "hn_type", "rule", "shared"):
                if k not in m:
                    errs.append("in %d hard negative lacks %s" % (i, k))
            if r["entity"] in ex_pos or r["entity"] in match_ents or r["entity"] in new_ents:
                errs.append("in %d hard negative entity reused" % i)
            if m.get("anchor") not in ex_pos or m.get("anchor_index") != ex_pos.get(m.get("anchor")):
                errs.append("in %d anchor/anchor_index" % i)
            if m.get("anchor") == r["entity"]:
                errs.append("in %d anchor equals entity" % i)
            if not m.get("rule") or not m.get("shared"):
                errs.append("in %d empty rule/shared" % i)
    if any(v > 1 for v in hn_ids.values()):
        errs.append("a hard-negative entity appears twice")
    report("label consistency (entities, occurrences, compare/anchor indexes)", not errs, "; ".join(errs[:6]))

    # ---------------- evidence and findability
    errs = []
    party_of = {}
    for r, m in zip(S, M):
        party_of.setdefault(r["entity"], m["party"])
    ex_city = collections.defaultdict(list)
    for r, m in zip(EX, EXM):
        cn = n_city(r["contact"]["address"])
        if cn:
            ex_city[cn].append((r["entity"], r["contact"], m["party"]))
    new1_city = collections.defaultdict(list)
    for r, m in zip(IN, INM):
        if m["category"] == "new" and m.get("occurrence") == 1:
            cn = n_city(r["contact"]["address"])
            if cn:
                new1_city[cn].append((r["entity"], r["contact"], m["party"]))
    n_nc = 0
    for i, (r, m) in enumerate(zip(IN, INM)):
        if m["category"] == "match" or (m["category"] == "new" and m.get("occurrence", 1) >= 2):
            ref = EX[m["compare_index"]] if m["category"] == "match" else IN[m["compare_index"]]
            ev = evidence_set(r["contact"], ref["contact"])
            claimed = m.get("evidence")
            if not isinstance(claimed, list) or set(claimed) != ev or len(set(claimed)) != len(claimed):
                errs.append("in %d evidence %s, recomputed %s" % (i, claimed, sorted(ev)))
            if m.get("findable") == "identifier":
                if not ev:
                    errs.append("in %d identifier-findable without evidence" % i)
            elif m.get("findable") == "name+city":
                n_nc += 1
                if ev:
                    errs.append("in %d name+city but has evidence" % i)
                ca = n_city(r["contact"]["address"])
                if not ca or ca != n_city(ref["contact"]["address"]):
                    errs.append("in %d name+city: city differs" % i)
                    continue
                pool = list(ex_city.get(ca, []))
                if m["category"] == "new":
                    pool += new1_city.get(ca, [])
                party = m["party"]
                s_ref = nsim(r["contact"], ref["contact"], party)
                others = [nsim(r["contact"], oc, party) for oid, oc, op in pool if oid != r["entity"] and op == party]
                best = max(others) if others else 0.0
                if s_ref < 0.8 or s_ref - best < 0.1:
                    errs.append("in %d name+city not clear: %.2f vs %.2f" % (i, s_ref, best))
            else:
                errs.append("in %d findable %r" % (i, m.get("findable")))
    report("match / repeat evidence recomputed; name+city findability", not errs,
           "; ".join(errs[:6]) if errs else "%d name+city records" % n_nc)

    # ---------------- hard negatives: shared claims
    errs = []
    for i, (r, m) in enumerate(zip(IN, INM)):
        if m["category"] != "hard_negative":
            continue
        a = EX[m["anchor_index"]]
        got = shared_set(r["contact"], m["party"], a["contact"], EXM[m["anchor_index"]]["party"])
        claimed = set(m.get("shared") or [])
        if not claimed <= set(HN_SHARED):
            errs.append("in %d unknown shared %s" % (i, claimed))
        if claimed - {"company_stem"} != got:
            errs.append("in %d (%s) shared %s, recomputed %s" % (i, m.get("hn_type"), sorted(claimed), sorted(got)))
        if ("company_stem" in claimed) != bool(m.get("stem")):
            errs.append("in %d company_stem without stem (or stem unused)" % i)
        if m.get("stem"):
            st = plain(m["stem"])
            for x in (r["contact"], a["contact"]):
                if st not in plain(x.get("companyName")) and st not in plain(x.get("displayName")):
                    errs.append("in %d stem %r not in %r" % (i, m["stem"], x.get("companyName")))
        if not claimed:
            errs.append("in %d shares nothing" % i)
    report("hard negatives: shared attributes recomputed against the anchor", not errs, "; ".join(errs[:6]))

    # ---------------- change lists
    errs = []
    for i, (r, m) in enumerate(zip(IN, INM)):
        ch = m["changes"]
        if m["category"] == "new" and m.get("occurrence") == 1:
            continue
        if m["category"] == "match":
            ref = EX[m["compare_index"]]
        elif m["category"] == "new":
            ref = IN[m["compare_index"]]
        else:
            ref = EX[m["anchor_index"]]
        fields = []
        for x in ch:
            if not isinstance(x, str) or ":" not in x:
                errs.append("in %d bad change %r" % (i, x))
                continue
            f, what = x.split(":", 1)
            fields.append(f)
            if f not in CHANGE_FIELDS:
                errs.append("in %d unknown field %r" % (i, f))
            for w in what.split("+"):
                if w not in VOCAB:
                    errs.append("in %d unknown change %r" % (i, w))
                if w == "other" and m["category"] != "hard_negative":
                    errs.append("in %d 'other' outside hard negatives" % i)
        if len(fields) != len(set(fields)):
            errs.append("in %d duplicate fields in changes" % i)
        want = diff_fields(r["contact"], ref["contact"])
        if set(fields) != want:
            errs.append("in %d changes %s vs differing %s" % (i, sorted(set(fields)), sorted(want)))
    for i, m in enumerate(EXM):
        if m["changes"]:
            errs.append("existing %d has changes" % i)
    report("changes list exactly the differing fields, known vocabulary", not errs, "; ".join(errs[:6]))

    # ---------------- profiles, sources, types summary
    prof = collections.Counter(m.get("profile") for m in INM if m.get("profile"))
    src = collections.Counter(m.get("source") for m in INM)
    report("profiles and sources present", set(prof) == {"light", "medium", "harsh"} and len(src) == 4,
           "profiles %s; sources %s" % (dict(prof), dict(src)))
    report("hard-negative types", len(hn_types) >= 10, ", ".join("%s %d" % kv for kv in sorted(hn_types.items())))

    # ---------------- determinism
    if not args.no_determinism and os.path.abspath(args.dir) == HERE:
        ok, detail = True, ""
        with tempfile.TemporaryDirectory() as t:
            hashes = []
            for seed, sub in (("1", "a"), ("98765", "b")):
                out = os.path.join(t, sub)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                p = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", out], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                if p.returncode != 0:
                    ok, detail = False, "gen.py failed: " + p.stderr.decode()[-300:]
                    break
                hashes.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
            if ok:
                here = (sha(os.path.join(HERE, "set.jsonl")), sha(os.path.join(HERE, "meta.jsonl")))
                if hashes[0] != hashes[1]:
                    ok, detail = False, "outputs differ between PYTHONHASHSEED=1 and 98765"
                elif hashes[0] != here:
                    ok, detail = False, "files in folder differ from a fresh run"
                else:
                    detail = "set %s..., meta %s..." % (here[0][:12], here[1][:12])
        report("determinism (two runs, different PYTHONHASHSEED, SHA-256 equal)", ok, detail)
    return finish()


def finish():
    bad = [r for r in RESULTS if not r[1]]
    if bad:
        print("\n%d CHECK(S) FAILED: %s" % (len(bad), ", ".join(r[0] for r in bad)))
        sys.exit(1)
    print("\nALL CHECKS PASSED")
    sys.exit(0)


if __name__ == "__main__":
    main()
