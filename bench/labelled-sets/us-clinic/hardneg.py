"""Different people who closely resemble an existing customer.

Each builder takes an existing anchor entity and the spec of its QuickBooks
record, and returns (entity, spec, notes) for a *different* customer, or
None when the anchor does not suit that relationship.
"""
import names as N
import entities as E
import places as P
from entities import strip_accents, surname_str, wchoice
from render import default_spec
from variants import _n

COMMON_SUR = set(_n(s) for s in N.HISP_SUR_COMMON + ["Nguyen", "Tran", "Le", "Pham", "Smith", "Johnson",
                                                     "Williams", "Brown", "Jones", "Begay", "Yazzie",
                                                     "Santos", "Reyes", "Cruz", "Jackson", "Davis"])


def _other_given(rng, culture, gender, exclude):
    ex = set(_n(x).split()[0] for x in exclude if x)
    for _ in range(50):
        full, usual, alts, middle = E._given(rng, culture, gender)
        if _n(full).split()[0] not in ex and _n(usual).split()[0] not in ex:
            return full, usual, alts, middle
    return "Alex", "Alex", ["Alex"], None


def _rename(rng, ent, culture, gender, exclude):
    full, usual, alts, middle = _other_given(rng, culture, gender, exclude)
    ent.update({"given": full, "usual": usual, "alts": alts, "middle": middle, "gender": gender})


def _own_email(ctx, ent):
    st = ent["addr"]["state"]
    ent["email"] = E.personal_email(ctx, ent["usual"], ent["surnames"][0], ent["year"], st,
                                    area=ent["mobile"][:3])


def _base(ctx, anchor, **kw):
    kw.setdefault("city", anchor["city"])
    kw.setdefault("culture", anchor["culture"])
    return E.make_person(ctx, **kw)


def _used_first_surname(aspec, anchor):
    fam = aspec.get("family") or surname_str(anchor)
    return fam.split("-")[0].split()[0] if not fam.lower().startswith("de") else fam


def spouse(rng, ctx, a, aspec):
    if a["kind"] != "person" or aspec.get("display") == "household" or a["year"] > 2001:
        return None
    g = "m" if a["gender"] == "f" else "f"
    culture = a["culture"] if rng.random() < 0.8 else rng.choice(["hisp", "anglo"])
    share = rng.random() < (0.5 if a["culture"] == "hisp" else 0.85)
    sur = [_used_first_surname(aspec, a)] if share else None
    h = _base(ctx, a, culture=culture, gender=g, surnames=sur, addr=dict(a["addr"]),
              year=max(1940, min(2003, a["year"] + rng.randint(-6, 6))))
    if a.get("partner"):
        h.update({"given": a["partner"], "usual": a["partner"], "alts": [a["partner"]]})
    elif _n(h["usual"]).split()[0] == _n(a["usual"]).split()[0]:
        _rename(rng, h, culture, g, [a["usual"], a["given"]])
    h["home"] = a.get("home")
    _own_email(ctx, h)
    s = default_spec(rng, h, "app")
    notes = ["same_address"]
    if aspec.get("phone") and rng.random() < 0.65:
        s["phone"] = aspec["phone"]
        notes.append("shared_phone")
    elif a.get("home"):
        s["phone"] = a["home"]
        notes.append("shared_home_phone")
    if aspec.get("email") and aspec["email"] == a.get("family_email") and rng.random() < 0.7:
        s["email"] = aspec["email"]
        notes.append("shared_family_email")
    elif share and rng.random() < 0.12 and aspec.get("email"):
        s["email"] = aspec["email"]
        notes.append("shared_email")
    notes.append("same_surname" if share else "own_surname")
    return h, s, notes


def junior(rng, ctx, a, aspec):
    if a["kind"] != "person" or a["gender"] != "m" or a.get("suffix"):
        return None
    if a["year"] <= 1977:
        sfx, year = "Jr.", a["year"] + rng.randint(20, 32)
    elif a["year"] >= 1982:
        sfx, year = "Sr.", a["year"] - rng.randint(20, 32)
    else:
        return None
    sur = list(a["surnames"])
    if len(sur) == 2:
        sur[1] = E._surname(rng, "hisp")
    same_addr = rng.random() < 0.75
    h = _base(ctx, a, gender="m", surnames=sur, year=year, addr=dict(a["addr"]) if same_addr else None)
    h.update({"given": a["given"], "usual": a["usual"] if rng.random() < 0.75 else a["given"],
              "alts": list(a["alts"]), "middle": a["middle"] if rng.random() < 0.5 else h["middle"],
              "suffix": sfx, "sur_use": a["sur_use"]})
    _own_email(ctx, h)
    s = default_spec(rng, h, "app")
    s["family"] = aspec.get("family") or surname_str(h)
    if s["family"] != surname_str(h) and len(sur) == 2 and a["sur_use"] == "both":
        s["family"] = surname_str(h)
    notes = ["same_name", "suffix_" + sfx.strip(".").lower()]
    if same_addr and aspec.get("addr") and rng.random() < 0.12:
        s["suffix"] = None
        notes.append("suffix_not_written")
        s["phone"], s["email"] = h["mobile"], h["email"]
    if same_addr:
        notes.append("same_address")
        if a.get("home") and rng.random() < 0.25 and s.get("suffix"):
            s["phone"] = a["home"]
            notes.append("shared_home_phone")
    return h, s, notes


def namesake(rng, ctx, a, aspec):
    if a["kind"] != "person" or _n(a["surnames"][0]) not in COMMON_SUR:
        return None
    sur = [a["surnames"][0]]
    if a["culture"] == "hisp" and rng.random() < 0.4:
        sur.append(E._surname(rng, "hisp"))
    h = _base(ctx, a, gender=a["gender"], surnames=sur)
    if rng.random() < 0.75:
        h.update({"given": a["given"], "usual": a["usual"], "alts": list(a["alts"])})
    else:
        first = a["given"].split()[0]
        h.update({"given": first, "usual": first, "alts": [first] + N.NICKNAMES.get(first, [])})
    _own_email(ctx, h)
    s = default_spec(rng, h, "app")
    return h, s, ["same_name", "same_city", "different_address_phone_email"]


def twin(rng, ctx, a, aspec):
    if a["kind"] != "person" or a["year"] < 1975:
        return None
    g = a["gender"] if rng.random() < 0.6 else ("m" if a["gender"] == "f" else "f")
    same_addr = rng.random() < (0.7 if a["year"] >= 1995 else 0.35)
    h = _base(ctx, a, gender=g, surnames=list(a["surnames"]), year=a["year"],
              addr=dict(a["addr"]) if same_addr else None)
    h["sur_use"] = a["sur_use"]
    pair = [p for p in N.SIMILAR_GIVEN if _n(a["usual"]) in (_n(p[0]), _n(p[1]))]
    if pair and rng.random() < 0.8:
        other = pair[0][1] if _n(pair[0][0]) == _n(a["usual"]) else pair[0][0]
        h.update({"given": other, "usual": other, "alts": [other] + N.NICKNAMES.get(other, [])})
        h["gender"] = "f" if other.endswith("a") and other not in ("Joshua",) else h["gender"]
    else:
        _rename(rng, h, a["culture"], g, [a["usual"], a["given"]])
    _own_email(ctx, h)
    s = default_spec(rng, h, "app")
    s["family"] = aspec.get("family") or surname_str(h)
    notes = ["same_surname", "same_birth_year"] + (["same_address"] if same_addr else [])
    if same_addr and a.get("home") and rng.random() < 0.3:
        s["phone"] = a["home"]
        notes.append("shared_home_phone")
    return h, s, notes


def sister_in_law(rng, ctx, a, aspec):
    if a["kind"] != "person" or not a["addr"].get("street"):
        return None
    fam = _used_first_surname(aspec, a)
    h = _base(ctx, a, gender="f", surnames=[fam], addr=E.same_street_address(rng, a["addr"]),
              year=max(1945, min(2000, a["year"] + rng.randint(-10, 10))))
    if _n(h["usual"]).split()[0] == _n(a["usual"]).split()[0]:
        _rename(rng, h, a["culture"], "f", [a["usual"], a["given"]])
    _own_email(ctx, h)
    s = default_spec(rng, h, "app")
    return h, s, ["same_married_surname", "same_street_different_number"]


def co_parent(rng, ctx, a, aspec):
    if a["kind"] != "person" or a["year"] > 2000:
        return None
    g = "m" if a["gender"] == "f" else "f"
    fam = _used_first_surname(aspec, a)
    newaddr, newcity = E.moved_address(rng, a["addr"], a["city"])
    h = _base(ctx, a, city=newcity, gender=g, surnames=[fam], addr=newaddr,
              year=max(1950, min(2001, a["year"] + rng.randint(-5, 5))))
    if _n(h["usual"]).split()[0] == _n(a["usual"]).split()[0]:
        _rename(rng, h, a["culture"], g, [a["usual"], a["given"]])
    _own_email(ctx, h)
    s = default_spec(rng, h, "app")
    notes = ["shares_child_surname", "other_address"]
    if aspec.get("email") and aspec["email"] == a.get("family_email") and rng.random() < 0.3:
        s["email"] = aspec["email"]
        notes.append("old_family_email_still_shared")
    return h, s, notes


def adult_child(rng, ctx, a, aspec):
    if a["kind"] != "person" or a["year"] > 1980:
        return None
    g = rng.choice("mf")
    sur = [a["surnames"][0]]
    if len(a["surnames"]) == 2:
        sur.append(E._surname(rng, "hisp"))
    h = _base(ctx, a, gender=g, surnames=sur, addr=dict(a["addr"]),
              year=min(2005, a["year"] + rng.randint(19, 35)))
    h["sur_use"] = "first" if a["sur_use"] == "first" else h["sur_use"]
    _rename(rng, h, a["culture"], g, [a["usual"], a["given"]] + a["alts"])
    _own_email(ctx, h)
    s = default_spec(rng, h, "app")
    notes = ["same_surname", "same_address"]
    if a.get("home") and rng.random() < 0.3:
        s["phone"] = a["home"]
        notes.append("shared_home_phone")
    return h, s, notes


def grandparent(rng, ctx, a, aspec):
    if a["kind"] != "person" or a["year"] < 1972:
        return None
    same_sur = rng.random() < 0.7
    same_addr = rng.random() < 0.35
    g = rng.choice("mf")
    h = _base(ctx, a, gender=g, surnames=[a["surnames"][0]] if same_sur else None,
              addr=dict(a["addr"]) if same_addr else None, year=max(1938, a["year"] - rng.randint(20, 30)))
    _rename(rng, h, a["culture"], g, [a["usual"], a["given"]])
    h["home"] = a.get("home") if same_addr and a.get("home") else ctx.phone(h["city"])
    _own_email(ctx, h)
    if rng.random() < 0.4:
        h["email"] = None
    s = default_spec(rng, h, "app")
    if rng.random() < 0.5:
        s["phone"] = h["home"]
    notes = ["raising_grandchildren"] + (["same_surname"] if same_sur else []) + \
        (["same_address"] if same_addr else ["same_city"])
    return h, s, notes


def owner_vs_business(rng, ctx, a, aspec):
    if a["kind"] == "org":
        if a["otype"] not in ("ranch", "rescue"):
            return None
        c = a["contact"]
        h = E.make_person(ctx, city=a["city"], addr=dict(a["addr"]))
        h.update({"given": c["given"], "usual": c["given"], "alts": [c["given"]],
                  "surnames": c["family"].split(" ")[:2], "sur_use": "both" if " " in c["family"] else "first",
                  "culture": "hisp" if any(ch in c["family"] for ch in "áéíóúñ") else h["culture"]})
        _own_email(ctx, h)
        s = default_spec(rng, h, "app")
        notes = ["owner_personally", "same_address"]
        if aspec.get("phone") and rng.random() < 0.5:
            s["phone"] = aspec["phone"]
            notes.append("shared_phone")
        return h, s, notes
    if a["year"] > 1995:
        return None
    o = E.make_org(ctx, kind="rescue", city=a["city"])
    o["addr"] = dict(a["addr"])
    o["contact"] = {"given": a["usual"], "family": surname_str(a)}
    s = default_spec(rng, o, "app")
    s["contact"] = dict(o["contact"])
    notes = ["rescue_run_from_home", "same_address", "contact_is_anchor"]
    if aspec.get("phone") and rng.random() < 0.6:
        s["phone"] = aspec["phone"]
        notes.append("shared_phone")
    return o, s, notes


def org_related(rng, ctx, a, aspec):
    if a["kind"] != "org":
        return None
    t, name = a["otype"], a["name"]
    base = name.replace(", Inc.", "").replace(" Inc.", "").replace(" Inc", "")
    same_addr = False
    if t == "rescue":
        pre = next((p for p in P.RESCUE_PREFIX if base.startswith(p)), None)
        kinds = [k for k in P.allowed_kinds(pre) if not base.endswith(k)]
        new = None
        for k in rng.sample(kinds, len(kinds)):
            cand = "%s %s" % (pre, k)
            if cand not in ctx.org_names:
                new = cand
                break
        if not new:
            return None
        note = "sibling_rescue_same_prefix"
    elif t == "ranch":
        pre = next((p for p in P.RANCH_PREFIX if base.startswith(p)), None)
        new = None
        for k in rng.sample(P.RANCH_KIND, len(P.RANCH_KIND)):
            cand = "%s %s" % (pre, k)
            if cand != base and cand not in ctx.org_names and k.replace(" LLC", "") not in base:
                new = cand
                break
        if not new:
            return None
        same_addr, note = True, "sister_company_same_owner"
    elif t == "shelter":
        new, note = "Friends of " + base, "support_nonprofit"
    elif t == "district":
        new, note = (a.get("short") or base) + " Education Foundation", "district_foundation"
    elif t == "school":
        new, note = base + " " + rng.choice(["PTO", "Parent Teacher Organization", "PTA"]), "school_parent_org"
    else:
        new, note = base + " Foundation", "support_nonprofit"
    if new in ctx.org_names:
        return None
    ctx.org_names.add(new)
    o = E.make_org(ctx, kind=t, name=new, city=a["city"])
    if same_addr:
        o["addr"] = dict(a["addr"])
        o["contact"] = dict(a["contact"])
    s = default_spec(rng, o, "app")
    return o, s, [note] + (["same_address", "same_contact_person"] if same_addr else ["same_city"])


BUILDERS = {"spouse": spouse, "junior_senior": junior, "namesake": namesake, "twin": twin,
            "sister_in_law": sister_in_law, "co_parent": co_parent, "adult_child": adult_child,
            "grandparent": grandparent, "owner_vs_business": owner_vs_business, "org_related": org_related}
