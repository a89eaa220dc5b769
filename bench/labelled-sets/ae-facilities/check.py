#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
check.py - independent validator for the ae-facilities benchmark.

Recomputes everything from set.jsonl / meta.jsonl (it does not import gen.py),
re-runs gen.py twice (different PYTHONHASHSEED values, into a scratch folder
inside this folder) to prove byte-identical output, prints statistics and ends
with "ALL CHECKS PASSED" (exit 0) or a list of failures (exit 1).

Usage:  python3 check.py [--no-determinism]
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAILS = []


def fail(msg):
    if len(FAILS) < 200:
        FAILS.append(msg)


# ------------------------------------------------------------ normalisers
def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def phone_norm(s):
    if not s:
        return None
    d = re.sub(r"\D", "", s)
    if d.startswith("00"):
        d = d[2:]
    if d.startswith("971"):
        pass
    elif d.startswith("0"):
        d = "971" + d[1:]
    elif len(d) == 9:
        d = "971" + d
    return d or None


def osa_is_one(a, b):
    """True when the optimal-string-alignment distance between a and b is exactly 1"""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if la < lb else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def email_near(e1, e2):
    if not e1 or not e2:
        return False
    l1, _, d1 = e1.lower().partition("@")
    l2, _, d2 = e2.lower().partition("@")
    return d1 == d2 and osa_is_one(l1, l2)


UNIT_WORDS = {"apt": "unit", "apartment": "unit", "flat": "unit", "unit": "unit", "villa": "villa",
              "office": "office", "ofc": "office", "shop": "shop", "plot": "plot", "warehouse": "warehouse",
              "wh": "warehouse"}
ABBREV = {"st": "street", "str": "street", "rd": "road", "twr": "tower", "bldg": "building",
          "szr": "sheikh zayed road"}


def addr_key(line1):
    """(unit, building/street) key of an address line 1; 'unit|rest' or None"""
    if not line1:
        return None
    s = ascii_fold(line1).lower()
    s = re.sub(r"\bground floor\b", " ", s)
    s = re.sub(r"\bgf\b", " ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = []
    for t in s.split():
        toks.extend(ABBREV.get(t, t).split())
    toks = [t for t in toks if t != "no"]
    unit = ""
    for i in range(len(toks) - 1):
        if toks[i] in UNIT_WORDS and re.search(r"\d", toks[i + 1]):
            unit = UNIT_WORDS[toks[i]] + " " + toks[i + 1]
            del toks[i:i + 2]
            break
    rest = " ".join(toks)
    if not rest and not unit:
        return None
    return unit + "|" + rest


def akey(c):
    a = c.get("address")
    return addr_key(a.get("line1")) if a else None


def email_l(c):
    return (c.get("email") or "").lower() or None


def evidence(r0, r1):
    ev = []
    e0, e1 = email_l(r0), email_l(r1)
    if e0 and e1:
        if e0 == e1:
            ev.append("email")
        elif email_near(e0, e1):
            ev.append("email_near")
    p0, p1 = phone_norm(r0.get("phone")), phone_norm(r1.get("phone"))
    if p0 and p0 == p1:
        ev.append("phone")
    k0, k1 = akey(r0), akey(r1)
    if k0 and k0 == k1:
        ev.append("address")
    return ev


EMIRATES = {"dubai": "Dubai", "abu dhabi": "Abu Dhabi", "sharjah": "Sharjah", "ajman": "Ajman",
            "ras al khaimah": "Ras Al Khaimah", "rak": "Ras Al Khaimah", "fujairah": "Fujairah",
            "al ain": "Abu Dhabi", "umm al quwain": "Umm Al Quwain"}


def emirate_of(c):
    a = c.get("address")
    if not a:
        return None
    for f in ("region", "city"):
        v = (a.get(f) or "").strip().lower()
        if v in EMIRATES:
            return EMIRATES[v]
    return None


def legal_class(name):
    s = ascii_fold(name or "").lower().replace(".", "")
    toks = re.sub(r"[^a-z0-9]+", " ", s).split()
    for i, t in enumerate(toks):
        if t in ("fze", "fzco", "fzllc", "dmcc"):
            return "freezone"
        if t == "fz" and i + 1 < len(toks) and toks[i + 1] in ("llc", "co", "e"):
            return "freezone"
    j = " ".join(toks)
    if "llc" in toks or "limited liability company" in j or "est" in toks or "establishment" in toks:
        return "mainland"
    return None


PARTICLES = {"al", "el", "bin", "bint", "ibn", "abu"}


def ntoks(s):
    return re.sub(r"[^a-z]+", " ", ascii_fold(s or "").lower()).split()


def name_set(s):
    out = set()
    for t in ntoks(s):
        if t in PARTICLES:
            continue
        out.add(t)
        if t[:2] in ("al", "el") and len(t) > 5:
            out.add(t[2:])
    return out


def given_norm(c):
    if c.get("givenName"):
        return " ".join(ntoks(c["givenName"]))
    d = c["displayName"]
    if "," in d:
        d = d.split(",", 1)[1]
    t = ntoks(d)
    return t[0] if t else ""


# --------------------------------------------------------------- loading
def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except ValueError as e:
                fail("%s line %d: bad JSON (%s)" % (os.path.basename(path), n, e))
    return out


CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
CATS = ("match", "new", "hard_negative")
EMAIL_SHARE_OK = {"group_company", "branch_other_emirate", "restaurant_other_outlet", "tower_same_manager",
                  "community_same_developer"}
PHONE_SHARE_OK = {"tower_same_manager", "community_same_developer"}
ADDRESS_SHARE_OK = {"father_son", "spouse", "new_tenant_same_villa"}
EXCLUSIVE = [{"contact:changed", "contact:dropped"}, {"company:legal_form_variant", "company:legal_form_dropped"},
             {"name:upper", "name:lower"}, {"company:upper", "company:lower"},
             {"name:chain_shortened", "name:chain_expanded"}, {"name:last_first", "name:given_family_swapped"}]
CHANNEL_CHANGES = {
    "email": {"email:new", "email:typo", "email:dropped", "email:added"},
    "phone": {"phone:new", "phone:digit_off", "phone:dropped", "phone:added"},
    "address": {"address:moved", "address:moved_tower", "address:other_unit", "address:dropped",
                "address:added"},
}


def check_schema(i, row, meta):
    c = row.get("contact")
    if set(row.keys()) != {"set", "entity", "contact"}:
        fail("line %d: set.jsonl keys %s" % (i, sorted(row.keys())))
    if not re.match(r"^c[0-9a-f]{7}$", row.get("entity", "")):
        fail("line %d: bad entity id %r" % (i, row.get("entity")))
    if not isinstance(c, dict) or list(c.keys()) != CONTACT_KEYS:
        fail("line %d: contact keys %s" % (i, list(c.keys()) if isinstance(c, dict) else c))
        return
    for k in CONTACT_KEYS[:-1]:
        if c[k] is not None and not isinstance(c[k], str):
            fail("line %d: %s not str/null" % (i, k))
    if not c["displayName"]:
        fail("line %d: empty displayName" % i)
    a = c["address"]
    if a is not None:
        if not isinstance(a, dict) or list(a.keys()) != ADDR_KEYS:
            fail("line %d: address keys" % i)
        else:
            for k in ADDR_KEYS:
                if a[k] is not None and not isinstance(a[k], str):
                    fail("line %d: address.%s not str/null" % (i, k))
    is_org = meta["kind"].startswith("org/")
    if is_org and not c["companyName"]:
        fail("line %d: organisation without companyName" % i)
    if not is_org and c["companyName"] is not None:
        fail("line %d: person with companyName" % i)
    if c["email"] and not re.match(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$", c["email"]):
        fail("line %d: malformed email %r" % (i, c["email"]))
    if c["phone"]:
        d = phone_norm(c["phone"])
        if not (d and d.startswith("971") and len(d) in (11, 12)):
            fail("line %d: phone not a UAE number %r" % (i, c["phone"]))


def main():
    do_det = "--no-determinism" not in sys.argv
    S = load(os.path.join(HERE, "set.jsonl"))
    M = load(os.path.join(HERE, "meta.jsonl"))
    if len(S) != 3000 or len(M) != 3000:
        fail("expected 3000 lines in each file, got %d / %d" % (len(S), len(M)))
    ex = [s for s in S if s.get("set") == "existing"]
    inc = [s for s in S if s.get("set") == "incoming"]
    if len(ex) != 1500 or len(inc) != 1500:
        fail("existing/incoming counts %d/%d" % (len(ex), len(inc)))
    if any(s.get("set") != "existing" for s in S[:1500]):
        fail("the first 1500 lines must be the existing set")
    mex, minc = M[:1500], M[1500:]
    for i, (s, m) in enumerate(zip(S, M)):
        if s.get("set") != m.get("set") or s.get("entity") != m.get("entity"):
            fail("line %d: set/meta disagree on set or entity" % i)
        want = i if i < 1500 else i - 1500
        if m.get("index") != want:
            fail("line %d: meta index %r, expected %d" % (i, m.get("index"), want))
        check_schema(i, s, m)
    exc = [s["contact"] for s in ex]
    inc_c = [s["contact"] for s in inc]

    # ---------------------------------------------------------- existing
    ex_ids = [s["entity"] for s in ex]
    if len(set(ex_ids)) != len(ex_ids):
        fail("existing entity ids are not unique")
    ex_id_set = set(ex_ids)
    ex_pos = {e: i for i, e in enumerate(ex_ids)}
    dn = [c["displayName"].lower() for c in exc]
    dup = [k for k, v in Counter(dn).items() if v > 1]
    if dup:
        fail("existing display names not unique (case-insensitive): %s" % dup[:5])
    keys = [(c["displayName"].lower(), c["displayName"], e) for c, e in zip(exc, ex_ids)]
    if keys != sorted(keys):
        fail("existing records are not sorted by display name")
    for m in mex:
        if m.get("category") != "existing":
            fail("existing line %d has category %r" % (m["index"], m.get("category")))
    ex_kind = {m["entity"]: m["kind"] for m in mex}
    n_org = sum(1 for m in mex if m["kind"].startswith("org/"))
    if not 0.5 <= n_org / 1500 <= 0.6:
        fail("existing organisation share %.3f outside 0.50-0.60" % (n_org / 1500))

    # indexes over existing
    idx = {"email": {}, "phone": {}, "address": {}}
    dom_idx = {}
    for c, e in zip(exc, ex_ids):
        v = email_l(c)
        if v:
            idx["email"].setdefault(v, set()).add(e)
            dom_idx.setdefault(v.partition("@")[2], []).append((v, e))
        v = phone_norm(c["phone"])
        if v:
            idx["phone"].setdefault(v, set()).add(e)
        v = akey(c)
        if v:
            idx["address"].setdefault(v, set()).add(e)

    def near_owners(email):
        email = email.lower()
        return {e for v, e in dom_idx.get(email.partition("@")[2], []) if v == email or email_near(v, email)}

    def owners(kind, c):
        if kind == "email":
            return idx["email"].get(email_l(c), set())
        if kind == "email_near":
            return near_owners(c["email"]) if c["email"] else set()
        if kind == "phone":
            return idx["phone"].get(phone_norm(c["phone"]), set())
        return idx["address"].get(akey(c), set())

    # -------------------------------------------------------- categories
    cat = Counter(m.get("category") for m in minc)
    if cat["match"] != 825 or cat["new"] != 525 or cat["hard_negative"] != 150 or sum(cat.values()) != 1500:
        fail("incoming category counts %s (want match 825, new 525, hard_negative 150)" % dict(cat))
    for m in minc:
        if m.get("category") not in CATS:
            fail("incoming %d: bad category %r" % (m["index"], m.get("category")))

    def channel_consistency(where, a, b, changes):
        pairs = {"email": (email_l(a), email_l(b)), "phone": (phone_norm(a["phone"]), phone_norm(b["phone"])),
                 "address": (akey(a), akey(b))}
        for ch_, (x, y) in pairs.items():
            tagged = [c for c in changes if c in CHANNEL_CHANGES[ch_]]
            if x != y and not tagged and not (x is None and y is None):
                fail("%s: %s differs but no %s change recorded" % (where, ch_, ch_))
            if x == y and x is not None and tagged:
                fail("%s: %s identical but change %s recorded" % (where, ch_, tagged))
        if "phone:digit_off" in changes:
            x, y = pairs["phone"]
            if not (x and y and len(x) == len(y) and sum(p != q for p, q in zip(x, y)) == 1):
                fail("%s: phone:digit_off but numbers are not one digit apart" % where)
        if "email:typo" in changes and not email_near(a["email"], b["email"]):
            fail("%s: email:typo but e-mails are not one edit apart" % where)
        if a == b:
            fail("%s: record identical to the record it is compared with" % where)
        if not changes:
            fail("%s: empty changes list" % where)
        for x in changes:
            if not re.match(r"^[a-z]+:[a-z0-9_]+$", x):
                fail("%s: malformed change %r" % (where, x))
        if len(set(changes)) != len(changes):
            fail("%s: repeated change entries" % where)
        for g in EXCLUSIVE:
            if len(g & set(changes)) > 1:
                fail("%s: contradictory changes %s" % (where, sorted(g & set(changes))))

    # ----------------------------------------------------------- matches
    match_ids = Counter()
    n_unique_ev = 0
    for m, c in zip(minc, inc_c):
        if m.get("category") != "match":
            continue
        w = "incoming %d (match)" % m["index"]
        e = m["entity"]
        match_ids[e] += 1
        if e not in ex_id_set:
            fail("%s: entity not in existing" % w)
            continue
        ci = m.get("compare_index")
        if m.get("compare_set") != "existing" or ci != ex_pos[e]:
            fail("%s: compare_index %r does not point at the entity's existing record" % (w, ci))
            continue
        if m["kind"] != ex_kind[e]:
            fail("%s: kind differs from existing kind" % w)
        if m.get("profile") not in ("light", "medium", "harsh"):
            fail("%s: bad profile" % w)
        base = exc[ci]
        ev = evidence(base, c)
        if not ev:
            fail("%s: no link evidence at all" % w)
        if ev != m.get("evidence"):
            fail("%s: evidence recomputed %s, meta says %s" % (w, ev, m.get("evidence")))
        uniq = [k for k in ev if owners(k, c) == {e}]
        if not uniq:
            fail("%s: no evidence points only at the true customer (%s)" % (w, ev))
        else:
            n_unique_ev += 1
        chg = m.get("changes", [])
        if "company:renamed" in chg and not ({"email", "phone"} & set(ev)):
            fail("%s: renamed organisation without e-mail/phone evidence" % w)
        name_chg = [x for x in chg if x.split(":")[0] in ("name", "company") and x != "name:qbo_suffix_absent"]
        if ev == ["email_near"] and len(name_chg) > 1:
            fail("%s: only a near e-mail but %d name changes" % (w, len(name_chg)))
        channel_consistency(w, base, c, chg)
    if any(v > 1 for v in match_ids.values()):
        fail("some existing customers matched more than once")

    # --------------------------------------------------------------- new
    new_groups = {}
    for m in minc:
        if m.get("category") == "new":
            new_groups.setdefault(m["entity"], []).append(m)
    hn_ids = [m["entity"] for m in minc if m.get("category") == "hard_negative"]
    for e, ms in new_groups.items():
        if e in ex_id_set:
            fail("new entity %s is an existing id" % e)
        if e in set(hn_ids):
            fail("new entity %s is also a hard negative id" % e)
        n = len(ms)
        occ = [m.get("occurrence") for m in ms]
        if occ != list(range(1, n + 1)) or any(m.get("occurrences") != n for m in ms) or n > 3:
            fail("new entity %s: occurrences %s not 1..%d in file order" % (e, occ, n))
            continue
        first = ms[0]
        for m in ms[1:]:
            w = "incoming %d (new, occurrence %d)" % (m["index"], m["occurrence"])
            if m.get("compare_set") != "incoming" or m.get("compare_index") != first["index"]:
                fail("%s: compare_index must point at occurrence 1" % w)
                continue
            ev = evidence(inc_c[first["index"]], inc_c[m["index"]])
            if not ev or ev != m.get("evidence"):
                fail("%s: evidence recomputed %s, meta says %s" % (w, ev, m.get("evidence")))
            channel_consistency(w, inc_c[first["index"]], inc_c[m["index"]], m.get("changes", []))
        for m in ms:
            c = inc_c[m["index"]]
            for k in ("email", "phone", "address"):
                if owners(k, c):
                    fail("incoming %d (new): shares %s with an existing customer" % (m["index"], k))
            if c["email"] and near_owners(c["email"]):
                fail("incoming %d (new): e-mail is one edit away from an existing e-mail" % m["index"])

    # ---------------------------------------------------- hard negatives
    if len(set(hn_ids)) != len(hn_ids):
        fail("hard-negative entity ids repeat")
    for e in hn_ids:
        if e in ex_id_set or e in match_ids:
            fail("hard negative %s collides with an existing id" % e)
    hn_types = Counter()
    for m, c in zip(minc, inc_c):
        if m.get("category") != "hard_negative":
            continue
        t = m.get("hn_type")
        hn_types[t] += 1
        w = "incoming %d (hard_negative %s)" % (m["index"], t)
        anc = m.get("anchor")
        if anc not in ex_id_set or m.get("anchor_index") != ex_pos.get(anc):
            fail("%s: anchor missing or anchor_index wrong" % w)
            continue
        if not m.get("rule"):
            fail("%s: no rule text" % w)
        a = exc[m["anchor_index"]]
        same = {"email": bool(email_l(a) and email_l(a) == email_l(c)),
                "phone": bool(phone_norm(a["phone"]) and phone_norm(a["phone"]) == phone_norm(c["phone"])),
                "address": bool(akey(a) and akey(a) == akey(c))}
        if sorted(k for k, v in same.items() if v) != sorted(m.get("shared", [])):
            fail("%s: shared channels %s, meta says %s" % (w, [k for k, v in same.items() if v], m.get("shared")))
        if same["email"] and t not in EMAIL_SHARE_OK:
            fail("%s: shares the anchor's e-mail" % w)
        if same["phone"] and t not in PHONE_SHARE_OK:
            fail("%s: shares the anchor's phone" % w)
        if same["address"] and t not in ADDRESS_SHARE_OK:
            fail("%s: shares the anchor's address" % w)
        if email_near(a["email"], c["email"]):
            fail("%s: e-mail one edit away from the anchor's" % w)
        if a["displayName"].lower() == c["displayName"].lower() and t != "namesake_other_emirate":
            fail("%s: same display name as anchor" % w)
        # nothing shared with any other existing customer, except a group/manager mailbox the anchor also uses
        for k in ("email", "phone", "address"):
            others = owners(k, c) - {anc}
            if not others:
                continue
            ok = (k == "email" and t in EMAIL_SHARE_OK and same["email"]) or \
                 (k == "phone" and t in PHONE_SHARE_OK and same["phone"])
            if not ok:
                fail("%s: shares %s with another existing customer" % (w, k))
        if c["email"] and not same["email"] and near_owners(c["email"]):
            fail("%s: e-mail one edit away from an existing e-mail" % w)
        ka, kc = akey(a), akey(c)
        ga, gc = given_norm(a), given_norm(c)
        if t == "namesake_other_emirate":
            ea, ec = emirate_of(a), emirate_of(c)
            if not (ea and ec and ea != ec):
                fail("%s: emirates not both known and different (%s / %s)" % (w, ea, ec))
            if not (name_set(a["displayName"]) & name_set(c["displayName"])):
                fail("%s: names share no token" % w)
        elif t == "father_son":
            if not (ka and ka == kc):
                fail("%s: not at the anchor's address" % w)
            if ga == gc or not ga or not gc:
                fail("%s: given names do not differ" % w)
            da = " %s " % " ".join(ntoks(a["displayName"]))
            dc = " %s " % " ".join(ntoks(c["displayName"]))
            if (" bin %s " % ga) not in dc and (" bin %s " % gc) not in da:
                fail("%s: no 'X bin Y' relation between the two" % w)
        elif t == "spouse":
            if not (ka and ka == kc):
                fail("%s: not at the anchor's address" % w)
            if ga == gc or not ga or not gc:
                fail("%s: given names do not differ" % w)
        elif t == "new_tenant_same_villa":
            if not (ka and ka == kc and ka.startswith("villa ")):
                fail("%s: not at the anchor's villa" % w)
            if ga == gc or not ga or not gc:
                fail("%s: given names do not differ" % w)
            if name_set(a.get("familyName") or "") & name_set(c.get("familyName") or ""):
                fail("%s: family names overlap" % w)
        elif t == "other_apartment_same_tower":
            if not (ka and kc and ka.split("|")[1] == kc.split("|")[1] and ka.split("|")[0] != kc.split("|")[0]
                    and kc.split("|")[0]):
                fail("%s: not another unit of the same building" % w)
            if ga == gc or not ga or not gc:
                fail("%s: given names do not differ" % w)
        elif t == "org_namesake_other_emirate":
            ea, ec = emirate_of(a), emirate_of(c)
            if not (ea and ec and ea != ec):
                fail("%s: emirates not both known and different" % w)
            if not (name_set(a["companyName"]) & name_set(c["companyName"])):
                fail("%s: company names share no token" % w)
        elif t == "group_company":
            la, lc = legal_class(a["companyName"]), legal_class(c["companyName"])
            if not (la and lc and la != lc):
                fail("%s: legal forms not both visible and different (%s / %s)" % (w, la, lc))
            if not (ka and kc and ka != kc):
                fail("%s: addresses not both present and different" % w)
            if same["phone"]:
                fail("%s: same phone" % w)
        elif t == "branch_other_emirate":
            ea, ec = emirate_of(a), emirate_of(c)
            if not (ea and ec and ea != ec):
                fail("%s: emirates not both known and different" % w)
            if "branch" not in c["companyName"].lower():
                fail("%s: branch not named as such" % w)
            if not (kc and ka != kc) or same["phone"]:
                fail("%s: address/phone not different" % w)
        elif t == "restaurant_other_outlet":
            if not (kc and ka != kc) or same["phone"]:
                fail("%s: address/phone not different" % w)
            if not (name_set(a["companyName"]) & name_set(c["companyName"])):
                fail("%s: brand names share no token" % w)
        elif t in ("tower_same_manager", "community_same_developer"):
            if not (ka and kc and ka != kc):
                fail("%s: same building / community address" % w)
            if not (same["email"] or same["phone"]):
                fail("%s: shares neither the manager's e-mail nor phone" % w)
        else:
            fail("%s: unknown hn_type" % w)

    # ------------------------------------------------------ determinism
    det_msg = "skipped"
    if do_det:
        scratch = os.path.join(HERE, "_detcheck")
        shutil.rmtree(scratch, ignore_errors=True)
        digests = []
        try:
            for n, seed in enumerate(("0", "4242")):
                out = os.path.join(scratch, "run%d" % n)
                os.makedirs(out)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", out], check=True, env=env)
                digests.append(tuple(hashlib.sha256(open(os.path.join(out, f), "rb").read()).hexdigest()
                                     for f in ("set.jsonl", "meta.jsonl")))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        shipped = tuple(hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest()
                        for f in ("set.jsonl", "meta.jsonl"))
        if not (digests[0] == digests[1] == shipped):
            fail("determinism: regenerated files differ from each other or from the shipped files")
        det_msg = "2 reruns (PYTHONHASHSEED=0, 4242) byte-identical to shipped files; set.jsonl sha256 %s" % shipped[0][:16]

    # -------------------------------------------------------- statistics
    print("== ae-facilities benchmark check ==")
    print("existing: %d records, %d organisations (%.1f%%), %d persons; %d carry a bookkeeper suffix"
          % (len(ex), n_org, 100.0 * n_org / max(1, len(ex)), len(ex) - n_org,
             sum(1 for m in mex if m.get("qbo_suffix"))))
    print("incoming by category: %s" % dict(sorted(cat.items())))
    for cname in ("existing",) + CATS:
        ms = mex if cname == "existing" else [m for m in minc if m.get("category") == cname]
        fam = Counter(m["kind"].split("/")[0] for m in ms)
        kinds = Counter(m["kind"] for m in ms)
        print("  %-14s families %s" % (cname, dict(sorted(fam.items()))))
        print("  %-14s kinds    %s" % ("", ", ".join("%s=%d" % kv for kv in sorted(kinds.items()))))
    mm = [m for m in minc if m.get("category") == "match"]
    print("match profiles: %s" % dict(sorted(Counter(m["profile"] for m in mm).items())))
    for p in ("light", "medium", "harsh"):
        sub = [m for m in mm if m["profile"] == p]
        print("  %-6s evidence kinds: %s; mean changes %.2f" % (
            p, dict(sorted(Counter(k for m in sub for k in m["evidence"]).items())),
            sum(len(m["changes"]) for m in sub) / max(1, len(sub))))
    print("match evidence sets: %s" % ", ".join("%s=%d" % ("+".join(k), v) for k, v in
                                                sorted(Counter(tuple(m["evidence"]) for m in mm).items(),
                                                       key=lambda kv: -kv[1])))
    print("matches with a uniquely identifying evidence: %d/%d" % (n_unique_ev, len(mm)))
    print("top match changes: %s" % ", ".join("%s=%d" % kv for kv in
                                             Counter(x for m in mm for x in m["changes"]).most_common(22)))
    occ = Counter(len(v) for v in new_groups.values())
    print("new customers: %d entities (%s by number of records), %d records"
          % (len(new_groups), dict(sorted(occ.items())), sum(len(v) for v in new_groups.values())))
    print("hard negatives by type: %s" % ", ".join("%s=%d" % kv for kv in sorted(hn_types.items())))
    print("hard negatives sharing with anchor: %s" % dict(sorted(Counter(
        "+".join(m["shared"]) or "nothing" for m in minc if m.get("category") == "hard_negative").items())))
    print("determinism: %s" % det_msg)
    if FAILS:
        print("FAILURES (%d shown):" % len(FAILS))
        for f in FAILS:
            print("  - " + f)
        sys.exit(1)
    print("ALL CHECKS PASSED")
    sys.exit(0)


if __name__ == "__main__":
    main()
