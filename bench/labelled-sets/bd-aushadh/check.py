#!/usr/bin/env python3
"""Independent validator for the bd-aushadh labelled set (does not import gen.py).

Checks format, counts, label consistency, evidence / shared claims, the
changes lists and determinism of gen.py.  Prints PASS/FAIL lines and
"ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
AKEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
FAILS = []


def report(name, problems, limit=8):
    if problems:
        FAILS.append(name)
        print(f"FAIL {name}: {len(problems)} problem(s)")
        for p in problems[:limit]:
            print("     -", p)
    else:
        print(f"PASS {name}")


# ------------------------------------------------------------ normalisers (own implementation)
CITY_GROUPS = [["dhaka", "dacca", "dhakacity"], ["chattogram", "chittagong", "ctg", "chattagram"],
               ["bogura", "bogra"], ["jashore", "jessore"], ["cumilla", "comilla"],
               ["barishal", "barisal"], ["chapainawabganj", "nawabganj"],
               ["coxsbazar"], ["brahmanbaria", "bbaria"], ["moulvibazar", "maulvibazar"],
               ["mymensingh", "mymensing"], ["narayanganj", "narayangonj", "nganj"],
               ["netrokona", "netrakona"], ["sirajganj", "serajganj"], ["kishoreganj", "kishorganj"]]
CITY_CANON = {}
for g in CITY_GROUPS:
    for a in g:
        CITY_CANON[a] = g[0]


def fix_text(s):
    return (s or "").replace("\u00e2\u20ac\u2122", "'").replace("\u2019", "'").replace("\u00e2\u20ac\u201c", "-")


def canon_city(s):
    if not s:
        return None
    t = re.sub(r"[^a-z]", "", re.sub(r"\d", "", fix_text(s).lower()))
    return CITY_CANON.get(t, t)


def nsns(phone):
    out = set()
    if not phone:
        return out
    for part in re.split(r"/|,|;|\bor\b", phone):
        d = re.sub(r"[^0-9]", "", part)
        if d.startswith("880"):
            d = d[3:]
        elif d.startswith("88") and len(d) >= 12:
            d = d[2:]
        d = d.lstrip("0")
        if len(d) >= 6:
            out.add(d)
    return out


ABBR = [("h#", "house"), ("h-", "house "), ("hs", "house"), ("h.", "house"), ("rd.", "road"), ("rd-", "road "),
        ("rd", "road"), ("holding#", "holding"), ("h/no.", "holding"), ("sec-", "sector "), ("sec.", "sector"),
        ("sec", "sector"), ("section", "sector"), ("blk-", "block "), ("blk", "block"), ("lvl", "level"),
        ("l-", "level "), ("shop#", "shop"), ("sp", "shop"), ("vill-", "village"), ("vill:", "village"),
        ("vill", "village"), ("vil.", "village"), ("village:", "village"), ("gram:", "village"),
        ("bazaar", "bazar"), ("mkt.", "market"), ("r/a", "ra"), ("r.a.", "ra")]
ABBR_MAP = dict(ABBR)
DROP_TOK = {"no", "no.", "bangladesh", "bd", "dist", "dist:", "dist-", "district", "district:", "zilla:",
            "upazila", "upazila:", "upazila-", "upazilla:", "upz-", "p.o.:", "po-", "post:", "p.o-",
            "p.s.:", "ps-", "thana:", "p.s-", "residential", "area"}


def addr_text(a):
    t = fix_text(" ".join(x for x in [a.get("line1"), a.get("line2")] if x)).lower()
    t = t.replace(",", " ")
    toks = []
    for w in t.split():
        if w in DROP_TOK:
            continue
        w = ABBR_MAP.get(w, w)
        for part in w.split():
            p = re.sub(r"[^a-z0-9]", "", part)
            if not p or re.fullmatch(r"\d{4}", p) or p in CITY_CANON:
                continue
            toks.append(p)
    return " ".join(toks)


def addr_ratio(a, b):
    if not a or not b or canon_city(a.get("city")) != canon_city(b.get("city")):
        return 0.0
    x, y = addr_text(a), addr_text(b)
    if not x or not y:
        return 0.0
    return SequenceMatcher(None, x, y).ratio()


HONORIFICS = {"md", "mohammad", "muhammad", "mohd", "mohammed", "mst", "most", "mosammat", "mosamat",
              "mosa", "dr", "prof", "assoc", "alhaj", "engr", "ms", "m", "s", "prop"}


def nname(s, keep_brackets=False):
    s = fix_text(s).lower()
    if not keep_brackets:
        s = re.sub(r"\(.*?\)", " ", s)
    return " ".join(w for w in re.sub(r"[^a-z0-9]+", " ", s).split() if w not in HONORIFICS)


def person_key(c):
    gf = " ".join(x for x in [c["givenName"], c["familyName"]] if x)
    return nname(gf or (c["displayName"] if not c["companyName"] else ""))


def name_key(c):
    if c["companyName"]:
        return nname(c["companyName"])
    return person_key(c)


def full_key(c):
    """name key that keeps bracketed parts such as '(Dhanmondi Branch)'"""
    if c["companyName"]:
        return nname(c["companyName"], keep_brackets=True)
    return person_key(c)


def em(s):
    return s.strip().lower() if s else None


FREE = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ymail.com"}


# ------------------------------------------------------------ load
def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f.read().splitlines()]


def main():
    S = load(os.path.join(HERE, "set.jsonl"))
    M = load(os.path.join(HERE, "meta.jsonl"))

    # ---------------- format
    p = []
    if len(S) != 3000:
        p.append(f"set.jsonl has {len(S)} lines")
    if len(M) != 3000:
        p.append(f"meta.jsonl has {len(M)} lines")
    for i, o in enumerate(S):
        if list(o.keys()) != ["set", "entity", "contact"]:
            p.append(f"line {i + 1}: keys {list(o.keys())}")
            continue
        want = "existing" if i < 1500 else "incoming"
        if o["set"] != want:
            p.append(f"line {i + 1}: set {o['set']} expected {want}")
        if not re.fullmatch(r"c[0-9a-f]{7}", o["entity"]):
            p.append(f"line {i + 1}: entity {o['entity']}")
        c = o["contact"]
        if list(c.keys()) != FIELDS:
            p.append(f"line {i + 1}: contact keys {list(c.keys())}")
            continue
        for f in FIELDS[:-1]:
            v = c[f]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                p.append(f"line {i + 1}: {f} bad value {v!r}")
        if c["displayName"] is None:
            p.append(f"line {i + 1}: displayName null")
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != AKEYS:
                p.append(f"line {i + 1}: address keys")
                continue
            for k in AKEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                    p.append(f"line {i + 1}: address.{k} bad value {v!r}")
            if all(a[k] is None for k in AKEYS):
                p.append(f"line {i + 1}: empty address object")
            ctry = a["country"]
            if ctry is not None and not (re.fullmatch(r"[A-Z]{2}", ctry) or "bangla" in ctry.lower()):
                p.append(f"line {i + 1}: country {ctry!r}")
    report("format of set.jsonl", p)
    if FAILS:
        return

    p = []
    idx_in_set = {"existing": 0, "incoming": 0}
    for i, (o, m) in enumerate(zip(S, M)):
        if m.get("set") != o["set"] or m.get("entity") != o["entity"]:
            p.append(f"meta line {i + 1}: set/entity mismatch")
        if m.get("index") != idx_in_set[o["set"]]:
            p.append(f"meta line {i + 1}: index {m.get('index')} expected {idx_in_set[o['set']]}")
        idx_in_set[o["set"]] += 1
        cat = m.get("category")
        if cat not in ("existing", "match", "new", "hard_negative"):
            p.append(f"meta line {i + 1}: category {cat}")
        if (cat == "existing") != (o["set"] == "existing"):
            p.append(f"meta line {i + 1}: category {cat} in set {o['set']}")
        for k in ("kind", "party", "changes"):
            if k not in m:
                p.append(f"meta line {i + 1}: missing {k}")
        if not isinstance(m.get("changes"), list):
            p.append(f"meta line {i + 1}: changes not a list")
        else:
            for ch in m["changes"]:
                if not isinstance(ch, str) or ch.split(":", 1)[0] not in FIELDS or ":" not in ch:
                    p.append(f"meta line {i + 1}: change {ch!r}")
        if cat == "match":
            for k in ("profile", "evidence", "compare_set", "compare_index", "findable"):
                if k not in m:
                    p.append(f"meta line {i + 1}: match without {k}")
            if m.get("profile") not in ("light", "medium", "harsh"):
                p.append(f"meta line {i + 1}: profile {m.get('profile')}")
        if cat == "new":
            if m.get("occurrence") not in (1, 2, 3):
                p.append(f"meta line {i + 1}: occurrence {m.get('occurrence')}")
            elif m["occurrence"] >= 2:
                for k in ("profile", "evidence", "compare_set", "compare_index"):
                    if k not in m:
                        p.append(f"meta line {i + 1}: repeat without {k}")
        if cat == "hard_negative":
            for k in ("anchor", "anchor_index", "hn_type", "rule", "shared"):
                if not m.get(k) and m.get(k) != 0:
                    p.append(f"meta line {i + 1}: hard negative without {k}")
        c = o["contact"]
        if m.get("party") == "org" and not c["companyName"]:
            p.append(f"line {i + 1}: organisation without companyName")
        if m.get("party") == "person" and c["companyName"] is not None:
            p.append(f"line {i + 1}: person with companyName")
        if m.get("party") not in ("org", "person"):
            p.append(f"meta line {i + 1}: party {m.get('party')}")
    report("format of meta.jsonl and party rules", p)
    if FAILS:
        return

    EX = S[:1500]
    IN = S[1500:]
    MI = M[1500:]
    MX = M[:1500]

    # ---------------- counts
    p = []
    cats = {}
    for m in MI:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    nm_, nn, nh = cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0)
    if not 0.50 * 1500 <= nm_ <= 0.60 * 1500:
        p.append(f"matches {nm_} not about 55%")
    if not 0.30 * 1500 <= nn <= 0.40 * 1500:
        p.append(f"new {nn} not about 35%")
    if nh != 150:
        p.append(f"hard negatives {nh} != 150")
    types = {}
    for m in MI:
        if m["category"] == "hard_negative":
            types[m["hn_type"]] = types.get(m["hn_type"], 0) + 1
    if len(types) < 10:
        p.append(f"only {len(types)} hard-negative types")
    orgs = sum(1 for m in MX if m["party"] == "org")
    if not 0.64 * 1500 <= orgs <= 0.76 * 1500:
        p.append(f"existing organisations {orgs} not about 70%")
    prof = {}
    for m in MI:
        if m["category"] == "match":
            prof[m["profile"]] = prof.get(m["profile"], 0) + 1
    for k in ("light", "medium", "harsh"):
        if prof.get(k, 0) < 100:
            p.append(f"profile {k} only {prof.get(k, 0)}")
    occ = {}
    for m in MI:
        if m["category"] == "new":
            occ[m["occurrence"]] = occ.get(m["occurrence"], 0) + 1
    if occ.get(2, 0) == 0 or occ.get(3, 0) == 0:
        p.append(f"new customers without repeats: {occ}")
    report(f"counts (match={nm_}, new={nn}, hard_negative={nh}, hn types={len(types)}, "
           f"existing orgs={orgs}, persons={1500 - orgs}, profiles={dict(sorted(prof.items()))}, occurrences={dict(sorted(occ.items()))})", p)

    # ---------------- existing list
    p = []
    keys = [o["contact"]["displayName"].casefold() for o in EX]
    if keys != sorted(keys):
        bad = next(i for i in range(1, 1500) if keys[i] < keys[i - 1])
        p.append(f"existing not sorted by displayName.casefold() near line {bad + 1}")
    if len(set(keys)) != 1500:
        p.append("displayName not unique case-insensitively")
    ents = [o["entity"] for o in EX]
    if len(set(ents)) != 1500:
        p.append("an entity appears twice in existing (two existing records of one customer)")
    for i, o in enumerate(EX):
        c = o["contact"]
        if not (c["email"] or c["phone"] or c["address"]):
            p.append(f"existing line {i + 1} has no email, phone or address")
    # duplicate-customer smell: same name key and a shared e-mail or phone
    byname = {}
    for i, o in enumerate(EX):
        byname.setdefault(full_key(o["contact"]), []).append(i)
    for k, lst in byname.items():
        for x in range(len(lst)):
            for y in range(x + 1, len(lst)):
                a, b = EX[lst[x]]["contact"], EX[lst[y]]["contact"]
                if (em(a["email"]) and em(a["email"]) == em(b["email"])) or (nsns(a["phone"]) & nsns(b["phone"])):
                    p.append(f"existing lines {lst[x] + 1} and {lst[y] + 1} look like one customer ({k})")
    report("existing list (sorted, unique names, one record per customer, contact data)", p)

    ex_ent = {o["entity"]: i for i, o in enumerate(EX)}
    ex_kind = {o["entity"]: MX[i]["kind"] for i, o in enumerate(EX)}

    # ---------------- label consistency
    p = []
    in_by_ent = {}
    for j, o in enumerate(IN):
        in_by_ent.setdefault(o["entity"], []).append(j)
    for j, (o, m) in enumerate(zip(IN, MI)):
        e = o["entity"]
        cat = m["category"]
        if cat == "match":
            if e not in ex_ent:
                p.append(f"incoming {j}: match to unknown entity")
                continue
            if m["compare_set"] != "existing" or m["compare_index"] != ex_ent[e]:
                p.append(f"incoming {j}: compare target is not the existing record of its entity")
            if m["kind"] != ex_kind[e] or m["party"] != MX[ex_ent[e]]["party"]:
                p.append(f"incoming {j}: kind/party differ from existing record")
        elif cat == "new":
            if e in ex_ent:
                p.append(f"incoming {j}: new customer is in existing")
            sib = in_by_ent[e]
            if any(MI[k]["category"] != "new" for k in sib):
                p.append(f"incoming {j}: entity mixes categories")
            want = sib.index(j) + 1
            if m["occurrence"] != want:
                p.append(f"incoming {j}: occurrence {m['occurrence']} but position says {want}")
            if m["occurrence"] >= 2 and (m["compare_set"] != "incoming" or m["compare_index"] != sib[0]):
                p.append(f"incoming {j}: repeat not compared with first occurrence")
        else:
            if e in ex_ent:
                p.append(f"incoming {j}: hard negative entity exists in existing")
            if len(in_by_ent[e]) != 1:
                p.append(f"incoming {j}: hard negative entity appears more than once")
            ai = m["anchor_index"]
            if not (0 <= ai < 1500) or EX[ai]["entity"] != m["anchor"]:
                p.append(f"incoming {j}: anchor_index does not hold the anchor")
            if m["anchor"] == e:
                p.append(f"incoming {j}: hard negative is its own anchor")
    report("label consistency (same entity = same customer, targets, occurrences)", p)

    # ---------------- evidence
    p = []
    for j, (o, m) in enumerate(zip(IN, MI)):
        if m["category"] == "match" or (m["category"] == "new" and m["occurrence"] >= 2):
            c = o["contact"]
            t = (EX[m["compare_index"]] if m["compare_set"] == "existing" else IN[m["compare_index"]])["contact"]
            ev = m["evidence"]
            if not set(ev) <= {"email", "phone", "address"}:
                p.append(f"incoming {j}: evidence {ev}")
                continue
            e_ok = bool(em(c["email"]) and em(c["email"]) == em(t["email"]))
            p_ok = bool(nsns(c["phone"]) & nsns(t["phone"]))
            a_r = addr_ratio(c["address"], t["address"])
            if ("email" in ev) != e_ok:
                p.append(f"incoming {j}: email evidence claimed={'email' in ev} actual={e_ok}")
            if ("phone" in ev) != p_ok:
                p.append(f"incoming {j}: phone evidence claimed={'phone' in ev} actual={p_ok}")
            if "address" in ev and a_r < 0.75:
                p.append(f"incoming {j}: address evidence claimed but similarity {a_r:.2f}")
            if not ev:
                if m.get("findable") != "name+city":
                    p.append(f"incoming {j}: no evidence and not marked name+city")
                    continue
                if not c["address"] or not t["address"] or canon_city(c["address"]["city"]) != canon_city(t["address"]["city"]):
                    p.append(f"incoming {j}: name+city match without the same city")
                    continue
                city = canon_city(c["address"]["city"])
                k = name_key(c)
                scores = []
                for i, x in enumerate(EX):
                    xa = x["contact"]["address"]
                    if xa and canon_city(xa["city"]) == city:
                        scores.append((SequenceMatcher(None, k, name_key(x["contact"])).ratio(), i))
                scores.sort(reverse=True)
                if not scores or scores[0][1] != m["compare_index"] or scores[0][0] < 0.7 or \
                        (len(scores) > 1 and scores[0][0] - scores[1][0] < 0.1):
                    p.append(f"incoming {j}: name+city is not distinctive ({scores[:2]})")
    report("evidence of matches and repeated new customers (email/phone exact, address fuzzy, name+city unique)", p)

    # ---------------- hard negatives
    p = []
    for j, (o, m) in enumerate(zip(IN, MI)):
        if m["category"] != "hard_negative":
            continue
        c = o["contact"]
        a = EX[m["anchor_index"]]["contact"]
        for s in m["shared"]:
            ok = True
            if s == "email":
                ok = bool(em(c["email"]) and em(c["email"]) == em(a["email"]))
            elif s == "phone":
                ok = bool(nsns(c["phone"]) & nsns(a["phone"]))
            elif s == "address":
                ok = addr_ratio(c["address"], a["address"]) >= 0.85
            elif s == "city":
                ok = bool(c["address"] and a["address"] and canon_city(c["address"]["city"]) == canon_city(a["address"]["city"]))
            elif s == "name":
                ok = bool(person_key(c)) and person_key(c) == person_key(a)
            elif s == "familyName":
                ok = bool(c["familyName"] and a["familyName"] and c["familyName"].casefold() == a["familyName"].casefold())
            elif s == "company_stem":
                st = " " + nname(m.get("stem", "")) + " "
                ok = bool(m.get("stem")) and bool(c["companyName"] and a["companyName"]) and \
                    st in " " + nname(c["companyName"]) + " " and st in " " + nname(a["companyName"]) + " "
            elif s == "email_domain":
                d1 = em(c["email"]).split("@")[-1] if c["email"] else None
                d2 = em(a["email"]).split("@")[-1] if a["email"] else None
                ok = bool(d1) and d1 == d2 and d1 not in FREE
            else:
                ok = False
            if not ok:
                p.append(f"incoming {j} ({m['hn_type']}): claimed shared {s} is not shared")
        # really another customer: not the same name together with a shared identifier
        same_name = full_key(c) == full_key(a)
        shares_id = bool((em(c["email"]) and em(c["email"]) == em(a["email"])) or (nsns(c["phone"]) & nsns(a["phone"]))
                         or addr_ratio(c["address"], a["address"]) >= 0.85)
        if same_name and shares_id:
            p.append(f"incoming {j} ({m['hn_type']}): same name and shared identifier - looks like the anchor itself")
        if len(m["rule"]) < 20:
            p.append(f"incoming {j}: rule too short")
    report("hard negatives (other customers; shared claims hold)", p)

    # ---------------- new customers do not silently share identifiers with existing ones
    p = []
    ex_mail = {}
    ex_ph = {}
    for i, o in enumerate(EX):
        if o["contact"]["email"]:
            ex_mail[em(o["contact"]["email"])] = i
        for n in nsns(o["contact"]["phone"]):
            ex_ph[n] = i
    for j, (o, m) in enumerate(zip(IN, MI)):
        if m["category"] != "new":
            continue
        c = o["contact"]
        if c["email"] and em(c["email"]) in ex_mail:
            p.append(f"incoming {j}: new customer shares e-mail with existing line {ex_mail[em(c['email'])] + 1}")
        for n in nsns(c["phone"]):
            if n in ex_ph:
                p.append(f"incoming {j}: new customer shares phone with existing line {ex_ph[n] + 1}")
    report("new customers share no e-mail or phone with existing customers", p)

    # ---------------- changes lists
    p = []
    for i, (o, m) in enumerate(zip(S, M)):
        cat = m["category"]
        if cat == "existing" or (cat == "new" and m["occurrence"] == 1):
            if m["changes"]:
                p.append(f"line {i + 1}: changes on a record without comparison")
            continue
        if cat == "hard_negative":
            t = EX[m["anchor_index"]]["contact"]
        else:
            t = (EX[m["compare_index"]] if m["compare_set"] == "existing" else IN[m["compare_index"]])["contact"]
        c = o["contact"]
        diff = {f for f in FIELDS if c[f] != t[f]}
        named = {x.split(":", 1)[0] for x in m["changes"]}
        if diff != named:
            p.append(f"line {i + 1}: differing fields {sorted(diff)} but changes name {sorted(named)}")
        if cat == "match" and not diff:
            p.append(f"line {i + 1}: match identical to its existing record")
    report("changes lists name exactly the fields that differ", p)

    # ---------------- determinism
    p = []
    gen = os.path.join(HERE, "gen.py")
    digests = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in ("0", "12345"):
            d = os.path.join(tmp, "h" + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run([sys.executable, gen, "--out", d], env=env, capture_output=True, text=True)
            if r.returncode != 0:
                p.append(f"gen.py failed with PYTHONHASHSEED={seed}: {r.stderr[-300:]}")
                continue
            dg = []
            for fn in ("set.jsonl", "meta.jsonl"):
                with open(os.path.join(d, fn), "rb") as f:
                    dg.append(hashlib.sha256(f.read()).hexdigest())
            digests.append(dg)
    if len(digests) == 2:
        if digests[0] != digests[1]:
            p.append("output differs between PYTHONHASHSEED=0 and 12345")
        here = []
        for fn in ("set.jsonl", "meta.jsonl"):
            with open(os.path.join(HERE, fn), "rb") as f:
                here.append(hashlib.sha256(f.read()).hexdigest())
        if here != digests[0]:
            p.append("set.jsonl/meta.jsonl in the folder are not what gen.py writes")
        else:
            print(f"     sha256 set.jsonl {here[0][:16]}…  meta.jsonl {here[1][:16]}…")
    report("determinism (PYTHONHASHSEED=0 vs 12345, and files in folder)", p)


if __name__ == "__main__":
    main()
    if FAILS:
        print(f"\n{len(FAILS)} CHECK(S) FAILED: " + "; ".join(FAILS))
        sys.exit(1)
    print("\nALL CHECKS PASSED")
    sys.exit(0)
