#!/usr/bin/env python3
"""check.py -- independent validator of the us-pool set (does not import gen.py).

Checks format, counts, label consistency, evidence / shared recomputed from the records,
change lists, name+city findability and determinism of gen.py.  Prints PASS/FAIL lines and
"ALL CHECKS PASSED" (exit 0) when everything holds.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N_EX = 1500
N_IN = 1500
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append(ok)
    print("%s %s%s" % ("PASS" if ok else "FAIL", name, (" -- " + detail) if detail else ""))


# ---------------------------------------------------------------- normalisation (re-implemented)
def unaccent(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


STREET_WORDS = {"EAST": "E", "WEST": "W", "NORTH": "N", "SOUTH": "S", "STREET": "ST", "DRIVE": "DR",
                "AVENUE": "AVE", "AV": "AVE", "ROAD": "RD", "LANE": "LN", "COURT": "CT", "PLACE": "PL",
                "BOULEVARD": "BLVD", "PARKWAY": "PKWY", "TRAIL": "TRL", "CIRCLE": "CIR", "HIGHWAY": "HWY",
                "TERRACE": "TER", "SUITE": "STE", "APARTMENT": "APT", "UNIT": "APT", "CRESCENT": "CRES",
                "GARDENS": "GDNS", "HEIGHTS": "HTS", "POINT": "PT", "NORTHWEST": "NW", "SOUTHWEST": "SW",
                "NORTHEAST": "NE", "SOUTHEAST": "SE"}
STREET_SKIP = {"N", "S", "E", "W", "APT", "STE", "NO"}


def street_key(line):
    t = re.sub(r"[^A-Z0-9 ]", " ", unaccent(line).upper().replace("#", " ")).split()
    t = [STREET_WORDS.get(w, w) for w in t]
    return " ".join(w for w in t if w not in STREET_SKIP)


def street_of(addr):
    if addr is None:
        return None
    line = addr.get("line1")
    if line and re.match(r"^\s*(c/o|c\.o\.|attn)", line, re.I):
        line = addr.get("line2")
    if not line:
        return None
    return street_key(line) or None


def street_only(addr):
    k = street_of(addr)
    if not k:
        return None
    t = k.split()
    if t and t[0].isdigit():
        t = t[1:]
    t = [w for w in t if not w.isdigit()]
    return " ".join(t) or None


def zip_key(p):
    if not p:
        return None
    s = re.sub(r"[\s\-]", "", p.upper())
    if len(s) >= 5 and s[:5].isdigit():
        return s[:5]
    return s or None


def city_key(c):
    if not c:
        return None
    return re.sub(r"[^A-Z0-9]+", " ", unaccent(c).upper()).strip() or None


def same_address(a, b):
    if a is None or b is None:
        return False
    ka, kb = street_of(a), street_of(b)
    if not ka or ka != kb:
        return False
    za, zb = zip_key(a.get("postalCode")), zip_key(b.get("postalCode"))
    if za and zb and za == zb:
        return True
    ca, cb = city_key(a.get("city")), city_key(b.get("city"))
    return bool(ca and cb and ca == cb)


def phone_key(p):
    if not p:
        return None
    p = re.split(r"(?i)\s*(?:ext\.?|x)\s*\d+\s*$", p)[0]
    d = re.sub(r"\D", "", p)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else None


def email_key(e):
    if not e:
        return None
    return e.strip().lower() or None


def evidence(c1, c2):
    out = []
    if email_key(c1["email"]) and email_key(c1["email"]) == email_key(c2["email"]):
        out.append("email")
    if phone_key(c1["phone"]) and phone_key(c1["phone"]) == phone_key(c2["phone"]):
        out.append("phone")
    if same_address(c1["address"], c2["address"]):
        out.append("address")
    return out


def words(s):
    if not s:
        return []
    return re.sub(r"[^a-z0-9]+", " ", unaccent(s).lower()).split()


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PARTICLES = {"de", "del", "la", "los", "y"}
LEGAL_WORDS = {"llc", "l", "c", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
               "limited", "lp", "pllc", "the"}
FREE_MAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "cox.net", "icloud.com", "aol.com", "q.com",
             "msn.com", "me.com", "live.com", "att.net", "earthlink.net", "comcast.net", "centurylink.net",
             "shaw.ca", "telus.net", "hotmail.ca", "yahoo.ca", "mts.net", "charter.net", "sbcglobal.net",
             "sympatico.ca", "gmial.com", "yaho.com", "hotmial.com", "gmail.con", "yahoo.con", "comcast.ent",
             "cox.ent", "outlok.com", "iclod.com", "shaw.com", "telus.com", "gmai.com"}


def pwords(s):
    return [w for w in words(s) if w not in SUFFIXES]


def cwords(s):
    return [w for w in words(s) if w not in LEGAL_WORDS]


def domain(e):
    e = email_key(e)
    return e.split("@", 1)[1] if e and "@" in e else None


def shared(c, a):
    out = []
    g1, g2, f1, f2 = pwords(c["givenName"]), pwords(a["givenName"]), pwords(c["familyName"]), pwords(a["familyName"])
    if g1 and f1 and g1 == g2 and f1 == f2:
        out.append("name")
    if g1 and g2 and g1[0] == g2[0]:
        out.append("givenName")
    s1 = [w for w in f1 if w not in PARTICLES]
    s2 = [w for w in f2 if w not in PARTICLES]
    if s1 and s2 and any(w in s2 for w in s1):
        out.append("familyName")
    k1, k2 = cwords(c["companyName"]), cwords(a["companyName"])
    if k1 and k1 == k2:
        out.append("companyName")
    if len(k1) >= 2 and len(k2) >= 2 and k1[:2] == k2[:2]:
        out.append("company_stem")
    if email_key(c["email"]) and email_key(c["email"]) == email_key(a["email"]):
        out.append("email")
    d1, d2 = domain(c["email"]), domain(a["email"])
    if d1 and d1 == d2 and d1 not in FREE_MAIL:
        out.append("email_domain")
    if phone_key(c["phone"]) and phone_key(c["phone"]) == phone_key(a["phone"]):
        out.append("phone")
    ca, aa = c["address"], a["address"]
    if same_address(ca, aa):
        out.append("address")
    if street_of(ca) and street_of(ca) == street_of(aa):
        out.append("line1")
    if street_only(ca) and street_only(ca) == street_only(aa):
        out.append("street")
    if ca is not None and aa is not None:
        if city_key(ca.get("city")) and city_key(ca.get("city")) == city_key(aa.get("city")):
            out.append("city")
        if zip_key(ca.get("postalCode")) and zip_key(ca.get("postalCode")) == zip_key(aa.get("postalCode")):
            out.append("postalCode")
    return out


STRONG = {"name", "familyName", "companyName", "company_stem", "email", "email_domain", "phone", "address",
          "line1", "street"}
STOP = {"weekly", "bi", "biweekly", "repair", "remodel", "chem", "only", "full", "service", "llc", "inc",
        "incorporated", "corp", "co", "ltd", "lp", "pllc", "the", "of", "and", "mr", "mrs", "ms", "dr", "c", "o", "l"}


def keys_of(c):
    ks = []
    gf = " ".join(x for x in (c["givenName"], c["familyName"]) if x)
    for s in (c["displayName"], c["companyName"], gf):
        if s:
            t = [w for w in words(re.sub(r"\([^)]*\)", " ", s)) if w not in STOP]
            if t:
                k = " ".join(sorted(t))
                if k not in ks:
                    ks.append(k)
    return ks


def bigram_dice(a, b):
    A = [a[i:i + 2] for i in range(len(a) - 1)]
    B = [b[i:i + 2] for i in range(len(b) - 1)]
    if not A or not B:
        return 1.0 if a == b else 0.0
    bag = {}
    for x in A:
        bag[x] = bag.get(x, 0) + 1
    hit = 0
    for x in B:
        if bag.get(x, 0):
            bag[x] -= 1
            hit += 1
    return 2.0 * hit / (len(A) + len(B))


def name_sim(c1, c2):
    return max([bigram_dice(a, b) for a in keys_of(c1) for b in keys_of(c2)] or [0.0])


def town(c):
    return city_key(c["address"].get("city")) if c["address"] else None


# ---------------------------------------------------------------- change lists
CK = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
AK = ["line1", "line2", "city", "region", "postalCode", "country"]
VOCAB = {"route_label", "gate_note", "pool_label", "extension", "lastfirst", "mojibake", "nickname", "initial",
         "misheard", "typo", "swapped", "title", "surname_dropped", "hyphenated", "middle_name", "accents",
         "married_name", "spouse_takeover", "contact_changed", "manager_booking", "owner_direct", "renamed",
         "legal_form", "abbreviated", "new", "child_email", "own_email", "other_line", "moved", "second_home",
         "rental_address", "job_site", "summer_address", "winter_address", "service_address", "pool_address",
         "mgmt_changed", "po_box", "city_only", "wrong_field", "case", "dropped", "digit_off", "area_code",
         "format", "zip4", "alias", "added", "disambiguation", "care_of", "reordered", "shortened", "extended",
         "other", "new_owner", "son", "neighbour", "other_person", "homeowner", "adult_child", "private_person",
         "relative", "management_company", "other_association", "other_owner", "manager_company", "other_firm"}


def differing(c, ref):
    out = [k for k in CK if c[k] != ref[k]]
    a, b = ref["address"], c["address"]
    if (a is None) != (b is None):
        out.append("address")
    elif a is not None:
        out += ["address." + k for k in AK if a[k] != b[k]]
    return out


# ---------------------------------------------------------------- main
def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    try:
        S = [json.loads(l) for l in open(sp, encoding="utf-8")]
        M = [json.loads(l) for l in open(mp, encoding="utf-8")]
        report("files parse as JSON lines", True)
    except Exception as ex:  # noqa
        report("files parse as JSON lines", False, str(ex))
        finish()
    report("set.jsonl has 3000 lines", len(S) == N_EX + N_IN, str(len(S)))
    report("meta.jsonl has one line per set line", len(M) == len(S), str(len(M)))

    # ---- format
    bad = []
    for i, r in enumerate(S):
        if list(r.keys()) != ["set", "entity", "contact"] or r["set"] not in ("existing", "incoming") \
                or not re.match(r"^c[0-9a-f]{7}$", str(r["entity"])):
            bad.append(i)
            continue
        c = r["contact"]
        if list(c.keys()) != CK + ["address"]:
            bad.append(i)
            continue
        for k in CK:
            if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
                bad.append(i)
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != AK:
                bad.append(i)
                continue
            for k in AK:
                if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                    bad.append(i)
            if all(a[k] is None for k in AK):
                bad.append(i)
        if not c["displayName"]:
            bad.append(i)
    report("record format (keys, entity ids, non-empty strings or null)", not bad, str(bad[:5]))
    report("lines 1-1500 existing, 1501-3000 incoming",
           all(r["set"] == "existing" for r in S[:N_EX]) and all(r["set"] == "incoming" for r in S[N_EX:]))

    EX = S[:N_EX]
    IN = S[N_EX:]
    MEX = M[:N_EX]
    MIN = M[N_EX:]

    # ---- existing list
    ids = [r["entity"] for r in EX]
    report("existing: one record per customer", len(set(ids)) == N_EX)
    dn = [r["contact"]["displayName"].casefold() for r in EX]
    report("existing: sorted by displayName case-folded", dn == sorted(dn))
    report("existing: displayName unique case-insensitively", len(set(dn)) == N_EX)
    dis = sum(1 for r in EX if re.search(r" \((\d+|[A-Za-z .]+)\)$", r["contact"]["displayName"]))
    report("existing: repeated names carry '(City)' / '(2)' disambiguation", dis > 0, "%d records" % dis)
    report("existing: every record has e-mail, phone or address",
           all(r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"] for r in EX))
    report("existing: country as ISO code",
           all(r["contact"]["address"] is None or re.match(r"^[A-Z]{2}$", r["contact"]["address"]["country"] or "")
               for r in EX))

    # ---- meta basics
    ok = True
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < N_EX else i - N_EX
        if m.get("set") != r["set"] or m.get("index") != idx or m.get("entity") != r["entity"]:
            ok = False
        if m.get("party") not in ("org", "person") or not m.get("kind") or not isinstance(m.get("changes"), list):
            ok = False
    report("meta: set / index / entity / kind / party / changes aligned with set.jsonl", ok)
    report("meta: existing lines have category existing", all(m["category"] == "existing" for m in MEX))
    cats = {}
    for m in MIN:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    report("meta: incoming categories are match / new / hard_negative",
           set(cats) <= {"match", "new", "hard_negative"}, str(cats))
    nm, nn, nh = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    report("counts: about 55% matches", 0.50 <= nm / N_IN <= 0.60, "%d" % nm)
    report("counts: about 35% new customers", 0.30 <= nn / N_IN <= 0.40, "%d" % nn)
    report("counts: exactly 150 hard negatives", nh == 150, "%d" % nh)
    srcs = sorted(set(m.get("source") for m in MIN))
    report("sources: 3-5 upstream sources on every incoming line", None not in srcs and 3 <= len(srcs) <= 5,
           ", ".join(str(s) for s in srcs))

    # ---- entity consistency
    party, kind = {}, {}
    okp = True
    for r, m in zip(S, M):
        e = r["entity"]
        if party.setdefault(e, m["party"]) != m["party"] or kind.setdefault(e, m["kind"]) != m["kind"]:
            okp = False
    report("entities: one party and one kind per entity", okp)
    org_ok = all(r["contact"]["companyName"] for r, m in zip(S, M) if m["party"] == "org")
    report("organisations always have companyName", org_ok)
    report("persons: companyName null in the accounting system",
           all(r["contact"]["companyName"] is None for r, m in zip(EX, MEX) if m["party"] == "person"))
    wrong = sum(1 for r, m in zip(IN, MIN) if m["party"] == "person" and r["contact"]["companyName"])
    report("persons: companyName only where a source wrongly fills it (incoming)", True, "%d records" % wrong)

    # ---- label consistency
    ex_ids = set(ids)
    errs = []
    seen_new = {}
    hn_ents = []
    match_count = {}
    for i, (r, m) in enumerate(zip(IN, MIN)):
        e, cat = r["entity"], m["category"]
        if "source" not in m:
            errs.append((i, "source"))
        if cat == "match":
            match_count[e] = match_count.get(e, 0) + 1
            if e not in ex_ids or m.get("compare_set") != "existing" or not isinstance(m.get("compare_index"), int) \
                    or EX[m["compare_index"]]["entity"] != e:
                errs.append((i, "match compare"))
        elif cat == "new":
            if e in ex_ids:
                errs.append((i, "new entity exists"))
            occ = m.get("occurrence")
            prev = seen_new.get(e)
            if prev is None:
                if occ != 1 or m["changes"] != [] or "compare_index" in m:
                    errs.append((i, "first occurrence"))
                seen_new[e] = [i]
            else:
                if occ != len(prev) + 1 or m.get("compare_set") != "incoming" or m.get("compare_index") != prev[0]:
                    errs.append((i, "repeat"))
                prev.append(i)
        else:
            hn_ents.append(e)
            if e in ex_ids or not m.get("hn_type") or not m.get("rule") or m.get("anchor") not in ex_ids \
                    or not isinstance(m.get("anchor_index"), int) or EX[m["anchor_index"]]["entity"] != m["anchor"]:
                errs.append((i, "hard negative"))
        if cat in ("match",) or (cat == "new" and m.get("occurrence", 1) > 1):
            for k in ("profile", "evidence", "findable", "compare_set", "compare_index"):
                if k not in m:
                    errs.append((i, "missing " + k))
    report("labels: matches point to their existing record, repeats to occurrence 1, anchors exist",
           not errs, str(errs[:5]))
    in_ents = [r["entity"] for r in IN]
    report("labels: hard-negative entities are single, new customers",
           all(in_ents.count(e) == 1 for e in hn_ents) and len(set(hn_ents)) == len(hn_ents))
    report("labels: new customers are never existing, first occurrence precedes repeats", not any(
        x[1] in ("new entity exists", "first occurrence", "repeat") for x in errs))
    reps = [len(v) for v in seen_new.values()]
    report("new customers: some repeated two or three times",
           reps.count(2) > 0 and reps.count(3) > 0 and max(reps) <= 3,
           "%d customers, %d x2, %d x3" % (len(reps), reps.count(2), reps.count(3)))
    mc = list(match_count.values())
    report("matches: some existing customers several times", sum(1 for v in mc if v > 1) > 0,
           "%d customers matched, %d more than once" % (len(mc), sum(1 for v in mc if v > 1)))
    profs = set(m.get("profile") for m in MIN if "profile" in m)
    report("profiles light / medium / harsh on matches and repeats", profs == {"light", "medium", "harsh"},
           str(sorted(profs)))
    types = {}
    rules = {}
    for m in MIN:
        if m["category"] == "hard_negative":
            types[m["hn_type"]] = types.get(m["hn_type"], 0) + 1
            rules.setdefault(m["hn_type"], set()).add(m["rule"])
    report("hard negatives: 12-16 types, one rule per type", 12 <= len(types) <= 16 and
           all(len(v) == 1 for v in rules.values()), "%d types" % len(types))

    # ---- evidence, shared, changes recomputed
    def ref_of(m):
        if m["category"] == "match":
            return EX[m["compare_index"]]["contact"]
        if m["category"] == "new" and m.get("occurrence", 1) > 1:
            return IN[m["compare_index"]]["contact"]
        if m["category"] == "hard_negative":
            return EX[m["anchor_index"]]["contact"]
        return None

    ev_bad, sh_bad, ch_bad, voc_bad, fnd_bad = [], [], [], [], []
    for i, (r, m) in enumerate(zip(IN, MIN)):
        ref = ref_of(m)
        c = r["contact"]
        if ref is None:
            if m["changes"]:
                ch_bad.append(i)
            continue
        if m["category"] != "hard_negative":
            ev = evidence(c, ref)
            if ev != m.get("evidence"):
                ev_bad.append(i)
            if (m.get("findable") == "identifier") != bool(ev) or m.get("findable") not in ("identifier", "name+city"):
                fnd_bad.append(i)
        else:
            sh = shared(c, ref)
            if sh != m.get("shared") or not (set(sh) & STRONG):
                sh_bad.append(i)
        fields = []
        for ch in m["changes"]:
            if ":" not in ch:
                ch_bad.append(i)
                continue
            f, what = ch.split(":", 1)
            fields.append(f)
            for w in what.split("+"):
                if w not in VOCAB:
                    voc_bad.append((i, w))
        if sorted(fields) != sorted(differing(c, ref)) or len(fields) != len(set(fields)):
            ch_bad.append(i)
    for m in MEX:
        if m["changes"]:
            ch_bad.append(-1)
    report("evidence recomputed from the records (email / phone / address, however written)", not ev_bad,
           str(ev_bad[:5]))
    report("findable is 'identifier' exactly when evidence is non-empty, else 'name+city'", not fnd_bad,
           str(fnd_bad[:5]))
    report("hard negatives: shared recomputed from the records, strong resemblance", not sh_bad, str(sh_bad[:5]))
    report("changes list exactly the fields that differ from the compared record", not ch_bad, str(ch_bad[:5]))
    report("changes use the documented vocabulary", not voc_bad, str(voc_bad[:5]))

    # ---- name + city findability
    pool = {}
    for r in EX:
        t = town(r["contact"])
        if t:
            pool.setdefault(t, []).append((r["entity"], r["contact"]))
    nc_bad, nc_n = [], 0
    for i, (r, m) in enumerate(zip(IN, MIN)):
        c = r["contact"]
        is_cmp = m["category"] == "match" or (m["category"] == "new" and m.get("occurrence", 1) > 1)
        if is_cmp and m.get("findable") == "name+city":
            nc_n += 1
            ref = ref_of(m)
            t = town(c)
            if not t or t != town(ref):
                nc_bad.append((i, "town"))
                continue
            s0 = name_sim(c, ref)
            best = max([name_sim(c, oc) for oe, oc in pool.get(t, []) if oe != r["entity"]] or [0.0])
            if s0 < 0.5 or s0 - best < 0.1:
                nc_bad.append((i, round(s0, 3), round(best, 3)))
        if m["category"] == "hard_negative" or (m["category"] == "new" and m.get("occurrence") == 1):
            t = town(c)
            if t:
                pool.setdefault(t, []).append((r["entity"], c))
    report("name+city: at least 100 matches / repeats share no identifier", nc_n >= 100, "%d records" % nc_n)
    report("name+city: each is the clear best name match in its town", not nc_bad, str(nc_bad[:5]))

    # ---- determinism
    try:
        digs = []
        for seed in ("1", "987654"):
            d = tempfile.mkdtemp(prefix="uspool-")
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = seed
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", d], check=True, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            digs.append(tuple(hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest()
                              for f in ("set.jsonl", "meta.jsonl")))
            for f in ("set.jsonl", "meta.jsonl"):
                os.remove(os.path.join(d, f))
            os.rmdir(d)
        here = tuple(hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest()
                     for f in ("set.jsonl", "meta.jsonl"))
        report("determinism: two runs with different PYTHONHASHSEED are byte-identical", digs[0] == digs[1])
        report("determinism: the files in the folder are what gen.py writes", digs[0] == here,
               "set.jsonl sha256 %s" % here[0])
    except Exception as ex:  # noqa
        report("determinism", False, str(ex))
    finish()


def finish():
    if RESULTS and all(RESULTS):
        print("ALL CHECKS PASSED")
        sys.exit(0)
    print("%d CHECK(S) FAILED" % sum(1 for x in RESULTS if not x))
    sys.exit(1)


if __name__ == "__main__":
    main()
