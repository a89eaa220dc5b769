"""Entity builders for us-cpa (imported by gen.py)."""
import json, os, random
from names import *
from world import World, ascii_, slug
from render import typo, fmt_phone, render_addr, given_variant, family_variant

SEED = 20240611
N_EXIST, N_INC = 1500, 1500
r = random.Random(SEED)
W = World(r)
ENT = {}
_n = [0]

def new_id():
    _n[0] += 1
    return "E%05d" % _n[0]

def pname(p, mid=True):
    parts = [p["given"]]
    if mid and p.get("middle") and p["origin"] != "vietnamese":
        parts.append(p["middle"][0] + ".")
    parts.append(p["family"])
    if p.get("suffix"):
        parts.append(p["suffix"])
    return " ".join(parts)

# ------------------------------------------------------------------ builders
def mk_individual(p=None, addr=None, spouse=True):
    p = p or W.person()
    addr = addr or W.address(p["origin"])
    e = {"kind": "individual", "p": p, "addr": addr, "phone": W.phone(addr),
         "email": W.person_email(p["given"], p["family"]) if r.random() < 0.93 else None}
    if spouse and r.random() < 0.45:
        e["spouse"] = W.person(p["origin"], "F" if p["sex"] == "M" else "M", family=p["family"] if r.random() < 0.85 else None)
    return e

def mk_couple():
    p = W.person(sex="M")
    s = W.person(p["origin"], "F", family=p["family"] if r.random() < 0.85 else None)
    addr = W.address(p["origin"])
    a, b = (p, s) if r.random() < 0.7 else (s, p)
    return {"kind": "couple", "p": a, "spouse": b, "addr": addr, "phone": W.phone(addr),
            "email": W.person_email(a["given"], a["family"]) if r.random() < 0.5 else
            W.uniq_email([f"{slug(a['given'])}{slug(b['given'])}{slug(a['family'])}@gmail.com"])}

def trade_name(p):
    o = p["origin"]; f = ascii_(p["family"].split()[0])
    opts = [f"{f} {r.choice(['Cleaning Services', 'Lawn Care', 'Handyman Services', 'Tax & Notary', 'Photography', 'Auto Repair', 'Painting'])}",
            f"{r.choice(PLACES)} {r.choice(['Cleaning', 'Landscaping', 'Mobile Detailing', 'Tutoring', 'Catering', 'Home Repair'])}",
            f"{r.choice(NICE_WORDS)} {r.choice(['Nails', 'Hair Studio', 'Alterations', 'Beauty Salon', 'Cakes'])}"]
    if o == "hispanic":
        opts.append(f"{r.choice(ES_WORDS)} {r.choice(['Tacos', 'Landscaping', 'Remodeling', 'Panaderia'])}")
    if o == "vietnamese":
        opts.append(f"{r.choice(NICE_WORDS)} Nails & Spa")
    return r.choice(opts)

def uniq_company(f):
    for _ in range(30):
        n = f()
        if n.lower() not in W.companies:
            W.companies.add(n.lower()); return n
    n = f() + " " + r.choice(DISTINCT_B)
    W.companies.add(n.lower()); return n

def mk_sole_prop():
    p = W.person()
    addr = W.address(p["origin"])
    trade = uniq_company(lambda: trade_name(p))
    em = W.uniq_email([f"{slug(trade)}@gmail.com", f"{slug(trade)}{r.randint(1, 99)}@yahoo.com"]) if r.random() < 0.6 else W.person_email(p["given"], p["family"])
    return {"kind": "sole_prop", "p": p, "trade": trade, "addr": addr, "phone": W.phone(addr), "email": em}

SUBS = ["trucking", "construction", "restaurant", "medical", "dental", "realty", "holding", "retail", "professional"]
def biz_base(sub, p):
    f = ascii_(p["family"].split()[0]); o = p["origin"]
    w = {"vietnamese": VN_WORDS, "korean": KR_WORDS, "chinese": CN_WORDS, "indian": IN_WORDS, "hispanic": ES_WORDS,
         "nigerian": NG_WORDS, "arabic": AR_WORDS}.get(o, PLACES)
    pl = r.choice(PLACES)
    if sub == "trucking":
        return r.choice([f"{f} Trucking", f"{pl} Transport", f"{r.choice(w)} Express", f"{f} & Sons Hauling", f"{pl} Freight Lines"]), r.choice(["LLC", "Inc", "LLC", "Corp"])
    if sub == "construction":
        t = r.choice(TRADES)
        return r.choice([f"{f} {t}", f"{pl} {t} & Construction", f"{f} Builders", f"{pl} Drywall"]), r.choice(["LLC", "Inc", "LLC"])
    if sub == "restaurant":
        return r.choice([f"{r.choice(w)} Restaurant", f"{r.choice(w)} Kitchen", f"{r.choice(w)} Grill", f"{pl} Cafe", f"{r.choice(w)} Bakery"]), r.choice(["LLC", "Inc", "LLC"])
    if sub == "medical":
        return r.choice([f"{f} Family Medicine", f"{pl} Pediatrics", f"{f} Physical Therapy", f"{pl} Internal Medicine"]), r.choice(["PA", "PLLC", "PC", "PLLC"])
    if sub == "dental":
        return r.choice([f"{f} Dental", f"{pl} Dental Group", f"{f} Family Dentistry", f"{pl} Orthodontics"]), r.choice(["PLLC", "PC", "PA", "DDS PLLC"])
    if sub == "realty":
        return r.choice([f"{f} Properties", f"{pl} Realty", f"{f} Family Partners", f"{pl} Rentals"]), r.choice(["LLC", "LP", "LLC", "Ltd"])
    if sub == "holding":
        return r.choice([f"{f} Holdings", f"{r.choice(DISTINCT_A)} {r.choice(DISTINCT_B)}", f"{p['given'][0]}{f[0]} Ventures", f"{f} Investments"]), r.choice(["LLC", "LP", "Inc"])
    if sub == "retail":
        return r.choice([f"{r.choice(NICE_WORDS)} Nails & Spa", f"{pl} Liquor", f"{r.choice(w)} Market", f"{pl} Food Mart", f"{pl} Cleaners", f"{r.choice(NICE_WORDS)} Auto Sales"]), r.choice(["LLC", "Inc", "Corp"])
    return r.choice([f"{f} & Associates", f"{pl} Consulting", f"{f} Law Firm", f"{pl} Insurance Agency", f"{f} Engineering"]), r.choice(["LLC", "PLLC", "Inc", "PC"])

def mk_business(owner_of=None, sub=None):
    sub = sub or r.choices(SUBS, weights=[12, 14, 14, 8, 7, 12, 6, 14, 13])[0]
    if owner_of:
        p, addr, em, ph = owner_of["p"], owner_of["addr"], owner_of["email"], owner_of["phone"]
    else:
        p = W.person()
        addr = W.address(p["origin"], business=r.random() < 0.7)
        ph = W.phone(addr); em = None
    base, suf = None, None
    def f():
        nonlocal suf
        b, suf = biz_base(sub, p)
        return b
    base = uniq_company(f)
    if em is None:
        k = r.random()
        em = W.uniq_email([f"info@{slug(base)}.com", f"office@{slug(base)}.com", f"{slug(base)}@gmail.com"]) if k < 0.6 else \
            W.uniq_email([f"{slug(p['given'])}@{slug(base)}.com"]) if k < 0.85 else W.person_email(p["given"], p["family"])
    return {"kind": "business", "sub": sub, "p": p, "base": base, "suf": suf, "addr": addr, "phone": ph, "email": em}

def mk_estate(of=None):
    if of:
        p, addr = of["p"], of["addr"]
    else:
        p = W.person(); addr = W.address(p["origin"])
    fam = ascii_(p["family"].split()[0])
    k = r.random()
    if k < 0.5:
        name = f"Estate of {pname(p, False)}"; st = "estate"
    elif k < 0.75:
        name = f"{pname(p, False)} Revocable Living Trust"; st = "trust"
    else:
        name = f"The {fam} Family Irrevocable Trust"; st = "trust"
    if name.lower() in W.companies:
        name += " " + r.choice(["2019", "2021", "II", "dtd 2018"])
    W.companies.add(name.lower())
    tr = W.person(p["origin"], family=p["family"])
    return {"kind": "estate_trust", "sub": st, "p": tr, "base": name, "suf": None, "addr": addr, "phone": W.phone(addr),
            "email": W.person_email(tr["given"], tr["family"]) if r.random() < 0.8 else None}

def mk_nonprofit():
    c = W.city()
    k = r.random()
    if k < 0.4:
        name = uniq_company(lambda: r.choice([f"{r.choice(PLACES)} Baptist Church", f"St. {r.choice(SAINTS)} {r.choice(['Catholic Church', 'Orthodox Church', 'Episcopal Church'])}",
                                               f"{r.choice(['Grace', 'New Life', 'Bethel', 'Redeemed', 'Living Word', 'Korean Presbyterian', 'Vietnamese Alliance'])} Church of {c[1]}",
                                               f"Islamic Center of {r.choice(PLACES)}", f"Iglesia {r.choice(['Cristiana', 'Bautista', 'Pentecostal'])} {r.choice(['El Buen Pastor', 'Getsemani', 'La Roca', 'Nueva Vida'])}"]))
        st = "church"
    else:
        name = uniq_company(lambda: r.choice([f"{r.choice(PLACES)} Youth Soccer Association", f"{r.choice(PLACES)} Homeowners Association",
                                               f"Friends of {r.choice(PLACES)} Library", f"{r.choice(PLACES)} Food Pantry", f"{r.choice(PLACES)} Rotary Foundation",
                                               f"{r.choice(PLACES)} PTA", f"{r.choice(DISTINCT_A)} Community Foundation"]))
        st = "nonprofit"
    p = W.person()
    addr = W.address(city=c, business=True)
    return {"kind": "nonprofit", "sub": st, "p": p, "base": name, "suf": r.choice([None, None, "Inc"]), "addr": addr,
            "phone": W.phone(addr), "email": W.uniq_email([f"treasurer@{slug(name)[:20]}.org", f"office@{slug(name)[:20]}.org"])}

def register(e):
    e["id"] = new_id()
    ENT[e["id"]] = e
    return e
