#!/usr/bin/env python3
"""Validate set.jsonl (and meta.jsonl if present) of the us-auto set and print statistics.

Exit status 0 when every check passes, 1 otherwise. Python 3 stdlib only.
"""
import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
REGIONS = {"fl", "ga", "wa", "florida", "georgia", "washington", "fla.", "fla", "ga.", "wash.", "wa."}
EMAIL_OK = re.compile(r"^[^@\s]+@([a-z0-9-]+\.)*(example\.(com|net|org)|[a-z0-9-]+\.example|[a-z0-9-]+\.test|example|test)$",
                      re.I)

# ---- link test: identical definition to gen.py ---------------------------------------------
STOP = {"mr", "mrs", "ms", "miss", "dr", "jr", "sr", "ii", "iii", "iv", "llc", "inc", "co", "corp",
        "corporation", "incorporated", "company", "ltd", "the", "l", "c", "pllc"}
STREET_ABBR = {"street": "st", "avenue": "ave", "road": "rd", "drive": "dr", "lane": "ln", "court": "ct",
               "boulevard": "blvd", "place": "pl", "circle": "cir", "parkway": "pkwy", "terrace": "ter",
               "trail": "trl", "highway": "hwy", "north": "n", "south": "s", "east": "e", "west": "w",
               "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw"}


def norm_phone(p):
    if not p:
        return None
    d = re.sub(r"\D", "", re.split(r"(?i)x|ext", p)[0])
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


def norm_email(m):
    return m.strip().lower() if m and "@" in m else None


def norm_name(s):
    if not s:
        return ""
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    return " ".join(sorted(t for t in s.split() if t not in STOP))


def name_keys(c):
    out = []
    for s in (c.get("displayName"), " ".join(x for x in (c.get("givenName"), c.get("familyName")) if x),
              c.get("companyName")):
        n = norm_name(s)
        if len(n) >= 3 and n not in out:
            out.append(n)
    return out


def norm_street(l1):
    if not l1:
        return ""
    s = re.sub(r"[^a-z0-9 ]", " ", l1.lower())
    toks = []
    for t in s.split():
        if t in ("apt", "apartment", "unit", "ste", "suite"):
            break
        toks.append(STREET_ABBR.get(t, t))
    return " ".join(toks)


def zip5(c):
    pc = (c.get("address") or {}).get("postalCode")
    if not pc:
        return ""
    m = re.match(r"\s*(\d{5})", pc)
    return m.group(1) if m else ""


def link_reason(a, b):
    """Why record a may be linked to record b: 'phone', 'email', 'name+address' or None."""
    pa, pb = norm_phone(a.get("phone")), norm_phone(b.get("phone"))
    if pa and pa == pb:
        return "phone"
    ea, eb = norm_email(a.get("email")), norm_email(b.get("email"))
    if ea and ea == eb:
        return "email"
    za, zb = zip5(a), zip5(b)
    sa, sb = norm_street((a.get("address") or {}).get("line1")), norm_street((b.get("address") or {}).get("line1"))
    if (za and za == zb) or (sa and sa == sb and len(sa) > 4):
        for x in name_keys(a):
            for y in name_keys(b):
                if difflib.SequenceMatcher(None, x, y).ratio() >= 0.85:
                    return "name+address"
    return None


def shared(a, b):
    out = []
    if norm_phone(a["phone"]) and norm_phone(a["phone"]) == norm_phone(b["phone"]):
        out.append("phone")
    if norm_email(a["email"]) and norm_email(a["email"]) == norm_email(b["email"]):
        out.append("email")
    if zip5(a) and zip5(a) == zip5(b) and norm_street(a["address"]["line1"]) and \
            norm_street(a["address"]["line1"]) == norm_street(b["address"]["line1"]):
        out.append("address")
    best = 0.0
    for x in name_keys(a):
        for y in name_keys(b):
            best = max(best, difflib.SequenceMatcher(None, x, y).ratio())
    if best >= 0.85:
        out.append("name~")
    return out


def main():
    errors = []

    def err(msg):
        if len(errors) < 60:
            print("ERROR:", msg)
        errors.append(msg)

    path = os.path.join(HERE, "set.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except ValueError as ex:
                err("line %d: bad JSON (%s)" % (n, ex))
                continue
            rows.append(o)
            if sorted(o) != ["contact", "entity", "set"]:
                err("line %d: keys %s" % (n, sorted(o)))
                continue
            if o["set"] not in ("existing", "incoming"):
                err("line %d: set %r" % (n, o["set"]))
            if not isinstance(o["entity"], str) or not re.match(r"^E\d{5}$", o["entity"]):
                err("line %d: entity id %r" % (n, o["entity"]))
            c = o["contact"]
            if not isinstance(c, dict) or sorted(c) != sorted(CONTACT_KEYS):
                err("line %d: contact keys" % n)
                continue
            if not isinstance(c["address"], dict) or sorted(c["address"]) != sorted(ADDR_KEYS):
                err("line %d: address keys" % n)
                continue
            vals = [(k, c[k]) for k in CONTACT_KEYS if k != "address"] + [("address." + k, c["address"][k]) for k in ADDR_KEYS]
            for k, v in vals:
                if v is not None and not isinstance(v, str):
                    err("line %d: %s not string/null" % (n, k))
                elif isinstance(v, str) and (not v.strip() or v != v.strip()):
                    err("line %d: %s empty or untrimmed %r" % (n, k, v))
            if not c["displayName"]:
                err("line %d: displayName missing" % n)
            if c["phone"]:
                d = norm_phone(c["phone"])
                if not d or not re.match(r"^[2-9]\d\d5550[1]\d\d$", d):
                    err("line %d: phone not a fictitious 555-01xx number: %r" % (n, c["phone"]))
            if c["email"] and not EMAIL_OK.match(c["email"].strip()):
                err("line %d: e-mail domain not reserved/fictitious: %r" % (n, c["email"]))
            pc = c["address"]["postalCode"]
            if pc and not re.match(r"^\d{5}(-\d{4})?$", pc):
                err("line %d: postalCode %r" % (n, pc))
            rg = c["address"]["region"]
            if rg and rg.lower() not in REGIONS:
                err("line %d: region %r" % (n, rg))
    if errors:
        print("FAILED: %d format errors" % len(errors))
        return 1

    # ---- structure
    sets = [o["set"] for o in rows]
    n_ex = sets.count("existing")
    if sets != ["existing"] * n_ex + ["incoming"] * (len(rows) - n_ex):
        err("existing lines must all come before incoming lines")
    existing = {}
    for i, o in enumerate(rows[:n_ex]):
        if o["entity"] in existing:
            err("line %d: second existing record for %s" % (i + 1, o["entity"]))
        existing[o["entity"]] = i
    for label, rng in (("existing", range(0, n_ex)), ("incoming", range(n_ex, len(rows)))):
        seen = {}
        for i in rng:
            k = rows[i]["contact"]["displayName"].strip().lower()
            if k in seen:
                err("line %d: displayName %r duplicates line %d within %s" % (i + 1, rows[i]["contact"]["displayName"],
                                                                               seen[k] + 1, label))
            seen[k] = i

    # ---- categories and link defensibility
    cats = []
    by_ent = collections.defaultdict(list)
    reasons = collections.Counter()
    for i, o in enumerate(rows):
        eid = o["entity"]
        if i < n_ex:
            cats.append("existing")
        elif eid in existing:
            cats.append("existing_match")
        elif not by_ent[eid]:
            cats.append("new")
        else:
            cats.append("repeat_of_new")
        if cats[-1] in ("existing_match", "repeat_of_new"):
            why = None
            for j in by_ent[eid]:
                why = link_reason(o["contact"], rows[j]["contact"])
                if why:
                    break
            if not why:
                err("line %d: %s link for %s shares no e-mail, phone or name+postcode/street with an earlier record"
                    % (i + 1, cats[-1], eid))
            else:
                reasons[(cats[-1], why)] += 1
        by_ent[eid].append(i)

    # ---- meta
    meta = None
    mpath = os.path.join(HERE, "meta.jsonl")
    if os.path.exists(mpath):
        meta = [json.loads(l) for l in open(mpath, encoding="utf-8")]
        if len(meta) != len(rows):
            err("meta.jsonl has %d lines, set.jsonl %d" % (len(meta), len(rows)))
        for i, (m, o) in enumerate(zip(meta, rows)):
            if m.get("line") != i + 1 or m.get("entity") != o["entity"] or m.get("category") != cats[i]:
                err("meta line %d disagrees with set.jsonl (%s/%s vs %s/%s)" % (i + 1, m.get("entity"), m.get("category"),
                                                                                o["entity"], cats[i]))
            for t in m.get("changes", []):
                if t.startswith("imitates:"):
                    tid = t.split(":", 1)[1]
                    if tid not in existing or tid == o["entity"]:
                        err("meta line %d: imitates %s is not another existing customer" % (i + 1, tid))

    # ---- statistics
    n_in = len(rows) - n_ex
    cc = collections.Counter(cats)
    print("set.jsonl: %d lines: %d existing (%d entities), %d incoming" % (len(rows), n_ex, len(existing), n_in))
    for k in ("existing_match", "new", "repeat_of_new"):
        print("  %-15s %5d  (%.1f%% of incoming)" % (k, cc[k], 100.0 * cc[k] / max(n_in, 1)))
    inc_ents = collections.Counter(rows[i]["entity"] for i in range(n_ex, len(rows)))
    print("  existing customers matched: %d distinct, %d arrive more than once" % (
        sum(1 for e in inc_ents if e in existing), sum(1 for e, n in inc_ents.items() if e in existing and n > 1)))
    newc = [n for e, n in inc_ents.items() if e not in existing]
    print("  new customers: %d, of which %d repeat (%d repeat lines)" % (len(newc), sum(1 for n in newc if n > 1),
                                                                      sum(n - 1 for n in newc)))
    print("link evidence (first reason found against an earlier record of the entity):")
    for (c, why), n in sorted(reasons.items()):
        print("  %-15s %-13s %5d" % (c, why, n))
    nulls = collections.Counter()
    for o in rows[n_ex:]:
        c = o["contact"]
        for k in ("givenName", "familyName", "companyName", "email", "phone"):
            nulls[k] += c[k] is None
        nulls["address"] += all(v is None for v in c["address"].values())
    print("incoming null rates: " + ", ".join("%s %.0f%%" % (k, 100.0 * v / n_in) for k, v in sorted(nulls.items())))
    if meta:
        kinds = collections.Counter()
        hn = collections.Counter()
        hn_share = collections.defaultdict(collections.Counter)
        tags = collections.Counter()
        for i, m in enumerate(meta):
            ch = m.get("changes", [])
            for t in ch:
                if t.startswith("entity_kind:") and m["category"] in ("existing", "new"):
                    kinds[(m["category"], t.split(":")[1])] += 1
                elif not re.match(r"^(entity_kind|imitates|protected|relation|hard_negative|anchor):", t) \
                        and m["category"] != "existing":
                    tags[t] += 1
            h = [t.split(":", 1)[1] for t in ch if t.startswith("hard_negative:")]
            if h and m["category"] == "new":
                hn[h[0]] += 1
                tid = [t.split(":", 1)[1] for t in ch if t.startswith("imitates:")][0]
                s = shared(rows[i]["contact"], rows[existing[tid]]["contact"])
                for x in s or ["nothing"]:
                    hn_share[h[0]][x] += 1
        print("entity kinds (existing | new):")
        allk = sorted(set(k for _, k in kinds))
        for k in allk:
            print("  %-10s %5d | %4d" % (k, kinds[("existing", k)], kinds[("new", k)]))
        print("hard negatives among new: %d of %d" % (sum(hn.values()), cc["new"]))
        for k, n in sorted(hn.items(), key=lambda x: -x[1]):
            print("  %-26s %3d   shares with imitated record: %s" % (
                k, n, ", ".join("%s %d" % kv for kv in sorted(hn_share[k].items()))))
        print("noise tags on incoming lines (top 45):")
        items = tags.most_common(45)
        for j in range(0, len(items), 3):
            print("  " + "   ".join("%-22s %4d" % kv for kv in items[j:j + 3]))
    # informational: identifiers shared by several distinct customers
    own = collections.defaultdict(set)
    for o in rows:
        c = o["contact"]
        if norm_phone(c["phone"]):
            own["p" + norm_phone(c["phone"])].add(o["entity"])
        if norm_email(c["email"]):
            own["e" + norm_email(c["email"])].add(o["entity"])
    print("phones shared by >1 customer: %d; e-mails shared by >1 customer: %d" % (
        sum(1 for k, v in own.items() if k[0] == "p" and len(v) > 1),
        sum(1 for k, v in own.items() if k[0] == "e" and len(v) > 1)))
    if errors:
        print("FAILED: %d errors" % len(errors))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
