#!/usr/bin/env python3
"""Validate set.jsonl / meta.jsonl of the us-landscape labelled set and print statistics.
Exit status 0 when every check passes.  Python 3 standard library only."""
import collections
import difflib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def sa(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- link evidence rules
TITLES = {"mr", "mrs", "ms", "dr", "sra", "srta", "miss"}
LEGAL = {"llc", "inc", "incorporated", "lp", "llp", "pllc", "corp", "ltd", "the", "l", "c", "p"}
ST_ABBR = {"street": "st", "avenue": "ave", "drive": "dr", "road": "rd", "lane": "ln", "court": "ct", "circle": "cir",
           "boulevard": "blvd", "trail": "trl", "place": "pl", "parkway": "pkwy", "north": "n", "south": "s",
           "east": "e", "west": "w"}
NAME_SIM = 0.85


def norm_phone(s):
    if not s:
        return None
    s = re.sub(r"(?i)\s*(ext\.?|x)\s*\d+\s*$", "", s.strip())
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


def norm_emails(s):
    if not s:
        return []
    return sorted(x.strip().lower() for x in s.split(",") if "@" in x)


def norm_name(s):
    if not s:
        return ""
    s = re.sub(r"[^a-z0-9 ]+", " ", sa(s).lower())
    return " ".join(sorted(t for t in s.split() if t not in TITLES and t not in LEGAL))


def rec_names(c):
    out = []
    for s in (c.get("displayName"), c.get("companyName"),
              " ".join(x for x in (c.get("givenName"), c.get("familyName")) if x)):
        n = norm_name(s)
        if n and n not in out:
            out.append(n)
    return out


def street_key(addr):
    if not addr:
        return None
    for ln in (addr.get("line1"), addr.get("line2")):
        if not ln:
            continue
        s = re.sub(r"[.,#]", " ", sa(ln).lower())
        s = re.sub(r"\b(apt|apartment|unit|ste|suite|lot|spc|sp|space|bldg)\s*\w+", " ", s)
        toks = [ST_ABBR.get(t, t) for t in s.split()]
        if toks and (toks[0].isdigit() or toks[:2] in (["po", "box"], ["p", "o"]) or toks[0] == "box"):
            return " ".join(toks)
    return None


def zip5(addr):
    if not addr or not addr.get("postalCode"):
        return None
    m = re.match(r"\d{5}", addr["postalCode"])
    return m.group(0) if m else None


def evidence(a, b):
    """which of the allowed kinds of shared evidence records a and b have"""
    out = []
    if set(norm_emails(a.get("email"))) & set(norm_emails(b.get("email"))):
        out.append("email")
    pa, pb = norm_phone(a.get("phone")), norm_phone(b.get("phone"))
    if pa and pa == pb:
        out.append("phone")
    best = 0.0
    for x in rec_names(a):
        for y in rec_names(b):
            best = max(best, difflib.SequenceMatcher(None, x, y).ratio())
    if best >= NAME_SIM:
        za, zb = zip5(a.get("address")), zip5(b.get("address"))
        ka, kb = street_key(a.get("address")), street_key(b.get("address"))
        if (za and za == zb) or (ka and ka == kb):
            out.append("name+address")
    return out


# ---------------------------------------------------------------- format rules
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
REGIONS = {"tx", "az", "ca", "texas", "arizona", "california"}
COUNTRIES = {None, "US", "USA", "United States", "U.S."}
AREA_CODES = {"210", "726", "512", "737", "713", "281", "832", "346", "915", "956", "361", "214", "469", "972", "817",
              "682", "830", "602", "480", "623", "520", "928", "619", "858", "760", "442", "951", "909", "714", "657",
              "949", "213", "323", "626", "562"}
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@([a-z0-9-]+\.)+[a-z]+$")


def email_ok(e):
    e = e.strip().lower()
    if not EMAIL_RE.match(e):
        return False
    dom = e.split("@")[1]
    return dom in ("example.com", "example.net", "example.org") or dom.endswith(".example")


def main():
    path = os.path.join(HERE, "set.jsonl")
    mpath = os.path.join(HERE, "meta.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as ex:
                err("line %d: bad JSON (%s)" % (n, ex))
    metas = []
    with open(mpath, encoding="utf-8") as f:
        for line in f:
            metas.append(json.loads(line))
    if len(metas) != len(rows):
        err("meta.jsonl has %d lines, set.jsonl %d" % (len(metas), len(rows)))

    # ---- format
    seen_incoming = False
    for n, r in enumerate(rows, 1):
        if sorted(r.keys()) != ["contact", "entity", "set"]:
            err("line %d: keys %s" % (n, sorted(r.keys())))
            continue
        if r["set"] not in ("existing", "incoming"):
            err("line %d: set=%r" % (n, r["set"]))
        if r["set"] == "incoming":
            seen_incoming = True
        elif seen_incoming:
            err("line %d: existing record after incoming records" % n)
        if not isinstance(r["entity"], str) or not re.match(r"^E\d{5}$", r["entity"]):
            err("line %d: entity id %r" % (n, r["entity"]))
        c = r["contact"]
        if not isinstance(c, dict) or sorted(c.keys()) != sorted(CONTACT_KEYS):
            err("line %d: contact keys" % n)
            continue
        for k in CONTACT_KEYS[:-1]:
            if c[k] is not None and not isinstance(c[k], str):
                err("line %d: %s not a string" % (n, k))
        if not c["displayName"] or not c["displayName"].strip():
            err("line %d: empty displayName" % n)
        if c["email"] is not None:
            for e in c["email"].split(","):
                if not email_ok(e):
                    err("line %d: e-mail %r not in a reserved domain / malformed" % (n, e))
        if c["phone"] is not None:
            d = norm_phone(c["phone"])
            if not d or d[:3] not in AREA_CODES or d[3:6] != "555" or not (100 <= int(d[6:]) <= 199):
                err("line %d: phone %r not a fictitious 555-01xx number" % (n, c["phone"]))
        a = c["address"]
        if a is not None:
            if not isinstance(a, dict) or sorted(a.keys()) != sorted(ADDR_KEYS):
                err("line %d: address keys" % n)
                continue
            for k in ADDR_KEYS:
                if a[k] is not None and not isinstance(a[k], str):
                    err("line %d: address.%s not a string" % (n, k))
            if a["postalCode"] is not None and not re.match(r"^\d{5}(-\d{4})?$", a["postalCode"]):
                err("line %d: postalCode %r" % (n, a["postalCode"]))
            if a["region"] is not None and a["region"].lower() not in REGIONS:
                err("line %d: region %r" % (n, a["region"]))
            if a["country"] not in COUNTRIES:
                err("line %d: country %r" % (n, a["country"]))

    # ---- structure, uniqueness, links
    ex_ents = {}
    disp_ex, disp_in = {}, {}
    history = collections.defaultdict(list)
    derived = []
    link_ev = collections.Counter()
    link_ev_n = collections.Counter()
    for n, r in enumerate(rows, 1):
        if "contact" not in r or not isinstance(r.get("contact"), dict):
            derived.append(None)
            continue
        eid, c = r["entity"], r["contact"]
        dk = " ".join((c["displayName"] or "").casefold().split())
        if r["set"] == "existing":
            if eid in ex_ents:
                err("line %d: second existing record for %s" % (n, eid))
            ex_ents[eid] = n
            if dk in disp_ex:
                err("line %d: displayName %r duplicates existing line %d" % (n, c["displayName"], disp_ex[dk]))
            disp_ex[dk] = n
            derived.append("existing")
        else:
            if dk in disp_in:
                err("line %d: displayName %r duplicates incoming line %d" % (n, c["displayName"], disp_in[dk]))
            disp_in[dk] = n
            if eid in ex_ents:
                cat = "existing_match"
            elif history[eid]:
                cat = "repeat_of_new"
            else:
                cat = "new"
            derived.append(cat)
            if cat != "new":
                ev = set()
                for p in history[eid]:
                    ev.update(evidence(c, p))
                if not ev:
                    err("line %d: link to %s shares no e-mail, phone or name+address with an earlier record" % (n, eid))
                link_ev["+".join(sorted(ev))] += 1
                for x in sorted(ev):
                    link_ev_n[x] += 1
        history[eid].append(c)

    # ---- meta consistency
    cats = collections.Counter()
    hn_kinds = collections.Counter()
    hn_share = collections.Counter()
    tags = collections.Counter()
    kinds_ex = collections.Counter()
    for i, m in enumerate(metas):
        n = i + 1
        if m.get("line") != n:
            err("meta line %d: line=%r" % (n, m.get("line")))
        if i < len(rows) and m.get("entity") != rows[i].get("entity"):
            err("meta line %d: entity differs from set.jsonl" % n)
        if i < len(derived) and m.get("category") != derived[i]:
            err("meta line %d: category %r but data say %r" % (n, m.get("category"), derived[i]))
        cats[m.get("category")] += 1
        ch = m.get("changes") or []
        if not isinstance(ch, list):
            err("meta line %d: changes not a list" % n)
            continue
        for t in ch:
            if t.startswith("kind:") and m.get("category") == "existing":
                kinds_ex[t[5:]] += 1
            if t.startswith("hard_negative:"):
                hn_kinds[t.split(":", 1)[1]] += 1
            if t.startswith("imitates:"):
                tid = t.split(":", 1)[1]
                if tid not in ex_ents or tid == m.get("entity"):
                    err("meta line %d: imitates %s is not another existing entity" % (n, tid))
            if t.startswith("shares:"):
                hn_share[t.split(":", 1)[1]] += 1
            if not t.startswith(("imitates:", "anchor:", "kind:")):
                tags[t] += 1
        if m.get("category") == "new" and any(t.startswith("hard_negative:") for t in ch):
            if not any(t.startswith("imitates:") for t in ch):
                err("meta line %d: hard negative without imitates" % n)

    # ---- separability report (not an error): distinct existing entities with near-identical name and same address
    # ---- statistics
    n_ex = sum(1 for r in rows if r.get("set") == "existing")
    n_in = len(rows) - n_ex
    print("set.jsonl: %d lines (%d existing, %d incoming)" % (len(rows), n_ex, n_in))
    print("categories:")
    for k in ("existing", "existing_match", "new", "repeat_of_new"):
        v = cats.get(k, 0)
        print("  %-15s %5d%s" % (k, v, "" if k == "existing" else "  (%.1f%% of incoming)" % (100.0 * v / max(n_in, 1))))
    twice = collections.Counter(r["entity"] for r, d in zip(rows, derived) if d == "existing_match")
    print("  existing customers arriving: %d (%d of them twice or more)" % (len(twice), sum(1 for v in twice.values() if v > 1)))
    print("hard negatives: %d" % sum(hn_kinds.values()))
    for k, v in sorted(hn_kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-28s %4d" % (k, v))
    print("  hard negatives sharing with the imitated record: " +
          ", ".join("%s=%d" % kv for kv in sorted(hn_share.items())))
    print("existing by kind: " + ", ".join("%s=%d" % kv for kv in sorted(kinds_ex.items(), key=lambda kv: -kv[1])))
    per = kinds_ex.get("person", 0) + kinds_ex.get("landlord_pp", 0)
    print("  persons/households: %.1f%%" % (100.0 * per / max(n_ex, 1)))
    print("link evidence combinations (existing_match + repeat_of_new):")
    for k, v in sorted(link_ev.items(), key=lambda kv: -kv[1]):
        print("  %-30s %4d" % (k, v))
    nl = sum(link_ev.values())
    single = sum(v for k, v in link_ev.items() if "+" not in k)
    print("  links with a single kind of evidence: %d of %d (%.1f%%)" % (single, nl, 100.0 * single / max(nl, 1)))
    print("noise / change tags (incoming):")
    items = sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))
    for i in range(0, len(items), 3):
        print("  " + "   ".join("%-30s %4d" % kv for kv in items[i:i + 3]))
    if ERRORS:
        print("\nFAILED: %d problem(s)" % len(ERRORS))
        for e in ERRORS[:50]:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
