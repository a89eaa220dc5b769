#!/usr/bin/env python3
"""Independent validator for the us-homecare linkage set.

Does not import gen.py.  Checks format, counts, label consistency, the
evidence / shared claims, the change lists and determinism (gen.py run twice
with different PYTHONHASHSEED in a temp dir, SHA-256 compared).

    python3 check.py            -> PASS/FAIL lines, "ALL CHECKS PASSED" (exit 0)
"""
import collections
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

TOP = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "givenName": 100, "familyName": 100, "companyName": 100,
          "email": 100, "phone": 30, "line1": 500, "line2": 500, "city": 255,
          "region": 255, "postalCode": 30, "country": 255}
CATEGORIES = {"existing", "match", "new", "hard_negative"}
PROFILES = {"light", "medium", "harsh"}
SOURCES = {"intake_crm", "ehr_export", "billing_portal", "referral_fax"}
SHARED_ITEMS = {"name", "familyName", "email", "email_domain", "phone", "address",
                "city", "company_stem"}
FREE_MAIL = {"aol.com", "comcast.net", "yahoo.com", "att.net", "gmail.com",
             "verizon.net", "hotmail.com", "msn.com", "sbcglobal.net", "bellsouth.net",
             "charter.net", "juno.com", "earthlink.net", "icloud.com", "outlook.com",
             "live.com", "tampabay.rr.com", "zoominternet.net", "roadrunner.com",
             "velocity.net", "wowway.com"}
# the change vocabulary documented in README.txt
VOCAB = {
    # generic differences
    "case", "punctuation", "format", "added", "dropped", "reordered", "shortened",
    "extended", "rewritten", "accents", "accents_dropped", "encoding", "html_entity",
    "typo", "ocr", "abbreviation",
    # names
    "nickname", "legal_name", "middle_name", "initial", "other_form",
    "spelling_variant", "second_surname_dropped", "surnames_hyphenated",
    "first_surname_as_middle", "maiden_name", "previous_married_name",
    "suffix_dropped", "suffix_format", "suffix_in_family", "title_added", "swapped",
    "middle_initial", "title_dropped", "area_code_added",
    "last_first", "payer_name", "payer_added", "payer_dropped", "payer_changed",
    "one_spouse", "couple_name", "disambiguation_dropped", "wrongly_set",
    # organisations
    "legal_form", "article", "program_dropped", "trust_name_format",
    "estate_name_format", "contact_in_name", "contact_changed", "contact_dropped",
    "successor_trustee",
    # e-mail / phone
    "new_email", "other_known_email", "other_email", "new_number", "other_number",
    "other_known_number", "digit_typo", "area_code_dropped", "extension",
    "seasonal_number",
    # address
    "moved", "moved_to_facility", "seasonal_address", "room_change", "remit_address",
    "unit_format", "lines_merged", "directional", "quadrant", "house_number_typo",
    "zip4", "neighbourhood", "misspelled",
    # hard negatives (against the anchor)
    "other_customer", "other_person", "other_address", "other_unit", "other_city",
    "other_zip", "other_state",
}

results = []


def report(ok, name, detail=""):
    results.append(ok)
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, ("  -- " + detail) if detail and not ok else ""))


# ---------------------------------------------------------------- normalisation

def deaccent(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c))


def simple(s):
    return re.sub(r"[^a-z0-9]+", " ", deaccent(s).casefold()).strip()


def phone10(p):
    if not p:
        return None
    head = re.split(r"(?:ext|x|#)", p.lower())[0]
    d = re.sub(r"\D", "", head)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else None


def mail(e):
    return e.strip().casefold() if e else None


SUFFIX = {"STREET": "ST", "STR": "ST", "AVENUE": "AVE", "AV": "AVE", "ROAD": "RD",
          "DRIVE": "DR", "DRV": "DR", "BOULEVARD": "BLVD", "BL": "BLVD", "LANE": "LN",
          "LA": "LN", "COURT": "CT", "HIGHWAY": "HWY", "PARKWAY": "PKWY", "PKY": "PKWY",
          "TRAIL": "TRL", "TR": "TRL", "CIRCLE": "CIR", "PLACE": "PL", "TERRACE": "TER",
          "TERR": "TER", "SAINT": "ST", "MOUNT": "MT"}
DIRS = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NORTH", "SOUTH", "EAST", "WEST",
        "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST"}
UNITS = {"APT", "APARTMENT", "UNIT", "STE", "SUITE", "RM", "ROOM", "LOT", "BLDG",
         "BUILDING", "FL", "FLOOR", "FLR", "UPPER", "LOWER", "REAR"}


def street_key(line1):
    s = deaccent(line1 or "").upper().split("#")[0]
    toks = re.sub(r"[^A-Z0-9 ]", " ", s).split()
    out = []
    for i, t in enumerate(toks):
        if i > 0 and t in UNITS:
            break
        t = SUFFIX.get(t, t)
        if t not in DIRS:
            out.append(t)
    return " ".join(out)


def zip5(z):
    d = re.sub(r"\D", "", z or "")
    return d[:5] if len(d) >= 5 else None


def same_address(a, b):
    if not a or not b:
        return False
    ka, kb = street_key(a.get("line1")), street_key(b.get("line1"))
    if not ka or ka != kb:
        return False
    za, zb = zip5(a.get("postalCode")), zip5(b.get("postalCode"))
    if za and zb and za == zb:
        return True
    ca, cb = simple(a.get("city") or ""), simple(b.get("city") or "")
    return bool(ca) and ca == cb


def compute_evidence(a, b):
    ev = []
    if mail(a["email"]) and mail(a["email"]) == mail(b["email"]):
        ev.append("email")
    if phone10(a["phone"]) and phone10(a["phone"]) == phone10(b["phone"]):
        ev.append("phone")
    if same_address(a["address"], b["address"]):
        ev.append("address")
    return ev


def namekey(c):
    if c.get("companyName"):
        return simple(c["companyName"])
    if c.get("givenName") or c.get("familyName"):
        return simple("%s %s" % (c.get("givenName") or "", c.get("familyName") or ""))
    return simple(c.get("displayName") or "")


def similarity(a, b):
    if not a or not b:
        return 0.0
    x = difflib.SequenceMatcher(None, a, b).ratio()
    y = difflib.SequenceMatcher(None, " ".join(sorted(a.split())),
                                " ".join(sorted(b.split()))).ratio()
    return max(x, y)


def city_of(c):
    return simple(c["address"]["city"]) if c.get("address") and c["address"].get("city") else None


def findable_by_name_city(rec, target, candidates):
    """target: contact; candidates: contacts other than target to compete with."""
    city = city_of(rec)
    if not city or city_of(target) != city:
        return False
    nk = namekey(rec)
    best = similarity(nk, namekey(target))
    if best < 0.8:
        return False
    for c in candidates:
        if city_of(c) == city and similarity(nk, namekey(c)) > best - 0.1:
            return False
    return True


def domain(e):
    return e.split("@", 1)[1].strip().casefold() if e and "@" in e else None


def compute_shared(h, a, stem):
    s = []
    if namekey(h) and namekey(h) == namekey(a):
        s.append("name")
    if simple(h.get("familyName") or "") and simple(h.get("familyName") or "") == simple(a.get("familyName") or ""):
        s.append("familyName")
    if mail(h["email"]) and mail(h["email"]) == mail(a["email"]):
        s.append("email")
    dh, da = domain(h["email"]), domain(a["email"])
    if dh and dh == da and dh not in FREE_MAIL and mail(h["email"]) != mail(a["email"]):
        s.append("email_domain")
    if phone10(h["phone"]) and phone10(h["phone"]) == phone10(a["phone"]):
        s.append("phone")
    if same_address(h["address"], a["address"]):
        s.append("address")
    if city_of(h) and city_of(h) == city_of(a):
        s.append("city")
    if stem and stem.casefold() in (h.get("companyName") or "").casefold() and \
            stem.casefold() in (a.get("companyName") or "").casefold():
        s.append("company_stem")
    return s


def differing_fields(a, b):
    out = [f for f in TOP if a[f] != b[f]]
    if (a["address"] is None) != (b["address"] is None):
        out.append("address")
    elif a["address"] is not None:
        out += ["address." + f for f in ADDR if a["address"][f] != b["address"][f]]
    return out


# ---------------------------------------------------------------- load

def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f.read().splitlines()]


def main():
    try:
        S = load(SET)
        M = load(META)
        report(True, "files parse as JSON lines")
    except Exception as e:  # noqa
        report(False, "files parse as JSON lines", str(e))
        return finish()

    report(len(S) == 3000 and len(M) == 3000, "3,000 lines in set.jsonl and meta.jsonl",
           "%d / %d" % (len(S), len(M)))

    # ---------------- format
    errs = []
    for n, r in enumerate(S):
        if set(r) != {"set", "entity", "contact"}:
            errs.append("line %d keys %s" % (n + 1, sorted(r)))
            continue
        if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"] or ""):
            errs.append("line %d entity id %r" % (n + 1, r["entity"]))
        c = r["contact"]
        if not isinstance(c, dict) or list(c) != TOP + ["address"]:
            errs.append("line %d contact keys" % (n + 1))
            continue
        for f in TOP:
            v = c[f]
            if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[f]):
                errs.append("line %d %s=%r" % (n + 1, f, v))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a) != ADDR:
                errs.append("line %d address keys" % (n + 1))
                continue
            for f in ADDR:
                v = a[f]
                if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[f]):
                    errs.append("line %d address.%s=%r" % (n + 1, f, v))
    report(not errs, "record format, non-empty strings or null, field limits", "; ".join(errs[:5]))

    sets = [r["set"] for r in S]
    report(sets[:1500] == ["existing"] * 1500 and sets[1500:] == ["incoming"] * 1500,
           "lines 1-1500 existing, 1501-3000 incoming")
    EX = [r["contact"] for r in S[:1500]]
    IN = [r["contact"] for r in S[1500:]]
    EXE = [r["entity"] for r in S[:1500]]
    INE = [r["entity"] for r in S[1500:]]
    ex_ids = set(EXE)

    report(len(ex_ids) == 1500, "one existing record per customer")
    keys = [c["displayName"].casefold() if c["displayName"] else "" for c in EX]
    report(all(c["displayName"] for c in EX) and keys == sorted(keys),
           "existing sorted by displayName.casefold()")
    report(len(set(keys)) == 1500, "existing displayName unique case-insensitively",
           str([k for k, v in collections.Counter(keys).items() if v > 1][:5]))
    report(all(c["email"] or c["phone"] or c["address"] for c in EX),
           "every existing record has e-mail, phone or address")
    dis = [c["displayName"] for c in EX if re.search(r" \((\d+|[A-Z][A-Za-z .']+)\)$", c["displayName"])]
    report(len(dis) >= 5, "accounting-style disambiguation present ('Name (2)' / 'Name (City)')",
           "%d found" % len(dis))

    # ---------------- meta alignment
    errs = []
    for n, (r, m) in enumerate(zip(S, M)):
        idx = n if n < 1500 else n - 1500
        if m.get("set") != r["set"] or m.get("index") != idx or m.get("entity") != r["entity"]:
            errs.append("line %d" % (n + 1))
        if m.get("category") not in CATEGORIES:
            errs.append("line %d category %r" % (n + 1, m.get("category")))
        if m.get("party") not in ("org", "person") or not m.get("kind"):
            errs.append("line %d party/kind" % (n + 1))
        if not isinstance(m.get("changes"), list):
            errs.append("line %d changes" % (n + 1))
    report(not errs, "meta aligned (set, index, entity), category/party/kind present", "; ".join(errs[:5]))
    MX, MI = M[:1500], M[1500:]
    report(all(m["category"] == "existing" and m["changes"] == [] for m in MX),
           "existing meta: category existing, changes []")
    report(all(m["category"] != "existing" for m in MI), "incoming meta categories")

    # ---------------- party consistency
    errs = []
    kp = {}
    for n, (r, m) in enumerate(zip(S, M)):
        c = r["contact"]
        prev = kp.setdefault(r["entity"], (m["kind"], m["party"]))
        if prev != (m["kind"], m["party"]):
            errs.append("entity %s kind/party differ" % r["entity"])
        if m["party"] == "org" and not c["companyName"]:
            errs.append("line %d org without companyName" % (n + 1))
        if m["party"] == "person" and c["companyName"] and \
                not any(ch.startswith("companyName:") for ch in m["changes"]):
            errs.append("line %d person with unlabelled companyName" % (n + 1))
    report(not errs, "orgs have companyName; persons none unless labelled; kind/party stable",
           "; ".join(errs[:5]))
    party = collections.Counter(m["party"] for m in MX)
    share = party["person"] / 1500.0
    report(0.75 <= share <= 0.85, "existing about 80% persons / 20% organisations",
           "%.1f%% persons" % (100 * share))

    # ---------------- counts
    cat = collections.Counter(m["category"] for m in MI)
    report(750 <= cat["match"] <= 900, "about 55%% matches (%d)" % cat["match"])
    report(450 <= cat["new"] <= 600, "about 35%% new (%d)" % cat["new"])
    report(cat["hard_negative"] == 150, "150 hard negatives (%d)" % cat["hard_negative"])
    mcount = collections.Counter(e for e, m in zip(INE, MI) if m["category"] == "match")
    ncount = collections.Counter(e for e, m in zip(INE, MI) if m["category"] == "new")
    report(620 <= len(mcount) <= 780 and max(mcount.values()) <= 3 and
           sum(1 for v in mcount.values() if v > 1) >= 50,
           "~700 existing customers matched, some 2-3 times (%d customers)" % len(mcount))
    report(350 <= len(ncount) <= 450 and max(ncount.values()) <= 3 and
           sum(1 for v in ncount.values() if v > 1) >= 50,
           "~400 new customers, some 2-3 times (%d customers)" % len(ncount))
    srcs = collections.Counter(m.get("source") for m in MI)
    report(set(srcs) <= SOURCES and len(srcs) >= 4, "incoming sources %s" % dict(sorted(srcs.items())))

    # ---------------- labels: matches
    errs = []
    for i, (c, m, e) in enumerate(zip(IN, MI, INE)):
        if m["category"] != "match":
            continue
        if e not in ex_ids:
            errs.append("%d match entity not existing" % i)
            continue
        ci = m.get("compare_index")
        if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < 1500 \
                or EXE[ci] != e:
            errs.append("%d compare_index" % i)
            continue
        if m.get("profile") not in PROFILES:
            errs.append("%d profile" % i)
        ev = compute_evidence(EX[ci], c)
        if m.get("evidence") != ev:
            errs.append("%d evidence %s != %s" % (i, m.get("evidence"), ev))
        if m.get("findable") == "identifier":
            if not ev:
                errs.append("%d identifier without evidence" % i)
        elif m.get("findable") == "name+city":
            if ev:
                errs.append("%d name+city with evidence" % i)
            others = [x for j, x in enumerate(EX) if j != ci]
            if not findable_by_name_city(c, EX[ci], others):
                errs.append("%d not findable by name+city" % i)
        else:
            errs.append("%d findable %r" % (i, m.get("findable")))
    report(not errs, "matches: compared record, evidence recomputed, findable", "; ".join(errs[:5]))
    fc = collections.Counter(m.get("findable") for m in MI if m["category"] == "match")
    report(fc["name+city"] >= 10, "some matches only findable by name+city (%d)" % fc["name+city"])
    pc = collections.Counter(m.get("profile") for m in MI if m["category"] in ("match",))
    report(all(pc[p] >= 50 for p in PROFILES), "profiles used %s" % dict(sorted(pc.items())))

    # ---------------- labels: new customers
    errs = []
    pos = collections.defaultdict(list)
    for i, (m, e) in enumerate(zip(MI, INE)):
        if m["category"] == "new":
            pos[e].append(i)
    for e, idxs in pos.items():
        if e in ex_ids:
            errs.append("new entity %s is existing" % e)
        for k, i in enumerate(idxs, start=1):
            m = MI[i]
            if m.get("occurrence") != k:
                errs.append("%d occurrence %r != %d" % (i, m.get("occurrence"), k))
                continue
            if k == 1:
                if m["changes"] != [] or "compare_index" in m:
                    errs.append("%d first occurrence has changes/compare" % i)
                continue
            if m.get("compare_set") != "incoming" or m.get("compare_index") != idxs[0]:
                errs.append("%d compare_index" % i)
                continue
            if m.get("profile") not in PROFILES:
                errs.append("%d profile" % i)
            ev = compute_evidence(IN[idxs[0]], IN[i])
            if m.get("evidence") != ev:
                errs.append("%d evidence %s != %s" % (i, m.get("evidence"), ev))
            if m.get("findable") == "identifier":
                if not ev:
                    errs.append("%d identifier without evidence" % i)
            elif m.get("findable") == "name+city":
                cands = [x for j, x in enumerate(IN) if j not in idxs] + EX
                if ev or not findable_by_name_city(IN[i], IN[idxs[0]], cands):
                    errs.append("%d name+city not clear" % i)
            else:
                errs.append("%d findable" % i)
    report(not errs, "new customers: occurrences ordered, repeats compared with occurrence 1",
           "; ".join(errs[:5]))

    # new customers must not secretly be existing ones
    ex_phones = set(filter(None, (phone10(c["phone"]) for c in EX)))
    ex_mails = set(filter(None, (mail(c["email"]) for c in EX)))
    errs = []
    for i, (c, m) in enumerate(zip(IN, MI)):
        if m["category"] == "new":
            if phone10(c["phone"]) in ex_phones or mail(c["email"]) in ex_mails:
                errs.append("%d" % i)
    report(not errs, "new customers share no phone/e-mail with existing customers",
           "%d records: %s" % (len(errs), ", ".join(errs[:5])))

    # ---------------- hard negatives
    errs = []
    types = collections.Counter()
    hn_ents = collections.Counter(e for e, m in zip(INE, MI) if m["category"] == "hard_negative")
    for i, (c, m, e) in enumerate(zip(IN, MI, INE)):
        if m["category"] != "hard_negative":
            continue
        types[m.get("hn_type")] += 1
        if e in ex_ids or hn_ents[e] != 1 or e in ncount or e in mcount:
            errs.append("%d hn entity not a unique new customer" % i)
        ai = m.get("anchor_index")
        if not isinstance(ai, int) or not 0 <= ai < 1500 or EXE[ai] != m.get("anchor"):
            errs.append("%d anchor" % i)
            continue
        if not m.get("rule") or not m.get("hn_type"):
            errs.append("%d rule/type" % i)
        sh = m.get("shared")
        if not isinstance(sh, list) or not sh or not set(sh) <= SHARED_ITEMS:
            errs.append("%d shared %r" % (i, sh))
            continue
        if ("company_stem" in sh) != bool(m.get("stem")):
            errs.append("%d stem vs company_stem" % i)
        comp = compute_shared(c, EX[ai], m.get("stem"))
        if comp != sh:
            errs.append("%d shared %s != %s" % (i, sh, comp))
        if not set(sh) & {"name", "familyName", "email", "email_domain", "phone", "address",
                          "company_stem"}:
            errs.append("%d shares only a city" % i)
    report(not errs, "hard negatives: anchor, rule, shared recomputed", "; ".join(errs[:5]))
    report(len(types) >= 10, "ten or more hard-negative types (%d)" % len(types))

    # ---------------- change lists
    errs = []
    vocab_bad = collections.Counter()
    for i, (c, m) in enumerate(zip(IN, MI)):
        if m["category"] == "match":
            ref = EX[m["compare_index"]]
        elif m["category"] == "hard_negative":
            ref = EX[m["anchor_index"]]
        elif m["category"] == "new" and m.get("occurrence", 1) > 1:
            ref = IN[m["compare_index"]]
        else:
            continue
        want = set(differing_fields(ref, c))
        got = set()
        for ch in m["changes"]:
            if not isinstance(ch, str) or ch.count(":") < 1:
                errs.append("%d bad label %r" % (i, ch))
                continue
            f, what = ch.split(":", 1)
            got.add(f)
            if what not in VOCAB:
                vocab_bad[what] += 1
        if want != got:
            errs.append("%d fields %s vs labelled %s" % (i, sorted(want), sorted(got)))
    report(not errs, "changes name exactly the fields that differ from the compared record",
           "%d: %s" % (len(errs), "; ".join(errs[:4])))
    report(not vocab_bad, "change labels use the documented vocabulary", str(dict(vocab_bad)))
    nochg = sum(1 for m in MI if m["category"] == "match" and not m["changes"])
    report(nochg <= 40, "few matches identical to the existing record (%d)" % nochg)

    # ---------------- determinism
    gen = os.path.join(HERE, "gen.py")
    digests = []
    try:
        with tempfile.TemporaryDirectory() as td:
            for seed in ("1", "987654"):
                out = os.path.join(td, "run" + seed)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, gen, "--out", out], check=True, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=td)
                d = []
                for fn in ("set.jsonl", "meta.jsonl"):
                    with open(os.path.join(out, fn), "rb") as f:
                        d.append(hashlib.sha256(f.read()).hexdigest())
                digests.append(tuple(d))
        here = []
        for p in (SET, META):
            with open(p, "rb") as f:
                here.append(hashlib.sha256(f.read()).hexdigest())
        report(digests[0] == digests[1], "gen.py byte-identical across PYTHONHASHSEED")
        report(digests[0] == tuple(here), "files in folder equal a fresh gen.py run")
    except Exception as e:  # noqa
        report(False, "determinism run", str(e))
    return finish()


def finish():
    failed = results.count(False)
    if failed:
        print("%d of %d checks FAILED" % (failed, len(results)))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
