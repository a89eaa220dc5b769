"""True identities (persons and organisations) and their real-world facts.

An entity is a plain dict.  Records are rendered from it later (render.py);
this module only decides who someone is, where they live, and how they
normally call themselves.
"""
import unicodedata

import names as N
import places as P


def strip_accents(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower()
    return "".join(c for c in s if c.isalnum())


def wchoice(rng, pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(items, weights)[0]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.ids = set()
        self.phones = set()
        self.emails = set()
        self.org_names = set()

    def new_id(self):
        while True:
            i = "C%08x" % self.rng.getrandbits(32)
            if i not in self.ids:
                self.ids.add(i)
                return i

    def phone(self, city):
        rng = self.rng
        area = rng.choice(P.CITY[city][3])
        while True:
            ex = "%d%02d" % (rng.randint(2, 9), rng.randint(0, 99))
            if ex[1:] == "11" or ex == "555":
                continue
            num = area + ex + "%04d" % rng.randint(0, 9999)
            if num not in self.phones:
                self.phones.add(num)
                return num

    def claim_email(self, local, domain):
        rng = self.rng
        e = local + "@" + domain
        while e in self.emails:
            e = local + str(rng.randint(1, 99)) + "@" + domain
        self.emails.add(e)
        return e


# ------------------------------------------------------------------ places
def pick_city(rng, culture=None, state=None):
    pairs = []
    for c in P.CITIES:
        if state and c[1] != state:
            continue
        w = c[4] * (c[5][culture] if culture else 1)
        if w > 0:
            pairs.append((c[0] + "|" + c[1], w))
    return wchoice(rng, pairs)


def pick_culture(rng, city):
    cw = P.CITY[city][5]
    return wchoice(rng, [(k, cw[k]) for k in ("hisp", "anglo", "aa", "viet", "fil", "nav") if cw[k] > 0])


def _unit(rng):
    r = rng.random()
    if r < 0.45:
        return str(rng.randint(1, 4)) + "%02d" % rng.randint(1, 30)
    if r < 0.75:
        return str(rng.randint(1, 40)) + rng.choice("ABCDEF")
    if r < 0.9:
        return str(rng.randint(1, 350))
    return rng.choice("ABCDEFGH")


def make_address(rng, city, street=None, num=None, allow_po=True):
    c = P.CITY[city]
    a = {"num": None, "predir": "", "street": None, "stype": None, "unit": None, "unit_kind": None,
         "pobox": None, "hc": None, "city": c[0], "state": c[1], "zip": rng.choice(c[2]),
         "zip4": "%04d" % rng.randint(1000, 9999)}
    if street is None and c[6] == "nav":
        if rng.random() < 0.85:
            a["pobox"] = str(rng.randint(100, 4999))
        else:
            a["hc"] = "HC %d Box %d" % (rng.choice((58, 61, 63)), rng.randint(10, 999))
        return a
    if street is None and allow_po and rng.random() < 0.03:
        a["pobox"] = str(rng.randint(10, 99999))
        return a
    kind = "given"
    if street is None:
        kind = wchoice(rng, [("art", 45), ("res", 28), ("spa", 15), ("grid", 12)])
        if kind == "art" and c[7]:
            street = rng.choice(c[7])
        elif kind == "spa":
            street = rng.choice(P.SPANISH_STREETS)
        elif kind == "grid" and c[6] in P.GRID_METROS:
            n = rng.randint(2, 99)
            sfx = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            street = (rng.choice("NSEW"), "%d%s" % (n, sfx), rng.choice(["St", "Ave", "Ave", "Dr", "Pl", "Way"]))
        else:
            kind = "res"
            street = rng.choice(P.RES_STREETS)
    a["predir"], a["street"], a["stype"] = street
    a["num"] = num or str(rng.randint(100, 9999) if kind == "art" else rng.randint(100, 12999))
    if kind == "art" and rng.random() < 0.45 or kind != "art" and rng.random() < 0.08:
        a["unit"] = _unit(rng)
        a["unit_kind"] = "Apt"
        if c[1] in ("AZ", "TX") and kind == "art" and rng.random() < 0.15:
            a["unit_kind"] = "Spc"      # mobile home park space
            a["unit"] = str(rng.randint(1, 220))
    return a


def same_street_address(rng, addr):
    """A different house on the same street (sister-in-law down the road)."""
    a = dict(addr)
    n = int(addr["num"]) + rng.choice((-1, 1)) * 2 * rng.randint(1, 30)
    a["num"] = str(max(n, 101))
    a["unit"] = None
    a["unit_kind"] = None
    a["zip4"] = "%04d" % rng.randint(1000, 9999)
    return a


def moved_address(rng, addr, city):
    metro = P.CITY[city][6]
    cands = [c[0] + "|" + c[1] for c in P.metro_cities(metro)]
    newcity = city if rng.random() < 0.7 or len(cands) == 1 else rng.choice(cands)
    while True:
        a = make_address(rng, newcity)
        key = lambda x: (x.get("street"), x.get("num"), x.get("pobox"), x.get("hc"))
        if key(a) != key(addr):
            return a, newcity


# ------------------------------------------------------------------ e-mail
def pick_domain(rng, state):
    return wchoice(rng, [(d, w) for d, w, reg in P.EMAIL_DOMAINS if reg is None or state in reg])


def personal_email(ctx, first, last, year, state, nick=None, area=None):
    rng = ctx.rng
    f, l = slug(first.split()[0]), slug(last.split("-")[0].split()[-1] if " " in last and not last.lower().startswith("de") else last)
    yy = "%02d" % (year % 100)
    pats = [("f.l", 20), ("fl", 12), ("il", 12), ("f.lyy", 10), ("flyy", 8), ("f_l", 4), ("fyyyy", 5),
            ("ilnn", 6), ("l.f", 4), ("farea", 4 if area else 0), ("nickl", 6 if nick else 0)]
    p = wchoice(rng, pats)
    local = {"f.l": f + "." + l, "fl": f + l, "il": f[0] + l, "f.lyy": f + "." + l + yy, "flyy": f + l + yy,
             "f_l": f + "_" + l, "fyyyy": f + str(year), "ilnn": f[0] + l + str(rng.randint(1, 99)),
             "l.f": l + "." + f, "farea": f + (area or ""), "nickl": slug(nick or f) + l}[p]
    return ctx.claim_email(local, pick_domain(rng, state))


def family_email(ctx, last, state):
    rng = ctx.rng
    l = slug(last.split("-")[0] if not last.lower().startswith("de") else last)
    local = wchoice(rng, [("the" + l + "s", 5), (l + "family", 3), ("the" + l + "family", 2),
                          (l + "familia", 2 if state != "CA" or rng.random() < 0.5 else 1), (l + "house", 1)])
    return ctx.claim_email(local, pick_domain(rng, state))


# ------------------------------------------------------------------ persons
def _given(rng, culture, gender):
    """Return (full given names, usual form, alternative forms, middle)."""
    c = N.CULTURES[culture]
    if culture == "hisp" and rng.random() < 0.32:
        full, alts = rng.choice(N.HISP_F_COMPOUND if gender == "f" else N.HISP_M_COMPOUND)
        first = full.split()[0]
        usual = wchoice(rng, [(full, 45), (first, 20), (alts[0], 25), (alts[-1], 10)])
        return full, usual, [full, first] + alts, None
    if culture == "viet":
        middle = ("Thi" if gender == "f" else rng.choice(["Van", "Van", "Duc", "Minh", "Quoc"])) \
            if rng.random() < 0.7 else None
        viet = rng.choice(N.VIET_F if gender == "f" else N.VIET_M)
        if rng.random() < 0.35:
            eng = rng.choice(N.VIET_ENG_F if gender == "f" else N.VIET_ENG_M)
            return eng, eng, [eng], viet
        return viet, viet, [viet], middle
    name, nicks = rng.choice(c[gender])
    usual = name
    if nicks and rng.random() < 0.18:
        usual = rng.choice(nicks)
    middle = None
    if culture in ("anglo", "aa", "nav") and rng.random() < 0.55:
        middle = rng.choice([n for n, _ in c[gender] if n != name])
    elif culture == "fil" and rng.random() < 0.55:
        middle = rng.choice(N.FIL_SUR)          # mother's maiden name, as Filipinos do
    elif culture == "hisp" and rng.random() < 0.12:
        middle = rng.choice([n for n, _ in c[gender] if n != name])
    return name, usual, [name] + nicks, middle


def _surname(rng, culture):
    if culture == "hisp" and rng.random() < 0.3:
        return rng.choice(N.HISP_SUR_COMMON)
    return rng.choice(N.CULTURES[culture]["sur"])


def make_person(ctx, city=None, culture=None, gender=None, surnames=None, addr=None,
                year=None, given=None, email=True):
    rng = ctx.rng
    if city is None:
        city = pick_city(rng, culture)
    if culture is None:
        culture = pick_culture(rng, city)
    gender = gender or rng.choice("mf")
    full, usual, alts, middle = _given(rng, culture, gender)
    if given is not None:
        full, usual, alts = given, given, [given] + N.NICKNAMES.get(given, [])
    if surnames is None:
        s1 = _surname(rng, culture)
        surnames = [s1]
        if culture == "hisp" and rng.random() < 0.5:
            s2 = _surname(rng, culture)
            if s2 != s1:
                surnames.append(s2)
    sur_use = "first"
    if len(surnames) == 2:
        sur_use = wchoice(rng, [("both", 55), ("first", 35), ("hyphen", 10)])
    year = year or rng.randint(1942, 2003)
    st = P.CITY[city][1]
    e = {"id": ctx.new_id(), "kind": "person", "culture": culture, "gender": gender,
         "given": full, "usual": usual, "alts": alts, "middle": middle,
         "surnames": list(surnames), "sur_use": sur_use, "maiden": None, "suffix": None,
         "year": year, "city": city, "addr": addr or make_address(rng, city),
         "mobile": ctx.phone(city), "home": None, "email": None, "family_email": None,
         "relations": []}
    if rng.random() < (0.45 if year < 1965 else 0.15):
        e["home"] = ctx.phone(city)
    if email and rng.random() < 0.93:
        nick = usual if usual != full else None
        e["email"] = personal_email(ctx, usual if rng.random() < 0.5 else full, surnames[0], year, st,
                                    nick=nick, area=e["mobile"][:3])
    return e


def surname_str(e, use=None):
    s = e["surnames"]
    use = use or e["sur_use"]
    if len(s) == 1:
        return s[0]
    return {"both": s[0] + " " + s[1], "first": s[0], "second": s[1], "hyphen": s[0] + "-" + s[1]}[use]


def relate(a, b, rel):
    a["relations"].append((rel, b["id"]))
    b["relations"].append((rel + "_of", a["id"]))


# ------------------------------------------------------------------ organisations
def org_email(ctx, name, contact, kind, short=None):
    rng = ctx.rng
    words = [w for w in strip_accents(name).replace("&", " ").replace("'", "").split()
             if w.lower() not in ("inc.", "inc", "llc", "the", "of", "and", "de", "del", "la", "los", "friends")]
    dom = "".join(w.lower() for w in words[:3]).replace(".", "")
    small = kind in ("rescue", "ranch") or any(k in name for k in ("Friends of", "Foundation", "PTO", "PTA", "Parent"))
    if small and rng.random() < 0.45:
        return ctx.claim_email(dom[:24], rng.choice(["gmail.com", "gmail.com", "yahoo.com", "outlook.com"]))
    tld = ".org" if kind in ("rescue", "foster", "school", "district") else (".gov" if kind == "shelter" else ".com")
    if kind == "district" and short and "Foundation" not in name:
        dom = slug(short)
    elif kind == "district":
        dom = "".join(w[0] for w in words).lower()
    if kind == "shelter" and "Friends of" in name:
        tld = ".org"
    elif kind == "shelter":
        dom = slug(words[0]) + "county" if "County" in name else slug(words[0]) + "tx"
    local = wchoice(rng, [("info", 3), ("billing", 2), ("accounts", 1), ("office", 1),
                          (slug(contact["given"])[0] + slug(contact["family"]), 3)])
    if kind in ("district", "shelter") and not small:
        local = rng.choice(["accountspayable", "ap", "purchasing", "billing"])
    return ctx.claim_email(local, dom + tld)


def make_org(ctx, kind=None, name=None, city=None):
    rng = ctx.rng
    kind = kind or wchoice(rng, [("rescue", 42), ("foster", 14), ("school", 18), ("shelter", 7),
                                 ("ranch", 11), ("district", 8)])
    short = None
    city_fixed = city is not None
    for _try in range(60):
        if name is not None:
            break
        if kind == "rescue":
            pre = rng.choice(P.RESCUE_PREFIX)
            if city_fixed and pre in P.PREFIX_CITIES and city not in P.PREFIX_CITIES[pre]:
                continue
            name = pre + " " + rng.choice(P.allowed_kinds(pre))
            if pre in P.PREFIX_CITIES and not city_fixed:
                city = rng.choice(P.PREFIX_CITIES[pre])
            if rng.random() < 0.3:
                name += rng.choice([" Inc.", " Inc", ", Inc."])
        elif kind == "foster":
            name = rng.choice(P.FOSTER)
        elif kind == "school":
            if rng.random() < 0.5:
                name = rng.choice(P.SCHOOL_SAINTS) + " " + rng.choice(P.SCHOOL_SAINT_KIND)
            else:
                name = rng.choice(P.SCHOOL_PLACES) + " " + rng.choice(P.SCHOOL_PLACE_KIND)
        elif kind == "shelter":
            name, city = rng.choice(P.SHELTERS)
        elif kind == "ranch":
            name = rng.choice(P.RANCH_PREFIX) + " " + rng.choice(P.RANCH_KIND)
        else:
            name, short, city = rng.choice(P.DISTRICTS)
        base = name.replace(", Inc.", "").replace(" Inc.", "").replace(" Inc", "")
        if base in ctx.org_names:
            name = None
            if kind in ("shelter", "district", "foster") and _try > 10:
                kind = "rescue"
            if not city_fixed:
                city = None
            continue
        ctx.org_names.add(base)
    if city is None:
        city = pick_city(rng, "hisp" if kind == "ranch" and rng.random() < 0.5 else None)
    contact = make_person(ctx, city=city, email=False)
    addr = make_address(rng, city, allow_po=True)
    if addr["unit"]:
        if kind in ("rescue", "ranch"):
            addr["unit"] = addr["unit_kind"] = None
        else:
            addr["unit_kind"], addr["unit"] = "Ste", str(rng.choice((1, 1, 2, 3))) + "%02d" % rng.randint(0, 20)
    return {"id": ctx.new_id(), "kind": "org", "otype": kind, "name": name, "short": short,
            "city": city, "addr": addr, "mobile": ctx.phone(city), "home": None,
            "email": org_email(ctx, name, {"given": contact["usual"], "family": contact["surnames"][0]}, kind, short),
            "contact": {"given": contact["usual"], "family": surname_str(contact)},
            "relations": []}
