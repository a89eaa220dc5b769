"""Same customer, written again: the changes real systems and people make.

make_variant() starts from a fresh app-side spec for the entity and applies
a few content changes relative to the earlier record (`base`), checking
that a person at a front desk could still recognise the customer.
"""
import copy

import names as N
import entities as E
from entities import strip_accents, surname_str, wchoice
from render import typo_word, typo_email, typo_phone, default_spec


def _n(s):
    return strip_accents(s or "").lower().strip()


def _addr_key(a):
    if not a:
        return None
    return (a.get("num"), a.get("street"), a.get("pobox"), a.get("hc"), a.get("zip"))


def anchors(base, spec):
    """Which contact facts the two records still share (after normalising)."""
    out = []
    if base.get("email") and spec.get("email") and _n(base["email"]) == _n(spec["email"]):
        out.append("email")
    if base.get("phone") and spec.get("phone") and base["phone"] == spec["phone"]:
        out.append("phone")
    if base.get("addr") and spec.get("addr") and _addr_key(base["addr"]) == _addr_key(spec["addr"]):
        out.append("address")
    return out


# ------------------------------------------------------------------ org names
def org_name_variants(name, short=None):
    out = []
    def add(x):
        x = " ".join(x.split()).strip(" ,")
        if x and x != name and x not in out:
            out.append(x)
    for suf in (", Inc.", " Inc.", " Inc"):
        if name.endswith(suf):
            add(name[: -len(suf)])
            add(name[: -len(suf)] + (" Inc" if suf != " Inc" else ", Inc."))
            break
    else:
        if any(k in name for k in ("Rescue", "Sanctuary", "Network", "League", "Center", "Services")):
            add(name + " Inc.")
    if " and " in name:
        add(name.replace(" and ", " & "))
    if " & " in name:
        add(name.replace(" & ", " and "))
    if name.startswith("St. "):
        add("Saint " + name[4:])
        add("St " + name[4:])
    if " LLC" in name:
        add(name.replace(" LLC", ""))
        add(name.replace(" LLC", ", LLC"))
        add(name.replace(" LLC", " L.L.C."))
    if "Company" in name:
        add(name.replace("Company", "Co."))
    if "Independent School District" in name:
        add(name.replace("Independent School District", "ISD"))
    if "Unified School District" in name:
        add(name.replace("Unified School District", "USD"))
    if short:
        add(short)
    if "Department of" in name:
        add(name.replace("Department of", "Dept. of"))
        add(name.replace("Department of", "Dept of"))
    if name.startswith("County of "):
        rest = name[len("County of "):]
        county, _, dept = rest.partition(" ")
        add(county + " County " + dept)
    if " School" in name and "District" not in name:
        add(name.replace(" School", ""))
    if "Children's" in name:
        add(name.replace("Children's", "Childrens"))
    if "Animal Care and Control" in name:
        add(name.replace("Animal Care and Control", "Animal Care & Control"))
    if name.startswith("Our Lady of "):
        add("OLG School" if "Guadalupe" in name else name)
    return out


# ------------------------------------------------------------------ changes
def _typo(rng, ctx, ent, spec, base):
    cands = []
    if spec["kind"] == "person":
        if len(spec["given"]) >= 4:
            cands.append(("given", 35))
        if len(spec["family"]) >= 4:
            cands.append(("family", 40))
    else:
        cands.append(("name", 45))
    if spec.get("addr") and spec["addr"].get("street") and len(spec["addr"]["street"]) >= 5:
        cands.append(("street", 15))
    if spec.get("email"):
        cands.append(("email", 10))
    if spec.get("phone"):
        cands.append(("phone", 4))
    if not cands:
        return None
    nfields = 2 if rng.random() < 0.3 and len(cands) > 1 else 1
    done = []
    for _ in range(nfields):
        f = wchoice(rng, [c for c in cands if c[0] not in done])
        k = 2 if nfields == 1 and rng.random() < 0.15 and len(str(spec.get(f) or "")) >= 7 else 1
        for _ in range(k):
            if f in ("given", "family", "name"):
                spec[f] = typo_word(rng, spec[f])
            elif f == "street":
                spec["addr"]["street"] = typo_word(rng, spec["addr"]["street"])
                spec["_touched"].append("addr")
            elif f == "email":
                spec["email"] = typo_email(rng, spec["email"])
                spec["_touched"].append("email")
            else:
                spec["phone"] = typo_phone(rng, spec["phone"])
                spec["_touched"].append("phone")
                break
        done.append(f)
    return "typo:" + "+".join(done)


def _nickname(rng, ctx, ent, spec, base):
    cur = _n(base.get("given"))
    alts = [a for a in ent["alts"] if _n(a) != cur]
    if not alts:
        return None
    spec["given"] = rng.choice(alts)
    parts = ent["given"].split()
    kind = "full_given" if spec["given"] == ent["given"] else (
        "first_given" if spec["given"] == parts[0] else (
            "second_given" if spec["given"] in parts else "nickname"))
    return "given_form:%s->%s" % (base.get("given"), spec["given"]) + ":" + kind


def _one_surname(rng, ctx, ent, spec, base):
    if len(ent["surnames"]) != 2:
        return None
    cur = _n(base.get("family")).replace("-", " ")
    for _ in range(6):
        use = wchoice(rng, [("first", 40), ("second", 18), ("both", 22), ("hyphen", 20)])
        fam = surname_str(ent, use)
        if _n(fam).replace("-", " ") != cur or (use == "hyphen" and "-" not in base.get("family", "")):
            if _n(fam) == _n(base.get("family")):
                continue
            spec["family"] = fam
            return "surname_form:" + use
    return None


def _name_change(rng, ctx, ent, spec, base):
    if ent["gender"] != "f" or ent["year"] > 2000:
        return None
    if ent.get("partner") and not ent.get("maiden"):
        return None
    if ent.get("maiden"):
        spec["family"] = " ".join(ent["maiden"]) if rng.random() < 0.4 else ent["maiden"][0]
        return "name_change:divorce_back_to_maiden"
    maiden = base.get("family") or surname_str(ent)
    culture = ent["culture"] if rng.random() < 0.7 else rng.choice(["hisp", "anglo", "hisp", "aa", "fil"])
    husband = E._surname(rng, culture)
    while _n(husband) in _n(maiden):
        husband = E._surname(rng, culture)
    form = wchoice(rng, [("new", 60), ("hyphen", 30), ("maiden_kept", 10)])
    first_maiden = maiden.split("-")[0].split()[0] if not maiden.lower().startswith("de") else maiden
    spec["family"] = {"new": husband, "hyphen": first_maiden + "-" + husband,
                      "maiden_kept": first_maiden + " " + husband}[form]
    ent.setdefault("married_names", []).append(spec["family"])
    return "name_change:marriage:" + form


def _swap(rng, ctx, ent, spec, base):
    spec["swap"] = True
    return "given_family_swapped"


def _email_change(rng, ctx, ent, spec, base):
    st = ent["addr"]["state"]
    if not spec.get("email"):
        return None
    spec["_touched"].append("email")
    if spec["kind"] == "org":
        if not base.get("email"):
            return None
        dom = (spec.get("email") or ent["email"]).split("@")[1]
        local = rng.choice(["office", "billing", "director", "admin", "frontdesk", "accounting"])
        spec["email"] = ctx.claim_email(local, dom) if rng.random() < 0.6 else \
            ctx.claim_email(E.slug(ent["name"])[:20], "gmail.com")
        return "email_changed"
    if not base.get("email"):
        return None
    if base["email"] == ent.get("family_email") and ent.get("email"):
        spec["email"] = ent["email"]
        return "email_changed:family_to_personal"
    first = spec.get("given") if spec.get("given") and rng.random() < 0.5 else ent["usual"]
    fam = (spec.get("family") or surname_str(ent)).split("-")[-1]
    spec["email"] = E.personal_email(ctx, first, fam, ent["year"], st, area=ent["mobile"][:3])
    return "email_changed"


def _phone_change(rng, ctx, ent, spec, base):
    if not spec.get("phone"):
        return None
    spec["_touched"].append("phone")
    if ent.get("home") and base.get("phone") == ent["mobile"] and rng.random() < 0.6:
        spec["phone"] = ent["home"]
        return "phone_changed:home_instead_of_mobile"
    if ent.get("home") and base.get("phone") == ent["home"]:
        spec["phone"] = ent["mobile"]
        return "phone_changed:mobile_instead_of_home"
    spec["phone"] = ctx.phone(ent["city"])
    return "phone_changed:new_number"


def _move(rng, ctx, ent, spec, base):
    if not spec.get("addr"):
        return None
    spec["_touched"].append("addr")
    a, newcity = E.moved_address(rng, ent["addr"], ent["city"])
    spec["addr"] = a
    return "moved" + ("" if newcity == ent["city"] else ":other_city")


def _missing(rng, ctx, ent, spec, base):
    have = [f for f in ("email", "phone", "addr") if spec.get(f) and f not in spec["_touched"]]
    if not have:
        return None
    k = 2 if len(have) > 2 and rng.random() < 0.25 else 1
    gone = rng.sample(have, k)
    for f in gone:
        spec[f] = None
    return "missing:" + "+".join(sorted(gone))


def _caps(rng, ctx, ent, spec, base):
    if base.get("caps"):
        return None
    spec["caps"] = True
    return "all_caps"


def _middle(rng, ctx, ent, spec, base):
    if not ent.get("middle"):
        return None
    if base.get("display") in ("fml", "fil"):
        spec["display"] = "fl"
        return "middle_dropped"
    spec["display"] = rng.choice(["fml", "fil"])
    return "middle_added"


def _suffix_drop(rng, ctx, ent, spec, base):
    if not ent.get("suffix") or not base.get("suffix"):
        return None
    spec["suffix"] = None
    return "suffix_dropped"


def _org_name(rng, ctx, ent, spec, base):
    vs = org_name_variants(base["name"], ent.get("short"))
    vs = [v for v in vs if v != base["name"]]
    if not vs:
        return None
    spec["name"] = rng.choice(vs)
    if spec.get("company"):
        spec["company"] = spec["name"]
    return "org_name_form"


def _contact_change(rng, ctx, ent, spec, base):
    p = E.make_person(ctx, city=ent["city"], email=False)
    if base.get("contact") and rng.random() < 0.3:
        spec["contact"] = None
        return "contact_person_removed"
    spec["contact"] = {"given": p["usual"], "family": surname_str(p)}
    return "contact_person_changed"


PERSON_CHANGES = [(_typo, 22), (_nickname, 10), (_one_surname, 10), (_name_change, 6), (_swap, 3),
                  (_email_change, 10), (_phone_change, 10), (_move, 10), (_missing, 12), (_caps, 4),
                  (_middle, 4), (_suffix_drop, 2)]
ORG_CHANGES = [(_org_name, 30), (_typo, 14), (_contact_change, 10), (_email_change, 10),
               (_phone_change, 6), (_move, 5), (_missing, 10), (_caps, 4)]
EXCLUSIVE = {_name_change: (_nickname, _one_surname, _swap, _typo, _caps)}


def _format_notes(base, spec):
    notes = []
    if spec["kind"] == "person":
        if base.get("accents") and not spec.get("accents") and strip_accents(base["given"] + base["family"]) != base["given"] + base["family"]:
            notes.append("accents_dropped")
        if base.get("display") != spec.get("display") and not spec.get("swap"):
            notes.append("display_form:%s->%s" % (base.get("display"), spec.get("display")))
    if base.get("phone") and base.get("phone") == spec.get("phone") and base["phone_fmt"] != spec["phone_fmt"]:
        notes.append("phone_format")
    if base.get("addr") and spec.get("addr") and _addr_key(base["addr"]) == _addr_key(spec["addr"]):
        bf, sf = base["addr_fmt"], spec["addr_fmt"]
        if any(bf[k] != sf[k] for k in ("dir_full", "type_full", "unit_style", "unit_line2", "zip4", "particles_cap")):
            notes.append("address_format")
    return notes


def _weight(f, ent, w):
    """Changes that only make sense for some names get more weight where they apply."""
    if f is _one_surname:
        return 28 if len(ent.get("surnames", [])) == 2 else 0
    if f is _nickname:
        return 16 if len(ent.get("alts", [])) > 1 else 0
    if f is _swap and ent.get("culture") == "viet":
        return 10
    return w


def make_variant(rng, ctx, ent, base, sysname="app", exclude=(), force=()):
    """Return (spec, changes, anchors) for another record of `ent`, compared with `base`."""
    table = PERSON_CHANGES if ent["kind"] == "person" else ORG_CHANGES
    table = [(f, w) for f, w in table if f.__name__.lstrip("_") not in exclude]
    for attempt in range(30):
        spec = default_spec(rng, ent, sysname)
        spec["_touched"] = []
        # the second system usually knows the name the way the first one did
        if ent["kind"] == "person":
            spec["given"], spec["family"] = base["given"], base["family"]
            spec["suffix"] = base.get("suffix")
            if base.get("display") in ("fml", "fil") and rng.random() < 0.5:
                spec["display"] = base["display"]
        else:
            spec["name"] = base["name"]
        changes = []
        for f in ("email", "phone", "addr"):
            if base.get(f) is not None:
                if spec.get(f) is None:
                    changes.append("missing:" + f)
                else:
                    spec[f] = copy.deepcopy(base[f])
            elif spec.get(f) is not None:
                changes.append("added:" + f)
        k = wchoice(rng, [(0, 9), (1, 40), (2, 33), (3, 14), (4, 4)])
        used = []
        for fname in force:
            f = globals()["_" + fname]
            used.append(f)
            note = f(rng, ctx, ent, spec, base)
            if note:
                changes.append(note)
            k = max(0, k - 1)
        for _ in range(k):
            pool = [(f, _weight(f, ent, w)) for f, w in table if f not in used and
                    not any(f in EXCLUSIVE.get(u, ()) or u in EXCLUSIVE.get(f, ()) for u in used)]
            f = wchoice(rng, pool)
            used.append(f)
            note = f(rng, ctx, ent, spec, base)
            if note:
                changes.append(note)
        anc = anchors(base, spec)
        name_changed = any(c.startswith("name_change") for c in changes)
        heavy_name = sum(1 for c in changes if c.startswith(("given_form", "surname_form", "given_family_swapped", "typo:given", "typo:family")))
        need = 2 if (name_changed and attempt < 15) or heavy_name >= 2 else 1
        if ent["kind"] == "org" and not any(c == "org_name_form" or c.startswith("typo") for c in changes):
            need = 1
        if len(anc) >= need:
            return spec, changes + _format_notes(base, spec), anc
    spec = default_spec(rng, ent, sysname)
    if ent["kind"] == "person":
        spec["given"], spec["family"] = base["given"], base["family"]
    spec["email"], spec["phone"], spec["addr"] = base.get("email"), base.get("phone"), copy.deepcopy(base.get("addr"))
    return spec, _format_notes(base, spec), anchors(base, spec)
