#!/usr/bin/env python3
"""Independent validator for the us-funeral record-linkage benchmark.

Does not import gen.py.  Re-implements the normalisation rules that define
"shared" e-mail / phone / address and name+city findability, and checks:
format, counts, label consistency, evidence and shared claims, the changes
lists, README's change vocabulary, and determinism (gen.py run twice in a
temporary directory under different PYTHONHASHSEED values, SHA-256 compared).

Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) or a failure summary
(exit 1).
"""

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET_PATH = os.path.join(HERE, "set.jsonl")
META_PATH = os.path.join(HERE, "meta.jsonl")
README_PATH = os.path.join(HERE, "README.txt")

CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
NAME_FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
LIMITS = {"displayName": 100, "companyName": 100, "givenName": 100, "familyName": 100, "email": 100,
          "phone": 30, "line1": 500, "line2": 500, "city": 255, "region": 255, "postalCode": 30,
          "country": 255}
PERSON_KINDS = {"next_of_kin", "preneed_purchaser", "estate", "joint_spouses", "monument_buyer"}
ORG_KINDS = {"church", "cemetery", "insurer", "assignment_company", "county_program", "veterans_org",
             "nursing_hospice", "funeral_home", "florist", "monument_dealer"}
SOURCES = {"arrangement", "preneed_app", "monument_pos", "web_payment", "insurer_intake"}
PROFILES = {"light", "medium", "harsh"}
SHARED_COMPUTED = ["name", "familyName", "email", "email_domain", "phone", "address", "city"]
STRONG = {"name", "familyName", "email", "phone", "address", "company_stem"}
FREEMAIL = {
    "aol.com", "yahoo.com", "att.net", "sbcglobal.net", "comcast.net", "gmail.com", "hotmail.com",
    "msn.com", "windstream.net", "frontier.com", "embarqmail.com", "juno.com", "netzero.net",
    "earthlink.net", "outlook.com", "icloud.com", "live.com", "woh.rr.com", "ameritech.net",
    "ctcn.net", "zoominternet.net", "verizon.net", "roadrunner.com", "velocity.net", "spectrum.net",
    "centurylink.net",
}

RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok))
    line = ("PASS" if ok else "FAIL") + "  " + name
    if detail and not ok:
        line += "  -- " + detail
    elif detail:
        line += "  (" + detail + ")"
    print(line)


def first(errs, n=3):
    return "; ".join(str(e) for e in errs[:n]) + (" ... (%d total)" % len(errs) if len(errs) > n else "")


# ---------------------------------------------------------------------------
# Normalisation rules (written independently of gen.py)
# ---------------------------------------------------------------------------

ABBR = {
    "street": "st", "str": "st", "st": "st", "avenue": "ave", "av": "ave", "ave": "ave",
    "road": "rd", "rd": "rd", "drive": "dr", "dr": "dr", "lane": "ln", "ln": "ln",
    "court": "ct", "ct": "ct", "boulevard": "blvd", "blvd": "blvd", "parkway": "pkwy",
    "pkwy": "pkwy", "highway": "hwy", "hwy": "hwy", "circle": "cir", "cir": "cir",
    "place": "pl", "pl": "pl", "terrace": "ter", "ter": "ter", "pike": "pike", "pk": "pike",
    "route": "rt", "rte": "rt", "rt": "rt", "north": "n", "n": "n", "south": "s", "s": "s",
    "east": "e", "e": "e", "west": "w", "w": "w", "apartment": "apt", "apt": "apt",
    "unit": "apt", "suite": "apt", "ste": "apt", "lot": "lot", "trailer": "lot",
    "number": "", "no": "", "crossing": "xing", "xing": "xing",
}
SKIP_LINE = re.compile(r"^\s*(c/o|c\\o|care of|attn|attention|claim|policy|ref|acct|beneficiary)\b")
STOPWORDS = {"mr", "mrs", "ms", "miss", "dr", "rev", "jr", "sr", "ii", "iii", "iv", "estate", "of",
             "est", "the", "inc", "llc", "co", "company", "corp", "and", "c", "o", "exec",
             "executor", "executrix", "formerly", "a", "l"}


def email_key(e):
    if not e:
        return None
    e = e.strip().casefold()
    return e or None


def phone_key(p):
    if not p:
        return None
    p = re.split(r"(?i)\s*(?:ext\.?|x|extension)\s*\d+\s*$", p.strip())[0]
    digits = "".join(ch for ch in p if ch.isdigit())
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return digits if len(digits) == 10 else None


def street_key(a):
    kept = []
    for k in ("line1", "line2"):
        v = a.get(k)
        if v and not SKIP_LINE.match(v.casefold()):
            kept.append(v.casefold())
    s = " ".join(kept).replace("#", " apt ")
    s = re.sub(r"\bp\s*\.?\s*o\s*\.?\s*box\b", " pobox ", s)
    s = re.sub(r"\bpost office box\b", " pobox ", s)
    s = re.sub(r"\brural route\b", " rr ", s)
    s = re.sub(r"\br\s*\.?\s*r\s*\.?(?=\s*\d)", " rr ", s)
    toks = []
    for t in re.findall(r"[a-z0-9]+", s):
        t = ABBR.get(t, t)
        if not t:
            continue
        if t == "apt" and toks and toks[-1] == "apt":
            continue
        toks.append(t)
    return " ".join(toks)


def address_same(a, b):
    if not a or not b:
        return False
    ka, kb = street_key(a), street_key(b)
    if not ka or ka != kb:
        return False
    za = re.sub(r"\D", "", a.get("postalCode") or "")[:5]
    zb = re.sub(r"\D", "", b.get("postalCode") or "")[:5]
    if len(za) == 5 and za == zb:
        return True
    ca = (a.get("city") or "").strip().casefold()
    cb = (b.get("city") or "").strip().casefold()
    return bool(ca) and ca == cb


def city_key(c):
    a = c.get("address")
    if not a or not a.get("city"):
        return None
    return a["city"].strip().casefold()


def tokens(c):
    texts = [c.get("displayName"), c.get("companyName")]
    if not c.get("companyName"):
        texts += [c.get("givenName"), c.get("familyName")]
    out = []
    for t in texts:
        if not t:
            continue
        t = re.sub(r"\(\s*\d+\s*\)", " ", t.casefold())
        for w in re.findall(r"[a-z0-9]+", t):
            if w not in STOPWORDS and w not in out:
                out.append(w)
    return out


def grams(toks):
    g = set()
    for t in toks:
        p = "  " + t + " "
        g.update(p[i:i + 3] for i in range(len(p) - 2))
    return g


def similarity(c1, c2):
    a, b = grams(tokens(c1)), grams(tokens(c2))
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


def name_city_findable(inc, target, pool, min_score=0.5, margin=0.12):
    city = city_key(inc)
    if not city or city_key(target) != city:
        return False
    s = similarity(inc, target)
    if s < min_score:
        return False
    for other in pool:
        if other is target or city_key(other) != city:
            continue
        if similarity(inc, other) > s - margin:
            return False
    return True


def evidence_of(c1, c2):
    ev = []
    if email_key(c1.get("email")) and email_key(c1.get("email")) == email_key(c2.get("email")):
        ev.append("email")
    if phone_key(c1.get("phone")) and phone_key(c1.get("phone")) == phone_key(c2.get("phone")):
        ev.append("phone")
    if address_same(c1.get("address"), c2.get("address")):
        ev.append("address")
    return ev


def person_key(c):
    g = (c.get("givenName") or "").strip().casefold()
    f = (c.get("familyName") or "").strip().casefold()
    if not g or not f:
        return None
    return re.sub(r"[^a-z0-9 ]", "", g + " " + f)


def company_key(c):
    n = c.get("companyName")
    return " ".join(re.findall(r"[a-z0-9]+", n.casefold())) if n else None


def shared_of(c1, c2):
    out = []
    k1 = company_key(c1) if c1.get("companyName") else person_key(c1)
    k2 = company_key(c2) if c2.get("companyName") else person_key(c2)
    if (k1 and k1 == k2) or (person_key(c1) and person_key(c1) == person_key(c2)):
        out.append("name")
    f1 = (c1.get("familyName") or "").strip().casefold()
    if f1 and f1 == (c2.get("familyName") or "").strip().casefold():
        out.append("familyName")
    e1, e2 = email_key(c1.get("email")), email_key(c2.get("email"))
    if e1 and e1 == e2:
        out.append("email")
    d1 = e1.rsplit("@", 1)[1] if e1 and "@" in e1 else None
    d2 = e2.rsplit("@", 1)[1] if e2 and "@" in e2 else None
    if d1 and d1 == d2 and e1 != e2 and d1 not in FREEMAIL:
        out.append("email_domain")
    if phone_key(c1.get("phone")) and phone_key(c1.get("phone")) == phone_key(c2.get("phone")):
        out.append("phone")
    if address_same(c1.get("address"), c2.get("address")):
        out.append("address")
    if city_key(c1) and city_key(c1) == city_key(c2):
        out.append("city")
    return out


def differing_fields(a, b):
    out = set()
    for f in NAME_FIELDS:
        if a.get(f) != b.get(f):
            out.add(f)
    x, y = a.get("address"), b.get("address")
    if (x is None) != (y is None):
        out.add("address")
    elif x is not None:
        for k in ADDR_KEYS:
            if x.get(k) != y.get(k):
                out.add("address." + k)
    return out


# ---------------------------------------------------------------------------

def load():
    with open(SET_PATH, encoding="utf-8") as f:
        s = [json.loads(l) for l in f if l.strip()]
    with open(META_PATH, encoding="utf-8") as f:
        m = [json.loads(l) for l in f if l.strip()]
    return s, m


def readme_vocabulary():
    if not os.path.exists(README_PATH):
        return None, None
    text = open(README_PATH, encoding="utf-8").read()
    fields, whats = set(), set()
    sec = re.search(r"CHANGE VOCABULARY(.*?)(?:\n[A-Z][A-Z /&'-]+\n|\Z)", text, re.S)
    if not sec:
        return None, None
    body = sec.group(1)
    fm = re.search(r"Fields:(.*?)\n\s*\n", body, re.S)
    if fm:
        fields = set(re.findall(r"[A-Za-z0-9_.]+", fm.group(1)))
    for m in re.finditer(r"^\s{2,}([a-z0-9_]+)\s+:", body, re.M):
        whats.add(m.group(1))
    return fields, whats


def main():
    try:
        S, M = load()
    except Exception as ex:  # noqa
        report("files load as JSON lines", False, repr(ex))
        return finish()
    report("files load as JSON lines", True, "%d set lines, %d meta lines" % (len(S), len(M)))

    # ---------------------------------------------------------------- format
    errs = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"]:
            errs.append("line %d keys %s" % (i + 1, list(r.keys())))
            continue
        if r["set"] not in ("existing", "incoming"):
            errs.append("line %d set %r" % (i + 1, r["set"]))
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
        if not c["displayName"]:
            errs.append("line %d empty displayName" % (i + 1))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                errs.append("line %d address keys" % (i + 1))
                continue
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or len(v) > LIMITS[k]):
                    errs.append("line %d address.%s=%r" % (i + 1, k, v))
    report("record format: keys, entity ids, non-empty strings or null, length limits", not errs, first(errs))

    # ---------------------------------------------------------------- counts
    ex = [r for r in S[:1500]]
    inc = [r for r in S[1500:]]
    ok = len(S) == 3000 and all(r["set"] == "existing" for r in ex) and all(r["set"] == "incoming" for r in inc)
    report("3,000 lines: 1-1500 existing, 1501-3000 incoming", ok)
    report("meta.jsonl has one line per record", len(M) == len(S), "%d vs %d" % (len(M), len(S)))
    if len(M) != len(S) or len(S) != 3000:
        return finish()
    mex, minc = M[:1500], M[1500:]

    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < 1500 else i - 1500
        if m.get("set") != r["set"] or m.get("index") != idx or m.get("entity") != r["entity"]:
            errs.append("line %d set/index/entity mismatch" % (i + 1))
    report("meta aligned with set (set, index, entity)", not errs, first(errs))

    # --------------------------------------------------------------- existing
    names = [r["contact"]["displayName"] for r in ex]
    keys = [n.casefold() for n in names]
    report("existing sorted by displayName.casefold()", keys == sorted(keys))
    dup = [k for k, n in collections.Counter(keys).items() if n > 1]
    report("existing displayName unique (case-insensitive)", not dup, first(dup))
    dis = [n for n in names if re.search(r" \((\d+|[A-Z][A-Za-z .'-]+)\)$", n)]
    report("existing disambiguation in accounting-system style present", len(dis) >= 5, "%d e.g. %s" % (len(dis), dis[:3]))
    noid = [r["contact"]["displayName"] for r in ex
            if not (r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"])]
    report("every existing record has e-mail, phone or address", not noid, first(noid))
    ents = collections.Counter(r["entity"] for r in ex)
    report("existing: one record per customer", all(v == 1 for v in ents.values()))
    errs = [m for m in mex if m["category"] != "existing" or m["changes"] != []]
    report("existing meta: category existing, changes []", not errs)

    # identifiers are not shared between two existing customers
    seen = {}
    errs = []
    for r in ex:
        c = r["contact"]
        for kind, key in (("email", email_key(c["email"])), ("phone", phone_key(c["phone"]))):
            if key:
                if (kind, key) in seen and seen[(kind, key)] != r["entity"]:
                    errs.append("%s %s" % (kind, key))
                seen[(kind, key)] = r["entity"]
    report("no e-mail or phone shared by two existing customers", not errs, first(errs))

    ex_by_entity = {r["entity"]: i for i, r in enumerate(ex)}

    # ------------------------------------------------------------- party/kind
    errs = []
    kind_of = {}
    for r, m in zip(S, M):
        k, p = m.get("kind"), m.get("party")
        if p == "person" and k not in PERSON_KINDS or p == "org" and k not in ORG_KINDS or p not in ("person", "org"):
            errs.append("%s kind=%s party=%s" % (r["entity"], k, p))
        if r["entity"] in kind_of and kind_of[r["entity"]] != (k, p):
            errs.append("%s kind differs between records" % r["entity"])
        kind_of[r["entity"]] = (k, p)
        c = r["contact"]
        if p == "org" and not c["companyName"]:
            errs.append("%s org without companyName" % r["entity"])
        if p == "person" and c["companyName"] and not any(x.startswith("companyName:") for x in m["changes"]):
            errs.append("%s person with unlabelled companyName %r" % (r["entity"], c["companyName"]))
    report("party/kind consistent; orgs have companyName; persons only with a labelled change", not errs, first(errs))
    persons = sum(1 for m in M if m["party"] == "person")
    report("about 70% persons", 0.62 <= persons / len(M) <= 0.78, "%.1f%%" % (100.0 * persons / len(M)))

    # ------------------------------------------------------ incoming categories
    cats = collections.Counter(m["category"] for m in minc)
    n_match, n_new, n_hn = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    ok = set(cats) <= {"match", "new", "hard_negative"} and 0.50 <= n_match / 1500 <= 0.60 \
        and 0.30 <= n_new / 1500 <= 0.40 and n_hn == 150
    report("incoming mix: ~55% match, ~35% new, 150 hard negatives", ok,
           "match=%d new=%d hard_negative=%d" % (n_match, n_new, n_hn))
    errs = [i for i, m in enumerate(minc) if m.get("source") not in SOURCES]
    report("every incoming record names its source system", not errs, first(errs))

    # ---------------------------------------------------------------- matches
    errs = []
    match_mult = collections.Counter()
    for i, (r, m) in enumerate(zip(inc, minc)):
        if m["category"] != "match":
            continue
        if r["entity"] not in ex_by_entity:
            errs.append("match %d entity not existing" % i)
            continue
        match_mult[r["entity"]] += 1
        if m.get("compare_set") != "existing" or m.get("compare_index") != ex_by_entity[r["entity"]]:
            errs.append("match %d compare target wrong" % i)
        if m.get("profile") not in PROFILES:
            errs.append("match %d profile" % i)
        if "occurrence" in m or "anchor" in m:
            errs.append("match %d has foreign keys" % i)
    report("matches point at the existing record of the same customer", not errs, first(errs))
    mm = collections.Counter(match_mult.values())
    ok = 600 <= len(match_mult) <= 800 and mm.get(2, 0) > 0 and mm.get(3, 0) > 0
    report("~700 existing customers matched, some 2 and 3 times", ok,
           "%d customers; multiplicity %s" % (len(match_mult), dict(sorted(mm.items()))))

    # ------------------------------------------------------------------- new
    errs = []
    new_seen = collections.defaultdict(list)
    for i, (r, m) in enumerate(zip(inc, minc)):
        if m["category"] != "new":
            continue
        if r["entity"] in ex_by_entity:
            errs.append("new %d entity exists" % i)
        new_seen[r["entity"]].append(i)
        occ = m.get("occurrence")
        if occ != len(new_seen[r["entity"]]):
            errs.append("new %d occurrence %r out of order" % (i, occ))
        if occ == 1:
            if m["changes"] != [] or "compare_index" in m or "profile" in m or "evidence" in m:
                errs.append("new %d first occurrence carries comparison labels" % i)
        else:
            if m.get("compare_set") != "incoming" or m.get("compare_index") != new_seen[r["entity"]][0]:
                errs.append("new %d compare target wrong" % i)
            if m.get("profile") not in PROFILES:
                errs.append("new %d profile" % i)
    nm = collections.Counter(len(v) for v in new_seen.values())
    report("new customers: occurrences 1..n in order, repeats compare with occurrence 1", not errs, first(errs))
    ok = 350 <= len(new_seen) <= 450 and nm.get(2, 0) > 0 and nm.get(3, 0) > 0
    report("~400 new customers, some appearing 2-3 times", ok,
           "%d customers; occurrences %s" % (len(new_seen), dict(sorted(nm.items()))))
    errs = []
    ex_email = {email_key(r["contact"]["email"]) for r in ex} - {None}
    ex_phone = {phone_key(r["contact"]["phone"]) for r in ex} - {None}
    for i, (r, m) in enumerate(zip(inc, minc)):
        if m["category"] == "new":
            c = r["contact"]
            if email_key(c["email"]) in ex_email or phone_key(c["phone"]) in ex_phone:
                errs.append("new %d (%s) shares an identifier with an existing customer" % (i, c["displayName"]))
    report("new customers share no e-mail or phone with existing customers", not errs, first(errs))

    # --------------------------------------------------------- hard negatives
    errs = []
    hn_types = collections.Counter()
    inc_entities = collections.Counter(r["entity"] for r in inc)
    for i, (r, m) in enumerate(zip(inc, minc)):
        if m["category"] != "hard_negative":
            continue
        hn_types[m.get("hn_type")] += 1
        if r["entity"] in ex_by_entity or inc_entities[r["entity"]] != 1:
            errs.append("hn %d entity reused" % i)
        ai = m.get("anchor_index")
        if not isinstance(ai, int) or not 0 <= ai < 1500 or ex[ai]["entity"] != m.get("anchor"):
            errs.append("hn %d anchor mismatch" % i)
            continue
        if m.get("anchor") == r["entity"]:
            errs.append("hn %d anchor is itself" % i)
        if not m.get("rule") or not isinstance(m.get("rule"), str):
            errs.append("hn %d no rule" % i)
        if not m.get("hn_type"):
            errs.append("hn %d no type" % i)
    report("hard negatives: new entity ids, anchors resolve, rule given", not errs, first(errs))
    report("ten or more hard-negative types", len(hn_types) >= 10,
           "%d types: %s" % (len(hn_types), ", ".join("%s=%d" % kv for kv in sorted(hn_types.items()))))

    errs = []
    for i, (r, m) in enumerate(zip(inc, minc)):
        if m["category"] != "hard_negative":
            continue
        anchor = ex[m["anchor_index"]]["contact"]
        claimed = m.get("shared") or []
        comp = shared_of(r["contact"], anchor)
        if [x for x in claimed if x != "company_stem"] != comp:
            errs.append("hn %d shared %s vs computed %s" % (i, claimed, comp))
        if "company_stem" in claimed:
            st = (m.get("stem") or "").casefold()
            if not st or st not in (r["contact"]["companyName"] or "").casefold() \
                    or st not in (anchor["companyName"] or "").casefold():
                errs.append("hn %d stem %r not in both names" % (i, m.get("stem")))
        elif "stem" in m:
            errs.append("hn %d stem without company_stem" % i)
        if not STRONG & set(claimed):
            errs.append("hn %d shares nothing strong" % i)
    report("hard-negative 'shared' claims hold (and nothing more is shared)", not errs, first(errs))

    # ------------------------------------------------------ changes lists
    fields_vocab, whats_vocab = readme_vocabulary()
    report("README.txt has a CHANGE VOCABULARY section", bool(whats_vocab),
           "%d values" % len(whats_vocab or []))
    errs, vocab_errs = [], []
    valid_fields = set(NAME_FIELDS) | {"address"} | {"address." + k for k in ADDR_KEYS}
    for i, (r, m) in enumerate(zip(inc, minc)):
        if m["category"] == "match":
            other = ex[m["compare_index"]]["contact"]
        elif m["category"] == "new" and m.get("occurrence", 1) > 1:
            other = inc[m["compare_index"]]["contact"]
        elif m["category"] == "hard_negative":
            other = ex[m["anchor_index"]]["contact"]
        else:
            if m["changes"] != []:
                errs.append("incoming %d should have no changes" % i)
            continue
        ch = m["changes"]
        if not isinstance(ch, list) or len(ch) != len(set(ch)):
            errs.append("incoming %d changes malformed" % i)
            continue
        named = set()
        for x in ch:
            if not isinstance(x, str) or x.count(":") != 1:
                errs.append("incoming %d change %r" % (i, x))
                continue
            f, w = x.split(":")
            if f not in valid_fields:
                errs.append("incoming %d field %r" % (i, f))
            if whats_vocab is not None and (w not in whats_vocab or (fields_vocab and f not in fields_vocab)):
                vocab_errs.append(x)
            named.add(f)
        diff = differing_fields(r["contact"], other)
        if named != diff:
            errs.append("incoming %d changes name %s, real differences %s" % (i, sorted(named), sorted(diff)))
        if m["category"] != "hard_negative" and not ch:
            errs.append("incoming %d (%s) identical to its compared record" % (i, m["category"]))
    report("changes name exactly the fields that differ from the compared record", not errs, first(errs))
    report("every change uses README's vocabulary", whats_vocab is not None and not vocab_errs,
           first(sorted(set(vocab_errs))) if vocab_errs else "no vocabulary" if whats_vocab is None else "")

    # ---------------------------------------------------- evidence & findable
    city_pool = collections.defaultdict(list)
    for r in ex:
        ck = city_key(r["contact"])
        if ck:
            city_pool[ck].append(r["contact"])
    errs, unfindable = [], []
    fcount = collections.Counter()
    for i, (r, m) in enumerate(zip(inc, minc)):
        if m["category"] == "match":
            target = ex[m["compare_index"]]["contact"]
        elif m["category"] == "new" and m.get("occurrence", 1) > 1:
            target = inc[m["compare_index"]]["contact"]
        else:
            continue
        ev = evidence_of(r["contact"], target)
        if m.get("evidence") != ev:
            errs.append("incoming %d evidence %s vs computed %s" % (i, m.get("evidence"), ev))
        f = m.get("findable")
        fcount[f] += 1
        if f == "identifier":
            if not ev:
                unfindable.append("incoming %d claims identifier but shares none" % i)
        elif f == "name+city":
            if ev:
                errs.append("incoming %d name+city but shares %s" % (i, ev))
            pool = city_pool.get(city_key(r["contact"]), [])
            if not name_city_findable(r["contact"], target, pool):
                unfindable.append("incoming %d (%s) not the clear best name in its city"
                                  % (i, r["contact"]["displayName"]))
        else:
            errs.append("incoming %d findable %r" % (i, f))
    report("evidence lists equal the identifiers really shared", not errs, first(errs))
    report("every match / repeat shares an identifier or is findable by name+city", not unfindable,
           first(unfindable) if unfindable else ", ".join("%s=%d" % kv for kv in sorted(fcount.items())))

    prof = collections.Counter(m.get("profile") for m in minc if "profile" in m)
    report("profiles light / medium / harsh all used", set(prof) == PROFILES,
           ", ".join("%s=%d" % kv for kv in sorted(prof.items())))

    # ------------------------------------------------------------ determinism
    determinism()
    return finish()


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def determinism():
    gen = os.path.join(HERE, "gen.py")
    digests = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for seed in ("1", "987654"):
                out = os.path.join(tmp, "run" + seed)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, gen, "--out", out], check=True, env=env, cwd=tmp,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
                digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
    except Exception as ex:  # noqa
        report("determinism: gen.py runs in a temp dir", False, repr(ex))
        return
    same = digests[0] == digests[1]
    report("determinism: identical SHA-256 under PYTHONHASHSEED 1 and 987654", same,
           digests[0][0][:16])
    here = (sha(SET_PATH), sha(META_PATH))
    report("determinism: files in this folder equal a fresh run", here == digests[0])


def finish():
    failed = [n for n, ok in RESULTS if not ok]
    print()
    if failed:
        print("%d CHECK(S) FAILED: %s" % (len(failed), "; ".join(failed)))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
