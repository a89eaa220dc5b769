#!/usr/bin/env python3
"""check.py -- independent validator for the us-pestcontrol record-linkage set.

Does not import gen.py.  Re-implements the normalisation rules written in README.txt and checks:
format and limits, counts, label consistency, the changes lists, the evidence / findable claims
(including name+city findability), the hard negatives' shared claims, phone numbers outside 555,
and determinism (runs gen.py twice with different PYTHONHASHSEED into temp dirs, compares SHA-256).
Prints PASS/FAIL lines, then "ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
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
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok))
    print("%s %s%s" % ("PASS" if ok else "FAIL", name, ("  -- " + detail) if detail else ""))


def sample(errs, n=4):
    return "; ".join(str(e) for e in errs[:n]) + (" (+%d more)" % (len(errs) - n) if len(errs) > n else "")


# ---------------------------------------------------------------------------
# normalisation (independent re-implementation of the README rules)
# ---------------------------------------------------------------------------
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


DROP_WORDS = set("llc inc incorporated corp corporation co company ltd lp llp pllc pc pa the of and at "
                 "mr mrs ms miss dr rev pastor jr sr ii iii iv".split())


def toks(s):
    if not s:
        return []
    s = fold(s).lower().replace("&", " and ")
    s = re.sub(r"['\u2019.]", "", s)
    return [t for t in re.split(r"[^0-9a-z]+", s) if t and t not in DROP_WORDS]


def key_person(c):
    return tuple(toks(c.get("givenName")) + toks(c.get("familyName")))


def key_org(c):
    return tuple(toks(c.get("companyName") or c.get("displayName")))


def key_family(c):
    return tuple(toks(c.get("familyName")))


def e_norm(e):
    return e.strip().casefold() if e else None


def p_norm(p):
    if not p:
        return None
    s = p.lower()
    m = re.search(r"(ext|x)", s)
    if m and m.start() > 0:
        s = s[:m.start()]
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else None


def c_norm(c):
    if not c:
        return None
    s = fold(c).upper().replace(".", "").replace("'", "")
    out = []
    for t in re.split(r"[^0-9A-Z]+", s):
        if not t:
            continue
        out.append({"SAINT": "ST", "MOUNT": "MT"}.get(t, t))
    return " ".join(out) or None


STYPES = {"ROAD": "RD", "DRIVE": "DR", "LANE": "LN", "COURT": "CT", "TRAIL": "TRL", "PARKWAY": "PKWY",
          "CIRCLE": "CIR", "WAY": "WAY", "PIKE": "PIKE", "STREET": "ST", "AVENUE": "AVE", "BOULEVARD": "BLVD",
          "PLACE": "PL", "TERRACE": "TER", "TRACE": "TRCE", "COVE": "CV", "POINT": "PT", "RUN": "RUN",
          "BEND": "BND", "HIGHWAY": "HWY", "CROSSING": "XING", "LOOP": "LOOP", "PATH": "PATH", "RIDGE": "RDG"}
DIRWORDS = {"NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W", "NORTHEAST": "NE", "NORTHWEST": "NW",
            "SOUTHEAST": "SE", "SOUTHWEST": "SW"}
UNITWORDS = {"APT": "#", "APARTMENT": "#", "UNIT": "#", "STE": "#", "SUITE": "#", "#": "#", "NO": "#",
             "NUMBER": "#", "BUILDING": "BLDG", "BLDG": "BLDG", "SAINT": "ST", "MOUNT": "MT"}
PHRASES = [("POST OFFICE BOX", "POBOX"), ("P O BOX", "POBOX"), ("PO BOX", "POBOX"), ("POB", "POBOX"),
           ("RURAL ROUTE", "RR"), ("R R", "RR"), ("STATE RD", "SR"), ("COUNTY RD", "CR"), ("CO RD", "CR"),
           ("US HWY", "HWY")]


def addr_toks(text):
    s = fold(text).upper().replace(".", "").replace("'", "").replace("#", " # ")
    s = re.sub(r"[-,/]", " ", s)
    raw = []
    for t in s.split():
        raw.extend(x for x in re.findall(r"[0-9]+|[A-Z]+|#", t))
    mapped = []
    for t in raw:
        mapped.append(STYPES.get(t) or DIRWORDS.get(t) or UNITWORDS.get(t) or t)
    # STYPES maps full words; abbreviations map to themselves implicitly
    out = []
    i = 0
    while i < len(mapped):
        for ph, rep in PHRASES:
            parts = ph.split()
            if mapped[i:i + len(parts)] == parts:
                out.append(rep)
                i += len(parts)
                break
        else:
            out.append(mapped[i])
            i += 1
    return out


def is_careof(l2):
    u = fold(l2).upper().strip()
    return u.startswith(("C/O", "CO ", "C O ", "ATTN", "ATTENTION", "STORE", "%"))


def a_norm(a):
    if not a:
        return None
    text = a.get("line1") or ""
    if a.get("line2") and not is_careof(a["line2"]):
        text += " " + a["line2"]
    pc = re.sub(r"\D", "", a.get("postalCode") or "")
    if len(pc) in (4, 8):
        pc = "0" + pc
    return (tuple(addr_toks(text)), pc[:5] if len(pc) >= 5 else None, c_norm(a.get("city")))


def same_address(a, b):
    x, y = a_norm(a), a_norm(b)
    if not x or not y or not x[0] or x[0] != y[0]:
        return False
    if x[1] and y[1] and x[1] != y[1]:
        return False
    if x[2] and y[2] and x[2] != y[2]:
        return False
    return True


def evidence(r, c):
    ev = set()
    if r.get("email") and c.get("email") and e_norm(r["email"]) == e_norm(c["email"]):
        ev.add("email")
    p = p_norm(r.get("phone"))
    if p and p == p_norm(c.get("phone")):
        ev.add("phone")
    if same_address(r.get("address"), c.get("address")):
        ev.add("address")
    return ev


FREE = set("gmail.com yahoo.com aol.com hotmail.com bellsouth.net comcast.net att.net outlook.com icloud.com "
           "charter.net windstream.net earthlink.net live.com me.com msn.com ymail.com rocketmail.com".split())


def dom(e):
    return e.strip().casefold().rsplit("@", 1)[1] if e and "@" in e else None


def shared(r, c, pr, pc):
    sh = set()
    if pr == pc == "person" and key_person(r) and key_person(r) == key_person(c):
        sh.add("name")
    if pr == pc == "org" and key_org(r) and key_org(r) == key_org(c):
        sh.add("name")
    if key_family(r) and key_family(r) == key_family(c):
        sh.add("familyName")
    if r.get("email") and c.get("email") and e_norm(r["email"]) == e_norm(c["email"]):
        sh.add("email")
    elif dom(r.get("email")) and dom(r.get("email")) == dom(c.get("email")) and dom(r.get("email")) not in FREE:
        sh.add("email_domain")
    p = p_norm(r.get("phone"))
    if p and p == p_norm(c.get("phone")):
        sh.add("phone")
    if same_address(r.get("address"), c.get("address")):
        sh.add("address")
    ra, ca = r.get("address"), c.get("address")
    if ra and ca and c_norm(ra.get("city")) and c_norm(ra.get("city")) == c_norm(ca.get("city")):
        sh.add("city")
    return sh


def name_forms(c):
    forms = []
    if c.get("companyName"):
        forms.append(c["companyName"])
    if c.get("givenName") or c.get("familyName"):
        forms.append((c.get("givenName") or "") + " " + (c.get("familyName") or ""))
    d = c.get("displayName") or ""
    d = re.sub(r" \([^()]*\)$", "", d)
    forms.append(d)
    out = []
    for f in forms:
        t = " ".join(sorted(toks(f)))
        if t and t not in out:
            out.append(t)
    return out


def nscore(a, b):
    return max([difflib.SequenceMatcher(None, x, y).ratio() for x in name_forms(a) for y in name_forms(b)] or [0.0])


def findable_by_name_city(rec, ent, tgt, pool, pool_ents):
    ra, ta = rec.get("address"), pool[tgt].get("address")
    if not ra or not ta:
        return False, "no address"
    city = c_norm(ra.get("city"))
    if not city or city != c_norm(ta.get("city")):
        return False, "city differs"
    s = nscore(rec, pool[tgt])
    if s < 0.6:
        return False, "name score %.2f" % s
    for j, o in enumerate(pool):
        if j == tgt or pool_ents[j] == ent or not o.get("address"):
            continue
        if c_norm(o["address"].get("city")) != city:
            continue
        if nscore(rec, o) > s - 0.12:
            return False, "rival %d" % j
    return True, ""


def differing(r, c):
    out = set()
    for f in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if r.get(f) != c.get(f):
            out.add(f)
    a, b = r.get("address"), c.get("address")
    if (a is None) != (b is None):
        out.add("address")
    elif a is not None:
        for k in ("line1", "line2", "city", "region", "postalCode", "country"):
            if a.get(k) != b.get(k):
                out.add("address." + k)
    return out


VOCAB = set("""abbreviation added ap_line ap_mailbox article attention building_added care_of case contact_change
differs dropped encoding extension format full_name given_dropped house_number initials last_first leading_zero
legal_entity legal_form location_suffix mailing_address manager_tag married_name middle_initial moved new nickname
punctuation qualifier_dropped renamed retyped second_home short_form spouse spouse_dropped spurious store_number
suffix_dropped suffix_moved swapped title_added title_dropped truncated typo unit_dropped unit_format unit_merged
unit_split variant wrong zip4_added zip4_dropped""".split())
FIELDS = {"displayName", "givenName", "familyName", "companyName", "email", "phone", "address", "address.line1",
          "address.line2", "address.city", "address.region", "address.postalCode", "address.country"}
SHARED_VOCAB = {"name", "familyName", "email", "email_domain", "phone", "address", "city", "company_stem"}
SOURCES = {"route_app", "booking_form", "legacy_billing", "ap_portal"}
ORG_KINDS = {"restaurant_store", "franchisee_holding", "apartment_community", "property_mgmt", "hoa", "school",
             "school_district", "church", "hotel", "warehouse", "nursing_home", "realty_agency", "landlord_llc",
             "government", "small_business"}
PERSON_KINDS = {"homeowner", "household", "landlord", "snowbird", "tenant", "estate", "closing_client"}
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100, "email": 100, "phone": 30}
ALIMITS = {"line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30, "country": 255}


# ---------------------------------------------------------------------------
def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    if not (os.path.exists(sp) and os.path.exists(mp)):
        report("files exist", False, "run gen.py first")
        return finish()
    try:
        S = [json.loads(l) for l in open(sp, encoding="utf-8")]
        M = [json.loads(l) for l in open(mp, encoding="utf-8")]
        report("files parse as JSON lines", True)
    except Exception as ex:  # noqa
        report("files parse as JSON lines", False, str(ex))
        return finish()
    report("set.jsonl has 3000 lines", len(S) == 3000, str(len(S)))
    report("meta.jsonl has 3000 lines", len(M) == 3000, str(len(M)))
    if len(S) != 3000 or len(M) != 3000:
        return finish()

    # ---- format -----------------------------------------------------------
    errs = []
    for i, r in enumerate(S):
        if set(r) != {"set", "entity", "contact"}:
            errs.append("%d keys %s" % (i, sorted(r)))
            continue
        if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"] or ""):
            errs.append("%d entity id %r" % (i, r["entity"]))
        c = r["contact"]
        if set(c) != {"displayName", "givenName", "familyName", "companyName", "email", "phone", "address"}:
            errs.append("%d contact keys" % i)
            continue
        for k, lim in LIMITS.items():
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > lim):
                errs.append("%d %s=%r" % (i, k, v))
        if not c["displayName"]:
            errs.append("%d displayName empty" % i)
        a = c["address"]
        if a is not None:
            if set(a) != set(ALIMITS):
                errs.append("%d address keys" % i)
                continue
            for k, lim in ALIMITS.items():
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > lim):
                    errs.append("%d address.%s=%r" % (i, k, v))
            if all(a[k] is None for k in ALIMITS):
                errs.append("%d empty address object" % i)
    report("record format, types and length limits", not errs, sample(errs))

    sets_ok = all(S[i]["set"] == "existing" for i in range(1500)) and all(S[i]["set"] == "incoming" for i in range(1500, 3000))
    report("lines 1-1500 existing, 1501-3000 incoming", sets_ok)

    EX = [S[i]["contact"] for i in range(1500)]
    EXE = [S[i]["entity"] for i in range(1500)]
    IN = [S[i]["contact"] for i in range(1500, 3000)]
    INE = [S[i]["entity"] for i in range(1500, 3000)]
    EM = M[:1500]
    IM = M[1500:]

    # ---- meta alignment ---------------------------------------------------
    errs = []
    for i, m in enumerate(M):
        st = "existing" if i < 1500 else "incoming"
        idx = i if i < 1500 else i - 1500
        if m.get("set") != st or m.get("index") != idx or m.get("entity") != S[i]["entity"]:
            errs.append(i)
        if m.get("party") not in ("org", "person"):
            errs.append("%d party" % i)
        if (m.get("party") == "org") != (m.get("kind") in ORG_KINDS) or m.get("kind") not in ORG_KINDS | PERSON_KINDS:
            errs.append("%d kind %s/%s" % (i, m.get("kind"), m.get("party")))
    report("meta aligned with set (set, index, entity, kind, party)", not errs, sample(errs))

    # ---- existing list ------------------------------------------------------
    keys = [c["displayName"].casefold() for c in EX]
    report("existing sorted by displayName.casefold()", keys == sorted(keys))
    report("existing displayName unique (case-insensitive)", len(set(keys)) == 1500,
           str([k for k, n in Counter(keys).items() if n > 1][:5]))
    report("existing: one record per entity", len(set(EXE)) == 1500)
    report("existing: category existing and changes []",
           all(m["category"] == "existing" and m["changes"] == [] for m in EM))
    bad = [i for i, c in enumerate(EX) if not (c["email"] or c["phone"] or c["address"])]
    report("existing: each has e-mail, phone or address", not bad, str(bad[:5]))
    quals = [c["displayName"] for c in EX if re.search(r" \((\d+|[A-Z][^()]*)\)$", c["displayName"])]
    report("existing: accounting-style disambiguation present ('Name (2)' / 'Name (City)')", len(quals) >= 3,
           "%d e.g. %s" % (len(quals), quals[:3]))

    # ---- party rules --------------------------------------------------------
    errs = []
    for i, (r, m) in enumerate(zip([s["contact"] for s in S], M)):
        if m["party"] == "org" and not r["companyName"]:
            errs.append("%d org without companyName" % i)
        if m["party"] == "person" and r["companyName"] and not any(x.startswith("companyName:") for x in m["changes"]):
            errs.append("%d person companyName unlabelled" % i)
    report("organisations have companyName; persons only when labelled as a change", not errs, sample(errs))
    ent_party = defaultdict(set)
    for i, m in enumerate(M):
        ent_party[S[i]["entity"]].add((m["party"], m["kind"]))
    bad = [e for e, v in ent_party.items() if len(v) > 1]
    report("same entity -> same party and kind everywhere", not bad, str(bad[:3]))

    # ---- categories and counts ----------------------------------------------
    cats = Counter(m["category"] for m in IM)
    n_match, n_new, n_hn = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    report("incoming categories only match/new/hard_negative", set(cats) <= {"match", "new", "hard_negative"}, str(cats))
    report("match about 55%% of incoming (%d)" % n_match, 0.50 * 1500 <= n_match <= 0.60 * 1500)
    report("new about 35%% of incoming (%d)" % n_new, 0.30 * 1500 <= n_new <= 0.40 * 1500)
    report("150 hard negatives (%d)" % n_hn, n_hn == 150)
    ex_index = {e: i for i, e in enumerate(EXE)}
    matched = Counter(INE[i] for i, m in enumerate(IM) if m["category"] == "match")
    report("~700 existing customers matched (%d), some 2-3 times (%d/%d)" % (
        len(matched), sum(1 for v in matched.values() if v == 2), sum(1 for v in matched.values() if v == 3)),
        600 <= len(matched) <= 800 and any(v == 2 for v in matched.values()) and any(v == 3 for v in matched.values())
        and max(matched.values()) <= 3)
    newc = Counter(INE[i] for i, m in enumerate(IM) if m["category"] == "new")
    report("~400 new customers (%d), some 2-3 times" % len(newc),
           350 <= len(newc) <= 450 and any(v >= 2 for v in newc.values()) and max(newc.values()) <= 3)
    hnt = Counter(m.get("hn_type") for m in IM if m["category"] == "hard_negative")
    report("hard negatives of >= 10 types (%d)" % len(hnt), len(hnt) >= 10, str(dict(hnt)))
    srcs = Counter(m.get("source") for m in IM)
    report("every incoming has a known source", set(srcs) <= SOURCES, str(srcs))
    parties = Counter(m["party"] for m in EM)
    report("existing roughly 45%% organisations (%d org / %d person)" % (parties["org"], parties["person"]),
           0.38 <= parties["org"] / 1500 <= 0.52)

    # ---- label consistency --------------------------------------------------
    errs = []
    occ_seen = defaultdict(list)
    for i, m in enumerate(IM):
        e = INE[i]
        cat = m["category"]
        if cat == "match":
            if e not in ex_index:
                errs.append("%d match entity not existing" % i)
                continue
            if m.get("compare_set") != "existing" or m.get("compare_index") != ex_index[e]:
                errs.append("%d compare_index" % i)
            if m.get("profile") not in ("light", "medium", "harsh"):
                errs.append("%d profile" % i)
        elif cat == "new":
            if e in ex_index:
                errs.append("%d new entity is existing" % i)
            occ_seen[e].append(i)
            n = len(occ_seen[e])
            if m.get("occurrence") != n:
                errs.append("%d occurrence %s != %d" % (i, m.get("occurrence"), n))
            if n == 1:
                if m["changes"] != [] or "compare_index" in m or "evidence" in m:
                    errs.append("%d first occurrence has compare data" % i)
            else:
                if m.get("compare_set") != "incoming" or m.get("compare_index") != occ_seen[e][0]:
                    errs.append("%d repeat compare_index" % i)
                if m.get("profile") not in ("light", "medium", "harsh"):
                    errs.append("%d profile" % i)
        elif cat == "hard_negative":
            if e in ex_index:
                errs.append("%d hard negative entity is existing" % i)
            if INE.count(e) != 1:
                errs.append("%d hard negative entity appears %d times" % (i, INE.count(e)))
            a = m.get("anchor")
            if a not in ex_index or m.get("anchor_index") != ex_index[a]:
                errs.append("%d anchor" % i)
            if not m.get("rule") or not m.get("hn_type"):
                errs.append("%d rule/hn_type" % i)
    report("labels consistent (entities, compare indexes, occurrences, anchors)", not errs, sample(errs))

    # ---- changes ------------------------------------------------------------
    errs = []
    whats = Counter()
    for i, m in enumerate(IM):
        if m["category"] == "match":
            comp = EX[m["compare_index"]]
        elif m["category"] == "new":
            if m["occurrence"] == 1:
                continue
            comp = IN[m["compare_index"]]
        else:
            comp = EX[m["anchor_index"]]
        fields = set()
        for ch in m["changes"]:
            if ch.count(":") != 1:
                errs.append("%d bad change %r" % (i, ch))
                continue
            f, w = ch.split(":")
            fields.add(f)
            whats[w] += 1
            if f not in FIELDS or w not in VOCAB:
                errs.append("%d unknown change %r" % (i, ch))
        if len(set(m["changes"])) != len(m["changes"]):
            errs.append("%d duplicate change" % i)
        d = differing(IN[i], comp)
        if fields != d:
            errs.append("%d changes %s vs differing %s" % (i, sorted(fields ^ d), ""))
    report("changes list exactly the fields that differ from the compared record", not errs, sample(errs))
    report("change vocabulary is varied (%d kinds)" % len(whats), len(whats) >= 30)

    # ---- evidence & findability --------------------------------------------
    errs = []
    nc = 0
    for i, m in enumerate(IM):
        if m["category"] == "match" or (m["category"] == "new" and m["occurrence"] > 1):
            pool, pents = (EX, EXE) if m["compare_set"] == "existing" else (IN, INE)
            comp = pool[m["compare_index"]]
            ev = evidence(IN[i], comp)
            if set(m.get("evidence", [])) != ev or len(m["evidence"]) != len(set(m["evidence"])):
                errs.append("%d evidence %s vs %s" % (i, m.get("evidence"), sorted(ev)))
            if ev:
                if m.get("findable") != "identifier":
                    errs.append("%d findable should be identifier" % i)
            else:
                if m.get("findable") != "name+city":
                    errs.append("%d no identifier and not name+city" % i)
                else:
                    nc += 1
                    ok, why = findable_by_name_city(IN[i], INE[i], m["compare_index"], pool, pents)
                    if not ok:
                        errs.append("%d name+city claim fails: %s" % (i, why))
    report("evidence recomputes; every match/repeat shares an identifier or is findable by name+city (%d name+city)" % nc,
           not errs, sample(errs))

    # ---- hard negatives: shared ---------------------------------------------
    errs = []
    for i, m in enumerate(IM):
        if m["category"] != "hard_negative":
            continue
        anc = EX[m["anchor_index"]]
        claimed = m.get("shared") or []
        if not claimed or not set(claimed) <= SHARED_VOCAB:
            errs.append("%d shared %r" % (i, claimed))
            continue
        comp = shared(IN[i], anc, m["party"], EM[m["anchor_index"]]["party"])
        if set(claimed) - {"company_stem"} != comp:
            errs.append("%d shared %s vs %s" % (i, sorted(claimed), sorted(comp)))
        if "company_stem" in claimed:
            st = (m.get("stem") or "").casefold()
            if not st or st not in (IN[i].get("companyName") or IN[i]["displayName"]).casefold() \
                    or st not in (anc.get("companyName") or anc["displayName"]).casefold():
                errs.append("%d stem %r" % (i, m.get("stem")))
        elif "stem" in m:
            errs.append("%d stem without company_stem" % i)
        if key_person(IN[i]) and m["party"] == "person" and EM[m["anchor_index"]]["party"] == "person" \
                and IN[i] == anc:
            errs.append("%d identical to anchor" % i)
    report("hard negatives: shared claims recompute exactly (and company stems are in both names)", not errs, sample(errs))

    # ---- phones -------------------------------------------------------------
    bad = []
    for i, r in enumerate(S):
        d = p_norm(r["contact"]["phone"])
        if d and d[3:6] == "555":
            bad.append(i)
    report("no 555 exchange numbers", not bad, str(bad[:5]))

    # ---- determinism ----------------------------------------------------------
    digests = []
    try:
        for seed in ("1", "98765"):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", td], check=True, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                digests.append(tuple(hashlib.sha256(open(os.path.join(td, f), "rb").read()).hexdigest()
                                     for f in ("set.jsonl", "meta.jsonl")))
        here = tuple(hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest()
                     for f in ("set.jsonl", "meta.jsonl"))
        report("deterministic across PYTHONHASHSEED (two temp runs identical)", digests[0] == digests[1])
        report("files in folder equal a fresh run", digests[0] == here)
    except Exception as ex:  # noqa
        report("determinism run", False, str(ex))
    return finish()


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print("FAILED %d of %d checks: %s" % (len(failed), len(RESULTS), "; ".join(failed)))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
