"""Places, addresses, phones and e-mails for the nz-rural set (synthetic)."""
import re
import unicodedata

REGIONS = ["Waikato", "Canterbury", "Southland", "Hawke's Bay", "Northland",
           "Manawatū"]
# how the region is written in a record (None = left blank)
REGION_SPELLINGS = {
    "Waikato": ["Waikato"], "Canterbury": ["Canterbury"],
    "Southland": ["Southland"], "Hawke's Bay": ["Hawke's Bay", "Hawkes Bay"],
    "Northland": ["Northland"],
    "Manawatū": ["Manawatū-Whanganui", "Manawatu-Wanganui", "Manawatu"],
}
AREA = {"Waikato": "07", "Canterbury": "03", "Southland": "03",
        "Hawke's Bay": "06", "Northland": "09", "Manawatū": "06"}
HIGHWAYS = {"Waikato": [1, 3, 39, 27, 29, 31], "Canterbury": [1, 77, 72, 73, 79],
            "Southland": [1, 6, 94, 96, 99], "Hawke's Bay": [2, 5, 50, 38],
            "Northland": [1, 12, 10, 14, 15], "Manawatū": [1, 3, 54, 56, 57, 2]}

# region | town | postcode | phone exchanges | suburbs
_TOWNS = """
Waikato|Te Awamutu|3800|871,872,870|Pekerau;Kihikihi
Waikato|Cambridge|3434|827,823|Leamington;Hautapu
Waikato|Matamata|3400|888,881|
Waikato|Morrinsville|3300|889|
Waikato|Ōtorohanga|3900|873|
Waikato|Te Kūiti|3910|878|
Waikato|Putāruru|3411|883|
Waikato|Tokoroa|3420|886|
Waikato|Huntly|3700|828|
Waikato|Ngāruawāhia|3720|824|
Waikato|Te Aroha|3320|884|
Waikato|Paeroa|3600|862|
Waikato|Hamilton|3204|838,839,847,849,855|Frankton;Hillcrest;Rototuna;Dinsdale;Te Rapa
Canterbury|Ashburton|7700|307,308|Tinwald;Allenton
Canterbury|Methven|7730|302|
Canterbury|Rakaia|7710|303|
Canterbury|Darfield|7510|318|
Canterbury|Oxford|7430|312|
Canterbury|Rangiora|7400|313,310|Southbrook
Canterbury|Amberley|7410|314|
Canterbury|Cheviot|7310|319|
Canterbury|Culverden|7392|315|
Canterbury|Leeston|7632|324|
Canterbury|Geraldine|7930|693|
Canterbury|Temuka|7920|615|
Canterbury|Fairlie|7925|685|
Canterbury|Timaru|7910|684,688|Highfield;Washdyke;Gleniti
Canterbury|Waimate|7924|689|
Southland|Gore|9710|208,209|East Gore
Southland|Winton|9720|236|
Southland|Invercargill|9810|214,215,216,217|Waikiwi;Glengarry;Windsor;Georgetown;Otatara
Southland|Mataura|9712|203|
Southland|Lumsden|9730|248|
Southland|Te Anau|9600|249|
Southland|Otautau|9610|225|
Southland|Riverton|9822|234|
Southland|Wyndham|9831|206|
Southland|Edendale|9825|206|
Southland|Tuatapere|9620|226|
Hawke's Bay|Hastings|4122|870,876,878|Mahora;Akina;Flaxmere;Camberley;Parkvale;Frimley
Hawke's Bay|Havelock North|4130|877|
Hawke's Bay|Napier|4110|835,843,844|Taradale;Greenmeadows;Marewa;Onekawa;Ahuriri
Hawke's Bay|Waipukurau|4200|858|
Hawke's Bay|Waipawa|4210|857|
Hawke's Bay|Wairoa|4108|838|
Hawke's Bay|Clive|4102|870|
Northland|Whangārei|0110|430,435,437,438|Kamo;Tikipunga;Onerahi;Maunu;Kensington
Northland|Dargaville|0310|439|
Northland|Kaikohe|0405|401|
Northland|Kerikeri|0230|407|
Northland|Kaitāia|0410|408|
Northland|Ruawai|0530|439|
Northland|Maungaturoto|0520|431|
Northland|Kaiwaka|0573|431|
Northland|Okaihau|0475|401|
Northland|Kawakawa|0210|404|
Northland|Moerewa|0211|404|
Manawatū|Feilding|4702|323|
Manawatū|Palmerston North|4410|350,351,353,354,356,357,358|Hokowhitu;Awapuni;Kelvin Grove;Milson;Terrace End;Roslyn
Manawatū|Dannevirke|4930|374|
Manawatū|Pahiatua|4910|376|
Manawatū|Marton|4710|327|
Manawatū|Levin|5510|367,368|
Manawatū|Foxton|4814|363|
Manawatū|Shannon|4821|362|
Manawatū|Ashhurst|4810|326|
Manawatū|Taihape|4720|388|
Manawatū|Bulls|4818|322|
Manawatū|Woodville|4920|376|
"""

# rural localities around each service town (RD addresses are "…, RD n, Town")
_LOCALITIES = """
Te Awamutu: Pirongia, Kihikihi, Ōhaupō, Ngāhinapōuri, Te Pahu, Kakepuku, Paterangi, Pukeatua, Wharepapa South, Te Mawhai
Cambridge: Karapiro, Hautapu, Kaipaki, Tauwhare, Puahue, Whitehall
Matamata: Walton, Waharoa, Hinuera, Te Poi, Okauia
Morrinsville: Tahuna, Kiwitahi, Tatuanui, Kereone, Motumaoho
Te Aroha: Waihou, Manawaru, Waitoa, Elstow
Paeroa: Netherton, Kaihere, Hikutaia, Mackaytown
Ōtorohanga: Maihiihi, Honikiwi, Otewa, Kiokio
Te Kūiti: Piopio, Aria, Oparure, Mahoenui
Putāruru: Lichfield, Tīrau, Waotu
Tokoroa: Kinleith, Ngātira, Wiltsdown
Huntly: Ohinewai, Te Kauwhata, Glen Massey, Rotowaro
Ngāruawāhia: Taupiri, Glen Afton, Waingaro
Hamilton: Horsham Downs, Gordonton, Rukuhia, Tamahere, Matangi
Ashburton: Hinds, Winchmore, Wakanui, Ealing, Lowcliffe
Methven: Mount Somers, Lauriston, Mayfield, Highbank
Rakaia: Dorie, Chertsey, Barrhill
Darfield: Sheffield, Kirwee, Glentunnel, Coalgate, Hororata, Greendale, Springfield
Oxford: Cust, West Eyreton, View Hill
Rangiora: Sefton, Loburn, Fernside, Ashley
Amberley: Waipara, Leithfield, Balcairn
Cheviot: Parnassus, Spotswood
Culverden: Waikari, Hawarden, Waiau, Rotherham
Leeston: Southbridge, Doyleston, Dunsandel, Irwell
Geraldine: Orari, Woodbury, Peel Forest
Temuka: Winchester, Clandeboye, Seadown, Milford
Fairlie: Albury, Cave, Kimbell
Timaru: Pleasant Point, Levels, Claremont, Kerrytown
Waimate: Makikihi, Morven, Glenavy, Studholme
Gore: Waikaka, Pukerau, Mandeville, Waimumu, Otama
Winton: Hedgehope, Centre Bush, Limehills, Browns, Lochiel
Invercargill: Makarewa, Woodlands, Kennington, Waianiwa, Wallacetown
Mataura: Brydone, Glencoe
Lumsden: Mossburn, Balfour, Five Rivers, Garston, Riversdale
Te Anau: Manapōuri, The Key
Otautau: Thornbury, Isla Bank, Ohai, Nightcaps, Heddon Bush, Drummond
Riverton: Colac Bay, Aparima
Wyndham: Menzies Ferry, Mimihau, Glenham, Waimahaka, Tokanui, Fortrose
Edendale: Titiroa, Kamahi, Seaward Downs
Tuatapere: Orawia, Clifden, Blackmount
Hastings: Bridge Pa, Twyford, Pakipaki, Omahu, Maraekakaho, Fernhill, Longlands, Crownthorpe, Sherenden
Havelock North: Poukawa, Te Mata, Waimarama
Napier: Bay View, Eskdale, Puketapu, Meeanee, Patoka, Rissington
Waipukurau: Porangahau, Takapau, Flemington, Hatuma
Waipawa: Ongaonga, Tikokino, Otane, Elsthorpe
Wairoa: Frasertown, Nuhaka, Raupunga, Ruakituri
Clive: Haumoana, Te Awanga, Mangateretere, Whakatu
Whangārei: Maungakaramea, Titoki, Poroti, Hikurangi, Kokopu, Mangapai, Parua Bay, Ngunguru, Whatitiri, Mangakāhia, Waipu
Dargaville: Te Kopuru, Aratapu, Tangowahine, Tangiteroria, Kaihu, Mamaranui
Kaikohe: Ōhaeawai, Ngāwhā, Pakaraka
Kerikeri: Waimate North, Waipapa, Kaeo, Matauri Bay
Kaitāia: Awanui, Pamapuria, Herekino, Ahipara, Peria
Ruawai: Tokatoka, Naumai
Maungaturoto: Paparoa, Matakohe, Brynderwyn
Kaiwaka: Oneriri, Hakaru
Okaihau: Horeke, Rangiahua
Kawakawa: Towai, Pipiwai, Taumarere
Moerewa: Otiria, Hukerenui
Feilding: Halcombe, Kimbolton, Cheltenham, Bunnythorpe, Kairanga, Makino, Apiti, Colyton, Waituna West
Palmerston North: Linton, Aokautere, Turitea
Dannevirke: Norsewood, Ormondville, Makotuku, Matamau
Pahiatua: Mangatainoka, Hamua, Makuri
Marton: Hunterville, Rata, Turakina, Crofton
Levin: Koputaroa, Manakau, Ohau, Waikawa Beach
Foxton: Himatangi, Opiki
Shannon: Tokomaru, Makerua
Ashhurst: Pohangina, Komako
Taihape: Mangaweka, Utiku, Ohingaiti, Moawhango
Bulls: Sanson, Ohakea, Tangimoana, Rongotea
Woodville: Kumeroa, Kohinui, Ballance
"""
LOCALITIES = {}
for _l in _LOCALITIES.strip().splitlines():
    _t, _ls = _l.split(":")
    LOCALITIES[_t.strip()] = [x.strip() for x in _ls.split(",")]

GENERIC_ROADS = ["Station Road", "Valley Road", "Gorge Road", "Bank Road",
                 "Swamp Road", "School Road", "Mill Road", "Ridge Road",
                 "Back Road", "Settlement Road", "Hill Road", "Creek Road",
                 "Downs Road", "Church Road", "Quarry Road", "Ferry Road",
                 "Bush Road", "North Road", "South Road", "Gully Road",
                 "Terrace Road", "Boundary Road", "Island Block Road",
                 "Flat Road", "Springs Road", "Plains Road", "River Road",
                 "Lake Road", "Domain Road", "Factory Road", "Kahikatea Road",
                 "Tōtara Road", "Mānuka Road", "Rimu Road", "Old Coach Road",
                 "Rapids Road", "Shepherds Track", "Pā Road", "Marae Road"]
SURNAME_ROADS = ["Coopers", "McLeans", "Thompsons", "Bells", "Grays",
                 "Camerons", "Hamiltons", "Frasers", "Kerrs", "Pearsons",
                 "Watsons", "Mortons", "Gibsons", "Dunns", "Ritchies",
                 "Andersons", "Dobsons", "Laings", "Hendersons", "Aitkens"]
LANES = ["Lakeview Lane", "Kōwhai Lane", "Tui Lane", "Bellbird Lane",
         "Hilltop Lane", "Orchard Lane", "Paddock Lane", "Foothills Drive",
         "Riverside Drive", "Ridgeline Place", "Sunvale Place", "Fantail Way",
         "Kererū Rise", "Totara Grove", "Harvest Lane", "Stables Lane"]
STREETS = ["Alexandra Street", "Victoria Street", "Queen Street", "King Street",
           "Main Street", "Bank Street", "Albert Street", "Jackson Street",
           "Kent Street", "Gordon Road", "Harrow Street", "Arawata Street",
           "Mutu Street", "Bond Street", "Broadway", "Fergusson Street",
           "Grey Street", "Havelock Road", "Wallace Street", "Hunter Street",
           "Burns Street", "Commerce Street", "Hobson Street", "Russell Road",
           "Tay Street", "Dee Street", "Eye Street", "Heretaunga Street",
           "Karamu Road", "Cameron Road", "Kamo Road", "Te Mata Road",
           "Ruataniwha Street", "Marine Parade", "Princes Street",
           "Church Street", "Park Road", "Station Street", "High Street",
           "Mill Road", "Seddon Street", "Ward Street", "Ranfurly Street",
           "Selwyn Street", "Wakefield Street", "Kowhai Avenue", "Rata Street"]


class Town:
    def __init__(self, region, name, pc, exch, suburbs):
        self.region, self.name, self.pc = region, name, pc
        self.exch = exch
        self.suburbs = suburbs
        self.localities = []
        self.max_rd = 1
        self.roads = []


def build_towns(rng):
    towns = []
    for line in _TOWNS.strip().splitlines():
        region, name, pc, exch, subs = line.split("|")
        t = Town(region, name, pc, exch.split(","), [s for s in subs.split(";") if s])
        t.max_rd = rng.randint(2, 9)
        towns.append(t)
    by_region = {}
    for t in towns:
        by_region.setdefault(t.region, []).append(t)
        t.localities = list(LOCALITIES.get(t.name, []))
    for t in towns:
        roads = ["%s Road" % l for l in t.localities]
        roads += rng.sample(GENERIC_ROADS, 8)
        roads += ["%s Road" % s for s in rng.sample(SURNAME_ROADS, 3)]
        roads += ["State Highway %d" % h for h in rng.sample(HIGHWAYS[t.region], 2)]
        t.roads = roads
    return towns, by_region


def strip_marks(s):
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def slug(s, sep=""):
    s = strip_marks(s).lower().replace("&", "and")
    s = re.sub(r"[^a-z0-9]+", sep, s)
    return s.strip(sep)


# ------------------------------------------------------------- addresses
# An address is a dict: kind (rural/street/pobox/bag), num, road, rd, suburb,
# town (Town).  Rendering to the six output fields is in render.py.

def rural_pc(town, rd):
    return town.pc[:2] + "7" + str(rd % 10)


def box_pc(town):
    return town.pc[:2] + "4" + town.pc[3]


class AddressBook:
    """Hands out addresses that no other entity uses by accident."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _take(self, a):
        k = (a["kind"], a.get("num"), a.get("road"), a["town"].name)
        if k in self.used:
            return None
        self.used.add(k)
        return a

    def rural(self, town, road=None, near=None, lane=False):
        rng = self.rng
        for _ in range(50):
            if near is not None:
                num = max(1, near["num"] + rng.choice([-1, 1]) * rng.randint(40, 700))
                a = dict(kind="rural", num=num, road=near["road"], rd=near["rd"],
                         suburb=None, town=town)
            else:
                r = road or (rng.choice(LANES) if lane else rng.choice(town.roads))
                num = rng.randint(1, 180) if lane else rng.randint(10, 3999)
                a = dict(kind="rural", num=num, road=r, rd=rng.randint(1, town.max_rd),
                         suburb=None, town=town)
            if self._take(a):
                return a
        raise RuntimeError("no rural address")

    def street(self, town, street=None):
        rng = self.rng
        for _ in range(50):
            sub = rng.choice(town.suburbs) if town.suburbs and rng.random() < .6 else None
            a = dict(kind="street", num=rng.randint(1, 320), road=street or rng.choice(STREETS),
                     rd=None, suburb=sub, town=town)
            if self._take(a):
                return a
        raise RuntimeError("no street address")

    def pobox(self, town, bag=False):
        for _ in range(50):
            a = dict(kind="bag" if bag else "pobox",
                     num=self.rng.randint(3001, 3999) if bag else self.rng.randint(1, 999),
                     road=None, rd=None, suburb=None, town=town)
            if self._take(a):
                return a
        raise RuntimeError("no box")


# ---------------------------------------------------------------- phones
# A phone is stored as its digits in national form ("0211234567",
# "078712345"); render.py formats it.

class PhoneBook:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def mobile(self):
        rng = self.rng
        while True:
            pre = rng.choices(["021", "027", "022", "029"], [35, 40, 15, 10])[0]
            n = 6 if (pre == "021" and rng.random() < .06) else 7
            d = pre + "".join(str(rng.randint(0, 9)) for _ in range(n))
            if d[3] != "0" and d not in self.used:
                self.used.add(d)
                return d

    def landline(self, town):
        rng = self.rng
        while True:
            d = AREA[town.region] + rng.choice(town.exch) + "%04d" % rng.randint(0, 9999)
            if d not in self.used:
                self.used.add(d)
                return d


# ---------------------------------------------------------------- e-mails
ISP = ["xtra.co.nz", "farmside.co.nz", "slingshot.co.nz", "gmail.com"]


class MailBook:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def take(self, local, domain):
        local = re.sub(r"[^a-z0-9._-]", "", strip_marks(local).lower()).strip(".")
        base = local or "info"
        e = "%s@%s" % (base, domain)
        i = 0
        while e in self.used:
            i += 1
            e = "%s%d@%s" % (base, self.rng.randint(1, 99) if i < 5 else i * 7, domain)
        self.used.add(e)
        return e

    def person(self, p, partner=None):
        rng = self.rng
        g, f = slug(p.given), slug(p.family)
        dom = rng.choices(ISP + ["hotmail.com", "outlook.com"], [28, 17, 10, 35, 5, 5])[0]
        if partner is not None and rng.random() < .5:
            local = rng.choice(["%sand%s%s" % (g[0], slug(partner.given)[0], f),
                                "%s%s%s" % (g[0], slug(partner.given)[0], f),
                                "%s.%s" % (f, "family"), "%sfarm" % f])
        else:
            local = rng.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s%s" % (g, f),
                                "%s%s%d" % (g, f[0], rng.randint(1, 99)),
                                "%s.%s%d" % (g, f, rng.randint(55, 99)),
                                "%s_%s" % (f, g)])
        return self.take(local, dom)

    def org(self, name, kind="farm", iwi=None):
        rng = self.rng
        s = org_slug(name)
        if kind == "school":
            return self.take(rng.choice(["office", "admin", "accounts"]), org_slug(name, _SCHOOL) + ".school.nz")
        if kind == "council":
            c = {"Environment Canterbury": "ecan", "Environment Southland": "es"}.get(name) \
                or org_slug(name, _COUNCIL)
            dom = c + (rng.choice(["", "dc"]) if "District" in name else "")
            return self.take(rng.choice(["accounts.payable", "ap", "creditors"]), dom + ".govt.nz")
        if kind == "club":
            c = org_slug(name, _CLUB)
            tail = "rfc" if "Rugby" in name else ("marae" if "Marae" in name else "aandp")
            if rng.random() < .5:
                return self.take(c + tail, rng.choice(["gmail.com", "xtra.co.nz"]))
            return self.take(rng.choice(["secretary", "treasurer", "admin"]),
                             c + tail + rng.choice([".co.nz", ".org.nz"]))
        if kind == "iwi":
            r = rng.random()
            if iwi and r < .4:
                return self.take(s, org_slug(iwi) + rng.choice([".iwi.nz", ".org.nz"]))
            if r < .7:
                return self.take(rng.choice(["admin", "office", "reception", "accounts"]),
                                 s + rng.choice([".iwi.nz", ".org.nz", ".maori.nz", ".co.nz"]))
            return self.take(s, "gmail.com")
        r = rng.random()
        if r < .45:
            return self.take(rng.choice(["office", "accounts", "admin", "info"]), s + ".co.nz")
        if r < .75:
            return self.take(s, rng.choice(["farmside.co.nz", "xtra.co.nz", "slingshot.co.nz"]))
        return self.take(s, "gmail.com")


_LEGALW = {"ltd", "limited", "the", "inc", "incorporated", "co", "company"}
_SCHOOL = _LEGALW | {"school", "primary", "board", "of", "trustees"}
_COUNCIL = _LEGALW | {"district", "city", "regional", "council"}
_CLUB = _LEGALW | {"rugby", "football", "club", "a", "p", "and", "association", "society",
                   "marae", "show"}


def org_slug(name, drop=_LEGALW):
    """Short e-mail/domain slug of an organisation name: generic words
    dropped, long names cut at a word boundary."""
    words = [re.sub(r"[^a-z0-9]", "", w) for w in
             re.split(r"[\s\-]+", strip_marks(name).lower().replace("&", " and "))]
    words = [w for w in words if w and w not in drop] or ["office"]
    out = ""
    for w in words:
        if out and len(out) + len(w) > 16:
            break
        out += w
    return out
