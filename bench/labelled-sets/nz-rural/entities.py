"""People and customer entities (true identities) for the nz-rural set."""
import names as N
from world import strip_marks
from check import name_key

LTD = ("Ltd", "Limited")


class Person:
    def __init__(self, given, family, gender, origin, formal=None, nicks=(), middle=None):
        self.given, self.family, self.gender, self.origin = given, family, gender, origin
        self.formal, self.nicks, self.middle = formal, list(nicks), middle

    def alt_givens(self):
        forms = ([self.formal] if self.formal else []) + self.nicks
        return [g for g in forms if g and g != self.given]

    def initials(self, with_middle=True):
        i = "".join(w[0] for w in self.given.split())
        if with_middle and self.middle:
            i += self.middle
        return strip_marks(i).upper()

    @property
    def full(self):
        return "%s %s" % (self.given, self.family)


class Entity:
    def __init__(self, eid, kind, town):
        self.id, self.kind, self.town = eid, kind, town
        self.region = town.region
        self.display = None
        self.people = []          # owners / partners / trustees
        self.contact = None       # contact person for an organisation
        self.org = False
        self.farm_name = None
        self.email = self.phone = self.phone2 = None
        self.addr = self.alt_addr = None
        self.variants = []        # (change tag, alternative display name)
        self.iwi = self.stem = None
        self.suffix = None        # "Snr" marker of a person
        self.hn = None            # (kind, base entity) for hard negatives
        self.moved_addr = None
        self.style = None
        self.base = self.legal = None
        self.force_contacts = False   # existing record must show e-mail and phone


def _uc_initial(s):
    return strip_marks(s)[0].upper()


class Factory:
    def __init__(self, rng, towns, by_region, addrs, phones, mails):
        self.rng, self.towns, self.by_region = rng, towns, by_region
        self.addrs, self.phones, self.mails = addrs, phones, mails
        self.names = set()        # lower-case display names in use
        self.keys = set()         # name keys in use

    # ------------------------------------------------------------ names
    def free(self, display):
        return display.lower() not in self.names and name_key(display) not in self.keys

    def claim(self, display):
        self.names.add(display.lower())
        self.keys.add(name_key(display))

    def person(self, origin=None, gender=None, family=None):
        rng = self.rng
        origin = origin or rng.choices(["anglo", "maori", "dutch", "filipino", "indian", "chinese"],
                                       [68, 16, 8, 3, 3, 2])[0]
        gender = gender or rng.choice("MF")
        formal, nicks, middle = None, (), rng.choice("ABCDEFGHJKLMNPRSTW")
        if origin == "anglo":
            pool = N.NICK_M if gender == "M" else N.NICK_F
            plain = N.PLAIN_M if gender == "M" else N.PLAIN_F
            if rng.random() < .6:
                formal = rng.choice(sorted(pool))
                nicks = pool[formal]
                given = formal if rng.random() < .75 else rng.choice(nicks)
            else:
                given = rng.choice(plain)
            fam = family or rng.choice(N.ANGLO_SURNAMES)
        elif origin == "maori":
            given = rng.choice(N.MAORI_GIVEN_M if gender == "M" else N.MAORI_GIVEN_F)
            fam = family or (rng.choice(N.MAORI_SURNAMES) if rng.random() < .65
                             else rng.choice(N.ANGLO_SURNAMES))
        elif origin == "dutch":
            formal, nick = rng.choice(N.DUTCH_GIVEN_M if gender == "M" else N.DUTCH_GIVEN_F)
            nicks = [nick] if nick else []
            given = nick if nick and rng.random() < .5 else formal
            fam = family or rng.choice(N.DUTCH_SURNAMES)
        elif origin == "filipino":
            given = rng.choice(N.FILIPINO_GIVEN_M if gender == "M" else N.FILIPINO_GIVEN_F)
            fam = family or rng.choice(N.FILIPINO_SURNAMES)
            middle = None if rng.random() < .5 else middle
        elif origin == "indian":
            given = rng.choice(N.INDIAN_GIVEN_M if gender == "M" else N.INDIAN_GIVEN_F)
            if family:
                fam = family
            elif rng.random() < .45:
                fam = "Singh" if gender == "M" else "Kaur"
            else:
                fam = rng.choice(N.INDIAN_SURNAMES)
            middle = None
        else:
            given = rng.choice(N.CHINESE_GIVEN_M if gender == "M" else N.CHINESE_GIVEN_F)
            fam = family or rng.choice(N.CHINESE_SURNAMES)
            middle = None
        return Person(given, fam, gender, origin, formal, nicks, middle)

    def partner(self, p, same_family=True):
        origin = p.origin if self.rng.random() < .8 else self.rng.choice(["anglo", "maori"])
        g = "F" if p.gender == "M" else "M"
        if self.rng.random() < .03:
            g = p.gender
        return self.person(origin, g, p.family if same_family else None)

    def farm_word(self):
        rng = self.rng
        r = rng.random()
        if r < .6:
            return rng.choice(N.FARM_PREFIX) + rng.choice(N.FARM_SUFFIX)
        return rng.choice(N.MAORI_PLACE_A) + rng.choice(N.MAORI_PLACE_B)

    def maori_word(self):
        return self.rng.choice(N.MAORI_PLACE_A) + self.rng.choice(N.MAORI_PLACE_B)

    # --------------------------------------------------------- contacts
    def contacts(self, e, landline_p=.45, own_mail=None):
        rng = self.rng
        if rng.random() < landline_p:
            e.phone = self.phones.landline(e.town)
            if rng.random() < .4:
                e.phone2 = self.phones.mobile()
        else:
            e.phone = self.phones.mobile()
            if rng.random() < .3:
                e.phone2 = self.phones.landline(e.town)
        if own_mail is not None:
            e.email = own_mail
        elif e.org:
            kind = {"school": "school", "council": "council", "rugby": "club", "ap": "club",
                    "iwi_org": "iwi", "maori_trust": "iwi", "incorporation": "iwi",
                    "marae": "club"}.get(e.kind, "farm")
            name = e.display
            if e.kind == "company" and e.farm_name and rng.random() < .5:
                name = e.farm_name
            e.email = self.mails.org(name, kind, iwi=e.iwi)
        else:
            p = e.people[0]
            e.email = self.mails.person(p, e.people[1] if len(e.people) > 1 else None)

    def farm_address(self, e, town=None, lane=False, pobox_main=.12):
        rng = self.rng
        town = town or e.town
        e.addr = self.addrs.rural(town, lane=lane)
        if rng.random() < .35:
            e.alt_addr = self.addrs.pobox(town)
        if rng.random() < pobox_main and e.alt_addr:
            e.addr, e.alt_addr = e.alt_addr, e.addr

    def town_in(self, region=None, rural=True):
        region = region or self.rng.choices(["Waikato", "Canterbury", "Southland", "Hawke's Bay",
                                             "Northland", "Manawatū"], [30, 20, 15, 12, 11, 12])[0]
        ts = self.by_region[region]
        if rural:
            ts = [t for t in ts if t.localities] or ts
        return self.rng.choice(ts)
