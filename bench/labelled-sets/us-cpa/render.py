"""Rendering with noise (us-cpa)."""
from names import NICKS, AR_SPELL_G, KR_SPELL, STATE_NAMES
from world import ascii_

def typo(r, s):
    if not s or len(s) < 4:
        return s
    i = r.randint(1, len(s) - 2)
    k = r.randint(0, 3)
    if k == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k == 1:
        return s[:i] + s[i + 1:]
    if k == 2:
        return s[:i] + s[i] + s[i:]
    return s[:i] + r.choice("aeiounrst") + s[i + 1:]

def fmt_phone(r, p, heavy=False):
    k = r.randint(0, 6 if heavy else 3)
    a, b, c = p[:3], p[3:6], p[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
            f"{a} {b} {c}"][k]

def render_addr(r, a, noise):
    d = a["dir"]
    dtxt = (d[0] if r.random() < 0.7 else d[1]) if d else None
    t = a["type"][0] if r.random() < 0.7 else a["type"][1]
    if noise and r.random() < 0.15:
        t = t.upper() if r.random() < 0.5 else t + "."
    line1 = " ".join(x for x in [a["num"], dtxt, a["street"], t] if x)
    line2 = None
    if a["unit"]:
        u, n = a["unit"]
        form = r.random()
        if form < 0.5:
            line2 = f"{u} {n}"
        elif form < 0.7:
            line2 = f"#{n}"
        elif form < 0.85:
            line1 += f" {u} {n}" if r.random() < 0.5 else f" #{n}"
        else:
            line2 = f"{'Ste' if u == 'Suite' else 'Unit'} {n}"
    city = a["city"]
    region = a["state"]
    if r.random() < 0.15:
        region = STATE_NAMES[region]
    pc = a["zip"] + ("-" + a["zip4"] if r.random() < 0.15 else "")
    country = r.choices(["US", "USA", "United States", None], weights=[40, 15, 10, 35])[0]
    if noise:
        if r.random() < noise * 0.3:
            line1 = typo(r, line1)
        if r.random() < noise * 0.2:
            city = typo(r, city)
        if r.random() < noise * 0.2:
            pc = None
        if r.random() < noise * 0.15:
            city = None
        if r.random() < 0.08:
            line1, city = line1.upper(), city.upper() if city else city
    return {"line1": line1, "line2": line2, "city": city, "region": region, "postalCode": pc, "country": country}

def given_variant(r, p, ch, heavy):
    g = p["given"]
    x = r.random()
    if p.get("alias") and x < 0.35:
        ch.append("anglicized_alias"); return p["alias"]
    nk = NICKS.get(ascii_(g).lower())
    if nk and x < 0.5:
        ch.append("nickname"); return r.choice(nk)
    if g in AR_SPELL_G and x < 0.5:
        ch.append("translit_variant"); return r.choice(AR_SPELL_G[g])
    if x < 0.6 and ascii_(g) != g:
        ch.append("accents_dropped"); return ascii_(g)
    if heavy and x < 0.75:
        ch.append("typo_given"); return typo(r, g)
    return g

def family_variant(r, p, ch, heavy):
    f = p["family"]
    x = r.random()
    if p.get("alt_family") and x < 0.4:
        ch.append("surname_variant"); return r.choice(p["alt_family"])
    if ascii_(f) != f and x < 0.6:
        ch.append("accents_dropped"); return ascii_(f)
    if heavy and x < 0.75:
        ch.append("typo_family"); return typo(r, f)
    return f
