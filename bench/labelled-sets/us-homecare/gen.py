#!/usr/bin/env python3
"""Synthetic labelled customer-linkage benchmark: us-homecare.

A US home-health / home-care / hospice agency group (Tampa and Sarasota FL,
Pittsburgh and Erie PA, Grand Rapids and Dearborn MI) bills private-pay
clients, families and facilities through QuickBooks Online (USD).

    python3 gen.py            -> writes set.jsonl and meta.jsonl next to this file
    python3 gen.py --out DIR  -> writes them into DIR

Standard library only; one random.Random(SEED); output is byte-identical for
any PYTHONHASHSEED (no iteration over sets or hash-ordered containers).

Layout of this file (written in several steps):
  1. utilities and real geography (cities, ZIP codes, area codes, streets)
  2. name data (elderly clients, payer children, nicknames, ethnic variants)
  3. organisation data (facilities, hospices, VA, parishes, AAAs, guardians)
  4. canonical entity generation (existing-side and new-side pools)
  5. rendering of records by source system (QuickBooks, CRM, EHR, portal, fax)
  6. noise operators by profile
  7. evidence / shared / changes computation
  8. assembly of matches, new customers and hard negatives; output
"""
import argparse
import copy
import difflib
import json
import os
import re
import random
import sys
import unicodedata

SEED = 461_207_2024
N_EXISTING = 1500
N_INCOMING = 1500

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# 1. utilities
# ---------------------------------------------------------------------------


def digits(s):
    return re.sub(r"\D", "", s or "")


def strip_accents(s):
    if s is None:
        return None
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if not unicodedata.combining(ch):
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def has_non_ascii(s):
    return any(ord(c) > 127 for c in (s or ""))


def mojibake(s):
    """UTF-8 bytes read as Windows-1252 (the classic 'JosÃ©' damage)."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.append(ch.encode("utf-8").decode("cp1252", errors="replace"))
    return "".join(out)


def qmark(s):
    """Non-ASCII letters replaced by '?' (an old ASCII-only export)."""
    return "".join(c if ord(c) < 128 else "?" for c in s)


def smart_title(s):
    """Title-case as a clerk would retype it: McDonald -> Mcdonald, 10th stays."""
    if s is None:
        return None
    words = s.split(" ")
    out = []
    for w in words:
        if not w:
            out.append(w)
            continue
        parts = re.split(r"([-'/])", w)
        np_ = []
        for p in parts:
            if p and p[0].isalpha():
                np_.append(p[0].upper() + p[1:].lower())
            else:
                np_.append(p.lower() if p and p[0].isdigit() else p)
        out.append("".join(np_))
    return " ".join(out)


def wchoice(r, pairs):
    """Weighted choice from a list of (item, weight)."""
    total = sum(w for _, w in pairs)
    x = r.random() * total
    acc = 0.0
    for item, w in pairs:
        acc += w
        if x < acc:
            return item
    return pairs[-1][0]


def chance(p):
    return rng.random() < p


def pick(seq):
    return seq[rng.randrange(len(seq))]


def hexid():
    return "c" + "".join(pick("0123456789abcdef") for _ in range(7))


QWERTY_NEIGHBOURS = {
    "a": "qwsz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr",
    "f": "drtgvc", "g": "ftyhbv", "h": "gyujnb", "i": "ujko", "j": "huikmn",
    "k": "jiolm", "l": "kop", "m": "njk", "n": "bhjm", "o": "iklp",
    "p": "ol", "q": "wa", "r": "edft", "s": "awedxz", "t": "rfgy",
    "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu",
    "z": "asx", "1": "2q", "2": "13w", "3": "24e", "4": "35r", "5": "46t",
    "6": "57y", "7": "68u", "8": "79i", "9": "80o", "0": "9p",
}


def typo(s, r=None):
    """One realistic keyboard slip, not on the first character when avoidable."""
    r = r or rng
    if not s or len(s) < 3:
        return s
    idxs = [i for i, c in enumerate(s) if c.isalnum()]
    if len(idxs) < 3:
        return s
    cand = [i for i in idxs if i > 0] or idxs
    i = cand[r.randrange(len(cand))]
    kind = r.choice(["swap", "drop", "double", "near", "near", "swap"])
    c = s[i]
    if kind == "swap" and i + 1 < len(s) and s[i + 1].isalnum() and s[i + 1] != c:
        return s[:i] + s[i + 1] + c + s[i + 2:]
    if kind == "drop":
        return s[:i] + s[i + 1:]
    if kind == "double":
        return s[:i] + c + s[i:]
    low = c.lower()
    if low in QWERTY_NEIGHBOURS:
        n = r.choice(QWERTY_NEIGHBOURS[low])
        if c.isupper():
            n = n.upper()
        return s[:i] + n + s[i + 1:]
    return s[:i] + s[i + 1:]


OCR_PAIRS = [
    ("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("l", "1"), ("1", "l"),
    ("I", "1"), ("O", "0"), ("0", "O"), ("S", "5"), ("5", "S"), ("B", "8"),
    ("8", "B"), ("e", "c"), ("c", "e"), ("h", "b"), ("u", "v"), ("Z", "2"),
    ("G", "6"), ("6", "G"), ("g", "9"), ("a", "o"), ("ri", "n"), ("vv", "w"),
    ("E", "F"), ("H", "N"), ("U", "V"), ("M", "N"), ("3", "8"), ("7", "1"),
]


def ocr(s, r=None, n=1):
    """Referral-fax OCR confusions (rn/m, l/1, O/0, S/5 ...)."""
    r = r or rng
    if not s:
        return s
    for _ in range(n):
        opts = []
        for a, b in OCR_PAIRS:
            start = 0
            while True:
                j = s.find(a, start)
                if j < 0:
                    break
                opts.append((j, a, b))
                start = j + 1
        if not opts:
            return typo(s, r)
        j, a, b = opts[r.randrange(len(opts))]
        s = s[:j] + b + s[j + len(a):]
    return s


# ---------------------------------------------------------------------------
# 1b. real geography: offices, service-area cities, ZIP codes, area codes,
#     streets (real street names; house numbers invented)
# ---------------------------------------------------------------------------

STATE_NAMES = {"FL": "Florida", "PA": "Pennsylvania", "MI": "Michigan"}
STATE_VARIANTS = {
    "FL": ["FL", "Fla", "Fla.", "Florida", "fl", "FLA", "Fl"],
    "PA": ["PA", "Pa", "Pa.", "Penn", "Pennsylvania", "pa", "Penna"],
    "MI": ["MI", "Mich", "Mich.", "Michigan", "mi", "Mi"],
}

# (office, city, region, county, zips, area codes, weight, (house lo, hi), streets)
LOCALES_RAW = [
    # ---------------- Tampa office ----------------
    ("Tampa", "Tampa", "FL", "Hillsborough",
     ["33602", "33603", "33604", "33605", "33606", "33607", "33609", "33610",
      "33611", "33612", "33613", "33614", "33615", "33616", "33617", "33618",
      "33619", "33624", "33625", "33626", "33629", "33634", "33635", "33647"],
     ["813", "813", "813", "813", "656"], 34, (100, 19999),
     ["N Dale Mabry Hwy", "W Kennedy Blvd", "Bayshore Blvd", "N Florida Ave",
      "E Fletcher Ave", "W Hillsborough Ave", "E Busch Blvd", "S MacDill Ave",
      "W Swann Ave", "N Armenia Ave", "W Gandy Blvd", "E Columbus Dr",
      "N Nebraska Ave", "W Waters Ave", "W Bearss Ave", "N 50th St", "E 7th Ave",
      "W Linebaugh Ave", "N Habana Ave", "S Westshore Blvd", "N Himes Ave",
      "W Sligh Ave", "W Bay To Bay Blvd", "E Bougainvillea Ave", "W Azeele St",
      "N Boulevard", "W Platt St", "E Hanna Ave", "W Osborne Ave", "E Sligh Ave",
      "N 40th St", "W Tampa Bay Blvd", "N Lois Ave", "W Cypress St",
      "N Rome Ave", "W Knollwood St", "W Idlewild Ave", "N Ola Ave", "W Fern St",
      "W Comanche Ave", "S Dakota Ave", "W Bristol Ave", "W Cass St",
      "W Robson St", "N Central Ave", "W Columbus Dr", "N Manhattan Ave",
      "W Hamilton Ave", "E Yukon St", "N 15th St"]),
    ("Tampa", "Brandon", "FL", "Hillsborough", ["33510", "33511"], ["813"], 6,
     (100, 4999),
     ["W Brandon Blvd", "Lithia Pinecrest Rd", "Bryan Rd", "Kings Ave",
      "Oakfield Dr", "Parsons Ave", "John Moore Rd", "Providence Rd"]),
    ("Tampa", "Riverview", "FL", "Hillsborough", ["33569", "33578", "33579"],
     ["813"], 5, (100, 13999),
     ["Boyette Rd", "Bloomingdale Ave", "Big Bend Rd", "Balm Riverview Rd",
      "Gibsonton Dr", "US Highway 301 S"]),
    ("Tampa", "Temple Terrace", "FL", "Hillsborough", ["33617", "33637"],
     ["813"], 4, (100, 11999),
     ["E Fowler Ave", "N 56th St", "Bullard Pkwy", "Riverhills Dr",
      "Whiteway Dr", "Gillette Ave"]),
    ("Tampa", "Lutz", "FL", "Hillsborough", ["33548", "33549", "33558", "33559"],
     ["813"], 3, (100, 24999),
     ["W Lutz Lake Fern Rd", "Van Dyke Rd", "Livingston Ave", "Sunset Ln",
      "N Dale Mabry Hwy"]),
    ("Tampa", "Valrico", "FL", "Hillsborough", ["33594", "33596"], ["813"], 3,
     (100, 3999),
     ["Bell Shoals Rd", "Lithia Pinecrest Rd", "Miller Rd", "Durant Rd"]),
    ("Tampa", "Sun City Center", "FL", "Hillsborough", ["33573"], ["813"], 6,
     (100, 2999),
     ["S Pebble Beach Blvd", "N Pebble Beach Blvd", "Cortaro Dr",
      "La Jolla Ave", "Del Webb Blvd W", "Fort Duquesna Dr",
      "Sun City Center Blvd"]),
    ("Tampa", "Apollo Beach", "FL", "Hillsborough", ["33572"], ["813"], 2,
     (100, 6999),
     ["Apollo Beach Blvd", "Golf and Sea Blvd", "Flamingo Dr", "Surfside Blvd"]),
    ("Tampa", "Plant City", "FL", "Hillsborough",
     ["33563", "33565", "33566", "33567"], ["813"], 3, (100, 4999),
     ["W Reynolds St", "N Park Rd", "E Baker St", "S Collins St",
      "James L Redman Pkwy", "W Alexander St"]),
    ("Tampa", "Wesley Chapel", "FL", "Pasco", ["33543", "33544", "33545"],
     ["813"], 3, (1000, 32999),
     ["Bruce B Downs Blvd", "Wesley Chapel Blvd", "State Road 54",
      "Old Pasco Rd"]),
    ("Tampa", "Land O' Lakes", "FL", "Pasco", ["34637", "34638", "34639"],
     ["813"], 3, (1000, 24999),
     ["Land O Lakes Blvd", "Collier Pkwy", "State Road 54", "Ehren Cutoff"]),
    # ---------------- Sarasota office ----------------
    ("Sarasota", "Sarasota", "FL", "Sarasota",
     ["34231", "34232", "34233", "34234", "34235", "34236", "34237", "34238",
      "34239", "34240", "34241", "34242", "34243"],
     ["941"], 30, (100, 9999),
     ["Bee Ridge Rd", "S Tamiami Trl", "Fruitville Rd", "Clark Rd", "Siesta Dr",
      "S Beneva Rd", "McIntosh Rd", "Main St", "Ringling Blvd", "Gulf Gate Dr",
      "Proctor Rd", "Honore Ave", "S Osprey Ave", "N Orange Ave",
      "Midnight Pass Rd", "University Pkwy", "Webber St", "Cattlemen Rd",
      "Palmer Ranch Pkwy", "Swift Rd", "Tuttle Ave", "Bahia Vista St",
      "Hillview St", "Constitution Blvd", "Wilkinson Rd", "Ashton Rd",
      "Stickney Point Rd", "Vamo Rd", "N Cocoanut Ave", "Myrtle St", "12th St",
      "Desoto Rd", "Lockwood Ridge Rd", "N Lime Ave"]),
    ("Sarasota", "Venice", "FL", "Sarasota", ["34285", "34292", "34293"],
     ["941"], 8, (100, 4999),
     ["Venice Ave", "Jacaranda Blvd", "Capri Isles Blvd", "Shamrock Blvd",
      "Center Rd", "Tamiami Trl S", "Pinebrook Rd", "Harbor Dr S",
      "Edmondson Rd"]),
    ("Sarasota", "Osprey", "FL", "Sarasota", ["34229"], ["941"], 2, (100, 999),
     ["Blackburn Point Rd", "Bay St", "S Tamiami Trl", "Vamo Dr"]),
    ("Sarasota", "Nokomis", "FL", "Sarasota", ["34275"], ["941"], 2, (100, 2999),
     ["Albee Farm Rd", "Laurel Rd", "Pine Ranch East Rd", "Tamiami Trl N"]),
    ("Sarasota", "North Port", "FL", "Sarasota",
     ["34286", "34287", "34288", "34289", "34291"], ["941"], 5, (1000, 9999),
     ["Price Blvd", "Sumter Blvd", "Tropicaire Blvd", "Toledo Blade Blvd",
      "Biscayne Dr", "Greenwood Ave"]),
    ("Sarasota", "Englewood", "FL", "Sarasota", ["34223", "34224"], ["941"], 3,
     (100, 2999),
     ["S McCall Rd", "Old Englewood Rd", "S Indiana Ave", "W Dearborn St",
      "River Rd"]),
    ("Sarasota", "Lakewood Ranch", "FL", "Manatee", ["34202", "34211"], ["941"],
     4, (5000, 17999),
     ["Lakewood Ranch Blvd", "Lorraine Rd", "Professional Pkwy",
      "Rangeland Pkwy", "University Pkwy"]),
    ("Sarasota", "Bradenton", "FL", "Manatee",
     ["34203", "34205", "34207", "34208", "34209", "34210", "34212"], ["941"],
     7, (100, 9999),
     ["Manatee Ave W", "Cortez Rd W", "14th St W", "53rd Ave W", "75th St W",
      "Palma Sola Blvd", "9th Ave W", "Lockwood Ridge Rd"]),
    ("Sarasota", "Longboat Key", "FL", "Sarasota", ["34228"], ["941"], 1,
     (100, 4999),
     ["Gulf of Mexico Dr", "Longboat Club Rd"]),
    # ---------------- Pittsburgh office ----------------
    ("Pittsburgh", "Pittsburgh", "PA", "Allegheny",
     ["15201", "15203", "15205", "15206", "15207", "15208", "15210", "15211",
      "15212", "15213", "15214", "15215", "15216", "15217", "15218", "15220",
      "15221", "15224", "15226", "15227", "15228", "15232", "15234", "15235",
      "15236", "15237", "15239", "15241", "15243"],
     ["412", "412", "412", "412", "878"], 32, (1, 7999),
     ["Forbes Ave", "Murray Ave", "Penn Ave", "Liberty Ave", "Brownsville Rd",
      "Saw Mill Run Blvd", "Banksville Rd", "Perrysville Ave", "Butler St",
      "E Carson St", "Greentree Rd", "McKnight Rd", "Babcock Blvd",
      "Frankstown Ave", "Beechwood Blvd", "Shady Ave", "Wightman St",
      "Walnut St", "Highland Ave", "Centre Ave", "Negley Ave", "Lincoln Ave",
      "Stanton Ave", "Broadway Ave", "Pioneer Ave", "Brookline Blvd",
      "Fifth Ave", "Hobart St", "Northumberland St", "Bigelow Blvd",
      "Washington Rd", "Castle Shannon Blvd", "Evergreen Rd", "Mt Royal Blvd",
      "Grandview Ave", "Shiloh St", "Hazelwood Ave", "Second Ave",
      "Beacon St", "Darlington Rd", "Morewood Ave", "Allegheny Ave",
      "Provost Rd"]),
    ("Pittsburgh", "Bethel Park", "PA", "Allegheny", ["15102"], ["412"], 4,
     (100, 6999),
     ["Library Rd", "S Park Rd", "Brightwood Rd", "Baptist Rd", "Highland Rd",
      "Irishtown Rd"]),
    ("Pittsburgh", "Monroeville", "PA", "Allegheny", ["15146"], ["412"], 4,
     (100, 4999),
     ["William Penn Hwy", "Northern Pike", "Mosside Blvd",
      "Old William Penn Hwy", "Haymaker Rd", "Stroschein Rd"]),
    ("Pittsburgh", "McKeesport", "PA", "Allegheny",
     ["15131", "15132", "15133", "15135"], ["412"], 4, (100, 3999),
     ["Lysle Blvd", "Walnut St", "Versailles Ave", "O'Neil Blvd",
      "Eden Park Blvd", "Jenny Lind St"]),
    ("Pittsburgh", "Coraopolis", "PA", "Allegheny", ["15108"], ["412"], 2,
     (100, 1999),
     ["5th Ave", "Mill St", "State Ave", "Montour Run Rd"]),
    ("Pittsburgh", "Bridgeville", "PA", "Allegheny", ["15017"], ["412"], 2,
     (100, 999),
     ["Washington Ave", "Bower Hill Rd", "Baldwin St", "McLaughlin Run Rd"]),
    ("Pittsburgh", "Carnegie", "PA", "Allegheny", ["15106"], ["412"], 2,
     (100, 999),
     ["W Main St", "Washington Ave", "Mansfield Blvd", "Main St"]),
    ("Pittsburgh", "West Mifflin", "PA", "Allegheny", ["15122"], ["412"], 2,
     (100, 4999),
     ["Lebanon Rd", "Kennywood Blvd", "Noble Dr", "Mountain View Dr",
      "Homestead Duquesne Rd"]),
    ("Pittsburgh", "Munhall", "PA", "Allegheny", ["15120"], ["412"], 2,
     (100, 3999),
     ["Main St", "E 10th Ave", "Andrew St"]),
    ("Pittsburgh", "Aliquippa", "PA", "Beaver", ["15001"], ["724"], 3,
     (100, 3999),
     ["Franklin Ave", "Brodhead Rd", "Main St", "Kennedy Blvd"]),
    ("Pittsburgh", "Ambridge", "PA", "Beaver", ["15003"], ["724"], 3, (100, 1999),
     ["Merchant St", "Duss Ave", "14th St", "Park Rd", "Maplewood Ave"]),
    ("Pittsburgh", "Natrona Heights", "PA", "Allegheny", ["15065"], ["724"], 2,
     (100, 2999),
     ["Freeport Rd", "Burtner Rd", "Carlisle St"]),
    ("Pittsburgh", "McKees Rocks", "PA", "Allegheny", ["15136"], ["412"], 3,
     (100, 1999),
     ["Chartiers Ave", "Island Ave", "Broadway Ave", "Margaret St", "Helen St"]),
    ("Pittsburgh", "Clairton", "PA", "Allegheny", ["15025"], ["412"], 2,
     (100, 999),
     ["St Clair Ave", "N State St", "Miller Ave", "Large Ave"]),
    ("Pittsburgh", "Wexford", "PA", "Allegheny", ["15090"], ["724"], 2,
     (100, 12999),
     ["Perry Hwy", "Wexford Bayne Rd", "Manor Rd", "Brandt School Rd"]),
    ("Pittsburgh", "Canonsburg", "PA", "Washington", ["15317"], ["724"], 2,
     (100, 999),
     ["W Pike St", "N Central Ave", "E College St", "Morganza Rd"]),
    # ---------------- Erie office ----------------
    ("Erie", "Erie", "PA", "Erie",
     ["16502", "16503", "16504", "16505", "16506", "16507", "16508", "16509",
      "16510", "16511"],
     ["814"], 30, (100, 5999),
     ["Peach St", "State St", "W 26th St", "W 38th St", "E 6th St",
      "Buffalo Rd", "Pine Ave", "Parade St", "Sassafras St", "Liberty St",
      "Cherry St", "W 12th St", "Powell Ave", "Zuck Rd", "Asbury Rd",
      "E Grandview Blvd", "Glenwood Park Ave", "Wattsburg Rd", "Old French Rd",
      "W 8th St", "W 6th St", "E 38th St", "Greengarden Blvd", "Raspberry St",
      "Plum St", "Brown Ave", "Pittsburgh Ave", "W Lake Rd", "E Lake Rd",
      "Bayfront Pkwy", "W 21st St", "E 28th St", "Eastern Ave", "Norcross Rd"]),
    ("Erie", "Harborcreek", "PA", "Erie", ["16421"], ["814"], 3, (1000, 7999),
     ["Buffalo Rd", "Station Rd", "Depot Rd", "E Lake Rd", "Firman Rd"]),
    ("Erie", "North East", "PA", "Erie", ["16428"], ["814"], 3, (10, 12999),
     ["Main St", "Lake St", "Gibson St", "Freeport Rd", "W Main St"]),
    ("Erie", "Fairview", "PA", "Erie", ["16415"], ["814"], 3, (1000, 8999),
     ["W Ridge Rd", "Dutch Rd", "Avonia Rd", "Millfair Rd", "Water St"]),
    ("Erie", "Girard", "PA", "Erie", ["16417"], ["814"], 2, (10, 999),
     ["Main St E", "Rice Ave", "Hathaway St", "Olin Ave"]),
    ("Erie", "Edinboro", "PA", "Erie", ["16412"], ["814"], 2, (100, 9999),
     ["Erie St", "Plum St", "Meadville St", "Waterford St"]),
    ("Erie", "Waterford", "PA", "Erie", ["16441"], ["814"], 1, (100, 9999),
     ["High St", "Water St", "Old Wattsburg Rd"]),
    ("Erie", "Corry", "PA", "Erie", ["16407"], ["814"], 2, (10, 999),
     ["N Center St", "E Washington St", "E Main St", "Mead Ave"]),
    ("Erie", "McKean", "PA", "Erie", ["16426"], ["814"], 1, (1000, 9999),
     ["Main St", "Sterrettania Rd", "Edinboro Rd", "Elk Valley Rd"]),
    # ---------------- Grand Rapids office ----------------
    ("Grand Rapids", "Grand Rapids", "MI", "Kent",
     ["49503", "49504", "49505", "49506", "49507", "49508", "49512", "49525",
      "49534", "49544", "49546", "49548"],
     ["616"], 30, (100, 4999),
     ["Fulton St E", "Michigan St NE", "Leonard St NW", "Plainfield Ave NE",
      "Alpine Ave NW", "Division Ave S", "28th St SE", "Burton St SE",
      "Kalamazoo Ave SE", "Eastern Ave SE", "Breton Rd SE", "Lake Dr SE",
      "Wealthy St SE", "Cascade Rd SE", "E Beltline Ave NE", "Knapp St NE",
      "Bridge St NW", "Stocking Ave NW", "Fuller Ave NE", "Diamond Ave NE",
      "Union Ave SE", "Hall St SE", "Madison Ave SE", "Plymouth Ave SE",
      "Robinson Rd SE", "Ball Ave NE", "Collindale Ave NW",
      "Lake Michigan Dr NW", "Remembrance Rd NW", "Richmond St NW",
      "Three Mile Rd NE", "Bradford St NE", "Leffingwell Ave NE",
      "Sylvan Ave SE", "Giddings Ave SE", "Oakleigh Rd NW"]),
    ("Grand Rapids", "Wyoming", "MI", "Kent", ["49509", "49519", "49548"],
     ["616"], 5, (100, 5999),
     ["28th St SW", "Byron Center Ave SW", "Clyde Park Ave SW",
      "Burlingame Ave SW", "36th St SW", "44th St SW", "Ivanrest Ave SW",
      "Division Ave S"]),
    ("Grand Rapids", "Kentwood", "MI", "Kent", ["49508", "49512", "49548"],
     ["616"], 4, (1000, 6999),
     ["44th St SE", "Kalamazoo Ave SE", "Breton Rd SE", "52nd St SE",
      "Eastern Ave SE", "Shaffer Ave SE"]),
    ("Grand Rapids", "Grandville", "MI", "Kent", ["49418"], ["616"], 3,
     (2000, 4999),
     ["Wilson Ave SW", "Chicago Dr SW", "Ivanrest Ave SW", "Canal Ave SW"]),
    ("Grand Rapids", "Jenison", "MI", "Ottawa", ["49428"], ["616"], 3,
     (100, 8999),
     ["Baldwin St", "Port Sheldon St", "Cottonwood Dr", "20th Ave",
      "Bauer Rd"]),
    ("Grand Rapids", "Hudsonville", "MI", "Ottawa", ["49426"], ["616"], 3,
     (1000, 6999),
     ["Balsam Dr", "32nd Ave", "New Holland St", "Van Buren St", "Chicago Dr"]),
    ("Grand Rapids", "Walker", "MI", "Kent", ["49534", "49544"], ["616"], 2,
     (100, 4999),
     ["Lake Michigan Dr NW", "Wilson Ave NW", "Kinney Ave NW",
      "Fruit Ridge Ave NW", "4 Mile Rd NW", "Remembrance Rd NW"]),
    ("Grand Rapids", "Rockford", "MI", "Kent", ["49341"], ["616"], 2,
     (100, 9999),
     ["Main St NE", "Courtland Dr NE", "10 Mile Rd NE", "Northland Dr NE"]),
    ("Grand Rapids", "Byron Center", "MI", "Kent", ["49315"], ["616"], 2,
     (1000, 9999),
     ["Byron Center Ave SW", "84th St SW", "76th St SW", "Burlingame Ave SW"]),
    ("Grand Rapids", "Comstock Park", "MI", "Kent", ["49321"], ["616"], 2,
     (100, 5999),
     ["W River Dr NE", "Lamoreaux Dr NW", "Alpine Ave NW", "Northland Dr NE"]),
    ("Grand Rapids", "Ada", "MI", "Kent", ["49301"], ["616"], 2, (100, 9999),
     ["Ada Dr SE", "Fulton St E", "Thornapple River Dr SE",
      "Honey Creek Ave NE"]),
    ("Grand Rapids", "Holland", "MI", "Ottawa", ["49423", "49424"], ["616"], 5,
     (10, 3999),
     ["W 8th St", "River Ave", "Washington Blvd", "Lakewood Blvd",
      "Ottawa Beach Rd", "E 16th St", "Waverly Rd", "State St",
      "Van Raalte Ave"]),
    ("Grand Rapids", "Zeeland", "MI", "Ottawa", ["49464"], ["616"], 3,
     (10, 9999),
     ["N State St", "E Central Ave", "Church St", "Washington Ave", "Byron Rd"]),
    # ---------------- Dearborn office ----------------
    ("Dearborn", "Dearborn", "MI", "Wayne", ["48120", "48124", "48126", "48128"],
     ["313"], 30, (1000, 26999),
     ["Michigan Ave", "W Warren Ave", "Ford Rd", "Schaefer Rd",
      "Greenfield Rd", "N Telegraph Rd", "Outer Dr", "N Military St",
      "Oakwood Blvd", "Cherry Hill St", "Monroe St", "Morley Ave",
      "Garrison St", "Kenwood Ave", "Calhoun St", "Hartwell St", "Chase Rd",
      "Southfield Rd", "Evergreen Rd", "Dix Ave", "Salina St", "Vernor Hwy",
      "Wyoming St", "Oakman Blvd", "Miller Rd", "Rotunda Dr", "Colson St",
      "Steadman St", "Williamson St", "Horger St"]),
    ("Dearborn", "Dearborn Heights", "MI", "Wayne", ["48125", "48127"], ["313"],
     8, (1000, 27999),
     ["Ford Rd", "Warren Ave", "Beech Daly Rd", "Telegraph Rd", "Van Born Rd",
      "Dartmouth St", "Inkster Rd", "Powers Ave"]),
    ("Dearborn", "Allen Park", "MI", "Wayne", ["48101"], ["313"], 3,
     (5000, 17999),
     ["Allen Rd", "Southfield Rd", "Ecorse Rd", "Park Ave", "Champaign Rd"]),
    ("Dearborn", "Taylor", "MI", "Wayne", ["48180"], ["734"], 3, (5000, 27999),
     ["Telegraph Rd", "Ecorse Rd", "Pardee Rd", "Goddard Rd", "Eureka Rd",
      "Pelham Rd", "Wick Rd", "Beech Daly Rd"]),
    ("Dearborn", "Melvindale", "MI", "Wayne", ["48122"], ["313"], 2,
     (3000, 19999),
     ["Oakwood Blvd", "Allendale St", "Dix Ave", "Greenfield Rd"]),
    ("Dearborn", "Hamtramck", "MI", "Wayne", ["48212"], ["313"], 4,
     (2000, 12999),
     ["Joseph Campau Ave", "Conant St", "Caniff St", "Holbrook St",
      "Carpenter St", "Charest St"]),
    ("Dearborn", "Westland", "MI", "Wayne", ["48185", "48186"], ["734"], 3,
     (100, 39999),
     ["Ford Rd", "Wayne Rd", "Warren Rd", "Cherry Hill Rd", "Merriman Rd",
      "Venoy Rd", "Central City Pkwy"]),
    ("Dearborn", "Garden City", "MI", "Wayne", ["48135"], ["734"], 2,
     (100, 33999),
     ["Ford Rd", "Middlebelt Rd", "Cherry Hill Rd", "Inkster Rd"]),
    ("Dearborn", "Lincoln Park", "MI", "Wayne", ["48146"], ["313"], 2,
     (100, 3999),
     ["Fort St", "Southfield Rd", "Dix Hwy", "Emmons Blvd", "Lafayette Blvd"]),
    ("Dearborn", "Livonia", "MI", "Wayne", ["48150", "48152", "48154"], ["734"],
     3, (9000, 39999),
     ["Plymouth Rd", "5 Mile Rd", "6 Mile Rd", "7 Mile Rd", "Middlebelt Rd",
      "Farmington Rd", "Merriman Rd", "Newburgh Rd", "Schoolcraft Rd"]),
    ("Dearborn", "Canton", "MI", "Wayne", ["48187", "48188"], ["734"], 3,
     (1000, 49999),
     ["Ford Rd", "Haggerty Rd", "Canton Center Rd", "Sheldon Rd",
      "Cherry Hill Rd", "Lilley Rd", "Warren Rd"]),
    ("Dearborn", "Wyandotte", "MI", "Wayne", ["48192"], ["734"], 2, (100, 4999),
     ["Biddle Ave", "Fort St", "Eureka Rd", "Grove St"]),
    ("Dearborn", "Southgate", "MI", "Wayne", ["48195"], ["734"], 2,
     (11000, 16999),
     ["Fort St", "Eureka Rd", "Allen Rd", "Northline Rd"]),
    ("Dearborn", "Detroit", "MI", "Wayne", ["48228", "48210", "48209", "48204"],
     ["313"], 4, (1000, 19999),
     ["W Warren Ave", "Michigan Ave", "W Vernor Hwy", "Greenfield Rd",
      "Schaefer Hwy", "Joy Rd", "Tireman St", "Livernois Ave", "Wyoming St",
      "Plymouth Rd"]),
]

RESIDENTIAL_FL = [
    "Palm Ave", "Coconut Palm Dr", "Mango Ave", "Hibiscus St", "Bougainvillea Dr",
    "Magnolia Ave", "Gulfview Dr", "Pelican Ln", "Heron Way", "Egret Ct",
    "Banyan Dr", "Cypress Ln", "Sabal Palm Dr", "Royal Palm Way", "Tarpon Ave",
    "Sandpiper Cir", "Osprey Ct", "Seagrape Dr", "Manatee Way", "Jasmine Ln",
    "Oleander St", "Live Oak Dr", "Spanish Moss Ct", "Gardenia Ave",
    "Flamingo Cir", "Bayview Dr", "Cormorant Ct", "Island Cir", "Key Largo Ln",
    "Mangrove Dr", "Poinciana Pl", "Citrus Way", "Orange Blossom Ln",
    "Seminole Dr", "Lakeshore Cir", "Fairway Dr", "Pinehurst Dr",
    "Country Club Dr", "Heritage Oaks Blvd", "Palmetto Ave",
]
RESIDENTIAL_NORTH = [
    "Maple Ln", "Oak St", "Elmwood Dr", "Cedar Ct", "Birchwood Ave",
    "Pinehurst Dr", "Lakeview Dr", "Meadowbrook Ln", "Hillcrest Dr",
    "Willow Way", "Orchard St", "Ridgewood Rd", "Crestview Ave", "Brookside Dr",
    "Forest Ave", "Spruce St", "Chestnut St", "Kimberly Dr", "Sherwood Dr",
    "Glenwood Ave", "Woodland Dr", "Beechwood Dr", "Park Ave", "Linden Ave",
    "Hawthorne St", "Sycamore Ln", "Poplar St", "Lincoln Ave", "Jefferson St",
    "Washington St", "Elm St", "Prospect Ave", "Center St", "Church St",
    "School St", "Walnut Ln", "Cherrywood Dr", "Fairview Ave", "Sunnyside Ave",
    "Homestead Ave",
]

STREET_SUFFIX_LONG = {
    "St": "Street", "Ave": "Avenue", "Rd": "Road", "Dr": "Drive", "Blvd": "Boulevard",
    "Ln": "Lane", "Ct": "Court", "Hwy": "Highway", "Pkwy": "Parkway", "Trl": "Trail",
    "Cir": "Circle", "Pl": "Place", "Ter": "Terrace", "Way": "Way", "Pike": "Pike",
    "Cutoff": "Cutoff",
}
STREET_SUFFIX_ALT = {
    "Street": ["St", "St.", "Str"], "Avenue": ["Ave", "Ave.", "Av"],
    "Road": ["Rd", "Rd."], "Drive": ["Dr", "Dr.", "Drv"],
    "Boulevard": ["Blvd", "Blvd.", "Bl"], "Lane": ["Ln", "Ln.", "La"],
    "Court": ["Ct", "Ct."], "Highway": ["Hwy", "Hwy."], "Parkway": ["Pkwy", "Pky"],
    "Trail": ["Trl", "Tr"], "Circle": ["Cir", "Cir."], "Place": ["Pl", "Pl."],
    "Terrace": ["Ter", "Terr"],
}
DIRECTIONALS = {"N": "North", "S": "South", "E": "East", "W": "West",
                "NE": "Northeast", "NW": "Northwest", "SE": "Southeast",
                "SW": "Southwest"}

# neighbourhoods / municipalities people write instead of the USPS city
CITY_ALIASES = {
    "Tampa": ["Carrollwood", "Town 'n' Country", "Seminole Heights", "Hyde Park",
              "Westchase", "New Tampa", "Ybor City"],
    "Pittsburgh": ["Mt. Lebanon", "Squirrel Hill", "Brookline", "Dormont",
                   "Shaler", "Ross Twp", "Penn Hills", "Baldwin", "Whitehall",
                   "Scott Twp", "Upper St. Clair", "Greenfield", "Bloomfield"],
    "Erie": ["Millcreek", "Millcreek Twp"],
    "Grand Rapids": ["Cascade", "Cascade Twp", "Eastown", "Forest Hills",
                     "Plainfield Twp"],
    "Sarasota": ["Siesta Key", "Gulf Gate", "Palmer Ranch", "Fruitville"],
    "Dearborn": ["East Dearborn", "Dearborn South End"],
    "Venice": ["South Venice", "Venice Gardens"],
    "Bradenton": ["West Bradenton"],
}
CITY_MISSPELL = {
    "Pittsburgh": ["Pittsburg", "Pittsbugh", "Pittsburgh Pa", "Pgh", "Pitt"],
    "Sarasota": ["Sarasotta", "Sarsota", "Srq", "Sarasota Fl"],
    "Tampa": ["Tamp", "Tampa Fl", "Tampa,"],
    "Dearborn": ["Dearbon", "Dearborn Mi", "Dearbron"],
    "Dearborn Heights": ["Dearborn Hts", "Dearborn Hgts", "Dbn Hts"],
    "Grand Rapids": ["Grand Rapid", "Grand Rapids Mi", "GR", "Grand Rpds"],
    "Erie": ["Erie Pa", "Eire"],
    "Land O' Lakes": ["Land O Lakes", "Land O'Lakes", "Land of Lakes", "LOL"],
    "Sun City Center": ["Sun City Ctr", "Sun City", "SCC"],
    "Lakewood Ranch": ["Lakewood Rch", "LWR", "Lakewood Ranch Fl"],
    "North Port": ["N Port", "Northport", "N. Port"],
    "McKeesport": ["Mckeesport", "Mc Keesport"],
    "McKees Rocks": ["Mckees Rocks", "Mc Kees Rocks"],
    "Temple Terrace": ["Temple Ter", "Temple Terr"],
    "Natrona Heights": ["Natrona Hts"],
    "Wesley Chapel": ["Wesley Chpl"],
    "Bethel Park": ["Bethel Pk"],
}


class Locale:
    __slots__ = ("office", "city", "region", "county", "zips", "acs", "weight",
                 "hn", "streets")

    def __init__(self, raw):
        (self.office, self.city, self.region, self.county, self.zips, self.acs,
         self.weight, self.hn, self.streets) = raw


LOCALES = [Locale(x) for x in LOCALES_RAW]
OFFICES = ["Tampa", "Sarasota", "Pittsburgh", "Erie", "Grand Rapids", "Dearborn"]
OFFICE_WEIGHT = {"Tampa": 20, "Sarasota": 19, "Pittsburgh": 19, "Erie": 12,
                 "Grand Rapids": 15, "Dearborn": 15}
LOCALES_BY_OFFICE = {o: [l for l in LOCALES if l.office == o] for o in OFFICES}
MAIN_LOCALE = {o: [l for l in LOCALES if l.office == o and l.city == o][0]
               for o in OFFICES}
FLORIDA_OFFICES = ["Tampa", "Sarasota"]
NORTH_OFFICES = ["Pittsburgh", "Erie", "Grand Rapids", "Dearborn"]


def pick_office():
    return wchoice(rng, [(o, OFFICE_WEIGHT[o]) for o in OFFICES])


def pick_locale(office, main_bias=0.0):
    ls = LOCALES_BY_OFFICE[office]
    if main_bias and chance(main_bias):
        return MAIN_LOCALE[office]
    return wchoice(rng, [(l, l.weight) for l in ls])


# out-of-area mobile numbers of adult children who live elsewhere
FAR_AREA_CODES = ["248", "586", "517", "269", "734", "267", "215", "610", "717",
                  "724", "440", "216", "614", "312", "847", "630", "704", "404",
                  "678", "571", "703", "617", "303", "512", "214", "602", "919",
                  "727", "239", "321", "407", "904", "305", "954", "561", "201",
                  "973", "718", "646", "202", "410", "585", "716"]

USED_PHONES = set()
USED_EMAILS = set()
USED_ADDR = set()


def new_phone(area):
    while True:
        ex = rng.randrange(201, 990)
        if ex % 100 == 11 or ex == 555 or ex == 950 or ex == 958 or ex == 959:
            continue
        ln = rng.randrange(0, 10000)
        p = "%s%03d%04d" % (area, ex, ln)
        if p not in USED_PHONES:
            USED_PHONES.add(p)
            return p


def local_phone(loc):
    return new_phone(pick(loc.acs))


def mobile_phone(loc=None, far=0.3):
    if loc is None or chance(far):
        return new_phone(pick(FAR_AREA_CODES))
    return new_phone(pick(loc.acs))


def house_number(loc):
    lo, hi = loc.hn
    n = rng.randrange(lo, hi + 1)
    # round-ish numbers are common on arterials
    if n > 1000 and chance(0.35):
        n = (n // 10) * 10 + pick([0, 0, 1, 5, 9])
    return str(n)


def street_for(loc, arterial_bias=0.55):
    if chance(arterial_bias) or loc.region == "":
        return pick(loc.streets)
    if loc.region == "FL":
        return pick(RESIDENTIAL_FL)
    return pick(RESIDENTIAL_NORTH)


def make_address(loc, line2=None, street=None, arterial_bias=0.55):
    """A canonical (USPS-style, abbreviated) address dict, unique line1+zip."""
    for _ in range(200):
        st = street or street_for(loc, arterial_bias)
        num = house_number(loc)
        z = pick(loc.zips)
        key = (num, st, loc.city)
        if key in USED_ADDR:
            continue
        USED_ADDR.add(key)
        return {"line1": "%s %s" % (num, st), "line2": line2, "city": loc.city,
                "region": loc.region, "postalCode": z, "loc": loc}
    raise RuntimeError("address space exhausted")


def home_line2(loc):
    """Unit for a home address: condos and mobile-home lots in Florida,
    upstairs flats in Pittsburgh/Hamtramck, mostly none."""
    r = rng.random()
    if loc.region == "FL":
        if r < 0.12:
            return "Unit %s" % pick(["1", "2", "3", "4", "5", "6", "101", "102",
                                     "203", "204", "305", "4B", "2A", "1C"])
        if r < 0.20:
            return "Lot %d" % rng.randrange(1, 260)
        if r < 0.26:
            return "Apt %d" % rng.randrange(101, 420)
        return None
    if r < 0.08:
        return pick(["Apt 1", "Apt 2", "Apt 3", "Fl 2", "Upper", "Lower", "Rear",
                     "Apt 1R", "Apt B", "Unit 2"])
    return None


# ---------------------------------------------------------------------------
# 2. names
# ---------------------------------------------------------------------------
# Elderly clients were born roughly 1928-1958; their adult children (payers)
# roughly 1950-1988.  Lists are per heritage group of the service areas.

NAMES = {
    "anglo": {
        "f": ["Mary", "Dorothy", "Helen", "Margaret", "Ruth", "Betty", "Virginia",
              "Doris", "Mildred", "Frances", "Elizabeth", "Evelyn", "Alice",
              "Jean", "Shirley", "Barbara", "Marjorie", "Florence", "Lois",
              "Martha", "Lillian", "Louise", "Catherine", "Ruby", "Eleanor",
              "Patricia", "Gladys", "Thelma", "Edna", "Norma", "Pauline",
              "Lucille", "Edith", "Ethel", "Beatrice", "Joan", "Phyllis",
              "Geraldine", "Hazel", "Joyce", "Carol", "Jane", "Judith", "Nancy",
              "Janet", "Donna", "Carolyn", "Beverly", "Marilyn", "Bonnie",
              "Harriet", "Viola", "Myrtle", "Gertrude", "Arlene", "Audrey",
              "Elaine", "Charlotte", "Maxine", "Wilma", "Vera", "Constance",
              "Eunice", "Marion", "Alma", "Nellie", "Peggy", "Kathryn",
              "Roberta", "Sandra", "Sharon", "Darlene", "Glenda", "Imogene"],
        "m": ["Robert", "John", "James", "William", "Richard", "Charles", "Donald",
              "George", "Thomas", "Joseph", "Edward", "Kenneth", "Paul",
              "Raymond", "Harold", "Walter", "Jack", "Henry", "Arthur", "Albert",
              "Ralph", "Eugene", "Howard", "Fred", "Carl", "Earl", "Roy",
              "Clarence", "Lawrence", "Harry", "Ernest", "Leonard", "Norman",
              "Gerald", "Herbert", "Alfred", "Marvin", "Melvin", "Vernon",
              "Lloyd", "Wayne", "Dale", "Glenn", "Gordon", "Russell", "Floyd",
              "Theodore", "Clifford", "Samuel", "Daniel", "David", "Ronald",
              "Larry", "Dennis", "Jerry", "Gary", "Roger", "Dean", "Dwight",
              "Lyle", "Wendell", "Kermit", "Virgil", "Merle", "Harlan"],
        "sur": ["Smith", "Johnson", "Miller", "Davis", "Wilson", "Anderson",
                "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White",
                "Clark", "Lewis", "Allen", "Young", "King", "Scott", "Baker",
                "Adams", "Nelson", "Carter", "Parker", "Evans", "Edwards",
                "Stewart", "Morris", "Cook", "Rogers", "Morgan", "Cooper",
                "Peterson", "Reed", "Bailey", "Bell", "Howard", "Ward", "Cox",
                "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray",
                "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster",
                "Powell", "Jenkins", "Perry", "Russell", "Harper", "Hayes",
                "Barnes", "Fisher", "Henderson", "Graham", "Wallace", "Hamilton",
                "Ellis", "Harrison", "Gibson", "Marshall", "Wells", "Spencer",
                "Shaw", "Hunt", "Palmer", "Dunn", "Stone", "Hart", "Lane",
                "Warren", "Fletcher", "Lambert", "Carlson", "Swanson", "Olson",
                "Lindquist", "Pruitt", "Whitaker", "Caldwell", "Sutherland",
                "Holcomb", "Prescott", "Langley", "Ashby", "Pennington",
                "Blackwell", "Hollister", "Kendall", "Ingram", "Thornbury"],
    },
    "irish": {
        "f": ["Mary", "Margaret", "Kathleen", "Eileen", "Maureen", "Bridget",
              "Patricia", "Noreen", "Colleen", "Sheila", "Nora", "Anne", "Rita",
              "Rosemary", "Theresa", "Agnes", "Loretta", "Joan", "Ellen",
              "Catherine", "Frances", "Geraldine", "Veronica", "Dolores"],
        "m": ["Patrick", "Michael", "John", "James", "Thomas", "Kevin", "Dennis",
              "Daniel", "Francis", "Brendan", "Joseph", "Edward", "William",
              "Charles", "Gerald", "Raymond", "Martin", "Eugene", "Cornelius",
              "Timothy", "Terrence", "Leo", "Vincent"],
        "sur": ["Murphy", "Kelly", "O'Brien", "Ryan", "O'Connor", "O'Neill",
                "Sullivan", "Walsh", "McCarthy", "Byrne", "Doyle", "Kennedy",
                "Lynch", "Murray", "Quinn", "McLaughlin", "Carroll", "Connolly",
                "Daly", "Brennan", "Burke", "Collins", "Fitzgerald", "Flanagan",
                "Gallagher", "Hogan", "Keane", "Kearney", "Mahoney", "McGrath",
                "McMahon", "Nolan", "O'Donnell", "O'Malley", "O'Sullivan",
                "Reilly", "Shea", "Sweeney", "Tierney", "Dunleavy", "McGinley",
                "Costello", "Hennessy", "Donnelly", "McGovern", "Cassidy",
                "Dougherty", "McCloskey", "O'Hara", "Moriarty", "Callahan",
                "Kilbane", "MacNeil", "McAleer", "Coughlin", "Heffernan"],
    },
    "italian": {
        "f": ["Josephine", "Rose", "Angela", "Carmela", "Concetta", "Theresa",
              "Antoinette", "Philomena", "Lucia", "Maria", "Anna", "Marie",
              "Rita", "Rosalie", "Gloria", "Carmella", "Jennie", "Lena",
              "Margaret", "Frances", "Mary", "Assunta", "Dolores", "Nancy"],
        "m": ["Salvatore", "Anthony", "Vincent", "Carmine", "Dominic", "Rocco",
              "Angelo", "Louis", "Joseph", "Frank", "Nicholas", "Pasquale",
              "Gino", "Carl", "Michael", "Sam", "Ralph", "Albert", "Peter",
              "Alfred", "Eugene", "Armand", "Guido", "Silvio", "Tony", "Sylvester"],
        "sur": ["Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Colombo",
                "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "DeLuca",
                "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Moretti",
                "Barbieri", "Fontana", "Santoro", "Rinaldi", "Caruso", "Ferrara",
                "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo",
                "Coppola", "DeSantis", "D'Angelo", "DiMarco", "LoPresti",
                "Iacobucci", "Scarpino", "Paolucci", "DiNardo", "Cipriani",
                "Tedesco", "Falcone", "Pellegrino", "Capuano", "Spinelli",
                "DiPietro", "Mazzocchi", "Guarino", "Ciccone", "Licata",
                "Scaglione", "Alessi", "LaRocca", "DeFelice", "Valenti"],
    },
    "german": {
        "f": ["Gertrude", "Hilda", "Frieda", "Elsie", "Ida", "Bertha", "Louise",
              "Irma", "Erna", "Marie", "Helen", "Dorothy", "Emma", "Anna",
              "Clara", "Martha", "Margaret", "Lorraine", "Esther", "Wilma"],
        "m": ["Frederick", "Herman", "Otto", "Carl", "Walter", "Ernest", "Henry",
              "Elmer", "Wilbur", "Karl", "Herbert", "Lester", "Harold", "Louis",
              "Richard", "George", "William", "Norbert", "Gerhard", "Werner",
              "Rudolph", "Emil", "August"],
        "sur": ["Schmidt", "Mueller", "Schneider", "Fischer", "Weber", "Meyer",
                "Wagner", "Becker", "Schulz", "Hoffman", "Koch", "Bauer",
                "Richter", "Klein", "Wolf", "Schroeder", "Neumann", "Schwartz",
                "Zimmerman", "Braun", "Hartmann", "Krueger", "Lange", "Werner",
                "Lehmann", "Schmitt", "Krause", "Meier", "Kessler", "Stahl",
                "Vogel", "Ziegler", "Brandt", "Engel", "Huber", "Kraus",
                "Reinhardt", "Eckert", "Schaefer", "Gruber", "Hackenberg",
                "Oberlander", "Pfeiffer", "Steinmetz", "Baumgartner", "Kuhn",
                "Reichert", "Dietrich", "Heckert", "Loesch"],
    },
    "polish": {
        "f": ["Stella", "Sophie", "Wanda", "Helen", "Genevieve", "Irene",
              "Lottie", "Bernice", "Regina", "Jean", "Dorothy", "Frances",
              "Theresa", "Stephanie", "Eleanor", "Cecilia", "Sally", "Virginia",
              "Jadwiga", "Mary", "Anna", "Josephine", "Florence", "Lucille"],
        "m": ["Stanley", "Casimir", "Chester", "Walter", "Edmund", "Thaddeus",
              "Zygmunt", "Leon", "Frank", "Joseph", "Eugene", "Henry", "Edward",
              "Theodore", "Anthony", "Bernard", "Raymond", "Richard", "Thomas",
              "Stephen", "Leonard", "Jerome", "Norbert", "Mitchell"],
        "sur": ["Kowalski", "Nowak", "Wisniewski", "Kowalczyk", "Dudek",
                "Zielinski", "Wojcik", "Lewandowski", "Kaminski", "Mazur",
                "Krawczyk", "Piotrowski", "Grabowski", "Pawlowski", "Michalski",
                "Nowicki", "Adamczyk", "Jankowski", "Sobczak", "Wozniak",
                "Szymanski", "Kozlowski", "Majewski", "Olszewski", "Jaworski",
                "Malinowski", "Stepien", "Gorski", "Rutkowski", "Sadowski",
                "Baran", "Duda", "Kubiak", "Przybylski", "Zawadzki",
                "Chmielewski", "Sikorski", "Ostrowski", "Wierzbicki", "Kaczmarek",
                "Ziolkowski", "Brzezinski", "Szczepanski", "Wrobel", "Pietrzak",
                "Kwiatkowski", "Domagalski", "Slowik", "Sienkiewicz", "Gajewski"],
    },
    "dutch": {
        "f": ["Gertrude", "Hendrika", "Jennie", "Johanna", "Wilma", "Alice",
              "Joan", "Dena", "Marian", "Janet", "Jean", "Henrietta", "Grace",
              "Evelyn", "Gladys", "Arlene", "Thelma", "Harriet", "Ruth",
              "Elaine", "Bernice", "Cornelia", "Trena", "Geraldine"],
        "m": ["Henry", "Gerrit", "John", "Peter", "Cornelius", "Harold", "Marvin",
              "Jacob", "Herman", "Albert", "Arie", "Dirk", "Gordon", "Calvin",
              "Roger", "Kenneth", "Bernard", "Jay", "Lester", "Clarence",
              "Edward", "Gerald", "Wayne", "Willard"],
        "sur": ["Vander Molen", "VanderWall", "Vander Wal", "Vander Ploeg",
                "VanderVeen", "Vander Ark", "Van Dyke", "Van Houten",
                "VanderLaan", "Vander Kooi", "Vanden Berg", "Vandenberg",
                "Van Til", "Van Dam", "DeVries", "De Jong", "DeYoung", "De Boer",
                "Bosma", "Brink", "Dykstra", "Hoekstra", "Kuiper", "Meijer",
                "Postma", "Sikkema", "Zwiers", "Haveman", "Bultema", "Wierenga",
                "Mulder", "Ter Haar", "Timmer", "Veenstra", "Visser", "Bakker",
                "Koster", "Prins", "Schuitema", "Dekker", "Terpstra", "Zylstra",
                "Hamstra", "Boersma", "Vander Meulen", "Van Kampen",
                "Vander Weide", "Huizenga", "Brouwer", "Kooistra", "Van Otterloo",
                "Vander Stelt"],
    },
    "arab": {
        "f": ["Fatima", "Fatme", "Zeinab", "Zainab", "Mariam", "Aisha", "Hana",
              "Layla", "Leila", "Amal", "Samira", "Nadia", "Souad", "Hanan",
              "Khadija", "Rima", "Najla", "Wafa", "Huda", "Salwa", "Iman",
              "Mona", "Siham", "Nawal", "Jamila", "Kawthar", "Hayat", "Ghada",
              "Georgette", "Laila"],
        "m": ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad", "Ali",
              "Hussein", "Hassan", "Ahmed", "Ahmad", "Khalil", "Mahmoud",
              "Abdul", "Ibrahim", "Youssef", "Yousef", "Jamal", "Kamal", "Nabil",
              "Samir", "Fouad", "Hadi", "Abbas", "Adnan", "Walid", "Nasser",
              "Rashid", "Tarek", "Ghassan", "Hisham", "Faisal", "Saleh",
              "Abdullah", "Nagi", "Mohsen", "Abdo", "Elias", "George", "Najib",
              "Kassem", "Qassim", "Jaafar", "Mustafa", "Imad"],
        "sur": ["Bazzi", "Beydoun", "Saad", "Berry", "Fawaz", "Hammoud", "Jaber",
                "Makki", "Sareini", "Haidar", "Cherri", "Ayoub", "Hijazi",
                "Alawieh", "Hashem", "Baydoun", "Fayad", "Ajami", "Moughni",
                "Elzein", "Chami", "Harb", "Dakroub", "Saab", "Awada", "Dabaja",
                "Sobh", "Zreik", "Al-Saidi", "Al-Maklani", "Muthana", "Al-Awdi",
                "Nagi", "Al-Omari", "Al-Shami", "Al-Masmari", "Alhaj", "Al-Jubouri",
                "Al-Obaidi", "Al-Rubaie", "Al-Hilli", "Kadhim", "Jasim",
                "Al-Khafaji", "Hashim", "Al-Tamimi", "Kassab", "Yono", "Shamoun",
                "Jarbo", "Al-Hakimi", "Al-Zubaidi", "Abdallah", "Mansour",
                "Khalifa", "El-Hage", "Abou-Khalil", "Turfe", "Hamade", "Ghazal"],
    },
    "black": {
        "f": ["Mattie", "Annie", "Lillie", "Bessie", "Ruby", "Hattie", "Ella",
              "Minnie", "Essie", "Pearl", "Gloria", "Geraldine", "Loretta",
              "Ernestine", "Beulah", "Willie Mae", "Ora", "Viola", "Cora",
              "Odessa", "Lula", "Fannie", "Inez", "Alberta", "Dorothy",
              "Shirley", "Barbara", "Betty", "Mary", "Gwendolyn", "Rosetta",
              "Clara", "Juanita", "Louise", "Velma", "Ollie Mae", "Bernice"],
        "m": ["Willie", "James", "Robert", "Charles", "Leroy", "Eddie", "Otis",
              "Clarence", "Curtis", "Roosevelt", "Cleveland", "Booker", "Percy",
              "Luther", "Alvin", "Jesse", "Odell", "Cornelius", "Earl", "Lonnie",
              "Marvin", "Calvin", "Floyd", "Sylvester", "Willie James",
              "Johnnie", "Nathaniel", "Isaiah", "Ernest", "Henry", "Samuel",
              "Herman", "Lamar", "Reginald"],
        "sur": ["Johnson", "Williams", "Jackson", "Brown", "Davis", "Harris",
                "Robinson", "Washington", "Jefferson", "Thomas", "Jones", "Smith",
                "Wright", "Walker", "Green", "Banks", "Mitchell", "Freeman",
                "Coleman", "Bryant", "Hill", "Gaines", "Simmons", "Battle",
                "Whitfield", "Thornton", "Dixon", "Mack", "Ware", "Holloway",
                "Butler", "Grant", "Gibbs", "Hairston", "Moton", "Pettaway",
                "McNeil", "Tolbert", "Wiggins", "Jeffries", "Blackmon", "Crump",
                "Bynum", "Hardaway", "Tillman", "Lockett", "Person", "Council",
                "Peoples", "Mayfield"],
    },
    "hispanic": {
        "f": ["María", "Carmen", "Ana", "Rosa", "Gloria", "Elena", "Teresa",
              "Mercedes", "Caridad", "Josefina", "Esperanza", "Gladys", "Nilda",
              "Migdalia", "Haydée", "Margarita", "Olga", "Dolores", "Luz",
              "Iris", "Aida", "Zoraida", "Milagros", "Nereida", "Ofelia",
              "Concepción", "Ramona", "Blanca", "Marta", "María del Carmen",
              "Ana Rosa", "Gisela", "Xiomara", "Amparo", "Dulce María"],
        "m": ["José", "Juan", "Manuel", "Rafael", "Luis", "Jorge", "Pedro",
              "Carlos", "Francisco", "Ramón", "Armando", "Orlando", "Rolando",
              "Raúl", "Ángel", "Héctor", "Jesús", "Osvaldo", "Eladio",
              "Gilberto", "Efraín", "Wilfredo", "Nelson", "Julio", "Rubén",
              "Fernando", "Reinaldo", "Ignacio", "Joaquín", "Tomás", "Juan Carlos",
              "José Luis"],
        "sur": ["Rodríguez", "González", "Fernández", "López", "Martínez",
                "Pérez", "García", "Sánchez", "Díaz", "Hernández", "Álvarez",
                "Gómez", "Ruiz", "Torres", "Ramírez", "Castillo", "Morales",
                "Ortiz", "Rivera", "Cruz", "Vega", "Soto", "Delgado", "Colón",
                "Santiago", "Figueroa", "Acosta", "Valdés", "Cabrera", "Quintana",
                "Menéndez", "Betancourt", "Lorenzo", "Suárez", "Padrón", "Reyes",
                "Medina", "Marrero", "Cintrón", "Quiñones", "Rosado", "Maldonado",
                "Negrón", "Pagán", "Vázquez", "Burgos", "Ortega", "Muñoz",
                "Ibáñez", "Cañizares", "Peña", "Llanes", "Alonso", "Carbonell"],
    },
    "jewish": {
        "f": ["Ruth", "Sylvia", "Rose", "Esther", "Miriam", "Shirley", "Roslyn",
              "Rhoda", "Gladys", "Bernice", "Lillian", "Edith", "Frieda",
              "Harriet", "Phyllis", "Estelle", "Selma", "Thelma", "Naomi",
              "Beatrice", "Sadie", "Pearl", "Goldie", "Blanche", "Muriel",
              "Doris", "Marcia", "Arlene", "Florence", "Evelyn", "Judith"],
        "m": ["Irving", "Morton", "Seymour", "Sheldon", "Sidney", "Stanley",
              "Herbert", "Bernard", "Harvey", "Marvin", "Murray", "Saul", "Sol",
              "Hyman", "Max", "Abraham", "Isadore", "Jerome", "Leonard",
              "Melvin", "Arnold", "Norman", "Myron", "Sanford", "Allen", "Milton",
              "Howard", "Martin", "Jack", "Nathan", "Elliot", "Barry"],
        "sur": ["Goldberg", "Cohen", "Levy", "Katz", "Friedman", "Shapiro",
                "Rosenberg", "Schwartz", "Kaplan", "Weiss", "Klein", "Rubin",
                "Stein", "Goldstein", "Greenberg", "Horowitz", "Bernstein",
                "Silverman", "Feldman", "Abramson", "Lieberman", "Rosen",
                "Siegel", "Adler", "Mandel", "Blum", "Gottlieb", "Berkowitz",
                "Weinstein", "Zucker", "Applebaum", "Birnbaum", "Perlman",
                "Rothman", "Sandler", "Tannenbaum", "Wasserman", "Eisenberg",
                "Hirsch", "Levine", "Marcus", "Fink", "Gold", "Kessler",
                "Lipschitz", "Mendelsohn", "Nussbaum", "Rabinowitz", "Sperling"],
    },
    "slavic": {
        "f": ["Mary", "Anna", "Helen", "Agnes", "Julia", "Veronica", "Susan",
              "Margaret", "Catherine", "Barbara", "Ann", "Elizabeth", "Theresa",
              "Katherine", "Irene", "Olga", "Dorothy", "Pauline", "Rose",
              "Emily", "Milka", "Vesna"],
        "m": ["John", "Joseph", "Michael", "Steve", "George", "Andrew", "Paul",
              "Frank", "Stephen", "Milan", "Ivan", "Nick", "Tony", "Rudy",
              "Emil", "Matthew", "Joseph", "Daniel", "Edward", "Robert",
              "Nikola", "Zlatko"],
        "sur": ["Hudak", "Kovac", "Novak", "Horvath", "Sabol", "Petrisko",
                "Hornak", "Mihalik", "Kopko", "Dzurko", "Bobak", "Kuchta",
                "Lesko", "Hrinda", "Stefanik", "Dobos", "Macko", "Palko",
                "Yurko", "Sopko", "Rusnak", "Dudas", "Kascak", "Olejar",
                "Marcinko", "Zilka", "Bodnar", "Sisak", "Kovacevich",
                "Markovich", "Petrovich", "Babich", "Matkovic", "Horvat",
                "Juric", "Radich", "Vukovich", "Blazevich", "Simunovich",
                "Grubisich", "Brajdich", "Tomasic", "Kovačević", "Perić",
                "Šimko", "Babić", "Jurčić", "Matijević"],
    },
}

# heritage mix by office
OFFICE_ETH = {
    "Tampa": [("hispanic", 30), ("black", 20), ("anglo", 25), ("italian", 10),
              ("irish", 5), ("german", 5), ("jewish", 4), ("polish", 1)],
    "Sarasota": [("jewish", 20), ("anglo", 30), ("italian", 10), ("irish", 10),
                 ("german", 10), ("polish", 6), ("dutch", 3), ("black", 6),
                 ("hispanic", 5)],
    "Pittsburgh": [("slavic", 16), ("polish", 15), ("italian", 15), ("irish", 15),
                   ("german", 14), ("black", 15), ("anglo", 8), ("jewish", 2)],
    "Erie": [("polish", 20), ("italian", 15), ("german", 20), ("irish", 15),
             ("slavic", 5), ("black", 9), ("anglo", 16)],
    "Grand Rapids": [("dutch", 36), ("anglo", 24), ("polish", 10), ("german", 10),
                     ("black", 10), ("irish", 4), ("hispanic", 6)],
    "Dearborn": [("arab", 50), ("polish", 10), ("anglo", 14), ("black", 11),
                 ("italian", 5), ("irish", 5), ("german", 5)],
}

# given names of the adult children who pay (born 1950-1988)
YOUNG = {
    "f": ["Linda", "Susan", "Karen", "Lisa", "Debra", "Patricia", "Cynthia",
          "Kimberly", "Michelle", "Jennifer", "Laura", "Julie", "Denise", "Lori",
          "Tammy", "Christine", "Diane", "Sharon", "Theresa", "Amy", "Angela",
          "Tracy", "Dawn", "Stephanie", "Heather", "Kathy", "Donna", "Cheryl",
          "Pamela", "Brenda", "Rebecca", "Melissa", "Wendy", "Kelly", "Colleen",
          "Maureen", "Jill", "Beth", "Robin", "Sheryl", "Gina", "Annette"],
    "m": ["Michael", "David", "Mark", "Steven", "Jeffrey", "Brian", "Kevin",
          "Scott", "Timothy", "Gregory", "Daniel", "Paul", "Thomas", "Christopher",
          "Matthew", "Eric", "Jason", "Todd", "Keith", "Craig", "Douglas",
          "Randall", "Gary", "Joseph", "Anthony", "Patrick", "Sean", "Darren",
          "Troy", "Kurt"],
}
YOUNG_ETH = {
    "arab": {"f": ["Zeinab", "Fatima", "Rima", "Nour", "Yasmine", "Lina",
                   "Rania", "Layla", "Dana", "Mariam", "Hiba", "Rasha", "Sara",
                   "Amira"],
             "m": ["Hussein", "Ali", "Hassan", "Mohamad", "Ahmad", "Khalil",
                   "Bilal", "Fadi", "Mahdi", "Rami", "Sam", "Jihad", "Abbas",
                   "Kareem"]},
    "hispanic": {"f": ["Yolanda", "Maritza", "Marisol", "Ivette", "Jessica",
                       "Iliana", "Yesenia", "Mayra", "Lourdes", "Odalys",
                       "Daisy", "Vivian"],
                 "m": ["Carlos", "Luis", "José Luis", "Alexis", "Roberto",
                       "Eduardo", "Raúl", "Javier", "Ernesto", "Yunior",
                       "Danny", "Alberto"]},
    "black": {"f": ["Tonya", "Kimberly", "Sonya", "Latonya", "Angela", "Felicia",
                    "Regina", "Yvette", "Monique", "Tasha", "Sheila", "Denise"],
              "m": ["Darnell", "Anthony", "Terrence", "Marcus", "Kenneth",
                    "Derrick", "Cedric", "Andre", "Reginald", "Tyrone",
                    "Curtis", "Keith"]},
    "jewish": {"f": ["Deborah", "Ellen", "Judith", "Nancy", "Amy", "Rachel",
                     "Beth", "Jill", "Susan", "Wendy"],
               "m": ["Howard", "Steven", "Richard", "Alan", "Neil", "Jeffrey",
                     "Marc", "Jonathan", "Gary", "Robert"]},
}

NICKNAMES = {
    "Beatrice": ["Bea", "Bea"], "Dorothy": ["Dot", "Dottie", "Dot"],
    "Margaret": ["Peggy", "Peg", "Midge", "Marge", "Maggie"],
    "Mildred": ["Millie", "Midge"], "Katherine": ["Kay", "Kathy", "Kate"],
    "Kathryn": ["Kay", "Kathy"], "Kathleen": ["Kathy", "Kay", "Kath"],
    "Catherine": ["Kay", "Cathy", "Kitty"], "Elizabeth": ["Betty", "Beth", "Betsy", "Liz"],
    "Virginia": ["Ginny", "Ginger"], "Frances": ["Fran", "Frannie"],
    "Patricia": ["Pat", "Patty", "Patsy"], "Josephine": ["Jo", "Josie", "Jo"],
    "Theresa": ["Terry", "Tess", "Terri"], "Florence": ["Flo", "Florrie"],
    "Gertrude": ["Gertie", "Trudy"], "Eleanor": ["Ellie", "Nora"],
    "Marjorie": ["Marge", "Margie"], "Barbara": ["Barb", "Babs", "Bobbie"],
    "Judith": ["Judy"], "Rosemary": ["Rosie", "Ro"], "Lillian": ["Lil", "Lilly"],
    "Harriet": ["Hattie"], "Concetta": ["Connie", "Tina"], "Constance": ["Connie"],
    "Antoinette": ["Toni", "Netta"], "Philomena": ["Minnie", "Mena"],
    "Carmela": ["Millie", "Carm"], "Carmella": ["Millie", "Carm"],
    "Geraldine": ["Gerry", "Dina"], "Bernice": ["Bunny", "Bernie"],
    "Genevieve": ["Jenny", "Gen"], "Veronica": ["Ronnie", "Vera"],
    "Agnes": ["Aggie"], "Helen": ["Nell", "Lena"], "Evelyn": ["Evie", "Ev"],
    "Mary": ["Mae", "Molly", "Mamie"], "Louise": ["Lou", "Lulu"],
    "Wilhelmina": ["Billie", "Minnie"], "Harriett": ["Hattie"],
    "Henrietta": ["Etta", "Hettie"], "Hendrika": ["Rika", "Henny"],
    "Johanna": ["Jo", "Hannie"], "Cornelia": ["Nellie", "Corrie"],
    "Roslyn": ["Roz"], "Esther": ["Essie"], "Sadie": ["Sade"],
    "Miriam": ["Mimi"], "Estelle": ["Stella"], "Gwendolyn": ["Gwen"],
    "Ernestine": ["Tina", "Erna"], "Stephanie": ["Steffie"],
    "Jadwiga": ["Hedy", "Jadzia"], "Stella": ["Stell"],
    "Dolores": ["Dee", "Lola"], "Concepción": ["Concha", "Conchita"],
    "Caridad": ["Cachita", "Cary"], "Mercedes": ["Meche"], "Josefina": ["Fina", "Pepita"],
    "Milagros": ["Millie"], "Ramona": ["Mona"], "María del Carmen": ["Carmen", "Maricarmen"],
    "Robert": ["Bob", "Bobby", "Bud", "Rob"], "William": ["Bill", "Billy", "Bud", "Will"],
    "Richard": ["Dick", "Rich", "Rick"], "Edward": ["Ed", "Eddie", "Ted"],
    "Theodore": ["Ted", "Teddy"], "Charles": ["Chuck", "Charlie"],
    "Henry": ["Hank", "Hal"], "Joseph": ["Joe", "Joey"], "James": ["Jim", "Jimmy", "Skip"],
    "John": ["Jack", "Johnny", "Skip"], "Thomas": ["Tom", "Tommy"],
    "Francis": ["Frank", "Fran"], "Frederick": ["Fred", "Fritz"],
    "Stanley": ["Stan"], "Casimir": ["Casey", "Cash"], "Walter": ["Walt", "Wally"],
    "Raymond": ["Ray"], "Donald": ["Don", "Donnie"], "Gerald": ["Jerry", "Gerry"],
    "Harold": ["Hal", "Harry", "Bud"], "Lawrence": ["Larry"], "Leonard": ["Len", "Lenny"],
    "Albert": ["Al", "Bert"], "Alfred": ["Al", "Alf"], "Anthony": ["Tony"],
    "Salvatore": ["Sal", "Sam"], "Vincent": ["Vince", "Vinny"], "Dominic": ["Dom"],
    "Nicholas": ["Nick"], "Michael": ["Mike"], "Daniel": ["Dan", "Danny"],
    "Patrick": ["Pat", "Paddy"], "Kenneth": ["Ken", "Kenny", "Skip"],
    "Eugene": ["Gene"], "Samuel": ["Sam"], "Seymour": ["Sy"], "Morton": ["Mort"],
    "Irving": ["Irv"], "Sheldon": ["Shelly"], "Sidney": ["Sid"], "Hyman": ["Hy"],
    "Bernard": ["Bernie"], "Herbert": ["Herb"], "Marvin": ["Marv"], "Abraham": ["Abe"],
    "Isadore": ["Izzy"], "Cornelius": ["Neil", "Case", "Connie"], "Gerrit": ["Gary"],
    "Stephen": ["Steve"], "Andrew": ["Andy"], "Matthew": ["Matt"], "Peter": ["Pete"],
    "Thaddeus": ["Ted", "Tad"], "Zygmunt": ["Ziggy"], "Edmund": ["Ed", "Eddie"],
    "Chester": ["Chet"], "Clarence": ["Clancy", "Bud"], "Nathaniel": ["Nate"],
    "Roosevelt": ["Rosie"], "Cleveland": ["Cleve"], "Sylvester": ["Sly", "Vester"],
    "Pasquale": ["Pat"], "Carmine": ["Carm"], "Rocco": ["Rocky"],
    "José": ["Pepe"], "Francisco": ["Paco", "Pancho"], "Jesús": ["Chucho"],
    "Ignacio": ["Nacho"], "Ramón": ["Moncho"], "Reinaldo": ["Rey"],
    "Mohammed": ["Mo"], "Muhammad": ["Mo"], "Mohamed": ["Mo"], "Abdullah": ["Abdo"],
    "Youssef": ["Joe"], "Yousef": ["Joe"], "Ibrahim": ["Abe"], "Elias": ["Eli"],
    "Willie James": ["Willie", "W.J."], "Willie Mae": ["Willie"], "Ollie Mae": ["Ollie"],
    "Nikola": ["Nick"], "Milan": ["Mickey"], "Emil": ["Emmy"],
    "Juan Carlos": ["Juanca", "Carlos"], "José Luis": ["Pepe", "Luis"],
}
GENERIC_NICKS_M = ["Bud", "Skip", "Sonny", "Buddy", "Butch", "Red", "Junior"]
GENERIC_NICKS_F = ["Kay", "Midge", "Dot", "Bea", "Peggy", "Sis", "Tootie", "Dolly"]

MIDDLE = {
    "f": ["Ann", "Marie", "Jean", "Louise", "Mae", "Elizabeth", "Lee", "Rose",
          "Jane", "Lynn", "Frances", "Kay", "Grace", "Eleanor", "May", "Irene",
          "Ruth", "Catherine", "Agnes", "Theresa", "Joan", "Helen"],
    "m": ["Joseph", "John", "James", "Edward", "Lee", "Allen", "Wayne", "Francis",
          "Paul", "Michael", "Thomas", "William", "Eugene", "Ray", "Dean",
          "Anthony", "Charles", "Henry", "Stanley", "Walter", "George"],
}
MUHAMMAD = ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad", "Muhammed",
            "Mohammod"]
TITLES_F = ["Mrs.", "Mrs", "Ms.", "Ms", "Miss"]
TITLES_M = ["Mr.", "Mr"]
PRO_TITLES = ["Dr.", "Rev.", "Dr", "Judge", "Capt.", "Col."]

RELATIONS_CHILD = {"f": ["daughter", "dtr", "dau"], "m": ["son"]}
RELATIONS_OTHER = {"f": ["niece", "granddaughter", "daughter-in-law", "sister"],
                   "m": ["nephew", "grandson", "son-in-law", "brother"]}

EMAIL_FREE_OLD = [("aol.com", 18), ("comcast.net", 16), ("yahoo.com", 14),
                  ("att.net", 8), ("gmail.com", 14), ("verizon.net", 5),
                  ("hotmail.com", 6), ("msn.com", 4), ("sbcglobal.net", 4),
                  ("bellsouth.net", 4), ("charter.net", 3), ("juno.com", 2),
                  ("earthlink.net", 2), ("icloud.com", 2)]
EMAIL_FREE_YOUNG = [("gmail.com", 45), ("yahoo.com", 14), ("comcast.net", 8),
                    ("outlook.com", 6), ("hotmail.com", 8), ("icloud.com", 9),
                    ("aol.com", 4), ("att.net", 3), ("verizon.net", 2),
                    ("live.com", 2)]
# regional ISP mailboxes of the elderly
EMAIL_REGIONAL = {
    "Tampa": [("tampabay.rr.com", 5), ("bellsouth.net", 5), ("verizon.net", 2)],
    "Sarasota": [("comcast.net", 6), ("bellsouth.net", 3), ("verizon.net", 3)],
    "Pittsburgh": [("verizon.net", 5), ("comcast.net", 6), ("zoominternet.net", 1)],
    "Erie": [("roadrunner.com", 4), ("verizon.net", 3), ("velocity.net", 1)],
    "Grand Rapids": [("charter.net", 5), ("sbcglobal.net", 4), ("comcast.net", 4)],
    "Dearborn": [("comcast.net", 6), ("sbcglobal.net", 4), ("wowway.com", 2)],
}
FREE_MAIL_DOMAINS = sorted(set(
    [d for d, _ in EMAIL_FREE_OLD] + [d for d, _ in EMAIL_FREE_YOUNG] +
    [d for v in EMAIL_REGIONAL.values() for d, _ in v]))

HOBBY_WORDS = {
    "Tampa": ["bucsfan", "lightningfan", "gulfgal", "fishinbud", "cigarcity",
              "ybor"],
    "Sarasota": ["siestakey", "golfnut", "snowbird", "beachbum", "gramma"],
    "Pittsburgh": ["steelersfan", "pensfan", "yinzer", "pirates", "burghgirl",
                   "mtwash"],
    "Erie": ["presqueisle", "lakeerie", "eriegal", "otters", "bayfront"],
    "Grand Rapids": ["lakeshore", "grgrandma", "tulipfan", "griffins", "fishon"],
    "Dearborn": ["lionsfan", "redwingsfan", "tigers", "fordretiree", "motown"],
}


def ascii_slug(s):
    s = strip_accents(s or "")
    return re.sub(r"[^a-z0-9]", "", s.lower())


def make_email(given, family, office, young=False, nick=None, year=None):
    """Invented mailbox at a real free-mail provider, unique."""
    g = ascii_slug(given.split()[0] if given else "")
    f = ascii_slug(family)
    n = ascii_slug(nick) if nick else ""
    if young:
        dom = wchoice(rng, EMAIL_FREE_YOUNG)
    else:
        dom = wchoice(rng, EMAIL_FREE_OLD + EMAIL_REGIONAL[office])
    yr = year or rng.randrange(28, 90)
    for attempt in range(60):
        style = wchoice(rng, [("first.last", 20), ("firstlast", 12), ("flast", 14),
                              ("first_last", 5), ("firstlastNN", 12),
                              ("flastNN", 8), ("nickNN", 5 if n else 0),
                              ("hobby", 6), ("lastfirst", 4), ("firstNN", 4),
                              ("fmlast", 4)])
        if style == "first.last":
            local = "%s.%s" % (g, f)
        elif style == "firstlast":
            local = g + f
        elif style == "flast":
            local = g[:1] + f
        elif style == "first_last":
            local = "%s_%s" % (g, f)
        elif style == "firstlastNN":
            local = "%s%s%02d" % (g, f, yr % 100)
        elif style == "flastNN":
            local = "%s%s%d" % (g[:1], f, rng.randrange(1, 99))
        elif style == "nickNN":
            local = "%s%s%02d" % (n, f[:4], yr % 100)
        elif style == "hobby":
            local = "%s%d" % (pick(HOBBY_WORDS[office]), rng.randrange(1, 99))
        elif style == "lastfirst":
            local = f + g[:1]
        elif style == "firstNN":
            local = "%s%d" % (g, rng.randrange(10, 999))
        else:
            local = "%s%s%s" % (g[:1], pick("abcdefghjklmnprstw"), f)
        if attempt > 20:
            local += str(rng.randrange(2, 99))
        local = local.strip("._")
        if len(local) < 3:
            continue
        e = "%s@%s" % (local, dom)
        if e not in USED_EMAILS and len(e) <= 100:
            USED_EMAILS.add(e)
            return e
    raise RuntimeError("email space")


def org_email(local, domain):
    e = "%s@%s" % (local, domain)
    USED_EMAILS.add(e)
    return e


# --- surname spelling families -------------------------------------------

DUTCH_PREFIX_RE = re.compile(r"^(Vander|Vanden|Van der|Van den|Van|De|Ter)\s?(.*)$",
                             re.I)


def dutch_variants(fam):
    m = re.match(r"^(Vander|Vanden|Van|De|Ter)\s*(\S.*)$", fam)
    if not m:
        return []
    pre, rest = m.group(1), m.group(2)
    rest_c = rest[:1].upper() + rest[1:]
    out = [pre + " " + rest_c, pre + rest_c, pre + rest_c.lower(),
           (pre + " " + rest_c).upper()]
    if pre == "Vander":
        out += ["Van der " + rest_c, "Van Der " + rest_c, "VanDer" + rest_c,
                "Vander-" + rest_c]
    if pre == "Vanden":
        out += ["Van den " + rest_c, "Van Den " + rest_c]
    if pre == "De":
        out += ["De " + rest_c, "de " + rest_c]
    return [o for o in out if o != fam]


def arabic_variants(fam):
    out = []
    m = re.match(r"^(Al|El)-(.+)$", fam)
    if m:
        pre, rest = m.group(1), m.group(2)
        out = [pre + rest.lower(), pre + " " + rest, pre + rest,
               ("El" if pre == "Al" else "Al") + "-" + rest, rest]
    elif fam.startswith("Al") and len(fam) > 4 and fam[2].islower():
        out = ["Al-" + fam[2].upper() + fam[3:], "Al " + fam[2].upper() + fam[3:]]
    else:
        table = {"Beydoun": ["Baydoun", "Baydon"], "Baydoun": ["Beydoun"],
                 "Haidar": ["Haydar", "Hayder", "Heidar"], "Hammoud": ["Hamoud", "Hammood"],
                 "Hashem": ["Hashim"], "Hashim": ["Hashem"], "Makki": ["Mackie", "Maki"],
                 "Cherri": ["Cheri", "Sherri"], "Elzein": ["El-Zein", "Elzain"],
                 "Fawaz": ["Fawwaz"], "Saad": ["Saade", "Sa'ad"], "Jaber": ["Jabir"],
                 "Ayoub": ["Ayub", "Ayyoub"], "Hijazi": ["Hejazi", "Higazi"],
                 "Alawieh": ["Alawie", "Alawiye"], "Awada": ["Awadah"],
                 "Kadhim": ["Kazem", "Kathim"], "Jasim": ["Jassim"],
                 "Abdallah": ["Abdullah"], "Mansour": ["Mansur"],
                 "El-Hage": ["Elhage", "El Hage"], "Abou-Khalil": ["Abu Khalil", "Aboukhalil"],
                 "Hamade": ["Hamadeh", "Hammade"], "Turfe": ["Turfah"]}
        out = table.get(fam, [])
    return [o for o in out if o != fam]


def irish_variants(fam):
    out = []
    if fam.startswith("O'"):
        rest = fam[2:]
        out = ["O" + rest, "O " + rest, "O" + rest.lower(), "O`" + rest, "O’" + rest]
    elif fam.startswith("Mc") and len(fam) > 3:
        rest = fam[2:]
        out = ["Mc" + rest.lower(), "Mc " + rest, "Mac" + rest, "MC" + rest.upper()]
    elif fam.startswith("Mac") and len(fam) > 4 and fam[3].isupper():
        out = ["Mac" + fam[3:].lower(), "Mc" + fam[3:]]
    return [o for o in out if o != fam]


def italian_variants(fam):
    m = re.match(r"^(De|Di|Lo|La|D')([A-Z].*)$", fam)
    if not m:
        return []
    pre, rest = m.group(1), m.group(2)
    if pre == "D'":
        return ["D" + rest.lower(), "D" + rest, "D " + rest, "Dangelo" if rest == "Angelo" else "D" + rest]
    return [pre + rest.lower(), pre + " " + rest, pre.upper() + rest.upper()]


def surname_variants(fam):
    """Spelling families real sources produce for one surname."""
    if fam is None:
        return []
    v = (dutch_variants(fam) + arabic_variants(fam) + irish_variants(fam) +
         italian_variants(fam))
    if "-" in fam and not fam.startswith(("Al-", "El-", "Abou-")):
        a, b = fam.split("-", 1)
        v += [a + " " + b, a + b.lower(), b, a]
    if has_non_ascii(fam):
        v.append(strip_accents(fam))
    out = []
    for x in v:
        if x and x != fam and x not in out:
            out.append(x)
    return out


def pick_eth(office):
    return wchoice(rng, OFFICE_ETH[office])


def pick_given(eth, sex):
    return pick(NAMES[eth][sex])


def pick_surname(eth):
    return pick(NAMES[eth]["sur"])


def pick_young_given(eth, sex):
    if eth in YOUNG_ETH and chance(0.7):
        return pick(YOUNG_ETH[eth][sex])
    return pick(YOUNG[sex])


def hispanic_family():
    a = pick(NAMES["hispanic"]["sur"])
    if chance(0.6):
        b = pick(NAMES["hispanic"]["sur"])
        if b != a:
            return a + " " + b
    return a


# ---------------------------------------------------------------------------
# 3. organisation data (all names invented; places real)
# ---------------------------------------------------------------------------

FAC_PREFIX = {
    "FL": ["Magnolia", "Cypress", "Heron", "Palm", "Bayshore", "Mangrove",
           "Sabal", "Tamiami", "Gulf Breeze", "Sandpiper", "Pelican", "Coral",
           "Osprey", "Seagrape", "Live Oak", "Citrus", "Banyan", "Egret",
           "Tarpon", "Jasmine", "Bougainvillea", "Hibiscus", "Royal Palm",
           "Key Lime", "Spanish Moss", "Manatee Bay", "Silver Palm", "Azalea",
           "Orange Blossom", "Sea Oats"],
    "PA": ["Laurel", "Allegheny", "Keystone", "Mon Valley", "Presque Isle",
           "Bayfront", "Lakeside", "Chestnut", "Hemlock", "Ohio Valley",
           "Mount Royal", "Penn", "Franklin", "Millcreek", "Peninsula",
           "Frontier", "Asbury", "Glenwood", "Walnut Creek", "Fox Chapel",
           "Sewickley Heights", "Chartiers", "Brandywine", "Dogwood",
           "Evergreen", "Juniata", "Montour", "Kittanning"],
    "MI": ["Lakeshore", "Grand Valley", "Tulip", "Cascade", "Thornapple",
           "Riverbend", "Fairlane", "Rouge", "Greenfield", "Great Lakes",
           "Huron", "Superior", "Maple", "Willow", "Cherry Hill", "Heritage",
           "Kent", "Ottawa", "Wolverine", "Blue Water", "Pine Rest", "Windmill",
           "Holland Park", "Saugatuck", "Rosewood", "Hickory", "Birch Run",
           "Crystal Creek"],
}
FAC_MID = ["Gardens", "Court", "Manor", "Place", "Pointe", "Village", "Terrace",
           "House", "Commons", "Crossing", "Landing", "Ridge", "Glen", "Grove",
           "Meadows", "Oaks", "Springs", "Park", "Haven", "Harbor", "Lodge",
           "Estates", "Square", "Hills"]
FAC_TYPE = {
    "FL": ["Assisted Living", "Assisted Living Facility", "Senior Living", "ALF",
           "Retirement Residence", "Assisted Living Community"],
    "PA": ["Personal Care Home", "Personal Care", "Senior Living",
           "Assisted Living", "Personal Care Residence"],
    "MI": ["Assisted Living", "Senior Living", "AFC Home", "Adult Foster Care",
           "Assisted Living Community"],
}
MEMORY_TYPE = ["Memory Care", "Memory Care Community", "Alzheimer's Care",
               "Memory Care Residence", "Memory Care Cottage"]
FAC_ROLES = ["Executive Director", "Business Office Manager", "Administrator",
             "Director of Nursing", "Resident Care Director", "Office Manager"]
ORG_FORMS = ["LLC", "Inc."]

OPERATOR_BRANDS = {
    "FL": [("Heritage Oaks", "Heritage Oaks Senior Living, LLC", "heritageoaksliving"),
           ("Sunny Shores", "Sunny Shores Senior Communities, Inc.", "sunnyshoressc"),
           ("Gulfside", "Gulfside Senior Care Partners, LLC", "gulfsidecare"),
           ("Coquina", "Coquina Eldercare Group, LLC", "coquinaeldercare"),
           ("Tidewater Palms", "Tidewater Palms Management, Inc.", "tidewaterpalms")],
    "PA": [("Laurel Ridge", "Laurel Ridge Senior Communities, Inc.", "laurelridgesc"),
           ("Three Bridges", "Three Bridges Senior Living, LLC", "threebridgessl"),
           ("Bayview Terrace", "Bayview Terrace Care Group, LLC", "bayviewterracecg"),
           ("Wyndham Hollow", "Wyndham Hollow Personal Care, Inc.", "wyndhamhollow")],
    "MI": [("Tulip Gate", "Tulip Gate Senior Living, LLC", "tulipgate"),
           ("Fairhaven", "Fairhaven Senior Communities, Inc.", "fairhavensc"),
           ("Lakeview Pines", "Lakeview Pines Care Partners, LLC", "lakeviewpines"),
           ("Oakmont Grove", "Oakmont Grove Eldercare, LLC", "oakmontgrove")],
}

HOSPICE_PREFIX = {
    "FL": ["Gulf Breeze", "Tamiami", "Bayside", "Mangrove", "Serenity Coast",
           "Peace River", "Manasota", "Hillsborough Bay", "Sandhill", "Sunset Cove",
           "Anchorage", "Seabreeze"],
    "PA": ["Allegheny Valley", "Mon Valley", "Keystone Bridge", "Lake Erie Shores",
           "Presque Isle", "Ohio Valley", "Chartiers Creek", "Laurel Highlands",
           "French Creek", "Beaver Valley", "Golden Triangle", "Hilltop"],
    "MI": ["Grand Valley", "Lakeshore", "Thornapple", "Rouge Valley",
           "Great Lakes Harbor", "Fairlane", "Tulip City", "Riverbend",
           "Wolverine", "Blue Heron", "Huron Shores", "Cedar Springs"],
}
HOSPICE_FORM = ["Hospice", "Hospice & Palliative Care", "Hospice Care",
                "Hospice Services", "Hospice and Home Care"]
HOSPICE_ROLES = ["Patient Care Coordinator", "Volunteer & Contract Manager",
                 "Accounts Payable Specialist", "Director of Clinical Services",
                 "Contracts Manager", "Intake Coordinator"]

VA_CENTERS = {
    "Tampa": ("Tampa VA Medical Center", "tampa"),
    "Sarasota": ("Sarasota VA Community Clinic", "sarasota"),
    "Pittsburgh": ("Pittsburgh VA Medical Center", "pittsburgh"),
    "Erie": ("Erie VA Medical Center", "erie"),
    "Grand Rapids": ("Grand Rapids VA Clinic", "grandrapids"),
    "Dearborn": ("Detroit VA Medical Center", "detroit"),
}
VA_PROGRAMS = ["Office of Community Care", "Homemaker/Home Health Aide Program",
               "Respite Care Program", "Veteran Directed Care",
               "Home Based Primary Care", "Caregiver Support Program"]
VA_ROLES = ["Community Care Nurse", "Social Worker", "Program Support Assistant",
            "Community Care Coordinator", "Contracting Officer Representative"]

AAA_AGENCIES = {
    "Tampa": [("Hillsborough County Aging Services", "hcaging"),
              ("Pasco County Elder Services", "pascoelder")],
    "Sarasota": [("Sarasota County Area Agency on Aging", "scaaa"),
                 ("Manatee County Senior Services", "manateeseniors")],
    "Pittsburgh": [("Allegheny County Area Agency on Aging", "alleghenyaaa"),
                   ("Beaver County Office on Aging", "beaveraging"),
                   ("Washington County Aging Services", "wcaging")],
    "Erie": [("Erie County Area Agency on Aging", "erieaaa")],
    "Grand Rapids": [("Kent County Area Agency on Aging", "kentaaa"),
                     ("Ottawa County Senior Resources", "ottawaseniors")],
    "Dearborn": [("Wayne County Area Agency on Aging", "wayneaaa"),
                 ("Downriver Senior Services Agency", "downriverseniors")],
}
AAA_PROGRAMS = {
    "FL": ["Community Care for the Elderly (CCE)", "Home Care for the Elderly (HCE)",
           "Alzheimer's Disease Initiative (ADI)", "Caregiver Support Program",
           "Older Americans Act Title III-E", "Statewide Medicaid Managed Care Liaison"],
    "PA": ["PA OPTIONS Program", "Caregiver Support Program",
           "Family Caregiver Support Program", "Aging Waiver Services",
           "Protective Services", "Older Americans Act Title III-B"],
    "MI": ["MI Choice Waiver", "Care Management Program", "Caregiver Respite",
           "In-Home Services (Title III-B)", "Options Counseling",
           "Adult Day & Respite Program"],
}
AAA_ROLES = ["Care Manager", "Program Coordinator", "Fiscal Officer",
             "Service Coordinator", "Supports Coordinator", "Contracts Specialist"]

CHURCHES = {
    "Tampa": ["St. Lawrence Catholic Church", "Our Lady of Perpetual Help Parish",
              "Christ the King Parish", "St. Timothy Catholic Church",
              "Mary Help of Christians Parish", "Bethel AME Church",
              "Mt. Zion Missionary Baptist Church", "Iglesia Bautista Nueva Vida",
              "First United Methodist Church of Brandon",
              "Congregation Beth Am of Tampa", "Grace Lutheran Church of Lutz",
              "Iglesia Episcopal San Andrés", "St. Paul AME Church",
              "Holy Cross Parish of Sun City Center",
              "Prince of Peace Lutheran Church", "St. Joseph Catholic Church"],
    "Sarasota": ["Incarnation Catholic Church", "St. Martha Parish",
                 "Temple Beth Shalom of Sarasota", "Congregation Kol Ami",
                 "First Presbyterian Church of Venice", "Epiphany Parish of Venice",
                 "Church of the Redeemer", "St. Thomas More Parish",
                 "Trinity Lutheran Church of Sarasota", "St. Jude Parish",
                 "Newtown Bethlehem Baptist Church", "Our Lady of Lourdes Parish",
                 "Pine Shores Presbyterian Church", "Temple Sinai of Sarasota"],
    "Pittsburgh": ["St. Casimir Parish", "St. Stanislaus Kostka Parish",
                   "Holy Trinity Slovak Catholic Church",
                   "St. Nicholas Croatian Catholic Church",
                   "Sts. Cyril and Methodius Byzantine Catholic Church",
                   "St. Hyacinth Parish", "Our Lady of Czestochowa Parish",
                   "St. Anne Parish of Castle Shannon", "Holy Family Parish",
                   "Ebenezer Baptist Church", "Macedonia Baptist Church of Pittsburgh",
                   "Zion Lutheran Church", "First Presbyterian Church of Bethel Park",
                   "Temple Beth El of South Hills", "St. Basil Parish",
                   "Good Shepherd Parish of Braddock", "St. Rosalia Parish",
                   "Sts. Peter and Paul Ukrainian Church"],
    "Erie": ["St. Hedwig Parish", "St. Stanislaus Parish of Erie",
             "Holy Trinity Parish of Erie", "St. Patrick Church of Erie",
             "St. Paul Italian Parish", "Our Lady of Peace Parish",
             "Bethel AME Church of Erie", "Zion Lutheran Church of Erie",
             "First Presbyterian Church of the Covenant",
             "St. Jude the Apostle Parish", "Sts. Peter and Paul Parish of Erie",
             "Temple Anshe Hesed of Erie"],
    "Grand Rapids": ["First Christian Reformed Church", "Fourth Reformed Church",
                     "Calvin Christian Reformed Church", "Grace Reformed Church",
                     "Bethany Christian Reformed Church",
                     "Iglesia Cristiana Reformada La Nueva Esperanza",
                     "St. Isidore Parish", "Immanuel Lutheran Church",
                     "Messiah Missionary Baptist Church", "Sherman Street CRC",
                     "Cascade Fellowship CRC", "Holland Heights CRC",
                     "Second Reformed Church of Zeeland", "St. Adalbert Parish",
                     "Ada Bible Church", "Westend CRC"],
    "Dearborn": ["St. Alfred Parish", "Sacred Heart Parish of Dearborn",
                 "St. Clement Parish", "Our Lady of Lebanon Maronite Church",
                 "St. Barbara Parish", "Holy Trinity Polish Catholic Church",
                 "Dearborn Muslim Community Center",
                 "Al-Huda Islamic Community Center", "First Baptist Church of Taylor",
                 "Cherry Hill United Methodist Church", "St. Florian Parish",
                 "Yemeni American Community Mosque", "St. Linus Parish",
                 "Divine Child Parish", "Fairlane Presbyterian Church",
                 "Chaldean Church of St. Thomas"],
}
CHURCH_PROGRAMS = ["Parish Nurse Ministry", "Health Ministry",
                   "Faith Community Nursing", "Congregational Nurse Program",
                   "Respite Ministry", "Caring Ministry", "Senior Outreach",
                   "Bereavement & Respite Fund", "St. Vincent de Paul Society",
                   "Visitation Ministry", "Homebound Ministry"]
SYNAGOGUE_PROGRAMS = ["Caring Committee", "Bikur Cholim Committee", "Senior Outreach",
                      "Chesed Fund", "Congregational Nurse Program"]
MOSQUE_PROGRAMS = ["Senior Services", "Community Health Program", "Zakat Fund",
                   "Family Support Program", "Caring Committee"]
PROTESTANT_PROGRAMS = ["Parish Nurse Ministry", "Health Ministry", "Faith Community Nursing",
                       "Congregational Nurse Program", "Respite Ministry", "Caring Ministry",
                       "Senior Outreach", "Deacons' Fund", "Visitation Ministry",
                       "Homebound Ministry"]


def church_programs(name):
    n = name.lower()
    if any(w in n for w in ("temple", "congregation", "anshe", "beth ")):
        return SYNAGOGUE_PROGRAMS
    if any(w in n for w in ("muslim", "islamic", "mosque")):
        return MOSQUE_PROGRAMS
    if any(w in n for w in ("parish", "catholic", "maronite", "chaldean", "basilica",
                            "divine child", "sts.")) or n.startswith("st."):
        return CHURCH_PROGRAMS
    return PROTESTANT_PROGRAMS


PROGRAM_MAILBOX = {
    "Caring Committee": "caring", "Bikur Cholim Committee": "bikurcholim",
    "Chesed Fund": "chesed", "Senior Services": "seniors",
    "Community Health Program": "health", "Zakat Fund": "zakat",
    "Family Support Program": "familysupport", "Deacons' Fund": "deacons",
    "Office of Community Care": "communitycare",
    "Homemaker/Home Health Aide Program": "hha", "Respite Care Program": "respite",
    "Veteran Directed Care": "vdc", "Home Based Primary Care": "hbpc",
    "Caregiver Support Program": "caregiver",
    "Community Care for the Elderly (CCE)": "cce",
    "Home Care for the Elderly (HCE)": "hce",
    "Alzheimer's Disease Initiative (ADI)": "adi",
    "Older Americans Act Title III-E": "title3e",
    "Statewide Medicaid Managed Care Liaison": "smmc",
    "PA OPTIONS Program": "options", "Family Caregiver Support Program": "fcsp",
    "Aging Waiver Services": "waiver", "Protective Services": "protective",
    "Older Americans Act Title III-B": "title3b", "MI Choice Waiver": "michoice",
    "Care Management Program": "caremgmt", "Caregiver Respite": "respite",
    "In-Home Services (Title III-B)": "inhome", "Options Counseling": "options",
    "Adult Day & Respite Program": "adultday",
    "Parish Nurse Ministry": "parishnurse", "Health Ministry": "healthministry",
    "Faith Community Nursing": "fcn", "Congregational Nurse Program": "congnurse",
    "Respite Ministry": "respite", "Caring Ministry": "caring",
    "Senior Outreach": "seniors", "Bereavement & Respite Fund": "bereavement",
    "St. Vincent de Paul Society": "svdp", "Visitation Ministry": "visitation",
    "Homebound Ministry": "homebound",
}
CHURCH_ROLES = ["Parish Nurse", "Health Minister", "Parish Business Manager",
                "Pastoral Associate", "Outreach Coordinator", "Deacon"]

GUARDIAN_FIRMS = {
    "FL": [("Suncoast Guardianship Services", "LLC"),
           ("Gulf Coast Professional Guardians", "Inc."),
           ("Tamiami Fiduciary Services", "LLC"),
           ("Bayside Guardianship Group", "PLLC"),
           ("Manatee Care Management & Guardianship", "LLC"),
           ("Heron Point Guardianship", "Inc."),
           ("Hillsborough Elder Guardians", "LLC")],
    "PA": [("Three Rivers Fiduciary Services", "LLC"),
           ("Keystone Guardianship Services", "Inc."),
           ("Allegheny Elder Advocates", "LLC"),
           ("Presque Isle Guardianship", "LLC"),
           ("Bayfront Fiduciary Group", "Inc."),
           ("Mon Valley Guardians", "LLC"),
           ("Steel City Guardianship Partners", "PLLC")],
    "MI": [("Lakeshore Guardianship & Conservatorship", "PLLC"),
           ("Great Lakes Fiduciary Services", "LLC"),
           ("Grand Valley Guardians", "Inc."),
           ("Rouge River Guardianship", "LLC"),
           ("Wolverine Fiduciary Services", "LLC"),
           ("Heritage Guardianship Services of Michigan", "Inc."),
           ("Fairlane Guardian Services", "LLC")],
}
GUARDIAN_ROLES = ["Professional Guardian", "Case Manager", "Fiduciary Accountant",
                  "Guardianship Coordinator", "Bill Pay Specialist"]

TRUST_FORMS = ["Revocable Trust", "Revocable Living Trust", "Living Trust",
               "Irrevocable Trust", "Trust"]
MONTHS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]


def slug_domain(name, tld=".example.org"):
    s = strip_accents(name).lower()
    s = re.sub(r"\b(the|of|and|inc|llc|pllc|church|parish|catholic)\b", " ", s)
    s = re.sub(r"[^a-z0-9]", "", s)
    return s[:28] + tld


def state_of(office):
    return "FL" if office in FLORIDA_OFFICES else ("PA" if office in ("Pittsburgh", "Erie") else "MI")


def contact_person(office, role_list):
    eth = pick_eth(office)
    sex = "f" if chance(0.72) else "m"
    g = pick_young_given(eth, sex)
    f = hispanic_family().split()[0] if eth == "hispanic" else pick_surname(eth)
    return {"given": g, "family": f, "role": pick(role_list), "sex": sex, "eth": eth}


def person_mailbox(cp, domain):
    g = ascii_slug(cp["given"].split()[0])
    f = ascii_slug(cp["family"])
    style = pick(["flast", "first.last", "firstl", "flast"])
    local = {"flast": g[:1] + f, "first.last": g + "." + f,
             "firstl": g + f[:1]}[style]
    e = "%s@%s" % (local, domain)
    if e in USED_EMAILS:
        e = "%s%d@%s" % (local, rng.randrange(2, 9), domain)
    USED_EMAILS.add(e)
    return e


# ---------------------------------------------------------------------------
# 4. canonical entities
# ---------------------------------------------------------------------------

USED_IDS = set()
USED_ORG_NAMES = set()


def new_id():
    while True:
        i = hexid()
        if i not in USED_IDS:
            USED_IDS.add(i)
            return i


def make_pn(office, eth=None, sex=None, family=None, given=None, young=False):
    """A person's canonical name parts."""
    eth = eth or pick_eth(office)
    if sex is None:
        sex = "f" if chance(0.62) else "m"
    if given is None:
        given = pick_young_given(eth, sex) if young else pick_given(eth, sex)
    if family is None:
        family = hispanic_family() if eth == "hispanic" else pick_surname(eth)
    middle = None
    if eth == "arab":
        if chance(0.35):
            middle = pick(NAMES["arab"]["m"])
    elif eth == "hispanic":
        if chance(0.12):
            middle = pick(["de la Caridad", "del Pilar", "Antonio", "Luis", "Elena",
                           "Isabel", "Rosa", "Manuel"])
    elif chance(0.72 if not young else 0.55):
        middle = pick(MIDDLE[sex])
    goes_by = None
    nick = None
    if not young and middle and eth not in ("arab", "hispanic") and chance(0.09):
        goes_by = "middle"
    elif given in NICKNAMES and chance(0.45 if not young else 0.2):
        nick = pick(NICKNAMES[given])
        goes_by = "nick"
    elif not young and chance(0.04):
        nick = pick(GENERIC_NICKS_M if sex == "m" else GENERIC_NICKS_F)
        goes_by = "nick"
    suffix = None
    if sex == "m" and chance(0.06):
        suffix = pick(["Jr.", "Sr.", "III", "Jr.", "Sr.", "II"])
    title = None
    if not young:
        if chance(0.03):
            title = pick(["Dr.", "Rev.", "Dr."])
        elif sex == "f":
            title = "Mrs." if chance(0.7) else pick(["Ms.", "Miss"])
        else:
            title = "Mr."
    maiden = None
    prev_family = None
    if sex == "f" and eth != "arab" and chance(0.3):
        e2 = pick_eth(office)
        maiden = hispanic_family().split()[0] if e2 == "hispanic" else pick_surname(e2)
        if maiden == family:
            maiden = None
    if sex == "f" and not young and eth != "arab" and chance(0.06):
        # widow who remarried: family is the new husband's, prev_family the late one's
        prev_family = family
        e2 = pick_eth(office)
        family = hispanic_family().split()[0] if e2 == "hispanic" else pick_surname(e2)
    return {"eth": eth, "sex": sex, "given": given, "middle": middle,
            "goes_by": goes_by, "nick": nick, "family": family, "suffix": suffix,
            "title": title, "maiden": maiden, "prev_family": prev_family}


def first_used(pn):
    """The first name the person goes by in everyday life."""
    if pn["goes_by"] == "middle":
        return pn["middle"]
    if pn["goes_by"] == "nick":
        return pn["nick"]
    return pn["given"]


def new_entity(kind, party, office, side):
    return {"id": new_id(), "kind": kind, "party": party, "office": office,
            "side": side}


def make_payer(ent, pn_client, loc, ptype=None):
    """The adult child (or other relative / POA) who pays for a client."""
    if ptype is None:
        ptype = wchoice(rng, [("child", 80), ("other", 12), ("poa", 8)])
    sex = "f" if chance(0.66) else "m"
    eth = pn_client["eth"]
    r = rng.random()
    if ptype == "child" and sex == "m":
        fam = pn_client["family"].split()[0] if eth == "hispanic" else pn_client["family"]
    elif ptype == "child" and r < 0.45:
        fam = pn_client["family"].split()[0] if eth == "hispanic" else pn_client["family"]
    elif ptype == "child" and r < 0.62 and "-" not in pn_client["family"] and \
            " " not in pn_client["family"]:
        e2 = pick_eth(ent["office"])
        other = hispanic_family().split()[0] if e2 == "hispanic" else pick_surname(e2)
        fam = "%s-%s" % (pn_client["family"], other.replace(" ", ""))
    else:
        e2 = pick_eth(ent["office"]) if chance(0.5) else eth
        fam = hispanic_family().split()[0] if e2 == "hispanic" else pick_surname(e2)
    pn = make_pn(ent["office"], eth=eth, sex=sex, family=fam, young=True)
    if ptype == "child":
        rel = pick(RELATIONS_CHILD[sex])
    elif ptype == "other":
        rel = pick(RELATIONS_OTHER[sex])
    else:
        rel = "POA"
    email = None
    if chance(0.9):
        email = make_email(pn["given"], pn["family"], ent["office"], young=True,
                           nick=pn["nick"])
    phone = mobile_phone(loc, far=0.45)
    return {"type": ptype, "pn": pn, "rel": rel, "email": email, "phone": phone}


def guardian_payer(firm):
    cp = firm["contacts"][0]
    return {"type": "guardian", "firm": firm, "pn": None, "cp": cp,
            "rel": "guardian", "email": firm["email"], "phone": firm["phone"]}


# ---- facility places ------------------------------------------------------

FACILITIES = []


def facility_name(state, memory=False, operator=None, city=None):
    for _ in range(300):
        if operator:
            brand = operator["brand"]
            pat = rng.randrange(4)
            typ = pick(MEMORY_TYPE) if memory else pick(FAC_TYPE[state])
            if pat == 0:
                nm = "%s %s of %s" % (brand, typ, city)
            elif pat == 1:
                nm = "%s at %s" % (brand, city)
            elif pat == 2:
                nm = "%s %s - %s" % (brand, typ, city)
            else:
                nm = "%s of %s" % (brand, city)
        else:
            p = pick(FAC_PREFIX[state])
            m = pick(FAC_MID)
            typ = pick(MEMORY_TYPE) if memory else pick(FAC_TYPE[state])
            pat = rng.randrange(5)
            if pat <= 2:
                nm = "%s %s %s" % (p, m, typ)
            elif pat == 3:
                nm = "The %s at %s" % (m, p)
            else:
                nm = "%s %s" % (p, m)
                if memory:
                    nm += " " + typ
        if nm not in USED_ORG_NAMES and len(nm) <= 80:
            USED_ORG_NAMES.add(nm)
            return nm
    raise RuntimeError("facility names")


def make_facility(office, side, customer, memory=False, operator=None, loc=None):
    state = state_of(office)
    loc = loc or pick_locale(office, main_bias=0.4)
    name = facility_name(state, memory, operator, loc.city)
    addr = make_address(loc, None, arterial_bias=0.85)
    if operator:
        domain = operator["domain"]
    else:
        domain = slug_domain(name, ".example.com")
    phone = local_phone(loc)
    contacts = [contact_person(office, FAC_ROLES) for _ in range(3)]
    cp_mail = person_mailbox(contacts[0], domain)
    box = pick(["businessoffice", "frontdesk", "admin", "billing", "office"])
    fac_mail = org_email(box, domain) if not operator else None
    unit_style = pick(["Apt", "Apt", "Room", "Rm", "Suite", "Unit"])
    f = {"name": name, "memory": memory, "office": office, "loc": loc,
         "addr": addr, "phone": phone, "domain": domain, "contacts": contacts,
         "cp_mail": cp_mail, "fac_mail": fac_mail, "side": side,
         "customer": customer, "operator": operator, "unit_style": unit_style,
         "units": [], "legal": pick(["LLC", "LLC", "Inc.", None]),
         "state": state}
    FACILITIES.append(f)
    if operator:
        operator["facilities"].append(f)
    return f


def new_unit(fac):
    for _ in range(100):
        if fac["unit_style"] in ("Apt", "Suite", "Unit"):
            n = "%d%02d" % (rng.randrange(1, 4), rng.randrange(1, 40))
        else:
            n = "%d" % rng.randrange(1, 140)
            if chance(0.2):
                n += pick("AB")
        if n not in fac["units"]:
            fac["units"].append(n)
            return "%s %s" % (fac["unit_style"], n)
    raise RuntimeError("units")


OPERATORS = []


def make_operators():
    for state, brands in sorted(OPERATOR_BRANDS.items()):
        for brand, legal, dom in brands:
            offices = [o for o in OFFICES if state_of(o) == state]
            op = {"brand": brand, "legal": legal, "domain": dom + ".example.com",
                  "offices": offices, "facilities": [], "state": state}
            op["ap_mail"] = org_email(pick(["ap", "accountspayable", "ap.invoices"]),
                                      op["domain"])
            OPERATORS.append(op)
            USED_ORG_NAMES.add(brand)


# ---- persons --------------------------------------------------------------


def client_contact(ent, loc, p_email=0.33, p_land=0.82, p_cell=0.4):
    pn = ent["pn"]
    ent["landline"] = local_phone(loc) if chance(p_land) else None
    ent["cell"] = mobile_phone(loc, far=0.08) if (chance(p_cell) or not ent["landline"]) else None
    ent["email"] = make_email(pn["given"], pn["family"], ent["office"],
                              nick=pn["nick"]) if chance(p_email) else None


def make_client(office, side, loc=None, pn=None):
    ent = new_entity("client", "person", office, side)
    loc = loc or pick_locale(office)
    ent["pn"] = pn or make_pn(office)
    ent["loc"] = loc
    ent["addr"] = make_address(loc, home_line2(loc), arterial_bias=0.35)
    client_contact(ent, loc)
    ent["payer"] = None
    return ent


def make_client_payer(office, side, guardian_firms):
    ent = make_client(office, side)
    ent["kind"] = "client_payer"
    local_firms = [f for f in guardian_firms if state_of(f["office"]) == state_of(office)]
    if local_firms and chance(0.15):
        ent["payer"] = guardian_payer(pick(local_firms))
    else:
        ent["payer"] = make_payer(ent, ent["pn"], ent["loc"])
    if chance(0.5):
        ent["email"] = None
    return ent


def make_couple(office, side):
    ent = new_entity("couple", "person", office, side)
    loc = pick_locale(office)
    eth = pick_eth(office)
    h = make_pn(office, eth=eth, sex="m")
    if chance(0.88):
        w = make_pn(office, eth=eth, sex="f", family=h["family"])
        w["prev_family"] = None
    else:
        w = make_pn(office, eth=eth, sex="f")
    w["title"] = "Mrs."
    ent["pn"], ent["pn2"] = h, w
    ent["loc"] = loc
    ent["addr"] = make_address(loc, home_line2(loc), arterial_bias=0.35)
    ent["landline"] = local_phone(loc) if chance(0.85) else None
    ent["cell"] = mobile_phone(loc, far=0.05) if (chance(0.35) or not ent["landline"]) else None
    ent["email"] = make_email(pick([h["given"], w["given"]]), h["family"], office) \
        if chance(0.35) else None
    ent["payer"] = make_payer(ent, h, loc) if chance(0.25) else None
    return ent


def make_resident(office, side, fac, payer_p=0.55):
    ent = new_entity("resident", "person", office, side)
    loc = fac["loc"]
    ent["pn"] = make_pn(office)
    ent["loc"] = loc
    ent["facility"] = fac
    a = dict(fac["addr"])
    a["line2"] = new_unit(fac)
    ent["addr"] = a
    ent["landline"] = None
    ent["cell"] = mobile_phone(loc, far=0.05) if chance(0.3) else None
    ent["email"] = make_email(ent["pn"]["given"], ent["pn"]["family"], office) \
        if chance(0.12) else None
    ent["payer"] = make_payer(ent, ent["pn"], loc) if chance(payer_p) else None
    return ent


def make_snowbird(side):
    north = pick(NORTH_OFFICES)
    south = pick(FLORIDA_OFFICES)
    summer_loc = pick_locale(north)
    winter_loc = pick_locale(south)
    # the customer was set up by whichever office served them first
    office = north if chance(0.5) else south
    ent = new_entity("snowbird", "person", office, side)
    ent["pn"] = make_pn(north)
    ent["summer"] = make_address(summer_loc, home_line2(summer_loc), arterial_bias=0.3)
    ent["winter"] = make_address(winter_loc, home_line2(winter_loc) or
                                 (pick(["Unit 204", "Lot 88", "Unit 3B", "Apt 112"])
                                  if chance(0.4) else None), arterial_bias=0.3)
    if office == north:
        ent["loc"], ent["addr"], ent["alt_addr"] = summer_loc, ent["summer"], ent["winter"]
    else:
        ent["loc"], ent["addr"], ent["alt_addr"] = winter_loc, ent["winter"], ent["summer"]
    ent["landline"] = local_phone(ent["loc"]) if chance(0.4) else None
    ent["alt_landline"] = local_phone(ent["alt_addr"]["loc"]) if chance(0.3) else None
    ent["cell"] = new_phone(pick(summer_loc.acs))  # the cell keeps its home area code
    ent["email"] = make_email(ent["pn"]["given"], ent["pn"]["family"], north,
                              nick=ent["pn"]["nick"]) if chance(0.7) else None
    ent["payer"] = make_payer(ent, ent["pn"], ent["loc"]) if chance(0.15) else None
    return ent


# ---- organisations ----------------------------------------------------------


def make_facility_customer(fac, side):
    kind = "memory_care" if fac["memory"] else "alf"
    ent = new_entity(kind, "org", fac["office"], side)
    ent["facility"] = fac
    ent["company"] = fac["name"]
    ent["legal"] = fac["legal"]
    ent["loc"] = fac["loc"]
    ent["addr"] = dict(fac["addr"])
    ent["phone"] = fac["phone"]
    ent["contacts"] = fac["contacts"]
    if fac["operator"]:
        ent["email"] = fac["operator"]["ap_mail"] if chance(0.8) else fac["cp_mail"]
        ent["stem"] = fac["operator"]["brand"]
    else:
        ent["email"] = fac["fac_mail"] if chance(0.6) else fac["cp_mail"]
        ent["stem"] = None
    ent["alt_email"] = fac["cp_mail"] if ent["email"] != fac["cp_mail"] else fac["fac_mail"]
    fac["entity"] = ent
    return ent


def make_hospice(office, side):
    state = state_of(office)
    for _ in range(200):
        nm = "%s %s" % (pick(HOSPICE_PREFIX[state]), pick(HOSPICE_FORM))
        if chance(0.15):
            nm = "Hospice of " + pick(HOSPICE_PREFIX[state])
        if nm not in USED_ORG_NAMES:
            break
    USED_ORG_NAMES.add(nm)
    ent = new_entity("hospice", "org", office, side)
    loc = pick_locale(office, main_bias=0.5)
    ent["company"] = nm
    ent["legal"] = pick(["Inc.", "Inc.", "LLC", None])
    ent["loc"] = loc
    ent["addr"] = make_address(loc, pick(["Suite 100", "Suite 200", "Ste 210", "Suite 300",
                                          "Bldg B", None]), arterial_bias=0.9)
    ent["phone"] = local_phone(loc)
    dom = slug_domain(nm, ".example.org")
    ent["domain"] = dom
    ent["contacts"] = [contact_person(office, HOSPICE_ROLES) for _ in range(3)]
    ent["email"] = org_email(pick(["ap", "billing", "accountspayable", "vendorpay"]), dom) \
        if chance(0.7) else person_mailbox(ent["contacts"][0], dom)
    ent["alt_email"] = person_mailbox(ent["contacts"][1], dom)
    ent["stem"] = None
    return ent


def make_program_org(kind, office, side, agency_name, domain, program, loc, addr,
                     phone, roles, legal=None, stem=None, main_mailbox=None):
    ent = new_entity(kind, "org", office, side)
    ent["company"] = "%s - %s" % (agency_name, program)
    ent["agency"] = agency_name
    ent["program"] = program
    ent["legal"] = legal
    ent["loc"] = loc
    ent["addr"] = dict(addr)
    ent["phone"] = phone
    ent["domain"] = domain
    ent["contacts"] = [contact_person(office, roles) for _ in range(3)]
    box = PROGRAM_MAILBOX.get(program) or ascii_slug(program)[:14]
    e = "%s@%s" % (box, domain)
    if e in USED_EMAILS or chance(0.35):
        e = person_mailbox(ent["contacts"][0], domain)
    USED_EMAILS.add(e)
    ent["email"] = e
    ent["alt_email"] = main_mailbox
    ent["stem"] = stem or agency_name
    USED_ORG_NAMES.add(ent["company"])
    return ent


AGENCIES = []   # VA centres, AAAs, churches: shared address/phone/domain


def make_agency(kind, office, name, slug, tld):
    loc = MAIN_LOCALE[office] if kind != "parish_nurse" else pick_locale(office, 0.45)
    if kind == "parish_nurse":
        # a parish sits on a neighbourhood street, not necessarily an arterial
        addr = make_address(loc, None, arterial_bias=0.6)
    else:
        addr = make_address(loc, pick([None, "Suite 400", "Room 210", "Bldg 2"]),
                            arterial_bias=0.95)
    ag = {"kind": kind, "office": office, "name": name, "domain": slug + tld,
          "loc": loc, "addr": addr, "phone": local_phone(loc), "programs": [],
          "side": None}
    ag["main_mailbox"] = org_email(pick(["office", "info", "admin", "finance"]),
                                   ag["domain"])
    AGENCIES.append(ag)
    return ag


def make_guardian_firm(office, side, name, legal):
    ent = new_entity("guardian_firm", "org", office, side)
    loc = pick_locale(office, main_bias=0.6)
    ent["company"] = name
    ent["legal"] = legal
    ent["loc"] = loc
    ent["addr"] = make_address(loc, pick(["Suite 101", "Suite 205", "Ste 3", None]),
                               arterial_bias=0.9)
    ent["phone"] = local_phone(loc)
    dom = slug_domain(name, ".example.com")
    ent["domain"] = dom
    ent["contacts"] = [contact_person(office, GUARDIAN_ROLES) for _ in range(3)]
    ent["email"] = org_email(pick(["billing", "casemgmt", "office", "billpay"]), dom)
    ent["alt_email"] = person_mailbox(ent["contacts"][0], dom)
    ent["stem"] = None
    USED_ORG_NAMES.add(name)
    return ent


def trust_name(pn, form=None):
    form = form or wchoice(rng, [(f, w) for f, w in zip(TRUST_FORMS, [30, 30, 15, 10, 5])])
    mi = (" %s." % pn["middle"][0]) if pn["middle"] and chance(0.6) else ""
    if chance(0.15):
        return "The %s Family Trust" % pn["family"]
    base = "%s%s %s %s" % (pn["given"], mi, pn["family"], form)
    if chance(0.25):
        base += " dtd %s/%d/%d" % (pick(MONTHS), rng.randrange(1, 29), rng.randrange(1994, 2021))
    return base


def make_trust(office, side, grantor_pn=None, trustee=None, home=None, loc=None):
    ent = new_entity("trust", "org", office, side)
    loc = loc or pick_locale(office)
    g = grantor_pn or make_pn(office)
    ent["grantor"] = g
    ent["company"] = trust_name(g)
    USED_ORG_NAMES.add(ent["company"])
    ent["legal"] = None
    ent["loc"] = loc
    tmp = {"office": office}
    ent["trustee"] = trustee or make_payer(tmp, g, loc, ptype="child")
    ent["trustee"]["rel"] = "Trustee"
    if home is not None:
        ent["addr"] = dict(home)
    elif chance(0.55):
        ent["addr"] = make_address(loc, home_line2(loc), arterial_bias=0.3)
    else:
        tl = pick_locale(office)
        ent["addr"] = make_address(tl, home_line2(tl), arterial_bias=0.3)
    ent["phone"] = ent["trustee"]["phone"]
    ent["email"] = ent["trustee"]["email"] or make_email(
        ent["trustee"]["pn"]["given"], ent["trustee"]["pn"]["family"], office, young=True)
    ent["contacts"] = [{"given": ent["trustee"]["pn"]["given"],
                        "family": ent["trustee"]["pn"]["family"], "role": "Trustee"}]
    ent["stem"] = None
    return ent


def estate_name(pn):
    mi = (" %s." % pn["middle"][0]) if pn["middle"] and chance(0.5) else ""
    sfx = (" " + pn["suffix"]) if pn["suffix"] else ""
    r = rng.random()
    if r < 0.6:
        return "Estate of %s%s %s%s" % (pn["given"], mi, pn["family"], sfx)
    if r < 0.8:
        return "%s%s %s%s Estate" % (pn["given"], mi, pn["family"], sfx)
    return "Estate of %s%s %s%s, Deceased" % (pn["given"], mi, pn["family"], sfx)


def make_estate(office, side, decedent_pn=None, executor=None, home=None, loc=None):
    ent = new_entity("estate", "org", office, side)
    loc = loc or pick_locale(office)
    d = decedent_pn or make_pn(office)
    ent["decedent"] = d
    ent["company"] = estate_name(d)
    USED_ORG_NAMES.add(ent["company"])
    ent["legal"] = None
    ent["loc"] = loc
    tmp = {"office": office}
    ent["executor"] = executor or make_payer(tmp, d, loc, ptype="child")
    ent["executor"]["rel"] = pick(["Executor", "Personal Representative", "Executrix",
                                   "Administrator"])
    if home is not None:
        ent["addr"] = dict(home)
    else:
        el = pick_locale(office)
        ent["addr"] = make_address(el, home_line2(el), arterial_bias=0.3)
    ent["phone"] = ent["executor"]["phone"]
    ent["email"] = ent["executor"]["email"] or make_email(
        ent["executor"]["pn"]["given"], ent["executor"]["pn"]["family"], office, young=True)
    ent["contacts"] = [{"given": ent["executor"]["pn"]["given"],
                        "family": ent["executor"]["pn"]["family"],
                        "role": ent["executor"]["rel"]}]
    ent["stem"] = None
    return ent


# ---------------------------------------------------------------------------
# 5. rendering by source system
# ---------------------------------------------------------------------------
# Sources:
#   quickbooks     the accounting system's own list (existing customers)
#   intake_crm     typed by intake staff from phone calls
#   ehr_export     clinical record export: LAST, FIRST MI in capitals, DOB-free
#   billing_portal payers (mostly adult children, AP clerks) typing themselves
#   referral_fax   hospital / hospice / VA referral faxes read by OCR

FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone"]
ADDR_FIELDS = ["line1", "line2", "city", "region", "postalCode", "country"]

PHONE_STYLES = {
    "quickbooks": [("paren", 75), ("dash", 25)],
    "intake_crm": [("paren", 48), ("dash", 34), ("dot", 4), ("plain", 8), ("local", 6)],
    "ehr_export": [("plain", 55), ("parennospace", 30), ("dash", 15)],
    "billing_portal": [("dot", 18), ("space", 14), ("dash", 20), ("plain", 20),
                       ("intl", 10), ("paren", 14), ("one", 4)],
    "referral_fax": [("dash", 50), ("paren", 40), ("plain", 10)],
}


def fmt_phone(p, style, ext=None):
    a, b, c = p[:3], p[3:6], p[6:]
    s = {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
         "dot": "%s.%s.%s" % (a, b, c), "space": "%s %s %s" % (a, b, c),
         "plain": p, "intl": "+1 %s-%s-%s" % (a, b, c),
         "one": "1-%s-%s-%s" % (a, b, c), "parennospace": "(%s)%s-%s" % (a, b, c),
         "local": "%s-%s" % (b, c)}[style]
    if ext:
        s += pick([" ext. %s", " x%s", " ext %s", " Ext %s", " #%s"]) % ext
    return s


class Out:
    """A rendered contact plus per-field hints of what was done to it."""

    def __init__(self):
        self.c = {f: None for f in FIELDS}
        self.a = None
        self.hints = {}
        self.kinds = {}

    def hint(self, fields, tag):
        for f in fields:
            lst = self.hints.setdefault(f, [])
            if tag not in lst:
                lst.append(tag)

    def contact(self):
        d = {}
        for f in FIELDS:
            v = self.c[f]
            if isinstance(v, str):
                v = re.sub(r"\s+", " ", v).strip() or None
            d[f] = v
        if self.a is None:
            d["address"] = None
        else:
            ad = {}
            for f in ADDR_FIELDS:
                v = self.a.get(f)
                if isinstance(v, str):
                    v = re.sub(r"\s+", " ", v).strip() or None
                ad[f] = v
            d["address"] = ad
        return d


NAME_F = ["displayName", "givenName"]
FAM_F = ["displayName", "familyName"]
ALL_NAME_F = ["displayName", "givenName", "familyName"]


def zip_plus4(a):
    if "plus4" not in a:
        a["plus4"] = "%04d" % rng.randrange(1, 9999)
    return a["plus4"]


# ---- first-name choice ------------------------------------------------------

def choose_first(pn, source):
    """Returns (first, kind) as this source would write the first name."""
    gb = pn["goes_by"]
    if source == "quickbooks":
        if gb == "middle":
            r = rng.random()
            if r < 0.35:
                return "%s. %s" % (pn["given"][0], pn["middle"]), "initial_middle"
            if r < 0.8:
                return pn["middle"], "middle"
            return pn["given"], "legal"
        if gb == "nick" and chance(0.45):
            return pn["nick"], "nick"
        return pn["given"], "legal"
    if source == "intake_crm":
        if gb == "middle":
            return (pn["middle"], "middle") if chance(0.85) else (pn["given"], "legal")
        if gb == "nick" and chance(0.6):
            return pn["nick"], "nick"
        return pn["given"], "legal"
    if source == "ehr_export":
        return pn["given"], "legal"
    if source == "billing_portal":
        if gb == "middle":
            return (pn["middle"], "middle") if chance(0.7) else (pn["given"], "legal")
        if gb == "nick" and chance(0.4):
            return pn["nick"], "nick"
        return pn["given"], "legal"
    # referral_fax: hospital registration uses the legal name
    if gb == "nick" and chance(0.12):
        return pn["nick"], "nick"
    return pn["given"], "legal"


FIRST_KIND_TAG = {"nick": "nickname", "legal": "legal_name", "middle": "middle_name",
                  "initial_middle": "initial", "payer": "payer_name",
                  "one_spouse": "one_spouse", "couple": "couple_name"}


def accent_mode(source, ent):
    """How a source treats é/ñ/č: keep, strip, mojibake, ?."""
    if source == "quickbooks":
        return ent.setdefault("qbo_accents", "keep" if chance(0.45) else "strip")
    if source == "ehr_export":
        return "qmark" if chance(0.08) else "strip"
    if source == "intake_crm":
        return "strip" if chance(0.6) else "keep"
    if source == "billing_portal":
        r = rng.random()
        return "keep" if r < 0.68 else ("mojibake" if r < 0.9 else "strip")
    return "strip"


def apply_accent(s, mode):
    if s is None or not has_non_ascii(s):
        return s
    if mode == "strip":
        return strip_accents(s)
    if mode == "mojibake":
        return mojibake(s)
    if mode == "qmark":
        return qmark(strip_accents(s)) if chance(0.3) else qmark(s)
    return s


# ---- phone / e-mail choice --------------------------------------------------

def own_phone(st, prefer=("landline", "cell", "facility")):
    for k in prefer:
        if st.get(k):
            return st[k], k
    return None, None


def choose_phone(ent, st, source):
    payer = st.get("payer")
    kind = ent["kind"]
    if source == "quickbooks":
        if payer and (kind == "client_payer" or chance(0.75)):
            return payer["phone"], "payer"
        if kind == "resident":
            return own_phone(st, ("facility", "cell") if chance(0.6) else ("cell", "facility"))
        return own_phone(st, ("landline", "cell") if chance(0.8) else ("cell", "landline"))
    if source == "intake_crm":
        if payer and chance(0.72):
            return payer["phone"], "payer"
        return own_phone(st, ("landline", "cell", "facility") if chance(0.6)
                         else ("cell", "landline", "facility"))
    if source == "ehr_export":
        if chance(0.08):
            return None, None
        return own_phone(st, ("landline", "cell", "facility") if chance(0.7)
                         else ("facility", "cell", "landline"))
    if source == "billing_portal":
        if payer:
            return payer["phone"], "payer"
        return own_phone(st, ("cell", "landline", "facility"))
    # referral_fax
    if payer and chance(0.3):
        return payer["phone"], "payer"
    return own_phone(st, ("landline", "facility", "cell"))


def choose_email(ent, st, source):
    payer = st.get("payer")
    pe = payer["email"] if payer else None
    own = st.get("email")
    if source == "quickbooks":
        if pe:
            return pe, "payer"
        return own, "own" if own else None
    if source == "intake_crm":
        if pe and chance(0.75):
            return pe, "payer"
        if own and chance(0.8):
            return own, "own"
        return None, None
    if source == "ehr_export":
        if own and chance(0.15):
            return own, "own"
        return None, None
    if source == "billing_portal":
        if pe:
            return pe, "payer"
        if own:
            return own, "own"
        # the portal needs a login: someone created one
        if "portal_email" not in ent:
            pn = payer["pn"] if payer and payer.get("pn") else st["pn"]
            ent["portal_email"] = make_email(pn["given"], pn["family"], ent["office"],
                                             young=True)
        return ent["portal_email"], "portal"
    if chance(0.08):
        return (pe or own), ("payer" if pe else "own")
    return None, None


# ---- address rendering ------------------------------------------------------

COUNTRY_STYLE = {
    "quickbooks": [("USA", 80), (None, 20)],
    "intake_crm": [("USA", 40), (None, 45), ("US", 15)],
    "ehr_export": [("US", 60), (None, 30), ("USA", 10)],
    "billing_portal": [("United States", 50), ("US", 20), (None, 30)],
    "referral_fax": [(None, 85), ("USA", 15)],
}


def render_address(a, source, out, ent):
    if a is None:
        out.a = None
        return
    line1, line2 = a["line1"], a["line2"]
    city, region, pc = a["city"], a["region"], a["postalCode"]
    if source == "quickbooks":
        if ent.setdefault("qbo_zip4", chance(0.1)):
            pc = pc + "-" + zip_plus4(a)
    elif source == "ehr_export":
        line1, line2, city = line1.upper(), line2.upper() if line2 else None, city.upper()
        if chance(0.3):
            pc = pc + "-" + zip_plus4(a)
    elif source == "billing_portal":
        if chance(0.15):
            pc = pc + "-" + zip_plus4(a)
        if chance(0.15):
            region = pick(STATE_VARIANTS[region])
    elif source == "referral_fax":
        if chance(0.5):
            line1, line2, city = line1.upper(), line2.upper() if line2 else None, city.upper()
    country = wchoice(rng, COUNTRY_STYLE[source])
    if source == "quickbooks":
        country = ent.setdefault("qbo_country", country)
    out.a = {"line1": line1, "line2": line2, "city": city, "region": region,
             "postalCode": pc, "country": country}


# ---- person records -----------------------------------------------------------

def payer_label(payer, source, short=False):
    if payer["type"] == "guardian":
        return payer["firm"]["company"]
    pn = payer["pn"]
    first = pn["nick"] if (pn["nick"] and source == "intake_crm" and chance(0.3)) else pn["given"]
    if short:
        return first
    return "%s %s" % (first, pn["family"])


def payer_key(payer):
    if not payer:
        return None
    if payer["type"] == "guardian":
        return ("guardian", payer["firm"]["company"])
    return (payer["type"], payer["pn"]["given"], payer["pn"]["family"])


def person_state(ent, ov):
    st = {"pn": ent["pn"], "addr": ent.get("addr"), "landline": ent.get("landline"),
          "cell": ent.get("cell"), "email": ent.get("email"), "payer": ent.get("payer"),
          "facility": None}
    if ent.get("facility"):
        st["facility"] = ent["facility"]["phone"]
    if ov:
        st.update(ov)
    return st


def render_person(ent, source, st, ref, out, events):
    pn = st["pn"]
    kind = ent["kind"]
    amode = accent_mode(source, ent)
    payer = st.get("payer")
    # ---------------- name parts
    first, fkind = choose_first(pn, source)
    family = pn["family"]
    sfx = pn["suffix"]
    mi = pn["middle"][0] if pn["middle"] else None
    second = None          # a couple's second first name
    second_family = None
    if kind == "couple":
        pn2 = st.get("pn2") or ent["pn2"]
        f2, _ = choose_first(pn2, source)
        if source in ("ehr_export", "referral_fax") or "one_spouse" in events:
            if chance(0.55):
                first, fkind, family, sfx = f2, "one_spouse", pn2["family"], None
                mi = pn2["middle"][0] if pn2["middle"] else None
            else:
                fkind = "one_spouse"
        else:
            second = f2
            fkind = "couple"
            if pn2["family"] != family:
                second_family = pn2["family"]
    fam_tags = []
    first_tags = []
    if ref is not None and ref.kinds.get("first") and ref.kinds["first"] != fkind:
        first_tags.append(FIRST_KIND_TAG.get(fkind, "other_form"))
    # --- name-level noise
    if "nickname" in events:
        n = pn["nick"] or (pick(NICKNAMES[pn["given"]]) if pn["given"] in NICKNAMES else None)
        if n and n != first:
            first = n
            first_tags.append("nickname")
    if "legal_name" in events and first != pn["given"] and fkind != "one_spouse":
        first = pn["given"]
        first_tags.append("legal_name")
    if "muhammad" in events and first in MUHAMMAD:
        first = pick([m for m in MUHAMMAD if m != first])
        first_tags.append("spelling_variant")
    if "initial" in events and len(first) > 2:
        first = first[0] + ("." if chance(0.6) else "")
        first_tags.append("initial")
    if "typo_first" in events:
        t = typo(first)
        if t != first:
            first = t
            first_tags.append("typo")
    if "surname_variant" in events:
        vs = surname_variants(family)
        if vs:
            family = pick(vs)
            fam_tags.append("spelling_variant")
    if "spanish_surname" in events and " " in family and pn["eth"] == "hispanic":
        a, b = family.split(" ", 1)
        r = rng.random()
        if r < 0.5:
            family = a
            fam_tags.append("second_surname_dropped")
        elif r < 0.8:
            family = a + "-" + b
            fam_tags.append("surnames_hyphenated")
        else:
            first = first + " " + a
            family = b
            first_tags.append("first_surname_as_middle")
            fam_tags.append("first_surname_as_middle")
    if "maiden_name" in events and pn.get("maiden"):
        r = rng.random()
        if r < 0.4:
            family = pn["maiden"]
        elif r < 0.75:
            family = "%s-%s" % (pn["maiden"], family)
        else:
            first = "%s %s" % (first, pn["maiden"])
            first_tags.append("maiden_name")
        fam_tags.append("maiden_name")
    if "prev_married" in events and pn.get("prev_family"):
        family = pn["prev_family"]
        fam_tags.append("previous_married_name")
    if "typo_family" in events:
        t = typo(family)
        if t != family:
            family = t
            fam_tags.append("typo")
    if "suffix_drop" in events and sfx:
        sfx = None
        fam_tags.append("suffix_dropped")
    if "suffix_format" in events and sfx:
        sfx = {"Jr.": pick(["Jr", "JR", "Junior"]), "Sr.": pick(["Sr", "SR", "Senior"]),
               "III": "3rd", "II": "2nd"}.get(sfx, sfx)
        fam_tags.append("suffix_format")
    if source == "referral_fax" and chance(0.45):
        t = ocr(family)
        if t != family:
            family = t
            fam_tags.append("ocr")
    if source == "referral_fax" and chance(0.25):
        t = ocr(first)
        if t != first:
            first = t
            first_tags.append("ocr")
    # accents per source
    first2 = apply_accent(first, amode)
    family2 = apply_accent(family, amode)
    if first2 != first or family2 != family:
        tag = {"strip": "accents_dropped", "mojibake": "encoding",
               "qmark": "encoding"}.get(amode, "accents")
        if first2 != first:
            first_tags.append(tag)
        if family2 != family:
            fam_tags.append(tag)
        first, family = first2, family2
    if second:
        second = apply_accent(second, amode)
    if second_family:
        second_family = apply_accent(second_family, amode)
    if "accents" in events:
        if has_non_ascii(first) or has_non_ascii(family):
            first_tags.append("encoding")
            fam_tags.append("encoding")
            first, family = mojibake(first), mojibake(family)
    # ---------------- compose
    upper = source == "ehr_export" or (source == "referral_fax" and chance(0.5))
    swap = "swap" in events
    sfx_s = (" " + sfx) if sfx else ""
    if kind == "couple" and second:
        amp = pick([" & ", " and ", " & "]) if source != "quickbooks" else " & "
        if second_family:
            name_core = "%s %s%s%s %s" % (first, family, sfx_s, amp, second + " " + second_family)
        elif source == "billing_portal" and chance(0.3):
            name_core = "%s, %s%s%s" % (family, first, amp, second)
        elif source == "intake_crm" and chance(0.2):
            name_core = "Mr. & Mrs. %s %s%s" % (first, family, sfx_s)
            first_tags.append("title_added")
        elif source != "quickbooks" and chance(0.15):
            name_core = "%s%s%s %s" % (second, amp, first, family)
            first_tags.append("reordered")
        else:
            name_core = "%s%s%s %s%s" % (first, amp, second, family, sfx_s)
        if source == "quickbooks":
            given = ("%s & %s" % (first, second)) if ent.setdefault("qbo_couple_given", chance(0.4)) else first
        else:
            given = ("%s%s%s" % (first, amp, second)) if chance(0.45) else first
            if given != first:
                first_tags.append("couple_name")
        fkind = "couple"
    else:
        given = first
        if source == "ehr_export":
            if mi and chance(0.5):
                given = "%s %s" % (first, mi)
                first_tags.append("middle_initial")
            name_core = "%s%s, %s" % (family, sfx_s, given)
        elif source == "referral_fax":
            name_core = ("%s, %s" % (family, first)) if chance(0.6) else "%s %s%s" % (first, family, sfx_s)
        elif source == "intake_crm" and chance(0.12):
            name_core = "%s, %s" % (family, first)
        elif "last_first" in events:
            name_core = "%s, %s" % (family, first)
            first_tags.append("last_first")
        else:
            name_core = "%s %s%s" % (first, family, sfx_s)
        if pn["title"] in ("Dr.", "Rev.") and source in ("quickbooks", "intake_crm") and chance(0.5):
            name_core = pn["title"] + " " + name_core
        if "title_add" in events and pn["title"]:
            name_core = pick([pn["title"], pn["title"].rstrip(".")]) + " " + name_core
            first_tags.append("title_added")
    fam_field = family
    if source == "ehr_export" and sfx and chance(0.5):
        fam_field = "%s %s" % (family, sfx.rstrip(".").upper())
        fam_tags.append("suffix_in_family")
    display = name_core
    payer_shown = False
    # ---------------- payer in display (c/o)
    if payer and kind in ("client_payer", "resident", "couple", "snowbird"):
        pl = payer_label(payer, source)
        if source == "quickbooks":
            show = kind == "client_payer" or ent.setdefault("qbo_show_payer", chance(0.4))
            if show:
                display = "%s c/o %s" % (name_core, pl)
        elif source == "intake_crm":
            r = rng.random()
            if r < 0.35:
                display = "%s c/o %s" % (name_core, pl)
            elif r < 0.6 and payer["type"] != "guardian":
                display = "%s (%s %s)" % (name_core, payer["rel"], payer_label(payer, source, True))
            elif r < 0.7:
                display = "%s - %s pays" % (name_core, pl)
        elif source == "billing_portal":
            r = rng.random()
            if r < 0.25 and payer["type"] != "guardian":
                display = "%s for %s" % (pl, name_core)
            elif r < 0.5:
                display = "%s c/o %s" % (name_core, pl)
            elif r < 0.6:
                display = "%s / %s (%s)" % (name_core, pl, payer["rel"])
            if chance(0.3) and payer.get("pn") and "no_payer_names" not in events:
                # the payer typed their own name into the name boxes
                ppn = payer["pn"]
                given, fam_field = ppn["given"], ppn["family"]
                first_tags = [t for t in first_tags if t not in ("nickname", "legal_name")]
                first_tags.append("payer_name")
                fam_tags = ["payer_name"]
    payer_shown = display != name_core
    if swap:
        given, fam_field = fam_field, given
        first_tags.append("swapped")
        fam_tags.append("swapped")
    if upper:
        display, given, fam_field = display.upper(), given.upper(), fam_field.upper()
    # portal HTML-escapes apostrophes on some pages
    if source == "billing_portal" and "'" in display and chance(0.25):
        display = display.replace("'", pick(["&#39;", "&#039;"]))
        first_tags.append("html_entity")
    out.c["displayName"] = display[:100]
    out.c["givenName"] = given[:100] if given else None
    out.c["familyName"] = fam_field[:100] if fam_field else None
    for t in first_tags:
        out.hint(["displayName", "givenName"], t)
    for t in fam_tags:
        out.hint(["displayName", "familyName"], t)
    if ref is not None and ref.kinds.get("payer_shown") is not None:
        if payer_shown and not ref.kinds["payer_shown"]:
            out.hint(["displayName"], "payer_added")
        elif ref.kinds["payer_shown"] and not payer_shown:
            out.hint(["displayName"], "payer_dropped")
        elif payer_shown and ref.kinds.get("payer_id") != payer_key(payer):
            out.hint(["displayName"], "payer_changed")
    out.kinds["payer_shown"] = payer_shown
    out.kinds["first"] = fkind
    out.kinds["payer_id"] = payer_key(payer)
    # ---------------- phone / e-mail
    ph, pk = choose_phone(ent, st, source)
    if ph:
        style = wchoice(rng, PHONE_STYLES[source])
        if source == "quickbooks":
            style = ent.setdefault("qbo_phone_style", style)
        out.c["phone"] = fmt_phone(ph, style)
        out.kinds["phone_num"] = ph
    out.kinds["phone"] = pk
    em, ek = choose_email(ent, st, source)
    if em:
        if source == "ehr_export" and chance(0.5):
            em = em.upper()
        elif source == "billing_portal" and chance(0.15):
            loc_, dom_ = em.split("@")
            em = smart_title(loc_.replace(".", ". ")).replace(". ", ".") + "@" + dom_.capitalize()
        out.c["email"] = em
    out.kinds["email"] = ek
    # ---------------- address
    render_address(st.get("addr"), source, out, ent)
    # a wrong company on a person record
    if "company_wrong" in events:
        fac = ent.get("facility")
        if fac is not None:
            out.c["companyName"] = fac["name"]
        elif payer and payer["type"] == "guardian":
            out.c["companyName"] = payer["firm"]["company"]
        elif payer:
            out.c["companyName"] = "c/o " + payer_label(payer, source)
        else:
            out.c["companyName"] = "Self Pay"
        out.hint(["companyName"], "wrongly_set")


# ---- organisation records ----------------------------------------------------

LEGAL_VARIANTS = {
    "LLC": ["LLC", "L.L.C.", "Llc", "LLC.", "L.L.C"],
    "Inc.": ["Inc", "Inc.", "Incorporated", "INC", "inc."],
    "PLLC": ["PLLC", "P.L.L.C.", "Pllc"],
}
ORG_ABBREV = [
    ("Assisted Living Facility", ["ALF", "Asst. Living Facility"]),
    ("Assisted Living Community", ["Assisted Living", "ALC"]),
    ("Assisted Living", ["ALF", "Asst Living", "AL", "Asst. Living"]),
    ("Personal Care Home", ["PCH", "Personal Care", "Pers. Care Home"]),
    ("Personal Care Residence", ["PCR", "Personal Care"]),
    ("Memory Care", ["MC", "Memory Cr"]),
    ("Adult Foster Care", ["AFC"]),
    ("AFC Home", ["Adult Foster Care Home", "AFC"]),
    ("Alzheimer's Care", ["Alzheimers Care", "Alz Care"]),
    ("Senior Living", ["Sr Living", "Sr. Living"]),
    ("Retirement Residence", ["Retirement Res."]),
    ("Sts. ", ["Saints ", "Sts "]),
    ("St. ", ["Saint ", "St "]),
    ("Catholic Church", ["Catholic Ch.", "RC Church", "Church"]),
    ("Parish", ["Church", "Par."]),
    ("Church", ["Ch.", "Chrch"]),
    ("Area Agency on Aging", ["AAA", "Area Agcy on Aging", "Agency on Aging"]),
    ("County", ["Co.", "Cnty"]),
    ("Services", ["Svcs", "Svcs."]),
    ("Hospice & Palliative Care", ["Hospice", "Hospice and Palliative Care",
                                   "Hospice & Palliative"]),
    ("Hospice and Home Care", ["Hospice & Home Care"]),
    (" & ", [" and ", "&"]),
    (" and ", [" & "]),
    ("VA Medical Center", ["VAMC", "VA Med Ctr", "Veterans Affairs Medical Center"]),
    ("VA Community Clinic", ["VA CBOC", "VA Clinic"]),
    ("Medical Center", ["Med Ctr", "Med. Center"]),
    ("Office of Community Care", ["Community Care", "OCC", "Comm Care"]),
    ("Homemaker/Home Health Aide Program", ["H/HHA Program", "Homemaker Home Health Aide",
                                            "HHA Program"]),
    ("Program", ["Prog.", "Pgm"]),
    ("Ministry", ["Min.", "Ministries"]),
    ("Community", ["Comm.", "Cmty"]),
    ("Guardianship", ["Guardianship Svcs", "Guardian"]),
    ("Fiduciary", ["Fid."]),
    ("Revocable Living Trust", ["RLT", "Rev Living Trust", "Rev. Liv. Trust"]),
    ("Revocable Trust", ["Rev Trust", "Rev. Tr.", "Revocable Tr"]),
    ("Living Trust", ["Liv Trust", "Trust"]),
    ("Irrevocable Trust", ["Irrev. Trust", "Irrev Trust"]),
    ("Estate of ", ["Est. of ", "Est of ", "Estate "]),
    (", Deceased", [", Dec'd", " Deceased", ""]),
    ("Mount ", ["Mt. ", "Mt "]),
    ("Mt. ", ["Mount ", "Mt "]),
    ("Senior", ["Sr."]),
]
PROGRAM_KINDS = ("va_ccn", "aaa", "parish_nurse")


def legal_suffix(legal, style=None):
    if not legal:
        return ""
    v = pick(LEGAL_VARIANTS[legal]) if style is None else style
    return pick([", ", " "]) + v


def program_join(agency, program, style):
    if style == "dash":
        return "%s - %s" % (agency, program)
    if style == "endash":
        return "%s \u2013 %s" % (agency, program)
    if style == "paren" and "(" not in program:
        return "%s (%s)" % (agency, program)
    if style == "paren":
        return "%s - %s" % (agency, program)
    if style == "colon":
        return "%s: %s" % (agency, program)
    if style == "reverse":
        return "%s, %s" % (program, agency)
    if style == "slash":
        return "%s / %s" % (agency, program)
    return agency


def trust_variants(ent):
    g = ent["grantor"]
    name = ent["company"]
    out = [re.sub(r" dtd .*$", "", name),
           "%s %s Trust" % (g["given"], g["family"]),
           "%s Trust" % g["family"],
           "%s %s Rev Trust" % (g["given"], g["family"]),
           "Trust of %s %s" % (g["given"], g["family"]),
           "%s %s %s" % (g["family"], g["given"], "Trust")]
    return [o for o in out if o != name]


def estate_variants(ent):
    d = ent["decedent"]
    name = ent["company"]
    out = ["Estate of %s %s" % (d["given"], d["family"]),
           "%s %s Estate" % (d["given"], d["family"]),
           "Est. of %s %s" % (d["given"], d["family"]),
           "%s, %s (Estate)" % (d["family"], d["given"]),
           "Estate %s %s" % (d["given"], d["family"])]
    return [o for o in out if o != name]


def abbreviate(name):
    opts = [(a, b) for a, b in ORG_ABBREV if a in name]
    if not opts:
        return name
    a, bs = pick(opts)
    return name.replace(a, pick(bs), 1)


def org_state(ent, ov):
    st = {"addr": ent.get("addr"), "phone": ent["phone"], "email": ent.get("email"),
          "alt_email": ent.get("alt_email"), "contact_ix": None}
    if ov:
        st.update(ov)
    return st


def render_org(ent, source, st, ref, out, events):
    kind = ent["kind"]
    amode = accent_mode(source, ent)
    ctags = []
    legal = ent.get("legal")
    # ---------------- company name
    if kind in PROGRAM_KINDS:
        if source == "quickbooks":
            style = ent.setdefault("qbo_prog_style", pick(["dash", "dash", "dash", "paren"]))
        else:
            style = pick(["dash", "dash", "endash", "paren", "colon", "slash"])
            if "program_reverse" in events:
                style = "reverse"
                ctags.append("reordered")
            if "program_drop" in events:
                style = "drop"
                ctags.append("program_dropped")
        ag = ent["agency"]
        prog = ent["program"]
        if source != "quickbooks" and "abbreviation" in events:
            if chance(0.5):
                ag2 = abbreviate(ag)
                if ag2 != ag:
                    ag = ag2
                    ctags.append("abbreviation")
            else:
                p2 = abbreviate(prog)
                if p2 != prog:
                    prog = p2
                    ctags.append("abbreviation")
        base = program_join(ag, prog, style)
        name_disp = base
        company = base + (legal_suffix(legal) if legal else "")
    else:
        base = ent["company"]
        if source != "quickbooks":
            if kind == "trust" and ("name_format" in events or chance(0.25)):
                base = pick(trust_variants(ent))
                ctags.append("trust_name_format")
            elif kind == "estate" and ("name_format" in events or chance(0.25)):
                base = pick(estate_variants(ent))
                ctags.append("estate_name_format")
            if "abbreviation" in events:
                b2 = abbreviate(base)
                if b2 != base:
                    base = b2
                    ctags.append("abbreviation")
            if "the_toggle" in events:
                if base.startswith("The "):
                    base = base[4:]
                else:
                    base = "The " + base
                ctags.append("article")
        name_disp = base
        if source == "quickbooks":
            with_legal = ent.setdefault("qbo_with_legal", chance(0.55))
            company = base + (legal_suffix(legal, legal if legal != "Inc." else "Inc.") if with_legal and legal else "")
            if ent.setdefault("qbo_disp_legal", chance(0.25)):
                name_disp = company
        elif source == "intake_crm":
            company = base + (legal_suffix(legal) if legal and chance(0.3) else "")
        elif source == "billing_portal":
            company = base + (legal_suffix(legal) if legal and chance(0.75) else "")
        else:
            company = base + (legal_suffix(legal) if legal and chance(0.5) else "")
        if "legal_drop" in events and legal:
            company = base
        if "legal_form" in events and legal:
            company = base + legal_suffix(legal)
    if source != "quickbooks" and ("legal_form" in events or "legal_drop" in events):
        ctags.append("legal_form")
    if "typo_company" in events:
        t = typo(company)
        if t != company:
            company = t
            ctags.append("typo")
    if source == "referral_fax":
        if chance(0.5):
            company = company.upper()
        if chance(0.35):
            t = ocr(company)
            if t != company:
                company = t
                ctags.append("ocr")
    company = apply_accent(company, amode)
    legal_shown = bool(legal) and company.rstrip(". ").lower().endswith(
        tuple(v.lower().rstrip(". ") for v in LEGAL_VARIANTS.get(legal, [])))
    out.kinds["legal_shown"] = legal_shown
    if ref is not None and ref.kinds.get("legal_shown") is not None and \
            ref.kinds["legal_shown"] != legal_shown:
        ctags.append("legal_form")
    if source == "quickbooks":
        display = name_disp
    elif source == "billing_portal" and chance(0.4):
        display = company
    else:
        display = company if chance(0.6) else apply_accent(name_disp, amode)
    if kind in ("trust", "estate") and source == "billing_portal" and chance(0.3):
        cp = ent["contacts"][0]
        display = "%s - %s %s, %s" % (display, cp["given"], cp["family"],
                                      pick(["Trustee", "TTEE", "Trustee"]) if kind == "trust"
                                      else pick(["Executor", "PR", "Exec."]))
        out.hint(["displayName"], "contact_in_name")
    out.c["companyName"] = company[:100]
    out.c["displayName"] = display[:100]
    for t in ctags:
        out.hint(["companyName", "displayName"], t)
    # ---------------- contact person
    contacts = ent["contacts"]
    if st.get("contact_ix") is not None:
        ix = st["contact_ix"]
    elif source == "quickbooks":
        ix = 0
    elif source == "intake_crm":
        ix = 0 if chance(0.7) else rng.randrange(len(contacts))
    elif source == "billing_portal":
        ix = 0 if chance(0.5) else rng.randrange(len(contacts))
    else:
        ix = rng.randrange(len(contacts))
    if "contact_change" in events and len(contacts) > 1:
        ix = pick([i for i in range(len(contacts)) if i != ix])
    cp = contacts[ix]
    drop_cp = ("contact_drop" in events) or (source == "referral_fax" and chance(0.25)) or \
        (source == "intake_crm" and chance(0.12))
    if source == "quickbooks" and ent.setdefault("qbo_no_contact", chance(0.08)):
        drop_cp = True
    if not drop_cp:
        g, f = cp["given"], cp["family"]
        g, f = apply_accent(g, amode), apply_accent(f, amode)
        if source == "referral_fax" and chance(0.5):
            g, f = g.upper(), f.upper()
        out.c["givenName"] = g
        out.c["familyName"] = f
    out.kinds["contact"] = None if drop_cp else ix
    if ref is not None and ref.kinds.get("contact") is not None and not drop_cp \
            and ref.kinds["contact"] != ix:
        out.hint(["givenName", "familyName"], "contact_changed")
    if drop_cp:
        out.hint(["givenName", "familyName"], "contact_dropped")
    # ---------------- phone
    ph = st["phone"]
    style = wchoice(rng, PHONE_STYLES[source if source != "ehr_export" else "intake_crm"])
    if style == "local":
        style = "dash"
    ext = None
    if source == "quickbooks":
        style = ent.setdefault("qbo_phone_style", style)
        if ent.setdefault("qbo_ext", chance(0.15)):
            ext = ent.setdefault("ext", str(rng.randrange(100, 400)))
    elif ("phone_ext" in events or chance(0.15)) and source != "referral_fax":
        ext = ent.setdefault("ext", str(rng.randrange(100, 400)))
    if ph and not (source == "referral_fax" and chance(0.1)):
        out.c["phone"] = fmt_phone(ph, style, ext)
        out.kinds["phone_num"] = ph
    # ---------------- e-mail
    em = None
    if source == "quickbooks":
        em = st["email"]
    elif source == "intake_crm":
        r = rng.random()
        em = st["email"] if r < 0.6 else (st.get("alt_email") if r < 0.85 else None)
    elif source == "billing_portal":
        em = st["email"] if chance(0.85) else (st.get("alt_email") or st["email"])
    else:
        em = st.get("alt_email") if chance(0.25) else None
    if em and source == "billing_portal" and chance(0.12):
        em = em.upper() if chance(0.3) else em[0].upper() + em[1:]
    out.c["email"] = em
    out.kinds["email"] = em
    render_address(st.get("addr"), source, out, ent)


# ---------------------------------------------------------------------------
# 6. noise
# ---------------------------------------------------------------------------

COSMETIC_PERSON = [("case_upper", 3), ("case_lower", 2), ("email_case", 2),
                   ("unit_format", 3), ("addr_expand", 4), ("addr_directional", 2),
                   ("zip4", 3), ("region_variant", 3), ("country_variant", 2),
                   ("city_case", 1), ("addr_quadrant", 3), ("suffix_format", 2),
                   ("title_add", 2), ("last_first", 2)]
SEMANTIC_PERSON = [("typo_first", 5), ("typo_family", 6), ("typo_display", 3),
                   ("nickname", 5), ("legal_name", 3), ("initial", 2),
                   ("surname_variant", 5), ("spanish_surname", 6), ("muhammad", 6),
                   ("maiden_name", 4), ("email_typo", 3), ("email_drop", 4),
                   ("phone_digit", 3), ("phone_drop", 3), ("phone_local", 2),
                   ("addr_merge", 4), ("unit_drop", 2), ("street_typo", 3),
                   ("zip_drop", 3), ("zip_typo", 2), ("city_alias", 3),
                   ("city_misspell", 3), ("given_drop", 1), ("suffix_drop", 2),
                   ("company_wrong", 2), ("accents", 2), ("one_spouse", 2)]
HARSH_PERSON = [("swap", 3), ("prev_married", 4), ("addr_drop", 2), ("house_typo", 2),
                ("ocr_address", 2), ("ocr_phone", 2)]
COSMETIC_ORG = [("case_upper", 2), ("legal_form", 5), ("abbreviation", 5),
                ("the_toggle", 1), ("unit_format", 2), ("addr_expand", 4),
                ("addr_directional", 2), ("zip4", 3), ("region_variant", 3),
                ("country_variant", 2), ("addr_quadrant", 2), ("phone_ext", 2),
                ("name_format", 3)]
SEMANTIC_ORG = [("legal_drop", 4), ("contact_change", 8), ("contact_drop", 3),
                ("typo_company", 4), ("program_reverse", 2), ("email_typo", 2),
                ("email_drop", 3), ("phone_digit", 2), ("phone_drop", 2),
                ("addr_merge", 2), ("street_typo", 2), ("zip_drop", 3),
                ("zip_typo", 2), ("city_misspell", 2), ("city_alias", 1)]
HARSH_ORG = [("program_drop", 2), ("addr_drop", 2), ("ocr_address", 2),
             ("house_typo", 1), ("ocr_phone", 1)]

N_EVENTS = {"light": [0, 0, 1, 1], "medium": [1, 2, 2, 3],
            "harsh": [3, 4, 4, 5, 6], "occ1": [0, 1, 1, 2]}


def applicable(ev, ent, source):
    person = ent["party"] == "person"
    pn = ent.get("pn")
    if ev in ("ocr_address", "ocr_phone") and source != "referral_fax":
        return False
    if ev == "muhammad":
        return person and pn["given"] in MUHAMMAD
    if ev == "spanish_surname":
        return person and pn["eth"] == "hispanic" and " " in pn["family"]
    if ev == "maiden_name":
        return person and bool(pn.get("maiden"))
    if ev == "prev_married":
        return person and bool(pn.get("prev_family"))
    if ev in ("suffix_drop", "suffix_format"):
        return person and bool(pn.get("suffix"))
    if ev == "surname_variant":
        return person and bool(surname_variants(pn["family"]))
    if ev == "accents":
        return person and (has_non_ascii(pn["family"]) or has_non_ascii(pn["given"]))
    if ev == "one_spouse":
        return ent["kind"] == "couple"
    if ev == "nickname":
        return person and (pn["nick"] or pn["given"] in NICKNAMES)
    if ev == "company_wrong":
        return person and (ent.get("facility") is not None or ent.get("payer") is not None)
    if ev in ("program_reverse", "program_drop"):
        return ent["kind"] in PROGRAM_KINDS
    if ev == "name_format":
        return ent["kind"] in ("trust", "estate")
    if ev in ("legal_form", "legal_drop"):
        return bool(ent.get("legal"))
    if ev == "addr_quadrant":
        a = ent.get("addr")
        return bool(a) and bool(re.search(r" (NE|NW|SE|SW)$", a["line1"]))
    if ev == "title_add":
        return person and bool(pn.get("title")) and source in ("intake_crm", "billing_portal")
    if ev == "swap" and source == "ehr_export":
        return False
    if ev == "case_lower" and source != "billing_portal":
        return False
    if ev == "case_upper" and source == "ehr_export":
        return False
    return True


def pick_events(ent, source, profile):
    person = ent["party"] == "person"
    n = pick(N_EVENTS[profile])
    if person:
        menu = list(COSMETIC_PERSON)
        if profile in ("medium", "harsh", "occ1"):
            menu += SEMANTIC_PERSON
        if profile == "harsh":
            menu += HARSH_PERSON
    else:
        menu = list(COSMETIC_ORG)
        if profile in ("medium", "harsh", "occ1"):
            menu += SEMANTIC_ORG
        if profile == "harsh":
            menu += HARSH_ORG
    menu = [(e, w) for e, w in menu if applicable(e, ent, source)]
    if profile == "occ1":
        # a first sighting has nothing to be compared with, so nothing may be
        # put where the format forbids it unlabelled
        menu = [(e, w) for e, w in menu if e != "company_wrong"]
    evs = []
    for _ in range(n * 3):
        if len(evs) >= n:
            break
        e = wchoice(rng, menu)
        if e in evs or any(e in grp and x in grp for x in evs for grp in EXCLUSIVE):
            continue
        evs.append(e)
    return evs


# events that would undo each other
EXCLUSIVE = [("nickname", "legal_name", "initial"), ("case_upper", "case_lower"),
             ("addr_drop", "addr_merge", "unit_format", "unit_drop", "street_typo",
              "house_typo", "ocr_address"), ("maiden_name", "prev_married"),
             ("suffix_drop", "suffix_format"), ("email_drop", "email_typo", "email_case"),
             ("phone_drop", "phone_digit", "phone_local", "ocr_phone", "phone_ext"),
             ("zip_drop", "zip_typo", "zip4"), ("city_alias", "city_misspell", "city_case"),
             ("legal_drop", "legal_form"), ("program_drop", "program_reverse"),
             ("contact_drop", "contact_change")]


EMAIL_DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmail.co", "gmai.com", "gmail.con", "gmal.com"],
    "yahoo.com": ["yaho.com", "yahoo.co", "yahooo.com", "yahoo.con"],
    "aol.com": ["aol.co", "aol.cm", "ao.com", "aol.net"],
    "comcast.net": ["comcast.com", "comcat.net", "concast.net"],
    "hotmail.com": ["hotmial.com", "hotmail.co", "hotmal.com"],
    "att.net": ["att.com", "at.net"], "verizon.net": ["verizon.com", "verison.net"],
    "sbcglobal.net": ["sbcglobal.com", "sbcgloble.net"],
    "bellsouth.net": ["bellsouth.com", "belsouth.net"],
    "outlook.com": ["outlok.com", "outlook.co"], "icloud.com": ["icould.com", "icloud.co"],
}


def email_typo(e):
    local, dom = e.split("@", 1)
    if dom.lower() in EMAIL_DOMAIN_TYPOS and chance(0.5):
        return local + "@" + pick(EMAIL_DOMAIN_TYPOS[dom.lower()])
    r = rng.random()
    if r < 0.2 and "." in local:
        return local.replace(".", "", 1) + "@" + dom
    if r < 0.3:
        return local + "@" + dom.replace(".", ",", 1) if "." in dom else typo(local) + "@" + dom
    return typo(local) + "@" + dom


def phone_digit(p):
    ds = [i for i, c in enumerate(p) if c.isdigit()]
    if len(ds) < 7:
        return p
    if chance(0.5):
        i = pick(ds[3:-1])
        j = i + 1
        if j < len(p) and p[j].isdigit() and p[j] != p[i]:
            return p[:i] + p[j] + p[i] + p[j + 1:]
    i = pick(ds[3:])
    d = str((int(p[i]) + pick([1, 9, 2, 8])) % 10)
    return p[:i] + d + p[i + 1:]


def ocr_phone(p):
    table = {"0": "O", "1": "l", "8": "B", "5": "S", "6": "G", "3": "8", "7": "1"}
    ds = [i for i, c in enumerate(p) if c in table]
    if not ds:
        return p
    i = pick(ds)
    return p[:i] + table[p[i]] + p[i + 1:]


UNIT_WORDS = {"Apt": ["Apt.", "#", "Apartment", "APT", "Unit", "Apt #"],
              "Room": ["Rm", "Rm.", "#", "Room #", "RM"],
              "Rm": ["Room", "#", "Rm."], "Suite": ["Ste", "Ste.", "#", "STE"],
              "Unit": ["#", "Apt", "Unit #", "UNIT"], "Lot": ["Lot #", "#", "LOT"],
              "Ste": ["Suite", "#"], "Bldg": ["Building", "Bld"],
              "Fl": ["Floor", "Flr"]}


def unit_reformat(line2):
    m = re.match(r"^(\w+)\.?\s*#?\s*(.*)$", line2)
    if not m:
        return line2
    w, rest = m.group(1), m.group(2)
    key = w[:1].upper() + w[1:].lower() if w.upper() not in ("APT", "STE", "RM") else \
        {"APT": "Apt", "STE": "Ste", "RM": "Rm"}[w.upper()]
    if key in UNIT_WORDS and rest:
        nw = pick(UNIT_WORDS[key])
        return (nw + rest) if nw.endswith("#") and not nw.endswith(" #") else "%s %s" % (nw, rest)
    return line2


def expand_street(line1):
    toks = line1.split(" ")
    idx = [i for i, t in enumerate(toks) if t.rstrip(".") in STREET_SUFFIX_LONG and i > 1]
    if idx:
        i = idx[-1]
        toks[i] = STREET_SUFFIX_LONG[toks[i].rstrip(".")]
        return " ".join(toks)
    idx = [i for i, t in enumerate(toks) if t in STREET_SUFFIX_ALT and i > 1]
    if idx:
        i = idx[-1]
        toks[i] = pick(STREET_SUFFIX_ALT[toks[i]])
        return " ".join(toks)
    return line1


def directional(line1):
    toks = line1.split(" ")
    for i, t in enumerate(toks):
        if i > 0 and t in ("N", "S", "E", "W"):
            r = rng.random()
            if r < 0.5:
                toks[i] = DIRECTIONALS[t]
            elif r < 0.75:
                toks[i] = t + "."
            else:
                toks.pop(i)
            return " ".join(toks)
    return line1


def quadrant(line1):
    m = re.search(r" (NE|NW|SE|SW)$", line1)
    if not m:
        return line1
    q = m.group(1)
    r = rng.random()
    if r < 0.6:
        return line1[:m.start()]
    if r < 0.8:
        return line1[:m.start()] + " " + q[0] + "." + q[1] + "."
    return line1[:m.start()] + " " + DIRECTIONALS[q]


def apply_field_noise(out, events, ent, source):
    c = out.c
    a = out.a
    for ev in events:
        before = out.contact()
        pend = []
        _field_noise_one(out, ev, ent, pend)
        after = out.contact()
        for fields, tag in pend:
            for f in fields:
                if f == "address":
                    changed = (before["address"] is None) != (after["address"] is None)
                else:
                    changed = get_field(before, f) != get_field(after, f)
                if changed:
                    out.hint([f], tag)


def _field_noise_one(out, ev, ent, pend):
    c = out.c
    a = out.a
    if True:
        if ev == "case_upper":
            for f in ("displayName", "givenName", "familyName", "companyName"):
                if c[f] and c[f].upper() != c[f]:
                    c[f] = c[f].upper()
                    pend.append(([f], "case"))
        elif ev == "case_lower":
            for f in ("displayName", "givenName", "familyName"):
                if c[f] and c[f].lower() != c[f]:
                    c[f] = c[f].lower()
                    pend.append(([f], "case"))
        elif ev == "typo_display" and c["displayName"]:
            c["displayName"] = typo(c["displayName"])
            pend.append((["displayName"], "typo"))
        elif ev == "given_drop" and c["givenName"]:
            c["givenName"] = None
            pend.append((["givenName"], "dropped"))
        elif ev == "email_case" and c["email"]:
            c["email"] = c["email"].upper() if chance(0.4) else c["email"][0].upper() + c["email"][1:]
            pend.append((["email"], "case"))
        elif ev == "email_typo" and c["email"]:
            c["email"] = email_typo(c["email"])
            pend.append((["email"], "typo"))
        elif ev == "email_drop" and c["email"]:
            c["email"] = None
            pend.append((["email"], "dropped"))
        elif ev == "phone_digit" and c["phone"]:
            c["phone"] = phone_digit(c["phone"])
            pend.append((["phone"], "digit_typo"))
        elif ev == "ocr_phone" and c["phone"]:
            c["phone"] = ocr_phone(c["phone"])
            pend.append((["phone"], "ocr"))
        elif ev == "phone_drop" and c["phone"]:
            c["phone"] = None
            pend.append((["phone"], "dropped"))
        elif ev == "phone_local" and c["phone"] and len(digits(c["phone"])) >= 10:
            d = digits(c["phone"])[-10:]
            c["phone"] = "%s-%s" % (d[3:6], d[6:])
            pend.append((["phone"], "area_code_dropped"))
        elif ev == "phone_ext" and c["phone"] and not re.search(r"(x|ext|#)", c["phone"], re.I):
            c["phone"] = c["phone"] + " x" + ent.setdefault("ext", str(rng.randrange(100, 400)))
            pend.append((["phone"], "extension"))
        elif a is None:
            return
        elif ev == "addr_drop":
            out.a = None
            a = None
            pend.append((["address"], "dropped"))
        elif ev == "unit_format" and a["line2"]:
            a["line2"] = unit_reformat(a["line2"])
            pend.append((["address.line2"], "unit_format"))
        elif ev == "unit_drop" and a["line2"]:
            a["line2"] = None
            pend.append((["address.line2"], "dropped"))
        elif ev == "addr_merge" and a["line2"]:
            a["line1"] = a["line1"] + pick([" ", ", ", " "]) + a["line2"]
            a["line2"] = None
            pend.append((["address.line1", "address.line2"], "lines_merged"))
        elif ev == "addr_expand":
            a["line1"] = expand_street(a["line1"])
            pend.append((["address.line1"], "abbreviation"))
        elif ev == "addr_directional":
            a["line1"] = directional(a["line1"])
            pend.append((["address.line1"], "directional"))
        elif ev == "addr_quadrant":
            a["line1"] = quadrant(a["line1"])
            pend.append((["address.line1"], "quadrant"))
        elif ev == "street_typo":
            parts = a["line1"].split(" ", 1)
            if len(parts) == 2 and len(parts[1]) > 4:
                a["line1"] = parts[0] + " " + typo(parts[1])
                pend.append((["address.line1"], "typo"))
        elif ev == "house_typo":
            parts = a["line1"].split(" ", 1)
            if len(parts) == 2 and parts[0].isdigit() and len(parts[0]) >= 2:
                a["line1"] = phone_digit("000" + parts[0])[3:] + " " + parts[1] \
                    if len(parts[0]) >= 2 else a["line1"]
                pend.append((["address.line1"], "house_number_typo"))
        elif ev == "ocr_address":
            a["line1"] = ocr(a["line1"])
            pend.append((["address.line1"], "ocr"))
        elif ev == "zip_drop" and a["postalCode"]:
            a["postalCode"] = None
            pend.append((["address.postalCode"], "dropped"))
        elif ev == "zip_typo" and a["postalCode"]:
            z = a["postalCode"]
            i = rng.randrange(2, 5)
            a["postalCode"] = z[:i] + str((int(z[i]) + pick([1, 9])) % 10) + z[i + 1:]
            pend.append((["address.postalCode"], "typo"))
        elif ev == "zip4" and a["postalCode"] and "-" not in a["postalCode"]:
            a["postalCode"] = a["postalCode"] + "-%04d" % rng.randrange(1, 9999)
            pend.append((["address.postalCode"], "zip4"))
        elif ev == "city_alias":
            key = a["city"].title() if a["city"].isupper() else a["city"]
            if key in CITY_ALIASES:
                a["city"] = pick(CITY_ALIASES[key])
                pend.append((["address.city"], "neighbourhood"))
        elif ev == "city_misspell":
            key = a["city"].title() if a["city"].isupper() else a["city"]
            a["city"] = pick(CITY_MISSPELL[key]) if key in CITY_MISSPELL else typo(a["city"])
            pend.append((["address.city"], "misspelled"))
        elif ev == "city_case":
            a["city"] = a["city"].upper()
            pend.append((["address.city"], "case"))
        elif ev == "region_variant" and a["region"]:
            st = a["region"].upper().rstrip(".")
            st = {"FLA": "FL", "FLORIDA": "FL", "PENN": "PA", "PENNA": "PA",
                  "PENNSYLVANIA": "PA", "MICH": "MI", "MICHIGAN": "MI"}.get(st, st)
            if st in STATE_VARIANTS:
                a["region"] = pick(STATE_VARIANTS[st])
                pend.append((["address.region"], "format"))
        elif ev == "country_variant":
            a["country"] = pick([None, "US", "USA", "United States", "U.S.A.", "United States of America"])
            pend.append((["address.country"], "format"))


# ---------------------------------------------------------------------------
# 7. evidence, shared, diff, change labels
# ---------------------------------------------------------------------------

SUFFIX_MAP = {"STREET": "ST", "STR": "ST", "AVENUE": "AVE", "AV": "AVE",
              "ROAD": "RD", "DRIVE": "DR", "DRV": "DR", "BOULEVARD": "BLVD",
              "BL": "BLVD", "LANE": "LN", "LA": "LN", "COURT": "CT",
              "HIGHWAY": "HWY", "PARKWAY": "PKWY", "PKY": "PKWY", "TRAIL": "TRL",
              "TR": "TRL", "CIRCLE": "CIR", "PLACE": "PL", "TERRACE": "TER",
              "TERR": "TER", "SAINT": "ST", "MOUNT": "MT"}
DIR_TOKENS = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NORTH", "SOUTH", "EAST",
              "WEST", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST"}
UNIT_TOKENS = {"APT", "APARTMENT", "UNIT", "STE", "SUITE", "RM", "ROOM", "LOT",
               "BLDG", "BUILDING", "FL", "FLOOR", "FLR", "UPPER", "LOWER", "REAR"}


def norm_text(s):
    s = strip_accents(s or "").casefold()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def phone_key(p):
    if not p:
        return None
    s = re.split(r"(?:ext|x|#)", p.lower())[0]
    d = digits(s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


def email_key(e):
    return e.strip().casefold() if e else None


def line1_key(line1):
    s = strip_accents(line1 or "").upper().split("#")[0]
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    toks = s.split()
    kept = []
    for i, t in enumerate(toks):
        if i > 0 and t in UNIT_TOKENS:
            break
        kept.append(t)
    out = []
    for t in kept:
        t = SUFFIX_MAP.get(t, t)
        if t in DIR_TOKENS:
            continue
        out.append(t)
    return " ".join(out)


def zip5(pc):
    d = digits(pc or "")
    return d[:5] if len(d) >= 5 else None


def city_key(c):
    return norm_text(c) if c else None


def addr_shared(a, b):
    if not a or not b:
        return False
    k1, k2 = line1_key(a.get("line1")), line1_key(b.get("line1"))
    if not k1 or k1 != k2:
        return False
    z1, z2 = zip5(a.get("postalCode")), zip5(b.get("postalCode"))
    if z1 and z2 and z1 == z2:
        return True
    c1, c2 = city_key(a.get("city")), city_key(b.get("city"))
    return bool(c1) and c1 == c2


def evidence(a, b):
    ev = []
    if email_key(a["email"]) and email_key(a["email"]) == email_key(b["email"]):
        ev.append("email")
    if phone_key(a["phone"]) and phone_key(a["phone"]) == phone_key(b["phone"]):
        ev.append("phone")
    if addr_shared(a["address"], b["address"]):
        ev.append("address")
    return ev


def name_key(c):
    if c.get("companyName"):
        s = c["companyName"]
    elif c.get("givenName") or c.get("familyName"):
        s = "%s %s" % (c.get("givenName") or "", c.get("familyName") or "")
    else:
        s = c.get("displayName") or ""
    return norm_text(s)


def name_sim(a, b):
    if not a or not b:
        return 0.0
    r1 = difflib.SequenceMatcher(None, a, b).ratio()
    sa, sb = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    r2 = difflib.SequenceMatcher(None, sa, sb).ratio()
    return max(r1, r2)


def name_city_findable(rec, target, pool, exclude=()):
    """The target is the clear best name match among pool records of rec's city."""
    if not rec.get("address") or not rec["address"].get("city"):
        return False
    ck = city_key(rec["address"]["city"])
    tgt = pool[target]
    if not tgt.get("address") or city_key(tgt["address"].get("city")) != ck:
        return False
    nk = name_key(rec)
    best = name_sim(nk, name_key(tgt))
    if best < 0.8:
        return False
    for i, r in enumerate(pool):
        if i == target or i in exclude or not r.get("address"):
            continue
        if city_key(r["address"].get("city")) != ck:
            continue
        if name_sim(nk, name_key(r)) > best - 0.1:
            return False
    return True


def email_domain(e):
    return e.split("@", 1)[1].strip().casefold() if e and "@" in e else None


def shared_items(hn, anchor, stem=None):
    s = []
    n1, n2 = name_key(hn), name_key(anchor)
    if n1 and n1 == n2:
        s.append("name")
    f1, f2 = norm_text(hn.get("familyName")), norm_text(anchor.get("familyName"))
    if f1 and f1 == f2:
        s.append("familyName")
    e1, e2 = email_key(hn.get("email")), email_key(anchor.get("email"))
    if e1 and e1 == e2:
        s.append("email")
    d1, d2 = email_domain(hn.get("email")), email_domain(anchor.get("email"))
    if d1 and d1 == d2 and d1 not in FREE_MAIL_DOMAINS and e1 != e2:
        s.append("email_domain")
    p1, p2 = phone_key(hn.get("phone")), phone_key(anchor.get("phone"))
    if p1 and p1 == p2:
        s.append("phone")
    if addr_shared(hn.get("address"), anchor.get("address")):
        s.append("address")
    a1, a2 = hn.get("address"), anchor.get("address")
    if a1 and a2 and city_key(a1.get("city")) and city_key(a1.get("city")) == city_key(a2.get("city")):
        s.append("city")
    if stem and stem.casefold() in (hn.get("companyName") or "").casefold() and \
            stem.casefold() in (anchor.get("companyName") or "").casefold():
        s.append("company_stem")
    return s


def diff_fields(a, b):
    out = []
    for f in FIELDS:
        if a[f] != b[f]:
            out.append(f)
    aa, ba = a["address"], b["address"]
    if (aa is None) != (ba is None):
        out.append("address")
    elif aa is not None:
        for f in ADDR_FIELDS:
            if aa[f] != ba[f]:
                out.append("address." + f)
    return out


def get_field(c, f):
    if f.startswith("address."):
        return c["address"][f[8:]] if c["address"] else None
    return c[f]


def classify(f, old, new):
    if f == "address":
        return "dropped" if new is None else "added"
    if old is None:
        return "added"
    if new is None:
        return "dropped"
    if old.casefold() == new.casefold():
        return "case"
    if f == "phone":
        if phone_key(old) and phone_key(old) == phone_key(new):
            return "format"
        do, dn = digits(old), digits(new)
        if len(dn) == 7 and do.endswith(dn):
            return "area_code_dropped"
        if len(do) == 7 and dn.endswith(do):
            return "area_code_added"
        return "other_number"
    if f == "email":
        return "other_email"
    if norm_text(old) == norm_text(new):
        return "punctuation"
    if f == "address.postalCode" and (digits(new).startswith(digits(old)) or
                                      digits(old).startswith(digits(new))):
        return "zip4"
    if f == "address.line1" and line1_key(old) == line1_key(new):
        return "abbreviation"
    if f == "address.region":
        return "format"
    if f == "address.country":
        return "format"
    if sorted(norm_text(old).split()) == sorted(norm_text(new).split()):
        return "reordered"
    to, tn = set(norm_text(old).split()), set(norm_text(new).split())
    if tn < to and all(t in TITLE_TOKENS for t in to - tn):
        return "title_dropped"
    if to < tn and all(t in TITLE_TOKENS for t in tn - to):
        return "title_added"
    if f in ("displayName", "givenName"):
        ro, rn = to - tn, tn - to
        if len(ro) == 1 and len(rn) == 1:
            a, b = ro.pop(), rn.pop()
            if (a, b) in NICK_PAIRS:
                return "nickname"
            if (b, a) in NICK_PAIRS:
                return "legal_name"
    if f == "address.city":
        for k, v in CITY_ALIASES.items():
            names = [norm_text(k)] + [norm_text(x) for x in v]
            if norm_text(old) in names and norm_text(new) in names:
                return "neighbourhood"
    if difflib.SequenceMatcher(None, norm_text(old), norm_text(new)).ratio() >= 0.8:
        return "misspelled" if f == "address.city" else "typo"
    if tn and tn < to:
        return "shortened"
    if to and to < tn:
        return "extended"
    return "rewritten"


TITLE_TOKENS = {"mr", "mrs", "ms", "miss", "dr", "rev", "judge", "capt", "col"}
NICK_PAIRS = set()
for _legal, _nicks in NICKNAMES.items():
    for _n in _nicks:
        NICK_PAIRS.add((norm_text(_legal), norm_text(_n)))


CASE_FIELDS = ("displayName", "givenName", "familyName", "companyName", "address.line1",
               "address.line2", "address.city")


def region_code(r):
    r = (r or "").upper().rstrip(".").strip()
    return {"FLA": "FL", "FLORIDA": "FL", "PENN": "PA", "PENNA": "PA", "PENNSYLVANIA": "PA",
            "MICH": "MI", "MICHIGAN": "MI"}.get(r, r)


def change_labels(base, rec, hints, default=None):
    """'field:what' for exactly the fields where rec differs from base."""
    labels = []
    for f in diff_fields(base, rec):
        tags = hints.get(f)
        if not tags and f.startswith("address") and f != "address.country":
            tags = hints.get("address")
            if tags and f == "address.region" and \
                    region_code(get_field(base, f)) == region_code(get_field(rec, f)):
                tags = None
        if not tags:
            c = classify(f, get_field(base, f), get_field(rec, f))
            if c in ("rewritten", "other_number", "other_email") and default:
                c = default.get(f) or default.get(f.split(".")[0]) or c
            tags = [c]
        old, new = get_field(base, f), get_field(rec, f)
        if new is None and "dropped" in tags:
            tags = ["dropped"]
        if isinstance(old, str) and isinstance(new, str) and "case" not in tags and \
                f in CASE_FIELDS and re.search(r"[A-Za-z]", new) and \
                ((new.isupper() and not old.isupper()) or (new.islower() and not old.islower())):
            tags = list(tags) + ["case"]
        for t in tags:
            lab = "%s:%s" % (f, t)
            if lab not in labels:
                labels.append(lab)
    return labels


# ---- entity-level events (things that really changed) -------------------------

def facility_for_move(ent):
    if ent["side"] == "E":
        ok = lambda f: f["side"] == "E"
    else:
        ok = lambda f: f["side"] == "N" and not f["customer"]
    cands = [f for f in FACILITIES if f["office"] == ent["office"] and ok(f)]
    if not cands:
        cands = [f for f in FACILITIES if ok(f)]
    return pick(cands)


def entity_events(ent, profile):
    p = {"light": 0.08, "medium": 0.3, "harsh": 0.62}[profile]
    n = 1 if chance(p) else 0
    if profile == "harsh" and chance(0.25):
        n += 1
    if n == 0:
        return []
    kind = ent["kind"]
    if ent["party"] == "person":
        menu = [("new_phone", 4), ("new_email", 3)]
        if kind in ("client", "client_payer", "couple", "snowbird"):
            menu.append(("moved", 3))
        if kind == "snowbird":
            menu.append(("seasonal", 10))
        if kind == "client_payer" and ent["payer"]["type"] != "guardian":
            menu.append(("payer_changed", 3))
        if kind == "resident":
            menu += [("room_change", 3), ("facility_move", 2)]
    else:
        menu = [("new_phone", 3), ("new_email", 3), ("remit_po_box", 3), ("moved", 1)]
        if kind == "trust":
            menu.append(("trustee_changed", 3))
    evs = []
    for _ in range(n * 3):
        if len(evs) >= n:
            break
        e = wchoice(rng, menu)
        if e not in evs:
            evs.append(e)
    return evs


def apply_entity_events(ent, evs):
    ov = {}
    h = {}

    def hint(f, t):
        h.setdefault(f, [])
        if t not in h[f]:
            h[f].append(t)

    person = ent["party"] == "person"
    for ev in evs:
        if ev == "new_phone":
            if person:
                if ent.get("payer") and chance(0.5):
                    p2 = dict(ov.get("payer") or ent["payer"])
                    p2["phone"] = mobile_phone(ent["loc"], far=0.4)
                    ov["payer"] = p2
                else:
                    ov["cell"] = mobile_phone(ent["loc"], far=0.05)
                    if chance(0.6):
                        ov["landline"] = None
            else:
                ov["phone"] = ent.setdefault("alt_phone", local_phone(ent["loc"]))
            hint("phone", "new_number")
        elif ev == "new_email":
            if person:
                if ent.get("payer") and ent["payer"].get("pn") and chance(0.6):
                    p2 = dict(ov.get("payer") or ent["payer"])
                    p2["email"] = make_email(p2["pn"]["given"], p2["pn"]["family"],
                                             ent["office"], young=True)
                    ov["payer"] = p2
                else:
                    pn = ent["pn"]
                    ov["email"] = make_email(pn["given"], pn["family"], ent["office"],
                                             young=chance(0.5), nick=pn["nick"])
            else:
                c = pick(ent["contacts"])
                dom = email_domain(ent["email"]) or slug_domain(ent["company"], ".example.org")
                ov["email"] = person_mailbox(c, dom)
            hint("email", "new_email")
        elif ev == "moved":
            if person and chance(0.6):
                fac = facility_for_move(ent)
                a = dict(fac["addr"])
                a["line2"] = new_unit(fac)
                ov["addr"] = a
                ov["facility"] = fac["phone"]
                ov["landline"] = None
                hint("address", "moved_to_facility")
                hint("phone", "new_number")
            else:
                loc = pick_locale(ent["office"])
                ov["addr"] = make_address(loc, home_line2(loc) if person else
                                          pick([None, "Suite 110", "Ste 2"]),
                                          arterial_bias=0.35 if person else 0.9)
                if person:
                    ov["landline"] = local_phone(loc) if chance(0.5) else None
                hint("address", "moved")
                hint("phone", "new_number")
        elif ev == "seasonal":
            ov["addr"] = ent["alt_addr"]
            ov["landline"] = ent.get("alt_landline")
            hint("address", "seasonal_address")
            hint("phone", "seasonal_number")
        elif ev == "payer_changed":
            p2 = make_payer(ent, ent["pn"], ent["loc"], ptype="child")
            ov["payer"] = p2
            for f in ("displayName", "email", "phone", "givenName", "familyName"):
                hint(f, "payer_changed")
        elif ev == "room_change":
            fac = ent["facility"]
            a = dict(ent["addr"])
            a["line2"] = new_unit(fac)
            ov["addr"] = a
            hint("address.line2", "room_change")
        elif ev == "facility_move":
            fac = facility_for_move(ent)
            a = dict(fac["addr"])
            a["line2"] = new_unit(fac)
            ov["addr"] = a
            ov["facility"] = fac["phone"]
            hint("address", "moved_to_facility")
            hint("phone", "new_number")
        elif ev == "remit_po_box":
            a = dict(ent["addr"])
            a = {"line1": pick(["PO Box %d", "P.O. Box %d", "PO Box %d"]) % rng.randrange(100, 99999),
                 "line2": None, "city": a["city"], "region": a["region"],
                 "postalCode": a["postalCode"], "loc": a.get("loc")}
            ov["addr"] = a
            hint("address", "remit_address")
        elif ev == "trustee_changed":
            tmp = {"office": ent["office"]}
            t2 = make_payer(tmp, ent["grantor"], ent["loc"], ptype="child")
            ov["contacts_override"] = [{"given": t2["pn"]["given"], "family": t2["pn"]["family"],
                                        "role": "Successor Trustee"}]
            ov["phone"] = t2["phone"]
            ov["email"] = t2["email"] or make_email(t2["pn"]["given"], t2["pn"]["family"],
                                                    ent["office"], young=True)
            for f in ("givenName", "familyName", "phone", "email"):
                hint(f, "successor_trustee")
    return ov, h


def build(ent, source, profile, ref=None, ent_evs=None, forced_events=None):
    """Render one record of ent as source writes it, with profile noise."""
    events = list(forced_events) if forced_events is not None else pick_events(ent, source, profile)
    ov, evh = apply_entity_events(ent, ent_evs or [])
    out = Out()
    if ent["party"] == "person":
        st = person_state(ent, ov)
        render_person(ent, source, st, ref, out, events)
    else:
        st = org_state(ent, ov)
        if ov.get("contacts_override"):
            saved = ent["contacts"]
            ent["contacts"] = ov["contacts_override"]
            render_org(ent, source, st, ref, out, events)
            ent["contacts"] = saved
        else:
            render_org(ent, source, st, ref, out, events)
    apply_field_noise(out, events, ent, source)
    for f, tags in evh.items():
        for t in tags:
            out.hint([f], t)
    # an 'other' known number or mailbox of the same customer
    if ref is not None:
        if out.kinds.get("phone") and ref.kinds.get("phone") and \
                out.kinds["phone"] != ref.kinds["phone"] and "phone" not in evh:
            out.hint(["phone"], "other_known_number")
        if ent["party"] == "person" and out.kinds.get("email") and ref.kinds.get("email") \
                and out.kinds["email"] != ref.kinds["email"] and "email" not in evh:
            out.hint(["email"], "other_known_email")
    out.events = events
    out.ent_events = ent_evs or []
    return out


# ---------------------------------------------------------------------------
# 8. assembly
# ---------------------------------------------------------------------------

EXISTING_PLAN = [("client", 615), ("client_payer", 270), ("couple", 90),
                 ("resident", 150), ("snowbird", 60), ("alf", 80), ("memory_care", 30),
                 ("hospice", 30), ("va_ccn", 12), ("parish_nurse", 45), ("aaa", 25),
                 ("trust", 35), ("estate", 30), ("guardian_firm", 13)]
PLANTED_PAIRS = {"namesake": 10, "father_son": 3, "twins": 2}   # 15 more clients
NEW_PLAN = [("client", 160), ("client_payer", 75), ("couple", 20), ("resident", 40),
            ("snowbird", 25), ("alf", 16), ("memory_care", 8), ("hospice", 10),
            ("parish_nurse", 14), ("trust", 16), ("estate", 12), ("guardian_firm", 4)]
HN_PLAN = [("co_resident", 16), ("facility_vs_resident", 10), ("spouse_own_plan", 14),
           ("namesake_other_city", 14), ("father_son", 10), ("payer_own_account", 13),
           ("later_occupant", 12), ("twin_sibling", 8), ("operator_other_facility", 10),
           ("other_program", 13), ("trust_vs_person", 10), ("estate_vs_person", 10),
           ("guardian_vs_ward", 10)]
MATCH_MULT = [(3, 25), (2, 75), (1, 600)]         # 700 customers, 825 records
NEW_MULT = [(3, 25), (2, 75), (1, 300)]           # 400 customers, 525 records
PROFILES = [("light", 40), ("medium", 40), ("harsh", 20)]
PROFILES_NEW = [("light", 35), ("medium", 45), ("harsh", 20)]

TWIN_NAMES = {"Dorothy": "Doris", "Doris": "Dorothy", "Helen": "Ellen", "Mary": "Martha",
              "Martha": "Mary", "Ruth": "Rita", "Jean": "Joan", "Joan": "Jean",
              "Marie": "Mae", "Robert": "Richard", "Richard": "Robert",
              "Donald": "Ronald", "Ronald": "Donald", "James": "John", "John": "James",
              "Harold": "Howard", "Howard": "Harold", "Gerald": "Donald",
              "Lois": "Louise", "Louise": "Lois", "Rose": "Ruth", "Anna": "Hannah",
              "Carol": "Caroline", "Frances": "Florence", "Florence": "Frances"}

HN_RULES = {
    "co_resident": "Another resident of the same facility (other unit): residents are "
                   "separate customers even when they share the facility's street address "
                   "and front-desk phone.",
    "facility_vs_resident": "A private-pay resident of the facility: residents are customers "
                            "of their own, apart from the facility's contract account.",
    "spouse_own_plan": "Spouse with their own service plan, billed separately: a separate "
                       "customer even at the same address and phone.",
    "namesake_other_city": "Same name, another person in another city (other address, phone "
                           "and e-mail): a different customer.",
    "father_son": "Father and son of the same name in one house (Sr./Jr.): two people, two "
                  "customers.",
    "payer_own_account": "The adult child who pays for a parent has become a client in their "
                         "own right: their own account is apart from the parent's.",
    "later_occupant": "A later client at the same house (the earlier client moved or died): "
                      "a different person, a different customer.",
    "twin_sibling": "Twin sibling with the same family name and often the same home: another "
                    "person with their own plan.",
    "operator_other_facility": "Another facility of the same operator, billed through the "
                               "operator's corporate AP mailbox: each facility contract is its "
                               "own customer.",
    "other_program": "Another program of the same church, agency or VA centre (same building, "
                     "switchboard and domain): each program is billed as its own customer.",
    "trust_vs_person": "The client's trust pays some invoices: a trust is its own customer, "
                       "apart from the person (even with the same address and trustee).",
    "estate_vs_person": "After the client's death the estate settles the final invoices: the "
                        "estate is its own customer, apart from the person.",
    "guardian_vs_ward": "A ward billed c/o the professional guardian: the ward is the customer, "
                        "apart from the guardian firm's own account.",
}
HN_DEFAULT_LABEL = {"displayName": "other_customer", "givenName": "other_person",
                    "familyName": "other_person", "companyName": "other_customer",
                    "email": "other_email", "phone": "other_number",
                    "address": "other_address", "address.line1": "other_address",
                    "address.line2": "other_unit", "address.city": "other_city",
                    "address.postalCode": "other_zip", "address.region": "other_state",
                    "address.country": "format"}


def choose_source(ent):
    kind = ent["kind"]
    if ent["party"] == "person":
        if kind == "client_payer":
            w = [("intake_crm", 30), ("ehr_export", 20), ("billing_portal", 32),
                 ("referral_fax", 18)]
        elif kind == "resident":
            w = [("intake_crm", 30), ("ehr_export", 30), ("billing_portal", 20),
                 ("referral_fax", 20)]
        else:
            w = [("intake_crm", 36), ("ehr_export", 26), ("billing_portal", 16),
                 ("referral_fax", 22)]
    elif kind in ("hospice", "va_ccn", "aaa"):
        w = [("intake_crm", 30), ("billing_portal", 35), ("referral_fax", 35)]
    elif kind in ("alf", "memory_care"):
        w = [("intake_crm", 40), ("billing_portal", 50), ("referral_fax", 10)]
    elif kind == "parish_nurse":
        w = [("intake_crm", 60), ("billing_portal", 35), ("referral_fax", 5)]
    else:
        w = [("intake_crm", 40), ("billing_portal", 60)]
    return wchoice(rng, w)


def plan_list(plan):
    out = []
    for k, n in plan:
        out += [k] * n
    return out


class World:
    pass


def build_world():
    W = World()
    make_operators()
    # ---- agencies: VA centres, AAAs, churches
    W.va_agencies = []
    for o in OFFICES:
        nm, slug = VA_CENTERS[o]
        ag = make_agency("va_ccn", o, nm, slug + ".va", ".example")
        W.va_agencies.append(ag)
    W.aaa_agencies = []
    for o in OFFICES:
        for nm, slug in AAA_AGENCIES[o]:
            W.aaa_agencies.append(make_agency("aaa", o, nm, slug, ".example.org"))
    W.churches = []
    for o in OFFICES:
        for nm in CHURCHES[o]:
            W.churches.append(make_agency("parish_nurse", o, nm,
                                          slug_domain(nm, "").rstrip("."), ".example.org"))
    rng.shuffle(W.churches)
    # ---- guardian firms
    firms = []
    for st in ("FL", "PA", "MI"):
        for nm, legal in GUARDIAN_FIRMS[st]:
            office = pick([o for o in OFFICES if state_of(o) == st])
            firms.append((office, nm, legal))
    rng.shuffle(firms)
    W.g_exist_cust = [make_guardian_firm(o, "E", n, l) for o, n, l in firms[:13]]
    W.g_exist_non = [make_guardian_firm(o, "E", n, l) for o, n, l in firms[13:15]]
    W.g_new_cust = [make_guardian_firm(o, "N", n, l) for o, n, l in firms[15:19]]
    W.g_new_non = [make_guardian_firm(o, "N", n, l) for o, n, l in firms[19:21]]
    # ---- facilities
    op_facs = []
    for op in OPERATORS:
        for _ in range(pick([2, 2, 3, 3])):
            office = pick(op["offices"])
            op_facs.append(make_facility(office, "E", True, memory=chance(0.15), operator=op))
    n_mem_op = sum(1 for f in op_facs if f["memory"])
    n_alf_op = len(op_facs) - n_mem_op
    e_cust = list(op_facs)
    for _ in range(80 - n_alf_op):
        e_cust.append(make_facility(pick_office(), "E", True, memory=False))
    for _ in range(30 - n_mem_op):
        e_cust.append(make_facility(pick_office(), "E", True, memory=True))
    W.e_fac_cust = e_cust
    W.e_fac_non = [make_facility(pick_office(), "E", False, memory=chance(0.3)) for _ in range(20)]
    W.n_fac_cust = [make_facility(pick_office(), "N", True, memory=(i >= 16)) for i in range(24)]
    W.n_fac_non = [make_facility(pick_office(), "N", False, memory=chance(0.3)) for _ in range(20)]
    return W


def make_program_entities(agencies, kind, n, side, roles, per_agency=(1, 2)):
    ents = []
    i = 0
    while len(ents) < n:
        ag = agencies[i % len(agencies)]
        i += 1
        if kind == "va_ccn":
            progs = VA_PROGRAMS
        elif kind == "aaa":
            progs = AAA_PROGRAMS[state_of(ag["office"])]
        else:
            progs = church_programs(ag["name"])
        free = [p for p in progs if p not in ag["programs"]]
        if not free or len(ag["programs"]) >= per_agency[1]:
            if i > 10 * len(agencies):
                raise RuntimeError("programs")
            continue
        prog = pick(free)
        ag["programs"].append(prog)
        ag["side"] = side
        stem = ag["name"]
        e = make_program_org(kind, ag["office"], side, ag["name"], ag["domain"], prog,
                             ag["loc"], ag["addr"], ag["phone"], roles, stem=stem,
                             main_mailbox=ag["main_mailbox"])
        e["agency_ref"] = ag
        ents.append(e)
    return ents


def make_persons(kind, n, side, W):
    ents = []
    if side == "E":
        gfirms = W.g_exist_cust + W.g_exist_non
        facs_cust, facs_non = W.e_fac_cust, W.e_fac_non
    else:
        gfirms = W.g_new_non
        facs_cust, facs_non = [], W.n_fac_non
    for _ in range(n):
        if kind == "client":
            ents.append(make_client(pick_office(), side))
        elif kind == "client_payer":
            ents.append(make_client_payer(pick_office(), side, gfirms))
        elif kind == "couple":
            ents.append(make_couple(pick_office(), side))
        elif kind == "resident":
            pool = facs_cust if (facs_cust and chance(0.75)) else facs_non
            fac = pick(pool)
            ents.append(make_resident(fac["office"], side, fac))
        elif kind == "snowbird":
            ents.append(make_snowbird(side))
    return ents


def make_orgs(kind, n, side, W):
    ents = []
    if kind in ("alf", "memory_care"):
        pool = W.e_fac_cust if side == "E" else W.n_fac_cust
        for f in pool:
            if (kind == "memory_care") == f["memory"] and len(ents) < n:
                ents.append(make_facility_customer(f, side))
        assert len(ents) == n, (kind, len(ents), n)
    elif kind == "hospice":
        ents = [make_hospice(pick_office(), side) for _ in range(n)]
    elif kind == "va_ccn":
        ents = make_program_entities(W.va_agencies, "va_ccn", n, side, VA_ROLES, (1, 2))
    elif kind == "aaa":
        ents = make_program_entities(W.aaa_agencies, "aaa", n, side, AAA_ROLES, (1, 3))
    elif kind == "parish_nurse":
        if side == "E":
            churches = W.churches[:40]
            ents = make_program_entities(churches, "parish_nurse", n, side, CHURCH_ROLES, (1, 2))
        else:
            churches = W.churches[40:40 + n]
            ents = make_program_entities(churches, "parish_nurse", n, side, CHURCH_ROLES, (1, 1))
    elif kind == "trust":
        ents = [make_trust(pick_office(), side) for _ in range(n)]
    elif kind == "estate":
        ents = [make_estate(pick_office(), side) for _ in range(n)]
    elif kind == "guardian_firm":
        ents = list(W.g_exist_cust if side == "E" else W.g_new_cust)[:n]
        assert len(ents) == n
    return ents


def plant_pairs(clients):
    """Namesakes, father/son and twins that already both are customers."""
    extra = []
    males = [c for c in clients if c["pn"]["sex"] == "m" and not c["pn"]["suffix"]]
    for _ in range(PLANTED_PAIRS["namesake"]):
        a = pick(clients)
        pn = make_pn(a["office"], eth=a["pn"]["eth"], sex=a["pn"]["sex"],
                     family=a["pn"]["family"], given=a["pn"]["given"])
        pn["goes_by"], pn["nick"] = None, None
        a["pn"]["goes_by"], a["pn"]["nick"] = None, None
        office = a["office"] if chance(0.4) else pick([o for o in OFFICES if o != a["office"]])
        b = make_client(office, "E", pn=pn)
        a["planted"] = b["planted"] = "namesake"
        extra.append(b)
    for _ in range(PLANTED_PAIRS["father_son"]):
        a = pick([m for m in males if "planted" not in m])
        a["pn"]["suffix"] = "Sr."
        pn = make_pn(a["office"], eth=a["pn"]["eth"], sex="m", family=a["pn"]["family"],
                     given=a["pn"]["given"], young=True)
        pn["suffix"] = "Jr."
        b = make_client(a["office"], "E", loc=a["loc"], pn=pn)
        USED_ADDR.discard(None)
        b["addr"] = dict(a["addr"])
        b["landline"] = a["landline"]
        a["planted"] = b["planted"] = "father_son"
        extra.append(b)
    for _ in range(PLANTED_PAIRS["twins"]):
        a = pick([c for c in clients if "planted" not in c and c["pn"]["given"] in TWIN_NAMES])
        pn = make_pn(a["office"], eth=a["pn"]["eth"], sex=a["pn"]["sex"],
                     family=a["pn"]["family"], given=TWIN_NAMES[a["pn"]["given"]])
        b = make_client(a["office"], "E", loc=a["loc"], pn=pn)
        b["addr"] = dict(a["addr"])
        b["landline"] = a["landline"]
        a["planted"] = b["planted"] = "twins"
        extra.append(b)
    return extra


# ---- hard negatives -------------------------------------------------------------

HN_KIND = {"co_resident": "resident", "facility_vs_resident": "resident",
           "spouse_own_plan": "client", "namesake_other_city": "client",
           "father_son": "client", "payer_own_account": "client",
           "later_occupant": "client", "twin_sibling": "client",
           "trust_vs_person": "trust", "estate_vs_person": "estate",
           "guardian_vs_ward": "client_payer"}
HOME_KINDS = ("client", "client_payer", "snowbird")


def hn_anchor_ok(htype, a, rec):
    k = a["kind"]
    if htype == "co_resident":
        return k == "resident"
    if htype == "facility_vs_resident":
        return k in ("alf", "memory_care")
    if htype in ("spouse_own_plan", "later_occupant", "twin_sibling"):
        return k in HOME_KINDS and "planted" not in a
    if htype == "namesake_other_city":
        return k in ("client", "client_payer") and "planted" not in a
    if htype == "father_son":
        return k in ("client", "client_payer") and a["pn"]["sex"] == "m" and "planted" not in a
    if htype == "payer_own_account":
        p = a.get("payer")
        return k == "client_payer" and p and p.get("pn") is not None and \
            (rec["email"] is not None or rec["phone"] is not None)
    if htype == "operator_other_facility":
        return k in ("alf", "memory_care") and a["facility"]["operator"] is not None
    if htype == "other_program":
        return k in PROGRAM_KINDS
    if htype in ("trust_vs_person", "estate_vs_person"):
        return k in ("client", "client_payer") and "planted" not in a
    if htype == "guardian_vs_ward":
        return k == "guardian_firm"
    return False


def hn_entity(htype, a):
    """A new customer that resembles anchor a but is another customer by the rules."""
    office = a["office"]
    stem = None
    if htype in ("co_resident", "facility_vs_resident"):
        fac = a["facility"]
        e = make_resident(fac["office"], "H", fac, payer_p=0.5)
        must = lambda s: "address" in s
    elif htype == "spouse_own_plan":
        apn = a["pn"]
        sex = "f" if apn["sex"] == "m" else "m"
        fam = apn["family"] if chance(0.85) else None
        pn = make_pn(office, eth=apn["eth"], sex=sex, family=fam)
        if sex == "f":
            pn["prev_family"] = None
        e = make_client(office, "H", loc=a["loc"], pn=pn)
        e["addr"] = dict(a["addr"])
        e["landline"] = a.get("landline") or e["landline"]
        if a.get("payer") and a["payer"].get("pn") and chance(0.5):
            e["payer"] = a["payer"]
            e["kind"] = "client_payer"
        must = lambda s: "address" in s and ("familyName" in s or "phone" in s or "email" in s)
    elif htype == "namesake_other_city":
        apn = a["pn"]
        pn = make_pn(office, eth=apn["eth"], sex=apn["sex"], family=apn["family"],
                     given=apn["given"])
        pn["goes_by"], pn["nick"], pn["suffix"] = apn["goes_by"], apn["nick"], apn["suffix"]
        if apn["goes_by"] == "middle":
            pn["middle"] = apn["middle"]
        locs = [l for l in LOCALES if l.city != a["addr"]["city"]]
        loc = pick([l for l in locs if l.office == office]) if chance(0.35) else \
            pick([l for l in locs if l.office != office])
        e = make_client(loc.office, "H", loc=loc, pn=pn)
        must = lambda s: "name" in s and "city" not in s and "address" not in s
    elif htype == "father_son":
        apn = a["pn"]
        sfx = {None: "Jr.", "Sr.": "Jr.", "Jr.": "Sr.", "II": "III", "III": "Jr."}[apn["suffix"]]
        young = sfx != "Sr."
        pn = make_pn(office, eth=apn["eth"], sex="m", family=apn["family"],
                     given=apn["given"], young=young)
        pn["suffix"] = sfx
        pn["goes_by"], pn["nick"] = (None, None) if chance(0.6) else (apn["goes_by"], apn["nick"])
        e = make_client(office, "H", loc=a["loc"], pn=pn)
        e["addr"] = dict(a["addr"])
        e["landline"] = a.get("landline") or e["landline"]
        must = lambda s: "familyName" in s and "address" in s
    elif htype == "payer_own_account":
        p = a["payer"]
        pn = dict(p["pn"])
        loc = pick_locale(office)
        e = make_client(office, "H", loc=loc, pn=pn)
        e["email"] = p["email"]
        e["cell"] = p["phone"]
        e["landline"] = None if chance(0.6) else e["landline"]
        must = lambda s: "email" in s or "phone" in s
    elif htype == "later_occupant":
        apn = a["pn"]
        fam = apn["family"] if chance(0.3) else None
        pn = make_pn(office, eth=apn["eth"] if fam else None, family=fam)
        e = make_client(office, "H", loc=a["loc"], pn=pn)
        e["addr"] = dict(a["addr"])
        if chance(0.3) and a.get("landline"):
            e["landline"] = a["landline"]
        must = lambda s: "address" in s
    elif htype == "twin_sibling":
        apn = a["pn"]
        g = TWIN_NAMES.get(apn["given"]) or pick([x for x in NAMES[apn["eth"]][apn["sex"]]
                                                  if x != apn["given"]])
        pn = make_pn(office, eth=apn["eth"], sex=apn["sex"], family=apn["family"], given=g)
        pn["prev_family"] = None
        e = make_client(office, "H", loc=a["loc"], pn=pn)
        if chance(0.6):
            e["addr"] = dict(a["addr"])
            e["landline"] = a.get("landline") or e["landline"]
        must = lambda s: "familyName" in s
    elif htype == "operator_other_facility":
        op = a["facility"]["operator"]
        fac = make_facility(pick(op["offices"]), "H", True, memory=chance(0.3), operator=op)
        e = make_facility_customer(fac, "H")
        e["email"] = op["ap_mail"] if chance(0.85) else fac["cp_mail"]
        stem = op["brand"]
        must = lambda s: "company_stem" in s and ("email" in s or "email_domain" in s)
    elif htype == "other_program":
        ag = a["agency_ref"]
        kind = a["kind"]
        progs = VA_PROGRAMS if kind == "va_ccn" else (
            AAA_PROGRAMS[state_of(ag["office"])] if kind == "aaa" else church_programs(ag["name"]))
        free = [p for p in progs if p not in ag["programs"]]
        if not free:
            return None
        prog = pick(free)
        ag["programs"].append(prog)
        roles = {"va_ccn": VA_ROLES, "aaa": AAA_ROLES}.get(kind, CHURCH_ROLES)
        e = make_program_org(kind, ag["office"], "H", ag["name"], ag["domain"], prog,
                             ag["loc"], ag["addr"], ag["phone"], roles, stem=ag["name"],
                             main_mailbox=ag["main_mailbox"])
        e["agency_ref"] = ag
        stem = ag["name"]
        must = lambda s: "company_stem" in s and ("address" in s or "phone" in s)
    elif htype == "trust_vs_person":
        p = a.get("payer")
        trustee = dict(p) if p and p.get("pn") else None
        home = a["addr"] if chance(0.7) else None
        e = make_trust(office, "H", grantor_pn=a["pn"], trustee=trustee, home=home,
                       loc=a["loc"])
        must = lambda s: bool({"email", "phone", "address"} & set(s))
    elif htype == "estate_vs_person":
        p = a.get("payer")
        ex = dict(p) if p and p.get("pn") else None
        home = a["addr"] if chance(0.6) else None
        e = make_estate(office, "H", decedent_pn=a["pn"], executor=ex, home=home,
                        loc=a["loc"])
        must = lambda s: bool({"email", "phone", "address"} & set(s))
    elif htype == "guardian_vs_ward":
        e = make_client(a["office"], "H")
        e["kind"] = "client_payer"
        e["payer"] = guardian_payer(a)
        e["email"] = None
        must = lambda s: "email" in s or "phone" in s
    else:
        raise ValueError(htype)
    return e, must, stem


def build_hard_negatives(ex_ents, ex_recs, ex_index):
    used = set()
    result = []
    order = list(range(len(ex_ents)))
    for htype, n in HN_PLAN:
        rng.shuffle(order)
        got = 0
        used_agencies = []
        for i in order:
            if got >= n:
                break
            a = ex_ents[i]
            if a["id"] in used or not hn_anchor_ok(htype, a, ex_recs[i]):
                continue
            if htype == "other_program" and a["agency_ref"]["name"] in used_agencies:
                continue
            made = hn_entity(htype, a)
            if made is None:
                continue
            e, must, stem = made
            ok = None
            for attempt in range(30):
                src = choose_source(e)
                prof = "light" if attempt < 20 else "occ1"
                out = build(e, src, prof, forced_events=[] if attempt >= 10 else None)
                rec = out.contact()
                s = shared_items(rec, ex_recs[i], stem)
                if s and must(s):
                    ok = (src, out, rec, s)
                    break
            if ok is None:
                continue
            src, out, rec, s = ok
            used.add(a["id"])
            if htype == "other_program":
                used_agencies.append(a["agency_ref"]["name"])
            labels = change_labels(ex_recs[i], rec, {}, HN_DEFAULT_LABEL)
            meta = {"category": "hard_negative", "kind": e["kind"], "party": e["party"],
                    "changes": labels, "source": src, "anchor": a["id"],
                    "anchor_index": ex_index[a["id"]], "hn_type": htype,
                    "rule": HN_RULES[htype], "shared": s}
            if stem and "company_stem" in s:
                meta["stem"] = stem
            result.append({"ent": e, "rec": rec, "meta": meta})
            got += 1
        if got < n:
            raise RuntimeError("not enough anchors for %s (%d/%d)" % (htype, got, n))
    return result


# ---- matches and new customers -----------------------------------------------------

def make_match(ent, base, ex_idx, ex_recs):
    profile = wchoice(rng, PROFILES)
    ref = ent["qbo_out"]
    for attempt in range(40):
        prof = profile if attempt < 25 else "light"
        src = choose_source(ent)
        evs = entity_events(ent, prof) if attempt < 25 else []
        out = build(ent, src, prof, ref=ref, ent_evs=evs)
        rec = out.contact()
        if ent.get("disambig") and rec["displayName"] != base["displayName"]:
            out.hint(["displayName"], "disambiguation_dropped")
        ev = evidence(base, rec)
        if ev:
            findable = "identifier"
        elif name_city_findable(rec, ex_idx, ex_recs):
            findable = "name+city"
        else:
            continue
        labels = change_labels(base, rec, out.hints)
        meta = {"category": "match", "kind": ent["kind"], "party": ent["party"],
                "changes": labels, "source": src, "profile": prof, "evidence": ev,
                "findable": findable, "compare_set": "existing", "compare_index": ex_idx}
        return {"ent": ent, "rec": rec, "meta": meta}
    raise RuntimeError("no findable match for %s" % ent["id"])


def make_new_occurrences(ent, k):
    for group_attempt in range(8):
        items = _new_group(ent, k)
        if items is not None:
            return items
    raise RuntimeError("no evidence for new repeats of %s" % ent["id"])


def _new_group(ent, k):
    src = choose_source(ent)
    out1 = build(ent, src, "occ1")
    rec1 = out1.contact()
    items = [{"ent": ent, "rec": rec1, "occ": 1,
              "meta": {"category": "new", "kind": ent["kind"], "party": ent["party"],
                       "changes": [], "source": src, "occurrence": 1}}]
    for occ in range(2, k + 1):
        profile = wchoice(rng, PROFILES_NEW)
        for attempt in range(40):
            prof = profile if attempt < 25 else "light"
            s2 = choose_source(ent)
            evs = entity_events(ent, prof) if attempt < 25 else []
            out = build(ent, s2, prof, ref=out1, ent_evs=evs)
            rec = out.contact()
            ev = evidence(rec1, rec)
            if ev:
                break
        else:
            return None
        labels = change_labels(rec1, rec, out.hints)
        items.append({"ent": ent, "rec": rec, "occ": occ,
                      "meta": {"category": "new", "kind": ent["kind"], "party": ent["party"],
                               "changes": labels, "source": s2, "occurrence": occ,
                               "profile": prof, "evidence": ev, "findable": "identifier",
                               "compare_set": "incoming"}})
    return items


# ---- output ------------------------------------------------------------------------

def disambiguate(ex_ents, recs):
    taken = set(r["displayName"].casefold() for r in recs)
    groups = {}
    for i, r in enumerate(recs):
        groups.setdefault(r["displayName"].casefold(), []).append(i)
    for key, idxs in groups.items():
        if len(idxs) < 2:
            continue
        cities = [recs[i]["address"]["city"] if recs[i]["address"] else None for i in idxs]
        for j, i in enumerate(idxs[1:], start=2):
            city = cities[j - 1]
            base = recs[i]["displayName"]
            cand = None
            if city and cities.count(city) == 1 and city != cities[0]:
                cand = "%s (%s)" % (base, city)
            n = j
            while cand is None or cand.casefold() in taken or len(cand) > 100:
                cand = "%s (%d)" % (base[:92], n)
                n += 1
            taken.add(cand.casefold())
            recs[i]["displayName"] = cand
            ex_ents[i]["disambig"] = cand[len(base):].strip()
            ex_ents[i]["qbo_out"].c["displayName"] = cand


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    W = build_world()
    # ---------------- existing customers
    ex_ents = []
    for kind, n in EXISTING_PLAN:
        if kind in ("client", "client_payer", "couple", "resident", "snowbird"):
            ents = make_persons(kind, n, "E", W)
        else:
            ents = make_orgs(kind, n, "E", W)
        if kind == "client":
            ents += plant_pairs(ents)
        ex_ents += ents
    assert len(ex_ents) == N_EXISTING, len(ex_ents)
    for e in ex_ents:
        e["qbo_out"] = build(e, "quickbooks", "light", forced_events=[])
    recs = [e["qbo_out"].contact() for e in ex_ents]
    disambiguate(ex_ents, recs)
    order = sorted(range(len(ex_ents)), key=lambda i: (recs[i]["displayName"].casefold(),
                                                       recs[i]["displayName"]))
    ex_ents = [ex_ents[i] for i in order]
    ex_recs = [recs[i] for i in order]
    ex_index = {e["id"]: i for i, e in enumerate(ex_ents)}

    # ---------------- new customers
    new_ents = []
    for kind, n in NEW_PLAN:
        if kind in ("client", "client_payer", "couple", "resident", "snowbird"):
            new_ents += make_persons(kind, n, "N", W)
        else:
            new_ents += make_orgs(kind, n, "N", W)
    rng.shuffle(new_ents)
    mults = []
    for m, c in NEW_MULT:
        mults += [m] * c
    assert len(mults) == len(new_ents), (len(mults), len(new_ents))

    # ---------------- hard negatives
    hn_items = build_hard_negatives(ex_ents, ex_recs, ex_index)

    # ---------------- matches
    pool = list(range(len(ex_ents)))
    rng.shuffle(pool)
    match_items = []
    p = 0
    for m, c in MATCH_MULT:
        for _ in range(c):
            i = pool[p]
            p += 1
            for _ in range(m):
                match_items.append(make_match(ex_ents[i], ex_recs[i], i, ex_recs))
    new_items = []
    for e, m in zip(new_ents, mults):
        new_items += make_new_occurrences(e, m)

    incoming = match_items + new_items + hn_items
    assert len(incoming) == N_INCOMING, len(incoming)
    rng.shuffle(incoming)
    # occurrences of a new customer appear in order: reassign within its slots
    queues = {}
    for it in new_items:
        queues.setdefault(it["ent"]["id"], []).append(it)
    for q in queues.values():
        q.sort(key=lambda it: it["occ"])
    placed = []
    first_pos = {}
    for pos, it in enumerate(incoming):
        if it["meta"]["category"] == "new":
            it = queues[it["ent"]["id"]].pop(0)
            if it["occ"] == 1:
                first_pos[it["ent"]["id"]] = pos
        placed.append(it)
    for it in placed:
        if it["meta"]["category"] == "new" and it["occ"] > 1:
            it["meta"]["compare_index"] = first_pos[it["ent"]["id"]]

    # ---------------- write
    set_lines, meta_lines = [], []
    for i, (e, r) in enumerate(zip(ex_ents, ex_recs)):
        set_lines.append({"set": "existing", "entity": e["id"], "contact": r})
        meta_lines.append({"set": "existing", "index": i, "entity": e["id"],
                           "category": "existing", "kind": e["kind"], "party": e["party"],
                           "changes": []})
    for i, it in enumerate(placed):
        e = it["ent"]
        set_lines.append({"set": "incoming", "entity": e["id"], "contact": it["rec"]})
        m = {"set": "incoming", "index": i, "entity": e["id"]}
        m.update(it["meta"])
        meta_lines.append(m)
    with open(os.path.join(args.out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in set_lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in meta_lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    cats = {}
    for x in meta_lines:
        cats[x["category"]] = cats.get(x["category"], 0) + 1
    print("wrote %d records to %s: %s" % (len(set_lines), args.out,
                                          ", ".join("%s=%d" % kv for kv in sorted(cats.items()))))


if __name__ == "__main__":
    main()
