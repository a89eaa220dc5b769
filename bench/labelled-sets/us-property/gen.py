#!/usr/bin/env python3
"""
gen.py -- deterministic generator for the `us-property` labelled record-linkage set.

Customers of a US property-services business (property management, landscaping,
snow removal, maintenance) operating in Colorado, Minnesota and North Carolina.

    python3 gen.py          # writes set.jsonl and meta.jsonl next to this file

Python 3.11, standard library only, fixed seed: the output is byte-identical on
every run.  See README.txt for what the set contains and how it is labelled.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 2000
N_POS = 900        # incoming records of existing entities
N_NEW = 800        # first appearances of new entities
N_REPEAT = 300     # later appearances of new entities

# =====================================================================
# small utilities
# =====================================================================


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s or "").lower())


def chance(p):
    return R.random() < p


def wchoice(pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return R.choices(items, weights=weights)[0]


def email_norm(e):
    """Same mailbox -> same string (case, gmail dots and +tags)."""
    if not e:
        return None
    e = e.strip().lower()
    if "@" not in e:
        return e
    loc, dom = e.rsplit("@", 1)
    if dom in ("gmail.com", "googlemail.com"):
        loc = loc.split("+")[0].replace(".", "")
        dom = "gmail.com"
    return loc + "@" + dom


def phone_norm(p):
    if not p:
        return None
    s = re.split(r"(ext|x|,)", p.lower())[0]
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) == 10 else None


KB = {'a': 'qwsz', 'b': 'vghn', 'c': 'xdfv', 'd': 'serfcx', 'e': 'wsdr', 'f': 'drtgvc',
      'g': 'ftyhbv', 'h': 'gyujnb', 'i': 'ujko', 'j': 'huikmn', 'k': 'jiolm', 'l': 'kop',
      'm': 'njk', 'n': 'bhjm', 'o': 'iklp', 'p': 'ol', 'q': 'wa', 'r': 'edft', 's': 'awedxz',
      't': 'rfgy', 'u': 'yhji', 'v': 'cfgb', 'w': 'qase', 'x': 'zsdc', 'y': 'tghu', 'z': 'asx'}


def typo_word(w):
    if len(w) < 3:
        return w
    for _ in range(8):
        i = R.randrange(1, len(w))
        kind = R.choice(("sub", "del", "swap", "ins", "dup"))
        c = w[i]
        lc = c.lower()
        out = w
        if kind == "sub" and lc in KB:
            n = R.choice(KB[lc])
            out = w[:i] + (n.upper() if c.isupper() else n) + w[i + 1:]
        elif kind == "del" and c.isalpha():
            out = w[:i] + w[i + 1:]
        elif kind == "swap" and i < len(w) - 1 and w[i + 1].isalpha() and c.isalpha():
            out = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif kind == "ins" and lc in KB:
            out = w[:i] + R.choice(KB[lc]) + w[i:]
        elif kind == "dup" and c.isalpha():
            out = w[:i] + c + w[i:]
        if out != w:
            return out
    return w


def typo_text(s, protect=()):
    """Typo in one word of >= 4 letters that is not protected."""
    if not s:
        return s
    toks = s.split(" ")
    prot = [p.lower() for p in protect]
    cand = []
    for i, t in enumerate(toks):
        core = t.strip(".,()'’")
        if re.fullmatch(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\-]{3,}", core) and core.lower() not in prot:
            cand.append(i)
    if not cand:
        return s
    i = R.choice(cand)
    toks[i] = typo_word(toks[i])
    return " ".join(toks)


# =====================================================================
# geography
# =====================================================================
# (city, state, zips, area codes, weight, metro)
CITIES = [
    ("Denver", "CO", ["80202", "80203", "80204", "80205", "80206", "80207", "80209", "80210", "80211", "80212", "80218", "80219", "80220", "80222", "80223", "80224", "80227", "80230", "80231", "80236", "80237", "80238", "80239", "80246", "80247", "80249"], ["303", "720"], 12, "den"),
    ("Aurora", "CO", ["80010", "80011", "80012", "80013", "80014", "80015", "80016", "80017", "80018"], ["303", "720"], 5, "den"),
    ("Lakewood", "CO", ["80214", "80215", "80226", "80227", "80228", "80232"], ["303", "720"], 4, "den"),
    ("Littleton", "CO", ["80120", "80121", "80122", "80123", "80127", "80128"], ["303", "720"], 3, "den"),
    ("Arvada", "CO", ["80002", "80003", "80004", "80005", "80007"], ["303", "720"], 3, "den"),
    ("Westminster", "CO", ["80030", "80031", "80021", "80234"], ["303", "720"], 2, "den"),
    ("Thornton", "CO", ["80229", "80233", "80241", "80260", "80602"], ["303", "720"], 2, "den"),
    ("Centennial", "CO", ["80015", "80016", "80111", "80112", "80121", "80122"], ["303", "720"], 2, "den"),
    ("Highlands Ranch", "CO", ["80126", "80129", "80130"], ["303", "720"], 2, "den"),
    ("Parker", "CO", ["80134", "80138"], ["303", "720"], 2, "den"),
    ("Castle Rock", "CO", ["80104", "80108", "80109"], ["303", "720"], 2, "den"),
    ("Broomfield", "CO", ["80020", "80023"], ["303", "720"], 1, "den"),
    ("Boulder", "CO", ["80301", "80302", "80303", "80304", "80305"], ["303", "720"], 2, "den"),
    ("Longmont", "CO", ["80501", "80503", "80504"], ["303", "720"], 1, "den"),
    ("Golden", "CO", ["80401", "80403"], ["303", "720"], 1, "den"),
    ("Englewood", "CO", ["80110", "80113"], ["303", "720"], 1, "den"),
    ("Evergreen", "CO", ["80439"], ["303", "720"], 1, "den"),
    ("Fort Collins", "CO", ["80521", "80524", "80525", "80526", "80528"], ["970"], 3, "noco"),
    ("Loveland", "CO", ["80537", "80538"], ["970"], 1, "noco"),
    ("Greeley", "CO", ["80631", "80634"], ["970"], 1, "noco"),
    ("Colorado Springs", "CO", ["80903", "80905", "80906", "80907", "80909", "80910", "80915", "80917", "80918", "80919", "80920", "80921", "80922"], ["719"], 5, "cos"),
    ("Minneapolis", "MN", ["55401", "55403", "55404", "55405", "55406", "55407", "55408", "55409", "55410", "55411", "55412", "55413", "55414", "55416", "55417", "55418", "55419"], ["612"], 10, "msp"),
    ("St. Paul", "MN", ["55101", "55102", "55103", "55104", "55105", "55106", "55107", "55108", "55116", "55117", "55119", "55130"], ["651"], 7, "msp"),
    ("Bloomington", "MN", ["55420", "55425", "55431", "55437", "55438"], ["952"], 2, "msp"),
    ("Edina", "MN", ["55424", "55435", "55436", "55439"], ["952"], 2, "msp"),
    ("Eden Prairie", "MN", ["55344", "55346", "55347"], ["952"], 2, "msp"),
    ("Plymouth", "MN", ["55441", "55446", "55447"], ["763"], 2, "msp"),
    ("Maple Grove", "MN", ["55311", "55369"], ["763"], 2, "msp"),
    ("Brooklyn Park", "MN", ["55443", "55444", "55445"], ["763"], 2, "msp"),
    ("Brooklyn Center", "MN", ["55429", "55430"], ["763"], 1, "msp"),
    ("Burnsville", "MN", ["55306", "55337"], ["952"], 1, "msp"),
    ("Eagan", "MN", ["55121", "55122", "55123"], ["651"], 2, "msp"),
    ("Woodbury", "MN", ["55125", "55129"], ["651"], 2, "msp"),
    ("Roseville", "MN", ["55113"], ["651"], 1, "msp"),
    ("Maplewood", "MN", ["55109", "55117", "55119"], ["651"], 1, "msp"),
    ("Lakeville", "MN", ["55044"], ["952"], 1, "msp"),
    ("Shakopee", "MN", ["55379"], ["952"], 1, "msp"),
    ("Richfield", "MN", ["55423"], ["612"], 1, "msp"),
    ("Rochester", "MN", ["55901", "55902", "55904", "55906"], ["507"], 2, "roch"),
    ("Duluth", "MN", ["55802", "55803", "55805", "55806", "55811", "55812"], ["218"], 2, "dlh"),
    ("St. Cloud", "MN", ["56301", "56303", "56304"], ["320"], 1, "stc"),
    ("Charlotte", "NC", ["28202", "28203", "28204", "28205", "28206", "28207", "28209", "28210", "28211", "28212", "28213", "28215", "28226", "28227", "28262", "28269", "28270", "28277"], ["704", "980"], 10, "clt"),
    ("Huntersville", "NC", ["28078"], ["704", "980"], 1, "clt"),
    ("Matthews", "NC", ["28104", "28105"], ["704", "980"], 1, "clt"),
    ("Concord", "NC", ["28025", "28027"], ["704", "980"], 1, "clt"),
    ("Mooresville", "NC", ["28115", "28117"], ["704", "980"], 1, "clt"),
    ("Raleigh", "NC", ["27601", "27603", "27604", "27605", "27606", "27607", "27608", "27609", "27610", "27612", "27613", "27614", "27615", "27616", "27617"], ["919", "984"], 7, "rdu"),
    ("Durham", "NC", ["27701", "27703", "27704", "27705", "27707", "27713"], ["919", "984"], 3, "rdu"),
    ("Cary", "NC", ["27511", "27513", "27518", "27519"], ["919", "984"], 3, "rdu"),
    ("Apex", "NC", ["27502", "27523", "27539"], ["919", "984"], 1, "rdu"),
    ("Chapel Hill", "NC", ["27514", "27516", "27517"], ["919", "984"], 1, "rdu"),
    ("Wake Forest", "NC", ["27587"], ["919", "984"], 1, "rdu"),
    ("Greensboro", "NC", ["27401", "27403", "27405", "27406", "27407", "27408", "27410"], ["336"], 3, "triad"),
    ("Winston-Salem", "NC", ["27101", "27103", "27104", "27106", "27107"], ["336"], 2, "triad"),
    ("Asheville", "NC", ["28801", "28803", "28804", "28805", "28806"], ["828"], 2, "avl"),
    ("Wilmington", "NC", ["28401", "28403", "28405", "28409", "28412"], ["910"], 2, "ilm"),
]
REGION_FMT = {"CO": ["CO", "Colorado", "Colo.", "co"],
              "MN": ["MN", "Minnesota", "Minn.", "mn"],
              "NC": ["NC", "North Carolina", "N.C.", "nc"]}
STATE_W = [("CO", 40), ("MN", 35), ("NC", 25)]

STREETS = ["Maple", "Oak", "Elm", "Pine", "Cedar", "Willow", "Aspen", "Juniper", "Spruce", "Birch", "Main",
           "Lincoln", "Washington", "Jefferson", "Franklin", "Lake", "Park", "Ridge", "Hillcrest", "Sunset",
           "Meadow", "Prairie", "Mountain View", "Highland", "Valley View", "Broadway", "Grand", "Summit",
           "Cherry", "Walnut", "Chestnut", "Lakeview", "Riverside", "Magnolia", "Dogwood", "Cypress", "Laurel",
           "Holly", "Sycamore", "Hickory", "Colfax", "Evans", "Yale", "Alameda", "Mississippi", "Hampden",
           "Quebec", "Federal", "Sheridan", "Wadsworth", "Kipling", "Lowell", "Tennyson", "Irving", "Zenobia",
           "Grant", "Logan", "Pennsylvania", "Downing", "York", "Josephine", "Lyndale", "Hennepin", "Nicollet",
           "Portland", "Chicago", "Penn", "Xerxes", "France", "Como", "Snelling", "Lexington", "Hamline",
           "Cleveland", "Selby", "Marshall", "Randolph", "Payne", "Arcade", "Rice", "Providence",
           "Sharon Amity", "Queens", "Selwyn", "Tryon", "Glenwood", "Six Forks", "Falls of Neuse",
           "Hillsborough", "Oberlin", "Wade", "Fayetteville", "Blue Ridge", "Creedmoor", "Hope Valley",
           "Fox Run", "Deer Trail", "Eagle Ridge", "Timberline", "Stonegate", "Brookside", "Millbrook",
           "Heather", "Orchard", "Kingston", "Windsor", "Canterbury", "Sherwood", "Bristol", "Dover",
           "Carriage", "Heritage", "Lantern", "Rosewood", "Sage", "Columbine", "Bluebell", "Larkspur",
           "Primrose", "Thistle", "Yarrow", "Aldrich", "Bryant", "Colfax", "Dupont", "Emerson", "Fremont",
           "Girard", "Humboldt", "James", "Knox", "Oliver", "Russell", "Thomas", "Upton", "Vincent"]
STYPES_W = [(("Street", "St"), 20), (("Avenue", "Ave"), 18), (("Drive", "Dr"), 14), (("Lane", "Ln"), 8),
            (("Road", "Rd"), 8), (("Court", "Ct"), 8), (("Circle", "Cir"), 5), (("Way", "Way"), 6),
            (("Place", "Pl"), 4), (("Boulevard", "Blvd"), 3), (("Parkway", "Pkwy"), 2), (("Trail", "Trl"), 3),
            (("Terrace", "Ter"), 2)]
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast", "NW": "Northwest",
        "SE": "Southeast", "SW": "Southwest"}
UNIT_VARIANTS = {"Apt": ["Apt {u}", "Apt. {u}", "#{u}", "Unit {u}", "Apartment {u}", "# {u}"],
                 "Unit": ["Unit {u}", "#{u}", "Unit #{u}", "Apt {u}", "UNIT {u}", "# {u}"],
                 "Suite": ["Suite {u}", "Ste {u}", "Ste. {u}", "#{u}", "STE {u}", "Suite #{u}"]}
POBOX_FMT = ["PO Box {b}", "P.O. Box {b}", "P O Box {b}", "Box {b}", "POB {b}", "PO BOX {b}"]

# =====================================================================
# people's names
# =====================================================================
MALE = {"William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"], "Richard": ["Rick", "Rich", "Dick"],
        "James": ["Jim", "Jimmy"], "John": ["Jack", "Johnny"], "Michael": ["Mike"], "Thomas": ["Tom", "Tommy"],
        "Joseph": ["Joe"], "Charles": ["Chuck", "Charlie"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
        "Christopher": ["Chris"], "Anthony": ["Tony"], "Steven": ["Steve"], "Edward": ["Ed", "Ted", "Eddie"],
        "Alexander": ["Alex"], "Benjamin": ["Ben"], "Jonathan": ["Jon"], "Nicholas": ["Nick"],
        "Andrew": ["Andy", "Drew"], "David": ["Dave"], "Gregory": ["Greg"], "Timothy": ["Tim"],
        "Kenneth": ["Ken", "Kenny"], "Ronald": ["Ron"], "Donald": ["Don"], "Lawrence": ["Larry"],
        "Gerald": ["Jerry"], "Patrick": ["Pat"], "Peter": ["Pete"], "Samuel": ["Sam"], "Zachary": ["Zach"],
        "Joshua": ["Josh"], "Nathaniel": ["Nate"], "Frederick": ["Fred"], "Raymond": ["Ray"],
        "Eugene": ["Gene"], "Harold": ["Hal"], "Scott": [], "Eric": [], "Brian": [], "Kevin": [], "Jason": [],
        "Ryan": [], "Tyler": [], "Kyle": [], "Brandon": [], "Justin": [], "Aaron": [], "Derek": [], "Travis": [],
        "Cody": [], "Mark": [], "Paul": [], "Gary": [], "Dennis": [], "Wayne": [], "Craig": [], "Keith": [],
        "Dale": [], "Bruce": [], "Erik": [], "Lars": [], "Nels": [], "Luke": [], "Jacob": ["Jake"],
        "Phillip": ["Phil"], "Douglas": ["Doug"], "Jeffrey": ["Jeff"], "Bradley": ["Brad"], "Terrence": ["Terry"]}
FEMALE = {"Elizabeth": ["Liz", "Beth", "Betsy", "Lizzie"], "Katherine": ["Kate", "Kathy", "Katie"],
          "Margaret": ["Peggy", "Maggie", "Meg"], "Jennifer": ["Jen", "Jenny"], "Patricia": ["Pat", "Patty", "Trish"],
          "Susan": ["Sue", "Suzy"], "Deborah": ["Deb", "Debbie"], "Rebecca": ["Becky", "Becca"], "Jessica": ["Jess"],
          "Kimberly": ["Kim"], "Samantha": ["Sam"], "Victoria": ["Vicki", "Tori"], "Cynthia": ["Cindy"],
          "Pamela": ["Pam"], "Theresa": ["Terry", "Tess"], "Christine": ["Chris", "Chrissy"], "Abigail": ["Abby"],
          "Madeline": ["Maddie"], "Amanda": ["Mandy"], "Barbara": ["Barb"], "Judith": ["Judy"],
          "Dorothy": ["Dottie"], "Catherine": ["Cathy"], "Jacqueline": ["Jackie"], "Alexandra": ["Alex", "Lexi"],
          "Stephanie": ["Steph"], "Melissa": ["Missy"], "Allison": ["Ally"], "Angela": ["Angie"], "Sarah": [],
          "Emily": [], "Laura": [], "Megan": [], "Rachel": [], "Heather": [], "Nancy": [], "Karen": [], "Lisa": [],
          "Linda": [], "Carol": [], "Janet": [], "Diane": [], "Julie": [], "Michelle": [], "Amy": [], "Anna": [],
          "Ingrid": [], "Kristin": [], "Heidi": [], "Brenda": [], "Sharon": [], "Donna": [], "Erin": [],
          "Kelly": [], "Molly": [], "Hannah": [], "Gretchen": [], "Sigrid": [], "Lauren": [], "Natalie": []}
SURN_COMMON = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
               "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
               "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
               "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
               "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
               "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks",
               "Bennett", "Gray", "James", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell",
               "Jenkins", "Perry", "Russell", "Sullivan", "Bryant", "Fisher", "Henderson", "Coleman", "Simmons",
               "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Wallace", "West", "Cole", "Hayes", "Ellis",
               "O'Brien", "O'Connor", "McDonald", "MacLeod", "McCarthy", "DeLuca", "Russo", "Romano", "Novak",
               "Kowalski", "Schmidt", "Schneider", "Mueller", "Becker", "Hoffman", "Wagner", "Koch", "Klein",
               "Van Dyke", "VanderMeer", "St. John", "LaFleur", "Dubois", "Washington", "Freeman", "Holloway",
               "Battle", "McNeill", "Pittman", "Faircloth", "Hargrove"]
SURN_SCAND = ["Olson", "Hanson", "Larson", "Swanson", "Lindquist", "Carlson", "Gustafson", "Johnson", "Peterson",
              "Nelson", "Lundberg", "Bergstrom", "Halvorson", "Sorensen", "Christensen", "Jorgensen", "Thorson",
              "Engstrom", "Nordquist", "Solberg", "Haugen", "Dahl", "Berg", "Lund", "Strand", "Aune", "Kvale",
              "Schultz", "Weber", "Zimmerman", "Wolf", "Hagen", "Krueger", "Bauer", "Vogel", "Kaiser"]
SFX_VARIANTS = {"Jr.": ["Jr", "JR", "Jr.", ", Jr."], "Sr.": ["Sr", "SR", "Sr.", ", Sr."], "II": ["II", "2nd"],
                "III": ["III", "3rd"]}

HISP_M = ["José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Alejandro", "Francisco", "Jesús", "Ricardo",
          "Antonio", "Manuel", "Pedro", "Raúl", "Javier", "Fernando", "Eduardo", "Sergio", "Roberto", "Héctor",
          "Guillermo", "Enrique", "Óscar", "Rubén", "Andrés"]
HISP_F = ["María", "Guadalupe", "Ana", "Rosa", "Carmen", "Lucía", "Sofía", "Verónica", "Alejandra", "Gabriela",
          "Patricia", "Leticia", "Yolanda", "Adriana", "Claudia", "Mónica", "Elena", "Juana", "Silvia", "Marisol",
          "Beatriz", "Araceli", "Rocío", "Esperanza", "Dolores"]
HISP_SUR = ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez",
            "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Ortiz", "Gutiérrez",
            "Chávez", "Ramos", "Ruiz", "Mendoza", "Castillo", "Vargas", "Jiménez", "Romero", "Álvarez", "Medina",
            "Herrera", "Aguilar", "Domínguez", "Núñez", "Espinoza", "Salazar", "Zamora", "Villalobos", "Ibarra"]
HISP_NICK = {"José": ["Pepe", "Joe"], "Francisco": ["Paco", "Pancho", "Frank"], "Jesús": ["Chuy"],
             "Eduardo": ["Lalo", "Eddie"], "Roberto": ["Beto", "Bob"], "Guadalupe": ["Lupe"],
             "Alejandro": ["Alex"], "Alejandra": ["Alex"], "Ricardo": ["Rick"], "Manuel": ["Manny"],
             "Antonio": ["Tony"], "Guillermo": ["Memo", "Will"], "Enrique": ["Kike"], "Rosa": ["Rosie"],
             "Dolores": ["Lola"], "Esperanza": ["Espy"], "Juan": ["Johnny"], "Andrés": ["Andy"]}
VIET_SUR = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho",
            "Ngo", "Duong", "Ly", "Truong", "Dinh"]
VIET_MID_M = ["Van", "Duc", "Minh", "Quoc", "Huu", "Thanh", "Cong"]
VIET_MID_F = ["Thi", "Ngoc", "Thu", "Kim", "My", "Bich"]
VIET_G_M = ["Minh", "Tuan", "Hung", "Long", "Nam", "Huy", "Dung", "Quang", "Phuc", "Khoa", "Bao", "Tam", "Hai",
            "Son", "Cuong", "Thanh", "Vinh", "Trung"]
VIET_G_F = ["Lan", "Mai", "Hoa", "Linh", "Thao", "Trang", "Huong", "Phuong", "Anh", "Hanh", "Nga", "Thuy", "Yen",
            "Nhung", "Hien", "Tuyet"]
SOM_M = ["Abdirahman", "Abdullahi", "Mohamed", "Ahmed", "Hassan", "Hussein", "Ali", "Omar", "Yusuf", "Ismail",
         "Abdirizak", "Abdiaziz", "Mahad", "Farah", "Liban", "Bashir", "Said", "Abdikadir", "Abdiwali", "Mustafa"]
SOM_F = ["Fadumo", "Hodan", "Amina", "Asha", "Ifrah", "Hibaq", "Sahra", "Khadija", "Ayan", "Nimo", "Ubah",
         "Halima", "Muna", "Deeqa", "Sagal", "Ruqiya", "Hawa", "Filsan", "Sadia", "Samira"]
SOM_PAT = ["Mohamed", "Ahmed", "Hassan", "Ali", "Omar", "Yusuf", "Ismail", "Warsame", "Jama", "Nur", "Abdi",
           "Osman", "Aden", "Elmi", "Egal", "Farah", "Guled", "Hirsi", "Ibrahim", "Mohamud", "Dahir", "Sheikh",
           "Duale", "Abdullahi", "Hussein", "Adan", "Isse", "Barre", "Samatar", "Gedi"]
SOM_TRANSLIT = {"Mohamed": ["Mohammed", "Mohamad", "Muhammad"], "Abdirahman": ["Abdurahman", "Abdirahmaan"],
                "Abdullahi": ["Abdulahi", "Abdullaahi"], "Ahmed": ["Ahmad", "Axmed"], "Hussein": ["Husein", "Hussain"],
                "Yusuf": ["Yousuf", "Yussuf"], "Fadumo": ["Faduma", "Fadumaa"], "Hodan": ["Hodon"],
                "Khadija": ["Khadijo", "Kadija"], "Sahra": ["Sahro", "Zahra"], "Amina": ["Aamina"], "Ayan": ["Ayaan"],
                "Aden": ["Adan"], "Ismail": ["Ismael"], "Abdikadir": ["Abdiqadir"], "Said": ["Saed", "Saeed"],
                "Nur": ["Noor"], "Osman": ["Othman", "Cismaan"], "Hassan": ["Xasan", "Hasan"], "Ubah": ["Ubax"],
                "Hibaq": ["Hibo"], "Halima": ["Xaliimo", "Halimo"], "Isse": ["Ise"], "Ruqiya": ["Ruqia"],
                "Abdiaziz": ["Abdulaziz"], "Abdirizak": ["Abdirazak"], "Mustafa": ["Mustafe"], "Jama": ["Jaamac"]}
HMONG_CLAN = ["Vang", "Xiong", "Yang", "Lee", "Lor", "Her", "Thao", "Moua", "Vue", "Hang", "Khang", "Chang", "Kue",
              "Cha", "Fang"]
HMONG_M = ["Tou", "Chue", "Kou", "Pheng", "Fue", "Neng", "Lue", "Nhia", "Xeng", "Cheng", "Tong", "Pao", "Ger",
           "Seng", "Chong", "Yia", "Meng", "Kao", "Tou Fue", "Nhia Lue", "Pheng Ly"]
HMONG_F = ["Pa", "Mai", "Yer", "Nou", "Xee", "See", "Bee", "Houa", "Youa", "Mai Nou", "Mai Yer", "Pa Nhia",
           "Mai Xee", "Kia", "Shoua", "Dia", "Pang", "Mai Yia", "Der", "Ka Bao"]
CN_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
          "Hu", "Lin"]
CN_G = ["Wei", "Fang", "Na", "Jing", "Lei", "Jun", "Min", "Hui", "Xiaoming", "Yan", "Hong", "Ying", "Tao",
        "Qiang", "Xin", "Yu", "Jie", "Lihua", "Jianguo", "Haoran", "Yiming", "Xiaoli"]
ENG_M = ["Kevin", "David", "Tony", "Eric", "Jason", "Michael", "Andy", "Peter", "Frank"]
ENG_F = ["Grace", "Amy", "Jenny", "Helen", "Lily", "Cindy", "Annie", "Vivian", "Joy"]
KR_SUR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]
KR_G = ["Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Su-bin", "Eun-ji", "Jae-won", "Ye-jin",
        "Dong-hyun", "Hye-jin", "Sung-min", "Young-ho", "Mi-kyung"]
IN_M = ["Rajesh", "Suresh", "Venkataraman", "Arjun", "Vikram", "Amit", "Sanjay", "Ravi", "Anil", "Prakash",
        "Srinivas", "Karthik", "Rahul", "Nikhil", "Deepak"]
IN_F = ["Priya", "Anjali", "Deepa", "Lakshmi", "Sunita", "Kavita", "Neha", "Pooja", "Divya", "Shreya", "Meera",
        "Aarti", "Swati"]
IN_SUR = ["Patel", "Sharma", "Shah", "Reddy", "Rao", "Iyer", "Gupta", "Singh", "Kumar", "Subramanian",
          "Krishnan", "Desai", "Mehta", "Joshi", "Nair", "Chaudhary", "Agarwal", "Bhatt"]
IN_NICK = {"Venkataraman": ["Venkat"], "Srinivas": ["Srini"], "Rajesh": ["Raj"], "Vikram": ["Vik"],
           "Lakshmi": ["Lucky"], "Karthik": ["Karthi"], "Nikhil": ["Nick"], "Deepak": ["Dee"]}

STYLE_W = {"CO": [("anglo", 62), ("hyphen", 4), ("hisp", 20), ("viet", 3), ("chinese", 3), ("korean", 3),
                  ("indian", 4), ("somali", 1)],
           "MN": [("anglo", 52), ("hyphen", 4), ("hisp", 7), ("viet", 8), ("somali", 11), ("hmong", 11),
                  ("chinese", 2), ("korean", 2), ("indian", 3)],
           "NC": [("anglo", 62), ("hyphen", 4), ("hisp", 15), ("viet", 3), ("chinese", 4), ("korean", 3),
                  ("indian", 8), ("hmong", 1)]}
ASIAN_STYLES = ("viet", "chinese", "korean", "hmong")

# =====================================================================
# registries (uniqueness of channels between independent customers)
# =====================================================================
USED_ADDR = set()
USED_EMAIL = set()
USED_PHONE = set()
USED_DOMAIN = set()
USED_NAMES = set()
ENTS = {}
ID_POOL = list(range(10000, 100000))
R.shuffle(ID_POOL)


# =====================================================================
# channel builders
# =====================================================================
def pick_state():
    return wchoice(STATE_W)


def pick_city(state=None, metro=None, exclude=None):
    pool = [c for c in CITIES if (state is None or c[1] == state) and (metro is None or c[5] == metro)
            and (exclude is None or c[0] != exclude[0])]
    if not pool:
        pool = [c for c in CITIES if (state is None or c[1] == state) and (exclude is None or c[0] != exclude[0])]
    return R.choices(pool, weights=[c[4] for c in pool])[0]


def other_city(c, p_same_metro=0.5, p_other_state=0.3):
    r = R.random()
    if r < p_other_state:
        return pick_city(R.choice([s for s in ("CO", "MN", "NC") if s != c[1]]))
    if r < p_other_state + p_same_metro:
        return pick_city(c[1], metro=c[5], exclude=c)
    return pick_city(c[1], exclude=c)


def addr_key(a):
    if a is None:
        return None
    if a["pobox"]:
        return ("box", a["pobox"], a["zip"])
    return (a["num"], a["pre"], a["street"].lower(), a["stype"][0], a["post"], (a["unit"] or "").lower(), a["zip"])


def make_unit(kind):
    r = R.random()
    if kind == "Suite":
        if r < 0.6:
            return str(R.randint(1, 4) * 100 + R.randint(0, 50))
        if r < 0.8:
            return R.choice("ABCDEFGH")
        return str(R.randint(1, 30))
    if r < 0.5:
        return str(R.randint(1, 4) * 100 + R.randint(1, 24))
    if r < 0.8:
        return "%d%s" % (R.randint(1, 4), R.choice("ABCD"))
    return str(R.randint(1, 36))


def make_addr(c, ukind=None, unit=None, pobox=False, street=None, num=None, pre=None, stype=None, post=None,
              zipc=None):
    for attempt in range(300):
        a = dict(num=None, pre="", street="", stype=None, post="", ukind=ukind, unit=unit, city=c[0], st=c[1],
                 zip=zipc or R.choice(c[2]), zip4="%04d" % R.randint(1, 9999), pobox=None, metro=c[5])
        if pobox:
            a["pobox"] = str(R.randint(1, 99999) if chance(0.6) else R.randint(100, 9999))
            a["ukind"] = None
            a["unit"] = None
        else:
            r = R.random()
            a["num"] = num if (num and (attempt == 0 or unit is not None)) else (
                str(R.randint(10, 999)) if r < 0.15 else str(R.randint(100, 9999)) if r < 0.78
                else str(R.randint(10000, 22999)))
            a["street"] = street or R.choice(STREETS)
            a["stype"] = stype or wchoice(STYPES_W)
            if pre is not None or post is not None:
                a["pre"] = pre or ""
                a["post"] = post or ""
            elif c[0] in ("Minneapolis", "Richfield", "Bloomington") and chance(0.45):
                a["post"] = R.choice(["S", "S", "N", "NE", "SE"])
            elif chance(0.18):
                a["pre"] = R.choice(["N", "S", "E", "W"])
            if ukind and unit is None:
                a["unit"] = make_unit(ukind)
        k = addr_key(a)
        if k not in USED_ADDR:
            USED_ADDR.add(k)
            return a
        if unit is not None and ukind:
            unit = make_unit(ukind)
    raise RuntimeError("address space exhausted")


def make_phone(c):
    for _ in range(5000):
        p = R.choice(c[3]) + "555" + "%04d" % R.randrange(10000)
        if p not in USED_PHONE:
            USED_PHONE.add(p)
            return p
    raise RuntimeError("phone space exhausted")


FREE_DOMAINS = [("gmail.com", 45), ("yahoo.com", 12), ("hotmail.com", 6), ("outlook.com", 6), ("icloud.com", 8),
                ("comcast.net", 6), ("aol.com", 3), ("msn.com", 2), ("att.net", 2), ("live.com", 2), ("me.com", 2),
                ("q.com", 1), ("charter.net", 1), ("protonmail.com", 1)]
HOBBY = ["ski", "skier", "hikes", "golf", "runner", "fishing", "mom", "dad", "cooks", "music", "garden", "vikes",
         "broncos", "tarheel", "loon", "twins", "avs", "panthers", "lakes", "pup"]


def register_email(e):
    n = email_norm(e)
    if n in USED_EMAIL:
        return False
    USED_EMAIL.add(n)
    return True


def unique_email(local, dom):
    for i in range(200):
        e = "%s%s@%s" % (local, "" if i == 0 else str(R.randint(1, 999)), dom)
        if register_email(e):
            return e
    raise RuntimeError("email")


def person_email(g, f, nick=None, avoid_pattern=None):
    g_ = slug(g.split()[0]) or "x"
    f_ = slug(f) or "x"
    f1 = slug(re.split(r"[ \-]", f)[0]) or f_
    for _ in range(100):
        pats = [f"{g_}.{f1}", f"{g_}{f1}", f"{g_[0]}{f1}", f"{g_}{f1[0]}", f"{g_}_{f1}", f"{f1}{g_[0]}",
                f"{g_}.{f1}{R.randint(1, 99)}", f"{g_}{f_}{R.randint(60, 99)}",
                f"{slug(nick) if nick else g_}{f1}", f"{f1}.{g_}", f"{g_[0]}.{f1}",
                f"{g_}{R.choice(HOBBY)}{R.randint(1, 999)}", f"{g_}{f1[0]}{R.randint(1, 9999)}", f"{g_}.{f_}"]
        loc = R.choice(pats)
        if avoid_pattern and loc == avoid_pattern:
            continue
        e = loc + "@" + wchoice(FREE_DOMAINS)
        if register_email(e):
            return e
    return unique_email(g_ + f1, "gmail.com")


def make_domain(base, tld=None):
    b = slug(base)[:22] or "biz"
    for i in range(100):
        d = b + ("" if i == 0 else str(R.randint(2, 99))) + (tld or wchoice([(".com", 80), (".net", 10), (".org", 5), (".co", 5)]))
        if d not in USED_DOMAIN:
            USED_DOMAIN.add(d)
            return d
    raise RuntimeError("domain")


def initials(words):
    return "".join(w[0].upper() for w in words if w and w[0].isalpha())


# =====================================================================
# names
# =====================================================================
def surname(state):
    if state == "MN" and chance(0.4):
        return R.choice(SURN_SCAND)
    return R.choice(SURN_COMMON)


def gen_name(state, style=None, sex=None, family=None, avoid_given=None):
    style = style or wchoice(STYLE_W[state])
    sex = sex or R.choice("MF")
    m = ""
    nicks = []
    eng = None
    f_new = None
    for _ in range(20):
        if style in ("anglo", "hyphen"):
            pool = MALE if sex == "M" else FEMALE
            g = R.choice(list(pool))
            nicks = list(pool[g])
            r = R.random()
            if r < 0.35:
                m = R.choice("ABCDEFGHJKLMNPRSTW")
            elif r < 0.5:
                m = R.choice(list(pool))
            f = family or surname(state)
            if style == "hyphen" and not family:
                f2 = surname(state)
                while f2 == f:
                    f2 = surname(state)
                f = f.replace(" ", "") + "-" + f2.replace(" ", "")
        elif style == "hisp":
            g = R.choice(HISP_M if sex == "M" else HISP_F)
            if chance(0.4):
                m = R.choice([x for x in (HISP_M if sex == "M" else HISP_F) if x != g])
            nicks = list(HISP_NICK.get(g, [])) + (list(HISP_NICK.get(m, [])) if m else [])
            if family:
                f = family
            elif chance(0.5):
                a = R.choice(HISP_SUR)
                b = R.choice([x for x in HISP_SUR if x != a])
                f = a + " " + b
            else:
                f = R.choice(HISP_SUR)
        elif style == "viet":
            g = R.choice(VIET_G_M if sex == "M" else VIET_G_F)
            m = R.choice(VIET_MID_M if sex == "M" else VIET_MID_F)
            f = family or R.choice(VIET_SUR)
        elif style == "somali":
            g = R.choice(SOM_M if sex == "M" else SOM_F)
            m = R.choice([x for x in SOM_PAT if x != g])
            f = family or R.choice([x for x in SOM_PAT if x not in (g, m)])
            if g == "Abdirahman":
                nicks = ["Abdi"]
            elif g == "Abdullahi":
                nicks = ["Abdi"]
            elif g == "Mohamed":
                nicks = ["Mo"]
        elif style == "hmong":
            g = R.choice(HMONG_M if sex == "M" else HMONG_F)
            f = family or R.choice(HMONG_CLAN)
        elif style == "chinese":
            g = R.choice(CN_G)
            f = family or R.choice(CN_SUR)
            if chance(0.35):
                eng = R.choice(ENG_M if sex == "M" else ENG_F)
        elif style == "korean":
            g = R.choice(KR_G)
            f = family or R.choice(KR_SUR)
            if chance(0.25):
                eng = R.choice(ENG_M if sex == "M" else ENG_F)
        else:  # indian
            g = R.choice(IN_M if sex == "M" else IN_F)
            f = family or R.choice(IN_SUR)
            nicks = list(IN_NICK.get(g, []))
            if chance(0.2):
                m = R.choice("ABCDEGKMNRSV")
        if g != avoid_given:
            break
    if sex == "F" and style in ("anglo", "hisp", "indian") and not family and chance(0.14):
        f_new = surname(state) if style != "hisp" else R.choice(HISP_SUR)
        if f_new == f:
            f_new = None
    return dict(g=g, m=m, f=f, sfx="", style=style, sex=sex, nicks=nicks, f_new=f_new, eng=eng)


def name_str(nm):
    return "%s %s" % (nm["g"], nm["f"])


# =====================================================================
# entities
# =====================================================================
def new_ent(cat, kind, **kw):
    e = dict(id="E%05d" % ID_POOL.pop(), cat=cat, kind=kind, role=None, rels=[], nkeys=[], protect=[],
             aliases=[], legal=None, keep_sfx=False, co=None, co_kind=None, contact=None, email=None, phone=None,
             ext=None, addr=None, city=None, st=None, p={}, hn_of=None, hn_rel=None, sh_addr=None, sh_email=None,
             sh_phone=None, multi=False)
    e.update(kw)
    ENTS[e["id"]] = e
    return e


def set_person_fields(e, nm, prefix=""):
    for k in ("g", "m", "f", "sfx", "style", "sex", "nicks", "f_new", "eng"):
        e[k + prefix] = nm.get(k, "" if k in ("m", "sfx") else None)


def person_entity(cat, nm, c, addr, email, phone, profile=None):
    e = new_ent(cat, "person")
    set_person_fields(e, nm)
    e["nm"] = nm
    e["city"] = c
    e["st"] = c[1]
    e["addr"] = addr
    e["email"] = email
    e["phone"] = phone
    if profile is not None:
        if profile.get("addr") is addr:
            e["sh_addr"] = profile
        if profile.get("email") == email and email:
            e["sh_email"] = profile
        if profile.get("phone") == phone and phone:
            e["sh_phone"] = profile
    return e


def make_person(state=None, c=None, cat="person", nm=None, addr=None, p_email=0.88, p_phone=0.95, sex=None,
                style=None, family=None):
    c = c or pick_city(state or pick_state())
    nm = nm or gen_name(c[1], style=style, sex=sex, family=family)
    addr = addr or make_addr(c)
    email = person_email(nm["g"], nm["f"], (nm["nicks"] or [None])[0]) if chance(p_email) else None
    phone = make_phone(c) if chance(p_phone) else None
    return person_entity(cat, nm, c, addr, email, phone)


def make_couple(state=None, c=None, addr=None, nm1=None, nm2=None):
    c = c or pick_city(state or pick_state())
    st = c[1]
    if nm1 is None:
        nm1 = gen_name(st, sex="M" if chance(0.8) else "F")
    if nm2 is None:
        same_sex = chance(0.08)
        sex2 = nm1["sex"] if same_sex else ("F" if nm1["sex"] == "M" else "M")
        style2 = nm1["style"] if chance(0.85) else None
        if style2 == "hyphen":
            style2 = "anglo"
        fam = nm1["f"] if (not same_sex and chance(0.8) and nm1["style"] not in ("somali",)) else None
        nm2 = gen_name(st, style=style2, sex=sex2, family=fam, avoid_given=nm1["g"])
    e = new_ent("couple", "person")
    set_person_fields(e, nm1)
    set_person_fields(e, nm2, "2")
    e["nm"] = nm1
    e["nm2"] = nm2
    e["f_new"] = None
    e["city"] = c
    e["st"] = st
    e["addr"] = addr or make_addr(c)
    r = R.random()
    if r < 0.4:
        loc = R.choice([slug(nm1["f"]) + "family", "the" + slug(nm1["f"]) + "s", slug(nm1["g"]) + "and" + slug(nm2["g"]),
                        slug(nm1["g"])[0] + slug(nm2["g"])[0] + slug(nm1["f"])])
        e["email"] = unique_email(loc, wchoice(FREE_DOMAINS))
    elif r < 0.93:
        e["email"] = person_email(nm1["g"], nm1["f"]) if chance(0.6) else person_email(nm2["g"], nm2["f"])
    e["phone"] = make_phone(c) if chance(0.96) else None
    return e


def J(*parts):
    return " ".join(p for p in parts if p)


def A(text, gkey=None, namechange=False):
    """alias: (text, generic-key or None, is-a-name-change)"""
    return (text, gkey, namechange)


def contact_of(nm):
    return (nm["g"], nm["f"])


def random_date():
    y = R.randint(1994, 2023)
    mth = R.randint(1, 12)
    d = R.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return (y, mth, d), ["%d/%d/%d" % (mth, d, y), "%02d/%02d/%d" % (mth, d, y), "%d-%d-%d" % (mth, d, y),
                         "%s %d, %d" % (months[mth - 1], d, y), "%d/%d/%02d" % (mth, d, y % 100)]


# ---------------------------------------------------------------- managers & HOAs
MGR_WORDS = {"CO": ["Front Range", "Rocky Mountain", "Red Rock", "Centennial", "Mile High", "Foothills", "Columbine",
                    "Timberline"],
             "MN": ["Twin Cities", "North Star", "Lakes Area", "Prairie", "Lakeshore", "Gopher State", "Northland",
                    "Minnehaha"],
             "NC": ["Carolina", "Piedmont", "Triangle", "Queen City", "Blue Ridge", "Sandhills", "Coastal", "Tar River"],
             "any": ["Summit", "Peak", "Keystone", "Cornerstone", "Westwind", "Evergreen", "Pinnacle", "Benchmark",
                     "Heritage", "Premier", "Capstone", "Hometown", "Crown", "Ironwood"]}
MGR_FORMS = [("{X} Community Management", "CM"), ("{X} Property Management", "PM"), ("{X} HOA Management", "HM"),
             ("{X} Association Management", "AM"), ("{X} Management Group", "MG"),
             ("{X} Community Association Services", "CAS"), ("{X} Residential Services", "RS")]
MANAGERS = []


def make_mgr(state):
    for _ in range(300):
        X = R.choice(MGR_WORDS[state] + MGR_WORDS["any"])
        form, ab = R.choice(MGR_FORMS)
        name = form.format(X=X)
        if name not in USED_NAMES:
            break
    USED_NAMES.add(name)
    legal = name + R.choice([", LLC", ", Inc.", " LLC", ""])
    c = pick_city(state)
    addr = make_addr(c, ukind="Suite") if chance(0.7) else make_addr(c, pobox=True)
    dom = make_domain(X + ab.lower())
    mgr = dict(name=name, legal=legal, X=X, ab=ab, st=state, city=c, addr=addr, phone=make_phone(c), dom=dom,
               short=X + " " + ab, hoas=[], entity=None,
               staff=[contact_of(gen_name(state, style="anglo")) for _ in range(4)])
    mgr["email"] = unique_email(R.choice(["ar", "billing", "accounting", "payables", "ap", "invoices"]), dom)
    mgr["office"] = unique_email(R.choice(["office", "info", "admin", "frontdesk", "hello"]), dom)
    mgr["texts"] = [name, legal, mgr["short"], name.replace("Management", "Mgmt"), name.upper()]
    MANAGERS.append(mgr)
    return mgr


HOA_PRE = ["Willow", "Aspen", "Cedar", "Pine", "Eagle", "Fox", "Deer", "Elk", "Hawk", "Stone", "Timber", "Prairie",
           "Meadow", "Silver", "Golden", "Red Oak", "Maple", "Oak", "Birch", "Spring", "Falcon", "Heron", "Quail",
           "Bear", "Cottonwood", "Lake", "River", "Highland", "Sterling", "Crystal", "Canyon", "Shadow", "Whisper",
           "Brook", "Mill", "Heritage", "Legacy", "Cobblestone", "Autumn", "Juniper", "Sage", "Saddle", "Bluestem",
           "Loon", "Cardinal", "Magnolia", "Dogwood", "Wolf", "Copper", "Granite", "Ridgeview", "Lakeview",
           "Forest", "Wild Plum", "Sandpiper", "Pelican", "Chestnut", "Hickory", "Tamarack", "Sumac", "Kestrel"]
HOA_SUF = ["Creek", "Ridge", "Glen", "Hollow", "Pointe", "Meadows", "Park", "Run", "Crossing", "Village", "Estates",
           "Commons", "Landing", "Trails", "Hills", "Woods", "Farms", "Heights", "Bluff", "Shores", "Valley",
           "Springs", "Point", "Knolls", "Preserve", "Ranch", "Place", "Green", "Lakes", "Pines"]
AT_FORMS = ["The Reserve at {X}", "The Villas at {X}", "The Enclave at {X}", "The Preserve at {X}",
            "The Townes at {X}", "The Lofts at {X}"]
USED_CORES = set()


def new_core():
    for _ in range(2000):
        core = "%s %s" % (R.choice(HOA_PRE), R.choice(HOA_SUF))
        if chance(0.1):
            core = R.choice(AT_FORMS).format(X=core)
        if core not in USED_CORES:
            USED_CORES.add(core)
            return core
    raise RuntimeError("cores")


HOA_FORMS = {
    "hoa": ["{c} Homeowners Association", "{c} HOA", "{c} Homeowners Assn", "{c} Homeowners Association, Inc.",
            "{c} Home Owners Association", "{c} Homeowners' Association", "{c} Owners Association",
            "{c} Owners Assn., Inc.", "{c} H.O.A."],
    "condo": ["{c} Condominium Association", "{c} Condo Assn", "{c} Condominium Owners Association",
              "{c} Condominium Association, Inc.", "{c} Condos HOA", "{c} Condominiums"],
    "townhome": ["{c} Townhome Association", "{c} Townhomes HOA", "{c} Townhome Owners Assn",
                 "{c} Townhomes Association, Inc.", "{c} Townhouse Association"],
    "community": ["{c} Community Association", "{c} Community Assn", "{c} Community Association, Inc."],
    "master": ["{c} Master Association", "{c} Master Assn", "{c} Master HOA", "{c} Master Homeowners Association"],
    "filing": ["{c} Filing No. {n} Homeowners Association", "{c} Filing {n} HOA", "{c} Filing #{n} Homeowners Assn",
               "{c} Fil. No. {n} HOA"],
}
HOA_PROT = {"hoa": [], "condo": ["Condominium", "Condo", "Condominiums", "Condos"],
            "townhome": ["Townhome", "Townhomes", "Townhouse"], "community": ["Community"],
            "master": ["Master"], "filing": ["Filing", "Fil."]}


def attach_mgr(e, mgr):
    c = mgr["city"]
    e["city"] = c
    e["st"] = c[1]
    e["addr"] = mgr["addr"]
    e["sh_addr"] = mgr
    if chance(0.6):
        e["email"] = mgr["email"]
        e["sh_email"] = mgr
    else:
        e["email"] = unique_email(slug(e["p"]["core"])[:18], mgr["dom"])
    e["phone"] = mgr["phone"]
    e["sh_phone"] = mgr
    if chance(0.3):
        e["ext"] = str(R.randint(10, 399))
    e["co"] = mgr["texts"]
    e["co_kind"] = "c/o"
    if chance(0.6):
        e["contact"] = R.choice(mgr["staff"])
    mgr["hoas"].append(e)


def make_hoa(mgr=None, state=None, core=None, cls=None, n=None, c=None):
    core = core or new_core()
    cls = cls or wchoice([("hoa", 60), ("condo", 20), ("townhome", 12), ("community", 8)])
    names = [f.format(c=core, n=n) for f in HOA_FORMS[cls]]
    e = new_ent("condo_assn" if cls == "condo" else "hoa", "org")
    e["name"] = names[0]
    e["aliases"] = [A(x) for x in names]
    e["nkeys"] = ["hoa:%s:%s%s" % (slug(core), cls, n or "")]
    e["protect"] = list(HOA_PROT[cls])
    e["p"] = dict(core=core, cls=cls, n=n, mgr=mgr)
    if mgr:
        attach_mgr(e, mgr)
    else:
        c = c or pick_city(state or pick_state())
        e["city"] = c
        e["st"] = c[1]
        e["addr"] = make_addr(c, pobox=chance(0.5))
        if chance(0.6):
            e["email"] = unique_email(slug(core)[:16] + R.choice(["hoa", "board", "treasurer", ""]), "gmail.com")
        else:
            e["email"] = unique_email(R.choice(["treasurer", "board", "info"]), make_domain(core + " hoa", ".org"))
        e["phone"] = make_phone(c) if chance(0.8) else None
        tr = gen_name(c[1])
        e["contact"] = contact_of(tr)
        e["co"] = ["Treasurer", "Board of Directors", "%s %s, Treasurer" % (tr["g"], tr["f"])]
        e["co_kind"] = "Attn:"
    return e


def make_mgr_entity(mgr):
    e = new_ent("mgmt_company", "org")
    e["name"] = mgr["legal"]
    e["aliases"] = [A(mgr["legal"]), A(mgr["name"]), A(mgr["name"].replace("Management", "Mgmt"))]
    e["nkeys"] = ["mgr:" + slug(mgr["name"])]
    e["protect"] = ["Management", "Community", "Property", "Association", "Services", "Residential", "Group"]
    c = mgr["city"]
    e["city"] = c
    e["st"] = c[1]
    e["addr"] = mgr["addr"]
    e["sh_addr"] = mgr
    if chance(0.5):
        e["email"] = mgr["office"]
    else:
        e["email"] = mgr["email"]
        e["sh_email"] = mgr
    e["phone"] = mgr["phone"]
    e["sh_phone"] = mgr
    e["contact"] = mgr["staff"][0]
    e["p"] = dict(mgr=mgr)
    mgr["entity"] = e
    return e


COMM_FORMS = {
    "apt": ["{X} Apartments", "{X} Apts", "{X} Apartment Homes", "{X} Apartments LLC"],
    "bpoa": ["{X} Business Park Owners Association", "{X} Business Park Owners Assn", "{X} Business Park OA",
             "{X} Business Park Owners Association, Inc."],
    "sc": ["{X} Shopping Center", "{X} Shopping Ctr", "{X} Shopping Center LLC"],
    "op": ["{X} Office Park", "{X} Office Park LLC", "{X} Office Pk"],
    "ss": ["{X} Self Storage", "{X} Self Storage LLC", "{X} Self-Storage"],
    "mob": ["{X} Medical Office Condominium Association", "{X} Medical Office Condo Assn",
            "{X} MOB Condominium Association"],
    "ip": ["{X} Industrial Park", "{X} Industrial Park LLC", "{X} Industrial Pk"],
}
COMM_PROT = {"apt": ["Apartments", "Apartment", "Apts"], "bpoa": ["Business"], "sc": ["Shopping"], "op": ["Office"],
             "ss": ["Storage"], "mob": ["Medical"], "ip": ["Industrial"]}


def make_commercial(mgr=None, owner=None, state=None, X=None, kind=None):
    X = X or new_core()
    kind = kind or wchoice([("apt", 40), ("bpoa", 12), ("sc", 15), ("op", 10), ("ss", 10), ("mob", 5), ("ip", 8)])
    names = [f.format(X=X) for f in COMM_FORMS[kind]]
    e = new_ent("commercial", "org")
    e["name"] = names[0]
    e["aliases"] = [A(x) for x in names]
    e["nkeys"] = ["com:%s:%s" % (slug(X), kind)]
    e["protect"] = list(COMM_PROT[kind])
    e["p"] = dict(core=X, kind=kind, mgr=mgr, owner=owner)
    if mgr is not None:
        attach_mgr(e, mgr)
    else:
        owner = owner or make_owner(state)
        e["p"]["owner"] = owner
        attach_owner(e, owner, per_email=slug(X)[:14])
    return e


# ---------------------------------------------------------------- landlords & LLCs
LLC_A = ["Oakridge", "Blue Spruce", "Northfield", "Keystone", "Ironwood", "Silverleaf", "Stonebridge", "Redtail",
         "High Plains", "Granite Peak", "Copperline", "Cardinal", "Magnolia Grove", "Tarheel", "Loon Lake",
         "Bluestem", "Front Porch", "Red Door", "Brick House", "Cornerstone", "Pinecrest", "Riverbend", "Sunflower",
         "North Shore", "Lakeside", "Elm Street", "Main Street", "Old Town", "Mile High", "Twin Pines", "Piedmont",
         "Carolina Pines", "Blue Ridge", "Prairie Wind", "Hearthstone", "Whitestone", "Bridgewater", "Fairway",
         "Harbor Point", "Lodgepole", "Columbine", "Larkspur", "Sandstone", "Clearwater", "Gold Leaf", "Evergreen",
         "Westgate", "Eastgate", "Northgate", "Southpoint", "Summit", "Aspen Leaf", "Boundary", "Sawtooth",
         "Lake Country", "Chimney Rock", "Pamlico", "Catawba", "Uwharrie", "Boulder Creek", "Maplewood"]
LLC_B = ["Holdings", "Properties", "Investments", "Rentals", "Real Estate", "Capital", "Ventures", "Partners",
         "Property Group", "Homes", "Residential", "Realty"]
ROMAN = {1: "", 2: "II", 3: "III", 4: "IV", 5: "V"}


def make_owner(state=None, c=None, nm=None):
    c = c or pick_city(state or pick_state())
    nm = nm or gen_name(c[1], style=wchoice([("anglo", 66), ("hisp", 8), ("indian", 8), ("chinese", 4),
                                             ("korean", 3), ("viet", 4), ("somali", 3), ("hmong", 2), ("hyphen", 2)]))
    r = R.random()
    addr = make_addr(c) if r < 0.6 else (make_addr(c, ukind="Suite") if r < 0.8 else make_addr(c, pobox=True))
    dom = None
    if chance(0.45):
        dom = make_domain(nm["f"] + R.choice(["props", "properties", "rentals", "holdings", "re", "investments", "homes"]))
        email = unique_email(R.choice([slug(nm["g"]), slug(nm["g"])[0] + slug(nm["f"]), "info", "office"]), dom)
    else:
        email = person_email(nm["g"], nm["f"], (nm["nicks"] or [None])[0])
    return dict(nm=nm, city=c, st=c[1], addr=addr, email=email, phone=make_phone(c), dom=dom, llcs=[],
                entity=None, brands={})


def attach_owner(e, owner, per_email=None):
    c = owner["city"]
    e["city"] = c
    e["st"] = c[1]
    e["addr"] = owner["addr"]
    e["sh_addr"] = owner
    if chance(0.82) or not per_email:
        e["email"] = owner["email"]
        e["sh_email"] = owner
    else:
        e["email"] = unique_email(per_email, owner["dom"] or "gmail.com")
    if chance(0.9):
        e["phone"] = owner["phone"]
        e["sh_phone"] = owner
    else:
        e["phone"] = make_phone(c)
    nm = owner["nm"]
    if chance(0.6):
        e["contact"] = contact_of(nm)
    e["co"] = ["%s %s" % (nm["g"], nm["f"]), "%s. %s" % (nm["g"][0], nm["f"])]
    e["co_kind"] = "Attn:"


def owner_from_entity(pe):
    """Use a person/couple entity itself as the owner/grantor profile (channels shared, moves shared)."""
    pe.setdefault("llcs", [])
    pe.setdefault("brands", {})
    pe.setdefault("dom", None)
    pe["entity"] = pe
    return pe


def make_llc(owner, kind=None, brand=None, k=1, series=None, fam_base=None):
    kind = kind or wchoice([("addr", 30), ("family", 25), ("brand", 45)])
    nm = owner["nm"]
    c = owner["city"]
    protect = []
    prop = None
    if kind == "addr":
        pc = pick_city(owner["st"], metro=c[5])
        prop = make_addr(pc)
        pre = (prop["pre"] + " ") if prop["pre"] else ""
        forms = ["%s %s%s" % (prop["num"], pre, prop["street"]),
                 "%s %s%s %s" % (prop["num"], pre, prop["street"], prop["stype"][1]),
                 "%s %s%s %s" % (prop["num"], pre, prop["street"], prop["stype"][0])]
        base = R.choice(forms)
        names = [base + " LLC"] + [b + ", LLC" for b in forms if b != base]
        nkey = "llc:%s%s" % (prop["num"], slug(prop["street"]))
    elif kind == "family":
        f = nm["f"]
        g = nm["g"]
        ini = initials([g, nm["m"] or "", f]) if nm["m"] and len(nm["m"]) == 1 else initials([g, f])
        base = fam_base or R.choice(["%s Family Properties" % f, "%s Rentals" % f, "%s Property Group" % f,
                         "%s Properties" % ini, "%s %s Properties" % (g, f), "%s Real Estate Holdings" % f,
                         "%s & Sons Properties" % f, "%s Investment Properties" % f])
        names = [base + " LLC", base + ", LLC"]
        nkey = "llc:" + slug(base)
        protect = [f] if "Sons" in base else []
    else:
        if brand is None:
            for _ in range(200):
                brand = (R.choice(LLC_A), R.choice(LLC_B))
                if " ".join(brand) not in USED_NAMES:
                    break
            USED_NAMES.add(" ".join(brand))
        base = "%s %s" % brand
        if k > 1:
            names = ["%s %s LLC" % (base, ROMAN[k]), "%s %s, LLC" % (base, ROMAN[k]), "%s %d LLC" % (base, k)]
            protect = [ROMAN[k], str(k)]
        else:
            names = [base + " LLC", base + ", LLC"]
        nkey = "llc:%s:%d" % (slug(base), k)
    cat = "llc"
    if series:
        cat = "series_llc"
        parent = base + " LLC"
        names = ["%s - Series %s" % (parent, series), "%s, LLC, Series %s" % (base, series),
                 "%s Series %s" % (parent, series), "Series %s of %s" % (series, parent),
                 "%s (Series %s)" % (parent, series)]
        nkey = "llc:%s:series:%s" % (slug(base), slug(series))
        protect = protect + ["Series", series]
    e = new_ent(cat, "org")
    e["name"] = names[0]
    e["aliases"] = [A(x) for x in names]
    e["nkeys"] = [nkey]
    e["protect"] = protect
    e["p"] = dict(owner=owner, kind=kind, brand=brand, k=k, series=series, base=base, prop=prop)
    attach_owner(e, owner, per_email=slug(base)[:14])
    if kind == "addr" and chance(0.15):
        e["addr"] = prop
        e["sh_addr"] = None
    owner["llcs"].append(e)
    return e


def owner_person(owner, cat="person"):
    if owner.get("entity"):
        return None
    e = person_entity(cat, owner["nm"], owner["city"], owner["addr"], owner["email"], owner["phone"], profile=owner)
    e["nm"] = owner["nm"]
    owner["entity"] = e
    return e


# ---------------------------------------------------------------- trusts & estates
def grantor_profile(c=None, couple=None, nm=None):
    """Fresh grantor profile (not a customer entity)."""
    c = c or pick_city(pick_state())
    nm = nm or gen_name(c[1], style=wchoice([("anglo", 80), ("hisp", 6), ("hyphen", 2), ("chinese", 4),
                                             ("korean", 2), ("indian", 4), ("viet", 2)]), sex="M" if chance(0.7) else "F")
    prof = dict(nm=nm, city=c, st=c[1], addr=make_addr(c), phone=make_phone(c), entity=None, llcs=[], brands={},
                dom=None)
    if couple is None:
        couple = chance(0.6)
    if couple:
        prof["nm2"] = gen_name(c[1], style=nm["style"] if nm["style"] != "hyphen" else "anglo",
                               sex="F" if nm["sex"] == "M" else "M", family=nm["f"], avoid_given=nm["g"])
    prof["email"] = person_email(nm["g"], nm["f"])
    return prof


def mi(nm):
    return (nm["m"][0] + ".") if nm.get("m") else ""


def make_trust(gp, kind=None):
    nm = gp["nm"]
    nm2 = gp.get("nm2")
    if kind is None:
        kind = wchoice([("joint", 55), ("family", 30), ("irrev", 15)]) if nm2 else \
            wchoice([("single", 60), ("family", 25), ("irrev", 15)])
    f = nm["f"]
    g1 = nm["g"]
    m1 = mi(nm)
    dt, ds = random_date()
    protect = ["Revocable", "Irrevocable", "Family", "Living"]
    if kind == "joint":
        g2 = nm2["g"]
        m2 = mi(nm2)
        al = [A(J("The", g1, m1, "and", g2, m2, f, "Revocable Trust")),
              A(J(g1, m1, "&", g2, m2, f, "Revocable Trust")),
              A(J(g1, "and", g2, f, "Revocable Living Trust")),
              A(J(f + ",", g1, m1, "&", g2, m2, "Rev Trust")),
              A(J(g1, "&", g2, f, "Rev. Trust")),
              A(J("The", g1, "and", g2, f, "Revocable Trust dtd", ds[1])),
              A(J("The", f, "Revocable Trust"), gkey="trust:%s:rev" % slug(f))]
        nkey = "trust:%s:%s%s:joint" % (slug(f), slug(g1), slug(g2))
        protect += [g1, g2]
    elif kind == "single":
        al = [A(J("The", g1, m1, f, "Revocable Trust")), A(J(g1, m1, f, "Rev Trust")),
              A(J(f + ",", g1, m1, "Revocable Trust")), A(J(g1, f, "Living Trust")),
              A(J(g1, m1, f, "Revocable Trust dated", ds[0])),
              A(J("The", f, "Revocable Trust"), gkey="trust:%s:rev" % slug(f))]
        nkey = "trust:%s:%s:single" % (slug(f), slug(g1))
        protect += [g1]
    elif kind == "family":
        al = [A(J(f, "Family Trust dated", ds[0])), A(J(f, "Family Trust dtd", ds[1])),
              A(J("The", f, "Family Trust u/a/d", ds[0])), A(J(f, "Family Tr. dated", ds[3])),
              A(J(f, "Family Trust", ds[2])),
              A(J("The", f, "Family Trust"), gkey="trust:%s:family" % slug(f))]
        nkey = "trust:%s:family:%d%02d%02d" % ((slug(f),) + dt)
    else:
        al = [A(J(f, "Irrevocable Trust")), A(J("The", f, "Irrevocable Trust")), A(J(f, "Irrev. Trust")),
              A(J(f, "Irrevocable Trust dated", ds[0]))]
        nkey = "trust:%s:irrev" % slug(f)
    e = new_ent("trust", "org")
    e["name"] = al[0][0]
    e["aliases"] = al
    e["nkeys"] = [nkey]
    e["protect"] = protect
    e["p"] = dict(gp=gp, kind=kind, date=dt)
    c = gp["city"]
    e["city"] = c
    e["st"] = c[1]
    e["addr"] = gp["addr"]
    e["sh_addr"] = gp
    e["email"] = gp["email"]
    e["sh_email"] = gp
    e["phone"] = gp["phone"]
    e["sh_phone"] = gp
    if chance(0.5):
        e["contact"] = contact_of(nm)
    tt = ["%s %s, Trustee" % (g1, f), J(g1, m1, f, "TTEE"), "%s %s, Trustee" % (g1, f)]
    if nm2 and kind == "joint":
        tt.append("%s & %s %s, Trustees" % (g1, nm2["g"], f))
    e["co"] = tt
    e["co_kind"] = R.choice(["c/o", "Attn:"])
    return e


LAW_A = ["Hartley", "Brennan", "Okafor", "Lindgren", "Castillo", "Whitfield", "Abernathy", "Nakamura", "Petrakis",
         "Sorensen", "McAllister", "Delgado"]


def make_executor(dec, c):
    if chance(0.8):
        exn = gen_name(c[1], style=dec["nm"]["style"] if dec["nm"]["style"] != "hyphen" else "anglo",
                       family=dec["nm"]["f"] if chance(0.65) else None, avoid_given=dec["nm"]["g"])
        ec = other_city(c, p_same_metro=0.6, p_other_state=0.25) if chance(0.7) else c
        return dict(nm=exn, city=ec, st=ec[1], addr=make_addr(ec), email=person_email(exn["g"], exn["f"]),
                    phone=make_phone(ec), firm=None, entity=None, llcs=[], brands={}, dom=None)
    a, b = R.sample(LAW_A, 2)
    firm = R.choice(["%s & %s, PLLC" % (a, b), "%s %s Law, PC" % (a, b), "Law Office of %s" % a, "%s Law Group" % a])
    dom = make_domain(a + b + "law")
    exn = gen_name(c[1], style="anglo", family=a)
    return dict(nm=exn, city=c, st=c[1], addr=make_addr(c, ukind="Suite"),
                email=unique_email(slug(exn["g"])[0] + slug(exn["f"]), dom),
                phone=make_phone(c), firm=firm, entity=None, llcs=[], brands={}, dom=dom)


def make_estate(dec=None, ex=None, c=None):
    c = c or (dec["city"] if dec else pick_city(pick_state()))
    if dec is None:
        nm = gen_name(c[1], style=wchoice([("anglo", 75), ("hisp", 8), ("viet", 4), ("chinese", 4), ("korean", 3),
                                           ("indian", 3), ("hyphen", 2), ("somali", 1)]))
        dec = dict(nm=nm, city=c, st=c[1], addr=make_addr(c), entity=None)
    ex = ex or make_executor(dec, c)
    nm = dec["nm"]
    g, f, m1 = nm["g"], nm["f"], mi(nm)
    exs = "%s %s" % (ex["nm"]["g"], ex["nm"]["f"])
    al = [A(J("Estate of", g, m1, f)), A(J("Estate of", g, f)), A(J(g, f, "Estate")), A(J(f + ",", g, "- Estate")),
          A(J("The Estate of", g, m1, f)), A(J("Est. of", g, f)), A(J("Estate of", g, f + ", c/o", exs))]
    e = new_ent("estate", "org")
    e["name"] = al[0][0]
    e["aliases"] = al
    e["nkeys"] = ["estate:" + slug(g) + slug(f)]
    e["protect"] = [g, "Estate"]
    e["p"] = dict(dec=dec, ex=ex)
    e["city"] = dec["city"]
    e["st"] = dec["city"][1]
    if chance(0.5):
        e["addr"] = dec["addr"]
        e["sh_addr"] = dec
    else:
        e["addr"] = ex["addr"]
        e["sh_addr"] = ex
    e["email"] = ex["email"]
    e["sh_email"] = ex
    e["phone"] = ex["phone"]
    e["sh_phone"] = ex
    e["contact"] = contact_of(ex["nm"])
    role = R.choice(["Personal Representative", "Executor", "Executrix" if ex["nm"]["sex"] == "F" else "Executor"])
    e["co"] = [exs + ", " + role, exs] + ([ex["firm"]] if ex.get("firm") else [])
    e["co_kind"] = "c/o"
    return e


# ---------------------------------------------------------------- churches, schools, non-profits
SAINTS = ["Mark", "John", "Paul", "Peter", "Luke", "Matthew", "Andrew", "James", "Michael", "Stephen", "Timothy",
          "Joseph", "Mary", "Anne", "Francis", "Patrick", "Thomas", "Philip", "Bartholomew", "Margaret",
          "Catherine", "Edward", "Columba", "Olaf", "Ansgar", "Barnabas", "Alban", "Gabriel", "Cecilia", "Rose"]
DENOMS = ["Lutheran", "Episcopal", "Catholic", "Methodist", "Presbyterian", "Baptist", "Evangelical Free",
          "Covenant", "Reformed", "AME", "Orthodox", "United Methodist"]
CH_ADJ = ["Grace", "Trinity", "Hope", "Faith", "Calvary", "Bethel", "Zion", "Emmanuel", "Redeemer", "Good Shepherd",
          "Living Word", "Cornerstone", "New Life", "Christ the King", "Prince of Peace", "Mount Olivet",
          "Shepherd of the Hills", "Bethany", "Immanuel", "Peace", "Resurrection", "Gloria Dei", "Mount Calvary"]
CH_OTHER = ["Iglesia Cristiana {Y}", "Hmong Alliance Church of {city}", "Islamic Center of {city}",
            "Masjid Al-{M}", "Temple Beth {T}", "Vietnamese Martyrs Catholic Church", "{Y2} Korean Presbyterian Church",
            "Ethiopian Evangelical Church of {city}", "Iglesia {Y} Pentecostal", "Hmong United Methodist Church of {city}"]


def own_channels(e, c, ukind=None, p_email=0.85, dom_base=None, gmail_local=None, p_suite=0.0, pobox=False):
    e["city"] = c
    e["st"] = c[1]
    e["addr"] = make_addr(c, pobox=pobox) if pobox else make_addr(c, ukind=ukind or ("Suite" if chance(p_suite) else None))
    r = R.random()
    if r < p_email * 0.65 and dom_base:
        e["email"] = unique_email(R.choice(["office", "info", "admin", "billing", "contact", "accounts"]),
                                  make_domain(dom_base))
    elif r < p_email:
        e["email"] = unique_email(slug(gmail_local or e["name"])[:20], R.choice(["gmail.com", "gmail.com", "yahoo.com", "outlook.com"]))
    e["phone"] = make_phone(c) if chance(0.95) else None


def make_church(c=None, form=None, saint=None, denom=None, adj=None, other=None, kind=None):
    c = c or pick_city(pick_state())
    city = c[0]
    form = form or wchoice([("saint", 35), ("adj", 35), ("first", 12), ("community", 10), ("other", 8)])
    e = new_ent("church", "org")
    if form == "saint":
        S = saint or R.choice(SAINTS)
        D = denom or R.choice(DENOMS)
        if D == "Catholic":
            al = [A("St. %s Catholic Church" % S), A("Saint %s Catholic Church" % S), A("Church of St. %s" % S),
                  A("St. %s's Catholic Church" % S), A("St. %s Parish" % S), A("Catholic Church of St. %s" % S)]
        else:
            al = [A("St. %s's %s Church" % (S, D)), A("Saint %s's %s Church" % (S, D)), A("St %ss %s Church" % (S, D)),
                  A("St. %s's %s" % (S, D)), A("St. %s %s Church" % (S, D)), A("St. %s's %s Church of %s" % (S, D, city))]
        e["nkeys"] = ["ch:st%s:%s" % (slug(S), slug(D))]
        e["protect"] = [S, S + "'s", S + "s"] + D.split()
        e["p"] = dict(form=form, saint=S, denom=D)
    elif form == "adj":
        Aj = adj or R.choice(CH_ADJ)
        D = denom or R.choice([d for d in DENOMS if d != "Catholic"])
        al = [A("%s %s Church" % (Aj, D)), A("%s %s" % (Aj, D)), A("%s %s Church of %s" % (Aj, D, city)),
              A("%s %s Church, Inc." % (Aj, D))]
        if D == "Lutheran":
            al.append(A("%s Evangelical Lutheran Church" % Aj))
        e["nkeys"] = ["ch:%s:%s" % (slug(Aj), slug(D))]
        e["protect"] = Aj.split() + D.split()
        e["p"] = dict(form=form, adj=Aj, denom=D)
    elif form == "first":
        D = denom or R.choice(["Baptist", "Presbyterian", "Methodist", "Congregational", "Lutheran", "Christian"])
        al = [A("First %s Church of %s" % (D, city)), A("First %s Church" % D, gkey="ch:first:" + slug(D)),
              A("First %s of %s" % (D, city)), A("%s First %s Church" % (city, D))]
        if D == "Baptist":
            al.append(A("FBC %s" % city))
        e["nkeys"] = ["ch:first:%s:%s" % (slug(D), slug(city))]
        e["protect"] = [D] + city.replace(".", "").split()
        e["p"] = dict(form=form, denom=D)
    elif form == "community":
        X = adj or R.choice(HOA_PRE) + " " + R.choice(["Creek", "Ridge", "Valley", "Hills", "Lake", "Point"])
        kind = kind or R.choice(["Community Church", "Bible Church", "Community Fellowship"])
        al = [A("%s %s" % (X, kind)), A("%s %s, Inc." % (X, kind)), A("%s %s" % (X, kind.replace("Community", "Comm.")))]
        e["nkeys"] = ["ch:%s:%s" % (slug(X), slug(kind))]
        e["protect"] = ["Bible", "Fellowship"]
        e["p"] = dict(form=form, adj=X, kind=kind)
    else:
        tmpl = other or R.choice(CH_OTHER)
        nm = tmpl.format(Y=R.choice(["Nueva Vida", "El Shaddai", "Bethel", "Jesucristo es el Señor", "La Roca"]),
                         Y2=R.choice(["Seoul", "Hanmaum", "Onnuri", "Saehan"]),
                         M=R.choice(["Huda", "Taqwa", "Iman", "Noor", "Salam"]),
                         T=R.choice(["El", "Shalom", "Israel", "Jacob"]), city=city)
        al = [A(nm), A(nm + ", Inc."), A(nm.replace("Church", "Ch."))]
        e["nkeys"] = ["ch:" + slug(nm)]
        e["protect"] = []
        e["p"] = dict(form=form, other=tmpl)
    e["name"] = al[0][0]
    e["aliases"] = al
    own_channels(e, c, dom_base=slug(e["name"])[:16] + R.choice(["", "church", city.replace(".", "")[:6]]))
    if chance(0.1):
        e["addr"] = make_addr(c, pobox=True)
    if chance(0.5):
        e["contact"] = contact_of(gen_name(c[1]))
    return e


SCH_N = ["Lincoln", "Jefferson", "Washington", "Roosevelt", "Kennedy", "Franklin", "Eisenhower", "Maple Ridge",
         "Cherry Hills", "Eagle Crest", "Prairie View", "Lakeside", "Hillside", "Valley View", "Sunrise", "Pioneer",
         "Discovery", "Horizon", "Summit", "Riverside", "Cedar Park", "Oak Grove", "Willow Brook", "Heritage",
         "Liberty", "Meadowbrook", "Whittier", "Longfellow", "Emerson", "Hawthorne", "Bryant", "Irving", "Garfield",
         "McKinley", "Clara Barton", "Harriet Tubman", "Sojourner Truth", "Aspen Creek", "Pine Grove", "Northstar"]
SCH_LEVELS = [("Elementary School", ["Elementary", "Elem.", "Elementary Sch."], "Elementary", True),
              ("Middle School", ["Middle School", "Middle Sch.", "Middle"], "Middle", True),
              ("High School", ["High School", "High", "H.S."], "High", True),
              ("Montessori School", ["Montessori", "Montessori Academy"], "Montessori", False),
              ("Christian Academy", ["Christian Academy", "Christian Acad."], "Christian", False),
              ("Preparatory Academy", ["Prep Academy", "Preparatory Academy", "Prep"], "Preparatory", False),
              ("Charter School", ["Charter School", "Charter Academy"], "Charter", False),
              ("Early Learning Center", ["Early Learning Ctr", "Early Learning Center, Inc."], "Early Learning", False)]
DISTRICTS = {"CO": ["Denver Public Schools", "Jeffco Public Schools", "Cherry Creek School District",
                    "Douglas County School District", "Poudre School District", "Academy District 20"],
             "MN": ["Minneapolis Public Schools", "Saint Paul Public Schools", "ISD 196", "Anoka-Hennepin Schools",
                    "Rochester Public Schools", "Duluth Public Schools"],
             "NC": ["Charlotte-Mecklenburg Schools", "Wake County Public School System", "Durham Public Schools",
                    "Guilford County Schools", "Asheville City Schools"]}


def make_school(c=None, N=None, level=None, name=None):
    c = c or pick_city(pick_state())
    e = new_ent("school", "org")
    if name:  # e.g. a church school
        al = [A(name), A(name.replace("School", "Sch.")), A(name + ", Inc.")]
        e["nkeys"] = ["sch:" + slug(name)]
        e["protect"] = ["School"]
        e["p"] = dict(N=name, level=None)
    else:
        N = N or R.choice(SCH_N)
        level = level or SCH_LEVELS[wchoice([(0, 30), (1, 15), (2, 10), (3, 10), (4, 10), (5, 8), (6, 10), (7, 7)])]
        L, alts, key, public = level
        al = [A("%s %s" % (N, L))] + [A("%s %s" % (N, x)) for x in alts]
        if public:
            dist = R.choice(DISTRICTS[c[1]])
            al += [A("%s - %s %s" % (dist, N, L)), A("%s %s (%s)" % (N, L, dist))]
        e["nkeys"] = ["sch:%s:%s" % (slug(N), slug(key))]
        e["protect"] = key.split() + [x for a in alts for x in a.split()] + ["School", "Academy", "Sch."]
        e["p"] = dict(N=N, level=level)
    e["name"] = al[0][0]
    e["aliases"] = al
    own_channels(e, c, dom_base=slug(e["name"])[:18])
    if chance(0.5):
        e["contact"] = contact_of(gen_name(c[1]))
    return e


NP_FORMS = {
    "vfw": ("VFW Post {n}", ["VFW Post #{n}", "Veterans of Foreign Wars Post {n}", "V.F.W. Post No. {n}", "VFW Post {n} Inc."]),
    "legion": ("American Legion Post {n}", ["American Legion Post #{n}", "Amer. Legion Post {n}", "American Legion {city} Post {n}"]),
    "kofc": ("Knights of Columbus Council {n}", ["K of C Council {n}", "Knights of Columbus #{n}", "Knights of Columbus Council #{n}"]),
    "scouts": ("Scouts BSA Troop {n}", ["Boy Scout Troop {n}", "BSA Troop {n}", "Troop {n} BSA"]),
    "lions": ("{city} Lions Club", ["Lions Club of {city}", "{city} Lions", "{city} Lions Club Inc."]),
    "rotary": ("Rotary Club of {city}", ["{city} Rotary Club", "{city} Rotary", "Rotary Club of {city}, Inc."]),
    "hockey": ("{city} Youth Hockey Association", ["{city} Youth Hockey Assn", "{city} Youth Hockey", "{city} Youth Hockey Association, Inc."]),
    "food": ("{city} Area Food Shelf", ["{city} Food Shelf", "{city} Area Food Shelf, Inc."]),
    "friends": ("Friends of {P} Park", ["Friends of {P} Park, Inc.", "Friends of {P} Pk"]),
    "garden": ("{city} Garden Club", ["{city} Garden Club, Inc.", "Garden Club of {city}"]),
    "neigh": ("{P} Neighborhood Association", ["{P} Neighborhood Assn", "{P} Neighborhood Association, Inc.", "{P} Neighbors"]),
}
NP_NUMBERED = ("vfw", "legion", "kofc", "scouts")
USED_NP = set()


def make_nonprofit(c=None, kind=None, n=None, P=None):
    c = c or pick_city(pick_state())
    city = c[0]
    for _ in range(100):
        kind_ = kind or wchoice([("vfw", 14), ("legion", 14), ("kofc", 10), ("scouts", 10), ("lions", 8), ("rotary", 8),
                                 ("hockey", 8 if c[1] == "MN" else 1), ("food", 6), ("friends", 8), ("garden", 5),
                                 ("neigh", 9)])
        n_ = n or str(R.randint(1, 12999) if kind_ != "scouts" else R.randint(1, 999))
        P_ = P or R.choice(HOA_PRE + STREETS[:30])
        key = (kind_, n_ if kind_ in NP_NUMBERED else "", city if kind_ in ("lions", "rotary", "hockey", "food", "garden") else "",
               P_ if kind_ in ("friends", "neigh") else "")
        if key not in USED_NP:
            break
    USED_NP.add(key)
    kind, n, P = kind_, n_, P_
    canon, alts = NP_FORMS[kind]
    names = [canon.format(n=n, city=city, P=P)] + [a.format(n=n, city=city, P=P) for a in alts]
    if kind == "food" and c[1] != "MN":
        names = [x.replace("Food Shelf", "Food Pantry") for x in names]
    e = new_ent("nonprofit", "org")
    e["name"] = names[0]
    e["aliases"] = [A(x) for x in names]
    e["nkeys"] = ["np:%s:%s" % (kind, slug("|".join(key[1:])))]
    e["protect"] = ["Post", "Council", "Troop", "Lions", "Rotary", "Hockey", "Food", "Garden", "Neighborhood"] + city.replace(".", "").split()
    e["p"] = dict(kind=kind, n=n, P=P)
    own_channels(e, c, dom_base=slug(names[0])[:18], pobox=chance(0.35))
    if chance(0.6):
        e["contact"] = contact_of(gen_name(c[1]))
    return e


def make_pto(school):
    N = school["p"]["N"]
    lvl = school["p"]["level"]
    key = lvl[2] if lvl else ""
    base = J(N, key)
    kind = R.choice(["PTA", "PTO"])
    names = ["%s %s" % (base, kind), "%s %s Parent Teacher %s" % (N, lvl[0] if lvl else "", "Association" if kind == "PTA" else "Organization"),
             "%s %s, Inc." % (base, kind)]
    names = [re.sub(r"\s+", " ", x) for x in names]
    e = new_ent("nonprofit", "org")
    e["name"] = names[0]
    e["aliases"] = [A(x) for x in names]
    e["nkeys"] = ["np:pto:" + slug(base)]
    e["protect"] = ["PTA", "PTO", "Parent", "Teacher"] + key.split()
    e["p"] = dict(kind="pto", school=school)
    c = school["city"]
    e["city"] = c
    e["st"] = c[1]
    if chance(0.6):
        e["addr"] = school["addr"]
        e["sh_addr"] = school
    else:
        e["addr"] = make_addr(c)
    e["email"] = unique_email(slug(base)[:14] + slug(kind), "gmail.com")
    e["phone"] = make_phone(c) if chance(0.6) else None
    e["contact"] = contact_of(gen_name(c[1]))
    return e


# ---------------------------------------------------------------- shops, restaurants, franchises
RETAIL_TYPES = [("Dental", "PC"), ("Family Dentistry", "PLLC"), ("Chiropractic", "PC"), ("Physical Therapy", "LLC"),
                ("Animal Hospital", "PC"), ("Pet Grooming", "LLC"), ("Nails & Spa", ""), ("Hair Studio", "LLC"),
                ("Barber Shop", ""), ("Florist", "LLC"), ("Yoga", "LLC"), ("Fitness", "LLC"), ("Bike Shop", "Inc."),
                ("Hardware", "Inc."), ("Wine & Spirits", "LLC"), ("Liquors", ""), ("Auto Repair", "LLC"),
                ("Tire & Auto", "Inc."), ("Insurance Agency", "LLC"), ("Law Office", "PLLC"),
                ("Tax & Accounting", "PC"), ("Dry Cleaners", ""), ("Bakery", "LLC"), ("Boutique", "LLC"),
                ("Jewelers", "Inc."), ("Eye Care", "PC"), ("Orthodontics", "PA"), ("Pharmacy", "Inc."),
                ("Music Lessons", "LLC"), ("Dance Studio", "LLC"), ("Martial Arts", "LLC"), ("Pediatrics", "PA"),
                ("Veterinary Clinic", "PLLC"), ("Title & Escrow", "LLC"), ("Realty", "Inc.")]
RETAIL_NAMES = ["Mountain View", "Cherry Creek", "Lakeside", "North Star", "Queen City", "Bella", "Sunshine", "Golden",
                "Evergreen", "Main Street", "Old Town", "Uptown", "Riverside", "Blue Sky", "Happy Tails", "Peak",
                "Pinnacle", "Prairie", "Heritage", "Twin Oaks", "Four Seasons", "Pine Tree", "Red Barn", "Polaris",
                "Front Range", "Bluebird", "Harvest", "Lighthouse", "Northern Lights", "Magnolia", "Dogwood",
                "Piedmont", "Boulder Creek", "Stonebrook", "Willowbrook", "Hilltop", "Parkside", "Greenway",
                "Crossroads", "Southpark", "Lake Harriet", "Highland Park", "Ballantyne", "Five Points", "Tenth Street"]
ETHNIC_RETAIL = [("somali", "Halal Market", "LLC"), ("somali", "Grocery & Halal Meat", ""), ("viet", "Alterations", ""),
                 ("viet", "Nails", ""), ("hmong", "Asian Market", "Inc."), ("hmong", "Herbal Shop", ""),
                 ("hisp", "Carnicería", ""), ("hisp", "Panadería", ""), ("indian", "Spice Bazaar", "LLC"),
                 ("korean", "Tae Kwon Do", "LLC"), ("chinese", "Acupuncture", "PLLC")]
LEGAL_FORMS = ["{ini} Enterprises LLC", "{f} Holdings Inc.", "{ini} Ventures LLC", "{f} Partners LLC",
               "{f} Family Business LLC", "{ini} Group, Inc."]


def sfx_join(base, sfx):
    if not sfx:
        return base
    return base + R.choice([", ", " "]) + sfx


def add_legal(e, owner_nm):
    ini = initials([owner_nm["g"], owner_nm["f"]]) + R.choice(["", "R", "M", "K", "B"])
    legal = R.choice(LEGAL_FORMS).format(ini=ini, f=owner_nm["f"].split()[0])
    e["legal"] = legal
    return legal


def make_retail(c=None, cat="retail", base=None, qualifier=None, owner_nm=None, legal=None, p=None):
    """Retail tenant / office / shop. `qualifier` for one location of a multi-location business."""
    c = c or pick_city(pick_state())
    e = new_ent(cat, "org")
    st = c[1]
    if base is None:
        owner_nm = owner_nm or gen_name(st)
        r = R.random()
        if cat == "restaurant":
            base, core = restaurant_name(owner_nm)
            lsfx = R.choice(["", "", "LLC", "Inc."])
        elif r < 0.55:
            core = R.choice(RETAIL_NAMES)
            T, lsfx = R.choice(RETAIL_TYPES)
            base = "%s %s" % (core, T)
        elif r < 0.8:
            T, lsfx = R.choice(RETAIL_TYPES)
            core = R.choice([owner_nm["f"].split()[0], owner_nm["f"].split()[0] + "'s", owner_nm["g"] + "'s"])
            base = "%s %s" % (core, T)
        else:
            sty, T, lsfx = R.choice(ETHNIC_RETAIL)
            owner_nm = gen_name(st if sty not in ("somali", "hmong") else "MN", style=sty)
            core = R.choice([owner_nm["g"], owner_nm["f"].split()[0], R.choice(RETAIL_NAMES)])
            base = "%s %s" % (core, T) if T not in ("Carnicería", "Panadería") else "%s %s" % (T, R.choice(["La Michoacana", "El Güero", "San Juan", "La Esperanza", "Los Altos"]))
        if base in USED_NAMES:
            base = base + " " + (R.choice(["Express", "Kitchen", "House", "Cafe", "To Go"]) if cat == "restaurant"
                                 else R.choice(["Co.", "& More", "Plus", "Studio", "Center", "Shop"]))
        USED_NAMES.add(base)
        p = dict(base=base, lsfx=lsfx, owner_nm=owner_nm)
    lsfx = p["lsfx"]
    name0 = base if not qualifier else "%s - %s" % (base, qualifier)
    canon = sfx_join(name0, lsfx) if chance(0.6) else name0
    al = [A(canon), A(name0)]
    if qualifier:
        al += [A("%s (%s)" % (base, qualifier)), A("%s %s" % (base, qualifier))]
    else:
        al += [A(base.replace(" & ", " and "))] if " & " in base else []
    e["nkeys"] = ["biz:" + slug(base) + (":" + slug(qualifier) if qualifier else "")]
    e["protect"] = (qualifier.replace(".", "").split() if qualifier else []) + [w for w in base.split() if w in ("Dental", "Dentistry", "Orthodontics", "Pediatrics", "Chiropractic")]
    owner_nm = p["owner_nm"]
    if legal is None and not qualifier and chance(0.25):
        legal = add_legal(e, owner_nm)
    if legal:
        e["legal"] = legal
        al.append(A("%s dba %s" % (legal, name0)))
        if not qualifier:
            al.append(A(legal, namechange=True))
    e["name"] = al[0][0]
    e["aliases"] = al
    e["p"] = dict(p, qualifier=qualifier, legal=legal)
    own_channels(e, c, p_suite=0.6, dom_base=slug(base)[:18] if chance(0.7) else None, gmail_local=slug(base)[:14])
    if chance(0.5):
        e["contact"] = contact_of(owner_nm)
    return e


IT_NAMES = ["Luigi", "Tony", "Gino", "Sal", "Vito", "Marco", "Nico", "Angelo", "Carmine", "Enzo", "Dino"]
PHO = ["Saigon", "Hoa", "79", "Bac", "Tau Bay", "Mai", "Lan", "Hung", "Hanoi", "Da Lat", "Ca Dao", "Que Huong"]
TAQ = ["El Sol", "La Estrella", "Los Compadres", "El Tapatío", "Guadalajara", "La Michoacana", "El Rey",
       "Los Gallos", "La Perla", "El Farolito"]
REST_KIND = ["Tavern", "Grill", "Café", "Diner", "BBQ", "Brewing Company", "Sushi", "Thai Kitchen", "Bistro",
             "Bagels", "Donuts", "Taproom", "Smokehouse", "Kitchen & Bar", "Coffee Roasters", "Creamery"]
SOM_REST = ["Safari", "Banadir", "Hargeisa", "Marwo", "Xamar", "Jubba", "Shabelle"]


def restaurant_name(owner_nm):
    r = R.random()
    if r < 0.15:
        core = R.choice(IT_NAMES)
        return "%s's Pizzeria" % core, core
    if r < 0.27:
        core = R.choice(PHO)
        return "Pho %s" % core, core
    if r < 0.39:
        core = R.choice(TAQ)
        return "Taqueria %s" % core, core
    if r < 0.47:
        core = R.choice(["Dragon", "Phoenix", "Panda", "Wok", "Lotus", "Bowl", "Garden"])
        return "Golden %s Chinese Restaurant" % core, core
    if r < 0.53:
        core = R.choice(SOM_REST)
        return "%s Restaurant" % core, core
    if r < 0.6:
        core = owner_nm["f"].split()[0]
        return "%s's Family Restaurant" % core, core
    core = R.choice(RETAIL_NAMES + HOA_PRE)
    return "%s %s" % (core, R.choice(REST_KIND)), core


def restaurant_aliases(base):
    out = []
    if base.endswith("'s Pizzeria"):
        out = [base.replace("Pizzeria", "Pizza"), base.replace("'s", "s"), base + " & Restaurant"]
    elif base.startswith("Pho "):
        out = [base + " Restaurant", base.replace("Pho", "Phở"), base + " Vietnamese Cuisine"]
    elif base.startswith("Taqueria "):
        out = [base.replace("Taqueria", "Taquería"), base.replace("Taqueria", "Tacos")]
    elif base.startswith("Golden "):
        out = [base.replace(" Chinese Restaurant", ""), base.replace("Chinese ", ""), base.replace(" Restaurant", "")]
    elif base.endswith(" Restaurant"):
        out = [base + " & Cafe", base.replace("Restaurant", "Halal Restaurant"), base.replace("Restaurant", "Cafe")]
    elif "Family Restaurant" in base:
        out = [base.replace("Family ", ""), base.replace("'s", "s"), base.replace("Restaurant", "Dining")]
    else:
        out = ["The " + base, base.replace("Café", "Cafe").replace("Brewing Company", "Brewing Co.").replace(" & ", " and ")]
    return [x for x in out if x != base]


def make_restaurant(c=None, base=None, qualifier=None, p=None, legal=None):
    e = make_retail(c=c, cat="restaurant", base=base, qualifier=qualifier, p=p, legal=legal)
    b = e["p"]["base"]
    if not qualifier:
        e["aliases"] += [A(x) for x in restaurant_aliases(b)]
    e["protect"] += [w for w in ("Pizzeria", "Pho", "Taqueria", "Golden") if w in b] + \
        [w for w in b.split() if w in PHO + IT_NAMES + SOM_REST]
    return e


BRANDS = ["Snip & Go", "QuikLube Express", "Sunrise Bagel Co.", "Peak Fitness 24", "Happy Paws Pet Spa",
          "Kwik Stop Mart", "Little Sprouts Learning Center", "Brightway Tax Service", "CoolBreeze Frozen Yogurt",
          "Sparkle Car Wash", "Mattress Depot", "Slice Society Pizza"]
BRAND_DOM = {}
STORE_NUMS = {}
FRANCHISEES = []


def make_franchisee(state=None):
    c = pick_city(state or pick_state())
    nm = gen_name(c[1], style=wchoice([("anglo", 60), ("indian", 18), ("hisp", 8), ("korean", 6), ("viet", 4), ("chinese", 4)]))
    ini = initials([nm["g"], nm["f"]]) + R.choice(["", "R", "M", "K", "B"])
    legal = R.choice(["%s Salons LLC", "%s Ventures Inc.", "%s Hospitality Group LLC", "%s Enterprises, Inc.",
                      "%s Brands LLC"]) % (ini if chance(0.5) else nm["f"].split()[0])
    dom = make_domain(ini + "ventures")
    fr = dict(nm=nm, legal=legal, city=c, st=c[1], addr=make_addr(c, ukind="Suite") if chance(0.7) else make_addr(c, pobox=True),
              email=unique_email(R.choice(["accounting", "ap", slug(nm["g"]), "office"]), dom), phone=make_phone(c),
              dom=dom, stores=[], entity=None, llcs=[], brands={})
    FRANCHISEES.append(fr)
    return fr


def store_number(brand):
    used = STORE_NUMS.setdefault(brand, set())
    for _ in range(1000):
        n = str(R.randint(100, 4999)) if chance(0.8) else "%04d" % R.randint(1, 999)
        if n not in used:
            used.add(n)
            return n


def make_franchise(fr, brand, n=None, c=None):
    n = n or store_number(brand)
    c = c or pick_city(fr["st"], metro=fr["city"][5])
    e = new_ent("franchise", "org")
    names = ["%s #%s" % (brand, n), "%s Store #%s" % (brand, n), "%s - %s" % (brand, n), "%s No. %s" % (brand, n),
             "%s #%s (%s)" % (brand, n, c[0]), "%s # %s" % (brand, n), "%s %s #%s" % (brand, c[0], n),
             "%s dba %s #%s" % (fr["legal"], brand, n)]
    e["name"] = names[0]
    e["aliases"] = [A(x) for x in names]
    e["legal"] = fr["legal"]
    e["nkeys"] = ["fr:%s:%s" % (slug(brand), n)]
    e["protect"] = []
    e["p"] = dict(fr=fr, brand=brand, n=n)
    e["city"] = c
    e["st"] = c[1]
    store_addr = make_addr(c, ukind="Suite" if chance(0.6) else None)
    if chance(0.6):
        e["addr"] = store_addr
    else:
        e["addr"] = fr["addr"]
        e["sh_addr"] = fr
    if brand not in BRAND_DOM:
        BRAND_DOM[brand] = make_domain(brand, ".com")
    if chance(0.6):
        e["email"] = fr["email"]
        e["sh_email"] = fr
    else:
        e["email"] = unique_email("store" + n.lstrip("0"), BRAND_DOM[brand])
    if chance(0.7):
        e["phone"] = make_phone(c)
    else:
        e["phone"] = fr["phone"]
        e["sh_phone"] = fr
    e["contact"] = contact_of(fr["nm"]) if chance(0.5) else (contact_of(gen_name(c[1])) if chance(0.5) else None)
    fr["stores"].append(e)
    return e


# ---------------------------------------------------------------- tenants
BUILDINGS = []


def make_building(state=None, c=None):
    c = c or pick_city(state or pick_state(), metro=None)
    a = make_addr(c)
    ukind = "Apt" if chance(0.8) else "Unit"
    b = dict(city=c, base=a, ukind=ukind, used=[], units=[])
    BUILDINGS.append(b)
    return b


def building_unit(b):
    a = b["base"]
    for _ in range(200):
        u = make_unit(b["ukind"])
        if u not in b["used"]:
            b["used"].append(u)
            return make_addr(b["city"], ukind=b["ukind"], unit=u, street=a["street"], num=a["num"], pre=a["pre"],
                             stype=a["stype"], post=a["post"], zipc=a["zip"])


def make_tenant(b=None, state=None, addr=None):
    b = b or make_building(state)
    addr = addr or building_unit(b)
    e = make_person(c=b["city"], cat="tenant", addr=addr, p_email=0.75, p_phone=0.93)
    e["p"] = dict(building=b)
    return e


# ---------------------------------------------------------------- multi-location businesses
QUAL_DIR = ["North", "South", "East", "West", "Downtown", "Uptown", "Midtown"]


def loc_qualifier(c, used):
    for _ in range(50):
        q = c[0] if chance(0.6) else R.choice(QUAL_DIR)
        if q not in used:
            used.append(q)
            return q
    q = "%s %d" % (c[0], len(used) + 1)
    used.append(q)
    return q


def make_multiloc(cat, n, state=None):
    st = state or pick_state()
    c0 = pick_city(st)
    used = []
    q0 = loc_qualifier(c0, used)
    first = (make_restaurant if cat == "restaurant" else make_retail)(c=c0, qualifier=q0)
    p = first["p"]
    legal = p.get("legal") or (add_legal(first, p["owner_nm"]) if chance(0.5) else None)
    if legal and not first.get("legal"):
        first["legal"] = legal
        first["aliases"].append(A("%s dba %s - %s" % (legal, p["base"], q0)))
    p["legal"] = legal
    cl = dict(p=p, cat=cat, used=used, locs=[first], st=st, metro=c0[5],
              email=first["email"] or unique_email("billing", make_domain(p["base"])))
    cl["addr"] = None
    cl["phone"] = None
    first["p"]["cluster"] = cl
    first["multi"] = True
    for _ in range(n - 1):
        add_location(cl)
    return cl["locs"]


def add_location(cl):
    c = pick_city(cl["st"], metro=cl["metro"])
    q = loc_qualifier(c, cl["used"])
    mk = make_restaurant if cl["cat"] == "restaurant" else make_retail
    e = mk(c=c, base=cl["p"]["base"], qualifier=q, p=cl["p"], legal=cl["p"]["legal"])
    if chance(0.6):
        e["email"] = cl["email"]
        e["sh_email"] = cl
    e["p"]["cluster"] = cl
    e["multi"] = True
    cl["locs"].append(e)
    return e


# =====================================================================
# derivations: a related but DIFFERENT customer from a base entity
# =====================================================================
def copy_nm(e, s=""):
    return dict(g=e["g" + s], m=e["m" + s], f=e["f" + s], sfx="", style=e["style" + s], sex=e["sex" + s],
                nicks=list(e["nicks" + s] or []), f_new=None, eng=e.get("eng" + s))


def other_state(st):
    return R.choice([s for s in ("CO", "MN", "NC") if s != st])


def ensure_email(e):
    if e["email"]:
        return
    if e["kind"] == "person":
        e["email"] = person_email(e["g"], e["f"])
    else:
        e["email"] = unique_email(slug(e["name"])[:16], "gmail.com")
    e["sh_email"] = None


def ensure_phone(e):
    if not e["phone"]:
        e["phone"] = make_phone(e["city"])
        e["sh_phone"] = None


def d_namesake(b, same_city):
    c = b["city"] if same_city else other_city(b["city"], p_same_metro=0.3, p_other_state=0.45)
    if b["cat"] == "couple":
        return make_couple(c=c, nm1=copy_nm(b), nm2=copy_nm(b, "2"))
    nm = copy_nm(b)
    if nm["m"] and chance(0.5):
        nm["m"] = ""
    if b["cat"] == "tenant":
        return make_tenant(b=make_building(c=c) if not same_city else make_building(c=c))
    return make_person(c=c, nm=nm)


def d_namesake_tenant(b, same_city):
    c = b["city"] if same_city else other_city(b["city"], p_same_metro=0.3, p_other_state=0.45)
    bld = make_building(c=c)
    e = make_person(c=c, cat="tenant", nm=copy_nm(b), addr=building_unit(bld), p_email=0.8, p_phone=0.95)
    e["p"] = dict(building=bld)
    return e


def d_jr_sr(b):
    if b["cat"] not in ("person", "tenant") or b["sex"] != "M" or b["style"] not in ("anglo", "hisp", "hyphen"):
        return None
    nm = copy_nm(b)
    if b["sfx"] == "Jr.":
        nm["sfx"] = "Sr."
    else:
        nm["sfx"] = R.choice(["Jr.", "Jr.", "Jr.", "II"])
        if b["sfx"] == "" and chance(0.4):
            b["sfx"] = "Sr."
    nm["m"] = b["m"] if chance(0.6) else ""
    same = chance(0.6)
    if same:
        c = b["city"]
        addr = b["addr"]
    else:
        c = b["city"] if chance(0.5) else pick_city(b["st"], metro=b["city"][5])
        addr = make_addr(c)
    phone = b["phone"] if (same and b["phone"] and chance(0.2)) else make_phone(c)
    e = person_entity("person", nm, c, addr, person_email(nm["g"], nm["f"] + ("jr" if chance(0.3) else "")), phone)
    e["keep_sfx"] = True
    return e


def d_spouse(b):
    if b["cat"] != "person":
        return None
    sex = "F" if b["sex"] == "M" else "M"
    style = b["style"] if b["style"] != "hyphen" else "anglo"
    fam = b["f"] if (chance(0.8) and style != "somali") else None
    nm = gen_name(b["st"], style=style, sex=sex, family=fam, avoid_given=b["g"])
    phone = b["phone"] if (b["phone"] and chance(0.4)) else make_phone(b["city"])
    return person_entity("person", nm, b["city"], b["addr"], person_email(nm["g"], nm["f"]), phone)


def d_relative(b):
    if b["cat"] not in ("person", "couple"):
        return None
    style = b["style"] if b["style"] != "hyphen" else "anglo"
    if style == "somali":
        nm = gen_name(b["st"], style="somali", avoid_given=b["g"])
        nm["m"] = b["g"]
        nm["f"] = b["m"] or b["f"]
    else:
        nm = gen_name(b["st"], style=style, family=b["f"], avoid_given=b["g"])
        while b["cat"] == "couple" and nm["g"] == b["g2"]:
            nm = gen_name(b["st"], style=style, family=b["f"], avoid_given=b["g"])
    same = chance(0.5)
    c = b["city"]
    addr = b["addr"] if same else make_addr(c)
    return person_entity("person", nm, c, addr, person_email(nm["g"], nm["f"]) if chance(0.9) else None,
                         make_phone(c))


def d_couple_child(b):
    if b["cat"] != "couple":
        return None
    keep = False
    if b["sex"] == "M" and b["style"] in ("anglo", "hisp") and chance(0.5):
        nm = copy_nm(b)
        nm["sfx"] = "Jr."
        nm["m"] = ""
        keep = True
    else:
        style = b["style"] if b["style"] != "hyphen" else "anglo"
        nm = gen_name(b["st"], style=style, family=b["f"] if style != "somali" else None, avoid_given=b["g"])
        if nm["g"] == b["g2"]:
            nm = gen_name(b["st"], style=style, family=b["f"] if style != "somali" else None, avoid_given=b["g2"])
    same = chance(0.6)
    c = b["city"]
    addr = b["addr"] if same else make_addr(c)
    e = person_entity("person", nm, c, addr, person_email(nm["g"], nm["f"]), make_phone(c))
    e["keep_sfx"] = keep
    return e


def d_neighbor(b):
    a = b["addr"]
    if a is None or a["pobox"]:
        return None
    c = b["city"]
    fam = b["f"] if (chance(0.35) and b["style"] in ("hmong", "somali", "viet", "hisp")) else None
    nm = gen_name(c[1], style=b["style"] if chance(0.5) else None, family=fam)
    if a["unit"]:
        bld = (b.get("p") or {}).get("building")
        addr = building_unit(bld) if bld else make_addr(c, ukind=a["ukind"], unit=make_unit(a["ukind"]),
                                                        street=a["street"], num=a["num"], pre=a["pre"],
                                                        stype=a["stype"], post=a["post"], zipc=a["zip"])
        e = make_person(c=c, cat="tenant", nm=nm, addr=addr, p_email=0.75, p_phone=0.93)
        e["p"] = dict(building=bld)
        return e
    n = max(2, int(a["num"]) + R.choice([-8, -6, -4, -2, 2, 4, 6, 8]))
    addr = make_addr(c, street=a["street"], num=str(n), pre=a["pre"], stype=a["stype"], post=a["post"], zipc=a["zip"])
    return make_person(c=c, nm=nm, addr=addr)


def d_successor_tenant(b):
    if b["cat"] != "tenant":
        return None
    e = make_person(c=b["city"], cat="tenant", addr=b["addr"], p_email=0.75, p_phone=0.93)
    e["p"] = dict(building=(b.get("p") or {}).get("building"))
    return e


def d_diff_middle(b):
    if b["cat"] != "person" or b["style"] not in ("anglo", "hyphen"):
        return None
    if not b["m"] or len(b["m"]) > 1:
        b["m"] = R.choice("ABCDEFGHJKLMNPRSTW")
    nm = copy_nm(b)
    nm["m"] = R.choice([x for x in "ABCDEFGHJKLMNPRSTW" if x != b["m"]])
    e = make_person(c=b["city"], nm=nm, p_email=0.95, p_phone=0.97)
    return e


def d_own_llc(b):
    if b["cat"] not in ("person", "couple") or not b["addr"]:
        return None
    return make_llc(owner_from_entity(b), kind=wchoice([("family", 60), ("addr", 40)]))


def d_own_trust(b):
    if b["cat"] not in ("person", "couple") or not b["addr"]:
        return None
    return make_trust(owner_from_entity(b))


def d_estate_of(b):
    if b["cat"] != "person" or not b["addr"] or b["addr"]["pobox"]:
        return None
    return make_estate(dec=b)


def d_hoa_same_mgr(b):
    mgr = b["p"].get("mgr")
    if not mgr:
        return None
    if b["cat"] == "commercial" and chance(0.6):
        return make_commercial(mgr=mgr)
    return make_hoa(mgr=mgr)


def d_hoa_sub(b):
    if b["cat"] not in ("hoa", "condo_assn"):
        return None
    p = b["p"]
    for _ in range(10):
        cls = R.choice([x for x in ("master", "filing", "townhome", "condo") if x != p["cls"]])
        n = str(R.randint(2, 9)) if cls == "filing" else None
        key = "hoa:%s:%s%s" % (slug(p["core"]), cls, n or "")
        if key not in NKEY_USED:
            break
    else:
        return None
    mgr = p["mgr"]
    if not mgr or chance(0.3):
        mgrs = [m for m in MANAGERS if m["st"] == b["st"] and m is not p["mgr"]]
        mgr = R.choice(mgrs) if mgrs else p["mgr"]
    return make_hoa(mgr=mgr, state=b["st"], core=p["core"], cls=cls, n=n, c=b["city"])


def d_hoa_namesake(b):
    p = b["p"]
    st = b["st"] if chance(0.3) else other_state(b["st"])
    mgrs = [m for m in MANAGERS if m["st"] == st and m is not p["mgr"]]
    mgr = R.choice(mgrs) if (mgrs and chance(0.75)) else None
    c = None if mgr else other_city(b["city"], 0.3, 0.0) if st == b["st"] else pick_city(st)
    return make_hoa(mgr=mgr, state=st, core=p["core"], cls=p["cls"], n=p["n"], c=c)


def d_mgr_itself(b):
    mgr = b["p"].get("mgr")
    if not mgr or mgr["entity"]:
        return None
    return make_mgr_entity(mgr)


def d_commercial_sibling(b):
    p = b["p"]
    if p.get("mgr"):
        return make_commercial(mgr=p["mgr"]) if chance(0.6) else make_hoa(mgr=p["mgr"])
    if chance(0.5):
        kinds = [k for k in COMM_FORMS if k != p["kind"]]
        return make_commercial(owner=p["owner"], X=p["core"], kind=R.choice(kinds))
    return make_commercial(owner=p["owner"])


def d_llc_sibling(b):
    p = b["p"]
    owner = p["owner"]
    if p["series"]:
        return d_series_sibling(b)
    if p["kind"] == "brand":
        ks = [x["p"]["k"] for x in owner["llcs"] if x["p"].get("brand") == p["brand"] and not x["p"]["series"]]
        k = max(ks) + 1
        if k <= 5:
            return make_llc(owner, kind="brand", brand=p["brand"], k=k)
    return make_llc(owner, kind="addr" if chance(0.6) else "brand")


SERIES_SETS = [list("ABCDEFG"), [str(i) for i in range(1, 9)], ["Maple", "Oak", "Elm", "Cedar", "Birch", "Pine", "Walnut"],
               ["1420 Oak", "2210 Elm", "318 Pine", "77 Birch", "905 Cedar", "4120 Grant"]]


def d_series_sibling(b):
    p = b["p"]
    if not p["series"]:
        return None
    owner = p["owner"]
    used = [x["p"]["series"] for x in owner["llcs"] if x["p"].get("brand") == p["brand"] and x["p"]["series"]]
    sset = next(s for s in SERIES_SETS if p["series"] in s)
    free = [s for s in sset if s not in used]
    if not free:
        return None
    return make_llc(owner, kind="brand", brand=p["brand"], k=p["k"], series=free[0])


def d_owner_person(b):
    owner = b["p"].get("owner")
    if not owner or owner.get("entity"):
        return None
    return owner_person(owner)


def d_llc_namesake(b):
    p = b["p"]
    if p["kind"] == "addr" or p["series"]:
        return None
    st = other_state(b["st"]) if chance(0.7) else b["st"]
    if p["kind"] == "family":
        o = make_owner(st, nm=gen_name(st, style=p["owner"]["nm"]["style"] if p["owner"]["nm"]["style"] != "hyphen" else "anglo",
                                       family=p["owner"]["nm"]["f"]))
        return make_llc(o, kind="family", fam_base=p["base"].replace(p["owner"]["nm"]["g"], o["nm"]["g"]))
    o = make_owner(st)
    return make_llc(o, kind="brand", brand=p["brand"], k=p["k"])


def d_trust_sibling(b):
    p = b["p"]
    gp = p["gp"]
    kind = p["kind"]
    if kind in ("joint", "single"):
        if kind == "joint":
            who = gp["nm2"] if chance(0.5) else gp["nm"]
        elif gp.get("nm2") and gp["nm2"]["g"] != gp["nm"]["g"]:
            who = gp["nm2"] if p["gp"]["nm"] is gp["nm"] else gp["nm"]
        else:
            who = gen_name(gp["city"][1], style=gp["nm"]["style"] if gp["nm"]["style"] != "hyphen" else "anglo",
                           sex="F" if gp["nm"]["sex"] == "M" else "M", family=gp["nm"]["f"], avoid_given=gp["nm"]["g"])
        key = "trust:%s:%s:single" % (slug(who["f"]), slug(who["g"]))
        if key in NKEY_USED:
            return None
        sub = dict(nm=who, city=gp["city"], st=gp["city"][1], addr=gp["addr"], email=gp["email"], phone=gp["phone"])
        e = make_trust(sub, kind="single")
        e["sh_addr"] = gp
        e["sh_email"] = gp if gp["email"] else None
        e["sh_phone"] = gp if gp["phone"] else None
        return e
    return make_trust(gp, kind="irrev" if kind == "family" else "family")


def d_grantor(b):
    gp = b["p"]["gp"]
    if gp.get("entity") or "g" in gp:
        return None
    if gp.get("nm2"):
        e = make_couple(c=gp["city"], addr=gp["addr"], nm1=gp["nm"], nm2=gp["nm2"])
        USED_EMAIL.discard(email_norm(e["email"])) if e["email"] else None
    else:
        e = person_entity("person", gp["nm"], gp["city"], gp["addr"], None, None)
    e["email"] = gp["email"]
    e["phone"] = gp["phone"]
    e["sh_addr"] = e["sh_email"] = e["sh_phone"] = gp
    gp["entity"] = e
    return e


def d_estate_sibling(b):
    dec = b["p"]["dec"]
    nm = gen_name(dec["city"][1], style=dec["nm"]["style"] if dec["nm"]["style"] != "hyphen" else "anglo",
                  sex="F" if dec["nm"]["sex"] == "M" else "M", family=dec["nm"]["f"], avoid_given=dec["nm"]["g"])
    if ("estate:" + slug(nm["g"]) + slug(nm["f"])) in NKEY_USED:
        return None
    dec2 = dict(nm=nm, city=dec["city"], st=dec["city"][1], addr=dec["addr"], entity=None)
    e = make_estate(dec=dec2, ex=b["p"]["ex"])
    if e["sh_addr"] is dec2:
        e["sh_addr"] = dec
    return e


def d_executor(b):
    ex = b["p"]["ex"]
    if ex.get("entity") or ex.get("firm"):
        return None
    e = person_entity("person", ex["nm"], ex["city"], ex["addr"], ex["email"], ex["phone"], profile=ex)
    ex["entity"] = e
    return e


def d_decedent(b):
    dec = b["p"]["dec"]
    if dec.get("entity") or "g" in dec:
        return None
    e = person_entity("person", dec["nm"], dec["city"], dec["addr"],
                      person_email(dec["nm"]["g"], dec["nm"]["f"]) if chance(0.6) else None,
                      make_phone(dec["city"]) if chance(0.85) else None)
    e["sh_addr"] = dec
    dec["entity"] = e
    return e


def d_church_namesake(b):
    p = b["p"]
    c = other_city(b["city"], p_same_metro=0.3, p_other_state=0.5)
    if p["form"] == "saint":
        return make_church(c=c, form="saint", saint=p["saint"], denom=p["denom"])
    if p["form"] == "adj":
        return make_church(c=c, form="adj", adj=p["adj"], denom=p["denom"])
    if p["form"] == "first":
        return make_church(c=c, form="first", denom=p["denom"])
    if p["form"] == "community":
        return make_church(c=c, form="community", adj=p["adj"], kind=p["kind"])
    return make_church(c=c, form="other", other=p["other"])


def d_church_denom(b):
    p = b["p"]
    if p["form"] == "saint":
        return make_church(c=b["city"], form="saint", saint=p["saint"], denom=R.choice([d for d in DENOMS if d != p["denom"]]))
    if p["form"] == "adj":
        return make_church(c=b["city"], form="adj", adj=p["adj"],
                           denom=R.choice([d for d in DENOMS if d not in (p["denom"], "Catholic")]))
    return None


def d_church_school(b):
    base = re.sub(r"\s*(Church|Parish).*$", "", b["name"]).replace("Church of ", "")
    if len(base) < 4:
        return None
    name = base + R.choice([" School", " School", " Academy", " Preschool"])
    if ("sch:" + slug(name)) in NKEY_USED:
        return None
    e = make_school(c=b["city"], name=name)
    if b["addr"] and chance(0.7):
        e["addr"] = b["addr"]
        e["sh_addr"] = b
    return e


def d_school_namesake(b):
    p = b["p"]
    if not p.get("level"):
        return None
    return make_school(c=other_city(b["city"], p_same_metro=0.3, p_other_state=0.5), N=p["N"], level=p["level"])


def d_school_level(b):
    p = b["p"]
    if not p.get("level"):
        return None
    lv = [l for l in SCH_LEVELS if l[0] != p["level"][0] and ("sch:%s:%s" % (slug(p["N"]), slug(l[2]))) not in NKEY_USED]
    if not lv:
        return None
    return make_school(c=b["city"], N=p["N"], level=R.choice(lv))


def d_school_pto(b):
    if not b["p"].get("level") or ("np:pto:" + slug(J(b["p"]["N"], b["p"]["level"][2]))) in NKEY_USED:
        return None
    return make_pto(b)


def d_biz_namesake(b):
    p = b["p"]
    if p.get("qualifier"):
        return None
    c = other_city(b["city"], p_same_metro=0.3, p_other_state=0.6)
    p2 = dict(base=p["base"], lsfx=p["lsfx"], owner_nm=gen_name(c[1]))
    mk = make_restaurant if b["cat"] == "restaurant" else make_retail
    return mk(c=c, base=p["base"], p=p2)


def d_other_location(b):
    cl = b["p"].get("cluster")
    if not cl or len(cl["locs"]) >= 6:
        return None
    return add_location(cl)


def d_franchise_sibling(b):
    p = b["p"]
    brand = p["brand"] if chance(0.8) else R.choice([x for x in BRANDS if x != p["brand"]])
    return make_franchise(p["fr"], brand)


def d_franchise_brand(b):
    p = b["p"]
    others = [f for f in FRANCHISEES if f is not p["fr"] and f["st"] == b["st"]]
    fr = R.choice(others) if (others and chance(0.5)) else make_franchisee(b["st"])
    return make_franchise(fr, p["brand"], c=b["city"] if chance(0.6) else None)


def d_np_sibling(b):
    p = b["p"]
    k = p["kind"]
    if k == "pto":
        return None
    if k in NP_NUMBERED:
        n = str(max(1, int(p["n"]) + R.choice([-3, -2, -1, 1, 2, 3, 10, 100]))) if chance(0.6) else None
        return make_nonprofit(c=b["city"], kind=k, n=n)
    if k in ("friends", "neigh"):
        return make_nonprofit(c=b["city"], kind=k)
    return make_nonprofit(c=pick_city(b["st"], metro=b["city"][5], exclude=b["city"]), kind=k)


RELS = {
    "person": [("namesake_other_city", 3), ("namesake_same_city", 2), ("jr_sr", 3), ("spouse_separate", 2),
               ("relative", 1), ("neighbor", 1), ("diff_middle_initial", 1), ("own_llc", 2), ("own_trust", 1),
               ("estate_of", 1)],
    "tenant": [("successor_tenant", 3), ("neighbor", 3), ("namesake_other_city", 1), ("namesake_same_city", 1)],
    "couple": [("namesake_other_city", 2), ("adult_child", 3), ("own_trust", 2), ("own_llc", 1), ("neighbor", 1)],
    "hoa": [("other_assn_same_manager", 4), ("sub_association", 3), ("same_name_other_place", 2),
            ("management_company", 1)],
    "condo_assn": [("other_assn_same_manager", 4), ("sub_association", 3), ("same_name_other_place", 2),
                   ("management_company", 1)],
    "mgmt_company": [("other_assn_same_manager", 1)],
    "commercial": [("sibling_property", 3), ("management_company", 1)],
    "llc": [("sibling_llc", 4), ("owner_person", 2), ("same_name_other_owner", 1)],
    "series_llc": [("sibling_series", 4), ("owner_person", 1)],
    "trust": [("sibling_trust", 3), ("grantor", 2)],
    "estate": [("sibling_estate", 2), ("executor", 2)],
    "church": [("same_name_other_place", 3), ("other_denomination", 1), ("church_school", 1)],
    "school": [("same_name_other_place", 2), ("other_level", 2), ("pto", 1)],
    "retail": [("same_name_other_place", 3), ("other_location", 3)],
    "restaurant": [("same_name_other_place", 3), ("other_location", 3)],
    "franchise": [("sibling_store", 3), ("same_brand_other_franchisee", 2)],
    "nonprofit": [("sibling_chapter", 3)],
}


def derive(b, rel):
    c = b["cat"]
    if rel == "namesake_other_city":
        e = d_namesake_tenant(b, False) if c == "tenant" else d_namesake(b, False)
    elif rel == "namesake_same_city":
        e = d_namesake_tenant(b, True) if c == "tenant" else d_namesake(b, True)
    elif rel == "jr_sr":
        e = d_jr_sr(b)
    elif rel == "spouse_separate":
        e = d_spouse(b)
    elif rel == "relative":
        e = d_relative(b)
    elif rel == "adult_child":
        e = d_couple_child(b)
    elif rel == "neighbor":
        e = d_neighbor(b)
    elif rel == "successor_tenant":
        e = d_successor_tenant(b)
    elif rel == "diff_middle_initial":
        e = d_diff_middle(b)
    elif rel == "own_llc":
        e = d_own_llc(b)
    elif rel == "own_trust":
        e = d_own_trust(b)
    elif rel == "estate_of":
        e = d_estate_of(b)
    elif rel == "other_assn_same_manager":
        e = d_hoa_same_mgr(b) if c != "mgmt_company" else make_hoa(mgr=b["p"]["mgr"])
    elif rel == "sub_association":
        e = d_hoa_sub(b)
    elif rel == "same_name_other_place":
        e = {"hoa": d_hoa_namesake, "condo_assn": d_hoa_namesake, "church": d_church_namesake,
             "school": d_school_namesake, "retail": d_biz_namesake, "restaurant": d_biz_namesake}[c](b)
    elif rel == "management_company":
        e = d_mgr_itself(b)
    elif rel == "sibling_property":
        e = d_commercial_sibling(b)
    elif rel == "sibling_llc":
        e = d_llc_sibling(b)
    elif rel == "sibling_series":
        e = d_series_sibling(b)
    elif rel == "owner_person":
        e = d_owner_person(b)
    elif rel == "same_name_other_owner":
        e = d_llc_namesake(b)
    elif rel == "sibling_trust":
        e = d_trust_sibling(b)
    elif rel == "grantor":
        e = d_grantor(b)
    elif rel == "sibling_estate":
        e = d_estate_sibling(b)
    elif rel == "executor":
        e = d_executor(b)
    elif rel == "decedent":
        e = d_decedent(b)
    elif rel == "other_denomination":
        e = d_church_denom(b)
    elif rel == "church_school":
        e = d_church_school(b)
    elif rel == "other_level":
        e = d_school_level(b)
    elif rel == "pto":
        e = d_school_pto(b)
    elif rel == "other_location":
        e = d_other_location(b)
    elif rel == "sibling_store":
        e = d_franchise_sibling(b)
    elif rel == "same_brand_other_franchisee":
        e = d_franchise_brand(b)
    elif rel == "sibling_chapter":
        e = d_np_sibling(b)
    else:
        raise ValueError(rel)
    if e is None:
        return None
    if e["kind"] == "person":
        e["nkeys"] = person_keys(e)
    if not register_nkeys(e):
        e["dead"] = True
        return None
    e["hn_of"] = b["id"]
    e["hn_rel"] = rel
    return e


# =====================================================================
# name keys & namesake registry
# =====================================================================
NKEY_INDEX = {}
NKEY_USED = set()
CH = ("email", "phone", "addr")


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def person_keys(e):
    keys = []
    for s in ("", "2") if e["cat"] == "couple" else ("",):
        g, m, f = e["g" + s], e["m" + s] or "", e["f" + s]
        fams = [f] + re.split(r"[ \-]", f)
        if e["style" + s] == "somali" and m:
            fams.append(m)
        if e.get("f_new" + s):
            fams += [e["f_new" + s], f + "-" + e["f_new" + s]]
        givens = [g] + list(e["nicks" + s] or []) + ([e["eng" + s]] if e.get("eng" + s) else [])
        for gg in givens:
            for ff in fams:
                if slug(gg) and slug(ff):
                    keys.append("p:%s|%s" % (slug(gg), slug(ff)))
                    keys.append("p:%s|%s" % (slug(gg)[0], slug(ff)))
        if e["style" + s] in ASIAN_STYLES:
            keys.append("p:%s|%s" % (slug(f), slug(g)))
    return uniq(keys)


def canon(e, ch):
    if ch == "email":
        return email_norm(e["email"])
    if ch == "phone":
        return phone_norm(e["phone"])
    return addr_key(e["addr"])


def distinguishable(a, b):
    return any(canon(a, ch) is not None and canon(b, ch) is not None and canon(a, ch) != canon(b, ch) for ch in CH)


def register_nkeys(e):
    """Make sure e can be told apart from every same-named customer by at least one channel."""
    if e.get("_reg"):
        return True
    for k in e["nkeys"]:
        for oid in NKEY_INDEX.get(k, []):
            o = ENTS[oid]
            if o.get("dead") or distinguishable(e, o):
                continue
            ensure_email(e)
            ensure_email(o)
            if not distinguishable(e, o):
                return False
    for k in e["nkeys"]:
        NKEY_INDEX.setdefault(k, []).append(e["id"])
        NKEY_USED.add(k)
    e["_reg"] = True
    return True


def reg(e):
    if e is None or e.get("dead"):
        return None
    if e.get("_reg"):
        return e
    if e["kind"] == "person":
        e["nkeys"] = person_keys(e)
    if not register_nkeys(e):
        e["dead"] = True
        return None
    return e


# =====================================================================
# rendering: one customer -> one messy billing record
# =====================================================================
PHONE_W = [(0, 30), (1, 25), (2, 10), (3, 8), (4, 10), (5, 4), (6, 4), (7, 4), (8, 3), (9, 2)]
COUNTRY_W = [("US", 70), (None, 15), ("USA", 8), ("United States", 5), ("U.S.", 2)]
MID_W = {"anglo": [("none", 55), ("init", 35), ("full", 10)], "hyphen": [("none", 55), ("init", 35), ("full", 10)],
         "hisp": [("none", 35), ("full", 55), ("init", 10)], "viet": [("none", 55), ("init", 20), ("full", 25)],
         "somali": [("full", 60), ("none", 30), ("init", 10)], "indian": [("none", 70), ("init", 30)]}
MID_DEFAULT = [("none", 85), ("init", 10), ("full", 5)]


def rand_fmt(e):
    st = e.get("style") or "anglo"
    return dict(phone=wchoice(PHONE_W), stype=wchoice([("abbr", 60), ("full", 28), ("dot", 12)]),
                dir=wchoice([("abbr", 72), ("full", 16), ("dot", 12)]),
                ukind=wchoice([(0, 50), (1, 12), (2, 15), (3, 10), (4, 6), (5, 7)]), unit_inline=chance(0.3),
                zip4=chance(0.25), region=wchoice([(0, 85), (1, 7), (2, 4), (3, 4)]), country=wchoice(COUNTRY_W),
                pobox=wchoice([(0, 55), (1, 20), (2, 7), (3, 5), (4, 3), (5, 10)]),
                ecase=wchoice([("lower", 88), ("title", 6), ("upper", 2), ("mixed", 4)]),
                disp=wchoice([("fl", 72), ("lf", 28)]), mid=wchoice(MID_W.get(st, MID_DEFAULT)),
                sfx_fam=chance(0.4), cstyle=wchoice([("amp", 40), ("and", 20), ("lf", 15), ("mrs", 8), ("full", 12), ("plus", 5)]),
                company=chance(0.88), contact=chance(0.45),
                co=wchoice([("none", 40), ("line2", 35), ("name", 15), ("attn", 10)]),
                alias=chance(0.3), ext_show=chance(0.8), accent=chance(0.55))


def fmt_phone(p, style, ext=None):
    a, b, c = p[:3], p[3:6], p[6:]
    s = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "%s%s%s", "1-%s-%s-%s", "+1 (%s) %s-%s", "%s %s %s",
         "+1%s%s%s", "(%s)%s-%s"][style] % (a, b, c)
    if ext:
        s += R.choice([" x", " ext. ", " Ext ", " ext "]) + ext
    return s


def fmt_email(em, fmt, F):
    if not em:
        return None
    loc, dom = em.split("@")
    if "gmail_dots" in F and dom == "gmail.com":
        if "." in loc:
            loc = loc.replace(".", "")
        elif len(loc) > 3:
            i = R.randrange(1, len(loc) - 1)
            loc = loc[:i] + "." + loc[i:]
    case = R.choice(["title", "upper", "mixed"]) if "email_case" in F else fmt["ecase"]
    if case == "title":
        loc = loc[:1].upper() + loc[1:]
        dom = dom[:1].upper() + dom[1:]
    elif case == "upper":
        loc, dom = loc.upper(), dom.upper()
    elif case == "mixed":
        loc = ".".join(x[:1].upper() + x[1:] for x in loc.split("."))
    return loc + "@" + dom


DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.co", "gmal.com", "gnail.com"], "yahoo.com": ["yaho.com", "yahooo.com"],
                "hotmail.com": ["hotmial.com", "hotmai.com"], "comcast.net": ["comcast.com", "comcst.net"],
                "outlook.com": ["outlok.com"], "icloud.com": ["icoud.com", "icloud.co"]}


def typo_email(em):
    loc, dom = em.split("@")
    for _ in range(20):
        if dom in DOMAIN_TYPOS and chance(0.4):
            new = loc + "@" + R.choice(DOMAIN_TYPOS[dom])
        else:
            new = typo_word(loc) + "@" + dom
        n = email_norm(new)
        if n != email_norm(em) and n not in USED_EMAIL:
            return new
    return em


def typo_phone(p):
    for _ in range(20):
        i = R.randrange(4, 9)
        d = list(p)
        if d[i] != d[i + 1]:
            d[i], d[i + 1] = d[i + 1], d[i]
            q = "".join(d)
            if q not in USED_PHONE:
                return q
    return p


def typo_num(n):
    for _ in range(10):
        d = list(n)
        i = R.randrange(len(d))
        if len(d) > 1 and chance(0.5) and i < len(d) - 1 and d[i] != d[i + 1]:
            d[i], d[i + 1] = d[i + 1], d[i]
        else:
            d[i] = str((int(d[i]) + R.choice([1, 2, 8, 9])) % 10)
        q = "".join(d).lstrip("0") or "1"
        if q != n:
            return q
    return n + "1"


def fmt_dir(d, style):
    if not d:
        return ""
    if style == "full":
        return DIRS[d]
    if style == "dot":
        return ".".join(d) + "."
    return d


def compose_addr(a, F, fmt, eff, co_line=None):
    if a is None:
        return None, False
    if "missing_address" in F:
        eff.append("missing_address")
        return None, False
    line2 = None
    if a["pobox"]:
        line1 = POBOX_FMT[fmt["pobox"]].format(b=a["pobox"])
    else:
        num = a["num"]
        if "house_num_typo" in F:
            num = typo_num(a["num"])
            eff.append("house_num_typo")
        street = a["street"]
        if "typo_street" in F:
            street = typo_text(a["street"])
            if street == a["street"]:
                street = typo_word(street)
            if street != a["street"]:
                eff.append("typo_street")
        full, ab = a["stype"]
        stype = {"full": full, "abbr": ab, "dot": ab + ("." if ab != "Way" else "")}[fmt["stype"]]
        line1 = J(num, fmt_dir(a["pre"], fmt["dir"]), street, stype, fmt_dir(a["post"], fmt["dir"]))
        if a["unit"]:
            if "unit_drop" in F:
                eff.append("unit_drop")
            else:
                uv = UNIT_VARIANTS[a["ukind"]]
                unit = uv[fmt["ukind"] % len(uv)].format(u=a["unit"])
                if fmt["unit_inline"] or "unit_inline" in F:
                    line1 += R.choice([" ", ", "]) + unit
                    if "unit_inline" in F:
                        eff.append("unit_inline")
                else:
                    line2 = unit
    if co_line:
        if co_line.lower().startswith("c/o"):
            if line2:
                line1 = line1 + " " + line2
            line1, line2 = co_line, line1
        elif not line2:
            line2 = co_line
    city = a["city"]
    if "typo_city" in F and len(city) > 5:
        city = typo_text(city)
        if city != a["city"]:
            eff.append("typo_city")
    region = REGION_FMT[a["st"]][fmt["region"]]
    postal = a["zip"] + ("-" + a["zip4"] if fmt["zip4"] else "")
    if "missing_city_zip" in F:
        eff.append("missing_city_zip")
        r = R.random()
        if r < 0.4:
            city = None
        elif r < 0.8:
            postal = None
        else:
            city, region = None, None
    d = {"line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postal,
         "country": fmt["country"]}
    if "caps" in F:
        for k in ("line1", "line2", "city"):
            if d[k]:
                d[k] = d[k].upper()
    intact = not ("house_num_typo" in eff or "typo_street" in eff or "unit_drop" in eff)
    return d, intact


def respace(g):
    if "-" in g:
        return R.choice([g.replace("-", ""), g.replace("-", " ")])
    if " " in g:
        return R.choice([g.replace(" ", ""), g.replace(" ", "-")])
    return g


def translit(tok):
    if not tok:
        return tok
    return " ".join(R.choice(SOM_TRANSLIT[t]) if t in SOM_TRANSLIT and chance(0.8) else t for t in tok.split())


def sfx_txt(s):
    if not s:
        return ""
    return s if s.startswith(",") else " " + s


def _name_op(op, g, m, f, sfx, mb):
    if op == "renamed_marriage" and mb.get("f_new"):
        f = mb["f_new"] if chance(0.6) else f + "-" + mb["f_new"]
    elif op == "english_name" and mb.get("eng"):
        g = mb["eng"]
    elif op == "english_paren" and mb.get("eng"):
        g = "%s (%s)" % (g, mb["eng"]) if chance(0.5) else "%s (%s)" % (mb["eng"], g)
    elif op == "nickname" and mb["nicks"]:
        g = R.choice(mb["nicks"])
    elif op == "initial_given":
        g = g[0] + R.choice([".", ""])
    elif op == "translit":
        g, m, f = translit(g), translit(m), translit(f)
    elif op == "somali_father" and m:
        f, m = m, ""
    elif op == "surname_first_only" and " " in f:
        f = f.split()[0]
    elif op == "surname_hyphen" and " " in f:
        f = f.replace(" ", "-")
    elif op == "surname_misparse" and " " in f:
        a_, b_ = f.split(" ", 1)
        g, f = g + " " + a_, b_
    elif op == "hyphen_space" and "-" in f:
        f = f.replace("-", " ")
    elif op == "hyphen_drop" and "-" in f:
        f = R.choice(f.split("-"))
    elif op == "given_spacing":
        g = respace(g)
    elif op == "suffix_drop":
        sfx = ""
    elif op == "suffix_fmt" and sfx:
        sfx = R.choice([x for x in SFX_VARIANTS.get(sfx, [sfx]) if x != sfx] or [sfx])
    return g, m, f, sfx


PERSON_NAME_OPS = ["renamed_marriage", "english_name", "english_paren", "nickname", "initial_given", "translit",
                   "somali_father", "surname_first_only", "surname_hyphen", "surname_misparse", "hyphen_space",
                   "hyphen_drop", "given_spacing", "suffix_drop", "suffix_fmt"]


def compose_person(e, F, fmt, eff):
    mems = [copy_nm(e)]
    mems[0]["sfx"] = e["sfx"]
    mems[0]["f_new"] = e.get("f_new")
    if e["cat"] == "couple":
        mems.append(copy_nm(e, "2"))
        if "couple_one" in F:
            mems = [mems[R.randrange(2)]]
            eff.append("couple_one")
        elif "couple_order" in F:
            mems.reverse()
            eff.append("couple_order")
    tgt = R.choice(mems)
    for mb in mems:
        g, m, f, sfx = mb["g"], mb["m"] or "", mb["f"], mb["sfx"]
        if mb is tgt:
            for op in PERSON_NAME_OPS:
                if op in F:
                    new = _name_op(op, g, m, f, sfx, mb)
                    if new != (g, m, f, sfx):
                        eff.append(op)
                    g, m, f, sfx = new
        if "accent_drop" in F or fmt["accent"]:
            new = (fold(g), fold(m), fold(f))
            if "accent_drop" in F and new != (g, m, f) and "accent_drop" not in eff:
                eff.append("accent_drop")
            g, m, f = new
        if mb is tgt and "typo_given" in F and len(g) >= 4:
            new = typo_text(g)
            if new != g:
                eff.append("typo_given")
            g = new
        if mb is tgt and "typo_family" in F:
            new = typo_text(f)
            if new != f:
                eff.append("typo_family")
            f = new
        mb.update(g=g, m=m, f=f, sfx=sfx)

    native = "native_order" in F and e["style"] in ASIAN_STYLES and len(mems) == 1
    if native:
        eff.append("native_order")
    if len(mems) == 1:
        mb = mems[0]
        g, m, f, sfx = mb["g"], mb["m"], mb["f"], mb["sfx"]
        mid = fmt["mid"]
        midtxt = ""
        if m and mid != "none":
            midtxt = (m[0] + ".") if (mid == "init" or len(m) == 1) else m
        if native:
            vm = m if mb["style"] == "viet" else ""
            disp = J(f, vm, g)
            r = R.random()
            if r < 0.4:
                given, family = g, f
            elif r < 0.8:
                given, family = f, J(vm, g)
            else:
                given, family = J(f, vm), g
        else:
            gm = J(g, midtxt)
            if fmt["disp"] == "lf":
                disp = "%s%s, %s" % (f, sfx_txt(sfx), gm)
            else:
                disp = "%s %s%s" % (gm, f, sfx_txt(sfx))
            given = gm if (midtxt and chance(0.2)) else g
            family = f + (sfx_txt(sfx) if (sfx and (fmt["sfx_fam"] or "display_missing" in F)) else "")
    else:
        a, b = mems
        cs = fmt["cstyle"]
        if slug(a["f"]) == slug(b["f"]):
            if cs == "mrs" and not (a["sex"] == "M" and b["sex"] == "F"):
                cs = "amp"
            F_ = a["f"]
            disp = {"amp": "%s & %s %s" % (a["g"], b["g"], F_), "and": "%s and %s %s" % (a["g"], b["g"], F_),
                    "lf": "%s, %s & %s" % (F_, a["g"], b["g"]), "mrs": "Mr. & Mrs. %s %s" % (a["g"], F_),
                    "full": "%s %s & %s %s" % (a["g"], F_, b["g"], F_),
                    "plus": "%s + %s %s" % (a["g"], b["g"], F_)}[cs]
            given = a["g"] if (cs == "mrs" or chance(0.2)) else "%s & %s" % (a["g"], b["g"])
            family = F_
        else:
            if cs == "lf":
                disp = "%s, %s & %s, %s" % (a["f"], a["g"], b["f"], b["g"])
            else:
                disp = {"and": "%s %s and %s %s", "plus": "%s %s / %s %s"}.get(cs, "%s %s & %s %s") % (
                    a["g"], a["f"], b["g"], b["f"])
            given, family = a["g"], a["f"]
    if "swap_fields" in F and given != family:
        given, family = family, given
        eff.append("swap_fields")
        if chance(0.4):
            disp = J(given, family)
    if "names_display_only" in F:
        given = family = None
        eff.append("names_display_only")
    elif "display_missing" in F:
        disp = None
        eff.append("display_missing")
    out = [disp, given, family, None]
    if "caps" in F:
        out = [x.upper() if x else x for x in out]
        eff.append("caps")
    elif "lower" in F:
        out = [x.lower() if x else x for x in out]
        eff.append("lower")
    return out, None


LEGAL_RE = re.compile(r"(,?\s+(LLC|L\.L\.C\.|Llc|Inc\.?|Incorporated|PLLC|P\.L\.L\.C\.|PC|P\.C\.|PA|P\.A\.))(?=$|\s|,|\))")
LEGAL_OPTS = {"llc": [" LLC", ", LLC", " L.L.C.", ", L.L.C.", " Llc", ""], "inc": [" Inc", ", Inc.", " Inc.", " Incorporated", ""],
              "incorporated": [" Inc.", ", Inc."], "pllc": [" PLLC", ", PLLC", " P.L.L.C.", ""],
              "pc": [" PC", ", P.C.", " P.C.", ""], "pa": [" PA", ", P.A.", ""]}


def legal_variant(name):
    ms = list(LEGAL_RE.finditer(name))
    if not ms:
        return name
    mm = ms[-1]
    kind = mm.group(2).replace(".", "").lower()
    opts = [o for o in LEGAL_OPTS.get(kind, [""]) if o != mm.group(1)]
    return (name[:mm.start()] + R.choice(opts) + name[mm.end():]).strip()


ABBREV = [("Homeowners Association", ["HOA", "Homeowners Assn", "Homeowners Assn."]), ("Association", ["Assn", "Assn.", "Assoc.", "Assoc"]),
          ("Management", ["Mgmt", "Mgmt.", "Mgt"]), ("Properties", ["Props", "Prop.", "Ppties"]), ("Condominium", ["Condo"]),
          ("Saint ", ["St. ", "St "]), ("Mountain", ["Mtn", "Mtn."]), ("Company", ["Co.", "Co"]), (" and ", [" & "]),
          ("Center", ["Ctr", "Ctr."]), ("Holdings", ["Hldgs", "Hldgs."]), ("Investments", ["Invest.", "Invstmts"]),
          ("Apartments", ["Apts", "Apts."]), ("Services", ["Svcs", "Svc"]), ("Elementary", ["Elem.", "Elem"]),
          ("Academy", ["Acad."]), ("Revocable", ["Rev.", "Rev"]), ("Irrevocable", ["Irrev."]), ("Trust", ["Tr.", "Trst"]),
          ("Estate of", ["Est. of", "Est of"]), ("Veterans of Foreign Wars", ["VFW"]), ("Lutheran", ["Luth."]),
          ("Evangelical", ["Ev.", "Evang."]), ("Community", ["Comm.", "Cmty"]), ("Family", ["Fam."]),
          ("Restaurant", ["Rest."]), ("Townhomes", ["Twnhms", "THs"]), ("Townhome", ["Twnhm"]),
          ("Street", ["St", "St."]), ("Avenue", ["Ave", "Ave."]), ("Drive", ["Dr"]), ("Real Estate", ["RE"]),
          ("Incorporated", ["Inc."]), ("Group", ["Grp"]), ("Brewing Company", ["Brewing Co."]), ("Parent Teacher", ["PT"])]
EXPAND = [(r"\bHOA\b", "Homeowners Association"), (r"\bAssn\b\.?", "Association"), (r"\bAssoc\b\.?", "Association"),
          (r"\bMgmt\b\.?", "Management"), (r"\bCondo\b", "Condominium"), (r" & ", " and "), (r"\bApts\b\.?", "Apartments"),
          (r"\bRev\b\.? ", "Revocable "), (r"\bCo\.", "Company"), (r"\bCtr\b\.?", "Center"), (r"\bInc\.?$", "Incorporated"),
          (r"\bVFW\b", "Veterans of Foreign Wars"), (r"\bK of C\b", "Knights of Columbus")]


def abbreviate(name):
    opts = [(full, abbrs) for full, abbrs in ABBREV if full in name]
    if not opts:
        return name
    for full, abbrs in R.sample(opts, min(len(opts), R.choice([1, 1, 2]))):
        name = name.replace(full, R.choice(abbrs), 1)
    return name


def expand(name, cat):
    opts = [(p, r) for p, r in EXPAND if re.search(p, name)]
    if cat in ("church", "school") and re.search(r"\bSt\.? ", name):
        opts.append((r"\bSt\.? ", "Saint "))
    if not opts:
        return name
    p, r = R.choice(opts)
    return re.sub(p, r, name, count=1)


PROTECT_ALWAYS = ["LLC", "Inc", "Trust", "HOA", "Estate", "Church", "School"]


def allowed_aliases(e, include_nc=False):
    return [a for a in e["aliases"] if (a[1] is None or a[1] in e.get("gk_ok", [])) and (include_nc or not a[2])]


def org_contact(e, F, fmt, eff):
    if "contact_missing" in F and e["contact"]:
        eff.append("contact_missing")
        return None, None
    if "contact_changed" in F:
        if e.get("alt_contact") is None:
            e["alt_contact"] = contact_of(gen_name(e["st"]))
        eff.append("contact_changed")
        return e["alt_contact"]
    if e["contact"] and fmt["contact"]:
        return e["contact"]
    return None, None


def compose_org(e, F, fmt, co_texts, eff):
    al = allowed_aliases(e)
    if "legal_name_only" in F and e.get("legal"):
        name = e["legal"]
        eff.append("legal_name_only")
    elif "alias" in F or fmt["alias"]:
        name = R.choice(al[1:] or al)[0]
        if "alias" in F and name != al[0][0]:
            eff.append("alias")
    else:
        name = al[0][0]
    if "dba" in F and e.get("legal") and " dba " not in name and name != e["legal"]:
        name = e["legal"] + R.choice([" dba ", " DBA ", " d/b/a ", " dba: "]) + name
        eff.append("dba")
    for op, fn in (("legal_suffix", legal_variant), ("abbrev", abbreviate), ("expand", lambda n: expand(n, e["cat"])),
                   ("drop_the", lambda n: re.sub(r"^The\s+", "", n)), ("punct", lambda n: re.sub(r"[.,'’]", "", n)),
                   ("typo_name", lambda n: typo_text(n, e["protect"] + PROTECT_ALWAYS))):
        if op in F:
            new = fn(name)
            if new != name:
                eff.append(op)
            name = new
    display = name
    company = name if fmt["company"] else None
    if "legal_in_company" in F and e.get("legal"):
        company = e["legal"]
        eff.append("legal_in_company")
    co_line = None
    if co_texts:
        mode = "name" if "co_in_name" in F else "line2" if "co_line2" in F else fmt["co"]
        txt = R.choice(co_texts)
        if mode == "name" and e["co_kind"] == "c/o":
            display = "%s %s %s" % (name, R.choice(["c/o", "C/O", "- c/o"]), txt)
            if "co_in_name" in F:
                eff.append("co_in_name")
        elif mode in ("line2", "name"):
            co_line = "%s %s" % (e["co_kind"], txt)
            if "co_line2" in F or "co_in_name" in F:
                eff.append("co_line2")
        elif mode == "attn" and e["contact"]:
            co_line = "Attn: %s %s" % e["contact"]
    g, f = org_contact(e, F, fmt, eff)
    out = [display, g, f, company]
    if "caps" in F:
        out = [x.upper() if x else x for x in out]
        eff.append("caps")
    return out, co_line


def get_alt(e, ch):
    holder = e.get("sh_" + ch) or e
    key = "alt_" + ch
    if holder.get(key) is None:
        c = holder.get("city") or e["city"]
        if ch == "addr":
            old = holder.get("addr") or e["addr"]
            if e["kind"] == "person":
                r = R.random()
                c2 = c if r < 0.45 else pick_city(c[1], metro=c[5], exclude=c) if r < 0.8 else pick_city(other_state(c[1]))
                uk = "Apt" if (old and old["unit"] and chance(0.6)) else None
                holder[key] = make_addr(c2, ukind=uk)
            else:
                c2 = c if chance(0.6) else pick_city(c[1], metro=c[5])
                holder[key] = make_addr(c2, ukind="Suite" if chance(0.5) else None,
                                        pobox=bool(old and old["pobox"] and chance(0.5)))
        elif ch == "email":
            if e["kind"] == "person":
                holder[key] = person_email(e["g"], e["f"])
            elif holder.get("dom"):
                holder[key] = unique_email(R.choice(["accounting", "billing", "ap", "finance", "office", "admin"]), holder["dom"])
            else:
                holder[key] = unique_email(slug(e["name"])[:14], R.choice(["gmail.com", "outlook.com", "yahoo.com"]))
        else:
            holder[key] = make_phone(c)
    return holder[key]


def alt_mgr(e):
    if e.get("alt_mgr") is None:
        ms = [m for m in MANAGERS if m["st"] == e["st"] and m is not e["p"].get("mgr")]
        e["alt_mgr"] = R.choice(ms) if ms else None
    return e["alt_mgr"]


def render(e, ops):
    """-> (contact dict, intact channels, effective ops)"""
    F = list(ops)
    eff = []
    fmt = rand_fmt(e)
    addr, email, phone, ext = e["addr"], e["email"], e["phone"], e["ext"]
    co_texts = e["co"]
    if "mgmt_change" in F and alt_mgr(e):
        m2 = alt_mgr(e)
        addr, email, phone, ext, co_texts = m2["addr"], m2["email"], m2["phone"], None, m2["texts"]
        eff.append("mgmt_change")
    if "moved" in F and addr is not None and "missing_address" not in F:
        addr = get_alt(e, "addr")
        eff.append("moved")
    if "new_email" in F and email and "missing_email" not in F:
        email = get_alt(e, "email")
        eff.append("new_email")
    if "new_phone" in F and phone and "missing_phone" not in F:
        phone = get_alt(e, "phone")
        ext = None
        eff.append("new_phone")
    if "email_typo" in F and email and "missing_email" not in F:
        new = typo_email(email)
        if new != email:
            eff.append("email_typo")
        email = new
    if "phone_typo" in F and phone and "missing_phone" not in F:
        new = typo_phone(phone)
        if new != phone:
            eff.append("phone_typo")
        phone = new
    if "missing_email" in F and email:
        email = None
        eff.append("missing_email")
    if "missing_phone" in F and phone:
        phone = None
        eff.append("missing_phone")
    if e["kind"] == "person":
        names, co_line = compose_person(e, F, fmt, eff)
    else:
        names, co_line = compose_org(e, F, fmt, co_texts, eff)
    adict, a_ok = compose_addr(addr, F, fmt, eff, co_line)
    em = fmt_email(email, fmt, F)
    if email and em:
        if "gmail_dots" in F and em.split("@")[0].lower() != email.split("@")[0].lower():
            eff.append("gmail_dots")
        if "email_case" in F:
            eff.append("email_case")
    contact = {"displayName": names[0], "givenName": names[1], "familyName": names[2], "companyName": names[3],
               "email": em,
               "phone": fmt_phone(phone, fmt["phone"], ext if (ext and fmt["ext_show"]) else None) if phone else None,
               "address": adict}
    intact = {"email": bool(contact["email"] and e["email"] and email_norm(contact["email"]) == email_norm(e["email"])),
              "phone": bool(contact["phone"] and e["phone"] and phone_norm(contact["phone"]) == phone_norm(e["phone"])),
              "addr": bool(adict and a_ok and addr is e["addr"])}
    # "fuzzy": the channel still carries the customer's own value, possibly mistyped (not new, not missing)
    intact["fz_email"] = bool(contact["email"] and e["email"] and "new_email" not in eff and "mgmt_change" not in eff)
    intact["fz_phone"] = bool(contact["phone"] and e["phone"] and "new_phone" not in eff and "mgmt_change" not in eff)
    intact["fz_addr"] = bool(adict and addr is e["addr"])
    return contact, intact, uniq(eff)


# =====================================================================
# variation choice and honesty rules
# =====================================================================
NAMECHANGE = ("renamed_marriage", "english_name", "legal_name_only")


def has_accent(e):
    txt = " ".join(x or "" for x in (e.get("g"), e.get("m"), e.get("f"), e.get("g2"), e.get("f2")))
    return fold(txt) != txt


def ops_avail(e):
    med, heavy = [], []

    def M(op, w=1):
        med.extend([op] * w)

    def H(op, w=1):
        heavy.extend([op] * w)
    a = e["addr"]
    if e["email"]:
        M("missing_email", 3)
        M("email_case")
        H("new_email", 3)
        H("email_typo", 2)
        if e["email"].endswith("@gmail.com"):
            M("gmail_dots", 2)
    if e["phone"]:
        M("missing_phone", 3)
        H("new_phone", 2)
        H("phone_typo", 1)
    if a:
        M("missing_address", 1)
        M("missing_city_zip", 1)
        M("typo_city", 1)
        H("moved", 4)
        if not a["pobox"]:
            M("typo_street", 2)
            H("house_num_typo", 1)
            if a["unit"]:
                M("unit_inline", 1)
                H("unit_drop", 1)
    M("caps", 2)
    if e["kind"] == "person":
        M("typo_given", 2)
        M("typo_family", 2)
        M("swap_fields", 1)
        M("names_display_only", 1)
        M("display_missing", 1)
        M("lower", 1)
        if e["nicks"] or e.get("nicks2"):
            M("nickname", 4)
        if e["style"] in ("anglo", "hyphen", "indian", "hisp"):
            M("initial_given", 1)
        if has_accent(e):
            M("accent_drop", 4)
        if " " in e["f"] and e["style"] == "hisp":
            M("surname_first_only", 4)
            M("surname_hyphen", 2)
            M("surname_misparse", 2)
        if "-" in e["f"]:
            M("hyphen_space", 3)
            M("hyphen_drop", 4)
        if e["style"] in ASIAN_STYLES and e["cat"] != "couple":
            M("native_order", 5)
        if e["style"] == "somali":
            M("translit", 6)
            if e["m"]:
                M("somali_father", 4)
        if " " in e["g"] or "-" in e["g"]:
            M("given_spacing", 3)
        if e["sfx"]:
            M("suffix_fmt", 1)
            if not e["keep_sfx"]:
                M("suffix_drop", 2)
        if e.get("eng"):
            M("english_paren", 2)
            H("english_name", 5)
        if e.get("f_new"):
            H("renamed_marriage", 10)
        if e["cat"] == "couple":
            M("couple_one", 5)
            M("couple_order", 2)
    else:
        al = allowed_aliases(e)
        if len(al) > 1:
            M("alias", 4)
        if any(LEGAL_RE.search(x[0]) for x in al):
            M("legal_suffix", 3)
        M("abbrev", 3)
        M("expand", 1)
        M("punct", 2)
        M("typo_name", 3)
        if any(x[0].startswith("The ") for x in al):
            M("drop_the", 1)
        if e["co"]:
            M("co_in_name", 2)
            M("co_line2", 2)
        if e["contact"]:
            M("contact_changed", 1)
            M("contact_missing", 1)
        if e.get("legal"):
            M("legal_in_company", 3)
            M("dba", 3)
            if any(x[2] for x in allowed_aliases(e, True)):
                H("legal_name_only", 4)
        if e["cat"] in ("hoa", "condo_assn") and e["p"].get("mgr") and not e["namesakes"] and alt_mgr(e):
            H("mgmt_change", 6)
    return med, heavy


CONFLICTS = [("missing_email", "new_email"), ("missing_email", "email_typo"), ("missing_email", "gmail_dots"),
             ("missing_email", "email_case"), ("missing_phone", "new_phone"), ("missing_phone", "phone_typo"),
             ("missing_address", "moved"), ("missing_address", "typo_street"), ("missing_address", "house_num_typo"),
             ("missing_address", "typo_city"), ("missing_address", "missing_city_zip"), ("missing_address", "unit_drop"),
             ("missing_address", "unit_inline"), ("names_display_only", "display_missing"), ("caps", "lower"),
             ("names_display_only", "swap_fields"), ("new_email", "email_typo"), ("new_phone", "phone_typo"),
             ("moved", "typo_street"), ("moved", "house_num_typo"), ("moved", "unit_drop"), ("moved", "mgmt_change"),
             ("unit_drop", "unit_inline"), ("couple_one", "couple_order"), ("legal_name_only", "dba"),
             ("english_name", "english_paren"), ("english_name", "nickname"), ("surname_first_only", "surname_misparse"),
             ("surname_hyphen", "surname_misparse"), ("hyphen_space", "hyphen_drop"), ("contact_changed", "contact_missing"),
             ("suffix_drop", "suffix_fmt"), ("abbrev", "expand"), ("mgmt_change", "new_email"), ("mgmt_change", "new_phone")]


def choose_ops(e, sev):
    med, heavy = ops_avail(e)
    ops = []
    if sev == "light":
        lite = [o for o in ("email_case", "gmail_dots") if o in med]
        if lite and chance(0.35):
            ops.append(R.choice(lite))
    elif sev == "medium":
        for _ in range(1 if chance(0.55) else 2 if chance(0.8) else 3):
            ops.append(R.choice(med))
    else:
        if heavy:
            ops.append(R.choice(heavy))
            if chance(0.25):
                ops.append(R.choice(heavy))
        for _ in range(R.choice([0, 1, 1, 2])):
            ops.append(R.choice(med))
    ops = uniq(ops)
    for a, b in CONFLICTS:
        if a in ops and b in ops:
            ops.remove(b)
    return ops


def base_ops(e):
    """The mess a record picks up when it is first keyed in (existing QBO record, or a new customer's first record)."""
    ops = []
    if e["email"] and chance(0.07):
        ops.append("missing_email")
    if e["phone"] and chance(0.06):
        ops.append("missing_phone")
    if chance(0.025):
        ops.append("missing_address")
    if chance(0.04):
        ops.append("caps")
    if e["kind"] == "person":
        if (e["nicks"]) and chance(0.07):
            ops.append("nickname")
        if chance(0.03):
            ops.append(R.choice(["typo_given", "typo_family"]))
        if chance(0.03):
            ops.append("names_display_only")
        if e["style"] in ASIAN_STYLES and chance(0.12):
            ops.append("native_order")
    else:
        if chance(0.03):
            ops.append("typo_name")
        if chance(0.1):
            ops.append("abbrev")
    if e["addr"] and not e["addr"]["pobox"] and chance(0.03):
        ops.append("typo_street")
    ops = uniq(ops)
    for a, b in CONFLICTS:
        if a in ops and b in ops:
            ops.remove(b)
    return ops


def counted_shared(e, it_a, it_b):
    return [ch for ch in CH if it_a[ch] and it_b[ch] and e["cc"][ch]]


def pos_ok(e, eff, it, ref_it):
    """A later record of e may be labelled 'same' only if a careful bookkeeper could see it."""
    shared = counted_shared(e, it, ref_it)
    if "mgmt_change" in eff:
        return not e["namesakes"] and "typo_name" not in eff
    if any(o in NAMECHANGE for o in eff):
        return len(shared) >= 2
    if shared:
        return True
    # organisation with a name no other customer has: the name carries it, but only if at least one
    # channel still holds the customer's own (possibly mistyped) value on both records
    fuzzy = any(it["fz_" + ch] and ref_it["fz_" + ch] for ch in CH)
    return e["kind"] == "org" and not e["namesakes"] and "typo_name" not in eff and fuzzy


def first_ok(e, it):
    if not any(e["cc"].values()):
        return True
    return any(it[ch] and e["cc"][ch] for ch in CH)


# =====================================================================
# building the world
# =====================================================================
NEW_MIX = [("person", 28), ("couple", 10), ("tenant", 10), ("hoa", 8), ("llc", 10), ("trust", 4), ("estate", 2),
           ("church", 3), ("school", 2), ("retail", 10), ("restaurant", 6), ("franchise", 3), ("nonprofit", 2),
           ("commercial", 2)]


def make_ordinary(cat):
    if cat == "person":
        return make_person()
    if cat == "couple":
        return make_couple()
    if cat == "tenant":
        return make_tenant(R.choice(BUILDINGS) if (BUILDINGS and chance(0.4)) else None)
    if cat == "hoa":
        return make_hoa(mgr=R.choice(MANAGERS) if chance(0.6) else None, state=pick_state())
    if cat == "llc":
        return make_llc(make_owner(pick_state()))
    if cat == "trust":
        return make_trust(grantor_profile())
    if cat == "estate":
        return make_estate()
    if cat == "church":
        return make_church()
    if cat == "school":
        return make_school()
    if cat == "retail":
        return make_retail()
    if cat == "restaurant":
        return make_restaurant()
    if cat == "franchise":
        fr = R.choice(FRANCHISEES) if (FRANCHISEES and chance(0.3)) else make_franchisee()
        return make_franchise(fr, R.choice(BRANDS))
    if cat == "nonprofit":
        return make_nonprofit()
    return make_commercial(mgr=R.choice(MANAGERS) if chance(0.5) else None, state=pick_state())


def build_existing():
    EX = []

    def add(e):
        e = reg(e)
        if e is None or e.get("role"):
            return None
        e["role"] = "existing"
        EX.append(e)
        return e

    def some(cat_filter, n, rel):
        pool = [e for e in EX if cat_filter(e)]
        done = tries = 0
        while done < n and tries < n * 20 and pool:
            tries += 1
            if add(derive(R.choice(pool), rel)):
                done += 1

    for st, n in (("CO", 11), ("MN", 9), ("NC", 8)):
        for _ in range(n):
            make_mgr(st)
    for mgr in MANAGERS:
        for _ in range(R.randint(3, 8)):
            add(make_hoa(mgr=mgr))
    for _ in range(16):
        add(make_commercial(mgr=R.choice(MANAGERS)))
    for _ in range(28):
        add(make_hoa(state=pick_state()))
    some(lambda e: e["cat"] in ("hoa", "condo_assn"), 18, "sub_association")
    some(lambda e: e["cat"] in ("hoa", "condo_assn"), 6, "same_name_other_place")
    for mgr in R.sample(MANAGERS, 14):
        add(make_mgr_entity(mgr))
    for _ in range(10):
        add(make_commercial(state=pick_state()))
    for _ in range(95):
        o = make_owner(pick_state())
        r = R.random()
        if r < 0.15:
            first = add(make_llc(o, kind="brand"))
            if first:
                for k in range(2, R.randint(2, 3) + 1):
                    add(make_llc(o, kind="brand", brand=first["p"]["brand"], k=k))
        elif r < 0.27:
            sset = R.choice(SERIES_SETS)
            brand = (R.choice(LLC_A), R.choice(["Properties", "Holdings", "Rentals"]))
            for sx in sset[:R.randint(2, 3)]:
                add(make_llc(o, kind="brand", brand=brand, series=sx))
            if chance(0.3):
                add(make_llc(o, kind="brand", brand=brand))
        else:
            for _ in range(wchoice([(1, 45), (2, 30), (3, 15), (4, 10)])):
                add(make_llc(o))
        if chance(0.35):
            add(owner_person(o))
    for _ in range(50):
        add(make_trust(grantor_profile()))
    for _ in range(22):
        pe = add(make_couple() if chance(0.6) else make_person())
        if pe:
            add(make_trust(owner_from_entity(pe)))
    some(lambda e: e["cat"] == "trust", 10, "sibling_trust")
    some(lambda e: e["cat"] == "trust", 5, "grantor")
    for _ in range(28):
        add(make_estate())
    some(lambda e: e["cat"] == "estate", 7, "decedent")
    some(lambda e: e["cat"] == "estate", 6, "executor")
    some(lambda e: e["cat"] == "estate", 3, "sibling_estate")
    for _ in range(46):
        add(make_church())
    some(lambda e: e["cat"] == "church", 6, "same_name_other_place")
    some(lambda e: e["cat"] == "church", 3, "other_denomination")
    some(lambda e: e["cat"] == "church", 3, "church_school")
    for _ in range(32):
        add(make_school())
    some(lambda e: e["cat"] == "school" and e["p"].get("level"), 4, "other_level")
    some(lambda e: e["cat"] == "school" and e["p"].get("level"), 4, "same_name_other_place")
    some(lambda e: e["cat"] == "school" and e["p"].get("level"), 3, "pto")
    for _ in range(115):
        add(make_retail())
    for _ in range(8):
        for e in make_multiloc("retail", R.randint(2, 3)):
            add(e)
    some(lambda e: e["cat"] == "retail" and not e["multi"], 5, "same_name_other_place")
    for _ in range(56):
        add(make_restaurant())
    for _ in range(4):
        for e in make_multiloc("restaurant", 2):
            add(e)
    some(lambda e: e["cat"] == "restaurant" and not e["multi"], 3, "same_name_other_place")
    for _ in range(18):
        fr = make_franchisee()
        brands = R.sample(BRANDS, 1 if chance(0.7) else 2)
        for _ in range(R.randint(2, 4)):
            add(make_franchise(fr, R.choice(brands)))
    for _ in range(30):
        add(make_nonprofit())
    some(lambda e: e["cat"] == "nonprofit" and e["p"]["kind"] in NP_NUMBERED, 5, "sibling_chapter")
    # persons
    for _ in range(300):
        add(make_person())
    for _ in range(170):
        add(make_couple())
    for _ in range(42):
        b = make_building()
        for _ in range(R.randint(2, 6)):
            add(make_tenant(b))
    some(lambda e: e["cat"] == "person", 22, "jr_sr")
    some(lambda e: e["cat"] == "person", 12, "spouse_separate")
    some(lambda e: e["cat"] == "person", 6, "namesake_same_city")
    some(lambda e: e["cat"] == "person", 9, "namesake_other_city")
    some(lambda e: e["cat"] == "person", 8, "relative")
    some(lambda e: e["cat"] == "person", 5, "diff_middle_initial")
    some(lambda e: e["cat"] == "couple", 6, "adult_child")
    some(lambda e: e["cat"] == "tenant", 4, "successor_tenant")
    n_struct = len(EX)
    while len(EX) < N_EXISTING:
        persons = sum(1 for e in EX if e["kind"] == "person")
        if persons * 2 < len(EX):
            add(make_ordinary(wchoice([("person", 60), ("couple", 25), ("tenant", 15)])))
        else:
            add(make_ordinary(wchoice([c for c in NEW_MIX if c[0] not in ("person", "couple", "tenant")])))
    if len(EX) != N_EXISTING:
        raise SystemExit("structured part too large: %d" % n_struct)
    return EX


def build_new(EX):
    NEW = []

    def addn(e):
        e = reg(e)
        if e is None or e.get("role"):
            return None
        e["role"] = "new"
        NEW.append(e)
        return e

    tries = 0
    while len(NEW) < 390 and tries < 20000:
        tries += 1
        b = R.choice(EX)
        rels = RELS.get(b["cat"])
        if rels:
            addn(derive(b, wchoice(rels)))
    while len(NEW) < 740:
        addn(make_ordinary(wchoice(NEW_MIX)))
    tries = 0
    while len(NEW) < N_NEW and tries < 20000:
        tries += 1
        b = R.choice(NEW)
        rels = RELS.get(b["cat"])
        if rels:
            addn(derive(b, wchoice(rels)))
    while len(NEW) < N_NEW:
        addn(make_ordinary(wchoice(NEW_MIX)))
    return NEW


def finalize(ALL):
    idx = {}
    for e in ALL:
        for k in e["nkeys"]:
            idx.setdefault(k, []).append(e["id"])
    for e in ALL:
        ns = []
        for k in e["nkeys"]:
            for oid in idx[k]:
                if oid != e["id"] and oid not in ns:
                    ns.append(oid)
        e["namesakes"] = ns
    for e in ALL:
        for oid in e["namesakes"]:
            o = ENTS[oid]
            if not distinguishable(e, o):
                ensure_email(e)
                ensure_email(o)
            if not distinguishable(e, o):
                ensure_phone(e)
                ensure_phone(o)
            if not distinguishable(e, o):
                raise SystemExit("indistinguishable namesakes %s %s" % (e["id"], oid))
    for e in ALL:
        cc = {}
        for ch in CH:
            v = canon(e, ch)
            cc[ch] = v is not None and all(canon(ENTS[o], ch) != v for o in e["namesakes"])
        e["cc"] = cc
    gcount = {}
    for e in ALL:
        ks = uniq(list(e["nkeys"]) + [a[1] for a in e["aliases"] if a[1]])
        for k in ks:
            gcount[k] = gcount.get(k, 0) + 1
    for e in ALL:
        e["gk_ok"] = [a[1] for a in e["aliases"] if a[1] and gcount.get(a[1], 0) == 1]


def fmt_tags(ref, new):
    tags = []
    if ref["phone"] and new["phone"] and ref["phone"] != new["phone"] and phone_norm(ref["phone"]) == phone_norm(new["phone"]):
        tags.append("phone_format")
    if ref["email"] and new["email"] and ref["email"] != new["email"] and email_norm(ref["email"]) == email_norm(new["email"]):
        tags.append("email_format")
    ra, na = ref["address"], new["address"]
    if ra and na:
        if ra["postalCode"] and na["postalCode"] and ra["postalCode"] != na["postalCode"] and ra["postalCode"][:5] == na["postalCode"][:5]:
            tags.append("zip_vs_zip4")
        if ra["region"] and na["region"] and ra["region"] != na["region"]:
            tags.append("region_format")
        if ra["country"] != na["country"]:
            tags.append("country_format")
        if (ra["line1"], ra["line2"]) != (na["line1"], na["line2"]):
            tags.append("address_lines_differ")
    if ref["displayName"] and new["displayName"] and ref["displayName"] != new["displayName"]:
        tags.append("display_differs")
    return tags


def render_first(e):
    for attempt in range(60):
        ops = base_ops(e) if attempt < 40 else []
        contact, it, eff = render(e, ops)
        if first_ok(e, it):
            return contact, it, eff
    raise SystemExit("cannot render first record of %s" % e["id"])


def render_later(e, sev):
    for attempt in range(60):
        s = sev if attempt < 25 else "medium" if attempt < 40 else "light"
        ops = choose_ops(e, s) if attempt < 55 else []
        contact, it, eff = render(e, ops)
        if pos_ok(e, eff, it, e["ref_it"]):
            return contact, eff, s
    return None


def can_link(e):
    """Whether any later record could honestly be labelled as e."""
    if any(e["ref_it"][ch] and e["cc"][ch] for ch in CH):
        return True
    return e["kind"] == "org" and not e["namesakes"] and any(e["ref_it"]["fz_" + ch] for ch in CH)


def main():
    EX = build_existing()
    NEW = build_new(EX)
    ALL = EX + NEW
    finalize(ALL)
    ids = {e["id"] for e in ALL}
    for e in ALL:
        if e.get("hn_of") and e["hn_of"] not in ids:
            raise SystemExit("dangling relation %s -> %s" % (e["id"], e["hn_of"]))

    lines = []   # (set, entity, contact, category, changes)
    order_ex = EX[:]
    R.shuffle(order_ex)
    for e in order_ex:
        contact, it, eff = render_first(e)
        e["ref"], e["ref_it"] = contact, it
        ch = list(eff)
        if e.get("hn_of"):
            ch += ["related_to:" + e["hn_of"], "rel:" + e["hn_rel"]]
        lines.append(["existing", e, contact, ch])
    # QBO requires unique display names: a bookkeeper disambiguates the later duplicate
    seen = {}
    for ln in lines:
        d = ln[2]["displayName"]
        key = d.lower()
        if key in seen:
            seen[key] += 1
            e = ln[1]
            city = e["city"][0]
            n = seen[key]
            ln[2]["displayName"] = R.choice(["%s (%d)" % (d, n), "%s - %s" % (d, city), "%s %d" % (d, n), "%s (%s)" % (d, city)])
            ln[3].append("display_disambiguated")
            e["ref"] = ln[2]
        else:
            seen[key] = 1

    # ---- incoming events
    events = []
    linkable = [e for e in EX if can_link(e)]
    picks = R.sample(linkable, 790)
    picks += R.sample(picks, N_POS - 790)
    for e in picks:
        events.append((R.random(), "pos", e))
    tfirst = {}
    for e in NEW:
        if e.get("hn_of") and e["hn_of"] in tfirst:
            tb = tfirst[e["hn_of"]]
            t = tb + (1 - tb) * R.uniform(0.01, 0.5)
        else:
            t = R.uniform(0.0, 0.92)
        tfirst[e["id"]] = t
        events.append((t, "new", e))
    rep_pool = R.sample(NEW, 240)
    rep = rep_pool + R.sample(rep_pool, N_REPEAT - 240)
    for e in rep:
        tb = tfirst[e["id"]]
        events.append((tb + (1 - tb) * R.uniform(0.02, 1.0), "repeat", e))
    events.sort(key=lambda x: (x[0], x[1]))

    inc = []
    spare = [e for e in linkable if e not in picks]
    R.shuffle(spare)
    for t, kind, e in events:
        if kind == "new":
            contact, it, eff = render_first(e)
            e["ref"], e["ref_it"] = contact, it
            ch = ["new"]
            if e.get("hn_of"):
                ch += ["hard_negative_of:" + e["hn_of"], "hn:" + e["hn_rel"]]
            inc.append(["incoming", e, contact, ch + eff])
            continue
        sev = wchoice([("light", 30), ("medium", 40), ("heavy", 30)]) if kind == "pos" else \
            wchoice([("light", 35), ("medium", 40), ("heavy", 25)])
        if kind == "repeat" and not can_link(e):
            e = None
        res = render_later(e, sev) if e else None
        while res is None:   # rare: fall back to another existing customer
            e = spare.pop()
            kind = "pos"
            res = render_later(e, sev)
        contact, eff, s = res
        ch = ["existing_match" if kind == "pos" else "repeat_of_new", "severity:" + s]
        if kind == "repeat" and e.get("hn_of"):
            ch += ["hard_negative_of:" + e["hn_of"], "hn:" + e["hn_rel"]]
        inc.append(["incoming", e, contact, ch + eff + fmt_tags(e["ref"], contact)])

    # informational: which other customers a new one resembles (shared channel or same name key)
    chan_idx = {}
    for e in ALL:
        for ch in CH:
            v = canon(e, ch)
            if v is not None:
                chan_idx.setdefault((ch, v), []).append(e["id"])
    for ln in inc:
        e = ln[1]
        if e["role"] != "new" or ln[3][0] != "new":
            continue
        res = []
        for ch in CH:
            v = canon(e, ch)
            for oid in chan_idx.get((ch, v), []) if v is not None else []:
                if oid != e["id"] and oid != e.get("hn_of") and oid not in res:
                    res.append(oid)
        for oid in e["namesakes"]:
            if oid != e.get("hn_of") and oid not in res and e["nkeys"][0] in ENTS[oid]["nkeys"]:
                res.append(oid)
        ln[3] += ["resembles:" + x for x in res[:4]]

    out = lines + inc
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as fs, \
            open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as fm:
        for n, (st, e, contact, ch) in enumerate(out, 1):
            fs.write(json.dumps({"set": st, "entity": e["id"], "contact": contact}, ensure_ascii=False) + "\n")
            fm.write(json.dumps({"line": n, "set": st, "entity": e["id"], "category": e["cat"], "changes": ch},
                                ensure_ascii=False) + "\n")
    # summary
    cats = {}
    for st, e, contact, ch in out:
        k = (st, ch[0] if st == "incoming" else "existing", e["cat"])
        cats[k] = cats.get(k, 0) + 1
    print("wrote %d lines (%d existing, %d incoming)" % (len(out), len(lines), len(inc)))
    kinds = {}
    for st, e, contact, ch in inc:
        kinds[ch[0]] = kinds.get(ch[0], 0) + 1
    print("incoming kinds:", kinds)
    print("hard negatives among new:", sum(1 for e in NEW if e.get("hn_of")))


if __name__ == "__main__":
    main()
