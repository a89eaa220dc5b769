#!/usr/bin/env python3
"""Validate set.jsonl / meta.jsonl of the ie-hospitality labelled set and print statistics.

Exit status 0 when every check passes, 1 otherwise.  Python 3 standard library only.
The normalisation helpers below are also imported by gen.py so that the generator and
the checker agree on what counts as link evidence.
"""
import collections
import json
import os
import re
import sys
import unicodedata
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]
NAME_SIM = 0.88

LEGAL_PHRASES = ["designated activity company", "company limited by guarantee", "unlimited company",
                 "public limited company"]
LEGAL_TOKENS = {"ltd", "limited", "teo", "teoranta", "dac", "uc", "clg", "plc"}
TITLE_TOKENS = {"mr", "mrs", "ms", "miss", "dr"}
STREET_ABBR = {"street": "st", "road": "rd", "avenue": "ave", "upper": "upr", "lower": "lwr",
               "drive": "dr", "square": "sq", "terrace": "tce", "park": "pk", "place": "pl",
               "crescent": "cres", "court": "ct", "saint": "st", "lane": "ln", "north": "n",
               "south": "s", "east": "e", "west": "w"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_email(e):
    if not e:
        return None
    e = e.strip().lower()
    return e if "@" in e else None


def norm_phone(p):
    if not p:
        return None
    d = re.sub(r"\D", "", p)
    if d.startswith("00353"):
        d = d[5:]
    elif d.startswith("353"):
        d = d[3:]
    if not d.startswith("0"):
        d = "0" + d
    return d if len(d) >= 8 else None


def norm_pc(pc):
    if not pc:
        return None
    s = re.sub(r"[^A-Za-z0-9]", "", pc).upper()
    return s if len(s) == 7 else None


def _tokens(s):
    s = fold(s).lower().replace("&", " and ")
    s = s.replace("'", "").replace("\u2019", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.split()


def norm_line(s):
    if not s:
        return None
    toks = [STREET_ABBR.get(t, t) for t in _tokens(s)]
    return " ".join(toks) or None


def norm_city(s):
    if not s:
        return None
    toks = [t for t in _tokens(s) if t not in ("co", "county")]
    toks = [t.lstrip("0") or "0" if t.isdigit() else t for t in toks]
    return " ".join(toks) or None


def norm_name(s):
    if not s:
        return None
    s = re.sub(r"\([^)]*\)", " ", s)
    low = " " + " ".join(_tokens(s)) + " "
    for ph in LEGAL_PHRASES:
        low = low.replace(" " + ph + " ", " ")
    toks = [t for t in low.split() if t not in LEGAL_TOKENS and t not in TITLE_TOKENS and t != "the"]
    toks = ["st" if t == "saint" else t for t in toks]
    return " ".join(sorted(toks)) or None


def name_keys(c):
    keys = []
    for v in (c.get("displayName"), c.get("companyName")):
        k = norm_name(v)
        if k and k not in keys:
            keys.append(k)
    if c.get("givenName") and c.get("familyName"):
        k = norm_name(c["givenName"] + " " + c["familyName"])
        if k and k not in keys:
            keys.append(k)
    return keys


def names_close(a, b):
    for x in name_keys(a):
        for y in name_keys(b):
            if x == y or SequenceMatcher(None, x, y).ratio() >= NAME_SIM:
                return True
    return False


def evidence(a, b):
    """Link evidence shared by contact a and contact b (list of tags, empty if none)."""
    ev = []
    ea, eb = norm_email(a.get("email")), norm_email(b.get("email"))
    if ea and ea == eb:
        ev.append("email")
    pa, pb = norm_phone(a.get("phone")), norm_phone(b.get("phone"))
    if pa and pa == pb:
        ev.append("phone")
    aa, ab = a.get("address") or {}, b.get("address") or {}
    pca, pcb = norm_pc(aa.get("postalCode")), norm_pc(ab.get("postalCode"))
    same_pc = bool(pca and pca == pcb)
    la, lb = norm_line(aa.get("line1")), norm_line(ab.get("line1"))
    ca, cb = norm_city(aa.get("city")), norm_city(ab.get("city"))
    same_street = bool(la and la == lb and ca and ca == cb)
    if (same_pc or same_street) and names_close(a, b):
        ev.append("name_postcode" if same_pc else "name_street")
    return ev


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    errors = []

    def err(msg):
        if len(errors) < 60:
            print("ERROR:", msg)
        errors.append(msg)

    rows = load(os.path.join(HERE, "set.jsonl"))
    meta = load(os.path.join(HERE, "meta.jsonl"))
    if len(rows) != len(meta):
        err("set.jsonl has %d lines, meta.jsonl %d" % (len(rows), len(meta)))

    # ---- format
    seen_incoming = False
    for i, r in enumerate(rows, 1):
        if set(r.keys()) != {"set", "entity", "contact"}:
            err("line %d: keys %s" % (i, sorted(r.keys())))
            continue
        if r["set"] not in ("existing", "incoming"):
            err("line %d: bad set %r" % (i, r["set"]))
        if r["set"] == "incoming":
            seen_incoming = True
        elif seen_incoming:
            err("line %d: existing line after incoming lines" % i)
        if not re.fullmatch(r"E\d{5}", str(r["entity"])):
            err("line %d: bad entity id %r" % (i, r["entity"]))
        c = r["contact"]
        if set(c.keys()) != set(FIELDS):
            err("line %d: contact keys %s" % (i, sorted(c.keys())))
            continue
        for k in FIELDS:
            if k == "address":
                continue
            if c[k] is not None and not isinstance(c[k], str):
                err("line %d: %s not string/null" % (i, k))
            if isinstance(c[k], str) and (c[k] != c[k].strip() or c[k] == ""):
                err("line %d: %s empty or untrimmed %r" % (i, k, c[k]))
        a = c["address"]
        if not isinstance(a, dict) or set(a.keys()) != set(ADDR_FIELDS):
            err("line %d: address keys" % i)
            continue
        for k in ADDR_FIELDS:
            if a[k] is not None and (not isinstance(a[k], str) or a[k] == "" or a[k] != a[k].strip()):
                err("line %d: address.%s bad %r" % (i, k, a[k]))
        if not c["displayName"]:
            err("line %d: displayName missing" % i)
        if c["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", c["email"]):
            err("line %d: malformed email %r" % (i, c["email"]))

    # ---- meta alignment
    for i, (r, m) in enumerate(zip(rows, meta), 1):
        if m.get("line") != i or m.get("entity") != r.get("entity"):
            err("meta line %d misaligned" % i)
        cat = m.get("category")
        if (r["set"] == "existing") != (cat == "existing"):
            err("meta line %d: category %r for set %r" % (i, cat, r["set"]))
        if not isinstance(m.get("changes"), list):
            err("meta line %d: changes not a list" % i)

    # ---- one existing per entity, unique display names
    existing = [r for r in rows if r["set"] == "existing"]
    incoming = [r for r in rows if r["set"] == "incoming"]
    ex_count = collections.Counter(r["entity"] for r in existing)
    for e, n in sorted(ex_count.items()):
        if n != 1:
            err("entity %s has %d existing records" % (e, n))
    for label, group in (("existing", existing), ("incoming", incoming)):
        dn = collections.Counter(" ".join(r["contact"]["displayName"].lower().split()) for r in group)
        for d, n in sorted(dn.items()):
            if n > 1:
                err("displayName %r used %d times within %s" % (d, n, label))

    # ---- categories and link evidence
    by_entity = collections.defaultdict(list)
    for r in existing:
        by_entity[r["entity"]].append(r["contact"])
    ev_counter = collections.Counter()
    for i, (r, m) in enumerate(zip(rows, meta), 1):
        if r["set"] == "existing":
            continue
        e, cat = r["entity"], m.get("category")
        earlier = by_entity.get(e, [])
        if cat == "existing_match":
            if e not in ex_count:
                err("line %d: existing_match but %s not in existing" % (i, e))
        elif cat == "new":
            if earlier:
                err("line %d: new but %s seen before" % (i, e))
        elif cat == "repeat_of_new":
            if e in ex_count or not earlier:
                err("line %d: repeat_of_new but %s is existing or unseen" % (i, e))
        else:
            err("line %d: bad category %r" % (i, cat))
        if cat in ("existing_match", "repeat_of_new"):
            found = []
            for prev in earlier:
                for t in evidence(r["contact"], prev):
                    if t not in found:
                        found.append(t)
            if not found:
                err("line %d: link to %s without shared email/phone/name+address" % (i, e))
            for t in found:
                ev_counter[(cat, t)] += 1
        by_entity[e].append(r["contact"])

    # ---- separability: distinct entities never share exact normalised name + street + city
    seen = {}
    for r in rows:
        c = r["contact"]
        a = c["address"]
        k = (norm_name(c["displayName"]), norm_line(a["line1"]), norm_city(a["city"]))
        if k[0] and k[1] and k[2]:
            if k in seen and seen[k] != r["entity"]:
                err("entities %s and %s share name+street+city %r" % (seen[k], r["entity"], k))
            seen.setdefault(k, r["entity"])

    # ---- statistics
    cats = collections.Counter(m["category"] for m in meta)
    print("lines: %d (existing %d, incoming %d)" % (len(rows), len(existing), len(incoming)))
    print("entities: %d" % len(set(r["entity"] for r in rows)))
    for k in ("existing", "existing_match", "new", "repeat_of_new"):
        print("  %-15s %5d" % (k, cats[k]))
    hn = collections.Counter()
    hn_rep = collections.Counter()
    for m in meta:
        for t in m["changes"]:
            if t.startswith("hard_negative:"):
                if m["category"] == "new":
                    hn[t.split(":", 1)[1]] += 1
                else:
                    hn_rep[t.split(":", 1)[1]] += 1
    print("hard negatives (new): %d" % sum(hn.values()))
    for k, v in sorted(hn.items()):
        print("  %-28s %4d  (+%d repeats)" % (k, v, hn_rep[k]))
    print("plain new: %d" % (cats["new"] - sum(hn.values())))
    twice = collections.Counter(r["entity"] for r, m in zip(rows, meta) if m["category"] == "existing_match")
    print("existing entities matched: %d (twice or more: %d)" % (len(twice), sum(1 for v in twice.values() if v > 1)))
    print("link evidence (a link may have several):")
    for k, v in sorted(ev_counter.items()):
        print("  %-15s %-14s %4d" % (k[0], k[1], v))
    kinds = collections.Counter()
    for m in meta:
        for t in m["changes"]:
            if t.startswith("type:"):
                kinds[t[5:]] += 1
    print("record types:", ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    noise = collections.Counter()
    for m in meta:
        if m["category"] in ("existing_match", "repeat_of_new"):
            for t in m["changes"]:
                if ":" not in t:
                    noise[t] += 1
    print("noise tags on links:", ", ".join("%s %d" % kv for kv in sorted(noise.items())))
    for label, group in (("existing", existing), ("incoming", incoming)):
        fill = collections.Counter()
        for r in group:
            c = r["contact"]
            for k in ("email", "phone", "companyName", "givenName"):
                fill[k] += c[k] is not None
            fill["postalCode"] += c["address"]["postalCode"] is not None
        print("%s fill: " % label + ", ".join("%s %.0f%%" % (k, 100.0 * v / max(1, len(group)))
                                              for k, v in sorted(fill.items())))
    if errors:
        print("FAILED: %d errors" % len(errors))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
