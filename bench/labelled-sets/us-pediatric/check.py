#!/usr/bin/env python3
"""Independent validator for the us-pediatric set (does not import gen.py).

Checks format, counts, label consistency, evidence and shared claims, that no two
existing records are one customer, and determinism of gen.py across hash seeds.
Prints PASS/FAIL lines and ALL CHECKS PASSED (exit 0) or a failure summary (exit 1).
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
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok, detail))
    print("%s %s%s" % ("PASS" if ok else "FAIL", name, ("  -- " + detail) if (detail and not ok) else ""))


# ---------------------------------------------------------------------------
# normalisation (written independently of the generator)
# ---------------------------------------------------------------------------
def deaccent(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def norm(s):
    return deaccent(s or "").casefold().strip()


def squash(s):
    return "".join(ch for ch in norm(s) if ch.isalnum() and ch.isascii())


def only_digits(s):
    return "".join(ch for ch in (s or "") if ch.isdigit())


def k_email(e):
    return e.strip().casefold() if e else None


def k_phone(p):
    if not p:
        return None
    low = p.lower()
    cut = len(low)
    for mark in ("ext", "x", ","):
        i = low.find(mark)
        if i >= 0 and re.search(r"\d", low[i:]):
            cut = min(cut, i)
    d = only_digits(p[:cut])
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else None


DIRECTIONS = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",
              "northeast", "northwest", "southeast", "southwest"}
UNIT_WORDS = {"apt", "apartment", "unit", "ste", "suite", "lot"}


def k_addr(a):
    if not a:
        return None
    l1 = norm(a.get("line1"))
    l2 = norm(a.get("line2"))
    city = squash(a.get("city"))
    z = only_digits(a.get("postalCode"))[:5]
    if city in ("apo", "fpo", "dpo"):
        return ("mil", only_digits(l1), "", None, z, city)
    m = re.match(r"^(?:p\s*\.?\s*o\s*\.?\s*box|pob|post office box)\s*#?\s*(\d+)", l1)
    if m:
        return ("box", m.group(1), "", None, z, city)
    toks = re.findall(r"[a-z0-9]+", l1)
    if not toks or not toks[0].isdigit():
        return ("other", l1, "", None, z, city)
    word = next((t for t in toks[1:] if t not in DIRECTIONS), "")
    unit = None
    both = (l1 + " | " + l2).replace(",", " ")
    wt = both.split()
    for i, t in enumerate(wt):
        tt = t.rstrip(".")
        if tt in UNIT_WORDS and i + 1 < len(wt):
            nxt = wt[i + 1].lstrip("#") or (wt[i + 2] if i + 2 < len(wt) else "")
            unit = re.sub(r"[^a-z0-9]", "", nxt)
            break
        if t.startswith("#"):
            rest = t[1:] or (wt[i + 1] if i + 1 < len(wt) else "")
            unit = re.sub(r"[^a-z0-9]", "", rest)
            break
    return ("street", toks[0], word, unit or None, z, city)


def addr_same(a, b):
    x, y = k_addr(a), k_addr(b)
    if not x or not y or x[:3] != y[:3]:
        return False
    if not ((x[4] and x[4] == y[4]) or (x[5] and x[5] == y[5])):
        return False
    return not (x[3] and y[3] and x[3] != y[3])


def ev_of(c1, c2):
    out = set()
    if k_email(c1["email"]) and k_email(c1["email"]) == k_email(c2["email"]):
        out.add("email")
    if k_phone(c1["phone"]) and k_phone(c1["phone"]) == k_phone(c2["phone"]):
        out.add("phone")
    if addr_same(c1["address"], c2["address"]):
        out.add("address")
    return out


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def person_name(c):
    g, f = c["givenName"], c["familyName"]
    if not (g and f):
        d = c["displayName"] or ""
        if "," not in d:
            return None
        f, g = d.split(",", 1)
    ft = [t for t in re.findall(r"[a-z0-9'-]+", norm(f)) if t not in SUFFIXES]
    gt = [t for t in re.findall(r"[a-z0-9'-]+", norm(g)) if t not in SUFFIXES]
    if not ft or not gt:
        return None
    return (squash(gt[0]), squash("".join(ft)))


def suffix_of(c):
    toks = re.findall(r"[a-z]+", norm(c["displayName"]))
    return [t for t in toks if t in SUFFIXES]


STOP = {"llc", "inc", "the", "and", "county", "schools", "church", "company", "services"}


def company_overlap(a, b):
    wa = [w for w in re.findall(r"[a-z0-9]+", norm(a)) if len(w) >= 4 and w not in STOP]
    wb = [w for w in re.findall(r"[a-z0-9]+", norm(b)) if len(w) >= 4 and w not in STOP]
    return any(w in wb for w in wa)


FREEMAIL = {"gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "att.net",
            "bellsouth.net", "comcast.net", "aol.com", "charter.net", "me.com"}


def verify_shared(item, c, a):
    if item == "name":
        return person_name(c) is not None and person_name(c) == person_name(a)
    if item == "familyName":
        pc, pa = person_name(c), person_name(a)
        return bool(pc and pa and pc[1] == pa[1])
    if item == "givenName":
        pc, pa = person_name(c), person_name(a)
        return bool(pc and pa and pc[0] == pa[0])
    if item == "companyName_word":
        return bool(c["companyName"] and a["companyName"] and company_overlap(c["companyName"], a["companyName"]))
    if item == "email":
        return bool(k_email(c["email"]) and k_email(c["email"]) == k_email(a["email"]))
    if item == "email_domain":
        if not (c["email"] and a["email"]):
            return False
        d1 = c["email"].strip().casefold().rsplit("@", 1)[-1]
        d2 = a["email"].strip().casefold().rsplit("@", 1)[-1]
        return d1 == d2 and d1 not in FREEMAIL
    if item == "phone":
        return bool(k_phone(c["phone"]) and k_phone(c["phone"]) == k_phone(a["phone"]))
    if item == "address":
        return addr_same(c["address"], a["address"])
    if item == "city":
        return bool(c["address"] and a["address"] and squash(c["address"]["city"]) == squash(a["address"]["city"]))
    return False


def differing_fields(a, b):
    out = set()
    for f in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        if a[f] != b[f]:
            out.add(f)
    x, y = a["address"], b["address"]
    if (x is None) != (y is None):
        out.add("address")
    elif x is not None:
        for k in ("line1", "line2", "city", "region", "postalCode", "country"):
            if x[k] != y[k]:
                out.add("address." + k)
    return out


# ---------------------------------------------------------------------------
def load(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for ln in fh:
            rows.append(json.loads(ln))
    return rows


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    if not (os.path.exists(sp) and os.path.exists(mp)):
        report("files exist", False, "set.jsonl/meta.jsonl missing: run gen.py")
        return finish()
    try:
        S, M = load(sp), load(mp)
        report("files parse as JSON lines", True)
    except ValueError as e:
        report("files parse as JSON lines", False, str(e))
        return finish()
    report("3000 lines in set.jsonl and meta.jsonl", len(S) == 3000 and len(M) == 3000,
           "%d / %d" % (len(S), len(M)))
    if len(S) != 3000 or len(M) != 3000:
        return finish()

    # ---- format -------------------------------------------------------------
    bad = []
    ckeys = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
    akeys = ["line1", "line2", "city", "region", "postalCode", "country"]
    countries = {"us", "usa", "united states", "united states of america"}

    def okval(v):
        return v is None or (isinstance(v, str) and v.strip() != "" and v == v.strip())
    for i, r in enumerate(S):
        if sorted(r.keys()) != ["contact", "entity", "set"]:
            bad.append((i, "keys"))
            continue
        if r["set"] not in ("existing", "incoming") or not re.match(r"^c[0-9a-f]{7}$", r["entity"]):
            bad.append((i, "set/entity"))
        c = r["contact"]
        if sorted(c.keys()) != sorted(ckeys):
            bad.append((i, "contact keys"))
            continue
        for k in ckeys[:-1]:
            if not okval(c[k]):
                bad.append((i, k))
        if c["displayName"] is None:
            bad.append((i, "displayName null"))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or sorted(a.keys()) != sorted(akeys):
                bad.append((i, "address keys"))
                continue
            for k in akeys:
                if not okval(a[k]):
                    bad.append((i, "address." + k))
            if a["country"] is not None and a["country"].casefold() not in countries:
                bad.append((i, "country"))
            if a["line1"] is None:
                bad.append((i, "address.line1 null"))
        if not (c["email"] or c["phone"] or c["address"]):
            bad.append((i, "no contact point"))
    report("record format (keys, non-empty strings or null, country, contact point)", not bad, str(bad[:5]))
    order_ok = all(S[i]["set"] == "existing" for i in range(1500)) and all(S[i]["set"] == "incoming" for i in range(1500, 3000))
    report("lines 1-1500 existing, 1501-3000 incoming", order_ok)

    EX = S[:1500]
    IN = S[1500:]
    names = [r["contact"]["displayName"].casefold() for r in EX]
    report("existing sorted by displayName.casefold()", names == sorted(names))
    report("existing displayName unique (case-insensitive)", len(set(names)) == 1500)
    ex_ent = [r["entity"] for r in EX]
    report("existing entity ids unique", len(set(ex_ent)) == 1500)
    ex_pos = {e: i for i, e in enumerate(ex_ent)}
    report("every existing record has email, phone or address",
           all(r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"] for r in EX))
    n_org = sum(1 for r in EX if r["contact"]["companyName"])
    report("existing mix ~85% persons / ~15% organisations", 0.80 <= 1 - n_org / 1500.0 <= 0.90,
           "orgs=%d" % n_org)
    kind_bad = [i for i in range(1500) if M[i].get("kind", "").startswith("org_") != bool(S[i]["contact"]["companyName"])]
    report("existing organisations (kind org_*) have companyName, persons have none", not kind_bad, str(kind_bad[:5]))

    # ---- meta alignment ---------------------------------------------------------
    bad = []
    for i, (r, m) in enumerate(zip(S, M)):
        idx = i if i < 1500 else i - 1500
        if m.get("set") != r["set"] or m.get("index") != idx or m.get("entity") != r["entity"]:
            bad.append(i)
        if not isinstance(m.get("changes"), list) or not isinstance(m.get("kind"), str) or not m["kind"]:
            bad.append(i)
    report("meta aligned with set (set, index within set, entity, kind, changes)", not bad, str(bad[:5]))
    cats = [m["category"] for m in M]
    report("categories valid", all(c in ("existing", "match", "new", "hard_negative") for c in cats)
           and all(c == "existing" for c in cats[:1500]) and all(c != "existing" for c in cats[1500:]))
    nm, nn, nh = cats.count("match"), cats.count("new"), cats.count("hard_negative")
    report("incoming mix: ~55%% matches (%d), ~35%% new (%d), 150 hard negatives (%d)" % (nm, nn, nh),
           0.50 * 1500 <= nm <= 0.60 * 1500 and 0.30 * 1500 <= nn <= 0.40 * 1500 and nh == 150)
    profs = set(m.get("profile") for m in M if m["category"] == "match")
    report("match profiles light/medium/harsh all used", profs == {"light", "medium", "harsh"}, str(profs))
    hn_types = sorted(set(m.get("hn_type") for m in M if m["category"] == "hard_negative"))
    report("at least ten hard-negative types (%d)" % len(hn_types), len(hn_types) >= 10)
    report("existing and first occurrences have no changes",
           all(m["changes"] == [] for m in M if m["category"] == "existing" or
               (m["category"] == "new" and m.get("occurrence") == 1)))

    # ---- matches --------------------------------------------------------------------
    bad_m = []
    fam_count = {}
    for r in EX:
        if r["contact"]["companyName"] is None and r["contact"]["familyName"]:
            k = squash(r["contact"]["familyName"])
            fam_count[k] = fam_count.get(k, 0) + 1
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] != "match":
            continue
        c = S[i]["contact"]
        j = m.get("compare_index")
        if m.get("compare_set") != "existing" or not isinstance(j, int) or not 0 <= j < 1500:
            bad_m.append((i, "compare"))
            continue
        if EX[j]["entity"] != S[i]["entity"]:
            bad_m.append((i, "entity"))
            continue
        ref = EX[j]["contact"]
        ev = m.get("evidence") or []
        got = ev_of(c, ref)
        if ev == ["name_city"]:
            pn, pr = person_name(c), person_name(ref)
            okn = (not got and pn and pr and pn == pr and fam_count.get(pr[1] if pr else "", 0) == 1
                   and c["address"] and ref["address"] and squash(c["address"]["city"]) == squash(ref["address"]["city"]))
            if not okn:
                bad_m.append((i, "name_city"))
        elif set(ev) != got or len(ev) != len(set(ev)) or not ev:
            bad_m.append((i, "evidence %s vs %s" % (ev, sorted(got))))
        if m.get("profile") not in ("light", "medium", "harsh"):
            bad_m.append((i, "profile"))
    report("matches: same entity as compared existing record, evidence really shared", not bad_m, str(bad_m[:5]))

    # ---- new customers ------------------------------------------------------------------
    bad_n = []
    by_ent = {}
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] == "new":
            by_ent.setdefault(S[i]["entity"], []).append(i)
    occs = {}
    for e, pos in by_ent.items():
        if e in ex_pos:
            bad_n.append((pos[0], "entity in existing"))
        occs[len(pos)] = occs.get(len(pos), 0) + 1
        for k, i in enumerate(pos):
            m = M[i]
            if m.get("occurrence") != k + 1:
                bad_n.append((i, "occurrence"))
            if k >= 1:
                if m.get("compare_set") != "incoming" or m.get("compare_index") != pos[0] - 1500:
                    bad_n.append((i, "compare"))
                    continue
                ev = m.get("evidence") or []
                got = ev_of(S[i]["contact"], S[pos[0]]["contact"])
                if not ev or set(ev) != got:
                    bad_n.append((i, "evidence %s vs %s" % (ev, sorted(got))))
                if m.get("profile") not in ("light", "medium", "harsh"):
                    bad_n.append((i, "profile"))
    report("new customers: occurrences 1..k in order, repeats compared to the first, evidence shared",
           not bad_n and 2 in occs and 3 in occs and max(occs) <= 3, str(bad_n[:5]) + " occ=%s" % occs)

    # ---- hard negatives ----------------------------------------------------------------
    bad_h = []
    in_count = {}
    for r in IN:
        in_count[r["entity"]] = in_count.get(r["entity"], 0) + 1
    for i in range(1500, 3000):
        m = M[i]
        if m["category"] != "hard_negative":
            continue
        c = S[i]["contact"]
        e = S[i]["entity"]
        if e in ex_pos or in_count[e] != 1:
            bad_h.append((i, "entity not a distinct new customer"))
        a = m.get("anchor")
        j = m.get("anchor_index")
        if a not in ex_pos or j != ex_pos[a]:
            bad_h.append((i, "anchor"))
            continue
        if not (m.get("hn_type") and m.get("rule") and m.get("shared")):
            bad_h.append((i, "hn_type/rule/shared missing"))
            continue
        ac = EX[j]["contact"]
        for item in m["shared"]:
            if not verify_shared(item, c, ac):
                bad_h.append((i, "shared %s not true" % item))
        # really another customer: same name AND a shared contact point needs a visible distinction
        same_name = (c["companyName"] is None and ac["companyName"] is None and person_name(c)
                     and person_name(c) == person_name(ac)) or \
                    (c["companyName"] and ac["companyName"] and squash(c["companyName"]) == squash(ac["companyName"]))
        if same_name and ev_of(c, ac) and suffix_of(c) == suffix_of(ac):
            bad_h.append((i, "indistinguishable from anchor"))
        pn = person_name(c)
        if same_name and pn and "city" in m["shared"] and fam_count.get(pn[1], 0) < 2:
            bad_h.append((i, "same distinctive name in the same city reads as a match"))
    report("hard negatives: other customers, anchor right, shared claims true", not bad_h, str(bad_h[:5]))

    # ---- changes --------------------------------------------------------------------------
    bad_c = []
    for i in range(1500, 3000):
        m = M[i]
        ref = None
        if m["category"] == "match":
            ref = EX[m["compare_index"]]["contact"]
        elif m["category"] == "new" and m.get("occurrence", 1) >= 2:
            ref = IN[m["compare_index"]]["contact"]
        elif m["category"] == "hard_negative":
            ref = EX[m["anchor_index"]]["contact"]
        if ref is None:
            continue
        want = differing_fields(ref, S[i]["contact"])
        got = set()
        for ch in m["changes"]:
            if not isinstance(ch, str) or ":" not in ch or not ch.split(":", 1)[1]:
                bad_c.append((i, ch))
                continue
            got.add(ch.split(":", 1)[0])
        if got != want or len(got) != len(m["changes"]):
            bad_c.append((i, sorted(got ^ want)))
    report("changes list exactly the fields that differ from the compared record", not bad_c, str(bad_c[:5]))

    # ---- no two existing records are one customer ----------------------------------------------
    bad_e = []
    idx_email, idx_phone, idx_addr, idx_name = {}, {}, {}, {}
    for i, r in enumerate(EX):
        c = r["contact"]
        if k_email(c["email"]):
            idx_email.setdefault(k_email(c["email"]), []).append(i)
        if k_phone(c["phone"]):
            idx_phone.setdefault(k_phone(c["phone"]), []).append(i)
        ka = k_addr(c["address"])
        if ka:
            idx_addr.setdefault(ka[:3], []).append(i)
        if c["companyName"] is None and person_name(c):
            idx_name.setdefault(person_name(c), []).append(i)

    def ident(c):
        return ("o", squash(c["companyName"])) if c["companyName"] else ("p", person_name(c))
    for idx in (idx_email, idx_phone, idx_addr):
        for lst in idx.values():
            for x in range(len(lst)):
                for y in range(x + 1, len(lst)):
                    a, b = EX[lst[x]]["contact"], EX[lst[y]]["contact"]
                    if idx is idx_addr and not addr_same(a["address"], b["address"]):
                        continue
                    if ident(a) == ident(b):
                        bad_e.append((lst[x], lst[y]))
    for lst in idx_name.values():
        for x in range(len(lst)):
            for y in range(x + 1, len(lst)):
                a, b = EX[lst[x]]["contact"], EX[lst[y]]["contact"]
                if ev_of(a, b):
                    bad_e.append((lst[x], lst[y]))
    report("no two existing records are one customer (shared contact => different party; namesakes share nothing)",
           not bad_e, str(bad_e[:5]))

    # ---- cleanliness: unlabelled look-alikes ---------------------------------------------------
    bad_x = []
    for i in range(1500, 3000):
        m = M[i]
        c = S[i]["contact"]
        hits = []
        ke, kp = k_email(c["email"]), k_phone(c["phone"])
        if ke in idx_email:
            hits += idx_email[ke]
        if kp in idx_phone:
            hits += idx_phone[kp]
        ka = k_addr(c["address"])
        if ka and ka[:3] in idx_addr:
            hits += [x for x in idx_addr[ka[:3]] if addr_same(c["address"], EX[x]["contact"]["address"])]
        if m["category"] == "new" and hits:
            bad_x.append((i, "new shares contact with existing %s" % hits[:3]))
        if m["category"] == "match":
            j = m["compare_index"]
            for x in hits:
                if x == j:
                    continue
                shared_x = ev_of(c, EX[x]["contact"])
                if not shared_x <= ev_of(EX[j]["contact"], EX[x]["contact"]):
                    bad_x.append((i, "match shares %s with another existing %d" % (sorted(shared_x), x)))
        if m["category"] == "hard_negative":
            j = m["anchor_index"]
            for x in hits:
                if x != j and not ev_of(c, EX[x]["contact"]) <= ev_of(EX[j]["contact"], EX[x]["contact"]):
                    bad_x.append((i, "hard negative shares contact with a non-anchor existing %d" % x))
    report("no unlabelled look-alikes (new/match/hard negative share contacts only as labelled)",
           not bad_x, str(bad_x[:5]))

    # ---- determinism -------------------------------------------------------------------------
    gen = os.path.join(HERE, "gen.py")
    tmp = tempfile.mkdtemp(prefix="uspd_check_")
    digests = []
    ok = True
    for seed in ("0", "12345"):
        out = os.path.join(tmp, "run" + seed)
        env = dict(os.environ, PYTHONHASHSEED=seed)
        p = subprocess.run([sys.executable, gen, "--out", out], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        if p.returncode != 0:
            ok = False
            report("gen.py runs with PYTHONHASHSEED=%s" % seed, False, p.stderr.decode()[-300:])
            continue
        digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
    if ok and len(digests) == 2:
        report("deterministic: identical SHA-256 for PYTHONHASHSEED=0 and 12345", digests[0] == digests[1])
        report("files in folder equal a fresh run", digests[0] == (sha(sp), sha(mp)))
    for seed in ("0", "12345"):
        for f in ("set.jsonl", "meta.jsonl"):
            fp = os.path.join(tmp, "run" + seed, f)
            if os.path.exists(fp):
                os.remove(fp)
        d = os.path.join(tmp, "run" + seed)
        if os.path.isdir(d):
            os.rmdir(d)
    os.rmdir(tmp)
    return finish()


def finish():
    failed = [r for r in RESULTS if not r[1]]
    if failed:
        print("%d CHECK(S) FAILED: %s" % (len(failed), "; ".join(r[0] for r in failed)))
        sys.exit(1)
    print("ALL CHECKS PASSED")
    sys.exit(0)


if __name__ == "__main__":
    main()
