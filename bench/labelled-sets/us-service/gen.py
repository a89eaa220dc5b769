#!/usr/bin/env python3
"""
Independent, labelled hold-out set for customer record linkage (hold1).

Writes (next to this script):
  set.jsonl   one JSON object per line:
              {"set": "existing"|"incoming", "entity": id, "contact": {...}}
  meta.jsonl  same line order; per-line category / sub-type / applied
              perturbations / related entity (NOT part of the test input;
              for analysing errors only)
  README.txt  description of the mix and the counts

Scenario: a Columbus (Ohio) home-services company (plumbing/HVAC/cleaning)
with ~2,000 customers in QuickBooks Online ("existing") and ~2,000 records
arriving one at a time from a CRM / field-service app / billing app
("incoming").  Entity ids are opaque; records of one real person/business
share the id, different real people/businesses never do.

Deterministic: fixed seed, Python's random + Faker (en_US, seeded instance).
Tested with Python 3.11 and Faker 40.63.0.
"""
import copy
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

from faker import Faker

SEED = 20240917
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)
fake = Faker("en_US")
fake.seed_instance(SEED)

N_EXISTING = 2000
MIX = {"match_existing": 900, "new": 500, "hard_negative": 300, "repeat_new": 300}
HARD_MIX = {"household": 65, "spouse": 50, "jr_sr": 35, "namesake": 55,
            "apt_neighbor": 40, "branch": 30, "same_address_business": 25}
# related pairs that already sit together inside the existing (QBO) list
EXISTING_PAIRS = {"household": 25, "spouse": 20, "namesake": 12, "jr_sr": 6,
                  "branch": 8, "same_address_business": 5}


def wchoice(pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights)[0]


# ----------------------------------------------------------------------------
# reference data
# ----------------------------------------------------------------------------
NICK_M = {
    "Robert": ["Bob", "Rob", "Bobby", "Robbie"], "William": ["Bill", "Will", "Billy"],
    "James": ["Jim", "Jimmy", "Jamie"], "John": ["Jack", "Johnny"],
    "Michael": ["Mike", "Mikey"], "Richard": ["Rick", "Rich", "Dick", "Richie"],
    "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"], "Charles": ["Charlie", "Chuck"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Anthony": ["Tony"], "Andrew": ["Andy", "Drew"], "Joshua": ["Josh"],
    "David": ["Dave"], "Steven": ["Steve"], "Stephen": ["Steve"],
    "Edward": ["Ed", "Eddie", "Ted"], "Timothy": ["Tim"], "Kenneth": ["Ken", "Kenny"],
    "Ronald": ["Ron", "Ronnie"], "Donald": ["Don", "Donnie"], "Gregory": ["Greg"],
    "Jeffrey": ["Jeff"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Alexander": ["Alex"],
    "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Patrick": ["Pat"], "Peter": ["Pete"],
    "Raymond": ["Ray"], "Lawrence": ["Larry"], "Gerald": ["Jerry"], "Douglas": ["Doug"],
    "Frederick": ["Fred"], "Phillip": ["Phil"], "Philip": ["Phil"], "Walter": ["Walt"],
    "Eugene": ["Gene"], "Henry": ["Hank"], "Nathan": ["Nate"], "Zachary": ["Zach", "Zack"],
    "Jacob": ["Jake"], "Vincent": ["Vince"], "Albert": ["Al"], "Theodore": ["Ted", "Teddy"],
    "Mitchell": ["Mitch"], "Randall": ["Randy"], "Russell": ["Russ"], "Terrence": ["Terry"],
    "Leonard": ["Len", "Lenny"], "Gabriel": ["Gabe"], "Bradley": ["Brad"],
    "Frank": ["Frankie"], "Francis": ["Frank"], "Allen": ["Al"], "Harold": ["Hal"],
}
NICK_F = {
    "Elizabeth": ["Liz", "Beth", "Betsy", "Lizzie"], "Katherine": ["Kate", "Katie", "Kathy"],
    "Catherine": ["Cathy", "Cat", "Kate"], "Kathryn": ["Kate", "Katie"],
    "Kathleen": ["Kathy", "Kate"], "Jennifer": ["Jen", "Jenny", "Jenn"],
    "Margaret": ["Maggie", "Peggy", "Meg"], "Patricia": ["Pat", "Patty", "Trish"],
    "Susan": ["Sue", "Susie"], "Deborah": ["Deb", "Debbie"], "Rebecca": ["Becky", "Becca"],
    "Jessica": ["Jess", "Jessie"], "Barbara": ["Barb"], "Christine": ["Chris", "Chrissy"],
    "Christina": ["Tina", "Chris"], "Kimberly": ["Kim"], "Pamela": ["Pam"],
    "Cynthia": ["Cindy"], "Sandra": ["Sandy"], "Victoria": ["Vicky", "Tori"],
    "Samantha": ["Sam"], "Alexandra": ["Alex", "Lexi"], "Abigail": ["Abby"],
    "Jacqueline": ["Jackie"], "Judith": ["Judy"], "Dorothy": ["Dottie"],
    "Theresa": ["Terri", "Tess"], "Melissa": ["Missy", "Mel"], "Stephanie": ["Steph"],
    "Amanda": ["Mandy"], "Angela": ["Angie"], "Valerie": ["Val"], "Carolyn": ["Carol"],
    "Josephine": ["Josie", "Jo"], "Madison": ["Maddie"], "Allison": ["Allie"],
    "Suzanne": ["Sue", "Suzy"], "Virginia": ["Ginny"], "Nicole": ["Nikki"],
    "Michelle": ["Shelly"], "Natalie": ["Nat"], "Jillian": ["Jill"], "Cassandra": ["Cassie"],
    "Gabrielle": ["Gabby"], "Danielle": ["Dani"], "Melanie": ["Mel"], "Eleanor": ["Ellie"],
}
NICKS = dict(NICK_M)
NICKS.update(NICK_F)
CANON = {}
for _formal, _ns in NICKS.items():
    CANON[_formal] = _formal
    for _n in _ns:
        CANON.setdefault(_n, _formal)
SPELL_VARIANTS = {
    "Jon": ["John"], "John": ["Jon"], "Steven": ["Stephen"], "Stephen": ["Steven"],
    "Katherine": ["Catherine", "Kathryn"], "Catherine": ["Katherine"], "Kathryn": ["Katherine"],
    "Sara": ["Sarah"], "Sarah": ["Sara"], "Ann": ["Anne"], "Anne": ["Ann"],
    "Philip": ["Phillip"], "Phillip": ["Philip"], "Allen": ["Alan", "Allan"], "Alan": ["Allen"],
    "Brian": ["Bryan"], "Bryan": ["Brian"], "Eric": ["Erik"], "Erik": ["Eric"],
    "Mark": ["Marc"], "Marc": ["Mark"], "Rebecca": ["Rebekah"], "Jeffrey": ["Geoffrey", "Jeffery"],
    "Teresa": ["Theresa"], "Theresa": ["Teresa"], "Kristen": ["Kristin", "Christen"],
    "Kristin": ["Kristen"], "Megan": ["Meghan"], "Meghan": ["Megan"], "Caitlin": ["Kaitlyn"],
    "Kaitlyn": ["Caitlin"], "Carl": ["Karl"], "Shawn": ["Sean"], "Sean": ["Shawn"],
}
SPECIAL_SURNAMES = [
    "O'Brien", "O'Connor", "O'Neil", "O'Malley", "McDonald", "McCarthy", "MacDonald",
    "McKenzie", "McGee", "DeLuca", "DiMarco", "D'Angelo", "LaFleur", "LeBlanc",
    "De La Cruz", "Del Rosario", "Van Dyke", "Van Horn", "St. Clair", "Garcia-Lopez",
    "Smith-Jones", "Nguyen", "Tran", "Patel", "Shah", "Kowalski", "Nowak", "Schmidt",
    "Yoder", "Hershberger", "Okafor", "Abdi", "Mohamed", "Hussein", "Kim", "Park", "Chen",
    "Wang", "Zhang", "Singh", "Gupta", "Gurung", "Adhikari", "Mueller", "Schneider",
]
MIDDLES = "AABCDEEFGHJJKLLMMNPRRSSTW"

# --- geography: Columbus, OH metro + a few customers elsewhere ----------------
METRO = [  # city, zips, area codes, weight
    ("Columbus", ["43201", "43202", "43203", "43204", "43205", "43206", "43207", "43209",
                  "43211", "43212", "43213", "43214", "43215", "43219", "43220", "43221",
                  "43223", "43224", "43227", "43228", "43229", "43230", "43231", "43232",
                  "43235", "43240"], ["614"] * 9 + ["380"], 30),
    ("Dublin", ["43016", "43017"], ["614"], 5), ("Westerville", ["43081", "43082"], ["614"], 5),
    ("Hilliard", ["43026"], ["614"], 4), ("Grove City", ["43123"], ["614"], 4),
    ("Gahanna", ["43230"], ["614"], 3), ("Reynoldsburg", ["43068"], ["614"], 3),
    ("Upper Arlington", ["43220", "43221"], ["614"], 3), ("Worthington", ["43085"], ["614"], 3),
    ("Powell", ["43065"], ["614"], 3), ("Delaware", ["43015"], ["740"], 3),
    ("Lewis Center", ["43035"], ["740", "614"], 3), ("Pickerington", ["43147"], ["614"], 2),
    ("Canal Winchester", ["43110"], ["614"], 2), ("Grandview Heights", ["43212"], ["614"], 1),
    ("Bexley", ["43209"], ["614"], 1), ("Whitehall", ["43213"], ["614"], 1),
    ("New Albany", ["43054"], ["614"], 2), ("Plain City", ["43064"], ["614"], 1),
    ("Galloway", ["43119"], ["614"], 1), ("Lancaster", ["43130"], ["740"], 2),
    ("Newark", ["43055"], ["740"], 2), ("Marysville", ["43040"], ["937"], 1),
    ("Sunbury", ["43074"], ["740"], 1), ("Blacklick", ["43004"], ["614"], 1),
    ("Groveport", ["43125"], ["614"], 1),
]
OTHER = [  # city, state, zips, area codes
    ("Cleveland", "OH", ["44113", "44102"], ["216"]), ("Cincinnati", "OH", ["45202", "45208"], ["513"]),
    ("Dayton", "OH", ["45402", "45419"], ["937"]), ("Akron", "OH", ["44303"], ["330"]),
    ("Toledo", "OH", ["43614"], ["419"]), ("Chicago", "IL", ["60614", "60657"], ["312", "773"]),
    ("Naperville", "IL", ["60540"], ["630"]), ("Indianapolis", "IN", ["46220"], ["317"]),
    ("Pittsburgh", "PA", ["15217"], ["412"]), ("Philadelphia", "PA", ["19103"], ["215"]),
    ("Ann Arbor", "MI", ["48104"], ["734"]), ("Louisville", "KY", ["40205"], ["502"]),
    ("Nashville", "TN", ["37206"], ["615"]), ("Atlanta", "GA", ["30307"], ["404"]),
    ("Charlotte", "NC", ["28203"], ["704"]), ("Raleigh", "NC", ["27609"], ["919"]),
    ("Tampa", "FL", ["33606"], ["813"]), ("Naples", "FL", ["34102"], ["239"]),
    ("Sarasota", "FL", ["34236"], ["941"]), ("Scottsdale", "AZ", ["85251"], ["480"]),
    ("Denver", "CO", ["80206"], ["303"]), ("Austin", "TX", ["78704"], ["512"]),
    ("St. Louis", "MO", ["63110"], ["314"]), ("Minneapolis", "MN", ["55408"], ["612"]),
    ("Boston", "MA", ["02116", "02130"], ["617"]), ("Providence", "RI", ["02906"], ["401"]),
    ("Hartford", "CT", ["06106"], ["860"]), ("Jersey City", "NJ", ["07302"], ["201"]),
    ("Baltimore", "MD", ["21224"], ["410"]), ("Brooklyn", "NY", ["11215"], ["718"]),
    ("Seattle", "WA", ["98103"], ["206"]), ("Morgantown", "WV", ["26505"], ["304"]),
]
STATE_NAMES = {"OH": "Ohio", "IL": "Illinois", "IN": "Indiana", "PA": "Pennsylvania",
               "MI": "Michigan", "KY": "Kentucky", "TN": "Tennessee", "GA": "Georgia",
               "NC": "North Carolina", "FL": "Florida", "AZ": "Arizona", "CO": "Colorado",
               "TX": "Texas", "MO": "Missouri", "MN": "Minnesota", "MA": "Massachusetts",
               "RI": "Rhode Island", "CT": "Connecticut", "NJ": "New Jersey", "MD": "Maryland",
               "NY": "New York", "WA": "Washington", "WV": "West Virginia"}
CITY_ALIASES = {"Upper Arlington": ["Columbus"], "Grandview Heights": ["Grandview", "Columbus"],
                "Worthington": ["Columbus"], "Lewis Center": ["Columbus", "Westerville"],
                "Galloway": ["Columbus"], "Blacklick": ["Columbus"], "Whitehall": ["Columbus"],
                "Bexley": ["Columbus"], "Gahanna": ["Columbus"], "St. Louis": ["Saint Louis", "St Louis"],
                "Brooklyn": ["New York"], "Canal Winchester": ["Canal Winchstr"],
                "Columbus": ["Cols"]}
# street names; '|' marks a word boundary that people sometimes split/merge
STREETS = [
    "Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Walnut", "Park", "Washington", "Lincoln",
    "Jefferson", "Madison", "High", "Broad", "Church", "Mill", "Spring", "Lake", "Hill", "Ridge",
    "Meadow", "Forest", "Sun|set", "River", "High|land", "Cherry", "Chestnut", "Willow",
    "Hickory", "Sycamore", "Birch", "Dogwood", "Magnolia", "Poplar", "Linden", "Laurel",
    "Cambridge", "Oxford", "Kensington", "Hampton", "Stratford", "Windsor", "Sheffield",
    "Brook|side", "Fair|way", "Orchard", "Prospect", "Summit", "Valley", "Wood|land",
    "Green|wood", "Lake|view", "Hawken", "Kings|dale", "Henderson", "Bethel", "Saw|mill",
    "Karl", "Morse", "Cleveland", "Indianola", "Neil", "Hudson", "Tremont", "River|side",
    "Olentangy River", "Schrock", "Cooper", "Brice", "Hamilton", "Livingston", "Refugee",
    "Alum Creek", "Big Walnut", "Polaris", "Stelzer", "Sunbury", "Smoky Row", "Avery",
    "Bright", "Rings", "Hayden Run", "Stringtown", "Hoover", "Demorest", "Kenny", "Godown",
    "Lane", "Tuttle Crossing", "Frantz", "Weston", "Oak|land Park", "Glen|wood", "Elm|wood",
    "Stone|gate", "Maple|wood", "Brook|haven", "Pine|hurst", "Hill|crest", "Wood|crest",
    "Cherry|wood", "Black|lick", "Blue|bell", "Wilson", "Harrison", "Franklin", "Grant",
    "Beech|wood", "Amber|leigh", "Deer|field", "Fox|chase", "Heather|ridge", "Autumn",
    "Winding Creek", "Country Club", "Club|view", "Cobble|stone", "Mulberry", "Juniper",
    "Aspen", "Buckeye", "Scioto", "Darby", "Truro", "Kirk", "Abbey", "Bristol", "Dover",
    "Lexington", "Concord", "Sheridan", "Arlington", "Fairfax", "Ashford", "Wexford",
]
NUMBERED = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th",
            "12th", "15th", "17th", "20th", "22nd", "24th"]
COMMERCIAL_STREETS = [("Broad", "Street"), ("High", "Street"), ("Main", "Street"),
                      ("Saw|mill", "Road"), ("Bethel", "Road"), ("Morse", "Road"),
                      ("Polaris", "Parkway"), ("Cleveland", "Avenue"), ("Kenny", "Road"),
                      ("Henderson", "Road"), ("Dublin Granville", "Road"), ("Hamilton", "Road"),
                      ("Brice", "Road"), ("Stringtown", "Road"), ("Tuttle Crossing", "Boulevard"),
                      ("Frantz", "Road"), ("Cemetery", "Road"), ("Lane", "Avenue"),
                      ("Schrock", "Road"), ("Sunbury", "Road"), ("Parsons", "Avenue"),
                      ("Lancaster", "Avenue"), ("State", "Street"), ("Hard", "Road"),
                      ("Worthington Woods", "Boulevard"), ("Corporate", "Drive"),
                      ("Commerce", "Parkway"), ("Executive", "Drive"), ("Business Park", "Drive"),
                      ("Industrial", "Parkway"), ("Westbelt", "Drive")]
STYPES = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Drive": "Dr", "Lane": "Ln",
          "Boulevard": "Blvd", "Court": "Ct", "Place": "Pl", "Way": "Way", "Circle": "Cir",
          "Terrace": "Ter", "Parkway": "Pkwy", "Trail": "Trl", "Pike": "Pike", "Run": "Run",
          "Loop": "Loop"}
STYPE_W = [("Street", 18), ("Avenue", 13), ("Road", 16), ("Drive", 17), ("Lane", 8),
           ("Court", 9), ("Boulevard", 2), ("Place", 4), ("Way", 4), ("Circle", 4),
           ("Terrace", 2), ("Trail", 2), ("Run", 1), ("Loop", 1)]
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West"}
UNIT_FORMS = {"apt": ["Apt {}", "Apt. {}", "Unit {}", "#{}", "Apt #{}", "Apartment {}"],
              "suite": ["Suite {}", "Ste {}", "Ste. {}", "#{}", "Unit {}"],
              "lot": ["Lot {}", "#{}"]}

EMAIL_PROVIDERS = [("gmail.com", 44), ("yahoo.com", 14), ("hotmail.com", 7), ("outlook.com", 6),
                   ("aol.com", 4), ("icloud.com", 6), ("comcast.net", 2.5), ("att.net", 2.5),
                   ("sbcglobal.net", 2), ("msn.com", 1.5), ("live.com", 1.5), ("me.com", 1.5),
                   ("verizon.net", 1), ("wowway.com", 1), ("columbus.rr.com", 1.2),
                   ("insight.rr.com", 0.5), ("frontier.com", 0.5), ("ymail.com", 0.5),
                   ("protonmail.com", 0.5), ("mac.com", 0.5)]
EMPLOYERS = ["osu.edu", "nationwide.com", "cardinalhealth.com", "huntington.com", "jpmchase.com",
             "ohiohealth.com", "mchs.com", "nationwidechildrens.org", "bathandbodyworks.com",
             "wendys.com", "abbott.com", "am.honda.com", "amazon.com", "columbus.gov",
             "ohio.gov", "battelle.org", "aep.com", "safelite.com", "worthingtonindustries.com",
             "scotts.com", "deloitte.com", "pwc.com", "ibm.com", "accenture.com",
             "dublinschools.net", "express.com", "bigl.com", "cas.org", "otterbein.edu",
             "cscc.edu", "mheducation.com", "hondaresearch.com"]
PROVIDER_TYPOS = {"gmail.com": ["gmial.com", "gmail.con", "gamil.com", "gmail.co", "gmal.com"],
                  "yahoo.com": ["yaho.com", "yahoo.co", "yahooo.com", "yhaoo.com"],
                  "hotmail.com": ["hotmial.com", "hotmail.co", "hotmal.com"],
                  "outlook.com": ["outlok.com", "outlook.co"], "aol.com": ["aol.co", "aoll.com"],
                  "icloud.com": ["iclod.com", "icloud.co"], "comcast.net": ["comcast.ner", "comcat.net"],
                  "att.net": ["att.ner", "at.net"], "sbcglobal.net": ["sbcgobal.net", "sbcglobal.com"]}

TRADES = ["Dental", "Family Dentistry", "Orthodontics", "Chiropractic", "Veterinary Clinic",
          "Animal Hospital", "Pet Grooming", "Bakery", "Cafe", "Coffee House", "Pizzeria", "Grill",
          "Diner", "Tavern", "Salon", "Hair Studio", "Barber Shop", "Nail Spa", "Day Spa",
          "Auto Repair", "Auto Body", "Tire & Auto", "Hardware", "Insurance Agency", "Law Office",
          "Accounting", "Tax Service", "Realty", "Property Management", "Properties",
          "Self Storage", "Fitness", "Yoga Studio", "Dance Studio", "Martial Arts", "Daycare",
          "Learning Center", "Montessori School", "Funeral Home", "Florist", "Dry Cleaners",
          "Laundromat", "Pharmacy", "Medical Group", "Pediatrics", "Physical Therapy", "Eye Care",
          "Brewing", "Deli", "Market", "Boutique", "Print Shop", "Photography", "Floor Covering",
          "Furniture", "Bike Shop", "Music Studio", "Catering", "Restaurant", "Bistro", "Pub",
          "Car Wash", "Garden Center", "Associates", "Services", "Management Group",
          "Construction", "Builders", "Consulting", "Insurance Services", "Apartments"]
PLACES = ["Riverside", "Northside", "Eastside", "Westside", "Olentangy", "Scioto", "Buckeye",
          "Capital City", "German Village", "Short North", "Clintonville", "Blue Sky", "Sunrise",
          "Golden", "Summit", "Heritage", "Legacy", "Pinnacle", "Premier", "Precision",
          "Keystone", "Evergreen", "Oakwood", "Red Oak", "Silver Lake", "Great Lakes", "Midwest",
          "Central Ohio", "Heartland", "Crossroads", "Lighthouse", "Cornerstone", "Harvest",
          "Prairie", "Liberty", "Patriot", "First Choice", "All Star", "Elite", "Little Sprouts",
          "Happy Paws", "Blue Door", "Green Leaf", "Stonebridge", "Brookside", "Wedgewood",
          "Tartan", "Easton", "Polaris", "Muirfield", "Darby Creek", "Big Walnut", "Alum Creek"]
SAINTS = ["Andrew", "Brendan", "Michael", "Joseph", "Paul", "Mary", "Timothy", "Agatha",
          "Brigid", "Catharine", "Francis", "Peter", "Matthias"]
LEGAL_FORMS = {"LLC": [" LLC", ", LLC", " L.L.C.", " Llc"], "Inc": [" Inc", " Inc.", ", Inc.", ", Inc", " Incorporated"],
               "Co": [" Co.", " Co", " Company"], "Corp": [" Corp", " Corp.", " Corporation"],
               "Ltd": [" Ltd", " Ltd."], "PLLC": [" PLLC", ", PLLC"], "LLP": [" LLP", ", LLP"]}
ABBREV = {"Services": "Svcs", "Associates": "Assoc", "Management": "Mgmt", "Property": "Prop",
          "Center": "Ctr", "Brothers": "Bros", "International": "Intl", "Company": "Co",
          "Construction": "Constr", "Apartments": "Apts", "Insurance": "Ins", "Mountain": "Mtn",
          "Saint": "St.", "Accounting": "Acctg", "Veterinary": "Vet", "Physical Therapy": "PT",
          "Homeowners Association": "HOA", "Church": "Ch", "Consulting": "Consult."}

PHONE_FORMATS = ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}{e}{l}", "+1 {a} {e} {l}", "{a}.{e}.{l}",
                 "+1{a}{e}{l}", "1-{a}-{e}-{l}", "{a} {e} {l}", "({a}){e}-{l}", "+1 ({a}) {e}-{l}"]
PHONE_FMT_W_EXISTING = [60, 30, 3, 2, 3, 0, 1, 1, 0, 0]
PHONE_FMT_W_INCOMING = [26, 24, 14, 9, 8, 6, 4, 4, 3, 2]

# ----------------------------------------------------------------------------
# low-level noise helpers
# ----------------------------------------------------------------------------
KB = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_POS = {ch: (r, c) for r, row in enumerate(KB) for c, ch in enumerate(row)}
NB = {ch: [o for o, (r2, c2) in _POS.items() if o != ch and abs(r - r2) <= 1
           and abs((c + 0.5 * r) - (c2 + 0.5 * r2)) <= 1.0] for ch, (r, c) in _POS.items()}


def _case_like(ref, ch):
    return ch.upper() if ref.isupper() else ch.lower()


def typo(s):
    """One keyboard-style error: substitution (neighbour key), deletion,
    insertion, transposition, doubled letter."""
    if not s:
        return s
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 2:
        return s
    allupper = s.upper() == s
    for _ in range(10):
        i = idx[0] if rng.random() < 0.08 else rng.choice(idx[1:])
        kind = wchoice([("sub_kb", 30), ("del", 22), ("ins_kb", 14), ("transpose", 18),
                        ("double", 9), ("sub_rand", 7)])
        ch = s[i]
        lo = ch.lower()
        if kind == "sub_kb":
            r = s[:i] + _case_like(ch, rng.choice(NB.get(lo) or ["e"])) + s[i + 1:]
        elif kind == "sub_rand":
            r = s[:i] + _case_like(ch, rng.choice("aeioulnrst")) + s[i + 1:]
        elif kind == "del":
            r = s[:i] + s[i + 1:]
        elif kind == "ins_kb":
            c = rng.choice(NB.get(lo) or ["e"])
            r = s[:i + 1] + (c.upper() if allupper else c) + s[i + 1:]
        elif kind == "double":
            r = s[:i + 1] + (s[i].upper() if allupper else s[i].lower()) + s[i + 1:]
        else:
            j = i + 1
            if j >= len(s) or not s[j].isalpha():
                continue
            r = s[:i] + _case_like(s[i], s[j]) + _case_like(s[j], s[i]) + s[j + 1:]
        if r != s and r.strip():
            return r
    return s


def digit_typo(s, positions=None):
    ds = [i for i, ch in enumerate(s) if ch.isdigit()]
    if positions is not None:
        ds = [d for d in ds if d in positions] or ds
    if not ds:
        return s
    for _ in range(10):
        kind = wchoice([("sub", 50), ("transpose", 25), ("del", 12), ("ins", 13)])
        i = rng.choice(ds)
        if kind == "sub":
            d = s[i]
            near = [str((int(d) + k) % 10) for k in (-1, 1)] + [rng.choice("0123456789")]
            r = s[:i] + rng.choice(near) + s[i + 1:]
        elif kind == "transpose":
            if i + 1 >= len(s) or not s[i + 1].isdigit():
                continue
            r = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif kind == "del":
            if len(ds) < 2:
                continue
            r = s[:i] + s[i + 1:]
        else:
            r = s[:i] + s[i] + s[i:]
        if r != s and not r.startswith("0"):
            return r
    return s


def slug(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("&", "and"))


# ----------------------------------------------------------------------------
# entity (ground truth) construction
# ----------------------------------------------------------------------------
ENTITY_IDS = set()
EMAILS = set()
PHONES = set()
COMPLEXES = []


def new_id():
    while True:
        e = "c%07x" % rng.getrandbits(28)
        if e not in ENTITY_IDS:
            ENTITY_IDS.add(e)
            return e


def pick_given(g, avoid=()):
    avoid_c = {CANON.get(a, a) for a in avoid}
    for _ in range(50):
        if rng.random() < 0.45:
            n = rng.choice(list(NICK_M) if g == "M" else list(NICK_F))
        else:
            n = fake.first_name_male() if g == "M" else fake.first_name_female()
        if CANON.get(n, n) not in avoid_c and n not in avoid:
            return n
    return n


def pick_family():
    if rng.random() < 0.07:
        return rng.choice(SPECIAL_SURNAMES)
    return fake.last_name()


def nick_list(given):
    return NICKS.get(given, [])


def pick_city(metro=True):
    if metro:
        city, zips, acs, _ = rng.choices(METRO, [m[3] for m in METRO])[0]
        return city, "OH", rng.choice(zips), acs
    city, st, zips, acs = rng.choice(OTHER)
    return city, st, rng.choice(zips), acs


def new_phone(acs, p_foreign=0.12):
    area = rng.choice(acs) if rng.random() >= p_foreign else rng.choice(
        ["614", "740", "937", "513", "216", "330", "419", "312", "917", "412", "704", "404", "859"])
    while True:
        ex = rng.randint(200, 999)
        if ex % 100 == 11 or ex == 555:
            continue
        d = "%s%d%04d" % (area, ex, rng.randint(0, 9999))
        if d not in PHONES:
            PHONES.add(d)
            return d


def make_complexes():
    for _ in range(75):
        city, st, z, acs = pick_city(True)
        COMPLEXES.append({
            "num": str(rng.randint(1000, 8999)), "predir": rng.choice([None] * 8 + ["E", "W"]),
            "street": rng.choice(STREETS), "stype": wchoice(STYPE_W[:6] + [("Boulevard", 3)]),
            "city": city, "region": st, "zip": z, "acs": acs,
            "unit_kind": rng.choice(["num3", "num3", "letnum", "num"]), "used": set()})


def complex_unit(cx):
    for _ in range(100):
        k = cx["unit_kind"]
        if k == "num3":
            u = "%d%02d" % (rng.randint(1, 4), rng.randint(1, 24))
        elif k == "letnum":
            u = "%d%s" % (rng.randint(1, 4), rng.choice("ABCDEFGH"))
        else:
            u = str(rng.randint(1, 240))
        if u not in cx["used"]:
            cx["used"].add(u)
            return u
    return str(rng.randint(300, 999))


def addr_from_complex(cx):
    return {"num": cx["num"], "predir": cx["predir"], "street": cx["street"], "stype": cx["stype"],
            "unit": ("apt", complex_unit(cx)), "city": cx["city"], "region": cx["region"],
            "zip": cx["zip"], "complex": COMPLEXES.index(cx)}


def new_home_address(metro=True):
    if metro and rng.random() < 0.14:
        a = addr_from_complex(rng.choice(COMPLEXES))
        return a, COMPLEXES[a["complex"]]["acs"]
    city, st, z, acs = pick_city(metro)
    num = str(wchoice([(rng.randint(1, 99), 2), (rng.randint(100, 999), 33),
                       (rng.randint(1000, 9999), 57), (rng.randint(10000, 12999), 8)]))
    if rng.random() < 0.08:
        street, predir = rng.choice(NUMBERED), rng.choice(list(DIRS))
        stype = rng.choice(["Street", "Avenue"])
    else:
        street = rng.choice(STREETS)
        predir = rng.choice(list(DIRS)) if rng.random() < 0.09 else None
        stype = wchoice(STYPE_W)
    unit = None
    if rng.random() < 0.03:
        unit = (rng.choice(["apt", "lot"]), rng.choice(["A", "B", "2", "1", "12", "R"]))
    return {"num": num, "predir": predir, "street": street, "stype": stype, "unit": unit,
            "city": city, "region": st, "zip": z}, acs


def new_business_address(metro=True):
    city, st, z, acs = pick_city(metro)
    if rng.random() < 0.6:
        street, stype = rng.choice(COMMERCIAL_STREETS)
    else:
        street, stype = rng.choice(STREETS), wchoice(STYPE_W)
    predir = rng.choice(list(DIRS)) if rng.random() < 0.12 else None
    num = str(wchoice([(rng.randint(100, 999), 30), (rng.randint(1000, 9999), 60),
                       (rng.randint(10000, 11999), 10)]))
    unit = ("suite", str(wchoice([(rng.randint(100, 450), 6), (rng.choice("ABCDEF"), 2),
                                  (rng.randint(1, 20), 2)]))) if rng.random() < 0.4 else None
    return {"num": num, "predir": predir, "street": street, "stype": stype, "unit": unit,
            "city": city, "region": st, "zip": z}, acs


def register_email(e):
    base_local, dom = e.split("@")
    cand = e
    while cand in EMAILS:
        cand = "%s%d@%s" % (base_local, rng.randint(1, 99), dom)
    EMAILS.add(cand)
    return cand


def person_local(given, family, nick=None, middle=None, yy=None, jr=False):
    g = slug(nick if (nick and rng.random() < 0.3) else given)
    f = slug(family)
    yy = yy or "%02d" % rng.randint(50, 99)
    pat = wchoice([("{g}.{f}", 18), ("{g}{f}", 16), ("{gi}{f}", 14), ("{g}_{f}", 5), ("{g}{fi}", 5),
                   ("{f}{gi}", 4), ("{g}{f}{yy}", 9), ("{g}{yy}", 5), ("{gi}{mi}{f}", 4),
                   ("{f}.{g}", 3), ("{g}.{f}{n}", 5), ("{handle}", 6), ("{gi}{f}{n}", 6)])
    handle = rng.choice(["buckeyefan", "osufan", "mom", "dad", "gardener", "runner", "golfer",
                         "jeepguy", "bluejackets", "crew", "homebrew", "lakegirl", "nurse",
                         "teacher"]) + rng.choice(["", "", yy, str(rng.randint(1, 99))])
    loc = pat.format(g=g, f=f, gi=g[:1], fi=f[:1], mi=(middle or "").lower(), yy=yy,
                     n=rng.randint(1, 999), handle=g[:1] + f[:4] + handle if rng.random() < 0.3 else handle)
    if jr and rng.random() < 0.5:
        loc += {"Jr": "jr", "Sr": "sr", "III": "3"}.get(jr, "")
    return loc


def person_email(t, provider=None):
    loc = person_local(t["given"], t["family"], t.get("nick"), t.get("middle"), jr=t.get("suffix"))
    return register_email("%s@%s" % (loc, provider or wchoice(EMAIL_PROVIDERS)))


def new_person(gender=None, given=None, family=None, addr=None, acs=None, phone=None,
               email=None, metro=True, avoid_given=()):
    g = gender or ("M" if rng.random() < 0.5 else "F")
    given = given or pick_given(g, avoid_given)
    family = family or pick_family()
    ns = nick_list(given)
    t = {"kind": "person", "gender": g, "given": given, "family": family,
         "nick": rng.choice(ns) if ns else None,
         "middle": rng.choice(MIDDLES) if rng.random() < 0.6 else None, "suffix": None}
    if addr is None:
        addr, acs = new_home_address(metro)
    t["addr"] = addr
    t["acs"] = acs or ["614"]
    t["phone"] = phone or new_phone(t["acs"])
    t["email"] = email if email is not None else person_email(t)
    return t


def make_company_name():
    last = fake.last_name()
    pat = wchoice([("last_trade", 22), ("sons", 4), ("two_last", 4), ("place_trade", 22),
                   ("first_s", 8), ("street_trade", 6), ("org", 12), ("faker", 10), ("initials", 5)])
    legal = wchoice([(None, 45), ("LLC", 30), ("Inc", 14), ("Co", 4), ("Corp", 3), ("Ltd", 2)])
    if pat == "last_trade":
        name = "%s %s" % (last, rng.choice(TRADES))
    elif pat == "sons":
        name = "%s & Sons %s" % (last, rng.choice(["Construction", "Hardware", "Funeral Home",
                                                   "Auto Repair", "Landscaping", "Painting"]))
    elif pat == "two_last":
        name = "%s & %s %s" % (last, fake.last_name(), rng.choice(["Law Office", "CPAs", "Associates",
                                                                   "Dental", "Realty"]))
        legal = rng.choice([None, "LLP", "PLLC", "LLC"])
    elif pat == "place_trade":
        name = "%s %s" % (rng.choice(PLACES), rng.choice(TRADES))
    elif pat == "first_s":
        name = "%s's %s" % (rng.choice([fake.first_name_male(), fake.first_name_female()]),
                            rng.choice(["Bakery", "Pizzeria", "Diner", "Salon", "Deli", "Cafe",
                                        "Tailoring", "Kitchen", "Barber Shop", "Pet Grooming"]))
    elif pat == "street_trade":
        name = "%s %s %s" % (rng.choice(STREETS).replace("|", ""), rng.choice(["Road", "Street", "Avenue"]),
                             rng.choice(TRADES))
    elif pat == "org":
        place = rng.choice(PLACES + [s.replace("|", "") for s in STREETS[:60]])
        name = rng.choice(["%s Homeowners Association" % place, "%s HOA" % place,
                           "%s Condominium Association" % place, "%s Community Church" % place,
                           "First Baptist Church of %s" % pick_city(True)[0],
                           "St. %s Catholic Church" % rng.choice(SAINTS),
                           "%s Properties" % last, "%s Apartments" % place,
                           "%s Property Management" % place, "%s Rental Properties" % last])
        legal = None if ("Church" in name or "Association" in name or "HOA" in name) else legal
    elif pat == "faker":
        name = fake.company()
        m = re.match(r"^(.*) (Inc|LLC|Ltd|PLC|Group)$", name)
        if m:
            name = m.group(1) + (" Group" if m.group(2) == "Group" else "")
            legal = {"Inc": "Inc", "LLC": "LLC", "Ltd": "Ltd", "PLC": legal, "Group": legal}[m.group(2)]
    else:
        name = "%s%s%s %s" % (rng.choice("ABCDJKMRST"), rng.choice(["&", "", " & "]), rng.choice("ABCDJKMRST"),
                              rng.choice(["Cleaning", "Auto", "Properties", "Holdings", "Landscaping",
                                          "Enterprises", "Rentals", "Trucking"]))
    return name, legal


def business_domain(name):
    words = [w for w in re.split(r"[^A-Za-z0-9&]+", name) if w]
    s = slug(name)
    if len(s) > 22:
        s = "".join(slug(w)[:1] for w in words[:-1]) + slug(words[-1])
    tld = wchoice([(".com", 80), (".net", 9), (".biz", 3), (".us", 4), (".co", 4)])
    if "church" in s or "association" in s or "hoa" in s:
        tld = ".org"
    return s + tld


def new_contact(family=None):
    g = "M" if rng.random() < 0.5 else "F"
    given = pick_given(g)
    ns = nick_list(given)
    return {"given": given, "family": family or pick_family(), "gender": g,
            "nick": rng.choice(ns) if ns else None}


def new_business(name=None, legal=None, addr=None, acs=None, metro=True):
    if name is None:
        name, legal = make_company_name()
    t = {"kind": "business", "company": name, "legal": legal,
         "contact": new_contact() if rng.random() < 0.7 else None}
    if addr is None:
        addr, acs = new_business_address(metro)
    t["addr"], t["acs"] = addr, acs or ["614"]
    t["phone"] = new_phone(t["acs"], 0.03)
    if rng.random() < 0.72:
        t["domain"] = business_domain(name)
        c = t["contact"]
        loc = wchoice([("info", 30), ("office", 20), ("contact", 6), ("billing", 8), ("accounts", 4),
                       ("ap", 3), ("admin", 5), ("hello", 3), ("manager", 3),
                       ((slug(c["given"]) if c else "frontdesk"), 10),
                       ((slug(c["given"][:1] + c["family"]) if c else "service"), 8)])
        t["email"] = register_email("%s@%s" % (loc, t["domain"]))
    else:
        t["domain"] = None
        t["email"] = register_email("%s@%s" % (slug(name)[:24], wchoice(EMAIL_PROVIDERS[:5])))
    return t


# ----------------------------------------------------------------------------
# rendering: (truth view, style) -> contact dict
# ----------------------------------------------------------------------------
def base_style(t, existing):
    st = {"phone_fmt": rng.choices(range(len(PHONE_FORMATS)),
                                   PHONE_FMT_W_EXISTING if existing else PHONE_FMT_W_INCOMING)[0],
          "stype_form": wchoice([("abbr", 70), ("full", 22), ("dot", 8)] if existing else
                                [("abbr", 55), ("full", 30), ("dot", 10), ("none", 5)]),
          "dir_form": wchoice([("abbr", 85), ("full", 10), ("dot", 5)]),
          "street_join": "normal", "unit_form": None, "apt_inline": False,
          "swap_lines": False, "region_form": "abbr" if existing or rng.random() < 0.9 else
          rng.choice(["full", "lower"]), "zip_form": "zip4" if rng.random() < (0.05 if existing else 0.08) else "5",
          "zip4": "%04d" % rng.randint(1, 9999),
          "country": wchoice([("US", 40), ("USA", 20), ("United States", 10), (None, 30)] if existing else
                             [("US", 35), ("USA", 15), ("United States", 10), ("United States of America", 3), (None, 37)]),
          "null": set(), "addr_empty_dict": False, "phone_ext": None, "line1_in_line2": False}
    if t["kind"] == "person":
        nick = t.get("nick")
        st.update({"name_form": "nick" if nick and rng.random() < (0.12 if existing else 0.2) else "formal",
                   "nick": nick,
                   "display": wchoice([("fl", 86), ("fml", 6 if t.get("middle") else 0), ("lf", 8)] if existing else
                                      [("fl", 72), ("fml", 4 if t.get("middle") else 0), ("lf", 10), ("none", 14)]),
                   "parts": True if existing or rng.random() < 0.93 else False,
                   "swap": False, "suffix_where": wchoice([("display", 50), ("family", 30), ("both", 20)]),
                   "suffix_dot": rng.random() < 0.5})
        if st["display"] == "none":
            st["parts"] = True
    else:
        has_c = t.get("contact") is not None
        st.update({"legal_show": bool(t.get("legal")) and rng.random() < 0.8,
                   "legal_form": rng.randrange(5),
                   "display": wchoice([("company", 85), ("company_contact", 7 if has_c else 0),
                                       ("contact", 8 if has_c else 0)] if existing else
                                      [("company", 78), ("company_contact", 5 if has_c else 0),
                                       ("contact", 7 if has_c else 0), ("none", 10)]),
                   "company_field": existing or rng.random() < 0.97,
                   "show_contact": has_c and rng.random() < 0.6, "contact_nick": False})
    return st


def company_str(t, st):
    s = t["company"]
    if t.get("legal") and st.get("legal_show"):
        forms = LEGAL_FORMS[t["legal"]]
        s += forms[st["legal_form"] % len(forms)]
    return s


def render_addr(a, st):
    if a is None:
        return ({k: None for k in ("line1", "line2", "city", "region", "postalCode", "country")}
                if st.get("addr_empty_dict") else None)
    full = a["stype"]
    stype = {"abbr": STYPES.get(full, full), "full": full,
             "dot": (STYPES.get(full, full) + ".") if STYPES.get(full, full) != full else full,
             "none": ""}[st["stype_form"]]
    street = a["street"]
    street = street.replace("|", " ") if st["street_join"] == "split" else street.replace("|", "")
    pre = ""
    if a.get("predir"):
        pre = {"abbr": a["predir"], "dot": a["predir"] + ".", "full": DIRS[a["predir"]],
               "none": ""}[st["dir_form"]]
    if st["street_join"] == "merge":
        street_part = (street.replace(" ", "") + stype.lower().rstrip("."))
        street_part = street_part[0].upper() + street_part[1:].lower() if rng.random() < 0.5 else street_part.lower()
        line1 = " ".join(x for x in [a["num"], pre, street_part] if x)
    else:
        line1 = " ".join(x for x in [a["num"], pre, street, stype] if x)
    line2 = None
    if a.get("unit"):
        kind, u = a["unit"]
        forms = UNIT_FORMS[kind]
        f = forms[st["unit_form"] % len(forms)] if st.get("unit_form") is not None else forms[0]
        line2 = f.format(u)
    if st["apt_inline"] and line2:
        line1 = line1 + rng.choice([" ", ", "]) + line2
        line2 = None
    if st["swap_lines"]:
        line1, line2 = line2, line1
    region = a["region"]
    if st["region_form"] == "full":
        region = STATE_NAMES.get(region, region)
    elif st["region_form"] == "lower":
        region = region.lower() if rng.random() < 0.5 else region.title()
    z = a["zip"]
    if st["zip_form"] == "zip4":
        z = z + "-" + st["zip4"]
    elif st["zip_form"] == "nolead":
        z = z.lstrip("0")
    out = {"line1": line1, "line2": line2, "city": a.get("city_override") or a["city"],
           "region": region, "postalCode": z, "country": st["country"]}
    for k in st["null"]:
        if k in out:
            out[k] = None
    return out


def fmt_phone(d, st):
    if not d:
        return None
    s = PHONE_FORMATS[st["phone_fmt"]].format(a=d[:3], e=d[3:6], l=d[6:])
    if st.get("phone_ext"):
        s += st["phone_ext"]
    return s


def person_name_parts(p, st, suffix=None):
    nf = st.get("name_form", "formal")
    if nf == "nick" and st.get("nick"):
        g = st["nick"]
    elif nf in ("initial", "initial_dot"):
        g = p["given"][0] + ("." if nf == "initial_dot" else "")
    else:
        g = p["given"]
    f = p["family"]
    sfx = ""
    if suffix:
        sfx = suffix + ("." if st.get("suffix_dot") and suffix != "III" else "")
    return g, f, sfx


def render(t, st):
    c = {"displayName": None, "givenName": None, "familyName": None, "companyName": None,
         "email": t.get("email"), "phone": fmt_phone(t.get("phone"), st), "address": render_addr(t.get("addr"), st)}
    if t["kind"] == "person":
        g, f, sfx = person_name_parts(t, st, t.get("suffix"))
        where = st.get("suffix_where", "display") if sfx else "none"
        fam_field = f + (" " + sfx if where in ("family", "both") else "")
        disp_f = f + (" " + sfx if where in ("display", "both", "family") else "")
        gn, fn = (fam_field, g) if st["swap"] else (g, fam_field)
        d = st["display"]
        mid = t.get("middle")
        if d == "none":
            disp = None
        elif d == "lf":
            disp = "%s, %s" % ((disp_f, g) if not st["swap"] else (g, disp_f))
        elif d == "fml" and mid and st.get("name_form") not in ("initial", "initial_dot"):
            disp = "%s %s. %s" % (g, mid, disp_f) if not st["swap"] else "%s %s %s." % (disp_f, g, mid)
        else:
            disp = "%s %s" % ((g, disp_f) if not st["swap"] else (disp_f, g))
        c["displayName"] = disp
        if st["parts"]:
            c["givenName"], c["familyName"] = gn, fn
    else:
        comp = company_str(t, st)
        ct = t.get("contact")
        cg = cf = None
        if ct:
            cg = (ct["nick"] if st.get("contact_nick") and ct.get("nick") else ct["given"])
            cf = ct["family"]
        d = st["display"]
        if d == "company" or (d in ("contact", "company_contact") and not ct):
            disp = comp
        elif d == "contact":
            disp = "%s %s" % (cg, cf)
        elif d == "company_contact":
            disp = rng.choice(["%s (%s %s)" % (comp, cg, cf), "%s - %s" % (comp, cf), "%s, %s %s" % (comp, cg, cf)])
        else:
            disp = None
        c["displayName"] = disp
        c["companyName"] = comp if st["company_field"] else None
        if st["show_contact"] and ct:
            c["givenName"], c["familyName"] = cg, cf
    for k in ("email", "phone"):
        if k in st["null"]:
            c[k] = None
    return c


# ----------------------------------------------------------------------------
# string-level post-processing on rendered contact dicts
# ----------------------------------------------------------------------------
def _typo_field(c, field, disp_prob=0.75):
    v = c.get(field)
    if not v:
        return False
    nv = typo(v)
    if nv == v:
        return False
    c[field] = nv
    if c.get("displayName") and v in c["displayName"] and rng.random() < disp_prob:
        c["displayName"] = c["displayName"].replace(v, nv, 1)
    return True


def _typo_display_word(c, idx):
    d = c.get("displayName")
    if not d:
        return False
    words = re.split(r"(\s+|,\s*)", d)
    toks = [i for i, w in enumerate(words) if re.search(r"[A-Za-z]{3,}", w)]
    if not toks:
        return False
    i = toks[min(idx, len(toks) - 1)] if idx is not None else rng.choice(toks)
    words[i] = typo(words[i])
    c["displayName"] = "".join(words)
    return True


def post_op(c, name):
    a = c.get("address")
    if name == "typo_given":
        if c.get("givenName") and len(c["givenName"]) > 2:
            return _typo_field(c, "givenName")
        return _typo_display_word(c, 0)
    if name == "typo_family":
        if c.get("familyName") and len(c["familyName"]) > 2:
            return _typo_field(c, "familyName")
        return _typo_display_word(c, 1)
    if name == "typo_company":
        if c.get("companyName"):
            v = c["companyName"]
            words = v.split(" ")
            toks = [i for i, w in enumerate(words) if len(re.sub(r"[^A-Za-z]", "", w)) >= 3
                    and w.rstrip(".,") not in ("LLC", "Inc", "Co", "Corp", "Ltd")]
            if not toks:
                return False
            i = rng.choice(toks)
            nw = typo(words[i])
            nv = " ".join(words[:i] + [nw] + words[i + 1:])
            c["companyName"] = nv
            if c.get("displayName") and v in c["displayName"] and rng.random() < 0.75:
                c["displayName"] = c["displayName"].replace(v, nv, 1)
            return True
        return _typo_display_word(c, None)
    if name == "typo_street":
        if not a or not a.get("line1"):
            return False
        l1 = a["line1"]
        m = re.match(r"^(\d+\s+)(.*)$", l1)
        if not m or len(m.group(2)) < 4:
            a["line1"] = typo(l1)
            return a["line1"] != l1
        a["line1"] = m.group(1) + typo(m.group(2))
        return a["line1"] != l1
    if name == "typo_city":
        if not a or not a.get("city"):
            return False
        old = a["city"]
        a["city"] = typo(old)
        return a["city"] != old
    if name == "email_typo":
        e = c.get("email")
        if not e:
            return False
        loc, dom = e.split("@")
        if dom in PROVIDER_TYPOS and rng.random() < 0.45:
            c["email"] = loc + "@" + rng.choice(PROVIDER_TYPOS[dom])
        else:
            nl = typo(loc) if re.search(r"[a-z].*[a-z]", loc) else loc + "1"
            c["email"] = nl + "@" + dom
        return c["email"] != e
    if name == "case":
        mode = wchoice([("upper_all", 30), ("lower_all", 20), ("names_upper", 15), ("names_lower", 12),
                        ("addr_upper", 10), ("email_mixed", 8), ("title_all", 5)])
        name_keys = ["displayName", "givenName", "familyName", "companyName"]
        addr_keys = ["line1", "line2", "city"]

        def apply(keys, fn, addr=True):
            for k in keys:
                if c.get(k):
                    c[k] = fn(c[k])
            if addr and a:
                for k in addr_keys:
                    if a.get(k):
                        a[k] = fn(a[k])
        if mode == "upper_all":
            apply(name_keys, str.upper)
            if a and a.get("region"):
                a["region"] = a["region"].upper()
        elif mode == "lower_all":
            apply(name_keys + ["email"], str.lower)
        elif mode == "names_upper":
            apply(name_keys, str.upper, addr=False)
        elif mode == "names_lower":
            apply(name_keys, str.lower, addr=False)
        elif mode == "addr_upper":
            if not a:
                return False
            apply([], str.upper)
        elif mode == "title_all":
            apply(name_keys, str.title)
        else:
            if not c.get("email"):
                apply(name_keys, str.upper, addr=False)
            else:
                loc, dom = c["email"].split("@")
                c["email"] = ".".join(p.capitalize() for p in loc.split(".")) + "@" + dom.capitalize()
        return True
    if name == "punct":
        changed = False
        for k in ("displayName", "givenName", "familyName", "companyName"):
            if c.get(k):
                nv = re.sub(r"[.,']", "", c[k]).replace("-", " ").replace("  ", " ")
                if rng.random() < 0.3:
                    nv = nv.replace("&", "and")
                changed |= nv != c[k]
                c[k] = nv
        if a:
            for k in ("line1", "line2"):
                if a.get(k):
                    nv = re.sub(r"[.,#]", "", a[k]).replace("  ", " ")
                    changed |= nv != a[k]
                    a[k] = nv
        return changed
    if name == "space":
        keys = [k for k in ("displayName", "companyName", "givenName", "familyName") if c.get(k)]
        if not keys:
            return False
        k = rng.choice(keys)
        v = c[k]
        c[k] = rng.choice([v + " ", " " + v, v.replace(" ", "  ", 1), v.replace(", ", ",")])
        return c[k] != v
    raise ValueError(name)


# ----------------------------------------------------------------------------
# structural perturbations on a (truth-copy, style-copy) view
# ----------------------------------------------------------------------------
def alt_email(t):
    old = t.get("email")
    if t["kind"] == "person":
        r = rng.random()
        oloc, odom = old.split("@") if old else (None, None)
        for _ in range(20):
            if r < 0.35 and old:
                e = "%s@%s" % (oloc, wchoice([p for p in EMAIL_PROVIDERS if p[0] != odom]))
            elif r < 0.5 and old:
                e = "%s@%s" % (person_local(t["given"], t["family"], t.get("nick"), t.get("middle")), odom)
            elif r < 0.75:
                e = "%s@%s" % (person_local(t["given"], t["family"], t.get("nick"), t.get("middle")),
                               wchoice(EMAIL_PROVIDERS))
            else:
                g, f = slug(t["given"]), slug(t["family"])
                loc = rng.choice(["%s.%s" % (g, f), "%s%s" % (g[:1], f), "%s_%s" % (g, f), "%s.%d" % (f, rng.randint(1, 99)),
                                  "%s.%s.%d" % (g, f, rng.randint(1, 9))])
                e = "%s@%s" % (loc, rng.choice(EMPLOYERS))
            if e != old and e not in EMAILS:
                break
        EMAILS.add(e)
        return e
    slug_n = slug(t["company"])[:24]
    for _ in range(20):
        r = rng.random()
        if t.get("domain") and r < 0.5:
            c = t.get("contact")
            loc = rng.choice(["billing", "ap", "accounts", "office", "admin", "manager", "service"] +
                             ([slug(c["given"]), slug(c["given"] + "." + c["family"])] if c else []))
            e = "%s@%s" % (loc, t["domain"])
        elif r < 0.75:
            e = "%s%s@%s" % (slug_n, rng.choice(["", "llc", "office", str(rng.randint(1, 99))]),
                             wchoice(EMAIL_PROVIDERS[:5]))
        else:
            dom = business_domain(t["company"] + rng.choice(["", " LLC", " Inc", " oh", " co"]))
            dom = dom.rsplit(".", 1)[0] + rng.choice([".net", ".com", ".biz", ".us"])
            e = "%s@%s" % (rng.choice(["info", "office", "contact", "hello"]), dom)
        if e != old and e not in EMAILS:
            break
    EMAILS.add(e)
    return e


def company_variant(name):
    opts = []
    if " & " in name:
        opts.append(name.replace(" & ", " and ", 1))
    if " and " in name:
        opts.append(name.replace(" and ", " & ", 1))
    if name.startswith("The "):
        opts.append(name[4:])
    elif rng.random() < 0.3:
        opts.append("The " + name)
    if "'s " in name:
        opts.append(name.replace("'s ", "s ", 1))
        opts.append(name.replace("'s ", " ", 1))
    for full, ab in ABBREV.items():
        if full in name:
            opts.append(name.replace(full, ab, 1))
    if name.startswith("St. "):
        opts.append("Saint " + name[4:])
        opts.append("St " + name[4:])
    if "-" in name:
        opts.append(name.replace("-", " ", 1))
        opts.append(name.replace("-", " & ", 1))
    if not opts:
        words = name.split(" ")
        if len(words) >= 3:
            opts.append(" ".join(words[:-1]))          # trailing word dropped
        opts.append(name + rng.choice([" Co", " Company", " Group", " Services"]))
    return rng.choice(opts)


def struct_op(v, name):
    t, st = v["t"], v["st"]
    a = t.get("addr")
    if name == "nickname":
        if st["name_form"] == "nick":
            st["name_form"] = "formal"
        else:
            st["name_form"] = "nick"
            ns = nick_list(t["given"])
            st["nick"] = t["nick"] if t.get("nick") and rng.random() < 0.7 else rng.choice(ns)
    elif name == "initial":
        st["name_form"] = rng.choice(["initial", "initial_dot"])
    elif name == "spelling":
        t["given"] = rng.choice(SPELL_VARIANTS[t["given"]])
        if st["name_form"] == "nick":
            st["name_form"] = "formal"
    elif name == "swap_names":
        st["swap"] = True
    elif name == "display_lf":
        st["display"] = "lf" if st["display"] != "lf" else "fl"
    elif name == "display_only":
        st["parts"] = False
        if st["display"] == "none":
            st["display"] = "fl"
    elif name == "parts_only":
        st["display"] = "none"
    elif name == "middle":
        st["display"] = "fl" if st["display"] == "fml" else "fml"
    elif name == "suffix":
        st["suffix_where"] = "none" if st.get("suffix_where") != "none" else "display"
    elif name == "legal":
        r = rng.random()
        if t.get("legal") and st["legal_show"]:
            if r < 0.55:
                st["legal_show"] = False
            elif r < 0.88:
                st["legal_form"] = (st["legal_form"] + rng.randint(1, 3))
            else:
                t["legal"] = rng.choice([x for x in ("LLC", "Inc", "Co") if x != t["legal"]])
        elif t.get("legal"):
            st["legal_show"] = True
            st["legal_form"] = rng.randrange(5)
        else:
            t["legal"] = wchoice([("LLC", 55), ("Inc", 30), ("Co", 15)])
            st["legal_show"] = True
            st["legal_form"] = rng.randrange(5)
    elif name == "company_variant":
        t["company"] = company_variant(t["company"])
    elif name == "display_contact":
        st["display"] = rng.choice(["contact", "company_contact"])
    elif name == "contact_change":
        t["contact"] = new_contact()
        st["show_contact"] = True
    elif name == "contact_drop":
        st["show_contact"] = False
    elif name == "contact_nick":
        st["contact_nick"] = True
    elif name == "company_field_drop":
        st["company_field"] = False
    elif name == "drop_email":
        t["email"] = None
        v["changed"].add("email")
    elif name == "new_email":
        t["email"] = alt_email(t)
        v["changed"].add("email")
    elif name == "drop_phone":
        t["phone"] = None
        v["changed"].add("phone")
    elif name == "new_phone":
        acs = t["acs"] if rng.random() < 0.6 else ["614", "380", "740", "937", "513"]
        t["phone"] = new_phone(acs)
        v["changed"].add("phone")
    elif name == "phone_typo":
        d = t["phone"]
        t["phone"] = d[:3] + digit_typo(d[3:], positions=set(range(7)))[:7].ljust(7, "0")
        if t["phone"] == d:
            return False
    elif name == "phone_ext":
        st["phone_ext"] = rng.choice([" x", " ext ", " ext. ", " #"]) + str(rng.randint(10, 450))
    elif name == "drop_address":
        t["addr"] = None
        st["addr_empty_dict"] = rng.random() < 0.4
        v["changed"].add("addr")
    elif name == "drop_addr_parts":
        cands = [("city", 4), ("region", 4), ("postalCode", 5), ("country", 2)]
        if a.get("unit"):
            cands.append(("line2", 6))
        k = rng.choice([1, 1, 2])
        for _ in range(k):
            st["null"].add(wchoice(cands))
    elif name == "moved":
        if t["kind"] == "person":
            na, acs = new_home_address(rng.random() < 0.9)
        else:
            na, acs = new_business_address(rng.random() < 0.95)
        t["addr"] = na
        st["unit_form"] = None
        st["zip4"] = "%04d" % rng.randint(1, 9999)
        v["changed"].add("addr")
    elif name == "swap_lines":
        st["swap_lines"] = True
    elif name == "apt_inline":
        st["apt_inline"] = True
    elif name == "unit_form":
        kind = a["unit"][0]
        cur = st["unit_form"] or 0
        st["unit_form"] = (cur + rng.randint(1, len(UNIT_FORMS[kind]) - 1)) % len(UNIT_FORMS[kind])
    elif name == "street_join":
        st["street_join"] = "split" if ("|" in a["street"] and rng.random() < 0.5) else "merge"
    elif name == "stype":
        st["stype_form"] = wchoice([(f, w) for f, w in (("abbr", 4), ("full", 4), ("dot", 1), ("none", 1.2))
                                    if f != st["stype_form"]])
    elif name == "dir":
        st["dir_form"] = wchoice([(f, w) for f, w in (("abbr", 3), ("full", 3), ("dot", 1), ("none", 2))
                                  if f != st["dir_form"]])
    elif name == "housenum":
        a["num"] = digit_typo(a["num"])
    elif name == "zip_off":
        z = a["zip"]
        i = rng.choices(range(5), [1, 1, 2, 3, 3])[0]
        d = str((int(z[i]) + rng.choice([-1, 1, 2, -2, 3])) % 10)
        a["zip"] = z[:i] + d + z[i + 1:]
        if rng.random() < 0.15:     # or two adjacent digits swapped
            j = rng.randrange(4)
            a["zip"] = z[:j] + z[j + 1] + z[j] + z[j + 2:]
        if a["zip"] == z:
            return False
    elif name == "zip_form":
        st["zip_form"] = "nolead" if a["zip"].startswith("0") and rng.random() < 0.7 else (
            "5" if st["zip_form"] == "zip4" else "zip4")
    elif name == "state_full":
        st["region_form"] = rng.choice(["full", "full", "lower"])
    elif name == "city_alias":
        a["city_override"] = rng.choice(CITY_ALIASES[a["city"]])
    else:
        return None
    return True


POST_OPS = {"typo_given", "typo_family", "typo_company", "typo_street", "typo_city", "email_typo",
            "case", "punct", "space"}
EMAIL_OPS = {"drop_email", "new_email", "email_typo"}
PHONE_OPS = {"drop_phone", "new_phone", "phone_typo", "phone_ext"}
ADDR_OPS = {"drop_address", "drop_addr_parts", "moved", "swap_lines", "apt_inline", "unit_form",
            "street_join", "stype", "dir", "housenum", "zip_off", "zip_form", "state_full",
            "typo_street", "typo_city", "city_alias"}


def applicable(v, light=False):
    t, st = v["t"], v["st"]
    a = t.get("addr")
    used = set(v["ops"])
    ch = v["changed"]
    ops = []
    if t["kind"] == "person":
        given = t["given"]
        ops += [("typo_given", 6), ("typo_family", 7),
                ("nickname", 7 if nick_list(given) and st["name_form"] in ("formal", "nick") else 0),
                ("initial", 2.5 if st["name_form"] != "initial" and st["name_form"] != "initial_dot" else 0),
                ("spelling", 1.5 if given in SPELL_VARIANTS else 0),
                ("swap_names", 2.5 if not st["swap"] and st["parts"] else 0),
                ("display_lf", 3 if st["display"] in ("fl", "lf") else 0),
                ("display_only", 2 if st["parts"] and st["display"] != "none" else 0),
                ("parts_only", 2 if st["parts"] and st["display"] != "none" else 0),
                ("middle", 1.2 if t.get("middle") and st["display"] in ("fl", "fml") else 0),
                ("suffix", 2 if t.get("suffix") else 0)]
    else:
        has_c = t.get("contact") is not None
        ops += [("typo_company", 7), ("legal", 8), ("company_variant", 4),
                ("display_contact", 2 if has_c and st["display"] == "company" else 0),
                ("contact_change", 2.5), ("contact_drop", 2 if has_c and st["show_contact"] else 0),
                ("contact_nick", 1 if has_c and st["show_contact"] and t["contact"].get("nick") else 0),
                ("company_field_drop", 1.5 if st["display"] == "company" and st["company_field"] else 0),
                ("phone_ext", 1 if t.get("phone") else 0)]
    if "email" not in ch and "email_typo" not in used:
        ops += [("drop_email", 6 if t.get("email") else 0), ("new_email", 6),
                ("email_typo", 3 if t.get("email") else 0)]
    if "phone" not in ch and t.get("phone"):
        if not used & {"phone_typo", "phone_ext"}:
            ops += [("drop_phone", 5), ("new_phone", 4.5)]
        ops += [("phone_typo", 1.5)]
    if "addr" not in ch and a:
        unit = a.get("unit")
        if not used & ADDR_OPS:
            ops += [("drop_address", 2.5), ("moved", 4.5)]
        ops += [("drop_addr_parts", 5),
                ("swap_lines", 1.5 if unit and not st["apt_inline"] else 0.3),
                ("apt_inline", 2.5 if unit and not st["swap_lines"] else 0),
                ("unit_form", 2 if unit else 0),
                ("street_join", 3 if st["street_join"] == "normal" else 0), ("stype", 6),
                ("dir", 1.5 if a.get("predir") else 0), ("housenum", 2.5), ("zip_off", 3),
                ("zip_form", 1.5), ("state_full", 1.5 if st["region_form"] == "abbr" else 0),
                ("typo_street", 3), ("typo_city", 2.5),
                ("city_alias", 1.5 if a["city"] in CITY_ALIASES and not a.get("city_override") else 0)]
    ops += [("case", 4), ("punct", 2), ("space", 1)]
    if light:
        keep = {"drop_email", "drop_phone", "drop_addr_parts", "case", "punct", "display_lf", "parts_only",
                "display_only", "zip_form", "state_full", "apt_inline", "unit_form", "stype", "legal",
                "space", "street_join", "dir", "contact_drop", "company_field_drop"}
        ops = [(o, w) for o, w in ops if o in keep]
    return [(o, w) for o, w in ops if w > 0 and o not in used]


def perturb(t, st, k, light=False):
    """Apply k distinct perturbations; return (contact, ops, changed)."""
    v = {"t": copy.deepcopy(t), "st": copy.deepcopy(st), "ops": [], "changed": set()}
    v["st"]["null"] = set(v["st"]["null"])
    post = []
    for _ in range(k):
        cands = applicable(v, light)
        cands = [(o, w) for o, w in cands if o not in post]
        if not cands:
            break
        o = wchoice(cands)
        if o in POST_OPS:
            post.append(o)
            v["ops"].append(o)
        else:
            if struct_op(v, o):
                v["ops"].append(o)
    c = render(v["t"], v["st"])
    done = []
    order = ["typo_given", "typo_family", "typo_company", "typo_street", "typo_city", "email_typo",
             "punct", "case", "space"]
    for o in sorted(post, key=order.index):
        if post_op(c, o):
            done.append(o)
        else:
            v["ops"].remove(o)
    return c, v["ops"], v["changed"], v


def n_ops():
    return rng.choices([1, 2, 3, 4, 5, 6], [28, 34, 22, 10, 4, 2])[0]


def linkable(ex, inc, changed):
    """At least one of email/phone/address still points to the existing record."""
    ok_e = bool(ex["email"] and inc["email"] and "email" not in changed)
    ok_p = bool(ex["phone"] and inc["phone"] and "phone" not in changed)
    ok_a = bool(ex["address"] and ex["address"]["line1"] and inc["address"] and
                (inc["address"]["line1"] or inc["address"]["line2"]) and "addr" not in changed)
    return ok_e or ok_p or ok_a


def clean_style(st):
    s = copy.deepcopy(st)
    s["null"] = set()
    s["addr_empty_dict"] = False
    return s


def incoming_base_style(st):
    s = clean_style(st)
    if rng.random() < 0.5:
        s["phone_fmt"] = rng.choices(range(len(PHONE_FORMATS)), PHONE_FMT_W_INCOMING)[0]
    if rng.random() < 0.5:
        s["country"] = wchoice([("US", 35), ("USA", 15), ("United States", 10), (None, 40)])
    if s.get("zip_form") == "zip4" and rng.random() < 0.5:
        s["zip_form"] = "5"
    return s


# ----------------------------------------------------------------------------
# hard-negative (related but different entity) constructors
# ----------------------------------------------------------------------------
def same_addr(a):
    b = copy.deepcopy(a)
    b.pop("city_override", None)
    return b


def hn_household(x):
    g = "M" if rng.random() < 0.5 else "F"
    fam = x["family"] if rng.random() < 0.95 else pick_family()
    phone = x["phone"] if rng.random() < 0.45 else None
    y = new_person(gender=g, family=fam, addr=same_addr(x["addr"]), acs=x["acs"], phone=phone,
                   avoid_given=(x["given"],))
    if rng.random() < 0.15 and x.get("email"):
        y["email"] = x["email"]
    return y


def hn_spouse(x):
    g = "F" if x["gender"] == "M" else "M"
    fam = x["family"] if rng.random() < 0.8 else pick_family()
    phone = x["phone"] if rng.random() < 0.55 else None
    y = new_person(gender=g, family=fam, addr=same_addr(x["addr"]), acs=x["acs"], phone=phone,
                   avoid_given=(x["given"],))
    if rng.random() < 0.25 and x.get("email"):
        y["email"] = x["email"]
    elif rng.random() < 0.3 and x.get("email"):       # shared "family" mailbox style
        y["email"] = register_email("%s%s@%s" % (slug(y["given"])[:1] + slug(x["given"])[:1],
                                                 slug(fam), x["email"].split("@")[1]))
    return y


def hn_jr_sr(x):
    same_home = rng.random() < 0.55
    if same_home:
        addr, acs = same_addr(x["addr"]), x["acs"]
    else:
        addr, acs = new_home_address(True)
    phone = x["phone"] if same_home and rng.random() < 0.2 else None
    y = new_person(gender=x["gender"], given=x["given"], family=x["family"], addr=addr, acs=acs,
                   phone=phone, email="")
    y["middle"] = x.get("middle") if rng.random() < 0.5 else y["middle"]
    y["suffix"] = wchoice([("Jr", 70), ("Sr", 25), ("III", 5)])
    y["nick"] = x.get("nick")
    y["email"] = person_email(y)
    return y


def hn_namesake(x):
    given = x["given"]
    y = new_person(gender=x["gender"], given=given, family=x["family"], metro=rng.random() < 0.85)
    y["nick"] = x.get("nick")
    if y.get("middle") == x.get("middle"):
        y["middle"] = None
    return y


def hn_apt_neighbor(x):
    a = same_addr(x["addr"])
    cx = COMPLEXES[a["complex"]]
    a["unit"] = ("apt", complex_unit(cx))
    return new_person(addr=a, acs=x["acs"], avoid_given=(x["given"],))


def hn_branch(x):
    name = x["company"]
    if rng.random() < 0.3:
        city = pick_city(True)[0]
        name = name + rng.choice([" - %s" % city, " %s" % city, " (%s)" % city])
    y = new_business(name=name, legal=x.get("legal"), metro=True)
    if x.get("domain"):
        y["domain"] = x["domain"]
        locs = ["office", "info", "frontdesk", "service", "billing", "admin", slug(pick_city(True)[0])]
        if y.get("contact"):
            locs.append(slug(y["contact"]["given"]))
        free = [l for l in locs if "%s@%s" % (l, x["domain"]) not in EMAILS]
        y["email"] = register_email("%s@%s" % (rng.choice(free or locs), x["domain"]))
    y["company"] = name
    return y


def hn_same_address_business(x):
    a = same_addr(x["addr"])
    if a.get("unit") and rng.random() < 0.75:
        u = a["unit"][1]
        a["unit"] = ("suite", str(int(u) + rng.choice([2, 10, 50, 100, -100])) if u.isdigit() and int(u) > 100
                     else rng.choice("ABCDEFG"))
    elif not a.get("unit") and rng.random() < 0.5:
        a["unit"] = ("suite", str(rng.randint(100, 300)))
    return new_business(addr=a, acs=x["acs"])


HN_FUNCS = {"household": hn_household, "spouse": hn_spouse, "jr_sr": hn_jr_sr, "namesake": hn_namesake,
            "apt_neighbor": hn_apt_neighbor, "branch": hn_branch,
            "same_address_business": hn_same_address_business}


def _has_addr(e):
    if "rec" not in e:
        return bool(e["t"].get("addr"))
    a = e["rec"]["address"]
    return bool(a) and bool(a.get("line1"))


def hn_candidates(pool, kind):
    if kind in ("household", "spouse"):
        return [e for e in pool if e["t"]["kind"] == "person" and _has_addr(e)]
    if kind == "jr_sr":
        return [e for e in pool if e["t"]["kind"] == "person" and e["t"]["gender"] == "M"
                and not e["t"].get("suffix")]
    if kind == "namesake":
        return [e for e in pool if e["t"]["kind"] == "person" and not e["t"].get("suffix")]
    if kind == "apt_neighbor":
        return [e for e in pool if e["t"]["kind"] == "person" and e["t"]["addr"].get("complex") is not None
                and _has_addr(e)]
    if kind == "same_address_business":
        return [e for e in pool if e["t"]["kind"] == "business" and _has_addr(e)]
    return [e for e in pool if e["t"]["kind"] == "business"]


def light_incoming(t):
    st = base_style(t, existing=False)
    k = rng.choices([0, 1, 2], [45, 40, 15])[0]
    c, ops, _, v = perturb(t, st, k, light=True)
    return c, ops, st


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def main():
    make_complexes()

    # ---------------- existing (QuickBooks) customers ----------------
    n_pairs = sum(EXISTING_PAIRS.values())
    existing = []
    for _ in range(N_EXISTING - n_pairs):
        t = new_person() if rng.random() < 0.79 else new_business()
        existing.append({"id": new_id(), "t": t, "sub": None, "rel": None})
    for kind, n in EXISTING_PAIRS.items():
        cands = hn_candidates(existing, kind)
        for x in rng.sample(cands, n):
            existing.append({"id": new_id(), "t": HN_FUNCS[kind](x["t"]), "sub": kind, "rel": x["id"]})
    ex_by_id = {}
    taken = set()
    for e in existing:
        st = base_style(e["t"], existing=True)
        if e["t"].get("suffix"):
            st["suffix_where"] = rng.choice(["display", "both"])
        e["st"] = st
        nst = copy.deepcopy(st)
        if rng.random() < 0.12:
            nst["null"].add("email")
        if rng.random() < 0.06:
            nst["null"].add("phone")
        if e["t"]["addr"] and e["t"]["addr"].get("unit") and rng.random() < 0.05:
            nst["null"].add("line2")
        if rng.random() < 0.02:
            nst["null"].add("postalCode")
        t_ex = e["t"]
        if rng.random() < 0.04:
            t_ex = copy.deepcopy(e["t"])
            t_ex["addr"] = None
        c = render(t_ex, nst)
        # QBO DisplayName must be unique
        dn = c["displayName"]
        if dn.lower() in taken:
            mid = e["t"].get("middle")
            opts = ["%s (2)" % dn, "%s 2" % dn, "%s - %s" % (dn, e["t"]["addr"]["city"]) if e["t"]["addr"] else dn + " (2)"]
            if e["t"]["kind"] == "person" and mid and " " in dn and "," not in dn:
                opts.append(dn.split(" ", 1)[0] + " %s. " % mid + dn.split(" ", 1)[1])
            for o in rng.sample(opts, len(opts)) + ["%s (%d)" % (dn, i) for i in range(3, 30)]:
                if o.lower() not in taken:
                    c["displayName"] = dn = o
                    break
        taken.add(dn.lower())
        e["rec"] = c
        ex_by_id[e["id"]] = e
    existing.sort(key=lambda e: e["rec"]["displayName"].lower())

    # ---------------- incoming ----------------
    items = []   # dicts: id, rec, cat, sub, ops, rel, key
    # match_existing
    n_match = MIX["match_existing"]
    n_twice = 70
    targets = rng.sample(existing, n_match - n_twice)
    targets += rng.sample(targets, n_twice)
    hopeless = 0
    for e in targets:
        for attempt in range(30):
            k = 0 if rng.random() < 0.02 else n_ops()
            st = incoming_base_style(e["st"])
            c, ops, changed, _ = perturb(e["t"], st, k)
            if not linkable(e["rec"], c, changed):
                if rng.random() < 0.2:
                    hopeless += 1
                    ops = ops + ["<unlinkable>"]
                    break
                continue
            if c == e["rec"] and k > 0:
                continue
            break
        items.append({"id": e["id"], "rec": c, "cat": "match_existing", "sub": "k=%d" % len(ops),
                      "ops": ops, "rel": e["id"]})

    # new customers
    created = []
    for _ in range(MIX["new"]):
        t = new_person() if rng.random() < 0.8 else new_business()
        c, ops, st = light_incoming(t)
        ent = {"id": new_id(), "t": t, "st": st}
        created.append(ent)
        items.append({"id": ent["id"], "rec": c, "cat": "new", "sub": "person" if t["kind"] == "person" else "business",
                      "ops": ops, "rel": None, "ent": ent})

    # hard negatives
    for kind, n in HARD_MIX.items():
        cands = hn_candidates(existing, kind)
        xs = rng.sample(cands, n) if len(cands) >= n else [rng.choice(cands) for _ in range(n)]
        for x in xs:
            t = HN_FUNCS[kind](x["t"])
            if rng.random() < 0.4:      # typed by the same kind of system as X's record
                st = incoming_base_style(x["st"])
                if t["kind"] == "person":
                    st["display"] = "fl" if st["display"] == "fml" else st["display"]
                    st["name_form"] = "formal"
                    st["nick"] = t.get("nick")
                else:
                    st["show_contact"] = st["show_contact"] and t.get("contact") is not None
                    if t.get("contact") is None and st["display"] in ("contact", "company_contact"):
                        st["display"] = "company"
                k = rng.choices([0, 1], [60, 40])[0]
                c, ops, _, _ = perturb(t, st, k, light=True)
            else:
                c, ops, st = light_incoming(t)
            if t.get("suffix"):
                if not c["displayName"] or t["suffix"] not in (c["displayName"] or "") + (c["familyName"] or ""):
                    st2 = copy.deepcopy(st)
                    st2["display"] = "fl"
                    c = render(t, st2)
            ent = {"id": new_id(), "t": t, "st": st}
            created.append(ent)
            items.append({"id": ent["id"], "rec": c, "cat": "hard_negative", "sub": kind, "ops": ops,
                          "rel": x["id"], "ent": ent})

    # order the first-arrival records, then insert repeats after their first record
    rng.shuffle(items)
    for i, it in enumerate(items):
        it["key"] = float(i)
    n_first = len(items)
    rep_total = MIX["repeat_new"]
    n_third = 50
    rep_ents = rng.sample([it for it in items if it["cat"] in ("new", "hard_negative")], rep_total - n_third)
    thirds = set(id(x) for x in rng.sample(rep_ents, n_third))
    for first in rep_ents:
        ent = first["ent"]
        last_key = first["key"]
        for r in range(2 if id(first) in thirds else 1):
            for attempt in range(30):
                k = 0 if rng.random() < 0.03 else n_ops()
                st = incoming_base_style(ent["st"])
                c, ops, changed, _ = perturb(ent["t"], st, k)
                if linkable(first["rec"], c, changed):
                    break
                if rng.random() < 0.2:
                    hopeless += 1
                    ops = ops + ["<unlinkable>"]
                    break
            key = rng.uniform(last_key, n_first)
            last_key = key
            items.append({"id": ent["id"], "rec": c, "cat": "repeat_new", "sub": "record#%d" % (r + 2),
                          "ops": ops, "rel": first["id"], "key": key})
    items.sort(key=lambda it: it["key"])

    # ---------------- write ----------------
    def order_contact(c):
        out = {k: c[k] for k in ("displayName", "givenName", "familyName", "companyName", "email", "phone")}
        a = c["address"]
        out["address"] = None if a is None else {k: a[k] for k in ("line1", "line2", "city", "region",
                                                                  "postalCode", "country")}
        # blank strings -> null, strip nothing else (whitespace noise is intentional)
        for k, val in list(out.items()):
            if val == "":
                out[k] = None
        return out

    set_path = os.path.join(OUT_DIR, "set.jsonl")
    meta_path = os.path.join(OUT_DIR, "meta.jsonl")
    with open(set_path, "w") as fs, open(meta_path, "w") as fm:
        ln = 0
        for e in existing:
            ln += 1
            fs.write(json.dumps({"set": "existing", "entity": e["id"], "contact": order_contact(e["rec"])}) + "\n")
            fm.write(json.dumps({"line": ln, "set": "existing", "entity": e["id"],
                                 "category": "existing_pair" if e["sub"] else "existing",
                                 "sub": e["sub"], "related": e["rel"]}) + "\n")
        seen = set()
        for it in items:
            ln += 1
            fs.write(json.dumps({"set": "incoming", "entity": it["id"], "contact": order_contact(it["rec"])}) + "\n")
            fm.write(json.dumps({"line": ln, "set": "incoming", "entity": it["id"], "category": it["cat"],
                                 "sub": it["sub"], "ops": it["ops"], "related": it["rel"]}) + "\n")
    return existing, items, hopeless


# ----------------------------------------------------------------------------
# validation + README
# ----------------------------------------------------------------------------
CONTACT_KEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
ADDR_KEYS = ["line1", "line2", "city", "region", "postalCode", "country"]


def validate(path):
    errors = []
    n = Counter()
    ex_ids = set()
    seen_in = set()
    derived = Counter()
    state = "existing"
    with open(path) as f:
        for i, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except Exception as ex:  # noqa
                errors.append("line %d: bad json %s" % (i, ex))
                continue
            if not isinstance(o, dict) or list(sorted(o)) != ["contact", "entity", "set"]:
                errors.append("line %d: top-level keys %s" % (i, list(o)))
                continue
            if o["set"] not in ("existing", "incoming") or not isinstance(o["entity"], str) or not o["entity"]:
                errors.append("line %d: bad set/entity" % i)
            c = o["contact"]
            if not isinstance(c, dict) or sorted(c) != sorted(CONTACT_KEYS):
                errors.append("line %d: contact keys %s" % (i, list(c)))
                continue
            for k in CONTACT_KEYS[:-1]:
                if c[k] is not None and not isinstance(c[k], str):
                    errors.append("line %d: %s not str/null" % (i, k))
            a = c["address"]
            if a is not None:
                if not isinstance(a, dict) or sorted(a) != sorted(ADDR_KEYS):
                    errors.append("line %d: address keys" % i)
                else:
                    for k in ADDR_KEYS:
                        if a[k] is not None and not isinstance(a[k], str):
                            errors.append("line %d: address.%s not str/null" % (i, k))
            n[o["set"]] += 1
            if o["set"] == "existing":
                if state != "existing":
                    errors.append("line %d: existing after incoming" % i)
                if o["entity"] in ex_ids:
                    errors.append("line %d: duplicate existing entity" % i)
                ex_ids.add(o["entity"])
            else:
                state = "incoming"
                if o["entity"] in ex_ids:
                    derived["links_to_existing"] += 1
                elif o["entity"] in seen_in:
                    derived["links_to_earlier_incoming"] += 1
                else:
                    derived["creates_new_customer"] += 1
                seen_in.add(o["entity"])
            if all(c[k] is None for k in CONTACT_KEYS[:-1]):
                errors.append("line %d: empty contact" % i)
    return errors, n, derived


if __name__ == "__main__":
    existing, items, hopeless = main()
    set_path = os.path.join(OUT_DIR, "set.jsonl")
    errors, n, derived = validate(set_path)
    cat = Counter(it["cat"] for it in items)
    sub = Counter((it["cat"], it["sub"]) for it in items)
    opc = Counter(o for it in items if it["cat"] in ("match_existing", "repeat_new") for o in it["ops"])
    kdist = Counter(len([o for o in it["ops"] if not o.startswith("<")]) for it in items
                    if it["cat"] in ("match_existing", "repeat_new"))
    ex_kind = Counter(e["t"]["kind"] for e in existing)
    ex_pairs = Counter(e["sub"] for e in existing if e["sub"])

    lines = []
    P = lines.append
    P("hold1 - independent labelled record-linkage test set")
    P("=" * 52)
    P("Generator: gen.py (Python 3 + Faker en_US, seed %d). Output: set.jsonl (test input + labels)," % SEED)
    P("meta.jsonl (same line order; category, sub-type, applied perturbations, related entity).")
    P("")
    P("Scenario: customer list of a Columbus, Ohio home-services company (plumbing/HVAC/cleaning).")
    P("~85% of addresses in the Columbus metro (Columbus + suburbs, 614/380/740/937 phones), the rest")
    P("elsewhere in the US (incl. leading-zero New-England ZIPs). 'existing' = QuickBooks Online")
    P("customers (unique DisplayName, at most one record per entity, sorted by DisplayName).")
    P("'incoming' = records arriving one by one from CRM/field-service/billing apps, in arrival order.")
    P("")
    P("Label semantics: records sharing 'entity' are the same real person/business. An incoming")
    P("record must link to the existing customer with the same entity; if none exists it creates a")
    P("new customer, and later incoming records of that entity must link to that created customer.")
    P("Household members, spouses, father/son (Jr/Sr), namesakes, apartment neighbours, a business's")
    P("other branch and two businesses at one address are always DIFFERENT entities.")
    P("")
    P("COUNTS")
    P("  lines total          : %d" % (n["existing"] + n["incoming"]))
    P("  existing             : %d  (persons %d, businesses %d)" % (n["existing"], ex_kind["person"], ex_kind["business"]))
    P("    of which related pairs already inside existing (second member; different entity):")
    for k, v in sorted(ex_pairs.items()):
        P("      %-24s %d" % (k, v))
    P("  incoming             : %d" % n["incoming"])
    for k in ("match_existing", "new", "hard_negative", "repeat_new"):
        P("    %-20s %4d  (%.1f%%)" % (k, cat[k], 100.0 * cat[k] / n["incoming"]))
    P("  incoming by expected outcome (derived from the file alone):")
    for k, v in sorted(derived.items()):
        P("    %-28s %d" % (k, v))
    P("  match_existing: %d records over %d distinct existing customers (%d customers get 2 records)."
      % (cat["match_existing"], len({it["id"] for it in items if it["cat"] == "match_existing"}), 70))
    P("  %d deliberately (near-)unlinkable match/repeat records: email, phone and address all" % hopeless)
    P("  changed or missing vs the target record (their ops contain '<unlinkable>').")
    P("  hard_negative sub-types:")
    for (c_, s_), v in sorted(sub.items()):
        if c_ == "hard_negative":
            P("    %-24s %d" % (s_, v))
    P("  new sub-types: persons %d, businesses %d" % (sub[("new", "person")], sub[("new", "business")]))
    P("  repeat_new: %d second records + %d third records, of entities first seen as 'new' or"
      % (sub[("repeat_new", "record#2")], sub[("repeat_new", "record#3")]))
    P("              'hard_negative' earlier in the file (always placed after their first record)")
    P("")
    P("CATEGORIES (incoming)")
    P("  match_existing : another record of an existing QBO customer, perturbed with 0-6 ops (below)")
    P("                   relative to the existing record's rendering; the existing record itself also")
    P("                   has gaps (12% no e-mail, 6% no phone, 4% no address, some no line2/ZIP).")
    P("  new            : brand-new customer (entity not in existing), lightly formatted/with gaps.")
    P("  hard_negative  : NEW entity deliberately confusable with an existing customer X ('related'):")
    P("    household     same surname (95%), same address incl. apartment, home phone shared 45%,")
    P("                  e-mail shared 15%, different (non-nickname-equivalent) given name")
    P("    spouse        other-sex given name, same surname 80%, same address, phone shared 55%,")
    P("                  e-mail shared 25% (or a joint mailbox at X's provider)")
    P("    jr_sr         same given+family name as X with Jr (70%) / Sr / III, same home 55%,")
    P("                  own e-mail, own phone (home phone shared in ~20% of same-home cases)")
    P("    namesake      same given+family name, everything else different (15% out of the metro)")
    P("    apt_neighbor  same building (line1/city/ZIP), different apartment, different person")
    P("    branch        same company name (30% with a location tag) + legal suffix, other address")
    P("                  and phone, e-mail at the same domain when X has its own domain")
    P("    same_address_business  different company at X's street address (other/same suite)")
    P("  repeat_new     : 2nd/3rd record of an entity first seen earlier in incoming as new or")
    P("                   hard_negative; perturbed like match_existing relative to the clean form of")
    P("                   that first record; must link to the customer created by the first record.")
    P("  The existing list also contains %d related pairs (both members in QBO, different entities)." % sum(ex_pairs.values()))
    P("")
    P("meta.jsonl fields: line, set, entity, category (existing|existing_pair|match_existing|new|")
    P("hard_negative|repeat_new), sub (ops count / sub-type / record#), ops, related (existing entity")
    P("for match/hard_negative, entity of the first incoming record for repeat_new).")
    P("")
    P("PERTURBATIONS (match_existing + repeat_new), number of structural/string differences per record:")
    for k in sorted(kdist):
        P("    %d ops: %d" % (k, kdist[k]))
    P("  (on top: phone format and country spelling are re-drawn for ~50% of records)")
    P("  op frequency:")
    for o, v in opc.most_common():
        P("    %-20s %d" % (o, v))
    P("")
    P("Op glossary: typo_* = one keyboard-style error (neighbour-key substitution, insertion,")
    P("deletion, transposition, doubled letter) in that field; nickname = Bob<->Robert etc; initial =")
    P("given name reduced to initial; spelling = Jon/John, Sara/Sarah...; swap_names = given/family")
    P("swapped; display_lf = 'Last, First'; display_only / parts_only = only DisplayName or only")
    P("Given/Family filled; middle = middle initial added/removed; suffix = Jr/Sr shown/hidden;")
    P("legal = Inc/LLC/Co added, dropped or re-spelt; company_variant = &/and, The, Svcs/Services...;")
    P("contact_* = contact person changed/dropped/nicknamed; new_email = new provider, new local")
    P("part or work e-mail; email_typo = typo in local part or provider (gmial.com);")
    P("new_phone / phone_typo / phone_ext; moved = completely new address; drop_* = field(s) blank;")
    P("swap_lines / apt_inline = line1<->line2 or apartment folded into line1; unit_form = Apt/#/Unit;")
    P("street_join = 'Hawken Street'->'Hawkenstreet' or 'Sawmill'->'Saw Mill'; stype = St/Street/")
    P("St./dropped; dir = W/West; housenum = house-number digit error; zip_off = ZIP digit error;")
    P("zip_form = ZIP+4 or lost leading zero; state_full = 'Ohio'/'oh'; city_alias = postal alias")
    P("('Columbus' for Upper Arlington, 'Saint Louis'); case / punct / space = formatting noise.")
    P("")
    P("Validation: every line parsed; exact key sets checked; %d errors." % len(errors))
    readme = "\n".join(lines) + "\n"
    with open(os.path.join(OUT_DIR, "README.txt"), "w") as f:
        f.write(readme)
    print(readme)
    if errors:
        print("\n".join(errors[:50]))
        sys.exit(1)
