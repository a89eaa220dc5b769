#!/usr/bin/env python3
"""Independent validator for the it-termoidraulica set (does not import gen.py)."""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = []


def report(name, ok, detail=""):
    RESULTS.append((name, ok))
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else " -- " + str(detail)[:600]))


# ------------------------------------------------------------ normalisation (re-implemented)
def strip_acc(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


SPLIT = re.compile(r"\s+/\s+|\s+-\s+|;|,|\s+oppure\s+|(?:tel|cell|fax|uff)\.?\s*:?\s*(?=[\d+(])", re.I)


def phones(s):
    out = []
    if not s:
        return out
    for piece in SPLIT.split(s):
        piece = re.sub(r"\(?\s*(?:int\.?|interno)\s*\d+\s*\)?", "", piece, flags=re.I).strip()
        if not piece:
            continue
        d = re.sub(r"\D", "", piece)
        if re.match(r"^\(?\+", piece):
            if d.startswith("39"):
                d = d[2:]
        elif d.startswith("0039"):
            d = d[4:]
        if len(d) >= 6 and d not in out:
            out.append(d)
    return out


def emails(s):
    if not s:
        return []
    return sorted(set(re.findall(r"[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}", s.lower())))


def nt(s):
    if s is None:
        return ""
    s = s.replace("Ã", "a")
    s = strip_acc(s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


STOP = set("via viale v le vle piazza p zza za pzza corso c so largo l go strada str vicolo lo vic n nr civ del della dei degli "
           "delle dell d di san s santo santa loc fraz localita frazione ii iii xxiii don".split())


def aparts(a):
    if not a:
        return None
    l1 = a.get("line1") or ""
    t = nt(l1)
    m = re.search(r"\d+", t)
    num = m.group(0) if m else None
    street = t[:m.start()] if m else t
    toks = [x for x in street.split() if x not in STOP and len(x) >= 3]
    key = toks[-1] if toks else ""
    allt = " ".join(nt(a.get(k)) for k in ("line1", "line2", "city", "postalCode", "region"))
    cap = a.get("postalCode") or None
    if not cap:
        mm = re.search(r"\b(\d{5})\b", allt)
        cap = mm.group(1) if mm else None
    city = nt(a.get("city"))
    if not city:
        mm = re.search(r"\d{5} ([a-z ]+?)(?: bo| mi| mo| re| pr| fc| mb)?$", nt(l1))
        city = mm.group(1) if mm else ""
    city = re.sub(r" (bo|mi|mo|re|pr|fc|mb)$", "", city)
    return {"num": num, "key": key, "cap": cap, "city": city}


def same_addr(a, b):
    pa, pb = aparts(a), aparts(b)
    if not pa or not pb or not pa["num"] or pa["num"] != pb["num"] or not pa["key"] or not pb["key"]:
        return False
    if pa["key"] != pb["key"] and SequenceMatcher(None, pa["key"], pb["key"]).ratio() < 0.7:
        return False
    if pa["cap"] and pb["cap"] and pa["cap"] == pb["cap"]:
        return True
    ca, cb = pa["city"], pb["city"]
    return bool(ca and cb and (ca == cb or ca in cb or cb in ca))


def ev(a, b):
    out = []
    if set(emails(a["email"])) & set(emails(b["email"])):
        out.append("email")
    if set(phones(a["phone"])) & set(phones(b["phone"])):
        out.append("phone")
    if same_addr(a["address"], b["address"]):
        out.append("address")
    return out


PERSONAL = set("libero.it gmail.com alice.it hotmail.it virgilio.it tiscali.it yahoo.it outlook.it tin.it icloud.com "
               "pec.it legalmail.it arubapec.it pec.postecert.it".split())
NSTOP = set("srl srls spa snc sas s r l p a n c soc coop cooperativa a r l e c di del della dei & figli f lli fratelli "
            "unipersonale socio unico u semplificata societa cons scarl the group service hotel albergo "
            "idraulica termoidraulica impianti elettroimpianti edilizia costruzioni termotecnica idrotermica "
            "climatizzazione tecnologici ristrutturazioni idrotermosanitaria termoimpianti clima imp idr termoidr "
            "costr edil ediliz elettroimp nuova condominio cond condom via viale piazza istituto comprensivo ic i "
            "comune ufficio settore servizio uff sett serv parrocchia parr in san santa santi s ss azienda usl ausl "
            "asst nord uo uoc tecnico studio amministrazioni".split())


def core(s):
    return [t for t in nt(s).split() if t not in NSTOP and len(t) >= 3]


def shared(a, b):
    sh = ev(a, b)
    da = [x.split("@")[1] for x in emails(a["email"]) if x.split("@")[1] not in PERSONAL]
    db = [x.split("@")[1] for x in emails(b["email"]) if x.split("@")[1] not in PERSONAL]
    if set(da) & set(db) and "email" not in sh:
        sh.append("email_domain")
    if a["familyName"] and b["familyName"] and nt(a["familyName"]) == nt(b["familyName"]):
        sh.append("family_name")
    if a["givenName"] and b["givenName"] and nt(a["givenName"]) == nt(b["givenName"]):
        sh.append("given_name")
    if set(core(a["companyName"] or a["displayName"])) & set(core(b["companyName"] or b["displayName"])):
        sh.append("name_token")
    pa, pb = aparts(a["address"]), aparts(b["address"])
    if pa and pb and pa["city"] and pb["city"] and pa["city"] == pb["city"]:
        sh.append("city")
    if pa and pb and pa["key"] and pa["key"] == pb["key"] and "address" not in sh:
        sh.append("street")
    return sh


FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
COVER = {"name": ["displayName", "givenName", "familyName"], "company": ["companyName", "displayName"],
         "contact": ["givenName", "familyName", "displayName"], "email": ["email"], "phone": ["phone"],
         "address": ["address"], "displayName": ["displayName"], "givenName": ["givenName"],
         "familyName": ["familyName"], "companyName": ["companyName"]}


def sha(p):
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    sp, mp = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    try:
        S = [json.loads(l) for l in open(sp, encoding="utf-8")]
        M = [json.loads(l) for l in open(mp, encoding="utf-8")]
        report("files parse as JSON lines", True)
    except Exception as ex:
        report("files parse as JSON lines", False, ex)
        return finish()
    report("set.jsonl has 3000 lines", len(S) == 3000, len(S))
    report("meta.jsonl has 3000 lines", len(M) == 3000, len(M))
    if len(S) != 3000 or len(M) != 3000:
        return finish()

    # ---------------- format
    bad = []
    ckeys = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
    akeys = ["line1", "line2", "city", "region", "postalCode", "country"]
    for i, r in enumerate(S):
        want = "existing" if i < 1500 else "incoming"
        if list(r.keys()) != ["set", "entity", "contact"] or r["set"] != want:
            bad.append((i, "keys/set"))
            continue
        if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
            bad.append((i, "entity id"))
        c = r["contact"]
        if list(c.keys()) != ckeys:
            bad.append((i, "contact keys"))
            continue
        for k in ckeys[:-1]:
            v = c[k]
            if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                bad.append((i, k))
        if not c["displayName"]:
            bad.append((i, "no displayName"))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or list(a.keys()) != akeys:
                bad.append((i, "address keys"))
                continue
            for k in akeys:
                v = a[k]
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    bad.append((i, "address." + k))
            if all(a[k] is None for k in akeys):
                bad.append((i, "empty address"))
            if a["postalCode"] is not None and not re.fullmatch(r"\d{5}", a["postalCode"]):
                bad.append((i, "cap"))
            if a["country"] is not None and not (re.fullmatch(r"[A-Z]{2}", a["country"]) or re.fullmatch(r"[A-Za-zÀ-ÿ ]{4,}", a["country"])):
                bad.append((i, "country"))
    report("record format (keys, ids, non-empty strings or null, CAP, country)", not bad, bad[:10])

    # ---------------- existing list
    names = [S[i]["contact"]["displayName"].casefold() for i in range(1500)]
    report("existing sorted by displayName.casefold()", names == sorted(names))
    report("existing displayName unique (case-insensitive)", len(set(names)) == 1500)
    ex_ids = [S[i]["entity"] for i in range(1500)]
    report("existing: one record per entity", len(set(ex_ids)) == 1500)
    noc = [i for i in range(1500) if not (S[i]["contact"]["email"] or S[i]["contact"]["phone"] or S[i]["contact"]["address"])]
    report("existing: every record has email, phone or address", not noc, noc[:10])

    # ---------------- meta alignment
    bad = []
    for i, m in enumerate(M):
        s_ = "existing" if i < 1500 else "incoming"
        if m.get("set") != s_ or m.get("index") != (i if i < 1500 else i - 1500) or m.get("entity") != S[i]["entity"]:
            bad.append(i)
        for k in ("category", "kind", "changes"):
            if k not in m:
                bad.append((i, k))
        if not isinstance(m.get("changes"), list) or any(not re.fullmatch(r"[A-Za-z]+:[a-z0-9_]+", x) for x in m.get("changes", [])):
            bad.append((i, "changes format"))
    report("meta aligned with set (set, index, entity) and has category/kind/changes", not bad, bad[:10])

    cats = {}
    for m in M:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    report("existing rows are category existing", all(M[i]["category"] == "existing" and M[i]["changes"] == [] for i in range(1500)))
    inc = M[1500:]
    nm = sum(1 for m in inc if m["category"] == "match")
    nn = sum(1 for m in inc if m["category"] == "new")
    nh = sum(1 for m in inc if m["category"] == "hard_negative")
    report("incoming mix: ~55%% match, ~35%% new, 150 hard negatives (%d/%d/%d)" % (nm, nn, nh),
           nm + nn + nh == 1500 and 780 <= nm <= 870 and 480 <= nn <= 570 and nh == 150)
    orgs = sum(1 for i in range(1500) if not M[i]["kind"].startswith("person_"))
    report("existing: persons/organisations roughly 45/55 (%d orgs)" % orgs, 700 <= orgs <= 900)
    bad = []
    for i in range(3000):
        c = S[i]["contact"]
        isp = M[i]["kind"].startswith("person_")
        if isp and c["companyName"] is not None:
            bad.append(i)
        if not isp and not c["companyName"]:
            bad.append(i)
    report("persons have companyName null; organisations have companyName", not bad, bad[:10])

    # ---------------- labels
    ex_set = set(ex_ids)
    match_ids, new_ids, hn_ids = set(), set(), set()
    bad = []
    for j, m in enumerate(inc):
        i = 1500 + j
        if m["category"] == "match":
            match_ids.add(m["entity"])
        elif m["category"] == "new":
            new_ids.add(m["entity"])
        elif m["category"] == "hard_negative":
            hn_ids.add(m["entity"])
        else:
            bad.append((i, "category"))
    report("match entities are existing customers", match_ids <= ex_set, sorted(match_ids - ex_set)[:5])
    report("new and hard-negative entities are not existing customers", not (new_ids & ex_set) and not (hn_ids & ex_set))
    report("new / hard-negative / match entity ids disjoint", not (new_ids & hn_ids) and not (match_ids & (new_ids | hn_ids)))
    hn_cnt = {}
    for m in inc:
        if m["category"] == "hard_negative":
            hn_cnt[m["entity"]] = hn_cnt.get(m["entity"], 0) + 1
    report("each hard-negative customer appears once", all(v == 1 for v in hn_cnt.values()))

    # matches
    bad_cmp, bad_ev, bad_prof = [], [], []
    for j, m in enumerate(inc):
        if m["category"] != "match":
            continue
        i = 1500 + j
        ci = m.get("compare_index")
        if m.get("compare_set") != "existing" or not isinstance(ci, int) or not 0 <= ci < 1500 or S[ci]["entity"] != m["entity"]:
            bad_cmp.append(i)
            continue
        if m.get("profile") not in ("light", "medium", "harsh"):
            bad_prof.append(i)
        e = ev(S[i]["contact"], S[ci]["contact"])
        if not e or sorted(e) != sorted(m.get("evidence", [])):
            bad_ev.append((i, e, m.get("evidence")))
    report("match compare_set/compare_index point to the same customer", not bad_cmp, bad_cmp[:10])
    report("match profile in light/medium/harsh", not bad_prof, bad_prof[:10])
    report("match evidence non-empty and exactly the shared email/phone/address", not bad_ev, bad_ev[:5])

    # new
    first = {}
    seen_occ = {}
    bad = []
    for j, m in enumerate(inc):
        if m["category"] != "new":
            continue
        i = 1500 + j
        seen_occ[m["entity"]] = seen_occ.get(m["entity"], 0) + 1
        occ = seen_occ[m["entity"]]
        if m.get("occurrence") != occ or occ > 3:
            bad.append((i, "occurrence"))
            continue
        if occ == 1:
            first[m["entity"]] = j
            if m["changes"] != []:
                bad.append((i, "changes on first occurrence"))
        else:
            fj = first[m["entity"]]
            if m.get("compare_set") != "incoming" or m.get("compare_index") != fj:
                bad.append((i, "compare"))
                continue
            if m.get("profile") not in ("light", "medium", "harsh"):
                bad.append((i, "profile"))
            e = ev(S[i]["contact"], S[1500 + fj]["contact"])
            if not e or sorted(e) != sorted(m.get("evidence", [])):
                bad.append((i, "evidence", e, m.get("evidence")))
    reps = sum(1 for v in seen_occ.values() if v >= 2)
    report("new: occurrences numbered in file order, repeats compared with the first occurrence (%d repeated customers)" % reps,
           not bad and reps >= 30, bad[:5])

    # hard negatives
    bad, bad_sh, bad_rule = [], [], []
    types = {}
    for j, m in enumerate(inc):
        if m["category"] != "hard_negative":
            continue
        i = 1500 + j
        ai = m.get("anchor_index")
        if not isinstance(ai, int) or not 0 <= ai < 1500 or S[ai]["entity"] != m.get("anchor") or m.get("anchor") == m["entity"]:
            bad.append(i)
            continue
        if not m.get("rule") or not m.get("hn_type"):
            bad.append((i, "rule/type"))
            continue
        t = m["hn_type"]
        types[t] = types.get(t, 0) + 1
        a, b = S[i]["contact"], S[ai]["contact"]
        sh = shared(a, b)
        if sorted(sh) != sorted(m.get("shared", [])) or not sh:
            bad_sh.append((i, sh, m.get("shared")))
        # it must really be another customer: something that separates it from the anchor
        ok = True
        if t.startswith("namesake"):
            ok = not ({"email", "phone", "address"} & set(sh))
        elif t in ("household_member", "spouse"):
            ok = nt(a["givenName"]) != nt(b["givenName"]) or nt(a["familyName"]) != nt(b["familyName"])
        elif t == "father_son":
            ok = "email" not in sh
        elif t == "later_occupant":
            ok = "email" not in sh and "phone" not in sh and nt(a["displayName"]) != nt(b["displayName"])
        elif t == "partner_private":
            ok = a["companyName"] is None and b["companyName"] is not None
        else:
            ok = nt(a["companyName"]) != nt(b["companyName"]) and nt(re.sub(r"\s*\(.*\)$", "", b["displayName"])) != nt(a["companyName"])
        if not ok:
            bad_rule.append((i, t))
    report("hard negatives: anchor points to an existing other customer, rule and type given", not bad, bad[:10])
    report("hard negatives: 'shared' is exactly what the record shares with its anchor", not bad_sh, bad_sh[:5])
    report("hard negatives: a distinguishing difference exists for the claimed type", not bad_rule, bad_rule[:10])
    report("hard negatives: at least ten kinds (%d)" % len(types), len(types) >= 10, types)

    # changes cover every differing field
    bad = []
    for j, m in enumerate(inc):
        i = 1500 + j
        if m["category"] == "match":
            ref = S[m["compare_index"]]["contact"]
        elif m["category"] == "new" and m.get("occurrence", 1) >= 2:
            ref = S[1500 + m["compare_index"]]["contact"]
        elif m["category"] == "hard_negative":
            ref = S[m["anchor_index"]]["contact"]
        else:
            continue
        cov = []
        for ch in m["changes"]:
            cov.extend(COVER.get(ch.split(":")[0], []))
        for f in FIELDS:
            if S[i]["contact"][f] != ref[f] and f not in cov:
                bad.append((i, f))
    report("changes list covers every field that differs from the compared record", not bad, bad[:10])

    # no two existing records are one customer: same name => no shared contact
    bad = []
    byname = {}
    for i in range(1500):
        c = S[i]["contact"]
        key = nt(re.sub(r"\s*\([^)]*\)$", "", c["displayName"]))
        key = " ".join(sorted(key.split()))
        byname.setdefault(key, []).append(i)
    for key in sorted(byname):
        idx = byname[key]
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                if ev(S[idx[x]]["contact"], S[idx[y]]["contact"]):
                    bad.append((idx[x], idx[y]))
    report("existing: records with the same name share no contact (no duplicate customers)", not bad, bad[:10])

    # determinism
    try:
        hs = []
        for seed in ("0", "12345"):
            d = tempfile.mkdtemp(prefix="ittermo_")
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", d], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            hs.append((sha(os.path.join(d, "set.jsonl")), sha(os.path.join(d, "meta.jsonl"))))
            for fn in ("set.jsonl", "meta.jsonl"):
                os.remove(os.path.join(d, fn))
            os.rmdir(d)
        report("determinism: PYTHONHASHSEED=0 and 12345 give identical SHA-256", hs[0] == hs[1], hs)
        report("determinism: files on disk equal a fresh run", hs[0] == (sha(sp), sha(mp)))
    except Exception as ex:
        report("determinism", False, ex)
    return finish()


def finish():
    fails = [n for n, ok in RESULTS if not ok]
    if fails:
        print("%d CHECK(S) FAILED: %s" % (len(fails), "; ".join(fails)))
        sys.exit(1)
    print("ALL CHECKS PASSED")
    sys.exit(0)


if __name__ == "__main__":
    main()
