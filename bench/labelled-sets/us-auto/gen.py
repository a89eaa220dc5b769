#!/usr/bin/env python3
"""Generate the 'us-auto' labelled record-linkage set.

US auto repair / tyre / towing business (shops in FL, GA, WA). Python 3 stdlib
only, fixed seed, deterministic: writes set.jsonl and meta.jsonl next to itself.
All people, numbers, e-mail domains and claim numbers are fictitious
(phones in the 555-0100..0199 range, e-mail domains under example.com/.net/.org,
.example and .test).
"""
import difflib
import json
import os
import re
import random

SEED = 20250704
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

N_EXISTING = 1500
N_MATCH_DISTINCT, N_MATCH_TWICE = 635, 40          # 675 existing_match lines
N_PLAIN_NEW = 300
HN_PLAN = [  # hard-negative kind, count  (300 in total)
    ("namesake_elsewhere", 55), ("relative_same_address", 45), ("jr_sr", 30),
    ("roommate_same_address", 15), ("driver_vs_claim", 25),
    ("owner_personal_vs_company", 20), ("other_branch", 30),
    ("company_vs_owner", 15), ("sister_company", 20),
    ("namesake_org_elsewhere", 25), ("other_claim_same_insurer", 20),
]
N_REPEAT_ENTS, N_REPEAT_TWICE = 185, 40           # 225 repeat_of_new lines


def chance(p):
    return R.random() < p


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def shuffled(seq):
    s = list(seq)
    R.shuffle(s)
    return s


# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------
MALE = [
    ("James", ["Jim", "Jimmy"]), ("Robert", ["Bob", "Rob", "Bobby"]), ("John", ["Johnny", "Jack"]),
    ("Michael", ["Mike"]), ("William", ["Bill", "Will", "Billy"]), ("David", ["Dave"]),
    ("Richard", ["Rick", "Rich"]), ("Joseph", ["Joe", "Joey"]), ("Thomas", ["Tom", "Tommy"]),
    ("Charles", ["Charlie", "Chuck"]), ("Christopher", ["Chris"]), ("Daniel", ["Dan", "Danny"]),
    ("Matthew", ["Matt"]), ("Anthony", ["Tony"]), ("Donald", ["Don"]), ("Mark", []),
    ("Steven", ["Steve"]), ("Paul", []), ("Andrew", ["Andy", "Drew"]), ("Joshua", ["Josh"]),
    ("Kenneth", ["Ken", "Kenny"]), ("Kevin", []), ("Brian", []), ("George", []),
    ("Edward", ["Ed", "Eddie"]), ("Ronald", ["Ron"]), ("Timothy", ["Tim"]), ("Jason", []),
    ("Jeffrey", ["Jeff"]), ("Ryan", []), ("Jacob", ["Jake"]), ("Gary", []), ("Nicholas", ["Nick"]),
    ("Eric", []), ("Jonathan", ["Jon"]), ("Larry", []), ("Justin", []), ("Scott", []),
    ("Brandon", []), ("Benjamin", ["Ben"]), ("Samuel", ["Sam"]), ("Gregory", ["Greg"]),
    ("Frank", []), ("Alexander", ["Alex"]), ("Raymond", ["Ray"]), ("Patrick", ["Pat"]),
    ("Dennis", []), ("Tyler", []), ("Aaron", []), ("Jose", []), ("Adam", []), ("Henry", ["Hank"]),
    ("Nathan", ["Nate"]), ("Douglas", ["Doug"]), ("Zachary", ["Zach"]), ("Peter", ["Pete"]),
    ("Kyle", []), ("Walter", ["Walt"]), ("Ethan", []), ("Jeremy", []), ("Harold", ["Harry"]),
    ("Keith", []), ("Roger", []), ("Carl", []), ("Sean", []), ("Austin", []),
    ("Arthur", ["Art"]), ("Jesse", []), ("Dylan", []), ("Jordan", []), ("Bruce", []),
    ("Albert", ["Al"]), ("Willie", []), ("Gabriel", ["Gabe"]), ("Logan", []), ("Wayne", []),
    ("Roy", []), ("Ralph", []), ("Randy", []), ("Eugene", ["Gene"]), ("Vincent", ["Vince"]),
    ("Russell", ["Russ"]), ("Louis", ["Lou"]), ("Philip", ["Phil"]), ("Carlos", []),
    ("Luis", []), ("Miguel", []), ("Jorge", []), ("Alejandro", ["Alex"]), ("Ricardo", ["Ricky"]),
    ("Manuel", ["Manny"]), ("Hector", []), ("Tuan", []), ("Minh", []), ("Darnell", []),
    ("DeShawn", []), ("Marcus", []), ("Terrence", ["Terry"]), ("Tyrone", []), ("Andre", []),
    ("Jamal", []), ("Reginald", ["Reggie"]), ("Cedric", []), ("Curtis", []), ("Dwayne", []),
    ("Rafael", []), ("Oscar", []), ("Sergio", []), ("Dmitri", []), ("Hyun", []), ("Rajesh", ["Raj"]),
]
FEMALE = [
    ("Mary", []), ("Patricia", ["Pat", "Patty", "Trish"]), ("Jennifer", ["Jen", "Jenny"]),
    ("Linda", []), ("Elizabeth", ["Liz", "Beth"]), ("Barbara", ["Barb"]), ("Susan", ["Sue"]),
    ("Jessica", ["Jess"]), ("Sarah", []), ("Karen", []), ("Nancy", []), ("Lisa", []),
    ("Betty", []), ("Margaret", ["Maggie", "Peggy"]), ("Sandra", ["Sandy"]), ("Ashley", []),
    ("Kimberly", ["Kim"]), ("Emily", []), ("Donna", []), ("Michelle", ["Shelly"]), ("Carol", []),
    ("Amanda", ["Mandy"]), ("Melissa", ["Missy"]), ("Deborah", ["Debbie", "Deb"]),
    ("Stephanie", ["Steph"]), ("Rebecca", ["Becky"]), ("Sharon", []), ("Laura", []),
    ("Cynthia", ["Cindy"]), ("Kathleen", ["Kathy"]), ("Amy", []), ("Shirley", []),
    ("Angela", ["Angie"]), ("Helen", []), ("Anna", []), ("Brenda", []), ("Pamela", ["Pam"]),
    ("Nicole", ["Nikki"]), ("Emma", []), ("Samantha", ["Sam"]), ("Katherine", ["Kate", "Katie"]),
    ("Christine", ["Chrissy"]), ("Rachel", []), ("Catherine", ["Cathy"]), ("Carolyn", []),
    ("Janet", []), ("Ruth", []), ("Maria", []), ("Heather", []), ("Diane", []),
    ("Virginia", ["Ginny"]), ("Julie", []), ("Joyce", []), ("Victoria", ["Vicky", "Tori"]),
    ("Olivia", []), ("Kelly", []), ("Christina", ["Tina"]), ("Lauren", []), ("Evelyn", []),
    ("Judith", ["Judy"]), ("Megan", []), ("Cheryl", []), ("Andrea", []), ("Hannah", []),
    ("Martha", []), ("Jacqueline", ["Jackie"]), ("Gloria", []), ("Teresa", ["Terri"]),
    ("Janice", []), ("Alice", []), ("Madison", []), ("Abigail", ["Abby"]), ("Julia", []),
    ("Grace", []), ("Denise", []), ("Amber", []), ("Beverly", ["Bev"]), ("Danielle", ["Dani"]),
    ("Natalie", []), ("Isabella", ["Bella"]), ("Rose", []), ("Kayla", []), ("Yolanda", []),
    ("Guadalupe", ["Lupe"]), ("Rosa", []), ("Carmen", []), ("Lucia", []), ("Mei", []),
    ("Linh", []), ("Thuy", []), ("Keisha", []), ("Latoya", []), ("Tamika", []), ("Ebony", []),
    ("Jasmine", []), ("Priya", []), ("Soo-jin", []), ("Yesenia", []), ("Brittany", []),
]
LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green
Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz
Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan
Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno
West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall
Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb
Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon
Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills
Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant
Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott
Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins
Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Pham Le Vo
Dang Bui Park Choi Yamamoto Okafor Adeyemi Mensah Kowalski Novak Petrov Ivanova O'Brien O'Neal
McCarthy DeLuca Rossi Bianchi Haddad Nasser Abboud Thibodeaux Boudreaux Fontenot Lindqvist Johansen""".split()

STREETS = ["Oak", "Maple", "Pine", "Cedar", "Elm", "Magnolia", "Palmetto", "Cypress", "Live Oak",
           "Dogwood", "Hickory", "Willow", "Sycamore", "Bayshore", "Gulf", "Harbor", "Lake", "Hillcrest",
           "Ridge", "Park", "Church", "Main", "Washington", "Lincoln", "Jefferson", "Jackson", "Madison",
           "Franklin", "Highland", "Meadow", "Forest", "Sunset", "Orange Blossom", "Coral", "Seminole",
           "Osceola", "Mockingbird", "Fairway", "Orchard", "Heron", "Pelican", "Azalea", "Camellia",
           "Laurel", "Walnut", "Poplar", "Birch", "Chestnut", "Brookside", "Ashford", "Creek", "River",
           "Spring", "Mill", "Valley", "Summit", "Evergreen", "Cascade", "Alder", "Madrona", "Hemlock",
           "Lakeview", "Peachtree", "Piedmont", "Roswell", "Bells Ferry", "Old Dixie", "Kingsley"]
STYPES = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
          ("Court", "Ct"), ("Boulevard", "Blvd"), ("Way", "Way"), ("Place", "Pl"), ("Circle", "Cir"),
          ("Parkway", "Pkwy"), ("Terrace", "Ter"), ("Trail", "Trl"), ("Highway", "Hwy")]
STYPE_W = [10, 8, 6, 8, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1]
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
        "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}

CITIES = [  # city, state, zips, local area codes, weight
    ("Tampa", "FL", [33602, 33603, 33604, 33606, 33607, 33609, 33610, 33611, 33612, 33613, 33614,
                     33615, 33616, 33617, 33618, 33619, 33624, 33625, 33626, 33629], ["813"], 10),
    ("Brandon", "FL", [33510, 33511], ["813"], 3),
    ("Riverview", "FL", [33569, 33578, 33579], ["813"], 2),
    ("Clearwater", "FL", [33755, 33756, 33759, 33761, 33763, 33764, 33765], ["727"], 3),
    ("St. Petersburg", "FL", [33701, 33702, 33703, 33704, 33705, 33707, 33709, 33710, 33711, 33713,
                              33714, 33716], ["727"], 4),
    ("Largo", "FL", [33770, 33771, 33773, 33774], ["727"], 2),
    ("Orlando", "FL", [32801, 32803, 32804, 32805, 32806, 32807, 32808, 32809, 32810, 32811, 32812,
                       32817, 32818, 32819, 32822, 32824, 32825, 32827, 32828, 32829, 32835, 32839],
     ["407", "321", "689"], 8),
    ("Kissimmee", "FL", [34741, 34743, 34744, 34746, 34747], ["407", "321"], 3),
    ("Jacksonville", "FL", [32202, 32204, 32205, 32207, 32208, 32209, 32210, 32211, 32216, 32217,
                            32218, 32223, 32224, 32225, 32244, 32246, 32256, 32257, 32258], ["904"], 7),
    ("Orange Park", "FL", [32065, 32073], ["904"], 2),
    ("Atlanta", "GA", [30303, 30305, 30306, 30307, 30308, 30309, 30310, 30311, 30312, 30313, 30314,
                       30315, 30316, 30318, 30319, 30324, 30326, 30327, 30331, 30338, 30339, 30342,
                       30344, 30349, 30350], ["404", "470", "678"], 10),
    ("Marietta", "GA", [30060, 30062, 30064, 30066, 30067, 30068], ["770", "678", "470"], 4),
    ("Kennesaw", "GA", [30144, 30152], ["770", "678"], 2),
    ("Smyrna", "GA", [30080, 30082], ["770", "678"], 2),
    ("Decatur", "GA", [30030, 30032, 30033, 30034], ["404", "678"], 3),
    ("Savannah", "GA", [31401, 31404, 31405, 31406, 31410, 31419], ["912"], 4),
    ("Pooler", "GA", [31322], ["912"], 1),
    ("Seattle", "WA", [98101, 98102, 98103, 98104, 98105, 98106, 98107, 98108, 98109, 98112, 98115,
                       98116, 98117, 98118, 98119, 98122, 98125, 98126, 98133, 98144, 98146, 98168,
                       98178, 98199], ["206"], 8),
    ("Tacoma", "WA", [98402, 98403, 98404, 98405, 98406, 98407, 98408, 98409, 98418, 98422, 98444,
                      98465, 98466], ["253"], 5),
    ("Kent", "WA", [98030, 98031, 98032, 98042], ["253"], 3),
    ("Renton", "WA", [98055, 98056, 98057, 98058, 98059], ["425"], 3),
    ("Bellevue", "WA", [98004, 98005, 98006, 98007, 98008], ["425"], 2),
    ("Everett", "WA", [98201, 98203, 98204, 98208], ["425"], 2),
    ("Spokane", "WA", [99201, 99202, 99203, 99204, 99205, 99207, 99208, 99223, 99224], ["509"], 4),
    ("Spokane Valley", "WA", [99206, 99212, 99216], ["509"], 2),
]
CITY_BY_NAME = {c[0]: c for c in CITIES}
STATE_FULL = {"FL": "Florida", "GA": "Georgia", "WA": "Washington"}
STATE_ALT = {"FL": ["Fla.", "Fla", "fl"], "GA": ["Ga.", "Ga", "ga"], "WA": ["Wash.", "Wa", "wa"]}
CITY_VARIANTS = {"St. Petersburg": ["St Petersburg", "Saint Petersburg", "St Pete"],
                 "Spokane Valley": ["Spokane Vly"], "Orange Park": ["Orange Pk"],
                 "Atlanta": ["ATL"], "Jacksonville": ["Jax", "Jacksonvile"]}
STATE_AC = {"FL": ["813", "727", "407", "321", "689", "904", "239", "305", "352", "386", "561", "754",
                   "772", "786", "850", "863", "941", "954"],
            "GA": ["404", "470", "678", "770", "912", "229", "478", "706", "762", "943"],
            "WA": ["206", "253", "425", "509", "360", "564"]}
OUT_AC = ["212", "312", "347", "415", "503", "512", "617", "702", "718", "720", "773", "832", "919",
          "971", "214", "602", "615", "704", "808", "907"]

PERSONAL_DOMAINS = [("example.com", 5), ("example.net", 3), ("example.org", 2), ("mail.example", 2),
                    ("inbox.test", 1)]
EMPLOYERS = ["baycarehealth", "hillsboroughschools", "suncoastcu", "publix-dist", "cobbcounty-gov",
             "emoryhealthcare-demo", "gulfportlogistics", "boeingfield-svcs", "kingcountymetro-demo",
             "providenceclinic-demo", "jaxport-ops", "delta-techops-demo", "chathamcounty-demo",
             "pugetenergy-demo", "spokanefirst", "orangecounty-demo", "tampaelectric-demo",
             "lockheedfl-demo", "homedepotsc-demo", "amazonfc-demo"]

VEHICLES = ["2014 Camry", "F-150", "Silverado", "Civic", "Accord", "Altima", "2019 RAV4", "Tahoe",
            "Explorer", "Corolla", "Wrangler", "Odyssey", "Sienna", "Outback", "CR-V", "Sentra",
            "Elantra", "Malibu", "Ram 1500", "Tacoma", "Prius", "Grand Cherokee", "Mustang", "Rogue"]

TRADES = ["Plumbing", "Lawn Care", "Landscaping", "Courier", "Heating & Air", "Electric",
          "Pest Control", "Pool Service", "Roofing", "Painting", "Handyman Services", "Moving",
          "Cleaning Services", "Appliance Repair", "Tree Service", "Irrigation", "Locksmith",
          "Delivery", "Drain & Sewer", "Pressure Washing", "Fence Co", "Glass & Mirror",
          "Flooring", "Mobile Detailing", "Septic Service", "Concrete", "Home Inspections"]
PLACE_WORDS = {"FL": ["Sunshine", "Gulf Coast", "Bay Area", "Suncoast", "Tampa Bay", "Palmetto", "Coastal",
                      "First Coast", "Orange Blossom", "Seminole", "Sun City", "Manatee"],
               "GA": ["Peach State", "Peachtree", "Southern", "Cobb County", "Magnolia", "Chattahoochee",
                      "Coastal Empire", "Red Clay", "Dixie", "Kennesaw Mountain", "Stone Mountain"],
               "WA": ["Evergreen", "Cascade", "Puget Sound", "Emerald City", "Rainier", "Inland Northwest",
                      "Pacific", "Olympic", "Northwest", "Lilac City", "Salish"]}
ADJS = ["Reliable", "Premier", "All-Pro", "A1", "Pro", "Quality", "Precision", "Express", "Rapid",
        "Green Thumb", "Blue Wave", "Elite", "Honest", "Superior", "Ace", "Top Notch", "Lightning",
        "Hometown", "Family", "Patriot", "Liberty", "Eagle", "Integrity", "True Blue"]
LEGAL_W = [("LLC", 45), ("Inc.", 25), ("Co.", 5), ("Corp.", 5), (None, 20)]
LEGAL_VARIANTS = {"LLC": ["L.L.C.", "Llc", "LLC.", "L.L.C"], "Inc.": ["Inc", "Incorporated", "INC"],
                  "Co.": ["Co", "Company"], "Corp.": ["Corp", "Corporation"]}

CHURCH_ADJ = ["Grace", "New Hope", "Mount Zion", "Greater Mount Calvary", "First", "Calvary", "Bethel",
              "Faith", "Trinity", "St. Paul", "St. Mark's", "Cornerstone", "Living Water", "New Life",
              "Victory", "Shiloh", "Ebenezer", "Good Shepherd", "Abundant Life", "Harvest",
              "Greater Bethlehem", "Friendship", "Macedonia", "Hope", "Redeemer", "St. Luke",
              "Emmanuel", "Antioch", "Mount Olive", "New Covenant"]
CHURCH_DEN = ["Baptist Church", "Missionary Baptist Church", "Methodist Church", "United Methodist Church",
              "AME Church", "Presbyterian Church", "Lutheran Church", "Episcopal Church",
              "Community Church", "Assembly of God", "Church of God", "Pentecostal Church",
              "Fellowship Church", "Bible Church"]

PM_STEMS = ["Property Management", "Property Management", "Realty & Property Management", "Rentals",
            "Residential Management", "Property Group", "Homes & Rentals", "Management Services"]

SMALLBIZ = ["Florist", "Catering", "Home Health", "Bakery", "Pharmacy", "Daycare", "Pizza",
            "Realty", "Auto Glass", "Medical Transport", "Pet Grooming", "Laundry Service",
            "Tutoring", "Dental Lab", "Food Truck"]

DEALER_GROUPS = [  # group, state, makes
    ("Bayshore", "FL", ["Toyota", "Ford", "Kia", "Honda"]),
    ("Suncoast", "FL", ["Chevrolet", "Nissan", "Hyundai"]),
    ("First Coast", "FL", ["Ford", "Subaru", "Chrysler Dodge Jeep Ram"]),
    ("Lakeside", "GA", ["Ford", "Chevrolet", "Kia"]),
    ("Peachtree", "GA", ["Honda", "Toyota", "Mazda"]),
    ("Sound", "WA", ["Toyota", "Subaru", "Hyundai"]),
    ("Inland", "WA", ["Ford", "Nissan", "Chevrolet"]),
]
RENTAL_BRANDS = [  # brand, legal, short, slug, branches (label, city)
    ("Sunway Car Rental", "Sunway Car Rental, Inc.", "Sunway", "sunwayrental",
     [("TPA Airport", "Tampa"), ("Tampa Westshore", "Tampa"), ("MCO Airport", "Orlando"),
      ("Orlando Downtown", "Orlando"), ("Kissimmee", "Kissimmee"), ("JAX Airport", "Jacksonville"),
      ("Clearwater", "Clearwater"), ("ATL Airport", "Atlanta"), ("Buckhead", "Atlanta"),
      ("Marietta", "Marietta"), ("Largo", "Largo"), ("Riverview", "Riverview"), ("Orlando South", "Orlando"),
      ("Jacksonville Southside", "Jacksonville"), ("Decatur", "Decatur")]),
    ("Budgetline Rent-A-Car", "Budgetline Rent-A-Car Systems LLC", "Budgetline", "budgetline",
     [("St. Pete", "St. Petersburg"), ("Brandon", "Brandon"), ("Orange Park", "Orange Park"),
      ("Decatur", "Decatur"), ("SAV Airport", "Savannah"), ("Sea-Tac Airport", "Seattle"),
      ("Bellevue", "Bellevue"), ("Tacoma Mall", "Tacoma"), ("GEG Airport", "Spokane"), ("Kent", "Kent"),
      ("Everett", "Everett"), ("Renton", "Renton"), ("Seattle Downtown", "Seattle"), ("Smyrna", "Smyrna")]),
    ("Cascade Auto & Truck Rental", "Cascade Auto & Truck Rental Inc.", "Cascade Rental", "cascaderental",
     [("Seattle SoDo", "Seattle"), ("Renton", "Renton"), ("Everett", "Everett"),
      ("Spokane Valley", "Spokane Valley"), ("Tacoma", "Tacoma"), ("Ballard", "Seattle"),
      ("Bellevue", "Bellevue"), ("Kent", "Kent"), ("Spokane North", "Spokane"), ("Tacoma Dome", "Tacoma")]),
    ("Peach Rent A Car", "Peach Rent A Car, LLC", "Peach Rent", "peachrent",
     [("Midtown", "Atlanta"), ("Smyrna", "Smyrna"), ("Kennesaw", "Kennesaw"), ("Pooler", "Pooler"),
      ("Savannah Southside", "Savannah"), ("College Park", "Atlanta"),
      ("Decatur", "Decatur"), ("Marietta", "Marietta"), ("ATL Airport", "Atlanta"), ("Buckhead", "Atlanta")]),
]
INSURERS = [  # full, short, slug
    ("Keystone Mutual Insurance", "Keystone Mutual", "keystonemutual"),
    ("Harborline Insurance Company", "Harborline", "harborline-ins"),
    ("Sunbelt Auto Insurance", "Sunbelt Auto", "sunbeltauto"),
    ("Evergreen Casualty Company", "Evergreen Casualty", "evergreencasualty"),
    ("Magnolia General Insurance", "Magnolia General", "magnoliageneral"),
    ("Pinnacle Direct Auto Insurance", "Pinnacle Direct", "pinnacledirect"),
]


def claim_number(ins_idx):
    if ins_idx == 0:
        return "%010d" % R.randint(100000000, 9999999999)
    if ins_idx == 1:
        return "HL-%07d" % R.randint(1000000, 9999999)
    if ins_idx == 2:
        return "SB%02d-%06d" % (R.randint(22, 25), R.randint(100000, 999999))
    if ins_idx == 3:
        return "EC%08d" % R.randint(10000000, 99999999)
    if ins_idx == 4:
        return "%02d-%06d-%02d" % (R.randint(1, 9), R.randint(100000, 999999), R.randint(1, 3))
    return "P%09d" % R.randint(100000000, 999999999)


# --------------------------------------------------------------------------
# registries (phones, e-mails, addresses, ids)
# --------------------------------------------------------------------------
PHONE_POOL = {}
for _ac in sorted(set(sum(STATE_AC.values(), [])) | set(OUT_AC)):
    PHONE_POOL[_ac] = shuffled(["%s555%04d" % (_ac, n) for n in range(100, 200)])

OWNERS = {}          # key -> list of entity ids (insertion ordered)
EMAILS_USED = set()
ADDR_USED = set()
ENTITIES = {}        # id -> entity dict (insertion ordered)
_ID_POOL = R.sample(range(10000, 100000), 4000)


def new_id():
    return "E%05d" % _ID_POOL.pop()


def own(key, eid):
    lst = OWNERS.setdefault(key, [])
    if eid not in lst:
        lst.append(eid)


def alloc_phone(city=None, state=None):
    order = []
    if city is not None and not chance(0.1):
        order += shuffled(city[3])
    if state:
        order += shuffled(STATE_AC[state])
    order += shuffled(OUT_AC)
    order += sorted(PHONE_POOL)
    for ac in order:
        if PHONE_POOL[ac]:
            return PHONE_POOL[ac].pop()
    raise RuntimeError("phone pool exhausted")


def slug(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def person_email(first, last, nick=None, domain=None):
    f, l = slug(nick or first), slug(last)
    for attempt in range(50):
        pats = [f + "." + l, f + l, f[0] + l, f + "_" + l, l + f[0], f + l[0] + str(R.randint(1, 99)),
                f + "." + l + str(R.randint(1, 99)), f + str(R.randint(60, 99)), l + "." + f,
                f[0] + l + str(R.randint(10, 99))]
        local = R.choice(pats) if attempt < 20 else f + l + str(R.randint(100, 9999))
        dom = domain or wchoice(PERSONAL_DOMAINS)
        em = local + "@" + dom
        if em not in EMAILS_USED:
            EMAILS_USED.add(em)
            return em
    raise RuntimeError("email")


def unique_email(local, dom):
    em = local + "@" + dom
    n = 2
    while em in EMAILS_USED:
        em = "%s%d@%s" % (local, n, dom)
        n += 1
    EMAILS_USED.add(em)
    return em


DOMAINS_USED = set()


def org_domain(name):
    base = slug(name)[:22] or "biz"
    d = base + ".example"
    n = 2
    while d in DOMAINS_USED:
        d = "%s%d.example" % (base, n)
        n += 1
    DOMAINS_USED.add(d)
    return d


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def pick_city(state=None, exclude=None):
    cands = [c for c in CITIES if (state is None or c[1] == state) and c[0] != exclude]
    return wchoice([(c, c[4]) for c in cands])


def make_addr(city, unit_p=0.2, biz=False, pobox_p=0.0):
    while True:
        a = {"num": None, "predir": None, "street": None, "stype": 0, "unit": None, "suite": None,
             "pobox": None, "city": city[0], "state": city[1], "zip": "%05d" % R.choice(city[2]),
             "zip4": "%04d" % R.randint(1, 9999)}
        if chance(pobox_p):
            a["pobox"] = str(R.randint(100, 99999))
            key = ("pobox", a["pobox"], a["zip"])
        else:
            if city[1] == "WA" and chance(0.55):
                a["predir"] = R.choice(["NE", "N", "S", "SE", "SW", "E", "W", "NW"])
                a["street"] = ordinal(R.randint(1, 320))
                a["stype"] = R.choice([0, 1, 8, 7])
                a["num"] = str(R.randint(1000, 35999))
            else:
                a["street"] = R.choice(STREETS)
                a["stype"] = wchoice(list(zip(range(len(STYPES)), STYPE_W)))
                a["num"] = str(R.randint(100, 19999))
                if chance(0.08):
                    a["predir"] = R.choice(["N", "S", "E", "W"])
            if biz:
                if chance(0.3):
                    a["suite"] = str(R.choice([100, 101, 110, 200, 201, 210, 300, 305, 400, 450, 500]))
            elif chance(unit_p):
                a["unit"] = R.choice(["%d" % R.randint(101, 2420), "%d%s" % (R.randint(1, 40), R.choice("ABCD")),
                                      R.choice("ABCDEFGH") + str(R.randint(1, 30))])
            key = (a["num"], a["predir"], a["street"], a["stype"], a["unit"], a["zip"])
        if key not in ADDR_USED:
            ADDR_USED.add(key)
            return a


def addr_key(a):
    if a is None:
        return None
    if a["pobox"]:
        return "a:pobox %s %s" % (a["pobox"], a["zip"])
    return "a:%s %s %s %d %s" % (a["num"], a["predir"], a["street"], a["stype"], a["zip"])


def person_names(gender=None, exclude_first=()):
    gender = gender or R.choice("MF")
    pool = MALE if gender == "M" else FEMALE
    while True:
        first, nicks = R.choice(pool)
        if first not in exclude_first:
            return gender, first, list(nicks)


PERSON_NAMES_USED = set()   # (first,last) of all generated persons except deliberate namesakes
ORG_CORES_USED = set()


def register(e):
    ENTITIES[e["id"]] = e
    for p in [e.get("phone"), e.get("owner_cell")] + e.get("alt_phones", []):
        if p:
            own("p:" + p, e["id"])
    for m in [e.get("email")] + e.get("alt_emails", []):
        if m:
            own("e:" + m.lower(), e["id"])
    if e.get("addr"):
        own(addr_key(e["addr"]), e["id"])
    return e


def base_entity(kind, city):
    return {"id": new_id(), "kind": kind, "city": city, "protect": [], "alt_phones": [],
            "alt_emails": [], "hn": None, "imitates": None, "exist_phone": True,
            "exist_email": True, "exist_addr": True, "addr_style": "abbr" if chance(0.75) else "full",
            "phone_fmt": wchoice([(0, 7), (1, 2), (3, 1)]), "country": wchoice([("US", 7), ("USA", 2), (None, 1)])}


def make_person(city=None, first=None, last=None, gender=None, nicks=None, unit_p=0.22,
                unique=True, exclude_first=()):
    city = city or pick_city()
    e = base_entity("person", city)
    while True:
        if first is None:
            g, f, nk = person_names(gender, exclude_first)
        else:
            g, f, nk = gender or "M", first, list(nicks or [])
        l = last or R.choice(LAST)
        if not unique or (f, l) not in PERSON_NAMES_USED or (first is not None and last is not None):
            break
    PERSON_NAMES_USED.add((f, l))
    e.update({"gender": g, "first": f, "nicks": nk, "last": l, "suffix": None,
              "middle": R.choice("ABCDEFGHJKLMNPRSTW") if chance(0.4) else None})
    e["show_middle"] = bool(e["middle"]) and chance(0.25)
    e["addr"] = make_addr(city, unit_p=unit_p)
    e["phone"] = alloc_phone(city, city[1])
    e["phone_type"] = "home" if chance(0.15) else "cell"
    e["email"] = person_email(f, l, R.choice(nk) if nk and chance(0.3) else None) if chance(0.85) else None
    e["exist_email"] = e["email"] is not None and chance(0.88)
    e["exist_phone"] = chance(0.95)
    e["exist_addr"] = chance(0.9)
    return e


def make_household(city=None):
    city = city or pick_city()
    e = base_entity("household", city)
    l = R.choice(LAST)
    g1, f1, n1 = person_names("M" if chance(0.9) else "F")
    g2, f2, n2 = person_names("F" if chance(0.9) else "M", exclude_first=(f1,))
    if g1 == "F" and g2 == "M":
        g1, f1, n1, g2, f2, n2 = g2, f2, n2, g1, f1, n1
    if chance(0.3):  # wife first
        g1, f1, n1, g2, f2, n2 = g2, f2, n2, g1, f1, n1
    PERSON_NAMES_USED.add((f1, l))
    PERSON_NAMES_USED.add((f2, l))
    e.update({"last": l, "first": f1, "nicks": n1, "gender": g1, "first2": f2, "nicks2": n2, "gender2": g2,
              "style": wchoice([("amp", 6), ("and", 2), ("lastcomma", 2), ("family", 1)])})
    e["addr"] = make_addr(city, unit_p=0.12)
    e["phone"] = alloc_phone(city, city[1])
    e["phone_type"] = "home" if chance(0.35) else "cell"
    e["email"] = None
    if chance(0.85):
        if chance(0.35):
            e["email"] = unique_email(R.choice([slug(l) + "family", "the" + slug(l) + "s", slug(f1 + f2) + slug(l)[:3]]),
                                      wchoice(PERSONAL_DOMAINS))
        else:
            e["email"] = person_email(f1, l)
    e["exist_email"] = e["email"] is not None and chance(0.9)
    e["exist_phone"] = chance(0.95)
    return e


def make_claim(driver=None, insurer=None, city=None):
    """A claim account: billed to the insurer for one claim (one QuickBooks customer per claim)."""
    if driver is not None:
        city = driver["city"]
    city = city or pick_city()
    e = base_entity("claim", city)
    ii = insurer if insurer is not None else R.randrange(len(INSURERS))
    e["ins"] = ii
    e["claim_no"] = claim_number(ii)
    if driver is None:
        g, f, nk = person_names()
        l = R.choice(LAST)
        PERSON_NAMES_USED.add((f, l))
        e.update({"first": f, "last": l, "gender": g, "nicks": nk})
        e["addr"] = make_addr(city, unit_p=0.2)
        e["phone"] = alloc_phone(city, city[1])
    else:
        e.update({"first": driver["first"], "last": driver["last"], "gender": driver["gender"],
                  "nicks": driver["nicks"]})
        e["addr"] = driver["addr"]
        e["phone"] = driver["phone"]
    e["style"] = "claim" if chance(0.55) else "driver"
    e["email_kind"] = wchoice([("claims", 4), ("adjuster", 5), (None, 1)])
    ins = INSURERS[ii]
    if e["email_kind"] == "claims":
        e["email"] = "claims@%s.example" % ins[2]
    elif e["email_kind"] == "adjuster":
        adj = ADJUSTERS[ii][R.randrange(4)]
        e["email"] = adj
    else:
        e["email"] = None
    e["exist_email"] = e["email"] is not None
    e["exist_phone"] = chance(0.92)
    e["exist_addr"] = (not e["exist_phone"]) or chance(0.8)
    e["protect"] = ["insurer"]
    e["phone_type"] = "cell"
    return e


ADJUSTERS = []
for _i, _ins in enumerate(INSURERS):
    _l = []
    for _k in range(4):
        _g, _f, _n = person_names()
        _l.append(unique_email(slug(_f) + "." + slug(R.choice(LAST)), _ins[2] + ".example"))
    ADJUSTERS.append(_l)
INSURER_PHONE = [alloc_phone(None, R.choice(["FL", "GA", "WA"])) for _ in INSURERS]


def org_common(e, core, legal, city, biz_addr=True, pobox_p=0.0):
    e["name"] = core
    e["legal"] = legal
    e["addr"] = make_addr(city, biz=biz_addr, pobox_p=pobox_p) if biz_addr else make_addr(city, unit_p=0.05)
    e["home_based"] = not biz_addr
    e["domain"] = org_domain(core)
    e["phone"] = alloc_phone(city, city[1])
    e["phone_type"] = "office"
    e["exist_phone"] = chance(0.97)
    e["exist_addr"] = chance(0.93)


def make_fleet(city=None, owner=None, core=None, trade=None):
    city = city or pick_city()
    e = base_entity("fleet", city)
    if owner is None:
        g, f, nk = person_names("M" if chance(0.8) else "F")
        l = R.choice(LAST)
        owner = (f, l, g, nk)
    trade = trade or R.choice(TRADES)
    if core is None:
        pat = wchoice([("last", 4), ("lastsons", 1), ("place", 3), ("adj", 2), ("first", 1), ("bros", 1)])
        f, l = owner[0], owner[1]
        core = {"last": "%s %s" % (l, trade), "lastsons": "%s & Sons %s" % (l, trade),
                "place": "%s %s" % (R.choice(PLACE_WORDS[city[1]]), trade),
                "adj": "%s %s" % (R.choice(ADJS), trade), "first": "%s's %s" % (f, trade),
                "bros": "%s Brothers %s" % (l, trade)}[pat]
    e["trade"] = trade
    legal = wchoice(LEGAL_W)
    home = chance(0.35)
    org_common(e, core, legal, city, biz_addr=not home)
    e["owner"] = owner
    e["owner_cell"] = alloc_phone(city, city[1])
    if chance(0.4):
        e["phone"] = e["owner_cell"]
        e["phone_type"] = "owner_cell"
    else:
        e["alt_phones"].append(e["owner_cell"])
    r = R.random()
    if r < 0.45:
        e["email"] = unique_email(R.choice(["office", "info", "dispatch", "billing", "admin"]), e["domain"])
    elif r < 0.7:
        e["email"] = unique_email(slug(owner[0]), e["domain"])
    elif r < 0.92:
        e["email"] = unique_email(slug(core)[:20], wchoice(PERSONAL_DOMAINS))
    else:
        e["email"] = None
    e["exist_email"] = e["email"] is not None and chance(0.92)
    e["contact"] = (owner[0], owner[1]) if chance(0.5) else None
    e["dba"] = None
    if chance(0.1):
        e["dba"] = "%s %s" % (R.choice(ADJS), trade)
    e["notes"] = ["Van %d" % R.randint(1, 9), "Truck %d" % R.randint(1, 30), "Unit %d" % R.randint(1, 40),
                  "Box Truck", "F-250 #%d" % R.randint(1, 9), "Transit Van", "Trailer"]
    return e


def make_smallbiz(city=None):
    city = city or pick_city()
    e = base_entity("smallbiz", city)
    kind = R.choice(SMALLBIZ)
    g, f, nk = person_names()
    l = R.choice(LAST)
    pat = R.random()
    if pat < 0.4:
        core = "%s's %s" % (l, kind)
    elif pat < 0.7:
        core = "%s %s" % (R.choice(PLACE_WORDS[city[1]]), kind)
    else:
        core = "%s %s" % (R.choice(ADJS), kind)
    e["trade"] = kind
    org_common(e, core, wchoice(LEGAL_W), city, biz_addr=True)
    e["owner"] = (f, l, g, nk)
    e["owner_cell"] = alloc_phone(city, city[1])
    e["alt_phones"].append(e["owner_cell"])
    e["email"] = unique_email(R.choice(["info", "office", "orders", slug(f)]), e["domain"]) if chance(0.85) else None
    e["exist_email"] = e["email"] is not None
    e["contact"] = (f, l) if chance(0.4) else None
    e["dba"] = None
    e["notes"] = ["Delivery Van", "Van %d" % R.randint(1, 4), "Catering Van", "Company Car"]
    return e


def make_church(city=None, core=None):
    city = city or pick_city()
    e = base_entity("church", city)
    if core is None:
        core = "%s %s" % (R.choice(CHURCH_ADJ), R.choice(CHURCH_DEN))
        if chance(0.25):
            core += " of " + city[0]
    org_common(e, core, "Inc." if chance(0.2) else None, city, biz_addr=True, pobox_p=0.12)
    e["email"] = unique_email(R.choice(["office", "admin", "churchoffice", "info", "pastor"]), e["domain"]) \
        if chance(0.8) else unique_email(slug(core)[:18], wchoice(PERSONAL_DOMAINS))
    e["exist_email"] = chance(0.9)
    g, f, nk = person_names()
    e["contact"] = (f, R.choice(LAST)) if chance(0.35) else None
    e["title"] = R.choice(["Pastor", "Rev.", "Deacon", "Elder"])
    e["notes"] = ["Church Van", "Bus #%d" % R.randint(1, 3), "15-Passenger Van", "Youth Van", "Van %d" % R.randint(1, 3)]
    e["dba"] = None
    e["owner"] = None
    return e


def make_pm(city=None):
    city = city or pick_city()
    e = base_entity("pm", city)
    r = R.random()
    l = R.choice(LAST)
    if r < 0.4:
        pref = l
    elif r < 0.75:
        pref = R.choice(PLACE_WORDS[city[1]])
    else:
        pref = R.choice(ADJS + ["Keyway", "Front Door", "Harbor", "Oakleaf", "Brick & Beam", "Homestead"])
    core = "%s %s" % (pref, R.choice(PM_STEMS))
    org_common(e, core, "LLC" if chance(0.7) else wchoice(LEGAL_W), city, biz_addr=True)
    e["email"] = unique_email(R.choice(["maintenance", "office", "ap", "workorders", "info"]), e["domain"])
    e["exist_email"] = chance(0.93)
    g, f, nk = person_names()
    e["contact"] = (f, R.choice(LAST)) if chance(0.5) else None
    e["notes"] = ["Maintenance Truck", "Unit %d" % R.randint(1, 12), "Leasing Office Car"]
    e["dba"] = None
    e["owner"] = (f, l, g, nk) if r < 0.4 else None
    return e


DEALER_SLOTS = []   # (group_idx, make, city_name)
for _gi, (_g, _st, _makes) in enumerate(DEALER_GROUPS):
    _cities = [c[0] for c in CITIES if c[1] == _st]
    for _m in _makes:
        for _c in R.sample(_cities, 3):
            DEALER_SLOTS.append((_gi, _m, _c))
R.shuffle(DEALER_SLOTS)
GROUP_AP = {}


def make_dealer(slot):
    gi, make, cname = slot
    city = CITY_BY_NAME[cname]
    e = base_entity("dealer", city)
    grp = DEALER_GROUPS[gi][0]
    e.update({"group": gi, "make": make, "loc": cname})
    core = "%s %s of %s" % (grp, make, cname)
    org_common(e, core, None, city, biz_addr=True)
    e["domain"] = slug(grp) + "autogroup.example"
    if gi not in GROUP_AP:
        GROUP_AP[gi] = unique_email("ap", slug(grp) + "autogroup.example")
    if chance(0.6):
        e["email"] = GROUP_AP[gi]
    else:
        e["email"] = unique_email(R.choice(["service", "fleet", "parts"]) + slug(cname)[:6], slug(grp) + "autogroup.example")
    e["company_legal"] = "%s Automotive Group" % grp if chance(0.5) else core + " LLC"
    g, f, nk = person_names()
    e["contact"] = (f, R.choice(LAST)) if chance(0.45) else None
    e["notes"] = ["Service Dept", "Used Car Dept", "Loaner", "Recon", "Stock #%d" % R.randint(1000, 9999)]
    e["protect"] = ["branch"]
    e["dba"] = None
    e["owner"] = None
    return e


RENTAL_SLOTS = []
for _bi, _b in enumerate(RENTAL_BRANDS):
    for _lab, _c in _b[4]:
        RENTAL_SLOTS.append((_bi, _lab, _c))
R.shuffle(RENTAL_SLOTS)


def make_rental(slot):
    bi, label, cname = slot
    b = RENTAL_BRANDS[bi]
    city = CITY_BY_NAME[cname]
    e = base_entity("rental", city)
    e.update({"brand": bi, "label": label, "store": "%04d" % R.randint(100, 9899)})
    org_common(e, "%s - %s" % (b[0], label), None, city, biz_addr=True)
    e["domain"] = b[3] + ".example"
    if chance(0.55):
        e["email"] = "fleetap@%s.example" % b[3]
    else:
        e["email"] = unique_email("br" + e["store"], b[3] + ".example")
    e["company_legal"] = b[1]
    g, f, nk = person_names()
    e["contact"] = (f, R.choice(LAST)) if chance(0.4) else None
    e["notes"] = ["Unit %d" % R.randint(40000, 99999), "Fleet", "Plate %s%d" % (R.choice("ABCDEFGH"), R.randint(1000, 9999))]
    e["protect"] = ["branch"]
    e["dba"] = None
    e["owner"] = None
    return e


# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------
NEIGH = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
         "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
         "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu", "z": "x"}


def typo(s, minlen=4):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(re.sub("[^A-Za-z]", "", w)) >= minlen]
    if not idx:
        return s
    i = R.choice(idx)
    w = words[i]
    pos = [k for k in range(1, len(w)) if w[k].isalpha()]
    if len(pos) < 2:
        return s
    k = R.choice(pos[:-1]) if len(pos) > 2 else pos[0]
    op = R.choice(["swap", "drop", "double", "sub"])
    if op == "swap" and k + 1 < len(w) and w[k + 1].isalpha() and w[k] != w[k + 1]:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op == "drop":
        w = w[:k] + w[k + 1:]
    elif op == "double":
        w = w[:k] + w[k] + w[k:]
    else:
        c = w[k].lower()
        rep = R.choice(NEIGH.get(c, "e"))
        if w[k].isupper():
            rep = rep.upper()
        w = w[:k] + rep + w[k + 1:]
    words[i] = w
    return " ".join(words)


PHONE_FMTS = ["({a}) {p}-{l}", "{a}-{p}-{l}", "{a}.{p}.{l}", "{a}{p}{l}", "+1 {a} {p} {l}", "1-{a}-{p}-{l}",
              "+1{a}{p}{l}", "{a} {p} {l}", "+1 ({a}) {p}-{l}", "{a}/{p}-{l}"]


def fmt_phone(d, fi=None):
    if fi is None:
        fi = wchoice([(0, 5), (1, 5), (2, 2), (3, 3), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1)])
    return PHONE_FMTS[fi].format(a=d[:3], p=d[3:6], l=d[6:])


def suffix_variant(s):
    base = s.rstrip(".")
    return R.choice([base, base.upper(), base + ".", ", " + base + ".", ", " + base]).lstrip()


def render_person_name(e, nz, tags):
    first = e["first"]
    if "nickname" in nz and e["nicks"]:
        first = R.choice(e["nicks"])
        tags.append("nickname")
    elif "initial" in nz:
        first = first[0] + ("." if chance(0.6) else "")
        tags.append("initial")
    mid = e.get("middle") if e.get("show_middle") else None
    if "middle_initial" in nz and e.get("middle"):
        mid = None if mid else e["middle"]
        tags.append("middle_initial")
    last = e["last"]
    sfx = e.get("suffix")
    if sfx:
        if "suffix_dropped" in nz and "suffix" not in e["protect"]:
            sfx = None
            tags.append("suffix_dropped")
        elif "suffix_format" in nz:
            sfx = suffix_variant(sfx)
            tags.append("suffix_format")
    if "typo_name" in nz:
        if chance(0.5) and len(last) >= 5:
            last = typo(last)
        else:
            first = typo(first, 5) if len(first) >= 5 else first
            if first == e["first"] and len(last) >= 4:
                last = typo(last)
        tags.append("typo_name")
    mtxt = (" " + mid + ("." if chance(0.6) else "")) if mid else ""

    def sj(s):
        if not s:
            return ""
        return s if s.startswith(",") else " " + s
    order = "normal"
    for o in ("last_comma_first", "swapped_order", "first_name_only"):
        if o in nz:
            order = o
            tags.append(o)
            break
    if order == "last_comma_first":
        disp = "%s, %s%s%s" % (last, first, mtxt, sj(sfx))
    elif order == "swapped_order":
        disp = "%s %s%s" % (last, first, sj(sfx))
    elif order == "first_name_only":
        disp = first + ((" " + last[0]) if chance(0.4) else "")
    else:
        disp = "%s%s %s%s" % (first, mtxt, last, sj(sfx))
    if "title" in nz and order != "first_name_only":
        t = R.choice(["Mr.", "Mr"]) if e["gender"] == "M" else R.choice(["Mrs.", "Ms.", "Ms", "Mrs"])
        if chance(0.15):
            t = "Dr."
        disp = t + " " + disp
        tags.append("title")
    if "child_named" in nz and e.get("child"):
        disp += R.choice([" (for %s)", " - %s's car", " / %s", " - pays for %s"]) % e["child"]
        tags.append("child_named")
    elif "vehicle_note" in nz:
        disp += R.choice([" - %s", " (%s)", " %s"]) % R.choice(VEHICLES)
        tags.append("vehicle_note")
    given, family = first + ((" " + mid) if mid and chance(0.3) else ""), last
    if order == "first_name_only":
        family = None
    if "given_family_swapped" in nz:
        given, family = family, given
        tags.append("given_family_swapped")
    if "name_parts_missing" in nz:
        given = family = None
        tags.append("name_parts_missing")
    return disp, given, family, None


def render_household_name(e, nz, tags):
    f1, f2, l = e["first"], e["first2"], e["last"]
    if "nickname" in nz and (e["nicks"] or e["nicks2"]):
        if e["nicks"]:
            f1 = R.choice(e["nicks"])
        else:
            f2 = R.choice(e["nicks2"])
        tags.append("nickname")
    if "typo_name" in nz:
        l = typo(l) if len(l) >= 5 else l
        tags.append("typo_name")
    style = e["style"]
    if "household_style" in nz:
        style = R.choice([s for s in ("amp", "and", "lastcomma", "family", "household") if s != style])
        tags.append("household_style")
    if "one_spouse_name" in nz:
        who = R.choice([f1, f2])
        disp = who + " " + l if not ("last_comma_first" in nz) else l + ", " + who
        tags.append("one_spouse_name")
        given = who
    else:
        disp = {"amp": "%s & %s %s" % (f1, f2, l), "and": "%s and %s %s" % (f1, f2, l),
                "lastcomma": "%s, %s & %s" % (l, f1, f2), "family": "%s Family" % l,
                "household": "%s Household" % l}[style]
        if style == "family" and chance(0.4):
            disp = "The " + disp
        given = f1 if chance(0.6) else "%s & %s" % (f1, f2)
    if "title" in nz and "one_spouse_name" not in nz and style in ("amp", "and"):
        disp = "Mr. & Mrs. %s %s" % (e["first"] if e["gender"] == "M" else e["first2"], l) if chance(0.3) else "Mr. & Mrs. " + l
        tags.append("title")
    family = l
    if "name_parts_missing" in nz:
        given = family = None
        tags.append("name_parts_missing")
    if "vehicle_note" in nz:
        disp += " - " + R.choice(VEHICLES)
        tags.append("vehicle_note")
    return disp, given, family, None


def claim_no_variant(no):
    r = R.random()
    if r < 0.4:
        return no.replace("-", "")
    if r < 0.7:
        return no.replace("-", " ")
    return no.lower() if any(c.isalpha() for c in no) else "#" + no


def render_claim_name(e, nz, tags):
    ins = INSURERS[e["ins"]]
    short = ins[1]
    if "insurer_variant" in nz:
        short = R.choice([ins[1] + " Ins", ins[1] + " Insurance", ins[1].split()[0], ins[0],
                          "".join(w[0] for w in ins[1].split()).upper() + " Ins"])
        tags.append("insurer_variant")
    no = e["claim_no"]
    if "claim_no_format" in nz:
        no = claim_no_variant(no)
        tags.append("claim_no_format")
    first, last = e["first"], e["last"]
    if "typo_name" in nz:
        last = typo(last) if len(last) >= 5 else last
        tags.append("typo_name")
    style = e["style"]
    if "claim_style_alt" in nz:
        tags.append("claim_style_alt")
        if style == "claim":
            disp = R.choice(["%s - Claim %s (%s %s)", "%s Clm# %s - %s %s", "Claim %s - %s %s / %s"])
            if disp.startswith("Claim"):
                disp = "Claim %s - %s, %s / %s" % (no, last, first, short)
            else:
                disp = disp % (short, no, first, last)
        else:
            disp = R.choice(["%s, %s (%s claim)" % (last, first, short), "%s %s - %s Claim %s" % (first, last, short, no),
                             "%s %s (%s) #%s" % (first, last, short, no)])
    else:
        if style == "claim":
            disp = R.choice(["%s - Claim %s", "%s - Claim #%s", "%s Claim %s"]) % (short, no) if "display_fmt" in nz \
                else "%s - Claim %s" % (short, no)
        else:
            disp = R.choice(["%s %s - %s", "%s %s (%s Ins)", "%s %s / %s"]) % (first, last, short) if "display_fmt" in nz \
                else "%s %s (%s)" % (first, last, short)
    if "display_fmt" in nz:
        tags.append("display_fmt")
    given, family = first, last
    if "name_parts_missing" in nz:
        given = family = None
        tags.append("name_parts_missing")
    comp = ins[0]
    if "company_missing" in nz:
        comp = None
        tags.append("company_missing")
    elif "company_variant" in nz:
        comp = ins[1]
        tags.append("company_variant")
    return disp, given, family, comp


ABBR = [("Services", "Svcs"), ("Service", "Svc"), ("Company", "Co"), ("Management", "Mgmt"),
        ("Property", "Prop"), ("Plumbing", "Plbg"), ("Electric", "Elec"), ("Landscaping", "Landscape"),
        ("Heating & Air", "Heat & Air"), ("Brothers", "Bros"), ("Mount", "Mt."), ("Missionary Baptist", "M.B."),
        ("Baptist", "Bapt."), ("Church", "Ch."), ("Rental", "Rentals"), ("Rent-A-Car", "Rent A Car"),
        ("Pest Control", "Pest Ctrl"), ("Courier", "Couriers"), ("Lawn Care", "Lawncare"),
        ("Chrysler Dodge Jeep Ram", "CDJR"), ("Chevrolet", "Chevy"), ("Realty", "Rlty"),
        ("Residential", "Res."), ("Methodist", "Meth."), ("Saint", "St."), ("St. ", "Saint "),
        ("Home Health", "Home Hlth"), ("Inspections", "Inspection"), ("Transport", "Transp.")]


def apply_abbrev(s):
    pats = [(re.compile(r"(?<![A-Za-z])" + re.escape(a) + r"(?![A-Za-z])"), b) for a, b in ABBR]
    cands = [(p, b) for p, b in pats if p.search(s)]
    if not cands:
        return s, False
    p, b = R.choice(cands)
    return p.sub(b, s, count=1), True


def render_org_name(e, nz, tags):
    kind = e["kind"]
    core = e["name"]
    legal = e.get("legal")
    branch_tail = ""
    if kind == "dealer":
        grp = DEALER_GROUPS[e["group"]][0]
        make = e["make"]
        if "branch_format" in nz:
            core = R.choice(["%s %s %s", "%s %s - %s", "%s %s (%s)"]) % (grp, make, e["loc"])
            tags.append("branch_format")
    elif kind == "rental":
        b = RENTAL_BRANDS[e["brand"]]
        brand = b[0]
        if "brand_short" in nz:
            brand = b[2]
            tags.append("brand_short")
        if "branch_format" in nz:
            core = R.choice(["%s %s", "%s (%s)", "%s - %s #" + e["store"], "%s #" + e["store"] + " %s"]) % (brand, e["label"])
            tags.append("branch_format")
        else:
            core = "%s - %s" % (brand, e["label"])
    if "trading_name" in nz and e.get("dba"):
        core, legal = e["dba"], None
        tags.append("trading_name")
    elif "dba_both" in nz and e.get("dba"):
        core = "%s %s dba %s" % (core, legal or "", e["dba"])
        core = re.sub(" +", " ", core)
        legal = None
        tags.append("dba_both")
    if legal:
        if "legal_form_dropped" in nz:
            legal = None
            tags.append("legal_form_dropped")
        elif "legal_form_variant" in nz:
            legal = R.choice(LEGAL_VARIANTS[legal])
            tags.append("legal_form_variant")
    if "and_ampersand" in nz:
        if " & " in core:
            core = core.replace(" & ", " and ", 1)
            tags.append("and_ampersand")
        elif " and " in core:
            core = core.replace(" and ", " & ", 1)
            tags.append("and_ampersand")
    if "abbrev_words" in nz:
        core, ok = apply_abbrev(core)
        if ok:
            tags.append("abbrev_words")
    if "typo_name" in nz:
        core = typo(core, 5)
        tags.append("typo_name")
    if "the_prefix" in nz:
        if core.startswith("The "):
            core = core[4:]
        else:
            core = "The " + core
        tags.append("the_prefix")
    disp = core
    if legal:
        disp += (", " if chance(0.35) else " ") + legal
    plain_name = disp
    contact = e.get("contact")
    given = family = None
    if contact:
        given, family = contact
    if "contact_person_added" in nz:
        c = contact or (e["owner"][0], e["owner"][1]) if (contact or e.get("owner")) else None
        if c is None:
            g, f, nk = person_names()
            c = (f, R.choice(LAST))
            e["contact"] = c
        given, family = c
        if kind == "church" and chance(0.5):
            disp += " (%s %s)" % (e.get("title", "Pastor"), c[1])
        else:
            disp += R.choice([" (Attn: %s)" % c[0], " - %s %s" % c, " c/o %s %s" % c, " (%s)" % c[0]])
        tags.append("contact_person_added")
    if "unit_note" in nz:
        disp += R.choice([" - %s", " (%s)", " %s"]) % R.choice(e["notes"])
        tags.append("unit_note")
    comp = e.get("company_legal") or (e["name"] + ((" " + e["legal"]) if e.get("legal") else ""))
    if "company_missing" in nz:
        comp = None
        tags.append("company_missing")
    elif "company_variant" in nz:
        comp = plain_name
        tags.append("company_variant")
    if "name_parts_missing" in nz and given:
        given = family = None
        tags.append("name_parts_missing")
    return disp, given, family, comp


def render_name(e, nz, tags):
    k = e["kind"]
    if k == "person":
        return render_person_name(e, nz, tags)
    if k == "household":
        return render_household_name(e, nz, tags)
    if k == "claim":
        return render_claim_name(e, nz, tags)
    return render_org_name(e, nz, tags)


UNIT_FMTS = ["Apt {u}", "Apt. {u}", "#{u}", "Unit {u}", "Apartment {u}", "APT {u}"]


def render_addr(a, style, nz, tags, country):
    if a is None or "addr_missing" in nz:
        if a is not None:
            tags.append("addr_missing")
        return {"line1": None, "line2": None, "city": None, "region": None, "postalCode": None, "country": None}
    abbr = style == "abbr"
    if "addr_abbrev" in nz:
        abbr = not abbr
        tags.append("addr_abbrev")
    if a["pobox"]:
        line1 = "PO Box " + a["pobox"]
        if "addr_abbrev" in nz:
            line1 = R.choice(["P.O. Box ", "POB ", "Post Office Box ", "P O Box "]) + a["pobox"]
    else:
        st = STYPES[a["stype"]][1 if abbr else 0]
        pre = a["predir"]
        if pre and not abbr and chance(0.5):
            pre = DIRS[pre]
        line1 = "%s %s%s %s" % (a["num"], (pre + " ") if pre else "", a["street"], st)
    line2 = None
    if a["unit"]:
        if "unit_dropped" in nz:
            tags.append("unit_dropped")
        else:
            fi = 0
            if "unit_format" in nz:
                fi = R.randrange(1, len(UNIT_FMTS))
                tags.append("unit_format")
            line2 = UNIT_FMTS[fi].format(u=a["unit"])
    elif a["suite"]:
        line2 = R.choice(["Suite ", "Ste ", "Ste. ", "#"]) + a["suite"] if "unit_format" in nz else "Suite " + a["suite"]
        if "unit_format" in nz:
            tags.append("unit_format")
    if line2 and "line2_merged" in nz:
        line1 = line1 + R.choice([" ", ", "]) + line2
        line2 = None
        tags.append("line2_merged")
    city = a["city"]
    if "city_variant" in nz and city in CITY_VARIANTS:
        city = R.choice(CITY_VARIANTS[city])
        tags.append("city_variant")
    elif "city_typo" in nz and len(city) >= 6:
        city = typo(city, 6)
        tags.append("city_typo")
    region = a["state"]
    if "state_full" in nz:
        region = STATE_FULL[region]
        tags.append("state_full")
    elif "state_alt" in nz:
        region = R.choice(STATE_ALT[region])
        tags.append("state_alt")
    pc = a["zip"]
    if "zip4" in nz:
        pc = pc + "-" + a["zip4"]
        tags.append("zip4")
    elif "zip_missing" in nz:
        pc = None
        tags.append("zip_missing")
    out = {"line1": line1, "line2": line2, "city": city, "region": region, "postalCode": pc, "country": country}
    if "addr_partial" in nz:
        tags.append("addr_partial")
        if chance(0.5):
            out["line1"] = out["line2"] = None
        else:
            out["city"] = out["region"] = None
    return out


def upper_all(c):
    for k in ("displayName", "givenName", "familyName", "companyName"):
        if c[k]:
            c[k] = c[k].upper()
    for k in ("line1", "line2", "city", "region", "country"):
        if c["address"][k]:
            c["address"][k] = c["address"][k].upper()


def lower_all(c):
    for k in ("displayName", "givenName", "familyName", "companyName"):
        if c[k]:
            c[k] = c[k].lower()
    for k in ("line1", "line2", "city"):
        if c["address"][k]:
            c["address"][k] = c["address"][k].lower()


# --------------------------------------------------------------------------
# link test (same definition as check.py)
# --------------------------------------------------------------------------
STOP = {"mr", "mrs", "ms", "miss", "dr", "jr", "sr", "ii", "iii", "iv", "llc", "inc", "co", "corp",
        "corporation", "incorporated", "company", "ltd", "the", "l", "c", "pllc"}
STREET_ABBR = {"street": "st", "avenue": "ave", "road": "rd", "drive": "dr", "lane": "ln", "court": "ct",
               "boulevard": "blvd", "place": "pl", "circle": "cir", "parkway": "pkwy", "terrace": "ter",
               "trail": "trl", "highway": "hwy", "north": "n", "south": "s", "east": "e", "west": "w",
               "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw"}


def norm_phone(p):
    if not p:
        return None
    d = re.sub(r"\D", "", re.split(r"(?i)x|ext", p)[0])
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


def norm_email(m):
    return m.strip().lower() if m and "@" in m else None


def norm_name(s):
    if not s:
        return ""
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    return " ".join(sorted(t for t in s.split() if t not in STOP))


def name_keys(c):
    out = []
    for s in (c.get("displayName"), " ".join(x for x in (c.get("givenName"), c.get("familyName")) if x),
              c.get("companyName")):
        n = norm_name(s)
        if len(n) >= 3 and n not in out:
            out.append(n)
    return out


def norm_street(l1):
    if not l1:
        return ""
    s = re.sub(r"[^a-z0-9 ]", " ", l1.lower())
    toks = []
    for t in s.split():
        if t in ("apt", "apartment", "unit", "ste", "suite"):
            break
        toks.append(STREET_ABBR.get(t, t))
    return " ".join(toks)


def zip5(c):
    pc = (c.get("address") or {}).get("postalCode")
    if not pc:
        return ""
    m = re.match(r"\s*(\d{5})", pc)
    return m.group(1) if m else ""


def link_reason(a, b):
    pa, pb = norm_phone(a.get("phone")), norm_phone(b.get("phone"))
    if pa and pa == pb:
        return "phone"
    ea, eb = norm_email(a.get("email")), norm_email(b.get("email"))
    if ea and ea == eb:
        return "email"
    za, zb = zip5(a), zip5(b)
    sa, sb = norm_street((a.get("address") or {}).get("line1")), norm_street((b.get("address") or {}).get("line1"))
    if (za and za == zb) or (sa and sa == sb and len(sa) > 4):
        for x in name_keys(a):
            for y in name_keys(b):
                if difflib.SequenceMatcher(None, x, y).ratio() >= 0.85:
                    return "name+address"
    return None


# --------------------------------------------------------------------------
# record builder
# --------------------------------------------------------------------------
PERSONISH = ("person", "household")


def pick_name_noise(e, mode, light=False):
    k = e["kind"]
    nz = []
    hn = mode == "first" and (e["hn"] is not None)
    if k == "person":
        opts = [("nickname", .16), ("initial", .06), ("first_name_only", .07), ("typo_name", .16),
                ("last_comma_first", .10), ("swapped_order", .05), ("title", .07), ("middle_initial", .08),
                ("vehicle_note", .06), ("given_family_swapped", .04), ("name_parts_missing", .12)]
        if e.get("suffix"):
            opts += [("suffix_format", .5), ("suffix_dropped", .25)]
        if e.get("child"):
            opts += [("child_named", .6)]
    elif k == "household":
        opts = [("household_style", .35), ("one_spouse_name", .3), ("nickname", .1), ("typo_name", .1),
                ("title", .06), ("last_comma_first", .1), ("name_parts_missing", .1), ("vehicle_note", .05)]
    elif k == "claim":
        opts = [("insurer_variant", .35), ("claim_no_format", .3), ("claim_style_alt", .25), ("display_fmt", .3),
                ("typo_name", .08), ("name_parts_missing", .2), ("company_missing", .25), ("company_variant", .15)]
    else:
        opts = [("legal_form_variant", .25), ("legal_form_dropped", .25), ("and_ampersand", .3),
                ("abbrev_words", .25), ("typo_name", .12), ("the_prefix", .04), ("contact_person_added", .15),
                ("unit_note", .15), ("trading_name", .35), ("dba_both", .1), ("company_missing", .3),
                ("company_variant", .15), ("name_parts_missing", .2)]
        if k in ("dealer", "rental"):
            opts += [("branch_format", .35), ("brand_short", .3)]
    if mode == "first":
        scale = 0.35 if not hn else 0.25
        bad = {"nickname", "initial", "first_name_only", "typo_name", "trading_name", "suffix_dropped",
               "one_spouse_name", "claim_style_alt", "abbrev_words", "given_family_swapped"} if hn else \
            {"nickname", "initial", "first_name_only", "suffix_dropped", "trading_name", "claim_style_alt"}
        opts = [(n, p * scale) for n, p in opts if n not in bad]
    if light:
        keep = {"legal_form_variant", "legal_form_dropped", "and_ampersand", "title", "middle_initial",
                "suffix_format", "name_parts_missing", "company_missing", "display_fmt", "claim_no_format",
                "given_family_swapped", "last_comma_first", "household_style"}
        opts = [(n, p) for n, p in opts if n in keep]
    for n, p in opts:
        if chance(p):
            nz.append(n)
    return nz


def pick_addr_noise(e, mode, keep_zip):
    nz = []
    a = [("addr_abbrev", .3), ("unit_format", .3), ("line2_merged", .2), ("zip4", .15), ("state_full", .08),
         ("state_alt", .05), ("city_typo", .03), ("city_variant", .2), ("unit_dropped", .08)]
    d = [("addr_missing", .22), ("zip_missing", .05), ("addr_partial", .05)]
    if mode == "first":
        a = [(n, p * 0.6) for n, p in a]
        d = [(n, p * 0.8) for n, p in d]
    for n, p in a:
        if chance(p):
            nz.append(n)
    if not keep_zip:
        for n, p in d:
            if chance(p):
                nz.append(n)
                break
    return nz


def moved_addr(e):
    st = e["addr"]["state"]
    city = CITY_BY_NAME[e["addr"]["city"]] if chance(0.6) else pick_city(st)
    if chance(0.05):
        city = pick_city()
    a = make_addr(city, unit_p=0.4)
    own(addr_key(a), e["id"])
    return a


def new_person_phone(e):
    p = alloc_phone(CITY_BY_NAME[e["addr"]["city"]], e["addr"]["state"])
    own("p:" + p, e["id"])
    e["alt_phones"].append(p)
    return p


def new_email_for(e, kind):
    k = e["kind"]
    if kind == "work" and k == "person":
        em = unique_email(slug(e["first"][0] + e["last"]), R.choice(EMPLOYERS) + ".example")
    elif kind == "spouse" and k in PERSONISH:
        if k == "household":
            em = person_email(e["first2"], e["last"])
        else:
            g, f, nk = person_names("F" if e["gender"] == "M" else "M")
            em = person_email(f, e["last"])
    elif k in PERSONISH or k == "claim":
        if k == "claim":
            em = person_email(e["first"], e["last"])
        else:
            em = person_email(e["first"], e["last"], R.choice(e["nicks"]) if e["nicks"] and chance(0.4) else None)
    else:
        dom = e.get("domain") or wchoice(PERSONAL_DOMAINS)
        em = unique_email(R.choice(["billing", "accounts", "ap", "fleet", "office", "admin", "manager"]), dom)
    own("e:" + em.lower(), e["id"])
    e["alt_emails"].append(em)
    return em


def specific(key, eid):
    return OWNERS.get(key, []) == [eid]


def anchor_options(e, prev):
    opts = []
    strict = e["kind"] in ("claim", "dealer", "rental")
    for r in prev:
        c = r["contact"]
        p = norm_phone(c["phone"])
        if p:
            opts.append(("phone", p, r, specific("p:" + p, e["id"])))
        m = norm_email(c["email"])
        if m:
            opts.append(("email", c["email"].strip(), r, specific("e:" + m, e["id"])))
        if r["addr"] is not None and zip5(c) and c["displayName"]:
            spec = specific(addr_key(r["addr"]), e["id"]) or not strict
            opts.append(("name", None, r, spec))
    good = [o for o in opts if o[3]]
    return good or opts


def build_contact(e, mode, prev=None, anchor=None, light=False):
    """mode: existing | first | variant."""
    tags = []
    nz = []
    if mode == "existing":
        if chance(0.03):
            nz.append("title")
        if e["kind"] not in PERSONISH and e["kind"] != "claim" and chance(0.05):
            nz.append("contact_person_added")
    else:
        nz = pick_name_noise(e, mode, light=light)
    if anchor is not None and anchor[0] == "name":
        nz = [n for n in nz if n not in ("first_name_only", "one_spouse_name", "trading_name", "vehicle_note",
                                         "child_named", "unit_note", "contact_person_added", "claim_style_alt")]
    disp, given, family, comp = render_name(e, nz, tags)

    keep = set()
    if mode == "first" and e["hn"]:
        t = ENTITIES[e["imitates"]]
        if e.get("addr") is t.get("addr"):
            keep.add("addr")
        if e.get("phone") and e["phone"] in (t.get("phone"), t.get("owner_cell")):
            keep.add("phone")
        if e.get("email") and e["email"] == t.get("email"):
            keep.add("email")
    # ---- e-mail
    email = None
    if mode == "existing":
        email = e["email"] if e["exist_email"] else None
    else:
        r = R.random()
        if mode == "first":
            r = r * 1.0
        cur = e["alt_emails"][-1] if e["alt_emails"] and chance(0.5) else e["email"]
        if "email" in keep:
            email = e["email"]
        elif r < (0.30 if mode == "variant" else 0.33):
            tags.append("email_missing")
        elif r < 0.40 and mode == "variant":
            email = new_email_for(e, "new")
            tags.append("email_changed")
        elif r < 0.46 and mode == "variant" and e["kind"] == "person":
            email = new_email_for(e, "work")
            tags.append("work_email")
        elif r < 0.49 and mode == "variant" and e["kind"] in PERSONISH:
            email = new_email_for(e, "spouse")
            tags.append("spouse_email")
        else:
            email = cur
            if email is None:
                tags.append("email_missing")
            elif cur != e["email"]:
                tags.append("email_second")
        if email and chance(0.06):
            email = R.choice([email.upper(), email[0].upper() + email[1:]])
            tags.append("email_case")
        if email and mode == "variant" and chance(0.025):
            loc, dom = email.split("@", 1)
            t = typo(loc, 5)
            if t != loc and ("e:" + (t + "@" + dom).lower()) not in OWNERS:
                email = t + "@" + dom
                own("e:" + email.lower(), e["id"])
                tags.append("email_typo")

    # ---- phone
    phone_d = None
    if mode == "existing":
        phone_d = e["phone"] if e["exist_phone"] else None
        phone = fmt_phone(phone_d, e["phone_fmt"]) if phone_d else None
    else:
        r = R.random()
        if anchor is not None and anchor[0] != "phone" and chance(0.5):
            r = R.uniform(0.0, 0.25)   # linked by e-mail or name+address only: usually no usable phone
        if "phone" in keep:
            phone_d = e["phone"]
        elif r < (0.12 if mode == "variant" else 0.06):
            tags.append("phone_missing")
        elif r < 0.25 and mode == "variant":
            if e["kind"] in PERSONISH and chance(0.25):
                if not e.get("spouse_phone"):
                    e["spouse_phone"] = new_person_phone(e)
                phone_d = e["spouse_phone"]
                tags.append("spouse_phone")
            elif e["kind"] in ("fleet", "smallbiz") and e.get("owner_cell") and e["owner_cell"] != e["phone"] and chance(0.5):
                phone_d = e["owner_cell"]
                tags.append("owner_cell")
            elif e["kind"] in ("claim",) and chance(0.5):
                phone_d = INSURER_PHONE[e["ins"]]
                tags.append("insurer_phone")
            else:
                phone_d = new_person_phone(e)
                tags.append("phone_new")
        else:
            phone_d = e["phone"]
            if e["alt_phones"] and chance(0.15):
                cand = [p for p in e["alt_phones"] if p != e.get("owner_cell") and p != e.get("spouse_phone")]
                if cand:
                    phone_d = cand[-1]
                    tags.append("phone_second")
        phone = fmt_phone(phone_d) if phone_d else None

    # ---- address
    addr = e["addr"]
    keep_zip = anchor is not None and anchor[0] == "name"
    if keep_zip:
        addr = anchor[2]["addr"]
    elif mode == "variant":
        if e.get("moved_to") and chance(0.7):
            addr = e["moved_to"]
            tags.append("moved")
        elif chance(0.10 if e["kind"] in PERSONISH else 0.03) and e["kind"] not in ("church", "dealer", "rental"):
            addr = moved_addr(e)
            e["moved_to"] = addr
            tags.append("moved")
    if mode == "existing":
        anz = [] if e["exist_addr"] else ["addr_missing"]
        country = e["country"]
    else:
        anz = pick_addr_noise(e, mode, keep_zip or "addr" in keep)
        country = wchoice([("US", 4), ("USA", 3), ("United States", 1), (None, 3), ("U.S.", 1)])
        if country != e["country"]:
            tags.append("country_variant")
    address = render_addr(addr, e["addr_style"], anz, tags, country)

    c = {"displayName": disp, "givenName": given, "familyName": family, "companyName": comp,
         "email": email, "phone": phone, "address": address}
    if mode != "existing":
        cr = R.random()
        if cr < (0.38 if mode == "first" else 0.33):
            upper_all(c)
            tags.append("case_upper")
        elif cr < 0.42:
            lower_all(c)
            tags.append("case_lower")
    elif chance(0.04):
        upper_all(c)
        tags.append("legacy_caps")

    # ---- anchor enforcement
    if anchor is not None:
        kind, val, r0, _ = anchor
        if kind == "phone":
            c["phone"] = fmt_phone(val)
            for t in ("phone_missing", "phone_new", "spouse_phone", "owner_cell", "insurer_phone", "phone_second"):
                if t in tags:
                    tags.remove(t)
            if c["phone"] != r0["contact"]["phone"]:
                tags.append("phone_format")
        elif kind == "email":
            em = val
            if chance(0.08):
                em = em.upper() if em != em.upper() else em.lower()
            c["email"] = em
            for t in ("email_missing", "email_changed", "work_email", "spouse_email", "email_typo", "email_second"):
                if t in tags:
                    tags.remove(t)
        tags.append("anchor:" + kind)
    elif phone and prev:
        if any(norm_phone(p["contact"]["phone"]) == phone_d and p["contact"]["phone"] != phone for p in prev):
            tags.append("phone_format")
    c["address"] = {k: (v if v else None) for k, v in c["address"].items()}
    return c, tags, (addr if address["postalCode"] or address["line1"] else None)


# --------------------------------------------------------------------------
# build the existing customer list
# --------------------------------------------------------------------------
def build_existing():
    ents = []
    kinds = (["person"] * 925 + ["household"] * 125 + ["fleet"] * 190 + ["smallbiz"] * 40 + ["dealer"] * 30 +
             ["rental"] * 25 + ["church"] * 35 + ["pm"] * 50 + ["claim"] * 80)
    assert len(kinds) == N_EXISTING
    R.shuffle(kinds)
    dealer_i = rental_i = 0
    church_names = set()
    persons = []
    for k in kinds:
        if k == "person":
            e = make_person()
            persons.append(e)
        elif k == "household":
            e = make_household()
        elif k == "fleet":
            while True:
                e0 = make_fleet()
                if norm_name(e0["name"]) not in ORG_CORES_USED:
                    break
            e = e0
        elif k == "smallbiz":
            while True:
                e0 = make_smallbiz()
                if norm_name(e0["name"]) not in ORG_CORES_USED:
                    break
            e = e0
        elif k == "dealer":
            e = make_dealer(DEALER_SLOTS[dealer_i])
            dealer_i += 1
        elif k == "rental":
            e = make_rental(RENTAL_SLOTS[rental_i])
            rental_i += 1
        elif k == "church":
            while True:
                e0 = make_church()
                if norm_name(e0["name"]) not in ORG_CORES_USED:
                    break
            e = e0
        elif k == "pm":
            while True:
                e0 = make_pm()
                if norm_name(e0["name"]) not in ORG_CORES_USED:
                    break
            e = e0
        else:
            e = make_claim()
        if k not in PERSONISH and k != "claim":
            ORG_CORES_USED.add(norm_name(e["name"]))
        e["set"] = "existing"
        register(e)
        ents.append(e)
    # suffixes (Jr./Sr./III) on some individuals
    pool = [p for p in persons if p["gender"] == "M"]
    sfx_people = R.sample(pool, 48)
    for i, p in enumerate(sfx_people):
        p["suffix"] = "Jr." if i < 24 else ("Sr." if i < 42 else "III")
    # parents paying for adult children's cars
    for p in R.sample([p for p in persons if not p["suffix"]], 40):
        g, f, nk = person_names()
        p["child"] = f
    # business owners whose business is not (yet) a customer
    for p in R.sample([p for p in persons if not p["suffix"] and not p.get("child")], 30):
        p["biz_trade"] = R.choice(TRADES)
    return ents, DEALER_SLOTS[dealer_i:], RENTAL_SLOTS[rental_i:]


EXISTING, FREE_DEALERS, FREE_RENTALS = build_existing()
EXIST_BY_KIND = {}
for _e in EXISTING:
    EXIST_BY_KIND.setdefault(_e["kind"], []).append(_e)


# --------------------------------------------------------------------------
# new customers: plain and hard negatives
# --------------------------------------------------------------------------
USED_TARGETS = set()


def take(cands):
    cands = [c for c in cands if c["id"] not in USED_TARGETS]
    t = R.choice(cands)
    USED_TARGETS.add(t["id"])
    return t


def far_city(city):
    if chance(0.7):
        return pick_city(R.choice([s for s in ("FL", "GA", "WA") if s != city[1]]))
    return pick_city(city[1], exclude=city[0])


def hn_namesake(t):
    e = make_person(city=far_city(t["city"]), first=t["first"], last=t["last"], gender=t["gender"],
                    nicks=t["nicks"], unique=False)
    if t.get("middle"):
        e["middle"] = R.choice([x for x in "ABCDEFGHJKLMNPRSTW" if x != t["middle"]]) if chance(0.5) else None
    return e


def hn_relative(t):
    excl = (t["first"],) + ((t["first2"],) if t["kind"] == "household" else ())
    initials = set(x[0] for x in excl)
    while True:
        if t["kind"] == "person" and chance(0.4):
            g = "F" if t["gender"] == "M" else "M"
            rel = "spouse"
        else:
            g = R.choice("MF")
            rel = R.choice(["adult_child", "adult_child", "sibling", "parent"])
        g, f, nk = person_names(g, excl)
        if f[0] not in initials:
            break
    e = make_person(city=t["city"], first=f, last=t["last"], gender=g, nicks=nk, unique=False)
    e["addr"] = t["addr"]
    e["relation"] = rel
    if t.get("phone_type") == "home" and chance(0.6):
        e["phone"] = t["phone"]
        e["phone_type"] = "home"
        e["shares"] = "phone"
    return e


def hn_jr_sr(t):
    counterpart = {"Sr.": "Jr.", "Jr.": "Sr.", "III": "Jr."}[t["suffix"]]
    city = t["city"] if chance(0.7) else pick_city(t["city"][1])
    e = make_person(city=city, first=t["first"], last=t["last"], gender="M", nicks=t["nicks"], unique=False)
    e["suffix"] = counterpart
    e["middle"] = t.get("middle")
    e["show_middle"] = t.get("show_middle")
    if city is t["city"] and chance(0.6):
        e["addr"] = t["addr"]
        if t["phone_type"] == "home" or chance(0.3):
            e["phone"] = t["phone"]
            e["phone_type"] = "home"
    e["protect"] = ["suffix"]
    t["protect"] = sorted(set(t["protect"]) | {"suffix"})
    return e


def hn_roommate(t):
    e = make_person(city=t["city"])
    while e["last"] == t["last"]:
        e["last"] = R.choice(LAST)
    e["addr"] = t["addr"]
    return e


def hn_driver_vs_claim(t):
    if t["kind"] == "claim":
        e = make_person(city=t["city"], first=t["first"], last=t["last"], gender=t["gender"], nicks=t["nicks"],
                        unique=False)
        e["addr"] = t["addr"]
        e["phone"] = t["phone"]
        return e
    e = make_claim(driver=t)
    e["style"] = "driver" if chance(0.7) else "claim"
    return e


def hn_owner_personal(t):
    f, l, g, nk = t["owner"]
    city = t["city"]
    e = make_person(city=city, first=f, last=l, gender=g, nicks=nk, unique=False)
    if t.get("home_based"):
        e["addr"] = t["addr"]
    if chance(0.75):
        e["phone"] = t["owner_cell"]
    if t["email"] and not t["email"].endswith(".example") and chance(0.3):
        e["email"] = t["email"]
    return e


def hn_company_vs_owner(t):
    trade = t["biz_trade"]
    core = R.choice(["%s %s" % (t["last"], trade), "%s's %s" % (t["first"], trade),
                     "%s %s %s" % (t["first"], t["last"], trade)])
    e = make_fleet(city=t["city"], owner=(t["first"], t["last"], t["gender"], t["nicks"]), core=core, trade=trade)
    e["owner_cell"] = t["phone"] if t["phone_type"] == "cell" else e["owner_cell"]
    e["alt_phones"] = []
    if chance(0.75):
        e["phone"] = e["owner_cell"]
    if chance(0.6):
        e["addr"] = t["addr"]
        e["home_based"] = True
    if t["email"] and chance(0.3):
        e["email"] = t["email"]
    e["contact"] = (t["first"], t["last"]) if chance(0.6) else None
    return e


def hn_sister(t):
    trades = [x for x in TRADES if x != t["trade"] and x not in t["name"]]
    trade = R.choice(trades)
    name = t["name"]
    core = name.replace(t["trade"], trade) if t["trade"] in name else "%s %s" % (name, trade)
    e = make_fleet(city=t["city"], owner=t["owner"], core=core, trade=trade)
    e["owner_cell"] = t["owner_cell"]
    e["alt_phones"] = []
    if e["phone_type"] == "owner_cell":
        e["phone"] = t["owner_cell"]
    e["addr"] = t["addr"]
    e["home_based"] = t.get("home_based", False)
    if chance(0.6):
        e["phone"] = t["phone"]
    if t["email"] and chance(0.3):
        e["email"] = t["email"]
    e["contact"] = t.get("contact")
    e["legal"] = R.choice(["LLC", "Inc."])
    return e


def hn_namesake_org(t):
    st = t["city"][1]
    placey = any(w in t["name"] for w in PLACE_WORDS[st]) or t["city"][0] in t["name"]
    city = pick_city(st, exclude=t["city"][0]) if placey else far_city(t["city"])
    if t["kind"] == "church":
        core = t["name"]
        if core.endswith(" of " + t["city"][0]):
            core = core[:-len(t["city"][0])] + city[0]
        elif chance(0.4):
            core = core + " of " + city[0]
        e = make_church(city=city, core=core)
    elif t["kind"] == "pm":
        e = make_pm(city=city)
        e["name"] = t["name"]
        e["domain"] = org_domain(t["name"] + city[0])
        e["email"] = unique_email(R.choice(["office", "info", "maintenance"]), e["domain"])
    else:
        e = make_fleet(city=city, core=t["name"], trade=t.get("trade"))
        e["kind"] = t["kind"] if t["kind"] in ("fleet", "smallbiz") else "fleet"
    e["legal"] = t.get("legal") if chance(0.5) else wchoice(LEGAL_W)
    return e


def hn_other_branch(t):
    if t["kind"] == "dealer":
        slots = [s for s in FREE_DEALERS if s[0] == t["group"]]
        if not slots:
            return None
        s = R.choice(slots)
        FREE_DEALERS.remove(s)
        e = make_dealer(s)
    else:
        slots = [s for s in FREE_RENTALS if s[0] == t["brand"]]
        if not slots:
            return None
        s = R.choice(slots)
        FREE_RENTALS.remove(s)
        e = make_rental(s)
    if t["email"] and "ap@" in t["email"] and chance(0.7):
        e["email"] = t["email"]
    return e


def hn_other_claim(t):
    e = make_claim(insurer=t["ins"], city=t["city"] if chance(0.5) else None)
    e["style"] = t["style"]
    if t["email"] and chance(0.6):
        e["email"] = t["email"]
    return e


def build_new():
    news = []
    # hard negatives
    persons_plain = [p for p in EXIST_BY_KIND["person"] if not p["suffix"]]
    for kind, n in HN_PLAN:
        made = 0
        guard = 0
        while made < n:
            guard += 1
            assert guard < 1000, kind
            if kind == "namesake_elsewhere":
                t = take(persons_plain)
                e = hn_namesake(t)
            elif kind == "relative_same_address":
                t = take([p for p in persons_plain + EXIST_BY_KIND["household"] if not p["addr"]["unit"] and p["exist_addr"]])
                e = hn_relative(t)
            elif kind == "jr_sr":
                t = take([p for p in EXIST_BY_KIND["person"] if p["suffix"]])
                e = hn_jr_sr(t)
            elif kind == "roommate_same_address":
                t = take([p for p in persons_plain if p["addr"]["unit"] and p["exist_addr"]])
                e = hn_roommate(t)
            elif kind == "driver_vs_claim":
                t = take(EXIST_BY_KIND["claim"] if made % 2 == 0 else
                         [p for p in persons_plain if not p.get("child")])
                e = hn_driver_vs_claim(t)
            elif kind == "owner_personal_vs_company":
                t = take([f for f in EXIST_BY_KIND["fleet"] + EXIST_BY_KIND["smallbiz"] if f.get("owner")])
                e = hn_owner_personal(t)
            elif kind == "company_vs_owner":
                t = take([p for p in EXIST_BY_KIND["person"] if p.get("biz_trade")])
                e = hn_company_vs_owner(t)
            elif kind == "sister_company":
                t = take([f for f in EXIST_BY_KIND["fleet"] if not f.get("dba")])
                e = hn_sister(t)
                if norm_name(e["name"]) in ORG_CORES_USED:
                    continue
            elif kind == "namesake_org_elsewhere":
                t = take(EXIST_BY_KIND["church"] + EXIST_BY_KIND["fleet"] + EXIST_BY_KIND["pm"] +
                         EXIST_BY_KIND["smallbiz"])
                e = hn_namesake_org(t)
            elif kind == "other_branch":
                t = take(EXIST_BY_KIND["dealer"] + EXIST_BY_KIND["rental"])
                e = hn_other_branch(t)
                if e is None:
                    continue
            else:
                t = take(EXIST_BY_KIND["claim"])
                e = hn_other_claim(t)
            if e["kind"] not in PERSONISH and e["kind"] != "claim":
                ORG_CORES_USED.add(norm_name(e["name"]))
            e["hn"] = kind
            e["imitates"] = t["id"]
            e["set"] = "new"
            register(e)
            news.append(e)
            made += 1
    # plain new customers
    for i in range(N_PLAIN_NEW):
        r = R.random()
        if r < 0.60:
            e = make_person()
        elif r < 0.70:
            e = make_household()
        else:
            k = wchoice([("fleet", 6), ("smallbiz", 2), ("church", 1), ("pm", 1)])
            while True:
                e = {"fleet": make_fleet, "smallbiz": make_smallbiz, "church": make_church, "pm": make_pm}[k]()
                if norm_name(e["name"]) not in ORG_CORES_USED:
                    break
            ORG_CORES_USED.add(norm_name(e["name"]))
        e["set"] = "new"
        register(e)
        news.append(e)
    return news


NEW = build_new()

# protect distinguishing markers of every entity that has a designed look-alike
for _e in NEW:
    if _e["hn"]:
        _t = ENTITIES[_e["imitates"]]
        if _e["hn"] in ("jr_sr",):
            _e["protect"] = sorted(set(_e["protect"]) | {"suffix"})
            _t["protect"] = sorted(set(_t["protect"]) | {"suffix"})
        _e["protect"] = sorted(set(_e["protect"]) | {"lookalike"})
        _t["protect"] = sorted(set(_t["protect"]) | {"lookalike"})


# --------------------------------------------------------------------------
# arrival order and rendering
# --------------------------------------------------------------------------
def main():
    lines, metas = [], []
    recs = {}  # entity id -> list of {"contact","addr"}
    disp_seen = set()
    # existing list
    for e in EXISTING:
        for attempt in range(20):
            c, tags, aobj = build_contact(e, "existing")
            if c["phone"] is None and c["email"] is None and aobj is None:
                e["exist_phone"] = True
                continue
            key = c["displayName"].strip().lower()
            if key in disp_seen:
                if e["kind"] == "person" and e.get("middle") and not e["show_middle"]:
                    e["show_middle"] = True
                    continue
                c["displayName"] = c["displayName"] + " (%s)" % e["addr"]["city"]
                tags.append("disambiguated_city")
                key = c["displayName"].strip().lower()
                if key in disp_seen:
                    continue
            break
        else:
            raise RuntimeError("existing render failed " + e["id"])
        disp_seen.add(key)
        recs[e["id"]] = [{"contact": c, "addr": aobj}]
        lines.append({"set": "existing", "entity": e["id"], "contact": c})
        metas.append({"entity": e["id"], "category": "existing",
                      "changes": ["entity_kind:" + e["kind"]] + tags})

    # incoming events
    match_ids = [e["id"] for e in R.sample(EXISTING, N_MATCH_DISTINCT)]
    twice = R.sample(match_ids, N_MATCH_TWICE)
    new_ids = [e["id"] for e in NEW]
    rep = R.sample(new_ids, N_REPEAT_ENTS)
    rep2 = R.sample(rep, N_REPEAT_TWICE)
    events = match_ids + twice + new_ids + rep + rep2
    R.shuffle(events)
    # hard negatives should not arrive before the customer they imitate has been seen at least in 'existing'
    # (always true: existing list precedes incoming)
    disp_in = set()
    seen_new = set()
    for eid in events:
        e = ENTITIES[eid]
        if e["set"] == "existing":
            cat = "existing_match"
        elif eid in seen_new:
            cat = "repeat_of_new"
        else:
            cat = "new"
            seen_new.add(eid)
        prev = recs.get(eid, [])
        ok = False
        for attempt in range(80):
            if cat == "new":
                c, tags, aobj = build_contact(e, "first")
                if c["phone"] is None and c["email"] is None and aobj is None:
                    continue
                if e["hn"] and not separable_ok(e, c, tags):
                    continue
            else:
                opts = anchor_options(e, prev)
                types = sorted(set(o[0] for o in opts))
                w = {"phone": 45, "email": 25, "name": 30}
                if attempt >= 40 and len(types) > 1 and "name" in types:
                    types.remove("name")
                ty = wchoice([(t, w[t]) for t in types])
                anc = R.choice([o for o in opts if o[0] == ty])
                c, tags, aobj = build_contact(e, "variant", prev=prev, anchor=anc, light=attempt >= 20)
                if not any(link_reason(c, p["contact"]) for p in prev):
                    continue
                if e["protect"] and not separable_ok(e, c, tags):
                    continue
            key = c["displayName"].strip().lower()
            if key in disp_in:
                if attempt < 60:
                    continue
                c["displayName"] = c["displayName"] + R.choice([" 2", " (2)", " #2", " - 2"])
                tags.append("display_dedup_suffix")
                key = c["displayName"].strip().lower()
                if key in disp_in:
                    continue
                if cat != "new" and not any(link_reason(c, p["contact"]) for p in prev):
                    continue
            ok = True
            break
        if not ok:
            raise RuntimeError("could not render %s %s" % (eid, cat))
        disp_in.add(key)
        recs.setdefault(eid, []).append({"contact": c, "addr": aobj})
        lines.append({"set": "incoming", "entity": eid, "contact": c})
        mt = ["entity_kind:" + e["kind"]]
        if e.get("hn"):
            mt += ["hard_negative:" + e["hn"], "imitates:" + e["imitates"]]
            if e.get("relation"):
                mt.append("relation:" + e["relation"])
        if e.get("protect"):
            mt += ["protected:" + p for p in e["protect"]]
        metas.append({"entity": eid, "category": cat, "changes": mt + tags})

    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, m in enumerate(metas, 1):
            out = {"line": i, "entity": m["entity"], "category": m["category"], "changes": m["changes"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %d lines (%d existing, %d incoming)" % (len(lines), len(EXISTING), len(lines) - len(EXISTING)))


def separable_ok(e, c, tags):
    """Distinguishing markers of entities with a designed look-alike must survive the noise."""
    d = (c["displayName"] or "").lower()
    if "suffix" in e["protect"] and e.get("suffix"):
        s = e["suffix"].rstrip(".").lower()
        if not re.search(r"\b%s\b" % re.escape(s), d):
            return False
    if e["kind"] == "claim":
        ins = INSURERS[e["ins"]]
        if not any(w.lower() in d for w in (ins[1].split()[0], "".join(x[0] for x in ins[1].split()))):
            return False
    if e["kind"] in ("dealer",):
        if e["loc"].lower() not in d:
            return False
    if e["kind"] == "rental":
        if e["label"].lower() not in d and e["store"] not in d:
            return False
    if e["kind"] == "person" and "lookalike" in e["protect"] and "first_name_only" in tags:
        return False
    return True


if __name__ == "__main__":
    main()
