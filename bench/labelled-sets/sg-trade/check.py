#!/usr/bin/env python3
"""Validate set.jsonl / meta.jsonl of the sg-trade set and print statistics.  Exit 0 when all checks pass."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
CATS = {"existing", "existing_match", "new", "repeat_of_new"}

TITLES = {"mr", "mrs", "ms", "mdm", "miss", "madam", "dr", "encik", "en", "puan", "pn", "cik", "tuan",
          "haji", "hajah", "hj", "hjh"}
CONNECT = {"bin", "binti", "bte", "bt", "b", "bn"}
FORMS = {"pte", "ltd", "private", "limited", "sdn", "bhd", "berhad", "sendirian", "llp", "plt", "sb", "co",
         "company", "l", "p", "s", "m"}
TMAP = {"mohd": "muhammad", "md": "muhammad", "muhd": "muhammad", "mohamad": "muhammad",
        "mohammad": "muhammad", "mohamed": "muhammad", "muhamad": "muhammad", "mohammed": "muhammad",
        "ent": "enterprise", "enterprises": "enterprise", "trdg": "trading", "rest": "restaurant",
        "restoran": "restaurant", "and": "&", "htl": "hotel"}

errors = []


def err(msg):
    errors.append(msg)


def ntoks(s):
    """Name tokens after removing case, punctuation, titles, patronymic markers and legal forms."""
    s = (s or "").lower()
    s = re.sub(r"\b[sd]\s*/\s*o\b|\ba\s*/\s*[lp]\b", " ", s)
    s = re.sub(r"\((s|m|singapore|malaysia)\)", " ", s)
    s = re.sub(r"[^a-z0-9&]+", " ", s)
    out = []
    for t in s.split():
        t = TMAP.get(t, t)
        if t in TITLES or t in CONNECT or t in FORMS:
            continue
        out.append(t)
    return out


def within1(a, b):
    """Damerau distance <= 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        d = [i for i in range(la) if a[i] != b[i]]
        if len(d) == 1:
            return True
        return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def near(x, y):
    """Near-identical names: same tokens in any order / with spaces removed, or one single-character slip."""
    ta, tb = ntoks(x), ntoks(y)
    if not ta or not tb:
        return False
    if sorted(ta) == sorted(tb) or "".join(ta) == "".join(tb):
        return True
    rb = list(tb)
    ua = []
    for t in ta:
        if t in rb:
            rb.remove(t)
        else:
            ua.append(t)
    if len(ua) == 1 and len(rb) == 1 and min(len(ua[0]), len(rb[0])) >= 3 and within1(ua[0], rb[0]):
        return True
    ja, jb = "".join(ta), "".join(tb)
    return len(ja) >= 8 and within1(ja, jb)


def nphone(s):
    d = re.sub(r"\D", "", s or "")
    if len(d) == 10 and d.startswith("65"):
        d = d[2:]
    elif d.startswith("60") and len(d) >= 10:
        d = d[2:]
    elif d.startswith("0"):
        d = d[1:]
    return d


def nemail(s):
    return (s or "").strip().lower()


def npc(s):
    return re.sub(r"\D", "", s or "")


STREET_ABBR = [(r"\bst\b", "street"), (r"\bave\b", "avenue"), (r"\brd\b", "road"), (r"\bdr\b", "drive"),
               (r"\bjln\b", "jalan"), (r"\btmn\b", "taman"), (r"\blor\b", "lorong"), (r"\bcres\b", "crescent"),
               (r"\bctrl\b", "central"), (r"\blbh\b", "lebuh"), (r"\bpsn\b", "persiaran"), (r"\bnth\b", "north"),
               (r"\bupp\b", "upper"), (r"\bblk\b|\bblock\b|\bno\b", " ")]


def nstreet(a):
    s = " ".join(x for x in (a.get("line1"), a.get("line2")) if x).lower()
    s = re.sub(r"#?\s*\w+\s*-\s*\d+", " ", s)   # unit numbers
    s = re.sub(r"[^a-z0-9/ ]+", " ", s)
    for pat, rep in STREET_ABBR:
        s = re.sub(pat, rep, s)
    return " ".join(s.split())


def main():
    path_s, path_m = os.path.join(HERE, "set.jsonl"), os.path.join(HERE, "meta.jsonl")
    rows = [json.loads(l) for l in open(path_s, encoding="utf-8")]
    metas = [json.loads(l) for l in open(path_m, encoding="utf-8")]
    if len(rows) != len(metas):
        err("set.jsonl has %d lines, meta.jsonl %d" % (len(rows), len(metas)))
    # ---------------- format
    seen_incoming = False
    for i, r in enumerate(rows, 1):
        if sorted(r) != ["contact", "entity", "set"]:
            err("line %d: keys %s" % (i, sorted(r)))
            continue
        if r["set"] not in ("existing", "incoming"):
            err("line %d: bad set" % i)
        if r["set"] == "incoming":
            seen_incoming = True
        elif seen_incoming:
            err("line %d: existing line after incoming lines" % i)
        if not re.fullmatch(r"E\d{5}", r["entity"] or ""):
            err("line %d: bad entity id %r" % (i, r["entity"]))
        c = r["contact"]
        if sorted(c) != sorted(CONTACT_KEYS):
            err("line %d: contact keys %s" % (i, sorted(c)))
            continue
        for k in CONTACT_KEYS[:-1]:
            if c[k] is not None and not isinstance(c[k], str):
                err("line %d: %s not string/null" % (i, k))
        if not c["displayName"] or not c["displayName"].strip():
            err("line %d: empty displayName" % i)
        a = c["address"]
        if not isinstance(a, dict) or sorted(a) != sorted(ADDR_KEYS):
            err("line %d: address keys" % i)
            continue
        for k in ADDR_KEYS:
            if a[k] is not None and not isinstance(a[k], str):
                err("line %d: address.%s not string/null" % (i, k))
    for i, (r, m) in enumerate(zip(rows, metas), 1):
        if m.get("line") != i or m.get("entity") != r["entity"]:
            err("meta line %d does not correspond" % i)
        if m.get("category") not in CATS:
            err("meta line %d: bad category" % i)
        if (m.get("category") == "existing") != (r["set"] == "existing"):
            err("meta line %d: category/set mismatch" % i)
        if not isinstance(m.get("changes"), list):
            err("meta line %d: changes not a list" % i)
    if errors:
        return report(rows, metas)
    # ---------------- one existing per entity, unique display names
    ex_ent = collections.Counter(r["entity"] for r in rows if r["set"] == "existing")
    for e, n in ex_ent.items():
        if n != 1:
            err("entity %s has %d existing records" % (e, n))
    for setname in ("existing", "incoming"):
        dn = collections.Counter(r["contact"]["displayName"].strip().lower() for r in rows if r["set"] == setname)
        for d, n in dn.items():
            if n > 1:
                err("displayName %r used %d times within %s" % (d, n, setname))
    # ---------------- categories agree with entity history
    history = collections.defaultdict(list)   # entity -> list of line indexes (0-based)
    first_new = {}
    for i, (r, m) in enumerate(zip(rows, metas)):
        e, cat = r["entity"], m["category"]
        if r["set"] == "incoming":
            if cat == "existing_match" and e not in ex_ent:
                err("line %d: existing_match but entity %s not in existing" % (i + 1, e))
            if cat == "new" and history[e]:
                err("line %d: new but entity %s seen before" % (i + 1, e))
            if cat == "repeat_of_new" and (e in ex_ent or e not in first_new):
                err("line %d: repeat_of_new without an earlier new record" % (i + 1))
            if cat == "new":
                first_new[e] = i
        history[e].append(i)
    # ---------------- every link defensible
    anchors = collections.Counter()
    hist2 = collections.defaultdict(list)
    for i, (r, m) in enumerate(zip(rows, metas)):
        c = r["contact"]
        if m["category"] in ("existing_match", "repeat_of_new"):
            ok = []
            for j in hist2[r["entity"]]:
                o = rows[j]["contact"]
                if c["email"] and nemail(c["email"]) == nemail(o["email"]):
                    ok.append("email")
                if c["phone"] and nphone(c["phone"]) and nphone(c["phone"]) == nphone(o["phone"]):
                    ok.append("phone")
                if near(c["displayName"], o["displayName"]):
                    if npc(c["address"]["postalCode"]) and npc(c["address"]["postalCode"]) == npc(o["address"]["postalCode"]):
                        ok.append("name+postcode")
                    elif c["address"]["line1"] and nstreet(c["address"]) == nstreet(o["address"]):
                        ok.append("name+street")
            if not ok:
                err("line %d (%s, %s): link not defensible (no shared e-mail, phone or near-identical name + postcode/street)"
                    % (i + 1, r["entity"], m["category"]))
            else:
                anchors[sorted(set(ok))[0] if len(set(ok)) == 1 else "several"] += 1
        hist2[r["entity"]].append(i)
    # ---------------- distinct entities separable: no near-identical display names at one postcode
    by_pc = collections.defaultdict(list)
    for i, r in enumerate(rows):
        pc = npc(r["contact"]["address"]["postalCode"])
        if pc:
            by_pc[pc].append(i)
    confus = 0
    for pc, idx in by_pc.items():
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                ra, rb = rows[idx[a]], rows[idx[b]]
                if ra["entity"] != rb["entity"] and near(ra["contact"]["displayName"], rb["contact"]["displayName"]):
                    confus += 1
                    err("lines %d/%d: different entities with near-identical names at postcode %s: %r / %r"
                        % (idx[a] + 1, idx[b] + 1, pc, ra["contact"]["displayName"], rb["contact"]["displayName"]))
    # ---------------- hard negatives reference an existing entity
    for i, m in enumerate(metas):
        hn = [t for t in m["changes"] if t.startswith("hard_negative:")]
        if hn:
            im = [t.split(":", 1)[1] for t in m["changes"] if t.startswith("imitates:")]
            if m["category"] != "new" or len(im) != 1 or im[0] not in ex_ent or im[0] == m["entity"]:
                err("meta line %d: hard negative without valid imitates" % (i + 1))
    return report(rows, metas, anchors)


def report(rows, metas, anchors=None):
    cat = collections.Counter(m["category"] for m in metas)
    print("lines: %d   existing: %d   incoming: %d" % (len(rows), cat["existing"], len(rows) - cat["existing"]))
    inc = len(rows) - cat["existing"]
    for k in ("existing_match", "new", "repeat_of_new"):
        print("  %-15s %5d  (%.1f%%)" % (k, cat[k], 100.0 * cat[k] / max(inc, 1)))
    hn = collections.Counter(t.split(":", 1)[1] for m in metas for t in m["changes"] if t.startswith("hard_negative:"))
    print("hard negatives: %d" % sum(hn.values()))
    for k, v in sorted(hn.items()):
        print("  %-30s %4d" % (k, v))
    ents = collections.Counter(r["entity"] for r in rows)
    print("entities: %d   entities with >1 record: %d   existing customers arriving twice: %d" % (
        len(ents), sum(1 for v in ents.values() if v > 1),
        sum(1 for m in metas if "second_arrival" in m["changes"])))
    if anchors:
        print("links by shared evidence found by check: %s" % dict(sorted(anchors.items())))
    biz = sum(1 for r in rows if r["set"] == "existing" and r["contact"]["companyName"])
    print("existing with companyName: %d" % biz)
    ctry = collections.Counter()
    for r in rows:
        pc = npc(r["contact"]["address"]["postalCode"])
        ctry["SG(6-digit pc)" if len(pc) == 6 else "MY(5-digit pc)" if len(pc) == 5 else "no/odd pc"] += 1
    print("postcode shapes: %s" % dict(sorted(ctry.items())))
    nulls = collections.Counter()
    for r in rows:
        if r["set"] != "incoming":
            continue
        c = r["contact"]
        for k in ("givenName", "familyName", "companyName", "email", "phone"):
            if c[k] is None:
                nulls[k] += 1
        if c["address"]["line1"] is None:
            nulls["address"] += 1
    print("incoming null counts: %s" % dict(sorted(nulls.items())))
    tags = collections.Counter(t for m in metas for t in m["changes"]
                               if not t.startswith(("imitates:", "anchor_ref:", "hard_negative:")))
    print("noise / tag counts (top 60):")
    for k, v in tags.most_common(60):
        print("  %-40s %5d" % (k, v))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
