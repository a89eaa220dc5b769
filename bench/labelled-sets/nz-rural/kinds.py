"""Builders for each kind of customer.  make(fac, kind, eid, ...) -> Entity."""
import names as N
from entities import Entity, LTD
from world import LOCALITIES, strip_marks

INDIVIDUAL_KINDS = ["person", "couple", "lifestyle", "sharemilker", "worker",
                    "gardener", "contractor_person"]
FARM_KINDS = ["person", "couple", "partnership", "trust", "company", "equity",
              "sharemilker", "stud", "contractor_person"]

COUNCILS = {
    "Waikato": ["Waipā District Council", "Waikato District Council",
                "Matamata-Piako District Council", "Ōtorohanga District Council",
                "Waitomo District Council", "South Waikato District Council",
                "Hauraki District Council", "Waikato Regional Council"],
    "Canterbury": ["Ashburton District Council", "Selwyn District Council",
                   "Waimakariri District Council", "Hurunui District Council",
                   "Timaru District Council", "Waimate District Council",
                   "Environment Canterbury"],
    "Southland": ["Southland District Council", "Gore District Council",
                  "Invercargill City Council", "Environment Southland"],
    "Hawke's Bay": ["Hastings District Council", "Napier City Council",
                    "Central Hawke's Bay District Council", "Wairoa District Council",
                    "Hawke's Bay Regional Council"],
    "Northland": ["Whangārei District Council", "Far North District Council",
                  "Kaipara District Council", "Northland Regional Council"],
    "Manawatū": ["Manawatū District Council", "Palmerston North City Council",
                 "Tararua District Council", "Rangitīkei District Council",
                 "Horowhenua District Council", "Horizons Regional Council"],
}
COUNCIL_TOWN = {"Waipā": "Te Awamutu", "Waikato District": "Ngāruawāhia",
                "Matamata-Piako": "Te Aroha", "Ōtorohanga": "Ōtorohanga",
                "Waitomo": "Te Kūiti", "South Waikato": "Tokoroa", "Hauraki": "Paeroa",
                "Waikato Regional": "Hamilton", "Ashburton": "Ashburton",
                "Selwyn": "Leeston", "Waimakariri": "Rangiora", "Hurunui": "Amberley",
                "Timaru": "Timaru", "Waimate": "Waimate", "Environment Canterbury": "Timaru",
                "Southland District": "Invercargill", "Gore": "Gore", "Invercargill": "Invercargill",
                "Environment Southland": "Invercargill", "Hastings": "Hastings", "Napier": "Napier",
                "Central Hawke's Bay": "Waipukurau", "Wairoa": "Wairoa",
                "Hawke's Bay Regional": "Napier", "Whangārei": "Whangārei",
                "Far North": "Kaikohe", "Kaipara": "Dargaville", "Northland Regional": "Whangārei",
                "Manawatū District": "Feilding", "Palmerston North": "Palmerston North",
                "Tararua": "Dannevirke", "Rangitīkei": "Marton", "Horowhenua": "Levin",
                "Horizons": "Palmerston North"}
DOC_TOWNS = ["Hamilton", "Te Kūiti", "Te Anau", "Invercargill", "Napier", "Whangārei",
             "Kaitāia", "Kerikeri", "Palmerston North", "Geraldine", "Rangiora",
             "Dargaville", "Taihape", "Ashburton", "Wairoa"]

KIND_REGIONS = {
    "orchard": ("Hawke's Bay", 75, "Northland", 20, "Waikato", 5),
    "garden_co": ("Manawatū", 45, "Hawke's Bay", 35, "Waikato", 20),
    "gardener": ("Manawatū", 45, "Hawke's Bay", 35, "Waikato", 20),
    "stud": ("Waikato", 60, "Canterbury", 30, "Manawatū", 10),
    "sharemilker": ("Waikato", 50, "Southland", 20, "Canterbury", 15, "Northland", 10, "Manawatū", 5),
}
ORCHARD_TOWNS = {"Hawke's Bay": ["Hastings", "Havelock North", "Napier", "Clive"],
                 "Northland": ["Kerikeri", "Whangārei"], "Waikato": ["Cambridge", "Te Aroha"],
                 "Manawatū": ["Levin", "Foxton"]}


def dotted(i):
    return "".join(c + "." for c in i)


def person_variants(p, suffix=None):
    g, f = p.given, p.family
    v = [("nickname", "%s %s" % (a, f)) for a in p.alt_givens()]
    v.append(("initials", "%s %s" % (p.initials(False), f)))
    if p.middle:
        v.append(("initials", "%s %s" % (p.initials(), f)))
        v.append(("middle_initial", "%s %s %s" % (g, p.middle, f)))
    v.append(("surname_first", "%s, %s" % (f, g)))
    v.append(("surname_first", "%s %s" % (f.upper(), g)))
    if suffix:
        v = [(t, n + " " + suffix) for t, n in v]
        v.append(("suffix_dropped", "%s %s" % (g, f)))
        v.append(("suffix_format", "%s %s (%s)" % (g, f, suffix)))
    return v


def couple_display(p1, p2):
    if p1.family == p2.family:
        return "%s & %s %s" % (p1.given, p2.given, p1.family)
    return "%s %s & %s %s" % (p1.given, p1.family, p2.given, p2.family)


def couple_variants(p1, p2):
    g1, g2, f = p1.given, p2.given, p1.family
    if p1.family != p2.family:
        return [("ampersand", "%s %s and %s %s" % (g1, f, g2, p2.family)),
                ("name_order", "%s %s & %s %s" % (g2, p2.family, g1, f)),
                ("initials", "%s %s & %s %s" % (p1.initials(False), f, p2.initials(False), p2.family))]
    v = [("ampersand", "%s and %s %s" % (g1, g2, f)),
         ("initials", "%s & %s %s" % (p1.initials(), p2.initials(), f)),
         ("initials", "%s & %s %s" % (p1.initials(False), p2.initials(False), f)),
         ("surname_first", "%s, %s & %s" % (f, g1, g2)),
         ("name_order", "%s & %s %s" % (g2, g1, f)),
         ("name_expanded", "%s %s & %s %s" % (g1, f, g2, f))]
    v += [("nickname", "%s & %s %s" % (a, g2, f)) for a in p1.alt_givens()[:1]]
    return v


def company_variants(e):
    v = []
    if e.legal:
        v.append(("legal_suffix_dropped", e.base))
        v.append(("legal_suffix_changed", "%s %s" % (e.base, "Limited" if e.legal == "Ltd" else "Ltd")))
    else:
        v.append(("legal_suffix_added", e.base + " Ltd"))
    if e.farm_name:
        v.append(("farm_name_as_display", e.farm_name))
    return v


def _pick_region(fac, kind, region):
    if region:
        return region
    spec = KIND_REGIONS.get(kind)
    if not spec:
        return None
    return fac.rng.choices(spec[0::2], spec[1::2])[0]


def _origin(fac, kind, region):
    rng = fac.rng
    if kind == "sharemilker":
        return rng.choices(["dutch", "anglo", "maori", "filipino", "indian"], [35, 35, 10, 10, 10])[0]
    if kind == "worker":
        return rng.choices(["filipino", "indian", "anglo", "maori"], [45, 45, 5, 5])[0]
    if kind == "gardener" or kind == "garden_co":
        return rng.choices(["chinese", "indian"], [85, 15])[0]
    if kind == "lifestyle":
        return rng.choices(["anglo", "maori", "dutch", "chinese", "indian", "filipino"], [70, 10, 5, 5, 5, 5])[0]
    m = 30 if region == "Northland" else (8 if region in ("Canterbury", "Southland") else 15)
    return rng.choices(["anglo", "maori", "dutch"], [100 - m - 6, m, 6])[0]


def _town(fac, kind, region):
    if kind in ("orchard", "garden_co", "gardener"):
        names = ORCHARD_TOWNS[region]
        return fac.rng.choice([t for t in fac.by_region[region] if t.name in names])
    return fac.town_in(region)


def make(fac, kind, eid, region=None, town=None, people=None, unique=True, display=None, **kw):
    """Build one entity of `kind`.  With unique=True the display name (and its
    name key) must be unused; the builder retries with fresh random names."""
    rng = fac.rng
    region = _pick_region(fac, kind, region) or (town.region if town else None)
    for attempt in range(300):
        r = region or fac.town_in().region
        t = town or _town(fac, kind, r)
        e = Entity(eid, kind, t)
        _BUILD[kind](fac, e, people, **kw)
        if display:
            e.display = display
        if not unique or fac.free(e.display):
            break
    else:
        raise RuntimeError("could not name a %s" % kind)
    fac.claim(e.display)
    return e


# ----------------------------------------------------------- individuals
def _b_person(fac, e, people, suffix=None, **kw):
    rng = fac.rng
    p = people[0] if people else fac.person(_origin(fac, e.kind, e.region),
                                            "M" if rng.random() < .72 else "F")
    e.people = [p]
    e.suffix = suffix
    e.display = p.full + (" " + suffix if suffix else "")
    e.variants = person_variants(p, suffix)
    if e.kind == "worker" and rng.random() < .6:
        e.addr = fac.addrs.street(e.town)
    elif e.kind in ("gardener",):
        fac.farm_address(e, lane=False, pobox_main=0)
    else:
        fac.farm_address(e, lane=(e.kind == "lifestyle"), pobox_main=.08)
    if e.kind == "contractor_person" and rng.random() < .6:
        trade = rng.choice(["Contracting", "Fencing", "Ag Services", "Spraying", "Shearing"])
        e.variants.append(("trading_name", "%s %s" % (e.display, trade)))
    fac.contacts(e, landline_p=.2 if e.kind in ("worker", "sharemilker", "lifestyle") else .4)
    if rng.random() < .1 and e.kind == "person":
        e.farm_name = "%s %s" % (fac.farm_word(), rng.choice(["Farm", "Station", "Downs"]))


def _b_couple(fac, e, people, **kw):
    rng = fac.rng
    if people:
        p1, p2 = people
    else:
        p1 = fac.person(_origin(fac, e.kind, e.region), "M" if rng.random() < .8 else "F")
        p2 = fac.partner(p1, same_family=rng.random() < .85)
    e.people = [p1, p2]
    e.display = couple_display(p1, p2)
    e.variants = couple_variants(p1, p2)
    fac.farm_address(e, lane=(e.kind == "lifestyle"), pobox_main=.1)
    fac.contacts(e, landline_p=.45)
    if rng.random() < .2:
        e.farm_name = "%s %s" % (fac.farm_word(), rng.choice(["Farm", "Station", "Downs", "Dairy Farm"]))
        e.variants.append(("farm_name_as_display", e.farm_name))


def _b_individual(fac, e, people, **kw):
    rng = fac.rng
    if e.kind in ("lifestyle", "sharemilker") and not people and rng.random() < .4:
        _b_couple(fac, e, None)
    else:
        _b_person(fac, e, people, **kw)


# ---------------------------------------------------------- family farms
def _owners(fac, e, people):
    if people:
        return list(people)
    p1 = fac.person(_origin(fac, e.kind, e.region), "M" if fac.rng.random() < .8 else "F")
    return [p1, fac.partner(p1)]


def _b_partnership(fac, e, people, style=None, **kw):
    rng = fac.rng
    ps = _owners(fac, e, people)
    if len(ps) == 1:
        ps.append(fac.partner(ps[0]))
    p1, p2 = ps
    f = p1.family
    if p2.family != f:
        p2.family = f
    e.people = ps
    brothers = p1.gender == p2.gender == "M" and rng.random() < .5
    style = style or rng.choices(["initials", "partnership", "names", "bros"],
                                 [50, 25, 15, 10 if brothers else 0])[0]
    e.style = style
    I1, I2 = p1.initials(), p2.initials()
    full = "%s & %s %s" % (p1.given, p2.given, f)
    if style == "initials":
        e.display = "%s & %s %s" % (I1, I2, f)
        e.variants = [("initials_expanded", full), ("partnership_name", "%s Partnership" % f),
                      ("ampersand", "%s and %s %s" % (I1, I2, f)),
                      ("punctuation", "%s & %s %s" % (dotted(I1), dotted(I2), f)),
                      ("surname_first", "%s %s & %s" % (f.upper(), I1, I2))]
    elif style == "partnership":
        e.display = "%s Partnership" % f
        e.variants = [("initials", "%s & %s %s" % (I1, I2, f)), ("name_wording", "%s Partners" % f),
                      ("partnership_names", full)]
    elif style == "names":
        e.display = full + " Partnership"
        e.variants = [("partnership_name_dropped", full), ("initials", "%s & %s %s" % (I1, I2, f)),
                      ("ampersand", "%s and %s %s Partnership" % (p1.given, p2.given, f))]
    else:
        e.display = "%s Bros" % f
        e.variants = [("name_wording", "%s Brothers" % f), ("partnership_names", full)]
    fac.farm_address(e)
    fac.contacts(e, landline_p=.5)
    e.org = False


def _b_trust(fac, e, people, style=None, **kw):
    rng = fac.rng
    ps = _owners(fac, e, people)
    if len(ps) == 1:
        ps.append(fac.partner(ps[0]))
    p1, p2 = ps
    f = p1.family
    e.people = ps
    e.org = True
    style = style or rng.choices("ABCDE", [30, 30, 12, 15, 13])[0]
    e.style = style
    i1, i2 = p1.initials(False), p2.initials(False)
    if rng.random() < .4:
        e.farm_name = "%s %s" % (fac.farm_word(), rng.choice(["Farm", "Station", "Downs"]))
    if style == "A":
        e.display = "%s & %s %s Family Trust" % (i1, i2, f)
    elif style == "B":
        e.display = "%s Family Trust" % f
    elif style == "C":
        e.display = "%s Farm Trust" % f
    elif style == "D":
        w = fac.farm_word()
        e.display = "%s Trust" % w
    else:
        e.display = "%s %s Family Trust" % (p1.given, f)
    d = e.display
    v = []
    if " Family Trust" in d:
        v.append(("trust_wording", d.replace(" Family Trust", " Trust")))
    elif style == "D":
        v.append(("trust_wording", d.replace(" Trust", " Family Trust")))
    v.append(("the_prefix", "The " + d))
    if " & " in d:
        v.append(("ampersand", d.replace(" & ", " and ")))
    v.append(("trustees_atf", "%s %s & %s %s ATF %s" % (i1, f, i2, f, d)))
    v.append(("trustees_atf", "%s & %s %s ATF %s" % (p1.given, p2.given, f, d)))
    v.append(("trustees_atf", "Trustees of the %s" % d))
    if e.farm_name:
        v.append(("farm_name_as_display", e.farm_name))
    e.variants = v
    e.contact = p1
    fac.farm_address(e)
    fac.contacts(e, landline_p=.5, own_mail=fac.mails.person(p1, p2) if rng.random() < .6 else None)


def _legal(fac, e, base, legal_p=.9):
    rng = fac.rng
    e.base = base
    e.legal = (rng.choice(LTD) if rng.random() < legal_p else None)
    e.display = base + (" " + e.legal if e.legal else "")


def _b_company(fac, e, people, **kw):
    rng = fac.rng
    e.org = True
    ps = _owners(fac, e, people)
    e.people = ps
    f = ps[0].family
    w = fac.farm_word()
    loc = rng.choice(e.town.localities or [e.town.name])
    k = e.kind
    if k == "company":
        pat = rng.choice(["{f} Farming", "{f} Farms", "{w} Dairies", "{w} Station", "{w} Holdings",
                          "{f} Pastoral", "{loc} Dairy Farm", "{w} Farm", "{w} Downs",
                          "{f} Agriculture", "{w} Pastoral", "{f} Land Company", "{f} Dairy"])
        if "{f}" in pat and rng.random() < .6:
            e.farm_name = "%s %s" % (w, rng.choice(["Station", "Farm", "Downs"]))
    elif k == "equity":
        pat = rng.choice(["{w} Equity Partnership", "{loc} Dairy Equity", "{w} Dairy Partners",
                          "{loc} Equity Farms"])
    elif k == "contractor":
        pat = rng.choice(["{f} Contracting", "{loc} Ag Services", "{f} Bros Contracting",
                          "{t} Fencing", "{f} Fencing", "{f} Haulage", "{f} Drainage & Earthmoving",
                          "{loc} Agricultural Contractors", "{f} Spraying", "{f} Baling",
                          "{f} Shearing"])
    elif k == "orchard":
        pat = rng.choice(["{w} Orchards", "{f} Orchard", "{loc} Apples", "{w} Estate",
                          "{loc} Vineyard", "{w} Wines", "{loc} Kiwifruit", "{w} Avocados",
                          "{f} Fruitgrowers", "{w} Fruit Company"] if e.region != "Northland" else
                         ["{loc} Kiwifruit", "{w} Avocados", "{w} Orchards", "{f} Citrus",
                          "{f} Orchard"])
    elif k == "stud":
        pat = rng.choice(["{w} Stud", "{f} Thoroughbreds", "{w} Lodge Stud", "{w} Standardbreds",
                          "{w} Bloodstock", "{w} Park Stud"])
    else:  # garden_co
        pat = rng.choice(["{f} Market Gardens", "{f} Bros Gardens", "{f} Growers",
                          "{loc} Fresh Produce", "{f} Vegetables"])
    base = pat.format(f=f, w=w, loc=loc, t=e.town.name)
    e.stem = {"{f}": f, "{w}": w, "{loc}": loc, "{t}": e.town.name}[pat.split()[0]]
    _legal(fac, e, base, legal_p=.6 if k in ("stud", "orchard") else .88)
    e.variants = company_variants(e)
    if k == "contractor" and "{f}" in pat:
        e.variants.append(("trading_name", "%s %s" % (ps[0].given, pat.split(" ", 1)[1].format(f=f))))
    e.contact = ps[0] if rng.random() < .7 else fac.person()
    fac.farm_address(e, pobox_main=.2)
    fac.contacts(e, landline_p=.55)


# ------------------------------------------------------------- Māori land
def block_name(fac):
    rng = fac.rng
    b = fac.maori_word()
    r = rng.random()
    if r < .35:
        b += " %d%s" % (rng.randint(1, 9), rng.choice(["", "A", "B", "C", "B2", "A1"]))
    elif r < .55:
        b += " No. %d" % rng.randint(1, 6)
    elif r < .7:
        b = "Te " + b
    return b


def _b_maori_trust(fac, e, people, iwi=None, **kw):
    rng = fac.rng
    e.org = True
    e.iwi = iwi or rng.choice(N.IWI[e.region.replace("Manawatū", "Manawatū")])
    style = rng.choices(["awt", "whanau", "lands"], [65, 25, 10])[0]
    if style == "awt":
        b = block_name(fac)
        e.stem = b
        e.display = "%s Ahu Whenua Trust" % b
        e.variants = [("abbreviation", "%s AWT" % b), ("trust_wording", "%s Trust" % b),
                      ("trustees_atf", "Trustees of %s Ahu Whenua Trust" % b)]
        if " No. " in b:
            e.variants.append(("number_format", "%s Ahu Whenua Trust" % b.replace(" No. ", " No ")))
    elif style == "whanau":
        f = rng.choice(N.MAORI_SURNAMES)
        e.stem = f
        e.display = "%s Whānau Trust" % f
        e.variants = [("trust_wording", "%s Whānau Trust" % f.upper()),
                      ("trustees_atf", "Trustees of the %s Whānau Trust" % f)]
    else:
        b = fac.maori_word()
        e.stem = b
        e.display = "%s Lands Trust" % b
        e.variants = [("trust_wording", "%s Trust" % b), ("the_prefix", "The %s Lands Trust" % b)]
    e.contact = fac.person("maori")
    _maori_address(fac, e)
    fac.contacts(e, landline_p=.6)


def _b_incorporation(fac, e, people, iwi=None, **kw):
    rng = fac.rng
    e.org = True
    e.iwi = iwi or rng.choice(N.IWI[e.region])
    b = fac.maori_word()
    e.stem = b
    style = rng.choice(["inc", "prop", "lands"])
    if style == "inc":
        e.display = "%s Incorporation" % b
        e.variants = [("abbreviation", "%s Inc" % b), ("name_wording", "Proprietors of %s" % b)]
    elif style == "prop":
        e.display = "Proprietors of %s" % b
        e.variants = [("name_wording", "%s Incorporation" % b), ("the_prefix", "The Proprietors of %s" % b)]
    else:
        e.display = "%s Lands Incorporation" % b
        e.variants = [("name_wording", "%s Incorporation" % b), ("abbreviation", "%s Lands Inc" % b)]
    e.contact = fac.person("maori")
    _maori_address(fac, e)
    fac.contacts(e, landline_p=.7)


def _maori_address(fac, e):
    """Land trusts: the farm's rural address, or the (iwi) office in town."""
    if fac.rng.random() < .45:
        e.addr = fac.addrs.street(e.town) if fac.rng.random() < .5 else fac.addrs.pobox(e.town)
    else:
        fac.farm_address(e, pobox_main=.2)


def acronym(name):
    out = ""
    for w in strip_marks(name).replace("-", " ").split():
        out += w[0].lower() if w.lower() in ("o", "ki", "te", "a") and out else w[0].upper()
    return out


def _b_iwi_org(fac, e, people, iwi=None, **kw):
    rng = fac.rng
    e.org = True
    e.iwi = iwi or rng.choice(N.IWI[e.region])
    pat = rng.choice(["Te Rūnanga o {i}", "{i} Iwi Trust", "{i} Trust Board", "{i} Settlement Trust",
                      "Te Kāhui o {i}", "{i} Development Trust"])
    if e.region == "Southland" and pat.startswith("Te Rūnanga"):
        pat = "Te Rūnaka o {i}"
    e.display = pat.format(i=e.iwi)
    e.stem = e.iwi
    e.variants = [("acronym", acronym(e.display))]
    if "Trust Board" in e.display:
        e.variants.append(("name_wording", e.display.replace(" Trust Board", " Trust")))
    if "Rūnanga" in e.display or "Rūnaka" in e.display:
        e.variants.append(("legal_suffix_added", e.display + " Incorporated"))
    e.contact = fac.person("maori")
    e.addr = fac.addrs.street(e.town)
    e.alt_addr = fac.addrs.pobox(e.town)
    if rng.random() < .4:
        e.addr, e.alt_addr = e.alt_addr, e.addr
    fac.contacts(e, landline_p=.85)


def _b_marae(fac, e, people, **kw):
    e.org = True
    w = fac.maori_word()
    e.display = "%s Marae" % w
    e.stem = w
    e.variants = [("name_wording", "%s Marae Trust" % w), ("name_wording", "%s Marae Committee" % w),
                  ("trustees_atf", "Trustees of %s Marae" % w)]
    e.contact = fac.person("maori")
    e.addr = fac.addrs.rural(e.town, road=fac.rng.choice(["Marae Road", "Pā Road"] + e.town.roads[:3]))
    fac.contacts(e, landline_p=.3)


# ---------------------------------------------------- community & public
SCHOOL_PATTERNS = ["{loc} School", "{t} Primary School", "{t} Intermediate School", "{t} College",
                   "{t} High School", "St Joseph's Catholic School {t}", "{t} Area School",
                   "Te Kura o {loc}", "{t} East School", "{t} West School", "{t} South School",
                   "{t} North School", "{t} Christian School", "St Mary's School {t}"]


def school_name(fac, town, exclude=()):
    rng = fac.rng
    opts = []
    for p in SCHOOL_PATTERNS:
        if "{loc}" in p:
            opts += [p.format(loc=l) for l in town.localities]
        else:
            opts.append(p.format(t=town.name))
    opts = [o for o in opts if o not in exclude]
    return rng.choice(opts)


def _b_school(fac, e, people, name=None, **kw):
    rng = fac.rng
    e.org = True
    e.display = name or school_name(fac, e.town)
    e.variants = [("board_of_trustees", "%s BOT" % e.display),
                  ("board_of_trustees", "Board of Trustees - %s" % e.display)]
    for w in (" Primary School", " Area School", " Intermediate School"):
        if e.display.endswith(w):
            e.variants.append(("name_wording", e.display[: -len(" School")]))
    e.contact = fac.person()
    if e.display.split()[0] in e.town.localities or e.display.startswith("Te Kura o"):
        e.addr = fac.addrs.rural(e.town)
    else:
        e.addr = fac.addrs.street(e.town)
    if rng.random() < .3:
        e.alt_addr = fac.addrs.pobox(e.town)
    fac.contacts(e, landline_p=.95)


def _b_council(fac, e, people, name=None, **kw):
    rng = fac.rng
    e.org = True
    e.display = name
    short = name.replace(" District Council", " DC").replace(" City Council", " CC") \
        .replace(" Regional Council", " RC")
    e.variants = [("department_suffix", "%s - Accounts Payable" % name),
                  ("department_suffix", "%s (Parks & Reserves)" % name)]
    if short != name:
        e.variants.append(("abbreviation", short))
    e.contact = fac.person()
    e.addr = fac.addrs.street(e.town)
    e.alt_addr = fac.addrs.pobox(e.town, bag=True)
    if rng.random() < .5:
        e.addr, e.alt_addr = e.alt_addr, e.addr
    fac.contacts(e, landline_p=1.0)


def _b_doc(fac, e, people, **kw):
    e.org = True
    t = e.town.name
    e.display = "Department of Conservation - %s" % t
    e.variants = [("abbreviation", "DOC %s" % t), ("abbreviation", "Dept of Conservation %s" % t),
                  ("name_wording", "Department of Conservation (%s Office)" % t)]
    e.contact = fac.person()
    e.addr = fac.addrs.street(e.town)
    e.alt_addr = fac.addrs.pobox(e.town)
    e.email = fac.mails.take(slug_town(t), "doc.govt.nz")
    e.phone = fac.phones.landline(e.town)


def slug_town(t):
    return "".join(c for c in strip_marks(t).lower() if c.isalnum())


def _b_rugby(fac, e, people, place=None, **kw):
    rng = fac.rng
    e.org = True
    place = place or rng.choice([e.town.name] + e.town.localities)
    e.stem = place
    inc = rng.random() < .4
    e.display = "%s Rugby Football Club%s" % (place, " Inc" if inc else "")
    e.variants = [("abbreviation", "%s RFC" % place), ("name_wording", "%s Rugby Club" % place),
                  ("legal_suffix_changed", "%s Rugby Football Club%s" % (place, "" if inc else " Incorporated"))]
    e.contact = fac.person()
    _club_address(fac, e, place)
    fac.contacts(e, landline_p=.3)


def _b_ap(fac, e, people, place=None, **kw):
    rng = fac.rng
    e.org = True
    place = place or e.town.name
    e.stem = place
    word = rng.choice(["Association", "Association", "Society"])
    e.display = "%s A&P %s" % (place, word)
    e.variants = [("ampersand", "%s A and P %s" % (place, word)),
                  ("abbreviation", "%s A&P %s" % (place, "Assn" if word == "Association" else "Soc")),
                  ("name_expanded", "%s Agricultural & Pastoral %s" % (place, word)),
                  ("name_wording", "%s A&P Show" % place)]
    e.contact = fac.person()
    _club_address(fac, e, place)
    fac.contacts(e, landline_p=.4)


def _club_address(fac, e, place):
    rng = fac.rng
    if place == e.town.name:
        e.addr = fac.addrs.street(e.town, street=rng.choice(["Domain Road", "Showgrounds Road",
                                                            "Park Road", "Racecourse Road"]))
    else:
        e.addr = fac.addrs.rural(e.town, road="%s Road" % place)
    e.alt_addr = fac.addrs.pobox(e.town)
    if rng.random() < .45:
        e.addr, e.alt_addr = e.alt_addr, e.addr


_BUILD = {
    "person": _b_person, "lifestyle": _b_individual, "sharemilker": _b_individual,
    "worker": _b_person, "gardener": _b_person, "contractor_person": _b_person,
    "couple": _b_couple, "partnership": _b_partnership, "trust": _b_trust,
    "company": _b_company, "equity": _b_company, "contractor": _b_company,
    "orchard": _b_company, "stud": _b_company, "garden_co": _b_company,
    "maori_trust": _b_maori_trust, "incorporation": _b_incorporation,
    "iwi_org": _b_iwi_org, "marae": _b_marae, "school": _b_school,
    "council": _b_council, "doc": _b_doc, "rugby": _b_rugby, "ap": _b_ap,
}
