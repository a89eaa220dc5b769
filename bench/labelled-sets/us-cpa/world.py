"""Entity world + rendering helpers for us-cpa gen.py (stdlib only)."""
import unicodedata
from names import *

def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()

def slug(s):
    return "".join(c for c in ascii_(s).lower() if c.isalnum())

class World:
    def __init__(self, rng):
        self.rng = rng
        self.phones, self.emails, self.addrs, self.companies = set(), set(), set(), set()
        self.cw = [c[4] for c in CITIES]

    # ------------------------------------------------------------ places
    def city(self, origin=None):
        r = self.rng
        if origin in ORIGIN_CITIES and r.random() < 0.7:
            name = r.choice(ORIGIN_CITIES[origin])
            for c in CITIES:
                if c[1] == name:
                    return c
        return r.choices(CITIES, weights=self.cw)[0]

    def address(self, origin=None, city=None, business=False):
        r = self.rng
        c = city or self.city(origin)
        while True:
            num = r.randint(100, 19999) if r.random() < 0.8 else r.randint(10, 999)
            d = r.choice(DIRS) if r.random() < 0.2 else None
            st = r.choice(STREET_NAMES)
            t = r.choices(STREET_TYPES, weights=[x[2] for x in STREET_TYPES])[0]
            unit = None
            if business and r.random() < 0.5:
                unit = ("Suite", str(r.choice([100, 110, 120, 200, 210, 250, 300, 310, 400, 500, 1200]) + r.randint(0, 9)))
            elif not business and r.random() < 0.22:
                unit = ("Apt", str(r.randint(1, 40) * (100 if r.random() < 0.4 else 1) + r.randint(0, 20)))
            key = (num, st, c[1])
            if key not in self.addrs:
                self.addrs.add(key)
                break
        return {"num": str(num), "dir": d, "street": st, "type": t, "unit": unit, "city": c[1], "state": c[0],
                "zip": r.choice(c[2].split()), "zip4": "%04d" % r.randint(1000, 9999), "areas": c[3].split()}

    def phone(self, addr):
        r = self.rng
        while True:
            p = r.choice(addr["areas"]) + str(r.randint(201, 989)) + "%04d" % r.randint(0, 9999)
            if p[3:6] != "555" and p not in self.phones:
                self.phones.add(p)
                return p

    def uniq_email(self, cands):
        for e in cands:
            if e not in self.emails:
                self.emails.add(e)
                return e
        e = cands[0].replace("@", "%d@" % self.rng.randint(100, 9999))
        self.emails.add(e)
        return e

    def person_email(self, g, f):
        r = self.rng
        g, f = slug(g), slug(f)
        dom = r.choices(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "att.net", "comcast.net", "sbcglobal.net"],
                        weights=[40, 15, 10, 8, 8, 5, 5, 3])[0]
        n = str(r.randint(1, 99))
        pats = [f"{g}.{f}@{dom}", f"{g[0]}{f}{n}@{dom}", f"{g}{f}{r.randint(60, 99)}@{dom}", f"{f}.{g}@{dom}",
                f"{g}{f[0]}{n}@{dom}", f"{g}_{f}@{dom}"]
        r.shuffle(pats)
        return self.uniq_email(pats)

    # ------------------------------------------------------------ people
    def person(self, origin=None, sex=None, family=None):
        r = self.rng
        origin = origin or r.choices(["anglo", "hispanic", "vietnamese", "korean", "chinese", "indian", "nigerian", "arabic"],
                                     weights=[34, 24, 8, 6, 6, 10, 6, 6])[0]
        sex = sex or r.choice("MF")
        p = {"origin": origin, "sex": sex, "middle": None, "suffix": None, "alias": None, "alt_family": []}
        if origin == "anglo":
            p["given"] = r.choice((ANGLO_M if sex == "M" else ANGLO_F))
            p["family"] = family or r.choice(ANGLO_SUR)
            if r.random() < 0.3:
                p["middle"] = r.choice((ANGLO_M if sex == "M" else ANGLO_F))
            if sex == "M" and r.random() < 0.06:
                p["suffix"] = r.choice(["Jr", "Sr", "III"])
        elif origin == "hispanic":
            p["given"] = r.choice(HISP_M if sex == "M" else HISP_F)
            if family:
                p["family"] = family
            else:
                a = r.choice(HISP_SUR)
                if r.random() < 0.45:
                    b = r.choice(HISP_SUR)
                    if b != a:
                        p["family"] = a + " " + b
                        p["alt_family"] = [a, a + "-" + b]
                    else:
                        p["family"] = a
                else:
                    p["family"] = a
        elif origin == "vietnamese":
            p["given"] = r.choice(VN_M if sex == "M" else VN_F)
            p["family"] = family or r.choice(VN_SUR)
            p["middle"] = r.choice(VN_MID_M if sex == "M" else VN_MID_F)
            if r.random() < 0.4:
                p["alias"] = r.choice(VN_ALIAS_M if sex == "M" else VN_ALIAS_F)
        elif origin == "korean":
            p["given"] = r.choice(KR_M if sex == "M" else KR_F)
            p["family"] = family or r.choice(KR_SUR)
            p["alt_family"] = KR_SPELL.get(p["family"], [])
            if r.random() < 0.4:
                p["alias"] = r.choice(KR_ALIAS_M if sex == "M" else KR_ALIAS_F)
        elif origin == "chinese":
            p["given"] = r.choice(CN_M if sex == "M" else CN_F)
            p["family"] = family or r.choice(CN_SUR)
            if r.random() < 0.45:
                p["alias"] = r.choice(CN_ALIAS_M if sex == "M" else CN_ALIAS_F)
        elif origin == "indian":
            p["given"] = r.choice(IN_M if sex == "M" else IN_F)
            p["family"] = family or r.choice(IN_SUR)
        elif origin == "nigerian":
            yor = r.random() < 0.55
            p["given"] = r.choice((NG_YOR_M if sex == "M" else NG_YOR_F) if yor else (NG_IGB_M if sex == "M" else NG_IGB_F))
            p["family"] = family or r.choice(NG_YOR_SUR if yor else NG_IGB_SUR)
        else:
            p["given"] = r.choice(AR_M if sex == "M" else AR_F)
            p["family"] = family or r.choice(AR_SUR)
            p["alt_family"] = AR_SPELL_F.get(p["family"], [])
        return p
