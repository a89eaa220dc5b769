#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py - independent validator of the labelled set `us-storage`.

Does not import gen.py. Re-implements the comparison rules described in README.txt
(e-mail / phone / address sharing, name keys, company stems, findability by name in town),
recomputes every label that can be recomputed from the records, and runs gen.py twice
with different PYTHONHASHSEED values to prove the output is byte-identical.

    python3 check.py            -> prints PASS/FAIL lines, "ALL CHECKS PASSED" and exits 0 when all pass
"""
import sys
import os
import re
import json
import difflib
import hashlib
import tempfile
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "set.jsonl")
META = os.path.join(HERE, "meta.jsonl")

RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append(bool(ok))
    line = ("PASS  " if ok else "FAIL  ") + name
    if detail and not ok:
        line += "  -- " + str(detail)[:600]
    print(line)


# ---------------------------------------------------------------- independent normalisation
def no_marks(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s.replace("\u0111", "d").replace("\u0110", "D"))


def folded(s):
    return no_marks(s).casefold()


def squash(s):
    return re.sub(r"[^0-9a-z]+", "", folded(s))


TITLE_AND_FORM_WORDS = set("""mr mrs ms miss dr rev fr pastor sgt ssg ssgt sfc spc pfc pvt cpl cpt capt lt maj msgt
tsgt sra a1c po1 po2 cpo ens ltjg 1sg 2lt cw2 llc inc co corp ltd lp pllc the and of dba""".split())
STEM_DROP = set("the of and llc inc co corp ltd lp pllc incorporated company".split())
STREET_WORDS = {"street": "st", "road": "rd", "avenue": "ave", "av": "ave", "boulevard": "blvd", "drive": "dr",
                "lane": "ln", "parkway": "pkwy", "highway": "hwy", "court": "ct", "circle": "cir", "trail": "trl",
                "place": "pl", "thruway": "trwy", "north": "n", "south": "s", "east": "e", "west": "w",
                "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw", "apartment": "apt",
                "suite": "ste"}
STREET_IGNORE = set("n s e w ne nw se sw st rd ave blvd dr ln pkwy hwy ct cir trl pl way loop trwy".split())
UNIT_WORDS = set("apt unit ste # lot spc space rm room bldg trlr".split())
PUBLIC_MAIL = set("""gmail.com yahoo.com hotmail.com outlook.com icloud.com aol.com live.com msn.com att.net
sbcglobal.net cox.net bellsouth.net comcast.net me.com ymail.com charter.net army.mil us.af.mil us.navy.mil
utsa.edu miners.utep.edu arizona.edu nmsu.edu lsu.edu louisiana.edu jagmail.southalabama.edu students.uwf.edu
gmial.com gmal.com gmail.co gmail.con gnail.com yaho.com yahoo.co yahooo.com hotmial.com hotmal.com outlok.com
outllook.com icoud.com icloud.co aol.co aol.con att.ner at.net sbcgobal.net sbcglobal.com cox.ner cox.com
bellsout.net belsouth.net""".split())


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nkey(s):
    if not s:
        return ""
    s = re.sub(r"\s*\([^()]*\)\s*$", "", s)
    s = folded(s).replace(".", "").replace("'", "")
    words = [w for w in re.sub(r"[^a-z0-9]+", " ", s).split() if w not in TITLE_AND_FORM_WORDS]
    words.sort()
    return " ".join(words)


def names_of(c):
    keys = []
    for s in (c["displayName"], c["companyName"]):
        k = nkey(s) if s else ""
        if k and k not in keys:
            keys.append(k)
    if not keys and (c["givenName"] or c["familyName"]):
        keys.append(nkey(" ".join(x for x in (c["givenName"], c["familyName"]) if x)))
    return keys


def name_sim(c1, c2):
    return max([ratio(a, b) for a in names_of(c1) for b in names_of(c2)] + [0.0])


def town(c):
    a = c["address"]
    return squash(a["city"]) if a and a["city"] else ""


def mail(e):
    if not e:
        return ""
    e = e.strip().casefold()
    return e if re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", e) else ""


def tel(p):
    if not p:
        return ""
    digits = re.sub(r"\D", "", re.split(r"(?i)x|ext", p)[0])
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits if len(digits) == 10 else ""


def line_words(s):
    s = folded(s)
    for ch in ".,":
        s = s.replace(ch, " ")
    s = s.replace("#", " # ")
    s = re.sub(r"[^a-z0-9# ]+", " ", s)
    s = re.sub(r"\bp\s*o\s+box\b", "po box", s)
    s = re.sub(r"\bpost office box\b", "po box", s)
    s = re.sub(r"\bpob\b", "po box", s)
    return [STREET_WORDS.get(w, w) for w in s.split()]


def street_of(a):
    for line in (a["line1"], a["line2"]):
        if not line:
            continue
        w = line_words(line)
        if len(w) >= 3 and w[:2] == ["po", "box"]:
            return ("box", w[2])
        if len(w) >= 4 and w[0] in ("unit", "psc", "cmr") and w[2] == "box":
            return ("mil", " ".join(w[:4]))
        if len(w) >= 2 and re.fullmatch(r"\d+[a-z]?", w[0]):
            body = []
            for x in w[1:]:
                if x in UNIT_WORDS:
                    break
                body.append(x)
            core = " ".join(x for x in body if x not in STREET_IGNORE) or " ".join(body)
            if core:
                return ("st", w[0], core)
    return None


def five(a):
    m = re.fullmatch(r"(\d{5})(-\d{4})?", (a["postalCode"] or "").strip())
    return m.group(1) if m else ""


def same_address(a, b):
    if not a or not b:
        return False
    ka, kb = street_of(a), street_of(b)
    if not ka or not kb or ka[0] != kb[0]:
        return False
    if ka[0] == "st":
        if ka[1] != kb[1] or ratio(ka[2], kb[2]) < 0.8:
            return False
    elif ka != kb:
        return False
    if five(a) and five(a) == five(b):
        return True
    ca = squash(a["city"]) if a["city"] else ""
    return bool(ca) and ca == (squash(b["city"]) if b["city"] else "")


def shared_ids(r, e):
    out = []
    if mail(r["email"]) and mail(r["email"]) == mail(e["email"]):
        out.append("email")
    if tel(r["phone"]) and tel(r["phone"]) == tel(e["phone"]):
        out.append("phone")
    if same_address(r["address"], e["address"]):
        out.append("address")
    return out


def stem(c):
    if not c:
        return ""
    s = re.split(r"\s+-\s+|\s+d/?b/?a\s+|\(|#", folded(c))[0].replace(".", "").replace("'", "")
    w = [x for x in re.sub(r"[^a-z0-9]+", " ", s).split() if x not in STEM_DROP]
    return " ".join(w[:2])


def domain(e):
    m = mail(e)
    return m.split("@")[1] if m else ""


def shared_claims(r, a):
    out = []
    if nkey(r["displayName"]) and nkey(r["displayName"]) == nkey(a["displayName"]):
        out.append("name")
    if r["familyName"] and a["familyName"] and nkey(r["familyName"]) and nkey(r["familyName"]) == nkey(a["familyName"]):
        out.append("family_name")
    if stem(r["companyName"]) and stem(r["companyName"]) == stem(a["companyName"]):
        out.append("company_stem")
    ids = shared_ids(r, a)
    if "email" in ids:
        out.append("email")
    d = domain(r["email"])
    if d and d not in PUBLIC_MAIL and d == domain(a["email"]):
        out.append("email_domain")
    if "phone" in ids:
        out.append("phone")
    if "address" in ids:
        out.append("address")
    return out


def findable_in_town(r, target, pool):
    if not town(r) or town(r) != town(target):
        return False, "town differs"
    s = name_sim(r, target)
    if s < 0.6:
        return False, "name score %.2f" % s
    best = 0.0
    for c in pool:
        if c is not target and town(c) == town(r):
            best = max(best, name_sim(r, c))
    if s - best < 0.1:
        return False, "margin %.2f vs %.2f" % (s, best)
    return True, ""


SCALAR = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR = ["line1", "line2", "city", "region", "postalCode", "country"]


def differing(r, e):
    out = [f for f in SCALAR if r[f] != e[f]]
    if (r["address"] is None) != (e["address"] is None):
        out.append("address")
    elif r["address"] is not None:
        out += ["address." + k for k in ADDR if r["address"][k] != e["address"][k]]
    return out


VOCAB = set("""case accent format reorder unit_leak gate_leak wrong_field first_name_only full_legal_name middle_name
contact_as_name inline_unit region_name country_name zip4 abbrev missing added joint_names disambiguation
nickname typo phonetic initial swap married_name surname_dropped hyphen title suffix spouse poa legal_form dba renamed
contact_changed branch_format dept_format estate_form new digit_off moved apo po_box hotel care_of former_address
city_variant line_swap mojibake note
other spouse_other business owner estate executor branch department namesake jr_sr relative occupant resident
firm_variant other_person employee""".split())
SOURCES = {"fms", "portal", "kiosk", "truck", "crm"}
PERSON_KINDS = {"tenant", "joint_lease", "military", "student", "snowbird", "between_homes"}
ORG_KINDS = {"contractor", "small_business", "realtor", "church", "moving_company", "national_branch",
             "apartment_complex", "government", "estate", "nonprofit"}


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


# ---------------------------------------------------------------- checks
def main():
    # ---------------- files and format
    try:
        S = [json.loads(l) for l in open(SET, encoding="utf-8")]
        M = [json.loads(l) for l in open(META, encoding="utf-8")]
        report("files parse as JSON lines", True)
    except Exception as ex:
        report("files parse as JSON lines", False, ex)
        print("SOME CHECKS FAILED")
        sys.exit(1)
    report("set.jsonl has 3000 lines", len(S) == 3000, len(S))
    report("meta.jsonl has one line per set line", len(M) == len(S), (len(M), len(S)))
    bad = []
    for n, o in enumerate(S):
        if list(o.keys()) != ["set", "entity", "contact"]:
            bad.append((n, "keys"))
            continue
        c = o["contact"]
        if list(c.keys()) != ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]:
            bad.append((n, "contact keys"))
            continue
        for f in SCALAR:
            if c[f] is not None and (not isinstance(c[f], str) or not c[f].strip()):
                bad.append((n, f))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR:
                bad.append((n, "address keys"))
            else:
                for k in ADDR:
                    if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                        bad.append((n, "address." + k))
        if not re.fullmatch(r"c[0-9a-f]{7}", o["entity"] or ""):
            bad.append((n, "entity"))
        if c["displayName"] is None:
            bad.append((n, "no displayName"))
    report("record format (keys, non-empty strings or null, entity ids)", not bad, bad[:8])
    sets = [o["set"] for o in S]
    report("lines 1-1500 existing, 1501-3000 incoming",
           sets[:1500] == ["existing"] * 1500 and sets[1500:] == ["incoming"] * 1500)
    EX = [o["contact"] for o in S[:1500]]
    IN = [o["contact"] for o in S[1500:]]
    EXE = [o["entity"] for o in S[:1500]]
    INE = [o["entity"] for o in S[1500:]]
    MEX, MIN = M[:1500], M[1500:]

    # ---------------- existing list
    keys = [c["displayName"].casefold() for c in EX]
    report("existing sorted by displayName case-folded", keys == sorted(keys))
    report("existing displayName unique case-insensitively", len(set(keys)) == len(keys))
    report("existing entity ids unique (one record per customer)", len(set(EXE)) == len(EXE))
    bad = [i for i, c in enumerate(EX) if not (c["email"] or c["phone"] or c["address"])]
    report("every existing record has e-mail, phone or address", not bad, bad[:5])
    bad = []
    for i, c in enumerate(EX):
        a = c["address"]
        if a is not None:
            if not (a["country"] and re.fullmatch(r"[A-Z]{2}", a["country"])):
                bad.append((i, "country", a["country"]))
            if not (a["region"] and re.fullmatch(r"[A-Z]{2}", a["region"])):
                bad.append((i, "region", a["region"]))
            if not (a["postalCode"] and re.fullmatch(r"\d{5}(-\d{4})?", a["postalCode"])):
                bad.append((i, "zip", a["postalCode"]))
        if c["phone"] and not tel(c["phone"]):
            bad.append((i, "phone", c["phone"]))
        if c["email"] and not mail(c["email"]):
            bad.append((i, "email", c["email"]))
    report("existing addresses: ISO country code, state code, ZIP; valid phones and e-mails", not bad, bad[:5])
    dis = [c["displayName"] for c in EX if re.search(r"\((\d+|[^()]+)\)$", c["displayName"])]
    report("repeated names carry QBO disambiguation '(City)' or '(2)'", len(dis) > 0, len(dis))

    # ---------------- meta alignment
    bad = []
    for n, (o, m) in enumerate(zip(S, M)):
        idx = n if n < 1500 else n - 1500
        if m.get("set") != o["set"] or m.get("entity") != o["entity"] or m.get("index") != idx:
            bad.append(n)
    report("meta aligned with set (set, index, entity)", not bad, bad[:5])
    bad = [i for i, m in enumerate(MEX) if m["category"] != "existing" or m["changes"] != [] or
           m["party"] not in ("person", "org") or m["kind"] not in PERSON_KINDS | ORG_KINDS]
    report("existing meta: category, kind, party, empty changes", not bad, bad[:5])

    # ---------------- counts
    cat = [m["category"] for m in MIN]
    n_match, n_new, n_hn = cat.count("match"), cat.count("new"), cat.count("hard_negative")
    report("incoming categories are match / new / hard_negative", n_match + n_new + n_hn == 1500)
    report("exactly 150 hard negatives", n_hn == 150, n_hn)
    report("about 55%% matches (%d)" % n_match, 0.50 <= n_match / 1500 <= 0.60)
    report("about 35%% new-customer records (%d)" % n_new, 0.30 <= n_new / 1500 <= 0.40)
    hn_types = sorted(set(m["hn_type"] for m in MIN if m["category"] == "hard_negative"))
    report("12-16 hard-negative types (%d)" % len(hn_types), 12 <= len(hn_types) <= 16, hn_types)
    srcs = sorted(set(m.get("source") for m in MIN))
    report("3-5 upstream sources (%s)" % ",".join(map(str, srcs)), 3 <= len(srcs) <= 5 and set(srcs) <= SOURCES, srcs)
    persons = sum(1 for m in M if m["party"] == "person")
    report("about 70%% persons overall (%.1f%%)" % (100.0 * persons / 3000), 0.62 <= persons / 3000 <= 0.78)

    # ---------------- party rules
    bad = []
    for n, (o, m) in enumerate(zip(S, M)):
        c = o["contact"]
        if m["party"] == "org" and not c["companyName"]:
            bad.append((n, "org without companyName"))
        if m["party"] == "person" and c["companyName"]:
            if m["set"] == "existing":
                bad.append((n, "existing person with companyName"))
            elif any(ch.startswith("companyName:") for ch in m["changes"]):
                if not any(ch.startswith("companyName:") and "wrong_field" in ch for ch in m["changes"]):
                    bad.append((n, "person companyName not flagged wrong_field"))
            elif m.get("source") != "fms":
                bad.append((n, "person companyName from a source that does not fill it"))
        if m["party"] == "person" and m["kind"] not in PERSON_KINDS:
            bad.append((n, "kind"))
        if m["party"] == "org" and m["kind"] not in ORG_KINDS:
            bad.append((n, "kind"))
    report("organisations have companyName; persons only by a source's wrong-field habit", not bad, bad[:5])

    # ---------------- label consistency
    ex_set = set(EXE)
    bad = []
    profiles = set()
    for i, m in enumerate(MIN):
        if m["category"] != "match":
            continue
        profiles.add(m.get("profile"))
        ci = m.get("compare_index")
        if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < 1500:
            bad.append((i, "compare"))
        elif EXE[ci] != INE[i]:
            bad.append((i, "entity differs from compared existing record"))
        if m.get("source") not in SOURCES:
            bad.append((i, "source"))
    report("matches point at their existing customer (same entity)", not bad, bad[:5])
    report("match noise profiles light / medium / harsh all used", profiles == {"light", "medium", "harsh"}, profiles)

    bad = []
    occ_seen = {}
    first_pos = {}
    rep_count = {}
    for i, m in enumerate(MIN):
        if m["category"] != "new":
            continue
        e = INE[i]
        if e in ex_set:
            bad.append((i, "new entity exists in accounting list"))
        k = occ_seen.get(e, 0) + 1
        occ_seen[e] = k
        if m.get("occurrence") != k:
            bad.append((i, "occurrence %s expected %d" % (m.get("occurrence"), k)))
        if k == 1:
            first_pos[e] = i
            for f in ("profile", "evidence", "findable", "compare_set", "compare_index"):
                if f in m:
                    bad.append((i, "occurrence 1 has " + f))
            if m["changes"] != []:
                bad.append((i, "occurrence 1 has changes"))
        else:
            rep_count[e] = k
            if m.get("compare_set") != "incoming" or m.get("compare_index") != first_pos.get(e):
                bad.append((i, "repeat does not point at occurrence 1"))
            if first_pos.get(e) is None or first_pos[e] >= i:
                bad.append((i, "repeat precedes first occurrence"))
    for i, m in enumerate(MIN):
        if m["category"] != "new" and INE[i] in occ_seen:
            bad.append((i, "new-customer entity reused by another category"))
    report("new customers: not in accounting list, occurrences ordered, repeats point at occurrence 1", not bad, bad[:5])
    n_rep = sum(1 for v in rep_count.values())
    report("some new customers repeated two or three times (%d repeated, max %d)" %
           (n_rep, max(rep_count.values() or [0])), n_rep > 0 and max(rep_count.values()) in (2, 3))

    bad = []
    rules = {}
    for i, m in enumerate(MIN):
        if m["category"] != "hard_negative":
            continue
        e = INE[i]
        ai = m.get("anchor_index")
        if e in ex_set:
            bad.append((i, "hard negative entity exists in accounting list"))
        if INE.count(e) != 1:
            bad.append((i, "hard negative entity reused"))
        if not isinstance(ai, int) or not 0 <= ai < 1500 or EXE[ai] != m.get("anchor"):
            bad.append((i, "anchor"))
        if not m.get("rule") or not m.get("hn_type"):
            bad.append((i, "rule/type"))
        rules.setdefault(m.get("hn_type"), set()).add(m.get("rule"))
    report("hard negatives: new entity, anchor id and index agree, type and rule given", not bad, bad[:5])
    report("one business rule per hard-negative type", all(len(v) == 1 for v in rules.values()))

    # ---------------- evidence / findability recomputed
    bad = []
    bad_find = []
    nc = 0
    first_records = [IN[i] for i, m in enumerate(MIN) if m["category"] == "new" and m.get("occurrence") == 1]
    for i, m in enumerate(MIN):
        compare = None
        if m["category"] == "match":
            compare = EX[m["compare_index"]]
            pool = EX
        elif m["category"] == "new" and m.get("occurrence", 1) > 1:
            compare = IN[m["compare_index"]]
            pool = EX + first_records
        if compare is None:
            continue
        ev = shared_ids(IN[i], compare)
        if ev != m.get("evidence"):
            bad.append((i, ev, m.get("evidence")))
        fexp = "identifier" if ev else "name+city"
        if m.get("findable") != fexp:
            bad.append((i, "findable", m.get("findable")))
        if m.get("profile") not in ("light", "medium", "harsh"):
            bad.append((i, "profile"))
        if not ev:
            nc += 1
            ok, why = findable_in_town(IN[i], compare, pool)
            if not ok:
                bad_find.append((1500 + i, why))
    report("evidence (shared e-mail / phone / address) recomputed from records", not bad, bad[:5])
    report("matches and repeats sharing no identifier: at least 100 (%d)" % nc, nc >= 100)
    report("each of them is the clear best name match in its town", not bad_find, bad_find[:5])

    bad = []
    for i, m in enumerate(MIN):
        if m["category"] != "hard_negative":
            continue
        sh = shared_claims(IN[i], EX[m["anchor_index"]])
        if sh != m.get("shared"):
            bad.append((i, sh, m.get("shared")))
        if not sh:
            bad.append((i, "shares nothing with its anchor"))
        if EX[m["anchor_index"]] == IN[i]:
            bad.append((i, "identical to anchor"))
    report("hard negatives: shared claims recomputed from records, never empty", not bad, bad[:5])

    # ---------------- change lists
    bad = []
    for i, m in enumerate(MIN):
        if m["category"] == "match":
            cmp_ = EX[m["compare_index"]]
        elif m["category"] == "hard_negative":
            cmp_ = EX[m["anchor_index"]]
        elif m.get("occurrence", 1) > 1:
            cmp_ = IN[m["compare_index"]]
        else:
            if m["changes"] != []:
                bad.append((i, "changes without compared record"))
            continue
        fields = []
        for ch in m["changes"]:
            mm = re.fullmatch(r"([A-Za-z0-9.]+):([a-z_0-9]+(?:\+[a-z_0-9]+)*)", ch)
            if not mm:
                bad.append((i, "format", ch))
                continue
            fields.append(mm.group(1))
            for w in mm.group(2).split("+"):
                if w not in VOCAB:
                    bad.append((i, "vocabulary", w))
        if len(fields) != len(set(fields)):
            bad.append((i, "field listed twice"))
        if sorted(fields) != sorted(differing(IN[i], cmp_)):
            bad.append((i, "fields", sorted(fields), sorted(differing(IN[i], cmp_))))
    report("change lists name exactly the differing fields, in the documented vocabulary", not bad, bad[:5])

    # ---------------- name+town findability of the whole set (informative consistency)
    bad = [i for i, m in enumerate(MIN) if m["category"] in ("match", "new") and m.get("source") is None]
    report("every incoming record names its source", not bad, bad[:5])

    # ---------------- determinism
    gen = os.path.join(HERE, "gen.py")
    hashes = []
    try:
        with tempfile.TemporaryDirectory() as d1, tempfile.TemporaryDirectory() as d2:
            for d, seed in ((d1, "1"), (d2, "4242")):
                env = dict(os.environ)
                env["PYTHONHASHSEED"] = seed
                subprocess.run([sys.executable, gen, "--out", d], check=True, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                hashes.append((sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl"))))
        same = hashes[0] == hashes[1]
        report("gen.py byte-identical under PYTHONHASHSEED=1 and 4242", same, hashes)
        report("set.jsonl / meta.jsonl in folder equal the regenerated output",
               hashes[0] == (sha(SET), sha(META)), (hashes[0], sha(SET), sha(META)))
    except Exception as ex:
        report("gen.py reruns", False, ex)

    print("set.jsonl SHA-256: " + sha(SET))
    if all(RESULTS):
        print("ALL CHECKS PASSED")
        sys.exit(0)
    print("SOME CHECKS FAILED (%d of %d)" % (RESULTS.count(False), len(RESULTS)))
    sys.exit(1)


if __name__ == "__main__":
    main()
