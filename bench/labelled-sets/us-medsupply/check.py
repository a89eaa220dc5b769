#!/usr/bin/env python3
"""check.py - validate set.jsonl (and meta.jsonl) of the us-medsupply set; print a summary.

Standard library only.  Exit status 0 when every check passes, 1 otherwise.

Checks
  * format: every line is a JSON object {"set", "entity", "contact"} with exactly the
    contact and address keys of the spec and str/null values;
  * counts: 1,500 "existing" lines first, then 1,500 "incoming" lines;
  * existing: entity ids unique (no two existing records share an entity), display
    names present, unique (case- and space-insensitive, as QuickBooks requires) and
    free of the characters QuickBooks rejects (':' tab newline);
  * incoming: each entity either exists exactly once in "existing" (a match) or is a
    new id (a new customer, which may arrive several times);
  * data hygiene: phones in 555-01xx form, e-mails well formed, ZIP / ZIP+4, states;
  * meta.jsonl: one line per incoming record, index order, categories consistent
    with the labels (match_* <-> existing entity, *_repeat <-> seen earlier);
  * link evidence: every match and every repeat agrees with a record of its entity on
    (a close name and one of e-mail / phone / street address) or on two of those.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET_PATH = os.path.join(HERE, "set.jsonl")
META_PATH = os.path.join(HERE, "meta.jsonl")
N_EXISTING = N_INCOMING = 1500

CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
STATES = {"TX": "texas", "OH": "ohio", "PA": "pennsylvania", "NC": "north carolina",
          "CO": "colorado", "OR": "oregon"}
MATCH_CATS = {"match_org", "match_person", "match_multisite", "match_doctor_name"}
FIRST_CATS = {"new", "hardneg_chain_site", "hardneg_personal_account", "hardneg_same_surname_dentist",
              "hardneg_father_son", "hardneg_new_owner", "hardneg_operator_facility",
              "hardneg_hospital_department", "hardneg_same_name_other_state"}
REPEAT_CATS = {"new_repeat", "hardneg_repeat"}

errors, notes = [], []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- fuzzy names
LEGAL = {"pllc", "pc", "pa", "llc", "inc", "incorporated", "ltd", "corp", "co", "lp", "llp"}
CREDS = {"dds", "dmd", "md", "do", "dvm", "rn", "np", "fnp", "aprn", "rdh", "dpm", "dc", "od", "dpt", "pt",
         "crna", "cnm", "lpn", "pharmd", "rph", "lmt", "pac", "dr", "doctor"}
STOP = {"the", "of", "and", "at", "attn"}
ABBR = {"mt": "mount", "ctr": "center", "st": "saint", "assoc": "associates", "dept": "department",
        "hosp": "hospital", "med": "medical", "svcs": "services", "rehab": "rehabilitation",
        "vet": "veterinary", "medspa": "medical spa"}
NICK_GROUPS = [
    "robert bob rob bobby", "william bill will", "james jim jimmy", "john johnny jack",
    "richard rick rich", "michael mike", "thomas tom", "christopher christine christina chris tina",
    "daniel dan danny", "joseph joe", "charles charlie chuck", "edward ed eddie",
    "katherine catherine kathleen kathy kate katie cathy", "elizabeth liz beth", "jennifer jen jenny",
    "margaret peggy maggie", "patricia patrick pat patty", "susan sue", "deborah deb debbie",
    "rebecca becky", "samuel samantha sam", "benjamin ben", "alexander alexis alejandro alex",
    "anthony tony", "steven stephen steve", "matthew matt", "andrew andy drew", "jonathan jon",
    "nicholas nick", "timothy tim", "gregory greg", "kimberly kim", "victoria vicky tori",
    "jessica jess", "gerald jerry", "lawrence larry", "raymond ray", "ronald ron", "kenneth ken",
    "douglas doug", "abigail abby", "cynthia cindy", "pamela pam", "sandra sandy", "barbara barb",
    "jacqueline jackie", "zachary zach", "gabriel gabe", "vincent vince", "philip phil",
    "bradley brad", "russell russ", "eugene gene", "walter walt", "jeffrey jeff", "nathan nate",
    "dorothy dottie", "judith judy", "theresa teresa terri", "frances fran", "virginia ginny",
    "guadalupe lupe", "madison maddie", "dmitri dima"]
NICK = {}
for gi, grp in enumerate(NICK_GROUPS):
    for n in grp.split():
        NICK.setdefault(n, gi)


def toks(s):
    if not s:
        return []
    t = s.lower().replace("&", " and ").replace("operating room", " or ")
    t = t.replace("independent school district", " isd ")
    t = re.sub(r"[.'\u2019]", "", t)
    out = []
    for w in re.sub(r"[^a-z0-9]+", " ", t).split():
        for x in ABBR.get(w, w).split():
            if x in LEGAL or x in CREDS or x in STOP or x.isdigit() or len(x) == 1:
                continue
            out.append(x)
    return out


def osa(a, b):
    if abs(len(a) - len(b)) > 2:
        return 3
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            v = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, d[i - 2][j - 2] + 1)
            d[i][j] = v
    return d[-1][-1]


def same_tok(a, b):
    if a == b:
        return True
    if a in NICK and NICK.get(b) == NICK[a]:
        return True
    m = min(len(a), len(b))
    return m >= 4 and osa(a, b) <= (2 if m >= 8 else 1)


def dice(A, B):
    if not A or not B:
        return 0.0
    used, m = [False] * len(B), 0
    for a in A:
        for j, b in enumerate(B):
            if not used[j] and same_tok(a, b):
                used[j] = True
                m += 1
                break
    return 2.0 * m / (len(A) + len(B))


def names(c):
    out = [toks(c["displayName"]), toks(c["companyName"])]
    if c["givenName"] or c["familyName"]:
        out.append(toks(" ".join(x for x in (c["givenName"], c["familyName"]) if x)))
    return [x for x in out if x]


def digits10(p):
    if not p:
        return None
    d = re.sub(r"\D", "", re.split(r"(?i)\s*(?:x|ext)", p)[0])
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else None


STREET_ABBR = {"street": "st", "avenue": "ave", "boulevard": "blvd", "road": "rd", "drive": "dr",
               "parkway": "pkwy", "highway": "hwy", "lane": "ln", "court": "ct", "place": "pl",
               "circle": "cir", "trail": "trl", "terrace": "ter", "north": "n", "south": "s", "east": "e",
               "west": "w", "mount": "mt", "saint": "st", "center": "ctr"}


def street(a):
    if not a or not a["line1"]:
        return None
    l1 = re.split(r"\s*(?:,|\bste\b\.?|\bsuite\b|#|\bunit\b|\bapt\b|\bbldg\b|\battn\b|\blevel\b)",
                  a["line1"].lower())[0]
    t = re.sub(r"[^a-z0-9]+", " ", l1.replace(".", "")).split()
    if not t or not t[0].isdigit():
        return None
    return t[0], [STREET_ABBR.get(x, x) for x in t[1:]], (a["postalCode"] or "")[:5], (a["city"] or "").lower()


def evidence(c, d):
    name = max([dice(x, y) for x in names(c) for y in names(d)] or [0.0])
    em = bool(c["email"] and d["email"] and c["email"].strip().lower() == d["email"].strip().lower())
    ph = bool(digits10(c["phone"]) and digits10(c["phone"]) == digits10(d["phone"]))
    sa, sb = street(c["address"]), street(d["address"])
    ad = bool(sa and sb and sa[0] == sb[0] and dice(sa[1], sb[1]) >= 0.7 and
              ((sa[2] and sa[2] == sb[2]) or (sa[3] and sa[3] == sb[3])))
    return name, em, ph, ad


def linkable(c, d):
    name, em, ph, ad = evidence(c, d)
    strong = em + ph + ad
    return (name >= 0.6 and strong >= 1) or strong >= 2


# ---------------------------------------------------------------- load
def load(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s:%d: blank line" % (os.path.basename(path), n))
                continue
            try:
                out.append((n, json.loads(line)))
            except ValueError as ex:
                err("%s:%d: invalid JSON (%s)" % (os.path.basename(path), n, ex))
    return out


def check_contact(n, c):
    if not isinstance(c, dict) or set(c.keys()) != set(CONTACT_KEYS):
        err("line %d: contact keys %r" % (n, list(c) if isinstance(c, dict) else c))
        return False
    for k in CONTACT_KEYS[:-1]:
        if c[k] is not None and not isinstance(c[k], str):
            err("line %d: %s is not str/null" % (n, k))
    if not isinstance(c["displayName"], str) or not c["displayName"].strip():
        err("line %d: empty displayName" % n)
    a = c["address"]
    if a is not None:
        if not isinstance(a, dict) or set(a.keys()) != set(ADDR_KEYS):
            err("line %d: address keys %r" % (n, a))
            return False
        for k in ADDR_KEYS:
            if a[k] is not None and not isinstance(a[k], str):
                err("line %d: address.%s is not str/null" % (n, k))
        if a["postalCode"] and not re.fullmatch(r"\d{5}(-\d{4})?", a["postalCode"]):
            err("line %d: bad ZIP %r" % (n, a["postalCode"]))
        if a["region"] and a["region"].strip().upper() not in STATES and \
                a["region"].strip().lower() not in STATES.values():
            err("line %d: unexpected region %r" % (n, a["region"]))
    if c["phone"]:
        d = digits10(c["phone"])
        if not d or d[3:8] != "55501":
            err("line %d: phone not in 555-01xx form: %r" % (n, c["phone"]))
    if c["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", c["email"]):
        err("line %d: malformed e-mail %r" % (n, c["email"]))
    return True


def main():
    rows = load(SET_PATH)
    existing, incoming = [], []
    for n, r in rows:
        if not isinstance(r, dict) or set(r.keys()) != {"set", "entity", "contact"}:
            err("line %d: top-level keys %r" % (n, list(r) if isinstance(r, dict) else r))
            continue
        if r["set"] not in ("existing", "incoming"):
            err("line %d: set=%r" % (n, r["set"]))
            continue
        if not isinstance(r["entity"], str) or not r["entity"]:
            err("line %d: entity id missing" % n)
            continue
        if r["set"] == "existing" and incoming:
            err("line %d: existing record after incoming records" % n)
        check_contact(n, r["contact"])
        (existing if r["set"] == "existing" else incoming).append((n, r))

    if len(existing) != N_EXISTING:
        err("existing count %d != %d" % (len(existing), N_EXISTING))
    if len(incoming) != N_INCOMING:
        err("incoming count %d != %d" % (len(incoming), N_INCOMING))

    ex_by_entity, seen_names = {}, {}
    for n, r in existing:
        if r["entity"] in ex_by_entity:
            err("line %d: entity %s appears twice in existing" % (n, r["entity"]))
        ex_by_entity[r["entity"]] = r["contact"]
        dn = r["contact"]["displayName"] or ""
        key = re.sub(r"\s+", " ", dn.strip().lower())
        if key in seen_names:
            err("line %d: duplicate display name %r (line %d)" % (n, dn, seen_names[key]))
        seen_names[key] = n
        if re.search(r"[:\t\n]", dn) or len(dn) > 500:
            err("line %d: display name not valid for QuickBooks: %r" % (n, dn))

    # incoming labels
    seen_in = defaultdict(list)
    n_match = n_new_rec = 0
    for i, (n, r) in enumerate(incoming):
        if r["entity"] in ex_by_entity:
            n_match += 1
        else:
            n_new_rec += 1
        seen_in[r["entity"]].append(i)
    new_entities = {e: ix for e, ix in seen_in.items() if e not in ex_by_entity}
    arrivals = Counter(len(ix) for ix in new_entities.values())

    # meta
    meta = []
    if os.path.exists(META_PATH):
        meta = [m for _, m in load(META_PATH)]
        if len(meta) != len(incoming):
            err("meta.jsonl has %d lines, incoming has %d" % (len(meta), len(incoming)))
        first_seen = set()
        for i, m in enumerate(meta[:len(incoming)]):
            if set(m.keys()) != {"index", "category", "changes"} or m.get("index") != i:
                err("meta line %d: bad keys or index %r" % (i + 1, m))
                continue
            if not isinstance(m["changes"], list) or not all(isinstance(x, str) for x in m["changes"]):
                err("meta line %d: changes must be a list of strings" % (i + 1))
            ent = incoming[i][1]["entity"]
            cat = m["category"]
            if cat in MATCH_CATS:
                if ent not in ex_by_entity:
                    err("meta %d: %s but entity %s is not in existing" % (i, cat, ent))
            elif cat in FIRST_CATS:
                if ent in ex_by_entity or ent in first_seen:
                    err("meta %d: %s must be the first arrival of a new entity" % (i, cat))
            elif cat in REPEAT_CATS:
                if ent in ex_by_entity or ent not in first_seen:
                    err("meta %d: %s must repeat an earlier new entity" % (i, cat))
            else:
                err("meta %d: unknown category %r" % (i, cat))
            if ent not in ex_by_entity:
                first_seen.add(ent)
    else:
        notes.append("meta.jsonl not found: category checks skipped")

    # link evidence for matches and repeats
    weak = []
    for ent, ix in seen_in.items():
        for k, i in enumerate(ix):
            c = incoming[i][1]["contact"]
            if ent in ex_by_entity:
                ok = linkable(c, ex_by_entity[ent])
            elif k == 0:
                continue
            else:
                ok = any(linkable(c, incoming[j][1]["contact"]) for j in ix[:k])
            if not ok:
                weak.append(i)
    for i in weak[:20]:
        err("incoming #%d (line %d): too little evidence to link to its entity" % (i, incoming[i][0]))
    if len(weak) > 20:
        err("... %d records without link evidence in total" % len(weak))

    # new customers must not be linkable to an existing record (except by design: hard negatives)
    ex_index = defaultdict(list)
    for e, c in ex_by_entity.items():
        for key in (c["email"] and "e:" + c["email"].lower(), digits10(c["phone"]) and "p:" + digits10(c["phone"])):
            if key:
                ex_index[key].append(e)
    lookalike = Counter()
    for ent, ix in new_entities.items():
        c = incoming[ix[0]][1]["contact"]
        keys = [c["email"] and "e:" + c["email"].lower(), digits10(c["phone"]) and "p:" + digits10(c["phone"])]
        cands = sorted({e for k in keys if k for e in ex_index.get(k, [])})
        cat = meta[ix[0]]["category"] if meta else "?"
        if any(linkable(c, ex_by_entity[e]) for e in cands):
            lookalike[cat] += 1
            if cat == "new":
                err("new customer %s satisfies the link rule against an existing record" % ent)

    # ------------------------------------------------------------ summary
    print("set.jsonl: %d existing, %d incoming" % (len(existing), len(incoming)))
    print("incoming labels: %d match an existing customer (%.1f%%), %d carry a new entity id (%.1f%%)"
          % (n_match, 100.0 * n_match / max(1, len(incoming)), n_new_rec, 100.0 * n_new_rec / max(1, len(incoming))))
    print("new entities: %d, arrivals per new entity: %s"
          % (len(new_entities), ", ".join("%dx: %d" % kv for kv in sorted(arrivals.items()))))
    ex_match = Counter(len(ix) for e, ix in seen_in.items() if e in ex_by_entity)
    print("existing customers that arrive: %d (%s); existing customers never arriving: %d"
          % (sum(ex_match.values()), ", ".join("%dx: %d" % kv for kv in sorted(ex_match.items())),
             len(ex_by_entity) - sum(ex_match.values())))
    persons = sum(1 for c in ex_by_entity.values() if c["givenName"] and not c["companyName"]
                  and c["familyName"] and c["familyName"].lower() in c["displayName"].lower())
    print("existing records that look like persons (heuristic): %d (%.0f%%)"
          % (persons, 100.0 * persons / max(1, len(ex_by_entity))))
    if meta:
        cats = Counter(m["category"] for m in meta)
        groups = Counter()
        for k, v in cats.items():
            groups["match" if k in MATCH_CATS else ("hard negative" if k.startswith("hardneg") else "new")] += v
        print("by kind: " + ", ".join("%s %d (%.1f%%)" % (k, v, 100.0 * v / len(meta))
                                      for k, v in sorted(groups.items())))
        print("categories:")
        for k in sorted(cats):
            print("  %-32s %4d" % (k, cats[k]))
        ch = Counter(x for m in meta for x in m["changes"])
        print("most frequent changes: " + ", ".join("%s %d" % kv for kv in ch.most_common(25)))
        fmt = {"phone_format", "region_variant", "country_variant"}
        per = Counter(len([x for x in m["changes"] if x not in fmt])
                      for m in meta if m["category"] in MATCH_CATS)
        print("non-formatting changes per match record: " +
              ", ".join("%d: %d" % kv for kv in sorted(per.items())))
        print("first arrivals linkable to an existing record by the rule (by design only hard negatives): "
              + (", ".join("%s %d" % kv for kv in sorted(lookalike.items())) or "none"))
    print("link-evidence check: %d of %d matches/repeats lack evidence"
          % (len(weak), sum(len(ix) for e, ix in seen_in.items()) - len(new_entities)))
    for msg in notes:
        print("note: " + msg)
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for msg in errors[:60]:
            print("  " + msg)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
