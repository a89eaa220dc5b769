"""Entry point: build the labelled record-linkage test set.

    python3 gen.py            -> writes set.jsonl, meta.jsonl, README.txt here

Seeded and deterministic (no set/dict-order or hash dependence).
"""
import json
import os
import random
from collections import Counter

import entities as E
import hardneg as H
import render as R
import variants as V
from entities import strip_accents, surname_str

SEED = 20240611
OUT = os.path.dirname(os.path.abspath(__file__))
N_EXISTING, N_INCOMING = 1800, 1800
N_DUP, N_NEW, N_HN, N_REP = 720, 450, 360, 270
ORG_SHARE = 0.08
HN_QUOTA = [("spouse", 68), ("junior_senior", 38), ("namesake", 55), ("twin", 22), ("sister_in_law", 32),
            ("co_parent", 35), ("adult_child", 40), ("grandparent", 25), ("owner_vs_business", 17),
            ("org_related", 28)]
EXISTING_PAIRS = [("spouse", 26), ("junior_senior", 12), ("adult_child", 8), ("twin", 4)]


def heads(changes):
    fmt = ("accents_dropped", "display_form", "phone_format", "address_format")
    hs = []
    for c in changes:
        h = c.split(":")[0]
        if h not in fmt and h not in hs:
            hs.append(h)
    return hs


def build_existing(rng, ctx):
    ents, specs, notes = [], {}, {}
    n_org = round(N_EXISTING * ORG_SHARE)
    for _ in range(n_org):
        o = E.make_org(ctx)
        ents.append(o)
        specs[o["id"]] = R.default_spec(rng, o, "qbo")
        notes[o["id"]] = []
    # households where both members are QuickBooks customers
    paired = set()
    for rel, n in EXISTING_PAIRS:
        made = 0
        while made < n:
            a = E.make_person(ctx)
            aspec = R.default_spec(rng, a, "qbo")
            aspec["display"] = "fl" if aspec["display"] == "household" else aspec["display"]
            if rel == "spouse" and rng.random() < 0.45:
                a["family_email"] = E.family_email(ctx, surname_str(a, "first"), a["addr"]["state"])
                aspec["email"] = a["family_email"]
            res = H.BUILDERS[rel](rng, ctx, a, aspec)
            if not res:
                continue
            b, bapp, bnotes = res
            if "shared_family_email" in bnotes:
                b["family_email"] = a["family_email"]
            bspec = R.default_spec(rng, b, "qbo")
            for k in ("phone", "email", "family", "suffix"):
                if bapp.get(k) is not None:
                    bspec[k] = bapp[k]
            bspec["display"] = "fl" if bspec["display"] == "household" else bspec["display"]
            if rel == "junior_senior" and rng.random() < 0.5:
                aspec["suffix"] = "Sr." if b["suffix"] == "Jr." else "Jr."
                a["suffix"] = aspec["suffix"]
            E.relate(a, b, rel)
            for x, sx, nt in ((a, aspec, []), (b, bspec, bnotes)):
                ents.append(x)
                specs[x["id"]] = sx
                notes[x["id"]] = ["household_pair:%s" % rel] + nt
                paired.add(x["id"])
            made += 1
    while len(ents) < N_EXISTING:
        p = E.make_person(ctx)
        st = p["addr"]["state"]
        nt = []
        if p["gender"] == "f" and p["year"] <= 1996 and rng.random() < 0.15:
            p["maiden"] = list(p["surnames"])
            p["surnames"] = [E._surname(rng, p["culture"] if rng.random() < 0.75 else "anglo")]
            p["sur_use"] = "first"
            nt.append("married_name_on_file")
        if p["year"] <= 1998 and rng.random() < 0.2:
            g = "m" if p["gender"] == "f" else "f"
            p["partner"] = E._given(rng, p["culture"], g)[1]
        if rng.random() < 0.12:
            p["family_email"] = E.family_email(ctx, surname_str(p, "first"), st)
        ents.append(p)
        specs[p["id"]] = R.default_spec(rng, p, "qbo", with_household=True)
        if specs[p["id"]]["display"] == "household":
            specs[p["id"]]["hh_form"] = rng.choice((0, 0, 1))
            nt.append("household_display")
        notes[p["id"]] = nt
    return ents, specs, notes, paired


def unique_display(rng, ents, specs, recs):
    seen = {}
    for e in ents:
        key = strip_accents(recs[e["id"]]["displayName"]).lower()
        if key in seen:
            s = specs[e["id"]]
            if e["kind"] == "person" and e.get("middle") and s["display"] in ("fl", "lf"):
                s["display"] = "fil"
            else:
                s["dn_suffix"] = rng.choice([" (2)", " (2)", " 2", " - " + e["addr"]["city"]])
            recs[e["id"]] = R.compose(s)
            key = strip_accents(recs[e["id"]]["displayName"]).lower()
        seen[key] = e["id"]


def main():
    rng = random.Random(SEED)
    ctx = E.Ctx(rng)
    ex_ents, ex_specs, ex_notes, paired = build_existing(rng, ctx)
    ex_recs = {e["id"]: R.compose(ex_specs[e["id"]]) for e in ex_ents}
    unique_display(rng, ex_ents, ex_specs, ex_recs)
    by_id = {e["id"]: e for e in ex_ents}

    incoming = []   # dicts: ent, spec, meta

    # ---- hard negatives
    anchor_use = Counter()
    for sub, n in HN_QUOTA:
        made = tries = 0
        while made < n and tries < 5000:
            tries += 1
            a = rng.choice(ex_ents)
            if anchor_use[a["id"]] >= 2 or (a["id"], sub) in anchor_use:
                continue
            if a["id"] in paired and sub in ("spouse", "junior_senior", "twin"):
                continue
            if sub == "org_related" and a["kind"] != "org":
                continue
            res = H.BUILDERS[sub](rng, ctx, a, ex_specs[a["id"]])
            if not res:
                continue
            h, s, nt = res
            anchor_use[a["id"]] += 1
            anchor_use[(a["id"], sub)] = 1
            E.relate(a, h, sub)
            incoming.append({"ent": h, "spec": s, "meta": {"category": "hard_negative", "subtype": sub,
                             "notes": nt, "related_entity": a["id"]}})
            made += 1
    hn_ents = [x["ent"] for x in incoming]

    # ---- new customers (a few new households among them)
    new_items = []
    while len(new_items) < N_NEW:
        if rng.random() < ORG_SHARE:
            e = E.make_org(ctx)
            new_items.append({"ent": e, "spec": R.default_spec(rng, e, "app"),
                              "meta": {"category": "new", "subtype": "org:" + e["otype"], "notes": []}})
            continue
        e = E.make_person(ctx)
        s = R.default_spec(rng, e, "app")
        new_items.append({"ent": e, "spec": s, "meta": {"category": "new", "subtype": "person", "notes": []}})
        if rng.random() < 0.05 and len(new_items) < N_NEW:
            res = H.spouse(rng, ctx, e, s)
            if res:
                h, hs, nt = res
                E.relate(e, h, "spouse")
                new_items.append({"ent": h, "spec": hs, "meta": {"category": "new", "subtype": "person",
                                  "notes": ["spouse_of_other_new_customer"] + nt, "household_with": e["id"]}})
    incoming += new_items

    # ---- duplicates of existing customers
    n_second = 60
    firsts = rng.sample(ex_ents, N_DUP - n_second)
    targets = firsts + rng.sample(firsts, n_second)
    divorced = [e for e in firsts if e.get("maiden")][:24]
    women = [e for e in firsts if e["kind"] == "person" and e["gender"] == "f" and not e.get("maiden")
             and not e.get("partner")
             and 1960 <= e["year"] <= 2000][:36]
    forced = set(x["id"] for x in divorced + women)
    for e in targets:
        force = ()
        if e["id"] in forced:
            force = ("name_change",)
            forced.discard(e["id"])
        s, ch, anc = V.make_variant(rng, ctx, e, ex_specs[e["id"]], force=force)
        hs = heads(ch)
        incoming.append({"ent": e, "spec": s, "meta": {"category": "duplicate", "subtype": "+".join(hs) or "format_only",
                         "changes": ch, "anchors_kept": anc, "related_entity": e["id"]}})

    rng.shuffle(incoming)
    first_pos = {}
    for i, it in enumerate(incoming):
        first_pos.setdefault(it["ent"]["id"], i)

    # ---- repeats of earlier incoming new customers / hard negatives
    pool_new = [x for x in new_items]
    pool_hn = [x for x in incoming if x["meta"]["category"] == "hard_negative"]
    n_hn_rep = round(N_REP * 0.15)
    origins = rng.sample(pool_new, N_REP - n_hn_rep - 40) + rng.sample(pool_hn, n_hn_rep)
    origins += rng.sample(origins, 40)
    for o in origins:
        e = o["ent"]
        s, ch, anc = V.make_variant(rng, ctx, e, o["spec"], exclude=("name_change",))
        lo = incoming.index(o) + 1
        pos = rng.randint(lo, len(incoming))
        incoming.insert(pos, {"ent": e, "spec": s, "meta": {
            "category": "repeat", "subtype": "repeat_of_" + o["meta"]["category"],
            "changes": ch, "anchors_kept": anc, "related_entity": e["id"], "origin": o}})

    assert len(incoming) == N_INCOMING and len(ex_ents) == N_EXISTING
    write(ex_ents, ex_recs, ex_notes, incoming, by_id)


def write(ex_ents, ex_recs, ex_notes, incoming, by_id):
    ex_sorted = sorted(ex_ents, key=lambda e: (strip_accents(ex_recs[e["id"]]["displayName"]).lower(),
                                                ex_recs[e["id"]]["displayName"], e["id"]))
    ex_line = {e["id"]: i + 1 for i, e in enumerate(ex_sorted)}
    lines, metas = [], []
    for e in ex_sorted:
        lines.append({"set": "existing", "entity": e["id"], "contact": ex_recs[e["id"]]})
        metas.append({"line": len(lines), "set": "existing", "entity": e["id"], "category": "existing",
                      "subtype": "person" if e["kind"] == "person" else "org:" + e["otype"],
                      "culture": e.get("culture"), "notes": ex_notes[e["id"]],
                      "relations": [list(r) for r in e["relations"]]})
    seen_line = {}
    for it in incoming:
        e, m = it["ent"], it["meta"]
        rec = R.compose(it["spec"])
        lines.append({"set": "incoming", "entity": e["id"], "contact": rec})
        ln = len(lines)
        it["line"] = ln
        mm = {"line": ln, "set": "incoming", "entity": e["id"], "category": m["category"],
              "subtype": m["subtype"], "kind": e["kind"], "culture": e.get("culture")}
        if m["category"] in ("duplicate", "repeat"):
            mm["changes"] = m["changes"]
            mm["anchors_kept"] = m["anchors_kept"]
        if m["category"] == "duplicate":
            mm["existing_line"] = ex_line[e["id"]]
        if m["category"] == "repeat":
            mm["first_line"] = m["origin"]["line"]
        if m["category"] == "hard_negative":
            mm["related_entity"] = m["related_entity"]
            mm["related_line"] = ex_line[m["related_entity"]]
            mm["notes"] = m["notes"]
        if m["category"] == "new":
            mm["notes"] = m["notes"]
            if m.get("household_with"):
                mm["household_with"] = m["household_with"]
        if e["id"] in seen_line and m["category"] in ("new", "hard_negative"):
            raise AssertionError("entity seen twice without being a repeat")
        seen_line.setdefault(e["id"], ln)
        metas.append(mm)
    with open(os.path.join(OUT, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    import readme
    readme.write_readme(OUT, metas, SEED)


if __name__ == "__main__":
    main()
