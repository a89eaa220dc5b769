"""Render entities as contact records (existing app / QuickBooks style) and
apply realistic noise.  Every function returns (contact, changes)."""
from world import strip_marks, rural_pc, box_pc, REGION_SPELLINGS

MILD_TAGS = {"legal_suffix_dropped", "legal_suffix_changed", "legal_suffix_added",
             "ampersand", "name_order", "the_prefix", "punctuation"}
_DV = {"ā": "aa", "ē": "ee", "ī": "ii", "ō": "oo", "ū": "uu",
       "Ā": "Aa", "Ē": "Ee", "Ī": "Ii", "Ō": "Oo", "Ū": "Uu"}
_KEYS = "qwertyuiopasdfghjklzxcvbnm"
_NEAR = {c: "" for c in _KEYS}
for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm"):
    for i, c in enumerate(row):
        _NEAR[c] = row[max(0, i - 1):i] + row[i + 1:i + 2]


def has_marks(s):
    return s != strip_marks(s)


def double_vowel(s):
    return "".join(_DV.get(c, c) for c in s)


def typo(s, rng):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 2)
    op = rng.choice(["swap", "delete", "double", "near"])
    if op == "swap":
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == "delete":
        w2 = w[:j] + w[j + 1:]
    elif op == "double":
        w2 = w[:j] + w[j] + w[j:]
    else:
        c = w[j].lower()
        alt = _NEAR.get(c) or "e"
        w2 = w[:j] + rng.choice(alt) + w[j + 1:]
    if w2 == w:
        w2 = w[:j] + w[j + 1:]
    words[i] = w2
    return " ".join(words)


# ------------------------------------------------------------- phones
def fmt_phone(d, rng, app=False):
    if d is None:
        return None
    if d.startswith("02"):
        pre, rest = d[:3], d[3:]
        a, b = rest[:3], rest[3:]
        styles = [("%s %s %s" % (pre, a, b), 40 if app else 30), (d, 25),
                  ("+64 %s %s %s" % (pre[1:], a, b), 5 if app else 15),
                  ("%s-%s-%s" % (pre, a, b), 10), ("%s %s" % (pre, rest), 10),
                  ("+64%s %s %s" % (pre[1:], a, b), 0 if app else 5)]
    else:
        area, rest = d[:2], d[2:]
        a, b = rest[:3], rest[3:]
        styles = [("(%s) %s %s" % (area, a, b), 40 if app else 30), ("%s-%s %s" % (area, a, b), 20),
                  ("%s %s %s" % (area, a, b), 25), (d, 5 if app else 10),
                  ("+64 %s %s %s" % (area[1:], a, b), 2 if app else 10)]
    return rng.choices([s for s, _ in styles], [w for _, w in styles])[0]


# ------------------------------------------------------------ addresses
_ABBR = [(" Road", " Rd"), (" Street", " St"), (" Drive", " Dr"), (" Place", " Pl"),
         (" Avenue", " Ave"), (" Lane", " Ln"), (" Terrace", " Tce")]


def fmt_road(road, rng, app):
    if road.startswith("State Highway"):
        n = road.split()[-1]
        return rng.choices([road, "SH" + n, "SH " + n], [60 if app else 40, 20, 20])[0]
    if rng.random() < (.2 if app else .35):
        for a, b in _ABBR:
            if road.endswith(a):
                return road[: -len(a)] + b
    return road


def fmt_address(a, rng, app=False, region_p=None):
    """Six output fields for address dict `a`, plus tags for omissions."""
    tags = []
    if a is None:
        return dict(line1=None, line2=None, city=None, region=None, postalCode=None, country=None), ["missing_address"]
    t = a["town"]
    town = t.name
    if has_marks(town) and rng.random() < (.3 if app else .55):
        town = strip_marks(town)
    rp = region_p if region_p is not None else (.7 if app else .5)
    region = rng.choice(REGION_SPELLINGS[t.region]) if rng.random() < rp else None
    if region and rng.random() < .4:
        region = strip_marks(region)
    country = rng.choices(["New Zealand", "NZ", None], [45, 10, 45] if app else [30, 30, 40])[0]
    k = a["kind"]
    pc = rural_pc(t, a["rd"]) if k == "rural" else (t.pc if k == "street" else box_pc(t))
    pcm = rng.choices(["field", "city", "missing"], [88, 0, 12] if app else [65, 12, 23])[0]
    line1 = line2 = city = None
    if k == "rural":
        n = a["rd"]
        rd = rng.choices(["RD %d", "RD%d", "R.D. %d", "R D %d"],
                         [85, 10, 5, 0] if app else [55, 20, 15, 10])[0] % n
        l1 = "%d %s" % (a["num"], fmt_road(a["road"], rng, app))
        lay = rng.choices("1234", [90, 10, 0, 0] if app else [45, 25, 20, 10])[0]
        if lay == "1":
            line1, line2, city = l1, rd, town
        elif lay == "2":
            line1, city = l1 + ", " + rd, town
        elif lay == "3":
            line1, line2 = l1, rd + " " + town
        else:
            line1, city = l1, rd + " " + town
    elif k == "street":
        line1 = "%d %s" % (a["num"], fmt_road(a["road"], rng, app))
        if a["suburb"] and rng.random() < (.85 if app else .6):
            line2 = a["suburb"]
        elif a["suburb"]:
            tags.append("suburb_dropped")
        city = town
    else:
        word = "Private Bag" if k == "bag" else rng.choices(
            ["PO Box", "P O Box", "P.O. Box", "PO BOX"], [80, 5, 10, 5] if app else [55, 15, 20, 10])[0]
        line1 = "%s %d" % (word, a["num"])
        city = town
    if pcm == "field":
        postal = pc
    else:
        postal = None
        if pcm == "city" and city and not city.startswith("R"):
            city = "%s %s" % (city, pc)
        else:
            tags.append("missing_postcode")
    return dict(line1=line1, line2=line2, city=city, region=region, postalCode=postal, country=country), tags


def contact(display, given, family, company, email, phone, address):
    return {"displayName": display, "givenName": given, "familyName": family,
            "companyName": company, "email": email, "phone": phone, "address": address}


# ------------------------------------------------------------- records
def _names_for(e, rng, app):
    """Default given/family/company for the canonical display."""
    if not e.org and e.people:
        p = e.people[0]
        given, family = p.given, p.family
        if not app and rng.random() < .12:
            given = family = None
        company = None
        if e.kind == "partnership" and rng.random() < .3:
            company = e.display
        return given, family, company
    cp = e.contact
    if cp and rng.random() < (.6 if app else .5):
        given, family = cp.given, cp.family
    else:
        given = family = None
    company = e.display if rng.random() < (.65 if app else .55) else None
    return given, family, company


def render_existing(e, rng):
    given, family, company = _names_for(e, rng, True)
    email, phone = e.email, e.phone
    changes = []
    if not e.force_contacts:
        r = rng.random()
        if r < .06:
            email = None
            changes.append("missing_email")
        elif r < .11:
            phone = None
            changes.append("missing_phone")
    addr, tags = fmt_address(e.addr, rng, app=True)
    return contact(e.display, given, family, company, email, fmt_phone(phone, rng, True), addr), changes + tags


def render_first(e, rng, level):
    """First (QuickBooks) record of a new customer."""
    given, family, company = _names_for(e, rng, False)
    email, phone = e.email, e.phone
    changes = []
    if level == 0:
        r = rng.random()
        if r < .07:
            email = None
            changes.append("missing_email")
        elif r < .12:
            phone = None
            changes.append("missing_phone")
    display = e.display
    if has_marks(display) and rng.random() < .3:
        display = strip_marks(display)
        changes.append("macrons_dropped")
    addr, tags = fmt_address(e.addr, rng)
    return contact(display, given, family, company, email, fmt_phone(phone, rng), addr), changes + tags


def render_link(e, rng, level, fac):
    """A later record of entity e (existing_match or repeat_of_new) with noise.
    level 0 = full noise, 1 = mild, 2 = format only."""
    ch = []
    dn = e.display
    tag = None
    if level == 0 and e.variants and rng.random() < .55:
        tag, dn = rng.choice(e.variants)
    elif level == 1:
        mild = [v for v in e.variants if v[0] in MILD_TAGS]
        if mild and rng.random() < .4:
            tag, dn = rng.choice(mild)
    if tag:
        ch.append(tag)
    if has_marks(dn):
        r = rng.random()
        if r < .5:
            dn = strip_marks(dn)
            ch.append("macrons_dropped")
        elif r < .6 and level < 2:
            dn = double_vowel(dn)
            ch.append("double_vowel")
    upper = False
    if level < 2 and rng.random() < .22:
        op = rng.choices(["upper_case", "typo_name", "lower_case"],
                         [45, 45 if level == 0 else 0, 10])[0]
        if op == "upper_case":
            dn, upper = dn.upper(), True
        elif op == "lower_case":
            dn = dn.lower()
        else:
            dn2 = typo(dn, rng)
            if dn2 != dn:
                dn = dn2
            else:
                op = None
        if op:
            ch.append(op)
    given, family, company = _names_for(e, rng, False)
    if tag == "nickname" and given:
        for a in e.people[0].alt_givens():
            if dn.startswith(a):
                given = a
    if tag == "farm_name_as_display" or (tag or "").startswith("trustees"):
        if e.org and rng.random() < .4:
            company = e.display
    elif company and e.org and company != dn and rng.random() < .7:
        company = dn
    if upper and given and rng.random() < .5:
        given, family = given.upper(), family.upper()
    if e.org and level == 0 and rng.random() < .12:
        p = fac.person()
        given, family = p.given, p.family
        ch.append("contact_person_changed")

    a = e.addr
    if level == 0:
        r = rng.random()
        if r < .07 and a and a["kind"] in ("rural", "street"):
            if e.moved_addr is None:
                t = fac.town_in(e.region)
                e.moved_addr = fac.addrs.rural(t) if a["kind"] == "rural" else fac.addrs.street(t)
            a = e.moved_addr
            ch.append("moved")
        elif r < .22 and e.alt_addr:
            a = e.alt_addr
            ch.append("po_box_address" if a["kind"] in ("pobox", "bag") else "street_address_not_box")
        elif rng.random() < .05:
            a = None
    elif level == 1 and e.alt_addr and rng.random() < .15:
        a = e.alt_addr
        ch.append("po_box_address" if a["kind"] in ("pobox", "bag") else "street_address_not_box")
    email, phone = e.email, e.phone
    if level == 0:
        r = rng.random()
        if r < .14:
            email = None
            ch.append("missing_email")
        elif r < .24:
            email = fac.mails.person(e.people[0]) if e.people and not e.org else fac.mails.org(e.display)
            ch.append("new_email")
        elif r < .29 and email:
            local, dom = email.split("@")
            email = ".".join(w.capitalize() for w in local.split(".")) + "@" + dom.title()
            ch.append("email_case")
        r = rng.random()
        if r < .13 and email:
            phone = None
            ch.append("missing_phone")
        elif r < .28:
            phone = fac.phones.mobile()
            ch.append("new_phone")
        elif r < .38 and e.phone2:
            phone = e.phone2
            ch.append("other_phone")
        if a is not None and rng.random() < .06:
            email = phone = None          # name and address only
            ch = [x for x in ch if x not in ("new_email", "email_case", "new_phone", "other_phone",
                                              "missing_email", "missing_phone")]
            ch += ["missing_email", "missing_phone"]
    elif level == 1 and rng.random() < .3 and e.phone2:
        phone = e.phone2
        ch.append("other_phone")

    addr, tags = fmt_address(a, rng)
    return contact(dn, given, family, company, email, fmt_phone(phone, rng), addr), ch + tags
