#!/usr/bin/env python3
"""Validate the nz-rural labelled record-linkage set (set.jsonl + meta.jsonl).

Stdlib only.  Usage:  python3 check.py [dir]
Exit status 0 when every check passes, 1 otherwise.

The helpers at the top (norm_email, norm_phone, near_name, near_address,
link_evidence, EvidenceIndex) define what counts as "identifying evidence"
for a true link.  gen.py imports them so generation and validation use the
same definition.  Besides the checks the first version had, a record must not
carry such evidence for an earlier record of a DIFFERENT customer (else its
label could not be derived from the data), and incoming display names are
unique (QuickBooks DisplayName) like existing ones.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher

CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName",
                "email", "phone", "address"]
ADDRESS_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
CATEGORIES = ["existing", "existing_match", "new", "new_hard_negative",
              "repeat_of_new"]

# ----------------------------------------------------------------- helpers

def strip_marks(s):
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def norm_email(e):
    if not e:
        return None
    e = e.strip().lower()
    return e or None


def norm_phone(p):
    if not p:
        return None
    d = re.sub(r"\D", "", p)
    if d.startswith("64"):
        d = "0" + d[2:]
    return d or None


_LEGAL = {"ltd", "limited", "the", "inc", "incorporated"}


def name_key(s):
    s = strip_marks(s).lower().replace("&", " and ")
    s = re.sub(r"[\u2019'`]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    s = re.sub(r"([aeiou])\1", r"\1", s)          # Maaori -> Maori
    toks = [t for t in s.split() if t not in _LEGAL]
    return " ".join(sorted(toks))


def near_name(a, b):
    """Near-identical names: equal after normalisation (case, macrons,
    punctuation, &/and, Ltd/Limited, word order) or one or two typos."""
    if not a or not b:
        return False
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    return ka == kb or SequenceMatcher(None, ka, kb).ratio() >= 0.85


_ABBR = {"road": "rd", "street": "st", "avenue": "ave", "drive": "dr",
         "highway": "hwy", "place": "pl", "terrace": "tce", "lane": "ln",
         "crescent": "cres", "track": "trk", "north": "nth", "south": "sth"}


def addr_key(a):
    if not a:
        return ""
    city = a.get("city") or ""
    city = re.sub(r"\s*\d{4}\s*$", "", city)            # postcode in city
    s = " ".join(p for p in (a.get("line1"), a.get("line2"), city) if p)
    s = strip_marks(s).lower()
    s = re.sub(r"\br\.?\s*d\.?\s*(\d+)\b", r" rd\1 ", s)   # RD 2, R.D. 2, RD2
    s = re.sub(r"\bp\.?\s*o\.?\s*box\b", " pobox ", s)
    s = re.sub(r"\bprivate\s+bag\b", " privatebag ", s)
    s = re.sub(r"\bstate\s+highway\s*(\d+)", r" sh\1 ", s)
    s = re.sub(r"\bsh\s*(\d+)\b", r" sh\1 ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = [_ABBR.get(t, t) for t in s.split()]
    return " ".join(sorted(toks))


def near_address(a, b):
    """Same street/rural/PO Box address modulo formatting (RD 2/RD2/R.D. 2,
    Road/Rd, postcode and region present or not, macrons, case)."""
    ka, kb = addr_key(a), addr_key(b)
    if not ka or not kb:
        return False
    # an address must be specific: it needs a house/rapid/box number
    if not any(t.isdigit() for t in ka.split()) or \
       not any(t.isdigit() for t in kb.split()):
        return False
    return ka == kb or SequenceMatcher(None, ka, kb).ratio() >= 0.9


def link_evidence(rec, ref, multi_email=(), multi_phone=()):
    """Evidence that contact `rec` is the same customer as earlier contact
    `ref`.  Returns a list of evidence tags; empty when the link would be
    unknowable.  A shared e-mail/phone that several customers use (an iwi
    office, an orchard + packhouse office, a farm landline) only counts
    together with a near-identical name.  A near-identical name + address
    only counts when neither e-mail nor phone contradicts."""
    ev = []
    e1, e2 = norm_email(rec.get("email")), norm_email(ref.get("email"))
    p1, p2 = norm_phone(rec.get("phone")), norm_phone(ref.get("phone"))
    nn = near_name(rec.get("displayName"), ref.get("displayName"))
    if e1 and e1 == e2:
        if e1 not in multi_email:
            ev.append("email")
        elif nn:
            ev.append("shared_email+name")
    if p1 and p1 == p2:
        if p1 not in multi_phone:
            ev.append("phone")
        elif nn:
            ev.append("shared_phone+name")
    conflict = (e1 and e2 and e1 != e2) or (p1 and p2 and p1 != p2)
    if nn and not conflict and near_address(rec.get("address"), ref.get("address")):
        ev.append("name+address")
    return ev


def _addr_blocks(c):
    """Blocking keys of a contact's address: each house/rapid/box number and
    the address without its numbers (so neighbouring numbers on one road
    meet)."""
    k = addr_key(c.get("address"))
    if not k:
        return []
    toks = k.split()
    out = ["#" + t for t in toks if t.isdigit()]
    rest = " ".join(t for t in toks if not t.isdigit())
    if rest:
        out.append("@" + rest)
    return out


class EvidenceIndex:
    """Earlier records, indexed so that one can ask for which customers
    (entities) a contact carries identifying evidence (link_evidence).
    Shared by gen.py (while generating) and the checks below."""

    def __init__(self, multi_email=(), multi_phone=()):
        self.multi_email, self.multi_phone = multi_email, multi_phone
        self.items = []
        self.blocks = defaultdict(list)
        self.by_entity = defaultdict(list)

    def add(self, entity, c):
        i = len(self.items)
        self.items.append((entity, c))
        self.by_entity[entity].append(c)
        e, p = norm_email(c.get("email")), norm_phone(c.get("phone"))
        if e:
            self.blocks["e:" + e].append(i)
        if p:
            self.blocks["p:" + p].append(i)
        for b in _addr_blocks(c):
            self.blocks["a:" + b].append(i)

    def own_evidence(self, entity, c):
        """Evidence tags against the first earlier record of `entity` that has any."""
        for ref in self.by_entity.get(entity, []):
            ev = link_evidence(c, ref, self.multi_email, self.multi_phone)
            if ev:
                return ev
        return []

    def other_entities(self, entity, c):
        """{other entity: evidence} for earlier records of other entities
        that this contact carries evidence for (should be empty)."""
        keys = []
        e, p = norm_email(c.get("email")), norm_phone(c.get("phone"))
        if e:
            keys.append("e:" + e)
        if p:
            keys.append("p:" + p)
        keys += ["a:" + b for b in _addr_blocks(c)]
        seen, out = set(), {}
        for k in keys:
            for i in self.blocks.get(k, ()):
                if i in seen:
                    continue
                seen.add(i)
                ent, ref = self.items[i]
                if ent == entity or ent in out:
                    continue
                ev = link_evidence(c, ref, self.multi_email, self.multi_phone)
                if ev:
                    out[ent] = ev
        return out

# ------------------------------------------------------------------ checks

def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []

    def err(msg):
        errors.append(msg)

    recs, metas = [], []
    with open(os.path.join(here, "set.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("set.jsonl line %d: bad JSON (%s)" % (i, e))
    with open(os.path.join(here, "meta.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                metas.append(json.loads(line))
            except ValueError as e:
                err("meta.jsonl line %d: bad JSON (%s)" % (i, e))
    if errors:
        print("\n".join(errors)); return 1
    if len(recs) != len(metas):
        err("set.jsonl has %d lines, meta.jsonl %d" % (len(recs), len(metas)))

    # --- structure
    seen_incoming = False
    for i, r in enumerate(recs, 1):
        if set(r) != {"set", "entity", "contact"}:
            err("line %d: keys %s" % (i, sorted(r)))
            continue
        if r["set"] not in ("existing", "incoming"):
            err("line %d: bad set %r" % (i, r["set"]))
        if r["set"] == "incoming":
            seen_incoming = True
        elif seen_incoming:
            err("line %d: existing record after incoming records" % i)
        if not isinstance(r["entity"], str) or not r["entity"]:
            err("line %d: bad entity" % i)
        c = r["contact"]
        if not isinstance(c, dict) or list(c) != CONTACT_KEYS:
            err("line %d: contact keys %s" % (i, list(c) if isinstance(c, dict) else c))
            continue
        for k in CONTACT_KEYS[:-1]:
            if c[k] is not None and not isinstance(c[k], str):
                err("line %d: %s not string/null" % (i, k))
        if not c["displayName"]:
            err("line %d: empty displayName" % i)
        a = c["address"]
        if not isinstance(a, dict) or list(a) != ADDRESS_KEYS:
            err("line %d: address keys" % i)
        else:
            for k in ADDRESS_KEYS:
                if a[k] is not None and not isinstance(a[k], str):
                    err("line %d: address.%s not string/null" % (i, k))
    for i, (r, m) in enumerate(zip(recs, metas), 1):
        if set(m) != {"line", "entity", "category", "changes"}:
            err("meta line %d: keys %s" % (i, sorted(m)))
        if m.get("line") != i:
            err("meta line %d: line field %r" % (i, m.get("line")))
        if m.get("entity") != r.get("entity"):
            err("meta line %d: entity %r != set entity %r" % (i, m.get("entity"), r.get("entity")))
        if m.get("category") not in CATEGORIES:
            err("meta line %d: category %r" % (i, m.get("category")))
        if not isinstance(m.get("changes"), list) or not all(isinstance(x, str) for x in m["changes"]):
            err("meta line %d: changes must be a list of strings" % i)
        if (r["set"] == "existing") != (m.get("category") == "existing"):
            err("line %d: set %s vs category %s" % (i, r["set"], m.get("category")))
    if errors:
        print("\n".join(errors[:50])); return 1

    existing = [r for r in recs if r["set"] == "existing"]
    incoming = [r for r in recs if r["set"] == "incoming"]
    ex_ids = [r["entity"] for r in existing]
    if len(set(ex_ids)) != len(ex_ids):
        err("existing entity ids not unique")
    dn = Counter(r["contact"]["displayName"].strip().lower() for r in existing)
    dups = [k for k, v in dn.items() if v > 1]
    if dups:
        err("existing displayNames not unique (case-insensitive): %s" % dups[:5])
    ex_set = set(ex_ids)

    # --- counts
    cat = Counter(m["category"] for m in metas)
    n_in = len(incoming)
    if len(existing) != 1500 or n_in != 1500:
        err("expected 1500 existing + 1500 incoming, got %d + %d" % (len(existing), n_in))
    n_new = cat["new"] + cat["new_hard_negative"]
    for label, n, want in (("existing_match", cat["existing_match"], .45),
                           ("new (all)", n_new, .40),
                           ("repeat_of_new", cat["repeat_of_new"], .15)):
        if abs(n / n_in - want) > 0.02:
            err("%s is %.3f of incoming, want about %.2f" % (label, n / n_in, want))
    if n_new and abs(cat["new_hard_negative"] / n_new - .5) > .05:
        err("hard negatives are %.3f of new, want about half" % (cat["new_hard_negative"] / n_new))

    # --- shared contacts (used by records of more than one entity)
    ents_by_email, ents_by_phone = defaultdict(set), defaultdict(set)
    for r in recs:
        e, p = norm_email(r["contact"]["email"]), norm_phone(r["contact"]["phone"])
        if e:
            ents_by_email[e].add(r["entity"])
        if p:
            ents_by_phone[p].add(r["entity"])
    multi_e = {k for k, v in ents_by_email.items() if len(v) > 1}
    multi_p = {k for k, v in ents_by_phone.items() if len(v) > 1}

    # --- incoming display names are unique too (QuickBooks DisplayName)
    inc_dn = Counter(r["contact"]["displayName"].strip().lower() for r in incoming)
    dups = [k for k, v in inc_dn.items() if v > 1]
    if dups:
        err("incoming displayNames not unique (case-insensitive): %s" % dups[:5])

    # --- labels, links and evidence
    seen = defaultdict(list)            # entity -> earlier records (contacts)
    index = EvidenceIndex(multi_e, multi_p)
    cross = Counter()
    first_new = {}
    hn_kinds = Counter()
    ev_count = Counter()
    plain_new = []
    for i, (r, m) in enumerate(zip(recs, metas), 1):
        ent, c, cg = r["entity"], r["contact"], m["category"]
        if cg == "existing":
            seen[ent].append(c)
            index.add(ent, c)
            continue
        # no record may carry identifying evidence for ANOTHER customer's
        # earlier record: otherwise its label could not be told from the data
        others = index.other_entities(ent, c)
        if others:
            cross[cg] += 1
            o, ev = sorted(others.items())[0]
            err("line %d (%s %s): also carries evidence %s for other customer %s" % (i, cg, ent, ev, o))
        if cg == "existing_match":
            if ent not in ex_set:
                err("line %d: existing_match of non-existing entity %s" % (i, ent))
        elif cg in ("new", "new_hard_negative"):
            if ent in ex_set or ent in seen:
                err("line %d: new record of already-seen entity %s" % (i, ent))
            first_new[ent] = i
            if cg == "new_hard_negative":
                tags = [x for x in m["changes"] if x.startswith("hard_negative:")]
                of = [x.split(":", 1)[1] for x in m["changes"] if x.startswith("hard_negative_of:")]
                if len(tags) != 1 or len(of) != 1 or of[0] not in ex_set or of[0] == ent:
                    err("line %d: hard negative needs one kind and hard_negative_of:<existing id>" % i)
                else:
                    hn_kinds[tags[0].split(":", 1)[1]] += 1
            else:
                plain_new.append((i, r))
        elif cg == "repeat_of_new":
            if ent in ex_set or ent not in first_new:
                err("line %d: repeat_of_new of %s without an earlier incoming new record" % (i, ent))
        if cg in ("existing_match", "repeat_of_new"):
            best = index.own_evidence(ent, c)
            if not best:
                err("line %d (%s %s): no identifying evidence shared with an earlier record" % (i, cg, ent))
            else:
                for tag in best:
                    ev_count[tag] += 1
        seen[ent].append(c)
        index.add(ent, c)

    # plain new customers must not accidentally look like another customer
    ents_by_key = defaultdict(set)
    for r in recs:
        ents_by_key[name_key(r["contact"]["displayName"])].add(r["entity"])
    for i, r in plain_new:
        c = r["contact"]
        e, p = norm_email(c["email"]), norm_phone(c["phone"])
        if e and len(ents_by_email[e]) > 1:
            err("line %d: plain new record shares e-mail with another customer" % i)
        if p and len(ents_by_phone[p]) > 1:
            err("line %d: plain new record shares phone with another customer" % i)
        for ent in sorted(ents_by_key[name_key(c["displayName"])] - {r["entity"]}):
            err("line %d: plain new record has the same name as %s" % (i, ent))

    print("records: %d existing, %d incoming" % (len(existing), n_in))
    for k in CATEGORIES:
        print("  %-18s %5d" % (k, cat[k]))
    print("hard-negative kinds:")
    for k, v in sorted(hn_kinds.items()):
        print("  %-34s %4d" % (k, v))
    print("link evidence (first earlier record that qualifies):")
    for k, v in sorted(ev_count.items()):
        print("  %-20s %4d" % (k, v))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        print("\n".join(errors[:60]))
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
