"""Cities, ZIP codes, area codes, streets and e-mail providers for TX/AZ/SoCal."""


def _zr(a, b, skip=()):
    return ["%05d" % z for z in range(a, b + 1) if z not in skip]


# culture weights: hisp, anglo, aa, viet, fil, nav
def _cw(h, a, aa, v, f, n=0):
    return {"hisp": h, "anglo": a, "aa": aa, "viet": v, "fil": f, "nav": n}


# name, state, zips, area codes, weight, culture weights, metro, arterial streets
# street = (predirectional, name, type); type None means name is complete.
CITIES = [
    ("Phoenix", "AZ", _zr(85003, 85051, (85001, 85002, 85005, 85010, 85011, 85024, 85025, 85026, 85030, 85036, 85038, 85039, 85046, 85047, 85049)),
     ["602", "602", "623", "480"], 14, _cw(50, 33, 8, 3, 4, 2), "phx",
     [("N", "7th", "St"), ("W", "Indian School", "Rd"), ("E", "Camelback", "Rd"), ("W", "McDowell", "Rd"),
      ("N", "35th", "Ave"), ("S", "Central", "Ave"), ("W", "Thomas", "Rd"), ("N", "19th", "Ave"),
      ("E", "Roosevelt", "St"), ("W", "Van Buren", "St"), ("S", "16th", "St"), ("W", "Buckeye", "Rd"),
      ("N", "43rd", "Ave"), ("E", "Baseline", "Rd"), ("W", "Dunlap", "Ave"), ("N", "27th", "Ave")]),
    ("Mesa", "AZ", _zr(85201, 85213, (85211,)), ["480"], 5, _cw(35, 52, 4, 3, 4, 2), "phx",
     [("E", "Main", "St"), ("W", "Broadway", "Rd"), ("N", "Country Club", "Dr"), ("E", "University", "Dr"),
      ("S", "Dobson", "Rd"), ("E", "Southern", "Ave")]),
    ("Glendale", "AZ", _zr(85301, 85310, (85309,)), ["623"], 4, _cw(45, 40, 6, 3, 5, 1), "phx",
     [("W", "Glendale", "Ave"), ("N", "59th", "Ave"), ("W", "Bethany Home", "Rd"), ("N", "67th", "Ave"),
      ("W", "Northern", "Ave")]),
    ("Chandler", "AZ", _zr(85224, 85226) + ["85248", "85249", "85286"], ["480"], 3, _cw(30, 50, 6, 6, 7, 1), "phx",
     [("W", "Chandler", "Blvd"), ("N", "Alma School", "Rd"), ("S", "Arizona", "Ave"), ("W", "Ray", "Rd")]),
    ("Tucson", "AZ", _zr(85701, 85719, (85702, 85703, 85707, 85709)) + ["85730", "85741", "85742", "85743", "85745", "85746", "85747", "85748", "85756", "85757"],
     ["520"], 11, _cw(52, 36, 4, 2, 3, 3), "tus",
     [("E", "Speedway", "Blvd"), ("S", "6th", "Ave"), ("N", "Oracle", "Rd"), ("E", "Broadway", "Blvd"),
      ("W", "Ajo", "Way"), ("S", "Park", "Ave"), ("E", "22nd", "St"), ("W", "Valencia", "Rd"),
      ("N", "Stone", "Ave"), ("E", "Grant", "Rd"), ("S", "12th", "Ave"), ("W", "Irvington", "Rd")]),
    ("South Tucson", "AZ", ["85713"], ["520"], 1, _cw(85, 10, 2, 1, 1, 1), "tus",
     [("S", "4th", "Ave"), ("S", "6th", "Ave"), ("E", "36th", "St")]),
    ("Yuma", "AZ", ["85364", "85365", "85367"], ["928"], 2, _cw(65, 28, 3, 1, 3, 0), "yuma",
     [("S", "4th", "Ave"), ("W", "24th", "St"), ("E", "32nd", "St"), ("S", "Avenue B", None), ("W", "8th", "St")]),
    ("Nogales", "AZ", ["85621"], ["520"], 1, _cw(90, 8, 1, 0, 1, 0), "nog",
     [("N", "Grand", "Ave"), ("W", "Mariposa", "Rd"), ("N", "Morley", "Ave")]),
    ("Flagstaff", "AZ", ["86001", "86004", "86005"], ["928"], 2, _cw(22, 55, 3, 2, 2, 16), "flag",
     [("E", "Route 66", None), ("N", "Fort Valley", "Rd"), ("S", "Milton", "Rd"), ("E", "Butler", "Ave")]),
    ("Window Rock", "AZ", ["86515"], ["928"], 1, _cw(3, 4, 0, 0, 0, 93), "nav", []),
    ("Chinle", "AZ", ["86503"], ["928"], 1, _cw(2, 3, 0, 0, 0, 95), "nav", []),
    ("Tuba City", "AZ", ["86045"], ["928"], 1, _cw(3, 4, 0, 0, 0, 93), "nav", []),
    ("Kayenta", "AZ", ["86033"], ["928"], 1, _cw(2, 3, 0, 0, 0, 95), "nav", []),
    ("San Antonio", "TX", _zr(78201, 78230, (78206, 78220)) + ["78237", "78240", "78242", "78245", "78249", "78250", "78251", "78253"],
     ["210", "210", "726"], 14, _cw(66, 22, 8, 2, 2), "sat",
     [("", "Culebra", "Rd"), ("", "Bandera", "Rd"), ("S", "Zarzamora", "St"), ("", "Fredericksburg", "Rd"),
      ("W", "Commerce", "St"), ("", "Nogalitos", "St"), ("", "Pleasanton", "Rd"), ("", "Blanco", "Rd"),
      ("", "Babcock", "Rd"), ("SW", "Military", "Dr"), ("", "Castroville", "Rd"), ("", "Guadalupe", "St"),
      ("", "Rigsby", "Ave"), ("", "Marbach", "Rd")]),
    ("El Paso", "TX", _zr(79901, 79938, (79910, 79913, 79914, 79917, 79918, 79917, 79923, 79926, 79929, 79931, 79937)),
     ["915"], 10, _cw(82, 12, 3, 1, 2), "elp",
     [("", "Montana", "Ave"), ("", "Dyer", "St"), ("", "Alameda", "Ave"), ("N", "Mesa", "St"),
      ("", "Zaragoza", "Rd"), ("", "Yarbrough", "Dr"), ("", "Lee Trevino", "Dr"), ("", "Doniphan", "Dr"),
      ("", "Pellicano", "Dr"), ("", "Dyer", "St")]),
    ("Socorro", "TX", ["79927"], ["915"], 1, _cw(92, 6, 1, 0, 1), "elp",
     [("", "Alameda", "Ave"), ("", "Horizon", "Blvd"), ("", "Socorro", "Rd")]),
    ("Laredo", "TX", ["78040", "78041", "78043", "78045", "78046"], ["956"], 4, _cw(94, 4, 1, 0, 1), "lrd",
     [("", "San Bernardo", "Ave"), ("", "Saunders", "St"), ("", "McPherson", "Rd"), ("", "Guadalupe", "St"),
      ("", "Santa Maria", "Ave")]),
    ("McAllen", "TX", ["78501", "78503", "78504"], ["956"], 3, _cw(85, 10, 1, 2, 2), "rgv",
     [("N", "10th", "St"), ("", "Nolana", "Ave"), ("N", "23rd", "St"), ("N", "Main", "St")]),
    ("Brownsville", "TX", ["78520", "78521", "78526"], ["956"], 3, _cw(92, 6, 1, 0, 1), "rgv",
     [("", "Boca Chica", "Blvd"), ("E", "14th", "St"), ("", "Southmost", "Rd"), ("", "Central", "Blvd")]),
    ("Corpus Christi", "TX", ["78404", "78405", "78407", "78408", "78411", "78412", "78414", "78415", "78416", "78418"],
     ["361"], 3, _cw(62, 30, 4, 2, 2), "crp",
     [("", "Ocean", "Dr"), ("S", "Staples", "St"), ("", "Weber", "Rd"), ("", "Airline", "Rd"), ("", "Ayers", "St")]),
    ("San Diego", "CA", _zr(92101, 92117, (92112,)) + ["92126", "92139", "92154", "92173"], ["619", "619", "858"], 10,
     _cw(36, 34, 7, 8, 15), "sd",
     [("", "El Cajon", "Blvd"), ("", "University", "Ave"), ("", "Imperial", "Ave"), ("", "Genesee", "Ave"),
      ("", "Clairemont Mesa", "Blvd"), ("", "Palm", "Ave"), ("", "Market", "St"), ("", "Euclid", "Ave"),
      ("", "Mira Mesa", "Blvd"), ("", "Logan", "Ave")]),
    ("Chula Vista", "CA", ["91910", "91911", "91913", "91914", "91915"], ["619"], 5, _cw(58, 20, 4, 3, 15), "sd",
     [("", "Third", "Ave"), ("", "Broadway", None), ("E", "H", "St"), ("", "Otay Lakes", "Rd"),
      ("", "Telegraph Canyon", "Rd"), ("", "Palomar", "St")]),
    ("National City", "CA", ["91950"], ["619"], 2, _cw(60, 8, 4, 3, 25), "sd",
     [("", "Highland", "Ave"), ("E", "8th", "St"), ("", "Plaza", "Blvd"), ("", "Euclid", "Ave")]),
    ("Riverside", "CA", _zr(92501, 92509), ["951"], 6, _cw(52, 30, 8, 5, 5), "ie",
     [("", "Magnolia", "Ave"), ("", "Arlington", "Ave"), ("", "University", "Ave"), ("", "Van Buren", "Blvd"),
      ("", "La Sierra", "Ave"), ("", "Indiana", "Ave")]),
    ("San Bernardino", "CA", ["92401", "92404", "92405", "92407", "92408", "92410", "92411"], ["909"], 3,
     _cw(62, 18, 14, 3, 3), "ie",
     [("E", "Highland", "Ave"), ("N", "E", "St"), ("W", "Base Line", "St"), ("N", "Sierra", "Way")]),
    ("Santa Ana", "CA", _zr(92701, 92707), ["714", "657"], 4, _cw(76, 10, 2, 9, 3), "oc",
     [("N", "Bristol", "St"), ("W", "1st", "St"), ("S", "Main", "St"), ("W", "McFadden", "Ave"),
      ("S", "Harbor", "Blvd")]),
    ("Westminster", "CA", ["92683"], ["714"], 3, _cw(24, 26, 2, 44, 4), "oc",
     [("", "Bolsa", "Ave"), ("", "Brookhurst", "St"), ("", "Magnolia", "St"), ("", "Westminster", "Blvd")]),
    ("Garden Grove", "CA", ["92840", "92841", "92843", "92844", "92845"], ["714"], 3, _cw(36, 24, 2, 34, 4), "oc",
     [("", "Brookhurst", "St"), ("", "Garden Grove", "Blvd"), ("", "Euclid", "St"), ("", "Chapman", "Ave")]),
    ("Anaheim", "CA", _zr(92801, 92807), ["714"], 3, _cw(52, 28, 3, 8, 9), "oc",
     [("W", "Lincoln", "Ave"), ("S", "Harbor", "Blvd"), ("E", "Ball", "Rd"), ("N", "Euclid", "St")]),
    ("Oxnard", "CA", ["93030", "93033", "93035", "93036"], ["805"], 2, _cw(72, 16, 3, 2, 7), "oxn",
     [("S", "Saviers", "Rd"), ("N", "Ventura", "Rd"), ("W", "Channel Islands", "Blvd"), ("E", "Wooley", "Rd")]),
    ("Indio", "CA", ["92201", "92203"], ["760", "442"], 2, _cw(70, 24, 3, 1, 2), "cv",
     [("", "Monroe", "St"), ("", "Jackson", "St"), ("", "Avenue 44", None), ("", "Miles", "Ave")]),
    ("El Centro", "CA", ["92243"], ["760", "442"], 1, _cw(84, 12, 2, 0, 2), "imp",
     [("S", "4th", "St"), ("W", "Main", "St"), ("", "Ross", "Ave"), ("S", "Imperial", "Ave")]),
]

CITY = {c[0] + "|" + c[1]: c for c in CITIES}
STATE_NAMES = {"AZ": "Arizona", "TX": "Texas", "CA": "California"}

RES_STREETS = [
    ("", "Mesquite", "Dr"), ("", "Palo Verde", "Ln"), ("", "Ocotillo", "Rd"), ("", "Desert Willow", "Way"),
    ("", "Cottonwood", "Ln"), ("", "Sycamore", "St"), ("", "Oak", "St"), ("", "Maple", "Ave"),
    ("", "Cedar", "St"), ("", "Pecan", "St"), ("", "Magnolia", "Dr"), ("", "Sunset", "Dr"),
    ("", "Hillcrest", "Dr"), ("", "Canyon View", "Dr"), ("", "Quail Run", "Rd"), ("", "Roadrunner", "Ln"),
    ("", "Bluebonnet", "Ln"), ("", "Rosewood", "Ct"), ("", "Juniper", "Pl"), ("", "Agave", "Cir"),
    ("", "Coyote", "Trl"), ("", "Jacaranda", "St"), ("", "Bougainvillea", "Dr"), ("", "Orange Grove", "Rd"),
    ("", "Lincoln", "St"), ("", "Washington", "Ave"), ("", "Madison", "St"), ("", "Pinecrest", "Dr"),
]
SPANISH_STREETS = [
    ("", "Calle de la Plata", None), ("", "Avenida del Sol", None), ("", "Camino del Norte", None),
    ("", "Calle Santa Cruz", None), ("", "Via del Rey", None), ("", "Paseo de los Reyes", None),
    ("", "Calle Encanto", None), ("", "Camino Real", None), ("", "Calle Tranquila", None),
    ("", "Calle Bonita", None), ("", "Via Las Palmas", None), ("", "Camino de Oro", None),
    ("", "Avenida de las Flores", None), ("", "Calle Primavera", None), ("", "Paseo del Prado", None),
    ("", "Calle Sombra", None), ("", "Avenida Cesar Chavez", None), ("", "Calle del Sol", None),
    ("", "Camino Seco", None), ("", "Via Montebello", None),
]
# grid cities use numbered residential streets (N 7th St, W 35th Ave ...)
GRID_METROS = ("phx", "tus", "yuma")

STREET_TYPES = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Dr": "Drive",
                "Ln": "Lane", "Way": "Way", "Ct": "Court", "Pl": "Place", "Cir": "Circle",
                "Trl": "Trail", "Pkwy": "Parkway"}
DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West", "SW": "Southwest",
              "NW": "Northwest", "NE": "Northeast", "SE": "Southeast"}
NUM_WORDS = {"1st": "First", "2nd": "Second", "3rd": "Third", "4th": "Fourth", "5th": "Fifth",
             "6th": "Sixth", "7th": "Seventh", "8th": "Eighth", "9th": "Ninth", "10th": "Tenth"}

# provider, weight, regions (None = everywhere)
EMAIL_DOMAINS = [
    ("gmail.com", 46, None), ("yahoo.com", 14, None), ("hotmail.com", 9, None), ("outlook.com", 5, None),
    ("icloud.com", 8, None), ("att.net", 3, None), ("sbcglobal.net", 4, ("TX", "CA")),
    ("cox.net", 4, ("AZ", "CA")), ("live.com", 2, None), ("aol.com", 2, None), ("msn.com", 1, None),
    ("swbell.net", 2, ("TX",)), ("me.com", 1, None),
]

# nearby city within the same metro, for moves
def metro_cities(metro):
    return [c for c in CITIES if c[6] == metro]


# ------------------------------------------------------------ organisations
RESCUE_PREFIX = ["Desert Paws", "Saguaro", "Second Chance", "Alamo City", "Sun Country", "Borderland",
                 "Mesquite", "Sonoran", "Los Amigos", "Rio Grande Valley", "Coastal Bend", "Inland Empire",
                 "Palo Verde", "Lone Star", "Happy Tails", "Forever Home", "Casa de Gatos", "Valley of the Sun",
                 "Old Pueblo", "Paws & Claws", "Arroyo", "Cactus Country", "Sky Island", "Four Corners",
                 "South Bay", "Gulf Coast", "Tres Perros", "Corazon", "Hopeful Hearts", "Little Paws"]
RESCUE_KIND = ["Animal Rescue", "Dog Rescue", "Cat Rescue", "Pet Rescue", "Rescue League",
               "Animal Sanctuary", "Pet Adoption Center", "Rescue Network"]
FOSTER = ["Arizona Kinship Support Services", "Familias Unidas Foster Family Agency",
          "Desert Sky Foster Care Network", "Hope Harbor Children's Services", "Nuestra Familia Kinship Care",
          "Bright Futures Foster Family Agency", "Lone Star Foster Care Alliance", "Frontera Children's Home",
          "Sunrise Family Services", "Casa Esperanza Children's Services", "Inland Valley Foster Family Agency",
          "Camino Nuevo Youth Services"]
SCHOOL_SAINTS = ["St. Joseph", "St. Mary Magdalen", "St. Anthony", "St. Francis Xavier", "Our Lady of Guadalupe",
                 "Holy Family", "Sacred Heart", "St. Thomas More", "San Juan Diego", "St. Rita",
                 "Immaculate Conception", "St. Gregory", "Santa Cruz", "St. Pius X"]
SCHOOL_SAINT_KIND = ["Catholic School", "School", "Academy", "Parish School"]
SCHOOL_PLACES = ["Lincoln", "Cesar Chavez", "Vista del Sol", "Sierra Vista", "Mission View", "Desert Sage",
                 "Palo Verde", "Rio Vista", "Loma Linda", "Dolores Huerta", "La Escuelita", "Sunrise",
                 "Little Sprouts", "Academia del Pueblo", "Mesquite Grove"]
SCHOOL_PLACE_KIND = ["Elementary School", "Preschool", "Charter School", "Montessori School",
                     "Early Learning Center", "Christian Academy"]
DISTRICTS = [("Ysleta Independent School District", "Ysleta ISD", "El Paso|TX"),
             ("Socorro Independent School District", "Socorro ISD", "El Paso|TX"),
             ("Edgewood Independent School District", "Edgewood ISD", "San Antonio|TX"),
             ("Harlandale Independent School District", "Harlandale ISD", "San Antonio|TX"),
             ("United Independent School District", "United ISD", "Laredo|TX"),
             ("Sunnyside Unified School District", "Sunnyside USD", "Tucson|AZ"),
             ("Cartwright School District", "Cartwright SD", "Phoenix|AZ"),
             ("Chula Vista Elementary School District", "CVESD", "Chula Vista|CA"),
             ("Alvord Unified School District", "Alvord USD", "Riverside|CA"),
             ("Brownsville Independent School District", "Brownsville ISD", "Brownsville|TX")]
SHELTERS = [("Pima County Animal Care Center", "Tucson|AZ"),
            ("Maricopa County Animal Care and Control", "Phoenix|AZ"),
            ("El Paso Animal Services", "El Paso|TX"),
            ("San Antonio Animal Care Services", "San Antonio|TX"),
            ("County of San Diego Department of Animal Services", "San Diego|CA"),
            ("Riverside County Department of Animal Services", "Riverside|CA"),
            ("Yuma County Animal Control", "Yuma|AZ"),
            ("Webb County Animal Control", "Laredo|TX")]
RANCH_PREFIX = ["Rancho Las Palomas", "Bar J", "Double R", "Tres Hermanos", "Rancho San Rafael",
                "Lazy K", "Circle S", "Rancho El Milagro", "Diamond T", "Rancho Los Nogales",
                "Cielo Azul", "Broken Arrow", "Rancho Santa Elena", "Mesa Verde"]
RANCH_KIND = ["Ranch LLC", "Cattle Company LLC", "Ranch", "Livestock LLC", "Farms LLC", "Equestrian LLC"]

# rescues whose name ties them to a region are placed there
PREFIX_CITIES = {
    "Alamo City": ["San Antonio|TX"], "Borderland": ["El Paso|TX", "Socorro|TX"],
    "Rio Grande Valley": ["McAllen|TX", "Brownsville|TX"], "Coastal Bend": ["Corpus Christi|TX"],
    "Gulf Coast": ["Corpus Christi|TX", "Brownsville|TX"], "Lone Star": ["San Antonio|TX", "Laredo|TX", "El Paso|TX"],
    "Inland Empire": ["Riverside|CA", "San Bernardino|CA"], "South Bay": ["Chula Vista|CA", "San Diego|CA", "National City|CA"],
    "Valley of the Sun": ["Phoenix|AZ", "Mesa|AZ", "Glendale|AZ", "Chandler|AZ"], "Old Pueblo": ["Tucson|AZ"],
    "Sky Island": ["Tucson|AZ", "Nogales|AZ"], "Four Corners": ["Window Rock|AZ", "Chinle|AZ", "Flagstaff|AZ", "Kayenta|AZ"],
    "Sonoran": ["Tucson|AZ", "Phoenix|AZ", "Yuma|AZ"], "Saguaro": ["Tucson|AZ", "Phoenix|AZ"],
}


def allowed_kinds(prefix):
    if prefix == "Casa de Gatos":
        return ["Cat Rescue", "Animal Sanctuary", "Pet Adoption Center"]
    if prefix == "Tres Perros":
        return ["Dog Rescue", "Animal Rescue", "Rescue Network", "Pet Rescue"]
    return list(RESCUE_KIND)
