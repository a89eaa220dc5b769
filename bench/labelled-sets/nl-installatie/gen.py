#!/usr/bin/env python3
"""Generator for the synthetic labelled benchmark "nl-installatie".
Python 3 standard library only. Deterministic: one random.Random(SEED); no set iteration.
Usage: python3 gen.py [--out DIR]
"""
import sys, os, json, random, re, unicodedata

SEED = 73120541
R = random.Random(SEED)

# ---------------------------------------------------------------- text helpers
def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def fold(s):
    return strip_acc(s.casefold())

def pn(s):
    return re.sub(r"[\W_]+", "", fold(s))

VD_RE = re.compile(r"\bv\.\s?d\.?(?=\s|$)|\bv/d\b")

def ntok(s):
    s = fold(s).replace("ij", "y")
    s = VD_RE.sub(" vd ", s)
    s = re.sub(r"[\W_]+", " ", s)
    return s.split()

def osa(a, b):
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return 2
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]

def del_variants(s):
    out = [s]
    for i in range(len(s)):
        out.append(s[:i] + s[i + 1:])
    return out

PARTICLES = ["van", "der", "den", "de", "vd", "t", "ter", "ten", "te", "in", "het", "op", "s", "la", "le", "du", "von", "zu", "vander", "vanden"]
TITLES = ["dhr", "mevr", "mw", "mevrouw", "heer", "fam", "familie", "ing", "ir", "mr", "dr", "drs", "jr", "sr", "junior", "senior", "mme", "herr", "frau", "monsieur", "madame"]
LEGAL_SEQS = [["besloten", "vennootschap"], ["b", "v", "b", "a"], ["a", "s", "b", "l"], ["v", "z", "w"], ["s", "r", "l"], ["s", "p", "r", "l"], ["naamloze", "vennootschap"], ["vennootschap", "onder", "firma"],
              ["gmbh", "co", "kg"], ["comm", "v"], ["v", "o", "f"], ["b", "v"], ["n", "v"], ["s", "a"], ["c", "v"],
              ["bv"], ["nv"], ["vof"], ["cv"], ["bvba"], ["commv"], ["vzw"], ["srl"], ["sprl"], ["sa"], ["asbl"], ["gmbh"], ["kg"]]
GENERIC = ["installatiebedrijf", "installatietechniek", "installaties", "installatie", "installatieservice", "installatiebureau",
           "loodgietersbedrijf", "loodgieters", "loodgieter", "elektro", "elektrotechniek", "elektra", "klimaattechniek",
           "gebr", "gebroeders", "zn", "zonen", "bouwbedrijf", "aannemersbedrijf", "bouw", "bouwgroep", "holding", "beheer",
           "woonstichting", "woningstichting", "wonen", "stichting", "vve", "vereniging", "eigenaars", "basisschool", "obs",
           "rkbs", "cbs", "sanitair", "verwarming", "elektriciteitswerken", "bouwonderneming", "dakwerken", "chauffage",
           "electricite", "sanitaire", "entreprise", "fils", "installations", "toitures", "haustechnik", "sanitar", "heizung",
           "und", "co", "klusbedrijf", "schildersbedrijf", "timmerbedrijf", "vastgoedbeheer", "vastgoed", "gemeente", "afdeling",
           "sector", "team", "dienst", "vestiging", "stad", "ville", "jeugdhuis", "woonzorgcentrum", "scouts", "maison", "repos",
           "pa", "tav", "en", "et", "hodn", "thodn", "service", "techniek", "cv", "elektrotechnisch", "werkmaatschappij", "groep",
           "onderhoud", "entreprises", "beheermaatschappij", "sportcentrum", "voetbalclub", "toneelkring", "harmonie", "turnkring",
           "fanfare", "sportclub", "sint", "saint", "jeunes", "cercle", "centre", "sportif", "les", "amis", "compagnons", "elektriciteitswerken"]
TRADE_WORDS = ["klusbedrijf", "loodgietersbedrijf", "installatiebedrijf", "schildersbedrijf", "timmerbedrijf", "elektro",
               "installatieservice", "loodgieters", "elektrotechniek", "installatietechniek", "chauffage", "electricite", "sanitaire",
               "sanitair", "verwarming", "dakwerken"]
GENERIC = [w.replace("ij", "y") for w in GENERIC]
TRADE_WORDS = [w.replace("ij", "y") for w in TRADE_WORDS]

def strip_legal(toks):
    out = []
    i = 0
    while i < len(toks):
        hit = None
        for seq in LEGAL_SEQS:
            if toks[i:i + len(seq)] == seq:
                hit = seq
                break
        if hit:
            i += len(hit)
        else:
            out.append(toks[i])
            i += 1
    return out

def org_core(s):
    if s is None:
        return []
    t = strip_legal(ntok(s))
    return sorted(dict.fromkeys(x for x in t if len(x) >= 2 and x not in GENERIC and x not in PARTICLES and x not in TITLES))

def fam_core(s):
    if s is None:
        return []
    return sorted(dict.fromkeys(x for x in ntok(s) if len(x) >= 2 and x not in PARTICLES and x not in TITLES))

ROEP = {"johannes": ["jan", "hans", "johan", "joop"], "cornelis": ["kees", "cor"], "gerardus": ["gerard", "gert", "geert"],
        "theodorus": ["theo", "ruud"], "wilhelmus": ["wim", "willem"], "hendrikus": ["henk", "rik"], "hendrik": ["henk", "rik"],
        "petrus": ["piet", "peter"], "antonius": ["toon", "ton", "anton"], "adrianus": ["arie", "ad", "adrie"],
        "josephus": ["jos", "sjef", "jef"], "jozef": ["jef", "jos"], "gustaaf": ["staf"], "jacobus": ["jaap", "koos"],
        "martinus": ["martin", "tinus"], "lambertus": ["bert"], "nicolaas": ["klaas", "nico"],
        "wilhelmina": ["mien", "willie", "wilma"], "johanna": ["jo", "joke", "hanneke"], "maria": ["mies", "marja", "ria"],
        "cornelia": ["corrie", "nel"], "hendrika": ["riek", "rika"], "petronella": ["nel", "ellie"],
        "geertruida": ["truus", "trudy"], "elisabeth": ["lies", "els", "betty"], "catharina": ["toos", "rina"],
        "livina": ["lieve"], "theodora": ["dora"]}

CITY_ALIASES = [["'s-Hertogenbosch", "Den Bosch", "s-Hertogenbosch", "'s Hertogenbosch"], ["'s-Gravenhage", "Den Haag"],
                ["Antwerpen", "Anvers"], ["Brussel", "Bruxelles"], ["Gent", "Gand"], ["Liège", "Luik"], ["Mechelen", "Malines"],
                ["Leuven", "Louvain"], ["Brugge", "Bruges"], ["Namur", "Namen"], ["Mons", "Bergen"], ["Wavre", "Waver"],
                ["Emmerich am Rhein", "Emmerich"], ["Lier", "Lierre"]]
REGION_ALIASES = [["Noord-Brabant", "N-Brabant", "NB"], ["Nordrhein-Westfalen", "NRW"], ["Limburg", "LI"], ["Zuid-Holland", "ZH"],
                  ["Noord-Holland", "NH"], ["Utrecht", "UT"], ["Gelderland", "GLD"]]

# ---------------------------------------------------------------- keys
EXT_RE = re.compile(r"(?i)\b(?:toestel|tst|ext)\.?\s*(\d+)")
LABEL_RE = re.compile(r"(?i)\b(?:tel|telefoon|mob|mobiel|gsm|t|m)\b\.?:?")

def phone_parse(s):
    if s is None:
        return []
    s = EXT_RE.sub(lambda m: " #" + m.group(1) + " ", s)
    s = LABEL_RE.sub("|", s)
    s = re.sub(r"\s+/\s+|;|,", "|", s)
    out = []
    for part in s.split("|"):
        exts = re.findall(r"#(\d+)", part)
        part = re.sub(r"#\d+", "", part).replace("(0)", "").strip().lstrip("(").strip()
        d = re.sub(r"\D", "", part)
        if not d:
            continue
        if part.startswith("+"):
            intl = True
        elif d.startswith("00"):
            d = d[2:]
            intl = True
        elif d.startswith("0"):
            d = d[1:]
            intl = False
        else:
            intl = False
        if intl:
            for cc in ("31", "32", "49"):
                if d.startswith(cc):
                    d = d[2:]
                    break
        out.append((d, exts[0] if exts else ""))
    return out

def phone_keys(s):
    return [k for k, _ in phone_parse(s)]

COUNTRY_MAP = {"nl": "NL", "nederland": "NL", "netherlands": "NL", "the netherlands": "NL", "holland": "NL",
               "be": "BE", "belgie": "BE", "belgium": "BE", "belgique": "BE", "belgien": "BE",
               "de": "DE", "duitsland": "DE", "deutschland": "DE", "germany": "DE", "allemagne": "DE"}

def country_norm(c, pc):
    if c is not None:
        return COUNTRY_MAP.get(fold(c).strip(), "??")
    pc = (pc or "").strip()
    if re.fullmatch(r"\d{4}\s?[A-Za-z]{2}", pc):
        return "NL"
    if re.fullmatch(r"(B-?)?\d{4}", pc):
        return "BE"
    if re.fullmatch(r"(D-?)?\d{5}", pc):
        return "DE"
    return "??"

def pc_norm(pc, cc):
    if pc is None:
        return ""
    if cc == "NL":
        return re.sub(r"\s", "", pc).upper()
    return re.sub(r"\D", "", pc)

def norm_add(a):
    s = re.sub(r"[\s\-./,]", "", fold(a))
    if s in ("hs", "huis"):
        return ""
    m = re.fullmatch(r"(?:bus|bte|boite|b)(\d+)", s)
    if m:
        return str(int(m.group(1)))
    m = re.fullmatch(r"(\d+)e?(?:hoog|etage)?", s)
    if m:
        return str(int(m.group(1)))
    m = re.fullmatch(r"(i|ii|iii|iv)(?:hoog|etage)?", s)
    if m:
        return {"i": "1", "ii": "2", "iii": "3", "iv": "4"}[m.group(1)]
    return s

def parse_line1(l):
    s = l.strip()
    m = re.fullmatch(r"(?i)(?:postbus|bp|postfach)\s*(\d+)", s)
    if m:
        return ("pb", m.group(1), "")
    m = re.fullmatch(r"(.+?)\s+(\d+)(.*)", s)
    if not m:
        return (s, "", "")
    return (m.group(1), m.group(2), m.group(3))

ST_WORD = {"burgemeester": "burg", "professor": "prof", "dokter": "dr", "pastoor": "past", "sint": "st", "saint": "st"}
ST_SUF = [("straat", "str"), ("strasse", "str"), ("laan", "ln"), ("plein", "pln"), ("steenweg", "stwg"),
          ("chaussee", "chee"), ("avenue", "av"), ("boulevard", "bd")]

def street_norm(st):
    out = []
    for t in ntok(st):
        if t in ST_WORD:
            t = ST_WORD[t]
        else:
            for lo, sh in ST_SUF:
                if t.endswith(lo):
                    t = t[:-len(lo)] + sh
                    break
        out.append(t)
    return "".join(out)

def addr_key(a):
    if a is None:
        return None
    cc = country_norm(a["country"], a["postalCode"])
    pc = pc_norm(a["postalCode"], cc)
    st, num, add = parse_line1(a["line1"])
    if st == "pb":
        return "|".join([cc, pc, "pb", num])
    if cc == "NL":
        return "|".join([cc, pc, "", num, norm_add(add)])
    return "|".join([cc, pc, street_norm(st), num, norm_add(add)])

def email_key(e):
    return None if e is None else e.strip().lower()

# ---------------------------------------------------------------- pools
NL_TOWNS = [  # name, pc_lo, pc_hi, area, region, weight
    ("Eindhoven", 5611, 5658, "40", "Noord-Brabant", 30), ("Veldhoven", 5501, 5509, "40", "Noord-Brabant", 6),
    ("Helmond", 5701, 5709, "492", "Noord-Brabant", 7), ("'s-Hertogenbosch", 5211, 5237, "73", "Noord-Brabant", 7),
    ("Tilburg", 5011, 5049, "13", "Noord-Brabant", 7), ("Breda", 4811, 4841, "76", "Noord-Brabant", 5),
    ("Best", 5681, 5684, "499", "Noord-Brabant", 3), ("Oss", 5341, 5349, "412", "Noord-Brabant", 3),
    ("Uden", 5401, 5406, "413", "Noord-Brabant", 2), ("Weert", 6001, 6006, "495", "Limburg", 3),
    ("Venlo", 5911, 5928, "77", "Limburg", 3), ("Roermond", 6041, 6045, "475", "Limburg", 2),
    ("Utrecht", 3511, 3585, "30", "Utrecht", 3), ("Groningen", 9711, 9747, "50", "Groningen", 2),
    ("Zwolle", 8011, 8048, "38", "Overijssel", 2), ("'s-Gravenhage", 2491, 2599, "70", "Zuid-Holland", 2),
    ("Amsterdam", 1011, 1109, "20", "Noord-Holland", 2), ("Rotterdam", 3011, 3089, "10", "Zuid-Holland", 2),
    ("Nijmegen", 6511, 6546, "24", "Gelderland", 2), ("Maastricht", 6211, 6229, "43", "Limburg", 2),
    ("Valkenswaard", 5551, 5556, "40", "Noord-Brabant", 4), ("Geldrop", 5661, 5665, "40", "Noord-Brabant", 4),
    ("Nuenen", 5671, 5674, "40", "Noord-Brabant", 3), ("Oisterwijk", 5061, 5062, "13", "Noord-Brabant", 2),
    ("Boxtel", 5281, 5283, "411", "Noord-Brabant", 2), ("Deurne", 5751, 5754, "493", "Noord-Brabant", 2),
    ("Waalre", 5581, 5583, "40", "Noord-Brabant", 2), ("Son en Breugel", 5691, 5694, "499", "Noord-Brabant", 2),
    ("Waalwijk", 5141, 5146, "416", "Noord-Brabant", 2), ("Eersel", 5521, 5522, "497", "Noord-Brabant", 2),
    ("Bergeijk", 5571, 5574, "497", "Noord-Brabant", 1), ("Someren", 5711, 5712, "493", "Noord-Brabant", 1),
    ("Cuijk", 5431, 5434, "485", "Noord-Brabant", 1), ("Vught", 5261, 5264, "73", "Noord-Brabant", 2),
    ("Dongen", 5101, 5106, "162", "Noord-Brabant", 1), ("Goirle", 5051, 5054, "13", "Noord-Brabant", 1),
]
BE_TOWNS = [  # name, postcodes, area, region, lang, weight
    ("Antwerpen", [2000, 2018, 2020, 2030, 2050, 2060], "3", "Antwerpen", "nl", 20), ("Brussel", [1000, 1020, 1030, 1040, 1050, 1060], "2", "Brussels Hoofdstedelijk Gewest", "br", 8),
    ("Gent", [9000, 9030, 9040, 9050], "9", "Oost-Vlaanderen", "nl", 5), ("Liège", [4000, 4020, 4030], "4", "Liège", "fr", 4),
    ("Mechelen", [2800], "15", "Antwerpen", "nl", 3), ("Turnhout", [2300], "14", "Antwerpen", "nl", 4),
    ("Hasselt", [3500, 3510], "11", "Limburg", "nl", 3), ("Genk", [3600], "89", "Limburg", "nl", 2),
    ("Leuven", [3000, 3010], "16", "Vlaams-Brabant", "nl", 2), ("Brugge", [8000, 8200], "50", "West-Vlaanderen", "nl", 2),
    ("Namur", [5000], "81", "Namur", "fr", 2), ("Charleroi", [6000], "71", "Hainaut", "fr", 2),
    ("Mol", [2400], "14", "Antwerpen", "nl", 2), ("Lommel", [3920], "11", "Limburg", "nl", 2),
    ("Geel", [2440], "14", "Antwerpen", "nl", 2), ("Herentals", [2200], "14", "Antwerpen", "nl", 2),
    ("Lier", [2500], "3", "Antwerpen", "nl", 2), ("Brasschaat", [2930], "3", "Antwerpen", "nl", 2),
    ("Hoogstraten", [2320], "3", "Antwerpen", "nl", 2), ("Mons", [7000], "65", "Hainaut", "fr", 1),
    ("Wavre", [1300], "10", "Brabant wallon", "fr", 1),
]
DE_TOWNS = [("Aachen", ["52062", "52064", "52066"], "241", "Nordrhein-Westfalen"), ("Kleve", ["47533"], "2821", "Nordrhein-Westfalen"),
            ("Emmerich am Rhein", ["46446"], "2822", "Nordrhein-Westfalen"), ("Gronau", ["48599"], "2562", "Nordrhein-Westfalen"),
            ("Heinsberg", ["52525"], "2452", "Nordrhein-Westfalen"), ("Nordhorn", ["48529"], "5921", "Niedersachsen"),
            ("Bocholt", ["46395", "46397"], "2871", "Nordrhein-Westfalen")]

NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Hoofdstraat", "Molenstraat", "Schoolstraat", "Nieuwstraat", "Stationsweg", "Markt",
              "Julianalaan", "Wilhelminaplein", "Beatrixlaan", "Lindelaan", "Eikenlaan", "Parklaan", "Industrieweg",
              "Ambachtsweg", "Kanaaldijk", "Hoogstraat", "Stratumsedijk", "Geldropseweg", "Boschdijk", "Kruisstraat",
              "Aalsterweg", "Tongelresestraat", "Vestdijk", "Dommelstraat", "Emmasingel", "Kastanjelaan", "Berkenlaan",
              "Prins Hendrikstraat", "Koningsweg", "Zandstraat", "Veldweg", "Kloosterstraat", "Achterstraat", "Havenweg",
              "Marconilaan", "Edisonstraat", "Meidoornlaan", "Oranjeplein", "Mozartlaan", "Rembrandtstraat", "Vondellaan",
              "Wolfstraat", "Kempenlaan", "Peellandstraat", "Esdoornlaan", "Acacialaan", "Klaverstraat", "Heistraat",
              "Burgemeester Van Hooffstraat", "Burgemeester Smeetsweg", "Burgemeester Visserstraat", "Burgemeester Martensstraat",
              "Professor Dondersstraat", "Professor Holstlaan", "Dokter Schaepmanstraat", "Dokter Cuyperslaan",
              "Pastoor Van Arsplein", "Sint Antoniusstraat", "Sint Jorisplein", "Burgemeester Van Abeelenlaan"]
BE_STREETS_NL = ["Kerkstraat", "Dorp", "Markt", "Statiestraat", "Nieuwstraat", "Steenweg op Antwerpen", "Turnhoutsebaan",
                 "Bredabaan", "Lange Leemstraat", "Meir", "Kapelsestraat", "Grote Markt", "Molenstraat", "Industrieweg",
                 "Kempenlaan", "Koning Albertlaan", "Liersesteenweg", "Brusselsesteenweg", "Kiezelstraat", "Schoolstraat",
                 "Sint-Jansplein", "Boomsesteenweg", "Diksmuidelaan", "Provinciale Baan"]
BE_STREETS_FR = ["Rue de la Loi", "Chaussée de Louvain", "Avenue Louise", "Rue Haute", "Rue de la Station",
                 "Boulevard d'Avroy", "Chaussée de Bruxelles", "Rue Saint-Gilles", "Place du Marché", "Rue des Champs",
                 "Avenue de la Gare", "Rue de l'Église", "Rue Hélène Dutrieu", "Chaussée de Namur"]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Industriestraße",
              "Lindenweg", "Jülicher Straße", "Krefelder Straße", "Mühlenweg"]

NL_SUR = [("", "Jansen"), ("de", "Jong"), ("de", "Vries"), ("van den", "Berg"), ("van der", "Berg"), ("van", "Dijk"), ("", "Bakker"),
          ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"),
          ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"),
          ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"),
          ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"),
          ("de", "Bruijn"), ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"),
          ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"), ("van der", "Wal"), ("", "Prins"),
          ("", "Blom"), ("", "Huisman"), ("'t", "Hart"), ("ter", "Horst"), ("in 't", "Veld"), ("van", "Wijk"), ("", "Kuijpers"),
          ("", "Rijnders"), ("", "Bijl"), ("van", "Rijn"), ("", "Wijnands"), ("", "Hermans"), ("van", "Gils"), ("", "Timmermans"),
          ("", "Verbeek"), ("van", "Loon"), ("", "Aarts"), ("van", "Asten"), ("", "Biemans"), ("", "Cuijpers"), ("", "Donkers"),
          ("van", "Eck"), ("", "Franssen"), ("", "Geerts"), ("", "Heesakkers"), ("", "Joosten"), ("", "Kusters"), ("", "Leenders"),
          ("", "Manders"), ("", "Nouwen"), ("", "Oomen"), ("", "Panhuijzen"), ("", "Raaijmakers"), ("", "Swinkels"),
          ("", "Thijssen"), ("", "Uijen"), ("", "Verhagen"), ("", "Wouters"), ("van", "Zon"), ("", "Bosch"), ("van den", "Bosch"),
          ("", "Coolen"), ("van", "Dommelen"), ("", "Evers"), ("", "Fleuren"), ("", "Goossens"), ("", "Hoeks"), ("", "Klomp"),
          ("van", "Lieshout"), ("", "Meulendijks"), ("", "Noordermeer"), ("", "Otten"), ("", "Pijnenburg"), ("", "Rooijakkers"),
          ("", "Schepers"), ("", "Tielemans"), ("", "Vink"), ("", "Wagenaar"), ("", "Zwart"), ("", "Bruggink"), ("", "Hofman"),
          ("", "Kramer"), ("", "Postma"), ("", "de Ruiter"), ("", "Sanders"), ("", "Veenstra"), ("", "Wolters"), ("", "Bongers"),
          ("van", "Hout"), ("", "Lammers"), ("", "Martens"), ("", "Rutten"), ("", "Spierings"), ("", "Verstappen"),
          ("van", "Kessel"), ("", "Driessen"), ("", "Gerrits"), ("", "Hurkmans"), ("", "Ketelaars"), ("", "Lemmens"),
          ("", "Mutsaers"), ("", "Peeters"), ("", "Renders"), ("", "Schellekens"), ("", "Theunissen"), ("", "van Rooij"),
          ("van", "Rooij"), ("", "Vissers"), ("", "Withagen"), ("", "Bolsius"), ("", "Dirks"), ("", "Habraken"), ("", "Konings"),
          ("", "Louwers"), ("", "Mathijssen"), ("", "Nooijen"), ("", "Pennings"), ("", "Roefs"), ("", "Sleegers"), ("", "Tholen"),
          ("", "Verschuren"), ("", "Wijnen"), ("de", "Laat"), ("van", "Gerwen"), ("van", "Erp"), ("van der", "Zanden"),
          ("van de", "Ven"), ("van de", "Wiel"), ("van der", "Sande"), ("ten", "Brink"), ("ter", "Haar"), ("'t", "Hoen"),
          ("van", "Bommel"), ("", "Brands"), ("", "Claassen"), ("", "Daamen"), ("", "Eijkemans"), ("", "Fransen"), ("", "Gijsbers")]
NL_SUR = [x for x in NL_SUR if not x[1].startswith("de ") and not x[1].startswith("van ")]
BE_SUR = [("Van den", "Broeck"), ("", "Peeters"), ("", "Janssens"), ("", "Maes"), ("", "Mertens"), ("", "Claes"),
          ("", "Goossens"), ("De", "Smet"), ("Van", "Damme"), ("De", "Backer"), ("", "Michiels"), ("Van", "Hoof"), ("De", "Clercq"),
          ("", "Verstraete"), ("", "Pauwels"), ("", "Aerts"), ("Van de", "Velde"), ("", "Vandenberghe"), ("", "Wuyts"),
          ("", "Verbruggen"), ("Van", "Looy"), ("", "Cools"), ("", "Thys"), ("", "Verlinden"), ("Van", "Gucht"), ("", "Dierckx"),
          ("", "Geens"), ("", "Hendrickx"), ("", "Lauwers"), ("", "Moens"), ("", "Nuyts"), ("Van", "Aken"), ("", "Schoofs"),
          ("", "Smolders"), ("", "Vermeiren"), ("", "Wouters"), ("Van", "Herck"), ("", "Bogaerts"), ("", "Coppens"), ("De", "Bie"),
          ("", "Gysen"), ("", "Heylen"), ("", "Laenen"), ("", "Mariën"), ("", "Op de Beeck"), ("Van", "Dyck"), ("", "Cuypers"),
          ("", "Daems"), ("", "Engels"), ("", "Faes"), ("", "Gorissen"), ("", "Huybrechts"), ("", "Keersmaekers"), ("", "Luyten"),
          ("", "Nijs"), ("", "Oeyen"), ("", "Rombouts"), ("", "Stijnen"), ("", "Tubbax"), ("", "Vervoort")]
BE_SUR = [x for x in BE_SUR if " " not in x[1]]
FR_SUR = [("", "Dubois"), ("", "Lambert"), ("", "Dupont"), ("", "Leclercq"), ("", "Martin"), ("", "Simon"), ("", "Laurent"),
          ("", "Renard"), ("", "Lejeune"), ("", "Lemaire"), ("", "Dumont"), ("", "Fontaine"), ("", "Collignon"), ("", "Gérard"),
          ("", "Hubert"), ("", "Mathieu"), ("", "Noël"), ("", "Piette"), ("", "Rousseau"), ("", "Thiry"), ("", "Wauthier"),
          ("", "Bastin"), ("", "Charlier"), ("", "Denis"), ("", "François"), ("", "Hennebert"), ("", "Jacquet"), ("", "Lefèvre"),
          ("", "Mertz"), ("", "Poncelet")]
DE_SUR = [("", "Müller"), ("", "Schmitz"), ("", "Schmidt"), ("", "Hoffmann"), ("", "Becker"), ("", "Wagner"), ("", "Schulte"),
          ("", "Janßen"), ("", "Weber"), ("", "Meyer"), ("", "Krüger"), ("", "Köhler"), ("", "Hüsken"), ("", "Tenbrink"),
          ("", "Terhorst"), ("", "Lövenich"), ("", "Dahmen"), ("", "Hermes"), ("", "Kempkes"), ("", "Gößling")]

NL_GIVEN_M = [(["Johannes"], "Jan"), (["Johannes", "Petrus"], "Hans"), (["Cornelis"], "Kees"), (["Gerardus"], "Gerard"),
              (["Gerardus", "Johannes"], "Gert"), (["Theodorus"], "Theo"), (["Wilhelmus"], "Wim"), (["Hendrikus"], "Henk"),
              (["Petrus"], "Piet"), (["Antonius"], "Toon"), (["Adrianus"], "Ad"), (["Jacobus"], "Jaap"), (["Martinus"], "Martin"),
              (["Lambertus"], "Bert"), (["Nicolaas"], "Klaas"), (["Daan"], None), (["Bram"], None), (["Tim"], None),
              (["Sander"], None), (["Thijs"], None), (["Ruben"], None), (["Stijn"], None), (["Joost"], None), (["Mark"], None),
              (["Maarten"], None), (["Erik"], None), (["Rob"], None), (["Bart"], None), (["Luuk"], None), (["Wouter"], None),
              (["Niels"], None), (["Jeroen"], None), (["Pieter"], None), (["Koen"], None), (["Dennis"], None), (["Frank"], None),
              (["Marcel"], None), (["Rik"], None), (["Harm"], None), (["Ivo"], None), (["Lucas", "Maria"], "Luc"),
              (["Franciscus"], "Frans"), (["Josephus"], "Sjef"), (["Johannes", "Cornelis"], "Jan"), (["René"], None),
              (["Joël"], None), (["André"], None)]
NL_GIVEN_F = [(["Wilhelmina"], "Mien"), (["Wilhelmina"], "Willie"), (["Johanna"], "Joke"), (["Maria"], "Marja"),
              (["Cornelia"], "Corrie"), (["Hendrika"], "Riek"), (["Petronella"], "Nel"), (["Geertruida"], "Truus"),
              (["Elisabeth"], "Els"), (["Catharina"], "Toos"), (["Marieke"], None), (["Anouk"], None), (["Sanne"], None),
              (["Femke"], None), (["Esther"], None), (["Inge"], None), (["Linda"], None), (["Sandra"], None), (["Ingrid"], None),
              (["Monique"], None), (["Chantal"], None), (["Saskia"], None), (["Lotte"], None), (["Eva"], None), (["Noor"], None),
              (["Anne", "Marie"], None), (["Hélène"], None), (["Renée"], None), (["Maria", "Johanna"], "Mieke"),
              (["Ilse"], None), (["Judith"], None), (["Mirjam"], None), (["Karin"], None)]
BE_GIVEN_M = [(["Josephus"], "Jef"), (["Jozef"], "Jef"), (["Gustaaf"], "Staf"), (["Hendrik"], "Rik"), (["Koen"], None),
              (["Wim"], None), (["Dirk"], None), (["Luc"], None), (["Marc"], None), (["Geert"], None), (["Filip"], None),
              (["Bart"], None), (["Pieter"], None), (["Kris"], None), (["Tom"], None), (["Johan"], None), (["Stijn"], None),
              (["Ward"], None), (["Jens"], None)]
BE_GIVEN_F = [(["Livina"], "Lieve"), (["Els"], None), (["Katrien"], None), (["An"], None), (["Sofie"], None),
              (["Griet"], None), (["Hilde"], None), (["Veerle"], None), (["Ilse"], None), (["Nathalie"], None), (["Lieve"], None),
              (["Leen"], None), (["Ann-Sophie"], None)]
FR_GIVEN_M = [(["Jean-Pierre"], None), (["Michel"], None), (["Philippe"], None), (["Benoît"], None), (["Stéphane"], None),
              (["Frédéric"], None), (["Jérôme"], None), (["Cédric"], None), (["Olivier"], None), (["Thierry"], None)]
FR_GIVEN_F = [(["Françoise"], None), (["Hélène"], None), (["Marie"], None), (["Isabelle"], None), (["Anne-Sophie"], None),
              (["Céline"], None), (["Valérie"], None), (["Nathalie"], None), (["Véronique"], None)]
DE_GIVEN_M = [(["Jürgen"], None), (["Günter"], None), (["Klaus"], None), (["Dieter"], None), (["Uwe"], None),
              (["Jörg"], None), (["Jens"], None), (["Björn"], None), (["Stefan"], None)]
DE_GIVEN_F = [(["Ursula"], None), (["Sabine"], None), (["Birgit"], None), (["Jutta"], None), (["Doris"], None)]

WORD_A = ["Park", "Linden", "Eiken", "Beuken", "Water", "Stads", "Molen", "Kerk", "Dommel", "Zonne", "Haven", "Vesting", "Kasteel",
          "Heide", "Berken", "Rozen", "Wilgen", "Esdoorn", "Klaver", "Duinen", "Meer", "Bos", "Akker", "Veld"]
WORD_B = ["zicht", "hof", "hoven", "poort", "kade", "wijk", "rijk", "borg", "staete", "toren", "dael", "weide", "hage", "stein",
          "haghe", "loo"]
SCHOOL_N = ["De Regenboog", "Het Kompas", "De Vlindertuin", "De Springplank", "De Wielewaal", "Het Octaaf", "De Zonnewijzer",
            "De Klimop", "Het Palet", "De Boomgaard", "De Toermalijn", "Het Startblok", "De Fonkelsteen", "De Sterrenkijker",
            "Het Klavertje", "De Horizon", "De Piramide", "Het Avontuur", "De Notenkraker", "De Zevensprong", "Het Talent",
            "De Kameleon", "De Driehoek", "Het Baken", "De Vuurtoren", "De Wingerd", "Het Mozaïek", "De Linde", "De Eik",
            "De Ontdekking", "Het Anker", "De Tweeling", "De Troubadour", "Het Spectrum", "De Uilenhorst", "De Parel",
            "De Bolster", "Het Zonnelied", "De Dromenvanger", "De Leilinde", "De Kei", "Het Kinderrijk", "De Heikant",
            "De Wiekslag", "De Ratel", "Het Lover", "De Bron", "De Schakel", "Het Kristal", "De Meander", "De Zandloper",
            "De Petteflet", "Het Klokhuis", "De Pijler", "De Speelhoeve", "Het Zwaluwnest", "De Achtbaan", "De Vonk",
            "De Wereldwijzer", "Het Lindeblad"]
BRANDS = ["Vakwerk", "Handig", "Duizendpoot", "Klusexpert", "Stroomlijn", "Warmtewacht", "Kraanwater", "Buizenman",
          "Fixit", "Zonnekracht", "Draadwerk", "Lekvrij", "Stopcontact", "Radiatorhuis", "Kraanspecialist", "Thermostaat",
          "Vonkvrij", "Spanningsveld", "Leidingwerk", "Warmtepomp", "Groendak", "Tegelzetter", "Watertight", "Doe-Het-Goed",
          "Mooimaker", "Regelneef", "Klussenier", "Schroevendraaier", "Waterpas", "Bouwmeester", "Sterkstroom", "Zwakstroom",
          "Verwarmd", "Energiek", "Heldersteen", "Perfectwerk", "Ambacht", "Vakmanschap", "Kwaliteitswerk", "Oranjewarmte",
          "Hollandwarm", "Kempenwarm", "Peelstroom", "Dommelwater", "Brabantlicht", "Zuidwarm", "Gloeilamp", "Zekering",
          "Aardlek", "Schakelaar", "Drukvat", "Boilerman", "Geiserhuis", "Ketelwacht", "Kraanwerk", "Fittingshop",
          "Sifon", "Afvoerexpert", "Rioolservice", "Dakgoot"]
CORP_N = ["De Kempen", "Volksbelang", "Maasdal", "Peelrand", "Dommelstroom", "Woonvisie", "Thuisbasis", "Woongoed Zuid",
          "Brabantwonen", "Het Dorpsbelang", "Woonkracht", "Vitaalwonen", "Huis en Haard", "Leefbaar", "Woonzorg Zuid",
          "De Goede Woning", "Eigen Haard Zuid", "Woonpunt Kempen", "Compaen Zuid", "Area Oost", "Welbevinden",
          "Beter Wonen Peel", "Woonpartners Dommel", "Samenwonen Brabant", "Woonmeander", "Thuisvester Zuid",
          "Woonveste", "Huisvest", "Woonbron Kempen", "Wonen Breugel", "De Leeuw", "Kleurrijk", "Woonhaven", "Stadsgoed",
          "Woonhart", "Dorpsgoed"]
VZW_N = ["Jeugdhuis Den Eglantier", "Woonzorgcentrum Sint-Jozef", "Scouts Sint-Rafaël", "Jeugdhuis De Klinker",
         "Woonzorgcentrum Hemelrijck", "Sportcentrum De Nekker", "Jeugdhuis Tejater", "Woonzorgcentrum Zonnebloem",
         "Scouts Kiekeboe", "Woonzorgcentrum De Vijvers", "Voetbalclub Hoboken", "Jeugdhuis Den Dijk", "Toneelkring Vooruit",
         "Woonzorgcentrum Ter Elst", "Scouts De Kievit", "Jeugdhuis Kaddish", "Sportclub Vlierbeek", "Woonzorgcentrum Lindelo",
         "Harmonie Sint-Cecilia", "Jeugdhuis De Kroon", "Woonzorgcentrum Bloemenveld", "Scouts Wolvenberg", "Turnkring Olympia",
         "Woonzorgcentrum Boskapel", "Jeugdhuis Zwaluw", "Fanfare De Eendracht"]
ASBL_N = ["Maison de repos Les Tilleuls", "Maison de repos Le Bois Joli", "Les Petits Riens", "Centre Sportif Jambes",
          "Maison de repos La Sapinière", "Cercle Horticole Montois", "Les Amis du Vieux Liège", "Maison de Jeunes Le Prisme",
          "Maison de repos Saint-Joseph", "Cercle Culturel Wavrien", "Les Compagnons Bâtisseurs", "Maison de Jeunes Le Phare"]

PROVIDERS_NL = ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "xs4all.nl", "planet.nl", "home.nl", "gmail.com", "hotmail.com",
                "outlook.com", "live.nl", "upcmail.nl", "casema.nl"]
PROV_W_NL = [14, 10, 8, 5, 5, 5, 20, 10, 6, 4, 2, 2]
PROVIDERS_BE = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.com", "scarlet.be", "outlook.be"]
PROV_W_BE = [25, 12, 6, 20, 10, 4, 5]
PROVIDERS_DE = ["t-online.de", "web.de", "gmx.de", "gmail.com"]
PROV_MIGRATE = {"hetnet.nl": "kpnmail.nl", "planet.nl": "kpnmail.nl", "home.nl": "ziggo.nl", "casema.nl": "ziggo.nl",
                "upcmail.nl": "ziggo.nl", "skynet.be": "proximus.be", "hotmail.com": "outlook.com"}
PUBLIC_DOMAINS = sorted(set(PROVIDERS_NL + PROVIDERS_BE + PROVIDERS_DE + ["kpnmail.nl", "ziggo.nl", "proximus.be", "outlook.com"]))

def wchoice(items, weights):
    return R.choices(items, weights=weights, k=1)[0]

# partition of name vocabulary: existing side vs new side (by core token)
def partition(items, keyf, every=3):
    cores = sorted(dict.fromkeys(keyf(x) for x in items))
    newc = [c for i, c in enumerate(cores) if i % every == 1]
    e = [x for x in items if keyf(x) not in newc]
    n = [x for x in items if keyf(x) in newc]
    return e, n

surkey = lambda x: "".join(fam_core(x[1]))
SUR = {}
for cc, lst in (("NL", NL_SUR), ("BE", BE_SUR), ("FR", FR_SUR), ("DE", DE_SUR)):
    SUR[(cc, "existing")], SUR[(cc, "new")] = partition(lst, surkey)
# cross-country core overlaps (Peeters, Wouters, Goossens in NL and BE) must fall on one side only
_all_e = set()
for k in sorted(SUR):
    if k[1] == "existing":
        for x in SUR[k]:
            _all_e.add(surkey(x))
for k in sorted(SUR):
    if k[1] == "new":
        SUR[k] = [x for x in SUR[k] if surkey(x) not in _all_e]
SUR[("NL", "hn")] = SUR[("NL", "existing")]
SUR[("BE", "hn")] = SUR[("BE", "existing")]
SUR[("FR", "hn")] = SUR[("FR", "existing")]
SUR[("DE", "hn")] = SUR[("DE", "existing")]

BR_E, BR_N = partition(BRANDS, lambda x: "".join(org_core(x)))
SCH_E, SCH_N = partition(SCHOOL_N, lambda x: "".join(org_core(x)))
CORP_E, CORP_N2 = partition(CORP_N, lambda x: "".join(org_core(x)))
VVE_ALL = sorted(dict.fromkeys(a + b for a in WORD_A for b in WORD_B))
VVE_E, VVE_N = partition(VVE_ALL, lambda x: "".join(org_core(x)))

# ---------------------------------------------------------------- registries
class Reg:
    def __init__(self):
        self.phone = {}      # nsn -> eid
        self.email = {}      # email -> [eid]
        self.enb = {}        # deletion variant -> [eid]
        self.addr = {}       # key -> [eid]
        self.ids = {}

REG = Reg()

def new_id():
    while True:
        h = "c%07x" % R.getrandbits(28)
        if h not in REG.ids:
            REG.ids[h] = 1
            return h

EMAIL_BY_EID = {}

def register_email(e, eid):
    e = e.lower()
    EMAIL_BY_EID.setdefault(eid, [])
    if e not in EMAIL_BY_EID[eid]:
        EMAIL_BY_EID[eid].append(e)
    REG.email.setdefault(e, [])
    if eid not in REG.email[e]:
        REG.email[e].append(eid)
    for v in del_variants(e):
        REG.enb.setdefault(v, [])
        if eid not in REG.enb[v]:
            REG.enb[v].append(eid)

def email_ok(e, eid):
    e = e.lower()
    for v in del_variants(e):
        for o in REG.enb.get(v, []):
            if o == eid:
                continue
            for x in EMAIL_BY_EID.get(o, []):
                if osa(e, x) <= 1:
                    return False
    return True

def asciify(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).replace("ß", "ss"))

# ---------------------------------------------------------------- phones
def new_phone(cc, area, mobile, eid):
    while True:
        if cc == "NL":
            if mobile:
                nsn = "6" + "%08d" % R.randrange(10 ** 7, 10 ** 8)
            else:
                nsn = area + "".join(str(R.randrange(10)) for _ in range(9 - len(area)))
                if nsn[len(area)] in "01":
                    continue
        elif cc == "BE":
            if mobile:
                nsn = R.choice(["470", "472", "475", "476", "477", "478", "479", "484", "485", "486", "495", "496", "497", "498", "499"]) + "%06d" % R.randrange(10 ** 6)
            else:
                nsn = area + "".join(str(R.randrange(10)) for _ in range(8 - len(area)))
                if nsn[len(area)] in "01":
                    continue
        else:
            if mobile:
                nsn = R.choice(["151", "160", "170", "171", "176"]) + "%08d" % R.randrange(10 ** 8)
            else:
                nsn = area + "".join(str(R.randrange(10)) for _ in range(6))
                if nsn[len(area)] in "01":
                    continue
        if nsn not in REG.phone:
            REG.phone[nsn] = eid
            return {"cc": cc, "nsn": nsn, "area": "6" if (mobile and cc == "NL") else (nsn[:3] if mobile else area), "mob": mobile}

def grp_sub(sub):
    if len(sub) == 7:
        return sub[:3] + " " + sub[3:5] + " " + sub[5:]
    if len(sub) == 6:
        return sub[:2] + " " + sub[2:4] + " " + sub[4:]
    if len(sub) == 8:
        return sub[:4] + " " + sub[4:]
    return sub

def render_phone(p, style=None):
    cc, nsn, area = p["cc"], p["nsn"], p["area"]
    sub = nsn[len(area):]
    if cc == "NL":
        if p["mob"]:
            opts = ["06-" + sub, "06 " + sub[:4] + " " + sub[4:], "+31 6 " + sub[:4] + " " + sub[4:], "0031 6 " + sub,
                    "06 " + " ".join(sub[i:i + 2] for i in range(0, 8, 2)), "+31" + nsn, "0" + nsn]
            w = [30, 20, 15, 5, 10, 10, 10]
        else:
            opts = ["0" + area + "-" + sub, "0" + area + " " + grp_sub(sub), "+31 " + area + " " + sub[:3] + " " + sub[3:],
                    "0031 " + area + " " + sub, "(0" + area + ") " + sub, "+31 (0)" + area + " " + sub, "0" + nsn, "+31" + nsn]
            w = [30, 20, 12, 5, 10, 6, 12, 5]
    elif cc == "BE":
        if p["mob"]:
            s6 = nsn[3:]
            opts = ["0" + area + " " + s6[:2] + " " + s6[2:4] + " " + s6[4:], "+32 " + area + " " + s6[:2] + " " + s6[2:4] + " " + s6[4:],
                    "0032 " + area + " " + s6[:3] + " " + s6[3:], "0" + area + "." + s6[:2] + "." + s6[2:4] + "." + s6[4:], "0" + nsn]
            w = [35, 20, 10, 15, 20]
        else:
            g = grp_sub(sub)
            opts = ["0" + area + " " + g, "+32 " + area + " " + g, "0032 " + area + " " + sub, "0" + area + "." + g.replace(" ", "."), "0" + nsn]
            w = [35, 20, 10, 15, 20]
    else:
        opts = ["0" + area + " " + sub, "+49 " + area + " " + sub, "0049 " + area + " " + sub, "(0" + area + ") " + sub]
        w = [40, 30, 10, 20]
    if style is None:
        style = wchoice(list(range(len(opts))), w)
    return opts[style % len(opts)], style % len(opts)

def phone_label(p):
    if p["cc"] == "BE" and p["mob"]:
        return R.choice(["GSM ", "gsm: ", "GSM: "])
    if p["mob"]:
        return R.choice(["mob. ", "mobiel ", "M: "])
    return R.choice(["tel. ", "Tel: ", "T: ", "tel "])

def phone_str(phones, ext=None, labels=False, styles=None):
    parts = []
    for i, p in enumerate(phones):
        s, _ = render_phone(p, None if styles is None else styles[i])
        if labels:
            s = phone_label(p) + s
        if ext and i == 0:
            s = s + R.choice([" toestel " + ext, " tst. " + ext, " (toestel " + ext + ")"])
        parts.append(s)
    if len(parts) == 1:
        return parts[0]
    if labels:
        return " ".join(parts)
    return R.choice([" / ", "; ", ", "]).join(parts)

# ---------------------------------------------------------------- addresses
def fresh_pc_nl(town):
    lo, hi = town[1], town[2]
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    return "%d%s%s" % (R.randint(lo, hi), R.choice(letters), R.choice(letters))

def pick_nl_town():
    return wchoice(NL_TOWNS, [t[5] for t in NL_TOWNS])

def pick_be_town(lang=None):
    ts = [t for t in BE_TOWNS if lang is None or t[4] == lang or (lang in ("nl", "fr") and t[4] == "br")]
    return wchoice(ts, [t[5] for t in ts])

def new_addr(cc, town, eid, lang="nl", addition=None, street=None, num=None, pc=None):
    for _ in range(500):
        if cc == "NL":
            st = street or R.choice(NL_STREETS)
            n = num or str(wchoice([R.randint(1, 40), R.randint(1, 250)], [60, 40]))
            if addition is None:
                ad = wchoice(["", "a", "b", "c", "1", "2", "3", "hs", "bis"], [70, 7, 5, 2, 4, 4, 2, 4, 1])
            else:
                ad = addition
            p = pc or fresh_pc_nl(town)
            a = {"street": st, "num": n, "add": ad, "pc": p, "city": town[0], "region": town[4], "cc": "NL"}
        elif cc == "BE":
            fr = lang == "fr" or (town[4] == "fr")
            st = street or R.choice(BE_STREETS_FR if fr else BE_STREETS_NL)
            n = num or str(R.randint(1, 180))
            ad = addition if addition is not None else wchoice(["", "1", "2", "3", "4", "12"], [70, 8, 8, 6, 4, 4])
            p = pc or str(R.choice(town[1]))
            a = {"street": st, "num": n, "add": ad, "pc": p, "city": town[0], "region": town[3], "cc": "BE", "fr": fr}
        else:
            st = street or R.choice(DE_STREETS)
            n = num or str(R.randint(1, 120))
            ad = addition if addition is not None else wchoice(["", "a", "b"], [85, 10, 5])
            p = pc or R.choice(town[1])
            a = {"street": st, "num": n, "add": ad, "pc": p, "city": town[0], "region": town[3], "cc": "DE"}
        a["line2"] = None
        k = addr_key(render_addr(a, canonical=True))
        if k not in REG.addr:
            REG.addr[k] = [eid]
            return a
    raise RuntimeError("address space exhausted")

def new_postbus(town, eid):
    while True:
        n = str(R.choice([R.randint(1, 999), R.randint(1000, 9999), R.randint(90000, 90999)]))
        pc = "%d%s%s" % ((town[1] // 100) * 100, R.choice("ABCDEGHJ"), R.choice("ABCDEGHJ"))
        a = {"street": None, "num": n, "add": "", "pc": pc, "city": town[0], "region": town[4], "cc": "NL", "pb": True, "line2": None}
        k = addr_key(render_addr(a, canonical=True))
        if k not in REG.addr:
            REG.addr[k] = [eid]
            return a

def share_addr(a, eid):
    k = addr_key(render_addr(a, canonical=True))
    if eid not in REG.addr[k]:
        REG.addr[k].append(eid)

def abbrev_street(st):
    words = st.split(" ")
    out = []
    ab = {"Burgemeester": "Burg.", "Professor": "Prof.", "Dokter": "Dr.", "Pastoor": "Past.", "Sint": "St.", "Chaussée": "Chée",
          "Avenue": "Av.", "Boulevard": "Bd"}
    for i, w in enumerate(words):
        if w in ab:
            out.append(ab[w])
            continue
        done = False
        for lo, sh in (("straat", "str."), ("laan", "ln"), ("plein", "pln"), ("steenweg", "stwg."), ("straße", "str."), ("Straße", "Str.")):
            if w.endswith(lo) and i == len(words) - 1:
                out.append(w[:-len(lo)] + sh)
                done = True
                break
        if not done:
            out.append(w)
    return " ".join(out)

def render_add(a, style):
    ad = a["add"]
    if ad == "":
        return ""
    if a["cc"] == "BE":
        opts = [" bus " + ad, "/" + ad, " b" + ad] if not a.get("fr") else [" bte " + ad, "/" + ad, " boîte " + ad, " bte. " + ad]
        return opts[style % len(opts)]
    if ad in ("a", "b", "c"):
        opts = [ad, ad.upper(), "-" + ad.upper(), " " + ad.upper(), "-" + ad, " " + ad]
    elif ad in ("1", "2", "3"):
        rom = {"1": "I", "2": "II", "3": "III"}[ad]
        opts = ["-" + ad, "-" + rom, " " + ad + "-hoog", " " + rom, " " + ad + "e etage", "-" + ad + "hoog"]
    elif ad == "hs":
        opts = [" hs", "-hs", " huis", "", " HS"]
    elif ad == "bis":
        opts = ["bis", " bis", "-bis"]
    else:
        opts = [" " + ad]
    return opts[style % len(opts)]

def render_addr(a, canonical=False, st_style=0, add_style=0, pc_style=0, ctry_style=0, city_alias=0, region=True, line2=None):
    if a.get("pb"):
        line1 = "Postbus " + a["num"]
    else:
        st = a["street"] if st_style == 0 else abbrev_street(a["street"])
        line1 = st + " " + a["num"] + render_add(a, add_style)
    cc = a["cc"]
    if cc == "NL":
        p = a["pc"]
        pc = [p[:4] + " " + p[4:], p, p[:4] + " " + p[4:].lower()][pc_style % 3]
        country = ["Nederland", "NL", "Netherlands", None][ctry_style % 4]
    elif cc == "BE":
        pc = [a["pc"], "B-" + a["pc"], "B" + a["pc"]][pc_style % 3]
        country = ["België", "BE", "Belgium", "Belgique", "Belgie", None][ctry_style % 6]
    else:
        pc = [a["pc"], "D-" + a["pc"]][pc_style % 2]
        country = ["Duitsland", "DE", "Deutschland", "Germany", None][ctry_style % 5]
    city = a["city"]
    for grp in CITY_ALIASES:
        if city == grp[0]:
            city = grp[city_alias % len(grp)]
    reg = a["region"] if region else None
    if canonical:
        return {"line1": line1, "line2": None, "city": city, "region": reg, "postalCode": pc, "country": country}
    return {"line1": line1, "line2": line2 if line2 is not None else a.get("line2"), "city": city, "region": reg, "postalCode": pc, "country": country}

# ---------------------------------------------------------------- entities
ENT = {}          # eid -> entity
ENT_ORDER = []    # eids in creation order

LEGAL_R = {"bv": ["B.V.", "BV", "b.v.", "B.V", "Besloten Vennootschap"], "vof": ["V.O.F.", "VOF", "v.o.f.", "vof"],
           "nv": ["NV", "N.V.", "nv"], "bvba": ["BVBA", "bvba", "B.V.B.A."], "commv": ["CommV", "Comm.V."],
           "vzw": ["VZW", "vzw", "v.z.w."], "srl": ["SRL", "srl", "S.R.L."], "sprl": ["SPRL", "sprl"], "sa": ["SA", "S.A."],
           "asbl": ["ASBL", "asbl", "a.s.b.l."], "gmbh": ["GmbH", "GMBH"], None: [""]}
LEGAL_W = {"bv": [55, 25, 8, 7, 5], "vof": [55, 25, 12, 8], "nv": [60, 30, 10], "bvba": [70, 20, 10], "commv": [70, 30],
           "vzw": [45, 45, 10], "srl": [70, 20, 10], "sprl": [80, 20], "sa": [70, 30], "asbl": [50, 35, 15], "gmbh": [85, 15], None: [1]}

def given_pool(cc, lang, g):
    if cc == "NL":
        return NL_GIVEN_M if g == "m" else NL_GIVEN_F
    if cc == "DE":
        return DE_GIVEN_M if g == "m" else DE_GIVEN_F
    if lang == "fr":
        return FR_GIVEN_M if g == "m" else FR_GIVEN_F
    return BE_GIVEN_M if g == "m" else BE_GIVEN_F

def sur_pool(cc, lang, side):
    key = "FR" if (cc == "BE" and lang == "fr") else cc
    return SUR[(key, side)]

def make_pperson(cc, lang, side, g=None, sur=None, married=None):
    g = g or R.choice(["m", "f"])
    gv, roep = R.choice(given_pool(cc, lang, g))
    part, s = sur or R.choice(sur_pool(cc, lang, side))
    P = {"g": g, "given": list(gv), "roep": roep, "part": part, "sur": s, "be": cc == "BE", "spouse": None, "cc": cc, "lang": lang}
    if g == "f" and cc == "NL" and (married if married is not None else R.random() < 0.4):
        P["spouse"] = R.choice(sur_pool(cc, lang, side))
        if P["spouse"][1] == s:
            P["spouse"] = None
    return P

def fam_render(part, sur, fm, be):
    if not part:
        return sur
    if be:
        return part + " " + sur
    if fm == "comma":
        return sur + ", " + part
    if fm == "caps":
        return " ".join(w if w.startswith("'") else w[0].upper() + w[1:] for w in part.split()) + " " + sur
    if fm == "vd" and part in ("van der", "van den", "van de"):
        return "vd " + sur
    if fm == "vdots" and part in ("van der", "van den", "van de"):
        return "v.d. " + sur
    return part + " " + sur

def cap_part(part, sur):
    """particle capitalised at the start of a name (Dutch rule without preceding given name)"""
    if not part:
        return sur
    return part[0].upper() + part[1:] + " " + sur if not part.startswith("'") else part + " " + sur

def initials(given):
    return "".join(x[0].upper() + "." for x in given)

def person_spec_default(P, kind, caps=None):
    roepok = P["roep"] is not None
    gm = wchoice(["roep", "first", "all", "initials"], [45 if roepok else 0, 25, 10 if len(P["given"]) > 1 else 0, 30])
    fm = "std"
    if P["part"] and not P["be"]:
        fm = wchoice(["std", "comma", "caps", "vd", "vdots", "given_part"], [72, 5, 6, 4, 4, 9])
    dm = "gf"
    if kind.startswith("person/zzp"):
        dm = wchoice(["trade", "hodn"], [88, 12])
    else:
        dm = wchoice(["gf", "lf", "title", "fam"], [80, 7, 9, 4])
    sm = "own"
    if P["spouse"]:
        sm = wchoice(["double", "own", "husband"], [55, 20, 25])
    tt = None
    if dm == "title":
        if P["cc"] == "DE":
            tt = "Herr" if P["g"] == "m" else "Frau"
        elif P["lang"] == "fr":
            tt = "Monsieur" if P["g"] == "m" else "Madame"
        else:
            tt = R.choice(["dhr.", "de heer", "Dhr."]) if P["g"] == "m" else R.choice(["mevr.", "mw.", "mevrouw", "Mevr."])
        gm = "initials" if R.random() < 0.7 else gm
    return {"gm": gm, "fm": fm, "dm": dm, "sm": sm, "tt": tt, "fam_word": R.choice(["Fam.", "Familie", "fam."]),
            "given_missing": False, "family_missing": False, "jr": False}

def render_person(P, sp):
    gm, fm, dm, sm = sp["gm"], sp["fm"], sp["dm"], sp["sm"]
    if gm == "roep":
        given = P["roep"] or P["given"][0]
    elif gm == "first":
        given = P["given"][0]
    elif gm == "all":
        given = " ".join(P["given"])
    elif gm == "initials":
        given = initials(P["given"])
    else:
        given = None
    own = (P["part"], P["sur"])
    hus = P["spouse"]
    if sm == "own" or hus is None:
        sel = own
        family = fam_render(sel[0], sel[1], fm, P["be"])
        fam_disp = fam_render(sel[0], sel[1], fm if fm in ("caps", "vd", "vdots") else "std", P["be"])
    elif sm == "husband":
        sel = hus
        family = fam_render(sel[0], sel[1], fm, P["be"])
        fam_disp = fam_render(sel[0], sel[1], fm if fm in ("caps", "vd", "vdots") else "std", P["be"])
    else:
        a, b = (hus, own) if sm == "double" else (own, hus)
        family = fam_render(a[0], a[1], "std", False) + "-" + fam_render(b[0], b[1], "std", False)
        fam_disp = family
        sel = None
    gfield = given
    ffield = family
    if fm == "given_part" and sel is not None and sel[0] and given is not None and not P["be"]:
        gfield = given + " " + sel[0]
        ffield = sel[1]
    if dm == "gf":
        display = (given + " " if given else "") + (fam_disp if given else (cap_part(sel[0], sel[1]) if sel else fam_disp))
    elif dm == "lf":
        if sel is not None:
            display = sel[1] + ", " + ((given or "") + " " + sel[0]).strip()
        else:
            display = family + ", " + (given or "")
        display = display.strip().rstrip(",")
    elif dm == "title":
        display = sp["tt"] + " " + (given + " " if given else "") + fam_disp
    elif dm == "fam":
        display = sp["fam_word"] + " " + fam_disp
        gfield = None
    elif dm == "trade":
        display = P["trade"]
    else:  # hodn
        display = initials(P["given"]) + " " + fam_render(own[0], own[1], "std", P["be"]) + " " + R.choice(["h.o.d.n.", "h.o.d.n", "t.h.o.d.n."]) + " " + P["trade"]
        sp["dm"] = "hodn_fixed:" + display
    if dm.startswith("hodn_fixed:"):
        display = dm[len("hodn_fixed:"):]
    if sp.get("jr"):
        display = display + " " + sp["jr"]
    if sp["given_missing"]:
        gfield = None
    if sp["family_missing"]:
        ffield = None
    return display, gfield, ffield

def company_name(O, base_idx, lr):
    base = O["bases"][base_idx % len(O["bases"])]
    if lr is None or O["legal"] is None:
        return base
    return base + " " + LEGAL_R[O["legal"]][lr % len(LEGAL_R[O["legal"]])]

def org_spec_default(O):
    return {"base": 0, "lr": wchoice(list(range(len(LEGAL_R[O["legal"]]))), LEGAL_W[O["legal"]]) if O["legal"] else None,
            "pa": O.get("pa") is not None and R.random() < 0.3, "contact": O.get("contact") is not None and R.random() < 0.75,
            "contact_alt": False, "cspec": None}

def render_org(O, sp):
    comp = company_name(O, sp["base"], sp["lr"])
    display = comp
    if sp["pa"] and O.get("pa"):
        display = comp + " p/a " + O["pa"]
    given = family = None
    if sp["contact"] and O.get("contact"):
        C = O["contact_alt"] if sp["contact_alt"] else O["contact"]
        if sp["cspec"] is None:
            sp["cspec"] = {"gm": wchoice(["roep", "first", "initials"], [50 if C["roep"] else 0, 30, 20]), "fm": "std", "dm": "gf", "sm": "own",
                           "tt": None, "fam_word": "", "given_missing": False, "family_missing": False}
        _, given, family = render_person(C, sp["cspec"])
        if sp.get("cgm"):
            given = None
    return display, comp, given, family

def person_email(P, cc, eid, domain=None):
    gv = asciify(P["roep"] or P["given"][0])
    own = asciify(P["part"] + P["sur"])
    fam = own
    if P.get("spouse") and R.random() < 0.3:
        fam = asciify(P["spouse"][0] + P["spouse"][1])
    ini = asciify(P["given"][0])[0]
    if domain is None:
        if cc == "NL":
            domain = wchoice(PROVIDERS_NL, PROV_W_NL)
        elif cc == "BE":
            domain = wchoice(PROVIDERS_BE, PROV_W_BE)
        else:
            domain = R.choice(PROVIDERS_DE)
    pats = [gv + "." + fam, ini + fam, gv + fam, ini + "." + fam, gv + "_" + fam, "fam." + fam, gv + "." + fam + str(R.randint(1, 99)),
            fam + gv[:1], gv + str(R.randint(60, 99))]
    for _ in range(200):
        local = wchoice(pats, [30, 20, 10, 10, 5, 4, 8, 5, 3])
        if R.random() < 0.2:
            local += str(R.randint(1, 999))
        e = local + "@" + domain
        if e not in REG.email and email_ok(e, eid):
            register_email(e, eid)
            return e
    raise RuntimeError("email")

def org_domain(words, tld):
    base = "".join(asciify(w) for w in words)
    for _ in range(200):
        d = base + "." + tld
        taken = any(e.endswith("@" + d) for e in [])
        if d not in DOMAINS:
            DOMAINS[d] = 1
            return d
        base = base + R.choice(["-", ""]) + R.choice(["groep", "bv", "service", "nl", str(R.randint(1, 9))])
    raise RuntimeError("domain")

DOMAINS = {}

def org_email(eid, domain, locals_w):
    for _ in range(100):
        local = wchoice([x for x, _ in locals_w], [w for _, w in locals_w])
        e = local + "@" + domain
        if e not in REG.email and email_ok(e, eid):
            register_email(e, eid)
            return e
        domain = domain.replace(".", str(R.randint(1, 9)) + ".", 1)
    raise RuntimeError("orgemail")

def mk_entity(kind, cc, lang, side):
    eid = new_id()
    E = {"eid": eid, "kind": kind, "cc": cc, "lang": lang, "side": side, "P": None, "O": None, "addr": None,
         "phones": [], "email": None, "emails_alt": [], "group": None}
    ENT[eid] = E
    ENT_ORDER.append(eid)
    return E

def pick_town(cc, lang):
    if cc == "NL":
        return pick_nl_town()
    if cc == "BE":
        return pick_be_town(lang)
    return R.choice(DE_TOWNS)

def area_of(cc, town):
    return town[3] if cc == "NL" else (town[2] if cc == "BE" else town[2])

def build_person(kind, cc, lang, side, P=None, town=None, addr=None, trade=None, email_p=0.95, phone_p=0.97, mobile_p=None):
    E = mk_entity(kind, cc, lang, side)
    E["P"] = P or make_pperson(cc, lang, side)
    town = town or pick_town(cc, lang)
    E["town"] = town
    if addr is None:
        E["addr"] = new_addr(cc, town, E["eid"], lang)
    else:
        E["addr"] = addr
        share_addr(addr, E["eid"])
    if trade:
        E["P"]["trade"] = trade
    if R.random() < phone_p:
        mob = R.random() < (mobile_p if mobile_p is not None else (0.55 if kind.find("zzp") >= 0 else 0.4))
        E["phones"].append(new_phone(cc, area_of(cc, town), mob, E["eid"]))
    if R.random() < email_p:
        E["email"] = person_email(E["P"], cc, E["eid"])
    return E

def trade_name(P, cc, lang, side, brand_ok=True, force_brand=False):
    s = cap_part(P["part"], P["sur"])
    if cc == "NL":
        trades = ["Klusbedrijf", "Loodgietersbedrijf", "Installatiebedrijf", "Schildersbedrijf", "Timmerbedrijf", "Elektro"]
        t = R.choice(trades)
        brands = BR_E if side != "new" else BR_N
        opts = [t + " " + s, s + " " + R.choice(["Installatieservice", "Loodgieters", "Elektrotechniek", "Installatietechniek"]),
                t + " " + initials(P["given"])[:2] + " " + fam_render(P["part"], P["sur"], "std", False)]
        if force_brand:
            return R.choice(["Klusbedrijf", "Installatiebedrijf", "Loodgietersbedrijf", "Elektro", "Schildersbedrijf"]) + " " + R.choice(brands)
        if brand_ok:
            opts.append(t + " " + R.choice(brands))
        return R.choice(opts)
    if lang == "fr":
        return R.choice(["Chauffage ", "Électricité ", "Sanitaire "]) + s
    return R.choice(["Sanitair ", "Verwarming ", "Elektro ", "Dakwerken ", "Klusbedrijf "]) + s

def org_bases(kind, cc, lang, side, sur=None, brand=None):
    if sur is None:
        sur = R.choice(sur_pool(cc, lang, side))
    S = cap_part(sur[0], sur[1])
    if kind == "org/installateur_nl":
        pairs = [["Installatiebedrijf " + S, S + " Installatietechniek"], [S + " Installaties", "Installatiebedrijf " + S],
                 ["Loodgietersbedrijf " + S, S + " Loodgieters"], ["Elektro " + S, S + " Elektrotechniek"],
                 [S + " Klimaattechniek", S + " Installatietechniek"], ["Gebr. " + S, "Gebroeders " + S],
                 [S + " & Zn.", S + " en Zonen"], ["Installatiebureau " + S, S + " Installatie"]]
        return R.choice(pairs), sur
    if kind == "org/vof_nl":
        sur2 = R.choice(sur_pool(cc, lang, side))
        S2 = cap_part(sur2[0], sur2[1])
        pairs = [[S + " & " + S2, S + " en " + S2], ["Elektro " + S, S + " Elektra"], [S + " & Zn.", S + " & Zonen"],
                 ["Installatiebedrijf " + S + " & " + S2, S + " & " + S2 + " Installatie"]]
        return R.choice(pairs), sur
    if kind == "org/aannemer_nl":
        pairs = [["Bouwbedrijf " + S, S + " Bouw"], ["Aannemersbedrijf " + S, "Aannemersbedrijf " + S + " & Zn."],
                 ["Bouwgroep " + S, S + " Bouwgroep"], ["Timmerbedrijf " + S, S + " Bouw en Onderhoud"]]
        return R.choice(pairs), sur
    if kind == "org/be_firm_nl":
        pairs = [[S + " Installaties", "Installaties " + S], ["Sanitair " + S, S + " Sanitair"], ["Verwarming " + S, S + " Verwarming"],
                 [S + " Elektro", "Elektro " + S], ["Elektriciteitswerken " + S, S + " Elektriciteitswerken"],
                 ["Bouwonderneming " + S, S + " Bouwonderneming"], [S + " & Zonen", S + " en Zonen"], ["Dakwerken " + S, S + " Dakwerken"]]
        return R.choice(pairs), sur
    if kind == "org/be_firm_fr":
        pairs = [["Chauffage " + S, S + " Chauffage"], ["Électricité " + S, S + " Électricité"], ["Sanitaire " + S, S + " Sanitaire"],
                 ["Entreprise " + S, "Entreprises " + S], [S + " & Fils", S + " et Fils"], ["Installations " + S, S + " Installations"],
                 ["Toitures " + S, S + " Toitures"]]
        return R.choice(pairs), sur
    if kind == "org/de_firm":
        pairs = [[S + " Haustechnik", "Haustechnik " + S], ["Sanitär " + S, S + " Sanitär"], ["Elektro " + S, S + " Elektro"],
                 ["Heizung und Sanitär " + S, S + " Heizung"]]
        return R.choice(pairs), sur
    raise ValueError(kind)

def build_org(kind, cc, lang, side, bases, legal, town=None, addr=None, contact=True, email=True, email_locals=None,
              domain_words=None, phone=True, gmail_p=0.0, pa=None):
    E = mk_entity(kind, cc, lang, side)
    town = town or pick_town(cc, lang)
    E["town"] = town
    O = {"bases": bases, "legal": legal, "pa": pa, "contact": None, "contact_alt": None}
    if contact:
        O["contact"] = make_pperson(cc, lang, "new" if side == "new" else "existing", married=False)
        O["contact_alt"] = make_pperson(cc, lang, "new" if side == "new" else "existing", married=False)
    E["O"] = O
    if addr is None:
        E["addr"] = new_addr(cc, town, E["eid"], lang)
    else:
        E["addr"] = addr
        share_addr(addr, E["eid"])
    if phone:
        E["phones"].append(new_phone(cc, area_of(cc, town), R.random() < 0.2, E["eid"]))
    if email is True:
        tld = {"NL": "nl", "BE": "be", "DE": "de"}[cc]
        if R.random() < gmail_p:
            local = "".join(asciify(w) for w in (domain_words or org_core(bases[0])))
            for _ in range(50):
                e = local + R.choice(["", str(R.randint(1, 99))]) + "@" + R.choice(["gmail.com", "hotmail.com", "outlook.com"])
                if e not in REG.email and email_ok(e, E["eid"]):
                    register_email(e, E["eid"])
                    E["email"] = e
                    break
        if E["email"] is None:
            d = org_domain(domain_words or org_core(bases[0]), tld)
            E["domain"] = d
            E["email"] = org_email(E["eid"], d, email_locals or [("info", 45), ("administratie", 25), ("facturen", 15), ("boekhouding", 8), ("kantoor", 7)])
    elif isinstance(email, str):
        E["email"] = email
        register_email(email, E["eid"])
    return E

# ---------------------------------------------------------------- relations / classifier
NAME_FIELDS = ["displayName", "givenName", "familyName", "companyName"]
QUAL_RE = re.compile(r"\s*(\([^()]*\)|-\s*\d+)\s*$")

def typo_name_ok(a, b):
    al, bl = a.lower(), b.lower()
    if osa(al, bl) != 1:
        return False
    wa, wb = al.split(), bl.split()
    return len(wa) == len(wb) and all(x[0] == y[0] for x, y in zip(wa, wb))

def msub(a, b):
    """multiset a strictly inside b"""
    ca, cb = {}, {}
    for x in a:
        ca[x] = ca.get(x, 0) + 1
    for x in b:
        cb[x] = cb.get(x, 0) + 1
    return all(cb.get(k, 0) >= v for k, v in ca.items()) and len(a) < len(b)

def mdiff(b, a):
    out = list(b)
    for x in a:
        if x in out:
            out.remove(x)
    return out

def rel_initials(a, b):
    def one(A, B):
        A = [t for t in ntok(A) if t not in PARTICLES and t not in TITLES]
        B = [t for t in ntok(B) if t not in PARTICLES and t not in TITLES]
        Am, Ai = [t for t in A if len(t) > 1], [t for t in A if len(t) == 1]
        Bm, Bi = [t for t in B if len(t) > 1], [t for t in B if len(t) == 1]
        if not (msub(Bm, Am)):
            return False
        extra = mdiff(Am, Bm)
        newi = mdiff(Bi, Ai)
        if not newi:
            return False
        letters = [t[0] for t in extra]
        for x in newi:
            if x in letters:
                letters.remove(x)
            else:
                return False
        return True
    return one(a, b) or one(b, a)

def rel_roep(a, b):
    def one(A, B):
        A = [t for t in ntok(A) if t not in PARTICLES and t not in TITLES]
        B = [t for t in ntok(B) if t not in PARTICLES and t not in TITLES]
        ra, rb = mdiff(A, B), mdiff(B, A)
        if len(rb) != 1 or not ra:
            return False
        return rb[0] in ROEP.get(ra[0], [])
    return one(a, b) or one(b, a)

def rel_married(a, b):
    A = set(fam_core(a))
    B = set(fam_core(b))
    if A == B:
        return False
    if A < B and re.search(r"\w-\w", b):
        return True
    if B < A and re.search(r"\w-\w", a):
        return True
    return False

def name_rel(field, a, b, is_org):
    ta, tb = ntok(a), ntok(b)
    if is_org and field in ("companyName", "displayName") and strip_legal(ta) == strip_legal(tb):
        return "legal_form"
    qa, qb = QUAL_RE.sub("", a), QUAL_RE.sub("", b)
    if field == "displayName" and (qa != a or qb != b) and ntok(qa) == ntok(qb):
        return "qualifier"
    if [t for t in ta if t not in TITLES] == [t for t in tb if t not in TITLES]:
        return "title"
    if sorted(ta) == sorted(tb):
        return "order"
    if sorted(t for t in ta if t not in PARTICLES) == sorted(t for t in tb if t not in PARTICLES):
        return "tussenvoegsel"
    if not is_org and field != "companyName":
        if rel_initials(a, b):
            return "initials"
        if rel_roep(a, b):
            return "roepnaam"
        if field in ("familyName", "displayName") and rel_married(a, b):
            return "married"
    if msub(tb, ta):
        return "partial"
    if set(org_core(a)) & set(org_core(b)):
        return "variant"
    return "changed"

def region_alias(a, b):
    for g in REGION_ALIASES:
        n = [pn(x) for x in g]
        if pn(a) in n and pn(b) in n:
            return True
    return False

def city_alias(a, b):
    for g in CITY_ALIASES:
        n = [pn(x) for x in g]
        if pn(a) in n and pn(b) in n:
            return True
    return False

def field_rel(field, a, b, is_org, ca=None, cb=None):
    if a == b:
        return None
    if b is None:
        return "missing"
    if a is None:
        return "added"
    if a.lower() == b.lower():
        return "case"
    if fold(a) == fold(b):
        return "diacritics"
    if pn(a) == pn(b):
        return "punctuation"
    if pn(a).replace("ij", "y") == pn(b).replace("ij", "y"):
        return "ij_y"
    if field in NAME_FIELDS:
        if typo_name_ok(a, b):
            return "typo"
        return name_rel(field, a, b, is_org)
    if field == "email":
        if osa(a.lower(), b.lower()) == 1:
            return "typo"
        if a.lower().split("@")[0] == b.lower().split("@")[0]:
            return "domain"
        return "changed"
    if field == "phone":
        pa, pb = phone_parse(a), phone_parse(b)
        ka, kb = [k for k, _ in pa], [k for k, _ in pb]
        if sorted(ka) == sorted(kb):
            return "format" if sorted(pa) == sorted(pb) else "extension"
        sa, sb = set(ka), set(kb)
        if sb < sa:
            return "partial"
        if sa < sb:
            return "extra_number"
        return "changed"
    if field == "address.line1":
        A, B = parse_line1(a), parse_line1(b)
        if A[1] == B[1] and norm_add(A[2]) == norm_add(B[2]):
            if street_norm(A[0]) == street_norm(B[0]):
                return "abbreviation" if pn(A[0]) != pn(B[0]) else "format"
            return "renamed"
        if osa(a.lower(), b.lower()) == 1:
            return "typo"
        return "changed"
    if field == "address.city":
        if city_alias(a, b):
            return "alias"
        if osa(a.lower(), b.lower()) == 1:
            return "typo"
        return "changed"
    if field == "address.region":
        return "alias" if region_alias(a, b) else "changed"
    if field == "address.postalCode":
        return "format" if pc_norm(a, ca) == pc_norm(b, cb) else "changed"
    if field == "address.country":
        return "format" if COUNTRY_MAP.get(fold(a)) == COUNTRY_MAP.get(fold(b)) else "changed"
    return "changed"

def classify(X, Y, is_org):
    labels = []
    for f in ["displayName", "givenName", "familyName", "companyName", "email", "phone"]:
        r = field_rel(f, X[f], Y[f], is_org)
        if r:
            labels.append(f + ":" + r)
    A, B = X["address"], Y["address"]
    if A is None and B is not None:
        labels.append("address:added")
    elif A is not None and B is None:
        labels.append("address:missing")
    elif A is not None and B is not None:
        if addr_key(A) != addr_key(B):
            labels.append("address:moved")
        else:
            ca = country_norm(A["country"], A["postalCode"])
            cb = country_norm(B["country"], B["postalCode"])
            for sf in ["line1", "line2", "city", "region", "postalCode", "country"]:
                r = field_rel("address." + sf, A[sf], B[sf], is_org, ca, cb)
                if r:
                    labels.append("address." + sf + ":" + r)
    return labels

HARD = ["missing", "changed", "moved", "partial"]

def profile_of(labels):
    n = len(labels)
    h = sum(1 for l in labels if l.split(":")[1] in HARD)
    if n >= 4 and h >= 2:
        return "harsh"
    if 1 <= n <= 2:
        return "light"
    if 2 <= n <= 4:
        return "medium"
    return None

# ---------------------------------------------------------------- record rendering
def cp(o):
    return json.loads(json.dumps(o))

def base_spec(E, incoming=False):
    S = {}
    if E["P"]:
        S["name"] = person_spec_default(E["P"], E["kind"])
    else:
        S["name"] = org_spec_default(E["O"])
    S["email"] = E["email"]
    S["phone_n"] = len(E["phones"])
    S["phone_idx"] = [0] if E["phones"] else []
    S["phone_styles"] = [None]
    S["phone_labels"] = R.random() < 0.1
    S["phone_ext"] = None
    if E["phones"] and not E["P"] and R.random() < 0.08 and not E["phones"][0]["mob"]:
        S["phone_ext"] = str(R.randint(10, 250))
    if E["phones"] and R.random() < 0.12:
        # a second number in the same field
        if len(E["phones"]) < 2:
            E["phones"].append(new_phone(E["cc"], E["phones"][0]["area"] if not E["phones"][0]["mob"] else area_of(E["cc"], E["town"]),
                                         not E["phones"][0]["mob"], E["eid"]))
        S["phone_idx"] = [0, 1]
        S["phone_styles"] = [None, None]
    S["addr_which"] = "main" if E["addr"] else None
    S["addr_r"] = {"st_style": 1 if R.random() < 0.12 else 0, "add_style": R.randrange(6), "pc_style": wchoice([0, 1, 2], [70, 25, 5]),
                   "ctry_style": wchoice([0, 1, 2, 3], [55, 30, 5, 10]) if not incoming else wchoice([0, 1, 2, 3], [30, 40, 10, 20]),
                   "city_alias": 0 if R.random() < 0.8 else R.randrange(4), "region": R.random() < 0.45, "line2": None}
    if E.get("line2"):
        S["addr_r"]["line2"] = E["line2"] if R.random() < 0.8 else None
    S["caps"] = None
    S["post"] = []
    S["qual"] = None
    return S

def render_phone_field(E, S):
    if not S["phone_idx"]:
        return None
    ps = [E["phones"][i] for i in S["phone_idx"]]
    if not S.get("phone_str") or S.get("phone_dirty"):
        styles = S["phone_styles"]
        out = []
        for i, p in enumerate(ps):
            if p.get("short14"):
                s = ["14 0" + p["area"], "140" + p["area"]][(styles[i] or 0) % 2]
                styles[i] = styles[i] or 0
            else:
                s, st = render_phone(p, styles[i] if i < len(styles) else None)
                if i < len(styles):
                    styles[i] = st
            if S["phone_labels"]:
                s = (("GSM " if p["cc"] == "BE" else "mob. ") if p["mob"] else ("tel. " if p["cc"] != "DE" else "Tel. ")) + s
            if S["phone_ext"] and i == 0:
                s = s + S.get("ext_fmt", " toestel ") + S["phone_ext"]
            out.append(s)
        sep = S.get("phone_sep", " / ")
        if S["phone_labels"] and len(out) > 1:
            sep = " "
        S["phone_str"] = sep.join(out)
        S["phone_dirty"] = False
    return S["phone_str"]

def render_record(E, S):
    if E["P"]:
        display, given, family = render_person(E["P"], S["name"])
        company = None
    else:
        display, company, given, family = render_org(E["O"], S["name"])
    if S["qual"]:
        display = display + S["qual"]
    phone = render_phone_field(E, S)
    addr = None
    if S["addr_which"]:
        a = E["addr"] if S["addr_which"] == "main" else E["addr_moved"]
        ar = S["addr_r"]
        addr = render_addr(a, st_style=ar["st_style"], add_style=ar["add_style"], pc_style=ar["pc_style"], ctry_style=ar["ctry_style"],
                           city_alias=ar["city_alias"], region=ar["region"], line2=None)
        addr["line2"] = ar["line2"]
    rec = {"displayName": display, "givenName": given, "familyName": family, "companyName": company, "email": S["email"],
           "phone": phone, "address": addr}
    if S["caps"]:
        f = str.upper if S["caps"] == "upper" else str.lower
        for k in ["displayName", "givenName", "familyName", "companyName"]:
            if rec[k]:
                rec[k] = f(rec[k])
        if addr:
            for k in ["line1", "line2", "city"]:
                if addr[k]:
                    addr[k] = f(addr[k])
    for (field, op, arg) in S["post"]:
        v = rec[field] if not field.startswith("address.") else (addr[field[8:]] if addr else None)
        if v is None:
            continue
        v2 = apply_str_op(v, op, arg)
        if field.startswith("address."):
            addr[field[8:]] = v2
        else:
            rec[field] = v2
    for k in list(rec):
        if isinstance(rec[k], str) and not rec[k].strip():
            rec[k] = None
    return rec

NEAR = {"a": "sqz", "e": "wrd", "i": "uok", "o": "ip", "n": "bm", "r": "et", "s": "adw", "t": "ry", "l": "k", "k": "jl", "d": "sf",
        "m": "n", "u": "yi", "g": "fh", "h": "gj", "b": "vn", "c": "xv", "v": "cb", "p": "o", "j": "hk", "w": "qe", "f": "dg", "z": "xs"}

def typo(s, arg):
    rr = random.Random(arg)
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]{4,}", s)]
    if not words:
        return s
    st, en = rr.choice(words)
    i = rr.randrange(st + 1, en)
    op = rr.choice(["sub", "del", "ins", "tra"])
    c = s[i]
    if op == "sub":
        n = NEAR.get(c.lower(), "e")
        r = rr.choice(n)
        r = r.upper() if c.isupper() else r
        return s[:i] + r + s[i + 1:]
    if op == "del":
        return s[:i] + s[i + 1:]
    if op == "ins":
        return s[:i] + c + s[i:]
    if i + 1 < en and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i + 1:]

def email_typo(e, arg):
    rr = random.Random(arg)
    local, dom = e.split("@")
    if len(local) < 3:
        return e
    i = rr.randrange(1, len(local))
    op = rr.choice(["sub", "del", "ins", "tra"])
    c = local[i]
    if op == "sub" and c.isalpha():
        local = local[:i] + rr.choice(NEAR.get(c, "e")) + local[i + 1:]
    elif op == "del" or (op == "sub"):
        local = local[:i] + local[i + 1:]
    elif op == "ins":
        local = local[:i] + c + local[i:]
    else:
        if i + 1 < len(local) and local[i] != local[i + 1]:
            local = local[:i] + local[i + 1] + local[i] + local[i + 2:]
        else:
            local = local[:i] + local[i + 1:]
    return local + "@" + dom

def apply_str_op(v, op, arg):
    if op == "upper":
        return v.upper()
    if op == "lower":
        return v.lower()
    if op == "typo":
        return typo(v, arg)
    if op == "noacc":
        return strip_acc(v)
    if op == "ij":
        if "ij" in v:
            return v.replace("ij", "y", 1)
        if "IJ" in v:
            return v.replace("IJ", "Y", 1)
        return v.replace("y", "ij", 1)
    if op == "nopunct":
        return v.replace("'", "").replace(".", "")
    return v

# ---------------------------------------------------------------- variant operations
def has_word4(v):
    return v is not None and re.search(r"[^\W\d_]{4,}", v) is not None

def ops_for(E, S, X, keep):
    soft, hard = [], []
    P, O = E["P"], E["O"]
    ns = S["name"]
    if P:
        gms = ["roep", "first", "all", "initials"]
        if not P["roep"]:
            gms.remove("roep")
        if len(P["given"]) < 2:
            gms.remove("all")
        if not ns["dm"].startswith("hodn") and ns["dm"] not in ("fam",):
            soft.append(("gm", R.choice([g for g in gms if g != ns["gm"]] or ["first"])))
        if P["part"] and not P["be"]:
            soft.append(("fm", R.choice([f for f in ["std", "comma", "caps", "vd", "vdots", "given_part"] if f != ns["fm"]])))
        if P["spouse"]:
            soft.append(("sm", R.choice([m for m in ["own", "husband", "double", "double_rev"] if m != ns["sm"]])))
        if ns["dm"] in ("gf", "lf", "title"):
            soft.append(("dm", R.choice([d for d in ["gf", "lf", "title"] if d != ns["dm"]])))
        if E["kind"].startswith("person/zzp"):
            hard.append(("dm", "gf"))
            if ns["dm"] == "trade":
                soft.append(("dm", "hodn"))
        if X["givenName"]:
            hard.append(("given_missing", None))
        if X["familyName"] and X["givenName"]:
            hard.append(("family_missing", None))
    else:
        if len(O["bases"]) > 1:
            soft.append(("base", None))
        if O["legal"]:
            soft.append(("legal", None))
        if O.get("pa"):
            soft.append(("pa", None))
        if O.get("contact"):
            if ns["contact"]:
                hard.append(("contact_alt", None))
                hard.append(("contact_off", None))
            else:
                soft.append(("contact_on", None))
    for f in ["displayName", "givenName", "familyName", "companyName"]:
        if has_word4(X[f]):
            soft.append(("post", (f, "typo")))
    soft.append(("post", ("displayName", R.choice(["upper", "lower"]))))
    for f in ["displayName", "familyName", "givenName", "companyName"]:
        if X[f] and strip_acc(X[f]) != X[f]:
            soft.append(("post", (f, "noacc")))
        if X[f] and re.search(r"ij|IJ", X[f]) and P:
            soft.append(("post", (f, "ij")))
    if S["caps"]:
        soft.append(("caps", None))
    # email
    if X["email"]:
        soft.append(("e_typo", None))
        soft.append(("e_case", None))
        dom = X["email"].split("@")[1].lower()
        if keep != "email":
            if dom in PROV_MIGRATE:
                soft.append(("e_domain", None))
            hard.append(("e_changed", None))
            hard.append(("e_missing", None))
    elif E["email"]:
        soft.append(("e_added", None))
    # phone
    if X["phone"]:
        soft.append(("p_format", None))
        if not E["phones"][S["phone_idx"][0]]["mob"]:
            soft.append(("p_ext", None))
        if len(S["phone_idx"]) == 1:
            soft.append(("p_extra", None))
        else:
            hard.append(("p_partial", None))
        if keep != "phone":
            hard.append(("p_changed", None))
            hard.append(("p_missing", None))
    elif E["phones"]:
        soft.append(("p_added", None))
    # address
    if X["address"]:
        a = E["addr"] if S["addr_which"] == "main" else E["addr_moved"]
        if not a.get("pb") and abbrev_street(a["street"]) != a["street"]:
            soft.append(("a_abbrev", None))
        if a["add"]:
            soft.append(("a_add", None))
        soft.append(("a_pc", None))
        soft.append(("a_ctry", None))
        if any(a["city"] == g[0] for g in CITY_ALIASES):
            soft.append(("a_city", None))
        soft.append(("a_region", None))
        soft.append(("a_line2", None))
        if a["cc"] == "NL" and not a.get("pb"):
            soft.append(("post", ("address.line1", "typo")))
        if keep != "address":
            hard.append(("a_moved", None))
            hard.append(("a_missing", None))
    elif E["addr"]:
        soft.append(("a_added", None))
    return soft, hard

def apply_op(E, S, op):
    k, arg = op
    ns = S["name"]
    if k in ("e_typo", "e_case", "e_domain", "e_changed") and not S["email"]:
        return
    if k in ("p_format", "p_ext", "p_extra", "p_partial") and not S["phone_idx"]:
        return
    if k.startswith("a_") and k not in ("a_added", "a_moved") and not S["addr_which"]:
        return
    if k == "a_moved" and not S["addr_which"]:
        return
    if k == "gm":
        ns["gm"] = arg
    elif k == "fm":
        ns["fm"] = arg
    elif k == "sm":
        ns["sm"] = arg
    elif k == "dm":
        ns["dm"] = arg
        if arg == "title" and not ns.get("tt"):
            ns["tt"] = R.choice(["dhr.", "de heer"]) if E["P"]["g"] == "m" else R.choice(["mevr.", "mw."])
    elif k == "given_missing":
        ns["given_missing"] = True
    elif k == "family_missing":
        ns["family_missing"] = True
    elif k == "base":
        ns["base"] = (ns["base"] + 1) % len(E["O"]["bases"])
    elif k == "legal":
        n = len(LEGAL_R[E["O"]["legal"]])
        if ns["lr"] is None:
            ns["lr"] = R.randrange(n)
        else:
            ns["lr"] = R.choice([None] + [i for i in range(n) if i != ns["lr"]])
    elif k == "pa":
        ns["pa"] = not ns["pa"]
    elif k == "contact_alt":
        ns["contact_alt"] = True
        ns["cspec"] = None
    elif k == "contact_off":
        ns["contact"] = False
    elif k == "contact_on":
        ns["contact"] = True
    elif k == "post":
        S["post"].append((arg[0], arg[1], R.getrandbits(32)))
    elif k == "caps":
        S["caps"] = None
    elif k == "e_typo":
        for _ in range(20):
            e2 = email_typo(S["email"].lower(), R.getrandbits(32))
            if e2 != S["email"].lower() and email_ok(e2, E["eid"]) and "@" in e2 and not e2.startswith("@"):
                register_email(e2, E["eid"])
                S["email"] = e2
                break
    elif k == "e_case":
        e = S["email"]
        S["email"] = e[0].upper() + e[1:] if e[0].islower() else e.lower()
        if S["email"] == e:
            S["email"] = e.upper()
    elif k == "e_domain":
        local, dom = S["email"].split("@")
        if dom.lower() not in PROV_MIGRATE:
            return
        e2 = local + "@" + PROV_MIGRATE[dom.lower()]
        if email_ok(e2, E["eid"]) and e2 not in REG.email:
            register_email(e2, E["eid"])
            S["email"] = e2
    elif k == "e_changed":
        if E["P"]:
            S["email"] = person_email(E["P"], E["cc"], E["eid"])
        else:
            d = org_domain(org_core(E["O"]["bases"][0]) + ["nieuw"], {"NL": "nl", "BE": "be", "DE": "de"}[E["cc"]])
            S["email"] = org_email(E["eid"], d, [("info", 50), ("facturen", 50)])
    elif k == "e_missing":
        S["email"] = None
    elif k == "e_added":
        S["email"] = E["email"]
    elif k in ("p_format", "p_ext", "p_extra", "p_partial", "p_changed", "p_added"):
        S["phone_dirty"] = True
        if k == "p_format":
            if R.random() < 0.3:
                S["phone_labels"] = not S["phone_labels"]
            S["phone_styles"] = [None for _ in S["phone_idx"]]
        elif k == "p_ext":
            S["phone_ext"] = None if S["phone_ext"] else str(R.randint(10, 250))
            S["ext_fmt"] = R.choice([" toestel ", " tst. "])
        elif k == "p_extra":
            p0 = E["phones"][S["phone_idx"][0]]
            E["phones"].append(new_phone(E["cc"], area_of(E["cc"], E["town"]), not p0["mob"], E["eid"]))
            S["phone_idx"] = S["phone_idx"] + [len(E["phones"]) - 1]
            S["phone_styles"] = S["phone_styles"] + [None]
        elif k == "p_partial":
            S["phone_idx"] = S["phone_idx"][:1]
            S["phone_styles"] = S["phone_styles"][:1]
        elif k == "p_changed":
            E["phones"].append(new_phone(E["cc"], area_of(E["cc"], E["town"]), R.random() < 0.5, E["eid"]))
            S["phone_idx"] = [len(E["phones"]) - 1]
            S["phone_styles"] = [None]
            S["phone_ext"] = None
        elif k == "p_added":
            S["phone_idx"] = [0]
            S["phone_styles"] = [None]
    elif k == "p_missing":
        S["phone_idx"] = []
    elif k == "a_abbrev":
        S["addr_r"]["st_style"] = 1 - S["addr_r"]["st_style"]
    elif k == "a_add":
        S["addr_r"]["add_style"] = S["addr_r"]["add_style"] + R.randint(1, 3)
    elif k == "a_pc":
        S["addr_r"]["pc_style"] = S["addr_r"]["pc_style"] + R.randint(1, 2)
    elif k == "a_ctry":
        S["addr_r"]["ctry_style"] = S["addr_r"]["ctry_style"] + R.randint(1, 3)
    elif k == "a_city":
        S["addr_r"]["city_alias"] = S["addr_r"]["city_alias"] + 1
    elif k == "a_region":
        S["addr_r"]["region"] = not S["addr_r"]["region"]
    elif k == "a_line2":
        if S["addr_r"]["line2"]:
            S["addr_r"]["line2"] = None
        else:
            S["addr_r"]["line2"] = E.get("line2") or R.choice(["t.a.v. administratie", "t.a.v. crediteurenadministratie", "Industrieterrein De Hurk", "2e verdieping", "achterom"] if E["cc"] == "NL" else ["t.a.v. boekhouding", "2de verdieping"])
    elif k == "a_moved":
        if not E.get("addr_moved"):
            town = E["town"] if R.random() < 0.6 else pick_town(E["cc"], E["lang"])
            E["addr_moved"] = new_addr(E["cc"], town, E["eid"], E["lang"])
        S["addr_which"] = "moved" if S["addr_which"] == "main" else "main"
    elif k == "a_missing":
        S["addr_which"] = None
    elif k == "a_added":
        S["addr_which"] = "main"

def keep_ok(keep, X, Y, labels):
    if keep == "email":
        return Y["email"] is not None and (email_key(X["email"]) == email_key(Y["email"]) or "email:typo" in labels)
    if keep == "phone":
        return bool(set(phone_keys(X["phone"])) & set(phone_keys(Y["phone"])))
    if keep == "address":
        return Y["address"] is not None and addr_key(X["address"]) == addr_key(Y["address"])
    return True

def make_variant(E, XS, X, profile, keep):
    for attempt in range(150):
        S = cp(XS)
        S["qual"] = None
        S["phone_dirty"] = False
        if S["caps"] == "upper" and R.random() < (0.5 if profile == "harsh" else 0.1):
            S["caps"] = None
        soft, hard = ops_for(E, S, X, keep)
        if profile == "light":
            chosen = R.sample(soft, min(len(soft), R.choice([1, 1, 2])))
        elif profile == "medium":
            chosen = R.sample(soft, min(len(soft), R.choice([2, 3, 3, 4])))
            if hard and R.random() < 0.4:
                chosen = chosen[:-1] + [R.choice(hard)]
        else:
            if len(hard) < 2:
                return None
            chosen = R.sample(hard, min(len(hard), R.choice([2, 2, 3]))) + R.sample(soft, min(len(soft), R.choice([2, 3])))
        for op in chosen:
            apply_op(E, S, op)
        Y = render_record(E, S)
        labels = classify(X, Y, E["O"] is not None)
        p = profile_of(labels)
        if profile == "medium" and p == "light" and len(labels) == 2:
            p = "medium"
        if p != profile or not keep_ok(keep, X, Y, labels):
            continue
        if E["O"] is not None and Y["companyName"] is None:
            continue
        return S, Y, labels
    return None

# ---------------------------------------------------------------- population
def counts_split(total, k, lo, hi):
    out = []
    left = total
    for i in range(k):
        rest = k - i - 1
        c = R.randint(max(lo, left - hi * rest), min(hi, left - lo * rest))
        out.append(c)
        left -= c
    return out

def build_side(side, scale):
    """scale 1.0 -> existing composition; returns list of eids"""
    made = []
    def n(x):
        return max(1, int(round(x * scale)))
    for _ in range(n(330)):
        made.append(build_person("person/particulier_nl", "NL", "nl", side)["eid"])
    if side == "existing":
        for i in range(30):
            be = i >= 25
            cc, lang = ("BE", "nl") if be else ("NL", "nl")
            town = pick_town(cc, lang)
            h = make_pperson(cc, lang, side, g="m")
            w = make_pperson(cc, lang, side, g="f", married=False)
            if not be and R.random() < 0.8:
                w["spouse"] = (h["part"], h["sur"])
            kind = "person/particulier_be" if be else "person/particulier_nl"
            E1 = build_person(kind, cc, lang, side, P=h, town=town)
            E2 = build_person(kind, cc, lang, side, P=w, town=town, addr=E1["addr"])
            E1["group"] = E2["group"] = "household:" + E1["eid"]
            made += [E1["eid"], E2["eid"]]
    for _ in range(n(100)):
        lang = "fr" if R.random() < 0.25 else "nl"
        made.append(build_person("person/particulier_be", "BE", lang, side)["eid"])
    for _ in range(n(30)):
        made.append(build_person("person/particulier_de", "DE", "de", side)["eid"])
    for i in range(n(170)):
        P = make_pperson("NL", "nl", side)
        tn = trade_name(P, "NL", "nl", side, force_brand=(i < 45 and side == "existing"))
        made.append(build_person("person/zzp_nl", "NL", "nl", side, P=P, trade=tn)["eid"])
    for _ in range(n(60)):
        lang = "fr" if R.random() < 0.25 else "nl"
        P = make_pperson("BE", lang, side)
        made.append(build_person("person/zzp_be", "BE", lang, side, P=P, trade=trade_name(P, "BE", lang, side))["eid"])
    # organisations
    for _ in range(n(223)):
        bases, sur = org_bases("org/installateur_nl", "NL", "nl", side)
        legal = wchoice(["bv", "vof", None], [70, 12, 18])
        made.append(build_org("org/installateur_nl", "NL", "nl", side, bases, legal, contact=R.random() < 0.6, gmail_p=0.12 if legal is None else 0.03)["eid"])
    for _ in range(n(60)):
        bases, sur = org_bases("org/vof_nl", "NL", "nl", side)
        made.append(build_org("org/vof_nl", "NL", "nl", side, bases, "vof", contact=R.random() < 0.7, gmail_p=0.1)["eid"])
    if side == "existing":
        for i in range(25):
            made += make_holding_pair(side)
        for i in range(30):
            made.append(make_lone_holding(side))
    else:
        for i in range(n(25)):
            made += make_holding_pair(side)[:1]
    for _ in range(n(70)):
        bases, sur = org_bases("org/aannemer_nl", "NL", "nl", side)
        made.append(build_org("org/aannemer_nl", "NL", "nl", side, bases, wchoice(["bv", "vof", None], [65, 15, 20]), contact=R.random() < 0.6, gmail_p=0.05)["eid"])
    corp = list(CORP_E if side == "existing" else POOL_NEW["corp"])
    R.shuffle(corp)
    for _ in range(min(len(corp), n(22))):
        N = corp.pop()
        bases = R.choice([["Woonstichting " + N, "Stichting " + N], ["Woningstichting " + N, N], [N, "Woonstichting " + N]])
        town = pick_nl_town()
        E = build_org("org/woningcorporatie", "NL", "nl", side, bases, None, town=town, contact=R.random() < 0.5,
                      email_locals=[("crediteuren", 55), ("facturen", 35), ("inkoopfacturen", 10)], domain_words=org_core(N) + ["wonen"] if len(org_core(N)) == 1 else org_core(N))
        if R.random() < 0.5:
            relocate_postbus(E, town)
        made.append(E["eid"])
    made += make_vves(side, n(60))
    towns = list(GEM_TOWNS_E if side == "existing" else POOL_NEW["gem"])
    for t in towns[:n(24)]:
        made.append(make_gemeente(side, t))
    sch = list(SCH_E if side == "existing" else POOL_NEW["sch"])
    R.shuffle(sch)
    for _ in range(min(len(sch), n(36))):
        N = sch.pop()
        pref = R.sample(["Basisschool ", "OBS ", "RKBS ", "CBS "], 2)
        made.append(build_org("org/school", "NL", "nl", side, [pref[0] + N, pref[1] + N], None, contact=R.random() < 0.5,
                              email_locals=[("administratie", 50), ("info", 30), ("directie", 20)], domain_words=["bs"] + org_core(N))["eid"])
    for _ in range(n(90)):
        bases, sur = org_bases("org/be_firm_nl", "BE", "nl", side)
        made.append(build_org("org/be_firm_nl", "BE", "nl", side, bases, wchoice(["bv", "nv", "bvba", "commv", None], [40, 20, 25, 10, 5]), contact=R.random() < 0.6, gmail_p=0.05)["eid"])
    for _ in range(n(40)):
        bases, sur = org_bases("org/be_firm_fr", "BE", "fr", side)
        made.append(build_org("org/be_firm_fr", "BE", "fr", side, bases, wchoice(["srl", "sprl", "sa", None], [45, 20, 30, 5]), contact=R.random() < 0.6,
                              email_locals=[("info", 50), ("comptabilite", 30), ("facturation", 20)])["eid"])
    vz = list(VZW_E if side == "existing" else POOL_NEW["vzw"])
    asb = list(ASBL_E if side == "existing" else POOL_NEW["asbl"])
    for N in vz[:n(12)]:
        made.append(build_org("org/be_vzw", "BE", "nl", side, [N], "vzw", contact=R.random() < 0.6)["eid"])
    for N in asb[:n(8)]:
        made.append(build_org("org/be_vzw", "BE", "fr", side, [N], "asbl", contact=R.random() < 0.6,
                              email_locals=[("info", 50), ("comptabilite", 50)])["eid"])
    for _ in range(n(25)):
        bases, sur = org_bases("org/de_firm", "DE", "de", side)
        made.append(build_org("org/de_firm", "DE", "de", side, bases, "gmbh", contact=R.random() < 0.6,
                              email_locals=[("info", 60), ("buchhaltung", 25), ("rechnung", 15)])["eid"])
    return made

def holding_bases(S):
    hb = R.choice([[S + " Holding", "Holding " + S], [S + " Beheer", S + " Holding"], ["Beheermaatschappij " + S, S + " Beheer"]])
    wb = R.choice([[S + " Installatietechniek", "Installatiebedrijf " + S], ["Installatiebedrijf " + S, S + " Installaties"],
                   [S + " Elektrotechniek", "Elektro " + S], [S + " Klimaattechniek", S + " Installatietechniek"]])
    return hb, wb

def make_holding_pair(side):
    sur = R.choice(sur_pool("NL", "nl", side))
    S = cap_part(sur[0], sur[1])
    hb, wb = holding_bases(S)
    town = pick_nl_town()
    H = build_org("org/holding_nl", "NL", "nl", side, hb, "bv", town=town, contact=R.random() < 0.4, email=False, phone=R.random() < 0.8)
    W = build_org("org/holding_nl", "NL", "nl", side, wb, "bv", town=town, addr=H["addr"], contact=R.random() < 0.6, email=False)
    d = org_domain([asciify(sur[0] + sur[1])], "nl")
    H["domain"] = W["domain"] = d
    mb = org_email(H["eid"], d, [("administratie", 60), ("facturen", 40)])
    H["email"] = W["email"] = mb
    register_email(mb, W["eid"])
    H["group"] = W["group"] = "group:" + H["eid"]
    return [W["eid"], H["eid"]] if side != "existing" else [H["eid"], W["eid"]]

def make_lone_holding(side):
    sur = R.choice(sur_pool("NL", "nl", side))
    S = cap_part(sur[0], sur[1])
    hb, wb = holding_bases(S)
    is_h = R.random() < 0.5
    E = build_org("org/holding_nl", "NL", "nl", side, hb if is_h else wb, "bv", contact=R.random() < 0.5, email=False, phone=True)
    d = org_domain([asciify(sur[0] + sur[1])], "nl")
    E["domain"] = d
    E["email"] = org_email(E["eid"], d, [("administratie", 60), ("facturen", 40)])
    E["partner_bases"] = wb if is_h else hb
    E["sur"] = sur
    return E["eid"]

def relocate_postbus(E, town):
    old = addr_key(render_addr(E["addr"], canonical=True))
    REG.addr[old].remove(E["eid"])
    if not REG.addr[old]:
        del REG.addr[old]
    E["addr"] = new_postbus(town, E["eid"])

def make_vves(side, total):
    out = []
    names = list(VVE_E if side == "existing" else POOL_NEW["vve"])
    R.shuffle(names)
    sizes = counts_split(total, max(1, total // 3 - 2), 1, 6)
    for sz in sizes:
        sur = R.choice(sur_pool("NL", "nl", side))
        S = cap_part(sur[0], sur[1])
        beh = R.choice([S + " Vastgoedbeheer", "VvE Beheer " + S, S + " Vastgoed"])
        town = pick_nl_town()
        d = org_domain([asciify(sur[0] + sur[1]), "vastgoed"], "nl")
        first = None
        for j in range(sz):
            N = names.pop()
            pa = beh
            E = build_org("org/vve", "NL", "nl", side, ["VvE " + N, "Vereniging van Eigenaars " + N], None, town=town,
                          addr=None if first is None else first["addr"], contact=R.random() < 0.5, email=False,
                          phone=False, pa=pa)
            if R.random() < 0.45:
                E["phones"].append(new_phone("NL", "6", True, E["eid"]))
            if first is None:
                first = E
                mb = org_email(E["eid"], d, [("vve", 50), ("administratie", 30), ("beheer", 20)])
            else:
                register_email(mb, E["eid"])
            E["email"] = mb
            E["line2"] = R.choice(["p/a ", "p/a ", "t.a.v. "]) + beh
            E["beheerder"] = (beh, first["eid"], mb, d)
            out.append(E["eid"])
    return out

GEM_SHORT = {}

def make_gemeente(side, town):
    name = town[0]
    bases = ["Gemeente " + name]
    if name == "'s-Gravenhage":
        bases.append("Gemeente Den Haag")
    elif name == "'s-Hertogenbosch":
        bases.append("Gemeente 's-Hertogenbosch (Den Bosch)")
    E = build_org("org/gemeente", "NL", "nl", side, bases, None, town=town, contact=R.random() < 0.4, email=False, phone=False)
    if R.random() < 0.7:
        relocate_postbus(E, town)
    else:
        old = addr_key(render_addr(E["addr"], canonical=True))
        REG.addr[old].remove(E["eid"])
        if not REG.addr[old]:
            del REG.addr[old]
        E["addr"] = new_addr("NL", town, E["eid"], street=R.choice(["Stadhuisplein", "Markt", "Raadhuisplein"]), num="1", addition="")
    if town[3] not in GEM_SHORT:
        GEM_SHORT[town[3]] = E["eid"]
        nsn = "140" + town[3]
        REG.phone[nsn] = E["eid"]
        E["phones"].append({"cc": "NL", "nsn": nsn, "area": town[3], "mob": False, "short14": True})
    else:
        E["phones"].append(new_phone("NL", town[3], False, E["eid"]))
    d = org_domain([asciify(name)], "nl")
    E["domain"] = d
    E["email"] = org_email(E["eid"], d, [("crediteuren", 50), ("facturen", 35), ("crediteurenadministratie", 15)])
    return E["eid"]

def tokset_filter(items, keyf, banned):
    return [x for x in items if not (set(keyf(x)) & banned)]

# name pools for vzw / gemeente towns
VZW_E, VZW_N = partition(VZW_N, lambda x: "".join(org_core(x)), every=2)
ASBL_E, ASBL_N = partition(ASBL_N, lambda x: "".join(org_core(x)), every=3)
_towns = [t for t in NL_TOWNS]
GEM_TOWNS_E = [t for i, t in enumerate(_towns) if i % 6 != 5][:24]
GEM_TOWNS_N = [t for i, t in enumerate(_towns) if i % 6 == 5]
POOL_NEW = {}

def rec_name_keys(rec, is_org):
    """name cores / person keys of a record"""
    keys = set(fam_core(rec["familyName"]))
    if is_org:
        keys |= set(org_core(rec["companyName"]))
    else:
        if rec["displayName"] and set(ntok(rec["displayName"])) & set(TRADE_WORDS):
            keys |= set(org_core(rec["displayName"])) - set(ntok(rec["givenName"] or ""))
    return keys

# ---------------------------------------------------------------- hard negatives
HN_TYPES = ["father_son", "namesake", "holding_werkmaatschappij", "vve_same_beheerder", "chain_branch", "spouses",
            "same_building", "gemeente_department", "trade_name_other_town", "be_nl_same_name"]
HN_RULE = {
    "father_son": "same initial, surname and address but marked jr. with its own phone and e-mail: the son, a separate customer",
    "namesake": "same name but another town and postcode and no shared phone or e-mail: a namesake",
    "holding_werkmaatschappij": "holding and werkmaatschappij are separate legal entities sharing an office and an administratie mailbox",
    "vve_same_beheerder": "another VvE (different association name) managed by the same beheerder: shared beheerder address and mailbox only",
    "chain_branch": "another branch of the same installer chain in another town with its own phone and mailbox",
    "spouses": "partner at the same address with a different given name and own phone and e-mail",
    "same_building": "same street and house number but another toevoeging/bus and another name: a neighbour",
    "gemeente_department": "a department of the gemeente billed separately (afdeling/sector/team/dienst in the name, own phone)",
    "trade_name_other_town": "eenmanszaak with the same trade words but another owner in another town",
    "be_nl_same_name": "a firm with the same name in the other country (different country, address and phone)",
}

def other_given(cc, lang, g, not_letter=None, letter=None):
    pool = given_pool(cc, lang, g)
    c = [x for x in pool if (letter is None or x[0][0][0] == letter) and (not_letter is None or x[0][0][0] != not_letter)]
    return R.choice(c or pool)

def make_hn(t, A, XA, XS):
    """create the hard-negative entity for anchor A; returns (E, spec)"""
    cc, lang = A["cc"], A["lang"]
    if t == "father_son":
        P = cp(A["P"])
        gv, roep = other_given(cc, lang, "m", letter=P["given"][0][0])
        if gv == P["given"]:
            gv, roep = R.choice(given_pool(cc, lang, "m"))
        P["given"], P["roep"], P["spouse"] = list(gv), roep, None
        E = build_person(A["kind"], cc, lang, "hn", P=P, town=A["town"], addr=A["addr"], email_p=1.0, phone_p=1.0, mobile_p=1.0)
        S = base_spec(E, incoming=True)
        S["name"]["gm"] = R.choice(["initials", "first"])
        if S["name"]["dm"] not in ("gf", "title"):
            S["name"]["dm"] = "gf"
        S["name"]["jr"] = R.choice(["jr.", "Jr.", "junior"])
        return E, S
    if t == "namesake":
        P = cp(A["P"])
        while True:
            town = pick_town(cc, lang)
            if town[0] != A["town"][0]:
                break
        E = build_person(A["kind"], cc, lang, "hn", P=P, town=town, email_p=1.0, phone_p=1.0)
        S = base_spec(E, incoming=True)
        S["name"] = cp(XS["name"])
        S["name"]["given_missing"] = False
        return E, S
    if t == "holding_werkmaatschappij":
        E = build_org("org/holding_nl", "NL", "nl", "hn", A["partner_bases"], "bv", town=A["town"], addr=A["addr"],
                      contact=R.random() < 0.5, email=A["email"], phone=True)
        return E, base_spec(E, incoming=True)
    if t == "vve_same_beheerder":
        beh, first, mb, d = A["beheerder"]
        N = POOL_HN_VVE.pop()
        E = build_org("org/vve", "NL", "nl", "hn", ["VvE " + N, "Vereniging van Eigenaars " + N], None, town=A["town"], addr=A["addr"],
                      contact=R.random() < 0.5, email=mb, phone=False, pa=beh)
        if R.random() < 0.5:
            E["phones"].append(new_phone("NL", "6", True, E["eid"]))
        E["line2"] = A.get("line2")
        E["beheerder"] = A["beheerder"]
        return E, base_spec(E, incoming=True)
    if t == "chain_branch":
        while True:
            town = pick_nl_town()
            if town[0] != A["town"][0]:
                break
        tn = town[0]
        bases = [b + " " + tn for b in A["O"]["bases"]]
        E = build_org(A["kind"], "NL", "nl", "hn", bases, A["O"]["legal"], town=town, contact=R.random() < 0.5, email=False)
        dom = A.get("domain")
        if dom:
            e = asciify(tn) + "@" + dom
            if e in REG.email or not email_ok(e, E["eid"]):
                e = "vestiging" + asciify(tn) + "@" + dom
            register_email(e, E["eid"])
            E["email"] = e
        else:
            E["email"] = org_email(E["eid"], org_domain(org_core(bases[0]), "nl"), [("info", 100)])
        return E, base_spec(E, incoming=True)
    if t == "spouses":
        Pa = A["P"]
        g = "f" if Pa["g"] == "m" else "m"
        P = make_pperson(cc, lang, "existing", g=g, married=False)
        gv, roep = other_given(cc, lang, g, not_letter=Pa["given"][0][0])
        P["given"], P["roep"] = list(gv), roep
        if g == "f" and cc == "NL":
            P["spouse"] = (Pa["part"], Pa["sur"])
        elif g == "m" and Pa.get("spouse"):
            P["part"], P["sur"] = Pa["spouse"]
        E = build_person(A["kind"], cc, lang, "hn", P=P, town=A["town"], addr=A["addr"], email_p=1.0, phone_p=1.0)
        S = base_spec(E, incoming=True)
        if P["spouse"]:
            S["name"]["sm"] = R.choice(["husband", "double"])
        return E, S
    if t == "same_building":
        a = A["addr"]
        cur = norm_add(a["add"]) if a["add"] != "hs" else ""
        adds = [x for x in ["a", "b", "c", "1", "2", "3"] if x != cur]
        P = make_pperson("NL", "nl", "existing")
        while set(fam_core(P["sur"])) & set(fam_core(XA["familyName"] or "") + org_core(XA["companyName"]) + fam_core(XA["displayName"])):
            P = make_pperson("NL", "nl", "existing")
        eid_tmp = None
        E = mk_entity("person/particulier_nl", "NL", "nl", "hn")
        E["P"] = P
        E["town"] = A["town"]
        E["addr"] = new_addr("NL", A["town"], E["eid"], addition=R.choice(adds), street=a["street"], num=a["num"], pc=a["pc"])
        E["phones"].append(new_phone("NL", A["town"][3], R.random() < 0.6, E["eid"]))
        E["email"] = person_email(P, "NL", E["eid"])
        return E, base_spec(E, incoming=True)
    if t == "gemeente_department":
        dept = R.choice(["Afdeling Vastgoed", "Sector Openbare Ruimte", "Team Sportaccommodaties", "Dienst Stadsbeheer",
                         "Afdeling Onderwijshuisvesting", "Team Buitenruimte", "Afdeling Facilitaire Zaken", "Dienst Gebouwenbeheer"])
        base = A["O"]["bases"][0]
        bases = [base + ", " + dept, base + " - " + dept, base + " " + dept]
        E = build_org("org/gemeente", "NL", "nl", "hn", bases, None, town=A["town"], addr=A["addr"], contact=R.random() < 0.6,
                      email=A["email"], phone=True)
        return E, base_spec(E, incoming=True)
    if t == "trade_name_other_town":
        P = make_pperson("NL", "nl", "existing")
        while set(fam_core(P["sur"])) & set(fam_core(A["P"]["sur"])):
            P = make_pperson("NL", "nl", "existing")
        while True:
            town = pick_nl_town()
            if town[0] != A["town"][0]:
                break
        E = build_person("person/zzp_nl", "NL", "nl", "hn", P=P, town=town, trade=A["P"]["trade"], email_p=1.0, phone_p=1.0)
        S = base_spec(E, incoming=True)
        S["name"]["dm"] = "trade"
        return E, S
    if t == "be_nl_same_name":
        if A["cc"] == "NL":
            town = pick_be_town("nl")
            E = build_org("org/be_firm_nl", "BE", "nl", "hn", A["O"]["bases"], R.choice(["bv", "nv", "bvba"]), town=town, contact=R.random() < 0.5)
        else:
            town = pick_nl_town()
            E = build_org("org/installateur_nl", "NL", "nl", "hn", A["O"]["bases"], R.choice(["bv", "vof"]), town=town, contact=R.random() < 0.5)
        return E, base_spec(E, incoming=True)
    raise ValueError(t)

def shared_of(XA, XH, A_is_org, H_is_org):
    sh = []
    if XA["address"] and XH["address"] and addr_key(XA["address"]) == addr_key(XH["address"]):
        sh.append("address")
    if XA["email"] and XH["email"] and email_key(XA["email"]) == email_key(XH["email"]):
        sh.append("email")
    if XA["address"] and XH["address"] and "address" not in sh:
        ka, kh = addr_key(XA["address"]).split("|"), addr_key(XH["address"]).split("|")
        if ka[0] == "NL" and kh[0] == "NL" and ka[1] == kh[1] and ka[2] == kh[2] == "" and ka[3] == kh[3]:
            sh.append("building")
    if XA["email"] and XH["email"] and "email" not in sh:
        da, dh = XA["email"].lower().split("@")[1], XH["email"].lower().split("@")[1]
        if da == dh and da not in PUBLIC_DOMAINS:
            sh.append("email_domain")
    na = set(org_core(XA["companyName"])) if A_is_org else set(fam_core(XA["familyName"]))
    nh = set(org_core(XH["companyName"])) if H_is_org else set(fam_core(XH["familyName"]))
    if na & nh:
        sh.append("name")
    if not A_is_org and not H_is_org and set(ntok(XA["displayName"])) & set(ntok(XH["displayName"])) & set(TRADE_WORDS):
        sh.append("trade_name")
    return sh

# ---------------------------------------------------------------- main
POOL_HN_VVE = []

def has_channels(rec):
    return rec["email"] is not None or rec["phone"] is not None or rec["address"] is not None

def private_channels(E, rec):
    out = []
    eid = E["eid"]
    if rec["email"] and REG.email.get(email_key(rec["email"])) == [eid]:
        out.append("email")
    if rec["phone"] and any(REG.phone.get(k) == eid for k in phone_keys(rec["phone"])):
        out.append("phone")
    if rec["address"] and REG.addr.get(addr_key(rec["address"])) == [eid]:
        out.append("address")
    return out

def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in sys.argv:
        out_dir = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    ex_eids = build_side("existing", 1.0)
    assert len(ex_eids) == 1500, len(ex_eids)
    XS, XR = {}, {}
    for eid in ex_eids:
        E = ENT[eid]
        S = base_spec(E)
        if S["email"] and R.random() < 0.12:
            S["email"] = None
        if S["phone_idx"] and R.random() < 0.09:
            S["phone_idx"] = []
        if S["addr_which"] and R.random() < 0.15:
            S["addr_which"] = None
        if not (S["email"] or S["phone_idx"] or S["addr_which"]):
            S["addr_which"] = "main"
        if R.random() < 0.07:
            S["caps"] = "upper"
        XS[eid] = S
        XR[eid] = render_record(E, S)
    # QBO display-name uniqueness (case-insensitive): qualifier on collision
    seen = {}
    for eid in ex_eids:
        d = XR[eid]["displayName"].casefold()
        seen.setdefault(d, []).append(eid)
    used = {XR[e]["displayName"].casefold(): 1 for e in ex_eids}
    for d in sorted(seen):
        for eid in seen[d][1:]:
            E = ENT[eid]
            city = E["town"][0]
            q = " (" + city + ")"
            k = 2
            while (XR[eid]["displayName"] + q).casefold() in used:
                q = " - " + str(k)
                k += 1
            XS[eid]["qual"] = q
            XR[eid] = render_record(E, XS[eid]) if False else dict(XR[eid], displayName=XR[eid]["displayName"] + q)
            used[XR[eid]["displayName"].casefold()] = 1
    exist_keys = set()
    for eid in ex_eids:
        exist_keys |= rec_name_keys(XR[eid], ENT[eid]["O"] is not None)
    # new-side pools, filtered against every existing name key
    for cc in ("NL", "BE", "FR", "DE"):
        SUR[(cc, "new")] = [x for x in SUR[(cc, "new")] if not set(fam_core(x[1])) & exist_keys]
    BR_N[:] = [x for x in BR_N if not set(org_core(x)) & exist_keys]
    POOL_NEW["corp"] = [x for x in CORP_N2 if not set(org_core(x)) & exist_keys]
    POOL_NEW["sch"] = [x for x in SCH_N if not set(org_core(x)) & exist_keys]
    used_vve = set()
    for eid in ex_eids:
        if ENT[eid]["kind"] == "org/vve":
            used_vve.add(ENT[eid]["O"]["bases"][0][4:])
    POOL_NEW["vve"] = [x for x in VVE_N if not set(org_core(x)) & exist_keys]
    POOL_HN_VVE[:] = [x for x in VVE_E if x not in used_vve]
    R.shuffle(POOL_HN_VVE)
    POOL_NEW["vzw"] = [x for x in VZW_N if not set(org_core(x)) & exist_keys]
    POOL_NEW["asbl"] = [x for x in ASBL_N if not set(org_core(x)) & exist_keys]
    POOL_NEW["gem"] = [t for t in GEM_TOWNS_N if not set(org_core("Gemeente " + t[0])) & exist_keys]

    # ---- hard negatives
    def cand(t, E, X):
        if X["address"] is None:
            return False
        k = E["kind"]
        if t == "father_son":
            return k in ("person/particulier_nl", "person/particulier_be") and E["P"]["g"] == "m" and E["group"] is None and X["familyName"]
        if t == "namesake":
            return k.startswith("person/particulier") and X["familyName"] is not None
        if t == "holding_werkmaatschappij":
            return k == "org/holding_nl" and E.get("partner_bases") and X["email"] is not None
        if t == "vve_same_beheerder":
            return k == "org/vve" and X["email"] is not None
        if t == "chain_branch":
            return k == "org/installateur_nl"
        if t == "spouses":
            return k in ("person/particulier_nl", "person/particulier_be") and E["group"] is None
        if t == "same_building":
            return E["cc"] == "NL" and not E["addr"].get("pb") and E["group"] is None and k in ("person/particulier_nl", "person/zzp_nl", "org/installateur_nl", "org/aannemer_nl")
        if t == "gemeente_department":
            return k == "org/gemeente" and X["email"] is not None
        if t == "trade_name_other_town":
            return k == "person/zzp_nl" and any(b in E["P"]["trade"] for b in BR_E) and XS[E["eid"]]["name"]["dm"] == "trade"
        if t == "be_nl_same_name":
            return k in ("org/installateur_nl", "org/be_firm_nl")
        return False
    used_anchor = {}
    hn_items = []
    for t in HN_TYPES:
        cs = [e for e in ex_eids if e not in used_anchor and cand(t, ENT[e], XR[e])]
        R.shuffle(cs)
        if t == "be_nl_same_name":
            cs = [e for e in cs if ENT[e]["cc"] == "NL"][:10] + [e for e in cs if ENT[e]["cc"] == "BE"][:5]
        assert len(cs) >= 15, (t, len(cs))
        for a in cs[:15]:
            used_anchor[a] = 1
            A = ENT[a]
            H, HS = make_hn(t, A, XR[a], XS[a])
            HS["addr_which"] = "main"
            HS["email"] = H["email"]
            if H["phones"]:
                HS["phone_idx"] = [0]
                HS["phone_styles"] = [None]
            hn_items.append((t, a, H["eid"], HS))

    # ---- new customers
    new_eids = build_side("new", 0.307)
    NN = len(new_eids)
    r3 = 15
    r2 = 525 - NN - 2 * r3
    new_occ = NN + r2 + 2 * r3
    n_match = 1500 - 150 - new_occ

    incoming = []   # dicts: rec, meta, grp
    # ---- matches
    elig = [e for e in ex_eids if private_channels(ENT[e], XR[e])]
    R.shuffle(elig)
    mcount = 0
    for eid in elig:
        if mcount >= n_match:
            break
        E = ENT[eid]
        prof = wchoice(["light", "medium", "harsh"], [35, 40, 25])
        keep = R.choice(private_channels(E, XR[eid]))
        res = None
        for p in [prof, "medium", "light"]:
            res = make_variant(E, XS[eid], XR[eid], p, keep)
            if res:
                prof = p
                break
        if not res:
            continue
        S, Y, labels = res
        incoming.append({"rec": Y, "meta": {"entity": eid, "category": "match", "kind": E["kind"], "changes": labels, "profile": prof},
                         "cmp": ("existing", eid)})
        mcount += 1
    assert mcount == n_match, (mcount, n_match)
    # ---- new
    rep_plan = {}
    order = [e for e in new_eids if ENT[e]["kind"] not in ("org/vve", "org/holding_nl")]
    R.shuffle(order)
    for i, eid in enumerate(order[:r2 + r3]):
        rep_plan[eid] = 3 if i < r3 else 2
    for eid in new_eids:
        E = ENT[eid]
        S = base_spec(E, incoming=True)
        if R.random() < 0.07:
            S["caps"] = "lower"
        if S["email"] and R.random() < 0.1:
            S["email"] = None
        if S["phone_idx"] and R.random() < 0.1:
            S["phone_idx"] = []
        if not (S["email"] or S["phone_idx"]) or eid in rep_plan:
            S["addr_which"] = "main"
        base = render_record(E, S)
        gid = eid
        incoming.append({"rec": base, "meta": {"entity": eid, "category": "new", "kind": E["kind"], "changes": []}, "grp": gid, "base": True})
        for k in range(rep_plan.get(eid, 1) - 1):
            keep = R.choice(private_channels(E, base))
            res = None
            for p in [wchoice(["light", "medium", "harsh"], [40, 40, 20]), "medium", "light"]:
                res = make_variant(E, S, base, p, keep)
                if res:
                    break
            assert res, eid
            S2, Y, labels = res
            incoming.append({"rec": Y, "meta": {"entity": eid, "category": "new", "kind": E["kind"], "changes": labels, "profile": profile_of(labels) if profile_of(labels) != "light" or len(labels) < 2 else p},
                             "grp": gid, "base": False})
    # ---- hard negative records
    for (t, a, h, HS) in hn_items:
        H = ENT[h]
        Y = render_record(H, HS)
        XA = XR[a]
        sh = shared_of(XA, Y, ENT[a]["O"] is not None, H["O"] is not None)
        labels = classify(XA, Y, H["O"] is not None and ENT[a]["O"] is not None)
        incoming.append({"rec": Y, "meta": {"entity": h, "category": "hard_negative", "kind": H["kind"], "changes": labels,
                                            "anchor": a, "hn_type": t, "rule": HN_RULE[t], "shared": sh}})
    assert len(incoming) == 1500, len(incoming)
    R.shuffle(incoming)
    # base record of a repeat group comes first
    groups = {}
    for i, it in enumerate(incoming):
        if it.get("grp"):
            groups.setdefault(it["grp"], []).append(i)
    for g in sorted(groups):
        pos = groups[g]
        if len(pos) < 2:
            continue
        items = [incoming[i] for i in pos]
        items.sort(key=lambda x: 0 if x["base"] else 1)
        for i, it in zip(pos, items):
            incoming[i] = it
    # existing order: displayName casefolded
    ex_sorted = sorted(ex_eids, key=lambda e: XR[e]["displayName"].casefold())
    ex_index = {e: i for i, e in enumerate(ex_sorted)}
    all_recs = [(e, XR[e]) for e in ex_sorted] + [(it["meta"]["entity"], it["rec"]) for it in incoming]
    own_e, own_p, own_a = {}, {}, {}
    for e, r in all_recs:
        if r["email"]:
            own_e.setdefault(email_key(r["email"]), set()).add(e)
        for k in phone_keys(r["phone"]):
            own_p.setdefault(k, set()).add(e)
        if r["address"]:
            own_a.setdefault(addr_key(r["address"]), set()).add(e)

    def evidence(e, r1, r2, labels):
        ev = []
        if r1["email"] and r2["email"]:
            k1, k2 = email_key(r1["email"]), email_key(r2["email"])
            if (k1 == k2 or ("email:typo" in labels and osa(k1, k2) == 1)) and own_e[k1] == {e} and own_e[k2] == {e}:
                ev.append("email")
        if r1["phone"] and r2["phone"]:
            if any(own_p[k] == {e} for k in set(phone_keys(r1["phone"])) & set(phone_keys(r2["phone"]))):
                ev.append("phone")
        if r1["address"] and r2["address"]:
            k1 = addr_key(r1["address"])
            if k1 == addr_key(r2["address"]) and own_a[k1] == {e}:
                ev.append("address")
        return ev

    first_idx = {}
    occ = {}
    meta_in = []
    for i, it in enumerate(incoming):
        m = it["meta"]
        e = m["entity"]
        mm = {"set": "incoming", "index": i, "entity": e, "category": m["category"], "kind": m["kind"], "changes": m["changes"]}
        if m["category"] == "match":
            mm["profile"] = m["profile"]
            mm["evidence"] = evidence(e, XR[e], it["rec"], m["changes"])
            mm["compare_set"] = "existing"
            mm["compare_index"] = ex_index[e]
            assert mm["evidence"], (e, m)
        elif m["category"] == "new":
            occ[e] = occ.get(e, 0) + 1
            mm["occurrence"] = occ[e]
            if occ[e] == 1:
                first_idx[e] = i
                assert it["base"]
            else:
                mm["profile"] = m["profile"]
                mm["evidence"] = evidence(e, incoming[first_idx[e]]["rec"], it["rec"], m["changes"])
                mm["compare_set"] = "incoming"
                mm["compare_index"] = first_idx[e]
                assert mm["evidence"], (e, m)
        else:
            mm["anchor"] = m["anchor"]
            mm["anchor_index"] = ex_index[m["anchor"]]
            mm["hn_type"] = m["hn_type"]
            mm["rule"] = m["rule"]
            mm["shared"] = m["shared"]
        meta_in.append(mm)

    def cout(e, r, st):
        return {"set": st, "entity": e, "contact": {"displayName": r["displayName"], "givenName": r["givenName"], "familyName": r["familyName"],
                "companyName": r["companyName"], "email": r["email"], "phone": r["phone"],
                "address": None if r["address"] is None else {k: r["address"][k] for k in ["line1", "line2", "city", "region", "postalCode", "country"]}}}
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in ex_sorted:
            f.write(json.dumps(cout(e, XR[e], "existing"), ensure_ascii=False) + "\n")
        for it in incoming:
            f.write(json.dumps(cout(it["meta"]["entity"], it["rec"], "incoming"), ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, e in enumerate(ex_sorted):
            f.write(json.dumps({"set": "existing", "index": i, "entity": e, "category": "existing", "kind": ENT[e]["kind"], "changes": []}, ensure_ascii=False) + "\n")
        for mm in meta_in:
            f.write(json.dumps(mm, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
