#!/usr/bin/env python3
"""Generate the nz-rural labelled record-linkage set (set.jsonl, meta.jsonl).

Seeded and deterministic, stdlib only:  python3 gen.py [outdir]
Modules beside it: names.py (name pools), world.py (towns, addresses,
phones, e-mails), entities.py + kinds.py (customers), hardneg.py (hard
negatives), render.py (records and noise), check.py (evidence rules).
"""
import json
import os
import random
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from check import EvidenceIndex, name_key, norm_email, norm_phone  # noqa: E402
from world import build_towns, AddressBook, PhoneBook, MailBook  # noqa: E402
from entities import Factory  # noqa: E402
from kinds import make, COUNCILS, COUNCIL_TOWN, DOC_TOWNS  # noqa: E402
import hardneg  # noqa: E402
import render  # noqa: E402

SEED = 64021
N_EXISTING, N_INCOMING = 1500, 1500
N_MATCH, N_NEW_PLAIN, N_HARD, N_REPEAT = 675, 300, 300, 225

EXISTING_COUNTS = {
    # individuals and couples (600)
    "person": 215, "couple": 130, "lifestyle": 110, "sharemilker": 70, "worker": 45,
    "gardener": 15, "contractor_person": 15,
    # entities (900, plus 40 trust+company family clusters counted below)
    "trust": 140, "company": 160, "partnership": 90, "equity": 25, "maori_trust": 55,
    "incorporation": 15, "marae": 30, "school": 40, "iwi_org": 15, "contractor": 60,
    "orchard": 55, "stud": 20, "garden_co": 10, "council": 25, "doc": 12, "rugby": 40, "ap": 28,
}
N_CLUSTERS = 40          # families with both a trust and a company in existing
N_SM_ON_FARM = 30        # existing sharemilkers at an existing farm's address
NEW_COUNTS = {
    "person": 50, "couple": 30, "lifestyle": 30, "sharemilker": 10, "worker": 10,
    "gardener": 4, "contractor_person": 4, "trust": 35, "company": 40, "partnership": 20,
    "equity": 5, "maori_trust": 10, "incorporation": 3, "marae": 5, "school": 3,
    "iwi_org": 2, "contractor": 15, "orchard": 12, "stud": 5, "garden_co": 3, "rugby": 3, "ap": 1,
}
HN_QUOTA = [("sharemilker_same_address", 50), ("family", 66), ("father_son_same_name", 36),
            ("brother_neighbouring_block", 36), ("namesake_other_region", 40),
            ("iwi_trusts_shared_office", 24), ("orchard_packhouse_sister_company", 18),
            ("schools_same_town", 15), ("rugby_club_vs_ap_association", 15)]


def town_named(towns, name):
    return next(t for t in towns if t.name == name)


def build_existing(fac, rng):
    ents = []
    tmp = iter(range(1, 10 ** 6))
    for kind, n in EXISTING_COUNTS.items():
        if kind == "council":
            names = [c for r in COUNCILS.values() for c in r]
            for name in rng.sample(names, n):
                key = next(k for k in COUNCIL_TOWN if name.startswith(k))
                ents.append(make(fac, "council", "x%d" % next(tmp),
                                 town=town_named(fac.towns, COUNCIL_TOWN[key]), name=name))
        elif kind == "doc":
            for t in rng.sample(DOC_TOWNS, n):
                ents.append(make(fac, "doc", "x%d" % next(tmp), town=town_named(fac.towns, t)))
        else:
            for _ in range(n):
                ents.append(make(fac, kind, "x%d" % next(tmp)))
    for _ in range(N_CLUSTERS):
        t = make(fac, "trust", "x%d" % next(tmp))
        c = make(fac, "company", "x%d" % next(tmp), town=t.town, people=t.people)
        c.addr, c.alt_addr = t.addr, t.alt_addr
        r = rng.random()
        if r < .5:
            c.email = t.email
        if r < .2 or .5 <= r < .65:
            c.phone = t.phone
        t.cluster, c.cluster = c, t
        ents += [t, c]
    farms = [e for e in ents if e.kind in ("person", "couple", "trust", "company", "partnership",
                                           "equity", "maori_trust") and e.addr["kind"] == "rural"]
    sms = [e for e in ents if e.kind == "sharemilker"]
    for sm, farm in zip(rng.sample(sms, N_SM_ON_FARM), rng.sample(farms, N_SM_ON_FARM)):
        sm.addr, sm.alt_addr = farm.addr, None
        sm.on_farm = farm
    rng.shuffle(ents)
    for i, e in enumerate(ents, 1):
        e.id = "E%04d" % i
    return ents


def pick_bases(rng, existing):
    rural = lambda e: e.addr["kind"] == "rural"  # noqa: E731
    used = {id(getattr(e, "on_farm", None)) for e in existing}
    pools = {
        "sharemilker_same_address": lambda e: e.kind in ("person", "couple", "partnership", "trust",
                                                         "company", "equity", "maori_trust") and rural(e),
        # a family that already has both a trust and a company in existing
        # gets no further family entity (it would be a near-duplicate name)
        "family_trust": lambda e: e.kind == "trust" and not hasattr(e, "cluster"),
        "family_company": lambda e: e.kind == "company" and not hasattr(e, "cluster"),
        "family_people": lambda e: e.kind in ("couple", "partnership", "person") and rural(e),
        "father_son_same_name": lambda e: e.kind == "person" and e.people[0].gender == "M"
        and e.people[0].origin in ("anglo", "maori", "dutch") and rural(e),
        "brother_neighbouring_block": lambda e: e.kind in ("person", "couple") and e.people[0].gender == "M"
        and e.people[0].origin in ("anglo", "maori", "dutch") and rural(e),
        "namesake_other_region": lambda e: e.kind in ("person", "couple", "lifestyle")
        or (e.kind == "trust" and e.style in "ABCE"),
        "iwi_trusts_shared_office": lambda e: e.kind in ("maori_trust", "incorporation", "iwi_org"),
        "orchard_packhouse_sister_company": lambda e: e.kind == "orchard" and e.legal,
        "schools_same_town": lambda e: e.kind == "school",
        "rugby_club_vs_ap_association": lambda e: e.kind in ("rugby", "ap"),
    }
    plan = []
    quota = []
    for kind, n in HN_QUOTA:
        if kind == "family":
            quota += [("family_trust", 24), ("family_company", 20), ("family_people", 22)]
        else:
            quota.append((kind, n))
    # scarce kinds first
    quota.sort(key=lambda kn: sum(1 for e in existing if pools[kn[0]](e)) / kn[1])
    clubs = {(e.kind, e.stem) for e in existing if e.kind in ("rugby", "ap")}
    for kind, n in quota:
        cands = [e for e in existing if pools[kind](e) and id(e) not in used]
        if kind == "rugby_club_vs_ap_association":
            cands = [e for e in cands if ("ap" if e.kind == "rugby" else "rugby", e.stem) not in clubs]
        rng.shuffle(cands)
        if len(cands) < n:
            raise RuntimeError("not enough bases for %s" % kind)
        for e in cands[:n]:
            used.add(id(e))
            plan.append(("family" if kind.startswith("family_") else kind, e))
    return plan


def build_new(fac, rng, existing):
    hard = []
    for i, (kind, base) in enumerate(pick_bases(rng, existing)):
        hard.append(hardneg.BUILDERS[kind](fac, "h%d" % i, base))
    plain = []
    for kind, n in NEW_COUNTS.items():
        for j in range(n):
            plain.append(make(fac, kind, "p%s%d" % (kind, j)))
    return hard, plain


def plan_events(rng, existing, hard, plain):
    bases = list({id(h.hn[1]): h.hn[1] for h in hard}.values())
    rng.shuffle(bases)
    n_distinct = N_MATCH - 55
    chosen = bases[: int(len(bases) * .6)]
    cids = {id(e) for e in chosen}
    rest = [e for e in existing if id(e) not in cids]
    chosen += rng.sample(rest, n_distinct - len(chosen))
    matches = chosen + rng.sample(chosen, N_MATCH - n_distinct)
    news = hard + plain
    rep_ents = rng.sample(news, 195)
    repeats = rep_ents + rng.sample(rep_ents, N_REPEAT - 195)
    ev = [(rng.random(), "match", e) for e in matches]
    first_key = {}
    for e in news:
        k = rng.random()
        first_key[id(e)] = k
        ev.append((k, "first", e))
    for e in repeats:
        k0 = first_key[id(e)]
        ev.append((k0 + (1 - k0) * rng.random(), "repeat", e))
    ev.sort(key=lambda x: (x[0], x[1]))
    n = 0
    for _, what, e in ev:
        if what == "first":
            n += 1
            e.id = "N%04d" % n
    return [(what, e) for _, what, e in ev]


def canonical_multi(entities):
    by_e, by_p = defaultdict(set), defaultdict(set)
    for e in entities:
        if e.email:
            by_e[norm_email(e.email)].add(id(e))
        for p in (e.phone, e.phone2):
            if p:
                by_p[norm_phone(p)].add(id(e))
    return ({k for k, v in by_e.items() if len(v) > 1}, {k for k, v in by_p.items() if len(v) > 1})


def render_all(fac, existing, events, plain):
    multi_e, multi_p = canonical_multi(existing + [e for w, e in events if w == "first"])
    index = EvidenceIndex(multi_e, multi_p)
    plain_keys = {name_key(e.display): e.id for e in plain}
    out = []          # (set, entity id, contact, category, changes)
    for n, e in enumerate(existing, 1):
        c, ch = render.render_existing(e, random.Random("%d-%d" % (SEED, n)))
        index.add(e.id, c)
        out.append(("existing", e.id, c, "existing", ch))
    inc_names = set()
    first_line, n_seen = {}, defaultdict(int)
    failures = []
    for what, e in events:
        line = len(out) + 1
        ok = None

        def problem_of(c):
            if c["displayName"].strip().lower() in inc_names:
                return "name_taken"
            if plain_keys.get(name_key(c["displayName"]), e.id) != e.id:
                return "plain_new_name"
            if index.other_entities(e.id, c):
                return "evidence_for_other"
            if what != "first" and not index.own_evidence(e.id, c):
                return "no_evidence"
            return None

        for attempt in range(10):
            rng = random.Random("%d-%d-%d" % (SEED, line, attempt))
            level = 0 if attempt < 5 else (1 if attempt < 8 else 2)
            if what == "first":
                c, ch = render.render_first(e, rng, min(level, 1))
            else:
                c, ch = render.render_link(e, rng, level, fac)
            problem = problem_of(c)
            if problem is None:
                ok = (c, ch)
                break
            if problem == "name_taken" and attempt >= 7:
                # QuickBooks refuses a second identical DisplayName: the
                # user adds something to make it unique
                town = (e.addr or {}).get("town", e.town).name
                kind = e.hn[0] if (e.hn and what == "first") else None
                if kind == "father_son_same_name":
                    sufs = [" Jnr", " (Jnr)", " Junior"]
                elif kind:
                    sufs = [" (%s)" % town, " - %s" % town, " (2)"]
                else:
                    sufs = [" (2)", " 2", " - %s" % town, " (3)"]
                for suf in sufs:
                    c2 = dict(c, displayName=c["displayName"] + suf)
                    if problem_of(c2) is None:
                        ok = (c2, ch + ["display_name_suffix"])
                        break
                if ok:
                    break
        if ok is None:
            failures.append((line, what, e.id, problem))
            ok = (c, ch)
        c, ch = ok
        inc_names.add(c["displayName"].strip().lower())
        if what == "match":
            n_seen[e.id] += 1
            cat = "existing_match"
            ch = (["second_incoming_match"] if n_seen[e.id] > 1 else []) + ch
        elif what == "first":
            first_line[e.id] = line
            if e.hn:
                kind, base, notes = e.hn
                cat = "new_hard_negative"
                ch = ["hard_negative:" + kind, "hard_negative_of:" + base.id] + notes + ch
            else:
                cat = "new"
        else:
            cat = "repeat_of_new"
            ch = ["repeat_of_line:%d" % first_line[e.id]] + \
                (["repeat_of_hard_negative"] if e.hn else []) + ch
        if what != "first":
            ch = ch + ["evidence:" + ",".join(index.own_evidence(e.id, c))]
        index.add(e.id, c)
        out.append(("incoming", e.id, c, cat, ch))
    return out, failures


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    rng = random.Random(SEED)
    towns, by_region = build_towns(rng)
    fac = Factory(rng, towns, by_region, AddressBook(rng), PhoneBook(rng), MailBook(rng))
    existing = build_existing(fac, rng)
    hard, plain = build_new(fac, rng, existing)
    events = plan_events(rng, existing, hard, plain)
    out, failures = render_all(fac, existing, events, plain)
    for f in failures:
        print("warning: line %d (%s %s) kept with problem %s" % f, file=sys.stderr)
    with open(os.path.join(outdir, "set.jsonl"), "w", encoding="utf-8") as fs, \
            open(os.path.join(outdir, "meta.jsonl"), "w", encoding="utf-8") as fm:
        for n, (s, ent, c, cat, ch) in enumerate(out, 1):
            fs.write(json.dumps({"set": s, "entity": ent, "contact": c}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"line": n, "entity": ent, "category": cat, "changes": ch},
                                ensure_ascii=False) + "\n")
    print("wrote %d records (%d existing, %d incoming), %d unresolved" %
          (len(out), len(existing), len(out) - len(existing), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
