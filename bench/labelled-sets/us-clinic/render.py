"""Turn an entity into a record the way a given system would write it.

A *spec* is an explicit description of one written record (which name
form, which phone, which formats ...).  default_spec() picks the habits of
a system; variants.py edits specs; compose() produces the contact dict.
"""
import places as P
from entities import strip_accents, surname_str, wchoice

KEYS = {  # QWERTY neighbours for typos
    "a": "qwsz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc", "g": "ftyhbv",
    "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop", "m": "njk", "n": "bhjm",
    "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz", "t": "rfgy", "u": "yhji",
    "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
}

PHONE_FMT = {
    "paren": lambda d: "(%s) %s-%s" % (d[:3], d[3:6], d[6:]),
    "paren_nosp": lambda d: "(%s)%s-%s" % (d[:3], d[3:6], d[6:]),
    "dash": lambda d: "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
    "dot": lambda d: "%s.%s.%s" % (d[:3], d[3:6], d[6:]),
    "plus_sp": lambda d: "+1 %s %s %s" % (d[:3], d[3:6], d[6:]),
    "e164": lambda d: "+1" + d,
    "raw": lambda d: d,
    "one_dash": lambda d: "1-%s-%s-%s" % (d[:3], d[3:6], d[6:]),
}

SYSTEMS = {
    # QuickBooks company file: typed by many front-desk people over the years
    "qbo": {"phone": [("paren", 45), ("dash", 28), ("dot", 8), ("raw", 10), ("paren_nosp", 6), ("one_dash", 3)],
            "display": [("fl", 50), ("lf", 24), ("fml", 12), ("fil", 4), ("household", 10)],
            "accents": 0.4, "caps": 0.04, "blank_names": 0.04, "dir_full": 0.1, "type_full": 0.15,
            "unit_line2": 0.4, "zip4": 0.2, "country": [(None, 50), ("US", 25), ("USA", 25)],
            "no_email": 0.06, "no_phone": 0.03, "no_addr": 0.04, "state_full": 0.0},
    # the practice-management app (front desk + patient portal)
    "app": {"phone": [("e164", 35), ("paren", 22), ("dash", 15), ("raw", 18), ("plus_sp", 5), ("dot", 5)],
            "display": [("fl", 74), ("lf", 16), ("fml", 10)],
            "accents": 0.3, "caps": 0.02, "blank_names": 0.0, "dir_full": 0.25, "type_full": 0.3,
            "unit_line2": 0.55, "zip4": 0.1, "country": [("US", 60), (None, 30), ("United States", 10)],
            "no_email": 0.05, "no_phone": 0.02, "no_addr": 0.03, "state_full": 0.04},
}


# ------------------------------------------------------------------ typos
def typo_word(rng, s):
    """One realistic keyboard slip somewhere after the first letter."""
    idx = [i for i, c in enumerate(s) if c.isalpha() and i > 0 and s[i - 1].isalpha()]
    if len(idx) < 3:
        return s
    i = rng.choice(idx)
    kind = wchoice(rng, [("sub", 35), ("swap", 25), ("del", 25), ("dup", 15)])
    c = s[i]
    if kind == "sub":
        base = strip_accents(c).lower()
        if base not in KEYS:
            return s
        n = rng.choice(KEYS[base])
        n = n.upper() if c.isupper() else n
        return s[:i] + n + s[i + 1:]
    if kind == "swap" and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c \
            and c.islower() and s[i + 1].islower():
        return s[:i] + s[i + 1] + c + s[i + 2:]
    if kind == "dup":
        return s[:i] + c + s[i:]
    if s[i - 1] == " " or (i + 1 < len(s) and s[i + 1] == " "):
        return s
    return s[:i] + s[i + 1:]


def typo_email(rng, e):
    local, dom = e.split("@")
    if rng.random() < 0.35:
        bad = {"gmail.com": ["gmial.com", "gmail.co", "gmai.com", "gmail.con"],
               "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.co"],
               "hotmail.com": ["hotmial.com", "hotmail.co", "hotmai.com"],
               "icloud.com": ["icoud.com", "icloud.co"], "outlook.com": ["outlok.com"]}
        if dom in bad:
            return local + "@" + rng.choice(bad[dom])
    return typo_word(rng, local) + "@" + dom


def typo_phone(rng, d):
    i = rng.randint(3, 8)
    if rng.random() < 0.5:
        return d[:i] + d[i + 1] + d[i] + d[i + 2:] if d[i] != d[i + 1] else d[:i] + str((int(d[i]) + 1) % 10) + d[i + 1:]
    return d[:i] + str((int(d[i]) + rng.choice((1, 9))) % 10) + d[i + 1:]


# ------------------------------------------------------------------ specs
def addr_fmt(rng, sysname):
    s = SYSTEMS[sysname]
    return {"dir_full": rng.random() < s["dir_full"], "type_full": rng.random() < s["type_full"],
            "unit_style": wchoice(rng, [("Apt", 50), ("#", 25), ("Unit", 15), ("Apt.", 10)]),
            "unit_line2": rng.random() < s["unit_line2"], "unit_comma": rng.random() < 0.3,
            "zip4": rng.random() < s["zip4"], "country": wchoice(rng, s["country"]),
            "state_full": rng.random() < s["state_full"], "particles_cap": rng.random() < 0.15,
            "po_style": wchoice(rng, [("PO Box", 60), ("P.O. Box", 30), ("P O Box", 10)]),
            "num_word": rng.random() < 0.5, "city_upper": rng.random() < 0.03}


def default_spec(rng, e, sysname, with_household=False):
    s = SYSTEMS[sysname]
    spec = {"kind": e["kind"], "sys": sysname, "caps": rng.random() < s["caps"],
            "phone_fmt": wchoice(rng, s["phone"]), "addr_fmt": addr_fmt(rng, sysname),
            "email": e["email"], "phone": e["mobile"], "addr": dict(e["addr"]),
            "email_cap": sysname == "app" and rng.random() < 0.04, "dn_suffix": "", "typos": []}
    if e.get("family_email") and (not e["email"] or rng.random() < 0.75):
        spec["email"] = e["family_email"]
    if e.get("home") and rng.random() < 0.25:
        spec["phone"] = e["home"]
    if rng.random() < s["no_email"]:
        spec["email"] = None
    if rng.random() < s["no_phone"]:
        spec["phone"] = None
    if rng.random() < s["no_addr"] and spec["email"] and spec["phone"]:
        spec["addr"] = None
    if e["kind"] == "org":
        spec.update({"name": e["name"], "company": e["name"] if rng.random() < 0.6 else None,
                     "contact": dict(e["contact"]) if rng.random() < 0.45 else None,
                     "accents": rng.random() < s["accents"]})
        return spec
    disp = wchoice(rng, s["display"])
    if with_household and e.get("partner") and rng.random() < 0.35:
        disp = "household"
    if disp == "household" and not (with_household and e.get("partner")):
        disp = "fl"
    if disp in ("fml", "fil") and not e["middle"]:
        disp = "fl"
    spec.update({"given": e["usual"], "middle": e["middle"], "family": surname_str(e),
                 "suffix": e["suffix"], "display": disp, "partner": e.get("partner"),
                 "accents": rng.random() < s["accents"], "swap": False,
                 "blank_names": rng.random() < s["blank_names"],
                 "suffix_in_family": rng.random() < 0.5, "mid_in_given": rng.random() < 0.04})
    if e["culture"] == "viet" and rng.random() < (0.12 if sysname == "qbo" else 0.2):
        spec["display"] = "lf" if rng.random() < 0.5 else spec["display"]
    return spec


# ------------------------------------------------------------------ compose
def _cap_street(name, fmt):
    if not fmt.get("particles_cap"):
        return name
    return " ".join(w[0].upper() + w[1:] if w in ("de", "del", "la", "las", "los") else w for w in name.split())


def render_addr(a, fmt):
    if a is None:
        return None
    line2 = None
    if a.get("pobox"):
        line1 = "%s %s" % (fmt["po_style"], a["pobox"])
    elif a.get("hc"):
        line1 = a["hc"]
    else:
        parts = [a["num"]]
        if a["predir"]:
            parts.append(P.DIRECTIONS[a["predir"]] if fmt["dir_full"] else a["predir"])
        street = _cap_street(a["street"], fmt)
        if fmt.get("num_word") and street in P.NUM_WORDS:
            street = P.NUM_WORDS[street]
        parts.append(street)
        if a["stype"]:
            parts.append(P.STREET_TYPES[a["stype"]] if fmt["type_full"] else a["stype"])
        line1 = " ".join(parts)
        if a.get("unit"):
            k = a["unit_kind"]
            if k == "Apt":
                u = fmt["unit_style"] + ("" if fmt["unit_style"] == "#" else " ") + a["unit"]
            elif k == "Spc":
                u = {"Apt": "Spc ", "#": "#", "Unit": "Space ", "Apt.": "Lot "}[fmt["unit_style"]] + a["unit"]
            else:
                u = {"Apt": "Ste ", "#": "#", "Unit": "Suite ", "Apt.": "Ste. "}[fmt["unit_style"]] + a["unit"]
            if fmt["unit_line2"]:
                line2 = u
            else:
                line1 += (", " if fmt["unit_comma"] else " ") + u
    pc = a["zip"] + ("-" + a["zip4"] if fmt["zip4"] and a.get("zip4") else "")
    city = a["city"].upper() if fmt.get("city_upper") else a["city"]
    region = P.STATE_NAMES[a["state"]] if fmt["state_full"] else a["state"]
    return {"line1": line1, "line2": line2, "city": city, "region": region,
            "postalCode": pc, "country": fmt["country"]}


def _display(spec, g, f):
    sfx = spec.get("suffix")
    d = spec["display"]
    mid = spec.get("middle")
    if spec.get("swap"):
        d = "fl"
    if d == "lf":
        out = "%s%s, %s" % (f, " " + sfx if sfx else "", g)
    elif d == "fml" and mid:
        out = "%s %s %s" % (g, mid, f)
    elif d == "fil" and mid:
        out = "%s %s. %s" % (g, mid[0], f)
    elif d == "household" and spec.get("partner"):
        out = "%s, %s & %s" % (f, g, spec["partner"]) if spec.get("hh_form", 0) == 0 else \
            "%s & %s %s" % (g, spec["partner"], f)
    else:
        out = "%s %s" % (g, f)
    if sfx and d != "lf":
        out += " " + sfx
    return out


def _fix(s, spec):
    if s is None:
        return None
    if not spec.get("accents", True):
        s = strip_accents(s)
    if spec.get("caps"):
        s = s.upper()
    return s


def compose(spec):
    c = {}
    email = spec.get("email")
    if email and spec.get("email_cap"):
        email = email[0].upper() + email[1:]
    if email and spec.get("caps") and spec.get("email_upper"):
        email = email.upper()
    phone = PHONE_FMT[spec["phone_fmt"]](spec["phone"]) if spec.get("phone") else None
    addr = render_addr(spec.get("addr"), spec["addr_fmt"])
    if addr:
        for k in ("line1", "line2", "city"):
            addr[k] = _fix(addr[k], spec)
    if spec["kind"] == "org":
        name = _fix(spec["name"], spec)
        ct = spec.get("contact")
        c = {"displayName": name,
             "givenName": _fix(ct["given"], spec) if ct else None,
             "familyName": _fix(ct["family"], spec) if ct else None,
             "companyName": _fix(spec["company"], spec) if spec.get("company") else None}
    else:
        g, f = spec["given"], spec["family"]
        gf, ff = (f, g) if spec.get("swap") else (g, f)
        dn = _display(spec, g if not spec.get("swap") else gf, f if not spec.get("swap") else ff)
        if spec.get("mid_in_given") and spec.get("middle"):
            gf = "%s %s." % (gf, spec["middle"][0])
        if spec.get("suffix") and spec.get("suffix_in_family"):
            ff = ff + " " + spec["suffix"]
        c = {"displayName": _fix(dn + spec.get("dn_suffix", ""), spec),
             "givenName": None if spec.get("blank_names") else _fix(gf, spec),
             "familyName": None if spec.get("blank_names") else _fix(ff, spec),
             "companyName": None}
    c["email"] = email
    c["phone"] = phone
    c["address"] = addr
    return c
