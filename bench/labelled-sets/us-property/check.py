#!/usr/bin/env python3
"""
check.py -- self-check of set.jsonl / meta.jsonl (stdlib only, reads only the two output files).

    python3 check.py

Checks: every line parses; sizes; existing lines first; existing entity ids unique; schema; existing
display names unique (QBO rule); meta agrees with set; incoming kinds (existing match / new / repeat)
agree with the tags; hard_negative_of targets exist earlier; and, independently of the generator, that
every 'same customer' label is backed by a shared e-mail, phone or street address (or, for organisations
only, the name), and that no 'new' record is a field-for-field copy of another customer's record.
Exits non-zero on a hard failure.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PERSON_CATS = {"person", "couple", "tenant"}
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
fails = []


def fail(msg):
    fails.append(msg)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_key(e):
    if not e:
        return None
    e = e.strip().lower()
    loc, _, dom = e.rpartition("@")
    if dom in ("gmail.com", "googlemail.com"):
        loc = loc.split("+")[0].replace(".", "")
        dom = "gmail.com"
    return loc + "@" + dom


def phone_key(p):
    if not p:
        return None
    d = re.sub(r"\D", "", re.split(r"(ext|x|,)", p.lower())[0])
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


DIRW = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest"}


def addr_key(a):
    if not a:
        return None
    lines = [l for l in (a.get("line1"), a.get("line2")) if l and not re.match(r"(?i)\s*(c/o|attn)", l)]
    txt = fold(" ".join(lines)).lower()
    m = re.search(r"\b(?:p\.?\s?o\.?\s*box|box|pob)\s*(\d+)", txt)
    zip5 = (a.get("postalCode") or "")[:5] or None
    city = (a.get("city") or "").lower() or None
    if m:
        return ("box", m.group(1), None, zip5, city)
    toks = re.findall(r"[a-z0-9]+", txt)
    if not toks or not toks[0].isdigit():
        return None
    num = toks[0]
    rest = [t for t in toks[1:] if t not in DIRW]
    street = rest[0] if rest else ""
    unit = None
    mu = re.search(r"(?:apt|apartment|unit|ste|suite|#)\.?\s*#?\s*([a-z0-9]+)\s*$", txt)
    if mu:
        unit = mu.group(1)
    return (num, street[:5], unit, zip5, city)


def same_addr(ka, kb):
    """Same house/box number, street and unit; same ZIP if both have one, else same city if both have one."""
    if not ka or not kb or ka[:3] != kb[:3]:
        return False
    if ka[3] and kb[3]:
        return ka[3] == kb[3]
    if ka[4] and kb[4]:
        return ka[4] == kb[4]
    return True


def name_key(c):
    n = c.get("displayName") or " ".join(x for x in (c.get("givenName"), c.get("familyName")) if x) or c.get("companyName") or ""
    n = fold(n).lower()
    n = re.sub(r"\b(llc|l l c|inc|incorporated|pc|pllc|pa|the|c/o.*)\b", " ", n)
    return " ".join(sorted(re.findall(r"[a-z0-9]+", n)))


def main():
    S, Mt = [], []
    with open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") as f:
        for i, l in enumerate(f, 1):
            try:
                S.append(json.loads(l))
            except Exception as ex:  # noqa
                fail("set.jsonl line %d does not parse: %s" % (i, ex))
    with open(os.path.join(HERE, "meta.jsonl"), encoding="utf-8") as f:
        for i, l in enumerate(f, 1):
            try:
                Mt.append(json.loads(l))
            except Exception as ex:  # noqa
                fail("meta.jsonl line %d does not parse: %s" % (i, ex))
    if len(S) != len(Mt):
        fail("set/meta length differ: %d vs %d" % (len(S), len(Mt)))
    n_ex = sum(1 for s in S if s["set"] == "existing")
    n_in = sum(1 for s in S if s["set"] == "incoming")
    if (n_ex, n_in) != (2000, 2000):
        fail("sizes %d existing / %d incoming (want 2000/2000)" % (n_ex, n_in))
    if any(s["set"] == "existing" for s in S[n_ex:]) or any(s["set"] != "existing" for s in S[:n_ex]):
        fail("existing lines are not all before incoming lines")
    ex_ids = [s["entity"] for s in S[:n_ex]]
    if len(set(ex_ids)) != len(ex_ids):
        fail("existing entity ids not unique")
    ex_set = set(ex_ids)
    for i, (s, m) in enumerate(zip(S, Mt), 1):
        if m.get("line") != i or m.get("set") != s["set"] or m.get("entity") != s["entity"]:
            fail("meta line %d does not match set line" % i)
        c = s["contact"]
        if set(c) - set(CONTACT_KEYS):
            fail("line %d: unexpected contact keys %s" % (i, set(c) - set(CONTACT_KEYS)))
        for k in CONTACT_KEYS:
            v = c.get(k)
            if k == "address":
                if v is not None:
                    if set(v) - set(ADDR_KEYS) or any(x is not None and not isinstance(x, str) for x in v.values()):
                        fail("line %d: bad address" % i)
            elif v is not None and not isinstance(v, str):
                fail("line %d: %s not a string" % (i, k))
    disp = collections.Counter((s["contact"]["displayName"] or "").lower() for s in S[:n_ex])
    dups = [d for d, n in disp.items() if n > 1]
    if dups:
        fail("existing display names not unique (QBO would refuse): %s" % dups[:5])

    # incoming kinds vs tags; references for evidence check
    seen_in = {}
    ref = {s["entity"]: s["contact"] for s in S[:n_ex]}
    cat_of = {}
    kinds = collections.Counter()
    by_cat = collections.Counter()
    no_evidence = collections.Counter()
    for i in range(len(S)):
        s, m = S[i], Mt[i]
        cat_of[s["entity"]] = m["category"]
        if s["set"] == "existing":
            continue
        e = s["entity"]
        if e in ex_set:
            kind = "existing_match"
        elif e not in seen_in:
            kind = "new"
        else:
            kind = "repeat_of_new"
        if m["changes"][:1] != [kind]:
            fail("line %d: tag %s but data says %s" % (i + 1, m["changes"][:1], kind))
        kinds[kind] += 1
        by_cat[(kind, m["category"])] += 1
        for t in m["changes"]:
            if t.startswith("hard_negative_of:"):
                tgt = t.split(":", 1)[1]
                if tgt == e or not (tgt in ex_set or tgt in seen_in):
                    fail("line %d: hard_negative_of %s not an earlier other customer" % (i + 1, tgt))
        if kind == "new":
            seen_in[e] = i
            ref[e] = s["contact"]
            continue
        a, b = ref[e], s["contact"]
        shared = []
        if email_key(a["email"]) and email_key(a["email"]) == email_key(b["email"]):
            shared.append("email")
        if phone_key(a["phone"]) and phone_key(a["phone"]) == phone_key(b["phone"]):
            shared.append("phone")
        if same_addr(addr_key(a["address"]), addr_key(b["address"])):
            shared.append("addr")
        if not shared:
            no_evidence[(kind, "org" if m["category"] not in PERSON_CATS else "person")] += 1
            if m["category"] in PERSON_CATS:
                fail("line %d: person labelled same customer with no shared e-mail/phone/address" % (i + 1))

    # no 'new' first record may be a copy of another customer's record on every field both have
    idx = collections.defaultdict(list)
    copies = 0
    for i, s in enumerate(S):
        c = s["contact"]
        nk = name_key(c)
        for j in idx.get(nk, []):
            if S[j]["entity"] == s["entity"]:
                continue
            d = S[j]["contact"]
            pairs = [(email_key(c["email"]), email_key(d["email"])), (phone_key(c["phone"]), phone_key(d["phone"]))]
            both = [(x, y) for x, y in pairs if x and y]
            ka, kb = addr_key(c["address"]), addr_key(d["address"])
            if ka and kb:
                both.append((True, same_addr(ka, kb)))
            if both and all(x == y for x, y in both):
                copies += 1
                if Mt[i]["changes"][:1] == ["new"] or (s["set"] == "existing" and S[j]["set"] == "existing"):
                    fail("line %d: different customer but same name and every shared channel equal to line %d" % (i + 1, j + 1))
        idx[nk].append(i)

    # ---- report
    print("lines: %d existing, %d incoming" % (n_ex, n_in))
    print("incoming kinds: %s" % dict(kinds))
    pe = sum(1 for s in S[:n_ex] if cat_of[s["entity"]] in PERSON_CATS)
    pi = sum(1 for s, m in zip(S[n_ex:], Mt[n_ex:]) if m["category"] in PERSON_CATS)
    print("persons/organisations: existing %d/%d, incoming %d/%d" % (pe, n_ex - pe, pi, n_in - pi))
    hn = sum(1 for m in Mt[n_ex:] if m["changes"][0] == "new" and any(t.startswith("hard_negative_of:") for t in m["changes"]))
    print("new customers that are designed hard negatives: %d of %d" % (hn, kinds["new"]))
    print("\nexisting by category:")
    ce = collections.Counter(Mt[i]["category"] for i in range(n_ex))
    for k, v in sorted(ce.items(), key=lambda x: -x[1]):
        print("  %-13s %4d" % (k, v))
    print("\nincoming by category (existing_match / new / repeat_of_new):")
    cats = sorted({c for _, c in by_cat}, key=lambda c: -sum(by_cat[(k, c)] for k in kinds))
    for c in cats:
        print("  %-13s %4d %4d %4d" % (c, by_cat[("existing_match", c)], by_cat[("new", c)], by_cat[("repeat_of_new", c)]))
    print("\nsame-customer labels backed only by the organisation's name (no shared channel): %s" % dict(no_evidence))
    print("pairs of different customers with equal name key and equal shared channels (info): %d" % copies)
    if fails:
        print("\nFAILED (%d):" % len(fails))
        for f in fails[:30]:
            print("  " + f)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
