#!/usr/bin/env python3
"""gen.py -- generator of the labelled customer record-linkage set "us-pool".

Scenario: a pool service / repair / remodel company in the Phoenix metro area billing
through QuickBooks Online (USD).  Writes set.jsonl and meta.jsonl beside this file, or into
DIR with --out DIR.  Python 3 standard library only; one random.Random(SEED); no iteration
over sets; output is byte-identical on every run.
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
N_INCOMING = 1500
N_HARD = 150


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


# ---------------------------------------------------------------------------
# Places (real towns, real ZIP codes, real area codes)
# ---------------------------------------------------------------------------
TOWNS = {
    "Phoenix": dict(zips=["85004", "85006", "85008", "85012", "85013", "85014", "85016", "85018",
                          "85020", "85021", "85022", "85023", "85024", "85028", "85029", "85032",
                          "85044", "85048", "85050", "85054", "85083", "85085"],
                    ac=["602", "602", "602", "480"], dirs=["N", "E", "W"]),
    "Scottsdale": dict(zips=["85250", "85251", "85254", "85255", "85257", "85258", "85259",
                             "85260", "85262", "85266"], ac=["480"], dirs=["E", "N"]),
    "Mesa": dict(zips=["85201", "85202", "85203", "85204", "85205", "85206", "85207", "85208",
                       "85209", "85210", "85212", "85213", "85215"], ac=["480"],
                 dirs=["E", "W", "N", "S"]),
    "Chandler": dict(zips=["85224", "85225", "85226", "85248", "85249", "85286"], ac=["480"],
                     dirs=["W", "E", "S", "N"]),
    "Gilbert": dict(zips=["85233", "85234", "85295", "85296", "85297", "85298"], ac=["480"],
                    dirs=["E", "S", "N"]),
    "Tempe": dict(zips=["85281", "85282", "85283", "85284"], ac=["480"], dirs=["E", "S", "W"]),
    "Peoria": dict(zips=["85345", "85381", "85382", "85383"], ac=["623"], dirs=["W", "N"]),
    "Glendale": dict(zips=["85301", "85302", "85303", "85304", "85306", "85308", "85310"],
                     ac=["623"], dirs=["W", "N"]),
    "Surprise": dict(zips=["85374", "85378", "85379", "85387", "85388"], ac=["623"],
                     dirs=["W", "N"]),
    "Goodyear": dict(zips=["85338", "85395"], ac=["623"], dirs=["W", "S", "N"]),
    "Fountain Hills": dict(zips=["85268"], ac=["480"], dirs=["E", "N"]),
    "Cave Creek": dict(zips=["85331"], ac=["480"], dirs=["E", "N"]),
    "Sun City": dict(zips=["85351", "85373"], ac=["623"], dirs=["W", "N"]),
    "Sun City West": dict(zips=["85375"], ac=["623"], dirs=["W", "N"]),
}
TOWN_ORDER = ["Phoenix", "Scottsdale", "Mesa", "Chandler", "Gilbert", "Tempe", "Peoria",
              "Glendale", "Surprise", "Goodyear", "Fountain Hills", "Cave Creek", "Sun City",
              "Sun City West"]
HOME_TOWN_W = [("Phoenix", 24), ("Scottsdale", 14), ("Mesa", 13), ("Chandler", 9), ("Gilbert", 9),
               ("Tempe", 5), ("Peoria", 6), ("Glendale", 6), ("Surprise", 5), ("Goodyear", 4),
               ("Fountain Hills", 2), ("Cave Creek", 2)]
SNOWBIRD_TOWN_W = [("Mesa", 20), ("Scottsdale", 15), ("Fountain Hills", 10), ("Surprise", 10),
                   ("Sun City West", 8), ("Sun City", 6), ("Peoria", 6), ("Gilbert", 5),
                   ("Chandler", 5), ("Goodyear", 5), ("Cave Creek", 5), ("Phoenix", 5)]
HISP_TOWN_W = [("Phoenix", 30), ("Glendale", 14), ("Mesa", 14), ("Chandler", 10), ("Tempe", 6),
               ("Goodyear", 8), ("Peoria", 7), ("Gilbert", 6), ("Surprise", 5)]
RICH_TOWN_W = [("Scottsdale", 35), ("Phoenix", 20), ("Fountain Hills", 10), ("Cave Creek", 10),
               ("Gilbert", 8), ("Chandler", 8), ("Peoria", 5), ("Mesa", 4)]
RENTAL_TOWN_W = [("Scottsdale", 40), ("Phoenix", 25), ("Tempe", 12), ("Mesa", 8),
                 ("Fountain Hills", 6), ("Cave Creek", 4), ("Gilbert", 5)]
OFFICE_TOWN_W = [("Phoenix", 30), ("Scottsdale", 25), ("Mesa", 10), ("Chandler", 10),
                 ("Tempe", 8), ("Gilbert", 6), ("Peoria", 6), ("Glendale", 5)]

# PO box ZIPs of the towns (post-office box ZIP codes)
PO_ZIP = {"Phoenix": "85002", "Scottsdale": "85252", "Mesa": "85211", "Chandler": "85244",
          "Gilbert": "85299", "Tempe": "85280", "Peoria": "85380", "Glendale": "85311",
          "Surprise": "85374", "Goodyear": "85338", "Fountain Hills": "85269",
          "Cave Creek": "85327", "Sun City": "85372", "Sun City West": "85376"}

TOWN_ART = {
    "Phoenix": [("E", "Camelback", "Rd"), ("E", "Indian School", "Rd"), ("E", "Thomas", "Rd"),
                ("E", "Cactus", "Rd"), ("E", "Thunderbird", "Rd"), ("E", "Bell", "Rd"),
                ("W", "Glendale", "Ave"), ("W", "Northern", "Ave"), ("W", "Dunlap", "Ave"),
                ("E", "Shea", "Blvd"), ("N", "7th", "St"), ("N", "16th", "St"), ("N", "32nd", "St"),
                ("N", "40th", "St"), ("N", "19th", "Ave"), ("N", "35th", "Ave"),
                ("E", "Mountain View", "Rd"), ("E", "Sahuaro", "Dr"), ("E", "Windrose", "Dr"),
                ("E", "Acoma", "Dr"), ("W", "Aster", "Dr"), ("E", "Cortez", "St"),
                ("E", "Glenrosa", "Ave"), ("E", "Devonshire", "Ave"), ("E", "Osborn", "Rd"),
                ("E", "Coronado", "Rd"), ("E", "Palm", "Ln"), ("E", "Granada", "Rd"),
                ("E", "Whitton", "Ave"), ("E", "Montebello", "Ave"), ("W", "Rose", "Ln"),
                ("E", "Greenway", "Pkwy"), ("E", "Wethersfield", "Rd"), ("E", "Chandler", "Blvd"),
                ("E", "Desert Foothills", "Pkwy"), ("N", "Tatum", "Blvd"), ("W", "Villa Rita", "Dr")],
    "Scottsdale": [("N", "Scottsdale", "Rd"), ("N", "Hayden", "Rd"), ("N", "Pima", "Rd"),
                   ("E", "Via Linda", ""), ("E", "Shea", "Blvd"), ("E", "Mountain View", "Rd"),
                   ("N", "68th", "St"), ("N", "76th", "St"), ("N", "84th", "St"), ("N", "96th", "St"),
                   ("E", "Pinnacle Peak", "Rd"), ("E", "Happy Valley", "Rd"), ("E", "Dynamite", "Blvd"),
                   ("E", "Jomax", "Rd"), ("E", "Sweetwater", "Ave"), ("E", "Doubletree Ranch", "Rd"),
                   ("E", "Chaparral", "Rd"), ("E", "McDonald", "Dr"), ("N", "Miller", "Rd"),
                   ("E", "Desert Cove", "Ave"), ("E", "Cholla", "St"), ("E", "Redfield", "Rd")],
    "Mesa": [("E", "Main", "St"), ("E", "University", "Dr"), ("E", "Broadway", "Rd"),
             ("E", "Southern", "Ave"), ("E", "Baseline", "Rd"), ("E", "Brown", "Rd"),
             ("E", "McKellips", "Rd"), ("N", "Higley", "Rd"), ("S", "Power", "Rd"),
             ("E", "Guadalupe", "Rd"), ("S", "Ellsworth", "Rd"), ("E", "Adobe", "St"),
             ("E", "Hermosa Vista", "Dr"), ("E", "Dover", "St"), ("E", "Juanita", "Ave"),
             ("E", "Jensen", "St"), ("E", "Ingram", "St"), ("E", "Jacinto", "Ave"),
             ("W", "Isabella", "Ave"), ("N", "Recker", "Rd")],
    "Chandler": [("W", "Ray", "Rd"), ("E", "Ray", "Rd"), ("W", "Chandler", "Blvd"), ("W", "Warner", "Rd"),
                 ("S", "Alma School", "Rd"), ("S", "Dobson", "Rd"), ("S", "McQueen", "Rd"),
                 ("W", "Elliot", "Rd"), ("E", "Ocotillo", "Rd"), ("W", "Orchid", "Ln"),
                 ("W", "Saragosa", "St"), ("E", "Winchester", "Way"), ("E", "Bellerive", "Dr"),
                 ("S", "Nash", "Way"), ("W", "Mesquite", "Dr")],
    "Gilbert": [("E", "Guadalupe", "Rd"), ("E", "Elliot", "Rd"), ("E", "Warner", "Rd"),
                ("E", "Williams Field", "Rd"), ("S", "Val Vista", "Dr"), ("S", "Higley", "Rd"),
                ("S", "Lindsay", "Rd"), ("S", "Greenfield", "Rd"), ("E", "Houston", "Ave"),
                ("E", "Sierra Madre", "Ave"), ("E", "Vaughn", "Ave"), ("E", "Quail", "Ave"),
                ("E", "Sunrise", "Way"), ("S", "Cooper", "Rd"), ("E", "Pecos", "Rd")],
    "Tempe": [("E", "Southern", "Ave"), ("E", "Broadway", "Rd"), ("S", "Mill", "Ave"),
              ("S", "Rural", "Rd"), ("S", "McClintock", "Dr"), ("S", "Lakeshore", "Dr"),
              ("E", "Fairmont", "Dr"), ("S", "Ash", "Ave"), ("E", "Del Rio", "Dr"),
              ("E", "Palmcroft", "Dr"), ("W", "Carson", "Dr"), ("E", "Lemon", "St")],
    "Peoria": [("W", "Happy Valley", "Rd"), ("W", "Union Hills", "Dr"), ("N", "83rd", "Ave"),
               ("N", "91st", "Ave"), ("N", "99th", "Ave"), ("W", "Thunderbird", "Rd"),
               ("W", "Peoria", "Ave"), ("W", "Olive", "Ave"), ("W", "Deer Valley", "Rd"),
               ("W", "Calle Lejos", ""), ("W", "Pinnacle Peak", "Rd"), ("W", "Melinda", "Ln"),
               ("W", "Rose Garden", "Ln"), ("W", "Hatcher", "Rd")],
    "Glendale": [("W", "Glendale", "Ave"), ("W", "Northern", "Ave"), ("W", "Bell", "Rd"),
                 ("N", "51st", "Ave"), ("N", "59th", "Ave"), ("N", "67th", "Ave"), ("W", "Cactus", "Rd"),
                 ("W", "Greenway", "Rd"), ("W", "Paradise", "Ln"), ("W", "Sweetwater", "Ave"),
                 ("W", "Kristal", "Way"), ("W", "Michigan", "Ave"), ("W", "Wescott", "Dr")],
    "Surprise": [("W", "Bell", "Rd"), ("N", "Litchfield", "Rd"), ("N", "Reems", "Rd"),
                 ("W", "Greenway", "Rd"), ("W", "Waddell", "Rd"), ("N", "Bullard", "Ave"),
                 ("N", "156th", "Ave"), ("N", "145th", "Ln"), ("W", "Sierra", "St"),
                 ("N", "Sarival", "Ave"), ("W", "Tierra Buena", "Ln"), ("W", "Marshall", "Ave")],
    "Goodyear": [("N", "Litchfield", "Rd"), ("W", "McDowell", "Rd"), ("S", "Estrella", "Pkwy"),
                 ("W", "Indian School", "Rd"), ("N", "Pebble Creek", "Pkwy"), ("W", "Elm", "Ln"),
                 ("W", "Whyman", "Ave"), ("S", "173rd", "Ave"), ("W", "Roosevelt", "St"),
                 ("W", "Earll", "Dr"), ("W", "Monterey", "Way")],
    "Fountain Hills": [("E", "Palisades", "Blvd"), ("N", "Saguaro", "Blvd"), ("E", "Shea", "Blvd"),
                       ("E", "Glenbrook", "Blvd"), ("N", "Golden Eagle", "Blvd"),
                       ("E", "Sunburst", "Dr"), ("N", "Kirkwood", "Dr"), ("E", "Grandview", "Dr")],
    "Cave Creek": [("E", "Cave Creek", "Rd"), ("E", "Carefree", "Hwy"), ("N", "Spur Cross", "Rd"),
                   ("E", "Lone Mountain", "Rd"), ("E", "Dixileta", "Dr"), ("E", "Rancho Manana", "Blvd"),
                   ("N", "Schoolhouse", "Rd"), ("E", "Fleming Springs", "Rd"), ("N", "56th", "St")],
    "Sun City": [("W", "Boswell", "Blvd"), ("W", "Thunderbird", "Blvd"), ("N", "Del Webb", "Blvd"),
                 ("N", "99th", "Ave"), ("N", "103rd", "Ave"), ("N", "107th", "Ave"), ("N", "Hutton", "Dr"),
                 ("W", "Alabama", "Ave"), ("W", "Palmeras", "Dr"), ("W", "Oakmont", "Dr"),
                 ("N", "Balboa", "Dr"), ("W", "Pinehurst", "Dr"), ("W", "Cumberland", "Dr")],
    "Sun City West": [("N", "R H Johnson", "Blvd"), ("W", "Stardust", "Blvd"), ("W", "Meeker", "Blvd"),
                      ("W", "Camino del Sol", ""), ("N", "128th", "Ave"), ("N", "135th", "Dr"),
                      ("W", "Crystal Lake", "Dr"), ("W", "Pueblo", "Dr"), ("W", "Sierra Rosa", "Dr"),
                      ("W", "Desert Glen", "Dr"), ("W", "Fairway", "Dr")],
}
# residential street names found in gated communities all over the valley
RESID = [("Desert Willow", "Dr"), ("Palo Verde", "Dr"), ("Mesquite", "Ln"), ("Ironwood", "Dr"),
         ("Ocotillo", "Rd"), ("Cholla", "St"), ("Yucca", "St"), ("Cactus Wren", "Dr"),
         ("Quail Run", "Rd"), ("Javelina", "Ave"), ("Coyote", "Trl"), ("Sage Brush", "Trl"),
         ("Agave", "Ct"), ("Red Bird", "Rd"), ("Dove Valley", "Rd"), ("Roadrunner", "Dr"),
         ("Canyon View", "Dr"), ("Copper Ridge", "Dr"), ("Granite Pass", "Rd"), ("Sierra Vista", "Dr"),
         ("Desert Broom", "Ct"), ("Saguaro Blossom", "Rd"), ("Mariposa Grande", "Dr"),
         ("Lone Cactus", "Dr"), ("Desert Trumpet", "Rd"), ("Firethorn", "Dr"), ("Juniper", "Ave"),
         ("Verbena", "Dr"), ("Chuckwalla", "Ln"), ("Gold Dust", "Ave"), ("Silver Sage", "Ln"),
         ("Morning Vista", "Ln"), ("Desert Hills", "Dr"), ("Pinnacle Vista", "Dr"), ("Bajada", "Rd"),
         ("Tumbleweed", "Ln"), ("Desert Star", "Way"), ("Sunset", "Dr"), ("Wildcat", "Dr"),
         ("Rockwood", "Dr"), ("Buckskin", "Trl"), ("Monte Vista", "Rd"), ("Camino Real", ""),
         ("Paseo del Sol", ""), ("Calle Feliz", ""), ("Heritage", "Ct"), ("Sandpiper", "Dr"),
         ("Windsong", "Dr"), ("Country Club", "Dr"), ("Fairway", "Dr")]

# ---------------------------------------------------------------------------
# Snowbird summer homes, out-of-state owners
# ---------------------------------------------------------------------------
CALGARY = [("Edgemont", "NW", "T3A"), ("Hawkwood", "NW", "T3G"), ("Signal Hill", "SW", "T3H"),
           ("Woodbine", "SW", "T2W"), ("Lake Bonavista", "SE", "T2J"), ("Douglasdale", "SE", "T2Z"),
           ("Auburn Bay", "SE", "T3M"), ("Tuscany", "NW", "T3L"), ("Evergreen", "SW", "T2Y"),
           ("Varsity", "NW", "T3B"), ("Elbow Park", "SW", "T2S"), ("Mount Royal", "SW", "T2T")]
CALGARY_TYPES = ["Dr", "Rd", "Way", "Cres", "Pl", "Close", "Gate", "Gardens", "Hts", "Pt"]
WINNIPEG = [("Tuxedo", "R3P"), ("River Heights", "R3N"), ("Crescentwood", "R3M"), ("St. Vital", "R2M"),
            ("Charleswood", "R3R"), ("Fort Garry", "R3T"), ("North Kildonan", "R2G"),
            ("St. Boniface", "R2H"), ("Transcona", "R2C")]
WINNIPEG_STREETS = ["Kingsway", "Wellington Cres", "Grosvenor Ave", "Niagara St", "Waverley St",
                    "Harrow St", "Lindsay St", "Park Blvd", "Shaftesbury Blvd", "Roblin Blvd",
                    "Dakota St", "Kildonan Dr", "Ash St", "Cordova St", "Brock St", "Ridgewood Ave",
                    "Vialoux Dr", "Laxdal Rd", "Southwood Ave", "Island Shore Blvd"]
MIDWEST = [("Minneapolis", "MN", ["55410", "55419", "55416", "55417"], ["612"]),
           ("Edina", "MN", ["55424", "55435", "55436", "55439"], ["952"]),
           ("Bloomington", "MN", ["55431", "55437", "55438"], ["952"]),
           ("Eden Prairie", "MN", ["55344", "55346", "55347"], ["952"]),
           ("Saint Paul", "MN", ["55105", "55116", "55104"], ["651"]),
           ("Woodbury", "MN", ["55125", "55129"], ["651"]),
           ("Rochester", "MN", ["55901", "55902", "55906"], ["507"]),
           ("Duluth", "MN", ["55803", "55804", "55811"], ["218"]),
           ("Chicago", "IL", ["60614", "60657", "60625", "60618", "60646"], ["773", "312"]),
           ("Naperville", "IL", ["60540", "60563", "60564", "60565"], ["630", "331"]),
           ("Schaumburg", "IL", ["60193", "60194"], ["847", "224"]),
           ("Arlington Heights", "IL", ["60004", "60005"], ["847"]),
           ("Rockford", "IL", ["61107", "61114"], ["815", "779"]),
           ("Peoria", "IL", ["61614", "61615"], ["309"]),
           ("Oak Park", "IL", ["60302", "60304"], ["708"]),
           ("Springfield", "IL", ["62704", "62711"], ["217"])]
MIDWEST_STREETS = ["Oak St", "Maple Ave", "Elm St", "Lakeview Dr", "Highland Ave", "Ridge Rd",
                   "Woodland Dr", "Park Ave", "Sunset Dr", "Cedar Ln", "Walnut St", "Prospect Ave",
                   "Chestnut St", "Birch Ln", "Hillcrest Dr", "Country Club Dr", "Lincoln Ave",
                   "Washington St", "Summit Ave", "Xerxes Ave S", "France Ave S", "W 54th St",
                   "N Sheffield Ave", "W Belmont Ave", "N Damen Ave", "Aurora Ave", "Wildwood Ln"]
OUT_OF_STATE = [("Seattle", "WA", ["98103", "98115", "98117", "98112", "98199"], ["206"]),
                ("Bellevue", "WA", ["98004", "98006"], ["425"]),
                ("Denver", "CO", ["80206", "80210", "80220", "80218"], ["303", "720"]),
                ("Boulder", "CO", ["80302", "80304"], ["303"]),
                ("Los Angeles", "CA", ["90024", "90049", "90064", "90066"], ["310", "424"]),
                ("Irvine", "CA", ["92602", "92618", "92620"], ["949"]),
                ("San Diego", "CA", ["92103", "92107", "92109"], ["619", "858"]),
                ("San Jose", "CA", ["95120", "95125"], ["408"]),
                ("Portland", "OR", ["97202", "97210", "97212"], ["503", "971"]),
                ("Salt Lake City", "UT", ["84103", "84105", "84108"], ["801", "385"]),
                ("Dallas", "TX", ["75205", "75214", "75225"], ["214", "469"]),
                ("Austin", "TX", ["78703", "78731"], ["512"]),
                ("Boise", "ID", ["83702", "83706"], ["208"]),
                ("Las Vegas", "NV", ["89117", "89135"], ["702"])]
OOS_STREETS = ["Pine St", "Hillside Dr", "Vista Ave", "Oak Knoll Rd", "Westlake Ave", "Cherry St",
               "Alder Ln", "Ridgeview Dr", "Canyon Rd", "Bayview Dr", "Laurel Ave", "Madison St",
               "Harbor Way", "Spruce Ct", "Meadowbrook Dr", "Crestline Dr"]
MOBILE_AC = ["312", "206", "714", "909", "801", "303", "917", "310", "612", "702", "520", "928"]

# ---------------------------------------------------------------------------
# People's names (invented combinations)
# ---------------------------------------------------------------------------
OLD_M = ["Robert", "Richard", "Donald", "Gary", "Dennis", "Ronald", "Larry", "James", "William",
         "Charles", "Thomas", "Kenneth", "Gerald", "Harold", "Wayne", "Roger", "Dale", "Duane",
         "Lyle", "Darrell", "Norman", "Leonard", "Raymond", "Eugene", "Walter", "Frank", "George",
         "Jerry", "Bruce", "Douglas", "Lawrence", "Edward", "Stanley", "Carl", "Glen", "Marvin",
         "Howard", "Allen", "Jack", "Arnold", "Vernon", "Lloyd"]
OLD_F = ["Barbara", "Patricia", "Judith", "Sharon", "Carol", "Linda", "Nancy", "Karen", "Sandra",
         "Donna", "Shirley", "Joyce", "Diane", "Janet", "Marilyn", "Beverly", "Margaret", "Dorothy",
         "Betty", "Joan", "Kathleen", "Elaine", "Arlene", "Lois", "Darlene", "Gloria", "Bonnie",
         "Marlene", "Judy", "Connie", "Carolyn", "Phyllis", "Rita", "Susan", "Deborah", "Catherine"]
MID_M = ["Michael", "David", "John", "Mark", "Steven", "Jeffrey", "Scott", "Brian", "Kevin",
         "Timothy", "Gregory", "Todd", "Eric", "Jason", "Christopher", "Matthew", "Daniel", "Paul",
         "Anthony", "Kyle", "Brandon", "Ryan", "Justin", "Joshua", "Andrew", "Tyler", "Jeremy",
         "Nathan", "Derek", "Travis", "Shawn", "Chad", "Stephen", "Jonathan", "Phillip", "Alan"]
MID_F = ["Jennifer", "Lisa", "Michelle", "Kimberly", "Amy", "Angela", "Melissa", "Stephanie",
         "Heather", "Nicole", "Jessica", "Amanda", "Sarah", "Rebecca", "Laura", "Christine", "Tracy",
         "Dawn", "Kelly", "Julie", "Megan", "Ashley", "Lauren", "Brittany", "Courtney", "Erin",
         "Kristen", "Tiffany", "Andrea", "Allison", "Katherine", "Elizabeth", "Teresa", "Lori"]
HISP_M = ["José Luis", "Juan Carlos", "Jesús", "Francisco", "Alejandro", "Miguel Ángel", "Luis",
          "Carlos", "Jorge", "Ricardo", "Fernando", "Eduardo", "Javier", "Sergio", "Raúl", "Manuel",
          "Roberto", "Héctor", "Arturo", "Rubén", "Ignacio", "Óscar", "Martín", "Ramón", "Andrés",
          "Víctor", "Juan", "José", "Antonio", "Gerardo", "José Antonio", "Juan Manuel"]
HISP_F = ["María Guadalupe", "María Elena", "Ana María", "Luz María", "Guadalupe", "Verónica",
          "Adriana", "Claudia", "Leticia", "Rosa María", "Patricia", "Gabriela", "Mónica",
          "Alejandra", "Yolanda", "Silvia", "Araceli", "María de Jesús", "Martha", "Norma", "Sofía",
          "Lucía", "Beatriz", "Carmen", "Elena", "Rocío", "Maricela", "Teresa", "Irma", "María del Carmen"]
ANGLO = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
         "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
         "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker",
         "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
         "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
         "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox",
         "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders",
         "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan",
         "Fisher", "Henderson", "Coleman", "Patterson", "Jordan", "Graham", "Reynolds", "Hamilton",
         "Wallace", "West", "Cole", "Hayes", "Gibson", "Ellis", "Stevens", "Murray", "Ford",
         "Marshall", "Owens", "McDonald", "Harrison", "Kennedy", "Wells", "Hoffman", "Dunn", "Hunt",
         "Palmer", "Mills", "Warren", "Fox", "Rose", "Rice", "Stone", "Hawkins", "Arnold", "Becker",
         "Schultz", "Weber", "Meyer", "Schmidt", "Kessler", "Whitaker", "Pruitt", "Dawson",
         "Holloway", "Barrett", "Chambers", "Burke", "Fletcher", "Garrett", "Hale", "Lambert",
         "Pierce", "Sherman", "Tucker", "Vaughn", "Walsh", "Yates", "Reid", "Stuart", "Matthews",
         "Thomson", "Hanson", "Carlson", "Nguyen", "Tran", "Patel", "Kim", "O'Brien", "McCarthy",
         "DeLuca", "Rossi", "Brennan", "Donnelly", "MacKenzie", "Lindgren"]
NORTH = ["Olson", "Johnson", "Anderson", "Peterson", "Larson", "Nelson", "Swanson", "Lindqvist",
         "Bergstrom", "Halvorson", "Thorson", "Gunderson", "Kowalski", "Nowak", "Wisniewski",
         "Schroeder", "Schneider", "Hoffmann", "Krueger", "Vogel", "Gagnon", "Tremblay", "Bouchard",
         "Lavoie", "Fortin", "Ouellette", "Leblanc", "Makowski", "Dueck", "Friesen", "Penner",
         "Klassen", "Wiebe", "Enns", "Reimer", "Sigurdson", "Magnusson", "Kozak", "Hrynchuk",
         "Melnyk", "Boychuk", "MacDonald", "Fraser", "McLeod", "Sutherland", "Gillespie", "Olsen",
         "Jorgensen", "Sorensen", "Lundberg", "Brandt", "Zimmerman", "Novak", "Lachance", "Pelletier"]
HISP_SUR = ["Hernández", "López", "García", "Martínez", "Rodríguez", "González", "Pérez", "Sánchez",
            "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes",
            "Gutiérrez", "Ortiz", "Chávez", "Ruiz", "Álvarez", "Castillo", "Jiménez", "Vásquez",
            "Moreno", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro", "Méndez",
            "Guzmán", "Fernández", "Juárez", "Domínguez", "Salazar", "Soto", "Delgado", "Valenzuela",
            "Ochoa", "Estrada", "Contreras", "Cervantes", "Figueroa", "Ibarra", "Navarro", "Montoya",
            "Valdez", "Acosta", "Lugo", "Quintero", "Orozco", "Zamora", "Villa", "Esparza", "Tapia"]
NICK = {"Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"], "Richard": ["Rick", "Dick", "Rich"],
        "James": ["Jim", "Jimmy"], "Michael": ["Mike"], "Thomas": ["Tom", "Tommy"], "Elizabeth": ["Liz", "Beth"],
        "Patricia": ["Pat", "Patty"], "Katherine": ["Kathy", "Kate", "Katie"], "Catherine": ["Cathy", "Cat"],
        "Margaret": ["Peggy", "Maggie", "Marge"], "Jennifer": ["Jen", "Jenny"], "Deborah": ["Deb", "Debbie"],
        "Susan": ["Sue", "Suzy"], "Donald": ["Don", "Donnie"], "Ronald": ["Ron", "Ronnie"], "Gerald": ["Jerry"],
        "Lawrence": ["Larry"], "Kenneth": ["Ken", "Kenny"], "Charles": ["Chuck", "Charlie"], "Daniel": ["Dan", "Danny"],
        "Steven": ["Steve"], "Stephen": ["Steve"], "Gregory": ["Greg"], "Timothy": ["Tim"], "Anthony": ["Tony"],
        "Christopher": ["Chris"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Edward": ["Ed", "Eddie", "Ted"],
        "Douglas": ["Doug"], "Jeffrey": ["Jeff"], "Kimberly": ["Kim"], "Rebecca": ["Becky"], "Barbara": ["Barb"],
        "Judith": ["Judy"], "Dorothy": ["Dot", "Dottie"], "Beverly": ["Bev"], "Kathleen": ["Kathy"],
        "Harold": ["Hal"], "Raymond": ["Ray"], "Leonard": ["Len", "Lenny"], "Walter": ["Walt"],
        "Stanley": ["Stan"], "Howard": ["Howie"], "Phillip": ["Phil"], "Jonathan": ["Jon"], "Joshua": ["Josh"],
        "Nathan": ["Nate"], "Samuel": ["Sam"], "Nicole": ["Nikki"], "Jessica": ["Jess"], "Amanda": ["Mandy"],
        "Allison": ["Allie"], "Christine": ["Chris", "Tina"], "Teresa": ["Terry"], "Alan": ["Al"],
        "Francisco": ["Paco", "Pancho", "Frank"], "José": ["Pepe", "Joe"], "Guadalupe": ["Lupe"],
        "María Guadalupe": ["Lupe", "Ma. Guadalupe", "Maria G."], "Jesús": ["Chuy"], "Alejandro": ["Alex"],
        "Ignacio": ["Nacho"], "Eduardo": ["Lalo", "Eddie"], "Roberto": ["Beto"], "Alejandra": ["Ale"],
        "Ana María": ["Ana"], "Luz María": ["Luz"], "Rosa María": ["Rosa"], "María Elena": ["Ma. Elena", "Elena"],
        "María de Jesús": ["Ma. de Jesús", "Chuyita"], "Juan Carlos": ["Juan"], "José Luis": ["Pepe", "José"],
        "Miguel Ángel": ["Miguel"], "Antonio": ["Tony", "Toño"], "Manuel": ["Manny"], "Gabriela": ["Gaby"],
        "María del Carmen": ["Carmen", "Ma. del Carmen"], "Juan Manuel": ["Juan"], "José Antonio": ["José"]}
MISHEARD = {"Reid": "Reed", "Reed": "Reid", "Meyer": "Myers", "Myers": "Meyer", "Thomson": "Thompson",
            "Thompson": "Thomson", "Peterson": "Petersen", "Hanson": "Hansen", "Olson": "Olsen",
            "Olsen": "Olson", "Nelson": "Nielsen", "Stewart": "Stuart", "Stuart": "Stewart",
            "Gray": "Grey", "Clark": "Clarke", "Brown": "Browne", "Matthews": "Mathews",
            "Phillips": "Philips", "Schmidt": "Schmitt", "Fisher": "Fischer", "Lindqvist": "Lindquist",
            "Carlson": "Karlson", "Johnson": "Johnston", "Jorgensen": "Jorgenson", "Sorensen": "Sorenson",
            "Catherine": "Katherine", "Katherine": "Kathryn", "Steven": "Stephen", "Stephen": "Steven",
            "Jon": "John", "Sarah": "Sara", "Alan": "Allen", "Allen": "Alan", "Brian": "Bryan", "Carl": "Karl",
            "Eric": "Erik", "Phillip": "Philip", "Teresa": "Theresa", "Lori": "Laurie", "Kowalski": "Kovalski",
            "Friesen": "Friessen", "Penner": "Pener", "Klassen": "Klaassen", "Gagnon": "Gagnan",
            "Hrynchuk": "Hrynchuck", "Kessler": "Kesler", "Whitaker": "Whittaker", "Valdez": "Valdes",
            "Vásquez": "Vázquez", "Juárez": "Suárez", "Ochoa": "Ochua", "Zamora": "Samora",
            "Cervantes": "Servantes", "Ibarra": "Ybarra", "Esparza": "Esparsa", "Villa": "Vía"}
MALE = set(OLD_M + MID_M + HISP_M)

# ---------------------------------------------------------------------------
# Firms (invented)
# ---------------------------------------------------------------------------
STEMS = ["Desert Oasis", "Sonoran Sky", "Saguaro Sun", "Camelback Vista", "Red Rock", "Copper State",
         "Ironwood", "Palo Verde", "Mesquite Canyon", "Ocotillo", "Superstition", "Four Peaks",
         "McDowell", "Pinnacle Peak", "Blue Agave", "Cholla", "Canyon Crest", "Desert Mirage",
         "Sun Valley", "Paradise View", "Javelina", "Roadrunner", "Gambel Quail", "Coyote Ridge",
         "Desert Rose", "Monsoon", "Catalina", "Sierra Estrella", "Tierra Verde", "Casa Bonita",
         "Arroyo Seco", "Sunburst", "Golden Sun", "Blue Sky", "White Tank", "Silverado", "Dos Palmas",
         "Bella Vista", "Cielo Azul", "La Paloma", "El Dorado", "Rio Salado", "Gila Bend", "Verde River",
         "Lone Mountain", "Black Mountain", "Hohokam", "Papago", "South Mountain", "Tonto",
         "Desert Sage", "Brittlebush", "Cactus Flower", "Sandstone", "Adobe", "Chaparral", "Piñon",
         "Mariposa", "Sol y Luna", "Sahuaro", "Dry Creek", "Turquoise", "Amber Canyon", "Quartz Hill"]
HOA_A = ["Sunset", "Desert", "Stone", "Copper", "Quail", "Mesquite", "Palo Verde", "Ironwood",
         "Sonoran", "Saguaro", "Red Rock", "Canyon", "Eagle", "Vista", "Sierra", "Mountain", "Cactus",
         "Agave", "Coyote", "Granite", "Silver", "Shadow", "Pinnacle", "Ocotillo", "Cottonwood",
         "Willow", "Falcon", "Heritage", "Legacy", "Arroyo"]
HOA_B = ["Ridge", "Vista", "Creek", "Crossing", "Estates", "Ranch", "Springs", "Heights", "Foothills",
         "Village", "Pointe", "Park", "Trails", "Canyon", "Highlands", "Meadows", "Shadows", "Hills",
         "Gate", "Lakes", "Groves", "Commons", "Landing", "Preserve"]
HOA_SUFFIX = ["Community Association", "Homeowners Association", "HOA", "Master Association",
              "Townhome Association", "Condominium Association", "Community Association, Inc.",
              "Homeowners Association, Inc."]
MGMT_NAMES = ["Ironwood Association Services", "Canyon State Community Management",
              "Desert Sky HOA Management", "Sonoran Community Partners", "Copperstone Association Management",
              "Heritage Community Management", "Mariposa HOA Services", "Red Mountain Association Management",
              "Agave Community Management", "Tierra Grande Association Services", "Vistancia Property Services",
              "Saguaro Community Management", "Cornerstone Valley Management", "Brightwater HOA Management",
              "Arizona Association Partners", "Pinnacle West Community Services"]
STR_NAMES = ["Sonoran Stays Vacation Rentals", "Camelback Getaways", "Desert Nest Hosting",
             "Old Town Vacation Homes", "Scottsdale Retreats Co.", "Cactus Key Property Care",
             "Valley Host Partners", "Sunlit Stays", "Casita Hosts AZ", "Oasis Guest Management",
             "Saguaro Stay & Play", "Mountain Shadows Rentals", "Desert Haven Hospitality",
             "Golden Hour Vacation Rentals", "Arcadia Getaway Management", "Blue Door Hosting"]
PM_WORDS = ["Property Management", "Realty & Property Management", "Residential Management",
            "Rental Homes", "Property Services", "Home Management", "Leasing & Management"]
BUILDER_WORDS = ["Custom Homes", "Builders", "Homes", "Construction", "Remodeling", "Design Build",
                 "Outdoor Living", "Landscape & Pools", "General Contracting"]
APT_PATTERNS = ["{s} Apartments", "{s} Apartment Homes", "The Residences at {s}", "{s} Village Apartments",
                "{s} Townhomes", "The Lofts at {s}"]
HOTEL_PATTERNS = ["{s} Resort & Spa", "{s} Inn & Suites", "{s} Hotel", "{s} Golf Resort", "{s} Lodge"]
COMM_PATTERNS = ["{s} Swim School", "{s} Athletic Club", "{s} Community Church", "{s} RV Resort",
                 "{s} Fitness Center", "{s} Country Club", "{s} Academy", "{s} Mobile Home Park",
                 "{s} Senior Living", "{s} Dental Group", "{s} Medical Plaza", "{s} Physical Therapy"]
LLC_PATTERNS = ["{s} Rentals LLC", "{s} Properties LLC", "{s} Holdings LLC", "{s} Vacation Homes LLC",
                "{s} Investments LLC", "{s} Retreat LLC", "{s} Casita LLC", "{s} Real Estate LLC"]
FREQS = ["Weekly", "Weekly", "Weekly", "Bi-Weekly", "Repair", "Chem Only", "Full Service"]
GATE_NOTES = ["Gate code #{n}", "gate code {n}", "Side gate - dog in yard", "Key under mat",
              "Gate {n}#", "Call before arriving", "Back gate, beware of dog", "Lockbox {n}",
              "Community gate code *{n}", "Equipment on north side"]
POOL_LABELS = ["Community Pool", "Main Pool", "Pool 2", "North Pool", "South Pool", "Clubhouse Pool",
               "Spa & Pool", "Lap Pool", "Park Pool"]

# e-mail domains
D_AZ = [("gmail.com", 30), ("yahoo.com", 12), ("hotmail.com", 7), ("outlook.com", 6), ("cox.net", 10),
        ("icloud.com", 7), ("aol.com", 4), ("q.com", 2), ("msn.com", 2), ("me.com", 2), ("live.com", 2),
        ("att.net", 2)]
D_OLD = [("aol.com", 14), ("cox.net", 14), ("yahoo.com", 12), ("msn.com", 8), ("earthlink.net", 4),
         ("q.com", 4), ("gmail.com", 16), ("comcast.net", 5), ("centurylink.net", 3), ("icloud.com", 4)]
D_CALGARY = [("shaw.ca", 30), ("telus.net", 25), ("gmail.com", 20), ("hotmail.ca", 8), ("outlook.com", 5),
             ("yahoo.ca", 5)]
D_WPG = [("shaw.ca", 30), ("mts.net", 25), ("gmail.com", 20), ("hotmail.com", 10), ("yahoo.ca", 5)]
D_MIDWEST = [("comcast.net", 25), ("gmail.com", 25), ("yahoo.com", 15), ("msn.com", 8), ("charter.net", 6),
             ("att.net", 6), ("sbcglobal.net", 6), ("icloud.com", 6)]
D_YOUNG = [("gmail.com", 60), ("icloud.com", 12), ("outlook.com", 8), ("yahoo.com", 8), ("hotmail.com", 6)]
FREE_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "cox.net", "icloud.com",
                "aol.com", "q.com", "msn.com", "me.com", "live.com", "att.net", "earthlink.net",
                "comcast.net", "centurylink.net", "shaw.ca", "telus.net", "hotmail.ca", "yahoo.ca",
                "mts.net", "charter.net", "sbcglobal.net", "sympatico.ca", "gmial.com", "yaho.com",
                "hotmial.com", "gmail.con", "yahoo.con", "comcast.ent", "cox.ent", "outlok.com",
                "iclod.com", "shaw.com", "telus.com", "gmai.com"]
EMAIL_DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.con", "gmai.com"], "yahoo.com": ["yaho.com", "yahoo.con"],
                      "hotmail.com": ["hotmial.com"], "comcast.net": ["comcast.ent"], "cox.net": ["cox.ent"],
                      "outlook.com": ["outlok.com"], "icloud.com": ["iclod.com"], "shaw.ca": ["shaw.com"],
                      "telus.net": ["telus.com"]}

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def has_accents(s):
    return s is not None and strip_accents(s) != s


def mojibake(s):
    """UTF-8 bytes read as Windows-1252, the classic QuickBooks Desktop / CSV accident."""
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
        else:
            out.append(c.encode("utf-8").decode("cp1252", errors="replace"))
    return "".join(out)


def slug(s):
    return re.sub(r"[^a-z]", "", strip_accents(s).lower())


def title_case(s):
    out = []
    for w in s.split(" "):
        out.append(w[:1].upper() + w[1:].lower() if w else w)
    return " ".join(out)


KEYB = {"a": "qwsz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc", "g": "ftyhbv",
        "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop", "m": "njk", "n": "bhjm",
        "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz", "t": "rfgy", "u": "yhji",
        "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx"}


def typo(s):
    """One keyboard typo inside a word (never the first letter)."""
    idx = [i for i in range(1, len(s)) if s[i].isalpha() and ord(s[i]) < 128]
    if not idx:
        return s
    for _ in range(20):
        i = pick(idx)
        k = R.randrange(4)
        if k == 0 and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1].lower() != s[i].lower():
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif k == 1 and len(s) > 4:
            t = s[:i] + s[i + 1:]
        elif k == 2:
            t = s[:i] + s[i] + s[i:]
        else:
            nb = KEYB.get(s[i].lower())
            if not nb:
                continue
            ch = pick(nb)
            if s[i].isupper():
                ch = ch.upper()
            t = s[:i] + ch + s[i + 1:]
        if t != s and t.lower() != s.lower():
            return t
    return s


def digits(s):
    return re.sub(r"\D", "", s or "")


PHONE_STYLES = ["paren", "dash", "dot", "plain", "plus", "plusdash", "onedash", "space", "parennospace"]


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    if style == "paren":
        return "(%s) %s-%s" % (a, b, c)
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "dot":
        return "%s.%s.%s" % (a, b, c)
    if style == "plain":
        return d
    if style == "plus":
        return "+1 %s %s %s" % (a, b, c)
    if style == "plusdash":
        return "+1-%s-%s-%s" % (a, b, c)
    if style == "onedash":
        return "1-%s-%s-%s" % (a, b, c)
    if style == "space":
        return "%s %s %s" % (a, b, c)
    return "(%s)%s-%s" % (a, b, c)


# ---------------------------------------------------------------------------
# Normalisations used for evidence / shared / findability (check.py re-implements them)
# ---------------------------------------------------------------------------
ADDR_MAP = {"EAST": "E", "WEST": "W", "NORTH": "N", "SOUTH": "S", "STREET": "ST", "DRIVE": "DR",
            "AVENUE": "AVE", "AV": "AVE", "ROAD": "RD", "LANE": "LN", "COURT": "CT", "PLACE": "PL",
            "BOULEVARD": "BLVD", "PARKWAY": "PKWY", "TRAIL": "TRL", "CIRCLE": "CIR", "HIGHWAY": "HWY",
            "TERRACE": "TER", "SUITE": "STE", "APARTMENT": "APT", "UNIT": "APT", "CRESCENT": "CRES",
            "GARDENS": "GDNS", "HEIGHTS": "HTS", "POINT": "PT", "NORTHWEST": "NW", "SOUTHWEST": "SW",
            "NORTHEAST": "NE", "SOUTHEAST": "SE"}
ADDR_DROP = ["N", "S", "E", "W", "APT", "STE", "NO"]


def norm_street(line):
    s = strip_accents(line).upper().replace("#", " ")
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    toks = [ADDR_MAP.get(t, t) for t in s.split()]
    toks = [t for t in toks if t not in ADDR_DROP]
    return " ".join(toks)


def street_line(a):
    if a is None:
        return None
    l1 = a.get("line1")
    if l1 and re.match(r"^\s*(c/o|c\.o\.|attn)", l1, re.I):
        l1 = a.get("line2")
    if not l1:
        return None
    n = norm_street(l1)
    return n or None


def street_name(a):
    s = street_line(a)
    if not s:
        return None
    toks = s.split()
    if toks and toks[0].isdigit():
        toks = toks[1:]
    toks = [t for t in toks if not t.isdigit()]
    return " ".join(toks) or None


def norm_postal(p):
    if not p:
        return None
    s = re.sub(r"[\s\-]", "", p.upper())
    if len(s) >= 5 and s[:5].isdigit():
        return s[:5]
    return s or None


def norm_city(c):
    if not c:
        return None
    s = re.sub(r"[^A-Z0-9]+", " ", strip_accents(c).upper()).strip()
    return s or None


def addr_shared(a, b):
    if a is None or b is None:
        return False
    sa, sb = street_line(a), street_line(b)
    if not sa or sa != sb:
        return False
    pa, pb = norm_postal(a.get("postalCode")), norm_postal(b.get("postalCode"))
    if pa and pb and pa == pb:
        return True
    ca, cb = norm_city(a.get("city")), norm_city(b.get("city"))
    return bool(ca and cb and ca == cb)


def norm_phone(p):
    if not p:
        return None
    s = re.split(r"(?i)\s*(?:ext\.?|x)\s*\d+\s*$", p)[0]
    d = digits(s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return d if len(d) == 10 else None


def norm_email(e):
    if not e:
        return None
    return e.strip().lower() or None


def evidence_of(c1, c2):
    ev = []
    e1, e2 = norm_email(c1["email"]), norm_email(c2["email"])
    if e1 and e1 == e2:
        ev.append("email")
    p1, p2 = norm_phone(c1["phone"]), norm_phone(c2["phone"])
    if p1 and p1 == p2:
        ev.append("phone")
    if addr_shared(c1["address"], c2["address"]):
        ev.append("address")
    return ev


NAME_SUFFIX = ["jr", "sr", "ii", "iii", "iv"]
NAME_PARTICLES = ["de", "del", "la", "los", "y"]


def ntoks(s):
    if not s:
        return []
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).split()


def person_toks(s):
    return [t for t in ntoks(s) if t not in NAME_SUFFIX]


LEGAL = ["llc", "l", "c", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
         "limited", "lp", "pllc", "the"]


def company_toks(s):
    return [t for t in ntoks(s) if t not in LEGAL]


def email_domain(e):
    e = norm_email(e)
    if not e or "@" not in e:
        return None
    return e.split("@", 1)[1]


def shared_of(c, a):
    """What record c shares with anchor record a (computed from the records only)."""
    out = []
    g1, g2 = person_toks(c["givenName"]), person_toks(a["givenName"])
    f1, f2 = person_toks(c["familyName"]), person_toks(a["familyName"])
    if g1 and f1 and g1 == g2 and f1 == f2:
        out.append("name")
    if g1 and g2 and g1[0] == g2[0]:
        out.append("givenName")
    f1s = [t for t in f1 if t not in NAME_PARTICLES]
    f2s = [t for t in f2 if t not in NAME_PARTICLES]
    if f1s and f2s and any(t in f2s for t in f1s):
        out.append("familyName")
    k1, k2 = company_toks(c["companyName"]), company_toks(a["companyName"])
    if k1 and k1 == k2:
        out.append("companyName")
    if len(k1) >= 2 and len(k2) >= 2 and k1[:2] == k2[:2]:
        out.append("company_stem")
    e1, e2 = norm_email(c["email"]), norm_email(a["email"])
    if e1 and e1 == e2:
        out.append("email")
    d1, d2 = email_domain(c["email"]), email_domain(a["email"])
    if d1 and d1 == d2 and d1 not in FREE_DOMAINS:
        out.append("email_domain")
    p1, p2 = norm_phone(c["phone"]), norm_phone(a["phone"])
    if p1 and p1 == p2:
        out.append("phone")
    ca, aa = c["address"], a["address"]
    if addr_shared(ca, aa):
        out.append("address")
    s1, s2 = street_line(ca), street_line(aa)
    if s1 and s1 == s2:
        out.append("line1")
    n1, n2 = street_name(ca), street_name(aa)
    if n1 and n1 == n2:
        out.append("street")
    if ca is not None and aa is not None:
        x1, x2 = norm_city(ca.get("city")), norm_city(aa.get("city"))
        if x1 and x1 == x2:
            out.append("city")
        z1, z2 = norm_postal(ca.get("postalCode")), norm_postal(aa.get("postalCode"))
        if z1 and z1 == z2:
            out.append("postalCode")
    return out


STRONG_SHARED = ["name", "familyName", "companyName", "company_stem", "email", "email_domain", "phone",
                 "address", "line1", "street"]

NAME_STOP = ["weekly", "bi", "biweekly", "repair", "remodel", "chem", "only", "full", "service", "llc", "inc",
             "incorporated", "corp", "co", "ltd", "lp", "pllc", "the", "of", "and", "mr", "mrs", "ms",
             "dr", "c", "o", "l"]


def name_keys(c):
    out = []
    gf = " ".join(x for x in (c["givenName"], c["familyName"]) if x)
    for s in (c["displayName"], c["companyName"], gf):
        if not s:
            continue
        s = re.sub(r"\([^)]*\)", " ", s)
        t = [x for x in ntoks(s) if x not in NAME_STOP]
        if t:
            k = " ".join(sorted(t))
            if k not in out:
                out.append(k)
    return out


def dice(a, b):
    A = [a[i:i + 2] for i in range(len(a) - 1)]
    B = [b[i:i + 2] for i in range(len(b) - 1)]
    if not A or not B:
        return 1.0 if a == b else 0.0
    cnt = {}
    for x in A:
        cnt[x] = cnt.get(x, 0) + 1
    inter = 0
    for x in B:
        if cnt.get(x, 0) > 0:
            cnt[x] -= 1
            inter += 1
    return 2.0 * inter / (len(A) + len(B))


def name_score(c1, c2):
    best = 0.0
    for a in name_keys(c1):
        for b in name_keys(c2):
            d = dice(a, b)
            if d > best:
                best = d
    return best


def rec_city(c):
    a = c["address"]
    if a is None:
        return None
    return norm_city(a.get("city"))

# ---------------------------------------------------------------------------
# Identifier factories (everything invented, collisions avoided)
# ---------------------------------------------------------------------------
USED_IDS = set()
USED_PHONE = set()
USED_EMAIL = set()
USED_LINE = set()
USED_CO = set()
USED_DOM = set()


def new_id():
    while True:
        x = "c%07x" % R.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


def new_phone(ac):
    while True:
        ex = R.randint(200, 999)
        if ex % 100 == 11 or ex in (555, 950, 976, 958, 959):
            continue
        d = "%s%03d%04d" % (ac, ex, R.randint(0, 9999))
        if d not in USED_PHONE:
            USED_PHONE.add(d)
            return d


def town_phone(town):
    return new_phone(pick(TOWNS[town]["ac"]))


def local_part(given, family):
    g = slug(given.split(" ")[0]) or "info"
    f = slug(family.split(" ")[0]) if family else ""
    if not f:
        f = "home"
    yy = pick(["57", "62", "65", "68", "71", "74", "77", "81", "84", "88", "91", "93", "96", "99",
               "2", "7", "12", "22", "44", "55", "123", "1", "3"])
    return wpick([("%s.%s" % (g, f), 20), ("%s%s" % (g, f), 14), ("%s%s" % (g[0], f), 14),
                  ("%s%s" % (g, f[0]), 5), ("%s.%s%s" % (g, f, yy), 8), ("%s_%s" % (g, f), 4),
                  ("%s.%s" % (f, g), 3), ("%s%s" % (g, yy), 4), ("%s%s" % (f, g[0]), 5),
                  ("%s%s%s" % (g[0], f, yy), 8), ("%s%s%s" % (g, f, yy), 8), ("the%ss" % f, 2),
                  ("%sfamily" % f, 2), ("%s.%s.az" % (g, f), 2)])


def new_email(given, family, domains):
    for i in range(200):
        loc = local_part(given, family)
        if i > 20:
            loc += str(R.randint(2, 99))
        e = "%s@%s" % (loc, wpick(domains))
        if e not in USED_EMAIL:
            USED_EMAIL.add(e)
            return e
    raise RuntimeError("email space")


def org_email(local, domain):
    e = "%s@%s" % (local, domain)
    if e in USED_EMAIL:
        e = "%s%d@%s" % (local, R.randint(2, 9), domain)
    USED_EMAIL.add(e)
    return e


def new_domain(name, tlds=(".com", ".com", ".com", ".net", ".us")):
    toks = [t for t in ntoks(name) if t not in LEGAL and t not in ("and", "at", "of")]
    base = "".join(toks[:2]) or "pool"
    for i in range(100):
        b = base
        if i == 1 or (i > 1 and chance(0.5)):
            b = base + (toks[2] if len(toks) > 2 else "az")
        if i > 3:
            b = "%s%s" % (b, pick(["az", "phx", "llc", "co", "inc", str(R.randint(1, 99))]))
        d = b + pick(list(tlds))
        if d not in USED_DOM and d not in FREE_DOMAINS:
            USED_DOM.add(d)
            return d
    raise RuntimeError("domain")


# plausible house-number ranges by town and street direction (Maricopa County grid)
TOWN_NUM = {
    "Phoenix": {"N": (1000, 25999), "S": (100, 9999), "E": (100, 4999), "W": (100, 9999)},
    "Scottsdale": {"N": (5000, 41999), "E": (6000, 13999)},
    "Mesa": {"N": (100, 3999), "S": (100, 3999), "E": (100, 11999), "W": (100, 2999)},
    "Chandler": {"N": (100, 999), "S": (100, 5999), "E": (100, 4999), "W": (100, 4999)},
    "Gilbert": {"N": (100, 1999), "S": (100, 5999), "E": (100, 4999)},
    "Tempe": {"S": (100, 9999), "E": (100, 2999), "W": (100, 2999)},
    "Peoria": {"N": (7000, 32999), "W": (6000, 12999)},
    "Glendale": {"N": (5000, 24999), "W": (4000, 9999)},
    "Surprise": {"N": (11000, 23999), "W": (13000, 17999)},
    "Goodyear": {"N": (100, 3999), "S": (100, 3999), "W": (14000, 18999)},
    "Fountain Hills": {"N": (12000, 17999), "E": (11000, 17999)},
    "Cave Creek": {"N": (27000, 42999), "E": (1000, 7999)},
    "Sun City": {"N": (9000, 19999), "W": (9000, 11999)},
    "Sun City West": {"N": (12000, 22999), "W": (12000, 15999)},
}


def house_number(d, town):
    lo, hi = TOWN_NUM.get(town, {}).get(d, (100, 9999))
    return R.randint(lo, hi)


def line_dir(line1):
    t = line1.split(" ")
    return t[1] if len(t) > 1 and t[1] in ("N", "S", "E", "W") else "E"


def num_fits(line1, town):
    d = line_dir(line1)
    m = re.match(r"^(\d+)", line1)
    if not m or d not in TOWNS[town]["dirs"]:
        return False
    lo, hi = TOWN_NUM.get(town, {}).get(d, (100, 9999))
    return lo <= int(m.group(1)) <= hi


def az_addr(town, zipc=None, unit=None, res_bias=0.55, suite=None):
    for _ in range(500):
        if chance(res_bias):
            n, t = pick(RESID)
            d = pick(TOWNS[town]["dirs"])
        else:
            d, n, t = pick(TOWN_ART[town])
        num = house_number(d, town)
        street = " ".join(x for x in (d, n, t) if x)
        line1 = "%d %s" % (num, street)
        if unit:
            line1 += " " + unit
        if suite:
            line1 += " Ste %d" % suite
        key = norm_street(line1)
        if key in USED_LINE:
            continue
        USED_LINE.add(key)
        return {"line1": line1, "line2": None, "city": town, "region": "AZ",
                "postalCode": zipc or pick(TOWNS[town]["zips"]), "country": "US"}
    raise RuntimeError("addr")


def ldu():
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return "%d%s%d" % (R.randint(0, 9), pick(L), R.randint(0, 9))


def canada_addr(city):
    for _ in range(200):
        if city == "Calgary":
            comm, quad, fsa = pick(CALGARY)
            line1 = "%d %s %s %s" % (R.randint(10, 399), comm, pick(CALGARY_TYPES), quad)
            a = {"line1": line1, "line2": None, "city": "Calgary", "region": "AB",
                 "postalCode": "%s %s" % (fsa, ldu()), "country": "CA"}
        else:
            _, fsa = pick(WINNIPEG)
            line1 = "%d %s" % (R.randint(10, 1999), pick(WINNIPEG_STREETS))
            a = {"line1": line1, "line2": None, "city": "Winnipeg", "region": "MB",
                 "postalCode": "%s %s" % (fsa, ldu()), "country": "CA"}
        key = norm_street(line1)
        if key not in USED_LINE:
            USED_LINE.add(key)
            return a
    raise RuntimeError("ca addr")


def us_far_addr(place, streets):
    city, st, zips, _ = place
    for _ in range(200):
        line1 = "%d %s" % (R.randint(100, 9999), pick(streets))
        key = norm_street(line1)
        if key not in USED_LINE:
            USED_LINE.add(key)
            return {"line1": line1, "line2": None, "city": city, "region": st,
                    "postalCode": pick(zips), "country": "US"}
    raise RuntimeError("far addr")


def unique_company(name):
    k = " ".join(company_toks(name))
    if k in USED_CO:
        return None
    USED_CO.add(k)
    return name


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
def person_name(group, male=None):
    if male is None:
        male = chance(0.5)
    if group == "hisp":
        given = pick(HISP_M if male else HISP_F)
        s1 = pick(HISP_SUR)
        if chance(0.7):
            s2 = pick(HISP_SUR)
            while s2 == s1:
                s2 = pick(HISP_SUR)
            family = s1 + " " + s2
        else:
            family = s1
        return given, family, male
    if group == "old":
        given = pick(OLD_M if male else OLD_F)
    else:
        given = pick(MID_M if male else MID_F)
    family = pick(NORTH) if group == "north" else (pick(ANGLO) if chance(0.88) else pick(NORTH))
    return given, family, male


def spouse_of(male, group):
    if group in ("old", "north"):
        return pick(OLD_F if male else OLD_M)
    if group == "hisp":
        return pick(HISP_F if male else HISP_M)
    return pick(MID_F if male else MID_M)


def base_entity(kind, party):
    return {"id": new_id(), "kind": kind, "party": party, "given": None, "family": None,
            "company": None, "male": None, "group": "mid", "emails": [], "phones": [],
            "addr": None, "mail": None, "alt_addrs": [], "spouse": None, "child": None,
            "manager": None, "mgmt": None, "contacts": [], "freq": pick(FREQS), "town": None,
            "ex": {}, "pools": [], "owner": None, "pairs": None}


def ex_choose(e, email=None, phone=None, addr=None, p_email=0.8, p_phone=0.88, p_addr=0.93):
    ex = {"email": email if (email and chance(p_email)) else None,
          "phone": phone if (phone and chance(p_phone)) else None,
          "addr": addr if (addr and chance(p_addr)) else None}
    if not (ex["email"] or ex["phone"] or ex["addr"]):
        if addr:
            ex["addr"] = addr
        elif phone:
            ex["phone"] = phone
        else:
            ex["email"] = email
    e["ex"] = ex


def gen_homeowner(town=None, group=None):
    e = base_entity("homeowner", "person")
    group = group or wpick([("mid", 60), ("old", 28), ("north", 6), ("young", 6)])
    g, f, m = person_name("mid" if group == "young" else group)
    e.update(given=g, family=f, male=m, group=group)
    town = town or wpick(HOME_TOWN_W)
    e["town"] = town
    e["addr"] = az_addr(town)
    e["phones"] = [town_phone(town) if chance(0.8) else new_phone(pick(MOBILE_AC))]
    e["emails"] = [new_email(g, f, D_OLD if group == "old" else D_AZ)]
    if chance(0.5):
        e["spouse"] = spouse_of(m, group)
    ex_choose(e, e["emails"][0], e["phones"][0], e["addr"])
    return e


def gen_remodel_client():
    e = gen_homeowner(town=wpick(RICH_TOWN_W), group="mid")
    e["kind"] = "remodel_client"
    e["freq"] = "Remodel"
    return e


def gen_retiree():
    e = base_entity("retiree", "person")
    g, f, m = person_name("old" if chance(0.8) else "north")
    e.update(given=g, family=f, male=m, group="old")
    where = wpick([("Sun City", 35), ("Sun City West", 30), ("Leisure World", 15),
                   ("Sun City Grand", 10), ("Peoria", 5), ("Scottsdale", 5)])
    if where == "Leisure World":
        town, z = "Mesa", "85206"
    elif where == "Sun City Grand":
        town, z = "Surprise", "85374"
    else:
        town, z = where, None
    e["town"] = town
    e["addr"] = az_addr(town, zipc=z, res_bias=0.3)
    e["community"] = where
    e["phones"] = [town_phone(town)]
    e["emails"] = [new_email(g, f, D_OLD)]
    e["spouse"] = spouse_of(m, "old")
    ex_choose(e, e["emails"][0], e["phones"][0], e["addr"], p_email=0.7, p_phone=0.95)
    return e


def gen_hispanic(town=None):
    e = base_entity("hispanic_family", "person")
    g, f, m = person_name("hisp")
    e.update(given=g, family=f, male=m, group="hisp")
    town = town or wpick(HISP_TOWN_W)
    e["town"] = town
    e["addr"] = az_addr(town)
    e["phones"] = [town_phone(town)]
    e["emails"] = [new_email(g, f, D_YOUNG if chance(0.6) else D_AZ)]
    if chance(0.5):
        e["spouse"] = spouse_of(m, "hisp")
    ex_choose(e, e["emails"][0], e["phones"][0], e["addr"], p_email=0.72)
    return e


def gen_snowbird():
    e = base_entity("snowbird", "person")
    home = wpick([("Calgary", 30), ("Winnipeg", 25), ("MN", 25), ("IL", 20)])
    g, f, m = person_name("north" if chance(0.75) else "old")
    e.update(given=g, family=f, male=m, group="old", home=home)
    if home in ("Calgary", "Winnipeg"):
        e["mail"] = canada_addr(home)
        hac = pick(["403", "587", "825"]) if home == "Calgary" else pick(["204", "431"])
        doms = D_CALGARY if home == "Calgary" else D_WPG
    else:
        place = pick([p for p in MIDWEST if p[1] == home])
        e["mail"] = us_far_addr(place, MIDWEST_STREETS)
        hac = pick(place[3])
        doms = D_MIDWEST
    town = wpick(SNOWBIRD_TOWN_W)
    e["town"] = town
    e["addr"] = az_addr(town, res_bias=0.6)
    e["phones"] = [new_phone(hac)]
    if chance(0.4):
        e["phones"].append(town_phone(town))
    e["emails"] = [new_email(g, f, doms)]
    e["spouse"] = spouse_of(m, "old")
    if chance(0.5):
        cm = chance(0.5)
        cg = pick(MID_M if cm else MID_F)
        cf = f if (cm or chance(0.4)) else pick(ANGLO)
        e["child"] = {"given": cg, "family": cf, "email": new_email(cg, cf, D_YOUNG)}
    if chance(0.18):
        t2 = wpick([x for x in SNOWBIRD_TOWN_W if x[0] != town])
        e["alt_addrs"].append(az_addr(t2))
    ex_addr = e["mail"] if chance(0.45) else e["addr"]
    ex_email = e["child"]["email"] if (e["child"] and chance(0.6)) else e["emails"][0]
    ex_phone = e["phones"][0] if (len(e["phones"]) == 1 or chance(0.6)) else e["phones"][1]
    ex_choose(e, ex_email, ex_phone, ex_addr, p_email=0.85, p_phone=0.9, p_addr=0.97)
    return e


def gen_owner_person():
    """An out-of-state owner of a short-term rental."""
    if chance(0.12):
        place = ("Calgary",)
        g, f, m = person_name("north")
        mail = canada_addr("Calgary")
        ph = new_phone(pick(["403", "587"]))
    else:
        place = pick(OUT_OF_STATE + MIDWEST[:4] + MIDWEST[8:10])
        g, f, m = person_name("mid")
        mail = us_far_addr(place, OOS_STREETS)
        ph = new_phone(pick(place[3]))
    return g, f, m, mail, ph, place[0]


STR_MANAGERS = []
MGMT_COS = []


def build_pools():
    for name in STR_NAMES:
        g, f, m = person_name("mid")
        town = wpick([("Scottsdale", 60), ("Phoenix", 30), ("Tempe", 10)])
        dom = new_domain(name)
        unique_company(name)
        STR_MANAGERS.append({"company": name, "given": g, "family": f, "male": m,
                             "email": org_email(pick(["bookings", "hello", "owners", "service", slug(g)]), dom),
                             "domain": dom, "phone": town_phone(town),
                             "addr": az_addr(town, res_bias=0.0, suite=R.randint(100, 350)),
                             "town": town, "existing": False, "used_hn": False})
    for name in MGMT_NAMES:
        town = wpick(OFFICE_TOWN_W)
        dom = new_domain(name)
        unique_company(name)
        mgrs = []
        for _ in range(R.randint(3, 5)):
            g, f, m = person_name("mid")
            mgrs.append({"given": g, "family": f,
                         "email": org_email(pick(["%s.%s" % (slug(g), slug(f)), "%s%s" % (slug(g)[0], slug(f)),
                                                  slug(g)]), dom)})
        MGMT_COS.append({"company": name, "domain": dom, "phone": town_phone(town),
                         "addr": az_addr(town, res_bias=0.0, suite=R.randint(100, 400)), "town": town,
                         "managers": mgrs, "existing": False, "used_hn": False,
                         "wo_email": org_email(pick(["workorders", "vendors", "maintenance"]), dom)})


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------
def company_from(patterns, stems=None):
    for _ in range(500):
        name = pick(patterns).format(s=pick(stems or STEMS))
        if unique_company(name):
            return name
    raise RuntimeError("company")


def gen_rental_owner(party):
    e = base_entity("rental_owner", party)
    g, f, m, mail, ph, home = gen_owner_person()
    e.update(given=g, family=f, male=m, home=home)
    town = wpick(RENTAL_TOWN_W)
    e["town"] = town
    e["addr"] = az_addr(town, res_bias=0.7)
    e["mail"] = mail
    e["phones"] = [ph]
    e["emails"] = [new_email(g, f, D_YOUNG if chance(0.6) else D_AZ)]
    if party == "org":
        if home == "Calgary" and chance(0.6):
            while True:
                name = "%d Alberta Ltd." % R.randint(1000000, 2499999)
                if unique_company(name):
                    break
        else:
            name = company_from(LLC_PATTERNS)
        e["company"] = name
        if chance(0.3):
            e["emails"] = [org_email(slug(g), new_domain(name))]
    if chance(0.6):
        e["manager"] = pick(STR_MANAGERS)
    mgr = e["manager"]
    ex_email = mgr["email"] if (mgr and chance(0.45)) else e["emails"][0]
    ex_phone = mgr["phone"] if (mgr and chance(0.35)) else e["phones"][0]
    ex_addr = e["addr"] if chance(0.55) else e["mail"]
    ex_choose(e, ex_email, ex_phone, ex_addr, p_email=0.9, p_phone=0.85, p_addr=0.95)
    e["show_contact"] = chance(0.8)
    return e


def gen_str_manager_entity(m):
    e = base_entity("str_manager", "org")
    e.update(given=m["given"], family=m["family"], male=m["male"], company=m["company"], town=m["town"])
    e["emails"] = [m["email"]]
    e["phones"] = [m["phone"]]
    e["addr"] = m["addr"]
    e["mgr_ref"] = m
    e["show_contact"] = True
    ex_choose(e, m["email"], m["phone"], m["addr"], p_email=0.95, p_phone=0.95, p_addr=0.95)
    return e


def gen_mgmt_entity(mg):
    e = base_entity("mgmt_company", "org")
    c = mg["managers"][0]
    e.update(given=c["given"], family=c["family"], company=mg["company"], town=mg["town"])
    e["emails"] = [org_email(pick(["accounting", "ap", "info"]), mg["domain"])]
    e["phones"] = [mg["phone"]]
    e["addr"] = mg["addr"]
    e["mgmt"] = mg
    e["show_contact"] = chance(0.5)
    ex_choose(e, e["emails"][0], mg["phone"], mg["addr"], p_email=0.9, p_phone=0.95, p_addr=0.97)
    return e


def careof_addr(mg):
    a = mg["addr"]
    return {"line1": "c/o " + mg["company"], "line2": a["line1"], "city": a["city"], "region": "AZ",
            "postalCode": a["postalCode"], "country": "US"}


def hoa_name(stem_pair=None):
    for _ in range(500):
        if stem_pair:
            a, b = stem_pair
        else:
            a, b = pick(HOA_A), pick(HOA_B)
        name = "%s %s %s" % (a, b, pick(HOA_SUFFIX))
        if unique_company(name):
            return name, (a, b)
        stem_pair = None
    raise RuntimeError("hoa")


def gen_hoa(mg=None):
    e = base_entity("hoa", "org")
    name, stem = hoa_name()
    e["company"] = name
    e["stem"] = stem
    mg = mg or pick(MGMT_COS)
    e["mgmt"] = mg
    town = wpick(HOME_TOWN_W)
    e["town"] = town
    zipc = pick(TOWNS[town]["zips"])
    pools = []
    labels = POOL_LABELS[:]
    R.shuffle(labels)
    for i in range(wpick([(1, 50), (2, 35), (3, 15)])):
        a = az_addr(town, zipc=zipc, res_bias=0.8)
        a["line2"] = labels[i]
        pools.append(a)
    e["addr"] = pools[0]
    e["pools"] = pools
    mgr = pick(mg["managers"])
    e.update(given=mgr["given"], family=mgr["family"])
    e["emails"] = [mgr["email"]]
    e["phones"] = [mg["phone"]]
    e["careof"] = careof_addr(mg)
    e["freq"] = "Weekly"
    ex_addr = e["careof"] if chance(0.85) else pools[0]
    ex_choose(e, mgr["email"], mg["phone"], ex_addr, p_email=0.85, p_phone=0.9, p_addr=0.95)
    e["show_contact"] = chance(0.7)
    return e


def gen_simple_org(kind):
    e = base_entity(kind, "org")
    g, f, m = person_name("mid")
    e.update(given=g, family=f, male=m)
    if kind == "property_manager":
        name = company_from(["{s} " + w for w in PM_WORDS] + ["{s} " + w + " LLC" for w in PM_WORDS[:3]])
        town = wpick(OFFICE_TOWN_W)
        e["addr"] = az_addr(town, res_bias=0.0, suite=R.randint(100, 300) if chance(0.6) else None)
        e["alt_addrs"] = [az_addr(wpick(HOME_TOWN_W)) for _ in range(R.randint(3, 6))]
        local = pick(["ap", "accounting", "maintenance", "invoices", slug(g)])
        ph = town_phone(town)
    elif kind == "builder":
        if chance(0.4):
            name = None
            for _ in range(50):
                name = unique_company("%s %s%s" % (f, pick(BUILDER_WORDS), pick([" LLC", " Inc.", "", " LLC"])))
                if name:
                    break
                f = pick(ANGLO)
                e["family"] = f
            if not name:
                name = company_from(["{s} " + w + " LLC" for w in BUILDER_WORDS])
        else:
            name = company_from(["{s} " + w + x for w in BUILDER_WORDS for x in (" LLC", " Inc.", "")])
        town = wpick(OFFICE_TOWN_W)
        e["addr"] = az_addr(town, res_bias=0.1, suite=R.randint(100, 250) if chance(0.4) else None)
        e["alt_addrs"] = [az_addr(wpick(RICH_TOWN_W)) for _ in range(R.randint(2, 4))]
        home_town = wpick(RICH_TOWN_W)
        e["owner"] = {"given": g, "family": f, "male": m, "home": az_addr(home_town), "town": home_town,
                      "email": new_email(g, f, D_AZ)}
        local = pick([slug(g), "office", "info", slug(g)[0] + slug(f)])
        ph = new_phone(pick(TOWNS[town]["ac"]))
    elif kind == "apartment":
        name = company_from(APT_PATTERNS)
        town = wpick(HOME_TOWN_W)
        e["addr"] = az_addr(town, res_bias=0.0)
        local = pick(["manager", "leasing", "maintenance", "office"])
        ph = town_phone(town)
    elif kind == "hotel":
        name = company_from(HOTEL_PATTERNS)
        town = wpick([("Scottsdale", 45), ("Phoenix", 25), ("Tempe", 10), ("Mesa", 8), ("Chandler", 6),
                      ("Glendale", 6)])
        e["addr"] = az_addr(town, res_bias=0.0)
        local = pick(["engineering", "chiefengineer", "maintenance", "ap", slug(g)])
        ph = town_phone(town)
    else:
        name = company_from(COMM_PATTERNS)
        town = wpick(HOME_TOWN_W)
        e["addr"] = az_addr(town, res_bias=0.1)
        local = pick(["office", "info", "facilities", "admin", slug(g)])
        ph = town_phone(town)
    e["company"] = name
    e["town"] = town
    dom = new_domain(name, (".com", ".com", ".net", ".org") if kind == "commercial" else (".com", ".com", ".net"))
    e["domain"] = dom
    e["emails"] = [org_email(local, dom)]
    e["phones"] = [ph]
    e["show_contact"] = chance(0.65)
    ex_choose(e, e["emails"][0], ph, e["addr"], p_email=0.85, p_phone=0.92, p_addr=0.95)
    return e


def gen_kind(kind):
    if kind == "homeowner":
        return gen_homeowner()
    if kind == "snowbird":
        return gen_snowbird()
    if kind == "retiree":
        return gen_retiree()
    if kind == "hispanic_family":
        return gen_hispanic()
    if kind == "remodel_client":
        return gen_remodel_client()
    if kind == "rental_owner_p":
        return gen_rental_owner("person")
    if kind == "rental_owner_o":
        return gen_rental_owner("org")
    if kind == "hoa":
        return gen_hoa()
    return gen_simple_org(kind)


# ---------------------------------------------------------------------------
# Existing-level traps: a second customer derived from a first one
# ---------------------------------------------------------------------------
def line_with_number(line1, num):
    return re.sub(r"^\d+", str(num), line1)


def pair_entity(first, ptype):
    if ptype == "hispanic_relative":
        e = gen_hispanic(town=first["town"])
        g, _, m = person_name("hisp")
        while g == first["given"]:
            g, _, m = person_name("hisp")
        e.update(given=g, family=first["family"], male=m)
        e["emails"] = [new_email(g, first["family"], D_YOUNG)]
    else:
        e = gen_homeowner(town=first["town"], group="young" if ptype == "father_son" else None)
    if ptype == "house_sold":
        e["addr"] = dict(first["addr"])
    elif ptype == "father_son":
        e.update(given=first["given"], family=first["family"], male=True, group="young")
        e["addr"] = dict(first["addr"])
        e["emails"] = [new_email(first["given"], first["family"], D_YOUNG)]
        e["phones"] = [new_phone(pick(MOBILE_AC + TOWNS[first["town"]]["ac"]))]
    elif ptype == "same_name":
        e.update(given=first["given"], family=first["family"], male=first["male"])
        e["emails"] = [new_email(first["given"], first["family"], D_AZ)]
        t2 = wpick([x for x in HOME_TOWN_W if x[0] != first["town"]])
        e["town"] = t2
        e["addr"] = az_addr(t2)
        e["phones"] = [town_phone(t2)]
    elif ptype == "neighbour":
        g, _, m = person_name("mid")
        while g == first["given"]:
            g, _, m = person_name("mid")
        e.update(given=g, family=first["family"], male=m)
        for _ in range(100):
            num = house_number(line_dir(first["addr"]["line1"]), first["addr"]["city"])
            l1 = line_with_number(first["addr"]["line1"], num)
            if norm_street(l1) not in USED_LINE:
                USED_LINE.add(norm_street(l1))
                break
        a = dict(first["addr"])
        a["line1"] = l1
        e["addr"] = a
        e["emails"] = [new_email(g, first["family"], D_AZ)]
    e["pair_of"] = first["id"]
    e["pair_type"] = ptype
    ex_choose(e, e["emails"][0], e["phones"][0], e["addr"], p_addr=0.97)
    if ptype in ("house_sold", "father_son", "neighbour") and e["ex"]["addr"] is None:
        e["ex"]["addr"] = e["addr"]
    return e


# ---------------------------------------------------------------------------
# Legal forms
# ---------------------------------------------------------------------------
LEGAL_RE = re.compile(r",?\s+(LLC|L\.L\.C\.|Llc|Inc\.?|Incorporated|Ltd\.?|Limited|Co\.|Company|PLLC)$", re.I)
LEGAL_VARIANTS = {"llc": [" LLC", ", LLC", " L.L.C.", " Llc", ""], "inc": [" Inc.", " Inc", ", Inc.", " Incorporated", ""],
                  "ltd": [" Ltd.", " Ltd", " Limited", ""], "co": [" Co.", " Co", " Company", ""]}


def legal_kind(name):
    m = LEGAL_RE.search(name)
    if not m:
        return None, name
    w = m.group(1).lower().replace(".", "")
    k = {"llc": "llc", "inc": "inc", "incorporated": "inc", "ltd": "ltd", "limited": "ltd", "co": "co",
         "company": "co", "pllc": "llc"}.get(w)
    return k, name[:m.start()]


def strip_legal(name):
    return legal_kind(name)[1]


def legal_variant(name):
    k, base = legal_kind(name)
    if k is None:
        return base + pick([" LLC", " Inc.", ", LLC"]) if chance(0.3) else name
    for _ in range(10):
        v = base + pick(LEGAL_VARIANTS[k])
        if v != name:
            return v
    return base


# ---------------------------------------------------------------------------
# The accounting system's existing customer list
# ---------------------------------------------------------------------------
EXISTING_PLAN = [("homeowner", 477), ("snowbird", 170), ("retiree", 150), ("hispanic_family", 160),
                 ("remodel_client", 60), ("rental_owner_p", 55), ("rental_owner_o", 85), ("hoa", 95),
                 ("property_manager", 35), ("builder", 45), ("apartment", 30), ("hotel", 14),
                 ("commercial", 64)]
PAIR_PLAN = [("house_sold", 12), ("father_son", 6), ("same_name", 15), ("neighbour", 10),
             ("hispanic_relative", 10)]
NEW_PLAN = [("homeowner", 200), ("snowbird", 40), ("retiree", 30), ("hispanic_family", 45),
            ("remodel_client", 20), ("rental_owner_p", 10), ("rental_owner_o", 20), ("hoa", 20),
            ("property_manager", 8), ("builder", 12), ("apartment", 6), ("hotel", 4), ("commercial", 10)]


def fmt_addr_existing(a, legacy):
    if a is None:
        return None
    c = {"line1": a["line1"], "line2": a.get("line2"), "city": a["city"], "region": a["region"],
         "postalCode": a["postalCode"], "country": a["country"]}
    if legacy:
        for k in ("line1", "line2", "city"):
            if c[k]:
                c[k] = strip_accents(c[k]).upper()
    return c


def render_existing(e):
    person = e["party"] == "person"
    style = wpick([("normal", 83), ("legacy", 12), ("lastfirst", 5)]) if person else \
        wpick([("normal", 88), ("legacy", 12)])
    e["ex_style"] = style
    legacy = style == "legacy"
    c = {"displayName": None, "givenName": None, "familyName": None, "companyName": None,
         "email": None, "phone": None, "address": None}
    g, f = e["given"], e["family"]
    if g and (legacy or (has_accents(g + " " + f) and chance(0.45))):
        g, f = strip_accents(g), strip_accents(f)
    if person:
        sp = e.get("spouse")
        if sp and g != e["given"]:
            sp = strip_accents(sp)
        if legacy:
            g, f = g.upper(), f.upper()
            c["displayName"] = "%s, %s" % (f, g)
        elif style == "lastfirst":
            c["displayName"] = "%s, %s" % (f, g)
        elif sp and e["kind"] in ("retiree", "snowbird", "homeowner") and chance(0.25):
            c["displayName"] = "%s & %s %s" % (g, sp, f)
        else:
            c["displayName"] = "%s %s" % (g, f)
        c["givenName"], c["familyName"] = g, f
    else:
        comp = e["company"]
        if legacy:
            comp = strip_accents(comp).upper()
            k, base = legal_kind(comp)
            if k == "llc":
                comp = base + pick([", LLC", " L.L.C.", " LLC"])
            elif k == "inc":
                comp = base + pick([", INC.", " INC", " INC."])
        c["companyName"] = comp
        c["displayName"] = comp
        if e.get("show_contact") and g:
            c["givenName"], c["familyName"] = (g.upper(), f.upper()) if legacy else (g, f)
    ex = e["ex"]
    if ex.get("email"):
        c["email"] = ex["email"]
    if ex.get("phone"):
        c["phone"] = fmt_phone(ex["phone"], pick(["dash", "dot"]) if legacy else "paren")
    c["address"] = fmt_addr_existing(ex.get("addr"), legacy)
    return c


def disambiguate(records):
    """records: list of [entity, contact]; QuickBooks needs unique display names."""
    for _ in range(5):
        groups = {}
        order = []
        for i, (e, c) in enumerate(records):
            k = c["displayName"].casefold()
            if k not in groups:
                groups[k] = []
                order.append(k)
            groups[k].append(i)
        taken = set(groups.keys())
        clash = False
        for k in order:
            idx = groups[k]
            if len(idx) < 2:
                continue
            clash = True
            for n, i in enumerate(idx[1:]):
                c = records[i][1]
                base = c["displayName"]
                city = c["address"]["city"] if c["address"] else None
                other_cities = [records[j][1]["address"]["city"].casefold() for j in idx
                                if j != i and records[j][1]["address"]]
                cand = None
                if city and city.casefold() not in other_cities and chance(0.6):
                    cand = "%s (%s)" % (base, title_case(city) if city.isupper() else city)
                    if cand.casefold() in taken:
                        cand = None
                if cand is None:
                    m = 2 + n
                    while ("%s (%d)" % (base, m)).casefold() in taken:
                        m += 1
                    cand = "%s (%d)" % (base, m)
                taken.add(cand.casefold())
                c["displayName"] = cand
        if not clash:
            return
    raise RuntimeError("disambiguation")


def build_existing():
    build_pools()
    for m in STR_MANAGERS[:4]:
        m["existing"] = True
    for mg in MGMT_COS[:3]:
        mg["existing"] = True
    plan = []
    for k, n in EXISTING_PLAN:
        plan += [k] * n
    R.shuffle(plan)
    ents = [gen_kind(k) for k in plan]
    for m in STR_MANAGERS[:4]:
        ents.append(gen_str_manager_entity(m))
    for mg in MGMT_COS[:3]:
        ents.append(gen_mgmt_entity(mg))
    # every outside short-term-rental manager books for at least two owners in the books
    for m in STR_MANAGERS:
        if m["existing"]:
            continue
        owners = [e for e in ents if e["kind"] == "rental_owner" and e["manager"] is m]
        if len(owners) < 3:
            extra = [e for e in ents if e["kind"] == "rental_owner" and e["manager"] is None]
            for e in extra[:3 - len(owners)]:
                e["manager"] = m
            owners = [e for e in ents if e["kind"] == "rental_owner" and e["manager"] is m]
        have = [e for e in owners if e["ex"].get("email") == m["email"]]
        for e in owners[:2]:
            if len(have) >= 2:
                break
            if e not in have:
                e["ex"]["email"] = m["email"]
                have.append(e)
    # deliberate look-alike customers already in the books
    used_first = set()
    for ptype, n in PAIR_PLAN:
        for _ in range(n):
            cands = []
            for e in ents:
                if e["id"] in used_first or e.get("pair_of") or e["party"] != "person":
                    continue
                if ptype == "hispanic_relative":
                    ok = e["kind"] == "hispanic_family" and " " in e["family"]
                elif ptype == "father_son":
                    ok = e["kind"] == "homeowner" and e["male"] and e["group"] in ("old", "mid") \
                        and e["ex"].get("addr") is e["addr"]
                elif ptype == "house_sold":
                    ok = e["kind"] in ("homeowner", "retiree", "remodel_client") and e["ex"].get("addr") is e["addr"]
                elif ptype == "neighbour":
                    ok = e["kind"] == "homeowner" and e["ex"].get("addr") is e["addr"]
                else:
                    ok = e["kind"] in ("homeowner", "remodel_client")
                if ok:
                    cands.append(e)
            first = pick(cands)
            used_first.add(first["id"])
            ents.append(pair_entity(first, ptype))
    assert len(ents) == N_EXISTING, len(ents)
    recs = [[e, render_existing(e)] for e in ents]
    disambiguate(recs)
    recs.sort(key=lambda r: (r[1]["displayName"].casefold(), r[0]["id"]))
    return recs


# ---------------------------------------------------------------------------
# Incoming records: snapshot of the customer, source rendering, noise
# ---------------------------------------------------------------------------
CKEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
AKEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
NAMEF = ("displayName", "givenName", "familyName")


def add(x, fields, what):
    x["ops"].append((tuple(fields), what))


def snapshot(e, src, x):
    s = {"party": e["party"], "kind": e["kind"], "given": e["given"], "family": e["family"],
         "company": e["company"], "title": None, "suffix": None, "freq": e["freq"],
         "pool_label": None, "wrong_company": None, "contact": True}
    ex = e["ex"]
    s["email"] = ex.get("email") or (e["emails"][0] if e["emails"] else None)
    s["phone"] = ex.get("phone") or (e["phones"][0] if e["phones"] else None)
    exa = ex.get("addr")
    if src == "qbd_import" and exa is not None:
        a = exa
    elif e["kind"] == "hoa":
        a = pick(e["pools"]) if src in ("hoa_portal", "route_app") else (exa or e["addr"])
    else:
        a = e["addr"]
    if exa is not None and a is not exa and not addr_shared(a, exa):
        lab = {"snowbird": "winter_address", "hoa": "pool_address"}.get(e["kind"], "service_address")
        add(x, ("address",), lab)
    s["addr"] = dict(a) if a else None
    if s["addr"] and s["addr"].get("line2") and e["kind"] == "hoa":
        s["pool_label"] = s["addr"]["line2"]
    if e["party"] == "org" and not e.get("show_contact") and src in ("route_app", "qbd_import"):
        s["contact"] = False
    return s


def fmt_line_case(a, mode):
    if a is None:
        return None
    b = dict(a)
    for k in ("line1", "city"):
        if b.get(k):
            b[k] = b[k].lower() if mode == "lower" else b[k].upper()
    return b


def person_display(s):
    d = "%s %s" % (s["given"], s["family"]) if s["given"] else s["family"]
    if s.get("suffix"):
        d += " " + s["suffix"]
    if s.get("title"):
        d = s["title"] + " " + d
    return d


def render(s, src, x):
    c = {k: None for k in CKEYS}
    person = s["party"] == "person"
    g, f, comp = s["given"], s["family"], s["company"]
    contact = s["contact"] and g is not None
    a = dict(s["addr"]) if s["addr"] else None
    if a is not None:
        a = {k: a.get(k) for k in AKEYS}
    if src == "route_app":
        if person:
            if chance(0.75):
                c["displayName"] = "%s - %s" % (f, s["freq"])
            else:
                c["displayName"] = "%s, %s - %s" % (f, g, s["freq"])
            add(x, ("displayName",), "route_label")
            c["givenName"], c["familyName"] = g, f
        else:
            c["displayName"] = "%s - %s" % (strip_legal(comp), s["pool_label"] or s["freq"])
            add(x, ("displayName",), "route_label")
            c["companyName"] = comp
            if contact:
                c["givenName"], c["familyName"] = g, f
        c["email"] = s["email"] if chance(0.72) else None
        c["phone"] = fmt_phone(s["phone"], "dash") if s["phone"] else None
        if a is not None:
            if a.get("line2") is None and chance(0.25):
                a["line2"] = pick(GATE_NOTES).format(n=R.randint(1000, 9999))
                add(x, ("address.line2",), "gate_note")
    elif src == "phone_booking":
        if person:
            c["displayName"] = person_display(s)
            c["givenName"], c["familyName"] = g, f
        else:
            c["companyName"] = strip_legal(comp) if chance(0.6) else comp
            c["displayName"] = c["companyName"]
            if contact:
                c["givenName"], c["familyName"] = g, f
        c["email"] = s["email"] if chance(0.5) else None
        c["phone"] = fmt_phone(s["phone"], pick(["plain", "dash", "dash", "paren"])) if s["phone"] else None
        if a is not None:
            a["line2"] = None if not (a.get("line2") and s.get("pool_label")) else a["line2"]
            if chance(0.45):
                a["postalCode"] = None
            a["country"] = None if chance(0.6) else "US"
            if chance(0.2):
                a = fmt_line_case(a, "lower")
    elif src == "web_form":
        if person:
            c["displayName"] = person_display(s)
            c["givenName"] = (s["title"] + " " + g) if (s.get("title") and g and chance(0.5)) else g
            c["familyName"] = f
            if s.get("wrong_company"):
                c["companyName"] = s["wrong_company"]
        else:
            c["companyName"] = comp
            c["displayName"] = comp
            if contact:
                c["givenName"], c["familyName"] = g, f
        c["email"] = s["email"]
        if s["phone"] and chance(0.88):
            c["phone"] = fmt_phone(s["phone"], pick(PHONE_STYLES))
        if a is not None:
            if a["region"] == "AZ":
                a["region"] = pick(["AZ", "AZ", "AZ", "Arizona", "az", "Az"])
            a["country"] = pick(["US", "US", "USA", "United States", None])
            if chance(0.1) and a["postalCode"] and len(a["postalCode"]) == 5:
                a["postalCode"] += "-%04d" % R.randint(1, 9999)
                add(x, ("address.postalCode",), "zip4")
    elif src == "qbd_import":
        if person:
            G, F = (g or "").upper(), (f or "").upper()
            c["displayName"] = "%s, %s" % (F, G) if g else F
            c["givenName"], c["familyName"] = (G or None), F
            add(x, ("displayName",), "lastfirst")
        else:
            cu = comp.upper()
            k, base = legal_kind(cu)
            if k == "llc":
                cu = base + pick([", LLC", " L.L.C.", " LLC"])
            elif k == "inc":
                cu = base + pick([", INC.", " INC", " INC."])
            c["companyName"] = cu
            c["displayName"] = cu
            if contact:
                c["givenName"], c["familyName"] = g.upper(), f.upper()
        moj = chance(0.3)
        for k in ("displayName", "givenName", "familyName", "companyName"):
            if c[k] and has_accents(c[k]):
                if moj:
                    c[k] = mojibake(c[k])
                    add(x, (k,), "mojibake")
                else:
                    c[k] = strip_accents(c[k])
        c["email"] = s["email"]
        c["phone"] = fmt_phone(s["phone"], pick(["dot", "parennospace", "dash"])) if s["phone"] else None
        if a is not None:
            a = fmt_line_case(a, "upper")
            if a.get("line2"):
                a["line2"] = a["line2"].upper()
            a["country"] = pick(["USA", "US", None]) if a["country"] == "US" else a["country"]
    else:  # hoa_portal: HOA management portal vendor work order
        c["companyName"] = comp
        c["displayName"] = comp if chance(0.6) else "%s - %s" % (comp, s["pool_label"] or "Pool")
        if c["displayName"] != comp:
            add(x, ("displayName",), "pool_label")
        if g:
            c["givenName"], c["familyName"] = g, f
        c["email"] = s["email"]
        if s["phone"]:
            c["phone"] = fmt_phone(s["phone"], "dash")
            if chance(0.4):
                c["phone"] += " ext. %d" % R.randint(200, 299)
                add(x, ("phone",), "extension")
    c["address"] = a
    if person and c["companyName"] is None and s.get("wrong_company"):
        c["companyName"] = s["wrong_company"]
    return c


# ----- noise operations ------------------------------------------------------
def _person(x):
    return x["s"]["party"] == "person"


def pre_nickname(x):
    s = x["s"]
    if not s["given"]:
        return False
    opts = NICK.get(s["given"]) or NICK.get(strip_accents(s["given"]))
    if not opts:
        return False
    s["given"] = pick(opts)
    add(x, ("givenName", "displayName"), "nickname")
    return True


def pre_initial(x):
    s = x["s"]
    if not _person(x) or not s["given"] or len(s["given"]) < 3:
        return False
    s["given"] = strip_accents(s["given"])[0] + pick([".", "", "."])
    add(x, ("givenName", "displayName"), "initial")
    return True


def pre_misheard(x):
    s = x["s"]
    if not _person(x):
        return False
    fam0 = s["family"].split(" ")[0]
    if fam0 in MISHEARD:
        s["family"] = s["family"].replace(fam0, MISHEARD[fam0], 1)
        add(x, ("familyName", "displayName"), "misheard")
        return True
    if s["given"] in MISHEARD:
        s["given"] = MISHEARD[s["given"]]
        add(x, ("givenName", "displayName"), "misheard")
        return True
    return False


def pre_typo_name(x):
    s = x["s"]
    if _person(x):
        k = "family" if (chance(0.6) or not s["given"]) else "given"
        t = typo(s[k])
        if t == s[k]:
            return False
        s[k] = t
        add(x, ("familyName" if k == "family" else "givenName", "displayName"), "typo")
        return True
    t = typo(s["company"])
    if t == s["company"]:
        return False
    s["company"] = t
    add(x, ("companyName", "displayName"), "typo")
    return True


def pre_swapped(x):
    s = x["s"]
    if not _person(x) or not s["given"]:
        return False
    s["given"], s["family"] = s["family"], s["given"]
    add(x, ("givenName", "familyName", "displayName"), "swapped")
    return True


def pre_title(x):
    s = x["s"]
    if not _person(x):
        return False
    male = x["e"].get("male") and s["given"] == x["e"]["given"]
    if s["kind"] == "hispanic_family":
        s["title"] = "Sr." if male else "Sra."
    else:
        s["title"] = pick(["Mr.", "Mr.", "Dr."]) if male else pick(["Mrs.", "Ms.", "Mrs.", "Dr."])
    if s["title"] is None:
        return False
    add(x, ("displayName", "givenName"), "title")
    return True


def _two_surnames(s):
    return s["family"] and len(s["family"].split(" ")) == 2 and s["kind"] in ("hispanic_family",)


def pre_surname_dropped(x):
    s = x["s"]
    if not _person(x) or not _two_surnames(s):
        return False
    parts = s["family"].split(" ")
    s["family"] = parts[0] if chance(0.85) else parts[1]
    add(x, ("familyName", "displayName"), "surname_dropped")
    return True


def pre_hyphenated(x):
    s = x["s"]
    if not _person(x) or not _two_surnames(s):
        return False
    s["family"] = s["family"].replace(" ", "-")
    add(x, ("familyName", "displayName"), "hyphenated")
    return True


def pre_middle_name(x):
    s = x["s"]
    if not _person(x) or not s["given"] or " " not in s["given"]:
        return False
    parts = [p for p in s["given"].split(" ") if p.lower() not in ("de", "del")]
    if chance(0.5) and parts[0] in ("María", "José", "Juan"):
        s["given"] = {"María": "Ma.", "José": "J.", "Juan": "J."}[parts[0]] + " " + " ".join(parts[1:])
    else:
        s["given"] = parts[-1] if chance(0.6) else parts[0]
    add(x, ("givenName", "displayName"), "middle_name")
    return True


def pre_accents(x):
    s = x["s"]
    done = False
    for k in ("given", "family", "company"):
        if s[k] and has_accents(s[k]):
            s[k] = strip_accents(s[k])
            done = True
    if done:
        add(x, NAMEF + ("companyName",), "accents")
    return done


def pre_married_name(x):
    s = x["s"]
    e = x["e"]
    if not _person(x) or e.get("male") or e["group"] not in ("mid", "young", "hisp"):
        return False
    if e["group"] == "hisp":
        s["family"] = s["family"].split(" ")[0] + " de " + pick(HISP_SUR)
    else:
        nf = pick(ANGLO)
        s["family"] = nf if chance(0.7) else s["family"] + "-" + nf
    add(x, ("familyName", "displayName"), "married_name")
    return True


def pre_spouse_takeover(x):
    s = x["s"]
    e = x["e"]
    if not _person(x) or not e.get("spouse"):
        return False
    s["given"] = e["spouse"]
    add(x, ("givenName", "displayName"), "spouse_takeover")
    if chance(0.4):
        s["email"] = new_email(e["spouse"], e["family"], D_OLD)
        add(x, ("email",), "spouse_takeover")
    return True


def pre_contact_changed(x):
    s = x["s"]
    e = x["e"]
    if _person(x):
        return False
    if e["kind"] == "hoa":
        others = [m for m in e["mgmt"]["managers"] if m["given"] != e["given"]]
        if not others:
            return False
        m = pick(others)
        s["given"], s["family"] = m["given"], m["family"]
        s["email"] = m["email"]
        add(x, ("givenName", "familyName", "email"), "contact_changed")
        return True
    if e["kind"] == "rental_owner" and e["manager"]:
        m = e["manager"]
        s["given"], s["family"] = m["given"], m["family"]
        s["email"], s["phone"] = m["email"], m["phone"]
        s["contact"] = True
        add(x, ("givenName", "familyName", "email", "phone"), "manager_booking")
        return True
    g, f, _ = person_name("mid")
    s["given"], s["family"] = g, f
    s["contact"] = True
    if e.get("domain") and chance(0.6):
        s["email"] = org_email(slug(g) + pick(["", "." + slug(f)]), e["domain"])
        add(x, ("email",), "contact_changed")
    add(x, ("givenName", "familyName"), "contact_changed")
    return True


RENAME_TAILS = {"rental_owner": ["Vacation Rentals", "Properties", "Holdings", "Rentals", "Retreats"],
                "property_manager": ["Property Management", "Property Mgmt", "Realty", "Residential",
                                     "Homes & Management"],
                "builder": ["Homes", "Custom Homes", "Builders", "Construction", "Remodeling"],
                "apartment": ["Apartments", "Apartment Homes", "Residences"],
                "hotel": ["Resort", "Resort & Spa", "Hotel & Suites"],
                "commercial": ["Group", "Center", "of Arizona"],
                "str_manager": ["Vacation Rentals", "Stays", "Hosting"],
                "mgmt_company": ["Management", "Association Management", "Community Services"]}


def pre_renamed(x):
    s = x["s"]
    e = x["e"]
    if _person(x) or e["kind"] not in RENAME_TAILS:
        return False
    k, base = legal_kind(s["company"])
    words = base.split(" ")
    if len(words) < 3 or words[0] == "The" or words[0][0].isdigit():
        return False
    for _ in range(10):
        nb = " ".join(words[:2]) + " " + pick(RENAME_TAILS[e["kind"]])
        if nb != base:
            s["company"] = nb + (s["company"][len(base):] if k else "")
            add(x, ("companyName", "displayName"), "renamed")
            return True
    return False


def pre_legal_form(x):
    s = x["s"]
    if _person(x):
        return False
    v = legal_variant(s["company"])
    if v == s["company"]:
        return False
    s["company"] = v
    add(x, ("companyName", "displayName"), "legal_form")
    return True


ABBREV = [("Community Association", ["Comm Assn", "Community Assn", "Comm. Assoc.", "HOA"]),
          ("Homeowners Association", ["HOA", "Homeowners Assn", "H.O.A.", "Home Owners Assoc"]),
          ("Master Association", ["Master Assn", "Master HOA"]),
          ("Townhome Association", ["Townhome Assn", "Townhomes HOA"]),
          ("Condominium Association", ["Condo Assn", "Condominiums"]),
          ("Property Management", ["Property Mgmt", "Prop Mgmt", "PM"]),
          ("Apartments", ["Apts", "Apt Homes"]), ("Apartment Homes", ["Apts"]),
          ("Resort & Spa", ["Resort and Spa", "Resort"]), ("Inn & Suites", ["Inn and Suites", "Inn"]),
          ("Custom Homes", ["Custom Home", "Homes"]), ("Construction", ["Constr.", "Const"]),
          ("Association", ["Assn", "Assoc."]), ("Country Club", ["CC"]), ("Mountain", ["Mtn"]),
          (" & ", [" and "]), ("Swim School", ["Swim"]), ("Vacation Rentals", ["Vacation Rental", "VR"]),
          ("Senior Living", ["Sr Living"]), ("Community Church", ["Church"])]


def pre_company_abbrev(x):
    s = x["s"]
    if _person(x):
        return False
    for full, opts in ABBREV:
        if full in s["company"]:
            s["company"] = s["company"].replace(full, pick(opts), 1)
            add(x, ("companyName", "displayName"), "abbreviated")
            return True
    return False


def pre_email_new(x):
    s = x["s"]
    e = x["e"]
    if _person(x):
        s["email"] = new_email(s["given"] or e["given"], e["family"], D_YOUNG if chance(0.6) else D_AZ)
    elif e.get("domain"):
        s["email"] = org_email(pick(["office", "billing", "admin", "accountspayable", "contact"]), e["domain"])
    else:
        s["email"] = new_email(e["given"] or "office", e["family"] or "mail", D_AZ)
    add(x, ("email",), "new")
    return True


def pre_email_child(x):
    s = x["s"]
    e = x["e"]
    ch = e.get("child")
    if not ch:
        return False
    if s["email"] == ch["email"]:
        s["email"] = e["emails"][0]
        add(x, ("email",), "own_email")
        return True
    s["email"] = ch["email"]
    add(x, ("email",), "child_email")
    return True


def pre_phone_new(x):
    s = x["s"]
    e = x["e"]
    t = e["town"] if e["town"] in TOWNS else "Phoenix"
    s["phone"] = town_phone(t) if chance(0.7) else new_phone(pick(MOBILE_AC))
    add(x, ("phone",), "new")
    return True


def pre_phone_other_line(x):
    s = x["s"]
    e = x["e"]
    others = [p for p in e["phones"] if p != s["phone"]]
    if not others:
        return False
    s["phone"] = others[0]
    add(x, ("phone",), "other_line")
    return True


def pre_moved(x, same_town=False):
    s = x["s"]
    e = x["e"]
    if s["addr"] is None:
        return False
    town = s["addr"]["city"] if s["addr"]["city"] in TOWNS else e["town"]
    if town not in TOWNS:
        return False
    if not same_town:
        town = wpick([w for w in HOME_TOWN_W if w[0] != town] or HOME_TOWN_W)
    s["addr"] = az_addr(town)
    add(x, ("address",), "moved")
    return True


def pre_moved_same_town(x):
    return pre_moved(x, same_town=True)


def pre_second_home(x):
    s = x["s"]
    e = x["e"]
    if not e["alt_addrs"]:
        return False
    alt = [a for a in e["alt_addrs"] if not addr_shared(a, s["addr"])]
    if not alt:
        return False
    s["addr"] = dict(pick(alt))
    lab = {"snowbird": "second_home", "property_manager": "rental_address", "builder": "job_site"}.get(e["kind"], "second_home")
    add(x, ("address",), lab)
    return True


def pre_summer_address(x):
    s = x["s"]
    e = x["e"]
    if e["kind"] != "snowbird" or addr_shared(e["mail"], s["addr"]):
        return False
    s["addr"] = dict(e["mail"])
    add(x, ("address",), "summer_address")
    return True


def pre_pool_address(x):
    s = x["s"]
    e = x["e"]
    if e["kind"] != "hoa":
        return False
    others = [p for p in e["pools"] if not addr_shared(p, s["addr"])]
    if not others:
        return False
    s["addr"] = dict(pick(others))
    s["pool_label"] = s["addr"]["line2"]
    add(x, ("address",), "pool_address")
    return True


def pre_mgmt_changed(x):
    s = x["s"]
    e = x["e"]
    if e["kind"] != "hoa":
        return False
    mg = pick([m for m in MGMT_COS if m is not e["mgmt"]])
    m = pick(mg["managers"])
    s["given"], s["family"], s["email"], s["phone"] = m["given"], m["family"], m["email"], mg["phone"]
    add(x, ("givenName", "familyName", "email", "phone"), "mgmt_changed")
    if s["addr"] and s["addr"]["line1"].lower().startswith("c/o"):
        s["addr"] = careof_addr(mg)
        add(x, ("address",), "mgmt_changed")
    return True


def pre_manager_booking(x):
    e = x["e"]
    if e["kind"] != "rental_owner" or not e["manager"]:
        return False
    s = x["s"]
    m = e["manager"]
    if s["email"] == m["email"] and s["phone"] == m["phone"]:
        s["email"], s["phone"] = e["emails"][0], e["phones"][0]
        add(x, ("email", "phone"), "owner_direct")
        return True
    s["email"], s["phone"] = m["email"], m["phone"]
    if e["party"] == "org":
        s["given"], s["family"] = m["given"], m["family"]
        s["contact"] = True
    add(x, ("email", "phone", "givenName", "familyName"), "manager_booking")
    return True


def pre_po_box(x):
    s = x["s"]
    if s["addr"] is None or s["addr"]["city"] not in TOWNS:
        return False
    t = s["addr"]["city"]
    s["addr"] = {"line1": pick(["PO Box", "P.O. Box", "PO BOX", "Po Box"]) + " %d" % R.randint(100, 19999),
                 "line2": None, "city": t, "region": "AZ", "postalCode": PO_ZIP[t], "country": "US"}
    add(x, ("address",), "po_box")
    return True


def pre_city_only(x):
    s = x["s"]
    if s["addr"] is None or s["addr"]["city"] not in TOWNS:
        return False
    s["addr"] = {"line1": None, "line2": None, "city": s["addr"]["city"], "region": "AZ",
                 "postalCode": None, "country": None}
    add(x, ("address",), "city_only")
    return True


def pre_wrong_company(x):
    s = x["s"]
    if not _person(x):
        return False
    s["wrong_company"] = pick(["N/A", "none", "Homeowner", "Self", "Home owner", "Residential", "-",
                               "na", "Personal", "Private residence"])
    add(x, ("companyName",), "wrong_field")
    return True


def post_case(x):
    c = x["c"]
    mode = pick(["lower", "lower", "upper", "title"])
    done = False
    for k in NAMEF + ("companyName",):
        if c[k] and (k != "companyName" or chance(0.6)):
            v = c[k].lower() if mode == "lower" else (c[k].upper() if mode == "upper" else title_case(c[k]))
            if v != c[k]:
                c[k] = v
                done = True
    if done:
        add(x, NAMEF + ("companyName",), "case")
    return done


def post_mojibake(x):
    c = x["c"]
    done = False
    for k in NAMEF + ("companyName",):
        if c[k] and has_accents(c[k]):
            c[k] = mojibake(c[k])
            done = True
    if done:
        add(x, NAMEF + ("companyName",), "mojibake")
    return done


def post_email_typo(x):
    c = x["c"]
    if not c["email"] or "@" not in c["email"]:
        return False
    loc, dom = c["email"].split("@", 1)
    if dom in EMAIL_DOMAIN_TYPOS and chance(0.6):
        c["email"] = loc + "@" + pick(EMAIL_DOMAIN_TYPOS[dom])
    else:
        t = typo(loc) if len(loc) > 3 else loc + pick(["1", "s"])
        if t == loc:
            return False
        c["email"] = t + "@" + dom
    add(x, ("email",), "typo")
    return True


def post_email_case(x):
    c = x["c"]
    if not c["email"]:
        return False
    c["email"] = c["email"][0].upper() + c["email"][1:] if chance(0.6) else c["email"].upper()
    add(x, ("email",), "case")
    return True


def post_email_dropped(x):
    c = x["c"]
    if not c["email"]:
        return False
    c["email"] = None
    add(x, ("email",), "dropped")
    return True


def post_phone_digit_off(x):
    c = x["c"]
    if not c["phone"]:
        return False
    pos = [i for i, ch in enumerate(c["phone"]) if ch.isdigit()]
    if len(pos) < 10:
        return False
    i = pick(pos[-7:])
    d = int(c["phone"][i])
    nd = str((d + pick([1, 9, 2, 8])) % 10)
    c["phone"] = c["phone"][:i] + nd + c["phone"][i + 1:]
    add(x, ("phone",), "digit_off")
    return True


def post_phone_area_code(x):
    c = x["c"]
    if not c["phone"]:
        return False
    d = norm_phone(c["phone"])
    if not d or d[:3] not in ("480", "602", "623"):
        return False
    na = pick([a for a in ("480", "602", "623") if a != d[:3]])
    i = c["phone"].find(d[:3])
    c["phone"] = c["phone"][:i] + na + c["phone"][i + 3:]
    add(x, ("phone",), "area_code")
    return True


def post_phone_dropped(x):
    c = x["c"]
    if not c["phone"]:
        return False
    c["phone"] = None
    add(x, ("phone",), "dropped")
    return True


def post_phone_ext(x):
    c = x["c"]
    if not c["phone"] or "x" in c["phone"]:
        return False
    c["phone"] += pick([" x", " ext ", " ext. ", "x"]) + str(R.randint(10, 299))
    add(x, ("phone",), "extension")
    return True


def post_addr_typo(x):
    a = x["c"]["address"]
    if a is None or not a.get("line1") or a["line1"].lower().startswith(("po", "p.o", "c/o")):
        return False
    parts = a["line1"].split(" ")
    idx = [i for i, p in enumerate(parts) if len(p) > 3 and p.isalpha()]
    if not idx:
        return False
    i = pick(idx)
    t = typo(parts[i])
    if t == parts[i]:
        return False
    parts[i] = t
    a["line1"] = " ".join(parts)
    add(x, ("address.line1",), "typo")
    return True


EXPAND = {"Dr": "Drive", "St": "Street", "Ave": "Avenue", "Rd": "Road", "Ln": "Lane", "Ct": "Court",
          "Blvd": "Boulevard", "Pkwy": "Parkway", "Trl": "Trail", "Way": "Way", "Pl": "Place",
          "E": "East", "W": "West", "N": "North", "S": "South", "Ste": "Suite", "Hwy": "Highway"}


def post_addr_format(x):
    a = x["c"]["address"]
    if a is None or not a.get("line1"):
        return False
    parts = a["line1"].split(" ")
    mode = R.randrange(3)
    if mode == 0:
        np_ = [EXPAND.get(p, p) for p in parts]
    elif mode == 1:
        np_ = [p + "." if p in EXPAND and p not in ("Way",) else p for p in parts]
    else:
        np_ = [p for p in parts if p not in ("N", "S", "E", "W")]
    nl = " ".join(np_)
    if nl == a["line1"]:
        return False
    a["line1"] = nl
    add(x, ("address.line1",), "format")
    return True


def post_addr_case(x):
    a = x["c"]["address"]
    if a is None or not a.get("line1"):
        return False
    up = chance(0.5)
    for k in ("line1", "city"):
        if a.get(k):
            a[k] = a[k].upper() if up else a[k].lower()
    add(x, ("address.line1", "address.city"), "case")
    return True


def post_zip4(x):
    a = x["c"]["address"]
    if a is None or not a.get("postalCode") or len(a["postalCode"]) != 5 or not a["postalCode"].isdigit():
        return False
    a["postalCode"] += "-%04d" % R.randint(1, 9999)
    add(x, ("address.postalCode",), "zip4")
    return True


def post_zip_dropped(x):
    a = x["c"]["address"]
    if a is None or not a.get("postalCode"):
        return False
    a["postalCode"] = None
    add(x, ("address.postalCode",), "dropped")
    return True


def post_zip_typo(x):
    a = x["c"]["address"]
    if a is None or not a.get("postalCode") or not a["postalCode"][:5].isdigit():
        return False
    z = a["postalCode"]
    i = R.randint(2, 4)
    a["postalCode"] = z[:i] + str((int(z[i]) + pick([1, 2, 8, 9])) % 10) + z[i + 1:]
    add(x, ("address.postalCode",), "typo")
    return True


def post_region(x):
    a = x["c"]["address"]
    if a is None or a.get("region") != "AZ":
        return False
    a["region"] = pick(["Arizona", "Ariz.", "az", "ARIZONA"])
    add(x, ("address.region",), "format")
    return True


def post_country(x):
    a = x["c"]["address"]
    if a is None or a.get("country") not in ("US", None):
        return False
    nc = pick(["USA", "United States", "U.S.A.", "United States of America"])
    a["country"] = nc
    add(x, ("address.country",), "format")
    return True


def post_addr_dropped(x):
    if x["c"]["address"] is None:
        return False
    x["c"]["address"] = None
    add(x, ("address",), "dropped")
    return True


def post_gate_note(x):
    a = x["c"]["address"]
    if a is None or a.get("line2") or not a.get("line1"):
        return False
    a["line2"] = pick(GATE_NOTES).format(n=R.randint(1000, 9999))
    add(x, ("address.line2",), "gate_note")
    return True


def post_display_wrong_field(x):
    c = x["c"]
    if _person(x) or not c["givenName"]:
        return False
    c["displayName"] = "%s %s" % (c["givenName"], c["familyName"])
    add(x, ("displayName",), "wrong_field")
    return True


def post_phone_in_line2(x):
    c = x["c"]
    a = c["address"]
    if a is None or a.get("line2") or not c["phone"]:
        return False
    a["line2"] = pick(["Cell ", "call ", "Ph: ", "Text "]) + c["phone"]
    add(x, ("address.line2",), "wrong_field")
    return True


def post_city_alias(x):
    a = x["c"]["address"]
    if a is None or not a.get("city"):
        return False
    z = norm_postal(a.get("postalCode")) or ""
    if a["city"] == "Phoenix" and z in ("85044", "85048"):
        a["city"] = "Ahwatukee"
    elif a["city"] == "Sun City West":
        a["city"] = pick(["Sun City W", "SCW"])
    elif a["city"] == "Phoenix" and z in ("85050", "85054"):
        a["city"] = "Scottsdale"
    else:
        return False
    add(x, ("address.city",), "alias")
    return True


PRE = {"nickname": pre_nickname, "initial": pre_initial, "misheard": pre_misheard, "typo_name": pre_typo_name,
       "swapped": pre_swapped, "title": pre_title, "surname_dropped": pre_surname_dropped,
       "hyphenated": pre_hyphenated, "middle_name": pre_middle_name, "accents": pre_accents,
       "married_name": pre_married_name, "spouse_takeover": pre_spouse_takeover,
       "contact_changed": pre_contact_changed, "renamed": pre_renamed, "legal_form": pre_legal_form,
       "abbrev": pre_company_abbrev, "email_new": pre_email_new, "email_child": pre_email_child,
       "phone_new": pre_phone_new, "phone_other_line": pre_phone_other_line, "moved": pre_moved,
       "moved_same_town": pre_moved_same_town, "second_home": pre_second_home,
       "summer_address": pre_summer_address, "pool_address": pre_pool_address,
       "mgmt_changed": pre_mgmt_changed, "manager_booking": pre_manager_booking, "po_box": pre_po_box,
       "city_only": pre_city_only, "wrong_company": pre_wrong_company}
POST = {"case": post_case, "mojibake": post_mojibake, "email_typo": post_email_typo, "email_case": post_email_case,
        "email_dropped": post_email_dropped, "phone_digit_off": post_phone_digit_off,
        "phone_area_code": post_phone_area_code, "phone_dropped": post_phone_dropped, "phone_ext": post_phone_ext,
        "addr_typo": post_addr_typo, "addr_format": post_addr_format, "addr_case": post_addr_case,
        "zip4": post_zip4, "zip_dropped": post_zip_dropped, "zip_typo": post_zip_typo, "region": post_region,
        "country": post_country, "addr_dropped": post_addr_dropped, "gate_note": post_gate_note,
        "display_wrong_field": post_display_wrong_field, "phone_in_line2": post_phone_in_line2,
        "city_alias": post_city_alias}

LIGHT_POOL = [("case", 10), ("accents", 6), ("legal_form", 5), ("addr_format", 10), ("addr_case", 4), ("zip4", 4),
              ("region", 3), ("country", 3), ("email_case", 3), ("phone_ext", 2), ("gate_note", 3),
              ("nickname", 8), ("title", 3), ("abbrev", 5), ("zip_dropped", 4), ("city_alias", 2)]
NAME_POOL = [("nickname", 10), ("initial", 6), ("misheard", 8), ("typo_name", 10), ("swapped", 5),
             ("surname_dropped", 10), ("hyphenated", 5), ("middle_name", 6), ("mojibake", 4), ("abbrev", 5),
             ("renamed", 4), ("wrong_company", 4), ("display_wrong_field", 3), ("accents", 4), ("case", 5)]
ID_POOL = [("email_typo", 10), ("email_dropped", 8), ("email_new", 8), ("phone_digit_off", 8),
           ("phone_area_code", 5), ("phone_dropped", 6), ("phone_new", 7), ("addr_typo", 6),
           ("zip_typo", 3), ("addr_dropped", 4), ("po_box", 4), ("phone_in_line2", 2)]
EVENTS = {"homeowner": [("moved", 5), ("married_name", 2), ("spouse_takeover", 2), ("email_new", 3), ("phone_new", 2)],
          "remodel_client": [("moved", 3), ("email_new", 3), ("spouse_takeover", 2)],
          "retiree": [("spouse_takeover", 8), ("email_new", 2), ("moved", 1)],
          "hispanic_family": [("married_name", 2), ("moved", 3), ("email_new", 3), ("spouse_takeover", 2),
                              ("phone_new", 2)],
          "snowbird": [("summer_address", 5), ("second_home", 4), ("email_child", 5), ("phone_other_line", 4),
                       ("spouse_takeover", 2)],
          "rental_owner": [("manager_booking", 8), ("second_home", 1), ("email_new", 2), ("renamed", 2)],
          "hoa": [("contact_changed", 6), ("pool_address", 5), ("mgmt_changed", 2), ("abbrev", 3)],
          "property_manager": [("second_home", 6), ("contact_changed", 4), ("renamed", 2)],
          "builder": [("second_home", 6), ("contact_changed", 3), ("renamed", 3)],
          "apartment": [("contact_changed", 6), ("renamed", 3)],
          "hotel": [("contact_changed", 6), ("renamed", 3)],
          "commercial": [("contact_changed", 6), ("renamed", 3), ("email_new", 2)],
          "str_manager": [("contact_changed", 4), ("renamed", 3)],
          "mgmt_company": [("contact_changed", 4), ("renamed", 2)]}
SRC_HABIT = {"phone_booking": {"misheard": 3.0, "case": 2.0, "email_typo": 2.5, "typo_name": 1.5, "swapped": 0.3,
                               "addr_format": 0.5, "mojibake": 0.0, "zip_dropped": 2.0, "city_alias": 2.0},
             "web_form": {"email_typo": 1.5, "swapped": 2.0, "case": 1.5, "wrong_company": 3.0, "misheard": 0.1,
                          "addr_format": 1.5, "zip4": 2.0, "phone_in_line2": 2.0, "mojibake": 1.0},
             "route_app": {"misheard": 0.5, "gate_note": 2.0, "mojibake": 0.0, "swapped": 0.2, "case": 0.5,
                           "wrong_company": 0.0, "email_case": 0.2},
             "qbd_import": {"case": 0.0, "addr_case": 0.0, "mojibake": 0.0, "misheard": 0.3, "wrong_company": 0.0,
                            "swapped": 0.2, "gate_note": 0.3},
             "hoa_portal": {"misheard": 0.0, "wrong_company": 0.0, "swapped": 0.0, "case": 0.3}}


def weighted(pool, src, exclude):
    h = SRC_HABIT.get(src, {})
    return [(k, w * h.get(k, 1.0)) for k, w in pool if k not in exclude and w * h.get(k, 1.0) > 0]


def choose_ops(pool, n, src, chosen):
    for _ in range(n):
        cand = weighted(pool, src, chosen)
        if not cand:
            return
        chosen.append(wpick(cand))


LIFE_KINDS = ["snowbird", "retiree", "rental_owner", "hoa"]


def plan_ops(e, src, profile):
    chosen = []
    if profile == "light":
        choose_ops(LIGHT_POOL, 1, src, chosen)
        if chance(0.25):
            choose_ops(LIGHT_POOL, 1, src, chosen)
    elif profile == "medium":
        choose_ops(LIGHT_POOL, 1, src, chosen)
        choose_ops(NAME_POOL, R.randint(1, 2), src, chosen)
        if chance(0.5):
            choose_ops(ID_POOL, 1, src, chosen)
        if chance(0.5 if e["kind"] in LIFE_KINDS else 0.3) and EVENTS.get(e["kind"]):
            choose_ops(EVENTS[e["kind"]], 1, src, chosen)
    else:
        choose_ops(LIGHT_POOL, R.randint(1, 2), src, chosen)
        choose_ops(NAME_POOL, 2, src, chosen)
        choose_ops(ID_POOL, R.randint(1, 2), src, chosen)
        if chance(0.8 if e["kind"] in LIFE_KINDS else 0.65) and EVENTS.get(e["kind"]):
            choose_ops(EVENTS[e["kind"]], 1, src, chosen)
    return chosen


def plan_name_city(e, src):
    chosen = []
    choose_ops([(k, w) for k, w in LIGHT_POOL if k in ("case", "accents", "legal_form", "nickname", "title",
                                                       "abbrev", "region", "country", "email_case")], 1, src, chosen)
    if chance(0.35):
        choose_ops([(k, w) for k, w in NAME_POOL if k in ("nickname", "initial", "misheard", "typo_name",
                                                          "surname_dropped", "hyphenated", "middle_name")],
                   1, src, chosen)
    chosen.append(pick(["email_dropped", "email_new", "email_dropped"]))
    chosen.append(pick(["phone_dropped", "phone_new", "phone_new"]))
    chosen.append(wpick([("city_only", 4), ("moved_same_town", 3), ("po_box", 3)]))
    return chosen


SRC_W = {"person": [("route_app", 30), ("phone_booking", 25), ("web_form", 30), ("qbd_import", 15)],
         "hoa": [("hoa_portal", 60), ("phone_booking", 15), ("route_app", 15), ("qbd_import", 10)],
         "apartment": [("hoa_portal", 25), ("route_app", 25), ("phone_booking", 20), ("web_form", 10),
                       ("qbd_import", 20)],
         "org": [("route_app", 30), ("phone_booking", 25), ("web_form", 25), ("qbd_import", 20)]}


def pick_source(e, name_city=False):
    if name_city:
        return wpick([("phone_booking", 50), ("web_form", 35), ("qbd_import", 15)])
    if e["party"] == "person":
        return wpick(SRC_W["person"])
    if e["kind"] in ("hoa", "apartment"):
        return wpick(SRC_W[e["kind"]])
    return wpick(SRC_W["org"])


def make_record(e, src, op_names):
    x = {"e": e, "ops": [], "s": None, "c": None}
    x["s"] = snapshot(e, src, x)
    for k in op_names:
        if k in PRE:
            PRE[k](x)
    x["c"] = render(x["s"], src, x)
    for k in op_names:
        if k in POST:
            POST[k](x)
    c = x["c"]
    if e["party"] == "org" and not c["companyName"]:
        c["companyName"] = e["company"]
    for k in CKEYS[:-1]:
        if c[k] is not None and not str(c[k]).strip():
            c[k] = None
    if c["address"] is not None:
        for k in AKEYS:
            if c["address"][k] is not None and not c["address"][k].strip():
                c["address"][k] = None
        if all(c["address"][k] is None for k in AKEYS):
            c["address"] = None
    if c["displayName"] is None:
        c["displayName"] = c["companyName"] or person_display({"given": c["givenName"], "family": c["familyName"] or ""})
    if not (c["email"] or c["phone"] or c["address"]):
        if e["phones"]:
            c["phone"] = fmt_phone(x["s"]["phone"] or e["phones"][0], "dash")
            x["ops"] = [o for o in x["ops"] if "phone" not in o[0]]
    return c, x["ops"]


# ---------------------------------------------------------------------------
# Change lists
# ---------------------------------------------------------------------------
US_FORMS = ["US", "USA", "UNITED STATES", "U S A", "UNITED STATES OF AMERICA"]
AZ_FORMS = ["AZ", "ARIZONA", "ARIZ"]


def classify(field, a, b):
    if b is None:
        return "dropped"
    if a is None:
        return "added"
    if a.casefold() == b.casefold():
        return "case"
    if strip_accents(a).casefold() == strip_accents(b).casefold():
        return "accents"
    if field == "phone" and norm_phone(a) and norm_phone(a) == norm_phone(b):
        return "format"
    if field == "email":
        return "other"
    if field in ("address.line1", "address.line2") and norm_street(a) == norm_street(b):
        return "format"
    if field == "address.postalCode" and norm_postal(a) == norm_postal(b):
        return "format"
    if field == "address.region":
        ra, rb = norm_city(a), norm_city(b)
        return "format" if (ra in AZ_FORMS and rb in AZ_FORMS) else "other"
    if field == "address.country":
        ra, rb = norm_city(a), norm_city(b)
        return "format" if (ra in US_FORMS and rb in US_FORMS) else "other"
    if field == "displayName" and re.sub(r"\s*\([^)]*\)$", "", a) == b:
        return "disambiguation"
    if field == "address.line1" and a.lower().startswith("c/o"):
        return "care_of"
    if field in NAMEF + ("companyName",):
        ta, tb = ntoks(a), ntoks(b)
        if sorted(ta) == sorted(tb):
            return "reordered"
        if company_toks(a) and company_toks(a) == company_toks(b):
            return "legal_form"
        if tb and all(t in ta for t in tb):
            return "shortened"
        if ta and all(t in tb for t in ta):
            return "extended"
    return "other"


FORMATISH = ["case", "accents", "format", "zip4", "extension", "lastfirst", "route_label", "legal_form",
             "abbreviated", "mojibake", "reordered", "disambiguation"]


def diff_fields(c, ref):
    out = []
    for k in CKEYS[:-1]:
        if c[k] != ref[k]:
            out.append((k, ref[k], c[k]))
    a, b = ref["address"], c["address"]
    if (a is None) != (b is None):
        out.append(("address", "x" if a else None, "x" if b else None))
    elif a is not None:
        for k in AKEYS:
            if a[k] != b[k]:
                out.append(("address." + k, a[k], b[k]))
    return out


def changes_of(c, ref, ops):
    out = []
    for field, va, vb in diff_fields(c, ref):
        whats = []
        for fields, w in ops:
            if field in fields or (field.startswith("address") and "address" in fields):
                if w not in whats:
                    whats.append(w)
        cl = classify(field, va, vb) if field != "address" else ("dropped" if vb is None else "added")
        if whats and cl in ("case", "accents", "format"):
            whats = [w for w in whats if w in FORMATISH] or [cl]
        if not whats:
            whats = [cl]
        out.append("%s:%s" % (field, "+".join(whats)))
    return out


# ---------------------------------------------------------------------------
# Hard negatives: another customer that resembles an existing one
# ---------------------------------------------------------------------------
HN_RULES = {
    "house_sold": "A house that changed hands is a new customer: the buyer gets a new account even at the "
                  "same service address, and the seller's record stays as it is.",
    "father_son_same_name": "Father and son with one name are two people; the son who pays his own bills "
                            "(own phone, own e-mail, Jr.) is another customer even at the same house.",
    "neighbour_same_surname": "Neighbours with one surname on one street are different households, "
                              "hence different customers.",
    "same_name_other_town": "The same personal name in another town with other contacts is another person.",
    "shared_street_other_city": "Gated-community street names repeat across cities: the same house number and "
                                "street in another city is another property and another customer.",
    "hoa_management_company": "The HOA is the customer for its pools; its management company is a "
                              "different customer when it is billed for its own account.",
    "homeowner_in_hoa": "A homeowner living in an HOA community is a private customer, not the association, "
                        "even when the web form's company field carries the community's name.",
    "other_hoa_same_manager": "Each association is its own customer; two HOAs run by the same management "
                              "company and community manager share contacts but not the account.",
    "rental_owner_same_manager": "Each rental owner (or his LLC) is its own customer; the short-term-rental "
                                 "manager's e-mail and phone on several owners' records do not merge them.",
    "rental_manager_company": "The short-term-rental manager's own company is a customer of its own, "
                              "distinct from every owner it books service for.",
    "adult_child_own_home": "The adult child whose e-mail pays for a snowbird parent's account is another "
                            "customer for the child's own home.",
    "relative_same_surnames": "Relatives with the same two surnames are different customers when they "
                              "live at different addresses.",
    "recycled_phone": "Phone numbers get reassigned: a different person at a different address with a number "
                      "that once belonged to a customer is a new customer.",
    "firm_same_stem": "Firms sharing the first words of their names but with another trade, address and "
                      "contacts are different companies.",
    "firm_owner_private": "A firm and its owner as a private homeowner are two customers, even when the owner's "
                          "cell phone is the firm's number.",
}
HN_TYPES = list(HN_RULES.keys())
HN_REQ = {"house_sold": ["address"], "father_son_same_name": ["name", "address"],
          "neighbour_same_surname": ["familyName", "street"], "same_name_other_town": ["name"],
          "shared_street_other_city": ["line1"], "hoa_management_company": ["address"],
          "homeowner_in_hoa": ["company_stem"], "other_hoa_same_manager": ["email"],
          "rental_owner_same_manager": ["email"], "rental_manager_company": ["email"],
          "adult_child_own_home": ["email"], "relative_same_surnames": ["familyName"],
          "recycled_phone": ["phone"], "firm_same_stem": ["company_stem"], "firm_owner_private": ["phone"]}
OTHER_TRADES = ["Landscaping", "Realty", "Pool Supply", "Plumbing", "Electric", "Roofing", "Insurance Agency",
                "Auto Repair", "Cleaning Services", "Pest Control", "Solar", "Title & Escrow", "HVAC",
                "Painting", "Flooring", "Cabinetry"]


def ex_of(c_ex_addr, email, phone, addr):
    return {"email": email, "phone": phone, "addr": addr}


def hn_anchor_ok(htype, e, c, ctx):
    a = c["address"]
    serv = a is not None and e["addr"] is not None and addr_shared(a, e["addr"])
    person = e["party"] == "person"
    if htype == "house_sold":
        return person and e["kind"] in ("homeowner", "retiree", "remodel_client", "hispanic_family") and serv \
            and not e.get("pair_of") and e["id"] not in ctx["pair_firsts"]
    if htype == "father_son_same_name":
        return person and e["kind"] == "homeowner" and e["male"] and e["group"] in ("old", "mid") and serv \
            and not e.get("pair_of") and e["id"] not in ctx["pair_firsts"]
    if htype == "neighbour_same_surname":
        return person and e["kind"] in ("homeowner", "retiree", "remodel_client") and serv and c["familyName"] \
            and not e.get("pair_of")
    if htype == "same_name_other_town":
        return person and e["kind"] in ("homeowner", "remodel_client", "retiree") and e["town"] in TOWNS \
            and c["givenName"] and not e.get("pair_of") and e["id"] not in ctx["pair_firsts"]
    if htype == "shared_street_other_city":
        if not (serv and e["kind"] in ("homeowner", "remodel_client", "snowbird", "hispanic_family")):
            return False
        sn = street_name(a)
        return any(norm_street(n + " " + t) == sn for n, t in RESID)
    if htype == "hoa_management_company":
        return e["kind"] == "hoa" and not e["mgmt"]["existing"] and not e["mgmt"]["used_hn"] \
            and a is not None and (a["line1"] or "").lower().startswith("c/o")
    if htype == "homeowner_in_hoa":
        return e["kind"] == "hoa" and len(company_toks(c["companyName"])) >= 3
    if htype == "other_hoa_same_manager":
        return e["kind"] == "hoa" and c["email"] == e["emails"][0] and a is not None \
            and (a["line1"] or "").lower().startswith("c/o")
    if htype == "rental_owner_same_manager":
        return e["kind"] == "rental_owner" and e["manager"] and c["email"] == e["manager"]["email"]
    if htype == "rental_manager_company":
        m = e["manager"]
        return e["kind"] == "rental_owner" and m and c["email"] == m["email"] and not m["existing"] \
            and not m["used_hn"]
    if htype == "adult_child_own_home":
        return e["kind"] == "snowbird" and e["child"] and c["email"] == e["child"]["email"]
    if htype == "relative_same_surnames":
        return e["kind"] == "hispanic_family" and " " in e["family"] and c["familyName"] \
            and len(c["familyName"].split(" ")) == 2
    if htype == "recycled_phone":
        return person and c["phone"] and e["kind"] in ("homeowner", "retiree", "snowbird", "hispanic_family")
    if htype == "firm_same_stem":
        if e["party"] != "org" or e["kind"] not in ("builder", "property_manager", "commercial", "hotel", "rental_owner"):
            return False
        w = strip_legal(e["company"]).split(" ")
        return len(w) >= 3 and w[0] != "The" and not w[0][0].isdigit() and \
            company_toks(" ".join(w[:2])) == company_toks(c["companyName"])[:2] and len(company_toks(" ".join(w[:2]))) == 2
    if htype == "firm_owner_private":
        return e["kind"] == "builder" and e["owner"] and norm_phone(c["phone"]) == e["phones"][0]
    return False


def other_family(e, ae):
    fam = [t for t in person_toks(ae["family"])]
    for _ in range(50):
        if not any(t in fam for t in person_toks(e["family"])):
            break
        e["family"] = pick(HISP_SUR) if e["kind"] == "hispanic_family" else pick(ANGLO)
    e["emails"] = [new_email(e["given"], e["family"], D_AZ)]


def hn_entity(htype, ae, ac):
    """Build the other customer (truth) for a hard negative of type htype anchored on ae."""
    ops = []
    if htype in ("house_sold", "father_son_same_name", "neighbour_same_surname", "same_name_other_town",
                 "shared_street_other_city", "homeowner_in_hoa", "adult_child_own_home", "recycled_phone",
                 "firm_owner_private"):
        town = ae["town"] if ae["town"] in TOWNS else "Phoenix"
        e = gen_homeowner(town=town)
        if htype == "house_sold":
            if chance(0.25):
                e = gen_hispanic(town=town)
            other_family(e, ae)
            e["addr"] = dict(ae["addr"])
            ops.append((NAMEF + ("email", "phone"), "new_owner"))
        elif htype == "father_son_same_name":
            e.update(given=ae["given"], family=ae["family"], male=True, group="young")
            e["emails"] = [new_email(ae["given"], ae["family"], D_YOUNG)]
            e["phones"] = [new_phone(pick(MOBILE_AC + TOWNS[town]["ac"]))]
            e["addr"] = dict(ae["addr"])
            e["suffix"] = "Jr." if chance(0.65) else None
            ops.append((("email", "phone", "displayName", "familyName"), "son"))
        elif htype == "neighbour_same_surname":
            g, _, m = person_name("mid")
            while g == ae["given"]:
                g, _, m = person_name("mid")
            e.update(given=g, family=ae["family"], male=m)
            for _ in range(100):
                l1 = line_with_number(ae["addr"]["line1"], house_number(line_dir(ae["addr"]["line1"]), ae["addr"]["city"]))
                if norm_street(l1) not in USED_LINE:
                    USED_LINE.add(norm_street(l1))
                    break
            a = dict(ae["addr"])
            a["line1"] = l1
            e["addr"] = a
            e["emails"] = [new_email(g, ae["family"], D_AZ)]
            ops.append((("givenName", "displayName", "email", "phone", "address"), "neighbour"))
        elif htype == "same_name_other_town":
            t2 = wpick([w for w in HOME_TOWN_W if w[0] != ae["town"]])
            e.update(given=ae["given"], family=ae["family"], male=ae["male"], town=t2)
            e["addr"] = az_addr(t2)
            e["phones"] = [town_phone(t2)]
            e["emails"] = [new_email(ae["given"], ae["family"], D_AZ)]
            ops.append((("email", "phone", "address"), "other_person"))
        elif htype == "shared_street_other_city":
            fits = [w for w in HOME_TOWN_W if w[0] != ae["addr"]["city"] and num_fits(ae["addr"]["line1"], w[0])]
            t2 = wpick(fits or [w for w in HOME_TOWN_W if w[0] != ae["addr"]["city"]])
            a = dict(ae["addr"])
            a["city"] = t2
            a["postalCode"] = pick(TOWNS[t2]["zips"])
            e["town"] = t2
            e["addr"] = a
            e["phones"] = [town_phone(t2)]
            other_family(e, ae)
            ops.append((NAMEF + ("email", "phone", "address.city", "address.postalCode"), "other_person"))
        elif htype == "homeowner_in_hoa":
            pool = ae["pools"][0]
            e["town"] = pool["city"]
            e["addr"] = az_addr(pool["city"], zipc=pool["postalCode"])
            stem = " ".join(ae["stem"])
            other_family(e, ae)
            e["hoa_company"] = pick([stem + " HOA", stem + " Homeowners", stem + " Community", stem + " H.O.A.",
                                     ae["company"]])
            ops.append((NAMEF + ("email", "phone", "address"), "homeowner"))
        elif htype == "adult_child_own_home":
            ch = ae["child"]
            t2 = wpick([("Gilbert", 25), ("Chandler", 25), ("Phoenix", 20), ("Scottsdale", 15), ("Peoria", 15)])
            e.update(given=ch["given"], family=ch["family"], male=ch["given"] in MALE, town=t2, group="mid")
            e["emails"] = [ch["email"]]
            e["addr"] = az_addr(t2)
            e["phones"] = [town_phone(t2) if chance(0.5) else new_phone(pick(MOBILE_AC))]
            ops.append((NAMEF + ("phone", "address"), "adult_child"))
        elif htype == "recycled_phone":
            e["phones"] = [norm_phone(ac["phone"])]
            other_family(e, ae)
            ops.append((NAMEF + ("email", "address"), "other_person"))
        elif htype == "firm_owner_private":
            o = ae["owner"]
            e.update(given=o["given"], family=o["family"], male=o["male"], town=o["town"])
            e["addr"] = o["home"]
            e["emails"] = [o["email"]]
            e["phones"] = [ae["phones"][0]]
            ops.append((("companyName", "displayName", "email", "address"), "private_person"))
        e["ex"] = ex_of(None, e["emails"][0], e["phones"][0], e["addr"])
        return e, ops
    if htype == "relative_same_surnames":
        town = ae["town"] if chance(0.6) else wpick(HISP_TOWN_W)
        e = gen_hispanic(town=town)
        g, _, m = person_name("hisp")
        while g == ae["given"]:
            g, _, m = person_name("hisp")
        e.update(given=g, family=ae["family"], male=m)
        e["emails"] = [new_email(g, ae["family"], D_YOUNG)]
        e["ex"] = ex_of(None, e["emails"][0], e["phones"][0], e["addr"])
        ops.append((("givenName", "displayName", "email", "phone", "address"), "relative"))
        return e, ops
    if htype == "hoa_management_company":
        mg = ae["mgmt"]
        mg["used_hn"] = True
        e = gen_mgmt_entity(mg)
        if chance(0.4):
            e["emails"] = [ae["emails"][0]]
        e["show_contact"] = True
        e["ex"] = ex_of(None, e["emails"][0], mg["phone"], mg["addr"])
        ops.append((("companyName", "displayName", "givenName", "familyName", "email"), "management_company"))
        return e, ops
    if htype == "other_hoa_same_manager":
        e = gen_hoa(mg=ae["mgmt"])
        e.update(given=ae["given"], family=ae["family"])
        e["emails"] = [ae["emails"][0]]
        e["show_contact"] = True
        e["ex"] = ex_of(None, ae["emails"][0], ae["mgmt"]["phone"], e["careof"] if chance(0.5) else e["pools"][0])
        ops.append((("companyName", "displayName", "address"), "other_association"))
        return e, ops
    if htype == "rental_owner_same_manager":
        e = gen_rental_owner("org" if chance(0.7) else "person")
        m = ae["manager"]
        e["manager"] = m
        e["show_contact"] = True
        if chance(0.5):
            e.update(given=m["given"], family=m["family"])
        e["ex"] = ex_of(None, m["email"], m["phone"] if chance(0.6) else e["phones"][0],
                        e["addr"] if chance(0.7) else e["mail"])
        ops.append((("companyName", "displayName", "address", "givenName", "familyName", "phone"), "other_owner"))
        return e, ops
    if htype == "rental_manager_company":
        m = ae["manager"]
        m["used_hn"] = True
        e = gen_str_manager_entity(m)
        e["ex"] = ex_of(None, m["email"], m["phone"], m["addr"])
        ops.append((("companyName", "displayName", "address", "givenName", "familyName", "phone"), "manager_company"))
        return e, ops
    if htype == "firm_same_stem":
        e = gen_simple_org("commercial")
        w = strip_legal(ae["company"]).split(" ")
        for _ in range(50):
            name = "%s %s%s" % (" ".join(w[:2]), pick(OTHER_TRADES), pick([" LLC", "", " Inc.", " LLC"]))
            if unique_company(name):
                break
        e["company"] = name
        dom = new_domain(name)
        e["domain"] = dom
        e["emails"] = [org_email(pick(["info", "office", slug(e["given"])]), dom)]
        e["ex"] = ex_of(None, e["emails"][0], e["phones"][0], e["addr"])
        ops.append((("companyName", "displayName", "email", "phone", "address", "givenName", "familyName"),
                    "other_firm"))
        return e, ops
    raise ValueError(htype)


def hn_record(htype, e, ops0):
    src = {"house_sold": [("route_app", 4), ("web_form", 3), ("phone_booking", 3)],
           "father_son_same_name": [("web_form", 5), ("phone_booking", 5)],
           "homeowner_in_hoa": [("web_form", 1)],
           "hoa_management_company": [("phone_booking", 4), ("web_form", 3), ("qbd_import", 3)],
           "other_hoa_same_manager": [("hoa_portal", 6), ("phone_booking", 2), ("qbd_import", 2)],
           "rental_manager_company": [("web_form", 4), ("phone_booking", 4), ("qbd_import", 2)]}.get(htype)
    src = wpick(src) if src else pick_source(e)
    ops = [pick([k for k, _ in LIGHT_POOL if k not in ("zip_dropped", "city_alias")])] if chance(0.5) else []
    x = {"e": e, "ops": list(ops0), "s": None, "c": None}
    x["s"] = snapshot(e, src, x)
    if e.get("suffix"):
        x["s"]["suffix"] = e["suffix"]
    if e.get("hoa_company"):
        x["s"]["wrong_company"] = e["hoa_company"]
        add(x, ("companyName",), "wrong_field")
    for k in ops:
        if k in PRE:
            PRE[k](x)
    c = render(x["s"], src, x)
    x["c"] = c
    for k in ops:
        if k in POST:
            POST[k](x)
    if e.get("suffix"):
        if c["familyName"] and chance(0.4):
            c["familyName"] += " " + e["suffix"]
    if e["party"] == "org" and not c["companyName"]:
        c["companyName"] = e["company"]
    return src, c, x["ops"]


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
SRC_PHONE_STYLE = {"route_app": "dash", "phone_booking": "plain", "web_form": "paren", "qbd_import": "dot",
                   "hoa_portal": "dash"}
N_MATCH_PLAN = [(3, 35), (2, 110), (1, 500)]
NEW_REPEATS = [(3, 20), (2, 60)]
NAME_CITY_P_MATCH = 0.30
NAME_CITY_P_REPEAT = 0.35
GEN_MARGIN = 0.15
MIN_SCORE = 0.5


def az_city_record(c):
    a = c["address"]
    return a is not None and a.get("city") in TOWNS and a.get("line1") and \
        not a["line1"].lower().startswith("c/o")


def one_record(e, ref_c, name_city):
    src = pick_source(e, name_city)
    if name_city:
        ops = plan_name_city(e, src)
        profile = "harsh" if len(ops) > 4 else "medium"
    else:
        profile = wpick([("light", 40), ("medium", 40), ("harsh", 20)])
        ops = plan_ops(e, src, profile)
    for _ in range(8):
        c, rops = make_record(e, src, ops)
        if ref_c is None or diff_fields(c, ref_c):
            break
        ops = ops + [pick(["case", "addr_format", "zip4", "region", "country", "phone_ext", "gate_note"])]
    return src, profile, c, rops


def findable_ok(c, comp_c, ent_id, pool):
    city = rec_city(c)
    if not city or city != rec_city(comp_c):
        return False
    s0 = name_score(c, comp_c)
    if s0 < MIN_SCORE:
        return False
    best = 0.0
    for oid, oc in pool.get(city, []):
        if oid == ent_id:
            continue
        sc = name_score(c, oc)
        if sc > best:
            best = sc
    return s0 - best >= GEN_MARGIN


def strip_field_ops(ops, field):
    out = []
    for fs, w in ops:
        fs2 = tuple(f for f in fs if f != field and not (field == "address" and f.startswith("address")))
        if fs2:
            out.append((fs2, w))
    return out


def repair(it, comp_c):
    c = it["contact"]
    if norm_phone(comp_c["phone"]):
        c["phone"] = fmt_phone(norm_phone(comp_c["phone"]), SRC_PHONE_STYLE[it["source"]])
        it["ops"] = strip_field_ops(it["ops"], "phone")
    elif norm_email(comp_c["email"]):
        c["email"] = comp_c["email"].lower()
        it["ops"] = strip_field_ops(it["ops"], "email")
    else:
        c["address"] = dict(comp_c["address"])
        it["ops"] = strip_field_ops(it["ops"], "address")


def build():
    existing = build_existing()
    ex_pos = {}
    for i, (e, c) in enumerate(existing):
        ex_pos[e["id"]] = i
    pair_firsts = set(e["pair_of"] for e, c in existing if e.get("pair_of"))
    items = []

    # ---- matches of existing customers
    order = list(range(len(existing)))
    R.shuffle(order)
    k = 0
    for n, cnt in N_MATCH_PLAN:
        for _ in range(cnt):
            e, ref = existing[order[k]]
            k += 1
            for occ in range(n):
                nc = e["kind"] not in ("hoa", "mgmt_company", "str_manager") and az_city_record(ref) \
                    and chance(NAME_CITY_P_MATCH)
                src, profile, c, ops = one_record(e, ref, nc)
                items.append({"category": "match", "e": e, "contact": c, "ops": ops, "source": src,
                              "profile": profile, "ref": ref, "compare_set": "existing",
                              "compare_index": ex_pos[e["id"]]})

    # ---- new customers, some of them repeated
    plan = []
    for kind, n in NEW_PLAN:
        plan += [kind] * n
    R.shuffle(plan)
    reps = []
    for n, cnt in NEW_REPEATS:
        reps += [n] * cnt
    reps += [1] * (len(plan) - len(reps))
    for kind, n in zip(plan, reps):
        e = gen_kind(kind)
        src = pick_source(e)
        ops = [pick(["case", "addr_format", "zip_dropped", "email_typo", "nickname", "gate_note"])] if chance(0.35) else []
        c, rops = make_record(e, src, ops)
        first = {"category": "new", "e": e, "contact": c, "ops": rops, "source": src, "occurrence": 1}
        items.append(first)
        for occ in range(2, n + 1):
            nc = e["party"] == "person" and az_city_record(c) and chance(NAME_CITY_P_REPEAT)
            src2, profile, c2, ops2 = one_record(e, c, nc)
            items.append({"category": "new", "e": e, "contact": c2, "ops": ops2, "source": src2,
                          "profile": profile, "occurrence": occ, "first": first, "ref": c,
                          "compare_set": "incoming"})

    # ---- hard negatives
    ctx = {"pair_firsts": pair_firsts}
    used_anchor = set()
    for htype in HN_TYPES:
        cands = [i for i, (e, c) in enumerate(existing) if hn_anchor_ok(htype, e, c, ctx)]
        R.shuffle(cands)
        got = 0
        for i in cands:
            if got == N_HARD // len(HN_TYPES):
                break
            ae, ac = existing[i]
            if ae["id"] in used_anchor or not hn_anchor_ok(htype, ae, ac, ctx):
                continue
            e, ops0 = hn_entity(htype, ae, ac)
            ok = None
            for _ in range(40):
                src, c, ops = hn_record(htype, e, ops0)
                sh = shared_of(c, ac)
                if all(r in sh for r in HN_REQ[htype]) and (c["email"] or c["phone"] or c["address"]):
                    ok = (src, c, ops, sh)
                    break
            if ok is None:
                continue
            used_anchor.add(ae["id"])
            got += 1
            items.append({"category": "hard_negative", "e": e, "contact": ok[1], "ops": ok[2], "source": ok[0],
                          "ref": ac, "anchor": ae["id"], "anchor_index": i, "hn_type": htype})
        if got != N_HARD // len(HN_TYPES):
            raise RuntimeError("not enough anchors for %s: %d" % (htype, got))
    assert len(items) == N_INCOMING, len(items)

    # ---- shuffle; the first occurrence of a new customer precedes its repeats
    R.shuffle(items)
    pos_by = {}
    its_by = {}
    ent_order = []
    for p, it in enumerate(items):
        if it["category"] == "new":
            eid = it["e"]["id"]
            if eid not in pos_by:
                pos_by[eid] = []
                its_by[eid] = []
                ent_order.append(eid)
            pos_by[eid].append(p)
            its_by[eid].append(it)
    for eid in ent_order:
        its = sorted(its_by[eid], key=lambda t: t["occurrence"])
        for p, it in zip(pos_by[eid], its):
            items[p] = it
    for p, it in enumerate(items):
        it["index"] = p
    for it in items:
        if it["category"] == "new" and it["occurrence"] > 1:
            it["compare_index"] = it["first"]["index"]

    # ---- evidence and findability (name in its town), repairs where a record would be unfindable
    pool = {}
    for e, c in existing:
        city = rec_city(c)
        if city:
            pool.setdefault(city, []).append((e["id"], c))
    for it in items:
        c = it["contact"]
        if it["category"] == "match" or (it["category"] == "new" and it["occurrence"] > 1):
            ref = it["ref"]
            ev = evidence_of(c, ref)
            if ev:
                it["findable"] = "identifier"
            elif findable_ok(c, ref, it["e"]["id"], pool):
                it["findable"] = "name+city"
            else:
                repair(it, ref)
                ev = evidence_of(c, ref)
                assert ev, (it["e"]["id"], c, ref)
                it["findable"] = "identifier"
            it["evidence"] = ev
        else:
            city = rec_city(c)
            if city:
                pool.setdefault(city, []).append((it["e"]["id"], c))
    return existing, items


def write(existing, items, out_dir):
    set_lines = []
    meta_lines = []
    for i, (e, c) in enumerate(existing):
        set_lines.append({"set": "existing", "entity": e["id"], "contact": c})
        meta_lines.append({"set": "existing", "index": i, "entity": e["id"], "category": "existing",
                           "kind": e["kind"], "party": e["party"], "changes": []})
    for it in items:
        e, c = it["e"], it["contact"]
        set_lines.append({"set": "incoming", "entity": e["id"], "contact": c})
        m = {"set": "incoming", "index": it["index"], "entity": e["id"], "category": it["category"],
             "kind": e["kind"], "party": e["party"]}
        if it["category"] == "new" and it["occurrence"] == 1:
            m["changes"] = []
        else:
            m["changes"] = changes_of(c, it["ref"], it["ops"])
        m["source"] = it["source"]
        if it["category"] == "match" or (it["category"] == "new" and it["occurrence"] > 1):
            m["profile"] = it["profile"]
            m["evidence"] = it["evidence"]
            m["findable"] = it["findable"]
            m["compare_set"] = it["compare_set"]
            m["compare_index"] = it["compare_index"]
        if it["category"] == "new":
            m["occurrence"] = it["occurrence"]
        if it["category"] == "hard_negative":
            m["anchor"] = it["anchor"]
            m["anchor_index"] = it["anchor_index"]
            m["hn_type"] = it["hn_type"]
            m["rule"] = HN_RULES[it["hn_type"]]
            m["shared"] = shared_of(c, it["ref"])
        meta_lines.append(m)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "set.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for o in set_lines:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for o in meta_lines:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    cats = {}
    for m in meta_lines[N_EXISTING:]:
        cats[m["category"]] = cats.get(m["category"], 0) + 1
    nc = sum(1 for m in meta_lines if m.get("findable") == "name+city")
    sys.stderr.write("existing %d, incoming %d: match %d, new %d, hard_negative %d; name+city %d\n" % (
        N_EXISTING, len(items), cats.get("match", 0), cats.get("new", 0), cats.get("hard_negative", 0), nc))


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    args = sys.argv[1:]
    if args:
        if len(args) == 2 and args[0] == "--out":
            out_dir = args[1]
        else:
            sys.stderr.write("usage: gen.py [--out DIR]\n")
            sys.exit(2)
    existing, items = build()
    write(existing, items, out_dir)


if __name__ == "__main__":
    main()
