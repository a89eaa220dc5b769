#!/usr/bin/env python3
"""check.py -- independent validator for the ph-retail record-linkage benchmark.

Does not import gen.py: every normalisation (phone, address, e-mail, names) is re-implemented
here from the rules written in README.txt.  Prints one line per check; the last line is
"ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).

Usage: python3 check.py [--dir DIR] [--no-determinism]
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
NAME_FIELDS = FIELDS[:4]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
HN_TYPES = ["chain_branch", "group_company", "namesake_other_town", "father_son", "family_sibling_firm",
            "same_building", "shared_bookkeeper_mailbox", "similar_name_other_trade", "household_member",
            "government_office"]
PROFILE_RANGE = {"light": (1, 2), "medium": (2, 4), "harsh": (4, 99)}
VOCAB = {
    "displayName": {"case", "typo", "format", "nickname", "middle_name", "honorific", "suffix", "maiden_name",
                    "married_name", "hyphenated", "spelling", "abbrev", "short_form", "trade_name", "owner_name",
                    "registered_name", "variant", "spouses_format", "one_spouse", "qualifier_dropped", "legal_form",
                    "branch_format", "different"},
    "givenName": {"case", "typo", "nickname", "middle_name", "suffix", "abbrev", "short_form", "other_spouse",
                  "missing", "added", "changed", "different"},
    "familyName": {"case", "typo", "suffix", "maiden_name", "married_name", "hyphenated", "spelling", "missing",
                   "added", "changed", "different"},
    "companyName": {"case", "typo", "format", "abbrev", "legal_form", "registered_name", "different", "missing",
                    "added"},
    "email": {"case", "typo", "changed", "missing", "added", "different"},
    "phone": {"format", "extension", "changed", "missing", "added", "different"},
    "address": {"format", "case", "moved", "partial", "missing", "added", "different"},
}
AREA_CODES = ("02", "032", "033", "034", "043", "044", "045", "046", "049", "082", "088")
SUFFIXES = ("jr", "sr", "ii", "iii", "iv")


# ------------------------------------------------------------------ normalisation (independent)
def deaccent(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def toks(s):
    s = deaccent(s or "").casefold()
    s = s.replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", " ", s).split()


def edit_distance(a, b):
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[len(b)]


def one_edit_or_less(a, b):
    if abs(len(a) - len(b)) > 1:
        return False
    return edit_distance(a, b) <= 1


def deletion_variants(s):
    out = [s]
    for i in range(len(s)):
        out.append(s[:i] + s[i + 1:])
    return out


STREET_WORDS = {"st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard",
                "hwy": "highway", "blk": "block", "ph": "phase", "bldg": "building", "subd": "subdivision",
                "vill": "village", "rm": "room", "dr": "drive", "ext": "extension", "sta": "santa", "sto": "santo",
                "gen": "general"}
CITY_SYNONYMS = {"qc": "quezon", "q c": "quezon", "cdo": "cagayan de oro", "sjdm": "san jose del monte",
                 "sta rosa": "santa rosa", "sto tomas": "santo tomas", "gen trias": "general trias"}


def norm_city(c):
    w = toks(c)
    if len(w) >= 2 and w[0] == "city" and w[1] == "of":
        w = w[2:]
    if len(w) >= 2 and w[-1] == "city":
        w = w[:-1]
    j = " ".join(w)
    return CITY_SYNONYMS.get(j, j)


def street_tokens(a):
    """Tokens of line1+line2 without barangay segments, abbreviations expanded, sorted."""
    out = []
    for line in (a.get("line1"), a.get("line2")):
        if not line:
            continue
        for seg in line.split(","):
            w = toks(seg)
            if not w or w[0] in ("brgy", "bgy", "barangay"):
                continue
            out += [STREET_WORDS.get(x, x) for x in w]
    return sorted(out)


def segments(a):
    out = []
    for line in (a.get("line1"), a.get("line2")):
        for seg in (line or "").split(","):
            w = [STREET_WORDS.get(x, x) for x in toks(seg)]
            if w and w[0] not in ("brgy", "bgy", "barangay"):
                out.append(" ".join(w))
    return out


def address_key(a):
    if not a or not a.get("city"):
        return None
    st = street_tokens(a)
    if not st:
        return None
    return norm_city(a["city"]) + "#" + " ".join(st)


EXT = re.compile(r"\s*(loc\.?|local|ext\.?)\s*(\d+)\s*$", re.IGNORECASE)


def phone_parts(p):
    m = EXT.search(p)
    ext = m.group(2) if m else None
    body = p[:m.start()] if m else p
    digits = "".join(ch for ch in body if ch.isdigit())
    if digits[:2] == "63":
        digits = "0" + digits[2:]
    return digits, ext


def phone_key(p):
    return phone_parts(p)[0] if p else None


def valid_phone_key(k):
    if re.fullmatch(r"09\d{9}", k):
        return True
    if re.fullmatch(r"028\d{7}", k):
        return True
    return len(k) == 10 and k[:3] in AREA_CODES[1:] and k[3] in "23456789"


def email_key(e):
    return e.casefold() if e else None


LEGAL = {"inc", "incorporated", "corp", "corporation", "co", "company", "opc", "ltd"}
STOP = {"and", "the", "of", "sps", "spouses", "mr", "mrs", "ms", "engr", "atty", "dr", "arch"}
EXPAND = {"const": "construction", "devt": "development", "gen": "general", "mdse": "merchandise",
          "hdwe": "hardware", "ent": "enterprises", "trdg": "trading", "bros": "brothers", "mktg": "marketing",
          "indl": "industrial", "svcs": "services", "hoa": "homeowners association", "assn": "association",
          "brgy": "barangay", "bgy": "barangay", "agri": "agricultural", "coop": "cooperative", "sply": "supply",
          "aggr": "aggregates", "ctr": "center", "prop": "properties", "mpc": "multi purpose cooperative",
          "ma": "maria", "sto": "santo", "sta": "santa", "st": "saint"}


def name_core(s):
    """Case/accent/punctuation/abbreviation/legal-form-insensitive form of a name; qualifier stripped."""
    if not s:
        return None
    s = re.sub(r"\s*(\([^)]*\)|-\s*\d+)\s*$", "", s)
    s = deaccent(s).casefold().replace("one person corporation", " opc ")
    out = []
    for w in toks(s):
        for x in EXPAND.get(w, w).split():
            if x not in LEGAL and x not in STOP:
                out.append(x)
    return " ".join(sorted(out)) or None


def person_key(given, family):
    if not given or not family:
        return None
    g = [w for w in toks(given) if w not in SUFFIXES and w not in STOP]
    f = [w for w in toks(family) if w not in SUFFIXES]
    if not g or not f:
        return None
    first = "maria" if g[0] == "ma" else g[0]
    return first + "/" + "".join(f)


def fmt_tokens(s):
    return sorted(w for w in toks(s) if w != "and")


# ------------------------------------------------------------------------------- checker
class Checker:
    def __init__(self):
        self.results = []

    def check(self, name, errors, detail=""):
        errors = list(errors)
        ok = not errors
        self.results.append((name, ok))
        if ok:
            print(f"PASS  {name}" + (f"  ({detail})" if detail else ""))
        else:
            print(f"FAIL  {name}: {len(errors)} problem(s); e.g. " + " | ".join(str(e) for e in errors[:3]))
        return ok


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def label_problems(a, b, labels, ctx):
    """a = compared record contact, b = this record contact, labels = list of 'field:what'."""
    probs = []
    by = {}
    for lb in labels:
        if not isinstance(lb, str) or ":" not in lb:
            probs.append(f"{ctx}: bad label {lb!r}")
            continue
        f, w = lb.split(":", 1)
        if f not in VOCAB or w not in VOCAB[f]:
            probs.append(f"{ctx}: label outside vocabulary {lb}")
            continue
        by.setdefault(f, []).append(w)
    if len(labels) != len(set(labels)):
        probs.append(f"{ctx}: duplicate labels")
    differ = [f for f in FIELDS if a[f] != b[f]]
    if sorted(differ) != sorted(by):
        probs.append(f"{ctx}: labelled fields {sorted(by)} != differing fields {sorted(differ)}")
    for f, ws in by.items():
        W = set(ws)
        x, y = a[f], b[f]
        if x == y:
            continue
        if x is None or y is None:
            want = "added" if x is None else "missing"
            if W != {want}:
                probs.append(f"{ctx}: {f} null change must be labelled only '{want}', got {ws}")
            continue
        if W & {"missing", "added"}:
            probs.append(f"{ctx}: {f} labelled missing/added but both present")
        if f == "address":
            kx, ky = address_key(x), address_key(y)
            if W <= {"case"}:
                if any((x[k] or "").casefold() != (y[k] or "").casefold() for k in ADDR_KEYS):
                    probs.append(f"{ctx}: address 'case' but differs beyond case")
            if not W & {"moved", "different", "partial"}:
                if kx is None or kx != ky:
                    probs.append(f"{ctx}: address {ws} but keys differ: {kx} / {ky}")
            if W & {"moved", "different"}:
                if kx is None or ky is None or kx == ky:
                    probs.append(f"{ctx}: address moved/different but same key")
            if "partial" in W:
                tx, ty = street_tokens(x), street_tokens(y)
                rest = list(tx)
                sub = True
                for t in ty:
                    if t in rest:
                        rest.remove(t)
                    else:
                        sub = False
                if norm_city(x["city"] or "") != norm_city(y["city"] or "") or not sub or len(ty) >= len(tx):
                    probs.append(f"{ctx}: address partial but not a strict subset in the same city")
            continue
        if f == "phone":
            (kx, ex), (ky, ey) = phone_parts(x), phone_parts(y)
            if W <= {"format", "extension"}:
                if kx != ky:
                    probs.append(f"{ctx}: phone {ws} but numbers differ {kx}/{ky}")
                if "extension" in W and ex == ey:
                    probs.append(f"{ctx}: phone extension label but same extension")
                if W == {"format"} and ex != ey:
                    probs.append(f"{ctx}: phone format-only but extension differs")
            if W & {"changed", "different"} and kx == ky:
                probs.append(f"{ctx}: phone changed/different but same number")
            continue
        fx, fy = x.casefold(), y.casefold()
        if W <= {"case"} and fx != fy:
            probs.append(f"{ctx}: {f} 'case' but not equal after case folding: {x!r}/{y!r}")
        if "typo" in W and W <= {"typo", "case"}:
            if edit_distance(fx, fy) != 1:
                probs.append(f"{ctx}: {f} typo but edit distance != 1: {x!r}/{y!r}")
            if f != "email":
                wx, wy = x.split(), y.split()
                if len(wx) != len(wy) or any(p[0].casefold() != q[0].casefold() for p, q in zip(wx, wy)):
                    probs.append(f"{ctx}: {f} typo touches a word's first letter: {x!r}/{y!r}")
        if W & {"changed", "different"} and edit_distance(fx, fy) <= 1:
            probs.append(f"{ctx}: {f} changed/different but within one edit: {x!r}/{y!r}")
        if "format" in W and W <= {"format", "case"} and fmt_tokens(x) != fmt_tokens(y):
            probs.append(f"{ctx}: {f} 'format' but tokens differ: {x!r}/{y!r}")
        if W == {"suffix"}:
            tx = [t for t in fmt_tokens(x) if t not in SUFFIXES]
            ty = [t for t in fmt_tokens(y) if t not in SUFFIXES]
            if tx != ty:
                probs.append(f"{ctx}: {f} suffix-only but other tokens differ")
    return probs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--no-determinism", action="store_true")
    args = ap.parse_args()
    C = Checker()
    d = args.dir
    set_path, meta_path = os.path.join(d, "set.jsonl"), os.path.join(d, "meta.jsonl")
    if not C.check("files present", [p for p in (set_path, meta_path) if not os.path.exists(p)]):
        print("1 CHECK(S) FAILED: files present")
        return 1
    S, M = load(set_path), load(meta_path)

    # ---------------------------------------------------------------- structure
    errs = []
    if len(S) != 3000 or len(M) != 3000:
        errs.append(f"lines: set {len(S)}, meta {len(M)}")
    for i, r in enumerate(S):
        want = "existing" if i < 1500 else "incoming"
        if set(r) != {"set", "entity", "contact"} or r["set"] != want:
            errs.append(f"line {i}: keys/set")
            continue
        if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            errs.append(f"line {i}: entity id {r['entity']}")
        c = r["contact"]
        if set(c) != set(FIELDS):
            errs.append(f"line {i}: contact keys")
            continue
        for f in FIELDS[:6]:
            if c[f] is not None and (not isinstance(c[f], str) or not c[f].strip()):
                errs.append(f"line {i}: {f} not a non-empty string or null")
        if not c["displayName"]:
            errs.append(f"line {i}: displayName missing")
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or set(a) != set(ADDR_KEYS) or \
                    any(v is not None and (not isinstance(v, str) or not v.strip()) for v in a.values()):
                errs.append(f"line {i}: address shape")
    C.check("record format (1500 existing then 1500 incoming, contact fields strings/null)", errs)
    if errs:
        print("1 CHECK(S) FAILED: record format")
        return 1
    EX, IN = S[:1500], S[1500:]
    MEX, MIN = M[:1500], M[1500:]

    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < 1500 else i - 1500
        if m.get("set") != r["set"] or m.get("index") != idx or m.get("entity") != r["entity"]:
            errs.append(f"meta line {i} misaligned")
        if m.get("category") not in ("existing", "match", "new", "hard_negative"):
            errs.append(f"meta line {i}: category")
        if not isinstance(m.get("kind"), str) or not re.fullmatch(r"(person|org)/[a-z_]+", m["kind"]):
            errs.append(f"meta line {i}: kind")
        if not isinstance(m.get("changes"), list):
            errs.append(f"meta line {i}: changes")
        if (i < 1500) != (m.get("category") == "existing"):
            errs.append(f"meta line {i}: existing category only in existing set")
    C.check("meta aligned with set (set, index, entity, category, kind, changes)", errs)

    # ---------------------------------------------------------------- existing list
    errs = []
    keys = [r["contact"]["displayName"].casefold() for r in EX]
    if keys != sorted(keys):
        errs.append("existing not sorted by casefolded displayName")
    if len(set(keys)) != len(keys):
        errs.append("displayName not unique case-insensitively")
    ents = [r["entity"] for r in EX]
    if len(set(ents)) != len(ents):
        errs.append("an entity appears twice in existing")
    for i, r in enumerate(EX):
        c = r["contact"]
        if not (c["email"] or c["phone"] or c["address"]):
            errs.append(f"existing {i} has no strong channel")
        if MEX[i]["changes"]:
            errs.append(f"existing {i} has changes")
    C.check("existing: sorted, unique display names (QBO), one record per customer, >=1 strong channel", errs)
    n_org = sum(1 for m in MEX if m["kind"].startswith("org/"))
    C.check("existing: about half organisations, half persons",
            [] if 600 <= n_org <= 900 else [f"{n_org} organisations"], f"{n_org} org / {1500 - n_org} person")
    errs = []
    for r, m in zip(S, M):
        c = r["contact"]
        if m["kind"].startswith("org/") and not c["companyName"]:
            errs.append(f"{m['set']} {m['index']}: organisation without companyName")
        if m["kind"].startswith("person/") and c["companyName"] is not None:
            errs.append(f"{m['set']} {m['index']}: person with companyName")
    C.check("organisations always have companyName; persons never", errs)

    # ---------------------------------------------------------------- channel formats
    errs = []
    for i, r in enumerate(S):
        c = r["contact"]
        if c["phone"] and not valid_phone_key(phone_key(c["phone"])):
            errs.append(f"line {i}: phone {c['phone']!r} -> {phone_key(c['phone'])}")
        if c["email"] and not re.fullmatch(r"[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", c["email"]):
            errs.append(f"line {i}: email {c['email']!r}")
        a = c["address"]
        if a:
            if a["postalCode"] is not None and not re.fullmatch(r"\d{4}", a["postalCode"]):
                errs.append(f"line {i}: ZIP {a['postalCode']}")
            if a["country"] is not None and a["country"].casefold() not in ("philippines", "ph"):
                errs.append(f"line {i}: country {a['country']}")
            if not a["city"]:
                errs.append(f"line {i}: address without city")
    C.check("channel formats (PH phone numbers, e-mails, 4-digit ZIP, country)", errs)

    # ---------------------------------------------------------------- global key maps
    em_ents, ph_ents, ad_ents = {}, {}, {}
    for r in S:
        c, e = r["contact"], r["entity"]
        if c["email"]:
            em_ents.setdefault(email_key(c["email"]), set()).add(e)
        if c["phone"]:
            ph_ents.setdefault(phone_key(c["phone"]), set()).add(e)
        k = address_key(c["address"])
        if k:
            ad_ents.setdefault(k, set()).add(e)
    del_index = {}
    for k in em_ents:
        for v in deletion_variants(k):
            del_index.setdefault(v, []).append(k)

    def near_emails(k):
        out = set()
        for v in deletion_variants(k):
            for o in del_index.get(v, ()):
                if one_edit_or_less(o, k):
                    out.add(o)
        return out

    def evidence(e, mine, other):
        ev = []
        if mine["email"] and other["email"]:
            a, b = email_key(mine["email"]), email_key(other["email"])
            if one_edit_or_less(a, b) and em_ents.get(b) == {e} and \
                    all(em_ents[o] == {e} for o in near_emails(a) | near_emails(b)):
                ev.append("email")
        if mine["phone"] and other["phone"]:
            a, b = phone_key(mine["phone"]), phone_key(other["phone"])
            if a == b and ph_ents.get(a) == {e}:
                ev.append("phone")
        if mine["address"] and other["address"]:
            a, b = address_key(mine["address"]), address_key(other["address"])
            if a and a == b and ad_ents.get(a) == {e}:
                ev.append("address")
        return ev

    shared_mailboxes = sorted(k for k, v in em_ents.items() if len(v) > 1)
    C.check("shared mailboxes are shared by several customers in the data",
            [k for k in shared_mailboxes if len({e for e in em_ents[k] if e in set(ents)}) < 2],
            f"{len(shared_mailboxes)} shared mailboxes")

    # ---------------------------------------------------------------- incoming categories
    cats = {}
    for m in MIN:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    errs = []
    if not 0.50 <= cats.get("match", 0) / 1500 <= 0.60:
        errs.append(f"matches {cats.get('match')}")
    if not 0.30 <= cats.get("new", 0) / 1500 <= 0.40:
        errs.append(f"new {cats.get('new')}")
    if cats.get("hard_negative", 0) != 150:
        errs.append(f"hard negatives {cats.get('hard_negative')}")
    C.check("incoming shares (~55% match, ~35% new, 10% hard negative)", errs, str(cats))
    ex_ent_index = {r["entity"]: i for i, r in enumerate(EX)}
    ex_ent_set = set(ex_ent_index)

    # ---------------------------------------------------------------- matches
    errs, used = [], {}
    prof_count = {}
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] != "match":
            continue
        ctx = f"incoming {j}"
        ci = m.get("compare_index")
        if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < 1500:
            errs.append(f"{ctx}: compare_set/index")
            continue
        if EX[ci]["entity"] != r["entity"]:
            errs.append(f"{ctx}: compared existing record is another entity")
        if ci in used:
            errs.append(f"{ctx}: existing {ci} matched twice")
        used[ci] = j
        if MEX[ci]["kind"] != m["kind"]:
            errs.append(f"{ctx}: kind differs from existing")
        p = m.get("profile")
        if p not in PROFILE_RANGE:
            errs.append(f"{ctx}: profile")
            continue
        prof_count[p] = prof_count.get(p, 0) + 1
        lo, hi = PROFILE_RANGE[p]
        if not lo <= len(m["changes"]) <= hi:
            errs.append(f"{ctx}: {p} profile with {len(m['changes'])} changes")
        if any(k in m for k in ("anchor", "occurrence", "shared")):
            errs.append(f"{ctx}: stray keys")
    C.check("matches: point to the same customer in existing, each existing matched at most once, profiles",
            errs, str(prof_count))
    errs = []
    ent_cat = {}
    for j, (r, m) in enumerate(zip(IN, MIN)):
        ent_cat.setdefault(r["entity"], set()).add(m["category"])
        if m["category"] == "match" and r["entity"] not in ex_ent_set:
            errs.append(f"incoming {j}: match entity not in existing")
        if m["category"] in ("new", "hard_negative") and r["entity"] in ex_ent_set:
            errs.append(f"incoming {j}: {m['category']} entity is an existing customer")
    for e, cs in ent_cat.items():
        if len(cs) > 1:
            errs.append(f"entity {e} in several categories {sorted(cs)}")
    C.check("entity ids: same id in both sets = same customer; categories consistent", errs)

    # ---------------------------------------------------------------- new customers
    errs = []
    occ = {}
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] == "new":
            occ.setdefault(r["entity"], []).append(j)
    dist = {}
    for e, js in occ.items():
        dist[len(js)] = dist.get(len(js), 0) + 1
        if len(js) > 3:
            errs.append(f"{e}: {len(js)} occurrences")
        for n, j in enumerate(js, 1):
            m = MIN[j]
            if m.get("occurrence") != n:
                errs.append(f"incoming {j}: occurrence {m.get('occurrence')} but is #{n} in order")
            if n == 1:
                if m["changes"] or any(k in m for k in ("compare_index", "profile", "evidence")):
                    errs.append(f"incoming {j}: first occurrence with compare info/changes")
            else:
                if m.get("compare_set") != "incoming" or m.get("compare_index") != js[0]:
                    errs.append(f"incoming {j}: repeat must compare with first occurrence {js[0]}")
                p = m.get("profile")
                if p not in PROFILE_RANGE or not PROFILE_RANGE[p][0] <= len(m["changes"]) <= PROFILE_RANGE[p][1]:
                    errs.append(f"incoming {j}: profile {p} with {len(m['changes'])} changes")
            if m["kind"] != MIN[js[0]]["kind"]:
                errs.append(f"incoming {j}: kind differs between occurrences")
    if dist.get(2, 0) + dist.get(3, 0) == 0:
        errs.append("no repeated new customers")
    C.check("new customers: occurrences numbered in order, repeats compare with the first occurrence", errs,
            "entities by occurrences " + str(dict(sorted(dist.items()))))

    errs = []
    ex_em = {email_key(r["contact"]["email"]) for r in EX if r["contact"]["email"]}
    ex_ph = {phone_key(r["contact"]["phone"]) for r in EX if r["contact"]["phone"]}
    ex_ad = {address_key(r["contact"]["address"]) for r in EX} - {None}
    ex_core, ex_pk = set(), set()
    for r in EX:
        c = r["contact"]
        for f in ("displayName", "companyName"):
            if c[f]:
                ex_core.add(name_core(c[f]))
        k = person_key(c["givenName"], c["familyName"])
        if k:
            ex_pk.add(k)
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] != "new":
            continue
        c, ctx = r["contact"], f"incoming {j}"
        if c["email"]:
            k = email_key(c["email"])
            if k in ex_em or any(o in ex_em for o in near_emails(k)):
                errs.append(f"{ctx}: e-mail equal/within one edit of an existing e-mail ({c['email']})")
        if c["phone"] and phone_key(c["phone"]) in ex_ph:
            errs.append(f"{ctx}: phone of an existing customer")
        if address_key(c["address"]) in ex_ad:
            errs.append(f"{ctx}: address of an existing customer")
        for f in ("displayName", "companyName"):
            if c[f] and name_core(c[f]) in ex_core:
                errs.append(f"{ctx}: {f} {c[f]!r} is an existing customer's name")
        k = person_key(c["givenName"], c["familyName"])
        if k and k in ex_pk:
            errs.append(f"{ctx}: person name {k} used by an existing customer")
    C.check("new customers share no e-mail (or one-edit e-mail), phone, address or name with existing", errs)

    # ---------------------------------------------------------------- link evidence
    errs = []
    ev_count = {}
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if "compare_index" not in m or m["category"] not in ("match", "new"):
            continue
        other = (EX if m["compare_set"] == "existing" else IN)[m["compare_index"]]["contact"]
        ev = evidence(r["entity"], r["contact"], other)
        if not ev:
            errs.append(f"incoming {j}: no strong channel holds uniquely")
        if ev != m.get("evidence"):
            errs.append(f"incoming {j}: evidence {m.get('evidence')} != computed {ev}")
        for x in ev:
            ev_count[x] = ev_count.get(x, 0) + 1
        for x in ev:
            if x == "email" and len(em_ents[email_key(other["email"])]) > 1:
                errs.append(f"incoming {j}: shared mailbox used as evidence")
    C.check("link evidence: every match/repeat keeps >=1 unique strong channel; meta evidence exact", errs,
            str(ev_count))

    # ---------------------------------------------------------------- change labels
    errs = []
    n_lab = 0
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] == "hard_negative":
            other = EX[m["anchor_index"]]["contact"] if isinstance(m.get("anchor_index"), int) else None
        elif "compare_index" in m:
            other = (EX if m["compare_set"] == "existing" else IN)[m["compare_index"]]["contact"]
        else:
            continue
        if other is None:
            continue
        n_lab += len(m["changes"])
        errs += label_problems(other, r["contact"], m["changes"], f"incoming {j}")
        if m["category"] != "hard_negative" and not m["changes"]:
            errs.append(f"incoming {j}: no changes")
    C.check("change labels: labelled fields == differing fields and each label's rule holds", errs,
            f"{n_lab} labels")

    # ---------------------------------------------------------------- hard negatives
    errs = []
    per_type = {}
    hn_ents = {}
    for j, (r, m) in enumerate(zip(IN, MIN)):
        if m["category"] != "hard_negative":
            continue
        ctx = f"incoming {j}"
        t = m.get("hn_type")
        per_type[t] = per_type.get(t, 0) + 1
        hn_ents[r["entity"]] = hn_ents.get(r["entity"], 0) + 1
        ai = m.get("anchor_index")
        if t not in HN_TYPES or not isinstance(ai, int) or not 0 <= ai < 1500 or EX[ai]["entity"] != m.get("anchor"):
            errs.append(f"{ctx}: hn_type/anchor/anchor_index")
            continue
        if not isinstance(m.get("rule"), str) or len(m["rule"]) < 20:
            errs.append(f"{ctx}: rule text")
        if not isinstance(m.get("shared"), list) or not m["shared"]:
            errs.append(f"{ctx}: shared list empty")
            continue
        a, b = EX[ai]["contact"], r["contact"]
        sh = set(m["shared"])
        for item in m["shared"]:
            if item == "email":
                ok = a["email"] and b["email"] and email_key(a["email"]) == email_key(b["email"])
            elif item == "address":
                ok = address_key(a["address"]) is not None and address_key(a["address"]) == address_key(b["address"])
            elif item == "building":
                ok = bool(a["address"] and b["address"]) and address_key(a["address"]) != address_key(b["address"]) \
                    and norm_city(a["address"]["city"]) == norm_city(b["address"]["city"]) and \
                    any(re.search(r"\d", s) and len(s.split()) >= 2 for s in set(segments(a["address"])) &
                        set(segments(b["address"])))
            elif item in ("givenName", "familyName", "companyName"):
                ok = bool(a[item] and b[item]) and (
                    person_key(a[item], "x") == person_key(b[item], "x") if item == "givenName" else
                    "".join(t for t in toks(a[item]) if t not in SUFFIXES) ==
                    "".join(t for t in toks(b[item]) if t not in SUFFIXES))
            elif item == "name_stem":
                wa = {w for w in toks(a["displayName"]) if w not in LEGAL and w not in STOP and len(w) > 1}
                wb = {w for w in toks(b["displayName"]) if w not in LEGAL and w not in STOP and len(w) > 1}
                ok = bool(wa & wb)
            else:
                ok = False
            if not ok:
                errs.append(f"{ctx}: shared item {item!r} does not hold")
        # channels never silently shared
        if a["phone"] and b["phone"] and phone_key(a["phone"]) == phone_key(b["phone"]):
            errs.append(f"{ctx}: shares the anchor's phone")
        if a["email"] and b["email"]:
            ka, kb = email_key(a["email"]), email_key(b["email"])
            if ka == kb and "email" not in sh:
                errs.append(f"{ctx}: shares e-mail without saying so")
            if ka != kb and one_edit_or_less(ka, kb):
                errs.append(f"{ctx}: e-mail within one edit of the anchor's")
        ka, kb = address_key(a["address"]), address_key(b["address"])
        if ka and ka == kb and "address" not in sh:
            errs.append(f"{ctx}: shares address without saying so")
        if b["email"] and len(em_ents.get(email_key(b["email"]), ())) > 1 and \
                len(em_ents[email_key(b["email"])] & ex_ent_set) < 2 and t != "chain_branch" and t != "group_company":
            errs.append(f"{ctx}: shared mailbox not visibly shared among existing customers")
        # decidability per type
        fa, fb = a["displayName"].casefold(), b["displayName"].casefold()
        if t == "chain_branch":
            if "email" not in sh or fa == fb or ka == kb:
                errs.append(f"{ctx}: branch must share the mailbox and differ in branch name and address")
        elif t == "group_company":
            if not a["companyName"] or edit_distance(a["companyName"].casefold(), b["companyName"].casefold()) <= 1:
                errs.append(f"{ctx}: group companies must have clearly different registered names")
            if not sh & {"address", "email"}:
                errs.append(f"{ctx}: group company shares neither head office nor mailbox")
        elif t == "namesake_other_town":
            if not (a["address"] and b["address"]) or norm_city(a["address"]["city"]) == norm_city(b["address"]["city"]):
                errs.append(f"{ctx}: namesake must live in another town")
            if sh & {"email", "address"}:
                errs.append(f"{ctx}: namesake shares a channel")
            if person_key(a["givenName"], a["familyName"]) != person_key(b["givenName"], b["familyName"]):
                errs.append(f"{ctx}: namesake without the same name")
        elif t == "father_son":
            sa = {w for w in toks(a["displayName"]) if w in SUFFIXES}
            sb = {w for w in toks(b["displayName"]) if w in SUFFIXES}
            if not sa or not sb or sa == sb:
                errs.append(f"{ctx}: father/son must show different suffixes {sa}/{sb}")
            if "email" in sh:
                errs.append(f"{ctx}: father/son share e-mail")
        elif t == "family_sibling_firm":
            if edit_distance(name_core(a["companyName"]) or "", name_core(b["companyName"]) or "") <= 1:
                errs.append(f"{ctx}: sibling firm names too close")
            if sh & {"email", "address"}:
                errs.append(f"{ctx}: sibling firm shares a channel")
        elif t == "same_building":
            if "building" not in sh or sh & {"email", "address"}:
                errs.append(f"{ctx}: same-building must share the building only")
        elif t == "shared_bookkeeper_mailbox":
            if "email" not in sh or sh & {"address"} or fa == fb:
                errs.append(f"{ctx}: bookkeeper case must share only the mailbox")
        elif t == "similar_name_other_trade":
            if "name_stem" not in sh or sh & {"email", "address"} or name_core(a["displayName"]) == name_core(b["displayName"]):
                errs.append(f"{ctx}: similar-name case must share only part of the name")
        elif t == "household_member":
            if "address" not in sh or not a["givenName"] or not b["givenName"] or \
                    edit_distance(a["givenName"].casefold(), b["givenName"].casefold()) <= 2 or "email" in sh:
                errs.append(f"{ctx}: household member must share the address but not the given name/e-mail")
        elif t == "government_office":
            if not m["kind"] in ("org/lgu", "org/barangay") or edit_distance(fa, fb) <= 2 or "email" in sh:
                errs.append(f"{ctx}: government office must be a different office with its own mailbox")
    for t in HN_TYPES:
        if per_type.get(t) != 15:
            errs.append(f"hn type {t}: {per_type.get(t)} records (want 15)")
    if any(v != 1 for v in hn_ents.values()):
        errs.append("a hard-negative entity appears more than once")
    anchors = [m["anchor"] for m in MIN if m["category"] == "hard_negative"]
    C.check("hard negatives: 10 types x 15, anchors valid, shared items hold, decidable from the records", errs,
            f"{len(set(anchors))} distinct anchors")

    # ---------------------------------------------------------------- determinism
    if not args.no_determinism:
        errs = []
        scratch = os.path.join(HERE, "_determinism_scratch")
        shutil.rmtree(scratch, ignore_errors=True)
        digests = []
        try:
            for seed in ("0", "12345"):
                out = os.path.join(scratch, "h" + seed)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                p = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", out], env=env,
                                   capture_output=True, text=True)
                if p.returncode != 0:
                    errs.append(f"gen.py failed with PYTHONHASHSEED={seed}: {p.stderr[-300:]}")
                    break
                digests.append(tuple(hashlib.sha256(open(os.path.join(out, f), "rb").read()).hexdigest()
                                     for f in ("set.jsonl", "meta.jsonl")))
            if len(digests) == 2:
                if digests[0] != digests[1]:
                    errs.append("outputs differ between PYTHONHASHSEED=0 and 12345")
                here = tuple(hashlib.sha256(open(p_, "rb").read()).hexdigest() for p_ in (set_path, meta_path))
                if digests[0] != here:
                    errs.append("regenerated files differ from the shipped set.jsonl/meta.jsonl")
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        C.check("determinism (gen.py twice, PYTHONHASHSEED=0 and 12345, identical SHA-256)", errs,
                digests[0][0][:16] if digests else "")

    failed = [n for n, ok in C.results if not ok]
    if failed:
        print(f"{len(failed)} CHECK(S) FAILED: " + "; ".join(failed))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
