"""us-cpa labelled set generator. Run: python3 gen.py  -> set.jsonl, meta.jsonl next to this file (fixed seed)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build as B
from build import r, W, ENT, register, N_EXIST, N_INC
from gen_out import render

def cat(e):
    return {"business": "business_" + e.get("sub", ""), "estate_trust": e.get("sub"), "nonprofit": e.get("sub")}.get(e["kind"], e["kind"])

# ------------------------------------------------------------------ existing
records = []
seen = set()
indiv, couples, bizs = [], [], []
plan = ["individual"] * 505 + ["couple"] * 215 + ["sole_prop"] * 105 + ["business"] * 535 + ["estate_trust"] * 55 + ["nonprofit"] * 85
r.shuffle(plan)
for kind in plan[:N_EXIST]:
    while True:
        if kind == "individual":
            if indiv and r.random() < 0.1:
                par = r.choice(indiv)
                e = B.mk_individual(W.person(par["p"]["origin"], family=par["p"]["family"]), addr=par["addr"], spouse=False)
                e["household_of"] = par["id"]
            else:
                e = B.mk_individual()
        elif kind == "couple":
            e = B.mk_couple()
        elif kind == "sole_prop":
            e = B.mk_sole_prop()
        elif kind == "business":
            x = r.random()
            if bizs and x < 0.18:
                e = B.mk_business(owner_of=r.choice(bizs)); e["sibling_group"] = True
            elif indiv and x < 0.24:
                e = B.mk_business(owner_of=r.choice(indiv))
            else:
                e = B.mk_business()
        elif kind == "estate_trust":
            e = B.mk_estate(of=r.choice(couples) if couples and r.random() < 0.3 else None)
        else:
            e = B.mk_nonprofit()
        ch = []
        c = render(e, 0, ch)
        if c["displayName"].lower() not in seen:
            break
    seen.add(c["displayName"].lower())
    register(e)
    {"individual": indiv, "couple": couples, "business": bizs}.get(kind, []).append(e)
    records.append(({"set": "existing", "entity": e["id"], "contact": c}, {"category": cat(e), "changes": ["existing"]}))
existing_ids = list(ENT)

# ------------------------------------------------------------------ incoming helpers
def new_contact_points(e, lvl, ch, force, keep_any=("email", "phone")):
    """Decide which contact points change. At least one of e's own email/phone is kept verbatim."""
    own = [k for k in keep_any if e.get(k)]
    keep = r.choice(own) if own else None
    pk = {1: 0.85, 2: 0.6, 3: 0.3}[lvl]
    for k in ("email", "phone", "addr"):
        if k == keep or k in force or r.random() < pk:
            continue
        if r.random() < 0.5:
            force[k] = None; ch.append("missing_" + k)
        elif k == "email":
            force[k] = W.person_email(e["p"]["given"], e["p"]["family"]); ch.append("second_email")
        elif k == "phone":
            force[k] = W.phone(e["addr"]); ch.append("new_phone")
        else:
            force[k] = W.address(e["p"]["origin"], city=W.city() if r.random() < 0.3 else None); ch.append("moved")
    return force

def positive(e, tag):
    lvl = r.choices([1, 2, 3], weights=[40, 35, 25])[0]
    ch = [tag, "level%d" % lvl]
    force = {}
    if e["kind"] == "individual" and e["p"]["sex"] == "F" and r.random() < 0.15 and e.get("email") and tag == "existing_match":
        force["family"] = B.W.person(sex="F")["family"] if r.random() < 0.5 or "spouse" not in e else e["spouse"]["family"]
        if force["family"] == e["p"]["family"]:
            force["family"] = r.choice(B.ANGLO_SUR)
        if r.random() < 0.3:
            force["family"] = e["p"]["family"] + " " + force["family"]
        ch.append("name_change_marriage")
        force["email"], force["phone"] = e["email"], e["phone"]
    if e["kind"] == "business" and e.get("suf") == "Inc" and r.random() < 0.4:
        force["suf"] = "LLC"; ch.append("entity_converted_inc_to_llc")
        force["email"] = e["email"]
    new_contact_points(e, lvl, ch, force)
    if "email" in force and force["email"] is None and "phone" in force and force["phone"] is None:
        force["phone"] = e["phone"]
    return render(e, lvl, ch, force), ch

def other_given(p, avoid):
    for _ in range(20):
        q = W.person(p["origin"], family=p["family"])
        if q["given"] not in avoid:
            return q
    return q

def hard_negative():
    """Returns (entity, tag, source id) registered as a new entity."""
    while True:
        s = ENT[r.choice(existing_ids)]
        k = s["kind"]; x = r.random()
        if k in ("individual", "couple") and x < 0.3:
            avoid = {s["p"]["given"]} | ({s["spouse"]["given"]} if s.get("spouse") else set())
            e = B.mk_individual(other_given(s["p"], avoid), addr=s["addr"], spouse=False)
            if r.random() < 0.2 and e.get("email"):
                e["phone"] = None
            return e, "household_member_same_address", s["id"]
        if k == "individual" and s.get("spouse") and not s.get("spouse_used") and x < 0.55:
            s["spouse_used"] = True
            return B.mk_individual(s["spouse"], addr=s["addr"], spouse=False), "spouse_filing_separately", s["id"]
        if k == "individual" and s["p"]["origin"] == "anglo" and s["p"]["sex"] == "M" and not s["p"]["suffix"] and x < 0.62:
            q = dict(s["p"]); q["suffix"] = "Jr"; q["middle"] = None
            return B.mk_individual(q, addr=s["addr"], spouse=False), "jr_sr_same_address", s["id"]
        if k == "individual" and x < 0.75:
            q = dict(s["p"]); q["middle"] = None; q["suffix"] = None
            return B.mk_individual(q, spouse=False), "namesake_other_city", s["id"]
        if k in ("business", "sole_prop", "individual") and x < 0.9:
            return B.mk_business(owner_of=s), "same_owner_other_entity", s["id"]
        if k == "individual" and x < 0.96:
            return B.mk_estate(of=s), "estate_of_client", s["id"]
        if k == "couple" and x < 0.96:
            e = B.mk_estate(of=s)
            return e, "family_trust_of_couple", s["id"]
        if k == "business" and s["sub"] in ("construction", "trucking", "retail", "restaurant"):
            e = B.mk_business(sub=s["sub"])
            e["base"] = s["base"]; e["suf"] = "Inc" if s["suf"] != "Inc" else "LLC"
            other = [c for c in B.CITIES if c[0] != s["addr"]["state"]]
            e["addr"] = W.address(city=r.choice(other), business=True); e["phone"] = W.phone(e["addr"])
            e["email"] = W.uniq_email(["office@" + slug(s["base"]) + e["addr"]["state"].lower() + ".com"])
            return e, "same_business_name_other_state", s["id"]

from world import slug
# ------------------------------------------------------------------ incoming
n_pos, n_new, n_rep = round(N_INC * 0.45), round(N_INC * 0.40), 0
n_rep = N_INC - n_pos - n_new
slots = ["pos"] * n_pos + ["new"] * n_new + ["rep"] * n_rep
r.shuffle(slots)
new_seen = []
hard_left = n_new // 2
for i, sl in enumerate(slots):
    if sl == "rep" and not new_seen:
        j = slots.index("new", i); slots[i], slots[j] = slots[j], slots[i]; sl = "new"
    if sl == "pos":
        e = ENT[r.choice(existing_ids)]
        c, ch = positive(e, "existing_match")
    elif sl == "new":
        if r.random() < 0.5 and hard_left > 0:
            hard_left -= 1
            e, tag, src = hard_negative()
            ch = ["new", tag, "hard_negative_of:" + src]
        else:
            kind = r.choices(["individual", "couple", "sole_prop", "business", "estate_trust", "nonprofit"], weights=[36, 14, 7, 34, 4, 5])[0]
            e = {"individual": B.mk_individual, "couple": B.mk_couple, "sole_prop": B.mk_sole_prop, "business": B.mk_business,
                 "estate_trust": B.mk_estate, "nonprofit": B.mk_nonprofit}[kind]()
            ch = ["new"]
        register(e)
        new_seen.append(e["id"])
        lvl = r.choice([0, 1, 1])
        ch.append("level%d" % lvl)
        c = render(e, lvl, ch)
    else:
        e = ENT[r.choice(new_seen)]
        c, ch = positive(e, "repeat_of_new")
    records.append(({"set": "incoming", "entity": e["id"], "contact": c}, {"category": cat(e), "changes": ch}))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "set.jsonl"), "w") as fs, open(os.path.join(here, "meta.jsonl"), "w") as fm:
    for n, (rec, m) in enumerate(records, 1):
        fs.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fm.write(json.dumps({"line": n, "set": rec["set"], "entity": rec["entity"], "category": m["category"], "changes": m["changes"]}, ensure_ascii=False) + "\n")
print("wrote", len(records), "records")
