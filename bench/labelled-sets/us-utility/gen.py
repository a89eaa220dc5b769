#!/usr/bin/env python3
"""Generator for the 'us-utility' labelled record-linkage set.

Scenario: an invented rural electric & water cooperative (members in
Missouri, Arkansas, Oklahoma and Kansas) keeps its customer list in
QuickBooks Online.  Incoming records come from a 1990s billing export,
a member web portal, the field crews' tablet app and paper forms keyed
by part-time staff.

Python 3 standard library only.  One random.Random(SEED).  Output is
byte-identical for any PYTHONHASHSEED (no iteration over sets; dicts are
only iterated in insertion order).

    python3 gen.py              -> writes set.jsonl, meta.jsonl next to this file
    python3 gen.py --out DIR    -> writes them into DIR
"""
import json
import os
import re
import sys
import random
import unicodedata

SEED = 20240917
R = random.Random(SEED)

N_EXISTING = 1500
N_PERSON_EXISTING = 1125           # about 75 % persons
N_INCOMING = 1500
N_MATCH = 825                      # about 55 %
N_NEW = 525                        # about 35 %
N_HN = 150

# ---------------------------------------------------------------------------
# Geography: (town, state, zip, county, area code, hamlets sharing the ZIP)
# ---------------------------------------------------------------------------
TOWNS = [
    ("Ava", "MO", "65608", "Douglas", "417", ["Vera Cruz", "Girdner", "Goodhope"]),
    ("Gainesville", "MO", "65655", "Ozark", "417", ["Wasola", "Sycamore"]),
    ("Mountain Grove", "MO", "65711", "Wright", "417", ["Graff"]),
    ("Cabool", "MO", "65689", "Texas", "417", ["Bado"]),
    ("Houston", "MO", "65483", "Texas", "417", ["Bucyrus"]),
    ("Licking", "MO", "65542", "Texas", "573", []),
    ("Willow Springs", "MO", "65793", "Howell", "417", ["Olden"]),
    ("West Plains", "MO", "65775", "Howell", "417", ["Pomona", "Moody"]),
    ("Alton", "MO", "65606", "Oregon", "417", ["Wilderness"]),
    ("Thayer", "MO", "65791", "Oregon", "417", []),
    ("Eminence", "MO", "65466", "Shannon", "573", ["Jerktail"]),
    ("Hartville", "MO", "65667", "Wright", "417", ["Grovespring"]),
    ("Mansfield", "MO", "65704", "Wright", "417", []),
    ("Seymour", "MO", "65746", "Webster", "417", ["Diggins"]),
    ("Theodosia", "MO", "65761", "Ozark", "417", ["Protem"]),
    ("Squires", "MO", "65755", "Douglas", "417", ["Ruble"]),
    ("Drury", "MO", "65638", "Douglas", "417", ["Smallett"]),
    ("Dora", "MO", "65637", "Ozark", "417", ["Rippee"]),
    ("Bakersfield", "MO", "65609", "Ozark", "417", []),
    ("Norwood", "MO", "65717", "Wright", "417", []),
    ("Summersville", "MO", "65571", "Texas", "417", []),
    ("Mountain Home", "AR", "72653", "Baxter", "870", ["Midway", "Henderson"]),
    ("Gassville", "AR", "72635", "Baxter", "870", []),
    ("Yellville", "AR", "72687", "Marion", "870", ["Summit"]),
    ("Flippin", "AR", "72634", "Marion", "870", ["Eros"]),
    ("Bull Shoals", "AR", "72619", "Marion", "870", []),
    ("Harrison", "AR", "72601", "Boone", "870", ["Capps"]),
    ("Lead Hill", "AR", "72644", "Boone", "870", ["Diamond City"]),
    ("Mammoth Spring", "AR", "72554", "Fulton", "870", []),
    ("Salem", "AR", "72576", "Fulton", "870", ["Viola"]),
    ("Calico Rock", "AR", "72519", "Izard", "870", []),
    ("Melbourne", "AR", "72556", "Izard", "870", ["Zion"]),
    ("Berryville", "AR", "72616", "Carroll", "870", []),
    ("Stilwell", "OK", "74960", "Adair", "918", ["Bunch", "Baron"]),
    ("Westville", "OK", "74965", "Adair", "918", []),
    ("Tahlequah", "OK", "74464", "Cherokee", "918", ["Welling", "Park Hill"]),
    ("Jay", "OK", "74346", "Delaware", "918", ["Oaks"]),
    ("Colcord", "OK", "74338", "Delaware", "918", []),
    ("Salina", "OK", "74365", "Mayes", "918", ["Spavinaw"]),
    ("Locust Grove", "OK", "74352", "Mayes", "918", []),
    ("Sallisaw", "OK", "74955", "Sequoyah", "918", ["Marble City"]),
    ("Muldrow", "OK", "74948", "Sequoyah", "918", []),
    ("Columbus", "KS", "66725", "Cherokee", "620", ["Crestline"]),
    ("Baxter Springs", "KS", "66713", "Cherokee", "620", []),
    ("Galena", "KS", "66739", "Cherokee", "620", []),
    ("Oswego", "KS", "67356", "Labette", "620", []),
    ("Chetopa", "KS", "67336", "Labette", "620", []),
    ("Girard", "KS", "66743", "Crawford", "620", ["Hepler"]),
    ("Erie", "KS", "66733", "Neosho", "620", []),
    ("Fort Scott", "KS", "66701", "Bourbon", "620", ["Uniontown"]),
]
TOWN_WEIGHTS = [9, 7, 6, 5, 5, 3, 4, 6, 3, 3, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2,
                6, 3, 3, 3, 2, 4, 2, 2, 2, 2, 2, 2,
                4, 2, 4, 2, 2, 2, 2, 3, 2,
                3, 2, 2, 2, 2, 2, 2, 3]
CITY_ABBR = {"Mountain Home": "Mtn Home", "Mountain Grove": "Mtn Grove",
             "Fort Scott": "Ft Scott", "West Plains": "W Plains",
             "Baxter Springs": "Baxter Spgs", "Willow Springs": "Willow Spgs",
             "Mammoth Spring": "Mammoth Spg", "Locust Grove": "Locust Grv"}
STATE_FORMS = {
    "MO": ["MO", "Mo.", "Missouri", "Mo"],
    "AR": ["AR", "Ark.", "Arkansas", "Ark"],
    "OK": ["OK", "Okla.", "Oklahoma", "Okla"],
    "KS": ["KS", "Kan.", "Kansas", "Kans."],
}
STATE_HWYS = {
    "MO": ["5", "14", "76", "95", "181", "38", "17", "137", "JJ", "Y", "AA", "FF",
           "PP", "N", "E", "K", "T", "W", "Z", "OO", "M", "H"],
    "AR": ["5", "9", "14", "87", "101", "126", "178", "201", "202", "341", "395"],
    "OK": ["10", "51", "82", "100", "20", "28", "59"],
    "KS": ["7", "96", "102", "126", "146", "39", "57"],
}
US_HWYS = {"MO": ["60", "63", "160"], "AR": ["62", "412", "65"],
           "OK": ["62", "59"], "KS": ["166", "69", "400"]}
TOWN_STREETS = ["Main", "Church", "Washington", "Jefferson", "Elm", "Oak", "Walnut",
                "Hickory", "Locust", "Maple", "Cedar", "Spring", "Mill", "Depot",
                "Railroad", "College", "School", "Vine", "Pine", "Cherry", "Highland",
                "Lincoln", "Jackson", "Commercial", "Harrison", "Boone", "Mulberry",
                "Dogwood", "Sycamore", "Poplar", "1st", "2nd", "3rd", "4th", "5th"]
RURAL_ROADS = ["Pleasant Hill", "Bryant Creek", "Cedar Gap", "Fox Hollow", "Turkey Ridge",
               "Old Mill", "Persimmon Ridge", "Beaver Creek", "Rocky Ford", "Lone Pine",
               "Cane Hollow", "Panther Creek", "Brushy Knob", "Indian Creek", "Dry Fork",
               "Spring Valley", "Sugar Camp", "Bull Creek", "Possum Trot", "Whippoorwill",
               "Hog Hollow", "Blue Springs", "Piney Woods", "Gobbler Ridge", "Walnut Grove",
               "Shady Grove", "Cave Springs", "Twin Oaks", "Prairie Hollow", "Flat Creek"]
STREET_TYPES = ["st", "ave", "dr", "ln", "rd", "cir", "ct", "trl", "pl", "blvd"]
ST_FORMS = {"st": ["St", "Street", "St."], "ave": ["Ave", "Avenue", "Ave."],
            "dr": ["Dr", "Drive", "Dr."], "ln": ["Ln", "Lane"], "rd": ["Rd", "Road", "Rd."],
            "cir": ["Cir", "Circle"], "ct": ["Ct", "Court"], "trl": ["Trl", "Trail"],
            "pl": ["Pl", "Place"], "blvd": ["Blvd", "Boulevard"]}
DIR_FORMS = {"N": ["N", "North", "N."], "S": ["S", "South", "S."],
             "E": ["E", "East", "E."], "W": ["W", "West", "W."],
             "NE": ["NE", "N.E.", "Northeast"], "SE": ["SE", "S.E.", "Southeast"],
             "NW": ["NW", "N.W.", "Northwest"], "SW": ["SW", "S.W.", "Southwest"]}
LANDMARKS = ["Mt Zion Church", "Pleasant Grove Church", "Bethel Cemetery", "the Old School",
             "Hwy 14 Junction", "Low Water Bridge", "Cedar Creek Store", "Fire Station",
             "Shady Grove Church", "County Line", "Macedonia Church", "the Y", "Sand Gap"]

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
M_ANGLO = ["James", "John", "Robert", "William", "Michael", "David", "Richard", "Charles",
           "Joseph", "Thomas", "Donald", "Kenneth", "Ronald", "Gary", "Larry", "Jerry",
           "Dennis", "Roger", "Harold", "Earl", "Floyd", "Virgil", "Delbert", "Clifford",
           "Wendell", "Lloyd", "Leroy", "Eugene", "Raymond", "Walter", "Samuel", "Billy",
           "Randy", "Rodney", "Dale", "Wayne", "Dwayne", "Travis", "Cody", "Dustin",
           "Jeremy", "Jason", "Kyle", "Brandon", "Justin", "Chad", "Clayton", "Wyatt",
           "Colton", "Tanner", "Levi", "Caleb", "Hunter", "Garrett", "Steven", "Gregory",
           "Jeffrey", "Timothy", "Daniel", "Matthew", "Christopher", "Andrew", "Anthony",
           "Douglas", "Lawrence", "Gerald", "Franklin", "Frederick", "Edward", "Benjamin",
           "Nicholas", "Patrick", "Homer", "Elmer", "Orville", "Marvin", "Vernon", "Carl",
           "Glen", "Lonnie", "Terry", "Ricky", "Danny", "Tommy", "Johnny", "Loyd", "Alvin"]
F_ANGLO = ["Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Jennifer", "Margaret",
           "Susan", "Dorothy", "Deborah", "Rebecca", "Cynthia", "Pamela", "Kimberly",
           "Sandra", "Judith", "Virginia", "Katherine", "Frances", "Mildred", "Wilma",
           "Loretta", "Geraldine", "Josephine", "Victoria", "Brenda", "Donna", "Carolyn",
           "Sharon", "Shirley", "Betty", "Darlene", "Glenda", "Tammy", "Rhonda", "Teresa",
           "Brandi", "Crystal", "Amber", "Heather", "Misty", "Kayla", "Haley", "Brittany",
           "Ashley", "Kelsey", "Whitney", "Ruth", "Opal", "Imogene", "Lois", "Norma",
           "Edna", "Irene", "Connie", "Vicki", "Debra", "Janet", "Joyce", "Anita",
           "Melissa", "Stephanie", "Christina", "Jacqueline", "Samantha", "Theresa",
           "Roberta", "Lorene", "Faye", "Bonnie", "Wanda", "Juanita", "Reba"]
S_ANGLO = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Davis", "Miller", "Wilson",
           "Moore", "Taylor", "Anderson", "Thomas", "White", "Harris", "Martin",
           "Thompson", "Baker", "Collins", "Cooper", "Reed", "Bell", "Cook", "Rogers",
           "Morgan", "Ward", "Coleman", "Simmons", "Fowler", "Stewart", "Sutton",
           "Crabtree", "Pennington", "Gentry", "Whitaker", "Yates", "Pruitt", "Rhodes",
           "Stafford", "Loftis", "Bilyeu", "Cantrell", "Hatcher", "Dalton", "Shipley",
           "Goforth", "Tabor", "Hollis", "Sisco", "Riddle", "Strong", "Bradshaw", "Ledbetter",
           "Maggard", "Newberry", "Ogden", "Parrish", "Sapp", "Tolliver", "Upshaw", "Vaughn",
           "Wheeler", "Winslow", "Ashby", "Burkhart", "Chambers", "Dunlap", "Farris",
           "Gibbs", "Holloway", "Jenkins", "Kimes", "Lawson", "Mabry", "Norris", "Pyle",
           "Rippee", "Sharp", "Tiller", "Wommack", "Yocum", "Barnett", "Cagle", "Easley"]
S_SCOTSIRISH = ["McCoy", "McBride", "McDonald", "McFarland", "McAlister", "McGee",
                "McKinney", "McClure", "McCullough", "Blevins", "Caudill", "Hatfield",
                "Tackett", "Blankenship", "Dunaway", "Hensley", "Honeycutt", "Lunsford",
                "Rutherford", "Campbell", "Ferguson", "Kilgore", "Gilliam", "Maddox",
                "Cunningham", "Galloway", "Montgomery", "Crockett", "Boggs", "Stout"]
S_GERMAN = ["Schneider", "Hoffmann", "Krueger", "Zimmerman", "Hartmann", "Wagner", "Becker",
            "Schmidt", "Fischer", "Vogel", "Kuhn", "Stoltzfus", "Yoder", "Weber", "Bauer",
            "Koch", "Brandt", "Lehmann", "Strickler", "Eckhoff", "Heinrich", "Dierks",
            "Friedrich", "Huebner", "Kessler", "Lindemann", "Obermann", "Reinholt",
            "Uhlmann", "Pfeiffer", "Schoenberger", "Mueller", "Oberholtzer", "Hershberger",
            "Gingerich", "Burkholder"]
M_GERMAN = ["Otto", "Herman", "Wilhelm", "Gustav", "Ernst", "Karl", "Fritz", "Dietrich"]
F_GERMAN = ["Gertrude", "Hilda", "Elsa", "Ingrid", "Frieda", "Greta", "Lena", "Anna"]
M_HISP = ["José", "Juan", "Luis", "Carlos", "Jesús", "Francisco", "Miguel", "Alejandro",
          "Roberto", "Ignacio", "Guadalupe", "Raúl", "Héctor", "Andrés", "Ramón", "Rubén",
          "Sergio", "Arturo", "Efraín", "Joaquín", "Víctor", "Ángel", "Eduardo", "Alberto"]
F_HISP = ["María", "Guadalupe", "Rosa", "Ana", "Juana", "Verónica", "Sofía", "Lucía",
          "Mónica", "Adriana", "Yesenia", "Alejandra", "Beatriz", "Leticia", "Marisol",
          "Araceli", "Inés", "Belén", "Raquel", "Elena"]
S_HISP = ["García", "Martínez", "Hernández", "López", "González", "Rodríguez", "Ramírez",
          "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Ortiz",
          "Castillo", "Vargas", "Mendoza", "Guzmán", "Núñez", "Peña", "Ibáñez", "Muñoz",
          "Jiménez", "Sánchez", "Pérez", "Chávez", "Domínguez", "Villarreal", "Zúñiga"]
M_AA = ["DeShawn", "Jamal", "Tyrone", "Marquis", "Darnell", "Andre", "Reginald",
        "Cornelius", "Booker", "Demetrius", "Terrell", "Jerome", "Otis", "Roosevelt",
        "Willie", "Alphonso", "Cedric", "LaMarcus"]
F_AA = ["LaTonya", "Keisha", "Shanice", "Latoya", "Monique", "Odessa", "Willie Mae",
        "Ebony", "Tamika", "Yolanda", "Bernice", "Lakisha", "Shaniqua", "Hattie",
        "Ernestine", "Cleotha"]
S_AA = ["Washington", "Jefferson", "Jackson", "Robinson", "Freeman", "Banks", "Booker",
        "Gaines", "Mosley", "Tolbert", "Whitfield", "Dorsey", "Pettiford", "Merriweather",
        "Gladney", "Hairston", "Bledsoe", "Toliver"]
M_VIET = ["Minh", "Thanh", "Hung", "Tuan", "Quang", "Duc", "Long", "Khoa", "Phong", "Bao"]
F_VIET = ["Lan", "Mai", "Linh", "Huong", "Phuong", "Thuy", "Anh", "Hoa", "Ngoc", "Trang"]
S_VIET = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Ngô"]
M_HMONG = ["Pao", "Tou", "Kou", "Chue", "Fue", "Neng", "Txong", "Yia", "Teng", "Vam"]
F_HMONG = ["Nou", "Mai", "Yer", "Xee", "Blia", "Chia", "Shoua", "Kia", "Pa", "Mee"]
S_HMONG = ["Vang", "Xiong", "Yang", "Lee", "Thao", "Lor", "Her", "Moua", "Vue", "Chang",
           "Kue", "Khang"]
S_NATIVE = ["Sixkiller", "Hummingbird", "Soap", "Proctor", "Squirrel", "Fourkiller",
            "Walkingstick", "Christie", "Wolfe", "Pigeon", "Bearpaw", "Cornsilk", "Glass",
            "Deerinwater", "Gritts", "Tehee", "Swimmer", "Bigfeather"]
ORIGINS = [("anglo", 40), ("scotsirish", 13), ("german", 14), ("hisp", 12), ("aa", 8),
           ("viet", 3), ("hmong", 5), ("native", 5)]

NICKS = {
    "William": ["Bill", "Billy", "Will", "Willie"], "Robert": ["Bob", "Bobby", "Rob"],
    "James": ["Jim", "Jimmy", "Jamie"], "John": ["Johnny", "Jack"],
    "Richard": ["Rick", "Dick", "Rich"], "Charles": ["Charlie", "Chuck"],
    "Joseph": ["Joe", "Joey"], "Thomas": ["Tom", "Tommy"], "Michael": ["Mike"],
    "David": ["Dave"], "Daniel": ["Dan", "Danny"], "Edward": ["Ed", "Eddie", "Ted"],
    "Kenneth": ["Ken", "Kenny"], "Ronald": ["Ron", "Ronnie"], "Donald": ["Don", "Donnie"],
    "Gerald": ["Jerry"], "Lawrence": ["Larry"], "Raymond": ["Ray"], "Eugene": ["Gene"],
    "Walter": ["Walt"], "Samuel": ["Sam"], "Benjamin": ["Ben"], "Steven": ["Steve"],
    "Douglas": ["Doug"], "Gregory": ["Greg"], "Jeffrey": ["Jeff"], "Anthony": ["Tony"],
    "Timothy": ["Tim"], "Matthew": ["Matt"], "Christopher": ["Chris"],
    "Andrew": ["Andy", "Drew"], "Nicholas": ["Nick"], "Patrick": ["Pat"],
    "Franklin": ["Frank"], "Frederick": ["Fred"], "Clifford": ["Cliff"],
    "Delbert": ["Del"], "Harold": ["Hal"], "Leroy": ["Roy"], "Alvin": ["Al"],
    "Margaret": ["Peggy", "Maggie", "Marge"], "Elizabeth": ["Liz", "Beth", "Betty", "Betsy"],
    "Patricia": ["Pat", "Patty", "Trish"], "Jennifer": ["Jenny", "Jen"],
    "Katherine": ["Kathy", "Kate", "Katie"], "Deborah": ["Debbie", "Deb"],
    "Barbara": ["Barb"], "Susan": ["Sue", "Susie"], "Dorothy": ["Dot", "Dottie"],
    "Rebecca": ["Becky"], "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Kimberly": ["Kim"],
    "Christina": ["Tina", "Chris"], "Theresa": ["Terri"], "Virginia": ["Ginny"],
    "Judith": ["Judy"], "Sandra": ["Sandy"], "Mildred": ["Millie"], "Frances": ["Fran"],
    "Roberta": ["Bobbie"], "Geraldine": ["Gerri"], "Josephine": ["Jo"],
    "Victoria": ["Vicki"], "Samantha": ["Sam"], "Jacqueline": ["Jackie"],
    "Teresa": ["Terri"], "Stephanie": ["Steph"], "Melissa": ["Missy"],
    "Loretta": ["Retta"], "Kayla": ["Kay"], "Debra": ["Debbie"],
    "José": ["Pepe"], "Francisco": ["Paco", "Pancho"], "Guadalupe": ["Lupe"],
    "Jesús": ["Chuy"], "Roberto": ["Beto"], "Alberto": ["Beto"], "Ignacio": ["Nacho"],
    "Alejandro": ["Alex"], "Eduardo": ["Lalo"], "Alejandra": ["Ale"],
    "Wilhelm": ["Bill"], "Gertrude": ["Gertie", "Trudy"], "Herman": ["Herm"],
    "Reginald": ["Reggie"], "Cornelius": ["Neil"], "Demetrius": ["Meech"],
}
DOUBLE_GIVEN_M = [("James", "Robert", "Jim Bob"), ("Billy", "Ray", "Billy Ray"),
                  ("Robert", "Joe", "Bobby Joe"), ("John", "Robert", "J.R."),
                  ("James", "Earl", "J.E."), ("Thomas", "Lee", "T.L."),
                  ("Joseph", "Dean", "Joe Dean"), ("Billy", "Wayne", "Billy Wayne")]
DOUBLE_GIVEN_F = [("Mary", "Beth", "Mary Beth"), ("Betty", "Sue", "Betty Sue"),
                  ("Linda", "Kay", "Linda Kay"), ("Peggy", "Jo", "Peggy Jo"),
                  ("Mary", "Ann", "Mary Ann")]
BUBBA_NICKS = ["Bubba", "Junior", "Sonny", "Buck", "Skeeter", "Red", "Tater", "Doc"]
MIDDLES_M = ["Lee", "Ray", "Wayne", "Dean", "Eugene", "Allen", "Edward", "Lynn", "Joe",
             "Dale", "Gene", "Earl", "Michael", "Scott", "Paul", "Glen", "Robert", "Alan"]
MIDDLES_F = ["Ann", "Lynn", "Marie", "Kay", "Jo", "Sue", "Jean", "Louise", "Mae", "Faye",
             "Elaine", "Renee", "Dawn", "Michelle", "Nicole", "Rose"]
COMMON_NAMES = [("James", "Smith", "M"), ("Mary", "Johnson", "F"), ("John", "Smith", "M"),
                ("Robert", "Johnson", "M"), ("Mary", "Smith", "F"), ("James", "Johnson", "M"),
                ("William", "Brown", "M"), ("Linda", "Davis", "F"), ("Michael", "Miller", "M"),
                ("José", "García", "M"), ("Patricia", "Williams", "F"), ("David", "Jones", "M"),
                ("Tou", "Vang", "M"), ("Charles", "Wilson", "M"), ("Larry", "Moore", "M")]

# ---------------------------------------------------------------------------
# Mail providers (local parts are always invented)
# ---------------------------------------------------------------------------
MAIL_DOMAINS = [("gmail.com", 34), ("yahoo.com", 17), ("hotmail.com", 7), ("aol.com", 7),
                ("centurytel.net", 11), ("windstream.net", 9), ("bryantcreek.net", 4),
                ("flatrocktel.net", 4), ("redbudlink.net", 4), ("cedargapisp.net", 3)]
OLD_DOMAINS = ["aol.com", "centurytel.net", "windstream.net", "juno.com", "yahoo.com"]


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
def wchoice(pairs):
    """Weighted choice from a list of (value, weight)."""
    total = sum(w for _, w in pairs)
    x = R.random() * total
    acc = 0.0
    for v, w in pairs:
        acc += w
        if x < acc:
            return v
    return pairs[-1][0]


def chance(p):
    return R.random() < p


USED_IDS = set()


def new_id():
    while True:
        h = "c%07x" % R.getrandbits(28)
        if h not in USED_IDS:
            USED_IDS.add(h)
            return h


def strip_accents(s):
    if s is None:
        return None
    out = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in out if not unicodedata.combining(c))
    return out.replace("Đ", "D").replace("đ", "d")


def mangle_accents(s):
    """Mojibake as produced by a latin-1 reading of UTF-8 bytes."""
    try:
        return s.encode("utf-8").decode("latin-1")
    except UnicodeError:
        return s


def has_accent(s):
    return s is not None and strip_accents(s) != s


KEYB = {"a": "qsz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh",
        "h": "gj", "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm",
        "o": "ip", "p": "o", "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi",
        "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x"}


def typo(s, kinds=("sub", "del", "dup", "swap")):
    """One realistic typing error inside a word (never the first letter)."""
    if not s or len(s) < 4:
        return s
    idx = [i for i in range(1, len(s)) if s[i].isalpha()]
    if not idx:
        return s
    k = R.choice(kinds)
    i = R.choice(idx)
    c = s[i]
    if k == "sub":
        low = strip_accents(c.lower())
        rep = R.choice(KEYB.get(low, "e"))
        rep = rep.upper() if c.isupper() else rep
        return s[:i] + rep + s[i + 1:]
    if k == "del":
        return s[:i] + s[i + 1:]
    if k == "dup":
        return s[:i] + c + s[i:]
    if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
        return s[:i] + s[i + 1] + c + s[i + 2:]
    return s[:i] + s[i + 1:]


def title(s):
    return " ".join(w[:1].upper() + w[1:].lower() if w else w for w in s.split(" "))


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
USED_PHONES = set()


def new_phone(area):
    """A unique invented 10-digit number in the 555 exchange."""
    while True:
        n = area + "555" + "%04d" % R.randrange(0, 10000)
        if n[-4:] == "1212":
            continue
        if n not in USED_PHONES:
            USED_PHONES.add(n)
            return n


def fmt_phone(d, style):
    a, p, s = d[:3], d[3:6], d[6:]
    if style == "paren":
        return "(%s) %s-%s" % (a, p, s)
    if style == "dash":
        return "%s-%s-%s" % (a, p, s)
    if style == "dot":
        return "%s.%s.%s" % (a, p, s)
    if style == "plain":
        return d
    if style == "space":
        return "%s %s %s" % (a, p, s)
    if style == "local":
        return "%s-%s" % (p, s)
    if style == "plus1":
        return "+1 %s-%s-%s" % (a, p, s)
    if style == "one":
        return "1-%s-%s-%s" % (a, p, s)
    if style == "parennospace":
        return "(%s)%s-%s" % (a, p, s)
    return "(%s) %s-%s" % (a, p, s)


def digit_off(d):
    i = R.randrange(4, 10)
    nd = str((int(d[i]) + R.choice([1, 9, 2, 8])) % 10)
    return d[:i] + nd + d[i + 1:]


def transpose_digits(d):
    for _ in range(20):
        i = R.randrange(3, 9)
        if d[i] != d[i + 1]:
            return d[:i] + d[i + 1] + d[i] + d[i + 2:]
    return digit_off(d)


# ---------------------------------------------------------------------------
# Addresses.  An address is a dict; line rendering chooses among real forms.
# ---------------------------------------------------------------------------
USED_ADDR = set()


def pick_town(state=None):
    if state is None:
        return TOWNS[wchoice([(i, w) for i, w in enumerate(TOWN_WEIGHTS)])]
    cands = [(i, w) for i, w in enumerate(TOWN_WEIGHTS) if TOWNS[i][1] == state]
    return TOWNS[wchoice(cands)]


def town_by_name(name, state):
    for t in TOWNS:
        if t[0] == name and t[1] == state:
            return t
    raise KeyError(name)


def addr_key(a):
    k = a["k"]
    if k == "street":
        return ("street", a["n"], a.get("pre") or "", a["name"], a["st"], a["zip"])
    if k in ("rr", "hc"):
        return (k, a["route"], a["box"], a["zip"])
    if k == "cr":
        return ("cr", a["n"], a["cr"], a["zip"])
    if k == "hwy":
        return ("hwy", a["n"], a["hw"], a["zip"])
    if k == "grid":
        return ("grid", a["n"], a["gdir"], a["grid"], a["zip"])
    if k == "pobox":
        return ("pobox", a["box"], a["zip"])
    if k == "dirs":
        return ("dirs", a["dist"], a["dir"], a["landmark"], a["zip"])
    return (k, a["zip"])


def base_addr(town, kind):
    return {"k": kind, "city": town[0], "state": town[1], "zip": town[2],
            "zip4": "%04d" % R.randrange(1, 9999), "unit": None, "town": town}


def make_addr(town, kind, register=True, **kw):
    """Create a fresh, unique address of one kind in a town."""
    for _ in range(200):
        a = base_addr(town, kind)
        if kind == "street":
            a["n"] = str(R.choice([R.randrange(100, 999), R.randrange(100, 2400)]))
            a["pre"] = R.choice([None, None, None, "N", "S", "E", "W"])
            a["name"] = kw.get("name") or R.choice(TOWN_STREETS)
            a["st"] = R.choice(["st", "st", "st", "ave", "dr", "ln", "rd", "cir", "ct", "blvd"])
            if a["name"][0].isdigit():
                a["st"] = "st"
            if chance(0.07):
                a["unit"] = R.choice(["Apt %d" % R.randrange(1, 12), "Apt %s" % R.choice("ABCD"),
                                      "Lot %d" % R.randrange(1, 40), "Unit %d" % R.randrange(1, 8)])
        elif kind == "rural":
            a["k"] = "street"
            a["n"] = str(R.randrange(1000, 29999))
            a["pre"] = None
            a["name"] = kw.get("name") or R.choice(RURAL_ROADS)
            a["st"] = R.choice(["rd", "rd", "rd", "ln", "dr", "trl"])
        elif kind in ("rr", "hc"):
            a["route"] = kw.get("route") or str(R.randrange(1, 7) if kind == "rr" else R.choice([61, 62, 71, 72, 73, 1, 3]))
            a["box"] = kw.get("box") or str(R.randrange(1, 420))
        elif kind == "cr":
            a["n"] = kw.get("n") or str(R.randrange(1000, 29999))
            if town[1] == "AR":
                a["cr"] = kw.get("cr") or str(R.randrange(1, 9) * 1000 + R.randrange(1, 999))
            else:
                a["cr"] = kw.get("cr") or str(R.randrange(100, 999))
        elif kind == "hwy":
            a["n"] = kw.get("n") or str(R.randrange(1000, 29999))
            if "hw" in kw:
                a["hw"], a["hwt"] = kw["hw"], kw["hwt"]
            elif chance(0.3):
                a["hw"], a["hwt"] = R.choice(US_HWYS[town[1]]), "us"
            else:
                a["hw"], a["hwt"] = R.choice(STATE_HWYS[town[1]]), "state"
        elif kind == "grid":
            a["n"] = kw.get("n") or str(R.randrange(40000, 49999) if R.random() < 0.5 else R.randrange(400, 999))
            a["gdir"] = kw.get("gdir") or R.choice(["S", "E", "N", "W"])
            if "grid" in kw:
                a["grid"] = kw["grid"]
            elif a["gdir"] in ("S", "N"):
                a["grid"] = str(R.randrange(440, 480) * 10)
            else:
                a["grid"] = "0%d" % (R.randrange(40, 99) * 10)
        elif kind == "pobox":
            a["box"] = kw.get("box") or str(R.randrange(1, 1999))
            a["zip4"] = "%04d" % (int(a["box"]) % 9999 or 1)
        elif kind == "dirs":
            a["dist"] = R.choice(["1/2", "1", "2", "3", "1/4"])
            a["dir"] = R.choice(["N", "S", "E", "W"])
            a["landmark"] = R.choice(LANDMARKS)
        key = addr_key(a)
        if key not in USED_ADDR:
            if register:
                USED_ADDR.add(key)
            return a
        kw = {}
    raise RuntimeError("address space exhausted")


def rural_kind(state):
    if state == "OK":
        return wchoice([("grid", 30), ("rr", 12), ("hwy", 20), ("rural", 18), ("cr", 10), ("hc", 4)])
    if state == "KS":
        return wchoice([("rural", 40), ("hwy", 20), ("rr", 15), ("cr", 20)])
    return wchoice([("cr", 28), ("rr", 20), ("hwy", 22), ("rural", 22), ("hc", 6)])


def copy_addr(a):
    b = dict(a)
    return b


def hwy_forms(a):
    h, st = a["hw"], a["state"]
    if a["hwt"] == "us":
        return ["US Hwy %s" % h, "US-%s" % h, "Highway %s" % h, "U.S. Highway %s" % h,
                "US Highway %s" % h, "Hwy %s" % h, "US %s" % h]
    if not h.isdigit():
        return ["State Hwy %s" % h, "Hwy %s" % h, "Route %s" % h, "Highway %s" % h,
                "State Route %s" % h, "State Highway %s" % h]
    pre = {"MO": "MO", "AR": "AR", "OK": "OK", "KS": "K"}[st]
    forms = ["State Highway %s" % h, "Hwy %s" % h, "%s-%s" % (pre, h), "State Hwy %s" % h,
             "Highway %s" % h, "%s Hwy %s" % ({"K": "KS"}.get(pre, pre), h)]
    if st == "AR":
        forms.append("Ark Hwy %s" % h)
    return forms


def render_line1(a, v=None):
    """Render line1 of an address.  v is a variant index (None = random)."""
    k = a["k"]

    def pick(forms):
        return forms[v % len(forms)] if v is not None else R.choice(forms)
    if k == "street":
        parts = [a["n"]]
        if a.get("pre"):
            parts.append(pick(DIR_FORMS[a["pre"]]))
        parts.append(a["name"])
        parts.append(pick(ST_FORMS[a["st"]]))
        return " ".join(parts)
    if k == "rr":
        r, b = a["route"], a["box"]
        return pick(["RR %s Box %s" % (r, b), "Rural Route %s, Box %s" % (r, b),
                     "R.R. %s, Box %s" % (r, b), "Rt %s Box %s" % (r, b),
                     "Route %s Box %s" % (r, b), "RR%s Box %s" % (r, b),
                     "RR %s, Box %s" % (r, b), "Rte %s Box %s" % (r, b)])
    if k == "hc":
        r, b = a["route"], a["box"]
        return pick(["HC %s Box %s" % (r, b), "HCR %s Box %s" % (r, b),
                     "HC %s, Box %s" % (r, b), "H.C. %s Box %s" % (r, b)])
    if k == "cr":
        n, c = a["n"], a["cr"]
        return pick(["%s County Road %s" % (n, c), "%s CR %s" % (n, c), "%s Co Rd %s" % (n, c),
                     "%s Co. Rd. %s" % (n, c), "%s County Rd %s" % (n, c), "%s C.R. %s" % (n, c)])
    if k == "hwy":
        return "%s %s" % (a["n"], pick(hwy_forms(a)))
    if k == "grid":
        n, d, g = a["n"], a["gdir"], a["grid"]
        full = {"S": "South", "N": "North", "E": "East", "W": "West"}[d]
        g2 = g.lstrip("0")
        return pick(["%s %s %s Rd" % (n, d, g), "%s %s. %s Road" % (n, d, g),
                     "%s %s %s Road" % (n, full, g2), "%s %s%s Rd" % (n, d, g),
                     "%s %s %s Rd" % (n, d, g2)])
    if k == "pobox":
        b = a["box"]
        return pick(["PO Box %s" % b, "P.O. Box %s" % b, "Box %s" % b, "POB %s" % b,
                     "Post Office Box %s" % b, "P O Box %s" % b])
    if k == "dirs":
        d, dr, lm = a["dist"], a["dir"], a["landmark"]
        full = {"S": "South", "N": "North", "E": "East", "W": "West"}[dr]
        return pick(["%s mi %s of %s" % (d, dr, lm), "%s mile %s of %s" % (d, full, lm),
                     "%s mi %s of %s" % (d, full.lower(), lm)])
    raise ValueError(k)


def same_road(a):
    """A neighbouring place on the same road (for father/son farms)."""
    k = a["k"]
    for _ in range(100):
        b = copy_addr(a)
        b["unit"] = None
        b["zip4"] = "%04d" % R.randrange(1, 9999)
        if k in ("rr", "hc"):
            b["box"] = str(max(1, int(a["box"]) + R.choice([-3, -2, -1, 1, 2, 3, 5])))
        elif k in ("cr", "hwy", "grid") or (k == "street" and int(a["n"]) >= 1000):
            b["n"] = str(int(a["n"]) + R.choice([-420, -260, -150, 140, 210, 380, 515]))
        else:
            return None
        if addr_key(b) not in USED_ADDR:
            USED_ADDR.add(addr_key(b))
            return b
    return None


def road_key(a):
    k = a["k"]
    if k in ("rr", "hc"):
        return "%s %s" % (k, a["route"])
    if k == "cr":
        return "cr %s" % a["cr"]
    if k == "hwy":
        return "hwy %s" % a["hw"].lower()
    if k == "grid":
        return "%s %s" % (a["gdir"].lower(), a["grid"].lstrip("0"))
    if k == "street":
        return "%s %s" % (a["name"].lower(), a["st"])
    return None


def fmt_zip(a, style):
    if style == "zip5":
        return a["zip"]
    if style == "zip4":
        return "%s-%s" % (a["zip"], a["zip4"])
    if style == "zip9":
        return a["zip"] + a["zip4"]
    return a["zip"]


def trunc(s, n=20):
    if s is None:
        return None
    s = s[:n].rstrip()
    return s or None


def render_address(a, src, co=None, city_alt=None):
    """Render an address dict as the given source writes it."""
    line1 = render_line1(a)
    line2 = a.get("unit")
    if co:
        line2 = line1 + (" " + line2 if line2 else "")
        line1 = R.choice(["c/o ", "C/O ", "c/o "]) + co
    city = city_alt or a["city"]
    st = a["state"]
    if src == "qbo":
        region = wchoice([(st, 80), (STATE_FORMS[st][2], 10), (STATE_FORMS[st][1], 10)])
        postal = fmt_zip(a, wchoice([("zip5", 62), ("zip4", 38)]))
        country = wchoice([("US", 45), ("USA", 25), (None, 30)])
    elif src == "legacy":
        line1, line2, city = (trunc(x.upper()) if x else None for x in (line1, line2, city))
        region = st
        postal = fmt_zip(a, wchoice([("zip5", 60), ("zip4", 20), ("zip9", 20)]))
        country = wchoice([("USA", 50), (None, 50)])
    elif src == "portal":
        if chance(0.4):
            line1 = line1.lower()
            line2 = line2.lower() if line2 else None
            city = city.lower()
        region = wchoice([(STATE_FORMS[st][2], 40), (st, 30), (st.lower(), 10), (STATE_FORMS[st][3], 10),
                          (STATE_FORMS[st][2].lower(), 10)])
        postal = fmt_zip(a, wchoice([("zip5", 90), ("zip4", 10)]))
        country = wchoice([("United States", 50), ("US", 20), (None, 30)])
    elif src == "tablet":
        if chance(0.35):
            line1 = line1.upper()
            line2 = line2.upper() if line2 else None
            city = city.upper()
        region = st
        postal = fmt_zip(a, "zip5") if chance(0.8) else None
        country = wchoice([("US", 50), (None, 50)])
    else:  # paper
        if city in CITY_ABBR and chance(0.35):
            city = CITY_ABBR[city]
        region = wchoice([(st, 60), (STATE_FORMS[st][1], 25), (STATE_FORMS[st][2], 15)])
        postal = fmt_zip(a, wchoice([("zip5", 85), ("zip4", 15)]))
        country = wchoice([(None, 70), ("USA", 20), ("U.S.A.", 10)])
    return {"line1": line1, "line2": line2, "city": city, "region": region,
            "postalCode": postal, "country": country}


# ---------------------------------------------------------------------------
# Generator-side normalisation (used to compute evidence / shared facts).
# check.py has its own, independently written, normaliser.
# ---------------------------------------------------------------------------
_TOK = {"street": "st", "road": "rd", "drive": "dr", "lane": "ln", "avenue": "ave",
        "av": "ave", "circle": "cir", "trail": "trl", "court": "ct", "place": "pl",
        "boulevard": "blvd", "north": "n", "south": "s", "east": "e", "west": "w",
        "northeast": "ne", "southeast": "se", "northwest": "nw", "southwest": "sw",
        "mile": "mi", "miles": "mi", "mount": "mt"}


def g_canon_line(s):
    if not s:
        return None
    s = strip_accents(s).lower()
    if s.startswith("c/o") or s.startswith("meter"):
        return None
    s = s.replace("1/2", " half ").replace("1/4", " quarter ")
    s = re.sub(r"\b([nsew])\.\s*([ew])\.", r"\1\2", s)
    s = re.sub(r"[.,#]", " ", s)
    s = re.sub(r"\b([a-z]{1,2})-(\d+)\b", r"\1 \2", s)
    s = re.sub(r"\b(rr|hc|hcr)(\d+)\b", r"\1 \2", s)
    s = re.sub(r"\b([nsew])(\d{3,})\b", r"\1 \2", s)
    s = " ".join(_TOK.get(t, t) for t in s.split())
    s = re.sub(r"\b(rural route|r r|rr|rte|rt|route)\s+(\d+)\s+box\s+(\d+)", r"rr \2 box \3", s)
    s = re.sub(r"\b(hcr|hc|h c)\s+(\d+)\s+box\s+(\d+)", r"hc \2 box \3", s)
    s = re.sub(r"^(post office box|p o box|po box|pob|box)\s+(\d+)", r"pobox \2", s)
    s = re.sub(r"\b(county rd|county road|co rd|co road|cr|c r)\s+(\d+)", r"cr \2", s)
    s = re.sub(r"\b(state highway|state hwy|state route|us highway|us hwy|u s highway|u s hwy|"
               r"ark hwy|mo hwy|ks hwy|ok hwy|ar hwy|highway|hwy|us|mo|ar|ok|ks|k|route|rte)\s+"
               r"(\d+|[a-z]{1,2})\b", r"hwy \2", s)
    s = re.sub(r"\b0+(\d)", r"\1", s)
    return " ".join(s.split())


_CITY_TOK = {"mtn": "mountain", "ft": "fort", "w": "west", "spgs": "springs", "spg": "spring",
             "grv": "grove"}


def g_canon_city(s):
    if not s:
        return None
    s = re.sub(r"[^a-z ]", " ", strip_accents(s).lower())
    return " ".join(_CITY_TOK.get(t, t) for t in s.split())


def g_addr_lines(ad):
    out = []
    if ad:
        for key in ("line1", "line2"):
            c = g_canon_line(ad.get(key))
            if c:
                out.append(c)
    return out


def g_addr_shared(x, y):
    if not x or not y:
        return False
    lx, ly = g_addr_lines(x), g_addr_lines(y)
    if not any(l in ly for l in lx):
        return False
    zx = re.sub(r"\D", "", x.get("postalCode") or "")[:5]
    zy = re.sub(r"\D", "", y.get("postalCode") or "")[:5]
    if zx and zy and zx == zy:
        return True
    cx, cy = g_canon_city(x.get("city")), g_canon_city(y.get("city"))
    return bool(cx and cy and cx == cy)


def g_phone_numbers(s):
    if not s:
        return []
    s = re.sub(r"(?i)\b(ext|x|ext\.)\s*\d+", " ", s)
    out = []
    for m in re.finditer(r"(\+?1[\s.-]?)?(\(?\d{3}\)?[\s.-]*)?\d{3}[\s.-]?\d{4}", s):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) == 11 and d[0] == "1":
            d = d[1:]
        if len(d) in (7, 10):
            out.append(d)
    return out


def g_phone_shared(x, y):
    px, py = g_phone_numbers(x), g_phone_numbers(y)
    for a in px:
        for b in py:
            if a == b:
                return True
            if (len(a) == 7 or len(b) == 7) and a[-7:] == b[-7:]:
                return True
    return False


def g_email_shared(x, y):
    return bool(x and y and x.strip().lower() == y.strip().lower())


def g_evidence(rec, cmp):
    ev = []
    if g_email_shared(rec["email"], cmp["email"]):
        ev.append("email")
    if g_phone_shared(rec["phone"], cmp["phone"]):
        ev.append("phone")
    if g_addr_shared(rec["address"], cmp["address"]):
        ev.append("address")
    return ev


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------
def name_lists(origin, gender):
    m = gender == "M"
    if origin == "anglo":
        return (M_ANGLO if m else F_ANGLO), S_ANGLO
    if origin == "scotsirish":
        return (M_ANGLO if m else F_ANGLO), S_SCOTSIRISH
    if origin == "german":
        return ((M_ANGLO + M_GERMAN) if m else (F_ANGLO + F_GERMAN)), S_GERMAN
    if origin == "hisp":
        return (M_HISP if m else F_HISP), S_HISP
    if origin == "aa":
        return ((M_AA + M_ANGLO[:30]) if m else (F_AA + F_ANGLO[:30])), (S_AA + S_ANGLO[:20])
    if origin == "viet":
        return (M_VIET if m else F_VIET), S_VIET
    if origin == "hmong":
        return (M_HMONG if m else F_HMONG), S_HMONG
    return (M_ANGLO if m else F_ANGLO), S_NATIVE


def pick_given(origin, gender):
    return R.choice(name_lists(origin, gender)[0])


def pick_family(origin):
    return R.choice(name_lists(origin, "M")[1])


def make_person_name(origin=None, gender=None, given=None, family=None):
    origin = origin or wchoice(ORIGINS)
    gender = gender or R.choice("MF")
    p = {"origin": origin, "gender": gender, "suffix": None, "goes_by": None,
         "maiden": None, "mstyle": None, "middle": None}
    p["given"] = given or pick_given(origin, gender)
    p["family"] = family or pick_family(origin)
    if origin == "viet":
        p["middle"] = "Văn" if gender == "M" else "Thị"
    elif origin == "hmong":
        p["middle"] = None
    elif origin == "hisp":
        if chance(0.2) and not family:
            other = pick_family("hisp")
            if other != p["family"]:
                p["family"] = p["family"] + " " + other
        p["middle"] = R.choice([None, None, pick_given("hisp", gender)])
    else:
        p["middle"] = R.choice(MIDDLES_M if gender == "M" else MIDDLES_F) if chance(0.75) else None
    if not given and origin in ("anglo", "scotsirish", "german", "aa", "native"):
        x = R.random()
        if x < 0.06:
            g, mid, gb = R.choice(DOUBLE_GIVEN_M if gender == "M" else DOUBLE_GIVEN_F)
            p["given"], p["middle"], p["goes_by"] = g, mid, gb
        elif x < 0.09 and p["middle"]:
            p["goes_by"] = "%s. %s" % (p["given"][0], p["middle"])   # J. Michael Smith
        elif x < 0.12 and gender == "M":
            p["goes_by"] = R.choice(BUBBA_NICKS)
        elif x < 0.45 and p["given"] in NICKS:
            p["goes_by"] = R.choice(NICKS[p["given"]])
    elif not given and origin == "hisp" and p["given"] in NICKS and chance(0.3):
        p["goes_by"] = R.choice(NICKS[p["given"]])
    if gender == "M" and origin != "viet" and origin != "hmong":
        x = R.random()
        if x < 0.06:
            p["suffix"] = "Jr."
        elif x < 0.09:
            p["suffix"] = "Sr."
        elif x < 0.105:
            p["suffix"] = "II"
        elif x < 0.12:
            p["suffix"] = "III"
    if gender == "F" and origin in ("anglo", "scotsirish", "german", "aa") and chance(0.09) and not family:
        maiden = pick_family(origin)
        if maiden != p["family"]:
            p["maiden"] = maiden
            p["mstyle"] = R.choice(["hyphen", "paren"])
    return p


def fam_full(p):
    """Family name as the customer uses it (with the hyphenated maiden name)."""
    if p.get("mstyle") == "hyphen":
        return "%s-%s" % (p["maiden"], p["family"])
    return p["family"]


def used_given(p):
    return p["goes_by"] if p["goes_by"] and p["goes_by"] not in BUBBA_NICKS else p["given"]


USED_EMAILS = set()


def ascii_low(s):
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())


def register_email(local, domain):
    local = local.strip(".") or "user"
    e = "%s@%s" % (local, domain)
    n = 0
    while e in USED_EMAILS:
        n += 1
        e = "%s%d@%s" % (local, R.choice([n, R.randrange(2, 99)]), domain)
    USED_EMAILS.add(e)
    return e


def person_email(p, domain=None, joint_with=None):
    g = ascii_low(used_given(p).replace(".", "") if p["goes_by"] and "." in p["goes_by"] else used_given(p))
    if p["goes_by"] in BUBBA_NICKS and chance(0.5):
        g = ascii_low(p["goes_by"])
    f = ascii_low(p["family"].split(" ")[0])
    domain = domain or wchoice(MAIL_DOMAINS)
    if joint_with:
        g2 = ascii_low(joint_with)
        local = R.choice(["%sand%s" % (g, g2), "%s%s" % (g, g2), "the%ss" % f, "%sfamily" % f,
                          "%s.%s.%s" % (g, g2, f)])
    else:
        yy = R.choice(["", "", str(R.randrange(40, 99)), str(R.randrange(1, 9999)), "417", "1962", "65"])
        local = R.choice(["%s.%s" % (g, f), "%s%s%s" % (g, f, yy), "%s%s" % (g[0], f),
                          "%s%s%s" % (f, g[0], yy), "%s_%s" % (g, f), "%s%s" % (g, yy or "1"),
                          "%sfarm%s" % (f, yy), "%s.%s%s" % (g, f, yy)])
    return register_email(local, domain)


def make_phones(area, landline_p=0.6, cell_p=0.75):
    ph = []
    if chance(landline_p):
        ph.append(new_phone(area))
    if chance(cell_p) or not ph:
        ph.append(new_phone(area if chance(0.85) else R.choice(["417", "870", "918", "620", "573", "479"])))
    return ph


def make_home(town, rural_p=0.68):
    """Mailing address and (if different) service location of a household."""
    st = town[1]
    if chance(rural_p):
        kind = rural_kind(st)
        svc = make_addr(town, kind)
        if chance(0.25):
            return make_addr(town, "pobox"), svc
        return svc, None
    svc = make_addr(town, "street")
    if chance(0.1):
        return make_addr(town, "pobox"), svc
    return svc, None


def make_person_entity(kind="person", town=None, name=None, origin=None, gender=None):
    town = town or pick_town()
    p = name or make_person_name(origin=origin, gender=gender)
    e = {"id": new_id(), "type": "person", "kind": kind, "p": p, "town": town,
         "spouse": None, "co": None, "old": None, "rentals": [], "emails": [],
         "company": None, "disambig": None, "hamlet": None}
    e["mail"], e["svc"] = make_home(town)
    if town[5] and chance(0.15):
        e["hamlet"] = R.choice(town[5])
    e["phones"] = make_phones(town[4])
    if kind == "joint" or kind == "deceased":
        sp_gender = "F" if p["gender"] == "M" else "M"
        e["spouse"] = {"given": pick_given(p["origin"], sp_gender), "gender": sp_gender}
        if e["spouse"]["given"] == p["given"]:
            e["spouse"]["given"] = pick_given("anglo", sp_gender)
    if chance(0.5 if kind != "person" else 0.45):
        e["emails"].append(person_email(p, joint_with=e["spouse"]["given"] if kind == "joint" and chance(0.5) else None))
    if kind == "care_of":
        co = make_person_name(origin=p["origin"])
        e["co"] = "%s %s" % (co["given"], R.choice([co["family"], p["family"]]))
        e["mail"] = make_addr(town, "pobox")
    # 911 readdressing: an old rural-route address kept in some systems
    m = e["svc"] or e["mail"]
    if m["k"] in ("cr", "hwy", "grid") or (m["k"] == "street" and int(m["n"]) >= 1000):
        if chance(0.22):
            e["old"] = make_addr(town, R.choice(["rr", "rr", "hc"]) if town[1] != "KS" else "rr")
    return e


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------
PLACES = ["Mt Zion", "Pleasant Grove", "Bethel", "New Hope", "Macedonia", "Shiloh",
          "Cedar Creek", "Oak Grove", "Friendship", "Antioch", "Liberty", "Union Hill",
          "Bryant Creek", "Spring Creek", "Hickory Grove", "Beaver Creek", "Lone Star",
          "Fairview", "Mt Pleasant", "Pine Ridge", "Rock Springs", "Walnut Grove",
          "Greenwood", "Prairie Hill", "Cave Spring", "Salem Ridge", "Turkey Creek",
          "Panther Creek", "Twin Bridges", "Lick Fork"]
SAINTS = ["Joseph", "Mary", "Patrick", "Anne", "John", "Jude", "Francis", "Agnes", "Boniface"]
LETTERS = ["R", "K", "J", "T", "C", "B", "D", "W", "H", "M", "S", "L"]
AGENT_TOWNS = [("Springfield", "MO", "65806", "Greene", "417", []),
               ("Branson", "MO", "65616", "Taney", "417", []),
               ("Tulsa", "OK", "74103", "Tulsa", "918", []),
               ("Little Rock", "AR", "72201", "Pulaski", "501", []),
               ("Overland Park", "KS", "66211", "Johnson", "913", [])]
CARRIERS = [("Heartland Wireless", "hwsites.net", "Tower Site", "sites"),
            ("Prairie Cellular", "prairiecell.com", "Site", "leasing"),
            ("Ozark Mobile", "ozarkmobile.net", "Cell Site #", "towerbilling"),
            ("TriState Tower Co", "tristatetower.com", "Tower", "utilities")]
AGENTS = [("Table Rock Property Mgmt", "tablerockpm.com", "rentals"),
          ("Tri-County Rental Services", "tricountyrentals.net", "office"),
          ("Lakeside Property Management", "lakesidepm.com", "billing"),
          ("Hilltop Realty & Rentals", "hilltoprealty.net", "pm"),
          ("Ozark Ag Management", "ozarkagmgmt.com", "office"),
          ("Heritage Farm Services", "heritagefarmsvc.com", "accounts")]
SCHOOL_BUILDINGS = ["Elementary", "High School", "Middle School", "Bus Barn", "Ag Building",
                    "Football Field", "Central Office", "Early Childhood Center", "Gym",
                    "Baseball Field", "Cafeteria", "Vo-Ag Shop"]
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
COUNTY_DEPTS = ["Road & Bridge", "Commission", "Sheriff's Office", "Courthouse",
                "Health Dept", "Extension Office", "Landfill", "Emergency Mgmt",
                "Assessor's Office", "Road District 2", "Road District 3", "Jail",
                "911 Dispatch", "Road Barn"]
CITY_DEPTS = ["Water Dept", "Street Dept", "City Hall", "Park & Rec", "Wastewater Plant",
              "Police Dept"]


DENOM_ACR = [("First Baptist Church of ", "fbc"), ("First United Methodist Church of ", "fumc"),
             ("First Christian Church of ", "fcc"), ("Missionary Baptist Church", "mbc"),
             ("Church of Christ", "coc"), ("Assembly of God", "aog"), ("Free Will Baptist Church", "fwb"),
             ("General Baptist Church", "gbc"), ("Pentecostal Holiness Church", "phc"),
             ("Cumberland Presbyterian Church", "cpc"), ("Catholic Church", "catholic"),
             ("Lutheran Church", "lutheran")]


def church_local(name):
    for pat, acr in DENOM_ACR:
        if pat in name:
            rest = name.replace(pat, " ")
            rest = re.sub(r"\(.*?\)|Trinity", " ", rest) if acr != "lutheran" else "trinity"
            return (acr + ascii_low(rest)) if pat.endswith("of ") else (ascii_low(rest) + acr)
    return ascii_low(name)[:14]


def contact_person(town, origin=None):
    p = make_person_name(origin=origin)
    return p


def county_seat(county, state):
    for t in TOWNS:
        if t[3] == county and t[1] == state:
            return t
    return None


ORG_NAMES = set()


def make_org_entity(kind, town=None, **kw):
    for _ in range(50):
        e = _make_org_entity(kind, town, **kw)
        key = company_key(drop_legal(e["company"]))
        if kw.get("company") or key not in ORG_NAMES:
            ORG_NAMES.add(key)
            return e
    raise RuntimeError("no free organisation name")


def _make_org_entity(kind, town=None, **kw):
    town = town or pick_town()
    e = {"id": new_id(), "type": "org", "kind": kind, "p": None, "town": town,
         "spouse": None, "co": None, "old": None, "rentals": [], "emails": [],
         "company": None, "disambig": None, "hamlet": None, "group": None}
    cp = kw.get("contact")
    area = town[4]
    if kind == "farm":
        owner = cp or make_person_name()
        e["p"] = owner if chance(0.8) else None
        fam = owner["family"].split(" ")[0]
        pat = kw.get("pattern") or wchoice([("fam", 30), ("bros", 8), ("sons", 6), ("brand", 22),
                                            ("place", 12), ("dairy", 8), ("poultry", 8), ("cattle", 6)])
        if owner["origin"] == "hmong" and chance(0.7):
            pat = "poultry"
        L = R.choice(LETTERS)
        if pat == "fam":
            name = "%s Farms" % fam if chance(0.7) else "%s Family Farm" % fam
        elif pat == "bros":
            name = R.choice(["%s Bros Farms", "%s Brothers Farm", "%s Bros. Farms"]) % fam
        elif pat == "sons":
            name = "%s & Sons Farm" % fam
        elif pat == "brand":
            name = "%s %s Ranch" % (R.choice(["Double", "Rocking", "Lazy", "Bar", "Circle", "Flying"]), L)
        elif pat == "place":
            name = "%s Farm" % R.choice(RURAL_ROADS + PLACES)
        elif pat == "dairy":
            name = "%s Dairy" % R.choice(["Hilltop", "Sunny Slope", "Meadow Brook", "Green Valley",
                                          fam, "Spring Hollow", "Clover Hill"])
        elif pat == "poultry":
            name = "%s Poultry Farm" % fam if chance(0.6) else "%s Poultry" % R.choice(["Sunrise", "Hilltop", fam, "Ridge Top"])
        else:
            name = "%s Cattle Co" % fam if chance(0.6) else "%s Hay & Cattle" % fam
        if chance(0.35) and "LLC" not in name:
            name += R.choice([" LLC", " LLC", " Inc", " Inc."])
        e["company"] = kw.get("company") or name
        e["mail"], e["svc"] = make_home(town, rural_p=0.95)
        e["phones"] = make_phones(area, 0.7, 0.8)
        if chance(0.5):
            e["emails"].append(person_email(owner) if chance(0.7) else
                               register_email(ascii_low(e["company"].replace(" LLC", "").replace(" Inc", ""))[:18], wchoice(MAIL_DOMAINS)))
    elif kind in ("church", "parsonage"):
        name = kw.get("company")
        if not name:
            t = town[0]
            pl = R.choice(PLACES)
            name = wchoice([("First Baptist Church of %s" % t, 12), ("First United Methodist Church of %s" % t, 5),
                            ("%s Missionary Baptist Church" % pl, 12), ("%s Church of Christ" % pl, 10),
                            ("%s Assembly of God" % pl, 8), ("St. %s Catholic Church" % R.choice(SAINTS), 5),
                            ("%s Free Will Baptist Church" % pl, 8), ("Trinity Lutheran Church (%s)" % t, 3),
                            ("%s General Baptist Church" % pl, 6), ("%s Pentecostal Holiness Church" % pl, 4),
                            ("%s Cumberland Presbyterian Church" % pl, 3), ("First Christian Church of %s" % t, 4)])
        e["company"] = name + (" Parsonage" if kind == "parsonage" and "Parsonage" not in name else "")
        e["p"] = cp if cp else (make_person_name() if chance(0.55) else None)
        if chance(0.5):
            e["mail"], e["svc"] = make_addr(town, "pobox"), make_addr(town, R.choice(["street", "rural", "hwy"]))
        else:
            e["mail"], e["svc"] = make_addr(town, R.choice(["street", "rural", "hwy", "cr"])), None
        e["phones"] = make_phones(area, 0.9, 0.3)
        if kind == "parsonage":
            if e["p"] is not None and chance(0.5):
                e["emails"].append(person_email(e["p"]))
        elif chance(0.55):
            base = church_local(name)
            e["emails"].append(register_email(R.choice([base, base, base + "church", "office." + base]),
                                              wchoice(MAIL_DOMAINS)))
    elif kind == "vfd":
        pl = kw.get("place") or R.choice([town[0]] + town[5] + PLACES)
        e["company"] = R.choice(["%s Volunteer Fire Dept", "%s Volunteer Fire Department",
                                 "%s VFD", "%s Rural Fire Protection District", "%s Fire Protection District"]) % pl
        e["p"] = make_person_name(gender="M") if chance(0.5) else None
        e["mail"], e["svc"] = make_addr(town, "pobox"), make_addr(town, R.choice(["hwy", "rural", "cr", "street"]))
        if chance(0.3):
            e["mail"], e["svc"] = e["svc"], None
        e["phones"] = make_phones(area, 0.7, 0.4)
        if chance(0.4):
            e["emails"].append(register_email(ascii_low(pl) + R.choice(["vfd", "fire", "fpd"]), wchoice(MAIL_DOMAINS)))
    elif kind == "school":
        e["company"] = kw["company"]
        e["group"] = kw.get("group")
        e["p"] = kw.get("contact")
        e["mail"], e["svc"] = kw["mail"], make_addr(town, R.choice(["street", "street", "hwy", "rural"]))
        e["phones"] = list(kw.get("phones") or make_phones(area, 1.0, 0.0))
        if kw.get("email"):
            e["emails"].append(kw["email"])
    elif kind == "public":
        e["company"] = kw["company"]
        e["group"] = kw.get("group")
        e["p"] = kw.get("contact")
        e["mail"], e["svc"] = kw["mail"], (make_addr(town, R.choice(["street", "rural", "hwy", "cr"])) if chance(0.7) else None)
        e["phones"] = list(kw.get("phones") or make_phones(area, 1.0, 0.0))
        if kw.get("email"):
            e["emails"].append(kw["email"])
    elif kind == "business":
        owner = cp or make_person_name()
        e["p"] = owner if chance(0.6) else None
        fam = owner["family"].split(" ")[0]
        name = kw.get("company")
        if not name:
            pl = R.choice(PLACES + RURAL_ROADS)
            t = town[0]
            g = used_given(owner) if owner["gender"] == "M" else R.choice(["Joe", "Bud", "Ray", "Hank", "Earl"])
            name = wchoice([("%s Feed & Seed" % t, 5), ("%s Feed Store" % fam, 5), ("%s Bait & Tackle" % pl, 6),
                            ("%s's Garage" % g, 6), ("%s Welding" % fam, 5), ("%s Auto Repair" % fam, 5),
                            ("%s Tire & Lube" % t, 3), ("%s General Store" % pl, 5), ("%s Hardware" % fam, 4),
                            ("%s Construction LLC" % fam, 5), ("%s Country Store" % pl, 4), ("%s Sawmill" % fam, 4),
                            ("%s Trucking" % fam, 5), ("%s Cafe" % pl, 4), ("%s Saddle Shop" % fam, 2),
                            ("%s Vet Clinic" % t, 3), ("%s Well Drilling" % fam, 4), ("%s Excavating" % fam, 4),
                            ("%s Marina" % pl, 2), ("%s Campground" % pl, 3), ("%s Body Shop" % fam, 3),
                            ("%s Lumber Co" % t, 2), ("%s Beauty Shop" % R.choice(["Shear Country", "Curl Up & Dye", fam]), 2),
                            ("%s Small Engine Repair" % fam, 3), ("%s Propane" % pl, 2), ("%s Processing" % fam, 2)])
        e["company"] = name
        e["mail"], e["svc"] = make_home(town, rural_p=0.55)
        e["phones"] = make_phones(area, 0.85, 0.5)
        if chance(0.55):
            e["emails"].append(person_email(owner) if chance(0.5) else
                               register_email(ascii_low(name)[:16], wchoice(MAIL_DOMAINS)))
    elif kind == "llc_rental":
        owner = cp or make_person_name()
        fam = owner["family"].split(" ")[0]
        e["p"] = owner if chance(0.5) else None
        name = kw.get("company") or wchoice([
            ("%s %s Rentals LLC" % (R.choice(["Hilltop", "Riverside", "Ozark", "Cedar", "Redbud", "Dogwood", "Timber"]),
                                   R.choice(["Ridge", "View", "Creek", "Hollow", "Bend"])), 8),
            ("%s%s Properties LLC" % (R.choice(LETTERS), R.choice(LETTERS)), 8),
            ("%s Holdings LLC" % R.choice(PLACES), 6), ("%s Rentals" % fam, 6),
            ("%s Lake Cabins LLC" % R.choice(["Norfork", "Bull Shoals", "Tenkiller", "Grand", "Table Rock"]), 4),
            ("%s Investments LLC" % fam, 4), ("%s Real Estate LLC" % fam, 3)])
        e["company"] = name
        e["mail"], e["svc"] = make_addr(town, R.choice(["street", "pobox", "rural"])), None
        e["rentals"] = [make_addr(pick_town(town[1]), R.choice(["street", "street", "rural", "rr", "cr"]))
                        for _ in range(R.randrange(2, 6))]
        e["phones"] = make_phones(area, 0.5, 0.9)
        if chance(0.6):
            e["emails"].append(person_email(owner))
    elif kind == "trust":
        tr = cp or make_person_name()
        e["p"] = tr
        fam = tr["family"].split(" ")[0]
        mi = (" %s." % tr["middle"][0]) if tr["middle"] else ""
        e["company"] = kw.get("company") or wchoice([
            ("%s Family Trust" % fam, 10), ("%s%s %s Revocable Trust" % (tr["given"], mi, fam), 6),
            ("%s Living Trust" % fam, 5), ("%s %s Trust" % (tr["given"], fam), 4),
            ("%s Irrevocable Trust" % fam, 2)])
        e["mail"], e["svc"] = make_home(town, rural_p=0.8)
        e["phones"] = make_phones(area, 0.6, 0.6)
        if chance(0.4):
            e["emails"].append(person_email(tr))
    elif kind == "tower":
        e["company"] = kw["company"]
        e["group"] = kw.get("group")
        e["p"] = None
        e["mail"] = kw["mail"]
        e["svc"] = make_addr(town, R.choice(["dirs", "hwy", "rural", "cr"]))
        e["phones"] = list(kw["phones"])
        e["emails"] = [kw["email"]]
        e["site"] = kw.get("site")
    else:  # misc
        pl = R.choice(PLACES + [town[0]])
        e["company"] = kw.get("company") or R.choice([
            "%s Cemetery Assn" % pl, "%s Cemetery Association" % pl, "%s Community Building" % pl,
            "%s Lions Club" % town[0], "%s Senior Center" % town[0], "%s Community Club" % pl,
            "%s Rural Water District #%d" % (town[3], R.randrange(1, 9)), "%s Rodeo Assn" % pl,
            "%s American Legion Post %d" % (town[0], R.randrange(10, 400)), "%s Masonic Lodge" % pl])
        e["p"] = make_person_name() if chance(0.6) else None
        e["mail"], e["svc"] = make_addr(town, "pobox"), make_addr(town, R.choice(["rural", "hwy", "dirs", "street"]))
        e["phones"] = make_phones(area, 0.5, 0.5)
        if chance(0.3):
            e["emails"].append(register_email(ascii_low(e["company"])[:14], wchoice(MAIL_DOMAINS)))
    return e


# ---------------------------------------------------------------------------
# Rendering of names as the different systems write them
# ---------------------------------------------------------------------------
def sfx(p, forms=None):
    s = p.get("suffix")
    if not s:
        return ""
    if forms == "caps":
        return " " + s.replace(".", "").upper()
    if s in ("Jr.", "Sr.") and chance(0.3):
        return ", " + s
    return " " + (s if chance(0.7) else s.replace(".", ""))


def qbo_person_name(e):
    """(displayName, givenName, familyName) as kept in QuickBooks."""
    p = e["p"]
    g = p["given"]
    if p["goes_by"]:
        g = used_given(p) if chance(0.65) else p["given"]
    if p["goes_by"] in BUBBA_NICKS and chance(0.5):
        g = '%s "%s"' % (p["given"], p["goes_by"])
    fam = fam_full(p)
    kind = e["kind"]
    if kind == "joint":
        sg = e["spouse"]["given"]
        disp = wchoice([("%s & %s %s" % (g, sg, fam), 40), ("%s and %s %s" % (g, sg, fam), 20),
                        ("%s, %s & %s" % (fam, g, sg), 20), ("%s, %s and %s" % (fam, g, sg), 20)])
        return disp, g, fam
    if kind == "estate":
        disp = wchoice([("Estate of %s %s" % (g, fam), 50), ("%s %s Estate" % (g, fam), 30),
                        ("%s, %s (Estate)" % (fam, g), 20)])
        return disp, g, fam
    mid = ""
    if p["middle"] and not (p["goes_by"] and p["goes_by"].startswith(p["given"][0] + ".")) and chance(0.15):
        mid = " %s." % strip_accents(p["middle"])[0]
    if p["mstyle"] == "paren":
        disp = "%s%s %s (%s)" % (g, mid, p["family"], p["maiden"])
        return disp, g, p["family"]
    if chance(0.12):
        disp = "%s, %s%s%s" % (fam, g, mid, sfx(p))
    else:
        disp = "%s%s %s%s" % (g, mid, fam, sfx(p))
    return disp, g, fam


def qbo_phone(e):
    ph = e["phones"]
    if not ph:
        return None
    x = R.random()
    if len(ph) > 1 and x < 0.08:
        return "%s / %s" % (fmt_phone(ph[0], "dash"), fmt_phone(ph[1], "dash"))
    if len(ph) > 1 and x < 0.12:
        return "H %s C %s" % (fmt_phone(ph[0], "dash"), fmt_phone(ph[1], "dash"))
    d = ph[0] if chance(0.6) else ph[-1]
    s = fmt_phone(d, wchoice([("paren", 60), ("dash", 30), ("plain", 5), ("dot", 5)]))
    if e["type"] == "org" and e["kind"] in ("school", "public") and chance(0.3):
        s += R.choice([" ext %d", " x%d", " Ext. %d"]) % R.randrange(10, 299)
    return s


def existing_record(e):
    if e["type"] == "person":
        disp, g, f = qbo_person_name(e)
        comp = None
    else:
        comp = e["company"]
        disp = comp
        if e["p"] is not None:
            g, f = used_given(e["p"]), fam_full(e["p"])
        else:
            g = f = None
    addr_obj = e["mail"]
    if e.get("old") and chance(0.3) and not (e["svc"] is None and False):
        # QuickBooks still has the pre-911 rural route address
        if e["svc"] is None:
            addr_obj = e["old"]
            e["qbo_old"] = True
    e["qbo_addr"] = addr_obj
    city_alt = e["hamlet"] if e["hamlet"] and chance(0.5) else None
    address = render_address(addr_obj, "qbo", co=e["co"], city_alt=city_alt)
    email = e["emails"][0] if e["emails"] else None
    phone = qbo_phone(e)
    rec = {"displayName": disp, "givenName": g, "familyName": f, "companyName": comp,
           "email": email, "phone": phone, "address": address}
    if chance(0.03) and (email or phone):
        rec["address"] = None
    elif chance(0.05) and phone and (email or address):
        rec["phone"] = None
    return rec


def caps20(s):
    return trunc(strip_accents(s).upper(), 20) if s else None


def legacy_person_name(e):
    """The 1990s billing system: one 20-character field, LAST FIRST MI, caps."""
    p = e["p"]
    fam = strip_accents(p["family"]).upper()
    if p["mstyle"] == "hyphen" and chance(0.5):
        fam = strip_accents(fam_full(p)).upper()
    g = strip_accents(p["given"]).upper()
    if p["goes_by"] and chance(0.25) and p["goes_by"] not in ("J.R.", "J.E.", "T.L."):
        g = strip_accents(used_given(p)).upper().replace(".", "")
    mi = (" " + strip_accents(p["middle"])[0].upper()) if p["middle"] and chance(0.7) else ""
    if chance(0.12) and e["kind"] != "joint":
        g = g[0]                                # SMITH J M
    s = " " + p["suffix"].replace(".", "").upper() if p["suffix"] else ""
    k = e["kind"]
    if k == "joint":
        full = "%s %s & %s" % (fam, g, strip_accents(e["spouse"]["given"]).upper())
    elif k == "estate":
        full = "%s %s%s %s" % (fam, g, mi, R.choice(["EST", "ESTATE", "EST OF"]))
    else:
        full = "%s %s%s%s" % (fam, g, mi, s)
    disp = trunc(full, 20)
    if chance(0.5):
        return disp, None, None
    # the import split the field at the first blank
    parts = disp.split(" ", 1)
    return disp, (parts[1] if len(parts) > 1 else None), parts[0]


def portal_case(s, mode):
    if s is None:
        return None
    if mode == "lower":
        return s.lower()
    if mode == "upper":
        return s.upper()
    return s


def portal_person_name(e):
    """People type their own names: lowercase, nicknames, no accents."""
    p = e["p"]
    mode = wchoice([("lower", 35), ("as", 55), ("upper", 10)])
    g = p["given"]
    if p["goes_by"]:
        g = used_given(p) if chance(0.7) else (p["goes_by"] if p["goes_by"] in BUBBA_NICKS and chance(0.5) else p["given"])
    elif p["given"] in NICKS and chance(0.2):
        g = R.choice(NICKS[p["given"]])
    if e["kind"] == "deceased":
        g = e["spouse"]["given"]
    if e["kind"] == "joint" and chance(0.3):
        g = e["spouse"]["given"]
    fam = fam_full(p) if chance(0.8) else p["family"]
    if has_accent(g + fam) and chance(0.6):
        g, fam = strip_accents(g), strip_accents(fam)
    s = (" " + p["suffix"].replace(".", "").lower()) if p["suffix"] and chance(0.5) else ""
    g2, f2 = portal_case(g, mode), portal_case(fam, mode)
    disp = "%s %s%s" % (g2, f2, portal_case(s, mode))
    return disp.strip(), g2, f2


def tablet_person_name(e):
    p = e["p"]
    g = used_given(p) if p["goes_by"] and chance(0.6) else p["given"]
    if p["goes_by"] in BUBBA_NICKS and chance(0.5):
        g = p["goes_by"]
    fam = p["family"]
    if chance(0.3):
        g, fam = strip_accents(g), strip_accents(fam)
    up = chance(0.4)
    if up:
        g, fam = g.upper(), fam.upper()
    s = sfx(p, "caps" if up else None)
    if e["kind"] == "estate":
        disp = "%s %s%s" % (g, fam, " EST" if up else " Estate")
    elif chance(0.45):
        disp = "%s, %s%s" % (fam, g, s)
    else:
        disp = "%s %s%s" % (g, fam, s)
    return disp, g, fam


def paper_person_name(e):
    p = e["p"]
    g = p["given"] if chance(0.6) or not p["goes_by"] else used_given(p)
    fam = fam_full(p)
    if chance(0.5):
        g, fam = strip_accents(g), strip_accents(fam)
    k = e["kind"]
    if k == "joint":
        sg = e["spouse"]["given"]
        disp = R.choice(["%s & %s %s" % (g, sg, fam), "%s, %s and %s" % (fam, g, sg), "%s %s" % (g, fam)])
    elif k == "estate":
        disp = R.choice(["Estate of %s %s" % (g, fam), "%s %s, deceased" % (g, fam), "%s %s Est." % (g, fam)])
    elif p["middle"] and chance(0.3):
        disp = "%s %s. %s%s" % (g, strip_accents(p["middle"])[0], fam, sfx(p))
    else:
        disp = "%s %s%s" % (g, fam, sfx(p))
    return disp, g, fam


ORG_ABBR = [(r"\bFirst\b", "1st"), (r"\bBaptist\b", "Bapt"), (r"\bChurch\b", "Ch"),
            (r"\bVolunteer Fire Dept\b", "VFD"), (r"\bVolunteer Fire Department\b", "Vol Fire Dept"),
            (r"\bVFD\b", "Volunteer Fire Dept"), (r"\bDepartment\b", "Dept"), (r"\bDept\b", "Department"),
            (r"\bCounty\b", "Co"), (r"\bBrothers\b", "Bros"), (r"\bBros\.?", "Brothers"),
            (r" & ", " and "), (r" and ", " & "), (r"\bMt\b", "Mount"), (r"\bSt\. ", "Saint "),
            (r"\bCompany\b", "Co"), (r"\bAssn\b", "Association"), (r"\bAssociation\b", "Assn"),
            (r"\bDistrict\b", "Dist"), (r"\bSchool District\b", "Schools"),
            (r"\bMethodist\b", "Meth"), (r"\bMissionary\b", "Miss"), (r"\bManagement\b", "Mgmt"),
            (r"\bFarms\b", "Farm"), (r"\bMountain\b", "Mtn"), (r"\bCenter\b", "Ctr"),
            (r"\bElementary\b", "Elem"), (r"\bHigh School\b", "HS"), (r"\bDouble\b", "Dbl")]
LEGAL_SUFFIX = re.compile(r",?\s+(LLC|L\.L\.C\.|Inc\.?|Co\.?)$")


def org_variant(name, n_ops=1):
    """Abbreviations / expansions as different people write an organisation name."""
    out = name
    ops = [x for x in ORG_ABBR if re.search(x[0], out)]
    R.shuffle(ops)
    for pat, rep in ops[:n_ops]:
        out = re.sub(pat, rep, out, count=1)
    return out


def drop_legal(name):
    m = LEGAL_SUFFIX.search(name)
    if m and m.group(1) != "Co":
        return name[:m.start()]
    return name


def legal_variant(name):
    m = LEGAL_SUFFIX.search(name)
    if m:
        suf = m.group(1)
        alt = {"LLC": R.choice([", LLC", " L.L.C.", " llc"]), "Inc": R.choice([", Inc.", " Inc."]),
               "Inc.": R.choice([", Inc", " Inc"])}.get(suf)
        if alt:
            return name[:m.start()] + alt
    return name


# ---------------------------------------------------------------------------
# Structured groups (districts, counties, carriers, chains, owner groups,
# managers).  Some members go to QuickBooks, the others are kept in reserve
# as "another customer of the same group" for hard negatives.
# ---------------------------------------------------------------------------
RESERVE = {"school": [], "public": [], "tower": [], "branch": [], "group": [], "agent": []}


def org_slug(s):
    return ascii_low(s.replace("&", "and"))


def build_school_districts(n=7):
    existing = []
    towns = []
    while len(towns) < n:
        t = pick_town()
        if t not in towns:
            towns.append(t)
    for t in towns:
        st = t[1]
        if st == "MO":
            dname = "%s R-%s School District" % (t[0], R.choice(ROMANS))
        elif st == "AR":
            dname = "%s School District" % t[0]
        elif st == "OK":
            dname = "%s Public Schools" % t[0]
        else:
            dname = "USD %d %s" % (R.randrange(240, 510), t[0])
        office = make_addr(t, "street")
        phones = [new_phone(t[4])]
        email = register_email(R.choice(["maintenance", "facilities", "business", "accounts"]),
                               org_slug(t[0]) + R.choice(["schools.org", "k12.net", "district.org"]))
        contact = make_person_name() if chance(0.5) else None
        bl = R.sample(SCHOOL_BUILDINGS, 5)
        style = R.choice(["%s - %s", "%s (%s)", "%s %s"])
        members = []
        for b in bl:
            e = make_org_entity("school", t, company=style % (dname, b), mail=office,
                                phones=(phones if chance(0.7) else phones + [new_phone(t[4])]),
                                email=(email if chance(0.75) else None), contact=contact, group=dname)
            e["building"] = b
            members.append(e)
        k = R.randrange(2, 4)
        existing.extend(members[:k])
        for m in members[k:k + 2]:
            RESERVE["school"].append((members[:k], m))
    return existing


def build_public_bodies(n=9):
    existing = []
    used = []
    for i in range(n):
        if i < 7:
            while True:
                t = pick_town()
                if (t[3], t[1]) not in used:
                    break
            used.append((t[3], t[1]))
            seat = county_seat(t[3], t[1])
            body = "%s County" % t[3]
            depts = R.sample(COUNTY_DEPTS, 5)
            t = seat
        else:
            t = pick_town()
            body = "City of %s" % t[0]
            depts = R.sample(CITY_DEPTS, 4)
        mail = make_addr(t, R.choice(["street", "street", "pobox"]))
        main = new_phone(t[4])
        clerk_mail = register_email(R.choice(["clerk", "countyclerk", "billing", "ap"]),
                                    org_slug(body) + R.choice([".org", "-" + t[1].lower() + ".gov", ".us"]))
        members = []
        for d in depts:
            if body.startswith("City"):
                comp = "%s %s" % (body, d)
            else:
                comp = "%s %s" % (body, d)
            ph = [main] if chance(0.55) else [new_phone(t[4])]
            em = clerk_mail if chance(0.35) else (register_email(org_slug(d)[:10], org_slug(body) + ".org") if chance(0.3) else None)
            e = make_org_entity("public", t, company=comp, mail=mail, phones=ph, email=em,
                                contact=(make_person_name() if chance(0.35) else None), group=body)
            members.append(e)
        k = R.randrange(2, 4)
        existing.extend(members[:k])
        for m in members[k:k + 2]:
            RESERVE["public"].append((members[:k], m))
    return existing


def build_towers():
    existing = []
    for cname, dom, label, local in CARRIERS:
        at = R.choice(AGENT_TOWNS)
        mail = make_addr(at, "pobox")
        phones = [new_phone("800")]
        email = register_email(local, dom)
        members = []
        for j in range(R.randrange(5, 8)):
            t = pick_town()
            num = str(R.randrange(1000, 9999))
            if label == "Site":
                comp = "%s Site %s%s" % (cname, t[1], num)
            elif label == "Cell Site #":
                comp = "%s Cell Site #%s" % (cname, num[:3])
            elif label == "Tower":
                comp = "%s - Tower %s" % (cname, num)
            else:
                comp = "%s %s %s" % (cname, label, num)
            e = make_org_entity("tower", t, company=comp, mail=mail, phones=phones, email=email,
                                group=cname, site=num)
            members.append(e)
        k = len(members) - R.randrange(2, 4)
        existing.extend(members[:k])
        for m in members[k:]:
            RESERVE["tower"].append((members[:k], m))
    return existing


def build_chains():
    existing = []
    chains = [("Kwik Korner #%d", "franchise"), ("Ozark Farmers Exchange #%d", "franchise"),
              ("Hilltop Quick Stop #%d", "franchise"), ("%s Feed & Seed of %s LLC", "family"),
              ("%s Tire & Auto of %s LLC", "family"), ("Dollar Barn #%d", "franchise")]
    for pat, typ in chains:
        members = []
        owner = make_person_name()
        fam = owner["family"].split(" ")[0]
        owner_phone = None
        owner_mail = person_email(owner)
        for j in range(4):
            t = pick_town()
            if typ == "franchise":
                comp = pat % R.randrange(11, 480)
                e = make_org_entity("business", t, company=comp)
            else:
                comp = pat % (fam, t[0])
                if any(m["company"] == comp for m in members):
                    continue
                e = make_org_entity("business", t, company=comp, contact=owner)
                e["p"] = owner
                if owner_phone is None:
                    owner_phone = e["phones"][-1]
                else:
                    e["phones"] = [e["phones"][0], owner_phone]
                e["emails"] = [owner_mail]
            e["group"] = pat
            e["chain"] = typ
            members.append(e)
        k = R.randrange(1, 3)
        existing.extend(members[:k])
        for m in members[k:]:
            RESERVE["branch"].append((members[:k], m))
    return existing


GROUP_PAIRS = [("%s Ranch LLC", "%s Cattle Co LLC"), ("%s Farms", "%s Trucking LLC"),
               ("%s Construction LLC", "%s Rentals LLC"), ("%s Poultry Farm", "%s Poultry Farm II LLC"),
               ("%s Dairy", "%s Hay & Cattle"), ("%s Farms Inc", "%s Land & Cattle LLC"),
               ("%s Excavating", "%s Construction LLC"), ("%s Bros Farms", "%s Bros Trucking"),
               ("%s Farms", "%s Family Trust"), ("%s Investments LLC", "%s Properties LLC"),
               ("%s Ranch LLC", "%s Ranch Hunting Lodge LLC"), ("%s Sawmill", "%s Lumber Co LLC")]


def build_groups():
    existing = []
    for a_pat, b_pat in GROUP_PAIRS:
        owner = make_person_name()
        fam = owner["family"].split(" ")[0]
        if a_pat.startswith("%s Ranch"):
            stem = "Double %s" % R.choice(LETTERS) if chance(0.6) else fam
        else:
            stem = fam
        t = pick_town()
        ka = "farm" if re.search("Farm|Ranch|Dairy|Poultry", a_pat) else ("llc_rental" if "Invest" in a_pat else "business")
        kb = "farm" if re.search("Farm|Ranch|Cattle|Poultry", b_pat) else (
            "trust" if "Trust" in b_pat else ("llc_rental" if re.search("Rentals|Properties", b_pat) else "business"))
        a = make_org_entity(ka, t, company=a_pat % stem, contact=owner)
        b = make_org_entity(kb, t if chance(0.7) else pick_town(t[1]), company=b_pat % stem, contact=owner)
        a["p"] = b["p"] = owner
        # same owner: same office phone and usually the same mailbox / mailing address
        b["phones"] = [a["phones"][0]] + ([new_phone(t[4])] if chance(0.3) else [])
        if not a["emails"]:
            a["emails"] = [person_email(owner)]
        b["emails"] = [a["emails"][0]] if chance(0.8) else [person_email(owner)]
        if chance(0.5):
            b["mail"] = a["mail"]
        a["group"] = b["group"] = stem
        existing.append(a)
        RESERVE["group"].append(([a], b))
    return existing


def build_agents():
    existing = []
    for j, (aname, dom, local) in enumerate(AGENTS):
        farm_mgr = "Ag" in aname or "Farm" in aname
        at = R.choice(AGENT_TOWNS) if chance(0.4) else pick_town()
        office = make_addr(at, R.choice(["street", "pobox"]))
        phone = new_phone(at[4])
        email = register_email(local, dom)
        mgr = make_person_name()
        members = []
        for i in range(R.randrange(6, 9)):
            t = pick_town(at[1] if at[1] in ("MO", "AR", "OK", "KS") else None)
            if farm_mgr:
                e = make_org_entity("farm", t)
            else:
                e = make_org_entity("llc_rental", t)
            e["p"] = mgr if chance(0.7) else None
            e["phones"] = [phone]
            e["emails"] = [email]
            e["mail"] = office
            e["co"] = aname if chance(0.4) else None
            e["group"] = aname
            members.append(e)
        k = len(members) - R.randrange(2, 4)
        existing.extend(members[:k])
        for m in members[k:]:
            RESERVE["agent"].append((members[:k], m))
    return existing


# ---------------------------------------------------------------------------
# The QuickBooks customer list
# ---------------------------------------------------------------------------
USED_DISPLAY = set()


def unique_display(e, rec):
    disp = rec["displayName"]
    if disp.casefold() not in USED_DISPLAY:
        USED_DISPLAY.add(disp.casefold())
        return
    cands = []
    if e["type"] == "person":
        p = e["p"]
        g, f = rec["givenName"], rec["familyName"]
        if p["middle"]:
            cands.append("%s %s. %s%s" % (g, strip_accents(p["middle"])[0], f, sfx(p)))
        cands.append("%s (%s)" % (disp, rec["address"]["city"] if rec["address"] else e["town"][0]))
        rk = road_key(e["qbo_addr"])
        if rk:
            cands.append("%s - %s" % (disp, rk.upper() if len(rk) < 8 else title(rk)))
    else:
        cands.append("%s - %s" % (disp, e["town"][0]))
        cands.append("%s (%s)" % (disp, e["town"][0]))
    for n in range(2, 30):
        cands.append("%s %d" % (disp, n))
    for c in cands:
        if c.casefold() not in USED_DISPLAY:
            USED_DISPLAY.add(c.casefold())
            rec["displayName"] = c
            e["disambig"] = c
            return
    raise RuntimeError("no display name")


def build_existing():
    orgs = []
    orgs += build_school_districts()
    orgs += build_public_bodies()
    orgs += build_towers()
    orgs += build_chains()
    orgs += build_groups()
    orgs += build_agents()
    churches = []
    n_org = N_EXISTING - N_PERSON_EXISTING
    fill = [("farm", 80), ("church", 30), ("vfd", 14), ("business", 62), ("llc_rental", 22),
            ("trust", 22), ("misc", 24)]
    plan = []
    for k, c in fill:
        plan += [k] * c
    R.shuffle(plan)
    for k in plan:
        if len(orgs) >= n_org - 8:
            break
        e = make_org_entity(k)
        orgs.append(e)
        if k == "church":
            churches.append(e)
    # a few churches already have their parsonage as a separate account
    for ch in churches[:8]:
        pastor = make_person_name(gender="M")
        pa = make_org_entity("parsonage", ch["town"], company=ch["company"], contact=pastor)
        pa["phones"] = [ch["phones"][0]] if chance(0.5) else pa["phones"]
        pa["group"] = ch["company"]
        ch["has_parsonage"] = True
        orgs.append(pa)
    while len(orgs) < n_org:
        orgs.append(make_org_entity(R.choice(["farm", "business", "misc"])))
    orgs = orgs[:n_org]

    persons = []
    # namesakes: many James Smith and Mary Johnson
    for g, f, sex in COMMON_NAMES:
        origin = "hisp" if g == "José" else ("hmong" if f == "Vang" else "anglo")
        for _ in range(R.randrange(2, 5)):
            nm = make_person_name(origin=origin, gender=sex, given=g, family=f)
            persons.append(make_person_entity("person", name=nm))
    # fathers and sons of one name on neighbouring farms
    for _ in range(8):
        f = make_person_entity("person", gender="M")
        while not same_road(f["svc"] or f["mail"]):
            f = make_person_entity("person", gender="M")
        son_p = dict(f["p"])
        f["p"]["suffix"] = R.choice(["Sr.", None])
        son_p["suffix"] = R.choice(["Jr.", "Jr.", None]) if f["p"]["suffix"] else "Jr."
        s = make_person_entity("person", town=f["town"], name=son_p)
        base = f["svc"] or f["mail"]
        s["mail"], s["svc"], s["old"] = same_road(base), None, None
        f["pair"], s["pair"] = s["id"], f["id"]
        persons += [f, s]
    quotas = [("joint", 120), ("estate", 35), ("deceased", 22), ("care_of", 28), ("landlord", 20)]
    for k, c in quotas:
        for _ in range(c):
            e = make_person_entity(k)
            if k == "landlord":
                e["rentals"] = [make_addr(pick_town(e["town"][1]), R.choice(["street", "street", "rural", "rr", "cr"]))
                                for _ in range(R.randrange(3, 7))]
            persons.append(e)
    while len(persons) < N_PERSON_EXISTING:
        persons.append(make_person_entity("person"))
    ents = persons + orgs
    for e in ents:
        e["rec"] = existing_record(e)
        unique_display(e, e["rec"])
        e["in_qbo"] = True
    ents.sort(key=lambda x: x["rec"]["displayName"].casefold())
    for i, e in enumerate(ents):
        e["index"] = i
    return ents


# ---------------------------------------------------------------------------
# Incoming records: how each upstream system writes a customer
# ---------------------------------------------------------------------------
SOURCES = [("legacy", 25), ("portal", 30), ("tablet", 20), ("paper", 25)]
SRC_LABEL = {"legacy": "legacy_export_format", "portal": "typed_by_member",
             "tablet": "crew_tablet_entry", "paper": "keyed_from_paper_form"}


def org_name_for(e, src):
    comp = e["company"]
    g = f = None
    if src == "legacy":
        c = caps20(comp)
        return c, c, None, None
    if src == "portal":
        c = drop_legal(comp) if chance(0.5) else comp
        if chance(0.3):
            c = c.lower()
        if e["p"] is not None and chance(0.7):
            g, f = used_given(e["p"]), fam_full(e["p"])
            if chance(0.4):
                g, f = g.lower(), f.lower()
        disp = c if chance(0.8) or g is None else "%s %s" % (g, f)
        return c, disp, g, f
    if src == "tablet":
        c = org_variant(comp, 1) if chance(0.5) else comp
        if chance(0.4):
            c = strip_accents(c).upper()
        return c, c, None, None
    c = org_variant(comp, R.choice([1, 1, 2])) if chance(0.6) else legal_variant(comp)
    if e["p"] is not None and chance(0.6):
        g, f = e["p"]["given"], e["p"]["family"]
    return c, c, g, f


def entity_email(e, src):
    em = e["emails"][0] if e["emails"] else None
    if src == "legacy":
        if chance(0.85):
            return None, None
        if em and chance(0.5):
            return em.upper(), "email:capitalisation"
        if e["type"] == "person":
            if not e.get("old_email"):
                e["old_email"] = person_email(e["p"], domain=R.choice(OLD_DOMAINS))
            return e["old_email"].upper(), "email:old_address"
        return None, None
    if src == "portal":
        if chance(0.08):
            return None, None
        if em and chance(0.75):
            return (em.lower() if chance(0.9) else em.capitalize()), None
        if e["type"] == "person":
            if not e.get("new_email"):
                e["new_email"] = person_email(e["p"])
            return e["new_email"], "email:new_address"
        return em, None
    if src == "tablet":
        return (em if em and chance(0.12) else None), None
    if em and chance(0.5):
        return em, None
    return None, None


def entity_phone(e, src):
    ph = e["phones"]
    if not ph:
        return None, None
    if src == "legacy":
        d = ph[0]
        return fmt_phone(d, wchoice([("plain", 45), ("space", 20), ("local", 25), ("dash", 10)])), None
    if src == "portal":
        d = ph[-1]
        s = fmt_phone(d, wchoice([("dash", 35), ("paren", 15), ("plain", 25), ("parennospace", 10),
                                  ("dot", 10), ("plus1", 5)]))
        return s, None
    if src == "tablet":
        d = R.choice(ph)
        s = fmt_phone(d, wchoice([("local", 40), ("dash", 35), ("plain", 25)]))
        if chance(0.1) and e["type"] == "person":
            s = R.choice(["cell ", "c ", "home "]) + s
        return s, None
    d = R.choice(ph)
    return fmt_phone(d, wchoice([("dash", 45), ("paren", 30), ("local", 15), ("space", 10)])), None


def entity_address(e, src):
    """Which place this system knows for the customer, and the label if it is not the QBO one."""
    label = None
    a = e["mail"]
    if src == "legacy":
        if e.get("old") and chance(0.7):
            a = e["old"]
    elif src == "tablet":
        if e["rentals"] and chance(0.6):
            a = R.choice(e["rentals"])
        elif e["svc"] is not None and chance(0.85):
            a = e["svc"]
        elif e["kind"] in ("person", "farm", "joint") and (e["svc"] or e["mail"])["k"] != "street" and chance(0.15):
            if not e.get("dirs"):
                e["dirs"] = make_addr(e["town"], "dirs")
            a = e["dirs"]
    qa = e.get("qbo_addr")
    if qa is not None and a is not qa:
        if e.get("old") is not None and (a is e["old"] or qa is e["old"]):
            label = "address:911_readdress"
        elif a in e["rentals"]:
            label = "address:rental_service_location"
        elif a is e.get("svc") or a is e.get("dirs"):
            label = "address:service_location"
        else:
            label = "address:mailing_vs_service"
    co = e["co"] if (e["co"] and src in ("legacy", "paper") and a is e["mail"] and chance(0.5)) else None
    city_alt = None
    if e["hamlet"] and chance(0.3) and a["city"] == e["town"][0]:
        city_alt = e["hamlet"]
    return render_address(a, src, co=co, city_alt=city_alt), label, a


def render_incoming(e, src):
    ops = []
    if e["type"] == "person":
        fn = {"legacy": legacy_person_name, "portal": portal_person_name,
              "tablet": tablet_person_name, "paper": paper_person_name}[src]
        disp, g, f = fn(e)
        comp = None
        if e["kind"] == "deceased":
            disp, g, f = deceased_name(e, src)
            ops.append("displayName:surviving_spouse_keeps_account")
        if src == "portal" and has_accent((disp or "") + (g or "") + (f or "")) and chance(0.25):
            # the portal stored UTF-8 bytes read as Latin-1
            for k, v in (("displayName", disp), ("givenName", g), ("familyName", f)):
                if has_accent(v):
                    ops.append("%s:accents_mangled" % k)
            disp, g, f = (mangle_accents(x) if x else x for x in (disp, g, f))
    else:
        comp, disp, g, f = org_name_for(e, src)
    email, lab = entity_email(e, src)
    if lab:
        ops.append(lab)
    phone, lab = entity_phone(e, src)
    if lab:
        ops.append(lab)
    address, lab, a = entity_address(e, src)
    if lab:
        ops.append(lab)
    rec = {"displayName": disp, "givenName": g, "familyName": f, "companyName": comp,
           "email": email, "phone": phone, "address": address}
    return rec, ops, {"a": a, "src": src}


def deceased_name(e, src):
    p, sp = e["p"], e["spouse"]["given"]
    g, f = p["given"], p["family"]
    if src == "legacy":
        d = trunc("%s %s %s" % (strip_accents(f).upper(), strip_accents(g).upper(), R.choice(["DECD", "DEC", "DECEASED"])))
        return d, None, None
    forms = [("%s %s (for %s %s, deceased)" % (sp, f, g, f), sp, f),
             ("%s %s (dec'd) c/o %s %s" % (g, f, sp, f), sp, f),
             ("%s, %s - %s %s" % (f, g, sp, f), sp, f),
             ("%s %s - acct of late %s %s" % (sp, f, g, f), sp, f),
             ("%s %s (deceased)" % (g, f), g, f)]
    d, gg, ff = R.choice(forms)
    if src == "portal" and chance(0.4):
        return d.lower(), gg.lower(), ff.lower()
    if src == "tablet" and chance(0.4):
        return d.upper(), gg.upper(), ff.upper()
    return d, gg, ff


# ---------------------------------------------------------------------------
# Change operators.  Each returns a list of "field:what" labels (empty when
# the operator does not apply to the record).
# ---------------------------------------------------------------------------
NAME_FIELDS = ("displayName", "givenName", "familyName", "companyName")


def replace_in_names(rec, old, new, what, fields=NAME_FIELDS):
    labels = []
    if not old or old == new:
        return labels
    for k in fields:
        v = rec[k]
        if v and old in v:
            rec[k] = v.replace(old, new, 1)
            labels.append("%s:%s" % (k, what))
    return labels


def op_name_typo(rec, e, ctx):
    if e["type"] == "person":
        tgt = rec["familyName"] if rec["familyName"] and chance(0.6) else rec["givenName"]
        if not tgt:
            toks = [t for t in rec["displayName"].split() if len(t) >= 4 and t.isalpha()]
            tgt = R.choice(toks) if toks else None
        if not tgt or len(tgt) < 4:
            return []
        tok = max(tgt.split(" "), key=len)
        return replace_in_names(rec, tok, typo(tok), "typo")
    src = rec["companyName"] or rec["displayName"]
    toks = [t for t in src.split() if len(t) >= 5 and t.isalpha()]
    if not toks:
        return []
    tok = R.choice(toks)
    return replace_in_names(rec, tok, typo(tok), "typo")


def op_swap(rec, e, ctx):
    """Given and family name keyed into each other's boxes (paper forms, sometimes the portal)."""
    if e["type"] != "person" or not rec["givenName"] or not rec["familyName"] or \
            ctx.get("src") not in ("paper", "portal"):
        return []
    g, f = rec["givenName"], rec["familyName"]
    rec["givenName"], rec["familyName"] = f, g
    rec["displayName"] = "%s %s" % (f, g)
    return ["givenName:swapped_with_family_name", "familyName:swapped_with_given_name",
            "displayName:given_family_swapped"]


def op_nickname(rec, e, ctx):
    if e["type"] != "person" or not rec["givenName"]:
        return []
    g = rec["givenName"]
    base = e["p"]["given"]
    if strip_accents(g).lower() == strip_accents(base).lower() and base in NICKS:
        n = R.choice(NICKS[base])
        if g.islower():
            n = n.lower()
        elif g.isupper():
            n = n.upper()
        return replace_in_names(rec, g, n, "nickname", ("displayName", "givenName"))
    if g != base and e["p"]["goes_by"] and chance(0.5):
        n = base.upper() if g.isupper() else (base.lower() if g.islower() else base)
        return replace_in_names(rec, g, n, "legal_name_for_nickname", ("displayName", "givenName"))
    return []


def op_initial(rec, e, ctx):
    g = rec["givenName"]
    if e["type"] != "person" or not g or len(g) < 3 or " " in g or "." in g:
        return []
    return replace_in_names(rec, g, g[0] + ".", "initial", ("displayName", "givenName"))


def op_accents(rec, e, ctx):
    if not any(has_accent(rec[k]) for k in NAME_FIELDS):
        return []
    mangle = chance(0.35)
    labels = []
    for k in NAME_FIELDS:
        if has_accent(rec[k]):
            rec[k] = mangle_accents(rec[k]) if mangle else strip_accents(rec[k])
            labels.append("%s:%s" % (k, "accents_mangled" if mangle else "accents_dropped"))
    return labels


def op_case(rec, e, ctx):
    mode = R.choice(["upper", "lower"])
    labels = []
    for k in NAME_FIELDS:
        v = rec[k]
        if v:
            nv = v.upper() if mode == "upper" else v.lower()
            if nv != v:
                rec[k] = nv
                labels.append("%s:capitalisation" % k)
    return labels


def op_drop_given(rec, e, ctx):
    if not rec["givenName"]:
        return []
    rec["givenName"] = None
    return ["givenName:dropped"]


def op_drop_contact(rec, e, ctx):
    if e["type"] != "org" or not (rec["givenName"] or rec["familyName"]):
        return []
    out = []
    for k in ("givenName", "familyName"):
        if rec[k]:
            rec[k] = None
            out.append("%s:contact_dropped" % k)
    return out


def op_org_abbrev(rec, e, ctx):
    if e["type"] != "org" or not rec["companyName"]:
        return []
    c = rec["companyName"]
    nc = org_variant(c, 1)
    if nc == c:
        return []
    return replace_in_names(rec, c, nc, "abbreviation", ("displayName", "companyName"))


def op_drop_legal(rec, e, ctx):
    if e["type"] != "org" or not rec["companyName"]:
        return []
    c = rec["companyName"]
    nc = drop_legal(c)
    if nc == c:
        return []
    return replace_in_names(rec, c, nc, "legal_form_dropped", ("displayName", "companyName"))


def op_email_new(rec, e, ctx):
    if e["type"] == "person":
        ne = person_email(e["p"])
    else:
        ne = register_email(ascii_low(e["company"])[:12] + R.choice(["", "office", "1"]), wchoice(MAIL_DOMAINS))
    rec["email"] = ne
    return ["email:new_address"]


def op_email_drop(rec, e, ctx):
    if not rec["email"]:
        return []
    rec["email"] = None
    return ["email:dropped"]


def op_email_typo(rec, e, ctx):
    em = rec["email"]
    if not em or "@" not in em:
        return []
    local, dom = em.split("@", 1)
    if chance(0.3):
        dom = R.choice({"gmail.com": ["gmial.com", "gmail.co", "gmail.con"],
                        "yahoo.com": ["yaho.com", "yahoo.co"], "hotmail.com": ["hotmial.com"],
                        "centurytel.net": ["centurytell.net", "centurytel.com"],
                        "windstream.net": ["windsteam.net", "windstream.com"]}.get(dom.lower(), [dom + "m"]))
    else:
        local = typo(local) if len(local) >= 4 else local + "1"
    ne = local + "@" + dom
    if ne == em:
        return []
    rec["email"] = ne
    return ["email:typo"]


def op_email_caps(rec, e, ctx):
    if not rec["email"] or rec["email"].upper() == rec["email"]:
        return []
    rec["email"] = rec["email"].upper() if chance(0.5) else rec["email"][:1].upper() + rec["email"][1:]
    return ["email:capitalisation"]


def cur_digits(rec):
    nums = g_phone_numbers(rec["phone"])
    return nums[0] if nums else None


def op_phone_format(rec, e, ctx):
    d = cur_digits(rec)
    if not d or len(d) != 10:
        return []
    rec["phone"] = fmt_phone(d, R.choice(["paren", "dash", "dot", "plain", "space", "one", "plus1"]))
    return ["phone:format"]


def op_phone_local(rec, e, ctx):
    d = cur_digits(rec)
    if not d or len(d) != 10:
        return []
    rec["phone"] = fmt_phone(d, "local")
    return ["phone:no_area_code"]


def op_phone_digit_off(rec, e, ctx):
    d = cur_digits(rec)
    if not d or len(d) != 10:
        return []
    rec["phone"] = fmt_phone(digit_off(d), R.choice(["dash", "paren", "plain"]))
    return ["phone:digit_off"]


def op_phone_transposed(rec, e, ctx):
    d = cur_digits(rec)
    if not d or len(d) != 10:
        return []
    rec["phone"] = fmt_phone(transpose_digits(d), R.choice(["dash", "paren", "plain"]))
    return ["phone:transposed_digits"]


def op_phone_other(rec, e, ctx):
    d = cur_digits(rec)
    others = [x for x in e["phones"] if x != d and (not d or x[-7:] != d[-7:])]
    if not others:
        if e["type"] != "person":
            return []
        n = new_phone(e["town"][4])
        e["phones"].append(n)
        others = [n]
    rec["phone"] = fmt_phone(others[0], R.choice(["dash", "paren", "plain"]))
    return ["phone:other_number_of_customer"]


def op_phone_relative(rec, e, ctx):
    if e["type"] != "person":
        return []
    n = new_phone(e["town"][4])
    rec["phone"] = fmt_phone(n, R.choice(["dash", "paren", "plain"])) + R.choice(["", " (daughter)", " (son)", " neighbor", " (mother)"])
    return ["phone:relative_or_neighbour_number"]


def op_phone_two(rec, e, ctx):
    d = cur_digits(rec)
    if not d or len(e["phones"]) < 2:
        return []
    other = [x for x in e["phones"] if x != d]
    if not other or len(d) != 10:
        return []
    a, b = fmt_phone(d, "dash"), fmt_phone(other[0], "dash")
    rec["phone"] = R.choice(["%s / %s", "%s or %s", "H %s C %s", "%s, cell %s"]) % (a, b)
    return ["phone:two_numbers"]


def op_phone_ext(rec, e, ctx):
    if e["type"] != "org" or not rec["phone"] or "x" in rec["phone"].lower():
        return []
    rec["phone"] = rec["phone"] + R.choice([" ext %d", " x%d", " Ext. %d"]) % R.randrange(10, 299)
    return ["phone:extension"]


def op_phone_drop(rec, e, ctx):
    if not rec["phone"]:
        return []
    rec["phone"] = None
    return ["phone:dropped"]


def op_addr_format(rec, e, ctx):
    a = ctx.get("a")
    ad = rec["address"]
    if not a or not ad or ad["line1"].lower().startswith("c/o"):
        return []
    nl = render_line1(a)
    if ctx["src"] == "legacy":
        nl = trunc(nl.upper())
    if nl == ad["line1"]:
        return []
    ad["line1"] = nl
    return ["address:format"]


RENTAL_POOL = []     # addresses already served by the co-op (renters move between them)


def op_addr_move(rec, e, ctx):
    if RENTAL_POOL and e["type"] == "person" and chance(0.3):
        a = R.choice(RENTAL_POOL)
        if a is e.get("qbo_addr") or a is e.get("mail"):
            return []
        ctx["a"] = a
        rec["address"] = render_address(a, ctx["src"])
        return ["address:moved_to_other_coop_address"]
    t = pick_town(e["town"][1]) if chance(0.7) else e["town"]
    a = make_addr(t, R.choice(["street", "street", "rural", "rr", "cr", "hwy"]) if t[1] != "OK" else "grid")
    ctx["a"] = a
    rec["address"] = render_address(a, ctx["src"])
    return ["address:moved"]


def op_addr_typo(rec, e, ctx):
    ad = rec["address"]
    if not ad:
        return []
    toks = [t for t in ad["line1"].split() if len(t) >= 5 and t.isalpha()]
    if toks:
        tok = R.choice(toks)
        ad["line1"] = ad["line1"].replace(tok, typo(tok), 1)
        return ["address:typo_in_line1"]
    m = re.search(r"\d{3,}", ad["line1"])
    if m:
        d = m.group(0)
        i = R.randrange(len(d) - 1)
        nd = d[:i] + d[i + 1] + d[i] + d[i + 2:]
        if nd != d:
            ad["line1"] = ad["line1"].replace(d, nd, 1)
            return ["address:house_number_transposed"]
    return []


def op_zip_transposed(rec, e, ctx):
    ad = rec["address"]
    if not ad or not ad["postalCode"]:
        return []
    z = ad["postalCode"]
    i = R.randrange(1, 4)
    nz = z[:i] + z[i + 1] + z[i] + z[i + 2:]
    if nz == z:
        return []
    ad["postalCode"] = nz
    return ["address:zip_transposed"]


def op_zip_drop(rec, e, ctx):
    ad = rec["address"]
    if not ad or not ad["postalCode"]:
        return []
    ad["postalCode"] = None
    return ["address:zip_dropped"]


def op_state_form(rec, e, ctx):
    ad = rec["address"]
    if not ad or not ad["region"]:
        return []
    st = ctx["a"]["state"] if ctx.get("a") else None
    if not st:
        return []
    forms = [f for f in STATE_FORMS[st] + [st.lower()] if f != ad["region"]]
    ad["region"] = R.choice(forms)
    return ["address:state_written_differently"]


def op_hamlet(rec, e, ctx):
    ad = rec["address"]
    if not ad or not e["town"][5]:
        return []
    h = R.choice(e["town"][5])
    if ad["city"] and ad["city"].lower() == h.lower():
        h = e["town"][0]
    ad["city"] = h.upper() if ad["city"] and ad["city"].isupper() else h
    return ["address:town_vs_mailing_town"]


def op_addr_drop(rec, e, ctx):
    if not rec["address"]:
        return []
    rec["address"] = None
    return ["address:dropped"]


def op_unit_drop(rec, e, ctx):
    ad = rec["address"]
    if not ad or not ad["line2"] or ad["line1"].lower().startswith("c/o"):
        return []
    ad["line2"] = None
    return ["address:line2_dropped"]


LIGHT_OPS = [(op_case, 4), (op_phone_format, 4), (op_addr_format, 4), (op_accents, 3), (op_email_caps, 1),
             (op_org_abbrev, 3), (op_drop_legal, 2), (op_state_form, 3), (op_zip_drop, 1)]
MEDIUM_OPS = [(op_name_typo, 6), (op_nickname, 4), (op_drop_given, 2), (op_email_new, 3), (op_email_drop, 3),
              (op_phone_local, 3), (op_phone_other, 3), (op_addr_typo, 3), (op_phone_ext, 1),
              (op_phone_two, 2), (op_drop_contact, 2), (op_initial, 2), (op_hamlet, 2), (op_unit_drop, 1),
              (op_accents, 2), (op_org_abbrev, 2)]
HARSH_OPS = [(op_swap, 3), (op_addr_move, 4), (op_phone_digit_off, 4), (op_phone_transposed, 3),
             (op_phone_relative, 2), (op_email_typo, 3), (op_addr_drop, 2), (op_phone_drop, 2),
             (op_zip_transposed, 2), (op_name_typo, 4), (op_email_new, 2), (op_nickname, 2)]


def apply_profile(rec, e, ctx, profile):
    ops = []
    if profile == "light":
        pool, k = LIGHT_OPS, R.choice([0, 1, 1])
    elif profile == "medium":
        pool, k = LIGHT_OPS + MEDIUM_OPS + MEDIUM_OPS, R.choice([1, 2, 2, 3])
    else:
        pool, k = MEDIUM_OPS + HARSH_OPS + HARSH_OPS, R.choice([3, 3, 4, 5])
    tries = 0
    done = []
    while k > 0 and tries < 30:
        tries += 1
        op = wchoice(pool)
        if op in done:
            continue
        labs = op(rec, e, ctx)
        if labs:
            done.append(op)
            ops.extend(labs)
            k -= 1
    return ops


def source_noise(rec, e, ctx, src):
    """What a source does by itself: portal phone typos, paper swaps and transposed digits."""
    ops = []
    if src == "portal" and chance(0.15):
        ops += op_phone_digit_off(rec, e, ctx) if chance(0.5) else op_phone_transposed(rec, e, ctx)
    if src == "paper":
        if e["type"] == "person" and chance(0.15):
            ops += op_swap(rec, e, ctx)
        if chance(0.12):
            ops += op_phone_transposed(rec, e, ctx)
        if chance(0.08):
            ops += op_name_typo(rec, e, ctx)
    return ops


# ---------------------------------------------------------------------------
# Labels, evidence and findability
# ---------------------------------------------------------------------------
FIELDS = ("displayName", "givenName", "familyName", "companyName", "email", "phone", "address")


def clean_record(rec):
    for k in FIELDS[:-1]:
        v = rec[k]
        if v is not None:
            v = " ".join(v.split())
            rec[k] = v or None
    ad = rec["address"]
    if ad is not None:
        for k in ("line1", "line2", "city", "region", "postalCode", "country"):
            v = ad.get(k)
            if v is not None:
                v = " ".join(v.split())
                ad[k] = v or None
        if ad["line1"] is None and ad["line2"] is not None:
            ad["line1"], ad["line2"] = ad["line2"], None
        if all(ad[k] is None for k in ("line1", "line2", "city", "postalCode")):
            rec["address"] = None
    if not rec["displayName"]:
        rec["displayName"] = rec["companyName"] or " ".join(x for x in (rec["givenName"], rec["familyName"]) if x) or "UNKNOWN"
    return rec


def diff_fields(rec, cmp):
    return [k for k in FIELDS if rec[k] != cmp[k]]


def finalize_changes(rec, cmp, ops, default):
    diff = diff_fields(rec, cmp)
    out = []
    for lab in ops:
        f = lab.split(":", 1)[0]
        if f in diff and lab not in out:
            out.append(lab)
    for f in diff:
        if not any(l.split(":", 1)[0] == f for l in out):
            if rec[f] is None:
                out.append("%s:dropped" % f)
            elif cmp[f] is None:
                out.append("%s:added" % f)
            elif f == "phone":
                if g_phone_shared(rec[f], cmp[f]):
                    local = all(len(x) == 7 for x in g_phone_numbers(rec[f]))
                    out.append("phone:no_area_code" if local else "phone:format")
                else:
                    out.append("phone:other_number")
            elif f == "email":
                out.append("email:capitalisation" if g_email_shared(rec[f], cmp[f]) else "email:other_address")
            elif f == "address":
                out.append("address:format" if g_addr_shared(rec[f], cmp[f]) else "address:other_place")
            else:
                out.append("%s:%s" % (f, infer_name_label(rec[f], cmp[f]) or default))
    return out


NICK_PAIRS = set()
for _legal, _nicks in NICKS.items():
    for _n in _nicks:
        NICK_PAIRS.add((_legal.lower(), _n.lower()))
        NICK_PAIRS.add((_n.lower(), _legal.lower()))


def infer_name_label(a, b):
    if a.lower() == b.lower():
        return "capitalisation"
    if strip_accents(a).lower() == strip_accents(b).lower():
        return "accents_dropped"
    if (strip_accents(a).lower(), strip_accents(b).lower()) in NICK_PAIRS:
        return "nickname"
    return None


TOKEN_COUNT = {}


def name_tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", strip_accents(s or "").lower()) if t]


def build_token_count(existing):
    for e in existing:
        seen = []
        for t in name_tokens(e["rec"]["displayName"]):
            if t not in seen:
                seen.append(t)
                TOKEN_COUNT[t] = TOKEN_COUNT.get(t, 0) + 1


def name_city_ok(rec, e, cmp):
    if e["type"] != "person" or not rec["address"] or not cmp["address"]:
        return False
    tok = name_tokens(e["p"]["family"])
    if not tok:
        return False
    tok = max(tok, key=len)
    if len(tok) < 4 or TOKEN_COUNT.get(tok, 0) > 2 or tok not in name_tokens(cmp["displayName"]):
        return False
    inc = name_tokens(rec["displayName"]) + name_tokens(rec["givenName"]) + name_tokens(rec["familyName"])
    if tok not in inc:
        return False
    cx, cy = g_canon_city(rec["address"]["city"]), g_canon_city(cmp["address"]["city"])
    return bool(cx and cx == cy)


def repair_evidence(rec, cmp, ops, src):
    """Give back one contact channel so that a careful human can find the customer."""
    if cmp["phone"]:
        nums = g_phone_numbers(cmp["phone"])
        d = nums[0]
        rec["phone"] = fmt_phone(d, R.choice(["dash", "paren", "plain"])) if len(d) == 10 else d[:3] + "-" + d[3:]
        ops[:] = [o for o in ops if not o.startswith("phone:")]
    elif cmp["email"]:
        rec["email"] = cmp["email"].lower()
        ops[:] = [o for o in ops if not o.startswith("email:")]
    else:
        rec["address"] = json.loads(json.dumps(cmp["address"]))
        ops[:] = [o for o in ops if not o.startswith("address:")]


def pick_source(e):
    if e["type"] == "org" and (e.get("group") or e["kind"] in ("tower", "school", "public")):
        return wchoice([("portal", 30), ("tablet", 35), ("paper", 35)])
    return wchoice(SOURCES)


def derived_record(e, cmp, profile, src):
    """An incoming record of entity e, compared with record cmp."""
    for attempt in range(5):
        rec, ops, ctx = render_incoming(e, src)
        ops += source_noise(rec, e, ctx, src)
        ops += apply_profile(rec, e, ctx, profile)
        clean_record(rec)
        ev = g_evidence(rec, cmp)
        if ev:
            return rec, ops, ev
        if name_city_ok(rec, e, cmp) and attempt >= 1:
            return rec, ops, ["name+city"]
    repair_evidence(rec, cmp, ops, src)
    clean_record(rec)
    ev = g_evidence(rec, cmp)
    assert ev, (rec, cmp)
    return rec, ops, ev


def distinctive_person(e):
    if e["type"] != "person" or e["kind"] not in ("person", "landlord") or e.get("pair"):
        return False
    tok = name_tokens(e["p"]["family"])
    if not tok or not e["rec"]["address"]:
        return False
    tok = max(tok, key=len)
    return len(tok) >= 5 and TOKEN_COUNT.get(tok, 0) <= 2 and tok in name_tokens(e["rec"]["displayName"])


def make_name_city_match(e):
    """A harsh match findable only by a distinctive name in the same town: new place on the
    same town (911 readdressing, service location or a move across town), no e-mail, the
    phone of a relative or none."""
    cmp = e["rec"]
    for _ in range(12):
        src = wchoice([("tablet", 40), ("paper", 40), ("legacy", 20)])
        rec, ops, ctx = render_incoming(e, src)
        ops = [o for o in ops if not o.startswith("address:")]
        rec["email"] = None
        ops += op_phone_relative(rec, e, ctx) if chance(0.6) else op_phone_drop(rec, e, ctx)
        qa = e.get("qbo_addr")
        if e.get("old") is not None and qa is not e["old"]:
            a, lab = e["old"], "address:911_readdress"
        elif e.get("old") is not None:
            a, lab = (e["svc"] or e["mail"]), "address:911_readdress"
        elif e["svc"] is not None and qa is not e["svc"]:
            a, lab = e["svc"], "address:service_location"
        else:
            a, lab = make_addr(e["town"], R.choice(["street", "rural", "rr", "cr"]) if e["town"][1] != "OK" else "grid"), "address:moved_within_town"
        rec["address"] = render_address(a, src)
        city = cmp["address"]["city"]
        rec["address"]["city"] = city.upper() if src == "legacy" or (rec["address"]["line1"] or "").isupper() else city
        ops.append(lab)
        if chance(0.4):
            ops += op_case(rec, e, ctx)
        clean_record(rec)
        if not g_evidence(rec, cmp) and name_city_ok(rec, e, cmp):
            changes = finalize_changes(rec, cmp, ops, SRC_LABEL[src])
            meta = {"category": "match", "kind": e["kind"], "changes": changes, "profile": "harsh",
                    "evidence": ["name+city"], "compare_set": "existing", "compare_index": e["index"],
                    "source": src}
            return {"entity": e["id"], "rec": rec, "meta": meta, "cmp_entity": e}
    return None


def make_match(e, profile):
    src = pick_source(e)
    rec, ops, ev = derived_record(e, e["rec"], profile, src)
    changes = finalize_changes(rec, e["rec"], ops, SRC_LABEL[src])
    meta = {"category": "match", "kind": e["kind"], "changes": changes, "profile": profile,
            "evidence": ev, "compare_set": "existing", "compare_index": e["index"], "source": src}
    return {"entity": e["id"], "rec": rec, "meta": meta, "cmp_entity": e}


# ---------------------------------------------------------------------------
# New customers (not in QuickBooks), some of them arriving two or three times
# ---------------------------------------------------------------------------
TAKEN_PERSON = set()
TAKEN_COMPANY = set()


def company_key(s):
    return " ".join(name_tokens(s))


def register_taken(e):
    if e["type"] == "person":
        if e.get("spouse"):
            TAKEN_PERSON.add((ascii_low(e["spouse"]["given"]), ascii_low(e["p"]["family"])))
        TAKEN_PERSON.add((ascii_low(e["p"]["given"]), ascii_low(e["p"]["family"])))
        TAKEN_PERSON.add((ascii_low(used_given(e["p"])), ascii_low(e["p"]["family"])))
    else:
        TAKEN_COMPANY.add(company_key(e["company"]))
        TAKEN_COMPANY.add(company_key(drop_legal(e["company"])))


def make_new_entity():
    for _ in range(100):
        if chance(0.75):
            kind = wchoice([("person", 82), ("joint", 9), ("estate", 3), ("landlord", 3), ("care_of", 3)])
            e = make_person_entity(kind)
            if kind == "landlord":
                e["rentals"] = [make_addr(pick_town(e["town"][1]), R.choice(["street", "rural", "rr"]))
                                for _ in range(R.randrange(2, 5))]
            keys = [(ascii_low(e["p"]["given"]), ascii_low(e["p"]["family"])),
                    (ascii_low(used_given(e["p"])), ascii_low(e["p"]["family"]))]
            if any(k in TAKEN_PERSON for k in keys):
                continue
        else:
            kind = wchoice([("farm", 30), ("business", 30), ("church", 8), ("llc_rental", 12), ("trust", 8),
                            ("misc", 7), ("vfd", 5)])
            e = make_org_entity(kind)
            if company_key(e["company"]) in TAKEN_COMPANY or company_key(drop_legal(e["company"])) in TAKEN_COMPANY:
                continue
        register_taken(e)
        e["in_qbo"] = False
        return e
    raise RuntimeError("could not make a new entity")


def make_new_group(n_occ):
    e = make_new_entity()
    out = []
    src = pick_source(e)
    rec, ops, ctx = render_incoming(e, src)
    ops += source_noise(rec, e, ctx, src)
    clean_record(rec)
    out.append({"entity": e["id"], "rec": rec, "cmp_entity": None,
                "meta": {"category": "new", "kind": e["kind"], "changes": [], "occurrence": 1, "source": src}})
    for k in range(2, n_occ + 1):
        src2 = pick_source(e)
        profile = wchoice([("light", 35), ("medium", 40), ("harsh", 25)])
        r2, ops2, ev = derived_record(e, rec, profile, src2)
        changes = finalize_changes(r2, rec, ops2, SRC_LABEL[src2])
        out.append({"entity": e["id"], "rec": r2, "cmp_entity": None, "first": out[0],
                    "meta": {"category": "new", "kind": e["kind"], "changes": changes, "occurrence": k,
                             "profile": profile, "evidence": ev, "compare_set": "incoming",
                             "compare_index": None, "source": src2}})
    return out


# ---------------------------------------------------------------------------
# Hard negatives: other customers that resemble an existing one
# ---------------------------------------------------------------------------
RULES = {
    "namesake_elsewhere": "One customer per person: a different person of the same name who lives in another "
                          "town, with own address, phone and mailbox.",
    "namesake_same_town": "One customer per person: a different person of the same name in the same town, "
                          "with another address, phone and mailbox.",
    "father_son": "One customer per person: father and son of one name (Sr./Jr. not always written) on "
                  "neighbouring farms on the same road; each signed his own membership for his own meter.",
    "spouse": "One customer per person: the spouse signed a separate membership (own meter, e.g. shop or "
              "well house) at the household address; the anchor account is not a joint account.",
    "household_member": "One customer per person: another adult of the household (grown child, parent or "
                        "sibling) with an own meter and membership at the same address.",
    "later_occupant": "One customer per person: a later occupant (new tenant or buyer) of the anchor's address; "
                      "memberships follow the person, not the meter.",
    "trust_vs_person": "One customer per legal entity: the trust owns the land and is billed separately from "
                       "the trustee as a private person.",
    "church_parsonage": "Co-op rule: the parsonage (pastor's residence, residential tariff) is signed as its own "
                        "account, separate from the church.",
    "other_branch": "One customer per legal entity: another store of the same brand, owned by a separate "
                    "LLC or franchisee.",
    "group_company": "One customer per legal entity: another company of the same owner, sharing the owner's "
                     "phone, mailbox or office.",
    "agent_managed": "One customer per legal entity: another farm/LLC managed by the same manager or agent, "
                     "reached at the manager's shared mailbox, phone and office.",
    "similar_name_other_trade": "One customer per legal entity: a different business with a similar name in "
                                "another trade, with other owner and contact data.",
    "public_other_dept": "Public bodies: each department is signed as its own member account with its own "
                         "budget; this is another department of the same county or city.",
    "school_other_building": "Public bodies: each school building is its own member account; this is another "
                             "building of the same district.",
    "tower_other_site": "Co-op rule: every carrier tower site is a separate member account under the commercial "
                        "tariff; this is another site of the same carrier.",
}
HN_PLAN = [("namesake_elsewhere", 12), ("namesake_same_town", 8), ("father_son", 12), ("spouse", 10),
           ("household_member", 10), ("later_occupant", 12), ("trust_vs_person", 8), ("church_parsonage", 8),
           ("other_branch", 10), ("group_company", 10), ("agent_managed", 12),
           ("similar_name_other_trade", 12), ("public_other_dept", 10), ("school_other_building", 8),
           ("tower_other_site", 8)]
TRADES = ["Welding", "Auto Repair", "Bait & Tackle", "Feed Store", "Trucking", "Construction LLC", "Sawmill",
          "Well Drilling", "Excavating", "Body Shop", "Hardware", "General Store", "Cafe", "Campground",
          "Small Engine Repair", "Propane", "Processing", "Saddle Shop", "Storage Units", "Septic Service",
          "Fencing", "Tree Service", "Plumbing", "Hay Sales", "Taxidermy", "Pawn Shop"]
RURAL_KINDS = ("rr", "hc", "cr", "hwy", "grid")


def nz(s):
    return re.sub(r"[^a-z0-9]", "", strip_accents(s or "").lower())


def g_road(line):
    c = g_canon_line(line)
    if not c:
        return None
    t = c.split()
    if t[0] in ("rr", "hc") and len(t) >= 2:
        return " ".join(t[:2])
    if t[0].isdigit() and len(t) >= 2:
        return " ".join(t[1:])
    return None


def share_checks(rec, anc):
    """Name-level facts the two records share (generator side)."""
    out = []
    if rec["givenName"] and anc["givenName"] and rec["familyName"] and anc["familyName"] and \
            nz(rec["givenName"]) == nz(anc["givenName"]) and nz(rec["familyName"]) == nz(anc["familyName"]):
        out.append("full_name" if not rec["companyName"] and not anc["companyName"] else "contact_person")
    elif rec["familyName"] and anc["familyName"] and nz(rec["familyName"]) == nz(anc["familyName"]):
        out.append("familyName")
    if rec["companyName"] and anc["companyName"]:
        a, b = name_tokens(rec["companyName"]), name_tokens(anc["companyName"])
        if a and b and a[0] == b[0] and len(a[0]) >= 3:
            out.append("company_first_word")
    ra, aa = rec["address"], anc["address"]
    if ra and aa:
        if g_canon_city(ra["city"]) and g_canon_city(ra["city"]) == g_canon_city(aa["city"]):
            out.append("city")
        r1 = [g_road(ra.get(k)) for k in ("line1", "line2")]
        r2 = [g_road(aa.get(k)) for k in ("line1", "line2")]
        if any(x and x in r2 for x in r1) and not g_addr_shared(ra, aa):
            out.append("road")
    return out


def plain_person(e):
    if e["type"] != "person" or e["kind"] != "person" or e.get("pair"):
        return False
    g, f = e["rec"]["givenName"], e["rec"]["familyName"]
    return bool(g and f and re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", g) and
                re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", f))


def force_person_name(rec, g, f, src, suffix=None):
    mode = "as"
    if src == "portal":
        mode = wchoice([("lower", 35), ("as", 65)])
    elif src == "tablet":
        mode = wchoice([("upper", 40), ("as", 60)])
    if chance(0.3):
        g, f = strip_accents(g), strip_accents(f)
    g, f = portal_case(g, mode), portal_case(f, mode)
    s = ""
    if suffix:
        s = " " + (suffix.upper().replace(".", "") if mode == "upper" else suffix)
    rec["givenName"], rec["familyName"] = g, f
    if src == "tablet" and chance(0.45):
        rec["displayName"] = "%s, %s%s" % (f, g, s)
    else:
        rec["displayName"] = "%s %s%s" % (g, f, s)


def first_number(rec_phone):
    nums = g_phone_numbers(rec_phone)
    return nums[0] if nums and len(nums[0]) == 10 else None


def hn_entity_person(anchor, town, same_name=True, family=None, gender=None):
    ap = anchor["p"]
    if same_name:
        p = make_person_name(origin=ap["origin"], gender=ap["gender"], given=ap["given"], family=ap["family"])
        p["goes_by"] = ap["goes_by"]
        p["suffix"] = None
        p["maiden"], p["mstyle"] = None, None
    else:
        p = make_person_name(origin=ap["origin"], gender=gender, family=family)
    e = make_person_entity("person", town=town, name=p)
    e["in_qbo"] = False
    return e


def build_hn(hn_type, anchor, existing):
    """Returns (entity, rec, src, shares) or None when the anchor does not fit."""
    ar = anchor["rec"]
    src = wchoice([("portal", 35), ("tablet", 30), ("paper", 35)])
    t = anchor["town"]
    if hn_type in ("namesake_elsewhere", "namesake_same_town", "father_son"):
        if hn_type == "namesake_elsewhere":
            others = [x for x in TOWNS if x[3] != t[3]]
            town = R.choice(others)
        else:
            town = t
        e = hn_entity_person(anchor, town)
        suffix = None
        if hn_type == "father_son":
            base = anchor.get("qbo_addr")
            nb = same_road(base) if base and base["k"] in RURAL_KINDS + ("street",) else None
            if nb is None:
                return None
            e["mail"], e["svc"], e["old"] = nb, None, None
            asf = anchor["p"]["suffix"]
            suffix = {None: wchoice([("Jr.", 40), (None, 40), ("Sr.", 20)]), "Sr.": R.choice(["Jr.", None]),
                      "Jr.": R.choice(["Sr.", None])}.get(asf)
            e["p"]["suffix"] = suffix
        rec, ops, ctx = render_incoming(e, src)
        force_person_name(rec, ar["givenName"], ar["familyName"], src, suffix)
        if hn_type != "namesake_elsewhere" and rec["address"] and ar["address"]:
            rec["address"]["city"] = ar["address"]["city"]
        return e, rec, src
    if hn_type in ("spouse", "household_member", "later_occupant", "trust_vs_person"):
        base = anchor.get("qbo_addr")
        if base is None or ar["address"] is None or anchor["co"]:
            return None
        hh = first_number(ar["phone"])
        if hn_type == "later_occupant":
            if base["k"] == "pobox":
                return None
            fam = pick_family(wchoice(ORIGINS))
            if nz(fam) == nz(anchor["p"]["family"]):
                return None
            e = hn_entity_person(anchor, t, same_name=False, family=fam)
        elif hn_type == "trust_vs_person":
            if not hh:
                return None
            fam = ar["familyName"]
            mi = (" %s." % strip_accents(anchor["p"]["middle"])[0]) if anchor["p"]["middle"] else ""
            comp = R.choice(["%s Family Trust" % fam, "%s%s %s Revocable Trust" % (ar["givenName"], mi, fam),
                             "%s Living Trust" % fam, "%s %s Trust" % (ar["givenName"], fam)])
            if company_key(comp) in TAKEN_COMPANY:
                return None
            e = make_org_entity("trust", t, company=comp, contact=anchor["p"])
            e["in_qbo"] = False
            TAKEN_COMPANY.add(company_key(comp))
        else:
            if not hh:
                return None
            if hn_type == "spouse":
                if anchor["p"]["mstyle"]:
                    return None
                gender = "F" if anchor["p"]["gender"] == "M" else "M"
            else:
                gender = R.choice("MF")
            e = hn_entity_person(anchor, t, same_name=False, family=anchor["p"]["family"], gender=gender)
            if nz(e["p"]["given"]) == nz(anchor["p"]["given"]) or nz(e["p"]["given"]) == nz(ar["givenName"]):
                return None
            e["p"]["suffix"] = None
        e["mail"], e["svc"], e["old"], e["hamlet"] = base, None, None, None
        if hn_type == "later_occupant":
            e["emails"] = [person_email(e["p"])] if chance(0.5) else []
        else:
            own = [x for x in e["phones"] if x != hh]
            if hn_type == "spouse" or chance(0.6):
                e["phones"] = [hh]
            else:
                e["phones"] = own[:1] or [hh]
            if hn_type == "trust_vs_person" and ar["email"] and chance(0.4):
                e["emails"] = [ar["email"]]
            elif e["type"] == "person":
                e["emails"] = [person_email(e["p"])] if chance(0.4) else []
        rec, ops, ctx = render_incoming(e, src)
        if hn_type in ("spouse", "household_member"):
            force_person_name(rec, rec["givenName"] or e["p"]["given"], ar["familyName"], src)
        if hn_type == "trust_vs_person":
            rec["givenName"], rec["familyName"] = ar["givenName"], ar["familyName"]
        rec["address"]["city"] = ar["address"]["city"]
        if rec["address"]["postalCode"] is None:
            rec["address"]["postalCode"] = ar["address"]["postalCode"]
        return e, rec, src
    if hn_type == "church_parsonage":
        if anchor.get("has_parsonage"):
            return None
        pastor = make_person_name(gender="M")
        comp = R.choice(["%s Parsonage", "Parsonage - %s", "%s - Parsonage", "%s (Parsonage)"]) % anchor["company"]
        e = make_org_entity("parsonage", t, company=comp, contact=pastor)
        e["company"] = comp
        e["in_qbo"] = False
        hh = first_number(ar["phone"])
        share_phone = hh and chance(0.7)
        if share_phone:
            e["phones"] = [hh]
        if not share_phone or chance(0.5):
            e["mail"] = anchor["qbo_addr"]
        if anchor["emails"] and chance(0.3):
            e["emails"] = [anchor["emails"][0]]
        src = R.choice(["portal", "paper", "tablet"])
        rec, ops, ctx = render_incoming(e, src)
        return e, rec, src
    if hn_type == "similar_name_other_trade":
        comp = anchor["company"]
        toks = comp.split()
        stem = toks[0]
        if len(toks) > 2 and ("%s %s" % (toks[0], toks[1]) in PLACES + RURAL_ROADS or
                              any(x[0] == "%s %s" % (toks[0], toks[1]) for x in TOWNS)):
            stem = "%s %s" % (toks[0], toks[1])
        if len(nz(stem)) < 4 or stem in ("First", "Double", "Circle", "Lazy", "Rocking", "Flying", "Bar"):
            return None
        trades = [x for x in TRADES if x.split()[0] not in comp]
        new = "%s %s" % (stem, R.choice(trades))
        if company_key(new) in TAKEN_COMPANY:
            return None
        town = t if chance(0.5) else pick_town()
        e = make_org_entity("business", town, company=new)
        e["in_qbo"] = False
        TAKEN_COMPANY.add(company_key(new))
        rec, ops, ctx = render_incoming(e, src)
        return e, rec, src
    raise ValueError(hn_type)


RESERVE_TYPES = {"other_branch": "branch", "group_company": "group", "agent_managed": "agent",
                 "public_other_dept": "public", "school_other_building": "school", "tower_other_site": "tower"}
HN_NEEDS = {
    "namesake_elsewhere": (["full_name"], [], ["email", "phone", "address", "city"]),
    "namesake_same_town": (["full_name", "city"], [], ["email", "phone", "address"]),
    "father_son": (["full_name", "road"], [], ["email", "phone", "address"]),
    "spouse": (["familyName", "address", "phone"], [], ["full_name"]),
    "household_member": (["familyName", "address"], [], ["full_name"]),
    "later_occupant": (["address"], [], ["familyName", "phone", "email"]),
    "trust_vs_person": (["contact_person"], ["address", "phone"], []),
    "church_parsonage": (["company_first_word"], ["address", "phone", "email"], []),
    "other_branch": (["company_first_word"], [], []),
    "group_company": ([], ["phone", "email", "address"], []),
    "agent_managed": ([], ["phone", "email"], []),
    "similar_name_other_trade": (["company_first_word"], [], ["email", "phone", "address"]),
    "public_other_dept": (["company_first_word"], ["phone", "email", "address"], []),
    "school_other_building": (["company_first_word"], ["phone", "email", "address"], []),
    "tower_other_site": (["company_first_word"], ["phone", "email"], []),
}


def hn_candidates(hn_type, existing):
    if hn_type in ("namesake_elsewhere", "namesake_same_town"):
        common = [(g, f) for g, f, _ in COMMON_NAMES]
        c1 = [e for e in existing if plain_person(e) and (e["p"]["given"], e["p"]["family"]) in common]
        c2 = [e for e in existing if plain_person(e) and TOKEN_COUNT.get(nz(e["p"]["family"]), 0) >= 4
              and e not in c1]
        R.shuffle(c1)
        R.shuffle(c2)
        return c1 + c2
    if hn_type == "father_son":
        c = [e for e in existing if plain_person(e) and e["p"]["gender"] == "M" and e.get("qbo_addr")
             and (e["qbo_addr"]["k"] in RURAL_KINDS or (e["qbo_addr"]["k"] == "street" and int(e["qbo_addr"]["n"]) >= 1000))]
    elif hn_type in ("spouse", "household_member", "trust_vs_person", "later_occupant"):
        c = [e for e in existing if plain_person(e)]
    elif hn_type == "church_parsonage":
        c = [e for e in existing if e["kind"] == "church"]
    elif hn_type == "similar_name_other_trade":
        c = [e for e in existing if e["kind"] in ("business", "farm") and not e.get("group")]
    else:
        return []
    R.shuffle(c)
    return c


def check_needs(hn_type, shares):
    must, any_of, must_not = HN_NEEDS[hn_type]
    if any(m not in shares for m in must):
        return False
    if any_of and not any(a in shares for a in any_of):
        return False
    if any(m in shares for m in must_not):
        return False
    return True


def make_hard_negatives(existing):
    out = []
    used = []
    for hn_type, n in HN_PLAN:
        made = 0
        if hn_type in RESERVE_TYPES:
            pool = list(RESERVE[RESERVE_TYPES[hn_type]])
            R.shuffle(pool)
            for members, e in pool:
                if made >= n:
                    break
                e["in_qbo"] = False
                anchor = R.choice(members)
                for _ in range(8):
                    src = wchoice([("portal", 30), ("tablet", 35), ("paper", 35)])
                    rec, ops, ctx = render_incoming(e, src)
                    clean_record(rec)
                    shares = share_checks(rec, anchor["rec"]) + g_evidence(rec, anchor["rec"])
                    if check_needs(hn_type, shares) and company_key(rec["displayName"]) != company_key(anchor["rec"]["displayName"]):
                        out.append(hn_item(e, rec, src, anchor, hn_type, shares))
                        made += 1
                        break
        else:
            for anchor in hn_candidates(hn_type, existing):
                if made >= n:
                    break
                if anchor["id"] in used:
                    continue
                for _ in range(4):
                    res = build_hn(hn_type, anchor, existing)
                    if res is None:
                        break
                    e, rec, src = res
                    clean_record(rec)
                    shares = share_checks(rec, anchor["rec"]) + g_evidence(rec, anchor["rec"])
                    if check_needs(hn_type, shares):
                        out.append(hn_item(e, rec, src, anchor, hn_type, shares))
                        used.append(anchor["id"])
                        made += 1
                        break
        if made < n:
            raise RuntimeError("only %d of %d hard negatives of type %s" % (made, n, hn_type))
    return out


def hn_item(e, rec, src, anchor, hn_type, shares):
    changes = finalize_changes(rec, anchor["rec"], [], "other_customer")
    meta = {"category": "hard_negative", "kind": e["kind"], "changes": changes, "anchor": anchor["id"],
            "anchor_index": anchor["index"], "hn_type": hn_type, "rule": RULES[hn_type], "shared": shares,
            "source": src}
    return {"entity": e["id"], "rec": rec, "meta": meta, "cmp_entity": anchor}


# ---------------------------------------------------------------------------
# Assembly and output
# ---------------------------------------------------------------------------
def contact_out(rec):
    ad = rec["address"]
    return {"displayName": rec["displayName"], "givenName": rec["givenName"], "familyName": rec["familyName"],
            "companyName": rec["companyName"], "email": rec["email"], "phone": rec["phone"],
            "address": None if ad is None else {k: ad[k] for k in ("line1", "line2", "city", "region",
                                                                    "postalCode", "country")}}


def main(argv):
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out_dir = argv[argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    existing = build_existing()
    for e in existing:
        clean_record(e["rec"])
        register_taken(e)
    for key in ("school", "public", "tower", "branch", "group", "agent"):
        for _, m in RESERVE[key]:
            register_taken(m)
    build_token_count(existing)
    for e in existing:
        if e["type"] == "person" and e["kind"] == "person" and e["qbo_addr"]["k"] == "street" and e["qbo_addr"]["unit"]:
            RENTAL_POOL.append(e["qbo_addr"])
        for a in e["rentals"]:
            RENTAL_POOL.append(a)

    # matches: 750 customers once, 75 of them a second time
    order = list(existing)
    R.shuffle(order)
    targets = order[:740] + order[:73]
    matches = []
    for e in targets:
        profile = wchoice([("light", 35), ("medium", 40), ("harsh", 25)])
        matches.append(make_match(e, profile))
    for e in order[740:]:
        if len(matches) >= N_MATCH:
            break
        if distinctive_person(e):
            m = make_name_city_match(e)
            if m is not None:
                matches.append(m)
    assert len(matches) == N_MATCH, len(matches)

    hard = make_hard_negatives(existing)
    assert len(hard) == N_HN, len(hard)

    news = []
    sizes = [1] * 300 + [2] * 75 + [3] * 25
    R.shuffle(sizes)
    groups = []
    for n in sizes:
        g = make_new_group(n)
        groups.append(g)
        news.extend(g)
    assert len(news) == N_NEW, len(news)

    incoming = matches + hard + news
    assert len(incoming) == N_INCOMING, len(incoming)
    R.shuffle(incoming)
    # within each new customer the first occurrence must come first
    pos = {}
    for i, it in enumerate(incoming):
        pos[id(it)] = i
    for g in groups:
        if len(g) == 1:
            continue
        slots = sorted(pos[id(it)] for it in g)
        for it, s in zip(g, slots):
            incoming[s] = it
            pos[id(it)] = s
    for g in groups:
        for it in g[1:]:
            it["meta"]["compare_index"] = pos[id(g[0])]
            assert pos[id(g[0])] < pos[id(it)]

    set_lines = []
    meta_lines = []
    for i, e in enumerate(existing):
        set_lines.append({"set": "existing", "entity": e["id"], "contact": contact_out(e["rec"])})
        meta_lines.append({"set": "existing", "index": i, "entity": e["id"], "category": "existing",
                           "kind": e["kind"], "changes": []})
    for i, it in enumerate(incoming):
        set_lines.append({"set": "incoming", "entity": it["entity"], "contact": contact_out(it["rec"])})
        m = {"set": "incoming", "index": i, "entity": it["entity"]}
        m.update(it["meta"])
        meta_lines.append(m)
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for line in set_lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for line in meta_lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(set_lines), out_dir))


if __name__ == "__main__":
    main(sys.argv[1:])
