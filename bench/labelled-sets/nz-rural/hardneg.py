"""Hard negatives: NEW customers built from an existing one (its base).
Each builder returns the new Entity with e.hn = (kind, base, notes)."""
from kinds import make, school_name
from entities import Person
from check import near_name, name_key


def _own_contacts(fac, e, mobile=True):
    e.phone = fac.phones.mobile() if mobile else fac.phones.landline(e.town)
    e.phone2 = None
    e.email = fac.mails.person(e.people[0]) if e.people else fac.mails.org(e.display)


def sharemilker(fac, eid, base):
    rng = fac.rng
    e = make(fac, "sharemilker", eid, town=base.town)
    e.addr, e.alt_addr = base.addr, None
    notes = ["same_address"]
    if base.phone and not base.phone.startswith("02") and rng.random() < .15:
        e.phone2, e.phone = e.phone, base.phone      # lists the farm landline
        notes.append("shared_farm_landline")
    e.hn = ("sharemilker_same_address", base, notes)
    return e


def family(fac, eid, base):
    rng = fac.rng
    ppl = list(base.people)
    if len(ppl) == 1:
        ppl.append(fac.partner(ppl[0]))
    if base.kind == "trust":
        new_kind = rng.choice(["company", "couple"])
        tag = "family_trust_vs_company" if new_kind == "company" else "parents_vs_family_entity"
    elif base.kind == "company":
        new_kind = rng.choice(["trust", "couple"])
        tag = "family_trust_vs_company" if new_kind == "trust" else "parents_vs_family_entity"
    else:
        new_kind = rng.choice(["trust", "company"])
        tag = "family_entity_vs_parents"
    for _ in range(30):
        e = make(fac, new_kind, eid, town=base.town, people=ppl)
        if not near_name(e.display, base.display):
            break
    e.addr, e.alt_addr = base.addr, base.alt_addr
    notes = ["same_address", "same_family"]
    r = rng.random()
    if r < .12:
        e.email, e.phone = base.email, base.phone
        notes += ["shared_email", "shared_phone"]
    elif r < .4:
        e.email = base.email
        notes.append("shared_email")
    elif r < .55:
        e.phone = base.phone
        notes.append("shared_phone")
    e.hn = (tag, base, notes)
    return e


def father_son(fac, eid, base):
    rng = fac.rng
    p = base.people[0]
    son = Person(p.given, p.family, "M", p.origin, p.formal, p.nicks,
                 rng.choice([c for c in "ABCDGHJKLMRSTW" if c != p.middle]))
    notes = ["same_name"]
    r = rng.random()
    if r < .3 and not base.suffix:
        base.suffix = "Snr"
        from kinds import person_variants
        base.display = p.full + " Snr"
        base.variants = person_variants(p, "Snr")
        fac.claim(base.display)
        notes.append("father_marked_snr")
    r = rng.random()
    suffix = "Jnr" if r < .35 else ("Junior" if r < .4 else None)
    e = make(fac, "person", eid, town=base.town, people=[son], unique=False, suffix=suffix)
    if suffix:
        notes.append("son_marked_" + suffix.lower())
    if rng.random() < .8:
        e.addr, e.alt_addr = base.addr, base.alt_addr
        notes.append("same_address")
    else:
        e.addr, e.alt_addr = fac.addrs.rural(base.town, near=base.addr), None
        notes.append("neighbouring_address")
    _own_contacts(fac, e)
    fac.claim(e.display)
    base.force_contacts = True
    e.hn = ("father_son_same_name", base, notes)
    return e


def brother(fac, eid, base):
    p = base.people[0]
    for _ in range(100):
        b = fac.person(p.origin, "M", p.family)
        dn = b.full
        if b.given != p.given and not near_name(dn, base.display) and fac.free(dn):
            break
    e = make(fac, "person", eid, town=base.town, people=[b])
    e.addr, e.alt_addr = fac.addrs.rural(base.town, near=base.addr), None
    _own_contacts(fac, e)
    base.force_contacts = True
    e.hn = ("brother_neighbouring_block", base, ["same_family_name", "neighbouring_address"])
    return e


def namesake(fac, eid, base):
    rng = fac.rng
    others = [r for r in ("Waikato", "Canterbury", "Southland", "Hawke's Bay", "Northland", "Manawatū")
              if r != base.region]
    town = fac.town_in(rng.choice(others))
    ppl = [Person(q.given, q.family, q.gender, q.origin, q.formal, q.nicks, q.middle)
           for q in base.people]
    kind = base.kind
    if kind in ("lifestyle", "person", "couple"):
        kind = "couple" if len(base.people) == 2 else "person"
    e = make(fac, kind, eid, town=town,
             people=ppl, unique=False, style=getattr(base, "style", None))
    e.display = base.display.replace(" Snr", "")
    _own_contacts(fac, e)
    base.force_contacts = True
    e.hn = ("namesake_other_region", base, ["same_name", "region:" + town.region])
    return e


def iwi_shared_office(fac, eid, base):
    rng = fac.rng
    for _ in range(60):
        e = make(fac, base.kind, eid, town=base.town, iwi=base.iwi)
        if not near_name(e.display, base.display) and _shares_word(e.display, base.display):
            break
        fac.names.discard(e.display.lower())
        fac.keys.discard(name_key(e.display))
    e.addr, e.alt_addr = base.addr, base.alt_addr
    e.email = base.email
    notes = ["same_address", "shared_email"]
    if rng.random() < .8:
        e.phone, e.phone2 = base.phone, None
        notes.append("shared_phone")
    if rng.random() < .5:
        e.contact = base.contact
        notes.append("same_contact_person")
    e.hn = ("iwi_trusts_shared_office", base, notes)
    return e


_GENERIC = {"trust", "ahu", "whenua", "ltd", "limited", "the", "of", "o", "te"}


def _shares_word(a, b):
    wa = set(name_key(a).split()) - {"trust", "ltd", "limited", "the"}
    wb = set(name_key(b).split()) - {"trust", "ltd", "limited", "the"}
    return bool(wa & wb) or ("ahu" in name_key(a) and "ahu" in name_key(b))


def packhouse(fac, eid, base):
    rng = fac.rng
    pats = ["{s} Packhouse", "{s} Fruitpackers", "{s} Packing Company", "{s} Coolstores",
            "{s} Fruit Packers", "{s} Post Harvest", "{s} Packhouse Services"]
    rng.shuffle(pats)
    e = make(fac, "orchard", eid, town=base.town, people=base.people)
    for p in pats:
        dn = p.format(s=base.stem)
        legal = rng.choice(["Ltd", "Limited"])
        if not near_name(dn + " " + legal, base.display) and fac.free(dn + " " + legal):
            break
    fac.names.discard(e.display.lower())
    fac.keys.discard(name_key(e.display))
    e.base, e.legal, e.farm_name = dn, legal, None
    e.display = dn + " " + legal
    from kinds import company_variants
    e.variants = company_variants(e)
    fac.claim(e.display)
    e.addr, e.alt_addr = base.addr, base.alt_addr
    e.email = base.email
    notes = ["same_address", "shared_email"]
    if rng.random() < .6:
        e.phone, e.phone2 = base.phone, None
        notes.append("shared_phone")
    if rng.random() < .5:
        e.contact = base.contact
        notes.append("same_contact_person")
    e.hn = ("orchard_packhouse_sister_company", base, notes)
    return e


def school(fac, eid, base):
    name = None
    for _ in range(50):
        name = school_name(fac, base.town)
        if fac.free(name):
            break
    e = make(fac, "school", eid, town=base.town, name=name)
    e.hn = ("schools_same_town", base, ["same_town"])
    return e


def club(fac, eid, base):
    rng = fac.rng
    kind = "ap" if base.kind == "rugby" else "rugby"
    e = make(fac, kind, eid, town=base.town, place=base.stem)
    notes = ["same_town"]
    if rng.random() < .4:
        e.addr, e.alt_addr = base.addr, base.alt_addr
        notes.append("same_address")
    e.hn = ("rugby_club_vs_ap_association", base, notes)
    return e


BUILDERS = {
    "sharemilker_same_address": sharemilker, "family": family,
    "father_son_same_name": father_son, "brother_neighbouring_block": brother,
    "namesake_other_region": namesake, "iwi_trusts_shared_office": iwi_shared_office,
    "orchard_packhouse_sister_company": packhouse, "schools_same_town": school,
    "rugby_club_vs_ap_association": club,
}
