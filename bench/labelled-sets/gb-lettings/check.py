#!/usr/bin/env python3
"""Independent validator for the gb-lettings benchmark (does not import gen.py).

Checks format, counts, label consistency, evidence/shared claims, change lists,
hard-negative rules, existing-list sanity and determinism of gen.py.
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
    RESULTS.append((name, ok))
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, ("  -- " + detail) if (detail and not ok) else
                        (("  (" + detail + ")") if detail else "")))


# ------------------------------------------------------------ normalisation (spec in README.txt)
FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "đ": "d"}
WEBMAIL = {"gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "hotmail.com",
           "icloud.com", "live.co.uk", "sky.com", "googlemail.com", "aol.com", "virginmedia.com",
           "talktalk.net", "yahoo.com"}
CITY_ALIAS = {"caerdydd": "cardiff", "casnewydd": "newport", "abertawe": "swansea", "ybarri": "barry",
              "caerffili": "caerphilly", "ybontfaen": "cowbridge"}
STOP = {"the", "ltd", "limited", "llp", "plc", "cyf", "cyfyngedig", "llc"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in (s or ""))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def key(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).casefold())


def nphone(s):
    if not s:
        return ""
    cut = re.search(r"[A-Za-z]", s)
    if cut:
        s = s[:cut.start()]
    d = "".join(ch for ch in s if ch.isdigit())
    if d[:2] == "00":
        d = d[2:]
    if len(d) == 13 and d[:3] == "440":
        d = "0" + d[3:]
    elif len(d) == 12 and d[:2] == "44":
        d = "0" + d[2:]
    return d


def npc(s):
    return "".join((s or "").split()).upper()


def premise(a):
    txt = fold((a.get("line1") or "") + " " + (a.get("line2") or "")).lower()
    nums = sorted(t for t in re.split(r"[^a-z0-9]+", txt) if re.fullmatch(r"[0-9]+[a-z]?", t))
    if nums:
        return "#" + ",".join(nums)
    return "@" + re.sub(r"[^a-z0-9]", "", fold((a.get("line1") or "").split(",")[0]).lower())


def same_addr(a, b):
    if not a or not b:
        return False
    p = npc(a.get("postalCode"))
    return bool(p) and p == npc(b.get("postalCode")) and premise(a) == premise(b)


def ncity(s):
    k = key(s)
    return CITY_ALIAS.get(k, k)


def ctoks(s):
    if not s:
        return []
    t = fold(s).casefold().replace("&", " and ")
    return [x for x in re.split(r"[^a-z0-9]+", t) if x and x not in STOP]


def nmail(s):
    return (s or "").strip().casefold()


def evidence(a, b):
    ev = []
    if a["email"] and b["email"] and nmail(a["email"]) == nmail(b["email"]):
        ev.append("email")
    if a["phone"] and b["phone"] and nphone(a["phone"]) and nphone(a["phone"]) == nphone(b["phone"]):
        ev.append("phone")
    if same_addr(a["address"], b["address"]):
        ev.append("address")
    return ev


def shared(a, b):
    out = []
    for f in ("givenName", "familyName"):
        if a[f] and b[f] and key(a[f]) and key(a[f]) == key(b[f]):
            out.append(f)
    ta, tb = ctoks(a["companyName"]), ctoks(b["companyName"])
    if ta and tb and ta == tb:
        out.append("companyName")
    if ta and tb and ta[0] == tb[0]:
        out.append("company_root")
    if a["email"] and b["email"]:
        if nmail(a["email"]) == nmail(b["email"]):
            out.append("email")
        da, db = nmail(a["email"]).rsplit("@", 1)[-1], nmail(b["email"]).rsplit("@", 1)[-1]
        if da == db and da not in WEBMAIL:
            out.append("email_domain")
    if a["phone"] and b["phone"] and nphone(a["phone"]) == nphone(b["phone"]):
        out.append("phone")
    if same_addr(a["address"], b["address"]):
        out.append("address")
    aa, bb = a["address"] or {}, b["address"] or {}
    if npc(aa.get("postalCode")) and npc(aa.get("postalCode")) == npc(bb.get("postalCode")):
        out.append("postcode")
    if ncity(aa.get("city")) and ncity(aa.get("city")) == ncity(bb.get("city")):
        out.append("city")
    return out


CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]


def differing(a, b):
    out = set()
    for f in CONTACT_KEYS[:-1]:
        if a[f] != b[f]:
            out.add(f)
    if (a["address"] is None) != (b["address"] is None):
        out.add("address")
    elif a["address"] is not None:
        for f in ADDR_KEYS:
            if a["address"][f] != b["address"][f]:
                out.add("address." + f)
    return out


def changes_ok(base, rec, changes):
    """every differing field is covered by a change entry and every entry names a differing field"""
    diff = differing(base, rec)
    fields = set()
    for c in changes:
        if ":" not in c:
            return "malformed change %r" % c
        fields.add(c.split(":", 1)[0])
    for f in diff:
        if f not in fields and not (f.startswith("address.") and "address" in fields):
            return "field %s differs but is not in changes" % f
    for f in fields:
        if f == "address":
            if not any(d == "address" or d.startswith("address.") for d in diff):
                return "address listed but no address field differs"
        elif f not in diff:
            return "field %s listed in changes but equal" % f
    return None


HN_REQ = {
    "namesake_elsewhere": (["givenName", "familyName"], [], ["email", "phone", "address"]),
    "household_member": (["familyName", "address"], [], ["givenName", "email"]),
    "sibling_same_initial": (["familyName", "address"], [], ["givenName", "email"]),
    "father_son": (["familyName"], ["address", "phone"], ["email"]),
    "spouse": ([], ["address", "email"], ["givenName"]),
    "guarantor_parent": (["familyName"], [], ["givenName", "email", "phone"]),
    "student_housemate": (["address"], [], ["familyName", "email", "phone"]),
    "later_occupant": (["address"], [], ["familyName", "email", "phone"]),
    "franchise_outlet": (["company_root", "email_domain"], [], ["companyName", "email", "phone", "address"]),
    "group_other_company": (["company_root"], ["address", "phone"], ["companyName"]),
    "shared_agent_mailbox": (["email"], [], ["familyName", "address"]),
    "similar_name_other_trade": (["company_root"], [], ["companyName", "email", "email_domain", "phone", "address"]),
    "public_body_other_dept": (["email_domain"], [], ["email"]),
    "director_personally": (["givenName", "familyName"], ["phone", "email"], []),
}
ISO2 = {"GB", "AE", "AU", "HK", "ES", "IE", "FR", "US", "CA", "NZ", "DE", "PL", "RO", "IN", "PK", "NG", "CN", "SO"}
PERSON_KINDS = {"tenant", "student", "joint_tenants", "guarantor", "landlord", "landlord_couple",
                "overseas_landlord", "executors"}
ORG_KINDS = {"landlord_company", "llp", "housing_association", "council_department", "university_office",
             "charity", "contractor", "sole_trader", "franchise_outlet", "corporate_tenant", "managing_agent"}


# ------------------------------------------------------------ checks
def load(folder):
    with open(os.path.join(folder, "set.jsonl"), encoding="utf-8") as f:
        S = [json.loads(l) for l in f]
    with open(os.path.join(folder, "meta.jsonl"), encoding="utf-8") as f:
        M = [json.loads(l) for l in f]
    return S, M


def check_format(S, M):
    errs = []
    if len(S) != 3000:
        errs.append("set.jsonl has %d lines" % len(S))
    if len(M) != 3000:
        errs.append("meta.jsonl has %d lines" % len(M))
    for i, r in enumerate(S):
        want = "existing" if i < 1500 else "incoming"
        if list(r.keys()) != ["set", "entity", "contact"]:
            errs.append("line %d keys %s" % (i + 1, list(r.keys())))
            continue
        if r["set"] != want:
            errs.append("line %d set %s" % (i + 1, r["set"]))
        if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            errs.append("line %d entity %r" % (i + 1, r["entity"]))
        c = r["contact"]
        if list(c.keys()) != CONTACT_KEYS:
            errs.append("line %d contact keys" % (i + 1))
            continue
        for k in CONTACT_KEYS[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                errs.append("line %d %s=%r" % (i + 1, k, v))
        if not c["displayName"]:
            errs.append("line %d displayName empty" % (i + 1))
        if c["email"] is not None and (c["email"].count("@") != 1 or " " in c["email"]):
            errs.append("line %d email %r" % (i + 1, c["email"]))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
                errs.append("line %d address keys" % (i + 1))
                continue
            for k in ADDR_KEYS:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    errs.append("line %d address.%s=%r" % (i + 1, k, v))
            if all(a[k] is None for k in ADDR_KEYS):
                errs.append("line %d empty address object" % (i + 1))
            ctry = a["country"]
            if ctry is not None:
                if len(ctry) == 2 and ctry.upper() == ctry and ctry not in ISO2 and ctry != "UK":
                    errs.append("line %d country %r" % (i + 1, ctry))
                if not re.search(r"[A-Za-z]", ctry):
                    errs.append("line %d country %r" % (i + 1, ctry))
    report("format: 3,000 lines, exact keys, non-empty strings or null", not errs, "; ".join(errs[:5]))
    errs = []
    for i, (r, m) in enumerate(zip(S, M)):
        want_idx = i if i < 1500 else i - 1500
        if m.get("set") != r["set"] or m.get("index") != want_idx or m.get("entity") != r["entity"]:
            errs.append("meta line %d does not align" % (i + 1))
        for k in ("category", "kind", "changes"):
            if k not in m:
                errs.append("meta line %d lacks %s" % (i + 1, k))
        if not isinstance(m.get("changes"), list):
            errs.append("meta line %d changes not a list" % (i + 1))
    report("meta.jsonl aligned with set.jsonl (set, index within set, entity)", not errs, "; ".join(errs[:5]))


def check_existing(S, M):
    ex = S[:1500]
    names = [r["contact"]["displayName"] for r in ex]
    keys = [n.casefold() for n in names]
    report("existing sorted by displayName.casefold()", keys == sorted(keys))
    report("existing displayName unique case-insensitively", len(set(keys)) == len(keys),
           "%d duplicates" % (len(keys) - len(set(keys))))
    ents = [r["entity"] for r in ex]
    report("existing: one record per entity", len(set(ents)) == len(ents))
    bad = [i for i, r in enumerate(ex) if not (r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"])]
    report("existing: every record has e-mail, phone or address", not bad, "lines %s" % bad[:5])
    errs = []
    for i, m in enumerate(M[:1500]):
        if m["category"] != "existing" or m["changes"] != []:
            errs.append(i)
    report("existing meta: category existing, no changes", not errs)
    # no two existing records describe one customer: same core name and a shared contact channel
    def core(c):
        d = c["displayName"]
        if c["companyName"] is None:  # persons: QuickBooks suffixes such as "(Roath)" or " 2" only disambiguate
            d = re.sub(r"\(.*?\)", "", d)
            d = re.sub(r"\b\d+\b", "", d)
        return key(d) + "|" + key(c["givenName"]) + "|" + key(c["familyName"]) + "|" + "".join(ctoks(c["companyName"]))
    groups = {}
    for i, r in enumerate(ex):
        groups.setdefault(core(r["contact"]), []).append(i)
    dup = []
    for k in sorted(groups):
        idx = groups[k]
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                if evidence(ex[idx[a]]["contact"], ex[idx[b]]["contact"]):
                    dup.append((idx[a], idx[b]))
    report("existing: no two records with the same name share e-mail/phone/address", not dup, str(dup[:5]))
    # party
    errs = []
    for r, m in zip(S, M):
        party = m.get("party")
        c = r["contact"]
        if party == "org" and not c["companyName"]:
            errs.append(r["entity"])
        if party == "person" and c["companyName"] is not None:
            errs.append(r["entity"])
        if party not in ("person", "org"):
            errs.append("party?" + r["entity"])
        kinds = PERSON_KINDS | {"tenant_now_landlord"} if party == "person" else ORG_KINDS
        if m["kind"] not in kinds:
            errs.append("kind %s/%s" % (party, m["kind"]))
    report("organisations have companyName, persons none; kinds valid", not errs, str(errs[:5]))
    np_ = sum(1 for m in M[:1500] if m["party"] == "person")
    report("existing: about 70%% persons (%d persons, %d organisations)" % (np_, 1500 - np_), 0.6 <= np_ / 1500 <= 0.8)


def check_counts(S, M):
    inc = M[1500:]
    cat = {}
    for m in inc:
        cat[m["category"]] = cat.get(m["category"], 0) + 1
    ok = set(cat) <= {"match", "new", "hard_negative"}
    report("incoming categories: %s" % json.dumps(cat, sort_keys=True),
           ok and 0.50 <= cat.get("match", 0) / 1500 <= 0.60 and 0.30 <= cat.get("new", 0) / 1500 <= 0.40
           and cat.get("hard_negative", 0) == 150)
    prof = {}
    for m in inc:
        if m["category"] == "match":
            prof[m.get("profile")] = prof.get(m.get("profile"), 0) + 1
    report("match profiles light/medium/harsh all present: %s" % json.dumps(prof, sort_keys=True),
           set(prof) == {"light", "medium", "harsh"} and min(prof.values()) >= 100)
    types = {}
    for m in inc:
        if m["category"] == "hard_negative":
            types[m.get("hn_type")] = types.get(m.get("hn_type"), 0) + 1
    report("hard negatives: %d kinds (>= 10), each >= 5" % len(types),
           len(types) >= 10 and min(types.values()) >= 5 and set(types) <= set(HN_REQ))
    occ = {}
    for m in inc:
        if m["category"] == "new":
            occ[m.get("occurrence")] = occ.get(m.get("occurrence"), 0) + 1
    report("new customers: occurrences %s" % json.dumps(occ, sort_keys=True),
           set(occ) == {1, 2, 3} and occ[2] >= occ[3] > 0)
    src = set(m.get("source") for m in inc)
    report("incoming sources: %s" % ", ".join(sorted(str(x) for x in src)),
           src == {"pms_export", "tenant_portal", "landlord_form", "branch_notes"})
    # the incoming half is shuffled: categories are interleaved
    runs = sum(1 for i in range(1, 1500) if inc[i]["category"] != inc[i - 1]["category"])
    report("incoming shuffled (%d category changes between neighbours)" % runs, runs > 500)


def check_labels(S, M):
    ex = S[:1500]
    inc = S[1500:]
    mi = M[1500:]
    ex_ent = {}
    for i, r in enumerate(ex):
        ex_ent[r["entity"]] = i
    # distinctive names among existing (given + family, normalised)
    cnt = {}
    for r in ex:
        c = r["contact"]
        if c["givenName"] and c["familyName"]:
            k = key(c["givenName"]) + "|" + key(c["familyName"])
            cnt[k] = cnt.get(k, 0) + 1
    e_match, e_ev, e_ch, e_fb = [], [], [], []
    n_fb = 0
    for j, (r, m) in enumerate(zip(inc, mi)):
        if m["category"] != "match":
            continue
        ci = m.get("compare_index")
        if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < 1500:
            e_match.append(j)
            continue
        if ex[ci]["entity"] != r["entity"] or ex_ent.get(r["entity"]) != ci:
            e_match.append(j)
            continue
        if m.get("profile") not in ("light", "medium", "harsh"):
            e_match.append(j)
        base = ex[ci]["contact"]
        ev = evidence(base, r["contact"])
        if sorted(ev) != sorted(m.get("evidence", [None])):
            e_ev.append((j, ev, m.get("evidence")))
        if not ev:
            n_fb += 1
            c, b = r["contact"], base
            k = key(b["givenName"]) + "|" + key(b["familyName"])
            ok = (m.get("fallback") == "distinctive_name_and_city" and b["givenName"] and b["familyName"]
                  and c["givenName"] and c["familyName"] and cnt.get(k) == 1
                  and k == key(c["givenName"]) + "|" + key(c["familyName"])
                  and b["address"] and c["address"] and ncity(b["address"]["city"])
                  and ncity(b["address"]["city"]) == ncity(c["address"]["city"]))
            if not ok:
                e_fb.append(j)
        err = changes_ok(base, r["contact"], m["changes"])
        if err or not m["changes"]:
            e_ch.append((j, err or "no changes"))
    report("matches point to the existing record of the same entity", not e_match, str(e_match[:5]))
    report("matches: claimed evidence equals recomputed evidence", not e_ev, str(e_ev[:3]))
    report("matches findable: evidence shared or distinctive name + city (%d by name+city)" % n_fb,
           not e_fb, str(e_fb[:5]))
    report("matches: change lists cover exactly the differing fields", not e_ch, str(e_ch[:3]))

    # new customers
    errs, e_ch, e_ev = [], [], []
    seen = {}
    for j, (r, m) in enumerate(zip(inc, mi)):
        if m["category"] != "new":
            continue
        if r["entity"] in ex_ent:
            errs.append((j, "new entity is in existing"))
            continue
        prev = seen.setdefault(r["entity"], [])
        prev.append(j)
        occ = len(prev)
        if m.get("occurrence") != occ:
            errs.append((j, "occurrence %s != %d" % (m.get("occurrence"), occ)))
            continue
        if occ == 1:
            if m["changes"] or "compare_index" in m:
                errs.append((j, "first occurrence with compare"))
            continue
        if m.get("compare_set") != "incoming" or m.get("compare_index") != prev[0]:
            errs.append((j, "compare_index"))
            continue
        if m.get("profile") not in ("light", "medium", "harsh"):
            errs.append((j, "profile"))
        base = inc[prev[0]]["contact"]
        ev = evidence(base, r["contact"])
        if not ev or sorted(ev) != sorted(m.get("evidence", [])):
            e_ev.append((j, ev, m.get("evidence")))
        err = changes_ok(base, r["contact"], m["changes"])
        if err or not m["changes"]:
            e_ch.append((j, err or "no changes"))
    report("new customers: not in existing, occurrences numbered in file order, compare to first", not errs, str(errs[:5]))
    report("new repeats: evidence shared with the first occurrence and claimed correctly", not e_ev, str(e_ev[:3]))
    report("new repeats: change lists cover exactly the differing fields", not e_ch, str(e_ch[:3]))

    # hard negatives
    errs, e_sh, e_rule, e_ch = [], [], [], []
    inc_count = {}
    for r in inc:
        inc_count[r["entity"]] = inc_count.get(r["entity"], 0) + 1
    for j, (r, m) in enumerate(zip(inc, mi)):
        if m["category"] != "hard_negative":
            continue
        ai = m.get("anchor_index")
        if r["entity"] in ex_ent or inc_count[r["entity"]] != 1:
            errs.append((j, "hard negative entity is not a distinct new customer"))
            continue
        if not isinstance(ai, int) or not 0 <= ai < 1500 or ex[ai]["entity"] != m.get("anchor") \
                or m.get("anchor") == r["entity"]:
            errs.append((j, "anchor"))
            continue
        if not m.get("rule") or m.get("hn_type") not in HN_REQ:
            errs.append((j, "rule/hn_type"))
            continue
        a, b = ex[ai]["contact"], r["contact"]
        sh = shared(a, b)
        if sorted(sh) != sorted(m.get("shared", [])):
            e_sh.append((j, sh, m.get("shared")))
        req, anyof, forbid = HN_REQ[m["hn_type"]]
        bad = [k for k in req if k not in sh] + [k for k in forbid if k in sh]
        if anyof and not any(k in sh for k in anyof):
            bad.append("none of " + "/".join(anyof))
        if m["hn_type"] == "sibling_same_initial" and key(a["givenName"])[:1] != key(b["givenName"])[:1]:
            bad.append("initial")
        if m["hn_type"] != "namesake_elsewhere" and key(a["displayName"]) == key(b["displayName"]):
            bad.append("identical displayName")
        if m["hn_type"] == "namesake_elsewhere" and evidence(a, b):
            bad.append("namesake shares a contact channel")
        if a == b:
            bad.append("identical record")
        if bad:
            e_rule.append((j, m["hn_type"], bad))
        err = changes_ok(a, b, m["changes"])
        if err:
            e_ch.append((j, err))
    report("hard negatives: distinct new customers anchored on an existing one, with type and rule", not errs, str(errs[:5]))
    report("hard negatives: claimed shared attributes equal recomputed ones", not e_sh, str(e_sh[:3]))
    report("hard negatives: share what their type requires and not what it forbids", not e_rule, str(e_rule[:3]))
    report("hard negatives: change lists cover exactly the differing fields", not e_ch, str(e_ch[:3]))

    # same entity = same customer
    errs = []
    cats = {}
    party = {}
    for r, m in zip(S, M):
        cats.setdefault(r["entity"], set()).add(m["category"])
        party.setdefault(r["entity"], set()).add(m.get("party"))
    for ent in sorted(cats):
        c = cats[ent]
        if "existing" in c and not c <= {"existing", "match"}:
            errs.append(ent)
        if "existing" not in c and "match" in c:
            errs.append(ent)
        if "new" in c and c != {"new"}:
            errs.append(ent)
        if len(party[ent]) != 1:
            errs.append(ent)
    report("entity ids: one customer each (existing+matches, or new occurrences, or one hard negative)",
           not errs, str(errs[:5]))


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def check_determinism():
    gen = os.path.join(HERE, "gen.py")
    with tempfile.TemporaryDirectory() as tmp:
        digests = []
        for seed in ("0", "12345"):
            out = os.path.join(tmp, "h" + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, gen, "--out", out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                report("determinism: gen.py runs (PYTHONHASHSEED=%s)" % seed, False, p.stderr[-300:])
                return
            digests.append((sha(os.path.join(out, "set.jsonl")), sha(os.path.join(out, "meta.jsonl"))))
        report("determinism: identical SHA-256 for PYTHONHASHSEED=0 and 12345", digests[0] == digests[1],
               "%s vs %s" % (digests[0][0][:12], digests[1][0][:12]))
        here = (sha(os.path.join(HERE, "set.jsonl")), sha(os.path.join(HERE, "meta.jsonl")))
        report("determinism: files in the folder are gen.py's current output", here == digests[0])


def main():
    S, M = load(HERE)
    check_format(S, M)
    if len(S) == 3000 and len(M) == 3000:
        check_existing(S, M)
        check_counts(S, M)
        check_labels(S, M)
    check_determinism()
    failed = [n for n, ok in RESULTS if not ok]
    if failed:
        print("\n%d of %d checks FAILED:" % (len(failed), len(RESULTS)))
        for n in failed:
            print("  - " + n)
        sys.exit(1)
    print("\nALL CHECKS PASSED (%d checks)" % len(RESULTS))
    sys.exit(0)


if __name__ == "__main__":
    main()
